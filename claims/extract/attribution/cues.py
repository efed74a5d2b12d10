"""Whether a cue word found in a sentence is a cue: not a noun, a relative clause's verb, an action to come, a
perception or a participle."""
from __future__ import annotations

import re

from ..adding_acts import adds_amount
from ..vocabulary import (
    CLAUSE_SUBJECTS, POSSESSIVE_PRONOUNS,
    CUE_VERBS, DOCUMENT_NOUNS, INQUIRY_NOUNS, IRREGULAR_PAST, OBJECT_VERBS, SEEN_THINGS, is_ed_form, is_past_form,
    load_words, SINGULAR_POSSESSIVES,
)

from .adverb_passives import adverb_passive
from .article_nouns import article_noun, noun_phrase_end
from .topic_objects import MAX_TOPIC_MODIFIERS, topic_object
from .attending_responses import MAX_EVENT_WORD, attends_event
from .object_first_cues import object_first_noun
from .plural_noun_cues import plural_noun_cue
from .state_nouns import state_noun
from .patterns import (LEADING_SOURCE_RE, NOT_CUE_BEFORE, NOUN_CUES, NOUN_FOLLOWERS, PASSIVE_AUXILIARIES,
                       PLURAL_NOUN_FOLLOWERS, RELATIVES)


HEADING_LABEL_RE = re.compile(r"[A-Z][a-z]+(?:al|ic|ive|ary)[ \t]+(?P<noun>highlights|findings|results)[ \t]*:")
"""A findings heading of one adjective and its noun, ending in a colon: `Operational highlights:`, `Strategic
highlights:` (wave 41c); an adjective's ending tells it from a body's short name (`Tarnmouth highlights:`)."""


def heading_noun(text: str, start: int, offset: int) -> bool:
    """Say whether the cue word at `offset` is the noun of a findings heading that opens its line at `start`."""
    found = HEADING_LABEL_RE.match(text, start) if start == 0 or text[start - 1] == "\n" else None
    return found is not None and found.start("noun") == offset


BETWEEN_WORDS: frozenset[str] = frozenset(
    "also further now again previously recently already too separately additionally has had".split())
"""Words between a document's noun and its cue verb (`The X report also found`, `the review has found`)."""


def _between_words(word: str) -> bool:
    """Say whether a word may stand between a subject and its verb: an adverb or a perfect's auxiliary."""
    bare = word.lower().strip(",")
    return word == bare and (bare in BETWEEN_WORDS or bare.endswith("ly") and bare.isalpha() and len(bare) > 4)


def not_a_cue(text: str, start: int, offset: int) -> bool:
    """Say whether a cue word is a noun (`the claims`), a passive (`be maintained`) or a relative's verb."""
    if offset > 0 and text[offset - 1] in "-\u2011":
        return True  # "a semi-state company": part of a compound word
    words = text[max(start, offset - 40):offset].split()[-2:]
    if not words:
        return False
    if len(words) == 2 and words[-1].endswith("ly") and words[0].lower() in PASSIVE_AUXILIARIES:
        return True  # "was originally expected": a passive, an adverb between
    ahead = text[offset:offset + 40].split()
    if adverb_passive(words, ahead[0].strip(".,;:!?") if ahead else ""):
        return True  # "is now expected", "was also forecast": a passive, a short adverb between (61d)
    if attends_event(text[offset:offset + AHEAD_CHARS].split()[:MAX_EVENT_WORD + 3]):
        return True  # "X Fire Service responded to 611 grass fires": the crews went out to an event, no answer (66g)
    if adds_amount(text[offset:offset + AHEAD_CHARS * 2].split()):
        return True  # "The firm added 3,420 plots to its land bank": an amount put in, no words added (66g)
    if len(words) == 1 and heading_noun(text, start, offset):
        return True  # "Operational highlights:": a heading's noun, no verb of an adjective (41c)
    word = words[-1].lower().strip(",")
    after, this = ahead[1:2], ahead[0].lower().strip(".,;:")
    if this in PERCEPTION_CUES and _sees_a_thing(text[offset:offset + 80].split()[1:6]):
        return True  # "Officers observed a suspected stolen car": what was seen, narrated
    if after and after[0].lower().strip(".,;:!") in CUE_VERBS and this in DOCUMENT_NOUNS:
        return True  # "the annual report shows": the noun before the verb
    if len(ahead) > 2 and this in DOCUMENT_NOUNS and _between_words(ahead[1]) \
            and ahead[2].lower().strip(".,;:!") in CUE_VERBS:
        return True  # "The X report also found", "the report has found": the noun, a word before its verb (42c)
    if words[-1][:1].isupper() and plural_noun_cue(text[offset:offset + AHEAD_CHARS].split()[:MAX_AHEAD_WORDS]):
        return True  # "through MOT records, service invoices and ...", "Mortgage rates on the island have fallen" (26f)
    if object_first_noun(ahead[:2]):
        return True  # "residential rates at $3,938", "rates and charges have increased": a noun, no one rates (58d)
    if this in NOUN_CUES and (not after or after[0].lower().strip(",.;") in NOUN_FOLLOWERS or past_verb(after[0])
                              or this.endswith("s") and after[0].lower() in PLURAL_NOUN_FOLLOWERS):
        return True  # "its profit forecast for the year", "waiting lists grew by 9%", "claims by landlords": a noun
    if after and after[0].lower().strip(".,;:") in ("below", "above", "overleaf") and not word.endswith("ly"):
        return True  # "the batches listed below may contain ...": a participle pointing to a list, not a cue
    if after and after[0].lower() == "by" and is_past_form(this, shortest=2):
        return True  # "proposals announced by the watchdog": a passive participle, its agent after it
    if topic_object(this, ahead[1:2 + MAX_TOPIC_MODIFIERS + 1]):
        return True  # "explained the thinking behind its move", "notes the minister's remarks on": a topic (67g)
    if this in NOTING_WORDS and _notes_a_thing(ahead[1:4]):
        return True  # "The council noted the petition": an act on a thing received, no claim (43j)
    if after and after[0].lower() in ASIDE_PREPOSITIONS and words[-1].endswith(",") \
            and is_past_form(this, shortest=2):
        return True  # "The report, noted for its length, ran to 900 pages": a participle aside on its subject (43j)
    if this in NOUN_CUES and word.endswith("ing") and len(word) > 4:
        return True  # "clearing waiting lists, with 96% ...": a noun after a gerund or an -ing modifier
    if word in ("than", "as") and this in OBJECT_VERBS or word in ("ever", "never"):
        return True  # "weaker than expected trading", "the highest figure ever recorded"
    if this == "listed" and after and after[0].lower() in LISTED_PLACES and word not in RELATIVE_SUBJECTS \
            and (word.isalpha() and word.islower() or any(c.isdigit() for c in word)):
        return True  # "items worth $1.1 billion listed in its inventory": where the items stand, not a cue
    if this in PARTICIPLE_CUES and _reduced_relative(text, offset + len(ahead[0]), word, after):
        return True  # "The number of crimes reported in Daleham fell by 8%": the crimes, reported, fell
    if word in RELATIVE_SUBJECTS and _object_relative(text, start, offset) and not occasion_subject(text, start, offset) \
            and not (after and after[0].lower() in GAP_VERBS):  # "a plan she said would put ...": a real cue
        return True  # "every claim it rejected in the period": a relative clause about the claim, not a cue
    if this in NOUN_CUES and (word.endswith(SINGULAR_POSSESSIVES) or word in NOUN_CUE_ADJECTIVES):
        return True  # "the bank's new claims process", "its annual report": a noun
    if this in ("show", "shows") and ahead[0].isalpha() and after and after[0] in SHOW_EVENT_FOLLOWERS:
        return True  # "let to the agricultural show from 20 September", "its spring show at the hall": an event (40f)
    if this in ("ranked", "ranks") and (not after or after[0][:1].isdigit() or after[0].lower().strip(",.") in RANK_WORDS):
        return True  # "Westmeath ranked 24th", "ranked among the best": a place in a table, not a judge ranking
    if this in NOUN_CUES and len(words) == 2 and words[0].lower() in POSSESSIVES and word.isalpha() and word.islower() \
            and after[:1] != ["that"]:
        return True  # "items listed in its stock records, and ...": a noun after a possessive and a noun
    if after and after[0].lower().rstrip(":;,.") in COPULAS and is_past_form(this, shortest=2) \
            and (word == "not" or word.isalpha() and word.islower() and word.endswith("s")):
        return True  # "The three recommendations not accepted are:", "the figures published were": a participle
    if this in SINGULAR_NOUN_CUES and (after[:1] == ["by"] or ahead[0].endswith(",")) \
            and _named_kind(text[max(start, offset - 80):offset].split()):
        return True  # "A Best Value report by the auditor found", "an Acme Water review, published ...,": a document
    if this in SINGULAR_NOUN_CUES and noun_phrase_end(ahead[:2]) \
            and article_noun(text[max(start, offset - 80):offset].split()):
        return True  # "a KORVEX report that cast doubt", "the full workforce report 2031 here": the phrase's noun (67g)
    if this in NOUN_CUES and any(w[:1].isdigit() for w in words) and not _sample_size(text, start, offset):
        return True  # "published 43 inspection reports on", "two reviews": a count of the noun
    if this in ("state", "states") and word.strip(",") in STATE_MODIFIERS:
        return True  # "former state housing commissioner Jo Roe", "the federal state's", "member states": a noun
    if this == "state" and place_state(words[-1], after):
        return True  # "A southern Utah state park closed", "among North Carolina state agencies": a noun (54e)
    if this == "state" and state_noun(words[-1], ahead[1:]):
        return True  # "in state court", "no other state forest", "towpaths and state forests": a noun (68n)
    if word in MODALS and text[offset - len(word) - 1:offset].strip() == word:
        return True  # "The district will report on attendance, Haskins said": a future action, not a cue; a
        # capitalised "Will" mid-sentence ends a name ("Sources close to Jo Roe Will said"), no modal
    if modal_perfect(words):
        return True  # "an audit, which could have found the overspending": what might have been, nothing reported (54e)
    if word in NOT_CUE_BEFORE and words[-1].endswith(","):
        return False  # "Jo Roe, who accompanied her, told the committee": an object ends a clause, no determiner
    if word == "that" and _named_inquiry(text[max(start, offset - 80):offset].split()[:-1]):
        return False  # "following a Gaming Commission investigation that found A": the named body's finding (35l)
    return word in NOT_CUE_BEFORE or (word in RELATIVES and (text[offset:offset + 12].split()[0].lower() in OBJECT_VERBS or word == "that"))


def _sample_size(text: str, start: int, offset: int) -> bool:
    """Say whether the count before a cue word counts whom a survey asked (`A survey of 1,200 adults reports`)."""
    words = text[max(start, offset - 60):offset].split()[-3:]
    return len(words) == 3 and words[0] == "of" and words[1][:1].isdigit() and words[2].isalpha() \
        and words[2].endswith("s")  # "adults", "Canadians", "Kenyans": whom it asked


STATE_MODIFIERS: frozenset[str] = frozenset(
    "former then ex acting retired onetime longtime veteran federal member police welfare nation sovereign deputy".split())
"""Words before `state` that make it a noun or open a title (`former state senator`, `then state treasurer`, `member
states`), never the verb of a cue."""
SHOW_EVENT_FOLLOWERS: frozenset[str] = frozenset("from at on in will".split())
"""Words after `show` that make it an event's noun, where or when it is held (`the county show from 12 May`, `a
summer show at the hall`, `fall shows will be`): figures that show something take an object, never these; in small
letters and in the same sentence (`..., the summary shows. In a statement` is a cue)."""
RANK_WORDS: frozenset[str] = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last top bottom "
                                      "among as in at highly high low lowest highest joint near no".split())
"""Words after `ranked` that place its subject in a table (`ranked first`, `ranked among`): no one ranks another."""
MAX_AHEAD_WORDS = 10
"""How many words from a cue word on are read to tell a plural noun from a verb (`rates on the island have fallen`)."""
AHEAD_CHARS = 100
"""How far after a cue word those words are looked for."""
POSSESSIVES: frozenset[str] = frozenset("its their his her our your my".split())
"""Possessives before a noun and a cue word that is also a noun (`its stock records`): a compound noun."""
RELATIVE_SUBJECTS: frozenset[str] = frozenset("it they we he she".split())
"""Pronouns that may open a relative clause without `that` after a noun (`every claim it rejected`)."""
OBJECT_DETERMINERS: frozenset[str] = frozenset("every each any all the a an some no its their those these his her".split())
"""Determiners of the noun a relative clause without `that` describes."""
NOUN_CUE_ADJECTIVES: frozenset[str] = load_words("noun_cue_adjectives")
"""Adjectives before a cue word that make it a noun (`its new claims process`, `the annual report`, `the previous
report`)."""


COPULAS: frozenset[str] = frozenset("is are was were".split())
"""A copula right after a participle cue: the participle describes the noun before it, which is the subject."""
SINGULAR_NOUN_CUES: frozenset[str] = frozenset("report record note review".split())
"""Cue words that are also singular nouns: after an article and a name no subject takes this form of the verb."""
ARTICLES: frozenset[str] = frozenset("a an the this".split())




def _named_inquiry(before: list[str]) -> bool:
    """Say whether the words before a relative `that` are an inquiry a named body's modifier owns (`a Gaming
    Commission investigation`): `that found` after it reports that body's finding, not a noun's description."""
    return bool(before) and before[-1].lower() in INQUIRY_NOUNS and _named_kind(before[:-1])


def _named_kind(before: list[str]) -> bool:
    """Say whether the words before a cue word are an article and one to four capitalised words (`A Best Value`, `the
    Accounts Commission`): the cue word is the noun they name a kind of."""
    names = 0
    for word in reversed(before[-5:]):
        if word.lower() in ARTICLES:
            return 0 < names
        if not (word[:1].isupper() and word.isalpha() and not word.isupper() or word.isupper() and len(word) > 1):
            return False
        names += 1
    return False


def occasion_subject(text: str, start: int, offset: int) -> bool:
    """Say whether the pronoun before a cue word is the subject right after the occasion a sentence opens with and no
    comma (`In a statement it says`, `In a letter to members she said`): no object relative (wave 22e)."""
    if not text.startswith(_OCCASION_OPENINGS, start):
        return False  # the cheap test first
    lead = LEADING_SOURCE_RE.match(text, start, offset)
    return lead is not None and text[lead.end():offset].strip().lower() in RELATIVE_SUBJECTS


_OCCASION_OPENINGS = ("In ", "Through ", "Via ")
"""How `LEADING_SOURCE_RE` opens a sentence."""


def _object_relative(text: str, start: int, offset: int) -> bool:
    """Say whether the pronoun before a cue word opens a relative clause without `that` after a noun with its
    determiner (`every claim it rejected`, `the figures they published`)."""
    words = text[max(start, offset - 60):offset].split()[-3:]
    return len(words) == 3 and words[0].lower() in OBJECT_DETERMINERS and words[1].isalpha() and words[1].islower() \
        and words[1] not in NOT_CUE_BEFORE


GAP_VERBS: frozenset[str] = frozenset("would will could can should might may was were is are had has".split())
"""A finite verb right after `X it said`: the noun before is the subject of what was said (`a plan she said would
put 300 troopers on the road`), so the cue reports; after an object relative (`every claim it rejected in`) none
follows."""


MODALS: frozenset[str] = frozenset("will shall must may might can".split())
"""Modals right before a cue word make it an action to come (`will report on`), never a report of this sentence."""


CLAUSE_OPENERS: frozenset[str] = ARTICLES | CLAUSE_SUBJECTS | POSSESSIVE_PRONOUNS | frozenset(
    "that this these those".split())
"""Words that open the clause a verb `state` reports (`the X Commissioners state that`, `... state the figures`)."""


def place_state(before: str, after: list[str]) -> bool:
    """Say whether `state` stands between a name or a count and a lower-case noun (`Utah state park`, `North Carolina
    state agencies`, `93 state parks`): the state's, a noun's modifier, never the verb of a cue (wave 54e)."""
    noun = after[0].rstrip(",.;:") if after else ""
    return (before[:1].isupper() or before[:1].isdigit()) and before[-1:].isalnum() \
        and noun.isalpha() and noun.islower() and noun not in CLAUSE_OPENERS


PERFECT_MODALS: frozenset[str] = frozenset("could would should might may must".split())
"""Modals before `have` and a cue word: a modal perfect (`could have found`, `would have shown`) says what might have
been, never a report (wave 54e)."""


def modal_perfect(words: list[str]) -> bool:
    """Say whether the two words before a cue word are a modal and `have` (`which could have found`)."""
    return len(words) == 2 and words[0].lower() in PERFECT_MODALS and words[1] == "have"


PERCEPTION_CUES: frozenset[str] = frozenset("observed observes noted notes noticed spotted".split())
"""Cue words that also narrate seeing something (`observed a suspected stolen car`)."""


def _sees_a_thing(following: list[str]) -> bool:
    """Say whether the words after a perception verb are an indefinite thing seen (`a suspected stolen car`, `a
    van`), not a finding (`a rise of 9%`, `a culture of fear`)."""
    if not following or following[0].lower() not in ("a", "an", "two", "three", "several"):
        return False
    words = [w.lower().strip(".,;:") for w in following[1:]]
    return not any(ch.isdigit() for ch in " ".join(words)) and any(w in SEEN_THINGS for w in words[:3])


NOTING_WORDS: frozenset[str] = frozenset("note notes noted".split())
"""Cue words that also record an act of taking note (`The board noted the minutes`)."""
NOTED_THINGS: frozenset[str] = load_words("noted_things")
"""Nouns of what a body notes as an act (`data/noted_things.txt`)."""
NOTED_DETERMINERS: frozenset[str] = frozenset("the a an its their his her this these".split())
"""Words that open the noted thing's noun phrase."""


def _notes_a_thing(following: list[str]) -> bool:
    """Say whether the words after `noted` are a thing received (`the petition`, `the date of the hearing`, `a
    late submission`): a determiner, at most one word, then a noted thing's noun."""
    if not following or following[0].lower() not in NOTED_DETERMINERS:
        return False
    words = [w.lower().strip(".,;:") for w in following[1:3]]
    return bool(words) and (words[0] in NOTED_THINGS or len(words) == 2 and words[1] in NOTED_THINGS
                            and not following[1].endswith((",", ";", ".")))


ASIDE_PREPOSITIONS: frozenset[str] = frozenset("for as".split())
"""Words after a past participle that opens an aside (`The report, noted for its length,`, `The plan, praised as
bold,`): the participle describes the subject and says nothing (wave 43j)."""
PARTICIPLE_CUES: frozenset[str] = frozenset("reported recorded logged registered".split())
"""Cue words that are also past participles after a noun (`crimes reported in Daleham`)."""
LISTED_PLACES: frozenset[str] = frozenset("in on under among at as".split())
"""Words after `listed` that place a thing in a list (`items listed in its inventory`): a participle, no cue."""
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


def past_verb(word: str) -> bool:
    """Say whether a word is a verb's past tense (`grew`, `rose`, `increased`): after it a cue word is its noun subject."""
    word = word.lower().strip(",.;:")
    return word in IRREGULAR_PAST or word in ("rose", "fell", "grew", "dropped", "doubled", "halved") \
        or is_ed_form(word) and word not in CUE_VERBS
