"""Organisation speakers on surfaces the development texts did not use (wave 9a): a named person speaking through a
body's voice role, a body's name written in capitals with a possessive inside it, and a body quoted inside another
body's list. Each case is a short text written for this test in new words, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Priya Nair MP, the Rivers Party's housing spokesperson, said:\n\n\"Rents rose by 9% in a single year.\"\n",
     [("Priya Nair", "person", "Rents rose by 9% in a single year.")]),
    ("Tom Ashby, the Dunmore Rail spokesman, said 40 trains were cancelled.\n",
     [("Tom Ashby", "person", "40 trains were cancelled")]),
    ("Helga Brandt, Kestrel Bank's spokeswoman, told reporters that profits fell 4%.\n",
     [("Helga Brandt", "person", "profits fell 4%")]),
    ("The Rivers Party's housing spokesperson said rents rose by 9% in a single year.\n",
     [("Rivers Party", "organisation", "rents rose by 9% in a single year")]),
], ids=["name-mp-party-spokesperson-colon", "name-body-spokesman", "name-possessive-spokeswoman-told",
        "no-name-the-party-speaks"])
def test_a_named_person_in_a_voice_role_speaks_as_the_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A voice role (spokesperson, spokesman) makes the body speak when nobody is named (`the party's spokesperson
    said`); but when the role stands in apposition after a person's name (`Jo Roe, the party's spokesperson, said`),
    the named person speaks, as with any other post. Other writers: `Jo Roe MP, Acme's spokesman`, `Jo Roe, the Acme
    spokeswoman, told`, and the bare role with no name, where the body must still speak."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("RIVERSIDE CHILDREN'S FUND (RCF)\nBriefing No. 3\n\nHighlights\n- 2,300 pupils have lost their school.\n",
     [("Riverside Children's Fund", "organisation", "2,300 pupils have lost their school")]),
    ("SAINT JUDE'S HOSPICE TRUST (SJHT)\n\nThe trust said 410 families were helped in 2025.\n",
     [("Saint Jude's Hospice Trust", "organisation", "410 families were helped in 2025")]),
], ids=["capitals-apostrophe-fund-lead-in", "capitals-apostrophe-trust-reference"])
def test_a_name_in_capitals_keeps_its_possessive_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A body's name written in capitals on a header line may hold a possessive (`CHILDREN'S`, `FARMERS'`) before its
    acronym in brackets; the acronym is the whole name's, never the words after the apostrophe (`S FUND`). Other
    writers: a plural possessive (`FARMERS'`), a saint's name (`SAINT JUDE'S`), a reference to it later."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Aid Trust said on Monday:\n\n- The Ministry of Water reports 310 wells have failed, with repairs now under way "
     "in six districts.\n- Harbour Aid has reached 12,000 people.\n",
     [("Ministry of Water", "organisation", "310 wells have failed"),
      ("Ministry of Water", "organisation", "repairs now under way in six districts"),
      ("Harbour Aid Trust", "organisation", "Harbour Aid has reached 12,000 people")]),
    ("Tallow Relief Trust said:\n\n- Admissions fell to 88 a day, according to the Ministry of Health.\n"
     "- Tallow Relief delivered 40 tonnes of food.\n",
     [("Ministry of Health", "organisation", "Admissions fell to 88 a day"),
      ("Tallow Relief Trust", "organisation", "Tallow Relief delivered 40 tonnes of food")]),
    ("Harbour Aid Trust said on Monday:\n\n- The district health office has opened 3 clinics.\n"
     "- Harbour Aid has reached 12,000 people.\n",
     [("Harbour Aid Trust", "organisation", "The district health office has opened 3 clinics"),
      ("Harbour Aid Trust", "organisation", "Harbour Aid has reached 12,000 people")]),
], ids=["item-opens-with-reporting-body", "item-ends-according-to-body", "item-body-does-not-report"])
def test_a_body_that_reports_inside_a_list_item_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A list under one body's lead-in may carry another body's figures, each item naming its own source: as the
    subject of a reporting verb (`- The Ministry reports ...`) or at the end (`..., according to the ministry`). That
    body speaks for the whole item; an item whose body only acts (`- The office has opened 3 clinics`) stays the
    lead-in's. Other writers: `- X says`, `- X estimates`, a source named by a reference the text resolves."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("One in four renters skip meals, according to a poll by Brightline Polling for the Tenant Voice Trust.\n",
     [("Brightline Polling", "organisation", "One in four renters skip meals")]),
    ("A survey by Orrin Insight for the Marlow Food Foundation found that 30% of parents cut portions.\n",
     [("Orrin Insight", "organisation", "30% of parents cut portions")]),
    ("The Minister for the Cabinet Office said 40 staff moved.\n",
     [("Minister for the Cabinet Office", "organisation", "40 staff moved")]),
    ("The Society for the Care of Horses said 212 ponies were rescued.\n",
     [("Society for the Care of Horses", "organisation", "212 ponies were rescued")]),
], ids=["poll-by-a-for-the-b", "survey-found-that", "post-for-the-office-stays", "for-the-cause-stays"])
def test_a_body_working_for_another_is_the_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`A for the B`, where B is a body of its own (its last word a body's head), names the body that did the work
    (a pollster) and the body it was done for: the work, and its figures, are A's. A name whose `for the` leads to a
    cause (`Society for the Care of Horses`) or follows a post (`Minister for the Cabinet Office`) stays one name.
    Other writers: `a survey by A for the B found`, `research carried out by A for the B`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dunhill Homes owns the block. The Oakway Residents' Association said 30 flats had mould.\n\n"
     "However, Dunhill's annual report shows it received 1,480 reports of damp.\n",
     [("Oakway Residents' Association", "organisation", "30 flats had mould"),
      ("Dunhill Homes", "organisation", "it received 1,480 reports of damp")]),
    ("Carrow Rail cut 40 services. Tarn Buses added 12. Commuters complained.\n\n"
     "Carrow's latest figures show punctuality fell to 81%.\n",
     [("Carrow Rail", "organisation", "punctuality fell to 81%")]),
    ("Carrow Rail cut 40 services. Carrow Ferries added 12. The Tarn Users Group said fares rose 4%.\n\n"
     "Carrow's latest figures show punctuality fell to 81%.\n",
     [("Tarn Users Group", "organisation", "fares rose 4%"),
      ("Carrow's", "unresolved", "punctuality fell to 81%")]),
], ids=["possessive-short-name-after-other-speaker", "possessive-short-name-figures", "two-bodies-share-the-word"])
def test_a_possessive_short_name_owns_the_document(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A text shortens a body's name to its first word in a possessive (`Dunhill's annual report shows` after
    `Dunhill Homes`): the document is that body's, not the last speaker's. When two bodies named before open with
    that word, the short name names neither. Other writers: `Carrow's figures show`, `Acme's accounts reveal`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Figures from the Tarn Chamber of Commerce show 41% of firms expect to cut staff.\n",
     [("Tarn Chamber of Commerce", "organisation", "41% of firms expect to cut staff")]),
    ("The Ludlow Chamber of Trade said footfall fell 6% in March.\n",
     [("Ludlow Chamber of Trade", "organisation", "footfall fell 6% in March")]),
    ("Grace Obi of Penfold Brokers said rents rose 3%.\n",
     [("Grace Obi", "person", "rents rose 3%")]),
], ids=["chamber-of-commerce-document", "chamber-of-trade-said", "person-of-a-firm-stays"])
def test_a_chamber_is_a_body_not_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`X Chamber of Commerce` is a body whose head (`Chamber`) comes before `of` and one common word; it is never a
    person `X Chamber` of a firm called `Commerce`. A person of a firm (`Grace Obi of Penfold Brokers`) stays the
    person. Other writers: `Chamber of Trade`, `the chamber's survey shows`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("British phone maker Corvane unveiled a phone on Tuesday that it says owners can repair.\n\n"
     "The Corvane Edge 3 will cost £299, the company said.\n",
     [("Corvane", "organisation", "owners can repair"),
      ("Corvane", "organisation", "The Corvane Edge 3 will cost £299")]),
    ("Corvane, the phone maker, said 40% of parts are recycled.\n",
     [("Corvane", "organisation", "40% of parts are recycled")]),
    ("Toy maker Brindle said on Monday that sales rose 8%.\n",
     [("Brindle", "organisation", "sales rose 8%")]),
], ids=["trade-maker-before-brand-then-product", "brand-then-the-maker", "toy-maker-said-that"])
def test_a_maker_of_something_is_a_company(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A text names a company without a head noun by what it makes (`phone maker X`, `X, the toy maker,`): `maker`
    is a company's common noun like `retailer`, so the brand is a body, its product (`The X Edge 3`) is no speaker,
    and `the company` after it is the brand. Other writers: `the toy maker said`, `X, the phone maker, said`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Speaking against the plans, Jenny Marlow of the Keep Hollin Green group told councillors the site flooded.\n\n"
     "After the vote, the group said it had raised £14,000.\n",
     [("Jenny Marlow", "person", "the site flooded"),
      ("Keep Hollin Green", "organisation", "it had raised £14,000")]),
    ("Objectors from the Say No To Tallis group spoke first.\n\nThe group said 3,000 people had signed.\n",
     [("Say No To Tallis", "organisation", "3,000 people had signed")]),
    ("Members of the Keep Hollin Green group and the Save Elm Park Now group met on Monday.\n\n"
     "The group said it had raised £14,000.\n",
     [("the group", "unresolved", "it had raised £14,000")]),
    ("Officers from the West Midlands force visited.\n\nThe charity said 40 families were helped.\n",
     [("the charity", "unresolved", "40 families were helped")]),
], ids=["the-name-group-then-the-group", "objectors-from-the-name-group", "two-named-groups", "place-not-name"])
def test_a_name_before_a_body_noun_is_that_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A campaign without a head noun is named between `the` and a common noun for a body (`the Keep Hollin Green
    group`, `the Say No To Tallis group`); `the group` later is that body. Two names so given leave `the group`
    unresolved; a place before a noun (`the West Midlands force`) names no body. Other writers: `the Stop the Mast
    Now campaign`, `residents in the Friends of Hale Park group`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gareth Olsen, Senior Crown Prosecutor in the Fraud Unit, said 40 people lost money.\n",
     [("Gareth Olsen", "person", "40 people lost money")]),
    ("Prosecutor Ann Hale told the court that 40 people lost money.\n",
     [("Ann Hale", "person", "40 people lost money")]),
], ids=["name-then-prosecutor-in-a-unit", "prosecutor-before-name"])
def test_a_prosecutor_is_a_post_not_a_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`Prosecutor` is a person's post like `officer` or `coroner`: `Jo Roe, Senior Crown Prosecutor in the X Unit,
    said` is Jo Roe speaking, never the unit named in her post. Other writers: `Prosecutor Jo Roe told the court`,
    `the district prosecutor, Jo Roe, said`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The driver, a 52-year-old from Hollin Bay who asked not to be named, said the road was icy.\n",
     [("The driver", "unresolved", "the road was icy")]),
    ("Jo Roe, a mother of two from Tarrow Vale, said the bus never came.\n",
     [("Jo Roe", "person", "the bus never came")]),
    ("A spokesman from Acme Water said bills rose 5%.\n",
     [("Acme Water", "organisation", "bills rose 5%")]),
], ids=["age-from-place", "mother-from-place", "voice-from-body-stays"])
def test_where_a_person_comes_from_never_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    """An apposition that describes a person by where they come from (`a 52-year-old from Hollin Bay`) is an aside:
    the place is never the speaker, the subject before it is. A voice from a body (`a spokesman from Acme Water`) still
    gives the body. Other writers: `a father of three from X`, `a pensioner from X who has lived there for 40 years`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("But Dr Miriam Ode of the healthcare research firm Tallis Bio said the trial had enrolled fewer patients.\n",
     [("Miriam Ode", "person", "the trial had enrolled fewer patients")]),
    ("Ann Lee from the housing charity Warm Homes told the BBC that 40 families were cold.\n",
     [("Ann Lee", "person", "40 families were cold")]),
    ("A report by the housing charity Warm Homes said 40 families were cold.\n",
     [("Warm Homes", "organisation", "40 families were cold")]),
    ("Ann Lee with the housing charity Warm Homes said 40 families were cold.\n",
     [("Ann Lee", "person", "40 families were cold")]),
], ids=["person-of-the-described-firm", "person-from-the-described-charity", "document-by-the-body-stays",
        "person-with-the-described-charity"])
def test_a_person_placed_at_a_described_body_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`Jo Roe of the research firm X said`: the words between a person's name and a body (`of the`, `from the`, a
    lower-case description) place the person at the body, and the person speaks, as in `Jo Roe of X said`. A document
    by a described body (`a report by the charity X`) is still the body's. Other writers: `Jo Roe at the consultancy
    X`, `Jo Roe from the campaign group X`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tenants complained to their housing association. The Oakway Residents' Association has 40 members.\n\n"
     "A spokesperson for the association said 19 flats had mould.\n",
     [("the association", "unresolved", "19 flats had mould")]),
    ("Few parents trust their local council. The Tarrow Parish Council met on Monday.\n\n"
     "The council said 12 crossings would be built.\n",
     [("the council", "unresolved", "12 crossings would be built")]),
    ("The Oakway Residents' Association has 40 members.\n\nA spokesperson for the association said 19 flats had mould.\n",
     [("Oakway Residents' Association", "organisation", "19 flats had mould")]),
    ("Tenants complained to their housing association, Dunmore Housing Association.\n\n"
     "The association said 19 flats had mould.\n",
     [("Dunmore Housing Association", "organisation", "19 flats had mould")]),
], ids=["their-housing-association-beside-residents-association", "their-local-council-beside-parish-council",
        "one-association-only", "described-and-named-alike"])
def test_a_reference_another_party_also_answers_to_stays_unresolved(text: str,
                                                                    expected: list[tuple[str, str, str]]) -> None:
    """`the association` is the one body named with that head, unless the text also calls someone's own party by the
    noun with a word that body's name lacks (`their housing association` beside `X Residents' Association`): then
    either may be meant, and the claim stays unresolved rather than going to the wrong side. When the description fits
    the name (`their housing association, X Housing Association`) the body speaks. Other writers: `their local
    council` beside a parish council, `their own union` beside a named union."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents of Hale Court, a block of 48 flats owned by Dunhill Homes, told the Courier they had raised damp.\n",
     [("Residents of Hale Court", "unresolved", "they had raised damp")]),
    ("Residents of Hale Court, a hostel run by the Tarn Trust, said 12 rooms had mould.\n",
     [("Residents of Hale Court", "unresolved", "12 rooms had mould")]),
], ids=["flats-owned-by-a-body", "hostel-run-by-the-body"])
def test_the_owner_in_a_subject_description_never_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    """An apposition that says whose the subject's place is (`Residents of X, a block owned by Acme Homes, told`) is
    an aside: the owner named in it is the other side of the story, never the speaker. Other writers: `a hostel run
    by the X Trust`, `an estate managed by X`."""
    assert rows(text) == expected
