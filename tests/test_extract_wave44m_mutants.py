"""Round 44m: what mutmut showed unasserted in wave 44's new code (document_makers, category_figures and the functions
waves 44a-44h added), each case an invented text with the whole value asserted."""
from claims.extract import find_rows
from claims.extract.attribution.continuation import figures_go_on
from claims.extract.attribution.document_makers import name_document_makers
from claims.extract.attribution.lists import bare_item
from claims.extract.attribution.records import Attribution, Found
from claims.extract.category_figures import joined_categories
from claims.extract.entities import Mention, find_mentions, names_an_organisation
from claims.extract.gapped_items import telegraphic_claim
from claims.extract.speakers import Context
from claims.extract.speakers.clauses import past_bare_occasion
from claims.extract.speakers.regions import placed_title
from claims.extract.speakers.voice_subjects import kind_voice_subject
from claims.extract.text import Block
from tests.extract_rows import cued_rows
from claims.extract.that_object import determiner_start, that_is_determiner
from claims.extract.transcript import asked_before


# document_makers (44h)

def test_organisation_row_named_like_a_document_is_left() -> None:
    found = [Found("the review", "document", "found", (0, 1)), Found("the review", "organisation", "said", (2, 3))]
    text = "The review, conducted by Pellow Marsh LLP, found faults."
    assert name_document_makers(text, found) == [Found("Pellow Marsh LLP", "organisation", "found", (0, 1)), found[1]]


def test_document_title_in_an_earlier_sentence_names_no_maker() -> None:
    found = [Found("Harbour Count Survey", "document", "found", (0, 1))]
    text = ("Councils met. The Harbour Count Survey was praised. The survey, conducted by Orrin Polling, found "
            "fewer boats.")
    assert name_document_makers(text, found) == found


def test_document_title_on_an_earlier_line_names_no_maker() -> None:
    found = [Found("Harbour Count Survey", "document", "found", (0, 1))]
    text = ("Councils met\nThe Harbour Count Survey was praised\nThe survey, conducted by Orrin Polling, found "
            "fewer boats.")
    assert name_document_makers(text, found) == found


def test_document_title_opening_the_text_takes_its_maker() -> None:
    found = [Found("Harbour Count Survey", "document", "found", (0, 1))]
    text = "Harbour Count Survey, conducted by Castmere Research, found fewer boats."
    assert name_document_makers(text, found) == [Found("Castmere Research", "organisation", "found", (0, 1))]


def test_capitalised_the_of_a_plain_document_is_read_as_its_noun() -> None:
    found = [Found("The review", "document", "found", (0, 1))]
    text = "A review, conducted by Pellow Marsh LLP, found faults."
    assert name_document_makers(text, found) == [Found("Pellow Marsh LLP", "organisation", "found", (0, 1))]


def test_titled_document_after_the_keeps_its_title() -> None:
    found = [Found("the Harbour Count Survey", "document", "found", (0, 1))]
    text = "The union's own survey, conducted by Orrin Polling, found rents rose. The Harbour Count Survey found more."
    assert name_document_makers(text, found) == found


def test_title_of_nine_characters_is_matched_and_of_eight_is_not() -> None:
    text = ("The report, {}, was commissioned by the Orrin Housing Board in 2025 and led by the solicitor Bethan "
            "Yorath.")
    nine = [Found("Far Homes", "document", "found", (0, 1))]
    eight = [Found("Far Home", "document", "found", (0, 1))]
    assert name_document_makers(text.format("Far Homes"), nine) == [Found("Bethan Yorath", "person", "found", (0, 1))]
    assert name_document_makers(text.format("Far Home"), eight) == eight


def test_commissioned_then_led_after_an_earlier_sentence_is_the_leader() -> None:
    found = [Found("the review", "document", "found", (0, 1))]
    text = ("Board members met on Monday. The review was commissioned by the Tarnvale Rugby Board and led by the "
            "barrister Olwen Treharne KC.")
    assert name_document_makers(text, found) == [Found("Olwen Treharne", "person", "found", (0, 1))]


def test_funded_then_led_is_the_leader() -> None:
    found = [Found("the trial", "document", "found", (0, 1))]
    text = "The trial was funded by the Brenfold Heart Fund and led by the surgeon Olwen Treharne."
    assert name_document_makers(text, found) == [Found("Olwen Treharne", "person", "found", (0, 1))]


def test_praised_then_led_names_no_maker() -> None:
    found = [Found("the trial", "document", "found", (0, 1))]
    text = "The trial was praised by the Brenfold Heart Fund and led by the surgeon Olwen Treharne."
    assert name_document_makers(text, found) == found


def test_maker_is_read_within_120_characters_of_its_by() -> None:
    found = [Found("the survey", "document", "found", (0, 1))]
    text = ("The survey, conducted by Castmere Research over the summer months between two elections across the "
            "northern counties of the whole country as Quenby Analytics noted, found fewer boats.")
    assert name_document_makers(text, found) == [Found("Castmere Research", "organisation", "found", (0, 1))]


def test_possessive_owner_of_one_word_opening_the_text() -> None:
    found = [Found("Rent Index", "document", "shows", (0, 1))]
    text = "HARROWBY's Rent Index shows rents rose 0.4% in May."
    assert name_document_makers(text, found) == [Found("HARROWBY", "organisation", "shows", (0, 1))]


def test_possessive_that_is_no_name_owns_nothing() -> None:
    found = [Found("Rent Index", "document", "shows", (0, 1))]
    text = "Monday's Rent Index shows rents rose, Harrowby Lettings Group said."
    assert name_document_makers(text, found) == found


def test_body_named_by_its_head_at_the_text_start() -> None:
    found = [Found("Dale Leisure Monitor", "document", "shows", (0, 1))]
    text = ("The partnership's Dale Leisure Monitor shows visits rose, the Dale Valley Sports Partnership said. The "
            "Corbridge Trust agreed.")
    assert name_document_makers(text, found) == [
        Found("Dale Valley Sports Partnership", "organisation", "shows", (0, 1))]


def test_body_named_by_its_head_opening_the_text_owns_its_monitor() -> None:
    found = [Found("Dale Leisure Monitor", "document", "shows", (0, 1))]
    text = ("Dale Valley Sports Partnership chair Ena Voss launched the partnership's \"Dale Leisure Monitor\" on "
            "Monday.")
    assert name_document_makers(text, found) == [
        Found("Dale Valley Sports Partnership", "organisation", "shows", (0, 1))]


def test_two_bodies_of_one_head_own_no_monitor() -> None:
    found = [Found("Dale Leisure Monitor", "document", "shows", (0, 1))]
    text = ("The Dale Valley Sports Partnership and the Fell Sports Partnership met. The partnership's \"Dale Leisure "
            "Monitor\" shows visits rose.")
    assert name_document_makers(text, found) == found


def test_report_published_with_no_subject_stays_the_report() -> None:
    found = [Found("the report", "document", "records", (0, 1))]
    text = "It has today published its Annual Report for 2026. The report records a busy year."
    assert name_document_makers(text, found) == found


def test_subject_apart_from_its_publishing_verb_gave_out_nothing() -> None:
    found = [Found("the report", "document", "records", (0, 1))]
    text = "Brackwater Youth Centre won an award and has today published its Annual Report. The report records a year."
    assert name_document_makers(text, found) == found


def test_body_publishing_its_report_before_a_later_line() -> None:
    found = [Found("the report", "document", "records", (0, 1))]
    text = "Brackwater Youth Centre has today published its Annual Report for 2026.\nThe report records a busy year."
    assert name_document_makers(text, found) == [Found("Brackwater Youth Centre", "organisation", "records", (0, 1))]


# category_figures (44a)

def test_elliptic_category_after_a_sentence_with_no_figure_stays_apart() -> None:
    text = "Posts were hard to fill. In computing it was 34%."
    assert joined_categories(text, [(0, 24), (25, 49)]) == [(0, 24), (25, 49)]


def test_elliptic_category_after_a_figure_joins_it() -> None:
    text = "In physics, 29% of posts were filled. In computing it was 34%."
    assert joined_categories(text, [(0, 37), (38, 62)]) == [(0, 62)]


# that_object.that_is_determiner and determiner_start (44a)

def test_that_opening_the_text_is_a_determiner() -> None:
    assert that_is_determiner("that figure was too low", 4) is True
    assert that_is_determiner("that figure was too low", 5) is True
    assert determiner_start("that figure was too low", 4) == 0


def test_that_before_a_noun_and_an_irregular_past_is_a_determiner() -> None:
    assert that_is_determiner("She said that figure rose sharply.", 13) is True


def test_that_before_a_compound_noun_is_a_complementiser() -> None:
    assert that_is_determiner("She said that figure skating drew crowds.", 13) is False


def test_determiner_start_is_the_cues_own_that() -> None:
    text = "Officials that met said that figure was lower than that of 2024."
    assert determiner_start(text, 28) == 24


# gapped_items.telegraphic_claim (44g)

def test_telegraphic_claim_opening_the_text() -> None:
    assert telegraphic_claim("No injuries reported", 0, "No injuries reported") == "No injuries [were] reported."


def test_telegraphic_claim_inside_a_line_is_none() -> None:
    text = "Police said no injuries reported."
    assert telegraphic_claim(text, 12, "no injuries reported") == ""


def test_telegraphic_claim_takes_was_after_one_of_many() -> None:
    item = "One of the climbers rescued near Tallow Crag"
    assert telegraphic_claim(item, 0, item) == "One of the climbers [was] rescued near Tallow Crag."
    assert telegraphic_claim("One injured", 0, "One injured") == "One [was] injured."
    assert telegraphic_claim("No one injured", 0, "No one injured") == "No one [was] injured."


def test_telegraphic_claim_reads_the_subjects_last_word() -> None:
    item = "No major injuries reported"
    assert telegraphic_claim(item, 0, item) == "No major injuries [were] reported."


def test_telegraphic_claim_takes_were_after_a_number_of_people() -> None:
    assert telegraphic_claim("Two men injured", 0, "Two men injured") == "Two men [were] injured."
    assert telegraphic_claim("Several people hurt", 0, "Several people hurt") == "Several people [were] hurt."


# transcript.asked_before (44b)

def test_bare_answer_with_no_answer_label_asks_nothing() -> None:
    text = "Q: What did the roof cost?\nAbout £140,000."
    assert asked_before(text, 27, "About £140,000.") == ""


def test_short_answer_with_a_verb_asks_nothing() -> None:
    text = "Q: What did the roof cost?\nA: It was £140,000."
    assert asked_before(text, 30, "It was £140,000.") == ""


def test_bare_answer_of_three_words_replies_to_its_question() -> None:
    text = "Q: What did the roof cost?\nA: About £140,000 overall."
    assert asked_before(text, 30, "About £140,000 overall.") == "What did the roof cost?"


def test_bare_answer_with_no_question_before_asks_nothing() -> None:
    text = "Roof\nA: About £140,000."
    assert asked_before(text, 8, "About £140,000.") == ""


# speakers/clauses.past_bare_occasion (44d)

def test_bare_occasion_cut_by_the_regions_end_is_kept() -> None:
    text = "Speaking about the grant Jo Roe said"
    assert past_bare_occasion(text, 0, 20) == 0
    assert past_bare_occasion(text, 0, len(text)) == 25


# speakers/regions.placed_title (44a)

def test_placed_title_needs_a_place_in_title_case_and_a_lower_case_kind() -> None:
    assert placed_title(["Pelna", "county", "governor"], ["pelna", "county", "governor"]) is True
    assert placed_title(["PElna", "county", "governor"], ["pelna", "county", "governor"]) is False
    assert placed_title(["Pelna", "County", "governor"], ["pelna", "county", "governor"]) is False


# entities._worship_place and _person_after_remit (44d, 44f), through names_an_organisation and find_mentions

def test_two_word_place_of_worship_is_a_body() -> None:
    assert names_an_organisation(["Baptist", "Chapel"]) is True


def _mentions(text: str) -> list[tuple[str, str, int, int]]:
    return [(m.name, m.kind, m.start, m.end) for m in find_mentions(text, 0, len(text))]


def test_remit_after_a_post_opening_the_text_leaves_the_person() -> None:
    assert _mentions("Director, Early Help and Safeguarding Nell Tarrant said 284 children were in care.") == [
        ("Nell Tarrant", "person", 38, 50)]


def test_remit_of_two_ands_is_no_persons() -> None:
    assert _mentions("The council's Director, Housing and Planning and Estates Nell Tarrant said 284 children were "
                     "in care.") == []


def test_remit_after_a_word_that_is_no_post_reads_as_before() -> None:
    assert _mentions("The council's Tuesday, Early Help and Safeguarding Nell Tarrant said 284 children were in "
                     "care.") == [("Early Help and Safeguarding Nell Tarrant", "person", 23, 63)]


def test_remit_with_no_post_before_it_reads_as_before() -> None:
    assert _mentions("The Early Help and Safeguarding Nell Tarrant said 284 children were in care.") == []


def test_two_people_after_a_post_stay_two_people() -> None:
    assert _mentions("The council's Director, Ann and Dev Roe said the shop had closed.") == [
        ("Ann and Dev Roe", "person", 24, 39)]


def test_remit_ending_in_a_team_is_a_body() -> None:
    assert _mentions("The council's Director, Housing and Planning Services Team said 284 children were in care.") == [
        ("Housing and Planning Services Team", "org", 24, 58)]


# speakers/voice_subjects.kind_voice_subject (44d), called directly with an empty context

_COUNCIL = "Wexcombe City Council has published its figures. A council spokesman said 215 children waited."


def _kind_voice(text: str, voice: str, words: list[str]) -> str | None:
    return kind_voice_subject(text, text.index(voice), words, Context(text=text))


def test_kind_voice_after_a_body_named_first_in_the_sentence_before() -> None:
    assert _kind_voice(_COUNCIL, "A council", ["a", "council", "spokesman"]) == "Wexcombe City Council"
    assert _kind_voice(_COUNCIL + "\nMore followed.", "A council", ["a", "council", "spokesman"]) == \
        "Wexcombe City Council"
    assert _kind_voice("Harrowby met. " + _COUNCIL, "A council", ["a", "council", "spokesman"]) == \
        "Wexcombe City Council"


def test_kind_voice_of_a_body_head_or_a_body_reference() -> None:
    airport = "Wexcombe Airport has published its figures. An airport spokesman said flights rose."
    retailer = "Pellow Retail Group cut prices. A retailer spokesman said sales rose."
    assert _kind_voice(airport, "An airport", ["an", "airport", "spokesman"]) == "Wexcombe Airport"
    assert _kind_voice(retailer, "A retailer", ["a", "retailer", "spokesman"]) == "Pellow Retail Group"


def test_kind_voice_is_none_when_it_opens_its_paragraph_or_no_sentence() -> None:
    assert _kind_voice(_COUNCIL.replace(". A", ".\nA"), "A council", ["a", "council", "spokesman"]) is None
    assert _kind_voice(_COUNCIL.replace("A council", "Then a council"), "a council",
                       ["a", "council", "spokesman"]) is None


def test_kind_voice_is_none_when_the_body_does_not_open_the_sentence_before() -> None:
    assert _kind_voice("Analysts at " + _COUNCIL, "A council", ["a", "council", "spokesman"]) is None


def test_kind_voice_needs_a_b_voice_and_three_words() -> None:
    assert _kind_voice(_COUNCIL, "A council", ["a", "council", "meeting"]) is None
    assert _kind_voice(_COUNCIL, "A council", ["the", "council", "spokesman"]) is None
    assert _kind_voice(_COUNCIL, "A council", ["a", "council", "spokesman", "there"]) is None


def test_telegraphic_claim_after_no_reads_its_nouns_number() -> None:
    assert telegraphic_claim("No people hurt", 0, "No people hurt") == "No people [were] hurt."
    assert telegraphic_claim("Some damage reported", 0, "Some damage reported") == "Some damage [was] reported."
    assert telegraphic_claim("1 man arrested", 0, "1 man arrested") == "1 man [was] arrested."


def test_bullet_of_two_men_arrested_gets_were() -> None:
    text = "Quay fight\n\nKey points\n- Two men arrested near the quay, police say\n\nThe harbour reopened on Friday."
    assert [(row.quote, row.claim) for row in find_rows(text, "t.txt")] == [
        ("Two men arrested near the quay", "Two men [were] arrested near the quay.")]


# attribution/lists.bare_item, _semicolon_listed and _announces_claims (44g), through bare_item

def _block(text: str, line: str) -> Block:
    start = text.index(line)
    return Block(start, start + len(line), start, False)


def test_line_ending_in_a_semicolon_is_an_item() -> None:
    text = "Drivers over the limit;"
    assert bare_item(text, _block(text, text), []) is True


def test_line_after_a_semicolon_line_is_an_item_and_alone_is_not() -> None:
    text = "Drivers over the limit;\nSeatbelt offences."
    first, second = _block(text, "Drivers over the limit;"), _block(text, "Seatbelt offences.")
    assert bare_item(text, second, [], None, first) is True
    assert bare_item(text, second, [], None, None) is False


def test_short_line_with_a_figure_is_an_item_wherever_it_stands() -> None:
    line = "Leaks fell by 9% in 2025."
    text = "Background " * 18 + "\n" + line
    assert bare_item(line, _block(line, line), []) is True
    assert bare_item(text, _block(text, line), []) is True


def test_line_of_200_characters_with_a_figure_is_short() -> None:
    line = ("Leaks fell by 9% in 2025 in the " + "valley " * 30)[:199] + "."
    assert bare_item(line, _block(line, line), []) is True


def test_line_of_400_characters_under_findings_is_an_item() -> None:
    lead = "Key findings include:"
    line = ("The valley had more leaks than any other " + "valley " * 60)[:399] + "."
    text = lead + "\n" + line
    assert bare_item(text, _block(text, line), [], (0, len(lead))) is True


def test_line_ending_in_a_letter_under_findings_is_no_item() -> None:
    lead = "Key findings include:"
    text = lead + "\nMost offences were on route X"
    assert bare_item(text, _block(text, "Most offences were on route X"), [], (0, len(lead))) is False
    assert bare_item(text + ".", _block(text + ".", "Most offences were on route X."), [], (0, len(lead))) is True


def test_line_under_a_lead_that_announces_nothing_is_no_item() -> None:
    lead = "The board said:"
    text = lead + "\nResults improved in every school."
    assert bare_item(text, _block(text, "Results improved in every school."), [], (0, len(lead))) is False


# attribution/continuation.figures_go_on (44g's FIGURE_REFERENCE_RE line and the lines around it)

def test_figures_after_a_person_who_said_them_do_not_go_on() -> None:
    text = "Jo Roe said rents rose. Rents rose 4% in May."
    previous = Attribution("Jo Roe", "person", "said", ((12, 22),))
    assert figures_go_on(text, (24, 45), [], previous) is None


def test_partitive_figures_after_a_person_go_on() -> None:
    text = "Jo Roe said 80 homes were empty. Of those, 58 were in Renby."
    previous = Attribution("Jo Roe", "person", "said", ((12, 31),))
    assert figures_go_on(text, (33, 60), [], previous) == Attribution("Jo Roe", "person", "said", ((33, 59),))


def test_question_with_a_figure_does_not_go_on() -> None:
    text = "The Renby Trust said rents rose. Was the 4% rise enough?"
    previous = Attribution("The Renby Trust", "organisation", "said", ((21, 31),))
    assert figures_go_on(text, (33, 56), [], previous) is None


def test_figures_all_in_holes_do_not_go_on() -> None:
    text = "The Renby Trust said rents rose. Rents rose 4% in May."
    previous = Attribution("The Renby Trust", "organisation", "said", ((21, 31),))
    assert figures_go_on(text, (33, 54), [(33, 54)], previous) is None


# attribution/quotes._name_after_role (44f), through the rows

def test_name_after_a_role_ends_with_its_paragraph() -> None:
    text = "\"Rents rose by 4% this year,\" said the chief executive, Jo Roe\n\nHarrowby Council.\n"
    assert cued_rows(text) == [("Jo Roe", "person", "said", "Rents rose by 4% this year")]


def test_kind_voice_after_a_sentence_naming_no_one_is_none() -> None:
    text = "The figures are out. A council spokesman said 215 children waited."
    assert _kind_voice(text, "A council", ["a", "council", "spokesman"]) is None


def test_telegraphic_claim_after_a_number_and_a_noun_without_s_takes_were() -> None:
    assert telegraphic_claim("Two staff hurt", 0, "Two staff hurt") == "Two staff [were] hurt."


def test_kind_voice_of_a_force_is_never_a_body_not_called_so() -> None:
    force = "Chatterbox has published its figures. A force spokesman said 215 crimes were solved."
    company = "Chatterbox has published its figures. A company spokesman said 215 users joined."
    answers = []
    for text, words in ((force, ["a", "force", "spokesman"]), (company, ["a", "company", "spokesman"])):
        ctx = Context(text=text)
        ctx.add(Mention(0, 10, "Chatterbox", "org"))
        answers.append(kind_voice_subject(text, text.index(f"A {words[1]}"), words, ctx))
    assert answers == [None, "Chatterbox"]
