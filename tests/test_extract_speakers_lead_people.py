"""speakers/lead_people: a news lead's speaker described as one person before the text names them, and the person the
next paragraph names for them (one mechanism since wave 60x). By a noun (`A HOSPITAL boss has conceded`, `A Marshby
woman says`, `A Dunford Water Trust leader has said`): the person whose full name opens the next paragraph in a
sentence that reports them; never a person the lead tells of, nor one named without a cue (wave 59d; the real sets'
65th, 68th and 86th). By a post (`The chief executive of X has admitted`, wave 36e; a leading post with no body's name,
`A HOSPITAL boss`, `the borough's housing chief`, wave 59n): the first person the next paragraph names, given a post
that fits. Never a person the text names before the description. Each text is written for this test in our own words
about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.speakers import Context, lead_people
from claims.extract.speakers.held_posts import fits_post
from claims.extract.speakers.lead_people import (before_post, clause_before_name, lead_fits, lead_holder, lead_person,
                                                lead_post)
from claims.extract.table import extract_text
from extract_rows import cued_rows

COLUMNS = ["speaker", "speaker_kind", "cue"]

_BOSS = ("Waits longest in memory\n\n"
         "A HOSPITAL boss has admitted wards are fuller than at any time she has known in her career.\n\n"
         "Mara Quell, the chief executive of Tarnby Hospitals Trust, told governors that 2,400 patients had waited "
         "a year or more.\n")
_WOMAN = ("Tenant's damp despair\n\n"
          "A Fellbridge woman says her flat has been damp for two years.\n\n"
          "Ina Corrow (61) has reported the mould 14 times, but says the landlord has not fixed it.\n")
_LEADER = ("Targets 'very hard'\n\n"
           "A Tarnby health service leader has said the four-hour target is very hard to meet.\n\n"
           "Owen Brackley, Chief Executive of Tarnby Hospitals Trust, reported that 71 per cent of patients were seen "
           "within four hours.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_BOSS, [("Mara Quell", "person", "admitted", "has admitted wards are fuller than at any time she has known in her career"),
             ("Mara Quell", "person", "told governors that", "2,400 patients had waited a year or more")]),
    (_WOMAN, [("Ina Corrow", "person", "says", "her flat has been damp for two years"),
              ("Ina Corrow", "person", "reported", "has reported the mould 14 times"),
              ("Ina Corrow", "person", "reported", "the landlord has not fixed it")]),
    (_LEADER, [("Owen Brackley", "person", "said", "the four-hour target is very hard to meet"),
               ("Owen Brackley", "person", "reported that", "71 per cent of patients were seen within four hours")]),
])
def test_a_leads_described_person_is_the_person_named_next(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: the lead tells of another person, or the person named next is not reported (a cue), or a spokesperson.
@pytest.mark.parametrize(("text", "expected"), [
    ("Coroner's warning\n\nA coroner has said she will write to the trust after an 80-year-old man waited nine "
     "hours.\n\nAlby Senn, a retired miller, died two days after he was found by a neighbour.\n",
     [("A coroner", "person", "said", "she will write to the trust after an 80-year-old man waited nine hours")]),
    ("Coroner's warning\n\nA coroner has warned that more people will die unless ambulance waits are cut.\n\n"
     "Alby Senn, 80, fell at his home in March and waited nine hours.\n",
     [("A coroner", "person", "warned that", "more people will die unless ambulance waits are cut")]),
    ("Trust's reply\n\nA Tarnby Hospitals Trust spokesperson said the ward would reopen in May.\n\n"
     "Mara Quell, the chief executive, said staff had been hired.\n",
     [("Tarnby Hospitals Trust", "organisation", "said", "the ward would reopen in May"),
      ("Mara Quell", "person", "said", "staff had been hired")]),
])
def test_no_one_else_takes_the_lead(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_another_person_described_at_the_leads_full_stop() -> None:
    """The lead tells of another person at its very end (`the death of a woman.`): the person named next may be
    either, so the coroner stays as written (60m: the full stop kept `woman.` from the nouns, and she took the lead)."""
    text = ("Inquest ends\n\nA coroner has said lessons must be learned after the death of a woman.\n\n"
            "Ada Brell, 84, had told neighbours she felt unwell before she collapsed.\n")
    assert cued_rows(text) == [
        ("A coroner", "person", "said", "lessons must be learned after the death of a woman"),
        ("Ada Brell", "person", "told", "neighbours she felt unwell before she collapsed")]


def test_a_person_named_before_the_lead_is_not_its_described_person() -> None:
    text = ("Damp flats\n\nMara Quell opened the estate's new office on Monday.\n\n"
            "A HOSPITAL boss has admitted wards are fuller than at any time she has known in her career.\n\n"
            "Mara Quell said 2,400 patients had waited a year or more.\n")
    assert cued_rows(text) == [
        ("A hospital boss", "person", "admitted", "has admitted wards are fuller than at any time she has known in her career"),
        ("Mara Quell", "person", "said", "2,400 patients had waited a year or more")]


_DAMP = ("Damp flats\n\n{lead} says her flat has been damp for two years.\n\n"
         "Ina Corrow (61) has reported the mould 14 times, but says the landlord has not fixed it.\n")


@pytest.mark.parametrize(("lead", "description", "expected"), [
    ("A Fellbridge woman", "A Fellbridge woman", ("Ina Corrow", "person")),
    # wave 60x: the guard the post reader kept (a name before the description, in its own sentence too), where the noun
    # reader looked only before the lead's paragraph and took her
    ("Writing to Ina Corrow's landlord, a Fellbridge woman", "a Fellbridge woman", None),
    ("A Fellbridge tenants' spokesperson", "A Fellbridge tenants' spokesperson", None),  # a body's voice
])
def test_a_lead_person_is_never_named_before_the_description(lead: str, description: str,
                                                            expected: tuple[str, str] | None) -> None:
    text = _DAMP.format(lead=lead)
    start = text.index(description)
    raw = description.split()
    assert lead_person(text, start, start + len(description), raw, [w.lower() for w in raw],
                       Context(text=text)) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("A HOSPITAL boss", ("boss", ())),
    ("the city's lobbyist registrar", None),  # no leading post: `post_holders` reads it
    ("A coroner", None),
    ("the borough's housing chief", ("chief", ())),
    ("A Harbour Trust director", None),  # a body's name before the post
    ("A Harbour Trust boss", None),  # a body's name before a leading post (60m)
    ("A senior hospital ward boss", ("boss", ())),  # four words, the most a post has (60m)
    ("the city's spokesman", None),  # a body's voice
    ("A local resident", None),  # no post
    ("The chief executive", None),  # no lead's article or owner: `post_holders` reads it
])
def test_a_lead_post_with_no_body_named(clause: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert lead_post(clause) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # wave 59n: a news lead's post written with `a` or a lower-case owner is the next paragraph's first person
    # (a hospital trust's chief executive; a borough's housing chief)
    ("A HOSPITAL boss has admitted bed waits have grown by 175 per cent.\n\n"
     "Ada Brell, the chief executive of Tarnby Hospitals Trust, told governors that 3,500 patients were waiting.\n",
     [["Ada Brell", "person", "admitted"], ["Ada Brell", "person", "told governors that"]]),
    ("Repair times fell by 9% in Tarnby's homes, according to the borough's housing chief.\n\n"
     "Ada Brell, the chief executive of Tarnby Homes, praised the 5,000 workers.\n",
     [["Ada Brell", "person", "according to"], ["Ada Brell", "person", "praised"]]),
])
def test_a_lead_post_is_the_next_paragraphs_person(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[COLUMNS].values.tolist() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A HOSPITAL boss has admitted bed waits have grown by 175 per cent.\n\n"
     "Union organiser Tom Vane said 40 jobs would go at the hospital.\n",
     [["A hospital boss", "person", "admitted"], ["Tom Vane", "person", "said"]]),  # another post: not him
    ("Ada Brell opened the ward on Monday.\n\nA HOSPITAL boss has admitted bed waits have grown by 175 per cent.\n\n"
     "Ada Brell said 3,500 patients were waiting.\n",
     [["A hospital boss", "person", "admitted"], ["Ada Brell", "person", "said"]]),  # named before: no lead's holder
    ("A coroner has said that 14 people died waiting for ambulances.\n\nTom Vane, 81, fell at his home in March.\n\n"
     "Area coroner Ada Brell said that the trust had missed its target.\n",
     [["Ada Brell", "person", "said that"], ["Ada Brell", "person", "said that"]]),  # no leading post: the coroner
])
def test_a_lead_post_takes_no_other_person(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[COLUMNS].values.tolist() == expected


_WAITS = "A HOSPITAL boss has admitted bed waits have grown.\n\n{next}\n"


@pytest.mark.parametrize(("text", "at", "expected"), [
    (_WAITS.format(next="Tarnby Hospitals chief executive Ada Brell told governors that 3,500 patients were waiting."),
     0, ("Ada Brell", "person")),  # the employer before her post is passed over
    (_WAITS.format(next="Union organiser Tom Vane said 40 jobs would go."), 0, None),  # a post that does not fit
    (_WAITS.format(next="Ada Brell said 3,500 patients were waiting.").replace("A HOSPITAL", "Waits grew. A HOSPITAL"),
     12, None),  # not the paragraph's first sentence
    ("\"Waits grew,\" a HOSPITAL boss has admitted.\n\nAda Brell said 3,500 patients were waiting.\n",
     14, ("Ada Brell", "person")),  # a quotation's comma ends no sentence
    ("A HOSPITAL boss has admitted bed waits have grown.\n\n  \n", 0, None),  # no paragraph after the lead
    ("Ada Brell opened the ward.\n\nA HOSPITAL boss has admitted bed waits have grown.\n\nAda Brell said so.\n", 28,
     None),  # named before the lead: a writer who knew her would name her
])
def test_a_lead_holder_is_the_next_paragraphs_first_fitting_person(text: str, at: int,
                                                                   expected: tuple[str, str] | None) -> None:
    assert lead_holder(text, at, ("boss", ()), Context(text=text), lead_fits) == expected


@pytest.mark.parametrize(("before", "post", "expected"), [
    ("", ("boss", ()), True),  # no post given
    ("Union organiser ", ("boss", ()), False),
    ("The trust's chief executive, ", ("boss", ()), True),  # only the clause right before the name counts
    ("Hospital director ", ("boss", ()), True),
    ("In a statement, hospital director ", ("chief", ()), True),
])
def test_a_lead_post_fits_a_leaders_post(before: str, post: tuple[str, tuple[str, ...]], expected: bool) -> None:
    assert lead_fits(before, post) == expected


@pytest.mark.parametrize(("before", "expected"), [
    ("Union organiser ", False),
    ("Chief executive ", True),
    ("", True),
])
def test_a_held_post_fits_itself_as_the_lead_holders_post(before: str, expected: bool) -> None:
    text = ("The chief executive of Norvale Water has admitted leaks rose.\n\n"
            f"{before}Ada Brell said pipes would be replaced.\n")
    assert lead_holder(text, 0, ("executive", ("chief",)), Context(text=text), fits_post) \
        == (("Ada Brell", "person") if expected else None)


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Tarnby Active chief executive Jo Roe", 13, True),
    ("Tarnby Active Chief Executive Jo Roe", 13, False),  # a title in capitals: `titles`
    ("Jo Roe said", 6, False),
    ("Jo Roe", 6, False),
])
def test_a_name_before_a_post_in_lower_case_is_its_body(text: str, end: int, expected: bool) -> None:
    assert before_post(text, end) == expected


@pytest.mark.parametrize(("before", "expected"), [
    ("In a statement, hospital director ", ["hospital", "director"]),
    ("Speaking on Monday; Union Organiser ", ["union", "organiser"]),
    ("Jo Roe (Tarnby Trust chief executive ", ["tarnby", "trust", "chief", "executive"]),  # an opening bracket cuts
    ("Asked why: ", []),
    ("", []),
])
def test_the_clause_before_a_name_is_cut_at_its_last_mark(before: str, expected: list[str]) -> None:
    assert clause_before_name(before) == expected


@pytest.mark.parametrize(("rest", "expected"), [
    ("has said she will write after a man, 80, fell.", True),  # the noun's comma stripped
    ("has said she will write after a man waited.", True),  # `a`, not only `an`
    ("has said the man waited nine hours.", False),  # no `a` or `an` before the noun
    ("has said a ward was closed.", False),  # no person's noun after `a`
    ("has said a 79-year-old died.", True),  # an age for the noun
    ("told the woman a ward had closed.", False),  # the noun before `a` is not read
    ("has said a man died.", True),  # the word right after `a`
    ("has said a long, cold wait by one woman.", True),  # the sixth word after `a`
    ("has said a long, cold wait by the one woman.", False),  # the seventh is past the description
])
def test_tells_of_another(rest: str, expected: bool) -> None:
    """60m: an indefinite description of a person in the lead's paragraph from its cue on."""
    assert lead_people._tells_of_another("A coroner " + rest, len("A coroner ")) is expected


def test_named_before_reaches_the_leads_paragraph() -> None:
    text = "Mara Quell\nA HOSPITAL boss has admitted waits grew."
    assert lead_people._named_before(text, text.index("has"), "Mara Quell") is True  # named on the line right before


@pytest.mark.parametrize(("opening", "expected"), [
    ("Mara Quell told governors that waits grew.", "Mara Quell"),
    ("Nurse Quell told governors that waits grew.", "Nurse Quell"),  # a title and a surname: two words
    ("Tarnby Hospitals Trust told governors that waits grew.", None),  # a body, not a person
])
def test_opening_person(opening: str, expected: str | None) -> None:
    found = lead_people._opening_person("Lead has said.\n\n" + opening + "\n", 5)
    assert (found.name if found is not None else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mara Quell, 52, fell at home. She told police she waited.", False),  # the cue is in the next sentence
    ("Mara Quell told governors", True),  # no full stop: the line's end
    ("Mara Quell, the chief executive, said: waits grew", True),  # the cue's colon stripped
])
def test_reports(text: str, expected: bool) -> None:
    assert lead_people._reports(text, len("Mara Quell")) is expected


_LEAD_TEXT = ("Waits longest\n\nA HOSPITAL boss has admitted wards are fuller than ever.\n\nMara Quell, the chief "
              "executive of Tarnby Hospitals Trust, told governors that 2,400 waited.\n")


@pytest.mark.parametrize(("raw", "expected"), [
    (["A", "HOSPITAL", "boss"], ("Mara Quell", "person")),
    (["A", "boss"], ("Mara Quell", "person")),  # two words, the fewest
    (["An", "hospital", "boss"], ("Mara Quell", "person")),  # `an`
    (["A", "hospital", "ward", "nursing", "care", "boss"], ("Mara Quell", "person")),  # six words, the most
    (["A", "hospital", "ward", "nursing", "care", "unit", "boss"], None),  # seven
    (["The", "hospital", "boss"], None),  # no indefinite article
    (["A", "HOSPITAL", "ward"], None),  # no person's noun
    (["A", "HOSPITAL", "boss,"], None),  # the description's last word is not a word alone
], ids=["lead", "two-words", "an", "six-words", "seven-words", "the", "no-person", "punctuated"])
def test_lead_person(raw: list[str], expected: tuple[str, str] | None) -> None:
    """60m: the description read whole (`words` lower-cased and stripped, `raw` as written)."""
    words = [word.strip(",").lower() for word in raw]
    end = _LEAD_TEXT.index("has admitted")
    assert lead_person(_LEAD_TEXT, _LEAD_TEXT.index("A HOSPITAL"), end, raw, words, Context(text=_LEAD_TEXT)) == expected


def test_lead_person_after_someone_spoke() -> None:
    """60m: a person who already spoke ends the lead: the description stays as written."""
    ctx = Context(text=_LEAD_TEXT)
    ctx.last_speaker = "Tom Vane"
    end = _LEAD_TEXT.index("has admitted")
    assert lead_person(_LEAD_TEXT, _LEAD_TEXT.index("A HOSPITAL"), end, ["A", "HOSPITAL", "boss"], ["a", "hospital", "boss"], ctx) \
        is None


@pytest.mark.parametrize(("before", "expected"), [
    ("", True),  # no post given
    ("Hospital chief executive ", True),  # a leader's post
    ("Union organiser ", False),  # another post
    ("As organiser of the rally, ", True),  # only the words after the last comma give the post
], ids=["none", "leader", "other", "past-a-comma"])
def test_lead_fits(before: str, expected: bool) -> None:
    """60m: a leading post fits no other post named before the holder."""
    assert lead_fits(before, ("boss", ())) is expected
