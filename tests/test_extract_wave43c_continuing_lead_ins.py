"""Wave 43c: a lead-in that only continues the sentence before it (`Of these:`, `Among them:`, `For example:`):
it names nobody and has no verb, so its bullets went without a speaker. They are parts or examples of what the
sentence right before claimed, so they are that sentence's speaker's claims. A sentence before that claimed
nothing (the writer's narration), or a claim further back, gives the bullets no speaker."""
from tests.extract_rows import cued_rows

_BULLETS = ("\n\n• Six are linked to the Orrin school cluster;\n• Five are imported cases; and\n"
            "• Three are still unlinked.")
_CONFIRMED = ("Ministry of Health of Veloria", "organisation", "confirmed", "has confirmed 14 more cases of measles")


def _items(speaker: str, kind: str, cue: str) -> list[tuple[str, str, str, str]]:
    """Return the three bullets' rows under one speaker and cue."""
    return [(speaker, kind, cue, "Six are linked to the Orrin school cluster"),
            (speaker, kind, cue, "Five are imported cases"),
            (speaker, kind, cue, "Three are still unlinked")]


def test_of_these_after_a_body_confirms() -> None:
    text = "As of 3 May, the Ministry of Health of Veloria has confirmed 14 more cases of measles.\n\nOf these:" + _BULLETS
    assert cued_rows(text) == [_CONFIRMED] + _items("Ministry of Health of Veloria", "organisation", "Of these:")


def test_of_these_on_the_line_below_in_one_paragraph() -> None:
    text = "As of 3 May, the Ministry of Health of Veloria has confirmed 14 more cases of measles.\nOf these:" \
        + _BULLETS.replace("\n\n", "\n")
    assert cued_rows(text) == [_CONFIRMED] + _items("Ministry of Health of Veloria", "organisation", "Of these:")


def test_among_them_after_a_finding_in_the_same_sentence_run() -> None:
    text = ("The Ardle Care Inspectorate visited Pennick House in March and found 11 breaches of the care standards. "
            "Among them:\n\n• residents waited up to 40 minutes for help at night;\n"
            "• two of nine medicine records were incomplete; and\n• the lift had been out of use for six weeks.")
    assert cued_rows(text) == [
        ("Ardle Care Inspectorate", "inspectorate", "found", "found 11 breaches of the care standards"),
        ("Ardle Care Inspectorate", "inspectorate", "Among them:", "residents waited up to 40 minutes for help at night"),
        ("Ardle Care Inspectorate", "inspectorate", "Among them:", "two of nine medicine records were incomplete"),
        ("Ardle Care Inspectorate", "inspectorate", "Among them:", "the lift had been out of use for six weeks"),
    ]


def test_for_example_after_a_body_says() -> None:
    text = ("The Veloria Health Council says median waits for routine care have fallen in most regions. For example:"
            "\n\n  • In Tarn the wait for hip surgery has been cut to 11 weeks from 15 weeks;\n"
            "  • In Oskel the wait for a scan has been cut to 5 weeks from 8 weeks.")
    assert cued_rows(text) == [
        ("Veloria Health Council", "organisation", "says", "median waits for routine care have fallen in most regions"),
        ("Veloria Health Council", "organisation", "For example:",
         "In Tarn the wait for hip surgery has been cut to 11 weeks from 15 weeks"),
        ("Veloria Health Council", "organisation", "For example:",
         "In Oskel the wait for a scan has been cut to 5 weeks from 8 weeks"),
    ]


def test_after_the_writers_narration_no_speaker() -> None:
    text = "The Orrin measles outbreak has spread to 14 villages since March.\n\nOf these:" + _BULLETS
    assert cued_rows(text) == []


def test_after_narration_that_follows_a_claim_no_speaker() -> None:
    text = ("As of 3 May, the Ministry of Health of Veloria has confirmed 14 more cases of measles. The outbreak began "
            "at a wedding in Orrin in March.\n\nOf these:" + _BULLETS)
    assert cued_rows(text) == [_CONFIRMED]


def test_company_mentioned_in_narration_takes_nothing() -> None:
    text = ("Harlow Mills plc closed its Tarn plant last year and moved the work to three smaller sites.\n\n"
            "Among them:\n\n• a weaving shed in Oskel;\n• a dye works in Brin; and\n• a warehouse in Tarn.")
    assert cued_rows(text) == []
