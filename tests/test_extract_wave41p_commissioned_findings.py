"""Wave 41p: a document commissioned by a body, whose findings a lead-in lists (`The report, Open Water, was
commissioned by the X Association ... Its main findings include:`): the findings are the document's, not the
commissioning body's (it ordered the work, someone else did it). Since wave 44 (audit 44's rule 2, 44h's
`document_makers`) the one who did it speaks when the text names her: `... and led by the consultant Dana Frell`."""
from tests.extract_rows import cued_rows

TITLED = """Rowing clubs shut out newcomers, review finds

An independent review has found that coastal rowing clubs in Wexmoor turn away beginners.

The 80-page report, Open Water, was commissioned by the Wexmoor Rowing Association in 2024 and led by the consultant Dana Frell. It drew on evidence from 640 rowers.

Its main findings include:

- 41 per cent of applicants were never contacted after joining a waiting list
- only three of the 19 clubs had a beginners' session in winter
"""


def test_titled_commissioned_report_keeps_its_findings() -> None:
    assert cued_rows(TITLED)[1:] == [
        ("Dana Frell", "person", "include",
         "41 per cent of applicants were never contacted after joining a waiting list"),
        ("Dana Frell", "person", "include", "only three of the 19 clubs had a beginners' session in winter"),
    ]


UNTITLED = """Parking study counts lost spaces

The study was commissioned by Brackley Town Council last spring.

Its key findings were:

- 212 spaces were lost to new cycle lanes
- average stays fell from 95 minutes to 70 minutes
"""


def test_untitled_commissioned_study_keeps_its_findings() -> None:
    assert cued_rows(UNTITLED) == [
        ("study", "document", "key findings were:", "212 spaces were lost to new cycle lanes"),
        ("study", "document", "key findings were:", "average stays fell from 95 minutes to 70 minutes"),
    ]


OWN = """Parking study counts lost spaces

Brackley Town Council published its parking study last spring. It covered 14 car parks.

Its key findings were:

- 212 spaces were lost to new cycle lanes
- average stays fell from 95 minutes to 70 minutes
"""


def test_body_own_study_stays_the_body() -> None:
    """Negative: a body's own study, nothing commissioned: the findings stay the body's."""
    assert [r[0] for r in cued_rows(OWN)] == ["Brackley Town Council", "Brackley Town Council"]


DISCUSSED = """Parking study counts lost spaces

The study was discussed by Brackley Town Council last spring.

Its key findings were:

- 212 spaces were lost to new cycle lanes
"""


def test_other_passive_is_not_commissioning() -> None:
    """Negative: only `commissioned by` hands the findings to the document; another passive changes nothing."""
    assert cued_rows(DISCUSSED) == cued_rows(DISCUSSED.replace("discussed", "reviewed"))
    assert cued_rows(DISCUSSED)[0][0] != "study"


FOR = """Nurses back strike, poll finds

Two thirds (66%) of adults would back ward staff striking over pay, according to an independent survey commissioned for the Ardvale Nursing Guild (ANG).
"""


def test_survey_commissioned_for_a_body_speaks_itself() -> None:
    """`commissioned for X` names the party that ordered a document, as `commissioned by X` does: the survey speaks
    (wave 42c: `independent survey` says too little, so it is named with its party, as the gold names it)."""
    assert cued_rows(FOR) == [
        ("independent survey commissioned for the Ardvale Nursing Guild", "document", "according to",
         "Two thirds (66%) of adults would back ward staff striking over pay"),
    ]


def test_survey_by_a_body_stays_the_body() -> None:
    """Negative: a body's own survey (`a survey of members by X`) is still the body's."""
    assert cued_rows(FOR.replace("an independent survey commissioned for", "a survey of members by"))[0][:2] \
        == ("Ardvale Nursing Guild", "organisation")
