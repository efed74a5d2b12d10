"""attribution/according_sources: a source after `according to` whose words go on past its name, called directly.

Each case is a short text written for this test about invented parties. `source_beyond_name` gets the words before
`according to`, the source's own words and the words after them to the sentence's end, and must give the whole
(Who, remaining words) pair or None; `describes_after_source` and `own_words` give whole values too."""
import pytest

from claims.extract.attribution.according_sources import describes_after_source, own_words, source_beyond_name
from claims.extract.speakers import Context, Who

PUBLISHER = "The Gazette sells 6,100 copies a week, according to {} publisher, Fernmoor Media Ltd{}"


def beyond(text: str, source: str, who: Who | None = None,
           ctx: Context | None = None) -> tuple[Who, tuple[int, int]] | None:
    """Call source_beyond_name on the only `according to` in text, with source the words right after it."""
    start = text.index(source)
    end = start + len(source)
    return source_beyond_name(text, (0, text.index("according to")), (start, end), (end, len(text)), who,
                              ctx or Context(text=text))


def expected(text: str, name: str, kind: str, clause: str, rest: str) -> tuple[Who, tuple[int, int]]:
    """Return the pair for a Who whose clause starts at the words `clause`, and the last `rest` of text left to read."""
    return Who(name, kind, text.index(clause)), (len(text) - len(rest), len(text))


# a body named after a word for what the source is (`its publisher, X Ltd`): that body, with the words after its name
@pytest.mark.parametrize(("owner", "tail", "rest"), [
    ("its", ".", "."),
    ("their", ".", "."),
    ("the", ".", "."),
    ("The", ".", "."),
    ("its", "", ""),  # the sentence ends with the name
    ("its", "!", "!"),
    ("its", " .", " ."),  # a space before the full stop
    ("its", "; sales fell.", "; sales fell."),
    ("its", ", which runs it.", ", which runs it."),
])
def test_a_body_named_after_its_role_speaks(owner: str, tail: str, rest: str) -> None:
    text = PUBLISHER.format(owner, tail)
    assert beyond(text, f"{owner} publisher") == \
        expected(text, "Fernmoor Media Ltd", "organisation", f"{owner} publisher", rest)


@pytest.mark.parametrize(("owner", "tail"), [
    ("a", "."),  # no `its`, `their` or `the` before the role
    ("its", " and others."),  # the name goes on into other words
])
def test_a_body_after_a_role_is_no_source_unless_it_ends_there(owner: str, tail: str) -> None:
    assert beyond(PUBLISHER.format(owner, tail), f"{owner} publisher") is None


def test_a_person_after_a_role_is_left_to_other_rules() -> None:
    assert beyond("The Gazette sells 6,100 copies a week, according to its publisher, Jo Roe.", "its publisher") is None


def test_a_body_after_a_role_keeps_the_kind_the_text_gave_it() -> None:
    text = "Fees rose 4%, according to its regulator, Fernmoor Standards Board."
    ctx = Context(text=text)
    ctx.register_org("Fernmoor Standards Board", "inspectorate")
    assert beyond(text, "its regulator", ctx=ctx) == \
        expected(text, "Fernmoor Standards Board", "inspectorate", "its regulator", ".")


def test_a_speaker_already_named_keeps_the_source() -> None:
    text = PUBLISHER.format("its", ".")
    assert beyond(text, "its publisher", Who("Gazette Group", "organisation", 0)) is None


def test_a_speaker_whose_name_starts_lower_case_gives_way_to_the_body() -> None:
    text = PUBLISHER.format("its", ".")  # the first character alone decides
    assert beyond(text, "its publisher", Who("mTrade", "organisation", 0)) == \
        expected(text, "Fernmoor Media Ltd", "organisation", "its publisher", ".")


# a contact clause (`figures the company published`): its subject, unless that is a document itself
@pytest.mark.parametrize(("text", "source", "result"), [
    ("Leakage rose, according to figures Tarrow Water published on Friday.",
     "figures Tarrow Water published on Friday", ("Tarrow Water", "organisation", "Tarrow Water", ".")),
    ("Leakage rose, according to figures the company published on Friday.",
     "figures the company published on Friday", ("the company", "unresolved", "the company", ".")),
    # `the report` is a document: the source speaks in its own words, read from the participle
    ("Leakage rose, according to figures the report published on Friday.",
     "figures the report published on Friday",
     ("figures the report published", "document", "figures the report", ".")),
])
def test_the_subject_of_a_contact_clause_speaks(text: str, source: str, result: tuple[str, str, str, str]) -> None:
    assert beyond(text, source) == expected(text, *result)


# a participle phrase about a source no owner is named for: the document speaks in its own words
@pytest.mark.parametrize(("text", "source", "result"), [
    ("The Navy plans to move six boats, according to a basing notice sent to the legislature on Monday.",
     "a basing notice sent to the legislature on Monday",
     ("a basing notice sent to the legislature", "document", "a basing notice", ".")),
    ("Leakage rose, according to the complaint filed in the county court.",
     "the complaint filed in the county court",
     ("complaint filed in the county court", "document", "the complaint", ".")),
])
def test_a_document_with_a_participle_phrase_speaks(text: str, source: str, result: tuple[str, str, str, str]) -> None:
    assert beyond(text, source) == expected(text, *result)


# unnamed people with a relative clause after them (wave 49x): the people, never a document read from a participle in
# the relative clause
@pytest.mark.parametrize(("text", "source", "result"), [
    ("A ransom was asked for, according to two people familiar with the inquiry who were not authorized to speak.",
     "two people familiar with the inquiry who were not authorized to speak",
     ("two people familiar with the inquiry", "person", "two people", ".")),
    ("The merger is off, according to a person close to the Corvell board who was briefed on the talks.",
     "a person close to the Corvell board who was briefed on the talks",
     ("a person close to the Corvell board", "person", "a person", ".")),
    ("Bids closed early, according to three officials at the Tarrow Port Authority who asked to stay anonymous.",
     "three officials at the Tarrow Port Authority who asked to stay anonymous",
     ("three officials at the Tarrow Port Authority", "person", "three officials", ".")),
])
def test_unnamed_people_before_a_relative_clause_speak(text: str, source: str, result: tuple[str, str, str, str]) -> None:
    assert beyond(text, source) == expected(text, *result)


@pytest.mark.parametrize(("text", "source", "who"), [
    # an owner in the source's words, a possessive or a capital
    ("The Navy plans to move six boats, according to the agency's notice sent to the legislature on Monday.",
     "the agency's notice sent to the legislature on Monday", None),
    ("Leakage rose, according to Acme figures sent to the board on Monday.",
     "Acme figures sent to the board on Monday", None),
    # a cue of its own before the source
    ("Tarrow Water has reported a loss, according to figures released today.", "figures released today", None),
    # a contact clause or participle phrase before the source is no part of it
    ("The figures Acme Water published show leakage rose, according to the regulator.", "the regulator", None),
    ("Letters sent to tenants were wrong, according to the council.", "the council", None),
    # a speaker already named keeps the source
    ("Leakage rose, according to figures the company published on Friday.",
     "figures the company published on Friday", Who("Acme", "organisation", 0)),
])
def test_a_source_without_words_past_its_own_is_left_as_it_is(text: str, source: str, who: Who | None) -> None:
    assert beyond(text, source, who) is None


@pytest.mark.parametrize(("words", "result"), [
    ("the complaint filed in the county court", "complaint filed in the county court"),
    ("a notice  sent to the board on Monday", "a notice sent to the board"),
    ("The report presented in May 2024", "report presented"),
    ("theory sent to the board today", "theory sent to the board"),
])
def test_a_documents_own_words_drop_the_and_its_time(words: str, result: str) -> None:
    text = f"Sales fell, according to {words}."
    start = text.index(words)
    assert own_words(text, (start, start + len(words))) == result


@pytest.mark.parametrize(("text", "result"), [
    ("Arrears rose to £2m, according to Acme Water, up from £1.9m.", True),
    ("Arrears rose to £2m, according to Acme Water , up from £1.9m.", True),  # a space before the comma
    ("Arrears rose to £2m, according to Acme Water, a research group based in Kent.", True),
    ("Arrears rose to £2m, according to Acme Water, putting the plan in doubt.", True),
    ("Arrears rose to £2m, according to Acme Water, saying the plan is in doubt.", False),  # a cue of its own
    ("Arrears rose to £2m, according to Acme Water up from £1.9m.", False),  # no comma
    ("according to Acme Water, up from £1.9m.", False),  # no words before the source
])
def test_words_after_a_source_that_only_describe_it(text: str, result: bool) -> None:
    end = text.index("Acme Water") + len("Acme Water")
    assert describes_after_source(text, (0, text.index("according to")), (end, len(text))) is result


@pytest.mark.parametrize(("text", "expected"), [
    ("Tollbridge County has struggled to finish its audits, according to an evaluation conducted by the county's "
     "Review Office at the request of a budget committee.\n",
     [("Review Office", "organisation", "Tollbridge County has struggled to finish its audits")]),
    ("Ferrow Transit has the largest audit team among state agencies, but struggled to finish its audits, according "
     "to an evaluation performed by the Oversight Bureau at the request of a legislative committee.\n",
     [("Oversight Bureau", "organisation",
       "Ferrow Transit has the largest audit team among state agencies, but struggled to finish its audits")]),
])
def test_the_maker_of_a_source_speaks_never_the_party_that_requested_it(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """Wave 54e: `conducted by X at the request of Y` is X's work; Y only asked for it (a word read as a cue before the
    source, `state agencies`, does not keep Y)."""
    from extract_rows import rows
    assert rows(text) == expected
