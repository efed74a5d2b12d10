"""Quality of extraction on the press corpus (issue 8): how many gold claims `extract_claims` finds,
under the right speaker, and how many of its rows are noise, fragments or bundles.

    python -m benchmarks.quality [--corpus DIR] [--per-text] [--json] [--misses]

The corpus (benchmarks/press, format in its README.md) is one `pNNN_slug.txt` per text with a
`pNNN_slug.gold.json` beside it. Definitions, per text and summed over texts:

- **claims**: the gold claims not marked `optional` (optional claims are never counted in recall
  and never make a row count as unmatched).
- **found**: a claim whose every key occurs in one row's `quote` (white space folded to single
  spaces on both sides; case kept).
- **right speaker**: found, and one of the rows holding all its keys has a speaker equal to the gold
  `speaker` or one of its `speaker_aliases` (compared case-insensitively, white space, apostrophes and a leading
  `The` folded).
- **wrong speaker**: found, but no row holding all its keys has the right speaker, and the row that
  carries it names a party with confidence (its `speaker_kind` is not `unresolved`).
- **unresolved**: found, no row holding its keys has the right speaker, and the row that carries it
  says the extractor could not tell who speaks (`speaker_kind` `unresolved`, the speaker being the
  text's own words such as "the spokesman"): counted apart, never as a wrong speaker.
- **unmatched rows**: rows containing no key of any gold claim (optional ones included).
- **not-claim rows**: rows containing one of the text's `not_claims` phrases (reported apart).
- **fragments**: rows that are not a statement, by `is_fragment`; a quote whose claim fills a gap the writer left
  inside it (`fills_gap`: `The windows [had been] replaced.`) is judged as its claim.
- **claims not standalone**: rows whose `claim` column (the statement an analyst reads, with the words the
  extractor adds in brackets) is a fragment by the same test (`claim_is_fragment`: `is_fragment` on the claim
  as it reads and, for its end, on its quote in the text); fragments are still judged on the quote.
- **over-bundled rows**: rows holding all the keys of more than two claims (optional ones included).
- **speaker kind**: when the table has a `speaker_kind` column, for each found claim its row (the
  first row with the right speaker, else the first with its keys) is checked against the gold
  `kind`; "regulator" and "inspectorate or regulator" count as "inspectorate". Without the
  column the kind figures are None.

Texts with `"held_out": true` are totalled apart from the development texts.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Iterable, Sequence

from claims.model import ClaimsError

CORPUS = Path(__file__).resolve().parent / "press"
THRESHOLDS = CORPUS / "thresholds.json"
KINDS = ("organisation", "person", "inspectorate", "document", "unresolved")
KIND_SYNONYMS = {"regulator": "inspectorate", "inspectorate or regulator": "inspectorate"}
GENRES = ("press release", "news report")

RELATIVES = frozenset({"which", "who", "whom", "whose", "whereby"})
CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "because", "although", "though", "whereas",
                          "unless", "than", "while", "whilst"})
PREPOSITIONS = frozenset({"in", "on", "at", "of", "for", "with", "by", "from", "to", "into", "as",
                          "according", "about", "after", "before", "under", "over", "through"})
ARTICLES = frozenset({"a", "an", "the"})
STRANDED = frozenset({"of", "to", "in", "into", "by", "from", "as", "than"})
"""Prepositions that end only a cut-off row (unlike "the year before", "budgeted for", "rely on")."""
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                         "will", "would", "can", "could", "shall", "should", "may", "might", "must"})
MIN_WORDS = 4
"""A row of fewer words than this is a fragment, unless it is a short sentence or a figure's item."""
SUBJECTS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
"""Pronouns that make a short row a sentence (`We are sorry.`) and an auxiliary after them an ellipsis."""
ELLIPSIS_OPENERS = frozenset({"and", "but", "where", "if", "as", "than", "so", "when", "because"})
"""Words before `it has`, `we can` that close a clause by ellipsis."""
FIGURE = re.compile(r"^[£$€]?\d")
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
"""Spelled numbers that are a short sentence's subject as a pronoun is (`Three have died.`)."""
FIGURE_ITEM = re.compile(r"[^\W\d_][^\W\d]*(?:[ -][^\W\d]+){0,3}(?:\s*(?::|(?:\|\s*)+)\s*[+\-\u2212]?[£$€]?\d[\d,.]*%?"
                         r"|\s+\([+\-\u2212]?[£$€]?\d[\d,.]*%?\)|\s+[+\-\u2212]?\d[\d,.]*%)")
"""A figure's item of a table or list: a label then its figure (`Sustained: 18`, `Letterkenny | 41` as GRADE_ITEM's
table cells, past empty cells too: a total's row `Total | | | 1,859` (wave 39c), `Porto (+96%)`, `food 31%`)."""
GRADE_ITEM = re.compile(r"[^\W\d_][^\W\d]*(?:[ -][^\W\d]+){0,5}\s*[|:]\s*(?i:outstanding|good|very\s+good|requires"
                        r"\s+improvement|inadequate|adequate|excellent|satisfactory|unsatisfactory|poor|weak|compliant"
                        r"|non-compliant|(?:partially|substantially)\s+compliant|met|not\s+met)\.?")
"""A grade's item of a table (`Preventing crime | Good`, `Leadership: Requires improvement`): a label then the grade
an inspectorate gave, a judgement as a figure's item is a measure (wave 18d)."""
SPELLED_FIGURES = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million "
    "millions billion dozen".split())
"""Numbers in words that are a figure as digits are (`three focus groups` as `3 focus groups`; wave 18d); `one` is
left out (`one of them`)."""
QUANTITY = re.compile(r"(?i)\s*(?:at\s+(?:least|most)|about|over|under)\s+(?:[£$€]?\d|(?:%s)\b)"
                      % "|".join(sorted(NUMBER_WORDS | SPELLED_FIGURES)))
"""A preposition that only sizes a figure, in digits or in words (`at least 23 roles are affected`, `about 40 staff
left`, `at least two people fainted`, as `stubs` reads it): the row opens on its subject, not on a preposition."""
SUBORDINATORS = frozenset({"because", "although", "though", "whereas", "unless", "while", "whilst"})
"""Conjunctions that open a subordinate clause: set off by a comma before a main clause, the row is a sentence
(`because we set a deadline, these are homes people will see`; wave 18d)."""
CLAUSE_AFTER = re.compile(r",\s+(?:and|but|or|while|whilst|whereas)\s+(?P<next>[\w\-]+)")
"""A comma and a conjunction right after a row, and the word after them: when that word is no preposition, a new
clause opens there (`the help they were entitled to, and had taken`), so a preposition ending the row is stranded
where its relative clause ends, not cut from its object (which never follows a comma and a conjunction unless they
join another preposition: `up to, and including, May`). `while` and `whereas` open a clause as `and` does (`needed
to move in, while 400 cited arrears`; wave 44a)."""
REPORTING_TAIL = re.compile(r",\s+[^,;:.!?\"\u201c\u201d]{0,80}?\b(?:said|says|found|finds|added|adds|reported|reports|"
                            r"warned|warns|concluded|concludes|claimed|claims|stated|states|told|tells)\b"
                            r"[^,;:.!?\"\u201c\u201d]{0,40}[.!?]")
"""The row's own reporting clause closing its sentence right after it (`..., the ombudsman has found.`, `..., ministers
said on Monday.`): the content ends at that comma, so a preposition before it ends a relative clause (wave 44a)."""
SENTENCE_END = re.compile(r"[\"\u201d\u2019')]*[.!?;]|[,.!?]?[\"\u201d\u2019']")
"""What closes a clause right after a row: a full stop or semicolon (after any closing marks), a closing quotation
mark (`, and` is no end: `Sales beat the figure analysts had pencilled in, and ...` leaves a cut row)."""
CLOSERS = "\"\u201d\u2019')"
"""Closing quotation marks and brackets."""
SENTENCE_START = re.compile(r"(?:^|[.!?:][\"\u201d\u2019')]*\s|[\"\u201c\u2018]\s?)$")
"""What opens a sentence right before a row: the text's start, a full stop or colon, an opening quotation mark."""
SHORT_PREPOSITION_ROW = 8
"""A row that starts with a preposition and has fewer words than this is a fragment."""
WHOLE_PREPOSITION_ROW = 6
"""... unless it is a whole sentence of the text of at least this many words (`At some point the money runs out.`;
`In a results statement.` stays a fragment)."""
HEADER = ("text", "claims", "found", "recall", "right spk", "right%", "wrong spk", "unresolved", "rows", "unmatched",
          "not-claim", "fragments", "not standalone", "bundled", "kind acc")
"""The columns of the printed table."""
WORD = re.compile(r"[^\W_](?:[\w'’.,%-]*[^\W_%])?%?")


RANGE_RE = re.compile(r"p(\d{3,4})-p(\d{3,4})")
"""A range of corpus texts by number, such as p185-p232 or p953-p1000."""
NUMBER_RE = re.compile(r"p(\d{3,4})_")
"""The number at the start of a corpus file's name: `p007_slug.txt`, `p1000_slug.gold.json`."""


class RangeError(ValueError):
    """A range of texts (`--texts`) that cannot be read, with the fix."""


def text_range(value: str) -> tuple[int, int]:
    """Read `p089-p136` as the numbers of the first and last text."""
    match = RANGE_RE.fullmatch(value.strip())
    if not match:
        raise RangeError(f"--texts {value!r}: give a range such as p089-p136")
    return int(match[1]), int(match[2])


def file_number(path: Path) -> int:
    """The number of a corpus file, from its name `pNNN_slug...` or `pNNNN_slug...` (-1 when it has none)."""
    match = NUMBER_RE.match(path.name)
    return int(match[1]) if match else -1


def corpus_order(path: Path) -> tuple[int, str]:
    """Sort corpus files by number, then name, so that p1000 follows p999."""
    return file_number(path), path.name


def number_of(gold: Gold) -> int:
    """The number of a corpus text, from its file name `pNNN_slug.txt` (-1 when it has none)."""
    return file_number(Path(gold.name))


class GoldError(ClaimsError):
    """A gold annotation file that cannot be scored as written."""


@dataclass(frozen=True)
class GoldClaim:
    """One claim a fact-checker would list: who makes it, and phrases that identify it."""

    speaker: str
    aliases: tuple[str, ...]
    kind: str
    keys: tuple[str, ...]
    optional: bool


@dataclass(frozen=True)
class Gold:
    """The annotation of one text."""

    name: str
    text: str
    held_out: bool
    claims: tuple[GoldClaim, ...]
    not_claims: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    """One extracted row, reduced to what the scorer reads."""

    speaker: str
    quote: str
    kind: str | None
    claim: str = ""
    """The row's `claim` column ("" for a table without one: then the quote stands for it)."""


@dataclass
class Score:
    """Counts for one text or a total; rates are derived from them."""

    texts: int = 0
    claims: int = 0
    found: int = 0
    right_speaker: int = 0
    wrong_speaker: int = 0
    unresolved: int = 0
    rows: int = 0
    unmatched: int = 0
    not_claim_rows: int = 0
    fragments: int = 0
    claims_not_standalone: int = 0
    over_bundled: int = 0
    kind_checked: int = 0
    kind_right: int = 0
    kind_column: bool = False


def fold(text: str) -> str:
    """Fold every run of white space to one space and strip the ends."""
    return " ".join(text.split())


APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})
"""Typographic apostrophes a text or a gold file may spell a name with, read as the straight one."""


LEADING_ARTICLE_RE = re.compile(r"\A(?:the|an?) ")
"""A leading article as a whole first word (`the`, `a`, `an`), already case-folded: no part of a party's name."""


def fold_name(text: str) -> str:
    """Fold white space, case, typographic apostrophes, a leading article and a closing full stop, for comparing
    speakers."""
    return LEADING_ARTICLE_RE.sub("", fold(text).translate(APOSTROPHES).casefold(), count=1).removesuffix(".")


def canonical_kind(kind: str) -> str:
    """Map a speaker kind to one of KINDS (regulator counts as inspectorate)."""
    kind = fold_name(kind)
    return KIND_SYNONYMS.get(kind, kind)


def words(text: str) -> list[str]:
    """The words of a row: runs of letters and digits (with inner . , ' - and a closing %)."""
    return WORD.findall(text)


def is_fragment(quote: str, text: str = "") -> bool:
    """True when a row is not a statement: precisely, when (1) it has fewer than MIN_WORDS words, or
    (2) its first word is a relative pronoun (RELATIVES) or a conjunction (CONJUNCTIONS), or (3) its
    first word is a preposition (PREPOSITIONS), it has fewer than SHORT_PREPOSITION_ROW words and no
    comma (so "In March, the trust opened a ward" is a statement, "in a results statement" is
    not), or (4) its last word is an article, a preposition that only a cut leaves last (STRANDED)
    or an auxiliary verb (AUXILIARIES), written in lower case ("in May" ends on a month). Rules
    (2) and (3) ignore case. Not fragments: a three-word row that is a sentence (a subject pronoun
    then an auxiliary: "We are sorry."), a three-word row with a figure ("912 affordable homes",
    "Robberies dropped 14%"), and an auxiliary ending after a subject pronoun after `and`, `where`, `if` ...
    (ELLIPSIS_OPENERS: "..., and it has", "... where we can"; "said that it would" stays a cut). Given the
    text (folded), a row that ends where its sentence ends is not cut at its end (4): `than they should have.`,
    `the people it was collecting from"`; and one that is a whole sentence of the text is not a fragment by (2),
    nor by (3) from WHOLE_PREPOSITION_ROW words on (`Unless rents fall, more families will struggle.`; `In a
    results statement.` stays one). A figure's item (FIGURE_ITEM: `Sustained: 18`) is not short by (1), nor a
    three-word whole sentence of the text (`is_short_sentence`: `Mum has dementia.`)."""
    found = words(quote)
    ends, whole = sentence_bounds(quote, text)
    if len(found) < MIN_WORDS and not is_short_statement(found) and not FIGURE_ITEM.fullmatch(quote) \
            and not GRADE_ITEM.fullmatch(quote) and not (whole and is_short_sentence(found)):
        return True
    first, last = found[0].casefold(), found[-1]
    if not whole and (first in RELATIVES or first in CONJUNCTIONS) and not opens_main_clause(quote):
        return True
    if first in PREPOSITIONS and len(found) < SHORT_PREPOSITION_ROW and "," not in quote and not QUANTITY.match(quote) \
            and not (whole and len(found) >= WHOLE_PREPOSITION_ROW):
        return True
    if ends:
        return False  # "... than they should have.": an ellipsis at the sentence's end, not a cut
    if last in AUXILIARIES and found[-2].casefold() in SUBJECTS and found[-3].casefold() in ELLIPSIS_OPENERS:
        return False  # "..., and it has": an ellipsis, not a cut ("said that it would" is a cut)
    if last in STRANDED and stranded_before_clause(quote, text):
        return False  # "the help they were entitled to, and had taken": the relative clause ends at the comma
    return last in ARTICLES or last in STRANDED or last in AUXILIARIES


def opens_main_clause(quote: str) -> bool:
    """Whether a row opening with a subordinating conjunction goes on, after a comma, to a main clause of MIN_WORDS
    words or more (`because we set a deadline for starting on site, these are homes people will see going up`): a
    sentence whose `And` before it was left out, not a clause cut from one."""
    comma = quote.find(",")
    return comma > 0 and words(quote)[0].casefold() in SUBORDINATORS and len(words(quote[comma + 1:])) >= MIN_WORDS


GAP_RE = re.compile(r"\S.*?\[(?P<added>[^\]]+)\]")
"""Words added in square brackets after a claim's first word (`The windows [had been] replaced.`)."""


def fills_gap(row: Row, text: str = "") -> bool:
    """Whether a row's claim fills a gap the writer left inside its quote: words in brackets after its first word that
    open on an auxiliary (`the mould had been treated, the windows replaced` gives `The windows [had been]
    replaced.`), and the claim so filled is no fragment. No exact span of the text says those words, so the quote is
    judged as its claim (wave 18d)."""
    gap = GAP_RE.match(row.claim) if "[" in row.claim[1:] else None
    return gap is not None and gap.group("added").split()[0].casefold() in AUXILIARIES \
        and not is_fragment(row.claim, text)


ITEM_MARKER = re.compile(r"\s[-\u2013\u2022*\u25aa\u00b7]\s+\Z")
"""A list marker (hyphen, en dash, bullet, asterisk) and its space, right before a list item."""
ITEM_END = re.compile(r"[;,.]?(?:\s+(?:and|or))?(?:\s+[-\u2013\u2022*\u25aa\u00b7]\s|[ \t]*(?:\n|\Z)|\s+(?=[A-Z]))")
"""What ends a whole list item: its separator (`;`, `; and`, a full stop), then the next marker, the line's end or
the next sentence."""
LEAD_IN_RE = re.compile(r"\[(?P<lead>[^\]]+?):?\]\s")
"""A claim that opens with words in square brackets (`[Inspectors found non-compliance in areas including]
fire precautions.`), its list's lead-in when the text writes them before a colon."""


def is_whole_list_item(quote: str, text: str) -> bool:
    """Whether the text holds a row's quote as the whole of a list item: right after a list marker, and ending where
    the item ends (`ITEM_END`)."""
    core = quote.rstrip(".;,")
    if not core or not text:
        return False
    for found in re.finditer(re.escape(core), text):
        before = text[max(0, found.start() - 8):found.start()]
        if ITEM_MARKER.search(before if found.start() > 8 else " " + before) \
                and ITEM_END.match(text, found.end()) is not None:
            return True
    return False


def carries_lead_in(row: Row, text: str = "") -> bool:
    """Whether a row is a whole list item whose claim carries its lead-in (the words before the list's colon) in
    square brackets and so reads as a claim (`[Inspectors found non-compliance in seven centres, in areas including]
    fire precautions.`): the writer wrote the item that short, nothing was cut from it (wave 19)."""
    lead = LEAD_IN_RE.match(row.claim)
    return lead is not None and f"{fold(lead['lead'])}:".casefold() in fold(text).casefold() \
        and is_whole_list_item(row.quote, text) and not is_fragment(row.claim)


def claim_is_fragment(row: Row, text: str = "") -> bool:
    """True when a row's `claim` column is not a statement by `is_fragment`, read against the text like the quote. A
    claim that adds no words in square brackets is its quote with a capital and a full stop (no words), so it is
    judged as its quote. A claim with words added before or inside it ends where its quote ends: it is a fragment
    when both it, as it reads, and its quote, at its place in the text (the end rules), are fragments."""
    if "[" not in row.claim:
        return is_fragment(row.quote, text)
    return is_fragment(row.claim, text) and is_fragment(row.quote, text)


def sentence_bounds(quote: str, text: str) -> tuple[bool, bool]:
    """Whether a row ends where its clause ends in the text (a full stop, a semicolon, a closing quotation mark),
    and whether it is a whole sentence (both False when the text is not given or does not hold the row)."""
    place = text.find(quote) if text and quote else -1
    if place < 0:
        return False, False
    ends = quote[-1] in ".!?\"\u201d" or quote.rstrip(CLOSERS)[-1:] in (".", "!", "?") \
        or SENTENCE_END.match(text, place + len(quote)) is not None
    return ends, ends and SENTENCE_START.search(text, 0, place) is not None


def stranded_before_clause(quote: str, text: str) -> bool:
    """Whether the text opens a new clause right after the row (`CLAUSE_AFTER`) or closes the sentence with the row's
    reporting clause (`REPORTING_TAIL`): its last preposition is stranded where a relative clause ends, not cut from
    its object; or a `to` whose verb the writer left out before `and that`
    opens the next reported clause (`she said it had no plans to and that its branches ...`; wave 18d)."""
    place = text.find(quote) if text and quote else -1
    if place < 0:
        return False
    at = place + len(quote)
    return clause_follows(text, at) or REPORTING_TAIL.match(text, at) is not None \
        or quote.endswith(" to") and AND_THAT.match(text, at) is not None


AND_THAT = re.compile(r"\s+and\s+that\b")
"""`and that` opening the next reported clause right after a row."""


def clause_follows(text: str, at: int) -> bool:
    """Whether a new clause opens right after offset `at`: a comma, `and`/`but`/`or` and a word that is no
    preposition nor `including` (`, and had taken`; not `, and including`, `, and in`)."""
    after = CLAUSE_AFTER.match(text, at)
    return after is not None and after.group("next").casefold() not in PREPOSITIONS | {"including", "beyond"}


def is_short_statement(found: list[str]) -> bool:
    """True for a three-word row that still stands: a sentence ("We are sorry", "Crews were exhausted") or a row
    with a figure ("912 affordable homes", "Robberies dropped 14%")."""
    if len(found) != 3:
        return False
    subject = found[0].casefold() in SUBJECTS or found[0].casefold() in NUMBER_WORDS
    sentence = subject and found[1].casefold() in AUXILIARIES
    return sentence or is_copula_clause(found) or any(FIGURE.match(word) or spelled_figure(word) for word in found)


def spelled_figure(word: str) -> bool:
    """Whether a word is a number in words (`four`, `thirty-seven`), a figure as digits are."""
    parts = word.casefold().split("-")
    return all(part in SPELLED_FIGURES or part in ("one", "third", "thirds", "quarter", "quarters", "half")
               for part in parts) and any(part in SPELLED_FIGURES for part in parts)


def is_short_sentence(found: list[str]) -> bool:
    """True for three words that can make a whole sentence of the text: neither opened by a relative, a conjunction, a
    preposition, an article or an auxiliary nor closed by an article, a preposition or an auxiliary (`Mum has
    dementia.`; never `Marketing activity was.`, `The annual report.`; wave 40)."""
    if len(found) != 3:
        return False
    first, last = found[0].casefold(), found[-1].casefold()
    return first not in RELATIVES | CONJUNCTIONS | PREPOSITIONS | ARTICLES | AUXILIARIES \
        and last not in ARTICLES | PREPOSITIONS | AUXILIARIES


def is_copula_clause(found: list[str]) -> bool:
    """True for subject, a copula, modal or auxiliary and a complement or verb: "Crews were exhausted", "pay would
    rise" (wave 44a; never "Which was closed", "The staff were", "Staff were the": a relative, a conjunction, a
    preposition or an article at either end makes no clause)."""
    first, verb, last = (word.casefold() for word in found)
    not_subject = RELATIVES | CONJUNCTIONS | PREPOSITIONS | ARTICLES | AUXILIARIES
    not_complement = ARTICLES | PREPOSITIONS | AUXILIARIES
    return verb in AUXILIARIES and first not in not_subject and last not in not_complement


def holds_all(quote: str, keys: Iterable[str]) -> bool:
    """True when a folded quote contains every folded key."""
    return all(fold(key) in quote for key in keys)


def holds_any(quote: str, keys: Iterable[str]) -> bool:
    """True when a folded quote contains at least one folded key."""
    return any(fold(key) in quote for key in keys)


def speaks_for(row: Row, claim: GoldClaim) -> bool:
    """True when the row's speaker is the claim's speaker or one of its aliases."""
    names = {fold_name(name) for name in (claim.speaker, *claim.aliases)}
    return fold_name(row.speaker) in names


def is_unresolved(row: Row) -> bool:
    """True when a row says its speaker could not be told (speaker_kind `unresolved`)."""
    return row.kind is not None and canonical_kind(row.kind) == "unresolved"


def best_row(rows: Sequence[Row], claim: GoldClaim) -> Row | None:
    """The row that carries a claim: the first with its keys and right speaker, else the first with its keys."""
    holding = [row for row in rows if holds_all(row.quote, claim.keys)]
    right = [row for row in holding if speaks_for(row, claim)]
    return next(iter(right or holding), None)


def score_claims(rows: Sequence[Row], gold: Gold, score: Score) -> None:
    """Add the recall, speaker and kind counts of one text's required claims to a score."""
    for claim in gold.claims:
        if claim.optional:
            continue
        score.claims += 1
        row = best_row(rows, claim)
        if row is None:
            continue
        score.found += 1
        right = speaks_for(row, claim)
        unresolved = not right and is_unresolved(row)
        score.right_speaker += right
        score.unresolved += unresolved
        score.wrong_speaker += not right and not unresolved
        if row.kind is not None:
            score.kind_checked += 1
            score.kind_right += canonical_kind(row.kind) == canonical_kind(claim.kind)


def score_rows(rows: Sequence[Row], gold: Gold, score: Score) -> None:
    """Add the row counts of one text (unmatched, not-claim, fragments, over-bundled) to a score."""
    all_keys = [key for claim in gold.claims for key in claim.keys]
    for row in rows:
        score.rows += 1
        score.unmatched += not holds_any(row.quote, all_keys)
        score.not_claim_rows += holds_any(row.quote, gold.not_claims)
        score.fragments += is_fragment_row(row, gold.text)
        score.claims_not_standalone += claim_is_fragment(row, gold.text)
        score.over_bundled += sum(holds_all(row.quote, claim.keys) for claim in gold.claims) > 2


def score_text(rows: Sequence[Row], gold: Gold) -> Score:
    """Score one text's extracted rows against its gold."""
    score = Score(texts=1, kind_column=any(row.kind is not None for row in rows))
    score_claims(rows, gold, score)
    score_rows(rows, gold, score)
    return score


def add(total: Score, score: Score) -> Score:
    """Return the sum of two scores (kind_column: either had one)."""
    summed = {f.name: getattr(total, f.name) + getattr(score, f.name) for f in fields(Score)
              if f.name != "kind_column"}
    return Score(**summed, kind_column=total.kind_column or score.kind_column)


def share(part: int, whole: int) -> float:
    """part / whole, or 0.0 for an empty whole."""
    return part / whole if whole else 0.0


def rates(score: Score) -> dict[str, float | None]:
    """The rates of a score: recall, right speaker, wrong speaker, unresolved per claim; noise per row; kind accuracy."""
    return {
        "recall": share(score.found, score.claims),
        "right_speaker": share(score.right_speaker, score.claims),
        "wrong_speaker": share(score.wrong_speaker, score.claims),
        "unresolved": share(score.unresolved, score.claims),
        "unmatched": share(score.unmatched, score.rows),
        "not_claim_rows": share(score.not_claim_rows, score.rows),
        "fragments": share(score.fragments, score.rows),
        "claims_not_standalone": share(score.claims_not_standalone, score.rows),
        "over_bundled": share(score.over_bundled, score.rows),
        "kind_accuracy": share(score.kind_right, score.kind_checked) if score.kind_column else None,
    }


def require(condition: bool, path: Path, message: str) -> None:
    """Raise GoldError naming the file when a condition on its annotation fails."""
    if not condition:
        raise GoldError(f"{path}: {message}")


def require_strings(value: Any, path: Path, what: str) -> tuple[str, ...]:
    """Return a list of non-empty strings as a tuple, or raise GoldError naming the field."""
    ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    require(ok, path, f"{what} must be a list of non-empty strings; fix it and run again")
    return tuple(value)


def parse_claim(raw: Any, path: Path, index: int, text: str) -> GoldClaim:
    """Check and build one gold claim; every key must occur in the text (white space folded)."""
    where = f"claim {index + 1}"
    require(isinstance(raw, dict) and isinstance(raw.get("speaker"), str) and raw["speaker"].strip(),
            path, f"{where} needs a \"speaker\" string")
    kind = raw.get("kind", "")
    require(isinstance(kind, str) and canonical_kind(kind) in KINDS, path,
            f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    keys = require_strings(raw.get("keys"), path, f"{where} \"keys\"")
    require(1 <= len(keys) <= 3, path, f"{where} has {len(keys)} keys; give 1 to 3 short phrases")
    for key in keys:
        require(fold(key) in text, path, f"{where}: key {key!r} is not in the text; copy it exactly")
    aliases = require_strings(raw.get("speaker_aliases", []), path, f"{where} \"speaker_aliases\"")
    return GoldClaim(raw["speaker"], aliases, canonical_kind(kind), keys, bool(raw.get("optional", False)))


def read_json(path: Path) -> dict[str, Any]:
    """Read a gold file as a JSON object, or raise GoldError with the line of the mistake."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot be read ({error}); save it as UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise GoldError(f"{path} line {error.lineno}: not valid JSON ({error.msg}); fix that line") from None
    require(isinstance(data, dict), path, "must hold one JSON object {\"text\": ..., \"claims\": [...]}")
    return data


def text_file(path: Path, data: dict[str, Any]) -> Path:
    """The .txt a gold file names, which must sit beside it."""
    name = data.get("text")
    if not (isinstance(name, str) and Path(name).name == name and name.endswith(".txt")):
        raise GoldError(f"{path}: \"text\" must be the file name of a .txt beside it, without folders")
    require((path.parent / name).is_file(), path, f"names {name}, which is not in {path.parent}")
    return path.parent / name


def check_header(path: Path, data: dict[str, Any]) -> None:
    """Check the fields that describe a text: genre, phenomena and held_out."""
    require(data.get("genre") in GENRES, path, f"\"genre\" must be one of {', '.join(GENRES)}")
    require_strings(data.get("phenomena", []), path, "\"phenomena\"")
    require(isinstance(data.get("held_out", False), bool), path, "\"held_out\" must be true or false")


def parse_claims(path: Path, data: dict[str, Any], text: str) -> tuple[GoldClaim, ...]:
    """Check and build every claim of a gold file."""
    raw_claims = data.get("claims")
    if not isinstance(raw_claims, list):
        raise GoldError(f"{path}: \"claims\" must be a list")
    return tuple(parse_claim(raw, path, i, text) for i, raw in enumerate(raw_claims))


def parse_not_claims(path: Path, data: dict[str, Any], text: str) -> tuple[str, ...]:
    """Check the narration phrases: each must occur in the text."""
    not_claims = require_strings(data.get("not_claims", []), path, "\"not_claims\"")
    for phrase in not_claims:
        require(fold(phrase) in text, path, f"not_claims phrase {phrase!r} is not in the text; copy it exactly")
    return not_claims


def load_gold(path: Path) -> Gold:
    """Read and check one gold file and the text it names (in the same folder)."""
    data = read_json(path)
    source = text_file(path, data)
    check_header(path, data)
    text = fold(source.read_text(encoding="utf-8"))
    return Gold(str(source), text, bool(data.get("held_out", False)), parse_claims(path, data, text),
                parse_not_claims(path, data, text))


def load_corpus(folder: Path) -> list[Gold]:
    """Read every *.gold.json of a folder, in number order."""
    paths = sorted(folder.glob("*.gold.json"), key=corpus_order)
    if not paths:
        raise GoldError(f"{folder}: holds no *.gold.json files; give the corpus folder with --corpus")
    return [load_gold(path) for path in paths]


def table_rows(table: Any) -> list[Row]:
    """Reduce an extracted claims table to rows (the speaker_kind column is optional)."""
    quotes = table["quote"] if "quote" in table.columns else table["claim"]
    kinds = table["speaker_kind"] if "speaker_kind" in table.columns else [None] * len(table)
    claims = table["claim"] if "claim" in table.columns else quotes
    return [Row(str(s), fold(str(q)), None if k is None else str(k), fold(str(c)))
            for s, q, k, c in zip(table["speaker"], quotes, kinds, claims)]


def extract_rows(gold: Gold) -> list[Row]:
    """Run the current extractor on a gold text's file."""
    from claims import extract_claims
    return table_rows(extract_claims(gold.name))


def score_corpus(golds: Sequence[Gold]) -> dict[str, Score]:
    """Score every text; return per-text scores plus "development" and "held_out" totals."""
    scores = {Path(gold.name).name: score_text(extract_rows(gold), gold) for gold in golds}
    totals = {"development": Score(), "held_out": Score()}
    for gold in golds:
        group = "held_out" if gold.held_out else "development"
        totals[group] = add(totals[group], scores[Path(gold.name).name])
    return {**scores, **totals}


def claim_problem(rows: Sequence[Row], claim: GoldClaim) -> str | None:
    """Why a required claim is not right ("missed" or "wrong speaker ..."), or None when it is."""
    row = best_row(rows, claim)
    if row is None:
        return "missed"
    if speaks_for(row, claim):
        return None
    return f"unresolved {row.speaker!r}" if is_unresolved(row) else f"wrong speaker {row.speaker!r}"


def is_fragment_row(row: Row, text: str) -> bool:
    """True when a row counts among the fragments (`is_fragment`, unless it fills a gap, carries a lead-in or carries
    its question)."""
    return is_fragment(row.quote, text) and not fills_gap(row, text) and not carries_lead_in(row, text) \
        and not carries_question(row, text)


ASKED_RE = re.compile(r'\[Asked "(?P<question>[^"\]]+\?)"\]\s')
"""A claim that opens with the question its answer replies to (`[Asked "What did it cost?"] About £140,000.`)."""


def carries_question(row: Row, text: str) -> bool:
    """Whether a row is a bare answer whose claim carries, in square brackets, a question the text asks (`[Asked "What
    did that research cost?"] About £140,000.`) and so reads as a claim: the writer wrote the answer that short,
    nothing was cut from it (wave 44a)."""
    asked = ASKED_RE.match(row.claim)
    return asked is not None and fold(asked["question"]).casefold() in fold(text).casefold() \
        and not is_fragment(row.claim)


def row_problems(row: Row, gold: Gold, all_keys: Sequence[str]) -> list[str]:
    """The lines one row earns: unmatched, fragment, not standalone (none for a clean row)."""
    named = f"[{row.speaker}] {row.quote[:100]}"
    return [f"  {label} row: {named}" for label, hit in (
        ("unmatched", not holds_any(row.quote, all_keys)), ("fragment", is_fragment_row(row, gold.text)),
        ("not standalone", claim_is_fragment(row, gold.text))) if hit]


def explain_text(rows: Sequence[Row], gold: Gold) -> list[str]:
    """One line per required claim missed or under a wrong speaker, then one per unmatched, fragment or
    not-standalone row."""
    lines = [f"  {problem}: [{claim.speaker}] {' | '.join(claim.keys)}" for claim in gold.claims
             if not claim.optional and (problem := claim_problem(rows, claim))]
    all_keys = [key for claim in gold.claims for key in claim.keys]
    return lines + [line for row in rows for line in row_problems(row, gold, all_keys)]


def explain_corpus(golds: Sequence[Gold]) -> str:
    """The misses of every text, under its file name (texts without any are left out)."""
    blocks = [(Path(gold.name).name, explain_text(extract_rows(gold), gold)) for gold in golds]
    return "\n".join(f"{name}\n" + "\n".join(lines) for name, lines in blocks if lines)


def percent(value: float | None) -> str:
    """A rate as a whole-ish percentage, or "-" when not measured."""
    return "-" if value is None else f"{100 * value:.1f}%"


def line(name: str, score: Score) -> tuple[str, ...]:
    """One printed line of figures."""
    r = rates(score)
    return (name, str(score.claims), str(score.found), percent(r["recall"]), str(score.right_speaker),
            percent(r["right_speaker"]), str(score.wrong_speaker), str(score.unresolved), str(score.rows), str(score.unmatched),
            str(score.not_claim_rows), str(score.fragments), str(score.claims_not_standalone), str(score.over_bundled),
            percent(r["kind_accuracy"]))


def render(scores: dict[str, Score], per_text: bool) -> str:
    """The figures as an aligned plain-text table (totals always, texts on request)."""
    names = [n for n in scores if n not in ("development", "held_out")] if per_text else []
    lines = [HEADER, *(line(n, scores[n]) for n in names),
             line("TOTAL development", scores["development"]), line("TOTAL held out", scores["held_out"])]
    widths = [max(len(row[i]) for row in lines) for i in range(len(HEADER))]
    return "\n".join("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                               for i, (cell, w) in enumerate(zip(row, widths))) for row in lines)


def as_json(scores: dict[str, Score]) -> str:
    """The figures as JSON: counts and rates for every text and total."""
    return json.dumps({name: {**asdict(s), **rates(s)} for name, s in scores.items()}, indent=2)


def below_thresholds(scores: dict[str, Score], thresholds: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """The thresholds a total misses, as sentences; thresholds are {group: {"min"|"max": {rate: value}}}.

    A group without claims (the held-out set between a promotion and the next blind set) has nothing to miss.
    """
    misses = []
    for group, bounds in thresholds.items():
        if not scores[group].claims:
            continue
        measured = rates(scores[group])
        for rate, floor in bounds.get("min", {}).items():
            if (measured[rate] or 0.0) < floor:
                misses.append(f"{group} {rate} {measured[rate]:.4f} is below {floor}")
        for rate, ceiling in bounds.get("max", {}).items():
            if (measured[rate] or 0.0) > ceiling:
                misses.append(f"{group} {rate} {measured[rate]:.4f} is above {ceiling}")
    return misses


def in_range(golds: Sequence[Gold], texts: str | None) -> list[Gold]:
    """The texts in a range such as p185-p232, or all of them when no range is given."""
    if texts is None:
        return list(golds)
    first, last = text_range(texts)
    return [g for g in golds if first <= number_of(g) <= last]


def main(argv: list[str] | None = None) -> int:
    """Score the corpus and print the figures; exit 2 on a bad gold file."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .txt and .gold.json files")
    args.add_argument("--per-text", action="store_true", help="a line per text as well as the totals")
    args.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args.add_argument("--misses", action="store_true",
                      help="also list each claim missed or under a wrong speaker, and each unmatched, fragment or "
                           "not-standalone row")
    args.add_argument("--texts", help="only a range of texts, such as p185-p232")
    args.add_argument("--held-out-details", action="store_true",
                      help="show held-out texts one by one too (by default only their total, so that nobody "
                           "tunes the extractor to them)")
    options = args.parse_args(argv)
    try:
        golds = in_range(load_corpus(options.corpus), options.texts)
    except (GoldError, RangeError) as error:
        print(error, file=sys.stderr)
        return 2
    scores = score_corpus(golds)
    hidden = set() if options.held_out_details else {Path(g.name).name for g in golds if g.held_out}
    shown = {name: score for name, score in scores.items() if name not in hidden}
    print(as_json(shown) if options.json else render(shown, options.per_text))
    misses = explain_corpus([g for g in golds if Path(g.name).name not in hidden]) if options.misses else ""
    if misses:
        print(misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
