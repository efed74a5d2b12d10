"""Unit cases for wave 40's new extractor modules (what mutation round 41 found unasserted by their own test files):
offices named by their remit (40h, `speakers.remit_offices`), documents named by their letters (40c,
`attribution.lettered_documents`), a reference noun's first referent (40b, `speakers.first_references`), clauses
resuming a quotation's sentence (40f, `resumed_clauses`), commas inside a quotation's closing mark (40c,
`inline_commas`), a quoted list of a speaker's acts (40f, `attribution.spoken_clauses`), a post read as a body's name
(40b, `speakers.post_bodies`), a post's letters after a person's name (40j, `speakers.title_letters`), `the
organisation` before any body is read (40j, `speakers.sole_bodies`) and a month after a body's name (40c,
`attribution.month_tails`). Every party and sentence is invented, and each assert is on a whole value: a function's
whole return value or a list's whole rows.

The caches of `claims.extract` are cleared before each case here: posts and mentions are cached by text, and a mutant
run forked from a warm process would otherwise read the unmutated results of the same text."""
from __future__ import annotations

import pytest

from claims.extract.attribution.lettered_documents import lettered_documents, name_lettered_documents
from claims.extract.attribution.month_tails import without_month_tails
from claims.extract.attribution.records import Found
from claims.extract.attribution.spoken_clauses import spoken_clauses
from claims.extract.speakers.context import Context
from claims.extract.inline_commas import outside_commas, with_closing_mark
from claims.extract.resumed_clauses import interrupting_cue, join_resumed_clauses, resumes
from claims.extract.speakers.first_references import first_referent
from claims.extract.speakers.post_bodies import body_of_post
from claims.extract.speakers.remit_offices import (described_holder, held_posts, inspecting_office, post_holder,
                                                   remit_of_description)
from claims.extract.speakers.sole_bodies import sole_body_so_far
from claims.extract.speakers.title_letters import post_letters_after

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


# remit_offices.remit_of_description: `the` and at least one lower-case word of letters before a watchdog's head; a
# capital, a hyphen, another article or no remit at all describe no office.
@pytest.mark.parametrize(("clause", "expected"), [
    ("the canal watchdog", "canal"),
    ("the ports and shipping watchdog", "ports and shipping"),
    ("the watchdog", None),
    ("a canal watchdog", None),
    ("the Canal watchdog", None),
    ("the canal and Ports watchdog", None),
    ("the canal-and-ports watchdog", None),
    ("the canal committee", None),
], ids=["one-word", "three-words", "no-remit", "article", "capital-first", "capital-later", "hyphen", "no-head"])
def test_remit_of_description(clause: str, expected: str | None) -> None:
    assert remit_of_description(clause) == expected


CANAL_POSTS = ("The Deputy-Chief Inspector of Canals, Orla Venn, and the Independent Ombudsman for Locks, Ivo Marr, "
               "met.\n")
"""A hyphenated title word (`Deputy-Chief`) and a post (`Ombudsman`) that is no role of a person."""


# remit_offices.held_posts: each post with its title's words before it, its remit and its holder, an honorific set
# aside only when a given name and a surname follow it.
@pytest.mark.parametrize(("text", "expected"), [
    (CANAL_POSTS, (("inspector", "the deputy-chief", "canals", "Orla Venn"),
                   ("ombudsman", "and the independent", "locks", "Ivo Marr"))),
    ("The Chief Inspector of Canals, Dr Orla Venn, visited Brackmoor.\n",
     (("inspector", "the chief", "canals", "Orla Venn"),)),
    ("The Chief Inspector of Canals, Dr Venn, visited Brackmoor.\n",
     (("inspector", "the chief", "canals", "Dr Venn"),)),
], ids=["two-posts", "honorific", "honorific-and-surname"])
def test_held_posts(text: str, expected: tuple[tuple[str, str, str, str], ...]) -> None:
    assert sorted(held_posts(text)) == list(expected)  # the posts' words are a set: their order is the hash's


INDEPENDENT = "The Independent Inspector of Canals, Orla Venn, visited Brackmoor.\n"


# remit_offices.post_holder: `the` and lower-case words of letters, every one of them a word of the post's title,
# before a remit post that is a person's role; the one holder, else None.
@pytest.mark.parametrize(("text", "clause", "expected"), [
    (INDEPENDENT, "the independent inspector", "Orla Venn"),
    (INDEPENDENT, "an independent inspector", None),
    (INDEPENDENT, "the deputy inspector", None),
    (INDEPENDENT, "the deputy independent inspector", None),
    (INDEPENDENT, "the independent commissioner", None),
    (INDEPENDENT, "the inspector", None),
    (CANAL_POSTS, "the deputy-chief inspector", None),
    (CANAL_POSTS, "the independent ombudsman", None),
    ("The Brackmoor Canal Trust said its locks were safe.\n", "the chief inspector", None),
    (INDEPENDENT + "The Independent Inspector of Locks, Ivo Marr, did not.\n", "the independent inspector", None),
], ids=["holder", "article", "other-title-word", "extra-title-word", "other-post", "bare-post", "hyphen",
        "not-a-role", "no-post", "two-holders"])
def test_post_holder(text: str, clause: str, expected: str | None) -> None:
    assert post_holder(text, clause) == expected


# remit_offices.described_holder: the one holder of the remit a description names, else the one holder its title's
# words name.
@pytest.mark.parametrize(("text", "clause", "expected"), [
    (INDEPENDENT, "the canals watchdog", "Orla Venn"),
    (INDEPENDENT, "the locks watchdog", None),
    (INDEPENDENT, "the independent inspector", "Orla Venn"),
], ids=["remit", "other-remit", "title-words"])
def test_described_holder(text: str, clause: str, expected: str | None) -> None:
    assert described_holder(text, clause) == expected


LETTERED = "The Chief Inspector of Canals and Locks (CICL) wrote to the Brackmoor Canal Trust (BCT) on Monday.\n"


# remit_offices.inspecting_office: the one name of no spaces whose letters spell an inspector's post.
@pytest.mark.parametrize(("names", "expected"), [
    (["CICL", "BCT"], "CICL"),
    (["BCT", "Brackmoor Canal Trust"], None),
    ([], None),
], ids=["office", "no-office", "no-names"])
def test_inspecting_office(names: list[str], expected: str | None) -> None:
    assert inspecting_office(LETTERED, names) == expected


SURVEY = {"OCHS": "Orrin County Housing Survey", "Orrin County Housing Survey": "Orrin County Housing Survey"}


# lettered_documents.lettered_documents: a body's letters before a document's are passed over, not the end of the
# search; the year is a name only when written; the title starts on its own line, at the first of its words with the
# letters' initial; a title of no document's word is one only when quotation marks hold it on both sides.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Orrin Tenants Federation (OTF) read the Orrin County Housing Survey (OCHS) with care.", SURVEY),
    ("The Orrin County Housing Survey (OCHS) 2024 is out.",
     SURVEY | {"OCHS 2024": "Orrin County Housing Survey", "Orrin County Housing Survey 2024":
               "Orrin County Housing Survey"}),
    ("Contents\nFiled by the Office\nOrrin County Housing Survey (OCHS) rents rose.", SURVEY),
    ("Rents rose, says the Schools Staffing Survey (SSS).",
     {"SSS": "Schools Staffing Survey", "Schools Staffing Survey": "Schools Staffing Survey"}),
    ("Tenants wrote to the Orrin Tenants Federation (OTF)", {}),
    ("Tenants said \"we back the Orrin Tenants Federation (OTF)\" on Monday.", {}),
    ("Tenants cite \u201cOrrin Rent Watch (ORW)\u201d often.",
     {"ORW": "Orrin Rent Watch", "Orrin Rent Watch": "Orrin Rent Watch"}),
], ids=["body-then-document", "year", "own-line", "initial-twice", "body-at-end", "closing-quote-only", "quoted"])
def test_lettered_documents(text: str, expected: dict[str, str]) -> None:
    assert lettered_documents(text) == expected


# lettered_documents.name_lettered_documents: `The`/`the` before the letters set aside; a person of that name and a
# speaker of no document's name keep theirs.
def test_name_lettered_documents() -> None:
    text = "The Orrin County Housing Survey (OCHS) is out; the Orrin Tenants Federation welcomed it."
    rows = [Found("The OCHS", "organisation", "found", (0, 3)), Found("the OCHS", "organisation", "found", (4, 7)),
            Found("OCHS", "person", "said", (8, 9)),
            Found("Orrin Tenants Federation", "organisation", "said", (10, 12))]
    assert name_lettered_documents(text, rows) == [
        Found("Orrin County Housing Survey", "document", "found", (0, 3)),
        Found("Orrin County Housing Survey", "document", "found", (4, 7)),
        Found("OCHS", "person", "said", (8, 9)), Found("Orrin Tenants Federation", "organisation", "said", (10, 12))]


OSTERBY, TARNWICK = "Osterby Commission", "Tarnwick Agency"
USE = "The agency received 400 claims."


# first_references.first_referent: the body named first (the longest name at one place) in the last sentence above
# the first `the agency` that opens its line, searched in that sentence only, whole to its first and last letters, on
# the nearest line above that holds words; a body whose name ends in a company's form is no `agency`, though a `firm`.
@pytest.mark.parametrize(("text", "word", "names", "expected"), [
    ("Rents rose. Osterby Commission met on Monday. Tarnwick Agency cut its waits.\n\n" + USE, "agency",
     [OSTERBY, TARNWICK], TARNWICK),
    ("Tarnwick Agency cut its waits.\n\n" + USE, "agency", ["Tarnwick", TARNWICK], TARNWICK),
    ("Osterby Commission met.\n\nTarnwick Agency cut its waits.\n\n" + USE, "agency", [OSTERBY, TARNWICK], TARNWICK),
    ("Notes\nOsterby Commission met on Monday\nTarnwick Agency cut its waits\n" + USE, "agency", [OSTERBY, TARNWICK],
     TARNWICK),
    ("Waits were cut by Tarnwick Agency\n" + USE, "agency", [TARNWICK], TARNWICK),
    ("Waits were cut by Tarnwick Agency\n\n" + USE, "agency", [TARNWICK], TARNWICK),
    ("Rents rose.\n\nTarnwick Agency cut its waits.\n\n" + USE, "agency", [TARNWICK], TARNWICK),
    ("Q\n" + USE, "agency", ["Q"], "Q"),
    ("Tarnwick Agency told Osterby Commission that Tarnwick Agency would act.\n\n" + USE, "agency",
     [OSTERBY, TARNWICK], TARNWICK),
    ("Rents rose.\n\nHearthline Appliance Co. cut its prices.\n\n" + USE, "agency", ["Hearthline"], None),
    ("Rents rose.\n\nHearthline Appliance Co. cut its prices.\n\nThe firm received 400 claims.", "firm",
     ["Hearthline"], "Hearthline"),
    ("Rents rose.\n\n" + USE, "agency", [TARNWICK], None),
    (USE, "agency", [TARNWICK], None),
    ("Tarnwick Agency cut its waits.", "agency", [TARNWICK], None),
], ids=["last-sentence", "longest-name", "earlier-paragraph", "lines-without-stops", "name-ends-line",
        "name-ends-paragraph", "name-opens-paragraph", "one-letter-line", "named-twice", "company-form",
        "company-firm", "no-name", "first-line", "no-use"])
def test_first_referent(text: str, word: str, names: list[str], expected: str | None) -> None:
    assert first_referent(text, word, len(text), names) == expected


# first_references.first_referent: the first use must end before the claim's own place, not at it.
def test_first_referent_ends_before_the_claim() -> None:
    text = "Tarnwick Agency cut its waits.\n\n" + USE
    first = text.index("The agency") + len("The agency")
    assert [first_referent(text, "agency", before, [TARNWICK]) for before in (first, first + 1)] == [None, TARNWICK]


# resumed_clauses.interrupting_cue: no words between the halves, or one to four words holding a cue verb.
@pytest.mark.parametrize(("words", "expected"), [
    (None, True),
    ("said", True),
    ("she said", True),
    ("Dr Petra Lund added", True),
    ("Dr Petra Lund then added", False),
    ("the tide turned", False),
    ("", False),
], ids=["none", "one-cue-word", "two-words", "four-words", "five-words", "no-cue", "empty"])
def test_interrupting_cue(words: str | None, expected: bool) -> None:
    assert interrupting_cue(words) is expected


# resumed_clauses.resumes: a row that is only the mark opening a quotation again, at the text's end, resumes nothing
# (and is read without passing the text's end).
def test_resumes_a_bare_mark_at_the_end() -> None:
    text = '"Rents rose" \u201c'
    assert resumes(text, (1, 11), (13, 14)) is False


# resumed_clauses.join_resumed_clauses: the resuming clause joins the row before it; the row after both stays.
def test_join_resumed_clauses_keeps_the_row_after() -> None:
    text = ('Ivo Marr said the levy "does nothing for the wharves", because the wharves pay none of it. '
            'Ivo Marr said the harbour was full.')
    first = (text.index("does"), text.index('",'))
    clause = (text.index("because"), text.index(". Ivo"))
    last = (text.index("the harbour"), len(text) - 1)
    rows = [Found("Ivo Marr", "person", "said", first), Found("Ivo Marr", "person", "said", clause),
            Found("Ivo Marr", "person", "said", last)]
    assert join_resumed_clauses(text, rows) == [Found("Ivo Marr", "person", "said", (first[0], clause[1])),
                                                Found("Ivo Marr", "person", "said", last)]


TWELVE = "we had ten of the boats out in the bay by noon"


# inline_commas.outside_commas: the comma leaves a curly closing mark as a straight one; a speech verb right before
# the quotation (at the text's start too) keeps it inside, whatever word came before the verb; twelve words move,
# thirteen do not.
@pytest.mark.parametrize(("text", "expected"), [
    ("Piers were \u201cfully restored,\u201d Ivo Marr said.", "Piers were \u201cfully restored\u201d, Ivo Marr said."),
    ('Ivo Marr said "every pier is open," on Monday.', 'Ivo Marr said "every pier is open," on Monday.'),
    ('warned "every pier is shut," the notice read.', 'warned "every pier is shut," the notice read.'),
    ('Our crews said boats were "all tied up," on Monday.', 'Our crews said boats were "all tied up", on Monday.'),
    ('Our crews said boats "all tied up," on Monday.', 'Our crews said boats "all tied up", on Monday.'),
    (f'By then "{TWELVE}," Ivo Marr said.', f'By then "{TWELVE}", Ivo Marr said.'),
    (f'By then "{TWELVE} today," Ivo Marr said.', f'By then "{TWELVE} today," Ivo Marr said.'),
], ids=["curly", "after-verb", "verb-at-start", "verb-second-word", "verb-second-last", "twelve-words",
        "thirteen-words"])
def test_outside_commas(text: str, expected: str) -> None:
    assert outside_commas(text) == expected


# inline_commas.with_closing_mark: only a row ending on the comma the copy moved ends past the mark; a comma left
# where it was, and a letter doubled in a word, leave the end as it is.
def test_with_closing_mark() -> None:
    original = 'In May, supply was "fully restored," Ivo Marr said.'
    copy = outside_commas(original)
    moved, kept, doubled = original.index(',"') + 1, original.index(",") + 1, original.index("lly") + 1
    assert [with_closing_mark(original, copy, end) for end in (moved, kept, doubled)] == [moved + 1, kept, doubled]


# spoken_clauses.spoken_clauses: the clauses are counted inside the sentence only; a sentence of two stays whole
# though the next sentence holds more.
def test_spoken_clauses_read_inside_the_sentence() -> None:
    text = "We dredged the dock, we opened a slipway. We cut fees, we cut waits and we cut queues."
    first, second = (0, text.index(". ") + 1), (text.index("We cut"), len(text))
    assert [spoken_clauses(text, first), spoken_clauses(text, second)] == [
        [first], [(second[0], text.index(", we cut waits")), (text.index("we cut waits"), text.index(" and we cut q")),
                  (text.index("we cut queues"), len(text))]]


MUSEUM, COUNCIL = "Varnley Museum", "Varnley Council"


# post_bodies.body_of_post: the body a post is of, when the text registered it and the reference's noun is no word of
# the post (in any case); not a body's own name, a post of another body, or words that are no post.
@pytest.mark.parametrize(("name", "word", "orgs", "expected"), [
    ("Director of the Varnley Museum", "museum", [MUSEUM], MUSEUM),
    ("Chair and Chief Executive of Varnley Council", "council", [COUNCIL], COUNCIL),
    ("Chair and Chief Executive of Varnley Council", "chair", [COUNCIL], None),
    ("Chair and Chief Executive of Varnley Council", "Chair", [COUNCIL], None),
    ("Director of the Varnley Museum", "museum", [COUNCIL], None),
    ("Friends of the Varnley Museum", "museum", [MUSEUM], None),
    (MUSEUM, "museum", [MUSEUM], None),
], ids=["post", "two-posts", "noun-of-post", "noun-capitalised", "body-not-registered", "no-post", "body-itself"])
def test_body_of_post(name: str, word: str, orgs: list[str], expected: str | None) -> None:
    assert body_of_post(name, word, orgs) == expected


# title_letters.post_letters_after: the post's last word (a role, whatever its letters are) and its letters, in
# lower case; a body's letters after a name are no post's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ivo Marr, the Vice Chancellor (VC), said fees rose.", ("chancellor", "vc")),
    ("Ivo Marr, the Chief Harbour Officer (CHO), said fees rose.", ("officer", "cho")),
    ("Ivo Marr, the Varnley Rowing Club (VRC), said fees rose.", None),
], ids=["post", "letters-no-role", "body"])
def test_post_letters_after(text: str, expected: tuple[str, str] | None) -> None:
    assert post_letters_after(text, text.index(",")) == expected


TRUST_TEXT = ("Calls to the Varnley Rowing Trust rose by 40 per cent, the organisation said.\n\n"
              "The Osterby Boat Fund gave it 9,000 pounds.\n")


def _sole_body(noun: str, block_end: int, registered: bool = False) -> tuple[str | None, list[str]]:
    """The body `the <noun>` means in TRUST_TEXT read up to `block_end`, and the bodies registered after."""
    ctx = Context(text=TRUST_TEXT)
    ctx.block_end = block_end
    if registered:
        ctx.add(ctx.bodies_named()[1])
    return sole_body_so_far(noun, ctx), ctx.orgs


# sole_bodies.sole_body_so_far: the one body named before the paragraph's end (strictly before it), registered; not
# for another noun, once a body is known, before any paragraph is read, or when two bodies are named so far.
@pytest.mark.parametrize(("noun", "block_end", "registered", "expected"), [
    ("organisation", TRUST_TEXT.index("\n"), False, ("Varnley Rowing Trust", ["Varnley Rowing Trust"])),
    ("organization", TRUST_TEXT.index("The Osterby"), False, ("Varnley Rowing Trust", ["Varnley Rowing Trust"])),
    ("organisation", len(TRUST_TEXT), False, (None, [])),
    ("trust", TRUST_TEXT.index("\n"), False, (None, [])),
    ("organisation", TRUST_TEXT.index("\n"), True, (None, ["Osterby Boat Fund"])),
    ("organisation", -1, False, (None, [])),
], ids=["one-body", "ends-at-second", "two-bodies", "other-noun", "body-known", "no-paragraph"])
def test_sole_body_so_far(noun: str, block_end: int, registered: bool,
                          expected: tuple[str | None, list[str]]) -> None:
    assert _sole_body(noun, block_end, registered) == expected


# month_tails.without_month_tails: a month is cut from a body's or an inspectorate's name, never from a document's
# title or a person's.
def test_without_month_tails_cuts_bodies_only() -> None:
    rows = [Found("Orrin Housing Fund for June", "organisation", "show", (0, 4)),
            Found("Orrin Schools Inspectorate in March", "inspectorate", "found", (5, 9)),
            Found("Orrin Rent Survey for June", "document", "shows", (10, 14)),
            Found("Ivo Marr in May", "person", "said", (15, 19))]
    assert without_month_tails(rows) == [
        Found("Orrin Housing Fund", "organisation", "show", (0, 4)),
        Found("Orrin Schools Inspectorate", "inspectorate", "found", (5, 9)), rows[2], rows[3]]
