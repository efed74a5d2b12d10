"""Wave 54d: a candidate's or a campaign's post written after a name (`Jo Roe, Green Party candidate for Exeter,
said:`, `X, Save the Baths campaigner, said`, `X, the Independent nominee, said`) is the person's, never the party's or
the campaign's: such words join `data/roles.txt`."""
import pytest

from tests.extract_rows import rows

QUOTE = "\n\n\u201cThe recycling rate has fallen to 34% this year.\u201d\n"


@pytest.mark.parametrize("post", ["candidate", "campaigner", "nominee"])
def test_a_post_after_a_name_is_the_persons(post: str) -> None:
    text = f"Greens have accused the council of a cover-up. Diana Moore, Green Party {post} for Exeter, said:{QUOTE}"
    assert rows(text)[-1] == ("Diana Moore", "person", "The recycling rate has fallen to 34% this year.")


def test_a_known_post_was_already_the_persons() -> None:
    text = f"Greens have accused the council of a cover-up. Diana Moore, Green Party councillor for Exeter, said:{QUOTE}"
    assert rows(text)[-1] == ("Diana Moore", "person", "The recycling rate has fallen to 34% this year.")
