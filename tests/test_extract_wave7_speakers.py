"""Speakers on writing the rules were not made for (wave 7): the claims a confidently wrong speaker took (one body for
another, one person for another, a person's claim given to a body, inspectorates and documents confused) and short
references the text itself settles. Each phenomenon is stated in general terms with the other ways a writer puts it;
each case is a short text written for this test and the whole table it must give as (speaker, speaker_kind, quote)
rows, in text order, with at least one case where the rule must not fire."""
import pytest

from extract_rows import rows


# A name that reads like a person's (two or three capitalised words, no head noun: `Smile Fair`, `Brightpath Youth`)
# is a body when the text itself says so anywhere, even after it first used the name: a noun before it (`the charity
# X`, `campaign group X`), an apposition (`X, the Leeds charity,`), `X is a registered charity`, a noun after it (`the
# X action group`), or a post only a body has (`X's chief executive`). A person described by where they work (`a
# volunteer at the charity`) or by their post (`the charity's founder`) stays a person.
@pytest.mark.parametrize(("text", "expected"), [
    ("Bright Futures, the youth charity, said 40 volunteers had left.\n",
     [("Bright Futures", "organisation", "40 volunteers had left")]),
    ("Statement: Kindle Path responds to review\n\nKindle Path, the Leeds charity that runs holiday clubs, said 19 "
     "concerns were missed.\n",
     [("Kindle Path", "organisation", "19 concerns were missed")]),
    ("Lantern Aid's chief executive, Dr Omar Peel, said that 300 families were helped. Lantern Aid said 12 shops "
     "closed.\n",
     [("Omar Peel", "person", "300 families were helped"), ("Lantern Aid", "organisation", "12 shops closed")]),
    ("The Keep Elm Park action group, which has 900 members, said it had raised £12,000.\n",
     [("Keep Elm Park", "organisation", "it had raised £12,000")]),
    ("Figures from the campaign group Fair Rents show 40% of tenants waited a year. Fair Rents said 12 landlords "
     "were fined.\n",
     [("Fair Rents", "organisation", "40% of tenants waited a year"),
      ("Fair Rents", "organisation", "12 landlords were fined")]),
    ("Jo Marsh, a volunteer at the charity, said 12 shops closed.\n",
     [("Jo Marsh", "person", "12 shops closed")]),
    ("Ann Lee, the charity's founder, said 12 shops closed.\n",
     [("Ann Lee", "person", "12 shops closed")]),
    ("Tom Hale is a charity worker. He said 12 shops closed.\n",
     [("Tom Hale", "person", "12 shops closed")]),
], ids=["apposition", "heading-before-the-apposition", "possessive-chief-executive", "action-group-after-the-name",
        "noun-before-the-name", "volunteer-at-stays-a-person", "founder-stays-a-person", "charity-worker-stays-a-person"])
def test_a_name_the_text_calls_a_body_never_speaks_as_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
