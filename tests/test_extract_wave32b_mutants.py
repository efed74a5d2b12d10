"""Unit cases for wave 32e's and 32f's name and speaker parts (what mutation round 32's second group found unasserted by
the wave-32 files): a national body of two parts before its country, a body's head joined by `on` to what it deals
with, a study's people named by their place, a role word inside a body's remit, a committee's remit and its field,
and a description after the claim as its speaker; every party and sentence is invented, and each assert is on a whole
value: a function's whole return value, a text's whole mentions or its whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract.bodynames import national_pair
from claims.extract import entities, inner_words
from claims.extract.entities import Mention, find_mentions, office_of_remit, person_name
from claims.extract.inner_words import joins_by_remit
from claims.extract.name_edges import joins_by_on, on_gap
from claims.extract.speakers import Context
from claims.extract.speakers import described_voices
from claims.extract.speakers.described_voices import description_kind, described_voice, misfit_in_claim
from claims.extract.speakers.research_teams import team_body
from extract_rows import rows


pytestmark = pytest.mark.usefixtures("cold_extract_caches")


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in find_mentions(text, 0, len(text))]


# bodynames.national_pair (wave 32e): only the right part's last word is tested for a region (`Northern Affairs`).


def test_a_region_word_inside_the_right_part_keeps_the_pair() -> None:
    assert national_pair("Forestry and Northern Affairs Canada".split()) is True


# name_edges.on_gap and joins_by_on (wave 32e): ` on ` and ` on the ` are the gaps, nothing else; the head is the
# run's last word, however many words stand before it.


@pytest.mark.parametrize(("text", "expected"), [
    ("x on y", True),
    ("x on the y", True),
    ("x in y", False),        # another word of the same length
    ("x on a y", False),      # another gap of its own length
    ("x on thee y", False),   # one character longer than ` on the `
])
def test_the_gaps_a_name_goes_on_across(text: str, expected: bool) -> None:
    assert on_gap(text, 1, len(text) - 1) is expected


def test_the_head_is_the_last_word_of_a_long_run() -> None:
    assert joins_by_on("Tarn Valley Joint Committee", "Rural Transport") is True


@pytest.mark.parametrize(("text", "expected"), [
    ("The Tarn Valley Joint Committee on Rural Transport heard evidence.",
     [("Tarn Valley Joint Committee on Rural Transport", "org")]),
    ("It was set up by the Commission on the Future of Ferries in 2021.",
     [("Commission on the Future of Ferries", "org")]),
    ("The Commission on Ferry Safety met the Committee on Harbour Fees.",
     [("Commission on Ferry Safety", "org"), ("Committee on Harbour Fees", "org")]),
    ("Forestry and Northern Affairs Canada said it would act.", [("Forestry and Northern Affairs Canada", "org")]),
])
def test_names_joined_across_on_are_read_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


# speakers/research_teams.team_body (wave 32e): `the` and a study's people only, two words.


RESEARCH = "A study by researchers at Dunmore University looked at 900 pupils."


@pytest.mark.parametrize(("words", "expected"), [
    (["the", "team"], "Dunmore University"),
    (["a", "team"], None),          # no `the`
    (["the", "council"], None),     # no study's people
    (["the", "new", "team"], None),  # three words
])
def test_team_body_reads_the_and_a_studys_people_only(words: list[str], expected: str | None) -> None:
    assert team_body(words, Context(text=RESEARCH)) == expected


# entities (wave 32f): a role word right after of/for/and/on/in and before a common word is a remit, never a title;
# an office with such a remit is a body; a body's head before `of`, `for` or `on` among the first five words.


@pytest.mark.parametrize(("words", "at", "expected"), [
    ("Minister for Social Protection", 2, True),
    ("Minister Social Protection", 1, False),       # no link word before the role word
    ("of Consultant", 1, False),                    # nothing after it
    ("of Chief Executive", 1, False),               # another role word after it: a title
    ("of State Brophy", 1, False),                  # a name after it
    ("and Mr Furlong", 1, False),                   # an honorific
    ("Director and Chief Negotiator Jo", 2, False),  # a post's own noun after it
])
def test_a_remit_word(words: str, at: int, expected: bool) -> None:
    assert entities._remit_word(words.split(), at) is expected


@pytest.mark.parametrize(("words", "expected"), [
    ("Registrar of Consultant Lobbyists", True),
    ("Commissioner for Public Appointments", True),
    ("Registrar of Chief Lobbyists", True),
    ("Controller of Audit", False),                      # no role word in the remit
    ("Registrar of Consultant", False),                  # three words
    ("Registrar in Consultant Lobbyists", False),        # `in`: no office's link
    ("Harbour of Consultant Lobbyists", False),          # no post's head
    ("Registrar of Consultant Lobbyists Jo Roe", False),  # a person after the remit
])
def test_an_office_of_a_remit(words: str, expected: bool) -> None:
    assert office_of_remit(words.split()) is expected


@pytest.mark.parametrize(("words", "expected"), [
    ("State Commission on Juvenile Facility Standards", True),
    ("National Association of Retained Fire Crews", True),
    ("Royal College for Nursing", True),
    ("Dunmore Valley Flood Commission on Erosion", True),          # the link the fifth word
    ("Dunmore Valley Coastal Flood Commission on Erosion", False),  # the link past the first five words
    ("Commission on Erosion", False),                                # the head opens the run
    ("Chief Executive of Acme", False),                              # a role word, no body's head
    ("Tarn commission on Erosion", False),                           # a head in lower case
])
def test_a_head_before_its_link(words: str, expected: bool) -> None:
    assert entities._head_before_link(words.split()) is expected


@pytest.mark.parametrize(("words", "expected"), [
    ("Ombudsman Rachel Whitlock", "Rachel Whitlock"),
    ("Director of Housing Services Dr Jo Roe", "Jo Roe"),
    ("Mayor Lindqvist", "Mayor Lindqvist"),
    ("Cllr Jo Roe", "Jo Roe"),
    ("Minister of State Jo Roe", "Jo Roe"),
    ("Minister for Social Protection", None),
    ("Commissioner for Public Appointments", None),
])
def test_person_name_after_titles_and_remits(words: str, expected: str | None) -> None:
    assert person_name(words.split()) == expected


@pytest.mark.parametrize(("run", "expected"), [
    ("Jo Roe and Tim Ash", "Jo Roe and Tim Ash"),
    ("Ann and Dev Roe", "Ann and Dev Roe"),
    ("Jo Roe and Director Ann Lee", "Jo Roe and Ann Lee"),
    ("Labour and Consultant Lobbyists", None),   # a remit after `and`: a body's name
    ("Planning and Director Services", None),
])
def test_two_people_joined_by_and(run: str, expected: str | None) -> None:
    found = entities._joint_people(entities._Run(run, 0, len(run)))
    assert (found and (found.name, found.kind, found.start, found.end)) == (
        expected and (expected, "person", 0, len(run)))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Registrar of Consultant Lobbyists said 140 firms were on the register.",
     [("Registrar of Consultant Lobbyists", "org")]),
    ("The Tarn State Commission on Ferry Standards met.", [("Tarn State Commission on Ferry Standards", "org")]),
    ("The Committee on Fairness in Civic Life met.", [("Committee on Fairness in Civic Life", "org")]),
])
def test_a_body_with_a_remit_is_read_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


# inner_words.joins_by_remit (wave 32f): the head is the last word before `on`, or before the ` on ` that opens the
# remit whose field follows `in`; the remit's words may be plural.


@pytest.mark.parametrize(("before", "word", "after", "expected"), [
    ("Tarn Valley Joint Committee", "on", "Ferry Standards", True),
    ("Tarn Valley Joint Committee on Ferry Standards", "in", "Civic Life", True),
    ("Committee", "on", "Ferry Standards", True),                              # the head the one word
    ("Committee on Ferry Standards", "in", "Civic Life", True),
    ("Harbour Care", "on", "Ferry Standards", False),                          # no head before `on`
    ("Ferry Standards", "in", "Civic Life", False),                            # a remit, but no head nor `on`
    ("Tarn Committee on Ferry Standards Commission on Fares", "in", "Civic Life", True),  # the last ` on `
    ("The Committee.", "on", "Ferry Standards", False),                        # a stop after the head
    ("The Committee", "on", "Fares", True),                                    # a plural remit
    ("The Committee", "on", "Harbours", False),                                # a plural of no common word
    ("The Committee", "on", "Ferry Trust", False),                             # a body's head ends it
])
def test_a_remit_joins(before: str, word: str, after: str, expected: bool) -> None:
    assert joins_by_remit(before, word, after) is expected


@pytest.mark.parametrize(("word", "expected"), [("Standards", True), ("standards", False), ("Monday", False)])
def test_a_remit_word_is_capitalised_and_common(word: str, expected: bool) -> None:
    assert inner_words._remit_word(word) is expected


# speakers/described_voices (wave 32f): the clause's words set off by commas, five at most, no clause of its own;
# a person never fits, an inspectorate or a body whose name holds a watchdog's head fits a watchdog.


@pytest.mark.parametrize(("clause", "expected"), [
    (", the borders watchdog, ", "inspectorate"),
    (" federal health officials", "unresolved"),
    (" , ", None),
    ("the new borders and immigration watchdog", None),  # six words
    ("which inspectors", None),                          # a relative clause
    ("and the inspectors", None),                         # a clause of its own
    ("the borders team", None),                           # no watchdog's nor people's word
])
def test_description_kind(clause: str, expected: str | None) -> None:
    assert description_kind(clause) == expected


@pytest.mark.parametrize(("kind", "name", "party_kind", "expected"), [
    ("unresolved", "Jo Roe", "person", False),
    ("inspectorate", "Jo Roe", "person", False),
    ("unresolved", "Dunmore Council", "org", True),
    ("inspectorate", "Dunmore Council", "org", False),
    ("inspectorate", "Harbour Ombudsman Service", "org", True),
    ("inspectorate", "Tarn Schools Inspectorate", "org", True),
])
def test_a_party_fits_a_description(kind: str, name: str, party_kind: str, expected: bool) -> None:
    assert described_voices._fits(kind, Mention(0, len(name), name, party_kind)) is expected


CLERKS = "Clerks at a Harbour Council depot were given two days of training, the records watchdog has found."
CUT = CLERKS.index(", the")
CLAUSE = (CUT, CLERKS.index(" has found"))


def test_a_description_speaks_over_a_name_that_does_not_fit_it() -> None:
    assert described_voice(CLERKS, CLAUSE, (0, CUT)) == ("the records watchdog", "inspectorate")
    assert misfit_in_claim(CLERKS, (0, CUT), "Harbour Council", CLERKS[slice(*CLAUSE)]) is True
    assert misfit_in_claim(CLERKS, (0, CUT), "Jo Roe", CLERKS[slice(*CLAUSE)]) is False


def test_a_name_that_fits_keeps_its_voice() -> None:
    text = CLERKS.replace("Harbour Council", "Tarn Schools Inspectorate")
    cut = text.index(", the")
    clause = (cut, text.index(" has found"))
    assert described_voice(text, clause, (0, cut)) is None
    assert misfit_in_claim(text, (0, cut), "Tarn Schools Inspectorate", text[slice(*clause)]) is False


def test_no_name_in_the_claim_leaves_the_description_unread() -> None:
    text = "Clerks were given two days of training, the records watchdog has found."
    cut = text.index(", the")
    assert described_voice(text, (cut, text.index(" has found")), (0, cut)) is None


# regions._described_subject (wave 32f): a person's name before the description keeps the apposition; a name in the
# claim that does not fit the description leaves the description speaking, in its kind for what follows.


@pytest.mark.parametrize(("text", "expected"), [
    ("Clerks\n\nClerks were given two days of training, the records watchdog has found.\n",
     [("the records watchdog", "inspectorate", "Clerks were given two days of training")]),
    ("Clerks\n\n" + CLERKS + " The watchdog said the council must act.\n",
     [("the records watchdog", "inspectorate", "Clerks at a Harbour Council depot were given two days of training"),
      ("the records watchdog", "inspectorate", "the council must act")]),
])
def test_a_description_after_the_claim_in_rows(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_person_called_a_watchdog_stays_a_person() -> None:
    assert rows("Ferry checks\n\nFerry checks were skipped on 40 days, Jo Roe, the harbour watchdog, said.\n") == [
        ("Jo Roe", "person", "Ferry checks were skipped on 40 days")]
