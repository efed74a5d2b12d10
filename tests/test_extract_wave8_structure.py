"""Claims that the structure of texts hid from the extractor (wave 8): each case is a short text written for this test
in our own words, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# A paper's Q&A labels its turns `Q:` and `A:` and introduces the one person who answers in its opening paragraphs,
# however it phrases it: `Jo Roe became chief executive in May. We asked her ...`, `We asked its director, Jo Roe,
# about ...`, `Jo Roe, the new head of Acme, answered our questions.` The byline (`By Sam Poe`) is the writer, who
# asks; a multiple figure (`twice`, `doubled`) is a figure; and a closing paragraph of the writer's about a party the
# text named (`Acme receives £2m a year.`), with no `I` or `we` in it, is not the answer going on. When the
# introduction names two people and never says which answers, the answers are nobody's.
QA_BY_NAME_IN_INTRO = ("Harbour Weekly\n\nBy Sam Poe\n\n"
                       "Ines Varga took over Kestle Ferries in June. We asked her about fares and sailings.\n\n"
                       "Q: Were sailings cancelled this summer?\n\n"
                       "A: We ran 4,210 sailings and cancelled 37 of them, most for weather.\n\n"
                       "Q: And fares?\n\n"
                       "A: Fuel costs doubled after the spring, so fares went up.\n\n"
                       "Kestle Ferries carries about 900,000 passengers a year.\n")
QA_BY_APPOSITION = ("INTERVIEW\n\n"
                    "Pell Dance Trust opened two studios this year. We put questions to its director, Omar Lisle, "
                    "about the money.\n\nBy Ruth Kemp, Arts Editor\n\n"
                    "Q: How many classes did you run?\n\n"
                    "A: We ran 1,300 classes in the year, up from 950.\n\n"
                    "Q: Who pays?\n\n"
                    "A: Our grant covers 40% of it.\n")
QA_TWO_PEOPLE = ("Nia Holt and Ben Farrow run Dunloe Buses.\n\n"
                 "Q: How many routes?\n\nA: We run 14 routes.\n\nQ: And drivers?\n\nA: We employ 80 drivers.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (QA_BY_NAME_IN_INTRO,
     [("Ines Varga", "person", "We ran 4,210 sailings"), ("Ines Varga", "person", "cancelled 37 of them, most for weather"),
      ("Ines Varga", "person", "Fuel costs doubled after the spring, so fares went up")]),
    (QA_BY_APPOSITION,
     [("Omar Lisle", "person", "We ran 1,300 classes in the year, up from 950"),
      ("Omar Lisle", "person", "Our grant covers 40% of it")]),
    (QA_TWO_PEOPLE, []),
], ids=["named-in-the-introduction", "named-in-an-apposition-byline-apart", "two-people-nobody-answers"])
def test_a_q_and_a_gives_the_answers_to_the_person_its_introduction_names(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
