"""A release's header line saying a person gave out the statement below, with no full stop (wave 54f): `Union
president, Mr Oren Bask issued a statement`, `Councillor Jo Roe, Chair of X, has released the following statement`.
The statement's cue-less figures are that person's, never the masthead's body. Texts written for this test in our own
words about invented parties."""
import pytest

from claims.extract.attribution.statement_givers import statement_giver
from claims.extract.entities import Mention
from extract_rows import rows


@pytest.mark.parametrize(("line", "expected"), [
    ("Union president, Mr Oren Bask issued a statement", Mention(17, 29, "Oren Bask", "person", title="mr")),
    ("Councillor Priya Nandan, Chair of the Kessry Finance Committee, has released the following statement",
     Mention(0, 23, "Priya Nandan", "person", title="councillor")),
    ("The Kessry Council has released the following statement", None),  # a body: read as before
    ("Oren Bask issued a statement.", None),  # a sentence, no header line
])
def test_a_header_line_names_the_statement_s_giver(line: str, expected: Mention | None) -> None:
    assert statement_giver(line, 0, len(line)) == expected


def test_the_statement_s_figures_are_the_giver_s() -> None:
    text = ("Press release: Tarnish Valley Farmers' Union\n\n"
            "Union president, Mr Oren Bask issued a statement\n\n"
            "Losses from flooded fields are estimated at 3.2 million dollars across the valley.\n")
    assert rows(text) == [("Oren Bask", "person",
                           "Losses from flooded fields are estimated at 3.2 million dollars across the valley")]
