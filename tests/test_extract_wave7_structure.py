"""Claims that the structure of the wave-7 press texts hid from the extractor: each case is a short text written for
this test in our own words, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# A text reads as a transcript when two paragraphs open with a person's label (`Mayor Jo Roe: ...`). A page's
# furniture and headlines also hold a colon: `Storm Isla: 3,400 homes cut off` (a headline), `Related Topics: A, B`,
# `Recall reference: MR-17`, and a cue before a quotation (`Dr Ann Lee, head of quality at X, said: "..."`). Read as
# turns they turned whole news reports into transcripts and lost every claim. Other writers: `Tags: flooding, Leeds`,
# `Watch: the moment the bridge fell`, `Pictured: Jo Roe at the depot`. A label is a turn only on a paragraph that
# ends like a sentence, and a label holding a reporting verb is a cue.
FURNITURE_REPORT = ("Gale Kerry: 5,200 homes still cut off after second night\n\n"
                    "Mesh Grid Power said power had come back to 41,000 customers since Friday.\n\n"
                    "A Mesh Grid spokesman said 300 engineers were working on the lines.\n\n"
                    "Related Topics: Tralee, Dingle, Power cuts\n")


@pytest.mark.parametrize(("text", "expected"), [
    (FURNITURE_REPORT,
     [("Mesh Grid Power", "organisation", "power had come back to 41,000 customers since Friday"),
      ("Mesh Grid Power", "organisation", "300 engineers were working on the lines")]),
    ("Tags: recall, medicines\n\nOrla Quinn, director of safety at Pellow Labs, said: \"We have traced the fault "
     "to one line.\"\n\nPictured: Orla Quinn at the Pellow Labs plant\n\n"
     "She added that 2,400 packs had been taken back from 61 pharmacies.\n",
     [("Orla Quinn", "person", "We have traced the fault to one line."),
      ("Orla Quinn", "person", "2,400 packs had been taken back from 61 pharmacies")]),
    ("Mayor Ria Dunne: We have hired 40 officers this year.\n\n"
     "Reporter: How many more?\n\n"
     "Mayor Ria Dunne: Another 25 by March, and the budget is set.\n",
     [("Ria Dunne", "person", "We have hired 40 officers this year"),
      ("Ria Dunne", "person", "Another 25 by March"), ("Ria Dunne", "person", "the budget is set")]),
    ("Ann Roe, chief executive of Acme Records: We pressed 40,000 records in 2025.\n\n"
     "Tom Hale, chair: We sold 30,000 of them in May.\n",
     [("Ann Roe", "person", "We pressed 40,000 records in 2025"), ("Tom Hale", "person", "We sold 30,000 of them in May")]),
], ids=["headline-and-related-topics", "tags-cue-and-caption", "a-real-transcript-still-reads",
        "a-label-naming-a-body-with-a-cue-word"])
def test_headlines_and_page_furniture_with_a_colon_are_no_transcript(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A parliament's record labels each turn with a role and the member in brackets (`The Minister for Housing (Tom
# Hale):`) or with the member and constituency and party in brackets (`Ann Roe (Fife North) (Green Party):`); the chair
# speaks under a bare role (`The Presiding Officer:`, `The Deputy Speaker:`) and claims nothing. A minister's turn goes
# on over paragraphs that cite figures (`Figures published today show that ...`: the minister citing, not the writer
# reporting; what a named body's figures show is that body's claim, the minister's own checks stay hers) and over the
# items of a list the turn opened with a colon, one item a paragraph.
HANSARD = ("The Presiding Officer: We turn to a statement by the minister.\n\n"
           "The Minister for Housing (Tom Hale): I thank members for the chance to speak.\n\n"
           "Figures released today by the Homes Statistics Unit show that 4,100 homes were finished in the year.\n\n"
           "Since April, we have:\n\n"
           "opened two new planning offices;\n\n"
           "cleared the backlog of appeals; and\n\n"
           "trained 60 more building inspectors.\n\n"
           "The Presiding Officer: We move to questions.\n\n"
           "Ann Roe (Fife North) (Green Party): Rents rose 9% last year. Will he act?\n\n"
           "Tom Hale: Rents rose 6%, not 9%.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (HANSARD,
     [("Homes Statistics Unit", "organisation", "4,100 homes were finished in the year"),
      ("Tom Hale", "person", "opened two new planning offices"),
      ("Tom Hale", "person", "cleared the backlog of appeals"),
      ("Tom Hale", "person", "trained 60 more building inspectors"),
      ("Ann Roe", "person", "Rents rose 9% last year"),
      ("Tom Hale", "person", "Rents rose 6%, not 9%")]),
    ("The Chair: Order. The minister.\n\n"
     "The Secretary of State for Rail (Priya Shah): Punctuality reached 91% in May. Our own checks show that "
     "fares rose less than 3%.\n\n"
     "Leo Marsh (Kent East): She forgets that 300 trains were cancelled.\n",
     [("Priya Shah", "person", "Punctuality reached 91% in May"),
      ("Priya Shah", "person", "Our own checks show that fares rose less than 3%"),
      ("Leo Marsh", "person", "She forgets that 300 trains were cancelled")]),
], ids=["role-with-the-member-in-brackets", "member-with-constituency-in-brackets"])
def test_a_parliament_s_record_gives_each_turn_to_its_member(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A release or a regulator's notice names its issuer on a header line of its own (`Acme Water plc`, `Food Safety
# Agency (FSA)`), often among other header lines (`RNS Number : 4471K`, `Date issued: 4 May`, a results line `...
# for the 52 weeks ended 31 January`). The issuer speaks the release's cue-less figures, its bullets of figures
# under a heading (no full stop needed), and `The agency's assessment is that ...` (a judgement noun owned by a
# body); the opening `X today announces its results for the 26 weeks ended ...` only names the document, and a
# participle pointing to a list (`the batches listed below`) is no cue.
@pytest.mark.parametrize(("text", "expected"), [
    ("RNS Number : 2210Q\nCorran Outdoor plc\n14 May 2026\n\n"
     "Interim results for the 26 weeks ended 28 March 2026\n\n"
     "Corran Outdoor plc today announces its interim results for the 26 weeks ended 28 March 2026.\n\n"
     "Highlights\n\n"
     "  --  Revenue up 6.1% to GBP88.2m\n"
     "  --  Nine new stores opened\n\n"
     "The Board expects to open four more stores by September.\n",
     [("Corran Outdoor plc", "organisation", "Revenue up 6.1% to GBP88.2m"),
      ("Corran Outdoor plc", "organisation", "Nine new stores opened"),
      ("Corran Outdoor plc", "organisation", "expects to open four more stores by September")]),
    ("Product Safety Notice\n\nToy Safety Agency (TSA)\nDate issued: 2 June\n\n"
     "Pell Toys Ltd has told the TSA that some of the kites listed below may have loose clips.\n\n"
     "Affected products\n\n- Sky Kite, 2 metres, batch SK2201\n- Sky Kite, 3 metres, batch SK2207\n\n"
     "The TSA's assessment is that the risk of injury is low.\n",
     [("Pell Toys Ltd", "organisation", "some of the kites listed below may have loose clips"),
      ("Toy Safety Agency", "inspectorate", "Sky Kite, 2 metres, batch SK2201"),
      ("Toy Safety Agency", "inspectorate", "Sky Kite, 3 metres, batch SK2207"),
      ("Toy Safety Agency", "inspectorate", "the risk of injury is low")]),
    ("Fenby Grocers' results for the 52 weeks ended 1 March beat forecasts.\n\n"
     "Shoppers' view is that prices rose 8% in the year.\n",
     []),
], ids=["results-announcement-with-its-header-lines", "a-regulator-s-notice", "a-news-report-is-no-release"])
def test_a_release_speaks_for_the_body_its_header_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A body that may regulate (a commission, an authority, an agency, an office) is an inspectorate when its name says
# what it regulates: `Rail Standards Commission`, `Building Safety Agency`, `Financial Conduct Authority`, `Water
# Quality Office`. One that runs or counts something stays an organisation: `Harbour Transport Authority`,
# `National Statistics Office`, `Homes Agency`.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Building Safety Agency said 41 towers still had unsafe cladding.\n",
     [("Building Safety Agency", "inspectorate", "41 towers still had unsafe cladding")]),
    ("The Lending Conduct Authority found that Orrin Bank had overcharged 2,300 borrowers.\n",
     [("Lending Conduct Authority", "inspectorate", "Orrin Bank had overcharged 2,300 borrowers")]),
    ("The Harbour Transport Authority said ferry fares would rise 4% in May.\n",
     [("Harbour Transport Authority", "organisation", "ferry fares would rise 4% in May")]),
    ("The National Statistics Office said prices rose 3.1% in the year to June.\n",
     [("National Statistics Office", "organisation", "prices rose 3.1% in the year to June")]),
], ids=["safety-agency", "conduct-authority", "transport-authority-runs-buses", "statistics-office-counts"])
def test_a_body_named_for_what_it_regulates_is_an_inspectorate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Under a lead-in (`the outcomes were:`), a report's categories often come as `Label: count` lines without a bullet
# or a unit (`Upheld: 412`, `Not upheld: 1,204`, `Withdrawn: 9`): each is an item of the list. A line of a category
# and a count with no lead-in above it is nobody's.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Housing Ombudsman said it closed 1,625 cases. The outcomes were:\n\nUpheld: 412\nNot upheld: 1,204\n"
     "Withdrawn: 9\n\nIt said landlords paid \u00a3310,000 in redress.\n",
     [("Housing Ombudsman", "inspectorate", "it closed 1,625 cases"),
      ("Housing Ombudsman", "inspectorate", "Upheld: 412"),
      ("Housing Ombudsman", "inspectorate", "Not upheld: 1,204"),
      ("Housing Ombudsman", "inspectorate", "Withdrawn: 9"),
      ("Housing Ombudsman", "inspectorate", "landlords paid \u00a3310,000 in redress")]),
    ("Tenants met at the hall on Monday.\n\nUpheld: 412\nWithdrawn: 9\n", []),
], ids=["category-counts-under-a-lead-in", "category-counts-without-a-lead-in"])
def test_a_category_and_its_count_under_a_lead_in_is_an_item(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A news report names its source once (`..., according to the board's annual report.`, `..., new figures from X
# show.`) and opens the next paragraph with more of the same figures, no cue (`The board received 287 complaints, up
# from 241.`): the source's. Not when that sentence names another body, weighs the figures (`But ...`, `While ...`),
# or opens a list with a colon; and a person's words never go on this way. The lead's dateline (`LAKEVILLE, Minn. -`)
# is no part of its claim.
@pytest.mark.parametrize(("text", "expected"), [
    ("LAKEVILLE, Minn. - Fewer than a fifth of bus routes ran on time in March, according to the annual report of the "
     "Lakeville Transit Commission.\n\nThe commission logged 3,120 complaints, up from 2,870 the year before. "
     "Of these, the main causes were:\n\n- late buses (61%)\n- rude drivers (12%)\n",
     [("Lakeville Transit Commission", "organisation", "Fewer than a fifth of bus routes ran on time in March"),
      ("Lakeville Transit Commission", "organisation", "The commission logged 3,120 complaints, up from 2,870 the "
                                                       "year before"),
      ("Lakeville Transit Commission", "organisation", "late buses (61%)"),
      ("Lakeville Transit Commission", "organisation", "rude drivers (12%)")]),
    ("Fewer than a fifth of bus routes ran on time in March, according to the Lakeville Transit Commission.\n\n"
     "Orrin Coaches Ltd, which runs 14 of the routes, carried 2 million people.\n\n"
     "But 40 new buses arrive in May.\n",
     [("Lakeville Transit Commission", "organisation", "Fewer than a fifth of bus routes ran on time in March")]),
    ("Fewer than a fifth of routes ran on time, Mayor Ana Ruiz said.\n\nThe city spent $4 million on buses.\n",
     [("Ana Ruiz", "person", "Fewer than a fifth of routes ran on time")]),
    ("Trolley numbers hit 612, according to the Irish Nurses Union.\n\n"
     "The government has set aside 500 million euro for new beds.\n",
     [("Irish Nurses Union", "organisation", "Trolley numbers hit 612")]),
], ids=["the-source-s-figures-go-on", "another-body-or-a-contrast-stops-it", "a-person-s-words-do-not-go-on",
        "another-kind-of-body-opens-it"])
def test_a_source_s_figures_go_on_into_the_next_paragraph(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# `and` between two names is one place of a claim (`sites in Spain and the Czech Republic`, `in Leeds and the
# Wirral`), not two items; between two noun phrases of a list it still splits (`a new depot and a ticket office`).
# A reaction with only a pronoun for object (`The trust denied this.`, `Ms Roe disputed that.`) holds nothing to check.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brenna Foods chief executive Ana Diaz said the plant had been picked over sites in Spain and the Czech Republic "
     "because of the 300 engineers nearby.\n",
     [("Ana Diaz", "person", "the plant had been picked over sites in Spain and the Czech Republic because of the 300 "
                             "engineers nearby")]),
    ("Kelso Rail said it had opened a new depot in Ayr and a ticket office in every town.\n",
     [("Kelso Rail", "organisation", "it had opened a new depot in Ayr"),
      ("Kelso Rail", "organisation", "a ticket office in every town")]),
    ("Tenants said the repairs took 9 months. The landlord denied this.\n",
     [("Tenants", "unresolved", "the repairs took 9 months")]),
], ids=["two-names-are-one-place", "a-list-of-two-things-still-splits", "denied-this-holds-nothing"])
def test_and_between_names_and_a_bare_reaction(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# The kind of a speaker whose name reads like a person's: a release's marker line naming its issuer (`PRESS RELEASE -
# Bright Teeth`, `News release: Hollin Trust`) names a body; a short form of a body's longer name (`Carden Vale` after
# `Carden Vale Construction`) is that body. A name the text gives a title (`Mr Tom Hale`) stays a person's, even beside
# `Tom Hale Homes Ltd`.
@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE - Bright Teeth\n\nBright Teeth said 61% of practices in the county were closed to new patients.\n",
     [("Bright Teeth", "organisation", "61% of practices in the county were closed to new patients")]),
    ("The notice gives Carden Vale Construction until May to repair 40 flats.\n\n"
     "Carden Vale said it would pay for a fire watch from June.\n",
     [("Carden Vale", "organisation", "it would pay for a fire watch from June")]),
    ("Tom Hale Homes Ltd built 300 houses in the town.\n\n"
     "Mr Tom Hale said 40 of them were sold to first-time buyers.\n",
     [("Tom Hale", "person", "40 of them were sold to first-time buyers")]),
], ids=["issuer-on-the-marker-line", "short-form-of-a-body-s-name", "a-titled-person-stays-a-person"])
def test_a_name_that_reads_like_a_person_s_but_names_a_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A cue word after a modal is an action still to come (`will report on`, `must announce`, `may reveal`), part of a
# claim, never the cue that reports it: the reporting cue is elsewhere (`..., Ana Cole said.`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The district will report on attendance to the board each term, Superintendent Ana Cole said.\n",
     [("Ana Cole", "person", "The district will report on attendance to the board each term")]),
    ("Firms must announce price rises 30 days ahead, the Energy Retail Association said on Monday.\n",
     [("Energy Retail Association", "organisation", "Firms must announce price rises 30 days ahead")]),
    ("Superintendent Ana Cole reported that attendance rose to 94% this term.\n",
     [("Ana Cole", "person", "attendance rose to 94% this term")]),
], ids=["will-report-on", "must-announce", "a-cue-without-a-modal-still-reports"])
def test_a_cue_word_after_a_modal_is_an_action_to_come(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A body answers with a verb of its own and a participle of speech (`Acme Water hit back, insisting the figures
# were wrong`, `The minister welcomed the report, saying it showed ...`, `She declined to comment, saying only that
# ...`): the words after the participle are the subject's claim. A participle with no verb before it (`Profits,
# adding up the units, ...`) reports nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kelder Water hit back, insisting its spills had fallen 14% since 2023.\n",
     [("Kelder Water", "organisation", "its spills had fallen 14% since 2023")]),
    ("Housing minister Rory Dunne welcomed the figures, saying they showed 30,000 homes were on track.\n",
     [("Rory Dunne", "person", "they showed 30,000 homes were on track")]),
    ("Ms Eva Lind declined to give a date, saying only that the bridge would reopen in 2027.\n",
     [("Eva Lind", "person", "the bridge would reopen in 2027")]),
    ("Profits, adding up the units, rose to 5m.\n", []),
    ("Passengers were left stranded, adding to delays across the network. The firm cut 40 posts, warning of more.\n",
     []),
], ids=["hit-back-insisting", "welcomed-saying", "saying-only-that", "no-verb-before-the-participle",
        "a-participle-before-no-clause"])
def test_a_participle_of_speech_after_the_subject_s_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Tabloids open a quotation with any verb of feeling and a colon (`Ann Roe, 44, fumed: "..."`, `He blasted: "..."`,
# `The MP raged: "..."`): the quotation is the speaker's. A list's verb before a colon (`Repairs included:`) still
# opens a list, not speech.
@pytest.mark.parametrize(("text", "expected"), [
    ("Campaign chief Nina Holt, 51, fumed: \"The pipes spilled for 300 hours in July alone.\"\n",
     [("Nina Holt", "person", "The pipes spilled for 300 hours in July alone.")]),
    ("Councillor Rob Agnew blasted: \"We were promised 40 new buses and got none.\"\n",
     [("Rob Agnew", "person", "We were promised 40 new buses and got none.")]),
    ("Ravel Rail said it closed the line for nine days. Work carried out included:\n\n- 2 km of new track\n"
     "- 14 new signals\n",
     [("Ravel Rail", "organisation", "it closed the line for nine days"),
      ("Ravel Rail", "organisation", "2 km of new track"), ("Ravel Rail", "organisation", "14 new signals")]),
], ids=["fumed-colon-quotation", "blasted-colon-quotation", "included-colon-is-still-a-list"])
def test_a_tabloid_s_verb_and_colon_open_a_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Words that look like cues or list breaks inside one claim. A comma between two names is one place (`hubs in Leek,
# Buxton and Bakewell`); a cue word in a relative clause without `that` (`every bid it rejected`), after a possessive
# or an adjective (`the firm's new claims team`), is no cue; a short `including` aside goes on with its clause
# (`paid 2m, including interest, to 300 customers`). A body opening a sentence after `However,` is what a following
# `it` means.
@pytest.mark.parametrize(("text", "expected"), [
    ("Peak Grid Ltd said it had opened warm hubs in Leek, Buxton and Bakewell with hot meals, and had called 1,800 "
     "customers.\n",
     [("Peak Grid Ltd", "organisation", "it had opened warm hubs in Leek, Buxton and Bakewell with hot meals"),
      ("Peak Grid Ltd", "organisation", "had called 1,800 customers")]),
    ("Marl Bank has reviewed every bid it rejected last year and has paid \u00a32m, including interest, to 300 "
     "customers.\n\nThe watchdog will check the bank's new claims team for a year.\n",
     []),
    ("The Ward Nurses Union said 40 wards were full. However, the Hill Health Board hit back. In a statement, it said that waits "
     "fell 6% in May.\n",
     [("Ward Nurses Union", "organisation", "40 wards were full"),
      ("Hill Health Board", "organisation", "waits fell 6% in May")]),
], ids=["commas-between-names", "relative-clause-possessive-and-aside", "however-the-body-then-it"])
def test_cue_words_and_commas_inside_one_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A release tells the public what to do (`Anyone who ate there is asked to fill in the survey`, `Residents should
# call 101`, `Parents are urged to check ...`): advice, not the issuer's claim. A sentence of fact about the same
# people stays the issuer's (`Residents made 400 calls`).
@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\n\nDunmore County Health Department said 44 people fell ill after eating at one cafe.\n\n"
     "Anyone who ate there between 3 and 9 May is asked to complete an online survey.\n\n"
     "Residents should call 0800 123 4567 with questions.\n\n"
     "Residents made 400 calls to the helpline in 2 days.\n",
     [("Dunmore County Health Department", "organisation", "44 people fell ill after eating at one cafe"),
      ("Dunmore County Health Department", "organisation", "Residents made 400 calls to the helpline in 2 days")]),
], ids=["advice-to-the-public"])
def test_a_release_s_advice_to_the_public_is_no_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# US release furniture: the issuer's header line names its press office (`Lakeland College Office of
# Communications`: the college issues it); the dateline abbreviates the state (`DUNMORE, Kan. (May 2) -`), whose full
# stop ends no sentence; a quotation closed by `said President Dr. Ann Roe.` gives nothing but the quotation; `The new
# rates take effect` uses `rates` as a noun.
@pytest.mark.parametrize(("text", "expected"), [
    ("FOR IMMEDIATE RELEASE\nLakeland College Office of Communications\n\n"
     "DUNMORE, Kan. (May 2) - Lakeland College will raise fees by 3% in the fall.\n\n"
     "\"We have frozen fees in four of the last six years,\" said President Dr. Ann Roe.\n\n"
     "The new rates take effect in August.\n",
     [("Lakeland College", "organisation", "Lakeland College will raise fees by 3% in the fall"),
      ("Ann Roe", "person", "We have frozen fees in four of the last six years")]),
], ids=["us-release-furniture"])
def test_a_us_release_s_furniture_claims_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A release may close with a Q&A for journalists: `Answers from Jo Roe, Chief Executive`, then `Q:` and `A:` lines.
# The `A:` turns are the person the heading names (however many people the release names), the release's body
# before the first label is read as any text, and `ENDS` or `Notes to editors` close the last answer. Other writers:
# `Q&A with Jo Roe`, `Replies by Jo Roe`, `The Herald put five questions to Jo Roe`.
QA_RELEASE = ("PRESS RELEASE\n\nBrackley Hospice will close 6 of its 20 beds in June, the charity said.\n\n"
              "Dr Ruth Amis, its medical director, said the hospice cared for 900 patients last year.\n\n"
              "Q&A for journalists\nAnswers from Ian Cole, Chief Executive\n\n"
              "Q: Will staff lose their jobs?\nA: We expect 9 posts to go.\n\n"
              "Q: What does the hospice cost to run?\nA: About \u00a36m a year.\n\n"
              "ENDS\n\nNotes to editors\n1. Brackley Hospice was founded in 1979 and has 210 staff.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (QA_RELEASE,
     [("Brackley Hospice", "organisation", "Brackley Hospice will close 6 of its 20 beds in June"),
      ("Ruth Amis", "person", "the hospice cared for 900 patients last year"),
      ("Ian Cole", "person", "We expect 9 posts to go"),
      ("Ian Cole", "person", "About \u00a36m a year")]),
    ("Ana Diaz, the council's finance chief, set the budget last week. The Herald put five questions to Tom Hale, "
     "the leader of Dunmore Council.\n\nQ: How many jobs will go?\nA: About 40 posts, mostly vacant ones.\n\n"
     "Q: Will tax rise?\nA: By 4.9% in April.\n",
     [("Tom Hale", "person", "About 40 posts, mostly vacant ones"), ("Tom Hale", "person", "By 4.9% in April")]),
    ("Ana Diaz and Tom Hale run the council.\n\nQ: How many jobs will go?\nA: About 40 posts.\n\n"
     "Q: Will tax rise?\nA: By 4.9% in April.\n",
     []),
], ids=["answers-from-a-named-person", "questions-put-to-a-named-person", "two-people-and-no-answerer"])
def test_a_q_and_a_s_answers_are_the_person_its_heading_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Cues with more between the verb and what it reports: `said last night: "..."`, `said on Tuesday: "..."`, `told
# the union on Tuesday morning that ...` (five words of audience and time).
@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesperson for the Green Valley Party said last night: \"Their minister cut 300 beds in 2023.\"\n",
     [("Green Valley Party", "organisation", "Their minister cut 300 beds in 2023.")]),
    ("The Hollin Bank told the staff union on Tuesday morning that 40 branches would shut.\n",
     [("Hollin Bank", "organisation", "40 branches would shut")]),
], ids=["said-last-night-colon", "told-a-long-audience-that"])
def test_cues_with_time_and_audience_between(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# In a text about regulation (`the regulator`, `the watchdog`, `fined`, `penalty`), the one commission, authority,
# agency or office it names is the regulator, an inspectorate, whatever its name says (`Rivers and Coasts Agency
# fined Acme Water`). Not when the text names two such bodies (which one regulates?), not an office that is a
# person's (`the Attorney General's Office`), and not in a text about something else (a transit authority's fares).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Coastal Waters Agency fined Tarn Water \u00a32m. The agency said 40 spills went unreported.\n",
     [("Coastal Waters Agency", "inspectorate", "40 spills went unreported")]),
    ("The Coastal Waters Agency fined Tarn Water \u00a32m. The Harbour Transport Authority said 3 ferries were late.\n",
     [("Harbour Transport Authority", "organisation", "3 ferries were late")]),
    ("The state Attorney General's Office said the penalty of $2m would be paid by 40 firms.\n",
     [("Attorney General's Office", "organisation", "the penalty of $2m would be paid by 40 firms")]),
    ("The Harbour Transport Authority said 3 ferries were late in May.\n",
     [("Harbour Transport Authority", "organisation", "3 ferries were late in May")]),
], ids=["the-one-regulator-in-a-fine", "two-such-bodies", "an-office-of-a-person", "no-regulation-in-the-text"])
def test_the_one_body_that_may_regulate_in_a_text_about_regulation(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A web page's furniture may hold cue words: a caption (`Image caption: Jo Kerr said the hall would close`), a link to
# another story (`Read more: Council says tax will rise 4.9%`), tags. None of it is a claim of the story; an editor's
# note is no speaker (`Editor's note: An earlier version ...` names nobody). A paragraph that only starts with such a
# word (`Picture this: ...`) is read as any other.
@pytest.mark.parametrize(("text", "expected"), [
    ("Image caption: Councillor Jo Kerr said the hall would close in 2027. Photo: PA\n\n"
     "Dunmore Council said it would cut 40 jobs.\n\n"
     "Read more: Council says tax will rise 4.9% in April\n\n"
     "Editor's note: An earlier version of this story said 45 jobs would go.\n",
     [("Dunmore Council", "organisation", "it would cut 40 jobs")]),
    ("Picture this: Dunmore Council said 300 homes stood empty in 2025.\n",
     [("Dunmore Council", "organisation", "300 homes stood empty in 2025")]),
], ids=["caption-link-and-note", "a-paragraph-starting-with-picture"])
def test_a_page_s_furniture_is_nobody_s_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A release's boxes: `Performance at a glance:` or `The year in numbers` over `Label: figure` lines are the body's
# figures; `Quote from Jo Roe, chief executive:` (or `Jo Roe, chief executive of Acme, said:` on its own line) over
# a quotation gives it to the person; `Jo Roe's lawyer said:` is not Jo Roe's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Thornbury Water published its annual report on Monday.\n\nPerformance at a glance:\nLeakage: down 6%\n"
     "Complaints: up 11%\n\nQuote from Lena Park, chief executive:\n\"We fixed 9,000 leaks last year.\"\n",
     [("Thornbury Water", "organisation", "Leakage: down 6%"), ("Thornbury Water", "organisation", "Complaints: up 11%"),
      ("Lena Park", "person", "We fixed 9,000 leaks last year.")]),
    ("Sam Hale's lawyer, speaking outside court:\n\"My client repaid 40,000 pounds in 2024.\"\n", []),
], ids=["at-a-glance-and-quote-from", "a-possessive-is-not-the-speaker"])
def test_a_release_s_boxes_and_named_quotations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A live page: entries open with a time stamp (`14:10 -`, `2.15pm:`), which is no part of the claim; its `Key
# points` box is the writer's summary, never the body in focus's (in a release the same heading is the issuer's).
@pytest.mark.parametrize(("text", "expected"), [
    ("LIVE: Floods across the county\n\n14:32 \u2014 The Fell Rivers Trust said 12 flood warnings were in force.\n\n"
     "14:10 \u2014 Fire crews rescued 30 people from cars, Kendal Council said.\n\n"
     "Key points\n\u2022 3,000 homes without power\n\u2022 Schools closed in 40 towns\n",
     [("Fell Rivers Trust", "organisation", "12 flood warnings were in force"),
      ("Kendal Council", "organisation", "Fire crews rescued 30 people from cars")]),
    ("PRESS RELEASE\n\nFell Rivers Trust said it planted 9,000 trees in 2025.\n\n"
     "Key points\n\u2022 3,000 volunteers took part\n",
     [("Fell Rivers Trust", "organisation", "it planted 9,000 trees in 2025"),
      ("Fell Rivers Trust", "organisation", "3,000 volunteers took part")]),
], ids=["a-live-page", "key-points-in-a-release"])
def test_a_live_page_s_time_stamps_and_summary(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A source named after the claim it gives: `There were 412 patients on trolleys. That's according to the X Union,
# which found ...` (in the same paragraph or opening the next), `These figures come from the X Office.`: the sentence
# of figures before is the source's, and so is what it found. A person-looking name is never handed the sentence
# before (a misread document title), nor is a sentence that already has its own speaker.
@pytest.mark.parametrize(("text", "expected"), [
    ("There were 412 patients on trolleys this morning.\n\nThat's according to the Irish Nurses Union, which found "
     "that 96 were in one hospital.\n",
     [("Irish Nurses Union", "organisation", "There were 412 patients on trolleys this morning"),
      ("Irish Nurses Union", "organisation", "96 were in one hospital")]),
    ("Rail fares rose 4.9% in March. These figures come from the Rail Data Office, which publishes them monthly.\n",
     [("Rail Data Office", "organisation", "Rail fares rose 4.9% in March")]),
    ("The council said 40 homes were empty. That's according to the Empty Homes Network.\n",
     [("the council", "unresolved", "40 homes were empty")]),
], ids=["next-paragraph-and-which-found", "figures-come-from", "a-sentence-with-its-own-speaker"])
def test_a_source_named_after_its_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Lists inside one sentence or one quotation: a lead-in before a colon with its items after it (`said three things had
# changed: waits fell 12%; 40 nurses were hired`): the lead-in is no claim; lettered items `(a) ..., (b) ... and (c)
# ...` lose their letters and the `and` before the next; a quotation ending in a colon (`"Our priorities are:`) hands
# its speaker to the bullets below, whose closing mark is left out. A colon after a figure stays in its claim.
@pytest.mark.parametrize(("text", "expected"), [
    ("Hollin Trust said three things had changed: waits fell 12%; 40 nurses were hired; and a new ward opened.\n",
     [("Hollin Trust", "organisation", "waits fell 12%"), ("Hollin Trust", "organisation", "40 nurses were hired"),
      ("Hollin Trust", "organisation", "a new ward opened")]),
    ("The Care Inspectorate found that (a) staffing fell short on 9 nights, (b) drugs were stored unsafely and (c) "
     "2 complaints went unanswered.\n",
     [("Care Inspectorate", "inspectorate", "staffing fell short on 9 nights"),
      ("Care Inspectorate", "inspectorate", "drugs were stored unsafely"),
      ("Care Inspectorate", "inspectorate", "2 complaints went unanswered")]),
    ("Dr Sam Bell, the trust's medical director, said:\n\"Our priorities this year are:\n- cutting waits to 18 weeks\n"
     "- hiring 200 nurses\"\n",
     [("Sam Bell", "person", "cutting waits to 18 weeks"), ("Sam Bell", "person", "hiring 200 nurses")]),
    ("Hollin Trust said the ratio was 3:1 in May; it was 4:1 in April.\n",
     [("Hollin Trust", "organisation", "the ratio was 3:1 in May"), ("Hollin Trust", "organisation", "it was 4:1 in April")]),
    ("Hollin Trust said waits fell: the trust hired 40 staff; it opened a ward.\n",
     [("Hollin Trust", "organisation", "waits fell: the trust hired 40 staff"),
      ("Hollin Trust", "organisation", "it opened a ward")]),
], ids=["lead-in-and-colon-in-a-sentence", "lettered-items", "a-quotation-opening-a-list", "a-ratio-is-no-lead-in",
        "a-claim-before-a-colon-stays"])
def test_lists_inside_a_sentence_or_a_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A lead-in may point down to its bullets instead of ending in a colon (`The key findings are set out below.`, `Its
# main points were as follows.`): findings are the inspectorate's in focus. A news report's `By the numbers` box is
# the writer's compilation (in a release, `The year in numbers` is the issuer's).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Schools Inspectorate published its report on Hill Academy on Monday.\n\n"
     "The key findings are set out below.\n- Behaviour improved in 6 of 8 year groups\n- 12 teachers left\n\n"
     "By the numbers\n- 1,200 pupils on roll\n",
     [("Schools Inspectorate", "inspectorate", "Behaviour improved in 6 of 8 year groups"),
      ("Schools Inspectorate", "inspectorate", "12 teachers left")]),
    ("PRESS RELEASE\n\nHill Academy Trust said it opened 2 schools in 2025.\n\nThe year in numbers\n"
     "- 1,200 pupils on roll\n",
     [("Hill Academy Trust", "organisation", "it opened 2 schools in 2025"),
      ("Hill Academy Trust", "organisation", "1,200 pupils on roll")]),
    ("Hill Trust opened a new clinic in May.\n\nOpening times are set out below.\n- Monday 9am to 5pm\n", []),
], ids=["set-out-below-and-a-news-box", "a-release-s-numbers-box", "a-list-of-no-claims-below"])
def test_a_lead_in_pointing_down_to_its_bullets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A cue set off by commas inside its claim, with a body's name that holds `of`, `for` or `and` (`..., the Office for
# Rail Data said, as fares rose`): the words on both sides are its claim, not only those after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Punctuality fell to 81% in May, the Office for Rail Data said, as strikes hit 3 lines.\n",
     [("Office for Rail Data", "organisation", "Punctuality fell to 81% in May"),
      ("Office for Rail Data", "organisation", "strikes hit 3 lines")]),
    ("Punctuality fell to 81% in May, the Office for Rail Data said.\n",
     [("Office for Rail Data", "organisation", "Punctuality fell to 81% in May")]),
], ids=["an-aside-cue-with-of-in-the-name", "a-closing-cue-still-reads"])
def test_an_aside_cue_with_a_long_body_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A report quoted paragraph by paragraph numbers its sections (`1.1 The council's reserves fell ...`, `2.3.1 ...`):
# the number is a marker, not part of the claim. A line opening with a decimal figure (`4.5 million people ...`) keeps
# its figure whole.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Local Audit Office said the council had overspent. The report found:\n\n"
     "1.1 The council's reserves fell to \u00a312m.\n1.2 Three of its five companies made losses in 2024.\n",
     [("Local Audit Office", "inspectorate", "the council had overspent"),
      ("Local Audit Office", "inspectorate", "The council's reserves fell to \u00a312m"),
      ("Local Audit Office", "inspectorate", "Three of its five companies made losses in 2024")]),
    ("The Flood Data Unit said:\n4.5 million people were affected.\n- 12 towns flooded\n",
     [("Flood Data Unit", "organisation", "4.5 million people were affected"),
      ("Flood Data Unit", "organisation", "12 towns flooded")]),
], ids=["section-numbers", "a-decimal-figure-opening-a-line"])
def test_section_numbers_are_markers_and_decimals_are_figures(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A relative clause without commas between a cue's subject and its verb (`inspectors who examined the block over six
# weeks found that ...`, `Parents who spoke to the paper said ...`): the noun before `who` is the subject. `who said`
# itself is a cue of its own.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Building Standards Agency ordered repairs after inspectors who examined the block over six weeks found that "
     "fire doors were missing in 40 of its 96 flats.\n",
     [("Building Standards Agency", "inspectorate", "fire doors were missing in 40 of its 96 flats")]),
    ("Parents who spoke to the Herald said 30 pupils had no teacher in maths.\n",
     [("Parents", "unresolved", "30 pupils had no teacher in maths")]),
], ids=["inspectors-who-examined", "parents-who-spoke"])
def test_a_relative_clause_between_subject_and_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Figures nobody is named as publishing, described by where they went (`Figures presented to the council's housing
# committee show that:`, `Data sent to the trust's board last week show ...`): the one body the possessive reference
# means. Two bodies, or none the text names, and they stay unattributed.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harby District Council wants 40 more foster carers.\n\n"
     "Figures presented to the council's children's committee last month show that:\n"
     "- 31 households left fostering in 2025\n- the average carer is 57\n",
     [("Harby District Council", "organisation", "31 households left fostering in 2025"),
      ("Harby District Council", "organisation", "the average carer is 57")]),
    ("Figures presented to the council's committee show that 31 households left fostering.\n", []),
], ids=["a-body-s-possessive-in-the-figures", "no-body-named"])
def test_figures_described_by_a_body_s_committee_are_its(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Money as results announcements print it is a figure: pence (`a final dividend of 6.5p`), currency codes
# (`GBP612.4m`, `EUR 40m`, `US$3bn`). A release's sentence of such figures is its issuer's; a sentence of none
# (`The Board thanks its staff.`) is not.
@pytest.mark.parametrize(("text", "expected"), [
    ("RNS Number : 1234A\nPellow Group plc\n\nThe Board is proposing a final dividend of 4.2p per share.\n\n"
     "Revenue was GBP88.1m in the year.\n\nThe Board thanks its staff.\n",
     [("Pellow Group plc", "organisation", "The Board is proposing a final dividend of 4.2p per share"),
      ("Pellow Group plc", "organisation", "Revenue was GBP88.1m in the year")]),
], ids=["pence-and-currency-codes"])
def test_pence_and_currency_codes_are_figures(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A release's lead-in whose subject is the issuer's own people at work (`Investigators seized:`, `Crews repaired:`):
# the items are the issuer's, never a body called `Investigators`.
@pytest.mark.parametrize(("text", "expected"), [
    ("NEWS RELEASE\nLakemoor Police Department\n\nDetectives arrested 14 people, the Lakemoor Police Department "
     "announced.\n\nInvestigators seized:\n\u2022 9 firearms\n\u2022 $48,000 in cash\n",
     [("Lakemoor Police Department", "organisation", "Detectives arrested 14 people"),
      ("Lakemoor Police Department", "organisation", "9 firearms"),
      ("Lakemoor Police Department", "organisation", "$48,000 in cash")]),
], ids=["investigators-seized"])
def test_a_release_s_people_at_work_are_its_issuer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A table no lead-in introduces, with its source on the line below (`Source: Kantar Retail Panel`, `Sources: X`): its
# rows of figures are the source's. A source line under prose, or naming no body, gives nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("Grocery prices rose again in May.\n\nChain        Share     Change\nPellow       27.1%     +0.4\n"
     "Fairbank     15.2%     -0.3\n\nSource: Grocery Data Panel\n",
     [("Grocery Data Panel", "organisation", "Pellow       27.1%     +0.4"),
      ("Grocery Data Panel", "organisation", "Fairbank     15.2%     -0.3")]),
    ("Grocery prices rose again in May, by 4%.\n\nSource: Grocery Data Panel\n", []),
], ids=["a-table-and-its-source-line", "a-source-line-under-prose"])
def test_a_table_s_source_line_speaks_for_its_rows(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# When a cue without `that` was said (`said on Thursday it would ...`, `said last night the line ...`) is no part of
# the claim; a time that belongs to the claim (`said Thursday's vote was lost`) stays.
@pytest.mark.parametrize(("text", "expected"), [
    ("Fenby Water said on Thursday it would cut 300 jobs.\n",
     [("Fenby Water", "organisation", "it would cut 300 jobs")]),
    ("Kelso Rail said last night the line would reopen on 4 May.\n",
     [("Kelso Rail", "organisation", "the line would reopen on 4 May")]),
    ("Kelso Rail said Thursday's strike cost 2 million pounds.\n",
     [("Kelso Rail", "organisation", "Thursday's strike cost 2 million pounds")]),
    ("The Harby Trust said on Tuesday it would review the scheme.\n",
     [("Harby Trust", "organisation", "it would review the scheme")]),
    ("Kelso Rail said in March the line would reopen by 2027.\n",
     [("Kelso Rail", "organisation", "the line would reopen by 2027")]),
], ids=["said-on-thursday", "said-last-night", "a-day-that-belongs-to-the-claim", "no-figure-still-a-claim",
        "said-in-a-month"])
def test_when_a_cue_was_said_is_no_part_of_its_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A statement's headline naming its issuer (`Statement: Hollin Housing Trust accepts review in full`) makes that body
# the release's issuer, whoever is named first in the text; a person opening such a headline is not taken for a body.
@pytest.mark.parametrize(("text", "expected"), [
    ("Statement: Hollin Housing Trust accepts review in full\n\nThe Tenancy Standards Agency said it had opened 3 "
     "cases.\n\nSince 2023 the trust has re-checked 1,150 tenancies.\n",
     [("Tenancy Standards Agency", "inspectorate", "it had opened 3 cases"),
      ("Hollin Housing Trust", "organisation", "Since 2023 the trust has re-checked 1,150 tenancies")]),
], ids=["statement-headline-names-the-issuer"])
def test_a_statement_s_headline_names_its_issuer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Figures nobody is named as publishing speak as themselves, kind document (`..., figures released under freedom of
# information show.`, `New figures show that ...`); a sentence whose subject says more than the figures (`The figures
# exclude 66,108 patients recorded as ...`) is not their cue.
@pytest.mark.parametrize(("text", "expected"), [
    ("Missed bin collections have more than tripled since October, figures released under freedom of information "
     "show.\n",
     [("figures released under freedom of information", "document",
       "Missed bin collections have more than tripled since October")]),
    ("New figures show that 40 schools closed in 2025.\n",
     [("new figures", "document", "40 schools closed in 2025")]),
    ("The figures exclude 66,108 patients recorded as suspended.\n", []),
], ids=["figures-released-under-foi", "new-figures-show", "figures-that-say-more"])
def test_figures_nobody_publishes_speak_as_themselves(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A news lead cites its source without a publisher (`..., according to state test results released Tuesday.`) and the
# next sentence names it (`Data from the Kansas Board of Education show ...`): the lead is that body's. When nothing
# names the data's source right after, the document speaks as itself.
@pytest.mark.parametrize(("text", "expected"), [
    ("DUNMORE, Kan. (KTV) - Pupils in Dunmore made their biggest gains in maths in six years, according to state "
     "test results released Tuesday.\n\nData from the Kansas Board of Education show 41% of pupils were proficient.\n",
     [("Kansas Board of Education", "organisation",
       "Pupils in Dunmore made their biggest gains in maths in six years"),
      ("Kansas Board of Education", "organisation", "41% of pupils were proficient")]),
    ("Pupils in Dunmore made their biggest gains in maths in six years, according to state test results.\n\n"
     "The district hired 12 teachers.\n",
     [("state test results", "document", "Pupils in Dunmore made their biggest gains in maths in six years")]),
], ids=["the-next-sentence-names-the-publisher", "no-publisher-named"])
def test_a_lead_s_unnamed_source_named_in_the_next_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A sentence opening with a bare body noun and a cue (`Police said on Sunday that ...`, `Gardaí said ...`) when the
# text names no such body: the claim is kept under the text's own word, unresolved, never dropped and never guessed. A
# heading of the same shape (`Union warns of strikes`) claims nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("Police said on Sunday that three men had been arrested.\n",
     [("Police", "unresolved", "three men had been arrested")]),
    ("Union warns of strikes\n\nTeachers will vote in May.\n", []),
], ids=["police-said", "a-heading-of-the-same-shape"])
def test_a_bare_body_noun_keeps_its_claim_unresolved(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# The outlet a speaker wrote in or spoke to (`Writing in the Daily Post, MP Tom Hale said ...`, `Speaking to the
# Herald, ...`, `in an interview with the Gazette`) is no party: a later `council spokesperson` is never that outlet.
@pytest.mark.parametrize(("text", "expected"), [
    ("Writing in the Dunmore Post, MP Tom Hale said the bypass would cost 90 million pounds.\n\n"
     "According to a council spokesperson, 14 roads remain closed.\n",
     [("Tom Hale", "person", "the bypass would cost 90 million pounds"),
      ("a council spokesperson", "unresolved", "14 roads remain closed")]),
], ids=["writing-in-an-outlet"])
def test_the_outlet_written_in_is_no_party(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# An inline lead-in written the other way round (`Among the measures announced were A and B.`, `Among the proposals
# are ...`) gives its items to the body in focus, and two items joined by `and` before a second noun phrase with a
# figure or an article are two claims; `staff training and record keeping` stays one item.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kelso Council set its budget on Monday.\n\nAmong the measures announced were a 10% cut in bus fares and 300 new "
     "cycle racks.\n",
     [("Kelso Council", "organisation", "a 10% cut in bus fares"),
      ("Kelso Council", "organisation", "300 new cycle racks")]),
    ("Kelso Council set its budget on Monday.\n\nAreas for improvement included staff training and record keeping.\n",
     [("Kelso Council", "organisation", "staff training and record keeping")]),
    ("Among the crowd were 300 parents.\n", []),
], ids=["among-the-measures-were", "one-item-with-and", "among-no-list-word"])
def test_an_inline_lead_in_the_other_way_round(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
