"""Attribution: which words of a text are reported claims, and who reports them.

The rules, in the order they apply to each block (line or paragraph) of a source text:

1. Quoted speech (six words or more, or a quoted sentence) belongs to the speaker a nearby cue names
   (`X said: "..."`, `X states; "..."`, `"...," she said`), to the speaker of a colon cue that ended the
   paragraph before, or to the speaker of the quotation it continues (a multi-paragraph quotation
   reopens each paragraph). A short quotation inside reported speech stays part of that claim.
2. A sentence with a reporting cue outside quotation marks (`said`, `admitted`, `found`, `forecast`,
   `told the BBC that`, `said in a statement that`, `according to X`, `quoted X as saying`) gives the
   words after the cue to the cue's subject; when nothing but a trailing phrase follows the cue
   (`..., the company said in a statement.`) the words before the subject are the claim.
   `rated`, `judged` and a negated `did not find` keep the verb in the claim.
3. A sentence that ends in a colon hands its speaker to the bulleted lines that follow: a colon cue
   (`inspectors highlight:`) or a lead-in without a verb (`The key findings were:`, `Highlights
   include:`), whose speaker is the inspectorate in focus for findings, else the body in focus.
4. A paragraph that opens with `These included`, `Additionally,`, `In addition,`, `Furthermore,` or
   `Other improvements` continues the speaker of the paragraph before; a cue-less paragraph that
   continues an organisation's list (two or more items) is that organisation's too, unless it reads as
   the writer's commentary (a question, `however`, talk of `the claims`).
5. What a speaker says is split into items (see `items`).

Anything else (the writer's narration, commentary, questions) is nobody's claim and is left out.
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from .causes import cause_claims
from .entities import Mention, find_mentions, may_regulate
from .bodies import item_speaker
from .followups import follows_report
from .items import has_verb, is_rhetoric, is_speaker_phrase, is_statement, is_verb_like, split_items
from .layout import TIME_STAMP_RE, is_advice, is_furniture, masthead_issuer
from .release import ends_release, has_figure, is_release
from .role_holders import register_role_holders
from .speakers import (
    NOUN_THEN_NAME_RE,
    Context,
    Who,
    label_word,
    names_a_speaker,
    register_acronyms,
    register_appositives,
    speaker_from_region,
    treated_as_body,
)
from .text import Block, Quote, Span, find_speech, is_abbreviation, split_blocks, split_sentences, strip_span, subtract
from .statement import in_statement, may_be_signed, signed_statement, statement_claims, statement_speaker
from .transcript import (
    Turn,
    in_turn_list,
    is_transcript,
    leaves_turn,
    read_label,
    turn_claims,
    unlabelled_interviewee,
    unlabelled_turn,
)
from .vocabulary import (
    any_script,
    BODY_PEOPLE,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    INITIAL_STOP,
    INVERTED_VERBS,
    IRREGULAR_PAST,
    NAME_PARTICLES,
    OBJECT_VERBS,
    ORG_HEADS,
    ORG_REFERENCES,
    PUBLIC_HEADS,
    ROLES,
    SEEN_THINGS,
    SPEECH_VERBS,
    VIEW_NOUNS,
    VOICE_ROLES,
    initial_alternation,
    verb_alternation,
)

_VERBS = verb_alternation(CUE_VERBS)
_CUE_WORD = initial_alternation(_VERBS.split("|"))
"""`\\b(?:said|says|...)`, written so that the engine skips fast to a possible cue word."""
CUE_RE = any_script(re.compile(
    rf"{_CUE_WORD}\b(?:(?:(?<=told)(?:\s+[\w&.'\u2019]+){{1,6}}?"
    r"|\s+(?:in|on|to|at|during|after|before|following)\s+[^,.;:\"\u201c\u201d]{1,30}?"
    r"|\s+(?:today|yesterday|(?:last\s+)?[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}))?\s+that\b)?\s*[:;]?"))
"""A reporting verb, with `told X`, `in a statement`, `on Tuesday` or `Monday`, an optional `that`, and a colon."""
RECORD_RE = re.compile(initial_alternation(["legacy", "achievements", "successes", "accomplishments", "record",
                                            "track record"]) + r"\s+(?:includes?|included|are|were)\b\s*:?")
"""`legacy includes`, `achievements include`: the list that follows is the possessor's claim."""
ANY_CUE_RE = re.compile(initial_alternation(
    _VERBS.split("|") + verb_alternation(SPEECH_VERBS).split("|")
    + "rated rating graded assessed ranked branded deemed described attributed attributes blamed blames credited "
    "credits legacy achievements successes accomplishments record".split() + [r"put\s+down", r"puts\s+down", "According to", "according to"]
    + "quoted heard showing revealing".split()) + r"\b")
"""Any word a cue can start with: a block without one holds no reported claim."""
INVERTED_RE = any_script(re.compile(r",\s+(?:%s)\s+(?P<who>(?:[A-Z]\.?|(?:the|a|an)\s+[A-Za-z])(?:\b[A-Z]\.|[^,.;:!?\"\u201c\u201d]){1,60}?)"
                         % verb_alternation(INVERTED_VERBS)
                         + r"(?:,\s+(?:the|a|an|its|their|his|her|who|which)\b[^.;:!?\"\u201c\u201d]{1,100}?)?[.!]?\s*$"))
"""`Applications rose 9%, said Provost Jo Bloggs.`, `..., stated Jo Bloggs, the university's provost.`: the speaker
after the cue (an apposition after the name set aside), the claim before it."""
ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,.;:]+)")
PASSIVE_BY_RE = any_script(re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:rated|judged|graded|assessed|ranked|branded|found|deemed|described)\b"
    r"[^.;:]{0,160}?\bby\s+(?P<who>(?:the\s+)?[A-Z][^,.;:()]{0,80}|inspectors|the\s+\w+)"))
"""`... have been rated good by the Care Inspectorate`: the agent of a judgement passive speaks."""
PASSIVE_RE = any_script(re.compile(r"\b(?:is|are|was|were|been|remain|remains)\s+(?:[a-z]+ly\s+)?(?:rated|judged|graded)\s+(?!by\b)"
                        r"|\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+)?found\s+to\s+(?:be|have)\b"
                        r"|\brating\s+(?:for\s+[\w\-]+\s+)?(?:remains|has\s+(?:improved|fallen|dropped|risen|gone\s+\w+)"
                        r"|improved|fell|dropped|rose|is\s+now)\b"))
"""`The home was rated inadequate`, `the overall rating remains good`, `26 homes were found to be compliant`: a
judgement without its agent is the inspectorate's in focus."""
ASIDE_RE = any_script(re.compile(
    r",\s+(?P<who>it|he|she|they|(?:the|its|their)\s+[a-z]+(?:\s+(?!(?:has|have|had)\b)[a-z]+){0,2}"
    r"|(?:the\s+)?[A-Z][\w&\-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&\-]*){0,5}"
    rf"|(?:new|latest|recent|a|an|the)\s+(?:[a-z\-]+\s+){{0,2}}(?:{verb_alternation(DOCUMENT_NOUNS)})"
    r"(?:\s+(?:by|from|for)\s+(?:the\s+)?[A-Z][\w&\-]*(?:\s+(?:of\s+)?[A-Z][\w&\-]*){0,4})?)"
    r"(?:\s+(?:has|have|had))?\s+(?:%s)(?:\s+(?:on\s+)?(?:today|yesterday|[A-Z][a-z]+day))?,\s+(?=\S)"
    % verb_alternation(INVERTED_VERBS | frozenset("reported confirmed announced found finds shows showed revealed reveals "
                                                  "suggests suggested".split()))))
"""`Profits rose, the company said on Friday, as costs fell`: a cue set off by commas inside its claim (a name may
hold `of`, `for`, `and`: `the Office for Labour Statistics`; an auxiliary before the verb is no part of the name:
`the minister has announced`)."""
RELATIVE_CUE_RE = re.compile(r",?\s*(?:(?:which|who)\s+(?:also\s+)?(?:said|says|added|reported|found|finds|showed|shows"
                             r"|revealed|reveals)"
                             r"|whose\s+(?:[\w\-]+\s+){0,2}?(?:records|figures|data|accounts)\s+(?:show|shows|showed))\s+(?:that\s+)?")
"""`according to the trust, which said ...` or `whose records show ...`: the body goes on to a claim of its own."""
BLAMED_RE = any_script(re.compile(
    r",\s+which\s+(?P<who>it|they|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})\s+"
    r"(?P<cue>(?:attributed|attributes|blamed|blames|put|puts)\s+(?:down\s+)?(?:to|on))\b"))
"""`Impairments fell to 58m, which the bank attributed to fewer defaults`, `..., which the retailer put down to`: the
figure and its cause are the body's."""
MAX_CLOSING_CUE_CHARS = 70
"""How far from a sentence's end a closing `, she said.` may start."""
CLOSING_PRONOUN_CUE_RE = re.compile(rf",\s+(?P<who>he|she|the\s+(?:{verb_alternation(ORG_REFERENCES | frozenset({'union'}))})"
                                    rf"|(?:a|an)\s+(?:[a-z\-]+\s+){{0,3}}(?:official|officials|representative|{verb_alternation(VOICE_ROLES)})"
                                    r"(?:\s+(?:for|at|from)\s+(?:the\s+)?[\w\-'\u2019]+(?:\s+[\w\-'\u2019]+){0,3})?)"
                                    r"\s+(?P<cue>%s|told\s+(?:the\s+)?\w+)" % verb_alternation(INVERTED_VERBS)
                                    + r"(?:\s+(?:on\s+)?(?:today|yesterday|[A-Z][a-z]+day))?[.!]?\s*$")
"""`..., she said.`, `..., the union stated.` or `..., a state health official said Wednesday.` closing a sentence that
holds another cue (`Tests showed that ...`, `An inspection found ...`): the speaker it names says it all."""
_DOTTED_TITLE = r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sen|Rep|Gov|Supt|Insp|Det|Sgt|Capt|Lt|Col|Gen|Cllr)\.\s|%s)" % INITIAL_STOP
"""A title or a given name's initial written with a full stop inside a speaker's words (`Ms. Tierney said.`, `T. Olawuyi
said.`): the stop ends no sentence."""
QUOTED_AS_RE = re.compile(r"\bquoted\s+(?:(?P<who>(?:%s|[^,.;:\"\u201c]){1,80}?)\s+)?as\s+saying\b(?:\s+that\b)?\s*[:,]?"
                          % _DOTTED_TITLE)
"""`The paper quoted Jo Bloggs as saying that ...`, `quoted Mr. Tull as saying`: the person named speaks; `X was quoted
(by the paper) as saying`: X speaks."""
_SPECIAL_NEEDS: dict[re.Pattern[str], str] = {QUOTED_AS_RE: "quoted", ACCORDING_RE: "ccording to", INVERTED_RE: ","}
"""What every match of each special cue holds: where it is missing the pattern need not run."""
PASSIVE_AUXILIARY_TAIL_RE = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s*$")
"""The auxiliary of `X was quoted as saying` between the speaker and the cue."""
LEAD_IN_RE = re.compile(
    r"\b(?P<cue>(?:key\s+)?(?:findings|highlights|achievements|improvements|successes|strengths|weaknesses"
    r"|concerns|results|points|headlines|areas for improvement|the following|figures|numbers|facts"
    r"|at\s+a\s+glance|in\s+numbers|in\s+figures|by\s+the\s+numbers)\b[^:;]{0,40}?"
    r"|(?:includ(?:e|es|ed)|were|are)\b[^:;]{0,20}?)\s*:\s*$", re.IGNORECASE)
"""A lead-in without a reporting verb: `The key findings were:`, `Highlights include:`."""
LEAD_IN_VERB_RE = re.compile(r"\b(?P<verb>set\s+out|sets\s+out|outlined|outlines|summari[sz]ed|summari[sz]es|detailed"
                             r"|details)\b[^:;.]{0,80}:\s*$")
"""A lead-in whose verb only introduces a list: `He set out the main pressures:`; the items are the subject's."""
DOCUMENT_LEAD_RE = any_script(re.compile(
    rf"(?P<doc>(?:The|Its|Their|This|Her|His)\s+(?:[\w'\u2019\-]+\s+){{0,3}}?(?:{verb_alternation(DOCUMENT_NOUNS)}))"
    r"\s+(?P<cue>(?!(?:was|were|is|are|has|have|had|will|would|be|been)\b)[a-z][^:;.]{0,80}:)\s*$"))
"""A document's lead-in without a reporting verb: `The report draws Parliament's attention to:`."""
FINDINGS_RE = re.compile(r"\b(?:findings|areas for improvement|strengths|weaknesses|concerns|inspect\w*)\b",
                         re.IGNORECASE)
CONTINUE_RE = re.compile(r"(?:(?:These|Those|They|Other \w+)\s+(?:also\s+)?(?:included?|includes|were|are)\b"
                         r"|Additionally\b|In addition\b|Furthermore\b|Moreover\b|Also\b)[\s,:]*")
"""Words that open a paragraph continuing the previous speaker's claims."""
SPEECH_BEFORE_RE = any_script(re.compile(
    r"\b(?:told\s[^,.;:\"\u201c\u201d]{1,40}|%s"
    r"|(?:read|reads)(?=\s*:))(?:\s+(?:of|about|on)\s+[^,.;:\"\u201c\u201d]{1,40}(?=:))?"
    r"(?:\s+(?:last\s+(?:night|week)|yesterday|today|tonight|this\s+(?:morning|afternoon|evening|week)"
    r"|on\s+[A-Z][a-z]+day|in\s+a\s+(?:statement|letter|post))(?=\s*:))?\s*[:;,]?\s*$" % verb_alternation(SPEECH_VERBS)))
"""A speech verb right before a quotation: `X said: "..."`, `The trust's statement read: "..."`; the speaker is in the
words before it."""
_SPEECH_VERBS = verb_alternation(SPEECH_VERBS | frozenset({"concludes", "concluded"}))
"""Verbs that report a quotation just before them, with the speaker before (`she stressed`) or after (`stressed X`)."""
SPEECH_AFTER_RE = any_script(re.compile(
    rf"[\s,.]*(?:(?P<who>(?:{_DOTTED_TITLE}|[A-Za-z])(?:{_DOTTED_TITLE}|[^,.;!?\u201c\u201d\"]){{0,80}}?(?:,\s[^,.;!?\u201c\u201d\"]{{1,80}}?,)?)\s+"
    rf"(?:{_SPEECH_VERBS}|told)\b|(?:{_SPEECH_VERBS})\s+"
    r"(?P<who_after>(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Supt|Insp|Det|Sgt|Capt)\.\s|\b[A-Z]\.\s(?=[A-Z][a-z])"
    r"|[^,.;!?\u201c\u201d\"]){1,80}))"))
_SPEECH_VERB_RE = re.compile(rf"{_SPEECH_VERBS}|told")
"""The verb of a cue after a quotation, `told` too (`"...," she told MPs.`)."""
TRAILING_RE = re.compile(r"\s*(?:(?:in|on|at|during|via|through|when|after|before|this|last|earlier|later"
                         r"|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,;:]{0,60})?"
                         r"(?:,\s*(?:even as|while|whilst|as|but|although|though|citing|quoting|pointing to)\b[^;:]*)?[.!]?\s*$", re.IGNORECASE)
"""What may follow a cue that comes after its content: `in a statement`, `on Tuesday`."""
TRAILING_CUE_RE = re.compile(
    rf",\s+(?:the|a|an|its|their)\s+[\w\s'\u2019]{{0,40}}?\b(?:{_VERBS})\b[^,;:]{{0,40}}$")
"""`..., the report states.` closing a claim that an earlier cue began: the claim ends at the comma."""
_DOCUMENTS = verb_alternation(DOCUMENT_NOUNS | frozenset({"interview", "post", "email", "filing"}))
LEADING_SOURCE_RE = any_script(re.compile(
    rf"(?:In|Through|Via)\s+(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_DOCUMENTS})"
    r"(?:\s+(?:issued|published|released|posted|sent|given))?(?:\s+(?:on|at|to|late|last|this|earlier)\s+(?:(?:its|the|a)\s+)?"
    r"(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[a-z]+)(?:\s+(?:night|morning|evening|afternoon))?)?"
    r"\s+(?=(?:the|its|their)\s|[A-Z])"))
"""`In a statement on Tuesday the city said`: where the words were said, before a subject without a comma."""
UNSAID_VERBS: frozenset[str] = frozenset("say said says comment commented confirm confirmed disclose disclosed specify "
                                        "specified reveal revealed".split())
"""Verbs that claim nothing when negated: `did not say how many`, `would not confirm`."""
ANNOUNCED_DOCUMENT_RE = re.compile(
    r"\s*(?:its|their|a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:results|trading|update|statement|report|accounts)"
    r"(?:\s+(?:for|to|on|covering)\b[^,;:]{0,60})?[.!]?\s*")
"""`announces its results for the year ended 31 March`: the document announced, not a claim in it."""
AUDIENCE_RE = any_script(re.compile(r"\s*(?:to\s+)?(?:reporters|journalists|MPs|councillors|members|staff|(?:the|a)\s+[\w\-]+(?:\s+[\w\-]+)?"
                         r"|[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})(?:\s+(?:on|in|at|during|after|before)\b[^,;:]{0,40})?[.!]?\s*"))
"""`told reporters on a conference call.`, `wrote to staff on Monday.`: only the audience follows; no claim here."""
TOLD_AUDIENCE_RE = any_script(re.compile(
    r"\s*(?:reporters|journalists|councillors|MPs|TDs|MSPs|members|staff|magistrates|jurors|investors|analysts|residents"
    r"|[a-z]+s(?=\s+(?:the|a|an|its|their|his|her|there|it|[A-Z\d\u00a3$\u20ac])\b)"
    r"|(?:the|a|an|his|her|its|their)\s+(?:[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3}|[a-z][\w\-]*)"
    r"|[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})"
    r"(?:\s+(?:on|at|in)\s+(?:[A-Z][a-z]+day|\w+))?\s+(?=[\w\u00a3$\u20ac])"))
"""Who was told, before a reported clause without `that`: `told councillors the reserves stood at \u00a331m`."""
SAID_WHERE_RE = any_script(re.compile(
    rf"(?:in|on|at|during|via)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_DOCUMENTS}|website|video"
    r"|podcast|press\s+conference|meeting|hearing)(?:\s+(?:on|to)\s+(?:[A-Z][a-z]+day|the\s+\w+|\w+))?"
    r"\s+(?=(?:it|they|he|she|we|there|the|a|an|its|their|this|these|those|some|all|no|more|most|every|each)\b"
    r"|[A-Z\d\u00a3$\u20ac])"))
"""Where a cue without `that` was said, before its clause: `said in a statement it had recruited 310 staff`."""
SAID_WHEN_RE = any_script(re.compile(
    r"(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|tonight|last\s+(?:night|week|month|year)|(?:earlier\s+)?this\s+"
    r"(?:morning|afternoon|evening|week|month))|in\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?:\s+\d{4})?)(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s+(?=(?:it|they|he|she|we|there|the|its|their)\b)"))
"""When a cue without `that` was said, before its clause: `said on Thursday it would cut 300 jobs`."""
ASKED_RE = re.compile(r"(?:When\s+|If\s+)?[Aa]sked\b[^,;:\"\u201c]{0,160},")
"""`Asked whether the club had consulted fans,`: a question put to the speaker, whose cue comes after it."""
ACCORDING_TAIL_RE = re.compile(r",\s+according\s+to\s+[^,;:]{1,100}$")
"""`X reported A, according to figures released today`: the source of the figures closes the claim, not part of it."""
FINDING_VERBS: frozenset[str] = frozenset("found finds find identified identifies discovered uncovered detected saw".split())
"""Cue verbs of finding, which keep the verb before a negative object (`found no evidence`)."""
ANNOUNCING_VERBS: frozenset[str] = frozenset("announce announces announced report reports reported".split())
"""Cue verbs whose object may be only the document announced (`announces its results for the year`)."""
_WHERE_WORDS = ("in ", "on ", "at ", "during ", "via ")
"""How the phrase saying where a cue was said begins (`in a statement`, `on its website`)."""
NEGATIVE_FINDING_RE = re.compile(r"(?:found|finds|find|identified|identifies|discovered|uncovered|detected|saw)"
                                 r"\s+(?:no|nothing|none|little)\b")
"""`found no evidence that ...`: a negative finding keeps its verb, or the claim would say the opposite."""
PERFECT_TAIL_RE = re.compile(r"\s+(?:has|have|had)(?:\s+(?:previously|already|also|repeatedly|long|since|often|consistently"
                             r"|publicly|recently|earlier))?\s+$")
"""`has`, `has previously` between a subject and its cue: the subject is before it (`..., the minister has announced`)."""
RELATIVE_TAIL_RE = re.compile(r",\s+which\s+(?:was|were|is|are|has\s+been|had\s+been)\s+[^,;:]{1,120},\s*$")
"""A relative clause about a document between it and its cue (`, which was presented to the council on Monday,`)."""
WHO_TAIL_RE = any_script(re.compile(r"(?<=[a-z])\s+who\s+(?!said|says|told|added)[a-z][^,;:.\"\u201c]{1,120}$"))
"""A relative clause without commas between a subject and its cue (`inspectors who examined the block found`)."""
COURT_APPOSITION_RE = any_script(re.compile(r"[A-Za-z'\u2019\-]\s*(?P<age>,\s+\d{1,3},(?:\s+(?:of|from)\s+[^,;:.]{2,50})?"
                                 r"(?:,\s+[A-Z][^,;:.]{1,40})?,?)\s*$"))
"""A court report's age and address after a name (`Jo Roe, 46, of Mill Lane, Daleham,`): the name speaks."""
PLEA_RE = re.compile(r"(?:admitted|admits)\s+(?!(?:that|it|he|she|they|we|I|there|this)\b)")
"""`admitted five offences`: an admission of an object keeps its verb; `admitted (that) it had ...` does not."""
NEGATION_RE = re.compile(r"\b(?:did|does|do|has|have|had|could|would)\s+not\s+$|\b(?:did|does|do)n['\u2019]t\s+$")
DOUBT_RE = re.compile(r"\bremains? to be seen\b|\btoo early to\b|\bnot yet clear\b|\bquestions remain\b|\bunclear\b",
                      re.IGNORECASE)
"""The writer's doubts (`it remains to be seen whether`): commentary even in a release."""
COMMENTARY_RE = re.compile(r"\?|\b(?:the|these|those|such|its|their) claims\b|\bquestions?\b|\bhowever\b"
                           r"|\bcritics\b|\bunclear\b|\bdoubts?\b|\bwe\b|\bI\b", re.IGNORECASE)
_LOWER_COMMENTARY_RE = re.compile(
    r"\?|" + initial_alternation(["the claims", "these claims", "those claims", "such claims", "its claims", "their claims",
                                  "questions?", "however", "critics", "unclear", "doubts?", "we", "i"]) + r"\b")
"""`COMMENTARY_RE` for lower-case ASCII text, written so that the engine skips fast to a possible word."""


def is_commentary(text: str, start: int, end: int) -> bool:
    """Say whether `COMMENTARY_RE` finds the writer's commentary in text[start:end] (ASCII text lower-cased: faster)."""
    before = max(0, start - 1)  # the character before, for the word boundary at the start
    window = text[before:end]
    if not window.isascii():  # beyond ASCII, case folds that lower() does not make (Kelvin sign, long s)
        return COMMENTARY_RE.search(text, start, end) is not None
    return _LOWER_COMMENTARY_RE.search(window.lower(), start - before) is not None


PASSIVE_AUXILIARIES: frozenset[str] = frozenset("be been being is are was were".split())
NOT_CUE_BEFORE: frozenset[str] = frozenset(
    "the a an these those this its their his her our such my your two three four five six seven eight nine ten "
    "many several".split()) | PASSIVE_AUXILIARIES
"""Words before a cue word that make it a noun (`the claims`, `three projects`) or a passive (`is expected`)."""
RELATIVES: frozenset[str] = frozenset("which that".split())
"""Words before `rates` or `judged` that make it a relative clause's verb, not a cue."""
NOUN_CUES: frozenset[str] = frozenset("forecast forecasts report reports record records estimate estimates "
                                      "claims notes note review findings lists rates".split())
"""Cue words that are also nouns."""
NOUN_FOLLOWERS: frozenset[str] = frozenset("for of was is has had were are will would published released issued "
                                          "compiled produced commissioned can could may might must should shall".split())
"""Words after such a word that show it is the noun: `its profit forecast for the year`, `The report can be read`."""
MAX_CUES_PER_SENTENCE = 12
"""How many cue words a sentence may offer before it is taken to have no speaker (bounds hostile input)."""
MAX_SUBJECT_CHARS = 300
"""How far before a cue its subject may start."""
MIN_SPEECH_WORDS = 3
MIN_LIST_ITEMS = 3
"""Items a cue-less paragraph needs to continue a body's single claim as a list (`The fund includes A, B and C`)."""


class Attribution(NamedTuple):
    """Who speaks, of what kind, the words that said so (`cue`), and the spans of what they claim."""

    speaker: str
    kind: str
    cue: str
    spans: tuple[Span, ...]
    colon: bool = False
    lines: bool = False  # a heading lead-in: plain lines (not only bullets) are its items


class Found(NamedTuple):
    """One attributed claim: speaker, kind, cue and the span of its words."""

    speaker: str
    kind: str
    cue: str
    span: Span


def attributed_spans(text: str) -> list[Found]:
    """Walk the blocks of a text and return every attributed claim, in block order."""
    ctx = Context(text=text)
    found: list[Found] = []
    pending: Attribution | None = None  # a colon cue waiting for its bulleted items or its quotation
    last: Attribution | None = None  # the previous paragraph's last attribution
    speech_speaker: Who | None = None
    blocks = split_blocks(text)
    release = is_release(text, blocks)
    voice = _release_voice(text, blocks, ctx) if release else None  # "Delivered by Ann Holt, Minister for X"
    masthead = masthead_issuer(text, blocks, ctx) if release else None  # "Acme Water plc" alone on a header line
    turn: Turn | None = Turn("", NARRATION, 0) if is_transcript(text, blocks) else None  # before the first label: narration
    interviewee = unlabelled_interviewee(text, blocks, ctx) if turn is None else None
    turn = Turn("", NARRATION, 0) if interviewee else turn  # the introduction is read as any paragraph
    about = False  # inside an `About Acme Water` section
    unclaimed: Block | None = None  # the paragraph before, when it claimed nothing (`That's according to X` may)
    table: list[Block] = []  # rows of a table no lead-in claimed, which a `Source: X` line below may give to X
    stated: str | None = None  # the person whose statement (`STATEMENT FROM MAYOR JO ROE`) the paragraphs set out
    advice = False  # under a lead-in to advice (`The trust is asking the public to:`): its bullets are nobody's
    for index, block in enumerate(blocks):
        pointed, unclaimed, count = unclaimed, None, len(found)
        sourced = _table_source(text, block, table, ctx) if table else []
        if sourced:
            found += sourced
            table = []
            continue
        if (release or turn is not None) and ends_release(text, block):
            release = False
            turn = Turn("", NARRATION, 0) if turn is not None else None  # "ENDS", "Notes to editors": no turn goes on
        about = _about_section(text, block, about)
        if about or BOILERPLATE_RE.match(text, block.body, block.end) or _describes_itself(text, block) \
                or is_furniture(text, block):
            pending = last = None  # "About Acme Water: ...": the boilerplate, nobody's claim
            continue
        stated = (stated if stated is not None and in_statement(text, block) else None) \
            or _statement_opened(text, blocks, index, ctx)
        if stated is not None:
            register_acronyms(text, block.body, block.end, ctx)  # "the State Bureau (SB)" named inside the statement
            found += [] if statement_speaker(text, block) else \
                [Found(stated, "person", "statement", s) for s in statement_claims(text, block)]
            pending = last = None
            continue
        if turn is not None and (not is_heading(text, block, []) or index > 0 and in_turn_list(text, blocks[index - 1])):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            label = read_label(text, block, ctx) if interviewee is None \
                else unlabelled_turn(text, block, turn, interviewee, following, ctx.kinds.get(interviewee, "person"))
            if label is None and (turn.kind == NARRATION or turn.speaker and (is_narration(text, block)
                                                                          or leaves_turn(text, block, turn))):
                turn = Turn("", NARRATION, 0)  # "X said after the interview that ...": read as any paragraph
            else:
                turn = label or turn  # "Mayor Jo Roe: ..." until the next label
                release = release and label is None  # after the first label, no paragraph is an issuer's voice
                if turn.speaker:
                    body = max(turn.body, block.body) if turn.body <= block.end else block.body
                    listed = index > 0 and in_turn_list(text, blocks[index - 1])  # "we have:" then its items
                    found += _turn_found(text, (body, block.end), listed, turn, ctx, interviewee is not None)
                continue
        quotes = [q for q in find_speech(text, block) if not _embedded(text, block, q)]
        pending = None if pending is not None and _bullets_ended(blocks, index) else pending
        if pending is not None and (block.bullet or _bare_item(text, block, quotes, pending)
                                    or not pending.lines and _table_row(text, block, quotes)):
            row = _without_stray_close(text, strip_span(text, (block.body, block.end), "|"))  # "| North | 1,200 |"
            own, row = item_speaker(text, row, ctx) or ((pending.speaker, pending.kind, pending.cue), row)
            found += [Found(*own, s) for s in split_items(text, row)]  # "- The Ministry reports ...": the Ministry's
            continue
        if pending is not None and not pending.lines and _table_header(text, block, quotes):
            continue  # "Region      Homes      Change": the columns' names, the lead-in's rows still to come
        ctx.block += 1
        opened_by = pending.cue if pending is not None and quotes and quotes[0].outer[0] == block.body else ""
        if opened_by:
            speech_speaker = Who(pending.speaker, pending.kind, 0)  # type: ignore[union-attr]
        pending = None
        if not opened_by and last is not None and last.spans and follows_report(block, quotes, last.cue):
            speech_speaker = Who(last.speaker, last.kind, 0)  # "X said ...", then a quotation with no cue: X's
        unclosed = not opened_by and _opens_unclosed(text, block, quotes)
        ahead = _speaker_ahead(text, blocks, index, quotes, ctx) if unclosed else None
        speech_speaker = ahead or speech_speaker  # '"... (no mark closes)' then '"...," Jo Roe said.' paragraphs later
        issuer = _first_body(ctx, masthead) if release and not _header_fields(text, block) else None  # before its cues
        speech = Speech(text, block, quotes, ctx, speech_speaker, opened_by)
        said = attribute_sentences(text, block, quotes, ctx, last, speech)
        attributions = _pointed_back(text, pointed, block, said) + [a for a in said if a.spans or a.colon]
        speech.upto(block.end + 1)
        speech_speaker = speech.previous
        found += speech.found
        if not attributions and not quotes and last is not None and last.kind != "person":
            attributions = continue_list(text, block, last)
        advice = block.bullet and advice or not block.bullet and _advice_lead_in(text, block)
        if not attributions and not quotes and release and not (block.bullet and advice):
            attributions = issuer_claims(text, block, ctx, voice, masthead)
        elif issuer is not None and attributions:
            attributions = _issuer_sentences(text, block, quotes, attributions, issuer, ctx) + attributions \
                + _issuer_first_person(text, block, quotes, attributions, issuer, ctx)
        for attribution in attributions:
            found += [Found(attribution.speaker, attribution.kind, attribution.cue, s) for s in attribution.spans]
        final = attributions[-1] if attributions else _quoted_lead_in(text, block, quotes, speech_speaker) \
            or _below_lead_in(text, block, blocks[index + 1:index + 2], ctx)
        if final is None and is_heading(text, block, quotes):
            final = _heading_lead_in(text, block, ctx, release) \
                or _open_lead_in(text, block, blocks[index + 1:index + 2], ctx)
        pending = final if final is not None and final.colon else None
        last = final if final is not None or quotes else None
        unclaimed = block if len(found) == count and not quotes and not is_heading(text, block, quotes) else None
        table = table + [block] if len(found) == count and _table_shape(text, block, quotes) else []
    whole = Final(_the_regulator(ctx), _short_names(ctx), frozenset(ctx.titles.values()))  # once per text
    return [_settled(_past_dateline(text, f), ctx, whole) for f in found
            if not is_speaker_phrase(text[f.span[0]:f.span[1]])]  # "citing Jo Roe": no claim


def _past_dateline(text: str, found: Found) -> Found:
    """Start a claim after the dateline that opens its news lead (`RIVERTON, Ohio - Fewer than ...`) or the time
    stamp of a live page's entry (`14:10 - Fire crews ...`): the place and time are the writer's, not the claim's."""
    start, end = found.span
    if not text[start:start + 2].isupper() and not text[start:start + 1].isdigit():
        return found  # a dateline opens with a place in capitals, a time stamp with a digit (a cheap test first)
    dateline = LEADING_DATELINE_RE.match(text, start, end) or TIME_STAMP_RE.match(text, start, end)
    return found._replace(span=(dateline.end(), end)) if dateline and dateline.end() < end else found



MAX_QUOTED_PARAGRAPHS = 8
"""How many paragraphs ahead the cue closing a multi-paragraph quotation is looked for."""
_CLOSING_MARKS = "\u201d\"\u2019'"


def _without_stray_close(text: str, span: Span) -> Span:
    """Leave out a closing quotation mark that ends a list item without opening in it (`- hiring 200 nurses"`)."""
    start, end = span
    if end > start and text[end - 1] in "\"\u201d" and not any(mark in text[start:end - 1] for mark in "\"\u201c"):
        return strip_span(text, (start, end - 1))
    return span


BELOW_RE = re.compile(r"\b(?:(?:are|is|were)\s+)?(?:(?:set\s+out|listed|shown|given|summari[sz]ed)\s+)?(?:below|as\s+follows)"
                      r"\s*[.:]?\s*$")
"""A lead-in that points down to its list instead of ending in a colon: `The key findings are set out below.`"""


LISTED_CLAIMS_RE = re.compile(r"\b(?:findings|highlights|results|figures|achievements|improvements|changes|recommendations"
                              r"|points|strengths|weaknesses|concerns|failings|areas|measures|actions|steps)\b", re.IGNORECASE)
"""What a lead-in pointing down lists when its items are claims (`The key findings are set out below.`)."""


def _below_lead_in(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a sentence pointing down to the bullets right after it (`The main findings are set out below.`) as a
    lead-in: findings are the inspectorate's in focus, other lists the body's in focus, or the person it names."""
    if not following or not following[0].bullet or BELOW_RE.search(text, block.body, block.end) is None:
        return None
    sentence = split_sentences(text, block.body, block.end)[-1]
    if LISTED_CLAIMS_RE.search(text, *sentence) is None:
        return None  # "Opening times are set out below.": no claims listed
    people = [m for m in find_mentions(text, *sentence) if m.kind == "person"]
    if people:
        return Attribution(ctx.add(people[0]), "person", "below", (), colon=True)
    judged = FINDINGS_RE.search(text, *sentence) is not None
    name = (ctx.focus_org("inspectorate") if judged else None) or ctx.focus_org()
    return Attribution(name, ctx.kind_of(name), "below", (), colon=True) if name else None


def _quoted_lead_in(text: str, block: Block, quotes: list[Quote], speaker: Who | None) -> Attribution | None:
    """Read a paragraph whose quotation ends in a colon (`"Our priorities this year are:`) as its speaker's lead-in:
    the bullets below go on with the quotation."""
    if not quotes or speaker is None or quotes[-1].inner[1] < block.end - 1 \
            or text[block.body:block.end].rstrip(_CLOSING_MARKS + " ")[-1:] != ":":
        return None
    return Attribution(speaker.name, speaker.kind, "quotation continues", (), colon=True)


def _opens_unclosed(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a paragraph opens with a quotation that no mark closes in it: the first paragraph of several."""
    return bool(quotes) and quotes[0].outer[0] == block.body and quotes[0].outer[1] >= block.end \
        and text[block.end - 1] not in _CLOSING_MARKS


def _speaker_ahead(text: str, blocks: list[Block], index: int, quotes: list[Quote], ctx: Context) -> Who | None:
    """Return who a multi-paragraph quotation without a cue of its own belongs to: the speaker the cue after its
    closing mark names, paragraphs later (`"... wishful thinking," Jo Roe said.`); None when no cue closes it."""
    if speech_speaker(text, blocks[index], quotes[0], ctx)[0] is not None:
        return None  # a cue in the paragraph itself says who speaks
    for block in blocks[index + 1:index + MAX_QUOTED_PARAGRAPHS]:
        following = find_speech(text, block)
        if not following or following[0].outer[0] != block.body:
            return None  # the quotation ended without a cue
        if not _opens_unclosed(text, block, following):
            return speech_speaker(text, block, following[0], ctx)[0]
    return None


NARRATION = "narration"
"""The kind of the turn after a transcript's narration resumes: its paragraphs are read as any text's."""
FIRST_PERSON_RE = re.compile(r"\b(?:I|we|We|our|Our|my|My|us)\b")
"""A speaker's own voice: a paragraph holding it goes on with the turn before."""


def is_narration(text: str, block: Block) -> bool:
    """Say whether an unlabelled paragraph after a turn is the writer's narration, not the turn going on: it
    reports someone (a cue other than a document's `show` or `found`) and never speaks as `I` or `we`."""
    return bool(ANY_CUE_RE.search(text, block.body, block.end)) and not FIRST_PERSON_RE.search(text, block.body, block.end) \
        and not _cites_a_document(text, block)


CITED_RE = re.compile(initial_alternation(_VERBS.split("|") + ["According to", "according to"]) + r"\b")
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
        cited = _cited_source(text, sentence, ctx) if claims else None
        found += [Found(cited.speaker, cited.kind, cited.cue, s) for s in cited.spans] if cited is not None \
            else [Found(turn.speaker, turn.kind, "transcript", s) for s in claims]
    return found


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
    if found.kind in ("organisation", "inspectorate") and found.speaker in ctx.kinds:
        kind = ctx.kind_of(found.speaker)  # "the watchdog" later made it an inspectorate
        regulates = final is not None and kind == "organisation" and final.regulator == found.speaker
        return Found(found.speaker, "inspectorate" if regulates else kind, found.cue, found.span)
    return found


REGULATION_RE = re.compile(r"\b(?:regulator|regulators|watchdog|fined|fines|penalty|penalties|enforcement\s+action)\b",
                           re.IGNORECASE)
"""Words of a text about regulation: a commission, authority or agency it names may be the regulator."""


OFFICE_OF_A_PERSON_RE = re.compile(r"['\u2019]s\s+Office\b|\bOffice\s+of\s+the\s+(?:Governor|Mayor|Attorney|Sheriff|"
                                   r"Minister|Secretary|President|Commissioner|Police\s+and\s+Crime)")
"""An office that is a person's (`Attorney General's Office`, `Office of the Governor`): it serves, it regulates nobody."""


def _the_regulator(ctx: Context) -> str | None:
    """Return the one body that may regulate (a commission, an authority, an agency) in a text about regulation (`the
    regulator`, `fined`): it is an inspectorate; None when the text names two such bodies, or none, or is about
    something else."""
    bodies = [name for name in ctx.orgs if may_regulate(name) and ctx.kinds.get(name) in ("organisation", "inspectorate")
              and not OFFICE_OF_A_PERSON_RE.search(name)]
    return bodies[0] if len(bodies) == 1 and _about_regulation(ctx.text) else None


@functools.lru_cache(maxsize=4)
def _about_regulation(text: str) -> bool:
    """Say whether a text is about regulation (`the regulator`, `fined`), looked up once per text."""
    lower = text.lower()
    return any(key in lower for key in _REGULATION_KEYS) and REGULATION_RE.search(text) is not None


_REGULATION_KEYS: tuple[str, ...] = ("regulator", "watchdog", "fine", "penalt", "enforcement")
"""Plain substrings one of which every match of REGULATION_RE holds: a quick test before the pattern."""


def _short_names(ctx: Context) -> dict[str, str | None]:
    """Map the first words of each body's longer name (`Harlow Keane` of `Harlow Keane Construction`) to that body,
    or to None when two bodies begin so."""
    short: dict[str, str | None] = {}
    for org in ctx.orgs:
        words = org.split()
        if ctx.kinds.get(org) not in ("organisation", "inspectorate"):
            continue
        for size in range(2, len(words)):
            prefix = " ".join(words[:size])
            short[prefix] = org if short.get(prefix, org) == org else None
    return short


BOILERPLATE_RE = any_script(re.compile(r"About\s+(?:us\b|(?:the\s+)?[A-Z][^:.\n]{0,60}:)"))
"""`About the City of Port Alder: ...`, `About us`: a body's boilerplate at a text's end."""
ABOUT_HEADING_RE = any_script(re.compile(r"(?:About|Key\s+facts\s+about)\s+(?:us|(?:the\s+)?[A-Z][^:.!?\n]{0,60}?)\s*"))
"""A heading `About Lakeshore Health`: the boilerplate under it, up to the next heading, is nobody's claim."""
SELF_DESCRIPTION_RE = any_script(re.compile(
    r"(?:The\s+)?[A-Z][\w&'\u2019\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z&][\w&'\u2019\-]*){0,6}\s+(?:is|are)\s+(?:a|an|the)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:nonprofit|non-profit|not-for-profit|charity|charitable|social\s+enterprise)\b"))
"""`Acme Health is a nonprofit health system serving ...`: a body's boilerplate about itself."""


def _about_section(text: str, block: Block, inside: bool) -> bool:
    """Say whether a block is an `About X` heading or under one (until the next heading)."""
    if text.startswith(("About", "Key facts", "Key Facts", "KEY FACTS", "ABOUT"), block.body) \
            and ABOUT_HEADING_RE.fullmatch(text, block.body, block.end):
        return True
    return inside and not is_heading(text, block, [])


def _describes_itself(text: str, block: Block) -> bool:
    """Say whether a paragraph is a body's boilerplate about itself (`X is a nonprofit ...`) and reports nothing."""
    if text.find("profit", block.body, block.end) < 0 and text.find("charit", block.body, block.end) < 0 \
            and text.find("social enterprise", block.body, block.end) < 0:
        return False  # none of the words a self-description needs (a cheap test first)
    return SELF_DESCRIPTION_RE.match(text, block.body, block.end) is not None \
        and not ANY_CUE_RE.search(text, block.body, block.end)


HEADING_LEAD_IN_RE = re.compile(r"(?:[A-Za-z]+\s+){0,2}?(?:key|main|headline)?\s*"
                                r"(?:findings|highlights|facts|points|figures|results)\b"
                                r"(?:\s+(?:at\s+a\s+glance|in\s+brief|in\s+short|summary))?"
                                r"|(?:[\w\-]+\s+){0,3}?(?:at\s+a\s+glance|in\s+numbers|in\s+figures|by\s+the\s+numbers)",
                                re.IGNORECASE)
"""A heading that announces findings without a colon: `KEY FINDINGS`, `Highlights`, `Financial highlights`, `The year
in numbers`, `Performance at a glance`."""
MAX_BARE_ITEM_CHARS = 200


SUMMARY_HEADING_RE = re.compile(r"\b(?:points|headlines|summary|brief|short|by\s+the\s+numbers)\b", re.IGNORECASE)
"""A heading over the writer's own summary in a news report (`Key points`, `The headlines`, `In brief`, `By the
numbers`)."""


def _heading_lead_in(text: str, block: Block, ctx: Context, release: bool = True) -> Attribution | None:
    """Read a `KEY FINDINGS` heading as a lead-in: the short lines of figures after it are the speaker's; in a news
    report a summary heading (`Key points`) is over the writer's own lines."""
    if not HEADING_LEAD_IN_RE.fullmatch(text, block.body, block.end) \
            or not release and SUMMARY_HEADING_RE.search(text, block.body, block.end):
        return None
    cue = " ".join(text[block.body:block.end].split())
    judged = "finding" in cue.lower()  # findings are an inspectorate's; highlights are the body's own
    name = (ctx.focus_org("inspectorate") if judged else None) or ctx.focus_org()
    if name and name.casefold() in cue.casefold():
        return None  # "THE FACTS" read as a body's name: a heading never speaks
    return Attribution(name, ctx.kind_of(name), cue, (), colon=True, lines=True) if name else None


OPEN_LEAD_END_RE = re.compile(
    rf"(?:\bthe\s+following\b[^.!?:;]{{0,60}}|\bas\s+follows|\b(?:{_VERBS}))\s*[\u2014\u2013-]?\s*$|\s[\u2014\u2013-]\s*$")
"""How a lead-in ends without a colon right above its bullets: `found the following problems`, `said —`."""


def _open_lead_in(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a line without a colon right above bullets (`The audit found the following problems at X`, `Acme said its
    results showed —`) as a lead-in of the cue's subject: the bullets are the subject's claims."""
    if not following or not following[0].bullet or OPEN_LEAD_END_RE.search(text, block.body, block.end) is None \
            or HEADING_LEAD_IN_RE.fullmatch(text, block.body, block.end):
        return None  # "Operational highlights": a heading never speaks, though `highlights` may be a verb
    sentence = split_sentences(text, block.body, block.end)[-1]
    cue = next((c for c in CUE_RE.finditer(text, *sentence) if not _not_a_cue(text, sentence[0], c.start())), None)
    if cue is None:
        return None
    who = speaker_from_region(text, *_subject_region(text, sentence[0], cue.start()), ctx)
    words = " ".join(text[cue.start():cue.end()].split())
    return Attribution(who.name, who.kind, words, (), colon=True) if who is not None else None


CONTACT_RE = re.compile(r"\(\d{3,5}\)\s?\d{3}[\s\-.]\d{4}\b|\b\d{3}[\-.]\d{3}[\-.]\d{4}\b|\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b"
                        r"|\b(?:1800|1850|0800|0300|0345)\s?\d{3}\s?\d{3,4}\b")
"""A telephone number (`(541) 555-0186`, `0161 496 0455`, `0800 555 0101`): a sentence giving one is contact details or
advice, not the issuer's record."""


FIRST_PERSON_SUBJECT_RE = re.compile(r"(?:We|Our(?:\s+[a-z\-]+){1,3})\s+(?:(?:have|has|had|can|did|do|does|will|would|should"
                                     r"|must|may)\s+)?"
                                     r"(?:(?:not|now|also|already|since)\s+)*")
"""A release's own voice opening a sentence: `We have not`, `Our forensic team has also`."""


def _issuer_first_person(text: str, block: Block, quotes: list[Quote], attributions: list[Attribution], issuer: str,
                         ctx: Context) -> list[Attribution]:
    """Give a release's first-person reports outside quotation marks (`We would point out that ...`) to its issuer,
    in a paragraph where another party speaks too."""
    taken = [span for attribution in attributions for span in attribution.spans] + [q.outer for q in quotes]
    spans = tuple(s for sentence in _untaken(split_sentences(text, block.body, block.end), taken)
                  if text[sentence[1] - 1] not in "?:" and _issuer_reports(text, sentence) for s in split_items(text, sentence))
    return [Attribution(issuer, ctx.kind_of(issuer), "issued the release", spans)] if spans else []


def _issuer_reports(text: str, sentence: Span) -> bool:
    """Say whether a release's sentence is the issuer reporting in the first person (`We can confirm that ...`, `Our
    team has found evidence that ...`, `We have not found ...`): the whole sentence is the issuer's claim."""
    subject = FIRST_PERSON_SUBJECT_RE.match(text, *sentence)
    cue = CUE_RE.match(text, subject.end(), sentence[1]) if subject is not None else None
    return cue is not None and cue.end() < sentence[1] - 1


def _statement_opened(text: str, blocks: list[Block], index: int, ctx: Context) -> str | None:
    """Return the person a statement's heading names when the paragraph after it is the statement (unquoted, in the
    first person), or who signs the first-person paragraphs a block opens (`— Jo Roe` under them); else None
    (`Message from Jo Roe:` over a quotation is read as a colon cue)."""
    heading = statement_speaker(text, blocks[index])
    if heading is None or index + 1 >= len(blocks) or not in_statement(text, blocks[index + 1]):
        signed = signed_statement(text, blocks, index) if may_be_signed(text) and in_statement(text, blocks[index]) \
            else None
        return ctx.add(signed) if signed is not None else None  # first-person paragraphs signed `— Jo Roe`
    return ctx.add(heading)


def _bullets_ended(blocks: list[Block], index: int) -> bool:
    """Say whether a lead-in's bulleted list ended before a block: the block is no bullet after one (a list keeps
    its form; the heading of a table under the list, `Homes by region, 2025 and 2026`, is not one of its items)."""
    return index > 0 and blocks[index - 1].bullet and not blocks[index].bullet


def _bare_item(text: str, block: Block, quotes: list[Quote], pending: Attribution) -> bool:
    """Say whether a line under a `KEY FINDINGS` heading or a colon lead-in is one of its items: short, a figure, no
    cue (`Passengers – 4.2 million`, `Leaks fell by 9% in 2025.`)."""
    return not quotes and block.end - block.start <= MAX_BARE_ITEM_CHARS \
        and (has_figure(text, block.body, block.end) or KEY_VALUE_RE.fullmatch(text, block.body, block.end) is not None) \
        and not ANY_CUE_RE.search(text, block.body, block.end) and not _introduces_person(text, block)


def _introduces_person(text: str, block: Block) -> bool:
    """Say whether an unbulleted paragraph after a list introduces a person by name (`Beacon supporter Jo Roe, 63,
    waited 97 days`): a new story, whose `he said` below is that person's, not one of the list's items."""
    return not block.bullet and any(m.kind == "person" and " " in m.name
                                    for m in find_mentions(text, block.body, block.end))


KEY_VALUE_RE = any_script(re.compile(r"[A-Z][\w'\u2019\- ]{0,40}:[ \t]*[\u00a3$\u20ac]?\d[\d,.]*(?:%|[ \t]*per[ \t]+cent)?[ \t]*"))
"""A line naming a category and its count (`Sustained: 18`, `Not upheld: 1,204`): a figure of the list it is in."""


COLUMN_GAP_RE = re.compile(r"\S(?: {2,}|\t+| ?\| ?)(?=\S)")
"""The gap between two columns of a table laid out in plain text: two spaces or more, a tab, a bar."""


def _table_shape(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a line is laid out as a row of a table: columns apart, short, no sentence's end, no quotation."""
    return not quotes and block.end - block.body <= MAX_BARE_ITEM_CHARS and text[block.end - 1] not in ".!?:;" \
        and COLUMN_GAP_RE.search(text, block.body, block.end) is not None


SOURCE_LINE_RE = re.compile(r"(?:Source|Sources|Data)\s*:\s*(?P<who>[^\n;]{2,100}?)\.?\s*$")
"""A table's source line below it: `Source: Kantar Retail Panel`."""


def _table_source(text: str, block: Block, table: list[Block], ctx: Context) -> list[Found]:
    """Give the rows of figures of a table nobody introduced to the body its `Source: X` line names right below it."""
    line = SOURCE_LINE_RE.match(text, block.body, block.end)
    if line is None or line.end() != block.end:
        return []
    who = speaker_from_region(text, line.start("who"), line.end("who"), ctx)
    if who is None or who.kind not in ("organisation", "inspectorate", "document"):
        return []
    return [Found(who.name, who.kind, "source", item) for row in table
            if TABLE_FIGURE_RE.search(text, row.body, row.end) for item in split_items(text, (row.body, row.end))]


def _table_row(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a line under a lead-in is a row of its table of figures (`Category 1    7 min 52 sec`); only a
    lead-in that is a sentence hands its speaker on (a heading's speaker is a guess, its lines are `_bare_item`s)."""
    return _table_shape(text, block, quotes) and TABLE_FIGURE_RE.search(text, block.body, block.end) is not None


def _table_header(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a line under a lead-in names its table's columns: a table's shape without a figure (years name
    columns: `Region    2025    2024`)."""
    return _table_shape(text, block, quotes) and TABLE_FIGURE_RE.search(text, block.body, block.end) is None


TABLE_FIGURE_RE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d(?![\d,.%]))\d")
"""A figure in a table's row: a digit that does not only start a year (`2025` names a column)."""


def _first_body(ctx: Context, masthead: str | None = None) -> str | None:
    """Return a release's issuer: the body its header names alone on a line, else the first body that spoke in it,
    else the body in focus (never a party quoted later, such as a union's response)."""
    if masthead is not None:
        return masthead
    speakers = [name for name in ctx.org_speakers if ctx.kinds.get(name) in ("organisation", "inspectorate")]
    return speakers[0] if speakers else ctx.focus_org()


VOICE_LINE_RE = any_script(re.compile(r"[ \t]*(?:Delivered|Statement|Speech|Remarks|Address|Evidence|Oral\s+statement)\s+(?:given\s+)?by\s+"
                           r"(?=[A-Z])"))
"""A release's header naming the person whose words it is: `Delivered by Ann Holt, Minister for Transport`."""


def _release_voice(text: str, blocks: list[Block], ctx: Context) -> Who | None:
    """Return the person a release's header says delivers it (`Delivered by X`, `Speech by X`), if any."""
    for block in blocks[:HEADER_VOICE_BLOCKS]:
        line = VOICE_LINE_RE.match(text, block.body, block.end)
        mentions = find_mentions(text, line.end(), block.end) if line else []
        if mentions and mentions[0].start == line.end() and mentions[0].kind == "person":  # type: ignore[union-attr]
            return Who(ctx.add(mentions[0]), "person", block.body)
    return None


HEADER_VOICE_BLOCKS = 4
"""How many opening blocks may name who delivers a statement."""



def issuer_claims(text: str, block: Block, ctx: Context, voice: Who | None = None,
                  masthead: str | None = None) -> list[Attribution]:
    """Give a release's cue-less sentences of figures, and the bullets after a cue-less lead-in, to its issuer (or
    to the person its header says delivers it)."""
    issuer = voice.name if voice is not None else _first_body(ctx, masthead)
    if text[block.end - 1] == ":" and not is_heading(text, block, []):
        if _advice_lead_in(text, block):
            return []  # "Residents can:", "Customers should:": advice, not the issuer's record
        subject = _lead_in_subject(text, block, ctx)  # "To keep care safe, St. Jude's has:"
        named = subject or issuer
        kind = "person" if voice is not None and not subject else ctx.kind_of(named) if named else ""
        issuer = named
        return [Attribution(issuer, kind, "issued the release", (), colon=True)] if issuer else []
    if issuer is None or text[block.end - 1] not in ".!\u201d\"" and not block.bullet or _header_fields(text, block):
        return []  # a heading, a header's fields (`Date issued: 4 May`), or nobody to speak (a bullet of figures needs no full stop)
    spans = tuple(s for sentence in split_sentences(text, block.body, block.end)
                  if text[sentence[1] - 1] != "?" and (has_figure(text, *sentence) or _issuer_reports(text, sentence))
                  and not DOUBT_RE.search(text, *sentence) and not CONTACT_RE.search(text, *sentence)
                  and not _announces_document(text, sentence) and not is_advice(text, sentence)
                  for s in split_items(text, sentence))
    kind = "person" if voice is not None else ctx.kind_of(issuer)
    return [Attribution(issuer, kind, "issued the release", spans)] if spans else []


ANNOUNCES_RE = re.compile(r"\b(?:announces|announced|publishes|published|reports|reported|issues|issued)\b")
"""The verb of a release's opening line that names the document it announces."""


def _announces_document(text: str, sentence: Span) -> bool:
    """Say whether a sentence only announces the document (`X today announces its results for the 52 weeks ended
    31 January`): its figures are the document's dates, no claim."""
    verb = ANNOUNCES_RE.search(text, *sentence)
    return verb is not None and ANNOUNCED_DOCUMENT_RE.fullmatch(text, verb.end(), sentence[1]) is not None


FIELD_LINE_RE = any_script(re.compile(r"^[ \t]*[A-Z][\w'\u2019()&\- ]{0,30}:[ \t]", re.MULTILINE))
"""A header's field line (`Recall reference: MR/17`, `Action: ...`)."""


def _header_fields(text: str, block: Block) -> bool:
    """Say whether a paragraph is one of a header's field lines (`Label: value` right under another): no sentence of
    it is a claim of the issuer."""
    if not FIELD_LINE_RE.match(text, block.start, block.end):
        return False
    before = text.rfind("\n", 0, max(0, block.start - 1)) + 1
    return block.start - before <= 200 and FIELD_LINE_RE.match(text, before, block.start) is not None


def _issuer_sentences(text: str, block: Block, quotes: list[Quote], attributions: list[Attribution], issuer: str,
                      ctx: Context) -> list[Attribution]:
    """Give a release's cue-less sentences of figures in a paragraph that also reports someone (`There were 2,104
    burglaries. The force said ...`) to its issuer, as in a paragraph without any cue."""
    if any(attribution.speaker != issuer for attribution in attributions):
        return []  # another party speaks in the paragraph: its cue-less figures may be that party's
    taken = [span for attribution in attributions for span in attribution.spans] + [q.outer for q in quotes]
    spans = tuple(s for sentence in _untaken(split_sentences(text, block.body, block.end), taken)
                  if text[sentence[1] - 1] not in "?:" and has_figure(text, *sentence)
                  and not ANY_CUE_RE.search(text, *sentence) and not DOUBT_RE.search(text, *sentence)
                  for s in split_items(text, sentence))
    return [Attribution(issuer, ctx.kind_of(issuer), "issued the release", spans)] if spans else []


def _untaken(sentences: list[Span], taken: list[Span]) -> list[Span]:
    """Return the sentences (in text order) that no taken span overlaps, in one pass over both."""
    taken = sorted(taken)
    free: list[Span] = []
    index = 0
    for start, end in sentences:
        while index < len(taken) and taken[index][1] <= start:
            index += 1
        if index == len(taken) or taken[index][0] >= end:
            free.append((start, end))
    return free


ADVICE_LEAD_IN_RE = re.compile(r"\b(?:can|could|should|must|may|might|need\s+to|are\s+(?:advised|asked|urged)\s+to"
                               r"|(?:asking|urging|advising|encouraging|reminding|inviting|asks|urges|advises|encourages"
                               r"|reminds|invites|asked|urged|advised|encouraged|reminded|invited|ask|urge|advise|encourage|remind|invite)\s+(?:[\w'\u2019\-]+\s+){1,4}to"
                               r")\s*:\s*$")
"""A lead-in to advice (`Residents can:`, `Drivers are urged to:`, `The trust is asking the public to:`, `Police urge
drivers to:`): its bullets are nobody's claims."""


PUBLIC_LEAD_IN_RE = re.compile(r"(?:Anyone|Everyone|Those|People|Residents|Customers|Patients|Parents|Drivers|Passengers"
                               r"|Visitors|Members\s+of\s+the\s+public)\b[^.:\n]{0,120}?\b(?:can|could|should|may|must|are\s+"
                               r"(?:invited|welcome))\b[^.\n]{0,120}:\s*$")
"""A lead-in addressed to the public (`Anyone interested can come to one of our sessions:`): its lines invite."""


def _advice_lead_in(text: str, block: Block) -> bool:
    """Say whether a lead-in asks, advises or invites the public: its bullets are nobody's claims."""
    return text[block.end - 1] == ":" and ADVICE_LEAD_IN_RE.search(text, block.body, block.end) is not None \
        or PUBLIC_LEAD_IN_RE.match(text, block.body, block.end) is not None


LAST_VERB_RE = any_script(re.compile(r"\s+[a-z]+(?:\s+(?:also|now|already|since|so\s+far))?\s*:\s*$"))
"""The last verb of a lead-in before its colon: `has:`, `has also:`, `paid:`."""


def _lead_in_subject(text: str, block: Block, ctx: Context) -> str | None:
    """Return the body a cue-less lead-in names as the subject of its last verb (`..., Acme Water has also:`)."""
    verb = LAST_VERB_RE.search(text, block.body, block.end)
    who = speaker_from_region(text, block.body, verb.start(), ctx) if verb else None
    if who is not None and who.name.lower() in BODY_PEOPLE:
        return None  # "Investigators seized:", "Officers found:": the issuer's people, the issuer speaks
    return who.name if who is not None and who.kind in ("organisation", "inspectorate") else None



MAX_HEADING_CHARS = 160
"""A line this short without a full stop is a heading (a headline, a standfirst, a section title)."""


def is_heading(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a block is a heading: short, not a bullet, no quotation, no closing punctuation."""
    line = text[block.start:block.end].rstrip("\"\u201d\u2019'")  # "... says cuts are 'unavoidable'"
    return not block.bullet and not quotes and block.end - block.start <= MAX_HEADING_CHARS \
        and bool(line) and line[-1] not in ".!?:;"


RELATIVE_OPENING_RE = re.compile(r"(?:which|who|whose|where)\b")
"""A quotation opening with a lower-case relative pronoun goes on with the clause before it."""


def _embedded(text: str, block: Block, quote: Quote) -> bool:
    """Say whether a quotation sits inside a clause (`created an "unacceptable risk"`), not after a cue."""
    before = text[max(block.body, quote.outer[0] - 30):quote.outer[0]].rstrip()
    if before.endswith(",") and RELATIVE_OPENING_RE.match(text, quote.inner[0], quote.inner[1]):
        return True  # '..., "which means we will be back here next year."': the clause goes on in quotation marks
    if not before or not before[-1].isalnum():
        return False
    return not SPEECH_BEFORE_RE.search(before)


def continue_list(text: str, block: Block, previous: Attribution) -> list[Attribution]:
    """Give a cue-less paragraph that continues an organisation's list to that organisation."""
    if is_commentary(text, block.body, block.end) or _names_another_body(text, block, previous.speaker) \
            or _other_body_opens(text, (block.body, block.end), previous):
        return []  # "The government has set aside ...": another body, not the list going on
    spans = split_items(text, (block.body, block.end))
    enough = len(spans) >= (2 if len(previous.spans) >= 2 else MIN_LIST_ITEMS) \
        or previous.cue.lower() == "according to" and _all_figures(text, block)  # the source's figures go on
    if not enough and DOCUMENT_CUE_RE.fullmatch(previous.cue):
        return _figures_shown(text, block, previous)
    return [Attribution(previous.speaker, previous.kind, previous.cue, tuple(spans))] if enough else []


DOCUMENT_CUE_RE = re.compile(r"(?:show|shows|showed|showing|reveal|reveals|revealed|revealing)(?:\s+that)?")
"""The cue of figures that show something (`new figures from X show`): the next paragraph may go on giving them."""


def _figures_shown(text: str, block: Block, previous: Attribution) -> list[Attribution]:
    """Give the sentences of figures in the paragraph right after `new figures from X show ...` to X: the writer
    goes on reading out the same figures (a sentence sharing a word with them: `completed`, `completions`)."""
    shown = _topic_words(" ".join(text[a:b] for a, b in previous.spans))
    spans = tuple(s for sentence in split_sentences(text, block.body, block.end)
                  if text[sentence[1] - 1] not in "?:" and has_figure(text, *sentence)
                  and shown & _topic_words(text[sentence[0]:sentence[1]]) for s in split_items(text, sentence))
    return [Attribution(previous.speaker, previous.kind, previous.cue, spans)] if spans else []  # a lead-in is no figure


TOPIC_PREFIX = 5
"""Letters that make two words the same topic (`completed`, `completions`)."""


def _topic_words(words_of: str) -> set[str]:
    """Return the topics of some words: the first letters of each word of five letters or more."""
    return {w[:TOPIC_PREFIX].lower() for w in re.findall(r"[A-Za-z]{%d,}" % TOPIC_PREFIX, words_of)}


def _names_another_body(text: str, block: Block, speaker: str) -> bool:
    """Say whether a paragraph names a body other than a speaker (`Passenger numbers at Dale Airport fell`):
    the writer moved on to another party, so the paragraph does not continue the speaker's list."""
    return any(m.kind == "org" and m.name not in speaker and speaker not in m.name
               for m in find_mentions(text, block.body, block.end))


CONTRAST_OPENING_RE = re.compile(r"(?:While|Whilst|Although|Though|Despite|But|However|Yet|Even)\b")
"""A paragraph opening that weighs what came before: the writer's, not the source's."""


def _all_figures(text: str, block: Block) -> bool:
    """Say whether every sentence of a paragraph holds a figure and none asks (`X had the most (64), ...`)."""
    if CONTRAST_OPENING_RE.match(text, block.body, block.end):
        return False  # "While the trust's figures were the worst, ...": the writer weighs them
    sentences = split_sentences(text, block.body, block.end)
    return bool(sentences) and all(text[s[1] - 1] != "?" and has_figure(text, *s) for s in sentences)


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


def attribute_sentences(text: str, block: Block, quotes: list[Quote], ctx: Context,
                        last: Attribution | None, speech: Speech) -> list[Attribution]:
    """Attribute the reported claims of each sentence in a block, outside its quoted speech."""
    holes = [quote.outer for quote in quotes]
    body = text[block.body:block.end]
    register_appositives(text, block.body, block.end, ctx)
    register_role_holders(text, block.body, block.end, ctx)
    register_acronyms(text, block.body, block.end, ctx)
    if is_heading(text, block, quotes) or not ANY_CUE_RE.search(body) and not body.rstrip().endswith(":") \
            and not CONTINUE_RE.match(body) and not INLINE_LEAD_RE.match(body) \
            and not ("that" in body and VIEW_RE.search(body)) \
            and not SPEAKING_PARTICIPLE_RE.search(body) and not FORECAST_PARTICIPLE_RE.search(body) \
            and not ("put" in body and PUT_AT_RE.search(body)) \
            and not POINTS_BACK_RE.search(body) \
            and not _may_frame(text, block.body, block.end):
        if not (is_heading(text, block, quotes) and BYLINE_RE.search(body)):
            _remember_names(text, (block.body, block.end), holes, ctx)  # a byline's outlet is the writer's
        return []
    attributions: list[Attribution] = []
    unclaimed: Span | None = None  # the sentence before, when it claimed nothing
    for sentence in split_sentences(text, block.body, block.end):
        speech.upto(sentence[0])
        attribution = _participle_first(text, sentence, holes, ctx) or attribute_sentence(text, sentence, holes, ctx)
        if attribution is not None and not attribution.spans and not attribution.colon \
                and CONTINUE_RE.match(text, sentence[0], sentence[1]):
            attribution = None  # "These included X that auditors could not find": the cue claimed nothing
        if attribution is None and _inside(sentence[0], holes) and _inside(sentence[1] - 1, holes):
            unclaimed = None
            continue  # a quoted sentence (`"Our priorities are:`) is the speaker's, read by Speech
        framed_by = _response_frame(text, sentence, holes, ctx) if attribution is not None else None
        if framed_by is not None:  # "Responding to X figures which show that A, Jo Roe said:": A is X's, the rest Jo's
            attribution = framed_by[1] or attribution
            attributions.append(framed_by[0])
        if attribution is None:
            previous = attributions[-1] if attributions else last
            attribution = _heard(text, sentence, holes, ctx) or _inline_lead_in(text, sentence, holes, ctx) \
                or _view_of(text, sentence, holes, ctx) or _speaking_participle(text, sentence, holes, ctx) \
                or _forecast_participle(text, sentence, holes, ctx) or _put_at(text, sentence, holes, ctx) \
                or _continuation(text, sentence, holes, previous) or _lead_in(text, sentence, ctx) \
                or _lead_in_of_person(text, sentence, ctx, previous) or _named_lead_in(text, sentence, ctx) or _source_named(text, sentence, holes, ctx) \
                or _figures_go_on(text, sentence, holes, attributions[-1] if attributions else None) \
                or (_source_goes_on(text, sentence, holes, last) if not attributions else None)
        parts = second_speaker(text, sentence, attribution, holes, ctx) + _aside_tail(text, sentence, attribution, holes, ctx) \
            if attribution is not None else []
        _remember_names(text, sentence, holes, ctx)
        for attribution in parts:
            ctx.spoke(attribution.speaker, attribution.kind)
            attributions += _pointed_back_in(text, unclaimed, sentence, attribution) + [attribution]
        unclaimed = sentence if attribution is None and not _inside(sentence[0], holes) else None
    return attributions


RESPONSE_FRAME_RE = re.compile(r"(?:(?:Responding|Reacting|Replying)\s+to|Commenting\s+on|In\s+(?:a\s+)?response\s+to"
                               r"|Following|After|Welcoming)\s+(?=\S)")
"""A sentence opening on what its speaker answers: `Responding to figures from X which show that A, Jo Roe said`."""
FRAMED_SOURCE_RE = re.compile(r"\s+(?:which|that)\s+(?:also\s+)?(?:show|shows|showed|suggest|suggests|suggested|found|find"
                              r"|finds|reveal|reveals|revealed|say|says|said)\s+(?:that\s+)?"
                              r"|\s+(?:announcement|statement|finding|findings|report|decision|confirmation|claim|claims"
                              r"|warning)\s+(?:[a-z]+\s+){0,3}?that\s+")
"""What the answered source claims inside the frame: `figures which show that`, `its announcement this morning that`."""


def _response_frame(text: str, sentence: Span, holes: list[Span], ctx: Context) -> tuple[Attribution, Attribution | None] | None:
    """Split `Responding to X figures which show that A, and that B, Jo Roe said: ...` into the source's claims (A,
    B, X's) and the attribution of the clause that answers (Jo Roe's, from the last comma before the last cue);
    None when the sentence opens on no answered source or no body is named in it."""
    frame = RESPONSE_FRAME_RE.match(text, *sentence)
    source = FRAMED_SOURCE_RE.search(text, frame.end(), sentence[1]) if frame is not None else None
    if frame is None or source is None or _inside(source.start(), holes):
        return None
    cues = [c for c in itertools.islice(CUE_RE.finditer(text, source.end(), sentence[1]), MAX_CUES_PER_SENTENCE)
            if not _inside(c.start(), holes)]
    comma = text.rfind(", ", source.end(), cues[-1].start()) if cues else -1
    if comma < 0:
        return None
    who = speaker_from_region(text, frame.end(), source.start(), ctx)
    if who is None or who.kind not in ("organisation", "inspectorate"):
        return None
    spans = tuple(s for part in subtract((source.end(), comma), holes) for s in split_items(text, part))
    answer = attribute_sentence(text, (comma + 2, sentence[1]), holes, ctx)
    return Attribution(who.name, who.kind, " ".join(source.group().split()), spans), answer


POINTS_BACK_RE = re.compile(r"(?:That|This|These|Those)(?:['\u2019]s|\s+(?:is|was|are|were))\s+according\s+to\b"
                            r"|(?:The|These|Those)\s+(?:figures|numbers|data)\s+(?:are|were|come|came)\s+(?:according\s+to|from)\b")
"""A source named after the claim it gives (`There were 412 patients on trolleys. That's according to X.`)."""


SOURCE_NAMED_RE = re.compile(r"(?:The|These|Those)\s+(?:figures|numbers|data)\s+(?:are|were|come|came)\s+from\s+"
                             r"(?P<who>[^,;:.]{2,80})")
"""`These figures come from the Rail Data Office`: a sentence that only names the source of the figures before it."""


def _source_named(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Read `These figures come from X, which ...` as X's cue with no words of its own: the sentence of figures
    before it is X's (`_pointed_back`)."""
    match = SOURCE_NAMED_RE.match(text, *sentence)
    if match is None or _inside(match.start(), holes):
        return None
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    return Attribution(who.name, who.kind, "figures come from", ()) if who is not None else None


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


def _pointed_back_in(text: str, unclaimed: Span | None, sentence: Span, attribution: Attribution) -> list[Attribution]:
    """Give the unclaimed sentence before `That's according to X` in the same paragraph to X."""
    return _figure_claims(text, unclaimed, attribution) if unclaimed and _points_back(text, sentence, attribution) else []


def _pointed_back(text: str, pointed: Block | None, block: Block, attributions: list[Attribution]) -> list[Attribution]:
    """Give the unclaimed paragraph before one that opens `That's according to X` to X."""
    if pointed is None or not attributions or POINTS_BACK_RE.match(text, block.body, block.end) is None:
        return []
    first = split_sentences(text, block.body, block.end)[0]
    return _figure_claims(text, (pointed.body, pointed.end), attributions[0]) \
        if _points_back(text, first, attributions[0]) else []


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


INLINE_LEAD_RE = re.compile(
    r"(?:(?P<among>Among\s+the\s+)|(?:The|Its|Their|Other)\s+)?(?:key\s+|main\s+|other\s+)?(?P<what>[Ff]indings|[Hh]ighlights"
    r"|[Aa]reas\s+for\s+(?:improvement"
    r"|development|further\s+work)|[Ss]trengths|[Ww]eaknesses|[Cc]oncerns|[Ii]mprovements|[Cc]hanges|[Aa]chievements"
    r"|[Rr]ecommendations|[Ss]uccesses|[Mm]easures|[Pp]roposals)(?:\s+(?:announced|listed|identified|proposed|agreed))?"
    r"(?:\s+(?:of|from|in|at)\s+[^,;:]{1,40}?)?\s+(?:included|include|includes|(?:were|are)\s+that|(?(among)(?:were|are)|(?!)))"
    r"\s+(?![:;\s])")
"""`Areas for improvement included A, B and C.`, `Among the measures announced were A and B.`: a lead-in without a
colon, its items in the same sentence."""


def _inline_lead_in(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Give the items of `Areas for improvement included A, B and C.` to the speaker in focus: the inspectorate for
    findings, else the body."""
    match = INLINE_LEAD_RE.match(text, *sentence)
    if match is None or text[sentence[1] - 1] == "?":
        return None
    name = ctx.focus_org("inspectorate") if FINDINGS_RE.search(match.group("what")) else None
    name = name or ctx.focus_org()
    if name is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    spans = _two_listed(text, spans[0]) if len(spans) == 1 else spans
    return Attribution(name, ctx.kind_of(name), " ".join(match.group().split()), spans)


LISTED_AND_RE = re.compile(r"\s+and\s+(?=(?:a|an|the|\d|\u00a3|\$|\u20ac|more|new|extra|free)\b|\d|[\u00a3$\u20ac])")
"""`and` before a second item of a lead-in's list: `a 10% cut in fares and 300 new cycle racks`."""


def _two_listed(text: str, span: Span) -> tuple[Span, ...]:
    """Split the one item after a lead-in into two at `and` before a second noun phrase (`a 10% cut in fares and 300
    new cycle racks`): a lead-in announces a list, so two items joined by `and` are two claims."""
    joins = list(LISTED_AND_RE.finditer(text, *span))
    if len(joins) != 1 or "(" in text[span[0]:span[1]] or len(text[span[0]:joins[0].start()].split()) < 2:
        return (span,)
    return (span[0], joins[0].start()), (joins[0].end(), span[1])


VIEW_RE = re.compile(rf"['\u2019]s\s+(?:own\s+|latest\s+|initial\s+)?"
                     rf"(?P<cue>(?:{verb_alternation(VIEW_NOUNS)})\s+(?:is|was|remains)\s+that)\s+(?=\S)")
"""`The agency's assessment is that ...`, `the council's view remains that ...`: the possessor states what follows."""


SPEAKING_PARTICIPLE_RE = any_script(re.compile(r",\s+(?P<cue>(?:insisting|saying|adding|arguing|claiming|stressing|warning|noting"
                                    r"|explaining|pointing\s+out|alleging|asserting|contending|acknowledging|admitting)"
                                    r"(?:\s+only)?(?:\s+that(?=\s+[\w\u00a3$\u20ac\"\u201c]))?)\s+"
                                    r"(?=(?:it|they|he|she|we|there|the|a|an|its|their|this|these|those|some|all|no|most|many"
                                    r"|more|fewer|few|every|each|both|none|nobody|only|about|around|nearly|almost|over|half"
                                    r"|his|her|our|any)\b|[A-Z\d\u00a3$\u20ac\"\u201c]|(?<=that\s))"))
"""`Acme Water hit back, insisting the figures were wrong`, `X sued Y, alleging that ...`: a participle of speech after
the subject's own verb, before a clause (never `adding to delays`, `warning of more`)."""


def _participle_first(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute a sentence at its participle of speech when no other cue comes before it (`X welcomed the figures,
    saying they showed ...`: X says what they showed)."""
    match = SPEAKING_PARTICIPLE_RE.search(text, *sentence)
    if match is None or any(not _inside(c.start(), holes) and not _not_a_cue(text, sentence[0], c.start())
                            for c in itertools.islice(CUE_RE.finditer(text, sentence[0], match.start()), MAX_CUES_PER_SENTENCE)):
        return None
    return _speaking_participle(text, sentence, holes, ctx)


PUT_AT_RE = re.compile(r"\s(?P<cue>puts?)\s+(?:the|its|their)\s+(?:[a-z\-]+\s+){0,2}?(?:number|numbers|figure|total|cost|costs"
                       r"|bill|increase|rise|fall|drop|loss|losses|shortfall|deficit|toll|count|growth|decline)\s+"
                       r"(?:at|down\s+to)\s+(?=\S)")
"""`X put the number at 53`, `Dr Roe put the increase down to flu`: an estimate or a cause, the subject's claim."""


def _put_at(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Figures from X put the number at 53` and `Jo Roe put the rise down to flu` to the subject before
    `put`, the estimate or cause with its verb; None when no party is the subject."""
    match = PUT_AT_RE.search(text, *sentence) if "put" in text[sentence[0]:sentence[1]] else None
    if match is None or _inside(match.start(), holes):
        return None
    who = _publisher_in(text, (sentence[0], match.start()), ctx) \
        or speaker_from_region(text, *_subject_region(text, sentence[0], match.start()), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.start("cue"), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group().split()[:1]), spans) if spans else None


FORECAST_PARTICIPLE_RE = re.compile(r",\s+(?P<cue>projecting|forecasting|predicting|estimating|finding|concluding)\s+"
                                    r"(?=[a-z\d\u00a3$\u20ac\"\u201c])")
"""`X presented its budget, projecting revenue of $148m`, `The regulator downgraded X, finding "serious failings"`: a
forecast or a finding after the subject's own verb, kept in the claim."""


def _forecast_participle(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Acme cut its outlook, forecasting profit of £40m` to the subject before the sentence's first verb,
    the forecast with its verb; None when no party opens the sentence."""
    match = FORECAST_PARTICIPLE_RE.search(text, *sentence) if "ing " in text[sentence[0]:sentence[1]] else None
    if match is None or _inside(match.start(), holes):
        return None
    verb = next((m for m in re.finditer(r"\b[a-z]+\b", text[sentence[0]:match.start()]) if is_verb_like(m.group())), None)
    who = speaker_from_region(text, sentence[0], sentence[0] + verb.start(), ctx) if verb and verb.start() else None
    if who is None or who.kind not in ("organisation", "inspectorate", "person"):
        return None
    spans = tuple(s for part in subtract((match.start("cue"), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, match.group("cue"), spans) if spans else None


def _speaking_participle(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Acme Water hit back, insisting (that) X` to the subject before the sentence's first verb: X is its
    claim. None when no verb follows the subject (`Profits, saying ...`) or the subject is no party."""
    match = SPEAKING_PARTICIPLE_RE.search(text, *sentence)
    if match is None or _inside(match.start(), holes) or text[sentence[1] - 1] == "?":
        return None
    verb = next((m for m in re.finditer(r"\b[a-z]+\b", text[sentence[0]:match.start()]) if is_verb_like(m.group())), None)
    if verb is None or verb.start() == 0:
        return None
    who = speaker_from_region(text, sentence[0], sentence[0] + verb.start(), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans) if spans else None


def _view_of(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `The X Agency's assessment is that the risk is low` to the possessor of the judgement; None when the
    possessor is no party the text names (`The public's view is that`)."""
    match = VIEW_RE.search(text, *sentence) if text.find("that", *sentence) >= 0 else None  # the cheap test first
    if match is None or _inside(match.start(), holes) or text[sentence[1] - 1] == "?":
        return None
    who = speaker_from_region(text, sentence[0], match.start() + 2, ctx)
    if who is None or who.kind not in ("organisation", "inspectorate", "person"):
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans) if spans else None


def _heard(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `A has 212 homes lying vacant, the meeting heard.`: the claim is the person's who the next
    sentences say told the meeting (`The figures were given by X`), if one alone; else the audience's own words,
    unresolved (a meeting or a court never speaks)."""
    if text.find("heard", *sentence) < 0 and " told" not in text[slice(*sentence)]:
        return None
    heard = HEARD_RE.search(text, *sentence)
    leading = HEARD_LEAD_RE.match(text, *sentence) if heard is None else None
    if leading is not None:  # "The court heard that Mr Roe had sold 300 fake watches."
        content, heard = (leading.end(), sentence[1]), leading
    elif heard is not None and not _inside(heard.start(), holes) and has_verb(text[sentence[0]:heard.start()]):
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
        begin = max(text.rfind(". ", start, told.start()) + 2, text.rfind("\n", start, told.start()) + 1, start)
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


BYLINE_RE = re.compile(r"^By\s+[A-Z]|\b(?:reporter|correspondent|editor|writer|journalist)s?\b", re.IGNORECASE)
"""A byline (`By Jo Roe`, `Daleham Echo local democracy reporter`): the outlet that writes, not a party."""


def _remember_names(text: str, span: Span, holes: list[Span], ctx: Context) -> None:
    """Register the names said outside quotations (never the audience after `told`), and note the body that
    opens the span as the subject a following `It` means."""
    ctx.subject = None
    for part in subtract(span, holes):
        for mention in find_mentions(text, *part):
            before = text[max(0, mention.start - 10):mention.start]
            if mention.name.isupper() and label_word(text, mention):
                continue  # "BUSINESS | AVIATION": a section label's word names no party
            if ("told" not in before or not TOLD_BEFORE_RE.search(before)) and not _written_in(text, mention.start):
                name = ctx.add(mention)  # "told the Daleham Echo": the audience, never the body in focus
                if mention.kind == "org" and ctx.kinds.get(name) in ("organisation", "inspectorate") \
                        and OPENING_SUBJECT_RE.fullmatch(text[span[0]:mention.start].strip()) is not None \
                        and not JOINED_NAME_RE.match(text, mention.end):  # "Acme and Brook Water both ...": two
                    ctx.subject = (name, ctx.block)  # "The Rivers Agency fined the firm. It said": the agency
    if ctx.subject is None and text.startswith(("The ", "Its ", "Their "), span[0]) \
            and text[span[1]:span[1] + 8].lstrip().startswith(("It ", "Its ")):
        _document_subject(text, span, ctx)  # only an `It` or `Its` opening the next sentence needs it
    _surname_subject(text, span, holes, ctx)


SURNAME_OPENING_RE = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019\-]+)[ \t]+(?=[a-z])")
"""One capitalised word opening a sentence, a lower-case word after it: `Albrecht is asking the board`."""


def _surname_subject(text: str, span: Span, holes: list[Span], ctx: Context) -> None:
    """Note a person the text named before, called by surname alone as a sentence's subject (`Albrecht is asking the
    board ...`): the `she said` that follows is that person's, not the last speaker's."""
    opening = SURNAME_OPENING_RE.match(text, span[0], span[1])
    if opening is None or _inside(span[0], holes):
        return
    person = ctx.full_person(opening.group("name"))
    if person != opening.group("name") and person != ctx.last_person and ctx.kinds.get(person) == "person":
        ctx.add(Mention(opening.start("name"), opening.end("name"), person, "person"))

JOINED_NAME_RE = any_script(re.compile(r"\s+(?:and|&|or)\s+(?:the\s+)?[A-Z]"))
"""Another name joined to a subject (`Acme Water and Brook Water`): two parties open the sentence, not one."""


def _document_subject(text: str, span: Span, ctx: Context) -> None:
    """Note a body's document that opens a span (`The report, Cold Homes, draws on a survey by X.`) as the subject a
    following `It` means: its publisher, not the body the sentence goes on to name."""
    match = DOCUMENT_SUBJECT_RE.match(text, span[0], span[1])
    if match is None or text[match.end():match.end() + 1] not in (",", " "):
        return
    who = speaker_from_region(text, match.start(), match.end(), ctx)
    if who is not None and who.kind in ("organisation", "inspectorate", "person"):
        ctx.subject = (who.name, ctx.block)  # "The review, led by Jo Roe, ... Its findings": hers


OPENING_SUBJECT_RE = re.compile(r"(?:(?:However|But|And|Meanwhile|Yet|Instead|Separately|Earlier|Later|Today),?\s*)?(?:[Tt]he)?")
"""What may stand before a body that opens a sentence as its subject: `The`, `However, the`, `Meanwhile`."""
TOLD_BEFORE_RE = re.compile(r"\btold\s+(?:the\s+)?$")
"""`told the` right before a name: the outlet or audience a claim was told to."""
WRITTEN_IN_RE = re.compile(r"\b(?:[Ww]riting|wrote|[Ss]peaking|spoke|[Ii]nterview)\s+(?:in|for|to|on|with)\s+(?:the\s+)?$")
"""`Writing in the Daily Post`, `Speaking to the Herald`, `in an interview with the Gazette`: the outlet, no party."""
_WRITTEN_IN_NEEDS = ("riting", "wrote", "peaking", "spoke", "nterview")
"""What every match of `WRITTEN_IN_RE` holds."""


def _written_in(text: str, start: int) -> bool:
    """Say whether a name is the outlet a speaker wrote in or spoke to (`Writing in the Daily Post, Jo Roe said`)."""
    if not _holds_any(text, max(0, start - 30), start, _WRITTEN_IN_NEEDS):
        return False  # none of the verbs is there (the cheap test first)
    return WRITTEN_IN_RE.search(text, max(0, start - 30), start) is not None


def _continuation(text: str, sentence: Span, holes: list[Span], previous: Attribution | None) -> Attribution | None:
    """Continue the previous speaker: `These included ...`, `Additionally, ...`."""
    match = CONTINUE_RE.match(text, sentence[0], sentence[1])
    if match is None or previous is None or text[sentence[1] - 1] == "?":
        return None
    if text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        return Attribution(previous.speaker, previous.kind, match.group().strip(" ,"), (), colon=True)
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(previous.speaker, previous.kind, match.group().strip(" ,"), spans)


def _figures_go_on(text: str, sentence: Span, holes: list[Span], previous: Attribution | None) -> Attribution | None:
    """Give a cue-less sentence of figures right after a body's claim in the same paragraph to that body."""
    if previous is None or previous.kind == "person" or text[sentence[1] - 1] == "?" \
            or not has_figure(text, *sentence) or is_commentary(text, *sentence):
        return None
    spans = tuple(s for part in subtract(sentence, holes) for s in split_items(text, part))
    return Attribution(previous.speaker, previous.kind, previous.cue, spans) if spans else None


def _source_goes_on(text: str, sentence: Span, holes: list[Span], last: Attribution | None) -> Attribution | None:
    """Give a paragraph's opening sentence of figures to the source the paragraph before quoted them from (`...,
    according to the board's annual report.` then `The board received 287 complaints, up from 241.`): the writer
    goes on reading out the same source, unless the sentence names another party."""
    if last is None or last.kind == "person" or not last.spans \
            or not (last.cue.lower() == "according to" or DOCUMENT_CUE_RE.fullmatch(last.cue)):
        return None
    if text[sentence[1] - 1] == ":" or CONTRAST_OPENING_RE.match(text, *sentence) or _other_body_opens(text, sentence, last) \
            or any(m.name not in last.speaker and last.speaker not in m.name for m in find_mentions(text, *sentence)):
        return None  # "Orrin Coaches, which runs 14 routes, carried ...": another party
    return _figures_go_on(text, sentence, holes, last)


OTHER_BODY_OPENING_RE = any_script(re.compile(r"(?:The|the|Its|its)\s+(?P<noun>[a-z]+)\b"))
"""`The government`, `Its board`: the common noun a sentence opens with, to tell another kind of body from the source."""


def _other_body_opens(text: str, sentence: Span, last: Attribution) -> bool:
    """Say whether a sentence opens with a reference to a kind of body the source is not (`The government has
    promised 500 beds` after the union's figures; `The board received ...` after the board's report is the board)."""
    opening = OTHER_BODY_OPENING_RE.match(text, *sentence)
    if opening is None:
        return False
    noun = opening.group("noun")
    is_body = noun in ORG_REFERENCES or noun in ORG_HEADS or noun in PUBLIC_HEADS
    return is_body and noun not in last.speaker.lower().split()


def _lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read `The key findings were:` or `Highlights include:` as a colon cue of the speaker in focus."""
    if not text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        return None  # every lead-in ends in a colon (the cheap test first)
    subject_cue = _subject_cue(text, sentence)
    if subject_cue is not None:  # "the Minister continued:", "He set out ...:", "The report draws attention to:"
        who = speaker_from_region(text, sentence[0], subject_cue[0], ctx)
        return Attribution(who.name, who.kind, subject_cue[1], (), colon=True) if who else None
    match = LEAD_IN_RE.search(text, sentence[0], sentence[1])
    if match is None:
        return _document_lead_in(text, sentence, ctx) or _person_lead_in(text, sentence, ctx)
    mentions = find_mentions(text, sentence[0], match.start())
    name: str | None
    if mentions:  # "Mayor Jo Bloggs issued the following statement:"
        name = ctx.add(mentions[-1])
        if mentions[-1].kind == "person":
            return Attribution(name, "person", " ".join(match.group().split()), (), colon=True)
    elif text.startswith(("Its ", "Their "), sentence[0]) and ctx.document_subject():
        name = ctx.document_subject()  # "The review, led by Jo Roe, ... Its key findings were:": hers
    elif FINDINGS_RE.search(text, sentence[0], sentence[1]) and ctx.focus_org("inspectorate"):
        name = ctx.focus_org("inspectorate")
    else:
        name = ctx.focus_org()
    if name is None:
        return None
    return Attribution(name, ctx.kind_of(name), " ".join(match.group().split()), (), colon=True)


def _lead_in_of_person(text: str, sentence: Span, ctx: Context, previous: Attribution | None) -> Attribution | None:
    """Read a lead-in without a verb or a name (`The projects funded are:`) as the colon cue of the person who spoke
    just before, when the text has named no body that could be in focus; else None."""
    match = LEAD_IN_RE.search(text, *sentence) if text[sentence[0]:sentence[1]].rstrip().endswith(":") else None
    if match is None or previous is None or previous.kind != "person" or ctx.focus_org() is not None \
            or find_mentions(text, sentence[0], match.start()):
        return None
    return Attribution(previous.speaker, "person", " ".join(match.group().split()), (), colon=True)


DOCUMENT_SUBJECT_RE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?(?:%s)\b" % "|".join(sorted(DOCUMENT_NOUNS)))
"""A document opening a sentence (`The report`, `Its annual review`) whose colon hands it the lines below."""


PASSIVE_LEAD_RE = any_script(re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|being)\s+"
                             r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|ght)\b"))
"""A passive after a document (`was discussed by`, `has been sent to`): something done to it, not its words."""


def _document_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read `The report draws attention to:` as a colon cue of the document's speaker (its publisher)."""
    match = DOCUMENT_SUBJECT_RE.match(text, sentence[0], sentence[1])
    if match is None or not text[sentence[0]:sentence[1]].rstrip().endswith(":") \
            or PASSIVE_LEAD_RE.match(text, match.end(), sentence[1]):
        return None  # "The review was discussed by councillors at:": a passive, the document says nothing
    who = speaker_from_region(text, match.start(), match.end(), ctx)
    cue = " ".join(text[match.end():sentence[1]].split())
    return Attribution(who.name, who.kind, cue, (), colon=True) if who and cue.strip(" :") else None


PERSON_LEAD_RE = any_script(re.compile(r"(?:He|She)\b(?:\s+(?:then|also|later|went on to))?\s+[a-z]+"))
"""`He then set out the main pressures:`: a person's lead-in without a reporting verb."""


def _person_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read `He then set out the pressures on housing:` as a colon cue of the person `he` is."""
    match = PERSON_LEAD_RE.match(text, sentence[0], sentence[1])
    if match is None or not text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        return None
    who = speaker_from_region(text, sentence[0], sentence[0] + len(match.group().split()[0]), ctx)
    cue = " ".join(text[sentence[0] + len(match.group().split()[0]):sentence[1]].split())
    return Attribution(who.name, who.kind, cue, (), colon=True) if who and who.kind == "person" else None


def _subject_cue(text: str, sentence: Span) -> tuple[int, str] | None:
    """Find the cue of a colon lead-in whose subject speaks, and where the subject ends: a speech verb (`the
    Minister continued:`), a verb that sets out a list (`He set out the main pressures:`) or a document (`The
    report draws attention to:`)."""
    speech = SPEECH_BEFORE_RE.search(text, *sentence)
    if speech is not None:
        return speech.start(), speech.group().strip()
    verb = LEAD_IN_VERB_RE.search(text, *sentence)
    if verb is not None:
        return verb.start(), verb.group("verb")
    document = DOCUMENT_LEAD_RE.match(text, *sentence)
    return (document.end("doc"), document.group("cue").strip(" :")) if document else None


def attribute_sentence(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Find the first reporting cue in a sentence and return who claims what."""
    start, end = sentence
    frame = text[end - 1] != "?" and _may_frame(text, start, end)
    if text[end - 1] == "?" or not frame and not ANY_CUE_RE.search(text, start, end):
        return None  # a question claims nothing; a sentence with no cue word reports nothing
    aside = ASIDE_RE.search(text, start, end)
    if aside and not _inside(aside.start(), holes):
        return _aside(text, sentence, aside, holes, ctx)
    closing = _closing_speaker(text, sentence, holes, ctx)
    if closing is not None:
        return closing
    framed = (_document_frame(text, sentence, holes, ctx) or _gerund_cue(text, sentence, holes, ctx)) if frame else None
    if framed is not None:
        return framed  # "..., in the latest figures.", "Based on numbers provided by X, ...", "by warning that"
    for special in (QUOTED_AS_RE, ACCORDING_RE, INVERTED_RE):
        if text.find(_SPECIAL_NEEDS[special], start, end) < 0:
            continue  # the words every match holds are not there (the cheap test first)
        match = special.search(text, start, end)
        if match is not None and special is INVERTED_RE and not names_a_speaker(match.group("who")):
            continue  # "The report said the force took 41 minutes": content after said, no speaker
        if match is not None and _own_source_after_cue(text, sentence, match, holes):
            continue  # "X said A, according to its analysis": X's cue, its own source
        named = _named_inside(text, sentence, match, holes, ctx) if match and not _inside(match.start(), holes) else None
        if named is not None:
            return named  # else "X said ..., according to research by its members": X's cue
    blamed = _blamed(text, sentence, holes, ctx) if text.find("which", start, end) >= 0 else None
    if blamed is not None:
        return blamed
    caused = cause_claims(text, sentence, holes, ctx)
    if caused is not None:
        return Attribution(*caused)  # "The firm blamed the fall on fog": the cause is the firm's
    showing = _published_showing(text, sentence, holes, ctx) if "ing" in text[start:end] else None
    if showing is not None:
        return showing
    passive = (PASSIVE_BY_RE.search(text, start, end) if text.find("by", start, end) >= 0 else None) \
        or (PASSIVE_RE.search(text, start, end) if _holds_any(text, start, end, _JUDGED_WORDS) else None)
    if passive and not _inside(passive.start(), holes) and not _reported_before(text, start, passive.start(), holes):
        who = speaker_from_region(text, passive.start("who"), _agent_end(text, passive), ctx) \
            if passive.re is PASSIVE_BY_RE else _judge(text, start, ctx)
        if who is not None and passive.re is PASSIVE_BY_RE:
            who = _as_judge(passive, who, ctx)
        if who is not None:
            spans = tuple(s for part in subtract((start, end), holes) for s in split_items(text, part))
            return Attribution(who.name, who.kind, " ".join(passive.group().split()[:2]), spans)
    asked = ASKED_RE.match(text, start, end) if text.startswith("Asked", start) else None
    for pattern in (CUE_RE, RECORD_RE):
        for cue in itertools.islice(pattern.finditer(text, start, end), MAX_CUES_PER_SENTENCE):
            if _inside(cue.start(), holes) or (pattern is CUE_RE and _not_a_cue(text, start, cue.start())) \
                    or (asked is not None and cue.start() < asked.end()) or _in_occasion_opening(text, sentence, cue):
                continue  # "Asked when he expected ..., X replied:": the question is nobody's claim
            attribution = _attribute_at(text, sentence, cue, holes, ctx, record=pattern is RECORD_RE)
            if attribution is not None:
                return attribution
    return None


_JUDGED_WORDS = ("rated", "judged", "graded", "rating", "found")
"""What every match of `PASSIVE_RE` holds."""


def _holds_any(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Say whether text[start:end] holds any of some words (a cheap test before a pattern)."""
    return any(text.find(word, start, end) >= 0 for word in words)


_JUDGING_VERBS: frozenset[str] = frozenset("rated rates judged judges graded grades".split())
"""Verbs only an inspectorate's judgement uses: whoever rates is an inspectorate."""


def _reported_before(text: str, start: int, at: int, holes: list[Span]) -> bool:
    """Say whether a speech verb before a judgement passive reports it (`Ms Roe said none of its homes was rated below
    good`): the rating is part of what that speaker said, not the inspectorate's judgement."""
    return any(cue.group().split()[0].lower() in _SPEECH_REPORTS and not _inside(cue.start(), holes)
               and not _not_a_cue(text, start, cue.start())
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


def _may_frame(text: str, start: int, end: int) -> bool:
    """Say whether a sentence may hold a cue without a reporting verb: figures framing it, or `by warning that`."""
    if text.find("ing that", start, end) >= 0 and GERUND_CUE_RE.search(text, start, end):
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
    if match is None or _inside(match.start(), holes) or ANY_CUE_RE.search(text, *_frame_content(match, sentence)):
        return None  # "X said A, in its report": X's own cue speaks
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract(_frame_content(match, sentence), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(text[match.start():match.start("who")].split()).strip(", "), spans)


def _frame_content(match: re.Match[str], sentence: Span) -> Span:
    """Return the content a document frame holds: the sentence before a closing frame, after an opening one."""
    return (sentence[0], match.start()) if match.re is FRAME_END_RE else (match.end(), sentence[1])


def _own_source_after_cue(text: str, sentence: Span, match: re.Match[str], holes: list[Span]) -> bool:
    """Say whether `according to its/their ...` closes a sentence whose own cue comes first (`Group X said A,
    according to its analysis`): the cue's subject speaks, and `its` is that subject."""
    if match.re is not ACCORDING_RE or match.group("who").split()[0].lower() not in ("its", "their"):
        return False
    return any(not _inside(cue.start(), holes) and not _not_a_cue(text, sentence[0], cue.start())
               and cue.group().split()[0].lower() not in OBJECT_VERBS  # "expects a deficit, according to its budget"
               for cue in itertools.islice(CUE_RE.finditer(text, sentence[0], match.start()), MAX_CUES_PER_SENTENCE))


def _closing_speaker(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Tests showed that X, she said.`: she speaks the whole sentence, the other cue with it."""
    start, end = sentence
    closing = CLOSING_PRONOUN_CUE_RE.search(text, max(start, end - MAX_CLOSING_CUE_CHARS), end)
    if closing is None or _inside(closing.start(), holes) or not ANY_CUE_RE.search(text, start, closing.start()):
        return None
    who = speaker_from_region(text, closing.start("who"), closing.end("who"), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((start, closing.start()), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, closing.group("cue"), spans)


PUBLISHED_SHOWING_RE = re.compile(
    r"\s(?P<verb>published|publishes|released|releases|issued|issues|unveiled|unveils)\s+(?:its|their|the|a|an|new)\b"
    r"[^,;:]{0,100}?,?\s+(?P<cue>showing|revealing|which\s+show(?:s|ed)?|which\s+reveal(?:s|ed)?)\s+(?:that\s+)?(?=\S)")
"""`X published its figures for May, showing that waits fell`: what the document shows is its publisher's claim."""


def _published_showing(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Acme published its figures, showing that waits fell by 9%`: the publisher claims what they show."""
    match = PUBLISHED_SHOWING_RE.search(text, *sentence)
    if match is None or _inside(match.start(), holes):
        return None
    who = speaker_from_region(text, *_subject_region(text, sentence[0], match.start() + 1), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), spans)


def _blamed(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `Sales fell 2%, which the firm attributed to fog`: the figure and its cause are the firm's."""
    blamed = BLAMED_RE.search(text, *sentence)
    if blamed is None or _inside(blamed.start(), holes):
        return None
    who = speaker_from_region(text, blamed.start("who"), blamed.end("who"), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract(sentence, holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(blamed.group("cue").split()), spans)


def _judge(text: str, start: int, ctx: Context) -> Who | None:
    """Return who made a judgement without an agent (`was rated good`): the inspectorate in focus, else in a
    text about an inspection the regulator it names."""
    judge = ctx.focus_org("inspectorate") or (ctx.regulator() if _about_an_inspection(text) else None)
    return Who(judge, "inspectorate", start) if judge else None


def _attribute_at(text: str, sentence: Span, cue: re.Match[str], holes: list[Span], ctx: Context,
                  record: bool) -> Attribution | None:
    """Attribute a sentence at one cue: the subject before it speaks the words after it (or before it)."""
    start, end = sentence
    if holes and _only_quoted_before(text, (start, cue.start()), holes):
        return None  # '"...," said President Jo Roe.': the cue names the quotation's speaker, who claims no more
    negation = NEGATION_RE.search(text[max(start, cue.start() - 20):cue.start()])
    verb_start = cue.start() - len(negation.group()) if negation else cue.start()
    subject_start, subject_end = _subject_region(text, start, verb_start)
    subject_start = _after_quotation(text, (subject_start, subject_end), holes)
    _bodies_before_reference(text, (subject_start, subject_end), holes, ctx)
    who = _opening_subject(text, start, subject_end, ctx) \
        or speaker_from_region(text, subject_start, subject_end, ctx, record=record) \
        or _coordinated_subject(text, start, subject_end, ctx) or _document_owner(text, (subject_start, subject_end), ctx) \
        or _bare_head_subject(text, (subject_start, subject_end))
    if who is None:
        return None
    _note_owner(text, (start, cue.end()), who, ctx)
    words = " ".join(text[cue.start():cue.end()].split()).rstrip(" :;")
    if text[start:end].rstrip().endswith(":") or not text[cue.end():end].strip(" .;:\u00a0"):
        if text[start:end].rstrip()[-1] in ":;" or cue.group().rstrip()[-1:] in (":", ";"):
            return Attribution(who.name, who.kind, words, (), colon=True)  # a lead-in: the items follow
    if FOLLOWING_RE.match(text, cue.end(), end):  # "X said the following in a statement on Tuesday."
        return Attribution(who.name, who.kind, words, (), colon=True)
    if _told_after_quotation(text, (start, end), cue, holes):
        return Attribution(who.name, who.kind, words, ())  # '"...," she told reporters.': the audience, no claim
    verb = cue.group().split()[0].lower()
    if verb in _JUDGING_VERBS and who.kind == "organisation" and not treated_as_body(text, who.name):
        ctx.kinds[who.name] = "inspectorate"  # "The Care Office rated the home inadequate": a body that rates;
        # a bank or broker the text treats as a company ("analysts at X", "X cut its rating") rates as a company
        who = who._replace(kind="inspectorate")
    if negation is not None and verb in UNSAID_VERBS \
            or verb in ANNOUNCING_VERBS and ANNOUNCED_DOCUMENT_RE.fullmatch(text, cue.end(), end):
        return Attribution(who.name, who.kind, words, ())  # "did not say how many", "announces its results for"
    content = _content(text, sentence, cue, who, verb_start if _keeps_verb(text, cue, verb, negation) else None)
    spans = tuple(s for part in subtract(content, holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, words, spans)


OCCASION_OPENING_RE = re.compile(r"[ \t]*(?:Responding|Reacting|Replying|Commenting|Speaking)\s+(?:to|on|about|after)\b")
"""A sentence that opens with the occasion of what its speaker says: `Responding to figures which show that ...,`."""
CLOSING_CUE_RE = re.compile(r",\s+[^,]{2,120}?\b(?:said|says|added|commented|responded|stated)\s*:\s*(?:$|(?=[\"\u201c]))")
"""The sentence's own speaker and cue before a colon at its end: `, the union's chair Jo Roe said:`."""


def _in_occasion_opening(text: str, sentence: Span, cue: re.Match[str]) -> bool:
    """Say whether a cue lies inside the occasion a sentence opens with, before its own speaker's cue and colon
    (`Responding to figures which show that 600 were cancelled, Dr Jo Roe said:`): the colon is the speaker's."""
    if not OCCASION_OPENING_RE.match(text, sentence[0], cue.start()):
        return False
    closing = CLOSING_CUE_RE.search(text, cue.end(), sentence[1])
    return closing is not None


def _only_quoted_before(text: str, span: Span, holes: list[Span]) -> bool:
    """Say whether everything before a cue in its sentence is a quotation (and its punctuation)."""
    return any(a <= span[0] < b for a, b in holes) and not any(
        text[a:b].strip(" \t\n,;:.\"'\u201c\u201d\u2018\u2019") for a, b in subtract(span, holes))


DOCUMENT_OPENING_RE = re.compile(r"(?:(?:the|new|latest|official)\s+)?(?:figures|data|statistics|numbers|papers)\b",
                                 re.IGNORECASE)
OWNER_RE = any_script(re.compile(r"\bthe\s+(?P<noun>[a-z]+)['\u2019]s\s"))
"""A body's possessive inside a document's description: `figures presented to the council's parenting board`."""


BARE_HEAD_RE = any_script(re.compile(r"\s*(?P<word>[A-Z][a-z\u00ed]+)\s*"))
"""A subject of one capitalised word: `Police said ...`, `Gardaí said ...`."""


def _bare_head_subject(text: str, region: Span) -> Who | None:
    """Keep the claim of a bare body noun that opens a sentence (`Police said on Sunday that ...`, with no police body
    named) under the text's own word, unresolved: never dropped, never guessed."""
    match = BARE_HEAD_RE.fullmatch(text, *region)
    word = match.group("word") if match else ""
    return Who(word, "unresolved", region[0]) if word.lower().rstrip("s") in ORG_HEADS else None


def _document_owner(text: str, region: Span, ctx: Context) -> Who | None:
    """Resolve a subject that is figures nobody is named as publishing but a body's own (`Figures presented to the
    council's parenting board last month show`): the one body the possessive reference means, else None."""
    if DOCUMENT_OPENING_RE.match(text, *region) is None:
        return _unowned_figures(text, region)  # "..., figures released under freedom of information show."
    owners = {ctx.resolve_reference(m.group("noun")) for m in OWNER_RE.finditer(text, *region)}
    owners.discard(None)
    name = owners.pop() if len(owners) == 1 else None
    if name and ctx.kinds.get(name) in ("organisation", "inspectorate"):
        return Who(name, ctx.kind_of(name), region[0])
    return _unowned_figures(text, region)


MAX_UNOWNED_WORDS = 8
"""A document nobody is named as publishing is described briefly (`figures released under freedom of information`)."""


UNOWNED_FIGURES_RE = re.compile(r"(?:(?:the|new|latest|official)\s+)?(?:figures|data|statistics|numbers)"
                                r"(?:\s+(?:released|published|obtained|compiled|seen|shared)\s+(?:under|through|by\s+the\s+"
                                r"(?:paper|programme|newspaper))\b[^,;:\d]{0,50})?\s*", re.IGNORECASE)
"""Figures nobody is named as publishing: `new figures`, `figures released under freedom of information`."""


def _unowned_figures(text: str, region: Span) -> Who | None:
    """Return figures nobody is named as publishing as a speaker of their own words, kind document (`figures released
    under freedom of information show`), whether they open the sentence or close it after a comma; None when the
    words name a party, hold a figure or say more (`The figures exclude 66,108 patients`)."""
    comma = text.rfind(", ", *region)
    start = comma + 2 if comma >= 0 else region[0]
    words = text[start:region[1]].split()
    if not words or len(words) > MAX_UNOWNED_WORDS or not UNOWNED_FIGURES_RE.fullmatch(text, start, region[1]) \
            or find_mentions(text, start, region[1]):
        return None
    phrase = " ".join(words)
    return Who(phrase[:1].lower() + phrase[1:], "document", start)


SAID_IN_RE = re.compile(rf"\b[Ii]n\s+(?:a|an|its|their|his|her)\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{verb_alternation(DOCUMENT_NOUNS)})\b")
"""`In a statement, X said`, `X said in a letter`: the document the speaker said it in."""


def _note_owner(text: str, span: Span, who: Who, ctx: Context) -> None:
    """Note that the document a speaker said something in is theirs (`In a statement, the company said`): a later
    `the statement said` is the same speaker's."""
    said_in = who.kind != "unresolved" and (text.find(" in ", *span) >= 0 or text.startswith("In ", span[0]))
    found = SAID_IN_RE.search(text, *span) if said_in else None
    if found is not None:
        ctx.owners[found.group("noun").lower()] = (who.name, who.kind)


LEADING_THE_RE = re.compile(r"[Tt]he\s+")


def _bodies_before_reference(text: str, region: Span, holes: list[Span], ctx: Context) -> None:
    """Register the body a claim opens with before a closing reference to its speaker (`St Ann's Hospice raised 2m, the
    charity said`, `..., it said`): `the charity` may be that body, and `it` is."""
    cut = text.rfind(", ", *region)
    words = text[cut + 2:region[1]].split() if cut > region[0] else []
    if not words or words[0] not in ("the", "it") or len(words) > 4:
        return
    opening = LEADING_THE_RE.match(text, region[0], cut)
    at = opening.end() if opening else region[0]
    mentions = [m for m in find_mentions(text, at, cut)[:1] if m.start == at and not _inside(at, holes)]
    if mentions and words[0] == "the" and words[-1] in ORG_REFERENCES and mentions[0].kind == "person" \
            and " " in mentions[0].name and mentions[0].name not in ctx.kinds:
        ctx.register_org(mentions[0].name, "organisation")  # "Islay Sea Links will cut sailings, the operator said"
        mentions[0] = mentions[0]._replace(kind="org")
    if mentions and mentions[0].kind == "org":
        name = ctx.add(mentions[0])  # the body that opens the claim; "with the Ashby Food Bank, the association" is not
        if words == ["it"] and ctx.kinds.get(name) in ("organisation", "inspectorate"):
            ctx.subject = (name, ctx.block)  # "The Acme Trust opened 3 wards, it said": the trust


FOLLOWING_RE = re.compile(r"\s*the\s+following\b[^,;:.!?\"\u201c]{0,60}[.!:]?\s*$")
"""`said the following in a statement.`: a lead-in ending in a full stop; what follows is the speaker's."""


def _subject_region(text: str, start: int, verb_start: int) -> Span:
    """Return where a cue's subject may be: before `has previously`, a court report's age and address (`Jo Roe,
    46, of Mill Lane, admitted`) and a passive relative clause (`, which was published on Monday,`); after `In a
    statement (on Tuesday)` without a comma."""
    end = verb_start
    perfect = PERFECT_TAIL_RE.search(text, max(start, end - 30), end) if text.find(" ha", max(start, end - 30), end) >= 0 else None
    end = perfect.start() if perfect else end  # "Lyle has previously said that"
    court = COURT_APPOSITION_RE.search(text, max(start, end - 120), end) \
        if text.rfind(", ", max(start, end - 120), end) >= 0 else None
    end = court.start("age") if court else end
    relative = RELATIVE_TAIL_RE.search(text, max(start, end - 160), end) if text.find("which", max(start, end - 160), end) >= 0 else None
    end = relative.start() if relative else end  # "The report, which was presented on Monday, found"
    who = WHO_TAIL_RE.search(text, max(start, end - 160), end) if text.find(" who ", max(start, end - 160), end) >= 0 \
        else None
    end = who.start() if who else end  # "after inspectors who examined the flats found that"
    lead = LEADING_SOURCE_RE.match(text, start, end) if text.startswith(("In ", "Through ", "Via "), start) else None
    return max(start, end - MAX_SUBJECT_CHARS, lead.end() if lead else start), end


_NO_SUBJECT_WORDS: frozenset[str] = frozenset("and but also then , ,\" ,\u201d".split())
"""Words after a quotation that leave the cue's subject before it (`"..." and added`)."""


def _after_quotation(text: str, region: Span, holes: list[Span]) -> int:
    """Return where a cue's subject starts: after a quotation inside its region when words of their own follow it
    (`"We accept the inspectorate's findings," the spokesperson said`), never inside the quotation."""
    inside = [hole for hole in holes if region[0] <= hole[0] and hole[1] <= region[1]]
    if not inside:
        return region[0]
    rest = [w for w in text[inside[-1][1]:region[1]].lower().split() if w.strip(",;:") and w not in _NO_SUBJECT_WORDS]
    return inside[-1][1] if rest else region[0]


def _keeps_verb(text: str, cue: re.Match[str], verb: str, negation: re.Match[str] | None) -> bool:
    """Say whether a cue's verb stays in its claim: a negation, a judgement or a forecast (`rated`, `expects`),
    a negative finding (`found no evidence`) or an admission of an object (`admitted five offences`)."""
    if negation is not None or verb in OBJECT_VERBS:
        return True
    if verb in FINDING_VERBS:
        return NEGATIVE_FINDING_RE.match(text, cue.start()) is not None
    return verb in ("admitted", "admits") and PLEA_RE.match(text, cue.start()) is not None


def _content(text: str, sentence: Span, cue: re.Match[str], who: Who, verb_start: int | None) -> Span:
    """Return the words a cue's subject claims: after the cue (from the verb when it stays), past its audience
    and where it was said; or, for a cue after its content, the words before the subject."""
    start, end = sentence
    verb = cue.group().split()[0].lower()
    content: Span = (verb_start if verb_start is not None else cue.end(), end)
    audience = TOLD_AUDIENCE_RE.match(text, cue.end(), end) if verb == "told" and "that" not in cue.group() else None
    content = (audience.end(), end) if audience else content  # "told councillors the reserves stood at £31m"
    where = SAID_WHERE_RE.match(text, content[0], end) if text.startswith(_WHERE_WORDS, content[0]) else None
    content = (where.end(), end) if where and verb_start is None else content  # "said in a statement it had ..."
    when = SAID_WHEN_RE.match(text, content[0], end) if where is None and verb_start is None else None
    content = (when.end(), end) if when else content  # "said on Thursday it would cut 300 jobs"
    if where is None and when is None and TRAILING_RE.fullmatch(text, cue.end(), end) \
            and not has_figure(text, cue.end(), end) \
            or verb in ("told", "wrote", "writes") and AUDIENCE_RE.fullmatch(text, cue.end(), end):
        content = (start, who.clause_start)  # "Waiting times halved, the trust said in a statement."
        if len(text[start:who.clause_start].split()) < MIN_SPEECH_WORDS:
            content = (start, start)  # "However, the authority said." holds no claim
    closing = TRAILING_CUE_RE.search(text[content[0]:content[1]].rstrip(" .!")) \
        or ACCORDING_TAIL_RE.search(text[content[0]:content[1]].rstrip(" .!"))
    return (content[0], content[0] + closing.start()) if closing is not None else content


def _told_after_quotation(text: str, sentence: Span, cue: re.Match[str], holes: list[Span]) -> bool:
    """Say whether `told` without `that` follows a quotation and its speaker (`"...," Jo Roe told reporters on a
    call`): the quotation is the claim, and the words after `told`, holding no figure, only name its audience."""
    if cue.group().split()[0].lower() not in ("told", "tells") or cue.group().rstrip(" :;").endswith("that") \
            or has_figure(text, cue.end(), sentence[1]):
        return False
    return any(sentence[0] <= end <= cue.start() and "." not in text[end:cue.start()] for _, end in holes)


COORDINATED_RE = re.compile(r"\s(?:and|but)\s+(?:also\s+)?$")
"""A cue right after `and` or `but`: the second verb of the sentence's subject (`doubled its profit and said`)."""
SUBJECT_PRONOUN_RE = re.compile(r"(?:It|They|He|She)\b")
"""A pronoun opening a sentence as its subject."""
LEADING_DATELINE_RE = any_script(re.compile(r"[A-Z][A-Z .'\-]{2,30},[^\n\u2014\u2013]{0,40}?\s[-\u2014\u2013]{1,2}\s+"))
"""A dateline before a news lead's subject: `DUBLIN, July 28 (Wire) - `, `LEEDS, 4 May \u2014 `."""


def _coordinated_subject(text: str, start: int, subject_end: int, ctx: Context) -> Who | None:
    """Resolve `Acme, the grocer, doubled its profit and said ...`: the sentence's subject says the second verb."""
    if COORDINATED_RE.search(text, max(start, subject_end - 12), subject_end) is None:
        return None
    dateline = LEADING_DATELINE_RE.match(text, start, subject_end)
    start = dateline.end() if dateline else start
    mentions = find_mentions(text, start, subject_end)
    pronoun = SUBJECT_PRONOUN_RE.match(text, start, subject_end)
    if mentions and mentions[0].start == start:
        return speaker_from_region(text, start, mentions[0].end, ctx)
    return _described_name(text, start, subject_end, ctx) \
        or (speaker_from_region(text, start, pronoun.end(), ctx) if pronoun else None)


OPENING_REFERENCE_RE = any_script(re.compile(rf"[Tt]he\s+(?:[a-z][a-z\-]*\s+){{0,2}}?(?P<noun>{verb_alternation(ORG_REFERENCES)})\b(?=\s+[a-z])"))
"""`The bank cut`, `The Swiss bank cut`: a sentence opening with a short reference to a body as its subject."""


def _opening_subject(text: str, start: int, subject_end: int, ctx: Context) -> Who | None:
    """Resolve the subject of `The bank cut its rating of Acme and said ...`: a sentence of one clause whose cue is
    its second verb is its opening subject's, never the object of the first verb."""
    if "," in text[start:subject_end] or COORDINATED_RE.search(text, max(start, subject_end - 12), subject_end) is None:
        return None
    return _main_subject(text, start, subject_end, ctx)


def _main_subject(text: str, start: int, subject_end: int, ctx: Context) -> Who | None:
    """Return the subject opening a sentence before its past verb (`The bank cut`, `Acme Foods raised`), else None."""
    reference = OPENING_REFERENCE_RE.match(text, start, subject_end)
    mentions = find_mentions(text, start, subject_end) if reference is None else []
    end = reference.end() if reference else mentions[0].end if mentions and mentions[0].start == start else start
    after = text[end:subject_end].split()[:1] if end > start else []
    if not after or not _past_verb(after[0]) and not (after[0].endswith("ed") and after[0].islower()):
        return None  # "Acme chief executive Jo Roe welcomed it and said": the person after the body
    return speaker_from_region(text, start, end, ctx)


GERUND_CUE_RE = re.compile(
    r"\b(?:by|after|while|whilst|when|before)\s+(?:also\s+)?(?P<cue>warning|saying|claiming|arguing|insisting|announcing"
    r"|revealing|admitting|stating|noting|pointing\s+out|confirming|disclosing)\s+that\s+(?=\S)")
"""`The council defended the rise by warning that ...`: a cue inside the main clause, its subject's."""


def _gerund_cue(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X defended the rise by warning that A`: the main clause's subject claims A."""
    match = GERUND_CUE_RE.search(text, *sentence) if "ing that" in text[sentence[0]:sentence[1]] else None
    if match is None or _inside(match.start(), holes) or "," in text[sentence[0]:match.start()].rstrip(", "):
        return None
    who = _main_subject(text, sentence[0], match.start(), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(match.group().split()), spans)


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
    for match in SECOND_CUE_RE.finditer(text, first.spans[0][0], first.spans[-1][1]):
        cue = ANY_CUE_RE.search(text, match.end(), min(sentence[1], match.end() + 80))
        if _inside(match.start(), holes) or cue is None \
                or "," in text[match.end():cue.start()] and not ROLE_APPOSITION_RE.fullmatch(text, match.end(), cue.start()) \
                or SUBJECT_PRONOUN_RE.match(text[match.end():cue.start()].strip().capitalize()) \
                or not text[match.end():cue.start()].strip() \
                or _past_verb((text[match.end():cue.start()].split(None, 1) or [""])[0]):
            continue  # "..., although they noted that", "and disputed X's figures": the same party goes on
        second = attribute_sentence(text, (match.end(), sentence[1]), holes, ctx)
        if second is None or not second.spans or second.speaker == first.speaker and not _judged_inside(text, first):
            continue
        kept = tuple(s for part in subtract(_union(first.spans, match.start()), holes) for s in split_items(text, part))
        return [first._replace(spans=kept), second] if kept else [second]
    return [first]


def _judged_inside(text: str, first: Attribution) -> bool:
    """Say whether an attribution's cue is a judgement inside its first claim (`26 homes were found to be compliant,
    and the authority said ...`), not a cue after its content."""
    words = first.cue.split()
    return len(words) == 2 and words[0] in ("is", "are", "was", "were", "been") \
        and " ".join(words) in " ".join(text[first.spans[0][0]:first.spans[0][1]].split())


def _union(spans: tuple[Span, ...], cut: int) -> Span:
    """Return the span from the first claimed span's start to a cut (where another party's clause begins)."""
    return spans[0][0], cut


def _described_name(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Resolve a sentence opening with a body's description and name (`Bakery chain Crustwell has ... but said`): the
    name after a kind of body (`NOUN_THEN_NAME_RE`, which registered it), when only lower-case words describe it."""
    match = NOUN_THEN_NAME_RE.search(text, start, end)
    descriptor = text[start:match.start()].split() if match else []
    if match is None or len(descriptor) > 5 or not all(w.islower() for w in descriptor[1:]):
        return None
    return speaker_from_region(text, match.start("name"), match.end("name"), ctx)


SUBORDINATE_RE = re.compile(r"(?:When|After|Before|Once|Until|Since|If|Because|Although|Though|While|Whilst)\b[^,]*$")
"""A clause that cannot stand alone before an aside cue: `When officers returned, she said, they found ...`."""


DESCRIBING_NP_RE = any_script(re.compile(r"\s*(?:(?:a|an)\s+(?:[a-z]+ly\s+)?[a-z]+er\s+[^,;:]{0,80}?\bthan\b"
                              r"|the\s+(?:[a-z]+est|first|only)\b)[^,;:]{0,100}[.!]?\s*"))
"""`..., the report said, a smaller share than the year before.` or `..., the steepest decline since 2005.`: a noun
phrase about the figure, not a claim apart."""


INSPECTION_RE = re.compile(r"\b(?:inspection|inspectors|inspected)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _about_an_inspection(text: str) -> bool:
    """Say whether a text reports an inspection: then a rating without its agent is the regulator's it names."""
    return INSPECTION_RE.search(text) is not None


def _aside(text: str, sentence: Span, match: re.Match[str], holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute a sentence whose cue stands between commas: the words on both sides are the claim."""
    subject = ctx.subject  # the body that opened the sentence before: what `, the company said,` may mean
    _remember_names(text, (sentence[0], match.start()), holes, ctx)
    ctx.subject = ctx.subject or subject
    who = _publisher_in(text, (match.start("who"), match.end("who")), ctx) \
        or speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None:
        return None
    after = (match.end(), sentence[1])
    lead = re.match(r"(?:as|while|but|and|although|though|because)\s+", text[after[0]:after[1]])
    contents = [(sentence[0], match.start()), (after[0] + (lead.end() if lead else 0), after[1])]
    if SUBORDINATE_RE.match(text, sentence[0], match.start()) or DESCRIBING_NP_RE.fullmatch(text, *after) \
            or not has_verb(text[sentence[0]:match.start()]):  # "The remainder, he said, were earmarked ..."
        contents = [(sentence[0], sentence[1])]  # "When officers returned, she said, they found ...": one claim
    elif re.match(r"even\s+(?:as|though|if|while)\b", text[after[0]:after[1]]) \
            or _tail_attribution(text, (after[0] + (lead.end() if lead else 0), after[1]), holes, ctx) is not None:
        contents = contents[:1]  # "..., the department said, even as officers warned": the writer's aside; "...,
        # new figures show, but the union says ...": the words after are the union's
    spans = tuple(s for content in contents for part in subtract(content, holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(text[match.end("who"):match.end()].split()).strip(" ,"), spans)


def _tail_attribution(text: str, after: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Return the attribution of the words after a cue set off by commas when they report a speaker of their own
    (`..., new figures show, but the union says ...`); else None."""
    if not ANY_CUE_RE.search(text, *after):
        return None  # no cue word after the aside (a cheap test first)
    tail = attribute_sentence(text, after, holes, ctx)
    return tail if tail is not None and tail.spans and tail.spans[0][0] > after[0] else None


def _aside_tail(text: str, sentence: Span, first: Attribution, holes: list[Span], ctx: Context) -> list[Attribution]:
    """Return the attribution of the clause after an aside cue that names its own speaker (`..., figures show, but
    the union says that X`: X is the union's); [] when the aside's speaker says it all."""
    if not first.spans or first.spans[-1][1] >= sentence[1] - 2:
        return []  # the claim runs to the sentence's end: no clause after an aside (a cheap test first)
    aside = ASIDE_RE.search(text, *sentence)
    if aside is None or first.spans[-1][1] > aside.start() or _inside(aside.start(), holes):
        return []
    lead = re.match(r"(?:as|while|but|and|although|though|because)\s+", text[aside.end():sentence[1]])
    tail = _tail_attribution(text, (aside.end() + (lead.end() if lead else 0), sentence[1]), holes, ctx)
    return [tail] if tail is not None and tail.speaker != first.speaker else []


PUBLISHED_BY_RE = re.compile(rf"(?:{verb_alternation(DOCUMENT_NOUNS)})\s+(?:by|from)\s+(?=(?:the\s+)?[A-Z])")
"""A document and its author in one phrase: `new research by Acme`, `the latest figures from the Rail Office`."""


def _publisher_in(text: str, region: Span, ctx: Context) -> Who | None:
    """Return the body a document phrase names as its author (`new research by Acme` -> Acme), else None."""
    by = PUBLISHED_BY_RE.search(text, *region)
    who = speaker_from_region(text, by.end(), region[1], ctx) if by is not None else None
    return who if who is not None and who.kind in ("organisation", "inspectorate") else None


_SPACED_PARTICLES = verb_alternation(frozenset(p for p in NAME_PARTICLES if not p.endswith("-")))
_JOINED_PARTICLES = verb_alternation(frozenset(p for p in NAME_PARTICLES if p.endswith("-")))
ROLE_THEN_NAME_RE = any_script(re.compile(r",\s+(?P<name>(?:(?:[A-Z]\.|[A-Z][\w'\u2019\-]+)\s+){1,3}(?:(?:%s)\s+){0,2}(?:%s)?"
                               r"[A-Z][\w'\u2019\-]+)\s*(?=[,.;!]|$)" % (_SPACED_PARTICLES, _JOINED_PARTICLES)))
"""`, Rob Hale` after `according to its chief executive`: the person the role is."""


def _role_then_name(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> tuple[Who, int] | None:
    """Resolve `according to its chief executive, Rob Hale`: the person named after the role, and where the name
    ends; never the body the role belongs to."""
    if match.re is not ACCORDING_RE or not ROLES.intersection(match.group("who").lower().split()):
        return None
    name = ROLE_THEN_NAME_RE.match(text, match.end("who"), sentence[1])
    if name is None:
        return None
    found = find_mentions(text, name.start("name"), name.end("name"))
    if not found or found[0].kind != "person":
        return None
    return Who(ctx.add(found[0]), "person", match.start()), name.end()


def _named_inside(text: str, sentence: Span, match: re.Match[str], holes: list[Span],
                  ctx: Context) -> Attribution | None:
    """Attribute `According to X, ...`, `..., according to X.` and `quoted X as saying ...`."""
    by_source = match.re is QUOTED_AS_RE and (match.group("who") or "by ").startswith("by ")
    if by_source:  # "Alice Carr was quoted by the Journal as saying", "X was quoted as saying": the subject speaks
        auxiliary = PASSIVE_AUXILIARY_TAIL_RE.search(text, sentence[0], match.start())
        who = speaker_from_region(text, sentence[0], auxiliary.start() if auxiliary else match.start(), ctx)
    else:
        who = _forward_possessor(text, sentence, match, ctx) or _backward_possessor(text, sentence, match, ctx) \
            or speaker_from_region(text, match.start("who"), match.end("who"), ctx) \
            or _publisher_ahead(text, match, sentence[1], ctx)
    named = _role_then_name(text, sentence, match, ctx)
    who = named[0] if named else who
    if who is None:
        return None
    _note_apposed_body(text, (sentence[0], match.start()), match, ctx)
    before, after = (sentence[0], match.start()), (named[1] if named else match.end(), sentence[1])
    if _according_lead_in(text, match, after):  # "According to the trust, the changes included:"
        return Attribution(who.name, who.kind, " ".join(text[match.start():match.start("who")].split()), (), colon=True)
    relative = RELATIVE_CUE_RE.match(text, after[0], after[1])
    contents = [after] if text[after[0]:after[1]].strip(" .,;:") and not _describes_source(text, after) else [before]
    if relative is not None:  # "..., according to the trust, which said a new centre would open"
        contents = [before, (relative.end(), after[1])]
    elif re.match(r"[\s,]*(?:which|who)\b", text[after[0]:after[1]]) and has_verb(text[before[0]:before[1]]):
        contents = [before]  # "..., according to the council, which runs 14 branches.": about the source
    joined = JOINED_AFTER_SOURCE_RE.match(text, after[0], after[1]) if match.re is ACCORDING_RE else None
    if joined is not None and has_verb(text[before[0]:before[1]]):
        contents = [before, (joined.end(), after[1])]  # "A rose 5%, according to X, and B fell": both are X's
        if ANY_CUE_RE.search(text, joined.end(), after[1]):
            contents = [before]  # "..., while the union said ...": another party's words, never X's
    if match.re is QUOTED_AS_RE:
        contents = [after]
    spans = tuple(s for content in contents for part in subtract(content, holes) for s in split_items(text, part))
    cue = " ".join(text[match.start():match.start("who") if match.group("who") else match.end()].split())
    return Attribution(who.name, who.kind, cue or "according to", spans)


APPOSED_BODY_RE = re.compile(r",\s+(?:the|its)\s+(?P<ref>[a-z]+)['\u2019]s\s")
"""A role of a body after an inverted cue's speaker: `, said Jo Roe, the office's executive director`."""


def _note_apposed_body(text: str, before: Span, match: re.Match[str], ctx: Context) -> None:
    """Bring into focus the body whose role an inverted cue's speaker holds (`X did Y, said Jo Roe, the office's
    director`; the office named before the cue or earlier): the text is about it, as when it speaks itself."""
    apposed = APPOSED_BODY_RE.search(text, match.end("who"), match.end()) if match.re is INVERTED_RE else None
    if apposed is None:
        return
    for mention in find_mentions(text, *before):
        if mention.kind == "org":
            ctx.add(mention)  # "The Office of X ... carried out the inspection, said Jo Roe, the office's director"
    body = ctx.resolve_reference(apposed.group("ref"))
    if body is not None:
        ctx.spoke(body, ctx.kind_of(body))


UNNAMED_RESULTS_RE = any_script(re.compile(r"(?:(?:new|the|latest|official|state|national|federal|annual|provisional)\s+){0,3}"
                                r"(?:[a-z\-]+\s+)?(?:results|figures|data|statistics|numbers)\b[^,;:]{0,40}"))
"""A document a lead cites without its publisher: `state test results released Tuesday`, `new figures`."""
DATA_FROM_RE = any_script(re.compile(r"(?:Data|Figures|Statistics|Results|Numbers)\s+(?:from|published\s+by|released\s+by|compiled\s+by)"
                          r"\s+(?:the\s+)?(?=[A-Z])"))
"""The next sentence naming where the data come from: `Data from the Missouri Department of Education show ...`."""
MAX_PUBLISHER_AHEAD_CHARS = 400
"""How far after a lead's unnamed source the text may name its publisher."""


def _publisher_ahead(text: str, match: re.Match[str], end: int, ctx: Context) -> Who | None:
    """Resolve `according to state test results released Tuesday` to the body the text names right after as the data's
    source (`Data from the Missouri Department of Education shows ...`); None when it names none there."""
    if match.re is not ACCORDING_RE or not UNNAMED_RESULTS_RE.fullmatch(text, match.start("who"), match.end("who")):
        return None
    ahead = DATA_FROM_RE.search(text, end, min(len(text), end + MAX_PUBLISHER_AHEAD_CHARS))
    mentions = find_mentions(text, ahead.end(), min(len(text), ahead.end() + 120)) if ahead else []
    if not mentions or mentions[0].start != ahead.end() or mentions[0].kind != "org":  # type: ignore[union-attr]
        return None
    name = ctx.add(mentions[0])
    return Who(name, ctx.kind_of(name), match.start())


JOINED_AFTER_SOURCE_RE = re.compile(r",\s*(?:and|while|whilst|but|with)\s+(?=\w)")
"""`..., according to X, and filled 92% of its seats`: a clause joined after the source goes on with its claim."""


MAX_LEAD_IN_WORDS = 8
"""A lead-in after `According to X,` that only opens a list (`the changes included:`) is short."""


def _according_lead_in(text: str, match: re.Match[str], after: Span) -> bool:
    """Say whether `According to X,` opens a short lead-in ending in a colon: the items below are X's."""
    words = text[after[0]:after[1]].split()
    return match.re is ACCORDING_RE and bool(words) and words[-1].endswith(":") and len(words) <= MAX_LEAD_IN_WORDS


SOURCE_PARTICIPLE_RE = any_script(re.compile(r"[\s,]*(?:[a-z]+ed|laid|seen|written|given|drawn|made|sent|shown)\b(?:\s+(?:to|by|on|at|in)\b)"))
"""`according to its report, presented to the board on Wednesday`: a participle phrase about the source."""


SOURCE_APPOSITIVE_RE = re.compile(r"[\s,]*(?:the|a|an|its)\s+[^,;:]{1,60}?[.!]?\s*")
"""`..., according to X, the sector regulator.`: a noun phrase naming what the source is."""


ROLE_APPOSITIVE_RE = any_script(re.compile(r"[\s,]*(?:[a-z][\w\-]*\s+){1,4}(?:of|for|at)\s+[^,;:]{1,60}?[.!]?\s*"))
"""`..., according to Jo Roe, chief executive of Acme Water.`: a role naming what the source is."""
ACCORDING_AFTER_QUOTE_RE = re.compile(r"[\s,]*according\s+to\s+(?P<who>[^,.;:!?\"\u201c\u201d]{1,80})")
"""`"...," according to Jo Roe`: the source named right after a quotation says it."""


def _describes_source(text: str, after: Span) -> bool:
    """Say whether the words after `according to X,` only describe X (`presented to the board on Monday.`)."""
    match = SOURCE_PARTICIPLE_RE.match(text, after[0], after[1])
    if match is None:  # "according to the Office for Students, the sector regulator."
        return (SOURCE_APPOSITIVE_RE.fullmatch(text, after[0], after[1]) is not None
                or ROLE_APPOSITIVE_RE.fullmatch(text, after[0], after[1]) is not None) \
            and not has_verb(text[after[0]:after[1]])
    return not re.search(r"[,;:]", text[match.end():after[1]].rstrip(" ."))


def _forward_possessor(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> Who | None:
    """Resolve `According to its financial results, Acme Group grew ...`: `its` points forward to the body
    that is the subject of the main clause."""
    words = match.group("who").lower().split()
    if match.re is not ACCORDING_RE or text[sentence[0]:match.start()].strip() or words[0] not in ("its", "their") \
            or not any(w in DOCUMENT_NOUNS for w in words[1:]):
        return None
    subject = re.match(r"[\s,]*(?:[Tt]he\s+)?", text[match.end():sentence[1]])
    mentions = find_mentions(text, match.end(), sentence[1])
    at = match.end() + (subject.end() if subject else 0)
    if not mentions or mentions[0].start != at or mentions[0].kind != "org":
        return None
    name = ctx.add(mentions[0])
    return Who(name, ctx.kind_of(name), match.start())


SUBJECT_RE = any_script(re.compile(r"\s*(?:(?:However|But|And|Meanwhile|Overall),?\s+)?(?:[Tt]he\s+)?(?P<noun>[a-z]+)\s"))
"""A sentence opening with a reference (`The ombudsman upheld ...`): the body a trailing `its` points back to."""


def _backward_possessor(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> Who | None:
    """Resolve `..., according to its annual review.`: `its` points back to the sentence's subject, a name or a
    reference that opens it (`The ombudsman upheld 82% ...`)."""
    words = match.group("who").lower().split()
    if match.re is not ACCORDING_RE or words[0] not in ("its", "their") or sentence[0] >= match.start() \
            or not any(w in DOCUMENT_NOUNS for w in words[1:]):
        return None
    mentions = find_mentions(text, sentence[0], match.start())
    opening = SUBJECT_RE.match(text, sentence[0], match.start())
    if mentions and text[sentence[0]:mentions[0].start].strip(" ,").lower() not in ("", "the", "however", "but"):
        mentions = []
    if mentions and mentions[0].kind == "org":
        name = ctx.add(mentions[0])
        return Who(name, ctx.kind_of(name), match.start())
    if opening is None or mentions:
        return None
    who = speaker_from_region(text, sentence[0], opening.end("noun"), ctx)
    return who if who is not None and who.kind in ("organisation", "inspectorate") else None


def _inside(offset: int, holes: list[Span]) -> bool:
    """Say whether an offset falls inside one of the holes."""
    return any(start <= offset < end for start, end in holes)


def _not_a_cue(text: str, start: int, offset: int) -> bool:
    """Say whether a cue word is a noun (`the claims`), a passive (`be maintained`) or a relative's verb."""
    if offset > 0 and text[offset - 1] in "-\u2011":
        return True  # "a semi-state company": part of a compound word
    words = text[max(start, offset - 40):offset].split()[-2:]
    if not words:
        return False
    if len(words) == 2 and words[-1].endswith("ly") and words[0].lower() in PASSIVE_AUXILIARIES:
        return True  # "was originally expected": a passive, an adverb between
    word = words[-1].lower().strip(",")
    ahead = text[offset:offset + 40].split()
    after, this = ahead[1:2], ahead[0].lower().strip(".,;:")
    if this in PERCEPTION_CUES and _sees_a_thing(text[offset:offset + 80].split()[1:6]):
        return True  # "Officers observed a suspected stolen car": what was seen, narrated
    if after and after[0].lower().strip(".,;:!") in CUE_VERBS and this in DOCUMENT_NOUNS:
        return True  # "the annual report shows": the noun before the verb
    if this in NOUN_CUES and (not after or after[0].lower().strip(",.;") in NOUN_FOLLOWERS or _past_verb(after[0])):
        return True  # "its profit forecast for the year", "waiting lists grew by 9%": a noun
    if after and after[0].lower().strip(".,;:") in ("below", "above", "overleaf") and not word.endswith("ly"):
        return True  # "the batches listed below may contain ...": a participle pointing to a list, not a cue
    if after and after[0].lower() == "by" and (this.endswith("ed") or this in IRREGULAR_PAST):
        return True  # "proposals announced by the watchdog": a passive participle, its agent after it
    if this in NOUN_CUES and word.endswith("ing") and len(word) > 4:
        return True  # "clearing waiting lists, with 96% ...": a noun after a gerund or an -ing modifier
    if word in ("than", "as") and this in OBJECT_VERBS or word in ("ever", "never"):
        return True  # "weaker than expected trading", "the highest figure ever recorded"
    if this in PARTICIPLE_CUES and _reduced_relative(text, offset + len(ahead[0]), word, after):
        return True  # "The number of crimes reported in Daleham fell by 8%": the crimes, reported, fell
    if word in RELATIVE_SUBJECTS and _object_relative(text, start, offset):
        return True  # "every claim it rejected in the period": a relative clause about the claim, not a cue
    if this in NOUN_CUES and (word.endswith(("'s", "\u2019s")) or word in NOUN_CUE_ADJECTIVES):
        return True  # "the bank's new claims process", "its annual report": a noun
    if this in ("ranked", "ranks") and (not after or after[0][:1].isdigit() or after[0].lower().strip(",.") in RANK_WORDS):
        return True  # "Westmeath ranked 24th", "ranked among the best": a place in a table, not a judge ranking
    if this in NOUN_CUES and any(w[:1].isdigit() for w in words):
        return True  # "published 43 inspection reports on", "two reviews": a count of the noun
    if word in MODALS and text[offset - len(word) - 1:offset].strip() == word:
        return True  # "The district will report on attendance, Haskins said": a future action, not a cue; a
        # capitalised "Will" mid-sentence ends a name ("Sources close to Jo Roe Will said"), no modal
    return word in NOT_CUE_BEFORE or (word in RELATIVES and (text[offset:offset + 12].split()[0].lower() in OBJECT_VERBS or word == "that"))


RANK_WORDS: frozenset[str] = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last top bottom "
                                      "among as in at highly high low lowest highest joint near no".split())
"""Words after `ranked` that place its subject in a table (`ranked first`, `ranked among`): no one ranks another."""
RELATIVE_SUBJECTS: frozenset[str] = frozenset("it they we he she".split())
"""Pronouns that may open a relative clause without `that` after a noun (`every claim it rejected`)."""
OBJECT_DETERMINERS: frozenset[str] = frozenset("every each any all the a an some no its their those these his her".split())
"""Determiners of the noun a relative clause without `that` describes."""
NOUN_CUE_ADJECTIVES: frozenset[str] = frozenset("new own latest annual monthly weekly quarterly interim final".split())
"""Adjectives before a cue word that make it a noun (`its new claims process`, `the annual report`)."""


def _object_relative(text: str, start: int, offset: int) -> bool:
    """Say whether the pronoun before a cue word opens a relative clause without `that` after a noun with its
    determiner (`every claim it rejected`, `the figures they published`)."""
    words = text[max(start, offset - 60):offset].split()[-3:]
    return len(words) == 3 and words[0].lower() in OBJECT_DETERMINERS and words[1].isalpha() and words[1].islower() \
        and words[1] not in NOT_CUE_BEFORE


MODALS: frozenset[str] = frozenset("will shall must may might can".split())
"""Modals right before a cue word make it an action to come (`will report on`), never a report of this sentence."""


PERCEPTION_CUES: frozenset[str] = frozenset("observed observes noted notes noticed spotted".split())
"""Cue words that also narrate seeing something (`observed a suspected stolen car`)."""


def _sees_a_thing(following: list[str]) -> bool:
    """Say whether the words after a perception verb are an indefinite thing seen (`a suspected stolen car`, `a
    van`), not a finding (`a rise of 9%`, `a culture of fear`)."""
    if not following or following[0].lower() not in ("a", "an", "two", "three", "several"):
        return False
    words = [w.lower().strip(".,;:") for w in following[1:]]
    return not any(ch.isdigit() for ch in " ".join(words)) and any(w in SEEN_THINGS for w in words[:3])


PARTICIPLE_CUES: frozenset[str] = frozenset("reported recorded logged registered".split())
"""Cue words that are also past participles after a noun (`crimes reported in Daleham`)."""
PLACE_PREPOSITIONS: frozenset[str] = frozenset("in to by at on during since across over between for from".split())
FINITE_AFTER_RE = re.compile(r"[^.;!?]{0,120}?\b(?:fell|rose|grew|dropped|increased|decreased|declined|doubled|halved"
                             r"|was|were|is|are|has|have|had|reached|stood|totalled|totaled)\b")
"""The finite verb of a sentence whose subject a participle describes (`crimes reported in X fell`)."""


def _reduced_relative(text: str, cue_end: int, before: str, after: list[str]) -> bool:
    """Say whether a participle cue after a plural common noun and before a preposition describes that noun, the
    sentence's own verb coming later with no `that` (`offences recorded across the county rose by 4%`)."""
    if not (before.isalpha() and before.islower() and before.endswith("s") and after
            and after[0].lower() in PLACE_PREPOSITIONS):
        return False
    rest = FINITE_AFTER_RE.match(text, cue_end)
    return rest is not None and " that " not in rest.group()


def _past_verb(word: str) -> bool:
    """Say whether a word is a verb's past tense (`grew`, `rose`, `increased`): after it a cue word is its noun subject."""
    word = word.lower().strip(",.;:")
    return word in IRREGULAR_PAST or word in ("rose", "fell", "grew", "dropped", "doubled", "halved") \
        or word.endswith("ed") and len(word) > 4 and word not in CUE_VERBS


SPOKEN_CONNECTOR_RE = re.compile(r"(?:(?:and|or|but|also|plus|(?-i:that)(?!\s+(?:is|was|has|had)\b)|while|whilst)\b(?![\'\u2019])"
                                 r"[\s,]*)+", re.IGNORECASE)
"""Conjunctions opening a quoted sentence (`And we ...`), left out of its claim; `With a week to go` and `That
simply was not the case` stay whole."""


def attribute_speech(text: str, block: Block, quotes: list[Quote], ctx: Context,
                     previous: Who | None, spoken: bool = False) -> tuple[Who | None, list[Found]]:
    """Give each quotation in a block to its speaker; return the last speaker and the claims."""
    found: list[Found] = []
    for quote in quotes:
        speaker, cue = speech_speaker(text, block, quote, ctx)
        if speaker is None and (quote.outer[0] == block.body or found or spoken) and previous is not None:
            speaker, cue = previous, "quotation continues"
        if speaker is None:
            continue
        previous = speaker
        ctx.spoke(speaker.name, speaker.kind)
        for sentence in split_sentences(text, *quote.inner):
            if text[sentence[0]:sentence[1]].rstrip(" \u201d\"'\u2019").endswith(":"):
                continue  # '"Our priorities this year are:': a lead-in to the bullets below, no claim itself
            span = strip_span(text, sentence, " \u00a0\u201c\u201d\"'\u2018\u2019,;:")
            lead = SPOKEN_CONNECTOR_RE.match(text, *span)
            span = strip_span(text, (lead.end(), span[1])) if lead and lead.end() < span[1] else span
            if len(text[span[0]:span[1]].split()) >= MIN_SPEECH_WORDS and is_statement(text[span[0]:span[1]]):
                found.append(Found(speaker.name, speaker.kind, cue, span))
    return previous, found


def _last_full_stop(text: str, start: int, end: int) -> int:
    """Return where the last full stop in text[start:end] that ends a sentence is, -1 if none: the stop of a title or an
    initial (`Ms. Roe`, `Minister K. Roe MP said:`) ends none."""
    dot = text.rfind(".", start, end)
    while dot >= 0 and is_abbreviation(text, start, dot):
        dot = text.rfind(".", start, dot)
    return dot


def speech_speaker(text: str, block: Block, quote: Quote, ctx: Context) -> tuple[Who | None, str]:
    """Find who says a quotation from the cue before it (`X said:`) or after it (`, he said`)."""
    sentence_start = max(_last_full_stop(text, block.body, quote.outer[0]) + 1, block.body,
                         quote.outer[0] - MAX_SUBJECT_CHARS)
    before = SPEECH_BEFORE_RE.search(text, sentence_start, quote.outer[0]) \
        or _colon_past_tense(text, sentence_start, quote.outer[0])
    if before:
        who_start = max(text.rfind(mark, sentence_start, before.start()) for mark in "\u201c\u201d\"") + 1
        who = speaker_from_region(text, max(who_start, sentence_start), before.start(), ctx)
        if who is not None:
            return who, " ".join(before.group().split())
    after = SPEECH_AFTER_RE.match(text, quote.outer[1], min(block.end, quote.outer[1] + 120))
    if after:
        group = "who" if after.group("who") else "who_after"
        who_end = after.end(group) if group == "who" else _name_after_role(text, after.end(group), block.end)
        who = speaker_from_region(text, after.start(group), who_end, ctx)
        if who is not None:
            return who, _SPEECH_VERB_RE.search(after.group()).group()  # type: ignore[union-attr]
    named = _named_before_colon(text, sentence_start, quote, ctx)
    if named is not None:  # 'Jo Roe, chief executive of Acme, on the results: "..."'
        return named, "named"
    participle = _participle_before_quote(text, sentence_start, quote, ctx)
    if participle is not None:  # 'X said it was spending £160m, adding: "..."'
        return participle
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
    verb = next((m for m in re.finditer(r"\b[a-z]+\b", text[sentence_start:match.start()]) if is_verb_like(m.group())), None)
    who = speaker_from_region(text, sentence_start, sentence_start + verb.start(), ctx) if verb and verb.start() else None
    return (who, match.group("cue")) if who is not None else None


COLON_PAST_RE = any_script(re.compile(r"\b(?P<verb>[a-z]{3,}ed)\s*:\s*$"))
"""Any past tense right before a colon and a quotation: `X fumed: "..."`, `X blasted: "..."` (a tabloid's verbs)."""
LIST_VERBS: frozenset[str] = frozenset("included listed detailed outlined summarised summarized highlighted identified "
                                       "recommended required needed concluded".split())
"""Past tenses before a colon that open a list or a finding, not a quotation's speech."""


def _colon_past_tense(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the past tense that opens a quotation after a colon (`Lucy Roe, 44, fumed:`), not a list's verb."""
    match = COLON_PAST_RE.search(text, start, end) if text.rfind(":", start, end) >= 0 else None
    return match if match is not None and match.group("verb") not in LIST_VERBS else None


def _name_after_role(text: str, end: int, block_end: int) -> int:
    """Return where the name set off after a role ends (`said Acme's regional director, Jo Roe.`), else `end`: the
    person speaks, not the role's body."""
    if not ROLES.intersection(text[max(0, end - 40):end].lower().split()):
        return end
    name = ROLE_THEN_NAME_RE.match(text, end, block_end)
    return name.end("name") if name is not None else end


SAYS_RE = re.compile(r"(?:Says|Adds|Explains|(?:(?:A|An|The)\s+)?(?:Quote|Quotes|Comment|Comments|Statement|Message|Remarks"
                     r"|Letter|Note|Response|Reaction|Update|[Ww]ord)\s+(?:from|by))\s+")
"""An inverted cue before the speaker's name: `Says Jo Roe, chief executive of Acme:`, `Quote from Jo Roe:`, `Message
from Mayor Jo Roe:`, `A statement from Jo Roe:`."""


def _named_before_colon(text: str, start: int, quote: Quote, ctx: Context) -> Who | None:
    """Return the person named first in a verbless lead-in ending in a colon right before a quotation (`Jo Roe,
    chief executive of Acme, on the results:`, `Says Jo Roe:`)."""
    end = quote.outer[0]
    lead = text[start:end].strip()
    if not lead.endswith(":") or len(lead) > MAX_SIGNATURE_CHARS:
        return None
    begin = start + len(text[start:end]) - len(text[start:end].lstrip())
    says = SAYS_RE.match(text, begin, end)
    begin = says.end() if says else begin
    if says is None and has_verb(lead):
        return None  # "The firm cut prices:": a claim of the writer's, not a speaker's name
    mentions = find_mentions(text, begin, end)
    if not mentions or mentions[0].start != begin or mentions[0].kind != "person":
        return None
    return Who(ctx.add(mentions[0]), "person", begin)


def _named_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read a verbless line naming a person before a colon (`Quote from Jo Roe, chief executive:`, `Jo Roe, chief
    executive of Acme, on the results:`) as a colon cue: the quotation or bullets below are that person's."""
    if text[sentence[1] - 1] != ":" or sentence[1] - sentence[0] > MAX_SIGNATURE_CHARS:
        return None
    says = SAYS_RE.match(text, *sentence)
    begin = says.end() if says else sentence[0]
    if says is None and has_verb(text[sentence[0]:sentence[1]]):
        return None  # "The firm cut prices:": a claim of the writer's, not a speaker's name
    mentions = find_mentions(text, begin, sentence[1])
    if not mentions or mentions[0].start != begin or mentions[0].kind != "person" or mentions[0].possessive \
            or text[mentions[0].end:mentions[0].end + 1] not in (",", ":"):
        return None  # "Jo Roe's lawyer said:", "Jo Roe and Tom Hale said:": not Jo Roe alone
    return Attribution(ctx.add(mentions[0]), "person", "named", (), colon=True)


MAX_SIGNATURE_CHARS = 100
"""A signature line under a quotation (`Jo Roe, Chief Inspector`) is short."""


SIGNATURE_LINE_RE = re.compile(r"[ \t]*\r?\n[ \t]*(?:[\u2014\u2013-]+[ \t]*)?(?P<line>[^\r\n]{3,%d})[ \t]*(?:\r?\n|$)"
                               % MAX_SIGNATURE_CHARS)
"""The line under a quotation that signs it: `Jo Roe, Chief Inspector`, `— Jo Roe, chief executive, Acme`."""


def _signature_after(text: str, block: Block, quote: Quote, ctx: Context) -> Who | None:
    """Return the person a line right under a paragraph-long quotation names (`Jo Roe, Chief Inspector of X`)."""
    if quote.outer[0] != block.body or quote.outer[1] < block.end:
        return None
    line = SIGNATURE_LINE_RE.match(text, block.end)
    if line is None or line.group("line").rstrip()[-1] in ".!?:;\"\u201d":
        return None
    start = line.start("line")
    mentions = find_mentions(text, start, line.end("line"))
    if not mentions or mentions[0].start != start or mentions[0].kind != "person":
        return None
    return Who(ctx.add(mentions[0]), "person", start)
