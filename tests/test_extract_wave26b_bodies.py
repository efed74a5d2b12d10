"""Bodies, documents and unresolved speakers (wave 26b): each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order, or the whole value a helper returns."""
import pytest

from claims.extract.speakers.body_traits import treated_as_body
from claims.extract.speakers.writer_bodies import our_phrase, writer_named
from extract_rows import cued_rows as rows


# A first-person text's own `our ...` (its records, findings or people) is the body that writes it, named where no
# letterhead does: a release's `X can confirm`, a body's sentence that also says `our` (`X has today fined Y after our
# investigation found`), or a letter written `on behalf of` a body (speakers/writer_bodies). Seen in p547, p553,
# p708, p883 (four authors). Another body (`our bank`), other people (`our customers`), a newspaper's `our
# investigation` under a lead with no first person, a sentence no name opens (`There was ...`) and a person's
# quotation are left as they were.
RELEASE_CAN_CONFIRM = (
    "STATEMENT: Brill-2 test flight\n\nIssued 10:00 GMT, Friday 4 June\n\n"
    "Skyrill Launch can confirm that its Brill-2 rocket left the pad at 09:12 this morning.\n\n"
    "Based on our tracking data, the upper stage fell about 200 kilometres offshore.\n")
REGULATOR_OUR_INVESTIGATION = (
    "Watchdog fines waste firm\n\nPublished: 2 May 2027\n\n"
    "Ofwire has today fined a waste firm £40,000 after our investigation found it had stored 300 tonnes of waste "
    "without a permit.\n")
LETTER_ON_BEHALF = (
    "Repairs backlog\n\n"
    "We are writing on behalf of the members of the Dunmere Road Residents' Association about repairs.\n\n"
    "Our own count shows 88 repairs outstanding across the four blocks.\n")
OUR_PEOPLE = (
    "Power restored in Cresswick\n\n"
    "Lanthorn Grid has restored power to all homes in Cresswick, and we thank customers for their patience.\n\n"
    "Our engineers found that 14 poles had been brought down by falling trees.\n")
OUR_BANK = (
    "Statement\n\n"
    "Fellgate Castings can confirm that it has entered talks with a buyer.\n\n"
    "Our bank has made clear that it expects a profit by the autumn.\n")
NEWSPAPER_INVESTIGATION = (
    "Jobs cut at town hall\n\n"
    "Harlowmere Council has cut 40 jobs since April.\n\n"
    "Our investigation found that 12 further posts are vacant.\n")
NO_NAME_OPENS = (
    "Storm update\n\n"
    "There was heavy rain on Monday, and we closed two roads.\n\n"
    "Our investigation found that 14 poles had been brought down by falling trees.\n")
QUOTED_PERSON = (
    "Statement\n\n"
    "Harwick Rail can confirm that services resumed at noon.\n\n"
    "\"Our engineers worked through the night,\" said Ann Pike, the operations director. \"Our checks found that "
    "40 metres of track had been washed away.\"\n")


@pytest.mark.parametrize(("text", "expected"), [
    (RELEASE_CAN_CONFIRM, [  # wave 31g: `X can confirm that` is X's cue, X the release's writer
        ("Skyrill Launch", "organisation", "can confirm that", "its Brill-2 rocket left the pad at 09:12 this morning"),
        ("Skyrill Launch", "organisation", "Based on", "the upper stage fell about 200 kilometres offshore")]),
    (REGULATOR_OUR_INVESTIGATION, [
        ("Ofwire", "inspectorate", "found", "it had stored 300 tonnes of waste without a permit")]),
    (LETTER_ON_BEHALF, [
        ("Dunmere Road Residents' Association", "organisation", "shows",
         "88 repairs outstanding across the four blocks")]),
    (OUR_PEOPLE, [
        ("Lanthorn Grid", "organisation", "found that", "14 poles had been brought down by falling trees")]),
    (OUR_BANK, [("Fellgate Castings", "organisation", "can confirm that", "it has entered talks with a buyer"),
                # wave 39d: `Castings` ends a trade's name, so the writer is read as a body, and `Our bank` in a
                # body's statement is the body's, as it already was after `Fellgate Water` (was `our bank`, unresolved,
                # only while the name was read as a person's)
                ("Fellgate Castings", "organisation", "made clear that", "it expects a profit by the autumn")]),
    (NEWSPAPER_INVESTIGATION, [("our investigation", "unresolved", "found that", "12 further posts are vacant")]),
    (NO_NAME_OPENS, [
        ("our investigation", "unresolved", "found that", "14 poles had been brought down by falling trees")]),
    (QUOTED_PERSON, [
        ("Harwick Rail", "organisation", "can confirm that", "services resumed at noon"),
        ("Ann Pike", "person", "said", "Our engineers worked through the night"),
        ("Ann Pike", "person", "quotation continues",
         "Our checks found that 40 metres of track had been washed away.")]),
], ids=["release-can-confirm", "regulator-our-investigation", "letter-on-behalf", "our-people", "our-bank",
        "newspaper-investigation", "no-name-opens", "quoted-person"])
def test_our_records_and_people_are_the_body_that_writes(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["our", "tracking", "data"], ["our", "tracking", "data"]),
    (["after", "our", "investigation"], ["our", "investigation"]),
    (["ofwire", "has", "fined", "a", "firm", "after", "our", "review"], ["our", "review"]),
    (["our", "own", "count"], ["our", "own", "count"]),
    (["our", "customer", "service", "teams"], ["our", "customer", "service", "teams"]),
    (["our", "bank"], None),  # another body
    (["our", "customers"], None),  # other people
    (["the", "increases", "our", "members"], None),  # `our` inside a longer phrase
    (["our", "own", "long", "running", "monthly", "count"], None),  # too long to be one noun phrase
], ids=["data", "after-clause", "after-a-clause", "own-count", "people", "bank", "customers", "inside", "too-long"])
def test_our_phrase(words: list[str], expected: list[str] | None) -> None:
    assert our_phrase(words) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (RELEASE_CAN_CONFIRM, "Skyrill Launch"),
    (REGULATOR_OUR_INVESTIGATION, "Ofwire"),
    (LETTER_ON_BEHALF, "Dunmere Road Residents' Association"),
    (NEWSPAPER_INVESTIGATION, None),  # the lead's body never speaks as `we`
    (NO_NAME_OPENS, None),  # `There` opens the first-person sentence: no name
    ("Big news\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nArdley Mills can confirm it.\n", None),
    ("Notice\n\nWe met Kesh Homes, and we can confirm the date.\n", None),  # a body named after `we`, not as subject
], ids=["can-confirm", "first-person-sentence", "on-behalf", "newspaper", "no-name", "past-the-opening", "object"])
def test_writer_named(text: str, expected: str | None) -> None:
    found = writer_named(text)
    assert (found.name if found is not None else None) == expected


# A name like a person's that the text treats as a body's elsewhere: its first word given a spokesperson (`Tollard
# Snacks told staff ... A Tollard spokesperson said`) or `, which` after it at one place (`Drivers at Corrib Link,
# which runs 14 routes`) makes it a body's wherever it is written, so `the company` and `it` find it
# (speakers/body_traits.treated_as_body). Seen in p302, p777, p784, p989 (four authors). A person (`Maria Hallam
# told staff`), a person described with `who`, and a first word two names share (`Hallam Valves` in a headline,
# `Hallam Group` below) are left as they were.
SPOKESPERSON_OF_FIRST_WORD = (
    "Crisp maker to close plant\n\nBy Ann Lowe\n\n"
    "Hallam Crisps told staff on Monday that it plans to shut its Barnsley plant by June.\n\n"
    "The company said the plant was running at 48% of its capacity.\n\n"
    "A Hallam spokesperson said the firm had looked at every option.\n")
WHICH_AT_ONE_PLACE = (
    "Explainer: why are Lough Crossings crews on strike?\n\n"
    "Crews at Lough Crossings, which runs six routes, walked out on Monday.\n\n"
    "Lough Crossings has offered 4% over two years.\n\nWhat does the company say?\n\n"
    "The company estimates that 3,000 journeys a day are affected.\n")
A_PERSON = (
    "Baker retires\n\nBy Ann Lowe\n\n"
    "Maria Hallam told staff on Monday that she will retire in June.\n\n"
    "The company said sales had risen by 8% last year.\n")
A_PERSON_WHO = (
    "Baker retires\n\nBy Ann Lowe\n\n"
    "Dara Quinlan, who runs the bakery on Mill Street, said sales had risen by 8% last year.\n\n"
    "The company said 12 staff would keep their jobs.\n")
TWO_NAMES_ONE_FIRST_WORD = (
    "Hallam Valves profits dip\n\nBy Ann Lowe\n\n"
    "Valve maker Hallam Group has reported a 9% fall in profits.\n\n"
    "The firm said orders had been delayed.\n\n"
    "A Hallam spokeswoman said the pay offer was fair.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (SPOKESPERSON_OF_FIRST_WORD, [
        ("Hallam Crisps", "organisation", "told staff on Monday that", "it plans to shut its Barnsley plant by June"),
        ("Hallam Crisps", "organisation", "said", "the plant was running at 48% of its capacity"),
        ("Hallam Crisps", "organisation", "said", "the firm had looked at every option")]),
    (WHICH_AT_ONE_PLACE, [
        ("Lough Crossings", "organisation", "estimates that", "3,000 journeys a day are affected")]),
    (A_PERSON, [
        ("Maria Hallam", "person", "told staff on Monday that", "she will retire in June"),
        ("the company", "unresolved", "said", "sales had risen by 8% last year")]),
    (A_PERSON_WHO, [
        ("Dara Quinlan", "person", "said", "sales had risen by 8% last year"),
        ("the company", "unresolved", "said", "12 staff would keep their jobs")]),
    (TWO_NAMES_ONE_FIRST_WORD, [
        ("Hallam Group", "organisation", "reported", "has reported a 9% fall in profits"),
        ("Hallam Group", "organisation", "said", "orders had been delayed"),
        ("Hallam Group", "organisation", "said", "the pay offer was fair")]),
], ids=["spokesperson-of-first-word", "which-at-one-place", "a-person", "a-person-who", "two-names-one-first-word"])
def test_a_name_like_a_persons_the_text_treats_as_a_bodys(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    (SPOKESPERSON_OF_FIRST_WORD, "Hallam Crisps", True),
    (WHICH_AT_ONE_PLACE, "Lough Crossings", True),
    (A_PERSON, "Maria Hallam", False),
    (A_PERSON_WHO, "Dara Quinlan", False),
    (TWO_NAMES_ONE_FIRST_WORD, "Hallam Valves", False),  # `Hallam` opens two names: the voice is either's
    ("Ann Roe met a Labour spokesman. Ann Roe said no.", "Ann Roe", False),  # another word's spokesman
], ids=["spokesperson", "which", "person", "who", "two-names", "other-word"])
def test_treated_as_body(text: str, name: str, expected: bool) -> None:
    assert treated_as_body(text, name) is expected
