"""Wave 42c: findings of a poll, or of figures an outlet obtained, given to the wrong party.

A poll the text names by its pollster, or by its outlet and pollster, before its noun (`The Quarrow Insight poll also
found`, `according to the latest Tarn Gazette/Quarrow Insight opinion poll`) speaks itself, and a later bare `the poll
found` is that poll (`speakers/named_polls`). Figures a news outlet obtained or had released to it (`Figures obtained
by the Tarn Gazette show`, `New figures released to this newspaper show`) speak themselves, never the outlet, unless a
maker is named before the noun or the text names who released them (`speakers/party_documents`). A document whose
noun and words of how it was made say too little (`an independent survey commissioned for X`) is named with its
party.
"""
from tests.extract_rows import cued_rows

POLL = """Islanders sour on ferry fares

Most islanders want the ferry subsidy restored, the Brindle Islanders' Forum said on Monday. The Quarrow Insight poll of 1,400 adults also found that 62% think fares are too high.
"""


def test_poll_named_by_its_pollster_speaks() -> None:
    """`The Quarrow Insight poll also found`: the pollster that made it (wave 45b, after audit 44)."""
    assert cued_rows(POLL) == [
        ("Brindle Islanders' Forum", "organisation", "said", "Most islanders want the ferry subsidy restored"),
        ("Quarrow Insight", "organisation", "found that", "62% think fares are too high"),
    ]


OUTLET_POLL = """Harbour Party slips

Support for the Harbour Party has fallen to 19 per cent, according to the latest Tarn Gazette/Quarrow Insight opinion poll.

The poll puts the Valley Alliance on 31 per cent. Trust in the council stands at 40 per cent, the poll found.
"""


def test_outlet_and_pollster_poll_and_the_poll_again() -> None:
    """The pollster after the outlet's slash speaks, never the outlet (wave 45b, after audit 44); `the poll found` is
    the pollster again."""
    assert cued_rows(OUTLET_POLL) == [
        ("Quarrow Insight", "organisation", "according to", "Support for the Harbour Party has fallen to 19 per cent"),
        ("Quarrow Insight", "organisation", "found", "Trust in the council stands at 40 per cent"),
    ]


def test_other_examining_nouns_stay_the_body() -> None:
    """Negative: a body before another noun of examining work still does that work (`modifier_bodies`)."""
    text = POLL.replace("Quarrow Insight poll of 1,400 adults", "Quarrow Insight investigation")
    assert cued_rows(text)[1][:2] == ("Quarrow Insight", "organisation")


def test_unnamed_poll_stays_unresolved() -> None:
    """Negative: `the poll found` with no poll named before is not given to anyone."""
    text = """Harbour Party slips

Fares should fall, the Harbour Party said. The poll found that 12% were unsure.
"""
    assert cued_rows(text) == [("The poll", "unresolved", "found that", "12% were unsure")]


OBTAINED = """Bins left for weeks

The Brill Waste Company said collections were improving. Figures obtained by the Tarn Gazette show the depot missed 4,100 collections in 2025.
"""


def test_figures_obtained_by_an_outlet_speak() -> None:
    """`Figures obtained by the Tarn Gazette show`: the figures, never the paper."""
    assert cued_rows(OBTAINED) == [
        ("Brill Waste Company", "organisation", "said", "collections were improving"),
        ("Figures obtained by the Tarn Gazette", "document", "show",
         "the depot missed 4,100 collections in 2025"),
    ]


def test_figures_released_to_this_newspaper() -> None:
    """`New figures released to this newspaper under ...`: the figures, named up to the outlet."""
    text = OBTAINED.replace("Figures obtained by the Tarn Gazette", "New figures released to this newspaper under "
                            "freedom of information rules")
    assert cued_rows(text)[1] == ("New figures released to this newspaper", "document", "show",
                                  "the depot missed 4,100 collections in 2025")


def test_figures_obtained_by_a_party_not_an_outlet_unchanged() -> None:
    """Negative: figures a charity obtained keep the older reading (the gold files disagree on them)."""
    text = OBTAINED.replace("the Tarn Gazette", "the Brill Tenants' Trust")
    assert cued_rows(text)[1][0] != "Figures obtained by the Brill Tenants' Trust"


def test_maker_named_before_the_noun_keeps_the_maker() -> None:
    """Negative: `Brill Waste Company figures released to the Tarn Gazette` name their maker: not read as the outlet's
    document (older rules read them)."""
    text = OBTAINED.replace("Figures obtained by the Tarn Gazette", "Brill Waste Company figures released to the "
                            "Tarn Gazette")
    assert "released to" not in cued_rows(text)[1][0]


def test_publisher_named_in_the_text_keeps_the_publisher() -> None:
    """Negative: where the text names who released the data, the outlet's figures are that body's."""
    text = OBTAINED.replace("collections were improving.", "collections were improving.\n\nData released by the Brill "
                            "Waste Authority shows 300 complaints.\n\n")
    assert cued_rows(text)[-1][:2] != ("Figures obtained by the Tarn Gazette", "document")


COMMISSIONED = """Nurses back strike, poll finds

Two thirds (66%) of adults would back ward staff striking over pay, according to an independent survey commissioned for the Ardvale Nursing Guild (ANG).
"""


def test_survey_named_with_its_commissioner_when_its_words_say_little() -> None:
    """`an independent survey commissioned for X`: `independent survey` says too little, so X is in its name."""
    assert cued_rows(COMMISSIONED) == [
        ("independent survey commissioned for the Ardvale Nursing Guild", "document", "according to",
         "Two thirds (66%) of adults would back ward staff striking over pay"),
    ]


def test_document_named_by_its_subject_keeps_its_own_name() -> None:
    """Negative: `An economic impact study commissioned by the Tarn Growth Board` is the study by its own words."""
    text = """Festival boost

An economic impact study commissioned by the Tarn Growth Board found the final brought £3m to the town.
"""
    assert cued_rows(text) == [
        ("economic impact study", "document", "found", "the final brought £3m to the town"),
    ]


ALSO_FOUND = """Ferry delays

The Brill Forum said on Monday that fares were too high. The Tarn Trust report also found that 62% think the service is poor.
"""


def test_document_noun_before_an_adverb_and_its_verb_is_no_cue() -> None:
    """`The Tarn Trust report also found that`: `report` is the subject's noun, `found` the cue (`attribution/cues`)."""
    assert cued_rows(ALSO_FOUND) == [
        ("Brill Forum", "organisation", "said on Monday that", "fares were too high"),
        ("Tarn Trust", "organisation", "found that", "62% think the service is poor"),
    ]


def test_people_who_report_keep_the_cue() -> None:
    """Negative: `Residents report that` is still a cue of its own."""
    text = ALSO_FOUND.replace("The Tarn Trust report also found that 62% think", "Residents report that 62% think")
    assert cued_rows(text)[1] == ("Residents", "unresolved", "report that", "62% think the service is poor")
