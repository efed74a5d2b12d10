"""Whose voice a letter's `we` is (attribution/letter_voice, wave 33b): each text is written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, or the whole
value a helper returns."""
import pytest

from claims.extract.attribution.letter_voice import says_i, signed_body
from claims.extract.text import split_blocks
from extract_rows import rows

WE_LETTER = ("Dear Minister,\n\nWe write as 31 village shops in the county. Between us we employ 212 people.\n\n"
             "Our rates rose by 19% last year.\n\nYours sincerely,\n\n")
"""A letter that says only `we`, above the signature each test gives it."""


# A letter that never says `I`, signed by one person above her post in a body, speaks as that body, whether the post
# and the body share a line (`Chair, X`), follow the name on its own line (`Jo Roe, Chair, X`) or stand on lines of
# their own; a closing formula in the signer's name (`I trust this ...`) does not make it hers.
@pytest.mark.parametrize("signature", [
    "Maud Fenner\nChair, Tallow Vale Shopkeepers' Guild, on behalf of the 31 signatories\n",
    "Maud Fenner, Chair, Tallow Vale Shopkeepers' Guild\nand 30 other signatories\n",
    "Maud Fenner\nHead of Member Services\nTallow Vale Shopkeepers' Guild\n",
])
def test_a_we_letter_signed_over_a_body_speaks_as_the_body(signature: str) -> None:
    assert rows(WE_LETTER + signature) == [
        ("Tallow Vale Shopkeepers' Guild", "organisation", "We write as 31 village shops in the county"),
        ("Tallow Vale Shopkeepers' Guild", "organisation", "Between us we employ 212 people."),
        ("Tallow Vale Shopkeepers' Guild", "organisation", "Our rates rose by 19% last year"),
    ]


def test_a_closing_formula_in_the_signer_s_name_leaves_the_letter_the_body_s() -> None:
    text = ("Dear Councillor,\n\nThefts from our shops rose to 44 in May.\n\n"
            "I trust this information is of assistance.\n\nYours sincerely,\n\n"
            "Maud Fenner\nHead of Member Services\nTallow Vale Shopkeepers' Guild\n")
    assert rows(text) == [
        ("Tallow Vale Shopkeepers' Guild", "organisation", "Thefts from our shops rose to 44 in May"),
    ]


# A letter that says `I` is its signer's: one written `on behalf of` a body, and one signed by one person over a
# post and a place the name reader may take for people, never the body nor the place.
def test_an_i_letter_on_behalf_of_a_body_is_the_signer_s() -> None:
    text = ("Dear Cllr Amos,\n\nI am writing on behalf of the Keep Orrin Library campaign. The library lent 61,000 "
            "books in 2025.\n\nYours sincerely,\n\nMaud Fenner\nChair, Keep Orrin Library\n")
    assert rows(text) == [("Maud Fenner", "person", "The library lent 61,000 books in 2025")]


def test_an_i_letter_signed_over_a_post_and_a_place_is_the_signer_s() -> None:
    text = ("Dear Commissioners:\n\nI have run this office for six years. Our 22 lawyers closed 9,140 cases last "
            "year.\n\nSincerely,\n\nMaud Fenner\nCounty Public Defender\nTallow County, Idaho\n")
    assert rows(text) == [
        ("Maud Fenner", "person", "I have run this office for six years"),
        ("Maud Fenner", "person", "Our 22 lawyers closed 9,140 cases last year"),
    ]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (["We employ 212 people.", "Our rates rose."], False),
    (["We employ 212 people. I trust this is of help."], False),  # a closing formula
    (["We employ 212 people. My own shop shut in May."], True),
    (["Our member said: \u201cI have shut my shop.\u201d"], False),  # another voice, quoted
    (["We back Phase I. The rest can wait."], False),  # a numeral, not the writer
    (["We employ 212 people.", "Since I took over, rates rose."], True),
])
def test_says_i(paragraphs: list[str], expected: bool) -> None:
    text = "\n\n".join(paragraphs)
    assert says_i(text, split_blocks(text)) is expected


CLOSE = "Yours sincerely,"


@pytest.mark.parametrize(("signature", "expected"), [
    ("\n\nMaud Fenner\nChair, Tallow Vale Shopkeepers' Guild, on behalf of the 31 signatories\n",
     "Tallow Vale Shopkeepers' Guild"),
    ("\n\nMaud Fenner, Director, Orrin Trust\n", "Orrin Trust"),
    ("\n\nMaud Fenner\nChair of the Trustee Board\nOrrin Trust Ltd\n", "Orrin Trust Ltd"),
    ("\n\nMaud Fenner\nChief Executive\n", None),
    ("\n\nMaud Fenner\nHead of Member Services\n\nOrrin Trust is a charity.\n", None),  # past the signature
    ("\n\n", None),
])
def test_signed_body(signature: str, expected: str | None) -> None:
    assert signed_body(CLOSE + signature, len(CLOSE)) == expected


INTRO = "The Moorland Bakers' Alliance, chaired by Tomas Verrall, today sent the letter below to the Minister for Food.\n\n"
SIGNATURE = "\n\nYours sincerely,\n\nTomas Verrall\nChair, Moorland Bakers' Alliance\n"


# Wave 33a's plural letters, kept when 33b's reading replaced its module: a letter of `we` introduced as the body's
# and signed over it is the body's, with or without the introduction; a letter that says `I` or `my` is the signer's.
@pytest.mark.parametrize(("intro", "body", "speaker", "kind"), [
    (INTRO, "We represent 212 bakeries. Our flour costs rose by 31% last year.", "Moorland Bakers' Alliance",
     "organisation"),
    ("", "We represent 212 bakeries. Our flour costs rose by 31% last year.", "Moorland Bakers' Alliance",
     "organisation"),
    (INTRO, "I represent 212 bakeries. Our flour costs rose by 31% last year.", "Tomas Verrall", "person"),
])
def test_an_introduced_letter_speaks_as_its_body_unless_it_says_i(intro: str, body: str, speaker: str,
                                                                   kind: str) -> None:
    quotes = ["We represent 212 bakeries" if body.startswith("We") else "I represent 212 bakeries",
              "Our flour costs rose by 31% last year"]
    assert rows(f"{intro}Dear Minister,\n\n{body}{SIGNATURE}") == [(speaker, kind, quote) for quote in quotes]
