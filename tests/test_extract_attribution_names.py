"""`claims.extract.attribution.names`: the names a sentence says, remembered for the references after it. Wave 60s: a
sentence's parts read once (`read_names`) and handed to `remember_names`, which registers the same as when it reads
them itself. Short texts about invented parties; whole values compared."""
from __future__ import annotations

import pytest

from claims.extract.attribution import names
from claims.extract.speakers import Context
from claims.extract.text import split_blocks

_TEXT = ("LEEDS - The Daleham Rivers Agency fined Acme Water. It said Jo Roe of Brook Homes told the Daleham Echo "
         "that \"Corran Valves\" had cut 40 jobs.")


def _remembered(readings: bool) -> tuple[dict[str, str], tuple[str, int] | None, str | None, str | None]:
    """Register the names of each sentence of the text, with the parts read first or not; return what is known."""
    ctx = Context(text=_TEXT, blocks=split_blocks(_TEXT))
    first_end = _TEXT.index(". ") + 1
    holes = [(_TEXT.index("\""), _TEXT.rindex("\"") + 1)]
    for sentence in ((0, first_end), (first_end + 1, len(_TEXT))):
        read = names.read_names(_TEXT, sentence, holes) if readings else None
        names.remember_names(_TEXT, sentence, holes, ctx, read)
    return dict(ctx.kinds), ctx.subject, ctx.last_org, ctx.last_person


def test_remember_names_with_readings_as_without() -> None:
    assert _remembered(True) == _remembered(False) == (
        {"Daleham Rivers Agency": "organisation", "Acme Water": "organisation", "Jo Roe": "person"}, None,
        "Acme Water", "Jo Roe")  # the Daleham Echo is told, no party


def test_remember_names_reads_no_part_again(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = Context(text=_TEXT, blocks=split_blocks(_TEXT))
    read = names.read_names(_TEXT, (0, len(_TEXT)), [])

    def unread(text: str, start: int, end: int) -> None:
        """Fail: the parts were read already."""
        raise AssertionError((start, end))

    monkeypatch.setattr(names, "reading_of", unread)
    names.remember_names(_TEXT, (0, len(_TEXT)), [], ctx, read)
    assert sorted(ctx.kinds) == ["Acme Water", "Corran Valves", "Daleham Rivers Agency", "Jo Roe"]  # no holes
