"""Who is credited with a claim (wave 12): two sides and joint statements, phenomena that recur across the blind
sets, each tested on short texts written for this test (other bodies, other names, other word orders), with cases
where the mechanism must not fire. Each case gives the whole table as (speaker, speaker_kind, quote) rows."""
import pytest

from extract_rows import rows


# --- A one-word party takes a side ------------------------------------------------------------------------------
# The phenomenon: a text gives one body's claims, then another party answers, and the writer names that party with
# a single capitalised word opening a sentence (`Acorn disagreed.`, `Unite has criticised the plan.`) that the
# name-reader never takes for a name (it could be a common word at the start of a sentence). The focus stays on the
# first body, so the answering party's `it said` or `a spokesperson said` is given to the first body. Other writers
# describe the party first (`The tenants' union, Acorn, disputed ...`), put a relative clause after it (`Unite,
# which represents the drivers, has called a strike`), or name a group (`Campaigners rejected ...`): the first body
# never takes the claim after it.

def test_it_after_a_one_word_party_that_disagreed_is_that_party() -> None:
    text = ("Talbot Homes said 60% of the flats would be affordable.\n\n"
            "Acorn disagreed. Only 20% would be let at social rents, it said, and rents had risen by 9%.\n")
    assert rows(text) == [
        ("Talbot Homes", "organisation", "60% of the flats would be affordable"),
        ("Acorn", "organisation", "Only 20% would be let at social rents"),
        ("Acorn", "organisation", "rents had risen by 9%")]


def test_a_described_one_word_party_is_the_subject_too() -> None:
    text = ("Morland Rail said 92% of trains ran on time in May.\n\n"
            "The passenger group, Railfuture, disputed the figure. It said one train in five was late at peak times.\n")
    assert rows(text) == [
        ("Morland Rail", "organisation", "92% of trains ran on time in May"),
        ("Railfuture", "organisation", "one train in five was late at peak times")]


def test_a_spokesperson_after_another_party_is_not_the_first_body() -> None:
    text = ("Harwood Logistics said demand had fallen by 30%.\n\n"
            "Unite, which represents drivers at the depot, has called a ballot. A spokesperson said 140 jobs were at "
            "risk.\n")
    assert rows(text) == [
        ("Harwood Logistics", "organisation", "demand had fallen by 30%"),
        ("a spokesperson", "unresolved", "140 jobs were at risk")]


def test_a_group_that_takes_a_side_leaves_it_unresolved() -> None:
    text = ("Brackley Water said it had cut leaks by 12% this year.\n\n"
            "Campaigners disputed that. It said sewage had been discharged for 4,000 hours.\n")
    assert rows(text) == [
        ("Brackley Water", "organisation", "it had cut leaks by 12% this year"),
        ("it", "unresolved", "sewage had been discharged for 4,000 hours")]


@pytest.mark.parametrize("opening", [
    "Demand recovered in the spring.",  # no side taken: a common word opening a sentence
    "Staff were told on Monday.",
    "Coroner warns care homes.",  # a role, never a body of its own
    "However, this disputed figure was not published.",
])
def test_no_side_is_taken_and_the_body_keeps_its_claims(opening: str) -> None:
    text = f"Harwood Logistics said demand had fallen by 30%.\n\n{opening} It said 140 jobs would go.\n"
    assert rows(text) == [
        ("Harwood Logistics", "organisation", "demand had fallen by 30%"),
        ("Harwood Logistics", "organisation", "140 jobs would go")]


def test_a_person_named_before_is_no_body() -> None:
    text = ("Jo Albrecht, who chairs the Tenants Forum, said rents rose by 9%.\n\n"
            "Talbot Homes said 60% of the flats would be affordable.\n\n"
            "Albrecht disputed that. She said only 20% would be let at social rents.\n")
    assert rows(text) == [
        ("Jo Albrecht", "person", "rents rose by 9%"),
        ("Talbot Homes", "organisation", "60% of the flats would be affordable"),
        ("Jo Albrecht", "person", "only 20% would be let at social rents")]


# --- A joint statement --------------------------------------------------------------------------------------------
# The phenomenon: two bodies issue one statement, and the text joins their names with `and` before the cue. When one
# of them is a single word the name-reader cannot place (`Acorn`), the whole run named nobody and the claim was lost;
# when the statement is described (`in a joint statement:`, `in an open letter:`), the description became a claim of
# its own and the quotation after it lost its speaker. Other writers put the statement first (`In a joint statement,
# X and Y said`), or use `their` (`said in their joint letter:`). Two bodies listed without a cue (`Two sites, X and
# Y, removed ...`) are no joint speaker: each keeps its own later claims.

@pytest.mark.parametrize("subject", ["Dunmore Council and Acorn", "Acorn and Dunmore Council"])
def test_a_body_and_a_one_word_name_speak_together(subject: str) -> None:
    text = f"{subject} said that 3,000 tenants were evicted last year.\n"
    assert rows(text) == [(subject, "organisation", "3,000 tenants were evicted last year")]


@pytest.mark.parametrize("where", ["in a joint statement", "in an open letter", "in their joint letter"])
def test_a_described_statement_is_no_claim_and_its_quotation_keeps_the_speaker(where: str) -> None:
    text = (f"Dunmore Council and the Kelby Trust said {where}: \"We have agreed to keep the library open for two "
            "more years.\"\n")
    assert rows(text) == [("Dunmore Council and the Kelby Trust", "organisation",
                           "We have agreed to keep the library open for two more years.")]


def test_a_person_with_a_described_statement_keeps_the_quotation() -> None:
    text = "Jo Roe said in a short statement: \"The library will stay open until 2028.\"\n"
    assert rows(text) == [("Jo Roe", "person", "The library will stay open until 2028.")]


def test_two_bodies_listed_without_a_cue_keep_their_own_claims() -> None:
    text = ("Two sites, Tradezo and BuyHive, removed the listings within a day.\n\n"
            "BuyHive said it had removed 9,000 unsafe listings this year.\n")
    assert rows(text) == [("BuyHive", "organisation", "it had removed 9,000 unsafe listings this year")]


def test_a_person_beside_a_one_word_name_is_left_to_the_people_reader() -> None:
    from claims.extract.joint_names import joint_body
    from claims.extract.entities import classify
    read = lambda words: classify(words, 0)  # noqa: E731
    assert joint_body("Jo Roe and Acorn", read) is None
    assert joint_body("Dunmore Council and Acorn", read) == "Dunmore Council and Acorn"
    assert joint_body("Dunmore Council and Mayor", read) is None  # a role, no name
    assert joint_body("Dunmore Council and The", read) is None  # a sentence starter
    assert joint_body("Dunmore Council", read) is None  # no `and`
    assert joint_body("Acorn and Dunmore Council and Jo Roe", read) is None  # three parties
    assert joint_body("Acorn and Tenants", read) is None  # no half is a body


# --- A side's noun resolved to the body the text is about -------------------------------------------------------
# The phenomenon: the text is about one body (a supplier, a council), another party answers and the writer calls it
# by what it is (`The charity said`, `the association said`) without having linked that noun to any name; the
# fallback that gives a bare reference to the one body named gave the critic's claim to the organisation. Other
# writers use `the society`, put the answer in its own paragraph, or name the charity once as a speaker with a
# person. A body whose name has that head (`X Trust`, `X Hospice` for `the charity`) or that the text calls so
# (`X, a charity,`) still is what the noun means.

@pytest.mark.parametrize("noun", ["charity", "association", "society"])
def test_a_side_noun_never_the_one_supplier_named(noun: str) -> None:
    text = ("Fenwick Energy said it had refunded 20,000 customers.\n\n"
            f"The {noun} said complaints about bills had doubled since 2023.\n")
    assert rows(text) == [
        ("Fenwick Energy", "organisation", "it had refunded 20,000 customers"),
        (f"the {noun}", "unresolved", "complaints about bills had doubled since 2023")]


@pytest.mark.parametrize("name", ["Harbour Hospice", "Greywell Foundation"])
def test_a_charity_by_its_head_is_still_the_charity(name: str) -> None:
    text = f"{name} said it cared for 900 patients.\n\nThe charity said its deficit was £1.4m.\n"
    assert rows(text) == [
        (name, "organisation", "it cared for 900 patients"),
        (name, "organisation", "its deficit was £1.4m")]


def test_a_body_the_text_calls_a_charity_is_the_charity() -> None:
    text = ("Open Doors, a charity for rough sleepers, said 400 people slept out in March.\n\n"
            "The charity said the figure had doubled.\n")
    assert rows(text) == [
        ("Open Doors", "organisation", "400 people slept out in March"),
        ("Open Doors", "organisation", "the figure had doubled")]


def test_may_be_side_reads_the_head_and_the_texts_words() -> None:
    from claims.extract.speakers.side_nouns import may_be_side
    assert may_be_side("Fenwick Energy", "charity", set()) is False
    assert may_be_side("Fenwick Energy", "charity", {"charity"}) is True
    assert may_be_side("Fenwick Energy", "company", set()) is True  # no side noun
    assert may_be_side("Dale Housing Association", "association", set()) is True
    assert may_be_side("Dale Building Society", "society", set()) is True
    assert may_be_side("Dale Trust", "association", set()) is False  # a trust is no association


# --- `But the group X said`: the answering party's claim is lost ------------------------------------------------
# The phenomenon: the other side answers in a sentence that opens with a connective (`But`, `Yet`, `And`), then
# describes the party before its one-word name (`the campaign group Acorn`); the connective made the name unreadable
# and the claim was lost. Other writers use `Yet`, `And`, or `However` with a comma. A name of several words and a
# person are read as before; a bare `the council` after a company is no council (unresolved, its own words).

@pytest.mark.parametrize("opening", ["But", "Yet", "And", "However,"])
def test_an_answer_opening_with_a_connective_keeps_its_party(opening: str) -> None:
    text = f"Talbot Homes said rents had risen by 4%.\n\n{opening} the campaign group Acorn said rents rose by 9%.\n"
    assert rows(text) == [
        ("Talbot Homes", "organisation", "rents had risen by 4%"),
        ("Acorn", "organisation", "rents rose by 9%")]


@pytest.mark.parametrize("subject, speaker, kind", [
    ("But Jo Roe", "Jo Roe", "person"),
    ("But the Dale Tenants Union", "Dale Tenants Union", "organisation"),
    ("But the council", "the council", "unresolved"),  # no council named: never the company
])
def test_other_answers_after_but(subject: str, speaker: str, kind: str) -> None:
    text = f"Talbot Homes said rents had risen by 4%.\n\n{subject} said rents rose by 9%.\n"
    assert rows(text) == [
        ("Talbot Homes", "organisation", "rents had risen by 4%"),
        (speaker, kind, "rents rose by 9%")]


def test_a_council_by_its_head_is_still_the_council() -> None:
    from claims.extract.speakers.side_nouns import may_be_side
    assert may_be_side("Dunmore County Council", "council", set()) is True
    assert may_be_side("Harlow District", "council", set()) is True
    assert may_be_side("Talbot Homes", "council", set()) is False
    assert may_be_side("Talbot Homes", "council", {"council"}) is True
    text = "Dunmore County Council said 300 homes would be built.\n\nThe council said 90 would be affordable.\n"
    assert rows(text) == [
        ("Dunmore County Council", "organisation", "300 homes would be built"),
        ("Dunmore County Council", "organisation", "90 would be affordable")]


# --- A one-word body named by what it is, or by a speaker's post -----------------------------------------------------
# The phenomenon: the other party is named by one word the name-reader does not read, but the text says it is a body:
# an apposition (`Powerwatch, the energy regulator, fined the firm`) or a speaker's post (`Jo Bell, regional officer
# for Unite`). The body in focus then took the `it said` that follows. Other writers use `an organiser at Acorn`,
# `secretary of the GMB union`, or a charity (`Homeline, a housing charity, runs ...`). A place after a post
# (`officer for Wales`) and a person's own company (`chief executive of Harwood`) move nothing.

@pytest.mark.parametrize("apposition, kind", [
    ("Powerwatch, the energy regulator, fined the firm £2m in March.", "inspectorate"),
    ("Powerwatch, a consumer charity, runs a helpline.", "organisation"),
])
def test_a_one_word_body_in_apposition_is_the_subject(apposition: str, kind: str) -> None:
    text = (f"Fenwick Energy said it had refunded 20,000 customers.\n\n{apposition} It said 1,300 complaints had been "
            "received.\n")
    assert rows(text) == [
        ("Fenwick Energy", "organisation", "it had refunded 20,000 customers"),
        ("Powerwatch", kind, "1,300 complaints had been received")]


@pytest.mark.parametrize("post", ["regional officer for Unite", "an organiser at Acorn", "secretary of the GMB union"])
def test_a_speakers_one_word_body_takes_it_away_from_the_focus(post: str) -> None:
    text = (f"Harwood Logistics said demand had fallen by 30%.\n\nJo Bell, {post}, said the closure was a betrayal of "
            "staff. It said the firm made £12m last year.\n")
    assert rows(text) == [
        ("Harwood Logistics", "organisation", "demand had fallen by 30%"),
        ("Jo Bell", "person", "the closure was a betrayal of staff"),
        ("it", "unresolved", "the firm made £12m last year")]


@pytest.mark.parametrize("post", ["regional officer for Wales", "chief executive of Harwood Logistics"])
def test_a_place_or_the_focus_body_after_a_post_moves_nothing(post: str) -> None:
    text = (f"Harwood Logistics said demand had fallen by 30%.\n\nJo Bell, {post}, said the closure was painful for "
            "staff. It said the firm made £12m last year.\n")
    assert rows(text) == [
        ("Harwood Logistics", "organisation", "demand had fallen by 30%"),
        ("Jo Bell", "person", "the closure was painful for staff"),
        ("Harwood Logistics", "organisation", "the firm made £12m last year")]


# --- A survey share as the subject --------------------------------------------------------------------------------
# The phenomenon: a body reports its own survey, and the writer makes a share of those asked the subject of the cue
# (`62% of members said`, `Of those, nearly half said`, `Sixty-two per cent said`); no party is named before the cue,
# so the claim was lost or given to a person. The claim is the survey's publisher's, the share kept in its words.
# Other writers open with the survey (`In a Unite survey, 70% of drivers said`: the survey's body, never the company
# the text is about), write the share as words (`one in three`, `six in ten respondents (58%)`), or put two shares in
# one sentence. A share where nobody was asked (`Half of the money went`) and a share with no body in sight keep the
# old reading.

@pytest.mark.parametrize("text, expected", [
    ("Unison surveyed 2,000 school staff. 41% of those who responded said they had taken a second job.\n",
     [("Unison", "organisation", "41% of those who responded said they had taken a second job")]),
    ("The Royal College of Midwives surveyed 1,200 midwives. Nearly half said they planned to leave within five "
     "years.\n",
     [("Royal College of Midwives", "organisation", "Nearly half said they planned to leave within five years")]),
    ("The Federation of Small Firms polled 900 members.\n\nSixty-two per cent said they had cut staff hours.\n",
     [("Federation of Small Firms", "organisation", "Sixty-two per cent said they had cut staff hours")]),
    ("The Federation of Small Firms polled 900 members.\n\nSix in ten respondents (61%) said they had cut staff "
     "hours.\n",
     [("Federation of Small Firms", "organisation", "Six in ten respondents (61%) said they had cut staff hours")]),
])
def test_a_share_of_those_asked_is_the_surveys_publisher(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_survey_named_in_the_opening_is_its_bodys_not_the_focus() -> None:
    text = ("Harwood Logistics said demand had fallen by 30%.\n\n"
            "In a Unite survey, 70% of drivers said they had been asked to work unpaid overtime.\n")
    assert rows(text) == [
        ("Harwood Logistics", "organisation", "demand had fallen by 30%"),
        ("Unite", "organisation", "70% of drivers said they had been asked to work unpaid overtime")]


def test_shares_with_no_one_asked_or_no_body_in_sight_keep_the_old_reading() -> None:
    from claims.extract.attribution.shares import share_subject
    text = "Half of the money said to be saved went on agency staff."
    assert share_subject(text, 0, text.index(" said")) is None  # nobody was asked
    text = "Staff were surveyed. 41% of them said pay was too low."
    assert share_subject(text, 21, text.index(" said")).group("share") == "41%"
    assert rows(text) == []  # no body ran the survey: nothing is guessed


@pytest.mark.parametrize("middle, expected", [
    ("Its survey was completed by 800 shops in May.\n\n",
     [("Retail Forum", "organisation", "sales fell by 3%"),
      ("Retail Forum", "organisation", "40% said they had cut opening hours")]),  # the body that spoke two paragraphs up
    ("Its survey was completed by 800 shops in May.\n\nThe questions were set in March.\n\n",
     [("Retail Forum", "organisation", "sales fell by 3%")]),  # three paragraphs up: out of sight
    ("The Harbour Council runs the market.\n\n",
     [("Retail Forum", "organisation", "sales fell by 3%")]),  # another body named since: no one to be sure of
])
def test_the_body_that_spoke_is_the_surveys_only_while_in_sight(middle: str, expected: list) -> None:
    text = f"The Retail Forum said sales fell by 3%.\n\n{middle}Of those, 40% said they had cut opening hours.\n"
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In a survey by the Energy Standards Agency, 40% of customers said their bills had doubled.\n",
     [("Energy Standards Agency", "inspectorate", "40% of customers said their bills had doubled")]),
    ("The Energy Standards Agency polled 2,000 customers. 41% said their bills had doubled.\n",
     [("Energy Standards Agency", "inspectorate", "41% said their bills had doubled")]),
    ("Unison surveyed 2,000 staff.\n\nPay has fallen since 2020.\n\n41% of members said they had a second job.\n",
     [("Unison", "organisation", "41% of members said they had a second job")]),  # the body that surveyed
    ("In a survey, 40% of customers said their bills had doubled.\n", []),  # the survey names no body
])
def test_the_survey_is_the_body_that_ran_it(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_survey_publisher_reads_the_last_surveyor() -> None:
    from claims.extract.attribution.shares import survey_publisher
    from claims.extract.speakers import Context
    text = "Acme Water surveyed 90 homes. The Dale Trust polled 40 farms. 41% said"
    ctx = Context(text=text)
    ctx.register_org("Acme Water", "organisation")
    ctx.register_org("Dale Trust", "inspectorate")
    assert survey_publisher(text, text.index("41%"), ctx) == ("Dale Trust", "inspectorate")
    assert survey_publisher(text, text.index("The Dale"), ctx) == ("Acme Water", "organisation")
    assert survey_publisher(text, 0, ctx) is None
