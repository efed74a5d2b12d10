"""The `claim` column as a standalone statement: the quote, with the words its context supplies in square brackets.

A quote is often no statement on its own: a bullet under `Inspectors found that the council:` reads `took 11 weeks
to reply`, an item of `including A, B and C` reads `B`, a reported `it had cut waits` does not say who `it` is. As
editors do, the words the quote needs are added in square brackets, so the analyst sees what the machine added; the
quote's own words are never changed (only its first letter is made a capital when nothing comes before it). The
rules are tried in this order, the first that applies wins:

1. **Lead-ins** (`lead_in`): an item of a bullet list whose lead-in line ends with a colon, or an item after
   `including` (`include`, `includes`, `included`) in its sentence, gets the lead-in's words before it,
   `[The council has] opened 40 beds.`, `[Highlights include] Group sales up 4%.`, when the item alone is no
   sentence: it opens on a lower-case verb the lead-in governs (a past tense, or any word after a lead-in ending
   on an auxiliary, a modal or `to`), or it has no verb and the lead-in ends on one (`include`, `found`, `were`).
   An item holding an auxiliary or a copula (`medicines were not stored safely`) is a sentence and is left alone.
   The lead-in's words are its sentence's, after the reporting clause when the lead-in holds the row's cue
   (`Inspectors found that the landlord:` gives `[The landlord]`); a lead-in that opens on a pronoun
   (`It achieved:`, `These included`) says nothing more and is not used.
   A pronoun opening those words that stands for the speaker (rule 3) is written as the speaker
   (`Kelmere Trust said that it has:` gives `[Kelmere Trust has]`).
2. **The cue's subject** (`opens_on_cue`): a quote that opens on its own cue's verb in lower case (the extractor
   took `rated it inadequate` after `the regulator`, `denied that ...` after `The firm`) gets the speaker before it:
   `[Care Quality Commission] rated it inadequate.`
3. **Pronouns** (`speaker_pronoun`): a quote opening on a subject pronoun that stands for the speaker gets the
   speaker's name in brackets after the pronoun, so the verb's agreement is untouched:
   `It [Kelmere Trust] cut waiting times by 12%.`, `We [Kelmere Trust] are sorry.` `he`, `she` (a person) and `it`,
   `they` (any speaker but a person) count only in reported speech right after the row's cue when it is a
   reporting verb (`Jo Roe said she had resigned`; `told` only with `us`, `me`, `reporters` between); inside a
   quotation, after `found` or `according to` they may name someone else. `we` counts for an organisation or an
   inspectorate (its quotation or its own release); a person's `we` is a body the row does not name. `it` before
   a copula counts only when what follows could be said of a party (`it was aware`, `it was "deeply
   disappointed"`), not in `it was too early to say` or `it is important that`.

4. **Gaps in a list** (`gapped_items`, tried after the lead-ins): a later item of a list whose first clause is
   passive gets the words the gap leaves out: `the windows [had been] replaced.`, `[The service was judged]
   adequate in four.`; a headline-style passive at a line's start gets its auxiliary: `No injuries [were] reported.`

5. **Bare answers** (`transcript.asked_before`): an interview's answer that is only a figure (`A: About £140,000.`)
   gets its question: `[Asked "What did the research cost?"] About £140,000.`

When no rule is sure, the claim is the quote as a statement (`plain_statement`), as before.
"""
from __future__ import annotations

import re

from ..model import BODY_KINDS
from .gapped_items import gapped_claim, telegraphic_claim
from .text import BULLET_RE, line_start
from .transcript import asked_before
from .vocabulary import (
    ABBREVIATIONS, FINITE_WORDS, PARTY_PRONOUNS, PAST_ED_RE, PERSON_PRONOUNS, SPEAKER_PRONOUNS, SPEECH_VERBS,
    is_plain_past, load_words,
)

LEAD_VERBS = load_words("lead_verbs")
"""Verbs whose objects a list's items are (`include`, `show`), besides the finite words and past tenses."""
STANCE_WORDS = load_words("stance_words")
"""What a party may be after `it` and a copula (`aware`, `sorry`), besides -ed and -ing words."""
COPULAS_OF_LISTS = frozenset({"is", "are", "was", "were"})
"""A lead-in ending on one of these (`The key findings were:`) takes phrases, not verbs."""
GOVERNING_ENDS = (FINITE_WORDS - COPULAS_OF_LISTS) | frozenset({"to"})
"""A lead-in ending on one of these governs the verb each item opens on (`The council has:`, `It must:`)."""
OBJECT_ENDS = LEAD_VERBS | COPULAS_OF_LISTS | frozenset({"has", "have", "had"})
"""A lead-in ending on one of these (or on a past tense) takes items without a verb as its objects."""
SUBJECT_STARTS = frozenset("i we our my you your they he she it".split())
"""An item opening on one of these words is a clause of its own (`Our wards remain good`)."""
PRONOUN_LEADS = frozenset("it its this that these those they he she we i there such".split())
"""A lead-in opening on one of these words needs its own antecedent: it is not used."""
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
EDGES = " ;,:-\u2013\u2014"
"""What a quote's ends lose before it is a statement: spaces, stray punctuation, dashes."""
ENDS = (".", "!", "?", "\u201d", '"', "'", "\u2019")
"""A statement already ends when it ends on one of these."""
MAX_LEAD_WORDS = 30
"""A longer lead-in is not used (the claim would be a paragraph)."""
LOOK_BACK = 300
"""How many characters before a quote are read for its sentence's lead-in or cue."""
MAX_LIST_LINES = 40
"""How many lines above an item are read for its list's lead-in."""
INCLUDING_WINDOW = 160
"""How many characters before an item `including` may be (its item and at most MAX_BETWEEN_WORDS words after it)."""
MAX_CUE_GAP_WORDS = 6
"""At most this many words between the cue and a reported pronoun (`said in a statement on Friday that it`)."""

SENTENCE_BREAK_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n")
"""Where a sentence before a quote ended: a mark and a space, or a line break."""
WORD_RE = re.compile(r"[\w'\u2019-]+")
INCLUDING_RE = re.compile(r"\bincluding\b|\binclude[sd]?[ \t]+$", re.IGNORECASE)
"""`including` before a list's items, or `include`, `includes`, `included` right before the item."""
WE_KINDS = BODY_KINDS
"""The kinds of speaker `we` stands for, the bodies (a person's `we` is their organisation, which the row does not name)."""
REPORTING_VERBS = SPEECH_VERBS | frozenset({"say", "told", "tells", "tell"})
"""The cues a reported pronoun may follow (`found it failed`, `according to X, it` name someone else or no one)."""
TOLD_GAP = frozenset({"us", "me", "reporters", "journalists", "that"})
"""The only words between `told` and a pronoun: `told the hospital it would lose` is the hospital's `it`."""
MAX_BETWEEN_WORDS = 12
"""At most this many words of earlier items between `including` and an item."""
COPULAS = frozenset({"is", "was", "were", "are", "'s", "\u2019s", "remains", "remained"})
BE_AFTER = {"will": "be", "would": "be", "could": "be", "may": "be", "might": "be", "must": "be", "should": "be",
            "has": "been", "had": "been", "have": "been"}
"""An auxiliary and the copula that follows it (`it would be`, `it had been`)."""
NOT_PARTY_VERBS = frozenset({"seems", "seemed", "appears", "appeared", "emerged", "means", "meant", "remains",
                             "remained", "matters", "mattered", "follows", "followed", "takes", "took", "costs"})
"""Verbs after `it` whose `it` is rarely the speaker (`it emerged that`, `it takes time`)."""


def plain_statement(folded: str) -> str:
    """Turn a quote whose white space is folded already into a statement: capital first, full stop last."""
    claim = folded.strip(EDGES)
    if claim and claim[0].islower():
        claim = claim[0].upper() + claim[1:]
    return _ended(claim)


def _ended(claim: str) -> str:
    """Return a statement with a full stop last unless it ends already."""
    return claim if claim.endswith(ENDS) else claim + "."


def standalone(text: str, start: int, folded: str, speaker: str, kind: str, cue: str) -> str:
    """Return the claim of a quote at `start` (white space folded) as a standalone statement (see the module)."""
    if speaker.casefold() in PRONOUN_LEADS:
        speaker = ""  # `it`, `they`: a speaker that names no one is never added
    item = folded.strip(EDGES)
    lead = lead_in(text, start, folded, cue, speaker, kind)
    if lead:
        return f"[{lead}] {_ended(item)}"
    gapped = gapped_claim(text, start, item) or telegraphic_claim(text, start, item)
    if gapped:
        return gapped[0].upper() + gapped[1:]  # "the windows [had been] replaced": a list's gap filled
    question = asked_before(text, start, item) if cue == "transcript" else ""
    if question:
        return f'[Asked "{question}"] {plain_statement(folded)}'  # "A: About £140,000.": its question says of what
    if speaker and opens_on_cue(folded, cue):
        return f"[{speaker}] {_ended(item)}"
    statement = plain_statement(folded)
    if speaker and speaker_pronoun(text, start, folded, kind, cue):
        first, _, rest = statement.partition(" ")
        return f"{first} [{speaker}] {rest}"
    return statement


def opens_on_cue(quote: str, cue: str) -> bool:
    """Say whether a quote opens on its own cue's verb in lower case (`rated it inadequate`, `denied that ...`): the
    speaker named just before it is the verb's subject."""
    words, verb = quote.split(None, 2)[:2], cue.split(" ", 1)[0]
    if not words or not verb or len(words) > 1 and words[1].casefold() in FINITE_WORDS:
        return False  # `recorded was 203 days`: a participle after a noun, not a verb of the speaker's
    return words[0][:1].islower() and words[0].casefold() == verb.casefold()


def lead_in(text: str, start: int, item: str, cue: str, speaker: str = "", kind: str = "") -> str:
    """Return the lead-in words an item of a list needs before it ("" when it is a sentence or has no lead-in)."""
    lead = _bullet_lead(text, start) or _including_lead(text, start)
    if not lead or not governed(item, lead):
        return ""
    return _lead_words(lead, cue, speaker, kind)


def governed(item: str, lead: str) -> bool:
    """Say whether an item is no sentence without its lead-in: a verb the lead-in governs, or no verb at all."""
    words = [w.casefold() for w in WORD_RE.findall(item)]
    lead_words = [w.casefold() for w in WORD_RE.findall(lead)]
    if not words or not lead_words:
        return False
    first, last = item.lstrip()[:1], lead_words[-1]
    if words[0] in SUBJECT_STARTS or any(w in FINITE_WORDS for w in words):
        return False  # `medicines were not stored safely`, `Our wards remain good`: a clause of its own
    pasts = [is_plain_past(w) for w in words]
    if first.islower() and (pasts[0] or last in GOVERNING_ENDS and not any(pasts)):
        return True  # `took 11 weeks to reply` under `found that the council:`; `pay $3m` under `must:`
    return not any(pasts) and (last in OBJECT_ENDS or is_plain_past(last))


def _bullet_lead(text: str, start: int) -> str:
    """Return the lead-in line of the bullet list whose item begins at `start`, without its colon ("" if none)."""
    line = line_start(text, start)
    marker = BULLET_RE.match(text, line, start + 1)
    if marker is None or marker.end() != start:
        return ""
    end = line - 1
    for _ in range(MAX_LIST_LINES):
        if end <= 0:
            return ""
        begin = line_start(text, end)
        above = text[begin:end].strip()
        if above and not BULLET_RE.match(text, begin, end):
            return _last_sentence(above[:-1]) if above.endswith(":") else ""
        end = begin - 1
    return ""


def _including_lead(text: str, start: int) -> str:
    """Return the sentence before an item of `..., including A, B and C` up to `including` ("" if none)."""
    if not text[start - 1:start].isspace() or text.rfind("nclud", max(0, start - INCLUDING_WINDOW), start) < 0:
        return ""  # no `including` before the item (a cheap test first)
    before = text[max(0, start - LOOK_BACK):start]
    found = list(INCLUDING_RE.finditer(before))
    if not found:
        return ""
    between = before[found[-1].end():]
    words = [w.casefold() for w in WORD_RE.findall(between)]
    if any(c in between for c in ".;:!?\n" + QUOTE_MARKS) or len(words) > MAX_BETWEEN_WORDS \
            or any(w in FINITE_WORDS for w in words):
        return ""
    return _last_sentence(before[:found[-1].end()])


def _last_sentence(text: str) -> str:
    """Return the last sentence of a text that ends inside it, its white space folded ("" when it starts elsewhere)."""
    breaks = [b for b in SENTENCE_BREAK_RE.finditer(text) if not _after_abbreviation(text, b.start())]
    if not breaks and len(text) >= LOOK_BACK:
        return ""  # the sentence began before the text read
    sentence = text[breaks[-1].end():] if breaks else text
    marker = BULLET_RE.match(sentence)
    return " ".join(sentence[marker.end() if marker else 0:].lstrip(QUOTE_MARKS + " \t").split())


def _after_abbreviation(text: str, mark: int) -> bool:
    """Say whether a full stop ends an abbreviation or an initial (`St.`, `Dr.`, `J.`), not a sentence."""
    word = text[text.rfind(" ", 0, mark) + 1:mark].lstrip(QUOTE_MARKS + "(")
    return text[mark] == "." and (word.casefold() in ABBREVIATIONS or len(word) == 1 and word.isupper())


def _lead_words(lead: str, cue: str, speaker: str = "", kind: str = "") -> str:
    """Return a lead-in's words to bracket: after its reporting clause (the row's cue, then `that`), its pronoun
    that stands for the speaker written as the speaker (`said it has:` gives `[Kelmere Trust has]`), capital first."""
    at = _cue_end(lead, cue) if _opens_clause(cue) else 0
    rest = lead[at:].strip(" ,;")
    if rest.casefold() == "that" or rest.casefold().startswith(("that ", "that,")):
        rest = rest[4:].strip(" ,;")
    pronoun = rest.split(" ", 1)[0]
    if at and speaker and stands_for(pronoun.casefold(), kind):
        rest = speaker + rest[len(pronoun):]
    chosen = rest if at and rest else lead
    words = chosen.split()
    if not words or len(words) > MAX_LEAD_WORDS or words[0].casefold().strip(QUOTE_MARKS) in PRONOUN_LEADS:
        return ""
    return chosen[0].upper() + chosen[1:]


def _opens_clause(cue: str) -> bool:
    """Say whether what follows a cue is a clause (`said the council`, `found that`), not its object (`records`)."""
    words = cue.casefold().split()
    return bool(words) and (words[0] in SPEECH_VERBS or words[-1] == "that")


def _cue_end(text: str, cue: str) -> int:
    """Return where the row's cue ends as whole words in a text, its last time (0 when it is not there)."""
    if not cue.strip() or not cue[:1].isalpha():
        return 0
    found = list(re.finditer(r"\b" + re.escape(cue.strip().rstrip(":;,")) + r"\b", text, re.IGNORECASE))
    return found[-1].end() if found else 0


def speaker_pronoun(text: str, start: int, quote: str, kind: str, cue: str) -> bool:
    """Say whether the quote's first word is a subject pronoun that stands for the row's speaker (see the module)."""
    if quote[:5].split(" ", 1)[0].casefold() not in SPEAKER_PRONOUNS:
        return False  # no pronoun first (a cheap test first)
    words = [w.casefold() for w in WORD_RE.findall(quote[:80])]
    if not words or not stands_for(words[0], kind):
        return False
    if words[0] == "we":
        return True
    return (words[0] != "it" or _party_it(words[1:])) and _reported(text, start, cue)


def stands_for(pronoun: str, kind: str) -> bool:
    """Say whether a subject pronoun may stand for a speaker of this kind (`she` a person, `it` an organisation)."""
    if pronoun == "we":
        return kind in WE_KINDS
    if pronoun in PERSON_PRONOUNS:
        return kind == "person"
    return pronoun in PARTY_PRONOUNS and kind != "person"


def _reported(text: str, start: int, cue: str) -> bool:
    """Say whether a quote is reported speech right after its cue in its sentence: `X said (in a statement) (that)`."""
    verb = " ".join(cue.split()[:2]).casefold()
    if cue.split()[:1] == [] or cue.split()[0].casefold() not in REPORTING_VERBS and verb not in REPORTING_VERBS:
        return False
    sentence = _last_sentence(text[max(0, start - LOOK_BACK):start])
    at = _cue_end(sentence, cue)
    between = sentence[at:]
    gap = [w.casefold() for w in WORD_RE.findall(between)]
    if verb.startswith(("told", "tell")) and not set(gap) <= TOLD_GAP:
        return False
    return at > 0 and not any(c in between for c in QUOTE_MARKS + ":") and len(gap) <= MAX_CUE_GAP_WORDS


def _party_it(after: list[str]) -> bool:
    """Say whether the words after `it` make `it` a party (`it had cut`, `it was aware`), not `it was too early`."""
    if not after or after[0] in NOT_PARTY_VERBS:
        return False
    rest = after[1:]
    if after[0] in BE_AFTER:
        if rest[:1] != [BE_AFTER[after[0]]]:
            return True  # `it had cut`, `it would publish`
        rest = rest[1:]
    elif after[0] not in COPULAS:
        return True  # `it needs`, `it accepted`
    rest = [w for w in rest if w != "not" and not w.endswith("ly")]
    if not rest:
        return False
    predicate = rest[0]
    if rest[1:2] == ["that"]:
        return False  # `it is expected that`, `it was reported that`
    return predicate in STANCE_WORDS or predicate.endswith("ing") or PAST_ED_RE.fullmatch(predicate) is not None
