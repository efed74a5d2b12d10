"""A relative clause whose own subject is a bare plural of people (wave 51e): `a driver who paramedics said had
suffered a heart attack`, `a levy which councillors say has cost ...`: the group speaks, not the person or thing the
pronoun points back to, with or without a comma before the pronoun; its claim ends where the relative clause ends
(a main clause with no figure but its year stays narration, as for a named source)."""
import pytest

from claims.extract.relatives import GROUP_SOURCES, relative_subject_start
from extract_rows import rows


def test_group_sources_hold_the_reporting_groups() -> None:
    assert {"police", "officials", "investigators", "witnesses", "councillors", "auditors"} <= GROUP_SOURCES
    assert not {"he", "which", "perhaps", "the"} & GROUP_SOURCES


@pytest.mark.parametrize(("text", "subject"), [
    ("a barn which fire investigators said", "fire investigators"),
    ("the levy, which councillors say", "councillors"),
    ("a nurse who witnesses said", "witnesses"),
    ("a nurse who said", None),
    ("a nurse who then said", None),
])
def test_a_bare_group_is_a_relative_clauses_own_subject(text: str, subject: str | None) -> None:
    cue = text.rindex(" sa") + 1
    assert relative_subject_start(text, 0, cue) == (text.index(subject) if subject else None)


GROUP_RELATIVES = (
    "Ottery Bank House, which auditors said needed £2.1m of repairs, has been sold.\n\n"
    "A delivery driver who paramedics said had suffered a heart attack was treated at the roadside.\n\n"
    "Tarn Valley moved its buses to hydrogen in 2025, which officials say has cut running costs by a third.\n")


def test_the_group_speaks_for_the_relative_clause() -> None:
    assert rows(GROUP_RELATIVES) == [
        ("auditors", "inspectorate", "needed £2.1m of repairs"),
        ("paramedics", "unresolved", "had suffered a heart attack"),
        ("officials", "unresolved", "has cut running costs by a third")]


# A bare plural group before `, who` with a verb of speech (attribution/relative_antecedents._group_phrase): the group
# speaks after a clause of narration; a named person there is read as before, and a verb of no speech gives nothing.
GROUP_ANTECEDENTS = (
    "The bypass route has drawn objections from local farmers, who say the road would cut 14 holdings in two.\n\n"
    "The closure was opposed by Mara Velton, who said the branch had 3,000 customers.\n\n"
    "The museum's new wing was opened by volunteers, who built the display cases in 2024.\n")


def test_a_group_before_who_speaks() -> None:
    assert rows(GROUP_ANTECEDENTS) == [
        ("local farmers", "unresolved", "the road would cut 14 holdings in two"),
        ("Mara Velton", "person", "the branch had 3,000 customers")]


# A bare group's relative clause inside another party's claim (attribution/relative_sources): the group speaks for the
# clause, which ends before the main clause's verb; a numbered name (`Route 9`) is the thing the clause is about.
GROUP_INSIDE_CLAIM = (
    "Pier 4, which fishermen say floods at every spring tide, will be rebuilt next year, the Kessock Harbour Trust "
    "said.\n")


def test_a_group_inside_another_partys_claim() -> None:
    assert rows(GROUP_INSIDE_CLAIM) == [
        ("fishermen", "unresolved", "Pier 4, which fishermen say floods at every spring tide"),
        ("Kessock Harbour Trust", "organisation",
         "Pier 4, which fishermen say floods at every spring tide, will be rebuilt next year")]
