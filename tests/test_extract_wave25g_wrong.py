"""Wrong speakers (wave 25g): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order, or the whole
value a helper returns."""
import pytest

from claims.extract.speakers.earlier_documents import bare_definite
from extract_rows import cued_rows as rows


# A bare `the report` naming again a document the text gave an owner (`The council's annual libraries report`) or a
# voice (`A report to the council's transport committee ... now puts`) before (speakers/earlier_documents). Seen in
# p722, p794, p813, p829, p862 (five authors). Two owners of a report, or none, leave the older reading (the body
# named last); figures in a report, or a report read only as `a report`, are not the report speaking again.
OWNED = (
    "Harrowfield District Council has set out plans to close two libraries.\n\n"
    "The council's annual libraries report, published on Monday, shows that visits fell by 18% last year. "
    "Loans rose by 4%, according to the Reading Agency.\n\n"
    "The report also says the Elmgate branch needs £600,000 of repairs.\n")
SPOKE_BEFORE = (
    "Costs of the Millbrook bypass have risen, council documents show.\n\n"
    "The bypass was approved by Dunmere County Council in 2022. A report to the council's transport committee, "
    "published on Friday, now puts the cost at £71 million.\n\n"
    "The report says the rise is due to flooding on the site.\n")
TWO_OWNERS = (
    "Harrowfield District Council and the Lanthorn Trust disagree about libraries.\n\n"
    "The council's annual report shows that visits fell by 18%. The trust's annual report shows that loans rose "
    "by 4%, according to the Reading Agency.\n\n"
    "The report also says the Elmgate branch needs £600,000 of repairs.\n")
NO_OWNER = (
    "Harrowfield District Council has set out plans to close two libraries.\n\n"
    "Visits fell by 18% last year, the council said. Loans rose by 4%, according to the Reading Agency.\n\n"
    "The report also says the Elmgate branch needs £600,000 of repairs.\n")
FIGURES_IN_REPORT = (
    "Costs of the Millbrook bypass have risen.\n\n"
    "Dunmere County Council will spend £71 million on the bypass, according to figures in a report to its "
    "cabinet.\n\n"
    "The report says the rise is due to flooding on the site.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (OWNED, [
        ("Harrowfield District Council", "organisation", "shows that", "visits fell by 18% last year"),
        ("Reading Agency", "organisation", "according to", "Loans rose by 4%"),
        ("Harrowfield District Council", "organisation", "says", "the Elmgate branch needs £600,000 of repairs")]),
    (SPOKE_BEFORE, [
        ("council documents", "document", "show", "Costs of the Millbrook bypass have risen"),
        ("report to the council's transport committee", "document", "puts", "puts the cost at £71 million"),
        ("report to the council's transport committee", "document", "says", "the rise is due to flooding on the site")]),
    (TWO_OWNERS, [
        ("Harrowfield District Council", "organisation", "shows that", "visits fell by 18%"),
        ("Reading Agency", "organisation", "according to", "The trust's annual report shows that loans rose by 4%"),
        ("Reading Agency", "organisation", "says", "the Elmgate branch needs £600,000 of repairs")]),
    (NO_OWNER, [
        ("Harrowfield District Council", "organisation", "said", "Visits fell by 18% last year"),
        ("Reading Agency", "organisation", "according to", "Loans rose by 4%"),
        ("Reading Agency", "organisation", "says", "the Elmgate branch needs £600,000 of repairs")]),
    (FIGURES_IN_REPORT, [  # a report `to its cabinet` is the council's own since wave 27c (speakers/pronoun_owners)
        ("Dunmere County Council", "organisation", "according to",
         "Dunmere County Council will spend £71 million on the bypass"),
        ("Dunmere County Council", "organisation", "says", "the rise is due to flooding on the site")]),
], ids=["owned-before", "spoke-before", "two-owners", "no-owner", "figures-in-a-report"])
def test_the_report_is_the_document_the_text_gave_an_owner_or_a_voice_before(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["the", "report"], True),
    (["the", "budget", "papers"], True),
    (["the", "council", "report"], False),
    (["the", "council's", "report"], False),
    (["its", "report"], False),
    (["a", "report"], False),
    (["the", "report", "of", "the", "panel"], False),
], ids=["bare", "modifier", "body-modifier", "possessive", "its", "indefinite", "long"])
def test_only_a_bare_definite_document_is_read_again(words: list[str], expected: bool) -> None:
    assert bare_definite(words) is expected
