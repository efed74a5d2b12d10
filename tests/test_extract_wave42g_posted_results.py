"""Wave 42g: a company that `posted` a result (`posted net income of $4 million`, `posted a 6 per cent rise in
revenues`, `posted a loss of £2m`) reports it, the verb kept as a found object keeps its verb; a notice, a job or a
message posted somewhere (`posted a notice on its website`, `posted on social media that ...`) stays no cue."""
from tests.extract_rows import cued_rows


def test_posted_net_income_is_a_cue() -> None:
    text = "The Velmont Tool Company posted net income of $21.2 million, or 3 cents per share, in the second quarter."
    assert cued_rows(text) == [
        ("Velmont Tool Company", "organisation", "posted",
         "posted net income of $21.2 million, or 3 cents per share, in the second quarter"),
    ]


def test_posted_a_rise_and_a_loss() -> None:
    text = ("Harlow Bakeries posted a 6.1 per cent rise in revenues to £310 million for the year. Its rival Dorran "
            "Foods posted a loss of £2.4 million.")
    assert cued_rows(text) == [
        ("Harlow Bakeries", "organisation", "posted", "posted a 6.1 per cent rise in revenues to £310 million for the year"),
        ("Dorran Foods", "organisation", "posted", "posted a loss of £2.4 million"),
    ]


def test_a_notice_or_a_message_posted_is_no_cue() -> None:
    text = ("Harlow Bakeries posted a notice on its website about the closure. The Velmont Tool Company posted on "
            "social media that its sales desk would shut early.")
    assert cued_rows(text) == []
