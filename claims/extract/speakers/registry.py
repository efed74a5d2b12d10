"""The names a text has given so far (`NameRegistry`): bodies and their kinds, short names, acronyms, head nouns
and the common nouns the text calls them; people and the keys a later short name finds them by; titles, parties,
whose people a plural noun names, and the wires that filed the text. State and look-ups only: who spoke is
`focus`, the questions resolved against both are `context`."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..company_forms import board_opening
from ..entities import Mention, head_noun, is_post_noun
from ..given_names import full_name_in_text
from ..vocabulary import any_script, ROLES, VOICE_ROLES

from .body_traits import WIRE_BRACKET_RE, common_names, distinct_bodies, initials_of, post_in_body
from ..joint_bodies import joint_halves
from .plural_bodies import describes_several
from .words import COMMON_NOUNS, HONORIFIC_PRONOUNS, MEMBER_LETTERS, NOT_PARTIES, BODY_PEOPLE, TITLE_WORDS

_OWN_PEOPLE_RE = any_script(re.compile(r"\s+(?:[a-z\-]+\s+)?(?P<people>%s)\b" % "|".join(sorted(BODY_PEOPLE))))
"""A body's people after its possessive (`X's planning officers`, `X's staff`)."""
_ROLE_BEFORE_RE = any_script(re.compile(r"(?<![\w'\u2019])([a-z]+)[ \t]+$"))
"""A lower-case word right before a name: its role when it is one (`inspector Jo Roe`)."""


def plain_body(name: str) -> str:
    """Return the kind any body's name gets when nothing says more: `organisation`."""
    return "organisation"


@dataclass
class NameRegistry:
    """The names the text has given so far, indexed to be found again by a shorter form."""

    orgs: list[str] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    voice_holders: dict[str, str] = field(default_factory=dict)  # `the spokesman, Jo Roe,`: spokesman -> Jo Roe
    parties: set[str] = field(default_factory=set)  # parties named before members' roles (`Labour MP Jo Roe`)
    commentators: set[str] = field(default_factory=set)  # bodies whose people comment (`Analysts at X`)
    owners: dict[str, tuple[str, str]] = field(default_factory=dict)
    _aliases: dict[str, str] = field(default_factory=dict)  # "WSA" -> "Water Services Authority"
    called: dict[str, set[str]] = field(default_factory=dict)  # the common nouns the text calls each body
    people_of: dict[str, str] = field(default_factory=dict)  # "officers" -> the body whose officers the text named
    text: str = ""
    _org_suffixes: dict[str, str] = field(default_factory=dict)
    _org_heads: dict[str, str] = field(default_factory=dict)
    _head_bodies: dict[str, set[str]] = field(default_factory=dict)  # head noun -> every body so headed
    _wires: frozenset[str] | None = None  # the names in the text's dateline brackets (`(Acme Wire) -`)
    _person_keys: dict[str, str] = field(default_factory=dict)
    _bearers: dict[str, list[str]] = field(default_factory=dict)  # surname -> the people named in full with it
    person_titles: dict[str, str] = field(default_factory=dict)  # person -> the title written with a full mention
    joints: set[str] = field(default_factory=set)  # names that join two bodies (`A Trust and the B Service`)

    def is_wire(self, name: str) -> bool:
        """Say whether a body is the wire or outlet named in the text's dateline brackets, or spelled out from them."""
        if self._wires is None:
            self._wires = frozenset(found.group(1) for found in WIRE_BRACKET_RE.finditer(self.text))
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

    def _letters_after(self, mention: Mention) -> str:
        """Return a member's role letters written after a person's name (`Jo Roe TD`, `Ann Roe T.D.`) in lower case,
        else ``: `the Louth TD` later is this person."""
        letters = self.text[mention.start:mention.end].rsplit(None, 1)[-1].replace(".", "")
        return letters.lower() if letters.isupper() and letters.lower() in MEMBER_LETTERS else ""

    def _note_people(self, name: str, end: int) -> None:
        """Note whose people a plural noun after a body's possessive names (`X's planning officers`): `officers
        said` later, with no body named, are that body's."""
        found = _OWN_PEOPLE_RE.match(self.text, end, end + 60)
        if found is not None:
            self.people_of[found.group("people").lower()] = name

    def _note_party(self, mention: Mention) -> None:
        """Note the party named before an elected member's role (`Green Future MLA Jo Roe`): `the party`."""
        words = self.text[mention.start:mention.end].split()
        if "and" in words or "&" in words:
            return  # "Labour MP Jo Roe and Reform MP Tom Hale": two members, maybe two parties
        at = next((i for i, w in enumerate(words) if w.lower().rstrip(".") == mention.title), 0)
        party = words[:at]
        if party and all(w[:1].isupper() and w.lower() not in COMMON_NOUNS | NOT_PARTIES and w.lower() not in ROLES
                         for w in party):
            self.parties.add(" ".join(party))

    def _titled_surname(self, name: str) -> bool:
        """Say whether a name is a rank's capital letters and a person's known surname (`DCI Hale`)."""
        words = name.split()
        return len(words) == 2 and words[0].isupper() and words[0].isalpha() and words[1] in self._person_keys \
            and words[1][1:].islower()

    def register_org(self, name: str, kind: str) -> None:
        """Index a new organisation by the endings of its name and by its head noun; a name that joins two bodies
        indexes each body under its own name and keeps for itself only the endings that reach into the first."""
        halves = joint_halves(name, self.text)
        if halves is not None:
            self._register_joint(name, kind, halves)
            return
        self.kinds[name] = kind
        self.orgs.append(name)
        words = name.lower().split()
        post = post_in_body(name.lower())  # "Chair of the Authority": the authority named before keeps its words (48g)
        for k in range(1, len(words)):
            if not post or " ".join(words[k:]) not in self._org_suffixes:
                self._org_suffixes[" ".join(words[k:])] = name
        head = head_noun(name)
        if not post or head not in self._org_heads:
            self._org_heads.pop(head, None)
            self._org_heads[head] = name
        self._head_bodies.setdefault(head, set()).add(name)
        for noun in common_names(name):
            self._org_heads.setdefault(noun, name)  # "St Ann Medical Center ... the hospital"
        board = board_opening(name)
        if board:  # "The Board of Directors of X Football Club ... The club can confirm": the club its board names (31g)
            self._org_heads.setdefault(head_noun(name[board:]), name)

    def register_org_once(self, name: str, kind: Callable[[str], str] = plain_body) -> str:
        """Register a body under a name the text has not given before, of the kind `kind` reads from it; return it."""
        if name not in self.kinds:
            self.register_org(name, kind(name))
        return name

    def _register_joint(self, name: str, kind: str, halves: tuple[str, str]) -> None:
        """Index two bodies read as one name (`A Trust and the B Service`): each half as a body of the joint's kind,
        then the joint by the endings that start in the first half; `the service` is B alone."""
        for half in halves:
            if half not in self.kinds:
                self.register_org(half, kind)
        self.joints.add(name)
        self.kinds[name] = kind
        self.orgs.append(name)
        words = name.lower().split()
        for k in range(1, len(halves[0].split())):
            self._org_suffixes[" ".join(words[k:])] = name

    def also_known(self, name: str, acronym: str) -> None:
        """Note that an acronym names a body (`WSA` is the Water Services Authority)."""
        self._org_suffixes[acronym.lower()] = name
        self._aliases[acronym] = name

    def also_called(self, name: str, noun: str) -> None:
        """Note that the text calls a body by a common noun (`Acme, the retailer`): `the retailer` is Acme."""
        self._org_heads.pop(noun, None)
        self._org_heads[noun] = name
        self.called.setdefault(name, set()).add(noun.lower())

    def full_person(self, name: str) -> str:
        """Return the full name of the latest person sharing this first name, surname or name ending."""
        bare = name.split(" ", 1)[1] if " " in name and (name.split()[0].lower().rstrip(".") in ROLES
                                                         or is_post_noun(name.split()[0])) else name  # "Auditor Roe" (26a)
        known = self._person_keys.get(bare)
        if bare != name and len(self._bearers.get(bare, ())) > 1:  # "Ms Varga" with Tom and Ruth Varga named (40g)
            known = self._told_apart(name.split()[0].lower().rstrip("."), bare) or known
        if known is None and bare != name:  # "Ms Ainsworth" after "appointed Rachel Ainsworth": the name in full
            known = full_name_in_text(self.text, bare)
        return known or name

    def note_full_mention(self, name: str, title: str) -> None:
        """Note a person named in full, with the title written with the name: one of the people of that surname, and
        the nearest full mention a later bare surname goes to (wave 40g)."""
        parts = name.split()
        bearers = self._bearers.setdefault(parts[-1], [])
        if name not in bearers:
            bearers.append(name)
        if title:
            self.person_titles.setdefault(name, TITLE_WORDS.get(title, title))
        if len(bearers) > 1:
            for k in range(1, len(parts)):
                self._person_keys[" ".join(parts[k:])] = name  # "For Ruth Varga, ... Varga said": Ruth

    def _told_apart(self, title: str, surname: str) -> str | None:
        """Return the one person of a shared surname a title tells apart: the one named in full with that title
        (`Councillor Tom Varga ... Cllr Varga`), else the one whose own honorific does not give another pronoun than
        this honorific's (`Mr Tom Varga ... Ruth Varga ... Ms Varga`: Ruth); None when it tells none apart."""
        bearers = self._bearers[surname]
        word = TITLE_WORDS.get(title, title)
        same = [person for person in bearers if self.person_titles.get(person) == word]
        if len(same) == 1:
            return same[0]
        pronoun = HONORIFIC_PRONOUNS.get(word)
        fits = [person for person in bearers
                if HONORIFIC_PRONOUNS.get(self.person_titles.get(person, ""), pronoun) == pronoun] if pronoun else []
        return fits[0] if len(fits) == 1 else None

    def fullest(self, name: str) -> str:
        """Return the one longer form of a body's name the text registered (`Acme plc` for `Acme`), else the name."""
        longer = [known for known in self.orgs if known.startswith(name + " ") and self.kinds.get(known) != "unresolved"]
        return longer[0] if len(longer) == 1 else name

    def rival_bodies(self, word: str) -> bool:
        """Say whether two different bodies the text names carry this word as their own head noun."""
        stem = word.rstrip("s")
        named = self._head_bodies.get(stem, set()) | self._head_bodies.get(stem + "s", set())
        names = {name for name in named if self.kinds.get(name) not in ("person", "unresolved")
                 and not describes_several(name, word)}  # "Other Nearby Departments" in a headline (61r)
        return len(names) > 1 and len(distinct_bodies(names)) > 1

    def kind_of(self, name: str) -> str:
        """Return the kind of a registered speaker, organisation when unknown."""
        return self.kinds.get(name, "organisation")
