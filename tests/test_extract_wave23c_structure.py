"""Structure and layout (wave 23c): a finding's lead-in is no transcript's turn. Each case is a short text written
for this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind,
quote) rows, in text order, or the whole value a helper returns."""
from claims.extract.text import split_blocks
from claims.extract.transcript import is_transcript, read_label
from extract_rows import rows


# A finding's lead-in is no turn (23c, transcript.read_label): `The panel found that Mr Roe:` ends on the respondent's
# name and a colon like a transcript's label (`Mayor Jo Roe:`); two such lead-ins in a digest made the whole text a
# transcript and gave the findings to the person found against. A label with a verb of finding or reporting followed by
# `that` or a party (`found that`, `recommended that the board:`, `identified three breaches of the code:`) is a
# lead-in; a label that only names its speaker (`Employment Judge Jo Roe:`) is still a turn.
DIGEST = ("Weekly digest\n\n"
          "Nurse: Jo Roe\n"
          "Regulator: Nursing Standards Board (NSB)\n\n"
          "A panel of the NSB found that Ms Roe:\n"
          "- recorded 14 checks on a patient that were never carried out;\n"
          "- signed a chart to say she had given a dose she had not given.\n\n"
          "Teacher: Al Key\n"
          "Regulator: Schools Conduct Agency (SCA)\n\n"
          "The Schools Conduct Agency found that Mr Key:\n"
          "- altered the marks of 22 pupils;\n"
          "- told the exam board that the marks had been checked.\n")


def test_a_digest_s_finding_lead_ins_make_no_transcript() -> None:
    assert is_transcript(DIGEST, split_blocks(DIGEST)) is False


def test_a_finding_s_bullets_are_the_finder_s_not_the_person_found_against() -> None:
    assert [row for row in rows(DIGEST) if row[0] in ("Jo Roe", "Al Key")] == []
    assert rows(DIGEST)[-2:] == [
        ("Schools Conduct Agency", "inspectorate", "altered the marks of 22 pupils"),
        ("Schools Conduct Agency", "inspectorate", "told the exam board that the marks had been checked")]


def test_read_label_gives_no_turn_for_a_finding_s_lead_in() -> None:
    for line in ("The panel found that Ms Roe:\n", "Inspectors found that Acme Water:\n",
                 "The Ombudsman has recommended that the Health Board:\n",
                 "Its inquiry identified three breaches of the Code:\n",
                 "Adjudicators found that, between March and June, Ms Roe:\n"):
        assert read_label(line, split_blocks(line)[0]) is None, line


def test_a_label_naming_its_speaker_is_still_a_turn() -> None:
    text = "Employment Judge Jo Roe: The claim was lodged 41 days late.\n"
    turn = read_label(text, split_blocks(text)[0])
    assert (turn.speaker, turn.kind, text[turn.body:]) == ("Jo Roe", "person", "The claim was lodged 41 days late.\n")
