"""Unit cases for wave 22's ten extractor modules, through their public functions (what mutation testing found
unasserted by the phenomena files)."""
from __future__ import annotations

from claims.extract.attribution.letter_layout import is_listing, told_content
from claims.extract.attribution.own_acts import own_act
from claims.extract.attribution.records import Attribution
from claims.extract.bodies_spoken_for import spoken_for_cut
from claims.extract.joint_bodies import joint_halves
from claims.extract.plural_groups import plural_common_noun
from claims.extract.product_names import named_as_product
from claims.extract.speakers.post_parts import person_clause_past_post
from claims.extract.speakers.titled_bodies import title_holder_of
from claims.extract.speakers.titled_references import titled_reference
from claims.extract.trade_nouns import trade_before_person


# plural_groups.plural_common_noun: the word's shape, its singulars, and a whole lower-case word in the text


def test_plural_common_noun_needs_four_letters_a_final_s_and_lower_case_after_the_first() -> None:
    assert plural_common_noun("Ads", "an ad ran") is False
    assert plural_common_noun("Dogx", "a dog barked") is False
    assert plural_common_noun("VEts", "a vet came") is False
    assert plural_common_noun("Vets", "a vet came") is True


def test_plural_common_noun_reads_ies_and_es_singulars() -> None:
    assert plural_common_noun("Companies", "a company came") is True
    assert plural_common_noun("Glasses", "a glass broke") is True
    assert plural_common_noun("Babxys", "a baby slept") is False


def test_plural_common_noun_wants_a_whole_word_on_both_sides() -> None:
    assert plural_common_noun("Vets", "The subvets met.") is False
    assert plural_common_noun("Vets", "The avets met.") is False
    assert plural_common_noun("Vets", "The vetsx met.") is False
    assert plural_common_noun("Vets", "The vets met.") is True


# bodies_spoken_for.spoken_for_cut


def test_spoken_for_cut_parts_a_person_from_her_body() -> None:
    assert spoken_for_cut("Jo Brannagh for the Ash Fund") == 11
    assert spoken_for_cut("Dr. Jo Ann Brannagh for the Ash Fund") == 19
    assert spoken_for_cut("Dr Jo Ann Brannagh for the Ash Fund") == 18


def test_spoken_for_cut_refuses_what_is_no_name() -> None:
    assert spoken_for_cut("Jo Brannagh") == -1
    assert spoken_for_cut("Office for Students") == -1
    assert spoken_for_cut("Jo for the Ash Fund") == -1
    assert spoken_for_cut("Jo Ann Mary Brannagh for the Ash Fund") == -1
    assert spoken_for_cut("von Brannagh for the Ash Fund") == -1
    assert spoken_for_cut("Jo Adviser for the Ash Fund") == -1
    assert spoken_for_cut("Jo Airways for the Ash Fund") == -1
    assert spoken_for_cut("Jo Easter for the Ash Fund") == -1
    assert spoken_for_cut("Jo Apple for the Ash Fund") == -1


# speakers.post_parts.person_clause_past_post (clauses nearest the cue first)


def test_person_clause_past_post_skips_a_role_and_a_region() -> None:
    assert person_clause_past_post(["at the Ash Fund", "England North", "Director", "Jo Brannagh"]) == 3
    assert person_clause_past_post(["at the Ash Fund", "North West", "Director", "Jo Brannagh"]) == 3
    assert person_clause_past_post(["with the Ash Fund", "Director", "Wales", "Jo Brannagh"]) == 3


def test_person_clause_past_post_stops_after_three_parts() -> None:
    clauses = ["at the Ash Fund", "Wales", "Director", "Head of Policy", "Jo Brannagh", "Ash Lane"]
    assert person_clause_past_post(clauses) == 4


def test_person_clause_past_post_wants_both_a_role_and_a_region_and_a_person_after() -> None:
    assert person_clause_past_post(["at the Ash Fund", "Wales", "Director"]) == -1
    assert person_clause_past_post(["at the Ash Fund", "Director", "Jo Brannagh", "Ash Lane"]) == -1
    assert person_clause_past_post(["at the Ash Fund", "Wales", "Jo Brannagh", "Ash Lane"]) == -1
    assert person_clause_past_post(["at the Ash Fund", "Director", "Wales Trust", "Jo Brannagh"]) == -1
    assert person_clause_past_post(["at the Ash Fund", "Wales", "in Ash", "Jo Brannagh"]) == -1
    assert person_clause_past_post(["of the Ash Fund", "Wales", "Director", "Jo Brannagh"]) == -1


# joint_bodies.joint_halves


def test_joint_halves_wants_two_words_each_side() -> None:
    assert joint_halves("Ash Council and the Bay Team", "Ash Council and the Bay Team said") == ("Ash Council", "Bay Team")
    assert joint_halves("Council and the Bay Team", "Council and the Bay Team said") is None


# trade_nouns.trade_before_person


def _trade(name: str, after: str = ", who has worked there, said") -> bool:
    """Ask about `machine operator <name><after>`."""
    text = f"machine operator {name}{after}"
    return trade_before_person(text, "operator", name, len(f"machine operator {name}"))


def test_trade_before_person_reads_two_or_three_name_words() -> None:
    assert _trade("Debbie Brannagh") is True
    assert _trade("Debbie") is False
    assert _trade("Debbie Airways") is False
    assert _trade("Debbie Adviser") is False
    assert _trade("Debbie Easter") is False


# product_names.named_as_product


def test_named_as_product_reads_each_opener() -> None:
    assert named_as_product("sold as Flexagen Pro", 8) is True
    assert named_as_product("a gel sold under the brand Flexagen", 27) is True
    assert named_as_product("a gel sold under the brand names Flexagen", 33) is True
    assert named_as_product("a gel known as Flexagen", 15) is False


def test_named_as_product_reads_plural_brands_and_wide_spacing() -> None:
    assert named_as_product("a gel sold under the brands Flexagen", 28) is True
    assert named_as_product("a gel sold as    Flexagen", 17) is True


# attribution.letter_layout


def test_told_content_wants_words_after_that() -> None:
    text = "We are writing to tell you that "
    assert told_content(text, (0, len(text))) is None
    text = "We are writing to tell you that the hall will close."
    assert told_content(text, (0, len(text))) == (32, len(text))


def test_is_listing_reads_a_dated_step_within_a_letter() -> None:
    text = "Dear resident,\n12 February: nominations open\nYours,"
    assert is_listing(text, (15, 44)) is True
    assert is_listing("1 February: nominations open", (0, 28)) is True


def test_is_listing_takes_a_step_of_ten_words_but_no_report() -> None:
    step = "12 February: one two three four five six seven eight nine ten"
    assert is_listing(step, (0, len(step))) is True
    step = "12 February: one two three four five six seven eight nine ten eleven"
    assert is_listing(step, (0, len(step))) is False
    line = "12 May: crews finished the trench"
    assert is_listing(line, (0, len(line))) is False
    line = "12 May: proposed boundaries go to the board"
    assert is_listing(line, (0, len(line))) is True


# attribution.own_acts.own_act


_SAID = "The Ash Trust said the river was clean."


def _previous(text: str, end: int, colon: bool = False, spans: bool = True) -> Attribution:
    """The trust's claim ending at `end`."""
    return Attribution("Ash Trust", "organisation", "said", ((19, end),) if spans else (), colon)


def test_own_act_gives_it_to_the_body() -> None:
    text = _SAID + " It has downgraded the warning."
    sentence = (40, len(text))
    assert own_act(text, sentence, [], _previous(text, 38)) == \
        Attribution("Ash Trust", "organisation", "said", ((40, len(text) - 1),))


def test_own_act_refuses_without_a_claim_colon_or_for_a_question() -> None:
    text = _SAID + " It has downgraded the warning."
    sentence = (40, len(text))
    assert own_act(text, sentence, [], None) is None
    assert own_act(text, sentence, [], _previous(text, 38, colon=True)) is None
    assert own_act(text, sentence, [], _previous(text, 38, spans=False)) is None
    assert own_act(text, sentence, [sentence], _previous(text, 38)) is None
    question = _SAID + " It has downgraded the warning?"
    assert own_act(question, sentence, [], _previous(question, 38)) is None


def test_own_act_measures_the_gap() -> None:
    text = "The Ash Trust said the river was clean.It has downgraded the warning."
    assert own_act(text, (39, len(text)), [], _previous(text, 39)) == \
        Attribution("Ash Trust", "organisation", "said", ((39, len(text) - 1),))
    tail = ", the trust said" + " in a statement" * 4 + "," + " " * 3
    assert len(tail) == 80
    text = "The Ash Trust said the river was clean" + tail + "It has downgraded the warning."
    start = 38 + 80
    assert own_act(text, (start, len(text)), [], _previous(text, 38)) == \
        Attribution("Ash Trust", "organisation", "said", ((start, len(text) - 1),))
    text = "The Ash Trust said the river was clean" + tail + " It has downgraded the warning."
    assert own_act(text, (start + 1, len(text)), [], _previous(text, 38)) is None


# speakers.titled_references.titled_reference


def test_titled_reference_wants_a_title_before_of_two_words() -> None:
    text = "Later the motion was carried. Motion 14 was put."
    assert titled_reference(text, 6, ["the", "motion"]) is None
    text = "Motion 14 was put. Later the motion was carried."
    assert titled_reference(text, 25, ["the", "motion"]) == ("Motion 14", "document")
    text = "The Monitor found rises. Later the monitor said more."
    assert titled_reference(text, 31, ["the", "monitor"]) is None


# speakers.titled_bodies.title_holder_of


def test_title_holder_of_reads_titles_of_up_to_four_post_words() -> None:
    name = "Deputy Chief Assistant Ombudsman"
    assert title_holder_of(f"{name} Jo Brannagh found faults.", name) == "Jo Brannagh"
    name = "Deputy Chief Deputy Assistant Ombudsman"
    assert title_holder_of(f"{name} Jo Brannagh found faults.", name) is None
    assert title_holder_of("Jo Brannagh found faults.", "") is None
