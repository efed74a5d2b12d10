"""Exports of reviewed claims: schema.org ClaimReview as JSON-LD.

Each reviewed row (a verdict, not dismissed) becomes one `ClaimReview`:

* `claimReviewed`: the claim's text; `url`: the page that publishes the fact check (`--url`);
* `reviewRating`: a `Rating` whose `alternateName` is the verdict in words (the part Google shows),
  on this scale: `disputed` = 1 (`worstRating`), `unverified` = 2, `supported` = 3 (`bestRating`);
* `itemReviewed`: a `Claim` whose `author` is the speaker (a `Person` when the name reads like a
  person's, see `speaker_type`, else an `Organization`) and whose `appearance` is where the claim was
  made (`--source-url`, else a `CreativeWork` named after the source file);
* `author`: the analyst as a `Person` (who `worksFor` the publisher, when `--publisher` is given,
  which is then also the `publisher`); `datePublished`: the row's `updated_at`;
* `reviewBody`: the analyst's note (the reasoning), left out when the note is empty.

The evidence column stays internal and is not exported. Verdicts settled by a reviewer (the final
file `X.final.csv`, see `claims.adjudication`) export like any verdict file, the reviewer as the
author; `python -m claims export-final SOURCE` exports every final verdict of a text. Warnings say
where Google's ClaimReview rules are not met (no url, `claimReviewed` over 75 characters, no speaker, no
publisher, analysts who disagree on a claim). The JSON escapes `<`, `>` and `&` so that it can be
pasted into a `<script type="application/ld+json">` element without a note ending the script.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from urllib.parse import urlparse

import pandas as pd

from .extract import is_person_name
from .model import ClaimsError

RATING_VALUES: dict[str, int] = {"disputed": 1, "unverified": 2, "supported": 3}
"""The ratingValue of each verdict: worst 1 (disputed) to best 3 (supported)."""

RATING_NAMES: dict[str, str] = {"disputed": "Disputed", "unverified": "Unverified", "supported": "Supported"}
"""The alternateName of each verdict, the words a reader sees."""

WORST_RATING, BEST_RATING = 1, 3
MAX_CLAIM_LENGTH: int = 75
"""Google recommends a claimReviewed of at most this many characters."""

_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def speaker_type(name: str) -> str:
    """Return 'Person' for a name the extractor reads as a person's full name, else 'Organization'."""
    return "Person" if is_person_name(name.strip()) else "Organization"


def claim_review(row: dict[str, object], *, url: str = "", publisher: str = "", source_url: str = "") -> dict:
    """Return one ClaimReview (a JSON-ready dict) for a reviewed row."""
    verdict = str(row["verdict"])
    review: dict[str, object] = {"@context": "https://schema.org", "@type": "ClaimReview"}
    if url:
        review["url"] = url
    review["claimReviewed"] = str(row["claim"])
    review["reviewRating"] = {"@type": "Rating", "alternateName": RATING_NAMES[verdict],
                              "ratingValue": RATING_VALUES[verdict], "bestRating": BEST_RATING,
                              "worstRating": WORST_RATING}
    if str(row.get("note", "")).strip():
        review["reviewBody"] = str(row["note"])
    review["itemReviewed"] = _claim(row, source_url)
    review["author"] = _analyst(str(row["analyst"]), publisher)
    if publisher:
        review["publisher"] = {"@type": "Organization", "name": publisher}
    if row["updated_at"]:
        review["datePublished"] = str(row["updated_at"])
    return review


def _claim(row: dict[str, object], source_url: str) -> dict[str, object]:
    """Return the reviewed Claim: who said it and where it appeared."""
    claim: dict[str, object] = {"@type": "Claim"}
    speaker = str(row["speaker"]).strip()
    if speaker:
        claim["author"] = {"@type": speaker_type(speaker), "name": speaker}
    claim["appearance"] = source_url or {"@type": "CreativeWork", "name": str(row["source"])}
    return claim


def _analyst(name: str, publisher: str) -> dict[str, object]:
    """Return the analyst as a Person, working for the publisher when one is named."""
    person: dict[str, object] = {"@type": "Person", "name": name}
    if publisher:
        person["worksFor"] = {"@type": "Organization", "name": publisher}
    return person


class ExportError(ClaimsError):
    """An export setting cannot be used: an address that is not a web page (javascript:, data:, file:)."""


def refuse_unsafe_address(option: str, address: str, what: str) -> None:
    """Raise ExportError when an address names a scheme other than http(s): it would run or read, not link."""
    scheme = urlparse(address).scheme
    if scheme and scheme.lower() not in ("http", "https"):
        raise ExportError(f"{option} {address!r} is not an http(s) address; give {what}, "
                          "like https://example.org/press/1")


def claim_reviews(verdicts: pd.DataFrame, *, url: str = "", publisher: str = "",
                  source_url: str = "") -> tuple[list[dict], list[str]]:
    """Return a ClaimReview for every reviewed, undismissed row, and warnings about Google's rules."""
    refuse_unsafe_address("--url", url, "the page that publishes the fact checks")
    refuse_unsafe_address("--source-url", source_url, "the web page where the claims were made")
    reviewed = verdicts[(verdicts["verdict"] != "") & (verdicts["dismissed"] != "yes")]
    rows = [{str(k): v for k, v in row.items()} for row in reviewed.to_dict("records")]
    reviews = [claim_review(row, url=url, publisher=publisher, source_url=source_url) for row in rows]
    return reviews, export_warnings(rows, url=url, publisher=publisher, source_url=source_url)


def export_warnings(rows: Sequence[dict[str, object]], *, url: str, publisher: str, source_url: str) -> list[str]:
    """Return where the export falls short of Google's ClaimReview rules, one sentence each."""
    if not rows:
        return ["nothing to export: no claim in the file has a verdict"]
    found = _setting_warnings(url, publisher, source_url)
    for row in rows:
        name = f"claim {row['claim_id']} ({row['analyst']})"
        if len(str(row["claim"])) > MAX_CLAIM_LENGTH:
            found.append(f"{name}: claimReviewed is {len(str(row['claim']))} characters; Google recommends "
                         f"at most {MAX_CLAIM_LENGTH}; shorten the claim")
        if not str(row["speaker"]).strip():
            found.append(f"{name}: no speaker, so itemReviewed has no author; Google recommends one")
        if not row["updated_at"]:
            found.append(f"{name}: no updated_at, so there is no datePublished")
    return found + _disagreement_warnings(rows)


def _setting_warnings(url: str, publisher: str, source_url: str) -> list[str]:
    """Return warnings about the export's settings: url, publisher, source url."""
    found = []
    if not url:
        found.append("no --url: Google requires url, the page that publishes the fact check")
    elif urlparse(url).scheme not in ("http", "https"):
        found.append(f"--url {url!r} is not an http(s) address; Google requires a web page")
    if not publisher:
        found.append("no --publisher: Google expects the publishing organisation as author")
    if not source_url:
        found.append("no --source-url: itemReviewed.appearance names the source file, not a web address")
    elif urlparse(source_url).scheme not in ("http", "https"):
        found.append(f"--source-url {source_url!r} is not an http(s) address")
    return found


def _disagreement_warnings(rows: Sequence[dict[str, object]]) -> list[str]:
    """Warn about claims that analysts rated differently: publishing both would contradict itself."""
    verdicts: dict[str, dict[str, str]] = {}
    for row in rows:
        verdicts.setdefault(str(row["claim_id"]), {})[str(row["analyst"])] = str(row["verdict"])
    return [f"claim {claim_id}: analysts disagree ({', '.join(f'{a}: {v}' for a, v in sorted(by.items()))}); "
            "agree on one verdict (or export one --analyst) before publishing"
            for claim_id, by in verdicts.items() if len(set(by.values())) > 1]


def to_jsonld(reviews: Sequence[dict]) -> str:
    """Render ClaimReviews as a JSON-LD list, safe to embed in an HTML script element."""
    text = json.dumps(list(reviews), ensure_ascii=False, indent=2)
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_UNSAFE[m.group(0)], text) + "\n"
