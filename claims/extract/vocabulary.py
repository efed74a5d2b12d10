"""The extractor's word lists, read once from the data files shipped in `claims/extract/data/`.

Each file holds one entry a line; lines starting with `#` describe the file. Title words come from the
`nameparser` package's own list (shipped inside it), joined with the roles news texts use.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from importlib import resources

from nameparser.config import CONSTANTS


def load_words(name: str) -> frozenset[str]:
    """Return the entries of one data file, lower case, comments and blank lines left out."""
    text = resources.files(__package__).joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#")


SINGULAR_POSSESSIVES: tuple[str, ...] = ("'s", "\u2019s")
"""How a singular possessive ends, straight or curly (`Acme's`, `Acme\u2019s`): an `endswith` test."""
POSSESSIVE_ENDINGS: tuple[str, ...] = (*SINGULAR_POSSESSIVES, "s'", "s\u2019")
"""How any possessive ends, a plural's too (`Acme's`, `Wales'`, `members\u2019`)."""


def without_possessive(word: str) -> str:
    """Return a word or name without its possessive ending, straight or curly (`Acme's` -> `Acme`)."""
    return word.removesuffix("'s").removesuffix("\u2019s")


def names_no_one(word: str) -> bool:
    """Say whether a capitalised word is a common one that names no party or opens a sentence (`The`, `March`)."""
    folded = word.lower()
    return folded in NOT_NAMES or folded in SENTENCE_STARTERS


def verb_alternation(words: frozenset[str]) -> str:
    """Return a regex alternation of phrases, longest first, spaces matching any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def initial_alternation(alternatives: list[str]) -> str:
    """Return regex source matching just what `\\b(?:a|b|...)` matches, but fast: alternatives grouped by first letter."""
    # Python's engine skips ahead only to a pattern's possible first letters, which a leading `\b` hides; so each
    # group opens with its letter and checks the boundary behind it (`s(?<=\bs)(?:aid|ays)`). Order is kept within
    # a group, and alternatives with different first letters never match at one place: the matches are the same.
    groups = _by_first_letter(alternatives)
    return "(?:" + "|".join(rf"{letter}(?<=\b{letter})(?:{'|'.join(rest)})" for letter, rest in groups.items()) + ")"


CASELESS_FORMS: dict[str, str] = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""Characters beside its two cases that Python's engine takes for a plain letter under IGNORECASE (`\u212a`, the
Kelvin sign, for `k`): a letter's every form, so that a pattern opening on them finds what `(?i:k...)` finds."""


def is_word_character(character: str) -> bool:
    """Say whether a character is one the pattern engine's `\\w` matches: a letter or digit of any script, or `_`."""
    return character.isalnum() or character == "_"


def word_search(word_sets: list[tuple[frozenset[str], bool, bool]]) -> str:
    """Return regex source finding somewhere in a text what any of `\\b(?:w|...)\\b` (bounded) or `(?:w|...)` finds,
    under IGNORECASE when caseless, for each (words, caseless, bounded): one alternative per first letter's form, so
    that the engine skips ahead to those letters (whether a match exists is the same; which match is found first may
    differ, so only `search(...) is not None` is to be read)."""
    groups: dict[tuple[str, bool], list[str]] = {}
    for words, caseless, bounded in word_sets:
        for word in sorted(words):
            if not "a" <= word[:1] <= "z":
                raise ValueError(f"a word must open with a plain lower-case letter: {word!r}")
            tail = re.escape(word[1:]).replace(r"\ ", r"\s+") + (r"\b" if bounded else "")
            forms = word[0] + word[0].upper() + CASELESS_FORMS.get(word[0], "") if caseless else word[0]
            for form in forms:
                groups.setdefault((form, bounded), []).append(f"(?i:{tail})" if caseless else tail)
    return "|".join(form + (rf"(?<=\b{form})" if bounded else "") + f"(?:{'|'.join(tails)})"
                    for (form, bounded), tails in groups.items())


def boundary_alternation(alternatives: list[str]) -> str:
    """Return regex source matching just what `\\b(?:a|b|...)` matches, for words that open with many different
    letters (the cue verbs): the boundary first, then one group per first letter."""
    # When the first letters are most of the alphabet, skipping ahead to one of them skips almost nothing, and
    # `initial_alternation` then pays a look-behind at nearly every letter of a text; the boundary, tested first,
    # fails at once inside a word (about a third less time on the cue patterns). The matches are the same.
    # Within a letter's group the alternatives are factored again by their next letters (`_letter_trie`), so that a
    # word is dropped after a letter or two, not tried against each of the group's dozens of alternatives (the pattern
    # is case-sensitive: under IGNORECASE `a` and `A` would meet at one place, and the grouping could change a match).
    groups = _by_first_letter(alternatives)
    return r"\b(?:" + "|".join(f"{letter}(?:{_letter_trie(rest)})" for letter, rest in groups.items()) + ")"


_QUANTIFIER_SIGNS = ("?", "*", "+", "{")
"""What makes the character before it no plain one-character step of a pattern (`s?`, `e{2}`)."""


def _letter_trie(alternatives: list[str]) -> str:
    """Return regex source matching just what `a|b|...` matches (case-sensitive alternatives, in order), with the
    plain letters they open on factored out: `aid|ays|dd` as `a(?:id|ys)|dd`. Alternatives opening on different
    letters never match at one place, so grouping them by that letter (order kept within a group, and around each
    alternative that opens otherwise) changes no match."""
    parts: list[str] = []
    run: dict[str, list[str]] = {}  # the alternatives since the last that opens otherwise, by their first letter
    for alternative in alternatives:
        if _opens_on_letter(alternative):
            run.setdefault(alternative[0], []).append(alternative[1:])
        else:
            parts += _letter_groups(run) + [alternative]
            run = {}
    return "|".join(parts + _letter_groups(run))


def _letter_groups(run: dict[str, list[str]]) -> list[str]:
    """Return each letter of a run of alternatives followed by what its alternatives go on with, factored again."""
    return [letter + (rests[0] if len(rests) == 1 else f"(?:{_letter_trie(rests)})") for letter, rests in run.items()]


def _opens_on_letter(alternative: str) -> bool:
    """Say whether an alternative opens on a plain letter matched once, and holds no alternation of its own (`a|b`
    outside a group would cut across any group it were put in)."""
    return alternative[:1].isalpha() and alternative[1:2] not in _QUANTIFIER_SIGNS \
        and not ("|" in alternative and _holds_top_level_bar(alternative))  # the cheap test first


def _holds_top_level_bar(source: str) -> bool:
    """Say whether regex source holds a `|` outside every group and character class."""
    depth, at = 0, 0
    while at < len(source):
        if source[at] == "\\":
            at += 1  # the escaped character is no syntax
        elif source[at] == "[":
            at = _class_end(source, at)
        elif source[at] in "()":
            depth += 1 if source[at] == "(" else -1
        elif source[at] == "|" and depth == 0:
            return True
        at += 1
    return False


def _class_end(source: str, start: int) -> int:
    """Return where the character class opened at `start` closes (a `]` first in it, after any `^`, is a member)."""
    at = start + 1 + source.startswith("^", start + 1)
    at += source.startswith("]", at)
    while at < len(source) and source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    return at


def _by_first_letter(alternatives: list[str]) -> dict[str, list[str]]:
    """Group alternatives by their first letter, in order, each without it; refuse one opening with no plain letter."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalpha():
            raise ValueError(f"an alternative must open with a plain letter: {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return groups


FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s)\b")
"""A speaker's own voice: `I`, `we`, `our`, `my`, `us`, capitalised or not (`I've`, `we're`: the word before the
apostrophe is a word of its own); a paragraph holding one speaks for itself."""
SUBJECT_PRONOUNS = load_words("subject_pronouns")
"""Personal pronouns that are a clause's subject (`i`, `we`, `you`, `he`, `she`, `it`, `they`): the one shared set
(wave 27a); the rules that need fewer or more read the named subsets and additions below."""
PERSON_PRONOUNS = frozenset({"he", "she"})
"""Subject pronouns that stand for a person."""
PARTY_PRONOUNS = frozenset({"it", "they"})
"""Subject pronouns that stand for a party of any other kind (an organisation, an inspectorate, a document)."""
OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she", "them": "they"}
"""Object pronouns a source may be written as alone (`According to him,`, wave 52f), each with its subject form."""
SPEAKER_PRONOUNS = PERSON_PRONOUNS | PARTY_PRONOUNS | frozenset({"we"})
"""Subject pronouns reported speech uses for its speaker: never `i` or `you`, the writer and the reader."""
ARTICLES = frozenset({"a", "an", "the"})
"""The articles: what opens a noun phrase without saying whose it is."""
POSSESSIVE_PRONOUNS = frozenset({"my", "our", "your", "his", "her", "its", "their"})
"""Possessive determiners: a party already named, or the writer's or reader's own, never a new source."""
CLAUSE_SUBJECTS = SUBJECT_PRONOUNS | frozenset({"there"})
"""Words that open a clause as its subject: a subject pronoun or an existential `there` (`finding there were`)."""
PRESS_ROLES = load_words("press_roles")
"""Posts of the press (`editor`, `correspondent`): a name after one is a reporter's (interviews, bylines)."""
CUE_VERBS = load_words("cue_verbs")
"""Reporting verbs: `said`, `admitted`, `forecast`, `shows`."""
SPEECH_VERBS = load_words("speech_verbs")
"""Reporting verbs next to a quotation: `"...," she stated.`, `He went on: "..."`."""


_ES_ENDINGS = ("sses", "shes", "ches", "xes", "zzes", "oes")
"""Endings whose `-es` the base form drops (`stresses`, `pushes`, `reaches`, `fixes`, `buzzes`, `goes`); any other
`-s` goes alone (`emphasizes`, `notes`)."""


def present_base(present: str) -> str:
    """Return the base form of a third-person present phrase (`says` say, `stresses` stress, `replies` reply, `goes
    on` go on, `pushes` push, `reaches` reach, `fixes` fix; `emphasizes` emphasize)."""
    first, *rest = present.split(" ")
    cut = first[:-3] + "y" if first.endswith("ies") else first[:-2] if first.endswith(_ES_ENDINGS) else first[:-1]
    return " ".join([cut, *rest])


SPEECH_BASES = frozenset(present_base(verb) for verb in SPEECH_VERBS if verb.split(" ")[0].endswith("s")) \
    | frozenset({"respond", "answer", "reiterate", "make clear"})
"""The base forms of the speech verbs (`say`, `add`, `point out`), read after `to` (`She went on to say: "..."`)."""
QUOTING_VERBS = SPEECH_VERBS | frozenset({"told"})
"""The speech verbs and `told`, which reports a quotation to someone (`"...," she told MPs.`): the verbs of a report
that a quotation may go on from."""
CONCLUDING_VERBS = frozenset({"concludes", "concluded"})
"""A finding verb that also reports a quotation next to it like speech (`"...," the report concluded.`)."""
ISSUER_CUE = "issued the release"
"""The cue of a release's own paragraphs, given to its issuer (`attribution/issuer`; read by `speakers/issuer_boards`
and the confidence buckets)."""
INVERTED_VERBS = load_words("inverted_verbs")
"""Reporting verbs that may stand before their speaker: `Fares rose, stated Provost Jo Roe.`"""
RECORDED_DATA_HEADS: frozenset[str] = load_words("recorded_data_heads")
"""Data a body records and gives out (`figures`, `data`, `statistics`; `data/recorded_data_heads.txt`)."""
CLAUSE_ADJUNCT_OPENERS = load_words("clause_adjunct_openers")
"""Words that open an adjunct finishing a claim after a source set off mid-sentence (`, after the council cut`)."""
OBJECT_VERBS = load_words("object_verbs")
"""Cue verbs whose object is part of the claim: `rated the ward good` keeps `rated`."""
TAKING_VERBS = load_words("taking_verbs")
"""Cue verbs that open a list item's act, not its words (`- the X Party accepted £5.2m`, wave 40i)."""
CONTINUING_LEAD_INS = load_words("continuing_lead_ins")
"""Lead-ins that only continue the sentence before them (`Of these:`, `For example:`; wave 43c)."""
DOCUMENT_NOUNS = load_words("document_nouns")
"""What an organisation publishes: `report`, `figures`, `statement`."""
DOCUMENT_ADJECTIVES = load_words("document_adjectives")
"""Words before a document's noun that say when or how it was made (`annual`, `final`, `interim`)."""
ORDERING_PARTICIPLES: frozenset[str] = load_words("ordering_participles")
"""Participles that say who paid for or asked for a document, never who wrote it (`funded`, `commissioned`)."""
INSPECTORATE_HEADS = load_words("inspectorate_heads")
"""Heads and references that make an organisation an inspectorate or regulator."""
ORG_REFERENCES = load_words("org_references")
"""Nouns that refer back to an organisation: `the firm`, `the retailer`."""
LEGAL_FORMS = load_words("legal_forms")
"""Last words of a company's legal name (`Ltd`, `Limited`, `plc`, `GmbH`), in lower case without a full stop: the one
list every reader of a legal form shares (wave 28h)."""
ORG_HEADS = load_words("org_heads") | LEGAL_FORMS
"""Last words that make a capitalised name an organisation's."""
CAPITALISED_HEADS = load_words("capitalised_heads")
"""Last words that make a capitalised name of two words or more a body's only when capitalised inside it (`Pay
Review Body`, `Kelso Water Utility`), never a reference's head on their own (`the body said`, wave 50g)."""
DESCRIBED_PEOPLE = load_words("described_people")
"""People a report names by what they are (`the tenant said`, `a mother of two`): role words, but no post."""
NATIONALITIES: frozenset[str] = load_words("nationalities")
"""Nationalities that `not_names` does not hold (`Malaysian`, `Kenyan`), in lower case."""
NATIONALITY_ADJECTIVES: frozenset[str] = load_words("nationality_adjectives")
"""Adjectives of a nationality that qualify an acronym or a maker's name (`data/nationality_adjectives.txt`)."""
ROLE_WORDS = load_words("roles")
"""The roles news texts put before a name (`chief`, `executive`, `deputy`, `head`), without the honorific lists."""
ROLES = (ROLE_WORDS | DESCRIBED_PEOPLE | frozenset(t.strip().lower() for t in CONSTANTS.titles if t.strip().isalpha())) \
    - (ORG_HEADS - {"executive"})
"""Titles, honorifics and roles that stand before a name: `Chief Executive`, `Dr`, `Cllr` (never `Police`)."""
TITLE_QUALIFIERS = load_words("title_qualifiers")
POST_ADJECTIVES = load_words("post_adjectives")
"""Adjectives that open a post's title and are no role (`Parliamentary Commissioner for Standards Jo Roe`)."""
"""Words of `ROLES` that name no person on their own: a title's qualifiers, fields and objects (`foreign`, `banner`)."""
STANDALONE_ROLES = ROLES - TITLE_QUALIFIERS
"""Roles that are a person on their own (`director`, `nurse`), not only a word of a title (wave 30: `A banner read`)."""
HONORIFICS = load_words("honorifics")
"""Titles that make the single name after them a person's: `Mr Key` (wave 35f: a data file, no longer a literal)."""
DOTTED_TITLES = load_words("dotted_titles")
"""Titles, styles and ranks written short with a full stop before a name (`Hon.`, `Brig.`, `Engr.`; wave 48f)."""
ABBREVIATED_TITLES: dict[str, str] = {short: full for short, full in (e.split() for e in load_words("abbreviated_titles"))}
"""A title written short (`gov`, `sen`, `supt`) and its role word in full (`governor`, `senator`, `superintendent`)."""
ADDRESS_STYLES = load_words("address_styles")
"""Styles before a name that name no post (`the Honourable`): never part of a post holder's name."""
HONORIFIC_BEFORE_RE = re.compile(r"%s\.?[ \t]+$" % initial_alternation(sorted(h.capitalize() for h in HONORIFICS)))
"""One of `HONORIFICS` right before a surname (`Mr `, `Dr. `, `Dame `): the name after it is a person's."""
BYLINE_RE = re.compile(r"[Bb][Yy]:?[ \t]+[A-Z]")
"""How a byline opens its line (`By Jo Roe, Local News Service`, `by Jo Roe`, `BY JO ROE`, `By: Jo Roe`, 41g): the article's writer,
never a party in it (matched where a line or block starts; wave 28a: one pattern where four modules had their own)."""
DATE_LINE_RE = re.compile(r"(?i:published|updated|posted)\b")
"""How a line that dates the text opens (`Published 4 May 2026`, `Updated 09:40`, `Posted on Friday`): when the text
came out, never a party in it nor the person whose claims it sets out (wave 29: one pattern where `claim_labels` and
`byline_credits` had their own, the first without `posted`)."""
VOICE_ROLES = load_words("voice_roles")
"""Roles through which an organisation itself speaks: `a spokeswoman for the trust`."""
VOICE_ROLE_RE = re.compile("|".join(re.escape(role) for role in sorted(VOICE_ROLES)))
"""Finds any of `VOICE_ROLES` inside some words in one scan (`any(role in words for role in VOICE_ROLES)`)."""
AUXILIARIES: frozenset[str] = frozenset("is are was were has have had been be being".split())
"""The forms of `be` and `have` that go with a participle: `was rated`, `has found`, `were seized`."""
PASSIVE_AUXILIARIES: frozenset[str] = load_words("passive_auxiliaries")
"""The forms of `be` that make a participle after them passive (`was ordered`, `has been fined`; `AUXILIARIES` without
`have`; `data/passive_auxiliaries.txt`): one list for the cue words and the sanctions (wave 52g)."""
COMMISSIONING_ASIDES: tuple[str, ...] = tuple(sorted(load_words("commissioning_asides")))
"""The words an aside naming whom a piece of work was done for opens on (`commissioned by`, `carried out for`)."""
WEEKDAYS = load_words("weekdays")
"""The days of the week, lower case (`monday`): one list for every rule that reads a day (wave 35f)."""
MODAL_VERBS: frozenset[str] = frozenset("will would may might could can should must shall".split())
"""The modal verbs of English (`will`, `may`, `must`): one list for the rules that read one (wave 46)."""
MONTHS = load_words("months")
"""The months of the year, lower case (`march`): one list for every rule that reads a month (wave 35f)."""
MONTH = "(?:%s)" % "|".join(sorted((month.capitalize() for month in MONTHS), key=lambda month: (-len(month), month)))
"""A month's name, capitalised, as regex source (`March`, `May`; never `may`, `Sept`)."""
MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
"""A month shortened on a date line (`Mar 25, 2020`), as regex source."""
WRITTEN_MONTH = rf"(?:{MONTH}|{MONTH_ABBREVIATION})"
"""A month on a date, written out or shortened (`March`, `Mar`), as regex source: one for `release` and `datelines`."""
NOT_NAMES = load_words("not_names") | WEEKDAYS | MONTHS
"""Capitalised words that never name a speaker: sentence starters, months, festivals, nationalities."""
SENTENCE_STARTERS = load_words("sentence_starters")
"""Capitalised words that start a sentence or a run but never an organisation's name: `However`, `While`."""
POST_NOMINALS = load_words("post_nominals")
"""Letters written after a name that never make it an organisation's: `MP`, `QC`, `OBE`."""
DOTTED_DEGREES = load_words("dotted_degrees")
"""Degrees written with full stops in mixed case after a name (`ph.d` for `Ph.D.`, `ed.d`), no final stop (wave 49e)."""
LEAD_SHORT_WORDS = load_words("lead_short_words")
"""Common short words a news lead set in capitals may hold (`THE`, `HAS`): any other short word there is an acronym."""
REGULATOR_HEADS = load_words("regulator_heads")
"""Heads of the bodies a text may call `the regulator` or `the watchdog`: commission, authority, agency."""
RELEASE_MARKERS = load_words("release_markers")
"""Opening lines that make a text its issuer's own release (`Press release`, `Trading update`)."""
RELEASE_ENDS = load_words("release_ends")
"""Lines after which a release's own text ends: `ENDS`, `Notes to editors`, `Enquiries`."""
RELEASE_ANNOUNCING_VERBS = load_words("release_announcing_verbs")
"""How a release's lead tells the issuer's own news after `today` (`X today announced`, wave 57b)."""
RELEASE_PLEASED_WORDS = load_words("release_pleased_words")
"""How an issuer says it is glad to tell its news (`is pleased to announce`, wave 57b)."""
NEWSROOM_SECTIONS = load_words("newsroom_sections")
"""A page's own news section named alone at its top (`Latest news`, wave 57b)."""
ACHIEVEMENT_PARTICIPLES = load_words("achievement_participles")
"""Participles that add a new achievement after a complete clause: `embedding`, `securing`."""
IRREGULAR_PAST = load_words("irregular_past")
"""Past tenses without -ed that start a new clause after `and`: `cut`, `won`, `built`."""
IRREGULAR_PARTICIPLES = load_words("irregular_participles")
"""Past participles not in `-ed` (`held`, `seen`, `undertaken`)."""
SENDING_PARTICIPLES = load_words("sending_participles")
"""Participles of sending (`sent`, `addressed`): where a document went tells it apart, its words stay whole."""
PREPOSITIONS = load_words("prepositions")
"""Prepositions (`during`, `since`, `for`): read once here for every rule that asks whether a word is one."""
PAST_ED_RE = re.compile(r"[a-z]{2,}ed")
"""A verb in the past in `-ed`, written in lower case (`recommended`, `replied`); the others are `IRREGULAR_PAST`."""
SHORTEST_ED_FORM = 5
"""The fewest characters of a word that `is_ed_form` reads as a verb in `-ed` unless told otherwise: `voted`, never
`used`, `shed` or `bred` (4 lets `used` in, never `red`)."""


def is_ed_form(word: str, shortest: int = SHORTEST_ED_FORM) -> bool:
    """Say whether a word may be a regular past or participle by its form: it ends in `-ed` and has at least shortest
    characters (`voted`, `presented`); the one guess of its kind, each caller adding its own checks of case."""
    return len(word) >= shortest and word.endswith("ed")


def is_past_form(word: str, shortest: int = SHORTEST_ED_FORM) -> bool:
    """Say whether a word may be a verb's past: an irregular one (`took`, `cut`) or `is_ed_form` (`voted`)."""
    return word in IRREGULAR_PAST or is_ed_form(word, shortest)


def is_plain_past(word: str) -> bool:
    """Say whether a word is a verb's past written in plain lower-case letters: irregular (`took`) or `PAST_ED_RE`
    (`answered`, `used`; never `Used`)."""
    return word in IRREGULAR_PAST or PAST_ED_RE.fullmatch(word) is not None


OCCASION_OPENING_PARTICIPLES = load_words("occasion_opening_participles")
"""Participles that open the occasion of what a sentence's speaker says (`Responding`, `Commenting`, `Speaking`)."""
OCCASION_OPENING_PREPOSITIONS = load_words("occasion_opening_prepositions")
"""Prepositions after an occasion's participle (`to`, `on`, `about`, `after`)."""


def occasion_source(participles: frozenset[str] = OCCASION_OPENING_PARTICIPLES,
                    prepositions: frozenset[str] = OCCASION_OPENING_PREPOSITIONS) -> str:
    """Return regex source for an occasion's capitalised participle, white space and preposition (`Responding to`)."""
    return r"(?:%s)\s+(?:%s)" % ("|".join(sorted(w.capitalize() for w in participles)), "|".join(sorted(prepositions)))


ABBREVIATIONS = load_words("abbreviations")
"""Words that end with a full stop without ending a sentence."""

OUTLET_HEADS = load_words("outlet_heads")
"""Last words of a newspaper's name: `Herald:` labels the paper's question; `the paper` is the Herald."""
OUTLET_NOUNS = load_words("outlet_nouns")
"""Words ending an outlet's name besides its heads (`data/outlet_nouns.txt`: `newspaper`, `website`, `mail`)."""
PUBLIC_HEADS = load_words("public_heads")
"""Heads of public bodies' names: a council or a police force is never `the company`."""
PLACE_WORDS = load_words("place_words")
"""Last words of places' names: `Great Britain`, `Cedar Bend` are no person."""
RULE_WORDS = load_words("rule_words")
"""Last words of the names of rules and schemes: `Home Standard`, `Housing Act` are no person."""
CASE_NOUNS = load_words("case_nouns")
"""A case or an inquiry that may speak: `the lawsuit states`, `the investigation found`."""
VIEW_NOUNS = load_words("view_nouns")
"""Nouns of a stated judgement: `The agency's assessment is that ...` is the agency's claim."""
REGULATING_WORDS = load_words("regulating_words")
"""Words that make a commission or an authority a regulator: `Food Standards Authority`, `Care Quality Commission`."""
FURNITURE_LABELS = load_words("furniture_labels")
"""Labels of a page's furniture (`Image caption:`, `Tags:`, `Read more:`): the paragraph is nobody's claim."""
BODY_PEOPLE = load_words("body_people")
"""A body's own people at work or in charge: `Investigators seized:` in its release is the issuer's lead-in,
`Airport officials said` the airport's (the speakers' words read this one set too, wave 52a)."""


BODY_ROLES = load_words("body_roles")
"""Posts only a body has (`chief executive`, `chair`, `trustees`): a name they are the possessor of is a body's."""
REGION_WORDS = load_words("region_words")
"""Words that may end a body's name to say which region it serves: `Arts Board North`."""


NAME_PARTICLES = load_words("name_particles")
"""Lower-case particles inside a name: `van`, `da`, `de` (`Maria da Costa` is one name)."""
GAELIC_PARTICLES = load_words("gaelic_particles")
"""Words opening a Gaelic family name that an article or a mutated word may follow: `Ó` of `Ó hEochaidh`."""
GAELIC_ARTICLES = load_words("gaelic_articles")
"""Articles inside a Gaelic family name: `an` of `Mac an tSaoir`."""
GAELIC_MUTATIONS = load_words("gaelic_mutations")
"""Lower-case letters a mutation writes before a Gaelic word's capital: `h` of `hEochaidh`, `t` of `tSaoir`."""
GIVEN_NAMES = load_words("given_names")
"""Common given names across cultures, written from general knowledge, none a common word (`brenda`, `siobhán`,
`chukwudi`; wave 35h): evidence that a name they open is a person's, never proof (read by `given_people`)."""
SEEN_THINGS = load_words("seen_things")
"""Things seen in an event's narration after `observed`, `noted`: `a suspected stolen car`, `a van`."""
NUMBER_WORDS = load_words("number_words")
"""Numbers in words that count as a figure alone (`forty`, `fourteen`, `hundreds`, `a dozen`): the one list that
`figures`, `release` and `stubs` read (wave 35f; `release` and `stubs` had shorter lists of their own)."""
FINITE_WORDS = load_words("finite_words")
"""Auxiliaries, copulas and modals (`is`, `has`, `will`): one makes a row, an item or the words after a name
a clause."""
PUBLISHER_PARTICIPLES: frozenset[str] = load_words("publisher_participles")
"""Participles after a document's noun that go on to name its publisher or maker (`an audit released Monday by X`,
`data it published`; `data/publisher_participles.txt`): never `commissioned`."""
GUIDANCE_NOUNS: frozenset[str] = load_words("guidance_nouns")
"""What a party moves when it changes its own outlook (`guidance`, `forecast`, `estimate`; `data/guidance_nouns.txt`)."""
BOARD_WORDS = load_words("board_words")
"""The people who govern a body and speak as it (`board`, `directors`, `management`)."""
CLOSED_WORDS = load_words("closed_words")
"""Closed-class words that never describe a body nor modify a document (`that`, `which`, `of`)."""
ENFORCING_ACTS = load_words("enforcing_acts")
"""What a regulator does to others in its own name (`fined`, `sued`)."""
INQUIRY_NOUNS = load_words("inquiry_nouns")
"""Nouns of an inquiry a body carries out itself (`investigation`, `inquiry`, `probe`)."""
PLACE_PREPOSITIONS = load_words("place_prepositions")
"""Words right before a name that place it (`in`, `on`, `near`, `at`)."""
REGULATING_VERBS = load_words("regulating_verbs")
"""A regulator's standing work, in the present (`regulates`, `oversees`, `licenses`)."""
RULED_MATTERS = load_words("ruled_matters")
"""What another party brings to a body that rules on it (`complaint`, `appeals`)."""
RULING_VERBS = load_words("ruling_verbs")
"""Verbs by which a body rules on another party's case (`upheld`, `dismissed`)."""
TITLED_DOCUMENTS = load_words("titled_documents")
"""Last words of documents' titles (`Survey`, `Report`, `Review`)."""
TRADE_ENDINGS = load_words("trade_endings")
"""Last words of a body's name that name its trade (`Surveyors`, `Management`): a body's, never a person's
nor only a place."""
MODIFIER_NOUNS = load_words("modifier_nouns")
"""Nouns of examining work a body's name may stand before (`inspection`, `investigation`, `survey`)."""
OWN_RECORDS = load_words("own_records")
"""Nouns of a body's own counts and logs (`our own tally`, `our records`, `ACME logs show`)."""
FINDING_VERBS = load_words("finding_verbs")
"""Verbs with which documents, inspections and figures report (`shows`, `found`, `rated`)."""
STUB_PREPOSITIONS = load_words("stub_prepositions")
"""Prepositions that open a phrase, never a statement, when the row is short (`by the end of May`)."""
STUB_SUBORDINATORS = load_words("stub_subordinators")
"""Conjunctions and relatives that open a clause leaning on another (`because when ...`, `which ...`)."""
EXAMINING_POSTS = load_words("examining_posts")
"""Posts whose holder examines, decides and publishes in their own name (`auditor`, `inspector`, `ombudsman`)."""
EXAMINED_WORKS = load_words("examined_works")
"""Documents of examining work (`review`, `evaluation`, `audit`)."""
GRADE_WORDS = load_words("grade_words")
"""Grades an inspectorate gives (`Inadequate`, `Requires improvement`, `Good`)."""
WATCHDOG_HEADS = load_words("watchdog_heads")
"""Heads of a lower-case description of an inspectorate or a regulator (`watchdog`, `regulator`, `inspectors`)."""
LEGAL_ROLES = load_words("legal_roles")
"""Nouns for a lawyer who acts for one side of a case, singular and plural."""
OFFICIAL_GROUPS = load_words("official_groups")
"""Plural nouns for a body's people named as a speaker (`officials`, `authorities`)."""
PLACED_PEOPLE = load_words("placed_people")
"""Nouns for one person that a place or body may follow (`volunteer`, `driver`, `carer`)."""
AGE_RE = re.compile(r"\d{1,3}-year-old")
"""A person's age as a describing word or a noun (`58-year-old`): whoever it describes is a person."""
TITLE_JOINERS = load_words("title_joiners")
"""Lower-case words joining a title's capitalised words (`of`, `the`, `on`)."""
NAME_LINKS = load_words("name_links")
"""Lower-case words a body's name may hold between its capitalised words (`Institute for Rural Studies`, `Department
of Housing`; `data/name_links.txt`): one list for the readers of a name after `by` and of a commissioner's name."""
CLAUSE_CONJUNCTIONS = load_words("clause_conjunctions")
"""Conjunctions of time, condition or cause (`when`, `if`, `because`): a subject after one is inside their clause."""


def char_class(test: Callable[[str], bool]) -> str:
    """Return the body of a regex character class holding every character of the Basic Multilingual Plane
    that passes test, written as ranges (`A-Z\u00c0-\u00d6...`)."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x20, 0x10000):
        if test(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


def is_mark(char: str) -> bool:
    """Tell whether char is a combining mark (an accent written as its own code point)."""
    return unicodedata.category(char).startswith("M")


UPPER = char_class(lambda c: unicodedata.category(c) in ("Lu", "Lt"))
"""Every capital letter, in any script (`A-Z`, `Ł`, `Ó`, `Ş`): put inside `[...]`."""
LOWER = char_class(lambda c: unicodedata.category(c) in ("Ll", "Lm", "Lo") or is_mark(c))
"""Every small letter and combining mark (`a-z`, `ł`, `ś`, `ı`, a combining acute): put inside `[...]`."""
LETTER = char_class(lambda c: unicodedata.category(c)[0] == "L" or is_mark(c))
"""Every letter and combining mark in any script, no digit or underscore: put inside `[...]`."""


def any_script(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return pattern with its ASCII letter ranges (`A-Z`, `a-z`) widened to the capitals and small letters of
    every script, so that a name such as `Łucja Ćwik` reads as `Lucy Cook` does. Case-blind patterns keep their ASCII
    ranges (under IGNORECASE large ranges are tested one by one, and those patterns read common words, not names)."""
    return re.compile(pattern.pattern.replace("A-Z", UPPER).replace("a-z", LOWER), pattern.flags)


INITIAL_STOP = (r"(?<![\w.])[A-Z]\.[ \t](?=(?!(?:The|A|An|It|Its|This|That|These|Those|They|He|She|We|I|In|On|At|But"
                r"|And|If|As|However|Meanwhile)\b)(?:[A-Z]\.[ \t])*[A-Z][a-z])")
"""A given name's initial and its full stop inside a name (`A. Roe`, either of `J. R. Roe`), never a sentence's end
before `The`, `It`, ..."""
_REMIT_AREA = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
"""One area of a ministry's remit: one to three capitalised words (`Food`, `Rural Affairs`, `Local Government`)."""
MINISTRY_REMIT = (rf"\b(?:Department|Ministry)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_REMIT_AREA}"
                  rf"(?:,[ \t]+{_REMIT_AREA})+,?[ \t]+and[ \t]+(?:the[ \t]+)?{_REMIT_AREA}\b")
"""A ministry's name that lists its remit with commas (`Department for Environment, Food and Rural Affairs`; wave 31c):
its commas are the name's, never the end of a source or a publisher (regex source, as `INITIAL_STOP`)."""


COMMON_BULLET_SIGNS = "-\u2022*\u2013\u2014\u25aa\u25cf\u00b7"
"""The common bullet signs, for a character class (`-` first): - • * – — ▪ ● ·; `text.BULLET_RE` adds the
rarer signs of pasted pages and numbered markers."""
