"""Sentence shapes read before the plain cues: a response to a source, a view, an estimate, a participle of speech, what
a meeting heard."""
from __future__ import annotations

import itertools
import re

from ..adding_acts import adds_amount
from ..entities import find_mentions
from ..items import has_verb, is_verb_like, split_items
from ..speakers import Context, speaker_from_region
from ..text import Span, line_start, subtract
from ..vocabulary import any_script, VIEW_NOUNS, verb_alternation

from .cues import not_a_cue
from .patterns import CUE_RE, MAX_CUES_PER_SENTENCE
from .records import Attribution, any_word, inside_holes
from .sentence import attribute_sentence
from .sources import publisher_in
from .subjects import subject_region

RESPONSE_FRAME_RE = re.compile(r"(?:(?:Responding|Reacting|Replying)\s+to|Commenting\s+on|In\s+(?:a\s+)?response\s+to"
                               r"|Following|After|Welcoming)\s+(?=\S)")
"""A sentence opening on what its speaker answers: `Responding to figures from X which show that A, Jo Roe said`."""
FRAMED_SOURCE_RE = re.compile(r"\s+(?:which|that)\s+(?:also\s+)?(?:show|shows|showed|suggest|suggests|suggested|found|find"
                              r"|finds|reveal|reveals|revealed|say|says|said)\s+(?:that\s+)?"
                              r"|\s+(?:showing|revealing|suggesting|indicating)\s+that\s+"
                              r"|\s+(?:announcement|statement|finding|findings|report|decision|confirmation|claim|claims"
                              r"|warning)\s+(?:[a-z]+\s+){0,3}?that\s+")
"""What the answered source claims inside the frame: `figures which show that`, `its announcement this morning that`,
`figures from X showing that` (wave 31g)."""


def response_frame(text: str, sentence: Span, holes: list[Span], ctx: Context) -> tuple[Attribution, Attribution | None] | None:
    """Split `Responding to X figures which show that A, and that B, Jo Roe said: ...` into the source's claims (A,
    B, X's) and the attribution of the clause that answers (Jo Roe's, from the last comma before the last cue, or
    from the comma before her name when her post is set off by commas, 42e); None when the sentence opens on no
    answered source or no body or document is named in it (a document since 42e: `the latest X figures, which
    showed`)."""
    frame = RESPONSE_FRAME_RE.match(text, *sentence)
    source = FRAMED_SOURCE_RE.search(text, frame.end(), sentence[1]) if frame is not None else None
    if frame is None or source is None or inside_holes(source.start(), holes):
        return None
    cues = [c for c in itertools.islice(CUE_RE.finditer(text, source.end(), sentence[1]), MAX_CUES_PER_SENTENCE)
            if not inside_holes(c.start(), holes)]
    comma = text.rfind(", ", source.end(), cues[-1].start()) if cues else -1
    comma = apposed_subject(text, source.end(), comma, cues[-1].start()) if comma >= 0 else comma
    if comma < 0:
        return None
    who = speaker_from_region(text, frame.end(), source.start(), ctx)
    if who is None or who.kind not in ("organisation", "inspectorate", "document"):
        return None
    spans = tuple(s for part in subtract((source.end(), comma), holes) for s in split_items(text, part))
    answer = attribute_sentence(text, (comma + 2, sentence[1]), holes, ctx)
    return Attribution(who.name, who.kind, " ".join(source.group().split()), spans), answer


def apposed_subject(text: str, start: int, comma: int, cue: int) -> int:
    """Return the comma before the answering clause's subject: when the cue follows a comma (`..., Jo Roe, Director of
    Research at X, said:`), the comma before the person named with her post set off by commas (wave 42e); else
    `comma`."""
    if text[comma + 2:cue].strip():
        return comma
    end = comma
    while (before := text.rfind(", ", start, end)) >= 0:
        named = find_mentions(text, before + 2, end)
        if named and named[0].kind == "person" and named[0].start == before + 2:
            return before
        end = before
    return comma


SOURCE_NAMED_RE = re.compile(r"(?:The|These|Those)\s+(?:figures|numbers|data)\s+(?:are|were|come|came)\s+from\s+"
                             r"(?P<who>[^,;:.]{2,80})")
"""`These figures come from the Rail Data Office`: a sentence that only names the source of the figures before it."""


def source_named(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Read `These figures come from X, which ...` as X's cue with no words of its own: the sentence of figures
    before it is X's (`pointed_back`)."""
    match = SOURCE_NAMED_RE.match(text, *sentence)
    if match is None or inside_holes(match.start(), holes):
        return None
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    return Attribution(who.name, who.kind, "figures come from", ()) if who is not None else None


_AUDIENCES = (r"meeting|committee|court|hearing|inquiry|inquest|tribunal|councillors|members|MPs|TDs|MSPs|board|panel"
              r"|jury|jurors|magistrates|assembly|parliament|senators|council")
HEARD_RE = re.compile(
    rf",\s+(?P<audience>(?:the\s+|a\s+|an\s+)?[^,;:]{{0,60}}?\b(?:{_AUDIENCES}))(?:\s+(?:of|for)\s+[^,;:]{{1,40}}?)?"
    r"\s+(?P<cue>heard|was\s+told|were\s+told)"
    r"(?:\s+(?:at|on|in|during|this|last|yesterday|today|earlier|on)\b[^,;:]{0,60})?[.!]?\s*$")
"""`..., the meeting of the council heard on Monday.`: a meeting, a court or councillors heard the claim; they never
speak it."""
HEARD_LEAD_RE = re.compile(
    rf"(?P<audience>(?:The|the|A|a)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_AUDIENCES}))\s+(?P<cue>heard|was\s+told|were\s+told)"
    r"(?:\s+(?:on|at|in|during|this|last|yesterday|today|earlier)\b[^,;:]{0,40}?)?\s+that\s+(?=\S)")
"""`The court heard that ...`, `The committee was told that ...`: the audience first, then what it heard."""
TOLD_AUDIENCE_AHEAD_RE = re.compile(
    rf"\b(?:told|tells|informed|briefed)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:{_AUDIENCES})\b"
    r"|\b(?:was|were)\s+(?:given|presented|set\s+out|outlined|put)\s+(?:to\s+[^,.;:]{1,40}\s+)?by\b")
"""`X told the meeting`, `The figures were given by X`: who told the audience what it heard."""
MAX_HEARD_AHEAD_CHARS = 700
"""How far after `the meeting heard` the person who told it may be named."""


VIEW_RE = re.compile(rf"['\u2019]s\s+(?:own\s+|latest\s+|initial\s+)?"
                     rf"(?P<cue>(?:{verb_alternation(VIEW_NOUNS)})\s+(?:is|was|remains)\s+that)\s+(?=\S)")
"""`The agency's assessment is that ...`, `the council's view remains that ...`: the possessor states what follows."""


SPEAKING_PARTICIPLE_RE = any_script(re.compile(r",\s+(?P<cue>(?:insisting|saying|adding|arguing|claiming|stressing|warning|noting"
                                    r"|explaining|pointing\s+out|alleging|asserting|contending|acknowledging|admitting)"
                                    r"(?:\s+only)?(?:\s+that(?=\s+[\w\u00a3$\u20ac\"\u201c]))?)\s+"
                                    r"(?=(?:it|they|he|she|we|there|the|a|an|its|their|this|these|those|some|all|no|most|many"
                                    r"|more|fewer|few|every|each|both|none|nobody|only|about|around|nearly|almost|over|half"
                                    r"|his|her|our|any)\b|[A-Z\d\u00a3$\u20ac\"\u201c]|(?<=that\s)"
                                    r"|[a-z]{3,}s\s+(?:(?!(?:to|who|which|that|and|with|she|he|they|we|it)\b)[a-z\-]+\s+){0,3}"
                                    r"(?:had|have|has|were|are|would|will|could|should|might|may|can|rose|fell|grew|[a-z]{3,}ed)\b)"))
"""`Acme Water hit back, insisting the figures were wrong`, `X sued Y, alleging that ...`: a participle of speech after
the subject's own verb, before a clause (never `adding to delays`, `warning of more`); a clause may open on a bare
plural and its verb (`, saying calls for service rose 11%`, wave 22e), never a thing said (`saying thanks to staff`)."""


def participle_first(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute a sentence at its participle of speech when no other cue comes before it (`X welcomed the figures,
    saying they showed ...`: X says what they showed)."""
    match = SPEAKING_PARTICIPLE_RE.search(text, *sentence)
    if match is None or any(not inside_holes(c.start(), holes) and not not_a_cue(text, sentence[0], c.start())
                            for c in itertools.islice(CUE_RE.finditer(text, sentence[0], match.start()), MAX_CUES_PER_SENTENCE)):
        return None
    return speaking_participle(text, sentence, holes, ctx)


TELLING_WITH_WHOM: tuple[str, ...] = (
    "reminded", "reminds", "reminding", "assured", "assures", "assuring", "reassured", "reassures", "reassuring",
    "advised", "advises", "advising", "convinced", "convinces", "persuaded", "persuades", "briefed", "briefs",
    "briefing", "put it to")
"""Verbs of telling read only with the one told before `that` (`reassured residents that`, `briefs staff that`;
wave 68e: every tense of the family, not only `reminded`, `assured`, `advised`)."""
TELLING_ALONE: tuple[str, ...] = ("informed", "informs", "informing", "notified", "notifies", "notifying")
"""Verbs of telling read also with nobody told before `that` (`The minister informed that ...`, wave 47b)."""
_TELLING_WITH_WHOM = "|".join(w.replace(" ", r"\s+") for w in TELLING_WITH_WHOM)
_TELLING_ALONE = "|".join(TELLING_ALONE)
INFORMED_RE = re.compile(rf"\b(?P<cue>(?:(?:{_TELLING_WITH_WHOM})\s+"
                         r"(?!by\s)(?P<whom>(?:[\w&.'\u2019\-]+\s+){1,4}?)"
                         r"|(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!been\s)(?<!being\s)(?<!be\s)"
                         rf"(?:{_TELLING_ALONE})\s+(?:[\w&.'\u2019\-]+\s+){{0,4}}?)that)\s+(?=\S)")
"""`X has informed the agency that ...`, `X reminded riders that ...`, `X put it to her that ...`, `She reassured
residents that ...`: a verb of telling with the one told between it and `that`, or after an active `informed` or
`notified` none (`The minister informed that ...`, wave 47b; in `Council was informed that` the subject is the one
told; `was convinced by the report that`: a passive's agent, no one told); the subject tells what follows."""
INFORMED_WORDS = TELLING_WITH_WHOM + TELLING_ALONE
"""What every match of `INFORMED_RE` holds (the cheap test first)."""
INFORMED_WORDS_RE = any_word(INFORMED_WORDS)
"""Finds any of `INFORMED_WORDS` in one scan of a range, no copy of it made (25S): `any(word in text[a:b] ...)`."""


def may_inform(body: str) -> bool:
    """Say whether a paragraph may hold a verb of telling before `that` (`reminded riders that`)."""
    return any(word in body for word in INFORMED_WORDS) and INFORMED_RE.search(body) is not None


def informed_that(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Brennock Pharma has informed the MDSA that testing found A` to the subject before the verb of
    telling when no other cue comes before it: A is the subject's claim, whoever is told or named inside it."""
    if INFORMED_WORDS_RE.search(text, *sentence) is None:
        return None  # the cheap test first: none of the words every match holds
    match = INFORMED_RE.search(text, *sentence)
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?" \
            or any(not inside_holes(c.start(), holes) and not not_a_cue(text, sentence[0], c.start())
                   for c in itertools.islice(CUE_RE.finditer(text, sentence[0], match.start()), MAX_CUES_PER_SENTENCE)):
        return None
    start, end = subject_region(text, sentence[0], match.start())
    who = speaker_from_region(text, start, end, ctx)  # the speaker's own occasion is cut there (47c)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans) if spans else None


PUT_PARTICLES = ("up", "down", "forward", "in", "on", "out", "off", "aside", "together", "back", "through", "a", "an",
                 "pressure")
"""Words after `put` that make another verb (`put up prices at 40 stores`, `put forward`) or an object that is no measure
(`put a stop to`, `put pressure on`): a determiner-less object of an estimate opens with none of them."""
PUT_AT_RE = re.compile(r"\s(?P<cue>puts?)\s+(?:the|its|their)\s+(?:[a-z\-]+\s+){0,2}?(?:number|numbers|figure|total|cost|costs"
                       r"|bill|increase|rise|fall|drop|loss|losses|shortfall|deficit|toll|count|growth|decline)\s+"
                       r"(?:at|down\s+to)\s+(?=\S)"
                       r"|\s(?P<cue_at>puts?|putting)\s+(?:(?:the|its|their|his|her)\s+[^,;:.\"\u201c]{1,80}?\s+|it\s+"
                       r"|(?!(?:%s)\b)[a-z][a-z\-]+\s+(?:[^,;:.\"\u201c]{1,80}?\s+)??)at\s+"
                       r"(?=(?:about|around|roughly|some|nearly|almost|approximately|over|under|between"
                       r"|(?:more|less|fewer)\s+than|up\s+to|at\s+least|just\s+(?:over|under))?\s*[£$€\d])"
                       r"(?![\d.:]+\s*(?:am|pm|a\.m|p\.m|o['\u2019]clock)\b)" % "|".join(PUT_PARTICLES))
"""`X put the number at 53`, `Dr Roe put the increase down to flu`: an estimate or a cause, the subject's claim; any
measure put at a figure (`put the wing's annual economic impact on the area at $118 million`, wave 21e); the measure
just named put at a figure (`the organisers put it at 4,000`, wave 27b); a measure without a determiner and a range
opened by `between` (`puts average hotel occupancy at 71%`, `put the cost at between £1.4m and £2m`, wave 41e)."""


def put_at(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Figures from X put the number at 53` and `Jo Roe put the rise down to flu` to the subject before
    `put`, the estimate or cause with its verb; None when no party is the subject."""
    match = PUT_AT_RE.search(text, *sentence) if "put" in text[sentence[0]:sentence[1]] else None
    if match is None or inside_holes(match.start(), holes):
        return None
    who = publisher_in(text, (sentence[0], match.start()), ctx) \
        or speaker_from_region(text, *subject_region(text, sentence[0], match.start()), ctx)
    if who is None:
        return None
    cue = match.start("cue") if match.group("cue") else match.start("cue_at")
    spans = tuple(s for part in subtract((cue, sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group().split()[:1]), spans) if spans else None


FORECAST_PARTICIPLE_RE = re.compile(r",\s+(?P<cue>projecting|forecasting|predicting|estimating|finding|concluding)\s+"
                                    r"(?=[a-z\d\u00a3$\u20ac\"\u201c])")
"""`X presented its budget, projecting revenue of $148m`, `The regulator downgraded X, finding "serious failings"`: a
forecast or a finding after the subject's own verb, kept in the claim."""


def forecast_participle(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Acme cut its outlook, forecasting profit of £40m` to the subject before the sentence's first verb,
    the forecast with its verb; None when no party opens the sentence."""
    match = FORECAST_PARTICIPLE_RE.search(text, *sentence) if "ing " in text[sentence[0]:sentence[1]] else None
    if match is None or inside_holes(match.start(), holes):
        return None
    verb = next((m for m in re.finditer(r"\b[a-z]+\b", text[sentence[0]:match.start()]) if is_verb_like(m.group())), None)
    who = speaker_from_region(text, sentence[0], sentence[0] + verb.start(), ctx) if verb and verb.start() else None
    if who is None or who.kind not in ("organisation", "inspectorate", "person"):
        return None
    if participle_lead_in(text, sentence, match.end()):  # "X downgraded Y, finding that the landlord:"
        return Attribution(who.name, who.kind, match.group("cue"), (), colon=True)
    spans = tuple(s for part in subtract((match.start("cue"), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, match.group("cue"), spans) if spans else None


def speaking_participle(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Acme Water hit back, insisting (that) X` to the subject before the sentence's first verb: X is its
    claim. None when no verb follows the subject (`Profits, saying ...`) or the subject is no party."""
    match = SPEAKING_PARTICIPLE_RE.search(text, *sentence)
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?" \
            or adds_amount(text[match.start("cue"):sentence[1]].split()):
        return None  # no participle, or `..., adding 2,600 to the normal count`: an amount added, no words (66g)
    verb = next((m for m in re.finditer(r"\b[a-z]+\b", text[sentence[0]:match.start()]) if is_verb_like(m.group())), None)
    if verb is None or verb.start() == 0:
        return None
    who = speaker_from_region(text, sentence[0], sentence[0] + verb.start(), ctx)
    if who is None:
        return None
    if participle_lead_in(text, sentence, match.end()):
        return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), (), colon=True)
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans) if spans else None


def participle_lead_in(text: str, sentence: Span, content_start: int) -> bool:
    """Say whether a participle of speech opens a lead-in (`X thanked Y, noting that under his leadership the
    district:`): the sentence ends in a colon with no clause of its own after the cue, so the items below are the
    participle's subject's, whatever the grammatical subject inside the lead-in (`the district`)."""
    return text[content_start:sentence[1]].rstrip()[-1:] == ":"


def view_of(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `The X Agency's assessment is that the risk is low` to the possessor of the judgement; None when the
    possessor is no party the text names (`The public's view is that`)."""
    match = VIEW_RE.search(text, *sentence) if text.find("that", *sentence) >= 0 else None  # the cheap test first
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?":
        return None
    who = speaker_from_region(text, sentence[0], match.start() + 2, ctx)
    if who is None or who.kind not in ("organisation", "inspectorate", "person"):
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans) if spans else None


def audience_heard(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `A has 212 homes lying vacant, the meeting heard.`: the claim is the person's who the next
    sentences say told the meeting (`The figures were given by X`), if one alone; else the audience's own words,
    unresolved (a meeting or a court never speaks)."""
    if text.find("heard", *sentence) < 0 and " told" not in text[slice(*sentence)]:
        return None
    heard = HEARD_RE.search(text, *sentence)
    leading = HEARD_LEAD_RE.match(text, *sentence) if heard is None else None
    if leading is not None:  # "The court heard that Mr Roe had sold 300 fake watches."
        content, heard = (leading.end(), sentence[1]), leading
    elif heard is not None and not inside_holes(heard.start(), holes) and has_verb(text[sentence[0]:heard.start()]):
        content = (sentence[0], heard.start())
    else:
        return None
    people = _who_told_ahead(text, sentence[1], ctx)
    audience = " ".join(heard.group("audience").split())
    name, kind = (people[0], "person") if len(people) == 1 else (audience[:1].lower() + audience[1:], "unresolved")
    spans = tuple(s for part in subtract(content, holes) for s in split_items(text, part))
    return Attribution(name, kind, " ".join(heard.group("cue").split()), spans)


def _who_told_ahead(text: str, start: int, ctx: Context) -> list[str]:
    """Return the people the text goes on to say told the audience (`X told the meeting`, `given by X`), in order."""
    people: list[str] = []
    end = min(len(text), start + MAX_HEARD_AHEAD_CHARS)
    for told in TOLD_AUDIENCE_AHEAD_RE.finditer(text, start, end):
        begin = max(text.rfind(". ", start, told.start()) + 2, line_start(text, told.start()), start)
        finish = told.start() if told.group().startswith(("told", "tells", "informed", "briefed")) \
            else min(end, _sentence_end(text, told.end(), end))
        persons = [m for m in find_mentions(text, begin if finish == told.start() else told.end(), finish)
                   if m.kind == "person"]
        if persons:
            name = ctx.add(persons[-1] if finish == told.start() else persons[0])
            people += [name] if name not in people else []
    return people


def _sentence_end(text: str, start: int, end: int) -> int:
    """Return where the sentence going on at `start` ends, before `end`."""
    stop = text.find(". ", start, end)
    return stop if stop >= 0 else end
