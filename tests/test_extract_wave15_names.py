"""Names and fragments (wave 15, helper A): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract.company_forms import jurisdiction_tail
from claims.extract.name_edges import (
    ends_with_style, head_then_aim, joins_by_to, names_a_forum, opens_with_style, place_after_acronym,
)
from claims.extract.short_rows import figure_piece, list_lead_in, too_short
from claims.extract.source_credits import is_source_credit
from claims.extract.that_object import that_is_object
from claims.extract.title_runs import is_headline_run, titles_a_document
from extract_rows import rows


# A style of address opening a body's name (name_edges). Crown and state bodies are named with a pronoun and a
# possessive style: `His Majesty's Inspectorate of Prisons`, `Her Majesty's Revenue and Customs`, `His Majesty's
# Treasury`; a writer may also put it after `by` or `from`, or write the apostrophe curly. The pronoun is the name's
# first word, not a sentence's opening, and the name goes on past the possessive (`Her Majesty's` + `Revenue and
# Customs`, whose words hold no body's head); a person named after a styled post (`His Majesty's Inspector of
# Constabulary Jo Roe`) is that person. A pronoun before a plain possessive (`His brother's firm`) is no style.
@pytest.mark.parametrize(("text", "expected"), [
    ("The review by His Majesty's Inspectorate of Prisons found that 40% of cells at Wexby were shared.\n",
     [("His Majesty's Inspectorate of Prisons", "inspectorate", "40% of cells at Wexby were shared")]),
    ("Her Majesty\u2019s Revenue and Customs said it had collected \u00a34bn more than forecast.\n",
     [("Her Majesty\u2019s Revenue and Customs", "organisation", "it had collected \u00a34bn more than forecast")]),
    ("Figures from His Majesty's Treasury show that borrowing fell by 3% in May.\n",
     [("His Majesty's Treasury", "organisation", "borrowing fell by 3% in May")]),
    ("His Majesty's Inspector of Constabulary Petra Lindqvist said 12% of crimes went unrecorded.\n",
     [("Petra Lindqvist", "person", "12% of crimes went unrecorded")]),
], ids=["inspectorate-after-by", "curly-apostrophe-no-head", "treasury-after-from", "a-person-after-the-styled-post"])
def test_a_style_of_address_opens_the_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["His", "Majesty's", "Treasury"], True),
    (["Their", "Majesties\u2019", "Household"], False),
    (["His", "brother's", "Firm"], False),
    (["Her", "Excellency's"], True),
    (["Majesty's", "Treasury"], False),
], ids=["style", "no-possessive-s", "plain-possessive", "style-alone", "no-pronoun"])
def test_opens_with_style(words: list[str], expected: bool) -> None:
    assert opens_with_style(words) is expected


@pytest.mark.parametrize(("run", "expected"), [
    ("Her Majesty's", True), ("His Majesty's Prison", False), ("Jo Roe's", False),
], ids=["style-alone", "more-words", "person"])
def test_ends_with_style(run: str, expected: bool) -> None:
    assert ends_with_style(run) is expected


# A campaign's name joined by `to` (name_edges). Campaigning bodies are named for their aim: `Right to Roam
# Alliance` (an aim's opening, `to`, then a body's head), `Campaign to Protect Quiet Lanes`, `Alliance to End Child
# Hunger` (the head first, then its aim). The plain run stops at `to` and keeps only `Roam Alliance`. A name, `to`
# and a body (`a letter from Jo Roe to Acme Trust`, `the Fund to Acme Trust`) is two parties, never one name.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Right to Roam Alliance said 3,000 walkers had signed its petition.\n",
     [("Right to Roam Alliance", "organisation", "3,000 walkers had signed its petition")]),
    ("The Campaign to Protect Quiet Lanes said traffic on rural roads had risen by 18%.\n",
     [("Campaign to Protect Quiet Lanes", "organisation", "traffic on rural roads had risen by 18%")]),
    ("A survey by the Alliance to End Child Hunger found that 3,000 children had no breakfast.\n",
     [("Alliance to End Child Hunger", "organisation", "3,000 children had no breakfast")]),
    ("A letter from Jo Roe to Acme Trust said the hall was unsafe.\n",
     [("Acme Trust", "organisation", "the hall was unsafe")]),
], ids=["aim-then-head", "head-then-aim", "head-then-aim-owning-a-survey", "two-parties-not-joined"])
def test_a_campaign_name_joined_by_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("before", "after", "expected"), [
    ("The Right", "Roam Alliance", True),
    ("Freedom", "Farm Network", True),
    ("The Alliance", "End Child Hunger", True),
    ("Jo Roe", "Acme Trust", False),
    ("The Fund", "Acme Trust", False),
    ("Alliance", "Jo", False),
    ("Right", "Roam", False),
    ("Time", "Acme", False),
    ("The Alliance", "Save Eastby Trust", False),
    ("Right", "Roam Walkers", False),
    ("Right", "Roam Eastby Alliance", True),
], ids=["aim-head", "aim-head-2", "head-aim", "person-body", "payment", "one-word-after", "no-head", "one-word-aim",
        "head-then-a-body", "aim-without-head", "aim-head-three-words"])
def test_joins_by_to(before: str, after: str, expected: bool) -> None:
    assert joins_by_to(before, after) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (["Campaign", "to", "Protect", "Lanes"], True),
    (["Campaign", "to", "Win"], False),
    (["Acme", "to", "Protect", "Lanes"], False),
    (["Campaign", "for", "Quiet", "Lanes"], False),
], ids=["head-to-aim", "three-words", "no-head", "no-to"])
def test_head_then_aim(words: list[str], expected: bool) -> None:
    assert head_then_aim(words) is expected


# A forum of people named `Voice` (name_edges). Patients', tenants' and parents' forums are named `<people> Voice`
# and often a place: `Tenant Voice Eastby`, `Carers' Voice`, `SEND Voices Marlow`. `Tenant` and `Voice` read as
# titles, so the plain reading cut the name to a person `Voice Eastby`. A person whose family name is Voice keeps it
# (`Jo Voice`: no people's noun before it). A forum described by a plural possessive (`a residents' group`) is the
# forum, as a described body without the apostrophe is.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tenant Voice Eastby said 44% of tenants had waited more than a month for repairs.\n",
     [("Tenant Voice Eastby", "organisation", "44% of tenants had waited more than a month for repairs")]),
    ("Carers' Voice Northby, an independent carers' group, said it had written to the board twice.\n",
     [("Carers' Voice Northby", "organisation", "it had written to the board twice")]),
    ("Jo Voice said 12 families had moved out.\n",
     [("Jo Voice", "person", "12 families had moved out")]),
], ids=["people-voice-place", "described-by-plural-possessive", "a-person-named-voice"])
def test_a_forum_named_voice(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["Tenant", "Voice", "Eastby"], True),
    (["SEND", "Voices"], True),
    (["Parents'", "Voice"], True),
    (["Jo", "Voice"], False),
    (["Voice", "Eastby"], False),
    (["Voices", "Eastby"], False),
    (["Tenants", "Union"], False),
], ids=["people-noun", "acronym", "plural-possessive", "given-name", "voice-first", "voices-first", "no-voice"])
def test_names_a_forum(words: list[str], expected: bool) -> None:
    assert names_a_forum(words) is expected


# A hyphenated description glued before a name (name_edges, `DESCRIPTION_RE`). Writers put what a body is before its
# name without a comma: `UK-listed Acme Group`, `London-based Brightwell`, `Family-owned Parrish Mills`, as they do
# with people (`Dad-of-two`). The description is never the name's part. A place written with hyphens and ending in a
# capital (`Stoke-on-Trent`) is no description.
@pytest.mark.parametrize(("text", "expected"), [
    ("UK-listed Harwell Group said the fine would not affect its results.\n",
     [("Harwell Group", "organisation", "the fine would not affect its results")]),
    ("Leeds-based Brightwell Foods said sales rose by 8% in the year.\n",
     [("Brightwell Foods", "organisation", "sales rose by 8% in the year")]),
    ("Stoke-on-Trent Council said 312 homes were empty.\n",
     [("Stoke-on-Trent Council", "organisation", "312 homes were empty")]),
], ids=["capitals-then-participle", "place-based", "hyphenated-place-kept"])
def test_a_description_glued_before_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A headline's words read as a name (title_runs). A title-case headline writes its verb with a capital right after a
# name: `AG Jo Roe Secures Deal`, `Eastvale Water Welcomes Ruling On Bills`, `Mayor Petra Lindqvist Unveils Budget`.
# The run then reads as a person `Roe Secures`, whom `Attorney General Roe` later resolves to. A headline is no
# speaker: its words name nobody; the body or person the text names below speaks. A body named with such a word
# before its head (`The Opens Trust`) and a family name no headline verb takes (`Jo Banks`) stay names.
@pytest.mark.parametrize(("text", "expected"), [
    ("AG Ferreira Secures $3m Settlement With Lender\n\nAttorney General Lucia Ferreira announced a $3m settlement."
     "\n\n\"We found 11,000 unlawful fees,\" said Attorney General Ferreira.\n",
     [("Lucia Ferreira", "person", "announced a $3m settlement"), ("Lucia Ferreira", "person", "We found 11,000 unlawful fees")]),
    ("Eastvale Water Welcomes Ruling On Bills\n\nEastvale Water said 12,000 customers would get refunds.\n",
     [("Eastvale Water", "organisation", "12,000 customers would get refunds")]),
    ("The Opens Trust said 40 members had joined.\n",
     [("Opens Trust", "organisation", "40 members had joined")]),
    ("Jo Banks said 12 families had moved out.\n",
     [("Jo Banks", "person", "12 families had moved out")]),
], ids=["headline-person-verb", "headline-body-verb", "verb-word-before-a-head", "family-name-ending-in-s"])
def test_a_headline_is_no_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["AG", "Roe", "Secures", "Deal"], True),
    (["Acme", "Water", "Welcomes"], True),
    (["Secures", "Deal"], False),
    (["The", "Opens", "Trust"], False),
    (["Jo", "Banks"], False),
], ids=["person", "body-at-end", "verb-first", "before-a-head", "no-verb"])
def test_is_headline_run(words: list[str], expected: bool) -> None:
    assert is_headline_run(words) is expected


# A publication's title read as a name (title_runs, and `titled_document` in speakers/clauses). Reports carry titles
# in title case: set off by commas after the noun (`The report, Home Truths, also reveals`), or standing before the
# noun (`the charity's annual Winter Count report`, `Its annual Winter Count survey`). Those words read as a
# person's name (`Winter Count`), who then speaks for the report. The title is the document's; the document's owner
# speaks. A person before a verb (`Jo Roe reports that`) stays the person.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kelso Aid, a charity, said demand rose.\n\nThe charity's annual Winter Count report found that 40% of "
     "families were cold.\n",
     [("Kelso Aid", "organisation", "demand rose"), ("Kelso Aid", "organisation", "40% of families were cold")]),
    ("Brook Futures, a charity, said demand rose.\n\nThe report, Home Truths, today reveals that 40% of homes were "
     "damp.\n",
     [("Brook Futures", "organisation", "demand rose"), ("Brook Futures", "organisation", "40% of homes were damp")]),
    ("Jo Roe reports that sales rose by 4%.\n",
     [("Jo Roe", "person", "sales rose by 4%")]),
], ids=["title-before-its-noun", "title-set-off-then-filler", "person-then-verb"])
def test_a_title_is_no_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the charity's annual Winter Count report", True),
    ("Its Winter Count survey", True),
    ("the Winter Count reports", False),
    ("Winter Count report", False),
    ("the Winter Count said", False),
], ids=["owned", "capital-its", "plural-noun-is-a-verb", "no-determiner", "no-document-noun"])
def test_titles_a_document(text: str, expected: bool) -> None:
    start = text.index("Winter")
    assert titles_a_document(text, start, start + len("Winter Count")) is expected


# A row too short to stand (short_rows, mended by stubs). A splitter leaves two words that no reader could check
# alone: a figure's piece (`and 131 replied`, `including 40 flats and 12 shops`, `cancelled 37`) or a verb and its
# object whose subject is the speaker (`Officers had recommended refusal.`). Whatever verb it holds, such a row is
# no statement (annotation guide: a row that is not a statement is a fragment). A figure's piece joins the row before
# it in its sentence, of the same speaker (the guide: a series of figures for one measure is one claim); a verb and
# its object alone in the sentence grows to the sentence. Never dropped. A figure first in its sentence (`found 23
# errors`) is the cue's object and stands; a subject and its verb (`costs fell`) stand.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harwick Health Trust said it wrote to all 60 surgeries, and 48 replied.\n",
     [("Harwick Health Trust", "organisation", "it wrote to all 60 surgeries, and 48 replied")]),
    ("The landlord said it had repaired 300 homes last year, including 40 flats in Eastby and 12 shops.\n",
     [("the landlord", "unresolved", "it had repaired 300 homes last year"),
      ("the landlord", "unresolved", "40 flats in Eastby and 12 shops")]),
    ("Tarn Parish Council said members had recommended refusal.\n",
     [("Tarn Parish Council", "organisation", "members had recommended refusal")]),
    ("Ward councillors recommended refusal.\n",
     [("Ward councillors", "unresolved", "Ward councillors recommended refusal.")]),
    ("An audit found 23 errors.\n",
     [("an audit", "document", "found 23 errors")]),
    ("Acme Mills Ltd said costs fell, staff grew and sales rose.\n",
     [("Acme Mills Ltd", "organisation", "costs fell"), ("Acme Mills Ltd", "organisation", "staff grew"),
      ("Acme Mills Ltd", "organisation", "sales rose")]),
], ids=["number-replied-joins", "two-counts-join", "a-subject-makes-it-stand", "verb-first-grows",
        "figure-first-stands", "subject-and-verb-stand"])
def test_a_row_too_short_to_stand(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "short", "piece"), [
    (["1,893", "fires"], True, True),
    (["131", "replied"], True, True),
    (["recommended", "approval"], True, False),
    (["costs", "fell"], False, False),
    (["912", "new", "homes"], False, False),
    (["Recommended", "approval"], False, False),
    (["£4m"], True, True),
    ([], False, False),
], ids=["count", "number-verb", "verb-object", "subject-verb", "three-words", "capital-verb", "one-figure", "empty"])
def test_too_short_and_figure_piece(words: list[str], short: bool, piece: bool) -> None:
    assert (too_short(words), figure_piece(words)) == (short, piece)


# Cut at a word that joins, not at a list (items, that_object, source_credits). Three ways a splitter or a cue cut a
# sentence where nothing new begins: `and including` joins a second preposition to the first (`up to and including
# 30 May`, `to and including`), never opening a list as `, including` does; a `that` after a reporting verb that is
# its object (`I have said that to the members.`, `We said that publicly.`), with no clause after it, opens nothing;
# a source credit (`Source: Acme Council cabinet report, May 2025.`) reports nothing. A `that` before an adverbial and
# a clause (`said that in 2024 profits rose by 4%`) and `, including` a list stay as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("The tribunal said the driver is banned for six weeks, up to and including 30 May 2026.\n",
     [("the tribunal", "unresolved", "the driver is banned for six weeks, up to and including 30 May 2026")]),
    ("Kelso Trust said the notice was too short. It has said that to the 40 members.\n",
     [("Kelso Trust", "organisation", "the notice was too short"),
      ("Kelso Trust", "organisation", "It has said that to the 40 members")]),
    ("Kelso Trust said that in 2024 profits rose by 4%.\n",
     [("Kelso Trust", "organisation", "in 2024 profits rose by 4%")]),
    ("Kelso Trust said rents rose by 4%.\n\nSource: Kelso Trust annual report, May 2025.\n",
     [("Kelso Trust", "organisation", "rents rose by 4%")]),
    ("Kelso Trust said it repaired 300 homes, including 40 flats in Eastby and 12 shops in Northby.\n",
     [("Kelso Trust", "organisation", "it repaired 300 homes"),
      ("Kelso Trust", "organisation", "40 flats in Eastby"), ("Kelso Trust", "organisation", "12 shops in Northby")]),
], ids=["up-to-and-including", "that-as-object", "that-before-a-clause", "source-credit", "including-a-list"])
def test_a_joining_word_cuts_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We said that to the board.", True),
    ("We said that publicly.", True),
    ("We said that in May sales rose.", False),
    ("We said that in May we cut 40 jobs.", False),
    ("It shows that at 5 April:", False),
    ("We said the board was wrong.", False),
    ("We said that publicly!", True),
    ("We said that in May,they.", False),
    ("Have we said that to the board?", True),
], ids=["preposition", "adverb", "clause-irregular-past", "clause-pronoun", "colon-list", "no-that", "exclamation",
        "comma-glued-clause", "question"])
def test_that_is_object(text: str, expected: bool) -> None:
    cue_end = text.index(" that") + len(" that") if " that" in text else text.index("said") + len("said")
    assert that_is_object(text, cue_end) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Source: Acme report, May 2025.", True), ("  Sources: ONS; Acme.", True), ("The source said 4%.", False),
    ("Sourced: locally.", False),
], ids=["source", "sources", "a-source-speaks", "no-label"])
def test_is_source_credit(text: str, expected: bool) -> None:
    assert (is_source_credit(text, 0), is_source_credit("Rents rose. " + text, len("Rents rose. "))) \
        == (expected, expected)


# A list's lead-in as a row (short_rows.list_lead_in, in stubs). A lead-in that ends with its verb before a colon and
# the list (`According to the order, Acme Loans must:`, `The plan will:`, `Under the deal the firm shall:`) says
# nothing itself: its items say what it frames, under the same speaker. It is no row. A lead-in that says what the
# items are (`The main reasons given were:`), one ending with no modal (`Acme said sales rose:`) and a colon inside a
# line stay as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Loans agreed a settlement.\n\nAccording to the settlement, filed in Eastby County Court, Acme Loans must:\n\n"
     "- cancel 312 loans taken out by older customers;\n- pay $4.9 million in restitution.\n",
     [("the settlement", "unresolved", "cancel 312 loans taken out by older customers"),
      ("the settlement", "unresolved", "pay $4.9 million in restitution")]),
    ("Tarn Council said its plan would:\n\n- build 300 homes by 2027;\n- cut rents by 4%.\n",
     [("Tarn Council", "organisation", "build 300 homes by 2027"), ("Tarn Council", "organisation", "cut rents by 4%")]),
], ids=["settlement-must", "plan-would"])
def test_a_list_lead_in_is_no_row(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme must:\n- pay", True), ("Acme must: pay $4m", False), ("Acme said sales rose:\n- by 4%", False),
    ("Acme will :\n- pay", True), ("The reasons were:\n- damp", False),
], ids=["modal-colon-line", "colon-inside-line", "no-verb-at-end", "space-before-colon", "copula"])
def test_list_lead_in(text: str, expected: bool) -> None:
    assert list_lead_in(text, (0, text.index(":") if " :" not in text else text.index(" :"))) is expected


# A body's acronym and the place it serves (name_edges.place_after_acronym). Regional arms of national bodies are
# named by the acronym and a place: `NHS Greater Manchester`, `ACAS North West`, `HSE Mid West`. The words after the
# acronym looked like a person's two names (`Greater Manchester`), who then spoke for the body. A place opens with a
# region's word (`Greater`, `North`, `Mid`); a person after an acronym (`the INMO Jo Roe`) stays the person.
@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesperson for NHS Greater Eastby said waits fell by 4%.\n",
     [("NHS Greater Eastby", "organisation", "waits fell by 4%")]),
    ("ACAS North West said 40 disputes were settled.\n",
     [("ACAS North West", "organisation", "40 disputes were settled")]),
    ("The INMO Jo Roe said 40 nurses left.\n",
     [("Jo Roe", "person", "40 nurses left")]),
], ids=["greater-place", "region-place", "a-person-after-an-acronym"])
def test_an_acronym_and_its_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["NHS", "Greater", "Eastby"], True), (["HSE", "Mid", "West"], True), (["NHS", "Greater"], False),
    (["Nhs", "Greater", "Eastby"], False), (["INMO", "Jo", "Roe"], False),
], ids=["greater", "mid", "two-words", "no-acronym", "person"])
def test_place_after_acronym(words: list[str], expected: bool) -> None:
    assert place_after_acronym(words) is expected


# A company's jurisdiction in brackets (company_forms). A legal name writes the country in brackets before its form:
# `Acme Motors (UK) Ltd`, `Brook Foods (Ireland) Limited`, `Tarn Systems (Europe) GmbH`. The run stopped at the
# bracket and the speaker was cut to `Acme Motors`, the parent's short name. Without a legal form after the bracket
# (`Acme Motors (UK) said`) or with another bracket (`Jo Roe (Labour)`) nothing is joined.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brook Foods (Ireland) Limited today announced a recall of 23,600 jars.\n\nBrook said it knew of 41 cases.\n",
     [("Brook Foods (Ireland) Limited", "organisation", "today announced a recall of 23,600 jars"),
      ("Brook Foods (Ireland) Limited", "organisation", "it knew of 41 cases")]),
    ("Tarn Motors (UK) said 40 cars failed.\n",
     [("Tarn Motors", "organisation", "40 cars failed")]),
    ("Jo Roe (Labour) said 40 cars failed.\n",
     [("Jo Roe", "person", "40 cars failed")]),
], ids=["jurisdiction-and-form", "no-form", "a-party-tag"])
def test_a_company_jurisdiction_in_brackets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Acme (UK) Ltd said", 4, 13), ("Acme (UK) said", 4, -1), ("Acme  (UK) Ltd", 4, -1), ("Acme (Labour) Ltd", 4, -1),
    ("Acme (Europe) GmbH.", 4, 18),
], ids=["uk-ltd", "no-form", "two-spaces", "not-a-jurisdiction", "gmbh"])
def test_jurisdiction_tail(text: str, end: int, expected: int) -> None:
    assert jurisdiction_tail(text, end) == expected
