"""Quoted speech: who speaks a quotation (the cue before or after it, a signature, a lead-in) and quotations that run
over paragraphs."""
from __future__ import annotations

import re

from ..category_figures import joined_categories
from ..entities import Mention, find_mentions
from ..items import has_verb, is_rhetoric, is_statement, is_verb_like
from ..speakers import Context, Who, speaker_from_region
from ..section_heads import heads_section
from ..statement import MAX_SIGNATURE_CHARS, comma_signer, quote_marked
from ..text import Block, Quote, Span, before_space, find_speech, is_abbreviation, split_sentences, strip_span
from ..vocabulary import any_script, verb_alternation, ROLES, SPEECH_BASES, SUBJECT_PRONOUNS

from .named_after import names_other_speaker
from .nested_quotes import reported_inside
from .patterns import CUE_RE, SPEECH_VERB_RE, MAX_SUBJECT_CHARS, MIN_SPEECH_WORDS, SPEECH_AFTER_RE, SPEECH_BEFORE_RE
from .records import Attribution, Found
from .spoken_clauses import spoken_clauses
from .telling_infinitives import telling_infinitive
from .colon_predicates import predicate_before_colon
from .fronted_sources import fronted_source
from .verb_subjects import subject_before_verb
from .sources import ACCORDING_AFTER_QUOTE_RE, ROLE_THEN_NAME_RE

MAX_QUOTED_PARAGRAPHS = 8
"""How many paragraphs ahead the cue closing a multi-paragraph quotation is looked for."""
_CLOSING_MARKS = "\u201d\"\u2019'"


def without_stray_close(text: str, span: Span) -> Span:
    """Leave out a closing quotation mark that ends a list item without opening in it (`- hiring 200 nurses"`)."""
    start, end = span
    if end > start and text[end - 1] in "\"\u201d" and not any(mark in text[start:end - 1] for mark in "\"\u201c"):
        return strip_span(text, (start, end - 1))
    return span


def quoted_lead_in(text: str, block: Block, quotes: list[Quote], speaker: Who | None) -> Attribution | None:
    """Read a paragraph whose quotation ends in a colon (`"Our priorities this year are:`) as its speaker's lead-in:
    the bullets below go on with the quotation."""
    if not quotes or speaker is None or quotes[-1].inner[1] < block.end - 1 \
            or text[block.body:block.end].rstrip(_CLOSING_MARKS + " ")[-1:] != ":":
        return None
    return Attribution(speaker.name, speaker.kind, "quotation continues", (), colon=True)


def opens_unclosed(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a paragraph opens with a quotation that no mark closes in it: the first paragraph of several."""
    return bool(quotes) and quotes[0].outer[0] == block.body and quotes[0].outer[1] >= block.end \
        and text[block.end - 1] not in _CLOSING_MARKS


_DOUBLE_MARK_RE = re.compile("[\u201c\u201d\"]")
"""A double quotation mark, opening or closing (single marks are read as apostrophes here)."""


def left_open(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a paragraph's last quotation runs to its end with no closing mark: it goes on below."""
    return bool(quotes) and quotes[-1].outer[1] >= block.end and text[block.end - 1] not in _CLOSING_MARKS


def unmarked_close(text: str, blocks: list[Block], index: int) -> tuple[int, int] | None:
    """Return the paragraph and offset of the mark that closes a quotation left open above `blocks[index]` when the
    paragraphs go on with no opening mark (`"We cut waits.` / `We hired staff."`); None when a paragraph opens with a
    mark, is a bullet or does not end a sentence, or no mark closes within `MAX_QUOTED_PARAGRAPHS`."""
    for at in range(index, min(index + MAX_QUOTED_PARAGRAPHS, len(blocks))):
        block = blocks[at]
        mark = _DOUBLE_MARK_RE.search(text, block.body, block.end)
        if block.bullet or mark is None and text[block.end - 1] not in ".!?":
            return None
        if mark is not None:
            closes = text[mark.start() - 1] in ".!?," and (mark.end() == block.end or text[mark.end()].isspace())
            return (at, mark.start()) if closes else None
    return None


def continued_quotation(text: str, block: Block, end: int, speaker: Who, ctx: Context) -> list[Found]:
    """Return a paragraph (up to `end`) that goes on a quotation with no opening mark as its speaker's claims."""
    inner = strip_span(text, (block.body, end))
    quote = Quote((block.body, min(end + 1, block.end)), inner)
    found = attribute_speech(text, block, [quote], ctx, speaker, True)[1]
    return [f for f in found if not is_rhetoric(text[f.span[0]:f.span[1]])]


def speaker_ahead(text: str, blocks: list[Block], index: int, quotes: list[Quote], ctx: Context) -> Who | None:
    """Return who a multi-paragraph quotation without a cue of its own belongs to: the speaker the cue after its
    closing mark names, paragraphs later (`"... wishful thinking," Jo Roe said.`); None when no cue closes it."""
    if speech_speaker(text, blocks[index], quotes[0], ctx)[0] is not None:
        return None  # a cue in the paragraph itself says who speaks
    for block in blocks[index + 1:index + MAX_QUOTED_PARAGRAPHS]:
        following = find_speech(text, block)
        if not following or following[0].outer[0] != block.body:
            return None  # the quotation ended without a cue
        if not opens_unclosed(text, block, following):
            return speech_speaker(text, block, following[0], ctx)[0]
    return None


RELATIVE_OPENING_RE = re.compile(r"(?:which|who|whose|where)\b")
"""A quotation opening with a lower-case relative pronoun goes on with the clause before it."""


def embedded(text: str, block: Block, quote: Quote) -> bool:
    """Say whether a quotation sits inside a clause (`created an "unacceptable risk"`), not after a cue."""
    before = text[max(block.body, quote.outer[0] - 30):quote.outer[0]].rstrip()
    if before.endswith(",") and RELATIVE_OPENING_RE.match(text, quote.inner[0], quote.inner[1]):
        return True  # '..., "which means we will be back here next year."': the clause goes on in quotation marks
    if not before or not before[-1].isalnum():
        return False
    return not SPEECH_BEFORE_RE.search(before) or reported_inside(text, block, quote)  # 'said X confirmed "..."'


class Speech:
    """The quotations of a block, given to their speakers in text order as the sentences are read."""

    def __init__(self, text: str, block: Block, quotes: list[Quote], ctx: Context, previous: Who | None,
                 opened_by: str = "") -> None:
        """Hold a block's quotations, the speaker of the quotation before them, and the cue that opened them."""
        self.text, self.block, self.quotes, self.ctx, self.previous = text, block, quotes, ctx, previous
        self.opened_by = opened_by
        self.found: list[Found] = []
        self.spoken = False  # a quotation of the block was given to its speaker (its words may all be rhetoric)
        self.done = 0

    def upto(self, offset: int) -> None:
        """Attribute every quotation that opens before an offset and is not attributed yet."""
        start = self.done
        while self.done < len(self.quotes) and self.quotes[self.done].outer[0] < offset:
            self.done += 1
        if self.done > start:
            self.previous, found = attribute_speech(self.text, self.block, self.quotes[start:self.done], self.ctx,
                                                    self.previous, self.spoken)
            if self.opened_by and start == 0:  # "X said:" ending the paragraph before
                found = [f._replace(cue=self.opened_by) if f.cue == "quotation continues" else f for f in found]
            self.spoken = self.spoken or bool(found)
            self.found += [f for f in found if not is_rhetoric(self.text[f.span[0]:f.span[1]])]  # "We are sorry."


SPOKEN_CONNECTOR_RE = re.compile(r"(?:(?:and|or|but|also|plus|(?-i:that)(?!\s+(?:is|was|has|had)\b)|(?-i:while|whilst))\b"
                                 r"(?![\'\u2019])[\s,]*)+", re.IGNORECASE)
"""Conjunctions opening a quoted sentence (`And we ...`), left out of its claim; `With a week to go`, `That
simply was not the case` and `While costs rose, we held our margin` (a concession, wave 26c) stay whole."""


def attribute_speech(text: str, block: Block, quotes: list[Quote], ctx: Context,
                     previous: Who | None, spoken: bool = False) -> tuple[Who | None, list[Found]]:
    """Give each quotation in a block to its speaker; return the last speaker and the claims."""
    found: list[Found] = []
    for quote in quotes:
        speaker, cue = speech_speaker(text, block, quote, ctx)
        if speaker is None and (quote.outer[0] == block.body or found or spoken) and previous is not None \
                and not names_other_speaker(text, block, quote):  # '"...," said Dr. Ann Lane': not going on (56e)
            speaker, cue = previous, "quotation continues"
        if speaker is None and not found and not spoken and last_mark(text, block.body, quote.outer[0]) in (".", "!"):
            speaker = introducing_person(text, block.body, quote.outer[0], ctx)  # "Jo Roe opened it. “...”": hers
            cue = "introduced"
        if speaker is None:
            continue
        previous = speaker
        ctx.spoke(speaker.name, speaker.kind)
        for sentence in joined_categories(text, split_sentences(text, *quote.inner)):
            if text[sentence[0]:sentence[1]].rstrip(" \u201d\"'\u2019").endswith(":"):
                continue  # '"Our priorities this year are:': a lead-in to the bullets below, no claim itself
            span = strip_span(text, sentence, " \u00a0\u201c\u201d\"'\u2018\u2019,;:")
            lead = SPOKEN_CONNECTOR_RE.match(text, *span)
            span = strip_span(text, (lead.end(), span[1])) if lead and lead.end() < span[1] else span
            parts = spoken_clauses(text, span)  # "We hired A, we opened B and we cut C": three claims (40f)
            if not all(spoken_claim(text, part) for part in parts):
                parts = [span]  # a clause too short to stand leaves its sentence whole
            found += [Found(speaker.name, speaker.kind, cue, part) for part in parts if spoken_claim(text, part)]
    return previous, found


def spoken_claim(text: str, span: Span) -> bool:
    """Whether a quoted sentence or clause is long enough and a statement, so a row."""
    return len(text[span[0]:span[1]].split()) >= MIN_SPEECH_WORDS and is_statement(text[span[0]:span[1]])


def last_mark(text: str, start: int, end: int) -> str:
    """Return the last character of text[start:end] that is not white space, '' if none, read back from `end` (a long
    paragraph is not copied once per quotation)."""
    end = before_space(text, end)
    return text[end - 1] if end > start else ""


def last_full_stop(text: str, start: int, end: int, since: int = 0) -> int:
    """Return where the last full stop in text[start:end] that ends a sentence is, -1 if none: the stop of a title or an
    initial (`Ms. Roe`, `Minister K. Roe MP said:`) ends none. A caller that reads nothing before `since` has the
    search stop there (-1 if no stop ends a sentence from there on), so that a long paragraph is not read back to its
    start once per quotation."""
    floor = max(start, since)
    dot = text.rfind(".", floor, end)
    while dot >= 0 and is_abbreviation(text, start, dot):
        dot = text.rfind(".", floor, dot)
    return dot


def speech_speaker(text: str, block: Block, quote: Quote, ctx: Context) -> tuple[Who | None, str]:
    """Find who says a quotation from the cue before it (`X said:`) or after it (`, he said`)."""
    floor = quote.outer[0] - MAX_SUBJECT_CHARS  # a stop before it would open the sentence before the floor: unread
    sentence_start = max(last_full_stop(text, block.body, quote.outer[0], since=floor - 1) + 1, block.body, floor)
    before = SPEECH_BEFORE_RE.search(text, sentence_start, quote.outer[0]) \
        or colon_past_tense(text, sentence_start, quote.outer[0])
    if before:
        who_start = max(text.rfind(mark, sentence_start, before.start()) for mark in "\u201c\u201d\"") + 1
        who = speaker_from_region(text, max(who_start, sentence_start), before.start(), ctx)
        if who is None and who_start > sentence_start and only_conjunction(text, who_start, before.start()):
            who = _first_cue_subject(text, sentence_start, who_start, ctx)  # 'X said it was "late", but added: "..."'
        if who is not None:
            return who, " ".join(before.group().split())
    after = SPEECH_AFTER_RE.match(text, quote.outer[1], min(block.end, quote.outer[1] + 120))
    if after:
        group = "who" if after.group("who") else "who_after"
        who_end = after.end(group) if group == "who" \
            else _name_after_role(text, after.start(group), after.end(group), block.end)
        who = speaker_from_region(text, after.start(group), who_end, ctx)
        if who is not None:
            return who, SPEECH_VERB_RE.search(after.group()).group()  # type: ignore[union-attr]
    named = _named_before_colon(text, sentence_start, quote, ctx)
    if named is not None:  # 'Jo Roe, chief executive of Acme, on the results: "..."'
        return named, "named"
    fronted = fronted_source(text, sentence_start, quote, ctx)
    if fronted is not None:  # 'In a statement signed by its chair, Jo Roe, "..."', 'According to Jo Roe, "..."' (69e)
        return fronted
    participle = _participle_before_quote(text, sentence_start, quote, ctx)
    if participle is not None:  # 'X said it was spending £160m, adding: "..."'
        return participle
    infinitive = _infinitive_before_quote(text, sentence_start, quote, ctx)
    if infinitive is not None:  # 'Jo Roe went on to say: "..."', 'The chair was keen to stress: "..."'
        return infinitive
    telling = telling_infinitive(text, sentence_start, quote, ctx)
    if telling is not None:  # 'Jo Roe went on to tell MPs: "..."' (61d)
        return telling
    predicate = predicate_before_colon(text, sentence_start, quote, ctx)
    if predicate is not None:  # 'Ms Harte spoke about her inquiry: "..."', 'Val concluded: "..."' (66e)
        return predicate
    according = ACCORDING_AFTER_QUOTE_RE.match(text, quote.outer[1], block.end)
    if according is not None:  # '"Forty staff were hired," according to Jo Roe, chief executive of Acme.'
        who = speaker_from_region(text, according.start("who"), according.end("who"), ctx)
        if who is not None:
            return who, "according to"
    signed = _signature_after(text, block, quote, ctx)
    return (signed, "signed") if signed is not None else (None, "")


PARTICIPLE_BEFORE_QUOTE_RE = re.compile(r",\s+(?P<cue>adding|saying|warning|insisting|explaining|noting|stressing|arguing"
                                        r"|claiming|continuing)\s*[:,]\s*$")
"""A participle of speech right before a quotation: `..., adding: "..."`; its subject speaks."""


def _participle_before_quote(text: str, sentence_start: int, quote: Quote, ctx: Context) -> tuple[Who, str] | None:
    """Return the subject of the clause a participle of speech goes on from (`A spokeswoman for X said ..., adding:
    "..."`, `Jo Roe defended the plan, saying: "..."`): the subject before the sentence's first verb."""
    match = PARTICIPLE_BEFORE_QUOTE_RE.search(text, sentence_start, quote.outer[0])
    if match is None:
        return None
    who = reporting_subject(text, sentence_start, match.start(), ctx) \
        or subject_before_verb(text, sentence_start, match.start(), ctx)
    return (who, match.group("cue")) if who is not None else None


def reporting_subject(text: str, sentence_start: int, end: int, ctx: Context) -> Who | None:
    """Return who speaks before a sentence's first verb of speech (`Chief executive Jo Roe` of `Chief executive Jo Roe
    said the trust had missed out, adding: "..."`): the one the participle goes on from, never the subject of the
    clause she reports (wave 58n); None when no verb of speech follows a subject."""
    verb = SPEECH_VERB_RE.search(text, sentence_start, end)
    return speaker_from_region(text, sentence_start, verb.start(), ctx) \
        if verb is not None and verb.start() > sentence_start else None


INFINITIVE_BEFORE_QUOTE_RE = re.compile(rf"\bto\s+(?P<cue>{verb_alternation(SPEECH_BASES)})\s*:\s*$")
"""A speech verb's infinitive right before a quotation after a colon: `went on to say:`, `was quick to add:`."""


def _infinitive_before_quote(text: str, sentence_start: int, quote: Quote, ctx: Context) -> tuple[Who, str] | None:
    """Return the subject of a sentence whose verb leads to a speech verb's infinitive before a quotation (`Jo Roe went
    on to say: "..."`, `The chair was keen to stress: "..."`): the subject before the sentence's first verb."""
    match = INFINITIVE_BEFORE_QUOTE_RE.search(text, sentence_start, quote.outer[0])
    if match is None:
        return None
    who = subject_before_verb(text, sentence_start, match.start(), ctx)
    return (who, " ".join(match.group().rstrip(": ").split())) if who is not None else None


def introducing_person(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Return the named person the last sentence of text[start:end] opens with, narration with no quotation
    (`Guild organiser Jo Roe thanked the drivers.`, `Area officer for the guild, Jo Roe, joined the picket.`): the
    press introduces a speaker so, then gives her quotation with no cue of its own; else None."""
    sentences = split_sentences(text, start, end)
    if not sentences or quote_marked(text, *sentences[-1]):
        return None
    sentence_start, sentence_end = sentences[-1]
    first = text[sentence_start:sentence_end].split(maxsplit=1)[0].strip(",").lower()
    if first in SUBJECT_PRONOUNS or text[sentence_end - 1] not in ".!":
        return None  # "He joined the picket.": no name to introduce; a heading or a question introduces no one
    verb = next((m for m in _LOWER_WORD_RE.finditer(text, sentence_start, sentence_end) if is_verb_like(m.group())
                 or _PRESENT_AFTER_NAME_RE.match(text[max(sentence_start, m.start() - 40):m.end()]) is not None), None)
    who = speaker_from_region(text, sentence_start, verb.start(), ctx) if verb and verb.start() > sentence_start \
        else None
    return who if who is not None and who.kind == "person" else None


_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
_PRESENT_AFTER_NAME_RE = re.compile(r".*\b[A-Z][\w'\u2019-]*,?\s+[a-z]+[^s\W]s$", re.DOTALL)
"""A present tense right after a capitalised word (`Minister Jo Roe congratulates`, `Jo Roe, chair, welcomes`):
the verb a press release's opening sentence ends its subject with."""


def _first_cue_subject(text: str, sentence_start: int, end: int, ctx: Context) -> Who | None:
    """Return the subject of a sentence's first reporting cue before an offset (`Asked by X, Jo Roe said ...`: Jo Roe)."""
    cue = CUE_RE.search(text, sentence_start, end)
    return speaker_from_region(text, sentence_start, cue.start(), ctx) if cue and cue.start() > sentence_start else None


CONJUNCTION_ONLY_RE = re.compile(r"[\s,;]*(?:(?:and|but)\s+)?(?:(?:also|then|later)\s+)?\s*", re.IGNORECASE)
"""What may stand between a quotation and a second cue of the same subject: `, but`, `, and then`, `but also`."""


def only_conjunction(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] holds only a conjunction (`, but `): the next verb shares the sentence's subject."""
    return CONJUNCTION_ONLY_RE.fullmatch(text, start, end) is not None and text[start:end].strip(" ,;") != ""


COLON_PAST_RE = any_script(re.compile(r"\b(?P<verb>[a-z]{3,}ed)\s*:\s*$"))
"""Any past tense right before a colon and a quotation: `X fumed: "..."`, `X blasted: "..."` (a tabloid's verbs)."""
LIST_VERBS: frozenset[str] = frozenset("included listed detailed outlined summarised summarized highlighted identified "
                                       "recommended required needed concluded".split())
"""Past tenses before a colon that open a list or a finding, not a quotation's speech."""


def colon_past_tense(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the past tense that opens a quotation after a colon (`Lucy Roe, 44, fumed:`), not a list's verb."""
    match = COLON_PAST_RE.search(text, start, end) if text.rfind(":", start, end) >= 0 else None
    return match if match is not None and match.group("verb") not in LIST_VERBS else None


def _name_after_role(text: str, start: int, end: int, block_end: int) -> int:
    """Return where the name set off after the role text[start:end] ends (`said Acme's regional director, Jo Roe.`,
    `stated Head of Schools Improvement and Pupil Support, Jo Roe`), else `end`: the person speaks, not the role's
    body."""
    if not ROLES.intersection(text[start:end].lower().split()):
        return end
    name = ROLE_THEN_NAME_RE.match(text, end, block_end) or REMIT_THEN_NAME_RE.match(text, end, block_end)
    return name.end("name") if name is not None else end


_REMIT_WORD = r"(?:[a-z]{1,4}-)?[A-Z][\w'\u2019\-]*"
REMIT_THEN_NAME_RE = any_script(re.compile(
    rf",[ \t]+(?P<name>{_REMIT_WORD}(?:[ \t]+{_REMIT_WORD}){{0,3}}[ \t]+(?:and|&)[ \t]+{_REMIT_WORD}"
    rf"(?:[ \t]+{_REMIT_WORD}){{0,3}}?,?[ \t]+{_REMIT_WORD}[ \t]+{_REMIT_WORD})[ \t]*(?=[,.;!]|$)"))
"""`, Skills and e-Learning Jo Roe` or `, Planning and Estates, Jo Roe` after a post: a remit joined by `and`, then the
person's name, its last two words (wave 45e)."""


SAYS_RE = re.compile(r"(?:Says|Adds|Explains|(?:(?:A|An|The)\s+)?(?:Quote|Quotes|Comment|Comments|Statement|Message|Remarks"
                     r"|Letter|Note|Response|Reaction|Update|[Ww]ord)\s+(?:from|by)"
                     r"|(?:Below|Here|Above|Attached|Enclosed)\s+(?:is|are)(?P<presented>)|(?:The\s+following|What\s+follows)"
                     r"\s+(?:is|are)(?P<follows>)"
                     r")\s+")
"""An inverted cue before the speaker's name: `Says Jo Roe, chief executive of Acme:`, `Quote from Jo Roe:`, `Message
from Mayor Jo Roe:`, `A statement from Jo Roe:`; or a frame that presents a statement below it (`Below is`, `Here is`,
`The following is`), read with PRESENTED_RE."""
PRESENTED_RE = re.compile(r"(?:a|an|the|our|his|her|its|their)\s+(?:(?:full|complete|official|joint|latest|written|short"
                          r"|brief|further|new|updated|prepared)\s+)*(?:statement|comment|message|remarks|response"
                          r"|reaction|update|letter|note|quote)s?(?:\s+(?:issued|released|provided|given|sent))?"
                          r"(?:\s+(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)))?\s+(?:from|by)\s+")
"""What a presenting frame points at, up to its giver: `a statement from`, `the full joint statement issued by`."""
MAX_PRESENTED_CHARS = 200
"""A presented statement's lead-in may carry the giver's whole post (`..., Senior Vice President of X:`)."""
MAX_PRESENTED_WORDS = 5
"""The most words a giver's body and post may take before the person (`Acme Gas spokeswoman Jo Roe`)."""


def says_opening(text: str, start: int, end: int) -> int | None:
    """Return where the giver's name starts after an inverted cue (`Quote from `) or a presenting frame (`Below is a
    statement from `), else None."""
    says = SAYS_RE.match(text, start, end)
    if says is None:
        return None
    if says.group("presented") is None and says.group("follows") is None:
        return says.end()
    pointed = PRESENTED_RE.match(text, says.end(), end)
    return pointed.end() if pointed is not None else None


def _presented_person(text: str, begin: int, mentions: list[Mention]) -> Mention | None:
    """Return the person a presented statement's lead-in names right after its giver's body and post, set off by a
    comma or the colon (`NPR spokeswoman Jo Roe, Vice President:`): the person speaks, not her body."""
    for mention in mentions:
        if mention.kind == "person" and not mention.possessive and text[mention.end:mention.end + 1] in (",", ":") \
                and len(text[begin:mention.start].split()) <= MAX_PRESENTED_WORDS:
            return mention
    return None


def _named_before_colon(text: str, start: int, quote: Quote, ctx: Context) -> Who | None:
    """Return the person named first in a verbless lead-in ending in a colon right before a quotation (`Jo Roe,
    chief executive of Acme, on the results:`, `Says Jo Roe:`)."""
    end = quote.outer[0]
    lead = text[start:end].strip()
    begin = start + len(text[start:end]) - len(text[start:end].lstrip())
    says = says_opening(text, begin, end)
    if not lead.endswith(":") or len(lead) > (MAX_PRESENTED_CHARS if says is not None else MAX_SIGNATURE_CHARS):
        return None
    begin = says if says is not None else begin
    if says is None and has_verb(lead):
        return None  # "The firm cut prices:": a claim of the writer's, not a speaker's name
    mentions = find_mentions(text, begin, end)
    presented = _presented_person(text, begin, mentions) if says is not None else None
    if presented is not None:
        return Who(ctx.add(presented), "person", begin)  # "Below is a statement from Acme spokeswoman Jo Roe:"
    if not mentions or mentions[0].start != begin or mentions[0].kind != "person":
        return None
    return Who(ctx.add(mentions[0]), "person", begin)


def named_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read a verbless line naming a person before a colon (`Quote from Jo Roe, chief executive:`, `Jo Roe, chief
    executive of Acme, on the results:`) as a colon cue: the quotation or bullets below are that person's."""
    says = says_opening(text, *sentence)
    limit = MAX_PRESENTED_CHARS if says is not None else MAX_SIGNATURE_CHARS
    if text[sentence[1] - 1] != ":" or sentence[1] - sentence[0] > limit:
        return None
    begin = says if says is not None else sentence[0]
    if says is None and has_verb(text[sentence[0]:sentence[1]]):
        return None  # "The firm cut prices:": a claim of the writer's, not a speaker's name
    if says is None and heads_section(text, begin, sentence[1] - 1):
        return None  # "Passenger Routes:" alone above bullets heads a report's section, naming nobody
    mentions = find_mentions(text, begin, sentence[1])
    presented = _presented_person(text, begin, mentions) if says is not None else None
    if presented is not None:
        return Attribution(ctx.add(presented), "person", "named", (), colon=True)
    if not mentions or mentions[0].start != begin or mentions[0].kind != "person" or mentions[0].possessive \
            or text[mentions[0].end:mentions[0].end + 1] not in (",", ":"):
        return None  # "Jo Roe's lawyer said:", "Jo Roe and Tom Hale said:": not Jo Roe alone
    return Attribution(ctx.add(mentions[0]), "person", "named", (), colon=True)


SIGNATURE_LINE_RE = re.compile(r"[ \t]*\r?\n[ \t]*(?:(?:[\u2014\u2013-]+[ \t]*)?|\r?\n[ \t]*[\u2014\u2013]+[ \t]*)"
                               r"(?P<line>[^\r\n]{3,%d})[ \t]*(?:\r?\n|$)" % MAX_SIGNATURE_CHARS)
"""The line under a quotation that signs it: `Jo Roe, Chief Inspector`, `— Jo Roe, chief executive, Acme`; a line
that opens with a dash signs it from the paragraph after a blank line too (a government release's `Quotes`)."""


def _signature_after(text: str, block: Block, quote: Quote, ctx: Context) -> Who | None:
    """Return the person a line right under a paragraph-long quotation names (`Jo Roe, Chief Inspector of X`)."""
    if quote.outer[0] != block.body or quote.outer[1] < block.end:
        return None
    line = SIGNATURE_LINE_RE.match(text, block.end)
    if line is None:
        return _signer_after_blank(text, block, ctx)
    if line.group("line").rstrip()[-1] in ".!?:;\"\u201d":
        return None
    start = line.start("line")
    mentions = find_mentions(text, start, line.end("line"))
    if not mentions or mentions[0].start != start or mentions[0].kind != "person":
        return None
    return Who(ctx.add(mentions[0]), "person", start)


BLANK_THEN_LINE_RE = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n[ \t]*(?P<line>[^\r\n]{3,%d}?)[ \t]*(?:\r?\n|$)" % MAX_SIGNATURE_CHARS)
"""A line after a blank line under a quotation, which signs it only when it is a name and a post (`comma_signer`)."""


def _signer_after_blank(text: str, block: Block, ctx: Context) -> Who | None:
    """Return the person a line after a blank line under a paragraph-long quotation signs it as, with no dash: her
    name, a comma and her post (`Jo Roe, Minister of Finance`, as a government release sets out its quotes; wave
    52e); else None."""
    line = BLANK_THEN_LINE_RE.match(text, block.end)
    signer = comma_signer(text, Block(line.start("line"), line.end("line"), line.start("line"), False)) \
        if line is not None else None
    return Who(ctx.add(signer), "person", signer.start) if signer is not None else _stacked_signer(text, block, ctx)


STACKED_SIGNATURE_RE = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?P<line>[^\r\n]{3,60}?)[ \t]*\r?\n"
                                  r"[ \t]*(?P<post>[^\r\n]{3,%d}?)[ \t]*(?:\r?\n|$)" % MAX_SIGNATURE_CHARS)
"""A signature block under a quotation: a name on a line of its own, then her post on the next (`Jo Roe` over `Chief
Executive`, a body's name often on a third line)."""


def _stacked_signer(text: str, block: Block, ctx: Context) -> Who | None:
    """Return the person a signature block under a paragraph-long quotation names: a line that is her name alone and,
    under it, a line holding a post (`Jo Roe` / `Chief Executive`; wave 69e); else None."""
    lines = STACKED_SIGNATURE_RE.match(text, block.end)
    if lines is None or lines.group("post")[-1] in ".!?:;\"\u201d" \
            or not ROLES.intersection(w.lower().strip(",") for w in lines.group("post").split()):
        return None
    mentions = find_mentions(text, lines.start("line"), lines.end("line"))
    if len(mentions) != 1 or mentions[0].kind != "person" or (mentions[0].start, mentions[0].end) \
            != (lines.start("line"), lines.end("line")):
        return None
    return Who(ctx.add(mentions[0]), "person", mentions[0].start)
