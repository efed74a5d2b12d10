"""Structure and layout (wave 23c): a finding's lead-in is no transcript's turn. Each case is a short text written
for this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind,
quote) rows, in text order, or the whole value a helper returns."""
from claims.extract.attribution.issuer import answers_question
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


# A dated answer in a release's questions and answers (23c, attribution/issuer.answers_question): the answer to `When
# will the work start?` is a date (`Scaffolding will go up from 12 April.`), a checkable claim of the issuer even with
# no other figure; the same sentence outside an answer (a release's paragraph after another paragraph, a news report)
# is no claim, as before (a release's dates alone are often its own arrangements).
QA_RELEASE = ("Press release\n\n"
              "Acme Homes Ltd\n\n"
              "Elm Court: your questions answered\n\n"
              "When will the work start?\n\n"
              "Scaffolding will go up on the east side from 12 April. The project is programmed to finish in June 2028.\n\n"
              "Who is paying?\n\n"
              "No leaseholder will be charged for the £4.1 million works.\n")


def test_a_dated_answer_is_the_issuer_s_claim() -> None:
    assert rows(QA_RELEASE) == [
        ("Acme Homes Ltd", "organisation", "Scaffolding will go up on the east side from 12 April"),
        ("Acme Homes Ltd", "organisation", "The project is programmed to finish in June 2028"),
        ("Acme Homes Ltd", "organisation", "No leaseholder will be charged for the £4.1 million works")]


def test_a_dated_sentence_after_no_question_is_no_claim() -> None:
    text = QA_RELEASE.replace("When will the work start?\n\n", "")
    assert rows(text) == [("Acme Homes Ltd", "organisation", "No leaseholder will be charged for the £4.1 million works")]


def test_answers_question_reads_the_paragraph_before() -> None:
    blocks = split_blocks(QA_RELEASE)
    assert [answers_question(QA_RELEASE, blocks, index) for index in range(len(blocks))] == [
        False, False, False, False, True, False, True]
