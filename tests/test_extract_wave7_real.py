"""Speakers on phenomena seen on real press pages (wave 7c), each written here in new words: names with a lower-case
particle or dotted initials inside, short references to the one body of their kind, a body's name before its
descriptor, titles that speak after their content, and words that read like a name without being one. Each case is
a short text written for this test, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text
order."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Pieter van Houten said that the plant would close in May.\n",
     [("Pieter van Houten", "person", "the plant would close in May")]),
    ("Ana da Silva, the chief executive, said that 300 jobs were at risk.\n",
     [("Ana da Silva", "person", "300 jobs were at risk")]),
    ("The Guild of St Mary de Lacy said that 40 volunteers had joined this year.\n",
     [("Guild of St Mary de Lacy", "organisation", "40 volunteers had joined this year")]),
    ("Sales rose by 4% last year, said Lena de Vries.\n",
     [("Lena de Vries", "person", "Sales rose by 4% last year")]),
    ("Karl von der Linde, chair of the board, said that 12 staff had left.\n",
     [("Karl von der Linde", "person", "12 staff had left")]),
    ("Ferry Lines bought a van. Ferry Lines said that 12 routes would close.\n",
     [("Ferry Lines", "organisation", "12 routes would close")]),
], ids=["van", "da-before-an-appositive", "de-inside-a-body", "de-after-inverted-said", "two-particles",
        "a-lower-case-van-is-no-particle"])
def test_a_lower_case_particle_stays_inside_one_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A particle (`van`, `da`, `de`) between capitalised words belongs to one name, a person's or a body's; the
    speaker is never the tail after it. Other writers: `Jean-Luc de la Tour`, `the Friends of San Marco di Lido`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chancellor R.T. Okafor said that tuition fees would rise by 3%.\n",
     [("R.T. Okafor", "person", "tuition fees would rise by 3%")]),
    ("A.J.K. Mensah, the finance director, said that profits fell by a fifth.\n",
     [("A.J.K. Mensah", "person", "profits fell by a fifth")]),
    ("Profits fell by a fifth, said D.M. Asante.\n",
     [("D.M. Asante", "person", "Profits fell by a fifth")]),
    ("Fares rose by 4%, said R. Asante.\n",
     [("R. Asante", "person", "Fares rose by 4%")]),
    ("The U.K. Rail Office said that 12% of trains were late.\n",
     [("U.K. Rail Office", "organisation", "12% of trains were late")]),
], ids=["after-a-title", "three-initials-then-appositive", "after-inverted-said", "one-initial-after-inverted-said",
        "a-body-named-with-dotted-letters-is-no-person"])
def test_dotted_initials_written_together_start_the_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Initials written without spaces (`J.B. Harlow`) open a person's name; the speaker is never `B. Harlow` nor
    `Chancellor J`. Other writers: `P.J. O'Neill`, `Deputy Mayor K.L. Brandt`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The company said that sales at Halvern Foods rose by 9% last year.\n",
     [("Halvern Foods", "organisation", "sales at Halvern Foods rose by 9% last year")]),
    ("Shares in Halvern Foods rose by 4% on Monday after the group said that sales had doubled.\n",
     [("Halvern Foods", "organisation", "sales had doubled")]),
    ("Investors in Halvern Foods were told on Monday that the company expected profits of £40m.\n",
     [("Halvern Foods", "organisation", "expected profits of £40m")]),
    ("The company said that 12 buses were late. Daleham Council runs the depot.\n",
     [("the company", "unresolved", "12 buses were late")]),
    ("The firm said that 40 stores would shut, as Halvern Foods and Brisk Dairies cut prices.\n",
     [("the firm", "unresolved", "40 stores would shut, as Halvern Foods and Brisk Dairies cut prices")]),
    ("The group said that 12 homes were sold. Analysts at Pell Brokers rated Norland Homes a buy.\n",
     [("the group", "unresolved", "12 homes were sold"), ("Pell Brokers", "organisation", "rated Norland Homes a buy")]),
], ids=["named-after-the-reference-in-its-sentence", "named-in-the-main-clause", "named-in-a-passive-clause",
        "a-council-is-no-company", "two-companies-joined-by-and", "two-companies-in-the-text"])
def test_the_company_is_the_one_company_the_text_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`the company`, `the firm`, `the group` mean the one company a text names, wherever it names it (before, after,
    in the same sentence); with two companies, or only a council, the reference stays unresolved. Other writers:
    `..., the business confirmed; Acme Foods ...`, `According to the firm, Acme Foods will ...`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Unifo the union said that 400 members would strike on Friday.\n",
     [("Unifo", "organisation", "400 members would strike on Friday")]),
    ("Parcelfast, the delivery union, said that 400 drivers had voted for action.\n",
     [("Parcelfast", "organisation", "400 drivers had voted for action")]),
    ("Delroy Banks, the watchdog, said that 12 ferries had faulty lifeboats.\n",
     [("Delroy Banks", "inspectorate", "12 ferries had faulty lifeboats")]),
    ("Monday the union said that 400 members would strike.\n",
     [("the union", "unresolved", "400 members would strike")]),
    ("Across Wales, the charity said that 40 homes were built.\n",
     [("the charity", "unresolved", "40 homes were built")]),
    ("Jo Roe, the director, said that 300 jobs would go.\n",
     [("Jo Roe", "person", "300 jobs would go")]),
    ("Acme the retailer has said that 40 stores would shut.\n",
     [("Acme", "organisation", "40 stores would shut")]),
    ("\u201cWe will strike,\u201d Parcelfast, the union, said.\n",
     [("Parcelfast", "organisation", "We will strike")]),
    ("Brightwater, a housing charity, said that 40 homes were built.\n",
     [("Brightwater", "organisation", "40 homes were built")]),
], ids=["name-then-the-union", "name-comma-descriptor-comma", "a-watchdog-named-like-a-person",
        "a-day-is-no-name", "a-place-is-no-name", "a-role-is-no-body", "has-said", "after-a-quotation",
        "indefinite-descriptor"])
def test_a_name_followed_by_a_body_noun_is_that_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A name right before a common noun of a body's kind (`X the union`, `X, the bank,`) is that body, even when the
    name reads like a person's; a day, a place or a role before the noun is no name. Other writers: `Brightwater, a
    housing charity, said`, `Acme the retailer has said`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Burglaries fell by 12% last year, said the Police and Crime Commissioner.\n",
     [("the Police and Crime Commissioner", "person", "Burglaries fell by 12% last year")]),
    ("Commissioner Dana Holt opened the station. Burglaries fell by 12% last year, said the Police and Crime "
     "Commissioner.\n",
     [("Dana Holt", "person", "Burglaries fell by 12% last year")]),
    ("Burglaries fell by 12% last year, the Police and Crime Commissioner said.\n",
     [("the Police and Crime Commissioner", "person", "Burglaries fell by 12% last year")]),
    ("Sales rose by 4% last year, said the company.\n",
     [("the company", "unresolved", "Sales rose by 4% last year")]),
    ("Sales rose by 4% last year, said a spokesman for Halvern Foods.\n",
     [("Halvern Foods", "organisation", "Sales rose by 4% last year")]),
    ("Burglaries fell by 12% last year, said the Police and Crime Panel.\n",
     [("Police and Crime Panel", "organisation", "Burglaries fell by 12% last year")]),
    ("Burglaries fell by 12% last year, said the Police and Crime Commissioner. Dana Holt, the Police and Crime "
     "Commissioner, was elected in May.\n",
     [("Dana Holt", "person", "Burglaries fell by 12% last year")]),
    ("Dana Holt is the Police and Crime Commissioner. Tom Pike was the Police and Crime Commissioner. Burglaries fell "
     "by 12% last year, said the Police and Crime Commissioner.\n",
     [("the Police and Crime Commissioner", "person", "Burglaries fell by 12% last year")]),
], ids=["title-alone", "title-held-by-a-person-named-before", "title-before-said", "said-the-company",
        "said-a-spokesman-for", "a-panel-is-a-body-not-a-title", "title-holder-named-after",
        "two-holders-stay-the-title"])
def test_a_cue_after_its_content_with_a_lower_case_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`..., said the <subject>.` gives the content before the cue to the subject, as `..., said Acme.` does; a
    subject that is only a title speaks for its holder named before, else as the title's words, a person, and the
    title is never the quote. Other writers: `..., says the Chief Fire Officer`, `..., added the county's Director
    of Public Health`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Morvane Bank cut its rating of Ostley Foods to sell and said that margins would shrink this year.\n",
     [("Morvane Bank", "organisation", "margins would shrink this year")]),
    ("The bank cut its rating of Ostley Foods to sell and said that margins would shrink this year.\n",
     [("the bank", "unresolved", "margins would shrink this year")]),
    ("Dana Holt met leaders of Wexdale Council and said that 40 homes would be built.\n",
     [("Dana Holt", "person", "40 homes would be built")]),
    ("Halvern Foods bought Brisk Dairies in May. The company cut prices at Brisk Dairies and said that margins would "
     "shrink.\n",
     [("Halvern Foods", "organisation", "margins would shrink")]),
    ("The rating of Ostley Foods fell and Morvane Bank said that margins would shrink.\n",
     [("Morvane Bank", "organisation", "margins would shrink")]),
    ("Wexdale Trust chief executive Jo Roe welcomed the plan but said that 40 beds were short.\n",
     [("Jo Roe", "person", "40 beds were short")]),
], ids=["named-subject", "unnamed-bank-stays-unresolved", "a-person-then-a-body-as-object",
        "the-company-then-another-company-as-object", "a-second-subject-speaks", "a-person-after-a-body-and-title"])
def test_the_object_of_a_first_verb_never_says_the_second(text: str, expected: list[tuple[str, str, str]]) -> None:
    """In `X cut its rating of Y and said ...` the second verb shares the first's subject X; Y, the object, never
    speaks. A new subject before the cue (`... and Z said`) still speaks. Other writers: `The regulator fined Acme Water
    and warned that ...`, `Jo Roe thanked Dale Council but added that ...`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officers observed a suspected stolen car on the motorway at 2am.\n", []),
    ("A witness noted a white van parked outside the school.\n", []),
    ("Inspectors observed a culture of fear among staff.\n",
     [("inspectors", "inspectorate", "a culture of fear among staff")]),
    ("The report noted a 12% rise in complaints.\n",
     [("the report", "document", "a 12% rise in complaints")]),
    ("Officers noted that a car had been abandoned.\n",
     [("Officers", "unresolved", "a car had been abandoned")]),
    ("Sources close to Jo Roe Will said that 40 homes were empty.\n",
     [("Jo Roe", "person", "40 homes were empty")]),
], ids=["observed-a-suspected-car", "noted-a-van", "observed-a-finding", "noted-a-figure", "noted-that",
        "capitalised-modal-after-a-name"])
def test_narrated_sightings_and_modals_after_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`observed`, `noted`, `spotted` before a thing seen (`a suspected stolen car`, `a van`) narrate an event and claim
    nothing; before a finding, a figure or `that` they still report. A capitalised modal after a name (`Jo Roe Will`)
    is never part of it. Other writers: `crews spotted smoke coming from the roof`, `Acme Boss Will Quit`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales fell by 9% in May, Acme Foods said, citing chief executive Jo Roe.\n",
     [("Acme Foods", "organisation", "Sales fell by 9% in May")]),
    ("Acme Foods said sales fell by 9% in May. Also quoted was Jo Roe, the chief executive of Acme Foods.\n",
     [("Acme Foods", "organisation", "sales fell by 9% in May")]),
    ("Waiting times fell by a third, Dr Owen Hale, the trust's chief medical officer, told the paper.\n",
     [("Owen Hale", "person", "Waiting times fell by a third")]),
    ("The report was written by Dr Owen Hale, chief medical officer at Wexdale Trust, who said waiting times fell.\n",
     [("Owen Hale", "person", "waiting times fell")]),
    ("Acme Foods said that chief executive Jo Roe would step down in May.\n",
     [("Acme Foods", "organisation", "chief executive Jo Roe would step down in May")]),
], ids=["citing-a-titled-person", "also-quoted-was", "name-and-role-before-a-closing-cue", "who-after-a-role-at-a-body",
        "a-claim-about-a-titled-person-stays"])
def test_a_speaker_phrase_is_never_a_quote(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Words that only say who speaks (a person's name with a title or a body: `citing chief executive Jo Roe`) are
    never a row's quote, nor part of the content before a closing cue; a claim about a titled person still is. Other
    writers: `..., quoting its director, Ann Lee.`, `Among those speaking was Ann Lee, the chair of Acme.`"""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Morgan Stanley cut its forecast for growth. The bank said that inflation would fall to 2% by June.\n",
     [("Morgan Stanley", "organisation", "inflation would fall to 2% by June")]),
    ("Morgan Stanley said that inflation would fall to 2% by June, its analysts wrote.\n",
     [("Morgan Stanley", "organisation", "inflation would fall to 2% by June")]),
    ("Harlan Weiss raised its target for Acme Foods. Harlan Weiss said that margins would grow.\n",
     [("Harlan Weiss", "organisation", "margins would grow")]),
    ("Jo Roe said that sales rose by 4%. Jo Roe said its shops were busy.\n",
     [("Jo Roe", "person", "sales rose by 4%"), ("Jo Roe", "person", "its shops were busy")]),
    ("Dana Holt said it was a good year for the town.\n",
     [("Dana Holt", "person", "it was a good year for the town")]),
], ids=["cut-its-forecast-then-the-bank", "its-analysts", "raised-its-target", "a-person-saying-its-stays-a-person",
        "a-person-saying-it-stays-a-person"])
def test_a_body_named_like_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A name like a person's (`Morgan Stanley`) is a body where the text treats it as one: it cuts its rating or
    forecast, has analysts or shares (`X's analysts`, `analysts at X`, `shares in X`); saying `it` or `its` alone
    proves nothing. Other writers: `Goldman Sachs economists expect`, `shares in Marks and Spencer fell`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Burglaries rose by 9% in the year to March, in the most recent figures.\n",
     [("the most recent figures", "document", "Burglaries rose by 9% in the year to March")]),
    ("In its latest figures, the Rail Office said that 12% of trains were late.\n",
     [("Rail Office", "organisation", "12% of trains were late")]),
    ("Based on numbers provided by the Rail Office, 12% of trains were late.\n",
     [("Rail Office", "organisation", "12% of trains were late")]),
    ("Statistics from the Rail Office have shown that 12% of trains were late.\n",
     [("Rail Office", "organisation", "12% of trains were late")]),
    ("Fares rose by 4% in the year to March, the highest rise in the figures since 2001.\n", []),
    ("The film was shown on television in May.\n", []),
], ids=["in-the-latest-figures-after", "in-its-figures-before-a-cue-of-its-own", "based-on-numbers-provided-by",
        "have-shown-that", "figures-inside-the-content-are-no-frame", "shown-as-a-passive"])
def test_figures_that_frame_their_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Figures or a document may frame the content with no reporting verb: after it (`..., in the latest figures.`),
    before it (`Based on numbers provided by X, ...`), or with a perfect (`have shown that`); the figures' owner, else
    the figures, claim it. Figures named inside the content frame nothing. Other writers: `..., from the annual
    returns.`, `From its own data, ...`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The council defended the rise by warning that its reserves had fallen by £2m.\n",
     [("the council", "unresolved", "its reserves had fallen by £2m")]),
    ("Fares will rise in May, after Corvan Rail also announced that 40 services would be cut.\n",
     [("Corvan Rail", "organisation", "40 services would be cut")]),
    ("Ministers promised new trains, but last month Corvan Rail said that 40 services would be cut.\n",
     [("Ministers", "unresolved", "promised new trains"),  # a role's plural alone is people, no body (wave 42f)
      ("Corvan Rail", "organisation", "40 services would be cut")]),
    ("Wexdale Trust said waiting times fell by a third, and chief medical officer Dr Owen Hale said 40 nurses were "
     "hired.\n",
     [("Wexdale Trust", "organisation", "waiting times fell by a third"), ("Owen Hale", "person", "40 nurses were hired")]),
    ("Acme said sales rose by 4% and that Brisk Dairies said its sales fell by 2%.\n",
     [("Acme", "organisation", "sales rose by 4%"), ("Acme", "organisation", "Brisk Dairies said its sales fell by 2%")]),
    ("Analysts at Pell Brokers said the update was strong, although they noted that wages will add £20m to costs.\n",
     [("Pell Brokers", "organisation",
       "the update was strong, although they noted that wages will add £20m to costs")]),
], ids=["by-warning-that", "after-x-also-announced", "but-last-month-x-said", "and-a-titled-person-said",
        "and-that-reports-the-other-party", "they-noted-is-the-same-party"])
def test_a_cue_inside_the_story_s_own_clauses(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A cue may sit inside a clause of the story: a gerund after the main verb (`by warning that`) is the main
    subject's; a second clause with a subject and a cue of its own (`but last month X said`, `and Y said`) is that
    party's, never the first's; `and that X said` reports X through the first, and `they noted` goes on with it. Other
    writers: `while insisting that`, `..., as the union also claimed that ...`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Health Office funded a study by Halbury University. The study found that 12% of patients had side effects.\n",
     [("Halbury University", "organisation", "12% of patients had side effects")]),
    ("The Care Standards Commission inspected Wexdale House in May. The watchdog's report found that 12 residents had "
     "missed medication. Wexdale Council said that it would review the home.\n",
     [("Care Standards Commission", "inspectorate", "12 residents had missed medication"),
      ("Wexdale Council", "organisation", "it would review the home")]),
    ("The Care Standards Commission inspected Wexdale House in May. The report, which was shared with Wexdale Council, "
     "found that 12 residents had missed medication.\n",
     [("Care Standards Commission", "inspectorate", "12 residents had missed medication")]),
    ("The Renters Institute published a report drawing on a survey carried out by Pell Polling. The survey found that "
     "40% of tenants were cold.\n",
     [("Renters Institute", "organisation", "40% of tenants were cold")]),
], ids=["a-study-by-x-is-x-s", "the-watchdog-s-report", "a-body-named-later-in-another-role",
        "a-pollster-carrying-out-a-survey-never-speaks"])
def test_a_document_is_its_author_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A document's short reference (`the study`, `the watchdog's report`) resolves to the body whose document it is
    (`a study by X`, the watchdog named before), never to a body named later in another role (`shared with X`), nor
    to a firm that only carried out its fieldwork. Other writers: `research by Acme University found`, `the
    regulator's review concluded`."""
    assert rows(text) == expected
