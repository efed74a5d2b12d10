"""Speed without a change of behaviour (wave 41d): three patterns searched over a whole text once per text
(`earlier_versions.ANCHOR_RE`, `body_traits._VOICED_RE`, `availability.HINT_RE`) are written so that the engine skips fast
to their first letters; each finds exactly what its plain form finds, checked here on invented texts at every match."""
import re

import pytest

from claims.extract.attribution import availability, earlier_versions
from claims.extract.speakers import body_traits

PLAIN_ANCHOR_RE = re.compile(
    rf"\b(?:(?:earlier|previous|original)\s+(?:{earlier_versions._EARLIER})|our\s+{earlier_versions._TIME}?"
    rf"(?:{earlier_versions._PIECES})\s+we|in\s+(?:our|an?|the)\s+(?:earlier\s+|previous\s+)?{earlier_versions._TIME}?"
    rf"(?:{earlier_versions._PIECES}),?\s+(?:at\s+[^,.]{{1,20}},?\s+)?we)\b", re.IGNORECASE)
PLAIN_VOICED_RE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(\S+)[ \t]+{body_traits._SPOKES}")
PLAIN_HINT_RE = re.compile(r"\b(?:available|published)\s+(?:on|at|from|with|via)\b")

TEXTS = [
    "Correction: An earlier version of this story said 46 kilns had shut. EARLIER VERSION of the note. In our 11:40 "
    "post we said 12. In an earlier article, we gave 9. IN A 10:15 POST, WE erred. Thein our post we. "
    "Our 9.30 am entry we. An original edition, a previous post. Prevearlier version. _earlier version. "
    "\u0131n our post, at 10:15, we said 3. Unoriginal version.",
    "A Tollard spokesperson said so. An Orvane spokeswoman said. The Brindle spokesman added. the Kell spokesperson. "
    "Ta Dun spokesman. Banna Leck spokesman. Thea Morn spokesperson. a  Quill\tspokesman. An_x spokesman. "
    "THE Fenn spokesman. 9a Rell spokesman. \u00e9a Wix spokesman. Aan Vale spokesperson.",
    "The report is available on the council's website. Papers published at noon; unavailable on request; republished "
    "from the archive; AVAILABLE ON request; Available via post; published with notes; availablefrom; apublished on.",
    "",
    "No pattern here at all, only plain words and 12 figures.",
]


@pytest.mark.parametrize(("fast", "plain"), [(earlier_versions.ANCHOR_RE, PLAIN_ANCHOR_RE),
                                             (body_traits._VOICED_RE, PLAIN_VOICED_RE),
                                             (availability.HINT_RE, PLAIN_HINT_RE)])
@pytest.mark.parametrize("text", TEXTS)
def test_fast_pattern_finds_what_the_plain_one_finds(fast: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    """Every match, its span and groups, from the whole text and from every offset, is the plain pattern's."""
    whole = [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == whole
    for at in range(len(text)):
        found, expected = fast.search(text, at), plain.search(text, at)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_the_invented_texts_hold_matches() -> None:
    """The texts above are no empty check: each plain pattern finds several matches in them."""
    joined = "\n".join(TEXTS)
    assert len(PLAIN_ANCHOR_RE.findall(joined)) >= 6
    assert len(PLAIN_VOICED_RE.findall(joined)) >= 5
    assert len(PLAIN_HINT_RE.findall(joined)) >= 3


def test_the_readers_answer_as_before() -> None:
    """What the three patterns feed: the note's sentences, the voiced words, the hints' places."""
    text = ("Acme Kilns said it had shut 46 kilns.\nCorrection: An earlier version of this story said 46 kilns had "
            "shut. The article also stated that 9 had reopened.\nA Tollard spokesperson said the list is available "
            "on its website.\n")
    assert earlier_versions.earlier_version_spans(text) == [(38, 106), (107, 151)]
    assert body_traits.voiced_words(text) == frozenset({"Tollard"})
    assert availability._hints(text) == ([m.start() for m in PLAIN_HINT_RE.finditer(text)],
                                         [m.end() for m in PLAIN_HINT_RE.finditer(text)])
