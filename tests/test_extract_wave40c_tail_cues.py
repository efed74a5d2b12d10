"""Wave 40c: cues after their content as real pages write them. A short quotation inside a sentence whose comma
stands inside its closing mark, the American way (`have had their supply "fully restored," supply firm X said`), leaves
the sentence one claim of the speaker after it, as the comma outside does; and a person named after a quotation with
a post set off by one comma only (`"...," Engineer Jo Roe, the Network Manager said today.`) speaks it. A quotation
after `said` keeps its speaker, and a full quotation opening its sentence stays speech. A bare group of a body's people
closing a sentence (`..., police say.`, `firefighters said`) speaks all of it, as `, the council said.` does, over a
place that `recorded` something at its opening."""
from tests.extract_rows import cued_rows

INSIDE_COMMA = """Ostley outage: power back in every village

All six villages cut off by the storm have had their power "fully restored," grid firm Ostley Networks said on \
Tuesday morning.

Temporary generators at the village hall are "no longer needed," the parish council said in an update.
"""

OUTSIDE_COMMA = INSIDE_COMMA.replace('restored,"', 'restored",').replace('needed,"', 'needed",')

UNCLOSED_POST = """The storm brought down 40 poles across the valley.

"The line that failed was built in 1958 and was due for renewal next year," Engineer Petra Vold, the Network \
Renewal Manager said yesterday.

"The cable that failed was laid in 1972 and was due for renewal," Tomas Reil, the depot manager said.
"""

SAID_BEFORE = """The storm brought down 40 poles across the valley.

Petra Vold of Ostley Networks said "every village is back," and thanked the crews.

"Every pole on the ridge line has now been replaced and tested twice," Petra Vold said.
"""


def test_a_comma_inside_the_closing_mark_leaves_one_claim_to_the_speaker_after_it() -> None:
    assert cued_rows(INSIDE_COMMA) == [
        ("Ostley Networks", "organisation", "said",
         'All six villages cut off by the storm have had their power "fully restored,"'),
        ("the parish council", "unresolved", "said",
         'Temporary generators at the village hall are "no longer needed,"'),
    ]


def test_the_comma_outside_reads_the_same() -> None:
    assert [row[:3] for row in cued_rows(OUTSIDE_COMMA)] == [row[:3] for row in cued_rows(INSIDE_COMMA)]


def test_a_person_with_a_post_set_off_by_one_comma_speaks_the_quotation_before() -> None:
    assert cued_rows(UNCLOSED_POST) == [
        ("Petra Vold", "person", "said", "The line that failed was built in 1958 and was due for renewal next year"),
        ("Tomas Reil", "person", "said", "The cable that failed was laid in 1972 and was due for renewal"),
    ]


def test_a_quotation_after_said_and_a_quotation_opening_its_sentence_keep_their_readings() -> None:
    assert cued_rows(SAID_BEFORE) == [
        ("Petra Vold", "person", "said", "every village is back"),
        ("Petra Vold", "person", "said", "Every pole on the ridge line has now been replaced and tested twice"),
    ]


GROUP_CLOSING = """Ostley fire figures

Last year Ostley recorded its lowest number of house fires in 20 years, with kitchen fires sharply down, firefighters \
say.

Ostley recorded 40 chimney fires last year, the council said.
"""


def test_a_bare_group_closing_a_sentence_speaks_it_over_a_places_record() -> None:
    assert cued_rows(GROUP_CLOSING) == [
        ("firefighters", "unresolved", "say", "Last year Ostley recorded its lowest number of house fires in 20 years"),
        ("firefighters", "unresolved", "say", "kitchen fires sharply down"),
        ("the council", "unresolved", "said", "Ostley recorded 40 chimney fires last year"),
    ]


def test_a_comma_inside_the_mark_before_a_conjunction_stays_where_it_is() -> None:
    """No cue can follow `"stretched," but stressed`: the comma stays, and the post keeps its holder (merge of 40c)."""
    text = ("On Monday, Pellow Dairies' CEO described the herd as \"overstretched,\" but stressed that yields had risen by 6%.\n\n"
            "In a statement, President and Chief Executive Ruth Anand said milk sales rose by 4%.\n")
    from claims.extract.inline_commas import outside_commas
    assert outside_commas(text) == text
    assert [row[:3] for row in cued_rows(text)] == [
        ("Ruth Anand", "person", "described"), ("Ruth Anand", "person", "stressed that"), ("Ruth Anand", "person", "said")]
