"""The clauses between a speaker and its cue, and the tests that set them aside: datelines, wire brackets, ages,
addresses, relative and participle clauses."""
from __future__ import annotations

import re

from ..datelines import date_stamp_end, dateline_end
from ..entities import describes_the_noun, names_an_organisation, Mention, find_mentions
from ..offices import office_of_body
from ..name_edges import whole_body_name
from ..text import CHECKER_INITIALS, CHECKER_LABEL_RE, strip_span
from ..vocabulary import (
    any_script, CUE_VERBS, DOCUMENT_NOUNS, FINITE_WORDS, INSPECTORATE_HEADS, NOT_NAMES, ORG_HEADS, POST_NOMINALS, ROLES,
    OCCASION_OPENING_PARTICIPLES, OCCASION_OPENING_PREPOSITIONS, POSSESSIVE_ENDINGS, SINGULAR_POSSESSIVES,
    STANDALONE_ROLES, VOICE_ROLES, load_words, names_no_one, occasion_source, without_possessive,
)

from .context import Context, Who
from .documents import document_head
from ..given_people import given_person, opens_on_given_name
from .labels import participle_opening
from .words import (
    AUTHORING_VERBS, BODY_NOUNS, CLAUSE_CUT_RE, PUBLISHING_VERBS, REFERENCE_WORDS, SKIPPABLE_STARTS, TRAILING_PHRASE_RE,
    DETERMINERS, FILLER_WORDS, PEOPLE_GROUPS,
)

def past_wire_bracket(text: str, start: int, end: int) -> int:
    """Start a speaker's region after a wire's brackets that open it (`(Acme News) - `): the wire never speaks."""
    if text[start:start + 2].strip()[:1] != "(":
        return start  # the common case, tested cheaply
    bracket = _WIRE_LEAD_RE.match(text, start, end)
    return bracket.end() if bracket else start


_WIRE_LEAD_RE = re.compile(r"\s?\([^()\n]{1,40}\)\s?[-\u2013\u2014]{1,2}\s+")
"""A wire's or an outlet's name in brackets and a dash, opening a paragraph (`(Acme News) - `)."""


def past_bare_occasion(text: str, start: int, end: int) -> int:
    """Start a speaker's region after the occasion that opens it with no comma before the speaker's name (`Speaking
    about the grant Jo Roe, chief executive of Acme, said`): the object of the occasion is in lower case."""
    if text[start:start + 1] not in _OCCASION_INITIALS:
        return start  # the common case, tested cheaply
    occasion = _BARE_OCCASION_RE.match(text, start, end)
    return occasion.end() if occasion else start


_BARE_OCCASION_PARTICIPLES = OCCASION_OPENING_PARTICIPLES | frozenset({"writing"})
"""The occasion's participles and `writing` (`Writing about the scheme Jo Roe said`): one more than
`attribution.subjects.OCCASION_OPENING_RE` reads."""
_BARE_OCCASION_PREPOSITIONS = OCCASION_OPENING_PREPOSITIONS | frozenset({"at"})
"""The occasion's prepositions and `at` (`Speaking at the launch Jo Roe said`): one more than
`attribution.subjects.OCCASION_OPENING_RE` reads."""
_OCCASION_INITIALS = frozenset(w[0].upper() for w in _BARE_OCCASION_PARTICIPLES)
"""The first letters of the participles an occasion opens with."""
_BARE_OCCASION_RE = re.compile(occasion_source(_BARE_OCCASION_PARTICIPLES, _BARE_OCCASION_PREPOSITIONS) +
                               r"\s+(?:the|this|these|those|a|an|its|their|his|her|our)\s+(?:[a-z][\w\-]*\s+){1,4}(?=[A-Z])")
"""An occasion opening a sentence, its object a determiner and lower-case words, then a capital with no comma between
(`Commenting on the latest figures `)."""


def past_dateline(text: str, start: int, end: int) -> int:
    """Start a speaker's region after the dateline that opens it, a checker's label (`The facts:`) or a page's date
    run into the lead (`date 2031-03-14 Brackwell said`, wave 62e): the place a text was filed from never speaks, nor a
    label, nor a date."""
    label = CHECKER_LABEL_RE.match(text, start, end) if text[start:start + 1] in CHECKER_INITIALS else None
    start = label.end() if label is not None else start
    start = date_stamp_end(text, start, end) or start  # "date 2019-07-08 Acme said": the page's date never speaks
    if not text[start:start + 2].strip()[:1].isupper() or not text[start:start + 3].strip().isupper():
        return start  # a dateline opens with a place in capitals (a cheap test first)
    return dateline_end(text, start, end) or start


_OCCASION_LEAD_RE = re.compile(r"\s*(?:In|At|On|Speaking|Writing|Responding)\b[^,]{0,60},\s*")
"""Where two people spoke together, before their names (`In a joint statement,`)."""
_PLACE_DASH_RE = re.compile(r"\s*[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3}[ \t]+[\u2013\u2014-]{1,2}[ \t]+")
"""A release's place and its dash before the names (`Halden \u2013 `), written in capitals or not."""
_JOINING_WORDS: frozenset[str] = frozenset("and the of for a".split())
"""Lower-case words that may stand between two people named as one subject, beside their roles."""
_AUXILIARY_TAIL_RE = re.compile(r"(?:[ \t,]+(?:have|has|had|also|both|jointly|together))+[ \t,]*\Z")
"""Auxiliaries and `both`, `jointly` left at the end of a joint subject before its cue (`..., have issued`)."""


def joint_subject(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Return two people named as one subject with their roles set off by commas (`the Minister for X, Jo Roe, and the
    Minister for Y, Tim Ash,`, `Jo Roe, Minister of Health, and Dr Tim Ash, the province's chief engineer, have`) as
    the two of them; None when anything but roles, names and auxiliaries stands between."""
    placed = _PLACE_DASH_RE.match(text, start, end)  # "Port Alwen \u2013 ": a place, never one of the people
    persons = [m for m in find_mentions(text, placed.end() if placed else start, end) if m.kind == "person"]
    if len(persons) != 2 or " and " not in text[persons[0].end:persons[1].start] \
            or "," not in text[persons[0].end:persons[1].start]:
        return None
    lead = _OCCASION_LEAD_RE.match(text, start, persons[0].start) or placed
    after = text[persons[1].end:end]
    tail = _AUXILIARY_TAIL_RE.search(after)
    parts = (text[lead.end() if lead else start:persons[0].start], text[persons[0].end:persons[1].start],
             after[:tail.start()] if tail is not None else after)
    if not all(_roles_only(part) for part in parts):
        return None  # "Jo Roe told Tim Ash, the treasurer, and ...": a verb between, no joint subject
    first, second = ctx.add(persons[0]), ctx.add(persons[1])
    pair = f"{first} and {second}"
    ctx.kinds[pair] = "person"
    return Who(pair, "person", start)


def _roles_only(words: str) -> bool:
    """Say whether the words beside two joint people are only roles, names and joining words, each part set off by
    commas either a run of such words or a role phrase (`the province's chief engineer`)."""
    for part in words.split(","):
        part = part.strip()
        part = part[4:] if part.startswith("and ") else part
        if not part or is_role_phrase(part):
            continue
        if any(w and w not in _JOINING_WORDS and w not in ROLES and not w[:1].isupper()
               for w in (w.lower() if w.islower() else w for w in part.split())):
            return False
    return True


def antecedent(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the names before `who` up to the person it means: `Jo Roe, chief medical officer at Acme Trust, who
    said` is Jo Roe's, the body after her role only where she works."""
    if len(mentions) < 2 or mentions[-1].kind != "org" or text[mentions[-1].end:].lstrip()[:5] != ", who":
        return mentions
    person = mentions[-2]
    between = text[person.end:mentions[-1].start]
    return mentions[:-1] if person.kind == "person" and between.startswith(",") and is_role_phrase(between[1:]) \
        else mentions


def clause_naming(text: str, clauses: list[tuple[int, int]], name: str, whole: bool) -> int:
    """Return where the clause before a cue that is a person's name starts (`Sales fell, Jo Roe, the firm's chief
    executive, said`: at `Jo Roe`), so the content before the cue ends before the name; with `whole`, a clause that
    ends on the whole name (a body's: `Fares will rise, Kelby Rail, the county's rail firm, said`, 65m)."""
    words = name.split()
    ending = words if whole else words[-1:]
    for begin, finish in clauses[1:]:
        clause = text[begin:finish].split()
        if words and len(clause) <= len(words) + 2 and clause[-len(ending):] == ending:
            return begin
    return len(text)


NAME_THEN_DESCRIPTOR_RE = any_script(re.compile(
    r"\s*(?P<name>[A-Z][\w&'\u2019\-]*(?:\s+(?:&\s+)?[A-Z][\w&'\u2019\-]*){0,3})(?:\s+\([A-Z][A-Za-z&]{1,9}\))?,?\s+"
    r"(?:the|a|an)\s+(?P<describing>(?:(?:[a-z][a-z\-]*['\u2019]?|[A-Z][a-z]+-[a-z]+)\s+){0,3}?)(?P<noun>[a-z]+)"
    r"(?:\s+(?:that|which)\s+[a-z]+s\s+[^,;:()]{1,60}?)?"
    r",?(?:\s+(?:has|have|had)(?:\s+also)?|\s+also)?\s*$"))
"""`Unifo the union`, `Parcelfast, the union,`: a name and, right after it, a common noun saying it is a body; its
letters in brackets (`X (XAC), the company`), a hyphenated describing word (`the State-owned company`) and a clause
saying what the body runs (`the company that runs the airport`, wave 40i) may come between: the named body speaks."""


_NAME_PREPOSITIONS: frozenset[str] = frozenset(
    "across around throughout within outside inside near beyond under over from for with at in on by to into".split())
"""Capitalised prepositions opening a place before a subject (`Across Wales, the charity said`): no body's name."""


def body_before_descriptor(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Return the body a subject names before a descriptor of its kind (`Unifo the union said`, `Parcelfast, the
    delivery union, said`), even when the name reads like a person's; never a known person, a day, a role or a name
    a known given name opens (`Jo Roe, the harbour watchdog, said`)."""
    if text.find(" the ", start, end) < 0 and text.find(" a", start, end) < 0:
        return None  # no descriptor can follow a name here
    cuts = list(CLAUSE_CUT_RE.finditer(text, start, end))
    begins = [start] + [cut.end() for cut in cuts]
    match = next(filter(None, (NAME_THEN_DESCRIPTOR_RE.match(text, begin, end) for begin in begins)), None)
    if match is None or match.group("noun") not in BODY_NOUNS \
            or not describes_the_noun(match.group("describing").split()):
        return None  # "Jo Marsh, a volunteer at the charity, said": a person, where she works
    before = next((text[begins[i]:cut.start()] for i, cut in enumerate(cuts) if cut.end() == match.start()), None)
    if before is not None and is_address(match.group("name"), before):
        return None  # "In Ardlow, Co Tarnby, the council said": a county after its place, no body (wave 64x)
    words = match.group("name").split()
    name = " ".join(words)
    if words[0].lower() in _NAME_PREPOSITIONS or any(w.lower() in NOT_NAMES or w.lower() in ROLES for w in words) \
            and not whole_body_name(words) or ctx.kinds.get(ctx.full_person(name)) == "person" \
            or participle_opening(text, words) or given_person(name) or len(words) == 1 and names_no_one(name):
        return None  # "Monday the union said", "Ana Moss, the charity, said" of a person named before; "Responding,";
        # "Jo Roe, the harbour watchdog, said": a name a known given name opens is a person's (wave 35h); "Bizarrely,
        # the council have blamed": a sentence's opening word (wave 56p)
    kind = "inspectorate" if match.group("noun") in INSPECTORATE_HEADS else "organisation"  # `watchdog` among them
    full = ctx.full_org(name)
    if full not in ctx.kinds or ctx.kinds[full] == "person":
        ctx.register_org(full, kind)
    ctx.also_called(full, match.group("noun"))
    return Who(full, ctx.kinds[full], match.start("name"))


_PLACE_BEFORE_RE = any_script(re.compile(r"(?:^\s*(?:In|At|Near|Outside|From)|\b(?:in|at|near|outside|from))"
                                         r"\s+[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2}\s*$"))
"""A place a county or region can follow: after a lower-case placing word (`police in Athlone`), or one that opens the
clause capitalised (`In Athlone`, the sentence's first words)."""


def is_address(clause: str, before: str) -> bool:
    """Say whether a clause of capitalised words only goes on with a place the clause before ends in (`in Athlone,
    Co Westmeath,`, `In Leeds, West Yorkshire,`): a county or region, never a speaker, and never a person's name (`In
    Ardlow, Ama Orrin, a lawyer, said`: two words or more that a known given name opens)."""
    words = clause.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not names_an_organisation(words) \
        and not (len(words) > 1 and opens_on_given_name(clause)) and bool(_PLACE_BEFORE_RE.search(before))


_TRAILING_ADDRESS_RE = re.compile(r",\s+(?P<county>[^,;:]+?),?\s*$")
"""A clause set off by a comma at a subject's end (`Police in Ardlow, Co Tarnby,`): perhaps a county after a place."""


def before_address(text: str, start: int, end: int) -> int:
    """Where a subject ends before a county or region set off after its place (`Police in Ardlow, Co Tarnby,` ends
    after `Ardlow`): the subject read as `Police in Ardlow said` is; else end."""
    match = _TRAILING_ADDRESS_RE.search(text, start, end)
    return match.start() if match is not None and is_address(match.group("county"), text[start:match.start()]) else end


def bare_noun(clause: str) -> tuple[str, str] | None:
    """Return a subject of one or two lower-case words (`gardaí`, `police officers`) as the text's words, unresolved."""
    words = [w for w in clause.split() if w not in FILLER_WORDS]  # "police have said"
    if not 1 <= len(words) <= 2 or not all(w.isalpha() and w.islower() for w in words) \
            or any(w.endswith("ly") or w in DETERMINERS for w in words):
        return None
    return " ".join(words), "unresolved"


def clause_cuts(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The commas and dashes that end clauses in text[start:end], except inside a name (`Department of A, B and C`) or a
    titled person's portfolio."""
    cuts = list(CLAUSE_CUT_RE.finditer(text, start, end))
    if not cuts:
        return cuts
    names = [(m.start, m.end) for m in find_mentions(text, start, end)
             if "," in m.name or ":" in m.name or m.title and text.find(",", m.start, m.end) >= 0] \
        if text.find("and", start, end) >= 0 or text.find(": ", start, end) >= 0 else []  # a name holds a comma
    # only when it lists what it is `of`, or a post's remit before its holder does (`Minister for A, B and C Jo Roe`,
    # 42e; 42a); a colon when a campaign's aim opens it (`Stop the X: Friends of Y`, 51w)
    names += _brackets(text, start, end)  # "Cllr Jo Roe (Lib Dem, Hill ward), who voted against,": one aside
    return [cut for cut in cuts if not any(a <= cut.start() < b for a, b in names)]


_BRACKETS_RE = re.compile(r"\([^()]{1,80}\)")


def _brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the brackets in text[start:end], whose commas end no clause (`(Lib Dem, Hill ward)`)."""
    if text.find("(", start, end) < 0:
        return []
    return [found.span() for found in _BRACKETS_RE.finditer(text, start, end)]


def titled_document(text: str, clauses: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the clause naming a document when only its title (capitalised words) stands after it."""
    for index, (begin, finish) in enumerate(clauses[1:], start=1):
        words = text[begin:finish].lower().split()
        if 1 <= len(words) <= 4 and words[-1] in DOCUMENT_NOUNS and words[0] in DETERMINERS | {"its", "their"}:
            nearer = " ".join(text[b:f] for b, f in clauses[:index]).split()
            nearer = [w for w in nearer if w not in FILLER_WORDS]  # "The report, Home Truths, also found"
            return (begin, finish) if nearer and all(w[:1].isupper() for w in nearer) else None
    return None


def unnamed_role(clause: str, roles: frozenset[str] = STANDALONE_ROLES) -> bool:
    """Say whether a clause is a role without a name (`the council's director of housing`), by one of `roles`."""
    words = [w.lower().strip("\u2019'") for w in clause.split()]
    first = without_possessive(words[0]) if words else ""
    return bool(words) and len(words) <= 8 and (first in DETERMINERS or first != words[0]) \
        and any(w in roles and w not in VOICE_ROLES for w in words[1:4])


def owners_voice(clause: str) -> bool:
    """Say whether a clause is an owner's voice post (`the Harbour Party's spokesman on democracy`): a voice role
    right after a possessive within the first few words, as set off after the name of the person who holds it; one
    lower-case word of its remit may stand between (`the group's environment spokesman`, wave 55d)."""
    words = clause.split()
    if not words or len(words) > MAX_VOICE_POST_WORDS or words[0].lower() not in DETERMINERS:
        return False
    owner = past_owner(words, POSSESSIVE_ENDINGS)
    return 1 < owner < len(words) and words[_past_remit(words, owner)].lower() in VOICE_ROLES


def _past_remit(words: list[str], at: int) -> int:
    """Return where a voice post's role word is: `at`, or the word after one lower-case remit word (`environment
    spokesman`); a role word at `at` is the role itself (`spokesman on democracy`)."""
    word = words[at]
    remit = at < len(words) - 1 and word.isalpha() and word.islower() and word not in VOICE_ROLES
    return at + 1 if remit else at


MAX_VOICE_POST_WORDS = 12
"""The most words an owner's voice post may run with its remit (`the borough council's cabinet spokesman for adult
social care`, 9): set off by commas between a name and its cue, it is never the claim."""


def past_owner(words: list[str], endings: tuple[str, ...]) -> int:
    """Return the index right after the first word among the first `MAX_OWNER_WORDS` that ends in one of a
    possessive's `endings` (`the National Education Union's` -> 4), or 0 when none does."""
    return next((i + 1 for i, w in enumerate(words[:MAX_OWNER_WORDS]) if w.endswith(endings)), 0)


_SPEAKER_NOUNS: frozenset[str] = ROLES | REFERENCE_WORDS | ORG_HEADS | VOICE_ROLES | PEOPLE_GROUPS | DOCUMENT_NOUNS


CLAUSE_AUXILIARIES: frozenset[str] = frozenset(
    "had has have was were is are would will could should can may might must did does".split())
"""Auxiliaries that make the words after a closing `said` a clause of content, never who speaks (`said the utility had
not consulted`)."""


def names_a_speaker(phrase: str) -> bool:
    """Say whether the words after a closing `said` name who speaks (`the company`, `a spokesman for Acme`, `the
    Harbour Commissioner on Monday`), not a clause of content (`the force took 41 minutes to reach calls`)."""
    words = TRAILING_PHRASE_RE.sub("", phrase.strip()).split()
    if not words or len(words) > 8 or any(ch.isdigit() for ch in phrase) \
            or any(word in CLAUSE_AUXILIARIES for word in words[1:]):
        return False  # "..., said the utility had not consulted the county": a clause after `said`, wave 48e
    last = words[-1].strip("\u2019'()")
    return last[:1].isupper() or last.lower().removesuffix("s") in _SPEAKER_NOUNS or last.lower() in _SPEAKER_NOUNS


def skippable(clause: str) -> bool:
    """Say whether a clause may stand between a subject and its cue: a relative, an apposition, `published today`."""
    words = clause.lower().split()
    return not words or len(words) <= 3 or words[0] in SKIPPABLE_STARTS or words[0].endswith("ed") \
        or is_role_phrase(clause)


OCCASION_PARTICIPLES: frozenset[str] = frozenset(
    "speaking writing commenting responding addressing appearing talking giving presenting answering "
    "reading citing quoting referring".split()) | OCCASION_OPENING_PARTICIPLES
"""Participles of an aside on where or from what a speaker spoke (`Jo Roe, speaking at the firm's AGM, said`; `X,
reading from the Audit Office's report, said`: X speaks, never the report's owner, wave 21a)."""


def is_occasion_clause(phrase: str) -> bool:
    """Say whether a clause only tells where or how the speaker before it spoke (`speaking at the AGM`)."""
    words = phrase.split()
    return bool(words) and words[0].lower() in OCCASION_PARTICIPLES


RUNNING_PARTICIPLES: frozenset[str] = load_words("running_participles")
"""Participles not ending in `-ed` of running or holding a body (`run by X`, `held by X`, wave 42a)."""
_VOICE_FOR_RE = re.compile(r"\b(?:%s)\s+(?:for|of)\s" % "|".join(sorted(VOICE_ROLES, key=len, reverse=True)), re.I)
"""A voice speaking for a body (`A spokesperson for `)."""


def operator_aside(clause: str, before: str) -> bool:
    """Say whether a clause names who runs the body a voice speaks for (`A spokesperson for the home, run by Acme
    Care, said`, wave 42a) or the body named right before it (`Tarnwick Dairies, run by Jo Marr, said`, wave 42i):
    an aside, the body speaks, never its operator or owner."""
    words = clause.split()
    return len(words) >= 3 and words[0] in RUNNING_PARTICIPLES and words[1] == "by" \
        and (_VOICE_FOR_RE.search(before) is not None or _ends_on_name(before))


def _ends_on_name(phrase: str) -> bool:
    """Say whether a phrase ends on a capitalised word, a body's name (`Tarnwick Dairies`, `The X Helpline`)."""
    last = phrase.split()[-1:]
    return bool(last) and last[0][:1].isupper()


_IRREGULAR_GIVEN: frozenset[str] = frozenset("sent given shown sold lent written read".split())
"""Irregular participles of handing a document to someone (`sent to X`): the body after them receives it."""


def is_participle_clause(phrase: str) -> bool:
    """Say whether a clause is a past participle's apposition (`founded in 2019 by X`, `led by X`), says what a
    document drew on (`based on the agency's own figures`) or whom it was handed to (`released to The Irish Ledger
    under the FOI Act`, wave 19b: the recipient never speaks)."""
    words = phrase.split()
    return len(words) >= 3 and (words[0].endswith("ed") and words[0].islower() and " by " in phrase
                                and words[0] not in PUBLISHING_VERBS and words[0] not in AUTHORING_VERBS
                                or is_source_aside(words)
                                or words[1] == "to" and words[0].islower()
                                and (words[0].endswith("ed") or words[0] in _IRREGULAR_GIVEN))


SOURCE_ASIDES: frozenset[tuple[str, str]] = frozenset({("based", "on"), ("drawn", "from"), ("drawing", "on")})
"""The words opening an aside on what a document drew on (`The survey, based on replies from X passengers, found`):
the body named in it is the source, never the speaker."""


def is_source_aside(words: list[str]) -> bool:
    """Say whether a clause's words open with what a document drew on (`based on`, `drawn from`, `drawing on`)."""
    return (words[0], words[1]) in SOURCE_ASIDES


def unowned_document(clause: str, nearer: str) -> tuple[str, str] | None:
    """Resolve `Figures for March, published last month, showed`: a document set off by a publishing participle
    without its agent speaks as itself; the body in focus did not publish it."""
    after = nearer.lower().split()
    if not after or after[0] not in PUBLISHING_VERBS or "by" in after:
        return None
    raw = clause.split()
    whole = [w.lower().strip("\u2019'") for w in raw]
    words = document_head(whole)
    if whole[len(words):len(words) + 1] in (["from"], ["by"]):
        return None  # "Separate figures from X, released on Wednesday, showed": X's, read from the clause (23b)
    if not 1 <= len(words) <= 4 or words[-1] not in DOCUMENT_NOUNS \
            or any(w.endswith(SINGULAR_POSSESSIVES) for w in words):
        return None
    if words[0] in DETERMINERS and words[0] not in ("a", "an"):
        return None  # "The report, published on Thursday," is the report the text spoke of: its owner's
    return " ".join(raw[1 if words[0] in DETERMINERS else 0:]), "document"


SITE_OWNER_RE = re.compile(
    r"(?:published|posted|released|issued|put\s+up)\s+(?:[\w-]+\s+){0,2}?(?:on|in)\s+(?P<owner>(?:the\s+)?[\w&.\-]+"
    r"(?:\s+[\w&.\-]+){0,5}?)['\u2019]s\s+(?:(?:own|official|public|main)\s+)?(?:website|web\s+site|webpage|web\s+page|"
    r"site|portal)\b", re.IGNORECASE)
"""A publishing aside that names the site a document came out on by its owner (`published on the council's website
yesterday`): the owner published it."""


def site_owner(aside: str) -> tuple[int, int] | None:
    """Return where the owner's words stand in a publishing aside that names its website (`published on the
    council's website yesterday`: `the council`), else None."""
    match = SITE_OWNER_RE.match(aside.strip())
    if match is None:
        return None
    lead = len(aside) - len(aside.lstrip())
    return lead + match.start("owner"), lead + match.end("owner")


def is_relative_clause(clause: str) -> bool:
    """Say whether a clause is a relative one set off by commas (`which represents staff at the bank`)."""
    words = clause.split()
    return len(words) >= 2 and words[0] in ("who", "which", "whose")


_NOT_LIST_OPENERS: frozenset[str] = DETERMINERS | frozenset("and but or nor it they he she we according".split())
"""Lower-case words that open a clause of its own after a relative one, never the rest of its list (`and Y`, `the
company`)."""
_VERB_WORDS: frozenset[str] = FINITE_WORDS | CUE_VERBS
"""Words that make a clause after a relative one a clause of its own (`was accused of`, `said in a statement`)."""


def _list_item(clause: str) -> bool:
    """Say whether a clause after a relative one may be an item of its list (`stockers and bakers at the stores`):
    lower case first, no verb, role or determiner opening it, and no name or `and` closing it."""
    words = clause.split()
    return bool(words) and words[0].islower() and words[0] not in _NOT_LIST_OPENERS and words[-1].islower() \
        and words[-1] not in ("and", "or") and not any(w in _VERB_WORDS or w in ROLES for w in words)


_REMIT_LINKS: frozenset[str] = frozenset({"of", "for", "in", "on"})
"""Words between a post and its remit (`director of casework`, `lead for safety`, `lecturer in law`)."""
_BODY_LINKS: frozenset[str] = frozenset({"at", "of", "for"})
"""Words between a post's remit and the body it holds the post at (`... and enforcement at the X Board`)."""


def remit_post(clause: str) -> bool:
    """Say whether a clause ends on a post and its remit in small letters (`director of casework`, `the
    trust's head of audit`), which may go on with a list of remits after commas (wave 66d)."""
    words = clause.split()
    links = [at for at, word in enumerate(words[:-1]) if word in _REMIT_LINKS]
    if not links or len(words) - links[-1] > 4:
        return False
    at = links[-1]
    return at > 0 and words[at - 1].lower() in ROLES and all(word.islower() for word in words[at + 1:])


def remit_item(clause: str) -> bool:
    """Say whether a clause after a post's remit is a further remit of its list (`compliance`, `risk and assurance at
    the X Board`): words in small letters, no cue (a noun that is also a verb or a title's qualifier, `risk`, allowed),
    up to the body the post is held at, if any (wave 66d)."""
    words = clause.split()
    links = [at for at, word in enumerate(words) if word in _BODY_LINKS]
    own = words[:links[0]] if links and all(w[:1].isupper() or w in _JOINING_ITEMS for w in words[links[0] + 1:]) \
        else words
    return 0 < len(own) <= 4 and all(w.isalpha() and w.islower() for w in own) and own[0] not in _NOT_LIST_OPENERS \
        and own[-1] not in ("and", "or") and not any(w in CUE_VERBS for w in own)


_JOINING_ITEMS: frozenset[str] = frozenset({"the", "of", "and", "for", "&"})
"""Small words inside a body's name after a remit list (`at the Office of Fair Trading`)."""


def _place_item(clause: str) -> bool:
    """Say whether a clause after a body's description with a place may be an item of its list of places (`the
    North East and Cumbria`): capitalised words, an article or `and` between them, no verb (wave 20b)."""
    words = clause.split()
    words = words[:len(words) - list_head(words)]  # "B and C brands", "B and C holiday parks": the names (55d)
    return 0 < len(words) <= 8 and words[-1][:1].isupper() \
        and all(w[:1].isupper() or w in _PLACE_LIST_WORDS for w in words) and not any(w.lower() in _VERB_WORDS
                                                                                     for w in words)


def list_head(words: list[str]) -> int:
    """Return how many lower-case words close a list of names as the plural noun all of them share (`the A, B and C
    brands`, `... and D holiday parks`: 1, 2), at most two and never all of them; no verb, no role (wave 55d); 0 for an
    empty clause (`Yorkshire, , the North East`, 56m)."""
    if not words or not _shared_word(words[-1]) or not words[-1].endswith("s") or words[-1].endswith("ss"):
        return 0
    return 2 if len(words) > 2 and _shared_word(words[-2]) else 1 if len(words) > 1 else 0


def _shared_word(word: str) -> bool:
    """Say whether a word may be part of the noun a list of names shares: lower case, no verb, no people (`directors`,
    `residents`: the list's own people may be who speaks)."""
    return word.isalpha() and word.islower() and word not in _VERB_WORDS and word not in CUE_VERBS \
        and word not in _PLACE_LIST_WORDS and word not in PEOPLE_GROUPS and word.removesuffix("s") not in ROLES


_PLACE_LIST_WORDS: frozenset[str] = frozenset("the and or of".split())
"""Lower-case words inside a list of places (`the North East and Cumbria`, `the Isle of Man`)."""


def relative_lists_joined(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join to a relative clause the clauses that only go on with its list (`X, which represents cashiers, stockers
    and bakers at the stores, said`: `stockers and bakers at the stores` is no subject), the last of them holding
    `and` or `or`; clauses nearest the cue first, as given (wave 19b); so too the places after a body's description
    (`X, the public broadcaster for Yorkshire, the North East and Cumbria, said`: Cumbria is no subject; wave 20b)."""
    if len(clauses) < 3:
        return clauses  # a name, a relative clause and a clause after it at least
    ordered = clauses[::-1]  # in text order
    joined: list[tuple[int, int]] = []
    at = 0
    while at < len(ordered):
        span = ordered[at]
        run = at + 1
        remit = remit_post(text[slice(*span)])  # "X, director of audit, risk and assurance at Y,"
        places = not remit and bool(describes_a_body(text[slice(*span)]))  # "X, the broadcaster for A, the North"
        if places or remit or is_relative_clause(text[slice(*span)]):
            item = _place_item if places else remit_item if remit else _list_item
            while run < len(ordered) and item(text[slice(*ordered[run])]):
                run += 1
            while run > at + 1 and not _LIST_END_RE.search(text, *ordered[run - 1]):
                run -= 1  # the list's last item is joined by `and` or `or`
            span = (span[0], ordered[run - 1][1])
        joined.append(span)
        at = run
    return joined[::-1] if len(joined) < len(clauses) else clauses


_LIST_END_RE = re.compile(r"\s(?:and|or)\s")


def is_credentials(clause: str) -> bool:
    """Say whether a clause is only the letters written after a name (`R.N.`, `PhD`, `MBE`)."""
    words = clause.split()
    return bool(words) and len(words) <= 3 and all(w.replace(".", "").lower() in POST_NOMINALS and w[:1].isupper()
                                                   for w in words)


PARTY_LETTERS: frozenset[str] = load_words("party_letters")
"""A legislator's party written before the district (`R` in `R-Midland`)."""
_PARTY_TAG_RE = re.compile(r"\(?(?P<party>[A-Za-z]{1,3})-[A-Z][A-Za-z.]*(?:[ \t-][A-Z][A-Za-z.]*)?\)?")
"""A party and district set off after a legislator's name: `R-Midland`, `(D-Austin)`, `I-Vt.`, `D-San Antonio`."""


def is_party_tag(clause: str) -> bool:
    """Say whether a clause is only a legislator's party and district (`R-Midland`): no speaker, no apposition."""
    match = _PARTY_TAG_RE.fullmatch(clause.strip())
    return match is not None and match.group("party").lower() in PARTY_LETTERS


def is_age(clause: str) -> bool:
    """Say whether a clause is only a person's age set off after the name (`Tom Hale, 52, said`)."""
    return clause.strip().isdigit() and len(clause.strip()) <= 3


TRAILING_BRACKETS_RE = re.compile(r"\s*\([^()]{0,80}\)\s*$")


def ends_with_name(text: str, start: int, end: int, kinds: tuple[str, ...] = ("person",)) -> bool:
    """Say whether a clause ends with a name of a kind (`County Commissioner Frank DiNapoli`, `Acme plc ("Acme")`)."""
    brackets = TRAILING_BRACKETS_RE.search(text, start, end)
    end = brackets.start() if brackets else end
    found = find_mentions(text, max(start, end - 80), end) if start < end else []
    return bool(found) and found[-1].kind in kinds and not text[found[-1].end:end].strip()


_PLACE_LINKS: frozenset[str] = frozenset("for in of at across serving covering".split())


def describes_a_body(clause: str) -> str:
    """Return the head of a body's description with a place (`the energy regulator for Great Britain`), else ``."""
    words = clause.split()
    if len(words) < 3 or words[0].lower() not in ("the", "a", "an"):
        return ""
    for word, following in zip(words[1:5], words[2:6]):
        if word.islower() and (word in REFERENCE_WORDS or word in ORG_HEADS or _agent_noun(word)) \
                and following in _PLACE_LINKS:
            return word  # "the energy regulator for Great Britain", "the public service broadcaster for Yorkshire"
    return ""


def _agent_noun(word: str) -> bool:
    """Say whether a lower-case word is a noun of what a body does (`broadcaster`, `provider`, `publisher`), never
    a person's role (`director`, `member`; wave 20b)."""
    return len(word) >= 7 and word.endswith(("er", "or")) and word not in VOICE_ROLES


def is_indefinite(phrase: str) -> bool:
    """Say whether a clause opens with `a` or `an`, as an apposition does (`X, a Republican, said`)."""
    return phrase.split()[:1] in (["a"], ["an"])


def is_one_name(text: str, start: int, end: int) -> bool:
    """Say whether a clause is one name and nothing else, a body's or what reads as a person's (`Acme Providers`,
    `Tarn Valley Ramblers`): after a person and a bare role it can only be her employer (wave 48, 48m's find)."""
    begin, finish = strip_span(text, (start, end))
    mentions = find_mentions(text, begin, finish)
    return len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (begin, finish)


def is_role_phrase(phrase: str) -> bool:
    """Say whether words are a role (`chief executive of Acme`, `the trust's director`), not a name."""
    words = [w.lower().strip("\u2019'") for w in phrase.split()]
    if words and words[0] in ("of", "from", "at"):
        return True  # "Tom Aske, of the Save the River group, said", "Mo Tull, at Acme Securities, wrote"
    owner = past_owner(words, SINGULAR_POSSESSIVES)
    head = words[:4] + (words[owner:owner + 2] if owner >= 3 else [])  # "X District Council's cabinet member" (24a)
    return any(w in ROLES for w in head) and not any(w in VOICE_ROLES for w in head) \
        or office_of_body(phrase) \
        or len(words) > 2 and words[1] in _ROLE_LINKS and is_occupation(words[0])  # "X, nephrologist at Y, said"


_ROLE_LINKS: frozenset[str] = frozenset("of for at from with in".split())
MAX_OWNER_WORDS = 6
"""The most words a body's possessive name before a post may run (`the National Education Union's`): the post's words
are read after it."""


def headed_by_role(clause: str) -> bool:
    """Say whether a clause's head is a role (`chief executive of Acme`, `the trust's director`), not a noun a title
    word only describes (`the national forecaster`); an occupation no title list holds is a role too (`consultant
    nephrologist at X`, wave 21a)."""
    words = [w.lower().strip("\u2019'.,") for w in clause.split()]
    head = next((i for i, w in enumerate(words) if w in _ROLE_LINKS), len(words)) - 1
    return head < 0 or without_possessive(words[head]) in ROLES or office_of_body(clause) or is_occupation(words[head])


def lower_case_post(clause: str) -> bool:
    """Say whether a clause is a post written in lower case and headed by a role word (`head of logistics`,
    `managing director`), wave 46a."""
    post = clause.strip()
    return post[:1].islower() and is_role_phrase(post) and headed_by_role(post)


OCCUPATION_ENDINGS: tuple[str, ...] = tuple(sorted(load_words("occupation_endings")))
"""Endings of nouns of occupation (`nephrologist`, `dietitian`, `analyst`)."""
OCCUPATION_EXCEPTIONS: frozenset[str] = load_words("occupation_exceptions")
"""Words with such an ending that name no occupation (`shortlist`, `wrist`)."""


def is_occupation(word: str) -> bool:
    """Say whether one lower-case word is a noun of occupation by its ending (`nephrologist`), not `checklist`."""
    return word.endswith(OCCUPATION_ENDINGS) and word not in OCCUPATION_EXCEPTIONS
