"""Letters (attribution/letters), the cases mutation testing showed missing: each text is written for this test in our
own words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, or the
whole value a helper returns."""
import pytest

from claims.extract.attribution.letters import Letter, reports_another, signature_bodies, letter_senders
from claims.extract.text import split_blocks
from extract_rows import rows


def _letter(body: str) -> str:
    """A letter to tenants holding the given paragraph, signed by one person over her post and no body (a letter
    that never says `I` over a body's name is the body's, wave 33b)."""
    return f"Dear tenant,\n\n{body}\n\nYours sincerely,\n\nRuth Ambler\nChief Executive\n"


# A body's own document opening a sentence with no cue (`X's own estimate, made in March, was ...`) is the body's,
# straight or curly possessive; a body's possession that is no document stays the sender's, and a document not
# opening the sentence reports another party, so it is nobody's.
@pytest.mark.parametrize(("body", "expected"), [
    ("Bexley Council's own estimate, made in March, was £2.4 million. We are paying the full amount.",
     [("Bexley Council", "organisation", "Bexley Council's own estimate, made in March, was £2.4 million"),
      ("Ruth Ambler", "person", "We are paying the full amount")]),
    ("Bexley Council\u2019s own estimate, made in March, was £2.4 million.",
     [("Bexley Council", "organisation", "Bexley Council\u2019s own estimate, made in March, was £2.4 million")]),
    ("Bexley Council's staff moved 14 families in May.",
     [("Ruth Ambler", "person", "Bexley Council's staff moved 14 families in May")]),
    ("In May, Bexley Council's own estimate was £2.4 million.", []),  # the estimate's, not the sender's
    ("The new roof will go on in June. Rents will rise 3%.",
     [("Ruth Ambler", "person", "The new roof will go on in June"), ("Ruth Ambler", "person", "Rents will rise 3%")]),
])
def test_a_body_s_own_document_in_a_letter_is_the_body_s(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(_letter(body)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("DEAR TENANT,\n\nThe roof costs £2m.\n\nYours sincerely,\n\nRuth Ambler\n", {1: Letter("Ruth Ambler", None)}),
    ("Housing news\n\nDear tenant,\n\nThe roof costs £2m.\n\nYours sincerely,\n\nOrchard Homes\n", {}),  # no one signs
])
def test_letter_senders(text: str, expected: dict[int, Letter]) -> None:
    assert letter_senders(text, split_blocks(text)) == expected


# The names a signature may give a body: each line's words after its last comma, a whole line after the first, and
# only up to the blank line under the signature.
CLOSE = "Yours sincerely,"


@pytest.mark.parametrize(("signature", "expected"), [
    ("\n\nJo Roe, Chair, Ashby Tenants Association\nAl Key, Vice Chair, Ashby Residents Group\nAshby Court\n\n"
     "PS: Our next meeting is in May.\n",
     ["Ashby Residents Group", "Ashby Court", "Ashby Tenants Association"]),
    ("\n\nJo Roe\nAshby Tenants Association", ["Ashby Tenants Association"]),
    ("\n\nJo Roe\nAshby Tenants Association\n\nPS: Tea is at four.\n\nSee you there.\n", ["Ashby Tenants Association"]),
    ("\n\n", []),
])
def test_signature_bodies(signature: str, expected: list[str]) -> None:
    assert signature_bodies(CLOSE + signature, len(CLOSE)) == expected


# Another party's words in a letter the cues missed (hearsay, a cue with no sender subject) are not the sender's;
# a passive report word is nobody's report unless `that` follows it.
@pytest.mark.parametrize(("text", "item", "expected"), [
    ("They heard the news. The hall will open in May.", (21, 47), False),
    ("They heard the hall will open in May.", (0, 37), True),
    ("Trials are now being listed for 2028.", (0, 37), False),
    ("It was reported that the roof had leaked.", (0, 41), True),
    ("The contractor stated that the roof is safe.", (0, 45), True),
    ("We stated that the roof is safe.", (0, 32), False),
    ("Trials are now being announced for 2028.", (0, 40), False),
    ("The hall will open in May.", (0, 26), False),
])
def test_reports_another(text: str, item: tuple[int, int], expected: bool) -> None:
    assert reports_another(text, item) is expected
