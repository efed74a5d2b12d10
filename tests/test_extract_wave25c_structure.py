"""Structure of the page (wave 25c): what a page's layout does to who speaks. Each case is a short text written for
this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue,
quote) rows, in text order, or the whole value a helper returns."""
from claims.extract.attribution.named_leads import named_lead_in
from claims.extract.attribution.statement_leads import following_statement, heading_statement
from claims.extract.speakers import Context
from claims.extract.text import split_blocks
from extract_rows import cued_rows as rows


def lead(text: str) -> tuple[str, str, str, bool] | None:
    """Return (speaker, kind, cue, colon) of the named lead-in the text's first paragraph makes, or None."""
    blocks = split_blocks(text)
    found = named_lead_in(text, blocks[0], blocks[1:2], Context(text=text))
    return None if found is None else (found.speaker, found.kind, found.cue, found.colon)


# A lead-in with no cue verb that opens on one person and ends on a colon (25c, attribution/named_leads): a live page's
# entry `X, an economist at Y, is unconvinced:` or `X has just sat down. Her main measures:` hands the quotation or the
# bullets below to X; the quotation no longer continues the person of the entry before, across the time stamp.
LIVE = ("Tarrow transport levy: live\n\n"
        "15.10\nHauliers: 'a tax on deliveries'\n\n"
        "Mira Castellane, director of the Road Freight Alliance, told reporters: \"Forty firms have written to us.\"\n\n"
        "14.40\nWhat the economists think\n\n"
        "Jonas Wetherby, an economist at Brackley Partners, is unconvinced:\n\n"
        "\"The levy raises £12m a year. Half of that comes back as higher prices.\"\n\n"
        "14.05\nLeader sets out plan\n\n"
        "Council leader Petra Sandell has just sat down. Her main measures:\n\n"
        "- a £2 daily levy on vans entering the centre\n"
        "- 400 new cycle spaces at the two stations\n")


def test_a_verbless_lead_in_gives_the_quotation_and_bullets_below_to_its_person() -> None:
    assert rows(LIVE) == [
        ("Mira Castellane", "person", "told reporters:", "Forty firms have written to us."),
        ("Jonas Wetherby", "person", "is unconvinced:", "The levy raises £12m a year."),
        ("Jonas Wetherby", "person", "is unconvinced:", "Half of that comes back as higher prices."),
        ("Petra Sandell", "person", "Her main measures:", "a £2 daily levy on vans entering the centre"),
        ("Petra Sandell", "person", "Her main measures:", "400 new cycle spaces at the two stations")]


def test_a_closing_label_after_the_persons_sentence_is_the_cue() -> None:
    text = "Finance chief Oskar Lindqvist has finished speaking. Some of the key lines:\n\n\"Debt is falling.\"\n"
    assert lead(text) == ("Oskar Lindqvist", "person", "Some of the key lines:", True)


def test_a_person_named_after_a_preposition_leads_nothing() -> None:
    text = "A reader's letter about Petra Sandell's plan:\n\n\"The levy raises £12m a year.\"\n"
    assert lead(text) is None


def test_a_lead_in_with_no_quotation_or_bullet_below_leads_nothing() -> None:
    text = "Jonas Wetherby, an economist at Brackley Partners, is unconvinced:\n\nThe levy was approved at 3pm.\n"
    assert lead(text) is None


def test_a_lead_in_opening_on_a_body_leads_nothing() -> None:
    text = "The Road Freight Alliance is unconvinced:\n\n\"The levy raises £12m a year.\"\n"
    assert lead(text) is None


def test_a_lead_in_naming_a_second_person_leads_nothing() -> None:
    text = "Jonas Wetherby has a question for Petra Sandell:\n\n\"Where does the £12m go?\"\n"
    assert lead(text) is None


def test_a_long_second_sentence_is_no_label() -> None:
    text = ("Jonas Wetherby has been through the numbers. The council published its model on its website this "
            "morning:\n\n\"The levy raises £12m a year.\"\n")
    assert lead(text) is None


def test_a_lead_in_ending_on_a_preposition_leads_nothing() -> None:
    text = "Sergeant Ilse Marrow is appealing to:\n\n- anyone who drove on Quarry Lane after 10pm\n"
    assert lead(text) is None


# A statement given out in words the statement lead-in missed (25c, attribution/statement_leads, patterns.STATEMENT_GIVEN):
# a live page's `A spokesperson for X has sent us this statement:` and a statement's `The chair, Jo Roe, has issued the
# following statement on the board's behalf.` closing with a full stop over quoted paragraphs gave the statement nobody.
SENT = ("14.20\nMinistry responds\n\n"
        "A Ministry of Rural Transport spokesperson has sent us this statement:\n"
        "\"We have offered the drivers a rise of 5%, and our door remains open.\"\n")


def test_a_statement_sent_to_the_page_is_the_senders() -> None:
    assert rows(SENT) == [
        ("Ministry of Rural Transport", "organisation", "sent us this statement",
         "We have offered the drivers a rise of 5%, and our door remains open.")]


FOLLOWING = ("The board of the Kelvey Sailing Trust met on Monday. Its chair, Oriel Danvers, has issued the following "
             "statement on the board's behalf.\n\n"
             "\"Eleven of our fourteen boats failed their spring survey.\n\n"
             "\"The repairs will cost at least £84,000.\"\n")


def test_the_following_statement_closing_with_a_full_stop_gives_the_quotation_below_to_its_subject() -> None:
    assert rows(FOLLOWING) == [
        ("Oriel Danvers", "person", "issued the following statement", "Eleven of our fourteen boats failed their spring survey."),
        ("Oriel Danvers", "person", "quotation continues", "The repairs will cost at least £84,000.")]


def test_a_statement_told_of_with_a_full_stop_and_no_quotation_below_leads_nothing() -> None:
    text = ("Its chair, Oriel Danvers, has issued the following statement on the board's behalf.\n\n"
            "The trust was founded in 1971 and has 300 members.\n")
    blocks = split_blocks(text)
    assert following_statement(text, blocks[0], blocks[1:2], Context(text=text)) is None


def test_a_statement_issued_last_week_points_at_nothing_below() -> None:
    text = "Its chair, Oriel Danvers, issued a statement last week.\n\n\"We are sorry.\"\n"
    blocks = split_blocks(text)
    assert following_statement(text, blocks[0], blocks[1:2], Context(text=text)) is None


# A heading `Statement from X` naming one party over a quoted statement with no cue (25c, attribution/statement_leads):
# the reply a letter's page prints below it (`Statement from Greyholt ..., 4 September 2026`) lost every claim.
REPLY = ("Dear Ms Okoro,\n\nWe ask the company to repair the lifts.\n\nYours sincerely,\n\nTamsin Vell\n\n---\n\n"
         "Statement from Brackwater Homes Ltd, 6 May 2027\n\n"
         "\"Both lifts at Heron Court were repaired on 2 May.\n\n"
         "\"Rents there remain below those of similar flats in the town.\"\n")


def test_a_statement_heading_gives_the_quotation_below_to_the_party_it_names() -> None:
    assert [r for r in rows(REPLY) if r[0] == "Brackwater Homes Ltd"] == [
        ("Brackwater Homes Ltd", "organisation", "Statement from Brackwater Homes Ltd",
         "Both lifts at Heron Court were repaired on 2 May."),
        ("Brackwater Homes Ltd", "organisation", "quotation continues",
         "Rents there remain below those of similar flats in the town.")]


def heading(text: str) -> tuple[str, str, str, bool] | None:
    """Return (speaker, kind, cue, colon) of the statement heading the text's first block makes, or None."""
    blocks = split_blocks(text)
    found = heading_statement(text, blocks[0], blocks[1:2], Context(text=text))
    return None if found is None else (found.speaker, found.kind, found.cue, found.colon)


def test_a_statement_heading_naming_no_party_leads_nothing() -> None:
    assert heading("Statement from the company\n\n\"Both lifts were repaired on 2 May.\"\n") is None


def test_a_statement_heading_over_plain_narration_leads_nothing() -> None:
    assert heading("Statement from Brackwater Homes Ltd\n\nThe lifts at Heron Court were repaired on 2 May.\n") is None


def test_a_statement_heading_naming_two_signers_leads_nothing() -> None:
    assert heading("Statement from Jo Roe and Al Key\n\n\"Both lifts were repaired on 2 May.\"\n") is None
