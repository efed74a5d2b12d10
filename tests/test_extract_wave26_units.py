"""Unit cases for wave 26's new and changed extractor code, through its functions and the whole table (what mutation
testing found unasserted by the wave-26 files); every party and sentence is invented."""
from __future__ import annotations

import pytest

from claims.extract.attribution.kept_records import is_record_noun, kept_in_its_place
from claims.extract.attribution.records import Attribution
from claims.extract.attribution.relative_sources import relative_sources
from claims.extract.entities import Mention, is_post_noun
from claims.extract.release import is_release
from claims.extract.speakers import Context
from claims.extract.speakers.bodies_called_it import body_called_it
from claims.extract.speakers.body_traits import treated_as_body
from claims.extract.speakers.described_names import past_described_kind
from claims.extract.speakers.force_people import force_people
from claims.extract.speakers.registry import NameRegistry
from claims.extract.speakers.writer_bodies import our_phrase, writer_named
from claims.extract.text import split_blocks
from extract_rows import cued_rows as rows


# attribution/kept_records: a record noun is a document's noun or its plural, and the record is kept in its owner's
# place only when a place word follows the noun and `its`/`their` stands within four words after it


@pytest.mark.parametrize(("word", "expected"), [
    ("report", True), ("reports", True), ("figures", True), ("tenants", False), ("homes", False), ("reportx", False),
])
def test_a_record_noun_is_a_documents_noun_or_its_plural(word: str, expected: bool) -> None:
    assert is_record_noun(word) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (["figures", "on", "its"], True),  # the shortest record: three words
    (["figures", "on"], False),
    (["tenants", "in", "its", "flats"], False),  # no record noun
    (["figures", "about", "its", "website"], False),  # no place word
    (["figures", "on", "the", "main", "public", "its", "website"], True),  # `its` the fourth word after the place
    (["figures", "on", "the", "main", "public", "web", "its", "site"], False),  # the fifth: too far
])
def test_a_record_kept_in_its_place_within_four_words(words: list[str], expected: bool) -> None:
    assert kept_in_its_place(words) is expected


# attribution/relative_sources: a named source in a relative clause of another party's claim, read straight


APPEAL = "Ledbury County Council objected to the 40 homes at Pell Green.\n\n"
SAID = "Mara Quist said the homes would go ahead; she added that the developer would pay for the hall, which "


def _relative(text: str, found: Attribution, holes: list[tuple[int, int]] | None = None) -> list[Attribution]:
    """Return what relative_sources makes of an attribution over the text's last paragraph."""
    return relative_sources(text, (len(APPEAL), len(text)), found, holes or [], Context(text=text))


def _spans(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Return the two spans of SAID's claim: the homes, then the developer's hall, to the full stop."""
    return ((text.index("the homes"), text.index(";")), (text.index("the developer"), len(text) - 1))


def test_a_relative_source_in_a_later_span_claims_its_clause() -> None:
    text = APPEAL + SAID + "Ofsted had said was big enough."
    first, second = _spans(text)
    found = Attribution("Mara Quist", "person", "said", (first, second))
    assert _relative(text, found) == [
        found, Attribution("Ofsted", "organisation", "had said", ((text.index("the hall"), len(text) - 1),))]


def test_a_relative_source_is_read_only_inside_the_claims_spans() -> None:
    text = APPEAL + SAID + "Ofsted had said was big enough."
    found = Attribution("Mara Quist", "person", "said", (_spans(text)[0],))
    assert _relative(text, found) == [found]


@pytest.mark.parametrize("kind", ["unresolved", "document"])
def test_a_party_that_does_not_speak_gets_no_relative_source(kind: str) -> None:
    text = APPEAL + SAID + "Ofsted had said was big enough."
    found = Attribution("the developer", kind, "said", (_spans(text)[1],))
    assert _relative(text, found) == [found]


def test_the_same_party_in_a_relative_clause_adds_no_row() -> None:
    text = APPEAL + SAID + "Ofsted had said was big enough."
    found = Attribution("Ofsted", "organisation", "said", (_spans(text)[1],))
    assert _relative(text, found) == [found]


def test_a_relative_clause_inside_a_quotation_adds_no_row() -> None:
    text = APPEAL + SAID + "Ofsted had said was big enough."
    comma = text.index(", which")
    found = Attribution("Mara Quist", "person", "said", (_spans(text)[1],))
    assert _relative(text, found, [(comma, comma + 3)]) == [found]
    assert _relative(text, found, [(0, 2)])[1].speaker == "Ofsted"  # a hole elsewhere changes nothing


@pytest.mark.parametrize(("source", "extra"), [
    ("Ofsted had said", [("Ofsted", "organisation", "had said", "the hall, which Ofsted had said was big enough")]),
    ("a report by Ledbury County Council describes", [
        ("Ledbury County Council", "organisation", "describes",
         "the hall, which a report by Ledbury County Council describes as big enough")]),
    ("some had said", []),  # no source the speakers read
    ("Ms Quist had said", []),  # the outer party again
    ("it had said", []),  # a pronoun: the outer party again
    ("its own survey describes", [  # a pronoun opening a longer source: read, here the body in focus
        ("Ledbury County Council", "organisation", "describes",
         "the hall, which its own survey describes as big enough")]),
])
def test_a_relative_clauses_source_in_the_table(source: str, extra: list[tuple[str, str, str, str]]) -> None:
    tail = source + (" as big enough" if source.endswith("describes") else " was big enough")
    opening = APPEAL.replace(" at Pell Green", "")  # no place a later `its` could be read as
    text = opening + "Inspector Mara Quist said the developer would pay £300,000 towards the hall, which " + tail \
        + ".\n"
    assert rows(text) == [
        ("Mara Quist", "person", "said", "the developer would pay £300,000 towards the hall, which " + tail), *extra]


def test_a_document_named_before_is_a_relative_clauses_source() -> None:
    text = ("The Harwell Report, published in May, said the site was safe.\n\nInspector Mara Quist said the developer "
            "would pay £300,000 towards the hall, which the report had said was big enough.\n")
    assert rows(text) == [
        ("the harwell report", "document", "said", "the site was safe"),
        ("Mara Quist", "person", "said", "the developer would pay £300,000 towards the hall, which the report had said "
                                         "was big enough"),
        ("the harwell report", "document", "had said", "the hall, which the report had said was big enough")]


def test_a_relative_clause_with_no_antecedent_adds_no_row() -> None:
    text = APPEAL + ("Inspector Mara Quist said the developer would pay £300,000 towards repairs that were due, which "
                     "the county council had said was likely.\n")
    assert rows(text) == [("Mara Quist", "person", "said", "the developer would pay £300,000 towards repairs that were "
                                                           "due, which the county council had said was likely")]


@pytest.mark.parametrize(("before", "antecedent"), [
    ("pay for the Hall", "Hall"),  # one capitalised word after lower-case ones
    ("pay for the Horam School", "Horam School"),
    ("pay for the Horam Primary School", "Horam Primary School"),
    ("Horam Primary School", "Horam Primary School"),  # the whole window capitalised
    ("pay for the school hall", "the school hall"),
    ("Our School", None),  # a pronoun opens the run
    ("prices rose", None),
])
def test_the_antecedent_before_a_relative_clause(before: str, antecedent: str | None) -> None:
    text = APPEAL + "Mara Quist said so; " + before + ", which Ofsted had said was big enough."
    span = (text.index(";") + 2, len(text) - 1)
    found = Attribution("Mara Quist", "person", "said", (span,))
    extra = _relative(text, found)[1:]
    comma = text.index(", which")
    assert [text[row.spans[0][0]:comma] for row in extra] == ([antecedent] if antecedent else [])
    assert all(row.spans == ((row.spans[0][0], span[1]),) for row in extra)


# speakers/bodies_called_it: the person-read name that spoke last is `it` only with no other claim on it


def _called_it_context(text: str, **state: object) -> Context:
    """Return a context whose last speaker is `Westmoor Lettings`, read as a person in this paragraph."""
    ctx = Context(text=text)
    ctx.last_speaker, ctx.last_kind, ctx.speaker_block, ctx.block = "Westmoor Lettings", "person", 2, 2
    for key, value in state.items():
        setattr(ctx, key, value)
    return ctx


LETTINGS = "Westmoor Lettings said it had written to every tenant. It said the rents would not rise."


@pytest.mark.parametrize(("state", "expected"), [
    ({}, "Westmoor Lettings"),
    ({"voice": "Westmoor Lettings"}, None),
    ({"titles": {"lettings": "Westmoor Lettings"}}, None),
    ({"pronoun_of": {"Westmoor Lettings": "she"}}, None),
    ({"other_person": True}, None),
    ({"speaker_block": 1}, None),
])
def test_a_body_called_it_only_when_nothing_else_claims_it(state: dict[str, object], expected: str | None) -> None:
    assert body_called_it(_called_it_context(LETTINGS, **state)) == expected


@pytest.mark.parametrize(("text", "has_post"), [
    ("Westmoor Lettings, regional officer for Unite, said so.", True),  # the name opens the text
    ("Westmoor Lettings, who owns 40 flats, said so.", False),  # an appositive with no role
    ("Westmoor Lettings, regional officer for Unite, said so. Westmoor Lettings said more. Westmoor Lettings said "
     "again.", True),
    ("Westmoor Lettings said so. Westmoor Lettings, regional officer for Unite, said more. Westmoor Lettings said "
     "again.", True),  # the middle one
    ("Westmoor Lettings said so. Westmoor Lettings said more. Westmoor Lettings said again.", False),
])
def test_a_post_after_any_mention_of_the_name(text: str, has_post: bool) -> None:
    assert body_called_it(_called_it_context(text)) == (None if has_post else "Westmoor Lettings")


# speakers/body_traits: a spokesperson under the first word of a two-word name; one-word names are never read so


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tollard Snacks told staff on Monday. A Tollard spokesperson said the site would close.", "Tollard Snacks", True),
    ("A Tollard spokesperson said the site would close.", "Tollard", False),  # a one-word name
    ("Tollard said the site would close.", "Tollard", False),
    ("van Tollard said the site would close.", "van Tollard", False),  # a lower-case first word
    ("Analysts at Goldman Sachs said so.", "Goldman Sachs", True),
    ("Goldman Sachs said so.", "Goldman Sachs", False),
    ("Morgan Stanley cut its rating on the shares.", "Morgan Stanley", True),  # the name opens the text
    ("Tollard Snacks told staff on Monday. A Tollard spokesperson said the site would close.", "Tollard", False),
])
def test_treated_as_body_by_a_spokesperson_or_a_phrase(text: str, name: str, expected: bool) -> None:
    assert treated_as_body(text, name) is expected


# speakers/described_names: the modifiers before a described kind are plain lower-case words, at most three


@pytest.mark.parametrize(("raw", "expected"), [
    (["consumer", "group", "Fairbasket"], ["Fairbasket"]),
    (["non-profit", "group", "Fairbasket"], ["Fairbasket"]),
    (["independent", "energy", "research", "charity", "Warmlea"], ["Warmlea"]),
    (["big", "new", "independent", "energy", "charity", "Warmlea"], ["big", "new", "independent", "energy", "charity",
                                                                     "Warmlea"]),  # four modifiers: too many
    (["group", "Fairbasket"], ["group", "Fairbasket"]),  # no modifier before the noun
    (["Big", "group", "Fairbasket"], ["Big", "group", "Fairbasket"]),
    (["at", "group", "Fairbasket"], ["at", "group", "Fairbasket"]),
    (["director", "group", "Fairbasket"], ["director", "group", "Fairbasket"]),  # a post, not a modifier
    (["residents", "group", "Fairbasket"], ["residents", "group", "Fairbasket"]),
])
def test_past_a_described_kind(raw: list[str], expected: list[str]) -> None:
    assert past_described_kind(raw) == expected


# speakers/force_people: only a whole subject of a force's officers


def test_force_people_is_only_a_whole_subject() -> None:
    ctx = Context(text="Police said so.")
    assert force_people(["local", "police"], ["local", "police"], ctx) is None
    assert force_people(["police", "officers"], ["police", "officers"], ctx) is None
    assert force_people(["Police"], ["police"], ctx) == ("Police", "unresolved")


# speakers/registry.full_person: a post's noun or a role before a name is dropped before the name is looked up


@pytest.mark.parametrize(("name", "expected"), [
    ("Auditor Nan Cole", "Nan Cole"),
    ("Dr. Nan Cole", "Nan Cole"),
    ("Nan Cole", "Nan Cole"),
    ("Ms Ainsworth", "Rachel Ainsworth"),  # found in full in the text
    ("Auditor Ainsworth", "Rachel Ainsworth"),
    ("Jo Ainsworth", "Jo Ainsworth"),
])
def test_full_person_drops_a_post_before_the_name(name: str, expected: str) -> None:
    registry = NameRegistry(text="The board appointed Rachel Ainsworth in May.")
    registry._person_keys["Nan Cole"] = "Nan Cole"
    assert registry.full_person(name) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Statistician", True), ("Auditor", True), ("February", False), ("Victor", False),
])
def test_is_post_noun(word: str, expected: bool) -> None:
    assert is_post_noun(word) is expected


# speakers/writer_bodies: the `our` phrase and the writer named in the opening


@pytest.mark.parametrize(("words", "expected"), [
    (["after", "the", "report"], None),  # no `our`
    (["shows", "our", "report"], None),  # `our` after no clause opener
    (["our", "own", "customer", "service", "teams"], ["our", "own", "customer", "service", "teams"]),  # five words
    (["after", "our", "report"], ["our", "report"]),
])
def test_our_phrase(words: list[str], expected: list[str] | None) -> None:
    assert our_phrase(words) == expected


def test_writer_named_on_behalf_in_the_first_line() -> None:
    text = "We write on behalf of the Dunmere Road Residents' Association about repairs.\n\nOur count shows 88.\n"
    start = text.index("Dunmere")
    assert writer_named(text) == Mention(start, start + len("Dunmere Road Residents' Association"),
                                         "Dunmere Road Residents' Association", "org")


def test_writer_named_only_in_the_opening_blocks() -> None:
    text = "".join(f"Line {n} of the notice.\n" for n in range(7)) \
        + "We write on behalf of the Dunmere Road Residents' Association about repairs.\n"
    assert writer_named(text) is None


def test_writer_named_opening_a_later_sentence_of_a_paragraph() -> None:
    text = "Storm update. Lanthorn Grid has restored power, and we thank customers.\n"
    start = text.index("Lanthorn")
    assert writer_named(text) == Mention(start, start + len("Lanthorn Grid"), "Lanthorn Grid", "org")


# release: a `From:` field names a body and nothing else, within the header blocks


@pytest.mark.parametrize(("field", "expected"), [
    ("From: Department of Inland Waterways", True),
    ("From: Department of Inland Waterways press@diw.example", False),
    ("From: Department of Inland Waterways <press office>", False),
    ("From: Monday morning", False),  # no body named
    ("From: Jo Roe, Managing Director", False),
])
def test_a_from_field_names_a_body(field: str, expected: bool) -> None:
    text = "Canal closures\n\n" + field + "\n\nThe towpath will close on Monday.\n"
    assert is_release(text, split_blocks(text)) is expected


def test_a_from_field_below_the_header_is_no_release() -> None:
    text = "".join(f"Paragraph {n} of the notice.\n\n" for n in range(8)) + "From: Department of Inland Waterways\n"
    assert is_release(text, split_blocks(text)) is False


@pytest.mark.parametrize(("text", "expected"), [
    ("Marwick Constabulary said it had made an arrest.\n\nTarn Valley Police said it had made two.\n\n"
     "A man was injured near Dromlish, police said.\n",
     [("Marwick Constabulary", "organisation", "said", "it had made an arrest"),
      ("Tarn Valley Police", "organisation", "said", "it had made two"),
      ("Tarn Valley Police", "organisation", "said", "A man was injured near Dromlish")]),  # the force named last
    ("Tarn Valley Police said it had made an arrest.\n\nA man was injured near Dromlish, police said.\n\n"
     "Marwick Constabulary said it had made two.\n",
     [("Tarn Valley Police", "organisation", "said", "it had made an arrest"),
      ("Tarn Valley Police", "organisation", "said", "A man was injured near Dromlish"),
      ("Marwick Constabulary", "organisation", "said", "it had made two")]),  # before the cue, not after it
    ("Marwick Constabulary said it had made an arrest.\n\nAn Garda Síochána said it had made two.\n\n"
     "A man was injured near Dromlish, gardaí said.\n",
     [("Marwick Constabulary", "organisation", "said", "it had made an arrest"),
      ("An Garda Síochána", "organisation", "said", "it had made two"),
      ("An Garda Síochána", "organisation", "said", "A man was injured near Dromlish")]),  # the force referred to
])
def test_force_people_are_the_force_named_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected
