"""A title's qualifier is no person (wave 30): the human-name parser's title list, which `vocabulary.ROLES` takes
in, holds common nouns and adjectives (`banner`, `flag`, `film`, `law`, `national`); a phrase whose only role word is
one of them (`A banner read`, `The law states`) is no unnamed person. Each case is a short text written for this test
in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows;
and the titles that still make a person."""
from __future__ import annotations

import pytest

from claims.extract import vocabulary
from claims.extract.speakers.clauses import unnamed_role
from extract_rows import cued_rows as cue_rows


# Found by wave 29's mutation round: the phrase before a cue passed as a role without a name, and was kept whole as a
# person's name.
@pytest.mark.parametrize(("text", "expected"), [
    ('A banner read "Tolbrook said profits rose 5% last year" in the lobby.\n', []),
    ("A banner read Tolbrook said profits rose 5% last year.\n", []),
    ("The flag showed that Tolbrook said profits rose 5% last year.\n", []),
    ("The film claims that the river was cleaner in 1990.\n", []),
    ("The law states that every tenant must be given 28 days' notice.\n", []),
    ("The credit note showed that Tolbrook had been paid twice.\n",
     [("The credit note", "unresolved", "showed that", "Tolbrook had been paid twice")]),
])
def test_a_qualifier_alone_is_no_person(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: a qualifier before a role that is a person keeps the person (`The foreign minister`, `The vice
# chair`), and so does a plain role.
@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign minister said the talks had broken down.\n",
     [("The foreign minister", "person", "said", "the talks had broken down")]),
    ("The vice chair said the budget was balanced.\n",
     [("The vice chair", "person", "said", "the budget was balanced")]),
    ("The business secretary said 4,000 jobs had been saved.\n",
     [("The business secretary", "person", "said", "4,000 jobs had been saved")]),
    ("A senior nurse at Mallow General Hospital said the ward had been full for a week.\n",
     [("A senior nurse at Mallow General Hospital", "person", "said", "the ward had been full for a week")]),
])
def test_a_qualifier_before_a_person_role_keeps_the_person(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("A banner read", False),
    ("The law", False),
    ("the national newspaper", False),
    ("The national director", True),
    ("the council's director of housing", True),
    ("a senior nurse", True),
])
def test_unnamed_role_needs_a_role_that_is_a_person(clause: str, expected: bool) -> None:
    assert unnamed_role(clause) is expected


def test_person_roles_are_the_roles_without_their_qualifiers() -> None:
    assert vocabulary.STANDALONE_ROLES == vocabulary.ROLES - vocabulary.TITLE_QUALIFIERS
    assert {"banner", "flag", "law", "national", "foreign", "vice"} <= vocabulary.TITLE_QUALIFIERS <= vocabulary.ROLES
    assert {"director", "minister", "chair", "nurse", "spokeswoman"} <= vocabulary.STANDALONE_ROLES


# A post set off after a person's name is that person's, whoever its owner is: the party's name before a voice role
# with a remit (`the Harbour Party's spokesman on democracy`) no longer needs a title word (such as `Social`) among its
# first words to be read as the post.
@pytest.mark.parametrize(("text", "expected"), [
    ("Rhona Pell MP, the Harbour Party's spokesman on democracy, said the review showed the system had failed.\n",
     [("Rhona Pell", "person", "said", "the review showed the system had failed")]),
    ("Rhona Pell, the Harbour Democrats' spokesperson on media, said the review showed the system had failed.\n",
     [("Rhona Pell", "person", "said", "the review showed the system had failed")]),
    ("Rhona Pell, the Harbour Trust\u2019s spokeswoman on health, said the ward would reopen in May.\n",
     [("Rhona Pell", "person", "said", "the ward would reopen in May")]),
])
def test_a_voice_post_after_a_name_is_the_persons(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: the post alone, with no name before it, speaks for its owner; and a body's name before a voice
# post of another body stays that body (`the council's` is no post of a person).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Party's spokesperson on housing said the review showed the system had failed.\n",
     [("Harbour Party", "organisation", "said", "the review showed the system had failed")]),
    ("A spokeswoman for the Harbour Trust said the ward would reopen in May.\n",
     [("Harbour Trust", "organisation", "said", "the ward would reopen in May")]),
])
def test_a_voice_post_alone_speaks_for_its_owner(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
