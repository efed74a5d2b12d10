"""Items (claims/extract/items.py): how a speaker's words are cut into claims. Each case is a short text written for
this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue,
quote) rows, in text order; each rule has cases where it must not fire."""
import pytest

from claims.extract.items import is_rhetoric, is_statement, split_clauses, split_items, split_participles
from extract_rows import cued_rows as rows


# Wave 31d: `, with` and a measure of what the clause before tells (a figure or an article, then a noun phrase and no
# verb) is part of that claim; `, with` and a clause of its own (a verb after it) still opens a claim.
def test_with_and_a_figure_without_a_verb_stays_with_its_clause() -> None:
    assert rows("The Marlow Bakers' Guild said the number of village bakeries had risen for a third year, with 412 "
                "bakeries trading in March against 388 a year before.") == [
        ("Marlow Bakers' Guild", "organisation", "said", "the number of village bakeries had risen for a third year, "
         "with 412 bakeries trading in March against 388 a year before")]


def test_with_and_an_article_without_a_verb_stays_with_its_clause() -> None:
    assert rows("Ms Ada Quist told the panel the new depot would employ 140 drivers, with an average salary of "
                "£34,000 a year.") == [
        ("Ada Quist", "person", "told", "the new depot would employ 140 drivers, with an average salary of £34,000 a "
                                        "year")]


def test_with_and_a_clause_of_its_own_is_still_a_claim_of_its_own() -> None:
    assert rows("The Marlow Bakers' Guild said the number of village bakeries had risen for a third year, with 72% "
                "of members now reported as profitable.") == [
        ("Marlow Bakers' Guild", "organisation", "said", "the number of village bakeries had risen for a third year"),
        ("Marlow Bakers' Guild", "organisation", "said", "72% of members now reported as profitable")]


def test_with_and_a_measure_of_two_parts_is_no_comma_list() -> None:
    assert rows("Tessel Cycles Ltd said its riders covered 41 miles a day, with a longest ride of 66 miles and a "
                "shortest of 19 miles.") == [
        ("Tessel Cycles Ltd", "organisation", "said", "its riders covered 41 miles a day, with a longest ride of 66 "
                                                      "miles and a shortest of 19 miles")]


# Wave 35f: an attitude that holds a count in words of the one list of number words (`vocabulary.NUMBER_WORDS`) holds
# something to check, as one with `four` does: teens and tens past fifty were missing from the checkable words.
@pytest.mark.parametrize("sentence, rhetoric", [
    ("We are sorry for the four families affected.", False), ("We are sorry for the fourteen families affected.", False),
    ("We are sorry for the sixty families affected.", False), ("We are sorry for the one family affected.", False),
    ("We are sorry for the families affected.", True), ("We are sorry.", True),
])
def test_an_attitude_holding_a_count_in_words_is_no_rhetoric(sentence: str, rhetoric: bool) -> None:
    assert is_rhetoric(sentence) is rhetoric


# Wave 50e: `you` meaning anyone in a statement of what befalls people is no appeal: the object of a verb after a
# modal (`can leave you short of breath`), the outcome of a conditional (`If ..., you will lose ...`), or a `you`
# inside an aside between dashes. An appeal (`please`, `you should`), an offer (`can help you`), words addressed to
# `You`, and `we`/`I` promising still report nothing.
@pytest.mark.parametrize("sentence, rhetoric", [
    ("Damp homes can leave you short of breath.", False),
    ("If wardens find that your dog is off its lead, you will be fined on the spot.", False),
    ("Burglaries \u2013 the crime that you told us worried you most \u2013 have fallen.", False),
    # must not fire
    ("If you see a loose dog, please call the wardens.", True),
    ("You should keep your dog on a lead.", True),
    ("Our wardens can help you find a lost dog.", True),
    ("We will keep you safe.", True),
    ("You left the gate open because nobody would see you.", True),
    ("Burglaries have fallen, and you deserve to feel safe.", True),
])
def test_you_meaning_anyone_is_no_appeal(sentence: str, rhetoric: bool) -> None:
    assert is_rhetoric(sentence) is rhetoric


def test_a_warning_of_what_befalls_anyone_is_the_speakers_claim() -> None:
    assert rows("Tarnby Borough Council said on Friday that fines would rise.\n\n\"If wardens find that your dog is "
                "off its lead, you will be fined on the spot. Dog fouling is an offence under the Tarnby bylaws.\"") == [
        ("Tarnby Borough Council", "organisation", "said on Friday that", "fines would rise"),
        ("Tarnby Borough Council", "organisation", "quotation continues",
         "If wardens find that your dog is off its lead, you will be fined on the spot."),
        ("Tarnby Borough Council", "organisation", "quotation continues",
         "Dog fouling is an offence under the Tarnby bylaws.")]


# Wave 56s (speed): `_last_words` splits from the right instead of matching each word; a list's first part read by
# its last two words as before (`set the routes, the timetables and the fares`: one verb's objects, one claim).
def test_a_list_of_objects_after_the_last_two_words_stays_one_claim() -> None:
    assert rows("The Marlow Bus Company said it had set the routes, the timetables and the fares.") == [
        ("Marlow Bus Company", "organisation", "said", "it had set the routes, the timetables and the fares")]


def test_a_bare_noun_before_a_list_of_objects_is_no_list_of_them() -> None:
    assert rows("The Marlow Bus Company said it had set routes, the timetables and the fares.") == [
        ("Marlow Bus Company", "organisation", "said", "it had set routes")]


# Wave 56s (speed): `is_statement` keeps its answers; asked again, the same answer without reading the words again.
def test_a_statement_asked_twice_answers_alike_from_the_cache() -> None:
    is_statement.cache_clear()
    asked = ["waits fell by 9%", "the court", "which it said", "sales up 4.8%", "waits fell by 9%", "the court"]
    assert [is_statement(words) for words in asked] == [True, False, False, True, True, False]
    assert (is_statement.cache_info().hits, is_statement.cache_info().misses) == (2, 4)


# Round 61m2 (mutation of `split_clauses`): `and` joining two long clauses cuts them into claims of their own, each of
# its guards keeping one claim whole; every case is cut from the span of the whole text, parts given as text.
def clause_parts(text: str) -> list[str]:
    """Return the parts `split_clauses` cuts the whole text into."""
    return [text[start:end] for start, end in split_clauses(text, (0, len(text)))]


@pytest.mark.parametrize("text, parts", [
    ("The old depot closed in May and the new depot opened in June",
     ["The old depot closed in May", "the new depot opened in June"]),
    ("The old depot closed in May and the new depot opened in June and the last depot shut in July",
     ["The old depot closed in May", "the new depot opened in June", "the last depot shut in July"]),
    ("The old depot closed in May and moved its buses to the new one",
     ["The old depot closed in May", "moved its buses to the new one"]),  # a past form opens the second clause
    ("The old depot closed in May and the new depot in June",
     ["The old depot closed in May", "the new depot in June"]),  # no verb after `and`, and no gapped figure
    ("The old depot closed in May and the new depots are open all week",
     ["The old depot closed in May", "the new depots are open all week"]),  # a plural verb, a verb before `and`
    ("The firm opened a new shop in May and has hired twelve staff since",
     ["The firm opened a new shop in May", "has hired twelve staff since"]),  # a perfect: `has` and a verb
    ("The firm opened a new shop in May and had hired twelve staff since",
     ["The firm opened a new shop in May", "had hired twelve staff since"]),
    ("The firm opened a new shop in May and have hired twelve staff since",
     ["The firm opened a new shop in May", "have hired twelve staff since"]),
    ("Some 230 drivers were stopped in June, and a further 1,200 were stopped in July",
     ["Some 230 drivers were stopped in June,", "a further 1,200 were stopped in July"]),  # the figure's own verb
    # must not cut
    ("The firm opened a new shop in May and has since then hired twelve staff",
     ["The firm opened a new shop in May and has since then hired twelve staff"]),  # the verb is the 4th word
    ("The firm closed its old depot and staff moved to the new one",
     ["The firm closed its old depot and staff moved to the new one"]),  # no clause start, the verb second
    ("Sales rose by 9% last year, helped by the new shop in town and the online orders from abroad",
     ["Sales rose by 9% last year, helped by the new shop in town and the online orders from abroad"]),
    ("Visitors to the museum rose to 8,200 and the highest total in its history came in May",
     ["Visitors to the museum rose to 8,200 and the highest total in its history came in May"]),
    ("Four reporter posts at the paper and the sole photographer are at risk",
     ["Four reporter posts at the paper and the sole photographer are at risk"]),
    ("Some 230 drivers were stopped in June, and a further 1,200 drivers in July",
     ["Some 230 drivers were stopped in June, and a further 1,200 drivers in July"]),
    ("The council had closed its library and its post office since 2019",
     ["The council had closed its library and its post office since 2019"]),
    ("The two unions in town reprimanded and fined the three members",
     ["The two unions in town reprimanded and fined the three members"]),
    ("The new buses ran well, with a longest run of 268 miles and a shortest run of 239 miles",
     ["The new buses ran well, with a longest run of 268 miles and a shortest run of 239 miles"]),
    ("The firm opened six shops in May and closed three since the spring",
     ["The firm opened six shops in May and closed three since the spring"]),
    ("The plan had been agreed by the board and announced at the time to staff",
     ["The plan had been agreed by the board and announced at the time to staff"]),
    ("The new depot will serve Kelby and the Marlow villages from next spring",
     ["The new depot will serve Kelby and the Marlow villages from next spring"]),
    # a later `and` kept whole, an earlier one still cut
    ("The old depot closed in May and the new depot opened for buses and the trams",
     ["The old depot closed in May", "the new depot opened for buses and the trams"]),
    ("The old depot closed in May and the new depot opened - the rooms were clean and the staff were kind - in June",
     ["The old depot closed in May", "the new depot opened - the rooms were clean and the staff were kind - in June"]),
    ("Inspectors found the home improved - the rooms were clean and the staff were kind - and the manager thanked "
     "them all", ["Inspectors found the home improved - the rooms were clean and the staff were kind -",
                  "the manager thanked them all"]),
    ("The old depot in May and the new depot in June, and the sole photographer are at risk",
     ["The old depot in May", "the new depot in June, and the sole photographer are at risk"]),
    ("The old depot closed in May and the new depot, with a best of 268 miles and a worst of 239 miles",
     ["The old depot closed in May", "the new depot, with a best of 268 miles and a worst of 239 miles"]),
    ("The old depot closed in May and the new buses ran well, with a longest run of 268 miles and a shortest run of "
     "239 miles", ["The old depot closed in May",
                   "the new buses ran well, with a longest run of 268 miles and a shortest run of 239 miles"]),
    ("The council had closed its library and its old post office and the new depot opened in June",
     ["The council had closed its library and its old post office", "the new depot opened in June"]),  # the objects
    # read up to the part cut after them, never into it
    ("The old depot closed in May and the police stopped 230 drivers in June, and a further 1,200 drivers in July",
     ["The old depot closed in May", "the police stopped 230 drivers in June, and a further 1,200 drivers in July"]),
    ("The old depot closed in May and the council had closed its library and its post office since 2019",
     ["The old depot closed in May", "the council had closed its library and its post office since 2019"]),
    ("The old depot closed in May and the two unions in town reprimanded and fined the three members",
     ["The old depot closed in May", "the two unions in town reprimanded and fined the three members"]),
    ("The old depot closed in May and the firm opened six shops in May and closed three since the spring",
     ["The old depot closed in May", "the firm opened six shops in May and closed three since the spring"]),
    ("The old depot closed in May and the plan had been agreed by the board and announced at the time to staff",
     ["The old depot closed in May", "the plan had been agreed by the board and announced at the time to staff"]),
])
def test_and_joining_two_long_clauses_cuts_them_apart(text: str, parts: list[str]) -> None:
    assert clause_parts(text) == parts


# Round 65m: `, including` and the list after it (items._split_including's older lines): a short subject's listed
# aside stays whole; two items joined by `and` alone, or a list whose last part follows `, or`, split; only the last of
# several `and`s cuts, and never a bound one (`between Hale and Tarn`); a list of names, of a figure's parts, or of
# parts opening on a preposition is no set of claims.
_COUNCIL = ("Orrel Council", "organisation", "said")


@pytest.mark.parametrize(("text", "quotes"), [
    ("Orrel Council said the cuts, including closing two depots at Hale, selling its old offices and ending its bus "
     "grants, will save £4 million.",
     ["the cuts, including closing two depots at Hale, selling its old offices and ending its bus grants, will save "
      "£4 million"]),
    ("Orrel Council said fees rose, including parking fees rising by 9% and burial fees going up by 4%.",
     ["fees rose", "parking fees rising by 9%", "burial fees going up by 4%"]),
    ("Orrel Council said it had made savings, including closing two depots at Hale and selling its old offices for "
     "£4 million and cutting its fleet by 30 vans.",
     ["it had made savings", "closing two depots at Hale and selling its old offices for £4 million",
      "cutting its fleet by 30 vans"]),
    ("Orrel Council said it had made savings, including closing two depots between Hale and Tarn.",
     ["it had made savings, including closing two depots between Hale and Tarn"]),
    ("Orrel Council said it had made savings, including closing two depots at Hale, or selling its old offices for "
     "£4 million.",
     ["it had made savings", "closing two depots at Hale", "selling its old offices for £4 million"]),
    ("Orrel Council said there were areas for further work, including the trust's 12-week waits for scans and its "
     "shortfall of 40 nurses.",
     ["there were areas for further work", "the trust's 12-week waits for scans", "its shortfall of 40 nurses"]),
    ("Orrel Council said its buses now stop at new places, including the Isle of Tarn, the Isle of Kelby and the Isle "
     "of Orrel.",
     ["its buses now stop at new places, including the Isle of Tarn, the Isle of Kelby and the Isle of Orrel"]),
    ("Orrel Council said 512 patients waited on trolleys, including 38 children, 40 babies and 12 pensioners.",
     ["512 patients waited on trolleys, including 38 children, 40 babies and 12 pensioners"]),
    ("Orrel Council said it had made savings this year, including to close two depots at Hale, to sell its old "
     "offices for £4 million and to cut its fleet by 30 vans.",
     ["it had made savings this year, including to close two depots at Hale, to sell its old offices for £4 "
      "million and to cut its fleet by 30 vans"]),
])
def test_a_list_after_including_splits_only_into_items_that_stand_as_claims(text: str, quotes: list[str]) -> None:
    assert rows(text) == [(*_COUNCIL, quote) for quote in quotes]


@pytest.mark.parametrize(("words", "items"), [
    # a head naming only the items' kind gives the items alone, one item or more
    ("areas for further work, including the trust's 12-week waits for scans and its shortfall of 40 nurses",
     ["the trust's 12-week waits for scans", "its shortfall of 40 nurses"]),
    ("areas for further work, including the trust's 12-week waits for scans at its two hospitals",
     ["the trust's 12-week waits for scans at its two hospitals"]),
    # the parts of a figure the head gives are no items
    ("512 patients waited on trolleys, including 38 children, 40 babies and 12 pensioners",
     ["512 patients waited on trolleys, including 38 children, 40 babies and 12 pensioners"]),
    # a head with no verb that names no kind stays a claim of its own
    ("several new bus routes for the county, including the number 9 running to Hale and the number 12 running to "
     "Tarn", ["several new bus routes for the county", "the number 9 running to Hale", "the number 12 running to Tarn"]),
])
def test_split_items_reads_the_head_before_including(words: str, items: list[str]) -> None:
    assert [words[start:end] for start, end in split_items(words, (0, len(words)))] == items


_INSPECTORS = ("inspectors", "inspectorate", "found")


@pytest.mark.parametrize(("text", "expected"), [
    ("Orrel Council said there were areas for further work, including the trust cutting waiting times by 12 weeks "
     "and the council opening two clinics.",
     [(*_COUNCIL, "there were areas for further work"), (*_COUNCIL, "the trust cutting waiting times by 12 weeks"),
      (*_COUNCIL, "the council opening two clinics")]),
    ("The inspectors found a number of improvements, including the trust cutting waiting times by 12 weeks and the "
     "council opening two clinics.",
     [(*_INSPECTORS, "the trust cutting waiting times by 12 weeks"), (*_INSPECTORS, "the council opening two clinics")]),
    ("Orrel Council said it had made a number of improvements, including the trust cutting waiting times by 12 weeks.",
     [(*_COUNCIL, "it had made a number of improvements, including the trust cutting waiting times by 12 weeks")]),
])
def test_an_ing_word_inside_a_list_after_including_is_its_items_own_verb(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 65y: `split_participles` ran before `_split_including` and cut an item at its -ing word (`including the
    trust` / `cutting waiting times ... and the council` / `opening two clinics`); the items now reach it whole."""
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "parts"), [
    ("the trust hired 40 nurses, including six from Hale, embedding support workers in 11 hospitals",
     ["the trust hired 40 nurses, including six from Hale,", " embedding support workers in 11 hospitals"]),
    ("there were areas for further work, including the trust cutting waiting times by 12 weeks",
     ["there were areas for further work, including the trust cutting waiting times by 12 weeks"]),
])
def test_split_participles_cuts_no_item_of_a_list_after_including(words: str, parts: list[str]) -> None:
    assert [words[a:b] for a, b in split_participles(words, (0, len(words)))] == parts


# Wave 66x: a lead-in before a colon that names only the items' kind, followed by a comma list in the same sentence,
# is no part of the first item (before, `identified several strengths: shorter waiting times in the clinic` kept the
# cue and the head in the first item's quote); a head that counts (`made two findings:`) stays a claim of its own.
@pytest.mark.parametrize(("text", "expected"), [
    ("The inspectors identified several strengths: shorter waiting times in the clinic, better staffing of the night "
     "wards and cleaner kitchens on every floor.\n",
     [("inspectors", "inspectorate", "identified", "shorter waiting times in the clinic"),
      ("inspectors", "inspectorate", "identified", "better staffing of the night wards"),
      ("inspectors", "inspectorate", "identified", "cleaner kitchens on every floor")]),
    ("Kelby Trust said its main concerns were: the delay in the repairs to the roof, the cost of the scaffolding and "
     "the loss of two wards.\n",
     [("Kelby Trust", "organisation", "said", "the delay in the repairs to the roof"),
      ("Kelby Trust", "organisation", "said", "the cost of the scaffolding"),
      ("Kelby Trust", "organisation", "said", "the loss of two wards")]),
])
def test_a_colon_lead_in_naming_the_kind_of_a_comma_list_is_no_part_of_its_first_item(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("span_text", "expected"), [
    ("several strengths: shorter waits in the clinic, better staffing of the wards and cleaner kitchens on every floor",
     ["shorter waits in the clinic", "better staffing of the wards", "cleaner kitchens on every floor"]),
    ("two findings: one for the delay in the repairs, and one for the handling of the complaint",  # the head counts
     ["two findings: one for the delay in the repairs", "one for the handling of the complaint"]),
    ("fares rose: the trust cut two routes, closed a depot and sold four buses",  # no category noun before the colon
     ["fares rose: the trust cut two routes", "closed a depot", "sold four buses"]),
])
def test_split_items_at_a_colon_lead_in(span_text: str, expected: list[str]) -> None:
    assert [span_text[s:e] for s, e in split_items(span_text, (0, len(span_text)))] == expected
