"""Missed claims (wave 27e): claims the extractor cut in two so that no row held them whole. Each case is a short
text written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, cue, quote) rows, in text order, or the whole value a helper returns; each rule has cases where it must
not fire."""
from claims.extract.conjuncts import verbless_object
from claims.extract.items import is_verb_like
from extract_rows import cued_rows as rows


def second_object(text: str, left: str) -> bool:
    """Whether the words after the first ` and ` of a text are a second object of the verb before it."""
    at = text.index(" and ")
    return verbless_object(text, left.split(), at + len(" and "), len(text), is_verb_like)


# A noun phrase joined by `and` to the object before it is one claim with it, though an -ed adjective, a clause of its
# own after it, or `since` before the verb made it read as a new clause.
def test_an_ed_adjective_after_a_determiner_is_no_clause_verb() -> None:
    assert rows("Dr Lena Pryce said the climber had frostbite and a dislocated shoulder on arrival.") == [
        ("Lena Pryce", "person", "said", "the climber had frostbite and a dislocated shoulder on arrival")]


def test_a_clause_of_its_own_after_the_second_object_is_not_its_verb() -> None:
    assert rows("Dr Lena Pryce said the climber had frostbite and a deep gash on his leg when the team reached him.") == [
        ("Lena Pryce", "person", "said",
         "the climber had frostbite and a deep gash on his leg when the team reached him")]
    assert rows("Ossian Dairies said the losses were caused by the spring floods and a hard frost in March, which "
                "burst 40 pipes across the farm.") == [
        ("Ossian Dairies", "organisation", "said", "the losses were caused by the spring floods and a hard frost in "
                                                   "March, which burst 40 pipes across the farm")]


def test_since_before_the_verb_is_no_preposition_of_the_first_object() -> None:
    assert rows("The bakery told the tribunal it had since replaced ovens and a faulty extractor fan at a cost of "
                "£9,000.") == [
        ("The bakery", "unresolved", "told", "it had since replaced ovens and a faulty extractor fan at a cost of £9,000")]


def test_a_half_after_a_number_is_part_of_the_number() -> None:
    assert rows("Nurse Ida Voss said her shift ran to eleven and a half hours on most days last winter.") == [
        ("Ida Voss", "person", "said", "her shift ran to eleven and a half hours on most days last winter")]


def test_a_clause_after_and_is_still_split() -> None:
    assert rows("Kay Hollins said sales rose by 4% and the company opened two new stores in Leeds.") == [
        ("Kay Hollins", "person", "said", "sales rose by 4%"),
        ("Kay Hollins", "person", "said", "the company opened two new stores in Leeds")]
    # an -ed adjective after a determiner, and a verb after it: a clause
    assert rows("Ray Dunmore said the mill had closed its kiln and a redesigned packing line opened in May.") == [
        ("Ray Dunmore", "person", "said", "the mill had closed its kiln"),
        ("Ray Dunmore", "person", "said", "a redesigned packing line opened in May")]
    # `since` as a preposition before the first object's noun
    assert rows("Jo Marrin said the depot had been empty since the spring floods and the owners moved out in June.") == [
        ("Jo Marrin", "person", "said", "the depot had been empty since the spring floods"),
        ("Jo Marrin", "person", "said", "the owners moved out in June")]
    # `and a` after a number with no `half` or `quarter`
    assert rows("Jo Marrin said the crew searched for three hours and a rescue helicopter arrived at noon.") == [
        ("Jo Marrin", "person", "said", "the crew searched for three hours"),
        ("Jo Marrin", "person", "said", "a rescue helicopter arrived at noon")]


def test_a_subordinate_clause_ends_the_search_only_where_it_is_no_aside() -> None:
    assert second_object("the ward lost two nurses and a porter when the unit closed", "the ward lost two nurses")
    assert second_object("the farm lost its barn and a tractor, which cost £40,000", "the farm lost its barn")
    # a relative clause inside the second subject, its verb after the aside: a clause
    assert not second_object("the depot lost two vans and the drivers, who were not insured, walked out",
                             "the depot lost two vans")
    assert not second_object("the ward lost two nurses and a porter resigned when the unit closed",
                             "the ward lost two nurses")


# A ruling body's first person: after a body has judged in the third person (`The Panel noted that`, `the judgment of
# the Tribunal is that`), a sentence outside quotation marks opening `We found`, `We considered`, `We did not accept`
# is that body's claim, whole.
RULING = ("Marrowby Advertising Panel ruling on Quillfern Ltd\n\n"
          "Assessment\n\n"
          "The Marrowby Advertising Panel noted that the advert ran for six weeks in March and April. We considered the "
          "saving on offer was available on only two products.\n\n"
          "We did not accept that the small print corrected the headline claim.\n\n"
          "We acknowledged that Quillfern had withdrawn the advert by 2 May.")


def test_a_ruling_bodys_we_sentences_are_its_claims() -> None:
    assert rows(RULING) == [
        ("Marrowby Advertising Panel", "organisation", "noted that", "the advert ran for six weeks in March and April"),
        ("Marrowby Advertising Panel", "organisation", "considered",
         "We considered the saving on offer was available on only two products"),
        ("Marrowby Advertising Panel", "organisation", "did not accept",
         "We did not accept that the small print corrected the headline claim"),
        ("Marrowby Advertising Panel", "organisation", "acknowledged",
         "We acknowledged that Quillfern had withdrawn the advert by 2 May")]


def test_we_is_no_ruling_body_where_none_has_judged_or_in_a_quotation() -> None:
    # no body judged before: the writer's `we` is left as before
    assert rows("Harbour rates rise\n\nWe considered the new harbour rates were higher than last year's.") == []
    # a body that only said something is no judge
    assert rows("Pellmoor Ferries said the timetable would change in May. We considered the new timetable was worse "
                "for commuters.") == [
        ("Pellmoor Ferries", "organisation", "said", "the timetable would change in May")]
    # `we` inside a quotation is its speaker's, read as before
    assert rows('The Lowfield Standards Board found that the label was misleading. "We considered the figures '
                'carefully," said Ada Krell.') == [
        ("Lowfield Standards Board", "inspectorate", "found that", "the label was misleading"),
        ("Ada Krell", "person", "said", "We considered the figures carefully")]


def test_a_judgment_lead_in_names_the_ruling_body_and_a_we_lead_in_stays_a_lead_in() -> None:
    text = ("The decision of the Fenbridge Licensing Panel is that:\n\n1. The licence is suspended for 28 days.\n\n"
            "We found that the venue had breached its noise condition on four nights.")
    assert rows(text) == [
        ("Fenbridge Licensing Panel", "organisation", "of the Fenbridge Licensing Panel is that",
         "The licence is suspended for 28 days"),
        ("Fenbridge Licensing Panel", "organisation", "found",
         "We found that the venue had breached its noise condition on four nights")]


def test_a_body_that_sent_a_decision_is_no_ruling_voice() -> None:
    text = ("Ashgrove Rowing Club statement\n\n"
            "In its decision letter, the Kelton Sports Council said the club's bid did not meet its threshold.\n\n"
            "We do not accept that assessment.")
    assert rows(text) == [
        ("Kelton Sports Council", "organisation", "said", "the club's bid did not meet its threshold")]


def test_a_ruling_bodys_we_lead_in_hands_it_the_bullets_below() -> None:
    text = ("Tollcross Gaming Board provisionally finds against Quennel Games\n\n"
            "The Tollcross Gaming Board found that Quennel Games had breached its licence.\n\n"
            "We have provisionally found that Quennel:\n\n"
            "- allowed 40 self-excluded players to open new accounts;\n"
            "- did not check the age of 212 new customers; and\n"
            "- kept no record of its staff training.")
    assert rows(text) == [
        ("Tollcross Gaming Board", "organisation", "found that", "Quennel Games had breached its licence"),
        ("Tollcross Gaming Board", "organisation", "have provisionally found",
         "allowed 40 self-excluded players to open new accounts"),
        ("Tollcross Gaming Board", "organisation", "have provisionally found",
         "did not check the age of 212 new customers"),
        ("Tollcross Gaming Board", "organisation", "have provisionally found", "kept no record of its staff training")]


def test_a_study_cited_after_the_ruling_body_does_not_take_its_we() -> None:
    text = ("Tollcross Gaming Board provisionally finds against Quennel Games\n\n"
            "The Tollcross Gaming Board found that Quennel Games had breached its licence.\n\n"
            "We opened our inquiry after research by the charity Safer Play found that 9 of 20 test accounts could "
            "bet within minutes.\n\n"
            "We have provisionally found that Quennel:\n\n"
            "- did not check the age of 212 new customers; and\n"
            "- kept no record of its staff training.")
    assert rows(text)[-2:] == [
        ("Tollcross Gaming Board", "organisation", "have provisionally found",
         "did not check the age of 212 new customers"),
        ("Tollcross Gaming Board", "organisation", "have provisionally found", "kept no record of its staff training")]
