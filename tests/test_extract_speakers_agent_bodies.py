"""Wave 52h: `the auditor` is the one body the text names as doing that job (`X LLP, which audits the council's
accounts`); two such bodies, or none, give nobody."""
from claims.extract.speakers.agent_bodies import agent_body
from tests.extract_rows import rows

_TEXT = ("Marrick Borough Council has been given formal recommendations by its external auditor.\n\n"
         "Tolland Crewe LLP, which audits the council's accounts, said in a report published on Tuesday that its "
         "finances were at risk.\n\n"
         "The auditor's report found that the council had spent £3.1m of its reserves in 2025.\n")


def test_the_auditor_is_the_body_named_as_auditing() -> None:
    assert agent_body(_TEXT, "auditor") == "Tolland Crewe LLP"


def test_two_bodies_named_as_auditing_give_nobody() -> None:
    text = "Tolland Crewe LLP, which audits the council, met Fenn Audit LLP, which audits the trust."
    assert agent_body(text, "auditor") is None


def test_a_noun_of_no_job_gives_nobody() -> None:
    assert agent_body(_TEXT, "council") is None


def test_the_auditors_report_speaks_for_the_auditing_firm() -> None:
    assert rows(_TEXT) == [
        ("Tolland Crewe LLP", "inspectorate", "its finances were at risk"),
        ("Tolland Crewe LLP", "inspectorate", "the council had spent £3.1m of its reserves in 2025")]


def test_a_body_named_at_the_texts_start_is_read_whole() -> None:
    text = "Tolland Crewe LLP, which audits the council's accounts, said its finances were at risk."
    assert agent_body(text, "auditor") == "Tolland Crewe LLP"


def test_a_body_named_before_other_words_is_not_the_one_doing_the_job() -> None:
    text = "Fenn Audit LLP named a local firm, which audits the council's accounts, in its report."
    assert agent_body(text, "auditor") is None
