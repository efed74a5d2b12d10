"""The extractor's word lists and the regex pieces built from them (`claims.extract.vocabulary`)."""
from __future__ import annotations

import re
import types
from pathlib import Path

import pytest

from claims.extract import vocabulary


def test_load_words_reads_entries_lower_case_and_leaves_out_comments_and_blank_lines(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "things.txt").write_text(
        "# what the list holds\n\nSpokeswoman\n  Press Office  \n\t\nsaid\nsaid\n  # kept: it does not open the line\n"
        "caf\u00e9", encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(vocabulary, "resources", types.SimpleNamespace(
        files=lambda package: asked.append(package) or tmp_path))
    assert (vocabulary.load_words("things"), asked) == (
        frozenset({"spokeswoman", "press office", "said", "# kept: it does not open the line", "caf\u00e9"}),
        ["claims.extract"])


class _Latin1File:
    """A data file on a machine whose default encoding is Latin-1: bytes read without an encoding come out wrong."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def joinpath(self, *parts: str) -> "_Latin1File":
        return self

    def read_text(self, encoding: str | None = None) -> str:
        return self.data.decode(encoding or "latin-1")


def test_load_words_reads_utf8_whatever_the_machine_s_default_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocabulary, "resources", types.SimpleNamespace(
        files=lambda package: _Latin1File("caf\u00e9\n\u0141\u00f3d\u017a\n".encode("utf-8"))))
    assert vocabulary.load_words("places") == frozenset({"caf\u00e9", "\u0142\u00f3d\u017a"})


def test_load_words_reads_the_shipped_files() -> None:
    assert vocabulary.load_words("release_ends") == vocabulary.RELEASE_ENDS and "ends" in vocabulary.RELEASE_ENDS


def test_verb_alternation_puts_longer_phrases_first_and_lets_a_space_be_any_white_space() -> None:
    pattern = vocabulary.verb_alternation(frozenset({"said", "went on to say", "points out", "a.k.a"}))
    assert pattern == r"went\s+on\s+to\s+say|points\s+out|a\.k\.a|said"
    assert re.fullmatch(pattern, "points\t\n out") is not None and re.fullmatch(pattern, "aXkXa") is None


def test_verb_alternation_of_nothing_is_empty() -> None:
    assert vocabulary.verb_alternation(frozenset()) == ""


def test_initial_alternation_groups_alternatives_by_their_first_letter_in_order() -> None:
    assert vocabulary.initial_alternation(["said", "according\\s+to", "says", "s", "Shows", "e-mailed"]) == (
        r"(?:s(?<=\bs)(?:aid|ays|)|a(?<=\ba)(?:ccording\s+to)|S(?<=\bS)(?:hows)|e(?<=\be)(?:-mailed))")


@pytest.mark.parametrize("alternatives", [["said", "[Ss]ays"], ["said", ""], ["2nd"], ["_said"]])
def test_initial_alternation_refuses_an_alternative_without_a_plain_first_letter(alternatives: list[str]) -> None:
    with pytest.raises(ValueError) as raised:
        vocabulary.initial_alternation(alternatives)
    assert str(raised.value) == f"an alternative must open with a plain letter: {alternatives[-1]!r}"


def test_char_class_writes_single_characters_and_runs_as_ranges_escaped() -> None:
    assert vocabulary.char_class(lambda c: c in "-]^\\a bcdz") == "\\ \\-\\\\-\\^a-dz"


def test_char_class_covers_the_whole_plane_from_the_space_on() -> None:
    assert [vocabulary.char_class(lambda c: c in "\x1f\x20\uffff"), vocabulary.char_class(lambda c: ord(c) >= 0xfffe),
            vocabulary.char_class(lambda c: c in "ac"), vocabulary.char_class(lambda c: False)] == [
        "\\ \uffff", "\ufffe-\uffff", "ac", ""]


def test_char_class_is_a_class_that_holds_just_the_characters_that_pass() -> None:
    def test(char: str) -> bool:
        return char.isdigit() or char in "x-z"

    pattern = re.compile(f"[{vocabulary.char_class(test)}]")
    sample = [chr(code) for code in range(0x20, 0x3000)]
    assert [c for c in sample if pattern.fullmatch(c)] == [c for c in sample if test(c)]


@pytest.mark.parametrize("char, mark", [("\u0301", True), ("\u0903", True), ("\u20dd", True), ("a", False), ("1", False),
                                        ("\u00e9", False), (" ", False)])
def test_a_mark_is_an_accent_written_as_its_own_code_point(char: str, mark: bool) -> None:
    assert vocabulary.is_mark(char) is mark


def test_the_letter_classes_hold_every_script_s_letters() -> None:
    upper, lower, letter = (re.compile(f"[{c}]+") for c in (vocabulary.UPPER, vocabulary.LOWER, vocabulary.LETTER))
    words = ["\u0141UCJA", "\u0107wik\u0301", "Stra\u00dfe", "\u0391\u03b8\u03ae\u03bd\u03b1", "R2-D2"]
    assert [[m.group() for m in p.finditer(w)] for p in (upper, lower, letter) for w in words] == [
        ["\u0141UCJA"], [], ["S"], ["\u0391"], ["R", "D"],
        [], ["\u0107wik\u0301"], ["tra\u00dfe"], ["\u03b8\u03ae\u03bd\u03b1"], [],
        ["\u0141UCJA"], ["\u0107wik\u0301"], ["Stra\u00dfe"], ["\u0391\u03b8\u03ae\u03bd\u03b1"], ["R", "D"]]


def test_any_script_widens_ascii_letter_ranges_and_keeps_the_flags() -> None:
    widened = vocabulary.any_script(re.compile(r"(?P<name>[A-Z][a-z]+)\s|[0-9]", re.MULTILINE))
    assert (widened.pattern, widened.flags) == (
        rf"(?P<name>[{vocabulary.UPPER}][{vocabulary.LOWER}]+)\s|[0-9]", re.compile("", re.MULTILINE).flags)
    assert widened.findall("\u0141ucja \u0106wik Lucy Cook 7 ") == ["\u0141ucja", "\u0106wik", "Lucy", "Cook", ""]


def test_the_verbs_a_quotation_is_reported_with_are_the_speech_verbs_and_told() -> None:
    assert vocabulary.QUOTING_VERBS - vocabulary.SPEECH_VERBS == {"told"}
    assert {"said", "went on", "told"} <= vocabulary.QUOTING_VERBS
    assert not {"found", "showed", "concluded"} & vocabulary.QUOTING_VERBS  # findings are not speech


def test_a_described_person_is_a_role_word_but_no_post() -> None:
    assert {"tenant", "mother", "pensioner"} <= vocabulary.DESCRIBED_PEOPLE <= vocabulary.ROLES
    assert not {"nurse", "officer", "spokesman"} & vocabulary.DESCRIBED_PEOPLE


@pytest.mark.parametrize("text, expected", [
    ("Now, I've said it before.", "I"), ("We're ready.", "We"), ("Us nurses know.", "Us"), ("for our staff", "our"),
    ("it cost my family", "my"), ("they told us", "us"),
    ("The US said so.", None), ("Ian used a mystery weapon.", None), ("Weather and Ours", None),
])
def test_first_person_finds_a_speaker_s_own_voice(text: str, expected: str | None) -> None:
    found = vocabulary.FIRST_PERSON_RE.search(text)
    assert (found.group() if found else None) == expected


def test_without_possessive_drops_a_straight_or_curly_ending_only() -> None:
    assert [vocabulary.without_possessive(w) for w in ("Acme's", "Acme\u2019s", "Acme", "Roes", "s", "'s")] == [
        "Acme", "Acme", "Acme", "Roes", "s", ""]


def test_past_ed_re_matches_a_lower_case_past_in_ed_only() -> None:
    assert [bool(vocabulary.PAST_ED_RE.fullmatch(w)) for w in ("replied", "recommended", "red", "Replied", "cut")] == [
        True, True, False, False, False]


def test_names_no_one_is_a_common_word_or_a_sentence_opener_in_any_case() -> None:
    assert [vocabulary.names_no_one(w) for w in ("March", "british", "However", "THE", "Ofwire", "Ellie", "Acme")] == [
        True, True, True, True, False, False, False]


def test_the_one_list_of_number_words_holds_teens_tens_and_counts_of_a_kind_and_is_what_figures_reads() -> None:
    from claims.extract import figures
    assert ({"fourteen", "sixty", "ninety", "dozen", "hundred", "thousands"} <= vocabulary.NUMBER_WORDS,
            "one" in vocabulary.NUMBER_WORDS, figures.NUMBER_WORDS is vocabulary.NUMBER_WORDS) == (True, False, True)


def test_the_one_list_of_weekdays_is_read_by_every_list_of_words_that_holds_days() -> None:
    from claims.extract.attribution import mid_cues
    from claims.extract.attribution.letter_layout import WEEKDAY
    from claims.extract.speakers import names, regions
    days = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
    assert (vocabulary.WEEKDAYS, days <= vocabulary.NOT_NAMES, days <= mid_cues.EXTENSION_OPENINGS,
            regions.WEEKDAYS is names.WEEKDAYS is vocabulary.WEEKDAYS,
            [bool(re.fullmatch(WEEKDAY, day)) for day in ("Tuesday", "Saturday", "Tues", "tuesday", "Someday")]) == (
        days, True, True, True, [True, True, False, False, False])


def test_the_one_list_of_months_is_read_by_every_pattern_and_list_that_names_a_month() -> None:
    from claims.extract import items, transcript
    from claims.extract.attribution import issuer, letter_layout, patterns
    months = frozenset("january february march april may june july august september october november december".split())
    readers = [issuer.DATE_RE, letter_layout.EVENT_RE, patterns.SAID_WHEN_RE, transcript._DIGIT_RE, items._SERIES_ITEM_RE]
    assert (vocabulary.MONTHS, months <= vocabulary.NOT_NAMES, [vocabulary.MONTH in r.pattern for r in readers],
            [bool(re.fullmatch(vocabulary.MONTH, m)) for m in ("September", "May", "Sept", "may", "Mayday")]) == (
        months, True, [True] * 5, [True, True, False, False, False])


def test_the_one_written_month_is_read_by_release_and_datelines() -> None:
    """Wave 60x: datelines' page date (59t) wrote release's shortened months again; both read WRITTEN_MONTH."""
    from claims.extract import datelines, release
    readers = [release.DATE_ONLY_RE.pattern, release.DATED_PLACE_RE.pattern, datelines.DATE_STAMP_RE.pattern]
    assert ([vocabulary.WRITTEN_MONTH in pattern and "Sept" not in pattern.replace(vocabulary.WRITTEN_MONTH, "")
             for pattern in readers],
            [bool(re.fullmatch(vocabulary.WRITTEN_MONTH, month))
             for month in ("September", "Sept", "Sept.", "Mar", "May.", "sep")]) == (
        [True] * 3, [True, True, True, True, False, False])


def test_the_honorifics_are_read_from_their_data_file() -> None:
    assert vocabulary.HONORIFICS == vocabulary.load_words("honorifics") == frozenset(
        "mr mrs ms miss mx dr prof professor sir dame lord lady cllr coun councillor rev reverend baroness baron"
        " tun datuk dato datin sri seri shri shrimati smt alhaji alhaja mallam".split())



_ED_WORDS = ["voted", "presented", "used", "shed", "red", "ed", "Voted", "voting", "took", ""]


def test_is_ed_form_reads_ed_and_five_characters_by_default_and_four_when_asked() -> None:
    assert ([w for w in _ED_WORDS if vocabulary.is_ed_form(w)], [w for w in _ED_WORDS if vocabulary.is_ed_form(w, 4)],
            [w for w in _ED_WORDS if vocabulary.is_ed_form(w, 2)]) == (
        ["voted", "presented", "Voted"], ["voted", "presented", "used", "shed", "Voted"],
        ["voted", "presented", "used", "shed", "red", "ed", "Voted"])


def test_is_past_form_adds_the_irregular_pasts_to_the_ed_guess_at_either_length() -> None:
    words = _ED_WORDS + ["cut", "Cut"]
    assert ([w for w in words if vocabulary.is_past_form(w)], [w for w in words if vocabulary.is_past_form(w, shortest=4)]) \
        == (["voted", "presented", "Voted", "took", "cut"], ["voted", "presented", "used", "shed", "Voted", "took", "cut"])


def test_is_plain_past_reads_lower_case_letters_in_ed_of_four_or_more_or_an_irregular_past() -> None:
    words = _ED_WORDS + ["cut", "Cut", "re-used", "na\u00efved", "used."]
    assert [w for w in words if vocabulary.is_plain_past(w)] == ["voted", "presented", "used", "shed", "took", "cut"]


def test_every_ed_guess_of_the_extractor_is_the_one_in_vocabulary_with_its_own_checks_of_case_and_length() -> None:
    from claims.extract import joined_predicates, stubs
    from claims.extract.attribution import cues, relative_antecedents, share_findings
    from claims.extract.speakers import document_tails, qualified_groups
    words = ["reported", "Reported", "used", "shed", "won", "sent", "held", "co-opted", "noted,", "voted", "Voted"]
    readers = [relative_antecedents._is_participle, cues.past_verb, share_findings._finite, document_tails.is_participle,
               qualified_groups._past_verb, joined_predicates.is_participle, lambda w: stubs._has_verb([w])]
    assert [[w for w in words if read(w)] for read in readers] == [
        ["reported", "co-opted", "voted"],  # lower case, five or more
        ["won", "sent", "held", "co-opted", "voted", "Voted"],  # any case, never a cue verb (`reported`, `noted`)
        ["reported", "Reported", "co-opted", "voted", "Voted"],  # any case, five or more
        ["reported", "Reported", "held", "voted", "Voted"],  # letters only, irregular participles, never `sent`
        ["reported", "Reported", "won", "sent", "held", "voted", "Voted"],  # letters only, irregular pasts
        ["reported", "used", "shed", "won", "sent", "held", "co-opted", "noted,", "voted"],  # lower case, four or more
        ["reported", "Reported", "used", "shed", "won", "sent", "held", "co-opted", "voted", "Voted"]]  # four or more


def test_occasion_source_reads_a_capitalised_participle_white_space_and_a_preposition_of_either_list() -> None:
    default = re.compile(vocabulary.occasion_source())
    wider = re.compile(vocabulary.occasion_source(frozenset({"writing", "speaking"}), frozenset({"at"})))
    texts = ["Responding to", "Commenting\ton", "Speaking about", "Reacting after", "Replying\n to", "Writing about",
             "Speaking at", "responding to", "Responding onto", "Talking to"]
    assert ([t for t in texts if default.match(t)], [t for t in texts if wider.match(t)],
            vocabulary.OCCASION_OPENING_PARTICIPLES, vocabulary.OCCASION_OPENING_PREPOSITIONS) == (
        ["Responding to", "Commenting\ton", "Speaking about", "Reacting after", "Replying\n to", "Responding onto"],
        ["Speaking at"], frozenset({"briefing", "commenting", "reacting", "replying", "responding", "speaking", "testifying"}),
        frozenset({"about", "after", "on", "to"}))


def test_the_two_occasion_openings_share_the_lists_and_the_bare_one_adds_writing_and_at() -> None:
    from claims.extract.attribution import subjects
    from claims.extract.speakers import clauses
    texts = ["Responding to the figures, Jo Roe said", "Writing about the new scheme Jo Roe said",
             "Speaking at the launch Jo Roe said", "Reacting after the vote Jo Roe said", "Talking to the press Jo Roe said"]
    assert ([t for t in texts if subjects.OCCASION_OPENING_RE.match(t)],
            [text[clauses.past_bare_occasion(text, 0, len(text)):] for text in texts], sorted(clauses._OCCASION_INITIALS)) == (
        ["Responding to the figures, Jo Roe said", "Reacting after the vote Jo Roe said"],
        ["Responding to the figures, Jo Roe said", "Jo Roe said", "Jo Roe said", "Jo Roe said",
         "Talking to the press Jo Roe said"], ["B", "C", "R", "S", "T", "W"])  # briefing, testifying (47f)


def test_every_word_list_read_in_two_modules_is_the_one_object_in_vocabulary() -> None:
    from claims.extract import (
        acronym_uses, confidence, cut_leads, department_offices, document_titles, entities, gapped_items, given_people,
        headline_groups, short_predicates, short_rows, standalone, statements, stubs,
    )
    from claims.extract.attribution import (
        cues, documents, lettered_documents, mid_cues, object_reports, patterns, place_speakers, relative_antecedents,
        ruling_acts, ruling_writers, source_asides,
    )
    from claims.extract.speakers import (
        appositives, article_bodies, described_bodies, described_voices, document_authors, examination_makers,
        examining_work, issuer_boards, modifier_bodies, own_inquiries, owned_boards, party_documents, placed_names,
        regulating_bodies, regulator_signs, remit_offices, representatives, source_modifiers, subordinate_documents,
        writer_bodies,
    )
    readers = {
        "FINITE_WORDS": [acronym_uses.FINITE_WORDS, object_reports.FINITE_WORDS, source_asides.FINITE_WORDS,
                         short_predicates.FINITE_WORDS, article_bodies.FINITE_WORDS, standalone.FINITE_WORDS,
                         statements.FINITE_WORDS],
        "BOARD_WORDS": [owned_boards.BOARD_WORDS, issuer_boards.BOARD_WORDS],
        "CLOSED_WORDS": [source_modifiers.CLOSED_WORDS, described_bodies.CLOSED_WORDS],
        "ENFORCING_ACTS": [ruling_acts.ENFORCING_ACTS, regulator_signs.ENFORCING_ACTS],
        "INQUIRY_NOUNS": [cues.INQUIRY_NOUNS, own_inquiries.INQUIRY_NOUNS],
        "PLACE_PREPOSITIONS": [place_speakers.PLACE_PREPOSITIONS, placed_names.PLACE_PREPOSITIONS],
        "REGULATING_VERBS": [regulating_bodies.REGULATING_VERBS, regulator_signs.REGULATING_VERBS],
        "RULED_MATTERS": [ruling_acts.RULED_MATTERS, examining_work.RULED_MATTERS],
        "RULING_VERBS": [ruling_acts.RULING_VERBS, examining_work.RULING_VERBS],
        "TITLED_DOCUMENTS": [lettered_documents.TITLED_DOCUMENTS, appositives.TITLED_DOCUMENTS],
        "TRADE_ENDINGS": [place_speakers.TRADE_ENDINGS, given_people.TRADE_ENDINGS],
        "MODIFIER_NOUNS": [modifier_bodies.MODIFIER_NOUNS, acronym_uses.MODIFIER_NOUNS],
        "OWN_RECORDS": [writer_bodies.OWN_RECORDS, acronym_uses.OWN_RECORDS],
        "FINDING_VERBS": [relative_antecedents.FINDING_VERBS, confidence.FINDING_VERBS],
        "STUB_PREPOSITIONS": [cut_leads.OPENERS, stubs._OPENERS],
        "STUB_SUBORDINATORS": [stubs._LEANERS],
        "EXAMINING_POSTS": [ruling_writers.DECIDING_POSTS, entities.EXAMINING_POSTS],
        "EXAMINED_WORKS": [examination_makers.EXAMINED_WORKS],
        "GRADE_WORDS": [documents.GRADE_WORDS, gapped_items.GRADES],
        "WATCHDOG_HEADS": [remit_offices.DESCRIBED_HEADS, described_voices.WATCHDOG_HEADS],
        "LEGAL_ROLES": [representatives.LEGAL_ROLES],
        "OFFICIAL_GROUPS": [described_voices.OFFICIAL_GROUPS],
        "TITLE_JOINERS": [document_titles._JOINERS],
        "REGION_WORDS": [place_speakers.COMPASS_WORDS],
        "PASSIVE_AUXILIARIES": [patterns.PASSIVE_AUXILIARIES, cues.PASSIVE_AUXILIARIES,
                                subordinate_documents.PASSIVE_AUXILIARIES],
        "MODAL_VERBS": [short_rows.MODAL_VERBS],
        "NAME_LINKS": [document_authors.NAME_LINKS, party_documents.NAME_LINKS],
    }
    assert {name: [read is getattr(vocabulary, name) for read in reads] for name, reads in readers.items()} == {
        name: [True] * len(reads) for name, reads in readers.items()}
    assert (vocabulary.STUB_SUBORDINATORS <= mid_cues.LEANING_WORDS, vocabulary.PLACED_PEOPLE <= headline_groups._PLACED_NOUNS,
            vocabulary.EXAMINED_WORKS | vocabulary.EXAMINING_POSTS <= department_offices.OVERSEEING_WORDS,
            "seven" in patterns._COUNTS) == (True,) * 4


def test_no_data_file_is_read_twice() -> None:
    from pathlib import Path
    package = Path(vocabulary.__file__).parent
    names = [m for p in sorted(package.rglob("*.py")) for m in re.findall(r'load_words\("(\w+)"\)', p.read_text("utf-8"))]
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_the_clause_conjunctions_are_one_list_and_items_reads_them_without_as() -> None:
    from claims.extract import items, short_predicates
    assert (short_predicates.CLAUSE_CONJUNCTIONS is vocabulary.CLAUSE_CONJUNCTIONS,
            vocabulary.CLAUSE_CONJUNCTIONS - items.OPENING_CONJUNCTIONS, {"because", "when"} <= items.OPENING_CONJUNCTIONS) \
        == (True, {"as"}, True)


def test_the_titles_written_short_and_the_irish_heads_are_one_table_each() -> None:
    from claims.extract import entities, text
    from claims.extract.speakers import body_traits, words
    assert (words.TITLE_WORDS is vocabulary.ABBREVIATED_TITLES, text.TITLE_ABBREVIATIONS == frozenset(words.TITLE_WORDS),
            vocabulary.ABBREVIATED_TITLES["supt"], body_traits.IRISH_HEAD_NOUNS is entities.IRISH_HEAD_NOUNS,
            body_traits.common_names("An Bord Glasmara"), body_traits.common_names("Comhairle Contae Lisnaree")) == (
        True, True, "superintendent", True, ["board"], ["council"])


@pytest.mark.parametrize(("present", "base"), [
    ("says", "say"), ("stresses", "stress"), ("replies", "reply"), ("goes on", "go on"), ("pushes", "push"),
    ("reaches", "reach"), ("fixes", "fix"), ("buzzes", "buzz"), ("emphasizes", "emphasize"), ("notes", "note"),
    ("points out", "point out"),
])
def test_present_base_drops_es_only_after_a_sibilant_or_o(present: str, base: str) -> None:
    assert vocabulary.present_base(present) == base


def test_the_publisher_participles_are_one_list_and_their_near_twins_name_what_they_add() -> None:
    """`documents` and `pronoun_owners` read one list of a publisher's participles (wave 52g: each had its own copy);
    `PUBLISHING_VERBS` adds `commissioned` and leaves `prepared` to the authoring verbs; the makers of a source after
    `according to` add the participles of collecting and handing over, and (wave 54e) the one-word participles of
    examining work (`an evaluation conducted by X`)."""
    from claims.extract.attribution import according_sources
    from claims.extract.speakers import documents, pronoun_owners, words
    assert (documents.PUBLISHER_PARTICIPLES is words.PUBLISHER_PARTICIPLES,
            pronoun_owners.PUBLISHER_PARTICIPLES is words.PUBLISHER_PARTICIPLES,
            sorted(words.PUBLISHER_PARTICIPLES),
            words.PUBLISHING_VERBS - words.PUBLISHER_PARTICIPLES, words.PUBLISHER_PARTICIPLES - words.PUBLISHING_VERBS,
            "prepared" in words.AUTHORING_VERBS,
            sorted(according_sources.MAKER_PARTICIPLES - words.PUBLISHER_PARTICIPLES)) == (
        True, True, ["compiled", "issued", "prepared", "produced", "published", "released"], {"commissioned"},
        {"prepared"}, True, ["collected", "conducted", "performed", "posted", "presented", "provided", "supplied",
                             "undertaken"])


def test_a_post_held_in_a_body_opens_on_one_list_of_words() -> None:
    """`body_titles` (`The General Secretary of X`) and `held_posts` (`The chief executive of X`) read one list of the
    words that may open a post held in a body (wave 52g: each had its own copy)."""
    from claims.extract.speakers import body_titles, held_posts, words
    assert (body_titles.POST_OPENERS is words.POST_OPENERS, held_posts.POST_OPENERS is words.POST_OPENERS,
            sorted(words.POST_OPENERS)) == (True, True, ["its", "the", "their"])


def test_possessive_endings_are_a_singular_s_and_a_plural_s_mark_straight_or_curly() -> None:
    assert vocabulary.SINGULAR_POSSESSIVES == ("'s", "\u2019s")
    assert vocabulary.POSSESSIVE_ENDINGS == ("'s", "\u2019s", "s'", "s\u2019")
    words = ["Acme's", "Acme\u2019s", "Wales'", "members\u2019", "Acme", "rock'", "'s"]
    assert [w.endswith(vocabulary.SINGULAR_POSSESSIVES) for w in words] == [True, True, False, False, False, False, True]
    assert [w.endswith(vocabulary.POSSESSIVE_ENDINGS) for w in words] == [True, True, True, True, False, False, True]
