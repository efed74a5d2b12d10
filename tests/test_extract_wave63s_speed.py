"""Speed without a change of behaviour (wave 63s): four patterns that opened on a look-behind, a look-ahead or a
case-blind word (`inline_commas.INSIDE_COMMA_RE`, `post_signs._POST_AFTER_RE` and `_SPOKES_FROM_RE`,
`cut_names._WORD_BEFORE_RE`) now open on a character the engine skips fast to; a stub's words are counted no further
than the fourth (`stubs._holds_words`); a region's bare data noun is sought only when a data noun ends it
(`nearest_documents.bare_data_start`). Each answers what its plain form answered, checked on invented texts."""
import re

import pytest

from claims.extract import inline_commas, stubs
from claims.extract.attribution import cut_names
from claims.extract.speakers import nearest_documents, post_signs

PLAIN_INSIDE_COMMA_RE = re.compile(inline_commas.INSIDE_COMMA_RE.pattern.replace(" (?<=[a-z] )", "(?<=[a-z]) ", 1))
PLAIN_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][\w'’-]*)[ \t]*\n?[ \t]*$")
PLAIN_SPOKES_FROM_RE = re.compile(r"\b(?i:spokesperson|spokeswoman|spokesman)\s+from")
PLAIN_POST_AFTER_RE = re.compile(rf"(?=\s+(?i:{post_signs._POSTS})\b)")

TEXTS = [
    'The plan was "stretched," but stressed. It called the move "a bold step," said Jo. A "fair deal," the union '
    "said. The firm called it 'a bit rich,' saying so. He said \"every village is back,\" and left. X \"no,\" Y.",
    "A spokeswoman from Tollard said. SPOKESMAN FROM the Orvane Trust. \u017fpokesman from Kell. xspokesman from Dun. "
    "a Spokesperson  from\nthe Brindle Group; Acme  spokeswoman; Fenn\n chief  executive; Quill chief executives.",
    "Major\nLeague Baseball said. Te Ara Kelvale has admitted. x-Ab Cd. \u2019Ab\nCd. _Ab  \n  Cd. \u00e9 Ab Cd. A",
    "",
    "No pattern here at all, only plain words and 12 figures.",
]


@pytest.mark.parametrize(("fast", "plain"), [(inline_commas.INSIDE_COMMA_RE, PLAIN_INSIDE_COMMA_RE),
                                             (post_signs._SPOKES_FROM_RE, PLAIN_SPOKES_FROM_RE)])
@pytest.mark.parametrize("text", TEXTS)
def test_fast_pattern_finds_what_the_plain_one_finds(fast: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    """Every match, its span and groups, from the whole text and from every offset, is the plain pattern's."""
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
    for at in range(len(text)):
        found, expected = fast.search(text, at), plain.search(text, at)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


@pytest.mark.parametrize("text", TEXTS)
def test_post_after_starts_where_the_plain_look_ahead_matched(text: str) -> None:
    """The places a name may end before a post: the starts of the plain zero-width matches."""
    assert [m.start() for m in post_signs._POST_AFTER_RE.finditer(text)] == \
        [m.start() for m in PLAIN_POST_AFTER_RE.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_word_before_finds_what_the_plain_pattern_finds_at_every_spot(text: str) -> None:
    """The capitalised word before each spot, searched back over the reader's span, as the plain pattern finds it."""
    for at in range(len(text) + 1):
        window = (max(0, at - cut_names._SPAN), at)
        found, expected = cut_names._WORD_BEFORE_RE.search(text, *window), PLAIN_WORD_BEFORE_RE.search(text, *window)
        assert (found and (found.span(), found.group("word"))) == (expected and (expected.span(), expected.group("word")))


def test_the_invented_texts_hold_matches() -> None:
    """The texts above are no empty check: each plain pattern finds several matches in them."""
    joined = "\n".join(TEXTS)
    assert len(PLAIN_INSIDE_COMMA_RE.findall(joined)) >= 2
    assert len(PLAIN_SPOKES_FROM_RE.findall(joined)) == 3  # `FROM` in capitals is none
    assert len(PLAIN_POST_AFTER_RE.findall(joined)) >= 3
    assert len({m.start() for at in range(len(TEXTS[2])) if (m := PLAIN_WORD_BEFORE_RE.search(TEXTS[2], 0, at))}) >= 4


@pytest.mark.parametrize(("words", "count"), [("", 4), ("one two three", 4), ("one two three four", 4),
                                              ("a, b & c d", 4), ("in\t9 of them", 4), ("x", 1), ("", 1)])
def test_holds_words_says_what_counting_every_word_says(words: str, count: int) -> None:
    assert stubs._holds_words(words, 0, len(words), count) is (len(stubs._WORD_RE.findall(words)) >= count)


@pytest.mark.parametrize(("region", "expected"), [
    ("The figures", 0), (", the latest stats also ", 2), ("and the data\n", 4), ("but the numbers now", 4),
    ("The figures\n\n", None), ("The x y z results", None), ("the datas", None), ("The Figures", None),
    ("yesterday the statistics further", 10), ("their figures", None), ("the their figures", None),
])
def test_bare_data_start_answers_as_the_pattern_alone(region: str, expected: int | None) -> None:
    """A region a data noun ends (or `also`, `further`, `now` after it) is read by the pattern; any other has none."""
    found = nearest_documents._BARE_RE.search(region)
    plain = None if found is None or any(w in nearest_documents._DETERMINERS for w in found.group("mods").split()) \
        else found.start() + len(found.group(0)) - len(found.group(0).lstrip(" \t"))
    assert nearest_documents.bare_data_start(region, 0, len(region)) == plain == expected
