"""Wave 43l: a company's trade set before its name as a descriptor (`Retailer Brightway said`, `Chipmaker Voltra
warned`, `Budget rival Skyline said`, `Energy supplier Voltmere said`): the descriptor is no part of the name, the
company speaks as an organisation, and a later `the lender`, `the miner` is that company. A title before a person's
name, a known given name after the trade, and a descriptor that is a name's own word stay as they were."""
from tests.extract_rows import cued_rows

ORG = "organisation"


def test_capitalised_trade_opening_a_sentence_is_no_part_of_the_name():
    assert cued_rows("Retailer Brightway said sales fell 3% in the quarter.") == [
        ("Brightway", ORG, "said", "sales fell 3% in the quarter")]
    assert cued_rows("Insurer Ordwell said claims rose 11%.") == [("Ordwell", ORG, "said", "claims rose 11%")]
    assert cued_rows("Housebuilder Castlemore said completions rose 5%.") == [
        ("Castlemore", ORG, "said", "completions rose 5%")]
    assert cued_rows("Broadcaster Tellvane said viewing fell 6%.") == [("Tellvane", ORG, "said", "viewing fell 6%")]


def test_a_coined_trade_is_read_the_same_way():
    assert cued_rows("Chipmaker Voltra warned that revenue would drop 8%.") == [
        ("Voltra", ORG, "warned that", "revenue would drop 8%")]
    assert cued_rows("Drugmaker Pellicor said profits rose 20%.") == [("Pellicor", ORG, "said", "profits rose 20%")]


def test_modifiers_before_the_trade_open_the_sentence():
    assert cued_rows("Budget rival Skyline said its December traffic rose 12%.") == [
        ("Skyline", ORG, "said", "its December traffic rose 12%")]
    assert cued_rows("Energy supplier Voltmere said bills would rise 7%.") == [
        ("Voltmere", ORG, "said", "bills would rise 7%")]


def test_a_later_reference_by_the_trade_is_the_company():
    assert cued_rows("Miner Halvern Resources said output rose 14%. The miner said costs were up.") == [
        ("Halvern Resources", ORG, "said", "output rose 14%"), ("Halvern Resources", ORG, "said", "costs were up")]
    assert cued_rows("Bookmaker Tallyford said bets rose 5%. The bookmaker said 40 shops would close.") == [
        ("Tallyford", ORG, "said", "bets rose 5%"), ("Tallyford", ORG, "said", "40 shops would close")]


def test_a_person_after_a_trade_or_title_stays_a_person():
    assert cued_rows("Miner Dara Quinn said the shift ran for 12 hours.") == [
        ("Dara Quinn", "person", "said", "the shift ran for 12 hours")]
    assert cued_rows("Chief Executive Jo Roe said profits rose 20%.") == [
        ("Jo Roe", "person", "said", "profits rose 20%")]
    assert cued_rows("Economist Jo Roe said growth would slow to 1%.") == [
        ("Jo Roe", "person", "said", "growth would slow to 1%")]


def test_a_descriptor_that_is_a_names_own_word_stays_in_the_name():
    assert cued_rows("Retail Gazette said footfall fell 5%.") == [("Retail Gazette", ORG, "said", "footfall fell 5%")]
    assert cued_rows("The Miners' Federation said 300 jobs were lost.") == [
        ("Miners' Federation", ORG, "said", "300 jobs were lost")]


def test_a_lower_case_brand_is_still_not_read():
    assert cued_rows("flyBright said passengers rose 8%.") == []  # left alone: no run opens on a lower-case letter


def test_an_inverted_cue_names_the_company_after_its_trade():
    assert cued_rows("Sales fell 3% in the quarter, said retailer Brightway.") == [
        ("Brightway", ORG, ", said", "Sales fell 3% in the quarter")]
    assert cued_rows("Passenger numbers rose 9%, said budget rival Skyline.") == [
        ("Skyline", ORG, ", said", "Passenger numbers rose 9%")]


def test_a_known_given_name_after_a_lower_case_trade_is_a_person():
    assert cued_rows("Output rose 14%, said miner Dara Quinn.") == [("Dara Quinn", "person", ", said", "Output rose 14%")]
    assert cued_rows("The pit closed in May. Retired miner Dara Quinn said 40 men lost their jobs.") == [
        ("Dara Quinn", "person", "said", "40 men lost their jobs")]
    assert cued_rows("Costs rose 2%, said property developer Morgan Sindall.") == [
        ("Morgan Sindall", ORG, ", said", "Costs rose 2%")]  # `Morgan` is also a word: the firm, as in wave 22a


# wave 62f: `builder` after its object in lower case (`house builder Marrowby`), the open compound of `housebuilder`,
# maybe after a place's `-based`: the firm speaks, and a later `It said` is the firm.
def test_a_house_builder_is_the_company_after_it():
    assert cued_rows("House builder Marrowby said completions rose 5%.") == [
        ("Marrowby", ORG, "said", "completions rose 5%")]
    assert cued_rows("Kelby-based house builder Marrowby said completions rose 5%. It said its order book grew "
                     "by 12%.") == [
        ("Marrowby", ORG, "said", "completions rose 5%"), ("Marrowby", ORG, "said", "its order book grew by 12%")]
    assert cued_rows("Completions rose 5%, said house builder Marrowby.") == [
        ("Marrowby", ORG, ", said", "Completions rose 5%")]


def test_a_builder_with_a_given_name_stays_a_person():
    assert cued_rows("Builder Dara Quinn said the job took 12 weeks.") == [
        ("Dara Quinn", "person", "said", "the job took 12 weeks")]
