"""Unit cases for wave 42's new extractor modules (what mutation round 43 found unasserted by their own test files):
a document two bodies joined by `and` made (42c, `speakers.joint_documents`), a poll named by its pollster (42c,
`speakers.named_polls`), a body's own unit named after its owner's possessive (42b, `owned_unit_names`), a post's
letters as a cue's subject (42d, `speakers.post_letters`), a row of an act told in the perfect (42e,
`perfect_auxiliaries`), people of a body in a headline-cased lead (42a, `headline_groups`), a document with its author
set off after it (42d, `speakers.authored_documents`), a unit set off between a person and its body (42b,
`topic_names`), a body's record another party obtained (42d, `speakers.obtained_records`), a person described by what
they do for a body (42d, `speakers.described_people`), a natural feature's name (42b, `place_features`) and a
document a news outlet obtained (42c, `speakers.party_documents`' new lines).
Every party and sentence is invented, and each assert is on a whole value: a function's whole return value, with
what it registered in the context where it registers anything.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run
forked from a warm process would otherwise read the unmutated results of the same text."""
from __future__ import annotations

from typing import Any

import pytest

from claims.extract.attribution.records import Found
from claims.extract.entities import find_mentions
from claims.extract.headline_groups import group_opener_end
from claims.extract.owned_unit_names import after_possessive
from claims.extract.perfect_auxiliaries import auxiliary_start
from claims.extract.place_features import names_a_feature
from claims.extract.speakers.authored_documents import document_before_author
from claims.extract.speakers.context import Context
from claims.extract.speakers.described_people import person_described
from claims.extract.speakers.joint_documents import joint_document
from claims.extract.speakers.named_polls import named_poll
from claims.extract.speakers.obtained_records import obtained_owner
from claims.extract.speakers.party_documents import party_document
from claims.extract.speakers.post_letters import post_letters_holder
from claims.extract.topic_names import set_off_unit
from tests.extract_rows import cued_rows, subject_words

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


def _joint(subject: str) -> tuple[Any, dict[str, str], dict[str, Any]]:
    """Return joint_document's answer for a subject, with the kinds and owners it registered in a fresh context."""
    raw, words = subject_words(subject)
    ctx = Context(text=subject)
    return joint_document(raw, words, ctx), dict(ctx.kinds), dict(ctx.owners)


def _found(makers: str, noun: str) -> tuple[Any, dict[str, str], dict[str, Any]]:
    """Return what joint_document answers and registers for a joint document of those makers and that noun."""
    return (makers, "organisation"), {makers: "organisation"}, {noun: (makers, "organisation")}


# joint_document: the two makers named from the first body's first capitalised word to the second's last (the noun
# and what follows it left out), their kind registered, the noun's later bare use owned by them; none for a subject
# without an article, without a document noun, with punctuation before the noun, a side that is no one body's name
# or a second side with no institution's head.
@pytest.mark.parametrize(("subject", "expected"), [
    # wave 45b: a document named with its makers is its makers (benchmarks/press/AUDIT-44.md, rule 1; the audit's
    # p1862 gives `Fenmoor Health Board and University of Kellan study` to the two bodies, organisation), so the two
    # speak, no longer the document; each case still holds the shape it was written for (the stop after the noun,
    # the noun in capitals owning its lower-case form, a second body of two words before its head)
    ("A Tarn Trust and Kellan University study", _found("Tarn Trust and Kellan University", "study")),
    ("The Tarn Trust and Kellan University report, published today,",
     _found("Tarn Trust and Kellan University", "report")),
    ("The Tarn Trust and Kellan University INDEX", _found("Tarn Trust and Kellan University", "index")),
    ("A Tarn Trust and Kellan Medical School study", _found("Tarn Trust and Kellan Medical School", "study")),
    ("Our Tarn Trust and Kellan University report", (None, {}, {})),
    ("The Tarn Trust and Kellan University said", (None, {}, {})),
    ("The report of Tarn and Kellan", (None, {}, {})),
    ("The annual report of Tarn and Kellan", (None, {}, {})),
    ("The annual, Tarn Trust and Kellan University report", (None, {}, {})),
    ("The Tarn; Health Trust and Kellan University report", (None, {}, {})),
    ("The Tarn: Health Trust and Kellan University report", (None, {}, {})),
    ("The Tarn Trust and Kellan) Medical School report", (None, {}, {})),
    ("The and Kellan University report", (None, {}, {})),
    ("A Tarn Trust and the University of Kellan study", (None, {}, {})),
    ("A Tarn Trust and the Kellan University study", (None, {}, {})),
    ("A Tarn Trust and new Kellan University study", (None, {}, {})),
    ("A Tarn Trust and Academy at Kellan University study", (None, {}, {})),
    ("The Orla Venn and Kellan University report", (None, {}, {})),
    ("A Tarn Trust and Bank of Ardle study", (None, {}, {})),
    ("A Tarn Trust and Kellan Ardle Group study", (None, {}, {})),
])
def test_joint_document(subject: str, expected: tuple[Any, dict[str, str], dict[str, Any]]) -> None:
    """A joint document's name, kind and noun, or None and nothing registered."""
    assert _joint(subject) == expected


EARLIER_POLL = ("Quarrow Insight", "organisation")
"""The maker of a poll the text named before (wave 45b: a poll speaks as its maker): what a bare `the poll` is."""


def _poll(subject: str, earlier: bool = False) -> tuple[Any, dict[str, str], dict[str, Any]]:
    """Return named_poll's answer for a subject, with the kinds and owners it registered in a fresh context (the
    earlier poll its owner of `poll` if asked)."""
    raw, words = subject_words(subject)
    ctx = Context(text=subject)
    if earlier:
        ctx.owners["poll"] = EARLIER_POLL
    return named_poll(raw, words, ctx), dict(ctx.kinds), dict(ctx.owners)


def _poll_found(maker: str) -> tuple[Any, dict[str, str], dict[str, Any]]:
    """Return what named_poll answers and registers for a poll of that maker."""
    return (maker, "organisation"), {maker: "organisation"}, {"poll": (maker, "organisation")}


# named_poll: the poll's maker named from its first capitalised word to its last name before the noun (the kind's
# lower-case words, the noun and its stop after it left out), registered as an organisation and as the owner of a
# later bare `the poll`; a bare `the poll` or `the latest poll` is the maker of the one named before, `a poll` none;
# none for a subject without an article, with no name before the noun, punctuation before it, more than two
# lower-case words, a figure or an article between the name and the noun.
@pytest.mark.parametrize(("subject", "earlier", "expected"), [
    # wave 45b: a poll named with its maker is its maker (benchmarks/press/AUDIT-44.md, rule 1; the audit's p1860
    # gives `Tarn Gazette/Quarrow Insight opinion poll` to Quarrow Insight, organisation), so the pollster speaks, no
    # longer the poll; each case still holds the shape it was written for (the stop after the noun, a kind of two
    # lower-case words between, small linking words inside the name)
    ("The Quarrow poll", False, _poll_found("Quarrow")),
    ("The Quarrow poll, taken in May,", False, _poll_found("Quarrow")),
    ("The Quarrow online opinion poll", False, _poll_found("Quarrow")),
    ("The Tarn Institute for Public Opinion Research poll", False,
     _poll_found("Tarn Institute for Public Opinion Research")),
    ("the latest poll", True, (EARLIER_POLL, {}, {"poll": EARLIER_POLL})),
    ("a poll", True, (None, {}, {"poll": EARLIER_POLL})),
    ("Quarrow Insight poll", False, (None, {}, {})),
    ("The latest poll of adults", False, (None, {}, {})),
    ("The latest opinion poll of adults", False, (None, {}, {})),
    ("The Quarrow, Insight poll", False, (None, {}, {})),
    ("The Quarrow; Insight poll", False, (None, {}, {})),
    ("The Quarrow: Insight poll", False, (None, {}, {})),
    ("The Tarn) Quarrow poll", False, (None, {}, {})),
    ("The Quarrow online exit opinion poll", False, (None, {}, {})),
    ("The Quarrow big new online Insight poll", False, (None, {}, {})),
    ("The Quarrow 2026 poll", False, (None, {}, {})),
    ("The Quarrow the poll", False, (None, {}, {})),
])
def test_named_poll(subject: str, earlier: bool, expected: tuple[Any, dict[str, str], dict[str, Any]]) -> None:
    """A named poll's name, kind and owner, the poll named before, or None and nothing registered."""
    assert _poll(subject, earlier) == expected


# after_possessive: an owner's possessive before a name, read from the text's very first character; a word of time
# owns nothing, in capitals too.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tarrow's Parks team", True),
    ("The council's Food Safety team", True),
    ("Today's Food Safety team", False),
    ("LAST YEAR'S Food Safety team", False),
    ("Last year's Food Safety team", False),
])
def test_after_possessive(text: str, expected: bool) -> None:
    """Whether an owner's possessive stands before the name after the text's `'s `."""
    assert after_possessive(text, text.index("'") + 3) is expected


# post_letters_holder: the one person named right after a post whose initials spell `the XX` and whose last word
# (whatever the others) is a role's, honorifics of up to 12 characters between, a later post read when an earlier one
# spelling the letters ends on no role; none for a subject of other words, a post ending on no role, a post or its
# honorifics broken by a line, a gap of 13.
@pytest.mark.parametrize(("text", "subject", "expected"), [
    ("Executive Officer Mara Quill opened the hall.", "the EO", ("Mara Quill", "person")),
    ("Chief Operating Officer Dana Pruitt spoke.", "The COO", ("Dana Pruitt", "person")),
    ("Data Protection Officer Dana Pruitt spoke.", "the DPO", ("Dana Pruitt", "person")),
    ("The Estates Office team met. Executive Officer Mara Quill spoke.", "the EO", ("Mara Quill", "person")),
    ("Executive Officer Rt Hon. Sr. Mara Quill spoke.", "the EO", ("Mara Quill", "person")),
    ("Executive Officer The Hon. Sr. Mara Quill spoke.", "the EO", None),
    ("Executive Officer Mara Quill opened the hall.", "Our EO", None),
    ("Executive Officer Mara Quill opened the hall.", "the EO himself", None),
    ("The Data Protection Commission chair Mara Quill spoke.", "the DPC", None),
    ("The Executive\nOfficer Mara Quill spoke.", "the EO", None),
    ("Executive Officer Tmt.\nMara Quill spoke.", "the EO", None),
])
def test_post_letters_holder(text: str, subject: str, expected: tuple[str, str] | None) -> None:
    """The post's holder as a person, or None."""
    assert post_letters_holder(text, subject.split(), Context(text=text)) == expected


# auxiliary_start: a row opening on its own lower-case cue word, a space after it, starts at the perfect's auxiliary
# right before it, one opening the text's first character too; a row opening on another word, on a cue in capitals or
# on a cue opening on a mark keeps its start.
@pytest.mark.parametrize(("text", "row", "cue", "expected"), [
    ("The board has confirmed a leak at its pier.", "confirmed a leak at its pier", "confirmed",
     "has confirmed a leak at its pier"),
    ("has confirmed a leak at its pier.", "confirmed a leak at its pier", "confirmed",
     "has confirmed a leak at its pier"),
    ("Jo Roe said the trust has lost four staff.", "lost four staff", "said", "lost four staff"),
    ("The board has Warned of cuts.", "Warned of cuts", "Warned", "Warned of cuts"),
    ('The board has "warned" of cuts.', '"warned" of cuts', '"warned"', '"warned" of cuts'),
])
def test_auxiliary_start(text: str, row: str, cue: str, expected: str) -> None:
    """The row's words from the start auxiliary_start gives to its end."""
    start = text.index(row)
    end = start + len(row)
    assert text[auxiliary_start(text, Found("Harbour Board", "org", cue, (start, end))):end] == expected


# group_opener_end: where the body's name starts after people and a capitalised `At` or `From`, for a plural in -s, a
# plural in -es (`Witnesses`: a defect this round mended, the plural's `-es` was read as `-s`, so `Witnesses At X
# Court` was a body of that name) and one person's word ending in s (`Boss`); the run's start where the name lies past
# the run's end or the plural names no people.
@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Nurses At Bellmore General Hospital", None, "Bellmore General Hospital"),
    ("Witnesses At Kellan Crown Court", None, "Kellan Crown Court"),
    ("Actresses From Kellan Theatre", None, "Kellan Theatre"),
    ("Boss At Tarn Foods", None, "Tarn Foods"),
    ("Nurses At Bellmore General Hospital", len("Nurses At "), "Nurses At Bellmore General Hospital"),
    ("Glasses From Tarn Optics", None, "Glasses From Tarn Optics"),
])
def test_group_opener_end(text: str, end: int | None, expected: str) -> None:
    """The run from the start group_opener_end gives (the whole text read as one run, or up to `end`)."""
    assert text[group_opener_end(text, 0, len(text) if end is None else end):] == expected


def test_plural_in_es_at_a_body() -> None:
    """`Witnesses At X` reads as `Witnesses at X`: X speaks (the defect mended)."""
    text = "Witnesses At Kellan Crown Court say the doors were locked."
    assert cued_rows(text) == cued_rows(text.replace(" At ", " at ")) == [
        ("Kellan Crown Court", "organisation", "say", "the doors were locked"),
    ]


def _clauses(text: str, parts: list[str]) -> list[tuple[int, int]]:
    """Return the spans of a subject's clauses, given in the text's order, from the cue back to the subject's start."""
    spans = []
    for part in parts:
        start = text.index(part, spans[-1][1] if spans else 0)
        spans.append((start, start + len(part)))
    return spans[::-1]


# document_before_author: the subject's opening clause when it is a document and the aside after it opens on `by` and
# names a person last; none for an aside not opening on `by`, one naming a body or no one.
@pytest.mark.parametrize(("text", "parts", "expected"), [
    ("The report, by the director of housing, Jo Roe, says fees rose.",
     ["The report", " by the director of housing", " Jo Roe"], "The report"),
    ("The report, like Jo Roe, says fees rose.", ["The report", " like Jo Roe"], None),
    ("The report, by Tarn Council, says fees rose.", ["The report", " by Tarn Council"], None),
    ("The report, by a small team, says fees rose.", ["The report", " by a small team"], None),
])
def test_document_before_author(text: str, parts: list[str], expected: str | None) -> None:
    """The words of the clause document_before_author gives, or None."""
    found = document_before_author(text, _clauses(text, parts))
    assert (text[found[0]:found[1]] if found is not None else None) == expected


# set_off_unit: a name standing only between a person's name and a capitalised name after it, set off by commas; not
# a name the text never holds, nor one also standing elsewhere.
@pytest.mark.parametrize(("text", "expected"), [
    ("Win Roe, Specialist Operations, Harbour Police, said the road is shut.", True),
    ("Win Roe of Harbour Police said the road is shut.", False),
    ("Win Roe, Specialist Operations, Harbour Police, said Specialist Operations shut the road.", False),
])
def test_set_off_unit(text: str, expected: bool) -> None:
    """Whether `Specialist Operations` is only a unit set off in the text."""
    assert set_off_unit(text, "Specialist Operations") is expected


# obtained_owner: the body (its name and its kind: an office of standards is an inspectorate) whose name opens the
# subject, alone or after `the`, before a record another party obtained; none for a person's name or other words
# before the body's.
@pytest.mark.parametrize(("text", "subject", "expected"), [
    ("The Tenancy Standards Office figures obtained by the network show rents rose.", "The",
     ("Tenancy Standards Office", "inspectorate")),
    ("Jo Roe said the Tenancy Standards Office figures obtained by the network show rents rose.", "the",
     ("Tenancy Standards Office", "inspectorate")),
    ("Kellan City Council data released to the network show rents rose.", "Kellan",
     ("Kellan City Council", "organisation")),
    ("Jo Roe said and Tenancy Standards Office figures obtained by the network show rents rose.", "and", None),
    ("Jo Roe figures obtained by the network show rents rose.", "Jo", None),
])
def test_obtained_owner(text: str, subject: str, expected: tuple[str, str] | None) -> None:
    """The owner of the record as a speaker for a subject opening on the given word, or None."""
    start = text.index(subject)
    assert obtained_owner(text, start, find_mentions(text, start, len(text)), Context(text=text)) == expected


def _span(text: str, part: str) -> tuple[int, int]:
    """Return the span of a part of the text, found once."""
    start = text.index(part)
    return start, start + len(part)


# person_described: a description after a name set off with its comma (a person's, a body's where asked, the name's
# last capital X kept); false for a clause with no `of`, `for` or `at` after its words, one opening on an article, a
# body's name where a person is asked.
@pytest.mark.parametrize(("text", "name", "clause", "kind", "expected"), [
    ("Pell Hanrick, landlord of the Otter Arms, said rents rose.", "Pell Hanrick,", " landlord of the Otter Arms",
     "person", True),
    ("Malcolm X, landlord of the Otter Arms, said rents rose.", "Malcolm X,", " landlord of the Otter Arms",
     "person", True),
    ("Otterway Taverns Ltd, owner of the Otter Arms, said rents rose.", "Otterway Taverns Ltd,",
     " owner of the Otter Arms", "org", True),
    ("Otterway Taverns Ltd, owner of the Otter Arms, said rents rose.", "Otterway Taverns Ltd,",
     " owner of the Otter Arms", "person", False),
    ("Pell Hanrick, landlord in Kellan, said rents rose.", "Pell Hanrick,", " landlord in Kellan", "person", False),
    ("Pell Hanrick, the landlord of the Otter Arms, said rents rose.", "Pell Hanrick,",
     " the landlord of the Otter Arms", "person", False),
])
def test_person_described(text: str, name: str, clause: str, kind: str, expected: bool) -> None:
    """Whether the clause describes the named party of that kind."""
    assert person_described(text, _span(text, clause), _span(text, name), kind) is expected


# names_a_feature: a name of two words or more ending on a natural feature's word; not the feature's word alone, nor a
# body's name.
@pytest.mark.parametrize(("name", "expected"), [
    ("Moray Firth", True),
    ("UK North Sea", True),
    ("Firth", False),
    ("Skerryvore Energy", False),
])
def test_names_a_feature(name: str, expected: bool) -> None:
    """Whether the name is a natural feature's."""
    assert names_a_feature(name) is expected


# party_document (42c's outlets): a document a news outlet obtained, named with the outlet where its noun alone says
# too little, after an article or, plural or mass, without one; none for a singular noun with no article, a name in
# capitals before the noun (past the article, the word right after it too), and a document noun only after the
# participle.
@pytest.mark.parametrize(("subject", "expected"), [
    ("The report obtained by this newspaper", "report obtained by this newspaper"),
    ("Data obtained by this newspaper", "Data obtained by this newspaper"),
    ("Figures obtained by this newspaper", "Figures obtained by this newspaper"),
    ("Report obtained by this newspaper", None),
    ("The Home Office figures obtained by this newspaper", None),
    ("The Tarn figures obtained by this newspaper", None),
    ("Totals obtained by this newspaper from two reports", None),
])
def test_party_document_outlets(subject: str, expected: str | None) -> None:
    """The name of the document an outlet received, or None."""
    assert party_document(subject.split(), "") == expected
