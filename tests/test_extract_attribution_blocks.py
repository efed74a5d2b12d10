"""`claims.extract.attribution.blocks`: a quotation a person opens at the end of a paragraph after a body's reported
speech (`Ofwire said A. Its chief executive Jo Roe said: "B.`) and leaves open goes on in the next paragraph (`"C.`) as
that person's, never the body's (wave 56p; the 77th check's p019). Each case a short text written for this test about
invented parties, and the whole table it gives as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution import blocks
from extract_rows import cued_rows

_OPENED = ("Marrow Water could be fined £2 million under proposals announced by water watchdog Ofwire.\n\n"
           "Ofwire said the fine sent a message to the industry. The watchdog's chief executive Jo Roe said: "
           "\"Water is a monopoly business and until we see a market, we must protect customers.\n\n"
           "\"To do this we need complete information. Misreporting damages our ability to regulate the industry.\n\n"
           "\"Marrow's reporting systems were inadequate. Weak systems led to these serious failings.\"\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_OPENED,
     [("Ofwire", "inspectorate", "said", "the fine sent a message to the industry"),
      ("Jo Roe", "person", "said:",
       "Water is a monopoly business and until we see a market, we must protect customers."),
      ("Jo Roe", "person", "quotation continues",
       "To do this we need complete information. Misreporting damages our ability to regulate the industry."),
      ("Jo Roe", "person", "quotation continues", "Marrow's reporting systems were inadequate."),
      ("Jo Roe", "person", "quotation continues", "Weak systems led to these serious failings.")]),
])
def test_open_quotation_goes_on_with_its_speaker(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: after a body's reported speech with no quotation left open, a cue-less quotation is the body's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Water watchdog Ofwire said the fine sent a message to the industry.\n\n"
     "\"To do this we need complete information about every company we regulate.\"\n",
     [("Ofwire", "inspectorate", "said", "the fine sent a message to the industry"),
      ("Ofwire", "inspectorate", "quotation continues",
       "To do this we need complete information about every company we regulate.")]),
])
def test_quotation_after_reported_speech_kept(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Wave 60s: the rows' kinds read by their names and the text once per speaker and kind, the rows as before.
_KINDS_TEXT = ("The Fuel Markets Board said prices rose by 4%. A Halden Water spokeswoman said bills fell. "
               "Office of the State Auditor said costs rose. Jo Roe said sales fell.")
_KIND_ROWS = [blocks.Found("Fuel Markets Board", "organisation", "said", (0, 10)),
              blocks.Found("Halden Water", "person", "said", (50, 60)),
              blocks.Found("Fuel Markets Board", "organisation", "said", (20, 30)),
              blocks.Found("Office of the State Auditor", "organisation", "said", (90, 100)),
              blocks.Found("Jo Roe", "person", "said", (140, 150))]


def test_named_kinds_whole_rows() -> None:
    assert blocks.named_kinds(_KINDS_TEXT, _KIND_ROWS) == [
        blocks.Found("Fuel Markets Board", "inspectorate", "said", (0, 10)),
        blocks.Found("Halden Water", "organisation", "said", (50, 60)),
        blocks.Found("Fuel Markets Board", "inspectorate", "said", (20, 30)),
        blocks.Found("Office of the State Auditor", "inspectorate", "said", (90, 100)),
        blocks.Found("Jo Roe", "person", "said", (140, 150))]


def test_named_kinds_reads_each_speaker_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []
    read = blocks.named_kind

    def counted(text: str, speaker: str, kind: str) -> str:
        """Record what is asked, answer as `named_kind`."""
        asked.append((speaker, kind))
        return read(text, speaker, kind)

    monkeypatch.setattr(blocks, "named_kind", counted)
    blocks.named_kinds(_KINDS_TEXT, _KIND_ROWS)
    assert asked == [("Fuel Markets Board", "organisation"), ("Halden Water", "person"),
                     ("Office of the State Auditor", "organisation"), ("Jo Roe", "person")]
