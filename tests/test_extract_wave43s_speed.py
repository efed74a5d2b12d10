"""Speed without a change of behaviour (wave 43s): `regulator_signs.has_signs`, the test every text with a body's row
pays, searches once with a pattern written by its words' first letters (`vocabulary.word_search`) where it searched
three plain alternations, two of them under IGNORECASE (which hides first letters from the engine); the acronym and
unit readings test for their words in brackets or between commas before building a pattern for them. Each gives what
its plain form gives, checked here on invented texts."""
import re

import pytest

from claims.extract.acronym_uses import only_modifies, spelled_in_lower_case, uses_alone
from claims.extract.speakers import regulator_signs as signs
from claims.extract.speakers.article_bodies import ends_after_article
from claims.extract.speakers.regulating_work import WORK_WORDS_RE
from claims.extract.speakers.regulator_signs import letters_given
from claims.extract.topic_names import set_off_unit
from claims.extract.vocabulary import CASELESS_FORMS, verb_alternation, word_search

PLAIN_SIGN_RES = [
    re.compile(rf"(?i:{verb_alternation(signs.REGULATOR_NOUNS)})|(?i:{verb_alternation(signs.EXAMINING_PEOPLE)})"
               rf"|\b(?:{verb_alternation(signs.REGULATING_VERBS | signs.ENFORCING_ACTS | signs.ISSUING_VERBS)})\b"),
    re.compile(rf"\b(?:{verb_alternation(signs.EXAMINING_VERBS | signs.RULING_VERBS)})\b"),
    re.compile(rf"(?i:\b(?:{verb_alternation(signs.REGULATED_PARTICIPLES | signs.WITHDRAWING_PARTICIPLES)}"
               rf"|{verb_alternation(signs.SANCTIONED_PARTICIPLES)})\b)"),
]
WORDS = ["regulator", "inspectors", "enforcement officers", "regulates", "fined", "upheld", "revoked", "licensed"]
"""Words of the lists above, each written below in several cases, inside other words and at a text's edges."""


def _variants(word: str) -> list[str]:
    """A word as a text may write it: as is, capitalised, in capitals, with an odd first letter, glued to others."""
    odd = CASELESS_FORMS.get(word[0], "?")[:1] + word[1:]
    return [word, word.title(), word.upper(), odd, f"x{word}", f"{word}x", f"_{word}", word.replace(" ", "\n  "),
            word[:-1], f"({word})", f"{word.upper()}S", "\u0130" + word[1:].upper()]


TEXTS = ["", "Nothing here but the Tarn Valley Board and its 40 staff.", "The Harbour Administration said so."] + [
    f"Before {variant} after." for word in WORDS for variant in _variants(word)] + [
    variant for word in WORDS for variant in _variants(word)]


@pytest.mark.parametrize("text", TEXTS)
def test_one_search_finds_a_sign_where_the_plain_patterns_do(text: str) -> None:
    """Whether a text holds a sign's word is what the three plain patterns say (and the administration heads, and
    since wave 67k the words of a regulator's work, `enforcement officers`)."""
    plain = any(pattern.search(text) for pattern in PLAIN_SIGN_RES) \
        or any(head.title() in text for head in signs.ADMINISTRATION_HEADS) or WORK_WORDS_RE.search(text) is not None
    assert signs.has_signs(text) is plain


def test_caseless_forms_are_every_character_the_engine_takes_for_a_letter() -> None:
    """Python's engine under IGNORECASE takes for a plain letter its two cases and exactly the characters listed
    beside it."""
    any_letter = re.compile("(?i:[a-z])")
    taken = [chr(code) for code in range(0x110000) if any_letter.fullmatch(chr(code))]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        forms = {character for character in taken if re.fullmatch(f"(?i:{letter})", character)}
        assert forms == set(letter + letter.upper() + CASELESS_FORMS.get(letter, ""))


def test_word_search_refuses_a_word_not_opening_on_a_plain_letter() -> None:
    """A word opening on no plain lower-case letter has no first letter to skip to."""
    with pytest.raises(ValueError):
        word_search([(frozenset({"9lives"}), False, True)])


@pytest.mark.parametrize(("text", "word", "spelled", "modifies"), [
    ("Requests under freedom of information (FOI) law rose.", "FOI", True, False),
    ("The Water Services Authority (WSA) said prices rose. WSA said so.", "WSA", False, False),
    ("From youth cafes to GAA clubs, and onto GAA pitches.", "GAA", False, True),
    ("From youth cafes to GAA clubs. GAA said it would act.", "GAA", False, False),
    ("The (FOI) request came first; then freedom of information (FOI) rules.", "FOI", True, False),
    ("A note (QRT) here, a plain (QRT) there.", "QRT", False, False),
])
def test_acronym_readings_unchanged(text: str, word: str, spelled: bool, modifies: bool) -> None:
    """An acronym spelled out in lower case, or only a noun's modifier, reads as before the cheap tests."""
    assert (spelled_in_lower_case(text, word), only_modifies(text, word)) == (spelled, modifies)


@pytest.mark.parametrize(("text", "name", "unit"), [
    ("Win Roe, Special Operations, Harbour Police, said it was over.", "Special Operations", True),
    ("Special Operations said it was over.", "Special Operations", False),
    ("Win Roe, Special Operations, Harbour Police, said so. Special Operations agreed.", "Special Operations", False),
    ("Win Roe, Special Operations, and others said so.", "Special Operations", False),
])
def test_set_off_unit_unchanged(text: str, name: str, unit: bool) -> None:
    """A body's name set off by commas between a person and another capitalised name is a unit, as before."""
    assert set_off_unit(text, name) is unit


PLAIN_ARTICLE = r"(?<![\w'\u2019-])[Tt]he[ \t]+%s(?![\w'\u2019-])"
PLAIN_USE = r"(?<![\w(])%s(?![\w)])"
PLAIN_GIVEN = r"\s*\(([A-Z][A-Za-z&]{1,7})\)"
EDGE_TEXTS = [
    "The Quill Board said so. the  Quill Board\tagreed; Othe Quill Board no; the\nQuill Board no; the Quill Boards no.",
    "Quill Board at the start; xthe Quill Board; -the Quill Board; 'the Quill Board'; the Quill Board_; the Quill "
    "Board-led; The\t\t Quill Board. \u00e9the Quill Board, the Quill Board\u2019s, the Quill Board",
    "QRT said. (QRT) no; QRTs no; _QRT no; 9QRT; QRT9; \u00e9QRT; QRT\u00e9; QRT) no; to QRT cards; QRT",
    "Tarn Media (TM) said; Tarn Media(TMX); Tarn Media  (Tm); Tarn Media (tm); Tarn Media (TOOLONGER); Tarn Media\n(TV)",
    "Tarn Media said. Tarn Media Tarn Media (TR) then.",
    "",
]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_name_scans_find_what_the_patterns_built_for_the_name_find(text: str) -> None:
    """The scans that replace a pattern built per name find what that pattern finds, at its edges too."""
    assert ends_after_article(text, "Quill Board") == [
        m.end() for m in re.finditer(PLAIN_ARTICLE % re.escape("Quill Board"), text)]
    assert uses_alone(text, "QRT") == [m.start() for m in re.finditer(PLAIN_USE % "QRT", text)]
    plain = re.search(re.escape("Tarn Media") + PLAIN_GIVEN, text)
    found = letters_given(text, "Tarn Media")
    assert (found and (found.group(1), found.end())) == (plain and (plain.group(1), plain.end()))
