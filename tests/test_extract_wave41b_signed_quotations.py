"""Wave 41b: a release that opens (after its dateline) on a quotation running over several paragraphs, the middle ones
neither reopened nor closed (or each reopened, when the first opens after a dateline), the last closing on its mark,
then a sign-off line naming the person (`- Jo Roe, Chair, Fenwick Ferry Users' Forum`): every sentence of those
paragraphs is the signer's. A quotation with no sign-off under it, or a sign-off line naming no person, changes
nothing; one opening its paragraph, each paragraph reopened, is read as before (a continued quotation, its last
paragraph signed)."""
from tests.extract_rows import cued_rows

NEVER_REOPENED = """KESTON, May 4 /Wire/ - "The Fenwick Ferry Users' Forum welcomes the new timetable, which adds 14 sailings a week.

Across the islands, ferries are a lifeline for 9,000 residents. Delays rose by a third last winter.

On behalf of our members, the forum thanks the operator."

- Mara Quill, Chair, Fenwick Ferry Users' Forum
"""


def test_a_signed_quotation_is_the_signers_sentence_by_sentence() -> None:
    assert cued_rows(NEVER_REOPENED) == [
        ("Mara Quill", "person", "signed quotation",
         "The Fenwick Ferry Users' Forum welcomes the new timetable, which adds 14 sailings a week."),
        ("Mara Quill", "person", "signed quotation", "Across the islands, ferries are a lifeline for 9,000 residents."),
        ("Mara Quill", "person", "signed quotation", "Delays rose by a third last winter."),
        ("Mara Quill", "person", "signed quotation", "On behalf of our members, the forum thanks the operator."),
    ]


REOPENED = """\u201cOur depot handled 2.1 million parcels in the year, a record.

\u201cWe cut late deliveries to 3% of the total.\u201d

\u2014 Tomas Brenner, managing director
"""


def test_each_paragraph_reopened_is_left_to_the_quotations_reading() -> None:
    assert cued_rows(REOPENED) == [
        ("Tomas Brenner", "person", "quotation continues", "Our depot handled 2.1 million parcels in the year, a record."),
        ("Tomas Brenner", "person", "signed", "We cut late deliveries to 3% of the total."),
    ]


AFTER_DATELINE = """HALBERG, June 2 -- “Our depot handled 2.1 million parcels in the year, a record.

“We cut late deliveries to 3% of the total.”

— Tomas Brenner, managing director, Halberg Freight
"""


def test_a_quotation_opened_after_a_dateline_and_reopened() -> None:
    assert cued_rows(AFTER_DATELINE) == [
        ("Tomas Brenner", "person", "signed quotation", "Our depot handled 2.1 million parcels in the year, a record."),
        ("Tomas Brenner", "person", "signed quotation", "We cut late deliveries to 3% of the total."),
    ]


NO_PERSON = """"Our depot handled 2.1 million parcels in the year, a record.

We cut late deliveries to 3% of the total."

- Source: Keston Freight annual review
"""


def test_a_line_naming_no_person_signs_nothing() -> None:
    assert cued_rows(NO_PERSON) == []


CUE_AFTER = '''HALBERG, June 2 /Wire/ - "The Halberg Freight Guild welcomes the new rail link, which will carry 40 trains a week.

Across the region, hauliers lost 1,200 days to road closures last year.

The guild will keep pressing for a second link," said Tomas Brenner, President of the Halberg Freight Guild.
'''


def test_a_cue_after_the_closing_mark_names_the_speaker() -> None:
    assert cued_rows(CUE_AFTER) == [
        ("Tomas Brenner", "person", "signed quotation",
         "The Halberg Freight Guild welcomes the new rail link, which will carry 40 trains a week."),
        ("Tomas Brenner", "person", "signed quotation", "Across the region, hauliers lost 1,200 days to road closures last year."),
        ("Tomas Brenner", "person", "signed quotation", "The guild will keep pressing for a second link"),
    ]
