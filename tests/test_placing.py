"""Placing saved claims in a changed text: what counts as the same words and the same speaker."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from claims.verdicts import record_verdict, review_table

ACCENTED = ("Café Nérée results\n\nRenée Müller, chief executive of Café Nérée Ltd, said: \"Our café in Zürich "
            "served 40 per cent more customers this year.\"\n\nThe company said its crème brûlée sales had doubled.\n")


def test_a_text_re_saved_in_decomposed_unicode_keeps_every_verdict_on_its_claim(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ACCENTED, encoding="utf-8")
    ids = review_table(source, "ann")["claim_id"].tolist()
    for claim_id, verdict in zip(ids, ("supported", "disputed")):
        record_verdict(source, claim_id, verdict, analyst="ann")
    source.write_text(unicodedata.normalize("NFD", ACCENTED), encoding="utf-8")
    table = review_table(source, "ann")
    assert table[["claim_id", "verdict", "orphan"]].values.tolist() == [
        [ids[0], "supported", False], [ids[1], "disputed", False]]
