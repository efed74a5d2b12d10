"""Organisations on surfaces the corpus did not use (wave 8d): short references tied to a body's own head word, bodies
named only by letters, brands with no head noun, and names of rules or programmes that never speak. Each case is a
short text written for this test in new words, and the whole table it must give as (speaker, speaker_kind, quote)
rows, in text order."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Garnock Staff Alliance has balloted its members.\n\nThe alliance said pay had fallen by 12% since 2015.\n",
     [("Garnock Staff Alliance", "organisation", "pay had fallen by 12% since 2015")]),
    ("The Brimley Health Partnership runs four hospitals. The partnership said waits had fallen to 14 weeks.\n",
     [("Brimley Health Partnership", "organisation", "waits had fallen to 14 weeks")]),
    ("The Borough of Tallis approved the plan. The borough said 300 homes would be built.\n",
     [("Borough of Tallis", "organisation", "300 homes would be built")]),
    ("The Ostley Collective opened a shop. The collective said sales rose 8%.\n",
     [("Ostley Collective", "organisation", "sales rose 8%")]),
    ("The Garnock Staff Alliance has balloted members. The Tarves Staff Alliance will ballot in May.\n\n"
     "The alliance said pay had fallen by 12% since 2015.\n",
     [("the alliance", "unresolved", "pay had fallen by 12% since 2015")]),
    ("Hollin Borough Council approved the plan on Monday. Tarrow Borough Council objected to it.\n\n"
     "The council said 300 homes would be built.\n",
     [("the council", "unresolved", "300 homes would be built")]),
    ("The Garnock Staff Alliance and the Tarves Staff Alliance have balloted members.\n\n"
     "The alliance said pay had fallen by 12% since 2015.\n",
     [("the alliance", "unresolved", "pay had fallen by 12% since 2015")]),
], ids=["alliance-one", "partnership-one", "head-before-of", "collective-one", "two-alliances-in-two-sentences",
        "two-councils-none-spoke", "two-alliances-joined-by-and"])
def test_a_short_reference_is_the_one_body_with_that_head(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A body is called by its own head noun (`X Staff Alliance` is `the alliance`, `Borough of X` is `the borough`):
    when one body the text names has that head, the reference is that body; when two different bodies have it,
    nobody can tell which, so the claim stays unresolved with the text's own words. Other writers: `the two county
    councils ... the council said`, `a partnership` among two partnerships, a reference before either is named."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarrow Borough Council objected to the plan.\n\nHollin Borough Council said 300 homes would be built. "
     "The council said 40 would be affordable.\n",
     [("Hollin Borough Council", "organisation", "300 homes would be built"),
      ("Hollin Borough Council", "organisation", "40 would be affordable")]),
    ("Pellow Bank lifts outlook\n\nCarrick Bank said profit doubled to €1bn.\n\nThe bank said lending rose 16%.\n",
     [("Carrick Bank", "organisation", "profit doubled to €1bn"), ("Carrick Bank", "organisation", "lending rose 16%")]),
    ("Hollin Borough Council said 300 homes would be built. Tarrow Borough Council objected.\n\n"
     "The council said 40 would be affordable.\n",
     [("Hollin Borough Council", "organisation", "300 homes would be built"),
      ("the council", "unresolved", "40 would be affordable")]),
], ids=["the-one-that-just-spoke", "a-rival-only-in-the-headline", "a-rival-named-after-it-spoke"])
def test_a_short_reference_continues_the_body_that_just_spoke(text: str, expected: list[tuple[str, str, str]]) -> None:
    """When two bodies share a head, `the council` in the paragraph after one of them spoke, with no other body named
    since, continues that speaker; once the rival is named after it spoke, nobody can tell. Other writers: `The
    bank added`, `the trust went on to say`, a rival named only in a headline."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Grants for 60 towns, XKF Minister announces\n\nSixty towns will share £240 million, the XKF announced today.\n\n"
     "XKF Minister Hugh Tremayne MP said: \"This money puts decisions in local hands.\"\n\n"
     "The Minister continued: \"We chose the towns using a clear formula.\"\n",
     [("XKF", "organisation", "Sixty towns will share £240 million"),
      ("Hugh Tremayne", "person", "This money puts decisions in local hands."),
      ("Hugh Tremayne", "person", "We chose the towns using a clear formula.")]),
    ("BQR Chair Ottilie Ferrand said that 14 depots would close. The chair said that 200 drivers would move.\n",
     [("Ottilie Ferrand", "person", "14 depots would close"), ("Ottilie Ferrand", "person", "200 drivers would move")]),
    ("QHP said waits had fallen to 14 weeks. The QHP said that 40 groups got grants.\n",
     [("QHP", "organisation", "waits had fallen to 14 weeks"), ("QHP", "organisation", "40 groups got grants")]),
    ("The Garnock Staff Alliance (GSA) has balloted members.\n\nThe GSA said pay had fallen by 12% since 2015.\n",
     [("Garnock Staff Alliance", "organisation", "pay had fallen by 12% since 2015")]),
], ids=["letters-then-a-post-in-a-headline", "letters-then-chair", "letters-alone-are-a-body",
        "letters-defined-in-brackets"])
def test_a_body_named_by_letters(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A body may be named only by its capital letters (`QHP said`, `the QHP`), or by letters defined in brackets
    after its full name; letters before a post (`XKF Minister Hugh Roe`) make the post's holder, and `XKF Minister`
    alone, in a headline, is a post and never a body. Other writers: `BQR Chair`, `the ZRT's chief executive`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The \"Fair Rent Pledge\" says that rents will rise by no more than 3%.\n",
     [("The \"Fair Rent Pledge\"", "unresolved", "rents will rise by no more than 3%")]),
    ("The Achieving Excellence programme found that 40 schools had improved.\n",
     [("The Achieving Excellence programme", "unresolved", "40 schools had improved")]),
    ("The Warm Homes Scheme said that 1,200 boilers had been replaced.\n",
     [("The Warm Homes Scheme", "unresolved", "1,200 boilers had been replaced")]),
    ("The complaint, brought under the Tenant Fairness Act, says Holm Lettings kept 300 deposits.\n",
     [("the complaint", "unresolved", "Holm Lettings kept 300 deposits")]),
    ("The Marlow Trust said that 80 walks had been cleared.\n",
     [("Marlow Trust", "organisation", "80 walks had been cleared")]),
], ids=["quoted-capitalised-phrase", "a-programme", "a-scheme", "a-rule-inside-the-subject-is-not-it",
        "a-trust-still-speaks"])
def test_a_named_rule_or_scheme_never_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A capitalised phrase in quotation marks, or a name that ends with a word for a rule, a principle, a programme
    or a scheme, names a thing that is run, never who speaks: the claim stays unresolved with the text's words. Other
    writers: `the "Good Neighbour" principles state`, `the Clean Air Strategy says`, `the Better Start initiative
    found`. A body whose name ends with a word that can speak (`Trust`, `Fund`, `Campaign`) still speaks."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("(Tidewire News) - Dromsk on Friday reported a 9% rise in profit to £2.1bn.\n\n"
     "A Dromsk spokeswoman said 20 branches would close.\n",
     [("Dromsk", "organisation", "reported a 9% rise in profit to £2.1bn"), ("Dromsk", "organisation", "20 branches would close")]),
    ("HALDEN (KPRX) - Pupils made gains in maths.\n\nData from the state shows 41.3% of pupils passed.\n",
     [("data", "document", "41.3% of pupils passed")]),
    ("Northline Press Agency\n\nTALLOW, Ore. (NPA) - Quenby asked regulators to raise rates by 14%.\n\n"
     "The company said it had spent $240 million on poles.\n",
     [("the company", "unresolved", "it had spent $240 million on poles")]),
    ("Ulverby late on Monday said that 300 jobs would go.\n",
     [("Ulverby", "organisation", "300 jobs would go")]),
], ids=["a-wire-in-brackets-then-a-brand", "an-outlet-in-a-dateline-never-owns-data",
        "the-wire-spelled-out-above-is-no-company", "a-brand-then-a-day"])
def test_a_wire_never_speaks_and_a_brand_still_does(text: str, expected: list[tuple[str, str, str]]) -> None:
    """The wire or outlet in a dateline's brackets (`LONDON (Acme Wire) -`, `(Acme News) -`), and its name spelled out
    in the masthead, filed the text and never speak in it, nor are `the company`; the brand that opens the sentence
    after the brackets, even with a day between it and its verb (`X on Friday reported`), speaks. Other writers:
    `PARIS (AFP) -` style credits, `X late on Monday said`, `X early on Tuesday announced`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sorrel Health said its systems went offline.\n\n"
     "An outside forensic firm has since confirmed that the incident was a ransomware attack.\n",
     [("Sorrel Health", "organisation", "its systems went offline"),
      ("an outside forensic firm", "unresolved", "confirmed that the incident was a ransomware attack")]),
    ("Kestle Telecom said it had paid a £2m fine.\n\n\"We have refunded 4,000 customers,\" a company spokesman said "
     "in a statement.\n",
     [("Kestle Telecom", "organisation", "it had paid a £2m fine"),
      ("Kestle Telecom", "organisation", "We have refunded 4,000 customers")]),
    ("WKQA 9 | Health\n\nUpdated: 4 March 2026, 6:02 PM EST\n\nOLDHAM, Ky. (WKQA) - Brenn Medical will shut its ward, "
     "the hospital's owner company confirmed Thursday.\n",
     [("the hospital's owner company", "unresolved", "Brenn Medical will shut its ward")]),
], ids=["an-outside-firm-is-a-new-party", "a-company-spokesman-is-the-company's", "a-time-zone-and-a-station-are-no-firm"])
def test_a_new_party_a_time_or_an_outlet_is_not_the_company(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`the company` means the one company the text is about, but `an outside law firm` is a new party, a time zone
    after a clock time (`6:02 PM EST`) is a time, and the station in the masthead and the dateline's brackets filed
    the text: none is the company. Other writers: `an independent auditing firm`, `10:15 GMT`, `(WXYZ) -`."""
    assert rows(text) == expected
