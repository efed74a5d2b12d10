"""Wave 41c: a word in capitals that the text uses as a thing's acronym is no speaker.

A text that spells an acronym out from lower-case words (`freedom of information (FOI) law`), or writes it only
between a lower-case word and a common noun (`from rowing crews to GAA clubs`, `onto EBT cards`), names a thing or a
kind by it; the extractor read it as a body and gave it the claims of a lead-in or a survey after it. A body's own
acronym, spelled out in capitals or standing as a subject, or owning figures or staff, keeps speaking.
"""
from claims.extract.acronym_uses import only_modifies, spelled_in_lower_case, thing_acronym_in
from extract_rows import cued_rows

SPELLED = """Harbour Data Office
News release, 2 March 2027

Appeals to the Harbour Data Office rose by 12% in 2026, to 410, the highest since freedom of information (FOI) law \
came in, the office's annual report reveals.

Key highlights of the year include:
• we closed 380 cases;
• awareness of FOI among residents stood at 71%.
"""

MODIFIER = """A survey of 300 rowing groups by the Velmont Rowing Association, from school crews to GAA clubs and \
sea scouts, found that 61% had lost a coach since 2023.
"""

BODY_SPELLED = """Complaints to the Water Services Authority (WSA) rose by 9% last year.

The WSA said it had closed 1,200 cases.
"""

BODY_FIGURES = """Waiting lists in the west grew again in June, according to HSE figures.

The figures show that 41,000 people were waiting for a scan.
"""


def test_spelled_out_acronym_gives_the_lead_in_to_the_body():
    assert cued_rows(SPELLED) == [
        ("Harbour Data Office", "organisation", "reveals",
         "Appeals to the Harbour Data Office rose by 12% in 2026, to 410, the highest since freedom of information "
         "(FOI) law came in"),
        ("Harbour Data Office", "organisation", "Key highlights of the year include:", "we closed 380 cases"),
        ("Harbour Data Office", "organisation", "Key highlights of the year include:",
         "awareness of FOI among residents stood at 71%"),
    ]


def test_acronym_only_before_a_noun_leaves_the_survey_to_its_body():
    assert cued_rows(MODIFIER) == [
        ("Velmont Rowing Association", "organisation", "found that", "61% had lost a coach since 2023"),
    ]


def test_body_spelled_out_in_capitals_keeps_its_acronym():
    assert cued_rows(BODY_SPELLED) == [
        ("Water Services Authority", "organisation", "said", "it had closed 1,200 cases"),
    ]


def test_acronym_owning_figures_stays_a_body():
    assert not thing_acronym_in(BODY_FIGURES, "HSE")


def test_spelled_in_lower_case_needs_initials_and_no_body_head():
    assert spelled_in_lower_case("since freedom of information (FOI) law", "FOI")
    assert not spelled_in_lower_case("run by the national health service (NHS) since", "NHS")
    assert not spelled_in_lower_case("the Water Services Authority (WSA) said", "WSA")
    assert not spelled_in_lower_case("a cut in fuel duty (FOI) this year", "FOI")


def test_only_modifies_needs_every_use_before_a_voiceless_noun():
    assert only_modifies("benefits loaded onto EBT cards; some EBT cards failed", "EBT")
    assert not only_modifies("benefits loaded onto EBT cards. EBT said sorry", "EBT")
    assert not only_modifies("according to the ESB crews", "ESB")
    assert not only_modifies("members of NUJ staff walked out", "NUJ")
    assert not only_modifies("the Water Services Authority (WSA) runs WSA depots", "WSA")
