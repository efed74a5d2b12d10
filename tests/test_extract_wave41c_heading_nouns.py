"""Wave 41c: a findings heading of one adjective and its noun (`Operational highlights:`, `Strategic highlights:`)
is a heading over the body's own lines, not `X highlights:` with a body called X: the adjective was read as a body's
name, took the bullets, and then the company's later `The company expects`. A body's short name before the noun
(`Tarnmouth highlights`) still speaks as before.
"""
from claims.extract.attribution.cues import heading_noun
from extract_rows import cued_rows

RESULTS = """Tarnmouth Energy plc today reported a loss of £12m for the six months to 30 June.

Operational highlights:
- Average production of 31,400 barrels a day
- First gas from the West tie-back on 19 June

The company expects to return to a net cash position in 2028.
"""


def test_adjective_heading_gives_the_bullets_to_the_body():
    assert cued_rows(RESULTS) == [
        ("Tarnmouth Energy plc", "organisation", "reported", "today reported a loss of £12m for the six months to 30 June"),
        ("Tarnmouth Energy plc", "organisation", "highlights:", "Average production of 31,400 barrels a day"),
        ("Tarnmouth Energy plc", "organisation", "highlights:", "First gas from the West tie-back on 19 June"),
        ("Tarnmouth Energy plc", "organisation", "expects", "expects to return to a net cash position in 2028"),
    ]


def test_body_name_before_the_noun_still_speaks():
    text = "Tarnmouth Energy plc said sales rose by 4%.\n\nTarnmouth highlights:\n- Average production of 31,400 barrels\n"
    assert [row[0] for row in cued_rows(text)] == ["Tarnmouth Energy plc", "Tarnmouth Energy plc"]


def test_heading_noun_needs_a_line_start_and_an_adjective():
    text = "Strategic highlights:\nThe review highlights: two gaps\n"
    assert heading_noun(text, 0, text.index("highlights"))
    later = text.index("The review")
    assert not heading_noun(text, later, text.index("highlights", later))
    assert not heading_noun("Tarnmouth highlights:", 0, 10)
