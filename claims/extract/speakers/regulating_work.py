"""A body the text shows owning a regulator's work or powers (wave 67k), a sign beside those `regulator_signs` reads:

- its possessive before a noun of examining or enforcing work, up to three lower-case words between
  (`data/examining_work_nouns.txt`: `the Tarn Care Board's inspection of the ward`, `X's ongoing enforcement
  priorities`), or its `its` after its name and a verb in lower case (`X this week issued its enforcement
  summary`, `X has set out what its ward inspection found`), never of its own things (`Acme Water's inspection of
  its reservoir`);
- its name before a sanction and `against` or `on` (`data/sanction_nouns.txt`: `X fine against a council`, `X's
  penalties on two firms`); a body's own fine (`Acme's fine`) is the one it was given, and says nothing;
- its name before the powers it holds (`data/regulating_powers.txt`: `X holds the power to fine firms`, `X was
  given powers to inspect`);
- its name after a sanction handed out by it (`fines levied by the X`, `penalties imposed by X`).

Read only where the body may sanction (never a council's, a police force's, a government's or a court's), for the
kind a row shows: who speaks is left as the rules read it."""
from __future__ import annotations

import re

from ..vocabulary import load_words, verb_alternation

EXAMINING_WORK_NOUNS: frozenset[str] = load_words("examining_work_nouns")
"""Nouns of a regulator's own examining or enforcing work (`inspection`, `enforcement`)."""
REGULATING_POWERS: frozenset[str] = load_words("regulating_powers")
"""Verbs of the powers a regulator holds over others (`fine`, `inspect`)."""
SANCTIONS: frozenset[str] = load_words("sanction_nouns")
"""Sanctions a regulator hands out (`fines`, `penalties`)."""

_SANCTION = rf"(?:{verb_alternation(SANCTIONS)})"
OWNED_WORK_RE = re.compile(
    rf"['\u2019]s\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{verb_alternation(EXAMINING_WORK_NOUNS)})\b"
    rf"(?!\s+of\s+(?:its|their|our)\b)")
"""A possessive right after the name owning examining work: `'s inspection`, `'s ongoing enforcement`; never its
own things' (`Acme's inspection of its reservoir`)."""
OWN_WORK_AFTER_RE = re.compile(
    rf"(?:\s+[a-z][\w-]*){{1,6}}?\s+its\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{verb_alternation(EXAMINING_WORK_NOUNS)})\b"
    rf"(?!\s+of\s+(?:its|their|our)\b)")
"""The body's name as its clause's subject, and its own examining work after a lower-case verb phrase: ` this week
issued its yearly enforcement summary`, ` has set out what its unannounced ward inspection`."""
SANCTION_ON_RE = re.compile(rf"(?:['\u2019]s)?\s+{_SANCTION}\s+(?:against|on)\s")
"""A sanction right after the name, handed to another: ` fine against `, `'s penalties on `."""
POWERS_RE = re.compile(
    rf"\s+(?:has|have|had|holds|hold|now\s+has|was\s+given|were\s+given)\s+(?:the\s+)?(?:[a-z]+\s+)?powers?\s+to\s+"
    rf"(?:{verb_alternation(REGULATING_POWERS)})\b")
"""The powers the body holds right after its name: ` holds the power to fine`, ` was given new powers to inspect`."""
HANDED_BY_RE = re.compile(rf"\b{_SANCTION}\s+(?:[a-z]+\s+){{1,3}}?by\s+(?:the\s+)?$", re.IGNORECASE)
"""A sanction handed out right before `by` and the name: `fines levied by the `, `penalties imposed by `."""
WINDOW = 60
"""Characters before a name read for a sanction handed out by it."""


def shows_regulating_work(text: str, start: int, end: int) -> bool:
    """Say whether the words around one place of a body's name, from `start` to `end`, show it owning a regulator's
    work, handing out a sanction or holding a regulator's powers."""
    return bool(OWNED_WORK_RE.match(text, end) or OWN_WORK_AFTER_RE.match(text, end) or SANCTION_ON_RE.match(text, end)
                or POWERS_RE.match(text, end) or HANDED_BY_RE.search(text, max(0, start - WINDOW), start))


WORK_WORDS_RE = re.compile(
    rf"\b(?i:{verb_alternation(EXAMINING_WORK_NOUNS | SANCTIONS)}|powers?)\b")
"""Any word one of these signs needs (the cheap test first: a text without one shows none)."""
