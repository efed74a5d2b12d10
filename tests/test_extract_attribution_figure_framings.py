"""The writer's framing of a source's figures as a whole (their timing, what they leave out) carried under `according
to` is no claim of the source's; the source's figures go on past it (wave 68n). Texts written for this test in our
own words about invented parties."""
import pytest

from claims.extract.attribution.figure_framings import frames_figures
from extract_rows import rows

SALES = ("Tamberlin sales rise\n\n"
         "Net profit at Tamberlin Furniture was $38 million, up from $31 million, according to Halvard Research.\n\n"
         "The results arrive at a time of slack orders for desks and chairs, with two rivals trimming prices.\n\n"
         "Three more workshops were not counted in these numbers, since one closed in 2027 and two were sold "
         "to a rival.\n\n"
         "Orders for the new range rose 9% in the quarter, to 41,000.\n")


def test_framing_sentences_are_dropped_and_the_figures_go_on() -> None:
    assert rows(SALES) == [
        ("Halvard Research", "organisation", "Net profit at Tamberlin Furniture was $38 million, up from $31 million"),
        ("Halvard Research", "organisation", "Orders for the new range rose 9% in the quarter, to 41,000")]
    # before: the two framing sentences were Halvard Research's rows too


@pytest.mark.parametrize(("sentence", "framing"), [
    ("The results arrive at a time of slack demand.", True),
    ("The latest numbers, which cover the first full quarter, come as the firm opens 3 stores.", True),
    ("These figures arrive amid a pay dispute.", True),
    ("Three more kiosks were not counted in these numbers.", True),
    ("Late returns are excluded from the data.", True),
    ("The figures were the highest since 2019.", False),  # one more of the source's figures
    ("The figures show that waits fell.", False),
    ("Sales came in at $4 million.", False),
])
def test_frames_figures(sentence: str, framing: bool) -> None:
    assert frames_figures(sentence, (0, len(sentence))) is framing



@pytest.mark.parametrize(("sentence", "framing"), [
    ("These statistics come as the board meets.", True),
    ("The findings arrive after a cold winter.", True),
    ("Its latest quarterly sales figures came amid a strike.", True),  # three words before the noun
    ("Their numbers arrived while talks went on.", True),
    ("Today's figures also come against a weak pound.", True),
    ("The data comes just days after a price cut.", True),
    ("These results arrive when the firm is for sale.", True),
    ("The figures come despite a wet spring.", True),
    ("The numbers came in the wake of a recall.", True),
    ("The results come on the heels of a merger.", True),
    ("The figures arrived a week after the vote.", True),
    ("The figures come weeks after the vote.", True),
    ("The results came in at $4 million.", False),  # the figures' own size, no time set against them
    ("Two depots were included in the data.", True),
    ("Refunds are captured in these figures.", True),
    ("Gift cards are reflected in their results.", True),
    ("Online sales were left out of the numbers.", True),
    ("Two sites were omitted from its latest monthly figures.", True),  # two words before the noun
    ("Two sites were counted in the survey.", False),  # no figures' noun
])
def test_frames_figures_every_form(sentence: str, framing: bool) -> None:
    assert frames_figures(sentence, (0, len(sentence))) is framing
