"""Structure and layout (wave 22c): a letter's headings, the lists under them, its purpose line, its listings and
contact lines. Each case is a short text written for this test in our own words about invented parties, and the whole
table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
from claims.extract.attribution.letter_layout import is_listing, told_content
from extract_rows import rows


# A letter's headings and the lists under them (22c, attribution/letters.letter_claims, letter_heading): a section
# title inside a letter (`What has changed since March`, a subject line under `Dear resident,`) claims nothing, and the
# bullets under it, with no colon lead-in, are the sender's, as the letter's other paragraphs are.
HEADED_LETTER = ("Acme Wind Ltd\n\n"
                 "Dear resident,\n\n"
                 "Proposed Fell End solar farm, land south of Mill Lane\n\n"
                 "We now propose 40,000 panels on 60 hectares.\n\n"
                 "What has changed since March\n\n"
                 "- the panels nearest Low Row have been removed, so that none is within 400m of a home;\n"
                 "- the access track has moved from Mill Lane to the Kirkby road; and\n"
                 "- we have dropped the second substation.\n\n"
                 "Yours faithfully,\n\n"
                 "Jo Roe\n"
                 "Project Manager, Acme Wind\n")


def test_a_letter_s_heading_claims_nothing_and_its_bullets_are_the_sender_s() -> None:
    assert rows(HEADED_LETTER) == [
        ("Jo Roe", "person", "We now propose 40,000 panels on 60 hectares"),
        ("Jo Roe", "person", "the panels nearest Low Row have been removed, so that none is within 400m of a home"),
        ("Jo Roe", "person", "the access track has moved from Mill Lane to the Kirkby road"),
        ("Jo Roe", "person", "we have dropped the second substation")]


def test_outside_a_letter_a_heading_s_bullets_stay_nobody_s() -> None:
    text = HEADED_LETTER.replace("Dear resident,\n\n", "By Al Key\n\n")
    assert [row for row in rows(text) if row[0] == "Jo Roe"] == []


def test_a_letter_s_bullet_with_its_own_cue_keeps_that_speaker() -> None:
    text = HEADED_LETTER.replace("- we have dropped the second substation.",
                                 "- Dunmore Council said the road will reopen in May.")
    assert rows(text)[-1] == ("Dunmore Council", "organisation", "the road will reopen in May")


# The letter's purpose line (22c, attribution/letters.told_content): `I am writing to tell you, before ..., that A`,
# `We are writing to let you know that A`: A is the sender's claim; the courtesy around it is not, and `I am writing
# to invite you to ...` (no `that`) still claims nothing.
def test_what_the_sender_writes_to_tell_is_the_sender_s_claim() -> None:
    text = ("Dear colleague,\n\n"
            "I am writing to tell you, before anything appears in the press, that the company proposes to cut up to "
            "40 jobs. We are writing to let you know that the Elm Street depot will close in May. I am writing to "
            "invite you to a meeting on 4 May.\n\n"
            "Yours sincerely,\n\n"
            "Jo Roe\n"
            "Managing Director, Acme Plastics\n")
    assert rows(text) == [
        ("Jo Roe", "person", "the company proposes to cut up to 40 jobs"),
        ("Jo Roe", "person", "the Elm Street depot will close in May")]


def test_told_content_starts_after_that() -> None:
    text = "We are writing to tell you, with regret, that the clinic will close."
    assert told_content(text, (0, len(text))) == (text.index("the clinic"), len(text))
    assert told_content("I am writing to invite you to the exhibition.", (0, 44)) is None


# A letter's listings and contact lines (22c, attribution/letters.is_listing): an event's place and time (`Elm Road
# Hall: Tuesday 23 March, 2pm to 7pm`), a dated step of a timetable (`12 February: nominations open`) and a line
# giving a telephone number are the letter's arrangements, nobody's claim; a dated figure (`12 February: 41 calls`)
# and the sender's claims around them stay.
LISTED_LETTER = ("Dear colleague,\n\n"
                 "You can see the plans at:\n\n"
                 "- Elm Road Hall: Tuesday 23 March, 2pm to 7.30pm\n"
                 "- Online webinar: Thursday 25 March, 6.30pm (register on our website)\n\n"
                 "Key dates\n"
                 "12 February: nominations open for employee representatives\n"
                 "21 February: first consultation meeting\n\n"
                 "We have received 312 replies so far. Our helpline is open 24 hours a day on 0800 047 3391.\n\n"
                 "Yours sincerely,\n\n"
                 "Jo Roe\n"
                 "Managing Director, Acme Plastics\n")


def test_a_letter_s_listings_and_contact_lines_claim_nothing() -> None:
    assert rows(LISTED_LETTER) == [("Jo Roe", "person", "We have received 312 replies so far")]


def test_is_listing_reads_places_times_and_dated_steps() -> None:
    for line in ("Elm Road Hall: Tuesday 23 March, 2pm to 7.30pm", "12 February: nominations open",
                 "March 16: proposed boundaries go to the board", "Our helpline is open on 0800 047 3391"):
        assert is_listing(line, (0, len(line))) is True, line
    for line in ("12 February: 41 calls were answered", "November 12: 4", "Sales rose 12% in March",
                 "We opened the Elm Road Hall on Tuesday 23 March"):
        assert is_listing(line, (0, len(line))) is False, line


# The sender's own earlier letter (22c, attribution/letters.SENDER_BEFORE_CUE_RE): `When we first wrote to you, we
# were considering 12 turbines` is the sender's, not another party's report.
def test_the_sender_s_own_earlier_letter_is_the_sender_s() -> None:
    text = ("Dear resident,\n\n"
            "When we first wrote to you last June, we were considering up to 12 turbines.\n\n"
            "Yours faithfully,\n\n"
            "Jo Roe\n"
            "Project Manager, Acme Wind\n")
    assert rows(text) == [
        ("Jo Roe", "person", "When we first wrote to you last June, we were considering up to 12 turbines")]


# A release's marker after its issuer on the header line (22c, layout.MARKER_TAIL_RE): `FSIS News Release`, `Acme
# Water | Press release` name the issuer before the marker, as `PRESS RELEASE - Acme Water` names it after; the marker
# is no part of the name (`FSIS News Release` was a body), and a headline in capitals before one names nobody.
MARKED_AFTER = ("Food Safety and Inspection Service | News Release\n\n"
                "Texas firm recalls sausages over undeclared milk\n\n"
                "Pecos Farm LLC said it was recalling 2,300 pounds of sausage made on 14 March. The company said the "
                "error was found by inspectors during a visit.\n\n"
                "About 900 pounds are still in a warehouse in Austin.\n")


def test_a_marker_after_the_issuer_names_the_release_s_issuer() -> None:
    assert rows(MARKED_AFTER) == [
        ("Pecos Farm LLC", "organisation", "it was recalling 2,300 pounds of sausage made on 14 March"),
        ("Pecos Farm LLC", "organisation", "the error was found by inspectors during a visit"),
        ("Food Safety and Inspection Service", "inspectorate", "About 900 pounds are still in a warehouse in Austin")]
    # kind: a service housing an examiner is an inspectorate since wave 27h (examiner_offices); the issuer is unchanged


def test_a_marker_glued_to_the_issuer_s_name_is_no_part_of_it() -> None:
    text = MARKED_AFTER.replace("Food Safety and Inspection Service | News Release", "Harland Rescue News Release")
    assert rows(text)[-1] == ("Harland Rescue", "organisation", "About 900 pounds are still in a warehouse in Austin")


def test_a_headline_in_capitals_before_a_marker_names_no_issuer() -> None:
    text = MARKED_AFTER.replace("Food Safety and Inspection Service | News Release", "SAUSAGE RECALL NEWS RELEASE")
    assert rows(text)[-1] == ("Pecos Farm LLC", "organisation", "About 900 pounds are still in a warehouse in Austin")


# An -ing word inside a subject (22c, items._noun_after): `most of its major building projects are running late`, `the
# older housing stock was empty` are one clause, not a participle clause cut off after `major`; a participle adding an
# achievement (`, embedding 40 nurses in 11 hospitals`) is still cut.
def test_an_ing_word_inside_a_subject_cuts_no_clause() -> None:
    from claims.extract.items import split_items
    text = "Costs rose by £1.9 billion in five years, and most of its major building projects are running late."
    assert [text[a:b] for a, b in split_items(text, (0, len(text)))] == [
        "Costs rose by £1.9 billion in five years", "most of its major building projects are running late"]
    text = "The survey found that 40% of the older housing stock was empty."
    assert [text[a:b] for a, b in split_items(text, (0, len(text)))] == [text[:-1]]

