"""Wave 41e: words the extractor did not know. `Coun.` (a councillor's title written short, as Canadian papers write it)
ends no sentence and makes the name after it a person's, so a list item naming `Coun. X` is one item; `Confederation`
is a body's head like `Federation` (`The Confederation of Bus Operators said`). What must not change: `Cllr` and a
`Federation` read as before, and a full stop after a word that is no title still ends its sentence."""
from extract_rows import cued_rows

COUN_ITEMS = ('The registrar found that Mr. Orne:\n\n'
              '— met the mayor\'s chief of staff three times;\n'
              '— held two meetings with Coun. Mira Tollis, chair of the housing committee; and\n'
              '— sent 11 emails to council staff.')
COUN_SAID = 'The Pellham council met on Tuesday.\n\nCoun. Mira Tollis said the ward had lost 14 bus stops since 2022.'
CONFEDERATION = ('The Confederation of Bus Operators, which speaks for 70 firms, said its members had been waiting for '
                 'a decision since the summer.')
FEDERATION = 'The Harbour Federation said its members had waited 12 weeks for a decision.'
NO_TITLE = ('The Pellham council met on Tuesday. The mayor said the ward had lost 14 bus stops since 2022. The council '
            'said 40 new shelters were planned.')


def test_an_item_naming_a_councillor_written_short_is_one_item() -> None:
    """`with Coun. Mira Tollis, chair of ...` stays in its item."""
    assert cued_rows(COUN_ITEMS) == [
        ("The registrar", "person", "found that", "met the mayor's chief of staff three times"),
        ("The registrar", "person", "found that",
         "held two meetings with Coun. Mira Tollis, chair of the housing committee"),
        ("The registrar", "person", "found that", "sent 11 emails to council staff")]


def test_a_councillor_written_short_speaks_as_the_person() -> None:
    """`Coun. Mira Tollis said`: the person."""
    assert cued_rows(COUN_SAID) == [("Mira Tollis", "person", "said", "the ward had lost 14 bus stops since 2022")]


def test_a_confederation_is_a_body() -> None:
    """`The Confederation of Bus Operators, which ..., said`: the body."""
    assert cued_rows(CONFEDERATION) == [
        ("Confederation of Bus Operators", "organisation", "said",
         "its members had been waiting for a decision since the summer")]


def test_a_federation_and_a_stop_after_no_title_read_as_before() -> None:
    """`The Harbour Federation said` is the body; `council met on Tuesday.` ends its sentence."""
    assert cued_rows(FEDERATION) == [
        ("Harbour Federation", "organisation", "said", "its members had waited 12 weeks for a decision")]
    assert [row[3] for row in cued_rows(NO_TITLE)] == ["the ward had lost 14 bus stops since 2022",
                                                       "40 new shelters were planned"]
