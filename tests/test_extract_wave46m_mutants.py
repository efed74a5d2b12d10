"""Round 46m: mutants mutmut showed unasserted in the functions waves 44 and 45 changed or added, each case an
invented text with the whole value asserted."""
from claims.extract.attribution.subjects import reads_as_past_verb
from claims.extract.entities import Mention
from claims.extract.items import tidy
from claims.extract.speakers import Context
from claims.extract.speakers.described_names import past_described_kind
from claims.extract.speakers.subject_bodies import bodies_of_head, opens_as_subject, subject_named_before
from claims.extract.speakers.voice_subjects import opening_body
from tests.extract_rows import cued_rows


# attribution/subjects.reads_as_past_verb (45a second read): the word after an opening subject

def test_only_a_past_reads_as_the_subject_s_verb() -> None:
    """A known past (`rose`), a lower-case `-ed` form (`welcomed`); never a present (`says`), a noun (`chair`) or a
    capitalised word (`Board`)."""
    assert [reads_as_past_verb(w) for w in ("rose", "welcomed", "says", "chair", "Board")] == \
        [True, True, False, False, False]


# speakers/subject_bodies (45d): the body a paragraph made its sentence's subject

def test_a_name_after_an_opening_mark_does_not_open_its_sentence() -> None:
    """`(` right before the name at index 1: not a sentence's opening."""
    text = "(Corvell City Council has published its figures.)"
    assert not opens_as_subject(text, Mention(1, 21, "Corvell City Council", "org"))


def test_a_name_after_a_first_word_does_not_open_its_sentence() -> None:
    """`A ` before the name at index 2: the whole of the two characters is read, not the space alone."""
    text = "A Corvell City Council vote passed."
    assert not opens_as_subject(text, Mention(2, 22, "Corvell City Council", "org"))


def test_a_name_inside_its_sentence_before_a_verb_is_no_subject() -> None:
    """The characters read are the ones before the name (`say `), not after it."""
    text = "Members say Arnsworth Building Society has grown."
    assert not opens_as_subject(text, Mention(12, 38, "Arnsworth Building Society", "org"))


def test_a_plural_head_is_the_reference_s_plural_noun() -> None:
    """`services` names both `X Water Services` bodies (an `s` stripped on both sides); a one-word name and a body
    of another head are none of them; `society` keeps its opening `s`."""
    bodies = [Mention(0, 20, "Kelby Water Services", "org"), Mention(30, 40, "Services", "org"),
              Mention(50, 71, "Arden Water Services", "org"), Mention(80, 103, "Tarrow Building Society", "org")]
    assert bodies_of_head(bodies, 120, "services") == [bodies[0], bodies[2]]
    assert bodies_of_head(bodies, 120, "society") == [bodies[3]]


def test_paragraphs_after_the_reference_do_not_count() -> None:
    """Only the breaks between the subject and the reference are counted, not those after it."""
    text = "Corvell City Council has published its figures.\n\nThe council said A.\n\nB.\n\nC."
    corvell = Mention(0, 20, "Corvell City Council", "org")
    assert subject_named_before(text, [corvell], text.index("The council"), "council") == corvell


# items._past_before (45a): a past form before a list's last `and` keeps its parts apart

def test_a_short_ed_form_before_the_and_is_a_verb_of_its_own() -> None:
    """`axed` (four letters, no irregular past) is a verb of its own: three predicates, three claims."""
    text = ("The regulator said the firm had made representations, axed the fees charged and offered them a year of "
            "free advice.")
    regulator = ("the regulator", "inspectorate", "said")
    assert cued_rows(text) == [regulator + ("the firm had made representations",),
                               regulator + ("axed the fees charged",),
                               regulator + ("offered them a year of free advice",)]


# speakers/voice_subjects.opening_body and _opening_name (44d): a registered body opening text at a point

def _speaking(text: str, bodies: dict[str, str]) -> Context:
    """A context in which each body is registered with its kind and has spoken."""
    ctx = Context(text=text)
    for name, kind in bodies.items():
        ctx.register_org(name, kind)
        ctx.org_speakers.append(name)
    return ctx


def test_an_inspectorate_opening_a_later_sentence_is_the_body() -> None:
    text = "Pellmoor met. Wexmoor Inspectorate defended its report."
    ctx = _speaking(text, {"Wexmoor Inspectorate": "inspectorate"})
    assert opening_body(text, text.index("Wexmoor"), ctx) == "Wexmoor Inspectorate"


def test_a_body_not_at_the_point_opens_nothing() -> None:
    """`Orbin` is registered, but the sentence opens on `Votes`; the character after Orbin's length is no matter."""
    text = "Pellmoor met. Votes came in."
    assert opening_body(text, text.index("Votes"), _speaking(text, {"Orbin": "organisation"})) is None


def test_a_name_that_only_opens_a_longer_word_is_no_body() -> None:
    """`Tarn` is not `Tarnside` nor `Tarns`: the one character after the name is a letter."""
    for text in ("Votes came in. Tarnside Homes defended it.", "Votes came in. Tarns defended it."):
        assert opening_body(text, text.index("Tarn"), _speaking(text, {"Tarn": "organisation"})) is None


# items.tidy (44a changed its leading `that`): an item's span trimmed at both ends

TIDIED = [
    ("and also the fund grew", (0, 22), (9, 22)),  # connectors before the item
    ("that figure was too low", (0, 23), (0, 23)),  # `that` at the text's first character, a determiner: kept
    ("that figure was low; and the sum rose", (21, 37), (25, 37)),  # a `that` before the span is not looked at
    ("and the sum rose that figure was low", (0, 16), (4, 16)),  # nor one after it
    ("that and that figure was low", (0, 28), (9, 28)),  # the last `that` of the connectors is the determiner
    ("X-rays rose", (0, 11), (0, 11)),  # a capital X is no mark to strip
    ("LAKEWOOD, Minn. \u2014 The city grew.", (0, 32), (18, 31)),  # a dateline
    ("ASHFORD, Kent \u2014 The town grew.", (0, 30), (16, 29)),  # a dateline opening on A
    ("ZELL, Mosel \u2014 The town grew.", (0, 28), (14, 27)),  # and on Z
    ("ASHVILLE, Ohio \u2014 The city grew.", (0, 14), (0, 14)),  # its dash past the span's end: no dateline
    ("and", (0, 3), (3, 3)),  # nothing left: no character is read past the end
    ("or", (0, 2), (2, 2)),
    ("(b) stored unsafely", (0, 19), (4, 19)),  # a list's letter
    ("2. The fund grew", (0, 16), (3, 16)),  # a list's number
    ("(b) x", (0, 2), (0, 2)),  # its closing bracket past the span's end: no letter
    ("the fund grew, adding", (0, 21), (0, 13)),  # a participle of speech before a quotation
    ("the fund grew, adding: more", (0, 21), (0, 13)),  # the same where the span ends before the text does
    ("the fund grew and", (0, 17), (0, 13)),  # an `and` the next marker cut
    ("stored unsafely and (c) sold", (0, 19), (0, 15)),
    ("the fund grew or", (0, 16), (0, 13)),  # an `or` the same
    ("x and also y", (2, 5), (5, 5)),  # connectors are read only inside the span
    ("the fund grew:, adding", (0, 22), (0, 13)),  # the marks left once the participle is cut are stripped
    ("the fund grew \u2014 and", (0, 19), (0, 13)),  # and a dash left before the cut `and`
]


def test_tidy_trims_each_item_to_its_words() -> None:
    assert [(text, span, tidy(text, span)) for text, span, _ in TIDIED] == TIDIED


# attribution/subjects._content: a reported `that` clause is never the audience (defect found by its survivors)

def test_a_that_clause_ending_on_a_place_word_is_the_claim_not_an_audience() -> None:
    """`the deficit stood at £31m` after `told staff that` or `wrote that` is what was said: it only looks like an
    audience and its occasion (`told the committee at its meeting.`)."""
    assert cued_rows("Jo Roe told staff that the deficit stood at \u00a331m.") == [
        ("Jo Roe", "person", "told staff that", "the deficit stood at \u00a331m")]
    assert cued_rows("Harlow Water wrote that the deficit stood at \u00a331m in May.") == [
        ("Harlow Water", "organisation", "wrote that", "the deficit stood at \u00a331m in May")]


def test_an_audience_alone_after_told_is_still_no_claim() -> None:
    """`told reporters on a call`, `writes to members` after the claim: the claim is the words before its speaker."""
    assert cued_rows("Waiting times at the three sites halved last year, Jo Roe told reporters on a call.") == [
        ("Jo Roe", "person", "told", "Waiting times at the three sites halved last year")]
    assert cued_rows("Waiting times at the three sites halved last year, Jo Roe writes to members.") == [
        ("Jo Roe", "person", "writes", "Waiting times at the three sites halved last year")]


def test_a_short_name_opening_text_speaks_when_its_full_name_spoke() -> None:
    """`Kelby` never spoke under that name, but `Acme Kelby`, the fuller name ending in it, did: Kelby is returned."""
    text = "Votes came in. Kelby defended it."
    ctx = _speaking(text, {"Acme Kelby": "organisation"})
    ctx.register_org("Kelby", "organisation")
    assert opening_body(text, text.index("Kelby"), ctx) == "Kelby"


# speakers/described_names._modifiers_of (43l, 44f): the words before a described kind of body

def test_described_kinds_are_passed_only_after_plain_modifiers() -> None:
    """A trade's first word may be capitalised (`Budget rival`), not a group's (`Consumer group`: a name's words);
    every word before the kind is read (`chief` is a post), and the first word is the subject's own (`Its`)."""
    subjects = ["Budget rival Skyline", "Consumer group Fairbasket", "consumer group Fairbasket",
                "Budget chief rival Skyline", "Its supplier Voltmere", "Energy supplier Voltmere"]
    assert [past_described_kind(s.split()) for s in subjects] == [
        ["Skyline"], ["Consumer", "group", "Fairbasket"], ["Fairbasket"], ["Budget", "chief", "rival", "Skyline"],
        ["Its", "supplier", "Voltmere"], ["Voltmere"]]
