"""Tests on names and phrases that the register of named bodies uses: press offices, workplaces, a body's people, wire
brackets, lettered roles, short names."""
from __future__ import annotations

import collections
import re
from collections.abc import Sequence

from ..company_forms import form_alternation
from ..entities import IRISH_HEAD_NOUNS, Mention, examining_post, head_noun, may_regulate, org_kind
from ..text import line_start
from ..vocabulary import (
    any_script, initial_alternation, load_words, ORG_HEADS, ORG_REFERENCES, OUTLET_HEADS, PUBLIC_HEADS, ROLES,
)

from .words import AUTHORING_RE, HEAD_SYNONYMS, BODY_PEOPLE, KIND_ONLY_REFERENCES, PEOPLE_GROUPS
from ..text_caches import per_text


def authored(match: re.Match[str], mention: Mention) -> bool:
    """Say whether a person named after `led by`, `written by` made the document (`The review, led by barrister Jo
    Roe,`), holds a post that examines and publishes (`an audit released by City Auditor Gina Holt`), or wrote the
    written work right before its `by` (`The report by Jo Roe,`): her findings are hers; a person never publishes
    figures otherwise."""
    return mention.kind == "person" and (examining_post(mention) or AUTHORING_RE.search(
        match.group(), 0, match.start("org") - match.start()) is not None or _written_work(match))


_WRITTEN_WORKS: frozenset[str] = frozenset("report review study audit analysis inquiry".split())
"""Documents a person writes: `The report by City Auditor Jo Roe` is hers; figures or a survey by a person are not."""


def _written_work(match: re.Match[str]) -> bool:
    """Say whether a document's noun is right before its `by` and names written work (`The report by City Auditor
    Jo Roe,`): the person after `by` wrote it (wave 20b)."""
    return match.group("noun").lower() in _WRITTEN_WORKS \
        and match.group()[len(match.group("noun")):match.start("org") - match.start()].strip() == "by"


_PEOPLE_OF_RE = any_script(re.compile(r"(?P<owner>the\s+(?P<noun>[a-z]+))['\u2019]s\s+(?:[a-z]+\s+)?(?:%s|auditors|inspectors)\b"
                           % "|".join(sorted(PEOPLE_GROUPS | BODY_PEOPLE))))
"""A body's people as a document's authors (`by the council's planning officers`): the body is its publisher."""


def owner_of_people(words: str) -> str:
    """Return the body whose people a publisher's words are (`the council's planning officers` -> `the council`)."""
    people = _PEOPLE_OF_RE.match(words.strip())
    noun = people.group("noun") if people else ""
    return people.group("owner") if people and (noun in ORG_REFERENCES or noun in ORG_HEADS) else words


_PRESS_WORDS: frozenset[str] = frozenset("press media communications communication relations news information".split())
_PRESS_OFFICE_WORDS: frozenset[str] = _PRESS_WORDS | frozenset(
    "corporate public affairs external office unit team desk department the and of".split())
"""Words of a press office's name (`Media Relations Team`, `Press Office`): it issues, it never speaks."""


def is_press_office(name: str) -> bool:
    """Say whether a body's name is only a press office's (`Media Relations Team`), not a party's."""
    words = name.lower().split()
    if words[-1] not in _PRESS_OFFICE_WORDS:
        return False  # "Acme Water": no office's head, the common case
    return set(words) <= _PRESS_OFFICE_WORDS and bool(set(words) & _PRESS_WORDS)


_OFFICE_TAIL_WORDS: frozenset[str] = _PRESS_OFFICE_WORDS | frozenset("centre center newsroom hub room".split())


def without_press_office(name: str) -> str:
    """Return a body's name without the press office that ends it (`Acme Rail Media Centre` -> `Acme Rail`); the last
    area of a ministry's remit is no office (`Department of the Environment, Climate and Communications`), nor is one
    press word after a name (`Harlow Bay Media`, wave 28c) unless a bare head stands for the body (`League Media`)."""
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower() in _OFFICE_TAIL_WORDS:
        cut -= 1
    if cut < len(words) and words[cut] == "and":
        return name  # "..., Climate and Communications": a series' last item
    if cut == len(words) - 1 and words[cut].lower() in _PRESS_WORDS and not (cut == 1 and words[0].lower() in ORG_HEADS):
        return name  # "Harlow Bay Media", "Tarnlink Communications": the company's own name; "League Media" is the
        # League's press office
    tail = {w.lower() for w in words[cut:]}
    return " ".join(words[:cut]) if cut < len(words) and tail & (_PRESS_WORDS | {"newsroom"}) else name


_WORKERS: frozenset[str] = frozenset(
    "nurses teachers workers doctors firefighters officers staff employees midwives paramedics drivers pilots "
    "lecturers journalists education performers actors musicians writers artists players engineers technicians "
    "carers cleaners porters".split())
"""People whose association or federation a text calls `the union` (`Harbor Teachers Association`, `Valley Education
Association`)."""


_STAFF_BODIES: frozenset[str] = frozenset({"association", "federation", "guild", "organisation", "organization",
                                           "alliance"})
"""Heads of a body of workers the text may call `the union`, last (`Teachers Association`, `Irish Nurses and Midwives
Organisation`) or before `of`."""


def _union_inside(words: list[str]) -> bool:
    """Say whether a name is a union's though its head is not `union`: `Union` after its first word (`Retail and
    Services Union Ireland`), or a US union's local after its workers (`Food Workers Local 88`)."""
    if "union" in words[1:-1]:
        return True
    at = len(words) - 1 if words[-1] == "local" else len(words) - 2
    return at > 0 and words[at] == "local" and (at == len(words) - 1 or words[-1].isdigit()) \
        and bool(_WORKERS & set(words[:at]))


BROADCAST_HEADS: frozenset[str] = load_words("broadcast_heads")
"""Last words of a broadcaster's name (`radio`, `fm`): `the station` and `the broadcaster` are it (wave 39b)."""
_FREQUENCY_RE = re.compile(r"\d+(?:\.\d+)?(?:fm)?")
"""A frequency closing a broadcaster's name (`103`, `99fm`, `96.4`), left off before its head is read."""
_BROADCAST_FORMS: frozenset[str] = frozenset({"ltd", "limited", "plc"})
"""Legal forms closing a broadcaster's name (`Kaimai Radio Ltd`), left off before its head is read."""


def common_names(name: str) -> list[str]:
    """Return the common nouns a text may use for a body its name does not end in: a medical centre is
    `the hospital`, a nurses' association `the union`."""
    words = [w.strip("'’").lower() for w in name.split()]
    nouns = []
    if words[-1] in ("center", "centre") and "medical" in words:
        nouns.append("hospital")
    if (words[-1] in _STAFF_BODIES or _STAFF_BODIES & set(words) and "of" in words) and _WORKERS & set(words) \
            or _union_inside(words):
        nouns.append("union")  # "Harbor Teachers Association", "X Union Ireland", "X Workers Local 88"
    if words[-1] in OUTLET_HEADS and len(words) > 1:
        nouns += ["paper", "newspaper"]  # "The Brook Echo reported ... The paper said"
    if broadcaster_named(words):
        nouns += ["station", "broadcaster"]  # "Lakeland Radio ... the station argued"
    irish = words[1] if words[0] == "an" and len(words) > 2 else words[0]
    if irish in IRISH_HEAD_NOUNS and len(words) > 1:
        nouns.append(IRISH_HEAD_NOUNS[irish])  # "An Bord Pleanála ... the board said", "Comhairle Contae X ... the council"
    return nouns


def broadcaster_named(words: list[str]) -> bool:
    """Say whether a name's lower-case words are a broadcaster's: its last word, a frequency and a legal form left off,
    is a broadcaster's head (`Midlands Talk 103`, `Kaimai Radio Ltd`, `Kaimai Talk 99FM`), or `Radio` or `TV` opens a
    name of two words (`Radio Tarn`); never a heading that joins two parties (`Kerr and Kaimai Radio Ltd`)."""
    if "and" in words or "&" in words:
        return False
    core = [w for w in words if w not in _BROADCAST_FORMS]
    frequency = bool(core) and _FREQUENCY_RE.fullmatch(core[-1]) is not None
    if frequency and core[-1].endswith("fm"):
        return len(core) > 1
    core = core[:-1] if frequency else core
    return len(core) > 1 and (core[-1] in BROADCAST_HEADS or len(core) == 2 and core[0] in ("radio", "tv"))


WHICH_AFTER_RE = re.compile(r"(?P<number>[ \t]+\d{1,6})?,[ \t]+which[ \t]")
"""A number and `, which` after a name (`Bus Workers Local 40, which represents`): a body, not a person."""


def body_by_which(text: str, mention: Mention) -> Mention:
    """Return a name the text goes on to describe with `which` as a body's, with its number (`Local 40`)."""
    after = WHICH_AFTER_RE.match(text, mention.end)
    if after is None:
        return mention
    number = after.group("number") or ""
    return mention._replace(kind="org", end=after.start() + len(number), name=mention.name + number.replace("\t", " "))


WORKPLACE_RE = any_script(re.compile(r"\b(?P<who>[A-Za-z][a-z]{2,})\s+at\s+(?:the\s+)?$"))
"""A role or people and `at` before a name (`an aviation analyst at Marsh Brokers`, `Drivers at Dale Coaches`):
where people work, a body."""


_PEOPLE_AT: frozenset[str] = _WORKERS | PEOPLE_GROUPS
"""Capitalised people before `at` and a body's name (`Drivers at X`)."""


def workplace(text: str, start: int) -> bool:
    """Say whether a name follows a role or people and `at` (`analyst at`, `Drivers at`): where they work."""
    if not text[max(0, start - 40):start].rstrip().endswith(("at", "the")):
        return False  # no `at` or `at the` right before the name (the cheap test first)
    found = WORKPLACE_RE.search(text, max(0, start - 40), start)
    who = found.group("who") if found is not None else ""
    return who.islower() or who.lower() in _PEOPLE_AT  # "Director at X" is a title, no workplace


_COMMENTATOR_AT_RE = re.compile(r"\b(?:analysts?|economists?|strategists?|commentators?|researchers?|experts?)"
                                r"\s+(?:at|with|from)\s+(?:the\s+)?$")
"""A commentator's role and `at` before a body's name (`a media analyst at Pell & Garner`): a body that only comments."""


def commentators_workplace(text: str, start: int) -> bool:
    """Say whether a name follows a commentator and `at` (`a media analyst at X`, `economists with X`): a body whose
    people comment on the party the text is about, never that party (wave 20d)."""
    return _COMMENTATOR_AT_RE.search(text, max(0, start - 40), start) is not None


_AFTER_NAME_RE = any_script(re.compile(
    r"\s+(?:cut|raised|lowered|upgraded|downgraded|kept|reiterated|revised|changed)\s+its\s+(?:[a-z\-]+\s+)?"
    r"(?:rating|forecasts?|target|outlook|recommendation|estimates?|guidance)\b|['\u2019]s\s+(?:analysts|"
    r"economists|strategists|shares|share\s+price|stores|shops|branches)\b|\s+said\b[^.;\n]{0,160}?,\s+its\s+"
    rf"(?:analysts|economists|strategists)\b|,[ \t]+(?:L\.L\.C\.|{form_alternation()}\b)"
    r"|,[ \t]+which\b"))
"""What a text writes after a body's name and never after a person's: `cut its rating`, `'s analysts`, `said ...,
its analysts wrote`, a company's legal form after a comma (`Corvessa Medical, Inc.`, wave 24c), `, which` (`Corrib
Link, which runs 14 routes`: a person is `who`; wave 26b reads it at every place the name is written)."""
_BEFORE_NAME_RE = re.compile(r"(?:[Ss]hares\s+in|[Aa]nalysts\s+at|[Ee]conomists\s+at|[Ss]trategists\s+at)\s+$")
"""What a text writes right before a body's name: `shares in`, `analysts at`."""
_BEFORE_NAME_CHARS = 24


@per_text(256)
def treated_as_body(text: str, name: str) -> bool:
    """Say whether a text treats a name like a person's as a body's anywhere (`Morgan Stanley cut its rating`,
    `analysts at Goldman Sachs`): such a name is a bank's or a company's wherever the text writes it."""
    if _voice_of_first_word(text, name):
        return True
    at = text.find(name)
    while at >= 0:
        if _AFTER_NAME_RE.match(text, at + len(name)) or _BEFORE_NAME_RE.search(text, max(0, at - _BEFORE_NAME_CHARS), at):
            return True
        at = text.find(name, at + len(name))
    return False


_SPOKES = r"spokes(?:person|man|woman)\b"
"""A body's voice: `spokesperson`, `spokesman`, `spokeswoman`."""
_VOICED_RE = re.compile(rf"{initial_alternation(['An', 'A', 'an', 'a', 'The', 'the'])}[ \t]+(\S+)[ \t]+{_SPOKES}")
"""An article, one word and a spokesperson (`A Tollard spokesperson`): the word is what has the voice (the article,
`\\b(?:[Aa]n?|[Tt]he)`, written by its first letters, so that the engine skips fast to one)."""


@per_text(64)
def voiced_words(text: str) -> frozenset[str]:
    """Return the words a text gives a spokesperson right after an article (`A Tollard spokesperson`: `Tollard`)."""
    if "spokes" not in text:
        return frozenset()  # the cheap test first: every match holds `spokes`
    return frozenset(match.group(1) for match in _VOICED_RE.finditer(text))


def _voice_of_first_word(text: str, name: str) -> bool:
    """Say whether a text gives the first word of a name like a person's a spokesperson (`A Tollard spokesperson
    said` after `Tollard Snacks told staff`): a person has no spokesperson under a given name, a body does (26b)."""
    first = name.split()[0] if len(name.split()) >= 2 else ""
    if not first[:1].isupper():
        return False
    if first not in voiced_words(text):
        return False
    longer = {match.group(1) for match in re.finditer(rf"\b{re.escape(first)}[ \t]+([A-Z][\w&\-]*)", text)}
    return len(longer) == 1  # "Corran Valves" in a headline, "Corran Group" below: the spokeswoman's is either


LINKABLE: frozenset[str] = ORG_REFERENCES | frozenset({"union", "regulator", "watchdog", "tank"})
"""Last words of the nouns a text may link to a body's name (`the charity X`, `X, the think tank,`)."""
ONE_COMPANY_WORDS: frozenset[str] = frozenset("company firm business group".split())
"""Short references so general that only the one company a text names can be meant (`the firm`)."""


_SUPPORT_WORDS: frozenset[str] = frozenset("communications press media news information enquiries contact".split())
"""Words that make an office a body's support desk (`Communications Office`, `Press Office`): it regulates nothing."""


def initials_of(name: str) -> str:
    """Return the capital initials of a name's words (`Associated Wire Service` -> `AWS`)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def in_wire_bracket(text: str, start: int, end: int) -> bool:
    """Say whether a name is the wire or outlet in a dateline's brackets (`LONDON (Acme Wire) - `, `(Acme News) -`)."""
    if text[start - 1:start] != "(":
        return False  # no bracket right before the name (the cheap test first: no look back over its line)
    return start - line_start(text, start) <= 60 and _WIRE_CLOSE_RE.match(text, end) is not None


WIRE_BRACKET_RE = re.compile(r"(?m)^[^\n(]{0,60}\(([^()\n]{1,40})\)\s?[-\u2013\u2014]{1,2}\s")
"""A dateline's wire or outlet in brackets, then a dash, near the start of a line (`BOISE, Idaho (AWS) \u2014 `)."""
WIRE_AFTER_PLACE_RE = re.compile(r"[^\n()]{0,30}\([^()\n]{1,40}\)\s?[-\u2013\u2014]{1,2}\s")
"""What follows a dateline's place in capitals: maybe its region, then the wire in brackets and a dash."""
_WIRE_CLOSE_RE = re.compile(r"[ \w.]{0,20}\)\s?[-\u2013\u2014]{1,2}\s")
"""The end of a dateline's brackets and its dash, right after the outlet's name (`) - `, ` News) \u2014 `)."""


def is_lettered_role(name: str) -> bool:
    """Say whether a name is a body's letters then a post (`XKF Minister`, `QHP Chair`): a post, never a body."""
    words = name.split()
    return len(words) >= 2 and _LETTERS_RE.fullmatch(words[0]) is not None \
        and all(word.lower() in ROLES for word in words[1:])


def role_inside(text: str, mention: Mention) -> str:
    """Return the post written inside a person's mention before the name (`QHP Minister Hugh Roe`), else ``."""
    cut = text.find(mention.name, mention.start, mention.end)
    words = text[mention.start:cut].split() if cut > mention.start else []
    return words[-1].lower() if len(words) >= 2 and is_lettered_role(" ".join(words)) else ""


_LETTERS_RE = re.compile(r"[A-Z]{2,6}")
"""A body's name in capital letters only (`QHP`)."""


def support_office(name: str) -> bool:
    """Say whether a name is a support desk's (`Communications Office`), never an inspectorate named later."""
    return not _SUPPORT_WORDS.isdisjoint(name.lower().split()[:-1])


def maybe_two_bodies(name: str) -> bool:
    """Say whether a name joins two names of two words or more (`Acme Foods and Brisk Dairies`): maybe two
    companies, where `Marks and Spencer` is one."""
    halves = name.split(" and ", 1)
    return len(halves) == 2 and all(len(h.split()) >= 2 for h in halves)


def company_like(name: str) -> bool:
    """Say whether a body's name may be a company's: no regulator, inspectorate, public body or paper."""
    words = name.lower().split()
    return org_kind(name) == "organisation" and not may_regulate(name) \
        and not {head_noun(name), words[-1]} & (PUBLIC_HEADS | OUTLET_HEADS)


def label_word(text: str, mention: Mention) -> bool:
    """Say whether a name is one word in capitals, used once, on a line without a lower-case letter: a section
    label (`BUSINESS | AVIATION`), not an acronym the text goes on to use (`ACME WATER FINED` still names Acme)."""
    if " " in mention.name or not mention.name.isupper() or capital_words(text)[mention.name] > 1:
        return False
    begin, end = line_start(text, mention.start), text.find("\n", mention.start)
    return not any(c.islower() for c in text[begin:end if end >= 0 else len(text)])


_CAPITAL_WORD_RE = any_script(re.compile(r"\b[A-Z][A-Z&]+\b"))
_CAPITAL_FIRST = _CAPITAL_WORD_RE.pattern.index("]", 3) + 1
"""Where the class of `_CAPITAL_WORD_RE`'s first capital ends (after `\\b[`)."""
CAPITAL_WORD_FAST_RE = re.compile(_CAPITAL_WORD_RE.pattern[2:_CAPITAL_FIRST] + r"(?<!\w.)"
                                  + _CAPITAL_WORD_RE.pattern[_CAPITAL_FIRST:], _CAPITAL_WORD_RE.flags)
"""`_CAPITAL_WORD_RE` opening with its capital, the word boundary checked behind it: the engine skips fast to a
capital, not tries every place (the same matches)."""


@per_text(4)
def capital_words(text: str) -> collections.Counter[str]:
    """Count each word in capitals in a text, once per text."""
    return collections.Counter(CAPITAL_WORD_FAST_RE.findall(text))


def distinct_bodies(names: set[str]) -> set[str]:
    """Return the names that are not another's shorter form (`Staff Alliance`, `the X Alliance` for `X Alliance`,
    `Standards Commission` for `Standards in Public Office Commission`) nor a post in a body (`Chair of the
    Commission`)."""
    bare = {name.lower().removeprefix("the ") for name in names}
    bodies = {name for name in bare if not post_in_body(name)} or bare
    return {name for name in bodies if not any(other != name and shorter_form(name, other) for other in bodies)}


def sole_body(mentions: Sequence[Mention]) -> Mention | None:
    """Return the first of bodies' mentions when they name one body (`distinct_bodies`: a shorter form is the same
    body), else None: none, or two."""
    return mentions[0] if len(distinct_bodies({mention.name for mention in mentions})) == 1 else None


def shorter_form(short: str, name: str) -> bool:
    """Say whether a lower-case name is a longer one's shorter form: its ending (`staff alliance`), a run of its words
    (`committee of the x board` in `referrals committee of the x board`), or its words in order with the same first
    and last (`standards commission` for `standards in public office commission`, wave 48g)."""
    words, whole = short.split(), name.split()
    if len(words) >= len(whole):
        return False
    if f" {name} ".find(f" {short} ") >= 0:
        return True
    rest = iter(whole[1:-1])
    return words[0] == whole[0] and words[-1] == whole[-1] and all(word in rest for word in words[1:-1])


def post_in_body(name: str) -> bool:
    """Say whether a lower-case name read as a body's is a post in one (`chair of the commission`, `convener of the
    park authority`): a person's title, never a second body of that head (wave 48g)."""
    words = name.split()
    return len(words) >= 3 and words[0] in ROLES and words[1] == "of"


def may_be_called(name: str, word: str) -> bool:
    """Say whether a body may be what a reference means: a public body's head names its kind, so a council is never
    `the agency`; a name without such a head (`Harbour Valley Transit`, `Acme Trust` as a charity) may be."""
    if word in KIND_ONLY_REFERENCES:
        return any(same_head(part, word) for part in name.lower().split())  # "the force": a police body only (41c)
    head = head_noun(name)
    return word not in PUBLIC_HEADS or head not in PUBLIC_HEADS or same_head(head, word)


def may_be_charity(name: str, word: str) -> bool:
    """Say whether a body may be what `the charity` means: a trust or a foundation, but never a public one (an NHS
    trust, a hospital's foundation); any body for any other word."""
    return word != "charity" or not _PUBLIC_MARKERS.intersection(name.lower().split()) or head_noun(name) == "charity"


_PUBLIC_MARKERS: frozenset[str] = PUBLIC_HEADS - {"trust"}
"""Words that make a trust a public body (`NHS`, `hospital`, `council`): never what `the charity` means."""


def same_head(head: str, word: str) -> bool:
    """Say whether two nouns name the same kind of body: council/Council, inspectors/inspectorate."""
    if head == word or head.rstrip("s") == word.rstrip("s") or head in HEAD_SYNONYMS.get(word, ()):
        return True
    return len(head) >= 7 and len(word) >= 7 and head[:7] == word[:7] and head[:9] != "councillo" \
        and not word.startswith("councillo")
