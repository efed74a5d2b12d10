"""Sentences (claims/extract/attribution/sentences.py): `attribute_sentences` reads each sentence of a block outside
its quoted speech, in text order, and gives each claim to its party. Round 61m2 (mutation of the core reader): each
case is a short text in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, cue, quote) rows."""
import pytest

from tests.extract_rows import clear_extract_caches, cued_rows


@pytest.fixture(autouse=True)
def cold_caches() -> None:
    """Start each case from empty caches: a mutant run forked from a warm process must not read earlier answers."""
    clear_extract_caches()


@pytest.mark.parametrize("text, expected", [
    ("Kelby Borough Council said the Marsh Lane bridge would reopen in May.",
     [("Kelby Borough Council", "organisation", "said", "the Marsh Lane bridge would reopen in May")]),
    # two sentences, each its own cue and speaker, in text order
    ("Tarnby Rail said fares would rise. Kelby Borough Council said the Marsh Lane bridge would close in June.",
     [("Tarnby Rail", "organisation", "said", "fares would rise"),
      ("Kelby Borough Council", "organisation", "said", "the Marsh Lane bridge would close in June")]),
    # `It` in the next sentence is the party that spoke in the sentence before
    ("Kelby Borough Council said the bridge would reopen in May. It added that the road would close in June.",
     [("Kelby Borough Council", "organisation", "said", "the bridge would reopen in May"),
      ("Kelby Borough Council", "organisation", "added that", "the road would close in June")]),
])
def test_each_sentence_gives_its_claims_to_its_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text", [
    "Tarnby Rail runs the Vale line.\n\nIt said fares would rise by 8% in March.",
    "Tarnby Rail runs the Vale line. It said fares would rise by 8% in March.",
    "Tarnby Rail to raise fares\n\nIt said fares would rise by 8% in March.",
])
def test_a_block_with_no_cue_still_names_the_party_a_later_it_means(text: str) -> None:
    """A paragraph, a sentence or a headline with no cue claims nothing, but the body it opens on is the `It` after."""
    assert cued_rows(text) == [("Tarnby Rail", "organisation", "said", "fares would rise by 8% in March")]


def test_a_writers_line_names_no_party_for_a_later_it() -> None:
    assert cued_rows("Kelby Echo reporter\n\nIt said fares would rise by 8% in March.") == [
        ("it", "unresolved", "said", "fares would rise by 8% in March")]


def test_text_with_no_cue_claims_nothing() -> None:
    assert cued_rows("The Vale line is old. It was built in 1902.") == []


def test_a_quoted_sentence_after_a_colon_is_the_speakers_and_the_next_sentence_reads_on() -> None:
    assert cued_rows('Ada Quist said: "The deck is new. The rails are new." She said the bridge was safe.') == [
        ("Ada Quist", "person", "said:", "The deck is new."),
        ("Ada Quist", "person", "said:", "The rails are new."),
        ("Ada Quist", "person", "said", "the bridge was safe")]


def test_a_quotation_opened_after_that_goes_on_past_its_first_sentence() -> None:
    """The quotation's later sentence is the cue's speaker's, read once; the sentence after its close claims nothing."""
    assert cued_rows("Ada Quist, the chair of Kelby Borough Council, said the bridge was safe. She added that \u201cthe "
                     "deck is new. The rails are new and the lights work.\u201d The bridge opens on Monday.") == [
        ("Ada Quist", "person", "said", "the bridge was safe"),
        ("Ada Quist", "person", "added that", "\u201cthe deck is new"),
        ("Ada Quist", "person", "quotation continues", "The rails are new and the lights work.")]


def test_a_response_frame_gives_the_figures_to_their_owner_and_the_words_to_the_speaker() -> None:
    assert cued_rows("Responding to Kelby Borough Council figures which show that 40 bridges are unsafe, Ada Quist "
                     "said: \"We will mend every one of them.\"") == [
        ("Kelby Borough Council", "organisation", "which show that", "40 bridges are unsafe"),
        ("Ada Quist", "person", "said:", "We will mend every one of them.")]


def test_a_statement_framed_on_a_report_gives_the_finding_to_the_report() -> None:
    assert cued_rows("Tarnby Rail released the following statement on the report, which showed fares rose by 8% last "
                     "year:\n\n\"We are sorry for the delays on our trains.\"") == [
        ("the report", "document", "which showed", "fares rose by 8% last year")]


def test_a_second_party_with_its_own_cue_claims_its_own_clause() -> None:
    assert cued_rows("Ministers promised new trains for the Vale line, but last month Tarnby Rail said that the order "
                     "was cancelled.") == [
        ("Ministers", "unresolved", "promised", "promised new trains for the Vale line"),
        ("Tarnby Rail", "organisation", "said that", "the order was cancelled")]


def test_a_source_named_after_its_claim_takes_the_sentence_before() -> None:
    assert cued_rows("Fares rose by 8% last year on the Vale line. That's according to Tarnby Rail.") == [
        ("Tarnby Rail", "organisation", "according to", "Fares rose by 8% last year on the Vale line")]


def test_a_continuing_sentence_goes_on_with_the_speaker_before() -> None:
    assert cued_rows("Tarnby Rail said fares would rise by 8% in March. These included rises on the Vale line that "
                     "the board could not explain.") == [
        ("Tarnby Rail", "organisation", "said", "fares would rise by 8% in March"),
        ("Tarnby Rail", "organisation", "These included", "rises on the Vale line that the board could not explain")]


def test_a_continuing_sentence_with_no_speaker_before_claims_nothing() -> None:
    assert cued_rows("The figures for Kelby were poor. These included rises on the Vale line that the board could not "
                     "explain.") == []


def test_a_statement_a_party_gave_speaks_for_it_later() -> None:
    assert cued_rows("Tarnby Rail said in a statement that fares would rise by 8%.\n\nThe statement said the Vale line "
                     "would close in May.") == [
        ("Tarnby Rail", "organisation", "said in a statement that", "fares would rise by 8%"),
        ("Tarnby Rail", "organisation", "said", "the Vale line would close in May")]


def test_a_continuing_paragraph_goes_on_with_the_last_speaker_of_the_paragraph_before() -> None:
    assert cued_rows("Tarnby Rail said fares would rise by 8% in March.\n\nThese included rises on the Vale line that "
                     "the board could not explain.") == [
        ("Tarnby Rail", "organisation", "said", "fares would rise by 8% in March"),
        ("Tarnby Rail", "organisation", "These included", "rises on the Vale line that the board could not explain")]


def test_a_headline_cue_claims_nothing_but_names_the_body_the_company_means() -> None:
    assert cued_rows("Tarnby Rail says fares will rise\n\nThe company said the Vale line would close in May.") == [
        ("Tarnby Rail", "organisation", "said", "the Vale line would close in May")]


def test_a_quotation_after_its_cue_goes_on_in_the_next_quoted_sentence() -> None:
    assert cued_rows('"The deck is new," Ada Quist said. "The rails are new."') == [
        ("Ada Quist", "person", "said", "The deck is new"),
        ("Ada Quist", "person", "quotation continues", "The rails are new.")]


def test_a_quotation_opened_after_that_in_the_first_sentence_keeps_its_cue() -> None:
    """The quotation's later sentences go in before the cue's own row, never over it, when it is the only row yet."""
    assert cued_rows('Ada Quist said that "the deck is new. The rails are new."') == [
        ("Ada Quist", "person", "said that", '"the deck is new'),
        ("Ada Quist", "person", "quotation continues", "The rails are new.")]


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        'Tarnby Rail took the opposite view, saying fares had risen by 8% in March.',
        [('Tarnby Rail', 'organisation', 'saying',
          'fares had risen by 8% in March')],
        id='speaking-participle'),
    pytest.param(
        'The Dorrow Schools Board presented its budget on Monday, projecting revenue of $48.2 million against '
        'spending of $59.6 million.',
        [('Dorrow Schools Board', 'organisation', 'projecting',
          'projecting revenue of $48.2 million against spending of $59.6 million')],
        id='forecast-participle'),
    pytest.param(
        'The Vale Canal Trust put the likely cost of the repair at between £1.4m and £2m.',
        [('Vale Canal Trust', 'organisation', 'put',
          'put the likely cost of the repair at between £1.4m and £2m')],
        id='put-at'),
    pytest.param(
        'The Kestrel Port Authority reminded riders that the north quay will close for repairs in May.',
        [('Kestrel Port Authority', 'organisation', 'reminded riders that',
          'the north quay will close for repairs in May')],
        id='informed-that'),
    pytest.param(
        'Quillon Foods kept its guidance of full-year revenue between £820m and £840m.',
        [('Quillon Foods', 'organisation', 'kept',
          'kept its guidance of full-year revenue between £820m and £840m')],
        id='guidance-move'),
    pytest.param(
        'Ofrail made nine recommendations, including a new timetable.',
        [('Ofrail', 'organisation', 'made nine recommendations, including',
          'made nine recommendations, including a new timetable')],
        id='recommendations'),
    pytest.param(
        'Rail fares rose 4.9% in March. These figures come from the Rail Data Office, which publishes them monthly.',
        [('Rail Data Office', 'organisation', 'figures come from',
          'Rail fares rose 4.9% in March')],
        id='points-back'),
    pytest.param(
        'Kestle Motors recalled 900 vans on discovering that a fuel pipe can crack.',
        [('Kestle Motors', 'organisation', 'on discovering',
          'a fuel pipe can crack')],
        id='finding-after'),
    pytest.param(
        'Jo Roe called the plan “a reckless gamble”.',
        [('Jo Roe', 'person', 'called',
          'the plan “a reckless gamble”')],
        id='characterisation'),
    pytest.param(
        'Wendlow Council has published the list of 140 streets it will repave this year, in what it describes as '
        'the largest programme of its kind since 2010.',
        [('Wendlow Council', 'organisation', 'describes as',
          'the largest programme of its kind since 2010')],
        id='described-relative'),
    pytest.param(
        'The Kestrel Water Ombudsman upheld 40 complaints this year.',
        [('Kestrel Water Ombudsman', 'inspectorate', 'upheld 40 complaints',
          'upheld 40 complaints this year')],
        id='ruling-act'),
    pytest.param(
        'Ann Crewe accused the trust of cutting 40 seats.',
        [('Ann Crewe', 'person', 'accused',
          'the trust of cutting 40 seats')],
        id='accusation'),
    pytest.param(
        'The correct figure, supplied by the trust, is 140.',
        [('the trust', 'unresolved', 'supplied by',
          'The correct figure, supplied by the trust, is 140')],
        id='set-off-source'),
    pytest.param(
        'The club welcomed assurances from Corran Borough Council that the pitch would be resurfaced by May.',
        [('Corran Borough Council', 'organisation', 'assurances from',
          'the pitch would be resurfaced by May')],
        id='pledge-from'),
    pytest.param(
        'Pellow Carers Network surveyed 640 unpaid carers in the spring.\n\nCarers also agreed that the new day '
        'centre had made a difference, with 73 per cent of respondents agreeing.',
        [('Pellow Carers Network', 'organisation', 'agreeing',
          'Carers also agreed that the new day centre had made a difference, with 73 per cent of respondents '
          'agreeing')],
        id='with-share'),
    pytest.param(
        "Kestley Bakers' Federation has carried out its autumn survey among bakery owners.\n\n31% managed to keep "
        'all their staff.',
        [("Kestley Bakers' Federation", 'organisation', 'managed',
          '31% managed to keep all their staff')],
        id='share-finding'),
    pytest.param(
        "The Dorrow Port Agency's assessment is that the risk of flooding is low.",
        [('Dorrow Port Agency', 'organisation', 'assessment is that',
          'the risk of flooding is low')],
        id='view-of'),
    pytest.param(
        'Fares will rise by 8% in March, with Tarnby Rail saying that costs had doubled.',
        [('Tarnby Rail', 'organisation', 'saying that',
          'costs had doubled')],
        id='with-frame'),
    pytest.param(
        'Tarnby Rail said it had a good year.\n\nThe changes included a new timetable for the Vale line and a '
        'ticket office in every town.',
        [('Tarnby Rail', 'organisation', 'said',
          'it had a good year'),
         ('Tarnby Rail', 'organisation', 'The changes included',
          'a new timetable for the Vale line'),
         ('Tarnby Rail', 'organisation', 'The changes included',
          'a ticket office in every town')],
        id='inline-lead-in'),
    pytest.param(
        'Quotes attributable to Minister for Ports, Idris Fenwick:\n\n"We will dredge the channel in June."',
        [('Idris Fenwick', 'person', 'quotation continues',
          'We will dredge the channel in June.')],
        id='colon-lead'),
])
def test_a_block_with_no_reporting_verb_is_read_when_one_shape_may_hold_a_claim(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 62m2: each block's only sign of a claim is one shape's cheap test (a participle, `put X at`, `reminded X
    that`, a guidance move, recommendations, figures pointing back, a finding, a characterisation, a described
    relative, a ruling's act, an accusation, a set-off source, a pledge, a survey's share, a view, a `with` frame, a
    lead-in without a colon, a colon): the block is read, never skipped as cue-less."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        'The union Unifo said staff would strike in May.',
        [('Unifo', 'organisation', 'said',
          'staff would strike in May')],
        id='appositive-name'),
    pytest.param(
        'The Kelby Water Authority (KWA) said bills would rise.\n\nThe KWA added that pipes would be replaced.',
        [('Kelby Water Authority', 'organisation', 'said',
          'bills would rise'),
         ('Kelby Water Authority', 'organisation', 'added that',
          'pipes would be replaced')],
        id='acronym'),
    pytest.param(
        'DECISION OF THE HALLOWAY RACING PANEL\n\nWe consider the rider careless.',
        [('HALLOWAY RACING PANEL', 'organisation', 'consider',
          'We consider the rider careless')],
        id='ruling-writer'),
    pytest.param(
        'Ada Quist said the bridge was safe. She added that “the deck is new. Engineers said the rails are new.” '
        'Tarnby Rail said fares would rise.',
        [('Ada Quist', 'person', 'said',
          'the bridge was safe'),
         ('Ada Quist', 'person', 'added that',
          '“the deck is new'),
         ('Ada Quist', 'person', 'quotation continues',
          'Engineers said the rails are new.'),
         ('Tarnby Rail', 'organisation', 'said',
          'fares would rise')],
        id='quotation-with-its-own-cue'),
    pytest.param(
        'Tarnby Rail said fares would rise. These included rises that auditors could not find.',
        [('Tarnby Rail', 'organisation', 'said',
          'fares would rise'),
         ('Tarnby Rail', 'organisation', 'These included',
          'rises that auditors could not find')],
        id='included-claiming-nothing'),
    pytest.param(
        'REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE\n\nMira Tolle for the Kelby Relief Office (KRO) said 900 '
        'people had left their homes. The latest figures showed 400 homes under water.',
        [('Mira Tolle', 'person', 'said',
          '900 people had left their homes'),
         ('Mira Tolle', 'person', 'showed',
          '400 homes under water')],
        id='briefing-turn'),
    pytest.param(
        'Responding to Kelby Borough Council figures which show that 40 bridges are unsafe, Ada Quist said every '
        'one would be mended.',
        [('Kelby Borough Council', 'organisation', 'which show that',
          '40 bridges are unsafe'),
         ('Ada Quist', 'person', 'said',
          'every one would be mended')],
        id='response-frame-reported'),
    pytest.param(
        'Kelby Vale Homes\n\nPress release\n\nRepairs update for Orle Court\n\nWe have agreed to refund the service '
        'charges in full.',
        [('Kelby Vale Homes', 'organisation', 'issued the release',
          'We have agreed to refund the service charges in full')],
        id='own-act'),
    pytest.param(
        'Tarnby Lifeboats said it planted 4,000 trees last year. That figure was a record for the charity.',
        [('Tarnby Lifeboats', 'organisation', 'said',
          'it planted 4,000 trees last year'),
         ('Tarnby Lifeboats', 'organisation', 'said',
          'That figure was a record for the charity')],
        id='figures-go-on'),
    pytest.param(
        'Councillor Maren Tolle said the council had answered 58% of repair requests. The backlog Ms Tolle '
        'inherited had fallen from 310 to 96.',
        [('Maren Tolle', 'person', 'said',
          'the council had answered 58% of repair requests'),
         ('Maren Tolle', 'person', 'said',
          'The backlog Ms Tolle inherited had fallen from 310 to 96')],
        id='report-goes-on'),
    pytest.param(
        'Library row\n\nFriends of Orle Library said the branch was busy. Ann Vesk has accused the trust of cutting '
        '40 seats.',
        [('Friends of Orle Library', 'organisation', 'said',
          'the branch was busy'),
         ('Ann Vesk', 'person', 'accused',
          'the trust of cutting 40 seats')],
        id='person-takes-side'),
    pytest.param(
        'REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE\n\nMira Tolle for the Kelby Relief Office (KRO) said 900 '
        'people had left their homes. Shelters in the capital were full.',
        [('Mira Tolle', 'person', 'said',
          '900 people had left their homes'),
         ('Mira Tolle', 'person', 'said',
          'Shelters in the capital were full')],
        id='turn-goes-on'),

])
def test_a_blocks_names_rulings_quotations_and_turns_are_read_in_order(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 62m2: a body's name given in an apposition or as letters in brackets (registered before the sentences
    are read), a ruling's first person with no reporting verb under its heading, a quotation after `that` whose later
    sentence holds a cue of its own (read with the first cue, once) and a cued sentence after it, a continuing sentence
    whose own cue claims nothing, figures a spokesperson reads out in her briefing turn; and each later reader of a
    sentence with no cue of its own: a response frame's reported words, a release's own act, a figure pointed back
    at, a report going on, a person taking a side, a briefing turn going on."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Tarnby Rail said fares would rise. Ada Quist said the trains were late. Kelby Borough Council said the bridge "
        "would reopen in May. It plans to close the road in June.",
        [("Tarnby Rail", "organisation", "said", "fares would rise"),
         ("Ada Quist", "person", "said", "the trains were late"),
         ("Kelby Borough Council", "organisation", "said", "the bridge would reopen in May"),
         ("Kelby Borough Council", "organisation", "said", "It plans to close the road in June")],
        id="own-act-after-the-last-of-three"),
    pytest.param(
        "Ada Quist said the trains were late. Kelby Borough Council said the bridge would reopen in May. It plans to "
        "close the road in June.",
        [("Ada Quist", "person", "said", "the trains were late"),
         ("Kelby Borough Council", "organisation", "said", "the bridge would reopen in May"),
         ("Kelby Borough Council", "organisation", "said", "It plans to close the road in June")],
        id="own-act-of-the-body-not-the-person-before-it"),
    pytest.param(
        "Kelby Borough Council said the bridge would reopen in May. It plans to \u201cmend every rail\u201d by June.",
        [("Kelby Borough Council", "organisation", "said", "the bridge would reopen in May"),
         ("Kelby Borough Council", "organisation", "said", "It plans to \u201cmend every rail\u201d by June")],
        id="own-act-holding-a-quotation"),
    pytest.param(
        "Complaints to the Kelby Housing Board rose last year, according to the board's annual report.\n\nThe board "
        "received 287 complaints, which it called \u201ca record\u201d, up from 241.",
        [("Kelby Housing Board", "organisation", "according to", "Complaints to the Kelby Housing Board rose last year"),
         ("Kelby Housing Board", "organisation", "according to",
          "The board received 287 complaints, which it called \u201ca record\u201d, up from 241")],
        id="source-goes-on-into-the-next-paragraph"),
    pytest.param(
        "Complaints to the Kelby Housing Board rose last year, according to the board's annual report.\n\nAda Quist "
        "said rents were too high. The board received 287 complaints, up from 241.",
        [("Kelby Housing Board", "organisation", "according to", "Complaints to the Kelby Housing Board rose last year"),
         ("Ada Quist", "person", "said", "rents were too high")],
        id="source-goes-on-only-into-a-paragraphs-first-sentence"),
    pytest.param(
        "The rise follows figures from the Kelby Housing Board showing that rents rose by \u201cat least\u201d 8% last "
        "year.",
        [("Kelby Housing Board", "organisation", "showing that", "rents rose by \u201cat least\u201d 8% last year")],
        id="document-participle-holding-a-quotation"),
    pytest.param(
        "When Tarnby Rail said fares would rise by \u201c8%\u201d, Ada Quist said the rise was unfair.",
        [("Tarnby Rail", "organisation", "said", "fares would rise by \u201c8%\u201d"),
         ("Ada Quist", "person", "said", "the rise was unfair")],
        id="main-clause-speaker-after-a-quotation"),
    pytest.param(
        "Fares will rise, figures show, but the union says that the rise is \u201cunfair\u201d.",
        [("figures", "document", "show", "Fares will rise"),
         ("the union", "unresolved", "says that", "the rise is \u201cunfair\u201d")],
        id="aside-tail-holding-a-quotation"),
    pytest.param(
        "Kelby Borough Council notes the Care Office's finding that \u201cstaff were stretched\u201d in May.",
        [("Care Office", "organisation", "finding that", "\u201cstaff were stretched\u201d in May")],
        id="noted-finding-holding-a-quotation"),
    pytest.param(
        "Tarnby's rail agency, Kelvar, said fares would rise. It added that trains would be late.",
        [("Kelvar", "organisation", "said", "fares would rise"),
         ("Kelvar", "organisation", "added that", "trains would be late")],
        id="owned-apposition-registered"),
    pytest.param(
        "Fares to rise\n\nBy Ada Quist\n\nShe said fares would rise by 8% in March.",
        [],
        id="a-bylines-writer-is-no-later-she"),
    pytest.param(
        'Kelby Pet Foods Ltd is recalling its chews.\n\n"We stopped the line at once," said Ada Quist, president of '
        'Kelby Pet. "Our tests found the bacteria in three samples."\n\nNo dogs have fallen ill, the company said.',
        [("Ada Quist", "person", "said", "We stopped the line at once"),
         ("Ada Quist", "person", "quotation continues", "Our tests found the bacteria in three samples."),
         ("Kelby Pet", "organisation", "said", "No dogs have fallen ill")],
        id="a-sentence-opening-in-one-quotation-and-closing-before-another-is-read"),
    pytest.param(
        "The meeting heard that fares would \u201csoar\u201d in May.",
        [("the meeting", "unresolved", "heard", "fares would \u201csoar\u201d in May")],
        id="audience-heard-a-quotation"),
    pytest.param(
        "Kelby Borough Council said it had mended 40 bridges.\n\nOf these:\n\n- 12 are in Ardlow",
        [("Kelby Borough Council", "organisation", "said", "it had mended 40 bridges"),
         ("Kelby Borough Council", "organisation", "Of these:", "12 are in Ardlow")],
        id="continuing-lead-in-after-the-claim-before"),
    pytest.param(
        "Tarnby Motors is recalling about 4,000 vans because a seat can come loose, according to papers posted on "
        "Monday by the Kelby Road Safety Office.\n\nThe recall covers vans built at the firm's works in Ardlow in 2024 "
        "and 2025. Tarnby Motors said in a filing that a supplier had used the wrong bolts.",
        [("Kelby Road Safety Office", "inspectorate", "according to",
          "Tarnby Motors is recalling about 4,000 vans because a seat can come loose"),
         ("Kelby Road Safety Office", "inspectorate", "according to",
          "The recall covers vans built at the firm's works in Ardlow in 2024 and 2025"),
         ("Tarnby Motors", "organisation", "said in a filing that", "a supplier had used the wrong bolts")],
        id="source-goes-on-from-the-paragraph-before"),
    pytest.param(
        "The union called the fares \u201cunfair\u201d, saying they would hurt the poor.",
        [("the union", "unresolved", "saying", "they would hurt the poor")],
        id="characterised-first-holding-a-quotation"),
    pytest.param(
        "The Kelby Carers Network accused the council of ignoring its own survey and said 400 families had lost a "
        "place.",
        [("Kelby Carers Network", "organisation", "accused", "the council of ignoring its own survey"),
         ("Kelby Carers Network", "organisation", "said", "400 families had lost a place")],
        id="accused-first-then-its-own-cue"),
    pytest.param(
        'Kelby Water Group plc\nResults for the year ended 31 March 2026\n\nKelby Water Group plc ("Kelby Water" or '
        '"the Group") announces its results for the year ended 31 March 2026.\n\nFinancial highlights\n'
        '\u2022 Revenue of \u00a32.4bn, up 7%\n\u2022 Profit of \u00a3684m',
        [("Kelby Water", "organisation", "Financial highlights", "Revenue of \u00a32.4bn, up 7%"),
         ("Kelby Water", "organisation", "Financial highlights", "Profit of \u00a3684m")],
        id="a-headings-colon-lead-in-speaks"),
    pytest.param(
        "Hope for Riders said passengers were still paying too much. The charity said it had surveyed 640 riders.",
        [("Hope for Riders", "organisation", "said", "passengers were still paying too much"),
         ("Hope for Riders", "organisation", "said", "it had surveyed 640 riders")],
        id="a-speakers-kind-noted-for-a-later-charity"),
    pytest.param(
        "Kelby Borough Council leader Ada Quist described the savings as unavoidable.",
        [("Ada Quist", "person", "described", "described the savings as unavoidable")],
        id="plain-characterisation"),
    pytest.param(
        "The Kelby Rail Guild has published guidance on night trains.\n\nThe guidance advises that staff should not "
        "block doors. It states that no train in Kelby has been approved for night use.",
        [("The guidance", "unresolved", "advises that", "staff should not block doors"),
         ("The guidance", "unresolved", "states that", "no train in Kelby has been approved for night use")],
        id="a-documents-voice-noted-for-a-later-it"),
])
def test_each_later_reader_is_given_the_sentence_its_quotations_and_the_claim_before(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 66m: a body's own act after three claims or after a person's (read from the last claim, with the
    quotation it holds), a source going on into the next paragraph's first sentence only, a document's participle,
    a main clause's speaker, an aside's tail and a noted finding each holding a quotation, a body named in apposition
    after its owner's possessive registered before the sentences, a byline's writer who is no later `She`; a sentence
    opening inside one quotation and closing right before another is read for its names (`president of Kelby Pet`),
    an audience that heard a quotation, `Of these:` after a claim, the figures of a paragraph going on from the source
    the paragraph before read, a characterisation and an accusation before their sentence's other cue, a heading's
    colon lead-in (its speaker noted as one that spoke), the kind of a body that spoke noted for `The charity`, a plain characterisation, and a document whose
    words were read noted as the voice of a later `It states`."""
    assert cued_rows(text) == expected
