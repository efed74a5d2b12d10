"""A document as the speaker: its head noun, its owner or source, a document about something, figures received or
released without an owner."""
from __future__ import annotations

import itertools
import re

from ...model import BODY_KINDS
from .short_councils import own_short_council
from ..descriptions import describes_when
from ..entities import Mention, find_mentions, head_noun, org_kind
from ..bodies import short_owner
from ..text_caches import per_text
from ..vocabulary import DOCUMENT_NOUNS, ORG_HEADS, load_words, names_no_one, SINGULAR_POSSESSIVES, without_possessive

from .bare_documents import OFFICIAL_WORDS, reported_bare
from .body_traits import same_head
from .document_tails import participle_cut
from .earlier_documents import earlier_owner, owned_spans, same_document
from .fronted_times import document_start
from .headline_names import named_in_headline_only
from .issued_statements import issued_statement
from .namesake_owners import namesake_owner
from .context import Context
from .pronoun_gender import pronoun_fits
from .pronoun_owners import pronoun_owned, tail_owner
from .regulator_documents import regulator_owner
from .source_modifiers import source_modifier
from .spoken_documents import spoken_again
from .publishers import published_by
from .references import first_words_of, reference
from .titled_bodies import examining_holder
from .writer_bodies import name_line, our_phrase, writer_named
from .words import (
    CLAUSE_OPENERS, COMMON_NOUNS, INSPECTION_DOCUMENTS, PLACE_PREPOSITIONS, PUBLISHER_PARTICIPLES, PUBLISHING_VERBS,
    DETERMINERS, NAME_RUN, PEOPLE_GROUPS, SAME_DATA,
)

SYSTEM_NAMES: frozenset[str] = load_words("system_names")
"""A public service as a whole (`NHS`), which publishes no document itself: its figures speak as a document."""


def our_document(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a document, an inquiry, a count or the people the narration calls `our` (`Our investigation found`,
    `our latest figures show`, `after our review found`, `Our engineers replaced`): the body that writes the text,
    named on its first line (a letterhead, a masthead), else by its opening (`X can confirm`, `on behalf of X`, wave
    26b), else the first that spoke in it; None when there is none."""
    if our_phrase(words) is None:
        return None
    writer = _top_line_body(ctx) or ctx.masthead or _opening_writer(ctx) \
        or (ctx.org_speakers[0] if ctx.org_speakers else None)
    return (writer, ctx.kind_of(writer)) if writer else None


def _opening_writer(ctx: Context) -> str | None:
    """Return the body a first-person text's opening names as its writer (`X can confirm`, `on behalf of X`)."""
    body = writer_named(ctx.text)
    if body is None:
        return None
    return ctx.kind_over(ctx.add(body), "person", "organisation")  # "Skyrill Launch can confirm ... our tracking data"


def _top_line_body(ctx: Context) -> str | None:
    """Return the body the text's first line names (`News | Data Rights Office`, a letterhead; a headline's subject,
    `Ofwire fines Larkspur Power`): who wrote it."""
    subject = _headline_subject(ctx)
    if subject is not None:
        return subject
    body = _first_line_body(ctx.text)
    if body is None:
        return _name_line_writer(ctx)
    return ctx.add(body)


def _name_line_writer(ctx: Context) -> str | None:
    """Return the name the first line holds alone, read as a person's (`Tarnwick Cloud`), registered as the body that
    writes the text: `our investigation` is never a person's (wave 33d)."""
    body = name_line(ctx.text)
    if body is None:
        return None
    return ctx.kind_over(ctx.add(body), "person", "organisation")


@per_text(4)
def _first_line_body(text: str) -> Mention | None:
    """Return the last body named on a text's first line, once per text."""
    first = text.lstrip()
    offset = len(text) - len(first)
    line_end = offset + len(first.split("\n", 1)[0])
    bodies = [m for m in find_mentions(text, offset, line_end) if m.kind == "org"]
    return bodies[-1] if bodies else None


_HEADLINE_SUBJECT_RE = re.compile(rf"\s*(?P<subject>{NAME_RUN})"
                                  r"[ \t]+(?!(?:of|for|and|the|on|in|at|to|by|from|with|is|has|was|as)\b)[a-z]{2,}s[ \t]+\S")
"""A headline opening on its subject and a verb in the present tense (`Ofwire fines Larkspur Power £2m`, `Kestrel
Trust welcomes report`)."""


def _headline_subject(ctx: Context) -> str | None:
    """Return the body a headline's subject names (`Ofwire fines Larkspur Power`: Ofwire acts, and writes the release,
    wave 45f) when the text registers it as a body or writes it again and never in lower case (a name, not `Survey`),
    else None."""
    found = _HEADLINE_SUBJECT_RE.match(ctx.text)
    if found is None:
        return None
    subject = found.group("subject")
    if ctx.kinds.get(subject) in BODY_KINDS:
        return subject
    if names_no_one(subject.split()[0]) or ctx.text.count(subject) < 2 or subject.lower() in ctx.text:
        return None
    return ctx.add(Mention(found.start("subject"), found.end("subject"), subject, "org"))


_AFTER_DOCUMENT: frozenset[str] = frozenset("of by from into on for to".split())
"""Words after a document's noun that end its head: `the survey of 3,100 users`, `a report to its cabinet`."""
_YEAR_RE = re.compile(r"(?:19|20)\d\d(?:[/\-\u2013](?:\d\d){1,2})?")
"""A year or a financial year after a document's title: `Winter Review 2025`, `Annual Report 2024/25`."""


_AGENT_ENDS: frozenset[str] = frozenset("under in on at last this for".split())
"""Words that close a publisher's short reference after `by` (`by the council under ...`, `by the trust in May`)."""


def _agent(words: list[str], head: int) -> list[str]:
    """Return the words after a document's `by` (`Figures published by the X Board` -> `the x board`)."""
    return words[words.index("by", head) + 1:]


def own_publisher(words: list[str], head: int, mentions: list[Mention]) -> Mention | None:
    """Return the body a document's own words name after `by` (`Figures published by the X Board`): that document's
    publisher, even when the text met another body's `figures` before (wave 39f); None when no body is named there."""
    agent = _agent(words, head)
    return next((m for m in mentions if m.kind == "org" and m.name.split()[0].lower() in agent), None)


def publisher_reference(words: list[str], head: int, ctx: Context) -> str | None:
    """Return the body a short reference after a document's `by` means (`Figures released by the council under the
    Freedom of Information Act`): the one council named before (wave 39f); None when it means no named body."""
    agent = _agent(words, head)
    if len(agent) < 3 or agent[0] != "the" or agent[2] not in _AGENT_ENDS:
        return None  # only `the <noun>` closed by a preposition: longer phrases are left to the publisher's rules
    found = reference(agent[:2], ctx)
    return found[0] if found is not None and found[1] != "unresolved" else None


def document_head(words: list[str]) -> list[str]:
    """Cut a document's phrase at its noun: `the charity's survey of 3,100 users` -> `the charity's survey`,
    `an audit released Thursday by X` -> `an audit`."""
    if len(words) >= 2 and words[-2] in DOCUMENT_NOUNS and _YEAR_RE.fullmatch(words[-1]):
        return words[:-1]  # "the agency's Winter Review 2025", "its Annual Report 2024/25"
    for index in range(len(words) - 2, -1, -1):
        published_by = words[index + 1] in PUBLISHER_PARTICIPLES and ("by" in words[index + 2:index + 5]
                                                           or describes_when(words, index + 1))  # "published on Monday"
        if words[index] in DOCUMENT_NOUNS and (words[index + 1] in _AFTER_DOCUMENT or published_by):
            return words[:index + 1]
        if words[index] in DOCUMENT_NOUNS and words[index + 1] in PUBLISHING_VERBS and "by" not in words[index:] \
                and words[0] in ("a", "an"):
            return words[:index + 1]  # "a progress report published on Friday"
    return words


def document_source(raw: list[str], words: list[str], mentions: list[Mention],
                     ctx: Context) -> tuple[str, str] | None:
    """Resolve a document of a source no name gives: `the results of this year's National Learner
    Survey` speaks as the named survey; `figures from the county's transport panel` are the panel's,
    a body named before or else the text's words, unresolved; never the body in focus."""
    cut = next((i for i in range(len(words) - 2) if words[i] in DOCUMENT_NOUNS and words[i + 1] in ("of", "from")),
               None)
    if cut is None or any(m.kind in ("org", "person") for m in mentions):
        return None
    tail_raw, tail = raw[cut + 2:], words[cut + 2:]
    if 1 <= len(tail_raw) <= 3 and all(w[:1].isupper() and w.isalpha() and w.lower() not in COMMON_NOUNS
                                        for w in tail_raw):
        # "data from Kantar show": a body no head noun names
        name = ctx.register_org_once(first_words_of(" ".join(tail_raw), ctx))
        return name, ctx.kind_of(name)
    if tail[-1] in DOCUMENT_NOUNS and tail_raw[-1][:1].isupper():
        title = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(tail_raw)))[::-1]
        return " ".join(title), "document"  # "this year's National Learner Survey"
    if tail[-1] not in ORG_HEADS or not (tail[0] in DETERMINERS or tail[0].endswith(SINGULAR_POSSESSIVES)) \
            or not all(w.islower() for w in tail_raw):
        return None
    found = reference(tail, ctx)
    return found if found and found[1] != "unresolved" else (" ".join(tail_raw), "unresolved")


PERSON_POSSESSIVES: dict[str, str] = {"his": "he", "her": "she"}
"""A person's possessive pronoun before a document (`Her report shows`) and the pronoun that means the same person."""


def document(words: list[str], mentions: list[Mention], ctx: Context,
             raw: list[str] | None = None) -> tuple[str, str] | None:
    """Resolve a document that speaks: `the trust's annual report`, `its figures`, `the report`."""
    if words and DOCUMENT_NOUNS.isdisjoint(words):
        return None  # every answer needs a document's noun among the words (the cheap test first, 25S): the
        # publisher's and the head's tests read `head[-1]`, head a prefix of words, `_released_unowned` `words[0]`
    fronted = document_start(words)
    if fronted:  # "Over the same period the figures show": the figures, never the time before them (52d)
        words, raw = words[fronted:], raw[fronted:] if raw is not None else None
    head = document_head(words)
    named = examined_name(raw or words, words, len(head))  # "a review of X's year end performance": its whole name
    if len(head) < len(words) and words[len(head)] in PUBLISHER_PARTICIPLES and head[-1] in DOCUMENT_NOUNS \
            and "by" in words[len(head):]:
        publishing = own_publisher(words, len(head), mentions)
        owner = ctx.add(publishing) if publishing is not None else publisher_reference(words, len(head), ctx) \
            or published_by(ctx, head[-1])  # "an audit released by the auditor general": its publisher, or no one
        return (owner, ctx.kind_of(owner)) if owner else None
    if pronoun_owned(words):
        owner = tail_owner(ctx)
        if owner:
            return owner, ctx.kind_of(owner)  # "a report to its cabinet", "data it published": the body `it` means
    announced = _released_with_act(words, ctx)
    if announced is not None:
        return announced  # "figures published alongside the budget": the body whose budget it is (54b)
    unowned = _released_unowned(words)
    if unowned is not None:
        ctx.owners[unowned[0].split()[0]] = unowned  # "The figures show" later: these figures again
        return unowned
    issued = issued_statement(head, ctx) if len(head) == len(words) else None
    if issued is not None:
        return issued  # the body the text is about put out "a press release" or "a company statement" (60k)
    cut = participle_cut(raw) if raw is not None and head == words and words[0] in ("a", "an") else 0
    if cut:  # a new document named with a participle's clause: "A fire risk assessment carried out last year" (27j)
        return _described_document(words[:cut], ctx)  # its noun names it, and `the assessment` later is it
    phrase, words = words, head  # the phrase whole: "figures obtained by X" is no bare document (58g)
    if words[-1] not in DOCUMENT_NOUNS or words[0].endswith("ed") or words[0] in PLACE_PREPOSITIONS:
        return None  # "welcomed the survey but said": a verb's object, not a subject
    if not _FINITE_WORDS.isdisjoint(words):
        return None  # "X has reported a rise in its trading update but admitted": a clause, not a document
    if words[0] in PERSON_POSSESSIVES and len(words) <= 3 and all(without_possessive(w) == w for w in words[1:]):
        person = ctx.person_for_pronoun()
        if person and person != ctx.voice and pronoun_fits(ctx, person, PERSON_POSSESSIVES[words[0]]):
            return person, "person"  # "Jo Roe told members ... Her report to the meeting shows": Jo Roe's
        # ("Her institute's analysis found": the institute's, read below)
    if any(m.kind == "person" and not m.possessive for m in mentions):
        return None  # "Lorna Pike of Halden Retail Research": a person, not research
    author = _person_owner(words, mentions, ctx)
    if author is not None:
        return author  # "Mr Penrose's report identifies": Marcus Penrose, as "the trust's report" is the trust's
    article = max((i for i, w in enumerate(words[:-1]) if w in DETERMINERS), default=0)
    if article and (words[article - 1].endswith("ed") or words[article - 1] == "for"):
        return None  # "X welcomed the announcement but said": the object of X's verb; "waited for a decision"
    owners = [m for m in mentions if m.kind == "org" and not _document_about(ctx.text, m)
              and m.name.lower() not in SYSTEM_NAMES]  # "NHS figures show": the figures, no body named
    if not owners and raw is not None and any(m.kind == "org" and m.name.lower() in SYSTEM_NAMES for m in mentions):
        return _system_document(raw[:len(words)], words, ctx)
    regulator = regulator_owner(raw[:len(words)], ctx) if raw is not None and not owners else None
    if regulator is not None:  # "according to Ofcom's latest figures": the regulator's, never the body in focus (36c)
        ctx.owners[words[-1]] = regulator
        return regulator
    owner = None if owners or mentions else short_owner(words[0], ctx.orgs, ctx.kinds)
    if owner is not None:  # "Dunhill's annual report shows" after "Dunhill Homes": Dunhill Homes; two: unresolved
        return owner, ctx.kind_of(owner) if owner in ctx.kinds else "unresolved"
    if owners:
        name = ctx.add(owners[-1])
        ctx.owners[words[-1]] = examiner(words, name, ctx) if owners[-1].possessive else (name, ctx.kind_of(name))
        return ctx.owners[words[-1]]
    if raw is not None and national_count(raw[:len(words)]):
        return _own_words(words[:1] + raw[1:len(words)])  # "The 2021 Census found": the country's count (40c)
    if len(words) == 2 and words[0] in FORCE_MODIFIERS and not mentions:
        force = ctx.resolve_reference(words[0])
        ctx.owners[words[-1]] = (force, ctx.kind_of(force)) if force else (words[0], "unresolved")
        return ctx.owners[words[-1]]  # "Police figures showed": the police's, as "the force's figures" (40c)
    if raw is not None and source_modifier(raw, words, ctx):
        return _own_words(words)  # "Industry figures show": a new document no body is named for, not one met before
    if meeting_paper(words) and not ctx.release and not owned_before(words[-1], ctx.text) \
            and modifier_body(words, ctx) is None:
        ctx.owners[words[-1]] = _own_words(words)  # "the consultation report shows" in a news report: the paper's own
        return ctx.owners[words[-1]]
    if reported_bare(phrase, ctx) and published_by(ctx, words[-1]) is None:
        return _own_words(words)  # "Latest figures show" in a news report: these figures, new (not "latest figures"
        # met before, for "according to preliminary figures"), never the body in focus (58g)
    if words[-1] in ctx.owners and not any(w in ("their", "its") for w in words):
        return ctx.owners[words[-1]]
    if "their" in words and ctx.last_kind == "unresolved" and ctx.last_speaker_words \
            and ctx.last_speaker_words.split()[-1].lower() in PEOPLE_GROUPS:
        return ctx.last_speaker_words, "unresolved"  # "Planning officers recommended it. Their report said"
    for index, word in enumerate(words[:-1]):
        base = without_possessive(word)
        found = reference(words[:index] + [base], ctx) if base != word else None
        if found is not None:
            ctx.owners[words[-1]] = examiner(words, found[0], ctx) if found[1] != "unresolved" else found
            return ctx.owners[words[-1]]  # "the trust's annual report": this body's from now on
    publisher = published_by(ctx, words[-1]) if words[0] in ("a", "an") else None
    if publisher is not None:
        ctx.owners[words[-1]] = (publisher, ctx.kind_of(publisher))
        return ctx.owners[words[-1]]  # "a damning report ... The report, by the X Inspectorate,": X's report
    if words[0] in ("a", "an") and len(words) >= 3:
        return _described_document(words, ctx)  # "A government progress report says": a new document
    indefinite = max((i for i, w in enumerate(words) if w in ("a", "an")), default=0)
    if indefinite and len(words) - indefinite >= 3 and all(w.isalpha() and w not in DETERMINERS
                                                           for w in words[indefinite + 1:]):
        return _described_document(words[indefinite:], ctx)  # "the hospital, where an external review found"
    modified = modifier_body(words, ctx) if words[0] == "the" and len(words) >= 3 else None
    if modified is not None:
        return modified  # "the caucus analysis": the caucus named before, not the body in focus
    again = same_document(words, ctx) or earlier_owner(words, ctx) or spoken_again(words, ctx)
    if again is not None:
        return again  # "The council's draft budget ... The budget report says": the council's, not the last body (25g)
    judge = ctx.focus_org("inspectorate") if words[-1] in INSPECTION_DOCUMENTS else None
    if judge is not None and "their" in words and ctx.last_kind != "organisation":
        return judge, ctx.kind_of(judge)  # "Inspectors visited ... Their report": the inspectors', unless a body spoke last
    pronoun = any(w in ("their", "its") for w in words)
    near = _near_pronoun_owner(words, ctx) if pronoun else None
    owner = (near or _far_pronoun_owner(ctx)) if pronoun \
        else published_by(ctx, words[-1]) or judge or _official_focus(words, ctx) \
        or examining_holder(words[-1], ctx.titles)  # "Chief Ombudsman Jo Roe has found ... The investigation found"
    if near and words[0] in ("its", "their"):
        ctx.owners.setdefault(words[-1], (near, ctx.kind_of(near)))  # "Its report says ... The report recommends" (36b)
    if owner:
        return owner, ctx.kind_of(owner)
    if named is not None:
        ctx.owners[words[-1]] = (named, "document")  # "The review found" later: this review again
        return ctx.owners[words[-1]]
    council = own_short_council(ctx.text, ctx.bodies_named()) if len(words) == 1 and words[0].endswith("s") else None
    if council is not None:
        name = ctx.add(council)
        return name, ctx.kind_of(name)  # "Results show" in a release that writes its council `Fenbury DC`, `FDC` (41i)
    if pronoun:
        return _own_words(words)[0], "unresolved"  # "its annual report shows" with no body `its` could mean: no
        # document's name, an owner not told (real pages, wave 54p)
    return namesake_owner(words[-1], ctx) or _own_words(words)  # "The X Chamber Trade Survey" and "the Chamber's
    # survey": the Chamber (63d)


FORCE_MODIFIERS = load_words("force_modifiers")
"""Forces whose bare name before a document's noun makes it theirs (`Police figures`; `data/force_modifiers.txt`)."""
NATIONAL_COUNTS = load_words("national_counts")
"""Counts a country takes of itself, written with a capital (`Census`; `data/national_counts.txt`)."""


MEETING_PAPERS = load_words("meeting_papers")
"""Modifiers that make a document a paper before a meeting (`the consultation report`; `data/meeting_papers.txt`)."""


def meeting_paper(words: list[str]) -> bool:
    """Say whether a bare definite document is a paper put before a meeting (`the consultation report`, `the cabinet
    report`): it speaks as itself, never as the body in focus (wave 52b)."""
    return len(words) == 3 and words[0] == "the" and " ".join(words[1:]) in MEETING_PAPERS


def owned_before(noun: str, text: str) -> bool:
    """Say whether the text gives a document of this noun an owner by a possessive (`the council's consultation
    report`), not merely its modifier (`the council's cabinet` owns no report)."""
    return any(noun in owned for _, _, _, owned in owned_spans(text))


def national_count(raw: list[str]) -> bool:
    """Say whether a document's words name a country's own count by its capitalised noun (`The 2021 Census`, `the
    last Census`), owned by no one the text names (`the council's Census` is the council's)."""
    return bool(raw) and raw[-1].lower() in NATIONAL_COUNTS and raw[-1][:1].isupper() \
        and all(without_possessive(w) == w for w in raw)


def _own_words(words: list[str]) -> tuple[str, str]:
    """Return a document in its own words, as a document (`new figures` of `as new figures show`)."""
    words = list(itertools.dropwhile(lambda w: w in CLAUSE_OPENERS, words)) or words  # "as new figures show"
    return " ".join(w for w in words if w not in DETERMINERS or w == words[0]), "document"


def pronoun_document(noun: str, ctx: Context) -> tuple[str, str] | None:
    """Return the body a record's `its` or `their` means (`Its Heat Outlook 2027 finds`, the noun `outlook`), read as
    `its report` is, else None (wave 36b)."""
    owner = _near_pronoun_owner(["its", noun], ctx) or _far_pronoun_owner(ctx)
    return (owner, ctx.kind_of(owner)) if owner else None


def _far_pronoun_owner(ctx: Context) -> str | None:
    """Return the body a document's `its` or `their` means when nothing near it tells: the last body that spoke or was
    named."""
    return _last_body_speaker(ctx) or ctx.last_org or ctx.named_later(None)


def _near_pronoun_owner(words: list[str], ctx: Context) -> str | None:
    """Return the body a document's `its` or `their` means by what stands near it: the document's subject, the body
    that opened the sentence before, its people, the paragraph's speaker; None when only a fallback would tell."""
    return (ctx.document_subject() or sentence_subject(ctx, words[-1]) or inspecting_subject(ctx, words[-1])
            or people_subject(ctx, words) or ctx.paragraph_speaker())


def _last_body_speaker(ctx: Context) -> str | None:
    """Return the body that spoke last when the last row's speaker was a body (`The commission found A. Its decision
    also states`: the commission, never a place named since), else None (wave 24b)."""
    return ctx.org_speakers[-1] if ctx.org_speakers and ctx.last_kind in BODY_KINDS else None


OFFICIAL_HEADS: frozenset[str] = load_words("official_heads")
"""Heads of bodies that publish official figures (`data/official_heads.txt`)."""
WIDER_SCOPE_WORDS: frozenset[str] = load_words("wider_scope_words")
"""Words that make figures count more than one body's work (`National figures show`; `data/wider_scope_words.txt`):
read as `official` is, the body in focus only when it publishes official figures (wave 59h)."""


def _official_focus(words: list[str], ctx: Context) -> str | None:
    """Return the body in focus for an unowned document, unless the document is official or wider than one body's
    (`Official figures show`, `National figures show` on a bus company's release, 59h) and that body publishes none
    (a charity, a company), or no body has spoken and that body is named only in the headline: then None, and the
    document speaks as itself (waves 21b, 56p; a news report's bare document, `Latest figures show`, never reaches
    here: 58g)."""
    focus = ctx.focus_org()
    if focus is not None and focus not in ctx.org_speakers and named_in_headline_only(ctx.text, focus, ctx.orgs):
        return None  # no body spoke yet, and the first named stands only in the headline's topic (wave 56p)
    if focus is None or OFFICIAL_WORDS.isdisjoint(words) and not wider_scope(words) \
            or ctx.kind_of(focus) == "inspectorate":
        return focus
    return focus if head_noun(focus) in OFFICIAL_HEADS else None


def wider_scope(words: list[str]) -> bool:
    """Say whether a document's own modifier says it counts more than one body's work (`national figures`), not a
    word of an owner's name (`the national audit office's report` is that office's)."""
    return not WIDER_SCOPE_WORDS.isdisjoint(words) and all(without_possessive(w) == w for w in words)


_AUDITING_NOUNS: frozenset[str] = frozenset("audit audits inspection".split())
"""Words that make a body's document the work of whoever audited or inspected it (`the council's audit report`)."""


def examiner(words: list[str], owner: str, ctx: Context) -> tuple[str, str]:
    """Return who speaks for a body's own audit or inspection report (`the local authority's latest audit report`):
    the one body the text says prepared or published that report (`prepared by the X Audit Service`), never the
    body audited; else the owner (wave 20b)."""
    audits = sorted(_AUDITING_NOUNS.intersection(words))
    author = next((found for noun in [words[-1], *audits] if (found := published_by(ctx, noun))), None) \
        if audits else None  # "The audit report, prepared by X": the text names X under `audit` or `report`
    if author is None or ctx.full_org(author) == ctx.full_org(owner):
        return owner, ctx.kind_of(owner)
    return author, ctx.kind_of(author)


def _person_owner(words: list[str], mentions: list[Mention], ctx: Context) -> tuple[str, str] | None:
    """Return the person whose possessive name owns a document (`Mr Penrose's report`, `Dr Ann Keel's review`) when
    no body is named with it, else None."""
    if len(mentions) != 1 or mentions[0].kind != "person" or not mentions[0].possessive:
        return None
    if not any(without_possessive(w) != w for w in words[:-1]):
        return None  # the possessive is no part of the document's own words
    name = ctx.add(mentions[0])
    ctx.owners[words[-1]] = (name, "person")
    return name, "person"


_NAME_ENDS: frozenset[str] = frozenset("in on at last this during between published released carried conducted "
                                      "completed commissioned".split())
"""Words that end what a document examines and open when or how it was done (`of X's services in 2023`)."""


def examined_name(raw: list[str], words: list[str], head: int) -> str | None:
    """Return the whole name of a bare document with what it examines (`a review of X's year end performance`,
    `an inspection of the county's SEND services` up to `in 2023`), which the bare noun alone (`a review`) does not
    name; None for a document with words of its own (`a government inspection`), a publisher (`by X`) or no `of` or
    `into`."""
    if head != 2 or len(words) < 4 or words[0] not in ("a", "an") or words[1] not in EXAMINING_NOUNS \
            or words[2] not in ("of", "into") or "by" in words:
        return None
    end = next((i for i in range(3, len(words)) if words[i] in _NAME_ENDS), len(words))
    return " ".join(raw[:end]).strip(" ,;:") if end > 3 else None


EXAMINING_NOUNS: frozenset[str] = frozenset(
    "inspection inspections review audit assessment evaluation examination investigation inquiry analysis".split())
"""Documents that examine what they are `of` (`an inspection of X`); `the annual report of X` is X's own."""
_ABOUT_RE = re.compile(r"\b(?:(?:%s)\s+(?:into|on|at|about)|(?:%s)\s+of)\s+(?:the\s+)?(?:[a-z][\w\-]*['\u2019]s\s+)?$"
                       % ("|".join(sorted(DOCUMENT_NOUNS)), "|".join(sorted(EXAMINING_NOUNS))))
"""A document's noun and the word that says what it is about, right before a name: `an inspection of `, `a review
of the county's `."""


def sentence_subject(ctx: Context, noun: str) -> str | None:
    """Return the body that opened the sentence before in this paragraph (`The company carried ... Its accounts`);
    never for an inspection (`Its last inspection rated it`: the inspectorate's, about the body)."""
    return ctx.subject[0] if ctx.subject is not None and ctx.subject[1] == ctx.block \
        and ctx.kinds.get(ctx.subject[0]) == "organisation" and noun not in INSPECTION_DOCUMENTS else None


def inspecting_subject(ctx: Context, noun: str) -> str | None:
    """Return the inspectorate that opened the sentence before (`The X Commission inspected Y in August. Its report
    rated the practice inadequate`) for an inspection's document `its` owns: never the body it inspected, named after
    it (wave 21b)."""
    return ctx.subject[0] if ctx.subject is not None and ctx.block - ctx.subject[1] <= 1 \
        and ctx.kinds.get(ctx.subject[0]) == "inspectorate" and noun in INSPECTION_DOCUMENTS else None


def people_subject(ctx: Context, words: list[str]) -> str | None:
    """Return the body whose people opened the sentence before in this paragraph (`The council's planning officers
    recommended approval. Their report said`) for a document `their` owns, else None."""
    return ctx.subject[0] if "their" in words and ctx.subject is not None and ctx.subject[1] == ctx.block \
        and ctx.subject[0] in ctx.people_of.values() else None


def _document_about(text: str, mention: Mention) -> bool:
    """Say whether a body is what a document is about (`an inspection of X`, `a review into X`, `a report on X`):
    the body inspected never publishes the document."""
    return _ABOUT_RE.search(text, max(0, mention.start - 40), mention.start) is not None


_RECEIVED_RE = re.compile(r"\b(?:presented|sent|submitted|given|delivered|handed|addressed|reported|made|written)"
                          r"\s+to\s+(?:the\s+|its\s+|their\s+)?$")
"""The words that make the name after them a document's recipient: `a report the police presented to the `."""


def received(text: str, mention: Mention) -> bool:
    """Say whether a body is who a document was given to (`a report presented to the City Council's committee`,
    `figures sent to the regulator`): the recipient never speaks for the document."""
    return _RECEIVED_RE.search(text, max(0, mention.start - 30), mention.start) is not None


_GIVER_RE = re.compile(r"\b(?:the|its|their)\s+([a-z]+)\s+(?:\w+\s+){0,2}?(?:had\s+|has\s+)?\w+\s+to\s+(?:the\s+|its\s+|their\s+)?$")
"""`the department presented to the `: the short reference to who gave a document, right before its recipient."""


def giver(text: str, start: int, recipient: Mention, ctx: Context) -> tuple[str, str]:
    """Resolve who gave a document to a named recipient (`a report the department presented to the City Council`):
    the one body the short reference means, else the text's words, unresolved; never the recipient."""
    found = _GIVER_RE.search(text, start, recipient.start)
    resolved = reference([found.group(1)], ctx) if found is not None else None
    if resolved is not None and resolved[1] != "unresolved":
        return resolved
    words = re.sub(r"\s+to\s+(?:the|its|their)?\s*$", "", " ".join(text[start:recipient.start].split()[-8:]))
    ctx.kinds.setdefault(words, "unresolved")
    return words, "unresolved"


ANNOUNCED_ACTS: frozenset[str] = load_words("announced_acts")
"""What a body announces and publishes figures with (`the budget`, `the allocations`, `the announcement`)."""
ANNOUNCED_ACT_LINKS: frozenset[str] = load_words("announced_act_links")
"""The preposition and determiner between such figures and the act (`alongside the`, `with its`)."""


def _released_with_act(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the body in focus for a bare document published with one of its acts (`figures published alongside the
    budget`, `figures released with the announcement`): the announcing body's figures; else None."""
    if len(words) != 5 or words[0] not in DOCUMENT_NOUNS or words[1] not in PUBLISHING_VERBS \
            or " ".join(words[2:4]) not in ANNOUNCED_ACT_LINKS or words[4] not in ANNOUNCED_ACTS:
        return None
    owner = ctx.focus_org()
    return (owner, ctx.kind_of(owner)) if owner else None


def _released_unowned(words: list[str]) -> tuple[str, str] | None:
    """Return a bare plural document a participle describes without naming its publisher (`figures released under
    freedom of information`), as the document itself; never the body in focus."""
    if len(words) < 3 or words[0] not in DOCUMENT_NOUNS or words[1] not in PUBLISHING_VERBS or "by" in words:
        return None
    return " ".join(words), "document"


def _system_document(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str]:
    """Return a public service's figures (`latest NHS figures`) as a document in the text's words, and make them what a
    later `the data` or `the figures` means (wave 20d)."""
    first = next((i for i, w in enumerate(words) if w not in DETERMINERS), 0)
    found = " ".join(raw[first:]), "document"
    ctx.kinds.setdefault(found[0], "document")
    for noun in (words[-1], *SAME_DATA.get(words[-1], ())):
        ctx.owners.setdefault(noun, found)
    return found


def body_modifier_document(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a new document whose capitalised modifier names its body (`a Harbour Police statement`, `an Ofwat
    report`): the one body registered under that name, else the name as a body; `a British report` names none."""
    if words[0] not in ("a", "an") or len(words) < 3:
        return None
    head = document_head(words)
    if len(head) < 3 or head[-1] not in DOCUMENT_NOUNS:
        return None
    modifiers = raw[1:len(head) - 1]
    if not all(w[:1].isupper() and w.isalpha() and w.lower() not in COMMON_NOUNS for w in modifiers):
        return None
    name = " ".join(modifiers)
    owners = [known for known in ctx.orgs if name in known.split() or name == known]
    owner = ctx.register_org_once(owners[0] if len(owners) == 1 else name, org_kind)
    ctx.owners[head[-1]] = (owner, ctx.kind_of(owner))
    return ctx.owners[head[-1]]


def modifier_body(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the body a document's modifier names by its head (`a council report`, `the caucus analysis` after `X
    Caucus`), else None."""
    for word in words[1:-1]:
        found = ctx.resolve_reference(word) if word.isalpha() else None
        if found is not None and same_head(head_noun(found), word):
            return found, ctx.kind_of(found)
    return None


_FINITE_WORDS: frozenset[str] = frozenset("has have had is are was were will would could did does".split())
"""Auxiliaries that make the words before a cue a clause with its own verb, never a document's name."""


def _described_document(words: list[str], ctx: Context) -> tuple[str, str]:
    """Resolve `a government progress report`: the body a modifier names (`a council report`), else the
    document in the text's words, never the body in focus."""
    found = modifier_body(words, ctx)
    if found is not None:
        return found
    found = namesake_owner(words[-1], ctx)
    if found is not None:
        ctx.owners[words[-1]] = found  # "a new study has found" and later "an Ashby Policy Institute study": the
        return found  # institute, and "The study noted" after it is its too (63d)
    ctx.owners[words[-1]] = (" ".join(words[1:]), "document")  # "The review found" is this review again
    return ctx.owners[words[-1]]


