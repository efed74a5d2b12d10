"""Structure of the page and fragments (wave 26c): what a page's layout does to who speaks and to what a row holds.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, cue, quote) rows, in text order, or the whole value a helper returns."""
from claims.extract.release import is_release
from claims.extract.text import split_blocks
from extract_rows import cued_rows as rows


def release(text: str) -> bool:
    """Say whether a text opens like its issuer's release."""
    return is_release(text, split_blocks(text))


# A page's header field `From: <body>` (the layout of a government body's own page) makes the page that body's
# release: its first-person lead-in's bullets and its figures are the body's, as under `News release`.
BOARD_PAGE = ("Interim report: collapse of a footbridge at Marrowby Sands\n\n"
              "From: Coastal Structures Safety Board\nPublished: 4 May 2027\n\n"
              "The Coastal Structures Safety Board has today published an interim report into the collapse of the "
              "Marrowby Sands footbridge on 2 February.\n\n"
              "Our investigation so far has found that:\n\n"
              "- the bridge carried about 212 people when it failed, more than twice its rated load;\n"
              "- two of its four cables had lost 40% of their section to corrosion; and\n"
              "- inspections due in 2025 were not carried out.\n")


def test_a_from_field_naming_a_body_makes_its_release() -> None:
    assert release(BOARD_PAGE)
    assert rows(BOARD_PAGE) == [  # the report's publication is an announcement, no claim
        ("Coastal Structures Safety Board", "inspectorate", "issued the release",
         "the bridge carried about 212 people when it failed, more than twice its rated load"),
        ("Coastal Structures Safety Board", "inspectorate", "issued the release",
         "two of its four cables had lost 40% of their section to corrosion"),
        ("Coastal Structures Safety Board", "inspectorate", "issued the release",
         "inspections due in 2025 were not carried out")]


def test_the_field_may_name_a_department_in_other_words_and_order() -> None:
    page = ("Published: 9 June 2027\nFrom: Department of Inland Waterways\n\n"
            "Canal repairs: 2027 programme\n\n"
            "The Department of Inland Waterways will spend £14m on lock repairs this year.\n")
    assert release(page)
    assert rows(page) == [("Department of Inland Waterways", "organisation", "issued the release",
                           "The Department of Inland Waterways will spend £14m on lock repairs this year")]


def test_a_from_field_naming_a_person_or_an_address_makes_no_release() -> None:
    assert not release("From: Marek Olsztyn, Managing Director\nTo: all staff\n\nProposed changes to shifts\n\n"
                       "We are proposing to close the night shift at Brayhill from 1 March.\n")
    assert not release("From: Tollgate Opticians <care@tollgate.example>\nSubject: your account\n\n"
                       "We are writing to tell you that 4,000 accounts were accessed.\n")
    assert not release("Canal repairs begin\n\nThe Department of Inland Waterways said repairs would begin in May. "
                       "Funding came from: Department of Inland Waterways and two councils.\n")


# A capital `That` opening a sentence is a demonstrative (`That ship`) or a pronoun (`That includes`), never the
# conjunction a split leaves before a clause (`... and that fuel costs had risen`): the row keeps it, or it reads
# `ship had been ordered in 2024`, a claim that is not standalone.
FERRIES = ("Tarrow Ferries to buy ship\n\nBy Jo Bristow\n\n"
           "Mira Castellane, chief executive of Tarrow Ferries, said sales fell by 4% in the winter and that fuel costs "
           "had risen by £2m.\n\n"
           "That ship had been ordered in 2024, she said. That includes a spare engine worth £400,000, the company "
           "said.\n\n"
           "\"We carried 41,000 passengers. That figure frightened me,\" she said.\n")


def test_a_sentence_opening_that_keeps_it_and_a_split_that_goes() -> None:
    assert rows(FERRIES) == [
        ("Mira Castellane", "person", "said", "sales fell by 4% in the winter"),
        ("Mira Castellane", "person", "said", "fuel costs had risen by £2m"),
        ("Mira Castellane", "person", "said", "That ship had been ordered in 2024"),
        ("Tarrow Ferries", "organisation", "said", "That includes a spare engine worth £400,000"),
        ("Mira Castellane", "person", "said", "We carried 41,000 passengers."),
        ("Mira Castellane", "person", "said", "That figure frightened me")]


def test_tidy_drops_only_a_small_that() -> None:
    from claims.extract.items import tidy
    parts = ["and that the pier had closed", "That pier had closed", "And the pier had closed"]
    text = "; ".join(parts)
    spans = [(text.index(part), text.index(part) + len(part)) for part in parts]
    assert [text[slice(*tidy(text, span))] for span in spans] == [
        "the pier had closed", "That pier had closed", "the pier had closed"]


# The same for a capital `While`, `Whilst` or `With` opening a sentence: a concession the main clause answers (`While costs
# rose, we held our margin`), whose row without it asserts what the speaker conceded; a small `while` a split leaves
# (`..., while rivals sold fewer`) still goes, and a capital `And` or `But` still goes as before.
HOMES = ("Tarrow Homes holds margin\n\nBy Jo Bristow\n\n"
         "Mira Castellane, chief executive of Tarrow Homes, said: \"While build costs have risen faster than prices, we "
         "have held our margin above 14%. But sales fell by 6% in May.\"\n\n"
         "She said the firm sold 412 homes, while rivals sold fewer. With inflation at 3.5%, the firm expects sales to "
         "slow, she said.\n")


def test_a_sentence_opening_while_keeps_it() -> None:
    assert rows(HOMES) == [
        ("Mira Castellane", "person", "said:",
         "While build costs have risen faster than prices, we have held our margin above 14%."),
        ("Mira Castellane", "person", "said:", "sales fell by 6% in May."),
        ("Mira Castellane", "person", "said", "the firm sold 412 homes, while rivals sold fewer"),
        ("Mira Castellane", "person", "said", "With inflation at 3.5%, the firm expects sales to slow")]
