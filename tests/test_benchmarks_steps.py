"""The step table: which pass and which resolver gave each found claim its speaker, and how often it was right."""
import json
from collections import Counter
from pathlib import Path

from benchmarks import steps
from benchmarks.quality import load_corpus
from benchmarks.steps import CARRIED, IN_CLAUSE, claim_steps, count_steps, render, resolver

TEXT = ("Harrowdale Police said burglaries fell by 12% and arrests rose by 40 over the year.\n\n"
        "\"We have hired thirty new officers,\" Chief Constable Dana Reeve said. \"Response times are now faster than "
        "ever.\"\n\nThe station on Elm Road closed in March.\n")
CLAIMS = (("Harrowdale Police", "organisation", "burglaries fell by 12%"),
          ("Harrowdale Police", "organisation", "arrests rose by 40"),
          ("Dana Reeve", "person", "hired thirty new officers"),
          ("Vale Council", "organisation", "Response times are now faster"),  # a gold that disagrees: a wrong row
          ("Vale Council", "organisation", "station on Elm Road closed"))  # narration: no row


def corpus(folder: Path) -> Path:
    """One development text with five required claims (one that no row finds)."""
    (folder / "p001_t.txt").write_text(TEXT, encoding="utf-8")
    gold = {"text": "p001_t.txt", "genre": "news report", "org_type": "police", "phenomena": [], "held_out": False,
            "not_claims": [], "claims": [{"speaker": s, "kind": k, "keys": [key], "optional": False}
                                         for s, k, key in CLAIMS]}
    (folder / "p001_t.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_the_resolver_is_the_last_specific_function_else_what_stands_for_none():
    assert [resolver(chain) for chain in (
        ["speakers/names:named", "speakers/regions:speaker_of_clause", "attribution/subjects:attribute_at"],
        ["speakers/people:pronoun", "speakers/context:add", "speakers/names:named", "speakers/titles:without_filler"],
        ["speakers/regions:_clause_speaker", "entities:classify"],
        [])] == ["speakers/names:named", "speakers/names:named", IN_CLAUSE, CARRIED]


def test_each_found_claim_gets_its_pass_its_resolver_and_its_result(tmp_path: Path):
    gold = load_corpus(corpus(tmp_path))[0]
    assert claim_steps(gold) == [
        ("attribution/subjects:attribute_at | speakers/names:named", "right"),
        ("attribution/subjects:attribute_at | speakers/names:named", "right"),
        (f"attribution/quotes:<listcomp>@{steps_line()} | speakers/names:named", "right"),
        (f"attribution/quotes:<listcomp>@{steps_line()} | {CARRIED}", "wrong")]


def steps_line() -> int:
    """The line of the comprehension in attribution/quotes that makes a quotation's rows."""
    source = (Path(steps.EXTRACTOR) / "attribution" / "quotes.py").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(source, 1)
                if "found += [Found(speaker.name, speaker.kind, cue, part) for part in parts" in line)


def test_the_table_puts_the_most_wrong_steps_first_then_the_most_found():
    table = count_steps([("a | x", "right"), ("b | y", "wrong"), ("a | x", "right"), ("c | z", "unresolved"),
                         ("b | y", "right")])
    assert table == {"a | x": Counter(right=2), "b | y": Counter(wrong=1, right=1), "c | z": Counter(unresolved=1)}
    assert render(table) == ("| step (pass \\| resolver) | right | wrong | unresolved |\n|---|---|---|---|\n"
                             "| b \\| y | 1 | 1 | 0 |\n| a \\| x | 2 | 0 | 0 |\n| c \\| z | 0 | 0 | 1 |")


def test_main_pools_the_gold_folders_it_is_given(tmp_path: Path, capsys):
    assert steps.main(["--corpus", str(corpus(tmp_path))]) == 0
    assert capsys.readouterr().out.splitlines()[2:] == [
        f"| attribution/quotes:<listcomp>@{steps_line()} \\| {CARRIED} | 0 | 1 | 0 |",
        "| attribution/subjects:attribute_at \\| speakers/names:named | 2 | 0 | 0 |",
        f"| attribution/quotes:<listcomp>@{steps_line()} \\| speakers/names:named | 1 | 0 | 0 |"]
