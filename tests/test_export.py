"""schema.org ClaimReview export: structure, rating scale, warnings, safe embedding."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from claims.export import (
    BEST_RATING,
    RATING_VALUES,
    WORST_RATING,
    claim_review,
    claim_reviews,
    export_warnings,
    speaker_type,
    to_jsonld,
)
from claims.model import VERDICT_COLUMNS, VERDICTS


def row(**changes: object) -> dict[str, object]:
    """A reviewed verdict row."""
    base: dict[str, object] = {
        "claim_id": "c1", "source": "press.txt", "speaker": "Norfolk County Council", "claim": "Schools improved.",
        "quote": "schools improved", "start": 0, "end": 16, "verdict": "disputed", "note": "internal note",
        "evidence": "https://e.x", "analyst": "Ann Lee", "updated_at": "2026-11-22T15:47:13Z",
        "source_sha256": "", "origin": "extracted", "dismissed": ""}
    return {**base, **changes}


def test_claim_review_has_every_field_google_reads() -> None:
    review = claim_review(row(), url="https://factcheck.example/norfolk", publisher="Check Org",
                          source_url="https://norfolk.gov.uk/press/1")
    assert review == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://factcheck.example/norfolk",
        "claimReviewed": "Schools improved.",
        "reviewRating": {"@type": "Rating", "alternateName": "Disputed", "ratingValue": 1,
                         "bestRating": 3, "worstRating": 1},
        "reviewBody": "internal note",
        "itemReviewed": {"@type": "Claim",
                         "author": {"@type": "Organization", "name": "Norfolk County Council"},
                         "appearance": "https://norfolk.gov.uk/press/1"},
        "author": {"@type": "Person", "name": "Ann Lee", "worksFor": {"@type": "Organization", "name": "Check Org"}},
        "publisher": {"@type": "Organization", "name": "Check Org"},
        "datePublished": "2026-11-22T15:47:13Z",
    }


def test_claim_review_without_settings_names_the_source_file() -> None:
    review = claim_review(row(speaker="", updated_at=""))
    assert (review["itemReviewed"], review["author"], "url" in review, "datePublished" in review) == (
        {"@type": "Claim", "appearance": {"@type": "CreativeWork", "name": "press.txt"}},
        {"@type": "Person", "name": "Ann Lee"}, False, False)


def test_rating_scale_runs_from_disputed_to_supported() -> None:
    ratings = {v: claim_review(row(verdict=v))["reviewRating"] for v in VERDICTS}
    assert {v: (r["alternateName"], r["ratingValue"]) for v, r in ratings.items()} == {
        "supported": ("Supported", 3), "disputed": ("Disputed", 1), "unverified": ("Unverified", 2)}
    assert (WORST_RATING, BEST_RATING) == (min(RATING_VALUES.values()), max(RATING_VALUES.values()))


@pytest.mark.parametrize(("name", "kind"), [
    ("Michael Rosen", "Person"), ("Mr Rosen", "Person"), ("Dr. Jane Smith-Jones", "Person"),
    ("Norfolk County Council", "Organization"), ("Ofsted", "Organization"), ("NHS England", "Organization"),
    ("Department for Education", "Organization"), ("the council", "Organization"), ("", "Organization"),
])
def test_speaker_type_tells_people_from_organisations(name: str, kind: str) -> None:
    assert speaker_type(name) == kind


def test_claim_reviews_skip_unreviewed_and_dismissed_rows_and_never_export_evidence() -> None:
    frame = pd.DataFrame([row(), row(claim_id="c2", verdict=""), row(claim_id="c3", dismissed="yes")],
                         columns=list(VERDICT_COLUMNS))
    reviews, _ = claim_reviews(frame, url="https://f.example/a", publisher="P", source_url="https://s.example")
    assert [r["claimReviewed"] for r in reviews] == ["Schools improved."]
    assert [r["reviewBody"] for r in reviews] == ["internal note"]
    assert "https://e.x" not in json.dumps(reviews)


@pytest.mark.parametrize("note", ["", "   \n"])
def test_an_empty_note_gives_no_review_body(note: str) -> None:
    assert "reviewBody" not in claim_review(row(note=note))


def test_a_hostile_note_is_carried_as_text_and_cannot_end_a_script_element() -> None:
    note = '</script><script>window.__pwned=1</script> =HYPERLINK("http://x")'
    text = to_jsonld([claim_review(row(note=note))])
    assert ("</script>" in text, json.loads(text)[0]["reviewBody"]) == (False, note)


def test_warnings_cover_googles_rules() -> None:
    rows = [row(claim="x" * 76, speaker=""), row(claim_id="c2", analyst="Bob", verdict="supported", updated_at="")]
    assert export_warnings(rows, url="", publisher="", source_url="") == [
        "no --url: Google requires url, the page that publishes the fact check",
        "no --publisher: Google expects the publishing organisation as author",
        "no --source-url: itemReviewed.appearance names the source file, not a web address",
        "claim c1 (Ann Lee): claimReviewed is 76 characters; Google recommends at most 75; shorten the claim",
        "claim c1 (Ann Lee): no speaker, so itemReviewed has no author; Google recommends one",
        "claim c2 (Bob): no updated_at, so there is no datePublished",
    ]


def test_warnings_for_bad_addresses_disagreement_and_nothing_to_export() -> None:
    rows = [row(), row(analyst="Bob", verdict="supported")]
    assert export_warnings(rows, url="factcheck.example", publisher="P", source_url="file:///x") == [
        "--url 'factcheck.example' is not an http(s) address; Google requires a web page",
        "--source-url 'file:///x' is not an http(s) address",
        "claim c1: analysts disagree (Ann Lee: disputed, Bob: supported); agree on one verdict (or export one "
        "--analyst) before publishing",
    ]
    assert export_warnings([], url="", publisher="", source_url="") == [
        "nothing to export: no claim in the file has a verdict"]


def test_jsonld_is_valid_json_and_safe_inside_a_script_element() -> None:
    review = claim_review(row(claim="</script><script>alert(1)</script> & \u2028", speaker="A&B <Ltd>"))
    text = to_jsonld([review])
    assert ("<" in text, ">" in text, "&" in text, "\u2028" in text) == (False, False, False, False)
    assert json.loads(text) == [review]
