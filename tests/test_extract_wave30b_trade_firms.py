"""Organisations read as people (wave 30b): a firm's name ending in the trade it does (`Marlow Asset Management`,
`Hollin Actuarial`, `Fenby Roofing`) is a body's, not a person's; such a firm is never what a reference to another
trade means (`the insurer`); a name like a person's right after the plural of a firm's professionals (`the charity's
auditors, Marsh Tilney,`) is the firm's. Each case is a short text written for this test in our own words about invented parties,
and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and the shapes where the
rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# data/trade_endings.txt (joined to vocabulary.ORG_HEADS): the last word says the firm's trade, so the name is a
# body's, whatever description comes before it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Shares in Brackley Foods rose on Monday. One of its largest investors, fund manager Marlow Asset Management, "
     "said it would not back any offer below 300p.\n",
     [("Marlow Asset Management", "organisation", "said", "it would not back any offer below 300p")]),
    ("Its managing agent, Tellwright Property Management, said a survey had put the cost of the work at £4m.\n",
     [("Tellwright Property Management", "organisation", "said", "a survey had put the cost of the work at £4m")]),
    ("Keating Management said the refunds would be paid by May.\n",
     [("Keating Management", "organisation", "said", "the refunds would be paid by May")]),
    ("According to the scheme's adviser, Hollin Actuarial, the premium was 3% lower than a year ago.\n",
     [("Hollin Actuarial", "organisation", "According to", "the premium was 3% lower than a year ago")]),
    ("Fenby Roofing said it accepted the fine and had cooperated with the inquiry.\n",
     [("Fenby Roofing", "organisation", "said", "it accepted the fine"),
      ("Fenby Roofing", "organisation", "said", "had cooperated with the inquiry")]),
    ("A spokesperson for the administrators, Wrayburn Restructuring, said the site would be sold by the spring.\n",
     [("Wrayburn Restructuring", "organisation", "said", "the site would be sold by the spring")]),
])
def test_firm_named_by_its_trade(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: the trade's word inside a person's post, before or after the name (the person, as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("Head of Estate Management Jo Pryor said the repairs would be finished by June.\n",
     [("Jo Pryor", "person", "said", "the repairs would be finished by June")]),
    ("Lena Hart, head of asset management at Marlow Capital, said the offer was too low.\n",
     [("Lena Hart", "person", "said", "the offer was too low")]),
    ("Property management director Lena Hart said the service charge would rise.\n",
     [("Lena Hart", "person", "said", "the service charge would rise")]),
])
def test_trade_word_in_a_post_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/context: a firm named by its trade is no insurer, airline or lender (another trade's reference stays the
# text's words, unresolved); `the company` still means it.
@pytest.mark.parametrize(("text", "expected"), [
    ("The managing agent, Tellwright Property Management, has confirmed that the refunds will be paid by May. The "
     "insurer has told us it will review the premium next year.\n",
     [("Tellwright Property Management", "organisation", "confirmed that",
       "confirmed that the refunds will be paid by May"),
      ("the insurer", "unresolved", "told", "it will review the premium next year")]),
    ("Fenby Roofing said it had paid the fine. The lender said it would not call in the loan.\n",
     [("Fenby Roofing", "organisation", "said", "it had paid the fine"),
      ("the lender", "unresolved", "said", "it would not call in the loan")]),
])
def test_firm_of_a_trade_is_no_other_trade(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: the generic references (`the company`, `the firm`) still mean the firm, and another trade's
# reference still means a body whose name says that trade or no trade of ours (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("Tellwright Property Management said the refunds would be paid by May. The company said it would write to every "
     "leaseholder.\n",
     [("Tellwright Property Management", "organisation", "said", "the refunds would be paid by May"),
      ("Tellwright Property Management", "organisation", "said", "it would write to every leaseholder")]),
    ("Harrowgate Insurance said the claims had been settled. The insurer said it would review the premium next "
     "year.\n",
     [("Harrowgate Insurance", "organisation", "said", "the claims had been settled"),
      ("Harrowgate Insurance", "organisation", "said", "it would review the premium next year")]),
])
def test_generic_and_own_trade_references_still_resolve(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/firm_plurals (read by body_traits.treated_as_body; data/firm_plurals.txt): a name like a person's written
# alone right after the plural of a firm's professionals is the firm's, wherever the text writes it.
@pytest.mark.parametrize(("text", "expected"), [
    ("The landlord's agents, Carrow Denby, said rents would rise by 5%.\n",
     [("Carrow Denby", "organisation", "said", "rents would rise by 5%")]),
    ("The charity's auditors, Marsh Tilney, resigned and told the regulator they could not trace the payments.\n",
     [("Marsh Tilney", "organisation", "told", "they could not trace the payments")]),
    ("The review was carried out by accountants Harbin Voss. Harbin Voss said the records were incomplete.\n",
     [("Harbin Voss", "organisation", "said", "the records were incomplete")]),
])
def test_firm_named_after_its_professionals(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: two people after the plural, one person after a singular, or a name the text gives an honorific
# (read as before: people).
@pytest.mark.parametrize(("text", "expected"), [
    ("Founded by former accountants Morag Finch and Dev Arora, Tallyfern has 40 staff. Morag Finch said the firm "
     "would double in size.\n",
     [("Morag Finch", "person", "said", "the firm would double in size")]),
    ("The family's solicitors, Tess Orran and Abel Quist, said they would appeal.\n",
     [("Tess Orran and Abel Quist", "person", "said", "they would appeal")]),
    ("Her solicitor, Jo Pryor, said she would appeal.\n",
     [("Jo Pryor", "person", "said", "she would appeal")]),
    ("The estate's agents, Pellham Sayer, said the path would stay shut. Mr Sayer said the owners had offered another "
     "route.\n",
     [("Pellham Sayer", "person", "said", "the path would stay shut"),
      ("Pellham Sayer", "person", "said", "the owners had offered another route")]),
])
def test_people_after_a_plural_are_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# People read as bodies: `SC` (senior counsel, an Irish barrister's letters; data/post_nominals.txt) after a name is a
# person's letters as `KC` and `QC` are, never a body's acronym.
@pytest.mark.parametrize(("text", "expected"), [
    ("Aoife Lenihan SC, for the company, said the firm had 40 staff.\n",
     [("Aoife Lenihan", "person", "said", "the firm had 40 staff")]),
    ("The chair, Ms Nuala Breen SC, said the fees had not risen since 2008.\n",
     [("Nuala Breen", "person", "said", "the fees had not risen since 2008")]),
])
def test_senior_counsel_letters_after_a_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a club's `SC` after one word, a state's `SC` in a dateline (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("Kilbarrow SC said its ground would close for the summer.\n",
     [("Kilbarrow SC", "organisation", "said", "its ground would close for the summer")]),
    ("COLUMBIA, SC - The Tarrant Water Authority said on Monday it would raise rates by 4%.\n",
     [("Tarrant Water Authority", "organisation", "said", "it would raise rates by 4%")]),
])
def test_other_sc_letters_are_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
