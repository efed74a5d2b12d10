"""Wave 42a: an earlier change to compare with after a closing source (`The numbers surpassed forecasts of 8,000
jobs, according to data firm Quillon, after a fall of 2,000 in April.`): the tail was taken as the source's claim and
the claim before the source was lost. `after` + an article + a change's noun (`a fall`, `an August jump`) describes
the figure, as `up from` does (`attribution/according_sources.DESCRIPTIVE_TAIL_RE`)."""
from tests.extract_rows import cued_rows


def test_fall_after_the_source() -> None:
    text = ("The numbers surpassed analysts' forecasts of a gain of 8,000 jobs, according to data firm Quillon, after "
            "a fall of 2,000 in April.")
    assert cued_rows(text) == [
        ("Quillon", "organisation", "according to", "The numbers surpassed analysts' forecasts of a gain of 8,000 jobs"),
    ]


def test_dated_jump_after_the_source() -> None:
    text = "Exports rose 6 per cent in May, according to the Tarn Trade Board, after an April jump of 9 per cent."
    assert cued_rows(text) == [
        ("Tarn Trade Board", "organisation", "according to", "Exports rose 6 per cent in May"),
    ]


def test_up_from_is_unchanged() -> None:
    text = "Exports rose to 410 tonnes, according to the Tarn Trade Board, up from 380 tonnes."
    assert cued_rows(text) == [
        ("Tarn Trade Board", "organisation", "according to", "Exports rose to 410 tonnes"),
    ]
