"""The claims table and summary for notebooks: state colours, escaped cells, counts, chart, CSV path."""
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

from claims.report import TABLE_COLUMNS, claim_states, review_summary, state_counts, state_style, style_claims


def table(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """A small review table from (claim, verdict, dismissed) triples."""
    return pd.DataFrame([{"claim_id": f"c{i}", "speaker": "The Council", "claim": claim, "verdict": verdict,
                          "note": "", "evidence": "", "dismissed": dismissed}
                         for i, (claim, verdict, dismissed) in enumerate(rows)])


SAMPLE = table([("Leaks fell.", "supported", ""), ("Bills rose.", "disputed", ""), ("Trees.", "", ""),
                ("Not one.", "", "yes"), ("Halved.", "unverified", ""), ("Again.", "disputed", "yes")])


def test_claim_states() -> None:
    assert claim_states(SAMPLE).tolist() == ["supported", "disputed", "not reviewed", "dismissed",
                                             "unverified", "dismissed"]


@pytest.mark.parametrize("state, css", [
    ("supported", "background-color: #d4edda; font-weight: bold"),
    ("disputed", "background-color: #f8d7da; font-weight: bold"),
    ("unverified", "background-color: #fff3cd; font-weight: bold"),
    ("dismissed", "background-color: #e2e3e5; font-weight: bold"),
    ("not reviewed", ""),
    ("anything else", ""),
])
def test_state_style(state: str, css: str) -> None:
    assert state_style(state) == css


def test_style_claims_colours_states_and_escapes_cells() -> None:
    hostile = table([("<img src=x onerror=alert(1)>", "disputed", "")])
    styled = style_claims(hostile)
    assert list(styled.data.columns) == list(TABLE_COLUMNS)
    page = styled.to_html()
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "background-color: #f8d7da" in page and "1 claims" in page


def test_state_counts_lists_every_state_in_order() -> None:
    assert state_counts(SAMPLE).to_dict() == {"not reviewed": 1, "supported": 1, "disputed": 1,
                                              "unverified": 1, "dismissed": 2}
    assert state_counts(SAMPLE.iloc[:0]).to_dict() == {"not reviewed": 0, "supported": 0, "disputed": 0,
                                                 "unverified": 0, "dismissed": 0}


def test_summary_counts_chart_and_path(tmp_path: Path) -> None:
    path = tmp_path / "<x>.verdicts.csv"
    summary = review_summary(SAMPLE, path)
    assert (summary.reviewed, summary.total, summary.csv_path) == (3, 4, path)
    assert isinstance(summary.figure, Figure)
    bars = summary.figure.axes[0].patches
    assert sorted(int(bar.get_width()) for bar in bars) == [1, 1, 1, 1, 2]
    page = summary._repr_html_()
    assert "<b>3</b> of 4 claims reviewed." in page
    assert f"<code class='claims-csv-path'>{tmp_path}/&lt;x&gt;.verdicts.csv</code>" in page
    assert "data:image/png;base64," in page
