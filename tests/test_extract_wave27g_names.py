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
# maker of ...`, `Quorin Corp. said`): the stop is part of the name, never the sentence's end; before a ticker's
# bracket the name stays as wave 11 reads it.
@pytest.mark.parametrize(("opening", "name"), [
    ("The state attorney general on Monday sued Brambleton Inc., the maker of a smart lamp.", "Brambleton Inc."),
    ("Regulators fined Quorin Systems Corp. over its billing.", "Quorin Systems Corp."),
    ("Tessaly Foods Ltd., of Leeds, was named in the complaint filed on Friday.", "Tessaly Foods Ltd."),
    ("Investors in Harrowgate & Co., a private bank, were told of the fine.", "Harrowgate & Co."),
])
def test_a_legal_form_keeps_its_stop_inside_a_sentence(opening: str, name: str) -> None:
    text = f"{opening}\n\n{name} said it had refunded 4,200 customers since March.\n"
    assert table(text) == [(name, "organisation", "said", "it had refunded 4,200 customers since March")]


@pytest.mark.parametrize(("opening", "name"), [
    # must not fire: a form written without a stop, and a stop that only ends a sentence, leave the name as it is
    ("The state attorney general on Monday sued Brambleton Inc, the maker of a smart lamp.", "Brambleton Inc"),
    ("The county council has fined Pellow Holdings Ltd.", "Pellow Holdings Ltd"),
    ("Customers had complained for months about Quorin Systems Corp.", "Quorin Systems Corp"),
    ("Regulators fined Quorin Systems Corp. (Nasdaq: QRN) over its billing.", "Quorin Systems Corp"),  # a ticker
])
def test_a_stop_that_ends_a_sentence_is_never_the_names(opening: str, name: str) -> None:
    text = f"{opening}\n\n{name} said it had refunded 4,200 customers since March.\n"
    assert table(text) == [(name, "organisation", "said", "it had refunded 4,200 customers since March")]
