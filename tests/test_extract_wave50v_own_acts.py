"""Wave 50v: a release's own voice telling an act of its own in the first person with no date and no figure (`We have
agreed to refund the waking-watch charges in full`, `However, we closed the east wing within an hour`) is the issuer's
claim, as its sentences of figures and its dated acts are, in a paragraph of its own or beside another party's cue.
What must not change: a wish, a feeling or an act of asking told as `We` (`We welcomed the report`, `We asked every
tenant`), the release's voice in the present (`We are proud of our staff`), a question, the same sentence in a news
report (narration), and a sentence below `Notes to editors`."""
from claims.extract.dated_acts import is_own_act
from extract_rows import cued_rows

RELEASE = ("Ashcombe Vale Housing\n\nPress release\n\n"
           "Repairs update for Tarrow Court\n\n"
           "We have agreed to refund the waking-watch charges in full. "
           "However, we closed the east wing within an hour of the first report. "
           "We welcomed the surveyor's findings. We asked every tenant to check their smoke alarms. "
           "We are proud of our caretakers.\n\n"
           "Have we replaced the lifts?\n\n"
           "The Tarrow Court Tenants' Forum has said the repairs took too long. We have replaced both lifts.\n\n"
           "Notes to editors\n\n"
           "We rebuilt the community hall.")
NEWS = ("By Jo Roe\n\nTenants at a tower block have waited months for repairs.\n\n"
        "We have agreed to refund the waking-watch charges in full.\n\n"
        "Ashcombe Vale Housing said the east wing had been closed.")


def test_a_release_undated_first_person_act_is_the_issuers() -> None:
    """`We have agreed to refund ...`, `However, we closed ...` and, beside the forum's cue, `We have replaced both
    lifts`: the landlord's; the welcome, the request, the pride, the question and the notes are nobody's."""
    assert [(row[0], row[2], row[3]) for row in cued_rows(RELEASE)] == [
        ("Ashcombe Vale Housing", "issued the release", "We have agreed to refund the waking-watch charges in full"),
        ("Ashcombe Vale Housing", "issued the release",
         "However, we closed the east wing within an hour of the first report"),
        ("Tarrow Court Tenants' Forum", "said", "the repairs took too long"),
        ("Ashcombe Vale Housing", "issued the release", "We have replaced both lifts")]


def test_a_news_report_first_person_act_stays_nobodys() -> None:
    """The same sentence in a news report gives no row of its own."""
    assert [(row[0], row[3]) for row in cued_rows(NEWS)] == [
        ("Ashcombe Vale Housing", "the east wing had been closed")]


def test_own_act_reads_the_opening_only() -> None:
    """A past or perfect act after `We` (and a connective) is one; a wish, an asking act, the present, `did not`, a
    date first (the dated-act rule's) and a lower-case `we` opening nothing are not."""
    said = ["We have agreed to refund it.", "However, we closed the wing.", "We built the hall.",
            "We have now cut waits.", "We had already sold the site.",
            "We have not disconnected anyone.", "We never missed a payment."]
    unsaid = ["We welcomed the report.", "We asked every tenant.", "We are proud of it.", "We did not refund it.",
              "In May we opened the hall.", "we closed the wing.", "We have been busy.", "We need more staff."]
    assert [is_own_act(s, 0, len(s)) for s in said] == [True] * len(said)
    assert [is_own_act(s, 0, len(s)) for s in unsaid] == [False] * len(unsaid)


LEAD_IN = ("Corran Fire Fighters' Association\n\nPress release\n\n"
           "We have raised the crew shortages at every liaison meeting since 2023. In that time:\n\n"
           "- 14 stations were unavailable for a week or more;\n\n"
           "- two appliances were taken out of service.\n\nENDS")


def test_an_own_act_before_a_lead_in_is_the_issuers() -> None:
    """`We have raised ...` before `In that time:` is the association's, as the items the lead-in opens are."""
    assert [(row[0], row[3]) for row in cued_rows(LEAD_IN)] == [
        ("Corran Fire Fighters' Association", "We have raised the crew shortages at every liaison meeting since 2023"),
        ("Corran Fire Fighters' Association", "14 stations were unavailable for a week or more"),
        ("Corran Fire Fighters' Association", "two appliances were taken out of service")]


FOREWORD = ("Annual Review 2026\n\nChair's foreword\n\n"
            "We closed the old depot on Mill Street and moved the fleet to the yard at Pellow Cross. "
            "We hoped to open a second route.\n\nIsla Venning\nChair")


def test_a_signed_forewords_own_acts_are_the_signers_item_by_item() -> None:
    """`We closed A and moved B` under a chair's foreword: both items the chair's; the hope nobody's."""
    assert [(row[0], row[3]) for row in cued_rows(FOREWORD)] == [
        ("Isla Venning", "We closed the old depot on Mill Street"),
        ("Isla Venning", "moved the fleet to the yard at Pellow Cross")]
