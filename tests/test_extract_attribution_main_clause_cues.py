"""Wave 65f: a sentence's cue is its main clause's verb, not a verb inside a relative aside after the subject, a
concessive opening or a clause of time whose document says what follows (attribution/main_clause_cues). Whole
values."""
import re

import pytest

from claims.extract.attribution.main_clause_cues import cue_in_set_off_clause, shown_after_cue
from claims.extract.attribution.patterns import CUE_RE
from tests.extract_rows import cued_rows, named_context


def _first_cue(text: str) -> re.Match[str]:
    """Return the first cue of a text."""
    cue = CUE_RE.search(text)
    assert cue is not None
    return cue


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr Ada Kessler, who reports her results in the Tarn Journal, said patients took longer.", True),
    ("Jo Marsh, who had reported the losses, later said costs had doubled.", True),  # an auxiliary and one adverb
    ("While several suppliers have announced lower charges, the board's figures show arrears rose.", True),
    ("Gene Hale, who said he had lived there for 52 years, told the board his bill rose.", False),  # a clause: his claim
    ("The Moss Union, which speaks for 640 pubs, said 30 had closed.", False),  # no object: the aside is its claim
    ("Jo Marsh, who reported the losses, and her deputy then both said costs had doubled.", False),  # no cue after it
    ("Sales fell, the firm reported, as stores closed.", False),  # no aside opens the sentence
    # 65n: the first comma closes the clause; with none, or no cue after it, the clause's cue stands
    ("While several suppliers have announced lower charges, the board's figures show that fares rose, rents fell and "
     "arrears grew.", True),
    ("While several suppliers have announced lower charges the board's figures show arrears rose.", False),
    ("While several suppliers have announced lower charges, arrears rose.", False)])
def test_cue_in_set_off_clause(text: str, expected: bool) -> None:
    assert cue_in_set_off_clause(text, 0, _first_cue(text), len(text)) is expected


def test_cue_in_set_off_clause_reads_no_cue_past_the_sentence() -> None:
    """65n: a cue in the next sentence is not the later cue of this one."""
    text = "While several suppliers have announced lower charges, arrears rose. The board said so."
    assert cue_in_set_off_clause(text, 0, _first_cue(text), text.index(".") + 1) is False


def test_shown_after_cue_reads_the_document_of_a_clause_of_time() -> None:
    text = ("Tenant advocates have warned of the strain on renters as new figures from the Carrow Water Board revealed "
            "that 2,400 households owed more than 500 pounds.\n")
    shown = shown_after_cue(text, (0, len(text) - 2), _first_cue(text), [], named_context(text))
    assert shown is not None
    assert (shown.speaker, shown.kind, shown.cue, [text[s:e] for s, e in shown.spans]) == (
        "Carrow Water Board", "organisation", "revealed that", ["2,400 households owed more than 500 pounds"])


def test_shown_after_cue_needs_a_document_after_as() -> None:
    text = "Lifeguards have warned of rip tides as crews said they made 900 rescues.\n"
    assert shown_after_cue(text, (0, len(text) - 2), _first_cue(text), [], named_context(text)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr Ada Kessler, who reports her results in the Tarn Journal, said patients took 40% longer to recover.\n",
     [("Ada Kessler", "person", "said", "patients took 40% longer to recover")]),
    ("Jo Marsh, who had reported the losses, said costs had doubled.\n",
     [("Jo Marsh", "person", "said", "costs had doubled")]),
    ("The Moss Union, which speaks for 640 pubs, said 30 had closed.\n",
     [("Moss Union", "organisation", "said", "30 had closed")]),
    ("While several suppliers have announced lower charges, the Carrow Water Board's figures show arrears have risen "
     "every month.\n",
     [("Carrow Water Board", "organisation", "show", "arrears have risen every month")]),
    ("Tenant advocates have warned of the strain on renters as new figures from the Carrow Water Board revealed that "
     "2,400 households owed more than 500 pounds.\n",
     [("Carrow Water Board", "organisation", "revealed that", "2,400 households owed more than 500 pounds")])])
def test_rows_take_the_main_clause_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_shown_after_cue_needs_words_left_outside_the_holes() -> None:
    """65n: a clause of time whose document's words are all a hole (a quote read elsewhere) gives no row."""
    text = ("Tenant advocates have warned of the strain on renters as new figures from the Carrow Water Board revealed "
            "that \"2,400 households owed more than 500 pounds\".\n")
    quote = (text.index("\""), text.rindex("\"") + 1)
    assert shown_after_cue(text, (0, len(text) - 2), _first_cue(text), [quote], named_context(text)) is None
