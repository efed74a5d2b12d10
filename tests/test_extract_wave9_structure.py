"""Claims that the structure of texts hid from the extractor (wave 9): each case is a short text written for this test
in our own words, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# An interview's introduction often names two people: the one who answers and the one who asks. The asker is named as
# the press's: after a press role (`She spoke to business editor Al Key`, `our health correspondent Al Key`), after
# `by` (`Interview by Al Key`), or with the role in an apposition (`Al Key, our transport reporter, asked ...`). The
# other person answers. When neither is named as the press's, nobody answers (two people, no telling which). The
# writer's closing note (`This interview has been edited for length.`) is not the last answer going on.
UNLABELLED_WITH_EDITOR = ("Talking fares\n\nDunloe Ferries carries 900,000 passengers a year. Its managing director, "
                          "Ines Varga, spoke to transport editor Omar Lisle about the winter timetable.\n\n"
                          "Why did you cut sailings?\n\nWe lost 12 crew to the oil industry over the summer.\n\n"
                          "Will fares rise?\n\nOur fuel bill went up by a third, so some fares will rise in May.\n\n"
                          "This interview has been edited for length.\n")
UNLABELLED_ROLE_AFTER = ("Questions for the chief constable\n\nRuth Kemp, our crime reporter, put readers' questions to "
                         "Chief Constable Nia Holt.\n\nAre burglaries falling?\n\nWe recorded 2,140 burglaries last "
                         "year, down from 2,600.\n\nAnd knife crime?\n\nWe seized 310 knives in the spring.\n")
UNLABELLED_TWO_UNNAMED = ("Nia Holt and Ben Farrow spoke to us about the new bus depot.\n\nWhen does it open?\n\n"
                          "We open it in March with 40 buses.\n\nWho pays?\n\nWe pay for it from reserves of £3m.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (UNLABELLED_WITH_EDITOR,
     [("Ines Varga", "person", "We lost 12 crew to the oil industry over the summer"),
      ("Ines Varga", "person", "Our fuel bill went up by a third, so some fares will rise in May")]),
    (UNLABELLED_ROLE_AFTER,
     [("Nia Holt", "person", "We recorded 2,140 burglaries last year, down from 2,600"),
      ("Nia Holt", "person", "We seized 310 knives in the spring")]),
    (UNLABELLED_TWO_UNNAMED, []),
], ids=["editor-before-the-name", "reporter-in-apposition", "two-people-nobody-answers"])
def test_an_interview_without_labels_gives_the_answers_to_the_person_the_press_did_not_send(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A labelled interview may print the answerer's initials (`JR:`) where another prints the surname (`Roe:`) or `A:`.
# The initials stand for the one person named in full whose words' first letters spell them; two such people label
# nobody; initials nobody's name spells label the one person the introduction names as answering (`AKB:` for Ann
# Kell-Brown), if it names one. Other writers: `MT:`, `JMR:` for a middle name.
@pytest.mark.parametrize(("text", "expected"), [
    ("Pell Dance Trust's director, Omar Lisle, talks to Sam Poe.\n\nQ: How many classes?\n\n"
     "OL: We ran 1,300 classes, up from 950.\n\nQ: Who pays?\n\nOL: Our grant covers 40% of it.\n",
     [("Omar Lisle", "person", "We ran 1,300 classes, up from 950"),
      ("Omar Lisle", "person", "Our grant covers 40% of it")]),
    ("Ines Anna Varga runs Kestle Ferries.\n\nQ: Sailings?\n\nIAV: We ran 4,210 sailings.\n\nQ: Crew?\n\n"
     "IAV: We hired 30 crew in June.\n",
     [("Ines Anna Varga", "person", "We ran 4,210 sailings"), ("Ines Anna Varga", "person", "We hired 30 crew in June")]),
    ("Omar Lisle and Olga Lind run Pell Dance Trust.\n\nQ: How many classes?\n\nOL: We ran 1,300 classes.\n\n"
     "Q: Who pays?\n\nOL: Our grant covers 40% of it.\n", []),
    ("Chief executive Ann Kell-Brown talks to Sam Poe about the ferries. Interview by Sam Poe.\n\n"
     "Q: How many sailings?\n\nAKB: We ran 4,210 sailings.\n\nQ: Crew?\n\nAKB: We hired 30 crew in June.\n",
     [("Ann Kell-Brown", "person", "We ran 4,210 sailings"), ("Ann Kell-Brown", "person", "We hired 30 crew in June")]),
], ids=["two-initials", "three-initials", "two-people-share-the-initials", "initials-of-the-one-interviewee"])
def test_initials_label_the_turns_of_the_person_they_spell(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A named person described as a body's voice (`Jo Roe MP, the party's transport spokesperson, said`) is the person, as
# any named person is: the body speaks through a voice only when the text leaves it unnamed (`a spokesperson for the
# council said`). Other writers: `Ann Kell, a spokeswoman for X,`, `Ann Kell, the council's press officer,`.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Aske MP, the Green League's housing spokesperson, responding to the report, said:\n\n"
     "\u201cRents rose by 9% last year.\u201d\n",
     [("Tom Aske", "person", "Rents rose by 9% last year.")]),
    ("Ann Kell, a spokeswoman for Dunloe Council, said the bridge would reopen in May.\n",
     [("Ann Kell", "person", "the bridge would reopen in May")]),
    ("Ann Kell, the council's press officer, told the paper that 40 roads were closed.\n",
     [("Ann Kell", "person", "40 roads were closed")]),
    ("A spokesperson for Dunloe Council said the bridge would reopen in May.\n",
     [("Dunloe Council", "organisation", "the bridge would reopen in May")]),
], ids=["spokesperson-after-a-name", "spokeswoman-for-a-body", "press-officer", "unnamed-voice-is-the-body"])
def test_a_named_voice_is_the_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A role set off before a name by commas (`the planning inspector, Tom Aske,`, `its new chair, Ann Kell,`) names the
# role's holder: later `the inspector concluded` or `the chair said`, with no name, is that person, not a body. A
# role the text never gave a named holder stays a body's or a reference (`the inspector` with nobody named).
@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday the planning inspector, Tom Aske, dismissed the appeal.\n\n"
     "The inspector concluded that:\n- the homes would flood twice a decade;\n- the road could not take 300 more cars.\n",
     [("Tom Aske", "person", "the homes would flood twice a decade"),
      ("Tom Aske", "person", "the road could not take 300 more cars")]),
    ("Dunloe Rowing Club elected its new chair, Ann Kell, on Friday.\n\n"
     "The chair said the club had 240 members.\n",
     [("Ann Kell", "person", "the club had 240 members")]),
    ("The inspector concluded that the homes would flood twice a decade.\n",
     [("the inspector", "inspectorate", "the homes would flood twice a decade")]),
], ids=["inspector-named-before", "chair-named-before", "no-holder-named"])
def test_the_role_named_with_its_holder_is_that_person_later(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Between a speaker and the cue a writer may set off what the person is: a post (`Tom Aske, Senior Crown Prosecutor
# in the Fraud Unit, said`, where the post's words are capitalised and the unit named: still the person) or an age
# (`The owner, a 34-year-old from Dunloe who asked not to be named, told`, `Jo Roe, aged 71, said`, where the place in
# it never speaks and the words before it do). An unnamed post is that post (`The prosecutor said`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The case was brought by the Dunloe Prosecution Service's Fraud Unit.\n\n"
     "Tom Aske, Senior Crown Prosecutor in the Fraud Unit, said:\n\n\"She took \u00a34,000 from 11 residents.\"\n",
     [("Tom Aske", "person", "She took \u00a34,000 from 11 residents.")]),
    ("Tom Aske, Senior Crown Prosecutor, said the case took nine months.\n",
     [("Tom Aske", "person", "the case took nine months")]),
    ("The owner, a 34-year-old from Dunloe who asked not to be named, told the Post he had paid \u00a340.\n",
     [("The owner", "person", "he had paid \u00a340")]),
    ("Jo Roe, aged 71, from Kestle, said she had waited 14 hours.\n",
     [("Jo Roe", "person", "she had waited 14 hours")]),
    ("The prosecutor said the case took nine months.\n",
     [("The prosecutor", "person", "the case took nine months")]),
], ids=["post-in-a-unit", "capitalised-post", "age-and-home-town", "aged", "unnamed-post"])
def test_a_post_or_an_age_between_speaker_and_cue_describes_the_speaker(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A cue's subject may be a group of bodies the text never names (`Member charities report that:`, `Local councils
# said`, `Two lenders warned`): the claims are the group's, in the text's words and unresolved, never dropped and
# never given to the body named before. A named body with a plural head (`Acme Group Companies`) is a name.
@pytest.mark.parametrize(("text", "expected"), [
    ("Dunloe Relief Alliance launched an appeal.\n\nMember charities report that:\n"
     "\u2022 640 tonnes of rice have been handed out;\n\u2022 42 water pumps are running.\n",
     [("Member charities", "unresolved", "640 tonnes of rice have been handed out"),
      ("Member charities", "unresolved", "42 water pumps are running")]),
    ("Kestle Council raised its fees.\n\nLocal councils said 14 libraries had closed since May.\n",
     [("Local councils", "unresolved", "14 libraries had closed since May")]),
    ("Two lenders warned that 900 loans were in arrears.\n",
     [("Two lenders", "unresolved", "900 loans were in arrears")]),
], ids=["group-before-a-list", "group-after-a-named-body", "counted-group"])
def test_a_group_of_unnamed_bodies_speaks_in_its_own_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# An apposition that makes the speaker one of a group (`Yusuf Kell, country director for Kestle Aid, one of the
# alliance's members, said`, `Acme Ltd, one of 12 firms fined, said`) describes the speaker before it; the body it
# names never speaks. When nothing named stands before it (`One of the residents said`), the group's words stay.
@pytest.mark.parametrize(("text", "expected"), [
    ("Yusuf Kell, country director for Kestle Aid, one of the alliance's members, said 9,000 hectares had flooded.\n",
     [("Yusuf Kell", "person", "9,000 hectares had flooded")]),
    ("Dunloe Ferries Ltd, one of the operators fined, said it had paid \u00a340,000.\n",
     [("Dunloe Ferries Ltd", "organisation", "it had paid \u00a340,000")]),
    ("One of the residents said 12 cars were parked on the verge.\n",
     [("One of the residents", "unresolved", "12 cars were parked on the verge")]),
], ids=["person-then-membership", "body-then-membership", "membership-alone"])
def test_one_of_a_group_describes_the_party_before_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A party that gives a cause (`The company credited the growth to ...`, `The council blamed the delay on ...`, `It put
# the fall down to ...`) claims the causes it names, each item of a list apart; the thing caused is the writer's
# words. A verb of placing with no cause (`Tom put the box on the table`) claims nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("Dunloe Buses carried 4 million passengers.\n\nThe company credited the growth to a number of changes, "
     "including 14 new routes launched since May, and a 20% cut in fares.\n",
     [("Dunloe Buses", "organisation", "14 new routes launched since May"),
      ("Dunloe Buses", "organisation", "a 20% cut in fares")]),
    ("Kestle Council has delayed the new library.\n\nThe council blamed the delay on a shortage of 40 builders.\n",
     [("Kestle Council", "organisation", "blamed the delay on a shortage of 40 builders")]),
    ("Tom put the box on the table at 9pm.\n", []),
], ids=["credited-to-a-list", "blamed-on", "placing-is-no-cause"])
def test_the_causes_a_party_gives_are_its_claims(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A word ending in -ing right after a preposition is the preposition's object (`during opening hours`, `after closing
# time`, `for building 40 homes`), never a new item a list is cut before: the item stays whole. An achievement after a
# complete clause (`rebuilt the pier, opening it in May`) may still stand apart.
@pytest.mark.parametrize(("text", "expected"), [
    ("Inspectors found that the Dunloe Arms:\n\u2022 kept the fire exit locked during opening hours;\n"
     "\u2022 stored 40 gas bottles in the cellar.\n",
     [("inspectors", "inspectorate", "kept the fire exit locked during opening hours"),
      ("inspectors", "inspectorate", "stored 40 gas bottles in the cellar")]),
    ("Kestle Council said it fined 12 bars for serving drinks after closing time.\n",
     [("Kestle Council", "organisation", "it fined 12 bars for serving drinks after closing time")]),
], ids=["during-opening-hours", "after-closing-time"])
def test_an_ing_word_after_a_preposition_stays_in_its_item(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A writer reports someone's speech (`Council leader Jo Roe said the firm had ignored warnings.`) and goes on with a
# quotation that has no cue of its own, in one paragraph or several (the last closing it): the quotation is that
# speaker's. A quotation with its own cue keeps its cue's speaker, and a finding (`Tests found ...`) is no speech a
# quotation goes on from.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kestle Council fined the firm.\n\nCouncil leader Jo Roe said the firm had ignored warnings.\n\n"
     "\"The firm left 1,900 homes without heat for a year.\n\n\"That meant 27 families went without hot water.\"\n\n"
     "The fine was paid on Monday.\n",
     [("Jo Roe", "person", "the firm had ignored warnings"),
      ("Jo Roe", "person", "The firm left 1,900 homes without heat for a year."),
      ("Jo Roe", "person", "That meant 27 families went without hot water.")]),
    ("Kestle Council fined the firm.\n\nCouncil leader Jo Roe said the firm had ignored warnings.\n\n"
     "\"We paid the fine of \u00a340,000 in full,\" said Al Key, the firm's director.\n",
     [("Jo Roe", "person", "the firm had ignored warnings"),
      ("Al Key", "person", "We paid the fine of \u00a340,000 in full")]),
    ("Tests by Kestle Council found that 12 flats had damp.\n\n\"We are dealing with every one of those flats now.\"\n",
     [("Kestle Council", "organisation", "12 flats had damp")]),
], ids=["uncued-quotation-across-paragraphs", "own-cue-wins", "finding-is-no-speech"])
def test_a_quotation_after_reported_speech_is_that_speakers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Verbs of accusing and arguing report a claim as `said` does (`The commission alleges that ...`, `The union contends
# that ...`), whatever adjunct opens the clause after `that`; `allegedly` and `the alleged victim` report nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Kestle Commission alleges that, for flights in May, Dunloe Air sold tickets for 11 days after a cancellation.\n",
     [("Kestle Commission", "organisation", "for flights in May, Dunloe Air sold tickets for 11 days after a cancellation")]),
    ("The Dunloe Drivers' Union contended that 40 buses were unsafe.\n",
     [("Dunloe Drivers' Union", "organisation", "40 buses were unsafe")]),
    ("The alleged victim, 34, was taken to hospital with 3 broken ribs.\n", []),
], ids=["alleges", "contended", "alleged-as-adjective"])
def test_alleging_and_contending_report_a_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A title may name the body it is to, of or for right before the holder's name, with no comma (`Chief Secretary to
# the Treasury Anita Marwick said`, `Minister for the Environment Jo Roe said`): the body's words are no part of the
# name. A name after `the` with no title before it is left as it is.
@pytest.mark.parametrize(("text", "expected"), [
    ("Chief Secretary to the Treasury Ines Varga said incomes had grown for five quarters.\n",
     [("Ines Varga", "person", "incomes had grown for five quarters")]),
    ("Minister for the Environment Omar Lisle said 40 rivers were cleaner.\n",
     [("Omar Lisle", "person", "40 rivers were cleaner")]),
], ids=["secretary-to-the-treasury", "minister-for-the-environment"])
def test_the_body_of_a_title_is_no_part_of_the_name_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A document's name ends at its noun when a participle of publishing says when it came out (`according to the review
# published on Thursday`, `the figures released last week show`): the words after it are no part of the source. A
# participle that goes on to name the publisher (`published by Kestle Council`) still names it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Complaints to the Kestle Ombudsman rose to 31,450 in 2025-26, according to the review published on Thursday, "
     "a rise of 27% on the year before.\n",
     [("the review", "document", "Complaints to the Kestle Ombudsman rose to 31,450 in 2025-26")]),
    ("Rents rose 9% last year, according to figures published by Kestle Council on Monday.\n",
     [("Kestle Council", "organisation", "Rents rose 9% last year")]),
], ids=["published-on-a-day", "published-by-a-body"])
def test_when_a_document_came_out_is_no_part_of_its_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A person named with where they work before the cue (`Dr Ann Kell of the healthcare research firm Kestle Bio said`,
# `Ann Kell at the consultancy Brill Partners said`) speaks; the body only says where. A body alone (`Kestle Bio Ltd said`)
# still speaks itself.
@pytest.mark.parametrize(("text", "expected"), [
    ("But Dr Ann Kell of the healthcare research firm Kestle Bio said the trial had enrolled 40 fewer patients.\n",
     [("Ann Kell", "person", "the trial had enrolled 40 fewer patients")]),
    ("Omar Lisle at the consultancy Brill Partners said 12 lenders had raised rates.\n",
     [("Omar Lisle", "person", "12 lenders had raised rates")]),
    ("Kestle Bio Ltd said the trial had enrolled 40 fewer patients.\n",
     [("Kestle Bio Ltd", "organisation", "the trial had enrolled 40 fewer patients")]),
], ids=["of-the-described-firm", "at-the-described-firm", "the-body-alone"])
def test_a_person_of_a_described_body_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
