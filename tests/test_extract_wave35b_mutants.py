"""Unit cases for wave 35's later extractor parts (what mutation round 35's second group found unasserted by the
wave-35 files): the firm appointed to an insolvency office (35i), a lead-in whose list noun runs on past forty
characters (35k) and a parliament's written answer (35e); every party and sentence is invented, and each assert is on a
whole value: a function's whole return value.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract.attribution import official_papers
from claims.extract.attribution.qualified_leads import paragraph_subject, qualified_lead_in, qualifier_speaker
from claims.extract.entities import Mention
from claims.extract.speakers import Who
from claims.extract.speakers.appointed_firms import appointed_firms, office_firm
from claims.extract.speakers.context import Context
from claims.extract.text import split_blocks


pytestmark = pytest.mark.usefixtures("cold_extract_caches")


# appointed_firms.appointed_firms (wave 35i): every firm in the office asked about, in text order, as a body's mention
# (kind `org`, no possessive, no title); a firm in another office (`as liquidators`) is none of them.
def test_the_firms_named_in_one_office_in_text_order() -> None:
    text = ("Administrators from Ashcombe Recovery were appointed to the shops. Roe & Key was appointed as liquidators. "
            "Nadia Orme of Tarn Vale Advisory as administrators of the bakeries.\n")
    assert appointed_firms(text, "administrators") == (
        Mention(20, 37, "Ashcombe Recovery", "org", False, ""),
        Mention(121, 139, "Tarn Vale Advisory", "org", False, ""),
    )


# appointed_firms.office_firm: only a bare `the administrators` or `the joint administrators` is the firm.
JOINT = "Nadia Orme and Luke Pell of Ashcombe Recovery as joint administrators.\n"


@pytest.mark.parametrize(("words", "expected"), [
    (["the", "administrators"], "Ashcombe Recovery"),
    (["the", "joint", "administrators"], "Ashcombe Recovery"),
    (["the", "senior", "administrators"], None),
    (["a", "administrators"], None),
    (["the", "two", "joint", "administrators"], None),
])
def test_only_a_bare_office_is_the_appointed_firm(words: list[str], expected: str | None) -> None:
    assert office_firm(words, Context(text=JOINT)) == expected


# qualified_leads.qualified_lead_in (wave 35k): a sentence read with its line's end still ends on its colon; a source
# participle earlier in the text does not stand for the one in the qualifier.
def test_a_lead_in_read_with_its_newline_is_still_one() -> None:
    sentence = "Here are the key figures from the annual accounts, for the twelve months to 31 March:\n"
    match = qualified_lead_in(sentence, (0, len(sentence)))
    assert (match.group("cue"), match.span("qualifier")) == ("key figures", (24, 84))  # type: ignore[union-attr]


TURNOUT = ("Prices rose, as reported by the press. "
           "Here are the turnout figures as announced by the returning officer, Priya Lanyon-Webb:")


def test_the_qualifiers_own_participle_and_person_speak_the_list() -> None:
    match = qualified_lead_in(TURNOUT, (39, len(TURNOUT)))
    assert match is not None
    assert qualifier_speaker(TURNOUT, match, Context(text=TURNOUT)) == Who("Priya Lanyon-Webb", "person", 107)


# qualified_leads.qualifier_speaker: an inspectorate owning the document speaks as one.
def test_an_inspectorate_owning_the_document_speaks_the_list() -> None:
    text = "Among the findings of the Schools Inspectorate's review of 40 village schools, published in May:"
    match = qualified_lead_in(text, (0, len(text)))
    assert match is not None
    assert qualifier_speaker(text, match, Context(text=text)) == Who("Schools Inspectorate", "inspectorate", 22)


# qualified_leads.paragraph_subject: the subject of this paragraph, with its own kind, from the clause's start.
def test_the_paragraphs_subject_with_its_kind() -> None:
    ctx = Context(text="Jo Roe")
    name = ctx.add(Mention(0, 6, "Jo Roe", "person"))
    ctx.subject, ctx.block = (name, 1), 1
    same = paragraph_subject(ctx)
    ctx.block = 2
    assert (same, paragraph_subject(ctx)) == (Who("Jo Roe", "person", 0), None)


def test_no_subject_no_paragraph_subject() -> None:
    assert paragraph_subject(Context(text="Jo Roe")) is None


# official_papers.answer_line (wave 35e): a bulleted line or a body answering names no answering person.
@pytest.mark.parametrize("line", [
    "- Answered by Lorna Vesey",
    "Answered by Tarnby Harbour Board",
])
def test_a_bullet_or_a_body_is_no_answering_person(line: str) -> None:
    assert official_papers.answer_line(line, split_blocks(line)[0]) is None


# official_papers._asks: an asker's line far down the page is still one.
def test_an_askers_line_far_down_the_page() -> None:
    text = "Written questions and answers\n\n" + "Ferry services to the islands were reviewed. " * 6 + "\n\n" \
        + "Asked by Corin Haldane (Skerrow North)\n"
    blocks = split_blocks(text)
    assert [official_papers._asks(text, block) for block in blocks] == [False, False, True]
