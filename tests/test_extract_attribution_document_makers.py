"""Wave 44h: a document named with its maker speaks as the maker (`The review, conducted ... by X`, `The Y trial, led
by researchers at X`, `compiled for the partnership by X`, `the Box Monitor from X`, `was commissioned by A and led by
B`); who commissioned or funded it never speaks for it, and a document with no maker named stays the document."""
import pytest

from claims.extract.attribution.document_makers import full_bodies_by_first_word, name_document_makers
from claims.extract.attribution import document_makers
from claims.extract.attribution.records import Found
from claims.extract.entities import Mention
from tests.extract_rows import rows


def test_review_conducted_by_a_firm_is_the_firm() -> None:
    text = ("Tamsin Orrell resigned on Friday after an independent review found the gallery had overstated its visitor "
            "numbers.\n\nThe review, conducted at the board's request by the accountancy firm Pellow Marsh LLP, found "
            "that visits had been counted twice.")
    assert ("Pellow Marsh LLP", "organisation", "visits had been counted twice") in rows(text)
    assert all(row[0] != "independent review" for row in rows(text))


def test_trial_led_by_researchers_is_their_unit() -> None:
    text = ("Patients using the app were admitted less often, according to a trial funded by the Brenfold Heart Fund."
            "\n\nThe TICKER trial, led by researchers at the Hollowmere Cardiac Unit in Leeds, followed 210 adults.\n\n"
            "The TICKER trial found that readmissions fell by a quarter.")
    assert ("Hollowmere Cardiac Unit", "organisation", "readmissions fell by a quarter") in rows(text)


def test_review_written_up_as_a_report_is_the_report_maker() -> None:
    found = [Found("independent review", "document", "found that", (0, 1))]
    text = ("The 90-page report, Fair Play, was commissioned by the Tarnvale Rugby Board in 2025 and led by the "
            "barrister Olwen Treharne KC.")
    assert name_document_makers(text, found) == [Found("Olwen Treharne", "person", "found that", (0, 1))]


def test_review_beside_reports_of_two_makers_stays_the_review() -> None:
    found = [Found("independent review", "document", "found that", (0, 1))]
    text = ("The report, Fair Play, was led by the barrister Olwen Treharne KC. A second study, conducted by Castmere "
            "Research, disagreed.")
    assert name_document_makers(text, found) == found


def test_monitor_compiled_for_a_body_by_a_consultancy_is_the_consultancy() -> None:
    found = [Found("Visitor Economy Monitor", "document", "estimates", (0, 1))]
    text = ("The annual Visitor Economy Monitor, compiled for the partnership by research consultancy Quenby "
            "Analytics, estimates that the dale had 4 million visits.")
    assert name_document_makers(text, found) == [Found("Quenby Analytics", "organisation", "estimates", (0, 1))]


def test_monitor_from_a_consultancy_is_the_consultancy() -> None:
    found = [Found("Shed Monitor", "document", "shows", (0, 1))]
    text = "The latest Shed Monitor from property consultancy Marlow Venn, published on Monday, shows vacancy rose."
    assert name_document_makers(text, found) == [Found("Marlow Venn", "organisation", "shows", (0, 1))]


def test_commissioned_study_with_no_maker_stays_the_study() -> None:
    found = [Found("economic impact study", "document", "estimates", (0, 1))]
    text = "An economic impact study commissioned by the Dunmere Events Board estimates visitors would spend $4m."
    assert name_document_makers(text, found) == found


def test_two_makers_of_one_noun_leave_the_document() -> None:
    found = [Found("the survey", "document", "found", (0, 1))]
    text = ("A survey carried out by Orrin Polling found one thing. A second survey, conducted by Castmere Research, "
            "found another.")
    assert name_document_makers(text, found) == found


def test_person_speaker_is_unchanged() -> None:
    found = [Found("Ada Brennock", "person", "said", (0, 1))]
    text = "The review, conducted by Pellow Marsh LLP, found faults. Ada Brennock said it was fair."
    assert name_document_makers(text, found) == found


def test_body_that_published_its_report_is_the_report() -> None:
    found = [Found("the report", "document", "records", (0, 1)), Found("figures in report", "document", "show", (0, 1))]
    text = ("Brackwater Youth Centre has today published its Annual Report for 2026. The report records a busy year. "
            "Figures in the report show 40 young people stayed.")
    assert name_document_makers(text, found) == [Found("Brackwater Youth Centre", "organisation", "records", (0, 1)),
                                                 Found("Brackwater Youth Centre", "organisation", "show", (0, 1))]


def test_possessive_owner_of_an_index_is_the_owner() -> None:
    found = [Found("Rent Index", "document", "shows", (0, 1))]
    text = "Harrowby Lettings Group's national Rent Index shows rents rose 0.4% in May."
    assert name_document_makers(text, found) == [Found("Harrowby Lettings Group", "organisation", "shows", (0, 1))]


def test_title_set_off_after_the_noun_is_matched_by_its_words() -> None:
    found = [Found("Far From Home", "document", "found", (0, 1))]
    text = ("The 80-page report, Far From Home, was commissioned by the Orrin Housing Board in 2025 and led by the "
            "solicitor Bethan Yorath.")
    assert name_document_makers(text, found) == [Found("Bethan Yorath", "person", "found", (0, 1))]


def test_titled_document_takes_only_a_maker_named_with_its_title() -> None:
    found = [Found("National Pupil Voice Survey", "document", "found", (0, 1))]
    text = ("The union's own survey found rents had risen. The National Pupil Voice Survey found 80% were satisfied. "
            "The Corbridge Students' Union said so.")
    assert name_document_makers(text, found) == found


def test_body_and_its_letters_are_one_maker() -> None:
    found = [Found("the analysis", "document", "shows", (0, 1))]
    text = ("An analysis by the Guild of Rural Chemists shows closures rose. Closure figures are the GRC's analysis "
            "of the register.")
    assert name_document_makers(text, found) == [Found("Guild of Rural Chemists", "organisation", "shows", (0, 1))]


def test_body_named_by_its_head_owns_its_monitor() -> None:
    found = [Found("Dale Leisure Monitor", "document", "shows", (0, 1))]
    text = ("Councillor Ena Voss, chair of the Dale Valley Sports Partnership, launched the partnership's \"Dale "
            "Leisure Monitor 2025\" on Monday.")
    assert name_document_makers(text, found) == [
        Found("Dale Valley Sports Partnership", "organisation", "shows", (0, 1))]


def test_trial_run_by_a_university_is_the_university() -> None:
    found = [Found("SOUNDSLEEP trial", "document", "according to", (0, 1))]
    text = ("Relapses halved, according to a large trial published on Monday.\n\nThe SOUNDSLEEP trial, run by Orrinford "
            "University and funded by the Brisk Health Foundation, followed 900 adults.")
    assert name_document_makers(text, found) == [
        Found("Orrinford University", "organisation", "according to", (0, 1))]


def test_plural_possessive_owner_with_its_letters_owns_its_survey() -> None:
    found = [Found("a survey", "document", "has found", (0, 1))]
    text = ("Demand fell, a survey of land agents has found.\n\nA net balance of 12% of respondents to the Guild of Land "
            "Agents and Valuers' (GLAV) quarterly market survey reported a fall.")
    assert name_document_makers(text, found) == [
        Found("Guild of Land Agents and Valuers", "organisation", "has found", (0, 1))]


def test_body_named_by_its_adjective_owns_its_review() -> None:
    found = [Found("the diocesan review", "document", "found", (0, 1))]
    text = ("Mass attendance fell, the Diocese of Kilmorran said on Sunday.\n\nThe diocesan review, published on its "
            "website and titled Seeds of Hope, found that weekly attendance had halved.")
    assert name_document_makers(text, found) == [Found("Diocese of Kilmorran", "organisation", "found", (0, 1))]


def test_adjective_with_no_body_of_its_head_leaves_the_review() -> None:
    found = [Found("the diocesan review", "document", "found", (0, 1))]
    text = "The diocesan review, published on Sunday, found that weekly attendance had halved."
    assert name_document_makers(text, found) == found


def test_document_named_by_its_makers_is_the_makers() -> None:
    found = [Found("Corwen Health Board and University of Tallis study", "document", "indicates", (0, 1))]
    text = "A Corwen Health Board and University of Tallis study indicates a 17% fall in extractions."
    assert name_document_makers(text, found) == [
        Found("Corwen Health Board and University of Tallis", "organisation", "indicates", (0, 1))]


def test_document_named_by_its_makers_letters_is_the_maker() -> None:
    found = [Found("OGRU survey of 300 riders", "document", "found", (0, 1))]
    text = "The Orrin Guild of Riders' Unions said so. An OGRU survey of 300 riders found that pay fell."
    assert name_document_makers(text, found) == [
        Found("Orrin Guild of Riders' Unions", "organisation", "found", (0, 1))]


def test_document_naming_its_maker_after_by_is_the_maker() -> None:
    found = [Found("survey of 84 colleges by the Colleges Overseas Forum (COF)", "document", "found", (0, 1))]
    text = "A survey of 84 colleges by the Colleges Overseas Forum (COF), published last week, found that 70% would cut."
    assert name_document_makers(text, found) == [Found("Colleges Overseas Forum", "organisation", "found", (0, 1))]


def test_titled_index_opening_on_one_body_name_is_that_body() -> None:
    found = [Found("the latest tarnley house price index", "document", "according to", (0, 1))]
    text = ("Prices fell, according to the latest Tarnley House Price Index.\n\nThe Tarnley House Price Index is based "
            "on mortgage approvals by Tarnley Building Society.")
    assert name_document_makers(text, found) == [
        Found("Tarnley Building Society", "organisation", "according to", (0, 1))]


def test_title_opening_on_a_common_word_is_no_body() -> None:
    found = [Found("Home Value Index", "document", "shows", (0, 1))]
    text = "The Home Value Index shows values rose. The Home Office said nothing."
    assert name_document_makers(text, found) == found


def test_capitalised_post_owning_its_report_is_its_office() -> None:
    found = [Found("the commissioner\u2019s annual report", "document", "reveals", (0, 1))]
    text = ("Appeals to the Welsh Information Commissioner rose by 17%, the Commissioner\u2019s annual report "
            "reveals.")
    assert name_document_makers(text, found) == [
        Found("Welsh Information Commissioner", "organisation", "reveals", (0, 1))]


@pytest.mark.parametrize("speaker", ["Figures obtained by the Tarn Courier", "study commissioned by the Tarn Courier"])
def test_document_naming_its_obtainer_or_commissioner_stays_the_document(speaker: str) -> None:
    found = [Found(speaker, "document", "show", (0, 1))]
    text = speaker + " show that 1,960 collections were missed."
    assert name_document_makers(text, found) == found


def test_title_opening_on_its_commissioners_name_stays_the_document() -> None:
    found = [Found("Tarnley House Price Index", "document", "shows", (0, 1))]
    text = "Tarnley Building Society commissioned the Tarnley House Price Index. The index shows prices fell."
    assert name_document_makers(text, found) == found


def test_titled_report_written_by_a_colleges_unit_is_that_unit() -> None:
    text = ("The Marrow Valley Sports Partnership today published its plan alongside a report entitled Playing Fields, "
            "which was written for the partnership by the Hollin College sport unit.\n\n"
            "Among the highlights of Playing Fields are:\n\n"
            "- 41,000 people play in a club at least once a month\n"
            "- Clubs took on 900 new volunteers in 2025\n")
    assert rows(text) == [
        ("Hollin College sport unit", "organisation", "41,000 people play in a club at least once a month"),
        ("Hollin College sport unit", "organisation", "Clubs took on 900 new volunteers in 2025")]


def test_review_which_was_conducted_by_a_firm_is_the_firm() -> None:
    found = [Found("independent review", "document", "found that", (0, 1))]
    text = "The club ordered an independent review, which was conducted by the accountancy firm Pellow Marsh LLP."
    assert name_document_makers(text, found) == [Found("Pellow Marsh LLP", "organisation", "found that", (0, 1))]


@pytest.mark.parametrize("lead", ["A report to cabinet says", "A report to the cabinet on Tuesday says"])
def test_report_to_cabinet_is_the_one_councils(lead: str) -> None:
    text = ("Fernbrook Borough Council plans to close two of its nine libraries.\n\n" + lead + " the change would save "
            "£420,000 a year.\n")
    assert rows(text) == [("Fernbrook Borough Council", "organisation", "the change would save £420,000 a year")]


def test_report_to_cabinet_beside_two_councils_stays_the_report() -> None:
    found = [Found("A report to cabinet", "document", "says", (0, 1))]
    text = "Fernbrook Borough Council and Ashby Town Council disagree.\n\nA report to cabinet says the change saves £4."
    assert name_document_makers(text, found) == found


@pytest.mark.parametrize(("text", "expected"), [
    ("In a survey by the Ferncastle Tenants Forum, early results show that one in four tenants is behind on rent.",
     [("Ferncastle Tenants Forum", "organisation", "one in four tenants is behind on rent")]),
    ("In a study by Corvane University and funded by the Lessing Foundation, the figures suggest that waiting lists "
     "have doubled.",
     [("Corvane University", "organisation", "waiting lists have doubled")]),
    ("From an audit by Hallam Wray LLP, the findings reveal that two ledgers were never reconciled.",
     [("Hallam Wray LLP", "organisation", "two ledgers were never reconciled")]),
    # round 52m: the sentence found from its own start, after other sentences, a decimal in the claim, and a
    # headline and standfirst without stops
    ("Tenants are struggling. Rents rose again. In a survey by the Ferncastle Tenants Forum, early results show that "
     "24.5% of tenants are behind on rent.",
     [("Ferncastle Tenants Forum", "organisation", "24.5% of tenants are behind on rent")]),
    ("Rent arrears rise\nTenants struggle in Ferncastle\n\nIn a survey by the Ferncastle Tenants Forum, early results "
     "show that one in four tenants is behind on rent.",
     [("Ferncastle Tenants Forum", "organisation", "one in four tenants is behind on rent")]),
])
def test_a_document_fronted_with_its_maker_gives_the_sentences_findings_to_the_maker(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In a survey funded by the Lessing Foundation, early results show that one in four tenants is behind on rent.",
     [("early results", "document", "one in four tenants is behind on rent")]),
    ("In a poll for the Lessing Foundation, most tenants say that rents are too high.",
     [("most tenants", "unresolved", "rents are too high")]),
])
def test_a_fronted_document_with_no_maker_named_gives_no_maker(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_an_index_with_its_letters_owned_by_a_bodys_first_word_is_that_body() -> None:
    text = ("Media release\nHarrowgate Property Analytics\n\nHarrowgate's national Rent Value Index (RVI) shows "
            "rents rose 0.7% in March, the ninth monthly gain.\n")
    assert rows(text) == [
        ("Harrowgate Property Analytics", "organisation", "rents rose 0.7% in March, the ninth monthly gain")]


def test_an_owner_opening_two_bodies_names_gives_no_maker() -> None:
    found = [Found("Rent Value Index", "document", "shows", (0, 1))]
    text = ("Harrowgate Property Analytics lends to Harrowgate Building Society.\n\nHarrowgate's national Rent "
            "Value Index (RVI) shows rents rose.")
    assert name_document_makers(text, found) == found


def test_the_texts_bodies_by_first_word_are_read_once_for_all_owners() -> None:
    # Wave 53g: one reading of the text's names per text (cached), each first word of one full body name giving its
    # last mention; a word two bodies open on, a person and a one-word name give none.
    text = ("Harrowgate Property Analytics lends to Harrowgate Building Society.\n\nTolven Water Ltd raised bills. "
            "Maris Fenwick of Ovenden Council met Tolven Water Ltd on Monday.")
    assert full_bodies_by_first_word(text) == {
        "Tolven": Mention(start=137, end=153, name="Tolven Water Ltd", kind="org", possessive=False, title="")}


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Wattlebrook Property Analytics tracks prices. Its chief economist is Jo Roe.\n\nWattlebrook's national Home "
     "Value Index (HVI) shows prices rose 2%.\n", "Wattlebrook", "Wattlebrook Property Analytics"),
    ("Wattlebrook Property Analytics tracks prices. Wattlebrook Homes builds houses.\n", "Wattlebrook", None),
    ("Wattlebrook Property Analytics tracks prices.\n", "Wattlebrook Property", None),  # an owner of two words
], ids=["one-body-beside-a-person", "two-bodies", "two-word-owner"])
def test_body_by_first_word(text: str, word: str, expected: str | None) -> None:
    found = document_makers._body_by_first_word(text, word)
    assert (found.name if found is not None else None) == expected


_GV = Mention(22, 38, "Guild of Valuers", "org", True, "")


@pytest.mark.parametrize(("text", "word", "expected"), [
    # 65n (mutation, OWNER_RUN's users): an owner written with its letters, whole values
    ("Prices rose, says the Guild of Valuers' (GV) monthly survey", "monthly", _GV),
    ("Guild of Valuers' (GV) monthly survey shows a rise", "monthly",  # the owner opening the text
     Mention(0, 16, "Guild of Valuers", "org", True, "")),
    ("Prices rose, says the Guild of Valuers' (GOV) monthly survey", "monthly", None),  # letters not the owner's
    ("Prices rose, says the eGuild Valuers' (GV) monthly survey", "monthly", None),  # the owner opens inside a word
    ("Prices rose, says the Guild of Valuers (GV) survey", "survey", None),  # no possessive
])
def test_lettered_owner(text: str, word: str, expected: Mention | None) -> None:
    assert document_makers._lettered_owner(text, text.index(word)) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # 65n: each way an owner before a document's words is read, whole values
    ("Prices rose, says the Guild of Valuers' (GV) monthly survey", "monthly", _GV),  # by its letters
    ("Prices rose, says the Kelby Trust's annual report", "annual", Mention(22, 35, "Kelby Trust", "org", True, "")),
    ("Prices rose, says Tarn Guild of Valuers\u2019 (GV) monthly survey", "monthly",  # a plural's curly apostrophe
     Mention(18, 39, "Tarn Guild of Valuers", "org", False, "")),
    ("Prices rose, says Tarn Guild of Valuers' (GV) monthly survey", "monthly",
     Mention(18, 39, "Tarn Guild of Valuers", "org", False, "")),
    ("Prices rose, says Kelby's annual report", "annual", None),  # a one-word owner the text names in no body
    ("Kelby Leisure Partnership runs the pools. Visits fell, says the partnership's annual report", "annual",
     Mention(0, 25, "Kelby Leisure Partnership", "org", False, "")),  # a body by its head noun
    ("The partnership's annual report shows a fall. Kelby Leisure Partnership runs the pools.", "annual",
     Mention(46, 71, "Kelby Leisure Partnership", "org", False, "")),  # the head noun opening the text
    ("Rents rose, says the Commissioner's annual report. The post of the Kelby Tenancy Commissioner was made in 2019.",
     "annual", Mention(67, 93, "Kelby Tenancy Commissioner", "org", False, "")),  # an office by its post
    ("The Commissioner's annual report says rents rose. The post of the Kelby Tenancy Commissioner was made in 2019.",
     "annual", Mention(66, 92, "Kelby Tenancy Commissioner", "org", False, "")),  # the post opening the text
    ("Kelby's annual report shows a rise. Kelby Leisure Trust runs the pools.", "annual",  # 66m: a one-word owner
     Mention(36, 55, "Kelby Leisure Trust", "org", False, "")),  # opening the text, a body it opens named later
])
def test_owner_before(text: str, word: str, expected: Mention | None) -> None:
    assert document_makers._owner_before(text, text.index(word)) == expected
