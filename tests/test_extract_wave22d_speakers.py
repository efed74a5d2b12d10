"""Wrong speakers left on development p001-p760 (wave 22d): families that several authors' texts share. Each case is
a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.joint_bodies import joint_halves
from claims.extract.plural_groups import plural_common_noun
from extract_rows import rows


# Two bodies read as one name (22d, joint_bodies): a list's last two parties (`by A, B Council and C Team`) or `A Trust
# and the B Service` became one name, and a later `the team`, `the ambulance service`, `the trust` meant both (p502,
# p719: two authors; 21d left p502).
@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Harbury NHS Trust and the North Fells Ambulance Service", "",
     ("Harbury NHS Trust", "North Fells Ambulance Service")),
    ("Lowfield Borough Council and Kelby Rescue Team", "Kelby Rescue Team\n",
     ("Lowfield Borough Council", "Kelby Rescue Team")),
    # the right half never written alone, no `the`: one name as far as the text shows
    ("Lowfield Borough Council and Kelby Rescue Team", "", None),
    # names that hold an `and` of their own
    ("Tamesdale Police and Crime Commissioner", "Crime Commissioner", None),
    ("Irish Nursing and Midwifery Union", "", None),
    ("Department of Housing, Local Government and Heritage", "", None),
    ("Dunmore Council and Acorn", "", None),
    ("Harbury Fire and Rescue Service", "Rescue Service", None),
])
def test_joint_halves(name: str, text: str, expected: tuple[str, str] | None) -> None:
    assert joint_halves(name, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A coroner has written to Harbury General Hospital NHS Trust and the North Fells Ambulance Service about "
     "delays.\n\nA spokesperson for the ambulance service said it would respond in full and was working with the "
     "trust on delays.\n\nA spokesperson for the trust said 40% of handovers now took under 30 minutes.\n",
     [("North Fells Ambulance Service", "organisation",
       "it would respond in full and was working with the trust on delays"),
      ("Harbury General Hospital NHS Trust", "organisation", "40% of handovers now took under 30 minutes")]),
    ("Issued by Lowfield Police, Lowfield Borough Council and Kelby Edge Rescue Team\n\nKelby Edge Rescue Team\n\n"
     "A spokesperson for the team said: \"Our volunteers spent 19 hours on the hill over the weekend.\"\n",
     [("Kelby Edge Rescue Team", "organisation", "Our volunteers spent 19 hours on the hill over the weekend.")]),
    # the two as the subject still speak together
    ("Harbury General Hospital NHS Trust and the North Fells Ambulance Service said in a joint statement that 12 "
     "extra crews had started work.\n\nThe trust said 30 beds had opened.\n",
     [("Harbury General Hospital NHS Trust and the North Fells Ambulance Service", "organisation",
       "12 extra crews had started work"),
      ("Harbury General Hospital NHS Trust", "organisation", "30 beds had opened")]),
])
def test_a_reference_means_one_of_two_bodies_read_as_one_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A plural common noun alone before a cue (22d, plural_groups): `Caseworkers told inspectors` registered a body named
# `Caseworkers`, whose `It also found` then followed (p686; the blind tables of p089-p760 read `Vets`, `Charities`,
# `Forecasters`, `Manufacturers`, `Businesses` so in five more authors' texts).
@pytest.mark.parametrize(("word", "text", "expected"), [
    ("Caseworkers", "58% of caseworkers were new", True),
    ("Vets", "a vet in Fife", True),
    ("Charities", "three charities", True),
    ("Forecasters", "the forecasters", True),
    # a name the text never writes in lower case: a club, a firm
    ("Rangers", "Rangers won.", False),
    ("Boots", "Boots said sales rose.", False),
    # no common noun, or no plural
    ("Kellans", "kellans", False),
    ("Charity", "a charity", False),
    ("VETS", "vets", False),
])
def test_plural_common_noun(word: str, text: str, expected: bool) -> None:
    assert plural_common_noun(word, text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Inspectorate said that 58% of caseworkers were new. Caseworkers told inspectors they were \"afraid "
     "to ask questions\" in case it slowed them down.\n\nIt also found that interpreters were booked by telephone for "
     "almost half of interviews.\n",
     [("Harbour Inspectorate", "inspectorate", "58% of caseworkers were new"),
      ("Caseworkers", "unresolved", "inspectors they were \"afraid to ask questions\" in case it slowed them down"),
      ("Harbour Inspectorate", "inspectorate", "interpreters were booked by telephone for almost half of interviews")]),
    ("Fees at a vet in Fife have doubled since 2020. Vets say the vaccine costs between £60 and £90 for a puppy.\n",
     [("Vets", "unresolved", "the vaccine costs between £60 and £90 for a puppy")]),
    # a plural name the text never writes in lower case stays a body
    ("Boots said sales rose 4% in the year to March.\n",
     [("Boots", "organisation", "sales rose 4% in the year to March")]),
])
def test_a_plural_common_noun_speaks_for_no_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A pronoun and its verb run together (22d, `data/not_names.txt`): `We're told the count will finish at 4.30pm`,
# `We've identified $5m in savings` read `We're`, `We've` as a body's name (p673, p646: two authors, both live or
# transcript pages, where writers and speakers talk in the first person).
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Council said 40 homes were flooded.\n\nWe're told the count will finish at around 4.30pm.\n\n"
     "We\u2019ve been told that 12 roads remain closed.\n\nI'm told the vote was delayed by 40 minutes.\n",
     [("Harbour Council", "organisation", "40 homes were flooded")]),
])
def test_a_contracted_pronoun_is_no_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# `which it put down to` / `which it said` after a clause that names its body only by a common noun (22d,
# clause_pronouns.referenced_body, attribution/sentence._blamed): `the number of complaints the society received rose
# by 23%, which it put down to delays` gave `it` to the data firm quoted before, and its `It said` followed (p302);
# `Strathlevern also said that arrears had edged up, which it attributed to ...` stayed `it` (p736); `The company
# blamed mild weather, which it said had left it with ...` gave no row (p654): three authors; 21e left the family.
@pytest.mark.parametrize(("text", "expected"), [
    ("Pennine Mutual Society said profit rose 14%.\n\nIts rates were 0.7 points above the market, according to "
     "data firm RateCheck.\n\nHowever, the number of complaints the society received rose by 23% to 3,180, which it "
     "put down to delays in its mortgage team. It said 91% of complaints were now resolved within eight weeks.\n",
     [("Pennine Mutual Society", "organisation", "profit rose 14%"),
      ("RateCheck", "organisation", "Its rates were 0.7 points above the market"),
      ("Pennine Mutual Society", "organisation",
       "However, the number of complaints the society received rose by 23% to 3,180, which it put down to delays in "
       "its mortgage team"),
      ("Pennine Mutual Society", "organisation", "91% of complaints were now resolved within eight weeks")]),
    ("Brackley Outdoor Ltd said sales rose 2%.\n\nAnalysts at Pell Garner said the market was flat.\n\nThe company "
     "blamed mild weather in November, which it said had left it with too many heavy coats.\n",
     [("Brackley Outdoor Ltd", "organisation", "sales rose 2%"),
      ("Pell Garner", "organisation", "the market was flat"),
      # 22e reads `blamed` as a cue, so the sentence is one row of the company's: the clause's `it` is still the
      # company, never Pell Garner
      ("Brackley Outdoor Ltd", "organisation",
       "blamed mild weather in November, which it said had left it with too many heavy coats")]),
])
def test_which_it_is_the_body_its_clause_refers_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A cue word after an adjective that only a noun takes (22d, `data/noun_cue_adjectives.txt`): `The chief inspector's
# previous report on asylum casework, in 2024, found` read `report` as the cue and `The chief inspector's previous` as
# a person (p686); `previous`, `earlier`, `draft`, `independent`, ... join `annual`, `latest`.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Inspectorate said 58% of staff were new.\n\nThe chief inspector's previous report on asylum "
     "casework, in 2024, found errors in 19% of the refusals it sampled.\n\nIts draft review of visas found that 12% "
     "of files were lost.\n",
     [("Harbour Inspectorate", "inspectorate", "58% of staff were new"),
      ("Harbour Inspectorate", "inspectorate", "found errors in 19% of the refusals it sampled"),
      ("Harbour Inspectorate", "inspectorate", "12% of files were lost")]),
    # a verb after a plain subject stays the cue
    ("Acme Water reports that leakage fell 12% last year.\n",
     [("Acme Water", "organisation", "leakage fell 12% last year")]),
])
def test_a_cue_word_after_a_nouns_adjective_is_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
