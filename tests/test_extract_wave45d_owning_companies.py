"""`Its parent company`, `their holding company`, `its sister firm` is another company than the one the text names: the
firm `its` refers back to owns it, or sits beside it, and never speaks as it; unnamed, it keeps the text's words, kind
unresolved; named beside it (`Its holding company, Orlan Group,`), it is that body (wave 45d)."""
from tests.extract_rows import rows

FINED = "Brackley Water has been fined £4m for polluting the River Senn, the regulator said.\n\n"
REGULATOR = ("the regulator", "inspectorate", "Brackley Water has been fined £4m for polluting the River Senn")


def test_its_parent_company_is_no_firm_the_text_names() -> None:
    text = FINED + "Brackley Water supplies around 900,000 homes. Its parent company reported an operating profit " \
        "of £210m last year.\n"
    assert rows(text) == [REGULATOR, ("its parent company", "unresolved",
                                      "reported an operating profit of £210m last year")]


def test_its_sister_company_after_the_company_spoke_is_no_firm_the_text_names() -> None:
    text = FINED + "The company said it regretted the spills.\n\nIts sister company said it would " \
        "review its own outfalls.\n"
    assert rows(text) == [REGULATOR, ("Brackley Water", "organisation", "it regretted the spills"),
                          ("its sister company", "unresolved", "it would review its own outfalls")]


def test_a_holding_company_named_beside_it_speaks() -> None:
    text = FINED + "Brackley Water supplies around 900,000 homes. Its holding company, Orlan Group, reported an " \
        "operating profit of £210m last year.\n"
    assert rows(text) == [REGULATOR, ("Orlan Group", "organisation", "reported an operating profit of £210m last year")]
