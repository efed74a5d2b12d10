"""Paragraphs that continue a speaker: a list carried on, figures shown, a source named after the claim it gives."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..items import split_items
from ..joined_predicates import is_participle
from ..release import has_figure
from ..text import Block, Span, split_sentences, subtract
from ..vocabulary import any_script, load_words, verb_alternation, ORG_HEADS, ORG_REFERENCES, PUBLIC_HEADS

from .patterns import CONTINUE_RE, MIN_LIST_ITEMS, is_commentary
from .records import Attribution


def continue_list(text: str, block: Block, previous: Attribution) -> list[Attribution]:
    """Give a cue-less paragraph that continues an organisation's list to that organisation."""
    if is_commentary(text, block.body, block.end) or _names_another_body(text, block, previous.speaker) \
            or other_body_opens(text, (block.body, block.end), previous.speaker):
        return []  # "The government has set aside ...": another body, not the list going on
    spans = split_items(text, (block.body, block.end))
    if any(_cut_aside(text, span) for span in spans):
        return []  # "The review, commissioned by X and carried out by Y, examined ...": prose split, no list (37c)
    enough = len(spans) >= (2 if len(previous.spans) >= 2 else MIN_LIST_ITEMS) \
        or previous.cue.lower() == "according to" and _all_figures(text, block)  # the source's figures go on
    if not enough and DOCUMENT_CUE_RE.fullmatch(previous.cue):
        found = [a._replace(colon=_leads_in(text, block)) for a in _figures_shown(text, block, previous)]
    else:
        found = [Attribution(previous.speaker, previous.kind, previous.cue, tuple(spans))] if enough else []
    return [_unowned_carried(text, a) for a in found] if previous.kind == "document" else found


def _leads_in(text: str, block: Block) -> bool:
    """Say whether a paragraph that goes on a source's figures ends on a lead-in (`Arrests were made in raids
    including:`): its bullets go on giving them (wave 47b)."""
    return text[block.body:block.end].rstrip().endswith(":")


PARTICLES: frozenset[str] = frozenset("out up".split())
"""Particles after a participle before its agent (`carried out by`, `drawn up by`)."""


def _cut_aside(text: str, span: Span) -> bool:
    """Say whether an item opens on a participle and its agent (`carried out by X, examined ...`): the split cut an
    aside from the subject before it, so the paragraph is prose, not a list."""
    words = text[span[0]:span[1]].split()[:3]
    if not words or not is_participle(words[0]):
        return False
    rest = words[2:] if words[1:2] and words[1] in PARTICLES else words[1:]
    return rest[:1] == ["by"]


DOCUMENT_CUE_RE = re.compile(r"(?:show|shows|showed|showing|reveal|reveals|revealed|revealing)(?:\s+that)?")
"""The cue of figures that show something (`new figures from X show`): the next paragraph may go on giving them."""


def _figures_shown(text: str, block: Block, previous: Attribution) -> list[Attribution]:
    """Give the sentences of figures in the paragraph right after `new figures from X show ...` to X: the writer
    goes on reading out the same figures (a sentence sharing a word with them: `completed`, `completions`; or one that
    parts the count just given, `Of those, 1,312 had waited a year`, wave 48v); each sentence given widens the words
    the next may share (`Of those, 1,312 had waited. Just 51% of patients were seen in time`)."""
    shown = topic_words(" ".join(text[a:b] for a, b in previous.spans))
    spans: list[Span] = []
    given = -1  # the end of the sentence given last: a sentence of figures right after it goes on too
    for sentence in split_sentences(text, block.body, block.end):
        words = topic_words(text[sentence[0]:sentence[1]])
        parts = _parts_count(text, sentence)
        if text[sentence[1] - 1] not in "?:" and (has_figure(text, *sentence) or parts) \
                and (shown & words or parts and sentence[0] == block.body
                     or given >= 0 and not text[given:sentence[0]].strip()):
            spans += split_items(text, sentence)
            shown, given = shown | words, sentence[1]
    return [Attribution(previous.speaker, previous.kind, previous.cue, tuple(spans))] if spans else []  # a lead-in is no figure


TOPIC_PREFIX = 5
"""Letters that make two words the same topic (`completed`, `completions`)."""


def topic_words(words_of: str) -> set[str]:
    """Return the topics of some words: the first letters of each word of five letters or more."""
    return {w[:TOPIC_PREFIX].lower() for w in re.findall(r"[A-Za-z]{%d,}" % TOPIC_PREFIX, words_of)}


def _names_another_body(text: str, block: Block, speaker: str) -> bool:
    """Say whether a paragraph names a body other than a speaker (`Passenger numbers at Dale Airport fell`):
    the writer moved on to another party, so the paragraph does not continue the speaker's list."""
    return any(m.kind == "org" and m.name not in speaker and speaker not in m.name
               for m in find_mentions(text, block.body, block.end))


WRITER_OPENING_RE = re.compile(r"(?:[Ii]t|[Tt]hat)[ \t]+(?:is|was|remains|remained)[ \t]+(?:not[ \t]+|un)(?:clear|known)\b")
"""The writer's own words, no source's: `It is not clear how many ...` (a briefing's spokesperson's, wave 47v, or a
report's findings, wave 48v)."""
CONTRAST_OPENING_RE = re.compile(r"(?:While|Whilst|Although|Though|Despite|But|However|Yet|Even)\b")
"""A paragraph opening that weighs what came before: the writer's, not the source's."""


def _all_figures(text: str, block: Block) -> bool:
    """Say whether every sentence of a paragraph holds a figure and none asks (`X had the most (64), ...`)."""
    if CONTRAST_OPENING_RE.match(text, block.body, block.end):
        return False  # "While the trust's figures were the worst, ...": the writer weighs them
    sentences = split_sentences(text, block.body, block.end)
    return bool(sentences) and all(text[s[1] - 1] != "?" and has_figure(text, *s) for s in sentences)


POINTS_BACK_RE = re.compile(r"(?:That|This|These|Those)(?:['\u2019]s|\s+(?:is|was|are|were))?\s+according\s+to\b"
                            r"|(?:The|These|Those)\s+(?:figures|numbers|data)\s+(?:are|were|come|came)\s+(?:according\s+to|from)\b")
"""A source named after the claim it gives (`There were 412 patients on trolleys. That's according to X.`), its verb
left out in a fragment (`This according to X.`, wave 64x)."""


def _points_back(text: str, sentence: Span, attribution: Attribution) -> bool:
    """Say whether a sentence names the source of the claim before it (`That's according to X`, `The figures come from
    X`), a body or a document the text has resolved (a misread name never takes the sentence before)."""
    return POINTS_BACK_RE.match(text, *sentence) is not None \
        and attribution.kind in ("organisation", "inspectorate", "document")


def _figure_claims(text: str, span: Span, attribution: Attribution) -> list[Attribution]:
    """Give the sentences of figures in a span to the source a later sentence names."""
    spans = tuple(s for sentence in split_sentences(text, *span) if text[sentence[1] - 1] not in "?:"
                  and has_figure(text, *sentence) for s in split_items(text, sentence))
    return [Attribution(attribution.speaker, attribution.kind, attribution.cue, spans)] if spans else []


def pointed_back_in(text: str, unclaimed: Span | None, sentence: Span, attribution: Attribution) -> list[Attribution]:
    """Give the unclaimed sentence before `That's according to X` in the same paragraph to X."""
    return _figure_claims(text, unclaimed, attribution) if unclaimed and _points_back(text, sentence, attribution) else []


def pointed_back(text: str, pointed: Block | None, block: Block, attributions: list[Attribution]) -> list[Attribution]:
    """Give the unclaimed paragraph before one that opens `That's according to X` to X."""
    if pointed is None or not attributions or POINTS_BACK_RE.match(text, block.body, block.end) is None:
        return []
    first = split_sentences(text, block.body, block.end)[0]
    return _figure_claims(text, (pointed.body, pointed.end), attributions[0]) \
        if _points_back(text, first, attributions[0]) else []


def continuation(text: str, sentence: Span, holes: list[Span], previous: Attribution | None) -> Attribution | None:
    """Continue the previous speaker: `These included ...`, `Additionally, ...`."""
    match = CONTINUE_RE.match(text, sentence[0], sentence[1])
    if match is None or previous is None or text[sentence[1] - 1] == "?":
        return None
    if text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        return Attribution(previous.speaker, previous.kind, match.group().strip(" ,"), (), colon=True)
    opener = match.group().split()
    opened = match.start() if opener[0] in POINTING_SUBJECTS and opener[-1] in COPULAS else match.end()
    spans = tuple(s for part in subtract((opened, sentence[1]), holes) for s in split_items(text, part))
    return Attribution(previous.speaker, previous.kind, match.group().strip(" ,"), spans)


COPULAS: frozenset[str] = frozenset("are were".split())
"""An opener's last word that makes it its clause's subject and verb (`These are not isolated lapses`): the row keeps
it, as the claim without it is no statement (wave 40f); `These included A, B` gives the items alone."""
POINTING_SUBJECTS: frozenset[str] = frozenset("These Those They".split())
"""Openers that point back to what the speaker just said; `Other operators are expected to ...` names a new subject
and keeps the reading it had."""


PARTITIVE_OPENING_RE = re.compile(r"Of\s+(?:those|them|these)\s*,|The\s+(?:rest|remainder)(?:\s+of\s+(?:those|them|these))?"
                                  r"\s+(?:were|was|are|is|had|have|went|came)\b")
"""A sentence opening on a part of the count just claimed (`Of those, 58 had waited ...`, `The rest were handled by
phone`, wave 48v): it goes on the claim before it, a person's too (wave 41e)."""


def _parts_count(text: str, sentence: Span) -> bool:
    """Say whether a sentence opens on a part of the count just claimed (`Of those, ...`, `The rest were ...`)."""
    return PARTITIVE_OPENING_RE.match(text, *sentence) is not None


FIGURE_REFERENCE_RE = re.compile(r"(?:The|That|This|These|Those)\s+(?:new\s+)?(?:number|numbers|figure|figures|total"
                                 r"|totals|count|rise|increase|fall|drop|decrease|cut)\s+(?:was|were|is|are|has|have"
                                 r"|had|marked|marks|represented|represents|made|makes|means|meant|came|comes|puts"
                                 r"|put|took|takes|compared|compares)\b(?!\s+(?:first\s+)?(?:published|released|issued|announced"
                                 r"|compiled|collected|obtained|provided|given|shared|made\s+public)\b)")
"""A sentence opening on a noun that points back at the figure just claimed, then its verb (`That figure was a record`,
`The number marked a ten-year high`, `The rise is the first since 2019`): it says what the figure was (wave 44g);
never how it came out (`The figures were published on Tuesday`: narration)."""


PERSON_TALKING_CUES: frozenset[str] = frozenset(("according to", "says"))
"""A person's cues after which her next sentence of figures in the paragraph goes on in her voice (wave 45g): figures
she reads out (`According to figures released by Jo Roe, A. B.`) and the present tense of a feature that lets her talk
on (`Jo Roe says A. The share of B has risen from 4% to 11%.`); after a past `said` the writer's figures stay his."""


def _talks_on(previous: Attribution) -> bool:
    """Say whether a person's cue lets her voice go on into her paragraph's next sentence of figures."""
    return previous.cue.lower() in PERSON_TALKING_CUES


def figures_go_on(text: str, sentence: Span, holes: list[Span], previous: Attribution | None) -> Attribution | None:
    """Give a cue-less sentence of figures right after a body's claim in the same paragraph to that body, or to a
    person whose document spoke (`The report shows A. Its reserves fall to B` after the report's author is named) or
    whose count it parts (`Of those, 58 ...`, wave 41e), or whose figures she reads out or tells in the present
    (`According to Jo Roe, 15 arrests were made. In Eastby, police opened 9 cases.`, wave 45f; `According to figures
    released by Jo Roe, A. B.`, `Jo Roe says A. B.`, wave 45g); a sentence about the figure just claimed (`That figure
    was a record`) goes on it as one of figures does (wave 44g)."""
    if previous is None or previous.kind == "person" and not DOCUMENT_CUE_RE.fullmatch(previous.cue) \
            and not _parts_count(text, sentence) and not _talks_on(previous) \
            or text[sentence[1] - 1] == "?" \
            or not (has_figure(text, *sentence) or previous.spans and (FIGURE_REFERENCE_RE.match(text, *sentence)
                                                                       or _parts_count(text, sentence)
                                                                       or _also_found(text, sentence, previous))):
        return None
    start = _past_weighing(text, sentence, previous)
    if is_commentary(text, start, sentence[1]) or WRITER_OPENING_RE.match(text, start, sentence[1]):
        return None  # "(However,) it is not clear whether ...": the writer weighs the findings (49m)
    spans = tuple(s for part in subtract((start, sentence[1]), holes) for s in split_items(text, part))
    return Attribution(previous.speaker, previous.kind, previous.cue, spans) if spans else None


REPORTED_PAST_CUES = load_words("reported_past_cues")
"""A person's reporting cues in the past (`said`, `told`, `conceded`; `data/reported_past_cues.txt`)."""
PAST_SPEECH_CUE_RE = re.compile(rf"(?:{verb_alternation(REPORTED_PAST_CUES)})\b(?![^:]*:)", re.IGNORECASE)
"""A person's reporting cue in the past with no colon after it (`said`, `told the court that`, `conceded that`): what
she said is reported, and the next sentence may go on reporting it with its verbs moved back (wave 51v)."""
BACKSHIFTED_RE = re.compile(r"[^,;:.?!\n]{0,100}?\b(?:had(?:[ \t]+(?:not|also|already|since|now|only|never|just"
                            r"|previously))*[ \t]+(?P<participle>[a-z]+)"
                            r"|would(?:[ \t]+(?:not|also|still|now|only|then))*[ \t]+[a-z]+)\b")
"""A sentence whose first clause has its verb moved back, as reported speech has (`The number waiting had fallen to
52`, `Each group would also receive a grant of £15,000`): the writer goes on reporting what was said (wave 51v)."""
OTHER_SUBJECT_OPENING_RE = re.compile(r"(?:It|Its|They|Their|We|Our|I|My)\b|(?:He|She)\s+(?!had\b|would\b)")
"""Openings that cannot be a person reported in the third person (`It had asked for 8.5%` after `Mr Roe said`: the
union's act, not his words), and the person herself doing something in the writer's words (`She declined to say
whether ...`, `He fined the firm £9,000`); `She had ...`, `He would ...` go on her report."""
HELD_WORDS = load_words("held_words")
"""Words after `had` that open what was held (`had no plan`, `had a surplus`), not a participle
(`data/held_words.txt`)."""


def _backshifted(text: str, sentence: Span) -> bool:
    """Say whether a sentence's first clause has its verb moved back (`had fallen`, `had not been told`, `would
    receive`), as a report of what was said has; `had` before a noun phrase (`had 40 staff`, `had no plan`) is no such
    verb."""
    match = BACKSHIFTED_RE.match(text, *sentence)
    return match is not None and match.group("participle") not in HELD_WORDS


def report_goes_on(text: str, sentence: Span, holes: list[Span], previous: Attribution | None) -> Attribution | None:
    """Give a cue-less sentence right after a person's reported claim in the same paragraph to that person when its
    verb is moved back as reported speech has (`She said the council had issued 61% of plans in time. The number
    waiting had fallen from 140 to 52.`, `He said the council would keep the buildings. Each group would also receive
    a grant.`, wave 51v); a question, a lead-in, the writer's words, another party named or a sentence about a thing or
    a group (`It had asked for 8.5%`) stop it."""
    if previous is None or previous.kind != "person" or not previous.spans \
            or PAST_SPEECH_CUE_RE.match(previous.cue) is None or text[sentence[1] - 1] in "?:" \
            or OTHER_SUBJECT_OPENING_RE.match(text, *sentence) or not _backshifted(text, sentence) \
            or CONTRAST_OPENING_RE.match(text, *sentence) or is_commentary(text, sentence[0], sentence[1]) \
            or _names_another_party(text, sentence, previous.speaker):
        return None
    spans = tuple(s for part in subtract(sentence, holes) for s in split_items(text, part))
    return Attribution(previous.speaker, previous.kind, previous.cue, spans) if spans else None


def _names_another_party(text: str, sentence: Span, speaker: str) -> bool:
    """Say whether a sentence names a person or a body other than a speaker (`Ms Roe`, `Dale Council`): a surname the
    speaker's name ends on is hers."""
    own = speaker.split()[-1:] if speaker else []
    return any(m.name.split()[-1:] != own and m.name not in speaker and speaker not in m.name
               for m in find_mentions(text, *sentence))


FINDING_CUE_RE = re.compile(r"(?:found|finds|concluded|concludes|estimated|estimates)(?:\s+that)?")
"""The cue of what a report or an inspection found (`the report found`, `found that`): the findings may go on in the
next sentence with no cue (wave 48v)."""
WEIGHING_OPENING_RE = re.compile(r"(?:However|But|Yet|By\s+contrast|In\s+contrast),\s+(?=\S)")
"""A contrast set off by a comma at a sentence's start (`However, files sent for checks waited 38 days.`)."""
ALSO_RE = re.compile(r"(?:[\w'\u2019\-]+[ \t]+){1,6}also[ \t]+[a-z]+ed\b")
"""A subject, `also` and a past verb (`Patients in the province also stayed`): one more of the same findings."""


def _tells_findings(previous: Attribution) -> bool:
    """Say whether an attribution is a body's or a document's findings or figures (`found that`, `shows`, `according
    to`), whose voice a next sentence with no cue may go on."""
    return previous.kind != "person" and (FINDING_CUE_RE.fullmatch(previous.cue) is not None
                                          or DOCUMENT_CUE_RE.fullmatch(previous.cue) is not None
                                          or previous.cue.lower() == "according to")


def _past_weighing(text: str, sentence: Span, previous: Attribution) -> int:
    """Return where a sentence's own words start after a contrast that weighs a body's findings against each other
    (`However, files sent for checks waited 38 days` after `The report found that 83% were decided in time`): the
    findings go on; after any other claim the contrast is the writer's and the sentence starts at its first word."""
    opening = WEIGHING_OPENING_RE.match(text, *sentence) if _tells_findings(previous) else None
    return opening.end() if opening is not None else sentence[0]


def _also_found(text: str, sentence: Span, previous: Attribution) -> bool:
    """Say whether a sentence with no figure adds one more of a body's findings (`Patients also stayed longer`)."""
    return _tells_findings(previous) and ALSO_RE.match(text, *sentence) is not None


def source_goes_on(text: str, sentence: Span, holes: list[Span], last: Attribution | None) -> Attribution | None:
    """Give a paragraph's opening sentence of figures to the source the paragraph before quoted them from (`...,
    according to the board's annual report.` then `The board received 287 complaints, up from 241.`): the writer
    goes on reading out the same source, unless the sentence names another party."""
    if last is None or last.kind == "person" or not last.spans \
            or not (last.cue.lower() == "according to" or DOCUMENT_CUE_RE.fullmatch(last.cue)):
        return None
    if text[sentence[1] - 1] == ":" or CONTRAST_OPENING_RE.match(text, *sentence) \
            or other_body_opens(text, sentence, last.speaker) \
            or any(m.name not in last.speaker and last.speaker not in m.name for m in find_mentions(text, *sentence)):
        return None  # "Orrin Coaches, which runs 14 routes, carried ...": another party
    if POINTS_BACK_RE.match(text[sentence[1]:sentence[1] + 80].lstrip(" ")):
        return None  # "A rose by 17%. That is according to Y.": the next sentence names A's source (wave 50d)
    carried = figures_go_on(text, sentence, holes, last)
    return _unowned_carried(text, carried) if carried is not None and last.kind == "document" else carried


def _unowned_carried(text: str, carried: Attribution) -> Attribution:
    """Leave unresolved a paragraph's figures carried from a document the paragraph before read with no maker
    (`..., according to the agency's annual ridership report.` then `The report counts 28.4 million boardings.`):
    whose figures they are the text does not say there, so the row abstains rather than guess (wave 57a); unless the
    carried words name that document as the text wrote it (`The KELVIN-2 trial followed 300 adults`): then they say."""
    named = carried.speaker.lower()
    if any(named in text[start:end].lower() for start, end in carried.spans):
        return carried
    return carried._replace(kind="unresolved")


OTHER_BODY_OPENING_RE = any_script(re.compile(r"(?:The|the|Its|its)\s+(?P<noun>[a-z]+)\b"))
"""`The government`, `Its board`: the common noun a sentence opens with, to tell another kind of body from the source."""
BODY_NOUNS: frozenset[str] = ORG_REFERENCES | ORG_HEADS | PUBLIC_HEADS
"""Nouns that refer to a kind of body (`council`, `government`, `airlines`)."""


def other_body_opens(text: str, sentence: Span, speaker: str, nouns: frozenset[str] = BODY_NOUNS) -> bool:
    """Say whether a sentence opens with a reference to a kind of body the source is not (`The government has
    promised 500 beds` after the union's figures; `The board received ...` after the board's report is the board), of
    the nouns given."""
    opening = OTHER_BODY_OPENING_RE.match(text, *sentence)
    if opening is None:
        return False
    noun = opening.group("noun")
    return noun in nouns and noun not in speaker.lower().split()
