"""Bodies as speakers (`claims.extract.bodies`): voice roles, list items naming their own source, a possessive's
owner, asides that describe where a subject comes from, a reference another party also answers to."""
from __future__ import annotations

import pytest

from claims import extract_text
from claims.extract.bodies import ACCORDING_TAIL_RE, another_party_so_called, item_speaker, origin_apposition, \
    short_owner, voice_apposition
from claims.extract.entities import Mention


class Names:
    """A stand-in for the speakers' context: records what is registered, knows kinds and references given to it."""

    def __init__(self, kinds: dict[str, str] | None = None, references: dict[str, str] | None = None) -> None:
        """Start with the kinds of some names and the bodies some common nouns mean."""
        self.kinds = kinds or {}
        self.references = references or {}
        self.added: list[str] = []

    def add(self, mention: Mention) -> str:
        """Register a name and give it back in full (here, as written)."""
        self.added.append(mention.name)
        return mention.name

    def kind_of(self, name: str) -> str:
        """Return a name's kind, an organisation unless told otherwise."""
        return self.kinds.get(name, "organisation")

    def resolve_reference(self, word: str) -> str | None:
        """Return the body a common noun means, if told."""
        return self.references.get(word)


@pytest.mark.parametrize("clause, expected", [
    ("the Green Party's health spokesperson", True),
    ("Acme's spokesman", True),
    ("spokeswoman", True),
    ("ACME'S SPOKESMAN.", True),                                   # case and a full stop after it
    ("the Acme party's health and care spokesperson", True),       # seven words: the most a voice holds
    ("the Acme party's health and social care spokesperson", False),  # eight words
    ("said the spokesman", False), ("says a spokeswoman", False),  # a cue, not an apposition
    ("the party's spokesman on health", False),                    # the voice is not its last word
    ("housing spokesperson for the Local Homes Association", True),  # the body it speaks for, named (24a)
    ("spokeswoman at Acme Water", True),
    ("spokesman for the campaign", False),                         # no name after the link
    ("spokesman for", False), ("spokesman for the", False),        # nothing after the link
    ("the press officer", False),                                  # `press officer` is a voice, `officer` alone not
    ("director of Acme", False), ("", False),
])
def test_voice_apposition(clause: str, expected: bool) -> None:
    assert voice_apposition(clause) is expected


def speaker(text: str, row: tuple[int, int] | None = None, names: Names | None = None) -> object:
    """Return item_speaker's answer for a whole text as one item (or the row given)."""
    return item_speaker(text, row or (0, len(text)), names or Names())


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Water reports 310 wells failed.", (("Ministry of Water", "organisation", "reports"), (30, 47))),
    ("the Ministry of Water reports 310 wells failed.", (("Ministry of Water", "organisation", "reports"), (30, 47))),
    ("Brightway Trust reports that 12 homes were sold.", (("Brightway Trust", "organisation", "reports"), (29, 48))),
    ("ACME says   4 wells failed.", (("ACME", "organisation", "says"), (12, 27))),  # spaces before the claim
    ("Acme Water warned 4 wells failed.", (("Acme Water", "organisation", "warned"), (18, 33))),
])
def test_item_speaker_names_its_subject(text: str, expected: object) -> None:
    assert speaker(text) == expected


@pytest.mark.parametrize("text", [
    "41% of wells failed.",                     # no name opens the item
    "Acme Housing's survey found 5 leaks.",     # a possessive owns something, it does not speak
    "Jo Roe reports 5 wells failed.",           # a person: left to the rules for people
    "Acme Water pipes 4 litres a day.",         # no reporting verb after the name
    "Acme Water  reports 4 leaks.",             # two spaces: no verb right after the name
    "Acme Water, reports show 4 leaks.",        # a comma after the name
    "In 2024 Acme Water reports 4 leaks.",      # the name does not open the item
    "Acme Water warned.",                       # a full stop: no verb alone
])
def test_item_speaker_without_a_subject(text: str) -> None:
    assert speaker(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Findings:\n- The Ministry of Water reports 310 wells failed.\n- Acme", (("Ministry of Water", "organisation",
                                                                           "reports"), (42, 59))),
    ("Findings:\n- the Ministry of Water reports 310 wells failed.\n- Acme", (("Ministry of Water", "organisation",
                                                                           "reports"), (42, 59))),
    ("the list:\n- Acme Water reports 310 wells failed.\n- Acme", (("Acme Water", "organisation", "reports"),
                                                                 (31, 48))),  # the text's own start is no item's
])
def test_item_speaker_row_inside_a_text(text: str, expected: object) -> None:
    assert speaker(text, (text.index("- ") + 2, text.rindex("\n- A"))) == expected


@pytest.mark.parametrize("text, end, expected", [
    ("Acme Water reports", 18, (("Acme Water", "organisation", "reports"), (18, 18))),
    ("Acme Water reports that ", 24, (("Acme Water", "organisation", "reports"), (24, 24))),
    ("Acme Water reports that 4", 23, (("Acme Water", "organisation", "reports"), (23, 23))),
])
def test_item_speaker_never_starts_a_claim_past_its_end(text: str, end: int, expected: object) -> None:
    assert speaker(text, (0, end)) == expected


def test_item_speaker_registers_the_subject() -> None:
    names = Names(kinds={"Ministry of Water": "inspectorate"})
    assert speaker("The Ministry of Water reports 310 wells failed.", names=names) == \
        (("Ministry of Water", "inspectorate", "reports"), (30, 47))
    assert names.added == ["Ministry of Water"]


@pytest.mark.parametrize("text, references, expected", [
    ("310 wells failed, according to the ministry.", {"ministry": "Ministry of Water"},
     (("Ministry of Water", "organisation", "according to"), (0, 16))),
    ("310 wells failed according to Acme Water.", {}, (("Acme Water", "organisation", "according to"), (0, 16))),
    ("310 wells failed, according to the Acme Water", {}, (("Acme Water", "organisation", "according to"), (0, 16))),
    ("310 wells failed, according to the ministry;", {"ministry": "Ministry of Water"},
     (("Ministry of Water", "organisation", "according to"), (0, 16))),
    ("310 wells failed, according to the ministry", {}, None),          # a noun the text does not resolve
    ("310 wells failed, according to Acme Water officials.", {}, None),  # more than the body's name
    ("310 wells failed, according to the big ministry.", {"big ministry": "Ministry of Water"}, None),  # two words
    ("310 wells failed, according to Ministry.", {"Ministry": "Ministry of Water"}, None),  # capital, not a name
    ("According to the ministry, 310 wells failed.", {"ministry": "Ministry of Water"}, None),  # not at the end
    ("310 wells failed, according to the ministry, and 4 leaks.", {"ministry": "Ministry of Water"},
     (("Ministry of Water", "organisation", "according to"), (0, 57))),  # set off inside: the whole item (51y)
    ("310 wells failed, according to the ministry,", {"ministry": "Ministry of Water"}, None),  # nothing after it
    ("310 wells failed, according to a.", {"a": "Acme"}, None),         # one letter names nobody
])
def test_item_speaker_according_to_at_the_end(text: str, references: dict[str, str], expected: object) -> None:
    assert speaker(text, names=Names(references=references)) == expected


def test_item_speaker_according_to_gives_the_kind() -> None:
    names = Names(kinds={"Ministry of Water": "inspectorate", "Acme Water": "regulator"},
                  references={"ministry": "Ministry of Water"})
    assert speaker("310 wells failed, according to the ministry.", names=names) == \
        (("Ministry of Water", "inspectorate", "according to"), (0, 16))
    assert speaker("310 wells failed, according to Acme Water.", names=names) == \
        (("Acme Water", "regulator", "according to"), (0, 16))
    assert names.added == ["Acme Water"]


def test_item_speaker_according_to_inside_a_row() -> None:
    text = "310 wells failed, according to the ministry.\n- 4 leaks"
    assert speaker(text, (0, 44), Names(references={"ministry": "Ministry of Water"})) == \
        (("Ministry of Water", "organisation", "according to"), (0, 16))
    assert speaker(text, (0, 16), Names(references={"ministry": "Ministry of Water"})) is None  # beyond the row


@pytest.mark.parametrize("text, expected", [
    ("Sales rose 5%, according to figures released today", (13, "figures released today")),
    ("Sales rose 5% according to the O.N.S.", (13, "O.N.S")),
    ("Sales rose 5%, according to the ministry;", (13, "ministry")),
    ("Sales rose 5%, according to Acme (UK)", (13, "Acme (UK)")),
    ("Sales rose 5%, according to Acme, and costs fell", None),   # not at the end
    ("Sales rose 5%, according to Acme: costs fell", None),
    ("According to Acme, sales rose 5%", None),
    ("Sales rose 5%, according to a", None),                      # one letter names no source
])
def test_a_source_named_at_the_end(text: str, expected: tuple[int, str] | None) -> None:
    found = ACCORDING_TAIL_RE.search(text)
    assert ((found.start(), found.group("who")) if found else None) == expected


DUNHILL = {"Dunhill Homes": "organisation", "Dunhill Group": "organisation", "Jo Dunhill": "person"}


@pytest.mark.parametrize("word, orgs, expected", [
    ("Dunhill's", ["Dunhill Homes", "Acme"], "Dunhill Homes"),
    ("Dunhill\u2019s", ["Dunhill Homes"], "Dunhill Homes"),
    ("dunhill's", ["DUNHILL HOMES"], "DUNHILL HOMES"),
    ("dunhill's", ["Dunhill Homes", "Dunhill Group"], "Dunhill's"),   # two bodies: the word as written, capitalised
    ("Dunhill", ["Dunhill Homes"], None),                            # no possessive
    ("Dunhill's", ["Dunhill"], None),                                # no longer name opens with it
    ("Dunhill's", ["Dunhillers Ltd"], None),
    ("company's", ["Company Holdings"], None),                       # a reference word
    ("Central's", ["Central Bank"], None),                           # a word that never names
    ("B&Q's", ["B&Q Stores"], None),                                 # not all letters
    ("Dunhill's", ["Jo Dunhill"], None),
    ("Dunhill's", [], None),
])
def test_short_owner(word: str, orgs: list[str], expected: str | None) -> None:
    assert short_owner(word, orgs, DUNHILL) == expected


@pytest.mark.parametrize("kind, expected", [
    ("person", None), ("unresolved", None), ("inspectorate", "Dunhill Homes"), (None, "Dunhill Homes"),
])
def test_short_owner_only_bodies(kind: str | None, expected: str | None) -> None:
    kinds = {"Dunhill Homes": kind} if kind else {}
    assert short_owner("Dunhill's", ["Dunhill Homes"], kinds) == expected


@pytest.mark.parametrize("clause, expected", [
    (" a 34-year-old from Hollin Bay who asked not to be named", True),
    ("a man from Leeds", True),
    ("   a man from Leeds  ", True),
    (" an old man from the Vale", True),
    (" a very old frail man from Leeds", True),           # four words before `from`
    (" a very old and frail man from Leeds", False),      # five
    (" a block of 48 flats owned by Acme Homes", True),
    (" a home run by Acme", True), (" a home managed by Acme", True), (" a port operated by Acme", True),
    (" a block built by Acme", True), (" a flat let by Acme", True),
    (" a home sold by Acme", False),                      # not a word of ownership
    (" a spokesman from Acme", False),                    # a voice: the body speaks
    (" a nurse from Leeds", False),                       # a post
    (" a mother of two from Tarrow", True),               # people named by what they are hold no post
    (" a tenant from Leeds", True), (" a pensioner of 80 from Leeds", True),
    (" a team of managers from Acme", False),             # a post in the plural
    (" a pair of spokeswomen from Acme", False),          # voices in the plural
    (" an actress from Leeds", False),                    # a post that ends in `s`
    (" a man from leeds", False),                         # no name after `from`
    (" who is a man from Leeds", False),                  # the description does not open the clause
    (" written by Acme", False), (" director of Acme", False), ("", False),
    (" a manfrom Leeds", False),
])
def test_origin_apposition(clause: str, expected: bool) -> None:
    assert origin_apposition(clause) is expected


@pytest.mark.parametrize("text, expected", [
    ("The driver, a mother of two from Tarrow Vale, said the bus never came.\n",
     [("The driver", "unresolved", "The bus never came.")]),
    ("The driver, a tenant from Tarrow Vale, said the bus never came.\n",
     [("The driver", "unresolved", "The bus never came.")]),
], ids=["mother-from-place", "tenant-from-place"])
def test_a_described_subject_speaks_not_its_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    table = extract_text(text)
    assert list(zip(table.speaker, table.speaker_kind, table.claim)) == expected


TENANTS = "Tenants said their housing association had failed them. "


@pytest.mark.parametrize("text, word, orgs, expected", [
    (TENANTS, "association", ["Oakway Residents' Association"], True),
    (TENANTS, "association", ["Oakway Housing Association"], False),     # the body's name has the word
    (TENANTS, "association", ["Oakway Residents' Associations"], True),
    (TENANTS, "association", ["Acme Group"], False),                     # no body so headed
    (TENANTS, "trust", ["Oakway Trust"], False),                         # nobody's party called a trust
    ("Tenants said the housing association had failed.", "association", ["Oakway Residents' Association"], False),
    ("Tenants said their Housing association failed.", "association", ["Oakway Residents' Association"], False),
    ("Tenants said their housing-first association failed.", "association", ["Oakway Association"], True),
    ("Tenants said their housing associations failed.", "association", ["Oakway Association"], False),
    ("Tenants and their housing association and their tenants association.", "association",
     ["Oakway Housing Association"], True),                              # one of two words the name lacks
])
def test_another_party_so_called(text: str, word: str, orgs: list[str], expected: bool) -> None:
    assert another_party_so_called(text, word, orgs) is expected
