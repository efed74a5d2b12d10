"""Wave 44a: shapes that gave a row which is no statement. A `that` after a reporting verb that is a determiner, not
the complementiser (`experts said that figure was too low`: `that figure` is the subject, and the claim keeps it;
`that_object.that_is_determiner`)."""
from tests.extract_rows import cued_rows


def test_said_that_figure_keeps_its_determiner() -> None:
    text = "Only 41% of pupils passed. Independent examiners said that figure was far too low."
    assert cued_rows(text) == [("Independent examiners", "unresolved", "said that", "that figure was far too low")]


def test_said_that_decision_keeps_its_determiner() -> None:
    text = "The Dunmere Trust closed its Renby ward. Its chair, Ola Venn, said that decision had saved £2m."
    assert cued_rows(text)[-1] == ("Ola Venn", "person", "said that", "that decision had saved £2m")


def test_said_that_and_a_subject_stays_a_complementiser() -> None:
    text = "The Dunmere Trust said that funding had fallen by 4% and that staff were leaving."
    assert [row[3] for row in cued_rows(text)] == ["funding had fallen by 4%", "staff were leaving"]


# A bullet or a line in headline style writes a passive without its auxiliary (`No casualties reported`, `Two men
# arrested`): the claim column adds it in brackets, `were` after a plural subject, `was` after a singular
# (`gapped_items.telegraphic_claim`); an active past (`Sales rose 4%`) and a sentence with its verb are left alone.
from claims.extract import find_rows  # noqa: E402

BULLETS = "Flood alert on the Renby\n\nKey points\n- No casualties reported, police say\n" \
    "- One hiker rescued near Tallow Crag, the rescue team says\n- Sales rose 4%, the Tallow Shop says\n\n" \
    "The Tallow Shop said its sales rose 4% in the week."


def claims_of(text: str) -> list[tuple[str, str]]:
    """Return (quote, claim) for every row of a text."""
    return [(row.quote, row.claim) for row in find_rows(text, "t.txt")]


def test_bullet_passive_without_auxiliary_gets_were() -> None:
    assert ("No casualties reported", "No casualties [were] reported.") in claims_of(BULLETS)


def test_singular_bullet_passive_gets_was() -> None:
    assert ("One hiker rescued near Tallow Crag", "One hiker [was] rescued near Tallow Crag.") in claims_of(BULLETS)


def test_active_past_bullet_unchanged() -> None:
    assert ("Sales rose 4%", "Sales rose 4%.") in claims_of(BULLETS)


# A quoted sentence that gives another category's figure for the measure of the sentence before, by an ellipsis
# (`In chemistry it was 41%.`): one claim with that sentence, a series of figures for one measure
# (`category_figures.joined_categories`); a sentence with its own subject stays its own claim.
SERIES = 'Pia Lund, head of the Orvale Teachers Guild, said:\n\n"In biology, only 38% of the posts were filled. ' \
    'In chemistry it was 41%. Schools in Orvale cannot recruit enough science staff."'


def test_elliptic_category_figure_joins_its_measure() -> None:
    assert [row[3] for row in cued_rows(SERIES)] == [
        "In biology, only 38% of the posts were filled. In chemistry it was 41%.",
        "Schools in Orvale cannot recruit enough science staff."]


# An answer that is only a figure (`A: Nearly £60,000.`) states nothing without its question: the claim column carries
# the question in brackets (`transcript.asked_before`); an answer with its own verb is left as it is.
INTERVIEW = "Orvale Museum's director answers our questions\n\nBy Tam Rook\n\n" \
    "Q: What did the new roof cost?\n\nA: Nearly £60,000. The Lund Fund paid £40,000 of it.\n\n" \
    "Q: When will the gallery reopen?\n\nA: We open the east gallery on 4 May.\n"


def test_figure_answer_carries_its_question() -> None:
    assert ("Nearly £60,000", '[Asked "What did the new roof cost?"] Nearly £60,000.') in claims_of(INTERVIEW)


def test_answer_with_its_own_verb_unchanged() -> None:
    assert ("The Lund Fund paid £40,000 of it", "The Lund Fund paid £40,000 of it.") in claims_of(INTERVIEW)


# Group words for workers (`Porters said`, `Cleaners reported`) speak unresolved in their own words, as `Nurses said`
# does, never as a body named `Porters` (data/people_groups.txt).
def test_worker_groups_speak_unresolved() -> None:
    text = "Porters said the wards were short of 30 staff. Cleaners reported that 12 shifts went unfilled."
    assert cued_rows(text) == [("Porters", "unresolved", "said", "the wards were short of 30 staff"),
                               ("Cleaners", "unresolved", "reported that", "12 shifts went unfilled")]


# A name that is itself a possessive (`Pellow's`, a charity the text never writes as `Pellow`) stays whole as the
# speaker (`attribution/cut_names.whole_possessives`); a name the text also writes bare keeps its bare form.
def test_possessive_name_stays_whole() -> None:
    text = "Meals survey\n\nPellow's runs 40 food hubs in Orvale. According to Pellow's, 3,000 children slept in cars."
    assert cued_rows(text) == [("Pellow's", "organisation", "According to", "3,000 children slept in cars")]


def test_name_also_written_bare_keeps_its_bare_form() -> None:
    text = "Meals survey\n\nPellow's runs 40 food hubs in Orvale. Pellow said 900 families had no heating. " \
        "According to Pellow's, 3,000 children slept in cars."
    assert [row[0] for row in cued_rows(text)] == ["Pellow", "Pellow"]


# A title phrase with no article, a place before its title (`Ostrava county governor has denied ...`): the person who
# holds that post speaks, in the text's own words (`speakers/regions.placed_title`).
def test_place_county_title_without_article_speaks() -> None:
    text = "Pelna county governor has denied that 200 jobs will go at the district hospital."
    assert cued_rows(text) == [("Pelna county governor", "person", "denied that",
                                "has denied that 200 jobs will go at the district hospital")]
