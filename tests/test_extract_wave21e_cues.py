"""Cues and missed claims (wave 21e): reporting phrases the extractor did not read, or read in only some of their forms,
so that a claim got no row at all. Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# `according to X` where X goes on past its name (wave 21e, attribution/according_sources): a participle phrase about
# the source (`a notice sent to the council on Tuesday`), its publisher after it (`, published by X in May`), a
# contact clause (`figures the company published`), a name set off after a role (`its publisher, X Ltd`), a dotted
# abbreviation (`the U.S. ...`), and words after the source that only describe it or the figure (`, up from 31`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Navy plans to move six patrol boats out of Kelsport by 2029, according to a basing notice sent to the "
     "state legislature on Monday.\n",
     [("a basing notice sent to the state legislature", "document",
       "The Navy plans to move six patrol boats out of Kelsport by 2029")]),
    ("Tarrow Water reported a loss. Leakage rose to 88 million litres a day, according to figures the company "
     "published on Friday.\n",
     [("Tarrow Water", "organisation", "Leakage rose to 88 million litres a day")]),
    ("About one in five cats in Wales has never been microchipped, according to the latest Pet Welfare Index, "
     "published by the Welsh Feline Trust in June.\n",
     [("Welsh Feline Trust", "organisation",
       "About one in five cats in Wales has never been microchipped")]),
    ("The Gazette sells about 6,100 copies a week, according to its publisher, Fernmoor Media Ltd.\n",
     [("Fernmoor Media Ltd", "organisation", "The Gazette sells about 6,100 copies a week")]),
    ("Flu admissions have risen to 412 this month, according to the U.S. Department of Health.\n",
     [("U.S. Department of Health", "organisation", "Flu admissions have risen to 412 this month")]),
    ("Arrears reached a record £2.3m at the end of June, according to Tarrow Water's own figures, up from £1.9m a "
     "year earlier.\n",
     [("Tarrow Water", "organisation", "Arrears reached a record £2.3m at the end of June")]),
    ("At least nine rural pharmacies have closed since 2021, according to the Brenmoor Health Institute, a research "
     "group based in Dunford, Kent.\n",
     [("Brenmoor Health Institute", "organisation", "At least nine rural pharmacies have closed since 2021")]),
    ("A typical renter will be £700 a year worse off by 2030, according to analysis by the Selwick Foundation, "
     "putting the pledge on rents in doubt.\n",
     [("Selwick Foundation", "organisation", "A typical renter will be £700 a year worse off by 2030")]),
    # a document no owner is named for speaks in its own words, never the body in focus
    ("Dunmere Council runs the polls. According to figures collected by polling clerks, 112 voters were turned "
     "away.\n",
     [("figures collected by polling clerks", "document", "112 voters were turned away")]),
    ("Brightpeak Solar sells panels. According to the complaint filed in Carlow County Court, its staff knocked on "
     "2,100 doors.\n",
     [("complaint filed in Carlow County Court", "document", "its staff knocked on 2,100 doors")]),
])
def test_a_source_that_goes_on_past_its_name_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clause joined after the source is still its claim
    ("Sales rose 5% to £3m, according to Acme Water, and profits fell by a tenth.\n",
     [("Acme Water", "organisation", "Sales rose 5% to £3m"),
      ("Acme Water", "organisation", "profits fell by a tenth")]),
    # a source at the sentence's start keeps the words after it
    ("According to figures from Acme Water, leakage fell by 9% last year.\n",
     [("Acme Water", "organisation", "leakage fell by 9% last year")]),
    # a relative clause after the source that holds a cue of its own is still read
    ("Staff cover six beds each, the union says. That is not so, according to the hospital, whose staffing records "
     "show an average of 4.6 patients per nurse.\n",
     [("the union", "unresolved", "Staff cover six beds each"),
      ("the hospital", "unresolved", "That is not so"),
      ("the hospital", "unresolved", "an average of 4.6 patients per nurse")]),
    # the subject's own cue speaks before a source no one is named for
    ("Greyholm University has reported its highest ever research income, according to figures released today.\n",
     [("Greyholm University", "organisation", "its highest ever research income")]),
    # a source named whole already reads as before
    ("Sales rose 5% to £3m, according to figures published by Acme Water on Tuesday.\n",
     [("Acme Water", "organisation", "Sales rose 5% to £3m")]),
])
def test_a_source_named_whole_reads_as_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A state of mind as a cue (wave 21e, attribution/patterns.STATE_CUES, data/state_adjectives.txt): `The Ombudsman was
# not satisfied that A`, `The Board is disappointed that A`, `X, financial adviser to Bidco, is satisfied that A` gave no
# row (a copula before a cue word made it a passive); a negation and `satisfied` stay in the claim (p256, p391, p725,
# p729: three authors).
@pytest.mark.parametrize(("text", "expected"), [
    ("Decision\n\nThe Ombudsman was not satisfied that the insurer had shown that the exclusion applied.\n",
     [("the ombudsman", "inspectorate", "was not satisfied that the insurer had shown that the exclusion applied")]),
    ("Marlow Capital, financial adviser to Bidco, is satisfied that sufficient resources are available to Bidco.\n",
     [("Marlow Capital", "organisation", "is satisfied that sufficient resources are available to Bidco")]),
    ("The Board of Kestrel Holdings is disappointed that Resolution 3 did not receive a majority of the votes cast.\n",
     [("Kestrel Holdings", "organisation", "Resolution 3 did not receive a majority of the votes cast")]),
    ("The Food Standards Office is concerned that some of the pies may still be in home freezers.\n",
     [("Food Standards Office", "inspectorate", "some of the pies may still be in home freezers")]),
])
def test_a_state_of_mind_reports_a_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state of mind without `that` reports nothing
    ("The Board of Kestrel Holdings is disappointed with the vote. Sales rose 4% to £2m, the company said.\n",
     [("the company", "unresolved", "Sales rose 4% to £2m")]),
    # inside a quotation the speaker's words are read as before
    ('Jo Roe said: "We are disappointed that the plan was rejected."\n',
     [("Jo Roe", "person", "We are disappointed that the plan was rejected.")]),
])
def test_a_state_of_mind_without_that_is_no_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_state_reported_by_a_closing_cue_is_that_speakers() -> None:
    assert rows("Marlowe Bank held its rate.\n\nThe three dissenters were concerned that wage growth, running at 4.1%, "
                "remained too strong, the minutes said.\n") == [
        ("Marlowe Bank", "organisation", "The three dissenters were concerned that wage growth, running at 4.1%, "
                                         "remained too strong")]


# `put X at a figure` (wave 21e, attribution/shapes.PUT_AT_RE): any measure put at a figure is an estimate, the
# subject's claim, not only `the number`, `the cost` (p381, p722: two authors).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Wendle Combined Authority backs franchising. The authority's own assessment put the cost of the switch at "
     "£96m over four years.\n",
     [("Wendle Combined Authority", "organisation", "put the cost of the switch at £96m over four years")]),
    ("A 2024 study commissioned by the Dunmore Growth Council put the base's annual economic impact on the town at "
     "$84 million.\n",
     # since wave 37a a study a party commissioned speaks as the study (speakers/party_documents; five texts' gold)
     [("2024 study commissioned by the Dunmore Growth Council", "document",
       "put the base's annual economic impact on the town at $84 million")]),
    # `at` before no figure is a place, no estimate
    ("The council put the new depot at the edge of the town.\n", []),
    # nor before a time of day
    ("Acme Water put the notice on its website at 9pm.\n", []),
])
def test_a_measure_put_at_a_figure_is_an_estimate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
