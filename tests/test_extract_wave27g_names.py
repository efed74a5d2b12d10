"""Names read whole (wave 27g): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; cases where a
rule must not fire sit beside the ones where it must."""
import pytest

from claims import extract_text


def table(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["cue"], found["quote"]))


# A company's abbreviated legal form keeps the full stop the text writes inside a sentence (`Brambleton Inc., the
# maker of ...`, `Quorin Corp. said`, `Quorin Corp. (Nasdaq: QRN)`): the stop is part of the name, never the
# sentence's end.
@pytest.mark.parametrize(("opening", "name"), [
    ("The state attorney general on Monday sued Brambleton Inc., the maker of a smart lamp.", "Brambleton Inc."),
    ("Regulators fined Quorin Systems Corp. over its billing.", "Quorin Systems Corp."),
    ("Tessaly Foods Ltd., of Leeds, was named in the complaint filed on Friday.", "Tessaly Foods Ltd."),
    ("Investors in Harrowgate & Co., a private bank, were told of the fine.", "Harrowgate & Co."),
    ("Regulators fined Quorin Systems Corp. (Nasdaq: QRN) over its billing.", "Quorin Systems Corp."),  # a ticker
    ("Shoppers queued outside Tamlin Paint & Glass Co. on Saturday morning.", "Tamlin Paint & Glass Co."),
])
def test_a_legal_form_keeps_its_stop_inside_a_sentence(opening: str, name: str) -> None:
    text = f"{opening}\n\n{name} said it had refunded 4,200 customers since March.\n"
    assert table(text) == [(name, "organisation", "said", "it had refunded 4,200 customers since March")]


@pytest.mark.parametrize(("opening", "name"), [
    # must not fire: a form written without a stop, and a stop that only ends a sentence, leave the name as it is
    ("The state attorney general on Monday sued Brambleton Inc, the maker of a smart lamp.", "Brambleton Inc"),
    ("The county council has fined Pellow Holdings Ltd.", "Pellow Holdings Ltd"),
    ("Customers had complained for months about Quorin Systems Corp.", "Quorin Systems Corp"),
])
def test_a_stop_that_ends_a_sentence_is_never_the_names(opening: str, name: str) -> None:
    text = f"{opening}\n\n{name} said it had refunded 4,200 customers since March.\n"
    assert table(text) == [(name, "organisation", "said", "it had refunded 4,200 customers since March")]


# A number right after a name, with the name's end after it (`Harbour Talk 96 said`, `Lakeland FM 103, which ...`),
# completes the name: a station, a branch, a yearly report; a person's name is never followed by a bare number.
CALLS = "Listeners complained after a phone-in on Tuesday morning.\n\n"


@pytest.mark.parametrize(("lead", "speaker", "cue"), [
    ("Harbour Talk 96 said", "Harbour Talk 96", "said"),
    ("Harbour Talk 96 also said", "Harbour Talk 96", "said"),
    ("Lakeland FM 103 has said", "Lakeland FM 103", "said"),
    ("In its submission, Riverside Sound 87 told the regulator", "Riverside Sound 87", "told"),
])
def test_a_number_that_ends_a_name_is_the_names(lead: str, speaker: str, cue: str) -> None:
    text = CALLS + f"{lead} the programme had received 46 calls that day.\n"
    assert table(text) == [(speaker, "organisation", cue, "the programme had received 46 calls that day")]


@pytest.mark.parametrize(("lead", "speaker", "kind"), [
    # must not fire: a number that counts what follows, an age set off by commas, a number after the cue
    ("Harbour Talk said", "Harbour Talk", "person"),  # two words alone read as a name, as before
    ("Nadia Okafor, 46, said", "Nadia Okafor", "person"),
    ("Nadia Okafor said on 12 May that", "Nadia Okafor", "person"),
])
def test_a_number_that_is_no_part_of_a_name_is_left(lead: str, speaker: str, kind: str) -> None:
    text = CALLS + f"{lead} the programme had received 46 calls that day.\n"
    cue = "said on 12 May that" if lead.endswith("that") else "said"
    assert table(text) == [(speaker, kind, cue, "the programme had received 46 calls that day")]


def test_a_day_after_a_month_is_no_name() -> None:
    text = "Posted Sept 4, 2026 at 6:05 PM\n\nHarbour Talk 96 said the programme had received 46 calls that day.\n"
    assert table(text) == [("Harbour Talk 96", "organisation", "said", "the programme had received 46 calls that day")]


def test_a_number_counting_a_noun_after_a_name_stays_a_figure() -> None:
    text = CALLS + "Harbour Talk 96 listeners wrote in, and Nadia Okafor said the programme had received 46 calls.\n"
    assert [row[0] for row in table(text)] == ["Nadia Okafor"]


@pytest.mark.parametrize(("opening", "speaker"), [
    ("The Maple Creek School District 118 board voted 4-3 on Monday to close two schools.", "Maple Creek School District 118"),
    ("Maple Creek School District 118 voted on Monday to close two schools.", "Maple Creek School District 118"),
    # must not fire: a district named without a number keeps its name
    ("The Maple Creek School District board voted 4-3 on Monday to close two schools.", "Maple Creek School District"),
])
def test_the_district_is_the_district_with_its_number(opening: str, speaker: str) -> None:
    text = f"{opening}\n\nThe district said it had mailed letters to every family on Sept. 18.\n"
    assert table(text) == [(speaker, "organisation", "said", "it had mailed letters to every family on Sept. 18")]
