"""A body's kind and span read where its name is read (wave 29d). Each case is a short text written for this test in
our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in
text order; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/letter_kinds: letters a heading names before the text spells the body out (`FSA Ruling on ...`, `FSA
# proposes ...`) take the kind of the body they stand for, wherever the text names it: in brackets before them (at the
# text's end too, as a ruling's notes do), or by words whose capitals spell them; a short name of mixed case in
# brackets (`(EnReg)`) as well.
@pytest.mark.parametrize(("text", "expected"), [
    ("FSA Ruling on Harbury Foods Ltd\n\n"
     "The FSA noted that the advert claimed 40% less sugar than the leading brand.\n\n"
     "The Food Standards Authority (FSA) is the independent regulator of food advertising.\n",
     [("FSA", "inspectorate", "noted that", "the advert claimed 40% less sugar than the leading brand")]),
    ("FSA proposes first limits on sugar\n\n"
     "The Food Standards Authority on Tuesday proposed limits on sugar in 40 products.\n\n"
     "The FSA said the limits would cost the industry $40 million a year.\n",
     [("FSA", "inspectorate", "said", "the limits would cost the industry $40 million a year")]),
    ("Staff must be told when AI reads their emails, DPA says\n\n"
     "The DPA said it had audited 70 employers last year.\n\n"
     "The Data Protection Authority opened in 1990.\n",
     [("DPA", "inspectorate", "said", "it had audited 70 employers last year")]),
    ("EnReg finds Harbury Power overcharged customers\n\n"
     "In a notice published on Tuesday, the Commission for Energy Regulation (EnReg) said Harbury Power had "
     "overcharged 4,100 customers.\n\n"
     "EnReg said the overcharges totalled \u20ac318,000.\n",
     [("Commission for Energy Regulation", "inspectorate", "said", "Harbury Power had overcharged 4,100 customers"),
      ("EnReg", "inspectorate", "said", "the overcharges totalled \u20ac318,000")]),
])
def test_letters_take_the_kind_of_the_body_named_later(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: letters the text never spells out stay a body of no known kind; letters spelled by a body that is no
# regulator stay an organisation; two bodies whose capitals spell the same letters leave them as they were.
@pytest.mark.parametrize(("text", "expected"), [
    ("HFL Ruling on Harbury Foods Ltd\n\n"
     "The HFL said the advert claimed 40% less sugar than the leading brand.\n",
     [("HFL", "organisation", "said", "the advert claimed 40% less sugar than the leading brand")]),
    ("HFL plans 300 job cuts\n\n"
     "The HFL said 300 jobs would go at its Leeds plant.\n\n"
     "Harbury Foods Limited (HFL) makes crisps.\n",
     [("HFL", "organisation", "said", "300 jobs would go at its Leeds plant")]),
    ("FSA Ruling on Harbury Foods Ltd\n\n"
     "The FSA noted that the advert claimed 40% less sugar than the leading brand.\n\n"
     "The Food Standards Authority and the Farm Supply Association both comment on such claims.\n",
     [("FSA", "organisation", "noted that", "the advert claimed 40% less sugar than the leading brand")]),
])
def test_letters_without_one_regulator_are_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
