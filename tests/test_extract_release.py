"""Releases (`claims.extract.release`): the header that makes a text its issuer's, the line that ends it, figures."""
from __future__ import annotations

import pytest

from claims import extract_text
from claims.extract import release
from claims.extract.text import split_blocks


def _is_release(text: str) -> bool:
    """Whether text opens like its issuer's release."""
    return release.is_release(text, split_blocks(text))


@pytest.mark.parametrize("text, expected", [
    ("PRESS RELEASE\nAcme Water cut leaks by 9%.", True),
    ("Acme Water plc\nTrading update for the 6 weeks to 3 January\nSales rose 4%.", True),
    ("- News release\nSales rose 4%.", True),  # a list marker before the marker
    ("TRADING UPDATE - ACME BOX\nSales rose 4%.", True),
    ("Thursday 4 May\nFor immediate use\nAcme Water plc\nMedia release\nSales rose 4%.", True),  # the fourth line
    ("Thursday 4 May\nFor immediate use\nAcme Water plc\nLondon\nMedia release\nSales rose 4%.", False),  # the fifth
    ("Acme Water plc\nEMBARGOED UNTIL 00:01 MONDAY 3 MAY\nSales rose 4%.", True),  # an embargo: only a release has one
    ("Embargo: 09:30 Tuesday 4 May\nSales rose 4%.", True),
    ("NATIONAL AUDIT OFFICE\nPRESS NOTICE\nSales rose 4%.", True),
    ("The embargo on arms sales was lifted in May.\nSales rose 4%.", False),  # a sentence about an embargo
    ("Acme issued a press release.\nSales rose 4%.", False),  # a sentence that mentions one
    ("Is this a press release?\nSales rose 4%.", False),
    ("Press release!\nSales rose 4%.", False),
    ("Picture: Acme Newsroom\nSales rose 4%.", False),  # a caption's credit
    ("Photographs: Acme Newsroom\nSales rose 4%.", False),
    ("Depressed release of gas\nSales rose 4%.", False),  # the marker is a whole word
    ("Sales rose 4%.", False),
])
def test_a_short_header_line_makes_a_text_a_release(text: str, expected: bool) -> None:
    assert _is_release(text) is expected


def test_a_header_line_holds_at_most_90_characters_around_its_spaces() -> None:
    line = "Trading update " + "y" * 75
    assert [len(line), _is_release(line), _is_release("  " + line + "  \nSales."), _is_release(line + "y")] == [
        90, True, True, False]


@pytest.mark.parametrize("line, ends", [
    ("ENDS", True), ("- ends -", True), ("###", True), ("-30-", True), ("-ends-", True), ("  ###  ", True),
    ("Ends.", True), ("ENDS:", True), ("Notes to editors:", True), ("Notes to Editors", True),
    ("Media enquiries: press@acme.example", False), ("Enquiries:", True), ("For more information:", True),
    ("Notes to editors for this release:", True), ("Notes to editors follow below", False),
    ("Ends of the earth were reached.", False), ("Contact us for a quote.", False), ("Endsleigh Road", False),
    ("Sales rose 4%.", False), ("About Acme Water", False), ("About Acme Water:", True), ("##", False),
])
def test_a_release_ends_at_its_closing_line(line: str, ends: bool) -> None:
    assert release.ends_release(line, split_blocks(line)[0]) is ends


def test_ends_release_reads_only_its_own_block() -> None:
    text = "Sales rose 4%.\nENDS\nNotes to editors:\nAcme Water serves 2m people."
    assert [release.ends_release(text, block) for block in split_blocks(text)] == [False, True, True, False]


@pytest.mark.parametrize("sentence, figure", [
    ("Sales rose 4%.", True), ("It spent \u00a36.1m.", True), ("It paid $ 5 each.", True), ("It built 412 new homes.", True),
    ("It rose 4 per cent.", True), ("It rose four percent.", True), ("It made 2.5bn.", True), ("It hired 12,400.", True),
    ("Waits fell from 212 to 187.", True), ("St Ann's (58) led.", True), ("It costs 6.5p.", True), ("GBP612.4m", True),
    ("Five were in breach.", True), ("It broke four or more regulations.", True), ("Three of the centres closed.", True),
    ("Hundreds gathered.", False), ("Hundreds of people gathered.", False), ("It had a good year.", False),
    ("Call 020 7946 0881.", False), ("It opened in 2019.", False), ("two of them", False),
    ("Fourteen people have died.", True), ("Seventeen were in breach.", True), ("Nineteen of the sites closed.", True),
    ("Sixty workers left.", True), ("Five staff left.", True), ("Two children were hurt.", True), ("Ninety new homes were built.", True), ("Eighty or more jobs went.", True),
    ("Fourteenth place.", False), ("Eightieth birthday.", False),
])
def test_a_checkable_figure_is_money_a_share_a_count_or_a_change(sentence: str, figure: bool) -> None:
    assert release.has_figure(sentence, 0, len(sentence)) is figure


# Wave 35f: the count in words reads the package's one list of number words (`vocabulary.NUMBER_WORDS`), so a count of
# a dozen, a hundred, a thousand or a million before its noun is a figure as `Five staff` is; `Hundreds of people`, a
# guess, stays none.
@pytest.mark.parametrize("sentence, figure", [
    ("A dozen staff left.", True), ("Dozens of the stalls closed.", True), ("A hundred homes were built.", True),
    ("A thousand people have signed.", True), ("A million customers were affected.", True),
    ("Millions of people watched.", False), ("Hundreds of people gathered.", False), ("Dozens gathered.", False),
])
def test_a_count_in_words_reads_the_one_list_of_number_words(sentence: str, figure: bool) -> None:
    assert release.has_figure(sentence, 0, len(sentence)) is figure


def test_has_figure_looks_only_between_its_bounds() -> None:
    text = "Sales rose 4%. It had a good year. Five were in breach."
    assert [release.has_figure(text, *span) for span in [(0, 14), (15, 34), (35, len(text)), (15, 40), (2, 12)]] == [
        True, False, True, False, False]


# Round 54m (mutation): which `From:` or `Source:` field names a body and nothing else, on the whole value.
@pytest.mark.parametrize(("line", "body"), [
    ("From: Kelby Borough Council", True),
    ("Source: Kelby Borough Council", True),
    ("Source: Reuters", False),  # a newsroom
    ("From: Kelby Borough Council press@kelby.example", False),  # an address
    ("From: Kelby Borough Council <press office>", False),
    ("From: Jo Roe, Managing Director", False),  # a person
    # Wave 55g: GOV.UK pages name the department, then its minister (`From: Home Office and <name> MP`: p605, p721,
    # p861, p907, all releases); a body named beside a person is that page's field whichever comes first (no real page
    # in development or realcheck65-76 names the person first).
    ("From: Department for Harbours and Jo Roe MP", True),
    ("From: Jo Roe and Kelby Borough Council", True),
])
def test_a_field_naming_a_body_and_nothing_else_makes_a_release(line: str, body: bool) -> None:
    text = line + "\n\nThe council will open 12 new libraries.\n"
    assert release.is_release(text, split_blocks(text)) is body


# wave 57b: a page with no release label is its issuer's own by two signs; one sign alone a news report shows too.
OWN_PAGE = ("Marrowby, 4 May 2031 \u2013 Tarnmoor Water today announced that it had cut leaks by 9% last year.\n\n"
            "The company fixed 4,200 bursts across the region, up from 3,100 in 2030.\n\n"
            "We have also replaced 60 miles of old mains, more than in any year since our founding.\n")
NEWS_PAGE = ("Marrowby, 4 May 2031 \u2013 Tarnmoor Water said it had cut leaks by 9% last year.\n\n"
             "The company fixed 4,200 bursts across the region, up from 3,100 in 2030.\n\n"
             "Campaigners said the figures still lagged behind other firms.\n")


@pytest.mark.parametrize("text, signs", [
    (OWN_PAGE, ["announces", "dateline", "we"]),
    (NEWS_PAGE, ["dateline"]),
    ("Latest news\n\n12 March 2031\n\nThe trust opened 40 beds.\n", ["dated", "section"]),
    ("Media releases\n\nThe trust opened 40 beds.\n", ["section"]),  # the plural of a marker
    ("Kirksville, MO 10/29/21 \u2013 The health department confirmed 10 new cases.\n", ["dateline"]),
    ("The trust opened 40 beds, it said.\n\nMedia enquiries:\n\nJo Roe, 0161 496 0455\n", ["closing"]),
    ("The trust is pleased to announce that it opened 40 beds.\n", ["announces"]),
    ("\u201cWe opened 40 beds this winter and our staff did the rest,\u201d Jo Roe said on Monday.\n", []),  # quoted
    ("Our work\n\nThe trust opened 40 beds.\n", []),  # `our` in a heading, no sentence
    ("The trust opened 40 beds today.\n", []),
], ids=["own-page", "news-page", "dated-section", "plural-marker", "numeric-dateline", "contact", "pleased",
        "quoted-we", "heading-our", "none"])
def test_own_page_signs(text: str, signs: list[str]) -> None:
    assert sorted(release.own_page_signs(text, split_blocks(text))) == signs


@pytest.mark.parametrize("text, expected", [
    (OWN_PAGE, (False, True)),
    (NEWS_PAGE, (False, False)),
    ("By Jo Roe | Courier Desk\n\n" + OWN_PAGE, (False, False)),  # a byline: a writer's report
    ("12 March 2031\n\nWe counted 40 new beds at the trust this winter, more than in any year before.\n",
     (False, False)),  # a date line and a `we`: a newspaper's page shows both
    ("Latest news\n\n12 March 2031\n\nThe trust opened 40 beds.\n", (False, True)),
], ids=["two-signs", "one-sign", "byline", "dated-we", "dated-section"])
def test_two_signs_make_an_unlabelled_page_its_issuers_own(text: str, expected: tuple[bool, bool]) -> None:
    assert (_is_release(text), release.own_page(text, split_blocks(text))) == expected


def test_an_own_page_gives_its_cue_less_figures_to_its_issuer_and_a_news_report_to_nobody() -> None:
    own, news = extract_text(OWN_PAGE), extract_text(NEWS_PAGE)
    assert [list(zip(own["speaker"], own["quote"])), list(zip(news["speaker"], news["quote"]))] == [
        [("Tarnmoor Water", "it had cut leaks by 9% last year"),
         ("Tarnmoor Water", "The company fixed 4,200 bursts across the region, up from 3,100 in 2030"),
         ("Tarnmoor Water", "We have also replaced 60 miles of old mains, more than in any year since our founding")],
        [("Tarnmoor Water", "it had cut leaks by 9% last year"),
         ("Campaigners", "the figures still lagged behind other firms")]]


# wave 58a: a sign no news report shows makes a page its issuer's own alone: an ENDS or contact block below the lead,
# the issuer's news section named at the top, a media contact's line with a telephone number or an address at the top.
CONTACT_PAGE = ("Tarnmoor Water hits its leakage target\n\n"
                "Contact: Jo Roe - (916) 555-0199\n\n"
                "Tarnmoor Water fixed 4,200 bursts across the region last year, up from 3,100 in 2030.\n\n"
                "Rainfall in the region was 12% below the average of the last decade.\n")


@pytest.mark.parametrize("text, signs", [
    (CONTACT_PAGE, ["contact"]),
    ("Media Contact: Jo Roe, news@tarnmoor.example\n\nThe trust opened 40 beds.\n", ["contact"]),  # an address
    ("CONTACT: Jo Roe\n\nThe trust opened 40 beds.\n", []),  # no number, no address
    ("Anyone who saw the crash should contact police on 0161 496 0455.\n\nThe road reopened at 6pm.\n", []),  # an
    # appeal, no field
    ("The trust opened 40 beds.\n\n" * 6 + "Contact: Jo Roe - (916) 555-0199\n", []),  # below the top six
], ids=["phone", "email", "bare-name", "appeal", "below-top"])
def test_a_media_contacts_line_at_the_top_is_a_sign(text: str, signs: list[str]) -> None:
    assert sorted(release.own_page_signs(text, split_blocks(text))) == signs


@pytest.mark.parametrize("text, expected", [
    (CONTACT_PAGE, True),
    ("Media releases\n\nThe trust opened 40 beds.\n", True),  # the issuer's news section
    ("The trust opened 40 beds last winter.\n\nENDS\n\nJo Roe, 0161 496 0455\n", True),  # an end mark
    ("By Jo Roe | Courier Desk\n\n" + CONTACT_PAGE, False),  # a byline: a writer's report
    ("Marrowby, 4 May 2031 \u2013 The trust opened 40 beds.\n", False),  # a dateline: news reports show one too
], ids=["contact", "section", "ends", "byline", "dateline"])
def test_one_sign_no_news_report_shows_makes_a_page_its_issuers_own(text: str, expected: bool) -> None:
    assert release.own_page(text, split_blocks(text)) == expected


def test_a_contact_page_gives_the_issuer_its_own_acts_and_a_news_twin_nobody() -> None:
    own = extract_text(CONTACT_PAGE)
    news = extract_text(CONTACT_PAGE.replace("Contact: Jo Roe - (916) 555-0199\n\n", ""))
    assert [list(zip(own["speaker"], own["quote"])), list(zip(news["speaker"], news["quote"]))] == [
        [("Tarnmoor Water", "Tarnmoor Water fixed 4,200 bursts across the region last year, up from 3,100 in 2030")],
        []]


# wave 59h: a footnote's mark in the text (`on-time*`, `Survey**`) is a sign no news report shows (development and the
# real sets 65-88: 8 pages, all releases); asterisks that open a word too are marking up, no footnote.
FOOTNOTE_PAGE = ("Tarnmoor Water hits its leakage target\n\n"
                 "Statistics show that 88% of bursts* were fixed within a day, up from 71%.\n\n"
                 "Tarnmoor Water fixed 4,200 bursts across the region last year, up from 3,100 in 2030.\n")


@pytest.mark.parametrize("text, signs", [
    (FOOTNOTE_PAGE, ["footnote"]),
    ("The trust opened 40 beds** last winter.\n", ["footnote"]),
    ("The trust opened **40 beds** last winter.\n", []),  # bold: the asterisks open a word too
    ("Beds opened:\n\n* Marrow Ward: 40\n", []),  # a bullet, after no word
    ("The trust opened 40 beds last winter.\n", []),
], ids=["one-mark", "two-marks", "bold", "bullet", "none"])
def test_a_footnotes_mark_is_a_sign(text: str, signs: list[str]) -> None:
    assert sorted(release.own_page_signs(text, split_blocks(text))) == signs


def test_a_footnoted_page_gives_the_issuer_its_bare_statistics_and_a_news_twin_the_document() -> None:
    own = extract_text(FOOTNOTE_PAGE)
    news = extract_text(FOOTNOTE_PAGE.replace("bursts*", "bursts"))
    assert [list(zip(own["speaker"], own["quote"])), list(zip(news["speaker"], news["quote"]))] == [
        [("Tarnmoor Water", "88% of bursts* were fixed within a day, up from 71%"),
         ("Tarnmoor Water", "Tarnmoor Water fixed 4,200 bursts across the region last year, up from 3,100 in 2030")],
        [("statistics", "88% of bursts were fixed within a day, up from 71%")]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kirksville, MO 10/29/21 \u2013 The college has opened a library.", 26),  # a release's place and date
    ("LONDON (Reuters) - The bank raised rates.", 19),  # a wire's (`datelines.dateline_end`)
    ("The college has opened a library.", None),  # no dateline
], ids=["place-and-date", "wire", "none"])
def test_dateline_past_is_where_the_words_begin(text: str, expected: int | None) -> None:
    assert release.dateline_past(text, split_blocks(text)[0]) == expected


# wave 57b's signs are read inside the paragraphs they stand in, and only in the page's top paragraphs (round 58m)
FAR_ANNOUNCEMENT = ("Harbour works will begin in spring across the county's three main ports and piers.\n\nWorks\n\nPorts"
                    "\n\nPiers\n\nBerths\n\nQuays\n\nAcme Ports today announced that we will open two berths in the "
                    "spring season this year.\n")
WE_BEFORE_A_QUOTATION = ("We will open two new berths at the harbour in the spring, the board decided on Monday.\n\n"
                         "\u201cIt is a good day,\u201d said the chair.\n")
SHORT_OWN_PARAGRAPHS = ("Harbour works will begin in spring across the county's three main ports and piers.\n\nOur work\n\n"
                        "We cut waiting times at the harbour by a third over the year\n")  # 60 characters: no sentence


@pytest.mark.parametrize(("text", "expected"), [
    (FAR_ANNOUNCEMENT, frozenset()),  # `today announced` and `we` in the seventh paragraph: past the top
    (WE_BEFORE_A_QUOTATION, frozenset({"we"})),  # the quotation mark stands in the next paragraph
    (SHORT_OWN_PARAGRAPHS, frozenset()),  # `Our work` a heading, the last paragraph 60 characters, not over
])
def test_own_page_signs_are_read_within_their_paragraphs(text: str, expected: frozenset[str]) -> None:
    assert release.own_page_signs(text, split_blocks(text)) == expected


# Round 59m (mutation): two signs neither issuer-only nor the news pair make an own page; a contact field whose
# telephone number or email address stands in a later paragraph is no contact line.
@pytest.mark.parametrize(("text", "signs", "own"), [
    ("The trust is pleased to announce that it opened 40 beds this winter.\n\nWe counted 40 new beds at the trust this "
     "winter, more than in any year before.\n", ["announces", "we"], True),
    ("Tarn Trust news\n\nContact: Jo Roe\n\nThe trust is pleased to announce that it opened 40 beds.\n\n"
     "Media line 0161 496 0455\n", ["announces"], False),
    ("Tarn Trust news\n\nContact: Jo Roe\n\nThe trust is pleased to announce that it opened 40 beds.\n\n"
     "Write to news@tarn.example.org\n", ["announces"], False),
], ids=["two-signs", "number-elsewhere", "email-elsewhere"])
def test_own_page_sign_bounds(text: str, signs: list[str], own: bool) -> None:
    blocks = split_blocks(text)
    assert (sorted(release.own_page_signs(text, blocks)), release.own_page(text, blocks)) == (signs, own)


# Wave 60s: a footnote's mark looked for only in a text holding an asterisk; the answer as before.
@pytest.mark.parametrize("text, expected", [
    ("Trains ran on-time* on 86.3% of days.\n\n* Within five minutes.", True),
    ("Survey** results rose to 21,407*.", True),
    ("Trains ran on time on 86.3% of days.", False),  # no asterisk at all
    ("**Bold** heading\n\nTrains ran on-time* on 86.3% of days.", False),  # the page's own marking up
    ("A sum of 5 * 3 was shown.", False),  # an asterisk after a space marks nothing
    ("", False),
])
def test_footnote_marked(text: str, expected: bool) -> None:
    assert release.footnote_marked(text) is expected


@pytest.mark.parametrize("text", [
    "* a bullet\n* another\n\nTrains ran on-time* on 86.3% of days.", "*", "a*", "**", "x ** y*.", "(21%)* rose",
    "Acme*\tsaid", "Acme*said", "* Note: figures on-time*, late** and cancelled***.", "on-time****. rest",
])
def test_footnote_marked_as_the_search(text: str) -> None:
    assert release.footnote_marked(text) is (release.FOOTNOTE_MARK_RE.search(text) is not None
                                             and release.BOLD_OPENING_RE.search(text) is None)
