"""Speakers on surfaces the corpus authors did not use (wave 8c): names in any alphabet, family names that open with
a lower-case particle, a given name cut to an initial, family names that are common words, bodies named without a
head noun or head noun first, and the whole family of reporting verbs in each position. Each case is a short text
written for this test in new words, and the whole table it must give as (speaker, speaker_kind, quote) rows, in
text order."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Bożena Wróblewska, the head of finance, said that rents would rise by 3%.\n",
     [("Bożena Wróblewska", "person", "rents would rise by 3%")]),
    ("Fares rose by 4% last year, said Đặng Thị Hương.\n",
     [("Đặng Thị Hương", "person", "Fares rose by 4% last year")]),
    ("Councillor Şükrü Yıldırım said that 40 homes had been repaired.\n",
     [("Şükrü Yıldırım", "person", "40 homes had been repaired")]),
    ("Łucja Ćwik said that 12 staff had left. Ms Ćwik said that the depot would close.\n",
     [("Łucja Ćwik", "person", "12 staff had left"), ("Łucja Ćwik", "person", "the depot would close")]),
    ("The Źródło Housing Cooperative said that 300 flats were empty.\n",
     [("Źródło Housing Cooperative", "organisation", "300 flats were empty")]),
], ids=["polish-appositive", "vietnamese-inverted", "turkish-after-a-title", "capital-outside-latin-1-twice",
        "a-body-in-another-alphabet"])
def test_a_name_in_any_alphabet_is_one_whole_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A name is made of letters, whatever the alphabet: a letter outside Latin-1 (`ł`, `ő`, `ș`, `Đ`) neither
    ends nor starts a name. Other writers: Czech `Jiří Dvořák`, Romanian `Ștefan Mureșan`, Icelandic `Þóra`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nadia binti Osman, the chief nurse, said that 14 wards were short. Ms binti Osman said that 30 nurses had left.\n",
     [("Nadia binti Osman", "person", "14 wards were short"), ("Nadia binti Osman", "person", "30 nurses had left")]),
    ("Rhodri ap Gwilym said that 12 farms had flooded. \"We lost a whole season,\" ap Gwilym said.\n",
     [("Rhodri ap Gwilym", "person", "12 farms had flooded"), ("Rhodri ap Gwilym", "person", "We lost a whole season")]),
    ("Samir el-Masri said that 40 jobs would go. Dr el-Masri said that the lab would close in June.\n",
     [("Samir el-Masri", "person", "40 jobs would go"), ("Samir el-Masri", "person", "the lab would close in June")]),
    ("Mr du Toit said that the quarry had been fined twice.\n",
     [("Mr du Toit", "person", "the quarry had been fined twice")]),
    ("Chief Inspector Yusuf bin Hamid told reporters that burglaries were down by 9%. Chief bin Hamid said that 20 "
     "officers had joined.\n",
     [("Yusuf bin Hamid", "person", "burglaries were down by 9%"), ("Yusuf bin Hamid", "person", "20 officers had joined")]),
    ("Chief Inspector Anouk van der Meer said that 19 cells had flooded.\n",
     [("Anouk van der Meer", "person", "19 cells had flooded")]),
    ("Attorney General Layla al-Amin on Monday sued a landlord. \"He kept 300 deposits,\" al-Amin said.\n",
     [("Layla al-Amin", "person", "He kept 300 deposits")]),
    ("\"We hired 12 drivers,\" said Tarrow's depot manager, Omar el-Sayed.\n",
     [("Omar el-Sayed", "person", "We hired 12 drivers")]),
    ("Holt Foods said that ten Labour councillors had complained.\n",
     [("Holt Foods", "organisation", "ten Labour councillors had complained")]),
    ("Sales of the la Reina range rose by 4%, Holt Foods said.\n",
     [("Holt Foods", "organisation", "Sales of the la Reina range rose by 4%")]),
    ("Dr Cliodhna Mac Giolla Bhríde, the deputy inspector, said that 40 beds had closed. \"We found 30 faults,\" Mac "
     "Giolla Bhríde said.\n",
     [("Cliodhna Mac Giolla Bhríde", "person", "40 beds had closed"),
      ("Cliodhna Mac Giolla Bhríde", "person", "We found 30 faults")]),
    ("Deputy Chief Inspector Tadhg Ó Ceallaigh said that 12 wards had shut.\n",
     [("Tadhg Ó Ceallaigh", "person", "12 wards had shut")]),
], ids=["binti-after-a-title", "ap-alone-after-a-quotation", "hyphened-el-after-dr", "du-opens-the-name-after-mr",
        "bin-after-a-role", "van-der-after-two-titles", "hyphened-al-alone-after-a-quotation",
        "hyphened-el-after-a-role-set-off-by-commas", "mac-family-name-of-three-words-after-a-title", "o-after-a-long-title",
        "a-lower-case-number-is-no-particle", "a-particle-no-full-name-opens-is-none"])
def test_a_family_name_that_opens_with_a_particle_stays_whole(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A family name may open with a lower-case particle (`binti`, `ap`, `al-`, `du`); written alone, after a title
    or after the given name, it is one name and never cut to the given name. A lower-case word before a capital
    that no full name in the text opens with is no particle. Other writers: `Ms de la Mare`, `Sigrid af Lund`,
    `abu Bakr`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gus Rennick is the warden. \"We fixed 90 gates this winter,\" he stated. \"Visits doubled to 4,000,\" Mr Rennick "
     "remarked.\n",
     [("Gus Rennick", "person", "We fixed 90 gates this winter"), ("Gus Rennick", "person", "Visits doubled to 4,000")]),
    ("Enrolment rose by 6% this autumn, stated Provost Ines Varga.\n",
     [("Ines Varga", "person", "Enrolment rose by 6% this autumn")]),
    ("Orla Quade maintained: \"Our lifeboats launched 212 times.\"\n",
     [("Orla Quade", "person", "Our lifeboats launched 212 times.")]),
    ("Tollbridge Ferries cut two routes. Fuel costs rose by a third, the operator observed on Monday, as fares fell.\n",
     [("Tollbridge Ferries", "organisation", "Fuel costs rose by a third"),
      ("Tollbridge Ferries", "organisation", "fares fell")]),
    ("Kit Amadi asserted that 14 hives had been lost.\n",
     [("Kit Amadi", "person", "14 hives had been lost")]),
    ("Vela Foods shut a plant. Margins fell by 2% because of the heat, it explained.\n",
     [("Vela Foods", "organisation", "Margins fell by 2% because of the heat")]),
    ("Fares rose by 4%, warned the council of Holt.\n",
     []),
    ("Pia Sorel commented on the plans at the meeting.\n",
     []),
], ids=["stated-and-remarked-after-a-quotation", "inverted-stated-with-a-title", "maintained-before-a-colon",
        "observed-inside-commas", "asserted-that", "explained-after-its-content",
        "warned-is-no-inverted-cue-its-object-may-follow", "commented-on-no-claim"])
def test_every_common_reporting_verb_in_every_cue_position(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A writer picks any reporting verb (`stated`, `remarked`, `observed`, `maintained`, `asserted`) and puts it
    before a colon, after a quotation, inverted before its speaker, between commas, or before `that`: each is a cue.
    A verb whose object may follow it (`warned the council`) never reads its object as the speaker. Other writers:
    `"...," noted Dr Roe.`, `She went on: "..."`, `Sales fell, the firm declared, as ...`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"Rents rose by 3% this year,\" Ms. Quill said.\n",
     [("Ms. Quill", "person", "Rents rose by 3% this year")]),
    ("The Courier quoted Mr. Obi Lark as saying that 40 staff had left.\n",
     [("Obi Lark", "person", "40 staff had left")]),
    ("\"Waits fell by a week,\" Dr. Nell Amis, the clinical lead, said.\n",
     [("Nell Amis", "person", "Waits fell by a week")]),
], ids=["ms-dot-after-a-quotation", "quoted-mr-dot-as-saying", "dr-dot-with-an-appositive"])
def test_a_dotted_title_is_part_of_the_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    """American style writes titles with a full stop (`Ms.`, `Dr.`); the stop neither ends the sentence nor cuts the
    speaker off. Other writers: `Sgt. Ray Holm said`, `according to Prof. Lin`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Minister R. Lindgren MP said: \"We dredged 40,000 tonnes of silt this year.\"\n",
     [("R. Lindgren", "person", "We dredged 40,000 tonnes of silt this year.")]),
    ("\"Tenants paid for repairs that never came,\" board chair P. Adeyemi said in a statement.\n",
     [("P. Adeyemi", "person", "Tenants paid for repairs that never came")]),
    ("J. Okafor said that 30 buses had been withdrawn.\n",
     [("J. Okafor", "person", "30 buses had been withdrawn")]),
    ("Mayor L. Brandt: Burglaries are down 18% this spring.\nReporter: And arson?\nMayor Brandt: Arson fell by a "
     "third.\n",
     [("L. Brandt", "person", "Burglaries are down 18% this spring"), ("L. Brandt", "person", "Arson fell by a third")]),
    ("\"We added two crews at our own cost,\" said Kestle's depot manager, R. Vance. \"We expect to meet 40 standards by "
     "April.\"\n",
     [("R. Vance", "person", "We added two crews at our own cost"),
      ("R. Vance", "person", "We expect to meet 40 standards by April.")]),
    ("The inquiry, led by barrister D. Moyo, found that 19 complaints were never answered.\n",
     [("D. Moyo", "person", "19 complaints were never answered")]),
    ("Q. How many ferries sailed?\nA. About 4,000 ferries sailed last year.\n",
     []),
], ids=["initial-after-a-title-before-mp-and-a-colon", "initial-after-a-role-after-a-quotation",
        "initial-opening-a-line", "initial-in-a-transcript-label", "initial-after-a-role-set-off-by-commas",
        "initial-after-led-by", "q-and-a-labels-are-no-initials"])
def test_a_given_name_written_as_an_initial(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A writer may cut the given name to an initial (`K. Roe`): the stop after it ends no sentence and cuts no
    speaker, after a title, opening a line, in a transcript's label. `Q.` and `A.` opening a line stay labels. Other
    writers: `Supt M. Hale said`, `"...," said A. Ncube.`"""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Do said that 14 boats had been impounded.\n",
     [("Mr Do", "person", "14 boats had been impounded")]),
    ("Ms May said that rents would rise by 2%.\n",
     [("Ms May", "person", "rents would rise by 2%")]),
    ("Dr King said that 300 patients were waiting.\n",
     [("Dr King", "person", "300 patients were waiting")]),
    ("Ms North said that 12 trains were cancelled.\n",
     [("Ms North", "person", "12 trains were cancelled")]),
    ("Mr Mayor said that 12 trains were cancelled.\n",
     []),
    ("Sheriff Lan Do said that thefts were down by 6%. \"We made 41 arrests last year,\" Do said. Sheriff Do added that "
     "12 deputies had left.\n",
     [("Lan Do", "person", "thefts were down by 6%"), ("Lan Do", "person", "We made 41 arrests last year"),
      ("Lan Do", "person", "12 deputies had left")]),
], ids=["do", "a-month", "a-rare-title", "a-direction", "mr-and-a-post-is-an-address",
        "alone-or-after-a-title-once-the-full-name-is-known"])
def test_a_family_name_that_is_a_common_word_after_an_honorific(text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    """After `Mr`, `Ms`, `Dr` one capitalised word is a family name even when it is also a common word, a month or a
    rare title (`Mr Do`, `Ms May`, `Dr King`); a post a person is addressed by (`Mr Mayor`, `Mr Speaker`) is none.
    Other writers: `Mrs Hope`, `Mr Long`, `Dr Young`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Marvessa\nResults for the year\n\nMarvessa (\"Marvessa\" or \"the Group\") announces its results for the year.\n\n"
     "Financial highlights\n• Revenue of £1.2bn, up 4%\n\nOperational highlights\n• Complaints down by a third\n",
     [("Marvessa", "organisation", "Revenue of £1.2bn, up 4%"), ("Marvessa", "organisation", "Complaints down by a third")]),
    ("Operational highlights\n• Leakage reduced by 9% to 400 litres a day\n",
     []),
    ("A spokeswoman for Quorvane said that 30 stores would close.\n",
     [("Quorvane", "organisation", "30 stores would close")]),
    ("A spokesman for Borough of Kestle said that 40 carers had been hired.\n",
     [("Borough of Kestle", "organisation", "40 carers had been hired")]),
    ("The City of Arnmouth said that 12 bridges needed repair.\n",
     [("City of Arnmouth", "organisation", "12 bridges needed repair")]),
    ("Borough of Kestle said that 40 carers had been hired. City of Arnmouth said that 12 roads shut. The borough "
     "said that rents rose by 4%.\n",
     [("Borough of Kestle", "organisation", "40 carers had been hired"),
      ("City of Arnmouth", "organisation", "12 roads shut"), ("Borough of Kestle", "organisation", "rents rose by 4%")]),
    ("LEEDS, 4 May (Harbour News) - Profits at Quorvane rose by 12% to £40m, the company said.\n",
     [("Quorvane", "organisation", "Profits at Quorvane rose by 12% to £40m")]),
    ("Lumora reported its results on Monday. Sales fell by 4% to £30m, the company said.\n",
     [("Lumora", "organisation", "Sales fell by 4% to £30m")]),
    ("Profits at Christmas rose by 12% to £40m, the company said.\n",
     [("the company", "unresolved", "Profits at Christmas rose by 12% to £40m")]),
    ("A spokesperson for the Minister said that 12 bridges needed repair.\n",
     [("the Minister", "unresolved", "12 bridges needed repair")]),
    ("Commenting on the results, Ada Quist, Chief Executive, said: \"Sales rose by 6% to £40m.\"\n\nMarvessa     Ada Quist, "
     "Chief Executive\n",
     [("Ada Quist", "person", "Sales rose by 6% to £40m.")]),
], ids=["a-brand-the-text-defines-as-the-group", "a-heading-never-speaks", "a-brand-after-a-spokeswoman-for",
        "borough-of-head-first", "city-of-head-first", "the-borough-is-the-body-whose-head-comes-first",
        "profits-at-a-brand-and-a-dateline-agency-is-no-speaker", "a-brand-that-reported-its-results",
        "profits-at-a-festival-is-no-body", "a-post-after-for-is-no-body",
        "a-column-gap-parts-a-brand-from-a-name"])
def test_a_body_without_a_head_noun_or_with_its_head_first(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A body may be an invented brand with no head noun (`Marvessa`) or put its head first (`Borough of Kestle`): it
    is a body when the text treats it as one (defines it as `the Group`, speaks through `a spokeswoman for` it, or
    builds it as head, `of` and a place). A heading (`Operational highlights`) never speaks, though `highlights` may
    be a verb; a post after `for` (`the Minister`) is no body. Other writers: `Zentrix (the "Company")`, `Port of
    Tarrow said`, `a spokesman at Lumora`."""
    assert rows(text) == expected
