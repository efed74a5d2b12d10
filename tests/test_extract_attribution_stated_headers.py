"""An attribution header phrased as the statement's source (wave 55f): `As stated by Police Commissioner Jo Roe:`
over cue-less paragraphs makes their figures hers, as `Please attribute to X:` does; without the colon it is a
sentence's end. Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.stated_headers import stated_header
from extract_rows import rows


@pytest.mark.parametrize(("line", "who"), [
    ("As stated by Group Manager Ngaire Pollbrook-Hale:", "Group Manager Ngaire Pollbrook-Hale"),
    ("As said by Oriel Santangelo, Water Services Manager:", "Oriel Santangelo, Water Services Manager"),
    ("As stated by the council.", None),  # no colon: a sentence's end
    ("The figures were as stated by the council in March.", None),
])
def test_a_stated_by_line_names_the_statement_s_source(line: str, who: str | None) -> None:
    found = stated_header(line, 0, len(line))
    assert (found.group("who") if found is not None else None) == who


def test_the_statement_s_figures_are_the_source_s() -> None:
    text = ("Crews attend grass fires\n\n"
            "As stated by Group Manager Ngaire Pollbrook-Hale:\n\n"
            "Fire crews across the Tarrow district attended eleven grass fires on Sunday.\n")
    assert rows(text) == [("Ngaire Pollbrook-Hale", "person",
                           "Fire crews across the Tarrow district attended eleven grass fires on Sunday")]
