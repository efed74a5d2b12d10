"""Unit cases for wave 28's parts (what mutation round 29 found unasserted by the wave-28 files): names cut at their
opening word, names read after `the`, a lead's description, a described kind's modifiers; every party and sentence is
invented, and each assert is on a whole value: a function's whole return value or a text's whole table."""
from __future__ import annotations

import pytest

from claims.extract.attribution.relative_pronouns import opening_subject_of_pronoun
from claims.extract.attribution.subjects import main_subject
from claims.extract.entities import Mention
from claims.extract.inner_words import article_before, joins_by_inner_word, opens_on_common_nouns
from claims.extract.speakers import Context, Who
from claims.extract.speakers.article_bodies import named_with_article
from claims.extract.speakers.body_traits import without_press_office
from claims.extract.speakers.byline_credits import on_byline_credit
from claims.extract.speakers.cut_openings import whole_run
from claims.extract.speakers.described_leads import lead_body
from claims.extract.speakers.described_names import past_described_kind
from claims.extract.speakers.honoured_names import honoured_surname
from extract_rows import cued_rows


def span_of(text: str, run: str, name: str, possessive: bool = False) -> Mention:
    """A person's mention of `name` whose span is the last `run` written in the text."""
    start = text.rindex(run)
    return Mention(start, start + len(run), name, "person", possessive)


# speakers/cut_openings.whole_run: the whole run a name was cut from, when the text names it as one body


@pytest.mark.parametrize(("text", "run", "name", "whole"), [
    ("The Irish Cinemas (IC) said.", "The Irish Cinemas", "Cinemas", "Irish Cinemas"),  # two words whole
    ("The Irish Society of Engineers (ISE) said.", "The Irish Society of Engineers", "Society of Engineers",
     "Irish Society of Engineers"),  # a lower-case word inside the name read, not cut
    ("Members of Irish Film Producers (IFP) said.", "Members of Irish Film Producers", "Film Producers",
     "Irish Film Producers"),  # `of` cut off before the capitals that open the whole run
    ("The Irish Arts & Crafts Council (IA&CC) said.", "The Irish Arts & Crafts Council", "Arts & Crafts Council",
     "Irish Arts & Crafts Council"),  # an ampersand in the letters
])
def test_a_cut_name_is_read_as_the_whole_run(text: str, run: str, name: str, whole: str) -> None:
    start = text.rindex(run)
    assert whole_run(text, span_of(text, run, name)) == Mention(start, start + len(run), whole, "org", False, "")


@pytest.mark.parametrize(("text", "run", "name", "whole"), [
    ("Corrib Rock Haulage Ltd won the bid. Corrib Rock Haulage's drivers said no.", "Corrib Rock Haulage's",
     "Rock Haulage", "Corrib Rock Haulage"),
    ("Lisnagry Rock Products Ltd won the bid. Lisnagry Rock Products' drivers said no.", "Lisnagry Rock Products'",
     "Rock Products", "Lisnagry Rock Products"),
])
def test_a_possessive_cut_name_is_read_whole_with_its_legal_form(text: str, run: str, name: str, whole: str) -> None:
    start = text.rindex(run)
    assert whole_run(text, span_of(text, run, name, possessive=True)) == Mention(
        start, start + len(run), whole, "org", True, "")


@pytest.mark.parametrize(("text", "run", "name"), [
    ("The Irish Film Producers (IFP) said.", "The Irish Film Producers", "Film"),  # the name is no tail of its run
    ("The Film Producers (TFP) said.", "The Film Producers", "Film Producers"),  # only the article before the name
    ("Sales at ORock Products Ltd fell. Rock Products said no.", "Rock Products", "Products"),  # the form inside a
    # word only
])
def test_a_name_not_cut_stays_as_read(text: str, run: str, name: str) -> None:
    mention = span_of(text, run, name)
    assert whole_run(text, mention) == mention


# speakers/article_bodies.named_with_article: a name after `the` closing its phrase, no title nor post


@pytest.mark.parametrize(("text", "name"), [
    ("Funds went to the Dr. Lena Kellick, a clinic.", "Dr. Lena Kellick"),  # an honorific with its full stop
    ("Funds went to the Mayor Lena Kellick, a clinic.", "Mayor Lena Kellick"),  # a title opening the name
    ("Funds went to the Kellick Valuation Assessor, a post.", "Kellick Valuation Assessor"),  # a post closing it
    ("Walkers backed the Kellick Estate Trust in May.", "Kellick Estate"),  # a capital goes on after the name
])
def test_a_name_after_the_that_is_no_body(text: str, name: str) -> None:
    assert named_with_article(text, name) is False


def test_a_name_after_the_closing_its_phrase_is_a_body() -> None:
    assert named_with_article("Walkers backed the Kellick Estate, which said no.", "Kellick Estate") is True


# speakers/described_leads.lead_body: a lead's indefinite description, the body the text names next

HARLOW = ("Waiting lists have doubled since 2020, {} has said.\n\n"
          "Figures gathered by the Harlow Trust show that 41,000 people waited more than a year. "
          "The charity's report is published today.\n")


@pytest.mark.parametrize(("words", "text", "expected"), [
    (["a", "charity"], HARLOW.format("a charity"), "Harlow Trust"),  # two words
    (["an", "independent", "youth", "justice", "charity"], HARLOW.format("an independent youth justice charity"),
     "Harlow Trust"),  # five words, three of them between the article and the noun
    (["the", "patients'", "charity"], HARLOW.format("a patients' charity"), None),  # no indefinite article
    (["a", "patients'", "charity", "said"], HARLOW.format("a patients' charity"), None),  # no body's noun last
    (["a", "charity"], HARLOW.format("a charity spokeswoman"), None),  # a person of the body speaks
    (["a", "patients'", "charity"],
     HARLOW.format("a patients' charity").replace("Harlow Trust", "Harlow NHS Trust"), None),  # a public trust
    (["a", "patients'", "charity"], HARLOW.format("a patients' charity").replace(
        " The charity's", " The Pellow Institute agreed. The charity's"), None),  # another body before `the charity`
    (["a", "patients'", "charity"], HARLOW.format("a patients' charity").replace(
        "today.", "today to the Pellow Institute."), "Harlow Trust"),  # another body after `the charity`
    (["a", "patients'", "charity"], "Waiting lists have doubled, a patients' charity has said, as the charity sector "
     "braces for cuts.\n\nFigures gathered by the Harlow Trust show that 41,000 people waited.\n", None),  # `the
    # charity` written only before the body
    (["a", "patients'", "charity"], "Waiting lists have doubled, according to a patients' charity Harlow Trust.\n\n"
     "The charity's report is out today.\n", "Harlow Trust"),  # the body named right after the noun
    (["a", "consumer", "group"], "The group Alder Watch met on Monday. Prices rose, a consumer group said.\n",
     None),  # a body beside `the group` only before the lead
    (["a", "patients'", "charity"], "The Harlow Trust runs two clinics. Waiting lists have doubled, according to a "
     "patients' charity. The charity's report is out today.\n", None),  # the one body named before the lead
])
def test_a_lead_description_means_the_body_named_next(words: list[str], text: str, expected: str | None) -> None:
    assert lead_body(words, Context(text=text)) == expected


def test_a_lead_description_after_a_person_spoke_is_no_lead() -> None:
    assert lead_body(["a", "patients'", "charity"],
                     Context(text=HARLOW.format("a patients' charity"), last_speaker="Jo Roe")) is None


# speakers/described_names.past_described_kind: the modifiers a described kind of body may take


@pytest.mark.parametrize(("raw", "expected"), [
    (["spokeswoman", "group", "Fairbasket"], ["spokeswoman", "group", "Fairbasket"]),  # a post
    (["for", "group", "Fairbasket"], ["for", "group", "Fairbasket"]),  # a link word
    (["new", "Acme", "group", "Fairbasket"], ["new", "Acme", "group", "Fairbasket"]),  # a capital inside
    (["community-led", "group", "Fairbasket"], ["Fairbasket"]),  # a hyphen
    (["residents", "group", "Fairbasket"], ["residents", "group", "Fairbasket"]),  # people, no possessive
    (["Regional", "group", "Fairbasket"], ["Regional", "group", "Fairbasket"]),  # one capital modifier
    (["For", "analytics", "firm", "Tallyscope"], ["For", "analytics", "firm", "Tallyscope"]),  # a capital link word
    (["App", "for", "firm", "Tallyscope"], ["App", "for", "firm", "Tallyscope"]),  # a link word second
    (["group", "Fairbasket", "said"], ["group", "Fairbasket", "said"]),  # no modifier at all
    (["independent", "energy", "research", "advice", "charity", "Warmlea"],
     ["independent", "energy", "research", "advice", "charity", "Warmlea"]),  # four modifiers: one too many
    (["new", "plan", "Acme"], ["new", "plan", "Acme"]),  # no kind of body
])
def test_a_described_kind_takes_only_plain_modifiers(raw: list[str], expected: list[str]) -> None:
    assert past_described_kind(raw) == expected


# speakers/body_traits.without_press_office: a press office cut off its body's name, never the whole name


@pytest.mark.parametrize(("name", "expected"), [
    ("Newsroom", "Newsroom"),  # an office's word alone is all the name there is
    ("Media Relations", "Media"),  # the first word always stays
    ("Department of Culture and Media Relations", "Department of Culture and Media Relations"),  # a remit's last item
    ("League Media", "League"),  # a bare head that stands for the body
    ("Harbour Arts Centre", "Harbour Arts Centre"),  # a centre that is no press office
])
def test_a_press_office_is_cut_off_a_name(name: str, expected: str) -> None:
    assert without_press_office(name) == expected


# speakers/byline_credits.on_byline_credit: the line right under a `By` line


@pytest.mark.parametrize(("text", "credit"), [
    ("By Jo Roe\nPA\nThe council said.", "PA"),  # a credit line of two letters
    ("\nBy Jo Roe\nValley News Service\nThe council said.", "Valley"),  # a text opening on a line break
    ("By K\nValley News Service\nThe council said.", "Valley"),  # a byline of one initial
])
def test_a_credit_line_under_a_byline(text: str, credit: str) -> None:
    assert on_byline_credit(text, text.index(credit)) is True


# speakers/honoured_names.honoured_surname: the name's last word after an honorific


def test_the_last_word_of_a_three_word_name_after_an_honorific() -> None:
    assert honoured_surname("Walkers met at Tor Hill Point. Mr Point said no.", "Tor Hill Point") is True


# attribution/relative_pronouns.opening_subject_of_pronoun: `, which it said` is the sentence's opening subject


def before_said(text: str) -> tuple[str, int]:
    """The text and where its first ` said` starts (the end of the words before the cue)."""
    return text, text.index(" said")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ashby Group, the largest opposition group, put forward a budget, which it said",
     Who("Ashby Group", "organisation", 0)),  # a name opening the sentence
    ("The Ashby Group, the largest opposition group, put forward a budget, which it said",
     Who("Ashby Group", "organisation", 0)),  # the name after `The`
    ("It lent to 3,120 buyers, up from 2,870, which it said", None),  # an opening `It` that resolves to nobody
    ("The Harbour Party group, the largest opposition group, put forward a budget, which it said", None),  # the
    # party's group, read with its head noun, is no party the text names
])
def test_a_relative_pronoun_is_the_opening_subject(text: str, expected: Who | None) -> None:
    text, end = before_said(text)
    assert opening_subject_of_pronoun(text, 0, end, Context(text=text)) == expected


# attribution/subjects.main_subject and _opening_subject: the opening subject of a cue that is its second verb


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Foods used £2m of its reserves and said", Who("Acme Foods", "organisation", 0)),  # a short past verb
    ("Acme Foods reported a loss and said", Who("Acme Foods", "organisation", 0)),  # a cue verb's past as the first
    ("Shoppers queued for hours and said", None),  # no name opens the sentence
    ("Shoppers at Acme Foods queued for hours and said", None),  # a name that does not open it
])
def test_the_opening_subject_before_its_past_verb(text: str, expected: Who | None) -> None:
    text, end = before_said(text)
    assert main_subject(text, 0, end, Context(text=text)) == expected


def test_an_aside_in_the_first_predicate_keeps_the_opening_subject() -> None:
    assert cued_rows("Harrowby Building Society, which has 40 branches, cut its rates and said savers would gain.\n") \
        == [("Harrowby Building Society", "organisation", "said", "savers would gain")]


# inner_words: a body's name with one lower-case word inside


@pytest.mark.parametrize(("words", "expected"), [
    (["Standards"], True),  # a plural common noun
    (["Standards", "Zorbex"], True),  # a word no list holds beside it
    (["Medicines", "and", "Agency"], True),  # a body's head after `and`
    (["Standards", "Agency"], False),  # a head not after `and`
    (["Standards", "Healthcare"], False),  # a head no list holds, not after `and`
    (["Standards", "Trust"], False),  # a head
    (["Sons"], False),  # the plural of people described
    (["Standards", "Dale"], False),  # a given name
    (["Mass"], False),  # a word ending `ss` that is no common noun
    (["Standards", "Oxford"], False),  # a place
    (["Standards", "Minister"], False),  # a post
    (["Standards", "NHS"], False),  # letters
    (["Standards", "EHealth"], False),  # a capital inside the word
    (["Zorbex"], False),  # no common noun at all
    (["and", "Standards"], False),  # `and` first
    (["Standards", "and"], False),  # `and` last
    ([], False),
])
def test_a_name_opens_on_common_nouns(words: list[str], expected: bool) -> None:
    assert opens_on_common_nouns(words) is expected


@pytest.mark.parametrize(("article", "before", "word", "after", "expected"), [
    (True, "the Fitness", "to", "Practise Committee", True),  # two words after the inner word
    (True, "Fitness", "to", "Practise Committee", True),  # the article read before the run
    (True, "the Standards", "in", "Public Office Commission'", True),  # a possessive head
    (True, "the Standards", "in", "Public Office Review", False),  # no body's head
    (False, "Standards", "in", "Public Office Commission", False),  # no article
    (True, "the Figures", "from", "Harbour Council", False),  # a source's word
])
def test_two_runs_join_by_an_inner_word(article: bool, before: str, word: str, after: str, expected: bool) -> None:
    assert joins_by_inner_word(article, before, word, after) is expected


def test_an_article_opening_the_text() -> None:
    assert article_before("the Standards in Public Office Commission", 4) is True
