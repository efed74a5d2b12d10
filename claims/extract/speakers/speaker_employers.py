"""The body a quoted person works for, as the text first names them (`Harbour Buses chief executive Jo Roe`, `Acme's
founder and managing director, Jo Roe,`, `Jo Roe, chief executive of Acme,`, and since wave 34i a post in capitals,
`Orrin Valves CEO Jo Roe`): a bare `the company` right after that person spoke is that body, not the company that
has said most in the text (wave 21d), nor a body whose turn it was before that person spoke (wave 34i)."""
from __future__ import annotations

import re

from ..vocabulary import ROLES, load_words, SINGULAR_POSSESSIVES
from ..text_caches import per_text

_NAME = r"[A-Z][\w&'\u2019\-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?[A-Z][\w&'\u2019\-]*)*"
"""A capitalised run that may name a body (`Harbour City Buses`, `Bank of Tarrow`)."""
_ROLE_WORDS = r"(?:[a-z][a-z\-]*[ \t]+){0,4}[a-z][a-z\-]*"
"""One to five lower-case words of a post (`chief executive`, `founder and managing director`)."""
_BEFORE_RE = re.compile(rf"(?P<body>{_NAME})(?:['\u2019]s)?[ \t]+(?P<role>{_ROLE_WORDS}),?[ \t]+$")
"""The body and post right before a person's name: `Harbour City Buses chief executive `, `Sunward's founder, `."""
_AFTER_RE = re.compile(rf",[ \t]+(?:the[ \t]+|its[ \t]+)?(?P<role>{_ROLE_WORDS})[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
                       rf"(?P<body>{_NAME})")
"""The post and body right after a person's name: `, chief executive of Acme Water`."""
_WINDOW = 90
"""How far before a person's name its employer and post may begin."""


def _is_post(words: str) -> bool:
    """Say whether lower-case words are a post: their last word is a role (`chief executive`, `managing director`)."""
    return words.split()[-1] in ROLES


@per_text(256)
def employer_named(text: str, person: str) -> str | None:
    """Return the capitalised name of the body the text first places a person at by their post, else None."""
    at = text.find(person)
    if at < 0 or not person:
        return None
    before = _BEFORE_RE.search(text, max(0, at - _WINDOW), at)
    if before is not None and _is_post(before.group("role")):
        return _bare(before.group("body"))
    after = _AFTER_RE.match(text, at + len(person))
    if after is not None and _is_post(after.group("role")):
        return _bare(after.group("body"))
    return _before_capital_post(text, at)


_CAPITAL_RUN_RE = re.compile(rf"(?P<run>{_NAME})[ \t]+$")
"""The capitalised run right before a person's name: a body and a post in capitals (`Orrin Valves CEO `)."""


def _before_capital_post(text: str, at: int) -> str | None:
    """Return the body written before a post in capitals right before a person's name (`Orrin Valves CEO Jo Roe`,
    `Tarn Ladders President and CEO Al Key`), else None (wave 34i)."""
    if at < 2 or not text[at - 2].isalpha():
        return None  # the cheap test first: a word, not a comma or a quotation mark, right before the name
    run = _CAPITAL_RUN_RE.search(text, max(0, at - _WINDOW), at)
    words = run.group("run").split() if run is not None else []
    cut = len(words)
    while cut > 0 and (words[cut - 1].lower().rstrip(".") in COMPANY_POSTS or words[cut - 1] in _POST_JOINS):
        cut -= 1
    if cut == len(words) or cut == 0 or words[cut] in _POST_JOINS:
        return None  # no company's post, or one with no body before it (`Transport Secretary Jo Roe`, `President X`)
    return _bare(" ".join(words[:cut]))


COMPANY_POSTS: frozenset[str] = load_words("company_posts")
"""Posts in capitals a company's people hold (`CEO`, `President`, `Managing Director`; `data/company_posts.txt`)."""
_POST_JOINS: frozenset[str] = frozenset({"and", "&", "of"})
"""Words that join the parts of a post in capitals (`President and CEO`)."""


def _bare(name: str) -> str:
    """Return a body's name without a sentence's opening `The` and its possessive ending (`Sunward's` -> `Sunward`)."""
    name = name[4:] if name.startswith("The ") else name
    return name[:-2] if name.endswith(SINGULAR_POSSESSIVES) else name
