"""Transcripts: `Mayor Jo Roe: ...` labels who speaks each turn, until the next label.

A text is a transcript when at least two paragraphs (not bullets) open with a label naming a person. Each
turn's sentences with a figure (a digit, a number word, a month) are its speaker's claims, and the paragraphs
after a turn that carry no label continue it, until the writer's narration resumes (`The union said ...`). A
turn labelled `Question:` or `Reporter:`, or with a label whose turns mostly ask (`Herald:` in an interview the
paper printed as questions and answers), is nobody's claim; beside it, a bare surname (`Drummond:`, `LAL:`)
labels the interviewee's answers.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .entities import Mention, find_mentions
from .items import split_items
from .speakers import Context
from .text import Block, Span, split_sentences
from .vocabulary import CUE_VERBS, OUTLET_HEADS

LABEL_RE = re.compile(r"(?P<label>[A-Z][^\n:.!?\"\u201c\u201d]{0,60}?(?=:)|[A-Z][^\n:.!?\"\u201c\u201d()]{0,80}"
                      r"(?:\([^()\n]{2,40}\)[ \t]*){1,3}(?=:)|[QA](?=\.[ \t]))[:.](?:[ \t]+(?=\S)|[ \t]*(?=\n|$))")
"""A turn's label: capitalised words and a colon at the start of a paragraph, or alone on its line; or `Q.`/`A.`."""
ASKERS: frozenset[str] = frozenset(
    "question q reporter journalist audience host moderator interviewer presenter anchor".split())
"""Labels of turns that ask, whose words are nobody's claim."""
_ASKER_LINE_RE = re.compile(r"^(?:(?:%s)|(?:[A-Z][\w&'\u2019\-]*[ \t]+){0,4}(?:%s)):" % (
    "|".join(sorted(ASKERS)), "|".join(sorted(OUTLET_HEADS))), re.IGNORECASE | re.MULTILINE)
"""A paragraph opening with a questioner's label (`Q:`, `Herald:`): the text is an interview."""
ANSWERS: frozenset[str] = frozenset("a answer".split())
"""Labels of the interviewee's turns (`A:`): the one person the text names."""
_DIGIT_RE = re.compile(r"\d|\b(?:(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                       r"|hundreds?|thousands?|dozens?|half|thirds?)|January|February|March|April|May|June|July"
                       r"|August|September|October|November|December)\b")
"""A figure in a turn (`Murders are down from 34 to 26`, `half of those`, `next May`): the speaker's checkable words."""
_REPORTS_RE = re.compile(r"\b(?:said|says|told|added|announced|confirmed|reported|became)\b")
"""A verb of narration: a paragraph that opens with a name and holds one reports, it is no one's turn."""
_THIRD_PERSON_REPORT_RE = re.compile(r"(?P<subject>[A-Z][^.!?\"\u201c\u201d]{0,120}?)\s(?:said|says|told|added|announced)\b")
"""A paragraph opening with a subject and a reporting verb: `The drivers' union, Unite, said ...`."""
_FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|I['\u2019]\w+|[Ww]e['\u2019]\w+|[Oo]ur|[Mm]y|[Uu]s)\b")
"""The speaker of a turn reporting their own words (`Now, I've said ...`, `As we told staff`): still the turn."""
_TURN_LINE_RE = re.compile(r"^[ \t]*" + LABEL_RE.pattern + r"[^\n]*", re.MULTILINE)
"""A line that opens with a turn's label (a paragraph of an interview is one line)."""
MIN_TURNS = 2
"""How many paragraphs must open with a label for a text to read as a transcript."""


class Turn(NamedTuple):
    """A labelled turn: who speaks (empty for a question), their kind, and where their words start."""

    speaker: str
    kind: str
    body: int


def read_label(text: str, block: Block, ctx: Context | None = None) -> Turn | None:
    """Return the turn a paragraph's label opens, or None when the paragraph has no label."""
    match = None if block.bullet else LABEL_RE.match(text, block.body, block.end)
    if match is None:  # "• Voltara Energy: £5.1m" is a list item, not a turn
        return None
    label = match.group("label").strip()
    if " " in label and label.split()[-1].lower() in CUE_VERBS:
        return None  # "Jo Roe, 39, who swims there, said:": a cue before a quotation, no turn's label
    if label.lower() in ASKERS or label.lower().split()[-1] in OUTLET_HEADS or label in _asking_labels(text):
        return Turn("", "", match.end())  # "Herald: How many sailings did you lose?": the paper asks
    mention = _interviewee(text, label) if label.isupper() and len(label) > 1 else None  # "LAL:", no acronym
    if mention is None:
        mentions = find_mentions(text, match.start("label"), match.end("label"))
        named = bool(mentions) and mentions[-1].end == match.start("label") + len(label)
        mention = mentions[-1] if named else _interviewee(text, label)  # "Moss:" for Jo Moss; "Note:" names nobody
        mention = _person_with_role(mentions, match.start("label"), label) or mention
        mention = mention or _bracketed_person(mentions, match.start("label"), label)
    if mention is None:
        return None
    if ctx is None:
        return Turn(mention.name, mention.kind, match.end())
    name = ctx.add(mention)
    return Turn(name, "person" if mention.kind == "person" else ctx.kind_of(name), match.end())


_LABEL_BRACKETS_RE = re.compile(r"\s*\([^()]*\)")


def _bracketed_person(mentions: list[Mention], start: int, label: str) -> Mention | None:
    """Return the person of a parliament's label: the name before the brackets (`Jo Roe (Lothian) (Green):`), else the
    person in brackets after a post (`The Cabinet Secretary for Health (Jo Roe):`)."""
    if not label.endswith(")"):
        return None
    bare = _LABEL_BRACKETS_RE.sub("", label).rstrip()
    people = [m for m in mentions if m.kind == "person"]
    before = [m for m in people if m.end == start + len(bare)]
    if before:
        return before[0]  # "Jo Roe (Lothian) (Green)"
    inside = [m for m in people if m.start > start + len(bare)]
    return inside[0] if len(inside) == 1 and label[inside[0].start - start - 1] == "(" else None


def _person_with_role(mentions: list[Mention], start: int, label: str) -> Mention | None:
    """Return the person a label opens with before a role (`Priya Lal, chief executive of Acme Buses:`)."""
    comma = label.find(",")
    if comma < 0 or not mentions or mentions[0].kind != "person" or mentions[0].start != start:
        return None
    return mentions[0] if mentions[0].end == start + comma else None


def _interviewee(text: str, label: str) -> Mention | None:
    """Return the person a bare label means: the one named in full with that surname (`Moss:` for Jo Moss),
    or for `A:` the only person the text names; else None."""
    if label.lower() in ANSWERS:
        people = _full_names(text)
        return next(iter(people.values())) if len(people) == 1 else _answerer(text)
    if not re.fullmatch(r"[A-Z][\w'\u2019\-]+", label) or not (_has_asker_line(text) or _asking_labels(text)):
        return None  # a bare surname labels a turn only in an interview, beside the questions (tested before any name)
    named = _by_surname(text).get(label.title() if label.isupper() else label, [])  # "LAL:" for Priya Lal
    return named[0] if len(named) == 1 else None  # two Mosses: no one


_FIRST_QUESTION_RE = re.compile(r"^[ \t]*Q[:.][ \t]", re.MULTILINE)
_ANSWERS_FROM_RE = re.compile(r"^[^\n]*\b(?:answers?|answered|Q\s*&\s*A|questions?)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)


@functools.lru_cache(maxsize=4)
def _answerer(text: str) -> Mention | None:
    """Return the one person named in full on the line that introduces a text's questions and answers (`Answers from
    Jo Roe, Chief Executive`, `Q&A with Jo Roe`), the nearest such line before the first `Q:`; else None."""
    first = _FIRST_QUESTION_RE.search(text)
    if first is None:
        return None
    lines = list(_ANSWERS_FROM_RE.finditer(text, max(0, first.start() - 400), first.start()))
    if not lines:
        return None
    people = [m for m in find_mentions(text, *lines[-1].span()) if m.kind == "person" and " " in m.name]
    return people[0] if len({m.name for m in people}) == 1 else None


@functools.lru_cache(maxsize=4)
def _has_asker_line(text: str) -> bool:
    """Say whether a paragraph of the text opens with a questioner's label (`Q:`, `Herald:`), once per text."""
    return _ASKER_LINE_RE.search(text) is not None


@functools.lru_cache(maxsize=4)
def _asking_labels(text: str) -> frozenset[str]:
    """Return the labels whose turns mostly ask (`Herald: How many ...?`): the interviewer's, whatever its name."""
    asks: dict[str, list[bool]] = {}
    if text.count("?") < MIN_TURNS:
        return frozenset()  # no interviewer asked twice
    for line in _TURN_LINE_RE.finditer(text):
        question = line.group().rstrip(" \t\r\"'\u201d\u2019").endswith("?")
        asks.setdefault(line.group("label").strip(), []).append(question)
    return frozenset(label for label, turns in asks.items() if len(turns) >= MIN_TURNS and 2 * sum(turns) > len(turns))


def leaves_turn(text: str, block: Block, turn: Turn) -> bool:
    """Say whether a paragraph without a label is the writer's narration after the turns: it opens with a
    name and reports (`Jo Roe became chief executive in 2023`), or with a third party that reports (`The
    drivers' union said ...`)."""
    if turn.body == 0 or block.bullet:
        return False  # before the first label, or an item of the turn
    mentions = find_mentions(text, block.body, min(block.end, block.body + 200))
    opens_with_name = bool(mentions) and mentions[0].start == block.body
    reported = _THIRD_PERSON_REPORT_RE.match(text, block.body, block.end)  # "Westsound said ..."
    return opens_with_name and _REPORTS_RE.search(text, block.body, block.end) is not None \
        or reported is not None and not _FIRST_PERSON_RE.search(reported.group("subject"))


@functools.lru_cache(maxsize=4)
def _full_names(text: str) -> dict[str, Mention]:
    """Return the people a text names in full (two words or more), once per text."""
    return {m.name: m for m in find_mentions(text, 0, len(text)) if m.kind == "person" and " " in m.name
            and " and " not in m.name}  # two people speaking together are no one interviewee


@functools.lru_cache(maxsize=4)
def _by_surname(text: str) -> dict[str, list[Mention]]:
    """Return the people a text names in full, by surname."""
    index: dict[str, list[Mention]] = {}
    for mention in _full_names(text).values():
        index.setdefault(mention.name.split()[-1], []).append(mention)
    return index


def is_transcript(text: str, blocks: list[Block]) -> bool:
    """Say whether enough paragraphs open with a speaker's label for the text to be a transcript."""
    turns = 0
    for block in blocks:
        turn = read_label(text, block)
        turns += turn is not None and turn.kind == "person"
        if turns >= MIN_TURNS:
            return True
    return False


def turn_claims(text: str, start: int, end: int) -> list[Span]:
    """Return the claims of a turn's words: the items of each sentence that holds a figure and asks nothing."""
    return [item for sentence in split_sentences(text, start, end) if _DIGIT_RE.search(text, *sentence)
            and not text[sentence[0]:sentence[1]].rstrip(" \"'\u201d\u2019").endswith(("?", ":"))
            for item in split_items(text, sentence)]  # a question asks; a lead-in (`Since 2022, we have:`) states nothing


INTERVIEW_CUE_RE = re.compile(r"\b(?:interview\w*|questions?|asked|answers?|spoke\s+to|talked\s+to|sat\s+down\s+with|"
                              r"put\s+to|Q\s*&\s*A)\b", re.IGNORECASE)
"""Words of an interview's introduction: `put readers' questions to`, `spoke to`, `her answers`."""
MIN_QUESTIONS = 2
"""How many paragraphs that only ask, each before an answer, make a text an interview without labels."""
MAX_QUESTION_CHARS = 200
"""A question set apart as its own paragraph is short."""
MAX_QUESTION_SENTENCES = 2
"""A question paragraph may set the scene first: `You cut the winter timetable. Why?`."""


def is_question(text: str, block: Block) -> bool:
    """Say whether a paragraph only asks: short, ending in a question mark (a sentence before it at most), no bullet."""
    if text.find("?", max(block.body, block.end - 4), block.end) < 0:
        return False  # no question mark at its end (a cheap test first)
    line = text[block.body:block.end].rstrip(" \t\"'\u201d\u2019")
    return not block.bullet and line.endswith("?") and block.end - block.body <= MAX_QUESTION_CHARS \
        and len(split_sentences(text, block.body, block.end)) <= MAX_QUESTION_SENTENCES


def unlabelled_interviewee(text: str, blocks: list[Block], ctx: Context) -> str | None:
    """Return who a text interviews with its questions set apart as paragraphs of their own and no labels: two or
    more question paragraphs, each followed by an answer (one at least in the first person, unquoted), after an
    introduction that speaks of an interview and names one person in full (or, naming no person, one body); else
    None."""
    if text.count("?") < MIN_QUESTIONS:
        return None  # fewer questions than an interview asks (a cheap test first)
    asked = [i for i, block in enumerate(blocks[:-1]) if is_question(text, block) and not is_question(text, blocks[i + 1])]
    if len(asked) < MIN_QUESTIONS or read_label(text, blocks[asked[0] + 1]) is not None:
        return None  # a labelled transcript is read by its labels
    intro = (blocks[0].start, blocks[asked[0]].start)
    if INTERVIEW_CUE_RE.search(text, *intro) is None:
        return None
    if not any(_answers(text, blocks[i + 1]) and not _QUOTE_MARK_RE.search(text, blocks[i + 1].body, blocks[i + 1].end)
               for i in asked):
        return None  # no answer in the first person: an explainer's question headings (What happens next?)
    mentions = find_mentions(text, *intro)
    people = {m.name: m for m in mentions if m.kind == "person" and " " in m.name}
    if any(" and " in name for name in people):
        return None  # "We spoke to Jo Moss and Al Key": two interviewees, no one answerer
    bodies = {m.name: m for m in mentions if m.kind == "org"} if not people else {}
    named = people or bodies  # "We put three questions to Dunmore Council.": the body answers
    return ctx.add(next(iter(named.values()))) if len(named) == 1 else None


def unlabelled_turn(text: str, block: Block, turn: Turn, interviewee: str, next_block: Block | None,
                    kind: str = "person") -> Turn | None:
    """Return the turn a paragraph of an interview without labels opens: a question (nobody's), the answer right
    after a question (the interviewee's), or the answer after a prompt that only states (`Readers say the buses
    were late.` then `We ...`); None when the paragraph goes on with the turn before."""
    if is_question(text, block):
        return Turn("", "", block.body)
    if turn.body and not turn.speaker and not turn.kind:
        return Turn(interviewee, kind, block.body)  # the answer to the question before
    if turn.speaker and next_block is not None and _is_prompt(text, block) and _answers(text, next_block):
        return Turn("", "", block.body)
    return None


_QUOTE_MARK_RE = re.compile("[\"\u201c\u201d]")
MAX_PROMPT_WORDS = 20
"""A prompt that states instead of asking (`Readers say the buses were late.`) is one short sentence."""


def _is_prompt(text: str, block: Block) -> bool:
    """Say whether a paragraph could be the interviewer's prompt: one short sentence, no first person, no quotation."""
    words = text[block.body:block.end].split()
    return len(words) <= MAX_PROMPT_WORDS and len(split_sentences(text, block.body, block.end)) == 1 \
        and not _FIRST_PERSON_RE.search(text, block.body, block.end) and not re.search("[\"\u201c]", text[block.body:block.end])


def _answers(text: str, block: Block) -> bool:
    """Say whether a paragraph reads as the interviewee answering: it speaks as `I` or `we`."""
    return not block.bullet and _FIRST_PERSON_RE.search(text, block.body, block.end) is not None
