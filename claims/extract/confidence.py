"""How far to trust a row's speaker: the share of right speakers measured for its kind of attribution.

A row's attribution falls in a bucket: the family of its cue (a speech verb, a finding verb, a
quotation going on, a lead-in, `according to`, a transcript turn, the release's issuer), the
speaker's kind, whether the speaker's name stands near the claim, and whether the speaker is a name
(`Jo Roe`, `Harrowdale Council`) or a description (`the coroner`, `its principal`, `Auditor Jo Roe`). The shares come from
`data/speaker_confidence.json`, measured by `python -m benchmarks.calibration --measure` on press
texts the rules had not been tuned to; a bucket measured on few claims is pulled towards the coarser
bucket above it.
"""
from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from .entities import NAME_PREFIXES
from .text_caches import per_text
from .vocabulary import (AUXILIARIES, CUE_VERBS, DESCRIBED_PEOPLE, FINDING_VERBS, ISSUER_CUE, NAME_PARTICLES, ROLE_WORDS,
                         without_possessive)

NEAR_BEFORE = 400
"""How many characters before a claim its speaker's name may stand and still count as near."""
NEAR_AFTER = 200
"""How many characters after a claim its speaker's name may stand and still count as near."""
DETERMINERS = frozenset("the a an its his her their your our my this that".split())
"""First words that make a speaker a description, not a name: `The coroner`, `its principal`."""
PERSON_ROLES = ROLE_WORDS | DESCRIBED_PEOPLE
"""Role words that make a person's speaker a description: `Auditor Nancy Cole`, `The councillor`."""
CHECK_BELOW = 0.96
"""A speaker whose bucket was right less often than this is shown to the analyst as one to check.

Chosen by leaving one blind set out (`python -m benchmarks.calibration --blind --by-set`): at 0.96 the sure
rows of sixteen sets, each scored on shares measured on the other fifteen, were 1.5% wrong (worst set 3.6%);
at 0.95 2.0% (worst 5.6%), each wrong sure row removed costing about eight more rows to check; at 0.97 1.4%,
at twenty-seven more rows to check for each.
"""
FAMILY_WORDS: dict[str, str] = {
    "speech": "a reporting verb (said, added)", "finding": "a finding verb (show, found, rated)",
    "continues": "a quotation that goes on", "lead-in": "a lead-in to a list",
    "according": "`according to`", "transcript": "a transcript turn", "release": "the release's issuer"}
"""The words the board uses for each cue family."""
WHERE_WORDS: dict[tuple[str, str], str] = {
    ("near", "name"): ", named near the claim", ("far", "name"): ", not named near the claim",
    ("near", "described"): ", described near the claim by a role, not a name (the coroner, Auditor Jo Roe)",
    ("far", "described"): ", described by a role, not a name (the coroner, Auditor Jo Roe), not near the claim"}
"""The words the board uses for where and how a bucket's speakers are given."""


class Confidence(NamedTuple):
    """A row's estimated share of right speakers, and the finest measured bucket it rests on."""

    share: float
    right: int
    measured: int
    bucket: str


@lru_cache(maxsize=4096)
def cue_family(cue: str) -> str:
    """Return the family of a cue: speech, finding, continues, lead-in, according, transcript or release."""
    words = cue.casefold().replace(":", " ").split()
    fixed = {"quotation continues": "continues", "transcript": "transcript", ISSUER_CUE: "release"}
    if " ".join(words) in fixed:
        return fixed[" ".join(words)]
    if words[:2] == ["according", "to"]:
        return "according"
    verb = next((w for w in words if w not in AUXILIARIES), "")
    return "finding" if verb in FINDING_VERBS else "speech" if verb in CUE_VERBS else "lead-in"


def named_near(text: str, speaker: str, start: int, end: int) -> bool:
    """True when the speaker's name stands within NEAR_BEFORE characters before or NEAR_AFTER after a claim."""
    if not speaker:
        return False
    lower, upper = max(0, start - NEAR_BEFORE), end + NEAR_AFTER
    folded = folded_alike(text)
    window = folded[lower:upper] if folded is not None else text[lower:upper].casefold()
    return _folded_name(speaker) in window


@per_text(4)
def folded_alike(text: str) -> str | None:
    """Return a text case-folded once, when folding keeps every offset (no `ß`, `ŉ` ... that folds longer); else None."""
    folded = text.casefold()
    return folded if len(folded) == len(text) else None


@lru_cache(maxsize=4096)
def _folded_name(speaker: str) -> str:
    """Return a speaker's name case-folded, once per name."""
    return speaker.casefold()


def naming(speaker: str, kind: str) -> str:
    """Return `name` for a speaker given by name, `described` for one given by a description.

    A description opens in lower case or with a determiner (`the floods minister`, `The SRA`); a person's
    speaker is also one when it holds a role word (`Auditor Nancy Cole`), `and` (two people), or more than
    two name words apart from particles (`Chief Inspector Fiona Marchbank`; `Áine Ní Bhriain` is a name).
    """
    words = speaker.split()
    if not words or words[0][0].islower() or words[0].casefold() in DETERMINERS:
        return "described"
    if kind != "person":
        return "name"
    folded = [without_possessive(word).casefold() for word in words]
    if "and" in folded or any(word in PERSON_ROLES for word in folded):
        return "described"
    return "described" if len([w for w in folded if w not in NAME_PARTICLES | NAME_PREFIXES]) > 2 else "name"


def bucket_keys(family: str, kind: str, near: bool, named: str = "name") -> tuple[str, ...]:
    """Return a row's buckets, finest first: family, kind, nearness and naming; family and kind; kind; all."""
    return (f"{family} {kind} {'near' if near else 'far'} {named}", f"{family} {kind}", kind, "all")


@cache
def measured_table() -> dict[str, object]:
    """Return the shipped measurement (`data/speaker_confidence.json`), read once."""
    raw = resources.files(__package__).joinpath("data", "speaker_confidence.json").read_text(encoding="utf-8")
    return dict(json.loads(raw))


def confidence_of(keys: tuple[str, ...], table: dict[str, object] | None = None) -> Confidence | None:
    """Estimate a row's share from its buckets, coarsest first, each shrunk towards the one above it.

    Only the table's coarsest `levels` levels are used. A bucket's share is (right + w * share above) /
    (measured + w), w being the table's `prior_weight`: a bucket measured on few claims stays near its
    coarser bucket. None when even `all` is unmeasured.
    """
    table = measured_table() if table is None else table
    buckets = dict(table["buckets"])  # type: ignore[call-overload]
    weight = float(table["prior_weight"])  # type: ignore[arg-type]
    levels = int(table.get("levels", len(keys)))  # type: ignore[call-overload]
    found: Confidence | None = None
    for key in reversed(keys[-levels:]):
        record = buckets.get(key)
        if not record or not int(record["measured"]):
            continue
        right, measured = int(record["right"]), int(record["measured"])
        prior = found.share if found else right / measured
        found = Confidence((right + weight * prior) / (measured + weight), right, measured, key)
    return found


def row_keys(text: str, speaker: str, kind: str, cue: str, span: tuple[int, int], levels: int = 4) -> tuple[str, ...]:
    """Return the coarsest `levels` buckets of one row of a text, finest first, working out only what they use."""
    family = cue_family(cue) if levels >= 3 else ""
    near = named_near(text, speaker, *span) if levels >= 4 else False
    named = naming(speaker, kind) if levels >= 4 else "name"
    return bucket_keys(family, kind, near, named)[-levels:]


def row_confidence(text: str, speaker: str, kind: str, cue: str, span: tuple[int, int]) -> Confidence | None:
    """Return the measured record of a row's bucket; None for an unresolved speaker or an unmeasured bucket."""
    if kind == "unresolved":
        return None
    levels = int(measured_table().get("levels", 4))  # type: ignore[call-overload]
    return shipped_confidence(row_keys(text, speaker, kind, cue, span, levels))


@lru_cache(maxsize=1024)
def shipped_confidence(keys: tuple[str, ...]) -> Confidence | None:
    """Return confidence_of a row's buckets in the shipped measurement, once per set of buckets."""
    return confidence_of(keys)


def share_of(confidence: Confidence | None) -> float:
    """Return a record's share of right speakers to 3 decimals, NaN when there is none."""
    return math.nan if confidence is None else round(confidence.share, 3)


def describe(bucket: str) -> str:
    """Say a bucket in words: `an organisation reached by a finding verb (show, found, rated), named near`."""
    parts = bucket.split()
    if parts == ["all"]:
        return "all attributions"
    family, kind = (FAMILY_WORDS.get(parts[0], parts[0]), parts[1]) if len(parts) > 1 else ("", parts[0])
    named = parts[3] if len(parts) > 3 else "name"
    where = WHERE_WORDS.get((parts[2], named), "") if len(parts) > 2 else ""
    return f"{kind} speakers" + (f" through {family}" if family else "") + where


def naming_words(speaker: str, kind: str) -> str:
    """Say how a row's speaker is given when it is a description: ` named by a description`; "" for a name."""
    return " named by a description" if kind != "unresolved" and naming(speaker, kind) == "described" else ""


def share_words(share: float) -> str:
    """Say a row's share for people: `; 72% of such speakers right on unseen texts: check it`; "" for NaN."""
    if math.isnan(share):
        return ""
    return f"; {share:.0%} of such speakers right on unseen texts" + (": check it" if share < CHECK_BELOW else "")
