"""Who is who in a text: names of organisations and people, and short references resolved to them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

ORG_HEADS: frozenset[str] = frozenset(
    "council councils authority agency trust board commission committee department ministry office "
    "service services inspectorate inspectors inspection police constabulary government company "
    "corporation group plc ltd limited inc llp university college school hospital foundation association "
    "institute bank fund partnership executive regulator network society union party charity "
    "federation alliance cabinet parliament assembly tribunal court bureau directorate unit team "
    "centre center club firm organisation organization coalition consortium ombudsman watchdog".split())
"""Last words that make a capitalised name an organisation's (lower case)."""

GENERIC_ORG_WORDS: frozenset[str] = frozenset(
    "organisation organization company firm body charity group business employer operator provider".split())
"""Nouns that refer back to whichever organisation the text is about."""

TITLES: frozenset[str] = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady cllr councillor rev reverend baroness baron".split())
"""Honorifics that may stand before a person's name."""

NOT_NAMES: frozenset[str] = frozenset(
    "the a an in on at of for and but or to by as if it its this that these those there here his her their "
    "our my we he she they you i last next first new every each both some many most all other another "
    "among speaking publication chairman chairwoman chair chief director head leader minister secretary "
    "president mayor manager officer spokesman spokeswoman spokesperson deputy interim acting according "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday further however meanwhile also".split())
"""Capitalised words that do not start or make up a person's name."""

PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
ORG_PRONOUNS: frozenset[str] = frozenset({"it", "they"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that"})

_TOKEN = r"[A-Z][A-Za-z&\-]*"
NAME_RUN_RE = re.compile(
    rf"\b(?:{_TOKEN})(?:[ \t\u00a0]+(?:(?:of|for|and|the|&)[ \t\u00a0]+)*(?:{_TOKEN}))*(?:['\u2019]s\b)?")
"""A run of capitalised words, allowing `of`, `for`, `and`, `the` inside; a possessive ends it."""

_POSSESSIVE_RE = re.compile(r"['\u2019]s$")
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


class Mention(NamedTuple):
    """A name found in the text: `kind` is `org` or `person`; `name` is as written, tidied."""

    start: int
    end: int
    name: str
    kind: str


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Find the names of organisations and people in text[start:end], in order."""
    mentions = []
    for match in NAME_RUN_RE.finditer(text, start, end):
        mention = classify(match.group(), match.start())
        if mention is not None:
            mentions.append(mention)
    return mentions


def classify(run: str, offset: int) -> Mention | None:
    """Say whether a capitalised run names an organisation, a person, or neither."""
    run = _POSSESSIVE_RE.sub("", run)
    words = run.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    if _names_an_organisation(words):
        return Mention(offset, offset + len(run), name, "org")
    person = _person_name(words)
    return Mention(offset, offset + len(run), person, "person") if person else None


def _names_an_organisation(words: list[str]) -> bool:
    """Say whether capitalised words name a body: `Harbour Board`, `Ministry of Justice`, `NHS England`."""
    if words[-1].lower() in ORG_HEADS and words[-1][0].isupper():
        return True
    if len(words) > 2 and words[0].lower() in ORG_HEADS and words[1] in ("of", "for"):
        return True
    return any(_ACRONYM_RE.fullmatch(word) for word in words) and words != ["I"]


def _person_name(words: list[str]) -> str | None:
    """Return a person's name without title when the words look like one (two to four name words)."""
    while words and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    if not 1 <= len(words) <= 4:
        return None
    if any(not _NAME_WORD_RE.fullmatch(w) or w.lower() in NOT_NAMES for w in words):
        return None
    return " ".join(words)


@dataclass
class Context:
    """What the text has named so far, to resolve short references against."""

    orgs: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    org_speakers: list[str] = field(default_factory=list)
    last_person: str | None = None
    last_speaker: str | None = None
    block: int = 0
    speaker_block: int = -10
    _org_suffixes: dict[str, str] = field(default_factory=dict)  # "county council" -> latest full name
    _org_heads: dict[str, str] = field(default_factory=dict)  # "council" -> latest full name, latest last
    _person_keys: dict[str, str] = field(default_factory=dict)  # "Khan", "Amir", "Amir Khan" endings -> latest full name
    _known: set[str] = field(default_factory=set)  # every full name registered

    def add(self, mention: Mention) -> str:
        """Register a mention and return its resolved full name."""
        if mention.kind == "org":
            name = self.full_org(mention.name)
            if name not in self._known:
                self._register_org(name)
            return name
        name = self.full_person(mention.name)
        if " " in name and name not in self._known:
            self._known.add(name)
            self.persons.append(name)
            parts = name.split()
            self._person_keys[parts[0]] = name
            for k in range(1, len(parts)):
                self._person_keys[" ".join(parts[k:])] = name
        self.last_person = name
        return name

    def _register_org(self, name: str) -> None:
        """Index a new organisation by the endings of its name and by its head noun."""
        self._known.add(name)
        self.orgs.append(name)
        words = name.lower().split()
        for k in range(1, len(words)):
            self._org_suffixes[" ".join(words[k:])] = name
        self._org_heads.pop(words[-1], None)
        self._org_heads[words[-1]] = name

    def full_org(self, name: str) -> str:
        """Return the full name of the speaker, else the latest organisation, whose name ends with this one."""
        key = " " + name.lower()
        for known in reversed(self.org_speakers):
            if known.lower().endswith(key):
                return known
        return self._org_suffixes.get(key[1:], name)

    def full_person(self, name: str) -> str:
        """Return the full name of the latest person sharing this first name, surname or name ending."""
        return self._person_keys.get(name, name)

    def focus_org(self) -> str | None:
        """Return the organisation the text is about: its last speaker, else the first one named."""
        if self.org_speakers:
            return self.org_speakers[-1]
        return self.orgs[0] if self.orgs else None

    def resolve_reference(self, word: str) -> str | None:
        """Resolve a common noun like `council` or `inspectors` to an organisation named before."""
        word = word.lower()
        for known in reversed(self.org_speakers):
            if _same_head(known.split()[-1].lower(), word):
                return known
        for head, known in reversed(self._org_heads.items()):
            if _same_head(head, word):
                return known
        return self.focus_org() if word in GENERIC_ORG_WORDS else None

    def spoke(self, name: str, kind: str) -> None:
        """Note that an organisation or person made a claim, bringing it into focus."""
        if kind == "org":
            if name in self.org_speakers:
                self.org_speakers.remove(name)
            self.org_speakers.append(name)
        else:
            self.last_speaker, self.speaker_block = name, self.block

    def person_for_pronoun(self) -> str | None:
        """Resolve `he` or `she`: a person who spoke in this block or the one before, else the last named."""
        if self.last_speaker and self.block - self.speaker_block <= 1:
            return self.last_speaker
        return self.last_person


def _same_head(head: str, word: str) -> bool:
    """Say whether two nouns name the same kind of body: council/Council, inspectors/inspectorate."""
    if head == word or head.rstrip("s") == word.rstrip("s"):
        return True
    return len(head) >= 7 and len(word) >= 7 and head[:7] == word[:7] and head[:9] != "councillo" \
        and not word.startswith("councillo")
