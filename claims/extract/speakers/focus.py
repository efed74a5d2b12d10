"""Who the text has in focus (`Focus`): the bodies and people that spoke, in which paragraph, and whom a pronoun,
`its` or a bare `the company` then means; built on the names registered so far (`registry`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model import BODY_KINDS
from ..vocabulary import DOCUMENT_NOUNS, ORG_HEADS, OUTLET_HEADS, VOICE_ROLES

from ..topic_names import names_a_topic, set_off_unit
from .inverted_departments import inverted_department
from .post_bodies import is_post_of
from .registry import NameRegistry
from .words import REFERENCE_WORDS


@dataclass
class Focus(NameRegistry):
    """Who spoke last, and where: the state the speaker of a pronoun or a reference is read from."""

    org_speakers: list[str] = field(default_factory=list)
    last_person: str | None = None
    other_person: bool = False  # a person other than the last speaker was named since that speaker spoke
    other_org: bool = False  # a body other than the one in focus was named since a body last spoke
    last_speaker: str | None = None
    last_kind: str = "organisation"
    last_document: str | None = None  # the document that spoke last: its `it` (`It concluded that`)
    spoken_documents: list[str] = field(default_factory=list)  # documents that spoke in their own words, the last
    # last: what a bare `figures show` names again after another party spoke (wave 34g)
    last_speaker_words: str | None = None  # whoever spoke last, as the rows name them (`Planning officers`)
    org_block: int = -10  # the block where a body last spoke
    unnamed_block: int = -10  # the block where an unnamed person (`One parent`) spoke last
    subject: tuple[str, int] | None = None  # the body that opened the sentence before, and its block
    opening_person: tuple[str, int, int] | None = None  # the person who opened the sentence before as its subject,
    # its block and where its name ends: whom a `he` opening the next sentence means before a person named later in
    # it (wave 47w)
    block: int = 0  # the paragraph being read
    speaker_block: int = -10  # the block where a person last spoke
    last_org: str | None = None  # the body named last
    voice: str | None = None  # the body a spokesperson without a name spoke for (`she` then means it)
    said: dict[str, int] = field(default_factory=dict)  # how many sentences each speaker has claimed
    pronoun_of: dict[str, str] = field(default_factory=dict)  # `he` or `she`, as a person was last called
    called_it: set[str] = field(default_factory=set)  # names read as people that the text then called `it` (26d)
    document_voice: tuple[str, str, int] | None = None  # the document that spoke in the sentence before: speaker,
    # kind, block; the next sentence's `it` (`..., the report says. It adds`, wave 32c)

    def full_org(self, name: str) -> str:
        """Return the full name of the speaker, else the latest organisation, whose name ends with this one."""
        if name in self._aliases:
            return self._aliases[name]
        key = " " + name.lower()
        for known in reversed(self.org_speakers):
            if known.lower().endswith(key) and known not in self.joints and not is_post_of(known, name):
                return known  # "Trustees of the X Museum" is no fuller name of the X Museum (wave 40b)
        found = self._org_suffixes.get(key[1:], name)
        if found == name:
            found = inverted_department(name, self.orgs) or name  # "the Health Department": X Department of Health
        return name if is_post_of(found, name) else found

    def focus_org(self, kind: str | None = None) -> str | None:
        """Return the body the text is about (of a kind, if given): its last speaker, else the first named."""
        for name in reversed(self.org_speakers):
            if kind is None or self.kinds.get(name) == kind:
                return name
        for name in self.orgs:
            if (kind is None or self.kinds.get(name) == kind) and name.split()[-1].lower() not in OUTLET_HEADS \
                    and not names_a_topic(name) and not set_off_unit(self.text, name):
                return name  # a newspaper named in a byline or a dateline is never what the text is about; nor an
                # operation (`Operation Kestrel`) nor a unit between a person and a body (wave 42b)
        return None

    def spoke(self, name: str, kind: str) -> None:
        """Note that a body or a person made a claim, bringing it into focus."""
        self.said[name] = self.said.get(name, 0) + 1
        if kind in BODY_KINDS or kind == "unresolved" and name.split()[:1] == ["the"] \
                and (name.split()[-1].lower() in REFERENCE_WORDS or name.split()[-1].lower() in ORG_HEADS):  # "the club
            # said", "the Agency said" (an unresolved reference keeps the text's capitals, wave 50g)
            if kind == "unresolved":
                self.kinds.setdefault(name, "unresolved")  # "the agency", never named: stays unresolved
            if name in self.org_speakers:
                self.org_speakers.remove(name)
            self.org_speakers.append(name)
            self.other_org, self.org_block = False, self.block
            if name == self.voice:
                self.speaker_block = self.block  # "A spokesman for X said A. // "B," he said. // He said C": still his
        elif kind == "person":
            self.last_speaker, self.speaker_block, self.voice = name, self.block, None
            self.other_person = False
        self.last_kind = kind
        self.last_speaker_words = name
        self.last_document = name if kind == "document" else self.last_document
        if kind == "document":
            self.spoken_documents = [*(known for known in self.spoken_documents if known != name), name]
        self.unnamed_block = self.block if kind == "unresolved" and _one_unnamed_person(name) else -10

    def new_entry(self) -> None:
        """Start a live page's entry (wave 34c): no one who spoke, and no sentence's subject, in the entry before is in
        this paragraph's focus; the names registered stay."""
        self.speaker_block = self.org_block = self.unnamed_block = -10
        self.subject = self.document_voice = self.voice = None
        self.other_org = True  # the body that spoke before is no longer the one `it` means by default

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

    def sentence_opener(self) -> str | None:
        """Return the person who opened the sentence before in this paragraph as its subject, when a person named
        later in it is the one named last (`Jo Roe, for the board, asked for Dr Hale to be struck off. He told the
        panel`: Roe), else None (wave 47w)."""
        if self.opening_person is None or self.opening_person[1] != self.block:
            return None
        return self.opening_person[0] if self.opening_person[0] != self.last_person else None

    def recent_body(self) -> str | None:
        """Return the body that spoke in this paragraph or the one before, when no other body was named since: whose
        `a spokesman` the text means without naming the body again."""
        return self.org_speakers[-1] if self.org_speakers and self.block - self.org_block <= 1 and not self.other_org \
            else None

    def subject_before(self) -> str | None:
        """Return the body that opened the sentence before, in this paragraph or the one before, else None."""
        return self.subject[0] if self.subject is not None and self.block - self.subject[1] <= 1 else None

    def document_subject(self) -> str | None:
        """Return who made the document that opened the sentence before (`The review, led by Jo Roe, looked at 64
        cases. Its findings ...`): what `its` then means."""
        return self.subject[0] if self.subject is not None and self.block - self.subject[1] <= 1 \
            and self.kinds.get(self.subject[0]) == "person" else None

    def paragraph_speaker(self) -> str | None:
        """Return the body that spoke in this paragraph, when no other body was named since: what `its figures` mean."""
        return self.org_speakers[-1] if self.org_speakers and self.org_block == self.block and not self.other_org else None


def _one_unnamed_person(words: str) -> bool:
    """Say whether a speaker's words describe one person without a name (`One parent`, `a neighbour`), not a body, a
    document or a group (`the charity`, `the report`, `Residents`)."""
    parts = words.lower().split()
    return len(parts) >= 2 and parts[0] in ("one", "a", "an", "another") and parts[-1] not in REFERENCE_WORDS \
        and parts[-1] not in ORG_HEADS and parts[-1] not in DOCUMENT_NOUNS and parts[-1] not in VOICE_ROLES \
        and not parts[-1].endswith("s")
