"""People and the bodies they speak for (wave 15): each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract.attribution.asked_parties import asked_party
from claims.extract.attribution.cited_sources import named_subject, speaker_cites_source
from claims.extract.attribution.patterns import ACCORDING_RE
from claims.extract.attribution.records import Attribution
from claims.extract.attribution.side_takers import person_takes_side
from claims.extract.offices import office_of_body
from claims.extract.speakers.context import Context
from claims.extract.speakers.employer_descriptions import describes_employer
from claims.extract.speakers.member_posts import is_member_post, is_party_post, member_letters_at, member_post_after_name
from claims.extract.speakers.person_offices import holder_office, named_office, office_words
from claims.extract.speakers.pronoun_gender import honorific_pronoun, pronoun_fits, shares_surname
from claims.extract.text import split_blocks
from extract_rows import rows


# An elected member's post set off after the member's name (member_posts). Writers name a member and then give the
# seat and party in apposition: `Tom Varga, North Ridge Liberal MLA, claimed`, `Bea Long, Labour AM for Westfield,
# said`, `Li Wen, the Westfield Green Party councillor, said`. Other writers put the letters straight after the name
# (`Ola Dunn MSP said`) or the party first (`Labour MSP Ola Dunn`). The post is capitalised like a name, so it was read
# as a second person (`Ridge Liberal`) or as a body (`Westfield AM`); the person before it speaks. The rule must not
# fire on a body's name set off after a description (`The Westfield operator, Kelloway Buses, said`).
MEMBER_PLACE_PARTY = "Bus cuts\n\nTom Varga, North Ridge Liberal MLA, claimed the service had got worse since March.\n"
MEMBER_AM_SEAT = "Bus cuts\n\nBea Long, Labour AM for Westfield, said 40 stops had closed.\n"
MEMBER_AM_PLACE = "Bus cuts\n\nSam Hale, Westfield AM, said the buses were late on 30 days.\n"
MEMBER_MSP_PLACE = "Bus cuts\n\nOla Dunn, Eastwick Labour MSP, said 300 people had signed the petition.\n"
PARTY_POST_ARTICLE = "Bus cuts\n\nLi Wen, the Westfield Green Party councillor, said fares had doubled since 2024.\n"
MEMBER_NAMED_ALONE = "Bus cuts\n\nOla Dunn MSP said 300 people had signed the petition.\n"
BODY_AFTER_DESCRIPTION = "Bus cuts\n\nThe Westfield operator, Kelloway Buses, said 12 routes had gone.\n"


@pytest.mark.parametrize(("text", "expected"), [
    (MEMBER_PLACE_PARTY, [("Tom Varga", "person", "the service had got worse since March")]),
    (MEMBER_AM_SEAT, [("Bea Long", "person", "40 stops had closed")]),
    (MEMBER_AM_PLACE, [("Sam Hale", "person", "the buses were late on 30 days")]),
    (MEMBER_MSP_PLACE, [("Ola Dunn", "person", "300 people had signed the petition")]),
    (PARTY_POST_ARTICLE, [("Li Wen", "person", "fares had doubled since 2024")]),
    (MEMBER_NAMED_ALONE, [("Ola Dunn", "person", "300 people had signed the petition")]),
    (BODY_AFTER_DESCRIPTION, [("Kelloway Buses", "organisation", "12 routes had gone")]),
])
def test_member_post_after_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("North Ridge Liberal MLA".split(), 3), ("Westfield AM".split(), 1), ("MP".split(), 0),
    ("Westfield am".split(), -1), ("Westfield Ms".split(), -1), ("the Westfield councillor".split(), -1),
])
def test_member_letters_at(words: list[str], expected: int) -> None:
    assert member_letters_at(words) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("Eastwick Labour MSP", True), ("Labour AM for Westfield", True), ("Labour AM for North Westfield", True),
    ("MP", False), ("former MP", False), ("Westfield AM said", False),
    ("Labour AM for the North Vale and Coast", False), ("Westfield am", False),
])
def test_is_member_post(clause: str, expected: bool) -> None:
    assert is_member_post(clause) is expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("the Westfield Green Party councillor", True), ("a Labour councillor", True), ("the Westfield Labour MP", True),
    ("the councillor", False), ("the Westfield bus operator", False), ("the party's councillor", False),
    ("the Party's Westfield councillor", False), ("her Labour councillor", False),
    ("the Vale and Eastwick Green councillor", False),
])
def test_is_party_post(clause: str, expected: bool) -> None:
    assert is_party_post(clause) is expected


# A pronoun that cannot mean the person it would go to (pronoun_gender). Writers call a person `he` or `she` after
# naming them; when the name just before was not read (`Aoibhe Lenihan BL`, a counsel unnamed), the pronoun went to the
# last person read, whom the text had called the other pronoun (`He told the court ... She said`) or titled `Mr`.
# Other writers use `Mrs`, `Ms`, `Sir`, `Dame`; a family shares a surname (`Mr Penn's son, Joel Penn ... he said`),
# so a surname's honorific says nothing when two people share it. A clash leaves the claim unresolved, never wrong.
PRONOUN_AFTER_UNNAMED = ("Court news\n\nInspector Dara Quinn gave evidence for the agency. He told the court that the "
                         "yard held 900 tonnes.\n\nCounsel for the firm said her client had spent €2m on a new store. "
                         "She said complaints had fallen to three.\n")
PRONOUN_AFTER_BARRISTER = ("Court news\n\nInspector Dara Quinn gave evidence for the agency. He told the court that the "
                           "yard held 900 tonnes.\n\nFor the firm, Aoibhe Lenihan BL said her client had spent €2m on "
                           "a new store. She said complaints had fallen to three.\n")
PRONOUN_AFTER_HONORIFIC = ("Court news\n\nRhian Doyle, prosecuting, said the van was going at 60mph.\n\nDefending, "
                           "Mr Neil Carver told the court the driver was sorry. She said the driver had looked at his "
                           "phone.\n")
PRONOUN_FITS_HONORIFIC = ("Court news\n\nMs Rhian Doyle said the van was going at 60mph. She said the driver had "
                          "looked at his phone.\n")
PRONOUN_IN_FAMILY = ("Court news\n\nKarl Penn, 70, died at the scene.\n\nOutside court, Mr Penn's son, Joel Penn, read "
                     "a statement. \"Dad walked that road every day,\" he said.\n\nHis daughter, Ana Penn, spoke too. "
                     "\"He loved that walk,\" she said.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (PRONOUN_AFTER_UNNAMED,
     [("Dara Quinn", "person", "the yard held 900 tonnes"),
      ("the firm", "unresolved", "her client had spent €2m on a new store"),
      ("she", "unresolved", "complaints had fallen to three")]),
    (PRONOUN_AFTER_BARRISTER,
     [("Dara Quinn", "person", "the yard held 900 tonnes"),
      ("Aoibhe Lenihan", "person", "her client had spent €2m on a new store"),
      ("Aoibhe Lenihan", "person", "complaints had fallen to three")]),
    (PRONOUN_AFTER_HONORIFIC,
     [("Rhian Doyle", "person", "the van was going at 60mph"),
      ("Neil Carver", "person", "the driver was sorry"),
      ("she", "unresolved", "the driver had looked at his phone")]),
    (PRONOUN_FITS_HONORIFIC,
     [("Rhian Doyle", "person", "the van was going at 60mph"),
      ("Rhian Doyle", "person", "the driver had looked at his phone")]),
    (PRONOUN_IN_FAMILY,
     [("Joel Penn", "person", "Dad walked that road every day"),
      ("Ana Penn", "person", "He loved that walk")]),
])
def test_pronoun_that_cannot_mean_the_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Mr Hale spoke.", "Tom Hale", "he"), ("Ms Hale spoke.", "Tom Hale", "she"), ("Mrs. Hale spoke.", "Jo Hale", "she"),
    ("Dame Jo Hale spoke.", "Jo Hale", "she"), ("Sir Tom Hale spoke.", "Tom Hale", "he"),
    ("Mr Hale and Mrs Hale spoke.", "Jo Hale", ""), ("Hale spoke.", "Jo Hale", ""), ("Dr Hale spoke.", "Jo Hale", ""),
    ("Mr Tom Hale spoke.", "Tom Hale", "he"), ("Mr\nHale spoke.", "Tom Hale", ""),
])
def test_honorific_pronoun(text: str, name: str, expected: str) -> None:
    assert honorific_pronoun(text, name) == expected


def test_honorifics_read_only_the_first_mentions() -> None:
    text = "Hale said. " * 12 + "Mr Hale said."
    assert honorific_pronoun(text, "Tom Hale") == ""
    assert honorific_pronoun("Hale said. " * 11 + "Mr Hale said.", "Tom Hale") == "he"


def test_shares_surname() -> None:
    ctx = Context(text="")
    ctx.kinds.update({"Karl Penn": "person", "Joel Penn": "person", "Penn Foods": "organisation",
                      "Ann Kopenn": "person"})
    assert (shares_surname(ctx, "Joel Penn"), shares_surname(ctx, "Ann Kopenn"), shares_surname(ctx, "Jo Roe")) \
        == (True, False, False)


def test_pronoun_fits_notes_the_pronoun() -> None:
    ctx = Context(text="Ms Roe said.")
    assert (pronoun_fits(ctx, "Jo Roe", "he"), ctx.pronoun_of) == (False, {})
    assert (pronoun_fits(ctx, "Jo Roe", "she"), ctx.pronoun_of) == (True, {"Jo Roe": "she"})
    assert (pronoun_fits(ctx, "Tim Ash", "he"), pronoun_fits(ctx, "Tim Ash", "she")) == (True, False)


# A party's words that cite a source at their end (cited_sources). Writers report a person's words and name the
# figures' source after them: `She said rents had risen by 9%, according to the Tenancy Standards Board`; others put
# the person's post between name and cue (`Cllr Tadhg Roche, Steward of the council, said A and noted that B,
# according to figures from X`) or use `told the meeting that`. The person speaks; the source only backs the words
# (the gold of every such sentence in the corpus says so). Without a speaking subject the source speaks (`Rents rose
# 9%, according to X`), and a pronoun inside the content (`The rise she said was the worst`) is no subject.
# `Steward of the council`: an office held in a body the text calls by its common noun is a post, not the body.
PRONOUN_CITES = ("Rent row\n\nCllr Orla Feeney said families were waiting longer. She said rents in the town had risen "
                 "by 9% in a year, according to the Tenancy Standards Board.\n")
NAME_POST_CITES = ("Rent row\n\nCllr Tadhg Roche, Steward of the council, said the housing figures were \"a credit to "
                   "staff\" and noted that the county had the third-highest rate of new homes, according to figures "
                   "from the Department of Housing.\n")
BODY_CITES = ("Rent row\n\nThe Renters Union said rents had risen by 9% in a year, according to the Tenancy Standards "
              "Board.\n")
SOURCE_ONLY = "Rent row\n\nRents in the town rose by 9% in a year, according to the Tenancy Standards Board.\n"
PRONOUN_IN_CONTENT = ("Rent row\n\nThe Tenancy Standards Board published its review. The rise she said was the worst "
                      "came in May, according to the board.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (PRONOUN_CITES,
     [("Orla Feeney", "person", "families were waiting longer"),
      ("Orla Feeney", "person", "rents in the town had risen by 9% in a year")]),
    (NAME_POST_CITES,
     [("Tadhg Roche", "person", "the housing figures were \"a credit to staff\""),
      ("Tadhg Roche", "person", "the county had the third-highest rate of new homes")]),
    (BODY_CITES, [("Renters Union", "organisation", "rents had risen by 9% in a year")]),
    (SOURCE_ONLY, [("Tenancy Standards Board", "inspectorate", "Rents in the town rose by 9% in a year")]),
    (PRONOUN_IN_CONTENT,
     [("Tenancy Standards Board", "inspectorate", "The rise she said was the worst came in May")]),
])
def test_speaker_cites_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("She ", True), ("In May, she ", True), ("The rise she ", False), ("Jo Roe ", True),
    ("Jo Roe, chair of the council, ", True), ("Jo Roe's report ", False), ("the figures ", False),
    ("Jo Roe, who chairs the board and the trust, which runs it, ", False), ("", False),
])
def test_named_subject(words: str, expected: bool) -> None:
    assert named_subject(words + "said", 0, len(words)) is expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("Cathaoirleach of the council", True), ("Steward of the board", True), ("Convener of the Harbour Board", True),
    ("Cathaoirleach of council", False), ("Friends of the library", False), ("Steward of the council's board", False),
    ("Sheriff of the county", True), ("Steward of the harbour", False),
])
def test_office_of_body_named_before(clause: str, expected: bool) -> None:
    assert office_of_body(clause) is expected


# A person's workplace set off after the name with `at` (clauses.is_role_phrase). Writers give an analyst's or an
# expert's firm as `Mark Tull, at Harbour Securities, wrote`, as others write `of Harbour Securities` or `an analyst
# at Harbour Securities, Li Chen,`: the person speaks, never the firm. A body's own aside (`The Kelloway Trust, at its
# meeting on Monday, said`) leaves the body speaking.
AT_FIRM = ("Shares fall\n\nAcme Homes shares fell 20% after the warning.\n\nMark Tull, at Harbour Securities, wrote in a "
           "note to clients that he had cut his forecast by 22%.\n")
AT_BODY_SAID = "Harbour news\n\nJo Pike, at the Kelloway Trust, said cargo rose by 12% last year.\n"
BODY_AT_MEETING = "Harbour news\n\nThe Kelloway Trust, at its meeting on Monday, said cargo rose by 12% last year.\n"


@pytest.mark.parametrize(("text", "expected"), [
    (AT_FIRM, [("Mark Tull", "person", "he had cut his forecast by 22%")]),
    (AT_BODY_SAID, [("Jo Pike", "person", "cargo rose by 12% last year")]),
    (BODY_AT_MEETING, [("Kelloway Trust", "organisation", "cargo rose by 12% last year")]),
])
def test_person_at_workplace(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Whom the writer asks (asked_parties). A news report turns into a short interview: `We asked the regulator's head of
# safety, Ola Brandt, about the findings.`, then questions set apart and quoted answers with no cue. Other writers
# put points to a body (`We put these points to Kelloway Ferries.`) or speak to a person (`I spoke to Tom Reyes, who
# runs the cafe.`). The answers are the asked party's, never the words of whoever spoke before the question. Someone
# else asking (`Residents asked Tom Reyes`) changes nothing.
ASKED_PERSON = ("Ferry fines\n\nKelloway Ferries said it would appeal. \"We ran 98% of sailings,\" a spokesman said.\n\n"
                "We asked the regulator's head of safety, Ola Brandt, about the findings.\n\nWhy a notice and not a "
                "fine?\n\n\"The law gives us no power to fine. We have asked ministers for it twice.\"\n\nIs this one "
                "firm?\n\n\"We are looking at two other operators this winter.\"\n")
PUT_TO_BODY = ("Ferry fines\n\nDr Amy Lowe said the ferries were late on 40 days. \"Passengers were stranded,\" she "
               "said.\n\nWe put these points to Kelloway Ferries.\n\n\"We ran 98% of sailings and refunded every late "
               "passenger last year.\"\n")
SPOKE_TO = ("Cafe closes\n\nThe council said the lease had ended. \"We offered a new lease in May,\" a spokeswoman "
            "said.\n\nI spoke to Tom Reyes, who runs the cafe.\n\n\"We were never offered anything in writing, and the "
            "rent went up by 40%.\"\n")
OTHERS_ASK = ("Cafe closes\n\nThe council said the lease had ended. \"We offered a new lease in May,\" a spokeswoman "
              "said.\n\nResidents asked Tom Reyes about the lease at a meeting.\n\n\"We were never offered anything "
              "in writing, and the rent went up by 40%.\"\n")


@pytest.mark.parametrize(("text", "expected"), [
    (ASKED_PERSON,
     [("Kelloway Ferries", "organisation", "it would appeal"),
      ("Kelloway Ferries", "organisation", "We ran 98% of sailings"),
      ("Ola Brandt", "person", "The law gives us no power to fine."),
      ("Ola Brandt", "person", "We have asked ministers for it twice."),
      ("Ola Brandt", "person", "We are looking at two other operators this winter.")]),
    (PUT_TO_BODY,
     [("Amy Lowe", "person", "the ferries were late on 40 days"),
      ("Amy Lowe", "person", "Passengers were stranded"),
      ("Kelloway Ferries", "organisation", "We ran 98% of sailings and refunded every late passenger last year.")]),
    (SPOKE_TO,
     [("the council", "unresolved", "the lease had ended"),
      ("the council", "unresolved", "We offered a new lease in May"),
      ("Tom Reyes", "person", "We were never offered anything in writing, and the rent went up by 40%.")]),
    (OTHERS_ASK,
     [("the council", "unresolved", "the lease had ended"),
      ("the council", "unresolved", "We offered a new lease in May"),
      ("the council", "unresolved", "We were never offered anything in writing, and the rent went up by 40%.")]),
])
def test_asked_party_answers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("We asked Tom Reyes about the lease.", ("Tom Reyes", "person")),
    ("I also put these three questions to Kelloway Ferries.", ("Kelloway Ferries", "organisation")),
    ("We then spoke to Tom Reyes.", ("Tom Reyes", "person")),
    ("We talked to Tom Reyes on Monday.", ("Tom Reyes", "person")),
    ("We asked whether the lease had ended.", None),
    ("We asked Kelloway Ferries and Acme Water about the lease.", None),
    ("We asked Tom Reyes's lawyer about the lease.", None), ("We asked Ana Lund about Tom Reyes.", ("Ana Lund", "person")),
    ("We asked its chair, Ana Lund, whether Tom Reyes had paid.", ("Ana Lund", "person")),
    ("Residents asked Tom Reyes about the lease.", None),
    ("We sent the lease to Tom Reyes.", None),
    ("We asked Kelloway Ferries' chair about it.", None),
])
def test_asked_party(paragraph: str, expected: tuple[str, str] | None) -> None:
    text = paragraph + "\n"
    block = split_blocks(text)[0]
    who = asked_party(text, block, Context(text=text))
    assert (who[:2] if who else None) == expected


# An office named by its holder (person_offices). Writers report what a post-holder's office says apart from the
# holder: `Okoro's office said`, `Ruth Okoro's office said`, `The attorney general's office said`, `The Attorney
# General's Office estimates`. The office speaks as a body, in the text's words (or as the body the text named so:
# `Office of the Eastvale Attorney General`, `Tillman County Sheriff's Office`), never the holder in person. The
# holder still speaks for `Bale said his office had saved $4m`, and an office only named as a document's author
# (`an audit released by City Auditor Ana Ruiz's office`) leaves that reading alone.
NAME_OFFICE = ("Lender settles\n\nThe firm will pay $2m under a settlement announced by Attorney General Ruth Okoro.\n\n"
               "Okoro's office said its inquiry found that 900 households took out loans.\n")
TITLE_OFFICE = ("Lender settles\n\nAttorney General Ruth Okoro announced the deal on Monday.\n\nThe Attorney General's "
                "Office estimates that the average refund will be $270.\n")
NAMED_OFFICE = ("Lender settles\n\nOffice of the Eastvale Attorney General\n\nAttorney General Ruth Okoro announced the "
                "deal on Monday.\n\nThe attorney general's office said 900 households took out loans.\n")
SHERIFF_OFFICE = ("Warrant sweep\n\nThe Tillman County Sheriff's Office arrested 40 people.\n\nThe sheriff's office said "
                  "12 of them had failed to appear in court.\n")
MAYOR_OFFICE = "Budget row\n\nMayor Tim Bale backed the plan.\n\nThe mayor's office said the city had saved $4m.\n"
HOLDER_SAID = "Budget row\n\nMayor Tim Bale backed the plan. Bale said his office had saved $4m.\n"
AUDIT_BY_OFFICE = ("Overtime audit\n\nThe police spent $14m on overtime, according to an audit released Monday by City "
                   "Auditor Ana Ruiz's office.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (NAME_OFFICE, [("Okoro's office", "organisation", "its inquiry found that 900 households took out loans")]),
    (TITLE_OFFICE,
     [("Ruth Okoro", "person", "announced the deal on Monday"),
      ("Attorney General's Office", "organisation", "the average refund will be $270")]),
    (NAMED_OFFICE,
     [("Ruth Okoro", "person", "announced the deal on Monday"),
      ("Office of the Eastvale Attorney General", "organisation", "900 households took out loans")]),
    (SHERIFF_OFFICE,
     [("Tillman County Sheriff's Office", "organisation", "12 of them had failed to appear in court")]),
    (MAYOR_OFFICE, [("The mayor's office", "organisation", "the city had saved $4m")]),
    (HOLDER_SAID, [("Tim Bale", "person", "his office had saved $4m")]),
    (AUDIT_BY_OFFICE, [("Ana Ruiz", "person", "The police spent $14m on overtime")]),
])
def test_office_named_by_holder(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("subject", "expected"), [
    ("Ruth Okoro's office", ("Ruth Okoro's office", "organisation")),
    ("the mayor\u2019s office", ("the mayor\u2019s office", "organisation")),
    ("The Mayor's Offices", ("Mayor's Offices", "organisation")),
    ("The state Attorney General's Office", ("Attorney General's Office", "organisation")),
    ("the mayor's offices in town", None), ("an audit by Ruth Okoro's office", None), ("the office", None),
    ("the council's office", None), ("office", None), ("Okoro office", None),
])
def test_holder_office(subject: str, expected: tuple[str, str] | None) -> None:
    raw = subject.split()
    assert holder_office(raw, [w.lower() for w in raw], Context(text=subject)) == expected


# A description of a person's employer after the post (employer_descriptions). Writers name a person, the post and
# then say what the employer is: `Ana Lund, director of Fairdebt, a think tank, said`, `Ana Lund, chief executive of
# the Helplines Network, an umbrella body and a charity, said`, `Ana Lund, who runs Fairdebt, a charity, said`. The
# description (`a charity`) read as the subject sent the words to the employer or to another charity the text named;
# the person speaks. A body described directly (`Fairdebt, a think tank, said`) still speaks itself.
POST_THEN_DESCRIPTION = ("Helplines busy\n\nThe Kelloway Trust said calls rose by 30% in May.\n\nAna Lund, director of "
                         "Fairdebt, a think tank, said members were seeing more calls about debt.\n")
LONG_DESCRIPTION = ("Helplines busy\n\nThe Kelloway Trust said calls rose by 30% in May.\n\nAna Lund, chief executive of "
                    "the Helplines Network, an umbrella body and a charity, said members were seeing more calls about "
                    "debt.\n")
RELATIVE_THEN_DESCRIPTION = ("Helplines busy\n\nThe Kelloway Trust said calls rose by 30% in May.\n\nAna Lund, who runs "
                             "Fairdebt, a charity, said members were seeing more calls about debt.\n")
BODY_DESCRIBED = "Helplines busy\n\nFairdebt, a think tank, said members were seeing more calls about debt.\n"


@pytest.mark.parametrize(("text", "expected"), [
    (POST_THEN_DESCRIPTION,
     [("Kelloway Trust", "organisation", "calls rose by 30% in May"),
      ("Ana Lund", "person", "members were seeing more calls about debt")]),
    (LONG_DESCRIPTION,
     [("Kelloway Trust", "organisation", "calls rose by 30% in May"),
      ("Ana Lund", "person", "members were seeing more calls about debt")]),
    (RELATIVE_THEN_DESCRIPTION,
     [("Kelloway Trust", "organisation", "calls rose by 30% in May"),
      ("Ana Lund", "person", "members were seeing more calls about debt")]),
    (BODY_DESCRIBED, [("Fairdebt", "organisation", "members were seeing more calls about debt")]),
])
def test_employer_description_after_post(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("region", "expected"), [
    ("Ana Lund, director of Fairdebt, a think tank", True), ("Ana Lund, who runs Fairdebt, a charity", True),
    ("Fairdebt, a think tank", False), ("the trust, director of Fairdebt, a think tank", False),
    ("Ana Lund, Fairdebt, a think tank", False), ("Ana Lund, director of Fairdebt, the think tank", False),
])
def test_describes_employer(region: str, expected: bool) -> None:
    cuts = [0] + [i + 2 for i, ch in enumerate(region) if ch == ","]
    clauses = [(a, b - 2 if b < len(region) else b) for a, b in zip(cuts, cuts[1:] + [len(region)])][::-1]
    assert describes_employer(region, clauses, 0) is expected


def test_asked_party_reads_only_its_own_paragraph() -> None:
    text = "Readers asked about the lease.\n\nWe asked Tom Reyes about it.\n"
    blocks = split_blocks(text)
    ctx = Context(text=text)
    assert (asked_party(text, blocks[0], ctx), asked_party(text, blocks[1], ctx)) == (None, ("Tom Reyes", "person", 0))


def test_asked_party_skips_a_curly_plural_possessive() -> None:
    text = "We asked Kelloway Ferries\u2019 chair about it.\n"
    assert asked_party(text, split_blocks(text)[0], Context(text=text)) is None


def test_speaker_cites_source_skips_a_cue_inside_a_quotation() -> None:
    text = "Under a \"tenants said enough\" banner, Orla Feeney said rents rose 9%, according to the Tenancy Board."
    match = ACCORDING_RE.search(text)
    hole = (text.index("\""), text.index("banner"))
    assert (speaker_cites_source(text, (0, len(text)), match, [hole]),
            speaker_cites_source(text, (0, len(text)), match, [(0, len(text))])) == (True, False)


@pytest.mark.parametrize(("raw", "expected"), [
    ("the Mayor's office", "the Mayor's office"), ("The state Attorney General's Office", "Attorney General's Office"),
    ("the mayor's office", "the mayor's office"),
])
def test_office_words(raw: str, expected: str) -> None:
    assert office_words(raw.split()) == expected


def test_named_office_needs_an_office_of_the_post() -> None:
    ctx = Context(text="")
    ctx.orgs += ["Eastvale Attorney General", "Office of Fair Trading", "Office of the Eastvale Attorney General"]
    assert (named_office("attorney general", ctx), named_office("mayor", ctx)) \
        == ("Office of the Eastvale Attorney General", None)


@pytest.mark.parametrize(("clause", "expected"), [
    ("Labour AM for North Vale Coast", True), ("Labour AM for the North Vale Coast", False),
    ("North East Vale Hill Labour MP", True), ("North East Vale Coast Hill Labour MP", False),
])
def test_is_member_post_bounds(clause: str, expected: bool) -> None:
    assert is_member_post(clause) is expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("the North East Vale Green Party councillor", True), ("the North East Vale Hill Green Party councillor", False),
    ("the Party\u2019s Westfield councillor", False),
])
def test_is_party_post_bounds(clause: str, expected: bool) -> None:
    assert is_party_post(clause) is expected


def test_member_post_after_name_needs_a_post() -> None:
    text = "Tom Varga, chief executive, said"
    assert (member_post_after_name(text, (11, 26), (0, 9)), member_post_after_name("Tom Varga, Westfield AM, said",
                                                                                   (11, 23), (0, 9))) == (False, True)


def test_honorifics_of_a_three_word_name() -> None:
    ctx = Context(text="")
    ctx.kinds.update({"Mary Ann Penn": "person", "Joel Penn": "person"})
    assert (honorific_pronoun("Ms Penn spoke.", "Mary Ann Penn"), shares_surname(ctx, "Mary Ann Penn")) == ("she", True)


@pytest.mark.parametrize(("region", "expected"), [
    ("director of Fairdebt, a think tank", False), ("Ana Lund, for Fairdebt, a think tank", False),
])
def test_describes_employer_needs_a_post_and_a_person(region: str, expected: bool) -> None:
    cuts = [0] + [i + 2 for i, ch in enumerate(region) if ch == ","]
    clauses = [(a, b - 2 if b < len(region) else b) for a, b in zip(cuts, cuts[1:] + [len(region)])][::-1]
    assert describes_employer(region, clauses, 0) is expected


# A named person who takes a side in a sentence of figures (side_takers). After a body's claim, the next sentence of
# the same paragraph opens with a person and a side-taking verb: `Its secretary, Ann Crewe, accused the trust of
# cutting its hours from 30 to 18 a week.`, `Ann Crewe, of the Friends, accused the trust of cutting 12 hours a
# week.`, `Ann Crewe has accused the trust of cutting 40 seats.` The figures are the person's, never the body's that spoke before;
# a person who only appears in narration (`Ann Crewe, 54, lost her job in 2023`) takes nothing.
POST_HOLDER_ACCUSES = ("Library row\n\nFriends of Elm Library said the branch was busy. Its secretary, Ann Crewe, "
                       "accused the trust of cutting its hours from 30 to 18 a week.\n")
APPOSED_PERSON_DISPUTES = ("Library row\n\nFriends of Elm Library said the branch was busy. Ann Crewe, of the Friends, "
                           "accused the trust of cutting 12 hours a week.\n")
PERSON_HAS_OBJECTED = ("Library row\n\nFriends of Elm Library said the branch was busy. Ann Crewe has accused the "
                       "trust of cutting 40 seats.\n")
PERSON_IN_NARRATION = ("Plant closes\n\nAcme Foods said 300 jobs would go. Ann Crewe, 54, lost her job in 2023 after 20 "
                       "years.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (POST_HOLDER_ACCUSES,
     [("Friends of Elm Library", "organisation", "the branch was busy"),
      ("Ann Crewe", "person", "the trust of cutting its hours from 30 to 18 a week")]),
    (APPOSED_PERSON_DISPUTES,
     [("Friends of Elm Library", "organisation", "the branch was busy"),
      ("Ann Crewe", "person", "the trust of cutting 12 hours a week")]),
    (PERSON_HAS_OBJECTED,
     [("Friends of Elm Library", "organisation", "the branch was busy"),
      ("Ann Crewe", "person", "the trust of cutting 40 seats")]),
    (PERSON_IN_NARRATION,
     [("Acme Foods", "organisation", "300 jobs would go"),
      ("Acme Foods", "organisation", "Ann Crewe, 54, lost her job in 2023 after 20 years")]),
])
def test_person_takes_side_in_figures(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("sentence", "previous_kind", "expected"), [
    ("Ann Crewe accused the trust of cutting 40 seats.", "organisation",
     Attribution("Ann Crewe", "person", "accused", ((18, 47),))),
    ("Ann Crewe accused the trust of cutting 40 seats.", "person", None),
    ("In May, Ann Crewe accused the trust of cutting 40 seats.", "organisation", None),
    ("The trust accused the council of cutting 40 seats.", "organisation", None),
    ("Ann Crewe lost 40 seats in 2023.", "organisation", None),
    ("Ann Crewe lost 40 seats and accused the trust.", "organisation", None),
    ("Ann Crewe accused the trust of cutting seats.", "organisation", None),
    ("Ann Crewe, of the Friends, accused the trust of cutting 40 seats.", "organisation",
     Attribution("Ann Crewe", "person", "accused", ((35, 64),))),
])
def test_person_takes_side(sentence: str, previous_kind: str, expected: Attribution | None) -> None:
    previous = Attribution("Acme Foods", previous_kind, "said", ((0, 4),))
    assert person_takes_side(sentence, (0, len(sentence)), [], previous, Context(text=sentence)) == expected
