"""A foreword or message under its heading (`Chair's foreword`, `A message from the Director`), signed off at its end
by a name over a post: the signer is its voice down to the sign-off, across what breaks a run of first-person
paragraphs (a sub-heading, a lead-in and its bullets, a paragraph that never says `I` or `we`, a closing line such
as `Respectfully submitted,`), so that their cue-less figures are hers (wave 36a)."""
from __future__ import annotations

from claims.extract import extract_text
from claims.extract.attribution.forewords import foreword_signers
from claims.extract.text import split_blocks

FOREWORD = """Orchard Vale Rowing Club
Annual Report 2027

Chair's foreword

It is my pleasure to introduce this report. We coached 1,930 young people on the river, up from 1,480.

Membership

Adult membership stood at 612 members at the year end. Subscriptions brought in £84,500.

Highlights of the season included:

- a new launch bought for £23,000;
- 41 regatta wins, the most in the club's history.

Respectfully submitted,

Imelda Corrigan-Shaw
Chair, Orchard Vale Rowing Club
May 2027
"""


def rows(text: str) -> list[tuple[str, str]]:
    """The speaker and quote of every row of a text's table."""
    table = extract_text(text)
    return list(zip(table["speaker"], table["quote"]))


def test_a_signed_forewords_voice_reaches_over_its_headings_lists_and_third_person_paragraphs() -> None:
    assert rows(FOREWORD) == [
        ("Imelda Corrigan-Shaw", "We coached 1,930 young people on the river, up from 1,480"),
        ("Imelda Corrigan-Shaw", "Adult membership stood at 612 members at the year end"),
        ("Imelda Corrigan-Shaw", "Subscriptions brought in £84,500"),
        ("Imelda Corrigan-Shaw", "a new launch bought for £23,000"),
        ("Imelda Corrigan-Shaw", "41 regatta wins, the most in the club's history"),
    ]


def test_the_foreword_runs_from_under_its_heading_to_the_sign_off() -> None:
    blocks = split_blocks(FOREWORD)
    signers = foreword_signers(FOREWORD, blocks)
    first = next(i for i, b in enumerate(blocks) if FOREWORD[b.body:b.end].startswith("It is my pleasure"))
    close = next(i for i, b in enumerate(blocks) if FOREWORD[b.body:b.end] == "Respectfully submitted,")
    assert sorted(signers) == list(range(first, close + 1))
    assert {mention.name for mention in signers.values()} == {"Imelda Corrigan-Shaw"}


def test_without_a_foreword_heading_no_block_is_signed_over_a_break() -> None:
    report = FOREWORD.replace("Chair's foreword", "Club news")
    assert foreword_signers(report, split_blocks(report)) == {}


def test_a_text_with_no_sign_off_has_no_foreword_signer() -> None:
    unsigned = FOREWORD.replace("Chair, Orchard Vale Rowing Club\n", "")
    assert foreword_signers(unsigned, split_blocks(unsigned)) == {}


BESIDE_A_CUE = """Orchard Vale Rowing Club
Annual Report 2027

Chair's foreword

Adult membership stood at 612 members at the year end. Ashcombe District Council has told us that it will resurface the towpath.

Imelda Corrigan-Shaw
Chair, Orchard Vale Rowing Club
"""


def test_a_forewords_figures_beside_another_partys_cue_stay_the_signers() -> None:
    assert rows(BESIDE_A_CUE) == [
        ("Imelda Corrigan-Shaw", "Adult membership stood at 612 members at the year end"),
        ("Ashcombe District Council", "it will resurface the towpath"),
    ]


def test_a_lead_in_with_its_own_cue_keeps_its_speaker_in_a_foreword() -> None:
    owned = FOREWORD.replace("Highlights of the season included:", "Our boat logs show the following for the season:")
    assert rows(owned)[-2:] == [
        ("Orchard Vale Rowing Club", "a new launch bought for £23,000"),
        ("Orchard Vale Rowing Club", "41 regatta wins, the most in the club's history"),
    ]


def test_what_others_tell_the_signer_beside_a_cue_is_never_hers() -> None:
    told = BESIDE_A_CUE.replace("Adult membership", "Our boatmen tell me that 14 hulls were repaired. Adult membership")
    assert [speaker for speaker, quote in rows(told) if "14 hulls" in quote] == []
