"""Items: what a speaker says, split into atomic claims, each an exact span of the original text.

Splits at nested cues (`and also says`), semicolons, inline numbers, `and that`, `, with` (not before a measure
with no verb: wave 31d), consequence clauses (`such that`), participles that add an achievement, `including A, B and
C`, comma lists ending in `and`, and `and` joining two long clauses. A series of figures for one measure stays one
claim.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .adding_acts import adds_amount
from .conjuncts import fraction_of_number, verbless_object
from .entities import find_mentions
from .figure_appositives import figure_phrase
from .figures import NUMBER_WORD_ALTERNATION, holds_figure, is_figure_word
from .fragments import figure_subset, has_dashes, in_dashed_aside, numbers_joined, only_reaction, only_source, restates_figure
from .gapped_series import continues_series
from .ing_nouns import takes_ing
from .joined_predicates import elided_count, shared_passive
from .modifier_series import modifier_series
from .present_verbs import present_verb_at
from .text import Span, strip_span
from .that_object import that_is_determiner
from .vocabulary import (
    ACHIEVEMENT_PARTICIPLES, CLAUSE_CONJUNCTIONS, CUE_VERBS, MONTH, OBJECT_VERBS, PREPOSITIONS, ROLES,
    SUBJECT_PRONOUNS, any_script, is_past_form, load_words, verb_alternation,
)

LEADING_CONNECTOR_RE = re.compile(r"(?:(?:and|or|but|also|plus|(?-i:with)|(?-i:that)(?!\s+(?:is|was|has|had)\b)"
                                  r"|as well as|(?-i:while|whilst))\b(?![\'\u2019])[\s,]*)+", re.IGNORECASE)
"""Words a split leaves before an item (`and`, `but also`, `and that`, `, while`, `, with`); `that`, `with`, `while` and
`whilst` only in small letters: a capital `That` opens a sentence as a demonstrative or a pronoun (`That ship had been
ordered`, `That includes ...`), a capital `While` a concession the main clause answers (`While costs rose, we held our
margin`), a capital `With` an adverbial (`With inflation at 3.5%, ...`), each part of its claim, as in a quotation
(`attribution/quotes.SPOKEN_CONNECTOR_RE`; wave 26c)."""
CONNECTOR_INITIALS = frozenset("aAoObBpPwt")
"""The letters `LEADING_CONNECTOR_RE` can start with (no other character folds to them)."""
NOT_ITEM_STARTS: frozenset[str] = frozenset(
    "in on at for to of by from into onto over under about which who whom whose where when while although "
    "though despite because as so including such especially notably particularly is are was were has have "
    "had will would can could be been being do does did not evidenced compared than up down after before since following".split())
"""Words that start a modifier or a predicate, never a new item of a comma list."""
CLAUSE_STARTS: frozenset[str] = frozenset("some many most all the a an its their our every more fewer".split())
"""Words that start a new clause after `and` when both sides are long: `X improved and some schools ...`."""
MIN_ITEM_WORDS = 2
MIN_CLAUSE_WORDS = 4
MIN_STATEMENT_WORDS = 4
_AUXILIARIES: frozenset[str] = frozenset(
    "is are was were has have had will would can could rose fell grew open opens remain remains stay stays".split())
MIN_PARTICIPLE_LEFT_WORDS = 6
_NOT_BEFORE_PARTICIPLE: frozenset[str] = NOT_ITEM_STARTS | frozenset(
    "and or by a an the its their his her our this that these those no without with through despite after before since when while on in from".split()) \
    | PREPOSITIONS  # "padlocked during opening hours": a preposition's object
_DIGIT_RE = re.compile(r"\d")
MAX_REACTION_WORDS = 5
"""The longest item `_says_nothing` may drop: `disputed the department's picture` has four words."""
_REACTIONS: frozenset[str] = frozenset("disputed disputes rejected rejects denied denies challenged challenges questioned "
                                      "welcomed welcomes criticised criticized criticises praised praises condemned condemns".split())
"""Verbs of reacting to what another said: with only a bare object they claim nothing."""
_BARE_PRONOUNS: frozenset[str] = frozenset("this that it these those them".split())
"""Objects that only point back to another's words (`denied this`)."""
_RELATIVE_STARTS: frozenset[str] = frozenset("which who whom whose".split())
"""A clause that starts so is a modifier cut from its noun, never a claim of its own."""
MAX_SERIES_ITEM_WORDS = 5
_SERIES_ITEM_RE = re.compile(r"\b(?:19|20)\d\d\b|\)\s*(?:and\b.*)?$|\b(?:year|quarter|month)\b|\b%s\b" % MONTH)
"""What each later figure of a series carries: a year, a period, or a bracketed figure (`Kilcreggan (39)`)."""
MAX_MODIFIER_CHARS = 200
"""How far back from an `and` the comma opening a modifying phrase may be (bounds the scan)."""
_MODIFIER_RE = re.compile(r"\s*(?:reflecting|following|representing|meaning|leaving|bringing|taking|compared\s+with"
                          r"|(?:helped|driven|boosted|offset|led|hit|caused|partly\s+offset)\s+by|due\s+to|thanks\s+to"
                          r"|owing\s+to)\b", re.IGNORECASE)
"""Words that open a phrase about the clause before it (`, reflecting weaker demand`), never a list item."""
_APPOSITIVE_FIGURE_RE = re.compile(r"(?:a|an|the)\s+(?:(?:rise|fall|increase|decrease|drop|jump|gain|decline|growth|cut"
                                   r"|reduction)\s+of\b|(?:highest|lowest|largest|biggest|smallest|best|worst)\b)")
"""A noun phrase that describes the figure before it (`a rise of 6.3%`, `the highest total`), not a new item."""
CATEGORY_NOUNS: frozenset[str] = load_words("category_nouns")
"""Plural nouns naming the kind of a list's items (`areas`, `strengths`; `data/category_nouns.txt`): the one list for a
head before `, including` and a lead-in before a colon (66x)."""
_CATEGORY_RE = re.compile(r"\b(?:number of|%s)\b" % "|".join(sorted(CATEGORY_NOUNS)))
"""What names only the kind of the items a list goes on to give: `areas for further work, including ...`."""
_FIGURE_RE = re.compile(r"[\s(]*(?:and\s+|or\s+)?[£$€]?\d")
_GAPPED_FIGURE_RE = re.compile(r"\s*(?:and\s+|but\s+)?(?:another|a\s+further|an\s+additional)\s+[£$€]?\d")
"""A later part that counts more of the same measure and leaves its verb out (`and another 14 in Westvale`, wave 45a)."""


def split_items(text: str, span: Span) -> list[Span]:
    """Split what a speaker claims into atomic items, each a tidy span of the original text."""
    pieces = [span]
    for splitter in present_splitters(text[span[0]:span[1]]):  # a cheap test before the scans
        pieces = [part for piece in pieces for part in splitter(text, piece)]
    items = joined_series(text, [tidy(text, piece) for piece in pieces])
    return [item for item in items if is_statement(text[item[0]:item[1]])]


def joined_series(text: str, items: list[Span]) -> list[Span]:
    """Items with each later figure of a gapped series joined to the item before it (`204 incidents in Shannock, 188
    in Loy`: one measure, wave 69l)."""
    return _joined(items, lambda before, item: continues_series(text, before, item, has_verb))


def _joined(parts: list[Span], belongs: Callable[[Span, Span], bool]) -> list[Span]:
    """Parts with each part that `belongs(part before, part)` says goes with the part before it joined to that part
    (the one fold of a gapped series and of a figure's description, wave 69l)."""
    kept = parts[:1]
    for part in parts[1:]:
        if belongs(kept[-1], part):
            kept[-1] = (kept[-1][0], part[1])
        else:
            kept.append(part)
    return kept


STATEMENTS_KEPT = 1024
"""How many items' answers `is_statement` keeps: an item split once is tested again by the steps that gather it."""


@functools.lru_cache(maxsize=STATEMENTS_KEPT)
def is_statement(words_of: str) -> bool:
    """Say whether an item can stand as a claim: four words or more, or a short clause with a verb or a
    figure (`dropout rates fell`, `sales up 4.8%`), never a bare phrase (`the court`) nor a relative clause (kept for
    the last items asked: the answer depends on the words alone; wave 56s)."""
    words = words_of.split()
    if len(words) < MIN_ITEM_WORDS or words[0].lower() in _RELATIVE_STARTS or _says_nothing(words, words_of) \
            or only_reaction(words) or only_source(words_of):
        return False
    return len(words) >= MIN_STATEMENT_WORDS or any(_verb_like(w) for w in words) \
        or holds_figure(words_of)


MAX_SPEAKER_PHRASE_CHARS = 160
MAX_SPEAKER_PHRASE_WORDS = 14
"""The longest phrase that only names a speaker (`Jo Roe, the chief executive of the Acme Foods Group`)."""
_SPEAKER_FRAME: frozenset[str] = ROLES | frozenset(
    "the a an of at for and its their his her citing quoted was were by with also according to among".split())
"""Words around a speaker's name in a phrase that only says who speaks (`citing chief executive Jo Roe`)."""


def is_speaker_phrase(words_of: str) -> bool:
    """Say whether an item only names who speaks: a person's name with a title or a body (`citing chief executive Jo
    Roe`, `Jo Roe, the chief executive of Acme`), never a claim."""
    if len(words_of) > MAX_SPEAKER_PHRASE_CHARS or words_of.count(" ") > MAX_SPEAKER_PHRASE_WORDS \
            or _DIGIT_RE.search(words_of) or any(w.islower() and w not in _SPEAKER_FRAME for w in words_of.split()):
        return False  # a figure, or a common word no speaker phrase holds
    mentions = find_mentions(words_of, 0, len(words_of))
    if not any(m.kind == "person" for m in mentions):
        return False
    starts, ends = [m.start for m in mentions] + [len(words_of)], [0] + [m.end for m in mentions]
    rest = " ".join(words_of[end:start] for end, start in zip(ends, starts)).split()
    return all(w.strip(",.;:").lower() in _SPEAKER_FRAME for w in rest if w.strip(",.;:"))


def _says_nothing(words: list[str], words_of: str) -> bool:
    """Say whether a short item holds nothing to check: a verb and its bare object (`rejected the claim`), a
    reaction to another's words (`disputed the department's picture`), a state of mind (`he remained concerned`)."""
    if len(words) > MAX_REACTION_WORDS:
        return False
    first, second = words[0].lower(), words[1].lower()
    if len(words) == 3 and _verb_like(first) and second in ("the", "this", "these", "those", "such"):
        return True
    if first in _REACTIONS and second in ("the", "its", "their", "his", "her"):
        return not holds_figure(words_of)
    if first in _REACTIONS and len(words) == 2 and second.strip(".,;:!") in _BARE_PRONOUNS:
        return True  # "denied this", "disputed that": what is denied was said before, by another
    return len(words) == 3 and first in SUBJECT_PRONOUNS and second not in _AUXILIARIES \
        and not holds_figure(words_of)


def has_verb(words_of: str) -> bool:
    """Say whether words hold a finite verb (`sales rose`, `the audit lists`), not only a noun phrase (`the
    remainder`)."""
    words = words_of.split()
    return any(_verb_like(word) for word in words) or _present_verb_in(words)


def _present_verb_in(words: list[str]) -> bool:
    """Say whether split words hold a verb's present form in -s, read by its place (`the audit lists`; 66x)."""
    return any(present_verb_at(words, at) for at in range(1, len(words) - 1))


def is_verb_like(word: str) -> bool:
    """Say whether a word reads as a finite verb (`responded`, `hit`, `has`): for readers outside this module."""
    return _verb_like(word)


def _verb_like(word: str) -> bool:
    """Say whether a word reads as a finite verb: a past tense or a common auxiliary."""
    word = word.lower().strip(".,;:!?")
    return is_past_form(word, shortest=2) or word in _AUXILIARIES


def tidy(text: str, span: Span) -> Span:
    """Trim an item's span: white space, list markers, leading connectors, trailing punctuation."""
    start, end = strip_span(text, span, ";,:.-\u2022*\u2013\u2014")
    while True:
        match = LEADING_CONNECTOR_RE.match(text, start, end) if text[start:start + 1] in CONNECTOR_INITIALS else None
        if not match or match.end() == start:
            break
        that = text.rfind("that", start, match.end())
        if that >= 0 and that_is_determiner(text, that + 4):
            start = that  # "said that figure was too low": `that` is the subject's determiner, kept (wave 44a)
            break
        start = strip_span(text, (match.end(), end))[0]
    dateline = DATELINE_RE.match(text, start, end) if start < end and "A" <= text[start] <= "Z" \
        and not text[start + 1:start + 2].islower() else None  # "The ...": a small letter ends no dateline's capital
    if dateline:
        start = strip_span(text, (dateline.end(), end))[0]  # "LAKEWOOD, Minn. \u2014 The city ..."
    number = _LEADING_NUMBER_RE.match(text, start, end) if start < end and (text[start] == "(" or text[start].isdigit()) \
        else None
    if number:
        start = number.end()
    speaking = _TRAILING_PARTICIPLE_RE.search(text, start, end) if text.endswith("ing", start, end) else None
    end = speaking.start() if speaking and speaking.start() > start else end  # '..., adding: "..."': the cue of a quotation
    trailing = _TRAILING_CONNECTOR_RE.search(text, start, end) if text.endswith(("and", "or"), start, end) else None
    end = trailing.start() if trailing and trailing.start() > start else end  # "(b) stored unsafely and (c) ..."
    return strip_span(text, (start, end), ";,:-\u2013\u2014")


def _top_level(text: str, span: Span, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Return the pattern's matches in a span that are outside parentheses and quotation marks."""
    if text.find("(", *span) < 0 and text.find('"', *span) < 0 and text.find("\u201c", *span) < 0:
        return list(pattern.finditer(text, span[0], span[1]))  # nothing opens: every match is at the top level
    kept, depth, curly, straight, counted = [], 0, 0, 0, span[0]
    for match in pattern.finditer(text, span[0], span[1]):
        between = text[counted:match.start()]
        depth += between.count("(") - between.count(")")
        curly += between.count("\u201c") - between.count("\u201d")
        straight += between.count('"')
        counted = match.start()
        if depth <= 0 and curly <= 0 and straight % 2 == 0:
            kept.append(match)
    return kept


def _cut(span: Span, cuts: list[tuple[int, int]]) -> list[Span]:
    """Cut a span at separator spans, keeping what lies between them."""
    parts, start = [], span[0]
    for cut_start, cut_end in cuts:
        parts.append((start, cut_start))
        start = cut_end
    parts.append((start, span[1]))
    return parts


DATELINE_RE = re.compile(r"[A-Z][A-Z .'\-]{2,30},[^\u2014\u2013\n]{0,30}?\s[\u2014\u2013]\s")
"""A dateline opening a sentence: `LAKEWOOD, Minn. \u2014 `."""
_TRAILING_PARTICIPLE_RE = re.compile(r",\s+(?:adding|saying|warning|insisting|explaining|noting|stressing|arguing|claiming"
                                     r"|continuing)$")
"""A participle of speech left at an item's end when a quotation follows it (`..., adding: "..."`)."""
_TRAILING_CONNECTOR_RE = re.compile(r"[\s,;]+(?:and|or)$")
"""An `and` left at an item's end when the list's next marker cut it (`stored unsafely and (c) ...`)."""
_LEADING_NUMBER_RE = re.compile(r"\(?\d{1,2}[.)]\s+|\([a-h]\)\s+")
_COMMA_SPACE = r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)"
"""`,?\\s+` with its first character written first, so that the engine skips fast to a comma or a space."""
NESTED_CUE_RE = re.compile(
    rf"{_COMMA_SPACE}(?:but|and)\s+(?:also\s+)?(?P<verb>{verb_alternation(CUE_VERBS)})\b(?:\s+that\b)?")
_SAYING: frozenset[str] = frozenset("said says say added adds claimed claims stated states noted notes told tells insisted "
                                    "insists argued argues stressed explained warned warns announced announces confirmed "
                                    "confirms reported reports".split())
"""Cue verbs that only report: after `and`, the words they introduce are the claim without them."""
CONSEQUENCE_RE = re.compile(r",?\s+(?:such that|so much so that|meaning that|which means that|which meant that|with the result that)\s+")
PARTICIPLE_RE = re.compile(r"\s\s*(?:%s)\b(?!-)" % "|".join(sorted(ACHIEVEMENT_PARTICIPLES)))
"""A participle adding an achievement after a clause (`, opening a ward`); never the first half of a compound
(`last year's opening-day count`, wave 44g)."""
INCLUDING_RE = re.compile(r"[,\s](?<!\band[,\s])(?<!\bor[,\s])(?:(?<=,)\s+|(?<=\s)\s*)"
                          r"(?:including|in addition to|as well as)\s+")
"""`, including` opening a list (`_COMMA_SPACE` written out, its first character first so that the engine skips fast
to a comma or a space); never after `and` / `or`, which join it to a preposition (`up to and including May`)."""
_SEMICOLON_RE = re.compile(r";")
_CONTRAST_RE = re.compile(r",\s+(?:while|whilst|whereas|saying|adding|arguing|claiming|insisting)\s+(?:that\s+)?")
_NUMBER_RE = re.compile(r"(?:(?<=\s)|^)(?:\(?\d{1,2}[.)]|\([a-h]\))(?=\s)")
AND_THAT_RE = re.compile(r"[,\s](?:(?<=,)\s+and\s+that|(?<=\s)\s*and\s+that|(?<=,)\s+that)\s+(?!is\b|was\b)")
"""`(?:,?\\s+and\\s+that|,\\s+that)\\s+(?!is\\b|was\\b)`, its first character written first so that the engine skips
fast to a comma or a space."""
_WITH_RE = re.compile(r",\s+with\s+")
_MEASURE_OPENINGS = load_words("measure_openings")
"""Articles that open a measure after `, with` (`, with an average increase of £14`), as a figure does."""
_MEASURE_PARTICIPLES = load_words("measure_participles")
"""Participles that only set a measure against another (`compared with 11,400`), never a clause's verb."""
_COMMA_RE = re.compile(r",\s+")
AND_RE = re.compile(r"\s\s*and\s+")
"""` and ` (`\\s+and\\s+`, its first character written first so that the engine skips fast to a space)."""


Splitter = Callable[[str, Span], list[Span]]
"""A splitter: the text and a span in, the span's parts out."""


def _needing(*words: str) -> Callable[[Splitter], Splitter]:
    """Make a splitter give a span back whole, unscanned, when it holds none of the words every cut of the splitter
    needs (most pieces an earlier splitter cut hold no `and`, no comma); the plain splitter stays as `__wrapped__`."""
    def wrap(splitter: Splitter) -> Splitter:
        @functools.wraps(splitter)
        def split(text: str, span: Span) -> list[Span]:
            for word in words:
                if text.find(word, span[0], span[1]) >= 0:
                    return splitter(text, span)
            return [span]
        return split
    return wrap


def _split_nested_cues(text: str, span: Span) -> list[Span]:
    """Split at `but also says`, `and claims that`: the same speaker going on to another claim (a forecast
    or a denial keeps its verb: `and expected capital spending of £45m`)."""
    return _cut(span, [(m.start(), m.start("verb") if m.group("verb").lower() in OBJECT_VERBS else m.end())
                       for m in _top_level(text, span, NESTED_CUE_RE) if _reports(m)])


def _reports(match: re.Match[str]) -> bool:
    """Say whether `and` + a cue verb goes on to another reported claim (`and added that`, `and expected`), not
    an action inside the same claim (`officers visited and found droppings`)."""
    verb = match.group("verb").lower()
    if verb in _PASSING_ON and _PASSED_ON_RE.match(match.string, match.end()):
        return False  # "and reported them to the Pensions Regulator": an action, passed on to a body
    return verb in OBJECT_VERBS or verb in _SAYING or match.group().endswith("that")


_PASSING_ON: frozenset[str] = frozenset({"reported", "reports"})
"""Cue verbs that also pass a matter on to a body (`reported the breach to the regulator`)."""
_PASSED_ON_RE = re.compile(r"\s+(?:him|her|them|it|this|these|those|the|a|an|its|their|his|our)\b[^,.;:]{0,60}?\sto\s+"
                           r"(?:the\s+)?[A-Za-z]")
"""An object, then `to` and whom it went to, after `reported` (wave 21c)."""


_COLON_RE = re.compile(r":\s+")
_LIST_LEAD_WORDS: frozenset[str] = CATEGORY_NOUNS | frozenset(
    "things steps reasons points ways factors results figures findings achievements aims goals plans include includes "
    "included following".split())
"""Words of a lead-in before a colon inside a sentence (`three things had changed:`, `its aims were:`): the category
nouns (`several strengths:`, 66x) and the words that open a lead-in only."""


MIN_COLON_ITEMS = 2
"""The fewest items of a comma list after a lead-in's colon that make the lead-in no part of the first (66x)."""


def _split_colon_lead(text: str, span: Span) -> list[Span]:
    """Leave out a lead-in before a colon whose list follows in the same sentence (`three things had changed: waits
    fell; 40 nurses were hired`, `three strengths: A, B and C`): the items are the claims, the lead-in with no figure of
    its own is none."""
    colons = _top_level(text, span, _COLON_RE)
    if len(colons) != 1 or re.search(r"\d", text[span[0]:colons[0].start()]):
        return [span]
    head = {word.lower().strip(",") for word in text[span[0]:colons[0].start()].split()}
    if head.isdisjoint(_LIST_LEAD_WORDS):
        return [span]  # "Waits fell: the trust hired 40 staff; ...": a claim before the colon, not a lead-in
    rest = (colons[0].end(), span[1])
    if _top_level(text, rest, _SEMICOLON_RE):
        return [rest]
    if not holds_figure(text[span[0]:colons[0].start()]) and len(split_comma_list(text, rest)) >= MIN_COLON_ITEMS:
        return [rest]  # "several strengths: A, B and C": the items, never the head and the cue before it (66x); "made
        # two findings: one for A, and one for B" counts, a claim of its own
    return [span]


def _split_semicolons(text: str, span: Span) -> list[Span]:
    """Split at top-level semicolons."""
    return _cut(span, [(m.start(), m.end()) for m in _top_level(text, span, _SEMICOLON_RE)])


@_needing("1.", "1)", "(a)")  # the first number of a list is 1 or (a)
def split_numbers(text: str, span: Span) -> list[Span]:
    """Split an inline numbered list (`1) ... 2) ...`) when at least two numbers count up from 1."""
    marks = [m for m in _NUMBER_RE.finditer(text, span[0], span[1])]  # "(a)" is itself in brackets
    numbers = [int(re.sub(r"\D", "", m.group())) if re.search(r"\d", m.group()) else ord(m.group()[1]) - ord("a") + 1
               for m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return [span]
    return [part for part in _cut(span, [(m.start(), m.end()) for m in marks]) if part[1] > part[0]]


@_needing("that")
def split_and_that(text: str, span: Span) -> list[Span]:
    """Split at `and that` and `, that`, which start a new reported clause."""
    return _cut(span, [(m.start(), m.end()) for m in _top_level(text, span, AND_THAT_RE)])


def _split_with(text: str, span: Span) -> list[Span]:
    """Split at `, with` when what follows is a clause of its own (`..., with standards improved`)."""
    cuts = [(m.start(), m.end()) for m in _top_level(text, span, _WITH_RE)
            if len(text[m.end():span[1]].split()) >= MIN_CLAUSE_WORDS
            and len(text[span[0]:m.start()].split()) >= MIN_CLAUSE_WORDS  # "Improved satisfaction, with 92% ..." is one
            and not with_measure(text, m.end(), span[1])]
    return _cut(span, cuts)


def _measure_after(text: str, start: int, end: int) -> bool:
    """Say whether a comma is followed by `with` and a measure (`, with a best of 268 miles and a worst of 239`):
    no item of a comma list starts there."""
    return text.startswith("with ", start) and with_measure(text, start + len("with "), end)


_MEASURE_REACH = 200
"""How far before an `and` its measure's `, with` is looked for: a measure is a short noun phrase, and a search back to
the span's start made a long list joined by `and` quadratic (`bench_hostile`)."""


def _in_measure(text: str, start: int, offset: int, end: int) -> bool:
    """Say whether an `and` at offset sits in a measure after `, with` (`, with a best of 268 miles and a worst of
    239 miles`)."""
    comma = text.rfind(", with ", max(start, offset - _MEASURE_REACH), offset)
    return comma >= 0 and with_measure(text, comma + len(", with "), end)


def with_measure(text: str, start: int, end: int) -> bool:
    """Say whether the words after `, with` only measure the clause before: a figure or an article, then a noun
    phrase with no verb (`, with 9,300 closures last year`, `, with an average wage of $52,000`; wave 31d)."""
    first = _RUN_RE.search(text, start, end)
    if first is None or not (is_figure_word(first.group()) or first.group().lower() in _MEASURE_OPENINGS):
        return False
    return not any(_verb_like(run.group()) and run.group().lower() not in _MEASURE_PARTICIPLES
                   for run in _RUN_RE.finditer(text, first.end(), end))


@_needing(",")
def split_comma_list(text: str, span: Span) -> list[Span]:
    """Split `A, B, and C` and `A, B and C` when every part reads as an item, not a modifier; a part that only
    describes a figure before it stays with the part before it (`84m tonnes, a record for the harbour`, wave 69l)."""
    return _joined(_comma_list_parts(text, span), lambda _before, part: figure_description(text, *part, span[0]))


def _comma_list_parts(text: str, span: Span) -> list[Span]:
    """The parts of `A, B, and C` and `A, B and C` when every part reads as an item, not a modifier."""
    dashed = has_dashes(text, span)
    commas = [m for m in _top_level(text, span, _COMMA_RE) if not _between_names(text, span, m)
              and not (dashed and in_dashed_aside(text, span, m.start()))
              and not _measure_after(text, m.end(), span[1])]
    if not commas:
        return [span]
    parts = _cut(span, [(m.start(), m.end()) for m in commas])
    if all(_FIGURE_RE.match(text, part[0]) and _SERIES_ITEM_RE.search(text, part[0], part[1])
           and all(len(piece.split()) <= MAX_SERIES_ITEM_WORDS for piece in text[part[0]:part[1]].split(" and "))
           for part in parts[1:]):
        return [span]  # a series of figures for one measure: "up from 18 in 2021, 14 in 2020 and 13 in 2019"
    if any(_APPOSITIVE_FIGURE_RE.match(text, part[0], part[1]) or restates_figure(text, *part) for part in parts[1:]):
        return [span]  # "8.7 million passengers, a rise of 6.3% and the highest total": one figure described
    if any(_GAPPED_FIGURE_RE.match(text, part[0], part[1]) and not has_verb(text[part[0]:part[1]]) for part in parts[1:]):
        return [span]  # "61 homes were evacuated in Eastvale, and another 14 in Westvale": one measure, its verb shared
    if modifier_series(text, parts):
        return [span]  # "to micro, small and medium enterprises ... and ...": one noun's modifiers, no list (59f)
    last = parts[-1]
    last_words = text[last[0]:last[1]].split()
    if last_words and last_words[0].lower() in ("and", "or"):
        pass  # Oxford comma: "A, B, and C"
    else:
        joins = [m for m in _top_level(text, last, AND_RE) if not _bound_and(text, last, m)]
        if not joins or _joint_subject(text, span[0], joins[-1]):
            return [span]  # "the chief sub-editor, two journalists and the editor are at risk": one verb's subjects
        if shared_passive(text[last[0]:joins[-1].start()], text[joins[-1].end():last[1]].split()[:3]):
            return [span]  # "..., but the check was started and never finished": one predicate, no list (25h)
        before_and = _words_before(text, last[0], joins[-1].start(), MIN_CLAUSE_WORDS)
        if joins_modifiers(before_and, _words_after(text, joins[-1].end(), last[1], MIN_CLAUSE_WORDS)) \
                and not _past_before(before_and[:-1]):
            return [span]  # "Since May, the team has reviewed and strengthened its work": two verbs of one object
            # (45a); not "..., contacted everyone affected and offered them": the first verb has its own object
        parts[-1:] = [(last[0], joins[-1].start()), (joins[-1].end(), last[1])]
    while len(parts) > 2 and _leading_adjunct(text, parts[0]):
        parts[:2] = [(parts[0][0], parts[1][1])]  # "According to X's survey, A rose, and B fell": the adjunct frames A
        # ("Before then, from this January, A rose, and B fell": two adjuncts in a row frame A)
    if _object_list(text, parts):
        return [span]  # "we set the routes, the timetables and the fares": one verb's objects, no items
    if _subordinate_predicates(text, parts):
        return [span]  # "was cut after X made representations, contacted ... and offered ...": X's predicates (40f)
    return parts if all(_reads_as_item(text, part, first=index == 0) for index, part in enumerate(parts)) \
        and not _participle_aside(text, parts) else [span]


def figure_description(text: str, start: int, end: int, opening: int) -> bool:
    """Say whether the part text[start:end] of a list only describes a figure of the words from `opening` to it
    (`, a record for the harbour`, `and the busiest June since 2011`): no verb, no item of its own (wave 69l)."""
    return figure_phrase(text, start, end) and holds_figure(text[opening:start]) and not has_verb(text[start:end])


_OBJECT_RE = re.compile(r"\s*(?:and\s+|or\s+)?(?:the|a|an|its|their|our|his|her)\s+\S")
"""How a bare noun phrase opens in a list: `the timetables`, `and the fares`."""


def _object_list(text: str, parts: list[Span]) -> bool:
    """Say whether a clause's last words and the parts after it are one verb's objects (`we set the routes, the
    timetables and the fares`): every later part a noun phrase with an article and no verb."""
    return len(parts) > 1 and all(_object_part(text, part) for part in parts[1:]) \
        and _OBJECT_RE.match(text, *_last_words(text, parts[0])) is not None \
        and not any(has_verb(text[part[0]:part[1]]) for part in parts[1:]) and has_verb(text[parts[0][0]:parts[0][1]])


OPENING_CONJUNCTIONS = CLAUSE_CONJUNCTIONS - {"as"}
"""Conjunctions of time or cause that open a clause inside a list's first part (`as` opens phrases too: `as well
as`, `as part of`)."""


MIN_SUBORDINATE_PARTS = 3
"""A clause's own list of predicates has at least this many parts (`made A, contacted B and offered C`); one `, and`
after the clause goes back to the main clause's subject."""


def _subordinate_predicates(text: str, parts: list[Span]) -> bool:
    """Say whether a list's later parts are predicates of a clause of time or cause inside its first part (`the fine
    was cut after X made representations, contacted everyone and offered ...`): a conjunction there with a finite verb
    after it, and every later part opening on a verb; they are that clause's, not items of the claim."""
    if len(parts) < MIN_SUBORDINATE_PARTS:
        return False  # "took photographs while paramedics worked on him, and posted two": the main clause goes on
    words = text[parts[0][0]:parts[0][1]].split()
    opened = [index for index, word in enumerate(words[1:-1], 1) if word in OPENING_CONJUNCTIONS]
    if not opened or _verb_like(words[opened[-1] + 1]) or not has_verb(" ".join(words[opened[-1] + 1:])):
        return False  # "has since fixed its systems": an adverb before the verb, no clause of its own
    return all(_opens_on_verb(text, part) for part in parts[1:])


def _opens_on_verb(text: str, part: Span) -> bool:
    """Say whether a part opens on a lower-case finite verb after any connector (`contacted everyone`, `and
    offered`)."""
    words = _without_leading_connector(text[part[0]:part[1]].strip()).split()
    return bool(words) and words[0].islower() and _verb_like(words[0]) and words[0].lower() not in _AUXILIARIES


MAX_BARE_OBJECT_WORDS = 3
"""The longest later part of an object list with no article (`ward visits`, `three focus groups`)."""


def _object_part(text: str, part: Span) -> bool:
    """Say whether a later part of a list reads as a bare noun phrase: an article first (`the timetables`), a figure
    first (`three focus groups`, `12 schools`), or a few lower-case words (`ward visits`)."""
    if _OBJECT_RE.match(text, *part) is not None:
        return True
    words = _without_leading_connector(text[part[0]:part[1]].strip()).split()
    return bool(words) and (is_figure_word(words[0]) or len(words) <= MAX_BARE_OBJECT_WORDS
                            and all(w[:1].islower() for w in words))


def _last_words(text: str, part: Span) -> Span:
    """Return the span of a part's last two words (`the routes`): split from the right, no match made per word (the
    words are what `\\S+` finds: `str.split` and the engine's `\\s` take the same white space; wave 56s)."""
    before = text[part[0]:part[1]].rstrip().rsplit(None, 1)
    if len(before) < 2:
        return part
    return part[0] + len(before[0]) - len(before[0].rsplit(None, 1)[-1]), part[1]


_ADJUNCT_RE = re.compile(r"[\s\u2018\u201c'\"]*(?:according\s+to|of|in|on|at|by|from|since|after|before|during|under|over"
                         r"|across|among|despite|following|for|as\s+of|between|throughout|within)\b", re.IGNORECASE)
"""How a phrase opens that frames the clause after it (`According to the 2026 survey,`, `In the first half,`)."""
MAX_ADJUNCT_WORDS = 12


def _leading_adjunct(text: str, part: Span) -> bool:
    """Say whether the first part of a comma list only frames the next (`According to the board's figures`, `In the
    year to March`): a preposition first, no verb, short; never an item of its own."""
    words = text[part[0]:part[1]].split()
    return _ADJUNCT_RE.match(text, part[0], part[1]) is not None and len(words) <= MAX_ADJUNCT_WORDS \
        and not has_verb(text[part[0]:part[1]])


_NAME_WORD_RE = re.compile(r"[A-Z][a-z][\w'\u2019\-]*")


def _between_names(text: str, span: Span, comma: re.Match[str]) -> bool:
    """Say whether a comma separates two names inside one place of a claim (`hubs in Pickering, Helmsley and Malton`):
    a capitalised word before it, after a lower-case word, and a capitalised word after it."""
    before = _words_before(text, span[0], comma.start(), 2)
    after = _words_after(text, comma.end(), span[1], 1)
    return len(before) == 2 and before[0][:1].islower() and _NAME_WORD_RE.fullmatch(before[1]) is not None \
        and bool(after) and _NAME_WORD_RE.fullmatch(after[0].rstrip(",;:.")) is not None \
        and after[0].lower() not in CLAUSE_STARTS


def _participle_aside(text: str, parts: list[Span]) -> bool:
    """Say whether a later part is a participle about the clause before (`had exceeded its target, delivering
    58, and had bought 41`), unlike a list of participles (`building homes, opening libraries and ...`)."""
    starts = [text[part[0]:part[1]].split()[:1] for part in parts]
    ing = [bool(words) and words[0].lower().endswith("ing") for words in starts]
    return any(ing[1:]) and not ing[0]


def _reads_as_item(text: str, span: Span, first: bool) -> bool:
    """Say whether a part of a comma list can stand as an item of its own."""
    words = _without_leading_connector(text[span[0]:span[1]].strip()).split()
    if len(words) < MIN_ITEM_WORDS:
        return False
    if words[0].lower().endswith("ed") and words[1].lower() == "by" or _MODIFIER_RE.match(" ".join(words)):
        return False  # "helped by lower costs", "reflecting weaker demand" modify the clause before
    perfect = words[0].lower() in ("had", "has", "have") and _verb_like(words[1])  # ", had transferred 11 babies"
    return first or perfect or words[0].lower().strip("\u2018\u201c'\"") not in NOT_ITEM_STARTS


def _without_leading_connector(words_of: str) -> str:
    """Return words without the connector that opens them (`and also`), and only that one: `for` keeps its `or`."""
    connector = LEADING_CONNECTOR_RE.match(words_of)
    return words_of[connector.end():] if connector else words_of


@_needing("and")
def split_clauses(text: str, span: Span) -> list[Span]:
    """Split at `and` joining two long clauses: `X improved and some schools now ...`."""
    parts, end, dashed = [], span[1], has_dashes(text, span)
    for match in reversed(_top_level(text, span, AND_RE)):
        if dashed and in_dashed_aside(text, span, match.start()):
            continue  # "in three areas - safe, effective and well-led - and ...": the aside's own list
        left = _words_before(text, span[0], match.start(), MIN_CLAUSE_WORDS)
        right = _words_after(text, match.end(), end, MIN_CLAUSE_WORDS)
        if len(left) < MIN_CLAUSE_WORDS or len(right) < MIN_CLAUSE_WORDS or _bound_and(text, span, match) \
                or _APPOSITIVE_FIGURE_RE.match(text, match.end(), end) or _in_modifier(text, span[0], match.start()) \
                or figure_description(text, match.end(), end, span[0]):
            continue  # "a rise of 6% and the highest total in its history" describes one figure
        if _joint_subject(text, span[0], match):
            continue  # "four reporter posts and the sole photographer are at risk": two subjects of one verb
        if _in_measure(text, span[0], match.start(), end):
            continue  # ", with a best of 268 miles and a worst of 239 miles": one measure of the clause (31d)
        if _GAPPED_FIGURE_RE.match(text, match.start(), end) and not has_verb(text[match.end():end]):
            continue  # "230 drivers were stopped in June, and a further 1,200 in July": one measure (45a)
        first = right[0].lower()
        perfect = first in ("had", "has", "have") and any(_verb_like(w) for w in right[1:3])  # "and had cut"
        if first in CLAUSE_STARTS and verbless_object(text, left, match.end(), end, _verb_like):
            continue  # "had lost its shop and its post office since 2019": two objects of one verb, one claim
        if joins_modifiers(left, right):
            continue  # "small and medium-sized firms", "scripts drafted and approved by X": one noun's modifiers
        if elided_count(right) or shared_passive(text[max(span[0], match.start() - 200):match.start()], right):
            continue  # "opened six shops and closed three", "had been agreed and announced at the time": one claim (25h)
        if first in CLAUSE_STARTS or is_past_form(first) or perfect:
            parts.append((match.end(), end))
            end = match.start()
    return [(span[0], end)] + parts[::-1]


NOT_NOUN_WORDS: frozenset[str] = frozenset(
    "the a an its their our his her this that these those it them him us by to in on at for with from as into of up "
    "out off down over fully also".split())
"""Words after an -ed word that make it a verb (`re-opened the ward`, `co-operated fully`), not an adjective before its
noun (`medium-sized firms`)."""


def joins_modifiers(left: list[str], right: list[str]) -> bool:
    """Say whether an `and` joins two modifiers of one noun, not two clauses: a compound adjective in -ed before a
    noun (`small and medium-sized firms`), or an -ed participle or verb after another (`drafted and approved by X`,
    `owned and operated by X`, `reprimanded and fined X`: two verbs of one object)."""
    first = right[0].lower()
    if not first.endswith("ed"):
        return False
    if "-" in first and len(right) > 1 and right[1][:1].islower() and right[1].lower() not in NOT_NOUN_WORDS:
        return True  # "medium-sized businesses": an adjective and its noun
    last = left[-1].lower() if left else ""
    return is_past_form(last, shortest=2)


PLURAL_VERB_RE = re.compile(r"[^,;:.]{0,120}?\b(?:are|were|have|remain)\b")
"""A plural verb after `and` with no comma before it: the verb of two subjects joined by `and`."""


def _joint_subject(text: str, start: int, match: re.Match[str]) -> bool:
    """Say whether `and` joins two subjects of one plural verb (`four reporter posts and the sole photographer are at
    risk`): no verb before it since the clause's last comma-free stretch began, a plural verb after it."""
    return PLURAL_VERB_RE.match(text, match.end()) is not None and not _verb_between(text, start, match.start())


_RUN_RE = re.compile(r"\S+")
"""A run of characters between white space: a word as `str.split` cuts it."""


def _verb_between(text: str, start: int, end: int) -> bool:
    """`has_verb(text[start:end])` without the slice, stopping at the first verb (linear over many `and`s)."""
    return any(_verb_like(run.group()) for run in _RUN_RE.finditer(text, start, end)) \
        or _present_verb_in(_RUN_RE.findall(text, start, end))


def _in_modifier(text: str, start: int, offset: int) -> bool:
    """Say whether an `and` sits in a phrase that modifies the clause before (`, helped by A and B`)."""
    comma = text.rfind(",", max(start, offset - MAX_MODIFIER_CHARS), offset)
    return comma >= 0 and _MODIFIER_RE.match(text, comma + 1, offset) is not None


def _past_before(words: list[str]) -> bool:
    """Say whether words hold a past form (`contacted everyone affected`): a verb of their own before the last."""
    return any(is_past_form(w.lower(), shortest=2) for w in words)


def _words_before(text: str, start: int, end: int, count: int) -> list[str]:
    """Return up to the last `count` words of text[start:end], looking back a bounded window."""
    return text[max(start, end - 40 * count):end].split()[-count:]


def _words_after(text: str, start: int, end: int, count: int) -> list[str]:
    """Return up to the first `count` words of text[start:end], looking ahead a bounded window."""
    return text[start:min(end, start + 40 * count)].split()[:count]


def _bound_and(text: str, span: Span, match: re.Match[str]) -> bool:
    """Say whether an `and` belongs to `between X and Y`, `both X and Y`, a name (`Nursing and Midwifery`) or two
    names (`Germany and the Netherlands`)."""
    before, after = _words_before(text, span[0], match.start(), 1), _words_after(text, match.end(), span[1], 2)
    if numbers_joined(before, after) or fraction_of_number(before, after):
        return True  # "use by 8 and 10 August": two numbers of one item; "seven and a half hours": one number
    if before and after and before[-1][:1].isupper() and after[0][:1].isupper():
        return True
    if before and len(after) == 2 and before[-1][:1].isupper() and after[0] == "the" and after[1][:1].isupper() \
            and text[match.start() - 1].isalpha():
        return True  # "sites in Germany and the Netherlands": two names, one place of the claim
    for word in reversed(_words_before(text, span[0], match.start(), 8)):
        if word.lower() in ("between", "both"):
            return True
        if word.lower() == "and":
            return False
    return False


def _split_contrasts(text: str, span: Span) -> list[Span]:
    """Split at `, while`, `, whereas`, `, saying that`: the clause after is a claim of its own."""
    cuts = [(m.start(), m.end()) for m in _top_level(text, span, _CONTRAST_RE)
            if len(text[m.end():span[1]].split()) >= MIN_CLAUSE_WORDS
            and not adds_amount(text[m.start() + 1:span[1]].split())]  # `, adding 310,000 journeys to`: no speech (66g)
    return _cut(span, cuts)


def split_consequences(text: str, span: Span) -> list[Span]:
    """Split at `such that`, `meaning that`: the consequence is a claim of its own."""
    return _cut(span, [(m.start(), m.end()) for m in _top_level(text, span, CONSEQUENCE_RE)])


@_needing("ing")  # every participle of the list ends so
def split_participles(text: str, span: Span) -> list[Span]:
    """Split before a participle that adds an achievement after a complete clause (`... embedding X`)."""
    if PARTICIPLE_RE.search(text, span[0], span[1]) is None:
        return [span]  # no participle of the list here (the common case, tested cheaply)
    listed = _listed_from(text, span)
    cuts = [(m.start(), m.start()) for m in _top_level(text, span, PARTICIPLE_RE)
            if not _in_list(text, listed, m.start())  # "including the trust cutting waits": an item's own verb (65y)
            and len(_words_before(text, span[0], m.start(), MIN_PARTICIPLE_LEFT_WORDS)) >= MIN_PARTICIPLE_LEFT_WORDS
            and _words_before(text, span[0], m.start(), 1)[-1].lower() not in _NOT_BEFORE_PARTICIPLE
            and not takes_ing(_words_before(text, span[0], m.start(), 1)[-1])  # "postpone opening", "fixed-price building"
            and (text[m.start() - 1] != "," or _adds_after_comma(text, m.end(), span[1]))
            and (text[m.start() - 1] == "," or not _noun_after(text, m.end(), span[1]))]
    return _cut(span, cuts)


def _listed_from(text: str, span: Span) -> int | None:
    """Return where the list after a span's first top-level `, including` (`as well as`) begins, else None."""
    part = text[span[0]:span[1]]
    if "including" not in part and " as " not in part and "addition" not in part:
        return None  # the common case, tested cheaply
    found = _top_level(text, span, INCLUDING_RE)
    return found[0].end() if found else None


def _in_list(text: str, listed: int | None, at: int) -> bool:
    """Say whether a participle at `at` stands inside the list after `including`, no comma or semicolon between them
    (`including the trust cutting waits and the council opening clinics`): each item's own verb, left to
    `_split_including` to read whole; after a comma it may add an achievement again (`..., saving £4m`)."""
    return listed is not None and listed <= at and not any(mark in text[listed:at] for mark in ",;")


NOUN_FOLLOWERS: frozenset[str] = frozenset("that which where whose in at of near was were is has had".split())
"""Words after an -ing word that make it a noun (`a school building that opened`, `the only community building in the
village`): a participle adding an achievement takes an object first (`building 40 homes`)."""


SUBJECT_VERBS: frozenset[str] = frozenset("is are was were has have had will would remain remains".split())
"""Verbs after an -ing word and one noun that make both the subject of a clause (`major building projects are running
late`, `the older housing stock was empty`; 22c): a participle adding an achievement takes no verb of its own."""


_CLOSING_MARKS = ".,;:!?\"'\u201d\u2019)"
"""Marks that may close a sentence after its last word: `the Tanyard Lane building.` ends on a noun (wave 25d)."""


def _noun_after(text: str, start: int, end: int) -> bool:
    """Say whether the -ing word ending at `start` is a noun: nothing (or only a closing mark) or only a word of
    NOUN_FOLLOWERS comes after it, or a noun and a verb of SUBJECT_VERBS (`building projects are`)."""
    after = [word for word in _words_after(text, start, end, 2) if word.strip(_CLOSING_MARKS)]
    return not after or after[0].strip(".,;:").lower() in NOUN_FOLLOWERS \
        or len(after) == 2 and after[0].isalpha() and after[0].islower() and after[1].lower() in SUBJECT_VERBS


_ADDED_OBJECT_RE = re.compile(r"\s+(?!the\s+total\b|it\b|them\b|this\b|that\b)[\w\u00a3$\u20ac][^,;:]{0,80}?\b(?:in|at|across|to|for)\s+"
                              r"(?:\d|every|all|each|[A-Z])")
"""`, embedding support workers in 11 hospitals`: after a comma, a participle with its own object and where it went."""


def _adds_after_comma(text: str, start: int, end: int) -> bool:
    """Say whether a participle after a comma adds a new achievement (`, embedding workers in 11 hospitals`), not a
    phrase about the figure before it (`, bringing the total to 40`)."""
    return _ADDED_OBJECT_RE.match(text, start, end) is not None


def _split_including(text: str, span: Span) -> list[Span]:
    """Split `X, including A, B and C` into X and the items, when every part after it reads as an item."""
    found = _top_level(text, span, INCLUDING_RE)
    if not found:
        return [span]
    head, rest = (span[0], found[0].start()), (found[0].end(), span[1])
    if len(text[head[0]:head[1]].split()) < MIN_CLAUSE_WORDS and "," in text[rest[0]:rest[1]]:
        return [span]  # "Cuts agreed, including A, save $4m": a subject's aside, not a list after a claim
    if _aside_then_more(text, rest):
        return [span]  # "has paid 9.6m in redress, including interest, to 2,315 customers": an aside, not a list
    listed = split_comma_list(text, rest)
    if len(listed) < 2:
        joins = [m for m in _top_level(text, rest, AND_RE) if not _bound_and(text, rest, m)]
        listed = _cut(rest, [(m.start(), m.end()) for m in joins[-1:]]) if joins else [rest]
    category = not has_verb(text[head[0]:head[1]]) and _names_category(text, head)
    if len(listed) < 2 and not category:
        return [span]  # "added four posts, including a second attorney": one example of the claim's object
    if not all(_reads_as_item(text, part, first=False) for part in listed) or _names_only(text, rest) \
            or figure_subset(text, head, listed):
        return [span]  # "..., including Leeds, Hull and York": the places of one claim, no claims of their own
    if not all(is_statement(text[part[0]:part[1]].strip(" .,;")) for part in listed):
        return [span]  # 64f: "priorities, including curbing reckless selling, ... and unlicensed brokers": items too
        # short to stand as claims are examples of the head's noun, one claim with it, never dropped
    return listed if category else [head] + listed  # "areas for further work, including A and B": A and B


MAX_CATEGORY_OFFSET = 3
"""The most words before a category noun in a head that only names the items' kind (`some serious concerns`)."""


def _names_category(text: str, head: Span) -> bool:
    """Say whether the words before `, including` are a noun phrase naming the items' kind (`areas for further
    work`, `a number of improvements`), not a clause in the present tense that ends on such a noun (`the row
    centres on a string of pay issues`, wave 45a): the category noun opens the head."""
    found = _CATEGORY_RE.search(text, head[0], head[1])
    return found is not None and len(text[head[0]:found.start()].split()) <= MAX_CATEGORY_OFFSET


MAX_NAME_WORDS = 4
_NAME_PART_RE = re.compile(r"(?:(?:and|or)\s+)?(?:the\s+)?[A-Z][\w'\u2019.\-]*(?:\s+(?:of|on|upon|the|in|de|la|le)?\s*[A-Z][\w'\u2019.\-]*)*"
                           r"[\s.,;]*")
"""A part of a list that is only a name: `Barrow-in-Furness`, `and Stoke-on-Trent`, `the Isle of Man`."""


_LIST_JOIN_RE = re.compile(r",\s*|\s+and\s+|\s+or\s+")


def _names_only(text: str, span: Span) -> bool:
    """Say whether a list is only proper names of a few words each (`Leeds, Hull and York`): examples of one claim's
    place or party, not claims."""
    parts = [part for part in _LIST_JOIN_RE.split(text[span[0]:span[1]].rstrip(" .;")) if part]
    return len(parts) >= 2 and all(len(part.split()) <= MAX_NAME_WORDS and _NAME_PART_RE.fullmatch(part) for part in parts)


def _aside_then_more(text: str, rest: Span) -> bool:
    """Say whether the words after `including` are a short aside that the clause goes on after (`including interest,
    to 2,315 customers`): a comma, then a word that only continues a clause (`to`, `in`, `by`)."""
    comma = text.find(",", rest[0], rest[1])
    after = _words_after(text, comma + 1, rest[1], 1) if comma >= 0 else []
    return bool(after) and len(text[rest[0]:comma].split()) <= MAX_SERIES_ITEM_WORDS \
        and after[0].lower() in NOT_ITEM_STARTS and after[0].lower() not in ("and", "or")


SPLITTERS: tuple[tuple[Callable[[str, Span], list[Span]], tuple[str, ...]], ...] = (
    (_split_nested_cues, ("but", "and")),
    (_split_colon_lead, (":",)),
    (_split_semicolons, (";",)),
    (split_numbers, ("1.", "1)", "(a)")),  # a numbered list starts at 1 or (a)
    (split_and_that, ("that",)),
    (split_consequences, ("such that", "so much so that", "meaning that", "which means that", "which meant that",
                           "with the result that")),
    (_split_contrasts, ("while", "whereas", "saying", "adding", "arguing", "claiming", "insisting")),
    (split_participles, ("ing",)),
    (_split_including, ("including", "in addition to", "as well as")),
    (_split_with, (", with",)),
    (split_comma_list, (",",)),
    (split_clauses, ("and",)),
)
"""The splitters in the order they apply, each with the substrings it needs to find anything."""
TRIGGERS: frozenset[str] = frozenset(trigger for _, triggers in SPLITTERS for trigger in triggers)
"""Every splitter's substrings, looked for once a span."""


def _needed_triggers(triggers: frozenset[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Pair each trigger, shortest first, with the shorter triggers inside it (`that` in `such that`): a trigger
    whose part is missing from a span is missing too, and need not be looked for."""
    ordered = sorted(triggers, key=lambda t: (len(t), t))
    return tuple((t, tuple(s for s in ordered if len(s) < len(t) and s in t)) for t in ordered)


_TRIGGER_PARTS = _needed_triggers(TRIGGERS)
"""`TRIGGERS`, shortest first, each with the shorter triggers it holds."""


def present_triggers(whole: str) -> set[str]:
    """Return the triggers a span's words hold: `{t for t in TRIGGERS if t in whole}`, skipping a trigger when
    a shorter one inside it is missing (found shortest first)."""
    present: set[str] = set()
    for trigger, parts in _TRIGGER_PARTS:
        if (not parts or present.issuperset(parts)) and trigger in whole:
            present.add(trigger)
    return present


def _gate(triggers: tuple[str, ...]) -> str:
    """Return the longest other trigger every one of a splitter's triggers holds (`that` in each consequence's
    phrase), else "" (which every span holds)."""
    common = [t for t in sorted(TRIGGERS, key=lambda t: (-len(t), t))
              if t not in triggers and all(t in u for u in triggers)]
    return common[0] if common else ""


_GATED_SPLITTERS: tuple[tuple[Splitter, str, tuple[str, ...]], ...] = tuple(
    (splitter, _gate(triggers), triggers) for splitter, triggers in SPLITTERS)
"""`SPLITTERS`, each with the word all its triggers hold (looked for first)."""


def present_splitters(whole: str) -> list[Splitter]:
    """Return the splitters, in order, whose triggers a span's words hold: each trigger looked for only until one
    is found, and none when the word all of them hold is missing (what `present_triggers` tells, found faster)."""
    found = []
    for splitter, gate, triggers in _GATED_SPLITTERS:
        if gate in whole:
            for trigger in triggers:
                if trigger in whole:
                    found.append(splitter)
                    break
    return found


ATTITUDE_WORDS = load_words("attitude_words")
_ATTITUDE_RE = re.compile(
    r"(?:I|We)(?:['\u2019](?:m|re|ll)\b|\s+(?:am|are|will|would|do|did|can|must|really|also|all|truly|deeply|very|so|not"
    r"|just|still|fully|completely|going\s+to|want\s+to|would\s+like\s+to|(?:won|can|don|didn|wouldn)['\u2019]t)\b)*"
    r"\s+(?:%s)\b(?!\s+(?:to\s+(?:say|report|confirm|announce|share|add|note|tell\s+\w+|inform\s+\w+)\s+)?that\b)"
    % "|".join(sorted(ATTITUDE_WORDS)))
"""`We are sorry`, `I won't pretend`, `We know there is more to do`: the speaker's attitude, not a fact (`We are
proud that more people ...` holds one, and so does a feeling that reports: `We're happy to say that`, `We are pleased
to confirm that`, waves 47b and 47c)."""
_VERDICT_RE = re.compile(r"(?:That|This|It|They)(?:['\u2019]s|\s+(?:is|was|are|were|cannot|can['\u2019]t|will|won['\u2019]t"
                         r"|must|should))\b")
"""`That cannot continue.`, `They were wrong.`: a pronoun and a verdict on it."""
MAX_VERDICT_WORDS = 5
_CHECKABLE_RE = re.compile(
    r"\d|[\u00a3$\u20ac%%]|\b(?:one|%s|half|third|quarter|once|twice|first|last|next|ago|since"
    r"|today|yesterday|tomorrow|week|month|year|years)\b|(?-i:\s[A-Z])" % NUMBER_WORD_ALTERNATION, re.IGNORECASE)
"""What makes a sentence checkable: a figure (`one` or a number of the one list, `vocabulary.NUMBER_WORDS`, wave
35f), a time, or a name (a capital after the first word)."""


APPEAL_RE = re.compile(r"\b(?:you|your|deserve|deserves)\b|\btakes?\s+[^.]{0,30}\bseriously\b|^(?:Nobody|No one)\s+"
                        r"(?:can\b|can['\u2019]t|cannot|should\b|wants\b|(?!(?:was|is|has|does)\b)[a-z]+s\b)", re.IGNORECASE)
"""`If you are sheltering that person, ...`, `People deserve better`, `We take every finding seriously`, `Nobody joins
the fire service to go on strike`: an appeal, a due or a maxim reports nothing."""


_APPEAL_WORDS = ("you", "erve", "take")
"""What every match of `APPEAL_RE` holds in lower case unless it opens with `Nobody` or `No one` (`deserve` by its
`erve`: under IGNORECASE a long s matches `s`, but no other character matches these letters)."""


def may_appeal(body: str) -> bool:
    """Say whether `APPEAL_RE` may find an appeal in some words (the cheap test before its case-blind scan)."""
    lower = body.lower()
    return any(word in lower for word in _APPEAL_WORDS) or lower.startswith(("nobody", "no one"))


GENERIC_YOU_RE = re.compile(
    r"^(?!You\b)(?:.*?)(?<!\bI\s)(?<!\b[Ww]e\s)\b(?:can|could|may|might|will|would)\s+"
    r"(?!(?:you|help|support|assist|guide|advise|update|contact|call|tell|show|give|send|offer|remind|encourage|urge"
    r"|ask|invite|thank|welcome|see|let|keep)\b)[a-z]+\s+you\b"
    r"|^If\b[^,]*,\s+you\s+(?:will|could|may|can|would)\s+[a-z]")
"""`you` as anyone, in a statement of what befalls people (wave 50e): the object of a verb after a modal (`Poor housing
can put you at risk`) or the subject of a conditional's outcome (`If police find you over the limit, you will lose your
licence`): a fact a checker can test, never an appeal; not after `I` or `we` (`We will keep you`), not a verb of
serving or telling (`Staff can help you`, `Owners will tell you`) and not in a sentence that opens by addressing `You`."""
_DASHED_ASIDE_RE = re.compile(r"\s[\u2013\u2014]\s[^\u2013\u2014]{1,120}?\s[\u2013\u2014]\s")
"""An aside between two dashes (`Thefts \u2013 crimes that you told us matter \u2013 fell`): its `you` addresses no one."""


def is_appeal(body: str) -> bool:
    """Say whether a sentence appeals to `you` or to a due (`People deserve better`), reading it without its dashed
    asides and never when its `you` is anyone (`GENERIC_YOU_RE`)."""
    if not may_appeal(body):
        return False
    plain = _DASHED_ASIDE_RE.sub(" ", body)
    return APPEAL_RE.search(plain) is not None and GENERIC_YOU_RE.search(plain) is None


def is_rhetoric(sentence: str) -> bool:
    """Say whether a quoted sentence surely holds nothing to check: an attitude (`We are sorry.`), an appeal to `you`
    or a verdict on a pronoun (`That cannot continue.`), with no figure, no time and no name."""
    body = sentence.strip(" \"'\u201c\u201d\u2018\u2019.!")
    shaped = _ATTITUDE_RE.match(body) or is_appeal(body) \
        or len(body.split()) <= MAX_VERDICT_WORDS and _VERDICT_RE.match(body)
    return bool(shaped) and not _CHECKABLE_RE.search(body.replace(" I ", " i ").replace(" I'", " i'").replace(" I\u2019", " i\u2019"))


# Names in any alphabet (wave 8c): the letter ranges of these patterns read every script's letters.
(DATELINE_RE, _NAME_WORD_RE, _ADDED_OBJECT_RE, APPEAL_RE) = (
    any_script(p) for p in (DATELINE_RE, _NAME_WORD_RE, _ADDED_OBJECT_RE, APPEAL_RE))
