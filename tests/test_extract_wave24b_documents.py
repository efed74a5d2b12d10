"""Documents and their owners (wave 24b): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the
whole value a helper returns."""
import pytest

from claims.extract.speakers.lead_documents import lead_authors, owned_next
from extract_rows import rows


# A lead citing unowned figures or an evaluation, and the next paragraph's first sentence naming who made a document
# of the same kind (speakers/lead_documents.owned_next): `according to the X statistics published today`, `The X's
# annual statistics, published on Thursday, found`, `Statistics published by X show`, `The evaluation, carried out
# for A by B, found`. The lead's document is that body's. Seen in four texts by four authors (p519, p813, p868, p900).
# A document of another kind in the next paragraph, or one owned by nobody, leaves the lead's words.
LEAD_THEN_ACCORDING = (
    "Evictions rise\n\nBailiffs evicted 2,410 households in the spring, official figures show.\n\n"
    "Landlords started 9,800 claims, according to the Courts Service statistics published today.\n")
LEAD_THEN_MADE_FOR_BY = (
    "Fair was busy\n\nThe Orm Fair drew 41,000 visits, according to an independent evaluation published today.\n\n"
    "The evaluation, carried out for the Orm Traders Group by Kelby Research, found that takings rose by 12%.\n")
LEAD_THEN_OTHER_KIND = (
    "Evictions rise\n\nBailiffs evicted 2,410 households in the spring, official figures show.\n\n"
    "Landlords started 9,800 claims, according to a Courts Service survey published today.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD_THEN_ACCORDING,
     [("Courts Service", "organisation", "Bailiffs evicted 2,410 households in the spring"),
      ("Courts Service", "organisation", "Landlords started 9,800 claims")]),
    (LEAD_THEN_MADE_FOR_BY,
     [("Kelby Research", "organisation", "The Orm Fair drew 41,000 visits"),
      ("Kelby Research", "organisation", "takings rose by 12%")]),
    (LEAD_THEN_OTHER_KIND,
     [("official figures", "document", "Bailiffs evicted 2,410 households in the spring"),
      ("Courts Service", "organisation", "Landlords started 9,800 claims")]),
], ids=["according-to-owned", "made-for-by", "other-kind"])
def test_the_leads_document_is_the_one_the_next_paragraph_owns(text: str,
                                                              expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rents rose, official figures show.\n\nThe Housing Office\u2019 annual Rent Index statistics, published on "
     "Friday, found a rise.\n", {"figures": "Housing Office"}),
    ("Rents rose, official figures show.\n\nStatistics published by the Housing Office on Friday show a rise.\n",
     {"figures": "Housing Office"}),
    ("Rents rose, official figures show.\n\nThe Housing Office said the statistics showed a rise.\n", {}),
    ("Rents rose, official figures show.\n\nTenants said so. The Housing Office statistics show a rise.\n", {}),
    ("Rents rose, official figures show.\n\nThe Housing Office, tenants and agents all expected data.\n", {}),
    ("Rents rose, a new study suggests.\n\nA study published in March by the Orm Institute found a fall.\n",
     {"study": "Orm Institute"}),
    ("Rents rose, a new study suggests.\n\nThe study, published by academics, found a fall.\n", {}),
])
def test_lead_authors_reads_the_owner_in_the_next_first_sentence(text: str, expected: dict[str, str]) -> None:
    lead_authors.cache_clear()
    assert {noun: mention.name for noun, mention in lead_authors(text).items()} == expected


@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("The Orm Office data show a rise.", "figures", "Orm Office"),
    ("The Orm Office data show a rise.", "report", None),
    ("The Orm Office's data show a rise.", "statistics", "Orm Office"),
    ("A review, published by the Orm Office, found a rise.", "review", "Orm Office"),
    ("A review commissioned by the Orm Office found a rise.", "review", "Orm Office"),
    ("A review sent by the Orm Office found a rise.", "review", None),
    ("Data, the Orm Office said, show a rise.", "data", None),
    ("", "data", None),
])
def test_owned_next_names_the_maker_of_a_document_of_that_kind(text: str, noun: str, expected: str | None) -> None:
    found = owned_next(text, 0, noun)
    assert (found.name if found else None) == expected
