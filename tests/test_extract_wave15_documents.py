"""Documents and who wrote them (wave 15, 15c): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract.attribution.opening_references import body_of_name, body_of_noun, it_follows
from claims.extract.entities import Mention
from claims.extract.speakers import Context
from claims.extract.speakers.compound_references import compound_goes_on
from claims.extract.speakers.document_authors import (
    document_before_by, author_mention, body_after_by, name_run, register_author,
)
from claims.extract.speakers.lead_documents import lead_authors
from claims.extract.speakers.shared_subjects import bare_word, subject_end, subject_words
from extract_rows import rows

# A document's author after `by` or `from` (15c, document_authors). A campaign group, a think tank or a consumer body
# publishes research about a company or a public service; the text names the author once after the document's noun
# (`Research by Fair Bills Now found`) and then speaks of the document alone (`The study found`). The author's name
# often has no head noun that marks a body (`Fair Bills Now`, `Shoppers First`), so the old reading fell back on the
# body the text is about: the company under study. Other writers put it as `a study from X shows`, `an analysis by
# X of 600 complaints`, `X's research`. The author speaks; a person named after `by` stays a person; a name the
# extractor reads as a person stays as it was (no guess).
AUTHOR_WITHOUT_HEAD_NOUN = (
    "Energy firm's new tariff criticised\n\nHouseholds on the Brightflow standard tariff pay more than they need to, "
    "a campaign group has warned.\n\nBrightflow, which supplies 1.2 million homes, raised its prices in April.\n\n"
    "Research by Fair Bills Now found that 38% of Brightflow customers had never switched.\n\n"
    "The study found that the average customer could save £210 a year.\n")
AUTHOR_IS_A_PERSON = ("Parking charges rise again\n\nKelmont Council raised parking charges by 20% in June.\n\n"
                      "A report by Dr Helen Marsh found that 600 spaces were empty on most days.\n")
AUTHOR_FROM = ("Ferry users unhappy\n\nNorthsound Ferries cancelled 140 sailings last winter.\n\n"
               "An analysis from the Island Transport Forum showed that 9,000 passengers were affected.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (AUTHOR_WITHOUT_HEAD_NOUN,
     [("a campaign group", "unresolved", "Households on the Brightflow standard tariff pay more than they need to"),
      ("Fair Bills Now", "organisation", "38% of Brightflow customers had never switched"),
      ("Fair Bills Now", "organisation", "the average customer could save £210 a year")]),
    (AUTHOR_IS_A_PERSON,
     [("Helen Marsh", "person", "600 spaces were empty on most days")]),
    (AUTHOR_FROM,
     [("Island Transport Forum", "organisation", "9,000 passengers were affected")]),
], ids=["author-without-head-noun", "author-is-a-person", "author-after-from"])
def test_a_document_speaks_as_the_author_named_after_by(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("by Fair Bills Now found", (3, 17)),
    ("by the Institute for Rural Studies and", (7, 34)),  # joiners inside, a closing joiner dropped
    ("by Friday", None),  # a date, not an author
    ("by the council", None),
    ("by One Two Three Four Five Six Seven Eight", None),  # longer than a name
    ("by Acme, the firm", (3, 7)),
    ("by Orrin Insight for the Marlow Trust", None),  # two bodies: the pollster and its client
    ("by the Office for Rail Data on Friday showed", (7, 27)),  # a date after the name is not part of it
])
def test_name_run_reads_the_capitalised_name_after_by(text: str, expected: tuple[int, int] | None) -> None:
    assert name_run(text, 3, len(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("by Fair Bills Now", "Fair Bills Now"),
    ("by Shoppers First's", "Shoppers First"),
    ("by Dr Helen Marsh", None),
    ("by Helen Marsh", None),
    ("by tomorrow", None),
])
def test_body_after_by_keeps_people_out(text: str, expected: str | None) -> None:
    assert body_after_by(text, 3, len(text)) == expected


# One subject, two verbs (15c, shared_subjects). `The Brindle Foundation analysed NHS data for 1,400 clinics and found
# that ...`: the cue `found` shares its subject with `analysed`, and the body in that verb's object (`NHS`) is what
# the subject worked on. Other writers: `X surveyed 900 Kelmont Council tenants and found`, `X visited Dunmore
# Station and said that`, `X, a charity, examined records from Y and concluded`. The subject speaks; when the
# extractor cannot name it, its own words stay, unresolved; a name in the object is never the speaker. It must not
# fire on a describing participle (`A review published by the Kelmont Trust and seen by this paper found`).
OBJECT_NAMES_A_BODY = (
    "Rural patients wait longer for scans\n\nThe Brindle Foundation, an independent charity, analysed NHS "
    "waiting-list data for 1,400 clinics and found that rural patients waited 11 weeks.\n\n"
    "Hexley Hospital said it had opened a second scanner.\n")
SUBJECT_NOT_READ_AS_A_NAME = (
    "Station upgrade\n\nNetwork Southbridge visited Dunmore Station and said that the lifts would open in May.\n\n"
    "The Rail Users Group said it had waited six years for the lifts.\n")
DESCRIBING_PARTICIPLE = ("Library hours\n\nA review published by the Kelmont Trust and seen by this paper found that "
                         "visits had fallen by 12%.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (OBJECT_NAMES_A_BODY,
     [("Brindle Foundation", "organisation", "rural patients waited 11 weeks"),
      ("Hexley Hospital", "organisation", "it had opened a second scanner")]),
    (SUBJECT_NOT_READ_AS_A_NAME,
     [("Network Southbridge", "unresolved", "the lifts would open in May"),
      ("Rail Users Group", "organisation", "it had waited six years for the lifts")]),
    (DESCRIBING_PARTICIPLE,
     [("Kelmont Trust", "organisation", "visits had fallen by 12%")]),
], ids=["object-names-a-body", "subject-not-read-as-a-name", "describing-participle"])
def test_a_cue_shares_the_subject_of_the_verb_before_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("region", "expected"), [
    ("The Brindle Foundation analysed NHS data and ", 23),
    ("The Brindle Foundation, a charity, took Kelmont Council to court and ", 35),
    ("The Brindle Foundation analysed the data and ", 45),  # nothing named in the object: unchanged
    ("Inspectors returned in June 2025 and ", 37),  # a date only
    ("The Brindle Foundation analysed data from Acme, Beta and Gamma and ", 67),  # a comma inside: too loose
    ("The report published by Acme Trust and ", 39),  # a describing participle
    ("analysed NHS data and ", 22),  # no subject before the verb
    ("The Trust said ", 15),
])
def test_subject_end_cuts_before_the_first_verb(region: str, expected: int) -> None:
    assert subject_end(region, 0, len(region)) == expected


@pytest.mark.parametrize(("region", "expected"), [
    ("In May, Network Southbridge ", "Network Southbridge"),
    ("network southbridge ", None),
    ("The one body with a very long name here ", None),
])
def test_subject_words_keeps_a_short_capitalised_subject(region: str, expected: str | None) -> None:
    assert subject_words(region, 0, len(region)) == expected


# A lead that cites a report without its author (15c, lead_documents). News reports open with the finding and
# `according to a report published today` or `a new study suggests`, and name the author in the next paragraph as
# the subject of the work: `The Brindle Foundation found that`, `X, a research charity, surveyed 2,000 parents and
# found`. The gold gives the lead and later `The report said` to that body. Other writers: `a damning report claims
# today. / The Y Inspectorate found`, `..., research has found. / X analysed`. It must not fire when the next paragraph
# opens with a body that answers (`Hexley Hospital said`), nor on a document nobody cites (`will publish a review.`).
LEAD_THEN_AUTHOR = (
    "Scan waits longer in villages\n\nPatients in rural Wessex wait twice as long for a scan as those in towns, "
    "according to a report published today.\n\nThe Brindle Foundation found that 41 clinics had no scanner open at "
    "weekends.\n\nThe report said that 9,000 patients had waited more than a year.\n")
LEAD_THEN_ANSWER = (
    "Scan waits longer in villages\n\nPatients in rural Wessex wait twice as long for a scan as those in towns, "
    "according to a report published today.\n\nHexley Hospital said it had opened a second scanner in March.\n")
LEAD_VERB_AFTER = (
    "Parents cut back on school trips\n\nTwo in five parents have cut back on school trips this year, a new study "
    "suggests.\n\nThe Larch Institute, a research charity, surveyed 2,000 parents in May and found that 18% had "
    "borrowed money for uniforms.\n\nThe study also said that costs had risen by 12% since 2023.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD_THEN_AUTHOR,
     [("Brindle Foundation", "organisation", "Patients in rural Wessex wait twice as long for a scan as those in towns"),
      ("Brindle Foundation", "organisation", "41 clinics had no scanner open at weekends"),
      ("Brindle Foundation", "organisation", "9,000 patients had waited more than a year")]),
    (LEAD_THEN_ANSWER,
     [("a report", "document", "Patients in rural Wessex wait twice as long for a scan as those in towns"),
      ("Hexley Hospital", "organisation", "it had opened a second scanner in March")]),
    (LEAD_VERB_AFTER,
     [("Larch Institute", "organisation", "Two in five parents have cut back on school trips this year"),
      ("Larch Institute", "organisation", "18% had borrowed money for uniforms"),
      ("Larch Institute", "organisation", "costs had risen by 12% since 2023")]),
], ids=["lead-then-author", "lead-then-answer", "lead-verb-after"])
def test_a_report_the_lead_cites_is_the_next_paragraphs_researchers(text: str,
                                                                    expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD_THEN_AUTHOR, {"report": "Brindle Foundation"}),
    (LEAD_THEN_ANSWER, {}),
    (LEAD_VERB_AFTER, {"study": "Larch Institute"}),
    ("Budget\n\nThe council will publish a review.\n\nThe Brindle Foundation found that rents rose.\n", {}),
    ("Budget\n\nRents rose, a review finds.\n\nSome say the Brindle Foundation found that rents rose.\n", {}),
    ("Budget\n\nRents rose, a review finds.\n\nThe Brindle Foundation (BF) has reviewed rents and found a rise.\n",
     {"review": "Brindle Foundation"}),
    ("Budget\n\nRents rose, a review finds.\n\nThe Brindle Foundation surveyed 900 tenants. It found a rise.\n",
     {}),  # what the body did, no finding in that sentence: the lead's document may be another's
])
def test_lead_authors_maps_a_cited_document_to_its_researcher(text: str, expected: dict[str, str]) -> None:
    lead_authors.cache_clear()
    assert {noun: mention.name for noun, mention in lead_authors(text).items()} == expected


# Two related bodies, one named inside the other's reference (15c, compound_references). A hospital group runs a
# hospital; a bus group owns a bus company; a trust has a board. The text names both, then calls one of them by a
# compound of two body nouns: `a spokeswoman for the hospital group`. The head is the last noun (`group`); the first
# (`hospital`) only says what kind of group. The old reading stopped at the first body noun and gave the hospital.
# Other writers: `a spokesman for the bus group`, `a spokeswoman for the trust board`. It must not change
# `a spokeswoman for the hospital`, whose last noun is the hospital.
GROUP_RUNS_A_HOSPITAL = ("Group disputes count\n\nThe Tarn Valley Hospital Group, which runs St Kevin's Hospital, "
                         "said the count was wrong.\n\nA spokeswoman for the hospital group said 40 patients were "
                         "waiting.\n")
THE_HOSPITAL_ITSELF = ("Ward closes\n\nSt Kevin's Hospital is part of the Tarn Valley Hospital Group.\n\n"
                       "A spokeswoman for the hospital said 12 beds had closed.\n")
BUS_GROUP_OWNS_A_COMPANY = ("Routes cut\n\nBrennan Buses, owned by the Arden Transport Group, cut 40 routes.\n\n"
                            "A spokesman for the transport group said fares had risen by 5%.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (GROUP_RUNS_A_HOSPITAL,
     [("Tarn Valley Hospital Group", "organisation", "the count was wrong"),
      ("Tarn Valley Hospital Group", "organisation", "40 patients were waiting")]),
    (THE_HOSPITAL_ITSELF,
     [("St Kevin's Hospital", "organisation", "12 beds had closed")]),
    (BUS_GROUP_OWNS_A_COMPANY,
     [("Arden Transport Group", "organisation", "fares had risen by 5%")]),
], ids=["group-runs-a-hospital", "the-hospital-itself", "bus-group-owns-a-company"])
def test_a_compound_reference_means_the_body_its_last_noun_names(text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "index", "expected"), [
    (["a", "spokeswoman", "for", "the", "hospital", "group"], 4, True),
    (["a", "spokeswoman", "for", "the", "hospital", "board's"], 4, True),
    (["a", "spokeswoman", "for", "the", "hospital"], 4, False),
    (["a", "spokeswoman", "for", "the", "hospital", "said"], 4, False),
    (["for", "the", "hospital", "group\u2019s"], 2, True),
    (["for", "the", "trust", "hospital"], 2, True),  # a head that is no reference word
])
def test_compound_goes_on_when_the_next_word_is_a_body_noun(words: list[str], index: int, expected: bool) -> None:
    assert compound_goes_on(words, index) is expected


# `It` and `Its` after a sentence about a body (15c, opening_references). A text names a company and a regulator or
# a trade body that spoke; a later paragraph opens on the company by a short name or a reference and goes on about it
# (`Larkfield, which was founded in 2001, supplies 900,000 homes. It reported a loss`, `The council, which runs 14
# libraries, met on Monday. Its budget papers show`). The `It`, `Its` of the next sentence is that body, not the last
# body that spoke. Other writers: `The firm, based in Leeds, employs 40 people. Its accounts show`. It must not reach
# across a paragraph: `It` opening a new paragraph keeps its old reading.
SHORT_NAME_THEN_IT = ("Supplier raises prices\n\nLarkfield Energy will raise its tariff by 9%.\n\nThe regulator, "
                      "Powerwatch, said suppliers must treat customers fairly.\n\nLarkfield, which was founded in 2001, "
                      "supplies 900,000 homes. It reported a loss of £38m last year.\n")
REFERENCE_THEN_ITS = ("Council cuts\n\nKelmont Council will close two pools, the Leisure Trust said.\n\nThe council, "
                      "which runs 14 libraries, met on Monday. Its budget papers show a gap of £4m.\n")
IT_IN_A_NEW_PARAGRAPH = ("Supplier raises prices\n\nLarkfield Energy will raise its tariff by 9%.\n\nThe regulator, "
                         "Powerwatch, said suppliers must treat customers fairly.\n\nLarkfield, which was founded in "
                         "2001, supplies 900,000 homes.\n\nIt reported a loss of £38m last year.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (SHORT_NAME_THEN_IT,  # 33h: `The regulator, Powerwatch, said` calls Powerwatch a regulator: an inspectorate
     [("Powerwatch", "inspectorate", "suppliers must treat customers fairly"),
      ("Larkfield Energy", "organisation", "reported a loss of £38m last year")]),
    (REFERENCE_THEN_ITS,
     [("Leisure Trust", "organisation", "Kelmont Council will close two pools"),
      ("Kelmont Council", "organisation", "a gap of £4m")]),
    (IT_IN_A_NEW_PARAGRAPH,
     [("Powerwatch", "inspectorate", "suppliers must treat customers fairly"),
      ("Powerwatch", "inspectorate", "reported a loss of £38m last year")]),
], ids=["short-name-then-it", "reference-then-its", "it-in-a-new-paragraph"])
def test_it_after_a_sentence_about_a_body_is_that_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Acme supplies homes. It reported", 20, True),
    ("Acme supplies homes. Its accounts", 20, True),
    ("Acme supplies homes.\n\nIt reported", 20, False),
    ("Acme supplies homes. Items sold", 20, False),
    ("Acme supplies homes. The firm", 20, False),
])
def test_it_follows_only_in_the_same_paragraph(text: str, end: int, expected: bool) -> None:
    assert it_follows(text, end) is expected


# Official figures the lead cites and the body whose data the next paragraph opens with (15c, lead_documents): `...,
# official figures show. / The Wessex Health Agency data published on Tuesday shows ...`: the figures are the agency's.
LEAD_FIGURES_THEN_BODY_DATA = (
    "Waits rise\n\nFewer than seven in ten patients were seen within two months, official figures show.\n\n"
    "The Wessex Health Agency data published on Tuesday shows 68% of patients at NHS Dunlin were seen in time.\n")
LEAD_FIGURES_THEN_ANSWER = ("Waits rise\n\nFewer than seven in ten patients were seen within two months, official "
                            "figures show.\n\nNHS Dunlin said it had hired two surgeons.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD_FIGURES_THEN_BODY_DATA,
     [("Wessex Health Agency", "organisation", "Fewer than seven in ten patients were seen within two months"),
      ("Wessex Health Agency", "organisation", "68% of patients at NHS Dunlin were seen in time")]),
    (LEAD_FIGURES_THEN_ANSWER,
     [("official figures", "document", "Fewer than seven in ten patients were seen within two months"),
      ("NHS Dunlin", "organisation", "it had hired two surgeons")]),
], ids=["lead-figures-then-body-data", "lead-figures-then-answer"])
def test_figures_the_lead_cites_are_the_body_whose_data_follows(text: str,
                                                                expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_its_inspection_after_a_sentence_about_a_body_is_not_that_bodys() -> None:
    text = ("Trust rated\n\nThe Care Review Commission rated the Dunlin Trust good.\n\nThe Dunlin Trust, which runs "
            "12 clinics, employs 900 staff. Its previous inspection, in 2023, found that waits were too long.\n")
    assert rows(text) == [("Care Review Commission", "inspectorate", "rated the Dunlin Trust good"),
                          ("Care Review Commission", "inspectorate", "waits were too long")]


# Unit values of the small functions (whole values; they also pin the bounds mutation testing probes).
def _ctx(*bodies: tuple[str, str]) -> Context:
    """Return a context with these bodies registered, in order, with their kinds."""
    ctx = Context(text="")
    for name, kind in bodies:
        ctx.register_org(name, kind)
    return ctx


@pytest.mark.parametrize(("text", "expected"), [
    ("Budget\n\nRents rose, a review finds.\n\nrents rose again, the Brindle Foundation found.\n", {}),  # no opener
    ("Budget\n\nRents rose, a review finds.\n\nThe Brindle Foundation said it found a rise.\n", {}),  # said: no work
    ("Budget\n\nRents rose, a review finds.\n\nSo the Brindle Foundation found a rise.\n", {}),
    ("Budget\n\nRents rose, a review finds.\n\nThe Brindle Foundation found a rise\n",
     {"review": "Brindle Foundation"}),  # no full stop at all: the finding runs to the end
    ("Budget\n\nRents rose, a review finds.\n\nThe Brindle Foundation counted rents. Its staff found a rise.\n", {}),
    ("Budget\n\nRents rose, says a review.\n\nThe Brindle Foundation found a rise.\n",
     {"review": "Brindle Foundation"}),  # the verb before the document
    ("Budget\n\nRents rose, according to the review.\n\nThe Brindle Foundation found a rise.\n", {}),  # `the`: known
])
def test_lead_authors_needs_a_body_doing_the_work_and_finding(text: str, expected: dict[str, str]) -> None:
    lead_authors.cache_clear()  # a cached answer from an earlier text must not stand in for this one
    assert {noun: mention.name for noun, mention in lead_authors(text).items()} == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("June,", "june"), ("Acme's.", "acme"), ("Acme\u2019s", "acme"), (".Acme", ".acme"), ("Kelmont", "kelmont"),
])
def test_bare_drops_closing_punctuation_and_possessive(word: str, expected: str) -> None:
    assert bare_word(word) == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("Earlier. and the trust analysed NHS data and found", 9, 47, 47),  # no capital in the subject after `start`
    ("The Acme Trust analysed NHS data and found that Kelmont sold", 0, 37, 15),
    ("The Acme Trust analysed NHS data and found that Kelmont sold", 0, 42, 42),  # cue not after `and`
    ("The Acme Trust, a charity, analysed data from 6,300 Kelmont practices and ", 0, 74, 27),
    ("The Acme Trust analysed NHS data, and ", 0, 38, 15),  # a comma before `and` only: one predicate still
    ("The Acme Trust analysed NHS data, in May, and ", 0, 46, 46),  # an aside inside: too loose to cut
    ("Acme took Beta and ", 0, 19, 5),
    ("Acme, said Beta and ", 0, 20, 20),
])
def test_subject_end_reads_only_its_region(text: str, start: int, end: int, expected: int) -> None:
    assert subject_end(text, start, end) == expected


@pytest.mark.parametrize(("region", "expected"), [
    ("Network Southbridge of the North East ", "Network Southbridge of the North East"),  # six words: kept
    ("Network Southbridge of the North East Coast ", None),  # seven: too long to be a subject's own words
])
def test_subject_words_keeps_at_most_six_words(region: str, expected: str | None) -> None:
    assert subject_words(region, 0, len(region)) == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("Acme by Acme Trust", 8, 18, (8, 18)),  # the same word before `start` is not the name
    ("by Acme Trust and Beta found", 3, 13, (3, 13)),  # the words after `end` are not read
    ("by Kelmont-Dunlin Trust found", 3, 29, (3, 23)),
    ("by Acme & Sons found", 3, 20, (3, 14)),
    ("by One Two Three Four Five Six Seven found", 3, 42, (3, 36)),  # seven words: still a name
    ("by Acme Acme found", 3, 18, (3, 12)),
])
def test_name_run_stays_inside_its_span(text: str, start: int, end: int, expected: tuple[int, int] | None) -> None:
    assert name_run(text, start, end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("by Acme Trust\u2019s", "Acme Trust"),
    ("by Acme Trust's", "Acme Trust"),
])
def test_body_after_by_drops_a_possessive(text: str, expected: str) -> None:
    assert body_after_by(text, 3, len(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the report, published by Fair Bills Now, found", Mention(25, 39, "Fair Bills Now", "org")),
    ("the report, published by Dr Helen Marsh, found", None),
    ("the report, published by the council, found", None),
])
def test_author_mention_is_a_body_mention(text: str, expected: Mention | None) -> None:
    assert author_mention(text, text.index(" by ") + 4, text.index(", found")) == expected


AUTHOR_NAMED_BEFORE = ("Savers short-changed\n\nA report by Fair Bills Now was published on Monday.\n\n"
                       "The report found that 38% of savers had never switched.\n")


def test_a_document_named_with_its_author_before_is_the_authors_later() -> None:
    assert rows(AUTHOR_NAMED_BEFORE) == [("Fair Bills Now", "organisation", "38% of savers had never switched")]


@pytest.mark.parametrize(("words", "expected"), [
    (["research", "by", "acme"], "research"),
    (["figures", "from", "acme"], "figures"),
    (["a", "new", "study", "from", "acme", "trust"], "study"),
    (["written", "by", "acme", "report", "by", "beta"], None),  # a `by` before the document: another's words
    (["acme", "from", "beta"], None),
    (["research", "and", "acme"], None),
])
def test_document_before_by_finds_the_documents_noun(words: list[str], expected: str | None) -> None:
    assert document_before_by(words) == expected


def test_register_author_keeps_a_kind_known_before() -> None:
    ctx = _ctx(("Care Review Commission", "inspectorate"))
    assert register_author(ctx, "Care Review Commission", "report") == ("Care Review Commission", "inspectorate")
    assert ctx.owners == {"report": ("Care Review Commission", "inspectorate")}
    assert ctx.orgs == ["Care Review Commission"]


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Acme supplies homes.\tIt reported", 20, True),
    ("Acme supplies homes.     It reported", 20, True),  # five spaces
    ("Acme supplies homes.      It reported", 20, False),  # six: no sentence of the same paragraph
    ("Acme supplies homes. \nIt reported", 20, False),
])
def test_it_follows_reads_a_short_window(text: str, end: int, expected: bool) -> None:
    assert it_follows(text, end) is expected


@pytest.mark.parametrize(("noun", "bodies", "expected"), [
    ("council", [("Kelmont Council", "organisation")], "Kelmont Council"),
    ("hospital", [("St Kevin's Hospital", "organisation")], "St Kevin's Hospital"),  # a head, not a reference word
    ("regulator", [("Powerwatch Authority", "inspectorate")], None),  # an inspectorate opens no company's sentence
    ("weather", [("Kelmont Council", "organisation")], None),
    ("company", [("Larkfield Energy Ltd", "organisation"), ("Kelmont Council", "organisation")], None),
])
def test_body_of_noun_is_a_registered_organisation(noun: str, bodies: list[tuple[str, str]],
                                                   expected: str | None) -> None:
    assert body_of_noun(noun, _ctx(*bodies)) == expected


@pytest.mark.parametrize(("name", "bodies", "expected"), [
    ("Larkfield", [("Larkfield Energy", "organisation")], "Larkfield Energy"),
    ("Larkfield", [("Larkfield Energy", "organisation"), ("Larkfield Water", "organisation")], None),  # two
    ("Larkfield", [("Larkfield", "organisation")], "Larkfield"),
    ("Energy", [("Larkfield Energy", "organisation")], "Larkfield Energy"),  # the end of a name
    ("Powerwatch", [("Powerwatch", "inspectorate")], None),
    ("Kelmont", [], None),
])
def test_body_of_name_is_the_one_body_so_named(name: str, bodies: list[tuple[str, str]], expected: str | None) -> None:
    assert body_of_name(name, _ctx(*bodies)) == expected
