"""`explain` or `note` with a topic as its object (wave 67g): `She then explained the thinking behind its move`, `The
governor explains the bank's decision to hold rates and takes questions`, `The utility notes the minister's statement on
the review and will study it`. The verb names an act on a thing (a decision, a document, a line of reasoning) and
reports no words, so it is no cue: the noun phrase after it is the writer's narration, never a claim. A verb right
after the noun makes it the subject of a content clause (`explained the decision was taken in May`): a cue still."""
from __future__ import annotations

from ..vocabulary import CLOSED_WORDS, load_words

TOPIC_VERBS: frozenset[str] = frozenset("explain explains explained note notes noted".split())
"""Cue words that also name an act on a thing (`explained the decision`, `noted the statement`)."""
TOPIC_NOUNS: frozenset[str] = load_words("topic_nouns")
"""Nouns of a topic, a decision or a document (`data/topic_nouns.txt`)."""
TOPIC_DETERMINERS: frozenset[str] = frozenset("the a an its their his her this these our".split())
"""Words that open the object's noun phrase."""
PHRASE_FOLLOWERS: frozenset[str] = frozenset(
    "of on to for about behind into over under at in by with from around regarding concerning and or but after before "
    "which as".split())
"""Words that follow a noun phrase's end: a preposition, a conjunction, a relative (`the thinking behind`)."""
MAX_TOPIC_MODIFIERS = 2
"""At most this many words stand between the determiner and the topic's noun (`the bank's rate decision`)."""


def topic_object(verb: str, following: list[str]) -> bool:
    """Say whether a cue word `verb` takes a topic as its object (`explained the thinking behind`, `notes the
    minister's remarks on`): a determiner, up to two modifiers, a topic's noun, then a preposition, `to`, a
    conjunction or the sentence's end, never a verb."""
    if verb.lower() not in TOPIC_VERBS or not following or following[0].lower() not in TOPIC_DETERMINERS:
        return False
    for index, word in enumerate(following[1:MAX_TOPIC_MODIFIERS + 2], start=1):
        bare = word.lower().strip(".,;:!?")
        if bare in TOPIC_NOUNS:
            return _phrase_ends(word, following[index + 1:index + 2])
        if bare in CLOSED_WORDS or bare != word.lower():
            return False  # "explained the figures, which": a clause or a stop before any topic's noun
    return False


def _phrase_ends(noun: str, after: list[str]) -> bool:
    """Say whether the topic's noun ends its phrase: a stop after it, or a preposition, `to` or a conjunction next."""
    return noun[-1:] in ".,;:!?" or not after or after[0].lower() in PHRASE_FOLLOWERS
