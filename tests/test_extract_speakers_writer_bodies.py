"""speakers/writer_bodies: the writer a first-person text names alone on its first line, a name read as a person's
(`Tarnwick Cloud`, `From: Orrin Opticians Online <help@orrin.example>`), is the body `our investigation` means
(wave 33d; seen in p872, p1032, p1283)."""
import pytest

from claims.extract.entities import Mention
from claims.extract.speakers.writer_bodies import name_line, our_phrase
from extract_rows import cued_rows as rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarnwick Cloud\nIncident report\n\nOur investigation found a fault.\n",
     Mention(0, 14, "Tarnwick Cloud", "org")),
    ("From: Orrin Lensworks <help@orrin.example>\nSent: Monday\n\nDear Jo,\n",
     Mention(6, 21, "Orrin Lensworks", "org")),
    ("\nHalden Moor Garden\n\nOur accounts show a loss.\n", Mention(1, 19, "Halden Moor Garden", "org")),
    ("Tarnwick Cloud outage hits banks\n\nOur investigation found a fault.\n", None),  # a headline, not a name
    ("Dr Jo Roe\n\nOur investigation found a fault.\n", None),  # a titled person
    ("Tarnwick Cloud\n\nOur investigation found a fault, Ms Cloud said.\n", None),  # a person the text calls so
    ("Incident report\nTarnwick Cloud\n", None),  # not the first line
])
def test_a_name_alone_on_the_first_line_is_the_writer(text: str, expected: Mention | None) -> None:
    assert name_line(text) == expected


NOTICE = ("Tarnwick Cloud\nIncident report: storage disruption, 4 May 2027\n\n"
          "Between 09:10 and 11:40 customers in our north region saw failed writes.\n\n"
          "Our investigation found that the faulty change was made on 28 April.\n")


def test_our_investigation_is_the_writer_named_on_the_first_line_in_the_table() -> None:
    assert [r[:3] for r in rows(NOTICE) if "faulty change" in r[3]] == [
        ("Tarnwick Cloud", "organisation", "found that")]


# Wave 52b: an `our` phrase is cut before what its document is of (`Our survey of 180 households in May found`: the
# survey), and a release whose header line under its label names a body alone (`MEDIA RELEASE` / `Fenmoor Residents'
# Association`) is written by that body, never by a body that spoke in it first (seen in p1490; the shape also in p108,
# p1257, p1378).
@pytest.mark.parametrize(("words", "expected"), [
    (["our", "survey", "of", "180", "households", "in", "may"], ["our", "survey"]),
    (["our", "own", "analysis", "of", "hospital", "data"], ["our", "own", "analysis"]),
    (["our", "review", "into", "the", "closures"], ["our", "review"]),
    (["our", "view", "of", "the", "plan"], None),  # a view is no document of the writer's
])
def test_our_phrase_cut_before_what_it_is_of(words: list[str], expected: list[str] | None) -> None:
    assert our_phrase(words) == expected


MASTHEAD_LETTER = ("MEDIA RELEASE\nFenmoor Residents' Association\nMonday 16 June 2025\n\n"
                   "Residents write to the airport over night flights\n\n"
                   "A spokesperson for Fenmoor Airport Ltd said night flights had fallen by a quarter since 2023.\n\n"
                   "Our survey of 180 households in May found that 64% had been woken by aircraft.\n")


def test_our_survey_is_the_masthead_body() -> None:
    assert [r[:3] for r in rows(MASTHEAD_LETTER) if "64%" in r[3]] == [
        ("Fenmoor Residents' Association", "organisation", "found that")]
