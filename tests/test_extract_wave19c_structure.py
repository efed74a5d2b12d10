"""Structure and spans (wave 19c): lists, tables and rows cut in the wrong place. Each case is a short text written
for this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind,
quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.items import split_items
from extract_rows import rows


# An -ing noun after a noun (19c, items.split_participles, items.NOUN_FOLLOWERS): `building` in `a new science
# block building that opened` and `the only community building in the hamlet` is a noun, so the claim is not cut
# before it; a participle that adds an achievement takes an object (`building 40 homes in Leeds`) and still splits.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("the college had spent £30m on a new science block building that opened in 2023",
     ["the college had spent £30m on a new science block building that opened in 2023"]),
    ("the loss of the only community building in the hamlet", ["the loss of the only community building in the hamlet"]),
    ("the council opened the £40 million Eastside Leisure building",
     ["the council opened the £40 million Eastside Leisure building"]),
    ("it had exceeded its target of new homes this year building 40 homes in Leeds",
     ["it had exceeded its target of new homes this year", "building 40 homes in Leeds"]),
])
def test_an_ing_noun_after_a_noun_is_no_new_participle(sentence: str, expected: list[str]) -> None:
    assert [sentence[s:e] for s, e in split_items(sentence, (0, len(sentence)))] == expected


def test_an_ing_noun_in_a_bulleted_concern_stays_in_its_item() -> None:
    text = ("The objection report said the most common concerns were:\n\n"
            "- the length of the bus journey in winter;\n"
            "- the loss of the only community building in the hamlet; and\n"
            "- the effect on the language.\n")
    assert rows(text) == [
        ("the objection report", "document", "the length of the bus journey in winter"),
        ("the objection report", "document", "the loss of the only community building in the hamlet"),
        ("the objection report", "document", "the effect on the language")]
