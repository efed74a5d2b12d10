"""Wave 41c: a wire's credit is no party, and `police said` means a police body only.

A news agency's credit in a dateline (`Ravelpur, Aug 12 (KNS):`) or opening a byline line of fields (`KNS |
Ravelpur | Updated: ...`) was read as a body, the one body a later `police said` or a survey's `showed` fell back on.
And `police said` (the force's officers) was given to the only body the text named before, a municipal corporation
or a company: a force is a body whose name says police, constabulary, garda or force; else the words stay unresolved.
"""
from claims.extract.speakers.body_traits import may_be_called
from claims.extract.wire_credits import is_wire_credit
from extract_rows import cued_rows

BYLINE = """Two hurt in warehouse blaze; site had no fire permit, say officials

KNS | Ravelpur (Uttar Pradesh) | Updated: 4-03-2026 21:40 IST

The fire started in the loading bay at around 3 pm, when about 40 staff were inside, police said.
"""

DATELINE = """Ravelpur, Aug 12 (KNS): The number of returnees has risen to 9 lakh, the Institute of Return Studies said.

Most of them had come back from Oman, the institute said.
"""

CORPORATION = """The Ravelpur Municipal Corporation said the building had no permit.

A case had been registered against the owner, police said.
"""

FORCE = """Harrowdale Police said 14 people had been arrested.

Two more were held overnight, police said.
"""

CONSTABULARY = """The Tarnside Constabulary said a van had been seized.

The driver was later released on bail, the force said.
"""


def test_byline_credit_is_no_fallback_for_police():
    assert cued_rows(BYLINE) == [
        ("police", "unresolved", "said",
         "The fire started in the loading bay at around 3 pm, when about 40 staff were inside"),
    ]


def test_dateline_credit_leaves_the_named_body():
    assert [row[0] for row in cued_rows(DATELINE)] == ["Institute of Return Studies", "Institute of Return Studies"]


def test_police_never_mean_a_corporation():
    assert cued_rows(CORPORATION) == [
        ("Ravelpur Municipal Corporation", "organisation", "said", "the building had no permit"),
        ("police", "unresolved", "said", "A case had been registered against the owner"),
    ]


def test_police_and_the_force_still_mean_a_named_force():
    assert [row[0] for row in cued_rows(FORCE)] == ["Harrowdale Police", "Harrowdale Police"]
    assert [row[0] for row in cued_rows(CONSTABULARY)] == ["Tarnside Constabulary", "Tarnside Constabulary"]


def test_wire_credit_needs_a_date_or_a_byline_line():
    text = "Ravelpur, Aug 12 (KNS): Rain fell.\nKNS | Ravelpur | Updated: today\nthe Kerala News Service (KNS): a wire"
    at = text.find("KNS")
    assert is_wire_credit(text, at, at + 3)
    line = text.find("\nKNS") + 1
    assert is_wire_credit(text, line, line + 3)
    late = text.rfind("KNS")
    assert not is_wire_credit(text, late, late + 3)
    assert not is_wire_credit("WSA | News | 4 May\n", 0, 3)


def test_force_reference_needs_a_police_name():
    assert not may_be_called("Ravelpur Municipal Corporation", "force")
    assert may_be_called("An Garda Síochána", "force")
    assert may_be_called("Police Service of Northern Ireland", "force")
    assert may_be_called("Ravelpur Municipal Corporation", "corporation")
