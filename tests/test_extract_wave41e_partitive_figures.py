"""Wave 41e: a person's claim of a count goes on in the next sentence of the paragraph when that sentence opens on a
part of the count (`Of those, 58 had waited more than two years.`, `Of them, 1,988 were on remand.`): the same person's
figure, as a body's figures go on. What must not change: a person's claim followed by another cue-less sentence of
figures that does not point back (`The county has 12 courts.`), which stays the writer's narration."""
from extract_rows import cued_rows

OF_THOSE = ("Commissioner Ada Pell said 143 children were waiting for a placement at the end of March. "
            "Of those, 58 had been waiting more than two years.")
OF_THEM = ("The Tarn prison held 2,396 inmates on Friday, governor Ravi Kell said. Of them, 1,988, or 83%, were on "
           "remand.")
NARRATION = ("Commissioner Ada Pell said 143 children were waiting for a placement at the end of March. "
             "The county has 12 family courts.")


def test_a_part_of_the_persons_count_is_hers() -> None:
    """`Of those, 58 ...` after her claim of 143: hers."""
    assert [(row[0], row[3]) for row in cued_rows(OF_THOSE)] == [
        ("Ada Pell", "143 children were waiting for a placement at the end of March"),
        ("Ada Pell", "Of those, 58 had been waiting more than two years")]


def test_a_part_after_a_closing_cue_is_the_persons() -> None:
    """`..., governor Ravi Kell said. Of them, 1,988 ...`: his."""
    assert [row[0] for row in cued_rows(OF_THEM)] == ["Ravi Kell", "Ravi Kell"]


def test_figures_that_do_not_point_back_stay_narration() -> None:
    """`The county has 12 family courts.` after her claim: nobody's."""
    assert [row[3] for row in cued_rows(NARRATION)] == ["143 children were waiting for a placement at the end of March"]
