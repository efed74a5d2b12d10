"""Wave 39b: an ombudsman's title that ends a longer title naming a remit (`Housing Ombudsman Jo Roe`) makes its
holder no holder of the bare title (`speakers/titled_bodies.titled_names`): a later `an Ombudsman investigation` in a
quotation registers no `Ombudsman` body that is the person, so `The investigation found` and `The Ombudsman also found
that:` stay the findings of the office the text named (`The Housing Ombudsman has found`), a body. A title after `The`
or after another post word (`The Chief Ombudsman Jo Roe`, `Deputy Chief Ombudsman Al Key`) keeps its holder."""
import pytest

from claims.extract.speakers.titled_bodies import titled_names
from tests.extract_rows import cued_rows

RULING = """The Tenancy Ombudsman has found severe maladministration in Pellgate Homes' handling of a leak.

The investigation found that the tenant reported the leak 11 times.

The Ombudsman also found that:

- the landlord took 96 working days to reply.

Tenancy Ombudsman Marta Quill said:

"The family waited far too long. No one should need an Ombudsman investigation to get a roof fixed."
"""


def test_remit_titled_holder_leaves_the_findings_to_the_office() -> None:
    """The findings before the holder speaks are the office's, the quotation the holder's."""
    assert cued_rows(RULING) == [
        ("Tenancy Ombudsman", "inspectorate", "found",
         "has found severe maladministration in Pellgate Homes' handling of a leak"),  # 42e: with its auxiliary
        ("Tenancy Ombudsman", "inspectorate", "found that", "the tenant reported the leak 11 times"),
        ("Tenancy Ombudsman", "inspectorate", "found that", "the landlord took 96 working days to reply"),
        ("Marta Quill", "person", "said", "The family waited far too long."),
        ("Marta Quill", "person", "said",
         "No one should need an Ombudsman investigation to get a roof fixed."),
    ]


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Tenancy Ombudsman Marta Quill said so.", "ombudsman", frozenset()),
    ("The Chief Ombudsman Marta Quill said so.", "ombudsman", frozenset({"Marta Quill"})),
    ("Deputy Chief Ombudsman Marta Quill said so.", "ombudsman", frozenset({"Marta Quill"})),
    ("In March Ombudsman Marta Quill said so.", "ombudsman", frozenset({"Marta Quill"})),
    ("Tenancy Ombudsman Marta Quill said so.", "tenancy ombudsman", frozenset({"Marta Quill"})),
])
def test_titled_names_skip_a_longer_titles_end(text: str, title: str, expected: frozenset[str]) -> None:
    """A bare title found at the end of a remit's title names no holder of it; the whole title still does."""
    assert titled_names(text, title) == expected
