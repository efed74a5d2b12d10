"""Name forms of the Commonwealth press (wave 46a): honorifics before a name that are no part of it (Malaysia's
`Tan Sri`, `Datuk Seri`, `Dato' Sri`, `Puan Sri`; India's `Shri`; West Africa's `Alhaji`), company forms after a name
that make it a company's (`Bhd`, `Berhad`, `Pty Ltd`, `Pte Ltd`), and family names with syllables after an apostrophe
in lower case (`Ng'ethe`): one word, never cut at the apostrophe. The names and sentences are invented for these
tests."""
import pytest

from claims import extract_text
from claims.extract.entities import find_mentions, Mention


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tan Sri Rosli Hamdan said the group had sold 40 hectares of land.", "Rosli Hamdan"),
    ("Datuk Seri Wong Kah Leng said the group had sold 40 hectares of land.", "Wong Kah Leng"),
    ("Dato' Sri Farid Jalil said the group had sold 40 hectares of land.", "Farid Jalil"),
    ("Puan Sri Zarina Idris said the group had sold 40 hectares of land.", "Zarina Idris"),
    ("Shri Venkat Rao said the group had sold 40 hectares of land.", "Venkat Rao"),
    ("Alhaji Sani Garba said the group had sold 40 hectares of land.", "Sani Garba"),
])
def test_an_honorific_is_no_part_of_the_speaker_s_name(text: str, speaker: str) -> None:
    assert table(text) == [(speaker, "person", "the group had sold 40 hectares of land")]


def test_an_honorific_pair_after_a_post_and_according_to() -> None:
    text = "Keruing Timber will open two mills in Sarawak, according to its chairman Tan Sri Halim Osman."
    assert table(text) == [("Halim Osman", "person", "Keruing Timber will open two mills in Sarawak")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sungai Emas Bhd said its revenue fell by 12% in the quarter.", "Sungai Emas Bhd"),
    ("United Rubber Berhad said its revenue fell by 12% in the quarter.", "United Rubber Berhad"),
    ("Wallaroo Drilling Pty Ltd said its revenue fell by 12% in the quarter.", "Wallaroo Drilling Pty Ltd"),
    ("Merlion Couriers Pte Ltd said its revenue fell by 12% in the quarter.", "Merlion Couriers Pte Ltd"),
])
def test_a_company_form_makes_the_name_a_company_s(text: str, speaker: str) -> None:
    assert table(text) == [(speaker, "organisation", "its revenue fell by 12% in the quarter")]


@pytest.mark.parametrize(("text", "name"), [
    ("Wanjiru Ng'etich said so.", "Wanjiru Ng'etich"),
    ("Otieno Ng\u2019ang\u2019a said so.", "Otieno Ng\u2019ang\u2019a"),
    ("Mr Kipng'eno said so.", "Mr Kipng'eno"),  # one word after an honorific keeps it, as `Mr Key` does
])
def test_lower_case_syllables_after_an_apostrophe_stay_in_the_name(text: str, name: str) -> None:
    mentions = find_mentions(text, 0, len(text))
    assert [m.name for m in mentions] == [name]
    assert mentions[0].kind == "person"


@pytest.mark.parametrize("text", ["It's clear the plan worked.", "Don't expect more.", "They'll say so."])
def test_a_contraction_is_no_name(text: str) -> None:
    assert not any("'" in m.name for m in find_mentions(text, 0, len(text)))


def test_a_family_name_with_an_apostrophe_is_read_again_after_mr() -> None:
    text = ("Chair Wambui Ng'etich said the cooperative had hired 300 pickers. "
            "Mrs Ng'etich said the cooperative's debts had halved.")
    assert table(text) == [("Wambui Ng'etich", "person", "the cooperative had hired 300 pickers"),
                           ("Wambui Ng'etich", "person", "the cooperative's debts had halved")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Wong Kah Leng said the ferry had carried 900 passengers.", "Wong Kah Leng"),
    ("Finance director Lim Siew Mei said the ferry had carried 900 passengers.", "Lim Siew Mei"),
    ("Midwife Tan Hui Ling said the ferry had carried 900 passengers.", "Tan Hui Ling"),
])
def test_a_family_name_that_is_also_a_word_opens_the_name(text: str, speaker: str) -> None:
    assert table(text) == [(speaker, "person", "the ferry had carried 900 passengers")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Deputy Fisheries Minister Tengku Amir Tengku Rahman said the jetty would reopen in June.",
     "Tengku Amir Tengku Rahman"),
    ("State Housing Minister Wan Rosnah Wan Ismail said the jetty would reopen in June.", "Wan Rosnah Wan Ismail"),
    ("Federal Works Minister Nik Azlan Nik Yusof said the jetty would reopen in June.", "Nik Azlan Nik Yusof"),
    ("Regional Transport Minister Syed Faris Syed Omar said the jetty would reopen in June.", "Syed Faris Syed Omar"),
])
def test_a_malay_style_repeated_before_the_father_s_name_stays_in_the_name(text: str, speaker: str) -> None:
    assert table(text) == [(speaker, "person", "the jetty would reopen in June")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Port director Azmi Md Noor said the jetty would reopen in June.", "Azmi Md Noor"),
    ("Selangau district officer Rizal Mohd Zaki said the jetty would reopen in June.", "Rizal Mohd Zaki"),
    ("Kamal Md Salleh, the harbour master, said the jetty would reopen in June.", "Kamal Md Salleh"),
])
def test_an_abbreviated_given_name_inside_a_name_is_no_post(text: str, speaker: str) -> None:
    assert table(text) == [(speaker, "person", "the jetty would reopen in June")]


@pytest.mark.parametrize(("text", "name"), [
    ("Chinedu Mba said so.", "Chinedu Mba"),      # a family name written like degree letters
    ("Adaeze Okafor-Mba said so.", "Adaeze Okafor-Mba"),
    ("Tunde Bakare MBA said so.", "Tunde Bakare"),  # the letters in capitals are the degree's
    ("Tunde Bakare PhD said so.", "Tunde Bakare"),
    ("Tunde Bakare Jr said so.", "Tunde Bakare"),
])
def test_degree_letters_are_written_in_capitals_a_family_name_is_not(text: str, name: str) -> None:
    assert [m.name for m in find_mentions(text, 0, len(text))] == [name]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Union Minister for Inland Waterways Shri Arvind Kulkarni told the house that 40 barges were in use.\n\n"
     "The Minister said the canal would be dredged next year.", "Arvind Kulkarni"),
    ("Minister of Culture Senator Rosalind Grant-Phillips opened the museum on Friday.\n\n"
     "The Minister said the canal would be dredged next year.", "Rosalind Grant-Phillips"),
    ("Deputy Commissioner Alhaji Musa Danladi inspected the barracks.\n\n"
     "The Commissioner said the canal would be dredged next year.", "Musa Danladi"),
])
def test_a_post_written_before_an_honorific_is_the_person_s(text: str, speaker: str) -> None:
    assert table(text)[-1] == (speaker, "person", "the canal would be dredged next year")
