"""Wave 39e: a holder named with a style of address before the name and the office after it (`the Honourable
Dana Quill, Minister of Coastal Affairs,`): the style names no post, so a later `The Minister said` is that
person, as it is when the name stands without the style."""
from extract_rows import cued_rows

STYLED = ("Today, the Honourable Dana Quill, Minister of Coastal Affairs, announced that Veloria is providing "
          "$40 million for harbour repairs.\n\nThe Minister said the money will pay for 12 new breakwaters.")
PLAIN = STYLED.replace("the Honourable ", "")
OTHER_POST = ("Today, the Honourable Dana Quill, Minister of Coastal Affairs, announced that Veloria is providing "
              "$40 million for harbour repairs.\n\nThe Treasurer said the money will come from 3 reserve funds.")


def test_the_minister_is_the_styled_holder() -> None:
    """`The Minister` after `the Honourable X, Minister of Y,` is X."""
    assert cued_rows(STYLED) == [
        ("Dana Quill", "person", "announced that", "Veloria is providing $40 million for harbour repairs"),
        ("Dana Quill", "person", "said", "the money will pay for 12 new breakwaters"),
    ]


def test_without_the_style_nothing_changes() -> None:
    """The same text without the style reads as before."""
    assert cued_rows(PLAIN) == [
        ("Dana Quill", "person", "announced that", "Veloria is providing $40 million for harbour repairs"),
        ("Dana Quill", "person", "said", "the money will pay for 12 new breakwaters"),
    ]


def test_another_post_is_not_the_styled_holder() -> None:
    """A post the holder was never given (`The Treasurer`) stays the text's words."""
    assert cued_rows(OTHER_POST) == [
        ("Dana Quill", "person", "announced that", "Veloria is providing $40 million for harbour repairs"),
        ("The Treasurer", "person", "said", "the money will come from 3 reserve funds"),
    ]


AIDE = STYLED + ("\n\nContacts\n- Dana Quill, Minister of Coastal Affairs\n"
                 "- Ravi Oduya, Parliamentary Secretary to the Minister of Coastal Affairs\n")


def test_a_secretary_to_the_minister_holds_no_ministry() -> None:
    """`X, Parliamentary Secretary to the Minister of Y` serves the post and does not hold it: `The Minister` is
    still the one holder."""
    assert cued_rows(AIDE)[:2] == [
        ("Dana Quill", "person", "announced that", "Veloria is providing $40 million for harbour repairs"),
        ("Dana Quill", "person", "said", "the money will pay for 12 new breakwaters"),
    ]
