"""The sentence pass: the sentences of a block read in turn, each given to the first reading that finds its speaker."""
from __future__ import annotations

import itertools
import re

from ..items import split_items
from ..role_holders import register_role_holders
from ..speakers import Context, register_acronyms, register_appositives
from ..speakers.byline_credits import on_byline_credit
from ..speakers.owned_appositions import register_owned_appositions
from ..text import Block, Quote, Span, split_sentences, subtract
from ..vocabulary import any_script, BYLINE_RE, ORG_REFERENCES, initial_alternation, verb_alternation

from .side_takers import person_takes_side
from .accusations import accusation, accused_first, may_accuse
from .characterisations import characterisation, characterised_first, may_characterise, plain_characterisation
from .described_relatives import described_relative, may_describe_relative
from .document_participles import document_participle, may_show_in_document
from .own_acts import own_act
from .pledges_from import may_pledge_from, pledge_from
from .document_voices import note_voice
from .made_documents import note_made_document
from .briefing_turns import turn_goes_on, turn_reads_document
from .continuation import POINTS_BACK_RE, continuation, figures_go_on, pointed_back_in, report_goes_on, source_goes_on
from .continuing_leads import carried_lead_in, continuing_lead_in
from .cues import past_verb
from .documents import is_heading
from .findings_after import after_finding, mentions_finding
from .guidance_moves import guidance_move, may_move_guidance
from .lists import INLINE_LEAD_RE, inline_lead_in, lead_in, lead_in_of_person
from .medium_owners import note_medium_owner
from .mid_cues import goes_on_as, own_cue_tail
from .names import read_names, remember_names
from .noted_findings import noted_finding
from .patterns import ANY_CUE_RE, ASIDE_RE, CLAUSE_LEAD_RE, CONTINUE_RE
from .quotes import Speech, named_lead_in
from .recommendation_lists import may_list_recommendations, recommendation_items
from .records import Attribution, inside_holes
from .relative_sources import relative_sources
from .ruling_acts import may_act, ruling_act
from .ruling_voice import may_write_ruling, note_judging_body, ruling_first_person
from .semicolon_clauses import semicolon_clauses
from .share_findings import may_state_share, share_finding
from .sentence import may_frame, tail_attribution, attribute_sentence
from .source_asides import may_set_off_source
from .statement_frames import framed_statement_source
from .shapes import (
    FORECAST_PARTICIPLE_RE, PUT_AT_RE, SPEAKING_PARTICIPLE_RE, VIEW_RE, forecast_participle, audience_heard, participle_first,
    informed_that, may_inform, put_at, response_frame, source_named, speaking_participle, view_of,
)
from .subjects import SUBJECT_PRONOUN_RE
from .that_quotations import quotation_end, quotation_goes_on
from .with_shares import may_state_with_share, with_share


def attribute_sentences(text: str, block: Block, quotes: list[Quote], ctx: Context,
                        last: Attribution | None, speech: Speech) -> list[Attribution]:
    """Attribute the reported claims of each sentence in a block, outside its quoted speech."""
    holes = [quote.outer for quote in quotes]
    body = text[block.body:block.end]
    register_appositives(text, block.body, block.end, ctx)
    register_owned_appositions(text, block.body, block.end, ctx)  # "The NSU's fisheries agency, Kelvar," (62d)
    register_role_holders(text, block.body, block.end, ctx)
    register_acronyms(text, block.body, block.end, ctx)
    if is_heading(text, block, quotes) or not ANY_CUE_RE.search(body) and not body.rstrip().endswith(":") \
            and not CONTINUE_RE.match(body) and not INLINE_LEAD_RE.match(body) \
            and not ("that" in body and VIEW_RE.search(body)) \
            and not SPEAKING_PARTICIPLE_RE.search(body) and not FORECAST_PARTICIPLE_RE.search(body) \
            and not ("put" in body and PUT_AT_RE.search(body)) and not may_inform(body) \
            and not may_move_guidance(body) and not may_list_recommendations(body) \
            and not POINTS_BACK_RE.search(body) and not mentions_finding(body) \
            and not may_frame(text, block.body, block.end) and not may_characterise(body) \
            and not may_describe_relative(body) and not may_show_in_document(body) \
            and not may_accuse(body) and not may_write_ruling(body, ctx) and not may_set_off_source(body) \
            and not may_act(body) and not may_state_share(body) and not may_pledge_from(body) \
            and not may_state_with_share(body):
        if not (is_heading(text, block, quotes)
                and (BYLINE_RE.match(body) or WRITER_RE.search(body) or on_byline_credit(text, block.start))):
            remember_names(text, (block.body, block.end), holes, ctx)  # a byline's outlet is the writer's (28c: also
            # on the credit line under it: `By Jo Roe` / `Valley News Service`)
        return []
    attributions: list[Attribution] = []
    unclaimed: Span | None = None  # the sentence before, when it claimed nothing
    quoted_until = -1  # where a quotation opened after `that` in an earlier sentence ends (43e)
    for sentence in split_sentences(text, block.body, block.end):
        if sentence[0] < quoted_until:
            continue  # 'He added that "A. B."': B is read with A's cue below
        readings = ctx.readings = read_names(text, sentence, holes)  # read once: registered below, a cue's clauses cut
        speech.upto(sentence[0])
        attribution = ruling_first_person(text, sentence, holes, ctx) \
            or informed_that(text, sentence, holes, ctx) or participle_first(text, sentence, holes, ctx) \
            or attribute_sentence(text, sentence, holes, ctx)  # "We find that he has not shown": the ruling's, whole
        if attribution is not None and not attribution.spans and not attribution.colon \
                and CONTINUE_RE.match(text, sentence[0], sentence[1]):
            attribution = None  # "These included X that auditors could not find": the cue claimed nothing
        attribution = turn_reads_document(text, sentence, attribution, attributions[-1] if attributions else last)
        if attribution is None and inside_holes(sentence[0], holes) and inside_holes(sentence[1] - 1, holes):
            unclaimed = None
            continue  # a quoted sentence (`"Our priorities are:`) is the speaker's, read by Speech
        framed_by = response_frame(text, sentence, holes, ctx) if attribution is not None else None
        if framed_by is not None:  # "Responding to X figures which show that A, Jo Roe said:": A is X's, the rest Jo's
            attribution = framed_by[1] or attribution
            attributions.append(framed_by[0])
        answered = framed_statement_source(text, sentence, holes, ctx)
        if answered is not None:  # "X released the following statement on the report, which showed A:": A is its
            attributions.append(answered)
        if attribution is None:
            previous = attributions[-1] if attributions else last
            attribution = recommendation_items(text, sentence, holes, ctx) or ruling_act(text, sentence, holes, ctx) \
                or audience_heard(text, sentence, holes, ctx) or inline_lead_in(text, sentence, holes, ctx) \
                or view_of(text, sentence, holes, ctx) or speaking_participle(text, sentence, holes, ctx) \
                or forecast_participle(text, sentence, holes, ctx) or put_at(text, sentence, holes, ctx) \
                or guidance_move(text, sentence, holes, ctx) or share_finding(text, sentence, holes, ctx) \
                or with_share(text, sentence, holes, ctx) \
                or continuation(text, sentence, holes, previous) or continuing_lead_in(text, sentence, previous) \
                or lead_in(text, sentence, ctx, previous) \
                or carried_lead_in(text, sentence, attributions[-1] if attributions else None) \
                or lead_in_of_person(text, sentence, ctx, previous) or named_lead_in(text, sentence, ctx) or source_named(text, sentence, holes, ctx) \
                or person_takes_side(text, sentence, holes, attributions[-1] if attributions else None, ctx) \
                or figures_go_on(text, sentence, holes, attributions[-1] if attributions else None) \
                or report_goes_on(text, sentence, holes, attributions[-1] if attributions else None) \
                or turn_goes_on(text, sentence, holes, previous) \
                or own_act(text, sentence, holes, attributions[-1] if attributions else None) \
                or (source_goes_on(text, sentence, holes, last) if not attributions else None) \
                or after_finding(text, sentence, holes, ctx) \
                or pledge_from(text, sentence, holes, ctx) \
                or characterisation(text, sentence, holes, ctx) \
                or plain_characterisation(text, sentence, holes, ctx) \
                or described_relative(text, sentence, holes, ctx) \
                or document_participle(text, sentence, holes, ctx) \
                or accusation(text, sentence, holes, ctx)  # 'X called the plan "reckless"'
        parts = [part for found in second_speaker(text, sentence, attribution, holes, ctx)
                 for part in main_clause_speaker(text, sentence, found, holes, ctx)] \
            + _aside_tail(text, sentence, attribution, holes, ctx) if attribution is not None else []
        parts = [part for found in parts for part in noted_finding(text, found, holes, ctx)]  # "notes X's finding that"
        parts = [part for found in parts for part in relative_sources(text, sentence, found, holes, ctx)]  # 26a
        parts = [part for found in parts for part in characterised_first(text, sentence, found, holes)]  # 31a
        parts = [part for found in parts for part in accused_first(text, sentence, found, holes)]  # 43i
        remember_names(text, sentence, holes, ctx, readings)  # the parts read above
        note_medium_owner(text, sentence, parts, ctx)  # "X said in a statement": a later "the statement said" is X's
        note_voice(text, sentence, parts, ctx)  # "..., the report says.": the next sentence's `it adds` is its (32c)
        note_made_document(text, sentence, parts, ctx)  # "A statement from X outlined ...": `It said` is X's (32g)
        for attribution in parts:
            if attribution.spans or attribution.colon or not is_heading(text, block, []):
                ctx.spoke(attribution.speaker, attribution.kind)  # a headline's "X answers Y's claims": Y said nothing
                note_judging_body(text, sentence, attribution, ctx)  # "The Panel noted that": a later "We considered" is the Panel's
            attributions += pointed_back_in(text, unclaimed, sentence, attribution) + [attribution]
        quoted_until = quotation_end(text, sentence, block, parts[-1] if parts else None)
        if quoted_until >= 0:  # the cue's own attribution stays last: a quotation below may go on with its cue
            attributions[-1:-1] = quotation_goes_on(text, sentence, quoted_until, parts[-1])
        unclaimed = sentence if attribution is None and not inside_holes(sentence[0], holes) else None
    return attributions


WRITER_RE = re.compile(r"\b(?:reporter|correspondent|editor|writer|journalist)s?\b", re.IGNORECASE)
"""A byline without its `By` (`Daleham Echo local democracy reporter`): the outlet that writes, not a party
(`vocabulary.BYLINE_RE` reads `By Jo Roe`)."""


SECOND_CUE_RE = any_script(re.compile(
    initial_alternation("and but while whilst after as although though whereas".split())
    + r"\s+(?:(?:last|this|earlier|later|on)\s+[a-z]+,?\s+)?"
    r"(?!that\b|which\b|who\b)(?=(?:[a-z]+\s+){0,3}[A-Z]|(?:its|their)\s+[a-z][a-z \t\-]{1,40},\s+[A-Z]"
    r"|the\s+(?:[a-z\-]+\s+){0,2}(?:%s)\s+(?:%s)\b|the\s+[a-z]+\s+(?:said|says|added|stated|insisted|argued)\b)"
    % (verb_alternation(ORG_REFERENCES | frozenset({"union", "regulator", "watchdog"})),
       "said|says|added|warned|claimed|insisted|estimated|estimates|argued|argues")))
"""`..., but last month Corvan Rail said ...`, `..., and the union said ...`, `..., and the authority said ...`: a second
clause with a subject of its own, maybe its own cue."""


ROLE_APPOSITION_RE = re.compile(r"(?:its|their|the[ \t]+[a-z]+['\u2019]s)[ \t]+[a-z][a-z \t\-]{1,40},[ \t]+"
                                r"[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-.]+){1,3},[ \t]+")
"""`its secretary, Ian Potts, `: a post and its holder's name between commas, the subject of a second cue."""


def second_speaker(text: str, sentence: Span, first: Attribution, holes: list[Span],
                   ctx: Context) -> list[Attribution]:
    """Split a sentence whose content goes on into another party's cue (`Ministers promised trains, but last month
    Acme said that A`): each party claims its own clause; one party, or no cue in the clause, leaves it whole."""
    if not first.spans or first.colon or not text[sentence[0]:first.spans[0][0]].strip() \
            and not _judged_inside(text, first):
        return [first]  # "A, X said, as figures show B": a cue after its content is left whole
    clauses = itertools.chain(SECOND_CUE_RE.finditer(text, first.spans[0][0], first.spans[-1][1]),
                              semicolon_clauses(text, first.spans[0][0], first.spans[-1][1]))
    for match in sorted(clauses, key=lambda found: found.start()):
        cue = ANY_CUE_RE.search(text, match.end(), min(sentence[1], match.end() + 80)) \
            or PUT_AT_RE.search(text, match.end(), sentence[1])  # "; the organisers put it at 4,000" (wave 27b)
        if inside_holes(match.start(), holes) or cue is None \
                or "," in text[match.end():cue.start()] and not ROLE_APPOSITION_RE.fullmatch(text, match.end(), cue.start()) \
                or SUBJECT_PRONOUN_RE.match(text[match.end():cue.start()].strip().capitalize()) \
                or not text[match.end():cue.start()].strip() \
                or past_verb((text[match.end():cue.start()].split(None, 1) or [""])[0]) \
                or text[match.start()] != ";" and (_range_end(text, first.spans[0][0], match.start())
                                                   or _joined_place(text, first.spans[0][0], match.start())):
            continue  # "..., although they noted that", "and disputed X's figures": the same party goes on
        second = attribute_sentence(text, (match.end(), sentence[1]), holes, ctx) \
            or put_at(text, (match.end(), sentence[1]), holes, ctx)
        if second is None or not second.spans or second.speaker == first.speaker and not _judged_inside(text, first):
            continue
        kept = tuple(s for part in subtract(_union(first.spans, match.start()), holes) for s in split_items(text, part))
        return [first._replace(spans=kept), second] if kept else [second]
    return [first]


RANGE_OPENING_RE = re.compile(r"\bbetween(?:[ \t]+[\w.]+){1,3}[ \t]*\Z")
"""`between May 2022` right before an `and`: the `and` ends the range (`between May 2022 and March 2025 X claimed`),
never a second clause."""


def _range_end(text: str, start: int, at: int) -> bool:
    """Say whether the `and` at `at` closes a range that `between` opened a few words before it."""
    return RANGE_OPENING_RE.search(text, max(start, at - 40), at) is not None


PLACE_OBJECT_RE = re.compile(r"\b(?:in|at|from|between|across|throughout|near|to|into)(?:[ \t]+[A-Z][\w'\u2019\-]*){1,3}"
                             r"[ \t]*\Z")
"""A preposition and a name right before an `and` (`in Mauritania`, `between Kerry`): the name after the `and` is the
preposition's second object (`in Mauritania and Chad had shown`), never a second claim's subject (wave 26a)."""


def _joined_place(text: str, start: int, at: int) -> bool:
    """Say whether the `and` at `at` joins a second name to a preposition's object (`in Mali and Chad`)."""
    return PLACE_OBJECT_RE.search(text, max(start, at - 60), at) is not None


def _judged_inside(text: str, first: Attribution) -> bool:
    """Say whether an attribution's cue is a judgement inside its first claim (`26 homes were found to be compliant,
    and the authority said ...`), not a cue after its content."""
    words = first.cue.split()
    return len(words) == 2 and words[0] in ("is", "are", "was", "were", "been") \
        and " ".join(words) in " ".join(text[first.spans[0][0]:first.spans[0][1]].split())


SUBORDINATE_OPENING_RE = re.compile(r"(?:(?:When|Where|After|As|While|Whilst|Although|Though|Since|Because|If|Once|Before)\s"
                                    r"|[^.;:]*,\s+(?:where|when|after|as|while|whilst|although|though|since)\s)")
"""A sentence whose first cue sits in a subordinate clause (`In Allentown, where the department reported A, ...`,
`After Acme said A, ...`): the main clause after it may have a speaker and cue of its own."""
MAIN_CLAUSE_RE = re.compile(r",\s+(?=[A-Z])")
"""A comma before a capitalised word: where a main clause with its own subject may open."""
MAX_MAIN_CLAUSES = 4
"""How many commas in a subordinate clause's content are tried as the start of the main clause."""


def main_clause_speaker(text: str, sentence: Span, first: Attribution, holes: list[Span],
                        ctx: Context) -> list[Attribution]:
    """Split a sentence whose first cue is inside a subordinate clause from its main clause's own cue (`In Allentown,
    where the department reported an 11% fall, Police Chief Jo Roe said B`): the fall is the department's, B is
    Jo Roe's; one party, or no cue after the comma, leaves it whole."""
    if not first.spans or first.colon or not SUBORDINATE_OPENING_RE.match(text, sentence[0], first.spans[0][0]):
        return [first]
    for comma in itertools.islice(MAIN_CLAUSE_RE.finditer(text, first.spans[0][0], first.spans[-1][1]), MAX_MAIN_CLAUSES):
        if inside_holes(comma.start(), holes) or not ANY_CUE_RE.search(text, comma.end(), sentence[1]):
            continue
        second = attribute_sentence(text, (comma.end(), sentence[1]), holes, ctx)
        if second is None or not second.spans or second.speaker == first.speaker \
                or second.spans[0][0] <= comma.end() or second.kind not in ("person", "organisation", "inspectorate"):
            continue  # "..., Acme said" with the claim before the cue: the subordinate clause's own words
        kept = tuple(s for part in subtract(_union(first.spans, comma.start()), holes) for s in split_items(text, part))
        return [first._replace(spans=kept), second] if kept else [second]
    return [first]


def _union(spans: tuple[Span, ...], cut: int) -> Span:
    """Return the span from the first claimed span's start to a cut (where another party's clause begins)."""
    return spans[0][0], cut


def _aside_tail(text: str, sentence: Span, first: Attribution, holes: list[Span], ctx: Context) -> list[Attribution]:
    """Return the attribution of the clause after an aside cue that names its own speaker (`..., figures show, but
    the union says that X`: X is the union's); [] when the aside's speaker says it all."""
    if not first.spans or first.spans[-1][1] >= sentence[1] - 2:
        return []  # the claim runs to the sentence's end: no clause after an aside (a cheap test first)
    aside = ASIDE_RE.search(text, *sentence)
    if aside is None or first.spans[-1][1] > aside.start() or inside_holes(aside.start(), holes):
        start = own_cue_tail(text, sentence, first.spans[-1][1])  # "..., X said in its review, but Y says B" (32d)
        if start is None or inside_holes(start, holes):
            return []
    else:
        lead = CLAUSE_LEAD_RE.match(text[aside.end():sentence[1]])
        start = aside.end() + (lead.end() if lead else 0)
    tail = tail_attribution(text, (start, sentence[1]), holes, ctx)
    return [tail] if tail is not None and (tail.speaker != first.speaker or goes_on_as(text, start)) else []
