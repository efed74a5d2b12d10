"""Round 45e: mutants mutmut showed unasserted, each case an invented text with the whole value asserted: the six
owed of `entities._person_after_remit` (44m), then functions wave 44 changed in existing modules."""
from claims.extract.attribution.cut_names import whole_cut_names, whole_possessive
from claims.extract.attribution.records import Found
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


# attribution/cut_names.whole_cut_names and whole_possessive (44a): a body's name the text writes only with `'s`

def test_one_word_name_written_only_with_its_possessive_keeps_it() -> None:
    text = "Pellow\u2019s runs 40 hubs in Orvale. Pellow\u2019s said 900 families had no heating."
    assert whole_possessive(text, "Pellow") == "Pellow\u2019s"


def test_name_of_several_words_or_a_body_s_head_is_an_owner_not_a_possessive_name() -> None:
    assert whole_possessive("Vale Trust's staff met. Vale Trust's leader spoke.", "Vale Trust") == "Vale Trust"
    assert whole_possessive("Council's staff met. Council's leader spoke.", "Council") == "Council"


def test_name_with_an_apostrophe_of_its_own_is_left_as_the_row_gives_it() -> None:
    """`O'Hara`, `O’Hara`: the apostrophe is the name's; the rows keep it as written, whichever apostrophe it has."""
    for name in ("O'Hara", "O\u2019Hara"):
        text = f"{name}'s runs 40 hubs in Orvale. {name}'s said 900 families had no heating."
        found = [Found(name, "organisation", "said", (36, 72)), Found(name, "organisation", "said", (36, 72))]
        assert whole_cut_names(text, found) == found


def test_each_row_of_a_possessive_name_takes_it() -> None:
    text = "Pellow's runs 40 hubs in Orvale. Pellow's said 900 families had no heating. Pellow's said 40 had none."
    found = [Found("Pellow", "organisation", "said", (42, 75)), Found("Pellow", "organisation", "said", (90, 104)),
             Found("Jo Roe", "person", "said", (0, 5))]
    assert whole_cut_names(text, found) == [Found("Pellow's", "organisation", "said", (42, 75)),
                                            Found("Pellow's", "organisation", "said", (90, 104)), found[2]]


# entities.as_described (its `and` line changed in 44f): one-word runs, a brand the text defines, a company in `'s`

def test_one_word_brand_the_text_defines_is_a_body() -> None:
    assert _mentions('Pellucent ("the Group") said its sales rose 4% in May.') == [("Pellucent", "org", 0, 9)]


def test_one_word_company_named_in_a_typographic_possessive_is_a_body() -> None:
    """The name as the text writes it, curly mark kept (wave 55g: no longer rewritten to the straight form)."""
    assert _mentions("Marlowe\u2019s said sales rose 4% in May.") == [("Marlowe\u2019s", "org", 0, 9)]


def test_body_named_after_campaigners_is_the_body_the_text_calls_it() -> None:
    assert _mentions("Campaigners Keep Rivers Clear said the river was dirty.") == [("Keep Rivers Clear", "org", 12, 29)]


def test_person_s_name_the_text_calls_a_charity_is_a_body() -> None:
    assert [(m.name, m.kind, m.start, m.end, m.title) for m in find_mentions(
        "The charity Bright Teeth said 40% of children had decay.", 0, 56)] == [("Bright Teeth", "org", 12, 24, "")]
