"""Names and speakers: what the text has named so far, and who the words before a cue are."""
from __future__ import annotations

import collections
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .descriptions import describes_when, links_to_employer, without_descriptions
from .entities import (
    ORG_PRONOUNS,
    bodies_called,
    names_people_by_post,
    describes_the_noun,
    names_an_organisation,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    Mention,
    classify,
    find_mentions,
    head_noun,
    is_person_name,
    may_regulate,
    org_kind,
)
from .bodies import another_party_so_called, origin_apposition, short_owner, voice_apposition, without_affiliation
from .groups import unnamed_group
from .text import strip_span
from .vocabulary import (
    any_script,
    CASE_NOUNS,
    INITIAL_STOP,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    INSPECTORATE_HEADS,
    NOT_NAMES,
    ORG_HEADS,
    ORG_REFERENCES,
    OUTLET_HEADS,
    POST_NOMINALS,
    PUBLIC_HEADS,
    ROLES,
    SENTENCE_STARTERS,
    VOICE_ROLES,
    initial_alternation,
    load_words,
)

FILLER_WORDS: frozenset[str] = frozenset(
    "also further now today has have had again previously recently this last week yesterday once then "
    "and but however meanwhile later earlier already too separately additionally since".split())
"""Words between a subject and its cue that say nothing about who speaks."""
DETERMINERS: frozenset[str] = frozenset("the a an these those this its their his her our such my your".split())
_CLAUSE_CUT_RE = re.compile(r"[,;:\u2013\u2014\u2212\s](?:(?<=[,;:])(?=\s)|(?<=[\u2013\u2014\u2212])|(?<=\s)-\s)")
"""`[,;:](?=\\s)|[\u2013\u2014\u2212]|\\s-\\s`: a comma, a dash or a spaced hyphen ending a clause, its first character
written first so that the engine skips fast to one."""
_TRAILING_PHRASE_RE = re.compile(r"\s+(?:in|on|at|during|to|via|through|at|when|after|before|this|last|on)\b.*$")
MAX_SUBJECT_WORDS = 12
MAX_CLAUSES = 3
"""How many comma-separated clauses before a cue may hold its subject (`X, who leads it, said`)."""
_COMMON_NOUNS: frozenset[str] = NOT_NAMES | SENTENCE_STARTERS | ORG_REFERENCES | DOCUMENT_NOUNS | INSPECTORATE_HEADS
"""Capitalised words that are common nouns, never a body's bare name (`Grocer says`)."""
_SKIPPABLE_STARTS: frozenset[str] = frozenset(
    "who which whose the a an its their his her our speaking writing published released issued commenting "
    "responding in on at for".split())
"""First words of a clause between a subject and its cue that may be skipped (`X, who leads it, said`)."""
_INSPECTION_DOCUMENTS: frozenset[str] = frozenset(
    "report findings inspection review letter audit assessment evaluation".split())
"""Documents that, with no owner named, are the inspectorate's when one is in the text."""
_COMPANY_WORDS: frozenset[str] = frozenset(
    "company firm business retailer group operator utility supplier lender insurer chain grocer supermarket "
    "airline carrier manufacturer developer automaker carmaker housebuilder brewer miner producer".split())
"""References that mean a company, never the regulator beside it."""
_GENERIC_REFERENCES: frozenset[str] = frozenset("organisation organization body employer provider board system network".split())
"""References that fit any body, so they mean the body in focus; `the department`, `the trust` need a body of that head."""
_HEAD_SYNONYMS: dict[str, frozenset[str]] = {
    "force": frozenset({"police", "constabulary", "garda", "síochána"}),
    "club": frozenset({"athletic", "united", "rovers", "wanderers", "albion", "rangers", "fc", "afc", "rfc"}),
    "authority": frozenset({"council"}),
    "agency": frozenset({"office", "executive", "service"}),
    "charity": frozenset({"trust", "foundation", "society", "appeal"})}
"""Heads a reference matches besides its own (`the force` is a police body, `the club` a football club, `the agency`
a state office, executive or service)."""
PEOPLE_GROUPS: frozenset[str] = frozenset(
    "analysts critics economists experts campaigners residents officials researchers observers commentators "
    "scientists doctors nurses teachers parents patients councillors officers staff workers employees members "
    "firefighters paramedics midwives passengers commuters fans supporters pupils students tenants customers "
    "prisoners inmates lawyers solicitors prosecutors magistrates governors managers directors parties politicians "
    "opponents".split())
"""Plural nouns for people that are no one party (`Analysts said`)."""
BODY_PEOPLE: frozenset[str] = frozenset("officials officers staff managers directors councillors bosses chiefs executives".split())
"""Plural nouns for a body's own people: `Airport officials said` speaks for the airport the text names."""
PUBLIC_GROUPS: frozenset[str] = frozenset(
    "supporters fans residents patients parents passengers customers tenants pupils students commuters families "
    "neighbours users".split())
"""People around a body who never speak for it: `Fans of the club said` is the fans'."""
_PUBLISHING_VERBS: frozenset[str] = frozenset("released published issued compiled produced commissioned".split())
"""Participles whose agent is a document's publisher (`The figures, released by X, show`): X speaks."""
_NOT_PARTIES: frozenset[str] = frozenset(
    "local former senior veteran opposition backbench constituency new retiring outgoing ex sitting area".split())
"""Words before a member's role that describe the member, not a party (`Local MP Jo Roe`)."""
PARTY_ROLES: frozenset[str] = frozenset("mp mps msp mla td cllr councillor mep senator".split())
"""Roles of elected members, whose party a text names before them (`Green Future MLA Jo Roe`)."""
QUANTIFIERS: frozenset[str] = frozenset("each every all some many most several both no few".split())
"""Words that open a subject of many parties (`Each supplier reported`): nobody's claim."""
_PLACE_PREPOSITIONS: frozenset[str] = frozenset("in on at from under with within".split())
"""Words before a document that make it a place, not a subject (`In a statement, the city said`)."""
_NOT_COMPANIES: frozenset[str] = frozenset("charity union campaigners campaign association society council trust wire"
                                           .split())
"""Nouns a text calls a body that make it no company: `the firm` never means a charity or a campaign group."""
_REFERENCE_WORDS: frozenset[str] = ORG_REFERENCES | INSPECTORATE_HEADS | frozenset({"regulator", "watchdog"})
_BODY_NOUNS: frozenset[str] = (_REFERENCE_WORDS | ORG_HEADS) - PEOPLE_GROUPS - ROLES
"""Common nouns that say the name before them is a body's (`the union`, `the bank`, `the charity`)."""


PUBLISHED_BY_RE = any_script(re.compile(
    r"\b(?P<noun>figures|data|report|statistics|survey|review|study|findings|results|audit|inquiry|analysis|research)\b(?:[^.;]{0,40}?"
    r"\b(?:published|released|issued|compiled|produced|led|chaired|written|authored)"
    r"(?:\s+[A-Za-z]+){0,2}?|,)?\s+by\s+(?P<org>(?:%s|[^,.;]){2,80})" % INITIAL_STOP))
"""`The figures, published by the NHS Performance Office,`: who publishes a kind of document in this text."""
PUBLISHED_ACTIVE_RE = any_script(re.compile(
    r"(?P<org>[A-Z][\w&'\u2019\-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)?[A-Z][\w&'\u2019\-]*){0,5})[ \t]+"
    r"(?:has[ \t]+|have[ \t]+|today[ \t]+)?(?:published|released|issued)[ \t]+(?:its|their|a|an|the)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,3}?(?P<noun>%s)\b" % "|".join(sorted(DOCUMENT_NOUNS))))
"""`The Rivers Agency published its annual report`: who publishes a kind of document, in the active voice."""
_UNNAMED_PUBLISHER_RE = any_script(re.compile(r"the\s+(?:[a-z]+\s+){0,3}[a-z]+(?=\s+(?:on|in|last|this|at)\b|\s*$)"))
"""A publisher the text does not name (`by the state auditor general`): a lower-case noun phrase."""


_AUTHORING_RE = re.compile(r"\b(?:led|chaired|written|authored)\b")


def _authored(match: re.Match[str], mention: Mention) -> bool:
    """Say whether a person named after `led by`, `written by` made the document (`The review, led by barrister Jo
    Roe,`): her findings are hers; a person never publishes figures."""
    return mention.kind == "person" and _AUTHORING_RE.search(match.group(), 0, match.start("org") - match.start()) \
        is not None


_CLAUSE_OPENERS: frozenset[str] = frozenset("as while whilst since when after because and but although though".split())
"""Words that open the clause a document's name stands in (`as new figures show`): not part of the name."""
_SAME_DATA: dict[str, tuple[str, ...]] = {
    "figures": ("statistics", "data"), "statistics": ("figures", "data"), "data": ("figures", "statistics"),
    "research": ("analysis", "study"), "analysis": ("research", "study"), "study": ("research", "analysis")}
"""Names a text gives the same numbers or work: `The statistics were published by X` makes `new figures show` X's,
`research by X found` makes `an analysis of 600 complaints found` X's."""


_PEOPLE_OF_RE = any_script(re.compile(r"(?P<owner>the\s+(?P<noun>[a-z]+))['\u2019]s\s+(?:[a-z]+\s+)?(?:%s|auditors|inspectors)\b"
                           % "|".join(sorted(PEOPLE_GROUPS | BODY_PEOPLE))))
"""A body's people as a document's authors (`by the council's planning officers`): the body is its publisher."""


def _owner_of_people(words: str) -> str:
    """Return the body whose people a publisher's words are (`the council's planning officers` -> `the council`)."""
    people = _PEOPLE_OF_RE.match(words.strip())
    noun = people.group("noun") if people else ""
    return people.group("owner") if people and (noun in ORG_REFERENCES or noun in ORG_HEADS) else words


_PRESS_WORDS: frozenset[str] = frozenset("press media communications communication relations news".split())
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
    """Return a body's name without the press office that ends it (`Acme Rail Media Centre` -> `Acme Rail`)."""
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower() in _OFFICE_TAIL_WORDS:
        cut -= 1
    tail = {w.lower() for w in words[cut:]}
    return " ".join(words[:cut]) if cut < len(words) and tail & (_PRESS_WORDS | {"newsroom"}) else name


_WORKERS: frozenset[str] = frozenset(
    "nurses teachers workers doctors firefighters officers staff employees midwives paramedics drivers pilots "
    "lecturers journalists".split())
"""People whose association or federation a text calls `the union` (`Harbor Teachers Association`)."""


def common_names(name: str) -> list[str]:
    """Return the common nouns a text may use for a body its name does not end in: a medical centre is
    `the hospital`, a nurses' association `the union`."""
    words = [w.strip("'’").lower() for w in name.split()]
    nouns = []
    if words[-1] in ("center", "centre") and "medical" in words:
        nouns.append("hospital")
    if words[-1] in ("association", "federation", "guild") and _WORKERS & set(words):
        nouns.append("union")
    if words[-1] in OUTLET_HEADS and len(words) > 1:
        nouns += ["paper", "newspaper"]  # "The Brook Echo reported ... The paper said"
    return nouns


WHICH_AFTER_RE = re.compile(r"(?P<number>[ \t]+\d{1,6})?,[ \t]+which[ \t]")
"""A number and `, which` after a name (`Bus Workers Local 40, which represents`): a body, not a person."""


def _body_by_which(text: str, mention: Mention) -> Mention:
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


def _workplace(text: str, start: int) -> bool:
    """Say whether a name follows a role or people and `at` (`analyst at`, `Drivers at`): where they work."""
    if not text[max(0, start - 40):start].rstrip().endswith(("at", "the")):
        return False  # no `at` or `at the` right before the name (the cheap test first)
    found = WORKPLACE_RE.search(text, max(0, start - 40), start)
    who = found.group("who") if found is not None else ""
    return who.islower() or who.lower() in _PEOPLE_AT  # "Director at X" is a title, no workplace


_AFTER_NAME_RE = any_script(re.compile(
    r"\s+(?:cut|raised|lowered|upgraded|downgraded|kept|reiterated|revised|changed)\s+its\s+(?:[a-z\-]+\s+)?"
    r"(?:rating|forecasts?|target|outlook|recommendation|estimates?|guidance)\b|['\u2019]s\s+(?:analysts|"
    r"economists|strategists|shares|share\s+price|stores|shops|branches)\b|\s+said\b[^.;\n]{0,160}?,\s+its\s+"
    r"(?:analysts|economists|strategists)\b"))
"""What a text writes after a body's name and never after a person's: `cut its rating`, `'s analysts`, `said ...,
its analysts wrote`."""
_BEFORE_NAME_RE = re.compile(r"(?:[Ss]hares\s+in|[Aa]nalysts\s+at|[Ee]conomists\s+at|[Ss]trategists\s+at)\s+$")
"""What a text writes right before a body's name: `shares in`, `analysts at`."""
_BEFORE_NAME_CHARS = 24


@functools.lru_cache(maxsize=256)
def treated_as_body(text: str, name: str) -> bool:
    """Say whether a text treats a name like a person's as a body's anywhere (`Morgan Stanley cut its rating`,
    `analysts at Goldman Sachs`): such a name is a bank's or a company's wherever the text writes it."""
    at = text.find(name)
    while at >= 0:
        if _AFTER_NAME_RE.match(text, at + len(name)) or _BEFORE_NAME_RE.search(text, max(0, at - _BEFORE_NAME_CHARS), at):
            return True
        at = text.find(name, at + len(name))
    return False


class Who(NamedTuple):
    """A resolved speaker: full name, kind (organisation, person, inspectorate, document, unresolved)."""

    name: str
    kind: str
    clause_start: int


_OWN_PEOPLE_RE = any_script(re.compile(r"\s+(?:[a-z\-]+\s+)?(?P<people>%s)\b" % "|".join(sorted(BODY_PEOPLE))))
"""A body's people after its possessive (`X's planning officers`, `X's staff`)."""
_ROLE_BEFORE_RE = any_script(re.compile(r"(?<![\w'\u2019])([a-z]+)[ \t]+$"))
"""A lower-case word right before a name: its role when it is one (`inspector Jo Roe`)."""


@dataclass
class Context:
    """What the text has named so far, to resolve short references against."""

    orgs: list[str] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    org_speakers: list[str] = field(default_factory=list)
    last_person: str | None = None
    other_person: bool = False  # a person other than the last speaker was named since that speaker spoke
    other_org: bool = False  # a body other than the one in focus was named since a body last spoke
    last_speaker: str | None = None
    last_kind: str = "organisation"
    last_document: str | None = None  # the document that spoke last: its `it` (`It concluded that`)
    last_speaker_words: str | None = None  # whoever spoke last, as the rows name them (`Planning officers`)
    org_block: int = -10  # the block where a body last spoke
    unnamed_block: int = -10  # the block where an unnamed person (`One parent`) spoke last
    subject: tuple[str, int] | None = None  # the body that opened the sentence before, and its block
    parties: set[str] = field(default_factory=set)  # parties named before members' roles (`Labour MP Jo Roe`)
    commentators: set[str] = field(default_factory=set)  # bodies whose people comment (`Analysts at X`)
    block: int = 0
    speaker_block: int = -10
    last_org: str | None = None
    voice: str | None = None
    titles: dict[str, str] = field(default_factory=dict)
    ahead: list[Mention] | None = None
    published: dict[str, Mention | str] | None = None
    owners: dict[str, tuple[str, str]] = field(default_factory=dict)
    _aliases: dict[str, str] = field(default_factory=dict)  # "WSA" -> "Water Services Authority"
    said: dict[str, int] = field(default_factory=dict)  # how many sentences each speaker has claimed
    called: dict[str, set[str]] = field(default_factory=dict)  # the common nouns the text calls each body
    people_of: dict[str, str] = field(default_factory=dict)  # "officers" -> the body whose officers the text named
    text: str = ""
    _org_suffixes: dict[str, str] = field(default_factory=dict)
    _org_heads: dict[str, str] = field(default_factory=dict)
    _head_bodies: dict[str, set[str]] = field(default_factory=dict)  # head noun -> every body so headed
    _wires: frozenset[str] | None = None  # the names in the text's dateline brackets (`(Acme Wire) -`)
    _person_keys: dict[str, str] = field(default_factory=dict)

    def add(self, mention: Mention) -> str:
        """Register a mention and return its resolved full name."""
        if mention.kind == "person" and (self.kinds.get(mention.name, "person") != "person"
                                         or _workplace(self.text, mention.start)
                                         or treated_as_body(self.text, mention.name)):
            mention = mention._replace(kind="org")  # "Hestia Power, a supplier": the text calls it a body
        if mention.kind == "person" and not mention.possessive:
            mention = _body_by_which(self.text, mention)  # "Bus Workers Local 40, which represents drivers,"
        if mention.kind == "org" and self._titled_surname(mention.name):
            mention = mention._replace(kind="person", name=mention.name.split()[1])  # "DCI Hale": a rank's letters
        if mention.kind == "org" and all(word.lower() in CLOCK_WORDS for word in mention.name.split()):
            return mention.name  # "6:02 PM EST": a time, never a body
        if mention.kind == "org" and in_wire_bracket(self.text, mention.start, mention.end):
            self._note_wire(mention.name)
            return mention.name  # "DUBLIN (Acme Wire) - ...": the wire that filed the text, never a body in it
        if mention.kind == "org" and mention.name.isupper() and _WIRE_AFTER_PLACE_RE.match(self.text, mention.end):
            return mention.name  # "HALDEN (KPRX) - ...": the place the text was filed from, never a body
        if mention.kind == "org" and is_lettered_role(mention.name):
            return mention.name  # "XKF Minister announces": a post of a body named by letters, never a body
        if mention.kind == "org" and is_press_office(mention.name):
            return mention.name  # "Issued by the Media Relations Team, X": X speaks, not its press office
        if mention.kind == "org":
            mention = mention._replace(name=without_press_office(mention.name))  # "Acme Rail Media Centre": Acme Rail
        if mention.kind == "org":
            word = mention.name.lower()
            known = self.resolve_reference(word) if " " not in word and word in _REFERENCE_WORDS else None
            name = known or self.full_org(mention.name)  # "Inspectors", "The Trust": a body named before
            if known is None and " " not in word and (word in _REFERENCE_WORDS or word in ORG_HEADS):
                return mention.name  # a bare "Council" names no body of its own
            if name not in self.kinds:
                self.register_org(name, "inspectorate" if mention.title == "regulator" else org_kind(name))
            if mention.possessive:
                self._note_people(name, mention.end)  # "X's planning officers have recommended ...": officers
            self.last_org = name
            self.other_org = self.other_org or bool(self.org_speakers) and name != self.org_speakers[-1]
            return name
        if " and " in mention.name:
            return self._add_joint(mention)
        name = self.full_person(mention.name)
        title = mention.title or self._role_before(mention.start) or role_inside(self.text, mention)
        if title:
            self.titles[title] = name  # "the mayor", "inspector Jo Roe ... the inspector" is now this person
        if mention.title in PARTY_ROLES:
            self._note_party(mention)
        if " " in name and name not in self.kinds and name.split()[0].lower().rstrip(".") not in ROLES:
            self.kinds[name] = "person"
            parts = name.split()
            for k in range(len(parts)):
                self._person_keys[" ".join(parts[k:])] = name
            self._person_keys[parts[0]] = name
        self.last_person = name
        self.unnamed_block = -10  # a person named since: `she` may be this person now
        if self.block > self.speaker_block:
            self.voice = None  # "A spokeswoman for X said ... [next paragraph] Chief Constable Jo Roe ... She said"
        self.other_person = self.other_person or (self.last_speaker is not None and name != self.last_speaker)
        return name

    def is_wire(self, name: str) -> bool:
        """Say whether a body is the wire or outlet named in the text's dateline brackets, or spelled out from them."""
        if self._wires is None:
            self._wires = frozenset(found.group(1) for found in _WIRE_BRACKET_RE.finditer(self.text))
        return bool(self._wires) and (name in self._wires or initials_of(name) in self._wires)

    def _note_wire(self, name: str) -> None:
        """Note that a wire filed the text (`(AWS)` for `Associated Wire Service`): never `the company`."""
        for known in [name, *(org for org in self.orgs if initials_of(org) == name)]:
            self.called.setdefault(known, set()).add("wire")

    def _role_before(self, start: int) -> str:
        """Return the lower-case role written right before a name (`inspector Jo Roe`, `barrister Al Key`), else ``."""
        if start < 2 or not self.text[start - 2].islower():
            return ""  # no lower-case word right before the name (the common case, tested cheaply)
        found = _ROLE_BEFORE_RE.search(self.text, max(0, start - 30), start)
        word = found.group(1) if found else ""
        return word if word in ROLES and word not in VOICE_ROLES else ""

    def _note_people(self, name: str, end: int) -> None:
        """Note whose people a plural noun after a body's possessive names (`X's planning officers`): `officers
        said` later, with no body named, are that body's."""
        found = _OWN_PEOPLE_RE.match(self.text, end, end + 60)
        if found is not None:
            self.people_of[found.group("people").lower()] = name

    def _add_joint(self, mention: Mention) -> str:
        """Register two people who speak together (`Jo Roe and Tim Ash`): each by name, the pair as the last person."""
        for half in mention.name.split(" and "):
            if " " in half:
                self.add(mention._replace(name=half, title=""))
        self.kinds[mention.name] = "person"
        self.last_person = mention.name
        return mention.name

    def _note_party(self, mention: Mention) -> None:
        """Note the party named before an elected member's role (`Green Future MLA Jo Roe`): `the party`."""
        words = self.text[mention.start:mention.end].split()
        if "and" in words or "&" in words:
            return  # "Labour MP Jo Roe and Reform MP Tom Hale": two members, maybe two parties
        at = next((i for i, w in enumerate(words) if w.lower().rstrip(".") == mention.title), 0)
        party = words[:at]
        if party and all(w[:1].isupper() and w.lower() not in _COMMON_NOUNS | _NOT_PARTIES and w.lower() not in ROLES
                         for w in party):
            self.parties.add(" ".join(party))

    def _titled_surname(self, name: str) -> bool:
        """Say whether a name is a rank's capital letters and a person's known surname (`DCI Hale`)."""
        words = name.split()
        return len(words) == 2 and words[0].isupper() and words[0].isalpha() and words[1] in self._person_keys \
            and words[1][1:].islower()

    def register_org(self, name: str, kind: str) -> None:
        """Index a new organisation by the endings of its name and by its head noun."""
        self.kinds[name] = kind
        self.orgs.append(name)
        words = name.lower().split()
        for k in range(1, len(words)):
            self._org_suffixes[" ".join(words[k:])] = name
        head = head_noun(name)
        self._org_heads.pop(head, None)
        self._org_heads[head] = name
        self._head_bodies.setdefault(head, set()).add(name)
        for noun in common_names(name):
            self._org_heads.setdefault(noun, name)  # "St Ann Medical Center ... the hospital"

    def also_known(self, name: str, acronym: str) -> None:
        """Note that an acronym names a body (`WSA` is the Water Services Authority)."""
        self._org_suffixes[acronym.lower()] = name
        self._aliases[acronym] = name

    def also_called(self, name: str, noun: str) -> None:
        """Note that the text calls a body by a common noun (`Acme, the retailer`): `the retailer` is Acme."""
        self._org_heads.pop(noun, None)
        self._org_heads[noun] = name
        self.called.setdefault(name, set()).add(noun.lower())

    def full_org(self, name: str) -> str:
        """Return the full name of the speaker, else the latest organisation, whose name ends with this one."""
        if name in self._aliases:
            return self._aliases[name]
        key = " " + name.lower()
        for known in reversed(self.org_speakers):
            if known.lower().endswith(key):
                return known
        return self._org_suffixes.get(key[1:], name)

    def full_person(self, name: str) -> str:
        """Return the full name of the latest person sharing this first name, surname or name ending."""
        bare = name.split(" ", 1)[1] if " " in name and name.split()[0].lower().rstrip(".") in ROLES else name
        return self._person_keys.get(bare, name)

    def focus_org(self, kind: str | None = None) -> str | None:
        """Return the body the text is about (of a kind, if given): its last speaker, else the first named."""
        for name in reversed(self.org_speakers):
            if kind is None or self.kinds.get(name) == kind:
                return name
        for name in self.orgs:
            if (kind is None or self.kinds.get(name) == kind) and name.split()[-1].lower() not in OUTLET_HEADS:
                return name  # a newspaper named in a byline or a dateline is never what the text is about
        return None

    def resolve_reference(self, word: str) -> str | None:
        """Resolve a common noun like `council`, `the firm` or `inspectors` to a body named before."""
        word = word.lower()
        if word == "party":
            return next(iter(self.parties)) if len(self.parties) == 1 else None  # two parties: no one
        if self.rival_bodies(word) and not self.continues_with_head(word):
            return None  # "X Staff Alliance and Y Staff Alliance ... the alliance": either of them
        if word in _LINKABLE and len(bodies_called(self.text, word)) > 1:
            return None  # "X, a housing charity, and Y, a youth charity": `the charity` may be either
        if another_party_so_called(self.text, word, self.orgs):
            return None  # "their housing association" beside "X Residents' Association": either may be meant
        for known in reversed(self.org_speakers):
            if _same_head(known.split()[-1].lower(), word) and _may_be_charity(known, word):
                return known
        for head, known in reversed(self._org_heads.items()):
            if _same_head(head, word) and _may_be_charity(known, word):
                return known
        if word in INSPECTORATE_HEADS or word in ("regulator", "watchdog"):
            return self.focus_org("inspectorate") or self.regulator()
        if word in _COMPANY_WORDS:
            return self.recent_company() or self.focus_company() or self.linked_body(word)  # never the council
        if word in _GENERIC_REFERENCES and (self.org_speakers or len(self.orgs) == 1):
            return self.focus_org("organisation") or self.focus_org()  # two bodies named, none spoke: no one
        linked = self.linked_body(word)
        if linked is not None:
            return linked  # "X is a charity that ..." anywhere in the text: `the charity` is X
        bodies = [name for name in self.orgs if self.kinds.get(name) == "organisation" and _may_be_called(name, word)]
        if word in ORG_REFERENCES and len(bodies) == 1:
            return bodies[0]  # "The Pantry Trust ... the charity": the only body named
        return None  # "the department" with no department named and several bodies: nobody to be sure of

    def rival_bodies(self, word: str) -> bool:
        """Say whether two different bodies the text names carry this word as their own head noun."""
        stem = word.rstrip("s")
        named = self._head_bodies.get(stem, set()) | self._head_bodies.get(stem + "s", set())
        names = {name for name in named if self.kinds.get(name) not in ("person", "unresolved")}
        return len(names) > 1 and len(distinct_bodies(names)) > 1

    def continues_with_head(self, word: str) -> bool:
        """Say whether the body that just spoke, with no other body named since, has this word as its head."""
        recent = self.recent_body()
        return recent is not None and head_noun(recent).rstrip("s") == word.rstrip("s")

    def linked_body(self, word: str) -> str | None:
        """Return the one body the text itself calls by this noun (`X is a charity`, `the charity X`, `X, the think
        tank,`), registered as a body; two bodies so called: None."""
        names = bodies_called(self.text, word) if word in _LINKABLE else frozenset()
        if len(names) != 1:
            return None
        name = self.full_org(next(iter(names)))
        if self.kinds.get(name, "organisation") == "person":
            return None
        if name not in self.kinds:
            self.register_org(name, org_kind(name))
        return name

    def recent_company(self) -> str | None:
        """Return the body that spoke in this paragraph when it may be a company: `Dale Airport reported a
        record. The operator noted ...` is Dale's, whoever has said most in the text."""
        recent = self.org_speakers[-1] if self.org_speakers and self.org_block == self.block else None
        if self.subject is not None and self.block - self.subject[1] <= 1:
            recent = self.fullest(self.subject[0])  # "Dale Coaches rejected the figures. ... the company said"
        return recent if recent is not None and self._may_be_company(recent) and recent not in self.commentators \
            else None

    def fullest(self, name: str) -> str:
        """Return the one longer form of a body's name the text registered (`Acme plc` for `Acme`), else the name."""
        longer = [known for known in self.orgs if known.startswith(name + " ") and self.kinds.get(known) != "unresolved"]
        return longer[0] if len(longer) == 1 else name

    def focus_company(self) -> str | None:
        """Return the company the text is about: the one that has said most (the first named on a tie), else
        the first named; never a regulator."""
        speakers = [n for n in self.org_speakers if self._may_be_company(n)]
        if speakers:
            order = {name: index for index, name in enumerate(self.orgs)}
            return max(speakers, key=lambda name: (self.said.get(name, 0), -order.get(name, 0)))
        companies = [n for n in self.orgs if self._may_be_company(n)]
        distinct = {n for n in companies if not any(o != n and n.startswith(o) for o in companies)}
        return companies[0] if len(distinct) == 1 else None  # two firms named and none spoke: no one

    def only_company_named(self) -> str | None:
        """Return the one company the whole text names (`the company` before or beside its name), else None: two
        companies, or none, leave the reference unresolved; a council, a regulator or a paper is no company."""
        if self.ahead is None:
            self.ahead = self._bodies_ahead()
        names = [m.name for m in self.ahead if _company_like(m.name) and m.name.lower() not in _REFERENCE_WORDS
                 and not self.called.get(self.full_org(m.name), set()) & _NOT_COMPANIES]  # never a campaign group
        distinct = {n for n in names if not any(o != n and (n.startswith(o) or n.endswith(" " + o)) for o in names)}
        if len(distinct) != 1 or _maybe_two_bodies(next(iter(distinct))):
            return None
        return self.add(next(m for m in self.ahead if m.name in distinct))

    def _may_be_company(self, name: str) -> bool:
        """Say whether a body may be what the text calls `the company`: no regulator, council or police."""
        return self.kinds.get(name) == "organisation" and not may_regulate(name) and not self.is_wire(name) \
            and not {head_noun(name), name.lower().split()[-1]} & PUBLIC_HEADS \
            and not self.called.get(name, set()) & _NOT_COMPANIES  # "campaigners Keep Rivers Clear": never the firm

    def regulator(self) -> str | None:
        """Return the latest body named that may be the text's regulator (a commission, an authority, ...)."""
        for name in reversed(self.orgs):
            if may_regulate(name):
                self.kinds[name] = "inspectorate"
                return name
        return None

    def spoke(self, name: str, kind: str) -> None:
        """Note that a body or a person made a claim, bringing it into focus."""
        self.said[name] = self.said.get(name, 0) + 1
        if kind in ("organisation", "inspectorate") or kind == "unresolved" and name.split()[:1] == ["the"] \
                and (name.split()[-1] in _REFERENCE_WORDS or name.split()[-1] in ORG_HEADS):  # "the club said"
            if kind == "unresolved":
                self.kinds.setdefault(name, "unresolved")  # "the agency", never named: stays unresolved
            if name in self.org_speakers:
                self.org_speakers.remove(name)
            self.org_speakers.append(name)
            self.other_org, self.org_block = False, self.block
        elif kind == "person":
            self.last_speaker, self.speaker_block, self.voice = name, self.block, None
            self.other_person = False
        self.last_kind = kind
        self.last_speaker_words = name
        self.last_document = name if kind == "document" else self.last_document
        self.unnamed_block = self.block if kind == "unresolved" and _one_unnamed_person(name) else -10

    def unnamed_person(self) -> str | None:
        """Return the unnamed person who spoke last in this paragraph (`One parent said ... She said`), when no
        person was named since: whom `he` or `she` means, in the text's own words."""
        return self.last_speaker_words if self.unnamed_block == self.block else None

    def person_for_pronoun(self) -> str | None:
        """Resolve `he` or `she`: the person named since the last speaker spoke, else a person who spoke in
        this block or the one before, else the last named."""
        if self.voice and self.block - self.speaker_block <= 1:
            return self.voice  # "A spokeswoman for the trust said ... she said": the trust
        if self.other_person:
            return self.last_person  # "Ada Voss said ... Treasurer Ben Hale presented the accounts. He said": Hale
        if self.last_speaker and self.block - self.speaker_block <= 1:
            return self.last_speaker
        return self.last_person

    def named_later(self, kind: str | None) -> str | None:
        """Return the first body (of a kind, if given) named anywhere in the text (`inspectors` before the name)."""
        if self.ahead is None:
            self.ahead = self._bodies_ahead()
        for mention in self.ahead:
            fits = kind is None or org_kind(mention.name) == kind or (kind == "inspectorate" and may_regulate(mention.name)
                                                                   and not _support_office(mention.name))
            if fits and mention.name.lower() not in _REFERENCE_WORDS:
                return self.add(mention)
        return None

    def named_later_by_head(self, head: str) -> str | None:
        """Return the first body the text names with this head (`the health board` in a lead, its name below)."""
        if self.ahead is None:
            self.ahead = self._bodies_ahead()
        found = [mention for mention in self.ahead if " " in mention.name
                 and _same_head(head_noun(mention.name), head) and _may_be_charity(mention.name, head)]
        own = {m.name for m in found if head_noun(m.name).rstrip("s") == head.rstrip("s")}
        if not found or self.rival_bodies(head) or len(distinct_bodies(own)) > 1:
            return None  # two councils named in the text: `the council` may be either
        return self.add(found[0])

    def _bodies_ahead(self) -> list[Mention]:
        """Return the bodies the whole text names, outside section labels in capitals (`BUSINESS | AVIATION`)."""
        return [m for m in find_mentions(self.text, 0, len(self.text)) if m.kind == "org"
                and not label_word(self.text, m)]

    def publisher(self, noun: str) -> str | None:
        """Return the body the text says published a kind of document (`the figures, published by X`)."""
        if self.published is None:
            self.published = {}
            for match in PUBLISHED_BY_RE.finditer(self.text):
                found = find_mentions(self.text, match.start("org"), match.end("org"))
                orgs = [m for m in found if m.kind == "org" or _authored(match, m)]
                unnamed = _UNNAMED_PUBLISHER_RE.match(_owner_of_people(match.group("org")))
                if orgs:
                    self.published.setdefault(match.group("noun").lower(), orgs[0])
                elif unnamed:  # "by the state auditor general": its words, unresolved
                    self.published.setdefault(match.group("noun").lower(), unnamed.group())
            self._published_actively()
        mention = self.published.get(noun) or next((self.published[other] for other in _SAME_DATA.get(noun, ())
                                                     if other in self.published), None)  # figures are statistics
        if isinstance(mention, str):
            return self._unnamed_publisher(mention)
        return self.add(mention) if mention else None

    def _unnamed_publisher(self, words: str) -> str:
        """Return the body a publisher's common noun means (`by the airline`: the one airline named), else the words,
        unresolved (`by the state auditor general`)."""
        parts = words.split()
        if len(parts) > 2 and parts[-1] in CUE_VERBS:
            words, parts = " ".join(parts[:-1]), parts[:-1]  # "figures released by the museum show"
        found = _reference(parts, self) if parts[-1] in _REFERENCE_WORDS or parts[-1] in ORG_HEADS else None
        if found is not None and found[0] in self.orgs:
            return found[0]
        self.kinds.setdefault(words, "unresolved")
        return words

    def _published_actively(self) -> None:
        """Note who the text says published a kind of document in the active voice (`The Rivers Agency published
        its annual report`): the report is that body's."""
        assert self.published is not None
        for match in PUBLISHED_ACTIVE_RE.finditer(self.text):
            orgs = [m for m in find_mentions(self.text, *match.span("org")) if m.kind == "org"]
            if orgs and orgs[-1].end == match.end("org"):
                self.published.setdefault(match.group("noun").lower(), orgs[-1])

    def recent_body(self) -> str | None:
        """Return the body that spoke in this paragraph or the one before, when no other body was named since: whose
        `a spokesman` the text means without naming the body again."""
        return self.org_speakers[-1] if self.org_speakers and self.block - self.org_block <= 1 and not self.other_org \
            else None

    def document_subject(self) -> str | None:
        """Return who made the document that opened the sentence before (`The review, led by Jo Roe, looked at 64
        cases. Its findings ...`): what `its` then means."""
        return self.subject[0] if self.subject is not None and self.block - self.subject[1] <= 1 \
            and self.kinds.get(self.subject[0]) == "person" else None

    def paragraph_speaker(self) -> str | None:
        """Return the body that spoke in this paragraph, when no other body was named since: what `its figures` mean."""
        return self.org_speakers[-1] if self.org_speakers and self.org_block == self.block and not self.other_org else None

    def kind_of(self, name: str) -> str:
        """Return the kind of a registered speaker, organisation when unknown."""
        return self.kinds.get(name, "organisation")


_LINKABLE: frozenset[str] = ORG_REFERENCES | frozenset({"union", "regulator", "watchdog", "tank"})
"""Last words of the nouns a text may link to a body's name (`the charity X`, `X, the think tank,`)."""
_ONE_COMPANY_WORDS: frozenset[str] = frozenset("company firm business group".split())
"""Short references so general that only the one company a text names can be meant (`the firm`)."""


_SUPPORT_WORDS: frozenset[str] = frozenset("communications press media news information enquiries contact".split())
"""Words that make an office a body's support desk (`Communications Office`, `Press Office`): it regulates nothing."""


def initials_of(name: str) -> str:
    """Return the capital initials of a name's words (`Associated Wire Service` -> `AWS`)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def in_wire_bracket(text: str, start: int, end: int) -> bool:
    """Say whether a name is the wire or outlet in a dateline's brackets (`LONDON (Acme Wire) - `, `(Acme News) -`)."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 60 and text[start - 1:start] == "(" and _WIRE_CLOSE_RE.match(text, end) is not None


_WIRE_BRACKET_RE = re.compile(r"(?m)^[^\n(]{0,60}\(([^()\n]{1,40})\)\s?[-\u2013\u2014]{1,2}\s")
"""A dateline's wire or outlet in brackets, then a dash, near the start of a line (`BOISE, Idaho (AWS) \u2014 `)."""
_WIRE_AFTER_PLACE_RE = re.compile(r"[^\n()]{0,30}\([^()\n]{1,40}\)\s?[-\u2013\u2014]{1,2}\s")
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


def _support_office(name: str) -> bool:
    """Say whether a name is a support desk's (`Communications Office`), never an inspectorate named later."""
    return not _SUPPORT_WORDS.isdisjoint(name.lower().split()[:-1])


def _maybe_two_bodies(name: str) -> bool:
    """Say whether a name joins two names of two words or more (`Acme Foods and Brisk Dairies`): maybe two
    companies, where `Marks and Spencer` is one."""
    halves = name.split(" and ", 1)
    return len(halves) == 2 and all(len(h.split()) >= 2 for h in halves)


def _company_like(name: str) -> bool:
    """Say whether a body's name may be a company's: no regulator, inspectorate, public body or paper."""
    words = name.lower().split()
    return org_kind(name) == "organisation" and not may_regulate(name) \
        and not {head_noun(name), words[-1]} & (PUBLIC_HEADS | OUTLET_HEADS)


def label_word(text: str, mention: Mention) -> bool:
    """Say whether a name is one word in capitals, used once, on a line without a lower-case letter: a section
    label (`BUSINESS | AVIATION`), not an acronym the text goes on to use (`ACME WATER FINED` still names Acme)."""
    if " " in mention.name or not mention.name.isupper() or capital_words(text)[mention.name] > 1:
        return False
    begin, end = text.rfind("\n", 0, mention.start) + 1, text.find("\n", mention.start)
    return not any(c.islower() for c in text[begin:end if end >= 0 else len(text)])


_CAPITAL_WORD_RE = any_script(re.compile(r"\b[A-Z][A-Z&]+\b"))


@functools.lru_cache(maxsize=4)
def capital_words(text: str) -> collections.Counter[str]:
    """Count each word in capitals in a text, once per text."""
    return collections.Counter(_CAPITAL_WORD_RE.findall(text))


APPOSITIVE_RE = any_script(re.compile(
    r"\b((?:[A-Z][\w&\-\u2019']*)(?:\s+(?:&\s+)?[A-Z][\w&\-\u2019']*){0,3})\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}?"
    r"(?:%s)\b(?![\u2019']s\b)" % "|".join(sorted(ORG_REFERENCES))))
"""`Pellings, the discount grocer,`: a name without a head noun that the text says is a body (never `Jo Roe, the
council's finance director,`: a possessive describes the person's post)."""


ACRONYM_AFTER_RE = any_script(re.compile(r"\b((?:[A-Z][\w&\-]*\s+)(?:(?:of|for|and|the)\s+|[A-Z][\w&\-]*(?:['\u2019](?:S|s(?=\s+[A-Z]))?)?\s+){0,6})\(([A-Z][A-Z&]{1,7})\)"))
"""`the Water Services Authority (WSA)`: the acronym in brackets is the same body (`ST JUDE'S HOSPICE (SJH)`,
`St Jude's Hospice (SJH)`: a possessive inside the name is part of it; `the Water Board's (WB)` ends before its `'s`)."""


def register_acronyms(text: str, start: int, end: int, ctx: Context) -> None:
    """Register an acronym given in brackets after a body's name as that body's other name."""
    if "(" not in text[start:end]:
        return
    for match in ACRONYM_AFTER_RE.finditer(text, start, end):
        found = [m for m in find_mentions(text, match.start(1), match.end(1)) if m.kind == "org"]
        if found:
            name = ctx.add(found[-1])
            ctx.also_known(name, match.group(2))
        else:
            _initials_body(text, match, ctx)


def _initials_body(text: str, match: re.Match[str], ctx: Context) -> None:
    """Register as a body the capitalised words whose initials spell the acronym in brackets after them
    (`Harbour Valley Transit (HVT)`), though no head noun says so; a person's name has no such acronym."""
    letters = match.group(2).replace("&", "")
    words = match.group(1).split()[-len(letters):]
    if len(words) == len(letters) >= 2 and "".join(w[0] for w in words) == letters \
            and all(w[:1].isupper() for w in words):
        name = " ".join(words)
        if name not in ctx.kinds or ctx.kinds[name] == "person":
            ctx.register_org(name, org_kind(name))
        ctx.also_known(name, match.group(2))


_APPOSITIVE_NOUNS = ["Campaigners", "campaigners"] + sorted(ORG_REFERENCES | {"regulator", "watchdog", "union"})
NOUN_THEN_NAME_RE = any_script(re.compile(
    r"(?P<noun>%s)\s+(?P<name>[A-Z][\w&\-\u2019']*(?:\s+(?:(?:&|na)\s+)?[A-Z][\w&\-\u2019']*){0,3})"
    % initial_alternation(_APPOSITIVE_NOUNS)))
"""`department store chain Marlow & Finch`, `the union Unifo`: a common noun, then the body's name."""
_ONE_WORD_NOUNS = all(re.fullmatch(r"\w{3,}", noun) for noun in _APPOSITIVE_NOUNS)
"""Whether every such noun is one word of three letters or more (`_nouns_then_names` relies on it)."""
_NOUN_ENDS: frozenset[str] = frozenset(noun[-3:] for noun in _APPOSITIVE_NOUNS)
_LONGEST_NOUN = max(map(len, _APPOSITIVE_NOUNS))
_GAP_BEFORE_NAME_RE = re.compile(r"\s\s*(?=[A-Z])")
_WORD_AT_END_RE = re.compile(r"\w+\Z")


def _nouns_then_names(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Return the matches `NOUN_THEN_NAME_RE.finditer` gives in text[start:end], found faster from the gaps before
    capitals: the whole word before a gap, when it is one of the nouns, is where a match starts."""
    if not _ONE_WORD_NOUNS:
        return list(NOUN_THEN_NAME_RE.finditer(text, start, end))
    found: list[re.Match[str]] = []
    for gap in _GAP_BEFORE_NAME_RE.finditer(text, start, end):
        at = gap.start()
        if at - start < 3 or text[at - 3:at] not in _NOUN_ENDS or found and at < found[-1].end():
            continue  # no noun ends here (a cheap test first), or the match before took it
        word = _WORD_AT_END_RE.search(text, max(0, at - _LONGEST_NOUN - 1), at)
        match = NOUN_THEN_NAME_RE.match(text, word.start(), end) if word is not None and word.start() >= start \
            and (not found or word.start() >= found[-1].end()) else None
        if match is not None:
            found.append(match)
    return found


def capital_first(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Rewrite a pattern that opens with a word boundary and a class of capitals (`\\b((?:[A-Z]`) to open with the
    class, the boundary checked behind the capital: the engine then skips fast to a capital, not tries every place."""
    plain = pattern.pattern
    if not plain.startswith(r"\b((?:["):
        raise ValueError(f"{plain[:20]!r} does not open with a boundary and a class of capitals")
    close = plain.index("]", len(r"\b((?:[")) + 1
    return re.compile(plain[2:close] + r"(?<!\w.)" + plain[close:], pattern.flags)


_APPOSITIVE_FAST_RE = capital_first(APPOSITIVE_RE)
"""`APPOSITIVE_RE` (in any alphabet) opening with its capital: the same matches."""


def register_appositives(text: str, start: int, end: int, ctx: Context) -> None:
    """Register the names a text calls a body in an apposition (`Acme, the retailer,`, `the union Unifo`)."""
    for match in _nouns_then_names(text, start, end):
        words = match.group("name").split()
        if words[0].lower() in _COMMON_NOUNS or any(w.lower() in ROLES for w in words[:1]):
            continue
        name = " ".join(words)
        if name not in ctx.kinds and ctx.full_person(name) == name:
            ctx.register_org(name, "inspectorate" if match.group("noun") in ("regulator", "watchdog") else "organisation")
        ctx.also_called(ctx.full_org(name), match.group("noun").lower())
    if text.find(", the ", start, end) < 0 and text.find(", a", start, end) < 0:
        return  # no apposition can start here
    for match in _APPOSITIVE_FAST_RE.finditer(text, start, end):
        following = [w.lower().strip(".,:;") for w in text[match.end():match.end() + 40].split()[:3]]
        following = [w for w in following if w not in FILLER_WORDS][:1]
        if following and following[0] in CUE_VERBS:
            continue  # "..., the association added", "the WSA, the company also reported": a cue's subject
        described = [w.lower().strip(",.;:") for w in text[match.end(1):match.end() + 30].split()[:8]]
        if any(w in ROLES or w in VOICE_ROLES for w in described):
            continue  # "Ann Lee, a spokeswoman for the campaign group,": a person, the group's voice
        if not describes_the_noun(match.group().split()[len(match.group(1).split()) + 1:-1]):
            continue  # "Jo Roe, a volunteer at the charity,": a person, where she works
        words = match.group(1).split()
        while words and words[0].lower() in _COMMON_NOUNS:
            words = words[1:]
        name = " ".join(words)
        if name and name.lower() not in ORG_REFERENCES and not any(w.lower() in ROLES for w in words):
            if name not in ctx.kinds:
                ctx.register_org(name, "organisation")
            ctx.also_called(name, match.group().split()[-1].lower())


def distinct_bodies(names: set[str]) -> set[str]:
    """Return the names that are not another's shorter form (`Staff Alliance`, `the X Alliance` for `X Alliance`)."""
    bare = {name.lower().removeprefix("the ") for name in names}
    return {name for name in bare if not any(other != name and other.endswith(" " + name) for other in bare)}


def _may_be_called(name: str, word: str) -> bool:
    """Say whether a body may be what a reference means: a public body's head names its kind, so a council is never
    `the agency`; a name without such a head (`Harbour Valley Transit`, `Acme Trust` as a charity) may be."""
    head = head_noun(name)
    return word not in PUBLIC_HEADS or head not in PUBLIC_HEADS or _same_head(head, word)


def _may_be_charity(name: str, word: str) -> bool:
    """Say whether a body may be what `the charity` means: a trust or a foundation, but never a public one (an NHS
    trust, a hospital's foundation); any body for any other word."""
    return word != "charity" or not _PUBLIC_MARKERS.intersection(name.lower().split()) or head_noun(name) == "charity"


_PUBLIC_MARKERS: frozenset[str] = PUBLIC_HEADS - {"trust"}
"""Words that make a trust a public body (`NHS`, `hospital`, `council`): never what `the charity` means."""


def _same_head(head: str, word: str) -> bool:
    """Say whether two nouns name the same kind of body: council/Council, inspectors/inspectorate."""
    if head == word or head.rstrip("s") == word.rstrip("s") or head in _HEAD_SYNONYMS.get(word, ()):
        return True
    return len(head) >= 7 and len(word) >= 7 and head[:7] == word[:7] and head[:9] != "councillo" \
        and not word.startswith("councillo")


def speaker_from_region(text: str, start: int, end: int, ctx: Context, record: bool = False) -> Who | None:
    """Resolve who speaks from the words before a cue: full name, kind, where the subject clause starts."""
    start = _past_wire_bracket(text, _past_dateline(text, start, end), end)
    region_end = start + len(text[start:end].rstrip(" ,\u00a0"))
    joint = _joint_subject(text, start, region_end, ctx) if text.find(", and ", start, region_end) >= 0 else None
    if joint is not None:
        return joint  # "the Minister for X, Jo Roe, and the Minister for Y, Tim Ash, said": the two of them
    set_off = text[start:end].rstrip(" \u00a0").endswith(",")  # "X, the regional housebuilder, announces"
    cuts = _clause_cuts(text, start, region_end)
    clause_start = cuts[-1].end() if cuts else start
    described_body = _body_before_descriptor(text, start, region_end, ctx)
    if described_body is not None:
        return described_body  # "Unifo the union said", "Parcelfast, the union, said": the body
    who = None
    if cuts and text[clause_start:region_end].strip().lower() in RELATIVE_PRONOUNS:
        mentions = _antecedent(text, find_mentions(text, start, cuts[-1].start()))  # "Essex's Dave Hill, who said"
        who = (ctx.add(mentions[-1]), _kind(mentions[-1], ctx)) if mentions else None
    bounds = [start] + [cut.end() for cut in cuts]
    ends = [cut.start() for cut in cuts] + [region_end]
    clauses = list(zip(bounds, ends))[::-1]
    clauses = ([c for c in without_descriptions(text, clauses, set_off)
                if not _is_credentials(text[slice(*c)]) and not _is_age(text[slice(*c)])]
               or clauses)[:MAX_CLAUSES]  # "R.N.", "MBA", "Tom Hale, 52, a fisherman,"
    regulates = False
    titled = _titled_document(text, clauses)
    if titled is not None:  # "The report, Cold Homes, Empty Cupboards, reveals": the report, not its title
        clauses = [titled]
    asides = 0  # clauses skipped as asides right before the cue (`, who asked not to be named,`)
    for index, (begin, finish) in enumerate(clauses):
        if who is not None:
            break
        clause = text[begin:finish]
        if 0 < index < len(clauses) - 1 and _is_address(clause, text[slice(*clauses[index + 1])]):
            who = _bare_noun(text[slice(*clauses[0])]) if index else None
            break  # "in Athlone, Co Westmeath, police said": the place never speaks; the noun after it does
        if (_is_participle_clause(clause) or _is_relative_clause(clause) or _is_occasion_clause(clause)
                or origin_apposition(clause)) and index + 1 < len(clauses):  # "X, a 34-year-old from Y, said"
            asides += index == asides
            continue  # "X, which represents staff at the bank, said": X speaks
        if index + 1 < len(clauses) and _describes_a_body(clause) and text[slice(*clauses[index + 1])].split()[-1:] \
                and text[slice(*clauses[index + 1])].split()[-1][:1].isupper():
            regulates = regulates or _describes_a_body(clause) in INSPECTORATE_HEADS | {"regulator", "watchdog"}
            continue  # "Ostra, the energy regulator for Great Britain, found": Ostra, not the place
        if index + 1 < len(clauses) and (index or set_off) and _described(clause.split(), clause.lower().split()) \
                and _ends_with_name(text, *clauses[index + 1], kinds=("org", "person")):
            continue  # "Tarrow Homes plc, the regional housebuilder, announces": the name, not the description  # "Mothers Against Blades, founded in 2019 by Jo Roe, said": the body, not its founder
        if index + 1 < len(clauses) and (_is_role_phrase(clause) and _headed_by_role(clause) or (_is_indefinite(clause)
                                         or voice_apposition(clause)) and _ends_with_name(text, *clauses[index + 1])) \
                and not _is_occasion_clause(text[slice(*clauses[index + 1])]):  # "Speaking on Radio X, Minister Y said"
            who = _speaker_of_clause(text, *clauses[index + 1], ctx, person_only=True)
            if who is not None:
                break  # "Jo Bloggs, chief executive of Acme, said"
        if index + 2 < len(clauses) and _is_role_phrase(text[slice(*clauses[index + 1])]) \
                and _is_one_body(text, begin, finish):
            who = _speaker_of_clause(text, *clauses[index + 2], ctx, person_only=True)
            if who is not None:
                break  # "Ann Roe, deputy chief executive, Acme Providers, said": the person, her role, her body
        who = (_unowned_document(clause, text[slice(*clauses[index - 1])]) if index else None) \
            or _speaker_of_clause(text, begin, finish, ctx)
        after_relative = index > 0 and _is_relative_clause(text[slice(*clauses[index - 1])])
        if who is None and (index == asides or after_relative) and _unnamed_role(clause):
            role = _without_filler(clause)  # "the transport minister has announced": no `has`
            who = _title_holder_named(text, role, ctx) or (role, "person")  # "the council's director of housing told"
        if who is None and index == asides:
            who = _title_only(clause, ctx)  # "..., said the Harbour and Coast Commissioner": its holder
        if who is None and not _skippable(clause):
            break
    if who is None and record:
        focus = ctx.focus_org()
        who = (focus, ctx.kind_of(focus)) if focus else None
    if who and regulates and who[1] == "organisation":
        ctx.kinds[who[0]] = "inspectorate"
        who = who[0], "inspectorate"
    if who is not None and who[1] == "person":
        clause_start = min(clause_start, _clause_naming(text, clauses, who[0]))
    return Who(who[0], who[1], clause_start) if who else None


_DATELINE_LEAD_RE = re.compile(r"[ \t]*[A-Z][A-Z .'\-]{2,30},[^\n\u2014\u2013]{0,40}?\s[-\u2014\u2013]{1,2}\s+")
"""A dateline opening a news lead: `FRANKFORT, Ky. \u2014 `, `DUBLIN, July 28 (Wire) - `."""


def _past_wire_bracket(text: str, start: int, end: int) -> int:
    """Start a speaker's region after a wire's brackets that open it (`(Acme News) - `): the wire never speaks."""
    if text[start:start + 2].strip()[:1] != "(":
        return start  # the common case, tested cheaply
    bracket = _WIRE_LEAD_RE.match(text, start, end)
    return bracket.end() if bracket else start


_WIRE_LEAD_RE = re.compile(r"\s?\([^()\n]{1,40}\)\s?[-\u2013\u2014]{1,2}\s+")
"""A wire's or an outlet's name in brackets and a dash, opening a paragraph (`(Acme News) - `)."""


def _past_dateline(text: str, start: int, end: int) -> int:
    """Start a speaker's region after the dateline that opens it: the place a text was filed from never speaks."""
    if not text[start:start + 2].strip()[:1].isupper() or not text[start:start + 3].strip().isupper():
        return start  # a dateline opens with a place in capitals (a cheap test first)
    dateline = _DATELINE_LEAD_RE.match(text, start, end)
    return dateline.end() if dateline else start


_OCCASION_LEAD_RE = re.compile(r"\s*(?:In|At|On|Speaking|Writing|Responding)\b[^,]{0,60},\s*")
"""Where two people spoke together, before their names (`In a joint statement,`)."""
_JOINING_WORDS: frozenset[str] = frozenset("and the of for a".split())
"""Lower-case words that may stand between two people named as one subject, beside their roles."""


def _joint_subject(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Return two people named as one subject with their roles set off by commas (`the Minister for X, Jo Roe, and the
    Minister for Y, Tim Ash,`) as the two of them; None when anything but roles and names stands between."""
    persons = [m for m in find_mentions(text, start, end) if m.kind == "person"]
    if len(persons) != 2 or " and " not in text[persons[0].end:persons[1].start] \
            or "," not in text[persons[0].end:persons[1].start]:
        return None
    lead = _OCCASION_LEAD_RE.match(text, start, persons[0].start)  # "In a joint statement, ..."
    around = text[lead.end() if lead else start:persons[0].start] + " " + text[persons[0].end:persons[1].start] \
        + " " + text[persons[1].end:end]
    if any(w and w not in _JOINING_WORDS and w not in ROLES and not w[:1].isupper()
           for w in (w.strip(",").lower() if w.strip(",").islower() else w.strip(",") for w in around.split())):
        return None  # "Jo Roe told Tim Ash, the treasurer, and ...": a verb between, no joint subject
    first, second = ctx.add(persons[0]), ctx.add(persons[1])
    pair = f"{first} and {second}"
    ctx.kinds[pair] = "person"
    return Who(pair, "person", start)


def _antecedent(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the names before `who` up to the person it means: `Jo Roe, chief medical officer at Acme Trust, who
    said` is Jo Roe's, the body after her role only where she works."""
    if len(mentions) < 2 or mentions[-1].kind != "org" or text[mentions[-1].end:].lstrip()[:5] != ", who":
        return mentions
    person = mentions[-2]
    between = text[person.end:mentions[-1].start]
    return mentions[:-1] if person.kind == "person" and between.startswith(",") and _is_role_phrase(between[1:]) \
        else mentions


def _clause_naming(text: str, clauses: list[tuple[int, int]], name: str) -> int:
    """Return where the clause before a cue that is a person's name starts (`Sales fell, Jo Roe, the firm's chief
    executive, said`: at `Jo Roe`), so the content before the cue ends before the name."""
    words = name.split()
    for begin, finish in clauses[1:]:
        clause = text[begin:finish].split()
        if words and len(clause) <= len(words) + 2 and clause[-1:] == words[-1:]:
            return begin
    return len(text)


NAME_THEN_DESCRIPTOR_RE = any_script(re.compile(
    r"\s*(?P<name>[A-Z][\w&'\u2019\-]*(?:\s+(?:&\s+)?[A-Z][\w&'\u2019\-]*){0,3}),?\s+(?:the|a|an)\s+"
    r"(?P<describing>(?:[a-z][a-z\-]*\s+){0,3}?)(?P<noun>[a-z]+),?(?:\s+(?:has|have|had)(?:\s+also)?|\s+also)?\s*$"))
"""`Unifo the union`, `Parcelfast, the union,`: a name and, right after it, a common noun saying it is a body."""


_NAME_PREPOSITIONS: frozenset[str] = frozenset(
    "across around throughout within outside inside near beyond under over from for with at in on by to into".split())
"""Capitalised prepositions opening a place before a subject (`Across Wales, the charity said`): no body's name."""


def _body_before_descriptor(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Return the body a subject names before a descriptor of its kind (`Unifo the union said`, `Parcelfast, the
    delivery union, said`), even when the name reads like a person's; never a known person, a day or a role."""
    if text.find(" the ", start, end) < 0 and text.find(" a", start, end) < 0:
        return None  # no descriptor can follow a name here
    begins = [start] + [cut.end() for cut in _CLAUSE_CUT_RE.finditer(text, start, end)]
    match = next(filter(None, (NAME_THEN_DESCRIPTOR_RE.match(text, begin, end) for begin in begins)), None)
    if match is None or match.group("noun") not in _BODY_NOUNS \
            or not describes_the_noun(match.group("describing").split()):
        return None  # "Jo Marsh, a volunteer at the charity, said": a person, where she works
    words = match.group("name").split()
    name = " ".join(words)
    if words[0].lower() in _NAME_PREPOSITIONS or any(w.lower() in NOT_NAMES or w.lower() in ROLES for w in words) or ctx.kinds.get(ctx.full_person(name)) == "person":
        return None  # "Monday the union said", "Ana Moss, the charity, said" of a person named before
    kind = "inspectorate" if match.group("noun") in INSPECTORATE_HEADS | {"regulator", "watchdog"} else "organisation"
    full = ctx.full_org(name)
    if full not in ctx.kinds or ctx.kinds[full] == "person":
        ctx.register_org(full, kind)
    ctx.also_called(full, match.group("noun"))
    return Who(full, ctx.kinds[full], match.start("name"))


_PLACE_BEFORE_RE = any_script(re.compile(r"\b(?:in|at|near|outside|from)\s+[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2}\s*$"))


def _is_address(clause: str, before: str) -> bool:
    """Say whether a clause of capitalised words only goes on with a place the clause before ends in (`in Athlone,
    Co Westmeath,`, `in Leeds, West Yorkshire,`): a county or region, never a speaker."""
    words = clause.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not names_an_organisation(words) \
        and bool(_PLACE_BEFORE_RE.search(before))


def _bare_noun(clause: str) -> tuple[str, str] | None:
    """Return a subject of one or two lower-case words (`gardaí`, `police officers`) as the text's words, unresolved."""
    words = [w for w in clause.split() if w not in FILLER_WORDS]  # "police have said"
    if not 1 <= len(words) <= 2 or not all(w.isalpha() and w.islower() for w in words) \
            or any(w.endswith("ly") or w in DETERMINERS for w in words):
        return None
    return " ".join(words), "unresolved"


def _clause_cuts(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The commas and dashes that end clauses in text[start:end], except inside a name (`Department of A, B and C`)."""
    cuts = list(_CLAUSE_CUT_RE.finditer(text, start, end))
    if not cuts:
        return cuts
    names = [(m.start, m.end) for m in find_mentions(text, start, end) if "," in m.name]
    names += _brackets(text, start, end)  # "Cllr Jo Roe (Lib Dem, Hill ward), who voted against,": one aside
    return [cut for cut in cuts if not any(a <= cut.start() < b for a, b in names)]


_BRACKETS_RE = re.compile(r"\([^()]{1,80}\)")


def _brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the brackets in text[start:end], whose commas end no clause (`(Lib Dem, Hill ward)`)."""
    if text.find("(", start, end) < 0:
        return []
    return [found.span() for found in _BRACKETS_RE.finditer(text, start, end)]


def _titled_document(text: str, clauses: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the clause naming a document when only its title (capitalised words) stands after it."""
    for index, (begin, finish) in enumerate(clauses[1:], start=1):
        words = text[begin:finish].lower().split()
        if 1 <= len(words) <= 4 and words[-1] in DOCUMENT_NOUNS and words[0] in DETERMINERS | {"its", "their"}:
            nearer = " ".join(text[b:f] for b, f in clauses[:index]).split()
            return (begin, finish) if nearer and all(w[:1].isupper() for w in nearer) else None
    return None


def _unnamed_role(clause: str) -> bool:
    """Say whether a clause is a role without a name (`the council's director of housing`)."""
    words = [w.lower().strip("\u2019'") for w in clause.split()]
    first = words[0].removesuffix("\u2019s").removesuffix("'s") if words else ""
    return bool(words) and len(words) <= 8 and (first in DETERMINERS or first != words[0]) \
        and any(w in ROLES and w not in VOICE_ROLES for w in words[1:4])


_SPEAKER_NOUNS: frozenset[str] = ROLES | _REFERENCE_WORDS | ORG_HEADS | VOICE_ROLES | PEOPLE_GROUPS | DOCUMENT_NOUNS


def names_a_speaker(phrase: str) -> bool:
    """Say whether the words after a closing `said` name who speaks (`the company`, `a spokesman for Acme`, `the
    Harbour Commissioner on Monday`), not a clause of content (`the force took 41 minutes to reach calls`)."""
    words = _TRAILING_PHRASE_RE.sub("", phrase.strip()).split()
    if not words or len(words) > 8 or any(ch.isdigit() for ch in phrase):
        return False
    last = words[-1].strip("\u2019'")
    return last[:1].isupper() or last.lower().removesuffix("s") in _SPEAKER_NOUNS or last.lower() in _SPEAKER_NOUNS


_TITLE_LINKS: frozenset[str] = frozenset("and of for".split())


def _title_only(clause: str, ctx: Context) -> tuple[str, str] | None:
    """Return who a capitalised title alone means (`the Police and Crime Commissioner`): its holder named before,
    else the title as the text's words, a person; never the title as a body."""
    words = clause.split()
    if not 2 <= len(words) <= 7 or words[0].lower() != "the" or words[-1].lower() not in ROLES \
            or words[-1].lower() in VOICE_ROLES:
        return None
    if not all(w[:1].isupper() or w in _TITLE_LINKS for w in words[1:]) or words[-1].lower() in ORG_HEADS:
        return None
    holder = ctx.titles.get(words[-1].lower()) or title_holder(ctx.text, " ".join(words[1:]))
    return (holder, "person") if holder else (" ".join(words), "person")


def _without_filler(clause: str) -> str:
    """Return a clause's words without the filler between a subject and its cue (`the minister has` -> `the
    minister`)."""
    words = clause.split()
    while len(words) > 1 and words[-1].lower() in FILLER_WORDS:
        words.pop()
    return " ".join(words)


@functools.lru_cache(maxsize=64)
def _titled_names(text: str, title: str) -> frozenset[str]:
    """Return the names a text writes right after a title, in any case (`Floods Minister Rachel Roe`), once per
    text and title."""
    pattern = r"[ \t]+".join(re.escape(w) for w in title.split())
    return frozenset(" ".join(m.group("name").split()) for m in re.finditer(
        rf"\b(?i:{pattern})[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][\w'\u2019\-]+){{1,2}})", text)
        if is_person_name(m.group("name")))


def _title_holder_named(text: str, clause: str, ctx: Context) -> tuple[str, str] | None:
    """Return the one person the text names with this title before their name (`the floods minister` for `Floods
    Minister Rachel Ibbotson`, before or after), else None: two holders or none leave the text's words."""
    words = clause.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or not all(w.isalpha() for w in words[1:]):
        return None
    holders = {ctx.full_person(name) for name in _titled_names(text, " ".join(words[1:]).lower())}
    if len(holders) != 1:
        return None
    holder = holders.pop()
    ctx.kinds.setdefault(holder, "person")
    return holder, "person"


TITLE_HOLDER_RE = any_script(re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'\u2019\-]+){1,2}),?[ \t]+(?:(?:is|was|has[ \t]+been)[ \t]+)?the[ \t]+"
    r"(?P<title>[A-Z][a-z]+(?:[ \t]+(?:(?:and|of|for)[ \t]+)?[A-Z][a-z]+){0,4})\b"))
"""`Dana Holt is the Police and Crime Commissioner`, `Dana Holt, the Police and Crime Commissioner,`: who holds a
title the text writes with capitals."""


@functools.lru_cache(maxsize=64)
def title_holder(text: str, title: str) -> str | None:
    """Return the one person a text says holds a capitalised title, else None (nobody, or two people)."""
    if text.find(title) < 0:
        return None
    names = {m.group("name") for m in TITLE_HOLDER_RE.finditer(text) if f"{m.group('title')} ".startswith(f"{title} ")
             and is_person_name(m.group("name"))}  # "the Police and Crime Commissioner for Wexdale" holds it too
    return names.pop() if len(names) == 1 else None


def _skippable(clause: str) -> bool:
    """Say whether a clause may stand between a subject and its cue: a relative, an apposition, `published today`."""
    words = clause.lower().split()
    return not words or len(words) <= 3 or words[0] in _SKIPPABLE_STARTS or words[0].endswith("ed") \
        or _is_role_phrase(clause)


OCCASION_PARTICIPLES: frozenset[str] = frozenset(
    "speaking writing commenting responding addressing appearing talking giving presenting answering".split())
"""Participles of an aside on where a speaker spoke (`Jo Roe, speaking at the firm's AGM, said`)."""


def _is_occasion_clause(phrase: str) -> bool:
    """Say whether a clause only tells where or how the speaker before it spoke (`speaking at the AGM`)."""
    words = phrase.split()
    return bool(words) and words[0].lower() in OCCASION_PARTICIPLES


def _is_participle_clause(phrase: str) -> bool:
    """Say whether a clause is a past participle's apposition (`founded in 2019 by X`, `led by X`)."""
    words = phrase.split()
    return len(words) >= 3 and words[0].endswith("ed") and words[0].islower() and " by " in phrase \
        and words[0] not in _PUBLISHING_VERBS


def _unowned_document(clause: str, nearer: str) -> tuple[str, str] | None:
    """Resolve `Figures for March, published last month, showed`: a document set off by a publishing participle
    without its agent speaks as itself; the body in focus did not publish it."""
    after = nearer.lower().split()
    if not after or after[0] not in _PUBLISHING_VERBS or "by" in after:
        return None
    raw = clause.split()
    words = _document_head([w.lower().strip("\u2019'") for w in raw])
    if not 1 <= len(words) <= 4 or words[-1] not in DOCUMENT_NOUNS or any(w.endswith("'s") for w in words):
        return None
    if words[0] in DETERMINERS and words[0] not in ("a", "an"):
        return None  # "The report, published on Thursday," is the report the text spoke of: its owner's
    return " ".join(raw[1 if words[0] in DETERMINERS else 0:]), "document"


def _is_relative_clause(clause: str) -> bool:
    """Say whether a clause is a relative one set off by commas (`which represents staff at the bank`)."""
    words = clause.split()
    return len(words) >= 2 and words[0] in ("who", "which", "whose")


def _is_credentials(clause: str) -> bool:
    """Say whether a clause is only the letters written after a name (`R.N.`, `PhD`, `MBE`)."""
    words = clause.split()
    return bool(words) and len(words) <= 3 and all(w.replace(".", "").lower() in POST_NOMINALS and w[:1].isupper()
                                                   for w in words)


def _is_age(clause: str) -> bool:
    """Say whether a clause is only a person's age set off after the name (`Tom Hale, 52, said`)."""
    return clause.strip().isdigit() and len(clause.strip()) <= 3


_TRAILING_BRACKETS_RE = re.compile(r"\s*\([^()]{0,80}\)\s*$")


def _ends_with_name(text: str, start: int, end: int, kinds: tuple[str, ...] = ("person",)) -> bool:
    """Say whether a clause ends with a name of a kind (`County Commissioner Frank DiNapoli`, `Acme plc ("Acme")`)."""
    brackets = _TRAILING_BRACKETS_RE.search(text, start, end)
    end = brackets.start() if brackets else end
    found = find_mentions(text, max(start, end - 80), end) if start < end else []
    return bool(found) and found[-1].kind in kinds and not text[found[-1].end:end].strip()


_PLACE_LINKS: frozenset[str] = frozenset("for in of at across serving covering".split())


def _describes_a_body(clause: str) -> str:
    """Return the head of a body's description with a place (`the energy regulator for Great Britain`), else ``."""
    words = clause.split()
    if len(words) < 3 or words[0].lower() not in ("the", "a", "an"):
        return ""
    for word, following in zip(words[1:5], words[2:6]):
        if word.islower() and (word in _REFERENCE_WORDS or word in ORG_HEADS) and following in _PLACE_LINKS:
            return word
    return ""


def _is_indefinite(phrase: str) -> bool:
    """Say whether a clause opens with `a` or `an`, as an apposition does (`X, a Republican, said`)."""
    return phrase.split()[:1] in (["a"], ["an"])


def _is_one_body(text: str, start: int, end: int) -> bool:
    """Say whether a clause is one body's name and nothing else (`Acme Providers`)."""
    begin, finish = strip_span(text, (start, end))
    mentions = find_mentions(text, begin, finish)
    return len(mentions) == 1 and mentions[0].kind == "org" and (mentions[0].start, mentions[0].end) == (begin, finish)


def _is_role_phrase(phrase: str) -> bool:
    """Say whether words are a role (`chief executive of Acme`, `the trust's director`), not a name."""
    words = [w.lower().strip("\u2019'") for w in phrase.split()]
    if words and words[0] in ("of", "from"):
        return True  # "Tom Aske, of the Save the River group, said"
    return any(w in ROLES for w in words[:4]) and not any(w in VOICE_ROLES for w in words[:4])


_ROLE_LINKS: frozenset[str] = frozenset("of for at from with in".split())


def _headed_by_role(clause: str) -> bool:
    """Say whether a clause's head is a role (`chief executive of Acme`, `the trust's director`), not a noun a title
    word only describes (`the national forecaster`)."""
    words = [w.lower().strip("\u2019'.,") for w in clause.split()]
    head = next((i for i, w in enumerate(words) if w in _ROLE_LINKS), len(words)) - 1
    return head < 0 or words[head].removesuffix("'s").removesuffix("\u2019s") in ROLES


def _speaker_of_clause(text: str, start: int, end: int, ctx: Context,
                       person_only: bool = False) -> tuple[str, str] | None:
    """Resolve the subject that ends right before a cue: a pronoun, a reference, a document or a name."""
    raw = text[start:end].split()[-MAX_SUBJECT_WORDS:]
    words = [w.lower().strip("\u2019'\".,") for w in raw]
    while words and (words[-1] in FILLER_WORDS or (words[-1].endswith("ly") and len(words) > 1)):
        words.pop()  # "the union strongly refutes", "the council today said"
        raw.pop()
    if not words or words[0] in QUANTIFIERS:
        return None  # "Each supplier reported": no one party speaks
    if words[0] in ("one", "another") and len(words) <= 4 and all(w.isalpha() for w in words):
        return " ".join(raw), "unresolved"  # "One neighbouring trust said": not the trust named before
    mentions = without_affiliation(text, _before_brackets(text, end, find_mentions(text, start, end)))
    if mentions and FILING_HINT_RE.search(text, max(0, start - 60), end):
        mentions = [m for m in mentions if not _filed_at(text, m)]  # "filed at Companies House"
    if mentions and mentions[-1].start > start and _received(text, mentions[-1]):
        return _giver(text, start, mentions[-1], ctx)  # "a report the police presented to the council"
    if person_only:
        persons = [m for m in mentions if m.kind == "person"]
        name = ctx.add(persons[-1]) if persons else None
        return (name, "person" if ctx.kinds.get(name, "person") == "person" else ctx.kind_of(name)) if name else None
    if len(words) >= 3 and words[0] in PUBLIC_GROUPS and words[1] in ("of", "at", "from", "in"):
        return (" ".join(raw), "unresolved") if _people_phrase(text, end, words) else None  # "Supporters of the union said"
    if len(words) >= 3 and words[0] in PEOPLE_GROUPS and _describes_people(words[1]):
        return raw[0], "unresolved"  # "Campaigners fighting an expansion of X Airport said": people, never X
    nearest = _nearest_reference(words, ctx) if raw[-1][:1].islower() else None
    return _role_after_body(text, end, words, mentions, ctx) or _pronoun(words, ctx) or _voice(text, start, end, words, mentions, ctx) or _titled(words, mentions, ctx) \
        or _our_document(words, ctx) \
        or _document_source(raw, words, mentions, ctx) or _case(text, words, mentions, ctx) \
        or _body_modifier_document(raw, words, ctx) or _named_rule(raw, words) or _document(words, mentions, ctx) \
        or unnamed_group(raw, words) or nearest \
        or _named(mentions, words, ctx) or _known_name(raw, ctx) \
        or _reference(words, ctx) or _bare_name(text, start, end, words, ctx) or _body_people(raw, words, ctx) \
        or _lower_case_name(raw, words, ctx) or _own_people(words, ctx) or _described(raw, words)


CLOCK_WORDS: frozenset[str] = load_words("clock_words")
"""Words after a clock time (`PM`, `EST`): a name made only of them is a time."""
NAMED_RULE_HEADS: frozenset[str] = load_words("named_rule_heads")
"""Last words of the names of rules, principles, programmes and schemes: such a name never speaks."""

_QUOTE_MARKS = "\"\u201c\u201d"


def _named_rule(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Keep a named rule or scheme (`the Achieving Excellence programme`, `the "Fair Rent Pledge"`) from speaking:
    unresolved, with the text's words."""
    if words[-1] not in NAMED_RULE_HEADS and raw[-1][-1:] not in _QUOTE_MARKS:
        return None  # the common case, tested cheaply
    first = _first_determiner(words)
    phrase = raw[first:]
    named = [w for w in phrase if w.lower() not in DETERMINERS]
    if not named or first > 1 or raw[-1].endswith(",") \
            or not all(w.strip(_QUOTE_MARKS)[:1].isupper() for w in named[:-1]):
        return None  # only a whole subject: "The lawsuit, filed under the X Act, says" is the lawsuit's
    quoted = phrase[0].lstrip("\u2018'").startswith(tuple(_QUOTE_MARKS)) or named[0][:1] in _QUOTE_MARKS
    owned = any(w.endswith(("'s", "\u2019s", "s'")) for w in named)
    ruled = words[-1] in NAMED_RULE_HEADS and len(named) >= 2 and not owned
    if not (ruled or quoted and raw[-1][-1:] in _QUOTE_MARKS):
        return None
    return " ".join(phrase), "unresolved"


_PEOPLE_DESCRIBERS: frozenset[str] = frozenset("who opposed against behind living based".split())


def _describes_people(word: str) -> bool:
    """Say whether a word after a plural noun for people describes them (`fighting`, `who`, `opposed`): the names
    after it are what they fight or where they live, never who speaks."""
    return word in _PEOPLE_DESCRIBERS or word.endswith("ing") and len(word) > 4


FILED_AT_RE = any_script(re.compile(r"(?:\b(?:filed|lodged|registered|submitted|deposited|heard|brought|laid)\b[^,.;]{0,40}?\b"
                         r"(?:in|at|with|to|before)|\b(?:in|at|before)(?=\s+(?:the\s+)?[A-Z][^,.;]{0,40}\b(?:Court|Tribunal)\b))"
                         r"\s+(?:the\s+)?$"))
"""`filed at`, `lodged with`, `in the ... Court`: the words before a registry or a court a document went to."""
FILING_HINT_RE = re.compile(initial_alternation("filed lodged registered submitted deposited heard brought laid".split())
                            + r"\b|Court|Tribunal")
"""A word that may make a name only where a document went (`filed at X`, `the High Court`): checked once a clause."""
_FILING_WORDS: frozenset[str] = frozenset("filed brought lodged launched opened published released issued".split())


def _filed_at(text: str, mention: Mention) -> bool:
    """Say whether a body is only where a document was filed or heard (`filed at Companies House`, `in the High
    Court`): it never speaks for the document."""
    return FILED_AT_RE.search(text, max(0, mention.start - 60), mention.start) is not None


def _case(text: str, words: list[str], mentions: list[Mention], ctx: Context) -> tuple[str, str] | None:
    """Resolve a case or an inquiry that speaks (`the lawsuit filed by X states`, `The investigation found`): the body
    that brought it, the one the text said brought it before, the inspectorate in focus for an inquiry, else the
    text's words, unresolved; never the body in focus."""
    if CASE_NOUNS.isdisjoint(words):
        return None
    at = next((i for i, w in enumerate(words) if w in CASE_NOUNS), None)
    if at is None or at and not (words[at - 1] in DETERMINERS or words[at - 1].endswith("'s")) \
            or any(m.kind == "person" for m in mentions):
        return None
    noun = words[at]
    agent = words[at + 1] in _FILING_WORDS and "by" in words[at + 2:at + 4] if at + 1 < len(words) else False
    orgs = [m for m in mentions if m.kind == "org"]
    if agent and orgs or orgs and at > 0 and words[at - 1].endswith("'s"):
        name = ctx.add(orgs[0])  # "the lawsuit filed by the Harbour Office", "the Office's inquiry"
        ctx.owners[noun] = (name, ctx.kind_of(name))
        return ctx.owners[noun]
    if at < len(words) - 1 or orgs:
        return None  # "the complaint of a resident": not the case speaking
    if noun in ctx.owners:
        return ctx.owners[noun]
    author = ctx.publisher(noun)
    if author is not None:
        return author, ctx.kind_of(author)  # "The inquiry, chaired by Judge Jo Roe, ... The inquiry found"
    judge = ctx.focus_org("inspectorate") if noun in ("investigation", "inquiry", "probe") else None
    if judge is not None:
        return judge, "inspectorate"
    phrase = " ".join(words[_first_determiner(words):])
    ctx.kinds.setdefault(phrase, "unresolved")
    return phrase, "unresolved"


def _our_document(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a document or an inquiry the narration calls `our` (`Our investigation found`, `our latest figures
    show`): the body that writes the text, named on its first line (a letterhead, a masthead), else the first that
    spoke in it; None when there is neither."""
    if len(words) > 4 or words[:1] != ["our"] or words[-1] not in DOCUMENT_NOUNS | CASE_NOUNS:
        return None
    writer = _top_line_body(ctx) or (ctx.org_speakers[0] if ctx.org_speakers else None)
    return (writer, ctx.kind_of(writer)) if writer else None


def _top_line_body(ctx: Context) -> str | None:
    """Return the body the text's first line names (`News | Data Rights Office`, a letterhead): who wrote it."""
    body = _first_line_body(ctx.text)
    return ctx.add(body) if body is not None else None


@functools.lru_cache(maxsize=4)
def _first_line_body(text: str) -> Mention | None:
    """Return the last body named on a text's first line, once per text."""
    first = text.lstrip()
    offset = len(text) - len(first)
    line_end = offset + len(first.split("\n", 1)[0])
    bodies = [m for m in find_mentions(text, offset, line_end) if m.kind == "org"]
    return bodies[-1] if bodies else None


def _first_determiner(words: list[str]) -> int:
    """Return where the last noun phrase of words starts (its last determiner)."""
    return max((i for i, w in enumerate(words) if w in DETERMINERS), default=0)


MAX_PEOPLE_PHRASE_WORDS = 6
"""A group of people named as a subject (`Supporters of the Acme union`) is short."""


def _people_phrase(text: str, end: int, words: list[str]) -> bool:
    """Say whether a subject opening with people (`Residents of X`) is a noun phrase that speaks, not a clause that
    did something first (`Residents of X waited 9 hours and said`): short, no figure, not coordinated."""
    coordinated = re.search(r"\s(?:and|but)\s*$", text[max(0, end - 6):end]) is not None
    return not coordinated and len(words) <= MAX_PEOPLE_PHRASE_WORDS and not any(w[:1].isdigit() for w in words)


_DETERMINER_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")


def _known_name(raw: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject ending in a name the text registered as a body, though no rule reads it as one
    (`River Watch`, which the text called a campaign group)."""
    for size in (3, 2):
        name = " ".join(raw[-size:]).removesuffix("'s").removesuffix("\u2019s")
        if len(raw) >= size and ctx.kinds.get(name) in ("organisation", "inspectorate") \
                and all(w[:1].isupper() for w in raw[-size:]):
            return name, ctx.kinds[name]
    return None


def _before_brackets(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """Drop the names in brackets closing a subject after a person (`Cllr Jo Roe (Labour)`): the person speaks."""
    if not text[max(0, end - 8):end].rstrip().endswith(")"):
        return mentions
    brackets = _TRAILING_BRACKETS_RE.search(text, max(0, end - 90), end)
    if brackets is None:
        return mentions
    before = [m for m in mentions if m.end <= brackets.start()]
    return before if before and before[-1].kind == "person" else mentions


def _role_after_body(text: str, end: int, words: list[str], mentions: list[Mention],
                     ctx: Context) -> tuple[str, str] | None:
    """Resolve a role after a body's name (`the Larkway Transport chairman`): the person titled so, else the
    text's words, unresolved; never the body."""
    if not mentions or mentions[-1].kind != "org" or mentions[-1].possessive or words[-1] in VOICE_ROLES:
        return None
    after = text[mentions[-1].end:end].lower().split()
    if not after or not all(w in ROLES and w not in VOICE_ROLES for w in after):
        return None
    if after[-1] in ctx.titles:
        return ctx.titles[after[-1]], "person"
    article = _DETERMINER_BEFORE_RE.search(text, max(0, mentions[-1].start - 5), mentions[-1].start)
    phrase = " ".join(text[article.start() if article else mentions[-1].start:end].split())
    return phrase[:1].lower() + phrase[1:] if article else phrase, "unresolved"


def _described(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Keep an unnamed subject in the text's words, unresolved (`In a statement, the city said`): never a guess."""
    if len(words) == 1 and words[0] in PEOPLE_GROUPS:
        return raw[0], "unresolved"  # "Analysts said": people, no party
    if len(words) == 2 and words[1] in PEOPLE_GROUPS and words[0].isalpha() and words[0] not in ORG_HEADS \
            and words[0] not in DETERMINERS:
        return " ".join(raw), "unresolved"  # "Opposition parties said": people, no one party
    if not 2 <= len(words) <= 4 or words[0] not in ("the", "a", "an") or words[-1] in ROLES:
        return None
    if not all(w.isalpha() and (w.islower() or w.lower() in NOT_NAMES) for w in raw[1:]):
        return None  # a name, a possessive or a figure: not a plain description ("a GP practice" is one)
    return " ".join(raw), "unresolved"


def _own_people(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a bare plural for a body's people (`officers say`) to the body the text named them of (`X's planning
    officers`), else None."""
    body = ctx.people_of.get(words[-1]) if len(words) == 1 else None
    return (body, ctx.kind_of(body)) if body is not None else None


def _body_people(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `Airport officials`, `council officers`: the body the text names by that head, else the words,
    unresolved (`Council tenants` are no body's people)."""
    if len(words) != 2 or words[1] not in BODY_PEOPLE or words[0] not in ORG_HEADS:
        return None
    found = ctx.resolve_reference(words[0])
    if found is not None and (_same_head(head_noun(found), words[0]) or words[0] in common_names(found)):
        return ctx.full_org(found), ctx.kind_of(found)
    return " ".join(raw), "unresolved"


def _lower_case_name(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a body's name written in lower case (`the department for communities said`): the body the text
    named so with capitals, else the text's words, unresolved."""
    starts = [i for i in range(len(words) - 3) if words[i] == "the" and words[i + 1] in ORG_HEADS
              and words[i + 2] in ("for", "of")]
    if not starts or not all(w.isalpha() and w.islower() for w in raw[starts[-1] + 1:]):
        return None
    phrase = " ".join(words[starts[-1] + 1:])
    known = [name for name in ctx.kinds if name.lower() == phrase and ctx.kinds[name] != "unresolved"]
    return (known[0], ctx.kind_of(known[0])) if known else (" ".join(raw[starts[-1]:]), "unresolved")


def _nearest_reference(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a reference right before the cue (`after the industry regulator found`) before any name."""
    if words[-1] in ORG_HEADS and words[-1] not in _REFERENCE_WORDS:
        return _new_body(words)  # "after an independent regulatory commission found": not a name before it
    if words[-1] not in _REFERENCE_WORDS:
        return None
    if words[-1] in INSPECTORATE_HEADS and words[-1].endswith("s"):
        return _reference(words[-1:], ctx)  # "... after inspectors found": the inspectorate
    for back in range(2, min(5, len(words) + 1)):
        if words[-back] in DETERMINERS:
            return _reference(words[-back:], ctx)
    return None


def _new_body(words: list[str]) -> tuple[str, str] | None:
    """Return a body the text introduces without a name right before a cue (`an independent regulatory commission`), in
    the text's words, unresolved; None when no `a` or `an` opens it within four words."""
    for back in range(2, min(5, len(words) + 1)):
        if words[-back] in ("a", "an"):
            return " ".join(words[-back:]), "unresolved"
        if words[-back] in DETERMINERS:
            return None
    return None


def _kind(mention: Mention, ctx: Context) -> str:
    """Return the speaker kind of a registered mention."""
    return "person" if mention.kind == "person" else ctx.kind_of(ctx.full_org(mention.name))


def _one_unnamed_person(words: str) -> bool:
    """Say whether a speaker's words describe one person without a name (`One parent`, `a neighbour`), not a body, a
    document or a group (`the charity`, `the report`, `Residents`)."""
    parts = words.lower().split()
    return len(parts) >= 2 and parts[0] in ("one", "a", "an", "another") and parts[-1] not in _REFERENCE_WORDS \
        and parts[-1] not in ORG_HEADS and parts[-1] not in DOCUMENT_NOUNS and parts[-1] not in VOICE_ROLES \
        and not parts[-1].endswith("s")


def _pronoun(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `he`, `she`, `it`, `they` at the end of the subject."""
    last = words[-1]
    unnamed = ctx.unnamed_person() if last in PERSON_PRONOUNS else None
    if unnamed is not None:
        return unnamed, "unresolved"  # "One parent said ... She said": the same parent, no one named
    person = ctx.person_for_pronoun() if last in PERSON_PRONOUNS else None
    if person:
        return person, "person" if person != ctx.voice else ctx.kind_of(person)
    pair = ctx.last_speaker_words or ""
    if last == "they" and ctx.last_kind == "person" and " and " in pair:
        return pair, "person"  # "Jo Roe and Tim Ash said ... They said": the two of them
    if last == "they" and ctx.last_kind not in ("organisation", "inspectorate"):
        group = ctx.last_speaker_words if ctx.last_kind == "unresolved" and ctx.last_speaker_words else ""
        if group.split()[-1:] and group.split()[-1].lower() in PEOPLE_GROUPS:
            return group, "unresolved"  # "Opposition councillors said ... They said": the same people
        return last, "unresolved"  # "they" after a person or a group: people, not a body we can name
    if last == "it" and ctx.last_kind == "document" and ctx.last_document:
        return ctx.last_document, "document"  # "A survey found ... It concluded that": the survey
    if last == "it" and len(words) == 1 and ctx.subject and ctx.subject[1] == ctx.block:
        return ctx.subject[0], ctx.kind_of(ctx.subject[0])  # the body that opened the sentence before
    if last in ORG_PRONOUNS:
        focus = ctx.focus_org()
        if focus and ctx.other_org:
            return last, "unresolved"
        if focus and not ctx.org_speakers and ctx.last_org and ctx.last_org != focus:
            return last, "unresolved"
        return (focus, ctx.kind_of(focus)) if focus else (last, "unresolved")
    return None


def _voice(text: str, start: int, end: int, words: list[str], mentions: list[Mention],
           ctx: Context) -> tuple[str, str] | None:
    """Resolve `a spokeswoman for the trust`, `its spokesman`, `the council's spokesperson`: the body speaks."""
    joined = " ".join(words)
    if not any(role in joined for role in VOICE_ROLES):
        return None
    persons = [m for m in mentions if m.kind == "person"]
    role_at = max(text.lower().rfind(role, start, end) for role in VOICE_ROLES)
    if persons and (persons[-1].start > role_at or " for " in text[start:persons[-1].start]
                    or persons[-1].title in VOICE_ROLES):
        return ctx.add(persons[-1]), "person"  # "a spokesperson for Mayor Jo Bloggs", "spokesperson Eilis Doran"
    orgs = [m for m in mentions if m.kind == "org"]
    name = ctx.add(orgs[-1]) if orgs else _name_before_role(text, start, end, ctx) or _body_after_voice(text, role_at, end, ctx)
    who = (name, ctx.kind_of(name)) if name else None
    for index, word in enumerate(words):
        base = word.removesuffix("'s").removesuffix("\u2019s")
        named_head = base in ORG_HEADS and index > 0 and words[index - 1] in DETERMINERS  # "for the hospital"
        if who is None and index > 1 and words[index - 1] == "the" and words[index - 2] == "for" \
                and base in ctx.titles and base not in VOICE_ROLES:
            who = ctx.titles[base], "person"  # "a spokesperson for the Minister": the minister the text named
        if who is None and (base in ORG_REFERENCES or base in INSPECTORATE_HEADS or named_head):
            who = _reference(words[:index] + [base], ctx)  # "a spokeswoman for the trust"
            who = None if who and who[1] == "unresolved" else who  # "a force spokesperson", no force named
    who = who or _unnamed_voice(words, ctx)
    if who is not None:
        ctx.voice, ctx.speaker_block = who[0], ctx.block  # her "she said" is the body's too
    return who


_VOICE_FOR_NAME_RE = any_script(re.compile(r"[a-z]+\s+(?:for|at)\s+(?:the\s+)?(?P<name>[A-Z][\w&'\u2019\-]*(?:\s+(?:(?:of|for|and|&)\s+)?"
                                r"[A-Z][\w&'\u2019\-]*){0,5})\s*$"))
"""A voice role, `for` or `at`, and a capitalised name ending the words: `a spokesperson for Brevanto`."""


_NAME_LINK_WORDS: frozenset[str] = frozenset("of for and &".split())


def _body_after_voice(text: str, role_at: int, end: int, ctx: Context) -> str | None:
    """Return the capitalised name after `a spokesperson for` as a body, registered (`a spokesperson for Brevanto`,
    `a spokesman for Borough of Kestle`): a voice speaks for a body, whatever its name's form; None for a person."""
    found = _VOICE_FOR_NAME_RE.match(text, role_at, end) if role_at >= 0 else None
    if found is None or classify(found.group("name"), 0) is not None:
        return None  # no name, or one whose words already say what it is (a person's, or a body's found before)
    name = found.group("name")
    common = ROLES | ORG_HEADS | ORG_REFERENCES | NOT_NAMES | _NAME_LINK_WORDS
    if name.split()[0].lower() in SENTENCE_STARTERS or all(w.lower() in common for w in name.split()):
        return None  # "a spokesperson for the Department", "for the Police and Crime Commissioner": a post or a noun
    ctx.register_org(name, "organisation")
    return name


def _unnamed_voice(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a spokesperson for no named body: `its spokesman` is the body in focus; `a spokesperson`,
    `a garda spokesperson` keep the text's words, unresolved, rather than a guess."""
    starts = [i for i, w in enumerate(words) if w in DETERMINERS]
    tail = words[starts[-1]:] if starts else words
    if tail[0] == "the" and len(tail) == 2 and ctx.voice and ctx.block - ctx.speaker_block <= 1:
        return ctx.voice, ctx.kind_of(ctx.voice)  # "A Marl Bank spokesperson said ... The spokesperson said"
    if "its" in words or "their" in words:
        focus = ctx.focus_org()
        return (focus, ctx.kind_of(focus)) if focus else None
    named = _body_of_word(words, ctx)
    if named is not None:
        return named, ctx.kind_of(named)  # "a garda spokesperson" after "An Garda Síochána"
    recent = ctx.recent_body() if tail[0] in ("a", "an") and len(tail) == 2 else None
    if recent is not None:
        return recent, ctx.kind_of(recent)  # "Acme Water hit back. A spokesman said": Acme's spokesman
    phrase = " ".join(words[starts[-1]:] if starts else words[-2:])
    ctx.kinds.setdefault(phrase, "unresolved")
    return phrase, "unresolved"


def _body_of_word(words: list[str], ctx: Context) -> str | None:
    """Return the one body named before whose name holds a modifier of a voice (`a garda spokesperson` for
    `An Garda Síochána`), or the one party the text named (`a party spokesperson`), else None."""
    if "party" in words[:-1]:
        return ctx.resolve_reference("party")
    for word in words[:-1]:
        if len(word) >= 4 and word.isalpha() and word not in DETERMINERS:
            owners = [name for name in ctx.orgs if word in name.lower().split()]
            if len(owners) == 1:
                return owners[0]
            spoken = {name for name in owners if name in ctx.org_speakers}
            if len(owners) > 1 and len(spoken) == 1:
                return spoken.pop()  # "a St. Adrian spokesperson": the one St. Adrian body that has spoken
    return None


_BEFORE_ROLE_RE = any_script(re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&\-]*(?:['\u2019]s)?\s+){1,3}?)(?:%s)\b"
                             % "|".join(sorted(VOICE_ROLES))))


def _name_before_role(text: str, start: int, end: int, ctx: Context) -> str | None:
    """Return the body named right before a voice role (`A Pellings spokesman`), registered."""
    match = _BEFORE_ROLE_RE.search(text, start, end)
    if match is None:
        return None
    name = match.group(1).strip()
    if name.lower() in NOT_NAMES:
        return None
    name = _first_words_of(name, ctx)  # "a Voltaire spokesperson" after "Voltaire Energy"
    if name not in ctx.kinds:
        ctx.register_org(name, "organisation")
    return name


def _titled(words: list[str], mentions: list[Mention], ctx: Context) -> tuple[str, str] | None:
    """Resolve an unnamed role (`the council's director of housing`) to the person titled so before."""
    if any(m.kind == "person" for m in mentions) or words[0] not in DETERMINERS and not words[0].endswith("'s"):
        return None
    for word in words[1:4]:
        if word in ctx.titles:
            return ctx.titles[word], "person"
    return None


_PUBLISHED: frozenset[str] = frozenset("published released issued compiled produced".split())
"""Participles after a document's noun that go on to name its publisher: `an audit released Monday by X`."""
_AFTER_DOCUMENT: frozenset[str] = frozenset("of by from into on for to".split())
"""Words after a document's noun that end its head: `the survey of 3,100 users`, `a report to its cabinet`."""
_YEAR_RE = re.compile(r"(?:19|20)\d\d(?:[/\-\u2013](?:\d\d){1,2})?")
"""A year or a financial year after a document's title: `Winter Review 2025`, `Annual Report 2024/25`."""


def _document_head(words: list[str]) -> list[str]:
    """Cut a document's phrase at its noun: `the charity's survey of 3,100 users` -> `the charity's survey`,
    `an audit released Thursday by X` -> `an audit`."""
    if len(words) >= 2 and words[-2] in DOCUMENT_NOUNS and _YEAR_RE.fullmatch(words[-1]):
        return words[:-1]  # "the agency's Winter Review 2025", "its Annual Report 2024/25"
    for index in range(len(words) - 2, -1, -1):
        published_by = words[index + 1] in _PUBLISHED and ("by" in words[index + 2:index + 5]
                                                           or describes_when(words, index + 1))  # "published on Monday"
        if words[index] in DOCUMENT_NOUNS and (words[index + 1] in _AFTER_DOCUMENT or published_by):
            return words[:index + 1]
        if words[index] in DOCUMENT_NOUNS and words[index + 1] in _PUBLISHING_VERBS and "by" not in words[index:] \
                and words[0] in ("a", "an"):
            return words[:index + 1]  # "a progress report published on Friday"
    return words


def _document_source(raw: list[str], words: list[str], mentions: list[Mention],
                     ctx: Context) -> tuple[str, str] | None:
    """Resolve a document of a source no name gives: `the results of this year's National Learner
    Survey` speaks as the named survey; `figures from the county's transport panel` are the panel's,
    a body named before or else the text's words, unresolved; never the body in focus."""
    cut = next((i for i in range(len(words) - 2) if words[i] in DOCUMENT_NOUNS and words[i + 1] in ("of", "from")),
               None)
    if cut is None or any(m.kind in ("org", "person") for m in mentions):
        return None
    tail_raw, tail = raw[cut + 2:], words[cut + 2:]
    if 1 <= len(tail_raw) <= 3 and all(w[:1].isupper() and w.isalpha() and w.lower() not in _COMMON_NOUNS
                                        for w in tail_raw):
        name = _first_words_of(" ".join(tail_raw), ctx)  # "data from Kantar show": a body no head noun names
        if name not in ctx.kinds:
            ctx.register_org(name, "organisation")
        return name, ctx.kind_of(name)
    if tail[-1] in DOCUMENT_NOUNS and tail_raw[-1][:1].isupper():
        title = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(tail_raw)))[::-1]
        return " ".join(title), "document"  # "this year's National Learner Survey"
    if tail[-1] not in ORG_HEADS or not (tail[0] in DETERMINERS or tail[0].endswith("'s")) \
            or not all(w.islower() for w in tail_raw):
        return None
    found = _reference(tail, ctx)
    return found if found and found[1] != "unresolved" else (" ".join(tail_raw), "unresolved")


def _document(words: list[str], mentions: list[Mention], ctx: Context) -> tuple[str, str] | None:
    """Resolve a document that speaks: `the trust's annual report`, `its figures`, `the report`."""
    head = _document_head(words)
    if len(head) < len(words) and words[len(head)] in _PUBLISHED and head[-1] in DOCUMENT_NOUNS \
            and "by" in words[len(head):]:
        owner = ctx.publisher(head[-1])  # "an audit released by the auditor general": its publisher, or no one
        return (owner, ctx.kind_of(owner)) if owner else None
    unowned = _released_unowned(words)
    if unowned is not None:
        ctx.owners[unowned[0].split()[0]] = unowned  # "The figures show" later: these figures again
        return unowned
    words = head
    if words[-1] not in DOCUMENT_NOUNS or words[0].endswith("ed") or words[0] in _PLACE_PREPOSITIONS:
        return None  # "welcomed the survey but said": a verb's object, not a subject
    if not _FINITE_WORDS.isdisjoint(words):
        return None  # "X has reported a rise in its trading update but admitted": a clause, not a document
    if any(m.kind == "person" and not m.possessive for m in mentions):
        return None  # "Lorna Pike of Halden Retail Research": a person, not research
    article = max((i for i, w in enumerate(words[:-1]) if w in DETERMINERS), default=0)
    if article and words[article - 1].endswith("ed"):
        return None  # "X welcomed the announcement but said": the object of X's verb
    owners = [m for m in mentions if m.kind == "org" and not _document_about(ctx.text, m)]
    owner = None if owners or mentions else short_owner(words[0], ctx.orgs, ctx.kinds)
    if owner is not None:  # "Dunhill's annual report shows" after "Dunhill Homes": Dunhill Homes; two: unresolved
        return owner, ctx.kind_of(owner) if owner in ctx.kinds else "unresolved"
    if owners:
        name = ctx.add(owners[-1])
        ctx.owners[words[-1]] = (name, ctx.kind_of(name))
        return name, ctx.kind_of(name)
    if words[-1] in ctx.owners and not any(w in ("their", "its") for w in words):
        return ctx.owners[words[-1]]
    if "their" in words and ctx.last_kind == "unresolved" and ctx.last_speaker_words \
            and ctx.last_speaker_words.split()[-1].lower() in PEOPLE_GROUPS:
        return ctx.last_speaker_words, "unresolved"  # "Planning officers recommended it. Their report said"
    for index, word in enumerate(words[:-1]):
        base = word.removesuffix("'s").removesuffix("\u2019s")
        found = _reference(words[:index] + [base], ctx) if base != word else None
        if found is not None:
            ctx.owners[words[-1]] = found  # "the report" is this body's from now on
            return found  # "the trust's annual report"
    publisher = ctx.publisher(words[-1]) if words[0] in ("a", "an") else None
    if publisher is not None:
        ctx.owners[words[-1]] = (publisher, ctx.kind_of(publisher))
        return ctx.owners[words[-1]]  # "a damning report ... The report, by the X Inspectorate,": X's report
    if words[0] in ("a", "an") and len(words) >= 3:
        return _described_document(words, ctx)  # "A government progress report says": a new document
    indefinite = max((i for i, w in enumerate(words) if w in ("a", "an")), default=0)
    if indefinite and len(words) - indefinite >= 3 and all(w.isalpha() and w not in DETERMINERS
                                                           for w in words[indefinite + 1:]):
        return _described_document(words[indefinite:], ctx)  # "the hospital, where an external review found"
    judge = ctx.focus_org("inspectorate") if words[-1] in _INSPECTION_DOCUMENTS else None
    owner = (ctx.document_subject() or ctx.paragraph_speaker() or ctx.last_org or ctx.named_later(None)) \
        if any(w in ("their", "its") for w in words) \
        else ctx.publisher(words[-1]) or judge or ctx.focus_org()
    if owner:
        return owner, ctx.kind_of(owner)
    words = list(itertools.dropwhile(lambda w: w in _CLAUSE_OPENERS, words)) or words  # "as new figures show"
    return " ".join(w for w in words if w not in DETERMINERS or w == words[0]), "document"


_EXAMINING_NOUNS: frozenset[str] = frozenset(
    "inspection inspections review audit assessment evaluation examination investigation inquiry analysis".split())
"""Documents that examine what they are `of` (`an inspection of X`); `the annual report of X` is X's own."""
_ABOUT_RE = re.compile(r"\b(?:(?:%s)\s+(?:into|on|at|about)|(?:%s)\s+of)\s+(?:the\s+)?$"
                       % ("|".join(sorted(DOCUMENT_NOUNS)), "|".join(sorted(_EXAMINING_NOUNS))))
"""A document's noun and the word that says what it is about, right before a name: `an inspection of `."""


def _document_about(text: str, mention: Mention) -> bool:
    """Say whether a body is what a document is about (`an inspection of X`, `a review into X`, `a report on X`):
    the body inspected never publishes the document."""
    return _ABOUT_RE.search(text, max(0, mention.start - 40), mention.start) is not None


_RECEIVED_RE = re.compile(r"\b(?:presented|sent|submitted|given|delivered|handed|addressed|reported|made|written)"
                          r"\s+to\s+(?:the\s+|its\s+|their\s+)?$")
"""The words that make the name after them a document's recipient: `a report the police presented to the `."""


def _received(text: str, mention: Mention) -> bool:
    """Say whether a body is who a document was given to (`a report presented to the City Council's committee`,
    `figures sent to the regulator`): the recipient never speaks for the document."""
    return _RECEIVED_RE.search(text, max(0, mention.start - 30), mention.start) is not None


_GIVER_RE = re.compile(r"\b(?:the|its|their)\s+([a-z]+)\s+(?:\w+\s+){0,2}?(?:had\s+|has\s+)?\w+\s+to\s+(?:the\s+|its\s+|their\s+)?$")
"""`the department presented to the `: the short reference to who gave a document, right before its recipient."""


def _giver(text: str, start: int, recipient: Mention, ctx: Context) -> tuple[str, str]:
    """Resolve who gave a document to a named recipient (`a report the department presented to the City Council`):
    the one body the short reference means, else the text's words, unresolved; never the recipient."""
    found = _GIVER_RE.search(text, start, recipient.start)
    resolved = _reference([found.group(1)], ctx) if found is not None else None
    if resolved is not None and resolved[1] != "unresolved":
        return resolved
    words = re.sub(r"\s+to\s+(?:the|its|their)?\s*$", "", " ".join(text[start:recipient.start].split()[-8:]))
    ctx.kinds.setdefault(words, "unresolved")
    return words, "unresolved"


def _released_unowned(words: list[str]) -> tuple[str, str] | None:
    """Return a bare plural document a participle describes without naming its publisher (`figures released under
    freedom of information`), as the document itself; never the body in focus."""
    if len(words) < 3 or words[0] not in DOCUMENT_NOUNS or words[1] not in _PUBLISHING_VERBS or "by" in words:
        return None
    return " ".join(words), "document"


def _body_modifier_document(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a new document whose capitalised modifier names its body (`a Harbour Police statement`, `an Ofwat
    report`): the one body registered under that name, else the name as a body; `a British report` names none."""
    if words[0] not in ("a", "an") or len(words) < 3:
        return None
    head = _document_head(words)
    if len(head) < 3 or head[-1] not in DOCUMENT_NOUNS:
        return None
    modifiers = raw[1:len(head) - 1]
    if not all(w[:1].isupper() and w.isalpha() and w.lower() not in _COMMON_NOUNS for w in modifiers):
        return None
    name = " ".join(modifiers)
    owners = [known for known in ctx.orgs if name in known.split() or name == known]
    owner = owners[0] if len(owners) == 1 else name
    if owner not in ctx.kinds:
        ctx.register_org(owner, org_kind(owner))
    ctx.owners[head[-1]] = (owner, ctx.kind_of(owner))
    return ctx.owners[head[-1]]


_FINITE_WORDS: frozenset[str] = frozenset("has have had is are was were will would could did does".split())
"""Auxiliaries that make the words before a cue a clause with its own verb, never a document's name."""


def _described_document(words: list[str], ctx: Context) -> tuple[str, str]:
    """Resolve `a government progress report`: the body a modifier names (`a council report`), else the
    document in the text's words, never the body in focus."""
    for word in words[1:-1]:
        found = ctx.resolve_reference(word) if word.isalpha() else None
        if found is not None and _same_head(head_noun(found), word):
            return found, ctx.kind_of(found)
    ctx.owners[words[-1]] = (" ".join(words[1:]), "document")  # "The review found" is this review again
    return ctx.owners[words[-1]]


def _named(mentions: list[Mention], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve the name nearest the cue; a possessive before a role (`Acme's chief executive`) names nobody."""
    if not mentions:
        return None
    last = mentions[-1]
    if last.possessive and words[-1] in ROLES:
        return None
    if " " not in last.name and last.kind == "org" and last.name.lower() in ORG_REFERENCES | INSPECTORATE_HEADS:
        return _reference([last.name.lower()], ctx)  # "Inspectors said", "The Trust said"
    if last.kind == "org" and len(mentions) >= 2 and mentions[-2].kind == "person" \
            and links_to_employer(ctx.text[mentions[-2].end:last.start]):
        return ctx.add(mentions[-2]), "person"  # "analyst Grace Oduya of Penfold Brokers said"
    employer = len(words) > 2 and words[0] in PEOPLE_GROUPS and words[1] in ("at", "from", "of")
    if employer and last.kind == "person" and ctx.kinds.get(last.name, "organisation") != "person":
        last = last._replace(kind="org")  # "Analysts at Peel Hunt": people at a body, not a person
    name = ctx.add(last)
    if employer:
        ctx.commentators.add(name)  # "Analysts at Peel Hunt": a commentator, never `the company`
    if ctx.kinds.get(name) in ("organisation", "inspectorate"):
        return name, ctx.kinds[name]  # "Bus Workers Local 40, which represents drivers": a body after all
    return name, _kind(last, ctx)


def _reference(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `the firm`, `the regulator`, `inspectors`, `the department store chain`: a body named before."""
    last = words[-1].removesuffix("'s")
    if len(words) >= 2 and words[-2] in DETERMINERS and last in ctx.titles:
        return ctx.titles[last], "person"  # "the mayor said"
    named_by_head = last in ORG_HEADS and len(words) >= 2 and words[-2] in DETERMINERS  # "the union"
    if last in _COMPANY_WORDS and _indefinite_phrase(words):
        return " ".join(words[_first_determiner(words):]), "unresolved"  # "an outside forensic firm": a new party
    if not (last in ORG_REFERENCES or last in INSPECTORATE_HEADS or named_by_head
            or (len(words) <= 3 and ctx.resolve_reference(last))):
        return None
    found = ctx.resolve_reference(last)
    modifiers = [w for w in words[-3:-1] if w not in DETERMINERS and w.isalpha()]
    if found and modifiers and last not in _COMPANY_WORDS and not _same_head(head_noun(found), last) \
            and not all(m in found.lower() for m in modifiers) and ctx.linked_body(last) != found:
        found = None  # "the county health department" is not "Ridgefield County"
    kind = "inspectorate" if last in INSPECTORATE_HEADS or last in ("regulator", "watchdog") else None
    if found is None and kind:
        found = ctx.named_later("inspectorate")
    if found is None and not kind and last in ORG_HEADS and last not in _COMPANY_WORDS and "a" not in words[-4:] \
            and not another_party_so_called(ctx.text, last, ctx.orgs):
        found = ctx.named_later_by_head(last)  # "Wales' most troubled health board has said", named below
    if found is None and last in _ONE_COMPANY_WORDS and len(words) == 2 and words[0] == "the" \
            and len(bodies_called(ctx.text, last)) < 2:  # "the X group and the Y group ... the group": either
        found = ctx.only_company_named()  # "The company said ... at Acme": the one company the text names
    if found is not None:
        if kind and ctx.kinds.get(found) == "organisation" and found not in ctx.org_speakers[-1:]:
            ctx.kinds[found] = kind  # "the regulator" tells what the body named before is
        return ctx.full_org(found), kind if kind and found not in ctx.kinds else ctx.kind_of(found)
    head = len(words) - 1
    while head > 0 and words[head - 1] not in DETERMINERS and len(words) - head < 4:
        head -= 1
    if head == 0 or words[head - 1] not in DETERMINERS:
        return last, kind or "unresolved"  # "after inspectors said": only the noun
    return " ".join(words[head - 1:]), kind or "unresolved"  # "the retailer", never named: the text's words


def _indefinite_phrase(words: list[str]) -> bool:
    """Say whether the last noun phrase is `a` or `an` with a describing word (`an outside law firm`): a new party."""
    first = _first_determiner(words)
    return words[first] in ("a", "an") and 3 <= len(words) - first <= 5  # "a company [spokesman]" is the company's


_REFERENCE_OR_HEAD: frozenset[str] = _REFERENCE_WORDS | ORG_HEADS
"""The common nouns before a bare name (`the union Unify`), joined once (not for every word read)."""
_COMMON_OR_PEOPLE: frozenset[str] = _COMMON_NOUNS | PEOPLE_GROUPS
"""Words that make capitalised words no bare name (`Residents`), joined once (not for every word read)."""


def _bare_name(text: str, start: int, end: int, words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject that is only a capitalised name without a head noun: `Brightway said`."""
    raw = text[start:end].split()
    while raw and (raw[0].lower() in DETERMINERS or raw[0].islower() and raw[0] in _REFERENCE_OR_HEAD):
        raw = raw[1:]  # "the union Unify said": the name after the common noun
    raw = _without_adjectives(_without_time_phrase(raw))
    kind_word = raw.pop() if len(raw) > 1 and raw[-1] in _KIND_WORDS else ""  # "the Unite union said"
    if not 1 <= len(raw) <= 3 or not all(w[0].isupper() for w in raw):
        return None
    known = ctx.full_person(" ".join(raw))
    if known != " ".join(raw) and " " in known:
        return known, "person"  # "Do said", "Chief Do" after "Minh Do": a family name that is also a title
    if any(w.lower().strip("\u2019'") in _COMMON_OR_PEOPLE or w.lower() in ROLES for w in raw):
        return None
    if len(raw) == 1 and raw[0].lower().rstrip("s") in ORG_HEADS:
        return None  # "Union warns": a bare head noun names no body
    if len(raw) == 1 and names_people_by_post(raw[0]):
        return raw[0], "unresolved"  # "Investigators estimate": people by their post, no body named
    if text[end:end + 1] == ":":
        return None  # "Correction:", "Update:": a label before a paragraph, not a name
    name = " ".join(raw).removesuffix("'s").removesuffix("\u2019s")
    if ctx.full_person(name) != name:
        return ctx.full_person(name), "person"  # "Ameh said" after "Gloria Ameh"
    name = _first_words_of(name, ctx)
    if name not in ctx.kinds:
        ctx.register_org(name, "organisation")
    if kind_word:
        ctx.also_called(name, kind_word)  # "the Unite union": later "the union" is Unite
    ctx.last_org = name
    return name, ctx.kind_of(name)


_WEEKDAYS: frozenset[str] = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_LEADS: frozenset[str] = frozenset("late early earlier later".split())


def _without_time_phrase(raw: list[str]) -> list[str]:
    """Drop a day between a name and its verb (`Acme on Friday said`, `Acme late on Monday reported`)."""
    if len(raw) < 3 or raw[-2] != "on" or raw[-1].lower().strip(",") not in _WEEKDAYS:
        return raw
    return raw[:-3] if len(raw) > 3 and raw[-3] in _TIME_LEADS else raw[:-2]


def _first_words_of(name: str, ctx: Context) -> str:
    """Return the one body registered whose name starts with a short name (`Carrow said` after `Carrow Athletic`),
    or of several such the one that has spoken, else the short name."""
    if name in ctx.kinds:
        return name
    longer = [known for known in ctx.orgs if known.startswith(name + " ") and ctx.kinds.get(known) != "unresolved"]
    spoken = {known for known in longer if known in ctx.org_speakers}
    return longer[0] if len(longer) == 1 else spoken.pop() if len(spoken) == 1 else name  # the one that spoke


_KIND_WORDS: frozenset[str] = _REFERENCE_WORDS | ORG_HEADS
"""Lower-case nouns after a bare name that say what kind of body it is (`the Unite union`)."""
_ADJECTIVES: frozenset[str] = NOT_NAMES | SENTENCE_STARTERS
"""Capitalised words before a bare name that are not part of it (`Rival`, `Irish`)."""


def _without_adjectives(raw: list[str]) -> list[str]:
    """Drop the filler after a bare name and the capitalised adjectives before it (`Rival Skyway also`)."""
    while raw and raw[-1].lower() in FILLER_WORDS:
        raw = raw[:-1]
    while len(raw) > 1 and raw[0].lower() in _ADJECTIVES and raw[0][1:].islower():
        raw = raw[1:]
    return raw
