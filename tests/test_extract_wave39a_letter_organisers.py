"""Wave 39a: an open letter speaks as the body that put it out, named by its introduction (`The letter, organised by
the X Federation, ...`), by its `From:` header (`From: X Guild, Branch 12`), or, for a letter of signers from several
bodies, by the release's contact line (`Contact: Jo Roe, X Alliance`); never as its first signer's club. A letter that
says `I`, or whose introduction names no body, keeps its signer or her body."""
from tests.extract_rows import cued_rows

ORGANISED = """FOR IMMEDIATE RELEASE

Growers ask council to keep allotment rents down

Forty plot holders have signed an open letter to Brackwell Borough Council. The letter, organised by the Fenbridge \
Allotment Federation, is published in full below.

Dear Councillor Pike,

We write as plot holders at eleven sites across the borough. Rents rose by 60% in April and 140 plots now stand empty.

Yours sincerely,

Mara Quint, Secretary, Holloway Lane Growers
Teodor Vass, Chair, Millpond Allotment Society
"""

WRITTEN_OUT = ORGANISED.replace("the Fenbridge Allotment Federation", "the Potters and Weavers Guild (PWG)")

DESCRIBED = ORGANISED.replace("organised by the Fenbridge Allotment Federation",
                              "coordinated by the growers' network Fenbridge Allotment Federation")

FROM_HEADER = """FOR IMMEDIATE RELEASE

Bellringers write to the diocese

---

From: Ostley Bellringers' Guild, Branch 12
To: The Diocesan Board

Dear members of the Board,

We write on behalf of the 85 ringers of the Ostley towers. Repairs to four bell frames have waited since 2019.

Yours sincerely,

Petra Lund
Branch Secretary
"""

CONTACT = """FOR IMMEDIATE RELEASE

Contact: Nell Ormsby, Carrow Valley Rowing Alliance, 0161 496 0455

Rowing clubs send open letter on river access

Four rowing clubs today sent an open letter to the harbour board.

Dear Chair,

Between them our clubs train 620 rowers. The new mooring charge would add £9,000 a year to our costs.

Yours sincerely,

Nell Ormsby, Captain, Carrow Rowing Club
Idris Fane, Captain, Weir Street Boat Club
"""

PLOTS = [("We write as plot holders at eleven sites across the borough"),
         ("Rents rose by 60% in April and 140 plots now stand empty")]


def test_the_body_that_organised_the_letter_speaks_for_it():
    assert cued_rows(ORGANISED) == [("Fenbridge Allotment Federation", "organisation", "letter", quote) for quote in PLOTS]


def test_the_organiser_is_read_whole_with_its_and():
    assert cued_rows(WRITTEN_OUT) == [("Potters and Weavers Guild", "organisation", "letter", quote) for quote in PLOTS]


def test_words_describing_the_organiser_are_not_its_name():
    assert cued_rows(DESCRIBED) == [("Fenbridge Allotment Federation", "organisation", "letter", quote)
                                    for quote in PLOTS]


def test_a_from_header_naming_a_body_is_the_sender_whole():
    assert cued_rows(FROM_HEADER) == [
        ("Ostley Bellringers' Guild, Branch 12", "organisation", "letter",
         "We write on behalf of the 85 ringers of the Ostley towers"),
        ("Ostley Bellringers' Guild, Branch 12", "organisation", "letter",
         "Repairs to four bell frames have waited since 2019")]


def test_signers_of_several_clubs_speak_as_the_contact_lines_body():
    assert cued_rows(CONTACT) == [
        ("Carrow Valley Rowing Alliance", "organisation", "letter",
         "Between them our clubs train 620 rowers. The new mooring charge would add £9,000 a year to our costs")]


def test_one_signer_keeps_her_own_body_whatever_the_contact_line():
    one = CONTACT.replace("Idris Fane, Captain, Weir Street Boat Club\n", "")
    assert cued_rows(one) == [
        ("Carrow Rowing Club", "organisation", "letter",
         "Between them our clubs train 620 rowers. The new mooring charge would add £9,000 a year to our costs")]


def test_a_letter_sent_by_no_body_keeps_its_signers_body():
    sent = ORGANISED.replace("organised by the Fenbridge Allotment Federation", "sent by email on Monday")
    assert cued_rows(sent) == [("Holloway Lane Growers", "organisation", "letter", quote) for quote in PLOTS]


def test_a_letter_that_says_i_stays_its_signers():
    own = FROM_HEADER.replace("We write on behalf of the 85 ringers", "I write on behalf of the 85 ringers")
    assert cued_rows(own) == [("Petra Lund", "person", "letter", "Repairs to four bell frames have waited since 2019")]
