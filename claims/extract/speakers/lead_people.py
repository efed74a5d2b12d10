"""A news lead's speaker described as one person before the text names them, and the person the next paragraph names
for them (one mechanism, wave 60x; waves 36e, 59d, 59n). The description is a noun (`lead_person`): `A HOSPITAL boss
has conceded wards are fuller than ever ...` then `Jo Roe, the chief executive of X, told governors`; `A Dunford Water
Trust leader has said ...` then `Al Ash, Chief Executive of X, ...`; `A Marshby woman says ...` then `Ada Brell (52)
has complained ... but says`; or a post (`lead_holder`): a post held in a body that no name holds (`The chief
executive of X has admitted`, read by `held_posts`), or a leading post with no body's name (`lead_post`: `A HOSPITAL
boss has conceded`, `according to the borough's housing chief`). Never a person the text names before the description
(`_named_before`: a writer who knew them would name them).

A noun is read only in a lead before anyone has spoken, as an indefinite description ending on a person's noun (never
a spokesperson's: a body's voice is not the person named next): the person whose full name opens the very next
paragraph, in a sentence that reports them (a cue: `told`, `reported`, `says`); a person named there without one is
someone the lead tells of (`A coroner has warned ...` then `Kenneth Ashdown, 81, fell at his home`), and so is one when
the lead itself tells of another person it describes (`A coroner has said ... after an 84-year-old man who fell`);
otherwise the description is read as before. The person counterpart of `lead_bodies` and `described_leads`.

A post opening its paragraph's first sentence is the first person the next paragraph names (never a name before a post
in lower case: `X chief executive Jo Roe` names her employer first), given a post that fits (`held_posts.fits_post`
for a held post; for a leading post, no post or a leader's, `data/leading_holder_posts.txt`: never a union organiser
for `A HOSPITAL boss`); any other post with `a` (`A coroner`) is `post_holders`' to read."""
from __future__ import annotations

import re
from typing import Callable

from ..entities import Mention, find_mentions
from ..text import line_end, line_start, next_paragraph
from ..vocabulary import CUE_VERBS, DESCRIBED_PEOPLE, PLACED_PEOPLE, ROLES, STANDALONE_ROLES, VOICE_ROLES, load_words

from .context import Context
from .titles import without_filler
from .words import LEADING_POSTS, MAX_POST_WORDS

Post = tuple[str, tuple[str, ...]]
"""A post word and its describing words (`executive`, (`chief`,))."""
Fits = Callable[[str, Post], bool]
"""A test of the words before a name (`Union organiser `) against the post a lead described the person by."""

LEAD_PERSON_NOUNS: frozenset[str] = load_words("lead_person_nouns") | DESCRIBED_PEOPLE | PLACED_PEOPLE | STANDALONE_ROLES
"""Nouns that end a lead's description of one person (`boss`, `woman`, `leader`, `tenant`, `driver`)."""
LEADING_HOLDER_POSTS: frozenset[str] = LEADING_POSTS | load_words("leading_holder_posts")
"""The posts a news lead's leading post (`A HOSPITAL boss`) may stand for in the holder named after it (wave 59n)."""
MAX_DESCRIPTION_WORDS = 6
"""The words of a lead's description, its article included (`A Dunford Water Trust leader`)."""
OPENING_SPAN = 80
"""How far into the next paragraph the person's name may reach."""
_STOP_RE = re.compile(r"[.!?](?=\s|$)")
"""A sentence's full stop."""
_WORD_STRIP = ".!?,;:()\"'\u2018\u2019\u201c\u201d"
"""Punctuation around a word of the sentence, its full stop too (`the death of a woman.`, 60m)."""
_LEAD_POST_RE = re.compile(r"^(?:(?:[Aa]|[Aa]n|AN)[ \t]+|[Tt]he[ \t]+[a-z\-]+['\u2019]s[ \t]+)"
                           r"(?P<post>[\w\-]+(?:[ \t]+[\w\-]+){0,3})$")
"""A post a news lead writes with no body's name: `A HOSPITAL boss`, `the borough's housing chief` (wave 59n)."""
_CLAUSE_CUT_RE = re.compile(r"[,;:(]")
"""What ends a clause before a name: `In a statement, `, `(`."""
_SENTENCE_STOP_RE = re.compile(r"[.!?][\"'\u201d\u2019]?[ \t]")
"""A sentence's end inside a paragraph, a closing quotation mark included."""


def lead_person(text: str, start: int, end: int, raw: list[str], words: list[str],
                ctx: Context) -> tuple[str, str] | None:
    """Return the person whose full name opens the paragraph after a lead's indefinite description of one person
    (`A hospital boss has conceded`), else None."""
    if not 2 <= len(words) <= MAX_DESCRIPTION_WORDS or words[0] not in ("a", "an") or not raw[-1].isalpha() \
            or words[-1] not in LEAD_PERSON_NOUNS or words[-1] in VOICE_ROLES \
            or ctx.org_speakers or ctx.last_speaker is not None:
        return None
    if _tells_of_another(text, end):
        return None  # "A coroner has said ... an 84-year-old man who fell": the person named next may be either
    named = _opening_person(text, end)
    if named is None or _named_before(text, start, named.name):
        return None  # "Ada Brell opened the ward. A HOSPITAL boss has admitted ...": a writer who knew her would name her
    return ctx.add(named), "person"


def lead_post(clause: str) -> Post | None:
    """Return the post word of a leading post (`data/leading_posts.txt`) written with `a` or after a lower-case owner's
    possessive (`A HOSPITAL boss` -> boss, ()), with no describing words (the holder is read by the post word only),
    else None."""
    match = _LEAD_POST_RE.match(without_filler(clause).strip())
    words = match.group("post").split() if match is not None else []
    if not words or len(words) > MAX_POST_WORDS or not all(w.islower() or w.isupper() for w in words):
        return None  # "a Harbour Trust director": a body's name before the post
    post = words[-1].lower()
    return (post, ()) if post in LEADING_POSTS else None  # "A coroner", "a senior police officer": `post_holders`


def lead_post_holder(clause: str, text: str, at: int, ctx: Context) -> tuple[str, str] | None:
    """Return the person a news lead's leading post with no body's name means (`A HOSPITAL boss has conceded`), else
    None."""
    post = lead_post(clause)
    return lead_holder(text, at, post, ctx, lead_fits) if post is not None else None


def lead_holder(text: str, at: int, post: Post, ctx: Context, fits: Fits) -> tuple[str, str] | None:
    """Return the first person the next paragraph names when the post opens its paragraph's first sentence and the
    words before the name fit it, else None."""
    opening = line_start(text, at)
    if _SENTENCE_STOP_RE.search(text, opening, at):
        return None  # not the paragraph's first sentence
    following = next_paragraph(text, at)
    if following is None:
        return None
    for mention in find_mentions(text, following, line_end(text, following)):
        if mention.kind != "person" or before_post(text, mention.end):
            continue  # "Kirkbridge Active chief executive Jo Roe": the employer before her post, never a person
        if _named_before(text, at, mention.name) or not fits(text[following:mention.start], post):
            return None
        return ctx.add(mention), "person"
    return None


def before_post(text: str, end: int) -> bool:
    """Say whether a role in lower case follows a name (`X chief executive Jo Roe`): the name is the post's body."""
    following = text[end:end + 30].split()
    return bool(following) and following[0].islower() and following[0] in ROLES


def lead_fits(before: str, post: Post) -> bool:
    """Say whether the words before a name give it no post or a post of one who leads (`data/leading_holder_posts.txt`):
    never a union organiser for `A HOSPITAL boss` (wave 59n); `post` is the lead's leading post, any of them alike."""
    given = [w for w in clause_before_name(before) if w in ROLES]
    return not given or any(w in LEADING_HOLDER_POSTS for w in given)


def clause_before_name(before: str) -> list[str]:
    """Return the words of the clause right before a name, lower case (`In a statement, hospital director ` ->
    hospital, director): the post the text gives the name there, if any (`lead_fits`, `held_posts.fits_post`)."""
    return _CLAUSE_CUT_RE.split(before)[-1].lower().split()


def _named_before(text: str, at: int, name: str) -> bool:
    """Say whether the text names the person before the lead's description of them, which starts at `at`."""
    return text.find(name, 0, at) >= 0


def _tells_of_another(text: str, end: int) -> bool:
    """Say whether the lead's paragraph, from its cue on, describes another person (`an 84-year-old man`, `a Boston
    grandfather`)."""
    words = [word.strip(_WORD_STRIP).lower() for word in text[end:line_end(text, end)].split()]
    return any(word in ("a", "an") and any(later in LEAD_PERSON_NOUNS or later.endswith("-year-old")
                                           for later in words[index + 1:index + 1 + MAX_DESCRIPTION_WORDS])
               for index, word in enumerate(words))


def _opening_person(text: str, end: int) -> Mention | None:
    """Return the person whose name of two words or more opens the paragraph after the one holding `end`, else None."""
    opening = next_paragraph(text, end)
    if opening is None:
        return None  # the lead is the text's last paragraph: nobody named after it
    mentions = find_mentions(text, opening, min(len(text), opening + OPENING_SPAN))
    if not mentions or mentions[0].start != opening or mentions[0].kind != "person" or len(mentions[0].name.split()) < 2:
        return None
    return mentions[0] if _reports(text, mentions[0].end) else None


def _reports(text: str, at: int) -> bool:
    """Say whether the sentence going on from `at` holds a cue (`, the chief executive of X, told governors`)."""
    full_stop = _STOP_RE.search(text, at)
    stop = min(line_end(text, at), full_stop.start() if full_stop else len(text))
    return any(word.strip(_WORD_STRIP).lower() in CUE_VERBS for word in text[at:stop].split())
