"""Wave 40f: a quoted sentence that lists what the speaker did, clause by clause (issue 8: no over-bundled rows).

A quotation is its speaker's claims sentence by sentence, and each item of a list is its own claim. `"We hired 12
drivers, we opened a second depot and we cut waits by a third."` is three claims, each with its own subject `we`: a
sentence of three such clauses or more splits before each `we` (or `I`) that follows a comma or `and` when it opens on
that same pronoun (`attribution/spoken_clauses`); two clauses (`We got it wrong and we are sorry`) stay one sentence.
A sentence that opens on another subject (`Our costs rose, and we ...`), a `we` after another word (`... so that we
can`, `..., which we expect`) or a pronoun that differs stays whole.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from claims.extract.attribution.spoken_clauses import spoken_clauses
from extract_rows import cued_rows

LEAD = "Mara Quell, chief executive of the Brindle Bus Company, said: "


def test_three_clauses_of_we_split() -> None:
    text = LEAD + '"We hired 12 drivers, we opened a second depot and we cut waiting times by a third."'
    assert [row[3] for row in cued_rows(text)] == [
        "We hired 12 drivers", "we opened a second depot", "we cut waiting times by a third."]


def test_two_clauses_stay_one_sentence() -> None:
    text = LEAD + '"We got the timetable wrong, and we are sorry for it."'
    assert [row[3] for row in cued_rows(text)] == ["We got the timetable wrong, and we are sorry for it."]


def test_clauses_after_a_comma_and_split() -> None:
    text = LEAD + ('"We have put £2m into new buses, we have hired 30 drivers, and we have raised the drivers\' '
                   'hourly rate to £15."')
    assert [row[3] for row in cued_rows(text)] == [
        "We have put £2m into new buses", "we have hired 30 drivers",
        "we have raised the drivers' hourly rate to £15."]


def test_i_clauses_split_as_we_clauses() -> None:
    text = LEAD + '"I met every depot manager, I rode every route and I read every complaint we received."'
    assert [row[3] for row in cued_rows(text)] == [
        "I met every depot manager", "I rode every route", "I read every complaint we received."]


def test_another_opening_subject_stays_whole() -> None:
    text = LEAD + '"Our costs rose by a fifth, and we had to cut two evening routes."'
    assert [row[3] for row in cued_rows(text)] == [
        "Our costs rose by a fifth, and we had to cut two evening routes."]


def test_we_after_another_word_stays_whole() -> None:
    text = LEAD + '"We bought six electric buses so that we can cut our fuel bill, which we expect to halve."'
    assert [row[3] for row in cued_rows(text)] == [
        "We bought six electric buses so that we can cut our fuel bill, which we expect to halve."]


def test_spoken_clauses_reads_only_the_same_pronoun() -> None:
    text = "We hired 12 drivers, and I opened a depot, and I ran it."
    assert spoken_clauses(text, (0, len(text))) == [(0, len(text))]
    text = "We hired 12 drivers, we opened a depot and we ran it."
    assert spoken_clauses(text, (0, len(text))) == [(0, 19), (21, 38), (43, len(text))]


def test_a_clause_too_short_to_stand_leaves_the_sentence_whole() -> None:
    text = LEAD + '"We promised new buses, and we did."'
    assert [row[3] for row in cued_rows(text)] == ["We promised new buses, and we did."]
