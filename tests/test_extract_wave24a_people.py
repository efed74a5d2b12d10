"""People against bodies (wave 24a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims.extract.attribution.joint_signers import joint_body, signers
from claims.extract.speakers.clauses import is_role_phrase
from extract_rows import rows


def _letter(signature: str) -> str:
    """A letter to residents in the senders' `we`, closed by the given signature."""
    return ("Dear resident,\n\nWe have surveyed 88 households on the estate. The lift failed 14 times this year.\n\n"
            f"Yours sincerely,\n\n{signature}\n")


# A letter signed by two or more people above the body they act for speaks as that body; so does this letter, which
# never says `I`, signed by one person over a body (wave 33b, attribution/letter_voice: the gold's majority reading;
# one signer of a letter saying `I` speaks as herself), and two signers with no body under them stay the signer the
# letter reader takes.
@pytest.mark.parametrize(("signature", "speaker", "kind"), [
    ("Nadia Orme and Colm Trask\nJoint secretaries, Ashby Tenants' Union", "Ashby Tenants' Union", "organisation"),
    ("Dr Nadia Orme and Dr Colm Trask\nAshby Surgery", "Ashby Surgery", "organisation"),
    ("Nadia Orme, Chair\nColm Trask, Secretary\nAshby Tenants' Union", "Ashby Tenants' Union", "organisation"),
    ("Nadia Orme\nChair, Ashby Tenants' Union", "Ashby Tenants' Union", "organisation"),
    ("Nadia Orme\nAshby Surgery", "Ashby Surgery", "organisation"),
])
def test_a_letter_signed_by_several_is_their_body_s(signature: str, speaker: str, kind: str) -> None:
    assert rows(_letter(signature)) == [
        (speaker, kind, "We have surveyed 88 households on the estate"),
        (speaker, kind, "The lift failed 14 times this year"),
    ]


CLOSE = "Yours sincerely,"


@pytest.mark.parametrize(("signature", "expected"), [
    ("\n\nNadia Orme and Colm Trask\nAshby Surgery\n", 2),
    ("\n\nNadia Orme, Colm Trask and Ivo Penn\nAshby Surgery\n", 3),
    ("\n\nNadia Orme, Chair\nColm Trask, Secretary\nAshby Surgery\n", 2),
    ("\n\nNadia Orme\nChair\n", 1),
    ("\n\nNadia Orme\nProject Development Manager, Ashby Energy\n", 1),  # a post is no signer
    ("\n\nNadia Orme\n\nColm Trask\n", 1),  # a blank line ends the signature
    ("\n\nAshby Surgery\nNadia Orme\n", 0),  # a body first: nobody signs by name
    ("\n\n", 0),
])
def test_signers(signature: str, expected: int) -> None:
    assert signers(CLOSE + signature, len(CLOSE)) == expected


@pytest.mark.parametrize(("signature", "names", "expected"), [
    ("\n\nNadia Orme and Colm Trask\nAshby Surgery\n", ["Ashby Surgery"], "Ashby Surgery"),
    ("\n\nNadia Orme, Chair\nColm Trask, Secretary\nAshby Surgery\n", ["Secretary", "Ashby Surgery", "Chair"],
     "Ashby Surgery"),
    ("\n\nNadia Orme and Colm Trask\nJoint secretaries\n", ["Joint secretaries"], "Joint secretaries"),
    ("\n\nNadia Orme and Colm Trask\n", [], None),
    ("\n\nNadia Orme\nAshby Surgery\n", ["Ashby Surgery"], None),
])
def test_joint_body(signature: str, names: list[str], expected: str | None) -> None:
    assert joint_body(CLOSE + signature, len(CLOSE), names) == expected


# A person set off before a post of a body whose possessive name runs three words or more (`Stannerby District
# Council's cabinet member for the economy`) speaks as the person, like one before a short name's post; a voice word
# after a long name is no post, and words that hold no post stay a name.
@pytest.mark.parametrize(("phrase", "expected"), [
    ("Holmbury District Council's cabinet member for the economy", True),
    ("Holmbury District Council\u2019s cabinet member for the economy", True),
    ("the National Rowing Union's district secretary for Glanaber", True),
    ("Holmbury's cabinet member for the economy", True),
    ("route director for Albion Rail Infrastructure's North West route", True),
    ("Holmbury District Council's Winter Market", False),
    ("Holmbury District Council's spokesperson", False),
])
def test_a_post_after_a_long_body_s_name_is_a_role(phrase: str, expected: bool) -> None:
    assert is_role_phrase(phrase) is expected


@pytest.mark.parametrize("owner", ["Holmbury District Council's", "Holmbury District Council\u2019s", "Holmbury's"])
def test_a_person_with_a_long_body_s_post_speaks(owner: str) -> None:
    text = (f"Holmbury District Council runs the market.\n\nCllr Rhys Penwarden, {owner} cabinet member for the economy, "
            "said the council had put £45,000 towards the market.\n")
    assert rows(text) == [("Rhys Penwarden", "person", "the council had put £45,000 towards the market")]


# A person set off before a voice role that names the body it speaks for (`housing spokesperson for the X
# Association`) speaks as the person, as before `the X Association's spokesperson`; an unnamed one is the body's.
@pytest.mark.parametrize(("subject", "speaker", "kind"), [
    ("Cllr Ines Marwood, housing spokesperson for the Shire Councils Association,", "Ines Marwood", "person"),
    ("Ines Marwood, spokeswoman for the Shire Councils Association,", "Ines Marwood", "person"),
    ("A spokeswoman for the Shire Councils Association", "Shire Councils Association", "organisation"),
])
def test_a_named_voice_for_a_body_is_the_person(subject: str, speaker: str, kind: str) -> None:
    text = ("The Shire Councils Association represents 41 councils.\n\n"
            f"{subject} said councils spent £2.6 billion on hostels last year.\n")
    assert rows(text) == [(speaker, kind, "councils spent £2.6 billion on hostels last year")]
