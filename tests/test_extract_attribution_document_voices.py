"""`claims.extract.attribution.document_voices`: a document that just spoke (`the report says`, `According to the
complaint,`, `The opinion found`) is what `it` means as the subject of a cue in the next sentence of its paragraph
(`it adds`, `It says`, `It also said`), whoever the document was read as: its owner, or the text's own words; each case
a short text written for this test about invented parties, and the whole table it gives as (speaker, speaker_kind,
quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import rows

from claims.extract.attribution.document_voices import document_subject

OWNER = ("Harlow Kilns, a tile maker advised by Osprey Lane Partners, has been criticised by the Tile Standards "
         "Board.\n\n")
"""A paragraph that names three bodies before the sentences under test: the last named is no document's owner."""


@pytest.mark.parametrize(("text", "expected"), [
    (OWNER + "The firm sold 900 faulty boilers in 2024, the board's report says. It adds that 40 owners were never "
     "told.\n",
     [("Tile Standards Board", "inspectorate", "The firm sold 900 faulty boilers in 2024"),
      ("Tile Standards Board", "inspectorate", "40 owners were never told")]),
    (OWNER + "According to the complaint, the firm sold 900 faulty boilers in 2024. It says the firm ignored 300 "
     "calls from owners.\n",
     [("the complaint", "unresolved", "the firm sold 900 faulty boilers in 2024"),
      ("the complaint", "unresolved", "the firm ignored 300 calls from owners")]),
], ids=["report-says-it-adds", "according-to-it-says"])
def test_it_after_a_document_is_that_document(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("sentence", "cue", "expected"), [
    ("Harlow Kilns sold 900 boilers, the report says.", "says", True),
    ("According to the report, Harlow Kilns sold 900 boilers.", "according to", True),
    ("The ruling also found that the city held three hearings.", "found", True),
    ("Harlow Kilns said it sold 900 boilers.", "said", False),
    ("The kilns smoke, the campaigners say.", "say", False),
    ("Tests showed that the kilns smoke.", "showed", False),
    ("The report, written by Dr Jo Lane, says the kilns smoke.", "says", True),
    ("A review of Harlow Kilns, published on Monday, says the kilns smoke.", "says", True),
    ("The chair of Harlow Kilns, Jo Lane, says the kilns smoke.", "says", False),
    ("The report by Harlow Kilns says the kilns smoke.", "says", False),
], ids=["report", "according-to", "ruling-also", "body", "people", "plural-document", "report-aside", "review-of-aside",
        "person-aside", "no-aside"])
def test_document_subject(sentence: str, cue: str, expected: bool) -> None:
    assert document_subject(sentence, (0, len(sentence)), cue) is expected


QUOTED_STATEMENT = ("Students at Marlow College held a sit-in over fees, the Marlow Students' Union said.\n\n"
                    "The college defended the rise. In a statement, its bursar, Dr Jo Tennant, said costs had gone up "
                    "by a fifth.\n\n")
"""Two paragraphs in which a body speaks first and a person then speaks in a statement: the body is named last."""


@pytest.mark.parametrize(("text", "expected"), [
    (QUOTED_STATEMENT + "\"Our fees are still the lowest in the county,\" the statement said. It added that 30 per "
     "cent of students paid no fees at all.\n",
     [("Marlow Students' Union", "organisation", "Students at Marlow College held a sit-in over fees"),
      ("Jo Tennant", "person", "costs had gone up by a fifth"),
      ("Jo Tennant", "person", "Our fees are still the lowest in the county"),
      ("Jo Tennant", "person", "30 per cent of students paid no fees at all")]),
    (QUOTED_STATEMENT + "\u201cOur fees are still the lowest in the county,\u201d the college\u2019s statement also "
     "said. It added that 30 per cent of students paid no fees at all.\n",
     [("Marlow Students' Union", "organisation", "Students at Marlow College held a sit-in over fees"),
      ("Jo Tennant", "person", "costs had gone up by a fifth"),
      ("Marlow College", "organisation", "Our fees are still the lowest in the county"),
      ("Marlow College", "organisation", "30 per cent of students paid no fees at all")]),
], ids=["quote-then-statement-said", "curly-quote-then-owned-statement-also-said"])
def test_it_after_a_quotation_a_document_spoke_is_that_document(text: str, expected: list[tuple[str, str, str]]) \
        -> None:
    assert rows(text) == expected



REVIEW = ("A review of the Fenwold Rowing Association, written by the former auditor Dr Nell Carrow and published on "
          "Monday, says the association lost track of 40 safety complaints.\n\n")
"""A paragraph whose last sentence a document (read as its writer) speaks, with the body it is about named in it."""


@pytest.mark.parametrize(("text", "expected"), [
    (REVIEW + "It also found that the association had no safety officer until 2021.\n",
     [("Nell Carrow", "person", "the association lost track of 40 safety complaints"),
      ("Nell Carrow", "person", "the association had no safety officer until 2021")]),
    (REVIEW + "It also found that:\n\n- the association had no safety officer until 2021;\n- nine clubs kept no "
     "records.\n",
     [("Nell Carrow", "person", "the association lost track of 40 safety complaints"),
      ("Nell Carrow", "person", "the association had no safety officer until 2021"),
      ("Nell Carrow", "person", "nine clubs kept no records")]),
], ids=["paragraph-after", "bullets-after"])
def test_it_opening_the_paragraph_after_a_document_is_that_document(text: str,
                                                                     expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_it_after_a_body_left_in_its_own_words_stays_the_body_named() -> None:
    text = ("Tarrow Securities Bhd (Tarrow Securities) announced that Kelang Cable Bhd faces delisting from the stock "
            "exchange.\nIn a filing, the exchange said trading in the shares will be suspended on May 28, 2025.\n"
            "'The shares will be delisted on May 30, 2025 unless an appeal is lodged by May 27, 2025,' it said.\n")
    assert rows(text) == [
        ("Tarrow Securities", "organisation", "Kelang Cable Bhd faces delisting from the stock exchange"),
        ("the exchange", "unresolved", "trading in the shares will be suspended on May 28, 2025"),
        ("Tarrow Securities", "organisation",
         "The shares will be delisted on May 30, 2025 unless an appeal is lodged by May 27, 2025")]
