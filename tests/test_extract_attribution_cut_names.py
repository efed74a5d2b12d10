"""Cut names as speakers (wave 37b, attribution/cut_names). Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.attribution.cut_names import (closes_body, cut_spots, opened_name, styled, whole_cut_names,
                                                  word_before)
from claims.extract.attribution.records import Found
from tests.extract_rows import cued_rows


# A speaker the text writes only inside one longer body's name (or as a place) speaks as that whole name.
@pytest.mark.parametrize(("text", "expected"), [
    ("DUNMORE — Ardmore Valley Public Media, the nonprofit that runs two radio stations, will cut 20 jobs, the "
     "organization said Thursday.\n\nArdmore Valley Public Media said grants had made up $2 million of its $9 million "
     "budget.\n",
     [("Ardmore Valley Public Media", "organisation", "said",
       "Ardmore Valley Public Media, the nonprofit that runs two radio stations, will cut 20 jobs"),
      ("Ardmore Valley Public Media", "organisation", "said",
       "grants had made up $2 million of its $9 million budget")]),
    ("OAK FLATS, Wash. — Nearly one in ten pupils in Tarrow County started school without their vaccines, according "
     "to a report released Monday by Tarrow County Public Health.\n\nExemptions are allowed for most vaccines. Even "
     "so, the county report says 6.2% of pupils were missing a dose of MMR.\n",
     [("Tarrow County Public Health", "organisation", "according to",
       "Nearly one in ten pupils in Tarrow County started school without their vaccines"),
      ("Tarrow County Public Health", "organisation", "says", "6.2% of pupils were missing a dose of MMR")]),
    ("Staff at Mid-Fenwick Family Advocates said on Monday that the clinics would open in May.\n",
     [("Mid-Fenwick Family Advocates", "organisation", "said on Monday that", "the clinics would open in May")]),
])
def test_a_cut_name_speaks_as_the_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Where the whole name is read, and where the rule must not fire: a name written alone somewhere, a body's name
# before another body's head (`Board of Education`), a run ending on a post, words that only open a sentence.
@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("His Majesty's Inspectorate of Mines and Fire & Rescue Services graded the service.", "Fire & Rescue Services",
     [(40, "His Majesty's Inspectorate of Mines and Fire & Rescue Services")]),
    ("Staff at Mid-Fenwick Family Advocates said the clinics would open in May.", "Family Advocates",
     [(21, "Mid-Fenwick Family Advocates")]),
    ("Ardmore Valley Public Media cut jobs. Later Ardmore Valley said more would go.", "Ardmore Valley", None),
    ("Arden City Schools Board of Education voted on Monday.", "Arden City Schools", None),
    ("Civic Forward MLA Tom Hale said the plan had failed.", "Civic Forward", None),
    ("Immigration, Refugees and Settlement Kanata said 4,100 claims were processed.", "Refugees and Settlement Kanata",
     [(13, "Immigration, Refugees and Settlement Kanata")]),
    ("Jo Lind and Al Marr of Tarn Vale Advisory said the firm had failed.", "Tarn Vale Advisory", None),
    ("The Department of Tillage's Seed Inspection Service said the crop was clean.", "Seed Inspection Service", None),
    ("Separate Harbour Board figures show a fall.", "Harbour Board", None),
    ("A poll by Hedley Polling for the Arden Renters Trust found that rents rose.", "Hedley Polling", None),
    ("The Board of Tarn Leisure plc notes the offer made by Arden Holdings.", "Tarn Leisure plc", None),
    ("The Wexmoor Police Federation said the cuts were too deep.", "Wexmoor Police Federation", None),
])
def test_where_a_cut_name_is_read(text: str, speaker: str, expected: list[tuple[int, str]] | None) -> None:
    assert cut_spots(text, speaker) == expected


WRAPPED_NAME = (
    "MLR breaks attendance record as total passes 4.2 million\n\nMajor\nLeague Rowing announced that the 2026 season "
    "has closed with a\nrecord attendance total of 4,210,000, up 6 percent on the 2025 season.\n\"These figures show "
    "how much the sport has grown across the whole Major\nLeague Rowing calendar,\" the commissioner said. Crowds rose "
    "at 14 of\nthe 18 regattas run by Major League Rowing this year.\n")
OPENED_NAME = (
    "Te T\u0101huhu Ora admits up to 300 patients waiting over a year for scans\n\nTe T\u0101huhu Ora has admitted that "
    "hundreds of people had been waiting more than a year for a scan at the end of 2025, despite a target of zero.\n\n"
    "Te T\u0101huhu Ora said staffing gaps were holding it back from its goal of a four-week wait.\n")


# A name whose first word the text writes before it at every spot, past a hard line wrap or at a sentence's opening,
# though the word is a title (`Major`) or a word the reader leaves out (`Te`), is whole with that word (wave 58n).
@pytest.mark.parametrize(("text", "expected"), [
    (WRAPPED_NAME,
     [("Major League Rowing", "organisation", "announced that",
       "the 2026 season has closed with a\nrecord attendance total of 4,210,000, up 6 percent on the 2025 season"),
      ("the commissioner", "person", "said",
       "These figures show how much the sport has grown across the whole Major\nLeague Rowing calendar")]),
    (OPENED_NAME,
     [("Te T\u0101huhu Ora", "person", "admitted that",
       "hundreds of people had been waiting more than a year for a scan at the end of 2025, despite a target of zero"),
      ("Te T\u0101huhu Ora", "person", "said", "staffing gaps were holding it back from its goal of a four-week wait")]),
])
def test_a_name_opened_at_every_spot_is_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Where the word before is not the name's: spots that differ, one spot only, a sentence's opener, a style of address,
# a person's title.
@pytest.mark.parametrize(("text", "speaker", "titles", "expected"), [
    ("Major\nLeague Rowing said so. Major League Rowing agreed.", "League Rowing", True, "Major League Rowing"),
    ("Major\nLeague Rowing said so. Minor League Rowing agreed.", "League Rowing", True, None),
    ("Major\nLeague Rowing said so.", "League Rowing", True, None),
    ("The Tarn Board said so. The Tarn Board agreed.", "Tarn Board", True, None),
    ("Her Worship Ana Holt said so. Her Worship Ana Holt agreed.", "Ana Holt", False, None),
    ("Minister Ana Holt said so. Minister Ana Holt agreed.", "Ana Holt", False, None),
    ("Head of the KVA Ana Holt said so. Head of the KVA Ana Holt agreed.", "Ana Holt", False, None),
    ("Head of the Tarn Trust Ana Holt said so. Head of the Tarn Trust Ana Holt agreed.", "Ana Holt", False, None),
    ("Head of Marlow Ana Holt said so. Head of Marlow Ana Holt agreed.", "Ana Holt", False, None),
    ("Mary Ana Holt said so. Mary Ana Holt agreed.", "Ana Holt", False, "Mary Ana Holt"),
    ("Te Ara Kelvale said so. Te Ara Kelvale agreed.", "Ara Kelvale", False, "Te Ara Kelvale"),
    # Round 62m (mutation): no capitalised word before; an honorific with titles read (in capitals too); a word
    # naming no one before its apostrophe
    ("the Acme Trust said so. the Acme Trust agreed.", "Acme Trust", True, None),
    ("Dame Ada Pell said so. Dame Ada Pell agreed.", "Ada Pell", True, None),
    ("MX Ada Pell said so. MX Ada Pell agreed.", "Ada Pell", True, None),
    ("Editors' Choice Awards said so. Editors' Choice Awards agreed.", "Choice Awards", True, None),
])
def test_where_a_name_is_opened(text: str, speaker: str, titles: bool, expected: str | None) -> None:
    assert opened_name(text, speaker, titles) == expected


def test_a_body_name_is_opened_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A release of many rows of one body reads that body's spots once, not once a row (bench_hostile's release of
    figures beside its cues grew fourfold for twice the text, 58n); the rows are the same."""
    from claims.extract.attribution import cut_names
    asked: list[str] = []

    def counted(text: str, speaker: str, titles: bool = True) -> str | None:
        asked.append(speaker)
        return opened_name(text, speaker, titles)

    monkeypatch.setattr(cut_names, "opened_name", counted)
    text = "PRESS RELEASE\nAcme Water\n\n" + "Acme Water said leaks fell by 9%. There were 40 bursts in May. " * 3
    assert cued_rows(text) == [("Acme Water", "organisation", "said", "leaks fell by 9%"),
                               ("Acme Water", "organisation", "said", "There were 40 bursts in May")] * 3
    assert asked == ["Acme Water"]


def test_a_style_of_address_at_the_text_start() -> None:
    """Round 59m (mutation): `Her` opening the text is still a style of address before `Worship`."""
    assert styled("Her Worship Janine Lavoie said so.", 12) is True


def test_a_body_keeps_a_title_word_that_opens_it_by_default() -> None:
    """Round 59m (mutation): a body's name is read with titles by default (`Admiral` is a rank and opens the name);
    a word glued to the spot by a hyphen is no word before it."""
    text = "Admiral\nInsurance said claims rose. Admiral Insurance added that storms were to blame.\n"
    assert (opened_name(text, "Insurance"), word_before("Anglo-Saxon Trust", 6), word_before("Tarn Saxon Trust", 5)) \
        == ("Admiral Insurance", None, "Tarn")


@pytest.mark.parametrize(("word", "person", "expected"), [
    ("KVA", "Ana Holt", True), ("Trust", "Ana Holt", True), ("Marlow", "Ana Holt", True), ("Mary", "Ana Holt", False),
    ("Te", "Ara Kelvale", False), ("KVA", "Ara Kelvale", True),
    # Round 62m (mutation): before a name opening on no given name, only the letters or the head decide
    ("Trust", "Ara Kelvale", True), ("Trust\u2019", "Ara Kelvale", True), ("Trust'", "Ara Kelvale", True),
    ("KV", "Ara Kelvale", True), ("KX", "Ara Kelvale", True), ("A", "Ara Kelvale", False),
])
def test_closes_body(word: str, person: str, expected: bool) -> None:
    """Wave 61f (the real sets' 97th): `Head of the KVA Ana Holt` at every spot is the post's body, then the person."""
    assert closes_body(word, person) == expected


# Round 64m (mutation): whole_cut_names over one row each: a person's name after a role at every spot is hers alone, a
# one-word body the text always writes with a possessive ending takes it, and a document's name is never opened.
@pytest.mark.parametrize(("text", "row", "speaker"), [
    ("Minister Jo Roe said so. Later Minister Jo Roe added more.", Found("Jo Roe", "person", "said", (16, 23)),
     "Jo Roe"),
    ("Pellow's said sales rose. Pellow's added more.", Found("Pellow", "organisation", "said", (14, 24)),
     "Pellow's"),
    ("Te Ara Kelvale Survey found a rise. Te Ara Kelvale Survey also found a fall.",
     Found("Ara Kelvale Survey", "document", "found", (28, 34)), "Ara Kelvale Survey"),
])
def test_whole_cut_names_reads_each_kind_its_own_way(text: str, row: Found, speaker: str) -> None:
    assert whole_cut_names(text, [row]) == [row._replace(speaker=speaker)]
