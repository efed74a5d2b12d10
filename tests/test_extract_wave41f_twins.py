"""Wave 41f: one reading for what two modules each read (the `duplicates` tool's twins): the holder of a post named by
its remit, after commas or closing the title's run (`speakers.remit_offices.remit_holders`, once 40e's and 40h's); a
registered name's kind moved (`Context.kind_over`); a union's numbered unit (`union_branches.NUMBERED_UNIT_RE`)."""
from claims.extract.attribution.cut_names import name_suffix, unit_owner
from claims.extract.speakers import Context
from claims.extract.speakers.remit_offices import held_posts, remit_holders
from claims.extract.union_branches import NUMBERED_UNIT_RE
from tests.extract_rows import cued_rows

COMMAS = "The Chief Inspector of Ports and Shipping, Dr Marta Quellan, visited Dunmore in May."
GLUED = "Commissioner for Standards Jo Roe said 40 cases were open."


def test_a_holder_after_commas_and_one_closing_the_run_are_one_reading() -> None:
    assert remit_holders(COMMAS, "ports and shipping") == frozenset({"Marta Quellan"})
    assert remit_holders(GLUED, "standards") == frozenset({"Jo Roe"})
    assert remit_holders(GLUED, "", "commissioner") == frozenset({"Jo Roe"})
    assert held_posts(COMMAS) == (("inspector", "the chief", "ports and shipping", "Marta Quellan"),)


def test_another_remit_or_post_holds_no_one() -> None:
    assert remit_holders(GLUED, "health") == frozenset()
    assert remit_holders(GLUED, "standards", "minister") == frozenset()
    assert remit_holders("Minister for Health and Jo Roe said so.", "", "minister") == frozenset()


def test_a_kind_moves_only_from_the_kind_it_was() -> None:
    ctx = Context(text="")
    ctx.kinds.update({"Tarn Cloud": "person", "Fen Board": "organisation"})
    assert ctx.kind_over("Tarn Cloud", "person", "organisation") == "Tarn Cloud"
    assert ctx.kind_over("Fen Board", "person", "organisation") == "Fen Board"
    assert ctx.kinds == {"Tarn Cloud": "organisation", "Fen Board": "organisation"}


def test_a_numbered_unit_is_one_reading_for_signatures_and_cut_names() -> None:
    assert [bool(NUMBERED_UNIT_RE.fullmatch(s)) for s in ("Local 212", "Lodge 9", "Branch 40", "Local", "Room 12")] \
        == [True, True, True, False, False]
    assert (name_suffix("Lodge 9"), unit_owner("Morwen Tacey", "Lodge 9"), unit_owner("Fen Pipers' Guild", "Lodge 9")) \
        == (True, False, True)


GLUED_HOLDER = ("Ferry crews were given no training, the ports and shipping watchdog said.\n\n"
                "Chief Inspector of Ports and Shipping Marta Quellan said the depots were slow.\n")


def test_a_description_is_the_holder_written_without_commas() -> None:
    assert cued_rows(GLUED_HOLDER) == [
        ("Marta Quellan", "person", "said", "Ferry crews were given no training"),
        ("Marta Quellan", "person", "said", "the depots were slow")]


def test_a_description_is_the_body_named_by_its_remit_where_there_is_one() -> None:
    text = f"The Inspectorate of Ports and Shipping visited Dunmore in May.\n\n{GLUED_HOLDER}"
    assert cued_rows(text) == [
        ("Inspectorate of Ports and Shipping", "inspectorate", "said", "Ferry crews were given no training"),
        ("Marta Quellan", "person", "said", "the depots were slow")]
