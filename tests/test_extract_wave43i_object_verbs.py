"""Wave 43i: a reporting verb that takes an object, with no quotation marks. `X described A as B` claims that A is B
(the verb kept, `described the delay as serious`), and a second cue of the same subject (`and said C`) still gives C
its row; `X condemned A for B` and `X condemned the closure of 12 clinics` keep the verb as `criticised` does;
`X accused A of B and said C` gives both rows; `X threatened to B` is a stated intention kept with its verb, like
`pledged to`; a group named by a plural common noun (`The nurses`) may accuse. Negatives: a document describing (`The
report described the site as ...`) is the document rules' business, a passive (`was described as`, `was condemned
for`, `was accused of`) names no accuser, a description of oneself, a condemnation of a bare object of a few words
(`condemned the vandalism`) and `threatened` with a bare object give no row."""
from tests.extract_rows import cued_rows


def test_described_as_without_quotation() -> None:
    text = "The Ravel Energy Board described the outage as avoidable."
    assert cued_rows(text) == [
        ("Ravel Energy Board", "organisation", "described", "described the outage as avoidable")]


def test_described_as_then_said() -> None:
    text = "Ines Calloway described the backlog as severe and said it had cost the port two contracts."
    assert cued_rows(text) == [
        ("Ines Calloway", "person", "described", "described the backlog as severe"),
        ("Ines Calloway", "person", "said", "it had cost the port two contracts")]


def test_body_described_as_then_said() -> None:
    text = "The Ravel Energy Board described the outage as serious and said it had fined the operator £2m."
    assert cued_rows(text) == [
        ("Ravel Energy Board", "organisation", "described", "described the outage as serious"),
        ("Ravel Energy Board", "organisation", "said", "it had fined the operator £2m")]


def test_described_as_a_figure() -> None:
    text = "Mayor Otto Brenner earlier described the fare rise as less than a third of the regional average."
    assert cued_rows(text) == [
        ("Otto Brenner", "person", "described",
         "described the fare rise as less than a third of the regional average")]


def test_condemned_for() -> None:
    text = "Councillor Wren Adeyemi has condemned the Pellmouth Council for shutting three day centres since May."
    assert cued_rows(text) == [
        ("Wren Adeyemi", "person", "condemned",
         "has condemned the Pellmouth Council for shutting three day centres since May")]


def test_condemned_a_fact_in_the_object() -> None:
    text = "The Oldmoor Nurses Union has condemned the closure of 12 clinics in the Corrin valley since January."
    assert cued_rows(text) == [
        ("Oldmoor Nurses Union", "organisation", "condemned",
         "has condemned the closure of 12 clinics in the Corrin valley since January")]


def test_group_accuses() -> None:
    text = "The nurses accused the Corrin board of delaying the pay award for a second year."
    assert cued_rows(text) == [
        ("The nurses", "unresolved", "accused", "the Corrin board of delaying the pay award for a second year")]


def test_threatened_to() -> None:
    text = "Tollgate Water has threatened to cut supply to the Maybrook estate by 25% over unpaid bills."
    assert cued_rows(text) == [
        ("Tollgate Water", "organisation", "threatened to",
         "has threatened to cut supply to the Maybrook estate by 25% over unpaid bills")]


def test_accused_still_read() -> None:
    text = "The Fenby Tenants Union has accused the Orrin Housing Trust of hiding the repair figures."
    assert cued_rows(text) == [
        ("Fenby Tenants Union", "organisation", "accused", "the Orrin Housing Trust of hiding the repair figures")]


def test_quoted_characterisation_unchanged() -> None:
    text = "The Ravel Energy Board described the outage as \"wholly avoidable\"."
    assert cued_rows(text) == [
        ("Ravel Energy Board", "organisation", "described", "the outage as \"wholly avoidable\"")]


def test_negatives_give_no_row() -> None:
    for text in ["The inspection report described the yard as cluttered.",
                 "The depot was described as cluttered by visitors.",
                 "The Pellmouth Council was condemned for shutting three day centres.",
                 "The Pellmouth Council was accused of shutting three day centres.",
                 "Councillor Wren Adeyemi condemned the vandalism.",
                 "Tollgate Water threatened the estate with legal action.",
                 "Ines Calloway described herself as a keen sailor."]:
        assert cued_rows(text) == [], text


def test_account_with_how_unchanged() -> None:
    text = "Ines Calloway described how the backlog had fallen from 90 ships to 12."
    assert cued_rows(text) == [
        ("Ines Calloway", "person", "described how", "the backlog had fallen from 90 ships to 12")]


def test_accused_then_said() -> None:
    text = "The Fenby Tenants Union accused the trust of hiding the repair figures and said rents had risen by 9%."
    assert cued_rows(text) == [
        ("Fenby Tenants Union", "organisation", "accused", "the trust of hiding the repair figures"),
        ("Fenby Tenants Union", "organisation", "said", "rents had risen by 9%")]


def test_investigation_accused_then_said() -> None:
    text = ("An investigation by the Harbour Standards Office accused the company of \"a casual approach to its own "
            "safety checks\", and said Pelton had been warned about a similar fault in 2024.")
    assert cued_rows(text) == [
        ("Harbour Standards Office", "inspectorate", "accused",
         "the company of \"a casual approach to its own safety checks\""),
        ("Harbour Standards Office", "inspectorate", "said", "Pelton had been warned about a similar fault in 2024")]
