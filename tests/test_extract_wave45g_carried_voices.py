"""A source's voice carried on with no cue of its own (wave 45g): the figures a person reads out (`According to figures
given by Jo Roe, ...`) go on in her paragraph's next cue-less sentences of figures. Each case is a short text written
for this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind,
quote) rows, in text order."""
from __future__ import annotations

from extract_rows import rows


def test_a_persons_read_out_figures_go_on_in_her_paragraph() -> None:
    text = ("According to numbers given by Provost Hallam Dreyce at the Brackwater College open day on Friday, 3,140 "
            "learners have signed up for evening courses. Some 612 apprentices have started placements, up 9 percent "
            "on last year.\n")
    assert rows(text) == [
        ("Hallam Dreyce", "person", "3,140 learners have signed up for evening courses"),
        ("Hallam Dreyce", "person", "Some 612 apprentices have started placements, up 9 percent on last year")]


def test_a_persons_read_out_figures_stop_at_the_paragraph() -> None:
    text = ("According to numbers given by Provost Hallam Dreyce at the Brackwater College open day on Friday, 3,140 "
            "learners have signed up for evening courses.\n\n"
            "Some 612 apprentices have started placements, up 9 percent on last year.\n")
    assert rows(text) == [
        ("Hallam Dreyce", "person", "3,140 learners have signed up for evening courses")]


def test_a_following_lead_ins_own_count_is_its_speakers() -> None:
    text = ("The Fenmoor Trading Standards Service says its week of test purchases went well.\n\n"
            "Officers visited 212 shops across the county on Thursday and Friday.\n\n"
            "Overall 212 shops were visited and the following notices served:\n\n"
            "- Four warnings for selling vapes to minors;\n\n"
            "- Two closure notices.\n")
    assert rows(text) == [
        ("Fenmoor Trading Standards Service", "organisation", "its week of test purchases went well"),
        ("Fenmoor Trading Standards Service", "organisation", "Overall 212 shops were visited"),
        ("Fenmoor Trading Standards Service", "organisation", "Four warnings for selling vapes to minors"),
        ("Fenmoor Trading Standards Service", "organisation", "Two closure notices")]


def test_a_persons_present_tense_says_goes_on_to_her_next_figures() -> None:
    text = ("Food bank manager Orla Penhallow says the sharpest change is among renters. The share of renters asking "
            "for parcels has climbed from 4 percent in 2023 to 11 percent this spring.\n")
    assert rows(text) == [
        ("Orla Penhallow", "person", "the sharpest change is among renters"),
        ("Orla Penhallow", "person",
         "The share of renters asking for parcels has climbed from 4 percent in 2023 to 11 percent this spring")]


def test_a_persons_past_tense_said_leaves_the_writers_figures() -> None:
    text = ("Food bank manager Orla Penhallow said the sharpest change was among renters. The county has 40 food "
            "banks, up from 31 in 2023.\n")
    assert rows(text) == [("Orla Penhallow", "person", "the sharpest change was among renters")]


def test_a_lead_in_of_a_period_alone_hands_its_bullets_to_the_body_in_focus() -> None:
    text = ("The Pellmark Water Authority has published its quarterly update on repairs and metering.\n\n"
            "During the April to June quarter:\n\n"
            "- Fourteen burst mains were repaired across the district, against nine a year earlier\n"
            "- 2,300 household meters were fitted, taking the total to 41,000\n")
    assert rows(text) == [
        ("Pellmark Water Authority", "organisation",
         "Fourteen burst mains were repaired across the district, against nine a year earlier"),
        ("Pellmark Water Authority", "organisation", "2,300 household meters were fitted, taking the total to 41,000")]


def test_a_lead_in_of_a_period_with_no_body_in_focus_gives_nobody_the_bullets() -> None:
    text = ("Residents of Tollbridge have been counting the cost of the storm.\n\n"
            "Over the past month:\n\n"
            "- 40 homes have been without power\n"
            "- two schools have stayed shut\n")
    assert rows(text) == []


def test_bullets_glued_on_a_lead_ins_line_are_its_items_and_a_cue_after_them_keeps_its_speaker() -> None:
    text = ("Brindle Foods plc reports its results for the year. The main points of the year were: \u2022 Revenue "
            "\u00a388.2m (2024: \u00a381.0m), up 8.9% \u2022 Operating profit \u00a36.1m, up 12% \u2022 Final dividend "
            "2.4p per share \u2022 Net debt cut to \u00a39.7m Ada Quillon, Chair, said: \"We have had a steady year "
            "in difficult markets.\"\n")
    assert rows(text) == [
        ("Brindle Foods plc", "organisation", "Revenue \u00a388.2m (2024: \u00a381.0m), up 8.9%"),
        ("Brindle Foods plc", "organisation", "Operating profit \u00a36.1m, up 12%"),
        ("Brindle Foods plc", "organisation", "Final dividend 2.4p per share"),
        ("Ada Quillon", "person", "We have had a steady year in difficult markets.")]
