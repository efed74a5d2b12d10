"""The HTML report: what it shows, that it escapes everything, where it is written and what it refuses."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claims.adjudication import final_path, settle
from claims.compare import compare
from claims.model import OutputError
from claims.report_model import Citation, Entry, Judgement, Report, ReportError, build_report, citations_of
from claims.report_page import (
    default_output,
    entry_html,
    esc,
    marked_text,
    render_report,
    svg_chart,
    write_report,
)
from conftest import ANNOUNCEMENT, REPORT
from samples import HOSTILE
from verdict_rows import HOSTILE_NOTES, TEXT, hostile_seed, row, write


class Page(HTMLParser):
    """Collects a page's tags, their attributes and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes |= {name for name, _ in attrs}

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Page:
    """Parse a page."""
    parser = Page()
    parser.feed(page)
    return parser


SAFE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "section", "div",
             "table", "tr", "td", "span", "b", "svg", "text", "rect", "mark", "sup", "article", "blockquote", "cite"}
SAFE_ATTRIBUTES = {"lang", "charset", "http-equiv", "content", "name", "class", "id", "title", "xmlns", "role",
                   "width", "height", "font-family", "font-size", "x", "y", "text-anchor", "fill"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small text with two analysts' files (c2 in dispute) and the seed report beside it for citations."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / REPORT.name).write_bytes(REPORT.read_bytes())
    cite = f'{REPORT.name}[0:20] "not used: the file is at hand"'
    write(tmp_path / "a.ann.verdicts.csv", row("c1", "ann", "supported", evidence=cite),
          row("c2", "ann", "disputed", note="no source"))
    write(tmp_path / "a.bob.verdicts.csv", row("c2", "bob", "supported", note="fine"),
          row("c9", "bob", "disputed", quote="a quote that is gone"))
    return tmp_path


def test_svg_chart_draws_one_labelled_bar_per_state() -> None:
    assert svg_chart({"supported": 2, "disputed": 1}) == (
        "<svg xmlns='http://www.w3.org/2000/svg' role='img' width='380' height='44' font-family='sans-serif' "
        "font-size='12'><title>Claims per state: supported: 2, disputed: 1</title>"
        "<text x='118' y='15' text-anchor='end'>supported</text><rect x='124' y='4' width='220' height='14' "
        "fill='#1b5e20'/><text x='348' y='15'>2</text>"
        "<text x='118' y='37' text-anchor='end'>disputed</text><rect x='124' y='26' width='110' height='14' "
        "fill='#b3261e'/><text x='238' y='37'>1</text></svg>")


def entry(number: int, start: int | None, end: int | None, state: str = "supported", **changes: object) -> Entry:
    """A report entry with no judgements."""
    values = {"number": number, "claim_id": f"c{number}", "speaker": "<b>X</b>", "claim": "Claim.", "quote": "q",
              "start": start, "end": end, "state": state, "judgements": (), "final": None, **changes}
    return Entry(**values)  # type: ignore[arg-type]


def test_marked_text_numbers_and_colours_each_claim_nested_ones_inside() -> None:
    report = Report("a.txt", "", "<ab> cd", (entry(1, 0, 7), entry(2, 5, 7, "disputed"), entry(3, None, None)), "")
    assert marked_text(report) == (
        "<section id='text'><h2>The text</h2><div class='source'><sup class='num'>[1]</sup>"
        "<mark class='s-supported' title='claim 1: supported'>&lt;ab&gt; </mark><sup class='num'>[2]</sup>"
        "<mark class='s-disputed' title='claim 2: disputed'>cd</mark></div></section>")


def test_entry_shows_speaker_state_flags_note_citation_and_final_verdict_escaped() -> None:
    ann = Judgement("ann", "disputed", "<script>x</script>", (Citation("<i>p</i>", "b.txt, characters 1\u20132"),),
                    ("javascript:alert(1)",), "2026-11-22T10:00:00Z")
    bob = Judgement("bob", "not a claim", "", (), (), "yesterday")
    final = Judgement("ed", "supported", "", (), (), "2026-11-23T10:00:00Z")
    assert entry_html(entry(1, None, None, judgements=(ann, bob), final=final)) == (
        "<article class='claim s-supported' id='claim-1'><h3><span class='num'>1.</span> "
        "<span class='speaker'>&lt;b&gt;X&lt;/b&gt;</span> <span class='badge s-supported'>supported</span> "
        "<span class='flag'>orphan: its quote is no longer in the text</span> "
        "<span class='flag'>the analysts disagreed; settled below</span></h3><p class='said'>Claim.</p>"
        "<div class='judgement final'><div class='who'>Final verdict, settled by <b class='analyst'>ed</b>: "
        "<span class='badge s-supported'>supported</span> <span class='date'>23 Nov 2026, 10:00 UTC</span></div></div>"
        "<div class='judgement'><div class='who'>Analyst <b class='analyst'>ann</b>: "
        "<span class='badge s-disputed'>disputed</span> <span class='date'>22 Nov 2026, 10:00 UTC</span></div>"
        "<p class='note'>&lt;script&gt;x&lt;/script&gt;</p><blockquote>\u201c&lt;i&gt;p&lt;/i&gt;\u201d"
        "<cite>b.txt, characters 1\u20132</cite></blockquote>"
        "<p class='note evidence'>Evidence: javascript:alert(1)</p></div>"
        "<div class='judgement'><div class='who'>Analyst <b class='analyst'>bob</b>: "
        "<span class='badge s-dismissed'>not a claim</span> <span class='date'>yesterday</span></div></div>"
        "</article>")


def test_citations_are_quoted_from_the_cited_text_only_when_it_is_a_plain_file_beside_it(folder: Path) -> None:
    evidence = (f'{REPORT.name}[0:20] "snippet"\n../{REPORT.name}[0:20] "outside"\n'
                'gone.txt[3:9] "saved words"\na.ann.verdicts.csv[0:9] "not a text"\nsee the annual report')
    assert citations_of(evidence, folder) == (
        (Citation(REPORT.read_text(encoding="utf-8")[0:20], f"{REPORT.name}, characters 0\u201320"),
         Citation("outside", f"../{REPORT.name}, characters 0\u201320"),
         Citation("saved words", "gone.txt, characters 3\u20139"),
         Citation("not a text", "a.ann.verdicts.csv, characters 0\u20139")),
        ("see the annual report",))


def test_build_report_lists_every_claim_in_order_with_states_and_orphans_last(folder: Path) -> None:
    report = build_report(folder / "a.txt", merged=True)
    entries = [(e.number, e.claim_id, e.state, e.orphan, [j.analyst for j in e.judgements]) for e in report.entries]
    assert entries[:2] + entries[3:] == [
        (1, "c1", "supported", False, ["ann"]), (2, "c2", "disagreement", False, ["ann", "bob"]),
        (4, "c9", "disputed", True, ["bob"])]
    assert (entries[2][2:], report.entries[2].quote) == (("not reviewed", False, []), "staff are happy")
    assert report.counts == {"not reviewed": 1, "supported": 1, "disputed": 1, "unverified": 0, "dismissed": 0,
                             "disagreement": 1}


def test_the_default_report_reads_only_the_file_beside_the_text(folder: Path) -> None:
    write(folder / "a.verdicts.csv", row("c3", "cy", "unverified"))
    report = build_report(folder / "a.txt")
    assert ([(e.claim_id, e.state) for e in report.entries if e.judgements], report.scope) == (
        [("c3", "unverified")], "the verdict file a.verdicts.csv")


def test_a_report_of_one_analyst(folder: Path) -> None:
    report = build_report(folder / "a.txt", analyst="bob")
    assert ([(e.claim_id, e.state) for e in report.entries if e.judgements], report.scope) == (
        [("c2", "supported"), ("c9", "disputed")], "bob's verdicts")


def test_an_unknown_analyst_is_named_with_the_known_ones(folder: Path) -> None:
    with pytest.raises(ReportError) as caught:
        build_report(folder / "a.txt", analyst="zed")
    assert str(caught.value) == f"{folder / 'a.txt'}: no verdicts by analyst 'zed'; the analysts are: ann, bob"


def test_a_reviewers_settlement_is_the_final_verdict_in_the_report(folder: Path) -> None:
    [comparison] = [c for c in compare(folder) if c.source == "a.txt"]
    settle(comparison.verdicts, "c2", "disputed", path=final_path(folder / "a.txt"), reviewer="editor",
           note="<b>settled</b>")
    report = build_report(folder / "a.txt", final=True)
    [second] = [e for e in report.entries if e.claim_id == "c2"]
    assert (second.state, second.final.analyst, second.final.note) == ("disputed", "editor", "<b>settled</b>")
    page = render_report(report)
    assert "Final verdict, settled by <b class='analyst'>editor</b>" in page and "&lt;b&gt;settled&lt;/b&gt;" in page


@pytest.mark.parametrize(("options", "name"), [
    ({}, "a.report.html"), ({"merged": True}, "a.merged.report.html"), ({"final": True}, "a.final.report.html"),
    ({"analyst": "ann"}, "a.ann.report.html"), ({"analyst": "../x y"}, "a._x_y.report.html"),
])
def test_default_output_sits_beside_the_source_and_never_leaves_the_folder(options: dict, name: str) -> None:
    options = {"analyst": None, "merged": False, "final": False, **options}
    assert default_output(Path("d/a.txt"), **options) == Path("d") / name


@pytest.mark.parametrize("out", ["a.ann.verdicts.csv", "a.txt", "a.verdicts.conflicts.csv", "report"])
def test_write_report_refuses_anything_but_an_html_file(folder: Path, out: str) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(ReportError) as caught:
        write_report(folder / "a.txt", folder / out)
    assert (str(caught.value), {p.name: p.read_bytes() for p in folder.iterdir()}) == (
        f"{folder / out}: a report is an HTML file; name the output FILE.html "
        "(it is never written over a verdict file or a source text)", before)


def test_write_report_refuses_two_scopes(folder: Path) -> None:
    with pytest.raises(ReportError) as caught:
        write_report(folder / "a.txt", merged=True, final=True)
    assert str(caught.value) == "choose one of --analyst NAME, --merged and --final"


def test_write_report_writes_beside_the_source_and_replaces_an_old_report(folder: Path) -> None:
    (folder / "a.merged.report.html").write_text("old", encoding="utf-8")
    out = write_report(folder / "a.txt", merged=True)
    assert (out, out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>"),
            sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)) == (folder / "a.merged.report.html", True, [])


def test_hostile_notes_names_and_sources_are_text_only(tmp_path: Path) -> None:
    source = hostile_seed(tmp_path, ANNOUNCEMENT)
    page = render_report(build_report(source, merged=True))
    parsed = parse(page)
    assert (set(parsed.tags) - SAFE_TAGS, parsed.attributes - SAFE_ATTRIBUTES) == (set(), set())
    text = "".join(parsed.text)
    assert [note in text for note in HOSTILE_NOTES] == [True] * len(HOSTILE_NOTES)
    assert ("<i>ann</i>" in text, "javascript:window.__pwned = 5" in text, "outside" in text) == (True, True, True)


def test_a_hostile_source_text_is_shown_as_text(tmp_path: Path) -> None:
    (tmp_path / "h.txt").write_text(HOSTILE, encoding="utf-8")
    page = render_report(build_report(tmp_path / "h.txt"))
    parsed = parse(page)
    assert (set(parsed.tags) - SAFE_TAGS, parsed.attributes - SAFE_ATTRIBUTES) == (set(), set())
    assert HOSTILE.strip() in re.sub(r"\[[0-9]+\]", "", "".join(parsed.text))


def test_the_page_asks_for_nothing_from_outside_and_prints_on_a4(folder: Path) -> None:
    page = render_report(build_report(folder / "a.txt", merged=True))
    assert ("default-src 'none'" in page, "@page{size:A4" in page, "@media print" in page,
            "http://" in page.replace("http://www.w3.org/2000/svg", ""), "https://" in page) == (
        True, True, True, False, False)


def test_esc_escapes_quotes_for_attributes() -> None:
    assert esc("'\"<&>") == "&#x27;&quot;&lt;&amp;&gt;" == html.escape("'\"<&>")


@pytest.mark.parametrize(("out", "problem"), [
    ("page.html", "is the original of an imported text"),
])
def test_write_report_refuses_an_html_file_the_workbench_keeps(folder: Path, out: str, problem: str) -> None:
    (folder / "page.txt").write_text("x", encoding="utf-8")
    (folder / "page.txt.provenance.json").write_text("{}", encoding="utf-8")
    (folder / "page.html").write_text("<p>the imported original</p>", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        write_report(folder / "a.txt", folder / out)
    assert (str(caught.value), (folder / "page.html").read_text(encoding="utf-8")) == (
        f"{folder / out}: {problem}; it was not changed; write the output to a new file "
        "(for example with -o report.html)", "<p>the imported original</p>")


def test_write_report_refuses_a_folder(folder: Path) -> None:
    (folder / "x.html").mkdir()
    with pytest.raises(ReportError) as caught:
        write_report(folder / "a.txt", folder / "x.html")
    assert str(caught.value) == f"{folder / 'x.html'}: is a folder; name an .html file to write the report to"
