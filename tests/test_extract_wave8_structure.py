"""Claims that the structure of texts hid from the extractor (wave 8): each case is a short text written for this test
in our own words, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# A paper's Q&A labels its turns `Q:` and `A:` and introduces the one person who answers in its opening paragraphs,
# however it phrases it: `Jo Roe became chief executive in May. We asked her ...`, `We asked its director, Jo Roe,
# about ...`, `Jo Roe, the new head of Acme, answered our questions.` The byline (`By Sam Poe`) is the writer, who
# asks; a multiple figure (`twice`, `doubled`) is a figure; and a closing paragraph of the writer's about a party the
# text named (`Acme receives £2m a year.`), with no `I` or `we` in it, is not the answer going on. When the
# introduction names two people and never says which answers, the answers are nobody's.
QA_BY_NAME_IN_INTRO = ("Harbour Weekly\n\nBy Sam Poe\n\n"
                       "Ines Varga took over Kestle Ferries in June. We asked her about fares and sailings.\n\n"
                       "Q: Were sailings cancelled this summer?\n\n"
                       "A: We ran 4,210 sailings and cancelled 37 of them, most for weather.\n\n"
                       "Q: And fares?\n\n"
                       "A: Fuel costs doubled after the spring, so fares went up.\n\n"
                       "Kestle Ferries carries about 900,000 passengers a year.\n")
QA_BY_APPOSITION = ("INTERVIEW\n\n"
                    "Pell Dance Trust opened two studios this year. We put questions to its director, Omar Lisle, "
                    "about the money.\n\nBy Ruth Kemp, Arts Editor\n\n"
                    "Q: How many classes did you run?\n\n"
                    "A: We ran 1,300 classes in the year, up from 950.\n\n"
                    "Q: Who pays?\n\n"
                    "A: Our grant covers 40% of it.\n")
QA_TWO_PEOPLE = ("Nia Holt and Ben Farrow run Dunloe Buses.\n\n"
                 "Q: How many routes?\n\nA: We run 14 routes.\n\nQ: And drivers?\n\nA: We employ 80 drivers.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (QA_BY_NAME_IN_INTRO,
     [("Ines Varga", "person", "We ran 4,210 sailings"), ("Ines Varga", "person", "cancelled 37 of them, most for weather"),
      ("Ines Varga", "person", "Fuel costs doubled after the spring, so fares went up")]),
    (QA_BY_APPOSITION,
     [("Omar Lisle", "person", "We ran 1,300 classes in the year, up from 950"),
      ("Omar Lisle", "person", "Our grant covers 40% of it")]),
    (QA_TWO_PEOPLE, []),
], ids=["named-in-the-introduction", "named-in-an-apposition-byline-apart", "two-people-nobody-answers"])
def test_a_q_and_a_gives_the_answers_to_the_person_its_introduction_names(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A lead-in's list keeps its form: once its items are bullets, the first paragraph that is no bullet ends it. A table's
# heading under the list (`Journeys by line, 2024 and 2025`), the writer's narration after it (`The academy opened in
# 2011 ...`) or a new section are not its last items. Other writers: a `Sources:` line, a chart's title, `Notes`.
# A list of lines without bullets (`Sustained: 18`) is still read line by line.
@pytest.mark.parametrize(("text", "expected"), [
    ("Pellow Rail said its results for the year showed:\n\n• passenger numbers rose 6% to 41 million;\n"
     "• punctuality reached 92%.\n\nJourneys by line, 2024 and 2025\n\n"
     "The company's chair, Ann Roe, said the network carried 3,000 more trains.\n",
     [("Pellow Rail", "organisation", "passenger numbers rose 6% to 41 million"),
      ("Pellow Rail", "organisation", "punctuality reached 92%"),
      ("Ann Roe", "person", "the network carried 3,000 more trains")]),
    ("Inspectors found that the Dunmore Academy:\n\n- had cut exclusions by 40% since 2023;\n"
     "- had raised attendance to 95%.\n\nThe academy was opened in 2011 and has 1,200 pupils.\n",
     [("inspectors", "inspectorate", "had cut exclusions by 40% since 2023"),
      ("inspectors", "inspectorate", "had raised attendance to 95%")]),
    ("The Tenancy Panel's annual report showed:\n\nUpheld: 212\nNot upheld: 1,040\n\n"
     "The panel said 61% of complaints were about repairs.\n",
     [("Tenancy Panel", "organisation", "Upheld: 212"), ("Tenancy Panel", "organisation", "Not upheld: 1,040"),
      ("Tenancy Panel", "organisation", "61% of complaints were about repairs")]),
], ids=["a-table-heading-after-bullets", "narration-after-bullets", "lines-without-bullets-still-items"])
def test_a_bulleted_list_ends_at_the_first_paragraph_without_a_bullet(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A comma list's first part may only frame the clause after it: `According to the council's 2025 survey, A, and B`,
# `In the year to March, A, B and C`, `Since the spring, ...`. It is no item of its own (a row `According to the
# council's 2025 survey` states nothing); it stays with the first item. Phrases that open with a preposition later in
# a list (`for law, for physics and for nursing`) modify one claim and are never items: a connector is taken off only
# where it opens the words (`for` is no `or`). A list of clauses still splits.
@pytest.mark.parametrize(("text", "expected"), [
    ("According to the council's 2025 housing survey, 3,100 homes were empty, and 410 had been empty for over two "
     "years, the council said.",
     [("the council", "unresolved", "According to the council's 2025 housing survey, 3,100 homes were empty"),
      ("the council", "unresolved", "410 had been empty for over two years")]),
    ("In the year to March, Kestle Ferries said it ran 4,200 sailings, cancelled 37 and carried 900,000 passengers.",
     [("Kestle Ferries", "organisation", "it ran 4,200 sailings, cancelled 37"),  # wave 15: too short to stand
      ("Kestle Ferries", "organisation", "carried 900,000 passengers")]),
    ("Hollin College said it was placed in the top ten for teaching in law, for research in physics and for student "
     "support in nursing.",
     [("Hollin College", "organisation", "it was placed in the top ten for teaching in law, for research in physics "
                                           "and for student support in nursing")]),
    ("Dunmore Council said 3,100 homes were empty, 410 had been empty for two years and 95 were in council hands.",
     [("Dunmore Council", "organisation", "3,100 homes were empty"),
      ("Dunmore Council", "organisation", "410 had been empty for two years"),
      ("Dunmore Council", "organisation", "95 were in council hands")]),
], ids=["according-to-frames-the-first-item", "adjunct-before-the-cue", "prepositional-phrases-are-one-claim",
        "a-list-of-clauses-still-splits"])
def test_a_phrase_that_frames_a_list_is_no_item_of_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A cue after its content may be in the perfect: `..., the minister has announced.`, `..., the agency has said, but
# ...`, `..., the firm had confirmed.` The auxiliary belongs to the verb, never to the speaker's words (`the minister
# has` is no one). A cue before its content in the perfect (`The trust has said it ...`) reads as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Roscommon is to receive €6.3 million for walking trails, the minister has announced.",
     [("the minister", "person", "Roscommon is to receive €6.3 million for walking trails")]),
    ("The board will spend £2m on new buses over two years, the transport minister has said, but 12 rural routes "
     "will close.",
     [("the transport minister", "person", "The board will spend £2m on new buses over two years"),
      ("the transport minister", "person", "12 rural routes will close")]),
    ("The Dunmore Trust has said it opened 40 beds in March.",
     [("Dunmore Trust", "organisation", "it opened 40 beds in March")]),
], ids=["closing-cue-in-the-perfect", "aside-cue-in-the-perfect", "opening-cue-in-the-perfect"])
def test_a_cue_in_the_perfect_keeps_its_auxiliary_out_of_the_speaker(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A lead-in with neither a reporting verb nor a name (`The projects funded are:`, `The measures include:`, `Its
# priorities were:`) hands its list to the party in focus. When the text has named no body at all and a person has
# just spoken (`Minister Jo Roe said ...`), that person is the one in focus; a body named before keeps the list.
@pytest.mark.parametrize(("text", "expected"), [
    ("Minister Aoife Brennan said on Monday that the county would get its largest grant yet.\n\n"
     "The projects funded are:\n- €2.1m for the river walk;\n- €900,000 for a cycle bridge.\n",
     [("Aoife Brennan", "person", "the county would get its largest grant yet"),
      ("Aoife Brennan", "person", "€2.1m for the river walk"), ("Aoife Brennan", "person", "€900,000 for a cycle bridge")]),
    ("Kestle Ferries said it had carried 900,000 passengers. Its chief executive, Ines Varga, said fares had held.\n\n"
     "The changes are:\n- 12 new sailings a week;\n- a £5 fare for children.\n",
     [("Kestle Ferries", "organisation", "it had carried 900,000 passengers"),
      ("Ines Varga", "person", "fares had held"),
      ("Kestle Ferries", "organisation", "12 new sailings a week"), ("Kestle Ferries", "organisation", "a £5 fare for children")]),
], ids=["no-body-named-the-person-who-spoke", "a-body-in-focus-keeps-the-list"])
def test_a_lead_in_without_verb_or_name_goes_to_the_party_in_focus(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A person's statement set out under a heading (`STATEMENT FROM CHIEF CONSTABLE ANN ROE`, `A letter from our chair,
# Tom Hale`, `Message from Mayor Jo Roe:`) or signed below (`— Tom Hale, Chair of X`) is written without quotation
# marks, in the first person. Its sentences are the person's, as a quotation's would be; the signature line and the
# writer's narration after it (`The Police Federation said ...`) are not. Over a quotation, `Message from Jo Roe:` is a
# colon cue; a heading naming two people makes them joint speakers.
STATEMENT_UNDER_HEADING = (
    "Harbour Police\n\nSTATEMENT FROM CHIEF CONSTABLE ANN ROE\n\n"
    "We answered 92% of emergency calls within ten seconds last year. I have moved 40 officers back to neighbourhood "
    "teams.\n\nOur control room still has 17 vacancies, and we are recruiting now.\n\n— Chief Constable Ann Roe\n\n"
    "The Police Federation said 120 officers had left the force since 2023.\n")
SIGNED_STATEMENT = ("We opened three new libraries in 2025 and lent 410,000 books.\n\n"
                    "Our budget fell by 4%, but no branch closed.\n\n— Tom Hale, Chair of the Dunmore Library Board\n\n"
                    "The union said 30 posts had gone.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (STATEMENT_UNDER_HEADING,
     [("Ann Roe", "person", "We answered 92% of emergency calls within ten seconds last year"),
      ("Ann Roe", "person", "I have moved 40 officers back to neighbourhood teams"),
      ("Ann Roe", "person", "Our control room still has 17 vacancies"), ("Ann Roe", "person", "we are recruiting now"),
      ("Police Federation", "organisation", "120 officers had left the force since 2023")]),
    (SIGNED_STATEMENT,
     [("Tom Hale", "person", "We opened three new libraries in 2025 and lent 410,000 books"),
      ("Tom Hale", "person", "Our budget fell by 4%, but no branch closed"),
      ("the union", "unresolved", "30 posts had gone")]),
    ("Message from Mayor Lena Ortiz:\n\n\"Our crews fixed 14 water mains this week, and the last street got its "
     "supply back on Friday.\"\n",
     [("Lena Ortiz", "person", "Our crews fixed 14 water mains this week, and the last street got its supply back on "
                               "Friday.")]),
    ("Statement from Jo Roe and Tom Hale\n\nWe sold 4,000 tickets for the festival.\n",
     [("Jo Roe and Tom Hale", "person", "We sold 4,000 tickets for the festival")]),
], ids=["heading-then-first-person-paragraphs", "signed-below", "message-from-over-a-quotation", "two-signers-speak-jointly"])
def test_a_statement_under_a_heading_or_a_signature_is_the_person_s(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# `including` followed only by proper names (`including Oban, Mallaig and Stornoway`, `including Leeds and the Isle of
# Man`) gives examples of one claim's places or parties; a row `Oban, Mallaig and Stornoway` states nothing. Items that
# are phrases (`including a £5 child fare, 400 free bike spaces and ...`) are still claims of their own.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kestle Ferries said it now sails to 14 ports, including Oban, Mallaig, Castlebay and Stornoway.",
     [("Kestle Ferries", "organisation", "it now sails to 14 ports, including Oban, Mallaig, Castlebay and Stornoway")]),
    ("Half of the new grants went to towns the board had never funded, including Barrow-in-Furness and the Isle of "
     "Man, the Dunmore Arts Board said.",
     [("Dunmore Arts Board", "organisation", "Half of the new grants went to towns the board had never funded, "
                                             "including Barrow-in-Furness and the Isle of Man")]),
    ("Kestle Ferries said it had cut fares on four routes, including a £5 child fare, 400 free bike spaces and a 10% "
     "discount for islanders.",
     [("Kestle Ferries", "organisation", "it had cut fares on four routes"),
      ("Kestle Ferries", "organisation", "a £5 child fare"), ("Kestle Ferries", "organisation", "400 free bike spaces"),
      ("Kestle Ferries", "organisation", "a 10% discount for islanders")]),
], ids=["places-after-including", "names-with-of-and-the", "phrases-are-still-items"])
def test_names_after_including_are_no_claims_of_their_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A release's advice to the public comes as a lead-in that asks (`The company is asking customers to:`, `Police urge
# drivers to:`, `We would remind residents to:`) and imperative bullets (`run taps for 2 minutes`, `call 0800 ...`);
# the figures in them are no claims of the issuer. A lead-in of the issuer's record (`Since Monday we have:`) keeps its
# bullets, and the release goes on after the advice.
ADVICE_RELEASE = ("NEWS RELEASE\n\nDunmore Water\n\nDunmore Water said 2,300 homes lost supply on Monday.\n\n"
                  "The company is asking customers to:\n• run taps for 2 minutes before drinking\n"
                  "• call 0800 555 0101 to report a leak\n\nSupply was restored to 2,100 homes by 6pm.\n")
RECORD_RELEASE = ("NEWS RELEASE\n\nDunmore Water\n\nDunmore Water said 2,300 homes lost supply on Monday.\n\n"
                  "Since Monday we have:\n• restored supply to 2,100 homes\n• delivered 9,000 bottles of water\n")


@pytest.mark.parametrize(("text", "expected"), [
    (ADVICE_RELEASE,
     [("Dunmore Water", "organisation", "2,300 homes lost supply on Monday"),
      ("Dunmore Water", "organisation", "Supply was restored to 2,100 homes by 6pm")]),
    (ADVICE_RELEASE.replace("The company is asking customers to:", "Police urge drivers to:"),
     [("Dunmore Water", "organisation", "2,300 homes lost supply on Monday"),
      ("Dunmore Water", "organisation", "Supply was restored to 2,100 homes by 6pm")]),
    (RECORD_RELEASE,
     [("Dunmore Water", "organisation", "2,300 homes lost supply on Monday"),
      ("Dunmore Water", "organisation", "restored supply to 2,100 homes"),
      ("Dunmore Water", "organisation", "delivered 9,000 bottles of water")]),
], ids=["asking-customers-to", "urge-drivers-to", "the-issuer-s-record-stays"])
def test_bullets_of_advice_after_an_asking_lead_in_are_nobody_s(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A word that is both a reporting verb and a noun (`report`, `review`, `forecast`, `notes`) before a modal is the noun:
# `The full report can be read on the website`, `Its forecast may change`, `The review should be published in May`. The
# words after it are no one's claim; the verb after a subject still cues (`The council will report ... , X said`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The full report can be read on the council's website. The council said the report found 12 failings.",
     [("the council", "unresolved", "the report found 12 failings")]),
    ("The Dunmore Trust report can be read on the trust's website.", []),
], ids=["the-report-can-be-read", "a-named-body-s-report-can-be-read"])
def test_a_cue_word_before_a_modal_is_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# After a subject and its own verb, a participle of speech opens the subject's claim: `X sued Y, alleging that ...`,
# `X pushed back, saying most of ...`, `X hit back, contending that ...`. The clause after it may open with any word
# once `that` is there, and with a quantifier (`most`, `many`, `every`) without it. A participle about the clause
# before (`..., adding to pressure on wards`) is no cue.
@pytest.mark.parametrize(("text", "expected"), [
    ("Attorney General Nora Quill sued Acme Homes on Monday, alleging that the company charged 900 tenants fees it "
     "never disclosed.",
     [("Nora Quill", "person", "the company charged 900 tenants fees it never disclosed")]),
    ("Councillor Tom Hale pushed back, saying most of the 14 new posts were in public safety.",
     [("Tom Hale", "person", "most of the 14 new posts were in public safety")]),
    ("The Dunmore Tenants Union hit back, contending that rents had risen 12% in a year.",
     [("Dunmore Tenants Union", "organisation", "rents had risen 12% in a year")]),
    ("Waiting times rose in March, adding to pressure on wards.", []),
], ids=["alleging-that", "saying-most", "contending-that", "adding-to-is-no-cue"])
def test_a_participle_of_speech_after_the_subject_s_verb_opens_its_claim(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A verb and a noun of speech or worry before `that` report as a verb does: `raised concerns that`, `expressed concern
# that`, `made it clear that`, `gave an assurance that`. Without `that` (`raised concerns about staffing`) nothing is
# claimed.
@pytest.mark.parametrize(("text", "expected"), [
    ("The coroner, Ann Lee, raised concerns that no clinician called the patient back for six hours.",
     [("Ann Lee", "person", "no clinician called the patient back for six hours")]),
    ("Dr Ravi Mehta expressed concern that 30 beds had closed since May.",
     [("Ravi Mehta", "person", "30 beds had closed since May")]),
    ("The coroner, Ann Lee, raised concerns about staffing at the hospital.", []),
], ids=["raised-concerns-that", "expressed-concern-that", "concerns-about-claims-nothing"])
def test_a_noun_of_speech_before_that_is_a_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A body's own page says so on its header lines in more ways than `Press release`: `Newsroom | Statements`, `Acme
# Council | Newsroom`, `Acme Rail Media Centre`. On such a page the body speaks in the first person without a cue
# (`About 85% of our systems ...`) and with one (`Our forensic team has found evidence that ...`, `We have not found
# evidence that ...`: the whole sentence, negation kept); a telephone line (`... on (541) 555-0186`) and the lines
# under an invitation to the public (`Anyone interested can come to one of our sessions:`) are nobody's claims. A
# picture credit naming a newsroom (`Picture: Jo Bell/Newsroom`) makes no release.
OWN_PAGE = ("Dunmore Health\nNewsroom | Statements\n\nDunmore Health said 14 clinics had reopened.\n\n"
            "About 85% of our systems have been restored.\n\n"
            "Our forensic team has found evidence that files for some patients were copied from one server. We have not "
            "found evidence that card numbers were taken.\n\nA helpline is open from 8am to 8pm on (541) 555-0186.\n")
INVITATION = ("Harthill Council | Newsroom\n\nHarthill Council said it needed 60 more foster families.\n\n"
              "Anyone interested can come along to one of our drop-in sessions:\n"
              "• Tuesday 20 May, 6pm to 8pm, Harthill Library\n• Saturday 24 May, 10am to 1pm, the Civic Centre\n\n"
              "The council has 212 children in care.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (OWN_PAGE,
     [("Dunmore Health", "organisation", "14 clinics had reopened"),
      ("Dunmore Health", "organisation", "About 85% of our systems have been restored"),
      ("Dunmore Health", "organisation", "Our forensic team has found evidence that files for some patients were "
                                         "copied from one server"),
      ("Dunmore Health", "organisation", "We have not found evidence that card numbers were taken")]),
    ("Queues outside the hospital on Monday. Picture: Jo Bell/Newsroom\n\nDunmore Health said 14 clinics had "
     "reopened.\n\nAbout 85% of its systems have been restored.\n",
     [("Dunmore Health", "organisation", "14 clinics had reopened")]),
    (INVITATION,
     [("Harthill Council", "organisation", "it needed 60 more foster families"),
      ("Harthill Council", "organisation", "The council has 212 children in care")]),
], ids=["newsroom-page-in-the-first-person", "a-credit-naming-a-newsroom-is-no-release", "an-invitation-s-lines"])
def test_a_body_s_own_page_speaks_for_it_in_the_first_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A cue set off by commas inside its claim may be a finding (`..., new research by X has found, and ...`, `..., the
# report found, and ...`, `..., the latest figures from X showed, while ...`): the words on both sides are its claim,
# and a document with its author in the phrase (`research by X`, `figures from X`) speaks for the author. When the
# words after it report a speaker of their own (`but the union says ...`), they are that speaker's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Three airlines are routinely missing the legal deadline for refunds, new research by the Air Passengers "
     "Association has found, and the association wants fines.",
     [("Air Passengers Association", "organisation", "Three airlines are routinely missing the legal deadline for refunds"),
      ("Air Passengers Association", "organisation", "the association wants fines")]),
    ("Waits rose by 12% in a year, the latest figures from the Dunmore Health Office showed, while 40 beds closed.",
     [("Dunmore Health Office", "organisation", "Waits rose by 12% in a year"),
      ("Dunmore Health Office", "organisation", "40 beds closed")]),
    ("Knife crime in Dunmore has fallen by 14% in a year, a new report has found, but the union for officers says the "
     "force cannot keep up without more staff.",
     [("new report", "document", "Knife crime in Dunmore has fallen by 14% in a year"),
      ("the union for officers", "unresolved", "the force cannot keep up without more staff")]),
], ids=["research-by-a-body-has-found", "figures-from-a-body-showed", "a-second-speaker-after-the-aside"])
def test_a_finding_set_off_by_commas_claims_both_sides(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A quotation may be closed by what a document does: `"...," the response states.`, `"...," its letter concludes.`,
# `"...," the report notes.` The document speaks for the body the text gave it.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Dunmore Trust replied on Monday. \"Referrals to our services have risen by 47% in five years,\" its response "
     "states.",
     [("Dunmore Trust", "organisation", "Referrals to our services have risen by 47% in five years")]),
    ("Hale Water sent its reply on Friday. \"We cut leaks by 9% in 2025,\" the letter concludes.",
     [("Hale Water", "organisation", "We cut leaks by 9% in 2025")]),
], ids=["its-response-states", "the-letter-concludes"])
def test_a_quotation_closed_by_a_document_s_verb_is_its_publisher_s(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A sentence may hold a finding and close with the cue of whoever reports it: `An inspection found 23 failings,
# including A, a state health official said Wednesday.`, `Tests showed that ..., an official at X said.`, `..., a
# spokesperson for the inspectorate said.` The closing speaker says the whole sentence, finding and items; the words
# before `found` (a dateline, an inspection) never speak.
@pytest.mark.parametrize(("text", "expected"), [
    ("A state inspection of Greer Hospital last month found 23 deficiencies, including patients held in hallways, a "
     "state health official said Wednesday.",
     [("a state health official", "unresolved",  # one example after `including` stays in (wave 20c)
       "A state inspection of Greer Hospital last month found 23 deficiencies, including patients held in hallways")]),
    ("Tests showed that 40 homes had high lead levels, an official at the Dunmore Water Office said Tuesday.",
     [("Dunmore Water Office", "organisation", "Tests showed that 40 homes had high lead levels")]),
    ("The Care Office published its report on Dunmore Hospital. An inspection found 23 failings, a spokesperson for "
     "the Care Office said.",
     [("Care Office", "organisation", "An inspection found 23 failings")]),
], ids=["a-state-official-said-wednesday", "an-official-at-a-body", "a-spokesperson-for-a-body"])
def test_a_closing_cue_after_a_finding_gives_the_whole_sentence_to_its_speaker(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# An inspectorate's findings go on in sentences that count in words (`Five were in breach of four or more
# regulations.`, `Three of the clinics now ...`) as in figures; and a judgement in the passive without its agent
# (`26 homes were found to be largely compliant`, `was found to have breached`) is the inspectorate's in focus, its
# own `and the inspectorate said ...` a claim apart. A count before a word that may be a cue makes it the noun
# (`published 43 inspection reports on ...`). `One of the best things` counts nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Care Inspectorate has published 43 inspection reports on nursing homes. It found breaches of the rules at "
     "17 homes. Five were in breach of four or more regulations.",
     [("Care Inspectorate", "inspectorate", "found breaches of the rules at 17 homes"),
      ("Care Inspectorate", "inspectorate", "Five were in breach of four or more regulations")]),
    ("The Care Inspectorate has published 43 inspection reports on nursing homes. The remaining 26 homes were found to "
     "be largely compliant, and the inspectorate said residents were safe.",
     [("Care Inspectorate", "inspectorate", "The remaining 26 homes were found to be largely compliant"),
      ("Care Inspectorate", "inspectorate", "residents were safe")]),
    ("The Dunmore Trust said it had cut waits at 12 clinics. Three of the clinics now see patients within a week.",
     [("Dunmore Trust", "organisation", "it had cut waits at 12 clinics"),
      ("Dunmore Trust", "organisation", "Three of the clinics now see patients within a week")]),
    ("The Dunmore Trust said it had cut waits at 12 clinics. One of the best things about it is the staff.",
     [("Dunmore Trust", "organisation", "it had cut waits at 12 clinics")]),
], ids=["a-count-in-words-goes-on", "found-to-be-then-said", "three-of-the", "one-of-the-best-counts-nothing"])
def test_findings_go_on_in_words_and_in_the_passive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# On a body's own page, its first-person report (`We would point out that ...`) stays its claim when another party
# speaks in the same paragraph (`The regulator said ... We would point out that ...`).
def test_a_first_person_report_beside_another_party_is_the_issuer_s() -> None:
    text = ("Dunmore Telecom\nNewsroom\n\nDunmore Telecom said it had refunded 98% of customers.\n\n"
            "The Telecoms Standards Office said Dunmore Telecom was slow to trace former customers. We would point out "
            "that former customers were contacted by post and email.\n")
    assert rows(text) == [
        ("Dunmore Telecom", "organisation", "it had refunded 98% of customers"),
        ("Telecoms Standards Office", "inspectorate", "Dunmore Telecom was slow to trace former customers"),
        ("Dunmore Telecom", "organisation", "We would point out that former customers were contacted by post and email")]


# A speaker's words often open on what they answer: `Responding to X figures which show that A, and that B, Dr Jo
# Roe said: "..."`, `Following the Y's announcement this morning that it has fined Z £3m, a Z spokesperson said:`,
# `Commenting on figures from X which show that A, Jo Roe said ...`. What the source shows or announces is the
# source's claim; the speaker's cue governs only the clause after the last comma, and the quotation after the colon is
# the speaker's, never the source's. A frame that names no source (`Following the meeting, Jo Roe said ...`) changes
# nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("Responding to NHS England figures which show that 61,884 appointments were rescheduled during last week's "
     "strike, and that 1.02 million have been rescheduled since 2023, union co-chair Dr Imran Qureshi said:\n\n"
     "\"No doctor strikes lightly, and 400 of our members were on picket lines.\"\n",
     [("NHS England", "organisation", "61,884 appointments were rescheduled during last week's strike"),
      ("NHS England", "organisation", "1.02 million have been rescheduled since 2023"),
      ("Imran Qureshi", "person", "No doctor strikes lightly, and 400 of our members were on picket lines.")]),
    ("Commenting on figures from the Rail Office which show that punctuality fell to 81%, Dunmore Rail chief executive "
     "Ann Lee said the company would add 40 trains.",
     [("Rail Office", "organisation", "punctuality fell to 81%"), ("Ann Lee", "person", "the company would add 40 trains")]),
    ("Following the Markets Board's announcement this morning that it has fined Lynx Telecom £3.2 million over billing "
     "errors, a Lynx Telecom spokesperson said:\n\n\"We accept the findings in full and have refunded 98% of "
     "customers.\"\n",
     [("Markets Board", "inspectorate", "it has fined Lynx Telecom £3.2 million over billing errors"),
      ("Lynx Telecom", "organisation", "We accept the findings in full and have refunded 98% of customers.")]),
    ("Following the meeting, Ann Lee said the company would add 40 trains.",
     [("Ann Lee", "person", "the company would add 40 trains")]),
], ids=["responding-to-figures-which-show", "commenting-on-figures-from", "following-an-announcement-that",
        "a-frame-without-a-source"])
def test_what_a_speaker_answers_is_its_source_s_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# The answers of an interview printed as questions and answers are read as a quotation is: a sentence states a claim
# with or without a figure (`There are no plans to close the Oban route.`, `My bonus is linked to punctuality targets
# for the first time.`), unless it only goes on from the question (`Because we listen.`) or states an attitude (`We
# are deeply sorry for every cancelled sailing.`). A meeting's transcript without questions keeps its rule: a turn's
# sentences with a figure.
QA_WITHOUT_FIGURES = ("Ines Varga took over Kestle Ferries in June. We asked her about fares and sailings.\n\n"
                      "Q: Will the Oban route close?\n\n"
                      "A: There are no plans to close the Oban route. Because we listen.\n\n"
                      "Q: And your pay?\n\n"
                      "A: My bonus is linked to punctuality targets for the first time. We are deeply sorry for every "
                      "cancelled sailing.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (QA_WITHOUT_FIGURES,
     [("Ines Varga", "person", "There are no plans to close the Oban route"),
      ("Ines Varga", "person", "My bonus is linked to punctuality targets for the first time")]),
    ("Mayor Ria Dunne: There are no plans to close the library.\n\nCouncillor Tom Hale: We cut 40 posts last year.\n",
     [("Tom Hale", "person", "We cut 40 posts last year")]),
], ids=["interview-answers-without-figures", "a-meeting-s-turns-keep-figures"])
def test_an_interview_s_answers_are_read_as_a_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# An inverted cue after its content may name the speaker and then their role: `..., said Jo Bloggs, the university's
# provost.`, `..., said Provost Jo Bloggs, who took office in May.` The person speaks the words before the cue (the
# apposition is no part of the name, and never a claim of its own), and a body whose role the apposition gives (`the
# office's executive director`) is the body the text is about: `The inspectors' report` that follows is that body's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Applications rose 9% to 41,000, said Jo Bloggs, the university's provost.",
     [("Jo Bloggs", "person", "Applications rose 9% to 41,000")]),
    ("Applications rose 9% to 41,000, said Provost Jo Bloggs, who took office in May.",
     [("Jo Bloggs", "person", "Applications rose 9% to 41,000")]),
    ("The Office of Care Licensing carried out the inspection in January after receiving seven complaints from "
     "patients, said Patricia Hale, the office's executive director. The inspectors' report states that 14 patients "
     "waited more than 48 hours.",
     [("Patricia Hale", "person", "The Office of Care Licensing carried out the inspection in January after receiving "
                                  "seven complaints from patients"),
      ("Office of Care Licensing", "inspectorate", "14 patients waited more than 48 hours")]),  # inspectors (16c)
    ("Applications rose 9% to 41,000, said Provost Jo Bloggs.", [("Jo Bloggs", "person", "Applications rose 9% to 41,000")]),
], ids=["said-name-the-role", "said-name-who-clause", "the-office-s-director-brings-the-office-in", "no-apposition"])
def test_an_inverted_cue_with_an_apposition_gives_the_words_to_the_person(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A figure and the cause a body gives for it come in a relative clause: `..., which the bank attributed to ...`,
# `..., which the company put down to £52m of closure costs`. The figure and its cause are the body's; a body the text
# never names keeps the text's words, unresolved, and the claim is kept.
@pytest.mark.parametrize(("text", "expected"), [
    ("Pellow Foods said sales rose 3%. Profit was down 9% at £164m, which the company put down to £52m of store "
     "closure costs.",
     [("Pellow Foods", "organisation", "sales rose 3%"),
      ("Pellow Foods", "organisation", "Profit was down 9% at £164m, which the company put down to £52m of store "
                                       "closure costs")]),
    ("Profit was down 9% at £164m, which the retailer put down to £52m of store closure costs.",
     [("the retailer", "unresolved", "Profit was down 9% at £164m, which the retailer put down to £52m of store "
                                     "closure costs")]),
], ids=["put-down-to-by-a-named-company", "put-down-to-by-an-unnamed-retailer"])
def test_a_cause_put_down_to_in_a_relative_clause_is_the_body_s(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A participle of speech with a colon before a quotation (`..., adding: "..."`, `..., saying: "..."`) hands the
# quotation to the subject of the clause it goes on from; the participle is no part of the claim before it.
@pytest.mark.parametrize(("text", "expected"), [
    ("A spokeswoman for Northmoor Water said it was spending £160m on storm tanks by 2030, adding: \"We publish a "
     "spill alert for every bathing beach within an hour.\"",
     [("Northmoor Water", "organisation", "it was spending £160m on storm tanks by 2030"),
      ("Northmoor Water", "organisation", "We publish a spill alert for every bathing beach within an hour.")]),
    ("Jo Roe, chief executive of Acme Rail, defended the timetable, saying: \"We ran 4,000 more trains this year than "
     "last.\"",
     [("Jo Roe", "person", "We ran 4,000 more trains this year than last.")]),
], ids=["adding-colon-quotation", "saying-colon-quotation"])
def test_a_participle_before_a_quotation_hands_it_to_the_clause_s_subject(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# `quoted X as saying` has a passive without the paper: `X was quoted as saying that ...`, as well as `X was quoted by
# the Herald as saying ...` and `The Herald quoted X as saying ...`. X speaks in all three.
@pytest.mark.parametrize(("text", "expected"), [
    ("The British Insurers' Forum was quoted as saying that flood claims reached £573m last year.",
     [("British Insurers' Forum", "organisation", "flood claims reached £573m last year")]),
    ("Jo Roe was quoted by the Herald as saying the firm had cut 40 jobs.",
     [("Jo Roe", "person", "the firm had cut 40 jobs")]),
    ("The Herald quoted Jo Roe as saying the firm had cut 40 jobs.", [("Jo Roe", "person", "the firm had cut 40 jobs")]),
], ids=["was-quoted-as-saying", "was-quoted-by-the-paper", "the-paper-quoted"])
def test_whoever_is_quoted_as_saying_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A forecast or a finding comes as a participle after the subject's own verb: `X presented its budget, projecting
# revenue of $148m ...`, `X cut its outlook, forecasting profit of £40m`, `The regulator downgraded X, finding "serious
# failings" ...`. The forecast or finding, its verb kept, is the subject's claim. A participle of inference after a clause with no party (`Sales rose, suggesting ...`)
# is nobody's.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Dunmore School District presented its interim budget on Dec. 4, projecting revenue of $148.2 million against "
     "spending of $159.6 million.",
     [("Dunmore School District", "organisation", "projecting revenue of $148.2 million against spending of $159.6 "
                                                  "million")]),
    ("Acme Foods cut its outlook, forecasting profit of £40m for the year.",
     [("Acme Foods", "organisation", "forecasting profit of £40m for the year")]),
    ("The Social Housing Regulator has given Fernbrook Homes a C3 grade, finding \"serious failings\" in how the "
     "landlord kept 14,000 homes safe.",
     [("Social Housing Regulator", "inspectorate", "finding \"serious failings\" in how the landlord kept 14,000 homes "
                                                   "safe")]),
    ("Sales rose in March, suggesting demand is back.", []),
    ("Parents spent weeks finding a school place.", []),
], ids=["projecting-revenue", "forecasting-profit", "a-regulator-s-finding", "suggesting-is-no-cue",
        "finding-without-a-comma-is-no-cue"])
def test_a_forecast_participle_after_the_subject_s_verb_is_its_claim(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# An estimate or a cause comes as `put the number at 53`, `put the cost at £2m`, `put the increase down to flu`: the
# subject's claim, its verb kept; figures from a body (`Figures from X put the number at 53`) are the body's. `put the
# plan to a vote` estimates nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("The hospital had 61 patients on trolleys. Separate figures from the Irish Nurses Union put the number at 53 this "
     "morning.",
     [("Irish Nurses Union", "organisation", "put the number at 53 this morning")]),
    ("Dr Colm Tierney, the hospital's clinical director, said 14 wards were full. Dr Tierney put the increase down to a "
     "sharp rise in flu.",
     [("Colm Tierney", "person", "14 wards were full"),
      ("Colm Tierney", "person", "put the increase down to a sharp rise in flu")]),
    ("The council put the plan to a vote in May.", []),
], ids=["figures-from-a-body-put-the-number-at", "put-the-increase-down-to", "put-to-a-vote-estimates-nothing"])
def test_put_the_number_at_is_an_estimate_of_the_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A table or a judge ranks another party (`The league table, published by X, ranked Westmeath 24th of 31`, `The
# Schools Standards Office ranks Calder Academy 12th`): the ranking, its verb kept, is the judge's claim. A party that
# ranks somewhere itself (`Westmeath ranked 24th`, `was ranked first`, `ranked among the best`) is ranked, not ranking.
@pytest.mark.parametrize(("text", "expected"), [
    ("The housing league table, published last week by the Department of Housing, ranked Westmeath 24th of the 31 "
     "local authorities.",
     [("Department of Housing", "organisation", "ranked Westmeath 24th of the 31 local authorities")]),
    ("The Schools Standards Office ranks Calder Academy 12th in the county.",
     [("Schools Standards Office", "inspectorate", "ranks Calder Academy 12th in the county")]),
    ("Westmeath ranked 24th of the 31 local authorities, the department said.",
     [("the department", "unresolved", "Westmeath ranked 24th of the 31 local authorities")]),
    ("Ashcombe was ranked first in the UK for research, the university said.",
     [("the university", "unresolved", "Ashcombe was ranked first in the UK for research")]),
], ids=["a-table-published-by-a-body-ranked", "a-body-ranks", "ranked-24th-is-ranked", "was-ranked-first"])
def test_whoever_ranks_another_party_claims_the_ranking(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
