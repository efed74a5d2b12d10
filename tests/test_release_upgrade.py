"""Upgrades keep analysts' work: a verdict file saved by release 0.1's extractor on the seed stays attached."""
import csv
import shutil
from pathlib import Path

import claims
from conftest import ANNOUNCEMENT

FIXTURE = Path(__file__).parent / "fixtures" / "release_0_1" / "001_171feed66f9bd120.verdicts.csv"
ANALYST = "release-0.1 analyst"


def _saved() -> list[dict[str, str]]:
    """The rows release 0.1 wrote, as read from the fixture with the csv module."""
    with FIXTURE.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _opened(tmp_path: Path) -> list[dict[str, object]]:
    """The review table of a seed copy that carries the old verdict file."""
    source = tmp_path / ANNOUNCEMENT.name
    shutil.copy2(ANNOUNCEMENT, source)
    shutil.copy2(FIXTURE, claims.verdicts_path(source))
    return claims.review_table(source, ANALYST).to_dict("records")


def test_every_old_verdict_is_on_its_quote_or_an_orphan(tmp_path: Path) -> None:
    """Each saved verdict appears again with its note, on a row holding its quote, or as an orphan."""
    rows = _opened(tmp_path)
    kept = []
    for old in _saved():
        matches = [r for r in rows if r["verdict"] == old["verdict"] and r["note"] == old["note"]
                   and (old["quote"] in r["quote"] or r["orphan"])]
        kept.append((old["quote"], len(matches)))
    assert kept == [(row["quote"], 1) for row in _saved()]


def test_old_verdicts_keep_their_text_and_none_become_orphans(tmp_path: Path) -> None:
    """The seed did not change, so every old quote is found again: none is an orphan, offsets hold."""
    rows = {r["claim_id"]: r for r in _opened(tmp_path)}
    text = ANNOUNCEMENT.read_text(encoding="utf-8")
    found = [(old["claim_id"], rows[old["claim_id"]]["orphan"],
              text[rows[old["claim_id"]]["start"]:rows[old["claim_id"]]["end"]] == old["quote"])
             for old in _saved()]
    assert found == [(old["claim_id"], False, True) for old in _saved()]


def test_the_fixture_is_a_release_file() -> None:
    """The fixture holds nine verdicts of one analyst over four speakers (so the test above can fail)."""
    rows = _saved()
    assert (len(rows), {r["analyst"] for r in rows}, len({r["speaker"] for r in rows})) == (9, {ANALYST}, 4)
