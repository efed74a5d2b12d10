"""The cue patterns and word lists every pass reads: reporting verbs, inverted and closing cues, passives, asides,
trailing phrases, and the writer's commentary."""
from __future__ import annotations

import re

from ..causes import NOT_A_CAUSE_AHEAD
from ..trade_descriptors import TRADE_DESCRIPTORS
from ..vocabulary import (
    any_script, CONCLUDING_VERBS, CUE_VERBS, DOCUMENT_NOUNS, DOTTED_TITLES, INITIAL_STOP, INSPECTORATE_HEADS, INVERTED_VERBS,
    MINISTRY_REMIT, NUMBER_WORDS, ORG_REFERENCES, MONTH, POST_NOMINALS, QUOTING_VERBS, SPEECH_VERBS, STANDALONE_ROLES, VOICE_ROLES,
    MONTHS, OUTLET_NOUNS, PASSIVE_AUXILIARIES, WEEKDAYS, boundary_alternation, initial_alternation, load_words, verb_alternation,
)

VERBS = verb_alternation(CUE_VERBS)
STATE_ADJECTIVES = load_words("state_adjectives")
_STATES = verb_alternation(STATE_ADJECTIVES)
_QUANTITY_OPENERS = verb_alternation(load_words("quantity_openers"))
STATE_CUES: list[str] = [rf"{copula}(?:\s+(?:not|also|still))?\s+(?:{_STATES})"
                         rf"(?=\s+that\b|\s+(?:(?:{_QUANTITY_OPENERS})\s+[a-z]|\d[\d,.]*%?\s+(?:of\s+)?[a-z]))"
                         for copula in ("is", "are", "was", "were", "remains", "remained")]
"""`was not satisfied that`, `is disappointed that`: a copula and a state of mind before `that` report its subject's claim
(wave 21e; `data/state_adjectives.txt`); as regex source, one per copula. Wave 41b: a content clause opening on a
quantity needs no `that` (`is disappointed fewer than half of them cut leaks`, `is concerned 40% of stations lack`:
`data/quantity_openers.txt`)."""
STATE_CUE_RE = re.compile("|".join(STATE_CUES))
"""Any state cue, where a cue match starts."""
STATE_KEPT_RE = re.compile(rf"\w+\s+(?:not\s+(?:{_STATES})|(?:also\s+|still\s+)?satisfied)\b")
"""A state cue that stays in its claim: a negation (`was not satisfied that`, or the claim says the opposite) and a
formal judgement (`is satisfied that resources are available`)."""
PROPOSAL_CUES: list[str] = [r"p(?<!\bhad\sp)(?<!\bhad\salso\sp)ropos(?:es|ed)(?=\s+(?!(?:during|nothing|something|anything|everything|morning|evening"
                             r"|spring|thing|things|bring)\b)[a-z]{2,}ing\b)"]
"""`proposes closing the pool`, `has proposed moving staff`: a proposal of an action, kept in its claim (wave 22e); a
motion (`proposed that the plan be sent back`) and a proposal told as the past of what followed (`The board had
proposed paying a dividend. That motion was defeated`) are no cue."""
PROPOSAL_WORDS = ("proposes", "proposed")
"""The words a proposal cue opens with: one yields to a later cue of its sentence (`the budget proposes closing the
pool, a move the coalition said would leave ...`: the coalition's claim)."""
_COUNTS = verb_alternation(NUMBER_WORDS | load_words("response_counts"))
RESPONSE_CUES: list[str] = [rf"agree(?:s|d)?\s+with(?=\s+(?:\d+|{_COUNTS})\b)"]
"""`agreed with nine of the recommendations`, `agrees with all six`: a response to a count of recommendations, kept in
its claim (wave 31a; `data/response_counts.txt`); `agreed with the bank to repay` and `a plan agreed with the council`
are no cue."""
RESPONSE_CUE_RE = re.compile(RESPONSE_CUES[0])
"""A response cue where a cue match starts."""
RESPONSE_WORDS = frozenset({"agree", "agrees", "agreed"})
"""The words a response cue opens with: only after one is `RESPONSE_CUE_RE` tried (the cheap test first)."""
_FEELINGS = verb_alternation(load_words("confirming_feelings"))
_NOT_FIRST_PERSON = r"(?<!\bI\s{0})(?<!\b[Ww]e\s{0})"
"""After a modal or copula: not `I` or `We` before it (first-person reports are read by `issuer` and the speech rules)."""
CONFIRMATION_CUES: list[str] = [rf"can{_NOT_FIRST_PERSON.format('can')}\s+(?:now\s+|also\s+)?confirm(?=\s+that\b)"] + [
    rf"{copula}{_NOT_FIRST_PERSON.format(copula)}\s+(?:(?:very|deeply|now|also)\s+)?(?:{_FEELINGS})\s+to\s+"
    r"(?:be\s+able\s+to\s+)?confirm(?=\s+that\b)" for copula in ("is", "are", "was", "were")]
"""`X can confirm that A`, `X is pleased to confirm that A`: a confirmation in a modal or a feeling reports A (wave 31g;
`data/confirming_feelings.txt`); `could not confirm`, `cannot confirm`, `will confirm` and a purpose (`checks to
confirm that`) are no cue, and so is a first person's (`I can confirm that`, read as before by `issuer` and the speech
rules); as regex source, one per modal or copula."""
TESTIMONY_CUES: list[str] = [r"will(?<!\bI\swill)(?<!\b[Ww]e\swill)(?<!\b[Yy]ou\swill)\s+(?:also\s+)?"
                              r"(?:say|tell(?:\s+(?!that\b)[\w'\u2019]+){1,4}?)(?=\s+that\b)"]
"""`X will say that A`, `X will also tell the committee that A`: testimony announced before it is given reports A
(wave 41a); `will say so`, `will tell you if` (no `that`) and a first or second person's (`You will say that A`, a
rebuttal; `I will say that in my appeal`) are no cue."""
_INTENTS = verb_alternation(load_words("intent_cue_verbs"))
_INTENT_HEADS: dict[str, str] = {
    **{head: r"\s+(?:also\s+)?like" for head in ("would",)},
    **{head: "" for head in "wish wishes wished want wants wanted moved sought hastened".split()},
    **{head: r"\s+pains" for head in "took take takes".split()},
    **{head: r"\s+(?:also\s+)?(?:%s)" % verb_alternation(load_words("intent_heads")) for head in "was were is are".split()},
    **{head: r"\s+on" for head in ("went", "goes", "go")}}
"""The words of intent or haste before a reporting verb's infinitive, each with what completes it (`would like`; after
`was`, the adjectives of haste, care or readiness of `data/intent_heads.txt`, wave 49f)."""
INTENT_CUES: list[str] = [
    rf"{head}{_NOT_FIRST_PERSON.format(head)}{rest}\s+to\s+(?:{_INTENTS})"
    r"(?:\s+(?!that\b)[\w'\u2019]+){0,3}?(?=\s+that\b)"
    for head, rest in _INTENT_HEADS.items()]
"""`X would like to reassure the public that A`, `X took pains to reiterate that A`, `X was quick to point out that A`:
a reporting verb in a to-infinitive after intent or haste reports A (wave 47f; `data/intent_cue_verbs.txt`); without
`that` (`wants to stress the plan`) and a first person's (`We would like to reassure`, read by the speech rules) are no
cue."""
_PROGRESSIVES = verb_alternation(load_words("progressive_cues"))
PROGRESSIVE_CUES: list[str] = [
    rf"{copula}{_NOT_FIRST_PERSON.format(copula)}\s+(?:(?:now|also|still|already)\s+)?(?:{_PROGRESSIVES})(?=\s+that\b)"
    for copula in ("is", "are", "was", "were")]
"""`X is reporting that A`, `X are now warning that A`: a reporting verb in the progressive reports A (wave 42g;
`data/progressive_cues.txt`); without `that` (`is reporting delays`) and a first person's (`We are saying that`, read by
the speech rules) are no cue; as regex source, one per copula."""
_RESULTS = verb_alternation(load_words("posted_results"))
_RESULT_VERBS = verb_alternation(load_words("progressive_result_verbs"))
_NUMBERS = verb_alternation(NUMBER_WORDS)
_GAP_WORD = r"(?!(?:that|on|in|at|to|by|for|from|with|of|about|and|but)\b)[\w$\u00a3\u20ac.,%\-]+\s+"
PROGRESSIVE_RESULT_CUES: list[str] = [
    rf"{copula}{_NOT_FIRST_PERSON.format(copula)}\s+(?:(?:now|also|still|already)\s+)?(?:{_RESULT_VERBS})"
    rf"(?=\s+(?:\d|(?:{_NUMBERS})\b|(?:(?:a|an)\s+)?(?:{_GAP_WORD}){{0,4}}?(?:{_RESULTS})\b))"
    for copula in ("is", "are", "was", "were")]
"""`The service is reporting a 9 per cent fall in burglaries`, `X is now recording 40 cases`, `the board is forecasting
a deficit of £2m`: a reporting or forecasting verb in the progressive whose object opens on a figure or names a result
within four words reports it, the verb kept (wave 50f; `data/progressive_result_verbs.txt`, `data/posted_results.txt`);
`are reporting long queues` (no result) and a first person's (`We are announcing 67 cases`, read by the speech rules)
are no cue; as regex source, one per copula."""
_REPORTS = verb_alternation(load_words("progressive_report_verbs"))
PROGRESSIVE_RESULT_CUES += [
    rf"is{_NOT_FIRST_PERSON.format('is')}\s+(?:(?:now|also|again)\s+)?(?:{_REPORTS})"
    r"(?=\s+(?:a|an|another|its)\s+[a-z])"]
"""Wave 63e: `X is reporting a rise in flu cases`, `X is announcing a new survey`: one party's reporting verb in the
progressive before an object opening on an article or `its` reports it as the past form does (`X reported a rise`),
whatever the object names (`data/progressive_report_verbs.txt`); `are reporting long queues` (people, and no article)
stays no cue."""
PROGRESSIVE_RESULT_RE = re.compile("|".join(PROGRESSIVE_RESULT_CUES))
"""A progressive result cue where a cue match starts."""
_CLAUSE_VERBS = verb_alternation(load_words("progressive_clause_verbs"))
_CLAUSE_FINITE = r"(?:will|would|could|can|may|might|is|are|was|were|has|have|had)"
PROGRESSIVE_CLAUSE_CUES: list[str] = [
    rf"{copula}{_NOT_FIRST_PERSON.format(copula)}\s+(?:(?:now|also|still|already)\s+)?(?:{_CLAUSE_VERBS})"
    rf"(?=\s+(?!(?:that|to|a|an)\b)(?:(?!(?:that|to|but|because|if|when)\b)[\w$\u00a3\u20ac.,%'\u2019\-]+\s+){{1,10}}?"
    rf"{_CLAUSE_FINITE}\s)"
    for copula in ("is", "are", "was", "were")]
"""`Translink is forecasting more than 500,000 extra journeys will be made`, `officials are projecting enrolment will
set a record`: a forecasting verb in the progressive before a clause with no `that` (a subject of one to ten words and
a finite verb) forecasts that clause (wave 54d; `data/progressive_clause_verbs.txt`); `is expecting a baby` (no finite
verb), `is expecting to` and a first person's (`We are expecting`, read by the speech rules) are no cue; as regex
source, one per copula."""
PROGRESSIVE_CLAUSE_RE = re.compile("|".join(PROGRESSIVE_CLAUSE_CUES))
"""A progressive forecast of a bare clause where a cue match starts: its verb stays in the claim, as `expects` does."""
MAX_POSTED_GAP = 6
"""How many words may stand between `posted` and the result it names (`CDN $1.8 billion in third quarter`)."""
POSTED_CUES: list[str] = [rf"post(?:s|ed)(?=\s+(?!(?:on|online|in|at|to|by|for|from|that|this|it)\b)"
                          rf"(?:(?!that\b)[\w$\u00a3\u20ac.,%\-]+\s+){{0,{MAX_POSTED_GAP}}}?(?:{_RESULTS})\b)"]
"""`X posted net income of $4m`, `posted a 6 per cent rise in revenues`: a result a party posted, within four words
of the verb, is its claim, the verb kept (wave 42g; `data/posted_results.txt`, `data/object_reports.txt`); a notice
posted on a website and `posted on social media that` are no cue. Wave 55e: within six words, for a figure before
its period and result (`posted CDN $1.8 billion in third quarter revenue`)."""
CONFIRMATION_CUE_RE = re.compile("|".join(CONFIRMATION_CUES))
"""A confirmation cue where a cue match starts."""
CUE_WORD = boundary_alternation(VERBS.split("|") + STATE_CUES + PROPOSAL_CUES + RESPONSE_CUES + CONFIRMATION_CUES
                               + TESTIMONY_CUES + PROGRESSIVE_CUES + PROGRESSIVE_RESULT_CUES + PROGRESSIVE_CLAUSE_CUES
                               + POSTED_CUES + INTENT_CUES)
"""`\\b(?:said|says|...)`, grouped by first letter so that a place is tried fast."""
CUE_RE = any_script(re.compile(
    rf"(?<!\w[\-\u2010\u2011]){CUE_WORD}\b(?![\-\u2010\u2011]\w)(?:(?:(?<=told)(?:\s+[\w&.'\u2019]+){{1,6}}?(?:,\s+[^,;:.\"\u201c\u201d]{{1,60}},)?"
    r"|\s+(?:in|on|to|at|during|after|before|following)\s+[^,.;:\"\u201c\u201d]{1,30}?"
    r"|\s+(?:today|yesterday|(?:last\s+)?[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}"
    r"|(?:last|(?:earlier\s+)?this)\s+(?:week|weekend|month|year|night|morning|afternoon|evening|spring|summer|autumn"
    r"|winter)))?\s+that\b(?!['\u2019]\w))?\s*[:;]?"))
"""A reporting verb, with `told X` (an aside after X too: `told the court, through its barrister, that`, wave 22e),
`in a statement`, `on Tuesday` or `Monday`, `last week` or `earlier this month` (wave 41e), an optional `that` (never
the demonstrative of a contraction: `says that's not true` keeps `that's` in its claim, wave 61e), and a colon."""
RECORD_RE = re.compile(initial_alternation(["legacy", "achievements", "successes", "accomplishments", "record",
                                            "track record"]) + r"\s+(?:includes?|included|are|were)\b\s*:?")
"""`legacy includes`, `achievements include`: the list that follows is the possessor's claim."""
_PUT_DOWN = rf"puts?(?=(?:\s+[^,.;:!?\"\u201c\u201d\s]+){{0,8}}?\s+down\s+to\b{NOT_A_CAUSE_AHEAD})"
"""`put down to` and `puts the rise down to` (wave 48c: the thing caused between the verb and `down to`), a cause."""
_POINTED_TO = r"point(?:s|ed)?\s+to(?=[^.;:!?\"\u201c\u201d]{1,200}?\s+as\s)"
"""`pointed to A and B as reasons for C` (wave 48c, `causes.POINTED_RE`): what is pointed to as a cause."""
_PER_SOURCE_AHEAD = r"(?=[ \t]+(?:the[ \t]+)?[A-Z]|[ \t]+(?:a|an|its|their)[ \t]+)"
"""What follows `per` naming a source (`per the state health department`, `per Health Canada`, wave 47e): a name, `the`
and a name, or a determiner; never `per cent` or `per day`."""
ANY_CUE_WORDS: list[str] = VERBS.split("|") + verb_alternation(SPEECH_VERBS).split("|") \
    + "rated rating graded assessed ranked branded deemed described attributed attributes blamed blames credited " \
    "credits legacy achievements successes accomplishments record".split() + [_PUT_DOWN, _POINTED_TO, "According to",
                                   "according to",
                                   *(p + "er" + _PER_SOURCE_AHEAD for p in "Pp")] \
    + "quoted heard showing revealing".split() + STATE_CUES + PROPOSAL_CUES + RESPONSE_CUES + CONFIRMATION_CUES \
    + TESTIMONY_CUES + PROGRESSIVE_CUES + PROGRESSIVE_RESULT_CUES + PROGRESSIVE_CLAUSE_CUES + POSTED_CUES + INTENT_CUES
"""The words (as regex source) any cue can start with."""
ANY_CUE_RE = re.compile(boundary_alternation(ANY_CUE_WORDS) + r"\b")
"""Any word a cue can start with: a block without one holds no reported claim."""
_BARE_POST = r"(?:[a-z\-]+\s+){0,3}?(?:%s)\s+(?:of|at|for)\s" % verb_alternation(STANDALONE_ROLES)
"""A post without an article after a speaker's name: `director of`, `chief executive at` (a role word and what it is
held in; wave 40g)."""
_BARE_POST_END = r"(?:[\w&\u2019'\-]+\s+){0,3}?(?:%s)(?:\s+(?:and|&)\s+(?:[a-z\-]+\s+){0,2}?(?:%s))?(?=[.!]?\s*$)" \
    % (verb_alternation(STANDALONE_ROLES), verb_alternation(STANDALONE_ROLES))
"""A post without an article that ends the sentence after a speaker's name: `club president.`, `HCC registrar.`,
`Fenwick College provost.`, `president and chief executive.` (up to three words before a role word; wave 44g)."""
_LOWER_POST = r"(?:[a-z\-]+\s+){0,3}?(?:%s)\s+(?=[A-Z])" % verb_alternation(STANDALONE_ROLES)
"""A post in lower case before the speaker's name an inverted cue names: `, said financial controller Jo Marr.`
(wave 42i)."""
_LOWER_TRADE = r"(?:[a-z\-]+\s+){0,2}?\b(?:%s)\s+(?=[A-Z])" % verb_alternation(TRADE_DESCRIPTORS)
"""A company's trade in lower case before its name an inverted cue names: `, said retailer Brightway.` (wave 43l)."""
_TITLE_STOP = r"\b(?:%s)\.\s" % "|".join(sorted((t[0].upper() + "(?i:" + t[1:] + ")" for t in DOTTED_TITLES),
                                                 key=len, reverse=True))
"""A title, style or rank written short with its full stop before a name (`Dr. `, `Maj. `, `Atty. `)."""
_DOTTED_TITLE = r"(?:%s|%s)" % (_TITLE_STOP, INITIAL_STOP)
"""A title or a given name's initial written with a full stop inside a speaker's words (`Ms. Tierney said.`, `T. Olawuyi
said.`): the stop ends no sentence; a rank's inner capitals are read as written (`BGen.`, `PLtCol.`, wave 49f)."""
_POST_NOMINAL_LETTERS = r"(?:,?\s+(?=[A-Z])(?i:%s)\.?(?=[,.!]?\s|[,.!]?$))*" % "|".join(
    r"\.?".join(word) for word in sorted(POST_NOMINALS, key=len, reverse=True) if word.isalpha())
"""Letters written after a speaker's name, with or without full stops (`, M.D., M.P.H.`, `, PhD`, ` OBE`;
`data/post_nominals.txt`): part of no apposition, so an inverted cue reads the name and the post after them."""
INVERTED_OCCASION = (r"(?:\s+(?:while|whilst|when|in|after|before)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b"
                     r"[^.;:!?\"\u201c\u201d]{0,160}?)?")
"""Wave 63e: what the speaker was doing when speaking, after the name of an inverted cue (`..., said Health Minister Jo
Roe while speaking to the sixth sitting of X on Monday.`, `..., said the police in explaining the raid.`):
no part of the name, which ends before it."""
INVERTED_RE = any_script(re.compile(r",\s+(?:%s)\s+(?P<who>(?:%s|[A-Z]\.?|(?:the|a|an)\s+[A-Za-z]|%s|%s)"
                         r"(?:%s|\b[A-Z]\.|[^,.;:!?\"\u201c\u201d]){1,60}?)"
                         % (verb_alternation(INVERTED_VERBS), _DOTTED_TITLE, _LOWER_POST, _LOWER_TRADE, _DOTTED_TITLE)
                         + _POST_NOMINAL_LETTERS + INVERTED_OCCASION
                         + r"(?:,\s+(?:(?:(?:the|a|an|its|their|his|her|who|which)\b|%s)[^.;:!?\"\u201c\u201d]{1,100}?|%s))?[.!]?\s*$"
                         % (_BARE_POST, _BARE_POST_END)))
"""`Applications rose 9%, said Provost Jo Bloggs.`, `..., stated Jo Bloggs, the university's provost.`, `..., said Jo
Bloggs, director of the institute.` or `..., says Jo Bloggs, club president.` (wave 44g): the speaker after the cue
(an apposition after the name set aside), the claim before it."""
_GENERATION_SUFFIX = r"(?<=[a-z]),?[ \t]+(?:Jr|Sr)\.(?=[\s,;:)]|$)"
"""A generation's suffix closing a person's name, with or without a comma before it: `Jo Roe, Jr.`, `Jo Roe Sr.`."""
_FIGURE_MARK = r"(?<=\d)[,.](?=\d)"
"""A thousands comma or a decimal point inside a figure (`a survey of 2,276 carers`): it ends no source (wave 53e)."""
ACCORDING_RE = re.compile(r"(?:\b[Aa]ccording to|(?:(?<=[,(][ \t])|(?<=^)|(?<=\n)|(?<=[.!?][ \t]))[Pp]er"
                          + _PER_SOURCE_AHEAD + r")\s+(?P<who>(?:(?:[A-Z]\.){2,}|(?<=\w)\.(?:co\.)?[a-z]{2,4}\b(?!\.\w)"
                          rf"|{MINISTRY_REMIT}|{_DOTTED_TITLE}|{_GENERATION_SUFFIX}|{_FIGURE_MARK}|[^,.;:])+)")
"""`according to X` or `per X` (American press: `..., per the state health department.`, wave 47e; only after a comma,
a bracket or a sentence's start, and before a name, `the` and a name, or a determiner: never `per cent`, `per day`):
X runs to the first stop or comma, past a dotted abbreviation (`the U.S. Department of ...`), a
web address's ending (`the property site Homefind.ie`, wave 26e), the commas of a ministry's remit (wave 31c), a
given name's initial (`released by Sister M. Jo Roe`, wave 44f) and a generation's suffix after a name (`by CEO Jo
Roe, Jr.`, wave 48e)."""
PASSIVE_BY_RE = any_script(re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:rated|judged|graded|assessed|ranked|branded|found|deemed|described)\b"
    r"[^.;:]{0,160}?\bby\s+(?P<who>(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:%s)\s+[A-Z][^,.;:()]{0,60}"
    r"|(?:the\s+)?[A-Z][^,.;:()]{0,80}|inspectors|the\s+\w+)" % verb_alternation(INSPECTORATE_HEADS)))
"""`... have been rated good by the Care Inspectorate`: the agent of a judgement passive speaks."""
PASSIVE_RE = any_script(re.compile(r"\b(?:is|are|was|were|been|remain|remains)\s+(?:[a-z]+ly\s+)?(?:rated|judged|graded)\s+(?!by\b)"
                        r"|\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+|also\s+|further\s+|later\s+)?found\s+to\s+(?:be|have)\b"
                        r"|\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|further\s+|later\s+)?found\s+that\b"
                        r"|\brating\s+(?:for\s+[\w\-]+\s+)?(?:remains|has\s+(?:improved|fallen|dropped|risen|gone\s+\w+)"
                        r"|improved|fell|dropped|rose|is\s+now)\b"))
"""`The home was rated inadequate`, `the overall rating remains good`, `26 homes were found to be compliant`: a
judgement without its agent is the inspectorate's in focus."""
INVERTED_ASIDE_RE = any_script(re.compile(
    r",(?<=[a-z\d%%],)\s+(?:%s)\s+(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Dame|Sir|Councillor|Cllr)\.?\s+)?"
    r"[A-Z][\w'\u2019\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019\-]+){0,3})(?:,\s+[^,;:.!?\"\u201c\u201d]{1,100}?)?,\s+"
    r"(?=(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|remains?|remained)\b)"
    % verb_alternation(INVERTED_VERBS)))
"""`The increase, said Jo Roe, director of X, is due to A` (wave 48c): an inverted cue, with a post after the name, set
off inside its claim's subject, right before the main verb; the words on both sides are the claim."""
CLAUSE_LEAD_RE = re.compile(r"(?:as|while|but|and|although|though|because)\s+")
"""A conjunction that opens the clause after a cue's aside (`..., she said, but the union says ...`), no part of its
claim."""
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
    r"(?:,\s+which|(?:,|\s+[\u2013\u2014\-])\s+something)\s+(?P<who>it|they|the\s+[a-z]+(?:\s+[a-z]+)?"
    r"|(?:[a-z][a-z\-]+\s+){0,3}?[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})\s+"
    r"(?P<cue>(?:attributed|attributes|blamed|blames|put|puts)\s+(?:down\s+)?(?:to|on))\b"))
"""`Impairments fell to 58m, which the bank attributed to fewer defaults`, `..., which the retailer put down to`: the
figure and its cause are the body's; wave 48c: `..., something X attributes to` alike, and a post before a name
(`which chief executive Jo Roe put down to`)."""
MAX_CLOSING_CUE_CHARS = 70
"""How far from a sentence's end a closing `, she said.` may start."""
CLOSING_GROUPS = load_words("closing_groups")
"""Bare groups of a body's people that close a sentence as its speaker (`..., police say.`; `data/closing_groups.txt`)."""
CLOSING_MEDIA = load_words("closing_media")
"""What a closing cue's speaker spoke in (`statement`, `press release`, `letter`; `data/closing_media.txt`, wave 69d)."""
_CLOSING_MEDIUM = (r"(?:\s+in\s+(?:a|an|its|their|his|her|the)\s+(?:[a-z\-]+\s+){0,2}?(?:%s)s?\b)?"
                   % verb_alternation(CLOSING_MEDIA))
"""The medium after a closing cue (`said in a press statement`, `said in its yearly report`): none of the speaker's."""
_CLOSING_GROUP_WHO = (rf"{verb_alternation(CLOSING_GROUPS)}"
                      rf"|the\s+(?:{verb_alternation(ORG_REFERENCES | frozenset({'union'}))})")
"""Regex source: a bare group (`police`) or a body's reference (`the council`, `the union`) that closes a sentence as its
speaker."""
_CLOSING_DAY = r"(?:\s+(?:on\s+)?(?:today|yesterday|[A-Z][a-z]+day))?"
"""Regex source: the day a closing cue may name (` on Wednesday`, ` today`)."""
CLOSING_PRONOUN_CUE_RE = re.compile(rf",\s+(?P<who>he|she|{_CLOSING_GROUP_WHO}"
                                    rf"|(?:a|an)\s+(?:[a-z\-]+\s+){{0,3}}(?:official|officials|representative|{verb_alternation(VOICE_ROLES)})"
                                    r"(?:\s+(?:for|at|from)\s+(?:the\s+)?[\w\-'\u2019]+(?:\s+[\w\-'\u2019]+){0,3})?)"
                                    r"\s+(?P<cue>%s|say|told\s+(?:the\s+)?\w+)" % verb_alternation(INVERTED_VERBS)
                                    + _CLOSING_MEDIUM + _CLOSING_DAY + r"[.!]?\s*$")
"""`..., she said.`, `..., the union stated.`, `..., police say.` or `..., a state health official said Wednesday.`
closing a sentence that holds another cue (`Tests showed that ...`, `An inspection found ...`): the speaker it names says it all."""
CLOSING_INVERTED_GROUP_RE = re.compile(rf",?\s+(?P<cue>said|says|say)\s+(?P<who>{_CLOSING_GROUP_WHO})"
                                       + _CLOSING_MEDIUM + _CLOSING_DAY + r"[.!]?\s*$")
"""`..., say police.`, `..., said the council in a statement.`, and with no comma (`... by a fifth say police.`): the
closing cue before its bare group or reference, which speaks the whole sentence over another cue inside it as `...,
police say.` does (wave 69d)."""
MAX_CLOSING_NAMED_CHARS = 130
"""How far from a sentence's end a closing `, X said.` with a name may start (`, treasurer Ann Molloy told the annual
meeting in the Quarry Lane Hotel on Monday night.`)."""
_NOT_ROLE_WORDS = ("which|that|what|who|whom|whose|where|when|while|as|than|and|but|or|so|if|because|how|it|its|this|these"
                   "|those|of|on|for|into|about|at|in|by|from|with|over|after|against")
"""Words that never stand in a closing speaker's role: a relative or a conjunction (`, which X said`, `, as X said`), or a
preposition, after which the name is what a document or a post is about (`, the report on X Council said.`)."""
_NOT_AUDIENCE_WORDS = r"(?:the|a|an|it|they|he|she|we|that|there|this|on|in|at|to|for|of|by|with|from)\b"
"""Words that never belong to the audience after a closing `told` (`told the meeting it would`, `told the meeting on`)."""
_CLOSING_TIME = (r"(?:\s+(?:on\s+)?(?:today|yesterday|tonight|[A-Z][a-z]+day)(?:\s+(?:morning|afternoon|evening|night))?"
                 r"|\s+(?:last|this)\s+(?:night|morning|week|month))?")
CLOSING_NAMED_CUE_RE = re.compile(
    rf",\s+(?P<who>(?:the\s+)?(?:(?!(?:{_NOT_ROLE_WORDS})\b)[a-z][a-z\-]*\s+){{0,3}}"
    r"[A-Z][\w'\u2019\-]*\.?(?:\s+(?:(?:of|for|and|on|de|van)\s+(?:the\s+)?)?[A-Z][\w'\u2019\-]*){0,7}"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?)"
    r"\s+(?:(?:has|have)\s+)?(?P<cue>(?:%s|confirmed)" % verb_alternation(INVERTED_VERBS)
    + rf"|told\s+(?:(?:the|a|an|its|their)\s+)?(?:(?!{_NOT_AUDIENCE_WORDS})[a-z\-]+\s+){{0,2}}(?!{_NOT_AUDIENCE_WORDS})[a-z\-]+)"
    + r"(?:\s+(?:in|at)\s+the\s+[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,4})?" + _CLOSING_MEDIUM + _CLOSING_TIME
    + r"[.!]?\s*$")
"""`..., Skywatch Service said.`, `..., the Tarnby County Department of Water Safety said Thursday.` or `..., treasurer
Ann Molloy told the annual meeting on Monday night.` closing a sentence that holds another cue (`Forecasters recorded
...`, `Inspectors found ...`): the speaker it names reports it all (wave 40e). Lower-case words before the name are its
role (`treasurer`), never a relative or a conjunction (`, which X said`); `told` takes a short object and no clause."""
QUOTED_AS_RE = re.compile(r"\bquoted\s+(?:(?P<who>(?:%s|[^,.;:\"\u201c]){1,80}?)\s+)?as\s+saying\b(?:\s+that\b)?\s*[:,]?"
                          % _DOTTED_TITLE)
"""`The paper quoted Jo Bloggs as saying that ...`, `quoted Mr. Tull as saying`: the person named speaks; `X was quoted
(by the paper) as saying`: X speaks."""
SPECIAL_NEEDS: dict[re.Pattern[str], str] = {QUOTED_AS_RE: "quoted", ACCORDING_RE: "r", INVERTED_RE: ","}
"""What every match of each special cue holds: where it is missing the pattern need not run."""
PASSIVE_AUXILIARY_TAIL_RE = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s*$")
"""The auxiliary of `X was quoted as saying` between the speaker and the cue."""
LEAD_IN_RE = re.compile(
    r"\b(?P<cue>(?:key\s+)?(?:findings|highlights|achievements|improvements|successes|strengths|weaknesses"
    r"|concerns|results|points|headlines|areas for improvement|the following|figures|numbers|facts"
    r"|at\s+a\s+glance|in\s+numbers|in\s+figures|by\s+the\s+numbers)\b[^:;]{0,40}?"
    r"|(?:includ(?:e|es|ed)|were|are)\b[^:;]{0,20}?)\s*:\s*$", re.IGNORECASE)
"""A lead-in without a reporting verb: `The key findings were:`, `Highlights include:`."""
LEAD_IN_VERB_RE = re.compile(r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
                             r"\b(?P<verb>set\s+out|sets\s+out|outlined|outlines|summari[sz]ed|summari[sz]es|detailed"
                             r"|details)\b[^:;.]{0,80}:\s*$")
"""A lead-in whose verb only introduces a list: `He set out the main pressures:`; the items are the subject's. A passive
(`The main species are summarised below:`) names what is listed, never who lists it (wave 53f)."""
DOCUMENT_LEAD_RE = any_script(re.compile(
    rf"(?P<doc>(?:The|Its|Their|This|Her|His)\s+(?:[\w'\u2019\-]+\s+){{0,3}}?(?:{verb_alternation(DOCUMENT_NOUNS)}))"
    r"\s+(?P<cue>(?!(?:was|were|is|are|has|have|had|will|would|be|been)\b)[a-z][^:;.]{0,80}:)\s*$"))
"""A document's lead-in without a reporting verb: `The report draws Parliament's attention to:`."""
FINDINGS_RE = re.compile(r"\b(?:findings|areas for improvement|strengths|weaknesses|concerns|inspect\w*)\b",
                         re.IGNORECASE)
CONTINUE_RE = re.compile(r"(?:(?:These|Those|They|Other \w+)\s+(?:also\s+)?(?:included?|includes|were|are)\b"
                         r"|Additionally\b|In addition\b|Furthermore\b|Moreover\b|Also\b)[\s,:]*")
"""Words that open a paragraph continuing the previous speaker's claims."""
OPENING_MARKS = "\"\u201c'\u2018"
"""Marks that open a quotation."""
DOUBLE_OPENING_MARKS = "\"\u201c"
"""Double marks that open a quotation, straight or curly."""
DOUBLE_CLOSING_MARKS = "\"\u201d"
"""Double marks that close a quotation, straight or curly."""
DOUBLE_MARKS = "\"\u201c\u201d"
"""Double marks, straight or curly, opening or closing: a span holding one holds a quotation's words."""
STATEMENT_GIVEN = (r"\b(?P<cue>(?:issued|issues|released|releases|made|makes|gave|gives|put\s+out|puts\s+out|provided|provides"
                   r"|sent\s+us|sends\s+us|(?:sent|sends|gave|gives|emailed|emails|provided|provides)\s+"
                   r"(?P<recipient>(?:the\s+)?[A-Z][\w.&'\u2019\-]*(?:\s+[A-Z\d][\w.&'\u2019\-]*){0,3}))\s+"
                   r"(?:the\s+following|this|these|a|an)\s+(?:(?:joint|short|brief|written|further)\s+)?"
                   r"(?:statement|statements|comment|comments|response|remarks))\b")
"""Words that give out a statement (`X issued this statement`, `A spokesperson has sent us this statement`, wave 25c;
wave 48e: to a named outlet, `X sent KVTV a statement Tuesday saying:`, `X gave the Valley News this comment:`)."""
STATEMENT_LEAD_RE = re.compile(STATEMENT_GIVEN + r"[^:;\"\u201c\u201d]{0,200}:\s*$")
"""A lead-in that gives out a statement, whatever its tail says of when and where (`X issued the following statement
after Tuesday's hearing, at which ...:`, `X released this statement:`): the quotation after it is the subject's."""
SPEECH_BEFORE_RE = any_script(re.compile(
    r"\b(?:told\s[^,.;:\"\u201c\u201d]{1,40}|%s"
    r"|(?:read|reads)(?=\s*:))(?:\s+(?:of|about|on)\s+[^,.;:\"\u201c\u201d]{1,40}(?=:))?"
    r"(?:\s+(?:last\s+(?:night|week)|yesterday|today|tonight|this\s+(?:morning|afternoon|evening|week)"
    r"|on\s+[A-Z][a-z]+day|in\s+(?:a|an|its|their)\s+(?:[a-z\-]+\s+){0,2}?(?:statement|letter|post))(?=\s*:))?"
    r"(?:\s+in\s+part)?\s*[:;,]?\s*$" % verb_alternation(SPEECH_VERBS)))
"""A speech verb right before a quotation: `X said: "..."`, `The trust's statement read: "..."`, `The report stated
in part, "..."` (wave 42e: only part of the words quoted); the speaker is in the words before it."""
_SPEECH_VERBS = verb_alternation(SPEECH_VERBS | CONCLUDING_VERBS)
"""Verbs that report a quotation just before them, with the speaker before (`she stressed`) or after (`stressed X`)."""
_QUOTING_VERBS = verb_alternation(QUOTING_VERBS | CONCLUDING_VERBS)
"""The same and `told`, after its speaker only (`she told MPs`)."""
SPEECH_AFTER_RE = any_script(re.compile(
    rf"[\s,.]*(?:(?P<who>(?:{_DOTTED_TITLE}|[A-Za-z])(?:{_DOTTED_TITLE}|[^,.;!?\u201c\u201d\"]){{0,80}}?(?:,\s[^,.;!?\u201c\u201d\"]{{1,80}}?){{0,3}},?)\s+"
    rf"(?:{_QUOTING_VERBS})\b|(?:{_SPEECH_VERBS})\s+"
    rf"(?P<who_after>(?:{_TITLE_STOP}|\b[A-Z]\.\s(?=(?:[A-Z]\.\s)*[A-Z][a-z])"
    r"|\b(?:[A-Z]\.){2,}(?=[\-\s]\s*[A-Za-z])|[^,.;!?\u201c\u201d\"]){1,80}))"))
"""A cue after a quotation: its speaker and up to three clauses set off by commas before the verb (`"...," Jo Roe,
Chief Executive, Acme Foods, said`: the person, her post and her employer, wave 47a), or the verb before the speaker."""
SPEECH_VERB_RE = re.compile(_QUOTING_VERBS)
"""The verb of a cue after a quotation, `told` too (`"...," she told MPs.`)."""
TRAILING_PERIODS: frozenset[str] = load_words("trailing_periods") | WEEKDAYS | (MONTHS - {"may"})
"""Nouns of a period that end `this` or `last` trailing a cue (`data/trailing_periods.txt`, the days and the months but
`may`: `said this week`, `announced this semester`, `confirmed last March`; wave 67g)."""
TRAILING_PERIOD_MODIFIERS: frozenset[str] = load_words("trailing_period_modifiers")
"""Words between `this` or `last` and a period's noun, up to two (`this financial year`, `last fall semester`)."""
TRAILING_THIS_NOUNS: frozenset[str] = TRAILING_PERIODS | frozenset(
    "publication reporter journalist correspondent station magazine site outlet podcast channel".split()) | OUTLET_NOUNS
"""Nouns after `this` or `last` that trail a cue, a period or the outlet told (`said this week`, `told this newspaper`);
any other noun there opens the claim's subject (`says this pattern did not last`; wave 66g)."""
_TRAILING_THIS = (rf"(?:this|last)(?=\s+(?:(?:{verb_alternation(TRAILING_PERIOD_MODIFIERS)})\s+){{0,2}}"
                  rf"(?:{verb_alternation(TRAILING_THIS_NOUNS)}|fall(?=\s*[,.!]|\s*$))\b(?!['\u2019]))")
"""`this` or `last` before a period's noun or the outlet told, up to two of its modifiers between (`this academic
year`); `fall` only where the phrase ends (`said last fall.`, never `says this fall in prices`)."""
TRAILING_RE = re.compile(r"\s*(?:(?:in|on|at|during|via|through|when|after|before|earlier|later"
                         rf"|{_TRAILING_THIS}"
                         r"|yesterday|today|%s)\b[^,;:]{0,60})?"
                         r"(?:,\s*(?:even as|while|whilst|as|but|although|though|citing|quoting|pointing to)\b[^;:]*)?[.!]?\s*$" % "|".join(sorted(WEEKDAYS)),
                         re.IGNORECASE)
"""What may follow a cue that comes after its content: `in a statement`, `on Tuesday` (the days of the one list,
`vocabulary.WEEKDAYS`, wave 35f), `this week`, `last month`, `told this newspaper`: `this` or `last` only before one
of `TRAILING_THIS_NOUNS` (wave 66g)."""
TRAILING_CUE_RE = re.compile(
    rf",\s+(?:the|a|an|its|their)\s+[\w\s'\u2019]{{0,40}}?\b(?:{VERBS})\b[^,;:]{{0,40}}$")
"""`..., the report states.` closing a claim that an earlier cue began: the claim ends at the comma."""
_DOCUMENTS = verb_alternation(DOCUMENT_NOUNS | frozenset({"interview", "post", "email", "filing"}))
LEADING_SOURCE_RE = any_script(re.compile(
    rf"(?:In|Through|Via)\s+(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_DOCUMENTS})"
    r"(?:\s+(?:issued|published|released|posted|sent|given))?"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w&'\u2019.\-]*(?:\s+[A-Z][\w&'\u2019.\-]*){0,3}"
    r"\s+(?=(?:the|its|their|it|he|she|they|we)\s)"
    r"|(?:\s+(?:on|at|to|late|last|this|earlier)\s+(?:(?:its|the|a)\s+)?"
    r"(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[a-z]+)(?:\s+(?:night|morning|evening|afternoon))?)?"
    r"\s+(?=(?:the|its|their|it|he|she|they|we)\s|[A-Z]))"))
"""`In a statement on Tuesday the city said`, `In a statement it says`: where the words were said, before a subject
without a comma (a pronoun too, wave 22e); to an outlet before a subject that opens on `the` or a pronoun (`In a
statement to News1130 the province acknowledges`, wave 54e: never the outlet)."""
UNSAID_VERBS: frozenset[str] = frozenset("say said says comment commented confirm confirmed disclose disclosed specify "
                                        "specified reveal revealed".split())
"""Verbs that claim nothing when negated: `did not say how many`, `would not confirm`."""
ANNOUNCED_DOCUMENT_RE = re.compile(
    r"\s*(?:its|their|a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:results|trading|update|statement|report|accounts)"
    r"(?:\s+(?:for|to|on|covering)\b[^,;:]{0,60})?[.!]?\s*")
"""`announces its results for the year ended 31 March`: the document announced, not a claim in it."""
GATHERING_NOUNS: frozenset[str] = load_words("gathering_nouns")
"""Bodies and gatherings a speaker addresses, ending an audience of several words (`the Oireachtas health committee`;
`data/gathering_nouns.txt`)."""
AUDIENCE_RE = any_script(re.compile(r"\s*(?:to\s+)?(?:reporters|journalists|MPs|councillors|members|staff|(?:the|a|an)\s+[\w\-]+(?:\s+[\w\-]+)?"
                         rf"|(?:the|a|an)\s+(?:[\w\-'\u2019]+\s+){{2,3}}(?:{verb_alternation(GATHERING_NOUNS)})"
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
    r"(?:morning|afternoon|evening|week|month))|in\s+" + MONTH + r"(?:\s+\d{4})?)(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s+(?=(?:it|they|he|she|we|there|the|its|their)\b)"))
"""When a cue without `that` was said, before its clause: `said on Thursday it would cut 300 jobs`."""
ASKED_RE = re.compile(r"(?:When\s+|If\s+)?[Aa]sked\b[^,;:\"\u201c]{0,160},")
"""`Asked whether the club had consulted fans,`: a question put to the speaker, whose cue comes after it."""
FINDING_VERBS: frozenset[str] = frozenset("found finds find identified identifies discovered uncovered detected saw".split())
"""Cue verbs of finding, which keep the verb before a negative object (`found no evidence`)."""
ANNOUNCING_VERBS: frozenset[str] = frozenset("announce announces announced report reports reported".split())
"""Cue verbs whose object may be only the document announced (`announces its results for the year`)."""
WHERE_WORDS = ("in ", "on ", "at ", "during ", "via ")
"""How the phrase saying where a cue was said begins (`in a statement`, `on its website`)."""
NEGATIVE_FINDING_RE = re.compile(r"(?:found|finds|find|identified|identifies|discovered|uncovered|detected|saw)"
                                 r"\s+(?:no|nothing|none|little)\b")
"""`found no evidence that ...`: a negative finding keeps its verb, or the claim would say the opposite."""
PERFECT_TAIL_RE = re.compile(r"\s+(?:has|have|had)(?:\s+(?:previously|already|also|repeatedly|long|since|often|consistently"
                             r"|publicly|recently|earlier))?\s+$")
"""`has`, `has previously` between a subject and its cue: the subject is before it (`..., the minister has announced`)."""
_WHEN = (r"(?:today|yesterday|tonight|this\s+(?:week|month|morning|afternoon|evening|year)"
         r"|(?:last|earlier\s+this)\s+(?:week|month|year|night)|(?:on\s+)?(?:%s)|in\s+(?:%s))"
         % ("|".join(day.capitalize() for day in WEEKDAYS), "|".join(month.capitalize() for month in MONTHS)))
"""When a document came out, between its participle of publication and its cue (`published today`, `released on
Monday`, `out this week`, `issued in March`): the days and months of `vocabulary` spelled out. Not `CUE_RE`'s time
before `that`, which differs on purpose: that one takes any capitalised `-day`, a date (`12 May`), `this spring` and
`last weekend`, but not `tonight`, and reads `in March` as a place phrase (second read, wave 52g)."""
PUBLISHED_TAIL_RE = re.compile(rf"\s+(?:and\s+)?(?:published|released|issued|unveiled|launched|out|updated)\s+{_WHEN}\s+$")
"""A reduced relative of publication with its time between a document and its cue: the document is before it (`The
rankings published today show`, `Figures released on Monday show`, `The audit out this week found`, wave 50d); with its
agent (`published by X`) the words are left whole."""
GOING_ON_TAIL_RE = re.compile(r"\s+(?:(?:then|later|also)\s+)?(?:went|goes|go)\s+on\s+to\s+$")
"""`went on to`, `goes on to` between a subject and its speech verb: the subject is before it (`She goes on to say the
fund is safe`, `He then went on to say ...`, wave 50d)."""
RELATIVE_TAIL_RE = re.compile(r",\s+which\s+(?:was|were|is|are|has\s+been|had\s+been)\s+[^,;:]{1,120},\s*$")
"""A relative clause about a document between it and its cue (`, which was presented to the council on Monday,`)."""
WHO_TAIL_RE = any_script(re.compile(r"(?<=[a-z])\s+who\s+(?!said|says|told|added)[a-z][^,;:.\"\u201c]{1,120}$"))
"""A relative clause without commas between a subject and its cue (`inspectors who examined the block found`)."""
COURT_APPOSITION_RE = any_script(re.compile(r"[A-Za-z'\u2019\-]\s*(?P<age>,\s+\d{1,3},(?:\s+(?:of|from)\s+[^,;:.]{2,50})?"
                                 r"(?:,\s+[A-Z][^,;:.]{1,40})?,?)\s*$"))
"""A court report's age and address after a name (`Jo Roe, 46, of Mill Lane, Daleham,`): the name speaks."""
PLEA_RE = re.compile(r"(?:admitted|admits)\s+(?!(?:that|it|he|she|they|we|I|there|this)\b)")
"""`admitted five offences`: an admission of an object keeps its verb; `admitted (that) it had ...` does not."""
ADMITTED_COUNT_RE = re.compile(r"(?:admitted|admits|admit)\s+(?:a\s+(?:total|further|record)\s+of\s+)?\d[\d,.]*\s")
"""`X admitted 2,400 students`, `admitted a total of 296 patients`: people let in, counted, no admission of a fact."""
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


FOLDS_APART = "\u0130\u0131\u017f\u212a"
"""The only characters beyond ASCII that a case-blind pattern reads otherwise than their lower case (`İ`, `ı`, `ſ`, the
Kelvin sign): each matches an ASCII letter case-blind, or lower-cases to ASCII or to two characters (a test checks
every code point)."""
_FOLDS_APART_RE = re.compile(f"[{FOLDS_APART}]")


def is_commentary(text: str, start: int, end: int) -> bool:
    """Say whether `COMMENTARY_RE` finds the writer's commentary in text[start:end] (lower-cased: faster; a window
    holding one of `FOLDS_APART` is read case-blind)."""
    before = max(0, start - 1)  # the character before, for the word boundary at the start
    window = text[before:end]
    if not window.isascii() and _FOLDS_APART_RE.search(window):  # the only letters lower() reads otherwise
        return COMMENTARY_RE.search(text, start, end) is not None
    return _LOWER_COMMENTARY_RE.search(window.lower(), start - before) is not None


NOT_CUE_BEFORE: frozenset[str] = frozenset(
    "the a an these those this its their his her our such my your two three four five six seven eight nine ten "
    "many several former".split()) | PASSIVE_AUXILIARIES
"""Words before a cue word that make it a noun (`the claims`, `three projects`, `former state housing commissioner`)
or a passive (`is expected`)."""
RELATIVES: frozenset[str] = frozenset("which that".split())
"""Words before `rates` or `judged` that make it a relative clause's verb, not a cue."""
NOUN_CUES: frozenset[str] = frozenset("forecast forecasts report reports record records estimate estimates "
                                      "claims notes note review findings lists rates".split())
"""Cue words that are also nouns."""
NOUN_FOLLOWERS: frozenset[str] = frozenset("for of was is has had were are will would published released issued "
                                          "compiled produced commissioned can could may might must should shall".split())
"""Words after such a word that show it is the noun: `its profit forecast for the year`, `The report can be read`."""
PLURAL_NOUN_FOLLOWERS: frozenset[str] = frozenset("by against from".split())
"""Words after such a word in `-s` that show it is a plural noun: `Possession claims by social landlords fell` (no
body called `Possession` claims anything, wave 24c); after a verb's form (`is due to report by June`) they do not."""
MAX_CUES_PER_SENTENCE = 12
"""How many cue words a sentence may offer before it is taken to have no speaker (bounds hostile input)."""
MAX_SUBJECT_CHARS = 300
"""How far before a cue its subject may start."""
MIN_SPEECH_WORDS = 3
MIN_LIST_ITEMS = 3
"""Items a cue-less paragraph needs to continue a body's single claim as a list (`The fund includes A, B and C`)."""
