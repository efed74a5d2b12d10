"""The extraction subpackage's pure helpers, one block per module: vocabulary, entities, items, release."""
import re
import sys
from pathlib import Path

import pytest

from claims.extract import attribution, entities, items, release, speakers, vocabulary
from claims.extract.text import SENTENCE_END_RE, split_blocks

DATA = Path(vocabulary.__file__).parent / "data"


# ---------------------------------------------------------------- vocabulary

def test_every_word_list_loads_lower_case_without_comments() -> None:
    lists = {path.stem: vocabulary.load_words(path.stem) for path in sorted(DATA.glob("*.txt"))}
    assert [name for name, words in lists.items() if not words or any(w != w.lower() or w.startswith("#")
                                                                      for w in words)] == []


def test_load_words_reads_one_entry_a_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert vocabulary.load_words("voice_roles") >= {"spokeswoman", "press office"}


def test_titles_come_from_nameparser_and_the_roles_file() -> None:
    assert {"chief", "constable", "cllr", "spokeswoman", "provost"} <= vocabulary.ROLES


def test_verb_alternation_puts_longer_phrases_first() -> None:
    assert vocabulary.verb_alternation(frozenset({"points", "points out"})) == r"points\s+out|points"


SPEED_TEXTS = ["He said it. Jo says so; they said: no. Sam,said. Xsaid Yo said_ it's Asaid. said", "According to Bo, "
               "according to\tno one. \u00e9said. 2said. _said. The trust  Acme. the\tfirm Acme. xthe Acme. The\nAcme. "
               "charity Bright Teeth, campaigners Keep Rivers Clear. The charity's Acme. organisational Acme. the_ Acme.",
               "the Acme", "The  \t Acme", "supermarket Acme", "the 2 Acme", "3the Acme", "\u00e9the Acme"]
"""Texts with the edges of a word boundary: start and end of text, digits, underscores, accents, tabs, line breaks."""


def test_initial_alternation_matches_just_what_the_plain_alternation_matches() -> None:
    words = ["said", "says", "according\\s+to", "announced", "Shows", "s"]
    fast = re.compile(vocabulary.initial_alternation(words) + r"\b")
    plain = re.compile(r"\b(?:%s)\b" % "|".join(words))
    windows = [(text, start, end) for text in SPEED_TEXTS for start in range(len(text)) for end in (start + 7, len(text))]
    assert [fast.search(*w) and fast.search(*w).span() for w in windows] == \
        [plain.search(*w) and plain.search(*w).span() for w in windows]


@pytest.mark.parametrize("text", SPEED_TEXTS + [
    "However, THE CLAIMS were wrong. We doubt it? Their claims, such claims; I think; i.e. Questions remain. unclear",
    "xhowever whowever we_ I2 I. the claimsx its claims", "the \u017fuch claims, \u212aeep; we \u2019I\u2019 HOWEVER",
    "caf\u00e9 however \u00e9we we\u00e9 Doubts", "\u201cWe\u201d \u00c9we HOWEVER\u2019s \u00a3critics \u0130 we \u0131 unclear",
    "\u00df we \u00c5 i \u03a3 doubt \u2014 questions\u00e9 Questions"])
def test_is_commentary_says_what_the_commentary_pattern_finds(text: str) -> None:
    windows = [(start, end) for start in range(len(text)) for end in sorted({start + 3, start + 9, len(text)})]
    assert [attribution.is_commentary(text, *w) for w in windows] == \
        [attribution.COMMENTARY_RE.search(text, *w) is not None for w in windows]


def test_boundary_alternation_matches_just_what_the_plain_alternation_matches() -> None:
    words = ["said", "says", "according\\s+to", "announced", "Shows", "s"]
    fast = re.compile(vocabulary.boundary_alternation(words) + r"\b")
    plain = re.compile(r"\b(?:%s)\b" % "|".join(words))
    windows = [(text, start, end) for text in SPEED_TEXTS for start in range(len(text)) for end in (start + 7, len(text))]
    assert [fast.search(*w) and fast.search(*w).span() for w in windows] == \
        [plain.search(*w) and plain.search(*w).span() for w in windows]
    assert vocabulary.boundary_alternation(["said", "shows", "added"]) == r"\b(?:s(?:aid|hows)|a(?:dded))"


@pytest.mark.parametrize(("alternatives", "source"), [
    (["aid", "ays", "dd"], "a(?:id|ys)|dd"),  # a shared letter factored out, the other letter's alternative after it
    (["aid", r"\s+so", "ays"], r"aid|\s+so|ays"),  # an alternative opening otherwise keeps the order around it
    (["puts?", "pull"], "p(?:u(?:ts?|ll))"),  # a letter with a quantifier stays with it, as the letter's last step
    (["e?x", "ey"], "e?x|ey"),  # a letter a quantifier follows is no plain step to factor
    (["", "s"], "|s"),  # an alternative ended (`a` beside `as`) is tried first, as written
    (["b|c", "bd"], "b|c|bd"),  # an alternation of its own is never put in a group
    (["a[|(]b", "a(?:c|d)"], "a(?:[|(]b|(?:c|d))"),  # a bar or bracket inside a class or a group is no alternation
])
def test_letter_trie_factors_the_letters_alternatives_open_on(alternatives: list[str], source: str) -> None:
    assert vocabulary._letter_trie(alternatives) == source
    plain = re.compile(r"(?:%s)" % "|".join(alternatives))
    factored = re.compile(r"(?:%s)" % source)
    texts = ["aid ays dd ayd", "so \t so aid", "puts pull put pulls", "ex eyx x ey", "s as a", "b c bd cd",
             "a|b a(b acb adb ab"]
    windows = [(text, start, end) for text in texts for start in range(len(text)) for end in (start + 3, len(text))]
    assert [factored.search(*w) and factored.search(*w).span() for w in windows] == \
        [plain.search(*w) and plain.search(*w).span() for w in windows]


@pytest.mark.parametrize(("source", "holds"), [
    ("a|b", True), ("(?:a|b)", False), ("[|]a", False), (r"a\|b", False), ("[]|]", False), ("[^]|]", False),
    (r"[\]|]|x", True), ("(a)|(b)", True), ("", False),
])
def test_holds_top_level_bar_reads_groups_classes_and_escapes(source: str, holds: bool) -> None:
    assert vocabulary._holds_top_level_bar(source) is holds


@pytest.mark.parametrize(("fast", "words"), [
    (attribution.patterns.ANY_CUE_RE, attribution.patterns.ANY_CUE_WORDS),
    (attribution.blocks.CITED_RE, attribution.patterns.VERBS.split("|") + ["According to", "according to"]),
    (re.compile(attribution.patterns.CUE_WORD + r"\b"),
     attribution.patterns.VERBS.split("|") + attribution.patterns.STATE_CUES + attribution.patterns.PROPOSAL_CUES
     + attribution.patterns.RESPONSE_CUES + attribution.patterns.CONFIRMATION_CUES + attribution.patterns.TESTIMONY_CUES
     + attribution.patterns.PROGRESSIVE_CUES + attribution.patterns.PROGRESSIVE_RESULT_CUES
     + attribution.patterns.PROGRESSIVE_CLAUSE_CUES + attribution.patterns.POSTED_CUES + attribution.patterns.INTENT_CUES),
])
def test_the_cue_patterns_match_just_what_their_initial_alternations_matched(fast: re.Pattern[str],
                                                                           words: list[str]) -> None:
    before = re.compile(vocabulary.initial_alternation(words) + r"\b")
    texts = PRESS_TEXTS + SPEED_TEXTS
    assert [[m.span() for m in fast.finditer(t)] for t in texts] == [[m.span() for m in before.finditer(t)] for t in texts]
    assert [m.group() for m in fast.finditer(SPEED_TEXTS[0])][:3] == ["said", "says", "said"]


def test_initial_alternation_refuses_an_alternative_without_a_first_letter() -> None:
    with pytest.raises(ValueError, match="plain letter"):
        vocabulary.initial_alternation(["said", "[Ss]ays"])


# ---------------------------------------------------------------- entities

NAME_TEXTS = ["J.B. Harlow and A.J.K. Mensah, A.B.C.D.E. Roe; Dr. Who\nQ. What? Plan B. The trust. Mrs. Roe, Mr. Key, "
              "St. Ann's, Jo O'Brien, the Smiths' Acme, Ludwig van Damme of Acme Water plc's board",
              "xA.B. Cee", "\u00e9Ab Cd", "1Ab Cd", "_Ab Cd", "Dr.Roe", "MrsRoe Mr Roe", "A. The B. Xy", "\nA. Bc", "A. Bc",
              "\u00c9mile Z\u00f6e of the \u00d8rsted Trust", "Prof. Jo Roe", "Capt Jo Roe", "Supt. Al Key",
              "Ann Roe T.D., said; Jo Bloggs M.P. and T.D. Roe M.P.s"]


def test_name_run_pattern_matches_just_what_the_plain_one_matches() -> None:
    windows = [(text, start, end) for text in NAME_TEXTS for start in range(len(text))
               for end in sorted({start + 5, start + 12, len(text)})]
    fast, plain = entities.NAME_RUN_RE, entities.PLAIN_NAME_RUN_RE
    assert [[m.span() for m in fast.finditer(*w)] for w in windows] == [[m.span() for m in plain.finditer(*w)] for w in windows]
    assert [fast.match(*w) and fast.match(*w).span() for w in windows] == \
        [plain.match(*w) and plain.match(*w).span() for w in windows]


PLAIN_FORMS = [
    (items.AND_RE, r"\s+and\s+"),
    (items.AND_THAT_RE, r"(?:,?\s+and\s+that|,\s+that)\s+(?!is\b|was\b)"),
    (speakers.CLAUSE_CUT_RE, r"[,;:](?=\s)|[\u2013\u2014\u2212]|\s-\s"),
    (items.NESTED_CUE_RE, rf",?\s+(?:but|and)\s+(?:also\s+)?(?P<verb>{vocabulary.verb_alternation(vocabulary.CUE_VERBS)})\b"
                           r"(?:\s+that\b)?"),
    (items.INCLUDING_RE, r",?\s+(?:including|in addition to|as well as)\s+"),
    (items.PARTICIPLE_RE, r"\s+(?:%s)\b" % "|".join(sorted(vocabulary.ACHIEVEMENT_PARTICIPLES))),
    (entities.GAP_BEFORE_CAPITAL_RE, r"[ \t]+(?=[A-Z])"),
    (entities.ARTICLE_RE, r",[ \t]+(?:the|a|an)[ \t]+|[ \t](?:is|was)[ \t]+an?[ \t]+|['\u2019]s[ \t]+(?=[a-z])"),
    (attribution.SECOND_CUE_RE, r"\b(?:and|but|while|whilst|after|as|although|though|whereas)\s+"
                                r"(?:(?:last|this|earlier|later|on)\s+[a-z]+,?\s+)?(?!that\b|which\b|who\b)(?=(?:[a-z]+\s+){0,3}[A-Z])"),
    (SENTENCE_END_RE, r"[.!?]+[\"'\u2019\u201d)\]]*(?=\s+[\"'\u2018\u201c(\[]?[A-Z0-9\u00c0-\u00de])"
                           r"|[.!?]+[\"'\u2019\u201d)\]]*\s*$"),
]
"""Patterns rewritten to open with a character the engine can skip to, beside their plain forms."""
PLAIN_TEXTS = SPEED_TEXTS + NAME_TEXTS + [
    "Sales rose, and said costs fell ,  but also warned that x; it grew and\tthat, including A, in addition to B",
    "It cut waits,embedding staff and  securing 9 wards, as well as\nmore. Is it? Yes!! \"No.\" (Done.) 4 May. end.",
    "The charity is a  body, Acme's chief and Acme\u2019s staff, the firm\twas an ally, but last year Acme said so",
    "x, and\n\nthat while Acme and then some Firm said it, whereas they Acme",
    "A, that is; B ,  that was, and that C - D \u2013 E\u2014F \u2212 G:  H; I,J - \tK, and that is"]


@pytest.mark.parametrize(("fast", "plain"), PLAIN_FORMS, ids=lambda p: getattr(p, "pattern", p)[:20])
def test_patterns_written_to_skip_fast_match_what_their_plain_forms_match(fast: re.Pattern[str], plain: str) -> None:
    slow = re.compile(plain)
    windows = [(t, start, end) for t in PLAIN_TEXTS for start in range(0, len(t), 3)
               for end in sorted({start + 4, start + 15, len(t)})]
    assert [[(m.span(), m.groups()) for m in fast.finditer(*w)] for w in windows] == \
        [[(m.span(), m.groups()) for m in slow.finditer(*w)] for w in windows]
    assert [fast.match(*w) and fast.match(*w).span() for w in windows] == \
        [slow.match(*w) and slow.match(*w).span() for w in windows]


def test_nouns_then_names_finds_what_the_noun_then_name_pattern_finds() -> None:
    texts = PLAIN_TEXTS + ["the union Unifo and the retailer Marlow & Finch, campaigners Keep Rivers Clear.\nCampaigners Save"
                           " It; xunion Acme; union\n\tAcme Water na Bay Co and firm  Acme, the regulator Ofwatch said"]
    windows = [(t, start, end) for t in texts for start in range(0, len(t), 2) for end in sorted({start + 9, len(t)})]
    assert [[(m.span(), m.groups()) for m in speakers.nouns_then_names(*w)] for w in windows] == \
        [[(m.span(), m.groups()) for m in speakers.NOUN_THEN_NAME_RE.finditer(*w)] for w in windows]
    assert [m.group("name") for m in speakers.nouns_then_names(texts[-1], 0, len(texts[-1]))][:3] == \
        ["Unifo", "Marlow & Finch", "Keep Rivers Clear"]


def test_words_then_names_finds_what_the_word_then_name_pattern_finds() -> None:
    texts = SPEED_TEXTS + ["x" * 20 + "the Acme", "housebuildery Acme", "a" + "housebuilder Acme"]
    assert [entities.words_then_names(t) for t in texts] == \
        [[(m.group(1), m.end()) for m in entities.WORD_THEN_NAME_RE.finditer(t)] for t in texts]
    assert entities.words_then_names("the charity Bright Teeth, The Acme") == [("charity", 12), ("The", 30)]


@pytest.mark.parametrize(("run", "expected"), [
    ("Chief Executive Dr Jane Roe", ("Jane Roe", "person")),
    ("Assistant Chief Constable Al Key", ("Al Key", "person")),
    ("But Mr Key", ("Mr Key", "person")),
    ("Local Growth Minister Pat Lowe MP", ("Pat Lowe", "person")),
    ("Director of Services for Housing Jo Bloggs", ("Jo Bloggs", "person")),
    ("HARBOUR POLICE", ("Harbour Police", "org")), ("A HSE", ("HSE", "org")),
    ("Brightway plc", ("Brightway plc", "org")),
    ("The Ministry of Justice", ("Ministry of Justice", "org")),
    ("NWSA", ("NWSA", "org")),
    ("Gr\u00e1inne Tully", ("Gr\u00e1inne Tully", "person")),
    ("HM Inspector of Constabulary Jo Bloggs", ("Jo Bloggs", "person")),
    ("Regulator Watco", ("Watco", "org")), ("Police Scotland", ("Police Scotland", "org")),
    ("Gross", None), ("Christmas", None), ("British", None), ("NEWS RELEASE", None), ("Improved", None),
    ("Inventories", None), ("While", None), ("Key Findings", None),
])
def test_classify_reads_names(run: str, expected: tuple[str, str] | None) -> None:
    mention = entities.classify(run, 0)
    assert (None if mention is None else (mention.name, mention.kind)) == expected


def test_a_dateline_place_is_no_name() -> None:
    text = "LEEDS, 4 May \u2014 Acme Water said so."
    assert [m.name for m in entities.find_mentions(text, 0, len(text))] == ["Acme Water"]


@pytest.mark.parametrize(("name", "kind"), [
    ("Care Standards Inspectorate", "inspectorate"), ("Charities Regulator for England and Wales", "inspectorate"),
    ("Inspectorate of Policing", "inspectorate"), ("Acme Water", "organisation"), ("Ridgeway Trust", "organisation"),
])
def test_org_kind(name: str, kind: str) -> None:
    assert entities.org_kind(name) == kind


@pytest.mark.parametrize(("name", "person"), [
    ("Jane Roe", True), ("Mr Key", True), ("Acme Water", False), ("NWSA", False), ("the retailer", False),
])
def test_is_person_name(name: str, person: bool) -> None:
    assert entities.is_person_name(name) is person


# ---------------------------------------------------------------- items

@pytest.mark.parametrize(("words", "statement"), [
    ("dropout rates fell", True), ("sales up 4.8%", True), ("apprenticeships doubled", True),
    ("a legal advice line", True), ("the court", False), ("some progress", False), ("profits then rose.", True),
    ("costs soared,", True),
    ("which rates the trust", False), ("permit compliance", False),
])
def test_is_statement(words: str, statement: bool) -> None:
    assert items.is_statement(words) is statement


@pytest.mark.parametrize(("text", "expected"), [
    ("profits were 20, up from 18 in 2021, 14 in 2020 and 13 in 2019",
     ["profits were 20, up from 18 in 2021, 14 in 2020 and 13 in 2019"]),
    ("it gave 95 for homes, 80 for markets and 40 for heritage buildings",
     ["it gave 95 for homes", "80 for markets", "40 for heritage buildings"]),
    ("it opened two wards such that waits fell by a third", ["it opened two wards", "waits fell by a third"]),
    ("412 were on trolleys, while 171 were on wards", ["412 were on trolleys", "171 were on wards"]),
    ("costs fell by 8m and expected spending of 45m next year", ["costs fell by 8m", "expected spending of 45m next year"]),
    ("costs fell by 8m and said that sales rose by 2%", ["costs fell by 8m", "sales rose by 2%"]),
    ("the Irish Nursing and Midwifery Union counted 500 patients",
     ["the Irish Nursing and Midwifery Union counted 500 patients"]),
])
def test_split_items(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in items.split_items(text, (0, len(text)))] == expected


# ---------------------------------------------------------------- release

@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\nAcme Water\n\nAcme Water cut leaks by 9%.\n", True),
    ("Acme Water plc\nTrading update for the 6 weeks to 3 January\n\nSales rose 4%.\n", True),
    ("Acme Water cut leaks by 9%, the firm said.\n\nIts press release gave no detail.\n", False),
])
def test_is_release(text: str, expected: bool) -> None:
    assert release.is_release(text, split_blocks(text)) is expected


@pytest.mark.parametrize(("line", "ends"), [
    ("ENDS", True), ("Notes to editors:", True), ("Enquiries:", True), ("Ends of the earth were reached.", False),
    ("Notes to editors for this release:", True), ("Notes to editors follow below", False),
])
def test_ends_release(line: str, ends: bool) -> None:
    assert release.ends_release(line, split_blocks(line)[0]) is ends


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Sales rose 4%.", True), ("It spent \u00a36.1m.", True), ("It built 412 new homes.", True),
    ("It had a good year.", False), ("Call 020 7946 0881.", False),
])
def test_has_figure(sentence: str, figure: bool) -> None:
    assert release.has_figure(sentence, 0, len(sentence)) is figure


def test_has_figure_looks_only_inside_its_sentence() -> None:
    assert release.has_figure("It had a good year. Sales rose 4%.", 0, 19) is False


def test_a_header_line_is_short_and_has_no_full_stop() -> None:
    header = "Press release " + "x" * (release.MAX_HEADER_CHARS - 14)
    texts = [header, header + "x", "Press release issued today."]
    assert [release.is_release(t, split_blocks(t)) for t in texts] == [True, False, False]


PRESS_TEXTS = [path.read_text(encoding="utf-8") for path in
               sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "press").glob("*.txt"))]
"""The press corpus: real shapes of every pattern, to check the cheap tests that stand before them."""


def test_the_cheap_tests_before_patterns_hold_for_every_match_in_the_press_texts() -> None:
    consequence_words = next(triggers for splitter, triggers in items.SPLITTERS if splitter is items.split_consequences)
    broken = [(pattern.pattern[:30], match.group()) for body in PRESS_TEXTS + PLAIN_TEXTS
              for pattern, holds in [
                  *((p, (need,)) for p, need in attribution.SPECIAL_NEEDS.items()),
                  (attribution.WRITTEN_IN_RE, attribution.WRITTEN_IN_NEEDS),
                  (attribution.PASSIVE_RE, attribution.JUDGED_WORDS), (items.CONSEQUENCE_RE, consequence_words)]
              for match in pattern.finditer(body) if not any(word in match.group() for word in holds)]
    starts = {m.group()[:1] for body in PRESS_TEXTS for m in items.LEADING_CONNECTOR_RE.finditer(body)}
    assert broken == [] and starts <= items.CONNECTOR_INITIALS and PRESS_TEXTS


# ---------------------------------------------------------------- fast forms of the wave-8 rules (speed2)

INTERVIEW_TEXTS = ["Herald: How many?\nJo Roe: We lost 40.\nHerald: Why?\r\nJo Roe: Storms.\n", "Q: Why? \u201d\nA: Rain.\n"
                   "Q: When?\nA: May.", "Herald: One?\n\nHerald: Two? '\n", "Herald: Why?", "Why? Why?\nJo: No."]
"""Turns that ask, with the ends a question's line may have: a closing mark, a carriage return, the text's end."""


def _plain_asking_labels(text: str) -> frozenset[str]:
    """The labels whose turns mostly ask, read from every turn's line (no cheap test)."""
    from claims.extract import transcript
    asks: dict[str, list[bool]] = {}
    for line in transcript.TURN_LINE_RE.finditer(text):
        asks.setdefault(line.group("label").strip(), []).append(
            line.group().rstrip(" \t\r\"'\u201d\u2019").endswith("?"))
    return frozenset(label for label, turns in asks.items() if len(turns) >= 2 and 2 * sum(turns) > len(turns))


def test_asking_labels_with_its_cheap_test_reads_what_every_turn_line_says() -> None:
    from claims.extract import transcript
    texts = PRESS_TEXTS + INTERVIEW_TEXTS
    assert [transcript.asking_labels(t) for t in texts] == [_plain_asking_labels(t) for t in texts]
    assert [transcript.asking_labels(t) for t in INTERVIEW_TEXTS[:3]] == [
        frozenset({"Herald"}), frozenset({"Q"}), frozenset({"Herald"})]


def test_every_brand_reporting_its_results_holds_what_the_cheap_test_looks_for() -> None:
    texts = PRESS_TEXTS + ["Acme reported its results. Brook announced\ttheir plans. Dale issued  its figures."]
    matches = [m.group() for t in texts for m in entities.REPORTED_ITS_RE.finditer(t)]
    assert [m for m in matches if entities.ED_ITS_RE.search(m) is None] == [] and len(matches) >= 3


def test_the_nouns_a_body_is_called_are_grouped_by_their_last_word() -> None:
    plain = {w: tuple(sorted(n for n in entities.CALLED_NOUNS if n.rsplit(" ", 1)[-1] == w))
             for w in {n.rsplit(" ", 1)[-1] for n in entities.CALLED_NOUNS}}
    assert entities.CALLED_BY_LAST_WORD == plain and entities.CALLED_BY_LAST_WORD["tank"] == ("think tank",)


def test_every_view_and_put_at_match_holds_the_word_its_cheap_test_looks_for() -> None:
    texts = PRESS_TEXTS + ["The agency's assessment is that risk is low. Dr Roe put the increase down to flu.",
                           "The council\u2019s view remains\tthat it was right; X puts its total at 53."]
    matches = [(word, m.group()) for t in texts for pattern, word in [(attribution.VIEW_RE, "that"),
                                                                      (attribution.PUT_AT_RE, "put")]
               for m in pattern.finditer(t)]
    assert [m for word, m in matches if word not in m] == [] and len(matches) >= 4


def test_a_brand_reporting_its_results_is_found_where_the_plain_pattern_finds_it() -> None:
    texts = PRESS_TEXTS + ["Acme reported its results. Brook announced\ttheir plans.  \t Dale issued  its figures.",
                           "unreported its. reported itself. Xreported its. \u00e9 published their", " posted its"]
    assert [entities.reported_its_starts(t) for t in texts] == \
        [[m.start() for m in entities.REPORTED_ITS_RE.finditer(t)] for t in texts]
    assert entities.reported_its_starts(texts[-2]) == [49]


def test_a_label_asks_twice_only_where_the_plain_reading_finds_two_of_its_turns_asking() -> None:
    from claims.extract import transcript
    texts = PRESS_TEXTS + INTERVIEW_TEXTS + ["Herald: Why?\nTimes: How?\nJo: No?", "Jo: Why?\n  Jo: How? \u2019\nX"]

    def plain(text: str) -> bool:
        asking = [line.group("label").strip() for line in transcript.TURN_LINE_RE.finditer(text)
                  if line.group().rstrip(" \t\r\"'\u201d\u2019").endswith("?")]
        return len(asking) > len(set(asking))
    assert [transcript.asked_twice(t) for t in texts] == [plain(t) for t in texts]
    assert [transcript.asked_twice(t) for t in texts[-2:]] == [False, True]


def test_the_word_sets_joined_once_are_the_unions_they_replace() -> None:
    assert speakers.REFERENCE_OR_HEAD == speakers.REFERENCE_WORDS | vocabulary.ORG_HEADS \
        and speakers.COMMON_OR_PEOPLE == speakers.COMMON_NOUNS | speakers.PEOPLE_GROUPS


def test_an_apposition_opening_with_its_capital_matches_just_what_the_plain_pattern_matches() -> None:
    texts = PRESS_TEXTS + SPEED_TEXTS + ["Pellings, the discount grocer, said. xPellings, the grocer. _Acme, a charity.",
                                         "\u00c9cole Verte, the charity, said", "Acme & Co, an employer", "Acme, the trust's"]
    assert [[m.span() + m.groups() for m in speakers.APPOSITIVE_FAST_RE.finditer(t)] for t in texts] == \
        [[m.span() + m.groups() for m in speakers.APPOSITIVE_RE.finditer(t)] for t in texts]
    assert [m.group(1) for t in texts[-4:] for m in speakers.APPOSITIVE_FAST_RE.finditer(t)] == [
        "Pellings", "\u00c9cole Verte", "Acme & Co"]


def test_capital_first_refuses_a_pattern_of_another_form() -> None:
    with pytest.raises(ValueError, match="does not open with a boundary"):
        speakers.capital_first(re.compile(r"[A-Z]\w+"))


@pytest.mark.parametrize(("fast", "plain", "first"), [
    (attribution.RECORD_RE, r"\b(?:legacy|achievements|successes|accomplishments|record|track record)\s+"
                            r"(?:includes?|included|are|were)\b\s*:?", ["legacy includes:", "track record are"]),
    (speakers.FILING_HINT_RE, r"\b(?:filed|lodged|registered|submitted|deposited|heard|brought|laid)\b|Court|Tribunal",
     ["filed", "Court"]),
])
def test_record_and_filing_patterns_match_just_what_their_plain_forms_match(fast: re.Pattern[str], plain: str,
                                                                            first: list[str]) -> None:
    texts = PRESS_TEXTS + SPEED_TEXTS + ["Her legacy includes: a track record are. xrecord are. Its achievements were",
                                         "filed at the High Court; refiled. Tribunal heard_ it; brought laid"]
    assert [[m.span() for m in fast.finditer(t)] for t in texts] == [[m.span() for m in re.finditer(plain, t)]
                                                                   for t in texts]
    assert [m.group() for m in fast.finditer(texts[-2] + " " + texts[-1])][:2] == first


def test_the_triggers_found_shortest_first_are_just_the_triggers_a_span_holds() -> None:
    spans = [text[start:end] for text in PRESS_TEXTS for block in split_blocks(text)
             for start, end in [(block.body, block.end)]] + ["meaning that", "meaning", "such tha", ", with", ",with",
                                                             "which means thatch", "arguin", ""]
    assert [items.present_triggers(s) for s in spans] == [{t for t in items.TRIGGERS if t in s} for s in spans]
    assert [sorted(items.present_triggers(s)) for s in spans[-8:-4]] == [
        ["ing", "meaning that", "that"], ["ing"], [], [",", ", with"]]



def test_a_noun_is_found_as_a_whole_word_just_where_the_plain_pattern_finds_it() -> None:
    texts = PRESS_TEXTS + SPEED_TEXTS + ["charity charities Charity _charity charity_ 2charity \u00e9charity charity\u00e9",
                                         "think tanks, think tank. the think  tank, think tankthink tank", "charity"]
    nouns = sorted(entities.CALLED_NOUNS)
    assert all(noun[0].isalpha() and noun[-1].isalpha() for noun in nouns)
    assert [[m.start(), m.end()] for t in texts for n in nouns for m in entities.whole_word_matches(t, n)] == \
        [[m.start(), m.end()] for t in texts for n in nouns for m in re.finditer(rf"\b{re.escape(n)}\b", t)]
    assert [m[:] for m in entities.whole_word_matches(texts[-3], "charity")] == [(0, 7)]
    assert [m[:] for m in entities.whole_word_matches(texts[-2], "think tank")] == [(13, 23)]


def test_mentions_remembered_for_a_range_are_what_a_fresh_reading_finds() -> None:
    ranges = [(text, block.body, block.end) for text in PRESS_TEXTS[:60] for block in split_blocks(text)]
    fresh = [list(entities.read_range(*r).mentions) for r in ranges]
    assert [entities.find_mentions(*r) for r in ranges] == fresh
    assert [entities.find_mentions(*r) for r in ranges] == fresh  # read again: from what was remembered
    text = "Acme Water said so. Jo Roe agreed."
    first = entities.find_mentions(text, 0, len(text))
    first.clear()  # a caller's own list: changing it changes nothing remembered
    assert [m.name for m in entities.find_mentions(text, 0, len(text))] == ["Acme Water", "Jo Roe"]

# ---------------------------------------------------------------- table

def _frame_layout(frame: object) -> tuple[object, ...]:
    """Return what a claims table holds and how: its columns, dtypes, array types, index and values (NaN as `nan`)."""
    return (list(frame.columns), frame.columns.dtype, [str(t) for t in frame.dtypes],  # type: ignore[attr-defined]
            [type(frame[c].array) for c in frame.columns], type(frame.index),  # type: ignore[attr-defined,index]
            repr(frame._mgr), repr(frame.to_dict("list")))  # type: ignore[attr-defined]


def test_the_claims_table_is_built_just_as_the_plain_frame_builds_it() -> None:
    from claims.extract import table
    texts = PRESS_TEXTS[:40] + ["Acme said that sales rose 5% in 2024.", "No claim here.", ""]
    frames = [table.find_rows(text, f"text {n}") for n, text in enumerate(texts)]
    assert [_frame_layout(table.claims_frame(rows)) for rows in frames] == \
        [_frame_layout(table.plain_claims_frame(rows)) for rows in frames]
    assert [len(rows) for rows in frames[-3:]] == [1, 0, 0]


def test_each_claims_table_has_a_column_index_of_its_own() -> None:
    from claims.extract import table
    rows = table.find_rows("Acme said that sales rose 5% in 2024.", "a.txt")
    first, second = table.claims_frame(rows), table.claims_frame(rows)
    first.columns.name = "renamed"
    assert (first.columns.name, second.columns.name, table.claims_frame(rows).columns.name) == ("renamed", None, None)



# ---------------------------------------------------------------- fast forms of the speed4 branch

def test_the_special_cues_are_tried_in_order_each_with_what_its_matches_hold() -> None:
    from claims.extract.attribution import patterns, sentence
    assert sentence.SPECIALS == tuple((p, attribution.SPECIAL_NEEDS[p]) for p in (
        patterns.QUOTED_AS_RE, patterns.ACCORDING_RE, patterns.INVERTED_RE))


@pytest.mark.parametrize("words", [("rated", "judged", "graded", "rating", "found"),
                                   ("riting", "wrote", "peaking", "spoke", "nterview"), ("a.b", "(x"), ("only",)])
def test_any_word_finds_just_where_a_find_per_word_finds(words: tuple[str, ...]) -> None:
    from claims.extract.attribution import records
    texts = [t for t in PRESS_TEXTS[:40]] + ["it was rated. Writing in; a.b (x only", "", "foundrated", "axb x"]
    windows = [(text, start, end) for text in texts for start in range(0, len(text), 97)
               for end in (start, start + 5, start + 30, start + 400)]
    fast = records.any_word(words)
    assert [fast.search(*w) is not None for w in windows] == [records.holds_any(*w, words) for w in windows]
    assert any(fast.search(*w) for w in windows)


def test_the_cheap_word_tests_find_the_words_their_patterns_hold() -> None:
    from claims.extract.attribution import names, sentence
    assert sentence.JUDGED_RE.pattern == "|".join(attribution.JUDGED_WORDS)
    assert names.WRITTEN_IN_NEEDS_RE.pattern == "|".join(attribution.WRITTEN_IN_NEEDS)


NEEDING_SPLITTERS = [items.split_numbers, items.split_and_that, items.split_comma_list, items.split_clauses,
                     items.split_participles]
"""The splitters that give back a span holding none of their words without scanning it."""


def test_a_splitter_that_needs_words_splits_just_as_its_plain_form() -> None:
    from claims.extract.text import split_sentences
    spans = [(text, part) for text in PRESS_TEXTS[:80] + PLAIN_TEXTS for block in split_blocks(text)
             for sentence in split_sentences(text, block.body, block.end)
             for part in [sentence, (sentence[0], (sentence[0] + sentence[1]) // 2), (sentence[0] + 7, sentence[1])]]
    spans += [("1) fell 2) rose", (0, 15)), ("(a) fell (b) rose", (0, 17)), ("x 01. fell 2. rose", (0, 18)),
              ("We won, and fell.", (0, 17)), ("Results at the school improved and some schools now exceed it", (0, 61)),
              ("The council built 40 new homes last year embedding support workers in 11 hospitals", (0, 82))]
    for splitter in NEEDING_SPLITTERS:
        assert [splitter(text, span) for text, span in spans] == [splitter.__wrapped__(text, span) for text, span in spans]
    assert items.split_numbers("1) fell 2) rose", (0, 15)) == [(2, 8), (10, 15)]
    assert all(any(len(splitter(text, span)) > 1 for text, span in spans) for splitter in NEEDING_SPLITTERS)


def test_the_splitters_found_for_a_span_are_those_whose_triggers_it_holds() -> None:
    spans = [text[start:end] for text in PRESS_TEXTS for block in split_blocks(text)
             for start, end in [(block.body, block.end)]] + ["meaning that", "meaning", "such tha", ", with", ",with",
                                                             "which means thatch", "arguin", "whereas", ""]
    plain = [[s for s, triggers in items.SPLITTERS if not items.present_triggers(span).isdisjoint(triggers)]
             for span in spans]
    assert [items.present_splitters(span) for span in spans] == plain
    assert [[s.__name__ for s in items.present_splitters(span)] for span in spans[-9:-6]] == [
        ["split_and_that", "split_consequences", "split_participles"], ["split_participles"], []]


def test_a_dateline_never_opens_with_a_capital_and_a_small_letter() -> None:
    import sys
    lower = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).islower()]
    assert [c for c in lower if items.DATELINE_RE.match(f"L{c}KEWOOD, Minn. \u2014 The city")] == []
    assert items.DATELINE_RE.match("LAKEWOOD, Minn. \u2014 The city") is not None
    assert items.tidy("LAKEWOOD, Minn. \u2014 The city grew.", (0, 31)) == (18, 31)


def test_a_name_holds_a_comma_only_where_its_range_holds_and() -> None:
    from claims.extract.speakers import clauses
    from claims.extract.text import split_sentences
    ranges = [(text, start, end) for text in PRESS_TEXTS[:120] + PLAIN_TEXTS for block in split_blocks(text)
              for start, end in [(block.body, block.end)] + split_sentences(text, block.body, block.end)]
    assert [(text[start:end], m.name) for text, start, end in ranges if text.find("and", start, end) < 0
            for m in entities.find_mentions(text, start, end) if "," in m.name] == []
    text = "The Department of Towns, Villages and the Islands, which runs ports, said so."
    assert [m.name for m in entities.find_mentions(text, 0, len(text))] == ["Department of Towns, Villages and the Islands"]
    assert [cut.start() for cut in clauses.clause_cuts(text, 0, text.index(" said"))] == [49]


def test_the_last_voice_role_is_found_where_the_whole_lower_cased_text_finds_it() -> None:
    from claims.extract.speakers import voices
    texts = [t for t in PRESS_TEXTS if "spokes" in t.lower()][:30] + [
        "\u0130stanbul office: a SPOKESMAN for \u03a3\u03a3 said", "A Spokeswoman said. \u1e9e a spokesperson \u03a3 said", ""]
    windows = [(text, start, end) for text in texts for start in range(0, len(text), 53)
               for end in (start, start + 40, len(text))]
    assert [voices.last_role_at(*w) for w in windows] == [
        max(w[0].lower().rfind(role, w[1], w[2]) for role in vocabulary.VOICE_ROLES) for w in windows]
    assert voices.last_role_at(texts[-3], 0, len(texts[-3])) == 20  # in the lower-cased text: the dotted I is two


def test_full_names_with_particles_are_found_just_where_the_plain_pattern_finds_them() -> None:
    texts = PRESS_TEXTS + PLAIN_TEXTS + ["Farah binti Yusof said. Omar al-Rashid, Pieter van der Berg and Ana de la Cruz.",
                                         "J. van Damme; Jo.van Damme; \u0141ucja von \u0106wik; Anna  bin Tahir; Xx ab Yy"]
    assert [[m.span() for m in entities.FAST_FULL_NAME_PARTICLES_RE.finditer(t)] for t in texts] == \
        [[m.span() for m in entities.FULL_NAME_PARTICLES_RE.finditer(t)] for t in texts]
    assert entities.particle_family_names(texts[-2]) == frozenset({"binti Yusof", "al-Rashid", "van der Berg",
                                                                   "de la Cruz"})


def test_a_person_read_in_a_text_that_calls_nothing_a_body_stays_as_its_words_say() -> None:
    texts = [t for t in PRESS_TEXTS + PLAIN_TEXTS + ["Jo Roe said so. Campaigner Tim Ash agreed.", "Ann Lee spoke."]
             if not entities.described_bodies(t)]
    people = [(text, run, found) for text in texts for run in entities.joined_runs(text, 0, len(text))
              for found in [entities.classify(run.group(), run.start())] if found is not None and found.kind == "person"]
    assert [entities.as_described(text, run, found) for text, run, found in people] == [f for _, _, f in people]
    assert len(texts) > 20 and len(people) > 100


def test_an_appeal_is_found_only_where_its_cheap_test_says_it_may_be() -> None:
    import sys
    from claims.extract.text import split_sentences
    sentences = [text[s:e] for text in PRESS_TEXTS for block in split_blocks(text)
                 for s, e in split_sentences(text, block.body, block.end)]
    letters = re.compile("[youervtakenbd]", re.IGNORECASE)  # no other character matches them case-blind
    odd = [c for c in map(chr, range(sys.maxunicode + 1)) if letters.fullmatch(c) and c.lower() not in "youervtakenbd"]
    samples = sentences + ["YOU deserve better", "No one wants this", "NOBODY can", "We TAKE it seriously",
                           "They de\u017fERVE it", "Yo u", "nobody", ""]
    assert [s[:40] for s in samples if items.APPEAL_RE.search(s) and not items.may_appeal(s)] == [] and odd == []
    assert [items.may_appeal(s) for s in samples[-8:]] == [True, True, True, True, True, False, True, False]


def test_every_apposition_holds_the_comma_and_article_looked_for_first() -> None:
    from claims.extract.speakers import appositives
    from claims.extract.text import split_sentences
    texts = PRESS_TEXTS + PLAIN_TEXTS + ["Pellings,\u00a0the discount grocer, said. Acme,\n an outside firm, agreed."]
    ranges = [(text, s, e) for text in texts for block in split_blocks(text)
              for s, e in [(block.body, block.end)] + split_sentences(text, block.body, block.end)]
    found = [(t, s, e) for t, s, e in ranges if appositives.APPOSITIVE_FAST_RE.search(t, s, e)]
    assert [t[s:e] for t, s, e in found if appositives.COMMA_ARTICLE_RE.search(t, s, e) is None] == []
    assert len(found) > 20


def test_every_published_showing_holds_show_or_reveal() -> None:
    from claims.extract.attribution import sentence
    texts = PRESS_TEXTS + ["Acme published its figures for May, showing that waits fell. X issued a report which revealed it."]
    matches = [m.group() for t in texts for m in sentence.PUBLISHED_SHOWING_RE.finditer(t)]
    assert [m for m in matches if "show" not in m and "reveal" not in m] == [] and len(matches) >= 2


def test_every_record_cue_holds_one_of_the_record_words() -> None:
    from claims.extract.attribution import sentence
    texts = PRESS_TEXTS + ["Her legacy includes: a track record are. Its achievements were many; successes are",
                           "Our accomplishments include X. The record was"]
    matches = [m.group() for t in texts for m in attribution.RECORD_RE.finditer(t)]
    assert [m for m in matches if not sentence.RECORD_WORD_RE.search(m)] == [] and len(matches) >= 5


def test_a_text_may_be_signed_just_where_the_plain_signature_pattern_says() -> None:
    from claims.extract import statement
    texts = PRESS_TEXTS + PLAIN_TEXTS + ["We care.\n\u2014 Jo Roe", "We care.\n  -- Jo Roe\n", "x - Jo Roe", "---Jo Roe",
                                         "a-\n- Jo Roe", "We care.\r\n\t\u2013 Jo Roe", "\u2014 Jo", "- Jo Roe.", ""]
    assert [statement.may_be_signed.__wrapped__(t) for t in texts] == \
        [statement.SIGNATURE_LINE_RE.search(t) is not None for t in texts]
    assert [statement.may_be_signed.__wrapped__(t) for t in texts[-9:]] == [
        True, True, False, False, True, True, False, False, False]


def test_a_paragraph_describes_itself_just_as_the_plain_test_says() -> None:
    from claims.extract.attribution import documents
    from claims.extract.attribution.patterns import ANY_CUE_RE

    def plain(text: str, block: object) -> bool:
        if all(text.find(w, block.body, block.end) < 0 for w in ("profit", "charit", "social enterprise")):
            return False
        return documents.SELF_DESCRIPTION_RE.match(text, block.body, block.end) is not None \
            and not ANY_CUE_RE.search(text, block.body, block.end)

    texts = PRESS_TEXTS + ["Acme Health is a nonprofit health system.\nBright Teeth is a charity.\nX said so.", "None."]
    blocks = [(text, block) for text in texts for block in split_blocks(text)]
    assert [documents.describes_itself(t, b) for t, b in blocks] == [plain(t, b) for t, b in blocks]
    assert [documents.describes_itself(texts[-2], b) for b in split_blocks(texts[-2])] == [True, True, False]


def _plain_next_opening(text: str, pos: int, end: int) -> int | None:
    """The next opening mark read mark by mark, as first written (no pattern for the opening)."""
    from claims.extract import text as segments
    for match in segments.MARK_RE.finditer(text, pos, end):
        index = match.start()
        if text[index] in ("\u201c", '"', "\u2018", "'") and segments.opens(text, index, end):
            return index
    return None


def test_the_next_opening_mark_is_found_just_where_the_plain_reading_finds_it() -> None:
    from claims.extract import text as segments
    calls = [(t, pos, block.end) for t in PRESS_TEXTS[:100] + PLAIN_TEXTS for block in split_blocks(t)
             for pos in range(block.body, block.end, 11)]
    edges = ["'x", " 'x", "('x", "x'y", "\u2014\u201cHi", " \u2018 x", "a\n\"b", "x \"", " \"\u00a0y", "\u201d x \u2019s 'a"]
    calls += [(e, pos, end) for e in edges for pos in range(len(e)) for end in range(pos, len(e) + 1)]
    assert [segments.next_opening(*c) for c in calls] == [_plain_next_opening(*c) for c in calls]
    assert [segments.next_opening(e, 0, len(e)) for e in edges[:5]] == [0, 1, 1, None, 1]


# ---------------------------------------------------------------- fast forms of the speed6 branch

def test_a_run_described_as_a_body_is_remembered_per_text_just_as_read_afresh() -> None:
    runs = [(text, match.group(), person) for text in PRESS_TEXTS[:80]
            for match in entities.joined_runs(text, 0, len(text))
            for person in (None, match.group().split()[-1])]
    entities._described_as.cache_clear()
    assert [entities._described_as(*r) for r in runs] == [entities._described_as.__wrapped__(*r) for r in runs]
    charity, plain = "Hope Trust, the Leeds charity, said so.", "Hope Trust said so."
    assert [entities._described_as(t, "Hope Trust", None) for t in (charity, plain, charity)] == \
        ["Hope Trust", None, "Hope Trust"]


def test_money_matches_are_the_money_patterns_matches() -> None:
    texts = PRESS_TEXTS + SPEED_TEXTS + ["Shares in Acme fell. Profits at Brook Water rose", "shares in Acme Foods were down",
                                         "Sshares in Acme fell", "Hares in Acme fell", "xProfits at Acme rose",
                                         "Shares\tin Acme fell", "Turnover at Acme Turnover at Brook rose", ""]
    assert [[m.span() for m in entities._money_matches(t)] for t in texts] == \
        [[m.span() for m in entities._MONEY_IN_RE.finditer(t)] for t in texts]
    assert [m.group("name") for m in entities._money_matches(texts[-8])] == ["Acme", "Brook Water"]


def test_capital_words_are_counted_just_as_the_plain_pattern_finds_them() -> None:
    from claims.extract.speakers import body_traits
    texts = PRESS_TEXTS + SPEED_TEXTS + ["ACME and BROOK WATER, xACME, ÉCOLE, A&B, O'NEILL, _ABC, 1AB", "AB", "aAB", ""]
    assert [body_traits.CAPITAL_WORD_FAST_RE.findall(t) for t in texts] == \
        [body_traits._CAPITAL_WORD_RE.findall(t) for t in texts]
    assert body_traits.capital_words.__wrapped__(texts[-4]) == {"ACME": 1, "BROOK": 1, "WATER": 1, "ÉCOLE": 1, "A&B": 1,
                                                                "NEILL": 1}


def test_only_the_letters_folds_apart_read_otherwise_lower_cased_than_case_blind() -> None:
    from claims.extract.attribution import patterns
    letter = re.compile("[a-z]", re.IGNORECASE)

    def apart(c: str) -> bool:
        lower = c.lower()
        return bool(letter.fullmatch(c)) or len(lower) != 1 or lower.isascii() \
            or (c.isalnum() or c == "_") != (lower.isalnum() or lower == "_")
    assert "".join(chr(n) for n in range(0x80, sys.maxunicode + 1) if apart(chr(n))) == patterns.FOLDS_APART


def test_is_commentary_reads_the_press_texts_just_as_the_commentary_pattern() -> None:
    from claims.extract.text import split_sentences
    blocks = [(t, b.body, b.end) for t in PRESS_TEXTS for b in split_blocks(t)]
    spans = blocks + [(t, s, e) for t, start, end in blocks for s, e in split_sentences(t, start, end)]
    assert [attribution.is_commentary(*s) for s in spans] == \
        [attribution.COMMENTARY_RE.search(*s) is not None for s in spans]


def test_has_dashes_finds_just_what_a_find_per_dash_finds() -> None:
    from claims.extract import fragments
    texts = PRESS_TEXTS[:100] + ["a - b", "a -b", "a \u2013 b", "x \u2014 y", "a-b \u2013c", ""]
    spans = [(t, (s, e)) for t in texts for s in range(0, len(t) + 1, 37) for e in (s + 3, s + 40, len(t))]
    assert [fragments.has_dashes(*s) for s in spans] == \
        [any(t.find(d, *span) >= 0 for d in (" - ", " \u2013 ", " \u2014 ")) for t, span in spans]


def test_the_voice_role_pattern_finds_a_role_just_where_a_find_per_role_finds_one() -> None:
    words = [" ".join(t[s:s + 60].lower().split()) for t in PRESS_TEXTS[:150] for s in range(0, len(t), 53)]
    words += ["a spokeswoman for the trust", "the press officer", "representatives of", "spokes man", ""]
    assert [vocabulary.VOICE_ROLE_RE.search(w) is not None for w in words] == \
        [any(role in w for role in vocabulary.VOICE_ROLES) for w in words]
    assert [vocabulary.VOICE_ROLE_RE.search(w) is not None for w in words[-5:]] == [True, True, True, False, False]
