"""Wave 46a: as UN briefing notes write a spokesperson, `Jo Roe for the High Commissioner for Refugees (UNHCR) said`
is the person; the office after `for`, a post's words that its letters in brackets make a body's, is named for whom
she speaks. The names and sentences are invented for these tests."""
from claims.extract.entities import Mention, find_mentions
from tests.extract_rows import rows


def test_the_person_then_the_office_then_its_letters() -> None:
    text = "Lena Varga for the High Commissioner for Harbours (HCH) said"
    assert find_mentions(text, 0, len(text) - 5) == [
        Mention(0, 10, "Lena Varga", "person"), Mention(19, 49, "High Commissioner for Harbours", "org"),
        Mention(51, 54, "HCH", "org")]


def test_the_spokesperson_speaks() -> None:
    text = "Ruth Okello for the Commissioner for Refugees (CFR) said 2,000 families had been housed."
    assert rows(text) == [("Ruth Okello", "person", "2,000 families had been housed")]


def test_an_envoy_s_spokesperson_speaks() -> None:
    text = "Omar Haddad for the Special Envoy for Rivers (SER) said 14 bridges had been rebuilt since June."
    assert rows(text) == [("Omar Haddad", "person", "14 bridges had been rebuilt since June")]


def test_a_body_s_spokesperson_is_unchanged() -> None:
    text = "Ana Lind for the Bureau for Canals (BFC) said 30 barges a day had passed the locks."
    assert rows(text) == [("Ana Lind", "person", "30 barges a day had passed the locks")]
