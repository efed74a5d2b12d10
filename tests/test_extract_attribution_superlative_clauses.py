"""A verb of record in a relative clause with no `that` after a superlative (wave 55d): `6,112 incidents being the
lowest the Service has recorded since records began` says how the figure ranks; `the Service` is no speaker and its
verb no cue. Texts written for this test in our own words about invented parties."""
from claims.extract.attribution.superlative_clauses import in_superlative_clause
from extract_rows import rows


def test_a_contact_clause_after_a_superlative_is_read_whole() -> None:
    texts = ["the lowest the Service has recorded", "the highest monthly total the county council has recorded",
             "the busiest week we have ever recorded", "the largest employer in Barford has reported",
             "Acme, the biggest water company has reported", "most of the councils have reported"]
    offsets = [text.rfind(" ") + 1 for text in texts]
    assert [in_superlative_clause(text, 0, offset) for text, offset in zip(texts, offsets)] == [
        True, True, True, False, False, False]


def test_the_figure_stays_the_report_makers() -> None:
    text = ("At the quarterly meeting on 2nd May, Tarrow and Wenford Fire Authority received its Annual Performance "
            "Report which revealed that the number of incidents attended within Tarrowshire and Wenfordshire has "
            "continued to fall, with last year's 4,210 incidents being the lowest the Service has recorded since "
            "records began.\n")
    assert rows(text) == [
        ("Tarrow and Wenford Fire Authority", "organisation",
         "the number of incidents attended within Tarrowshire and Wenfordshire has continued to fall"),
        ("Tarrow and Wenford Fire Authority", "organisation",
         "last year's 4,210 incidents being the lowest the Service has recorded since records began")]
