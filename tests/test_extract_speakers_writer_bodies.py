"""speakers/writer_bodies: the writer a first-person text names alone on its first line, a name read as a person's
(`Tarnwick Cloud`, `From: Orrin Opticians Online <help@orrin.example>`), is the body `our investigation` means
(wave 33d; seen in p872, p1032, p1283)."""
import pytest

from claims.extract.entities import Mention
from claims.extract.speakers.writer_bodies import name_line
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
