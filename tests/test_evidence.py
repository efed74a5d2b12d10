"""Evidence: passages split with exact offsets, ranked by TF-IDF cosine, own span excluded, citations."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics.pairwise import cosine_similarity

import claims.evidence as evidence
from claims.evidence import (
    EVIDENCE_COLUMNS,
    PASSAGE_COLUMNS,
    EvidenceError,
    add_citation,
    build_index,
    cited_spans,
    folder_sources,
    evidence_items,
    format_citation,
    mark_cited,
    search_passages,
    index_folder,
    own_span_bounds,
    parse_citation,
    passages_of,
    rank_evidence,
    remove_citation,
    split_passages,
)
from claims.extract import extract_claims
from claims.model import Source

from conftest import ANNOUNCEMENT, REPORT, SEEDS


def source(name: str, text: str) -> Source:
    """A Source made in memory."""
    return Source(path=name, name=name, text=text, sha256="0" * 64, encoding="utf-8")


def claim_row(claim_id: str, name: str, text: str, quote: str, claim: str = "") -> dict:
    """A claims-table row whose quote is found in text."""
    start = text.index(quote)
    return {"claim_id": claim_id, "source": name, "speaker": "", "claim": claim or quote, "quote": quote,
            "start": start, "end": start + len(quote)}


@pytest.mark.parametrize("text, pieces", [
    ("One. Two.", ["One.", "Two."]),
    ("Mr. Smith said so. He left.", ["Mr. Smith said so.", "He left."]),
    ("The U.S. Army came. Then J. R. Tolkien wrote.", ["The U.S. Army came.", "Then J. R. Tolkien wrote."]),
    ("“It works.” She said it twice.", ["“It works.”", "She said it twice."]),
    ("Para one\ncontinues here.\n\nPara two.", ["Para one\ncontinues here.", "Para two."]),
    ("Highlights:\n-first point;\n-second point.", ["Highlights:", "-first point;", "-second point."]),
    ("Rates rose 3.5 per cent. Costs fell.", ["Rates rose 3.5 per cent.", "Costs fell."]),
    ("  \n\n --- \n\n", []),
    ("", []),
    ("no full stop at all", ["no full stop at all"]),
])
def test_split_passages(text: str, pieces: list[str]) -> None:
    assert [text[start:end] for start, end in split_passages(text)] == pieces


def test_split_passages_on_the_seed_keeps_exact_offsets() -> None:
    text = ANNOUNCEMENT.read_text(encoding="utf-8")
    spans = split_passages(text)
    assert len(spans) == 20
    assert all(text[start:end] == text[start:end].strip() and start < end for start, end in spans)
    assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))
    assert text[slice(*spans[0])] == ("Michael Rosen, the Director of Children’s Services at Norfolk County "
                                      "Council has today announced he is moving on from his role.")


def test_passages_of_lists_sources_in_order_with_columns() -> None:
    table = passages_of([source("a.txt", "First one. Second one."), source("b.txt", "Third one.")])
    assert list(table.columns) == list(PASSAGE_COLUMNS)
    assert table.to_dict("records") == [
        {"source": "a.txt", "start": 0, "end": 10, "text": "First one."},
        {"source": "a.txt", "start": 11, "end": 22, "text": "Second one."},
        {"source": "b.txt", "start": 0, "end": 10, "text": "Third one."},
    ]


def test_other_source_ranks_first_and_own_span_is_excluded() -> None:
    a = "The council cut waiting times for hospital patients. Parks opened."
    b = "Waiting times for hospital patients were cut, the council says. Bins were emptied."
    claims = pd.DataFrame([claim_row("c1", "a.txt", a, "The council cut waiting times for hospital patients.")])
    table = rank_evidence(build_index([source("a.txt", a), source("b.txt", b)]), claims)
    assert list(table.columns) == list(EVIDENCE_COLUMNS)
    assert table[["claim_id", "rank", "source", "start", "end"]].to_dict("records") == [
        {"claim_id": "c1", "rank": 1, "source": "b.txt", "start": 0, "end": 63}]
    assert table.loc[0, "citation"] == 'b.txt[0:63] "Waiting times for hospital patients were cut, the council says."'
    assert 0 < table.loc[0, "score"] < 1


def test_rest_of_the_same_text_counts_as_evidence() -> None:
    a = "The trust hired 300 nurses. Later the trust said it hired 300 nurses again. Unrelated words here."
    claims = pd.DataFrame([claim_row("c1", "a.txt", a, "The trust hired 300 nurses.")])
    table = rank_evidence(build_index([source("a.txt", a)]), claims)
    assert table[["source", "start", "end", "text"]].to_dict("records") == [
        {"source": "a.txt", "start": 28, "end": 75, "text": "Later the trust said it hired 300 nurses again."}]


def test_a_claim_spanning_two_passages_excludes_both() -> None:
    a = "Nurses were hired. Nurses were paid. Nurses were hired and paid."
    claims = pd.DataFrame([claim_row("c1", "a.txt", a, "hired. Nurses were paid")])
    table = rank_evidence(build_index([source("a.txt", a)]), claims)
    assert table["start"].tolist() == [37]


def test_scores_match_sklearn_cosine_similarity_on_the_seeds() -> None:
    sources = [evidence.load_source(path) for path in (REPORT, ANNOUNCEMENT)]
    index = build_index(sources)
    claims = extract_claims(sources[1])
    table = rank_evidence(index, claims, k=3)
    expected = cosine_similarity(index.vectorizer.transform(evidence.claim_queries(claims)), index.matrix)
    lo, hi = own_span_bounds(index.passages, claims)
    for row, (first, last) in enumerate(zip(lo, hi)):
        expected[row, first:last] = 0
    best = np.sort(expected, axis=1)[:, ::-1][:, :3]
    got = table.pivot(index="claim_id", columns="rank", values="score").reindex(claims["claim_id"]).fillna(0)
    np.testing.assert_allclose(got.to_numpy(), np.round(best, 4), atol=1e-4)
    assert (table["source"] + table["start"].astype(str)).isin(
        index.passages["source"] + index.passages["start"].astype(str)).all()


def test_the_announcement_finds_the_same_words_in_the_report() -> None:
    sources = [evidence.load_source(path) for path in (REPORT, ANNOUNCEMENT)]
    claims = extract_claims(sources[1])
    pleased = claims[claims["quote"].str.startswith("I’m pleased that inspectors")]
    table = rank_evidence(build_index(sources), pleased, k=1)
    start = sources[0].text.index("'I'm pleased that inspectors")
    end = sources[0].text.index("in our approach.", start) + len("in our approach.")
    assert table[["source", "start", "end"]].to_dict("records") == [{"source": REPORT.name, "start": start, "end": end}]


def test_batch_equals_one_claim_at_a_time_and_blocks_do_not_matter(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [evidence.load_source(path) for path in (REPORT, ANNOUNCEMENT)]
    index = build_index(sources)
    claims = pd.concat([extract_claims(s) for s in sources], ignore_index=True)
    batch = rank_evidence(index, claims)
    single = pd.concat([rank_evidence(index, claims.iloc[[i]]) for i in range(len(claims))], ignore_index=True)
    pd.testing.assert_frame_equal(batch, single)
    monkeypatch.setattr(evidence, "BLOCK_CELLS", 7)
    pd.testing.assert_frame_equal(rank_evidence(index, claims), batch)
    assert batch.groupby("claim_id")["rank"].max().max() == 5
    assert (batch.groupby("claim_id")["score"].apply(lambda s: s.is_monotonic_decreasing)).all()


@pytest.mark.parametrize("k, expected", [(0, 0), (1, 1), (2, 2), (50, 2)])
def test_k_limits_and_no_zero_scores(k: int, expected: int) -> None:
    a = "Nurses were hired. Doctors were hired. Nurses and doctors were hired. Bins emptied."
    claims = pd.DataFrame([claim_row("c1", "a.txt", a, "Nurses and doctors were hired.")])
    table = rank_evidence(build_index([source("a.txt", a)]), claims, k=k)
    assert len(table) == expected
    assert "Bins emptied." not in table["text"].tolist()


def test_claims_of_unknown_sources_or_orphans_still_rank() -> None:
    a = "Nurses were hired. Doctors were hired."
    claims = pd.DataFrame([{"claim_id": "x", "source": "gone.txt", "speaker": "", "claim": "Nurses were hired.",
                            "quote": "Nurses were hired.", "start": 0, "end": 18}])
    table = rank_evidence(build_index([source("a.txt", a)]), claims)
    assert table[["source", "start"]].to_dict("records") == [{"source": "a.txt", "start": 0},
                                                             {"source": "a.txt", "start": 19}]


@pytest.mark.parametrize("texts", [[], [""], ["the and of a"]])
def test_nothing_to_search_gives_an_empty_table(texts: list[str]) -> None:
    index = build_index([source(f"{i}.txt", t) for i, t in enumerate(texts)])
    claims = pd.DataFrame([{"claim_id": "c", "source": "0.txt", "speaker": "", "claim": "x y", "quote": "x y",
                            "start": 0, "end": 3}])
    table = rank_evidence(index, claims)
    assert list(table.columns) == list(EVIDENCE_COLUMNS) and table.empty


def test_a_claims_table_without_the_needed_columns_is_refused() -> None:
    index = build_index([source("a.txt", "Some words here.")])
    with pytest.raises(EvidenceError, match="no column quote, start"):
        rank_evidence(index, pd.DataFrame({"claim_id": ["c"], "source": ["a.txt"], "claim": ["x"], "end": [1]}))


def test_folder_sources_reads_txt_files_and_says_why_others_are_skipped(seeds_copy: Path) -> None:
    (seeds_copy / "empty.txt").write_bytes(b"")
    (seeds_copy / "notes.md").write_text("ignored", encoding="utf-8")
    sources, skipped = folder_sources(seeds_copy / ANNOUNCEMENT.name)
    assert [s.name for s in sources] == [REPORT.name, ANNOUNCEMENT.name]
    assert len(skipped) == 1 and "empty.txt: the file is empty" in skipped[0]
    assert index_folder(seeds_copy).skipped == skipped
    assert index_folder(SEEDS).passages["source"].unique().tolist() == [REPORT.name, ANNOUNCEMENT.name]


@pytest.mark.parametrize("text, expected", [
    ("Short one.", 'a.txt[3:13] "Short one."'),
    ("Line\nbreaks   and\ttabs.", 'a.txt[3:13] "Line breaks and tabs."'),
    ("x" * 300, 'a.txt[3:13] "' + "x" * 300 + '"'),  # the whole passage, not a snippet
    ('He said "yes".', 'a.txt[3:13] "He said "yes"."'),
])
def test_format_citation(text: str, expected: str) -> None:
    assert format_citation("a.txt", 3, 13, text) == expected


@pytest.mark.parametrize("line, expected", [
    ('000_f0f58b44150a9287.txt[1234:1390] "text…"', ("000_f0f58b44150a9287.txt", 1234, 1390)),
    ('  odd [name].txt[5:9] "x"  ', ("odd [name].txt", 5, 9)),
    ("https://example.org/report", None),
    ("a.txt[5:x]", None),
    ("", None),
])
def test_parse_citation(line: str, expected: tuple | None) -> None:
    assert parse_citation(line) == expected


def test_citations_are_added_once_and_removed_leaving_free_text() -> None:
    first, second = format_citation("a.txt", 0, 5, "Alpha"), format_citation("b.txt", 7, 9, "Be")
    cell = add_citation("see https://example.org", first)
    cell = add_citation(cell, second)
    assert add_citation(cell, format_citation("a.txt", 0, 5, "Alpha, reworded")) == cell
    assert cell == f"see https://example.org\n{first}\n{second}"
    assert cited_spans(cell) == [("a.txt", 0, 5), ("b.txt", 7, 9)]
    assert remove_citation(cell, "a.txt", 0, 5) == f"see https://example.org\n{second}"
    assert remove_citation("", "a.txt", 0, 5) == ""
    assert add_citation("", first) == first


def test_format_citation_cuts_only_when_asked() -> None:
    assert format_citation("a.txt", 3, 13, "x" * 100, width=10) == 'a.txt[3:13] "' + "x" * 9 + '…"'


def test_evidence_items_tell_passages_urls_and_free_text_apart() -> None:
    cell = 'a.txt[1:5] "Alpha"\n\n  https://example.org/r?id=1 \nwww.example.org\nsee the council minutes, p. 4'
    assert evidence_items(cell) == [("passage", 'a.txt[1:5] "Alpha"'), ("url", "https://example.org/r?id=1"),
                                    ("url", "www.example.org"), ("text", "see the council minutes, p. 4")]
    assert evidence_items("") == [] and evidence_items(None) == []


def test_search_passages_finds_whole_passages_by_words() -> None:
    index = build_index([source("a.txt", "Cats sleep all day. Dogs bark at night."),
                         source("b.txt", "Nothing here. The dogs of the town bark loudly at night.")])
    found = search_passages(index, "dogs bark night", k=5)
    assert found[["source", "start", "end"]].values.tolist() == [["a.txt", 20, 39], ["b.txt", 14, 56]]
    assert found["citation"].tolist()[1] == 'b.txt[14:56] "The dogs of the town bark loudly at night."'
    assert search_passages(index, "   ").empty and search_passages(index, "zebra").empty


def test_mark_cited_marks_exactly_the_cited_passages() -> None:
    index = build_index([source("a.txt", "Cats sleep all day. Dogs bark at night.")])
    found = search_passages(index, "cats dogs", k=5)
    marked = mark_cited(found, f"free text\n{found['citation'].iloc[1]}")
    assert marked["cited"].tolist() == [False, True]
