"""Wave 40b: an administration may be what `the regulator` or `the watchdog` means (`The Medical Goods
Administration (MGA) said ... the regulator said`, as for an agency or an authority): the body named, not the
text's words. A text naming no such body keeps `the regulator` as its words."""
from tests.extract_rows import cued_rows

ADMINISTRATION = """The Medical Goods Administration (MGA) said on Wednesday it had suspended a knee implant.

About 9,400 of the implants have been used since 2019, the regulator said.
"""

NO_BODY = """Harbour Orthopaedics said on Wednesday it had stopped selling a knee implant.

About 9,400 of the implants have been used since 2019, the regulator said.
"""


def test_the_regulator_is_the_administration_named_before() -> None:
    assert cued_rows(ADMINISTRATION)[-1] == (
        "Medical Goods Administration", "inspectorate", "said", "About 9,400 of the implants have been used since 2019")


def test_with_no_regulating_body_named_the_regulator_keeps_its_words() -> None:
    assert cued_rows(NO_BODY)[-1] == (
        "the regulator", "inspectorate", "said", "About 9,400 of the implants have been used since 2019")
