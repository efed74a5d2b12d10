"""Bodies and documents that speak (wave 19b): each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or
the whole value a helper returns."""
import pytest

from claims.extract.speakers.body_traits import common_names
from claims.extract.speakers.clause_pronouns import relative_pronoun_body
from claims.extract.speakers.clauses import relative_lists_joined
from claims.extract.speakers.lead_bodies import lead_body
from claims.extract.entities import Mention, find_mentions
from claims.extract.speakers import Context
from claims.extract.speakers.publishers import published_plural
from claims.extract.speakers.subordinate_documents import subordinate_document
from extract_rows import rows


# `the union` for a union whose name does not end in `Union` (19b, speakers/body_traits.common_names): a workers'
# organisation or alliance, a name with `Union` inside it (`X Union Ireland`), a US local (`X Workers Local 88`).
@pytest.mark.parametrize(("name", "expected"), [
    ("Irish Nurses and Midwives Organisation", ["union"]),
    ("Allied Drivers Alliance", ["union"]),
    ("Retail and Services Union Ireland", ["union"]),
    ("Harbour Food Workers Local 88", ["union"]),
    ("Harbour Food Workers Local", ["union"]),
    ("Harbor Teachers Association", ["union"]),
    ("World Health Organisation", []),  # no workers: an organisation, never `the union`
    ("Local Government Association", []),  # `Local` opens the name: no union's local
    ("Union Street Dental Care", []),  # `Union` opens the name: a street, not a union
    ("Acme Water", []),
])
def test_common_names_of_unions(name: str, expected: list[str]) -> None:
    assert common_names(name) == expected


ORGANISATION_UNION = (
    "Hospital overcrowding reached a new high this month, the Irish Nurses and Midwives Organisation (INMO) has "
    "said.\n\n"
    "According to the union's figures, 8,120 patients waited on trolleys in March.\n")


def test_a_nurses_organisation_is_the_union() -> None:
    assert rows(ORGANISATION_UNION) == [
        ("Irish Nurses and Midwives Organisation", "organisation", "Hospital overcrowding reached a new high this month"),
        ("Irish Nurses and Midwives Organisation", "organisation", "8,120 patients waited on trolleys in March")]


UNION_WITH_NATION = (
    "Transport and Services Union Ireland (TSUI) today served strike notice at Dunmere Buses.\n\n"
    "Dunmere Buses said it had offered a 4% pay rise.\n\n"
    "The union said it would write to every local councillor this week.\n")


def test_a_union_named_with_its_nation_is_the_union() -> None:
    assert rows(UNION_WITH_NATION)[-1] == (
        "Transport and Services Union Ireland", "organisation", "it would write to every local councillor this week")


US_LOCAL = (
    "Harbour Food Workers Local 88, which represents about 3,100 cashiers, stockers and bakers at the stores, said "
    "91% of members who voted backed a strike.\n\n"
    "Grovetown Markets said its offer was fair.\n\n"
    "The company's latest offer was $1.80 an hour over three years, the union said.\n")


def test_a_us_local_is_the_union() -> None:
    assert rows(US_LOCAL)[-1] == (
        "Harbour Food Workers Local 88", "organisation", "The company's latest offer was $1.80 an hour over three years")


NAMED_THEN_UNION = (
    "Porters who are members of the Brasco union walked out at Fenmoor General Hospital today. The dispute is over "
    "night shift pay, the union says.\n\n"
    "Fenmoor General Hospital said 14 operations had been postponed.\n")


def test_a_name_written_before_union_is_the_union() -> None:
    assert rows(NAMED_THEN_UNION) == [
        ("Brasco", "organisation", "The dispute is over night shift pay"),
        ("Fenmoor General Hospital", "organisation", "14 operations had been postponed")]


TWO_UNIONS_LATER = (
    "Unify said 88% of its members had voted to strike.\n\n"
    "The union claims the change leaves 40 workers £2,000 a year worse off.\n\n"
    "The Brasco union, which also represents staff, said it was consulting its members.\n")


def test_a_union_named_later_does_not_take_an_earlier_union_reference() -> None:
    assert rows(TWO_UNIONS_LATER)[1][0] != "Brasco"


def test_a_us_local_with_a_list_in_its_relative_clause_speaks() -> None:
    assert rows(US_LOCAL)[0] == ("Harbour Food Workers Local 88", "organisation", "91% of members who voted backed a strike")


# A relative clause's list (19b, speakers/clauses.relative_lists_joined): the clauses after `which` that only go on
# with its list are no subject; a clause of its own after it (`and Y`, `the company`) still is.
@pytest.mark.parametrize(("text", "expected"), [
    ("Dunmore Bakeries, which employs bakers, drivers and cleaners at the depots, said 40 jobs would go.\n",
     ("Dunmore Bakeries", "organisation", "40 jobs would go")),
    ("Dunmore Bakeries, which employs 300 people, said 40 jobs would go.\n",
     ("Dunmore Bakeries", "organisation", "40 jobs would go")),
])
def test_a_relative_clause_s_list_is_no_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert rows(text) == [expected]


def _clauses(text: str, parts: list[str]) -> list[tuple[int, int]]:
    """Return the spans of these parts of a text, nearest the cue first, as `regions` reads them."""
    return [(text.index(part), text.index(part) + len(part)) for part in parts][::-1]


@pytest.mark.parametrize(("parts", "expected"), [
    (["Dunmore Bakeries", "which employs bakers", "drivers and cleaners at the depots"],
     ["which employs bakers, drivers and cleaners at the depots", "Dunmore Bakeries"]),
    (["Dunmore Bakeries", "which employs bakers", "and Tallow Mills"],  # a second subject: kept apart
     ["and Tallow Mills", "which employs bakers", "Dunmore Bakeries"]),
    (["Dunmore Bakeries", "which employs bakers", "the company"],  # a reference of its own: kept apart
     ["the company", "which employs bakers", "Dunmore Bakeries"]),
    (["Dunmore Bakeries", "a family firm", "drivers and cleaners"],  # no relative clause: nothing joined
     ["drivers and cleaners", "a family firm", "Dunmore Bakeries"]),
    (["Dunmore Bakeries", "which employs bakers", "drivers", "cleaners and porters"],  # a list of four
     ["which employs bakers, drivers, cleaners and porters", "Dunmore Bakeries"]),
    (["At Dunmore Bakeries", "which has 300 staff", "manager Dr Jo Roe"],  # a role and a name: the subject
     ["manager Dr Jo Roe", "which has 300 staff", "At Dunmore Bakeries"]),
    (["Dunmore Bakeries", "which sells bread", "was accused of misleading shoppers and staff"],  # a verb
     ["was accused of misleading shoppers and staff", "which sells bread", "Dunmore Bakeries"]),
    (["Dunmore Bakeries", "which sells bread", "operates 37 shops and"],  # a second verb follows `and`
     ["operates 37 shops and", "which sells bread", "Dunmore Bakeries"]),
    (["Dunmore Bakeries", "which sells bread", "drivers"],  # no `and`: no list's last item
     ["drivers", "which sells bread", "Dunmore Bakeries"]),
])
def test_relative_lists_joined(parts: list[str], expected: list[str]) -> None:
    text = ", ".join(parts) + ", said"
    assert [text[slice(*c)] for c in relative_lists_joined(text, _clauses(text, parts))] == expected


# `the panel` for a committee, commission or tribunal (19b, speakers/words.HEAD_SYNONYMS, entities._HEAD_LINKS: the
# head of `Committee on X` is `committee`), and a lead's unnamed body named in the next paragraph with a cue
# (speakers/lead_bodies): `after an ABA panel found` is the committee that speaks next.
PANEL = (
    "Corran State University will lose 12 scholarships after an ABA panel found the school broke recruiting rules.\n\n"
    "The Northern Committee on Conduct said in a decision released Monday that coaches paid for 14 recruits' flights. "
    "The violations were serious, the panel said.\n")


def test_a_lead_s_panel_is_the_committee_named_next() -> None:
    assert rows(PANEL) == [
        ("Northern Committee on Conduct", "organisation", "found the school broke recruiting rules"),
        ("Northern Committee on Conduct", "organisation", "coaches paid for 14 recruits' flights"),
        ("Northern Committee on Conduct", "organisation", "The violations were serious")]


UNNAMED_PANEL = (
    "Corran State University will lose 12 scholarships after an independent panel found the school broke rules.\n\n"
    "The Corran State University Foundation was set up in 1990.\n")


def test_a_lead_s_panel_with_no_body_named_next_keeps_its_words() -> None:
    assert rows(UNNAMED_PANEL) == [
        ("an independent panel", "unresolved", "found the school broke rules")]


@pytest.mark.parametrize(("text", "expected"), [
    ("an ABA panel found it.\n\nThe Northern Committee on Conduct said so.", "Northern Committee on Conduct"),
    ("an ABA panel found it.\n\nThe Northern Committee (NCC) has found more.", "Northern Committee"),
    ("an ABA panel found it.\n\nThe Northern Committee was set up in 1990.", None),  # no cue after the name
    ("an ABA panel found it.\n\nThe Northern Gas Board said so.", None),  # a board is no panel
    ("an ABA panel found it.\n\nOn Monday, the Northern Committee said so.", None),  # the name opens no paragraph
    ("an ABA panel found it.", None),  # nothing after the lead
    ("Scholarships were cut.\n\nan ABA panel found it.\n\nThe Northern Committee on Conduct said so.",
     "Northern Committee on Conduct"),  # the paragraph after the lead's own, not after the text's first
    ("an ABA panel found it.\n\nit was said so.", None),  # no name at all opens the next paragraph
])
def test_lead_body(text: str, expected: str | None) -> None:
    found = lead_body(text, text.index("panel") + 5, "panel")
    assert (found.name if found else None) == expected


def test_lead_body_spans_the_name_with_its_tail() -> None:
    text = "an ABA panel found it.\n\nThe Northern Committee on Conduct said so."
    assert lead_body(text, text.index("panel") + 5, "panel") == Mention(
        start=24, end=57, name="Northern Committee on Conduct", kind="org", possessive=False, title="")


# A page's field naming who issued it (19b, layout.MARKED_ISSUER_RE, layout.field_issuer): `From: X` under a
# release's headline names its issuer, a one-word name too, with the kind its bracket's name has; a body named in
# the main clause never takes a finding whose inquiry opens a clause of its own (speakers/subordinate_documents).
FIELD_ISSUER = (
    "Press release\n\n"
    "Watreg proposes £2.1 million penalty on Fenmere Water\n\n"
    "From: Watreg (Water Standards Regulation Authority)\n"
    "Published: 3 March 2027\n\n"
    "Watreg has today issued a notice of proposed penalty to Fenmere Water Ltd after an investigation found that "
    "the company failed to maintain 14 treatment works.\n\n"
    "The regulator proposes a penalty of £2.1 million, equivalent to 3.2% of turnover.\n")


def test_a_from_field_names_the_issuer_and_its_inquiry() -> None:
    assert rows(FIELD_ISSUER) == [
        ("Watreg", "inspectorate", "the company failed to maintain 14 treatment works"),
        ("Watreg", "inspectorate", "The regulator proposes a penalty of £2.1 million, equivalent to 3.2% of turnover")]


MARKER_IN_CAPITALS = (
    "PRESS RELEASE – FOR IMMEDIATE RELEASE\n\n"
    "Swimmers answer Fenmere Water\n\n"
    "The Clear Bays Coalition today published its response to Fenmere Water. It says spills rose 12% in 2026.\n")


def test_a_release_marker_in_capitals_names_no_issuer() -> None:
    assert all(speaker != "FOR IMMEDIATE RELEASE" for speaker, _, _ in rows(MARKER_IN_CAPITALS))


def test_an_inquiry_opening_its_own_clause_is_the_inspectorate_s() -> None:
    text = "Watreg (Water Standards Regulation Authority) fined Fenmere Water Ltd after an investigation found that"
    ctx = Context(text=text)
    ctx.register_org("Water Standards Regulation Authority", "inspectorate")
    raw = text[:text.index(" found")].split()[-12:]
    assert subordinate_document(text, 0, raw, [w.lower().strip('(").,') for w in raw], [], ctx) == (
        "Water Standards Regulation Authority", "inspectorate")


@pytest.mark.parametrize(("text", "expected"), [
    ("Fenmere Water apologised after an independent review found", None),  # no owner: the subject is read as before
    ("Fenmere Water apologised after the Watreg Authority's review found", ("Watreg Authority", "organisation")),
    ("Fenmere Water apologised and the Watreg Authority's review found", None),  # no clause of its own
    ("Fenmere Water's review found", None),
    ("Later, after the Watreg Authority's review found", ("Watreg Authority", "organisation")),  # one word before
    ("Fenmere Water apologised after the Water Standards Regulation Authority's review found", None),  # six words
    ("Fenmere Water apologised after Watreg Authority's review found", None),  # no determiner opens the clause
    ("Fenmere Water apologised after the Watreg Authority's review found Fenmere Water at fault",
     ("Watreg Authority", "organisation")),  # the clause is found from the region's start, not from the text's end
    ("Fenmere Water apologised after the lawsuit found", None),  # unresolved (no owner): read on
])
def test_subordinate_document(text: str, expected: tuple[str, str] | None) -> None:
    raw = text[:text.index(" found")].split()[-12:]
    words = [w.lower().strip("\u2019'\".,") for w in raw]
    assert subordinate_document(text, 0, raw, words, find_mentions(text, 0, text.index(" found")),
                                Context(text=text)) == expected


@pytest.mark.parametrize(("text", "region", "expected"), [
    ("Later, after the inquiry found", "Later", ("Watreg", "inspectorate")),  # four words: the inquiry's judge
    ("Fenmere Water apologised after a federal investigation found", "Fenmere", ("Watreg", "inspectorate")),
    ("Watreg fined the company, FWL, after an investigation found", "Watreg", ("Watreg", "inspectorate")),  # never Y
    ("Fenmere Water Ltd apologised after the spill. Fenmere Water Ltd apologised after the regulator's review found",
     "Fenmere Water Ltd apologised after the r", ("Watreg", "inspectorate")),  # words met before the region
])
def test_subordinate_document_with_an_inspectorate(text: str, region: str, expected: tuple[str, str]) -> None:
    start, cut = text.index(region), text.index(" found")
    raw = text[start:cut].split()[-12:]
    ctx = Context(text=text)
    ctx.register_org("Watreg", "inspectorate")
    assert subordinate_document(text, start, raw, [w.lower().strip("\u2019'\".,") for w in raw],
                                find_mentions(text, start, cut), ctx) == expected


# A headline's cue that claims nothing (19b, attribution/sentences): `X answers Y's claims` over a rebuttal does not
# make Y the first body to speak, so the release's first-person answers are X's, its issuer.
REBUTTAL = (
    "PRESS RELEASE\n\n"
    "\"A wet winter is no sewage plan\": Clear Bays Coalition answers Fenmere Water's bathing water claims\n\n"
    "The Clear Bays Coalition has today published a response to Fenmere Water's annual review.\n\n"
    "The coalition says the company's figures leave out 40 overflows.\n\n"
    "Fenmere claims: \"Spills fell by a third in 2026.\"\n\n"
    "Our response: Total spills fell from 21,870 to 14,412. But rainfall was 27% below average.\n")


def test_a_headline_s_claims_noun_does_not_make_the_issuer() -> None:
    assert rows(REBUTTAL) == [
        ("Clear Bays Coalition", "organisation", "the company's figures leave out 40 overflows"),
        ("Fenmere", "organisation", "Spills fell by a third in 2026."),
        ("Clear Bays Coalition", "organisation", "Our response: Total spills fell from 21,870 to 14,412"),
        ("Clear Bays Coalition", "organisation", "rainfall was 27% below average")]


# Projections a body published (19b, data/document_nouns.txt, speakers/words.PUBLISHED_ACTIVE_RE,
# speakers/publishers.published_plural, speakers/people.pronoun): `X (XA) has today published its latest projections.
# They show that A.` and `The projections show:` are X's; `They` after a body that published nothing stays unresolved.
PROJECTIONS = (
    "The Marine Survey Agency (MSA) has today published its latest projections of fish stocks. They show that cod "
    "stocks would fall by 14% by 2030.\n\n"
    "The projections show:\n\n"
    "- Haddock: stocks are projected to rise by 6%.\n")


def test_projections_a_body_published_are_its() -> None:
    assert rows(PROJECTIONS) == [
        ("Marine Survey Agency", "organisation", "cod stocks would fall by 14% by 2030"),
        ("Marine Survey Agency", "organisation", "Haddock: stocks are projected to rise by 6%")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Marine Survey Agency has today published its latest projections of fish stocks.", True),
    ("The Marine Survey Agency (MSA) released the figures on Monday.", True),
    ("The Marine Survey Agency has today published its annual report.", False),  # one document: `it`, not `they`
    ("The Marine Survey Agency has today met fishing crews.", False),
])
def test_published_plural(text: str, expected: bool) -> None:
    ctx = Context(text=text)
    ctx.register_org("Marine Survey Agency", "organisation")
    assert published_plural(ctx, "Marine Survey Agency") is expected


# An order the fining body issued (19b, data/case_nouns.txt, speakers/cases): `X has fined Y and ordered it ...
# The administrative consent order, signed last week, says A` and `..., according to the order` are X's; with no
# body fining or inspecting, the order keeps its words.
ORDER = (
    "The Corran Department of Water Quality has fined the Elm Valley Sewer Authority $900,000 and ordered it to "
    "replace two pumps.\n\n"
    "The administrative consent order, signed last week, says the pumps spilled 12 million gallons on 30 days.\n\n"
    "Two of the three pumps had failed, according to the order.\n")


def test_an_order_is_the_fining_body_s() -> None:
    assert rows(ORDER) == [
        ("Corran Department of Water Quality", "inspectorate", "the pumps spilled 12 million gallons on 30 days"),
        ("Corran Department of Water Quality", "inspectorate", "Two of the three pumps had failed")]


def test_an_order_with_no_body_fining_keeps_its_words() -> None:
    assert rows("The administrative consent order says the pumps spilled 12 million gallons on 30 days.\n") == [
        ("The administrative consent order", "unresolved", "the pumps spilled 12 million gallons on 30 days")]


# A county set off after people placed where they looked (19b, speakers/regions.PLACED_GROUPS): `Inspectors at X
# Lodge, Co Kerry, found` is the inspectorate's, never the county's nor the home's; `Speaking at X, Co Kerry,
# Minister Y said` is left as it was (the clause before the county opens on no people).
INSPECTORS_AT = (
    "The Care Standards Authority (CSA) published 12 inspection reports today.\n\n"
    "Inspectors at Ardmore Lodge, Co Kerry, found that the complaints log had no entries for 2025.\n")


def test_a_county_after_inspectors_at_a_home_never_speaks() -> None:
    assert rows(INSPECTORS_AT)[-1] == (
        "Care Standards Authority", "inspectorate", "the complaints log had no entries for 2025")


# `which it said` after a body's clause (19b, speakers/clause_pronouns.relative_pronoun_body): the pronoun is the
# clause's subject, never the regulator named in its object.
WHICH_IT = (
    "Tallow Energy said prices would rise 9% from March.\n\n"
    "In a statement, Tallow blamed network charges approved by the Energy Standards Commission, which it said "
    "accounted for half of the increase.\n")


def test_which_it_said_is_the_clause_s_subject() -> None:
    assert rows(WHICH_IT)[-1] == ("Tallow Energy", "organisation", "accounted for half of the increase")


@pytest.mark.parametrize(("clause", "before", "expected"), [
    (" which it", " Tallow blamed charges approved by the Energy Standards Commission", ("Tallow Energy", "organisation")),
    (" which they", " Tallow Energy blamed charges", ("Tallow Energy", "organisation")),
    (" which it", " higher charges approved by Tallow", None),  # the clause opens on no body
    (" which Corvale", " Tallow blamed charges", None),  # a name after `which`: `object_relative` reads it
])
def test_relative_pronoun_body(clause: str, before: str, expected: tuple[str, str] | None) -> None:
    ctx = Context(text=before + "," + clause)
    ctx.register_org("Tallow Energy", "organisation")
    assert relative_pronoun_body(clause, before, ctx) == expected


# An airline named `X Air` (19b, data/org_heads.txt) is a body, so `the company` after it is the airline; a day
# between a body's noun and its cue (speakers/regions.WEEKDAYS: `The court on Tuesday recommended`) is no part of
# the subject, unless the noun is an object (`a report presented to its board on Monday`).
AIRLINE = (
    "Corran Air has accepted a Labour Court recommendation.\n\n"
    "The court on Tuesday recommended a pay rise of 9% for 300 pilots.\n\n"
    "The company said 140 flights had been cancelled.\n")


def test_an_airline_and_a_court_on_a_day() -> None:
    assert rows(AIRLINE) == [
        ("Corran Air", "organisation", "has accepted a Labour Court recommendation"),  # 42e: with its auxiliary
        ("Labour Court", "organisation", "recommended a pay rise of 9% for 300 pilots"),
        ("Corran Air", "organisation", "140 flights had been cancelled")]


def test_a_day_after_an_object_s_noun_keeps_the_document() -> None:
    text = ("The Vale Transit District said fares would rise. Bus ridership fell 4%, according to the agency's "
            "annual report presented to its board on Monday.\n")
    assert all(speaker != "its board" for speaker, _, _ in rows(text))


# A care provider named `X Healthcare` (19b, data/org_heads.txt) is a body: `A spokesperson for X Healthcare said`
# speaks for it (by the fullest name the text gave it), and `the spokesperson said` and `The company said` after it
# are its too.
PROVIDER = (
    "Ardley House, which is run by Tresco Healthcare Ltd, was rated inadequate.\n\n"
    "A spokesperson for Tresco Healthcare said the report described \"a period now behind us\".\n\n"
    "\"We have appointed a new registered manager,\" the spokesperson said.\n\n"
    "The company said it had not admitted any new residents since February.\n")


def test_a_healthcare_provider_s_spokesperson() -> None:
    assert rows(PROVIDER) == [
        ("Tresco Healthcare Ltd", "organisation", 'the report described "a period now behind us"'),
        ("Tresco Healthcare Ltd", "organisation", "We have appointed a new registered manager"),
        ("Tresco Healthcare Ltd", "organisation", "it had not admitted any new residents since February")]


# A generic reference described by its kind and a word of one body's name (19b, speakers/references,
# data/kind_adjectives.txt): `The nonprofit health system said` is the one body named `... Health`; two such bodies,
# or a modifier no name holds, leave it unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harrow Bend Health will stop births at its Elm Forks hospital.\n\n"
     "The nonprofit health system said the unit delivered 118 babies last year.\n",
     ("Harrow Bend Health", "organisation", "the unit delivered 118 babies last year")),
    ("Harrow Bend Health and Valley Health will merge next year, the Elm Forks Council said.\n\n"
     "The nonprofit health system said the unit delivered 118 babies last year.\n",
     ("the nonprofit health system", "unresolved", "the unit delivered 118 babies last year")),
    ("Harrow Bend Health will stop births at its Elm Forks hospital.\n\n"
     "The regional transit system said the unit delivered 118 babies last year.\n",
     ("the regional transit system", "unresolved", "the unit delivered 118 babies last year")),
])
def test_a_generic_reference_by_a_word_of_a_name(text: str, expected: tuple[str, str, str]) -> None:
    assert rows(text)[-1] == expected


# Documents (19b, data/document_nouns.txt, speakers/words.SAME_DATA, speakers/clauses.is_participle_clause): `The
# documents, released to The Daily Ledger under the FOI Act, show` are the records' compiler's, never the paper's that
# received them.
RECORDS = (
    "Fenbridge College faces a deficit of €9.1 million, according to records compiled by the Colleges Funding "
    "Authority (CFA).\n\n"
    "The documents, released to The Daily Ledger under the Freedom of Information Act, show that the CFA has asked "
    "for a recovery plan by June.\n")


def test_records_a_body_compiled_and_a_paper_they_were_released_to() -> None:
    assert rows(RECORDS) == [
        ("Colleges Funding Authority", "organisation", "Fenbridge College faces a deficit of €9.1 million"),
        ("Colleges Funding Authority", "organisation", "the CFA has asked for a recovery plan by June")]
