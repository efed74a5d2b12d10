"""The word lists and patterns the speaker rules share: filler, determiners, common nouns, people groups, publishing
verbs."""
from __future__ import annotations

import re

from ..vocabulary import (
    ABBREVIATED_TITLES, any_script, BODY_PEOPLE, INITIAL_STOP, MINISTRY_REMIT, DOCUMENT_NOUNS, INSPECTORATE_HEADS, NOT_NAMES, ORG_HEADS, ORG_REFERENCES,
    OCCASION_OPENING_PARTICIPLES, PUBLISHER_PARTICIPLES, ROLES,
    LETTER, ROLE_WORDS, SENTENCE_STARTERS, UPPER, load_words, names_no_one,
)

FILLER_WORDS: frozenset[str] = frozenset(
    "also further now today tonight just has have had again previously recently this last week yesterday once then "
    "and but however meanwhile later earlier already too separately additionally since morning afternoon evening "
    "therefore thus subsequently accordingly ultimately"
    .split())
"""Words between a subject and its cue that say nothing about who speaks (wave 61f: `this morning`, `this evening`;
wave 62e: `therefore`, `thus`, `accordingly`)."""
OBLIGED_TO: list[str] = ["had", "to"]
"""`had to` right before a cue (`a charity has had to reveal`): an obligation that says nothing of who speaks."""
DETERMINERS: frozenset[str] = frozenset("the a an these those this its their his her our such my your".split())
CLAUSE_CUT_RE = re.compile(
    rf"[,;:\u2013\u2014\u2212\s](?:(?<=[,;:])(?=\s)|(?<=[\u2013\u2014\u2212])(?!(?<=[{LETTER}]\u2013)[{UPPER}])"
    r"|(?<=\s)-\s)")
"""`[,;:](?=\\s)|[\u2013\u2014\u2212]|\\s-\\s`: a comma, a dash or a spaced hyphen ending a clause, its first character
written first so that the engine skips fast to one; an en dash between a letter and a capital joins one name
(`Laois\u2013Offaly`, wave 25a) and cuts nothing; before a small letter (`the trust\u2013which`) it still cuts."""
TRAILING_PHRASE_RE = re.compile(r"\s+(?:in|on|at|during|to|via|through|at|when|after|before|this|last|on)\b.*$")
MAX_SUBJECT_WORDS = 12
MAX_CLAUSES = 3
"""How many comma-separated clauses before a cue may hold its subject (`X, who leads it, said`)."""
COMMON_NOUNS: frozenset[str] = NOT_NAMES | SENTENCE_STARTERS | ORG_REFERENCES | DOCUMENT_NOUNS | INSPECTORATE_HEADS
"""Capitalised words that are common nouns, never a body's bare name (`Grocer says`)."""
SKIPPABLE_STARTS: frozenset[str] = frozenset(
    "who which whose the a an its their his her our speaking writing published released issued commenting "
    "responding in on at for".split()) | OCCASION_OPENING_PARTICIPLES
"""First words of a clause between a subject and its cue that may be skipped (`X, who leads it, said`; every
participle of a speaking occasion, `X, replying to a question in the house, said`, wave 47f)."""
INSPECTION_DOCUMENTS: frozenset[str] = frozenset(
    "report findings inspection review letter audit assessment evaluation".split())
"""Documents that, with no owner named, are the inspectorate's when one is in the text."""
COMPANY_WORDS: frozenset[str] = frozenset(
    "company firm business retailer group operator utility supplier lender insurer chain grocer supermarket "
    "airline carrier manufacturer developer automaker carmaker housebuilder brewer miner producer".split())
"""References that mean a company, never the regulator beside it."""
GENERIC_REFERENCES: frozenset[str] = frozenset("organisation organization body employer provider board system network".split())
"""References that fit any body, so they mean the body in focus; `the department`, `the trust` need a body of that head."""
OVERSEEN_REFERENCES: frozenset[str] = frozenset("provider employer".split())
"""Generic references to a party an inspectorate or ombudsman oversees: never that inspectorate (`The Ombudsman found
... The Provider says`, wave 21a)."""
HEAD_SYNONYMS: dict[str, frozenset[str]] = {
    "force": frozenset({"police", "constabulary", "garda", "síochána"}),
    "club": frozenset({"athletic", "united", "rovers", "wanderers", "albion", "rangers", "fc", "afc", "rfc", "town",
                       "city"}),
    "authority": frozenset({"council"}),
    "council": frozenset({"borough"}),
    "agency": frozenset({"office", "executive", "service", "commission", "authority", "bureau", "directorate"}),
    "tank": frozenset({"institute", "foundation", "centre", "center", "forum", "trust", "unit", "exchange"}),
    "co-op": frozenset({"cooperative", "co-operative", "coop"}),
    "landlord": frozenset({"homes", "housing", "living", "estates", "properties", "lettings", "association"}),
    "charity": frozenset({"trust", "foundation", "society", "appeal"}),
    "association": frozenset({"homes", "housing"}),
    "trust": frozenset({"service"}),
    "practice": frozenset({"surgery", "care"}),
    "panel": frozenset({"committee", "commission", "tribunal"}),
    "department": frozenset({"ministry"}),
    "lab": frozenset({"laboratory", "laboratories"})}
"""Heads a reference matches besides its own (`the force` is a police body, `the club` a football club, `the agency`
a state office, executive, service, commission or authority (`the X Transit Authority ... the agency said`), `the
landlord` a housing body (`X Homes`, `X Living`, a housing association), `the association` a housing body, `the
trust` an NHS service, `the think tank` an institute, a foundation or a centre, `the co-op` a cooperative, `the agency`
also a bureau or a directorate (wave 21b), `the practice` a surgery or a dental care, `the panel` a committee, commission or tribunal
(`the Committee on Infractions ... the panel said`, wave 19b), `the council` a borough (`Borough of X`, `X Borough`,
wave 25e), `the department` a ministry (`The Ministry of Transport ... the department said`, wave 48g); a staff
association is `the union` by `body_traits.common_names`)."""
KIND_ONLY_REFERENCES: frozenset[str] = frozenset({"force"})
"""References that name one kind of body so closely that only a body whose name says it is meant (`the force`,
`police said`: a name with `Police`, `Constabulary`, `Garda` or `Force`), never the only body the text named (41c)."""
INNER_WORD_REFERENCES: frozenset[str] = frozenset({"police"})
"""References that mean a body whose name holds the word anywhere, whatever its head (`the police` for `X Police
Force`, `X Police Service`, `X Police Department`, `Police Service of X`; wave 47f)."""
POST_OPENERS: frozenset[str] = frozenset("the its their".split())
"""Words that may open a post or title held in a body, used as a subject (`The chief executive of X`, `The General
Secretary of X`): one list for `body_titles` and `held_posts` (wave 52g: each had its own copy)."""
LEADING_POSTS: frozenset[str] = load_words("leading_posts")
"""Posts that stand for whoever leads a body (`the head of X`), whatever the holder's own post: one list for
`held_posts`, `lead_people` and `person_traits`."""
MAX_POST_WORDS = 4
"""A post's words: `interim chief executive`, `new managing director` (`held_posts`, `lead_people`)."""
PEOPLE_GROUPS: frozenset[str] = load_words("people_groups")
"""Plural nouns for people that are no one party (`Analysts said`, `Neighbours said`)."""
PUBLIC_GROUPS: frozenset[str] = frozenset(
    "supporters fans residents patients parents passengers customers tenants pupils students commuters families "
    "neighbours users".split())
"""People around a body who never speak for it: `Fans of the club said` is the fans'."""
PUBLISHING_VERBS: frozenset[str] = frozenset("released published issued compiled produced commissioned".split())
"""Participles by which a document came out or was ordered (`Figures for March, published last month,`, `a survey
commissioned by X`): a clause opening on one describes the document. Not `PUBLISHER_PARTICIPLES`, on purpose:
`commissioned` in, `prepared` out (one of `AUTHORING_VERBS`)."""
AUTHORING_VERBS: frozenset[str] = frozenset("prepared drawn written authored".split())
"""Participles of a document's writing (`The audit report, prepared by X,`, `a plan drawn up by X`): the body after
`by` wrote it and speaks for it, never an aside; a survey `carried out by` a polling firm stays the commissioning
body's (wave 20b)."""
"""Participles whose agent is a document's publisher (`The figures, released by X, show`): X speaks."""
NOT_PARTIES: frozenset[str] = frozenset(
    "local former senior veteran opposition backbench constituency new retiring outgoing ex sitting area".split())
"""Words before a member's role that describe the member, not a party (`Local MP Jo Roe`)."""
PARTY_ROLES: frozenset[str] = frozenset("mp mps msp mla td cllr councillor mep senator".split())
"""Roles of elected members, whose party a text names before them (`Green Future MLA Jo Roe`)."""
TITLE_WORDS: dict[str, str] = ABBREVIATED_TITLES
"""A title written short (`gov`, `supt`) and its role word (`governor`, `superintendent`)."""
HONORIFIC_PRONOUNS: dict[str, str] = {word: pronoun
                                      for word, pronoun in (entry.split() for entry in load_words("honorific_pronouns"))}
"""Honorifics before a surname and the pronoun each gives (`Mr Hale` is `he`; wave 40g: a data file, no longer a literal)."""
MEMBER_LETTERS: frozenset[str] = load_words("member_letters")
"""Role letters of an elected member (`MP`, `MSP`, `AM`, `TD`), matched only when written in capitals."""
QUANTIFIERS: frozenset[str] = frozenset("each every all some many most several both no few".split())
"""Words that open a subject of many parties (`Each supplier reported`): nobody's claim."""
PLACE_PREPOSITIONS: frozenset[str] = frozenset("in on at from under with within".split())
"""Words before a document that make it a place, not a subject (`In a statement, the city said`)."""
NOT_COMPANIES: frozenset[str] = frozenset("charity union campaigners campaign association society council trust wire"
                                           .split())
"""Nouns a text calls a body that make it no company: `the firm` never means a charity or a campaign group."""
REFERENCE_WORDS: frozenset[str] = ORG_REFERENCES | INSPECTORATE_HEADS | frozenset({"regulator", "watchdog"})
BODY_NOUNS: frozenset[str] = (REFERENCE_WORDS | ORG_HEADS) - PEOPLE_GROUPS - ROLES
"""Common nouns that say the name before them is a body's (`the union`, `the bank`, `the charity`)."""


def names_no_party(word: str) -> bool:
    """Say whether a capitalised word opening a sentence names no party of its own: a common word or a sentence opener
    (`Yesterday`), a reference or a body's head (`Council`, `Regulator`), a role (`Coroner`)."""
    folded = word.lower()
    return names_no_one(folded) or folded in REFERENCE_WORDS or folded in ORG_HEADS or folded in ROLE_WORDS \
        or folded in ROLES


PUBLISHED_NOUNS: tuple[str, ...] = tuple(
    "figures data report statistics survey review study findings results audit inquiry analysis research".split())
"""Kinds of document whose publisher the text may give with `by` (`The figures, published by X,`)."""
PUBLISHED_BY_RE = any_script(re.compile(
    r"\b(?P<noun>%s|(?:%s)(?![ \t]*,?[ \t]+by\b))\b(?:(?:(?!\b(?:%s)s?\b)[^.;]){0,40}?"
    % ("|".join(PUBLISHED_NOUNS), "|".join(w.capitalize() for w in PUBLISHED_NOUNS), "|".join(PUBLISHED_NOUNS)) +
    r"\b(?:published|released|issued|compiled|produced|led|chaired|written|authored|prepared"
    r"|drawn[ \t]+up)"
    r"(?:\s+[A-Za-z]+){0,2}?|,)?\s+by\s+(?P<org>(?:%s|%s|[^,.;]){2,80})" % (INITIAL_STOP, MINISTRY_REMIT)))
"""`The figures, published by the NHS Performance Office,`, `Statistics published on Thursday by X show` (a sentence
opening on the noun, wave 24d; never across another such noun in lower case, whose participle it is: `the report,
of the 900 reports produced by X`, wave 54p; never a byline's bare `Analysis by Jo Roe`; a ministry's remit read whole,
wave 31c): who publishes a kind of document in this text."""
PUBLISHED_ACTIVE_RE = any_script(re.compile(
    r"(?P<org>[A-Z][\w&'\u2019\-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)?[A-Z][\w&'\u2019\-]*){0,5})"
    r"(?:[ \t]+\([A-Z][A-Za-z]{1,7}\))?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:today[ \t]+)?(?:published|released|issued)[ \t]+"
    r"(?:its|their|a|an|the)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,3}?(?P<noun>%s)\b" % "|".join(sorted(DOCUMENT_NOUNS))))
"""`The Rivers Agency published its annual report`, `The X Agency (XA) has today published its latest projections`: who
publishes a kind of document, in the active voice."""
NAME_RUN = r"(?!The[ \t])[A-Z][\w&\-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w&\-]*)*"
"""A capitalised name on one line, its words joined by `of`, `for`, `and`, `&` (`Kelby Health Trust`, `Office for
Roads and Rail`); `The` before it is no word of it (waves 63f and 64f: a study's maker, a held thing's holder)."""
OWNER_RUN = r"[A-Z][\w&\-]*(?:[ \t]+(?:of|and|for|[A-Z][\w&\-]*)){0,6}"
"""A capitalised owner before its possessive, up to seven words, `of`, `and`, `for` among them (`Harrow Council`,
`Guild of Valuers`): a document's owner (`earlier_documents`, `attribution/document_makers`; wave 65x)."""

UNNAMED_PUBLISHER_RE = any_script(re.compile(r"the\s+(?:[a-z]+\s+){0,3}[a-z]+(?=\s+(?:on|in|last|this|at)\b|\s*$)"))
"""A publisher the text does not name (`by the state auditor general`): a lower-case noun phrase."""


AUTHORING_RE = re.compile(r"\b(?:led|chaired|written|authored)\b")


CLAUSE_OPENERS: frozenset[str] = frozenset("as while whilst since when after because and but although though".split())
"""Words that open the clause a document's name stands in (`as new figures show`): not part of the name."""
SAME_DATA: dict[str, tuple[str, ...]] = {
    "figures": ("statistics", "data"), "statistics": ("figures", "data"), "data": ("figures", "statistics"),
    "research": ("analysis", "study"), "analysis": ("research", "study"), "study": ("research", "analysis"),
    "documents": ("records",), "records": ("documents",)}
"""Names a text gives the same numbers or work: `The statistics were published by X` makes `new figures show` X's,
`research by X found` makes `an analysis of 600 complaints found` X's; `records compiled by X` make `The documents
show` X's (wave 19b)."""
SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\"'\u201c\u2018])")
"""The end of a sentence and the space before the next one, which may open on a quotation mark."""


def sentence_starts(text: str, begin: int, end: int) -> list[int]:
    """Return where each sentence of text[begin:end] starts."""
    return [begin] + [match.end() for match in SENTENCE_END_RE.finditer(text, begin, end)]
