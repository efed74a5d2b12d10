"""Cut names as speakers (wave 37b): a speaker the text never writes alone, only inside one longer body's name, is
that body cut at an edge (`Great Lakes` of `Great Lakes Public Media`, `Fire & Rescue Services` of `His Majesty's
Inspectorate of Constabulary and Fire & Rescue Services`, `Refugees and Citizenship Canada` of `Immigration, Refugees
and Citizenship Canada`, `Student Voice` of `MU Student Voice`), and the row speaks as the whole name. A legal form or a union's local written
only after a body's name and its comma (`Inc.` of `Orlenby Therapeutics, Inc.`, `Local 212` of `Harbour Pipers'
Guild, Local 212`) is that name cut at the comma, and a spot after a post and `of` (`HM Inspector of Fire & Rescue
Services Jo Roe`) is the post's remit, passed over (wave 39c). A body's name the text writes only with a possessive
ending (`Pellow's`, a name that is itself a possessive) keeps it (wave 44a).

A spot of the speaker is cut when capitalised words run on from it (joined by `of`, `and`, `&`, never `for`: `X Polling for the Y Trust` is X's; on the left
also by one comma when the speaker's second word is `and`, and never over a word that only opens a sentence, `The`,
`Meanwhile`, unless `His` or `Her` before a possessive, `His Majesty's`). A speaker with a cut spot and every other
spot written as a place (`in Klickmore County` beside `Klickmore County Public Health`, `place_speakers`) takes the
whole name at the cut spot nearest before its row, when that name reads as a body's and ends on no post (`Civic
Forward MLA`). A speaker that reads as a body itself keeps its name against words after it (`Arden Schools Board
of Education`: the board is a body of its own) unless the text also writes it as a place.

A name the text writes at least twice, every time right after the same capitalised word (past spaces or one line
break), is whole with that word though it is a title or opens a sentence (`Major\nLeague Baseball`, `Te Ara Kelvale
has admitted`; a person-read name only when the word is no title, never after `His` or `Her`: wave 58n).
"""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..union_branches import NUMBERED_UNIT_RE
from ..vocabulary import (GIVEN_NAMES, HONORIFICS, LEGAL_FORMS, ORG_HEADS, PLACE_WORDS, MONTHS, POST_NOMINALS, ROLES,
                          WEEKDAYS, names_no_one, SINGULAR_POSSESSIVES)
from .place_speakers import name_spots, placed_spot, reads_as_body
from .records import Found

_RIGHT_RE = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?|(?:and|&)[ \t]+)?(?P<word>[A-Z][\w-]*(?:['’](?![sS]\b))?)")
"""A capitalised word running a name on to the right, past a joining word (`Public`, `of Ardcarrig`)."""
_LEFT_RE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)(?P<join>[ \t]+(?:(?:of|and|&)[ \t]+)?)$")
"""A capitalised word running a name on to the left, with the joining word after it (`Constabulary and `)."""
_COMMA_LEFT_RE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][\w'’-]*),[ \t]+$")
"""A name's first item and its comma before a list of items (`Immigration, `)."""
_POST_OF_RE = re.compile(r"(?<![\w'’-])(?P<role>[A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")
"""A post before the body's remit it holds (`HM Inspector of `): the spot after it belongs to the post."""
_SUFFIX_COMMA_RE = re.compile(r"(?<=[\w.'’]),[ \t]+$")
"""The comma between a body's name and its legal form or local (`Orlenby Therapeutics, `)."""
_WORD_RE = re.compile(r"[^\W\d_][\w'’&.-]*")
_OPENING_RE = re.compile(r"(?:^|[.!?:][\"”’']?[ \t]+|\n[ \t]*)$")
"""Where a sentence or a line opens, right before a word."""
_ROYAL_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:His|Her)[ \t]+$")
"""`His` or `Her` right before a possessive that opens a name (`His Majesty's`)."""
_ROYAL = frozenset({"his", "her"})
"""Words that open a sentence yet open a name before a possessive (`His Majesty's`)."""
_SPAN = 120
"""How far to the left of a spot a name is read."""


def whole_cut_names(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with every speaker that is a cut name given the whole name at its spot nearest the row."""
    wholes: dict[str, list[tuple[int, str]] | None] = {}
    possessives: dict[str, str] = {}
    opened_people: dict[str, str | None] = {}
    opened_bodies: dict[str, str | None] = {}
    rows = []
    for item in found:
        speaker = item.speaker
        if item.kind in BODY_KINDS and speaker[:1].isupper():
            if speaker not in wholes:
                wholes[speaker] = cut_spots(text, speaker)
            cuts = wholes[speaker]
            if cuts:
                speaker = nearest_whole(cuts, item.span[1])
            elif (opened := _opened_once(opened_bodies, text, speaker)) is not None:
                speaker = opened  # `Major\nLeague Baseball` at every spot (58n)
            elif "'" not in speaker and "\u2019" not in speaker:
                if speaker not in possessives:
                    possessives[speaker] = whole_possessive(text, speaker)
                speaker = possessives[speaker]  # `Pellow's`, never written `Pellow`
        elif item.kind == "person" and speaker[:1].isupper():
            if speaker not in opened_people:
                opened_people[speaker] = opened_name(text, speaker, titles=False)
            speaker = opened_people[speaker] or speaker  # `Te Ara Kelvale` (58n)
        rows.append(item if speaker == item.speaker else item._replace(speaker=speaker))  # most rows keep theirs
    return rows


def _opened_once(opened: dict[str, str | None], text: str, speaker: str) -> str | None:
    """Return `opened_name` for a body's speaker, read once per speaker and text (every row of a name asks again:
    a release of 600 rows of one body read its 600 spots 600 times)."""
    if speaker not in opened:
        opened[speaker] = opened_name(text, speaker)
    return opened[speaker]


MIN_POSSESSIVE_SPOTS = 2
"""How often a text writes a name, always with its possessive ending, for that ending to be the name's own."""
_POSSESSIVE_AFTER_RE = re.compile(r"['\u2019]s\b")
"""A possessive ending right after a name's spot (`Pellow's`)."""


def whole_possessive(text: str, speaker: str) -> str:
    """Return a body's one-word name as the text always writes it, at least twice, when that is with a possessive
    ending (`Pellow's`, a name that is itself a possessive: the text never writes `Pellow` alone); else the speaker as
    it is (wave 44a). A longer name (`Vale District Council's report`) is a body's written once as an owner."""
    if " " in speaker or speaker.lower() in ORG_HEADS:
        return speaker
    if not any(speaker + ending in text for ending in SINGULAR_POSSESSIVES):
        return speaker  # the cheap test first: no spot of the name with its possessive ending (no pattern compiled)
    spots = [m.end() for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(speaker)}(?![\w-])", text)]
    ends = [_POSSESSIVE_AFTER_RE.match(text, at) for at in spots]
    if len(spots) < MIN_POSSESSIVE_SPOTS or any(end is None for end in ends):
        return speaker
    return text[spots[0] - len(speaker):spots[0] + 2]


_WORD_BEFORE_RE = re.compile(r"(?P<word>[A-Z](?<![\w'’-][A-Z])[\w'’-]*)[ \t]*\n?[ \t]*$")
"""A capitalised word right before a spot, past spaces and at most one line break (`Major\\n`); its capital is written
first and what stands before it checked behind it, so that the engine skips fast to a capital."""
MIN_OPENED_SPOTS = 2
"""How often a text writes a name, always after the same word, for that word to open the name."""


def opened_name(text: str, speaker: str, titles: bool = True) -> str | None:
    """Return a body's name with the one capitalised word the text writes right before it at every spot, at least
    twice, though that word is a title or opens a sentence or a line (`Major\\nLeague Baseball`, `Te Ara Kelvale has
    admitted`): the text shows the name's bound (wave 58n); None when the spots differ or the word opens nothing, or is
    a title without `titles` (a person's name: `Minister Jo Roe` at every spot is still Jo Roe)."""
    spots = name_spots(text, speaker)
    if len(spots) < MIN_OPENED_SPOTS:
        return None  # the count first: most names are written once, and no word before them need be read (62s)
    before = {word_before(text, at) for at in spots}
    if len(before) != 1 or any(styled(text, at) for at in spots):
        return None
    word = before.pop()
    bare = "" if word is None else word.rstrip("'’").lower()
    if word is None or names_no_one(bare) or bare in HONORIFICS or not titles and bare in ROLES:
        return None
    if not titles and closes_body(word, speaker):
        return None  # "Head of the KVA Tomas Brennan" at every spot: the post's body, then the person (61f)
    return f"{word} {speaker}"


def closes_body(word: str, person: str) -> bool:
    """Say whether the capitalised word before every spot of a person's name ends a body's name rather than opens hers:
    a body's letters or head noun (`KVA`, `Trust`), or any word but a given name before a name that opens on a given
    name (`Tomas Brennan`; `Te Ara Kelvale`, read as a person's, still opens on `Te`)."""
    bare = word.rstrip("'’")
    if len(bare) > 1 and bare.isupper() or bare.lower() in ORG_HEADS:
        return True
    return person.split()[0].lower() in GIVEN_NAMES and bare.lower() not in GIVEN_NAMES


def styled(text: str, at: int) -> bool:
    """Say whether a spot follows a style of address (`Her Worship Janine Lavoie`): the style is no part of a name."""
    found = _WORD_BEFORE_RE.search(text, max(0, at - _SPAN), at)
    return found is not None and _ROYAL_BEFORE_RE.search(text, max(0, found.start() - _SPAN), found.start()) is not None


def word_before(text: str, at: int) -> str | None:
    """Return the capitalised word right before a spot, past spaces and at most one line break, or None."""
    found = _WORD_BEFORE_RE.search(text, max(0, at - _SPAN), at)
    return found.group("word") if found is not None and found.end() == at and found.start() < at - len(found["word"]) \
        else None


def nearest_whole(cuts: list[tuple[int, str]], end: int) -> str:
    """Return the whole name of the last cut spot before a row's end, else of the first cut spot."""
    before = [whole for at, whole in cuts if at < end]
    return before[-1] if before else cuts[0][1]


def cut_spots(text: str, speaker: str) -> list[tuple[int, str]] | None:
    """Return the cut spots of a speaker and their whole names, or None when it is written alone somewhere, written
    nowhere, or a body's name runs on into another's."""
    runs: list[tuple[int, str, str]] = []
    placed = False
    for at in name_spots(text, speaker):
        left, right = left_run(text, at, speaker), right_run(text, at + len(speaker))
        if post_spot(text, at):
            continue  # `HM Inspector of Fire & Rescue Services Jo Roe`: the post's remit, neither alone nor a body
        if left or right:
            runs.append((at, left, right))
        elif placed_spot(text, at, speaker):
            placed = True
        else:
            return None  # written alone: the speaker's own name
    if not runs or not all(whole_body(left, right, speaker, placed) for _, left, right in runs):
        return None  # `Board of Acme plc`, `Arden Schools Board of Education`: another body's name
    return [(at, left + speaker + right) for at, left, right in runs]


def post_spot(text: str, at: int) -> bool:
    """Say whether a spot of the speaker follows a post and `of` (`HM Inspector of `): the post's remit."""
    found = _POST_OF_RE.search(text, max(0, at - _SPAN), at)
    return found is not None and found.group("role").lower() in ROLES


def whole_body(left: str, right: str, speaker: str, placed: bool) -> bool:
    """Say whether a whole name may stand for a cut speaker that reads as a body itself: never as its part after `of`
    (`Board of Acme plc` speaks as Acme), and words after it only when it ends on a place's word and the text also
    writes it as a place (`Klickmore County`)."""
    words = _WORD_RE.findall(speaker)
    if not reads_as_body(words):
        return True
    if left.split()[-1:] == ["of"]:
        return False
    return not right or placed and words[-1].lower() in PLACE_WORDS


def runs_on(word: str) -> bool:
    """Say whether a capitalised word may run a name on to the right: no post (`MLA`), honorific or day."""
    bare = word.rstrip("'’").lower()
    return bare not in POST_NOMINALS and bare not in HONORIFICS and bare not in WEEKDAYS and bare not in MONTHS


def opens_on(word: str) -> bool:
    """Say whether a capitalised word may run a name on to the left: no word that only opens a sentence (`The`), no
    title or honorific (`Chief`, `Dr`)."""
    bare = word.rstrip("'’").lower()
    return not names_no_one(bare) and bare not in ROLES and bare not in HONORIFICS


def right_run(text: str, end: int) -> str:
    """Return the capitalised words that run a name on from its end (`Public Media`), none ending on a join."""
    run = ""
    while (found := _RIGHT_RE.match(text, end)) is not None and runs_on(found.group("word")):
        run, end = run + found.group(), found.end()
    return run


def left_run(text: str, start: int, speaker: str) -> str:
    """Return the capitalised words that run a name on before its start (`His Majesty's Inspectorate of Constabulary
    and `, `MU `, `Mid-Arden `, `Immigration, `, `Orlenby Therapeutics, ` before `Inc.`)."""
    before = text[max(0, start - _SPAN):start]
    comma = _SUFFIX_COMMA_RE.search(before) if name_suffix(speaker) else None
    if comma is not None:
        name = words_left(before[:comma.start()] + " ", openings=True)
        return name[:-1] + comma.group() if name and unit_owner(name, speaker) else ""
    run = words_left(before)
    if not run and len(speaker.split()) > 2 and speaker.split()[1] in ("and", "&"):
        comma = _COMMA_LEFT_RE.search(before)  # nothing ran on: `before` is still the whole stretch
        run = comma.group() if comma is not None and not names_no_one(comma.group("word")) else ""
    return run


def words_left(before: str, openings: bool = False) -> str:
    """Return the capitalised words that run a name on at the end of some text, with their joins (`His Majesty's
    Inspectorate of Constabulary and `); a sentence's first word too with `openings` (a name before its legal form's
    comma, `Orlenby Therapeutics, `, is a name from its first word; `opens_on` still refuses `The`)."""
    run = ""
    while (found := _LEFT_RE.search(before)) is not None:
        word, rest = found.group("word"), before[:found.start()]
        if royal_opening(word, run):
            return found.group() + run
        if not takes_left(word, found.group("join"), rest, openings):
            break
        run, before = found.group() + run, rest
    return run


def name_suffix(speaker: str) -> bool:
    """Say whether a speaker is only a legal form (`Inc.`, `Ltd`) or a union's numbered unit (`Local 212`, `Lodge 9`):
    what follows a body's name after a comma."""
    return speaker.rstrip(".").lower() in LEGAL_FORMS or NUMBERED_UNIT_RE.fullmatch(speaker) is not None


def unit_owner(name: str, speaker: str) -> bool:
    """Say whether a name before a comma may own what follows it: a union's local only a body's name (`Harbour
    Pipers' Guild, Local 212`, never `Morwen Tacey, Local 12`); a legal form any name (`Acme, Inc.`)."""
    return NUMBERED_UNIT_RE.fullmatch(speaker) is None or reads_as_body(_WORD_RE.findall(name))


def takes_left(word: str, join: str, rest: str, openings: bool = False) -> bool:
    """Say whether a word before a name runs it on: no title, no owner (`Agriculture's`), `of` only after a body's
    head (`Inspectorate of`, never `Jo Roe of`), an owner only after `His` or `Her`, and a sentence's first word only when hyphened, in capitals or
    joined (`Mid-Arden`, `MU`; never `Separate`), or any word with `openings`."""
    joined = join.strip()
    if not opens_on(word) or word.endswith(SINGULAR_POSSESSIVES) and _ROYAL_BEFORE_RE.search(rest) is None:
        return False
    if joined == "of" and word.lower() not in ORG_HEADS:
        return False
    return openings or _OPENING_RE.search(rest) is None or "-" in word or word.isupper() or bool(joined)


def royal_opening(word: str, run: str) -> bool:
    """Say whether `His` or `Her` opens a name before a possessive (`His Majesty's Inspectorate`)."""
    return word.lower() in _ROYAL and run[:1].isupper() and run.split()[0].endswith(SINGULAR_POSSESSIVES)
