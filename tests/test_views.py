"""The board's HTML views without widgets: status levels, chart, table window."""
import re
import shutil
from pathlib import Path

import pytest

from claims.session import ReviewSession
from claims.views import (CONFLICT_MARK, LEVELS, STATE_COLOURS, Status, chart_html, chart_text, claim_html, session_status,
                          status_html, table_html, table_window)


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def session(source: Path) -> ReviewSession:
    """A session for analyst ann on a copy of the seed."""
    return ReviewSession(source, "ann", now=lambda: "10:00:00")


def test_every_text_colour_meets_wcag_aa() -> None:
    assert min(contrast(c, "#ffffff") for c in STATE_COLOURS.values()) >= 4.5
    assert min(contrast(text, back) for _, text, back in LEVELS.values()) >= 4.5


def test_levels_differ_in_icon_and_colour() -> None:
    assert len({icon for icon, _, _ in LEVELS.values()}) == len({text for _, text, _ in LEVELS.values()}) == 4


@pytest.mark.parametrize("status, error, level", [
    ("saved verdict 'supported' for claim 1", "", "success"),
    ("added claim c1 at [3:9]", "", "success"),
    (f"saved note for claim 1, but {CONFLICT_MARK}: x", "", "warning"),
    ("NOT SAVED: disk full", "NOT SAVED: disk full", "error"),
    ("29 claims, 0 reviewed so far", "", "info"),
])
def test_session_status_levels(session: ReviewSession, status: str, error: str, level: str) -> None:
    session.status, session.error = status, error
    assert session_status(session) == Status(level, status)


def test_status_html_escapes_and_names_its_level() -> None:
    assert status_html(Status("error", "<b>x</b>")) == (
        "<div class='claims-status-error' data-level='error' title='&lt;b&gt;x&lt;/b&gt;' style='color:#8c1d18;background:#fdecea;"
        "border-left:4px solid #8c1d18;padding:2px 8px'><span aria-hidden='true'>✖</span> <b>error</b>: "
        "&lt;b&gt;x&lt;/b&gt;</div>")


def test_chart_speaks_its_counts() -> None:
    counts = {"not reviewed": 3, "supported": 1}
    assert chart_text(counts) == "claims per state: not reviewed 3, supported 1"
    assert "width:12.00em" in chart_html(counts) and "width:4.00em" in chart_html(counts)
    assert "width:0.00em" in chart_html({"supported": 0})


def test_table_window_keeps_the_current_claim_in_view(session: ReviewSession) -> None:
    ids = session.view()
    where = {c: i for i, c in enumerate(session.table["claim_id"])}
    session.go(ids[-1])
    assert table_window(session, ids, 4) == ids[-4:]
    session.go(ids[0])
    assert table_window(session, ids, 4) == ids[:4]
    session.go(ids[10])
    assert table_window(session, ids, 4) == ids[8:12]
    shown = table_html(session, ids, where, 4)
    assert shown.count("<tr") == 5 and "claims 9-12 of the 31 shown" in shown
    assert shown.count("aria-current") == 1 and "<tr class='claims-table-current' aria-current='true'><td>11</td>" in shown
    assert table_html(session, [], where, 4).count("<tr") == 1


REATTRIBUTED = Path(__file__).parent / "fixtures" / "reattributed"
"""A text and a verdict file an older extractor wrote: its second verdict is on words today's gives to inspectors."""


@pytest.fixture
def reattributed(tmp_path: Path) -> ReviewSession:
    """A session of the old file's analyst on a copy of the text and its verdict file."""
    for path in REATTRIBUTED.iterdir():
        shutil.copy2(path, tmp_path / path.name)
    return ReviewSession(tmp_path / "p001_reattributed.txt", "old analyst", now=lambda: "10:00:00")


def orphan_note(html: str) -> list[str]:
    """The orphan paragraphs of a claim's HTML."""
    return re.findall(r"<p class='claims-orphan'>.*?</p>", html)


def test_a_verdict_on_words_now_given_to_another_speaker_says_so_not_that_the_text_changed(
        reattributed: ReviewSession) -> None:
    """The text did not change: the board names the new speaker and shows the words in their paragraph."""
    reattributed.go("old2")
    row = reattributed.row()
    assert (bool(row["orphan"]), row["speaker"], row["verdict"], row["note"]) == (
        True, "Harrowdale Police", "disputed", "said by the inspectors really")
    assert orphan_note(claim_html(reattributed)) == [
        "<p class='claims-orphan'><b>The extractor now gives these words to inspectors</b>, not to Harrowdale "
        "Police; this claim is shown as saved, and the words are listed again under inspectors.</p>"]
    assert reattributed.context() == ("Inspectors said ", "response times were too slow in the rural north", ".")


def narrowed(folder: Path) -> ReviewSession:
    """The reattributed session after an older extractor saved a narrower quote of the inspectors' words under the
    police: today's extractor lists the whole sentence's claim again under inspectors, beside it."""
    csv_path = folder / "p001_reattributed.verdicts.csv"
    csv_path.write_text(csv_path.read_text(encoding="utf-8").replace(
        "response times were too slow in the rural north,response times were too slow in the rural north,85,132",
        "response times were too slow,response times were too slow,85,113"), encoding="utf-8")
    return ReviewSession(folder / "p001_reattributed.txt", "old analyst", now=lambda: "10:00:00")


def beside_note(html: str) -> list[str]:
    """The paragraphs of a claim's HTML about another speaker's claim over its words."""
    return re.findall(r"<p class='claims-beside'>.*?</p>", html)


def test_a_verdict_beside_another_speaker_s_claim_over_its_words_says_whose_and_where(
        reattributed: ReviewSession) -> None:
    """The verdict stays on its words under its speaker, and the board says today's extractor reads them otherwise."""
    session = narrowed(Path(reattributed.source).parent)
    session.go("old2")
    row = session.row()
    assert (bool(row["orphan"]), row["speaker"], row["verdict"], row["quote"]) == (
        False, "Harrowdale Police", "disputed", "response times were too slow")
    other = session.beside()
    assert [(session.number(c), session.row(c)["speaker"], session.row(c)["verdict"]) for c in other] == [
        (3, "inspectors", "")]
    assert beside_note(claim_html(session)) == [
        "<p class='claims-beside'><b>The extractor now gives these words to inspectors (claim 3)</b>, not reviewed "
        "yet; this claim keeps its decision under Harrowdale Police: check who said them.</p>"]
    session.go(other[0])
    session.record("supported")
    session.go("old2")
    assert (session.beside(), beside_note(claim_html(session))) == ([], [])
    session.go(other[0])
    assert (session.beside(), beside_note(claim_html(session))) == ([], [])
    session.go("old1")
    assert (session.beside(), beside_note(claim_html(session))) == ([], [])


def test_a_claim_the_analyst_added_over_another_claim_s_words_is_no_warning(reattributed: ReviewSession) -> None:
    """Adding a claim beside an existing one is the analyst's own choice: nothing to warn about."""
    reattributed.go("old1")
    reattributed.add("burglaries fell by 12%", speaker="a police spokesman", inside="separate")
    assert [reattributed.beside(c) for c in reattributed.table["claim_id"]] == [[]] * len(reattributed.table)


def test_an_orphan_whose_words_are_gone_still_says_the_text_changed(reattributed: ReviewSession) -> None:
    """When the words are no longer in the text, the message is the one it always was."""
    source = Path(reattributed.source)
    source.write_text(source.read_text(encoding="utf-8").replace("response times", "answer times"), encoding="utf-8")
    after = ReviewSession(source, "old analyst", now=lambda: "10:00:00")
    after.go("old2")
    assert orphan_note(claim_html(after)) == [
        "<p class='claims-orphan'><b>This quote is no longer in the source text</b> (the text changed); "
        "it is shown as saved.</p>"]
