"""What a text says a body is or does that makes it an inspectorate (wave 33h, speakers/regulator_signs): the text
calls it a regulator or a watchdog anywhere, says what it regulates or oversees, or shows its inspectors or examiners
at work. Each case is a short text written for this test in our own words about invented parties, and the whole table
it must give as (speaker, speaker_kind, cue, quote) rows; and the shapes where the kind must stay as it was. Only the
kind moves: the speaker is the one the rules read."""
from __future__ import annotations

import pytest

from claims.extract.speakers.regulator_signs import kind_by_signs, shown_as_regulator
from extract_rows import cued_rows


# The text calls the body a regulator or a watchdog: before its name, or as what it is, wherever it does so (a closing
# note too), after the rows that name it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Marden's broadcasting regulator, Tarnlink Media, said 14 stations had broken the code.\n",
     [("Tarnlink Media", "inspectorate", "said", "14 stations had broken the code")]),
    ("Brenmark Data Rights Office said 14 firms had lost customer records.\n\nNotes to editors\nBrenmark Data Rights"
     " Office is the independent regulator for data rights in Marden.\n",
     [("Brenmark Data Rights Office", "inspectorate", "said", "14 firms had lost customer records")]),
    ("The Pellow Guild of Surveyors (PGS) said 40 members had been struck off.\n\nThe PGS is the watchdog for building"
     " surveyors.\n",
     [("Pellow Guild of Surveyors", "inspectorate", "said", "40 members had been struck off")]),
])
def test_body_called_a_regulator_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# The text says what the body regulates or oversees, its name the verb's subject (`data/regulating_verbs.txt`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harwell Optics Council said 12 opticians had been struck off.\n\nNotes to editors\nThe Harwell Optics Council"
     " regulates 9,000 opticians in Marden.\n",
     [("Harwell Optics Council", "inspectorate", "said", "12 opticians had been struck off")]),
    ("The Marden Ethics Board said complaints rose to 164.\n\nThe Marden Ethics Board oversees the Ethics in Public"
     " Office Acts.\n",
     [("Marden Ethics Board", "inspectorate", "said", "complaints rose to 164")]),
])
def test_body_that_regulates_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# The body's inspectors or examiners are at work (`inspectors from X found`, `X's examiners`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Inspectors from the Kestrel Zoo Alliance found that two enclosures were too small. The Kestrel Zoo Alliance said"
     " it would visit again in May.\n",
     [("Kestrel Zoo Alliance", "inspectorate", "found that", "two enclosures were too small"),
      ("Kestrel Zoo Alliance", "inspectorate", "said", "it would visit again in May")]),
    ("The Corran Insurance Department said 212 claims were paid late. Examiners from the Corran Insurance Department"
     " visited the insurer in May.\n",
     [("Corran Insurance Department", "inspectorate", "said", "212 claims were paid late")]),
])
def test_body_whose_inspectors_work_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: a regulator named after another body's row, a regulator that only speaks about a company, a company
# the text calls the regulator's supplier or says is regulated, a council whose inspectors visit (a council is no inspectorate), a person.
@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Water said bills would rise by 4%. The regulator, Ofwat, said the rise was too high.\n",
     [("Acme Water", "organisation", "said", "bills would rise by 4%"),
      ("Ofwat", "inspectorate", "said", "the rise was too high")]),
    ("Harbour Foods said sales rose by 6%. Harbour Foods is the largest supplier to the regulator.\n",
     [("Harbour Foods", "organisation", "said", "sales rose by 6%")]),
    ("Harbour Foods said sales rose by 6%. Harbour Foods is regulated by the Marden Food Board.\n",
     [("Harbour Foods", "organisation", "said", "sales rose by 6%")]),
    ("Kelbrook Council said 40 shops had been visited. Inspectors from Kelbrook Council found that two had mice.\n",
     [("Kelbrook Council", "organisation", "said", "40 shops had been visited"),
      ("Kelbrook Council", "organisation", "found that", "two had mice")]),
])
def test_other_bodies_keep_their_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Wave 33l: the body acts against others as only a regulator does: it sues them, fines them, or issues penalties or a
# consent order against them (`data/enforcing_acts.txt`), its name the verb's subject; never a headline's passive
# (`X fined £2m`), a council's penalties or a court's fine.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Marden Lending Bureau has fined Corvale Credit £2.1 million. The Marden Lending Bureau said 3,400 borrowers"
     " had been overcharged.\n",
     [("Marden Lending Bureau", "inspectorate", "said", "3,400 borrowers had been overcharged")]),
    ("The Tarn Trade Bureau on Tuesday sued Holm Analytics. The Tarn Trade Bureau said Holm had sold the data of"
     " 80,000 drivers.\n",
     [("Tarn Trade Bureau", "inspectorate", "said", "Holm had sold the data of 80,000 drivers")]),
    ("The Kessel Credit Bureau today issued a consent order against Holm Lending. The Kessel Credit Bureau said Holm"
     " had taken 9,000 payments twice.\n",
     [("Kessel Credit Bureau", "inspectorate", "said", "Holm had taken 9,000 payments twice")]),
])
def test_body_that_sanctions_others_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Wave 33l: a body whose name ends in `Administration` after two words or more saying what it administers (`Federal
# Aviation Administration`), or that its letters stand for, is an inspectorate; `the Hale Administration`, a
# government named by one word, is not.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Federal Grain Administration said 14 silos had failed their checks.\n",
     [("Federal Grain Administration", "inspectorate", "said", "14 silos had failed their checks")]),
    ("The Federal Grain Administration (FGA) visited 40 silos. The FGA said 14 had failed their checks.\n",
     [("Federal Grain Administration", "inspectorate", "said", "14 had failed their checks")]),
])
def test_administration_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tarn Media, the broadcasting regulator, said so.", "Tarn Media", True),
    ("The Tarn Media (TM) is the independent watchdog for radio.", "Tarn Media", True),
    ("Marden's broadcasting watchdog, Tarn Media, said so.", "Tarn Media", True),
    ("Tarn Media oversees 40 stations.", "Tarn Media", True),
    ("Tarn Media, which licenses 40 stations, said so.", "Tarn Media", True),
    ("TM inspectors found mould.", "TM", True),
    ("The Tarn Media (TM) said so. The TM's enforcement officers found mould.", "Tarn Media", True),
    ("Tarn Media, the regulator said, broke the code.", "Tarn Media", False),  # a cue after the noun: no apposition
    ("Tarn Media is the regulator's largest supplier.", "Tarn Media", False),
    ("Tarn Media is the largest supplier to the regulator.", "Tarn Media", False),
    ("Patients were let down by Tarn Health Board, the Ombudsman for Marden has found.", "Tarn Health Board", False),
    ("According to the watchdog, Tarn Media broke the code.", "Tarn Media", False),  # the name opens a clause
    ("The Tarn Department of Health, which licenses clinics, said so.", "Tarn Department of Health", False),
    ("The Department for Tarn Roads, which oversees ports, said so.", "Department for Tarn Roads", False),
    ("TDH investigators traced the outbreak.", "TDH", False),  # investigators trace outbreaks and crimes too
    ("Inspectors from Tarn Borough Council found mice.", "Tarn Borough Council", False),
    ("The Tarn Department of Health (TDH) said so. TDH inspectors found mice.", "Tarn Department of Health", True),
    ("Tarn Media on Monday sued Holm Ltd over its fees.", "Tarn Media", True),
    ("Tarn Media has issued a consent order against Holm Ltd.", "Tarn Media", True),
    ("Tarn Media fined £2m over late bills\n\nTarn Media said so.", "Tarn Media", False),  # a headline's passive
    ("Tarn Media fined\n\nTarn Media said so.", "Tarn Media", False),
    ("Tarn Borough Council has issued 38 civil penalties to landlords.", "Tarn Borough Council", False),
    ("Tarn Crown Court fined Holm Ltd £5,000.", "Tarn Crown Court", False),
    ("The Office of the Tarn Attorney General sued Holm Ltd.", "Office of the Tarn Attorney General", False),
    ("The Federal Grain Administration said so.", "Federal Grain Administration", True),
    ("The Hale Administration said so.", "Hale Administration", False),  # a government named by one word
    ("The Federal Grain Administration (FGA) said so.", "FGA", True),
    ("Tarn Media said so.", "Tarn Media", False),
    ("", "Tarn Media", False),
    ("Tarn Media said so.", "", False),
])
def test_shown_as_regulator(text: str, name: str, expected: bool) -> None:
    assert shown_as_regulator(text, name) is expected


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Tarn Media", "organisation", "inspectorate"),
    ("Tarn Media", "person", "person"),  # never a person, a document or a row the rules could not name
    ("Tarn Media", "unresolved", "unresolved"),
    ("Tarn Media", "document", "document"),
    ("Tarn Media", "inspectorate", "inspectorate"),
])
def test_kind_by_signs(name: str, kind: str, expected: str) -> None:
    assert kind_by_signs("Tarn Media, the broadcasting regulator, said so.", name, kind) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The RSIB sent three inspectors out to the junction.", "RSIB", True),
    ("Tarn Media has deployed a team of inspectors to the site.", "Tarn Media", True),
    ("Tarn Media employs 40 inspectors.", "Tarn Media", True),
    ("Tarn Borough Council sent three inspectors out to the shop.", "Tarn Borough Council", False),  # a council's own
    ("Tarn Media sent two engineers to the site.", "Tarn Media", False),  # no examining people
    ("Mice were found in recent inspections by the Wexmoor Quality Board.", "Wexmoor Quality Board", True),
    ("Mice were found in an inspection carried out by Tarn Media.", "Tarn Media", True),
    ("Mice were found in inspections by Tarn Borough Council.", "Tarn Borough Council", False),
    ("Mice were found in inspections by the Wexmoor Quality Board (Wqb). Wqb said so.", "Wqb", True),
    ("The Wexmoor Quality Board (Wqb) said so.", "Wqb", False),  # the letters as a word, no sign
    ("Mice were found in inspections by the Wexmoor Quality Board (Kent). Wqb said so.", "Wqb", False),
])
def test_body_whose_inspectors_it_sends_or_whose_inspections_the_text_names(text: str, name: str,
                                                                           expected: bool) -> None:
    assert shown_as_regulator(text, name) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mice were found in inspections by the Wexmoor Quality Board (Wqb).\n\nWqb said the homes had no fire doors.\n",
     [("Wexmoor Quality Board", "inspectorate", "were found",
       "Mice were found in inspections by the Wexmoor Quality Board (Wqb)"),
      ("Wqb", "inspectorate", "said", "the homes had no fire doors")]),
    ("The RSIB sent three inspectors out to the junction. The RSIB said the points had moved.\n",
     [("RSIB", "inspectorate", "said", "the points had moved")]),
])
def test_short_name_of_an_inspecting_body_is_an_inspectorate(text: str,
                                                             expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
