"""Transcripts: `Mayor Jo Roe: ...` labels who speaks each turn, until the next label.

A text is a transcript when at least two paragraphs (not bullets) open with a label naming a person. Each
turn's sentences with a figure (a digit, a number word, a month) are its speaker's claims, and the paragraphs
after a turn that carry no label continue it, until the writer's narration resumes (`The union said ...`). A
turn labelled `Question:` or `Reporter:`, or with a label whose turns mostly ask (`Herald:` in an interview the
paper printed as questions and answers), is nobody's claim; beside it, a bare surname (`Drummond:`, `LAL:`)
labels the interviewee's answers.
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

from .entities import Mention, find_mentions
from .figures import NUMBER_WORD_ALTERNATION
from .interviews import answerers, by_initials, is_editors_note, is_initials
from .post_labels import post_holder
from .questions_apart import asks_apart, first_question_at
from .section_heads import heads_section
from .items import has_verb, is_rhetoric, split_items
from .speakers import Context
from .text import Block, Span, line_start, split_sentences
from .text_caches import per_text
from .vocabulary import BYLINE_RE, CUE_VERBS, FIRST_PERSON_RE as _FIRST_PERSON_RE, MONTH, OUTLET_HEADS, any_script, load_words

MAX_LABEL_CHARS = 102
"""How far into a paragraph a label's colon may be (the label is at most 101 characters)."""
_LABEL_STOP = r"(?:\b(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sgt|Det|Insp|Supt)\.[ \t](?=[A-Z]))"
"""A full stop inside a label after an initial or a title (`Mayor K. Roe:`, `Mr. Roe:`): it ends no sentence."""
LABEL_RE = re.compile(rf"(?P<label>(?![QA]\.){_LABEL_STOP}?[A-Z](?:{_LABEL_STOP}|[^\n:.!?\"\u201c\u201d]){{0,100}}?(?=:)"
                      r"|[QA](?=\.[ \t]))[:.](?:[ \t]+(?=\S)|[ \t]*(?=\n|$))")
"""A turn's label: capitalised words and a colon at the start of a paragraph, or alone on its line; or `Q.`/`A.`."""
ASKERS: frozenset[str] = frozenset(
    "question q reporter journalist audience host moderator interviewer presenter anchor".split())
"""Labels of turns that ask, whose words are nobody's claim."""
_ASKER_LINE_RE = re.compile(r"^(?:(?:%s)|(?:[A-Z][\w&'\u2019\-]*[ \t]+){0,4}(?:%s)):" % (
    "|".join(sorted(ASKERS)), "|".join(sorted(OUTLET_HEADS))), re.IGNORECASE | re.MULTILINE)
"""A paragraph opening with a questioner's label (`Q:`, `Herald:`): the text is an interview."""
ANSWERS: frozenset[str] = frozenset("a answer".split())
"""Labels of the interviewee's turns (`A:`): the one person the text names."""
_DIGIT_RE = re.compile(r"\d|\b(?:(?i:%s|half|thirds?|twice|double[sd]?|halved|tripled|trebled)|%s)\b" % (
    NUMBER_WORD_ALTERNATION, MONTH))
"""A figure in a turn (`Murders are down from 34 to 26`, `fourteen depots`, `half of those`, `bills doubled`, `next
May`): the speaker's checkable words; numbers in words are the one list (`vocabulary.NUMBER_WORDS`, wave 35f)."""
_REPORTS_RE = re.compile(r"\b(?:said|says|told|added|announced|confirmed|reported|became)\b")
"""A verb of narration: a paragraph that opens with a name and holds one reports, it is no one's turn."""
_THIRD_PERSON_REPORT_RE = re.compile(r"(?P<subject>[A-Z][^.!?\"\u201c\u201d]{0,120}?)\s(?:said|says|told|added|announced)\b")
"""A paragraph opening with a subject and a reporting verb: `The drivers' union, Unite, said ...`."""
TURN_LINE_RE = re.compile(r"^[ \t]*" + LABEL_RE.pattern + r"[^\n]*", re.MULTILINE)
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
    labelled = text.find(":", block.body, min(block.end, block.body + MAX_LABEL_CHARS)) >= 0 \
        or text.startswith(("Q.", "A."), block.body)  # a cheap test before the label's pattern
    match = LABEL_RE.match(text, block.body, block.end) if labelled and not block.bullet \
        and not _heading_line(text, block) else None
    if match is None or _reports(match.group("label")):  # "• Voltara Energy: £5.1m" is a list item, not a turn
        return None  # "Storm Isla: 3,400 homes cut off" is a headline; "Jo Roe, of Acme, said:" a cue
    if heads_section(text, match.start("label"), match.end("label")):
        return None  # "Civil Cases:" alone above bullets heads a report's section
    label = match.group("label").strip()
    bracketed = _bracketed_speaker(text, match)
    if bracketed is not None:  # "The Minister for Health (Jo Roe):", "Tom Hale (Lothian) (Green):"
        return _turn_of(bracketed, match.end(), ctx)
    if _chair_label(label):
        return Turn("", "", match.end())  # "The Deputy Presiding Officer:": the chair calls the next speaker
    if label.lower() in ASKERS or label.lower().split()[-1] in OUTLET_HEADS or label in asking_labels(text):
        return Turn("", "", match.end())  # "Herald: How many sailings did you lose?": the paper asks
    mention = _interviewee(text, label) if label.isupper() and len(label) > 1 else None  # "LAL:", no acronym
    if mention is None:
        mentions = find_mentions(text, match.start("label"), match.end("label"))
        named = bool(mentions) and mentions[-1].end == match.start("label") + len(label)
        mention = mentions[-1] if named else _interviewee(text, label)  # "Moss:" for Jo Moss; "Note:" names nobody
        mention = post_holder(text, label, match.start("label")) \
            or _person_with_role(mentions, match.start("label"), label) or mention  # "Chief Executive:" (54f)
    return None if mention is None else _turn_of(mention, match.end(), ctx)


def _turn_of(mention: Mention, body: int, ctx: Context | None) -> Turn:
    """Return the turn of the speaker a label names, registered in the text's context when there is one."""
    if ctx is None:
        return Turn(mention.name, mention.kind, body)
    name = ctx.add(mention)
    return Turn(name, "person" if mention.kind == "person" else ctx.kind_of(name), body)


MAX_HEADING_LINE_CHARS = 160
"""A line this short that ends without a sentence's punctuation is a heading, not a turn."""


def _heading_line(text: str, block: Block) -> bool:
    """Say whether a paragraph is a heading or a page's furniture (`Storm Isla: 3,400 homes cut off`, `Related
    Topics: Malton, Pickering`): short, and ending without a sentence's punctuation."""
    line = text[block.body:block.end].rstrip("\"\u201d\u2019' \t")
    return block.end - block.start <= MAX_HEADING_LINE_CHARS and bool(line) and line[-1] not in ".!?:;,)"


LABEL_SPEECH_VERBS: frozenset[str] = frozenset("said says told tells added adds stated states explained explains commented "
                                              "replied responded announced wrote writes declared insisted warned".split())
"""Verbs of speech that make a label a cue before a quotation (`Jo Roe, of Acme, said:`); a body's name may hold
another cue word (`Acme Records:`)."""


LEAD_IN_LABEL_VERBS = load_words("lead_in_label_verbs")
"""Verbs of finding that make a colon line a lead-in to the findings listed below it (`The panel found that Ms Roe:`),
never a turn naming the party found against (`data/lead_in_label_verbs.txt`, wave 23c)."""


def _reports(label: str) -> bool:
    """Say whether a label holds a verb of speech (`Jo Roe, head of quality at Acme, said`), or is a finding's lead-in
    (`The panel found that Ms Roe`, `X recommended that the board`): a cue before what follows, not a turn's name."""
    words = re.findall(r"[a-z]+", label)
    return any(word in LABEL_SPEECH_VERBS or word in LEAD_IN_LABEL_VERBS
               or word in CUE_VERBS and following == "that" for word, following in zip(words, words[1:] + [""]))


BRACKET_TAIL_RE = re.compile(r"(?:\s*\((?P<inner>[^()\n]{1,60})\))+\s*$")
"""Brackets closing a label: `(Jo Roe)` after a role, `(Lothian) (Green Party)` after a member's name."""


def _bracketed_speaker(text: str, match: re.Match[str]) -> Mention | None:
    """Return the person a label with closing brackets names, as a parliament's record prints them: the person in
    the first brackets after a role (`The Cabinet Secretary for Health (Fiona Roe)`), else the person before the
    brackets (`Tom Hale (Lothian) (Green Party)`)."""
    start, end = match.start("label"), match.end("label")
    tail = BRACKET_TAIL_RE.search(text, start, end)
    if tail is None or tail.start() == start:
        return None
    before = [m for m in find_mentions(text, start, tail.start()) if m.kind == "person"]
    if before and before[-1].end == tail.start():
        return before[-1]
    first = text.find("(", tail.start(), end)
    inside = find_mentions(text, first + 1, text.find(")", first, end))
    return inside[0] if len(inside) == 1 and inside[0].kind == "person" else None


CHAIR_LABEL_RE = re.compile(r"The(?:\s+[A-Z][\w\-]*){1,4}")
"""A label that is only a role (`The Presiding Officer`, `The Chair`): the chair's words are nobody's claim."""


def _chair_label(label: str) -> bool:
    """Say whether a label names a role and no person (`The Deputy Presiding Officer`)."""
    return CHAIR_LABEL_RE.fullmatch(label) is not None and not any(
        m.kind == "person" for m in find_mentions(label, 0, len(label)))


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
        return next(iter(people.values())) if len(people) == 1 else _answerer(text) or _intro_person(text)
    if not re.fullmatch(r"[A-Z][\w'\u2019\-]+", label) or not (_has_asker_line(text) or asking_labels(text)):
        return None  # a bare surname labels a turn only in an interview, beside the questions (tested before any name)
    named = _by_surname(text).get(label.title() if label.isupper() else label, [])  # "LAL:" for Priya Lal
    if len(named) == 1:
        return named[0]
    initials = by_initials(label, list(_full_names(text).values()))  # "RO:" for Rachel Okafor
    return initials or (_intro_person(text) if is_initials(label) and not named else None)  # "KD:", one interviewee


ANSWERER_RE = re.compile(r"\b(?:[Aa]nswers?|[Rr]eplies|[Rr]esponses)\s+(?:from|by|given\s+by)\s+|\bQ\s*&\s*A\s+with\s+"
                         r"|\b(?:questions|spoke|talked|[Ii]nterview)\s+(?:to|with)\s+(?:[a-z]+\s+){0,3}?(?=[A-Z])")
"""What names who answers a Q&A: `Answers from Jo Roe, Chief Executive`, `Q&A with Jo Roe`, `put five questions to
Jo Roe`, `spoke to outgoing chief executive Jo Roe`."""


INTRO_LINE_RE = re.compile(rf"^(?![ \t]*{BYLINE_RE.pattern})[^\n]*[.!?][\"'\u201d\u2019)]*[ \t]*$", re.MULTILINE)
"""A line of an interview's introduction that reads as a sentence: not a byline (`By Jo Roe, Sports Editor`, the
writer who asks), a masthead or a headline."""


@per_text(4)
def _intro_person(text: str) -> Mention | None:
    """Return the one person an interview's introduction (its sentences before the first question's label) names in
    full: the interviewee (`Sam Poe became chief executive in April. We asked her ...`)."""
    question = _ASKER_LINE_RE.search(text)
    end = question.start() if question is not None else first_question_at(text)  # or the first question set apart
    lines = INTRO_LINE_RE.finditer(text, 0, end) if end is not None else iter(())
    people = answerers(text, {m.name: m for line in lines for m in find_mentions(text, *line.span())
                              if m.kind == "person" and " " in m.name and not JOINED_PEOPLE_RE.search(m.name)})
    return next(iter(people.values())) if len(people) == 1 else None


JOINED_PEOPLE_RE = re.compile(r"\s(?:and|&)\s")
"""What joins two people read as one mention (`Jo Moss and Al Key`)."""


@per_text(4)
def _answerer(text: str) -> Mention | None:
    """Return the person a Q&A's heading says answers it (`Answers from Jo Roe, Chief Executive`), once per text."""
    found = ANSWERER_RE.search(text)
    mentions = find_mentions(text, found.end(), min(len(text), found.end() + 120)) if found else []
    first = mentions[0] if mentions and mentions[0].start == found.end() else None  # type: ignore[union-attr]
    one = first is not None and first.kind == "person" and not JOINED_PEOPLE_RE.search(first.name)
    return first if one else None  # "spoke to Jo Moss and Al Key": two people answer, nobody can be told


@per_text(4)
def _has_asker_line(text: str) -> bool:
    """Say whether a paragraph of the text opens with a questioner's label (`Q:`, `Herald:`), once per text."""
    return _ASKER_LINE_RE.search(text) is not None or asks_apart(text)  # or questions set apart, answers labelled


_QUESTION_LINE_END_RE = re.compile(r"\?[ \t\r\"'\u201d\u2019]*(?=\n|\Z)")
"""The end of a line that asks (what `asking_labels` tests each turn's line for), found from its `?`."""


def asked_twice(text: str) -> bool:
    """Say whether one label opens two turn lines that end with a question: what a label of turns that mostly ask
    needs, found from the lines' question marks."""
    asked: set[str] = set()
    for end in _QUESTION_LINE_END_RE.finditer(text):
        line = TURN_LINE_RE.match(text, line_start(text, end.start()))
        if line is not None and line.group("label").strip() in asked:
            return True
        asked.update([line.group("label").strip()] if line is not None else [])
    return False


@per_text(4)
def asking_labels(text: str) -> frozenset[str]:
    """Return the labels whose turns mostly ask (`Herald: How many ...?`): the interviewer's, whatever its name."""
    asks: dict[str, list[bool]] = {}
    if text.count("?") < MIN_TURNS or not asked_twice(text):
        return frozenset()  # no label opens two lines that end with a question (the cheap test first)
    for line in TURN_LINE_RE.finditer(text):
        question = line.group().rstrip(" \t\r\"'\u201d\u2019").endswith("?")
        asks.setdefault(line.group("label").strip(), []).append(question)
    return frozenset(label for label, turns in asks.items() if len(turns) >= MIN_TURNS and 2 * sum(turns) > len(turns))


def leaves_turn(text: str, block: Block, turn: Turn) -> bool:
    """Say whether a paragraph without a label is the writer's narration after the turns: it opens with a
    name and reports (`Jo Roe became chief executive in 2023`), or with a third party that reports (`The
    drivers' union said ...`)."""
    if turn.body == 0 or block.bullet:
        return False  # before the first label, or an item of the turn
    if is_editors_note(text, block.body, block.end):
        return True  # "This interview has been edited for length.": the writer's
    mentions = find_mentions(text, block.body, min(block.end, block.body + 200))
    opens_with_name = bool(mentions) and mentions[0].start == block.body
    reported = _THIRD_PERSON_REPORT_RE.match(text, block.body, block.end)  # "Westsound said ..."
    return opens_with_name and _REPORTS_RE.search(text, block.body, block.end) is not None \
        or reported is not None and not _FIRST_PERSON_RE.search(reported.group("subject")) \
        or (opens_with_name or _opens_with_named(text, block)) and _writer_in_interview(text, block)


OPENING_NAME_RE = re.compile(r"[A-Z][\w'\u2019\-]+(?:[ \t]+(?:of[ \t]+|and[ \t]+|for[ \t]+)?[A-Z][\w'\u2019\-]+)+")
"""Two or more capitalised words opening a paragraph (`Tennis North receives ...`, `Bank of Acme`)."""


def _opens_with_named(text: str, block: Block) -> bool:
    """Say whether a paragraph opens with capitalised words the text has already used before it: a party it named."""
    found = OPENING_NAME_RE.match(text, block.body, block.end)
    return found is not None and text.find(found.group(), 0, block.body) >= 0


def _writer_in_interview(text: str, block: Block) -> bool:
    """Say whether a paragraph that opens with a name is the writer's, in an interview with labelled questions: no
    first person in it (`Acme receives £4m a year.` after the last answer; an answer going on says `we` or `I`)."""
    return _has_asker_line(text) and _FIRST_PERSON_RE.search(text, block.body, block.end) is None


@per_text(4)
def _full_names(text: str) -> dict[str, Mention]:
    """Return the people a text names in full (two words or more), once per text."""
    return {m.name: m for m in find_mentions(text, 0, len(text)) if m.kind == "person" and " " in m.name
            and " and " not in m.name}  # two people speaking together are no one interviewee


@per_text(4)
def _by_surname(text: str) -> dict[str, list[Mention]]:
    """Return the people a text names in full, by surname."""
    index: dict[str, list[Mention]] = {}
    for mention in _full_names(text).values():
        index.setdefault(mention.name.split()[-1], []).append(mention)
    return index


def is_transcript(text: str, blocks: list[Block]) -> bool:
    """Say whether enough paragraphs open with a speaker's label for the text to be a transcript: two, or one under a
    heading that calls the text a transcript or a briefing (`Transcript of the Weekly Media Briefing`, wave 46b: an
    official's opening remarks may be the only turn the page gives)."""
    turns = 0
    for block in blocks:
        turn = read_label(text, block)
        turns += turn is not None and turn.kind == "person"
        if turns >= MIN_TURNS:
            return True
    return turns > 0 and _headed_as_transcript(text, blocks)  # the heading read once, after one turn is found


TRANSCRIPT_HEADING_RE = re.compile(r"[^\n.!?]*\b(?:Transcript|Verbatim\s+record|(?:Press|Media|News)\s+(?:Briefing"
                                   r"|Conference))\b[^\n.!?]*(?:\.\s*)?", re.IGNORECASE)
"""A heading that calls the text a transcript (`Transcript of Weekly Media Briefing by the Spokesperson (May 2)`,
`Press Briefing by the Press Secretary`): its one labelled turn is read as a transcript's."""
MAX_HEADING_BLOCKS = 3
"""How many of a text's first blocks may be its heading."""


def _headed_as_transcript(text: str, blocks: list[Block]) -> bool:
    """Say whether one of a text's first blocks is a heading calling it a transcript or a briefing."""
    return any(TRANSCRIPT_HEADING_RE.fullmatch(text, block.body, block.end) is not None
               for block in blocks[:MAX_HEADING_BLOCKS] if block.end - block.body <= 160)


def turn_claims(text: str, start: int, end: int, listed: bool = False, asked: bool = False) -> list[Span]:
    """Return the claims of a turn's words: the items of each sentence that holds a figure (any sentence, for an
    item of a list the turn opened with a colon) and neither asks nor opens a list itself (`Since 2022, we have:`);
    `asked` says the turn answers a question set apart without a label."""
    interview = asked or _has_asker_line(text)  # answers to a paper's questions are read as a quotation is
    return [item for sentence in split_sentences(text, start, end)
            if (listed or _DIGIT_RE.search(text, *sentence) or interview and _answer_states(text, sentence))
            and not text[sentence[0]:sentence[1]].rstrip(" \"'\u201d\u2019").endswith(("?", ":"))
            for item in split_items(text, sentence)
            if listed or _DIGIT_RE.search(text, *sentence) or _answer_states(text, item)]


MIN_ANSWER_WORDS = 5
"""An answer's sentence shorter than this (`I don't accept that.`) claims nothing without a figure."""


ANSWER_OPENERS: frozenset[str] = frozenset("because if when although though as so and but or while since unless that's "
                                          "that\u2019s".split())
"""Words that open an answer's sentence that only goes on from the question or the sentence before."""
ANSWER_ENDINGS: frozenset[str] = frozenset("to in of at on for with by from was were is are be been have has had".split())
"""Words that end an answer's sentence cut short by ellipsis (`On some routes it was.`)."""


def _answer_states(text: str, sentence: Span) -> bool:
    """Say whether an interviewee's sentence without a figure still states something checkable, as a quoted sentence
    would: five words or more, a clause of its own (not `Because ...`, not `... it was.`), no attitude or appeal."""
    words = text[sentence[0]:sentence[1]].strip(" .!\"'\u201d\u2019")
    split = words.lower().split()
    return len(split) >= MIN_ANSWER_WORDS and split[0] not in ANSWER_OPENERS and split[-1] not in ANSWER_ENDINGS \
        and not is_rhetoric(words)


LIST_GOES_ON_RE = re.compile(r"(?:[:;]|;\s+(?:and|or))\s*$")
"""How a paragraph ends when the next one is an item of its list: `we have:`, `...;`, `...; and`."""


def in_turn_list(text: str, previous: Block | None) -> bool:
    """Say whether a turn's paragraph is an item of a list the paragraph before opened or goes on with."""
    return previous is not None and LIST_GOES_ON_RE.search(text, previous.body, previous.end) is not None


INTERVIEW_CUE_RE = re.compile(r"\b(?:interview\w*|questions?|asked|answers?|spoke\s+to|talked\s+to|sat\s+down\s+with|"
                              r"put\s+to|Q\s*&\s*A)\b", re.IGNORECASE)
"""Words of an interview's introduction: `put readers' questions to`, `spoke to`, `her answers`."""
INTERVIEW_WORD_RE = re.compile(r"\b(?:[Ii]nterview\w*|spoke\s+to|talked\s+to|sat\s+down\s+with)\b")
"""Words of a press interview's introduction, where a person answers even below a body's name."""
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


def unlabelled_interviewee(text: str, blocks: list[Block], ctx: Context,
                           header: Callable[[], str | None] | None = None) -> str | None:
    """Return who a text interviews with its questions set apart as paragraphs of their own and no labels: two or
    more question paragraphs, each followed by an answer (one at least in the first person, unquoted), after an
    introduction that speaks of an interview and names one person in full (or, naming no person, one body), or
    the body a page's header names (`header`, read only then) when no press interview is spoken of; else None."""
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
    if header is not None and not INTERVIEW_WORD_RE.search(text, *intro):
        masthead = header()  # "Larkspur Learning Trust" alone on the page's first line
        if masthead is not None and masthead.split()[-1].lower() not in OUTLET_HEADS:
            return masthead  # a body's own questions and answers: the body answers, not a person quoted above them
    mentions = find_mentions(text, *intro)
    named_people = {m.name: m for m in mentions if m.kind == "person" and " " in m.name
                    and m.name.split()[-1].lower() not in OUTLET_HEADS}  # "The Fernlea Ledger" is the paper
    writers = {name for name, m in named_people.items() if no_answerer(text, m, mentions)}
    if writers:  # "By Jo Roe", "Armed Forces" of "Armed Forces' Pay Review Body": never the one who answers
        named_people = {name: m for name, m in named_people.items() if name not in writers}
        if not named_people:
            return None  # no one else named: an explainer's questions (as before, when the writer stood in the way)
    unquoted = {m.name: m for m in mentions if m.name in named_people and not _only_quoted(text, blocks, m)}
    people = answerers(text, unquoted)  # a person named once outside a quoted statement may answer
    if len(people) < len(named_people) and not people:
        return None  # only a statement quoted above a body's questions: no interviewee, the text is read as any
    if any(" and " in name for name in people):
        return None  # "We spoke to Jo Moss and Al Key": two interviewees, no one answerer
    bodies = {m.name: m for m in mentions if m.kind == "org"} if not people else {}
    named = people or bodies  # "We put three questions to Dunmore Council.": the body answers
    return ctx.add(next(iter(named.values()))) if len(named) == 1 else None


def no_answerer(text: str, person: Mention, mentions: list[Mention]) -> bool:
    """Say whether a person an introduction names cannot be the one who answers its questions (wave 55p): a name on a
    byline's line or the line right under it (`By Jo Roe` over `Dockside Weekly | 8 July`: the writer and her paper),
    or words read as a person that open a body's name there (`Armed Forces` of `Armed Forces' Pay Review Body`)."""
    line = line_start(text, person.start)
    above = line_start(text, max(0, line - 1)) if line else -1
    return BYLINE_RE.match(text, line) is not None or above >= 0 and BYLINE_RE.match(text, above) is not None \
        or any(m.kind == "org" and m.name.startswith(person.name) for m in mentions)


def _only_quoted(text: str, blocks: list[Block], mention: Mention) -> bool:
    """Say whether an introduction names a person only as the speaker of a quotation (`Chief executive Jo Roe said:
    "..."`) in a paragraph that speaks of no interview: a statement quoted above a body's questions and answers,
    never the one who answers them."""
    block = next((b for b in blocks if b.start <= mention.start < b.end), None)
    return block is not None and _QUOTE_MARK_RE.search(text, block.body, block.end) is not None \
        and INTERVIEW_CUE_RE.search(text, block.body, block.end) is None


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


# Names in any alphabet (wave 8c): the letter ranges of these patterns read every script's letters.
(LABEL_RE, _THIRD_PERSON_REPORT_RE, TURN_LINE_RE, CHAIR_LABEL_RE, ANSWERER_RE) = (
    any_script(p) for p in (LABEL_RE, _THIRD_PERSON_REPORT_RE, TURN_LINE_RE, CHAIR_LABEL_RE, ANSWERER_RE))


ANSWER_OPENING_RE = re.compile(r"(?:^|\n)[ \t]*(?:A|Answer)[:.][ \t]*$")
"""An answer's label right before its first words (`A: `)."""
QUESTION_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:Q|Question)[:.][ \t]*(?P<question>[^\n]{3,200}?\?)[ \t]*\n\s*$")
"""The question paragraph (`Q: What did it cost?`) right before an answer's label."""
MAX_BARE_ANSWER_WORDS = 3
"""An answer's first sentence of at most this many words and no verb (`About £140,000.`) is no statement alone."""


def asked_before(text: str, start: int, quote: str) -> str:
    """Return the question a bare answer (`About £140,000.`: at most `MAX_BARE_ANSWER_WORDS` words, no verb, opening
    an `A:` turn) replies to, from the `Q:` paragraph right before it; "" for any other row."""
    if len(quote.split()) > MAX_BARE_ANSWER_WORDS or has_verb(quote) \
            or ANSWER_OPENING_RE.search(text, max(0, start - 12), start) is None:
        return ""
    label = line_start(text, start)
    question = QUESTION_BEFORE_RE.search(text, max(0, label - 240), label)
    return "" if question is None else " ".join(question.group("question").split())
