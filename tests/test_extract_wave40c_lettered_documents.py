"""Wave 40c: a document the text names by a title with its letters in brackets (`"Tallow Coast Visitor Monitor (TCVM)
2025"`, `the Orrin County Housing Survey (OCHS) 2024`) speaks as that document, by the title's words, whenever a row's
speaker is read from those letters (`TCVM 2025`, `The OCHS`) or from the title's words; never as a body. A body's own
letters in brackets (`the Orrin Tenants' Federation (OTF)`) keep naming the body, and so do the letters of a body
whose name ends like a document's (`the Orrin Screening Programme (OSP)`: its letters speak as a body, as before)."""
from tests.extract_rows import cued_rows

QUOTED_TITLE = """The Tallow Coast Tourism Board today published its "Tallow Coast Visitor Monitor (TCVM) 2025".

TCVM 2025 shows that overnight stays rose from 1.2 million in 2023 to 1.4 million.

The TCVM also found that 38% of visitors came from abroad.
"""

SURVEY_TITLE = """Orrin County Council published the Orrin County Housing Survey (OCHS) 2024 on Monday.

The OCHS found that 4,100 households were waiting for social housing.
"""

BODY_LETTERS = """The Orrin Tenants' Federation (OTF) wrote to the council on Friday.

The OTF said that rents had risen by 9% in a year.
"""

PROGRAMME_BODY = """The Orrin Screening Programme (OSP) published its yearly figures on Monday.

The OSP said that 81% of those invited had attended.
"""

TITLE = "Tallow Coast Visitor Monitor"


def test_a_quoted_titles_letters_and_words_speak_as_the_document() -> None:
    # wave 45b: the board published its own monitor, whose title opens on the board's name: the maker speaks (the
    # gold audit of wave 44, rule 1: a document named with its maker is the maker)
    assert cued_rows(QUOTED_TITLE) == [
        ("Tallow Coast Tourism Board", "organisation", "shows that",
         "overnight stays rose from 1.2 million in 2023 to 1.4 million"),
        ("Tallow Coast Tourism Board", "organisation", "found that", "38% of visitors came from abroad"),
    ]


def test_a_surveys_letters_speak_as_the_survey() -> None:
    # wave 45b: the council published the survey its title names it in: the maker speaks (audit 44, rule 1)
    assert cued_rows(SURVEY_TITLE) == [
        ("Orrin County Council", "organisation", "found that",
         "4,100 households were waiting for social housing"),
    ]


def test_a_bodys_letters_keep_naming_the_body() -> None:
    assert cued_rows(BODY_LETTERS) == [
        ("Orrin Tenants' Federation", "organisation", "said that", "rents had risen by 9% in a year"),
    ]


def test_a_programmes_letters_keep_naming_the_programme() -> None:
    assert cued_rows(PROGRAMME_BODY) == [
        ("OSP", "organisation", "said that", "81% of those invited had attended"),
    ]
