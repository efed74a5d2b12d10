"""Attribution by phenomenon (issue 8): each case is a short text written for this test, and the whole
table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract import find_rows
from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Chief Executive Dr Jane Roe said the clinic had treated 4,000 patients.\n",
     [("Jane Roe", "person", "the clinic had treated 4,000 patients")]),
    ("Council leader Cllr Sam Poe said waiting lists had fallen by a fifth.\n",
     [("Sam Poe", "person", "waiting lists had fallen by a fifth")]),
    ("Acme Water's chief executive, Jo Bloggs, said leaks had fallen by 9%.\n",
     [("Jo Bloggs", "person", "leaks had fallen by 9%")]),
    ("Assistant Chief Constable Al Key said arrests rose by 40%.\n\nBut Mr Key added that knife crime was flat.\n",
     [("Al Key", "person", "arrests rose by 40%"), ("Al Key", "person", "knife crime was flat")]),
    ("Local Growth Minister Pat Lowe MP said 60 towns would share the fund.\n",
     [("Pat Lowe", "person", "60 towns would share the fund")]),
    ("Pat Lowe, the head of estates at the Fenmoor Trust, said two wards had reopened.\n",
     [("Pat Lowe", "person", "two wards had reopened")]),
    ("Comhar Party health spokesperson Eilis Dunne TD said 12 wards had closed.\n",
     [("Eilis Dunne", "person", "12 wards had closed")]),
    ("Retail analyst Grace Obi of Penfold Brokers said the update was strong. She estimated that Pellmore had "
     "gained 0.4 points of market share.\n",
     [("Grace Obi", "person", "the update was strong"),
      ("Grace Obi", "person", "Pellmore had gained 0.4 points of market share")]),
    ("Dr Felix Amadi, president of the Fenmoor Students' Union, welcomed the survey but said rents had risen by 9%.\n",
     [("Felix Amadi", "person", "rents had risen by 9%")]),
    ("Fenmoor County Council has 187 empty homes, the council's director of housing said on Monday.\n",
     [("the council's director of housing", "person", "Fenmoor County Council has 187 empty homes")]),
], ids=["title-before-name", "role-and-honorific", "role-apposition", "honorific-later", "post-nominal",
        "apposition-with-organisation", "named-spokesperson", "person-of-organisation", "role-then-coordinated-verb",
        "unnamed-role-keeps-its-words"])
def test_titles_and_roles_name_the_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dunmore Trust opened a ward. A spokeswoman for the trust said staffing had improved.\n",
     [("Dunmore Trust", "organisation", "staffing had improved")]),
    ("The Dunmore Trust opened a ward.\n\nA spokeswoman for the trust said: \"We have hired 30 nurses this year.\" "
     "She said the ward would open in May.\n",
     [("Dunmore Trust", "organisation", "We have hired 30 nurses this year."),
      ("Dunmore Trust", "organisation", "the ward would open in May")]),
    ("A Pellmore spokesman said 200 staff had been trained.\n",
     [("Pellmore", "organisation", "200 staff had been trained")]),
], ids=["spokeswoman-for", "spokeswoman-pronoun", "name-before-spokesman"])
def test_a_spokesperson_speaks_for_the_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Additionally, the Harbour Board said cargo rose by 8%.\n",
     [("Harbour Board", "organisation", "cargo rose by 8%")]),
    ("Despite the rain, Christmas trade was strong, the Harbour Board said.\n",
     [("Harbour Board", "organisation", "Despite the rain, Christmas trade was strong")]),
    ("LEEDS, 4 May \u2014 Brightway said sales rose 6%.\n",
     [("Brightway", "organisation", "sales rose 6%")]),
    ("Improved availability helped sales, British shoppers said.\n",  # a group of people: unresolved, in its words
     [("British shoppers", "unresolved", "Improved availability helped sales")]),
    ("Gross margin said nothing. While March was wet, the Harbour Board said trade held up.\n",
     [("Harbour Board", "organisation", "trade held up")]),
    ("NEWS RELEASE\n\nHARBOUR POLICE said burglaries fell by 12%.\n",
     [("Harbour Police", "organisation", "burglaries fell by 12%")]),
], ids=["additionally", "despite", "dateline", "nationality-and-adjective", "while-and-month", "all-caps-heading"])
def test_capitalised_words_are_never_speakers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("LEEDS \u2014 Brightway said sales rose 6%.\n\nThe firm said it had opened 12 stores.\n",
     [("Brightway", "organisation", "sales rose 6%"), ("Brightway", "organisation", "it had opened 12 stores")]),
    ("Pellmore, the discount grocer, had a good year.\n\nThe grocer said profits rose by 9%.\n",
     [("Pellmore", "organisation", "profits rose by 9%")]),
    ("The retailer said sales rose 5% in the quarter.\n",
     [("the retailer", "unresolved", "sales rose 5% in the quarter")]),
    ("The Water Standards Authority fined Acme Water. The watchdog said the firm had missed targets at 61 sites.\n",
     [("Water Standards Authority", "inspectorate", "the firm had missed targets at 61 sites")]),
    ("Inspectors said the force was slow. The Policing Inspectorate published the report.\n",
     [("Policing Inspectorate", "inspectorate", "the force was slow")]),
    ("The NWSA said leaks fell by 3%.\n", [("NWSA", "organisation", "leaks fell by 3%")]),
    ("Police Scotland said arrests fell by 3%.\n", [("Police Scotland", "organisation", "arrests fell by 3%")]),
    ("The Water Services Authority (WSA) fined Fenwick Water. The WSA said leaks rose by 9%. The company said 96% "
     "of its beaches were clean.\n",
     [("Water Services Authority", "inspectorate", "leaks rose by 9%"),
      ("Fenwick Water", "organisation", "96% of its beaches were clean")]),
    ("Regulator Watco said leaks rose by 9%.\n", [("Watco", "inspectorate", "leaks rose by 9%")]),
    ("Fenmoor Mayor Ray Hollis spoke. The mayor said 300 pipes had been replaced.\n",
     [("Ray Hollis", "person", "300 pipes had been replaced")]),
], ids=["the-firm", "apposition-then-reference", "unnamed-retailer", "the-watchdog", "inspectors-named-later",
        "acronym", "head-first-name", "acronym-in-brackets-and-the-company", "regulator-before-name", "the-mayor"])
def test_later_references_resolve_to_the_body_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kestrel Trust published its annual report. The report reveals that 300 nurses were recruited.\n",
     [("Kestrel Trust", "organisation", "300 nurses were recruited")]),
    ("The figures show that arrests rose by 12%.\n", [("the figures", "document", "arrests rose by 12%")]),
    ("The Kestrel Trust's annual report shows that 40 beds were added.\n",
     [("Kestrel Trust", "organisation", "40 beds were added")]),
    ("Inspectors found that 40% of calls were missed, the report states.\n",
     [("inspectors", "inspectorate", "40% of calls were missed")]),
    ("Their report, published today, found that 90% of calls were answered. The Policing Inspectorate said more.\n",
     [("Policing Inspectorate", "inspectorate", "90% of calls were answered")]),
    ("Hearthway, the anti-poverty charity, published a report on Monday.\n\nThe report, Cold Homes, Empty "
     "Cupboards, reveals that 32% of children lived in poverty.\n",
     [("Hearthway", "organisation", "32% of children lived in poverty")]),
    ("The Pantry Trust runs 420 food banks.\n\nThe charity's annual survey of 3,100 food bank users found that 26% "
     "were in work.\n",
     [("Pantry Trust", "organisation", "26% were in work")]),
], ids=["report-reveals", "figures-show", "possessive-report", "report-states-after", "published-today",
        "report-with-its-title", "survey-of-3,100-users"])
def test_documents_speak_for_their_publisher(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ridgeway Trust admitted that two wards had closed. It denied that patients were harmed.\n",
     [("Ridgeway Trust", "organisation", "two wards had closed"),
      ("Ridgeway Trust", "organisation", "denied that patients were harmed")]),
    ("The paper quoted Jo Bloggs as saying that prices would rise by 3%.\n",
     [("Jo Bloggs", "person", "prices would rise by 3%")]),
    ("Jo Bloggs told the BBC that 200 jobs had been saved.\n", [("Jo Bloggs", "person", "200 jobs had been saved")]),
    ("Jo Bloggs said in a statement that 200 jobs had been saved.\n",
     [("Jo Bloggs", "person", "200 jobs had been saved")]),
    ("In a statement, the Ridgeway Trust said 90% of patients were seen within four hours.\n",
     [("Ridgeway Trust", "organisation", "90% of patients were seen within four hours")]),
    ("Profits rose 5% to \u00a340m, the company said in a statement.\n",
     [("the company", "unresolved", "Profits rose 5% to \u00a340m")]),
    ("The Care Standards Inspectorate rated the home inadequate.\n",
     [("Care Standards Inspectorate", "inspectorate", "rated the home inadequate")]),
    ("Inspectors did not find any evidence of neglect. The Care Standards Inspectorate visited.\n",
     [("Care Standards Inspectorate", "inspectorate", "did not find any evidence of neglect")]),
    ("The Ridgeway Trust expects to break even by March.\n",
     [("Ridgeway Trust", "organisation", "expects to break even by March")]),
    ("The Fenmoor home has been rated inadequate by the Care Standards Inspectorate.\n",
     [("Care Standards Inspectorate", "inspectorate",
       "The Fenmoor home has been rated inadequate by the Care Standards Inspectorate")]),
    ("Ms Tully told elected members that 40 homes were empty.\n", [("Ms Tully", "person", "40 homes were empty")]),
    ("The union strongly refutes the claim that staffing has risen.\n",
     [("the union", "unresolved", "refutes the claim that staffing has risen")]),
    ("Profits at Fenmoor Foods rose by 5%, the company said on Friday, as costs fell by 2%.\n",
     [("Fenmoor Foods", "organisation", "Profits at Fenmoor Foods rose by 5%"),
      ("Fenmoor Foods", "organisation", "costs fell by 2%")]),
], ids=["admitted-denied", "quoted-as-saying", "told-the-bbc", "said-in-a-statement-that", "in-a-statement",
        "cue-after-content", "rated", "did-not-find", "expects", "rated-by-passive", "told-members-that",
        "adverb-and-unnamed-union", "cue-between-commas"])
def test_more_ways_to_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Care Standards Inspectorate visited the home.\n\nThe key findings were:\n- residents are safe\n"
     "- staff are well trained\n",
     [("Care Standards Inspectorate", "inspectorate", "residents are safe"),
      ("Care Standards Inspectorate", "inspectorate", "staff are well trained")]),
    ("Fenmoor Homes plc\nTrading update\n\nHighlights include:\n\u2022 sales up 4.8%\n\u2022 online sales up 11%\n",
     [("Fenmoor Homes plc", "organisation", "sales up 4.8%"), ("Fenmoor Homes plc", "organisation", "online sales up 11%")]),
    ("The Ridgeway Trust said it had hired 40 nurses.\n\nThese included 12 midwives and six health visitors.\n",
     [("Ridgeway Trust", "organisation", "it had hired 40 nurses"),
      ("Ridgeway Trust", "organisation", "12 midwives and six health visitors")]),
    ("The Ridgeway Trust said it had hired 40 nurses.\n\nAdditionally, it has opened a new ward for children.\n",
     [("Ridgeway Trust", "organisation", "it had hired 40 nurses"),
      ("Ridgeway Trust", "organisation", "it has opened a new ward for children")]),
    ("Mayor Jo Bloggs issued the following statement:\n\n\"We have cut crime by a fifth in two years.\"\n",
     [("Jo Bloggs", "person", "We have cut crime by a fifth in two years.")]),
    ("Commenting on the budget, Minister Pat Lowe continued:\n\n\"We have found 40 million for new schools.\"\n",
     [("Pat Lowe", "person", "We have found 40 million for new schools.")]),
    ("The Charity Standards Commission published a study.\n\nKEY FINDINGS\n\n54% of charities filed late\n\n"
     "1 in 5 gave no account of their spending\n\nThe study was welcomed by charities.\n",
     [("Charity Standards Commission", "inspectorate", "54% of charities filed late"),
      ("Charity Standards Commission", "inspectorate", "1 in 5 gave no account of their spending")]),
], ids=["findings-were", "highlights-include", "these-included", "additionally-continues", "the-following-statement",
        "continued-colon", "key-findings-heading-and-plain-lines"])
def test_lead_ins_and_continuations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ms Lee said the delays created an \"unacceptable risk to patients\" on the ward.\n",
     [("Ms Lee", "person", "the delays created an \"unacceptable risk to patients\" on the ward")]),
    ("The Ridgeway Trust says:\n\n\"We have cut waits by a third this year.\n\n"
     "\"We have also opened two new wards in the spring.\"\n",
     [("Ridgeway Trust", "organisation", "We have cut waits by a third this year."),
      ("Ridgeway Trust", "organisation", "We have also opened two new wards in the spring.")]),
    ("The Ridgeway Trust states; \"Waiting times have fallen by a third since March.\"\n",
     [("Ridgeway Trust", "organisation", "Waiting times have fallen by a third since March.")]),
    ("Jo Bloggs said: \u201cWe opened four clinics.\n\n\u201cWe trained 90 staff in the year.\u201d\n",
     [("Jo Bloggs", "person", "We opened four clinics."), ("Jo Bloggs", "person", "We trained 90 staff in the year.")]),
    ("Branch president Dr Sian Price told the Eastmere Echo: \"Staff teach 300 more students this year.\"\n",
     [("Sian Price", "person", "Staff teach 300 more students this year.")]),
    ("Vice-Chancellor Professor Amrit Gill said the university had:\n1) raised its research income to \u00a388m;\n"
     "2) opened a new medical school in Carlow Street.\n",
     [("Amrit Gill", "person", "raised its research income to \u00a388m"),
      ("Amrit Gill", "person", "opened a new medical school in Carlow Street")]),
], ids=["inline-quotation", "multi-paragraph", "semicolon-for-colon", "curly-multi-paragraph", "told-the-paper-colon",
        "said-the-university-had-colon-numbered"])
def test_quotations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ridgeway Trust said it had opened new clinics, including a dental clinic for children, a sexual health "
     "clinic and a memory clinic for older people.\n",
     [("Ridgeway Trust", "organisation", "it had opened new clinics"),
      ("Ridgeway Trust", "organisation", "a dental clinic for children"),
      ("Ridgeway Trust", "organisation", "a sexual health clinic"),
      ("Ridgeway Trust", "organisation", "a memory clinic for older people")]),
    ("The Ridgeway Trust said it had opened 12 clinics in addition to two new children's wards and a hospice "
     "in Fenmoor.\n",
     [("Ridgeway Trust", "organisation", "it had opened 12 clinics"),
      ("Ridgeway Trust", "organisation", "two new children's wards"),
      ("Ridgeway Trust", "organisation", "a hospice in Fenmoor")]),
    ("The Ridgeway Trust said profits were \u00a320m, up from \u00a318m in 2021, \u00a314m in 2020 and \u00a313m in 2019.\n",
     [("Ridgeway Trust", "organisation",
       "profits were \u00a320m, up from \u00a318m in 2021, \u00a314m in 2020 and \u00a313m in 2019")]),
    ("The Ridgeway Trust said it had expanded its services such that the county now exceeds the national level "
     "embedding improvements in maternity care.\n",
     [("Ridgeway Trust", "organisation", "it had expanded its services"),
      ("Ridgeway Trust", "organisation", "the county now exceeds the national level"),
      ("Ridgeway Trust", "organisation", "embedding improvements in maternity care")]),
    ("Gross margin rose by 60 basis points, helped by lower energy costs, the company said.\n",
     [("the company", "unresolved", "Gross margin rose by 60 basis points, helped by lower energy costs")]),
], ids=["including", "in-addition-to", "figures-series", "consequence-and-participle", "helped-by-is-no-item"])
def test_lists_and_non_lists(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ridgeway Trust said waiting times fell by 20%.\n\nThe Nurses Union said staff numbers had fallen by 8%.\n",
     [("Ridgeway Trust", "organisation", "waiting times fell by 20%"),
      ("Nurses Union", "organisation", "staff numbers had fallen by 8%")]),
    ("The Ridgeway Trust said it had hired 40 nurses and cut waits by a third.\n\n"
     "Union official Kay Dunn said the figures were misleading.\n",
     [("Ridgeway Trust", "organisation", "it had hired 40 nurses"),
      ("Ridgeway Trust", "organisation", "cut waits by a third"),
      ("Kay Dunn", "person", "the figures were misleading")]),
], ids=["union-reply", "critic-after-list"])
def test_two_sides_each_to_its_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\nFenmoor Homes\n\nFenmoor Homes completed 412 homes in the year. Rent arrears fell to 2.7%.\n\n"
     "ENDS\n\nNotes to editors: Fenmoor Homes manages 14,200 homes.\n",
     [("Fenmoor Homes", "organisation", "Fenmoor Homes completed 412 homes in the year"),
      ("Fenmoor Homes", "organisation", "Rent arrears fell to 2.7%")]),
    ("Fenmoor Homes completed 412 homes in the year, a reporter found out.\n\nRent arrears fell to 2.7%.\n", []),
], ids=["release-figures", "news-report-narration"])
def test_a_release_speaks_for_its_issuer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "The report.\n", "The Ridgeway Trust said the court.\n", "The Ridgeway Trust listed some progress.\n", "The Ridgeway Trust said in a results statement.\n", "Marketing activity was.\n",
    "Which rates the Trust as good, the paper said.\n", "Is it true that the Trust said so?\n",
])
def test_no_fragment_rows(text: str) -> None:
    assert rows(text) == []


def test_a_quotation_opened_by_the_paragraph_before_keeps_that_cue() -> None:
    found = find_rows("Minister Gwen Ashby said:\n\n\"Broadband reaches 400 villages. Speeds will double.\"\n", "t")
    assert [(r.speaker, r.cue) for r in found] == [("Gwen Ashby", "said"), ("Gwen Ashby", "said")]


def test_every_row_has_a_kind_and_a_cue() -> None:
    found = find_rows("The Ridgeway Trust said it had hired 40 nurses. Jo Bloggs told the BBC that waits fell.\n", "t")
    assert [(r.speaker_kind, r.cue) for r in found] == [("organisation", "said"), ("person", "told the BBC that")]


@pytest.mark.parametrize(("text", "expected"), [
    ("YORK, 4 May \u2014\n\nPellmore, the discount grocer, had a strong spring. The retailer said sales rose 7%.\n",
     [("Pellmore", "organisation", "sales rose 7%")]),
    ("Only 48% of patients were seen within four hours, official figures show.\n\nThe figures, published by the "
     "Health Data Office on Thursday, covered every trust.\n",
     [("Health Data Office", "organisation", "Only 48% of patients were seen within four hours")]),
    ("Director of Services for Housing Gr\u00e1inne Tully said 40 homes were empty.\n\nThe council's director of "
     "housing told the meeting that 12 homes had been let.\n",
     [("Gr\u00e1inne Tully", "person", "40 homes were empty"), ("Gr\u00e1inne Tully", "person", "12 homes had been let")]),
    ("\u201cWe have cut waiting lists by a fifth,\u201d said Mayor Lindell. \u201cWe did it without raising taxes.\u201d\n",
     [("Mayor Lindell", "person", "We have cut waiting lists by a fifth"),
      ("Mayor Lindell", "person", "We did it without raising taxes.")]),
    ("Applications rose to 38,700 this year, said Provost Jo Bloggs.\n",
     [("Jo Bloggs", "person", "Applications rose to 38,700 this year")]),
    ("The Charities Regulator for England and Wales reviewed 200 accounts. The regulator said 54% were clear.\n",
     [("Charities Regulator for England and Wales", "inspectorate", "54% were clear")]),
], ids=["dateline-caps", "published-by", "unnamed-role-is-the-titled-person", "title-and-surname",
        "said-title-name-after", "regulator-for"])
def test_names_the_text_gives_later_or_earlier(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Nurses Union said 412 people were on trolleys, while 171 were waiting on wards.\n",
     [("Nurses Union", "organisation", "412 people were on trolleys"),
      ("Nurses Union", "organisation", "171 were waiting on wards")]),
    ("The Rivers Agency said pollution rose by 8%. Incidents at sea fell to 310 from 412.\n",
     [("Rivers Agency", "organisation", "pollution rose by 8%"),
      ("Rivers Agency", "organisation", "Incidents at sea fell to 310 from 412")]),
    ("The Rivers Agency said pollution rose by 8%. The weather was mild.\n",
     [("Rivers Agency", "organisation", "pollution rose by 8%")]),
    ("Burglaries fell 18% last year, the Eastmoor Police Department said Tuesday, even as officers warned of cuts.\n",
     [("Eastmoor Police Department", "organisation", "Burglaries fell 18% last year")]),
    ("The Department for Towns announced a \u00a3240m fund.\n\nThe funding includes \u00a395m for converting shops, "
     "\u00a380m for public spaces and \u00a340m for heritage buildings.\n",
     [("Department for Towns", "organisation", "announced a \u00a3240m fund"),
      ("Department for Towns", "organisation", "The funding includes \u00a395m for converting shops"),
      ("Department for Towns", "organisation", "\u00a380m for public spaces"),
      ("Department for Towns", "organisation", "\u00a340m for heritage buildings")]),
    ("Trust says waiting lists fell\n\nThe Ridgeway Trust published figures on Monday.\n", []),
], ids=["while-contrast", "figures-go-on", "narration-without-figures-stops", "weekday-and-even-as",
        "list-continues-a-single-claim", "headline-claims-nothing"])
def test_claims_that_go_on_and_headings_that_do_not(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The chief executive, Michael Garvan, replied that the council had no power to compel sales.\n",
     [("Michael Garvan", "person", "the council had no power to compel sales")]),
    ("The union Unifo, which represents 4,000 engineers, said 350 field jobs had been cut.\n",
     [("Unifo", "organisation", "350 field jobs had been cut")]),
    ("Ombudsman Rachel Whitby said: \"This family was left to cope alone for more than a year.\"\n",
     [("Rachel Whitby", "person", "This family was left to cope alone for more than a year.")]),
    ("The Fenmoor Trust said its score was 52.9% in December, 55.1% in November and 61.4% in October.\n",
     [("Fenmoor Trust", "organisation", "its score was 52.9% in December, 55.1% in November and 61.4% in October")]),
    ("Waits will fall by spring, according to the Fenmoor Trust, which said a new centre would open in April.\n",
     [("Fenmoor Trust", "organisation", "Waits will fall by spring"),
      ("Fenmoor Trust", "organisation", "a new centre would open in April")]),
    ("The Local Services Ombudsman upheld the complaint.\n\nThe ombudsman recommended that the council:\n"
     "- apologise to the family in writing;\n- pay the family \u00a3500.\n",
     [("Local Services Ombudsman", "inspectorate", "apologise to the family in writing"),
      ("Local Services Ombudsman", "inspectorate", "pay the family \u00a3500")]),
    ("The forum's director, Alice Carr, was quoted by the Journal as saying that rates would rise by 5%.\n",
     [("Alice Carr", "person", "rates would rise by 5%")]),
    ("According to the Local Government Finance Forum, 14 councils have issued warnings.\n",
     [("Local Government Finance Forum", "organisation", "14 councils have issued warnings")]),
    ("Mr Bright denied that staffing had been cut, saying the leakage team had grown by 40 people.\n",
     [("Mr Bright", "person", "denied that staffing had been cut"),
      ("Mr Bright", "person", "the leakage team had grown by 40 people")]),
    ("The Water Standards Office found that 1,400 leaks went unrepaired. The watchdog said bills rose by 8%.\n",
     [("Water Standards Office", "inspectorate", "1,400 leaks went unrepaired"),
      ("Water Standards Office", "inspectorate", "bills rose by 8%")]),
    ("Department store chain Marlow & Fitch has cut its profit forecast for the year after weaker than expected "
     "trading.\n\nThe chain said sales fell 3.2% in six weeks. Analysts at Hadley Securities said the warning was "
     "a surprise. The company said six new stores would open next year.\n",
     [("Marlow & Fitch", "organisation", "sales fell 3.2% in six weeks"),
      ("Hadley Securities", "organisation", "the warning was a surprise"),
      ("Marlow & Fitch", "organisation", "six new stores would open next year")]),
    ("LAKEWOOD, Minn. \u2014 The city will spend $42 million on water mains, Mayor Tess Olander announced Monday.\n",
     [("Tess Olander", "person", "The city will spend $42 million on water mains")]),
    ("Northdale Police must improve after inspectors found that a third of victims were not updated.\n\n"
     "The Inspectorate of Policing graded the force inadequate. The report, published on Thursday, said the force "
     "took 41 minutes to reach calls.\n",
     [("Inspectorate of Policing", "inspectorate", "a third of victims were not updated"),
      ("Inspectorate of Policing", "inspectorate", "graded the force inadequate"),
      ("Inspectorate of Policing", "inspectorate", "the force took 41 minutes to reach calls")]),
    ("Chief Constable Mark Ellery said the force had recruited 220 officers and had already cut response times.\n",
     [("Mark Ellery", "person", "the force had recruited 220 officers"),
      ("Mark Ellery", "person", "had already cut response times")]),
    ("The Countryside Alliance said it was \"a drop in the ocean\", arguing that 1.2 million homes lack a connection.\n",
     [("Countryside Alliance", "organisation", "it was \"a drop in the ocean\""),
      ("Countryside Alliance", "organisation", "1.2 million homes lack a connection")]),
], ids=["replied-that", "common-noun-then-name", "body-head-as-title", "monthly-series", "according-which-said",
        "recommended-bullets", "quoted-by-as-saying", "forum-is-a-body", "saying-that", "kind-settled-by-the-text", "company-means-the-subject-not-the-analysts",
        "us-dateline", "inspectors-found-and-their-report", "and-had-starts-a-clause", "arguing-that"])
def test_replies_recommendations_and_series(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
