"""Wave 25S (speed): cheap tests placed before rules, each a necessary condition of the rule's answer, so that the
rule is skipped where it could find nothing; the output stays the same."""
from __future__ import annotations

from claims.extract.speakers import Context
from claims.extract.speakers.documents import document
from claims.extract.vocabulary import DOCUMENT_NOUNS


def _ctx() -> Context:
    """A context of a short text with one body in it."""
    text = "Acme Water said the plan was sound. The report found rises."
    ctx = Context(text=text)
    ctx.register_org("Acme Water", "organisation")
    return ctx


def test_document_without_a_document_noun_is_none_and_notes_nothing() -> None:
    ctx = _ctx()
    owners = dict(ctx.owners)
    assert document(["the", "council", "chief", "executive"], [], ctx) is None
    assert document(["its", "spokeswoman"], [], ctx) is None
    assert ctx.owners == owners


def test_document_pretest_never_refuses_a_document() -> None:
    assert document(["the", "report"], [], _ctx()) == ("Acme Water", "organisation")
    assert document(["figures", "released", "under", "freedom", "of", "information"], [], _ctx()) \
        == ("figures released under freedom of information", "document")
    assert document(["a", "review", "of", "the", "year's", "services", "in", "2023"], [], _ctx()) is not None


def test_document_pretest_agrees_with_the_rule_for_every_document_noun() -> None:
    for noun in sorted(DOCUMENT_NOUNS):
        for words in (["the", noun], ["its", "annual", noun], ["a", "new", noun, "published", "on", "monday"]):
            assert document(words, [], _ctx()) is not None, words


def test_document_of_no_words_still_fails_as_before() -> None:
    try:
        document([], [], _ctx())
    except IndexError:
        return
    raise AssertionError("document([]) read no word and answered")

