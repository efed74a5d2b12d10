"""A person's words given to the organisation named in their title or role (wave 14c, issue 8): the person speaks.
Each case is a short text written for this test (other bodies, other names, other word orders) and gives the whole
table as (speaker, speaker_kind, quote) rows, with cases where the organisation must still speak."""
from extract_rows import rows

from claims.extract.attribution.owned_records import owned_record
from claims.extract.speakers.member_roles import named_member


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


# --- A member's role after a party's or body's name, with no person named ---------------------------------------
# The phenomenon: the writer refers back to a person by the role they hold in a named body or party (`The Green
# Party MP said`, `the Social Democrat councillor said`), the role written as capital letters or as a word. A person
# speaks; the body never takes the words. With no person titled so, the text's words stand, unresolved; a person the
# text titled so (`Green Party MP Mary Polden`) is the one. Other writers: `The Harbour Trust MP said`, `the Reform
# Alliance councillor added`. A voice role (`A Harbour Trust spokesperson said`) still gives the body.

def test_a_party_mp_with_an_article_is_a_person_never_the_party() -> None:
    text = "Mary Polden said: \"Counting is not enough.\"\n\nThe Green Party MP said 12 families were living in cars.\n"
    assert rows(text) == [("Mary Polden", "person", "Counting is not enough."),
                          ("The Green Party MP", "unresolved", "12 families were living in cars")]


def test_a_two_word_party_read_as_a_name_before_a_role_word() -> None:
    text = "Tom Vale said: \"Rents are too high.\"\n\nThe Social Democrat councillor said rents rose by 9%.\n"
    assert rows(text) == [("Tom Vale", "person", "Rents are too high."),
                          ("The Social Democrat councillor", "unresolved", "rents rose by 9%")]


def test_the_member_the_text_titled_so_speaks() -> None:
    text = ("Green Party MP Mary Polden said: \"Counting is not enough.\"\n\n"
            "The Green Party MP said 12 families were living in cars.\n")
    assert rows(text) == [("Mary Polden", "person", "Counting is not enough."),
                          ("Mary Polden", "person", "12 families were living in cars")]


def test_a_members_own_name_with_role_letters_is_the_person() -> None:
    assert rows("Jo Hale MP said bus use fell by 8% last year.\n") == [
        ("Jo Hale", "person", "bus use fell by 8% last year")]


def test_an_unnamed_spokesperson_still_gives_the_body() -> None:
    assert rows("A Harbour Trust spokesperson said visits rose by 5%.\n") == [
        ("Harbour Trust", "organisation", "visits rose by 5%")]


def test_the_body_speaks_after_a_person_spoke() -> None:
    text = "Kelvin Mott said rents rose by 9%. The Dale Council said it had built 120 homes in 2024.\n"
    assert rows(text) == [("Kelvin Mott", "person", "rents rose by 9%"),
                          ("Dale Council", "organisation", "it had built 120 homes in 2024")]


# --- A body's role, then the person's name with role letters -----------------------------------------------------
# The phenomenon: `The Social Democrats' health spokesperson, Nia Penhal MP, said`: the letters after the name made
# the name look like a role phrase, which handed the turn to the clause before it, and a plural possessive party
# (`Democrats'`) read as a person there. The name with its letters is the person's. Other writers: `The Growers'
# chair, Ann Treve OBE, said`, `Its policy lead, Jo Roe TD, said`.

def test_a_plural_possessive_party_then_a_member_with_role_letters() -> None:
    text = "The Social Democrats' health spokesperson, Nia Penhal MP, said waits grew by 9% in a year.\n"
    assert rows(text) == [("Nia Penhal", "person", "waits grew by 9% in a year")]


def test_a_role_then_a_named_member_td() -> None:
    text = "The Rural Alliance's farming lead, Seán Daly TD, said grants fell by a fifth.\n"
    assert rows(text) == [("Seán Daly", "person", "grants fell by a fifth")]


def test_a_person_then_a_role_with_letters_after_it_still_a_role() -> None:
    assert named_member("Jo Roe, chair of Tarn Trust MP, said", 8, 26) is False
    assert named_member("The Greens' lead, Nia Penhal MP, said", 18, 31) is True
    assert named_member("The Greens' lead, Penhal MP, said", 18, 27) is False


def test_a_lower_case_article_after_an_opening_word_keeps_the_texts_words() -> None:
    text = "Mary Polden said: \"Counting is not enough.\"\n\nLater, the Green Party MP said 12 families were living in cars.\n"
    assert rows(text) == [("Mary Polden", "person", "Counting is not enough."),
                          ("the Green Party MP", "unresolved", "12 families were living in cars")]


def test_a_bodys_possessive_role_is_left_to_the_other_rules() -> None:
    text = "Mary Polden said: \"Counting is not enough.\"\n\nThe Green Party's MP said 12 families were living in cars.\n"
    assert rows(text) == [("Mary Polden", "person", "Counting is not enough."),
                          ("The Green Party's MP", "person", "12 families were living in cars")]
