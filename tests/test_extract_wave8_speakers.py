"""Speakers on writing the rules were not made for (wave 8): titles no list holds, places and headings that never
speak, short references that resolve to the one party of their kind, and two parties the rule cannot tell apart.
Each phenomenon is stated in general terms with the other ways a writer puts it; each case is a short text written
for this test and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, with at least
one case where the rule must not fire."""
import pytest

from claims.extract.entities import find_mentions
from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Deputy Finance Official Tomasz Brandt said the fund had lost $2 million.\n",
     [("Tomasz Brandt", "person", "the fund had lost $2 million")]),
    ("State Epidemiologist Carla Nunez said 41 cases had been confirmed.\n",
     [("Carla Nunez", "person", "41 cases had been confirmed")]),
    ("Principal Actuary Dev Raman told members that the scheme was 94% funded.\n",
     [("Dev Raman", "person", "the scheme was 94% funded")]),
    ("Victor Hale Moreno said 12 branches would close.\n",
     [("Victor Hale Moreno", "person", "12 branches would close")]),
], ids=["official-after-two-title-words", "epidemiologist", "actuary-from-the-title-list",
        "a-given-name-is-no-title"])
def test_a_post_no_list_holds_is_not_part_of_the_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A post written before a full name belongs to the title, not the name, even when no list of titles holds
    it: the writer's post nouns are open-ended (`County Auditor`, `Senior Statistician`, `Chief Business
    Official`, `State Epidemiologist`, `Lead Engineer`), but an agent noun ending (-ician, -ist, -ator, -itor,
    -ector, -official, -sheriff, -engineer, -uary) on a word of seven letters or more is no given name. A three-word
    name whose first word is a given name (`Victor`, too short to be a post) stays whole."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Police said burglaries fell by 12% last year.\n\nForty officers were hired, according to a report the "
     "force presented to the Harbour County Council on Monday.\n",
     [("Harbour Police", "organisation", "burglaries fell by 12% last year"),
      ("Harbour Police", "organisation", "Forty officers were hired")]),
    ("Speed cameras cut crashes by a third, according to a report the department presented to the Elm City "
     "Council's transport committee on Monday.\n",
     [("a report the department presented", "unresolved", "Speed cameras cut crashes by a third")]),
    ("Leaks fell by 9%, according to a report by Marl Water.\n",
     [("Marl Water", "organisation", "Leaks fell by 9%")]),
], ids=["the-giver-resolves-to-the-one-force", "no-department-named-stays-unresolved", "ordinary-cue-unchanged"])
def test_the_recipient_of_a_document_never_speaks_for_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A document given to a body (`a report the department presented to the City Council`, `figures submitted
    to the committee`, `a letter sent to the minister`) is the giver's, never the recipient's: the giver's short
    reference resolves to the one body of that kind the text names, else the text's words stay unresolved."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("An inspection of Marlow Grange Hospital found 23 faults, including 9 broken fire doors.\n",
     # wave 45a: one example after `, including` stays with the claim it illustrates (`found 23 faults, including 9
     # broken fire doors`: one count and its subset), as `added four posts, including A` does; only a head naming the
     # items' kind gives way to its one item. The document still speaks for itself.
     [("An inspection of Marlow Grange Hospital", "document", "found 23 faults, including 9 broken fire doors")]),
    ("A review into Brook Academy found that 14 pupils were excluded.\n",
     [("A review into Brook Academy", "document", "14 pupils were excluded")]),
    ("The Schools Inspectorate published its report on Brook Academy. The report found that 14 pupils were "
     "excluded.\n",
     [("Schools Inspectorate", "inspectorate", "14 pupils were excluded")]),
], ids=["inspection-of", "review-into", "owner-before-the-noun-still-speaks"])
def test_the_body_a_document_is_about_never_publishes_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A body named after a document's noun and `of`, `into`, `on`, `at` or `about` (`an inspection of X`, `a
    review into X`, `a report on X`) is what the document examines, not who wrote it: without a named author the
    document speaks in the text's words; an owner before the noun (`X's report on Y`) still speaks."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("FRANKFORT, Ky. \u2014 A state audit found 23 errors in the payroll, the auditor's office said.\n",
     [("state audit", "document", "found 23 errors in the payroll")]),
    ("ENNIS, Co Clare \u2014 Clare Rail said 40 trains were cancelled.\n",
     [("Clare Rail", "organisation", "40 trains were cancelled")]),
], ids=["state-after-the-place", "county-after-the-place"])
def test_a_dateline_never_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    """The place a text was filed from (`FRANKFORT, Ky. \u2014`, `MARION, N.C. \u2013`, `ENNIS, Co Clare \u2014`) opens the
    lead but is no party: the speaker is read from the words after it."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ENNIS, Co Clare \u2014 Jo Roe said 40 trains were late.", ["Jo Roe"]),
    ("MARION, N.C. \u2013 Sheriff Jo Roe said 40 cells were empty.", ["Jo Roe"]),
    ("Last May, Clare Rail said 40 trains were late.", ["Clare Rail"]),
    ("Flooding hit Mt Pleasant and Co Kerry.", []),
], ids=["county-in-a-dateline", "state-in-a-dateline", "a-name-after-a-comma-is-still-read",
        "places-by-their-abbreviation-are-no-people"])
def test_a_dateline_s_region_is_no_mention(text: str, expected: list[str]) -> None:
    """The county, state or country after a dateline's place in capitals (`ENNIS, Co Clare \u2014`) is where the text
    was filed from: `find_mentions` never reads it as a name; a name after a comma inside a sentence is read as
    before."""
    assert [m.name for m in find_mentions(text, 0, len(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour City Council said 300 people slept rough in May.\n\nThe charity said 40% of them were under 25.\n\n"
     "Notes to editors: Linden Hope is a charity that runs 12 shelters in the city.\n",
     [("Harbour City Council", "organisation", "300 people slept rough in May"),
      ("Linden Hope", "organisation", "40% of them were under 25")]),
    ("Figures from Harbour City Council show 300 people slept rough in May. The youth charity Kite Trail runs "
     "hostels. The charity said 40% of them were under 25.\n",
     [("Harbour City Council", "organisation", "300 people slept rough in May"),
      ("Kite Trail", "organisation", "40% of them were under 25")]),
    ("Marrow Research, the think tank, said rents rose by 9%. Harbour City Council said 300 homes were built. The "
     "think tank said 40% of renters were in arrears.\n",
     [("Marrow Research", "organisation", "rents rose by 9%"),
      ("Harbour City Council", "organisation", "300 homes were built"),
      ("Marrow Research", "organisation", "40% of renters were in arrears")]),
    ("Harbour City Council said 300 people slept rough in May. Linden Hope, a housing charity, and Kite Trail, a "
     "youth charity, run hostels. The charity said 40% of them were under 25.\n",
     [("Harbour City Council", "organisation", "300 people slept rough in May"),
      ("the charity", "unresolved", "40% of them were under 25")]),
], ids=["is-a-charity-in-the-notes", "noun-before-the-name", "two-word-noun-in-apposition",
        "two-bodies-so-called-stay-unresolved"])
def test_a_short_reference_is_the_one_body_the_text_calls_so(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A short reference (`the charity`, `the think tank`, `the union`) means the one body the text itself calls
    by that noun, wherever it does so and whatever the body's name looks like: `X is a charity that ...` in the
    notes, `the youth charity X`, `X, the think tank,`. Two bodies so called leave the reference unresolved; a
    name before a cue (`X, the charity said`) is no such link."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Responding to figures from the Rail Office which show that 600 trains were cancelled, union general secretary "
     "Ana Diaz said:\n\n\"Our members warned of this. We lost 40 drivers in a year.\"\n",
     [("Rail Office", "organisation", "600 trains were cancelled"),  # the figures' own claim, read by the response frame
      ("Ana Diaz", "person", "Our members warned of this."), ("Ana Diaz", "person", "We lost 40 drivers in a year.")]),
    ("Reacting to Harbour Council figures which show that 40 homes are empty, Jo Roe of Shelter Harbour said: \"We "
     "counted 90 empty homes in May.\"\n",
     [("Harbour Council", "organisation", "40 homes are empty"), ("Jo Roe", "person", "We counted 90 empty homes in May.")]),
    ("Responding to the strike, the Rail Office said 600 trains were cancelled.\n",
     [("Rail Office", "organisation", "600 trains were cancelled")]),
], ids=["quotation-in-the-next-paragraph", "quotation-after-the-colon", "no-colon-the-cue-is-the-sentence-s"])
def test_a_cue_inside_the_occasion_never_takes_the_speaker_s_colon(text: str,
                                                                   expected: list[tuple[str, str, str]]) -> None:
    """A sentence may open with the occasion of what its speaker says, and that occasion may hold a cue of its own
    (`Responding to figures which show that ...,`, `Reacting to a report that says ...,`, `Commenting on claims by
    X that ...,`): the colon at its end belongs to the speaker named last, before `said:`, never to the figures'
    publisher. Without such a closing cue the sentence is read as before."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Assistant coroner for Kent Sara Whitby said the delays had contributed to the death.\n",
     [("Sara Whitby", "person", "the delays had contributed to the death")]),
    ("The area coroner for North Wessex Jo T. Marsh said 12 deaths were reviewed.\n",
     [("Jo T. Marsh", "person", "12 deaths were reviewed")]),
    ("A spokesman for Mary Ann Lee said she had repaid £4,000.\n",
     [("Mary Ann Lee", "person", "she had repaid £4,000")]),
], ids=["post-for-a-county", "post-for-a-region-and-a-middle-initial", "a-spokesman-for-a-person-keeps-her-name"])
def test_the_place_a_post_is_for_is_not_part_of_the_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A lower-case post and what it is for (`coroner for Berkshire`, `chair of Acme`) may run straight into the
    holder's name with no comma (`Assistant coroner for Kent Sara Whitby`): the place or body belongs to the post,
    and the name is its last two words (three with a middle initial). A spokesperson for a person speaks for that
    person, whose whole name stays."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ELM COUNTY SHERIFF'S OFFICE\n", ["Elm County Sheriff's Office"]),
    ("O'NEILL HAULAGE LTD\n", ["O'Neill Haulage Ltd"]),
    ("Elm County Sheriff's Office\n", ["Elm County Sheriff's Office"]),
], ids=["possessive-in-capitals", "apostrophe-name-in-capitals", "already-in-name-case"])
def test_a_heading_in_capitals_names_the_body_in_name_case(text: str, expected: list[str]) -> None:
    """A letterhead or heading in capitals (`ELM COUNTY SHERIFF'S OFFICE`) names its body as the text writes it
    elsewhere: each word in name case, a possessive `'s` in lower case, `O'NEILL` as `O'Neill`."""
    assert [m.name for m in find_mentions(text, 0, len(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\n\nMarsh Vale Police said 40 officers were hired in 2025.\n\nSTATEMENT FROM CHIEF CONSTABLE DEV "
     "RAMAN\n\nOur own audit shows that we missed 12 of the 30 checks. We have since hired 20 more officers.\n\n"
     "\u2014 Chief Constable Dev Raman\n\nThe force said 300 cases were reviewed.\n",
     [("Marsh Vale Police", "organisation", "40 officers were hired in 2025"),
      ("Dev Raman", "person", "Our own audit shows that we missed 12 of the 30 checks"),  # whole, as a quotation's
      ("Dev Raman", "person", "We have since hired 20 more officers"),
      ("Marsh Vale Police", "organisation", "300 cases were reviewed")]),
    ("PRESS RELEASE\n\nMarsh Vale Police said 40 officers were hired in 2025.\n\nA message from Ana Diaz\n\nWe have "
     "opened 3 new stations this year.\n",
     [("Marsh Vale Police", "organisation", "40 officers were hired in 2025"),
      ("Ana Diaz", "person", "We have opened 3 new stations this year")]),
    ("PRESS RELEASE\n\nMarsh Vale Police said 40 officers were hired in 2025.\n\nStatement from the force\n\nWe have "
     "opened 3 new stations this year.\n",
     [("Marsh Vale Police", "organisation", "40 officers were hired in 2025"),
      ("Marsh Vale Police", "organisation", "We have opened 3 new stations this year")]),
], ids=["statement-heading-and-sign-off", "message-from-a-person", "a-body-s-statement-stays-the-body-s"])
def test_a_statement_headed_with_a_person_is_that_person_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A release may hold a person's own statement under a heading that names them (`STATEMENT FROM SHERIFF ROE`,
    `A message from the chief executive Jo Roe`, `Remarks by X`), written in the first person and often signed off
    (`\u2014 Sheriff Jo Roe`): its first-person sentences are that person's, not the issuing body's, until the next
    heading or the sign-off. A heading that names no person (`Statement from the force`) changes nothing."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("News | Harbour Data Office\n\nHarbour Data Office has fined Elm Stores £2m for losing customer records.\n\n"
     "Our investigation found that Elm Stores:\n\n- lost 4,000 records;\n- ignored 12 alerts.\n",
     [("Harbour Data Office", "inspectorate", "lost 4,000 records"),
      ("Harbour Data Office", "inspectorate", "ignored 12 alerts")]),
    ("Marl Water said leaks fell by 9% last year. Our latest figures show that 40 mains burst in May.\n",
     [("Marl Water", "organisation", "leaks fell by 9% last year"),
      ("Marl Water", "organisation", "40 mains burst in May")]),
    ("Leaks rose in May.\n\nOur analysis found that 40 mains burst.\n",
     [("our analysis", "document", "40 mains burst")]),
], ids=["masthead-body-s-investigation", "the-body-that-spoke-s-figures", "no-body-named-stays-the-words"])
def test_our_document_in_the_narration_is_the_writing_body_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A text a body writes about its own work calls its documents `our` in its narration (`Our investigation
    found`, `our latest figures show`, `Our review of 40 cases`): the body on the text's first line (its letterhead
    or masthead), else the first body that spoke, never the body the investigation was about. With neither, the
    text's words stay."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("New research by FairFares has found that 40% of refunds were late.\n\nThe research found that 12 airlines "
     "missed the deadline.\n",
     [("FairFares", "organisation", "40% of refunds were late"),
      ("FairFares", "organisation", "12 airlines missed the deadline")]),
    ("StepAhead said 300 young people had found work.\n",
     [("StepAhead", "organisation", "300 young people had found work")]),
    ("Jo MacLeod said 300 young people had found work.\n",
     [("Jo MacLeod", "person", "300 young people had found work")]),
], ids=["research-by-a-brand-is-the-brand-s", "a-brand-speaks", "a-surname-with-an-inner-capital-is-a-person-s"])
def test_a_one_word_brand_is_a_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A body may go by one word of two capitalised parts (`ConsumerFirst`, `StepAhead`, `HomeServe`): a brand, a
    body's name, whose research (`research by X found`, later `the research found`) is its own. Surnames written
    with an inner capital (`MacLeod`, `FitzGerald`, `McDonald`, `DeShawn`) are no brand."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Inspection of Marlow General Hospital", ["Marlow General Hospital"]),
    ("Report on the Harbour Police", ["Harbour Police"]),
    ("HIQA Report", ["HIQA"]),
    ("Chief Executive of Acme Health", ["Acme Health"]),
    ("Managing Director of Acme Water Jo Roe", ["Jo Roe"]),
    ("Office of Health Facility Licensing", ["Office of Health Facility Licensing"]),
], ids=["inspection-of", "report-on-the", "acronym-and-report", "post-of-a-body", "post-then-a-name",
        "a-body-of-is-a-body"])
def test_a_title_or_a_post_names_the_body_in_it(text: str, expected: list[str]) -> None:
    """A document's title (`Inspection of X`, `Report on the X`, `HIQA Report`) and a post (`Chief Executive of X`)
    written in capitals are no body's name: the body is the one they are of (examined, or employing the post
    holder); a body whose name has `of` (`Office of Health Facility Licensing`) stays whole."""
    assert [m.name for m in find_mentions(text, 0, len(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Statement on the Report on Inspection of Marlow General Hospital\n\nThe hospital said 12 beds had reopened.\n",
     [("Marlow General Hospital", "organisation", "12 beds had reopened")]),
    ("Leaks fell by 9%, inspectors found.\n\nMedia enquiries: Communications Office, 01 555 0000\n",
     [("inspectors", "inspectorate", "Leaks fell by 9%")]),
], ids=["the-body-in-a-title-heading", "a-press-desk-is-no-inspectorate"])
def test_no_heading_or_desk_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    """The body a heading's title names is the one examined, so `the hospital` is that hospital; an office that
    answers the press (`Communications Office`, `Press Office`) named at the end never judges as `inspectors`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bus fares will rise by 5%, the transport minister has announced.\n\nTransport Minister Ana Diaz said 40 routes "
     "would be cut.\n",
     [("Ana Diaz", "person", "Bus fares will rise by 5%"), ("Ana Diaz", "person", "40 routes would be cut")]),
    ("Transport Minister Ana Diaz visited Leeds on Monday.\n\nBus fares will rise by 5%, the transport minister said, "
     "and 40 routes will be cut.\n",
     [("Ana Diaz", "person", "Bus fares will rise by 5%"), ("Ana Diaz", "person", "40 routes will be cut")]),
    ("Bus fares will rise by 5%, the transport minister has announced.\n\nTransport Minister Ana Diaz replaced "
     "Transport Minister Tom Hale in May.\n",
     [("the transport minister", "unresolved", "Bus fares will rise by 5%")]),
], ids=["holder-named-after", "holder-named-before", "two-holders-keep-the-words"])
def test_a_title_in_lower_case_is_its_one_holder(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A news lead often gives a person by their post alone (`the floods minister has announced`, `the county
    sheriff said`) and their name in a later or earlier paragraph with the same post as a title (`Floods Minister
    Rachel Roe`): the one person the text names with that title speaks. Two holders leave the text's words; an
    auxiliary before the cue (`has announced`) is never part of the words."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At Elm Lodge Nursing Home in Co Kerry, an inspector found that 12 residents had no care plan.\n\nThe Care "
     "Standards Inspectorate said 40 homes were inspected.\n",
     [("Care Standards Inspectorate", "inspectorate", "12 residents had no care plan"),
      ("Care Standards Inspectorate", "inspectorate", "40 homes were inspected")]),
    ("Rose Court Care Home said 12 beds had closed.\n",
     [("Rose Court Care Home", "organisation", "12 beds had closed")]),
    ("In Mt Pleasant, Harbour Water said 40 homes flooded.\n",
     [("Harbour Water", "organisation", "40 homes flooded")]),
], ids=["a-county-and-a-home-are-no-people", "a-home-is-a-body", "a-mount-is-no-person"])
def test_a_place_or_a_home_is_no_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Two capitalised words after a role-like word are not always a person: a county or a mountain by its
    abbreviation (`Co Wexford`, `Mt Pleasant`, `Ft Worth`) is a place, and a name ending in `Home` (`Ardmore House
    Nursing Home`, `Rose Court Care Home`) is a body, however `Nursing` reads as a post."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Water said:\n\n\u2022 40 mains burst in May;\n\u2022 12 streets lost supply.\n\nCustomer Jo Marsh, 71, from "
     "Leeds, went without water for 3 days.\n\n\"I rang the helpline 9 times,\" she said.\n",
     [("Harbour Water", "organisation", "40 mains burst in May"),
      ("Harbour Water", "organisation", "12 streets lost supply"),
      ("Jo Marsh", "person", "I rang the helpline 9 times")]),
    ("Harbour Water said:\n\n\u2022 40 mains burst in May;\n\u2022 12 streets lost supply.\n\nA further 300 homes were on "
     "low pressure for 2 days.\n",
     [("Harbour Water", "organisation", "40 mains burst in May"),
      ("Harbour Water", "organisation", "12 streets lost supply")]),  # a bulleted list ends at its last bullet
], ids=["a-case-study-after-the-list-speaks-for-herself", "narration-after-the-list-is-nobody-s"])
def test_a_person_introduced_after_a_list_is_who_she_means(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A release often follows its list of findings with a case study: a paragraph that introduces a person by name
    (`Beacon supporter Alan Roe, 63, from Leeds, waited 97 days`, `Customer Jo Marsh went without water`) and then
    their quotation with `he said`/`she said`. That paragraph is no item of the list, and the pronoun is the person
    it introduced, not the body's spokesperson quoted before; uncued narration after the bulleted list is nobody's
    (the list ends at its last bullet)."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("An audit of the Elm County payroll found 23 errors, including 4 double payments, a state finance official said "
     "Tuesday.\n",
     [("a state finance official", "unresolved",  # one example after `including` stays in (wave 20c)
       "An audit of the Elm County payroll found 23 errors, including 4 double payments")]),
    ("A review of the rail timetable found 40 late trains, a spokeswoman for the operator said.\n",
     [("the operator", "unresolved", "A review of the rail timetable found 40 late trains")]),
    ("An audit of the Elm County payroll found 23 errors, and the county fixed 4 of them.\n",
     [("An audit of the Elm County payroll", "document", "found 23 errors"),
      ("An audit of the Elm County payroll", "document", "the county fixed 4 of them")]),
], ids=["an-official-closes-the-sentence", "a-spokeswoman-for-a-body-closes-it", "no-closing-cue-the-document-speaks"])
def test_an_unnamed_official_closing_the_sentence_says_all_of_it(text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    """A news lead may report a document's finding and only at its end say who told the reporter (`An inspection
    found 23 faults, a state health official said Wednesday.`, `..., a spokeswoman for the operator said.`): the
    whole sentence is that person's report, unresolved when unnamed, never the document's own claim. Without the
    closing cue the document speaks as before."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Rail Workers Union said fares were too high. Harbour Rail announced in May that it would close 12 ticket "
     "offices, and the union said 90 jobs would go.\n",
     [("Rail Workers Union", "organisation", "fares were too high"),
      ("Harbour Rail", "organisation", "it would close 12 ticket offices"),
      ("Rail Workers Union", "organisation", "90 jobs would go")]),
    ("Harbour Rail announced that it would close 12 ticket offices and the union representing staff has 400 "
     "members.\n",
     [("Harbour Rail", "organisation", "it would close 12 ticket offices"),
      ("Harbour Rail", "organisation", "the union representing staff has 400 members")]),
], ids=["and-the-union-said", "a-reference-without-a-cue-is-no-second-speaker"])
def test_a_short_reference_opening_a_second_clause_speaks_its_own(text: str,
                                                                  expected: list[tuple[str, str, str]]) -> None:
    """A sentence may give one party's claim and then, after `and`, `but` or `while`, another party's by a short
    reference and its own cue (`..., and the union said 410 jobs would go`, `while the regulator estimates ...`):
    the second clause is the party the reference means, not the first speaker's. A reference with no cue of its own
    right after it opens no second claim."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Elm Park Residents' Group said lorries had blocked the road for a year, and its chair, Jo Marsh, said the "
     "builder had ignored 12 letters.\n",
     [("Elm Park Residents' Group", "organisation", "lorries had blocked the road for a year"),
      ("Jo Marsh", "person", "the builder had ignored 12 letters")]),
    ("Harbour Rail said fares would rise by 5%, and its profits, which fell by 9%, were lower than forecast.\n",
     [("Harbour Rail", "organisation", "fares would rise by 5%"),
      ("Harbour Rail", "organisation", "its profits, which fell by 9%, were lower than forecast")]),
], ids=["its-chair-named-between-commas", "a-thing-of-its-is-no-speaker"])
def test_a_body_s_officer_named_after_and_speaks_the_second_clause(text: str,
                                                                   expected: list[tuple[str, str, str]]) -> None:
    """After a body's claim, `and its secretary, Ian Roe, said ...` (`but their chair, Ann Lee, warned ...`) gives the
    second clause to the person named between the commas, not to the body. `and its profits, which ..., were`
    names no one and goes on as before."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sheriff Ana Ruiz said 600 inmates were held.\n\nDeputy Tom Hale said overtime cost $1m. \"We cannot go on,\" he "
     "said.\n\nRuiz is asking the board for $2m. She said the new wing would add 90 beds.\n",
     [("Ana Ruiz", "person", "600 inmates were held"), ("Tom Hale", "person", "overtime cost $1m"),
      ("Tom Hale", "person", "We cannot go on"), ("Ana Ruiz", "person", "the new wing would add 90 beds")]),
    ("Sheriff Ana Ruiz said 600 inmates were held.\n\nDeputy Tom Hale said overtime cost $1m. Prisons are full, he "
     "said.\n\nOvertime is rising. He said the new wing would add 90 beds.\n",
     [("Ana Ruiz", "person", "600 inmates were held"), ("Tom Hale", "person", "overtime cost $1m"),
      ("Tom Hale", "person", "Prisons are full"), ("Tom Hale", "person", "the new wing would add 90 beds")]),
], ids=["surname-subject-then-she", "no-surname-the-last-speaker-goes-on"])
def test_a_surname_opening_a_sentence_is_who_the_pronoun_means(text: str,
                                                               expected: list[tuple[str, str, str]]) -> None:
    """A person named in full earlier comes back by surname alone as a sentence's subject (`Ruiz is asking the board
    ...`, `Albrecht wants ...`) with no cue; the `she said` after it is that person's, not the last speaker's. With
    no such subject the last speaker goes on."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Transport Minister Ana Diaz said 40 routes would be cut.\n\nA spokesperson for the Minister said 12 routes "
     "would reopen.\n",
     [("Ana Diaz", "person", "40 routes would be cut"), ("Ana Diaz", "person", "12 routes would reopen")]),
    ("Mayor Jo Roe said 40 routes would be cut.\n\nA spokesperson for the Minister said 12 routes would reopen.\n",
     [("Jo Roe", "person", "40 routes would be cut"), ("the Minister", "unresolved", "12 routes would reopen")]),
], ids=["the-minister-the-text-named", "no-minister-named-stays-unresolved"])
def test_a_spokesperson_for_a_titled_person_speaks_for_that_person(text: str,
                                                                   expected: list[tuple[str, str, str]]) -> None:
    """`A spokesperson for the Minister` (`a spokeswoman for the Mayor`, `a spokesman for the governor`) speaks for
    the one person the text named with that title; with no such person named the words stay unresolved, in the
    text's capitals (wave 50g)."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Marl Bank said profits rose by 9%. Marl Insurance was not affected.\n\nA Marl spokesperson said 12 branches "
     "would close.\n",
     [("Marl Bank", "organisation", "profits rose by 9%"), ("Marl Bank", "organisation", "12 branches would close")]),
    ("Harbour Health said 40 beds would close at St. Ives Hospital.\n\nIn response, a St. Ives spokesperson said 12 "
     "nurses had left.\n",
     [("Harbour Health", "organisation", "40 beds would close at St. Ives Hospital"),
      ("St. Ives Hospital", "organisation", "12 nurses had left")]),
    ("Marl Insurance was not affected. Marl Bank was sold in May.\n\nA Marl spokesperson said 12 branches would "
     "close.\n",
     [("Marl", "organisation", "12 branches would close")]),
], ids=["the-one-that-spoke", "one-body-of-that-name-never-spoke", "none-spoke-keeps-the-short-name"])
def test_a_short_name_shared_by_two_bodies_is_the_one_that_spoke(text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    """A short name before a spokesperson (`a Marl spokesperson`, `a St. Adrian spokesperson`) may begin the names of
    two bodies the text gives (`Marl Bank`, `Marl Insurance`): it is the one of them that has spoken in the text;
    one body of that name is that body, spoken or not; when none or both have spoken, the short name stays."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Council said 40 homes were empty.\n\nInvestigators estimate that 12 landlords broke the rules.\n",
     [("Harbour Council", "organisation", "40 homes were empty"),
      ("Investigators", "unresolved", "12 landlords broke the rules")]),
    ("Economists estimate that 300 firms will fail.\n",
     [("Economists", "unresolved", "300 firms will fail")]),
    ("Rangers said 12 players were injured.\n",  # a plural a body's name may end with (`Rangers`, `Trustees`) is the
     [("Rangers", "organisation", "12 players were injured")]),  # body unless the text also writes it in lower case (43e)
    ("Glenmore Rangers said 12 players were injured.\n",
     [("Glenmore Rangers", "organisation", "12 players were injured")]),
], ids=["investigators-are-people", "economists-are-people", "a-bare-plural-a-name-may-end-with-is-a-body", "a-club-s-plural-name-is-a-body"])
def test_a_plural_post_opening_a_sentence_is_no_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A sentence may open with people named by their post in the plural (`Investigators estimate`, `Economists
    expect`, `Auditors found`): capitalised only because the sentence starts there, they are no body's name and
    stay unresolved unless a body is named with them. A plural name that is no post (`Rangers`) is read as before."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("FairFares said 40% of refunds were late.\n\nSunvale Air said it had paid 96% of refunds on time and disputed "
     "FairFares's figures, which it said were drawn from a small sample of 600 complaints.\n",
     [("FairFares", "organisation", "40% of refunds were late"),
      ("Sunvale Air", "organisation", "it had paid 96% of refunds on time"),
      ("Sunvale Air", "organisation", "disputed FairFares's figures, which it said were drawn from a small sample of "
                                      "600 complaints")]),
], ids=["and-disputed-goes-on"])
def test_a_second_verb_without_a_subject_is_the_same_party_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`X said A and disputed Y's figures, which it said ...` (`and rejected`, `but denied`): a clause after `and`
    whose verb comes first has no subject of its own, so its claims stay the first speaker's, never the body whose
    figures it names. (`Sunvale Air` is a body since wave 19b: `air` heads an airline's name.)"""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Environmental Standards Office said 19 towns still discharged raw sewage.\n\nIn its annual report, the "
     "agency found that 41 plants failed the standard.\n",
     [("Environmental Standards Office", "inspectorate", "19 towns still discharged raw sewage"),
      ("Environmental Standards Office", "inspectorate", "41 plants failed the standard")]),
    ("Harbour County Council said 19 towns still discharged raw sewage.\n\nIn its annual report, the agency found "
     "that 41 plants failed the standard.\n",
     [("Harbour County Council", "organisation", "19 towns still discharged raw sewage"),
      ("the agency", "unresolved", "41 plants failed the standard")]),
], ids=["an-office-is-the-agency", "a-council-is-never-the-agency"])
def test_the_agency_is_a_state_office_executive_or_service(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A text calls a state body by the generic `the agency` whatever its name's head: an `Office`, an `Executive`,
    a `Service` (`the Environmental Protection Office ... the agency found`). A council is never `the agency`."""
    assert rows(text) == expected


def test_a_recipient_that_opens_the_subject_gives_no_empty_giver() -> None:
    """`complaints sent to Brightfly ... found`: when the subject's words start at the body a document was sent to,
    no words name who sent it; the reader never makes a speaker of no words (an empty speaker once crashed the
    extractor on a corpus text), and a context told that nobody spoke stays as it was."""
    from claims.extract.speakers import Context, speaker_of_clause
    text = "An analysis of 6,800 complaints sent to Brightfly between July and December found that fares rose."
    start = text.index("Brightfly")
    ctx = Context(text=text)
    assert speaker_of_clause(text, start, text.index(" found"), ctx) != ("", "unresolved")
    ctx.spoke("", "unresolved")
    assert ctx.org_speakers == []
