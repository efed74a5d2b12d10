"""A person's words given to the organisation named in their title or role (wave 14c, issue 8): the person speaks.
Each case is a short text written for this test (other bodies, other names, other word orders) and gives the whole
table as (speaker, speaker_kind, quote) rows, with cases where the organisation must still speak."""
from extract_rows import rows

from claims.extract.attribution.owned_records import owned_record


# --- A person's words closed by their own body's record ---------------------------------------------------------
# The phenomenon: a named post holder reports a figure and the writer adds where it comes from, a record of the
# body the person speaks for, named by its possessive (`according to the union's latest survey`). The person speaks;
# the record only carries the figure, and its owner never takes the sentence (nor a quote that holds the cue).
# Other writers: `according to the trust's own figures`, `according to Harbour Growers' annual report`.

def test_a_chair_reports_the_figure_of_their_bodys_survey() -> None:
    text = ("The Fenwick Growers Union welcomed the plan. Its chair, Peter Lamb, said 40% of its members had lost "
            "money last year, according to the union's latest survey.\n")
    assert rows(text) == [("Peter Lamb", "person", "40% of its members had lost money last year")]


def test_a_named_director_and_the_trusts_own_figures() -> None:
    text = "Director Rhian Powell said visits rose by 12% in 2025, according to the trust's own figures.\n"
    assert rows(text) == [("Rhian Powell", "person", "visits rose by 12% in 2025")]


def test_a_plural_possessive_owner_names_the_record_too() -> None:
    text = "Ann Treve said prices fell by a third, according to Harbour Growers' annual report.\n"
    assert rows(text) == [("Ann Treve", "person", "prices fell by a third")]


def test_the_bodys_record_speaks_when_no_person_says_anything() -> None:
    text = "Prices fell by a third last year, according to the union's latest survey.\n"
    assert rows(text) == [("the union", "unresolved", "Prices fell by a third last year")]


def test_a_possessive_person_before_the_cue_is_no_speaker() -> None:
    text = "Jo Roe's office said fees rose by 8%, according to the council's figures.\n"
    assert rows(text) == [("the council", "unresolved", "Jo Roe's office said fees rose by 8%")]


def test_a_body_named_after_according_to_is_no_record() -> None:
    assert owned_record("the union's members") is not None  # shape only: the caller checks the noun
    assert owned_record("the Tenancy Board") is None
    assert owned_record("Acme's") is None
    assert owned_record("the union's annual report").group("noun") == "report"
