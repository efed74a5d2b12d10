"""Bodies, documents and unresolved speakers (wave 25b): each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order, or the whole value a helper returns."""
import pytest

from claims.extract.speakers.lead_company import lead_subject
from extract_rows import cued_rows as rows


# The company a text is about, written after a describing noun in its headline (`Leeds biotech Quorvane raises
# £9m`) or set off by an apposition in its lead (`Quorvane, a spin-out of Leeds University, has raised £9m`), and
# then called `the company` (speakers/lead_company.lead_subject). Seen in p266, p695, p880 (three authors; p695 after
# two lines in capitals, its name set off by `the ... broadband provider`). A verb of speech before the name, a person,
# or a company named once leave the reference unresolved.
DESCRIBED_IN_HEADLINE = (
    "Leeds biotech Quorvane raises £9m for burns gel\n\nBy Tom Eskdale\n\n"
    "The money will pay for a trial of a gel that the company says heals burns in four days.\n\n"
    "Quorvane has 30 staff.\n")
APPOSITION_IN_LEAD = (
    "Gel maker funded\n\nBy Tom Eskdale\n\n"
    "Quorvane, a spin-out of Leeds University that makes a burns gel, has raised £9m from investors.\n\n"
    "The company said the gel heals burns in four days.\n\nQuorvane was founded in 2019.\n")
CUE_BEFORE_NAME = (
    "Critics say Quorvane hides costs\n\nBy Tom Eskdale\n\n"
    "The company said the gel heals burns in four days.\n\nQuorvane was founded in 2019.\n")
PERSON_IN_APPOSITION = (
    "Gel maker funded\n\nBy Tom Eskdale\n\n"
    "Jo Ashby, a chemist at Leeds University, has raised £9m for a gel.\n\n"
    "The company said the gel heals burns in four days.\n\nJo Ashby was born in 1980.\n")
NAMED_ONCE = (
    "Leeds biotech Quorvane raises £9m for burns gel\n\nBy Tom Eskdale\n\n"
    "The company said the gel heals burns in four days.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (DESCRIBED_IN_HEADLINE, [("Quorvane", "organisation", "says", "heals burns in four days")]),
    (APPOSITION_IN_LEAD, [("Quorvane", "organisation", "said", "the gel heals burns in four days")]),
    (CUE_BEFORE_NAME, [("the company", "unresolved", "said", "the gel heals burns in four days")]),
    (PERSON_IN_APPOSITION, [("the company", "unresolved", "said", "the gel heals burns in four days")]),
    (NAMED_ONCE, [("the company", "unresolved", "said", "the gel heals burns in four days")]),
], ids=["described-in-headline", "apposition-in-lead", "cue-before-name", "person-in-apposition", "named-once"])
def test_the_company_is_the_one_the_headline_describes_or_the_lead_sets_off(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fashion retailer Quorvane cuts 40 jobs\n\nMore.\n", "Quorvane"),
    ("Galway agritech Milkwise Labs raises €2m\n\nMore.\n", "Milkwise Labs"),
    ("News\n\nQuorvane, the Leeds gel maker, has raised £9m.\n", "Quorvane"),
    ("Critics say Quorvane hides costs\n\nMore.\n", None),  # a verb of speech before the name
    ("Leeds chemist Jo Ashby raises £9m\n\nMore.\n", None),  # a person
    ("News\n\nJo Ashby, a Leeds chemist, has raised £9m.\n", None),  # a person set off
    ("Local\n\nLeeds councillor Eastvale Council cuts bins\n", None),  # a council is no company
    ("One\n\nTwo\n\nThree\n\nLeeds biotech Quorvane raises £9m\n", None),  # past the lead
])
def test_lead_subject_reads_a_described_or_set_off_name(text: str, expected: str | None) -> None:
    assert lead_subject(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("News\n\nMilburn Fibre, the rural broadband provider for the Dales, has today reached 9,000 homes.\n",
     "Milburn Fibre"),  # the apposition's noun says the name that reads as a person's is a body's
    ("News\n\nMilburn Fibre, the founder of a Dales broadband provider, has today reached 9,000 homes.\n", None),
])
def test_lead_subject_reads_a_body_apposition_over_a_person_like_name(text: str, expected: str | None) -> None:
    assert lead_subject(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\n\nEMBARGOED UNTIL 00:01 MONDAY\n\nMilburn Fibre reaches 9,000 homes\n\n"
     "Milburn Fibre, the rural broadband provider for the Dales, has today reached 9,000 homes.\n", "Milburn Fibre"),
    ("Broadband\n\nNews in brief\n\nMilburn Fibre reaches 9,000 homes\n\n"
     "Milburn Fibre, the rural broadband provider for the Dales, has today reached 9,000 homes.\n", None),
], ids=["capitals-are-furniture", "past-the-lead"])
def test_lead_subject_skips_lines_in_capitals(text: str, expected: str | None) -> None:
    assert lead_subject(text) == expected


# A company's own release calling itself by the people who govern it or by its kind (`the board expects`, `the
# directors believe`, `the group said`) after its own paragraphs were read as the release's (speakers/issuer_boards).
# Seen in p253, p341, p389 (three authors). The issuer speaks; a release by a public body (a council's `the board`
# may be another's), a release with two issuers, or a reference to a new party (`a board`) are left as they were.
from claims.extract.speakers.issuer_boards import issuer_references  # noqa: E402

ISSUED = "issued the release"


@pytest.mark.parametrize(("found", "expected"), [
    ([("Harlow Vane plc", "organisation", ISSUED), ("the board", "unresolved", "expects"),
      ("The Directors", "unresolved", "believe"), ("the group", "unresolved", "said")],
     {"the board": ("Harlow Vane plc", "organisation"), "The Directors": ("Harlow Vane plc", "organisation"),
      "the group": ("Harlow Vane plc", "organisation")}),
    ([("Harlow Vane plc", "organisation", ISSUED), ("a board", "unresolved", "said"),
      ("the union", "unresolved", "said"), ("the insurer", "unresolved", "told")], {}),  # new parties; a trade
    ([("Eastvale Borough Council", "organisation", ISSUED), ("the board", "unresolved", "said")], {}),  # public body
    ([("Harlow Vane plc", "organisation", ISSUED), ("Orrin Foods Ltd", "organisation", ISSUED),
      ("the board", "unresolved", "said")], {}),  # two issuers: either's board
    ([("Harlow Vane plc", "organisation", "said"), ("the board", "unresolved", "said")], {}),  # no release
], ids=["board-directors-group", "new-party", "public-body", "two-issuers", "no-release"])
def test_a_companys_release_speaks_for_its_board_and_its_group(found: list[tuple[str, str, str]],
                                                               expected: dict[str, tuple[str, str]]) -> None:
    assert issuer_references(found) == expected


RELEASE_WITH_BOARD = (
    "Harlow Vane plc\n(\"Harlow Vane\", the \"Company\" or the \"Group\")\n\nTrading update\n\n"
    "Harlow Vane, the Midlands homes builder, today issues a trading update for the 20 weeks to 1 March.\n\n"
    "Completions rose 6% to 1,204 homes.\n\n"
    "The Group's lettings arm, Harlow Vane Lettings, which lets homes to councils, continues to grow. It has let 300 "
    "homes since May.\n\n"
    "Outlook\nBecause sales slowed in February, the Board now expects profit for the year to be between £40m and "
    "£44m.\n")


def test_a_release_board_is_the_issuer_in_the_table() -> None:
    assert rows(RELEASE_WITH_BOARD)[-1] == (
        "Harlow Vane plc", "organisation", "expects", "expects profit for the year to be between £40m and £44m")


def test_a_councils_release_board_stays_unresolved() -> None:
    text = RELEASE_WITH_BOARD.replace("Harlow Vane plc", "Eastvale Borough Council").replace(
        "Harlow Vane", "Eastvale").replace("the Midlands homes builder", "the Midlands council")
    assert rows(text)[-1][:2] == ("the Board", "unresolved")


# A bare `a spokesperson` with no body named around it (speakers/voice_subjects): `The university expects to save
# £14m, a spokesperson said.` is the body that opens the claim's sentence; `X defended its methods. A spokesman said
# ...` the body that opens the sentence before the voice's, when that body speaks in the text. Seen in p399, p500, p948
# (three authors; p399's body reads as a person's and stays unresolved). A person opening the sentence before, a body
# that never speaks (`Unite, ..., has called a ballot.`, named only to be answered), or no body opening the claim's own
# sentence, leave the voice unresolved.
VOICE_AFTER_CLOSING_CLAIM = (
    "Jobs cut\n\nBy Jo Roe\n\nThe University of Ormside is to cut 200 posts, it said on Monday.\n\n"
    "In an email to staff, its vice-chancellor, Tom Ash, wrote that a severance scheme would open in May.\n\n"
    "The university expects to save £9m a year from the changes, a spokesperson said.\n")
WASTE_LEAD = ("Waste claim\n\nBy Jo Roe\n\nBrellmart says it has halved its food waste.\n\n"
              "A campaigner, Ann Lee, said the figure left out food sent to farms.\n\n")
VOICE_AFTER_BODY_SENTENCE = WASTE_LEAD + (
    "Brellmart defended its methods. A spokesman said the figures had been checked by auditors.\n")
VOICE_AFTER_PERSON_SENTENCE = WASTE_LEAD + (
    "Ann Lee has campaigned for years. A spokesman said the figures had been checked by auditors.\n")
VOICE_AFTER_SILENT_BODY = WASTE_LEAD + (
    "Orrin Farms, which buys the waste, has complained. A spokesman said the figures had been checked by auditors.\n")
VOICE_AFTER_OTHER_SUBJECT = WASTE_LEAD + "About 40 shoppers had called the Brellmart hotline, a spokesman said.\n"
WASTE_ROWS = [("Brellmart", "organisation", "says", "it has halved its food waste"),
              ("Ann Lee", "person", "said", "the figure left out food sent to farms")]


@pytest.mark.parametrize(("text", "expected"), [
    (VOICE_AFTER_CLOSING_CLAIM,
     [("University of Ormside", "organisation", "said", "The University of Ormside is to cut 200 posts"),
      ("Tom Ash", "person", "wrote that", "a severance scheme would open in May"),
      ("University of Ormside", "organisation", "said",
       "The university expects to save £9m a year from the changes")]),
    (VOICE_AFTER_BODY_SENTENCE,
     WASTE_ROWS + [("Brellmart", "organisation", "said", "the figures had been checked by auditors")]),
    (VOICE_AFTER_PERSON_SENTENCE,
     WASTE_ROWS + [("a spokesman", "unresolved", "said", "the figures had been checked by auditors")]),
    (VOICE_AFTER_SILENT_BODY,
     WASTE_ROWS + [("a spokesman", "unresolved", "said", "the figures had been checked by auditors")]),
    (VOICE_AFTER_OTHER_SUBJECT,
     WASTE_ROWS + [("a spokesman", "unresolved", "said", "About 40 shoppers had called the Brellmart hotline")]),
], ids=["closing-claim-opened-by-body", "sentence-before-opened-by-body", "person-before", "body-never-speaks",
        "no-body-opens"])
def test_a_bare_spokesperson_speaks_for_the_body_that_opens_the_sentence(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ("a spokesperson", True), ("A spokesman", True), ("a council spokeswoman", False),
    ("a spokesperson for Brellmart", False), ("the spokesperson", False),
])
def test_bare_voice_is_an_article_and_a_voice_role(speaker: str, expected: bool) -> None:
    from claims.extract.speakers.voice_subjects import bare_voice
    assert bare_voice(speaker) is expected


# `they` for a body's people at work named just before (speakers/they_groups): `Fire safety inspectors visited the
# shop. They found ...`, `The auditors examined 12 schemes. They found that:` over a list, `when officers from the
# council's housing team inspected the flat, they found:`. The body is the group's owner, the one body a word of the
# group names (`fire`), or the inspectorate `auditors` mean. Seen in p199, p804, p840 (three authors). Other people
# (`Tenants from the block`), or a `they` with no such group before it, stay unresolved.
THEY_FIRE = (
    "Takeaway fined\n\nBy Jo Roe\n\nOrmbridge Fire and Rescue Service has prosecuted the owner of a takeaway.\n\n"
    "The owner, Tom Ash, told magistrates he was sorry.\n\n"
    "Fire safety inspectors visited the shop in May after a tip-off. They found two staff sleeping above the "
    "kitchen.\n")
THEY_AUDITORS = (
    "Rail links\n\nBy Jo Roe\n\nThe Northmoor Audit Office has criticised the rail programme.\n\n"
    "Transport minister Ann Lee said the schemes were worth it.\n\n"
    "The auditors examined 12 schemes. They found that:\n\n"
    "\u2022 only 30% of the money had been spent;\n\u2022 two schemes were five years late.\n")
THEY_OFFICERS = (
    "Landlord fined\n\nBy Jo Roe\n\nEastvale Borough Council has prosecuted a landlord.\n\n"
    "The landlord, Tom Ash, told magistrates he was sorry.\n\n"
    "The court heard that when officers from the council's housing team inspected the flat in May, they found:\n\n"
    "\u2022 mould in every room;\n\u2022 a boiler that did not work.\n")
THEY_TENANTS = (
    "Lifts\n\nBy Jo Roe\n\nEastvale Borough Council has fined a landlord.\n\n"
    "The landlord, Tom Ash, told magistrates he was sorry.\n\n"
    "Tenants from the block complained in May. They said the lifts had failed twice.\n")
SORRY = [("Tom Ash", "person", "told", "he was sorry")]


@pytest.mark.parametrize(("text", "expected"), [
    (THEY_FIRE, SORRY + [("Ormbridge Fire and Rescue Service", "organisation", "found",
                          "found two staff sleeping above the kitchen")]),
    (THEY_AUDITORS, [("Ann Lee", "person", "said", "the schemes were worth it"),
                     ("Northmoor Audit Office", "inspectorate", "found that", "only 30% of the money had been spent"),
                     ("Northmoor Audit Office", "inspectorate", "found that", "two schemes were five years late")]),
    (THEY_OFFICERS, SORRY + [("Eastvale Borough Council", "organisation", "found", "mould in every room"),
                             ("Eastvale Borough Council", "organisation", "found", "a boiler that did not work")]),
    (THEY_TENANTS, SORRY + [("they", "unresolved", "said", "the lifts had failed twice")]),
], ids=["word-of-the-name", "auditors-over-a-list", "owner-in-a-clause-of-time", "other-people"])
def test_they_is_the_body_whose_people_were_named_just_before(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected
