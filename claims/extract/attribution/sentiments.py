"""Sentiments: a row that only voices the speaker's feeling or verdict is nobody's claim (wave 36h). Four families,
each whole sentence and with nothing checkable after its opening:

- an apology: `We are deeply sorry for the distress this has caused.`, `I am personally sorry.` (a that-clause of fact,
  `We are sorry that residents waited`, stays);
- pride in a recognition by unnamed examiners: `I am delighted that inspectors have recognised what our staff achieve
  every day.` (`the Care Board has recognised` names a party, and stays);
- a verdict on the day, the news or the results: `This is a proud day for our pupils.`, `These results are
  unacceptable.`;
- an appeal to the public: `We would ask everyone to ...`, `We are asking every household to ...` (an appeal to a
  named party, `the Government`, is a demand that stays; so does a future one, `We will be asking the public`).

What makes such a sentence stay: a figure (digits or words), a colon or semicolon, a second sentence, a clause of its
own (`but`, `because`, `and we`; `and our staff` is a list, no clause); for a verdict or an appeal also a capitalised word (a name); for a verdict also a
relative clause (`for our staff, who cut missed bins by a third`). A cheap test on the first word comes first."""
from __future__ import annotations

import re

from ..figures import holds_figure
from ..text import Span
from ..vocabulary import load_words, verb_alternation

EDGES = " \t\n\"'\u201c\u201d\u2018\u2019.!"
"""What is stripped from a row's ends before it is read."""
OPENINGS = ("I ", "I'", "I\u2019", "We ", "We'", "We\u2019", "This ", "These ", "That ", "Today ")
"""The words every sentiment opens on: the cheap test before any pattern."""
_INTENSIFIERS = r"(?:\s+(?:%s))*" % verb_alternation(load_words("sentiment_intensifiers"))
_FEELER = r"(?:I\s+am|I['\u2019]m|We\s+are|We['\u2019]re)" + _INTENSIFIERS
APOLOGY_RE = re.compile(_FEELER + r"\s+(?:%s)(?:\s+(?:for|to)\b(?P<rest>.*))?$" % verb_alternation(load_words("apology_words")),
                        re.S)
"""`We are deeply sorry for ...`, `I am sorry.` (data apology_words, sentiment_intensifiers)."""
PRIDE_RE = re.compile(_FEELER + r"\s+(?:%s)\s+(?:that\s+)?(?:%s)\s+ha(?:s|ve)(?:\s+(?:again|rightly|now|also))?\s+"
                      r"recogni[sz]ed\b(?P<rest>.*)$" % (verb_alternation(load_words("pride_words")),
                                                         verb_alternation(load_words("recognising_parties"))), re.S)
"""`I am proud that inspectors have recognised ...` (data pride_words, recognising_parties)."""
_VERDICT_NOUNS = verb_alternation(load_words("verdict_nouns"))
VERDICT_RE = re.compile(r"(?:This|These|That|Today)(?:\s+(?:%s))?\s+(?:is|are|was|were|has\s+been|have\s+been)"
                        r"(?:\s+(?:such\s+)?an?)?%s\s+(?:%s)(?:\s+(?:%s))?(?P<rest>(?:\s+for\b.*)?)$"
                        % (_VERDICT_NOUNS, _INTENSIFIERS, verb_alternation(load_words("verdict_words")), _VERDICT_NOUNS),
                        re.S)
"""`This is a proud day for our pupils`, `These results are unacceptable` (data verdict_words, verdict_nouns)."""
APPEAL_RE = re.compile(r"(?:I|We)(?:\s+(?:would|are|am|also)|['\u2019](?:d|re|m))*\s+(?:%s)\s+(?:%s)\b(?P<rest>.*)$"
                       % (verb_alternation(load_words("appeal_verbs")), verb_alternation(load_words("public_addressees"))),
                       re.S)
"""`We would ask everyone to ...`, `I'd ask people to ...` (data appeal_verbs, public_addressees)."""
MORE_RE = re.compile(r"\b(?:but|because|although|though|whereas|while|whilst|since|unless|and\s+(?:I|we|it|they))\b"
                     r"|[;:]|[.!?]\s+\S")
"""What gives a sentiment a clause or a sentence of its own."""
NAME_RE = re.compile(r"(?<!^)\b(?!I\b)[A-Z]")
"""A capitalised word after the first: a name."""
RELATIVE_RE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
"""A relative clause that may say what was done."""


def is_sentiment(text: str, span: Span) -> bool:
    """Say whether a row only voices its speaker's apology, pride, verdict or appeal to the public."""
    words = text[span[0]:span[1]].strip(EDGES)
    if not words.startswith(OPENINGS) or holds_figure(words):
        return False
    return _is_apology(words) or _is_pride(words) or _is_verdict(words) or _is_appeal(words)


def _is_apology(words: str) -> bool:
    """Say whether words are an apology with nothing after it to check."""
    match = APOLOGY_RE.match(words)
    return match is not None and MORE_RE.search(match["rest"] or "") is None


def _is_pride(words: str) -> bool:
    """Say whether words are pride in unnamed examiners' recognition, with nothing after it to check."""
    match = PRIDE_RE.match(words)
    return match is not None and MORE_RE.search(match["rest"]) is None


def _is_verdict(words: str) -> bool:
    """Say whether words are a verdict on the day, the news or the results, for nobody named."""
    match = VERDICT_RE.match(words)
    return match is not None and not any(pattern.search(match["rest"]) for pattern in (MORE_RE, NAME_RE, RELATIVE_RE))


def _is_appeal(words: str) -> bool:
    """Say whether words are an appeal to the public that names nobody."""
    match = APPEAL_RE.match(words)
    return match is not None and not any(pattern.search(match["rest"]) for pattern in (MORE_RE, NAME_RE))
