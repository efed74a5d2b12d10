"""Round 51m: whole-value tests for wave 50's new readers that mutation testing showed unasserted: a colon lead-in
counting `the other` parties (attribution.peer_leads), an unresolved subject shown in the text's capitals
(speakers.written_case), `Their <document>` after a sentence whose subject is a group of people
(speakers.group_documents) and a release's own undated act (dated_acts.is_own_act). Every text is invented."""
import pytest

from claims.extract.attribution.peer_leads import peer_subject
from claims.extract.dated_acts import is_own_act
from claims.extract.speakers.group_documents import group_document
from claims.extract.speakers.written_case import with_text_capitals
from claims.extract.text import split_blocks
from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("lead_in", "expected"), [
    ("The other three local firms named were:", "The other three local firms named"),
    ("The other 3 local firms named were:", "The other 3 local firms named"),
    ("The other TWO were:", "The other TWO"),
    ("The other two were:", "The other two"),
    ("The other four announcing payouts were:", "The other four announcing payouts"),
    ("The other three fined were:", "The other three fined"),
    ("The other three small local firms were:", "The other three small local firms"),
    ("The other five councils named were:", "The other five councils named"),
    ("The other three very small local firms were:", None),
    ("The other three measures were:", None),
    ("The other three projects named were:", None),
    ("The other six firm were:", None),
    ("The other firms were:", None),
    ("the other three firms were:", None),
    ("Two other three firms were:", None),
    ("The others three firms were:", None),
])
def test_peer_subject_reads_the_count_and_the_parties_noun(lead_in: str, expected: str | None) -> None:
    """`The other` and a count (a number word in any case, or figures), then nothing, a participle, or a body's plural
    noun within three words; things (`measures`, `projects`), a singular noun, no count or another opening count no
    party."""
    assert peer_subject(lead_in, (0, len(lead_in)), lead_in.index(" were:")) == expected


@pytest.mark.parametrize(("found", "written", "expected"), [
    (("the dunmore pay review provider", "organisation"), "The Dunmore Pay Review Provider",
     ("the dunmore pay review provider", "organisation")),
    (("the kelso carrier", "unresolved"), "\"The Kelso Carrier.\"", ("the Kelso Carrier", "unresolved")),
    (("the kelso carrier", "unresolved"), "The Kelso Carrier itself", ("the Kelso Carrier", "unresolved")),
    (("the kelso carrier", "unresolved"), "The Kelso carrier, unlike The Kelso Carrier",
     ("the Kelso Carrier", "unresolved")),
    (("the kelso carrier", "unresolved"), "The Kelso Carrier, unlike the kelso carrier",
     ("the kelso carrier", "unresolved")),
    (("kelso carrier staff", "unresolved"), "Kelso Carrier staff", ("Kelso Carrier staff", "unresolved")),
    (("one kelso carrier", "unresolved"), "One Kelso Carrier", ("One Kelso Carrier", "unresolved")),
    (("a kelso carrier", "unresolved"), "A Kelso Carrier", ("a Kelso Carrier", "unresolved")),
    (("the kelso carrier", "unresolved"), "The carrier", ("the kelso carrier", "unresolved")),
    (None, "The Kelso Carrier", None),
])
def test_with_text_capitals_takes_the_last_run_as_written(found: tuple[str, str] | None, written: str,
                                                          expected: tuple[str, str] | None) -> None:
    """Only an unresolved reading changes; the run read is the last one matching, its stops stripped, wherever it
    stands among the words; only an article or determiner is lower-cased (`One` is a count, kept)."""
    assert with_text_capitals(found, written, 0, len(written)) == expected


GROUP = "A group of families has written to the council"


@pytest.mark.parametrize(("before", "words", "expected"), [
    (f"{GROUP}. ", ["their", "letter"], ("a group of families", "unresolved")),
    (f"{GROUP}! ", ["their", "letter"], ("a group of families", "unresolved")),
    (f"{GROUP}? ", ["their", "letter"], ("a group of families", "unresolved")),
    (f"Before that. {GROUP}. ", ["their", "letter"], ("a group of families", "unresolved")),
    ("A group of very angry local families has written to it. ", ["their", "letter"], None),
    ("A group of families complained to it. ", ["their", "letter"], ("a group of families", "unresolved")),
    ("A group of families wrote to it. ", ["their", "letter"], None),
    ("A Group of families has written to it. ", ["their", "letter"], None),
    (f"{GROUP}. Tarrow Council said so. ", ["their", "letter"], None),
    (f"{GROUP} ", ["their", "letter"], None),
    (f"{GROUP}.\n", ["their", "letter"], None),
    (f"{GROUP}.\n\n", ["their", "letter"], None),
    (f"{GROUP}. ", ["its", "letter"], None),
    (f"{GROUP}. ", ["their", "big", "letter"], None),
])
def test_group_document_reads_the_sentence_right_before(before: str, words: list[str],
                                                        expected: tuple[str, str] | None) -> None:
    """The group is the subject of the sentence ending right before `Their <document>` in its paragraph (a past
    form or `has`/`have`/`had` after it, its noun in lower case, at most two words), never an earlier one."""
    text = before + "Their letter says 12 residents are too ill to move."
    assert group_document(text, len(before), words, split_blocks(text)) == expected


def test_their_letter_after_a_hard_wrapped_group_sentence_is_the_groups() -> None:
    """A paragraph hard-wrapped inside the group's sentence is still one paragraph: `Their letter` is the group's,
    not the council's named before (round 51m: the line alone was read)."""
    text = ("Tarrow Council said on Monday that the home would close in March.\n\n"
            "A group of families has written to the council\n"
            "asking it to wait. Their letter says 12 residents are too ill to move.\n")
    assert cued_rows(text) == [
        ("Tarrow Council", "organisation", "said on Monday that", "the home would close in March"),
        ("a group of families", "unresolved", "says", "12 residents are too ill to move")]


def test_group_document_before_any_paragraph_is_none() -> None:
    """`Their letter` read at a text's opening white space has no paragraph, so no sentence, before it."""
    text = "\n\nTheir letter says 12 residents are too ill."
    assert group_document(text, 1, ["their", "letter"], split_blocks(text)) is None


def test_is_own_act_reads_only_its_span() -> None:
    """The verb is read inside text[start:end] only: `We open` cut from `We opened` tells no past act."""
    assert (is_own_act("We opened it.", 0, 7), is_own_act("We opened it.", 0, 13),
            is_own_act("Intro. We opened it. Tail.", 7, 20)) == (False, True, True)


# speakers/context.Context.sole_body_of_head (49g), the survivors round 50m left.
def test_a_panel_the_text_says_another_body_appointed_is_not_that_body() -> None:
    """`The panel, appointed by the board to hear appeals,` is a party of its own: the board is never its speaker."""
    assert cued_rows("Harlstead Review Board heard the case of Mr Pim on 3 May.\n\n"
                     "The panel, appointed by the Harlstead Review Board to hear appeals, said he had completed two "
                     "courses.\n") == [("the panel", "unresolved", "said", "he had completed two courses")]


def test_a_head_inside_the_one_bodys_name_is_not_read_as_that_body() -> None:
    """`the museum` after only `Harlow Museum Trust`: a word of the body's own name, left to the rules for a head
    inside a name (here none), never the text's one body by default."""
    assert cued_rows("The Harlow Museum Trust said on Monday it would close in May.\n\n"
                     "The museum said 40 staff would go.\n") == [
        ("Harlow Museum Trust", "organisation", "said", "it would close in May"),
        ("the museum", "unresolved", "said", "40 staff would go")]
