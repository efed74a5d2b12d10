"""Speakers on writing the rules were not made for (wave 7): the claims a confidently wrong speaker took (one body for
another, one person for another, a person's claim given to a body, inspectorates and documents confused) and short
references the text itself settles. Each phenomenon is stated in general terms with the other ways a writer puts it;
each case is a short text written for this test and the whole table it must give as (speaker, speaker_kind, quote)
rows, in text order, with at least one case where the rule must not fire."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Bright Futures, the youth charity, said 40 volunteers had left.\n",
     [("Bright Futures", "organisation", "40 volunteers had left")]),
    ("Statement: Kindle Path responds to review\n\nKindle Path, the Leeds charity that runs holiday clubs, said 19 "
     "concerns were missed.\n",
     [("Kindle Path", "organisation", "19 concerns were missed")]),
    ("Lantern Aid's chief executive, Dr Omar Peel, said that 300 families were helped. Lantern Aid said 12 shops "
     "closed.\n",
     [("Omar Peel", "person", "300 families were helped"), ("Lantern Aid", "organisation", "12 shops closed")]),
    ("The Keep Elm Park action group, which has 900 members, said it had raised £12,000.\n",
     [("Keep Elm Park", "organisation", "it had raised £12,000")]),
    ("Figures from the campaign group Fair Rents show 40% of tenants waited a year. Fair Rents said 12 landlords "
     "were fined.\n",
     [("Fair Rents", "organisation", "40% of tenants waited a year"),
      ("Fair Rents", "organisation", "12 landlords were fined")]),
    ("Jo Marsh, a volunteer at the charity, said 12 shops closed.\n",
     [("Jo Marsh", "person", "12 shops closed")]),
    ("Ann Lee, the charity's founder, said 12 shops closed.\n",
     [("Ann Lee", "person", "12 shops closed")]),
    ("Tom Hale is a charity worker. He said 12 shops closed.\n",
     [("Tom Hale", "person", "12 shops closed")]),
], ids=["apposition", "heading-before-the-apposition", "possessive-chief-executive", "action-group-after-the-name",
        "noun-before-the-name", "volunteer-at-stays-a-person", "founder-stays-a-person",
        "charity-worker-stays-a-person"])
def test_a_name_the_text_calls_a_body_never_speaks_as_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A name that reads like a person's (two or three capitalised words, no head noun: `Bright Teeth`, `Kindle
    Path`) is a body when the text itself says so anywhere, even after it first used the name: a noun before it
    (`the charity X`, `campaign group X`), an apposition (`X, the Leeds charity,`), `X is a registered charity`, a
    noun after it (`the X action group`), or a post only a body has (`X's chief executive`). A person described by
    where they work (`a volunteer at the charity`) or by their post (`the charity's founder`) stays a person."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chief Inspector of Prisons Ruth Obi said 40 cells were unsafe.\n",
     [("Ruth Obi", "person", "40 cells were unsafe")]),
    ("HVT Regional Administrator Lena Moss said 40 buses were late.\n",
     [("Lena Moss", "person", "40 buses were late")]),
    ("In her ruling, planning inspector Joan Tate said the council had a 2.9-year supply. The inspector also found "
     "that 300 homes were needed.\n",
     [("Joan Tate", "person", "the council had a 2.9-year supply"), ("Joan Tate", "person", "300 homes were needed")]),
    ("The Schools Inspectorate visited in May. The inspector found that 12 classes were too large.\n",
     [("Schools Inspectorate", "inspectorate", "12 classes were too large")]),
    ("\"Sales rose 4% in the year to March,\" said Dalton's finance director, Maya Kerr.\n",
     [("Maya Kerr", "person", "Sales rose 4% in the year to March")]),
    ("\"Sales rose 4% in the year to March,\" said the finance director, who asked not to be named.\n",
     [("the finance director", "person", "Sales rose 4% in the year to March")]),
    ("Spokeswoman Ines Ward said: \"We raised £9,000 in a week for the appeal.\"\n",
     [("Ines Ward", "person", "We raised £9,000 in a week for the appeal.")]),
], ids=["title-of-a-domain", "post-after-initials", "lower-case-role-used-alone-later", "no-inspector-named",
        "inverted-cue-role-then-name", "inverted-cue-role-without-name", "spokesperson-title-before-name"])
def test_a_title_anywhere_around_a_name_leaves_the_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A person's title, wherever the writer puts it, never becomes part of the name nor hands the claim to a body:
    a title `of` a domain (`Chief Inspector of Prisons Ruth Obi`: not `Prisons Ruth Obi`), a post after a body's
    initials (`HVT Regional Administrator Lena Moss`), a lower-case role before the name that the text later uses
    alone (`planning inspector Joan Tate ... The inspector found`: the person, not an inspectorate), a role set off
    before the name after an inverted cue (`said Dalton's finance director, Maya Kerr.`), a spokesperson's title
    before the name. Without a person so titled, `the inspector` stays the inspectorate the text names."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Twelve libraries will get £2 million from the Reading Fund, Library Board West announced today.\n",
     [("Library Board West", "organisation", "Twelve libraries will get £2 million from the Reading Fund")]),
    ("Rain of 80mm fell at Carrow Point overnight, the national weather service said.\n",
     [("the national weather service", "unresolved", "Rain of 80mm fell at Carrow Point overnight")]),
    ("Twelve libraries will get £2 million, the Reading Fund announced today.\n",
     [("Reading Fund", "organisation", "Twelve libraries will get £2 million")]),
    ("Jo Bloggs, chief executive of Acme Water, said bills would rise 4%.\n",
     [("Jo Bloggs", "person", "bills would rise 4%")]),
], ids=["body-named-with-its-region", "described-source-not-the-place", "fund-itself-speaks", "role-after-person"])
def test_a_cue_after_its_content_is_spoken_by_the_words_before_the_cue(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """A cue after its content (`..., X announced today.`) is spoken by the words right before the cue, never by a
    name inside the content it closes (`... from the Museums Fund, Y announced`, `... at Carrow Point, the national
    weather service said`): a body's name may end with the region it serves (`Library Board West`), and a title word
    that only describes a noun (`the national ...`) does not make the clause a role set off after a person."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Waits have doubled, according to a damning report published today.\n\nThe report, by the Care Standards Office, "
     "said 40 homes failed. The report noted that 9 of 27 actions were met.\n",
     [("Care Standards Office", "inspectorate", "Waits have doubled"),
      ("Care Standards Office", "inspectorate", "40 homes failed"),
      ("Care Standards Office", "inspectorate", "9 of 27 actions were met")]),
    ("Waits have doubled, according to a damning report published today.\n",
     [("damning report", "document", "Waits have doubled")]),
    ("Greyfield Homes applied in May. Dunmore District Council approved the plan on Tuesday.\n\nA report by the "
     "council's planning officers said the scheme would deliver 56 homes.\n",
     [("Dunmore District Council", "organisation", "the scheme would deliver 56 homes")]),
    ("The ward was rated good by Ofcare at its last inspection. Inspectors said at the time that 12 beds were "
     "closed.\n",
     [("Ofcare", "inspectorate", "The ward was rated good by Ofcare at its last inspection"),
      ("Ofcare", "inspectorate", "12 beds were closed")]),
    ("The plan was branded a failure by Acme Group in May.\n",
     [("Acme Group", "organisation", "The plan was branded a failure by Acme Group in May")]),
    ("The Sea Rescue Trust runs 12 stations.\n\nThe Harbour Coastguard Agency was called 40 times last week.\n\nThe "
     "Trust says its boats launched 1,206 times this summer. Its figures also show that 60% of those rescued were "
     "visitors.\n",
     [("Sea Rescue Trust", "organisation", "its boats launched 1,206 times this summer"),
      ("Sea Rescue Trust", "organisation", "60% of those rescued were visitors")]),
], ids=["new-report-author-named-later", "author-never-named", "by-a-body-s-people", "agent-of-a-rating",
        "branding-is-no-rating", "its-figures-after-the-paragraph-s-speaker"])
def test_a_document_speaks_for_the_body_the_text_says_made_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A document speaks for the body the text says made it, wherever the text says so: a new report described by
    its adjective (`a damning report`) whose author the text names elsewhere (`The report, by the X,`), a report
    `by` a body's people (`by the council's planning officers`: the council), the agent of a rating (`rated good by
    X at its last inspection`: X, an inspectorate, and its `Inspectors` later; never `its last inspection`), and
    `its figures` right after a body spoke in the paragraph (that body, not one named in an earlier paragraph). A
    report whose author the text never names speaks as itself."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hallam's has posted sales growth of 2.1%.\n\nIn an update, the Leeds-based grocer said total sales rose 3.8%.\n",
     [("Hallam's", "organisation", "has posted sales growth of 2.1%"),  # a result posted is a claim (wave 42g)
      ("Hallam's", "organisation", "total sales rose 3.8%")]),
    ("Marlowe's reported LFL sales up 2% and GM down 4% in Q3. The retailer said 40 stores would open.\n",
     [("Marlowe's", "organisation", "reported LFL sales up 2% and GM down 4% in Q3"),
      ("Marlowe's", "organisation", "40 stores would open")]),
    ("The Shop and Warehouse Workers' Union (SWWU) said Hallam's had not consulted staff. The retailer said no "
     "compulsory redundancies were planned.\n",
     [("Shop and Warehouse Workers' Union", "organisation", "Hallam's had not consulted staff"),
      ("Hallam's", "organisation", "no compulsory redundancies were planned")]),
    ("Dana Kerr said 12 stores closed. Kerr's team said 40 staff left.\n",
     [("Dana Kerr", "person", "12 stores closed"), ("Dana Kerr", "person", "40 staff left")]),
    ("A GP practice said 40 patients were waiting.\n",
     [("A GP practice", "unresolved", "40 patients were waiting")]),
], ids=["name-in-s-then-the-grocer", "abbreviations-are-no-company", "union-initials-after-a-plural-possessive",
        "possessive-before-a-noun", "abbreviation-in-a-description"])
def test_a_company_named_in_s_and_abbreviations_that_are_no_body(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """A company may be known by a name ending in `'s` (a retailer's house style: `Hallam's has posted`, `Marlowe's
    reported`): a verb right after it shows the `'s` ends the name and owns nothing, so `the grocer`, `the retailer`
    later are that company. Abbreviations of measures and posts written in capitals (`LFL`, `GM`, `Q3`, `CEO`, `GP`)
    are never a second company that would leave `the retailer` without one body to mean; a union's name with a
    plural possessive keeps its initials (`Workers' Union (SWWU)`), so it is never taken for the company. A
    possessive before a noun (`Kerr's team`) stays a possessive."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Coast Rescue Service said it answered 17 calls since 6am.\n\nA spokesman said nobody had been hurt at sea.\n",
     [("Coast Rescue Service", "organisation", "it answered 17 calls since 6am"),
      ("Coast Rescue Service", "organisation", "nobody had been hurt at sea")]),
    ("Dale Water said 40 pipes burst.\n\nThe Waterways Agency fined the firm £2m.\n\nA spokesman said 12 staff were "
     "disciplined.\n",
     [("Dale Water", "organisation", "40 pipes burst"), ("a spokesman", "unresolved", "12 staff were disciplined")]),
    ("A spokesman said 12 staff were disciplined.\n",
     [("a spokesman", "unresolved", "12 staff were disciplined")]),
    ("A spokesperson for the Prison Service said 28 officers would start. \"We accept the inspectorate's findings and "
     "are taking action,\" the spokesperson said.\n",
     [("Prison Service", "organisation", "28 officers would start"),
      ("Prison Service", "organisation", "We accept the inspectorate's findings and are taking action")]),
    ("Tom Hale, 52, a fisherman, said: \"I have not caught a trout here in two years.\"\n",
     [("Tom Hale", "person", "I have not caught a trout here in two years.")]),
    ("Mother-of-three Jane Pike, 39, who swims in the river, said: \"My son was sick for three days after a swim.\"\n\n"
     "Tom Hale, 52, said: \"I have not caught a trout here in two years.\"\n",
     [("Jane Pike", "person", "My son was sick for three days after a swim."),
      ("Tom Hale", "person", "I have not caught a trout here in two years.")]),
    ("Campaigners Keep Rivers Clear say Dale Water's overflows spilled 1,312 times in 2025.\n",
     [("Keep Rivers Clear", "organisation", "Dale Water's overflows spilled 1,312 times in 2025")]),
], ids=["spokesman-after-the-body-spoke", "two-bodies-in-play", "no-body-at-all", "the-spokesperson-after-a-quotation",
        "age-and-description-after-the-name", "hyphenated-description-and-cue-colons", "campaigners-then-the-group"])
def test_an_unnamed_voice_and_news_furniture_around_a_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    """An unnamed spokesperson speaks for the body in play, and a person set off by news furniture is still the
    person: `A spokesman said` right after a body spoke (this paragraph or the one before, no other body named
    since) is that body's; `the spokesperson said` after a quotation is the spokesperson just named, whatever body
    the quotation itself names (`"We accept the inspectorate's findings," the spokesperson said`); a person's age
    set off after the name (`Tom Hale, 52, a fisherman,`) and a hyphenated description before it (`Mother-of-three
    Jane Pike`) leave the person; a campaign group named after `Campaigners` is that group; a cue ending in a colon
    after a person is no transcript label. With two bodies in play, or none, the spokesman stays unresolved."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bord na Móintí has reported a profit of €64.2 million. The company's annual report shows revenue rose 12%.\n",
     [("Bord na Móintí", "organisation", "has reported a profit of €64.2 million"),
      ("Bord na Móintí", "organisation", "revenue rose 12%")]),
    ("Semi-state company Údarás na Farraige said 40 jobs would go.\n",
     [("Údarás na Farraige", "organisation", "40 jobs would go")]),
    ("The semi-state company said 40 jobs would go.\n",
     [("the semi-state company", "unresolved", "40 jobs would go")]),
    ("Cllr Ann Moss (Lib Dem, Hillside North), who voted against, said: \"The surgery has lost two doctors since "
     "2023.\"\n",
     [("Ann Moss", "person", "The surgery has lost two doctors since 2023.")]),
    ("Tom Hale (pictured, right) said 40 homes were empty.\n",
     [("Tom Hale", "person", "40 homes were empty")]),
], ids=["irish-name-with-na", "compound-word-is-no-cue", "no-name-stays-unresolved", "party-and-ward-in-brackets",
        "photo-aside-in-brackets"])
def test_irish_names_and_bracketed_asides(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Names as other traditions write them: an Irish body's name joins its head to what it is of with a lower-case
    `na` (`Bord na Móintí`, `Údarás na Farraige`), never cut to its first word, and `the company` is then the whole
    name; a compound word holding a cue word (`semi-state`) is no cue. A councillor's party and ward in brackets,
    commas included (`(Green, Hillside ward)`), are one aside after the person, never the speaker."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chief executive Mark Lee said 40 staff had left.\n\nOne parent, whose son attended a summer scheme, said the "
     "apology came too late. She said she had raised a concern twice.\n",
     [("Mark Lee", "person", "40 staff had left"), ("One parent", "unresolved", "the apology came too late"),
      ("One parent", "unresolved", "she had raised a concern twice")]),
    ("Mayor Rita Vale said 12 roads were shut.\n\nA local farmer said the water rose in an hour. He said 40 cars were "
     "lost.\n",
     [("Rita Vale", "person", "12 roads were shut"), ("A local farmer", "unresolved", "the water rose in an hour"),
      ("A local farmer", "unresolved", "40 cars were lost")]),
    ("One parent said the apology came too late. Chief executive Mark Lee replied that 40 staff had left. He said 12 "
     "volunteers were suspended.\n",
     [("One parent", "unresolved", "the apology came too late"), ("Mark Lee", "person", "40 staff had left"),
      ("Mark Lee", "person", "12 volunteers were suspended")]),
], ids=["one-parent-then-she", "a-local-farmer-then-he", "a-named-person-since"])
def test_a_pronoun_after_an_unnamed_person_is_that_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`He` or `she` right after an unnamed person spoke in the same paragraph (`One parent said ... She said`, `A
    local farmer told the meeting ... He said`) is that person, in the text's own words, never a named person who
    spoke paragraphs before; once a person is named after the unnamed one, `he` is that person again."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("RNS Number : 2291Q\nHarbour & Finch plc\n\nPreliminary results for the year\n\nThe Board expects to open 12 "
     "stores in the year.\n",
     [("Harbour & Finch plc", "organisation", "expects to open 12 stores in the year")]),
    ("Recall Reference: MR(25)B/9\nDrug Safety Office\n\nThe office said 40 packs were affected.\n",
     [("Drug Safety Office", "inspectorate", "40 packs were affected")]),
], ids=["rns-number", "recall-reference"])
def test_a_header_field_names_no_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    """The fields of a release's header (`RNS Number : 2291Q`, `Recall Reference: MR/9`) name no body, so they are
    never the first body named that `the Board` or `the office` falls back to."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kindle Path, the Leeds charity, published the review it commissioned.\n\nThe review, led by barrister Nadia "
     "Shore KC, looked at 64 concerns.\n\nThe review found no evidence that staff had hidden concerns.\n",
     [("Nadia Shore", "person", "found no evidence that staff had hidden concerns")]),
    ("Harbour Council set up an inquiry in May.\n\nThe inquiry, chaired by Judge Owen Pell, heard from 80 "
     "witnesses.\n\nThe inquiry found that 12 warnings had been ignored.\n",
     [("Owen Pell", "person", "12 warnings had been ignored")]),
    ("Kindle Path, the Leeds charity, published the review it commissioned.\n\nThe review, commissioned by the board, "
     "looked at 64 concerns.\n\nThe review found no evidence that staff had hidden concerns.\n",
     [("Kindle Path", "organisation", "found no evidence that staff had hidden concerns")]),
    ("Kindle Path, the Leeds charity, published the review it commissioned.\n\nThe review, led by barrister Nadia "
     "Shore KC, looked at 64 concerns.\n\nIts key findings were:\n- 19 concerns were not referred;\n- the board "
     "received no report.\n",
     [("Nadia Shore", "person", "19 concerns were not referred"),
      ("Nadia Shore", "person", "the board received no report")]),
    ("Kindle Path, the Leeds charity, published the review it commissioned.\n\nThe review looked at 64 concerns.\n\n"
     "Its key findings were:\n- 19 concerns were not referred;\n- the board received no report.\n",
     [("Kindle Path", "organisation", "19 concerns were not referred"),
      ("Kindle Path", "organisation", "the board received no report")]),
], ids=["review-led-by-a-barrister", "inquiry-chaired-by-a-judge", "commissioned-is-no-author",
        "its-findings-after-the-review-she-led", "its-findings-of-a-review-nobody-led"])
def test_a_review_led_by_a_person_is_that_person_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A review or an inquiry `led by`, `chaired by` or `written by` a named person is that person's: `The review
    found` and `Its key findings were:` right after it speak for her, never for the body that commissioned it. A
    body that only commissioned it (`commissioned by the board`) is not its author, so the review stays with the
    body in focus that published it."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Campaigners fighting an expansion of Dale Airport have claimed that 30,000 people would be woken.\n\nDale "
     "Against Night Flights (DANF) published its survey on Monday.\n\nThe group said its volunteers had recorded 41 "
     "loud "
     "flights.\n",
     [("Campaigners", "unresolved", "30,000 people would be woken"),
      ("Dale Against Night Flights", "organisation", "its volunteers had recorded 41 loud flights")]),
    ("Residents living near Dale Airport said 400 homes were affected.\n",
     [("Residents", "unresolved", "400 homes were affected")]),
    ("Acme Water said 40 pipes burst.\n\nThe Waterways Agency fined Acme Water £2m.\n\nThe company said 12 staff were "
     "disciplined.\n",
     [("Acme Water", "organisation", "40 pipes burst"), ("Acme Water", "organisation", "12 staff were disciplined")]),
    ("Acme Water and Brook Water both missed targets.\n\nThe firm said that 40 pipes burst.\n",
     [("the firm", "unresolved", "40 pipes burst")]),
], ids=["campaigners-fighting-then-the-group", "residents-living-near", "public-body-opening-is-no-company",
        "two-bodies-opening-together"])
def test_people_described_by_what_they_do_and_the_group_after_them(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """People described by what they do (`Campaigners fighting an expansion of X Airport`, `Residents living near
    X`) speak as those people, never as the body their description names; `the group` in the next paragraph is the
    body that opened the paragraph before (`Dale Against Night Flights published its survey`), but not when two
    bodies opened it together (`Acme Water and Brook Water both ...`), and never a public body opening it (`The
    Waterways Agency fined ...`)."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\n\nHarbour Hospice will close six of its 18 beds from April.\n\nNurse Tom Rigby said the ward "
     "had cared for 1,640 patients.\n\nQ&A for journalists\nAnswers from Jo Penrose, Chief Executive\n\nQ: Will staff "
     "lose their jobs?\nA: We expect 14 posts to be affected.\n\nQ: What does the hospice cost?\nA: About £9.4m a "
     "year.\n",
     [("Harbour Hospice", "organisation", "Harbour Hospice will close six of its 18 beds from April"),
      ("Tom Rigby", "person", "the ward had cared for 1,640 patients"),
      ("Jo Penrose", "person", "We expect 14 posts to be affected"), ("Jo Penrose", "person", "About £9.4m a year")]),
    ("The Minister for Transport (Ruth Obi): Since 2022 we have opened 12 stations.\n\nTom Hale (Eastside) (Green "
     "Party): Fares rose 9% last year.\n",
     [("Ruth Obi", "person", "Since 2022 we have opened 12 stations"),
      ("Tom Hale", "person", "Fares rose 9% last year")]),
    ("Jo Roe and Tim Ash spoke at the meeting.\n\nQ: How many staff did you hire?\nA: We hired 40 staff.\n\nQ: And "
     "posts?\nA: We cut 12 posts.\n",
     []),
], ids=["answers-from-a-named-person", "parliament-labels-with-brackets", "no-answerer-named"])
def test_answers_and_labels_name_their_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Questions and answers inside a release or a parliament's record: `A:` answers are the person the line
    introducing them names (`Answers from Jo Penrose, Chief Executive`), while the release's paragraphs before the
    first label keep their own speakers; a parliament's label names its speaker before brackets (`Tom Hale
    (Eastside) (Green Party):`) or in brackets after a post (`The Minister for Transport (Ruth Obi):`). With no one
    named as the answerer and several people in the text, the answers stay nobody's."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Care Standards Office rated the home inadequate.\n\nMs Pelham said none of the company's other homes was "
     "rated below good.\n",
     [("Care Standards Office", "inspectorate", "rated the home inadequate"),
      ("Ms Pelham", "person", "none of the company's other homes was rated below good")]),
    ("The home was rated inadequate by the Care Standards Office in May.\n",
     [("Care Standards Office", "inspectorate", "The home was rated inadequate by the Care Standards Office in May")]),
], ids=["rating-in-reported-speech", "rating-standing-alone"])
def test_a_rating_inside_reported_speech_is_the_speaker_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A rating inside what someone said (`Ms Pelham said none of the company's other homes was rated below good`)
    is that speaker's claim, never the inspectorate's judgement; a rating that stands alone (`The home was rated
    inadequate by X`) is still the judge's."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The County FA said the player denied the charge.\n\nIn a statement, the club said it was disappointed with the "
     "8-match ban. \"Jo has apologised to the referee in person twice,\" it said.\n",
     [("County FA", "organisation", "the player denied the charge"),
      ("the club", "unresolved", "it was disappointed with the 8-match ban"),
      ("the club", "unresolved", "Jo has apologised to the referee in person twice")]),
    ("The County FA fined the player £500.\n\nThe commission said the footage was clear. It rejected his account, "
     "saying the footage showed no slip in 12 angles.\n",
     [("the commission", "unresolved", "the footage was clear"),
      ("the commission", "unresolved", "the footage showed no slip in 12 angles")]),
    ("Town captain Jo Ash has been banned after an independent regulatory commission found he pushed a referee.\n",
     [("an independent regulatory commission", "unresolved", "he pushed a referee")]),
], ids=["it-after-the-club", "it-after-the-commission", "a-body-introduced-before-the-cue"])
def test_an_unnamed_body_and_its_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A body the text never names but refers to (`the club`, `the commission`) or introduces right before a cue
    (`after an independent regulatory commission found`) speaks in the text's own words, and `it` right after it is
    that same unnamed body, never a named body in focus (`The County FA`) nor a person named earlier in the
    sentence."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Track Infrastructure Media Centre\n\nHarbour Track Infrastructure has reopened the line through Dunmore."
     "\n\nThe line reopened at 04:50 on Monday as planned, the company said, and the first train left at 05:32.\n",
     [("Harbour Track Infrastructure", "organisation", "The line reopened at 04:50 on Monday as planned"),
      ("Harbour Track Infrastructure", "organisation", "the first train left at 05:32")]),
    ("Kestrel Motors is recalling 21,000 cars.\n\nThe carmaker said 14 crashes were linked to the fault.\n",
     [("Kestrel Motors", "organisation", "14 crashes were linked to the fault")]),
    ("Kestrel Motors and Brandt Motors recalled cars.\n\nThe carmaker said 14 crashes were linked to the fault.\n",
     [("the carmaker", "unresolved", "14 crashes were linked to the fault")]),
], ids=["company-word-press-office-and-aside", "trade-name-of-the-one-company", "two-companies"])
def test_a_company_known_by_its_name_its_trade_and_its_press_office(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """A company is known by the words that end companies' names (`Harbour Track Infrastructure`, `... Networks`)
    and by what the text calls it by its trade (`the carmaker`, `the housebuilder`); its press office's name (`...
    Media Centre`) is the company, not a second body; `, the company said,` set in the middle of a sentence means
    the company that opened the paragraph before. With two companies opening the text together, `the carmaker` stays
    unresolved."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("By Jo Penhale\nDunmore Gazette | Thursday, 6 March\n\nThe figures show missed collections rose to 1,406 in "
     "October.\n",
     [("the figures", "document", "missed collections rose to 1,406 in October")]),
    ("Missed bin collections in Dunmore have tripled since October, figures released under freedom of information "
     "show.\n\nThe figures show missed collections rose to 1,406 in October.\n",
     [("figures released under freedom of information", "document",
       "Missed bin collections in Dunmore have tripled since October"),
      ("figures released under freedom of information", "document", "missed collections rose to 1,406 in October")]),
    ("Brook Council said 40 bins were missed. Missed collections tripled, figures released by the council show.\n",
     [("Brook Council", "organisation", "40 bins were missed"),
      ("Brook Council", "organisation", "Missed collections tripled")]),
], ids=["byline-outlet-is-no-focus", "figures-released-under-foi", "figures-released-by-a-body"])
def test_figures_without_a_publisher_speak_as_themselves(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Figures with no publisher named speak as themselves: a newspaper named in the byline or dateline is never the
    body `the figures` fall back to, and `figures released under freedom of information show` is that document (its
    `The figures show` later too), never dropped; figures released `by` a body are that body's."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Sea Rescue Trust runs the station. The Harbour Coastguard Agency said it requested 40 launches.\n\nA "
     "spokeswoman for the charity said 24 crew were trained.\n",
     [("Harbour Coastguard Agency", "organisation", "it requested 40 launches"),
      ("Sea Rescue Trust", "organisation", "24 crew were trained")]),
    ("Kelmere NHS Foundation Trust said 40 beds were open. Brook Council said 12 homes were found.\n\nThe charity said "
     "12 wards were shut.\n",
     [("Kelmere NHS Foundation Trust", "organisation", "40 beds were open"),
      ("Brook Council", "organisation", "12 homes were found"), ("the charity", "unresolved", "12 wards were shut")]),
], ids=["trust-beside-an-agency", "nhs-trust-is-no-charity"])
def test_the_charity_is_the_one_body_that_may_be_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`The charity` is the one body named whose head makes it one (a trust, a foundation, a society, an appeal),
    beside an agency or a council that cannot be; an NHS trust or a hospital's foundation is a public body, never
    `the charity`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Campaigners Keep Rivers Clear say Dale Water spilled sewage 1,312 times.\n\nThe firm said spills had fallen by "
     "14 per cent.\n",
     [("Keep Rivers Clear", "organisation", "Dale Water spilled sewage 1,312 times"),
      ("Dale Water", "organisation", "spills had fallen by 14 per cent")]),
    ("Campaigners Keep Rivers Clear say sewage was spilled 1,312 times.\n\nThe firm said spills had fallen by 14 per "
     "cent.\n",
     [("Keep Rivers Clear", "organisation", "sewage was spilled 1,312 times"),
      ("the firm", "unresolved", "spills had fallen by 14 per cent")]),
], ids=["campaign-group-is-no-firm", "no-company-named"])
def test_the_firm_is_never_a_campaign_group(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`The firm`, `the company` never mean a body the text calls a campaign group, a charity or a union
    (`Campaigners Keep Rivers Clear say ...`), however much that body has said; with no company named, `the firm`
    stays unresolved."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Brotherhood of Transit Officers Lodge 12 said 90% of complaints were without merit.\n",
     [("Brotherhood of Transit Officers Lodge 12", "organisation", "90% of complaints were without merit")]),
    ("Grace Obi of Penrose Brokers said sales rose 4%.\n",
     [("Grace Obi", "person", "sales rose 4%")]),
], ids=["numbered-lodge", "person-of-a-firm"])
def test_a_numbered_lodge_is_a_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A body's numbered branch or lodge (`Brotherhood of Transit Officers Lodge 12`) is the body's whole name, not
    a person `of` a body (`Grace Obi of Penrose Brokers` stays the person)."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\nHarbour Health Office\nReference: HR/12\nDate issued: 4 May\nAction: Pharmacies to act within 48 "
     "hours.\n\nHarbour Health Office said 40 packs were recalled.\n",
     [("Harbour Health Office", "organisation", "40 packs were recalled")]),
    ("PRESS RELEASE\nAcme Water\n\nLeaks: Acme Water cut leaks by 9% in 2025.\n",
     [("Acme Water", "organisation", "Leaks: Acme Water cut leaks by 9% in 2025")]),
], ids=["header-fields", "one-labelled-sentence"])
def test_a_header_s_fields_are_nobody_s_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    """The fields of a release's header (`Reference: HR/12`, `Date issued: 4 May`, `Action: ... within 48 hours.`),
    one under another, are nobody's claim, not the issuer's voice; a single labelled sentence in the body still is."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In a filing with the State Utility Board, Harbour Power said it needs $186 million more a year. Bills would "
     "rise to $138.40, up from $121.20, according to the filing.\n",
     [("Harbour Power", "organisation", "it needs $186 million more a year"),
      ("Harbour Power", "organisation", "Bills would rise to $138.40, up from $121.20")]),
    ("Bills would rise to $138.40, up from $121.20, according to a filing.\n",
     [("a filing", "document", "Bills would rise to $138.40, up from $121.20")]),
    ("Harbour Power is filing for a rate rise of 12%, it said.\n",
     [("Harbour Power", "organisation", "Harbour Power is filing for a rate rise of 12%")]),
], ids=["according-to-the-filing", "a-filing-of-nobody", "filing-as-a-verb"])
def test_a_filing_is_the_document_of_who_filed_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A filing is a document like a statement (US regulatory copy): `In a filing with the Board, X said` makes
    `according to the filing` later X's; a filing nobody is said to have made speaks as itself; `is filing for`
    stays a verb."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Roe and Tim Ash said 40 jobs would go. They said a fund of £25 million would open.\n",
     [("Jo Roe and Tim Ash", "person", "40 jobs would go"),
      ("Jo Roe and Tim Ash", "person", "a fund of £25 million would open")]),
    ("Ann and Dev Roe, who have fostered for the council for eight years, said they had looked after 23 "
     "children.\n",
     [("Ann and Dev Roe", "person", "they had looked after 23 children")]),
    ("Councilmembers Nia Vale and Alan Marsh voted against. Vale said the budget used $7.5 million of reserves. "
     "Marsh said 300 residents were ignored.\n",
     [("Nia Vale", "person", "the budget used $7.5 million of reserves"),
      ("Alan Marsh", "person", "300 residents were ignored")]),
    ("We spoke to Jo Moss and Al Key.\n\nQ: How many of the 9,000 pipes leaked?\n\nA: We fixed 4,000 leaks in 2024.\n",
     []),
    ("In a joint statement, the Minister for Energy, Dara Fenton, and the Minister for Enterprise, Aine Cullen, said "
     "the company had a central role. They said the region had added 12,400 jobs since 2021.\n",
     [("Dara Fenton and Aine Cullen", "person", "the company had a central role"),
      ("Dara Fenton and Aine Cullen", "person", "the region had added 12,400 jobs since 2021")]),
    ("Jo Roe, the mayor, and Tim Ash, the treasurer, said 40 jobs would go.\n",
     [("Jo Roe and Tim Ash", "person", "40 jobs would go")]),
], ids=["two-people-then-they", "a-couple", "each-known-by-name", "no-one-answerer", "joint-statement-with-roles",
        "roles-after-both-names"])
def test_two_people_who_speak_together(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Two people who speak together (`Jo Roe and Tim Ash said`, a couple `Ann and Dev Roe said`, `In a joint
    statement, the Minister for X, A, and the Minister for Y, B, said`) are one speaker, never dropped, and `They
    said` right after is the two of them; each stays known by name (`Councilmembers Nia Vale and Alan Marsh voted
    against. Vale said` is Nia Vale). Two bodies joined by `and` stay two bodies, and two people named together are
    no interview's one answerer."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesperson for the Harbour Trust said 40 beds were open.\n\nChief Constable Paul Hale welcomed the decision. "
     "He said the force had recruited 96 officers.\n",
     [("Harbour Trust", "organisation", "40 beds were open"),
      ("Paul Hale", "person", "the force had recruited 96 officers")]),
    ("A spokesperson for the Prison Service said a new governor, Tom Reed, had started in July. \"We have installed a "
     "body scanner in the gatehouse,\" the spokesperson said.\n",
     [("Prison Service", "organisation", "a new governor, Tom Reed, had started in July"),
      ("Prison Service", "organisation", "We have installed a body scanner in the gatehouse")]),
], ids=["person-named-in-a-later-paragraph", "person-named-in-the-spokesperson-s-claim"])
def test_a_spokesperson_s_pronoun_yields_to_a_person_named_later(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """A spokesperson's `she` lasts only while no person is named in a later paragraph: `Chief Constable Paul Hale
    welcomed the decision. He said` is Paul Hale, not the trust a spokesperson spoke for a paragraph before; a
    person named inside the spokesperson's own paragraph (`a new governor, Tom Reed,`) leaves `the spokesperson`
    hers."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Waits are the longest in Europe, as new figures show more than 520,000 people are waiting.\n\nNotes\n1. The "
     "quarterly statistics were published on Thursday by the Health Data Office.\n",
     [("Health Data Office", "organisation", "more than 520,000 people are waiting")]),
    ("Waits are the longest in Europe, as new figures show more than 520,000 people are waiting.\n",
     [("new figures", "document", "more than 520,000 people are waiting")]),
], ids=["statistics-published-by", "no-publisher"])
def test_figures_and_statistics_share_their_publisher(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Figures, statistics and data are one document for its publisher: `The quarterly statistics were published by
    X` anywhere in the text makes `new figures show` X's; with no publisher named they speak as themselves."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour NHS Trust spent £4.6m on private beds in the first half of the year, the board papers reveal.\n",
     [("Harbour NHS Trust", "organisation",
       "Harbour NHS Trust spent £4.6m on private beds in the first half of the year")]),
    ("Court papers show the firm owed £2m.\n",
     [("court papers", "document", "the firm owed £2m")]),
], ids=["board-papers", "papers-of-nobody-named"])
def test_board_papers_are_the_body_s_document(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Board papers are a body's document like its report (`..., the board papers reveal.`): the body the sentence
    opens with; papers nobody is said to own speak as themselves."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dale District Council's planning officers have recommended approval. In their report to the committee, "
     "officers say the noise impact would be 12 decibels.\n",
     [("Dale District Council", "organisation",
       "Dale District Council's planning officers have recommended approval."),  # wave 15: grown to its sentence
      ("Dale District Council", "organisation", "the noise impact would be 12 decibels")]),
    ("In their report to the committee, officers say the noise impact would be 12 decibels.\n",
     [("officers", "unresolved", "the noise impact would be 12 decibels")]),
], ids=["officers-of-the-council", "officers-of-nobody-named"])
def test_a_body_s_people_named_before_speak_for_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A bare plural for a body's people (`officers say`, `staff said`) is the body the text named them of (`Dale
    District Council's planning officers`); with no such body named they stay the text's words, unresolved."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chair: We now turn to the minister.\n\nThe Minister for Health (Ruth Obi): Waits have fallen.\n\nFigures "
     "published today by the Health Data Office show that 83% of patients were seen in 18 weeks.\n\nEight of our 14 "
     "boards now meet the standard. Since 2022, we have:\n\nSam Hale (Eastside) (Green Party): Rejections rose by 25% "
     "in two years.\n",
     [("Health Data Office", "organisation", "83% of patients were seen in 18 weeks"),
      ("Ruth Obi", "person", "Eight of our 14 boards now meet the standard"),
      ("Sam Hale", "person", "Rejections rose by 25% in two years")]),
    ("Jo Roe: We hired 40 nurses in 2024.\n\nTim Ash: We cut 12 posts in 2025.\n\nJo Roe became chief executive in "
     "2023 and earns £240,000 a year.\n",
     [("Jo Roe", "person", "We hired 40 nurses in 2024"), ("Tim Ash", "person", "We cut 12 posts in 2025")]),
], ids=["paragraph-between-turns", "narration-after-the-last-turn"])
def test_a_paragraph_between_labelled_turns_goes_on_with_the_turn(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """In a record of turns (a parliament's, a meeting's), a paragraph without a label between two labelled turns
    goes on with the turn before; a sentence of a turn that names its own source (`Figures published today by X show
    that`) is that source's; a lead-in ending in a colon inside a turn is no claim; after the last labelled turn,
    the writer's narration is nobody's."""
    assert rows(text) == expected
