"""Unit cases for wave 27's new and changed extractor code, through its functions (what mutation testing found
unasserted by the wave-27 files); every party and sentence is invented, and each assert is on a whole value."""
from __future__ import annotations

import pytest

from claims.extract.attribution.described_parties import is_described_party
from claims.extract.attribution.records import Attribution, Found
from claims.extract.attribution.ruling_voice import may_rule, note_judging_body, ruling_first_person
from claims.extract.attribution.semicolon_clauses import semicolon_clauses
from claims.extract.conjuncts import (aside_then_verb, bare_first_object, clause_verb, fraction_of_number, own_words,
                                      verbless_object)
from claims.extract.entities import Mention
from claims.extract.items import is_verb_like, split_items
from claims.extract.numbered_names import name_number_end
from claims.extract.speakers import Context
from claims.extract.speakers.letter_kinds import letters_kind, stands_for
from claims.extract.speakers.source_modifiers import source_modifier
from claims.extract.speakers.whole_titles import remit_name, whole_title
from claims.extract.stubs import is_stub, mend_stubs, stub_at


# attribution/described_parties: `the` and lower-case words only, the whole speaker matched


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the governing body", True), ("the vessel's classification society", True),
    ("they", False),  # no `the`: a pronoun, though every word is lower case
    ("the Governing body", False),  # a capital after `the`: a name's word
])
def test_a_described_party_is_the_and_lower_case_words(speaker: str, expected: bool) -> None:
    assert is_described_party(speaker) is expected


# attribution/semicolon_clauses: each semicolon inside the bounds that a word follows


def test_a_semicolon_at_the_texts_start_opens_a_clause() -> None:
    assert [m.start() for m in semicolon_clauses("; the organisers put it at 900", 0, 31)] == [0]


def test_a_semicolon_after_the_end_is_not_read() -> None:
    text = "Orla Venn put the crowd at 600; the organisers said 900; the police said 750."
    assert [m.start() for m in semicolon_clauses(text, 0, text.index("; the police"))] == [text.index(";")]


# attribution/ruling_voice


@pytest.mark.parametrize(("body", "expected"), [
    ("We found that the club was at fault.", True), ("we found that", False), ("WE FOUND", False), ("Weather", False),
])
def test_a_paragraph_may_rule_only_with_a_capital_we_and_a_space(body: str, expected: bool) -> None:
    assert may_rule(body) is expected


def test_a_person_who_found_something_is_no_ruling_body() -> None:
    text = "Jo Roe found that the club was at fault."
    ctx = Context(text=text)
    note_judging_body(text, (0, len(text)), Attribution("Jo Roe", "person", "found that", ((19, len(text) - 1),)), ctx)
    assert ctx.judging_body is None


def test_a_judgment_is_read_in_the_reporting_words_only() -> None:
    text = "The Kelton Board said the decision of the club was final."
    claim = (text.index("the decision"), len(text) - 1)
    ctx = Context(text=text)
    note_judging_body(text, (0, len(text)), Attribution("Kelton Board", "organisation", "said", (claim,)), ctx)
    assert ctx.judging_body is None
    text = "The judgment of the Kelton Board is that the club was at fault."
    claim = (text.index("the club"), len(text) - 1)
    ctx = Context(text=text)
    note_judging_body(text, (0, len(text)), Attribution("Kelton Board", "organisation", "is that", (claim,)), ctx)
    assert ctx.judging_body == "Kelton Board"


def _ruling(text: str, sentence: tuple[int, int], holes: list[tuple[int, int]]) -> Attribution | None:
    """Return what ruling_first_person reads in a sentence once the Kelton Board, an inspectorate, has judged."""
    ctx = Context(text=text)
    ctx.register_org("Kelton Board", "inspectorate")
    ctx.judging_body = "Kelton Board"
    return ruling_first_person(text, sentence, holes, ctx)


def test_a_ruling_bodys_we_takes_the_bodys_kind() -> None:
    text = "We found that the club was at fault."
    assert _ruling(text, (0, len(text)), []) == Attribution(
        "Kelton Board", "inspectorate", "found", tuple(split_items(text, (0, len(text)))))


@pytest.mark.parametrize(("text", "start", "holes"), [
    ("We found that the club was at fault?", 0, []),  # a question judges nothing
    ("We said that the club was at fault.", 0, []),  # no judging verb
    ('"The rules are clear. We found" that the club was at fault.', 22, [(0, 31)]),  # opens inside a quotation
])
def test_no_ruling_we_in_a_question_a_saying_or_a_quotation(text: str, start: int,
                                                             holes: list[tuple[int, int]]) -> None:
    assert _ruling(text, (start, len(text)), holes) is None


# conjuncts: each helper's bounds


def test_a_preposition_in_the_last_three_words_leaves_no_bare_object() -> None:
    assert bare_first_object(["a", "depot", "in", "Ayr"], is_verb_like) is False
    assert bare_first_object(["a", "rise", "in", "reported", "crime"], is_verb_like) is False
    assert bare_first_object(["had", "lost", "since", "2019"], is_verb_like) is False  # `since` before no verb
    assert bare_first_object(["rents", "rose", "since"], is_verb_like) is False  # `since` last
    assert bare_first_object(["had", "since", "installed"], is_verb_like) is True  # `since` before a verb: an adverb


def test_a_present_verb_with_a_comma_is_a_clause_verb_and_a_first_word_has_no_determiner() -> None:
    assert clause_verb(["some", "schools", "exceed,"], 2, is_verb_like) is True
    assert clause_verb(["prices", "still,"], 1, is_verb_like) is True  # a present clause's word no verb test reads
    assert clause_verb(["closed", "for", "the"], 0, is_verb_like) is True  # no word before the first


def test_a_subordinator_ends_the_phrase_only_after_its_first_word() -> None:
    assert own_words(["when", "the", "unit", "closed"], is_verb_like) == 4
    assert own_words(["hip", "when", "he", "arrived"], is_verb_like) == 1
    assert own_words("the drivers, who were not insured, walked out".split(), is_verb_like) == 8
    assert own_words("the vans, which were not insured, were sold".split(), is_verb_like) == 8  # an aside


def test_an_aside_closes_with_a_comma_then_a_verb() -> None:
    assert aside_then_verb("the drivers, who had not been insured, walked".split(), 2, is_verb_like) is True
    assert aside_then_verb("the drivers, who were never insured, walked".split(), 2, is_verb_like) is True


def test_an_aside_before_a_verb_lends_the_second_object_its_verb() -> None:
    text = "the vans, which were not insured, were sold"
    assert verbless_object(text, ["lost", "the", "cars"], 0, len(text), is_verb_like) is False


def test_a_fraction_joins_only_a_number() -> None:
    assert fraction_of_number(["seven"], ["a", "half,"]) is True
    assert fraction_of_number(["rose"], ["a", "half"]) is False
    assert fraction_of_number([], ["a", "half"]) is False


# numbered_names: where the number ends, else -1


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Wave 105 said it", "Wave", 8),  # a one-word name
    ("Channel 4, the broadcaster said", "Channel", 9),  # a one-digit number
    ("Lakeland FM\t103, which", "Lakeland FM", 15), ("Lakeland FM\u00a0103, which", "Lakeland FM", 15),
    ("Posted Jan 12, by staff", "Posted Jan", -1),  # a date's day
    ("Harbour Talk March 12, the station", "Harbour Talk March", -1),
    ("Harbour Talk  96 said", "Harbour Talk", -1),  # the cheap test reads one space only
    ("Harbour Talk said", "Harbour Talk", -1), ("Harbour Talk 96.4 said", "Harbour Talk", -1),
])
def test_a_number_completing_a_name(text: str, name: str, expected: int) -> None:
    assert name_number_end(text, name, len(name)) == expected


# speakers/letter_kinds: an ampersand is no initial


def test_letters_with_an_ampersand_spell_the_body() -> None:
    ctx = Context(text="The Accident and Emergency Board (A&EB) met.")
    ctx.register_org("Accident and Emergency Board", "inspectorate")
    assert (stands_for("A&EB", ctx), letters_kind("A&EB", ctx)) == ("Accident and Emergency Board", "inspectorate")


# speakers/source_modifiers


def _modifier(phrase: str, text: str, speakers: tuple[str, ...] = ()) -> bool:
    """Say whether a document's words are a new document's own, in a text whose bodies spoke in this order."""
    raw = phrase.split()
    ctx = Context(text=text)
    for name in speakers:
        ctx.register_org(name, "organisation")
        ctx.org_speakers.append(name)
    return source_modifier(raw, [word.lower() for word in raw], ctx)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("industry figures", True), ("industry sales figures", True), ("retail energy sales figures", True),
    ("cross-border figures", True),
    ("industry leaders", False),  # no document
    ("industry Eurostat figures", False),  # a name among the modifiers
    ("2025 industry figures", False), ("retail energy sales price figures", False),  # a figure; four modifiers
    ("latest figures", False), ("national figures", False),  # when or how, no noun
    ("industry and trade figures", False),  # a closed word
])
def test_a_documents_own_modifiers(phrase: str, expected: bool) -> None:
    assert _modifier(phrase, f"Prices rose. {phrase} show a rise.") is expected


@pytest.mark.parametrize(("before", "expected"), [
    ("", True), ("Up. ", True), ("Up! ", True), ("Up? ", True), ('"Up." ', True), ("\u201cUp.\u201d ", True),
    ("Market update\n", True), ("Market update\n\t", False), ("up, ", False),
])
def test_a_capital_modifier_opens_a_sentence(before: str, expected: bool) -> None:
    assert _modifier("Company filings", f"{before}Company filings show a rise.") is expected


def test_a_modifier_naming_an_earlier_speaker_is_no_body_in_focus() -> None:
    three = ("Penmore Bus Company", "Harlow Transit Authority", "Ardley Rail")
    assert _modifier("authority figures", "authority figures show a rise.", three) is True
    assert _modifier("authority figures", "authority figures show a rise.", three[1:]) is True
    assert _modifier("authority figures", "authority figures show a rise.", three[1:2]) is False


# speakers/whole_titles


def _title(clause: str, text: str) -> tuple[str, str] | None:
    """Return who a title before its cue means in a text whose context has read nothing yet."""
    return whole_title(clause, text, Context(text=text))


HOLDER = "Minister Jo Roe opened the depot.\n"


@pytest.mark.parametrize(("clause", "text", "expected"), [
    ("the Minister for Health", HOLDER, ("Jo Roe", "person")),
    ("the Minister for Housing, Local Government and Rural Affairs", HOLDER, ("Jo Roe", "person")),  # six words
    ("the Minister for Housing Local Government Rural Affairs and Planning", HOLDER, None),  # seven
    ("the Minister for Health 2026", HOLDER, None), ("a Minister for Health", HOLDER, None),
    ("the Health Minister", "Health Minister Jo Roe opened the depot.\n", None),  # no remit
    ("the Regional Minister for Health", "Regional Minister Jo Roe opened it. Minister Ann Bell was there.\n",
     ("Jo Roe", "person")),  # the rank is the post's
    ("the Northern Rural Regional Minister for Health", "Northern Rural Regional Minister Jo Roe spoke.\n", None),
    ("the Minister for Health", "Minister Harlow Council said.\n", None),  # a body after the post
])
def test_a_title_read_whole(clause: str, text: str, expected: tuple[str, str] | None) -> None:
    assert _title(clause, text) == expected


@pytest.mark.parametrize(("text", "name", "kind", "expected"), [
    ("Minister for Foreign Affairs said", "Foreign Affairs", "person", True),  # the post at the text's start
    ("Foreign Affairs officials met. The Minister for Foreign Affairs said", "Foreign Affairs", "person", True),
    ("the Minister of State for Rural Broadband said", "State for Rural Broadband", "org", True),
    ("the Department of State for Rural Broadband said", "State for Rural Broadband", "org", False),
    ("State for Rural Broadband said", "State for Rural Broadband", "org", False),
])
def test_a_remit_is_no_name(text: str, name: str, kind: str, expected: bool) -> None:
    at = text.rindex(name)
    assert remit_name(text, Mention(at, at + len(name), name, kind)) is expected


def test_a_remit_written_otherwise_is_read_from_its_mentions_start() -> None:
    text = "The Minister for Foreign  Affairs said"
    assert remit_name(text, Mention(17, len(text) - 5, "Foreign Affairs", "person")) is True


# stubs


@pytest.mark.parametrize(("quote", "expected"), [
    ("was not accessed", True), ("Costs were cut", False), ("Rents rose sharply", False),
    ("because they were told so", True), ("because the council had not set its budget", False),
    ("As was the case last year", False),
])
def test_a_stub(quote: str, expected: bool) -> None:
    assert is_stub(quote) is expected


def test_stub_at_reads_long_rows_and_leaning_clauses() -> None:
    long = ("The council said that the new depot would open in the spring and that it would employ forty people from "
            "the town and nearby villages.")
    assert stub_at(long, (0, len(long))) is False
    assert stub_at("because when it rains", (0, 21)) is True
    assert stub_at("- in 9 of them", (0, 14)) is False  # a row holding its bullet is none, as wave 14 reads it


def test_a_past_right_after_the_preposition_makes_no_phrase_after_a_cues_that() -> None:
    text = "The trust said that as agreed in May, the wards would close."
    first, second = (20, 36), (38, len(text) - 1)
    assert text[first[0]:first[1]] == "as agreed in May"
    rows = [Found("The trust", "organisation", "said that", first),
            Found("The trust", "organisation", "said that", second)]
    assert mend_stubs(text, rows) == rows  # `agreed` right after `as`: a clause with its own verb, left as it is


@pytest.mark.parametrize("quote", ["in\t9 of them", "in\n9 of them", "by\tthe end of May"])
def test_stub_ats_quick_check_ends_its_first_word_at_any_space(quote: str) -> None:
    # a found defect: the quick check split on " " only, so `in<tab>9` was its first word and the row no stub
    assert (stub_at(quote, (0, len(quote))), is_stub(quote)) == (True, True)
