"""A speaker as the whole text names it: a body's name read short (`Family Aid` where the text only ever writes
`Lifeline Family Aid`) and a stock-exchange ticker (`(AIM: ACM)`) both mean the full name.

Read once per text, after every claim has its speaker (a few `str.find` calls per distinct speaker):

- **Truncated names.** The name-reader may drop a word of a body's name that is also a common or descriptive word
  (`Lifeline`, `Bord`, `Right to`), or a bracket inside it. When a speaker's words are a proper run of the words of
  exactly one longer body name the text registers, and the text never writes the speaker's words except inside that
  longer name, the speaker is the longer name, with its kind. A short name the text does use on its own (`the
  Commission` after `Harbour Standards Commission`, `Acme` after `Acme Water`) is left to the reference rules.
- **Tickers.** A listed company's release gives its exchange and ticker in brackets after its name (`Velmora
  Biosciences plc (LSE: VMB)`, `Halcyon Foods Inc. (NYSE: HLF)`); the ticker names the company, never a body of its
  own. The exchanges are data (`data/exchanges.txt`); a bracket that is not an exchange (`(Source: ONS)`) names
  nobody. A bracket of defined terms or a tagline between the name and the ticker (`Acme Inc. (the "Company")
  (OTC: ACM)`, `Acme Inc., The Sponge People, (OTCBB: ACM)`) is passed over, and a first word the name reader could
  not read (`KelpCo\u00ae Dosing Products`: a capital inside it, a trade-mark sign) is the name's own (wave 67d).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..model import BODY_KINDS
from ..finding import find_all
from .company_forms import form_alternation
from .school_districts import district_name
from .title_nouns import without_title_nouns
from .vocabulary import NOT_NAMES, SENTENCE_STARTERS, load_words, SINGULAR_POSSESSIVES

EXCHANGES: frozenset[str] = load_words("exchanges")
"""Stock exchanges and markets a ticker is quoted on, in lower case (`aim`, `lse`, `nyse`, `euronext dublin`)."""
_TICKER_RE = re.compile(r"\((?P<exchange>[A-Z][A-Za-z]*(?:[ \t][A-Z][A-Za-z]*)?)[ \t]*:[ \t]*"
                        r"(?P<ticker>[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?)\)")
"""An exchange and a ticker in brackets: `(AIM: ACM)`, `(Nasdaq: HLFD)`, `(LSE: VMB.L)`."""
_JOINING_WORDS: frozenset[str] = frozenset("of for to and & na de".split())
"""Lower-case words inside a body's name (`Right to Roam Alliance`, `Bord na Mona`)."""
_NEVER_OPENING: frozenset[str] = (NOT_NAMES | SENTENCE_STARTERS) - _JOINING_WORDS
"""Words a body's name never holds before the words a speaker kept (`Tuesday the Office of X` is no name)."""
_SHORT_KINDS = ("organisation", "inspectorate", "person")
"""The kinds of a speaker that may be a body's name read short (`Family Aid` was read as a person)."""


def is_ticker(text: str, name: str) -> bool:
    """Say whether a name is a ticker the text quotes in brackets after an exchange (`(NASDAQ: SHVN)`)."""
    return any(match.group("ticker") == name and match.group("exchange").lower() in EXCHANGES
               for match in _TICKER_RE.finditer(text))


def ticker_names(text: str, bodies: Iterable[str]) -> dict[str, str]:
    """Map each ticker the text quotes after a body's name (`Acme plc (LSE: ACM)`) to that body's name."""
    if ":" not in text or "(" not in text:
        return {}
    names = sorted(bodies, key=len, reverse=True)
    found: dict[str, str] = {}
    for match in _TICKER_RE.finditer(text):
        if match.group("exchange").lower() in EXCHANGES:
            body = _body_ending_at(text, match.start(), names)
            if body is not None and body != match.group("ticker"):
                found[match.group("ticker")] = body
    return found


def _body_ending_at(text: str, end: int, names: list[str]) -> str | None:
    """Return the longest body name that ends right before `end` (white space, a comma or a full stop between; a
    name read with its legal form's stop, `Acme Inc.`, ends with it)."""
    stopped = _without_tickers(text[max(0, end - 200):end].rstrip(" \t,"))
    while stopped:
        whole = stopped.rstrip(".")
        for before in (stopped, whole, _without_form(whole)):  # "Acme plc" registered whole; "Acme, Inc." as "Acme"
            found = next((name for name in names if before.endswith(name)
                          and not before[len(before) - len(name) - 1:len(before) - len(name)].isalnum()), None)
            if found is not None:
                return _with_unread_words(before[:len(before) - len(found)]) + found
        stopped = _without_aside(stopped)
    return None


_UNREAD_WORDS_RE = re.compile(r"(?<![^\s\u2014\u2013(-])(?:[A-Z][A-Za-z0-9&'\u2019-]*[\u00ae\u2122]?[ \t]+)+\Z")
"""Capitalised words right before a company's name as the name reader registered it (`KelpCo\u00ae ` of
`KelpCo\u00ae Dosing Products`)."""
_UNREAD_WORD_RE = re.compile(r"[A-Z][a-z0-9]*[A-Z]|.*[\u00ae\u2122]\Z")
"""A word the name reader cannot read as a name's word: a capital inside it (`KelpCo`) or a trade-mark sign closing
it (`Brisko\u00ae`)."""


def _with_unread_words(before: str) -> str:
    """Return the words right before a company's registered name that the name reader left out of it, for a name that
    opens on a word it cannot read (`KelpCo\u00ae Dosing Products (OTCBB: SPC)`: `KelpCo\u00ae `); else ``."""
    run = _UNREAD_WORDS_RE.search(before)
    if run is None:
        return ""
    words = run.group().split()
    return run.group() if _UNREAD_WORD_RE.match(words[0]) and words[0].lower() not in _NEVER_OPENING else ""


_ASIDE_TAIL_RE = re.compile(r"(?:[ \t]*\([^()\n]*[\"“”'‘’][^()\n]*\)"
                            r"|,[ \t]+[^,.;:()\n\"“”]{1,60}?)[ \t,]*\Z")
"""What a release sets between a company's name and its ticker: a bracket of defined terms (`(the "Company" or
"Acme")`) or a tagline or description set off by commas (`, The Absorbent Materials People,`, `, the ferry
operator,`)."""


def _without_aside(before: str) -> str:
    """Return the words before a ticker without the defined terms or tagline closing them; empty when none closes
    them (`Acme Inc. (the "Company") (OTC: ACM)`: `Acme Inc.`)."""
    aside = _ASIDE_TAIL_RE.search(before)
    return before[:aside.start()].rstrip(" \t,") if aside else ""


_TICKER_TAIL_RE = re.compile(_TICKER_RE.pattern + r"\Z")
"""An exchange's ticker bracket closing the words before another (`Acme Rail (TSX: ACR)` before `(NYSE: ACRX)`)."""


def _without_tickers(before: str) -> str:
    """Return the words before a ticker without the ticker brackets of other exchanges closing them: a company listed
    twice gives both (`Acme Rail (TSX: ACR) (NYSE: ACRX)`), and each ticker names the company before the first."""
    tail = _TICKER_TAIL_RE.search(before)
    while tail is not None and tail.group("exchange").lower() in EXCHANGES:
        before = before[:tail.start()].rstrip(" \t,")
        tail = _TICKER_TAIL_RE.search(before)
    return before


_LISTED_ABROAD = r"N\.V|S\.A|AG|SE|ASA|Co"
"""Legal forms of companies a ticker follows that are no shared legal form (`Acme N.V`, `Acme SE`, `Acme & Co`): read
only here, right before the ticker, written so; anywhere else their letters are a body's own (`the ASA`, the
Advertising Standards Authority) or a word's (`co-founder`, `CO2`), wave 28h."""
_FORM_TAIL_RE = re.compile(rf",?[ \t]+(?:{form_alternation()}|{_LISTED_ABROAD})\Z")
"""A company's legal form after its name and before its ticker (`Acme Therapeutics, Inc. (Nasdaq: ACM)`)."""


def _without_form(before: str) -> str:
    """Return the words before a ticker without a legal form closing them (`Acme, Inc` -> `Acme`)."""
    form = _FORM_TAIL_RE.search(before)
    return before[:form.start()] if form else before


def full_name(text: str, speaker: str, bodies: Iterable[str]) -> str | None:
    """Return the one longer body name a speaker's words are a run of, when the text never writes those words
    outside that name; else None."""
    words = speaker.split()
    if not words or speaker.isupper() or any(w.endswith(SINGULAR_POSSESSIVES) for w in words):
        return None  # an acronym is a name of its own; a possessive is an owner, not a name
    longer = {name for name in bodies if len(name.split()) > len(words) and _run_of(words, name.split())
              and _plain_name(name, speaker) and district_name(name) != speaker}  # a district inside its board's name
    if len(longer) != 1:
        return None
    name = longer.pop()
    return name if _only_inside(text, speaker, name) else None


def _plain_name(name: str, short: str) -> bool:
    """Say whether a longer name reads as one body's name before the short words: no article, weekday or sentence
    starter among the words it adds (`Tuesday the Office of Flood Works` was read with a date)."""
    added = name[:name.find(short)].split() if short in name else name.split()
    return not any(word.lower() in _NEVER_OPENING for word in added)


def _run_of(words: list[str], longer: list[str]) -> bool:
    """Say whether `words` occur as a contiguous run inside `longer`."""
    size = len(words)
    return any(longer[i:i + size] == words for i in range(len(longer) - size + 1))


def _only_inside(text: str, short: str, name: str) -> bool:
    """Say whether every whole-word occurrence of `short` in the text lies inside an occurrence of `name`."""
    if name.find(short) < 0:
        return False
    spans = [(start, start + len(name)) for start in occurrences(text, name)]
    seen = False
    for at in find_all(text, short):
        if _whole_word(text, at, len(short)):
            seen = True
            if not any(start <= at and at + len(short) <= end for start, end in spans):
                return False
    return seen


def occurrences(text: str, name: str) -> list[int]:
    """Return the start of every occurrence of `name` in the text."""
    return list(find_all(text, name))


def _whole_word(text: str, start: int, size: int) -> bool:
    """Say whether text[start:start + size] is bounded by non-word characters on both sides."""
    before = text[start - 1:start] if start else ""
    after = text[start + size:start + size + 1]
    return not (before.isalnum() or after.isalnum())


def named_in_full(text: str, speakers: Iterable[tuple[str, str]],
                  kinds: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Map each (speaker, kind) that stands for a body's full name (a ticker, a name read short) to that name and
    its kind, and each person written with a common noun as a title to the name alone; other speakers are left
    out."""
    bodies = [name for name, kind in kinds.items() if kind in BODY_KINDS]  # the kinds a short speaker may stand for
    tickers = ticker_names(text, bodies)
    found: dict[str, tuple[str, str]] = {}
    for speaker, kind in set(speakers):
        person = without_title_nouns(speaker, text) if kind == "person" else speaker
        if person != speaker:
            found[speaker] = (person, kind)  # "Midwife Ellen Garvey": Ellen Garvey
            continue
        if kind not in _SHORT_KINDS:
            continue
        name = tickers.get(speaker) if kind != "person" else None
        name = name or full_name(text, speaker, bodies) or (variant_of(speaker, bodies) if kind != "person" else None)
        if name is not None:
            found[speaker] = (name, kinds.get(name, "organisation"))  # a ticker's company read whole: a company
    return found


VARIANT_WORDS = 3
"""How many words a body's name must have before a longer name with a word more inside may be its full form."""


def variant_of(speaker: str, bodies: Iterable[str]) -> str | None:
    """Return the one longer body name a speaker's name is a variant of, a word or two left out inside
    (`Medicaid Fraud Unit` for `Medicaid Fraud Control Unit`, a headline's short form): the same first and last
    words, the others in order; a name of fewer than three words, or two such longer names, is left alone."""
    words = speaker.split()
    if len(words) < VARIANT_WORDS or speaker.isupper():
        return None
    longer = {name for name in bodies if len(name.split()) > len(words) and _variant(words, name.split())}
    return longer.pop() if len(longer) == 1 else None


def _variant(words: list[str], longer: list[str]) -> bool:
    """Say whether `words` are `longer` with some inner words left out: same first and last word, the rest in order."""
    if words[0] != longer[0] or words[-1] != longer[-1]:
        return False
    inner = iter(longer[1:-1])
    return all(word in inner for word in words[1:-1])
