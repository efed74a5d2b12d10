"""One sentence with a reporting cue: the cue chosen, its speaker (named, judged, framed or set aside in commas) and its
claim."""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ...model import BODY_KINDS
from ..causes import cause_claims
from ..items import has_verb, split_items
from ..speakers import Context, Who, names_a_speaker, speaker_from_region
from ..speakers.clause_pronouns import relative_pronoun_body
from ..speakers.clauses import skippable
from ..text import Span, subtract
from ..text_caches import per_text
from ..vocabulary import any_script, DOCUMENT_NOUNS, OBJECT_VERBS, load_words, verb_alternation

from .cues import not_a_cue
from .names import remember_names
from .participle_agents import participle_agent
from .patterns import (
    SPECIAL_NEEDS, ACCORDING_RE, ANY_CUE_RE, ASIDE_RE, ASKED_RE, BLAMED_RE, CLAUSE_LEAD_RE, CLOSING_INVERTED_GROUP_RE, CLOSING_NAMED_CUE_RE,
    CLOSING_PRONOUN_CUE_RE, CUE_RE, INVERTED_ASIDE_RE, INVERTED_RE, MAX_CLOSING_CUE_CHARS, MAX_CLOSING_NAMED_CHARS, MAX_CUES_PER_SENTENCE,
    PASSIVE_BY_RE, PASSIVE_RE, PROPOSAL_WORDS, QUOTED_AS_RE, RECORD_RE,
    STATE_CUE_RE, STATEMENT_GIVEN, TRAILING_CUE_RE,
)
from .recorded_speech import person_speaks_in_record
from .cited_sources import speaker_cites_source
from .records import Attribution, holds_any, inside_holes, any_word
from .response_frames import is_response, past_printed_aside, responder
from .main_clause_cues import cue_in_set_off_clause, shown_after_cue
from .relative_antecedents import taken_before
from .relay_tags import opens_on_speech, relays_person, writer_credit
from .sources import named_inside, publisher_in
from .source_asides import source_aside
from .subjects import attribute_at, in_occasion_opening, main_subject, reads_as_past_verb, subject_region
from .superlative_clauses import in_superlative_clause


def attribute_sentence(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Find the first reporting cue in a sentence and return who claims what."""
    start, end = sentence
    sourced = source_aside(text, sentence) if text[end - 1] != "?" else None
    if sourced is not None and not inside_holes(sourced.start(), holes):
        named = named_inside(text, sentence, sourced, holes, ctx)
        if named is not None:
            return named  # "The correct figure, supplied by X, is 304.": X's, with no cue word (wave 35j)
    frame = text[end - 1] != "?" and may_frame(text, start, end)
    if text[end - 1] == "?" or not frame and not ANY_CUE_RE.search(text, start, end):
        return None  # a question claims nothing; a sentence with no cue word reports nothing
    credit = writer_credit(text, sentence)
    if credit is not None and not inside_holes(credit, holes):
        credited = attribute_sentence(text, (start, credit), holes, ctx)
        if credited is not None:
            return credited  # "..., the Harbour Travel Survey figures show, writes Dana Whitcombe.": a byline (63d)
    aside = ASIDE_RE.search(text, start, end)
    if aside and not inside_holes(aside.start(), holes):
        return _aside(text, sentence, aside, holes, ctx)
    inverted = INVERTED_ASIDE_RE.search(text, start, end)
    if inverted and not inside_holes(inverted.start(), holes):
        return _inverted_aside(text, sentence, inverted, holes, ctx)
    closing = _closing_speaker(text, sentence, holes, ctx)
    if closing is not None:
        return closing
    framed = (_document_frame(text, sentence, holes, ctx) or _gerund_cue(text, sentence, holes, ctx)
              or _with_cue(text, sentence, holes, ctx)) if frame else None
    if framed is not None:
        return framed  # "..., in the latest figures.", "Based on numbers provided by X, ...", "by warning that"
    for special, needs in SPECIALS:
        if text.find(needs, start, end) < 0 or special is ACCORDING_RE and not _names_source(text, start, end):
            continue  # the words every match holds are not there (the cheap test first)
        match = special.search(text, start, end)
        if match is not None and special is INVERTED_RE and not names_a_speaker(match.group("who")):
            continue  # "The report said the force took 41 minutes": content after said, no speaker
        if match is not None and (_own_source_after_cue(text, sentence, match, holes)
                                  or special is ACCORDING_RE and (person_speaks_in_record(text, sentence, match, holes)
                                                                  or speaker_cites_source(text, sentence, match, holes))):
            continue  # "X said A, according to its analysis", "Jo Roe said A, according to the minutes": X's cue
        named = named_inside(text, sentence, match, holes, ctx) if match and not inside_holes(match.start(), holes) else None
        if named is not None:
            return named  # else "X said ..., according to research by its members": X's cue
    blamed = _blamed(text, sentence, holes, ctx) \
        if text.find("which", start, end) >= 0 or text.find("something", start, end) >= 0 else None
    if blamed is not None:
        return blamed
    caused = cause_claims(text, sentence, holes, ctx)
    if caused is not None:
        return Attribution(*caused)  # "The firm blamed the fall on fog": the cause is the firm's
    showing = _published_showing(text, sentence, holes, ctx) \
        if any(text.find(word, start, end) >= 0 for word in SHOWING_WORDS) else None  # its cue's words
    if showing is not None:
        return showing
    told = _told_by(text, sentence, holes, ctx) if text.find(" by ", start, end) >= 0 else None
    if told is not None:
        return told
    passive = (PASSIVE_BY_RE.search(text, start, end) if text.find("by", start, end) >= 0 else None) \
        or (PASSIVE_RE.search(text, start, end) if JUDGED_RE.search(text, start, end) else None)
    if passive and not inside_holes(passive.start(), holes) and not _reported_before(text, start, passive.start(), holes):
        by_agent = passive.re is PASSIVE_BY_RE and not participle_agent(text, passive)  # "homes run by X": none (61f)
        who = speaker_from_region(text, passive.start("who"), _agent_end(text, passive), ctx) \
            if by_agent else _judge(text, start, ctx)
        if who is not None and by_agent:
            who = _as_judge(passive, who, ctx)
        if who is not None:
            spans = tuple(s for part in subtract((start, end), holes) for s in split_items(text, part))
            return Attribution(who.name, who.kind, " ".join(passive.group().split()[:2]), spans)
    asked = ASKED_RE.match(text, start, end) if text.startswith("Asked", start) else None
    for pattern in (CUE_RE, RECORD_RE):
        if pattern is RECORD_RE and RECORD_WORD_RE.search(text, start, end) is None:
            break  # no word a record's list opens with (the cheap test first)
        cues = _cue_matches(text, start, end) if pattern is CUE_RE else pattern.finditer(text, start, end)
        for cue in itertools.islice(cues, MAX_CUES_PER_SENTENCE):
            if inside_holes(cue.start(), holes) or (pattern is CUE_RE and not_a_cue(text, start, cue.start())) \
                    or (asked is not None and cue.start() < asked.end()) or in_occasion_opening(text, sentence, cue) \
                    or _state_reported(text, sentence, cue) or in_superlative_clause(text, start, cue.start()):
                continue  # "Asked when he expected ..., X replied:": the question is nobody's claim; "the lowest the
                # Service has recorded": how a figure ranks (55d)
            if pattern is CUE_RE and cue.group().startswith(PROPOSAL_WORDS) and _later_cue(text, cue, end):
                continue  # "the budget proposes closing X, a move Y said would ...": Y's cue
            if pattern is CUE_RE and _conceded_silence(text, start, cue, end):
                continue  # "While X did not reveal its costs, it confirmed that A": the later cue claims A (42g)
            if pattern is CUE_RE and cue_in_set_off_clause(text, start, cue, end):
                continue  # "The chemists, who publish their trial in Y, said A": the later cue claims A (65f)
            shown = shown_after_cue(text, sentence, cue, holes, ctx) if pattern is CUE_RE else None
            if shown is not None:
                return shown  # "X warned of floods as fresh data revealed that A": the data claim A (65f)
            attribution = attribute_at(text, sentence, cue, holes, ctx, record=pattern is RECORD_RE)
            if attribution is not None:
                return attribution
    return None


TOLD_BY_RE = any_script(re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:also\s+|later\s+|then\s+)?(?P<cue>told|informed|advised|assured|warned|reminded)"
    r"\s+by\s+(?P<who>[^,.;:!?\"\u201c\u201d]{2,80}?)(?:,\s+[^,.;:!?\"\u201c\u201d]{2,80},)?\s+that\s+(?=\S)"))
"""`Operators were told by the regulator that A`, `The panel was told by Jo Roe, the finance director, that A`: a
passive of telling whose agent is named (a post set off after it), then `that`: the agent claims A (wave 47c)."""


def _told_by(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X were told by Y that A` to Y, when no cue before it reports the telling: what Y told."""
    match = TOLD_BY_RE.search(text, *sentence)
    if match is None or inside_holes(match.start(), holes) or ANY_CUE_RE.search(text, sentence[0], match.start()):
        return None  # "Jo Roe said she had been told by X that A": Jo Roe reports it
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, f"told by {match.group('who')} that", spans) if spans else None


def _cue_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Yield the cues of a sentence in order, each looked for again right after the cue word, since a cue word that is
    a noun may have swallowed the real cue in its match (`A report to the cabinet found that`: `report to ... that`
    is no cue, `found that` is; wave 20d)."""
    at = start
    while at < end and (cue := CUE_RE.search(text, at, end)) is not None:
        yield cue
        at = cue.start() + len(cue.group().split(None, 1)[0])


def _later_cue(text: str, cue: re.Match[str], end: int) -> bool:
    """Say whether another cue word follows a cue in its sentence."""
    return CUE_RE.search(text, cue.end(), end) is not None


CONCEDED_SILENCE_RE = re.compile(r"(?:(?:And|But)\s+)?(?:[Ww]hile|[Ww]hilst|[Aa]lthough|[Tt]hough)\s+[^,;:]{1,80}?"
                                 r"(?:\bnot|n['\u2019]t|\bnever)\s+$")
"""A concessive opening whose cue is negated, up to the cue: `While the firm did not `, `And while X didn't `."""


def _conceded_silence(text: str, start: int, cue: re.Match[str], end: int) -> bool:
    """Say whether a cue is what a concessive opening says a party would not say (`While X did not reveal its costs,
    it confirmed that A`), with a later cue after the opening's comma, which claims A."""
    if CONCEDED_SILENCE_RE.fullmatch(text, start, cue.start()) is None:
        return False
    comma = text.find(",", cue.end(), end)
    return comma >= 0 and CUE_RE.search(text, comma, end) is not None


def _state_reported(text: str, sentence: Span, cue: re.Match[str]) -> bool:
    """Say whether a state cue (`The four dissenters were concerned that A`) sits in a sentence another cue closes
    (`..., the minutes said.`): the closing cue's speaker reports the state, and A with it."""
    return cue.group()[:1].lower() in "iawr" and STATE_CUE_RE.match(text, cue.start()) is not None \
        and TRAILING_CUE_RE.search(text[cue.end():sentence[1]].rstrip(" .!\n")) is not None


SPECIALS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (special, SPECIAL_NEEDS[special]) for special in (QUOTED_AS_RE, ACCORDING_RE, INVERTED_RE))
"""The special cues in the order they are tried, each with what every match of it holds: paired once here, as a
compiled pattern hashes its whole program for a dict look-up (`INVERTED_RE`'s, with every inverted verb, is long)."""
def _names_source(text: str, start: int, end: int) -> bool:
    """Say whether a sentence holds `according to` or `per` (`per the agency`, wave 47e): the cheap test before
    `ACCORDING_RE`, whose every match holds only an `r`."""
    return text.find("ccording to", start, end) >= 0 or text.find("per ", start, end) >= 0 \
        or text.find("Per ", start, end) >= 0


_RECORD_WORDS = ("record", "legacy", "achievements", "successes", "accomplishments")
"""What every match of `RECORD_RE` holds (`track record` holds `record`)."""
RECORD_WORD_RE = any_word(_RECORD_WORDS)
"""Finds any of `_RECORD_WORDS` (the cheap test before `RECORD_RE`)."""
JUDGED_WORDS = ("rated", "judged", "graded", "rating", "found")
"""What every match of `PASSIVE_RE` holds."""
JUDGED_RE = any_word(JUDGED_WORDS)
"""Finds any of `JUDGED_WORDS` (the cheap test before `PASSIVE_RE`)."""


def _reported_before(text: str, start: int, at: int, holes: list[Span]) -> bool:
    """Say whether a speech verb before a judgement passive reports it (`Ms Roe said none of its homes was rated below
    good`): the rating is part of what that speaker said, not the inspectorate's judgement."""
    return any(cue.group().split()[0].lower() in _SPEECH_REPORTS and not inside_holes(cue.start(), holes)
               and not not_a_cue(text, start, cue.start())
               for cue in itertools.islice(CUE_RE.finditer(text, start, at), MAX_CUES_PER_SENTENCE))


_SPEECH_REPORTS: frozenset[str] = frozenset("said says told tells added adds insisted claimed claims stressed argued".split())
"""Verbs of speech that report a whole clause after them, a rating in it too."""


JUDGING_RE = re.compile(r"\b(?:rated|judged|graded)\b")
"""Verbs of an inspectorate's judgement: their agent is an inspectorate (`rated good by X`)."""


def _as_judge(passive: re.Match[str], who: Who, ctx: Context) -> Who:
    """Return the agent of a rating as the inspectorate it is (`was rated good by Ofcare`), noted so for `inspectors`."""
    if who.kind != "organisation" or not JUDGING_RE.search(passive.group(), 0, passive.start("who") - passive.start()):
        return who
    ctx.kinds[who.name] = "inspectorate"
    return who._replace(kind="inspectorate")


AGENT_END_RE = any_script(re.compile(r"\s+(?:at|in|on|during|after|before|following|when|for)\s+(?=[a-z])"))
"""Where the agent of a passive ends and a phrase of time or place begins (`by X at its last inspection`)."""


def _agent_end(text: str, passive: re.Match[str]) -> int:
    """Return where the agent of a judgement passive ends: before `at its last inspection`, `in the spring`."""
    after = AGENT_END_RE.search(text, passive.start("who"), passive.end("who"))
    return after.start() if after is not None else passive.end("who")


_FIGURE_NOUNS = verb_alternation(DOCUMENT_NOUNS | frozenset({"numbers", "stats", "estimates", "returns"}))
_FRAME_OPENINGS = ("In ", "Based on ", "From ")
_FRAME_KEY_RE = re.compile(r"[,.!?] (?:in|from|In|From|Based on) ")
"""Where a frame may start: a sentence opening `In`, `Based on`, `From`, or `, in` inside it."""
FRAME_END_RE = re.compile(
    rf",\s+(?:in|from)\s+(?P<who>(?:the|its|their)\s+(?:[\w\-]+\s+){{0,4}}?(?:{_FIGURE_NOUNS})\b[^,.;:!?]{{0,60}}?)"
    r"\s*[.!]?\s*$")
"""`..., in the most recent figures.`: the figures, after the content they hold."""
FRAME_START_RE = re.compile(
    rf"(?:In|Based\s+on|From)\s+(?P<who>(?:(?:the|its|their)\s+)?(?:[\w\-]+\s+){{0,4}}?(?:{_FIGURE_NOUNS})\b"
    r"[^,;:!?]{0,80}?),\s+(?=\S)")
"""`Based on numbers provided by X, ...`, `In its latest figures, ...`: the source, before the content."""


def may_frame(text: str, start: int, end: int) -> bool:
    """Say whether a sentence may hold a cue without a reporting verb: figures framing it, `by warning that`, or `, with
    X saying that`."""
    if holds_gerund_cue(text, start, end) and GERUND_CUE_RE.search(text, start, end):
        return True
    if text.find(", with ", start, end) >= 0 and WITH_CUE_RE.search(text, start, end):
        return True
    if text.startswith(_FRAME_OPENINGS, start) and FRAME_START_RE.match(text, start, end):
        return True
    return any(_FRAME_AT_RE.match(text, key.start() + (key.group()[0] != ","), end)
               for key in _FRAME_KEY_RE.finditer(text, start, end))


_FRAME_AT_RE = re.compile(rf"(?:,\s+(?:in|from)\s+|\s*(?:In|Based\s+on|From)\s+)(?:(?:the|its|their)\s+)?(?:[\w\-]+\s+){{0,4}}?"
                          rf"(?:{_FIGURE_NOUNS})\b")
"""A frame's opening words and its figures or document, where a quick find saw `, in the` or `. In `."""


def _document_frame(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute a sentence framed by its figures or document before or after the content (`Burglaries rose 9%, in
    the latest figures.`, `Based on data from X, ...`): the document's owner, else the document, claims the content."""
    start, end = sentence
    after = FRAME_END_RE.search(text, start, end)
    before = FRAME_START_RE.match(text, start, end) if after is None else None
    match = after or before
    if match is None or inside_holes(match.start(), holes):
        return None
    content = _frame_content(match, sentence)
    response = match.re is FRAME_START_RE and is_response(match.group("who"))
    content = (past_printed_aside(text, content), content[1]) if response else content  # "included in the report,"
    if ANY_CUE_RE.search(text, *content):
        return None  # "X said A, in its report": X's own cue speaks
    answered = responder(text, content, ctx) if response else None  # "In its written response, included in the
    # audit, the department agreed": the department's (31b)
    who = answered[0] if answered is not None else _opening_author(text, match, content, ctx) \
        or speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None:
        return None
    content = (answered[1], content[1]) if answered is not None else content
    spans = tuple(s for part in subtract(content, holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(text[match.start():match.start("who")].split()).strip(", "), spans)


def _opening_author(text: str, match: re.Match[str], content: Span, ctx: Context) -> Who | None:
    """Return the body or person opening the content after an unowned document's frame (`In a statement, X apologised
    to ...`): the document's author, never the body in focus (wave 40e); the person opening it after `his` or `her`
    (`In his report, Ombudsman Jo Roe voiced ...`: the pronoun points forward, wave 41h); else None."""
    if match.re is not FRAME_START_RE:
        return None
    if match.group("who").startswith(PERSON_OWNERS):
        subject = main_subject(text, content[0], content[1], ctx)
        return subject if subject is not None and subject.kind == "person" else None
    if not match.group("who").startswith(("a ", "an ")):
        return None
    article = _NAME_ARTICLE_RE.match(text, content[0], content[1])  # "In a statement, the X Authority released" (41a)
    return main_subject(text, content[0], content[1], ctx) \
        or (main_subject(text, article.end(), content[1], ctx) if article is not None else None)


PERSON_OWNERS = ("his ", "her ")
"""Possessives before a frame's document that may point forward to the person the content opens on."""
_NAME_ARTICLE_RE = re.compile(r"\s*the\s+(?=[A-Z])")
"""`the` before a body's capitalised name opening a frame's content (`the X Harbour Authority released`)."""


def _frame_content(match: re.Match[str], sentence: Span) -> Span:
    """Return the content a document frame holds: the sentence before a closing frame, after an opening one."""
    return (sentence[0], match.start()) if match.re is FRAME_END_RE else (match.end(), sentence[1])


def _own_source_after_cue(text: str, sentence: Span, match: re.Match[str], holes: list[Span]) -> bool:
    """Say whether `according to its/their ...` closes a sentence whose own cue comes first (`Group X said A,
    according to its analysis`): the cue's subject speaks, and `its` is that subject."""
    if match.re is not ACCORDING_RE or match.group("who").split()[0].lower() not in ("its", "their"):
        return False
    return any(not inside_holes(cue.start(), holes) and not not_a_cue(text, sentence[0], cue.start())
               and cue.group().split()[0].lower() not in OBJECT_VERBS  # "expects a deficit, according to its budget"
               for cue in itertools.islice(CUE_RE.finditer(text, sentence[0], match.start()), MAX_CUES_PER_SENTENCE))


def _closing_speaker(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Tests showed that X, she said.` or `..., Skywatch Service said.`: the closing speaker speaks the whole
    sentence, the other cue with it."""
    start, end = sentence
    pronoun = _closing_pronoun(text, sentence)
    closing = pronoun or _closing_name(text, sentence)
    inner = ANY_CUE_RE.search(text, start, closing.start()) if closing is not None else None
    if closing is None or inside_holes(closing.start(), holes) or inner is None:
        return None
    who = speaker_from_region(text, closing.start("who"), closing.end("who"), ctx)
    if who is None:
        return None
    if pronoun is None and opens_on_speech(text, start, closing.start()):
        relayed = attribute_sentence(text, (start, closing.start()), holes, ctx)
        if relayed is not None and relays_person(text, start, relayed):
            return relayed  # "Sgt. Ira Colley said the driver fled ..., Marla says.": Ira Colley's words, relayed (63d)
    if pronoun is None:
        _note_inner_body(text, start, inner.end(), ctx)
    spans = tuple(s for part in subtract((start, closing.start()), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, closing.group("cue"), spans)


def _note_inner_body(text: str, start: int, cue_end: int, ctx: Context) -> None:
    """Bring into focus the body whose own cue a named closing speaker reports (`Acme Club recorded a loss, treasurer
    Jo Roe told the meeting`): the text is about it, and a later `the accounts` are its (wave 40e)."""
    inner = main_subject(text, start, cue_end, ctx)
    if inner is not None and inner.kind in BODY_KINDS:
        ctx.spoke(inner.name, inner.kind)


def _closing_pronoun(text: str, sentence: Span) -> re.Match[str] | None:
    """Return a pronoun's or a described speaker's cue closing a sentence (`..., she said.`, `..., say police.`), else
    None."""
    start, end = sentence
    at = max(start, end - MAX_CLOSING_CUE_CHARS)
    pronoun = CLOSING_PRONOUN_CUE_RE.search(text, at, end) if text.find(",", at, end) >= 0 else None  # a comma first
    return pronoun or CLOSING_INVERTED_GROUP_RE.search(text, at, end)


def _closing_name(text: str, sentence: Span) -> re.Match[str] | None:
    """Return a named speaker's cue closing a sentence (`..., Skywatch Service said.`, wave 40e), else None."""
    start, end = sentence
    at = max(start, end - MAX_CLOSING_NAMED_CHARS)
    if text.find(",", at, end) < 0:
        return None  # every match opens with a comma (the cheap test first)
    return CLOSING_NAMED_CUE_RE.search(text, at, end)


RELEASE_VERBS = load_words("document_release_verbs")
"""Verbs by which a body puts out a document (`published`, `issued`, `filed`, `lodged`, `submitted`, `circulated`; wave
67e: the whole class, `data/document_release_verbs.txt`)."""
_RELEASE_VERB = verb_alternation(RELEASE_VERBS - {"launched", "launches"})
"""Any of `RELEASE_VERBS` but `launched` (`launched a service, showing` is no document's: only with its noun)."""
PUBLISHED_SHOWING_RE = re.compile(
    rf"\s(?P<verb>{_RELEASE_VERB})\s+(?:its|their|the|a|an|new)\b"
    r"[^,;:]{0,100}?,?\s+(?P<cue>showing|revealing|which\s+show(?:s|ed)?|which\s+reveal(?:s|ed)?)\s+(?:that\s+)?(?=\S)")
"""`X published its figures for May, showing that waits fell`: what the document shows is its publisher's claim."""
QUOTED_TITLE = "(?:[\u2018\u201c\"]|(?<!\\w)')[^\u2019'\"\u201d\n]{1,100}[\u2019'\"\u201d]"
"""A document's title in quotation marks, commas and all (`\u2018A Year at Home, Together\u2019`)."""
DOCUMENT_SHOWING_RE = re.compile(
    rf"\s(?P<verb>{verb_alternation(RELEASE_VERBS)})\s+"
    rf"(?:(?:its|their|the|a|an|new)\s+)?(?:[\w\-]+\s+){{0,6}}?(?i:{verb_alternation(DOCUMENT_NOUNS)})\b"
    rf"(?:[^,;:\u2018\u201c\"]|,?\s*{QUOTED_TITLE}){{0,80}}?"
    r"(?:,|\s+[\u2013\u2014-])?\s+(?P<cue>showing|revealing|demonstrating"
    r"|that\s+(?:show(?:s|ed)?|reveal(?:s|ed)?|demonstrate(?:s|d)?)|which\s+says)\s+(?:that\s+)?(?=\S)")
"""Wave 62e: a document's noun named after the verb, with no determiner or a title in quotation marks, and the cues
`demonstrating`, `that show`, `which says` (`which shows` is left to the readers of relatives), after a comma, a dash
or nothing (`released traffic figures for May showing growth`, `launched its annual report, 'A Year at Home',
demonstrating growth of 160%`, `has launched its review - which says that four ...`): what the document shows is its
publisher's claim, as above."""
SHOWING_WORDS = ("show", "reveal", "demonstrat", "which says")
"""The cheap test before the two patterns: one of their cues' words in the sentence."""
GIVEN_STATEMENT_RE = re.compile(STATEMENT_GIVEN)
"""`released the following statement`: what was given out is a statement, never the document that shows (wave 54e)."""


def _gives_statement_below(text: str, sentence: Span, match: re.Match[str]) -> bool:
    """Say whether a `published ..., which showed` sentence is the lead-in of a statement given out below (`X released
    the following statement in response to the jobs report, which showed A:`): A is the report's, read by
    `statement_frames`, never the statement giver's (wave 54e)."""
    return text[sentence[0]:sentence[1]].rstrip().endswith(":") \
        and GIVEN_STATEMENT_RE.match(text, match.start("verb")) is not None


def _published_showing(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Acme published its figures, showing that waits fell by 9%`: the publisher claims what they show."""
    cheap = text.find("ing", *sentence) >= 0 \
        or text.find("which", *sentence) >= 0 and not _leads_a_list(text, sentence)  # `which shows` alone (64m)
    match = (PUBLISHED_SHOWING_RE.search(text, *sentence) if cheap else None) or _document_showing(text, sentence)
    if match is None or inside_holes(match.start(), holes) or _gives_statement_below(text, sentence, match) \
            or match.group("cue").startswith("which") and taken_before(text, sentence[0], match.start("cue") - 1):
        return None  # "X issued a statement following new figures which showed": the figures' clause, read at its cue
    who = speaker_from_region(text, *subject_region(text, sentence[0], match.start() + 1), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans)


def _document_showing(text: str, sentence: Span) -> re.Match[str] | None:
    """Return `launched its report, demonstrating` in a sentence that is no list's lead-in (wave 62e), else None."""
    return None if _leads_a_list(text, sentence) else DOCUMENT_SHOWING_RE.search(text, *sentence)


def _leads_a_list(text: str, sentence: Span) -> bool:
    """Say whether a sentence ends in a colon, a list's lead-in (`publishes its report, which shows that last year its
    teams:`): the list below is read as a list (wave 62e)."""
    return text[sentence[0]:sentence[1]].rstrip().endswith(":")


def _blamed(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Sales fell 2%, which the firm attributed to fog`: the figure and its cause are the firm's."""
    blamed = BLAMED_RE.search(text, *sentence)
    if blamed is None or inside_holes(blamed.start(), holes):
        return None
    own = relative_pronoun_body(f"which {blamed.group('who')}", text[sentence[0]:blamed.start()], ctx) \
        if blamed.group("who") in ("it", "they") else None  # "the complaints the society received rose, which it put"
    who = Who(own[0], own[1], blamed.start("who")) if own is not None \
        else speaker_from_region(text, blamed.start("who"), blamed.end("who"), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract(sentence, holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(blamed.group("cue").split()), spans)


def _judge(text: str, start: int, ctx: Context) -> Who | None:
    """Return who made a judgement without an agent (`was rated good`): the inspectorate in focus, else in a
    text about an inspection the regulator it names."""
    judge = ctx.focus_org("inspectorate") or (ctx.regulator() if _about_an_inspection(text) else None)
    return Who(judge, "inspectorate", start) if judge else None


GERUND_CUE_RE = re.compile(
    r"(?:\b(?:by|after|while|whilst|when|before)\s+(?:also\s+)?(?:(?P<cue>warning|saying|claiming|arguing|insisting"
    r"|announcing|revealing|admitting|stating|noting|pointing\s+out|confirming|disclosing)\s+that"
    r"|(?<=\bby\s)(?P<bare>saying|stating)(?=\s+(?:(?:the|a|an|its|their|his|her|it|they|he|she|there)\b|[A-Z0-9])))"
    r"|(?<=[a-z0-9%],\s)(?P<set_off>(?:reporting|announcing|revealing|disclosing)(?:\s+that)?))\s+(?=\S)")
"""`The council defended the rise by warning that ...`: a cue inside the main clause, its subject's; `saying` and
`stating` also without `that` after `by`, before a clause's subject (`responded by saying the fees were fair`, wave
45a); a participle of reporting set off after the main clause (`Acme beat its forecast, reporting a 9% rise in sales`,
`..., announcing that A`, wave 47c): what it reports, with `that` or as its object, is the subject's."""
_GERUND_CUE_WORDS = ("ing that", "by saying", "by stating", ", reporting", ", announcing", ", revealing", ", disclosing")
"""What every match of `GERUND_CUE_RE` holds (the cheap test first)."""


def holds_gerund_cue(text: str, start: int, end: int) -> bool:
    """Say whether a span may hold a gerund cue: one of the words every match holds is there (cheap)."""
    return holds_any(text, start, end, _GERUND_CUE_WORDS)


def _gerund_cue(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X defended the rise by warning that A`: the main clause's subject claims A."""
    match = GERUND_CUE_RE.search(text, *sentence) if holds_gerund_cue(text, *sentence) else None
    if match is None or inside_holes(match.start(), holes) or not _set_off_only(text[sentence[0]:match.start()]):
        return None
    cue_start = text.rindex(",", sentence[0], match.start()) if match.group("set_off") else match.start()
    aside_end = text.rfind(",", sentence[0], cue_start)
    who = main_subject(text, sentence[0], cue_start, ctx) if aside_end < 0 \
        else _subject_before_aside(text, sentence[0], aside_end, match.start(), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group().split()), spans)


WITH_CUE_RE = re.compile(
    r",\s+with\s+(?P<who>[^,;:()\"\u201c\u201d]{2,80}?)\s+(?P<cue>(?:saying|warning|confirming|claiming|arguing|insisting"
    r"|noting|stating|admitting|conceding|acknowledging|predicting|estimating|pointing\s+out)(?:\s+that)?)\b[\s,]*(?=\S)")
"""A speaking participle in a with-absolute after a main clause (`Talks resumed, with the union saying that A`, `...,
with officers confirming at the time, A`; wave 50e): its subject claims what follows. `reporting`, `adding` and the
like are left out: their object is a thing (`with most traders reporting lower sales`, `adding to the pressure`)."""


def _with_cue(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `A happened, with X saying that B`: X claims B when the main clause holds no cue of its own (a main
    clause's cue speaks for the whole sentence, as before)."""
    if text.find(", with ", *sentence) < 0:
        return None
    match = WITH_CUE_RE.search(text, *sentence)
    if match is None or inside_holes(match.start(), holes) or ANY_CUE_RE.search(text, sentence[0], match.start()):
        return None
    if not has_verb(text[match.end():sentence[1]]):
        return None
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans)


def _subject_before_aside(text: str, start: int, aside_end: int, cue_start: int, ctx: Context) -> Who | None:
    """Return the subject of `X, <aside>, replied by saying`: who the words up to the aside's closing comma name, when a
    past verb follows it."""
    after = text[aside_end + 1:cue_start].split()[:1]
    if not after or not reads_as_past_verb(after[0]):
        return None
    return speaker_from_region(text, start, aside_end + 1, ctx)


def _set_off_only(before: str) -> bool:
    """Say whether the words before a gerund cue hold no comma, or only a pair around an aside after the subject
    (`Jo Roe, who chairs the board, replied by saying`, wave 45a), not an opening phrase or a list."""
    parts = before.rstrip(", ").split(",")
    return len(parts) == 1 or len(parts) == 3 and skippable(parts[1].strip()) and parts[0].strip()[:1].isupper()


SUBORDINATE_RE = re.compile(r"(?:When|After|Before|Once|Until|Since|If|Because|Although|Though|While|Whilst)\b[^,]*$")
"""A clause that cannot stand alone before an aside cue: `When officers returned, she said, they found ...`."""


DESCRIBING_NP_RE = any_script(re.compile(r"\s*(?:(?:a|an)\s+(?:[a-z]+ly\s+)?[a-z]+er\s+[^,;:]{0,80}?\bthan\b"
                              r"|the\s+(?:[a-z]+est|first|only)\b)[^,;:]{0,100}[.!]?\s*"))
"""`..., the report said, a smaller share than the year before.` or `..., the steepest decline since 2005.`: a noun
phrase about the figure, not a claim apart."""


INSPECTION_RE = re.compile(r"\b(?:inspection|inspectors|inspected)\b", re.IGNORECASE)


@per_text(4)
def _about_an_inspection(text: str) -> bool:
    """Say whether a text reports an inspection: then a rating without its agent is the regulator's it names."""
    return INSPECTION_RE.search(text) is not None


def _aside(text: str, sentence: Span, match: re.Match[str], holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute a sentence whose cue stands between commas: the words on both sides are the claim."""
    subject = ctx.subject  # the body that opened the sentence before: what `, the company said,` may mean
    remember_names(text, (sentence[0], match.start()), holes, ctx)
    ctx.subject = ctx.subject or subject
    who = publisher_in(text, (match.start("who"), match.end("who")), ctx) \
        or speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None:
        return None
    after = (match.end(), sentence[1])
    lead = CLAUSE_LEAD_RE.match(text[after[0]:after[1]])
    contents = [(sentence[0], match.start()), (after[0] + (lead.end() if lead else 0), after[1])]
    if SUBORDINATE_RE.match(text, sentence[0], match.start()) or DESCRIBING_NP_RE.fullmatch(text, *after) \
            or not has_verb(text[sentence[0]:match.start()]):  # "The remainder, he said, were earmarked ..."
        contents = [(sentence[0], sentence[1])]  # "When officers returned, she said, they found ...": one claim
    elif re.match(r"even\s+(?:as|though|if|while)\b", text[after[0]:after[1]]) \
            or tail_attribution(text, (after[0] + (lead.end() if lead else 0), after[1]), holes, ctx) is not None:
        contents = contents[:1]  # "..., the department said, even as officers warned": the writer's aside; "...,
        # new figures show, but the union says ...": the words after are the union's
    spans = tuple(s for content in contents for part in subtract(content, holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(text[match.end("who"):match.end()].split()).strip(" ,"), spans)


def _inverted_aside(text: str, sentence: Span, match: re.Match[str], holes: list[Span], ctx: Context
                    ) -> Attribution | None:
    """Attribute `The increase, said X, is due to A` to X: the whole sentence is one claim, its subject and predicate
    not apart (wave 48c, as `The remainder, he said, were earmarked`); None when X is no party."""
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None or who.kind == "unresolved":
        return None
    spans = tuple(s for part in subtract(sentence, holes) for s in split_items(text, part))
    cue = text[match.start() + 1:match.start("who")].strip()
    return Attribution(who.name, who.kind, cue, spans) if spans else None


def tail_attribution(text: str, after: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Return the attribution of the words after a cue set off by commas when they report a speaker of their own
    (`..., new figures show, but the union says ...`); else None."""
    if not ANY_CUE_RE.search(text, *after):
        return None  # no cue word after the aside (a cheap test first)
    tail = attribute_sentence(text, after, holes, ctx)
    return tail if tail is not None and tail.spans and tail.spans[0][0] > after[0] else None
