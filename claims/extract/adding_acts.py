"""A verb of adding in its sense of putting an amount in (wave 66g): `Ms Orrin added 64 amendments before passing the
bill`, `The firm added 3,420 plots to its land bank`, `The rise adds £93.40 a year to a bill`, `..., adding 2,600 to
the normal count`. After the verb, an amount (a figure, a sum or a number in words, maybe after a word sizing it:
`about`, `another`, `a further`) and no finite verb in the rest of its clause: the amount is the verb's object, so
the verb is an act the sentence narrates, never a cue before a claim. `He added 40 cases had been reported`, `She
added 300 jobs would go` keep their cue: the amount opens a clause of its own there, with its verb."""
from __future__ import annotations

from .figures import is_amount
from .vocabulary import FINITE_WORDS, IRREGULAR_PAST, is_ed_form

ADDING_VERBS: frozenset[str] = frozenset("add adds added adding".split())
"""The forms of `add`, a cue when it adds words and an act when it adds an amount."""
SIZING_WORDS: frozenset[str] = frozenset("about around almost nearly over some another further extra more than up to "
                                         "a an roughly just".split())
"""Words that size an amount before it (`about €164`, `a further 12`, `more than 300`)."""
MAX_SIZING_WORDS = 2
"""At most this many sizing words stand before the amount (`more than`, `a further`)."""
CLAUSE_ENDS = ",;:.!?"
"""Marks that end the clause the amount opens."""


def _has_verb(words: list[str]) -> bool:
    """Say whether a clause's words hold a finite verb, in small letters (`May` is a month): an auxiliary, a copula, a
    modal or a verb's past."""
    return any(w in FINITE_WORDS or w in IRREGULAR_PAST or w.islower() and is_ed_form(w) for w in words)


def _clause(words: list[str]) -> list[str]:
    """Return the words up to the first that ends the clause (that word too, its mark stripped)."""
    taken = []
    for word in words:
        taken.append(word.strip(CLAUSE_ENDS + "\"'\u201c\u201d"))
        if word[-1:] in CLAUSE_ENDS:
            break
    return taken


def adds_amount(ahead: list[str]) -> bool:
    """Say whether the words from a cue word on (`added`, `64`, `amendments`, ...) add an amount: a form of `add`,
    up to MAX_SIZING_WORDS sizing words, an amount, and no finite verb in the rest of its clause."""
    if not ahead or ahead[0].lower() not in ADDING_VERBS:
        return False
    at = 1
    while at < len(ahead) and at <= MAX_SIZING_WORDS and ahead[at].lower() in SIZING_WORDS:
        at += 1
    if at >= len(ahead) or not is_amount(ahead[at]):
        return False
    return not _has_verb(_clause(ahead[at:])[1:])
