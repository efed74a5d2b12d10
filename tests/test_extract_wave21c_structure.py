"""Structure of the text (wave 21c): an embargo line that makes a text its issuer's release, ... Each case is a short
text written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.items import split_items
from extract_rows import rows


# An embargo line (21c, data/release_markers.txt: `embargoed`, `embargo`, `press notice`): only a body's own release
# carries one, so its cue-less lines of figures (a `Key points` list, a paragraph of counts) are the issuer's, as under
# `Press release`; in a news report the same lines stay the writer's.
EMBARGOED = ("FERNLEA HOUSING FORUM\n"
             "Embargoed until 00:01 Tuesday 4 May 2027\n\n"
             "Rents outpace wages in every northern county\n\n"
             "Key points\n\n"
             "- Private rents in the North rose 11% in the year to March.\n"
             "- In 14 of 19 counties, a typical rent now takes more than a third of take-home pay.\n\n"
             "Our survey of 2,150 tenants found that 38% had cut back on heating to pay the rent.\n")


def test_an_embargo_line_makes_the_text_its_issuer_s_release() -> None:
    assert rows(EMBARGOED) == [
        ("Fernlea Housing Forum", "organisation", "Private rents in the North rose 11% in the year to March"),
        ("Fernlea Housing Forum", "organisation",
         "In 14 of 19 counties, a typical rent now takes more than a third of take-home pay"),
        ("Fernlea Housing Forum", "organisation", "38% had cut back on heating to pay the rent")]


def test_without_the_embargo_line_the_same_lines_are_the_writer_s() -> None:
    text = EMBARGOED.replace("Embargoed until 00:01 Tuesday 4 May 2027\n", "By Jo Roe, Housing Reporter\n")
    assert [row for row in rows(text) if row[0] != "Fernlea Housing Forum"] == []


# A statement's header field naming who makes it (21c, attribution/issuer.VOICE_LINE_RE, `Made by: X MP, Minister for
# Y`, as `Delivered by X` was read): her statement's cue-less figures, its unnamed lead-ins (`The support available
# includes:`) and its first-person figures are hers, never the body in focus.
STATEMENT = ("Written statement to Parliament\n\n"
             "Made by: Ann Holt MP, Minister for Rural Transport\n"
             "Made on: 4 May 2027\n\n"
             "The Rail Safety Board estimates that 140 level crossings need new barriers.\n\n"
             "I can confirm that the Government has funded 60 new barriers this year. The support available includes:\n\n"
             "- a grant of £40,000 for each crossing on a school route;\n"
             "- a grant of £25,000 for each other crossing.\n\n"
             "By 1 May, councils had claimed 31 grants.\n")


def test_a_made_by_field_makes_the_statement_its_maker_s() -> None:
    assert rows(STATEMENT) == [
        ("Rail Safety Board", "inspectorate", "140 level crossings need new barriers"),
        ("Ann Holt", "person", "I can confirm that the Government has funded 60 new barriers this year"),
        ("Ann Holt", "person", "a grant of £40,000 for each crossing on a school route"),
        ("Ann Holt", "person", "a grant of £25,000 for each other crossing"),
        ("Ann Holt", "person", "By 1 May, councils had claimed 31 grants")]


def test_without_a_maker_the_unnamed_lead_in_stays_the_body_s() -> None:
    text = STATEMENT.replace("Made by: Ann Holt MP, Minister for Rural Transport\n", "")
    assert [row[0] for row in rows(text)] == ["Rail Safety Board"] * 5  # her first-person sentence too, as the issuer body in focus


# `and reported X to Y` (21c, items._reports): a matter passed on to a body is an action that keeps its verb, never a
# nested cue whose verb is cut off (`them to the Pensions Regulator` was a row); `and reported that A` and `and
# reported a loss` still give the claim without the verb.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("We raised our concerns with the firm in 2024 and reported them to the Insolvency Service",
     ["We raised our concerns with the firm in 2024", "reported them to the Insolvency Service"]),
    ("the home found the bruises and reported the matter to the county's safeguarding team",
     ["the home found the bruises", "reported the matter to the county's safeguarding team"]),
    ("the board met on 4 May and reported that sales fell 4%", ["the board met on 4 May", "sales fell 4%"]),
    ("the firm cut 40 jobs and reported a loss of £3m", ["the firm cut 40 jobs", "a loss of £3m"]),
])
def test_reported_to_a_body_keeps_its_verb(sentence: str, expected: list[str]) -> None:
    assert [sentence[s:e] for s, e in split_items(sentence, (0, len(sentence)))] == expected


# A label naming its source in brackets (21c, attribution/label_sources): a lead-in's `(figures from X)`, `(Source:
# X)` or a table caption's `(data supplied by X)` hands the rows below to X, never to the body in focus; a bracket that
# names no body (`(2025 in brackets)`) or a person leaves the lead-in as it was.
GLANCE = ("Harwood Chamber of Commerce said the county plan was short of money.\n\n"
          "The county plan at a glance (figures from the Office for Budget Data):\n\n"
          "- Total spending: $4.2 billion, up 3%\n"
          "- Road repairs: $310 million\n")


def test_a_lead_in_s_bracketed_source_speaks_its_list() -> None:
    assert rows(GLANCE)[1:] == [
        ("Office for Budget Data", "organisation", "Total spending: $4.2 billion, up 3%"),
        ("Office for Budget Data", "organisation", "Road repairs: $310 million")]


@pytest.mark.parametrize("label", ["(Source: Office for Budget Data)", "(data supplied by the Office for Budget Data)"])
def test_a_caption_s_bracketed_source_speaks_its_rows(label: str) -> None:
    text = ("Harwood Chamber of Commerce said the county plan was short of money.\n\n"
            f"County plan, 2027 {label}\n"
            "Total spending: $4.2 billion\n"
            "Road repairs: $310 million\n")
    assert [row[0] for row in rows(text)[1:]] == ["Office for Budget Data", "Office for Budget Data"]


@pytest.mark.parametrize("label", ["(2026 in brackets)", "(figures from Jo Roe)"])
def test_a_bracket_naming_no_body_leaves_the_body_in_focus(label: str) -> None:
    text = GLANCE.replace("(figures from the Office for Budget Data)", label)
    assert [row[0] for row in rows(text)[1:]] == ["Harwood Chamber of Commerce"] * 2


def test_a_person_setting_out_a_sourced_list_speaks_it() -> None:
    text = ("Budget figures\n\n"
            "Councillor Jo Roe set out the main figures (figures from the Office for Budget Data):\n\n"
            "- Total spending: $4.2 billion, up 3%\n"
            "- Road repairs: $310 million\n")
    assert [row[0] for row in rows(text)] == ["Jo Roe", "Jo Roe"]


@pytest.mark.parametrize(("label", "source", "kind"), [
    ("(Data: Office for Budget Data)", "Office for Budget Data", "organisation"),
    ("(figures from the Harwood Schools Inspectorate)", "Harwood Schools Inspectorate", "inspectorate"),
])
def test_a_bracketed_source_keeps_its_own_kind(label: str, source: str, kind: str) -> None:
    text = GLANCE.replace("(figures from the Office for Budget Data)", label)
    assert [row[:2] for row in rows(text)[1:]] == [(source, kind), (source, kind)]


def test_a_lead_in_s_bracket_naming_no_source_never_borrows_a_later_one() -> None:
    text = ("Harwood Chamber of Commerce said the county plan was short of money.\n\n"
            "The county plan at a glance (2026 in brackets):\n\n"
            "- Total spending: $4.2 billion ($4.0 billion)\n"
            "- Road repairs: $310 million ($290 million)\n\n"
            "Bus fares rose 6% (Source: Office for Budget Data).\n")
    assert [row[0] for row in rows(text)[1:3]] == ["Harwood Chamber of Commerce", "Harwood Chamber of Commerce"]


def test_a_lead_in_s_bracket_naming_no_body_leaves_the_body_in_focus() -> None:
    text = GLANCE.replace("(figures from the Office for Budget Data)", "(figures from last year in brackets)")
    assert [row[0] for row in rows(text)[1:]] == ["Harwood Chamber of Commerce", "Harwood Chamber of Commerce"]
