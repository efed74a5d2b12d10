"""Wave 47a: who speaks when a sentence opens on a conjunction (`While lenders said ...`) and when a company listed
on two exchanges gives both tickers (`Acme Rail (TSX: ACR) (NYSE: ACRX) said`)."""
from tests.extract_rows import cued_rows

# The quote of a clause a conjunction opens still runs on into the main clause after its comma (a cut of its own, not
# this wave's): the rows below assert it as it is, so that a fix of that cut updates them knowingly.


def test_conjunction_opening_is_no_word_of_the_speaker() -> None:
    text = "Although the bus operators said punctuality had reached 91%, the transport board fined them."
    assert cued_rows(text) == [("the bus operators", "unresolved", "said", "punctuality had reached 91%, the transport board fined them")]


def test_bare_plural_after_conjunction_is_kept_in_its_own_words() -> None:
    text = "Whereas insurers said premiums had fallen by 6%, brokers reported a rise."
    assert cued_rows(text)[0] == ("insurers", "unresolved", "said", "premiums had fallen by 6%, brokers reported a rise")


def test_conjunction_before_a_named_body_gives_the_body() -> None:
    text = ("Pellow Grain Co-operative runs 14 silos in the valley. Though Pellow Grain Co-operative said storage "
            "was full by August, growers kept harvesting.")
    assert cued_rows(text)[0] == ("Pellow Grain Co-operative", "organisation", "said", "storage was full by August, growers kept harvesting")


def test_pronoun_after_conjunction_is_left_as_before() -> None:
    text = "Marla Quenby chairs the Tevington Allotment Society. When she said the plots had doubled to 80, members cheered."
    assert cued_rows(text)[0] == ("Marla Quenby", "person", "said", "the plots had doubled to 80, members cheered")


def test_second_ticker_bracket_names_the_company() -> None:
    text = "HALIFAX, June 3 – Orrin Ferries (TSX: ORF) (NYSE: ORFX) said today it carried 212,000 passengers in May."
    assert cued_rows(text) == [("Orrin Ferries", "organisation", "said", "it carried 212,000 passengers in May")]


def test_ticker_on_an_african_exchange_names_the_company() -> None:
    text = "Kuvela Breweries Plc (NGX: KUVELA) said its revenue rose 31% to N88 billion in the half year."
    assert cued_rows(text) == [("Kuvela Breweries Plc", "organisation", "said",
                                "its revenue rose 31% to N88 billion in the half year")]


def test_three_tickers_name_one_company() -> None:
    text = "Selbrook Metals Ltd (ASX: SBM) (LSE: SBML) (OTCQX: SBMTF) announced that copper output rose 12%."
    assert cued_rows(text) == [("Selbrook Metals Ltd", "organisation", "announced that", "copper output rose 12%")]


def test_occasion_name_is_no_person_a_pronoun_means() -> None:
    text = ("Deputy Warden Imelda R. Castor said reef patrols had doubled to 40 boats.\n\n"
            "Ms. Castor was speaking to mark Coral Triangle Day at the Lingayen Marine Centre.\n\n"
            "She said a bill pending in the Senate would raise fines tenfold.")
    assert cued_rows(text) == [
        ("Imelda R. Castor", "person", "said", "reef patrols had doubled to 40 boats"),
        ("Imelda R. Castor", "person", "said", "a bill pending in the Senate would raise fines tenfold"),
    ]


def test_section_heading_is_no_person_a_pronoun_means() -> None:
    text = ("Main Story\n\nGovernor Tadeo Ruhl of the Varna Reserve Bank said reserves rose to $9 billion.\n\n"
            "Front Page Highlights\n\nHe said the bank had cut its policy rate twice this year.")
    assert cued_rows(text) == [
        ("Tadeo Ruhl", "person", "said", "reserves rose to $9 billion"),
        ("Tadeo Ruhl", "person", "said", "the bank had cut its policy rate twice this year"),
    ]


def test_quote_then_person_post_and_employer_set_off_by_commas() -> None:
    text = ("Kestrel Mills reported results on Friday.\n\n"
            "\"Orders rose 12% in the half,\" Anwen Pryce-Tudor, Chief Operating Officer, Kestrel Mills Ltd, said.")
    assert cued_rows(text) == [
        ("Anwen Pryce-Tudor", "person", "said", "Orders rose 12% in the half"),
    ]


def test_quote_then_person_and_post_to_a_body() -> None:
    text = ("Orrin Park Trust on Monday reported a 6 per cent rise in rental income. \"We let 400,000 square feet in "
            "the quarter,\" Devika Ramnath, Chief Executive, Orrin Asset Advisers Pvt Ltd, Adviser to Orrin Park "
            "Trust said.")
    assert cued_rows(text)[-1] == ("Devika Ramnath", "person", "said", "We let 400,000 square feet in the quarter")


def test_post_then_holder_with_romanised_given_name() -> None:
    text = "The Secretary for Harbour Affairs, Mr Tsang Wing-kei, said, \"The port handled 1.2 million containers.\""
    assert cued_rows(text) == [("Tsang Wing-kei", "person", "said,", "The port handled 1.2 million containers.")]


def test_romanised_given_name_without_honorific_is_a_person() -> None:
    text = "Kim Min-seo, director of the Ulsan Harbour Board, said cargo volumes rose 7% to 41 million tonnes."
    assert cued_rows(text) == [("Kim Min-seo", "person", "said", "cargo volumes rose 7% to 41 million tonnes")]


def test_hyphenated_common_word_stays_no_given_name() -> None:
    text = "Tarrow Co-op said its members saved £2.1 million in the year."
    assert cued_rows(text) == [("Tarrow Co-op", "organisation", "said", "its members saved £2.1 million in the year")]



# A preposition that is also a conjunction (`After`, `Before`, `Since`, `Until`) opening a phrase closed by a comma
# (`After the report, Dr X told`) is no clause: the speaker follows the comma, never the document in the phrase.
def test_preposition_phrase_closed_by_a_comma_leaves_the_person_after_it() -> None:
    text = "After the report, Dr Anwen Sollis told the board the ward would reopen in May."
    assert cued_rows(text) == [("Anwen Sollis", "person", "told", "the ward would reopen in May")]


def test_preposition_phrase_before_a_body_leaves_the_body() -> None:
    text = "Since the audit, Tolvey Savings Bank told customers it had closed 12 branches."
    assert cued_rows(text) == [("Tolvey Savings Bank", "organisation", "told", "it had closed 12 branches")]
