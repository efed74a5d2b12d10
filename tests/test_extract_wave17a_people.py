"""People and who speaks on texts by new authors (wave 17a): each case is a short text written for this test in our
own words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text
order, with cases where the rule must not fire."""
import pytest

from claims.extract.entities import find_mentions, person_after_body_name
from claims.extract.role_holders import register_role_holders
from claims.extract.speakers import Context
from claims.extract.speakers.compound_titles import compound_title_keys
from extract_rows import rows


# A body's full `X of Y` name, a title and a name run together with no comma (US state and federal releases, Irish
# and Canadian copy: `Department of Health Deputy Director Lisa Roe told lawmakers`). The run was read as one body's
# name, so the person's claims went to a body that does not exist.
@pytest.mark.parametrize(("text", "expected"), [
    ("Rent aid\n\nDepartment of Economic Development Deputy Director Lisa Roe told lawmakers the program had paid "
     "$412 million to 58,000 households.\n",
     [("Lisa Roe", "person", "the program had paid $412 million to 58,000 households")]),
    ("Rent aid\n\nMinistry of Housing Director Tom Pike said 300 homes were empty.\n",
     [("Tom Pike", "person", "300 homes were empty")]),
    ("Rent aid\n\nDepartment of Health Chief Medical Officer Dr Ann Keel said 40 cases had been confirmed.\n",
     [("Ann Keel", "person", "40 cases had been confirmed")]),
    ("Rent aid\n\nDepartment of Health Director Tom Pike said 300 homes were empty.\n\n"
     "The director said another 90 would be sold.\n",
     [("Tom Pike", "person", "300 homes were empty"), ("Tom Pike", "person", "another 90 would be sold")]),
])
def test_person_after_a_body_name_and_title(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("run", "expected"), [
    ("Department of Health Deputy Director Lisa Roe", ("Lisa Roe", "director")),
    ("Ministry of Justice Chief Inspector of Prisons Jo Roe", ("Jo Roe", "inspector")),
    ("Department of Health Director General", None),  # a title with no name
    ("Office of the Director of Public Prosecutions", None),  # a body whose name holds a title
    ("Department of Transport Press Office", None),
    ("Acme Water Director Jo Roe", None),  # no `of`: the ordinary title rules read it
])
def test_person_after_body_name(run: str, expected: tuple[str, str] | None) -> None:
    assert person_after_body_name(run.split()) == expected


def test_body_name_alone_stays_a_body() -> None:
    text = "Ministry of Economic Development said"
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == [("Ministry of Economic Development", "org")]


# A quotation with no cue right after a second person's reported speech whose verb is two words (`pointed out that`,
# `went on`): the quotation went to the person quoted before, because only the first word (`pointed`) was read.
_EARLIER = ("Scan tool\n\nDr Tom Fenn said the tool was safe.\n\n"
            "\u201cIt makes sure every shadow gets a second look,\u201d he said.\n\n")


@pytest.mark.parametrize(("report", "expected"), [
    ("Professor Ruth Adeyemi, a radiologist at Merseyford University, pointed out that the scans were read in a "
     "research setting.",
     [("Ruth Adeyemi", "person", "the scans were read in a research setting"),
      ("Ruth Adeyemi", "person", "Every false alarm means a CT scan for a worried patient.")]),
    ("Professor Ruth Adeyemi said the scans were read in a research setting.",
     [("Ruth Adeyemi", "person", "the scans were read in a research setting"),
      ("Ruth Adeyemi", "person", "Every false alarm means a CT scan for a worried patient.")]),
])
def test_quotation_after_two_word_report(report: str, expected: list[tuple[str, str, str]]) -> None:
    text = _EARLIER + report + "\n\n\u201cEvery false alarm means a CT scan for a worried patient.\u201d\n"
    assert rows(text)[2:] == expected


# A person's workplace described in lower case between `of`/`at`/`from` and its name (`Jo Roe of stockbroker Hollins
# Rae said`, business and City pages' usual way of placing an analyst). The workplace's name, itself read as a
# person's, was taken as the speaker because it stands last before the cue.
@pytest.mark.parametrize(("subject", "speaker"), [
    ("Fiona Garside of stockbroker Hollins Rae", "Fiona Garside"),
    ("Fiona Garside at broker Hollins Rae", "Fiona Garside"),
    ("Analyst Fiona Garside of think tank Mendel Grant", "Fiona Garside"),
    ("Fiona Garside of Hollins Rae", "Fiona Garside"),  # no description: one run, already the person
    ("Fiona Garside and Mendel Grant", "Fiona Garside and Mendel Grant"),  # two people: the rule must not fire
])
def test_person_before_described_workplace(subject: str, speaker: str) -> None:
    text = f"Shares fell\n\nThe shares fell 40p on Monday.\n\n{subject} said the delay was the second in 18 months.\n"
    assert rows(text) == [(speaker, "person", "the delay was the second in 18 months")]


# A document owned by a person's possessive name (`Mr Penrose's report identifies`, `Dr Keel's review found`): the
# guide makes `the trust's annual report shows` the trust's, and a person's report is the person's in the same way.
# It went to the body in focus (the council issuing the release) or spoke as `mr penrose's report`.
@pytest.mark.parametrize(("text", "expected"), [
    ("Budget\n\nAcme Council said it would act.\n\nThe notice was issued by Marcus Penrose, Director of Finance.\n\n"
     "Mr Penrose's report says the council faces a £4.6m shortfall in income.\n",
     [("Acme Council", "organisation", "it would act"),
      ("Marcus Penrose", "person", "the council faces a £4.6m shortfall in income")]),
    ("Budget\n\nAcme Council said it would act.\n\nThe council expects an overspend of £14.2m. "
     "Marcus Penrose's report identifies three causes:\n\n- a £4.6m shortfall in income;\n"
     "- interest on £210m of borrowing.\n",
     [("Acme Council", "organisation", "it would act"),
      ("Acme Council", "organisation", "expects an overspend of £14.2m"),
      ("Marcus Penrose", "person", "a £4.6m shortfall in income"),
      ("Marcus Penrose", "person", "interest on £210m of borrowing")]),
    # no document after the possessive: the ordinary rules
    ("Budget\n\nAcme Council said it would act.\n\nMarcus Penrose's family said the council faces a £4.6m "
     "shortfall.\n",
     [("Acme Council", "organisation", "it would act"),
      ("Marcus Penrose's family", "person", "the council faces a £4.6m shortfall")]),
])
def test_person_owns_document(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A role held in a named body opening its clause before the holder (`Speaking on radio, the chair of the National
# Emergency Group (NEG), Ann Roe, said`): a later `the NEG chair` is that person. The role was found only when the
# sentence opened with it and the body's name was short, so a later reference stayed unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("Speaking on the radio earlier, the chair of the National Emergency Coordination Group (NECG), Ann Roe, said",
     {"chair": "Ann Roe"}),
    ("The chief executive of the Royal College of General Practitioners, Tom Pike, said", {"executive": "Tom Pike"}),
    ("In a letter, its director at the Weald Water Trust, Tom Pike, wrote", {"director": "Tom Pike"}),
    ("Speaking earlier, the chair of the group, Ann Roe, said", {}),  # no body named: not this rule
    ("The spokeswoman for the National Emergency Group, Ann Roe, said", {}),  # a voice, not a post
    ("The chair of the National Emergency Group, Acme Ltd, said", {}),  # no person after the comma
])
def test_role_of_named_body_before_holder(text: str, expected: dict[str, str]) -> None:
    ctx = Context(text=text)
    register_role_holders(text, 0, len(text), ctx)
    assert ctx.titles == expected


def test_later_reference_by_body_and_role() -> None:
    text = ("Storm\n\nSpeaking on the radio earlier, the chair of the National Emergency Coordination Group (NECG), "
            "Ann Roe, said the storm had brought gusts of 148km/h.\n\n"
            "The weather service said winds would ease overnight.\n\n"
            "The NECG chair confirmed schools would reopen tomorrow except in Kerry.\n")
    assert rows(text) == [("Ann Roe", "person", "the storm had brought gusts of 148km/h"),
                          ("The weather service", "unresolved", "winds would ease overnight"),
                          ("Ann Roe", "person", "confirmed schools would reopen tomorrow except in Kerry")]


# Titles of two words ending in `General` (`Auditor General`, `Attorney-General`): a later `the auditor` or `the
# auditor-general` with no name is the person titled so. `the auditor` spoke as an unnamed inspectorate, and a
# hyphenated title was read as part of the person's name (`Attorney-General Ann Lee`).
@pytest.mark.parametrize(("title", "later"), [
    ("Auditor General", "The auditor"),
    ("Auditor General", "The auditor-general"),
    ("Auditor-General", "The auditor general"),
    ("Attorney-General", "The attorney general"),
])
def test_compound_general_titles(title: str, later: str) -> None:
    text = (f"Audits\n\n{title} Ann Lee said 23 projects were late.\n\nThe department said it would respond.\n\n"
            f"{later} found the program had cut waits.\n")
    assert rows(text) == [("Ann Lee", "person", "23 projects were late"),
                          ("the department", "unresolved", "it would respond"),
                          ("Ann Lee", "person", "the program had cut waits")]


@pytest.mark.parametrize(("run", "expected"), [
    ("Auditor General Karen Holtby", ["auditor", "auditor general", "auditor-general"]),
    ("Attorney-General Ann Lee", ["attorney", "attorney general", "attorney-general"]),
    ("Major General Tom Pike", []),  # a rank: `the major` is no reference to him
    ("Karen Holtby", []),
])
def test_compound_title_keys(run: str, expected: list[str]) -> None:
    assert compound_title_keys(run, 0, len(run)) == expected


# Verbs of complaint, repetition and testimony report speech as `said` does (`Jo Roe complained that ...`, `he
# reiterated that ...`, `she testified that ...`): complaints bodies' decisions and hearings open with them.
@pytest.mark.parametrize(("verb", "cue"), [
    ("complained that", "complained that"),
    ("reiterated that", "reiterated that"),
    ("testified that", "testified that"),
    ("cautioned that", "cautioned that"),
])
def test_complaint_and_testimony_verbs(verb: str, cue: str) -> None:
    text = f"Ruling\n\nThe authority published its decision on Monday.\n\nTama Kerr {verb} the host's language was abusive.\n"
    assert rows(text) == [("Tama Kerr", "person", "the host's language was abusive")]


# People counted by a quantifier (`some residents`, `several passengers`, `Many parents`) speak unresolved in their own
# words. The subject was dropped as `no one party`, so the claim was lost or went to a place in the clause before
# (`... in the west of the county, and some residents have said` gave `the county`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Crime\n\nBurglaries rose in the west of the county, and some residents have said that officers are rarely "
     "seen outside the towns.\n",
     [("some residents", "unresolved", "officers are rarely seen outside the towns")]),
    ("Delays\n\nSeveral passengers said they waited more than two hours for a bus.\n",
     [("Several passengers", "unresolved", "they waited more than two hours for a bus")]),
    ("Delays\n\nEach supplier reported a fall in orders.\n", []),  # not people: no one party speaks
])
def test_quantified_people_speak_unresolved(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A second cue of the same subject after a short quotation in the sentence (`X said that was "a matter for lawyers",
# but added: "..."`): the subject was looked for only after the first quotation's closing mark (`, but`), found
# nobody, and the second quotation was lost. The sentence's first reporting cue names who speaks.
@pytest.mark.parametrize(("sentence", "expected"), [
    ('Jo Roe said the plan was "a matter for lawyers", but added: "It cost us £40m in lost fares."',
     [("Jo Roe", "person", 'the plan was "a matter for lawyers"'),
      ("Jo Roe", "person", "It cost us £40m in lost fares.")]),
    ('Asked by senator Ann Lee whether the law was broken, Dr Jo Roe said that was "a matter for lawyers", but '
     'added: "It cost us £40m in lost fares."',
     [("Jo Roe", "person", 'that was "a matter for lawyers"'),  # wave 26g: the `that` the cue took is the subject
      ("Jo Roe", "person", "It cost us £40m in lost fares.")]),
    # another subject after the conjunction: that subject speaks
    ('The report called the plan "a matter for lawyers", and Jo Roe added: "It cost us £40m in lost fares."',
     [("Jo Roe", "person", "It cost us £40m in lost fares.")]),
])
def test_second_cue_after_short_quotation(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(f"Budget\n\nThe council published its budget on Monday.\n\n{sentence}\n") == expected


# A party characterising something in quoted words (`X called the records "not reliable enough"`, `described the
# refusal as "devastating"`, `..., calling the fine "a penalty for paperwork"`): the thing and the quoted words are
# the party's claim. No cue was read, so the claim was lost.
@pytest.mark.parametrize(("sentence", "expected"), [
    ('Karen Holt called the department\'s spare-parts list "not reliable enough to support purchasing decisions."',
     [("Karen Holt", "person",
       'the department\'s spare-parts list "not reliable enough to support purchasing decisions."')]),
    ('Its co-founder, Aoife Brann, went further in a post, calling the fine "a penalty for paperwork, not for '
     'putting a single child at risk".',
     [("Aoife Brann", "person", 'the fine "a penalty for paperwork, not for putting a single child at risk"')]),
    ('Jo Roe branded the scheme "a waste of £40m of public money".',
     [("Jo Roe", "person", 'the scheme "a waste of £40m of public money"')]),
    ('Jo Roe called on ministers to deliver "a proper plan".', []),  # a call to act, not a characterisation
    ('The letter describes the leaders as "ambitious" and the staff as "committed".', []),  # a document: not this rule
])
def test_characterised_in_quoted_words(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(f"Ruling\n\nThe authority published its decision on Monday.\n\n{sentence}\n") == expected
