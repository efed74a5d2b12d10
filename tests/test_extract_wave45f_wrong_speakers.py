"""Wave 45f: wrong and unresolved speakers of the 41st-43rd real-page checks, by mechanism of English press writing.

- a word that qualifies a body's name from outside, capitalised because it opens a headline or a sentence (`New Harbour
  Trust rules`, `Three KSRB cases`): no part of the name when the text writes the name without it
  (`qualified_names.qualified_name_start`);
- a headline's subject and verb (`Ofwire fines Larkspur Power`): the subject writes the release, so the narration's
  `Our review found` is its, never the body the headline names last (`speakers/documents._headline_subject`);
- a post held `in the` an office, run into the name (`Minister in the Presidency Jo Roe`): the person is the name's last
  two words (`post_places.after_post_in_the`);
- a body named by one word and its article, the article's capital kept inside a sentence (`a survey conducted by The
  Spoke`): the word is a body's name throughout the text (`article_names`);
- a given name that is also a post, after a post (`Works Minister Dean Okafor`): his given name, `minister` his title,
  so a later `the Minister` is him (`entities.person_name`, `data/title_given_names.txt`);
- a newspaper's name ending in two of its heads joined by a hyphen (`the St. Kilda Post-Herald`): the paper, never a
  saint's or a person's name (`entities.names_an_organisation`); and what a paper passes on as another's (`reported a
  claim by X that A`): A is X's (`attribution/noted_findings.CLAIM_BY_RE`);
- a person's figures given `according to` her, then a cue-less sentence of figures in the same paragraph: the writer
  goes on reading out her figures, as a body's (`attribution/continuation.figures_go_on`).
"""
import pytest

from claims.extract.attribution.noted_findings import CLAIM_BY_RE, NOTED_FINDING_RE
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("text, expected", [
    ("New Harbour Trust rules for grant rounds\n\nThe Harbour Trust today announced new rules for the award of its"
     " annual grants.\n",
     [("Harbour Trust", "organisation", "announced", "today announced new rules for the award of its annual grants")]),
    ("Quarter\n\nDuring the quarter:\n\n  • Three KSRB court cases were concluded, with fines of $2 million.\n"
     "  • The KSRB released new data showing that around 9 per cent of meters were faulty.\n",
     [("KSRB", "organisation", "showing", "around 9 per cent of meters were faulty")]),
    ("Figures\n\nLatest Corvel Water figures show that leaks fell by a tenth.\n\nCorvel Water said 40 new pumps were"
     " fitted.\n",
     [("Corvel Water", "organisation", "show that", "leaks fell by a tenth"),
      ("Corvel Water", "organisation", "said", "40 new pumps were fitted")]),
    ("Post\n\nNew Zealand Post said parcel volumes rose 4 per cent.\n",
     [("New Zealand Post", "organisation", "said", "parcel volumes rose 4 per cent")]),
])
def test_a_qualifying_word_before_a_name_the_text_writes_bare(text: str,
                                                               expected: list[tuple[str, str, str, str]]) -> None:
    """`New`, `Three`, `Latest` before a name written without them elsewhere: not the name; `New Zealand Post` is."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ofwire fines Larkspur Power £2 million\n\nOfwire today has fined Larkspur Power £2 million for misreporting"
     " outages.\n\nOur review did not find any evidence of deliberate misreporting.\n",
     [("Ofwire", "inspectorate", "find", "did not find any evidence of deliberate misreporting")]),
    ("Marrowby Trust backs Fenwick Council plan for parks\n\nMarrowby Trust has given Fenwick Council £40,000 for new"
     " parks.\n\nOur survey showed that 7 in 10 residents use a park each week.\n",
     [("Marrowby Trust", "organisation", "showed that", "7 in 10 residents use a park each week")]),
    ("Tellan Rail Regulator penalises Northway Trains\n\nThe Tellan Rail Regulator has fined Northway Trains £3m."
     " Northway Trains said it would pay.\n\nOur audit showed that 1 in 5 trains ran late in 2024.\n",
     [("Northway Trains", "organisation", "said", "it would pay"),
      ("Tellan Rail Regulator", "inspectorate", "showed that", "1 in 5 trains ran late in 2024")]),
    # wave 65x: the subject is `speakers/words.NAME_RUN`, so a name joined by `&` is read whole
    ("Brinton & Hale Trust backs Fenwick Council plan for parks\n\nBrinton & Hale Trust has given Fenwick Council"
     " £40,000 for new parks.\n\nOur survey showed that 7 in 10 residents use a park each week.\n",
     [("Brinton & Hale Trust", "organisation", "showed that", "7 in 10 residents use a park each week")]),
])
def test_the_headline_subject_writes_our(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`X fines Y` over the release: its `our` is X's, not Y's, though Y is the last body the headline names."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pretoria - Acting Minister in the Presidency Vhutshilo Ramadzivha will now lead all briefings on the flooding."
     "\n\nRamadzivha on Monday revealed that 312 homes had been lost.\n\nShe said the agency was repairing 18 roads.\n",
     [("Vhutshilo Ramadzivha", "person", "revealed that", "312 homes had been lost"),
      ("Vhutshilo Ramadzivha", "person", "said", "the agency was repairing 18 roads")]),
    ("Budget\n\nDeputy Minister in the Treasury Oskar Vellacott said the fund had grown to £2bn.\n",
     [("Oskar Vellacott", "person", "said", "the fund had grown to £2bn")]),
    ("Schools\n\nThe Secretary in the Department Mirela Hastings told MPs that 300 schools had been repaired.\n",
     [("Mirela Hastings", "person", "told MPs that", "300 schools had been repaired")]),
    ("Routes\n\nMinister in the Presidency Sela Otieno-Brandt said 14 routes had opened.\n",
     [("Sela Otieno-Brandt", "person", "said", "14 routes had opened")]),
    ("Roads\n\nCabinet Member for Roads and Bridges Femke Adair-Lowe said 30 bridges were repaired.\n",
     [("Femke Adair-Lowe", "person", "said", "30 bridges were repaired")]),
])
def test_a_post_held_in_the_office_before_the_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`Minister in the Presidency Jo Roe`: the person, her surname alone later hers and `She` too."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Crime\n\nAccording to Lerato Vhengani, 15 arrests have been made. In Limpopo, the police are investigating 17"
     " cases and have opened 25 dockets.\n",
     [("Lerato Vhengani", "person", "According to", "15 arrests have been made"),
      ("Lerato Vhengani", "person", "According to", "In Limpopo, the police are investigating 17 cases"),
      ("Lerato Vhengani", "person", "According to", "have opened 25 dockets")]),
    ("Clinic\n\nAccording to Dr Hal Brinsley, the clinic saw 4,000 patients in May. Another 1,200 were seen at home.\n",
     [("Hal Brinsley", "person", "According to", "the clinic saw 4,000 patients in May"),
      ("Hal Brinsley", "person", "According to", "Another 1,200 were seen at home")]),
    ("Harvest\n\nAccording to the grower Tamsin Achebe, yields rose 12 per cent. Exports reached 3,400 tonnes in"
     " June.\n",
     [("Tamsin Achebe", "person", "According to", "yields rose 12 per cent"),
      ("Tamsin Achebe", "person", "According to", "Exports reached 3,400 tonnes in June")]),
])
def test_figures_go_on_after_according_to_a_person(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`According to Jo Roe, A. B.` where B is a sentence of figures with no cue: B is hers too."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Clubs\n\nHalf of rural clubs have raised their fees, a summit heard today. The Spoke\u2019s Annual Summit also"
     " heard that a survey of 180 clubs shows that falling grants are hurting smaller clubs.\nThe survey conducted by"
     " The Spoke, a network of 400 clubs, found that 58% of the clubs have lost members.\n",
     [("Spoke", "organisation", "shows that", "falling grants are hurting smaller clubs"),
      ("Spoke", "organisation", "found that", "58% of the clubs have lost members")]),
    ("Rents\n\nA study published by The Ledger found that rents rose 9% in a year. The Ledger said 1 in 4 tenants had"
     " moved.\n",
     [("Ledger", "organisation", "found that", "rents rose 9% in a year"),
      ("Ledger", "organisation", "said", "1 in 4 tenants had moved")]),
    ("Sleeping rough\n\nA count carried out by The Anchor, a homelessness charity, found 300 people sleeping rough in"
     " March.\n",
     [("Anchor", "organisation", "found", "found 300 people sleeping rough in March")]),
])
def test_a_one_word_name_with_its_capital_article(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`by The Spoke`: a body, its survey and its summit its own, never a document or a place read before."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ruling\n\nPorts and Harbours Minister Dean Okafor has welcomed the ruling.\n\n\u201cWe have taken a decisive"
     " step,\u201d the Minister said on Friday.\n\nThe Minister also stressed that the ruling will save \u00a32m a"
     " year.\n",
     [("Dean Okafor", "person", "said", "We have taken a decisive step"),
      ("Dean Okafor", "person", "stressed that", "the ruling will save \u00a32m a year")]),
    ("Visit\n\nHealth Secretary Dean Whitcombe visited the ward. The secretary said 14 beds had opened.\n",
     [("Dean Whitcombe", "person", "said", "14 beds had opened")]),
    ("Budget\n\nCouncillor Earl Briggs said the council had cut waiting lists.\n\nThe councillor said 400 homes were"
     " now warm.\n",
     [("Earl Briggs", "person", "said", "the council had cut waiting lists"),
      ("Earl Briggs", "person", "said", "400 homes were now warm")]),
])
def test_a_given_name_that_is_also_a_post(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`Minister Dean Okafor`: a minister called Dean, whom `the Minister` means later."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rates\n\nThe St. Kilda Post-Herald (http://bit.ly/2xYzQ1 ) reports that Kelvin Gas Co. has asked regulators to"
     " approve an increase of $3.70 a month.\n",
     [("St. Kilda Post-Herald", "organisation", "reports that",
       "Kelvin Gas Co. has asked regulators to approve an increase of $3.70 a month")]),
    ("Schools\n\nA report in the St. Ives Post-Gazette says that 12 schools will close.\n",
     [("St. Ives Post-Gazette", "organisation", "says that", "12 schools will close")]),
    ("Fares\n\nThe Harbury Times-Courier said bus fares would rise by 8 per cent in June.\n",
     [("Harbury Times-Courier", "organisation", "said", "bus fares would rise by 8 per cent in June")]),
    ("Guard\n\nJo Okonkwo-Brandt said 40 bridges were damaged.\n",
     [("Jo Okonkwo-Brandt", "person", "said", "40 bridges were damaged")]),
])
def test_a_paper_named_by_two_heads_joined(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`Post-Herald`, `Times-Courier`: a newspaper's name; a hyphenated surname stays a person's."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Corrections\n\nReaders asked why the Courier reported a claim by Fenwick Water that 98% of pipes were new.\n",
     [("Fenwick Water", "organisation", "claim that", "98% of pipes were new")]),
    ("Buses\n\nThe Harbury Times-Courier reported a claim by Dalby Buses that 9 in 10 buses ran on time.\n",
     [("Dalby Buses", "organisation", "claim that", "9 in 10 buses ran on time")]),
    ("Ferries\n\nThe bulletin reported the finding from the Ferry Users Forum that 1 in 5 sailings was late.\n",
     [("Ferry Users Forum", "organisation", "finding that", "1 in 5 sailings was late")]),
])
def test_a_claim_by_another_that_a_paper_reports(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`reported a claim by X that A`: A is X's claim, the paper only passes it on."""
    assert cued_rows(text) == expected


# Wave 66x: a finding's owner is read by the one capitalised-run pattern (`words.NAME_RUN`) after an optional `the`;
# pinned at its edges.
@pytest.mark.parametrize(("words", "owner"), [
    ("notes the Tarn Committee's finding that costs rose", "the Tarn Committee"),
    ("disputes the Office for Ports and Rail's claim that costs rose", "the Office for Ports and Rail"),
    ("notes the Audit and Risk Committee's finding that costs rose", "the Audit and Risk Committee"),
    ("notes the regulator's finding that costs rose", "the regulator"),
    ("accepts the Kelby\nTrust's finding that costs rose", None),  # one line only
])
def test_a_findings_owner_is_a_name_run(words: str, owner: str | None) -> None:
    match = NOTED_FINDING_RE.match(words)
    assert (match.group("owner") if match is not None else None) == owner


@pytest.mark.parametrize(("words", "owner"), [
    ("reported a claim by Office for Ports and Rail that costs rose", "Office for Ports and Rail"),
    ("disputes the finding from the Tarn Committee that costs rose", "the Tarn Committee"),
])
def test_a_claims_owner_after_by_is_a_name_run(words: str, owner: str) -> None:
    match = CLAIM_BY_RE.match(words)
    assert match is not None and match.group("owner") == owner
