"""Phenomena of real writing (wave 14, 14a): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract.post_places import post_place_name_at
from claims.extract.speakers.lead_company import company_reference, lead_company, lead_subject
from claims.extract.speakers.post_holders import holders, post_holders, post_of
from extract_rows import rows


# A post for a person (14a, post_holders). Real writers name a person once with their post and then call them by the
# post alone: `The minister said:`, `its chief executive has warned`, `the Chief Executive`. The post and the name are
# tied in several ways: the post before the name (`Housing Minister Maria Colvend`), the post set off by commas before
# it (`Housing Minister, Maria Colvend,`) or after it (`Maria Colvend, the housing minister,`, `Ian Dorsey, chief
# executive of Eastvale Council,`); the post alone may come before the name (a lead) or after it. The speaker is that
# person. When the text ties the post to two people, the post alone may mean either: its own words stay.
POST_BEFORE_NAME_BY_COMMAS = ("Party News\n\nHousing Minister, Maria Colvend, has welcomed the report on rents.\n\n"
                              "The minister said:\n\n\"We added 4,000 homes this year and rents fell by 3%.\"\n")
POST_AFTER_NAME_BY_COMMAS = ("Harbour news\n\nIan Dorsey, chief executive of Kelloway Ports, opened the new quay on "
                             "Monday.\n\nThe chief executive said cargo had risen by 12% since May.\n")
POST_IN_LEAD_NAME_BELOW = ("Hospice news\n\nThe Brindle Hospice will shut four of its 20 beds, its chief executive has "
                           "warned.\n\nChief executive Tom Ashby said grants covered 21% of its costs.\n")
POST_OF_TWO_PEOPLE = ("Party News\n\nHousing Minister, Maria Colvend, and Transport Minister, Owen Ruddock, visited the "
                      "depot.\n\nThe minister said rents had fallen by 3% this year.\n")
POST_NEVER_TIED = ("Party News\n\nOwen Ruddock opened the depot.\n\nThe minister said rents had fallen by 3% this "
                   "year.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (POST_BEFORE_NAME_BY_COMMAS,
     [("Maria Colvend", "person", "We added 4,000 homes this year and rents fell by 3%.")]),
    (POST_AFTER_NAME_BY_COMMAS,
     [("Ian Dorsey", "person", "cargo had risen by 12% since May")]),
    (POST_IN_LEAD_NAME_BELOW,
     [("Tom Ashby", "person", "The Brindle Hospice will shut four of its 20 beds"),
      ("Tom Ashby", "person", "grants covered 21% of its costs")]),
    (POST_OF_TWO_PEOPLE,
     [("The minister", "unresolved", "rents had fallen by 3% this year")]),  # two holders: unresolved (59n)
    (POST_NEVER_TIED,
     [("The minister", "person", "rents had fallen by 3% this year")]),
], ids=["post-before-name-by-commas", "post-after-name-by-commas", "post-in-lead-name-below", "post-of-two-people",
        "post-never-tied-to-a-name"])
def test_a_post_alone_is_the_one_person_the_text_names_with_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the housing minister", ("minister", ("housing",))),
    ("its chief executive", ("executive", ("chief",))),
    ("Chief Executive", ("executive", ("chief",))),
    ("The minister", ("minister", ())),
    ("senior minister", None),  # lower case with no determiner: no title written alone
    ("a spokesperson", None),
    ("the spokesperson", None),  # a voice speaks for a body, not as a post holder
    ("Maria Colvend", None),
    ("the council", None),
    ("the 2nd minister", None),
    ("the very long list of housing minister", None),
])
def test_post_of_reads_a_post_written_alone(speaker: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert post_of(speaker) == expected


def test_holders_need_the_describing_words_beside_the_name_and_skip_other_posts() -> None:
    text = ("Transport Minister Owen Ruddock met Executive Director Jo Penn. Maria Colvend, the housing minister, "
            "spoke. Minister, Lee Harte, left.")
    assert holders(text, "minister", ("housing",)) == {"Maria Colvend"}
    assert holders(text, "minister", ()) == {"Owen Ruddock", "Maria Colvend", "Lee Harte"}
    assert holders(text, "executive", ()) == set()  # "Executive Director Jo Penn" holds another post


# The company a text is about (14a, lead_company). A real report often opens with a company's bare name as the subject
# of its headline or lead (`Skyvane cancels ...`, `Marrowby has posted ...`) and then calls it by a noun alone (`the
# airline`, `the group`, `the company`), even where the name is a single word no entity rule reads as a body. Other
# writers put the name in the headline only, or repeat it in a later paragraph. The reference is that company when the
# text names it at least twice and no other body that speaks is named nearly as often; a name written once, or a rival
# body speaking as often, leaves the reference unresolved.
LEAD_NAME_IN_HEADLINE = ("Travel\n\nSkyvane cancels more flights as strike spreads\n\nSkyvane calculated that the "
                         "cancellations would hit 20,000 passengers, whom the airline said it had refunded.\n")
LEAD_NAME_THEN_GROUP = ("Shops\n\nMarrowby has posted a 4% drop in Christmas sales, but said profits would meet "
                        "forecasts.\n\nThe group said its new-look stores had beaten older ones.\n\nShares in Marrowby "
                        "rose 3%.\n")
LEAD_NAME_RIVAL_SPEAKS_MORE = ("Travel\n\nSkyvane cancelled 300 flights on Friday as pilots joined the strike.\n\n"
                               "Aerobond, the pilots union, said talks had failed. Aerobond members want 9% more pay, "
                               "Aerobond said.\n\n"
                               "The airline said it had refunded 20,000 passengers. Skyvane shares fell.\n")
LEAD_NAME_ONCE = ("Travel\n\nSkyvane cancelled 300 flights on Friday as pilots joined the strike.\n\n"
                  "The airline said it had refunded 20,000 passengers.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # wave 45a: `calculated that` is a cue of saying (data/cue_verbs), so Skyvane's own calculation is its claim, read
    # as `said that` reads it; the airline's nested `said it had refunded` stays inside it, still Skyvane's
    (LEAD_NAME_IN_HEADLINE,
     [("Skyvane", "organisation",
       "the cancellations would hit 20,000 passengers, whom the airline said it had refunded")]),
    (LEAD_NAME_THEN_GROUP,  # wave 42g: a result a company `posted` is its claim
     [("Marrowby", "organisation", "has posted a 4% drop in Christmas sales"),
      ("Marrowby", "organisation", "profits would meet forecasts"),
      ("Marrowby", "organisation", "its new-look stores had beaten older ones")]),
    (LEAD_NAME_RIVAL_SPEAKS_MORE,
     [("Aerobond", "organisation", "talks had failed"),
      ("Aerobond", "organisation", "Aerobond members want 9% more pay"),
      ("the airline", "unresolved", "it had refunded 20,000 passengers")]),
    (LEAD_NAME_ONCE, [("the airline", "unresolved", "it had refunded 20,000 passengers")]),
], ids=["name-in-headline", "name-in-lead-then-the-group", "rival-speaks-more", "name-written-once"])
def test_a_company_noun_is_the_company_that_opens_the_lead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Skyvane cancels flights\n\nMore text.\n", "Skyvane"),
    ("News\n\nMarrowby Stores has posted a loss.\n", "Marrowby Stores"),
    ("News\n\nThe Skyvane board has met.\n", None),  # a determiner opens the line: no bare name
    ("News\n\nTom Ashby has resigned.\n", None),  # a person
    ("News\n\nEastvale Council has filled 400 potholes.\n", None),  # a council is no company
    ("One\n\nTwo\n\nThree\n\nSkyvane cancels flights\n", None),  # past the lead
])
def test_lead_subject_is_a_bare_company_name_opening_the_lead(text: str, expected: str | None) -> None:
    assert lead_subject(text) == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the airline", True), ("the company", True), ("The group", True), ("the council", False),
    ("a company", False), ("the budget airline", False), ("Skyvane", False),
])
def test_company_reference_is_the_and_a_company_noun(speaker: str, expected: bool) -> None:
    assert company_reference(speaker) is expected


# A post's place run into the name (14a, post_places). Real writers give a councillor's or a member's seat or portfolio
# between the post and the name with no comma: `member for Eastgate South Tomas Brenning said`, `Cabinet Member for
# Roads and Bridges Hannah Quist said`, even `Cabinet Member for Housing, Roads and Bridges Hannah Quist`. The run of
# capitals then holds a place and a name; the person is the name's two words at the run's end. A `for` after a word
# that is no post (`A vote for ...`) splits nothing.
@pytest.mark.parametrize(("opening", "expected"), [
    ("But Liberal member for Eastgate South Tomas Brenning said",
     [("Tomas Brenning", "person", "the event cost £12,400")]),
    ("Cabinet Member for Roads and Bridges Hannah Quist said", [("Hannah Quist", "person", "the event cost £12,400")]),
    ("Cabinet Member for Housing, Roads and Bridges Hannah Quist said",
     [("Hannah Quist", "person", "the event cost £12,400")]),
    ("The member for Eastgate South, Tomas Brenning, said", [("Tomas Brenning", "person", "the event cost £12,400")]),
], ids=["seat-then-name", "portfolio-then-name", "portfolio-with-comma", "set-off-by-commas"])
def test_a_name_run_into_its_posts_place_is_the_person(opening: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(f"News\n\nThe council spent money.\n\n{opening} the event cost £12,400.\n") == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("Liberal member for Eastgate South Tomas Brenning said it", 19, 48, 34),
    ("Cabinet Member for Roads and Bridges Hannah Quist said it", 0, 49, 37),
    ("A vote for Eastgate South Tomas Brenning said it", 11, 40, -1),  # no post before `for`
    ("Liberal member for Tomas Brenning said it", 19, 33, -1),  # no place before the name
    ("Liberal member for Eastgate South Tomas Brenning. It", 19, 48, -1),  # no verb after the run
    ("Liberal member for eastgate South Tomas Brenning said it", 19, 48, -1),  # a lower-case word in the run
    ("Tomas Brenning said it", 0, 14, -1),  # no `for` near
    ("A spokesman for Rhian Mair Tudor said it", 16, 32, -1),  # a voice speaks for the whole name
])
def test_post_place_name_at_finds_the_name_after_the_place(text: str, start: int, end: int, expected: int) -> None:
    assert post_place_name_at(text, start, end) == expected


@pytest.mark.parametrize(("text", "run"), [
    ("The Minister for Roads Dara Quinn TD said it", "Dara Quinn TD"),  # a post-nominal ends the run
    ("The Minister for Roads, Mary Ann Quinn said it", "Mary Ann Quinn"),  # three name words set off by a comma
    ("The Minister for Roads and Ports, Dara Quinn, said it", "Dara Quinn"),  # a comma after the run: no verb
    ("The Minister for Roads and Ports Dara Quinn Said it", "Roads and Ports Dara Quinn"),  # no lower-case verb
    ("Dara Quinn Hale said it was a vote for the minister", "Dara Quinn Hale"),  # `for` only after the run
])
def test_post_place_name_at_leaves_names_it_cannot_split(text: str, run: str) -> None:
    start = text.index(run)
    assert post_place_name_at(text, start, start + len(run)) == -1


@pytest.mark.parametrize(("text", "run", "name"), [
    ("Cabinet Member for Housing, Roads and Bridges Hannah Quist said it", "Roads and Bridges Hannah Quist",
     "Hannah Quist"),  # a comma inside the portfolio, before the run
    ("Cabinet Member for Housing, Roads and Bridges Hannah Quist said it", "Housing, Roads and Bridges Hannah Quist",
     "Hannah Quist"),
    ("Councillor for Westbury North Jan Oduya said it", "Councillor for Westbury North Jan Oduya", "Jan Oduya"),
])
def test_post_place_name_at_points_at_the_name(text: str, run: str, name: str) -> None:
    start = text.index(run)
    assert post_place_name_at(text, start, start + len(run)) == text.index(name)


SKYVANE_TEXT = ("Skyvane cancels flights\n\nSkyvane said 300 flights were cut. Skyvane said fares were refunded. Skyvane "
                "shares fell. Aerobond said talks had failed. Aerobond said more strikes would come.\n")


@pytest.mark.parametrize(("speakers", "expected"), [
    ([("the airline", "unresolved")], {"the airline": ("Skyvane", "organisation")}),
    ([("the airline", "unresolved"), ("Aerobond", "organisation")],
     {"the airline": ("Skyvane", "organisation")}),  # named twice against four times: Skyvane still leads
    ([("the airline", "unresolved"), ("Skyvane Holdings", "organisation")],
     {"the airline": ("Skyvane", "organisation")}),  # a longer form of the subject's name is no rival
    ([("the council", "unresolved")], {}),  # no company noun
    ([("the airline", "organisation")], {}),  # resolved already
    ([("the airline", "person"), ("the union", "unresolved")], {}),
])
def test_lead_company_maps_only_unresolved_company_nouns(speakers: list[tuple[str, str]],
                                                        expected: dict[str, tuple[str, str]]) -> None:
    assert lead_company(SKYVANE_TEXT, speakers) == expected


def test_lead_company_needs_the_subject_named_more_than_twice_as_often_as_a_rival() -> None:
    text = SKYVANE_TEXT.replace("Skyvane shares fell. ", "")  # three Skyvanes against two Aerobonds
    assert lead_company(text, [("the airline", "unresolved"), ("Aerobond", "organisation")]) == {}


def test_lead_subject_skips_a_sentence_starter() -> None:
    assert lead_subject("However Skyvane has cut jobs.\n") is None


@pytest.mark.parametrize(("speakers", "expected"), [
    ([("the minister", "person")], {"the minister": ("Maria Colvend", "person")}),
    ([("the minister", "unresolved")], {"the minister": ("Maria Colvend", "person")}),
    ([("the minister", "organisation")], {}),  # a body's name is never read as a post
    ([("the mayor", "person")], {}),  # a post the text never ties to a name
])
def test_post_holders_maps_a_post_to_its_one_holder(speakers: list[tuple[str, str]],
                                                    expected: dict[str, tuple[str, str]]) -> None:
    from claims.extract.speakers import Context
    text = "Housing Minister, Maria Colvend, spoke. The minister said rents fell. The mayor agreed."
    assert post_holders(text, speakers, Context(text=text)) == expected


def test_post_of_reads_one_post_word_in_lower_case_and_holders_go_past_another_post() -> None:
    assert post_of("minister") == ("minister", ())
    text = "Executive Director Jo Penn met Chief Executive Ian Dorsey."
    assert holders(text, "executive", ()) == {"Ian Dorsey"}


def test_a_three_word_name_after_a_one_word_portfolio_stays_whole() -> None:
    text = "News\n\nThe council spent money.\n\nMinister for Roads Rhian Mair Tudor said the event cost £12,400.\n"
    assert rows(text) == [("Rhian Mair Tudor", "person", "the event cost £12,400")]
