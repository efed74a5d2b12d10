"""Wave 41c: a judge's style of address as a subject (`Her Honour found`, `His Honour said`) is the judge, as `she`
or `he` would be: `Honour` was read as a body's name and took the judgment's findings.
"""
from extract_rows import cued_rows


def test_her_honour_is_the_judge():
    text = ("In the Federal Circuit Court, Judge Mara Lindqvist ordered the owner to pay $40,000.\n\n"
            "Her Honour found that the owner had kept the workers' passports.\n")
    assert cued_rows(text) == [
        ("Mara Lindqvist", "person", "found that", "the owner had kept the workers' passports"),
    ]


def test_his_honour_is_the_judge():
    text = "Justice Tom Varga ordered the owner to pay $40,000.\n\nHis Honour said the owner had kept the passports.\n"
    assert cued_rows(text) == [("Tom Varga", "person", "said", "the owner had kept the passports")]


def test_a_body_named_honour_is_unchanged():
    assert cued_rows("The Honour Foundation said 40 veterans were housed.\n") == [
        ("Honour Foundation", "organisation", "said", "40 veterans were housed"),
    ]
