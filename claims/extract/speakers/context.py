"""What the text has named so far (`Context`: people, bodies, their kinds and short names) and the reference words that
resolve against it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..entities import bodies_called, Mention, find_mentions, head_noun, may_regulate, org_kind
from ..bodies import another_party_so_called
from ..vocabulary import (
    any_script, CUE_VERBS, DOCUMENT_NOUNS, INSPECTORATE_HEADS, ORG_HEADS, ORG_REFERENCES, OUTLET_HEADS, PUBLIC_HEADS,
    ROLES, VOICE_ROLES, load_words,
)

from .body_traits import (
    _LINKABLE, _ONE_COMPANY_WORDS, _WIRE_AFTER_PLACE_RE, _WIRE_BRACKET_RE, _authored, _body_by_which, _company_like,
    _may_be_called, _may_be_charity, _maybe_two_bodies, _owner_of_people, _same_head, _support_office, _workplace,
    common_names, distinct_bodies, in_wire_bracket, initials_of, is_lettered_role, is_press_office, label_word,
    role_inside, treated_as_body, without_press_office,
)
from .words import (
    _COMMON_NOUNS, _COMPANY_WORDS, _GENERIC_REFERENCES, _NOT_COMPANIES, _NOT_PARTIES, _REFERENCE_WORDS, _SAME_DATA,
    _UNNAMED_PUBLISHER_RE, BODY_PEOPLE, DETERMINERS, PARTY_ROLES, PUBLISHED_ACTIVE_RE, PUBLISHED_BY_RE,
)


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


CLOCK_WORDS: frozenset[str] = load_words("clock_words")
"""Words after a clock time (`PM`, `EST`): a name made only of them is a time."""


def _first_determiner(words: list[str]) -> int:
    """Return where the last noun phrase of words starts (its last determiner)."""
    return max((i for i, w in enumerate(words) if w in DETERMINERS), default=0)


def _one_unnamed_person(words: str) -> bool:
    """Say whether a speaker's words describe one person without a name (`One parent`, `a neighbour`), not a body, a
    document or a group (`the charity`, `the report`, `Residents`)."""
    parts = words.lower().split()
    return len(parts) >= 2 and parts[0] in ("one", "a", "an", "another") and parts[-1] not in _REFERENCE_WORDS \
        and parts[-1] not in ORG_HEADS and parts[-1] not in DOCUMENT_NOUNS and parts[-1] not in VOICE_ROLES \
        and not parts[-1].endswith("s")


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


def _first_words_of(name: str, ctx: Context) -> str:
    """Return the one body registered whose name starts with a short name (`Carrow said` after `Carrow Athletic`),
    or of several such the one that has spoken, else the short name."""
    if name in ctx.kinds:
        return name
    longer = [known for known in ctx.orgs if known.startswith(name + " ") and ctx.kinds.get(known) != "unresolved"]
    spoken = {known for known in longer if known in ctx.org_speakers}
    return longer[0] if len(longer) == 1 else spoken.pop() if len(spoken) == 1 else name  # the one that spoke
