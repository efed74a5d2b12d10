"""Unit cases for wave 37's new extractor modules (what mutation round 37, first half, found unasserted by their own
test files): an examining document's maker (37c, `examination_makers`), a document a party did not write (37a,
`party_documents`) and a which-clause's antecedent (37f,
`relative_antecedents`); every party and sentence is invented, and each assert is on a whole value: a function's whole
return value or a text's whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract.attribution.relative_antecedents import antecedent_region
from claims.extract.speakers import Context
from claims.extract.speakers.examination_makers import examination_makers, maker_people
from claims.extract.speakers.party_documents import party_document
from extract_rows import cued_rows

pytestmark = pytest.mark.usefixtures("cold_extract_caches")

_EVALUATION = "An independent evaluation of the scheme, carried out by the Orrin Centre, found that most stayed."


# examination_makers.maker_people (37c): only the two words `the` and a people noun of examining work; any other first
# word (`our evaluators`), a third word or a lone noun names no maker.
@pytest.mark.parametrize(("words", "expected"), [
    (["the", "evaluators"], "Orrin Centre"),
    (["our", "evaluators"], None),
    (["other", "evaluators"], None),
    (["the", "evaluators", "also"], None),
    (["evaluators"], None),
    (["the", "auditors"], None),
], ids=["the-evaluators", "our-evaluators", "other-evaluators", "three-words", "one-word", "no-audit-named"])
def test_maker_people(words: list[str], expected: str | None) -> None:
    assert maker_people(words, Context(text=_EVALUATION)) == expected


# examination_makers.MAKER_RE (37c): the noun capitalised at a text's start, and a two-word participle split by a tab.
# (`_alternatives` builds the pattern once, at import: its mutants cannot be run, but these are its forms.)
@pytest.mark.parametrize(("text", "expected"), [
    ("Evaluation of the scheme, carried out by the Orrin Centre, found that most stayed.",
     {"evaluation": "Orrin Centre"}),
    ("The review, carried\tout by the Orrin Centre, found that most stayed.", {"review": "Orrin Centre"}),
], ids=["capitalised-noun", "tab-in-participle"])
def test_examination_maker_forms(text: str, expected: dict[str, str]) -> None:
    assert {noun: mention.name for noun, mention in examination_makers(text).items()} == expected


# party_documents.party_document (37a): the subject opens on an article (`Its review` is none); a participle right after
# the article names no document; a participle at the subject's very end still does; a last word ending in `X` is kept
# whole; a commissioner is needed when the noun alone says too little (`by ministers` names none) and its comma is cut.
@pytest.mark.parametrize(("raw", "expected"), [
    ("Its review commissioned by the ministry", None),
    ("The submitted to parliament report presented to the panel", None),
    ("The budget report presented to", "budget report"),
    ("The review of Annex X presented to the board", "review of Annex X presented to the board"),
    ("The report card presented to the board", None),
    ("A review commissioned by ministers", None),
    ("A review commissioned by the department, led by", "review commissioned by the department"),
    ("A review commissioned by Station X", "review commissioned by Station X"),
], ids=["no-article", "participle-after-article", "participle-last", "annex-x", "noun-then-other-word", "no-agent",
        "agent-comma", "agent-x"])
def test_party_document_subject(raw: str, expected: str | None) -> None:
    assert party_document(raw.split()) == expected


# party_documents._agent_words through party_document (37a): `the` and lower-case nouns up to an ending word, a comma
# or a word that is no word (`department's`); else capitalised words and the small words between them, never a small
# word first (`by and for`) and never a capitalised word after another word (`in March`).
@pytest.mark.parametrize(("raw", "expected"), [
    ("A review commissioned by the sports commission", "review commissioned by the sports commission"),
    ("A review commissioned by the eBay board", "review commissioned by the eBay board"),
    ("A review commissioned by the working group X", "review commissioned by the working group X"),
    ("A review commissioned by the department's own board", None),
    ("A review commissioned by Halden Council last year", "review commissioned by Halden Council"),
    ("A review commissioned by Halden Council in March", "review commissioned by Halden Council"),
    ("A review commissioned by and for Halden Council", None),
    ("A review commissioned by Halden and Dunmore councils", "review commissioned by Halden and Dunmore"),
], ids=["the-nouns", "the-lower-first-letter", "the-nouns-x", "the-possessive", "name-then-time", "name-then-month",
        "link-first", "link-second"])
def test_party_document_agent(raw: str, expected: str | None) -> None:
    assert party_document(raw.split()) == expected


def _antecedent(text: str, verb: str, start: int = 0) -> str | None:
    cue = text.index(verb, text.index(", which ") + len(", which "))
    region = antecedent_region(text, start, cue)
    return text[region[0]:region[1]] if region is not None else None


# relative_antecedents.antecedent_region (37f): a party before a verb of speech after narration of the sentence's own
# (never the sentence before it, never a verbless opening, a verb of speech before it allowed); a document's phrase
# before a verb of finding only (within eight words of the comma, after narration of two words or more, never inside
# reported words, whatever is said after it), cut before a participle of five letters or more after its head.
@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("Dr Jo Penrose pointed to Harbour University's annual report, which shows that 40 per cent stayed.", "shows",
     "Harbour University's annual report"),
    ("Dr Jo Penrose pointed to Harbour University's annual report, which runs to 90 pages.", "runs", None),
    ("Only Wexmoor Police, which said it had opened an inquiry, replied.", "said", None),
    ("The council said it had referred the complaints to Wexmoor Police, which said it had opened an inquiry.", "said",
     "Wexmoor Police"),
    ("Dr Jo Penrose pointed to the university's report on a long list of rural bus routes in the county, which shows "
     "that most ran late.", "shows", None),
    ("Dr Jo Penrose pointed to Harbour University's annual report, which shows that graduates said they stayed.",
     "shows", "Harbour University's annual report"),
    ("Dr Jo Penrose warned that the university's annual report, which shows that most stayed, was late.", "shows",
     None),
    ("Dr Jo Penrose warned: the university's annual report, which shows that most stayed, was late.", "shows", None),
    ("Dr Jo Penrose warned, \u201cthe university's annual report, which shows that most stayed, was late.\u201d",
     "shows", None),
    ("Penrose cited the university's report, which shows that most stayed.", "shows", "the university's report"),
    ("Dr Jo Penrose pointed to the university's annual report, its tenth, which shows that most stayed.", "shows",
     "the university's annual report, its tenth"),
    ("The officer cited the commission's inspection report published in May, which found that most rooms were cold.",
     "found", "the commission's inspection report "),
    ("The officer cited the commission's annual report on housing, which found that most rooms were cold.", "found",
     "the commission's annual report on housing"),
    ("The officer cited the council's report used in court, which found that most rooms were cold.", "found",
     "the council's report used in court"),
    ("The officer cited the commission's report dated 12 May, which found that most rooms were cold.", "found",
     "the commission's report "),
], ids=["document", "no-finding-verb", "verbless-opening", "speech-before-party", "head-too-far", "speech-after",
        "reported", "reported-colon", "reported-quote",
        "two-words-before", "head-with-comma", "participle", "no-participle",
        "four-letters", "five-letters"])
def test_antecedent_region_whole(text: str, verb: str, expected: str | None) -> None:
    assert _antecedent(text, verb) == expected


def test_antecedent_region_reads_from_the_sentence_start() -> None:
    text = "The council met on Monday. Wexmoor Police, which said it had opened an inquiry, replied."
    assert _antecedent(text, "said", text.index("Wexmoor")) is None


# relative_antecedents._phrase_opener (37f), the defect its mutant showed: a participle between the owner and the
# document's head (`the university's revised report`) is the head's adjective, not the verb the phrase opens after;
# the owner finds, as with `annual report`, never the party that points to it.
@pytest.mark.parametrize("adjective", ["annual", "revised"])
def test_an_owned_documents_participle_adjective_keeps_its_owner(adjective: str) -> None:
    text = (f"Harbour University opened a new library on Monday.\n\nDr Jo Penrose pointed to the university's "
            f"{adjective} report, which shows that most graduates stayed.\n")
    assert cued_rows(text) == [("Harbour University", "organisation", "shows that", "most graduates stayed")]
    assert _antecedent(text, "shows", text.index("Dr")) == f"the university's {adjective} report"


def test_an_unarticled_owned_document_opens_after_the_verb() -> None:
    text = "Dr Jo Penrose cited Harbour University's revised report, which shows that most graduates stayed."
    assert _antecedent(text, "shows") == "Harbour University's revised report"
