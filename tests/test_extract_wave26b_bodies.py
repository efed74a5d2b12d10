"""Bodies, documents and unresolved speakers (wave 26b): each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order, or the whole value a helper returns."""
import pytest

from claims.extract import find_rows
from claims.extract.speakers.writer_bodies import our_phrase, writer_named


def rows(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.cue, r.quote) for r in find_rows(text, "t.txt")]


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
    (RELEASE_CAN_CONFIRM, [
        ("Skyrill Launch", "organisation", "Based on", "the upper stage fell about 200 kilometres offshore")]),
    (REGULATOR_OUR_INVESTIGATION, [
        ("Ofwire", "inspectorate", "found", "it had stored 300 tonnes of waste without a permit")]),
    (LETTER_ON_BEHALF, [
        ("Dunmere Road Residents' Association", "organisation", "shows",
         "88 repairs outstanding across the four blocks")]),
    (OUR_PEOPLE, [
        ("Lanthorn Grid", "organisation", "found that", "14 poles had been brought down by falling trees")]),
    (OUR_BANK, [("our bank", "unresolved", "made clear that", "it expects a profit by the autumn")]),
    (NEWSPAPER_INVESTIGATION, [("our investigation", "unresolved", "found that", "12 further posts are vacant")]),
    (NO_NAME_OPENS, [
        ("our investigation", "unresolved", "found that", "14 poles had been brought down by falling trees")]),
    (QUOTED_PERSON, [
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
