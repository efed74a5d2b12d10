"""Determiners and quantifiers name no one (data/not_names.txt, wave 46b): before a noun that is also a reporting verb
(`claims`, `reports`, `statements`) they make it the noun, so `Any claims to the contrary are false` is the writer's (or
the body's) denial, never a claim by a speaker `Any`. Texts written for this test in our own words about invented
parties."""
import pytest

from extract_rows import cued_rows

_DENIAL = "Water news\n\nThe Kelby Water Board denied the merger story on Monday. {sentence}\n"


@pytest.mark.parametrize("sentence", [
    "Any claims to the contrary are devoid of truth.",
    "Any reports to the contrary are false.",
    "Several reports of a takeover by Tarn Water were wrong.",
    "Various claims about the reservoir's level have circulated online.",
])
def test_a_quantifier_before_a_reporting_noun_is_no_speaker(sentence: str) -> None:
    assert cued_rows(_DENIAL.format(sentence=sentence)) == [
        ("Kelby Water Board", "organisation", "denied", "denied the merger story on Monday")]
