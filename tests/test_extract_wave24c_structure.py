"""Structure and non-names (wave 24c): places, datelines and labels read as speakers. Each case is a short text written
for this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind,
quote) rows, in text order, or the whole value a helper returns."""
from claims.extract.attribution.sides import side_opening
from claims.extract.entities import find_mentions
from claims.extract.scheme_names import names_a_scheme
from claims.extract.speakers.body_traits import treated_as_body
from extract_rows import rows


def names(text: str) -> list[tuple[str, str]]:
    """Return (name, kind) for every mention the name reader finds in a text."""
    return [(m.name, m.kind) for m in find_mentions(text, 0, len(text))]


# A natural feature is no person (24c, data/place_words.txt): `the Celtic Sea`, `the Faroe-Shetland Channel`,
# `Howardian Hills`, `Portsea Island` were read as people's names, and `She said` after them went to the place.
# `Marsh` and `River` stay out of the list: `Helen Marsh`, `John River` are people.
SEA = ("Dr Jo Roe, an oceanographer at the Kelmore Institute, presented readings from buoys in the Celtic Sea. "
       "She said the water had warmed by 0.8 degrees since 2010.\n")


def test_she_after_a_sea_is_the_scientist() -> None:
    assert rows(SEA) == [("Jo Roe", "person", "the water had warmed by 0.8 degrees since 2010")]


def test_natural_features_name_nobody() -> None:
    text = ("Walkers on the Tarnholt Hills, boats in the Skerrow Channel, the Brandle Estuary, the Morrow Peninsula, "
            "the Kelvy Moors and Ardnish Island.")
    assert names(text) == []


def test_a_surname_that_is_a_place_word_stays_a_person() -> None:
    text = "Helen Marsh and John River said the path was shut."
    assert names(text) == [("Helen Marsh and John River", "person")]


# A wire's dateline (24c, entities._DATELINE_RE): `KELLMORE, Ohio, May 2, 2028 /Acme Wire/ --` was read as a body
# called KELLMORE (the state and the date hold commas, and the wire's name stands between slashes), and `the company
# said` then went to the place. A company's legal form after a comma (`Brindle Medical, Inc.`, body_traits
# `treated_as_body`) makes the name a company's wherever the text writes it, also in a title-case headline above it
# (`Brindle Medical to Build ...`), so `the company` is that company, never the ticker in brackets. What was announced
# keeps its verb (24e, `attribution/object_reports`).
WIRE = ("Brindle Medical to Build $90 Million Valve Plant in Kellmore, Ohio\n\n"
        "KELLMORE, Ohio, May 2, 2028 /Acme Wire/ -- Brindle Medical, Inc. (Nasdaq: BRMD), a maker of heart valves, "
        "today announced plans to build a $90 million plant in Kellmore.\n\n"
        "The plant is expected to employ about 300 people by 2030, the company said.\n")


def test_a_wire_dateline_names_no_body_and_the_company_speaks() -> None:
    assert rows(WIRE) == [
        ("Brindle Medical", "organisation", "today announced plans to build a $90 million plant in Kellmore"),
        ("Brindle Medical", "organisation", "The plant is expected to employ about 300 people by 2030")]


def test_the_place_and_state_of_a_wire_dateline_are_no_names() -> None:
    text = "PETERBOROUGH, ON, Feb. 3, 2026 /Grid Wire/ - Trent Vale Hydro crews restored power."
    assert names(text) == [("Trent Vale Hydro", "org")]


def test_capitals_with_slashes_but_no_dash_are_still_a_name() -> None:
    text = "KELLMORE WATER, the town's supplier, said its 2028/29 charges would rise."
    assert names(text) == [("Kellmore Water", "org")]


def test_a_legal_form_after_a_comma_makes_a_company() -> None:
    assert (treated_as_body(WIRE, "Brindle Medical"), treated_as_body("Brindle Medical, who chairs it, said so.",
                                                                      "Brindle Medical")) == (True, False)


# A plural title after the body it serves (24c, entities._body_before_plural_title): `Council Members Doug Hessler
# and Patricia Ambrose voted no` kept `Members` as part of the first name (`Members Doug Hessler and ...`), as
# `Members X and Y` alone did not; `County Commissioners`, `School Board Members` alike. A single title is unchanged.
def test_a_body_s_plural_title_is_no_part_of_two_names() -> None:
    for title in ("Council Members", "County Commissioners", "School Board Members", "Councilmembers"):
        text = f"{title} Doug Hessler and Patricia Ambrose voted no."
        assert names(text) == [("Doug Hessler and Patricia Ambrose", "person")], title


def test_a_body_before_two_names_without_a_plural_title_is_kept() -> None:
    assert names("Acme Water and Patricia Ambrose said so.") == []


# A plural noun that is also a cue or a side's verb (24c, attribution/patterns.NOUN_FOLLOWERS, attribution/sides
# `_plural_noun_verb`): `Possession claims by social landlords fell`, `Compensation claims against the trust rose`
# read `claims` as the verb and the capitalised word before it as a body that claims; `Written questions, answers and
# statements` over a page of answers read `questions` as a side taken by a body called `Written`. A cue or a side's
# verb in `-s` right before `by`, `against`, `from` (or, for a side, a list of plurals or the line's end) is a noun.
def test_a_noun_before_claims_by_is_no_body() -> None:
    text = ("Landlords went to court more often this year.\n\n"
            "Compensation claims against the trust rose by 40% to 212 in 2026, the figures show.\n")
    assert rows(text) == [("the figures", "document", "Compensation claims against the trust rose by 40% to 212 in 2026")]
    assert rows("Landlords went to court more often.\n\nBenefit claims from people under 25 rose 8% in the year.\n") == []


def test_a_body_that_claims_something_still_speaks() -> None:
    text = "Homes were lost.\n\nCrisis claims that 12,000 people sleep rough.\n"
    assert rows(text) == [("Crisis", "organisation", "12,000 people sleep rough")]


def test_a_heading_s_plural_nouns_take_no_side() -> None:
    openings = [side_opening(line, (0, len(line))) for line in (
        "Written questions, answers and statements\n", "Consumer complaints about the firm rose 40% in 2026.\n",
        "Acorn questions whether the 9% rise is lawful.\n", "Acorn disputes, however, that 9% is fair.\n")]
    assert [opening.group("name") if opening else None for opening in openings] == [None, None, "Acorn", "Acorn"]


# A scheme's name is no person (24c, scheme_names.names_a_scheme, data/scheme_nouns.txt): `the city's Safe Blocks
# violence interruption program, which she said had worked with 412 young people` gave `she` to `Safe Blocks`, read as
# a person's name; `the Tamford Assist scheme`, `the Yellow Card scheme`, `the Local Link rural transport programme`
# alike (thirteen texts). A name right after `the` or a possessive and before a scheme's noun names the scheme. A
# campaign is a body that speaks, and a titled person before a noun stays a person.
SCHEME = ("Mayor Jo Roe gave her annual address on Tuesday.\n\n"
          "The mayor credited the city's Safe Blocks violence interruption program, which she said had worked with "
          "412 young people since 2024.\n")


def test_she_after_a_scheme_s_name_is_the_mayor() -> None:
    assert rows(SCHEME) == [("Jo Roe", "person", "had worked with 412 young people since 2024")]


def test_names_a_scheme_reads_the_words_around_the_name() -> None:
    cases = ["through the Tamford Assist scheme.", "the city's Safe Blocks violence interruption program,",
             "the Save Kelby Fields campaign said", "Ms Roe and Jo Ash scheme", "the Jo Ash said the scheme"]  # no `the`
    spans = [(text.index(name), text.index(name) + len(name)) for text, name in zip(cases, (
        "Tamford Assist", "Safe Blocks", "Save Kelby Fields", "Jo Ash", "Jo Ash"))]
    assert [names_a_scheme(text, *span) for text, span in zip(cases, spans)] == [True, True, False, False, False]


def test_a_person_whose_verb_comes_before_a_plan_is_still_a_person() -> None:
    assert names("Ministers met the Jo Ash backed the plan.") == [("Jo Ash", "person")]
