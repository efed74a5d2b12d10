"""Round 45e: mutants mutmut showed unasserted, each case an invented text with the whole value asserted: the six
owed of `entities._person_after_remit` (44m), then functions wave 44 changed in existing modules."""
from claims.extract.entities import find_mentions


def _mentions(text: str) -> list[tuple[str, str, int, int]]:
    return [(m.name, m.kind, m.start, m.end) for m in find_mentions(text, 0, len(text))]


# entities._person_after_remit (44f): a run the name reader leaves unread, after `Post, `

def test_remit_ending_in_two_common_words_names_no_person() -> None:
    """`person_name` finds no name in the last two words: no mention (not a crash on the missing name)."""
    assert _mentions("The council's Director, Early Help and Safeguarding Capital Works said 284 children were in "
                     "care.") == []


def test_remit_ending_in_a_post_names_no_person() -> None:
    """`Area Manager` after the remit is a post (its last word a role), no person's name."""
    assert _mentions("The chain's Director, Sales and Service South Area Manager said 12 stores would close.") == []


def test_long_remit_with_capitals_before_the_name_leaves_the_person() -> None:
    """Only the last two words are the name: letters in capitals earlier in the remit do not matter."""
    assert _mentions("The college's Director, Skills and Adult Learning NVQs Nell Tarrant said 12 courses would "
                     "close.") == [("Nell Tarrant", "person", 55, 67)]
