"""Wave 41e: a release's own voice telling a dated act in the first person (`In May we completed the restoration of the
Mill Lane washhouse`, `In February our crews rescued two climbers`) is the issuer's claim though it holds no figure, as
its sentences of figures are. What must not change: a sentence of the release's voice with neither figure nor such an
opening (`We are proud of our volunteers.`), a dated act of asking or consulting (`In March we surveyed every
household`: how the work was done), and the same sentence in a news report (narration)."""
from extract_rows import cued_rows

RELEASE = ("Fellhaven Mountain Rescue Trust\n\nPress release\n\n"
           "Our teams were called out 74 times during the year, compared with 52 in 2024.\n\n"
           "In February our crews rescued two climbers from the north face after a two-day search. "
           "In October we opened our new base in Tarrow, which replaced a borrowed garage. "
           "We are proud of our volunteers. In March we surveyed every household in the valley.\n\nENDS")
NEWS = ("By Jo Roe\n\nA mountain rescue charity has had its busiest year.\n\n"
        "In October we opened our new base in Tarrow, which replaced a borrowed garage.\n\n"
        "The Fellhaven Mountain Rescue Trust said its teams were called out 74 times.")


def test_a_release_dated_first_person_act_is_the_issuers() -> None:
    """`In February our crews rescued ...`, `In October we opened ...`: the trust's; pride and a survey are not."""
    assert [(row[0], row[3]) for row in cued_rows(RELEASE)] == [
        ("Fellhaven Mountain Rescue Trust", "Our teams were called out 74 times during the year, compared with 52 in 2024"),
        ("Fellhaven Mountain Rescue Trust", "In February our crews rescued two climbers from the north face after a "
                                            "two-day search"),
        ("Fellhaven Mountain Rescue Trust", "In October we opened our new base in Tarrow, which replaced a borrowed "
                                            "garage")]


def test_a_news_report_narration_stays_nobodys() -> None:
    """The same dated sentence in a news report gives no row of its own."""
    assert [row[3] for row in cued_rows(NEWS)] == ["its teams were called out 74 times"]
