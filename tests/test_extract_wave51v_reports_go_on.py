"""A person's reported claim carried on with no cue (wave 51v): after `X said ...` the next sentence of the same
paragraph whose verb is moved back as reported speech has (`had fallen`, `would receive`) goes on reporting what X
said; a present or plain past sentence, another party named, a sentence about a thing or a group (`It had asked`), a
question and a new paragraph stop it. Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

from extract_rows import rows


def test_a_sentence_in_the_past_perfect_goes_on_her_report() -> None:
    text = ("Councillor Maren Tolliday said the council had answered 58% of housing repair requests within a week "
            "between May and August. The number of repairs waiting more than a month had fallen from 310 to 96.\n")
    assert rows(text) == [
        ("Maren Tolliday", "person",
         "the council had answered 58% of housing repair requests within a week between May and August"),
        ("Maren Tolliday", "person", "The number of repairs waiting more than a month had fallen from 310 to 96")]


def test_a_sentence_with_would_goes_on_his_report() -> None:
    text = ("Cllr Osric Vandeleur said the county would lend the halls to the groups rent-free. Each group would "
            "also receive a grant of \u00a39,000 to buy furniture.\n")
    assert rows(text) == [
        ("Osric Vandeleur", "person", "the county would lend the halls to the groups rent-free"),
        ("Osric Vandeleur", "person", "Each group would also receive a grant of \u00a39,000 to buy furniture")]


def test_a_plain_past_sentence_stays_the_writers() -> None:
    text = ("Councillor Maren Tolliday said the council had answered 58% of repair requests within a week. "
            "Tenants lodged 1,240 complaints last year.\n")
    assert rows(text) == [
        ("Maren Tolliday", "person", "the council had answered 58% of repair requests within a week")]


def test_a_sentence_naming_another_party_stops_the_report() -> None:
    text = ("Cllr Osric Vandeleur said the county would lend the halls rent-free. The Hallbury Residents "
            "Association had asked for a grant of \u00a320,000.\n")
    assert rows(text) == [("Osric Vandeleur", "person", "the county would lend the halls rent-free")]


def test_a_sentence_about_a_body_stops_a_persons_report() -> None:
    text = ("Its general secretary, Idris Fennimore, said the union would ballot members on the offer. It had "
            "asked the pay panel for 9%.\n")
    assert rows(text) == [("Idris Fennimore", "person", "the union would ballot members on the offer")]


def test_a_question_and_a_new_paragraph_stop_the_report() -> None:
    text = ("Councillor Maren Tolliday said the council had answered 58% of repair requests within a week. Had the "
            "backlog fallen far enough?\n\n"
            "The number of repairs waiting more than a month had fallen from 310 to 96.\n")
    assert rows(text) == [
        ("Maren Tolliday", "person", "the council had answered 58% of repair requests within a week")]


def test_the_persons_own_act_in_the_writers_words_stays_the_writers() -> None:
    text = ("Plant manager Tovah Brennick said the line would restart on Monday. She declined to say whether the "
            "firm would pay staff for the lost shifts.\n")
    assert rows(text) == [("Tovah Brennick", "person", "the line would restart on Monday")]


def test_a_conceded_claim_goes_on_too() -> None:
    text = ("Ward sister Ingrid Mallowby conceded that the unit had closed to new patients twice in March. Both "
            "closures had lasted less than a day.\n")
    assert rows(text) == [
        ("Ingrid Mallowby", "person", "the unit had closed to new patients twice in March"),
        ("Ingrid Mallowby", "person", "Both closures had lasted less than a day")]
