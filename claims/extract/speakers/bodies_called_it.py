"""A body's name read as a person's that the text then calls `it` (wave 26d): `Westmoor Lettings said it had
written to every tenant. It said the rents would not rise`, `Harcourt Advisory, the proxy adviser, urged investors
to vote against. In its note, it pointed out ...`: no person is `it`, so the subject `it` means the name that spoke
last, a body, rather than the other body in focus (the regulator, the company the critic rules on).

Only when the name that spoke last is read as a person and

- spoke in this paragraph, with no other person named since;
- has no title or role in the text (`chief executive Jo Roe`), no post beside it (`Jo Roe, regional officer for
  Unite,`, `Jo Roe, the council's housing officer,`, `Jo Roe, chief executive of Acme`), nor a `he` or `she` the
  text gave it;
- is never treated as a person's anywhere (`misread_bodies.never_a_person`: no honorific before its last word, its
  last word never alone before a cue: `Ms Roe`, `Roe said`).

A real person who spoke last leaves `it` to the body in focus, as before; wave 67x: so does a name opening on a known
given name (`Ada Quist said fares would rise. It denied that.`: `It` never turns Ada Quist into a body).
"""
from __future__ import annotations

import re

from ..given_people import opens_on_given_name
from ..misread_bodies import never_a_person
from ..vocabulary import ROLES
from .context import Context
from .speaker_employers import employer_named

_APPOSITIVE_RE = re.compile(r",[ \t]+(?P<words>[^,.;:\n]{1,80}),")
"""The words set off by commas right after a name: `, regional officer for Unite,`, `, the proxy adviser,`."""
_LINK_RE = re.compile(r"['\u2019]s\b|\b(?:of|for|at|with)\b")
"""What ties a post to a body inside an appositive: `the council's`, `officer for`, `director of`."""


def body_called_it(ctx: Context) -> str | None:
    """Return the person-read name that spoke last in this paragraph when `it` can only mean it, a body; else None."""
    name = ctx.last_speaker
    if name is None or ctx.last_kind != "person" or ctx.speaker_block != ctx.block or ctx.other_person:
        return None
    if name == ctx.voice or name in ctx.titles.values() or name in ctx.pronoun_of or opens_on_given_name(name):
        return None
    if employer_named(ctx.text, name) is not None or _has_post(ctx.text, name):
        return None
    return name if never_a_person(ctx.text, name) else None


def _has_post(text: str, name: str) -> bool:
    """Say whether the text sets a person's post off by commas after the name: a role not opened by `the` (`regional
    officer for Unite`), or any appositive tying a role to a body (`the council's housing officer`)."""
    at = text.find(name)
    while at >= 0:
        found = _APPOSITIVE_RE.match(text, at + len(name))
        phrase = found.group("words") if found else ""
        words = phrase.split()
        if words and any(word.lower() in ROLES for word in words) \
                and (words[0].lower() != "the" or _LINK_RE.search(phrase)):
            return True
        at = text.find(name, at + len(name))
    return False
