"""The same text gives the same table every time: under another hash seed, and whatever was read before it."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import claims

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = sorted((ROOT / "benchmarks" / "press").glob("p*.txt"))[::12] + sorted((ROOT / "seeds").glob("*.txt"))
"""Every twelfth press text (all kinds of writing and layout) and both seeds."""
CHILD = """
import hashlib, json, sys
import claims
paths = json.loads(sys.argv[1])
print(json.dumps({p: hashlib.sha256(claims.extract_claims(p).to_csv().encode()).hexdigest() for p in paths}))
"""


def table_digest(path: Path) -> str:
    """The sha256 of a text's whole table, every column."""
    return hashlib.sha256(claims.extract_claims(path).to_csv().encode()).hexdigest()


def digests_with_seed(seed: str) -> dict[str, str]:
    """Each sampled text's table digest, extracted in a fresh interpreter under PYTHONHASHSEED=seed."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps([str(p) for p in SAMPLE])], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True, timeout=600)
    return json.loads(done.stdout)


def test_the_sample_covers_both_seeds_and_a_spread_of_press_texts() -> None:
    assert [p.name for p in SAMPLE[-2:]] == ["000_f0f58b44150a9287.txt", "001_171feed66f9bd120.txt"]
    assert len(SAMPLE) > 75


def test_another_hash_seed_gives_the_same_tables() -> None:
    assert digests_with_seed("1") == digests_with_seed("2")


def test_a_text_reads_the_same_whatever_was_read_before_it() -> None:
    forward = {p.name: table_digest(p) for p in SAMPLE}
    backward = {p.name: table_digest(p) for p in reversed(SAMPLE)}
    assert backward == forward
