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


UNNAMED = "Harbour pay review\n\nPorters had waited 14 months for a rise, the Agency said on Monday.\n"


def test_a_verdict_saved_under_a_speaker_shown_in_other_capitals_stays_on_its_claim(tmp_path: Path) -> None:
    """Wave 50g shows an unresolved speaker in the text's capitals (`the Agency`, was `the agency`): a verdict saved
    by an older release under the lower-case name is on its claim, never an orphan beside an unreviewed twin."""
    source = tmp_path / "a.txt"
    source.write_text(UNNAMED, encoding="utf-8")
    claim_id = review_table(source, "ann")["claim_id"].tolist()[0]
    record_verdict(source, claim_id, "supported", analyst="ann", note="checked with the agency's own figures")
    saved = source.with_name("a.verdicts.csv")
    saved.write_text(saved.read_text(encoding="utf-8").replace(",the Agency,", ",the agency,"), encoding="utf-8")
    source.with_name("a.verdicts.journal.jsonl").unlink()
    table = review_table(source, "ann")
    assert table[["speaker", "quote", "verdict", "note", "orphan"]].values.tolist() == [
        ["the agency", "Porters had waited 14 months for a rise", "supported", "checked with the agency's own figures",
         False]]


def test_a_verdict_under_another_speaker_still_never_moves(tmp_path: Path) -> None:
    """Capitals aside, another speaker's words are another claim: the verdict is an orphan, the claim listed apart."""
    source = tmp_path / "a.txt"
    source.write_text(UNNAMED, encoding="utf-8")
    claim_id = review_table(source, "ann")["claim_id"].tolist()[0]
    record_verdict(source, claim_id, "supported", analyst="ann")
    saved = source.with_name("a.verdicts.csv")
    saved.write_text(saved.read_text(encoding="utf-8").replace(",the Agency,", ",the Board,"), encoding="utf-8")
    source.with_name("a.verdicts.journal.jsonl").unlink()
    table = review_table(source, "ann")
    assert table[["speaker", "verdict", "orphan"]].values.tolist() == [
        ["the Agency", "", False], ["the Board", "supported", True]]
