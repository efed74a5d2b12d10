"""People on texts by new authors (wave 16): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract.aged_names import aged_person
from claims.extract.descriptions import describes_apart
from claims.extract.entities import NAME_RUN_RE, Mention, person_name
from claims.extract.interviews import is_interviewer
from claims.extract.speakers.member_posts import is_party_seat
from claims.extract.speakers.names import RELATIVE_NOUNS
from claims.extract.attribution.records import Attribution
from claims.extract.attribution.unquoted_speech import goes_on, opens_speech, speech_claims
from claims.extract.text import Block, find_speech, split_blocks
from claims.extract.speakers.words import TITLE_WORDS
from extract_rows import rows


# A party or place before an Irish member's letters (roles.txt has `td`). Irish writers put the party or the word
# `Local` before `TD` as British writers do before `MP` (`Labour TD Ann Roe said`, `Local TD Ann Roe (Ind) said`); the
# capitalised run was read as one name with no person in it, and the claim was dropped or given to a body nearby.
@pytest.mark.parametrize(("text", "expected"), [
    ("Flood works\n\nLabour TD Ann Roe said the scheme had cost €4 million.\n",
     [("Ann Roe", "person", "the scheme had cost €4 million")]),
    ("Flood works\n\nGreen Party TD Ann Roe said the scheme had cost €4 million.\n",
     [("Ann Roe", "person", "the scheme had cost €4 million")]),
    ("Flood works\n\nLocal TD Ann Roe (Ind) said the scheme had cost €4 million.\n",
     [("Ann Roe", "person", "the scheme had cost €4 million")]),
    ("Flood works\n\nLabour MP Ann Roe said the scheme had cost £4 million.\n",
     [("Ann Roe", "person", "the scheme had cost £4 million")]),
])
def test_party_before_member_letters(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Role letters written with full stops after a name (entities._DOTTED_POST_NOMINAL). Irish government releases and
# older British copy write `T.D.`, `M.P.`, `Q.C.` after a name; the name run stopped at the first letter, so the speaker
# came out as `Ann Roe T` and a later `Minister Roe` could not be tied to the full name.
@pytest.mark.parametrize(("text", "expected"), [
    ("Housing\n\nMinister of State Ann Roe T.D., said 410 homes would be for older people.\n",
     [("Ann Roe", "person", "410 homes would be for older people")]),
    ("Housing\n\nHousing spokesperson Una Nic Aodha T.D. said completions had fallen short of target.\n",
     [("Una Nic Aodha", "person", "completions had fallen short of target")]),
    ("Housing\n\nThe Minister, Liam Ó Briain T.D., approved 900 homes today.\n\n"
     "Minister Ó Briain said: \u201cWe delivered more homes than in any year since 1975.\u201d\n",
     [("Liam Ó Briain", "person", "We delivered more homes than in any year since 1975.")]),
    ("Housing\n\nJo Bloggs M.P. said 300 homes were empty.\n", [("Jo Bloggs", "person", "300 homes were empty")]),
])
def test_dotted_post_nominal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Roe T.D., said", ["Ann Roe T.D."]),
    ("Jo Bloggs M.P. and", ["Jo Bloggs M.P."]),
    ("Jo Bloggs M.P.S. said", ["Jo Bloggs M.P.S."]),
    ("Jo Bloggs M.P.Q. said", ["Jo Bloggs M", "P", "Q"]),
    ("T.D. Roe said", ["T.D. Roe"]),
])
def test_name_run_takes_dotted_post_nominal(text: str, expected: list[str]) -> None:
    assert [m.group() for m in NAME_RUN_RE.finditer(text)] == expected


# A member named with role letters after the name is `the <place or party> TD` later (registry._letters_after). Irish
# and British reports name a member once (`Seán Roe TD`, `Ann Hale MP`) and then call them by seat or party and the
# letters (`the Louth TD said`, `the Labour MP added`); only a title written before the name was kept, so the later
# phrase came out as its own speaker.
MEMBER_THEN_SEAT = ("Budget\n\nSeán Roe TD criticised the budget on Friday.\n\n"
                    "\u201cThe county has lost 4,000 jobs since 2020,\u201d the Louth TD said.\n")
MEMBER_THEN_PARTY = ("Budget\n\nAnn Hale MP criticised the budget on Friday.\n\n"
                     "The Labour MP said the county had lost 4,000 jobs.\n")
MEMBER_DOTTED = ("Budget\n\nSeán Roe T.D. criticised the budget on Friday.\n\n"
                 "The Louth TD said the county had lost 4,000 jobs.\n")
NO_LETTERS = ("Budget\n\nSeán Roe criticised the budget on Friday.\n\n"
              "The Louth TD said the county had lost 4,000 jobs.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (MEMBER_THEN_SEAT, [("Seán Roe", "person", "The county has lost 4,000 jobs since 2020")]),
    (MEMBER_THEN_PARTY, [("Ann Hale", "person", "the county had lost 4,000 jobs")]),
    (MEMBER_DOTTED, [("Seán Roe", "person", "the county had lost 4,000 jobs")]),
    # wave 53d: with no letters either, `The Louth TD` right after the one person named is that person
    # (speakers/focus_descriptions: a post marked by a capitalised name, the person `he` would mean)
    (NO_LETTERS, [("Seán Roe", "person", "the county had lost 4,000 jobs")]),
])
def test_member_letters_name_a_later_reference(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A title written short before a name is its role word in full later (words.TITLE_WORDS). US and police copy write
# `Gov. Ann Roe`, `Supt Jo Key`, then `the Democratic governor said`, `the superintendent added`; only the short form
# was kept as the person's title, so the reference went unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("Budget\n\nGov. Ann Roe signed the budget on Tuesday.\n\n"
     "The Democratic governor told reporters that the budget raises school funding by 7%.\n",
     [("Ann Roe", "person", "the budget raises school funding by 7%")]),
    ("Burglaries\n\nSupt Jo Key opened the new station on Monday.\n\n"
     "The superintendent said burglaries had fallen by 12% since May.\n",
     [("Jo Key", "person", "burglaries had fallen by 12% since May")]),
    ("Budget\n\nSen. Tom Hale voted against the budget on Tuesday.\n\n"
     "The Republican senator said the state had lost 4,000 jobs.\n",
     [("Tom Hale", "person", "the state had lost 4,000 jobs")]),
])
def test_short_title_names_a_later_reference(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_title_words() -> None:
    assert TITLE_WORDS == {"gov": "governor", "sen": "senator", "supt": "superintendent", "insp": "inspector",
                           "det": "detective", "prof": "professor", "cllr": "councillor", "coun": "councillor",
                           "sgt": "sergeant"}


# A given name alone with an age set off after it is a person (aged_names). Reports on a service tell a case study by
# first name only (`Ellie, 19, from Bradford, waited ...`, `One parent, Sam, 34, said`); the word named nothing, so
# the quotation after it went to the expert quoted before, or the word itself was read as a body.
CASE_STUDY_QUOTE = ("Waits\n\nDr Nadia Roe said waits had doubled.\n\n"
                    "Ellie, 19, from Bradford, waited eight months. \"I got one letter and then nothing,\" she said.\n")
CASE_STUDY_SAID = ("Waits\n\nDr Nadia Roe said waits had doubled.\n\n"
                   "One parent, Sam, 34, said he waited 14 months for a first appointment.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (CASE_STUDY_QUOTE, [("Nadia Roe", "person", "waits had doubled"),
                        ("Ellie", "person", "I got one letter and then nothing")]),
    (CASE_STUDY_SAID, [("Nadia Roe", "person", "waits had doubled"),
                       ("Sam", "person", "he waited 14 months for a first appointment")]),
])
def test_given_name_with_age(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("Ellie, 19, from Bradford", 0, 5, True),
    ("so Sam, 34, said", 3, 6, True),
    ("Priya, aged 7, from Leeds", 0, 5, True),
    ("Ellie, 19 from Bradford", 0, 5, False),
    ("Ellie, 190, said", 0, 5, False),
    ("Ellie said", 0, 5, False),
    ("Ellie,19, said", 0, 5, False),
    ("NHS, 19, said", 0, 3, False),
    ("However, 19, said", 0, 7, False),
    ("Monday, 14, said", 0, 6, False),
    ("Outlook, 12, said", 0, 7, False),
])
def test_aged_person(text: str, start: int, end: int, expected: bool) -> None:
    assert aged_person(text, start, end) is expected


# A law's name after a word that may be a title is no person (entities.person_name). `Information` is a title in the
# name parser's list, so `the Freedom of Information Act` was read as a person `Information Act`; a single word from
# rule_words.txt after a title that is not an honorific names a law or a scheme (`Mr Code` stays a person).
@pytest.mark.parametrize(("words", "expected"), [
    (["Freedom", "of", "Information", "Act"], None),
    (["Information", "Act"], None),
    (["Minister", "Plan"], None),
    (["Mr", "Code"], "Mr Code"),
    (["Dr", "Act"], "Dr Act"),
    (["Minister", "Jo", "Roe"], "Jo Roe"),
])
def test_law_after_title_is_no_person(words: list[str], expected: str | None) -> None:
    assert person_name(words) == expected


def test_law_is_no_speaker() -> None:
    text = ("Records\n\nFigures obtained under the Freedom of Information Act show that 400 complaints were made in "
            "2025.\n")
    assert rows(text) == [("figures obtained under the Freedom of Information Act", "document",
                           "400 complaints were made in 2025")]


# More posts before a name (roles.txt: `whip`, `cathaoirleach`, `mep`; post_nominals.txt: `mep`). US statehouse copy
# stacks chamber, party and post before a name (`House Republican Whip Jo Roe`), Irish council copy writes the chair's
# Irish title (`Cathaoirleach Jo Roe`), and a member of the European Parliament is written as an MP is (`Labour MEP
# Jo Roe`, `Jo Roe MEP`); the run was read as a body or kept its title as part of the name.
@pytest.mark.parametrize(("text", "expected"), [
    ("Budget\n\nHouse Republican Whip Ana Ruiz said the governor had vetoed 41 items.\n",
     [("Ana Ruiz", "person", "the governor had vetoed 41 items")]),
    ("Council\n\nCathaoirleach Martin Tully said the members would meet in January.\n",
     [("Martin Tully", "person", "the members would meet in January")]),
    ("Farms\n\nLabour MEP Ana Ruiz said 40 farms had lost payments.\n",
     [("Ana Ruiz", "person", "40 farms had lost payments")]),
    ("Farms\n\nAna Ruiz MEP said 40 farms had lost payments.\n",
     [("Ana Ruiz", "person", "40 farms had lost payments")]),
])
def test_more_posts_before_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# One of a group named by a pronoun or a quantity is a description too (descriptions._ONE_OF_RE): `Rob Hale, one of
# those who resigned, said`, `Ann Roe, one of several councillors who objected, said`; only `one of the`, `one of
# its` and a name were known, so the clause was read as the speaker and nobody spoke.
@pytest.mark.parametrize(("text", "expected"), [
    ("Council\n\nFormer chairman Rob Hale, one of those who resigned, said the vote had never been held.\n",
     [("Rob Hale", "person", "the vote had never been held")]),
    ("Council\n\nAnn Roe, one of several councillors who objected, said the vote had never been held.\n",
     [("Ann Roe", "person", "the vote had never been held")]),
    ("Council\n\nAnn Roe, one of these days, said the vote had never been held.\n",
     [("Ann Roe", "person", "the vote had never been held")]),
])
def test_one_of_a_group(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    (" one of those who resigned", True), (" one of these members", True), (" one of several councillors", True),
    (" one of many", True), (" one of the founders", True), (" one of Acme's founders", True),
    (" one of thosewho", False), (" one of two", False), (" one of manyfold", False), (" the one of those", False),
])
def test_describes_apart(clause: str, expected: bool) -> None:
    assert describes_apart(clause) is expected


# The person an interviewee talks to asks the questions (interviews._PRESS_BEFORE_RE). An introduction often names the
# interviewee, then says `She talked to Al Key about ...` with no press role for Al Key; both were kept as answerers,
# so nobody answered and every answer was lost. `We spoke to Al Key` still names the interviewee.
@pytest.mark.parametrize(("text", "expected"), [
    ("She talked to Al Key about staffing.", True), ("He spoke to Al Key on Monday.", True),
    ("They talk with Al Key.", True), ("We spoke to Al Key on Monday.", False), ("I talked to Al Key.", False),
    ("She talked about Al Key.", False), ("Shewalked to Al Key.", False),
])
def test_talked_to_an_interviewer(text: str, expected: bool) -> None:
    at = text.index("Al Key")
    assert is_interviewer(text, Mention(at, at + 6, "Al Key", "person")) is expected


UNLABELLED_INTERVIEW = (
    "INTERVIEW\n\n'We cannot staff the wards'\n\n"
    "Ann Roe became chair of the Ward Nurses Guild in May, after 20 years on the wards. She talked to Al Key about "
    "staffing and pay.\n\n"
    "You have said the wards are short of nurses. How short?\n\n"
    "We counted 400 empty posts in March, up from 250 a year ago.\n\n"
    "What did your members tell you?\n\n"
    "We heard from 900 members. Half of them said they worked unpaid overtime every week.\n")


def test_unlabelled_interview_after_talked_to() -> None:
    assert rows(UNLABELLED_INTERVIEW) == [
        ("Ann Roe", "person", "We counted 400 empty posts in March, up from 250 a year ago"),
        ("Ann Roe", "person", "We heard from 900 members"),
        ("Ann Roe", "person", "Half of them said they worked unpaid overtime every week"),
    ]


# A dash line after a blank line signs the quotation paragraph above it (quotes.SIGNATURE_LINE_RE). Government releases
# print a `Quotes` section: each quotation a paragraph, then `— The Honourable Jo Roe, Minister of X` as a paragraph of
# its own; only a signature on the very next line was read, so every quotation went unattributed. Without the dash a
# line after a blank line signs only when it is a name, a comma and a post (wave 52e, `statement.comma_signer`: real
# government releases sign so); a bare name, a place line or a byline signs nothing.
SIGNED_APART = ("Floods\n\nQuotes\n\n\"Families have lost their homes three times in eight years. These works will "
                "protect 2,600 homes.\"\n\n\u2014 The Honourable Ana Ruiz, Minister of Infrastructure\n")
SIGNED_APART_EN_DASH = ("Floods\n\n\"Families have lost their homes three times in eight years.\"\n\n"
                        "\u2013 Ana Ruiz, Mayor of Kingsbrook\n")
SIGNED_APART_NO_DASH = ("Floods\n\n\"Families have lost their homes three times in eight years.\"\n\n"
                        "Ana Ruiz, Mayor of Kingsbrook\n")
NOT_SIGNED_APART = ("Floods\n\n\"Families have lost their homes three times in eight years.\"\n\n"
                    "Ana Ruiz\n")
PLACE_LINE_APART = ("Floods\n\n\"Families have lost their homes three times in eight years.\"\n\n"
                    "Flood defences, Kingsbrook\n")
BYLINE_APART = ("Floods\n\n\"Families have lost their homes three times in eight years.\"\n\n"
                "By Ana Ruiz, Kingsbrook Gazette\n")


@pytest.mark.parametrize(("text", "expected"), [
    (SIGNED_APART, [("Ana Ruiz", "person", "Families have lost their homes three times in eight years."),
                    ("Ana Ruiz", "person", "These works will protect 2,600 homes.")]),
    (SIGNED_APART_EN_DASH, [("Ana Ruiz", "person", "Families have lost their homes three times in eight years.")]),
    (SIGNED_APART_NO_DASH, [("Ana Ruiz", "person", "Families have lost their homes three times in eight years.")]),
    (NOT_SIGNED_APART, []),
    (PLACE_LINE_APART, []),
    (BYLINE_APART, []),
])
def test_signature_after_a_blank_line(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A person's words set out without quotation marks after `X said:` (attribution.unquoted_speech). Government news
# pages and results statements print a speaker's words as plain paragraphs under the colon cue; the colon waited
# for bullets or a quotation only, so the words were dropped or given to the body issuing the text. The first
# paragraph must speak as `I` or `we`; the words go on until a paragraph reports someone, quotes, names a person or
# is a bullet.
UNQUOTED_SPEECH = ("Measles\n\nThe agency said 74 more cases had been confirmed.\n\n"
                   "Dr Ann Roe, the agency's chief executive, said:\n\n"
                   "We are now seeing measles spread where uptake of the vaccine is low.\n\n"
                   "Nationally, only 84% of children have had both doses by the age of five.\n\n"
                   "In Bolton, the director of public health, Al Key, said clinics had given 2,140 doses.\n")
UNQUOTED_NOT_FIRST_PERSON = ("Measles\n\nDr Ann Roe, the agency's chief executive, said:\n\n"
                             "Measles is spreading where uptake of the vaccine is low.\n")
UNQUOTED_THEN_PERSON = ("Measles\n\nDr Ann Roe, the agency's chief executive, said:\n\n"
                        "We are now seeing measles spread where uptake of the vaccine is low.\n\n"
                        "Parents such as Tom Hale have queued for hours at the clinic.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (UNQUOTED_SPEECH, [("the agency", "unresolved", "74 more cases had been confirmed"),
                       ("Ann Roe", "person", "We are now seeing measles spread where uptake of the vaccine is low."),
                       ("Ann Roe", "person", "Nationally, only 84% of children have had both doses by the age of five."),
                       ("Al Key", "person", "clinics had given 2,140 doses")]),
    (UNQUOTED_NOT_FIRST_PERSON, [("Ann Roe", "person", "Measles is spreading where uptake of the vaccine is low.")]),  # 42e
    (UNQUOTED_THEN_PERSON, [("Ann Roe", "person",
                             "We are now seeing measles spread where uptake of the vaccine is low.")]),
])
def test_unquoted_speech_after_colon(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def _block(text: str, paragraph: str, bullet: bool = False) -> Block:
    """The block of the text that holds a paragraph."""
    return next(b for b in split_blocks(text) if text[b.body:b.end].startswith(paragraph) and b.bullet == bullet)


SAID = Attribution("Ann Roe", "person", "said", (), colon=True)


@pytest.mark.parametrize(("paragraph", "pending", "expected"), [
    ("We cut waits by 12%.", SAID, True),
    ("Waits fell by 12%.", SAID, True),  # 42e: right under the colon, plain words are hers without `we`
    ("We cut waits by 12%.", SAID._replace(kind="organisation"), True),  # wave 41b: a body's statement
    ("We cut waits by 12%.", SAID._replace(kind="unresolved"), False),
    ("We cut waits by 12%.", SAID._replace(cue="found"), False),
    ("We cut waits by 12%.", SAID._replace(spans=((0, 1),)), False),
    ("We cut waits by 12%, Tom Hale said.", SAID, False),
    ("We cut waits by 12% with Tom Hale.", SAID, False),
    ("We cut waits by", SAID, False),
])
def test_opens_speech(paragraph: str, pending: Attribution, expected: bool) -> None:
    text = f"Head\n\n{paragraph}\n"
    assert opens_speech(text, _block(text, paragraph), [], pending) is expected


def test_opens_speech_reads_its_own_paragraph_and_quotations() -> None:
    text = "Head\n\nWaits fell by 12%.\n\nWe cut waits by 12%.\n"
    blocks = split_blocks(text)
    assert [opens_speech(text, b, [], SAID) for b in blocks[1:]] == [True, True]  # 42e: plain words under the colon
    quoted = "Head\n\nWe put \"waits will fall by a third this year\" on posters.\n"
    block = split_blocks(quoted)[1]
    assert opens_speech(quoted, block, find_speech(quoted, block), SAID) is False


def test_goes_on_past_a_body_named() -> None:
    text = "Head\n\nWe thank Acme Water for its help.\n\nWe thank Jo Roe for her help.\n\nWe thank Jo for her help.\n"
    assert [goes_on(text, b, []) for b in split_blocks(text)[1:]] == [True, False, True]


def test_speech_claims_keep_statements_of_three_words_or_more() -> None:
    text = "Head\n\nWe hired 40 nurses. Waits fell. Waits fell 12%. We cut waits.\n"
    found = speech_claims(text, split_blocks(text)[1], SAID)
    assert [(f.speaker, f.kind, f.cue, text[slice(*f.span)]) for f in found] == [
        ("Ann Roe", "person", "said", "We hired 40 nurses."), ("Ann Roe", "person", "said", "Waits fell 12%.")]


def test_goes_on_never_takes_a_bullet_or_a_quotation() -> None:
    text = "Head\n\n- We cut waits by 12%.\n\n\"We cut waits by 12%.\"\n\nWe cut waits by 12%!\n"
    blocks = split_blocks(text)
    assert [goes_on(text, b, find_speech(text, b)) for b in blocks[1:]] == [False, False, True]


# Professions written after a name as the person's post (roles.txt). `Dr Ann Roe, consultant epidemiologist at the
# agency, said` was read as the agency speaking, as the clause's head (`epidemiologist`) was no known role.
@pytest.mark.parametrize(("text", "expected"), [
    ("Measles\n\nDr Ann Roe, consultant epidemiologist at Westfield Health, said cases were up by 12%.\n",
     [("Ann Roe", "person", "cases were up by 12%")]),
    ("Measles\n\nThe Westfield Health Agency (WHA) confirmed 74 cases.\n\n"
     "Dr Ann Roe, WHA consultant epidemiologist, said cases were up by 12%.\n",
     [("Westfield Health Agency", "organisation", "confirmed 74 cases"), ("Ann Roe", "person", "cases were up by 12%")]),
    ("Rivers\n\nTom Hale, senior hydrologist at the Rivers Trust, said flows were 30% below normal.\n",
     [("Tom Hale", "person", "flows were 30% below normal")]),
])
def test_profession_after_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A person's relatives after the person's possessive name speak, in the text's words (names.RELATIVE_NOUNS,
# regions.LY_NOUNS). `Mr Dyson's family said` was read as Mr Dyson, who had died: `family` ends in `-ly` and was
# dropped as an adverb before the cue, leaving the possessive name alone; `Jo Roe's widow said` named nobody.
@pytest.mark.parametrize(("text", "expected"), [
    ("Inquest\n\nPhilip Dyson, 81, died in January.\n\nMr Dyson's family said he had waited 14 hours on a trolley.\n",
     [("Mr Dyson's family", "person", "he had waited 14 hours on a trolley")]),
    ("Inquest\n\nPhilip Dyson, 81, died in January.\n\nIn a statement, Mr Dyson's family said: \"He worked on the "
     "railways for 40 years.\"\n", [("Mr Dyson's family", "person", "He worked on the railways for 40 years.")]),
    ("Inquest\n\nPhilip Dyson, 81, died in January.\n\nMr Dyson's widow said he had waited 14 hours.\n",
     [("Mr Dyson's widow", "person", "he had waited 14 hours")]),
    ("Inquest\n\nAcme Care's chief executive said 14 staff were on shift.\n", []),
    ("Votes\n\nThe Westfield Assembly met on Monday. The assembly said 40 members had voted.\n",
     [("Westfield Assembly", "organisation", "40 members had voted")]),
    ("Inquest\n\nMr Dyson's family quickly said he had waited 14 hours.\n",
     [("Mr Dyson's family", "person", "he had waited 14 hours")]),
])
def test_relatives_of_a_named_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_relative_nouns() -> None:
    assert RELATIVE_NOUNS == frozenset({"family", "widow", "widower", "wife", "husband", "partner", "mother", "father",
                                        "parents", "son", "sons", "daughter", "daughters", "sister", "brother",
                                        "relatives", "children", "friend", "friends", "neighbour", "neighbours",
                                        "neighbor", "neighbors", "carer"})  # wave 20a: friends, neighbours, a carer


# A person's own document speaks for the person (documents.PERSON_POSSESSIVES). Council and court reports name an
# officer, then cite `Her report to the meeting shows ...`; the document went to the body in focus. A body's document
# after the pronoun (`Her institute's analysis found`) stays the body's.
HER_REPORT = ("Budget\n\nThe Scottish Government said it would not fund a freeze.\n\n"
              "The finance officer, Moira Kennedy, told members that reserves were low. Her report to the meeting shows "
              "reserves standing at £11.8 million.\n")
HIS_REPORT_OF_MS = ("Budget\n\nThe Scottish Government said it would not fund a freeze.\n\n"
                    "Ms Kennedy told members that reserves were low. His report shows reserves standing at £11.8 million.\n")
HER_BODYS_REPORT = ("Skills\n\nDr Ann Roe, director of the Skills Institute, a think tank, said both sides had a point. "
                    "Her institute's analysis found that starts had fallen by 11%.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (HER_REPORT, [("Scottish Government", "organisation", "it would not fund a freeze"),
                  ("Moira Kennedy", "person", "reserves were low"),
                  ("Moira Kennedy", "person", "reserves standing at £11.8 million")]),
    (HIS_REPORT_OF_MS, [("Scottish Government", "organisation", "it would not fund a freeze"),
                        ("Ms Kennedy", "person", "reserves were low"),
                        ("Scottish Government", "organisation", "reserves standing at £11.8 million")]),
    (HER_BODYS_REPORT, [("Ann Roe", "person", "both sides had a point"),
                        ("Skills Institute", "organisation", "starts had fallen by 11%")]),
])
def test_persons_own_document(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A member named by party and the body they sit on, set off after the name (member_posts.is_party_seat). US statehouse
# and council copy writes `Rep. Ana Ruiz, the ranking Republican on the House Health Committee, said`; the committee
# was read as the speaker. A body's description after a body's name stays the body's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Funding\n\nRep. Ana Ruiz (R-Deming), the ranking Republican on the House Health Committee, said 40 clinics had "
     "closed.\n", [("Ana Ruiz", "person", "40 clinics had closed")]),
    ("Funding\n\nJo Roe, the only Green on Westfield Council, said 40 homes had been built.\n",
     [("Jo Roe", "person", "40 homes had been built")]),
    ("Funding\n\nAcme Water, the largest supplier in the North, said 40 pipes had burst.\n",
     [("Acme Water", "organisation", "40 pipes had burst")]),
])
def test_party_seat_after_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    (" the ranking Republican on the House Health Committee", True), ("the only Green on Westfield Council", True),
    ("a Labour member of the Board", False), ("the senior Democrat in the Senate", True),
    ("the largest supplier in the North", False), ("the Republican on the committee", False),
    ("the very long serving Republican on the Board", False), ("Republican on the Board", False),
])
def test_is_party_seat(clause: str, expected: bool) -> None:
    assert is_party_seat(clause) is expected
