"""The claim column as a standalone statement: lead-ins and pronouns in brackets, quotes and spans unchanged."""
from __future__ import annotations

import pytest

from claims.extract import extract_text
from claims.extract import standalone as sa

PRONOUNS = """Kelmere Trust said it had cut waiting times by 12% since March.

Finance director Jo Roe said she had found savings of £4m in the budget.

The Hollow Vale Water company said it was too early to estimate the cost of the repairs.

Brackley Council said it was "deeply disappointed" by the ruling.

A watchdog found it failed to reply to 40 complaints, the report on Larchmont Council said.

The Ombudsman's office told Larchmont Council it would lose its licence if nothing changed.

"We opened 40 new beds this winter and we hired 120 nurses," said a spokesman for Kelmere Trust.

"He was not under pressure to leave the board," said Jo Roe.
"""

LISTS = """Inspectors from the Care Standards Agency visited the home in May.

Inspectors found that Brightwater House:
- stored medicines at unsafe temperatures;
- took 11 weeks to answer a complaint about a fall;
- kept no record of night checks.

The agency said the key findings were:
- staff were kind and respectful;
- a backlog of 40 care plans awaiting review.

Kelmere Trust said in its annual report that it has:
- opened 40 new beds;
- cut waiting times by a fifth.

Highlights include:
- Group sales up 4% on last year
- Online sales up 11%, now a third of all sales
"""

INCLUDING = """Kelmere Trust said it had spent £3m on its sites last year, including a new ward at Ashby, a car park at \
Moreton and a clinic for children at Hale.

The Care Standards Agency said staff at Brightwater House had improved in several areas, including the recording \
of night checks.
"""


def rows(text: str) -> list[tuple[str, str, str]]:
    """The speaker, quote and claim of every row of a text's table."""
    table = extract_text(text)
    return list(zip(table["speaker"], table["quote"], table["claim"]))


def test_pronouns_that_stand_for_the_speaker_get_its_name() -> None:
    """Reported `it`/`she` after `said`, a quoted `we` of an organisation; never an `it` of someone else."""
    assert rows(PRONOUNS) == [
        ("Kelmere Trust", "it had cut waiting times by 12% since March",
         "It [Kelmere Trust] had cut waiting times by 12% since March."),
        ("Jo Roe", "she had found savings of £4m in the budget", "She [Jo Roe] had found savings of £4m in the budget."),
        ("Hollow Vale Water", "it was too early to estimate the cost of the repairs",
         "It was too early to estimate the cost of the repairs."),
        ("Brackley Council", 'it was "deeply disappointed" by the ruling',
         'It [Brackley Council] was "deeply disappointed" by the ruling.'),
        ("a watchdog", "it failed to reply to 40 complaints", "It failed to reply to 40 complaints."),
        ("The Ombudsman's office", "it would lose its licence if nothing changed",
         "It would lose its licence if nothing changed."),
        ("Kelmere Trust", "We opened 40 new beds this winter and we hired 120 nurses",
         "We [Kelmere Trust] opened 40 new beds this winter and we hired 120 nurses."),
        ("Jo Roe", "He was not under pressure to leave the board", "He was not under pressure to leave the board."),
    ]


def test_bullets_get_their_lead_in_when_they_are_no_sentence() -> None:
    """Verbs the lead-in governs and verbless items get it; a clause of its own and a heading without a verb do not."""
    assert [claim for _, _, claim in rows(LISTS)] == [
        "[Brightwater House] stored medicines at unsafe temperatures.",
        "[Brightwater House] took 11 weeks to answer a complaint about a fall.",
        "[Brightwater House] kept no record of night checks.",
        "Staff were kind and respectful.",
        "[The key findings were] a backlog of 40 care plans awaiting review.",
        "[Kelmere Trust has] opened 40 new beds.",
        "[Kelmere Trust has] cut waiting times by a fifth.",
        "[Highlights include] Group sales up 4% on last year.",
        "[Highlights include] Online sales up 11%, now a third of all sales.",
    ]


def test_items_after_including_get_their_sentence() -> None:
    """Each item of `including A, B and C` gets the sentence up to `including`, its pronoun written as the speaker."""
    lead = "[Kelmere Trust had spent £3m on its sites last year, including]"
    assert [claim for _, _, claim in rows(INCLUDING)] == [
        "It [Kelmere Trust] had spent £3m on its sites last year.",
        f"{lead} a new ward at Ashby.", f"{lead} a car park at Moreton.", f"{lead} a clinic for children at Hale.",
        "Staff at Brightwater House had improved in several areas, including the recording of night checks.",
    ]  # one example after `including` stays in its claim (wave 20c)


def test_quotes_spans_and_ids_do_not_change() -> None:
    """Only the claim column changes: every quote is still the text between its offsets."""
    for text in (PRONOUNS, LISTS, INCLUDING):
        table = extract_text(text)
        assert [text[s:e] for s, e in zip(table["start"], table["end"])] == list(table["quote"])


@pytest.mark.parametrize(("folded", "statement"), [
    ("the overall pace of improvement remains slow", "The overall pace of improvement remains slow."),
    ("rent arrears fell to 3%;", "Rent arrears fell to 3%."),
    ("- costs fell \u2014", "Costs fell."),
    ("Is it safe?", "Is it safe?"),
    ('it was "good"', 'It was "good"'),
    ("", "."),
])
def test_plain_statement(folded: str, statement: str) -> None:
    assert sa.plain_statement(folded) == statement


@pytest.mark.parametrize(("item", "lead", "expected"), [
    ("took 11 weeks to reply", "Inspectors found that the council", True),
    ("answered 90% of calls", "The force", True),
    ("opened 40 beds", "The council has", True),
    ("pay $3m to tenants", "The settlement requires the firm to", True),
    ("a backlog of 40 plans", "The key findings were", True),
    ("Group sales up 4%", "Highlights include", True),
    ("a hand sink blocked by boxes", "Inspectors found", False),
    ("the average stay fell to 14 weeks", "Key findings were", False),
    ("medicines were not stored safely", "Inspectors found that", False),
    ("costs fell", "The council has", False),
    ("Revenue of £2.4bn", "Financial highlights", False),
    ("Costs of £2m", "The firm must", False),
    ("", "Highlights include", False),
    ("costs", "", False),
])
def test_governed(item: str, lead: str, expected: bool) -> None:
    assert sa.governed(item, lead) is expected


@pytest.mark.parametrize(("after", "expected"), [
    (["had", "cut", "costs"], True),
    (["would", "publish", "a", "plan"], True),
    (["accepted", "the", "findings"], True),
    (["was", "aware", "of", "it"], True),
    (["was", "deeply", "disappointed"], True),
    (["is", "not", "working"], True),
    (["had", "been", "working", "closely"], True),
    (["would", "be", "unable", "to"], True),
    (["was", "too", "early", "to", "say"], False),
    (["is", "important", "that"], False),
    (["is", "expected", "that", "costs"], False),
    (["will", "be", "the", "third"], False),
    (["seems", "that"], False),
    (["was"], False),
    ([], False),
])
def test_party_it(after: list[str], expected: bool) -> None:
    assert sa._party_it(after) is expected


@pytest.mark.parametrize(("pronoun", "kind", "expected"), [
    ("we", "organisation", True), ("we", "inspectorate", True), ("we", "person", False), ("we", "unresolved", False),
    ("he", "person", True), ("she", "person", True), ("she", "organisation", False), ("he", "unresolved", False),
    ("it", "organisation", True), ("they", "inspectorate", True), ("it", "unresolved", True), ("it", "person", False),
    ("i", "person", False), ("there", "organisation", False),
])
def test_stands_for(pronoun: str, kind: str, expected: bool) -> None:
    assert sa.stands_for(pronoun, kind) is expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("The council said it", "said", True),
    ("The council said in a statement on Friday that it", "said", True),
    ("The council told us it", "told", True),
    ("The council told the hospital it", "told", False),
    ("The council said: it", "said", False),
    ('"Costs fell," the council said. "It', "said", False),
    ("The council said \u201cit", "said", False),
    ("A watchdog found it", "found", False),
    ("According to the council, it", "According to", False),
    ("The council said that after a long and careful review of all the options it", "said", False),
    ("The council said, as it always does, that it", "", False),
    ("it", "said", False),
])
def test_reported(text: str, cue: str, expected: bool) -> None:
    assert sa._reported(text, len(text) - 2 if text.endswith("it") else len(text), cue) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Inspectors found that the council:\n- took 11 weeks\n", "Inspectors found that the council"),
    ("Highlights include:\n\n- sales up\n- costs down\n", "Highlights include"),
    ("Staff arrived. The council has:\n1. opened beds\n", "The council has"),
    ("Work at St. Brendan has:\n- cut waits\n", "Work at St. Brendan has"),
    ("Financial highlights\n- sales up\n", ""),
    ("- sales up\n", ""),
    ("The council has: sales up\n", ""),
])
def test_bullet_lead(text: str, expected: str) -> None:
    """The lead-in of the list whose last item is the last line."""
    last = text.rstrip("\n").rsplit("\n", 1)[-1]
    start = text.rindex(last) + len(last) - len(last.lstrip("-1. "))
    assert sa._bullet_lead(text, start) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It spent £3m, including a ward, a car park and ", "It spent £3m, including"),
    ("Areas to improve include ", "Areas to improve include"),
    ("Areas to improve include: ", ""),
    ("In a response included in the audit, the authority ", ""),
    ("It spent £3m, including wards; and ", ""),
    ("It spent £3m, including wards, which were opened and ", ""),
    ("It spent £3m, including", ""),
    ("It spent £3m on new wards for children and ", ""),
])
def test_including_lead(text: str, expected: str) -> None:
    assert sa._including_lead(text, len(text)) == expected


@pytest.mark.parametrize(("lead", "cue", "speaker", "kind", "expected"), [
    ("Inspectors found that the landlord", "found that", "Ombudsman", "inspectorate", "The landlord"),
    ("Inspectors found that", "found", "Ombudsman", "inspectorate", "Inspectors found that"),
    ("The firm said it has", "said", "Acme plc", "organisation", "Acme plc has"),
    ("Jo Roe said she has", "said", "Jo Roe", "person", "Jo Roe has"),
    ("Jo Roe said it has", "said", "Jo Roe", "person", ""),
    ("The report records new wards, including", "records", "Acme plc", "organisation", "The report records new "
     "wards, including"),
    ("These included", "", "Acme plc", "organisation", ""),
    ("the council has", "", "", "", "The council has"),
    (" ".join(["word"] * 31), "", "", "", ""),
])
def test_lead_words(lead: str, cue: str, speaker: str, kind: str, expected: str) -> None:
    assert sa._lead_words(lead, cue, speaker, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Costs fell. Jo Roe said", "Jo Roe said"),
    ("Dr. Roe said", "Dr. Roe said"),
    ("J. Roe said", "J. Roe said"),
    ("Costs fell!\nJo said", "Jo said"),
    ('"Costs fell." Jo said', "Jo said"),
    ("x" * 400, ""),
])
def test_last_sentence(text: str, expected: str) -> None:
    assert sa._last_sentence(text) == expected


def test_a_lead_in_loses_its_bullet_and_a_comma_after_its_cue() -> None:
    """A lead-in on a bullet line starts after the bullet; `found that, in 2024, X:` gives `[In 2024, X]`."""
    text = ("The audit found that:\n- 1,870 homes were overdue a check, including 38 blocks of flats\n\n"
            "The Ombudsman found that, in 2024, Larchmont Council:\n- took 11 weeks to reply to a complaint\n\n"
            "The report found:\n- Our wards remain good\n")
    assert [claim for _, _, claim in rows(text)] == [
        "1,870 homes were overdue a check, including 38 blocks of flats.",  # one example stays in (wave 20c)
        "[In 2024, Larchmont Council] took 11 weeks to reply to a complaint.",
        "Our wards remain good.",
    ]


def test_a_quote_opening_on_its_cue_gets_the_speaker_as_subject() -> None:
    """`The regulator rated it inadequate`: the row's quote opens on its cue, so the speaker is its subject."""
    text = ("The Care Standards Agency rated Brightwater House inadequate in a report published on Monday.\n\n"
            "Kelmere Trust denied that it had misled the agency about staffing.\n")
    assert [claim for _, _, claim in rows(text)] == [
        "[Care Standards Agency] rated Brightwater House inadequate in a report published on Monday.",
        "[Kelmere Trust] denied that it had misled the agency about staffing.",
    ]


@pytest.mark.parametrize(("quote", "cue", "expected"), [
    ("rated it inadequate", "rated", True),
    ("denied that it had", "denied", True),
    ("Rated it inadequate", "rated", False),
    ("rated it inadequate", "found", False),
    ("recorded was 203 days", "recorded", False),
    ("costs fell", "", False),
    ("", "rated", False),
])
def test_opens_on_cue(quote: str, cue: str, expected: bool) -> None:
    assert sa.opens_on_cue(quote, cue) is expected


@pytest.mark.parametrize(("speaker", "claim"), [
    ("Kelmere Trust", "[Kelmere Trust] denied the claim."),
    ("it", "Denied the claim."),
    ("They", "Denied the claim."),
])
def test_a_speaker_that_names_no_one_is_never_added(speaker: str, claim: str) -> None:
    assert sa.standalone("It denied the claim", 3, "denied the claim", speaker, "unresolved", "denied") == claim


@pytest.mark.parametrize(("folded", "cue", "claim"), [
    ("opened 40 beds;", "said", "[Kelmere Trust has] opened 40 beds."),
    ("opened 40 beds \u2013", "said", "[Kelmere Trust has] opened 40 beds."),
    ("opened 40 beds \u2014", "said", "[Kelmere Trust has] opened 40 beds."),
    ("opened ward X", "said", "[Kelmere Trust has] opened ward X."),
])
def test_a_lead_in_item_loses_its_list_punctuation(folded: str, cue: str, claim: str) -> None:
    text = "Kelmere Trust said that it has:\n- " + folded
    assert sa.standalone(text, text.index("- ") + 2, folded, "Kelmere Trust", "organisation", cue) == claim


@pytest.mark.parametrize(("folded", "claim"), [
    ("denied the claim;", "[Kelmere Trust] denied the claim."),
    ("denied the claim \u2013", "[Kelmere Trust] denied the claim."),
    ("denied the claim \u2014", "[Kelmere Trust] denied the claim."),
    ("denied claim X", "[Kelmere Trust] denied claim X."),
])
def test_a_cue_subject_item_loses_its_list_punctuation(folded: str, claim: str) -> None:
    text = "Kelmere Trust " + folded
    assert sa.standalone(text, 14, folded, "Kelmere Trust", "organisation", "denied") == claim


def test_a_persons_pronoun_in_a_lead_in_is_written_as_the_person() -> None:
    text = "Jo Roe said that she has:\n- opened 40 beds"
    assert sa.standalone(text, text.index("opened"), "opened 40 beds", "Jo Roe", "person", "said") == \
        "[Jo Roe has] opened 40 beds."


def test_a_list_of_more_than_forty_items_has_no_lead_in_read() -> None:
    text = "The council has:\n" + "- cut waits\n" * 41 + "- opened beds"
    assert (sa._bullet_lead(text, len(text) - len("opened beds")),
            sa._bullet_lead(text[text.index("- cut"):].replace("- cut", "x", 1), 0)) == ("", "")


@pytest.mark.parametrize(("text", "expected"), [
    ("It spent, including " + "a, " * 10 + "b and ", "It spent, including"),
    ("It spent, including " + "a, " * 11 + "b and ", ""),
    ("It spent, including " + "abcdefghijklmnop, " * 9 + "and ", ""),
])
def test_including_lead_bounds(text: str, expected: str) -> None:
    """At most twelve words of earlier items, within 160 characters, between `including` and the item."""
    assert sa._including_lead(text, len(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("x" * 300, ""),
    ("x" * 299, "x" * 299),
    ('Costs fell. "Jo said', "Jo said"),
    ("Costs fell. Xavier said", "Xavier said"),
    ("Costs fell (Dr. Roe said", "Costs fell (Dr. Roe said"),
    ("Run by the NHS. Jo said", "Jo said"),
])
def test_last_sentence_edges(text: str, expected: str) -> None:
    assert sa._last_sentence(text) == expected


@pytest.mark.parametrize(("lead", "cue", "expected"), [
    ("The firm said that it has", "said", "Acme plc has"),
    ("The firm said that", "said", "The firm said that"),
    ("The firm said, that it has", "said", "Acme plc has"),
    ("The firm said that, in 2024, it has", "said", "In 2024, it has"),
    ('"These included', "", ""),
    (" ".join(["word"] * 30), "", " ".join(["Word"] + ["word"] * 29)),
])
def test_lead_words_edges(lead: str, cue: str, expected: str) -> None:
    assert sa._lead_words(lead, cue, "Acme plc", "organisation") == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("The council Said it", "said", 16),
    ("The council said it", "said:", 16),
    ("The council said it", ":", 0),
    ("x", "", 0),
])
def test_cue_end(text: str, cue: str, expected: int) -> None:
    assert sa._cue_end(text, cue) == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("The council pointed out it", "pointed out", True),
    ("The council pointed out that it", "pointed out that", True),
    ("The council tells the hospital it", "tells", False),
    ("The council tells us it", "tells", True),
])
def test_reported_cues_of_two_words_and_tell(text: str, cue: str, expected: bool) -> None:
    assert sa._reported(text, len(text) - 2, cue) is expected


def test_a_pronoun_of_the_wrong_kind_is_never_the_speaker() -> None:
    assert sa.speaker_pronoun("Acme said she had", 11, "she had", "organisation", "said") is False


@pytest.mark.parametrize(("quote", "cue", "expected"), [
    ("rated", "rated", True),
    ("rated it", "rated in its report", True),
])
def test_opens_on_cue_edges(quote: str, cue: str, expected: bool) -> None:
    assert sa.opens_on_cue(quote, cue) is expected


def test_plain_statement_capitalises_a_one_letter_word() -> None:
    assert sa.plain_statement("a rise of 4%") == "A rise of 4%."
