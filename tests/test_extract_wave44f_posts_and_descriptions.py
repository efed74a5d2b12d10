"""Wave 44f: wrong speakers of the 41st and 42nd real-page checks, by shape of English press writing.

- a long post set off before the name after an inverted cue (`"...," stated Head of Schools Improvement and Pupil
  Support, Jo Roe`): the role may stand anywhere in the post, not only in its last 40 characters
  (`attribution/quotes._name_after_role`);
- an occasion that opens the sentence with no comma before the speaker (`Commenting on the figures Jo Roe, chief
  executive of Acme, said`): the speaker is the person, not the body of the apposition (`speakers/clauses.past_bare_occasion`);
- a post's remit of two words joined by `and` before the name (`National Director, Planning and Estates Jo Roe`): the
  person, no pair of people (`entities._person_after_remit`);
- a given name's initial inside `according to` (`released by Sister M. Jo Roe, ...`): the whole name, the claim after
  the comma (`attribution/patterns.ACCORDING_RE`);
- an inspectorate's noun before its name (`Government inspectors Ofcare`, `the schools watchdog Ofcare`): the name
  speaks, and a later `inspectors` is it (`speakers/described_names._modifiers_of`, `attribution/patterns.PASSIVE_BY_RE`).
"""
import pytest

from tests.extract_rows import cued_rows


@pytest.mark.parametrize("text, expected", [
    ('Results up\n\n"Four of our schools improved this year," stated Superintendent of Secondary School Improvement and'
     ' Pupil Support, Tamsin Orrell, "We will keep the focus on reading."\n',
     [("Tamsin Orrell", "person", "stated", "Four of our schools improved this year"),
      ("Tamsin Orrell", "person", "quotation continues", "We will keep the focus on reading.")]),
    ('Results up\n\n"Pass rates rose to 81% this year," noted Head of Curriculum Planning and Learner Support, Idris'
     ' Kellaway.\n',
     [("Idris Kellaway", "person", "noted", "Pass rates rose to 81% this year")]),
])
def test_a_long_post_before_the_name_after_an_inverted_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """The post is more than 40 characters long: the person after its comma speaks, not an earlier speaker."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Grant\n\nCommenting on the figures Dara Quill, chief executive of Harbour Water, said: "We fixed 300 leaks'
     ' last year."\n',
     [("Dara Quill", "person", "said:", "We fixed 300 leaks last year.")]),
    ("Grant\n\nSpeaking at the launch Dara Quill, head of policy at Harbour Water, said the grant would pay for 40"
     " new pumps.\n",
     [("Dara Quill", "person", "said", "the grant would pay for 40 new pumps")]),
    ("Grant\n\nCommenting on the figures Harbour Water said 300 leaks had been fixed.\n",
     [("Harbour Water", "organisation", "said", "300 leaks had been fixed")]),
])
def test_an_occasion_with_no_comma_before_the_speaker(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`Commenting on the figures Jo Roe, chief executive of X, said`: Jo Roe; a body after the occasion still speaks."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Wards full\n\nHarbour Health's National Director, Planning and Estates Mara Quell said 40 beds had opened.\n",
     [("Mara Quell", "person", "said", "40 beds had opened")]),
    ("Wards full\n\nThe trust's Director, Access and Integration Mara Rees-Quell said waits had fallen to four hours."
     "\n\nMs Rees-Quell said 12 wards were full.\n",
     [("Mara Rees-Quell", "person", "said", "waits had fallen to four hours"),
      ("Mara Rees-Quell", "person", "said", "12 wards were full")]),
    ("Care\n\nThe council's Director, Early Help and Safeguarding Nell Tarrant said 284 children were in care.\n",
     [("Nell Tarrant", "person", "said", "284 children were in care")]),
    ("Shop shut\n\nAnn and Dev Roe said their shop had closed in May.\n",
     [("Ann and Dev Roe", "person", "said", "their shop had closed in May")]),
    ("Rural crime\n\nA year on, Teifwy's Police and Crime Commissioner, Bethan Rhydderch, said 23 new posts were in"
     " rural stations.\n",
     [("Bethan Rhydderch", "person", "said", "23 new posts were in rural stations")]),
])
def test_a_remit_joined_by_and_before_the_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`Director, A and B Jo Roe`: Jo Roe; two people and a post with `and` in it read as before."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Enrolment\n\nAccording to figures released by College President Sister M. Ellen Dorr, 2,100 students have"
     " enrolled.\n",
     [("M. Ellen Dorr", "person", "According to", "2,100 students have enrolled")]),
    ("Clinic\n\nAccording to Dr K. Alan Price, the clinic saw 4,000 patients in May.\n",
     [("K. Alan Price", "person", "According to", "the clinic saw 4,000 patients in May")]),
])
def test_an_initial_inside_according_to(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`according to X M. Jo Roe,`: the stop after the initial ends no source."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Council rated good\n\nHarbury Council has been rated good by Government inspectors Ofcare after a visit in May."
     "\n\nIn their report inspectors say that the council has improved its help for families.\n",
     [("Ofcare", "inspectorate", "been rated",
       "Harbury Council has been rated good by Government inspectors Ofcare after a visit in May"),
      ("Ofcare", "inspectorate", "say that", "the council has improved its help for families")]),
    ("Schools\n\nHarbury Council has been judged good by the schools watchdog Ofcare.\n\nThe watchdog said 90% of"
     " pupils attend a good school.\n",
     [("Ofcare", "inspectorate", "been judged", "Harbury Council has been judged good by the schools watchdog Ofcare"),
      ("Ofcare", "inspectorate", "said", "90% of pupils attend a good school")]),
    ("Schools\n\nSchools inspectors Ofcare said the council had cut waits for help by a third.\n",
     [("Ofcare", "organisation", "said", "the council had cut waits for help by a third")]),
    ("Ward\n\nThe ward was rated inadequate by inspectors in March.\n",
     [("inspectors", "inspectorate", "was rated", "The ward was rated inadequate by inspectors in March")]),
])
def test_an_inspectorate_described_before_its_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`Government inspectors Ofcare`, `the schools watchdog Ofcare`: Ofcare, then `inspectors` and `the watchdog`."""
    assert cued_rows(text) == expected
