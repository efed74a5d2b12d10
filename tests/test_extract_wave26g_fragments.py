"""Fragments and rows that are no statement (wave 26g): the last step before rows are returned mends each row that
cannot stand as a statement from its own sentence. Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order,
or the whole value a helper returns; each rule has cases where it must not fire."""
from claims.extract.attribution.records import Found
from claims.extract.statements import cut_end, cut_subject, mend_statements, taken_subject
from claims.extract.stubs import is_stub as unanchored  # wave 27a: the stub mending reads phrases and bare names
from extract_rows import cued_rows as rows


def span_of(text: str, words: str) -> tuple[int, int]:
    """The span of some words in a text."""
    start = text.index(words)
    return start, start + len(words)


# A cut end: a row ending on an auxiliary while its clause goes on into a quotation runs on to its sentence's end.
CUT_BEFORE_QUOTE = ('The adjudicator, Nora Pell, noted that Mr Vance had chaired both the review and the appeal '
                    'and had, "on his own evidence, settled the outcome before the appeal began".')


def test_a_row_cut_after_its_auxiliary_runs_on_to_its_sentence_end() -> None:
    assert rows(CUT_BEFORE_QUOTE) == [
        ("Nora Pell", "person", "noted that", 'Mr Vance had chaired both the review and the appeal and had, "on his '
                                              'own evidence, settled the outcome before the appeal began"')]


def test_a_cut_end_is_read_only_where_the_clause_goes_on() -> None:
    text = "Staff said the home could have done more and should have. Rota gaps were the cause of the delay."
    assert not cut_end(text, span_of(text, "the home could have done more and should have"))  # the sentence ends
    text = 'Ivo Marsh said the plan "is the one we were most sure of", and left.'
    assert not cut_end(text, span_of(text, "is the one we were most sure of"))  # a closing quotation mark
    text = "Ann Dale said costs had risen and that they will, with fuel dear."
    assert not cut_end(text, span_of(text, "costs had risen and that they will"))  # an ellipsis after `they`
    text = "Ann Dale said the board had, in the end, agreed."
    assert cut_end(text, span_of(text, "the board had"))


def test_a_cut_end_never_takes_in_a_reporting_clause() -> None:
    text = "Ward staff had not been trained on the new pumps and never had, the inspectors found in their visit."
    found = [Found("the inspectors", "inspectorate", "found", span_of(text, "Ward staff had not been trained on "
                                                                            "the new pumps and never had"))]
    assert mend_statements(text, found) == found


# A phrase or a bare name cut from its clause joins the row it was cut from.
NAME_CUT = ("In a statement on Friday, Harrow Vale Bancorp said its board had weighed the offer with its financial "
            "adviser, Quill Dorsey & Co., and its lawyers, and had decided to stay independent.")
PHRASE_CUT = ("The review of the Brackley Circuit of Chapels examined 40 complaints made since 2010. It found that "
              "in 9 of them, including three involving pupils, the complaint was handled \"quietly\" when it should "
              "have gone to the police.")


def test_a_name_cut_from_its_apposition_joins_the_row_before_it() -> None:
    assert rows(NAME_CUT) == [
        ("Harrow Vale Bancorp", "organisation", "said",
         "its board had weighed the offer with its financial adviser, Quill Dorsey & Co"),
        ("Harrow Vale Bancorp", "organisation", "said", "had decided to stay independent")]


def test_a_phrase_cut_at_including_joins_the_row_after_it() -> None:
    assert rows(PHRASE_CUT) == [
        ("it", "unresolved", "found that", 'in 9 of them, including three involving pupils, the complaint was handled '
                                           '"quietly" when it should have gone to the police')]


def test_a_phrase_or_name_with_a_verb_or_a_figure_stands() -> None:
    text = "Ann Dale said that in 2025 sales rose by 4%. She said 310 road deaths. She named Tom Reid."
    assert not unanchored("in 2025 sales rose by 4%")  # a verb
    assert not unanchored("310 road deaths")  # a count
    assert unanchored("Tom Reid")
    assert not unanchored("Over the last year, across every ward")  # a comma


def test_a_phrase_with_no_row_of_its_speaker_beside_it_stays() -> None:
    text = "Jo Penn of Fenmoor Trust said the ward reopened. Ivo Marsh said in the spring."
    found = [Found("Jo Penn", "person", "said", span_of(text, "the ward reopened")),
             Found("Ivo Marsh", "person", "said", span_of(text, "in the spring"))]
    assert mend_statements(text, found) == found  # another speaker's row, another sentence: never joined


# A count cut from its `including` part is one item with it; counts of a list stay apart.
COUNT_CUT = ("Figures published today by the Department of Transport show that it handled 1,204 cases in 2026.\n\n"
             "The cases included:\n- 310 road deaths;\n- 144 rail injuries, including 52 on level crossings; and\n"
             "- 61 ferry incidents.\n")


def test_a_count_cut_from_its_including_part_is_one_item() -> None:
    assert rows(COUNT_CUT) == [
        ("Department of Transport", "organisation", "show that", "it handled 1,204 cases in 2026"),
        ("Department of Transport", "organisation", "included:", "310 road deaths"),
        ("Department of Transport", "organisation", "included:", "144 rail injuries, including 52 on level crossings"),
        ("Department of Transport", "organisation", "included:", "61 ferry incidents")]


# A subject the cue took: `said that was ...`.
SUBJECT_TAKEN = ("Tessa Lind, the council's finance director, said that was \"plainly untrue\" and that the grant had "
                 "been paid in June.")


def test_a_that_before_a_finite_verb_is_the_rows_subject() -> None:
    assert rows(SUBJECT_TAKEN) == [
        ("Tessa Lind", "person", "said", 'that was "plainly untrue"'),
        ("Tessa Lind", "person", "said that", "the grant had been paid in June")]
    assert rows("Colm Rafter, a spokesman for Brindle Ports, insisted that had never happened.") == [
        ("Colm Rafter", "person", "insisted", "that had never happened")]


def test_a_that_before_a_subject_stays_the_cues() -> None:
    text = "Tessa Lind said that the grant was paid."
    row = Found("Tessa Lind", "person", "said that", span_of(text, "the grant was paid"))
    assert not taken_subject(text, row)
    text = "Tessa Lind said that Was Hall had closed."  # a capital: a name, not a verb
    assert not taken_subject(text, Found("Tessa Lind", "person", "said that", span_of(text, "Was Hall had closed")))


def test_a_row_holding_its_own_full_stop_is_not_cut() -> None:
    text = '"We are not yet where we want to be. Waits will fall," said Ivo Marsh of Fenmoor Trust.'
    assert not cut_end(text, span_of(text, "We are not yet where we want to be."))
    text = 'Ivo Marsh said staffing was "not where it needs to be" and that rotas had been cut.'
    assert not cut_end(text, span_of(text, 'staffing was "not where it needs to be"'))


def test_rows_on_lines_of_their_own_are_never_joined() -> None:
    text = "Inspectors graded the force:\nKeeping people safe | Good\nCutting crime | Adequate\n"
    found = [Found("Inspectors", "inspectorate", "graded", span_of(text, "Keeping people safe | Good")),
             Found("Inspectors", "inspectorate", "graded", span_of(text, "Cutting crime | Adequate"))]
    assert mend_statements(text, found) == found


def test_a_condition_put_first_keeps_that_as_the_cues() -> None:
    text = "Jo Penn said that had the trust acted sooner, the ward would have stayed open."
    row = Found("Jo Penn", "person", "said that", span_of(text, "had the trust acted sooner, the ward would have "
                                                                 "stayed open"))
    assert not taken_subject(text, row)
    text = "Jo Penn warned that could mean longer waits."
    assert taken_subject(text, Found("Jo Penn", "person", "warned that", span_of(text, "could mean longer waits")))


def test_a_phrase_cut_at_including_under_a_survey_joins_its_clause() -> None:
    assert rows("The survey by Hearthwell found that in 12 of the councils, including two in Wales, waiting lists "
                "had doubled.") == [
        ("Hearthwell", "organisation", "found that",
         "in 12 of the councils, including two in Wales, waiting lists had doubled")]


# A subject cut at `and` from its verb: the two rows are one clause.
SUBJECT_CUT = ("The Fenmoor Dockers' Guild warned that nearly half of the timber and the yard's main frames could "
               "still be cut abroad.")


def test_a_subject_cut_at_and_joins_the_row_holding_its_verb() -> None:
    assert rows(SUBJECT_CUT) == [
        ("Fenmoor Dockers' Guild", "organisation", "warned that",
         "nearly half of the timber and the yard's main frames could still be cut abroad")]
    assert rows("Ivo Marsh said two inspectors, three clerks and a driver had lost their jobs.") == [
        ("Ivo Marsh", "person", "said", "two inspectors, three clerks and a driver had lost their jobs")]


def test_two_clauses_or_a_nouns_own_clause_are_not_one_subject() -> None:
    def joined(text: str, first: str, second: str) -> bool:
        found = [Found("Ivo Marsh", "person", "said", span_of(text, first)),
                 Found("Ivo Marsh", "person", "said", span_of(text, second))]
        return cut_subject(text, found[0], found[1])
    text = "Ivo Marsh said the dates of each visit and the staff who were there."
    assert not joined(text, "the dates of each visit", "the staff who were there")  # a relative clause's verb
    text = "Ivo Marsh said he regrets the delay and the board will review it."
    assert not joined(text, "he regrets the delay", "the board will review it")  # a pronoun: a clause of its own
    text = "Ivo Marsh said the rise in fuel duty, and the new levy would add costs."
    assert not joined(text, "the rise in fuel duty", "the new levy would add costs")  # a comma: two items
    text = "Ivo Marsh said the new plan and will cut waits."
    assert not joined(text, "the new plan", "will cut waits")  # a verb first: a predicate, not a subject
    text = "Ivo Marsh said the old wards and the new one. The new one is open."
    assert not joined(text, "the old wards", "the new one. The new one is open")  # the next sentence's verb
