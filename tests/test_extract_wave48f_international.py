"""Shapes of government and agency writing in Commonwealth, Pacific, Asian and African press (wave 48f). A title,
style or rank written short with a full stop before a name (`Hon.`, `Rt. Hon.`, `Brig. Gen.`, `Engr.`;
`data/dotted_titles.txt`) is part of no claim and cuts no speaker after `according to` or an inverted cue
(attribution/patterns). A statement's heading may give the date and topic after its giver (`Statement from X, Monday,
3 March 2025 \u2013 Drought`) and name a post rather than a person (`the Acting Permanent Secretary for X`: the holder
speaks, under the post's name), and a greeting alone (`Kia ora.`, `Good morning.`; `data/greetings.txt`) may stand
between it and the statement (statement, attribution/issuer). A text with no release header whose body reports as
`we` outside quotation marks (`We are however aware that`, `We established that`, `Secondly, we wish to deny reports
that`: any reporting verb in the form `we` takes) is that body's release (attribution/issuer). A body's colon cue
ending `as follows:` gives it the paragraph below though it names the body in the third person (`The HTB took ...`;
attribution/unquoted_speech). In `X, which she said had A`, the relative clause's own pronoun speaks, standing for the
sentence's opening subject, before any name the clause follows (attribution/subjects). Texts written for this test in
our own words about invented parties."""
import pytest

from claims.extract import statement
from claims.extract.attribution import issuer
from claims.extract.text import split_blocks
from extract_rows import rows


@pytest.mark.parametrize(("text", "speaker", "claim"), [
    ("Harbour dues will have little effect on bread prices, according to the Treasurer and Minister for Trade Hon. "
     "Selai Vunivalu.", "Selai Vunivalu", "Harbour dues will have little effect on bread prices"),
    ("The new runway will open in August, said Brig. Gen. Tomas Ekwueme, who commands the air wing.",
     "Tomas Ekwueme", "The new runway will open in August"),
    ("Ferry fares will stay at 2024 levels until the end of June, says Minister for Shipping Rt. Hon. Ilisapeci Tora.",
     "Ilisapeci Tora", "Ferry fares will stay at 2024 levels until the end of June"),
    ("Clinic waiting times have fallen by a third since March, according to Engr. Kunle Adeyanju.",
     "Kunle Adeyanju", "Clinic waiting times have fallen by a third since March"),
])
def test_a_title_written_short_before_a_name_cuts_no_speaker(text: str, speaker: str, claim: str) -> None:
    assert rows(text) == [(speaker, "person", claim)]


def test_a_heading_naming_a_post_with_its_date_and_topic_gives_the_statement_below_a_greeting() -> None:
    text = ("Statement from the Acting Permanent Secretary for Water Services, Monday, 3 March 2025 \u2013 Drought\n\n"
            "Kia ora.\n\nToday we are reporting that reservoir levels fell to 41 per cent last week. We have asked "
            "households to limit garden watering.\n\nTanker deliveries reached 300 farms in February. The main dam at "
            "Kellow has dropped by two metres since January.")
    post = "Acting Permanent Secretary for Water Services"
    assert rows(text) == [(post, "person", "Today we are reporting that reservoir levels fell to 41 per cent last week"),
                          (post, "person", "We have asked households to limit garden watering"),
                          (post, "person", "Tanker deliveries reached 300 farms in February"),
                          (post, "person", "The main dam at Kellow has dropped by two metres since January")]


def test_a_heading_naming_a_post_of_a_body_is_the_post_holder() -> None:
    text = ("Statement by the Director of Public Health, Friday, 9 August 2024\n\nGood morning.\n\nWe have recorded 18 "
            "new cases of measles this week, all in the northern district.")
    assert rows(text) == [("Director of Public Health", "person",
                           "We have recorded 18 new cases of measles this week, all in the northern district")]


@pytest.mark.parametrize(("line", "name", "kind"), [
    ("Statement from the Tarrow Water Board, Monday, 3 March 2025", "Tarrow Water Board", "org"),
    ("Statement from the Tarrow Water Board on the drought, March 3, 2025", "Tarrow Water Board", "org"),
    ("Statement from the Acting Permanent Secretary for Water Services, 3 March 2025 \u2013 Drought",
     "Acting Permanent Secretary for Water Services", "person"),
])
def test_a_statement_headings_date_and_topic_are_no_part_of_its_giver(line: str, name: str, kind: str) -> None:
    text = line + "\n\nBody."
    party = statement.statement_party(text, split_blocks(text)[0])
    assert party is not None and (party.name, party.kind) == (name, kind)


@pytest.mark.parametrize(("line", "greeting"), [
    ("Kia ora.", True), ("Bula vinaka!", True), ("Good morning everyone.", True), ("Good news.", False),
    ("Thank you for coming today.", False),
])
def test_a_greeting_alone_is_a_statements_opening_line(line: str, greeting: bool) -> None:
    assert issuer.is_greeting(line, split_blocks(line)[0]) is greeting


@pytest.mark.parametrize(("text", "expected"), [
    ("The Coastal Fisheries Authority wishes to inform the public that no vessel was seized during the inspections at "
     "Port Ellery.\n\nWe are however aware that two trawlers left the harbour before the inspectors arrived.\n\n"
     "Secondly, we wish to deny reports that an inspector was injured on board.",
     [("Coastal Fisheries Authority", "organisation", "no vessel was seized during the inspections at Port Ellery"),
      ("Coastal Fisheries Authority", "organisation",
       "We are however aware that two trawlers left the harbour before the inspectors arrived"),
      ("Coastal Fisheries Authority", "organisation",
       "Secondly, we wish to deny reports that an inspector was injured on board")]),
    ("Harbour officers justified in detaining fisherman\n\nThe Tidewater Conduct Board has found that officers at Port "
     "Ellery were right to detain a fisherman.\n\nWe established that on 2 May the officers boarded a trawler moored "
     "at the north quay.",
     [("Tidewater Conduct Board", "inspectorate", "officers at Port Ellery were right to detain a fisherman"),
      ("Tidewater Conduct Board", "inspectorate",
       "We established that on 2 May the officers boarded a trawler moored at the north quay")]),
    ("The Kelso Rail Company says the signal fault on Tuesday was fixed within two hours.\n\nWe can confirm that 14 "
     "services were cancelled and 3,000 passengers were delayed.",
     [("Kelso Rail Company", "organisation", "the signal fault on Tuesday was fixed within two hours"),
      ("Kelso Rail Company", "organisation",
       "We can confirm that 14 services were cancelled and 3,000 passengers were delayed")]),
])
def test_a_bodys_own_we_reporting_outside_quotation_marks_makes_the_text_its_release(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_we_reporting_with_a_verb_in_izes_makes_the_text_its_release() -> None:
    text = ("The Coastal Fisheries Authority wishes to inform the public that no vessel was seized at Port Ellery.\n\n"
            "We emphasize that two trawlers left the harbour before the inspectors arrived.")
    assert rows(text) == [
        ("Coastal Fisheries Authority", "organisation", "no vessel was seized at Port Ellery"),
        ("Coastal Fisheries Authority", "organisation",
         "We emphasize that two trawlers left the harbour before the inspectors arrived")]


def test_a_we_inside_a_quotation_makes_no_release() -> None:
    text = ("Acme Mills said it would close its Lowfield plant.\n\nThe plant employs 240 people.\n\n\"We are aware "
            "that this is hard news for the town,\" said Jo Vane, Acme's chief executive.")
    blocks = split_blocks(text)
    assert not issuer.own_voice_release(text, blocks)
    assert all("240 people" not in row[2] for row in rows(text))


@pytest.mark.parametrize(("text", "speaker", "claims"), [
    ("Board answers questions on ferry delay\n\n     In reply to press enquiries about a delayed sailing at Port Avlen, "
     "a spokesman for the Harbour Transport Board (HTB) today (June 4) responded as follows:\n\n     The HTB took the "
     "matter seriously and contacted the operator on the same day. The HTB has asked the operator to file a full "
     "report within seven days.", "Harbour Transport Board",
     ["The HTB took the matter seriously and contacted the operator on the same day.",
      "The HTB has asked the operator to file a full report within seven days."]),
    ("A spokeswoman for the Lantau Parks Office said as follows:\n\nThe office closed the upper trail on 2 May after a "
     "landslip. Repairs to the lower path will cost about $1.4 million.", "Lantau Parks Office",
     ["The office closed the upper trail on 2 May after a landslip.",
      "Repairs to the lower path will cost about $1.4 million."]),
])
def test_a_bodys_words_set_out_as_follows_are_its_own_in_the_third_person(text: str, speaker: str,
                                                                          claims: list[str]) -> None:
    assert rows(text) == [(speaker, "organisation", claim) for claim in claims]


@pytest.mark.parametrize(("text", "expected"), [
    ("Port dues will not raise food prices, Trade Minister Selai Vunivalu said on Monday. She was replying to a "
     "statement by the Shippers Council, which she said had overstated the cost of the new charges.",
     [("Selai Vunivalu", "person", "Port dues will not raise food prices"),
      ("Selai Vunivalu", "person", "had overstated the cost of the new charges")]),
    ("Selai Vunivalu was replying to a statement by the Shippers Council, which she said had overstated the cost of "
     "the new charges.", [("Selai Vunivalu", "person", "had overstated the cost of the new charges")]),
    ("The Borrow Lane Trust has challenged figures published by the Lowmoor Housing Forum, which it said had left out "
     "400 homes built since 2021.", [("Borrow Lane Trust", "organisation", "had left out 400 homes built since 2021")]),
])
def test_a_relative_clauses_own_pronoun_speaks_not_the_party_before_which(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "speaker", "kind", "claim"), [
    ("The levy raised $4 million last year, acknowledged Finance Minister Ilisapeci Tora.", "Ilisapeci Tora", "person",
     "The levy raised $4 million last year"),
    ("Half of the new homes are still empty, contends the Lowmoor Housing Forum.", "Lowmoor Housing Forum",
     "organisation", "Half of the new homes are still empty"),
    ("Fares rose by a tenth in 2024, pointed out Tom Arden, the harbour treasurer.", "Tom Arden", "person",
     "Fares rose by a tenth in 2024"),
])
def test_a_reporting_verb_without_an_object_may_stand_before_its_speaker(text: str, speaker: str, kind: str,
                                                                         claim: str) -> None:
    assert rows(text) == [(speaker, kind, claim)]
