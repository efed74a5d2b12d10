"""Unit cases for wave 43's new and changed extractor modules (what mutation round 44 found unasserted by their own
test files): a continuing lead-in (43c, `attribution.continuing_leads`), a survey's share with no reporting verb
(43g, `attribution.share_findings`), `It` after a published document (43j, `attribution.published_documents`), a
quotation a reported `that` opens over several sentences (43e, `attribution.that_quotations`), a company's trade
before its name (43l, `trade_descriptors`), a commissioning aside (43n, `speakers.commissioner_asides`), a subject's
own relative clause (43n, `speakers.subject_relatives`), a plural of people after describing words (43h,
`speakers.qualified_groups`) and a document's title read as a party (43d, `document_titles`); and the lines wave 43
changed in `attribution.accusations`, `attribution.characterisations`, `attribution.shares`, `attribution.cues`,
`speakers.regulator_signs`, `vocabulary`, `acronym_uses` and `plural_groups`, each through a public function.
Every party and sentence is invented, and each assert is on a whole value: a function's whole return value.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run
forked from a warm process would otherwise read the unmutated results of the same text."""
from __future__ import annotations

import re
from typing import Any

import pytest

from claims.extract.acronym_uses import spelled_in_lower_case, uses_alone
from claims.extract.attribution.accusations import accusation, accused_first
from claims.extract.attribution.characterisations import described_first
from claims.extract.attribution.continuing_leads import continuing_lead_in
from claims.extract.attribution.cues import not_a_cue
from claims.extract.attribution.published_documents import it_comes_next, note_published_document
from claims.extract.attribution.records import Attribution
from claims.extract.attribution.share_findings import may_state_share, share_finding
from claims.extract.attribution.shares import survey_publisher
from claims.extract.attribution.that_quotations import quotation_end, quotation_goes_on
from claims.extract.document_titles import ends_document_title, title_aside_start, title_words_start
from claims.extract.plural_groups import plural_common_noun
from claims.extract.speakers.commissioner_asides import is_commissioner_aside, names_maker
from claims.extract.speakers.context import Context
from claims.extract.speakers.qualified_groups import group_before_and, opened_group, people_plural, qualified_group
from claims.extract.speakers.regulator_signs import forms_of, letters_given
from claims.extract.speakers.subject_relatives import subject_relative_start
from claims.extract.text import Block
from claims.extract.trade_descriptors import past_trade_descriptor
from claims.extract.vocabulary import word_search
from tests.extract_rows import named_context, subject_words

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


# continuing_lead_in: the speaker of the claim that ends right before `Of these:` gives the lead-in, a colon cue with
# no spans; none for a sentence that is no lead-in, no claim before, a colon cue, an unresolved speaker, a claim
# running past the lead-in's start or one a sentence further back.
_LEAD = "Tarn Trust said sales fell. Of these: "
_OF = _LEAD.index("Of")
_TARN_COLON = Attribution("Tarn Trust", "org", "Of these:", (), colon=True)


@pytest.mark.parametrize(("text", "sentence", "previous", "expected"), [
    (_LEAD, (_OF, len(_LEAD)), Attribution("Tarn Trust", "org", "said", ((16, 26),)), _TARN_COLON),
    ("Of these:", (0, 9), Attribution("Tarn Trust", "org", "said", ((0, 0),)), _TARN_COLON),
    ("Tarn Trust said sales fell. Results: ", (28, 37), Attribution("Tarn Trust", "org", "said", ((16, 26),)), None),
    (_LEAD, (_OF, len(_LEAD)), Attribution("Tarn Trust", "org", "said", ((16, 26),), colon=True), None),
    (_LEAD, (_OF, len(_LEAD)), Attribution("Staff", "unresolved", "said", ((16, 26),)), None),
    (_LEAD, (_OF, len(_LEAD)), Attribution("Tarn Trust", "org", "said", ()), None),
    (_LEAD, (_OF, len(_LEAD)), Attribution("Tarn Trust", "org", "said", ((16, _OF + 1),)), None),
    ("Tarn Trust said sales fell. It rained. Of these:", (39, 48),
     Attribution("Tarn Trust", "org", "said", ((16, 26),)), None),
])
def test_continuing_lead_in(text: str, sentence: tuple[int, int], previous: Attribution, expected: Any) -> None:
    assert continuing_lead_in(text, sentence, previous) == expected


# may_state_share: a share sign and a finite verb after a share; _finite: a listed verb or a long enough `-ed` word.
@pytest.mark.parametrize(("body", "expected"), [
    ("Of those asked, 62% managed to pay", True), ("62 per cent managed to pay", True),
    ("the majority managed to pay", True), ("Half managed to save", False), ("62% said yes", False),
    ("62% based on sales", False),
])
def test_may_state_share(body: str, expected: bool) -> None:
    assert may_state_share(body) is expected


@pytest.mark.parametrize(("verb", "expected"), [
    ("aimed", True), ("Managed", True), ("think", True), ("bred", False), ("used", False), ("owned", False),
])
def test_finite_after_a_share(verb: str, expected: bool) -> None:
    assert may_state_share(f"Of those asked, 62% {verb} the plan") is expected


# it_comes_next: `It` and a space or tab open the next sentence, here or a paragraph down.
@pytest.mark.parametrize(("text", "expected"), [
    ("The plan was published. It found", True), ("The plan was published.\n\nIt found", True),
    ("The plan was published. Its board", False), ("The plan was published.            It found", False),
    ("The plan. xx It found", False),
])
def test_it_comes_next(text: str, expected: bool) -> None:
    assert it_comes_next(text, text.index(".") + 1) is expected


# quotation_end: where a quotation opened after `that` and left open by the cue's sentence closes, the paragraph's
# end when no mark follows; -1 otherwise.
def _quoted(text: str, sentence_end: int, block_end: int | None = None, opening: str = 'that "') -> int:
    """Return quotation_end for a cue's claim opening at the mark that ends `opening`, its sentence from the text's
    start to sentence_end."""
    mark = text.index(opening) + len(opening) - 1
    claim = Attribution("Jo Roe", "person", "added that", ((mark, sentence_end),))
    return quotation_end(text, (0, sentence_end), Block(0, len(text) if block_end is None else block_end, 0, False),
                         claim)


_ADDED = 'He added that "the budget is balanced. Reserves stand at four million pounds." Then he left.'
_ADDED_END = _ADDED.index(". R") + 1


@pytest.mark.parametrize(("text", "sentence_end", "block_end", "opening", "expected"), [
    (_ADDED, _ADDED_END, None, 'that "', 77),
    ('He added that "the budget is balanced. Reserves stand at four million pounds.\n', 38, None, 'that "', 78),
    ('He added that \u201cthe budget is balanced. Reserves stand at four million pounds.\u201d', 38, None,
     'that \u201c', 77),
    ('that "the budget is balanced. Reserves stand at four million pounds."', 29, None, 'that "', 68),
    ('He added that         "the budget is balanced. Reserves stand at four million pounds."', 46, None, '"', -1),
    ('He added that "the budget is balanced. Reserves stand at \u201cfour\u201d million pounds.', 38, None, 'that "',
     -1),
    ('He added that "the budget is balanced." Reserves stand at four million pounds.', 40, None, 'that "', -1),
    ('He added "the budget is balanced. Reserves stand at four million pounds."', 33, None, 'added "', -1),
    (_ADDED, _ADDED_END, _ADDED_END, 'that "', -1),
])
def test_quotation_end(text: str, sentence_end: int, block_end: int | None, opening: str, expected: int) -> None:
    assert _quoted(text, sentence_end, block_end, opening) == expected


def test_quotation_end_without_a_claim() -> None:
    block = Block(0, len(_ADDED), 0, False)
    assert (quotation_end(_ADDED, (0, _ADDED_END), block, None),
            quotation_end(_ADDED, (0, _ADDED_END), block, Attribution("J", "person", "said", ()))) == (-1, -1)


def test_quotation_goes_on_keeps_statements_of_enough_words() -> None:
    text = 'He added that "the budget is balanced. Reserves stand at four million pounds. Yes. ' \
        'We will hire twelve more staff."'
    end = text.rindex('"')
    assert quotation_goes_on(text, (0, 38), end, Attribution("Jo Roe", "person", "added that", ((14, 38),))) == [
        Attribution("Jo Roe", "person", "quotation continues", ((39, 77),)),
        Attribution("Jo Roe", "person", "quotation continues", ((83, 114),)),
    ]


# past_trade_descriptor: the company's name words after a trade noun in its own capitalisation; none for a person,
# a post, a lower-case rest or too many words.
@pytest.mark.parametrize(("words", "expected"), [
    (["Retailer", "Brightway"], ["Brightway"]), (["Retailer", "Brightway", "&", "Sons"], ["Brightway", "&", "Sons"]),
    (["Retailer", "A", "B", "C", "D"], ["A", "B", "C", "D"]), (["Retailer", "&"], ["&"]),
    (["Retailer", "brightway"], []), (["RETAILER", "Brightway"], []), (["RetaileR", "Brightway"], []),
    (["Retailer", "Jo", "Roe"], []), (["Retailer", "Director"], []), (["Retailer", "Brightway", "Editor"], []),
    (["Retailer", "Ab", "x"], []), (["Retailer", "A", "B", "C", "D", "E"], []), (["Retailer"], []),
])
def test_past_trade_descriptor(words: list[str], expected: list[str]) -> None:
    assert past_trade_descriptor(words) == expected


# names_maker / is_commissioner_aside: a maker named after `by` inside the subject, or a body's name.
_STUDY = "A study by Tarn Trust, commissioned by Kell Council, found"


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("A study by Tarn Trust", 0, 21, True), ("a study by the polling firm Tarn", 0, 32, True), ("A study", 0, 7, False),
    ("A study by tarn", 0, 15, False), (_STUDY, 0, 8, False), ("study. A report by Tarn", 7, 23, True),
    ("A report by Tarn", 0, 12, False),
])
def test_names_maker(text: str, start: int, end: int, expected: bool) -> None:
    assert names_maker(text, start, end) is expected


def test_is_commissioner_aside() -> None:
    aside = (_STUDY.index("commissioned"), _STUDY.index(", found"))
    assert (is_commissioner_aside(_STUDY, aside, (0, 21)), is_commissioner_aside(_STUDY, (23, 30), (0, 21)),
            is_commissioner_aside("The report, commissioned by Kell Council, found", (12, 39), (0, 10))) \
        == (True, False, False)


# subject_relative_start: where ` that`/` who` and a past verb with its object open after a lower-case head.
@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("A joint inspection team that visited the Kell plant reported", 0, 61, 23),
    ("The panel that examined Tarn found", 0, 34, 9), ("The team who inspected Tarn", 0, 27, 8),
    ("xx. The team that visited the plant", 4, 35, 12), ("The team that visited the plant", 0, 25, None),
    ("The team, that visited the plant", 0, 32, None), ("The Panel That examined Tarn found", 0, 34, None),
    ("Tarn that visited the plant", 0, 27, None), ("The team that aimed its", 0, 23, None),
])
def test_subject_relative_start(text: str, start: int, end: int, expected: int | None) -> None:
    assert subject_relative_start(text, start, end) == expected


# qualified_group: a plural of people after plain lower-case describing words (a leading `and` dropped).
@pytest.mark.parametrize(("subject", "expected"), [
    ("and ground engineers", ("ground engineers", "unresolved")),
    ("Regional health officials", ("Regional health officials", "unresolved")),
    ("Ward nurses", ("Ward nurses", "unresolved")), ("and engineers", None), ("engineers", None),
    ("the night drivers", None), ("some night drivers", None), ("every night drivers", None),
    ("night and drivers", None), ("health and officials", None), ("Regional Health officials", None),
    ("senior health Officials", None), ("night-shift drivers", None), ("local unions", None),
])
def test_qualified_group(subject: str, expected: Any) -> None:
    assert qualified_group(*subject_words(subject)) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("officials", True), ("surgeons", True), ("nurses", True), ("unions", False), ("trusts", False),
])
def test_people_plural(word: str, expected: bool) -> None:
    assert people_plural(word) is expected


# opened_group: `the` and a plural of people after an opening phrase of place or time with no comma.
@pytest.mark.parametrize(("subject", "expected"), [
    ("At the depot the night drivers", ("the night drivers", "unresolved")),
    ("In the day wards the patients", ("the patients", "unresolved")),
    ("In May the drivers", ("the drivers", "unresolved")), ("At dawn the drivers", ("the drivers", "unresolved")),
    ("At depots the night drivers", ("the night drivers", "unresolved")), ("At the depot drivers", None),
    ("In the yard, the drivers", None), ("In the yard; the drivers", None), ("In the yard: the drivers", None),
    ("In the yard and the drivers", None), ("At the depot the very long night shift drivers", None),
    ("At the depot the even drivers", None), ("In a letter to the drivers", None), ("At noon by the drivers", None),
    ("At the depot the Night drivers", None), ("At the depot the night-shift drivers", None),
    ("At the the drivers", None),
])
def test_opened_group(subject: str, expected: Any) -> None:
    assert opened_group(*subject_words(subject)) == expected


# group_before_and: the group opening a first predicate that `and` or `but` joins to the cue.
@pytest.mark.parametrize(("subject", "expected"), [
    ("The nurses walked out and", ("The nurses", "unresolved")),
    ("The nurses walked out but", ("The nurses", "unresolved")),
    ("The night nurses walked out and", ("The night nurses", "unresolved")),
    ("The ward night nurses walked out and", ("The ward night nurses", "unresolved")),
    ("Angry night nurses walked out and", ("Angry night nurses", "unresolved")),
    ("The nurses met and", ("The nurses", "unresolved")), ("Nurses walked and", ("Nurses", "unresolved")),
    ("Residents gathered and", ("Residents", "unresolved")),
    ("The nurses gathered at the gates and", ("The nurses", "unresolved")),
    ("Union members voted to strike and", ("Union members", "unresolved")),
    ("Cleaners gathered and", ("Cleaners", "unresolved")), ("Pigeons gathered and", None), ("The nurses walked out or", None), ("The nurses, angry, walked out and", None),
    ("The nurses walked out; and", None), ("The nurses walked out: and", None),
    ("The nurses walked out which and", None), ("The officers returned and", None),
    ("The Night nurses walked out and", None), ("The even nurses walked out and", None),
    ("The ward even nurses walked out and", None), ("The night-shift nurses walked out and", None),
    ("The 3 nurses walked out and", None), ("Some nurses walked out and", None),
    ("The senior ward night nurses walked out and", None), ("A b c d e f g h i j k walked and", None),
])
def test_group_before_and(subject: str, expected: Any) -> None:
    assert group_before_and(subject, *subject_words(subject)) == expected


# title_words_start / ends_document_title / title_aside_start: a title's capitalised and joining words before a name.
@pytest.mark.parametrize(("text", "name", "start", "ends"), [
    ("the Guild's annual State of the Trade report", "Trade", 19, True),
    ("the State of the Trade report", "Trade", 4, True), ("its State of the Art of the Trade report", "Trade", 4, True),
    ("The State of the Trade", "Trade", 4, False), ("annual State of Trade", "Trade", 7, False),
    ("A Plan for the Trade", "Trade", 2, False), ("Working Safely on Tidal Crossings", "Tidal", 0, False),
    ("of the Trade", "Trade", -1, False), ("Trade", "Trade", -1, False), ("State  of Trade", "Trade", -1, False),
    ("He said that of the Trade report", "Trade", -1, False),
])
def test_title_words_start(text: str, name: str, start: int, ends: bool) -> None:
    at = text.index(name)
    assert (title_words_start(text, at), ends_document_title(text, at, at + len(name))) == (start, ends)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The guidance, Working Safely on Tidal Crossings, advises", "Tidal Crossings", True),
    ("The guidance, Working Safely on Tidal Crossings, advises", "Working Safely", True),
    ("The report, titled Behind Doors, found", "Behind Doors", True),
    ("The report, titled Behind 2 Doors, found", "Behind", True),
    ("The Guild's plan, Trade for the Future, says", "Trade", True),
    ("The report, Behind Doors, found", "Behind Doors", True),  # the noun heads its subject (wave 57e)
    ("Its head of policy, Behind Doors, found", "Behind Doors", False),  # a post's noun: the title needs a joiner
    ("Tarn said, Working Safely on Tidal Crossings, advises", "Tidal Crossings", False),
])
def test_ends_document_title_set_off(text: str, name: str, expected: bool) -> None:
    at = text.index(name)
    assert ends_document_title(text, at, at + len(name)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The guidance, Working Safely on Tidal Crossings, advises", 12), ("The report, titled Behind Doors, found", 10),
    ("The report found", None), ("The report, Behind Doors, found", 10),
    ("Its head of policy, Behind Doors, found", None),
])
def test_title_aside_start(text: str, expected: int | None) -> None:
    assert title_aside_start(text, 0, text.rindex(" ") + 1) == expected


# word_search (43s): one alternative per first letter's form (with the forms the engine takes for it when caseless),
# a lookbehind for the word's start when bounded; `regulator_signs` builds its pattern from it once at import.
@pytest.mark.parametrize(("word_sets", "expected"), [
    ([(frozenset({"sky fall", "kite"}), True, True), (frozenset({"sun"}), False, False)],
     "k(?<=\\bk)(?:(?i:ite\\b))|K(?<=\\bK)(?:(?i:ite\\b))|\u212a(?<=\\b\u212a)(?:(?i:ite\\b))"
     "|s(?<=\\bs)(?:(?i:ky\\s+fall\\b))|S(?<=\\bS)(?:(?i:ky\\s+fall\\b))|\u017f(?<=\\b\u017f)(?:(?i:ky\\s+fall\\b))"
     "|s(?:un)"),
    ([(frozenset({"ab"}), False, True)], "a(?<=\\ba)(?:b\\b)"),
    ([(frozenset({"ab", "ad"}), True, False)], "a(?:(?i:b)|(?i:d))|A(?:(?i:b)|(?i:d))"),
    ([(frozenset({"zed"}), False, True), (frozenset({"zoo"}), False, False)], "z(?<=\\bz)(?:ed\\b)|z(?:oo)"),
])
def test_word_search_source(word_sets: list[tuple[frozenset[str], bool, bool]], expected: str) -> None:
    assert word_search(word_sets) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The SKY  FALL came", True), ("a skyfall", False), ("The kites", False), ("a Kite.", True), ("sunny", True),
    ("unsunny", True), ("Tzed", False),
])
def test_word_search_finds(text: str, expected: bool) -> None:
    pattern = re.compile(word_search([(frozenset({"sky fall", "kite"}), True, True),
                                      (frozenset({"sun"}), False, False), (frozenset({"zed"}), False, True)]))
    assert (pattern.search(text) is not None) is expected


# _verb_and_accused / accused_first / described_first / conjoined_first (43i): an unquoted accusation, condemnation
# or characterisation conjoined right before a cue is the subject's claim too, under its own verb.
def _said(text: str, claim: str) -> Attribution:
    """Return Jo Roe's `said` attribution of the text from `claim` to the stop before its end."""
    return Attribution("Jo Roe", "person", "said", ((text.index(claim), len(text) - 1),))


_ACCUSED = "Jo Roe accused the board of delay and said the rest must act."
_CONDEMNED = "Jo Roe condemned the board for its delay and said the rest must act."
_DESCRIBED = "Jo Roe described the delay as avoidable and said the board must act."


@pytest.mark.parametrize(("text", "expected"), [
    ("Councillor Jo Roe condemned the Tarn board for closing two wards.",
     Attribution("Jo Roe", "person", "condemned", ((28, 64),))),
    ("Jo Roe accused the Tarn board of closing two wards.", Attribution("Jo Roe", "person", "accused", ((15, 50),))),
])
def test_accusation_verb_and_accused(text: str, expected: Attribution) -> None:
    assert accusation(text, (0, len(text)), [], named_context(text)) == expected


@pytest.mark.parametrize(("text", "holes", "expected"), [
    (_ACCUSED, [], [Attribution("Jo Roe", "person", "accused", ((15, 33),)), _said(_ACCUSED, "the rest")]),
    (_CONDEMNED, [], [Attribution("Jo Roe", "person", "condemned", ((17, 40),)), _said(_CONDEMNED, "the rest")]),
    (_ACCUSED, [(15, 33)], [_said(_ACCUSED, "the rest")]),
])
def test_accused_first(text: str, holes: list[tuple[int, int]], expected: list[Attribution]) -> None:
    assert accused_first(text, (0, len(text)), _said(text, "the rest"), holes) == expected


@pytest.mark.parametrize(("holes", "expected"), [
    ([], [Attribution("Jo Roe", "person", "described", ((7, 39),)), _said(_DESCRIBED, "the board")]),
    ([(5, 20)], [_said(_DESCRIBED, "the board")]),
])
def test_described_first(holes: list[tuple[int, int]], expected: list[Attribution]) -> None:
    assert described_first(_DESCRIBED, (0, len(_DESCRIBED)), _said(_DESCRIBED, "the board"), holes) == expected


# survey_publisher (43g): a surveyor named within reach, else the body that spoke two paragraphs back at most with no
# other named since, else a surveyor anywhere before; _last_surveyor: the last known body surveying in the window.
_SLOW = " Trade was slow." * 45


def _survey_context(text: str, speakers: tuple[str, ...] = (), block: int = 0, org_block: int = 0,
                    other: bool = False, kind: str = "organisation") -> Context:
    """Return a context of the text with the bodies that spoke so far, the paragraph read and the speakers' one."""
    ctx = named_context(text)
    ctx.org_speakers, ctx.block, ctx.org_block, ctx.other_org = list(speakers), block, org_block, other
    for name in speakers:
        ctx.kinds[name] = kind
    return ctx


_GUILD = ("Tarn Traders Guild", "organisation")
_NEAR = "Tarn Traders Guild surveyed 400 shops in May. 26% managed to cut costs."
_FAR = "Tarn Traders Guild surveyed 400 shops in May." + _SLOW + " 26% managed to cut costs."
_NONE = "Farms were slow." + _SLOW + " 26% managed."


@pytest.mark.parametrize(("text", "context", "expected"), [
    (_NEAR, {}, _GUILD), (_FAR, {}, _GUILD),
    (_NEAR, {"speakers": ("Kell Bakers Network",), "block": 1, "org_block": 1}, _GUILD),
    ("The " + _FAR, {"speakers": ("Kell Bakers Network",), "block": 3, "org_block": 1},
     ("Kell Bakers Network", "organisation")),
    ("The " + _FAR, {"speakers": ("Kell Bakers Network",), "block": 4, "org_block": 1}, _GUILD),
    ("The " + _FAR, {"speakers": ("Kell Bakers Network",), "block": 3, "org_block": 1, "other": True}, _GUILD),
    (_NONE, {"speakers": ("A Board", "B Board", "C Board"), "block": 1, "org_block": 1}, ("C Board", "organisation")),
    (_NONE, {"speakers": ("Kell Inspectorate",), "block": 1, "org_block": 1, "kind": "inspectorate"},
     ("Kell Inspectorate", "inspectorate")),
    ("Tarn Inspectorate surveyed 40 farms. 26% managed.", {}, ("Tarn Inspectorate", "inspectorate")),
    ("Tarn Inspectorate surveyed 40 farms." + _SLOW + " 26% managed.", {}, ("Tarn Inspectorate", "inspectorate")),
    (_NONE, {}, None),
])
def test_survey_publisher(text: str, context: dict[str, Any], expected: Any) -> None:
    assert survey_publisher(text, text.index("26%"), _survey_context(text, **context)) == expected


def test_last_surveyor_in_the_window() -> None:
    text = "Tarn Inspectorate surveyed 40 farms. Kell Union surveyed 9 shops. 26% managed."
    ctx = named_context(text)
    assert (survey_publisher(text, text.index("26%"), ctx), survey_publisher(text, 36, ctx)) \
        == (("Kell Union", "organisation"), ("Tarn Inspectorate", "inspectorate"))


# not_a_cue's `noted` (43j): a determiner, at most one word, then a noted thing's noun, no stop after the word
# between, is an act on a thing received.
@pytest.mark.parametrize(("following", "expected"), [
    ("the petition", True), ("the petition.", True), ("The Petition", True), ("the late petition", True),
    ("a late submission today", True), ("the late, petition", False), ("the late; petition", False),
    ("the late. petition", False), ("the sharp increases", False), ("sharp petition", False), ("the", False),
])
def test_noted_a_thing(following: str, expected: bool) -> None:
    assert not_a_cue("The council noted " + following, 0, 12) is expected


# spelled_in_lower_case / uses_alone (43s): every bracketed use is read in the text's order; a use alone has no word
# character nor `(` before it and none nor `)` after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("(FOI) came first; then freedom of information (FOI) rules.", True),
    ("A (FOI) here; freedom of information (FOI) there; a (FOI) last.", True),
    ("A (FOI) here; a (FOI) there.", False),
])
def test_spelled_in_lower_case(text: str, expected: bool) -> None:
    assert spelled_in_lower_case(text, "FOI") is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("a (GAA) and GAA clubs", [12]), ("GAA (GAA) xGAA GAAx GAA)", [0]), ("x(GAA and (GAA", []),
])
def test_uses_alone(text: str, expected: list[int]) -> None:
    assert uses_alone(text, "GAA") == expected


# letters_given / forms_of (43s): the letters after the first place the name is followed by them; none unless the
# text writes the name, a space and a bracket.
def test_letters_given_first_place_with_letters() -> None:
    given = letters_given("Tarn Media said. Tarn Media (TM) rose. Tarn Media (TX) fell.", "Tarn Media")
    inside = letters_given("The AAA (TM) rose", "AA")
    assert (given.group(1), given.start(), inside.group(1) if inside else None) == ("TM", 27, "TM")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tarn Media (TM) said", "Tarn Media", {"Tarn Media", "TM"}), ("Tarn Media(TM) said", "Tarn Media", {"Tarn Media"}),
    ("The Tarn Media Board (TMB) said. TMB said.", "TMB", {"TMB", "Tarn Media Board"}),
])
def test_forms_of(text: str, name: str, expected: set[str]) -> None:
    assert forms_of(text, name) == expected


@pytest.mark.parametrize(("text", "name", "start"), [
    ("an annual State Trade report", "Trade", -1), ("State of Trade", "Trade", 0),
])
def test_title_words_start_edges(text: str, name: str, start: int) -> None:
    assert title_words_start(text, text.index(name)) == start


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The report, titled Behind Doors. It found", "Behind Doors", False),
    ("The report, titled Behind 2nd Doors, found", "Behind", True),
])
def test_ends_document_title_edges(text: str, name: str, expected: bool) -> None:
    at = text.index(name)
    assert ends_document_title(text, at, at + len(name)) is expected


# share_finding (43g): a share and a finite verb after a survey word, given to the body the survey is in sight of.
@pytest.mark.parametrize(("text", "whole_hole", "expected"), [
    ("Respondents were many. 26% managed to cut costs.", False,
     Attribution("Kell Bakers Network", "organisation", "managed", ((23, 47),))),
    ("Respondents were many. 26% managed to cut costs.", True, None),
    ("Prices rose.\n\n26% managed to cut costs in the survey.", False, None),
])
def test_share_finding(text: str, whole_hole: bool, expected: Any) -> None:
    start = text.index("26%")
    holes = [(start, len(text))] if whole_hole else []
    ctx = _survey_context(text, ("Kell Bakers Network",), 1, 1)
    assert share_finding(text, (start, len(text)), holes, ctx) == expected


# plural_common_noun (43e): a capitalised word whose singular (less `s`, `ies` as `y`, or less `es` after `es`) is a
# common noun the text writes in lower case; `Curious` is no plural of `curio`.
@pytest.mark.parametrize(("word", "text", "expected"), [
    ("Curious", "Jo Roe sold a curio at the fair. Curious buyers said", False),
    ("Puppies", "a puppy ran", True), ("Puppies", "nothing here", False),
])
def test_plural_common_noun(word: str, text: str, expected: bool) -> None:
    assert plural_common_noun(word, text) is expected


# note_published_document (43j): a document opening a sentence that says it was published is the next `It`: its
# maker when named, else the document, registered as one.
@pytest.mark.parametrize(("text", "expected"), [
    ("The plan was published on Monday. It found", (("the plan", 2), {"the plan": "document"})),
    ("The Tarn Trust annual report was published today. It shows",
     (("Tarn Trust", 2), {"Tarn Trust": "organisation"})),
    ("An audit of the council was published today. It shows", (("an audit", 2), {"an audit": "document"})),
    ("The new rules were published. It found", (None, {})),
    ("The plan was praised on Monday. It found", (None, {})),
])
def test_note_published_document(text: str, expected: Any) -> None:
    ctx = named_context(text)
    ctx.block = 2
    note_published_document(text, (0, text.index(".") + 1), ctx)
    assert (ctx.subject, dict(ctx.kinds)) == expected
