"""The robustness benchmark (benchmarks/perturb.py): swaps, the people, organisation and wording
transforms on small texts written here, the gold checks after a transform, scoring and the command."""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import perturb, quality  # noqa: E402
from benchmarks.perturb import Case, Loss, OrgForms, Outcome, Swap  # noqa: E402
from benchmarks.quality import GoldError, Score  # noqa: E402

TEXT = ("Council leader Cllr Martin Haywood said: \"We built 40 homes.\"\n\n"
        "Mr Haywood added that HAYWOOD's plan cut waiting lists by 12%. Martin\nHaywood has said more.")
DATA = {"text": "t.txt", "genre": "press release", "held_out": False,
        "claims": [{"speaker": "Martin Haywood", "speaker_aliases": ["Cllr Martin Haywood", "Mr Haywood"],
                    "kind": "person", "keys": ["We built 40 homes", "Martin Haywood"]},
                   {"speaker": "Brightway plc", "speaker_aliases": ["Brightway", "BWP"], "kind": "organisation",
                    "keys": ["cut waiting lists by 12%"]}],
        "not_claims": ["has said more"]}


def case(text: str, data: dict, tmp_path: Path) -> Case:
    """A case written to a folder, as load_cases reads it."""
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    (tmp_path / "t.gold.json").write_text(json.dumps(data), encoding="utf-8")
    return perturb.load_cases(tmp_path)[0]


# --- swaps -------------------------------------------------------------------------------------------

def test_swaps_replace_whole_words_longest_first_across_white_space() -> None:
    swaps = [Swap("Haywood", "Okafor"), Swap("Martin Haywood", "Ngozi Okafor"), Swap("Martin", "Ngozi")]
    assert perturb.apply_swaps("Martin\nHaywood, Mr Haywood's team, Haywoods, Lane-Haywood, O'Haywood, Martina",
                               swaps) == "Ngozi Okafor, Mr Okafor's team, Haywoods, Lane-Haywood, O'Haywood, Martina"


def test_swaps_honour_the_auxiliary_and_not_before_guards() -> None:
    verb = [Swap("said", "says", after_auxiliary=False)]
    title = [Swap("Mr", "Mr.", not_before=r"\.")]
    assert (perturb.apply_swaps("She said: it has said, was said, they said", verb),
            perturb.apply_swaps("Mr Roe and Mr. Poe", title)) == ("She says: it has said, was said, they says",
                                                                  "Mr. Roe and Mr. Poe")


def test_no_swaps_leave_the_text_alone() -> None:
    assert perturb.apply_swaps("Martin said", []) == "Martin said"


def test_capital_forms_are_added_once() -> None:
    assert perturb.with_capitals([Swap("Haywood", "Okafor"), Swap("BWP", "QHP")]) == [
        Swap("Haywood", "Okafor"), Swap("BWP", "QHP"), Swap("HAYWOOD", "OKAFOR")]


def test_swapped_rewrites_text_speakers_aliases_keys_and_not_claims_alike() -> None:
    text, data = perturb.swapped(TEXT, DATA, [Swap("Martin", "Ngozi"), Swap("Haywood", "Okafor")])
    assert text == ("Council leader Cllr Ngozi Okafor said: \"We built 40 homes.\"\n\n"
                    "Mr Okafor added that OKAFOR's plan cut waiting lists by 12%. Ngozi\nOkafor has said more.")
    assert data["claims"][0] == {"speaker": "Ngozi Okafor", "speaker_aliases": ["Cllr Ngozi Okafor", "Mr Okafor"],
                                 "kind": "person", "keys": ["We built 40 homes", "Ngozi Okafor"]}
    assert (data["claims"][1], data["not_claims"], DATA["claims"][0]["speaker"]) == (
        DATA["claims"][1], ["has said more"], "Martin Haywood")


# --- people ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("speaker, expected", [
    ("Martin Haywood", ("Martin", "Haywood")),
    ("Dr Ruth Allingham", ("Ruth", "Allingham")),
    ("Sir Graham Lutterworth", ("Graham", "Lutterworth")),
    ("Ciarán Ó Móráin", ("Ciarán", "Ó Móráin")),
    ("Dana J. Whitcombe", ("Dana", "Whitcombe")),
    ("Maria de la Cruz", ("Maria", "de la Cruz")),
    ("R. Okafor", ("", "Okafor")),
    ("Dr Greaves", ("", "Greaves")),
    ("senior coroner for Lindsey", None),
    ("A spokeswoman", None),
    ("Mayor", None),
])
def test_person_name(speaker: str, expected: tuple[str, str] | None) -> None:
    assert perturb.person_name(speaker) == expected


def test_a_name_that_is_also_a_common_word_is_left_alone() -> None:
    text = "Helen Marsh said the marsh flooded. Rose Lee said prices rose."
    assert [perturb.is_common_word(name, text) for name in ("Marsh", "Rose", "Helen", "Lee")] == [
        True, True, False, False]


def test_person_swaps_draw_distinct_names_from_the_pool() -> None:
    data = {"claims": [{"speaker": "Martin Haywood", "kind": "person"}, {"speaker": "Dr Greaves", "kind": "person"},
                       {"speaker": "Martin Haywood", "kind": "person"}, {"speaker": "Acme", "kind": "organisation"}]}
    pool = {"given": ["Ngozi"], "family": ["Okafor", "Balogun"]}
    swaps = perturb.person_swaps("Martin Haywood and Dr Greaves", data, pool, random.Random(1))
    assert sorted(swaps, key=lambda s: s.old) == sorted([Swap("Martin", "Ngozi"), Swap("Haywood", swaps[1].new),
                                                         Swap("Greaves", swaps[2].new)], key=lambda s: s.old)
    assert {swaps[1].new, swaps[2].new} == {"Okafor", "Balogun"}


def test_a_q_and_a_label_of_initials_is_renamed_with_its_person() -> None:
    text = "Ann Nolan ran the clinic.\n\nAN: We saw 40 patients.\nWhy AN?\nBAN: none.\n"
    data = {"claims": [{"speaker": "Ann Nolan", "kind": "person", "keys": ["We saw 40 patients"]}]}
    pool = {"given": ["Ngozi"], "family": ["Okafor"]}
    swaps = perturb.person_swaps(text, data, pool, random.Random(1))
    assert swaps == [Swap("Ann", "Ngozi"), Swap("Nolan", "Okafor"), Swap("AN", "NO", label=True)]
    assert perturb.swapped(text, data, swaps)[0] == (
        "Ngozi Okafor ran the clinic.\n\nNO: We saw 40 patients.\nWhy AN?\nBAN: none.\n")


def test_no_label_swap_without_a_given_name_or_when_the_initials_stay() -> None:
    data = {"claims": [{"speaker": "Dr Nolan", "kind": "person"}, {"speaker": "Ann Oates", "kind": "person"}]}
    pool = {"given": ["Alan", "Alan"], "family": ["Ogden", "Ogden"]}
    swaps = perturb.person_swaps("Dr Nolan and Ann Oates", data, pool, random.Random(3))
    assert swaps == [Swap("Ann", "Alan"), Swap("Nolan", "Ogden"), Swap("Oates", "Ogden")]


def test_a_people_transform_renames_every_person_and_keeps_the_gold_true(tmp_path: Path) -> None:
    original = case(TEXT, DATA, tmp_path)
    text, data = perturb.transforms()["people-particles"](original.text, original.data)
    gold = perturb.checked_gold(original.path, text, data)
    pool = perturb.load_data("people.json")["particles"]
    given, family = gold.claims[0].speaker.split(" ", 1)
    assert (given in pool["given"], family in pool["family"], re.search("Martin|Haywood|HAYWOOD", text)) == (
        True, True, None)
    assert gold.claims[0].aliases == (f"Cllr {given} {family}", f"Mr {family}")
    assert [claim.keys for claim in gold.claims] == [("We built 40 homes", f"{given} {family}"),
                                                    ("cut waiting lists by 12%",)]
    assert perturb.transforms()["people-particles"](original.text, original.data) == (text, data)


def test_every_person_transform_keeps_every_corpus_gold_valid() -> None:
    cases = perturb.load_cases(quality.CORPUS)[:40]
    chosen = {name: t for name, t in perturb.transforms().items() if name.startswith(("people-", "orgs-"))}
    broken = []
    for name, transform in chosen.items():
        for one in cases:
            try:
                perturb.checked_gold(one.path, *transform(one.text, one.data))
            except GoldError as error:
                broken.append(f"{name} {error}")
    assert broken == []


# --- organisations -----------------------------------------------------------------------------------

VOCABULARY = perturb.OrgVocabulary(perturb.load_data("organisations.json"))
CONNECTORS = VOCABULARY.connectors


def test_org_forms_split_full_names_short_names_and_acronyms() -> None:
    claim = {"speaker": "Fenland and Wolds Ambulance Service NHS Trust",
             "speaker_aliases": ["FWAS", "Fenland and Wolds Ambulance Service", "A spokesperson for FWAS",
                                 "The College of Nursing (CON)", "FENLAND AND WOLDS", "the trust's"]}
    assert perturb.org_forms(claim, CONNECTORS | VOCABULARY.generic) == OrgForms(
        "Fenland and Wolds Ambulance Service NHS Trust", ("Fenland and Wolds Ambulance Service", "College of Nursing"),
        ("CON", "FWAS"))


def test_org_forms_do_not_depend_on_the_order_of_aliases() -> None:
    first = {"speaker": "Acme", "speaker_aliases": ["Acme Water Ltd", "Acme Water plc"]}
    second = {"speaker": "Acme", "speaker_aliases": ["Acme Water plc", "Acme Water Ltd"]}
    small = CONNECTORS | VOCABULARY.generic
    assert perturb.org_forms(first, small) == perturb.org_forms(second, small) == OrgForms(
        "Acme Water Ltd", ("Acme Water plc", "Acme"), ())


def test_an_organisation_without_a_name_has_no_forms() -> None:
    claim = {"speaker": "the retailer", "speaker_aliases": ["the firm", "Acme's spokesman, Jo Roe"]}
    assert perturb.org_forms(claim, CONNECTORS | VOCABULARY.generic) is None


@pytest.mark.parametrize("name, stem, head", [
    ("Fenland and Wolds Ambulance Service NHS Trust", "Fenland and Wolds", "Trust"),
    ("NHS Dorset and Wessex Integrated Care Board", "Dorset and Wessex", "Board"),
    ("Department of Health and Social Care", "", "Department"),
    ("Fenwick Water", "Fenwick", "Water"),
    ("Beacon Cancer Support", "Beacon Cancer", "Support"),
])
def test_stem_and_head(name: str, stem: str, head: str) -> None:
    assert (perturb.stem_of(name, VOCABULARY.generic, CONNECTORS), perturb.head_of(name, CONNECTORS)) == (stem, head)


def test_a_trust_is_rebuilt_as_a_partnership_and_a_company_as_a_brand() -> None:
    trust = OrgForms("Rivermead Partnership NHS Foundation Trust", ("Rivermead",), ("RPT",))
    company = OrgForms("Fenwick Water", (), ())
    assert perturb.rebuilt_swaps(trust, "Saltmere", "Orvella", VOCABULARY) == [
        Swap("Rivermead Partnership NHS Foundation Trust", "Saltmere Health Partnership"), Swap("Rivermead", "Saltmere"),
        Swap("Rivermead", "Saltmere"), Swap("RPT", "SHP")]
    assert perturb.rebuilt_swaps(company, "Saltmere", "Orvella", VOCABULARY) == [
        Swap("Fenwick Water", "Orvella"), Swap("Fenwick", "Orvella")]


def test_a_short_name_without_a_stem_is_never_swapped() -> None:
    forms = OrgForms("Department of Towns, Villages and the Islands", ("Department",), ())
    assert perturb.rebuilt_swaps(forms, "Saltmere", "Orvella", VOCABULARY) == [
        Swap("Department of Towns, Villages and the Islands", "Saltmere Standards Office"),
        Swap("Towns, Villages and the Islands", "Saltmere")]


def test_the_stem_and_acronym_styles() -> None:
    forms = OrgForms("Fenwick Water", ("Fenwick",), ("FW",))
    assert perturb.stem_swaps(forms, "Saltmere", VOCABULARY) == [Swap("Fenwick", "Saltmere")]
    assert perturb.acronym_swaps(forms, "QHP", VOCABULARY) == [
        Swap("Fenwick Water (FW)", "QHP"), Swap("Fenwick Water", "QHP"), Swap("Fenwick", "QHP"), Swap("FW", "QHP"),
        Swap("Fenwick", "QHP")]


def test_an_organisation_transform_keeps_the_gold_true(tmp_path: Path) -> None:
    text = "Brightway plc said sales rose 4%. Brightway (BWP) opened nine stores, BWP said."
    data = {**DATA, "claims": [{"speaker": "Brightway plc", "speaker_aliases": ["Brightway", "BWP"],
                                "kind": "organisation", "keys": ["sales rose 4%"]},
                               {"speaker": "Brightway plc", "kind": "organisation", "keys": ["Brightway (BWP) opened"]}],
            "not_claims": []}
    original = case(text, data, tmp_path)
    new_text, new_data = perturb.transforms()["orgs-rebuilt"](original.text, original.data)
    brand = new_data["claims"][0]["speaker"]
    assert (brand in VOCABULARY.brands, new_text) == (True, f"{brand} said sales rose 4%. {brand} ({brand}) opened "
                                                            f"nine stores, {brand} said.")
    assert perturb.checked_gold(original.path, new_text, new_data).claims[1].keys == (f"{brand} ({brand}) opened",)


# --- wording -----------------------------------------------------------------------------------------

def test_said_becomes_says_but_not_after_an_auxiliary(tmp_path: Path) -> None:
    original = case(TEXT, DATA, tmp_path)
    text, data = perturb.transforms()["said-says"](original.text, original.data)
    assert text == TEXT.replace("Haywood said:", "Haywood says:")
    assert data == {**DATA, "not_claims": ["has said more"]}


def test_titles_get_dots_once() -> None:
    text, _ = perturb.transforms()["titles-dotted"]("Mr Roe met Mr. Poe and Dr Lee.", {"claims": []})
    assert text == "Mr. Roe met Mr. Poe and Dr. Lee."


def test_titles_spelled_out_never_double_a_word() -> None:
    text, _ = perturb.transforms()["titles-spelled"]("Chief Executive Officer Jo Roe and Chief Executive Al Poe, "
                                                   "a spokeswoman and Cllr Lee", {"claims": []})
    assert text == ("Chief Executive Officer Jo Roe and Chief Executive Officer Al Poe, a spokesperson and "
                    "Councillor Lee")


# --- data --------------------------------------------------------------------------------------------

def corpus_text() -> str:
    """Every development text of the press corpus (the texts the transforms rewrite), joined."""
    return "\n".join(gold.text for gold in quality.load_corpus(quality.CORPUS) if not gold.held_out)


def invented_names() -> list[str]:
    """Every name of the data files (initials left out: they are letters, not names)."""
    people = [name for key, pool in perturb.load_data("people.json").items() if not key.startswith("_")
              for name in (*pool["given"], *pool["family"]) if not perturb.is_initial(name)]
    orgs = perturb.load_data("organisations.json")
    return people + orgs["stems"] + orgs["brands"] + orgs["acronyms"]


def test_no_invented_name_occurs_in_the_corpus() -> None:
    texts = corpus_text()
    assert [name for name in invented_names() if re.search(perturb.swap_pattern(Swap(name, "")), texts)] == []


def test_each_pool_has_distinct_names_enough_for_any_text() -> None:
    cases = perturb.load_cases(quality.CORPUS)
    most_people = max(len(perturb.speakers_of(one.data, "person")) for one in cases)
    pools = {key: pool for key, pool in perturb.load_data("people.json").items() if not key.startswith("_")}
    assert {key: (len(set(p["given"])) == len(p["given"]) >= most_people,
                  len(set(p["family"])) == len(p["family"]) >= most_people) for key, p in pools.items()} == {
        key: (True, True) for key in pools}


# --- scoring and the command -------------------------------------------------------------------------

def test_a_variant_whose_gold_breaks_is_skipped_and_an_unchanged_one_not_counted(tmp_path: Path) -> None:
    original = case(TEXT, DATA, tmp_path)
    base = {original.name: perturb.baseline(original)}

    def breaks(text: str, data: dict) -> tuple[str, dict]:
        """Drop the text's first word, which a key holds."""
        return text.replace("We built", "They built"), data
    broken = perturb.run_transform("breaks", breaks, [original], base)
    unchanged = perturb.run_transform("same", lambda text, data: (text, data), [original], base)
    assert (broken.texts, broken.skipped, unchanged.texts, unchanged.skipped) == (0, 1, 0, 0)


def test_a_scored_variant_is_compared_with_its_original(tmp_path: Path) -> None:
    original = case(TEXT, DATA, tmp_path)
    base = perturb.baseline(original)
    outcome = perturb.run_transform("people-nigerian", perturb.transforms()["people-nigerian"], [original],
                                    {original.name: base})
    assert (outcome.texts, outcome.skipped, outcome.baseline, outcome.variant.claims) == (1, 0, base.score, 2)
    assert list(outcome.per_text) == ["t.txt"]


def test_losses_are_the_claims_right_before_and_not_after(tmp_path: Path) -> None:
    original = case(TEXT, DATA, tmp_path)
    assert perturb.losses(original, original.gold, [None, None], [None, "wrong speaker 'Acme'"]) == [
        Loss("t.txt", "Brightway plc", ("cut waiting lists by 12%",), "wrong speaker 'Acme'")]


def test_render_lines_and_misses() -> None:
    outcome = Outcome("said-says", texts=1, variant=Score(texts=1, claims=4, found=4, right_speaker=2, wrong_speaker=2),
                      baseline=Score(texts=1, claims=4, found=4, right_speaker=4),
                      lost=[Loss("t.txt", "Ngozi Okafor", ("40 homes",), "wrong speaker 'Cllr Ngozi'")])
    outcome.per_text["t.txt"] = (outcome.variant, outcome.baseline)
    assert perturb.outcome_line(outcome) == ("said-says", "1", "0", "4", "4", "2", "50.0%", "2", "0", "+0", "-2",
                                             "-50.0", "+2", "+0", "1", "0")
    assert perturb.render_misses([outcome]) == "said-says\n  t.txt: wrong speaker 'Cllr Ngozi': [Ngozi Okafor] 40 homes"
    assert perturb.render_per_text([outcome]).splitlines()[1].split() == ["said-says", "t.txt", "4", "4", "2", "0",
                                                                         "2", "0", "0"]


def test_an_unknown_transform_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert perturb.main(["--transform", "people-martian"]) == 2
    assert capsys.readouterr().err.startswith("no transform 'people-martian'; choose from people-nigerian, ")


def test_an_empty_corpus_folder_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert perturb.main(["--corpus", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"{tmp_path}: holds no *.gold.json files; give the corpus folder with --corpus\n"


def test_the_command_prints_a_line_per_chosen_transform_and_json(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    case(TEXT, DATA, tmp_path)
    assert perturb.main(["--corpus", str(tmp_path), "--transform", "said-says", "--per-text", "--misses"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[:3]] == ["transform", "(unperturbed)", "said-says"]
    assert perturb.main(["--corpus", str(tmp_path), "--transform", "said-says", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (list(figures["transforms"]), figures["transforms"]["said-says"]["texts"]) == (["said-says"], 1)


# --- surface noise -----------------------------------------------------------------------------------

def test_single_quotes_keep_the_style_and_leave_apostrophes() -> None:
    text = "She said: \"Pike's offer stands.\" Then: “Yes, it’s done.”"
    assert perturb.single_quotes(text) == "She said: 'Pike's offer stands.' Then: ‘Yes, it’s done.’"


def test_straight_and_curly_quotes() -> None:
    assert perturb.straight_quotes("“Quinn’s ‘best’ year.”") == "\"Quinn's 'best' year.\""
    assert perturb.curly_quotes("He said \"Quinn's 'best' year.\" (\"Ok\")") == "He said “Quinn’s ‘best’ year.” (“Ok”)"


def test_a_mark_change_rewrites_the_gold_alike(tmp_path: Path) -> None:
    text, data = perturb.transforms()["quotes-single"](TEXT, DATA)
    assert text.splitlines()[0] == "Council leader Cllr Martin Haywood said: 'We built 40 homes.'"
    assert data == DATA
    quoted = {**DATA, "claims": [{**DATA["claims"][0], "keys": ["\"We built"]}]}
    assert perturb.transforms()["quotes-single"](TEXT, quoted)[1]["claims"][0]["keys"] == ["'We built"]


def test_wrapped_breaks_long_lines_and_keeps_blank_lines() -> None:
    line = " ".join(["alpha"] * 20)
    assert perturb.wrapped(f"Head\n\n{line}\n\nEnd") == (
        "Head\n\n" + " ".join(["alpha"] * 11) + "\n" + " ".join(["alpha"] * 9) + "\n\nEnd")
    assert perturb.wrap_line("a " + "x" * 80, 10) == "a\n" + "x" * 80


def test_paragraph_breaks_become_single_newlines_and_the_reverse() -> None:
    assert perturb.single_newlines("One.\n\n \nTwo.\nThree.") == "One.\nTwo.\nThree."
    assert perturb.single_newlines("One.\nTwo.") == "One.\n\nTwo."


def test_bullets_are_swapped_per_list_and_numbered_within_it() -> None:
    text = "Intro:\n• first item\n• second item\n\nMiddle - not a list\n  1) third\n- fourth\nEnd"
    out = perturb.rebulleted(text, random.Random(3))
    lines = out.split("\n")
    assert [lines[0], lines[3], lines[4], lines[7]] == ["Intro:", "", "Middle - not a list", "End"]
    items = [perturb.BULLET.match(line) for line in (lines[1], lines[2], lines[5], lines[6])]
    assert [line[m.end():] for line, m in zip((lines[1], lines[2], lines[5], lines[6]), items) if m] == [
        "first item", "second item", "third", "fourth"]
    first_style = perturb.BULLET.match(lines[1]).group(0).replace("1", "{n}").replace("(a)", "({a})")
    assert first_style in perturb.BULLET_STYLES


def test_bullet_marker_numbers_and_letters() -> None:
    assert [perturb.bullet_marker(style, 2) for style in ("{n}) ", "({a}) ", "• ")] == ["3) ", "(c) ", "• "]


def test_odd_spaces() -> None:
    assert perturb.odd_spaces("Dr Roe and Mr. Ode raised £5 million, 1,250 jobs. Then 3 years.") == (
        "Dr\u00a0Roe and Mr.\u00a0Ode raised £5\u00a0million, 1\u2009250 jobs.  Then 3\u00a0years.")


def test_every_surface_transform_keeps_most_corpus_golds_valid() -> None:
    cases = perturb.load_cases(quality.CORPUS)[:40]
    for name, transform in perturb.surface_transforms().items():
        broken = 0
        for one in cases:
            text, data = transform(one.text, one.data)
            try:
                perturb.checked_gold(one.path, text, data)
            except GoldError:
                broken += 1
        assert broken <= 2, name


def test_a_mark_change_keeps_the_old_spelling_of_a_speaker_as_an_alias() -> None:
    data = {**DATA, "claims": [{**DATA["claims"][1], "speaker": "Brightway's", "speaker_aliases": ["BWP"]}]}
    text, out = perturb.transforms()["quotes-curly"]("Brightway's chief said it.", data)
    assert text == "Brightway’s chief said it."
    assert (out["claims"][0]["speaker"], out["claims"][0]["speaker_aliases"]) == ("Brightway’s", ["BWP", "Brightway's"])


def test_two_spaces_follow_a_sentence_and_never_an_abbreviation() -> None:
    assert perturb.odd_spaces("St. Anne Trust grew. It said e.g. Roe won 4. Then") == (
        "St. Anne Trust grew.  It said e.g. Roe won 4.  Then")
