"""The quality scorer (benchmarks/quality.py): its definitions on tiny gold, its checks of bad gold,
and the corpus totals against the committed thresholds."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import quality  # noqa: E402
from benchmarks.quality import Gold, GoldClaim, GoldError, Score  # noqa: E402

TEXT = ("Harrowdale Police said burglaries fell by 12% and arrests rose by 40. "
        "Inspectors found response times were too slow. Questions remain about the budget.")


def claim(speaker: str, *keys: str, kind: str = "organisation", aliases: tuple[str, ...] = (),
          optional: bool = False) -> GoldClaim:
    """A gold claim for the tests."""
    return GoldClaim(speaker, aliases, kind, keys, optional)


GOLD = Gold("t.txt", TEXT, False, (
    claim("Harrowdale Police", "burglaries fell by 12%", aliases=("the force",)),
    claim("Harrowdale Police", "arrests rose by 40"),
    claim("Harrowdale Inspectorate", "response times were too slow", kind="inspectorate"),
    claim("Harrowdale Police", "the budget", optional=True),
), ("Questions remain",))


def table(*rows: tuple[str, str], kinds: list[str] | None = None) -> pd.DataFrame:
    """An extracted table with speaker and quote columns (and speaker_kind when given)."""
    frame = pd.DataFrame({"speaker": [r[0] for r in rows], "quote": [r[1] for r in rows]})
    if kinds is not None:
        frame["speaker_kind"] = kinds
    return frame


def score(frame: pd.DataFrame, gold: Gold = GOLD) -> Score:
    """Score a table against gold."""
    return quality.score_text(quality.table_rows(frame), gold)


def test_a_perfect_table_scores_every_claim_right() -> None:
    frame = table(("harrowdale  police", "burglaries fell by\n12%"), ("Harrowdale Police", "arrests rose by 40"),
                  ("Harrowdale Inspectorate", "response times were too slow"))
    assert score(frame) == Score(texts=1, claims=3, found=3, right_speaker=3, rows=3)


def test_wrong_speaker_unmatched_not_claim_and_alias() -> None:
    frame = table(("The force", "burglaries fell by 12%"), ("Christmas", "response times were too slow"),
                  ("Writer", "Questions remain about the budget."), ("While", "nothing in the gold at all here"))
    assert score(frame) == Score(texts=1, claims=3, found=2, right_speaker=1, wrong_speaker=1, rows=4,
                                 unmatched=1, not_claim_rows=1)


def test_a_right_row_anywhere_beats_a_wrong_one() -> None:
    frame = table(("Christmas", "burglaries fell by 12%"), ("Harrowdale Police", "burglaries fell by 12% overall"))
    assert score(frame).right_speaker == 1 and score(frame).wrong_speaker == 0


def test_a_row_with_three_claims_is_over_bundled() -> None:
    frame = table(("Harrowdale Police", TEXT))
    assert score(frame) == Score(texts=1, claims=3, found=3, right_speaker=2, wrong_speaker=1, rows=1,
                                 not_claim_rows=1, over_bundled=1)


def test_speaker_kind_is_checked_when_the_column_exists() -> None:
    frame = table(("Harrowdale Police", "burglaries fell by 12%"), ("Harrowdale Inspectorate", "response times were too slow"),
                  kinds=["person", "regulator"])
    assert score(frame) == Score(texts=1, claims=3, found=2, right_speaker=2, rows=2, kind_checked=2,
                                 kind_right=1, kind_column=True)
    assert quality.rates(score(frame))["kind_accuracy"] == 0.5


def test_an_unresolved_speaker_is_counted_apart_from_a_wrong_one() -> None:
    frame = table(("the spokesman", "burglaries fell by 12%"), ("Christmas", "arrests rose by 40"),
                  ("Harrowdale Inspectorate", "response times were too slow"),
                  kinds=["unresolved", "organisation", "inspectorate"])
    assert score(frame) == Score(texts=1, claims=3, found=3, right_speaker=1, wrong_speaker=1, unresolved=1,
                                 rows=3, kind_checked=3, kind_right=2, kind_column=True)
    assert quality.rates(score(frame))["unresolved"] == 1 / 3
    assert quality.explain_text(quality.table_rows(frame), GOLD) == [
        "  unresolved 'the spokesman': [Harrowdale Police] burglaries fell by 12%",
        "  wrong speaker 'Christmas': [Harrowdale Police] arrests rose by 40"]


def test_an_unresolved_row_never_hides_a_right_one() -> None:
    frame = table(("he", "burglaries fell by 12%"), ("Harrowdale Police", "burglaries fell by 12% overall"),
                  kinds=["unresolved", "organisation"])
    assert (score(frame).right_speaker, score(frame).unresolved, score(frame).wrong_speaker) == (1, 0, 0)


def test_without_a_kind_column_kind_accuracy_is_none() -> None:
    assert quality.rates(score(table(("Harrowdale Police", "arrests rose by 40"))))["kind_accuracy"] is None


def test_an_empty_table_scores_nothing_found() -> None:
    assert score(table()) == Score(texts=1, claims=3)
    assert quality.rates(Score()) == {"recall": 0.0, "right_speaker": 0.0, "wrong_speaker": 0.0, "unresolved": 0.0,
                                      "unmatched": 0.0,
                                      "not_claim_rows": 0.0, "fragments": 0.0, "claims_not_standalone": 0.0,
                                      "over_bundled": 0.0,
                                      "kind_accuracy": None}


@pytest.mark.parametrize("quote, expected", [
    ("The report.", True),
    ("Marketing activity was.", True),
    ("in a results statement", True),
    ("according to the annual report", True),
    ("Which rates the Trust as requiring improvement overall", True),
    ("and hired 40 new nurses last year", True),
    ("The trust cut waits by a third", False),
    ("In March the trust opened a new ward", False),
    ("Burglaries fell by 12%.", False),
    ("Profits rose to £1,200.5m in the year to", True),
    ("Sales rose 5%", False),
    ("In this case, nobody was watching.", False),
    ("after rising 4.8% in 2024", True),
    ("because it had to cut prices earlier than planned", True),
    ("the force has 211 officers, 46 fewer than it is budgeted for", False),
    ("total incidents rose to 2,310, up from 2,085 the year before", False),
    ("We know there is more to do.", False),
    ("the council said that it would", True),
    ("waits for a bed averaged 31 hours in May", False),
    ("services that the most vulnerable people rely on.", False),
    ("We promised taxpayers that money would save lives, and it has", False),
    ("We will offer every colleague a role where we can.", False),
    ("We are sorry.", False),
    ("912 affordable homes", False),
    ("Robberies dropped 14%", False),
    ("in May 2024", True),
    ("£86,000 in cash", False),
    ("The report was.", True),
    ("the affordable homes", True),
    ("three firearms", True),
    ("Crews were exhausted.", False),
    ("pay would rise", False),  # wave 44a: a subject, a modal or auxiliary and a verb make a clause as a copula does
    ("Sales have fallen", False),
    ("Which would rise", True),
    ("the pay would", True),
    ('crews were "exhausted"', False),
    ("Which was inadequate", True),
    ("and was closed", True),
    ("Staff were the", True),
    ("The staff were", True),
    ("Inspectors are in", True),
    ("at least 23 editorial roles are affected", False),  # `at least` sizes the subject's figure
    ("about 40 staff left", False),
    ("at least two people fainted", False),  # a figure in words sizes the subject as digits do (wave 39c)
    ("about twelve staff left", False),
    ("at least twice in March", True),
    ("at least in March", True),
    ("in 2024 sales rose", True),
])
def test_fragments(quote: str, expected: bool) -> None:
    assert quality.is_fragment(quote) is expected


def test_totals_add_up_and_render() -> None:
    one = Score(texts=1, claims=4, found=3, right_speaker=2, wrong_speaker=1, rows=5, unmatched=1)
    two = Score(texts=1, claims=2, found=2, right_speaker=2, rows=2, kind_checked=2, kind_right=2, kind_column=True)
    assert quality.add(one, two) == Score(texts=2, claims=6, found=5, right_speaker=4, wrong_speaker=1, rows=7,
                                          unmatched=1, kind_checked=2, kind_right=2, kind_column=True)
    text = quality.render({"a.txt": one, "development": one, "held_out": two}, per_text=True)
    assert [line.split()[:4] for line in text.splitlines()] == [
        ["text", "claims", "found", "recall"], ["a.txt", "4", "3", "75.0%"],
        ["TOTAL", "development", "4", "3"], ["TOTAL", "held", "out", "2"]]


def test_explain_lists_misses_wrong_speakers_and_unmatched_rows() -> None:
    rows = quality.table_rows(table(("Christmas", "burglaries fell by 12%"), ("While", "nothing in the gold at all here")))
    assert quality.explain_text(rows, GOLD) == [
        "  wrong speaker 'Christmas': [Harrowdale Police] burglaries fell by 12%",
        "  missed: [Harrowdale Police] arrests rose by 40",
        "  missed: [Harrowdale Inspectorate] response times were too slow",
        "  unmatched row: [While] nothing in the gold at all here"]


def test_thresholds_report_each_miss() -> None:
    scores = {"development": Score(claims=4, found=2, right_speaker=1, wrong_speaker=1, rows=4, fragments=1),
              "held_out": Score()}
    bounds = {"development": {"min": {"recall": 0.5, "right_speaker": 0.3}, "max": {"fragments": 0.1}}}
    assert quality.below_thresholds(scores, bounds) == [
        "development right_speaker 0.2500 is below 0.3", "development fragments 0.2500 is above 0.1"]


def test_thresholds_skip_a_group_without_claims() -> None:
    scores = {"development": Score(claims=2, found=2, right_speaker=2, rows=2), "held_out": Score()}
    bounds = {"development": {"min": {"recall": 0.9}}, "held_out": {"min": {"recall": 0.9}, "max": {"fragments": 0.0}}}
    assert quality.below_thresholds(scores, bounds) == []


def write_gold(folder: Path, gold: dict, text: str = TEXT) -> Path:
    """Write t.txt and t.gold.json into a folder; return the gold file's path."""
    (folder / "t.txt").write_text(text, encoding="utf-8")
    path = folder / "t.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


GOOD = {"text": "t.txt", "genre": "news report", "org_type": "police", "phenomena": [], "held_out": True,
        "claims": [{"speaker": "Harrowdale Police", "speaker_aliases": ["the force"], "kind": "organisation",
                    "keys": ["burglaries fell  by 12%"], "optional": False}],
        "not_claims": ["Questions remain"]}


def test_load_gold_reads_a_good_file(tmp_path: Path) -> None:
    gold = quality.load_gold(write_gold(tmp_path, GOOD))
    assert gold == Gold(str(tmp_path / "t.txt"), TEXT, True,
                        (claim("Harrowdale Police", "burglaries fell  by 12%", aliases=("the force",)),),
                        ("Questions remain",))


@pytest.mark.parametrize("change, message", [
    ({"claims": [{**GOOD["claims"][0], "keys": ["burglaries rose"]}]},
     "claim 1: key 'burglaries rose' is not in the text; copy it exactly"),
    ({"claims": [{**GOOD["claims"][0], "kind": "firm"}]},
     "claim 1: kind 'firm' is not one of organisation, person, inspectorate, document, unresolved"),
    ({"claims": [{**GOOD["claims"][0], "keys": []}]}, "claim 1 has 0 keys; give 1 to 3 short phrases"),
    ({"not_claims": ["nowhere"]}, "not_claims phrase 'nowhere' is not in the text; copy it exactly"),
    ({"text": "../t.txt"}, "\"text\" must be the file name of a .txt beside it, without folders"),
    ({"text": "u.txt"}, "names u.txt, which is not in"),
    ({"claims": [{"keys": ["x"]}]}, "claim 1 needs a \"speaker\" string"),
    ({"claims": {"speaker": "x"}}, "\"claims\" must be a list"),
    ({"genre": "blog post"}, "\"genre\" must be one of press release, news report"),
    ({"phenomena": "dateline"}, "\"phenomena\" must be a list of non-empty strings; fix it and run again"),
    ({"held_out": "yes"}, "\"held_out\" must be true or false"),
])
def test_load_gold_names_the_file_and_the_fix(tmp_path: Path, change: dict, message: str) -> None:
    path = write_gold(tmp_path, {**GOOD, **change})
    with pytest.raises(GoldError) as raised:
        quality.load_gold(path)
    assert str(raised.value).startswith(f"{path}: {message}")


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "t.gold.json"
    path.write_text('{"text": "t.txt",\n "claims": [,]}', encoding="utf-8")
    with pytest.raises(GoldError, match=r"t.gold.json line 2: not valid JSON"):
        quality.load_gold(path)


def test_main_scores_a_folder_and_exits_2_on_bad_gold(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    write_gold(tmp_path, GOOD)
    assert quality.main(["--corpus", str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["held_out"]["claims"], figures["development"]["texts"]) == (1, 0)
    assert quality.main(["--corpus", str(tmp_path / "none")]) == 2
    assert "holds no *.gold.json files" in capsys.readouterr().err


def test_misses_are_listed_per_text(tmp_path: Path, capsys: pytest.CaptureFixture,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    write_gold(tmp_path, {**GOOD, "held_out": False})
    monkeypatch.setattr(quality, "extract_rows", lambda gold: [])
    assert quality.main(["--corpus", str(tmp_path), "--misses"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "t.txt", "  missed: [Harrowdale Police] burglaries fell  by 12%"]


def test_held_out_texts_show_only_in_the_totals_unless_asked(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    write_gold(tmp_path, GOOD)
    monkeypatch.setattr(quality, "extract_rows", lambda gold: [])
    assert quality.main(["--corpus", str(tmp_path), "--per-text", "--misses"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:3] for line in lines] == [
        ["text", "claims", "found"], ["TOTAL", "development", "0"], ["TOTAL", "held", "out"]]
    assert quality.main(["--corpus", str(tmp_path), "--json"]) == 0
    assert sorted(json.loads(capsys.readouterr().out)) == ["development", "held_out"]
    assert quality.main(["--corpus", str(tmp_path), "--per-text", "--misses", "--held-out-details"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [lines[1].split()[0], *lines[-2:]] == ["t.txt", "t.txt", "  missed: [Harrowdale Police] burglaries fell  by 12%"]


def test_texts_keeps_a_range_of_numbered_texts_and_exits_2_on_a_bad_range(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    for number in ("p004", "p005", "p007"):
        (tmp_path / f"{number}_t.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / f"{number}_t.gold.json").write_text(
            json.dumps({**GOOD, "text": f"{number}_t.txt", "held_out": False}), encoding="utf-8")
    assert quality.main(["--corpus", str(tmp_path), "--texts", "p005-p007", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["development"]["texts"] == 2
    assert quality.main(["--corpus", str(tmp_path), "--texts", "p5-7"]) == 2
    assert capsys.readouterr().err == "--texts 'p5-7': give a range such as p089-p136\n"


def test_the_corpus_meets_its_thresholds() -> None:
    scores = quality.score_corpus(quality.load_corpus(quality.CORPUS))
    thresholds = json.loads(quality.THRESHOLDS.read_text(encoding="utf-8"))
    assert quality.below_thresholds(scores, thresholds) == []


@pytest.mark.parametrize("quote, text, expected", [
    # an ellipsis or a stranded preposition where the text's clause ends is no cut
    ("rents rose faster than they should have", "He said rents rose faster than they should have.", False),
    ("the people it was lending to", "She said the bank ignored the people it was lending to for years.", True),
    ("the people it was lending to", 'She said the bank "ignored the people it was lending to" for years.', False),
    ("ignored the people it was lending to", 'She said the bank had "ignored the people it was lending to".', False),
    ("the delays analysts had pencilled in", "Sales beat the delays analysts had pencilled in; costs fell.", False),
    # wave 15: a comma, a conjunction and a word that is no preposition open a new clause, so the preposition before
    # them ends its relative clause (its object never follows a comma and `and`, unless `and` joins another
    # preposition: `up to, and including, May`); the row stands (it was counted cut before)
    ("the delays analysts had pencilled in", "Sales beat the delays analysts had pencilled in, and costs fell.", False),
    ("the help they were entitled to", "It denied them the help they were entitled to, but kept the fees.", False),
    ("suspended for four weeks, up to", "He is suspended for four weeks, up to, and including, 30 May.", True),
    ("suspended for four weeks, up to", "He is suspended for four weeks, up to, and in the case of appeal, longer.",
     True),
    ("the figure analysts had pencilled in", "Sales beat the figure analysts had pencilled in and costs fell.", True),
    # wave 44a: `while`/`whereas` after the comma open a clause as `and` does; so does the row's own reporting clause
    # ending the sentence after it (the preposition ends its relative clause or phrasal verb, the content ends there)
    ("Some 900 were served because a relative needed to move in",
     "Some 900 were served because a relative needed to move in, while 400 cited arrears.", False),
    ("Clerks had no training on the forms their clients came from",
     "Clerks had no training on the forms their clients came from, the tribunals ombudsman has found.", False),
    ("Clerks had no training on the forms their clients came from",
     "Clerks had no training on the forms their clients came from, ministers said on Monday.", False),
    ("Profits rose to", "Profits rose to, the board said, £4m.", True),  # the reporting clause sits inside
    ("the forms their clients came from", "They checked the forms their clients came from, the index of.", True),
    ("Profits rose to", "Profits rose to £4m.", True),  # the clause goes on after the row
    ("the council said that it would", "the council said that it would.", False),
    ("the council said that it would", "", True),  # without the text, the old rule
    ("the council said that it would", "Elsewhere entirely.", True),  # a row the text does not hold
    # a whole sentence may open with a preposition or a subordinating conjunction
    ("At some point the reserves run out.", "We warned them. At some point the reserves run out.", False),
    ("Unless rents fall, more families will struggle.", '"Unless rents fall, more families will struggle."', False),
    ("unless rents fall, more families will struggle", "We said that unless rents fall, more families will struggle.",
     False),  # wave 18d: the subordinate clause and the main clause after its comma make a sentence wherever it stands
    ("unless rents fall", "We said that unless rents fall, more families will struggle.", True),
    ("In a results statement.", "The trust spoke. In a results statement.", True),  # too short to stand
    ("In some wards it is under 70%", "It varies. In some wards it is under 70%.", False),
    ("in a results statement", "The trust spoke in a results statement on Monday.", True),
    # short rows: a spelled number as subject, a figure's item
    ("Three have died", "Three have died.", False),
    ("Eight were hurt.", "", False),
    ("Eight were.", "", True),
    ("Sustained: 18", "", False),
    ("Letterkenny | 41", "", False),  # a table's cells, as a grade's are
    ("Letterkenny 41", "", True),
    ("Total | | | 1,859,338", "", False),  # a total's row past empty cells (wave 39c)
    ("Total | |", "", True),
    ("Porto (+96%)", "", False),
    ("Food: +2.2%", "", False),
    ("discourtesy 31%", "", False),
    ("Q3 2025", "", True),
    ("10 August", "", True),
    ("38 children", "", True),
    ("the windows replaced", "", True),
    # a three-word whole sentence of the text is a statement (wave 40): a subject, a verb, a complement
    ("Affordability remains stretched.", "Rents rose again. Affordability remains stretched.", False),
    ("Mum has dementia.", "\u201cMum has dementia. She needs care,\u201d she said.", False),
    ("I'd stopped checking.", "I'd stopped checking. The bills kept coming.", False),
    ("Affordability remains stretched", "Rents rose and affordability remains stretched.", True),  # not the sentence
    ("Affordability remains stretched.", "", True),  # without the text nothing says it is whole
    ("Marketing activity was.", "Sales fell. Marketing activity was.", True),  # an auxiliary at the end
    ("Which was closed.", "It shut. Which was closed.", True),  # a relative opens it
    ("In the morning.", "It opens. In the morning.", True),  # a preposition opens it
    ("The annual report.", "See below. The annual report.", True),  # an article opens a noun phrase, no verb
    ("Staff were the.", "It ended. Staff were the.", True),  # an article at the end
])
def test_fragments_read_against_the_text(quote: str, text: str, expected: bool) -> None:
    assert quality.is_fragment(quote, text) is expected


def test_sentence_bounds() -> None:
    assert quality.sentence_bounds("rents rose", "Rents fell. rents rose. Costs fell.") == (True, True)
    assert quality.sentence_bounds("rents rose", "He said rents rose. Costs fell.") == (True, False)
    assert quality.sentence_bounds("rents rose", "He said rents rose by 4%.") == (False, False)
    assert quality.sentence_bounds("rents rose", "") == (False, False)
    assert quality.sentence_bounds("", "rents rose") == (False, False)
    assert quality.sentence_bounds('it "ended."', 'He said it "ended." Then') == (True, False)


def test_claims_not_standalone_are_judged_on_the_claim_column() -> None:
    """A row whose quote is a fragment counts as a fragment; it is standalone when its claim is a statement."""
    frame = table(("Harrowdale Police", "arrests rose by 40"), ("Harrowdale Police", "which rose"),
                  ("Harrowdale Police", "by 40"))
    frame["claim"] = ["Arrests rose by 40.", "[Burglaries] which rose.", "[Harrowdale Police said arrests rose] by 40."]
    counted = score(frame)
    assert (counted.fragments, counted.claims_not_standalone, quality.rates(counted)["claims_not_standalone"]) == (
        2, 1, 1 / 3)


def test_a_table_without_a_claim_column_judges_its_quotes() -> None:
    """Without a claim column the quote stands for the claim: not standalone when it is a fragment."""
    frame = table(("Harrowdale Police", "arrests rose by 40"), ("Harrowdale Police", "by 40"))
    assert [row.claim for row in quality.table_rows(frame)] == ["arrests rose by 40", "by 40"]
    assert score(frame).claims_not_standalone == 1


def test_the_totals_line_shows_claims_not_standalone() -> None:
    """The printed table has a `not standalone` column after `fragments`."""
    one = Score(texts=1, claims=2, found=2, rows=5, fragments=3, claims_not_standalone=2, over_bundled=1)
    lines = quality.render({"development": one, "held_out": Score()}, per_text=False).splitlines()
    assert [lines[0].split("  ")[-4:], lines[1].split()[-4:]] == [
        ["fragments", "not standalone", "bundled", "kind acc"], ["3", "2", "1", "-"]]


@pytest.mark.parametrize(("quote", "claim", "text", "expected"), [
    ("which rose", "Which rose.", "", True),
    ("which rose", "[Burglaries] which rose.", "", True),
    ("by 40", "[Arrests rose] by 40.", "", False),
    ("it now expected a loss of £15m that analysts had pencilled in", "It [Merrow plc] now expected a loss of £15m that "
     "analysts had pencilled in.", "The firm said it now expected a loss of £15m that analysts had pencilled in. Then",
     False),
    ("Unless rents fall, more families will struggle.", "Unless rents fall, more families will struggle.",
     "Costs rose. Unless rents fall, more families will struggle. Then", False),
    ("in a results statement", "", "", True),
])
def test_claim_is_fragment(quote: str, claim: str, text: str, expected: bool) -> None:
    assert quality.claim_is_fragment(quality.Row("S", quote, None, claim), text) is expected


# Wave 18d: a number in words is a figure as digits are; a grade's table row is an item as a figure's is; a
# subordinate clause set off by a comma before a main clause is a sentence; a quote whose claim fills the gap the
# writer left inside it is judged as its claim.
@pytest.mark.parametrize("quote, expected", [
    ("three focus groups", False),  # as "3 focus groups"
    ("adequate in four", False),
    ("thirty-seven children left", False),
    ("one of them", True),  # `one` is no figure alone
    ("three firearms", True),  # two words: still too short
    ("Preventing crime | Good", False),
    ("Leadership: Requires improvement", False),
    ("Preventing crime | Tuesday", True),
    ("because we set a deadline, these are homes people will see going up", False),
    ("because we set a deadline for starting on site", True),
    ("and we set a deadline, these are homes people will see going up", True),  # `and`: no subordinate clause
    ("because of delays, costs rose", True),  # three words after the comma: no main clause of four
])
def test_fragments_wave18d(quote: str, expected: bool) -> None:
    assert quality.is_fragment(quote) is expected


@pytest.mark.parametrize(("quote", "claim", "expected"), [
    ("the windows replaced", "The windows [had been] replaced.", True),
    ("the windows replaced", "The windows replaced.", False),  # no words added
    ("rated it inadequate", "[Care Quality Commission] rated it inadequate.", False),  # before it: a subject, no gap
    ("It cut jobs", "It [Acme] cut jobs.", False),  # a pronoun's speaker, no auxiliary
    ("the windows", "The windows [had been].", False),  # filled, still a fragment
])
def test_fills_gap(quote: str, claim: str, expected: bool) -> None:
    assert quality.fills_gap(quality.Row("S", quote, None, claim)) is expected


def test_a_filled_gap_is_no_fragment_in_the_counts() -> None:
    gold = quality.Gold("t.txt", "He said the mould had been treated, the windows replaced and a fan fitted.", False, (), ())
    rows = [quality.Row("S", "the windows replaced", None, "The windows [had been] replaced."),
            quality.Row("S", "the windows", None, "The windows.")]
    score = Score()
    quality.score_rows(rows, gold, score)
    assert (score.fragments, score.claims_not_standalone) == (1, 1)


@pytest.mark.parametrize(("quote", "text", "expected"), [
    ("it had no plans to", "She said it had no plans to and that its 312 branches were busy.", False),
    ("it had no plans to", "She said it had no plans to close them.", True),  # cut from its verb
    ("it had no plans to", "She said it had no plans to and then left.", True),
])
def test_a_to_left_without_its_verb_before_and_that(quote: str, text: str, expected: bool) -> None:
    assert quality.is_fragment(quote, text) is expected


LIST_TEXT = ("Inspectors found non-compliance in seven centres, in areas including: - governance and management; "
             "- fire precautions; and - residents' rights. At Glen House the doors were fixed.")
LEAD = "[Inspectors found non-compliance in seven centres, in areas including:] "


@pytest.mark.parametrize(("quote", "text", "expected"), [
    ("fire precautions", LIST_TEXT, True),
    ("governance and management", LIST_TEXT, True),
    ("residents' rights.", LIST_TEXT, True),  # the last item keeps its full stop
    ("residents' rights", LIST_TEXT, True),
    ("fire", LIST_TEXT, False),  # a cut item: the rest of it follows
    ("precautions", LIST_TEXT, False),  # no marker before it
    ("seven centres", LIST_TEXT, False),  # inside a sentence
    ("fire precautions", "She checked fire precautions; the rest waited.", False),
    ("fire precautions", "", False),  # no text to read
    ("fire precautions", "\u2022 fire precautions\n\u2022 staffing", True),
    ("staffing", "* fire precautions * staffing", True),  # the text's end closes the item
])
def test_whole_list_item(quote: str, text: str, expected: bool) -> None:
    assert quality.is_whole_list_item(quote, text) is expected


@pytest.mark.parametrize(("quote", "claim", "expected"), [
    ("fire precautions", LEAD + "fire precautions.", True),
    ("fire precautions", "Fire precautions.", False),  # no lead-in carried
    ("fire precautions", "[Inspectors] fire precautions.", False),  # a speaker in brackets is no lead-in
    ("fire", LEAD + "fire.", False),  # not a whole item
    ("fire precautions", "[Including:] fire precautions.", False),  # a lead-in too short to read as a claim
    ("fire precautions", LEAD.replace(":]", "]") + "fire precautions.", True),  # the colon left out, as rows write it
    ("fire precautions", "[Inspectors found non-compliance in seven centres] fire precautions.", False),  # no colon
    ("fire precautions", "[Care Quality Commission and its inspectors] fire precautions.", False),  # not in the text
])
def test_carries_lead_in(quote: str, claim: str, expected: bool) -> None:
    assert quality.carries_lead_in(quality.Row("S", quote, None, claim), LIST_TEXT) is expected


def test_a_whole_item_under_its_lead_in_is_no_fragment_in_the_counts() -> None:
    gold = quality.Gold("t.txt", LIST_TEXT, False, (), ())
    rows = [quality.Row("S", "fire precautions", None, LEAD + "fire precautions."),
            quality.Row("S", "fire precautions", None, "Fire precautions.")]
    score = Score()
    quality.score_rows(rows, gold, score)
    assert (score.fragments, score.claims_not_standalone) == (1, 1)


def test_corpus_files_sort_by_number_so_p1000_follows_p999() -> None:
    names = ["p1000_a.gold.json", "p100_b.gold.json", "p999_c.gold.json", "notes.md", "p010_d.gold.json"]
    ordered = sorted((Path(n) for n in names), key=quality.corpus_order)
    assert [p.name for p in ordered] == ["notes.md", "p010_d.gold.json", "p100_b.gold.json", "p999_c.gold.json",
                                         "p1000_a.gold.json"]


def test_file_numbers_read_three_and_four_digits() -> None:
    assert [quality.file_number(Path(n)) for n in ("p007_a.txt", "p1000_b.txt", "p12_c.txt", "x1000_d.txt")] == [
        7, 1000, -1, -1]


@pytest.mark.parametrize(("extracted", "gold"), [("Mourne Walkers\u2019 Alliance", "Mourne Walkers' Alliance"),
                                                  ("the walkers\u02bc  alliance", "The Walkers' Alliance"),
                                                  ("O\u2019Neill", "O'Neill")])
def test_speakers_compare_with_typographic_apostrophes_folded(extracted: str, gold: str) -> None:
    assert quality.fold_name(extracted) == quality.fold_name(gold)


@pytest.mark.parametrize(("extracted", "gold"), [("American Airlines Inc", "American Airlines Inc."),
                                                  ("Quill Dorsey & Co.", "Quill Dorsey & Co"),
                                                  ("Harbour Ltd. ", "Harbour Ltd")])
def test_speakers_compare_without_a_closing_full_stop(extracted: str, gold: str) -> None:
    assert quality.fold_name(extracted) == quality.fold_name(gold)


# A leading article is no part of a party's name (round 36): gold written `The Attorney General's Consumer Protection
# Division` and a row's `Attorney General's Consumer Protection Division` are one party; `Theatre Royal` keeps its
# letters and a lone `The` stays a word.
@pytest.mark.parametrize(("extracted", "gold"), [("Attorney General's Office", "The Attorney General's Office"),
                                                  ("the Royal Navy", "Royal Navy"),
                                                  ("THE  Harbour Board", "Harbour Board")])
def test_speakers_compare_without_a_leading_article(extracted: str, gold: str) -> None:
    assert quality.fold_name(extracted) == quality.fold_name(gold)


def test_folding_a_name_keeps_the_words_that_begin_with_the_article_s_letters() -> None:
    assert [quality.fold_name(n) for n in ("Theatre Royal", "The", "Thelma Roe", "The Theatre Trust")] == [
        "theatre royal", "the", "thelma roe", "theatre trust"]


# `a` and `an` lead a party as `the` does (round 45): blind gold writes `a press release`, `a new report`, a row
# `press release`; only a whole first word goes, so `Anvil Trust`, `Ann Roe` and `Ava Roe` keep their letters.
@pytest.mark.parametrize(("extracted", "gold"), [("press release", "a press release"),
                                                  ("A  new report", "new report"),
                                                  ("an inquiry panel", "Inquiry Panel"),
                                                  ("the survey", "a survey")])
def test_speakers_compare_without_a_leading_indefinite_article(extracted: str, gold: str) -> None:
    assert quality.fold_name(extracted) == quality.fold_name(gold)


def test_folding_a_name_keeps_the_words_that_begin_with_a_or_an() -> None:
    assert [quality.fold_name(n) for n in ("Anvil Trust", "Ann Roe", "Ava Roe", "A", "An", "A-Level Board",
                                           "a the report")] == [
        "anvil trust", "ann roe", "ava roe", "a", "an", "a-level board", "the report"]


def test_a_row_without_the_gold_s_indefinite_article_has_the_right_speaker() -> None:
    gold = Gold("t.txt", TEXT, False, (claim("A new report", "response times were too slow", kind="document"),), ())
    assert score(table(("new report", "response times were too slow")), gold) == Score(
        texts=1, claims=1, found=1, right_speaker=1, rows=1, unmatched=0)


def test_folding_a_name_keeps_inner_full_stops() -> None:
    assert [quality.fold_name(n) for n in ("U.S. Steel", "St. Helens Council.", "Dr. Roe")] == [
        "u.s. steel", "st. helens council", "dr. roe"]


def test_folding_a_name_keeps_other_marks_apart() -> None:
    assert [quality.fold_name(n) for n in ("Walkers\u2019", "Walkers\u201d", "Walkers`")] == [
        "walkers'", "walkers\u201d", "walkers`"]


def test_explain_lists_fragment_and_not_standalone_rows() -> None:
    rows = quality.table_rows(table(("Harrowdale Police", "arrests rose by 40"), ("Harrowdale Police", "the budget"),
                                    ("Harrowdale Inspectorate", "response times were too slow")))
    assert quality.explain_text(rows, GOLD) == [
        "  missed: [Harrowdale Police] burglaries fell by 12%",
        "  fragment row: [Harrowdale Police] the budget",
        "  not standalone row: [Harrowdale Police] the budget"]


QA = "Q: What did the new roof cost?\n\nA: Nearly £60,000. The Lund Fund paid most of it."


@pytest.mark.parametrize("claim, text, expected", [
    # wave 44a: a bare answer whose claim carries its question (asked in the text) in brackets reads as a statement
    ('[Asked "What did the new roof cost?"] Nearly £60,000.', QA, False),
    ('[Asked "What did the old roof cost?"] Nearly £60,000.', QA, True),  # a question the text never asks
    ("Nearly £60,000.", QA, True),
])
def test_answer_carrying_its_question_is_no_fragment(claim: str, text: str, expected: bool) -> None:
    assert quality.is_fragment_row(quality.Row("S", "Nearly £60,000", None, claim), text) is expected
