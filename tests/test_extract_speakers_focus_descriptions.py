"""Wave 53d: a definite description of a post or an age (`The Ofgem chief executive said`, `the 58-year-old said`)
is the person named just before, the second mention news writing gives someone; an owner's post is someone else."""
from claims.extract.speakers.focus_descriptions import is_person_description
from tests.extract_rows import rows


def test_a_post_marked_by_a_name_is_a_description() -> None:
    assert [is_person_description(p.split()) for p in (
        "The Ofgem chief executive", "The County boss", "the former minister", "The 58-year-old",
        "the former Rovers manager")] == [True, True, True, True, True]


def test_a_bare_post_an_owners_post_or_a_body_is_no_description() -> None:
    assert [is_person_description(p.split()) for p in (
        "The chief executive", "The trust's chief executive", "The County Council", "The report",
        "The spokesperson")] == [False, False, False, False, False]


def test_a_post_after_a_person_named_without_it_is_that_person() -> None:
    text = ("Kestrel Energy has been fined £2m by the regulator.\n\n"
            "Dana Whitlow was questioned by a committee of MPs on Tuesday about the delay.\n\n"
            "The Kestrel chief executive said the firm had repaid 40,000 customers.\n")
    assert rows(text) == [("Dana Whitlow", "person", "the firm had repaid 40,000 customers")]


def test_an_age_after_a_person_named_is_that_person() -> None:
    text = ("Aldo Pike was dismissed by Harbour Rovers in March.\n\n"
            "The 58-year-old said he had been paid £12,000 less than agreed.\n")
    assert rows(text) == [("Aldo Pike", "person", "he had been paid £12,000 less than agreed")]


def test_an_owners_post_is_not_the_person_named_before() -> None:
    text = "Jo Roe, a patient, said she waited 12 hours. The trust's chief executive said 30 beds were shut.\n"
    assert rows(text) == [("Jo Roe", "person", "she waited 12 hours"),
                          ("The trust's chief executive", "person", "30 beds were shut")]


def test_a_description_with_nobody_named_before_keeps_its_words() -> None:
    text = "Kestrel Energy was fined £2m. The Kestrel chief executive said 40,000 customers had been repaid.\n"
    assert rows(text) == [("The Kestrel chief executive", "person", "40,000 customers had been repaid")]


def test_a_person_set_off_as_another_kind_is_not_the_post() -> None:
    text = ("Larkway Transport has cut 40 routes. Jo Roe, a passenger, said her bus was cancelled. "
            "The Larkway Transport chairman said 12 routes would return.\n")
    assert rows(text) == [("Jo Roe", "person", "her bus was cancelled"),
                          ("The Larkway Transport chairman", "unresolved", "12 routes would return")]


def test_a_party_post_after_a_person_named_without_it_is_that_person() -> None:
    text = ("Aine Costigan raised the lease at Monday's meeting.\n\n"
            "The Harbour Party councillor said the club owed the council €86,000 in unpaid rent.\n")
    assert rows(text) == [("Aine Costigan", "person", "the club owed the council €86,000 in unpaid rent")]


def test_the_county_boss_is_the_governor_who_spoke_before() -> None:
    text = ("Governor Joseph Mwendwa said 40 water kiosks were now open.\n\n"
            "The County boss said the county had spent Sh62 million on them.\n")
    assert rows(text) == [
        ("Joseph Mwendwa", "person", "40 water kiosks were now open"),
        ("Joseph Mwendwa", "person", "the county had spent Sh62 million on them")]


def test_a_leader_whose_surname_stands_far_before_keeps_the_description() -> None:
    filler = ("The kiosks sell water at Sh5 a jerrican and open from six in the morning until nine at night "
              "every day. ") * 3
    text = ("Governor Joseph Mwendwa said 40 water kiosks were now open.\n\n" + filler + "\n\n" + filler + "\n\n"
            "The County boss said the county had spent Sh62 million on them.\n")
    assert rows(text)[-1] == ("The County boss", "person", "the county had spent Sh62 million on them")


def test_a_leader_words_are_a_description_but_not_without_a_marking_name() -> None:
    assert [is_person_description(p.split()) for p in (
        "the Harbour Rovers boss", "The Kelby chief", "The boss", "The county boss", "The CEO chief")] \
        == [True, True, False, False, False]


def test_a_post_the_person_was_not_given_is_someone_else() -> None:
    text = ("Harbour Rovers manager Aldo Pike was sacked on Monday.\n\n"
            "The Labour MP said the club had treated its staff badly.\n")
    assert rows(text) == [("The Labour MP", "person", "the club had treated its staff badly")]


def test_a_post_given_with_as_is_what_the_person_was_said_to_be() -> None:
    sacked = "Aldo Pike was sacked as Harbour Rovers manager on Monday.\n\n"
    elected = "Jo Kay was elected on Monday as the Labour MP for Leeds.\n\n"
    assert [rows(sacked + "The Labour MP said the club had treated its staff badly.\n"),
            rows(elected + "The Labour MP said the plan would cost £2bn.\n")] == [
        [("The Labour MP", "person", "the club had treated its staff badly")],
        [("Jo Kay", "person", "the plan would cost £2bn")]]


def test_a_person_described_as_no_post_is_not_the_post() -> None:
    text = ("Pensioner Jo Kay, 81, was robbed on Monday.\n\n"
            "The Fenwick chief constable said officers were still searching.\n")
    assert rows(text) == [("The Fenwick chief constable", "person", "officers were still searching")]


def test_a_nurse_is_not_the_regulators_chief_executive() -> None:
    text = ("Nurse Jo Kay was suspended by the trust.\n\n"
            "The Ofgem chief executive said bills would rise by 4%.\n")
    assert rows(text) == [("The Ofgem chief executive", "person", "bills would rise by 4%")]


def test_another_age_is_not_the_person_named() -> None:
    other = "Aldo Pike, 34, was sacked on Monday.\n\nThe 58-year-old said the club had treated its staff badly.\n"
    same = "Jo Kay, 41, the Labour MP, spoke on Monday.\n\nThe 41-year-old said the plan would cost £2bn.\n"
    assert [rows(other), rows(same)] == [[("The 58-year-old", "person", "the club had treated its staff badly")],
                                         [("Jo Kay", "person", "the plan would cost £2bn")]]


def test_an_age_with_nobody_named_before_keeps_its_words() -> None:
    text = "Harbour Rovers lost 3-0 on Saturday. The 58-year-old said the board had lied to him.\n"
    assert rows(text) == [("The 58-year-old", "person", "the board had lied to him")]


def test_the_same_post_or_a_leaders_word_fits_the_person() -> None:
    same = "Labour MP Jo Kay spoke on Monday.\n\nThe Labour MP said the plan would cost £2bn.\n"
    boss = "Rovers manager Aldo Pike was sacked.\n\nThe former Rovers boss said the board had lied to him.\n"
    assert [rows(same), rows(boss)] == [[("Jo Kay", "person", "the plan would cost £2bn")],
                                         [("Aldo Pike", "person", "the board had lied to him")]]


# Round 54m (mutation): the description's bounds and the person it may mean, each asserted on the whole value.
def test_a_description_bounded_by_its_words_the_and_a_possessive() -> None:
    assert [is_person_description(p.split()) for p in (
        "The Kestrel's chief executive", "A former minister", "The former Harbour Rovers manager",
        "The Kelby 58-year-old", "the tall 58-year-old")] == [False, False, True, True, False]


def test_a_description_after_a_bodys_spokeswoman_is_not_the_body() -> None:
    text = ("A spokeswoman for Kestrel Energy said 40,000 customers had been repaid.\n\n"
            "The Kestrel chief executive said the rest would be repaid by May.\n")
    assert rows(text) == [("Kestrel Energy", "organisation", "40,000 customers had been repaid"),
                          ("The Kestrel chief executive", "person", "the rest would be repaid by May")]


def test_a_surname_written_only_after_the_description_does_not_reach_back() -> None:
    filler = ("The kiosks sell water at Sh5 a jerrican and open from six in the morning until nine at night "
              "every day. ") * 3
    text = ("Governor Joseph Mwendwa said 40 water kiosks were now open.\n\n" + filler + "\n\n" + filler + "\n\n"
            "The County boss said the county had spent Sh62 million on them.\n\n"
            "Mr Mwendwa took office in 2022.\n")
    assert rows(text)[-1] == ("The County boss", "person", "the county had spent Sh62 million on them")


def test_a_description_reaches_a_three_word_name_by_its_surname_alone() -> None:
    filler = ("The kiosks sell water at Sh5 a jerrican and open from six in the morning until nine at night "
              "every day. ") * 3
    text = ("Governor Joseph Kamau Mwendwa said 40 water kiosks were now open.\n\n" + filler + "\n\n" + filler
            + "\n\nMr Mwendwa opened two more on Friday.\n\n"
            "The County boss said the county had spent Sh62 million on them.\n")
    assert rows(text)[-1] == ("Joseph Kamau Mwendwa", "person", "the county had spent Sh62 million on them")


def test_a_person_set_off_as_the_same_post_is_the_description() -> None:
    text = ("Larkway Transport has cut 40 routes. Jo Roe, the chairman, said 12 would return. "
            "The Larkway Transport chairman said 8 more would follow in May.\n")
    assert rows(text) == [("Jo Roe", "person", "12 would return"),
                          ("Jo Roe", "person", "8 more would follow in May")]
