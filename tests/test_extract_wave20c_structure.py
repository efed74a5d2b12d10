"""Structure and spans (wave 20c): claims cut into fragments at `and`, lists under a letter's lead-in, and a sender's
own findings in a letter. Each case is a short text written for this test in our own words about invented parties,
and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a helper
returns."""
import pytest

from claims.extract.items import split_items
from extract_rows import rows


# `and` between two words of one noun phrase or one participle (20c, items.split_clauses, items.joins_modifiers):
# a compound adjective ending in -ed after `and` (`small and medium-sized firms`, `family-run and locally-owned shops`)
# and two participles of one noun (`scripts drafted and approved by the charity`, `depots owned and operated by X`)
# open no clause; a clause whose first word is an -ed verb still splits (`and re-opened the ward`, `and raised fees`).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("A third of small and medium-sized firms in the region expect to cut staff this year",
     ["A third of small and medium-sized firms in the region expect to cut staff this year"]),
    ("the scheme lends to around 9,000 small and medium-sized businesses across Wales",
     ["the scheme lends to around 9,000 small and medium-sized businesses across Wales"]),
    ("its callers had followed scripts drafted and approved by the charity's own staff",
     ["its callers had followed scripts drafted and approved by the charity's own staff"]),
    ("the buses are owned and operated by a private company based in Leeds",
     ["the buses are owned and operated by a private company based in Leeds"]),
    ("the trust closed two wards for six weeks last winter and re-opened the ward in March",
     ["the trust closed two wards for six weeks last winter", "re-opened the ward in March"]),
    ("the college cut 40 posts in the summer term and raised its fees by 9% in September",
     ["the college cut 40 posts in the summer term", "raised its fees by 9% in September"]),
])
def test_and_inside_a_modifier_opens_no_clause(sentence: str, expected: list[str]) -> None:
    assert [sentence[s:e] for s, e in split_items(sentence, (0, len(sentence)))] == expected


def test_a_quarter_of_small_and_medium_sized_firms_is_one_row() -> None:
    text = ("Firms plan fewer hires\n\n"
            "A quarter of small and medium-sized firms in Scotland expect to cut jobs next year, according to a survey "
            "by the Ardmore Business Forum.\n")
    assert rows(text) == [
        ("Ardmore Business Forum", "organisation",
         "A quarter of small and medium-sized firms in Scotland expect to cut jobs next year")]


# A letter's list under a lead-in naming nobody (20c, attribution/letters.sender_lead_in): `In the last quarter of
# 2025:` and `Of the 212 members who replied:` (alone, or after the sender's own sentence in its paragraph) hand
# their numbered or bulleted items to the letter's sender, as its other paragraphs are; outside a letter such a
# lead-in hands on nothing.
LETTER = ("Open letter to the Health Minister\n\n"
          "Dear Minister,\n\n"
          "We write as nurses at the Elm Road hospital.\n\n"
          "In the last quarter of 2025:\n"
          "1. 71 operations did not go ahead on the day they were listed;\n"
          "2. on 46 days, at least one theatre stood empty; and\n"
          "3. eleven patients were sent home because their beds were needed.\n\n"
          "Of the 212 members who replied to our survey:\n\n"
          "- 140 said they had worked an unpaid extra shift;\n"
          "- 62 reported a missed break every week.\n\n"
          "Yours sincerely,\n\n"
          "Jo Roe\n"
          "Chair, Elm Road Nurses Forum\n")


def test_a_letter_s_lead_in_naming_nobody_hands_its_list_to_the_sender() -> None:
    forum = "Elm Road Nurses Forum"  # a letter that never says `I` over its signer's body is the body's (33b)
    assert rows(LETTER) == [
        (forum, "organisation", "We write as nurses at the Elm Road hospital"),
        (forum, "organisation", "71 operations did not go ahead on the day they were listed"),
        (forum, "organisation", "on 46 days, at least one theatre stood empty"),
        (forum, "organisation", "eleven patients were sent home because their beds were needed"),
        (forum, "organisation", "140 said they had worked an unpaid extra shift"),
        (forum, "organisation", "62 reported a missed break every week")]


def test_a_lead_in_naming_nobody_outside_a_letter_hands_on_nothing() -> None:
    text = ("Theatre figures\n\n"
            "In the last quarter of 2025:\n"
            "1. 71 operations did not go ahead on the day they were listed;\n"
            "2. eleven patients were sent home because their beds were needed.\n")
    assert rows(text) == []


# The sender's own finding and a passive after a report word (20c, attribution/letters.reports_another): in a
# letter, `..., and we have found no call that failed` is the sender reporting (the cue's subject is `we`, wherever
# the clause opens), and `Repairs are now being listed for 2028` reports nobody (a passive); `X said ...` is still
# X's words.
def test_a_letter_s_own_findings_and_passives_stay_the_sender_s() -> None:
    text = ("A letter to our customers\n\n"
            "Dear customer,\n\n"
            "Calls to 999 were carried by other networks throughout, and we have found no emergency call that failed "
            "to connect. Repairs are now being listed for the spring of 2028 in the worst-hit streets. Dunmore "
            "Council said the road will reopen in May.\n\n"
            "Yours sincerely,\n\n"
            "Jo Roe\n"
            "Chief Executive, Acme Mobile\n")
    acme = "Acme Mobile"  # a letter that never says `I` over its signer's body is the body's (33b)
    assert rows(text) == [
        (acme, "organisation", "Calls to 999 were carried by other networks throughout"),
        (acme, "organisation", "we have found no emergency call that failed to connect"),
        (acme, "organisation", "Repairs are now being listed for the spring of 2028 in the worst-hit streets"),
        ("Dunmore Council", "organisation", "the road will reopen in May")]


# A letter sent on behalf of a body its signature names (20c, attribution/letters.letter_senders): `We are writing
# on behalf of the members of the X Association` (or an introduction saying the letter was sent on behalf of X),
# signed by its officers over the body's name, is the body's letter; `I am writing on behalf of the 300 officers
# our branch represents`, naming no body, stays the signer's.
def test_a_letter_on_behalf_of_the_body_it_is_signed_for_is_the_body_s() -> None:
    text = ("Tenants write to their landlord\n\n"
            "Dear Ms Hale,\n\n"
            "We are writing on behalf of the members of the Ashby Court Tenants' Association about repairs.\n\n"
            "In May we surveyed every household on the estate. Of the 140 tenants who replied:\n\n"
            "- 92 said they had waited more than three months for a repair;\n"
            "- 41 reported damp in a bedroom.\n\n"
            "Yours sincerely,\n\n"
            "Maya Dorsey, Chair\n"
            "Leon Pratt, Secretary\n"
            "Ashby Court Tenants' Association\n")
    assert rows(text) == [
        ("Ashby Court Tenants' Association", "organisation", "We are writing on behalf of the members of the Ashby "
                                                              "Court Tenants' Association about repairs"),
        ("Ashby Court Tenants' Association", "organisation", "In May we surveyed every household on the estate"),
        ("Ashby Court Tenants' Association", "organisation", "92 said they had waited more than three months for a "
                                                              "repair"),
        ("Ashby Court Tenants' Association", "organisation", "41 reported damp in a bedroom")]


def test_a_letter_on_behalf_of_people_stays_the_signer_s() -> None:
    text = ("Officers write to the commissioner\n\n"
            "Dear Commissioner,\n\n"
            "I am writing on behalf of the 300 officers our branch represents. Forty-one of them have been assaulted on "
            "duty this year.\n\n"
            "Yours sincerely,\n\n"
            "Sgt Jo Roe\n"
            "Chair, Dunmore Police Federation\n")
    assert rows(text) == [
        ("Jo Roe", "person", "Forty-one of them have been assaulted on duty this year")]


# `including` and one example (20c, items._split_including): `the budget added four posts, including a second county
# attorney` is one claim, the example naming part of its object; a list after `including` still splits into items,
# and so does a clause after the example.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("the budget added four full-time posts, including a second assistant county attorney",
     ["the budget added four full-time posts, including a second assistant county attorney"]),
    ("the unit obtained 58 convictions, including 19 for abuse or neglect of care home residents",
     ["the unit obtained 58 convictions, including 19 for abuse or neglect of care home residents"]),
    ("the trust opened two wards, including a new stroke unit at Elm Road and a day-surgery centre in Leeds",
     ["the trust opened two wards", "a new stroke unit at Elm Road", "a day-surgery centre in Leeds"]),
    ("the trust opened two wards, including a new stroke unit at Elm Road, and hired 40 staff",
     ["the trust opened two wards", "a new stroke unit at Elm Road", "hired 40 staff"]),
])
def test_including_one_example_stays_in_its_claim(sentence: str, expected: list[str]) -> None:
    assert [sentence[s:e] for s, e in split_items(sentence, (0, len(sentence)))] == expected
