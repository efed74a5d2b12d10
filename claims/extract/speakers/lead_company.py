"""14a: `the company`, `the airline`, `the retailer` left unresolved, read as the company the text is about: the name
that opens its lead as the subject of a verb (`Larkwell has reported ...`, `Skyvane cancels ...`) and that the text
names far more often than any other body that speaks."""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ..company_forms import LEGAL_FORMS
from ..datelines import dateline_end
from ..entities import is_person_name
from ..vocabulary import CUE_VERBS, ORG_REFERENCES, PREPOSITIONS, SENTENCE_STARTERS, WRITTEN_MONTH

from .body_traits import company_like
from .words import COMPANY_WORDS

LEAD_LINES = 3
"""How many of a text's first non-empty lines (a headline, a standfirst, the lead) may name its subject."""
MIN_MENTIONS = 2
"""How often the subject's name must be written in the whole text."""
SUBJECT_VERB = r"(?:has|have|had|is|was|says|said|[a-z]{3,}(?:ed|es|s))\b"
"""A verb after a name opening a lead or a sentence as its subject (`cancels`, `has`, `reported`), as regex source."""
_NAME = r"(?P<name>[A-Z][\w&'\u2019\-#]+(?:[ \t]+[A-Z][\w&'\u2019\-#]+){0,3})"
_SUBJECT_RE = re.compile(_NAME + r"[ \t]+" + SUBJECT_VERB)
"""A lead opening with a capitalised name and a verb (`Skyvane cancels`, `Larkwell has reported`)."""
_DESCRIBED_RE = re.compile(r"(?P<describer>[A-Z][\w\-]*(?:[ \t]+[a-z][\w\-]*){1,2})[ \t]+" + _NAME + r"[ \t]+"
                           + SUBJECT_VERB)
"""A headline naming the company after a describing noun (`Durham spin-out Lumenrx raises`, 25b)."""
_SET_OFF_RE = re.compile(_NAME + r",[ \t]+(?P<apposition>(?:a|an|the)[ \t][^,\n]+)(?:,[^,\n]+)?,[ \t]+" + SUBJECT_VERB)
"""A lead setting the name off with an apposition before its verb (`Lumenrx, a Durham University spin-out ..., has
raised`, 25b)."""
_TICKER_RE = re.compile(_NAME + r"[ \t]*[\[(][A-Z]{2,}[A-Za-z \t]*:[ \t]*[A-Z][A-Z.]*[\])]")
"""A name and its stock ticker in brackets (`Kelvane Holdings [KSX: KVH]`, `Orrel Ltd (LSE: ORL)`): a listed company,
whatever follows it (wave 63f)."""
_DATE_DASH_RE = re.compile(rf"\d{{1,2}}[ \t]+{WRITTEN_MONTH}[ \t]+\d{{4}}[ \t]+[-\u2014\u2013]{{1,2}}[ \t]+")
"""A date and a dash after a dateline's place (`BRISTOL, England \u2014 4 May 2009 \u2014 `), before the lead (63f)."""
_THE_RE = re.compile(r"The[ \t]+(?=[A-Z])")
"""`The` before a body's name opening the lead (`The Kelby Appeals Court has ruled`, wave 63f)."""


def lead_opening(line: str) -> str:
    """Return a lead line from where its subject may stand: past a dateline, its date and a dash, and `The` before a
    name (`KELBY, Norland \u2014 4 May 2009 \u2014 The Kelby Appeals Court has ruled`: `Kelby Appeals Court has ...`)."""
    end = dateline_end(line, 0, len(line)) or 0
    dated = _DATE_DASH_RE.match(line, end)
    end = dated.end() if dated else end
    the = _THE_RE.match(line, end)
    return line[the.end() if the else end:]


def _adverb(name: str, text: str) -> bool:
    """Say whether a name is one capitalised adverb opening a headline (`Significantly improves ...`): a word in -ly
    the text writes once; a company so spelt (`Platterly`) is named again."""
    return " " not in name and name.endswith("ly") and name[:-2].isalpha() and text.count(name) == 1


def lead_subject(text: str, fits: Callable[[str], bool] = company_like, reach: int = LEAD_LINES) -> str | None:
    """Return the name that opens one of the text's first lines (`reach` of them) as a verb's subject and may be a
    company's (or fits another test), past a dateline (wave 63f)."""
    lines = [lead_opening(line.strip()) for line in text.split("\n", 12)[:12]
             if any(c.islower() for c in line)][:reach]  # "PRESS RELEASE", "EMBARGOED UNTIL ...": no lead (25b)
    for line in lines:
        match = _SUBJECT_RE.match(line) or _described(line) or _SET_OFF_RE.match(line) or _TICKER_RE.match(line)
        if match is None:
            continue
        name = match.group("name")
        person = is_person_name(name) and not _body_apposition(match)
        if name.split()[0].lower() not in SENTENCE_STARTERS and not person and not _adverb(name, text) and fits(name):
            return name
    return None


def _body_apposition(match: re.Match[str]) -> bool:
    """Say whether a name is set off by an apposition whose noun says it is a body (`Threlmoor Fibre, the full-fibre
    broadband provider for ...,`): a name that reads as a person's is then a company's."""
    apposition = match.groupdict().get("apposition")
    if not apposition:
        return False
    words = apposition.lower().split()
    cut = next((i for i, word in enumerate(words) if word in PREPOSITIONS or word in ("that", "which", "who")
                or word.endswith("ing")), len(words))
    return cut > 1 and words[cut - 1] in ORG_REFERENCES


def _described(line: str) -> re.Match[str] | None:
    """Return a headline's name after a describing noun (`Galway agritech Teelin raises`), never after a verb of
    speech (`Critics say Teelin hides`)."""
    match = _DESCRIBED_RE.match(line)
    if match is None or CUE_VERBS.intersection(match.group("describer").lower().split()):
        return None
    return match


def mentions(text: str, name: str) -> int:
    """Return how often the text writes a company's name, counted without its legal form when it has one (`Kelvane
    Limited` once, then `Kelvane`: two, wave 63f)."""
    words = name.split()
    short = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower().rstrip(".") in LEGAL_FORMS else name
    return len(re.findall(rf"(?<![\w#]){re.escape(short)}(?![\w#])", text))


def company_reference(speaker: str) -> bool:
    """Say whether a speaker is `the` and a company's noun (`the airline`), or the noun alone in small letters, cut
    from a description after the name (`Kelvane, a software company today announced`: `company`, wave 63f); no name."""
    words = speaker.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in COMPANY_WORDS \
        or len(words) == 1 and words[0] in COMPANY_WORDS


def lead_company(text: str, speakers: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Map each unresolved company reference to the text's lead subject, when the text names it at least
    MIN_MENTIONS times and more often than any other body that speaks in it."""
    pairs = set(speakers)
    references = [s for s, kind in pairs if kind == "unresolved" and company_reference(s)]
    subject = lead_subject(text) if references else None
    if subject is None or mentions(text, subject) < MIN_MENTIONS:
        return {}
    others = [text.count(s) for s, kind in pairs if kind == "organisation" and s != subject and subject not in s]
    if others and max(others) * 2 > mentions(text, subject):
        return {}  # another body speaks nearly as often: the reference may be its
    return {s: (subject, "organisation") for s in references}
