"""Wave 39a: a name a text writes, wherever it stands alone, only as a place (`6 in the Twin Cities`) is never the
company `the company` means, so the one firm named is (`Harlow Bakes Co. will close ..., including 6 in the Twin Cities,
the company said`), and the place never passes that reference on to a longer name that holds it (`Twin Cities Bakers
United`). A company also written after `at` or `in` keeps its reading wherever it stands alone elsewhere, and a time zone
after a clock time (`9.15am AWST`) is no company to make `the company` ambiguous."""
from tests.extract_rows import cued_rows

CLOSURES = """Harlow Bakes to close 20 bakeries

By Nia Pell, Staff Writer

MINNEAPOLIS - Harlow Bakes Co. will close 20 of its 140 bakeries by the end of May, including 6 in the Twin Cities, \
the company said Friday, the biggest cutback in its history.

The company said same-store sales fell 5.1% in the year to June.

Twin Cities Bakers United, which represents workers at 30 of the bakeries, said it had not been consulted.
"""

WHOLE = ("Harlow Bakes Co. will close 20 of its 140 bakeries by the end of May, including 6 in the Twin Cities, the company "
         "said Friday, the biggest cutback in its history")


def test_a_place_is_not_the_company_the_text_is_about():
    assert cued_rows(CLOSURES) == [
        ("Harlow Bakes Co.", "organisation", "said Friday", WHOLE),
        ("Harlow Bakes Co.", "organisation", "said", "same-store sales fell 5.1% in the year to June"),
        ("Twin Cities Bakers United", "organisation", "said", "it had not been consulted")]


def test_a_place_alone_in_a_sentence_leaves_the_one_firm():
    text = ("MINNEAPOLIS - Harlow Bakes Co. will close 20 of its 140 bakeries by the end of May, including 6 in the Twin "
            "Cities, the company said Friday, the biggest cutback in its history.\n")
    assert cued_rows(text) == [("Harlow Bakes Co.", "organisation", "said Friday", WHOLE)]


def test_two_firms_each_written_alone_keep_their_reading():
    text = "Harlow Bakes Co. will close 20 bakeries, and Dunmore Foods Co. bought 6 of them, the company said Friday.\n"
    assert cued_rows(text) == [("Harlow Bakes Co.", "organisation", "said", "Harlow Bakes Co. will close 20 bakeries"),
                               ("Harlow Bakes Co.", "organisation", "said", "Dunmore Foods Co. bought 6 of them")]


def test_a_firm_written_after_at_and_alone_is_still_a_company():
    text = ("Staff at Harlow Bakes Co. were told on Monday. Harlow Bakes Co. will close 20 bakeries by May, the company "
            "said.\n")
    assert cued_rows(text) == [("Harlow Bakes Co.", "organisation", "said",
                                "Harlow Bakes Co. will close 20 bakeries by May")]


def test_a_time_zone_after_a_clock_time_is_no_company():
    text = ("Tarn Daily | Live coverage | Updated 9.15am AWST, Friday 25 April\n\n"
            "Union members met at the Town Hall on Friday. Harlow Bakes Co. will close 20 bakeries by May, the company "
            "said.\n")
    assert cued_rows(text) == [("Harlow Bakes Co.", "organisation", "said",
                                "Harlow Bakes Co. will close 20 bakeries by May")]
