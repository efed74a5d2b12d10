"""A role written after a body's or party's name with an article and no person named (`The Green Party MP said`,
`the Social Democrat councillor said`): a person so titled speaks, never the body. The name finder reads such a
phrase as a body with role letters (`Green Party` + `MP`) or as a person (`Social Democrat`), so the role after
the name is read here from the words themselves."""
from __future__ import annotations

from ..entities import Mention, find_mentions
from ..vocabulary import ARTICLES, POST_NOMINALS, ROLES, VOICE_ROLES

from .context import Context


def _role_words(text: str, mention: Mention, end: int) -> list[str] | None:
    """Return the role words after the name in a phrase `<article> <name> <roles>`, else None."""
    words = text[mention.start:end].split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    elif text[max(0, mention.start - 4):mention.start].strip().lower() not in ARTICLES:
        return None  # no article: "Jo Roe MP said" is a person's own name
    named = mention.name.split()
    if words[:len(named)] != named or len(words) == len(named):
        return None
    return [w.lower().strip(",") for w in words[len(named):]]


def role_after_name(text: str, end: int, words: list[str], mentions: list[Mention],
                    ctx: Context) -> tuple[str, str] | None:
    """Resolve `<article> <body or party> <role>` before a cue: the person the text titled so, else the text's
    words, unresolved; never the body (a voice role such as `spokesperson` is the body's and is left alone)."""
    if not mentions or mentions[-1].possessive or mentions[-1].kind not in ("org", "person") \
            or words[-1] in VOICE_ROLES or words[-1] not in ROLES:
        return None
    roles = _role_words(text, mentions[-1], end)
    if not roles or not all(w in ROLES and w not in VOICE_ROLES for w in roles):
        return None
    if roles[-1] in ctx.titles:
        return ctx.titles[roles[-1]], "person"
    phrase = " ".join(text[mentions[-1].start:end].split())
    if phrase.split()[0].lower() not in ARTICLES:
        phrase = text[max(0, mentions[-1].start - 4):mentions[-1].start].strip() + " " + phrase
    return phrase, "unresolved"


def named_member(text: str, begin: int, finish: int) -> bool:
    """Say whether a clause is only a person's name and the role letters after it (`Nia Penhal MP`, `Jo Roe TD`): a
    name, never a role phrase that would hand the turn to the clause before it (`The Greens' spokesperson`)."""
    words = text[begin:finish].split()
    if len(words) < 3 or words[-1].lower().replace(".", "") not in POST_NOMINALS:
        return False  # the cheap test first: no role letters at the end
    mentions = find_mentions(text, begin, finish)
    return len(mentions) == 1 and mentions[0].kind == "person" \
        and text[mentions[0].start:mentions[0].end] == " ".join(words)
