"""A group of unnamed people as the subject of a subordinate clause ending a cue's region (wave 55d): `A manager at
a Fernleigh trust was suspended after health bosses said ...`, `Shares in Acme plc fell after analysts said ...`. The
group speaks, in its own words, never the body the main clause names. Texts written for this test in our own words
about invented parties."""
from claims.extract.speakers.subordinate_groups import group_subject_start
from extract_rows import rows


def test_the_group_after_a_subordinating_word_starts_the_subject() -> None:
    texts = ["A manager at a Fernleigh trust was suspended after health bosses said",
             "Shares in Brackwater Foods plc fell as analysts said",
             "Brackwater Foods plc shut the plant after engineers found",
             "Brackwater Foods plc shut the plant after the storm said"]
    cues = [text.rfind(" ") for text in texts]
    assert [group_subject_start(text, 0, cue) for text, cue in zip(texts, cues)] == [
        texts[0].index("health"), texts[1].index("analysts"), 0, 0]


def test_the_group_speaks_not_the_body_of_the_main_clause() -> None:
    text = ("Shares in Brackwater Foods plc fell by 14 per cent after analysts said the company's profit would be "
            "£6 million lower than forecast.\n")
    assert rows(text) == [("analysts", "unresolved", "the company's profit would be £6 million lower than forecast")]


def test_a_finding_after_the_subordinating_word_stays_the_main_clauses() -> None:
    text = "Brackwater Foods plc said it had shut the plant after engineers found a crack.\n"
    assert rows(text) == [("Brackwater Foods plc", "organisation", "it had shut the plant after engineers found a crack")]


def test_a_group_confirming_a_count_leaves_it_to_the_body() -> None:
    text = "Eastmoor Council will open two clinics after public health staff confirmed three new cases of mumps.\n"
    assert [row[0] for row in rows(text)] == ["Eastmoor Council"]
