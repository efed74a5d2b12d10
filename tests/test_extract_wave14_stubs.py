"""Stubs (wave 14): no row that is not a statement. Each phenomenon is tested on short texts written for this test
(other bodies, other names, other word orders), with cases where the mechanism must not fire; each case gives the
whole table. The module's helpers are tested after the phenomena."""
import pytest

from extract_rows import rows

from claims.extract.attribution.records import Found
from claims.extract.stubs import stub_at, trimmed, is_stub, mend_stubs, sentence_ends_before, sentence_of


# --- a short piece cut from a list or a contrast ------------------------------------------------------------------
# The phenomenon: a splitter cuts a sentence at a comma, `and` or `but`, and one piece has no verb of its own to
# check: a contrast whose subject stays in the first half (`..., but remains high`), a phrase after `including`
# that says how, not what (`including through a joint desk`), a clause that leans on another (`because when
# families struggle`). Other writers put the contrast after a source phrase, or the phrase after `notably`. The
# piece rejoins the row before it in its sentence, under that row's speaker. A count (`1,240 fires`), a piece with
# its own verb (`the gutters cleared`) and a that-clause (`that libraries open longer`) stand as the writer cut them.

def test_a_count_after_including_joins_the_count_before_it() -> None:
    # Wave 15 (short_rows): a bare count of two words (`1,240 fires`) is no statement (annotation guide: a row that is
    # not a statement is a fragment); it joins the count before it, the breakdown of one measure (the guide: a series
    # of figures for one measure is one claim). A count of three words or more stands.
    text = "The brigade attended 6,210 incidents last year, including 840 road crashes and 1,240 fires, the Marlow Fire Service said."
    assert rows(text) == [
        ("Marlow Fire Service", "organisation", "The brigade attended 6,210 incidents last year"),
        ("Marlow Fire Service", "organisation", "840 road crashes and 1,240 fires")]


def test_an_item_with_its_own_verb_stands_as_an_item() -> None:
    text = "Mr Tolan said the roof had been repaired, the gutters cleared and a new boiler fitted in March."
    assert rows(text) == [
        ("Mr Tolan", "person", "the roof had been repaired"),
        ("Mr Tolan", "person", "the gutters cleared"),
        ("Mr Tolan", "person", "a new boiler fitted in March")]


def test_a_clause_leaning_on_another_rejoins_its_sentence() -> None:
    text = "Nessa Quill, director of Tarn Foodbank, said demand had doubled, because when rents rise, food goes first."
    assert rows(text) == [("Nessa Quill", "person", "demand had doubled, because when rents rise, food goes first")]


def test_a_short_contrast_rejoins_its_sentence_across_a_source_phrase() -> None:
    text = "Pupil absence fell by a fifth last year, according to the academy's own figures, but remains high."
    assert rows(text) == [
        ("the academy", "unresolved",
         "Pupil absence fell by a fifth last year, according to the academy's own figures, but remains high")]


# --- a lone stub grows to its sentence -------------------------------------------------------------------------------
# The phenomenon: a cue takes a bare phrase as its content (`is due to report by the end of June`, `we have argued
# for it for years`); other writers write `will say within a week`, `has campaigned on it since 2019`. With no
# other row in the sentence, the row grows to the whole sentence, so that it says what happens when. A judgement
# told by its verb (`rated it inadequate`, `recommended approval`) stands as the writer cut it.

def test_a_phrase_after_a_cue_grows_to_its_sentence() -> None:
    text = "The inquiry, chaired by a retired judge, is due to report by the end of June.\n"
    assert rows(text) == [("the inquiry", "unresolved", text.strip())]


def test_a_judgement_told_by_its_verb_is_not_grown() -> None:
    text = "A Dunmore nursing home has been closed to new residents after the care regulator rated it inadequate."
    assert rows(text) == [("the care regulator", "inspectorate", "the care regulator rated it inadequate")]
    # not grown to the sentence (its subject is the writer's); since wave 40f grown back to its clause's own subject


# --- must not fire ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kestrel Homes said 312 homes were sold.", [("Kestrel Homes", "organisation", "312 homes were sold")]),
    ("The council said it had cut waits, but the union said it was false.",
     [("the council", "unresolved", "it had cut waits"), ("the union", "unresolved", "it was false")]),
    ("Harrow Vale Trust said its inquiry is due to report by the end of June.",
     [("Harrow Vale Trust", "organisation", "its inquiry is due to report by the end of June")]),
])
def test_statements_and_other_speakers_rows_are_left_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_phrase_after_including_joins_only_a_row_of_the_same_speaker() -> None:
    text = "Linvale Council said the scheme worked well with local GPs, including through a joint desk in Hollins."
    assert rows(text) == [
        ("Linvale Council", "organisation", "the scheme worked well with local GPs, including through a joint desk in Hollins")]


# --- the helpers -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("quote, expected", [
    ("1,240 fires", True),
    ("the gutters cleared", False),
    ("remains high", True),
    ("remain above average", True),
    ("912 new homes", False),
    ("We are sorry", False),
    ("They were wrong", False),
    ("by the end of May", True),
    ("for it for years", True),
    ("through a joint desk in Hollins", True),
    ("through a joint triage desk at Hollins Road", False),
    ("In March, the trust opened a ward", False),
    ("Among the goods were 14 laptops", False),
    ("over 200 jobs will go", False),
    ("Over 200 posts", False),
    ("because when parents are tired", True),
    ("which the review found was safe", True),
    ("which the independent review of the scheme found was safe", False),
    ("while sales fell, profit rose", False),
    ("", False),
    ("£4m", True),
    ("high", True),
])
def test_is_stub(quote: str, expected: bool) -> None:
    assert is_stub(quote) is expected


@pytest.mark.parametrize("text, span, expected", [
    ("One. Two three four. Five.", (5, 8), "Two three four."),
    ("One.\nTwo three four\nFive.", (5, 8), "Two three four"),
    ("Two three four", (4, 9), "Two three four"),
    ("Ends here! \"Quoted part.\" Next.", (12, 18), "Quoted part."),
    ("Mr Roe said so? Yes it did.", (16, 19), "Yes it did."),
])
def test_sentence_of(text: str, span: tuple[int, int], expected: str) -> None:
    start, end = sentence_of(text, span)
    assert text[start:end] == expected


ENDINGS = ["Costs fell. Sales rose; staff left!", "Costs fell\nSales rose.", "It rose 4.5% (up). Next?",
           "\"We cut it.\" Roe said.\n\nNo end here", "a, b, c and d", "x.y. z!\"", "Rates fell.\n", ""]


@pytest.mark.parametrize("text", ENDINGS)
def test_sentence_ends_before_reads_as_sentence_of_at_every_pair_of_offsets(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert sentence_ends_before(text, start, end) == (sentence_of(text, (start, start))[1] < end), (start, end)


def test_sentence_ends_before_reads_no_further_than_its_end() -> None:
    text = "The Board claims: " + ", ".join(["costs fell sharply"] * 5) + " and sales rose"
    assert [sentence_ends_before(text, 18, end) for end in (36, 56, len(text))] == [False, False, False]
    assert sentence_ends_before("Costs fell. Sales rose", 0, 12) is True


def test_mend_stubs_leaves_tables_without_stubs_as_they_are() -> None:
    text = "Sales rose 4% in the year. Profit fell 2% in the year."
    found = [Found("A", "organisation", "said", (0, 25)), Found("A", "organisation", "said", (27, 53))]
    assert mend_stubs(text, found) == found


def test_mend_stubs_joins_the_row_after_when_none_is_before() -> None:
    text = "In truth, sales rose in every region of the country."
    found = [Found("A", "organisation", "said", (0, 8)), Found("A", "organisation", "said", (10, 51))]
    assert mend_stubs(text, found) == [Found("A", "organisation", "said", (0, 51))]


def test_mend_stubs_keeps_a_stub_it_cannot_place() -> None:
    text = "In truth, sales rose in every region of the country."
    found = [Found("A", "organisation", "said", (0, 8)), Found("B", "organisation", "said", (10, 51))]
    assert mend_stubs(text, found) == found


def test_mend_stubs_does_not_grow_into_a_long_sentence() -> None:
    text = "For now " + "and then it rose " * 20 + "in May."
    found = [Found("A", "organisation", "said", (0, 7))]
    assert mend_stubs(text, found) == found


def test_mend_stubs_grows_a_bulleted_stub_without_its_bullet() -> None:
    text = "Findings:\n- rated it good\n"
    found = [Found("I", "inspectorate", "rated", (12, 25))]
    assert mend_stubs(text, found) == [Found("I", "inspectorate", "rated", (12, 25))]


def test_trimmed_drops_spaces_and_bullet_marks_at_the_edges() -> None:
    text = "\n  - \u2022waits fell by a fifth  \n"
    assert trimmed(text, (0, len(text))) == (6, 27)
    assert text[6:27] == "waits fell by a fifth"
    assert trimmed("   ", (0, 3)) == (3, 3)




@pytest.mark.parametrize("text, span, expected", [
    ("Findings:\n- by the end of May\n", (12, 29), False),
    ("Findings:\n- by the end of May\n", (10, 29), False),
    ("The trust said so; by the end of May.", (19, 36), False),
    ("By the end of May the trust said so.", (0, 17), True),
])
def test_grown_only_inside_one_clause(text: str, span: tuple[int, int], expected: bool) -> None:
    found = [Found("A", "organisation", "said", span)]
    assert (mend_stubs(text, found) != found) is expected


def test_grown_stub_takes_the_whole_bulleted_line() -> None:
    text = "Findings:\n-  for it for years, we said\n"
    found = [Found("A", "organisation", "said", (13, 29))]
    assert mend_stubs(text, found) == [Found("A", "organisation", "said", (13, 38))]


def test_grown_refuses_a_sentence_another_row_overlaps() -> None:
    text = "Sales rose in every region, mostly for years."
    found = [Found("A", "organisation", "said", (0, 26)), Found("B", "organisation", "said", (35, 44))]
    assert mend_stubs(text, found) == found


def test_grown_refuses_a_stub_opened_by_its_verb_but_not_by_an_auxiliary() -> None:
    text = "A home closed after the regulator rated it poor."
    found = [Found("R", "inspectorate", "rated", (34, 47))]
    assert mend_stubs(text, found) == [Found("R", "inspectorate", "rated", (20, 47))]  # its clause's subject (40f)
    text = "The data, which the review found was not seen, stayed safe."
    found = [Found("X", "unresolved", "found", (35, 45))]
    assert mend_stubs(text, found) == [Found("X", "unresolved", "found", (0, 59))]


def test_a_that_clause_is_never_mended() -> None:
    text = "The council said that parks closed and that libraries open longer."
    found = [Found("C", "organisation", "said", (22, 34)), Found("C", "organisation", "said", (44, 65))]
    assert mend_stubs(text, found) == found


@pytest.mark.parametrize("quote, expected", [
    ("for it " * 20, False),
    ("By then sales rose", False),
    ("By then sales were up", False),
    ("By May", True),
    ("through a shared desk in Hollins", True),
    ("While the bills rose", True),
    ("whilst the bills rose", True),
    ("Through a joint desk", True),
    ("said so for years and more and more", False),
])
def test_stub_at(quote: str, expected: bool) -> None:
    assert stub_at(quote, (0, len(quote))) is expected


def test_stub_at_measures_the_span_not_the_text() -> None:
    text = "x " * 100 + "for it for years"
    assert stub_at(text, (200, len(text))) is True
    assert stub_at(text, (0, len(text))) is False


def test_mend_stubs_joins_a_stub_after_a_row_of_another_speaker_to_its_own_speaker_after_it() -> None:
    text = "Costs rose, by the end of May, and sales fell in every shop we run."
    found = [Found("B", "organisation", "said", (0, 10)), Found("A", "organisation", "said", (12, 29)),
             Found("A", "organisation", "said", (35, 66))]
    assert mend_stubs(text, found) == [Found("B", "organisation", "said", (0, 10)),
                                       Found("A", "organisation", "said", (12, 66))]


def test_mend_stubs_mends_every_stub_of_a_text() -> None:
    text = "Sales rose in every shop we run, by then. Costs fell in every shop we run, for years."
    found = [Found("A", "organisation", "said", (0, 31)), Found("A", "organisation", "said", (33, 40)),
             Found("A", "organisation", "said", (42, 73)), Found("A", "organisation", "said", (75, 84))]
    assert mend_stubs(text, found) == [Found("A", "organisation", "said", (0, 40)),
                                       Found("A", "organisation", "said", (42, 84))]


def test_a_stub_grows_beside_rows_of_other_sentences() -> None:
    text = "Sales rose in every shop. The review is due by the end of May. Costs fell in every shop."
    found = [Found("A", "organisation", "said", (0, 25)), Found("R", "unresolved", "report", (44, 61)),
             Found("A", "organisation", "said", (63, 88))]
    assert mend_stubs(text, found) == [Found("A", "organisation", "said", (0, 25)),
                                       Found("R", "unresolved", "report", (26, 62)),
                                       Found("A", "organisation", "said", (63, 88))]


def test_a_stub_joins_the_row_after_and_keeps_the_rows_beyond() -> None:
    text = "For years, costs rose in every shop we run. Sales fell in every shop."
    found = [Found("A", "organisation", "said", (0, 9)), Found("A", "organisation", "said", (11, 42)),
             Found("A", "organisation", "said", (44, 68))]
    assert mend_stubs(text, found) == [Found("A", "organisation", "said", (0, 42)),
                                       Found("A", "organisation", "said", (44, 68))]


@pytest.mark.parametrize("text, end", [("By the end of May; the trust said so.", 17), ("By 2030 more buses ran.", 22)])
def test_no_growth_before_a_semicolon_nor_for_a_dated_statement(text: str, end: int) -> None:
    found = [Found("A", "organisation", "said", (0, end))]
    assert mend_stubs(text, found) == found


# Wave 35f: a short row of three words stands when it holds a count in words of the one list of number words
# (`vocabulary.NUMBER_WORDS`), teens, tens and a dozen as well as `six`: `stubs` kept a shorter list of its own.
@pytest.mark.parametrize("quote", ["Fourteen staff left", "Sixty lorries waited", "restored seventeen ponds",
                                   "hired a dozen wardens", "Four staff left"])
def test_a_short_count_in_words_of_any_number_stands(quote: str) -> None:
    assert is_stub(quote) is False


@pytest.mark.parametrize("quote", ["Many staff left", "restored the ponds"])
def test_a_short_row_with_no_count_nor_verb_is_a_stub(quote: str) -> None:
    assert is_stub(quote) is True


# --- a clause set in time before a trailing cue (wave 68x) ---------------------------------------------------------
# The phenomenon: a sentence opens on a preposition and a time (`In 2010`, `On Monday`, `In May`), then a subject and
# a past in -ed, and its cue comes last (`, said Ada Pellow.`). The row is a clause, no bare phrase: it keeps its own
# words and never grows over the cue and the name after it (a stub grown to its sentence stops at its own cue set off
# after it); a row that content follows in its sentence still grows (`In October we surveyed our members, and 286
# replied`).

@pytest.mark.parametrize(("text", "expected"), [
    ("In 2010 the fund awarded $9 million, said Ada Pellow.",
     [("Ada Pellow", "person", "In 2010 the fund awarded $9 million")]),
    ("On Monday the council approved two plans, Ada Pellow said.",
     [("Ada Pellow", "person", "On Monday the council approved two plans")]),
    ("In May rents rose, said Ada Pellow.", [("Ada Pellow", "person", "In May rents rose")]),
])
def test_a_clause_set_in_time_keeps_its_own_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_stub_grows_over_content_but_not_its_own_cue() -> None:
    text = "In October we polled our members, and 286 practices replied, said Ada Pellow."
    assert rows(text) == [("Ada Pellow", "person", "In October we polled our members, and 286 practices replied")]


# --- round 69m: the edges of a cue set off after its content (stubs.own_cue_after) -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("In 2010 the fund awarded $9 million, said Tarnlink.",  # a one-word speaker
     [("Tarnlink", "organisation", "In 2010 the fund awarded $9 million")]),
    ("Ada Pellow runs the fund. In 2010 the fund awarded $9 million, said Pellow.",  # the speaker's last word only
     [("Ada Pellow", "person", "In 2010 the fund awarded $9 million")]),
    ("In 2010 the fund awarded $9 million, said Ada Pellow. The fund opened in 1990 in a small office on the quay.",
     [("Ada Pellow", "person", "In 2010 the fund awarded $9 million")]),  # the words of the next sentence are not read
    ("In May rents rose , said Ada Pellow.", [("Ada Pellow", "person", "In May rents rose")]),  # a space before the comma
    ("In 2010 the fund awarded $9 million, said Ada Pellow, the head of the fund.",  # eight words after the comma
     [("Ada Pellow", "person", "In 2010 the fund awarded $9 million")]),
])
def test_a_cue_set_off_after_its_content_ends_the_row(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
