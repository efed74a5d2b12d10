"""What a text says a body is or does that makes it an inspectorate (wave 33h), read for a row whose speaker is a body
read as an organisation, once the text is read: who speaks is left as the rules read it, only the kind moves. The
kind a name shows (`name_kinds`) misses most regulators (`Federal Trade Commission`, `Nursing and Midwifery Council`:
no word of the name says what they regulate), and a text's description read when the name is registered is lost
when the text names the body first elsewhere (a headline, a spokesperson's body). Any place the text writes the
body's name, or the letters given for it in brackets, may show it:

- the text calls it a regulator or a watchdog (`data/regulator_nouns.txt`): before its name (`Marden's broadcasting
  regulator, Tarnlink Media,`, `independent watchdog Rail Users Voice`; never `According to the watchdog, X passed`), in an apposition that closes (`X, the
  communications regulator,`; never `X, the regulator said,` nor `let down by X, the Ombudsman for Wales has found`),
  or as what it is (`X is the independent regulator for
  data rights`; never `X is the regulator's supplier`);
- the text says, in the present, what it regulates or oversees (`X regulates 9,000 opticians`, `X, which licenses
  40 stations,`: `data/regulating_verbs.txt`), unless it is a government's department or ministry
  (`data/government_heads.txt`), which licenses and oversees as part of governing;
- its people examine (`data/examining_people.txt`): `inspectors from X`, `X inspectors found`, `the X's enforcement
  officers`, `X sent two inspectors` (wave 69k: `data/sending_verbs.txt`), or it inspects (`inspections by X`), unless it is a council or a police force (`data/staffed_heads.txt`), whose inspectors check shops or hold
  a rank;
- (wave 33l) it acts against others as a regulator does, its name the subject: it sues them, fines them
  (`data/enforcing_acts.txt`: `The Federal Trade Commission on Wednesday sued X`, `X has fined Y`), or issues or
  imposes a sanction (`data/issuing_verbs.txt`, `data/sanction_nouns.txt`: `X today issued a consent order against`,
  `X issued nine penalties`), unless it is a council, a police force, a court or a law officer's office
  (`data/judicial_words.txt`: `Crown Court`, `Office of the X Attorney General`), which fine and sue as part of
  governing or judging; a headline's passive (`Acme fined £2m over spills`) has no object but a sum;
- (wave 33l) its name, or the name its letters stand for, ends in `Administration` after two words or more saying what
  it administers (`data/administration_heads.txt`: `Food and Drug Administration`, `FAA`); a government named by one
  word (`the Hale Administration`) is none;
- (wave 34e, `examining_work`) its standing work examines others (`X audits the council's accounts`, `X is the UK body
  that investigates whether ...`) or it rules on another's complaint or appeal (`X has upheld a complaint by Y`), read
  where its sanctions are (never a council's, a police force's, a government's or a court's).
"""
from __future__ import annotations

import re

from ..entities import head_noun
from ..vocabulary import ENFORCING_ACTS, REGULATING_VERBS, load_words, verb_alternation, without_possessive, word_search
from .examining_work import EXAMINING_VERBS, RULING_VERBS, examines_others
from .regulating_agents import (
    REGULATED_PARTICIPLES, SANCTIONED_PARTICIPLES, WITHDRAWING_PARTICIPLES, regulated_by, sanctioned_by,
)
from .regulating_work import SANCTIONS, WORK_WORDS_RE, shows_regulating_work
from .spelled_letters import bracketed_word_name, is_short_name, spelled_out
from ..text_caches import per_text

REGULATOR_NOUNS: frozenset[str] = load_words("regulator_nouns")
"""What a text calls a body that regulates or inspects others (`regulator`, `watchdog`)."""
EXAMINING_PEOPLE: frozenset[str] = load_words("examining_people")
"""People who examine for a body (`inspectors`, `examiners`, `enforcement officers`)."""
STAFFED_HEADS: frozenset[str] = load_words("staffed_heads")
"""Heads of a public body with inspectors of its own that is no inspectorate (`council`, `police`)."""
GOVERNMENT_HEADS: frozenset[str] = load_words("government_heads")
"""Heads of a government's own body, which licenses and oversees as part of governing (`department`)."""
ISSUING_VERBS: frozenset[str] = load_words("issuing_verbs")
"""Verbs that hand another a sanction (`issued`, `imposed`)."""
SANCTION_NOUNS: frozenset[str] = SANCTIONS
"""Sanctions a regulator hands out (`consent order`, `penalties`; read once, by `regulating_work`)."""
JUDICIAL_WORDS: frozenset[str] = load_words("judicial_words")
"""Words of a court's or a law officer's name, whose fines and suits are a sentence or the state's case (`court`,
`attorney`)."""
ADMINISTRATION_HEADS: frozenset[str] = load_words("administration_heads")
"""Last words of a regulating agency's name after what it administers (`administration`)."""
_UNSANCTIONING_HEADS: frozenset[str] = STAFFED_HEADS | (GOVERNMENT_HEADS - {"department", "ministry"})
"""Heads of a body whose fines and suits make it no inspectorate: a council, a police force, a government; a
department that fines is its state's regulator (`The New Jersey Department of Environmental Protection has fined`)."""

_NOUN = rf"(?i:{verb_alternation(REGULATOR_NOUNS)})"
_PEOPLE = rf"(?i:{verb_alternation(EXAMINING_PEOPLE)})"
_WORDS = r"(?:(?!(?:to|of|for|by|with|from|at|on|in|and|or|than)\b)[\w'\u2019\-]+,?\s+){0,6}?"
"""Up to six words before the noun of a description (`the UK's independent`), never a preposition or a conjunction
(`the largest supplier to the regulator` calls the regulator another body)."""
_BRACKET = r"(?:\s*\([^()\n]{1,12}\))?"
"""The letters given for a name in brackets, maybe, after it (` (ICO)`)."""
_CLOSES = r"(?=\s*[,.;:)\n]|\s*$|\s+(?:for|of|in|on|which|that)\b)"
"""What ends a copula's description after its noun: a stop, a bracket, or what the body regulates (`regulator for`)."""
_APPOSITION_CLOSES = r"(?:\s+(?:for|of|in|on)\s+[^,.;:()\n]{1,60}?\s*[,;:)]|\s*(?:[,;:)]|\.(?=\s|$)))"
"""What ends an apposition after its noun: a comma, a bracket or a stop, maybe after what the body regulates (`,
the regulator for Wales,`); never a verb (`, the Ombudsman for Wales has found`)."""
CALLED_AFTER_RE = re.compile(rf"{_BRACKET}(?:,\s+(?:the|an?)\s+{_WORDS}{_NOUN}{_APPOSITION_CLOSES}"
                             rf"|\s+(?:is|was|remains)\s+(?:the|an?)\s+{_WORDS}{_NOUN}{_CLOSES})")
"""An apposition or a copula calling the body just named a regulator: `, the communications regulator,`, ` (ICO) is the
UK's independent regulator for`."""
CALLED_BEFORE_RE = re.compile(rf"(?<!according to the )\b{_NOUN}(?P<comma>,?)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
"""A regulator's noun right before the body's name: `broadcasting regulator, `, `independent watchdog `; never after
`according to` (`According to the watchdog, X passed`: the name opens a clause)."""
REGULATES_AFTER_RE = re.compile(
    rf"(?:\s*\([^()\n]{{1,12}}\))?(?:,\s+which)?\s+(?:also\s+)?(?:{verb_alternation(REGULATING_VERBS)})\b")
"""A present verb of regulating after the body's name: ` regulates`, `, which licenses`."""
PEOPLE_AFTER_RE = re.compile(rf"(?:['\u2019]s)?\s+(?:own\s+)?{_PEOPLE}\b")
"""The body's examining people right after its name: ` inspectors`, `'s enforcement officers`."""
PEOPLE_BEFORE_RE = re.compile(rf"\b{_PEOPLE}\s+(?:from|at|of|with)\s+(?:the\s+)?$")
"""Examining people and a preposition right before the body's name: `inspectors from the `."""
_WHEN = r"(?:(?:on|this|last)\s+[A-Za-z]+\s+|today\s+|yesterday\s+)?"
"""When a body acted, between its name and its verb (` on Wednesday `, ` today `)."""
SENDING_VERBS: frozenset[str] = load_words("sending_verbs")
"""Verbs of a body's sending or keeping its own people (`sent`, `deployed`, `employs`), wave 69k."""
PEOPLE_SENT_RE = re.compile(
    rf"(?:\s*\([^()\n]{{1,12}}\))?\s+{_WHEN}(?:(?:has|have|had)\s+)?(?:also\s+)?"
    rf"(?:{verb_alternation(SENDING_VERBS)})\s+(?:[\w\-]+\s+){{0,3}}?{_PEOPLE}\b")
"""The body's examining people as what it sends or keeps, after its name: ` sent two inspectors`, ` has deployed a
team of inspectors`, ` employs 40 inspectors` (wave 69k)."""
INSPECTIONS_BY_RE = re.compile(r"\b(?:re-)?inspections?(?:[ \t]+carried[ \t]+out)?[ \t]+by[ \t]+(?:the[ \t]+)?$",
                               re.IGNORECASE)
"""A noun of inspecting and `by` right before the body's name: `inspections by the `, `an inspection carried out by `
(wave 69k; the participle `inspected by` is `regulating_agents`')."""
ENFORCES_AFTER_RE = re.compile(
    rf"(?:\s*\([^()\n]{{1,12}}\))?\s+{_WHEN}(?:(?:has|have|had)\s+)?(?:also\s+)?"
    rf"(?:(?:{verb_alternation(ENFORCING_ACTS)})[ \t]+(?![£€$\d])\S"
    rf"|(?:{verb_alternation(ISSUING_VERBS)})\s+(?:[^\s.;:]+\s+){{0,4}}?(?:{verb_alternation(SANCTION_NOUNS)})\b)")
"""An act against others after the body's name, its object no sum: ` on Wednesday sued Acme`, ` has fined the
authority`, ` today issued a consent order`; never a headline's ` fined £2m over` nor ` fined` at a line's end."""
_SIGN_RE = re.compile(word_search([
    (REGULATOR_NOUNS | EXAMINING_PEOPLE, True, False),
    (REGULATING_VERBS | ENFORCING_ACTS | ISSUING_VERBS | EXAMINING_VERBS | RULING_VERBS, False, True),
    (REGULATED_PARTICIPLES | WITHDRAWING_PARTICIPLES | SANCTIONED_PARTICIPLES, True, True),
]))
"""Any word a sign needs: a regulator's noun or its examining people in any case, a regulating, enforcing, issuing,
examining or ruling verb, or a regulated or sanctioned participle in any case (`examining_work.SIGN_WORDS_RE`,
`regulating_agents.SIGN_WORDS_RE`); a text without one shows no body regulating (the cheap test first). Written by the
words' first letters (`vocabulary.word_search`, 43s): one search, the engine skipping ahead to them."""
WINDOW = 60
"""Characters before a name read for a sign before it."""


def kind_by_signs(text: str, name: str, kind: str) -> str:
    """Return `inspectorate` for a row of a body read as an organisation that the text shows as a regulator, else the
    kind as it was."""
    return "inspectorate" if kind == "organisation" and shown_as_regulator(text, name) else kind


@per_text(256)
def shown_as_regulator(text: str, name: str) -> bool:
    """Say whether the text calls a body a regulator, says what it regulates or shows its inspectors at work, at any
    place it writes the body's name or the letters given for it."""
    if not name or not has_signs(text):
        return False
    head = head_noun(name)
    forms = forms_of(text, name)
    may_sanction = head not in _UNSANCTIONING_HEADS and not any(judicial(form) for form in forms)
    return any(administering_name(form) for form in forms) \
        or any(_shown_at(text, form, head, may_sanction) for form in forms)


@per_text(8)
def has_signs(text: str) -> bool:
    """Say whether a text holds any word a sign of a regulator needs, once per text."""
    return _SIGN_RE.search(text) is not None or any(head.title() in text for head in ADMINISTRATION_HEADS) \
        or WORK_WORDS_RE.search(text) is not None


def administering_name(name: str) -> bool:
    """Say whether a body's name ends in a capitalised `Administration` after two words or more (`Federal Aviation
    Administration`), never one (`Hale Administration`, a government)."""
    words = name.split()
    return len(words) >= 3 and words[-1][:1].isupper() and words[-1].lower() in ADMINISTRATION_HEADS


def forms_of(text: str, name: str) -> set[str]:
    """Return the ways the text writes a body: its name, the letters in brackets after it (`Tarn Media (TM)`), or the
    name the text spells its letters out as (`Wexmoor Quality Board (Wqb)` for `Wqb` too, wave 69k)."""
    forms = {name}
    given = letters_given(text, name) if f"{name} (" in text else None
    if given is not None:
        forms.add(given.group(1))
    full = spelled_out(name, text) if is_short_name(name) else bracketed_word_name(name, text)
    if full is not None:
        forms.add(full.removeprefix("The "))
    return forms


_GIVEN_LETTERS_RE = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")
"""The letters given in brackets right after a body's name (` (TM)`)."""


def letters_given(text: str, name: str) -> re.Match[str] | None:
    """Return the letters in brackets after the first place the text writes the name followed by them (what
    `re.search(re.escape(name) + _GIVEN_LETTERS_RE.pattern, text)` finds, with no pattern built for the name)."""
    at = text.find(name)
    while at >= 0:
        if (given := _GIVEN_LETTERS_RE.match(text, at + len(name))) is not None:
            return given
        at = text.find(name, at + 1)
    return None


def _shown_at(text: str, form: str, head: str, may_sanction: bool) -> bool:
    """Say whether some place the text writes a form of a body's name shows it as a regulator."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if _whole_word(text, at, end) and _sign_at(text, at, end, head, may_sanction):
            return True
        at = text.find(form, end)
    return False


def _whole_word(text: str, start: int, end: int) -> bool:
    """Say whether a name stands as whole words where it is found (`TM`, never inside `ATMs`)."""
    return not text[start - 1:start].isalnum() and not text[end:end + 1].isalnum()


def _sign_at(text: str, start: int, end: int, head: str, may_sanction: bool) -> bool:
    """Say whether the words around one place of a body's name call it a regulator, say it regulates (never for a
    government's department), show it sanctioning others or examining them (when it may), name it as the agent of a
    sanction or of regulating work (`was fined by`; `is authorised by`, never a department's), or show its examining
    people (never for a council or a police force)."""
    before = max(0, start - WINDOW)
    if CALLED_AFTER_RE.match(text, end) or _called_before(text, before, start, end):
        return True
    if head not in GOVERNMENT_HEADS and REGULATES_AFTER_RE.match(text, end):
        return True
    if may_sanction and (ENFORCES_AFTER_RE.match(text, end) or examines_others(text, end)
                         or sanctioned_by(text, before, start) or shows_regulating_work(text, start, end)):
        return True
    if may_sanction and head not in GOVERNMENT_HEADS and regulated_by(text, before, start):
        return True
    return head not in STAFFED_HEADS and (PEOPLE_AFTER_RE.match(text, end) is not None
                                          or PEOPLE_BEFORE_RE.search(text, before, start) is not None
                                          or PEOPLE_SENT_RE.match(text, end) is not None
                                          or INSPECTIONS_BY_RE.search(text, before, start) is not None)


def judicial(name: str) -> bool:
    """Say whether a body's name is a court's or a law officer's office (`Tarn Crown Court`, `Office of the Attorney
    General`)."""
    return not JUDICIAL_WORDS.isdisjoint(without_possessive(word) for word in name.lower().split())


def _called_before(text: str, before: int, start: int, end: int) -> bool:
    """Say whether a regulator's noun stands right before a body's name, as a title (`independent watchdog X`) or set
    off by commas on both sides (`Marden's broadcasting regulator, X,`)."""
    called = CALLED_BEFORE_RE.search(text, before, start)
    return called is not None and (not called.group("comma") or text[end:end + 1] in (",", ")"))
