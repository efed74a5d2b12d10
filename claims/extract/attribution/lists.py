"""Lead-ins and their lists: a colon cue or a lead-in without a verb hands its speaker to the items below it."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import find_mentions
from ..items import split_items
from ..release import has_figure
from ..speakers import Context, speaker_from_region
from ..speakers.names import employee_before
from ..speakers.regulator_documents import regulator_owner
from ..section_heads import heads_section
from ..text import Block, Quote, Span, line_start, split_sentences, subtract
from ..vocabulary import FINDING_VERBS as DOCUMENT_FINDING_VERBS
from ..vocabulary import any_script, BODY_PEOPLE, load_words, verb_alternation, without_possessive

from .commissioned_documents import commissioned_document
from .cues import not_a_cue
from .deliberations import deliberation_lead_in
from .demonstrative_leads import demonstrative_owner
from .document_lead_ins import document_lead_speaker, possessed_document_speaker
from .label_sources import label_source
from .lead_agents import lead_in_agent
from .names import DOCUMENT_SUBJECT_RE
from .peer_leads import peer_subject
from .qualified_leads import paragraph_subject, qualified_lead_in, qualifier_speaker
from .patterns import (
    VERBS, ANY_CUE_RE, CUE_RE, DOCUMENT_LEAD_RE, FINDING_VERBS, FINDINGS_RE, LEAD_IN_RE, LEAD_IN_VERB_RE, SPEECH_BEFORE_RE,
    STATEMENT_LEAD_RE,
)
from .records import Attribution
from .subjects import subject_region
from .view_leads import view_lead_in

BELOW_RE = re.compile(r"\b(?:(?:are|is|were)\s+)?(?:(?:set\s+out|listed|shown|given|summari[sz]ed)\s+)?(?:below|as\s+follows)"
                      r"\s*[.:]?\s*$")
"""A lead-in that points down to its list instead of ending in a colon: `The key findings are set out below.`"""


LISTED_CLAIMS_RE = re.compile(r"\b(?:findings|highlights|results|figures|achievements|improvements|changes|recommendations"
                              r"|points|strengths|weaknesses|concerns|failings|areas|measures|actions|steps)\b", re.IGNORECASE)
"""What a lead-in pointing down lists when its items are claims (`The key findings are set out below.`)."""


def below_lead_in(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a sentence pointing down to the bullets right after it (`The main findings are set out below.`) as a
    lead-in: findings are the inspectorate's in focus, other lists the body's in focus, or the person it names. Its
    cue is the words that point down (`are set out below`, `are as follows:`), as a lead-in's own words are."""
    pointer = BELOW_RE.search(text, block.body, block.end) if following and following[0].bullet else None
    if pointer is None:
        return None
    sentence = split_sentences(text, block.body, block.end)[-1]
    if LISTED_CLAIMS_RE.search(text, *sentence) is None:
        return None  # "Opening times are set out below.": no claims listed
    cue = " ".join(pointer.group().split()).removesuffix(".")
    people = [m for m in find_mentions(text, *sentence) if m.kind == "person"]
    if people:
        return Attribution(ctx.add(people[0]), "person", cue, (), colon=True)
    judged = FINDINGS_RE.search(text, *sentence) is not None
    name = (ctx.focus_org("inspectorate") if judged else None) or ctx.focus_org()
    return Attribution(name, ctx.kind_of(name), cue, (), colon=True) if name else None


HEADING_LEAD_IN_RE = re.compile(r"(?:(?-i:(?:[A-Z][a-z]+|(?:19|20)\d\d|Q[1-4]|H[12]|FY\d{2,4}|and|&)\s+){1,6}?"
                                r"|(?:[A-Za-z]+\s+){0,2}?)(?:key|main|headline)?\s*"
                                r"(?:findings|highlights|facts|points|figures|results)\b"
                                r"(?:\s+(?:at\s+a\s+glance|in\s+brief|in\s+short|summary))?"
                                r"|(?:[\w\-]+\s+){0,3}?(?:at\s+a\s+glance|in\s+numbers|in\s+figures|by\s+the\s+numbers)",
                                re.IGNORECASE)
"""A heading that announces findings without a colon: `KEY FINDINGS`, `Highlights`, `Financial highlights`, `The year
in numbers`, `Performance at a glance`, a period's (`Third Quarter Fiscal 2027 Highlights`, `Q3 2026 Results`)."""
MAX_BARE_ITEM_CHARS = 200


SUMMARY_HEADING_RE = re.compile(r"\b(?:points|headlines|summary|brief|short|by\s+the\s+numbers)\b", re.IGNORECASE)
"""A heading over the writer's own summary in a news report (`Key points`, `The headlines`, `In brief`, `By the
numbers`)."""


def heading_lead_in(text: str, block: Block, ctx: Context, release: bool = True) -> Attribution | None:
    """Read a `KEY FINDINGS` heading as a lead-in: the short lines of figures after it are the speaker's; in a news
    report a summary heading (`Key points`) is over the writer's own lines."""
    if not HEADING_LEAD_IN_RE.fullmatch(text, block.body, block.end) \
            or not release and SUMMARY_HEADING_RE.search(text, block.body, block.end):
        return None
    cue = " ".join(text[block.body:block.end].split())
    named = _heading_body(text, block, ctx)  # "Fenbridge figures": Fenbridge's, not the body in focus
    if named is not None:
        return Attribution(named, ctx.kind_of(named), cue, (), colon=True, lines=True)
    judged = "finding" in cue.lower()  # findings are an inspectorate's; highlights are the body's own
    name = (ctx.focus_org("inspectorate") if judged else None) or ctx.focus_org()
    if name and name.casefold() in cue.casefold():
        return None  # "THE FACTS" read as a body's name: a heading never speaks
    return Attribution(name, ctx.kind_of(name), cue, (), colon=True, lines=True) if name else None


def _heading_body(text: str, block: Block, ctx: Context) -> str | None:
    """Return the body a findings heading names before its noun (`Fenbridge figures`, `Acme Water's results`) when
    the text has named that body already (in full or by its first words), else None."""
    words = []
    for word in text[block.body:block.end].split():
        if not word[:1].isupper() or word.lower() in HEADING_NOUNS:
            break
        words.append(without_possessive(word.rstrip(":")))
    for k in range(len(words), 0, -1):
        named = " ".join(words[:k])
        body = next((o for o in ctx.orgs if o == named), None) \
            or next((o for o in ctx.orgs if o.startswith(named + " ")), None)
        if body is not None and ctx.kinds.get(body) in BODY_KINDS \
                and HEADING_NOUNS.isdisjoint(body.lower().split()):
            return body  # never "THE FACTS" read as a body's name: the heading itself
    return None


HEADING_NOUNS: frozenset[str] = frozenset("key main headline findings highlights facts points figures results".split())
"""The words of a findings heading after the body it may name (`Fenbridge key figures`)."""


OPEN_LEAD_END_RE = re.compile(
    rf"(?:\bthe\s+following\b[^.!?:;]{{0,60}}|\bas\s+follows|\b(?:{VERBS}))\s*[\u2014\u2013-]?\s*$|\s[\u2014\u2013-]\s*$")
"""How a lead-in ends without a colon right above its bullets: `found the following problems`, `said —`."""


def open_lead_in(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a line without a colon right above bullets (`The audit found the following problems at X`, `Acme said its
    results showed —`) as a lead-in of the cue's subject: the bullets are the subject's claims."""
    if not following or not following[0].bullet or OPEN_LEAD_END_RE.search(text, block.body, block.end) is None \
            or HEADING_LEAD_IN_RE.fullmatch(text, block.body, block.end):
        return None  # "Operational highlights": a heading never speaks, though `highlights` may be a verb
    sentence = split_sentences(text, block.body, block.end)[-1]
    cue = next((c for c in CUE_RE.finditer(text, *sentence) if not not_a_cue(text, sentence[0], c.start())), None)
    if cue is None:
        return None
    who = speaker_from_region(text, *subject_region(text, sentence[0], cue.start()), ctx)
    words = " ".join(text[cue.start():cue.end()].split())
    return Attribution(who.name, who.kind, words, (), colon=True) if who is not None else None


SUB_LABEL_RE = any_script(re.compile(r"(?:[A-Z][\w'\u2019&\-]*|(?:19|20)\d\d(?:/\d\d)?|and|of|the|to|for|in)"
                                     r"(?:(?:[ \t]+|[ \t]*[/|][ \t]*)(?:[A-Z][\w'\u2019&\-]*|(?:19|20)\d\d(?:/\d\d)?|and|of|the"
                                     r"|to|for|in)){0,6}[ \t]*:"))
"""A label line of title-case words and years ending in a colon (`Fourth Quarter Fiscal 2027:`, `Full Year 2026:`,
`North America:`): no sentence, no verb; its words may be set apart by a slash or a bar (`Quote / Testimonial:`, a
page's field label between a lead-in and its quotation, wave 69e)."""


def sub_label(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a line under a lead-in only labels the next part of its list (`Fourth Quarter:` then bullets,
    `Full Year:` then more, a section heading such as `Civil Cases:`): a label naming no person, so the lead-in's
    speaker goes on to the bullets after it."""
    if block.bullet or quotes or block.end - block.body > MAX_SUB_LABEL_CHARS or text[block.end - 1] != ":" \
            or not SUB_LABEL_RE.fullmatch(text, block.body, block.end):
        return False  # the cheap tests first: a label is short and ends in a colon
    return not any(m.kind == "person" for m in find_mentions(text, block.body, block.end - 1)) \
        or heads_section(text, block.body, block.end - 1)  # "Criminal Cases:" read as a name, yet no given name (41q)


MAX_SUB_LABEL_CHARS = 60
"""A label over part of a list is short (`Full Year Fiscal 2027:`)."""


def bullets_ended(text: str, blocks: list[Block], index: int) -> bool:
    """Say whether a lead-in's bulleted list ended before a block: the block is no bullet after one (a list keeps
    its form; the heading of a table under the list, `Homes by region, 2025 and 2026`, is not one of its items),
    unless it is a figure's line of a list in two levels, with bullets under it again (`Final dividend 85.1 cents,
    down 8.5%` between `Highlights:`'s bulleted items, wave 53f)."""
    return index > 0 and blocks[index - 1].bullet and not blocks[index].bullet \
        and not upper_level_item(text, blocks, index)


UPPER_ITEM_RE = re.compile(r"[^\n]*\d[^\n]*[^.:!?\s]")
"""A line of a list's upper level: one line holding a digit, no sentence's or lead-in's end (`Capital expenditure
$39.1 million in line with guidance`)."""


def upper_level_item(text: str, blocks: list[Block], index: int) -> bool:
    """Say whether an unbulleted block between bullets is an item of a two-level list: one short line of figures with
    no full stop, bullets right under it (a results release's `Underlying profit $346.2 million, down 2.9%` over its
    own `• Operating revenue ...`), the bullets on either side holding words of their own."""
    block = blocks[index]
    return index + 1 < len(blocks) and blocks[index + 1].bullet and block.end - block.body <= MAX_BARE_ITEM_CHARS \
        and UPPER_ITEM_RE.fullmatch(text, block.body, block.end) is not None \
        and all(WORDED_RE.search(text, b.body, b.end) for b in (blocks[index - 1], blocks[index + 1]))


WORDED_RE = re.compile(r"[^\W\d_]{2}")
"""A bullet with words of its own: a mark alone on its line (`· |`, a table's cell) holds no lower item."""


def bare_item(text: str, block: Block, quotes: list[Quote], lead: Span | None = None, previous: Block | None = None) -> bool:
    """Say whether a line under a `KEY FINDINGS` heading or a colon lead-in is one of its items: short, a figure, no
    cue (`Passengers – 4.2 million`, `Leaks fell by 9% in 2025.`); or, its bullet marks lost, any statement with no cue
    under a lead-in announcing claims (`Key findings include:`), a sentence (no caption, no question), or a line of a
    list punctuated by semicolons (44g)."""
    if quotes or block.end - block.start > MAX_LISTED_ITEM_CHARS:
        return False
    short = block.end - block.start <= MAX_BARE_ITEM_CHARS
    return (short and (has_figure(text, block.body, block.end) or KEY_VALUE_RE.fullmatch(text, block.body, block.end)
                       is not None or _semicolon_listed(text, block, previous))
            or text[block.end - 1] in ".;" and lead is not None and _announces_claims(text, lead)) \
        and not ANY_CUE_RE.search(text, block.body, block.end) and not _introduces_person(text, block)


CUED_COLON_RE = re.compile(r"\s*:\s*$")
"""The colon a cue ends on right before a quotation (`Jo Roe, Chair, said: "A"`)."""


def cued_quotation(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a bullet holds a quotation a cue of its own opens with a colon (`- Margins rose Jo Roe, Chair, said:
    "A"`, a glued page's last item running into the next paragraph): a speaker's words, no item of the lead-in."""
    if not quotes or not block.bullet:
        return False
    colon = CUED_COLON_RE.search(text, block.body, quotes[0].outer[0])
    return colon is not None and ANY_CUE_RE.search(text, max(block.body, colon.start() - 12), colon.start()) is not None


MAX_LISTED_ITEM_CHARS = 400
"""An item a lead-in announcing claims lists is a paragraph of one or two sentences (`Key findings include:`)."""


ANNOUNCED_CLAIMS_RE = re.compile(r"\b(?:findings|highlights|results|figures|achievements|conclusions|the\s+following)\b",
                                 re.IGNORECASE)
"""What a colon lead-in names when its plain paragraphs are claims (`Key findings include:`, `... and the following
charges were laid:`); `areas`, `steps` or `measures` may head a list of grades or plans (44g)."""


def _announces_claims(text: str, lead: Span) -> bool:
    """Say whether a colon lead-in announces a list of claims: findings, highlights, results (`Key findings include:`,
    `The highlights of the year were:`) or `the following` (`... and the following offences were recorded:`)."""
    start, end = split_sentences(text, *lead)[-1]
    return text[end - 1] == ":" and ANNOUNCED_CLAIMS_RE.search(text, start, end) is not None


def _semicolon_listed(text: str, block: Block, previous: Block | None) -> bool:
    """Say whether a paragraph is a line of a list punctuated by semicolons: it ends in one, or the line before it
    did (`Two drivers over the limit;` then `Nine seatbelt offences.`)."""
    return text[block.end - 1] == ";" or previous is not None and text[previous.end - 1] == ";"


def _introduces_person(text: str, block: Block) -> bool:
    """Say whether an unbulleted paragraph after a list introduces a person by name (`Beacon supporter Jo Roe, 63,
    waited 97 days`): a new story, whose `he said` below is that person's, not one of the list's items."""
    return not block.bullet and any(m.kind == "person" and " " in m.name
                                    for m in find_mentions(text, block.body, block.end))


KEY_VALUE_RE = any_script(re.compile(r"[A-Z][\w'\u2019\- ]{0,40}?(?::|[ \t]+[\u2013\u2014-])[ \t]*[+\u2212-]?[\u00a3$\u20ac]?\d[\d,.]*"
                                     r"(?:%|[ \t]*per[ \t]+cent|[ \t]*(?:m|bn|k|million|billion)\b)?"
                                     r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*"))
"""A line naming a category and its count (`Sustained: 18`, `Not upheld: 1,204`, `Lisdargan Hospital – 71`, `Local bus:
14.2 million (+9.4%)`): a figure of the list it is in, a comparison in brackets after it."""


MAX_CAPTION_CHARS = 90
"""A table's caption is one short line (`Ridership by mode, fiscal 2026 (change on fiscal 2025):`)."""


def caption_lead_in(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a short line without a cue right above two lines of a category and its figure (`Key figures, 2025/26
    (2024/25 in brackets)` then `Turnover: £24.8m (£9.6m)`, `Wages: £26.1m`) as a table's caption: the lines are the
    figures of the inspectorate in focus for findings, else of the body in focus."""
    if len(following) < 2 or block.bullet or block.end - block.body > MAX_CAPTION_CHARS \
            or text[block.end - 1] in ".!?" or not all(_key_value_line(text, b) for b in following[:2]):
        return None  # the cheap tests first: a short line, then two lines of a category and its figure
    if ANY_CUE_RE.search(text, block.body, block.end) or any(m.kind == "person" for m in find_mentions(text, block.body, block.end)):
        return None  # "Jo Roe said:": a cue's own lead-in, read elsewhere
    cue = " ".join(text[block.body:block.end].split())
    source = label_source(text, (block.body, block.end), ctx)  # "Key figures (Source: X)": X's rows
    if source is not None:
        return Attribution(*source, cue, (), colon=True, lines=True)
    judged = FINDINGS_RE.search(text, block.body, block.end) is not None
    name = (ctx.focus_org("inspectorate") if judged else None) or ctx.focus_org()
    return Attribution(name, ctx.kind_of(name), cue, (), colon=True, lines=True) if name else None


def _key_value_line(text: str, block: Block) -> bool:
    """Say whether a block is one unbulleted line of a category and its figure (`Turnover: £24.8m (£9.6m)`)."""
    return not block.bullet and block.end - block.body <= MAX_BARE_ITEM_CHARS \
        and KEY_VALUE_RE.fullmatch(text, block.body, block.end) is not None


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


def advice_lead_in(text: str, block: Block) -> bool:
    """Say whether a lead-in asks, advises or invites the public: its bullets are nobody's claims."""
    return text[block.end - 1] == ":" and ADVICE_LEAD_IN_RE.search(text, block.body, block.end) is not None \
        or PUBLIC_LEAD_IN_RE.match(text, block.body, block.end) is not None


LAST_VERB_RE = any_script(re.compile(r"\s+[a-z]+(?:\s+(?:also|now|already|since|so\s+far))?\s*:\s*$"))
"""The last verb of a lead-in before its colon: `has:`, `has also:`, `paid:`."""


def lead_in_subject(text: str, block: Block, ctx: Context) -> str | None:
    """Return the body a cue-less lead-in names as the subject of its last verb (`..., Acme Water has also:`)."""
    verb = LAST_VERB_RE.search(text, block.body, block.end)
    who = speaker_from_region(text, block.body, verb.start(), ctx) if verb else None
    if who is not None and who.name.lower() in BODY_PEOPLE:
        return None  # "Investigators seized:", "Officers found:": the issuer's people, the issuer speaks
    return who.name if who is not None and who.kind in BODY_KINDS else None


INLINE_LEAD_RE = re.compile(
    r"(?:(?P<among>Among\s+the\s+)|(?:The|Its|Their|Other)\s+)?(?:key\s+|main\s+|other\s+)?(?P<what>[Ff]indings|[Hh]ighlights"
    r"|[Aa]reas\s+for\s+(?:improvement"
    r"|development|further\s+work)|[Ss]trengths|[Ww]eaknesses|[Cc]oncerns|[Ii]mprovements|[Cc]hanges|[Aa]chievements"
    r"|[Rr]ecommendations|[Ss]uccesses|[Mm]easures|[Pp]roposals)(?:\s+(?:announced|listed|identified|proposed|agreed))?"
    r"(?:\s+(?:of|from|in|at)\s+[^,;:]{1,40}?)?\s+(?:included|include|includes|(?:were|are)\s+that|(?(among)(?:were|are)|(?!)))"
    r"\s+(?![:;\s])")
"""`Areas for improvement included A, B and C.`, `Among the measures announced were A and B.`: a lead-in without a
colon, its items in the same sentence."""


def inline_lead_in(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Give the items of `Areas for improvement included A, B and C.` to the speaker in focus: the inspectorate for
    findings, else the body."""
    match = INLINE_LEAD_RE.match(text, *sentence)
    if match is None or text[sentence[1] - 1] == "?":
        return None
    name = ctx.focus_org("inspectorate") if FINDINGS_RE.search(match.group("what")) else None
    name = name or ctx.focus_org()
    if name is None:
        return None
    cue = " ".join(match.group().split())
    if text[match.end():sentence[1]].rstrip()[-1:] == ":":  # "The main findings were that the diocese:": items below
        owned = text.startswith(("Its ", "Their "), sentence[0])  # whose `Its` is (a review's author) is not read here:
        return Attribution(name, ctx.kind_of(name), cue, (), colon=not owned)  # claim nothing rather than guess
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    spans = _two_listed(text, spans[0]) if len(spans) == 1 else spans
    return Attribution(name, ctx.kind_of(name), cue, spans)


LISTED_AND_RE = re.compile(r"\s+and\s+(?=(?:a|an|the|\d|\u00a3|\$|\u20ac|more|new|extra|free)\b|\d|[\u00a3$\u20ac])")
"""`and` before a second item of a lead-in's list: `a 10% cut in fares and 300 new cycle racks`."""


def _two_listed(text: str, span: Span) -> tuple[Span, ...]:
    """Split the one item after a lead-in into two at `and` before a second noun phrase (`a 10% cut in fares and 300
    new cycle racks`): a lead-in announces a list, so two items joined by `and` are two claims."""
    joins = list(LISTED_AND_RE.finditer(text, *span))
    if len(joins) != 1 or "(" in text[span[0]:span[1]] or len(text[span[0]:joins[0].start()].split()) < 2:
        return (span,)
    return (span[0], joins[0].start()), (joins[0].end(), span[1])


def lead_in(text: str, sentence: Span, ctx: Context, previous: Attribution | None = None) -> Attribution | None:
    """Read `The key findings were:` or `Highlights include:` as a colon cue of the speaker in focus; findings that
    name nobody are those of the party that has just found something (`previous`), else the inspectorate in focus."""
    if not text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        return None  # every lead-in ends in a colon (the cheap test first)
    source = label_source(text, sentence, ctx)  # "The plan at a glance (figures from the X Office):": the Office's
    if source is not None:
        return Attribution(*source, " ".join(text[sentence[0]:sentence[1]].split()), (), colon=True)
    weighed = deliberation_lead_in(text, sentence, ctx)  # "the Board considered that:", "Having considered ..., the Panel:"
    if weighed is not None:
        return weighed
    viewed = view_lead_in(text, sentence, ctx)  # "Herewith is the position of the Authority on the matter:" (47b)
    if viewed is not None:
        return viewed
    subject_cue = _subject_cue(text, sentence)
    if subject_cue is not None and (ordered := commissioned_document(text, sentence)) is not None:
        return Attribution(ordered, "document", subject_cue[1], (), colon=True)  # "Its findings include:" (41p)
    if subject_cue is not None:  # "the Minister continued:", "He set out ...:", "The report draws attention to:"
        owner = OWNER_AFTER_OF_RE.match(text, subject_cue[0], sentence[1])  # "The judgment of the Tribunal is that:"
        who = speaker_from_region(text, owner.start("who"), owner.end("who"), ctx) if owner else None
        if who is not None and who.kind in ("organisation", "inspectorate", "person"):
            return Attribution(who.name, who.kind, subject_cue[1], (), colon=True)
        who = speaker_from_region(text, sentence[0], subject_cue[0], ctx)
        return Attribution(who.name, who.kind, subject_cue[1], (), colon=True) if who else None
    match = LEAD_IN_RE.search(text, sentence[0], sentence[1]) or qualified_lead_in(text, sentence)  # 35k: long qualifier
    if match is None:
        return _document_lead_in(text, sentence, ctx) or _person_lead_in(text, sentence, ctx) \
            or _published_lead_in(text, sentence, ctx) or _period_lead_in(text, sentence, ctx)
    named = (qualifier_speaker(text, match, ctx) or paragraph_subject(ctx)) if "qualifier" in match.groupdict() else None
    if named is not None:  # "Here are the figures as read out by Jo Roe:", "... of the union's own survey, ...:"
        return Attribution(named.name, named.kind, " ".join(match.group().split()), (), colon=True)
    agent = lead_in_agent(text, sentence, ctx)  # "Among the strengths identified by inspectors:": theirs
    if agent is not None:
        return Attribution(agent.name, agent.kind, " ".join(match.group().split()), (), colon=True)
    mentions = find_mentions(text, sentence[0], match.start())
    document = possessed_document_speaker(text, sentence, ctx) \
        or (document_lead_speaker(text, (match.start(), sentence[1]), ctx) if not mentions else None)
    if document is not None:  # "Key findings of the report include:": as "The report found" (29g)
        return Attribution(document.name, document.kind, " ".join(match.group().split()), (), colon=True)
    name: str | None
    if mentions:  # "Mayor Jo Bloggs issued the following statement:"
        last = employee_before(mentions, text) or mentions[-1]  # "Jo Roe for the X Fund (XF) read ...:": hers (22a)
        name = ctx.add(last)
        if last.kind == "person":
            return Attribution(name, "person", " ".join(match.group().split()), (), colon=True)
    elif (regulator := regulator_owner(text[sentence[0]:sentence[1]].split(), ctx)) is not None:
        name = regulator[0]  # "The headline numbers from Ofgem's announcement:": the regulator's (36c)
    elif (ordered := commissioned_document(text, sentence)) is not None:  # "The report, X, was commissioned by a
        # body ... Its findings include:": the document's (41p)
        return Attribution(ordered, "document", " ".join(match.group().split()), (), colon=True)
    elif text.startswith(("Its ", "Their "), sentence[0]) and ctx.document_subject():
        name = ctx.document_subject()  # "The review, led by Jo Roe, ... Its key findings were:": hers
    elif FINDINGS_RE.search(text, sentence[0], sentence[1]) and (finder := _body_finder(previous)) is not None:
        # "X's review shows that A. Key findings:": X's, whatever inspectorate is in focus (49w)
        return Attribution(finder.speaker, finder.kind, " ".join(match.group().split()), (), colon=True)
    elif FINDINGS_RE.search(text, sentence[0], sentence[1]) and ctx.focus_org("inspectorate"):
        name = ctx.focus_org("inspectorate")  # "Lead inspector Eve Ash found that A. Other findings:": its inspectorate's
    elif FINDINGS_RE.search(text, sentence[0], sentence[1]) and (finder := _finder(previous)) is not None:
        # "X found that A. Other findings:": X's
        return Attribution(finder.speaker, finder.kind, " ".join(match.group().split()), (), colon=True)
    elif (peers := peer_subject(text, sentence, match.start())) is not None:  # "The other three firms named were:":
        return Attribution(peers, "unresolved", " ".join(match.group().split()), (), colon=True)  # no firm in focus (50w)
    elif (person := _paragraph_person(text, sentence, ctx)) is not None:
        return Attribution(person, "person", " ".join(match.group().split()), (), colon=True)  # "Dr Jo Roe gave a
        # briefing. The main points:": hers (wave 40i)
    else:
        name = ctx.header_voice or demonstrative_owner(text, sentence, ctx) or ctx.focus_org()  # "The support
        # available includes:" in a statement `Made by: X`; "X is calling for five priorities. These are:": X's (48d)
    if name is not None and (counted := _counted_clause(text, sentence, match)) is not None:
        return Attribution(name, ctx.kind_of(name), " ".join(match.group().split()), (counted,), colon=True)
    if name is None:
        own = _own_figures_words(text, sentence[0], match)  # "Provisional figures from Friday are:", no body in
        # focus: the figures' own words, never a unit or an operation the text named (wave 42b)
        return Attribution(own, "unresolved", " ".join(match.group().split()), (), colon=True) if own else None
    return Attribution(name, ctx.kind_of(name), " ".join(match.group().split()), (), colon=True)


OWNER_AFTER_OF_RE = re.compile(r"\s*of\s+(?P<who>(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*"
                               r"[A-Z][\w'\u2019\-]*)*)\s+(?:is|are|was|were)\b")
"""The owner named after a document's noun in a lead-in (`The unanimous judgment of the Tribunal is that:`, `The
findings of the Review Panel are:`): the body or person whose document it is speaks (wave 22b)."""


MAX_TITLE_CHARS = 40
"""How far into its paragraph a person's name may open after a title (`State Veterinarian Dr. Jo Roe`)."""


def _paragraph_person(text: str, sentence: Span, ctx: Context) -> str | None:
    """Return the one person whose name opens the paragraph a cue-less lead-in closes (`Dr Jo Roe of the X Board has
    just given a briefing. The main points:`): she sets out the points, not the body in focus; else None."""
    start = line_start(text, sentence[0])
    if start >= sentence[0]:
        return None  # the lead-in opens its paragraph: nobody before it
    mentions = find_mentions(text, start, sentence[0])
    if not mentions or mentions[0].kind != "person" or mentions[0].possessive \
            or mentions[0].start - start > MAX_TITLE_CHARS:
        return None
    return ctx.add(mentions[0])


def _body_finder(previous: Attribution | None) -> Attribution | None:
    """Return the attribution before when a body or an inspectorate, or a document read as one, reported a finding
    (`X's review shows that ...`, `the council found that ...`), else None."""
    finder = _finder(previous, DOCUMENT_FINDING_VERBS)
    return finder if finder is not None and finder.kind in BODY_KINDS else None


def _finder(previous: Attribution | None, verbs: frozenset[str] = FINDING_VERBS) -> Attribution | None:
    """Return the attribution before when it reported a finding with one of `verbs` (`X found that ...`, `inspectors
    identified ...`), else None."""
    if previous is None or not previous.spans or previous.kind == "unresolved" or not previous.cue:
        return None
    return previous if previous.cue.split()[0].lower() in verbs else None


def lead_in_of_person(text: str, sentence: Span, ctx: Context, previous: Attribution | None) -> Attribution | None:
    """Read a lead-in without a verb or a name (`The projects funded are:`) as the colon cue of the person who spoke
    just before, when the text has named no body that could be in focus; else None."""
    match = LEAD_IN_RE.search(text, *sentence) if text[sentence[0]:sentence[1]].rstrip().endswith(":") else None
    if match is None or previous is None or previous.kind != "person" or ctx.focus_org() is not None \
            or find_mentions(text, sentence[0], match.start()):
        return None
    return Attribution(previous.speaker, "person", " ".join(match.group().split()), (), colon=True)


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


PUBLISHED_BY_RE = re.compile(r",\s+(?:published|released|compiled|produced|collected|issued|reported)\s+(?:last\s+\w+\s+|"
                             r"this\s+\w+\s+|on\s+\w+\s+|in\s+\w+\s+)?by\s+(?P<who>[^,:;]{2,80}?)(?:\s+(?:last|this|on|in|as|at|for)\b[^,:;]*)?,")
"""`Tenants' scores, published by X last summer as part of ..., tell a similar story:`: X's figures."""


def _published_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read a colon lead-in whose subject is set apart as published by a body (`Its own scores, published by X last
    summer, tell a similar story:`) as that body's: the table or bullets below are its figures."""
    if text.find(" by ", *sentence) < 0:
        return None  # the cheap test first
    match = PUBLISHED_BY_RE.search(text, *sentence)
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx) if match else None
    if who is None or who.kind not in BODY_KINDS:
        return None
    cue = " ".join(text[match.start() + 1:match.end("who")].split())  # type: ignore[union-attr]
    return Attribution(who.name, who.kind, cue, (), colon=True)


PERIOD_NOUNS = load_words("period_nouns")
"""The nouns of a reporting period (`quarter`, `financial year`): `data/period_nouns.txt`."""
PERIOD_LEAD_RE = any_script(re.compile(
    rf"(?P<cue>(?:During|Over|Throughout|Across|In|For)\s+(?:the|this|that|its|our)\s+[^:;.,]{{0,50}}?"
    rf"\b(?:{verb_alternation(PERIOD_NOUNS)}))\s*:\s*$"))
"""A lead-in of time alone, no subject and no verb (`During the July to September quarter:`, `Over the past year:`):
it announces the items of the period's report."""


def _period_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read a lead-in of a reporting period alone (`During the July to September quarter:`) as the colon cue of the
    body in focus, whose report of the period the items are (wave 45g); with no body in focus, None."""
    match = PERIOD_LEAD_RE.fullmatch(text, sentence[0], sentence[1])
    name = (ctx.header_voice or ctx.focus_org()) if match else None
    return Attribution(name, ctx.kind_of(name), " ".join(match.group("cue").split()), (), colon=True) \
        if match and name else None


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
    given = STATEMENT_LEAD_RE.search(text, *sentence)
    if given is not None and given.group("recipient"):  # "X sent KVTV a statement saying:": never KVTV (48e)
        return given.start(), " ".join(given.group("cue").split())
    speech = SPEECH_BEFORE_RE.search(text, *sentence)
    if speech is not None:
        return speech.start(), speech.group().strip()
    verb = LEAD_IN_VERB_RE.search(text, *sentence)
    if verb is not None:
        return verb.start(), verb.group("verb")
    statement = STATEMENT_LEAD_RE.search(text, *sentence)
    if statement is not None:  # "X issued the following statement after the hearing, at which ...:"
        return statement.start(), " ".join(statement.group("cue").split())
    document = DOCUMENT_LEAD_RE.match(text, *sentence)
    return (document.end("doc"), document.group("cue").strip(" :")) if document else None


FIGURES_NOUNS: frozenset[str] = frozenset("figures numbers results".split())
"""Nouns of a lead-in's figures that may name them as their own source (`Provisional figures from Friday are:`)."""
COUNTED_BEFORE_RE = re.compile(r"\s*,?\s+and\s*$")
"""The `and` that joins a lead-in's own clause to its `the following` (`A total of 312 sites were visited and the
following notices served:`)."""


def _counted_clause(text: str, sentence: Span, match: re.Match[str]) -> Span | None:
    """Return the clause of figures a `the following` lead-in opens with before its `and` (`A total of 312 sites were
    visited and the following notices served:`): the speaker's count, as its items are (wave 45g); else None."""
    if not match.group().lower().startswith("the following"):
        return None
    joint = COUNTED_BEFORE_RE.search(text, sentence[0], match.start())
    if joint is None or not has_figure(text, sentence[0], joint.start()):
        return None
    return sentence[0], joint.start()


_OWN_WORDS_MAX = 3
"""How many words may stand before the figures' noun in their own name (`Provisional`, `The latest weekly`)."""


def _own_figures_words(text: str, start: int, match: re.Match[str]) -> str | None:
    """Return a lead-in's figures as their own words (`Provisional figures`) when the lead-in opens on them, a few
    plain words before their noun; else None."""
    noun = match.group().split()[0]
    before = text[start:match.start()].split()
    if noun.lower() not in FIGURES_NOUNS or not 1 <= len(before) <= _OWN_WORDS_MAX \
            or not all(word.isalpha() for word in before):
        return None
    return " ".join([*before, noun])
