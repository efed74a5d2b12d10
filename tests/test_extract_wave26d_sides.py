"""Two sides: the speaker in focus (wave 26d): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order."""
import pytest

from extract_rows import cued_rows as rows


# A body's name read as a person's that the text then calls `it` (speakers/bodies_called_it): no person is `it`, so
# the subject `it` is the name that spoke last in the paragraph, not the other party in focus (the regulator, the
# company a critic spoke of). Seen in p302, p706, p726 (three authors). A titled person, a person the text names by
# surname alone, another person named since, or a new paragraph leave `it` to the body in focus.
RULED = ("The Ashbourne Standards Board has ruled that Corrow Homes misled buyers, after it found that 40 homes were "
         "sold with false energy ratings.\n\n")
IT_SAID = (
    "The Ashbourne Standards Board has ruled that a builder misled buyers, after it found that 40 homes were sold "
    "with false energy ratings.\n\n"
    "In a statement, Corrow Meadows said it accepted the ruling in full. It said its sales staff had been retrained "
    "and that 12 buyers had already been compensated.\n")
ADVERBIAL = (
    "Shareholders at Tollgate Bank voted against the chief executive's pay on Thursday.\n\n"
    "Harcourt Advisory, the proxy adviser, had urged investors to vote against, saying the award was \"excessive\". "
    "In its note to clients, it pointed out that the bank's profits had fallen 9% while bonuses had risen by a "
    "third.\n")
TITLED = RULED + (
    "Chief executive Tamsin Ollerby said the firm accepted the ruling in full. It said its sales staff had been "
    "retrained.\n")
SURNAME = RULED + (
    "Tamsin Ollerby said buyers had been let down. It said its sales staff had been retrained. Ollerby said she "
    "would write to every buyer.\n")
OTHER_PERSON = RULED + (
    "Corrow Meadows said it accepted the ruling. The buyers' group was led by Jo Pemberton-Lisle, a retired "
    "surveyor. It said its sales staff had been retrained.\n")
NEXT_PARAGRAPH = RULED + (
    "Corrow Meadows said it accepted the ruling in full.\n\n"
    "It said its sales staff had been retrained.\n")
POSTED = ("Pellwood Freight said orders had fallen by a fifth.\n\nTamsin Ollerby, {post}, said the cuts were unfair. "
          "It said the firm made £9m last year.\n")
RULING = ("Ashbourne Standards Board", "inspectorate", "ruled that",
          "has ruled that Corrow Homes misled buyers, after it found that 40 homes were sold with false energy ratings")
BOARD_RETRAINED = ("Ashbourne Standards Board", "inspectorate", "said", "its sales staff had been retrained")


@pytest.mark.parametrize(("text", "expected"), [
    (IT_SAID, [
        ("Ashbourne Standards Board", "inspectorate", "ruled that",
         "has ruled that a builder misled buyers, after it found that 40 homes were sold with false energy ratings"),
        ("Corrow Meadows", "organisation", "said", "it accepted the ruling in full"),
        ("Corrow Meadows", "organisation", "said", "its sales staff had been retrained"),
        ("Corrow Meadows", "organisation", "said", "12 buyers had already been compensated")]),
    (ADVERBIAL, [
        ("Harcourt Advisory", "organisation", "saying", 'the award was "excessive"'),
        ("Harcourt Advisory", "organisation", "pointed out that",
         "the bank's profits had fallen 9% while bonuses had risen by a third")]),
    (TITLED, [RULING, ("Tamsin Ollerby", "person", "said", "the firm accepted the ruling in full"), BOARD_RETRAINED]),
    (SURNAME, [RULING, ("Tamsin Ollerby", "person", "said", "buyers had been let down"), BOARD_RETRAINED,
               ("Tamsin Ollerby", "person", "said", "she would write to every buyer")]),
    (OTHER_PERSON, [RULING, ("Corrow Meadows", "person", "said", "it accepted the ruling"), BOARD_RETRAINED]),
    (NEXT_PARAGRAPH, [RULING, ("Corrow Meadows", "person", "said", "it accepted the ruling in full"),
                      BOARD_RETRAINED]),
], ids=["it-said", "adverbial-it", "titled-person", "surname-alone", "other-person", "next-paragraph"])
def test_body_read_as_person_called_it(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("post", ["branch secretary for the drivers", "the union's branch secretary"])
def test_a_person_with_a_post_beside_the_name_is_never_it(post: str) -> None:
    assert rows(POSTED.format(post=post)) == [
        ("Pellwood Freight", "organisation", "said", "orders had fallen by a fifth"),
        ("Tamsin Ollerby", "person", "said", "the cuts were unfair"),
        ("Pellwood Freight", "organisation", "said", "the firm made £9m last year")]  # never the person; the body in
    # focus, as for any body's name, since a trade's name is read as a body while the text is read (wave 32g)


# A person's name, then an aside `for the <party>` before the cue (data/acting_for.txt): the lawyer or officer who
# speaks in court, never the party the aside names nor the prosecutor in focus. The construction is in p840, p946,
# p990, p993 (three authors); `for the company` failed in p946 and p993 (the other two name the party: `for Mr X`).
# A voice with no comma (`A spokesperson for the company said`) keeps its reading; a named party after `for` is
# read as wave 26a reads it (`data/acting_for.txt` holds a bare `for`): the person, as after `on behalf of`.
PROSECUTED = ("The Marlow Trading Standards Service prosecuted Fenwick Carpets Ltd for misleading sale prices.\n\n"
              "Magistrates fined the firm £12,000.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    (PROSECUTED + "In court, Aoife Brannigan BL, for the company, said Fenwick Carpets had changed its pricing and "
                  "had refunded 80 customers.\n", [
        ("Aoife Brannigan", "person", "said", "Fenwick Carpets had changed its pricing"),
        ("Aoife Brannigan", "person", "said", "had refunded 80 customers")]),
    (PROSECUTED + "In mitigation, Tom Hardcastle, for the firm, said it had changed its pricing.\n", [
        ("Tom Hardcastle", "person", "said", "it had changed its pricing")]),
    (PROSECUTED + "A spokesperson for the company said it had changed its pricing.\n", [
        ("the company", "unresolved", "said", "it had changed its pricing")]),
    (PROSECUTED + "Tom Hardcastle, for Fenwick Carpets, said it had changed its pricing.\n", [
        ("Tom Hardcastle", "person", "said", "it had changed its pricing")]),
], ids=["for-the-company", "for-the-firm", "voice-no-comma", "named-party"])
def test_person_acting_for_the_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# A record its owner keeps in a place of its own after `according to` (attribution/kept_records): `its` is the subject
# of the clause the source ends, not the party that spoke last. The construction is in p424, p724, p844 (three
# authors; p724's `figures published on its website` was read already). Figures in another document (`figures in a
# report to its members`, waves 24d and 25g) or `its` far past the record's noun keep the older reading.
SPOKE_LAST = ("The Pellbury Planning Tribunal has refused permission for 400 homes at Kestle Farm.\n\n"
              "Orrin Homes said it was disappointed and would consider its options.\n\n")
ORRIN = ("Orrin Homes", "organisation", "said", "it was disappointed and would consider its options")


@pytest.mark.parametrize(("last", "expected"), [
    ("The Harrow Vale Health Authority reported nine closures at its Millbrook site, according to notices posted on "
     "its website.\n",
     ("Harrow Vale Health Authority", "organisation", "according to",
      "The Harrow Vale Health Authority reported nine closures at its Millbrook site")),
    ("The tribunal has refused 11 of the 29 appeals it has decided this year, according to figures on its website.\n",
     ("Pellbury Planning Tribunal", "organisation", "according to",
      "The tribunal has refused 11 of the 29 appeals it has decided this year")),
    ("The tribunal has refused 11 of the 29 appeals it has decided, according to data on a page for its "
     "members.\n",
     ("Pellbury Planning Tribunal", "organisation", "according to",
      "The tribunal has refused 11 of the 29 appeals it has decided")),
    ("The tribunal has refused 11 of the 29 appeals it has decided, according to figures in a report to its "
     "members.\n",
     ("Orrin Homes", "organisation", "according to", "The tribunal has refused 11 of the 29 appeals it has decided")),
    ("The tribunal has refused 11 of the 29 appeals it has decided this year, according to figures on a website that "
     "tracks its decisions.\n",
     ("Orrin Homes", "organisation", "according to",
      "The tribunal has refused 11 of the 29 appeals it has decided this year")),
], ids=["notices-posted-on-its", "figures-on-its", "data-on-a-page-for-its", "figures-in-another-document",
        "its-too-far"])
def test_record_kept_in_its_place(last: str, expected: tuple[str, str, str, str]) -> None:
    assert rows(SPOKE_LAST + last) == [ORRIN, expected]
