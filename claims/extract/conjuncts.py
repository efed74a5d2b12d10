"""Two objects of one verb: `had lost its shop and its post office since 2019` is one claim, though `and` is followed
by a determiner as a new clause would be (`sales rose and some shops now open on Sundays` is two), and two things
each placed on its own (`opened a depot in Ayr and a ticket office in every town`) are two items. Wave 27e: the second
object's own words are read as a noun phrase's (`a fractured hip`: an -ed adjective after a determiner), a clause of its
own after it (`when he arrived`, `, which led to ...`) lends it no verb, `since` before a verb (`had since installed
barriers`) is no preposition of the first object, and `and a half` after a number is part of the number."""
from __future__ import annotations

from collections.abc import Callable

from .figures import is_figure_word
from .vocabulary import IRREGULAR_PARTICIPLES, PREPOSITIONS, SENDING_PARTICIPLES

MAX_CONJUNCT_WORDS = 10
"""How far after `and` a clause's verb must come; a noun phrase this long with no verb is an object."""
BARE_OBJECT_WORDS = 3
"""How many words before `and` must hold no preposition for the first object to be bare (`its shop`)."""
PRESENT_VERBS: frozenset[str] = frozenset(
    "are is remain remains stay stays exceed exceeds meet meets run runs open opens hold holds face faces need needs "
    "now still also continue continues".split())
"""Words that mark the words after `and` as a clause without a past tense (`some schools now exceed ...`)."""


DETERMINERS: frozenset[str] = frozenset("a an the its their his her our this these those every each another no".split())
"""Words after which an -ed word is an adjective of a noun (`a fractured hip`, `the revised plans`), never a verb."""
SUBORDINATORS: frozenset[str] = frozenset("when whenever because until unless while whilst although though once "
                                          "which".split())
"""Words that open a clause of its own after a noun phrase (`a fractured hip when he arrived`): its verb is not the
noun phrase's."""
FRACTIONS: frozenset[str] = frozenset("half quarter".split())
"""What `and a` joins to a number as part of it (`seven and a half hours`)."""


def verbless_object(text: str, before: list[str], start: int, end: int, verb_like: Callable[[str], bool]) -> bool:
    """Say whether the words after an `and` are a second object of the verb before it: the first object is bare (no
    preposition in its last words) and no verb follows the `and` before a clause of its own begins."""
    if bare_first_object(before, verb_like):
        words = text[start:end].split()[:MAX_CONJUNCT_WORDS]
        return not any(clause_verb(words, at, verb_like) for at in range(own_words(words, verb_like)))
    return False


def bare_first_object(before: list[str], verb_like: Callable[[str], bool]) -> bool:
    """Say whether the last words before an `and` hold no preposition, `since` before a verb being an adverb."""
    last = before[-BARE_OBJECT_WORDS:]
    return not any(word.lower() in PREPOSITIONS and not (word.lower() == "since" and at + 1 < len(last)
                                                         and verb_like(last[at + 1]))
                   for at, word in enumerate(last))


def clause_verb(words: list[str], at: int, verb_like: Callable[[str], bool]) -> bool:
    """Say whether a word after an `and` is a clause's verb: a past or present verb, not an -ed adjective after a
    determiner (`a dislocated shoulder`)."""
    word = words[at]
    if not (verb_like(word) or word.lower().strip(",;") in PRESENT_VERBS):
        return False
    return not (at > 0 and words[at - 1].lower() in DETERMINERS and word.lower().endswith("ed")) \
        and not reduced_relative(words, at)


def reduced_relative(words: list[str], at: int) -> bool:
    """Say whether a past participle (in `-ed`, or `PARTICIPLES_NOT_IN_ED`) after a noun and before `by` qualifies
    that noun (`a review of documents provided by a lawyer`, `referrals sent by hospitals`): a participle, no clause's
    verb (wave 49e)."""
    word = words[at].lower()
    return 0 < at < len(words) - 1 and (word.endswith("ed") or word in PARTICIPLES_NOT_IN_ED) \
        and words[at + 1].lower() == "by" \
        and words[at - 1][-1:].isalpha() and words[at - 1].islower() \
        and words[at - 1].lower() not in DETERMINERS | NOT_NOUNS_BEFORE_PARTICIPLE


PARTICIPLES_NOT_IN_ED: frozenset[str] = IRREGULAR_PARTICIPLES | SENDING_PARTICIPLES
"""Past participles not in `-ed` (`made`, `given`, `sent`) that may qualify a noun before `by`."""
NOT_NOUNS_BEFORE_PARTICIPLE: frozenset[str] = frozenset(
    "it they he she we who which that was were is are be been being has have had not also then later".split())
"""Words before an -ed word that make it a clause's verb or its auxiliary's (`it provided by`, `were provided by`)."""


def own_words(words: list[str], verb_like: Callable[[str], bool]) -> int:
    """Return how many words after an `and` belong to its phrase: up to a subordinator that opens a clause of its own
    (`when the unit closed`, `, which cost £40,000`), unless that clause is an aside a verb follows (`the drivers, who
    were not insured, walked out`: a subject's)."""
    for at, word in enumerate(words):
        if word.lower() in SUBORDINATORS and at > 0 and not aside_then_verb(words, at, verb_like):
            return at
    return len(words)


def aside_then_verb(words: list[str], at: int, verb_like: Callable[[str], bool]) -> bool:
    """Say whether a clause opened at `at` closes with a comma and a verb follows it (`, who were ..., walked out`)."""
    return any(word.endswith(",") and verb_like(words[nxt]) for nxt, word in enumerate(words[at:-1], start=at + 1))


def fraction_of_number(before: list[str], after: list[str]) -> bool:
    """Say whether an `and` joins a fraction to the number before it (`seven and a half hours`), never two clauses."""
    return bool(before) and len(after) >= 2 and is_figure_word(before[-1]) and after[0].lower() == "a" \
        and after[1].lower().strip(",.;") in FRACTIONS
