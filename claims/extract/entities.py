"""Names in a text: which capitalised runs name an organisation or a person, and what kind of body."""
from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from .acronym_uses import thing_acronym_in
from .affiliation_brackets import in_affiliation
from .aged_names import aged_person
from .titled_surnames import post_surname
from .article_names import article_name
from .bodies_spoken_for import FOR, spoken_for_cut
from .calendar_names import calendar_given_person, calendar_name_word, date_opener_end
from .bodynames import COUNTRY_NAMES, FOR_THE, adjective_body, commissioned_cut, name_before_kind, national_pair
from .countries import country_tail
from .company_forms import jurisdiction_tail, lower_case_forms, with_form_stop
from .datelines import colon_dateline
from .dotted_abbreviations import BODY_WORD_TOKEN, DOTTED_BODY_WORDS, FORM_AHEAD, full_body_words
from .department_offices import department_office
from .offices import BODY_OF_HEADS
from .document_titles import ends_document_title
from .full_names import occurrences
from .given_people import SAINT_WORDS, given_person
from .headline_groups import group_opener_end
from .glued_roles import without_glued_role
from .glued_verbs import glued_verb_end
from .place_features import names_a_feature
from .bracketed_posts import post_before_division
from .portfolio_titles import joins_portfolio
from .post_places import after_post_in_the, post_place_name_at
from .product_names import named_as_product
from .qualified_acronyms import qualified_acronym_start
from .qualified_names import qualified_name_start
from .question_openers import question_opener_end
from .infinitive_openers import infinitive_opener_end
from .scheme_names import listed_scheme, names_a_scheme
from .joint_names import joint_body
from .numbered_names import name_number_end
from .nationality_surnames import nationality_surname
from .owned_unit_names import after_possessive, closes_on_document, closes_on_unit, owner_end
from .name_edges import (
    AT_GAP, CAMPAIGN_GAP, DESCRIPTION_RE, TO_GAP, areas_before, campaign_words, document_opener, ends_with_style,
    head_then_aim, joins_by_at,
    joins_by_on, joins_by_to, on_gap, past_place_description, place_after_acronym, whole_body_name,
)
from .inner_words import INNER_GAP_RE, article_before, joins_by_inner_word, joins_by_remit
from .title_bodies import without_title_body
from .title_nouns import is_common_noun, opens_on_plural
from .trade_nouns import trade_before_person
from .slash_names import SLASH, joins_by_slash
from .trade_descriptors import TRADE_DESCRIPTORS, describes_trade, past_trade_descriptor
from .title_runs import is_headline_run, titles_a_document
from .union_branches import union_letters_end
from .gaelic_names import gaelic_tail_end, is_gaelic_word
from .wire_credits import in_dateline_credit, in_outlet_header, is_wire_credit
from .vocabulary import (
    any_script,
    BODY_ROLES,
    CAPITALISED_HEADS,
    CUE_VERBS,
    DESCRIBED_PEOPLE,
    DOCUMENT_ADJECTIVES,
    DOCUMENT_NOUNS,
    EXAMINING_POSTS, GIVEN_NAMES,
    HONORIFICS,
    initial_alternation,
    INSPECTORATE_HEADS,
    LEGAL_FORMS,
    LETTER,
    MODAL_VERBS,
    LOWER,
    POST_ADJECTIVES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_HEADS,
    ORG_REFERENCES,
    OUTLET_HEADS,
    PLACE_WORDS,
    POST_NOMINALS,
    DOTTED_DEGREES,
    REGION_WORDS,
    RULE_WORDS,
    REGULATING_WORDS,
    REGULATOR_HEADS,
    ROLE_WORDS,
    ROLES,
    SENTENCE_STARTERS,
    SINGULAR_POSSESSIVES,
    TITLE_QUALIFIERS,
    UPPER,
    is_word_character,
    VOICE_ROLES,
    load_words,
    verb_alternation,
    without_possessive,
)
from .text_caches import per_text

RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that"})

_UPPER = UPPER
_LETTER = LETTER
_NOT_AFTER_INITIAL = "The|A|An|It|Its|This|That|These|Those|They|He|She|We|I|In|On|At|But|And|If|As|However|Meanwhile"
"""Words that open a sentence after a lone capital and a full stop (`Plan B. The trust said`): no initial. `Q.` or
`A.` opening a line is a label, never an initial; another capital there is (`K. Roe said`)."""
_DOTTED_INITIALS = rf"(?=[{_UPPER}]\.[{_UPPER}])(?:[{_UPPER}]\.){{2,4}}(?=[ \t\u00a0][{_UPPER}][{_LETTER}])"
"""Initials written together before a name (`J.B. Harlow`, `A.J.K. Mensah`): one token, the name's start."""
_SPACED_PARTICLES = "|".join(sorted(p for p in NAME_PARTICLES if not p.endswith("-")))
_JOINED_PARTICLES = "|".join(sorted(p for p in NAME_PARTICLES if p.endswith("-")))
"""Particles written before a family name with a space (`van`, `binti`), and those joined by a hyphen (`al-`)."""
_PARTICLES = rf"(?:(?:{_SPACED_PARTICLES})[ \t\u00a0]+|(?:{_JOINED_PARTICLES}))"
"""One particle and what follows it: `van `, `al-` (a capital must follow: each use says so)."""
_JOINED_FAMILY_RE = re.compile(rf"(?:{_JOINED_PARTICLES})[{UPPER}]")
"""A family name joined to its particle (`al-Hassan`): a person's name alone, as `bin Rahman` is."""
_PARTICLE_GAP_RE = re.compile(rf"[ \t\u00a0]+{_PARTICLES}+")
"""The gap a particle makes inside one name: ` van `, ` von der `."""
_LOWER_SYLLABLES = rf"(?:['\u2019](?!(?:s|t|d|m|ll|re|ve|am)\b)[{LOWER}]+)+"
"""Syllables after an apostrophe inside one name word, in lower case (`Ng'ang'a`, `Ng'ethe`, `Hawai'i`): East African
and Pacific spellings, one word; never a contraction's or a possessive's ending (`'s`, `'t`, `'ll`, `'re`), wave 46a."""
_TITLES = "Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Supt|Insp|Det|Sgt|Capt|Lt|Col|Gen|St"
"""Abbreviated titles that end with a full stop before a name (`Dr. Roe`)."""
_TOKEN = rf"(?:{_DOTTED_INITIALS}|{BODY_WORD_TOKEN}|(?:{_TITLES})\.(?=[ \t\u00a0][{_UPPER}])|(?:(?<=[^\n])|(?![QA]\.))[{_UPPER}]\.(?=[ \t\u00a0](?!(?:{_NOT_AFTER_INITIAL})\b)(?:[{_UPPER}]\.[ \t\u00a0])*[{_UPPER}][{_LETTER}])|[{_UPPER}](?:[{_LETTER}&\-]|\u2013(?=[{_UPPER}]))*(?:['\u2019][{_UPPER}][{_LETTER}]*|(?<=s)['\u2019](?=[ \t][{_UPPER}])|{_LOWER_SYLLABLES})?)"
_FIRST_TOKEN = (
    rf"[{_UPPER}](?<=\b[{_UPPER}])(?:(?=\.[{_UPPER}])\.(?:[{_UPPER}]\.){{1,3}}(?=[ \t\u00a0][{_UPPER}][{_LETTER}])"
    rf"|(?:{'|'.join(f'(?<={word[0].upper()}){word[1:]}' for word in sorted(DOTTED_BODY_WORDS))})\.{FORM_AHEAD}"
    rf"|(?:{'|'.join(f'(?<={title[0]}){title[1:]}' for title in _TITLES.split('|'))})\.(?=[ \t\u00a0][{_UPPER}])"
    rf"|(?:(?<=[^\n][{_UPPER}])|(?<![QA]))\.(?=[ \t\u00a0](?!(?:{_NOT_AFTER_INITIAL})\b)(?:[{_UPPER}]\.[ \t\u00a0])*[{_UPPER}][{_LETTER}])"
    rf"|(?:[{_LETTER}&\-]|\u2013(?=[{_UPPER}]))*(?:['\u2019][{_UPPER}][{_LETTER}]*|(?<=s)['\u2019](?=[ \t][{_UPPER}])|{_LOWER_SYLLABLES})?)")
"""`\\b(?:_TOKEN)` written so that the engine skips fast to a capital: the capital first, the word boundary checked
behind it, then each of `_TOKEN`'s ways on from its capital (the same matches; `tests/test_extract_units.py`)."""
_WORD_GAP = r"(?:[ \u00a0]{1,2}(?![ \t])|(?<![ \t])\t(?![ \t]))"
"""The space between two words of one name: one or two spaces or a tab, never a column's gap (`Acme plc     Jo Roe`)."""
_DOTTED_POST_NOMINALS = "|".join(r"\.".join(word.upper()) for word in sorted(POST_NOMINALS, key=len, reverse=True)
                                 if word.isalpha() and 2 <= len(word) <= 4)
_DOTTED_DEGREES = "|".join(re.escape(form) for form in sorted(DOTTED_DEGREES, key=len, reverse=True))
_DOTTED_POST_NOMINAL = rf"(?:(?:{_DOTTED_POST_NOMINALS})\.|(?=[A-Z])(?i:{_DOTTED_DEGREES})\.?)(?!\w)"
"""Role letters written with full stops after a name (`Ann Roe T.D.`, `Jo Bloggs M.P.`), or a degree so written in
mixed case (`Jo Roe Ph.D.`, `Ann Lee Ed.D.`, `data/dotted_degrees.txt`, wave 49e): one token, stripped later."""
NAME_RUN_RE = re.compile(
    rf"{_FIRST_TOKEN}(?:{_WORD_GAP}(?:{_DOTTED_POST_NOMINAL}|(?:(?:of|for|and|the|na|&)[ \t\u00a0]+)*(?:{_TOKEN})))*(?:[ \t\u00a0]+{lower_case_forms()}\b)?(?:['\u2019]s\b)?")
"""A run of capitalised words, allowing `of`, `for`, `and`, `the` inside; a possessive ends it."""
PLAIN_NAME_RUN_RE = re.compile(
    rf"\b(?:{_TOKEN})(?:{_WORD_GAP}(?:{_DOTTED_POST_NOMINAL}|(?:(?:of|for|and|the|na|&)[ \t\u00a0]+)*(?:{_TOKEN})))*(?:[ \t\u00a0]+{lower_case_forms()}\b)?(?:['\u2019]s\b)?")
"""`NAME_RUN_RE` as first written, plainly: the tests check that both match alike."""

_DATELINE_RE = re.compile(r",[^,\n]{1,30}?\s[\u2014\u2013\u2212-]{1,2}(?:\s|$)|\s*[\u2014\u2013\u2212](?:\s|$|(?=[A-Z]))"
                          r"|,[^/\n]{1,40}?[ \t]/[A-Z][^/\n]{1,28}/[ \t]*[\u2014\u2013\u2212-]{1,2}(?:\s|$)"
                          r"|[ \t]\([^()\n]{1,40}\)[ \t]*[\u2014\u2013\u2212-]{1,2}[ \t]")
"""What follows a dateline's place: `, 4 May —`, ` —`, a wire's name between slashes after the state and the date
(`, Ohio, April 4, 2028 /Wirecast/ --`, wave 24c), or a broadcaster's credit in brackets (` (KXYZ) –`, wave 54q)."""
_SLASHED_WIRE_RE = re.compile(r"/[ \t]*[\u2014\u2013\u2212-]{1,2}\s")
"""What closes a wire's name written between slashes in a dateline: `/ --` (`/Acme Wire/ --`)."""
_DATELINE_SPAN = 60
"""How far after a place in capitals its dateline's dash may stand (a wire's name between slashes included)."""
_REGULATOR_TITLES: frozenset[str] = frozenset({"regulator", "watchdog", "inspectorate"})
"""Words before a body's name that say it regulates: `Regulator Ofwat-like X` names X, an inspectorate."""
_POSSESSIVE_RE = re.compile(r"['\u2019]s$")
"""A run's possessive ending; `SINGULAR_POSSESSIVES` is the cheaper `endswith` test for it (no run ends in a line
break)."""
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_LOWER = LOWER
_NAME_WORD_RE = re.compile(rf"(?:[{_UPPER}]\.){{2,4}}|(?:{_JOINED_PARTICLES})?(?:[{_UPPER}][{_LOWER}]{{1,2}}|[OD]['\u2019])?[{_UPPER}][{_LOWER}]+(?:{_LOWER_SYLLABLES}|[-'\u2019](?:[{_UPPER}][{_LOWER}]{{1,2}}(?=[{_UPPER}])|[OD]['\u2019])?[{_UPPER}][{_LOWER}]+)?|[{_UPPER}]\.?")
_COUNTRIES: frozenset[str] = frozenset("scotland england wales ireland britain cymru".split())
_SECTORS: frozenset[str] = load_words("national_sectors")
"""Fields a national body's name may open on before its country (`Audit Scotland`, `Environment Canada`)."""
_NATIONAL_BODY_WORDS: frozenset[str] = ORG_HEADS | DOCUMENT_NOUNS | _SECTORS
"""Words before a country that make the name a national body's: a body's head, a document's noun or a field (`Audit
Scotland`, `Bank Negara Malaysia`); joined once, not for every word asked."""
_ORG_FORMS: frozenset[str] = LEGAL_FORMS | {"group", "holdings"}
"""Last words that make a name a company's: a legal form, or a noun naming a company (`Acme Group`)."""


_DESCRIPTOR_RE = DESCRIPTION_RE
"""A hyphenated description that opens a sentence before a name (`Dad-of-two`, `UK-listed`): never the name."""


class Mention(NamedTuple):
    """A name found in the text: `kind` is `org` or `person`; `possessive` when written `Acme's`."""

    start: int
    end: int
    name: str
    kind: str
    possessive: bool = False
    title: str = ""


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Find the names of organisations and people in text[start:end], in order (a new list each call)."""
    return list(mentions_in(text, start, end))


def first_mention(text: str, start: int, end: int) -> Mention | None:
    """Return the first name read in text[start:end], the one that may open it (`Acme Water said`), else None: whether
    it opens the span, and as what, each caller tests for itself."""
    mentions = mentions_in(text, start, end)
    return mentions[0] if mentions else None


class Reading(NamedTuple):
    """What reading a range of a text found: where each capitalised run stands, and the names read from them."""

    runs: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]


READINGS_KEPT = 128
"""How many ranges' readings `reading_of` keeps: the last ranges read for their names and for their runs alike."""
Readings = tuple[tuple[tuple[int, int], Reading], ...]
"""Ranges of a text already read (a sentence's parts outside quotations), each with its reading, in text order and
apart."""


def mentions_in(text: str, start: int, end: int) -> tuple[Mention, ...]:
    """Read the names in text[start:end] through `reading_of`, whose one cache serves both: a sentence's part read for
    its runs is often read again for its names (whether it names another body), and is read once."""
    return reading_of(text, start, end).mentions


@per_text(READINGS_KEPT)
def reading_of(text: str, start: int, end: int) -> Reading:
    """Read text[start:end], its runs and names, remembered for the last ranges read (a paragraph is often read twice:
    for the names it says, then for whether it names another body; a sentence's parts, whose clauses are read again
    for a cue's speaker, `mentions_within`); once the text has been read whole, a range is cut from that reading where
    the cut reads alike (`cut_whole`, wave 46s); the answer depends on the text alone."""
    held = whole_held()
    if held and held[0].text is text and (cut := cut_whole(held[0], start, end)) is not None:
        return cut
    reading = read_range(text, start, end)
    if start == 0 and end == len(text):
        held[:] = [] if (index := whole_index(text, reading)) is None else [index]
    return reading


@per_text(1)
def whole_held() -> list[WholeReading]:
    """Return the list holding the last text read whole (at most one), kept as a cache so that emptying the
    extractor's caches forgets it."""
    return []


class WholeReading(NamedTuple):
    """A whole text's reading with its runs' and names' starts in order, and how far the runs and names before each
    one reach: which of them cross a range's edge is found by bisection."""

    text: str
    reading: Reading
    run_starts: list[int]
    run_reach: list[int]  # run_reach[i]: the furthest end of the runs before the i-th (-1 for none)
    mention_starts: list[int]
    mention_reach: list[int]


def whole_index(text: str, reading: Reading) -> WholeReading | None:
    """Index a whole text's reading for `cut_whole`; None when its runs or names are not in order of their starts."""
    run_starts = [run[0] for run in reading.runs]
    mention_starts = [mention.start for mention in reading.mentions]
    if run_starts != sorted(run_starts) or mention_starts != sorted(mention_starts):
        return None
    return WholeReading(text, reading, run_starts, _reach([run[1] for run in reading.runs]), mention_starts,
                        _reach([mention.end for mention in reading.mentions]))


def _reach(ends: list[int]) -> list[int]:
    """Return, for each position of a list of ends and one past it, the largest end before it (-1 for none)."""
    reach = [-1]
    for end in ends:
        reach.append(max(reach[-1], end))
    return reach


def cut_whole(whole: WholeReading, start: int, end: int) -> Reading | None:
    """Return the runs and names the whole text's reading holds inside text[start:end] when reading that range alone
    finds them alike, by `cut_reading`'s tests (bisected: the runs and names crossing an edge are those before it
    reaching past it); None when it might not."""
    text = whole.text
    if start < end < len(text) and (text[end].isalnum() or text[end] == "_") and not text[end - 1].isspace():
        return None  # "Acme Lt|d", "M.P.|said": a word's edge (`\b`, `(?!\w)`) reads otherwise at the range's end
    first, last = bisect.bisect_left(whole.run_starts, start), bisect.bisect_left(whole.run_starts, end)
    if whole.run_reach[first] > start or whole.run_reach[last] > end:
        return None  # a run crosses an edge
    runs = whole.reading.runs[first:last]
    for run_start, run_end in runs:
        if _read_by_what_follows(text, run_start, run_end) or _looks_past(text, run_end, end):
            return None
    first, last = bisect.bisect_left(whole.mention_starts, start), bisect.bisect_left(whole.mention_starts, end)
    if whole.mention_reach[first] > start or whole.mention_reach[last] > end:
        return None  # a name crosses an edge
    mentions = whole.reading.mentions[first:last]
    if any(_looks_past(text, mention.end, end) for mention in mentions):
        return None
    return Reading(runs, mentions)


def mentions_within(text: str, start: int, end: int, readings: Readings) -> list[Mention]:
    """Find the names in text[start:end] as `find_mentions` does: cut from a range already read that holds it where
    the cut reads alike (`cut_reading`), else read afresh."""
    at = bisect.bisect_right(readings, start, key=_range_start) - 1  # the one range that may hold it (they are in order)
    if at >= 0 and end <= readings[at][0][1]:
        cut = cut_reading(text, readings[at][1], start, end)
        if cut is not None:
            return list(cut)
    return find_mentions(text, start, end)


def _range_start(read: tuple[tuple[int, int], Reading]) -> int:
    """Return where a range already read starts."""
    return read[0][0]


_LOOK_AHEAD_ENDS = (".", "'", "\u2019")
"""How a word ends when the pattern that reads it looks past it (`Dr.`, `J.`, `Smiths'`, `Inc.`)."""
_LOOK_AHEAD_SPAN = 3
"""How many characters past a word `NAME_RUN_RE` looks (` Ro` after `J.`)."""


def cut_reading(text: str, reading: Reading, start: int, end: int) -> tuple[Mention, ...] | None:
    """Return the names a wider range's reading holds wholly inside text[start:end] when reading that range alone
    finds them alike; None when it might not: a run or a name crosses an edge (`Local Government and | Social Care
    Ombudsman`), the range ends inside a word, a run is read by what follows it up to the range's end (a dateline's
    place, a news lead's first word), or a word whose pattern looks past it ends near the range's end (`Acme Inc.`)."""
    if start < end < len(text) and (text[end].isalnum() or text[end] == "_") and not text[end - 1].isspace():
        return None  # "Acme Lt|d", "M.P.|said": a word's edge (`\b`, `(?!\w)`) reads otherwise at the range's end
    for run_start, run_end in reading.runs:
        if run_start < start < run_end or run_start < end < run_end:
            return None
        if start <= run_start and run_end <= end and (_read_by_what_follows(text, run_start, run_end)
                                                       or _looks_past(text, run_end, end)):
            return None
    inside: list[Mention] = []
    for mention in reading.mentions:
        if mention.start < start < mention.end or mention.start < end < mention.end:
            return None
        if start <= mention.start and mention.end <= end:
            if _looks_past(text, mention.end, end):
                return None
            inside.append(mention)
    return tuple(inside)


def _read_by_what_follows(text: str, start: int, end: int) -> bool:
    """Say whether a run is read by what follows it up to the range's end: a run in capitals (`LEEDS, 4 May —`, `FIRE
    brigade bosses`) or a run right after a capital and a comma (`FRANKFORT, Ky. —`)."""
    return text[start:end].isupper() or text[start - 2:start] == ", " and text[start - 3:start - 2].isupper()


def _looks_past(text: str, word_end: int, range_end: int) -> bool:
    """Say whether a word ending near a range's end is read by a pattern that looks past it (`J.`, `Inc.`)."""
    return range_end - word_end < _LOOK_AHEAD_SPAN and text[word_end - 1:word_end] in _LOOK_AHEAD_ENDS


_TICKER_BEFORE_RE = re.compile(r"\([A-Z]{1,6}$")
"""A stock ticker right after its opening bracket (`(ACMM` of `(ACMM.AX)`), before the exchange's letters."""


def _written_short(run: str, at: int) -> Mention | None:
    """Return a body's name holding a short body word with its stop (`Tarn Assn. of Growers`) when the name with the
    word written out reads whole as a body's (`Tarn Association of Growers`), an opening `The` left out, else None."""
    full = full_body_words(run)
    if full == run:
        return None
    read = classify(full, at)
    if read is None or read.kind != "org" or not full.endswith(read.name):
        return None
    cut = len(full) - len(read.name)
    if full[:cut] not in ("", "The "):
        return None  # the body read is part of the run only: the words before it are more than an article
    return Mention(at + cut, at + len(run), run[cut:], "org", read.possessive, read.title)


def read_range(text: str, start: int, end: int) -> Reading:
    """Read the capitalised runs in text[start:end] and the names of organisations and people they hold."""
    mentions: list[Mention] = []
    runs = joined_runs(text, start, end)
    for match in runs:
        run, at, capitals = match.group(), match.start(), match.group().isupper()
        if capitals and _DATELINE_RE.match(text, match.end(), min(end, match.end() + _DATELINE_SPAN)):
            continue  # "LEEDS, 4 May —": a dateline's place
        if text[at - 2:at] == ", " and _dateline_region(text, match, end):
            continue  # "FRANKFORT, Ky. —": the state or county after a dateline's place
        if (capitals or text[at - 2:at] == ", ") and _in_colon_dateline(text, at):
            continue  # "GOULBURN, NSW: A wind farm ...": a dateline with a colon, its place and its region (34j)
        if text[at - 1:at] == "/" and _SLASHED_WIRE_RE.match(text, match.end()):
            continue  # "/Acme Wire/ --": the wire that filed the release, never a party in it (24c)
        if capitals and is_wire_credit(text, at, match.end()):
            continue  # "Ravelpur, Aug 12 (KNS):", "KNS | Ravelpur | Updated: ...": the wire's credit, no party (41c)
        if text[at - 1:at] == "(" and in_dateline_credit(text, at):
            continue  # "SACRAMENTO (CBS13) \u2013 A new count": the station's credit in a dateline, no party (54q)
        if in_outlet_header(text, at, match.end()):
            continue  # "GRID LEDGER | Transmission & Interconnection" over "By Jo Roe": the outlet, no party (53h)
        if capitals and text[at - 1:at] == "." and _TICKER_BEFORE_RE.search(text, max(0, at - 9), at - 1) \
                and text[match.end():match.end() + 1] == ")":
            continue  # "Acme Mining Ltd (ACMM.AX)": the exchange's letters after a stock ticker, no body (41a)
        if mentions and at < mentions[-1].end:
            continue  # inside a name already read
        if text[at - 1:at] == "@":
            continue  # "Brookfen Water (@BrookfenWater)": a social media handle, never a name of its own (50w)
        if named_as_product(text, at):
            continue  # "a powder, sold as Flexagen Pro,": a product, no person nor body (22a)
        if text.startswith(_NICKNAME_OPENINGS, match.end()) and (nicknamed := _nicknamed(text, match, end)) is not None:
            mentions.append(nicknamed)  # 'Margaret "Peg" Vanderhoof': one person, named without the nickname
            continue
        if capitals and len(run) >= _MIN_LEAD_CAPITALS and _lead_capitals(text, match, end):
            continue  # "FIRE brigade bosses warned": a news lead's first word in capitals, no name
        if capitals and text[match.end():match.end() + 1] == ":" and run.lower() in SENTENCE_STARTERS:
            continue  # "EMBARGO: not for publication before ...": a header's label in capitals, no name (39a)
        if (opened := question_opener_end(text, at, match.end())) > at:
            run, at = text[opened:match.end()], opened  # "Has Meridian paid a ransom?": Meridian, no `Has` (36a)
        if (infinitive := infinitive_opener_end(text, at, match.end())) > at:
            run, at = text[infinitive:match.end()], infinitive  # "to: Be Proud of X": a slogan's verb (61f)
        if (grouped := group_opener_end(text, at, match.end())) > at:
            run, at = text[grouped:match.end()], grouped  # "Nurses At Bellmore Hospital": the hospital (42a)
        if (dated := date_opener_end(text, at, match.end())) > at:
            run, at = text[dated:match.end()], dated  # "On Monday Kelby Trust said": Kelby Trust (65x)
        if (glued := glued_verb_end(text, at, match.end())) < match.end():
            run = text[at:glued]  # "Kelby Community Foundationawarded 40 grants": the name ends at the head (66x)
        mention = classify(run, at)
        if mention is None and "." in run:
            mention = _written_short(run, at)  # "Tarn Assn. of Growers said": read as the words written out (69k)
        if mention is None and calendar_given_person(text, at, match.end()):
            mention = Mention(at, match.end(), run, "person", False)  # "June Tarrow said": her given name (66x)
        if mention is None and FOR in run and text.startswith(" (", match.end()) \
                and (spoken := _spoken_for_post(text, Mention(at, match.end(), run, "org"))):
            mentions += spoken  # "Jo Roe for the High Commissioner for Refugees (UNHCR) said": her, then the office
            continue
        if mention is not None and describes_trade(text, run, match.end()):
            continue  # "Canadian Caterpillar dealership Finning": a dealer's description, the dealer named after (55e)
        if mention is not None and mention.kind == "person" and mentions and mentions[-1].kind == "person" \
                and in_affiliation(text, mentions[-1].end, at):
            continue  # "Cllr Jo Roe (Lib Dem, Hill Top) said": her party and ward, no person (55d)
        if mention is not None and mention.kind == "person" and mention.start == at \
                and _HYPHEN_LED_WORD_RE.search(text, max(0, at - _HYPHEN_LED_REACH), at):
            mention = _after_hyphen_led_word(text, match) or mention  # "Skills and e-Learning Jo Roe": Jo Roe (45e)
        if mention is not None and mention.kind == "org" and post_before_division(text, run, match.end()):
            continue  # "Deputy Commissioner of Police (National Security) Jo Roe": her post, no body (54f)
        if mention is not None and mention.kind == "org" and mention.name == run and thing_acronym_in(text, run):
            continue  # "freedom of information (FOI) law", "to GAA clubs": a thing's acronym, no body (41c)
        if mention is not None and mention.kind == "org" and run.lower() in ROLE_ACRONYMS and f"({run})" not in text:
            continue  # "Tom Briar, the company's CTO, said": a post, no body; "the Central Statistics Office (CSO)"
            # makes the same capitals a body's (41c)
        if mention is not None and mention.kind == "org" and _DOCUMENT_TOPIC_RE.search(text, max(0, at - 12), at) \
                and all(_common_word(w) for w in run.split()):
            continue  # "the Report on Government Services": what a document is on, no body (43f)
        if mention is not None and mention.kind == "org" and names_a_feature(mention.name):
            continue  # "focused on the UK North Sea": a sea, no body (42b)
        if mention is not None and mention.kind == "org" and qualified_site(mention.name.split()) \
                and _LOCATIVE_RE.search(text, max(0, at - _LOCATIVE_REACH), at):
            continue  # "moorland in the Tarn Dales National Park": the place something is in, no body (61e)
        if mention is not None and mention.kind == "org" and (cut := qualified_acronym_start(mention.name)) \
                and text.startswith(mention.name, mention.start):
            mention = mention._replace(start=mention.start + cut, name=mention.name[cut:])  # "Canadian NHL": the NHL
        if mention is not None and mention.kind == "org" and (cut := qualified_name_start(text, at, mention.name)):
            mention = mention._replace(start=at + cut, name=mention.name[cut:])  # "New Harbour Trust rules": the trust
        if mention is not None and mention.kind == "org" and (cut := _document_opener(text, mention)):
            mention = mention._replace(start=at + cut, name=mention.name[cut:])  # "Separate X figures show": X (31c)
        if mention is not None and mention.title and " and " in run and " and " not in mention.name:
            mention = _titled_pair(text, match) or mention  # "Dr Helen Roe and Dr Imran Ash said": both, titled
        if " " in run and (mention is None or mention.kind == "person" and (" and " in mention.name
                                                                           or after_post_in_the(text, at))) \
                and (cut := post_place_name_at(text, at, match.end())) > at:  # a person read whole is left whole
            mention = person_after_place(text, cut, match.end())  # 14a: "member for Eastgate South Tom Brenning"
        if mention is None and " " not in run and not run.endswith(SINGULAR_POSSESSIVES) \
                and run not in defined_bodies(text):
            if aged_person(text, at, match.end()):
                mentions.append(Mention(at, match.end(), run, "person"))  # "Ellie, 19, said": a given name alone
            elif post_surname(text, at, match.end()):
                mentions.append(Mention(at, match.end(), run, "person"))  # "councillor Roe said": a surname (49d)
            continue  # one word that names nothing: what `as_described` says first (the common case, no call)
        if mention is None and (named := article_name(text, run)) is not None:
            begin = at + run.index(named, 3)  # "by The Spoke": the body its one word names, as `The X Forum` is (45f)
            mention = Mention(begin, begin + len(named), named, "org", run.endswith(SINGULAR_POSSESSIVES))
        if mention is None or mention.kind == "person" and described_bodies(text):  # a person stays one when the
            mention = as_described(text, match, mention)  # text calls nothing a body (`as_described`, no call)
        if mention is None and " and " in run and run[-1:].isupper() \
                and len(pair := _body_and_member(Mention(at, match.end(), run.rsplit(None, 1)[0], "org"), run)) > 1:
            mentions += pair  # "Home Office and Jo Roe MP": a body, then a person, though the run reads as neither
            continue
        if mention is None or mention.kind == "person" and titles_a_document(text, at, match.end()):
            continue  # "the charity's annual Winter Count report": a publication's title, no person
        if not mention.title and after_possessive(text, mention.start) and closes_on_document(text, mention.end):
            continue  # "The Trust's annual Life After Service survey": the owner's document's title, no party (42b)
        if not mention.title and ends_document_title(text, mention.start, mention.end):
            continue  # "the Guild's annual State of the Trade report": a title's last words, no party (43d)
        if not mention.title and closes_on_unit(text, mention.end):
            if after_possessive(text, mention.start):
                continue  # "the borough's Parks and Open Spaces department": the owner's unit, no party (42b)
            if (cut := owner_end(mention.name)) > 0 and text.startswith(mention.name, mention.start):
                mention = Mention(mention.start, mention.start + cut + 2, mention.name[:cut], "org", True)  # "Tarrow
                # Council's Food Safety team": the council's
        if not mention.title and not mention.possessive and (number_end := name_number_end(text, run, match.end())) > 0 \
                and number_end <= end and mention.end == match.end():  # "Harbour Talk 96 said": the body, whole (27g)
            number = text[match.end():number_end].strip()
            mentions.append(Mention(mention.start, number_end, f"{mention.name} {number}", "org"))
            continue
        if mention.kind == "person" and mention.title in SAINT_WORDS and mention.name.count(" ") == 1:
            continue  # "St. Paul", "Saint Anne": a saint's name is a place's or a church's, no person (41f)
        if mention.kind == "person" and opens_on_plural(mention.name) \
                and not _owned_title(text, text.find(mention.name, at)):
            continue  # "Safe Roads Week", "the Western Plains Shire": a name cut at its opening word, no person (33c)
        if mention.kind == "person" and mention.title in ROLE_ACRONYMS and (employer := _employer_before_post(run, at)):
            mentions.append(employer)  # "Osterlund Wireless CEO Jo Roe": the body the person's post is in, then her
            mention = mention._replace(start=employer.end + 1)
        elif mention.kind == "person" and mention.title and (owner := _owner_before_post(run, at)):
            mentions.append(owner)  # "Dunmore County's Public Health Director Jo Roe": the county, then her (61e)
            mention = mention._replace(start=owner.end + 1)
        if mention.kind != "org" and not mention.title and names_a_scheme(text, mention.start, mention.end):
            continue  # "the city's Safe Blocks violence interruption program": a scheme, no person (24c)
        if mention.kind == "person" and listed_scheme(text, mention.name):
            continue  # "programmes such as Bright Path": the scheme, no person, wherever the text writes it (67x)
        if mention.kind != "org":
            mention = _without_jurisdiction(text, mention)  # a series or a number extends only a body's name
            name = without_title_body(text, mention.start, mention.name)
            mentions.append(mention if name == mention.name else mention._replace(name=name))  # most keep it: no copy
        elif FOR in mention.name and (spoken := _spoken_for(text, mention)):
            mentions += spoken  # "Jo Roe for the World Food Programme (WFP) said": the person, then the body
        elif " and " in mention.name:
            halves = _two_bodies(mention)  # "Acme Water and Brook Water": two bodies, not one
            if len(halves) == 1 and run[-1:].isupper():
                halves = _body_and_member(mention, run)  # "Department for X and Jo Roe MP": a body, then a person
            mentions += halves if len(halves) > 1 else [_with_areas(text, _with_series(text, mention, end), start)]
        elif FOR_THE in mention.name and commissioned_cut(mention.name) > 0:
            mentions += _commissioned(mention)  # "Acme Polling for the Food Standards Agency": Acme Polling's work
        elif (cut := union_letters_end(text, mention.start, mention.end)) > mention.start:
            mentions.append(mention._replace(end=cut, name=text[mention.start:cut]))  # "UCU Acme University branch"
        else:
            mentions.append(_with_number(text, _with_series(text, mention, end), end))
    return Reading(tuple((run.start(), run.end()) for run in runs),
                   tuple(_with_stop(text, mention, end) for mention in mentions))


_HYPHEN_LED_WORD_RE = re.compile(r"\b[a-z]{1,4}-\Z")
"""Lower-case letters and a hyphen right before a run (`e-` of `e-Learning`): the run starts inside that word."""
_HYPHEN_LED_REACH = 6
"""How far before a run `_HYPHEN_LED_WORD_RE` looks: four letters, the hyphen and the boundary before them."""


def _after_hyphen_led_word(text: str, match: _RunLike) -> Mention | None:
    """Return the person a run names after its first word when that word ends a hyphenated word led by lower-case
    letters (`e-Learning Nell Tarrant`, `e-Commerce Ria Darrow`), else None."""
    first, _, rest = match.group().partition(" ")
    if " " not in rest:
        return None  # "e-Learning Tarrant": no full name after the word
    return person_after_place(text, match.start() + len(first) + 1, match.end())


_OWNER_ENDS: tuple[str, ...] = ("'s ", "\u2019s ", "its ", "Its ", "their ", "Their ")
"""A possessive right before a run: what follows is its owner's record (`the charity's Garden Wings Count`), read by
`speakers/titled_records`."""


_DOCUMENT_TOPIC_RE = re.compile(r"\b(?:Report|Review|Study|Survey)[ \t]+on[ \t]+\Z")
"""A document's capitalised noun and `on` right before a run: the run is its topic (`Report on Wait Times`)."""


def _owned_title(text: str, at: int) -> bool:
    """Say whether a possessive stands right before the run at `at` (`Its Emissions Outlook`, wave 33c)."""
    return text[max(0, at - 6):at].endswith(_OWNER_ENDS)


def _with_stop(text: str, mention: Mention, end: int) -> Mention:
    """Return a name with its legal form's full stop when the text writes it so (`Acme Inc., the maker`: `Acme Inc.`,
    `company_forms.with_form_stop`), its span taking the stop where it stands inside the range read."""
    name, stop_end = with_form_stop(text, mention.name, mention.end)
    if name == mention.name:
        return mention  # the common case: no legal form lacking its stop
    return mention._replace(name=name, end=stop_end if stop_end <= end else mention.end)


_NICKNAME_OPENINGS = (' "', " \u201c", " '", " \u2018")
"""What opens a nickname right after a given name (a cheap test before `_NICKNAME_RE`)."""
_NICKNAME_RE = re.compile(rf"[ ][\"\u201c'\u2018][{_UPPER}][{_LOWER}]+[\"\u201d'\u2019][ \u00a0](?=[{_UPPER}])")
"""A nickname in quotation marks between a given name and a family name: ` "Peg" `, ` 'Jim' `."""
_MAX_FAMILY_WORDS = 2
"""How many words the family name after a nickname may have (`Vanderhoof`, `Van Dyke`)."""


def _nicknamed(text: str, match: _RunLike, end: int) -> Mention | None:
    """Read `Margaret "Peg" Vanderhoof` as one person, `Margaret Vanderhoof`: a run that names no body, a nickname in
    quotation marks, and a family name of one or two words that together read as a person's name."""
    run = match.group()
    if run.endswith(SINGULAR_POSSESSIVES) or run.isupper() \
            or (gap := _NICKNAME_RE.match(text, match.end(), end)) is None:
        return None
    family = NAME_RUN_RE.match(text, gap.end(), end)
    if family is None or len(family.group().split()) > _MAX_FAMILY_WORDS:
        return None
    given = classify(run, 0)
    mention = classify(f"{run} {family.group()}", match.start())
    if mention is None or mention.kind != "person" or given is not None and given.kind == "org":
        return None
    return mention._replace(end=family.end())


_DATELINE_PLACE_RE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'\-]{2,30},[ \t]+$")
"""A dateline's place in capitals and its comma, right before a run: `FRANKFORT, `."""


def _dateline_region(text: str, match: _RunLike, end: int) -> bool:
    """Say whether a run is the state, county or country a dateline's place is in (`FRANKFORT, Ky. —`, `MARION,
    N.C. –`, `ENNIS, Co Clare —`): part of where the text was filed, never a speaker."""
    if text[match.start() - 2:match.start()] != ", " or not text[match.start() - 3:match.start() - 2].isupper():
        return False  # a dateline's place in capitals and its comma right before (a cheap test first)
    before = text[max(0, match.start() - 40):match.start()]
    if _DATELINE_PLACE_RE.search(before if match.start() > 40 else "\n" + before) is None:
        return False
    return _DATELINE_RE.match(text, match.end(), min(end, match.end() + _DATELINE_SPAN)) is not None


def _in_colon_dateline(text: str, at: int) -> bool:
    """Say whether a run stands in the text's dateline with a colon (`CANBERRA: `, `GOULBURN, NSW: `)."""
    if text[at - 2:at] != "\n\n" and text[at - 2:at] != ", ":
        return False  # a dateline's place opens a paragraph, its region follows a comma (a cheap test first)
    span = colon_dateline(text)
    return span is not None and span[0] <= at < span[1]


_ROLE_OF_RE = re.compile(r"\b(?:%s)[ \t]+(?:for|of)[ \t]+$"
                         % "|".join(sorted(w for w in ROLES - VOICE_ROLES - HONORIFICS if w.isalpha())))
"""A post in lower case and what it is `for` or `of`, right before a name: `assistant coroner for ` (never a
spokesperson for a person, `a spokesman for Mary Ann Lee`)."""


_LINK_ENDS: frozenset[str] = frozenset({"for", " of"})
"""The three characters before a space that end `for ` or ` of ` right before a name."""


def _without_jurisdiction(text: str, mention: Mention) -> Mention:
    """Drop the place or body a lower-case post is for from the person's name after it (`coroner for Berkshire
    Martin Oyelaran` -> `Martin Oyelaran`, `head of Finance Ana Ruiz` -> `Ana Ruiz`): the name is its last two
    words (three with a middle initial)."""
    if mention.kind != "person" or mention.name.count(" ") < 2 or text[mention.start - 4:mention.start - 1] not in _LINK_ENDS:
        return mention  # a person of three words or more after `for ` or `of ` (a cheap test first)
    words = mention.name.split()
    if _ROLE_OF_RE.search(text, max(0, mention.start - 40), mention.start) is None:
        return mention
    keep = 3 if re.fullmatch(r"[A-Z]\.?", words[-2]) else 2
    return mention._replace(name=" ".join(words[-keep:])) if len(words) > keep else mention


@per_text(64)
def _described_as(text: str, run: str, person: str | None) -> str | None:
    """Return the name a run ends with that the text calls a body (`Campaigners Keep Rivers Clear`), else the
    person's name read in it when the text calls that a body, else None: remembered per text, run and person (a
    person is read again in each range that names them; the answer depends on the text alone)."""
    if not described_bodies(text):
        return None  # most texts describe no body so: nothing to look up
    words = run.split()
    for k in range(len(words) - 1):  # one word alone may be a place (`the Leeds charity`): never made a body here
        name = " ".join(words[k:])
        if is_described_body(text, name):
            return name
    return person if person is not None and is_described_body(text, person) else None


_VERB_AFTER_NAME_RE = re.compile(r"[ \t]+(?:has|have|had|is|was|will|would|could|can|also|now|%s)\b"
                                 % verb_alternation(CUE_VERBS))
"""A verb right after `X's`: the `'s` ends the body's own name (`Marlowe's has posted`), it owns nothing."""


_NOUN_AFTER_POSSESSIVE_RE = re.compile(r"[ \t]+[a-z]+[ \t]+(?:of|for|on|in|into|from|about|to|by|was|were|is|are|has"
                                       r"|have|had|will|would|found|finds|shows|showed|said|says|concluded|noted)\b")
"""A cue word that is a noun after `X's` (`Treasury's forecast for`, `the Inspector's report found`): a preposition or
a verb follows it, so `X's` owns it and is no body's name."""


_OWNER_BEFORE_RE = re.compile(r"(?:\b[Tt]he|\b(?:from|in|into|on|by|to|with|under|per))[ \t]+$")
"""What stands before an owner's `X's`, never before a subject's: an article or a preposition no speaker follows
(`the Inspectorate's report, published`, `in the Inspectorate's report,`, `from Tarnby's records.`; never `of`, `at`
or `for`: `Staff at Marlowe's said`, `the head of Marlowe's said`; waves 40b and 40e)."""
_OWNER_REACH = 8
"""How many characters before `X's` its article or preposition may take."""


def _name_ending_in_s(text: str, match: _RunLike) -> Mention | None:
    """Read a single capitalised word ending in `'s` that a verb follows as a body's name (`Marlowe's said`, a
    retailer's house style), never a person's, a role's (`the Inspector's`) or an owner's (`Treasury's forecast for
    unemployment`, `Treasury's estimates of`: the word after it is a noun; `from Tarnby's records`: a preposition
    before it)."""
    word = match.group()
    if " " in word or not _POSSESSIVE_RE.search(word) or not word[1:-2].islower() \
            or word[:-2].lower() in NOT_NAMES or word[:-2].lower() in SENTENCE_STARTERS or word[:-2].lower() in ROLES:
        return None
    if _VERB_AFTER_NAME_RE.match(text, match.end()) is None:  # the verb may lie past a subject's region
        return None
    if _NOUN_AFTER_POSSESSIVE_RE.match(text, match.end()) is not None:
        return None  # "Treasury's forecast for unemployment": a noun the owner's
    if _OWNER_BEFORE_RE.search(text, max(match.start() - _OWNER_REACH, 0), match.start()) is not None:
        return None  # "in the Inspectorate's report, ...", "from Tarnby's records.": an owner, no subject (40b, 40e)
    return Mention(match.start(), match.end(), word, "org")


def as_described(text: str, match: _RunLike, mention: Mention | None) -> Mention | None:
    """Read a run that names no body by its words as the body the text calls it (`the charity Bright Teeth`), or as
    a company named in `'s` (`Marlowe's said`); else keep what its words say."""
    if mention is None and " " not in match.group() and not match.group().endswith(SINGULAR_POSSESSIVES):
        defined = match.group() in defined_bodies(text)  # 'Pellucent ("the Group")': a brand the text defines
        return Mention(match.start(), match.end(), match.group(), "org") if defined else None
    described = _described_as(text, match.group(), mention.name if mention is not None else None)
    if described is not None and mention is not None and described == mention.name:
        return mention._replace(kind="org", title="")  # "Bright Teeth": a person's name by its words
    if described is not None:
        return Mention(match.end() - len(described), match.end(), described, "org")  # "Campaigners Keep Rivers Clear"
    if mention is not None:
        return mention
    if " and " in match.group():
        return _person_after_remit(text, match) or _with_people_listed(text, _joint_people(match)) \
            or _joint_body(text, match)  # "Jo Roe and Tim Ash said", "Ann and Dev Roe said"
    return _name_ending_in_s(text, match) or _website_owner(text, match) \
        if match.group().endswith(SINGULAR_POSSESSIVES) else None


_WEB_PLACE_RE = re.compile(r"[ \t]+(?:(?:official|own|corporate|public)[ \t]+)?(?:website|web[ \t]+site|webpage"
                           r"|web[ \t]+page|online[ \t]+newsroom|newsroom|blog|Facebook[ \t]+page|social[ \t]+media)\b")
"""A web place right after `X's` (`Brellin's website`, `Brellin's Facebook page`): only a body or a person keeps one."""


def _website_owner(text: str, match: _RunLike) -> Mention | None:
    """Read a single capitalised word ending in `'s` before a web place (`a recall notice posted on Brellin's website`)
    as the body that keeps it, the owner of what is posted there (a brand or a firm the text names no other way, wave
    47e); never a role's (`the Mayor's website`) or a word no name is."""
    word = match.group()
    if " " in word or not word[1:-2].islower() or word[:-2].lower() in NOT_NAMES \
            or word[:-2].lower() in SENTENCE_STARTERS or word[:-2].lower() in ROLES:
        return None
    if _WEB_PLACE_RE.match(text, match.end()) is None:
        return None
    return Mention(match.start(), match.end(), word[:-2], "org", True)


def _joint_people(match: _RunLike) -> Mention | None:
    """Read `Jo Roe and Tim Ash`, `Ann and Dev Roe` as two people who speak together, when each half is a
    person's name (the first may be a given name only, the second then a full name)."""
    left, _, right = match.group().partition(" and ")
    right_name = person_name(right.split())
    if right_name is None or _remit_word(["and", *right.split()], 1) or " " not in right_name \
            or "'" in right or "\u2019" in right or right.split()[-1].lower() in ROLES:
        return None  # "the Police and Crime Commissioner": a title, its last word a role, no surname
    left_words = left.split()
    while len(left_words) > 2 and (left_words[0].lower().rstrip("s") in ROLES or _body_before_plural_title(left_words)):
        left_words = left_words[1:]  # "Councilmembers Tricia Vale and Alan Marsh": their plural title
    left, left_name = " ".join(left_words), person_name(left_words) if len(left_words) > 1 else " ".join(left_words)
    if left_name is None or len(left_words) == 1 and (not _NAME_WORD_RE.fullmatch(left) or left.lower() in NOT_NAMES
                                                      or left.lower() in ROLES):  # "President and CEO Jo Roe": one
        return None
    return Mention(match.start(), match.end(), f"{left_name} and {right_name}", "person")


_LISTED_PERSON_RE = re.compile(r"(?:(?<=[,(\n])|(?<=\A)|(?<=[a-z,(][ \t]))(?:%s\.?[ \t]+)?"
                               r"([A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){1,2}),[ \t]+\Z"
                               % initial_alternation(sorted(h.capitalize() for h in HONORIFICS)))
"""A person's full name and its comma right before a pair of people (`Dr Jo Roe, ` before `Tim Ash and Ann Vale`),
its honorific left out, no capitalised word before it."""
_LISTED_REACH = 60
"""How far back one listed name and its honorific may start."""


def _with_people_listed(text: str, pair: Mention | None) -> Mention | None:
    """Return two people who speak together with the people listed before them by commas (`Dr Jo Roe, Tim Ash and Ann
    Vale said`): each a full name the name reader reads as a person's, never a body, a place or a post (wave 46w)."""
    if pair is None:
        return None
    start, names = pair.start, [pair.name]
    while (listed := _LISTED_PERSON_RE.search(text, max(0, start - _LISTED_REACH), start)) is not None:
        words = listed.group(1).split()
        name = person_name(words)
        if name is None or name != listed.group(1) or any(w.lower() in ROLES or w.lower() in ORG_HEADS for w in words):
            break  # "Harbury Council, Tim Ash and Ann Vale": a body listed before them
        start, names = listed.start(), [name, *names]
    return pair if len(names) == 1 else pair._replace(start=start, name=", ".join(names))


def _person_after_remit(text: str, match: _RunLike) -> Mention | None:
    """Read `Access and Integration Jo Roe` set off after a post (`National Director, `) as the person its last two
    words name: words, `and`, then more words than a name are the post's remit, no pair of people (wave 44f); so after
    a post whose remit's first areas the commas set apart (`Minister for Ports, Fisheries and Coastal Affairs Jo Roe`,
    wave 51f)."""
    left, _, right = match.group().partition(" and ")
    words = right.split()
    post = _REMIT_POST_RE.search(text[max(0, match.start() - _REMIT_POST_REACH):match.start()])
    if len(words) < 3 or " and " in right or post is None or post.group("post").lower() not in ROLES \
            or any(w.lower() in ROLES or not _NAME_WORD_RE.fullmatch(w) for w in words[-2:]):
        return None  # "Ann and Dev Roe", "Teifi and Tywi's Police and Crime Commissioner": read as before
    name = person_name(words[-2:])
    if name is None or not match.group().endswith(name):
        return None
    at = max(0, match.start() - _REMIT_POST_REACH) + post.start("post")
    lead = _POST_LEAD_RE.search(text, max(0, at - _REMIT_POST_REACH), at)
    assert lead is not None  # the pattern always matches, an empty run at the least
    first = (lead.group().split() or [post.group("post")])[0].lower()
    title = first if first in ROLES else post.group("post").lower()  # "Deputy Mayor and Minister for ...": the deputy
    return Mention(match.end() - len(name), match.end(), name, "person", title=title)


_POST_LEAD_RE = re.compile(r"(?:[A-Z][\w'\u2019\-]*[ \t]+(?:(?:and|&)[ \t]+)?)*\Z")
"""The capitalised words of a post joined before the one that holds a remit (`Deputy Mayor and `); it always matches,
the run empty when no such word stands there."""
_REMIT_AREA = r"[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){0,2}"
_REMIT_POST_RE = re.compile(rf"\b(?P<post>[A-Z][a-z]+)(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?{_REMIT_AREA}"
                            rf"(?:,[ \t]+{_REMIT_AREA})*)?,[ \t]\Z")
"""A capitalised word and its comma right before a remit (`National Director, `), or a post and the first areas of its
remit (`Minister for Ports, `, `Secretary for Housing, Planning, `): a post when ROLES holds it."""
_REMIT_POST_REACH = 90
"""How far before a remit's last areas its post may start."""


_CUE_AFTER_NAME_RE = re.compile(r"[ \t]+(?:%s)\b" % verb_alternation(CUE_VERBS))
"""A cue right after two people's names: `Dr Jo Roe and Dr Tim Ash said`."""
MAX_JOINT_REACH = 80
"""How far after two titled people `joint` (`said in a joint statement`) makes them speak as one."""


def _body_before_plural_title(words: list[str]) -> bool:
    """Say whether a run opens on the body or place a plural title serves (`Council Members Jo Roe and Al Key`, `County
    Commissioners ...`, `School Board Members ...`): no part of the first person's name (wave 24c)."""
    word, title = words[0].lower(), next((w for w in words[1:3] if w.lower() not in ORG_HEADS), "")
    return (word in ORG_HEADS or word in _JURISDICTIONS) and title.endswith("s") and title.lower().rstrip("s") in ROLES


def _titled_pair(text: str, match: _RunLike) -> Mention | None:
    """Read `Dr Helen Roe and Dr Imran Ash said in a joint statement`, `Governor Jo Roe and Sheriff Tim Ash, ..., said
    jointly` as two people who speak together: a cue or an apposition follows, `joint` comes soon after, and the words
    before `and` hold a full name of their own (not `Justice and Equality Minister Jo Roe`). Without `joint` the
    last one named speaks, as before (`Mayor Jo Roe and Police Chief Tim Ash announced`)."""
    if _CUE_AFTER_NAME_RE.match(text, match.end()) is None and not text.startswith(",", match.end()):
        return None  # "met Dr Jo Roe and Dr Tim Ash on Monday": named together, not speaking
    if text.find("joint", match.end(), match.end() + MAX_JOINT_REACH) < 0:
        return None
    left = match.group().partition(" and ")[0]
    left_name = person_name(left.split()) if " " in left else None
    return _joint_people(match) if left_name is not None and " " in left_name else None


def _joint_body(text: str, match: _RunLike) -> Mention | None:
    """Read `Dunmore Council and Acorn said` as one joint body (`joint_names`) when a cue follows, else None."""
    if _VERB_AFTER_NAME_RE.match(text, match.end()) is None:
        return None  # "Two sites, Tradezo and BuyHive, removed ...": two bodies the text names, no joint speaker
    name = joint_body(match.group(), lambda words: classify(words, 0))
    return Mention(match.start(), match.end(), name, "org") if name is not None else None


PERSON_TRADES: frozenset[str] = frozenset("miner publisher supplier owner rival brewer distiller haulier".split())
"""Trades a person may ply alone (`Jo Roe, the publisher,`): set after a name they never make it a body's."""
APPOSED_TRADES: frozenset[str] = TRADE_DESCRIPTORS - PERSON_TRADES
"""A company's trade set after its name (`Harbour Vision, the publicly owned broadcaster,`): the name is a body's."""
_BODY_NOUNS = verb_alternation(ORG_REFERENCES | APPOSED_TRADES | frozenset({"union", "campaign", "regulator", "watchdog"}))
_NOUN_ENDS = r"(?![\w\-'\u2019])(?=\s*[,.;:()\n]|\s*$|\s+(?:that|which|who|whose|working|based|set|founded|run|led|and)\b)"
_DESCRIPTION = r"(?P<words>(?:[\w\-]+\s+){0,4}?)"
_BODY_NAME = r"[A-Z][\w&\-'\u2019]*(?:[ \t]+(?:(?:of|for|and|the|na|&)[ \t]+)?[A-Z][\w&\-'\u2019]*){0,5}"
_NAME_AT_END_RE = re.compile(rf"(?:{_BODY_NAME})$")
_NAME_RE = re.compile(_BODY_NAME)
_NAMING_NOUNS: frozenset[str] = ORG_REFERENCES | frozenset({"union", "campaign", "regulator", "watchdog", "campaigners"})
WORD_THEN_NAME_RE = re.compile(r"\b([Tt]he|Campaigners|%s)[ \t]+(?=[A-Z])" % "|".join(
    sorted((w for w in _NAMING_NOUNS if re.fullmatch(r"[a-z]{4,}", w)), key=len, reverse=True)))
"""A word that may describe the name after it: `the`, or a noun a text calls a body by (`the charity Bright Teeth`)."""
_WORDS_BEFORE_NAME: frozenset[str] = frozenset(["The", "the", "Campaigners"] + [w for w in _NAMING_NOUNS
                                                                             if re.fullmatch(r"[a-z]{4,}", w)])
"""The words `WORD_THEN_NAME_RE` reads."""
_LONGEST_WORD_BEFORE_NAME = max(map(len, _WORDS_BEFORE_NAME))
_WORD_BEFORE_NAME_ENDS: frozenset[str] = frozenset(word[-3:] for word in _WORDS_BEFORE_NAME)
"""The last three letters of each of those words (each has three or more)."""
_WORD_AT_END_RE = re.compile(r"\w+\Z")
"""The word (all of it, when it fits the window) that a window ends with."""
GAP_BEFORE_CAPITAL_RE = re.compile(r"[ \t][ \t]*(?=[A-Z])")
"""`[ \\t]+(?=[A-Z])`, its first character written first so that the engine skips fast to a space."""


def words_then_names(text: str) -> list[tuple[str, int]]:
    """Return `(group(1), end())` of each `WORD_THEN_NAME_RE` match in a text, found faster from the gaps before
    capitals (the engine skips fast to a gap, not to a word): the whole word before a gap, when it is one of them."""
    found = []
    for gap in GAP_BEFORE_CAPITAL_RE.finditer(text):
        if text[gap.start() - 3:gap.start()] not in _WORD_BEFORE_NAME_ENDS or gap.start() < 3:
            continue  # no word of them ends so (a cheap test first)
        word = _WORD_AT_END_RE.search(text, max(0, gap.start() - _LONGEST_WORD_BEFORE_NAME - 1), gap.start())
        if word is not None and word.group() in _WORDS_BEFORE_NAME:  # a longer word is cut to a length none has
            found.append((word.group(), gap.end()))
    return found


_AFTER_NOUN_RE = re.compile(rf"[ \t]*[,.;:)\n]|[ \t]*$|[ \t]+(?:{verb_alternation(CUE_VERBS)})\b")
ARTICLE_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+| (?:is|was)[ \t]+an?[ \t]+|\t(?:is|was)[ \t]+an?[ \t]+"
                         r"|'s[ \t]+(?=[a-z])|\u2019s[ \t]+(?=[a-z])")
"""Where a description of the name before it may start: `, the`, ` is a`, `'s` before a post (each way opens with
its own character, so that the engine skips fast to one)."""
_DESCRIBED_AFTER_RES = (
    re.compile(rf"{_DESCRIPTION}(?:{_BODY_NOUNS}){_NOUN_ENDS}"),
    re.compile(rf"(?:[a-z\-]+[ \t]+){{0,2}}?(?:{verb_alternation(BODY_ROLES)})\b"),
)
_KIND_AFTER_RE = re.compile(rf"[ \t]+{_DESCRIPTION}(?:{verb_alternation(ORG_REFERENCES)}){_NOUN_ENDS}")
"""How a text says that a name is a body's: `the charity Bright Teeth`, `Kindle Path, the Leeds charity,`, `Bright
Teeth is a registered charity`, `Bright Teeth's chief executive`, `the Save Elm Park action group`."""
_NOT_DESCRIBING: frozenset[str] = frozenset("at for of with from in on by to".split())
"""Words that make the noun after them the head of a phrase of their own (`a volunteer at the charity`)."""
_CONTEXT_CHARS = 80
"""How far before a description the name it describes may start."""
_LINKS: frozenset[str] = frozenset("of for and the na &".split())


def describes_the_noun(words: list[str]) -> bool:
    """Say whether the words between an article and a body's noun describe that body (`the Midlands`), rather than
    being a person's post or a phrase of their own (`a volunteer at`, `a spokeswoman for`)."""
    return not any(w.lower() in ROLES or w.lower() in VOICE_ROLES or w.lower() in _NOT_DESCRIBING for w in words)


def is_described_body(text: str, name: str) -> bool:
    """Say whether a text calls a name a body anywhere in it: it never speaks as a person; a name a known given name
    opens is a person's all the same (`Jo Roe, the harbour watchdog,`; wave 35h)."""
    if name not in described_bodies(text):
        return False  # the common case, tested first
    words = name.split()
    return not any(w.lower() in ROLES or w.lower() in VOICE_ROLES for w in words) \
        and words[0].lower() not in SENTENCE_STARTERS and not given_person(name)  # "Jo Roe, the watchdog,": hers (35h)


@per_text(4)
def described_bodies(text: str) -> frozenset[str]:
    """Return every name the text calls a body, by one pass of each description over the text (once per text)."""
    names: set[str] = set()
    for article in ARTICLE_RE.finditer(text):
        pattern = _DESCRIBED_AFTER_RES[1] if article.group()[0] in "'\u2019" else _DESCRIBED_AFTER_RES[0]
        found = pattern.match(text, article.end())
        if found is not None and describes_the_noun((found.groupdict().get("words") or "").split()):
            names.update(_name_endings(text, article.start()))  # "X, the Leeds charity", "X's chief executive"
    for written, after_gap in words_then_names(text):
        word = written.lower()
        if word in ("the", "campaigners") or word in _NAMING_NOUNS and written.islower():
            name = _NAME_RE.match(text, after_gap)
            after = _AFTER_NOUN_RE if word != "the" else _KIND_AFTER_RE
            if name is None or word == "the" and not text[name.end() + 1:name.end() + 2].islower():
                continue  # "the X said": no noun after the name to describe it
            if trade_before_person(text, word, name.group(), name.end()):
                continue  # "machine operator Debbie Roe, who ...": her job, no body (22a)
            described = after.match(text, name.end())
            if described is not None and describes_the_noun((described.groupdict().get("words") or "").split()):
                names.add(" ".join(name.group().split()))  # "the charity X said", "the Save X action group"
    return frozenset(names)


_NOUN_TAILS: frozenset[str] = frozenset({"tank"})
"""References that are the last word of a two-word noun (`think tank`): a body is called by the whole noun."""
CALLED_NOUNS: frozenset[str] = (ORG_REFERENCES - _NOUN_TAILS) | frozenset({"union", "regulator", "watchdog", "think tank"})
"""The nouns a text may call a body by (`the charity`, `the think tank`)."""
_APPOSITION_BEFORE_RE = re.compile(r"(?:,[ \t]+|[ \t]+(?:is|was|has been)[ \t]+)(?:a|an|the)[ \t]+"
                                   r"(?P<words>(?:[\w\-]+[ \t]+){0,3})$")
_NOUN_END_RE = re.compile(_NOUN_ENDS)
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?P<words>(?:[a-z\-]+[ \t]+){0,2})$")
_NAME_AFTER_NOUN_RE = re.compile(rf"[ \t]+(?P<name>{_BODY_NAME})(?![\w\-])(?=[ \t]*[,.;:()\n]|[ \t]+[a-z])")
"""How a text says which common noun a body's name goes by: `X is a charity that`, `X, the think tank,`, `the
cancer charity X`."""


def _by_last_word(nouns: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Group nouns by their last word (`tank`: `think tank`), so that a word finds its nouns without a scan."""
    grouped: dict[str, tuple[str, ...]] = {}
    for noun in sorted(nouns):
        grouped[noun.rsplit(" ", 1)[-1]] = grouped.get(noun.rsplit(" ", 1)[-1], ()) + (noun,)
    return grouped


CALLED_BY_LAST_WORD = _by_last_word(CALLED_NOUNS)
"""`CALLED_NOUNS` by their last word."""


@per_text(64)
def bodies_called(text: str, word: str) -> frozenset[str]:
    """Return the names the text links to a common noun that ends in this word (`charity`, `tank` for `think tank`),
    looking only where that noun occurs (once per text and word)."""
    names: set[str] = set()
    for full in CALLED_BY_LAST_WORD.get(word, ()):
        if full not in text:
            continue  # the noun is not in the text (a cheap test before the pattern)
        for noun in whole_word_matches(text, full):
            for words, name in (_named_before_noun(text, noun), _named_after_noun(text, noun),
                                ("", name_before_kind(text, noun.start()))):  # "the Keep Elm Green group"
                if name and describes_the_noun(words.split()) and name.split()[0] not in ("The", "A", "An") \
                        and not GRADE_RE.fullmatch(name):
                    names.add(name)
    return frozenset(names)


GRADE_RE = re.compile(r"[A-Z][0-9]{1,2}")
"""A grade or a code of one capital and a number (`rated the association C2`, `band B3`): never a body's name."""


class _WordAt(NamedTuple):
    """Where a whole word was found: what `_named_before_noun` and `_named_after_noun` read of a match."""

    begin: int
    finish: int

    def start(self) -> int:
        """Return where the word starts."""
        return self.begin

    def end(self) -> int:
        """Return where the word ends."""
        return self.finish


def whole_word_matches(text: str, word: str) -> list[_WordAt]:
    """Return where `re.finditer(rf"\\b{re.escape(word)}\\b", text)` matches, for a word that opens and ends with a
    letter, found with `str.find` (faster than the pattern, which is tried at every place of the text)."""
    found: list[_WordAt] = []
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not is_word_character(text[at - 1])) \
                and (after == len(text) or not is_word_character(text[after])):
            found.append(_WordAt(at, after))
            at = text.find(word, after)
        else:
            at = text.find(word, at + 1)
    return found


def _named_before_noun(text: str, noun: _WordAt) -> tuple[str, str]:
    """Return the words and the name of `X, the Leeds charity,` or `X is a charity that` around a noun, else blanks."""
    if _NOUN_END_RE.match(text, noun.end()) is None:
        return "", ""  # "X, the charity said": a cue's subject, no description
    article = _APPOSITION_BEFORE_RE.search(text, max(0, noun.start() - 60), noun.start())
    name = _NAME_AT_END_RE.search(text, max(0, article.start() - _CONTEXT_CHARS), article.start()) if article else None
    return (article.group("words"), " ".join(name.group().split())) if article and name else ("", "")


def _named_after_noun(text: str, noun: _WordAt) -> tuple[str, str]:
    """Return the words and the name of `the cancer charity X` after a noun, else blanks."""
    article = _ARTICLE_BEFORE_RE.search(text, max(0, noun.start() - 40), noun.start())
    name = _NAME_AFTER_NOUN_RE.match(text, noun.end()) if article else None
    return (article.group("words"), " ".join(name.group("name").split())) if article and name else ("", "")


_DEFINED_BODY_RE = re.compile(rf"(?P<name>[{UPPER}][{LETTER}&\-]*(?:[ \t]+[{UPPER}][{LETTER}&\-]*){{0,5}})[ \t]*\("
                              r"(?:[\"\u201c][^\"\u201d()\n]{1,40}[\"\u201d][ \t]+or[ \t]+)?[\"\u201c]?(?:the[ \t]+)?[\"\u201c]?"
                              r"(?P<noun>[A-Za-z]+)[\"\u201d]?\)")
"""A name and the bracket that defines it (`Pellucent ("Pellucent" or "the Group")`, `Veltrane plc (the "Company")`)."""


_BRAND = rf"(?<!&[ \t])(?<![\w&'\u2019\-])(?P<name>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?)"
_MONEY_IN_RE = re.compile(rf"\b(?:[Ss]hares|[Pp]rofits?|[Ee]arnings|[Rr]evenues?|[Tt]urnover)[ \t]+(?:in|at)[ \t]+{_BRAND}"
                          r"(?=[ \t]+(?:rose|fell|jumped|dropped|climbed|slid|slumped|soared|were|was|have|has|increased"
                          r"|decreased)\b)")
"""`Shares in X fell`, `Profits at X rose`: money a body has (the whole name: never the end of `Calder & Aire`)."""
_MONEY_WORDS: tuple[str, ...] = ("hares ", "rofit", "arnings ", "evenue", "urnover ")
"""Words `_MONEY_IN_RE` needs, tested first as plain text (most texts hold none)."""
REPORTED_ITS_RE = re.compile(r"[ \t]+(?:reported|announced|posted|published|unveiled|issued)[ \t]+(?:its|their)\b")
ED_ITS_RE = re.compile(r"ed[ \t]+(?:its|their)\b")
"""What every match of `REPORTED_ITS_RE` holds, from a plain `ed` the engine skips to (`reported its`)."""
_BRAND_OPENING_RE = re.compile(rf"(?:^|(?<=[.!?\n]))[ \t]*{_BRAND}\Z", re.MULTILINE)
"""`X reported its results` opening a sentence: the verb found first, then the brand right before it (`\\Z`, the
search's end: a one-word heading at a line's end before `The authority published its ...` is no brand)."""


def reported_its_starts(text: str) -> list[int]:
    """Return where each match of `REPORTED_ITS_RE` starts, found from the `ed its` each holds (the engine skips
    fast to `ed`): back over the lower-case verb and the gap before it, then the pattern itself there."""
    starts = []
    for ending in ED_ITS_RE.finditer(text):
        at = ending.start()
        while at > 0 and "a" <= text[at - 1] <= "z":
            at -= 1  # the verb's first letter
        gap = at
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1  # the gap before the verb, where the pattern's match starts
        if gap < at and REPORTED_ITS_RE.match(text, gap) is not None:
            starts.append(gap)
    return starts


_MONEY_STEMS: tuple[str, ...] = ("hares", "rofit", "arnings", "evenue", "urnover")
"""What every match of `_MONEY_IN_RE` holds from its second letter on (`[Ss]hares`, `[Pp]rofits?`, ...)."""


def _money_matches(text: str) -> list[re.Match[str]]:
    """Return `_MONEY_IN_RE.finditer(text)`'s matches, tried only a letter before each of `_MONEY_STEMS` (the pattern
    opens with a word boundary: the engine would try every place)."""
    starts = sorted({at - 1 for stem in _MONEY_STEMS for at in occurrences(text, stem) if at > 0})
    found: list[re.Match[str]] = []
    for start in starts:
        match = _MONEY_IN_RE.match(text, start) if not found or start >= found[-1].end() else None
        found += [match] if match is not None else []
    return found


def _treated_as_bodies(text: str) -> set[str]:
    """Return the one- or two-word names the text treats as a body without a head noun: `shares in X fell`, `X
    reported its results`."""
    names = {m.group("name") for m in _money_matches(text)} if any(w in text for w in _MONEY_WORDS) else set()
    for start in reported_its_starts(text):
        brand = _BRAND_OPENING_RE.search(text, max(0, start - 40), start)
        names.update([brand.group("name")] if brand else [])
    return names


@per_text(4)
def defined_bodies(text: str) -> frozenset[str]:
    """Return the names the text defines as a body in brackets (`X (the "Group")`) or treats as one (`shares in X
    fell`, `X reported its results`): a brand without a head noun is a body when the text says so (once per text)."""
    names = {m.group("name") for m in _DEFINED_BODY_RE.finditer(text) if m.group("noun").lower() in ORG_REFERENCES} \
        if "(" in text else set()
    names.update(_treated_as_bodies(text))
    return frozenset(n for n in names if n.split()[0] not in SENTENCE_STARTERS and n.split()[0].lower() not in NOT_NAMES
                     and n.split()[0].lower() not in SENTENCE_STARTERS and n.lower() not in ROLES)


def _name_endings(text: str, end: int) -> list[str]:
    """Return the capitalised run ending right before a description and each shorter ending of it (`Kindle Path`,
    `Path`)."""
    run = _NAME_AT_END_RE.search(text, max(0, end - _CONTEXT_CHARS), end)
    words = run.group().split() if run is not None else []
    return [" ".join(words[k:]) for k in range(len(words)) if words[k] not in _LINKS]


_NUMBERED_HEADS: frozenset[str] = frozenset("branch local lodge chapter unit division district".split())
"""Heads of bodies' names that a number completes (`Metro Drivers Branch 12`, `Teamsters Local 1172`, `Rock Valley
School District 212`)."""
_NUMBER_RE = re.compile(r"[ \t\u00a0]+\d{1,5}\b(?![.,]\d|%)")


def _with_number(text: str, mention: Mention, end: int) -> Mention:
    """Extend a body's name whose head a number completes (`Branch 12`) to the number."""
    if mention.kind != "org" or mention.name.split()[-1].lower() not in _NUMBERED_HEADS:
        return mention
    number = _NUMBER_RE.match(text, mention.end, end)
    if number is None or len(number.group().strip()) > 3 and mention.name.split()[-1].lower() == "district":
        return mention  # "School District 212"; "the Kent District 2025 budget": a year, no part of the name
    return mention._replace(end=number.end(), name=f"{mention.name} {number.group().strip()}")


_BY_BEFORE_RE = re.compile(r"\bby[ \t]+$")
"""`by` right before a run: `a poll by Ipsos Mori for the X Trust` names the body that did the work, no person."""


def _spoken_for(text: str, mention: Mention) -> list[Mention]:
    """Read `Jo Roe for the X Fund` (`bodies_spoken_for.spoken_for_cut`) as the person, then the body she speaks for
    (a body even when its words alone read as a person's: `for Oxbridge Relief`); else nothing."""
    cut = spoken_for_cut(mention.name)
    if cut < 0 or _BY_BEFORE_RE.search(text, max(0, mention.start - 4), mention.start):
        return []
    person = classify(mention.name[:cut], mention.start)
    if person is None or person.kind != "person":
        return []
    right = cut + len(FOR) + (4 if mention.name.startswith("the ", cut + len(FOR)) else 0)
    body = classify(mention.name[right:], mention.start + right)
    if body is None:
        return [person]
    return [person, body if body.kind == "org" or body.title else body._replace(kind="org")]


def _spoken_for_post(text: str, mention: Mention) -> list[Mention]:
    """Read `Jo Roe for the High Commissioner for Refugees`, before its letters in brackets, as the person, then the
    office she speaks for as a body (a post's words alone read as nobody: the letters make it a body), wave 46a."""
    spoken = _spoken_for(text, mention)
    if len(spoken) != 1:
        return spoken
    cut = spoken_for_cut(mention.name)
    right = cut + len(FOR) + (4 if mention.name.startswith("the ", cut + len(FOR)) else 0)
    office = mention.name[right:]
    return [*spoken, Mention(mention.start + right, mention.end, office, "org")] if office[:1].isupper() else spoken


def _commissioned(mention: Mention) -> list[Mention]:
    """Read `A for the B` (`bodynames.commissioned_cut`) as A, the body that did the work (`a poll by A for the B`
    is A's poll): B is named for whom it was done, never the source of A's figures."""
    cut = commissioned_cut(mention.name)
    return [Mention(mention.start, mention.start + cut, mention.name[:cut], "org")]


def _two_bodies(mention: Mention) -> list[Mention]:
    """Split `Acme Water and Brook Water` into its two bodies when each half is a body's full name and both
    share their head (or a company form); `Fire and Rescue Service`, `Department for Housing and Local
    Government` stay one."""
    left, right = mention.name.split(" and ", 1)
    halves = left.split(), right.split()
    heads = {h[-1].lower() for h in halves}
    if len(heads) > 1 and not heads <= _ORG_FORMS:
        return [mention]  # "Acme Water and Sewerage Company" may be one name; two bodies share a head
    if {"of", "for"} & set(halves[0]) or not all(len(h) >= 2 and h[-1].lower() in ORG_HEADS | _ORG_FORMS and names_an_organisation(h) for h in halves):
        return [mention]
    cut = mention.start + len(left)
    return [Mention(mention.start, cut, left, "org"), mention._replace(start=cut + 5, name=right)]


def _body_and_member(mention: Mention, run: str) -> list[Mention]:
    """Split `Department for Work and Pensions and Jo Roe MP` into the body and the person after its last `and`,
    when the run ends in role letters (`MP`, `TD`) and the words before `and` are a body's whole name (wave 36f: a
    department and its minister on a government page's `From:` line); else the mention as it was."""
    if run.rsplit(None, 1)[-1].lower().replace(".", "") not in POST_NOMINALS:
        return [mention]
    cut = mention.name.rfind(" and ")
    body, person = classify(mention.name[:cut], mention.start), classify(mention.name[cut + 5:], mention.start + cut + 5)
    if body is None or body.kind != "org" or body.name != mention.name[:cut] or person is None \
            or person.kind != "person" or " " not in person.name:
        return [mention]
    return [body, person._replace(end=mention.start + len(run))]


_MIN_LEAD_CAPITALS = 4
"""The shortest word in capitals `_lead_capitals` reads as a news lead's (shorter ones are acronyms)."""
_LEAD_START_RE = re.compile(r"(?:^|\n)[ \t]*$")
_LOWER_WORD_RE = re.compile(r"[ \t]+([a-z][a-z\-]*)\b")


def _lead_capitals(text: str, match: _RunLike, end: int) -> bool:
    """Say whether a run is one word in capitals opening a paragraph before a common word (`FIRE brigade bosses`),
    used nowhere else in the text: the house style of a news lead, not an acronym."""
    word = match.group()
    if len(word) < _MIN_LEAD_CAPITALS or not word.isalpha() or not word.isupper():
        return False
    following = _LOWER_WORD_RE.match(text, match.end(), end)
    if following is None or following.group(1) in CUE_VERBS:
        return False  # "INMO said": an acronym speaking
    if not _LEAD_START_RE.search(text, max(0, match.start() - 8), match.start()):
        return False
    return text.count(word) == 1


_GAP_RE = re.compile(r"[ \t\u00a0]+")


class _Run(NamedTuple):
    """A capitalised run as `find_mentions` reads it: a regex match, or two joined at a possessive."""

    text: str
    begin: int
    finish: int

    def group(self) -> str:
        """Return the run's words."""
        return self.text

    def start(self) -> int:
        """Return where the run starts."""
        return self.begin

    def end(self) -> int:
        """Return where the run ends."""
        return self.finish


_LETTERS_AND_RE = re.compile(r" \([A-Z][A-Za-z]{1,7}\) and ")
"""A body's letters in brackets, then `and` before a second body (` (XA) and `): the gap of a joint subject."""


def _joint_after_letters(text: str, body: _RunLike, letters: _RunLike, after: _RunLike) -> bool:
    """Say whether a body, its letters in brackets, `and` and another body are one joint subject: a verb follows the
    second (`The X Authority (XA) and Y Police have published`), the first ends in a body's head."""
    return _LETTERS_AND_RE.fullmatch(text, body.end(), after.start()) is not None \
        and body.group().split()[-1].lower() in ORG_HEADS and _VERB_AFTER_NAME_RE.match(text, after.end()) is not None


_RunLike = _Run | re.Match[str]
"""A capitalised run: its regex match, or a `_Run` where two matches were joined."""


def joined_runs(text: str, start: int, end: int) -> list[_RunLike]:
    """Capitalised runs, a possessive joined to the body's head after it (`St Brendan's Hospital`); a run joined to
    nothing stays its regex match (no copy made: most runs)."""
    runs: list[_RunLike] = []
    last_end = -1  # where the run before ends (kept as a number: hot)
    families = particle_family_names(text)
    for match in NAME_RUN_RE.finditer(text, start, end):
        if match.start() < last_end:
            continue  # already joined to the run before
        run: _RunLike = match
        if runs and match.start() - last_end <= _MAX_PARTICLE_GAP and _joins_by_particle(text, runs[-1], run):
            begin = runs.pop().start()
            run = _Run(text[begin:run.end()], begin, run.end())  # "Ludwig van Damme": one name
        elif runs and match.start() == last_end + 4 and text.startswith(TO_GAP, last_end) \
                and joins_by_to(runs[-1].group(), run.group()):
            begin = runs.pop().start()
            run = _Run(text[begin:run.end()], begin, run.end())  # "Right to Roam Alliance": one name
        elif len(runs) > 1 and text.startswith(") and ", last_end) and _joint_after_letters(text, runs[-2], runs[-1], match):
            runs.pop()  # "The X Authority (XA) and Y Police have published": one joint run, the letters apart (46w)
            first = runs.pop()
            run = _Run(f"{first.group()} and {run.group()}", first.start(), run.end())
        elif runs and match.start() == last_end + 4 and text.startswith(AT_GAP, last_end) \
                and joins_by_at(runs[-1].group(), run.group()):
            begin = runs.pop().start()
            run = _Run(text[begin:run.end()], begin, run.end())  # "Research Unit at Harbury University": one (46w)
        elif runs and on_gap(text, last_end, match.start()) and joins_by_on(runs[-1].group(), run.group()):
            begin = runs.pop().start()
            run = _Run(text[begin:run.end()], begin, run.end())  # "the Committee on Standards": one name (32e)
        elif runs and (inner := INNER_GAP_RE.fullmatch(text, last_end, match.start())) is not None \
                and (joins_by_inner_word(article_before(text, runs[-1].start()), runs[-1].group(), inner.group(1),
                                         run.group())
                     or joins_by_remit(runs[-1].group(), inner.group(1), run.group())):  # the gap matched once
            begin = runs.pop().start()
            run = _Run(text[begin:run.end()], begin, run.end())  # "the Standards in Public Office Commission" (28f),
            # "the Committee on Standards in Public Life" (32f)
        elif runs and match.start() == last_end + 2 and text.startswith(", ", last_end) \
                and joins_portfolio(text, runs[-1].group(), last_end):
            begin = runs.pop().start()
            run = _Run(text[begin:run.end()], begin, run.end())  # "Minister for Farming, Fisheries and the Coast" (42a)
        elif runs and match.start() == last_end + 2 and text.startswith(CAMPAIGN_GAP, last_end) \
                and campaign_words(runs[-1].group().split()) is not None:
            begin = runs.pop().start()
            run = _Run(text[begin:run.end()], begin, run.end())  # "Stop the X: Friends of Y": one campaign (51w)
        elif runs and match.start() == last_end + 1 and text[last_end] == SLASH \
                and joins_by_slash(text, runs[-1].start(), runs[-1].group(), run.group()):
            begin = runs.pop().start()
            run = _Run(text[begin:run.end()], begin, run.end())  # "the Warrant/Fugitive Division": one name (55e)
        elif families:
            run = _with_particles_before(text, run, start, families)  # "bin Rahman said": as its full name gave it
        if (tail_end := gaelic_tail_end(text, run.end(), end)) > run.end():
            run = _Run(text[run.start():tail_end], run.start(), tail_end)  # "Tomás Ó hEochaidh": one name (36f)
        if text.startswith(" (", run.end()) and 0 < (tail := jurisdiction_tail(text, run.end())) <= end:
            run = _Run(text[run.start():tail], run.start(), tail)  # "Acme Motors (UK) Ltd": one name
        if run.group().endswith(SINGULAR_POSSESSIVES):
            gap = _GAP_RE.match(text, run.end(), end)
            after = NAME_RUN_RE.match(text, gap.end(), end) if gap else None
            if after and (any(without_possessive(w).lower() in ORG_HEADS for w in after.group().split()[:3])
                          or _people_before_head(run.group(), without_possessive(after.group()))
                          or ends_with_style(run.group())):
                run = _Run(text[run.start():after.end()], run.start(), after.end())
        runs.append(run)
        last_end = run.end()
    return runs


def _people_before_head(run: str, after: str) -> bool:
    """Say whether a possessive run that names no body is joined to the body's head ending the run after it
    (`Children and Young People's` + `Overview and Scrutiny Committee`); a body's possessive (`X Department of
    Justice's Fraud Control Unit`) owns the body after it (wave 20b)."""
    return after.rsplit(None, 1)[-1].lower() in ORG_HEADS \
        and not names_an_organisation(run[:-2].split())


_MAX_PARTICLE_GAP = 12
"""The widest gap a particle joining two runs of one name makes (` von der `)."""


def _joins_by_particle(text: str, before: _RunLike, run: _RunLike) -> bool:
    """Say whether two runs are one name a lower-case particle joins (`Maria da Costa`, `St Anne de Beaupre`)."""
    return run.start() - before.end() <= _MAX_PARTICLE_GAP and not before.group().endswith(SINGULAR_POSSESSIVES) \
        and _PARTICLE_GAP_RE.fullmatch(text, before.end(), run.start()) is not None


_PARTICLES_BEFORE_RE = re.compile(rf"(?:^|(?<=[^\w\-'\u2019]))(?:{_PARTICLES})+$")
"""Particles right before a capitalised run (`bin ` of `bin Rahman`), not inside a word."""
FULL_NAME_PARTICLES_RE = re.compile(rf"[{UPPER}][{LETTER}]+(?:[ \t\u00a0]+|(?<=\.))(?P<family>(?:{_PARTICLES})+[{UPPER}][{LETTER}]*)")
"""A given name, then a family name that opens with particles: `Farah binti Yusof`, `Omar al-Rashid`."""
FAST_FULL_NAME_PARTICLES_RE = re.compile(FULL_NAME_PARTICLES_RE.pattern.replace(rf"[{LETTER}]+(?:", rf"[{LETTER}]++(?:", 1))
"""`FULL_NAME_PARTICLES_RE` with the given name's letters taken possessively: a letter is never a space nor a full
stop, so giving letters back never lets the gap after them match (the same matches, without trying each shorter
given name at every capitalised word)."""


@per_text(32)
def particle_family_names(text: str) -> frozenset[str]:
    """Return the family names opening with a particle that the text writes after a given name (`binti Yusof`)."""
    return frozenset(" ".join(m.group("family").split()) for m in FAST_FULL_NAME_PARTICLES_RE.finditer(text))


def _with_particles_before(text: str, run: _RunLike, start: int, families: frozenset[str]) -> _RunLike:
    """Extend a run back over the particles before it (`bin Rahman said`) when the text gave that family name after
    a given name (`Pieter bin Rahman`, one of `families`); a lower-case word before a capital is otherwise no name's
    part."""
    if run.start() - start < 3 or text[run.start() - 1] not in " \t\u00a0-":
        return run  # most runs follow no particle
    before = _PARTICLES_BEFORE_RE.search(text, max(start, run.start() - 16), run.start())
    if before is None:
        return run
    family = " ".join(text[before.start():run.end()].split())
    if not any(family == name or family.startswith(name + " ") for name in families):
        return run
    return _Run(text[before.start():run.end()], before.start(), run.end())


_SERIES_TAIL_RE = re.compile(rf"(?:,[ \t]+{_TOKEN})+,?[ \t]+and[ \t]+(?:the[ \t]+)?{_TOKEN}")
"""`, Villages and the Islands`: the rest of a body's name that lists what it is `of`."""
_REMIT_ITEM = rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}}"
"""One area of a ministry's remit: one to three capitalised words (`Climate`, `Local Government`, `Rural Affairs`)."""
_REMIT_TAIL_RE = re.compile(rf"(?:,[ \t]+{_REMIT_ITEM})+,?[ \t]+and[ \t]+(?:the[ \t]+)?{_REMIT_ITEM}")
"""`, Local Government and Heritage`: the rest of a ministry's name that lists its remit, areas of several words."""
_MINISTRY_STARTS: tuple[str, ...] = ("Department ", "Ministry ")
"""How a ministry's name opens: only a ministry's remit lists areas of several words."""
_AREA_HEADS: frozenset[str] = frozenset({"government"})
"""Heads of bodies' names that also name an area of a ministry's remit (`Housing and Local Government`)."""


_DOCUMENT_NOUN_REACH = 24
"""How many characters after a body's name its document's noun is looked for (` figures show`)."""


def _document_opener(text: str, mention: Mention) -> int:
    """Return how many characters a word describing a document takes at the front of a body's name read at a run's
    start (`Separate ` of `Separate Acme Water figures show`), else 0."""
    if not text.startswith(mention.name.partition(" ")[0], mention.start):
        return 0
    return document_opener(mention.name, text[mention.end:mention.end + _DOCUMENT_NOUN_REACH])  # past `end`: a
    # region may stop before the noun (`Separate X` + ` figures show`)


def _with_areas(text: str, mention: Mention, start: int) -> Mention:
    """Extend a body's name back over the areas it lists before its run (`the Foreign, Commonwealth and Development
    Office`), never past `start`."""
    begin = areas_before(text, mention.start, mention.name) if mention.kind == "org" \
        else mention.start
    if begin == mention.start or begin < start:
        return mention
    return mention._replace(start=begin, name=" ".join(text[begin:mention.start].split()) + " " + mention.name)


def _with_series(text: str, mention: Mention, end: int) -> Mention:
    """Extend a body's name `of` or `for` a series (`Department of Towns, Villages and the Islands`, `Department for
    Science, Innovation and Technology`, `Department of Housing, Local Government and Heritage`) to its end."""
    ministry = mention.name.startswith(_MINISTRY_STARTS)
    if mention.kind != "org" or mention.possessive or " of " not in mention.name and not (" for " in mention.name and ministry):
        return mention
    tail = _remit_tail(text, mention.end, end) if ministry else None
    tail = tail or _SERIES_TAIL_RE.match(text, mention.end, end)
    if tail is None:
        return mention
    name = f"{mention.name}{' '.join(tail.group().split(' '))}"
    return mention._replace(end=tail.end(), name=" ".join(name.split()))


def _remit_tail(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the series of a ministry's remit after its name at `start`, when no area of several words is a body's
    or a person's name: each of its words a common noun (`, Acme Water and Brook Water`, `, Jo Roe and Al Key` list
    parties, not areas)."""
    tail = _REMIT_TAIL_RE.match(text, start, end)
    if tail is None:
        return None
    for area in re.split(r",[ \t]+|[ \t]+and[ \t]+(?:the[ \t]+)?", tail.group().lstrip(", \t")):
        words = area.split()
        if len(words) > 1 and (words[-1].lower() in ORG_HEADS - _AREA_HEADS or not all(map(_common_word, words))):
            return None
    return tail


def _common_word(word: str) -> bool:
    """Say whether a capitalised word is a common word, in the singular or the plural (`Affairs`), never a name."""
    return is_common_noun(word) or word.endswith("s") and is_common_noun(word[:-1])


def person_after_place(text: str, start: int, end: int) -> Mention | None:
    """Return the person named in text[start:end] (the name after a post's place), else None."""
    found = classify(text[start:end], start)
    return found if found is not None and found.kind == "person" else None


def classify(run: str, offset: int) -> Mention | None:
    """Say whether a capitalised run names an organisation, a person, or neither."""
    found = _classify_run(run)
    if found is None or not offset:
        return found
    return Mention(offset, offset + len(run), found.name, found.kind, found.possessive, found.title)  # not _replace: hot


_TITLE_LINKS: frozenset[str] = frozenset("of on into".split())
"""Words after a document's noun opening a title that say what it examines: `Inspection of X`, `Report on X`."""


def _without_document_title(words: list[str]) -> list[str]:
    """Read a document's title as the body it names: `Inspection of University Hospital X` examines X (no body is
    called `Inspection of ...`), `Annual Report of the X Board` is the board's (wave 39d: words saying when or how the
    document was made may open the title), `HIQA Report` is HIQA's."""
    made = next((i for i, w in enumerate(words) if w.lower() not in DOCUMENT_ADJECTIVES), len(words))
    if len(words) >= made + 3 and words[made].lower() in DOCUMENT_NOUNS and words[made + 1] in _TITLE_LINKS:
        return words[made + 3:] if words[made + 2] == "the" and len(words) > made + 3 else words[made + 2:]
    if len(words) == 2 and _ACRONYM_RE.fullmatch(words[0]) and words[1].lower() in DOCUMENT_NOUNS:
        return words[:1]
    return _without_post_of(words)


def _without_post_of(words: list[str]) -> list[str]:
    """Read a post of a body as the body (`Chief Executive of Acme Health`, `Managing Director of Acme Water`): a
    post is no body's name; a person's name after it (`Director of Housing Jo Roe`) is read as before."""
    at = words.index("of") if "of" in words[2:4] else 0
    if not at or not all(w.lower() in ROLES for w in words[:at]) and not _field_post(words[:at]):
        return words
    rest = words[at + 2:] if words[at + 1:at + 2] == ["the"] else words[at + 1:]
    return rest if rest and names_an_organisation(rest) else words


def _field_post(words: list[str]) -> bool:
    """Say whether words are a post with its field inside (`Chief Fire Officer`, `Chief Medical Officer`): a role
    opens and closes them (wave 41c)."""
    return len(words) == 3 and words[0].lower() in ROLES and words[-1].lower() in ROLES and words[1][:1].isupper()


_BRAND_RE = re.compile(r"(?P<first>[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,})+")
"""One word of two or more capitalised parts (`ConsumerFirst`, `HomeServe`): a brand's name."""
_SURNAME_PREFIXES: frozenset[str] = frozenset("mac mcc fitz van von del della des las los san".split())
"""Beginnings of surnames written with an inner capital (`MacLeod`, `FitzGerald`, `VanDyke`): no brand."""


def _brand_word(word: str) -> bool:
    """Say whether one word is a brand's name by its inner capitals (`ConsumerFirst`), not a surname (`MacLeod`)."""
    match = _BRAND_RE.fullmatch(word)
    return match is not None and match.group("first").lower() not in _SURNAME_PREFIXES


_TITLE_CASE_POST_NOMINALS: frozenset[str] = frozenset("jr esq".split())
"""Letters after a name the press writes with one capital (`Jr`, `Esq`); the others it writes in capitals (`MBA`)."""


def post_nominal_word(word: str) -> bool:
    """Say whether a word after a name is letters of a post or degree (`MBA`, `PhD`, `M.D.`, `Jr`): written with one
    capital and no point, only `Jr` and `Esq` are; `Mba`, `Md` so written are family names (wave 47f)."""
    if "." in word and word.lower().rstrip(".") in DOTTED_DEGREES:
        return True  # "Ph.D.", "Ed.D.": a degree in mixed case, written with its stops (wave 49e)
    bare = word.lower().replace(".", "")
    if bare not in POST_NOMINALS:
        return False
    return bare in _TITLE_CASE_POST_NOMINALS or "." in word or not word[1:].islower()


_INNER_POSSESSIVE_RE = re.compile(r"[A-Z]+['\u2019][A-Z]+")
"""A word in capitals with an apostrophe inside a heading's name: `SHERIFF'S`, `O'NEILL`."""


def _heading_case(word: str) -> str:
    """Write a heading's word in capitals as a name's (`OFFICE` -> `Office`, `SHERIFF'S` -> `Sheriff's`, `O'NEILL`
    -> `O'Neill`)."""
    cased = word.title()
    return cased[:-1] + "s" if cased.endswith(("'S", "\u2019S")) else cased


_QUESTION_WORDS: frozenset[str] = frozenset("what how why".split())
"""Question words that open a heading before a name (`What the Arts Council says`); `What` before a bare name may be
the name's own (`What Works Centre`), `How` and `Why` never are."""


def _opens_on_question(words: list[str]) -> bool:
    """Say whether a run opens on a heading's question word before a name: `How`/`Why` any, `What` before an article."""
    first = words[0].lower()
    return first in _QUESTION_WORDS and words[0][:1].isupper() and (first != "what" or words[1].lower() in ("the", "a", "an"))


@functools.lru_cache(maxsize=8192)
def _classify_run(run: str) -> Mention | None:
    """Classify a run as if it stood at offset 0: the answer depends on its words only, so it is cached."""
    offset = 0
    possessive = bool(_POSSESSIVE_RE.search(run))
    words = _POSSESSIVE_RE.sub("", run).split()
    if len(words) >= 2 and all(w.isupper() and len(w) > 1 for w in words if w.isalpha()) \
            and any(len(w) > 5 for w in words):
        words = [_heading_case(w) if w.isalpha() and w.lower() not in POST_NOMINALS or _INNER_POSSESSIVE_RE.fullmatch(w)
                 else w for w in words]  # a heading
    while len(words) > 1 and post_nominal_word(words[-1]):
        words = words[:-1]
    while len(words) > 1 and _DESCRIPTOR_RE.fullmatch(words[0]):
        words = words[1:]  # "Dad-of-two Mark Ellison": a description, then the name
    words = past_place_description(words)  # "St. Louis-based Acme Inc.": the place described, then the name (48e)
    words = _without_modal(words)
    if is_headline_run(words):
        return None  # "AG Jo Roe Secures Deal": a headline's words, no speaker
    if _country_pair(words):
        return None  # "the UK and Ireland", "the US and Canada": places, no body
    if national_pair(words):  # "Fisheries and Oceans Canada": one national body, never a person nor two (32e)
        return Mention(offset, offset + len(run), " ".join(words), "org", possessive)
    campaign = campaign_words(words) if "the" in words else None
    if campaign:  # "The Save the Tarnby Meadows group": a campaign named by its aim, one body (51w)
        return Mention(offset, offset + len(run), " ".join(campaign), "org", possessive)
    if whole_body_name(words):  # "His Majesty's Treasury", "Patient Voice Eastby": the opening word kept
        tail = _titled_tail(words[2:])  # "His Majesty's Inspector of Prisons Jo Roe": the person after the post
        return Mention(offset, offset + len(run), " ".join(tail or words), "person" if tail else "org", possessive,
                       words[2].lower() if tail else "")
    if len(words) > 2 and _opens_on_question(words):
        words = words[1:]  # "What the Arts Council says", "How Acme Water failed": a heading's question, then the name
    while words and (words[0].lower() in SENTENCE_STARTERS and not _ACRONYM_RE.fullmatch(words[0])
                     and not _modifies_a_head(words) and not _irish_article_name(words) and not _opening_noun(words)
                     or _time_before_article(words)):
        words = words[1:]
    if len(words) > 1 and (words[1] in ("for", "of") or words[0] == "for"):
        words = _without_acting_for(_without_members_of(words))  # "Members of the X Union", "Acting for X"
    words = _without_document_title(words)
    traded = past_trade_descriptor(words)
    if traded:  # "Retailer Brightway said": the company after its trade (43l)
        return Mention(offset, offset + len(run), " ".join(traded), "org", possessive)
    if len(words) >= 2 and words[0].lower() in _REGULATOR_TITLES and not names_an_organisation(words):
        return Mention(offset, offset + len(run), " ".join(words[1:]), "org", possessive, "regulator")
    if "of" in words[2:6] and words[-1].lower() not in _NUMBERED_HEADS and not _place_body_of(words):
        # "Grace Obi of Penfold Brokers": the person; "Alder Vale Church of England Primary School": a body's name
        left = person_name(without_glued_role(words[:words.index("of")]))
        if left and " " in left and not any(w.lower() in ROLES for w in left.split()):
            return Mention(offset, offset + len(run), left, "person", False)
    family = _family_after_honorific(words)
    if family:  # "Mr Do", "Ms May", "Dr King": a family name that is also a common word or a title
        return Mention(offset, offset + len(run), family, "person", possessive, words[0].lower().rstrip("."))
    after_acronym = _person_after_acronym(words)
    if after_acronym:  # "INMO General Secretary Jo Roe", "the INMO Jo Roe": the person after the body's acronym
        return Mention(offset, offset + len(run), after_acronym, "person", possessive)
    after_role = person_after_role_acronym(words)
    if after_role:  # "Acme Water CEO Jo Roe", "Westmarch PCC Gareth Pryce": the person after the post's letters
        return Mention(offset, offset + len(run), after_role[0], "person", possessive, after_role[1])
    after_body = person_after_body_name(words)
    if after_body:  # "Department of Health Deputy Director Jo Roe": the person after the body's name and title
        return Mention(offset, offset + len(run), after_body[0], "person", possessive, after_body[1])
    opened = 1 if len(words) > 4 and words[0].lower() in POST_ADJECTIVES and words[0].lower() not in ROLES else 0
    tail = _titled_tail(words[opened:])  # "Parliamentary Commissioner for Standards Jo Roe": the title after it
    if tail:  # "Director of Services for Housing Jo Bloggs": the person after the title
        first = words[opened].lower()  # "Law Minister Jo Roe": the minister, `law` being a qualifier (43f)
        title = first if first not in _JURISDICTIONS and first not in TITLE_QUALIFIERS \
            else _post_title(words[:-len(tail)])
        return Mention(offset, offset + len(run), " ".join(tail), "person", possessive, title)  # "State Auditor X"
    after_post = person_after_post_head(words)
    if after_post:  # "Local Government and Social Care Ombudsman Jo Roe": the person after the post's office
        return Mention(offset, offset + len(run), after_post[0], "person", possessive, after_post[1])
    if len(words) == 1 and thing_acronym(words[0]):
        return None  # "AI scan tool finds ...", "GDP growth slows": a thing, no party
    if not possessive and len(words) > 1 and all(w.lower() in ROLES for w in words):
        return None  # "Jo Roe, Chief Executive": a post, whatever its last word heads elsewhere (wave 20b)
    if words and (names_an_organisation(words) or office_of_remit(words)) or len(words) == 1 and _brand_word(words[0]):
        return Mention(offset, offset + len(run), " ".join(words), "org", possessive)  # "ConsumerFirst", "HomeServe"
    if adjective_body(words) and not person_name(words[1:]):
        return Mention(offset, offset + len(run), " ".join(words), "org", possessive)  # "National Highways"
    while words and words[0].lower() in NOT_NAMES and not _ACRONYM_RE.fullmatch(words[0]) or words[:1] == ["A&E"]:
        words = words[1:]
    if not words:
        return None
    if qualified_site(words):
        return Mention(offset, offset + len(run), " ".join(words), "org", possessive)  # "Corvasco State Park"
    person = person_name(without_glued_role(words))  # "Jo Roechief executive, said": Jo Roe
    if not person or _post_noun_name(person) or _common_run_name(person) or things_after_head(words, person):
        return None  # ... "Times Higher Education", "Housing Choice Voucher": a body's or a scheme's name, no person
    before = words[:len(words) - len(person.split())] + person.split()[:1]  # "Minister Callan": minister
    return Mention(offset, offset + len(run), person, "person", possessive, _post_title(before))


SITE_NOUNS: frozenset[str] = load_words("site_nouns")
"""Nouns that close a public site's name after a title's qualifier (`State Park`, `National Forest`)."""


_LOCATIVE_RE = re.compile(r"\b(?:in|at|near|inside|within|across|around|through|into|to|from|outside|beside)\s+"
                          r"(?:the\s+)?\Z", re.IGNORECASE)
"""A preposition of place right before a name (`in the`, `near`): the site so named is where, no speaker."""
_LOCATIVE_REACH = 12
"""How far before a name the preposition of place is looked for."""


def qualified_site(words: list[str]) -> bool:
    """Say whether a run closes on a title's qualifier and a public site's noun (`Corvasco State Park`, `Harl National
    Forest`): the site's name, no person after a title `State` (wave 61e); `Minister of State Brophy` is a person."""
    return len(words) >= 2 and words[-2].lower() in TITLE_QUALIFIERS and words[-1].lower() in SITE_NOUNS


def _place_body_of(words: list[str]) -> bool:
    """Say whether the first `of` of a run joins a body's opening word to a place (`Church of England`, `Isle of
    Man`, `Diocese of Kells`): a name of the shape `X of <place>` inside a longer name, never `<person> of <body>`
    (wave 50f)."""
    at = words.index("of")
    return 0 < at < len(words) - 1 and words[at - 1].lower() in BODY_OF_HEADS \
        and words[at + 1].lower() in PLACE_WORDS | COUNTRY_NAMES


def _post_noun_name(name: str) -> bool:
    """Say whether a name read as a person's is common words ending in a post's noun (`Economy Monitor` of `the Visitor
    Economy Monitor`, `Jobs Monitor`): a publication's title, no person (wave 22b); `Victor`, `Jo Spector` are names."""
    words = name.split()
    return len(words) >= 2 and _TITLE_NOUN_RE.fullmatch(words[-1]) is not None \
        and all(is_common_noun(w) for w in words)


COMMON_RUN_HEADS: frozenset[str] = load_words("common_run_heads")
"""Last words of a run of common words naming an occasion, a section or an account's line (`World Oceans Day`)."""


def _common_run_name(name: str) -> bool:
    """Say whether a name read as a person's is common words closing on an occasion's, a section's or an account's
    noun (`Coral Reef Day`, `Top Story`, `Operating Income`): no person (wave 47a); `Doris Day` is a name."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in COMMON_RUN_HEADS \
        and all(is_common_noun(w) or _GERUND_RE.fullmatch(w) is not None for w in words[:-1])


_GERUND_RE = re.compile(r"[A-Z][a-z]{2,}ing")
"""A capitalised word in `-ing` (`Operating`, `Closing`): a modifier of a common noun, no given name."""


def _post_title(words: list[str]) -> str:
    """Return the last title among the words before a person's name: a role (`Minister Callan`: minister) or a post's
    noun (`City Auditor Gina Holt`: auditor), never the place the post serves (`State`); else nothing."""
    if len(words) > 1 and words[-1].lower() in TITLE_GIVEN_NAMES and words[-2].lower().rstrip(".") in ROLES:
        words = words[:-1]  # "Minister Dean Roe": minister, Dean her given name (45f)
    titles = [w.lower().rstrip(".") for w in words if (w.lower().rstrip(".") in ROLES or _TITLE_NOUN_RE.fullmatch(w))
              and w.lower() not in _JURISDICTIONS]
    return titles[-1] if titles else ""


_MEMBER_WORDS: frozenset[str] = frozenset("members member staff officials representatives leaders delegates".split())
"""Words for a body's people before `of` (`Members of the Acme Union`): the name is the body's after them."""


_MODALS: frozenset[str] = MODAL_VERBS - {"may"}
"""Modal verbs a title-case line writes with a capital after a name (`Jo Roe Will Step Down`): never a name's part
(`May` left out: a month, and a given name)."""


COUNTRY_ACRONYMS = load_words("country_acronyms")


def _country_pair(words: list[str]) -> bool:
    """Say whether words are two places joined by `and`, one a country's acronym (`UK and Poland`, `US and Canada`)."""
    return len(words) == 3 and words[1] == "and" and any(w.isupper() and w.lower() in COUNTRY_ACRONYMS for w in words) \
        and all(w[:1].isupper() and w.lower() not in ORG_HEADS for w in (words[0], words[2]))


MODAL_GIVEN_NAMES: frozenset[str] = load_words("modal_given_names")
"""Modal verbs that are also a given name (`Will`), in lower case."""


def _without_modal(words: list[str]) -> list[str]:
    """Cut a run at a capitalised modal after two words or more (`Jo Roe Will Step Down` -> `Jo Roe`), unless it is
    a given name between a post and one surname (`Chief Constable Will Roe`)."""
    at = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in _MODALS and w[:1].isupper()), len(words))
    return words if _modal_given_name(words, at) else words[:at]


def _modal_given_name(words: list[str], at: int) -> bool:
    """Say whether the modal at `at` is a given name: right after a post's word and before the one surname that ends
    the words, no common word (`Deputy Chief Constable Will Roe`; never `Chief Executive Will Resign`; wave 60v)."""
    return at == len(words) - 2 and words[at].lower() in MODAL_GIVEN_NAMES and _post_word(words[at - 1]) \
        and not _common_word(words[at + 1])


def _without_members_of(words: list[str]) -> list[str]:
    """Drop `Members of (the)` or a role and `of` before a body's name: `Members of the Acme Union`, `CEO of Acme
    Health` name the body."""
    if len(words) > 3 and (words[0].lower() in _MEMBER_WORDS or words[0].lower() in ROLES) and words[1] == "of":
        rest = words[3:] if words[2] == "the" else words[2:]
        named = words[0].lower() in ROLES and person_name(rest[-2:]) is not None  # "Director of Housing Jo Roe"
        return rest if names_an_organisation(rest) and not named else words
    return words


def _without_acting_for(words: list[str]) -> list[str]:
    """Drop a participle and `for` before a body (`Prosecuting for Acme Council`): the body, not the act."""
    if len(words) > 2 and words[1] == "for" and words[0].endswith("ing") and words[0][1:].islower():
        return words[2:]
    return words[1:] if len(words) > 1 and words[0] == "for" else words


def _modifies_a_head(words: list[str]) -> bool:
    """Say whether a capitalised word before a head names the body (`Press Association`, `Outlook Housing`), a legal
    form after the head or not (`Outlook Group Corp.`, wave 41f)."""
    if len(words) == 3 and words[2].lower().rstrip(".") in LEGAL_FORMS:
        words = words[:2]
    return len(words) == 2 and words[1].lower() in ORG_HEADS and words[0].lower() not in NOT_NAMES \
        and words[0][1:].islower()


def _time_before_article(words: list[str]) -> bool:
    """Say whether a run opens on a month, a day or another word that names nothing, then `the` (`In March the Labour
    Court recommended`, `On Tuesday the Harbour Board said`): the body's name starts after them (wave 22b)."""
    return len(words) > 2 and words[1] == "the" and words[0].lower() in NOT_NAMES and words[2][:1].isupper()


NAME_OPENING_NOUNS = load_words("name_opening_nouns")
"""Starter nouns that also open a body's name before a common word (`Contact Centre Employers' Forum`)."""


def _opening_noun(words: list[str]) -> bool:
    """Say whether a starter noun opens a body's name of three words or more (`Contact Centre Employers' Forum`,
    `Trading Standards Service`): the next word is a head or a common noun's plural and the rest is a body's name
    (wave 22b); before a name (`Contact Acme Water`) the noun is still a starter."""
    if len(words) < 3 or words[0].lower() not in NAME_OPENING_NOUNS or not words[0][1:].islower():
        return False
    second = words[1]
    compound = second.lower() in ORG_HEADS or is_common_noun(_singular(second)) and _singular(second) != second
    return compound and second.lower() not in SENTENCE_STARTERS and names_an_organisation(words[1:])


def _singular(word: str) -> str:
    """Return the singular of a capitalised plural (`Standards` -> `Standard`, `Cities` -> `City`), else the word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _irish_article_name(words: list[str]) -> bool:
    """Say whether `An` opens a body's Irish name (`An Garda Síochána`): no English article precedes a full name; an
    English article before an acronym opens none (`An HM Coastguard spokesperson`, wave 21a)."""
    return len(words) >= 3 and words[0] == "An" and _ACRONYM_RE.fullmatch(words[1]) is None \
        and (person_name(words[1:]) is not None or words[1].lower() in ORG_HEADS)


FAITH_WORDS = load_words("faith_words")
"""Words of a faith or denomination (`Methodist`, `Baptist`) that make a place of worship's name a body's."""
WORSHIP_HEADS = load_words("worship_heads")
"""Nouns of a place of worship that are also family names (`Church`, `Chapel`)."""


def _worship_place(words: list[str]) -> bool:
    """Say whether a name is a place of worship's by its faith (`Pine Hollow Methodist Church`), never `Ellen Church`."""
    return len(words) >= 2 and words[-1].lower() in WORSHIP_HEADS and words[-2].lower() in FAITH_WORDS


def _campaign_name(words: list[str]) -> bool:
    """Say whether a name is a campaign's phrase (`Mothers Against Blades`, `Families For Fair Fares`, `Campaign to
    Protect Quiet Lanes`)."""
    return len(words) >= 3 and any(w in ("Against", "For") for w in words[1:-1]) or head_then_aim(words)


def _person_after_acronym(words: list[str]) -> str | None:
    """Return the person a run names after a body's acronym and any title (`ANMU General Secretary Ruth Keane`), or
    None when the words after the acronym name a body (`ANMU Cork Branch`) or no person."""
    if len(words) < 3 or not _ACRONYM_RE.fullmatch(words[0]) or names_an_organisation(words[1:]) \
            or place_after_acronym(words):
        return None
    person = person_name(words[1:])
    return person if person and " " in person and " ".join(words[1:]).endswith(person) else None


ROLE_ACRONYMS = load_words("role_acronyms")
"""Posts written as capitals before their holder's name (`CEO`, `CFO`, `PCC`, `DA`; `data/role_acronyms.txt`)."""


def person_after_role_acronym(words: list[str]) -> tuple[str, str] | None:
    """Return the person and the post when a run puts a post's capitals (`CEO`) after a name and before a person's
    name of two words or more that ends it (`Acme Water CEO Jo Roe`, `X President and CEO Jo Roe`), else None."""
    return _person_after(words, _role_acronym_at(words))


def _role_acronym_at(words: list[str]) -> int:
    """Return the index of the last post's capitals before a run's last two words (`CEO`), else 0."""
    return next((i for i in range(len(words) - 2, 0, -1) if words[i].isupper() and words[i].lower() in ROLE_ACRONYMS),
                0)


def _person_after(words: list[str], at: int) -> tuple[str, str] | None:
    """Return the person and the post when the words after a post's word `at` (0: none) are a person's name of two
    words or more, the whole rest of the run, else None."""
    if not at:
        return None
    rest = words[at + 1:]
    person = person_name(rest)
    return (person, words[at].lower()) if person and " " in person and person == " ".join(rest) else None


_POST_HEADS: frozenset[str] = frozenset(
    "ombudsman commissioner regulator registrar coroner auditor inspector adjudicator examiner controller comptroller"
    .split())
"""Heads of an office one person holds (`Pensions Ombudsman`, `Scottish Public Services Ombudsman`): a full name
after one is its holder's."""


def office_of_remit(words: list[str]) -> bool:
    """Say whether a run is an office one person holds and a remit that opens on a role word, common words only
    (`Registrar of Consultant Lobbyists`, `Commissioner for Public Appointments`): the office speaks as a body, no
    person is named (`Controller of Audit`, with no role word, is read as before)."""
    return len(words) >= 4 and words[0].lower() in _POST_HEADS and words[1] in ("of", "for") \
        and _remit_word(words, 2) and all(_common_word(w) or w.lower() in ROLES for w in words[3:])


def person_after_post_head(words: list[str]) -> tuple[str, str] | None:
    """Return the person and the post when a run is an office's name ending in a post's head and a full name of two
    words or more (`Local Government Ombudsman Jo Roe`), else None."""
    return _person_after(words, next((i for i in range(len(words) - 3, 0, -1)
                                      if words[i].lower() in _POST_HEADS and words[i][:1].isupper()), 0))


def _employer_before_post(run: str, at: int) -> Mention | None:
    """Return the body named before a post's capitals in a run (`Osterlund Wireless` in `Osterlund Wireless CEO Jo
    Roe`, `X Power` in `X Power President and CEO Jo Roe`) when its words alone name a body, else None."""
    spans = [m.span() for m in _WORD_SPAN_RE.finditer(run)]
    words = [run[a:b] for a, b in spans]
    post = _role_acronym_at(words)
    while post > 0 and (words[post - 1] == "and" or words[post - 1].lower() in ROLES):
        post -= 1  # "President and CEO": the posts' words are no part of the body's name
    if not post:
        return None
    body = classify(run[:spans[post - 1][1]], at)
    return body if body is not None and body.kind == "org" else None


_WORD_SPAN_RE = re.compile(r"\S+")


_OWNER_END_RE = re.compile(r"\w['\u2019]s(?= [A-Z])")
"""The first possessive in a run right before a capitalised word (`County's` of `X County's Public Health Director`)."""


def _owner_before_post(run: str, at: int) -> Mention | None:
    """Return the body whose possessive opens a run read as a titled person (`Dunmore County` in `Dunmore County's
    Public Health Director Alys Penhale`) when its words alone name a body, else None (wave 61e)."""
    found = _OWNER_END_RE.search(run)
    body = classify(run[:found.end()], at) if found is not None else None
    return body if body is not None and body.kind == "org" and body.possessive else None


MAX_BODY_BEFORE_TITLE = 8
"""A body's name before a title and a name in one run: `Department of Economic Development`."""


def person_after_body_name(words: list[str]) -> tuple[str, str] | None:
    """Return the person and their title when a run is a body's `X of Y` name, title words and a name of two words
    or more (`Department of Economic Development Deputy Director Lisa Roe`), else None (`Department of Health`)."""
    if len(words) < 6 or "of" not in words[1:4]:
        return None  # the cheap test first: `Ministry of X` and at least a title and two name words after it
    for at in range(3, min(len(words) - 2, MAX_BODY_BEFORE_TITLE + 1)):
        title = words[at].lower().rstrip(".")
        if title not in ROLES or title in VOICE_ROLES or not words[at][:1].isupper():
            continue
        if not names_an_organisation(words[:at]):
            continue
        roles = at
        while roles < len(words) and words[roles].lower().rstrip(".") in ROLES:
            roles += 1
        titles = [w.lower().rstrip(".") for w in words[at:roles]]
        title = next((t for t in reversed(titles) if t not in HONORIFICS), titles[-1])
        person = person_name(words[roles:])
        if person and " " in person and person == " ".join(words[roles:]):
            return person, title  # "Ministry of X Deputy Director Jo Roe"
        tail = _titled_tail(words[at:])  # "Ministry of X Chief Inspector of Prisons Jo Roe"
        return (" ".join(tail), title) if tail else None
    return None


_NAME_LINKS: frozenset[str] = frozenset("of for and the &".split())
"""Words inside a title that link it to what the post is of (`Inspector of Custody`): the word after one is no name."""


def _titled_tail(words: list[str]) -> list[str]:
    """Return the two or three name words ending a run that starts with a title, else nothing."""
    if len(words) < 4 or not _opens_on_title(words) or _head_before_link(words):
        return []
    tail: list[str] = []
    linked = max((i for i, w in enumerate(words) if w in _NAME_LINKS), default=-2)
    start = max(len(words) - 3 - _prefix_count(words[-5:]), linked + 2)
    while start > max(1, linked + 2) and _INITIAL_RE.fullmatch(words[start - 1]) and _INITIAL_RE.fullmatch(words[start]):
        start -= 1  # "Law Minister D V Jo Roe": the initials before the window are the name's too (wave 43f)
    for word in reversed(words[start:]):  # not Custody
        low = word.lower()
        if tail and word in NAME_PARTICLES:
            tail.insert(0, word)  # "Chief Ombudsman Jo van der Berg": the particles inside the name
            continue
        if not _NAME_WORD_RE.fullmatch(word) or low in ROLES or low in ORG_HEADS or low in NOT_NAMES:
            break
        tail.insert(0, word)
    if tail and tail[-1].lower() in PLACE_WORDS:
        return []  # "Public Health Data Scotland": a body of a country, no person
    tail = _without_title_noun(tail)
    if len(tail) == 3 and tail[1].lower() in GIVEN_NAMES and tail[0].lower() not in GIVEN_NAMES and _common_word(tail[0]):
        tail = tail[1:]  # "Minister for Foreign Affairs Jo Roe": the remit's last word, then a given name (40e)
    if _remit_rest(words, linked, tail):
        return []  # "Minister for Early Childhood Education": the remit's last words, no person (53h)
    return tail if len(tail) >= 2 else []


def _remit_rest(words: list[str], linked: int, tail: list[str]) -> bool:
    """Say whether a title's tail is the rest of the remit after its link (`Childhood Education` of `Minister for
    Early Childhood Education`): one word after the link, then the tail, all of them a remit's words."""
    remit = words[linked + 1:]
    return linked >= 1 and len(remit) == len(tail) + 1 and remit_words(remit)


def remit_words(words: list[str]) -> bool:
    """Say whether capitalised words are common words only, none a given name (`Early Childhood Education`): a post's
    remit, never a person's name after part of it."""
    return bool(words) and all(_common_word(w) and w.lower() not in GIVEN_NAMES for w in words)


_INITIAL_RE = re.compile(rf"[{_UPPER}]\.?")
"""One capital letter, with or without its point: an initial of a person's name (`D`, `V.`)."""


def _opens_on_title(words: list[str]) -> bool:
    """Say whether a run opens on a title: a role word first, or after one or two qualifiers of a post with a remit
    (`Mayoral Committee Member for Water Services Jo Roe`, wave 41g)."""
    if words[0].lower() in ROLES:
        return True
    role = next((i for i, w in enumerate(words[1:3], 1) if w.lower() in ROLES), 0)
    return role > 0 and words[role + 1:role + 2] == ["for"] and words[0].lower() not in ORG_HEADS


def _head_before_link(words: list[str]) -> bool:
    """Say whether a body's head stands right before the run's first `of`, `for` or `on` (`National Association of
    Retained Fire Crews`, `Royal College of X`, `State Commission on X`): what follows is what the body is of, never a
    person after a title (wave 21b, `on` wave 32f)."""
    link = next((i for i, w in enumerate(words[:5]) if w in ("of", "for", "on")), 0)  # "Commission on X" (32f)
    return link > 1 and words[link - 1].lower() in ORG_HEADS and words[link - 1].lower() not in ROLES \
        and words[link - 1][:1].isupper()


NAME_PREFIXES = load_words("name_prefixes")
"""Capitalised words opening a family name of several words: `Mac`, `Ní`, `Ó` (`Ailbhe Mac Giolla Phádraig`)."""


def _prefix_count(words: list[str]) -> int:
    """Count the family-name prefixes and particles among a run's last words (`Mac` in `Ailbhe Mac Giolla Phádraig`,
    `van der` in `Jo van der Berg`): they make the name longer, not another's."""
    return sum(1 for w in words[1:] if w.lower() in NAME_PREFIXES or w in NAME_PARTICLES)


_HEAD_LINKS: tuple[str, ...] = ("of", "for", "na", "on", "at")
"""Words after a body's head that say what it is of: `Ministry of Justice`, Irish `Bord na Móintí` (board of wind),
`Committee on Infractions` (wave 19b), or where it sits (`Independent Monitoring Board at HMP X`: the board, 46w)."""


HEAD_FIRST_BODIES = load_words("head_first_bodies")
"""Heads that open a body's name before `of` and a place: `Borough of X`, `City of X`."""


def _head_first_name(words: list[str]) -> bool:
    """Say whether capitalised words are a head, `of` and a place's name (`Borough of Kestle`, `Port of Tarrow`), the
    place's name maybe ending in a place's word (`City of Harbor Bend`, `Village of Cedar Falls`, wave 47w)."""
    return len(words) >= 3 and words[0].lower() in HEAD_FIRST_BODIES and words[0][0].isupper() and words[1] == "of" \
        and words[2][:1].isupper()


OF_BODIES = load_words("of_bodies")
"""Words that open a body's name before `of` (`Friends of the Earth`; `data/of_bodies.txt`)."""
THING_ACRONYMS = load_words("thing_acronyms")
"""Acronyms of things and measures (`AI`, `GDP`, `VAT`): written in capitals and alone, they name no body."""


def thing_acronym(word: str) -> bool:
    """Say whether a word is an acronym of a thing written as one (`AI`, `EVs`), not a word in title case (`It`)."""
    return word.lower() in THING_ACRONYMS and word != word.capitalize()


def _of_body_name(words: list[str]) -> bool:
    """Say whether capitalised words are a supporters' body: `Friends of (the) X`, X capitalised (a park, a library,
    a cause; the press writes a person's friends in lower case)."""
    if len(words) < 3 or words[0].lower() not in OF_BODIES or not words[0][0].isupper() or words[1] != "of":
        return False
    rest = words[3:] if words[2] == "the" else words[2:]
    return bool(rest) and rest[0][:1].isupper()


def _firm_ampersand(words: list[str]) -> bool:
    """Say whether an `&` inside words joins a firm's names (`Marlow & Finch`), not a document's two nouns (`Annual
    Report & Accounts`, `Report & Financial Statements`: a document's title, no body; wave 43f)."""
    if "&" not in words[1:-1]:
        return False
    at = words.index("&", 1)
    return not (words[at - 1].lower() in DOCUMENT_NOUNS and words[-1].lower() in DOCUMENT_NOUNS)


def names_an_organisation(words: list[str]) -> bool:
    """Say whether capitalised words name a body: `Harbour Board`, `Ministry of Justice`, `NHS`, `Acme plc`."""
    last = words[-1].lower()
    if (last in ORG_HEADS or last in _ORG_FORMS) and (words[-1][0].isupper() or last in _ORG_FORMS):
        return len(words) > 1  # a bare "Council" or "Retail" is a common noun
    if last in CAPITALISED_HEADS and len(words) > 1 and all(w[:1].isupper() for w in words):
        return True  # "Dunmore Pay Review Body", "Kelso Water Utility": a head only when capitalised (wave 50g)
    if words[-1] == "Local" and len(words) > 1:
        return True  # "Utility Workers Local" (417): a union's numbered branch
    if "-" in last and all(part in OUTLET_HEADS for part in last.split("-")):
        return True  # "Kilda Post-Herald", "Times-Courier": a paper's heads joined, never a surname (45f)
    if len(words) >= 3 and last in REGION_WORDS and names_an_organisation(words[:-1]):
        return True  # "Arts Board North": a body's name and the region it serves
    if _head_first_name(words) or _of_body_name(words):
        return True  # "Borough of Kestle", "City of Arden": the head before `of` and the place; "Friends of X"
    if _firm_ampersand(words) or _campaign_name(words) or _irish_article_name(words) or _irish_head_first(words) \
            or _worship_place(words):
        return True  # "Marlow & Finch", "Mothers Against Blades", "An Garda Síochána", "Grace Baptist Church"
    if len(words) >= 2 and last in _COUNTRIES and any(w.lower() in _NATIONAL_BODY_WORDS for w in words[:-1]):
        return True  # "Audit Scotland", "Transport Scotland", "Public Health Wales": a national body
    if _national_body(words):
        return True  # "Bank Negara Malaysia", "Health New Zealand", "Statistics Canada" (wave 56b)
    if len(words) > 2 and any(w.lower() in ORG_HEADS and w[0].isupper() and nxt in _HEAD_LINKS
                              for w, nxt in zip(words, words[1:])):
        return True  # "Ministry of Justice", "Charities Regulator for England and Wales"
    return any(_ACRONYM_RE.fullmatch(word) and word.lower() not in POST_NOMINALS for word in words) and words != ["I"] \
        and not all(w.lower() in ROLES or w.lower() in NOT_NAMES for w in words)


def _national_body(words: list[str]) -> bool:
    """Say whether a name ends in a country's after a body's or sector's word and no role or honorific (`Bank Negara
    Malaysia`, `Transparency International Kenya`), never a titled person with a country's surname (`Police Chief
    Jordan`, wave 56b)."""
    before = words[:len(words) - country_tail(words)]
    return len(before) < len(words) and any(w.lower() in _NATIONAL_BODY_WORDS for w in before) \
        and not any(w.lower().rstrip(".") in ROLES or w.lower().rstrip(".") in HONORIFICS for w in before)


def person_name(words: list[str]) -> str | None:
    """Return a person's name without titles or roles (`Chief Executive Dr Jane Roe` -> `Jane Roe`)."""
    titled, honorific = False, ""
    while len(words) > 2 and words[0].lower() in ORG_HEADS:
        words = words[1:]  # "Ombudsman Rachel Whitlock": a body's head used as a title
    roles = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in ROLES and not _remit_word(words, i)
             and not _given_after_post(words, i) and not _given_abbreviation(words, i)]
    if roles:  # "Director of Housing Services Dr Jo Roe": the name follows the last title
        last = roles[-1]
        titled, honorific = True, words[last]  # "Mayor Lindqvist", "Mr Key"
        words = words[last + 1:]
    words = _without_title_noun(words)
    if words and words[0].lower().rstrip(".") in _PLACE_OPENERS:
        return None  # "Co Wexford", "Mt Pleasant": a place, no person
    if not words or len(_without_particles(words)) > 4 or (len(words) == 1 and not titled and not _JOINED_FAMILY_RE.match(words[0])) \
            or all(w.lower() in ROLES and not nationality_surname(words, i, titled) for i, w in enumerate(words)):
        return None  # "Procurator Fiscal": a role without a name; "Ms English" names her (wave 67x)
    if any((not _NAME_WORD_RE.fullmatch(w) and not _inner_particle(words, i) and not _romanised_given(words, i)
            or w.lower() in NOT_NAMES and not calendar_name_word(words, i, titled) and not nationality_surname(words, i, titled)
            or w.lower() in ORG_HEADS
            or w.lower() in DOCUMENT_NOUNS) and not (w[:1].islower() and is_gaelic_word(words, i))
           for i, w in enumerate(words)) or (len(words) > 1 and words[-1].lower() in PLACE_WORDS | RULE_WORDS):
        return None  # "Police Scotland", "Quality Assessment", "Great Britain" are no person
    if len(words) == 1 and words[0].lower() in RULE_WORDS and honorific.lower().rstrip(".") not in HONORIFICS:
        return None  # "Freedom of Information Act": a law after a word that may be a title, no person
    return " ".join([honorific, *words] if honorific and (len(words) == 1 or words[0] in NAME_PARTICLES) else words)


def things_after_head(words: list[str], person: str) -> bool:
    """Say whether a run read as a person after a body's head noun (`Times Higher Education` -> `Higher Education`,
    no post between) names things instead: a common word among the person's words, the first no given name nor a
    post's word (`Ombudsman Deborah Quayle`, `County Auditor Marrow` are people; `Housing Choice Voucher` a scheme)."""
    named = person.split()
    return len(words) == len(named) + 1 and words[0].lower() in ORG_HEADS and words[1:] == named \
        and named[0].lower() not in GIVEN_NAMES and not _post_word(named[0]) and any(_common_word(w) for w in named)


def _post_word(word: str) -> bool:
    """Say whether a word names a post (`Auditor`, `Commissioner`, `Sheriff`): `County Auditor Marrow` is a person."""
    return word.lower() in ROLES or _TITLE_NOUN_RE.fullmatch(word) is not None


_ROMANISED_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")
"""A given name of two syllables joined by a hyphen, the second in lower case (`Sai-hung`, `Min-jun`, `Boon-leong`)."""
_HYPHEN_PREFIXES: frozenset[str] = frozenset(
    "co non ex self mid post pre well cross long short anti pro multi sub re year follow vice under over half all low "
    "high part full end one two".split())
"""First halves of hyphenated common words (`Co-op`, `Mid-year`, `Well-being`): never a given name's syllable."""


def _romanised_given(words: list[str], at: int) -> bool:
    """Say whether the word at `at` is a romanised two-syllable given name closing a name after the family name
    (`Lam Sai-hung`, `Kim Min-jun`, `Tan Boon-leong`: Hong Kong, Korean, Singaporean and Malaysian press, wave 47a)."""
    word = words[at]
    return at == len(words) - 1 and at >= 1 and _ROMANISED_GIVEN_RE.fullmatch(word) is not None \
        and word.split("-")[0].lower() not in _HYPHEN_PREFIXES


GIVEN_NAME_ABBREVIATIONS: frozenset[str] = load_words("given_name_abbreviations")
"""Given names abbreviated inside a name (`Md`, `Mohd`: Muhammad), in lower case."""


def _given_abbreviation(words: list[str], at: int) -> bool:
    """Say whether the word at `at` is an abbreviated given name inside a name, written with one capital after a name
    word (`Azrul Md Rashid`: Md is Muhammad, never the post `MD`; wave 47f)."""
    word = words[at]
    return at > 0 and word.lower() in GIVEN_NAME_ABBREVIATIONS and word[1:].islower() \
        and _NAME_WORD_RE.fullmatch(words[at - 1]) is not None and words[at - 1].lower() not in ROLES


TITLE_GIVEN_NAMES: frozenset[str] = load_words("title_given_names")
"""Words that are a post and a given name (`Dean`, `Earl`), in lower case."""


def _given_after_post(words: list[str], at: int) -> bool:
    """Say whether the word at `at` is a given name that is also a post, right after a post and before the surname
    that ends the words (`Minister Dean Roe`: Dean is her given name, minister her title; wave 45f)."""
    return at == len(words) - 2 and at > 0 and words[at].lower() in TITLE_GIVEN_NAMES \
        and words[at - 1].lower().rstrip(".") in ROLES


_REMIT_LINKS: frozenset[str] = frozenset("of for and on in".split())
"""Words inside a body's name before what it is of (`Registrar of Consultant Lobbyists`, `Labour and Social
Development Canada`, `Committee on Standards in Public Life`)."""


def _remit_word(words: list[str], at: int) -> bool:
    """Say whether a role word stands inside a body's name, not before a person: right after `of`, `for`, `and`, `on`
    or `in`, and before a common word (`Consultant Lobbyists`, `Social Development`), never a name (`State Brophy`),
    an honorific (`and Mr Furlong`) or a title's own noun (`and Chief Negotiator`)."""
    role, after = words[at].lower().rstrip("."), words[at + 1] if at < len(words) - 1 else ""
    return 0 < at and words[at - 1] in _REMIT_LINKS and role in ROLES and role not in HONORIFICS \
        and _common_word(after) and after.lower() not in ROLES and not is_post_noun(after)


_PLACE_OPENERS: frozenset[str] = frozenset("co mt ft".split())
"""Abbreviations that open a place's name (`Co Wexford`, `Mt Vernon`, `Ft Worth`), never a person's."""
_TITLE_NOUN_RE = re.compile(r"(?=\w{7,})[A-Z][a-z]+(?:ician|ist|ator|itor|ector|essor|utor|ficial|eriff|ineer|uary)")
"""Agent nouns that name a post, not a person (`Statistician`, `Auditor`, `Official`, `Sheriff`, `Actuary`): no
given name ends so (`Victor`, `Hector` are too short to match)."""


def is_post_noun(word: str) -> bool:
    """Say whether a capitalised word is an agent noun naming a post (`Auditor`, `Statistician`), never a given name."""
    return _TITLE_NOUN_RE.fullmatch(word) is not None and word.lower() not in NOT_NAMES


def names_people_by_post(word: str) -> bool:
    """Say whether one capitalised word is a plural post (`Investigators`, `Officials`, `Economists`): people
    described, never a body's name (`Rangers`, `Wolves` are no posts)."""
    return len(word) > 7 and word.endswith("s") and _TITLE_NOUN_RE.fullmatch(word[:-1]) is not None


def _without_title_noun(words: list[str]) -> list[str]:
    """Drop a post's noun before a full name (`Statistician Orla Cremin`, `Auditor Nan Cole`): a title that no
    list holds, known by its ending; the name keeps two words or more."""
    if len(words) >= 3 and _TITLE_NOUN_RE.fullmatch(words[0]) and words[0].lower() not in NOT_NAMES:
        return words[1:]
    if len(words) >= 4 and words[0].lower() in _JURISDICTIONS and _TITLE_NOUN_RE.fullmatch(words[1]) \
            and words[1].lower() not in NOT_NAMES:
        return words[2:]  # "City Auditor Gina Holt": the place the post serves, then the post (wave 20a)
    return words




def examining_post(mention: Mention) -> bool:
    """Say whether a person is named with a post that examines and publishes (`City Auditor Gina Holt`)."""
    return mention.kind == "person" and mention.title in EXAMINING_POSTS


_JURISDICTIONS: frozenset[str] = frozenset(
    "city state county town borough district municipal federal provincial regional national parish village".split())
"""Places a public post serves, written before its noun (`City Auditor`, `State Auditor`): no title of their own."""


def _inner_particle(words: list[str], index: int) -> bool:
    """Say whether a word is a lower-case particle inside a name (`van` in `Ludwig van Damme`) or opening its family
    name after a title (`du` in `Mr du Plessis`), never its last word."""
    return 0 <= index < len(words) - 1 and words[index] in NAME_PARTICLES or is_gaelic_word(words, index)


_NAME_HONORIFICS: frozenset[str] = frozenset("mr mrs ms miss mx dr".split())
"""Honorifics only a person's name follows (`Mr May`), never a post (`Mr Mayor` is an address: `mayor` is a role)."""
_NEWS_ROLES = ROLE_WORDS | DESCRIBED_PEOPLE
"""The roles news texts write before a name (the data list alone, without the name parser's long list of titles)."""
_ADDRESSED_POSTS: frozenset[str] = frozenset("speaker chairman chairwoman chair president justice secretary".split())
"""Posts a person is addressed by after `Mr` or `Madam` (`Mr Speaker`, `Mr Justice`): no family name."""


def _family_after_honorific(words: list[str]) -> str | None:
    """Return `Mr Do` for an honorific and one name-shaped word that the word lists would refuse (a month, a common
    word, a rare title such as `Do` or `King`), None otherwise or when the word is a news role (`Mr Speaker`)."""
    if len(words) != 2 or words[0].lower().rstrip(".") not in _NAME_HONORIFICS or not _NAME_WORD_RE.fullmatch(words[1]):
        return None
    low = words[1].lower()
    if low in _NEWS_ROLES or low in _ADDRESSED_POSTS or low in HONORIFICS or low in ORG_HEADS or low in DOCUMENT_NOUNS or low in SENTENCE_STARTERS:
        return None
    return " ".join(words) if low in ROLES or low in NOT_NAMES else None


def _without_particles(words: list[str]) -> list[str]:
    """Return a name's words without its inner particles, to count them: `Maria da Costa` has two."""
    return [w for i, w in enumerate(words) if not _inner_particle(words, i)]


HEADS_KEPT = 4096
"""How many names' heads `head_noun` keeps."""


def is_person_name(name: str) -> bool:
    """Say whether a speaker's name reads as a person's (two to four name words, or an honorific and one)."""
    words = name.split()
    return bool(words) and not names_an_organisation(words) and person_name(words) is not None


@functools.lru_cache(maxsize=HEADS_KEPT)
def head_noun(name: str) -> str:
    """Return the head of a body's name, lower case: `Ministry of Justice` -> ministry, `Acme Water` -> water,
    `Bransdon Vale Creamery Ltd` -> creamery, `Animal Welfare League Cymru` -> league (wave 20b); remembered for the
    last names asked (wave 40a: every row's speaker is asked for it three times or more once the text is read), the
    answer depending on the name alone."""
    words = _without_form_or_nation(name.lower().split())
    for word, following in zip(words, words[1:]):
        if following in _HEAD_LINKS and (word in ORG_HEADS or word in HEAD_FIRST_BODIES and word == words[0]):
            return word  # "Ministry of Justice", "Borough of Kestle": the head before `of`
    return words[-1] if words else ""


def _without_form_or_nation(words: list[str]) -> list[str]:
    """Drop a legal form (`X Creamery Ltd`) and a nation after a head (`X League Cymru`) from a name's lower-case
    words: the noun before them is what the text calls the body (`the creamery`, `the league`)."""
    if len(words) > 2 and words[-1].rstrip(".") in LEGAL_FORMS \
            and (words[-2] in ORG_HEADS or is_common_noun(words[-2].capitalize())):
        words = words[:-1]  # never a partner's surname: "Harlan, Pruitt & Vega LLP" ... "Vega said" is Rosa Vega
    if len(words) > 2 and words[-1] in _COUNTRIES and words[-2] in ORG_HEADS:
        words = words[:-1]
    return words


def may_regulate(name: str) -> bool:
    """Say whether a body's name allows the text to call it `the regulator` (a commission, an authority), also by its
    Irish head (`Coimisiún na Meán`, `An Coimisiún Pleanála`: a commission, wave 22b); never a department named `X
    Office` (`Home Office`, wave 41f)."""
    if department_office(name):
        return False  # "Home Office": a department, though `office` heads a regulator's name (wave 41f)
    words = [head_noun(name)] + name.lower().split()[:1] + [irish_head_noun(name)]
    return bool(words) and (words[-1] in REGULATOR_HEADS or words[0] in REGULATOR_HEADS
                            or words[-1] in INSPECTORATE_HEADS or _national_regulator(name)
                            or _named_regulator(name))


IRISH_HEAD_NOUNS: dict[str, str] = dict(entry.split() for entry in load_words("irish_heads"))
"""An Irish head opening a body's name (`coimisiún`, `bord`) and the English noun a text calls the body by."""


def _irish_head_first(words: list[str]) -> bool:
    """Say whether a body's name opens on an Irish head before its name or `na`/`an` (`Coimisiún na Meán`,
    `Comharchumann Inis Cara`, `Cumann Lúthchleas Gael`): the head comes first in Irish (wave 22b)."""
    return len(words) >= 2 and words[0][:1].isupper() and words[0].lower() in IRISH_HEAD_NOUNS \
        and (words[1] in ("na", "an") or words[1][:1].isupper())


def irish_head_noun(name: str) -> str:
    """Return the English noun for the Irish head that opens a body's name, after `An` or not (`Coimisiún na Meán`,
    `An Bord Pleanála`: commission, board), else an empty string."""
    words = name.lower().split()
    irish = words[1] if len(words) > 2 and words[0] == "an" else words[0] if len(words) > 1 else ""
    return IRISH_HEAD_NOUNS.get(irish, "")


NATION_WORDS = load_words("nation_words")
REGULATOR_NAMES = load_words("regulator_names")
"""Regulators known by one word and no head (`Estyn`, `HIQA`): inspectorates (wave 20d)."""
REGULATOR_FORM_RE = re.compile(r"Of(?!f)[a-z]{3,4}")
"""The form of the UK's regulators named `Of` and what they oversee (`Ofwat`, `Ofgem`, `Ofcom`, `Ofqual`): one
capitalised word, no doubled `f` (`Offer`, `Offaly`, `Office` are none)."""


def _named_regulator(name: str) -> bool:
    """Say whether a body's whole name is a regulator's known by one word (`Estyn`) or by the `Of-` form (`Ofwat`);
    a common word of that form (`Often`) is none."""
    return name.lower() in REGULATOR_NAMES or REGULATOR_FORM_RE.fullmatch(name) is not None \
        and name.lower() not in SENTENCE_STARTERS and name.lower() not in NOT_NAMES


def _national_regulator(name: str) -> bool:
    """Say whether a body's name is what it regulates and the nation it serves, with no head (`Food Standards
    Scotland`, `Food Safety Scotland`): such a body may be called the regulator or the watchdog."""
    words = name.lower().split()
    return len(words) >= 3 and words[-1] in NATION_WORDS and _regulating(words[:-1])


def org_kind(name: str) -> str:
    """Return `inspectorate` for a body whose name ends in an inspectorate's head, or that may regulate and says what
    it regulates (`Food Standards Authority`, `Care Quality Commission`), else `organisation`."""
    words = name.lower().split()
    return "inspectorate" if words and (head_noun(name) in INSPECTORATE_HEADS | {"regulator", "watchdog"}
                                        or _named_regulator(name)
                                        or words[0] in INSPECTORATE_HEADS
                                        or _regulating(words) and may_regulate(name)) else "organisation"


def _regulating(words: list[str]) -> bool:
    """Say whether a body's name says what it regulates (`standards`, `safety`, `conduct`, `quality`)."""
    return not REGULATING_WORDS.isdisjoint(words)


# Names in any alphabet (wave 8c): the letter ranges of these patterns read every script's letters.
(_DATELINE_RE, _ACRONYM_RE, _DESCRIPTOR_RE, _NAME_AT_END_RE, _NAME_RE, WORD_THEN_NAME_RE, ARTICLE_RE) = (
    any_script(p) for p in (_DATELINE_RE, _ACRONYM_RE, _DESCRIPTOR_RE, _NAME_AT_END_RE, _NAME_RE, WORD_THEN_NAME_RE, ARTICLE_RE))
