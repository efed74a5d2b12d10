"""Wave 40j: three things real press pages do that the corpus lacked. A viewpoint adverb opens a report's sentence
(`Operationally, the company said`): the adverb is no speaker. A lead names one body inside its claim and closes with
`the organisation said`: that body speaks. A post after a person's name carries its letters in brackets (`Jo Roe, the
Vice Chancellor (VC) announced`): the person speaks, and `the VC` later is that person."""
from tests.extract_rows import cued_rows


def test_viewpoint_adverb_is_no_speaker() -> None:
    text = ("Brindlecombe Tiles plc said revenue rose by 6% to 41.2m.\n\n"
            "Operationally, the company said it had finished a new kiln line at its Ashworth site.\n\n"
            "Financially, the group said net cash stood at 9.8m.")
    assert cued_rows(text) == [
        ("Brindlecombe Tiles plc", "organisation", "said", "revenue rose by 6% to 41.2m"),
        ("Brindlecombe Tiles plc", "organisation", "said", "it had finished a new kiln line at its Ashworth site"),
        ("Brindlecombe Tiles plc", "organisation", "said", "net cash stood at 9.8m"),
    ]


def test_separately_still_no_speaker() -> None:
    text = "Separately, the company said it would close a depot."
    assert cued_rows(text) == [("the company", "unresolved", "said", "it would close a depot")]


def test_organisation_named_inside_its_own_claim() -> None:
    text = ("Calls for help to the Greywater Lantern Trust have risen by 41 per cent since 2020, the organisation said "
            "today.\n\nThe average heating bill it paid for families was 460, the organisation said.")
    assert cued_rows(text) == [
        ("Greywater Lantern Trust", "organisation", "said",
         "Calls for help to the Greywater Lantern Trust have risen by 41 per cent since 2020"),
        ("Greywater Lantern Trust", "organisation", "said", "The average heating bill it paid for families was 460"),
    ]


def test_organisation_with_two_bodies_or_none_stays_unresolved() -> None:
    two = "Calls to the Greywater Lantern Trust and the Halden Kin Fund rose by 9 per cent, the organisation said."
    none = "Calls for help rose by 9 per cent, the organisation said."
    assert cued_rows(two) == [("the organisation", "unresolved", "said",
                               "Calls to the Greywater Lantern Trust and the Halden Kin Fund rose by 9 per cent")]
    assert cued_rows(none) == [("the organisation", "unresolved", "said", "Calls for help rose by 9 per cent")]


def test_post_letters_after_a_name() -> None:
    text = ("The Pellmoor Institute of Technology enrolled 1,930 students this year, Professor Adaeze Okonkwo-Lind, "
            "the Vice Chancellor (VC) announced on Friday.\n\n"
            "The intake brings the student body to 5,240, the VC said.\n\n"
            "The VC said the institute still lacked housing for its staff.")
    assert cued_rows(text) == [
        ("Adaeze Okonkwo-Lind", "person", "announced",
         "The Pellmoor Institute of Technology enrolled 1,930 students this year"),
        ("Adaeze Okonkwo-Lind", "person", "said", "The intake brings the student body to 5,240"),
        ("Adaeze Okonkwo-Lind", "person", "said", "the institute still lacked housing for its staff"),
    ]


def test_body_letters_stay_with_the_body() -> None:
    text = "Tax teams recovered 4 million in 2025, Northmark Revenue and Customs (NRC) announced today."
    assert cued_rows(text) == [("NRC", "organisation", "announced", "Tax teams recovered 4 million in 2025")]


def test_quotation_telling_of_the_reported_body_stays_with_the_quoted_speaker() -> None:
    text = ("\u201cFirst the Ratepayers\u2019 Alliance rated us well, and then our own survey agreed,\u201d said "
            "Kettleby Mayor Oriel Vance.\n\n"
            "The Ratepayers\u2019 Alliance report said that Kettleby had the lowest debt in the region.\n\n"
            "\u201cThey said that Kettleby spends $590 per ratepayer on staff. Our own survey showed 68% of "
            "residents were satisfied.\u201d")
    assert cued_rows(text) == [
        ("Oriel Vance", "person", "said", "First the Ratepayers\u2019 Alliance rated us well, and then our own survey "
                                          "agreed"),
        ("Ratepayers\u2019 Alliance", "organisation", "said that", "Kettleby had the lowest debt in the region"),
        ("Oriel Vance", "person", "quotation continues", "They said that Kettleby spends $590 per ratepayer on staff."),
        ("Oriel Vance", "person", "quotation continues", "Our own survey showed 68% of residents were satisfied."),
    ]


def test_quotation_after_reported_speech_otherwise_goes_on_with_it() -> None:
    text = ("\u201cWe are pleased,\u201d said Kettleby Mayor Oriel Vance.\n\n"
            "The Ratepayers\u2019 Alliance said that Kettleby had the lowest debt in the region.\n\n"
            "\u201cKettleby spends $590 per ratepayer on staff.\u201d")
    assert cued_rows(text) == [
        ("Ratepayers\u2019 Alliance", "organisation", "said that", "Kettleby had the lowest debt in the region"),
        ("Ratepayers\u2019 Alliance", "organisation", "quotation continues",
         "Kettleby spends $590 per ratepayer on staff."),
    ]


def test_family_name_after_d_apostrophe_is_a_name() -> None:
    text = ("Health Minister Rhoda D\u2019Arcy has defended the figures.\n\n"
            "She said that the system had lost 200,000 staff days to illness since March.\n\n"
            "Delmar D'Souza said waits at Tarn Hospital rose by 4%.")
    assert cued_rows(text) == [
        ("Rhoda D\u2019Arcy", "person", "said that", "the system had lost 200,000 staff days to illness since March"),
        ("Delmar D'Souza", "person", "said", "waits at Tarn Hospital rose by 4%"),
    ]


def test_o_apostrophe_names_unchanged() -> None:
    assert cued_rows("Rhoda O'Neill said waits rose by 4%.") == [("Rhoda O'Neill", "person", "said", "waits rose by 4%")]


def test_people_admitted_by_count_leave_the_later_cue_to_speak() -> None:
    text = ("The Pellmoor Institute admitted 1,420 students this year, Professor Adaeze Okonkwo-Lind, the Vice "
            "Chancellor (VC) announced on Friday.")
    assert cued_rows(text) == [("Adaeze Okonkwo-Lind", "person", "announced",
                                "The Pellmoor Institute admitted 1,420 students this year")]


def test_admissions_without_a_later_cue_unchanged() -> None:
    assert cued_rows("Carrick Hospital admitted 312 patients with flu last week.") == [
        ("Carrick Hospital", "organisation", "admitted", "admitted 312 patients with flu last week")]
    assert cued_rows("Jo Roe admitted that waits had risen.") == [
        ("Jo Roe", "person", "admitted that", "waits had risen")]
