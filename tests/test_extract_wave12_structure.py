"""The shape of a row (wave 12): pieces a list splitter cut off that read as nothing alone, items that only name a
source or answer another's words, and list items a cue-shaped noun swallowed. Each phenomenon recurs across the
blind sets; each is tested on short texts written for this test (other bodies, names and word orders), with at
least one case where the mechanism must not fire. Each case gives the whole table as (speaker, speaker_kind,
quote) rows in text order."""
import pytest

from claims.extract.fragments import after_connector, cue_as_noun, figure_subset, has_dashes, in_dashed_aside, numbers_joined, \
    only_reaction, only_source, restates_figure
from claims.extract.relatives import narrated_relative, noun_before_relative, relative_at, relative_content_end, \
    restrictive_who
from extract_rows import rows


# --- Two numbers of one item ------------------------------------------------------------------------------------
# The phenomenon: an `and` or `or` joins two numbers inside one item (`use by 8 and 10 August`), and the list
# splitter cuts there, leaving `10 August` as a row of its own. Other writers give house numbers (`at 4 and 9 Mill
# Lane`), alternatives (`12 or 14 March`) or ages (`aged 3 and 4`). An `and` between a figure and a clause
# (`rose to 40 and 12 staff left`) still joins two claims.

@pytest.mark.parametrize("text, quote", [
    ("The Pennard Water Board said it had fitted new meters at 4 and 9 Mill Lane last spring.",
     "it had fitted new meters at 4 and 9 Mill Lane last spring"),
    ("Drayton Bakeries said the recalled loaves carry best before dates of 12 or 14 March.",
     "the recalled loaves carry best before dates of 12 or 14 March"),
])
def test_two_numbers_joined_by_and_stay_one_item(text: str, quote: str) -> None:
    speaker = text.split(" said")[0].removeprefix("The ")
    assert rows(text) == [(speaker, "organisation", quote)]


def test_numbers_joined_reads_only_two_bare_numbers() -> None:
    assert numbers_joined(["8"], ["10", "August"]) is True
    assert numbers_joined(["£4m,"], ["£6m"]) is True
    assert numbers_joined(["40"], ["the", "staff"]) is False
    assert numbers_joined(["rents"], ["12"]) is False
    assert numbers_joined([], ["12"]) is False
    assert numbers_joined(["12"], []) is False


# --- A figure put another way -----------------------------------------------------------------------------------
# The phenomenon: a figure is followed by the same quantity in other units after `, or` (`About £9.4m a year, or
# roughly £25,700 a day`), and the list splitter makes the second a row of its own. Other writers write `, or 6% of
# its target`, `, or about one in five`, `, equivalent to 12 a week`. An `or` that opens a clause is left alone.

@pytest.mark.parametrize("text, quote", [
    ("The Kestrel Trust said it had raised £2.1m, or about 6% of its target, since January.",
     "it had raised £2.1m, or about 6% of its target, since January"),
    ('Asked about the cost, the director said: "About £3m a year, or roughly £8,200 a day."',
     "About £3m a year, or roughly £8,200 a day."),
])
def test_a_figure_restated_after_or_stays_with_it(text: str, quote: str) -> None:
    assert [row[2] for row in rows(text)] == [quote]


def test_restates_figure_needs_a_figure_right_after_or() -> None:
    text = "or roughly £25,700 a day|or 4% of sales|equivalent to 12 a week|or the board will act|or more staff"
    parts = text.split("|")
    spans, start = [], 0
    for part in parts:
        spans.append((start, start + len(part)))
        start += len(part) + 1
    assert [restates_figure(text, *span) for span in spans] == [True, True, True, False, False]


# --- A part of a figure after `including` -----------------------------------------------------------------------
# The phenomenon: `512 patients on trolleys, including 38 children` is cut at `including`, leaving `38 children`,
# a figure and its bare noun, as a row that says nothing alone. Other writers write `140 people were rescued,
# including 12 children`, `60 staff, including 9 nurses`. A part that says more of what it counts (`9 broken fire
# doors`, `12 children and 30 pensioners from a capsized ferry`) stands as an item.

def test_a_bare_part_of_a_figure_stays_with_its_figure() -> None:
    text = "The Coastguard Agency said 140 people had been rescued from the water, including 12 children."
    assert rows(text) == [("Coastguard Agency", "organisation",
                           "140 people had been rescued from the water, including 12 children")]


def test_parts_that_say_more_are_items_of_their_own() -> None:
    text = "The Coastguard Agency said 140 people had been rescued, including 12 children and 30 pensioners from a ferry."
    assert rows(text) == [("Coastguard Agency", "organisation", "140 people had been rescued, including 12 children"),
                          ("Coastguard Agency", "organisation", "30 pensioners from a ferry")]  # wave 15: `12 children`
    # is too short to stand: it joins the figure it breaks down


def test_figure_subset_needs_a_figure_in_the_head_and_bare_parts() -> None:
    text = "512 patients on trolleys, including 38 children|staff on trolleys, including 38 children"
    assert figure_subset(text, (0, 24), [(36, 47)]) is True
    assert figure_subset(text, (48, 65), [(77, 88)]) is False  # no figure in the head
    text = "512 patients, including 9 broken fire doors and 4 rooms"
    doors, rooms = text.index("9 broken"), text.index("and 4")
    assert figure_subset(text, (0, 12), [(doors, rooms - 1)]) is False  # the part says more than its count
    assert figure_subset(text, (0, 12), [(rooms, len(text))]) is True  # `and 4 rooms`: the connector skipped
    assert figure_subset(text, (0, 12), []) is False


# --- The commas of an aside between dashes ----------------------------------------------------------------------
# The phenomenon: a list inside an aside between spaced dashes (`in three of the five areas - safe, effective and
# well-led - and requires improvement`) is cut at its commas, leaving `effective and well-led` as a row. Other
# writers use en or em dashes, or put the aside in the middle of a claim. Commas outside the dashes still cut.

def test_a_list_inside_dashes_is_not_cut() -> None:
    text = ("The regulator said the farm was poor in two of the four areas it checks \u2013 hygiene, records and "
            "storage \u2013 and needs changes in the rest.")
    assert rows(text) == [("the regulator", "inspectorate", text[19:-1])]


def test_in_dashed_aside_counts_dashes_on_both_sides() -> None:
    text = "poor - hygiene, records - and late, slow"
    assert in_dashed_aside(text, (0, len(text)), text.index(",")) is True
    assert in_dashed_aside(text, (0, len(text)), text.rindex(",")) is False  # after the closing dash
    assert in_dashed_aside("poor - hygiene, records", (0, 23), 14) is False  # the aside never closes


# --- A lead-in phrase cut off its first item --------------------------------------------------------------------
# The phenomenon: `Of the 648 cases, 61% were in the north, 15% in the east and 9% in London` is cut at its
# commas and `Of the 648 cases` becomes a row. Other writers put `Of those inspected,` or `Of the 310 complaints,`
# first, or after `said that`. The framing phrase joins the first item.

@pytest.mark.parametrize("text, first", [
    ("Of the 310 complaints, 41% concerned delays, 22% concerned staff conduct and 9% concerned billing, the "
     "ombudsman said.", "Of the 310 complaints, 41% concerned delays"),
    ("The ombudsman said that of the 310 complaints, 41% concerned delays, 22% concerned staff conduct and 9% "
     "concerned billing.", "of the 310 complaints, 41% concerned delays"),
])
def test_an_of_phrase_frames_the_first_item(text: str, first: str) -> None:
    assert rows(text) == [("the ombudsman", "inspectorate", first),
                          ("the ombudsman", "inspectorate", "22% concerned staff conduct"),
                          ("the ombudsman", "inspectorate", "9% concerned billing")]


# --- A source phrase or a reaction kept as a row ----------------------------------------------------------------
# The phenomenon: the words after a cue only name where a claim came from (`..., he said, according to the
# commission's own annual report`, `citing its accounts`), or only answer another's words (`The landlord rejected
# that claim.`), and become a row that holds nothing to check. Other writers write `quoting the council's figures`,
# `disputed these figures`, `dismissed that account`. A source that opens a clause (`according to its survey,
# rents rose`) and a rejection with its own content are claims.

def test_a_source_phrase_after_a_cue_is_no_row() -> None:
    text = "Most of the closures were in rural areas, the union said, according to its own survey of members."
    assert rows(text) == [("the union", "unresolved", "Most of the closures were in rural areas")]


def test_a_reaction_to_another_claims_nothing() -> None:
    text = "Residents said the landlord had ignored them. The landlord rejected that claim."
    assert rows(text) == [("Residents", "unresolved", "the landlord had ignored them")]


@pytest.mark.parametrize("words, expected", [
    ("according to the commission's own annual report", True),
    ("citing its latest accounts", True),
    ("in a statement to the council", True),
    ("according to its survey, rents rose", False),
    ("according to the survey rents rose by 4%", False),
    ("rents rose by 4%", False),
])
def test_only_source(words: str, expected: bool) -> None:
    assert only_source(words) is expected


@pytest.mark.parametrize("words, expected", [
    ("rejected that argument", True),
    ("disputed these figures", True),
    ("dismissed that account entirely", True),
    ("rejected that 40 posts were cut", False),
    ("rejected the plan", False),  # left to the older test of a verb and its bare object
    ("rejected", False),
    ("rejected that argument made by the union", False),
])
def test_only_reaction(words: str, expected: bool) -> None:
    assert only_reaction(words.split()) is expected


# --- A cue word used as a noun ----------------------------------------------------------------------------------
# The phenomenon: a list item's subject is a noun spelled like a cue verb (`the reports were poor`, `the records
# have gaps`, `the notes were missing`), read as a closing cue (`..., the report states.`), and the items from it
# on were lost. Other writers write `the findings were`, `the claims are`. A real closing cue still closes.

@pytest.mark.parametrize("noun", ["reports were poor", "records have gaps", "notes were missing"])
def test_a_cue_word_as_a_noun_keeps_the_list_whole(noun: str) -> None:
    text = f"Inspectors said the checks were late, the {noun} and the storage was unsafe."
    assert rows(text) == [("inspectors", "inspectorate", "the checks were late"),
                          ("inspectors", "inspectorate", f"the {noun}"),
                          ("inspectors", "inspectorate", "the storage was unsafe")]


def test_a_closing_cue_still_closes() -> None:
    assert rows("The trust cut waits by 20%, the annual report shows.") == [
        ("the annual report", "document", "The trust cut waits by 20%")]
    assert cue_as_noun(", the report states") is False
    assert cue_as_noun(", the reports were poor") is True
    assert cue_as_noun(", the council has said") is False


# --- A relative clause around a cue -----------------------------------------------------------------------------
# The phenomenon: a cue sits in a relative clause set off by commas. (1) `The report, which found that C, was
# published on Monday`: the claim ran on past the clause's closing comma into the main clause (`C, was published
# on Monday`). (2) `A council report, which found that ...`: the document's noun was read as a verb (`A council
# reports`) and nothing was claimed. (3) `X opened a ward, which admitted 300 patients`: a `which` after a whole
# clause of narration names the thing just named, not a party; its verb (`admitted`, `reported`) is narration.
# Other writers write `The audit, which found that ..., was ordered by ...`, `X, which has said ...`, `X bought a
# clinic, which treated ...`. A `which` after a document (`published its review, which found that`) still speaks;
# a verb of speech after the clause (`X, which reported A, said B`) is left to its own cue.

@pytest.mark.parametrize("text, row", [
    ("The report, which found that staff had ignored alarms, was published yesterday.",
     ("the report", "document", "staff had ignored alarms")),
    ("The audit, which found that 12 schools had no fire plan, was ordered by the county council.",
     ("the audit", "document", "12 schools had no fire plan")),
    ("A council report, which found that rents rose 9%, was published on Monday.",
     ("council report", "document", "rents rose 9%")),
    ("The Kerrow Trust, which has said it treated 2,000 people, has asked for more money.",
     ("Kerrow Trust", "organisation", "it treated 2,000 people")),
])
def test_a_cue_in_a_relative_clause_claims_only_the_clause(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize("text", [
    "Greystone Health opened a new ward in March, which admitted 300 patients in its first month.",
    "Greystone Health opened a new ward, which reported 40 falls in May.",
])
def test_a_which_after_narration_is_no_speaker(text: str) -> None:
    assert rows(text) == []


def test_a_which_after_a_document_still_speaks() -> None:
    assert rows("Tarn Council published a review, which found that 40% of bridges needed repair.") == [
        ("Tarn Council", "organisation", "40% of bridges needed repair")]
    assert rows("Tarn Council published its annual report for 2025, which shows that tolls rose 4%.") == [
        ("Tarn Council", "organisation", "tolls rose 4%")]


def test_relative_helpers() -> None:
    text = "The firm, which admitted 14 breaches, was fined."
    cue = text.index("admitted")
    assert relative_at(text, 0, cue) is not None
    assert relative_at(text, 0, text.index("fined")) is None
    assert relative_content_end(text, (cue, len(text))) == text.index(", was")
    assert relative_content_end("A rose, and B fell", (0, 18)) == 18
    assert relative_content_end("A rose, said Jo", (0, 15)) == 15  # a verb of speech: its own cue
    assert noun_before_relative("A council report, which found", len("A council report")) is True
    assert noun_before_relative("The council reported that", len("The council reported")) is False
    assert narrated_relative(text, 0, cue) is False  # `The firm,`: no clause before the comma
    narrated = "Acme opened a ward, which admitted 30 people."
    assert narrated_relative(narrated, 0, narrated.index("admitted")) is True
    who = "Acme hired a nurse, who said pay fell."
    assert narrated_relative(who, 0, who.index("said")) is False  # `who`: a person speaks


# --- Two sentences after a colon lead-in ------------------------------------------------------------------------
# The phenomenon: a lead-in ends in a colon (`X said:`, a heading `Segment results`), and the paragraph or bullet
# below it, unquoted, holds two sentences; they came out as one row holding two claims. Other writers put the
# statement on the next line, or write bullets of two sentences. A sentence is one claim; one sentence stays whole.

def test_a_paragraph_after_a_colon_gives_a_row_per_sentence() -> None:
    text = "In a statement, Pellow Water said:\n\nWe have replaced 40km of pipes this year. Leaks are down 12%.\n"
    # Since wave 41b the paragraph is the body's statement in its own voice (`We`), read a sentence a row as a
    # person's statement is, each sentence whole with its full stop.
    assert rows(text) == [("Pellow Water", "organisation", "We have replaced 40km of pipes this year."),
                          ("Pellow Water", "organisation", "Leaks are down 12%.")]


def test_bullets_of_two_sentences_give_a_row_each() -> None:
    text = ("The inspectors found:\n\n- 14 wards were short of staff. Two had no matron.\n"
            "- Hand hygiene was poor on 3 wards\n")
    assert rows(text) == [("inspectors", "inspectorate", "14 wards were short of staff"),
                          ("inspectors", "inspectorate", "Two had no matron"),
                          ("inspectors", "inspectorate", "Hand hygiene was poor on 3 wards")]


# --- The helpers' edges (each case a whole value) ---------------------------------------------------------------

def test_helper_edges_of_fragments() -> None:
    assert numbers_joined(["3"], ["4;"]) is True  # the closing mark of the second number
    assert numbers_joined(["3"], [";4"]) is False
    assert after_connector("4 rooms, or 4 rooms", (8, 19)) == 12  # `or` skipped, the second `4 rooms`
    assert after_connector("4 rooms, and 4 rooms", (8, 20)) == 13
    assert after_connector("and 4 rooms; and 4 rooms", (0, 11)) == 4  # the words after this part's connector
    text = "x - y, then - hygiene, records - and"
    assert in_dashed_aside(text, (7, len(text)), text.index(", r")) is True  # dashes counted inside the span
    assert in_dashed_aside("poor - hygiene, records - more", (0, 23), 14) is False  # the closing dash is outside
    text = "a - b - c - d, e - f"
    assert in_dashed_aside(text, (0, len(text)), text.index(",")) is True  # three dashes before: still inside
    assert in_dashed_aside("a - b, c - d - e", (0, 16), 5) is True  # one dash before, two after
    assert has_dashes("a - b, c d", (5, 10)) is False
    assert has_dashes("a b, c - d", (0, 5)) is False
    assert has_dashes("a b, c - d", (0, 10)) is True
    assert only_source('"according to its report') is True
    assert only_source("according to its survey, up 4%") is False  # a comma: something follows the source
    assert only_reaction(["denied", "that"]) is True
    assert cue_as_noun(", the reports were, in part, poor") is True
    assert restates_figure("or 4", 0, 3) is False  # the figure lies past the part's end
    assert figure_subset("9 staff, including 4 nurses", (0, 7), [(19, 27)]) is True
    assert figure_subset("9 staff, including 4 nurses rose", (0, 7), [(19, 27)]) is True  # the verb lies outside


def test_helper_edges_of_relatives() -> None:
    for text in ("Acme cited the review\u2019s annex, which showed rents rose.",
                 "Acme cited the review's annex, which showed rents rose."):
        assert narrated_relative(text, 0, text.index("showed")) is False  # the review's: a document named
    text = "Acme expanded, which admitted 30 people."
    assert narrated_relative(text, 0, text.index("admitted")) is True
    assert relative_content_end("A rose, B fell, was x", (0, 13)) == 13  # the verb lies past the content


# --- A relative clause without commas ---------------------------------------------------------------------------
# The same phenomenon written without commas: `An inquiry report which found that C was published yesterday`. The
# document's noun before `which` is still no verb, and the claim ends before the main clause's passive verb once
# the words before it hold a verb of their own (`that the plan was delayed by a year | was published`); a passive
# inside the claim with no verb before it stays (`that the report was published late`).

@pytest.mark.parametrize("text, row", [
    ("An inquiry report which found that staff had ignored alarms was published yesterday.",
     ("inquiry report", "document", "staff had ignored alarms")),
    ("The review which found that the plan was delayed by a year was published on Monday.",
     ("the review", "document", "the plan was delayed by a year")),
    ("The review which found that the report was published late has been welcomed.",
     ("the review", "document", "the report was published late")),
    ("The survey which showed that 40% of tenants were in arrears was carried out by the council.",
     ("the survey", "document", "40% of tenants were in arrears")),
])
def test_a_relative_without_commas(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


def test_bare_predicate_edges() -> None:
    text = "that rents rose was noted"
    assert relative_content_end(text, (0, len(text))) == text.index(" was")
    assert relative_content_end("that the plan was noted", (0, 23)) == 23  # no verb before the passive
    assert relative_content_end("rents rose was noted", (0, 9)) == 9  # the passive lies past the content
    assert noun_before_relative("A report which", len("A report")) is True
    assert noun_before_relative("A report is", len("A report")) is False


# --- A cue inside a `who` clause without commas -----------------------------------------------------------------
# The phenomenon: `The inspectors who found the faults said the lifts were unsafe`: the first cue word (`found`)
# only says which people are meant, and it took the sentence (`The inspectors who` credited with `the faults said
# ...`). Other writers write `Tenants who reported damp said ...`, `Parents who told the council ... said ...`.
# With no later cue the `who` clause is left as it was.

@pytest.mark.parametrize("text, row", [
    ("The inspectors who found the faults said the lifts were unsafe.",
     ("inspectors", "inspectorate", "the lifts were unsafe")),
    ("Tenants who reported damp said repairs took months.", ("Tenants", "unresolved", "repairs took months")),
    ("Parents who told the council about the bus cuts said 40 children were affected.",
     ("Parents", "unresolved", "40 children were affected")),
])
def test_a_cue_in_a_who_clause_leaves_the_sentence_to_the_later_cue(text: str, row: tuple[str, str, str]) -> None:
    assert rows(text) == [row]


def test_restrictive_who_edges() -> None:
    text = "The inspectors who found the faults said"
    assert restrictive_who(text, 0, text.index("found")) is True
    assert restrictive_who(text, 0, text.index("said")) is False
    text = "The inspectors, who found the faults, said"
    assert restrictive_who(text, 0, text.index("found")) is False  # set off by commas: read as before
