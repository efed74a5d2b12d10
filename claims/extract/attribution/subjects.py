"""A cue's subject and the claim around it: the subject region, the owner of a document, coordinated and opening
subjects, the content after the cue."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..bodies import ACCORDING_TAIL_RE
from ..datelines import dateline_end
from ..document_titles import title_aside_start
from ..entities import Mention, find_mentions
from ..fragments import cue_as_noun
from ..relatives import (
    narrated_relative, noun_before_relative, relative_at, relative_content_end, relative_subject_start, restrictive_who,
)
from ..items import split_items
from ..list_heads import claim_before_list
from ..release import has_figure
from ..short_predicates import object_relative_claim
from ..speakers import NOUN_THEN_NAME_RE, Context, Who, speaker_from_region, treated_as_body
from ..speakers.clauses import before_address
from ..speakers.writer_bodies import writer_named
from ..text import Span, subtract
from ..vocabulary import (
    any_script, DOCUMENT_NOUNS, names_no_one, OBJECT_VERBS, ORG_HEADS, ORG_REFERENCES, occasion_source, ROLES,
    verb_alternation,
    without_possessive,
)

from .cues import past_verb
from .patterns import (
    WHERE_WORDS, ANNOUNCED_DOCUMENT_RE, ANNOUNCING_VERBS, ANY_CUE_RE, AUDIENCE_RE, COURT_APPOSITION_RE,
    FINDING_VERBS, LEADING_SOURCE_RE, MAX_SUBJECT_CHARS, MIN_SPEECH_WORDS, NEGATION_RE, NEGATIVE_FINDING_RE,
    GOING_ON_TAIL_RE, PERFECT_TAIL_RE, PLEA_RE, PUBLISHED_TAIL_RE, ADMITTED_COUNT_RE, CONFIRMATION_CUE_RE, RELATIVE_TAIL_RE, RESPONSE_CUE_RE, RESPONSE_WORDS, PROGRESSIVE_CLAUSE_RE, PROGRESSIVE_RESULT_RE, SAID_WHEN_RE, STATE_KEPT_RE, SAID_WHERE_RE, TOLD_AUDIENCE_RE, TRAILING_CUE_RE,
    TRAILING_RE, UNSAID_VERBS, WHO_TAIL_RE,
)
from .said_where import past_where
from .quotation_leads import leads_quotation_below
from .object_reports import keeps_object_verb, with_object_verb
from ..source_credits import is_source_credit
from ..that_object import determiner_start, that_is_object
from .shares import share_attribution
from .verb_subjects import subject_span
from .asides import without_relative_aside
from .claim_bodies import claim_body
from .mid_cues import mid_cue_contents
from .subject_asides import aside_start
from .channel_asides import channel_aside_start
from .behalf_asides import behalf_aside_start
from .records import Attribution, inside_holes
from .relative_pronouns import opening_subject_of_pronoun
from .relative_antecedents import antecedent_region
from .heard_documents import heard_document_region
from .holding_verbs import holds_a_thing
from .unowned_documents import paper_issuer
from .whose_tails import whose_tail_start

_JUDGING_VERBS: frozenset[str] = frozenset("rated rates judged judges graded grades".split())
_COPULAS: frozenset[str] = frozenset("is are was were remains remained".split())
"""The first words of a state cue (`was not satisfied that`)."""
"""Verbs only an inspectorate's judgement uses: whoever rates is an inspectorate."""


def attribute_at(text: str, sentence: Span, cue: re.Match[str], holes: list[Span], ctx: Context,
                  record: bool) -> Attribution | None:
    """Attribute a sentence at one cue: the subject before it speaks the words after it (or before it)."""
    start, end = sentence
    if holes and _only_quoted_before(text, (start, cue.start()), holes):
        return None  # '"...," said President Jo Roe.': the cue names the quotation's speaker, who claims no more
    if narrated_relative(text, start, cue.start()) and antecedent_region(text, start, cue.start()) is None \
            or noun_before_relative(text, cue.end()) \
            or restrictive_who(text, start, cue.start()) and ANY_CUE_RE.search(text, cue.end(), end) is not None \
            or that_is_object(text, cue.end()) or is_source_credit(text, start) \
            or ADMITTED_COUNT_RE.match(text, cue.start()) and ANY_CUE_RE.search(text, cue.end(), end) is not None \
            or holds_a_thing(text, cue.start()):
        return None  # "X opened a ward, which admitted 300"; "A report, which"; "said that to"; "Source:": no cue;
        # "X admitted 2,400 students, its head said": people let in, the later cue speaks (wave 40j); "X maintains the
        # lowest debt": a thing held, no claim (57f)
    negation = NEGATION_RE.search(text[max(start, cue.start() - 20):cue.start()])
    verb_start = cue.start() - len(negation.group()) if negation else cue.start()
    share = share_attribution(text, sentence, cue, holes, ctx, verb_start)
    if share is not None:
        return share  # "62% of members said ...": what the survey's publisher found
    subject_start, subject_end = subject_region(text, start, verb_start)
    subject_end = _before_publication(text, (subject_start, subject_end))
    subject_start = _after_quotation(text, (subject_start, subject_end), holes)
    subject_start = _subordinate_person(text, (subject_start, subject_end)) or subject_start  # 48e: `, though she`
    own_subject = relative_subject_start(text, start, verb_start) == subject_start if subject_start > start else False
    # "the plan, which the council said": the relative clause's own subject starts the cue's subject (never at `start`)
    if text.startswith(_CONTACT_PRONOUNS, subject_start) and (own_subject
                                                              or subject_start > start and text[subject_start - 1] == " "
                                                              and SUBORDINATE_PERSON_RE.search(text, start, subject_start)):
        for mention in find_mentions(text, start, subject_start):
            ctx.add(mention)  # "Gov. Jo Roe proposed X, a plan she said would ...": she is the governor named before
            # ("Jo Roe called it "fair", though she said": the sentence's subject, wave 48e)
    _bodies_before_reference(text, (subject_start, subject_end), holes, ctx)
    who = _opening_subject(text, start, subject_end, ctx) \
        or opening_subject_of_pronoun(text, start, subject_end, ctx) \
        or speaker_from_region(text, subject_start, subject_end, ctx, record=record) \
        or _coordinated_subject(text, start, subject_end, ctx) or _document_owner(text, (subject_start, subject_end), ctx) \
        or _bare_head_subject(text, (subject_start, subject_end)) \
        or _after_answer_opener(text, (subject_start, subject_end), ctx, record) \
        or _worded_body(text, (subject_start, subject_end), start, ctx) \
        or _set_off_coordinated_subject(text, start, subject_end, ctx)
    if who is None:
        return None
    who = _without_opener(who)
    who = _confirming_writer(text, cue, who, ctx)  # "Skyrill Launch can confirm that": the release's writer, a body (31g)
    cut = text.rfind(", ", subject_start, subject_end)  # the cheap test first: a reference after the claim's comma
    if cut > start and TRAILING_RE.fullmatch(text, cue.end(), end):
        who = claim_body(text, (start, cut), (cut + 2, subject_end), ctx) or who  # "..., the group said" (30c)
    _note_owner(text, (start, cue.end()), who, ctx)
    words = " ".join(text[cue.start():cue.end()].split()).rstrip(" :;")
    open_lead = leads_quotation_below(text, start, end)  # "Jo Roe said in a statement," above a quotation (68e)
    if text[start:end].rstrip().endswith(":") or not text[cue.end():end].strip(" .;:\u00a0") or open_lead:
        if text[start:end].rstrip()[-1] in ":;" or cue.group().rstrip()[-1:] in (":", ";") or open_lead:
            head = claim_before_list(text, cue.end(), end)  # "X said it had invested £11m, including:": a claim too
            spans = tuple(s for part in subtract(head, holes) for s in split_items(text, part)) if head else ()
            who = paper_issuer(who, ctx)  # "The trial also found:": the body that spoke before, its issuer (31f)
            return Attribution(who.name, who.kind, words, spans, colon=True)  # a lead-in: the items follow
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
    keep = verb_start if _keeps_verb(text, cue, verb, negation) else None
    if who.name == ctx.header_voice and text[subject_start:subject_end].strip() == "I":
        keep = subject_start  # "I concluded that A" in a statement `Made by: X`: her own words, `I` kept (22a)
    content = _content(text, sentence, cue, who, keep)
    if own_subject or relative_at(text, start, verb_start):
        content = (content[0], relative_content_end(text, content))  # "X, which found that C, was published"; "Jo
        # Roe, who police said had been drinking, was arrested": the relative clause's own source claims up to its end
    mid = mid_cue_contents(text, sentence, cue.end(), who.clause_start, content) if content[0] >= cue.start() else None
    if mid is not None:  # "Crossings fell, the board said in its review, up from 3%": the words before are claimed (32d)
        return Attribution(who.name, who.kind, words, tuple(s for part in mid for p in subtract(part, holes)
                                                           for s in (split_items(text, p) if len(mid) > 1 else (p,))))
    whole = object_relative_claim(text, start, relative_subject_start(text, start, verb_start), content)
    if whole is not None:  # "new roofs, which the district estimated at $8.4m": the roofs' clause is estimated
        return Attribution(who.name, who.kind, words, tuple(s for part in subtract(whole, holes) for s in split_items(text, part)))
    spans = tuple(s for part in subtract(content, holes) for s in split_items(text, part))
    if keep is None and keeps_object_verb(text, verb, cue.group(), cue.end(), end):
        spans = with_object_verb(text, spans, verb_start, cue.end())  # "found severe maladministration in ..."
    return Attribution(who.name, who.kind, words, _figures_before_relative(text, (start, verb_start), holes) + spans)


WHICH_RE = re.compile(r",\s+which\b")
"""`, which` opening a relative clause about the thing before it (a figure), not `, who`/`, whom` about people."""
_CONTACT_PRONOUNS = ("he ", "she ", "they ", "it ", "we ")
"""Pronouns that may be a relative clause's own subject (`, a plan she said`)."""
SUBORDINATE_PERSON_RE = re.compile(r",\s+(?:(?:and|but)\s+)?(?:though|although|while|whilst|but|because|since)\s+\Z")
"""A comma and a subordinating word right before a cue's `he`/`she` (`X called the plan "fair", though he said`)."""
SUBORDINATE_PRONOUN_RE = re.compile(r",\s+(?:(?:and|but)\s+)?(?:though|although|while|whilst|but|because|since)\s+"
                                    r"(?P<pronoun>he|she)\s*\Z")
"""The same words and the pronoun ending a subject region."""


def _subordinate_person(text: str, region: Span) -> int | None:
    """Return where `he` or `she` ending a subject region starts when it opens a clause after a comma and a
    subordinating word, with one person named before it (wave 48e: `Jo Roe called the plan "fair" under the rules
    then, though she said A`: she is Roe, named in the sentence and so not yet registered); else None."""
    pronoun = SUBORDINATE_PRONOUN_RE.search(text, max(region[0], region[1] - 40), region[1])
    if pronoun is None:
        return None
    persons = {m.name for m in find_mentions(text, region[0], pronoun.start()) if m.kind == "person"}
    return pronoun.start("pronoun") if len(persons) == 1 else None


def _figures_before_relative(text: str, region: Span, holes: list[Span]) -> tuple[Span, ...]:
    """Return the items of a main clause with a figure before a relative clause whose own subject speaks (`Thefts
    rose 12% to 2,310, which the department said was driven by ...`): the figures are that speaker's too; a clause
    without a figure (`The charge relates to the pickup, which X said`) is the writer's."""
    own = relative_subject_start(text, *region)
    if own is None or text.startswith(_CONTACT_PRONOUNS, own):
        return ()  # "Jo Roe proposed three classes, a plan she said ...": her own act, narrated
    main = (region[0], text.rfind(",", region[0], own))
    if WHICH_RE.match(text, main[1]) is None or not has_figure(text, *main):
        return ()  # "..., whom the airline said it had refunded": a pronoun for people, not for the figure
    return tuple(s for part in subtract(main, holes) for s in split_items(text, part))


OCCASION_OPENING_RE = re.compile(rf"[ \t]*{occasion_source()}\b")
"""A sentence that opens with the occasion of what its speaker says: `Responding to figures which show that ...,`."""
CLOSING_CUE_RE = re.compile(r",\s+[^,]{2,120}?\b(?:said|says|added|commented|responded|stated)\s*:\s*(?:$|(?=[\"\u201c]))")
"""The sentence's own speaker and cue before a colon at its end: `, the union's chair Jo Roe said:`."""


def in_occasion_opening(text: str, sentence: Span, cue: re.Match[str]) -> bool:
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


WORDED_BODY_RE = re.compile(
    r"(?:[A-Z][a-z]+[ \t]+)+(?:(?:for|on|of|against|in|and)[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+)*)?[A-Z][a-z]+")
"""A body's name made of capitalised common words, perhaps joined by a preposition (`Hope for Carers`, `Action on
Debt`, `Carers Lifeline`)."""
_MAX_WORDED_BODY = 6
"""The most words such a name runs to."""


def _worded_body(text: str, region: Span, start: int, ctx: Context) -> Who | None:
    """Keep the claim of a sentence whose whole subject is a name of capitalised common words that no other rule
    read (`Hope for Carers said ...`, `Carers Lifeline said ...`): a body under its own name, never dropped (46a); a
    county set off after its place is no part of it (`Police in Ardlow, Co Tarnby, said`: `Police in Ardlow`)."""
    region = region[0], before_address(text, *region)
    begin = region[0] + len(text[region[0]:region[1]]) - len(text[region[0]:region[1]].lstrip())
    finish = region[0] + len(text[region[0]:region[1]].rstrip(" \t\u00a0,"))
    if begin != start + len(text[start:region[1]]) - len(text[start:region[1]].lstrip()) \
            or WORDED_BODY_RE.fullmatch(text, begin, finish) is None:
        return None
    words = text[begin:finish].split()
    if len(words) > _MAX_WORDED_BODY or names_no_one(words[0]) or all(w.lower() in ROLES for w in words) \
            or any(m.kind == "person" for m in find_mentions(text, begin, finish)):
        return None
    name = ctx.add(Mention(begin, finish, text[begin:finish], "org"))
    return Who(name, ctx.kind_of(name) if ctx.kinds.get(name) in BODY_KINDS else "organisation",
               begin)


def _document_owner(text: str, region: Span, ctx: Context) -> Who | None:
    """Resolve a subject that is figures nobody is named as publishing but a body's own (`Figures presented to the
    council's parenting board last month show`): the one body the possessive reference means, else None."""
    if DOCUMENT_OPENING_RE.match(text, *region) is None:
        return _unowned_figures(text, region)  # "..., figures released under freedom of information show."
    owners = {ctx.resolve_reference(m.group("noun")) for m in OWNER_RE.finditer(text, *region)}
    owners.discard(None)
    name = owners.pop() if len(owners) == 1 else None
    if name and ctx.kinds.get(name) in BODY_KINDS:
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
    if not words or words[0] not in ("the", "it") or len(words) > 4 or any(without_possessive(w) != w for w in words):
        return  # "..., the hospital's owner company said": a body's owner, never the body the claim opens with
    start = dateline_end(text, region[0], cut) or region[0]  # "MINNEAPOLIS - Acme Co. will ...": the place is none
    opening = LEADING_THE_RE.match(text, start, cut)
    at = opening.end() if opening else start
    mentions = [m for m in find_mentions(text, at, cut)[:1] if m.start == at and not inside_holes(at, holes)]
    if mentions and words[0] == "the" and words[-1] in ORG_REFERENCES and mentions[0].kind == "person" \
            and " " in mentions[0].name and mentions[0].name not in ctx.kinds:
        ctx.register_org(mentions[0].name, "organisation")  # "Islay Sea Links will cut sailings, the operator said"
        mentions[0] = mentions[0]._replace(kind="org")
    if mentions and mentions[0].kind == "org":
        name = ctx.add(mentions[0])  # the body that opens the claim; "with the Ashby Food Bank, the association" is not
        if words == ["it"] and ctx.kinds.get(name) in BODY_KINDS:
            ctx.subject = (name, ctx.block)  # "The Acme Trust opened 3 wards, it said": the trust


FOLLOWING_RE = re.compile(r"\s*the\s+following\b[^,;:.!?\"\u201c]{0,60}[.!:]?\s*$")
"""`said the following in a statement.`: a lead-in ending in a full stop; what follows is the speaker's."""


ANSWER_OPENER_RE = re.compile(r"(?:But|And|Yet|So|Still)[ \t]+(?=[a-z])")
"""A word that opens a sentence in which another party answers, before a subject in lower case (`But neighbours of
the victim said`, `Yet shoppers said`)."""


def _answer_opener(text: str, start: int, end: int) -> re.Match[str] | None:
    """The word that opens an answer at `start` (`But `, `Yet ` before a lower-case word), else None."""
    return ANSWER_OPENER_RE.match(text, start, end) if text[start:start + 1] in "ABSY" else None


def _without_opener(who: Who) -> Who:
    """A speaker read with the word that opens the answer (`Yet shoppers`) without it: `shoppers`."""
    opener = _answer_opener(who.name, 0, len(who.name))
    return who._replace(name=who.name[opener.end():]) if opener else who


def _after_answer_opener(text: str, region: Span, ctx: Context, record: bool) -> Who | None:
    """Read a subject that nothing else could read once more without the word that opens the answer (`But the
    residents said`: the residents, unresolved): the claim is kept, never dropped for its `But`."""
    opener = _answer_opener(text, *region)
    return speaker_from_region(text, opener.end(), region[1], ctx, record=record) if opener else None


def _before_publication(text: str, region: Span) -> int:
    """Return where a cue's subject ends before a reduced relative of publication and its time (`The rankings
    published today show`: the rankings; wave 50d)."""
    start, end = region
    if text.find("ed ", max(start, end - 45), end) < 0 and text.find(" out ", max(start, end - 45), end) < 0:
        return end  # no participle of publication near the cue (the cheap test first)
    published = PUBLISHED_TAIL_RE.search(text, max(start, end - 45), end)
    return published.start() if published and published.start() > start else end


def subject_region(text: str, start: int, verb_start: int) -> Span:
    """Return where a cue's subject may be: before `has previously`, a court report's age and address (`Jo Roe,
    46, of Mill Lane, admitted`) and a passive relative clause (`, which was published on Monday,`); after `In a
    statement (on Tuesday)` without a comma."""
    own = relative_subject_start(text, start, verb_start)
    if own is not None:
        return own, verb_start  # "the pickup, which Corvale said it would stop building": Corvale
    antecedent = antecedent_region(text, start, verb_start) or heard_document_region(text, start, verb_start)
    if antecedent is not None:
        return antecedent  # "referred it to Wexmoor Police, which said", "cited the council's report, which found" (37f)
    relative = relative_at(text, start, verb_start)
    end = relative.start() if relative else verb_start  # "A council report, which found that": the report
    perfect = PERFECT_TAIL_RE.search(text, max(start, end - 30), end) if text.find(" ha", max(start, end - 30), end) >= 0 else None
    end = perfect.start() if perfect else end  # "Lyle has previously said that"
    going_on = GOING_ON_TAIL_RE.search(text, max(start, end - 25), end) if text.find(" on to", max(start, end - 25), end) >= 0 \
        else None
    end = going_on.start() if going_on else end  # "She goes on to say the fund is safe": she
    court = COURT_APPOSITION_RE.search(text, max(start, end - 120), end) \
        if text.rfind(", ", max(start, end - 120), end) >= 0 else None
    end = court.start("age") if court else end
    relative = RELATIVE_TAIL_RE.search(text, max(start, end - 160), end) if text.find("which", max(start, end - 160), end) >= 0 else None
    end = relative.start() if relative else end  # "The report, which was presented on Monday, found"
    who = WHO_TAIL_RE.search(text, max(start, end - 160), end) if text.find(" who ", max(start, end - 160), end) >= 0 \
        else None
    end = who.start() if who else end  # "after inspectors who examined the flats found that"
    whose = whose_tail_start(text, start, end)
    end = whose if whose is not None else end  # "The trust whose chairman was rated poor by X says": the trust (61d)
    aside = aside_start(text, start, end)
    aside = title_aside_start(text, start, end) if aside is None else aside  # "The guidance, Safe Work on X, says"
    aside = channel_aside_start(text, start, end) if aside is None else aside  # "X, in a release signed by its ..."
    aside = behalf_aside_start(text, start, end) if aside is None else aside  # "X, Minister, on behalf of Y, said"
    end = aside if aside is not None else end  # "The company, which sells tickets for ..., said": the company
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


SUBJUNCTIVE_RE = re.compile(r"\s*(?:(?!(?:would|will|could|can|should|must|may|might|shall|to|cannot|and|or|not|it|they|he"
                            r"|she|we|i|you|there)\b)[\w'\u2019\-]+\s+){1,6}?(?:not\s+)?be\s+[a-z]", re.IGNORECASE)
"""A mandative clause after `that` (`permission be granted`, `the matter not be referred`): its subject and a bare `be`,
with no modal between (wave 23e)."""


def _confirming_writer(text: str, cue: re.Match[str], who: Who, ctx: Context) -> Who:
    """Return a confirmation's subject (`X can confirm that`) as a body, so registered, when the text's opening names
    it as its writer (`speakers.writer_bodies`) though its name reads as a person's; any other subject as it is."""
    if who.kind != "person" or CONFIRMATION_CUE_RE.match(text, cue.start()) is None:
        return who
    writer = writer_named(text)
    if writer is None or writer.name != who.name:
        return who
    ctx.kinds[who.name] = "organisation"
    return Who(who.name, "organisation", who.clause_start)


def _keeps_verb(text: str, cue: re.Match[str], verb: str, negation: re.Match[str] | None) -> bool:
    """Say whether a cue's verb stays in its claim: a negation, a judgement or a forecast (`rated`, `expects`),
    a negative finding (`found no evidence`) or an admission of an object (`admitted five offences`)."""
    if negation is not None or verb in OBJECT_VERBS or verb in _COPULAS and (STATE_KEPT_RE.match(text, cue.start())
                                                                           or PROGRESSIVE_RESULT_RE.match(text, cue.start())
                                                                           or PROGRESSIVE_CLAUSE_RE.match(text, cue.start())) \
            or verb in RESPONSE_WORDS and RESPONSE_CUE_RE.match(text, cue.start()):
        return True  # "was not satisfied that", "is satisfied that": the state stays in the claim
    if verb in FINDING_VERBS:
        return NEGATIVE_FINDING_RE.match(text, cue.start()) is not None
    if cue.group().rstrip(" :;").endswith("that") and SUBJUNCTIVE_RE.match(text, cue.end()) is not None:
        return True  # "advised that permission be granted": a mandate is no statement without its verb
    return verb in ("admitted", "admits") and PLEA_RE.match(text, cue.start()) is not None


def _content(text: str, sentence: Span, cue: re.Match[str], who: Who, verb_start: int | None) -> Span:
    """Return the words a cue's subject claims: after the cue (from the verb when it stays), past its audience
    and where it was said; or, for a cue after its content, the words before the subject."""
    start, end = sentence
    verb = cue.group().split()[0].lower()
    content: Span = (verb_start if verb_start is not None else determiner_start(text, cue.end()), end)
    audience = TOLD_AUDIENCE_RE.match(text, cue.end(), end) if verb == "told" and "that" not in cue.group() else None
    content = (audience.end(), end) if audience else content  # "told councillors the reserves stood at £31m"
    where = SAID_WHERE_RE.match(text, content[0], end) if text.startswith(WHERE_WORDS, content[0]) else None
    content = (where.end(), end) if where and verb_start is None else content  # "said in a statement it had ..."
    when = SAID_WHEN_RE.match(text, content[0], end) if where is None and verb_start is None else None
    content = (when.end(), end) if when else content  # "said on Thursday it would cut 300 jobs"
    if where is None and when is None and TRAILING_RE.fullmatch(text, cue.end(), end) \
            and not has_figure(text, cue.end(), end) \
            or verb in ("told", "wrote", "writes") and "that" not in cue.group() \
            and AUDIENCE_RE.fullmatch(text, cue.end(), end):  # never `told staff that the deficit stood at £31m`
        content = (start, who.clause_start)  # "Waiting times halved, the trust said in a statement."
        if len(text[start:who.clause_start].split()) < MIN_SPEECH_WORDS:
            content = (start, start)  # "However, the authority said." holds no claim
    content = past_where(text, content)  # 'X said in a joint statement: "..."': the quotation is the claim
    words = text[content[0]:content[1]].rstrip(" .!")
    closing = TRAILING_CUE_RE.search(words)
    closing = None if closing and cue_as_noun(closing.group()) else closing  # ", the reports were poor": no cue
    closing = closing or (ACCORDING_TAIL_RE.search(words) if "according" in words else None)  # its word first
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


def _coordinated_subject(text: str, start: int, subject_end: int, ctx: Context) -> Who | None:
    """Resolve `Acme, the grocer, doubled its profit and said ...`: the sentence's subject says the second verb."""
    if COORDINATED_RE.search(text, max(start, subject_end - 12), subject_end) is None:
        return None
    start = dateline_end(text, start, subject_end) or start
    mentions = find_mentions(text, start, subject_end)
    pronoun = SUBJECT_PRONOUN_RE.match(text, start, subject_end)
    if mentions and mentions[0].start == start:
        return speaker_from_region(text, start, mentions[0].end, ctx)
    return _described_name(text, start, subject_end, ctx) \
        or (speaker_from_region(text, start, pronoun.end(), ctx) if pronoun else None)


SET_OFF_AND_RE = re.compile(r",\s+(?:and|but)\s+(?:also\s+)?$")
"""A cue right after `, and` or `, but`: a second predicate after a first one set off by a comma (`in Harlow, Kent, and
found`); without the comma, `and` may join two nouns (`slow reads and writes`)."""


def _set_off_coordinated_subject(text: str, start: int, subject_end: int, ctx: Context) -> Who | None:
    """Resolve `Inspectors from X visited the yard in Harlow, Kent, and found ...`: a cue after `, and` whose first
    predicate holds commas is the second verb of the subject before the sentence's first verb (wave 48d)."""
    if SET_OFF_AND_RE.search(text, max(start, subject_end - 14), subject_end) is None \
            or ANY_CUE_RE.search(text, start, subject_end) is not None:
        return None  # "The review put the cost at $9m, and said ...": a first predicate that reports is read elsewhere
    span = subject_span(text, start, subject_end)
    if span is None or text[span[0]:span[1]].split()[-1].lower() in DOCUMENT_NOUNS:
        return None  # "The assessment put the cost at $9m, and said": a document's two verbs are read elsewhere
    who = speaker_from_region(text, *span, ctx)
    return who if who is not None and who.kind != "document" else None


OPENING_REFERENCE_RE = any_script(re.compile(rf"[Tt]he\s+(?:[a-z][a-z\-]*\s+){{0,2}}?(?P<noun>{verb_alternation(ORG_REFERENCES)})\b(?=\s+[a-z])"))
"""`The bank cut`, `The Swiss bank cut`: a sentence opening with a short reference to a body as its subject."""


def _opening_subject(text: str, start: int, subject_end: int, ctx: Context) -> Who | None:
    """Resolve the subject of `The bank cut its rating of Acme and said ...`: a sentence of one clause whose cue is
    its second verb is its opening subject's, never the object of the first verb."""
    if COORDINATED_RE.search(text, max(start, subject_end - 12), subject_end) is None:
        return None
    if "," in text[start:subject_end]:
        text = without_relative_aside(text, start, subject_end) or text  # "X, which represents Y, examined Z and said"
    return main_subject(text, start, subject_end, ctx) if text else None


_ADVERBS_BEFORE_VERB: frozenset[str] = frozenset({"also"})
"""An adverb between an opening subject and its past verb (`The group also suspended`, wave 28d)."""


def reads_as_past_verb(word: str) -> bool:
    """Say whether the word after a subject reads as its past verb: a past `cues.past_verb` knows in any case (which
    takes `Limited` as `limited`), or any other `-ed` form in lower case (`welcomed`; never `Redfield`)."""
    return past_verb(word) or word.endswith("ed") and word.islower()


def main_subject(text: str, start: int, subject_end: int, ctx: Context) -> Who | None:
    """Return the subject opening a sentence before its past verb (`The bank cut`, `Acme Foods raised`), else None."""
    reference = OPENING_REFERENCE_RE.match(text, start, subject_end)
    mentions = find_mentions(text, start, subject_end) if reference is None else []
    end = reference.end() if reference else mentions[0].end if mentions and mentions[0].start == start else start
    after = [word for word in text[end:subject_end].split()[:2] if word not in _ADVERBS_BEFORE_VERB][:1] \
        if end > start else []
    if not after or not reads_as_past_verb(after[0]):
        return None  # "Acme chief executive Jo Roe welcomed it and said": the person after the body
    return speaker_from_region(text, start, end, ctx)


def _described_name(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Resolve a sentence opening with a body's description and name (`Bakery chain Crustwell has ... but said`): the
    name after a kind of body (`NOUN_THEN_NAME_RE`, which registered it), when only lower-case words describe it."""
    match = NOUN_THEN_NAME_RE.search(text, start, end)
    descriptor = text[start:match.start()].split() if match else []
    if match is None or len(descriptor) > 5 or not all(w.islower() for w in descriptor[1:]):
        return None
    return speaker_from_region(text, match.start("name"), match.end("name"), ctx)
