"""How far a row's speaker is trusted: cue families, nearness, buckets, shrunk shares and their words."""
import math

import pytest

import claims
from claims.extract import confidence
from claims.extract.confidence import (CHECK_BELOW, NEAR_AFTER, NEAR_BEFORE, Confidence, bucket_keys, confidence_of,
                                       cue_family, describe, folded_alike, measured_table, named_near, naming, naming_words,
                                       row_confidence, row_keys, share_of, share_words)
from tests.conftest import ANNOUNCEMENT


@pytest.mark.parametrize(("cue", "family"), [
    ("said", "speech"), ("said:", "speech"), ("told the meeting that", "speech"), ("denied that", "speech"),
    ("quotation continues", "continues"), ("Quotation  continues", "continues"), ("transcript", "transcript"),
    ("issued the release", "release"), ("according to", "according"), ("According to its figures", "according"),
    ("show that", "finding"), ("was rated", "finding"), ("has found", "finding"), ("highlights:", "finding"),
    ("Key highlights:", "lead-in"), ("The key findings were:", "lead-in"), ("", "lead-in"),
])
def test_cue_family(cue: str, family: str) -> None:
    assert cue_family(cue) == family


@pytest.mark.parametrize(("gap", "near"), [(0, True), (1, False)])
def test_a_name_is_near_up_to_the_limit_before(gap: int, near: bool) -> None:
    text = "Acme Water" + " " * (NEAR_BEFORE - 10 + gap) + "CLAIM"
    start = len(text) - 5
    assert [named_near(text, "Acme Water", start, start + 5), named_near(text, "ACME WATER", start, start + 5)] == \
        [near, near]


@pytest.mark.parametrize(("gap", "near"), [(0, True), (1, False)])
def test_a_name_is_near_up_to_the_limit_after(gap: int, near: bool) -> None:
    text = "CLAIM" + " " * (NEAR_AFTER - 10 + gap) + "acme water"
    assert named_near(text, "Acme Water", 0, 5) is near


@pytest.mark.parametrize(("gap", "near"), [(0, True), (1, False)])
def test_the_limit_holds_where_folding_lengthens_the_text(gap: int, near: bool) -> None:
    # `ß` folds to `ss`: offsets in the folded text would drift by one per `ß`, so the window is folded alone
    text = "Straße " * 30 + "Acme Water" + " " * (NEAR_BEFORE - 10 + gap) + "CLAIM" + " Große" * 30
    start = text.index("CLAIM")
    assert (folded_alike(text), named_near(text, "ACME WATER", start, start + 5)) == (None, near)


def test_a_text_that_folds_alike_is_folded_once() -> None:
    text = "Acme Water said the CLAIM"
    assert (folded_alike(text), folded_alike(text) is folded_alike(text)) == ("acme water said the claim", True)


def test_an_empty_speaker_is_never_near() -> None:
    assert named_near("said the claim", "", 0, 5) is False


def test_bucket_keys_go_from_finest_to_all() -> None:
    assert bucket_keys("speech", "person", True) == ("speech person near name", "speech person", "person", "all")
    assert bucket_keys("finding", "organisation", False, "described") == (
        "finding organisation far described", "finding organisation", "organisation", "all")


@pytest.mark.parametrize(("speaker", "kind", "given"), [
    ("Jo Roe", "person", "name"), ("Áine Ní Bhriain", "person", "name"), ("Ludwig van Damme", "person", "name"),
    ("Harrowdale Borough Council", "organisation", "name"), ("Chief Executive Officer", "organisation", "name"),
    ("the floods minister has", "person", "described"), ("The coroner", "person", "described"),
    ("its principal", "person", "described"), ("The SRA", "inspectorate", "described"),
    ("Auditor Nancy Cole", "person", "described"), ("Greenway's regional director", "person", "described"),
    ("Regional Administrator Karen Holt", "person", "described"), ("Chief Inspector Fiona Marchbank", "person", "described"),
    ("Jo Roe and Sam Lee", "person", "described"), ("", "person", "described"),
])
def test_naming_tells_a_name_from_a_description(speaker: str, kind: str, given: str) -> None:
    assert naming(speaker, kind) == given


@pytest.mark.parametrize(("speaker", "kind", "words"), [
    ("Jo Roe", "person", ""), ("The coroner", "person", " named by a description"), ("the firm", "unresolved", "")])
def test_naming_words(speaker: str, kind: str, words: str) -> None:
    assert naming_words(speaker, kind) == words


TABLE = {"prior_weight": 10, "buckets": {
    "all": {"right": 80, "measured": 100},
    "organisation": {"right": 30, "measured": 50},
    "speech organisation": {"right": 0, "measured": 0},
    "speech organisation far name": {"right": 5, "measured": 10}}}


def test_a_share_is_shrunk_towards_the_coarser_buckets_and_skips_unmeasured_ones() -> None:
    organisation = (30 + 10 * 0.8) / (50 + 10)
    assert confidence_of(bucket_keys("speech", "organisation", False), TABLE) == Confidence(
        (5 + 10 * organisation) / (10 + 10), 5, 10, "speech organisation far name")
    assert confidence_of(bucket_keys("speech", "organisation", True), TABLE) == Confidence(
        organisation, 30, 50, "organisation")
    assert confidence_of(("person", "all"), TABLE) == Confidence(0.8, 80, 100, "all")
    assert confidence_of(("person",), TABLE) is None


def test_only_the_table_s_coarsest_levels_are_used() -> None:
    two = {**TABLE, "levels": 2}
    assert confidence_of(bucket_keys("speech", "organisation", False), two) == Confidence(
        (30 + 10 * 0.8) / (50 + 10), 30, 50, "organisation")
    assert confidence_of(bucket_keys("speech", "organisation", False), {**TABLE, "levels": 1}) == Confidence(
        0.8, 80, 100, "all")


def test_the_shipped_measurement_adds_up() -> None:
    table = measured_table()
    buckets = dict(table["buckets"])
    assert all(0 <= b["right"] <= b["measured"] for b in buckets.values())
    kinds = [key for key in buckets if len(key.split()) == 1 and key != "all"]
    assert sum(buckets[k]["measured"] for k in kinds) == buckets["all"]["measured"] > 400
    assert table["prior_weight"] > 0 and table["measured_on"]


def test_row_keys_read_the_cue_the_kind_and_the_name_near_the_claim() -> None:
    text = "Brightway plc said sales rose. Its annual report shows that costs fell."
    assert row_keys(text, "Brightway plc", "organisation", "shows that", (59, 69)) == (
        "finding organisation near name", "finding organisation", "organisation", "all")
    assert row_keys(text, "Acme Water", "person", "said", (20, 29)) == ("speech person far name", "speech person",
                                                                        "person", "all")
    assert row_keys(text, "its chief executive", "person", "said", (20, 29)) == (
        "speech person far described", "speech person", "person", "all")


def test_row_confidence_is_none_for_an_unresolved_speaker_and_shares_are_rounded() -> None:
    text = "Acme Water said profits rose by a fifth."
    assert row_confidence(text, "the firm", "unresolved", "said", (16, 40)) is None
    found = row_confidence(text, "Acme Water", "organisation", "said", (16, 40))
    assert found == confidence_of(row_keys(text, "Acme Water", "organisation", "said", (16, 40)))
    levels = int(measured_table()["levels"])
    assert found is not None and found.bucket == bucket_keys("speech", "organisation", True)[-levels]
    assert share_of(found) == round(found.share, 3)
    assert math.isnan(share_of(None))


@pytest.mark.parametrize(("bucket", "words"), [
    ("all", "all attributions"),
    ("organisation", "organisation speakers"),
    ("speech organisation", "organisation speakers through a reporting verb (said, added)"),
    ("finding inspectorate far", "inspectorate speakers through a finding verb (show, found, rated), "
                                 "not named near the claim"),
    ("continues person near", "person speakers through a quotation that goes on, named near the claim"),
    ("speech person near name", "person speakers through a reporting verb (said, added), named near the claim"),
    ("speech person near described", "person speakers through a reporting verb (said, added), described near the "
                                     "claim by a role, not a name (the coroner, Auditor Jo Roe)"),
    ("finding person far described", "person speakers through a finding verb (show, found, rated), described by a "
                                     "role, not a name (the coroner, Auditor Jo Roe), not near the claim"),
    ("rumour organisation", "organisation speakers through rumour"),
])
def test_describe(bucket: str, words: str) -> None:
    assert describe(bucket) == words


@pytest.mark.parametrize(("share", "words"), [
    (math.nan, ""),
    (0.968, "; 97% of such speakers right on unseen texts"),
    (0.909, "; 91% of such speakers right on unseen texts: check it"),
    (CHECK_BELOW, "; 96% of such speakers right on unseen texts"),
    (0.751, "; 75% of such speakers right on unseen texts: check it"),
])
def test_share_words(share: float, words: str) -> None:
    assert share_words(share) == words


def test_the_table_carries_each_row_s_share() -> None:
    table = claims.extract_claims(ANNOUNCEMENT)
    text = ANNOUNCEMENT.read_text(encoding="utf-8")
    expected = [share_of(confidence.row_confidence(text, r.speaker, r.speaker_kind, r.cue, (r.start, r.end)))
                for r in table.itertuples()]
    assert table.speaker_confidence.tolist() == pytest.approx(expected, nan_ok=True)
    assert table.speaker_confidence.between(0, 1).all()


def test_row_keys_work_out_only_the_levels_asked_for() -> None:
    text = "Brightway plc said sales rose. Its annual report shows that costs fell."
    assert [row_keys(text, "Brightway plc", "organisation", "shows that", (59, 69), levels) for levels in (1, 2, 3)] == [
        ("all",), ("organisation", "all"), ("finding organisation", "organisation", "all")]
