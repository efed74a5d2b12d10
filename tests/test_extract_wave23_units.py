"""Unit cases for wave 23's new extractor modules, through their public functions (what mutation testing found
unasserted by the phenomena files); every party is invented."""
from __future__ import annotations

import pytest

from claims.extract.attribution.owned_sources import owned_source
from claims.extract.attribution.patterns import ACCORDING_RE
from claims.extract.speakers.agent_references import made_between, made_by_reference, maker_end
from claims.extract.speakers.context import Who
from claims.extract.speakers.panel_bodies import panel_body
from extract_rows import named_context, rows


# speakers/panel_bodies.panel_body: a word no panel noun, a body right after `of` with or without `the`, a body
# right before on the panel's own line, and what stands between them


@pytest.mark.parametrize(("text", "word", "body"), [
    ("A review of the Nursing Council ruled.", "review", None),
    ("A panel of NC ruled.", "panel", "NC"),
    ("A disciplinary panel of Acme Nursing Council ruled.", "panel", "Acme Nursing Council"),
    ("NC conduct panel ruled.", "panel", "NC"),
    ("Heading\nNC conduct panel ruled.", "panel", "NC"),
    ("An NC conduct panel ruled.\n\nIt met on Friday.", "panel", "NC"),
    ("The Kelby Council, via its panel, ruled.", "panel", None),
    ("The Kelby Council told the panel it would appeal.", "panel", None),
])
def test_panel_body(text: str, word: str, body: str | None) -> None:
    assert panel_body(text, word) == body


# speakers/agent_references: made_between's particle, participle and `of` bounds; maker_end's three words and
# apostrophes; made_by_reference's guards, against a text whose bodies are registered


@pytest.mark.parametrize(("words", "expected"), [
    (["out"], True),
    (["sent", "out"], False),
    (["in", "2024", "compiled"], False),
    (["of", "the", "88", "residents", "of", "town"], True),
    (["of", "the", "88", "residents", "of", "the", "town", "compiled"], False),
    (["of", "the", "88", "residents", "of", "the", "town", "carried", "out"], False),
    (["of", "jo", "by", "the"], False),
])
def test_made_between_bounds(words: list[str], expected: bool) -> None:
    assert made_between(words) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["by", "the", "local", "residents", "association"], 4),
    (["by", "the", "children's", "charity"], 3),
    (["by", "the", "children\u2019s", "charity"], 3),
])
def test_maker_end_takes_three_words_and_inner_apostrophes(words: list[str], expected: int) -> None:
    assert maker_end(words, 1) == expected


BODIES = "The Brook Lane Residents' Association met. The Marlby Union met."


def _made_by(subject: str, text: str) -> tuple[str, str] | None:
    """Return made_by_reference's answer for a subject, in a context where the text's names are registered."""
    ctx = named_context(text)
    raw = subject.split()
    return made_by_reference(raw, [w.lower().strip("\u2019'\".,") for w in raw], ctx)


@pytest.mark.parametrize(("subject", "text", "expected"), [
    ("A survey carried out by the association", BODIES, ("Brook Lane Residents' Association", "organisation")),
    ("A survey carried out by the association", "Nobody is named here.", None),
    ("A survey sent to members by the association", BODIES, None),
    ("A survey by the Marlby union", BODIES, None),
    ("A survey by the union", BODIES, ("Marlby Union", "organisation")),
    ("Jo Roe, backed by the association", BODIES, None),
])
def test_made_by_reference(subject: str, text: str, expected: tuple[str, str] | None) -> None:
    assert _made_by(subject, text) == expected


# attribution/owned_sources.owned_source: the words without the space before a stop, and where they start


@pytest.mark.parametrize(("text", "expected"), [
    ("The boat sank, according to the coastguard's incident log .",
     Who("the coastguard's incident log", "unresolved", 28)),
    ("According to the council\u2019s   own register , 212 wait.",
     Who("the council\u2019s own register", "unresolved", 13)),
    ("The boat sank, according to the Coastguard's log.", None),
])
def test_owned_source(text: str, expected: Who | None) -> None:
    match = ACCORDING_RE.search(text)
    assert match is not None
    assert owned_source(text, match) == expected


# attribution/medium_owners.note_medium_owner: only the speaking sentence's own `in a statement` makes its speaker
# the statement's owner; a later speaker who names no medium does not take it over


def test_a_later_speaker_without_a_medium_leaves_the_statement_its_owners() -> None:
    text = ("Headline\n\nCarrickmoyle County Council has refused a licence for the festival. In a statement, the "
            "council said its decision followed a detailed assessment.\n\nLakeshore Live Ltd said the refusal was "
            "devastating for staff. \"We have met the promoters twice,\" the statement said.\n")
    assert rows(text) == [
        ("Carrickmoyle County Council", "organisation", "its decision followed a detailed assessment"),
        ("Lakeshore Live Ltd", "organisation", "the refusal was devastating for staff"),
        ("Carrickmoyle County Council", "organisation", "We have met the promoters twice")]
