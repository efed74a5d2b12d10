"""A document a clause of narration takes in from another party right before a `which` clause of finding (`The council
welcomed the latest figures which show`, `following membership figures which showed`) finds as itself, in its own
words, never the clause's subject; the subject's own (`published the figures which show`) stays read as before
(wave 60k)."""
from claims.extract.speakers.taken_documents import taken_document
from tests.extract_rows import cued_rows


def test_welcomed_figures_with_a_tail_find_as_themselves() -> None:
    text = "The Ostwick Council has welcomed new street count figures for the autumn which show a 24% fall across the borough.\n"
    assert cued_rows(text) == [("new street count figures for the autumn", "document", "show",
                                "a 24% fall across the borough")]


def test_figures_a_statement_follows_are_not_the_statement_s_issuer_s() -> None:
    text = ("The Harrow Bowls League have issued a statement accepting there are problems following membership figures "
            "which showed bowls is the 31st most-played sport in the region.\n")
    assert cued_rows(text) == [("membership figures", "document", "showed",
                                "bowls is the 31st most-played sport in the region")]


def test_published_figures_stay_their_publisher_s() -> None:
    text = "The Ostwick Council has published new street count figures for the autumn which show a 24% fall across the borough.\n"
    assert cued_rows(text) == [("Ostwick Council", "organisation", "show",
                                "a 24% fall across the borough")]


def test_a_taken_document_is_its_words_after_the_article() -> None:
    text = "The board welcomed the latest survey results which show a rise."
    start = text.index("the latest")
    assert taken_document(text, start, text.index(" which")) == "latest survey results"


def test_an_owned_or_untaken_document_is_none() -> None:
    owned = "The board welcomed the council's latest figures which show a rise."
    published = "The board released the latest figures which show a rise."
    assert [taken_document(t, t.index("the ", 4), t.index(" which")) for t in (owned, published)] == [None, None]


def test_a_received_report_of_its_own_stays_the_receiver_s() -> None:
    text = "At a spring session the Ostwick Fire Board received its Yearly Station Audit which revealed that call-outs fell to 5,210.\n"
    assert [row[0] for row in cued_rows(text)] == ["Ostwick Fire Board"]
