"""Gapping in a list (wave 18d): a later item of a list whose first clause is passive leaves out the words it shares
with that clause. `the mould had been treated, the windows replaced and a new fan fitted` has items `the windows
replaced` and `a new fan fitted`, which read as statements with the auxiliaries of the first clause: `the windows
[had been] replaced`; `The service was judged good in five, adequate in four` has `adequate in four`, which reads
`[The service was judged] adequate in four` (a grade after a grade). The standalone claim column adds those words
in square brackets; the quote's own words never change.
"""
from __future__ import annotations

import re

from .vocabulary import AUXILIARIES, COMMON_BULLET_SIGNS, GRADE_WORDS, load_words

DETERMINERS = r"(?:the|a|an|its|their|his|her|our|this|that|these|those|all|some|every|each|new|more|further)"
FIRST_PASSIVE_RE = re.compile(
    rf"(?i:\b(?P<subject>{DETERMINERS}(?:[ \t]+[\w'\u2019-]+){{1,4}}?))[ \t]+"
    r"(?P<chain>(?:(?:has|have|had|will|would|may|might|could|should|must)[ \t]+)?(?:been|be|was|were|is|are))"
    r"[ \t]+(?P<participle>[a-z]+ed)\b(?P<rest>[^,;:]*)$")
"""The passive first clause of a list (`the mould had been treated`, `The service was judged good in five`): its
subject, its auxiliaries, its participle and what follows it."""
GAPPED_ITEM_RE = re.compile(rf"(?P<subject>{DETERMINERS}(?:[ \t]+[\w'\u2019-]+){{1,3}}?)[ \t]+(?P<participle>[a-z]+ed)\b"
                            r"(?P<rest>[^,;:]*)$", re.IGNORECASE)
"""A later item with a subject and a bare participle (`the windows replaced`, `a new fan fitted last June`)."""
LIST_JOIN_RE = re.compile(r"(?:,|[ \t]and|,[ \t]+and)[ \t]+$")
"""What stands before a later item of a list: a comma or `and`."""
GRADES: frozenset[str] = GRADE_WORDS
TELEGRAPHIC_PARTICIPLES: frozenset[str] = load_words("telegraphic_participles")
"""Participles a headline or bullet writes as a passive without its auxiliary (`No injuries reported`)."""
COUNTED_SUBJECT = r"(?:no|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens[ \t]+of|" \
    r"hundreds[ \t]+of|\d[\d,]*)"
_AUXILIARY = "(?:%s)" % "|".join(sorted(AUXILIARIES))
"""An auxiliary that makes a passive whole (`Two vans were seized`): never a word of a counted subject."""
TELEGRAPHIC_RE = re.compile(rf"(?P<subject>(?i:{COUNTED_SUBJECT})(?:[ \t]+(?!{_AUXILIARY}\b)[a-z][\w'\u2019-]*){{0,3}}?)"
                            r"[ \t]+(?P<participle>[a-z]+)\b(?P<rest>(?:[ \t]+(?:in|at|on|near|after|by|for|over|during|"
                            r"from|across)\b[^,;:]*)?)$")
"""A headline-style passive: a counted subject (`No injuries`, `Two men`, `One hiker`) with no auxiliary in it, a
participle and perhaps a place or time after it (`rescued near Tallow Crag`); `Two vans were seized` writes its
auxiliary already."""
SINGULAR_COUNTS: frozenset[str] = frozenset({"one", "1"})
"""Counts of one thing: the passive takes `was` (`One hiker [was] rescued`)."""
NOUN_NUMBERED_COUNTS: frozenset[str] = frozenset({"no", "some"})
"""Counts whose number is their noun's (`No injury [was]`, `No injuries [were]`); every other count is plural."""
UNMARKED_PLURALS: frozenset[str] = load_words("unmarked_plurals")
"""Plural nouns with no `s` (`No people [were] hurt`)."""
LINE_OPENING_RE = re.compile(r"(?:^|\n)[ \t\u00a0]*(?:[" + COMMON_BULLET_SIGNS + r"][ \t\u00a0]*)?$")
"""What stands before an item that opens its line: nothing, or a list marker."""
MAX_BEFORE_CHARS = 200
"""How far back from an item its list's first clause may begin."""
SENTENCE_START_RE = re.compile(r"(?:[.!?;:][\"'\u201d\u2019)]*\s+|\n)")
PASSIVE_CHAIN_RE = re.compile(r"[ \t](?:been|be|was|were|is|are)[ \t]+[a-z]+ed\b")
"""What every match of `FIRST_PASSIVE_RE` holds (its chain's last word after a space, then the participle), found in
the window before an item whenever it is in the first clause cut from it (the cheap test before `FIRST_PASSIVE_RE`)."""


def gapped_claim(text: str, start: int, item: str) -> str:
    """Return an item of a list with the words its gap leaves out in square brackets (`the windows [had been]
    replaced`, `[The service was judged] adequate in four`), or "" when it is no gapped item."""
    before = text[max(0, start - MAX_BEFORE_CHARS):start]
    if not LIST_JOIN_RE.search(before[-8:]):
        return ""  # no comma or `and` right before: no later item of a list (a cheap test first)
    if PASSIVE_CHAIN_RE.search(before) is None:
        return ""  # no passive chain anywhere before: no passive first clause (nine items in ten; 2% of all CPU)
    starts = list(SENTENCE_START_RE.finditer(before))
    sentence = before[starts[-1].end():] if starts else before
    first = FIRST_PASSIVE_RE.search(sentence.split(",", 1)[0])
    if first is None:
        return ""
    gapped = GAPPED_ITEM_RE.match(item)
    if gapped is not None and not any(w.casefold() in ("is", "are", "was", "were", "has", "have", "had", "been", "be")
                                      for w in gapped.group("subject").split()):
        at = gapped.start("participle")
        return _ended(f"{item[:at]}[{first.group('chain')}] {item[at:]}")
    if _grade_first(item) and _grade_first(first.group("rest").strip()):
        subject = first.group("subject")
        lead = f"{subject[0].upper()}{subject[1:]} {first.group('chain')} {first.group('participle')}"
        return _ended(f"[{lead}] {item}")
    return ""


def _grade_first(words_of: str) -> bool:
    """Say whether words open with a grade (`adequate in four`, `requires improvement in two`)."""
    folded = words_of.casefold()
    return any(folded == grade or folded.startswith(grade + " ") for grade in GRADES)


def _ended(claim: str) -> str:
    """Return a claim with a full stop last unless it ends already."""
    claim = claim.strip(" ;,")
    return claim if claim.endswith((".", "!", "?")) else claim + "."


def telegraphic_claim(text: str, start: int, item: str) -> str:
    """Return a headline-style passive at a line's start with its auxiliary in square brackets (`No injuries [were]
    reported`, `One hiker [was] rescued near Tallow Crag`): `was` after `one`, or after `no` or `some` and a singular
    noun, else `were` (`Two men [were] arrested`); or "" when the item is no such passive (`Sales rose 4%` has no
    counted subject and `rose` takes no object)."""
    found = TELEGRAPHIC_RE.match(item)
    if found is None or found.group("participle") not in TELEGRAPHIC_PARTICIPLES \
            or LINE_OPENING_RE.search(text, max(0, start - 12), start) is None:
        return ""
    subject = found.group("subject").split()
    count, last = subject[0].casefold(), subject[-1].casefold()
    plural = count not in SINGULAR_COUNTS and (count not in NOUN_NUMBERED_COUNTS or len(subject) == 1
                                               or last.endswith("s") or last in UNMARKED_PLURALS)
    at = found.start("participle")
    return _ended(f"{item[:at]}[{'were' if plural else 'was'}] {item[at:]}")
