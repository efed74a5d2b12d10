"""The block pass: walk a text's blocks (quotations, transcripts, lists, continuations) and return every attributed
claim."""
from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from ...model import BODY_KINDS
from ..bodies import item_speaker
from ..claim_labels import CHECKER_LABEL_RE, labelled_claim, may_hold_labels
from ..datelines import date_stamp_end, dateline_end
from ..entities import reading_of
from ..examiner_offices import houses_examiner
from ..judging_panels import judges_discipline
from ..followups import follows_report, tells_of_reported
from ..full_names import named_in_full
from ..misread_bodies import bodies_read_as_people
from ..items import is_speaker_phrase, split_items
from ..layout import TIME_STAMP_RE, is_furniture, masthead_issuer
from ..list_heads import phrase_items
from ..questions_apart import is_question_apart
from ..release import ends_release, is_release, own_page
from ..speakers import Context, Who, register_acronyms
from ..speakers.bounds import whole_bodies
from ..speakers.appointed_firms import firm_names
from ..speakers.labels import labelled_speakers
from ..speakers.places import places_as_people
from ..speakers.lead_company import lead_company
from ..speakers.later_named_leads import later_named_leads
from ..speakers.lead_references import lead_references
from ..speakers.namesake_owners import owners_elsewhere
from ..speakers.held_nouns import held_nouns
from ..speakers.issuer_boards import issuer_references
from ..speakers.own_inquiries import inquiry_references
from ..speakers.voice_subjects import bare_voice, voice_subject
from ..speakers.they_groups import they_body, they_group
from ..speakers.post_holders import post_holders
from ..speakers.name_kinds import kind_by_name
from ..speakers.regulator_signs import kind_by_signs
from ..speakers.post_signs import kind_by_posts
from ..speakers.short_kinds import full_name_kinds
from ..text import Block, Span, closing_for, find_speech, split_blocks, split_sentences, strip_span
from ..statement import in_statement, statement_claims, statement_party
from ..transcript import (
    Turn, in_turn_list, is_transcript, leaves_turn, read_label, turn_claims, unlabelled_interviewee, unlabelled_turn,
)
from ..vocabulary import FIRST_PERSON_RE, boundary_alternation

from .answer_quotes import in_person_quotation, may_quote, person_quotations
from .attributed_statements import ends_statement, header_author, other_speaks
from .headed_statements import headed_claims
from .asked_parties import asked_party
from .availability import offers_document
from .courtesies import is_courtesy
from .sentiments import is_sentiment
from .described_parties import is_described_party
from .briefing_turns import turn_carried
from .continuation import pointed_back, continue_list
from .figure_makers import figures_maker
from .documents import (
    BOILERPLATE_RE, about_section, column_names, describes_itself, body_short_names, table_header, table_row, table_shape,
    table_source, the_regulator, is_heading,
)
from .introduced_documents import introduced_documents
from .issuer import (
    bridges_statement, date_only, is_chrome_line, MAX_CHROME_LINES, plain_paragraph, running_quotation, first_body, foreword_voice, header_fields, issuer_first_person, issuer_people, issuer_sentences, own_voice_release, release_voice,
    statement_opened, issuer_claims, answers_question, signer_claims, released_sentences,
)
from .letter_layout import is_listing
from .live_entries import entry_openings
from .named_leads import named_lead_in
from .statement_leads import (
    closing_statement, following_statement, headed_lead_in, heading_statement, statement_below,
)
from .forewords import foreword_signers, signer_lead_in
from .letters import letter_claims, letter_senders, sender_lead_in
from .lists import advice_lead_in, bare_item, below_lead_in, bullets_ended, caption_lead_in, cued_quotation, \
    heading_lead_in, open_lead_in, sub_label
from .pointed_messages import message_back, without_pointer
from .provenance_sentences import provenance_claims
from .lead_findings import lead_finding_claims
from .tips import TIPS_CUE, tip_facts, tips_lead_in
from .document_texts import MAX_TEXT_BLOCKS, ends_text, reads_lead_in, text_claims
from .patterns import VERBS, ANY_CUE_RE, MAX_CUES_PER_SENTENCE, OPENING_MARKS
from .quotes import (
    Speech, continued_quotation, embedded, introducing_person, left_open, opens_unclosed, quoted_lead_in, speaker_ahead,
    unmarked_close, without_stray_close,
)
from .official_papers import answer_turns, made_by_field, stated_claims, stated_sentences
from .open_that import that_lead_in
from .records import Attribution, Found
from .sentence import attribute_sentence
from .ruling_writers import ruling_writer
from .sentences import attribute_sentences
from .signed_quotations import signed_claims, signed_quotations
from .opening_statements import opening_statement
from .speech_transcripts import speech_opened, spoken_claims
from .statement_lists import listed_paragraph
from .unquoted_speech import opens_speech, speech_claims, speech_goes_on


def attributed_spans(text: str) -> list[Found]:
    """Walk the blocks of a text and return every attributed claim, in block order."""
    reading_of(text, 0, len(text))  # the whole text read first: its sentences are cut from that reading (46s)
    blocks = split_blocks(text)
    ctx = Context(text=text, blocks=blocks)  # the blocks split once: a clause's reader asks for them too
    found: list[Found] = []
    pending: Attribution | None = None  # a colon cue waiting for its bulleted items or its quotation
    last: Attribution | None = None  # the previous paragraph's last attribution
    speech_speaker: Who | None = None
    held_open = -1  # the paragraph whose last quotation (`speech_speaker`'s) ran to its end with no closing mark
    release = ctx.release = is_release(text, blocks) or own_voice_release(text, blocks)
    own_signs = ctx.signed_page = not release and own_page(text, blocks)  # no label, but two signs (57b): the
    # issuer's own acts are its claims; all else reads as on any page
    ctx.ruling_writer = ruling_writer(text, ctx)  # "DECISION OF THE X PANEL", "by Jo Roe" over "an Inspector": its `We`/`I`
    voice = release_voice(text, blocks, ctx) if release else None  # "Delivered by Ann Holt, Minister for X"
    release_voice_name = voice.name if voice is not None else None  # the release's voice, when it names one
    ctx.header_voice = release_voice_name
    masthead = ctx.masthead = masthead_issuer(text, blocks, ctx) if release else None  # "Acme Water plc" on a line alone
    answers = answer_turns(text, blocks, ctx)  # "Answered on 9 May by Jo Roe": her answer; the question nobody's (35e)
    official = bool(answers) or voice is not None and made_by_field(text, blocks)  # "Made by: Jo Roe MP": hers (35e)
    turn: Turn | None = Turn("", NARRATION, 0) if is_transcript(text, blocks) else None  # before the first label: narration
    entries = entry_openings(text, blocks)  # a live page's time-stamped entries: none carries into the next (34c)
    interviewee = unlabelled_interviewee(text, blocks, ctx, lambda: masthead_issuer(text, blocks, ctx)) \
        if turn is None and not entries else None  # "Larkspur Learning Trust" over its own questions and answers
    turn = Turn("", NARRATION, 0) if interviewee else turn  # the introduction is read as any paragraph
    masthead_kind = "organisation"  # an interviewee the text never registered is the masthead's body, never a person
    about = False  # inside an `About Acme Water` section
    unclaimed: Block | None = None  # the paragraph before, when it claimed nothing (`That's according to X` may)
    table: list[Block] = []  # rows of a table no lead-in claimed, which a `Source: X` line below may give to X
    heading_at = -10  # where the heading of the statement read now stands
    under_heading = False  # the statement set out under a heading naming a person: its third-person prose goes on with it
    speaking = False  # the statement under `headed` is a speech (56f): a party it cites never ends it
    stated: str | None = None  # the person whose statement (`STATEMENT FROM MAYOR JO ROE`) the paragraphs set out
    signer: Who | None = None  # the person who signs off the first-person paragraphs (`Jo Roe` over `Chair`, 33f)
    headed: Who | None = None  # the person an attribution header names (`Please attribute to Jo Roe:`, 34f)
    advice = False  # under a lead-in to advice (`The trust is asking the public to:`): its bullets are nobody's
    spoken: Attribution | None = None  # the person whose unquoted words the paragraphs set out (`X said:` then words)
    forewords = foreword_signers(text, blocks)  # "Chair's foreword" ... "Jo Roe" / "Chair": her blocks (36a)
    senders = letter_senders(text, blocks)  # "Dear resident," ... "Yours sincerely, Jo Roe": her letter's paragraphs
    signed_off = signed_quotations(text, blocks)  # '"...' over paragraphs, '..."', '- Jo Roe, Chair': hers (41b)
    labels = may_hold_labels(text)  # a fact-checker's `CLAIM 1: "..."` with `Made by: X` below
    used: frozenset[int] = frozenset()  # the blocks a labelled claim has read
    lead: Span | None = None  # the lead-in line of the pending list
    document: tuple[Attribution, int] | None = None  # a document's text set out below `The statement reads:` (47b)
    released: Who | None = None  # the party whose statement `X released the following statement.` set out below (49v)
    open_quote: tuple[Who, int, int] | None = None  # a quotation going on unmarked: its speaker, closing block and mark
    for index, block in enumerate(blocks):
        if index in used:
            continue
        if document is not None and (index - document[1] > MAX_TEXT_BLOCKS or ends_text(text, block)):
            document = None  # "Ada Obi" signing it off, or ENDS: the document's text is over (47b)
        elif document is not None:
            found += text_claims(text, block, document[0])
            pending = last = None
            continue  # "The statement reads:" then its paragraphs: the document's party's (47b)
        if open_quote is not None:  # '"We cut waits.' then 'We hired staff."': no opening mark, the speaker's (47b)
            quoted_by, closing_at, mark_at = open_quote
            found += continued_quotation(text, block, mark_at if index == closing_at else block.end, quoted_by, ctx)
            open_quote = None if index == closing_at else open_quote
            pending = last = None
            continue
        pointed, unclaimed, count = unclaimed, None, len(found)
        if index in entries:  # "12:15": a new entry, whose parties are its own (34c)
            pointed = pending = last = spoken = speech_speaker = None
            ctx.new_entry()
        if index in signed_off:
            who = ctx.add(signed_off[index])
            found += [Found(who, "person", "signed quotation", s) for s in signed_claims(text, blocks, index)]
            pending = last = spoken = None
            continue
        sourced = table_source(text, block, table, ctx) if table else []
        if sourced:
            found += sourced
            table = []
            continue
        if headed is not None and ends_statement(text, block, []):
            headed = None  # "ENDS", a heading, a contact line: the attributed statement is over (34f)
            ctx.header_voice = release_voice_name
        if (release or own_signs or turn is not None) and ends_release(text, block):
            release = own_signs = False
            turn = Turn("", NARRATION, 0) if turn is not None else None  # "ENDS", "Notes to editors": no turn goes on
        about = about_section(text, block, about)
        if about or BOILERPLATE_RE.match(text, block.body, block.end) or describes_itself(text, block) \
                or is_furniture(text, block):
            pending = last = None  # "About Acme Water: ...": the boilerplate, nobody's claim
            continue
        if index in answers:
            voice = answers[index]
            if voice is None:
                pending = last = None  # a written question, its asker, or the line naming who answers: no claim
                continue
            ctx.header_voice = release_voice_name = voice.name
        labelled = labelled_claim(text, blocks, index, ctx) if labels else None
        if labelled is not None:
            found += [Found(labelled.speaker, labelled.kind, "claim label", s) for s in labelled.spans]
            used, pending, last = labelled.used, None, None
            continue
        if stated is not None and (date_only(text, block) or is_heading(text, block, []) and index + 1 < len(blocks)
                                   and in_statement(text, blocks[index + 1])
                                   or index - heading_at <= MAX_CHROME_LINES and is_chrome_line(text, block)):
            continue  # "Statement by X", "Mar 25, 2020" or "Border Controls": the statement goes on below (47v)
        stated = (stated if stated is not None and (in_statement(text, block) or bridges_statement(text, blocks, index)
                                                    or under_heading and (plain_paragraph(text, block)
                                                                         or listed_paragraph(text, block)
                                                                         or running_quotation(text, block)))
                  else None) \
            or statement_opened(text, blocks, index, ctx) \
            or (opening_statement(text, blocks, ctx) if index == 0 and not release else None)  # no heading (52q)
        party = statement_party(text, block) if stated is not None else None
        under_heading = stated is not None and (party.kind == "person" if party is not None else under_heading)  # (47e)
        heading_at = index if party is not None else heading_at  # "Published", "3 minute read" below it: furniture
        if stated is not None:
            register_acronyms(text, block.body, block.end, ctx)  # "the State Bureau (SB)" named inside the statement
            stated_kind = "person" if ctx.kinds.get(stated, "person") == "person" else ctx.kind_of(stated)
            found += [] if party else \
                [Found(stated, stated_kind, "statement", s) for s in statement_claims(text, block)]
            pending = last = None
            continue
        if turn is not None and (not is_heading(text, block, []) or index > 0 and in_turn_list(text, blocks[index - 1])):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            label = read_label(text, block, ctx) if interviewee is None \
                else unlabelled_turn(text, block, turn, interviewee, following, ctx.kinds.get(interviewee, masthead_kind))
            if label is None and (turn.kind == NARRATION or turn.speaker and (is_narration(text, block)
                                                                          or leaves_turn(text, block, turn)
                                                                          or is_question_apart(text, block))):
                turn = Turn("", NARRATION, 0)  # "X said after the interview that ...": read as any paragraph
            else:
                turn = label or turn  # "Mayor Jo Roe: ..." until the next label
                release = release and label is None  # after the first label, no paragraph is an issuer's voice
                own_signs = own_signs and label is None
                if turn.speaker:
                    body = max(turn.body, block.body) if turn.body <= block.end else block.body
                    listed = index > 0 and in_turn_list(text, blocks[index - 1])  # "we have:" then its items
                    found += _turn_found(text, (body, block.end), listed, turn, ctx, interviewee is not None)
                continue
        author = header_author(text, block) if turn is None else None
        opened = speech_opened(text, blocks, index) if turn is None and author is None and headed is None else None
        giver = author or opened  # "Please attribute to Jo Roe, Chair of X:", or a speech's greeting (56f)
        if giver is not None:  # her statement below, no claim (34f)
            headed = Who(ctx.add(giver), "person", block.body)
            speech_speaker, ctx.header_voice = headed, headed.name  # a quotation with no cue, its lead-ins, `I`: hers
            speaking = opened is not None
            pending = last = None
            continue
        quotes = [q for q in find_speech(text, block) if not embedded(text, block, q)]
        if pending is not None and sub_label(text, block, quotes):
            continue  # "Fourth Quarter:" between a lead-in's bullets: the lead-in's speaker goes on below it
        pending = None if pending is not None and bullets_ended(text, blocks, index) else pending
        if pending is not None and column_names(text, block, quotes, blocks[index + 1] if index + 1 < len(blocks) else None):
            continue  # "Charge | Now | From 1 April", "|---|---|": the columns' names, the lead-in's rows below (35a)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        before = blocks[index - 1] if index else None
        if pending is not None and (block.bullet and not cued_quotation(text, block, quotes)
                                    or bare_item(text, block, quotes, lead, before)
                                    and not opens_speech(text, block, quotes, pending, following)
                                    or not pending.lines and table_row(text, block, quotes)):
            row = without_stray_close(text, strip_span(text, (block.body, block.end), "|"))  # "| North | 1,200 |"
            if pending.cue == TIPS_CUE:  # "- Using a fan: Running a fan costs just $7.": its stated figure (53q)
                found += [Found(pending.speaker, pending.kind, pending.cue, s) for s in tip_facts(text, row)]
                continue
            own, row = item_speaker(text, row, ctx) or ((pending.speaker, pending.kind, pending.cue), row)
            found += [Found(*own, s) for part in split_sentences(text, *row)  # a paragraph of two sentences: two rows
                      if not is_listing(text, part)  # "- Elm Road Hall: Tuesday 23 March, 2pm": an arrangement (22c)
                      for s in phrase_items(text, lead, part, split_items(text, part))]  # "- The Ministry reports ...": the Ministry's
            continue
        if pending is not None and not pending.lines and table_header(text, block, quotes):
            continue  # "Region      Homes      Change": the columns' names, the lead-in's rows still to come
        spoken = pending if pending is not None and opens_speech(text, block, quotes, pending, following) else \
            spoken if spoken is not None and pending is None and speech_goes_on(text, block, quotes, spoken) \
            and not ends_statement(text, block, quotes) else None
        if spoken is not None:
            found += speech_claims(text, block, spoken)  # "X said:", then paragraphs of X's words unquoted
            pending = last = None
            continue
        ctx.block += 1
        ctx.block_end = block.end  # the names read so far end with this paragraph (27d)
        opened_by = pending.cue if pending is not None and quotes and quotes[0].outer[0] == block.body else ""
        if opened_by:
            speech_speaker = Who(pending.speaker, pending.kind, 0)  # type: ignore[union-attr]
        pending = None
        if not opened_by and last is not None and last.spans and follows_report(block, quotes, last.cue) \
                and not tells_of_reported(text, quotes[0], last.kind) and held_open != index - 1:
            speech_speaker = Who(last.speaker, last.kind, 0)  # "X said ...", then a quotation with no cue: X's
        if not opened_by and pointed is not None and index and pointed is blocks[index - 1] and quotes \
                and quotes[0].outer[0] == block.body:  # "Jo Roe joined the picket.", then her quotation with no cue
            speech_speaker = introducing_person(text, pointed.body, pointed.end, ctx) or speech_speaker
        unclosed = not opened_by and opens_unclosed(text, block, quotes)
        ahead = speaker_ahead(text, blocks, index, quotes, ctx) if unclosed else None
        speech_speaker = ahead or speech_speaker  # '"... (no mark closes)' then '"...," Jo Roe said.' paragraphs later
        signed = forewords.get(index) if forewords else None  # under a foreword's heading: its signer's, whatever
        signer = (signer if signer is not None and (signed is not None or in_statement(text, block)) else None) \
            or (Who(ctx.add(signed), "person", block.body) if signed is not None else None) \
            or foreword_voice(text, blocks, index, ctx)  # a foreword's voice: its cue-less figures are the signer's
        released_by = (voice.name if voice is not None else first_body(ctx, masthead)) \
            if (release or own_signs) and not header_fields(text, block) else None  # before its cues; `Made by: X` is X (21a)
        speech = Speech(text, block, quotes, ctx, speech_speaker, opened_by)
        said = attribute_sentences(text, block, quotes, ctx, last, speech)
        attributions = pointed_back(text, pointed, block, said) + message_back(text, pointed, block, ctx) \
            + [a for a in without_pointer(text, block, said) if a.spans or a.colon]  # 47b: "That is the message from X.": the paragraph before is X's
        speech.upto(block.end + 1)
        open_at_end = bool(speech.found) and left_open(text, block, quotes)  # its last quotation goes on below
        closed = unmarked_close(text, blocks, index + 1) if open_at_end else None
        open_quote = (speech.previous, *closed) if closed is not None and speech.previous is not None else None
        speech_speaker = speech.previous if quotes else asked_party(text, block, ctx) or speech.previous
        held_open = index if open_at_end else -1  # "X said A. Jo Roe said: "B.", then a paragraph opening "C.": the
        # quotation goes on, Jo Roe's, never X's (wave 56p)
        found += speech.found
        if headed is not None and not speaking and other_speaks(text, block, attributions, speech.found, headed):
            headed = None  # "The network says ...": another party speaks, the attributed statement is over (34f)
            ctx.header_voice = release_voice_name
        voiced = headed or signer  # the person whose statement this paragraph goes on: its cue-less figures are hers
        issuer = voiced.name if voiced is not None else released_by
        letter = senders.get(index) if senders else None
        if not attributions and not quotes and last is not None and last.kind != "person" and letter is None:
            attributions = figures_maker(text, block, continue_list(text, block, last), last)  # (68x)
        elif not attributions and not quotes and last is not None and letter is None \
                and not is_heading(text, block, quotes):
            attributions = turn_carried(text, block, last)  # a briefing note's spokesperson goes on (47v)
        advice = block.bullet and advice or not block.bullet and advice_lead_in(text, block)
        if letter is not None:  # its bullets too: under a heading with no colon, the sender's (22c)
            attributions = letter_claims(text, block, quotes, attributions, letter, ctx) + attributions
        elif not attributions and not quotes and voiced is not None:
            attributions = spoken_claims(text, block, ctx, voiced) if speaking and voiced is headed else \
                (headed_claims if voiced is headed else signer_claims)(
                    text, block, ctx, voiced, answers_question(text, blocks, index))  # a header's statement: each sentence (55f)
        elif not attributions and not quotes and official and voice is not None and not (block.bullet and advice):
            attributions = stated_claims(text, block, ctx, voice)  # a minister's statement or answer: each sentence
        elif not attributions and not quotes and (release or own_signs) and not (block.bullet and advice):
            attributions = issuer_claims(text, block, ctx, voice, masthead, answers_question(text, blocks, index))
        elif official and voice is not None and attributions and voiced is None:
            attributions = stated_sentences(text, block, quotes, attributions, voice) + attributions
        elif issuer is not None and attributions:
            attributions = issuer_sentences(text, block, quotes, attributions, issuer, ctx,
                                            signed is not None and voiced is signer) + attributions \
                + issuer_first_person(text, block, quotes, attributions, issuer, ctx)
        if released is not None and (quotes or ends_statement(text, block, quotes)
                                     or other_speaks(text, block, attributions, speech.found, released)):
            released = None  # a quotation, a heading or another party's cue: the released statement is over (49v)
        elif released is not None:
            attributions = attributions + released_sentences(text, block, quotes, attributions, released)
        if released_by is not None and voice is None:
            attributions = issuer_people(text, attributions, released_by, ctx)  # "Investigators believe": the issuer's (52a)
        attributions = introduced_documents(text, attributions, found, ctx)  # "X published its list ... the list shows" (53a)
        for attribution in attributions:
            found += [Found(attribution.speaker, attribution.kind, attribution.cue, s) for s in attribution.spans]
        closing = closing_statement(text, block, blocks[index + 1:index + 2], ctx) if attributions else None
        if closing is not None:  # "... revealing A. Jo Roe released the following statement.": her quotation below (35n)
            found = [f for f in found if not closing[1][0] <= f.span[0] < closing[1][1]]
            attributions = [*attributions, closing[0]]
        final = attributions[-1] if attributions else quoted_lead_in(text, block, quotes, speech_speaker) \
            or below_lead_in(text, block, blocks[index + 1:index + 2], ctx)
        final = sender_lead_in(text, block, final, letter.sender, letter.kind) if letter is not None else final  # "Those measures are:"
        final = signer_lead_in(text, block, final, signer.name) if signed is not None and signer is not None \
            and letter is None else final  # "Highlights of the year included:" in a foreword: its signer's (36a)
        if final is None and is_heading(text, block, quotes):
            final = heading_lead_in(text, block, ctx, release) \
                or open_lead_in(text, block, blocks[index + 1:index + 2], ctx)
        final = final or that_lead_in(text, block, blocks[index + 1:index + 2], ctx)  # "The survey shows that" + bullets
        final = final or caption_lead_in(text, block, blocks[index + 1:index + 3], ctx)  # "Key figures, 2025/26" + rows
        final = final or tips_lead_in(text, block, ctx)  # "X encourages customers ... to consider:" (53q)
        final = final or named_lead_in(text, block, blocks[index + 1:index + 2], ctx)  # "Jo Roe is unconvinced:" (25c)
        final = final or following_statement(text, block, blocks[index + 1:index + 2], ctx)  # "... statement on Y." (25c)
        final = final or heading_statement(text, block, blocks[index + 1:index + 2], ctx)  # "Statement from X" (25c)
        final = headed_lead_in(text, block, blocks[index - 1] if index else None, final, ctx)  # "The club has" (27i)
        read_out = reads_lead_in(text, block, final, following, (blocks[index - 1], last) if index and last is not None
                                 else None)
        document = (read_out, index) if read_out is not None else None
        given = statement_below(text, block, following, ctx) if read_out is None else None  # "... statement." (49v)
        released = Who(given.speaker, given.kind, block.body) if given is not None else released
        final = None if read_out is not None else final
        pending = final if final is not None and final.colon else None
        lead = (block.body, block.end) if pending is not None else None  # "..., in areas including:": phrases below
        last = final if final is not None or quotes else None
        unclaimed = block if len(found) == count and not quotes and not is_heading(text, block, quotes) else None
        table = table + [block] if len(found) == count and table_shape(text, block, quotes) else []
    found += provenance_claims(text, blocks, found, ctx)  # "The figures were published by X": those around it (66f)
    found += lead_finding_claims(text, blocks, found, ctx)  # a report led by X's findings: its figures below (68c)
    whole = Final(the_regulator(ctx), body_short_names(ctx), frozenset(ctx.titles.values()))  # once per text
    settled = [_settled(_past_dateline(text, f), ctx, whole) for f in without_quotation_leads(text, found)
               if not is_speaker_phrase(text[f.span[0]:f.span[1]])  # "citing Jo Roe": no claim
               and not offers_document(text, f.span) and not is_courtesy(text, f.span)  # 25f: notes, thanks
               and not is_sentiment(text, f.span)]  # 36h: apologies, pride, verdicts, appeals to the public
    settled = [_voiced(text, f, ctx) for f in settled]  # 25b: "X defended it. A spokesman said"
    speaker_kinds = [(f.speaker, f.kind) for f in settled]  # read by every mending step below
    kinds = {name: kind for name, kind in ctx.kinds.items() if name not in ctx.joints} if ctx.joints else ctx.kinds
    full = named_in_full(text, speaker_kinds, kinds)  # "(AIM: ACM)": the company; `A Trust` never `A Trust and B`
    full |= bodies_read_as_people(text, speaker_kinds)  # "X Pharmacy ... The group said"
    full |= {name: (name, "organisation") for name in ctx.called_it}  # 26d: "X said ... It said": a body throughout
    full = whole_bodies(text, speaker_kinds) | full  # "Select Committee" read short
    firms = firm_names(text) if full else frozenset()
    full = {name: whole for name, whole in full.items() if name not in firms} if firms else full  # 35i: "Kinross
    # Moore" of "Jo Roe and Al Key of Kinross Moore as joint administrators", whole as written
    full = labelled_speakers(text, speaker_kinds, ctx.kinds) | full  # "R-Ohio", "Service"
    full = places_as_people(text, speaker_kinds) | full  # "Traders in Market Place said"
    full = post_holders(text, speaker_kinds, ctx) | full  # 14a: "the minister"
    full = lead_company(text, speaker_kinds) | full  # 14a: "the airline"
    full = lead_references(text, speaker_kinds) | full  # 63f: "The X Court has ruled ... the court said"
    full = later_named_leads(text, speaker_kinds) | full  # 63f: "The troubled trust says ... X was rated"
    full = owners_elsewhere(speaker_kinds, ctx) | full  # 63f: "A new poll has found" ... "poll carried out for X"
    full = held_nouns(speaker_kinds, ctx) | full  # 64f: "X secured evidence ... The evidence revealed"
    cued = [(f.speaker, f.kind, f.cue) for f in settled]
    full = issuer_references(cued) | inquiry_references(cued) | full  # 25b: a release's "the Board"; 33d: its inquiry
    settled = [_examining(Found(*full[f.speaker], f.cue, f.span)) if f.speaker in full else f for f in settled] \
        if full else settled
    settled = named_kinds(text, settled)  # 31e: last, so that no mending step above reads a moved kind
    return _lettered_kinds(text, settled)  # 36d: "The NRSB said" after the National Rail Safety Board


def _lettered_kinds(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with a body's letters under the inspectorate's kind its full name has (`The NRSB said` after
    `The National Rail Safety Board said`), wave 36d; the speaker stays as it is."""
    moved = full_name_kinds(text, [(f.speaker, f.kind) for f in found])
    return [f._replace(kind=moved[f.speaker]) if f.speaker in moved else f for f in found] if moved else found


def named_kinds(text: str, found: list[Found]) -> list[Found]:
    """Return the rows each with the kind `named_kind` reads for it, read once per speaker and kind (a text's rows
    share a few speakers; the answer depends on the text, the speaker and its kind alone; wave 60s)."""
    kinds: dict[tuple[str, str], str] = {}
    rows = []
    for row in found:
        kind = kinds.get((row.speaker, row.kind))
        if kind is None:
            kind = kinds[row.speaker, row.kind] = named_kind(text, row.speaker, row.kind)
        rows.append(row if kind == row.kind else row._replace(kind=kind))
    return rows


def named_kind(text: str, speaker: str, kind: str) -> str:
    """Return the kind a row's speaker's own name shows (`Fuel Markets Board`, `Halden Property Management`),
    wave 31e, or what the text says the body is or does (`X, the communications regulator,`, `X regulates`), wave
    33h, or a unit's name its judging or enforcing (`Complaints Committee`, `X's Enforcement Bureau`), wave 35d, or a
    body's post the text gives it (`X spokeswoman`, `a spokesperson from X`), wave 56b; else the row's kind."""
    named = kind_by_name(speaker, examined_kind(speaker, kind))
    return kind_by_posts(text, speaker, kind_by_signs(text, speaker, named))


def _examining(found: Found) -> Found:
    """Return a body's row as an inspectorate when its name shows it examines or judges (`Office of the State
    Auditor`; `Committee on Infractions` read short, then named in full), wave 27h; any other row as it is."""
    return Found(found.speaker, "inspectorate", found.cue, found.span) \
        if examined_kind(found.speaker, found.kind) != found.kind else found


def examined_kind(speaker: str, kind: str) -> str:
    """Return `inspectorate` for a body whose name shows it examines or judges (`_examining`), else the kind as it
    was."""
    return "inspectorate" if kind == "organisation" and _examines(speaker) else kind


def _voiced(text: str, found: Found, ctx: Context) -> Found:
    """Return a claim of a bare `a spokesperson` under the body that opens its sentence or the one before, and one of
    `they` under the body whose people at work were named just before (25b)."""
    if found.kind != "unresolved" or not bare_voice(found.speaker) and found.speaker.lower() != "they":
        return found
    body = voice_subject(text, found.span[0], ctx) if bare_voice(found.speaker) else they_body(text, found.span, ctx)
    if body is None and not bare_voice(found.speaker):
        group = they_group(text, found.span)
        return found._replace(speaker=group) if group is not None else found  # "Officers ... They say": `Officers`
    return found._replace(speaker=ctx.full_org(body), kind=ctx.kind_of(body)) if body is not None else found


def without_quotation_leads(text: str, found: list[Found]) -> list[Found]:
    """Drop a row of reported words that only lead into a quotation the same speaker's next row holds with those words
    as its cue (`told us the line referred to` before `"the last fifteen years ..."`): a lead-in, no claim."""
    starts = {f.span[0]: f for f in found}
    kept = []
    for f in found:
        after = f.span[1]
        while after < len(text) and text[after] in " \t":
            after += 1
        quoted = starts.get(after + 1) if after < len(text) and text[after] in OPENING_MARKS else None
        if quoted is None or quoted.speaker != f.speaker or not quoted.cue.endswith(text[f.span[0]:f.span[1]].strip()):
            kept.append(f)
    return kept


def _past_dateline(text: str, found: Found) -> Found:
    """Start a claim after the dateline that opens its news lead (`RIVERTON, Ohio - Fewer than ...`), the time
    stamp of a live page's entry (`14:10 - Fire crews ...`) or a checker's label (`The facts: ...`): the place, time
    and label are the writer's, not the claim's."""
    start, end = found.span
    label = CHECKER_LABEL_RE.match(text, start, end) if text[start:start + 1].isupper() else None
    if label is not None:  # "The facts: Garda strength stood at ...": the checker's label
        return found._replace(span=(label.end(), end))
    dated = date_stamp_end(text, start, end)
    if dated is not None and dated < end:  # "2023-05-12 Growth remains ...": the page's date run into its lead
        return found._replace(span=(dated, end))
    if not text[start:start + 2].isupper() and not text[start:start + 1].isdigit():
        return found  # a dateline opens with a place in capitals, a time stamp with a digit (a cheap test first)
    stamp = TIME_STAMP_RE.match(text, start, end)
    past = dateline_end(text, start, end) or (stamp.end() if stamp else None)
    return found._replace(span=(past, end)) if past is not None and past < end else found


NARRATION = "narration"
"""The kind of the turn after a transcript's narration resumes: its paragraphs are read as any text's."""


def is_narration(text: str, block: Block) -> bool:
    """Say whether an unlabelled paragraph after a turn is the writer's narration, not the turn going on: it
    reports someone (a cue other than a document's `show` or `found`) and never speaks as `I` or `we`."""
    return bool(ANY_CUE_RE.search(text, block.body, block.end)) and not FIRST_PERSON_RE.search(text, block.body, block.end) \
        and not _cites_a_document(text, block)


CITED_RE = re.compile(boundary_alternation(VERBS.split("|") + ["According to", "according to"]) + r"\b")
"""Any cue word of a paragraph, to tell a speaker citing figures (`Figures published today show`) from narration."""
DOCUMENT_VERB_RE = re.compile(r"(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests|suggested|found|find|finds"
                              r"|indicate|indicates|indicated|confirm|confirms|confirmed)")
"""What figures and reports do: in a speaker's turn they are the speaker citing a source, not the writer reporting."""


def _turn_found(text: str, span: Span, listed: bool, turn: Turn, ctx: Context, asked: bool = False) -> list[Found]:
    """Return the claims of a turn's words: its speaker's, except a sentence citing what a named body's figures or
    survey show (`Figures published by X show that ...`), which is that body's."""
    found: list[Found] = []
    for sentence in split_sentences(text, *span):
        claims = turn_claims(text, *sentence, listed, asked)
        cited = (_cited_source(text, sentence, ctx) or _reported_in_answer(text, sentence, turn, ctx)) if claims else None
        if cited is not None and cited.kind == "person":
            ctx.spoke(cited.speaker, "person")  # "Its director, Jo Roe, said A. "B," she said.": `she` is Jo Roe
        found += [Found(cited.speaker, cited.kind, cited.cue, s) for s in cited.spans] if cited is not None \
            else [Found(turn.speaker, turn.kind, "transcript", s) for s in claims]
    return _quoted_in_answer(text, span, turn, found, ctx) if turn.kind != "person" and may_quote(text, span) else found


def _quoted_in_answer(text: str, span: Span, turn: Turn, found: list[Found], ctx: Context) -> list[Found]:
    """Return a body's answer's rows with the quotations a person's cue claims given to that person (`"A," said Jo Roe.
    "B."`): the answering body's rows inside them are dropped (wave 33a)."""
    quoted = person_quotations(text, span, ctx)
    if not quoted:
        return found
    kept = [f for f in found if f.speaker != turn.speaker or not in_person_quotation(f.span, quoted)]
    return sorted(kept + [q for q in quoted if not in_person_quotation(q.span, kept)], key=lambda f: f.span)


def _cited_source(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Return the attribution of a sentence in a turn that cites a body's document (`show`, `found`), when the body
    (or the document, nobody named) is resolved; else None (the turn's speaker says it)."""
    if not any(DOCUMENT_VERB_RE.fullmatch(c.group())
               for c in itertools.islice(CITED_RE.finditer(text, *sentence), MAX_CUES_PER_SENTENCE)):
        return None
    cited = attribute_sentence(text, sentence, [], ctx)
    if cited is None or not cited.spans or cited.kind not in ("organisation", "inspectorate", "document") \
            or not DOCUMENT_VERB_RE.fullmatch(cited.cue.split()[0]):
        return None
    return cited


_OTHER_PARTIES: frozenset[str] = frozenset({"person", "organisation", "inspectorate"})
"""Who a body's answer may report by name (`An NTA spokesperson said ...`): a person or another body."""
_AUXILIARIES: frozenset[str] = frozenset("is are was were be been has have had".split())
"""How a passive cue opens (`are rated`): the body it names judged, but the answering body tells it."""


def _reported_in_answer(text: str, sentence: Span, turn: Turn, ctx: Context) -> Attribution | None:
    """Return the attribution of a sentence in a body's answer that reports a named person (`Its director, Jo Roe,
    said the first priority would be reading.`, `"...," she said.`), another body (`An NTA spokesperson said`) or a party
    the text describes only (`The governing body told us that`, wave 27b):
    their words, not the answering body's; None in a person's turn (a person reporting is read as the person's turn),
    for a passive judgement (`Nine are rated good`) or when no cue names someone else."""
    if turn.kind == "person" or not ANY_CUE_RE.search(text, *sentence):
        return None  # the cheap test first
    cited = attribute_sentence(text, sentence, [], ctx)
    if cited is None or cited.speaker == turn.speaker \
            or cited.kind not in _OTHER_PARTIES and not (cited.kind == "unresolved" and is_described_party(cited.speaker)) \
            or cited.kind != "person" and cited.cue.split()[0] in _AUXILIARIES:
        return None  # "Nine are rated good": the answering body's account of a judgement, no other body speaking
    if text[sentence[0]] in OPENING_MARKS:  # '"A, and B," she said.': the quotation's own items, as the turn reads them
        return cited._replace(spans=tuple(turn_claims(text, sentence[0] + 1, closing_for(text, sentence[0], sentence[1]), False, False)))
    return cited if cited.spans else None


def _cites_a_document(text: str, block: Block) -> bool:
    """Say whether every cue of a paragraph is what a document does (`Figures published today show that ...`): a
    speaker in a transcript citing a source goes on with the turn."""
    cues = [c.group() for c in itertools.islice(CITED_RE.finditer(text, block.body, block.end), MAX_CUES_PER_SENTENCE)]
    return bool(cues) and all(DOCUMENT_VERB_RE.fullmatch(c) for c in cues)


class Final(NamedTuple):
    """What the whole text settles once it is read: its one regulator, the bodies short names stand for, and the
    names the text gives a title."""

    regulator: str | None
    short_names: dict[str, str | None]
    titled: frozenset[str]


def _settled(found: Found, ctx: Context, final: Final | None = None) -> Found:
    """Give a claim its speaker as the whole text names it: a person's full name, a body's final kind."""
    body = final.short_names.get(found.speaker) if final and found.kind == "person" \
        and found.speaker not in final.titled else None
    if body is not None:  # "Harlow Keane" for "Harlow Keane Construction": a body's kind
        return Found(found.speaker, ctx.kind_of(body), found.cue, found.span)  # not _replace: once a row, hot
    if found.kind == "person":
        return Found(ctx.full_person(found.speaker), found.kind, found.cue, found.span)
    if found.kind in BODY_KINDS and found.speaker in ctx.kinds:
        kind = ctx.kind_of(found.speaker)  # "the watchdog" later made it an inspectorate
        regulates = final is not None and kind == "organisation" and final.regulator == found.speaker
        return _examining(Found(found.speaker, "inspectorate" if regulates else kind, found.cue, found.span))
    return _examining(found)


def _examines(name: str) -> bool:
    """Say whether a body's name shows it examines or judges others though its head does not (wave 27h): an office
    housing an examiner (`Office of the State Auditor`) or a tribunal of discipline (`X Disciplinary Tribunal`)."""
    return houses_examiner(name) or judges_discipline(name)
