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


def test_glued_ends_are_the_roles_each_one_word() -> None:
    from claims.extract.glued_roles import GLUED_ENDS, GLUED_ROLES
    assert GLUED_ENDS == tuple(sorted(GLUED_ROLES))
    assert all(role.isalpha() and role.islower() for role in GLUED_ENDS)


def test_glued_role_pretest_never_refuses_a_glued_role() -> None:
    from claims.extract.glued_roles import GLUED_ENDS, without_glued_role
    for role in GLUED_ENDS:
        assert without_glued_role(["Jo", f"Roe{role}"]) == ["Jo", "Roe"]
    assert without_glued_role(["Jo", "Roechief"]) == ["Jo", "Roe"]
    assert without_glued_role(["Jo", "Roe"]) == ["Jo", "Roe"]
    assert without_glued_role(["Jo", "Roeboss"]) == ["Jo", "Roeboss"]


def _placed_plainly(text: str, mention: object) -> bool:
    """`placed_name` as written before 25S, without the cheap test: the pattern searched every time."""
    from claims.extract import placed_people as pp
    before = pp._PLACED_BEFORE_RE.search(text, max(0, mention.start - pp._LOOK_BACK), mention.start) \
        if mention.kind in ("person", "org") else None
    if before is None or before.group("noun") not in pp.PLACED_NOUNS:
        return False
    return before.group("article").lower() in pp._INDEFINITE or mention.kind == "person" and before.group("link") != "of"


def test_placed_name_pretest_never_refuses_a_placing() -> None:
    from claims.extract.entities import Mention
    from claims.extract.placed_people import placed_name
    cases = {"a nurse from ": (True, True), "one long-serving volunteer with the ": (True, True),
             "a resident of ": (True, True), "The nurse at\n": (True, False), "a nurse from \u00a0": (True, True),
             "the nurse of ": (False, False), "a nurse said ": (False, False), "Tarrow said ": (False, False),
             "": (False, False), "of ": (False, False)}
    for before, (person, org) in cases.items():
        text = f"{before}Tarrow Vale said it."
        start = len(before)
        got = [placed_name(text, Mention(start, start + 11, "Tarrow Vale", kind)) for kind in ("person", "org")]
        plain = [_placed_plainly(text, Mention(start, start + 11, "Tarrow Vale", kind)) for kind in ("person", "org")]
        assert got == plain == [person, org], before


CHARACTERISED = ('Jo Roe called the plan "reckless".', "Acme described the refusal as \u201cdevastating\u201d.",
                 'The union branded it "a disgrace".', 'X dubbed the scheme "a tax".', 'He termed it "a farce".',
                 'Jo Roe hit back, calling the fine "a penalty for paperwork".', 'Acme labelled the claim "false".',
                 'Acme labeled the claim "false".', 'The firm, describing the ruling as "flawed", appealed.')


def test_characterisation_pretest_never_refuses_a_match() -> None:
    from claims.extract.attribution.characterisations import CHARACTERISED_RE, CHEAP_WORDS
    from claims.extract.attribution.records import holds_any
    for sentence in CHARACTERISED:
        assert CHARACTERISED_RE.search(sentence) is not None, sentence
        assert ('"' in sentence or "\u201c" in sentence) and holds_any(sentence, 0, len(sentence), CHEAP_WORDS)


def test_characterisation_reads_as_before() -> None:
    from claims.extract.attribution.characterisations import characterisation
    from claims.extract.attribution.records import Attribution
    text = 'Acme Water called the plan "reckless and unfair".'
    got = characterisation(text, (0, len(text)), [], Context(text=text))
    assert got == Attribution("Acme Water", "organisation", "called", ((18, 48),))
    assert characterisation("Jo Roe called the plan reckless.", (0, 32), [], Context(text="x")) is None
    assert characterisation('Jo Roe said the plan was "reckless".', (0, 36), [], Context(text="x")) is None


def test_closing_speaker_pretest_never_refuses_a_match() -> None:
    from claims.extract.attribution.patterns import CLOSING_PRONOUN_CUE_RE
    from claims.extract.attribution.sentence import MAX_CLOSING_CUE_CHARS
    for sentence in ("Tests showed that waits fell, she said.", "An inspection found damp, the union stated.",
                     "Figures show a rise, a state health official said Wednesday."):
        found = CLOSING_PRONOUN_CUE_RE.search(sentence, max(0, len(sentence) - MAX_CLOSING_CUE_CHARS))
        assert found is not None and "," in sentence[max(0, len(sentence) - MAX_CLOSING_CUE_CHARS):], sentence
    text = "Tests showed that waits fell she said."
    assert CLOSING_PRONOUN_CUE_RE.search(text, len(text) - MAX_CLOSING_CUE_CHARS) is None  # no comma: no match


def test_informed_words_pattern_finds_what_the_words_find() -> None:
    from claims.extract.attribution.shapes import INFORMED_RE, INFORMED_WORDS, INFORMED_WORDS_RE
    text = "Acme informed the MDSA that testing found A. Jo Roe put it to the board that B. The plan was sound."
    for start, end in ((0, 44), (45, 80), (81, len(text)), (0, 10), (5, 13), (50, 63), (50, 64)):
        assert (INFORMED_WORDS_RE.search(text, start, end) is not None) \
            == any(word in text[start:end] for word in INFORMED_WORDS), (start, end)
    assert [m.group() for m in INFORMED_WORDS_RE.finditer(text)] == ["informed", "put it to"]
    assert INFORMED_RE.search(text, 0, 44) is not None and INFORMED_WORDS_RE.search(text, 0, 44) is not None
