"""Rows that only voice a sentiment (attribution/sentiments, wave 36h): an apology (`We are deeply sorry for the
delay.`), pride that inspectors recognised the staff's work, a verdict on the day or the news (`This is a proud day
for our pupils.`) and an appeal to the public (`We would ask everyone to ...`) hold nothing a fact-checker could test.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, quote) rows, or the whole value the test returns."""
import pytest

from claims.extract.attribution.sentiments import is_sentiment
from extract_rows import rows


LEAD = "Pellow District Council said on Tuesday that bin collections would move to Thursdays.\n\n"
LEAD_ROW = ("Pellow District Council", "organisation", "bin collections would move to Thursdays")
CLAIM = "We collected 4,100 tonnes of waste last year."
CLAIM_ROW = ("Jo Roe", "person", CLAIM)


def quoted(sentence: str) -> str:
    """Return a text whose second paragraph quotes a claim, then the sentence, by the council's leader."""
    return LEAD + f'"{CLAIM} {sentence}" said Jo Roe, the council\'s leader.\n'


# A sentiment after a claim in the same quotation: the claim's row only.
@pytest.mark.parametrize("sentence", [
    "We are deeply sorry for the distress this has caused Mr Hale's family.",
    "I am truly sorry to every resident of Mill Lane whose bin was missed.",
    "I am personally sorry.",
    "I am delighted that inspectors have recognised what our crews achieve every day.",
    "We are proud that the inspectors have again recognised how hard our staff work.",
    "This is a proud day for our crews and our residents.",
    "These results are unacceptable.",
    "This has been an extremely difficult decision.",
    "We would ask everyone to rinse their bins.",
    "We are asking every household to rinse its recycling.",
    "I would urge anyone who sees fly-tipping to tell us.",
])
def test_a_sentiment_gives_no_row(sentence: str) -> None:
    assert rows(quoted(sentence)) == [LEAD_ROW, CLAIM_ROW]


# It must not fire: a figure, a name, a clause of its own, a that-clause of fact after `sorry`, a comparison, a
# future appeal, an appeal to a named party, praise that names the inspectorate.
@pytest.mark.parametrize("sentence", [
    "We are sorry that 40 streets were missed in March.",
    "We are sorry that residents waited so long for a collection.",
    "We are deeply sorry for the delay to Mr Hale's collection, and we have refunded his permit.",
    "I am delighted that inspectors have recognised what our crews achieve: 98% of bins emptied on time.",
    "I am proud that the Care Board has recognised the work of our staff.",
    "This is a proud day for Pellow.",
    "This is a tremendous result for our staff, who cut missed bins by a third.",
    "These results are better than last year.",
    "We will be asking the public to help.",
    "We are asking the Government to fund 12 more crews.",
    "We would ask everyone in Pellow to put their bins out by seven.",
])
def test_a_sentence_that_holds_something_to_check_stays(sentence: str) -> None:
    assert rows(quoted(sentence)) == [LEAD_ROW, CLAIM_ROW, ("Jo Roe", "person", sentence.rstrip("."))] \
        or rows(quoted(sentence)) == [LEAD_ROW, CLAIM_ROW, ("Jo Roe", "person", sentence)]


# The test on its own, over whole sentences: (sentence, whether it only voices a sentiment).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("We're really sorry to everyone whose collection was missed.", True),
    ("We are sorry.", True),
    ("I'm proud that inspectors have recognised the work of our teams.", True),
    ("This is a huge win for our community", True),
    ("That is disappointing for pupils, parents and staff.", True),
    ("We ask customers to travel only if their journey is necessary.", True),
    ("I'd ask people to look at the direction of travel.", True),
    ("We are sorry to 300 customers.", False),
    ("We are sorry that the depot closed, but the new one opens in May.", False),
    ("This is a tremendous result for Pellow.", False),
    ("This is the largest investment we have ever made.", False),
    ("This has been a year of strong progress.", False),
    ("We ask customers to call 0800 123 456.", False),
    ("Nobody asked us.", False),
])
def test_is_sentiment(sentence: str, expected: bool) -> None:
    text = LEAD + f'"{sentence}" said Jo Roe.\n'
    start = text.index(sentence)
    assert is_sentiment(text, (start, start + len(sentence))) is expected
