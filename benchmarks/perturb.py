"""Robustness to surface changes: a metamorphic benchmark of extraction on the press corpus.

    python -m benchmarks.perturb [--corpus DIR] [--transform NAME ...] [--per-text] [--misses] [--json]

Each transform rewrites a development text and its gold the same way, so that the gold stays true by
construction: it renames the gold person speakers (pools of `perturb_data/people.json`), renames or
rebuilds the organisation speakers (`perturb_data/organisations.json`), or swaps reporting verbs and
titles for equivalents (`perturb_data/wording.json`). A transform is a pure function (text, gold) ->
(text, gold): it builds whole-word swaps from the gold and applies the very same swaps to the text and to
every speaker, alias, key and not-claim phrase; nothing is recomputed by hand. The rewritten gold is
checked by the scorer's own checks (`benchmarks.quality`): a variant whose keys no longer occur in its
text is skipped and counted. Random choices use a seed made of SEED, the transform and the text's name,
so every run gives the same variants.

Each variant is scored with `benchmarks.quality`'s functions and compared with its unperturbed text
scored in the same run: a text the transform leaves unchanged is not counted; **lost** are claims with
the right speaker on the original and not on the variant, **gained** the reverse.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from nameparser.config import CONSTANTS

from benchmarks import quality
from benchmarks.quality import Gold, GoldError, Row, Score
from claims import extract_text, load_source

DATA = Path(__file__).resolve().parent / "perturb_data"
SEED = 8
"""Part of every random choice's seed: change it to draw other names."""
AUXILIARIES = ("has", "had", "have", "was", "were", "is", "are", "be", "been", "being")
"""Words after which a verb swap with `after_auxiliary: false` leaves the verb (`has said`)."""
EXTRA_TITLES = frozenset({"cllr", "councillor", "cathaoirleach", "supt", "insp", "sgt", "mx"})
"""Honorifics nameparser's title list lacks, stripped before a person's name."""
PARTICLES = frozenset({"de", "del", "della", "der", "den", "van", "von", "la", "le", "du", "da", "di", "bin",
                       "binti", "al", "ap", "ó", "ní", "mac", "mc", "nic", "mhic", "ua", "y"})
"""Lower-case words that may sit inside a person's name."""
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
BRACKETED = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)$")

RawGold = dict[str, Any]
Transform = Callable[[str, RawGold], tuple[str, RawGold]]


@dataclass(frozen=True)
class Swap:
    """One whole-word replacement: `old` (any white space between its words) becomes `new`."""

    old: str
    new: str
    after_auxiliary: bool = True
    not_before: str = ""
    label: bool = False


@dataclass(frozen=True)
class Case:
    """One development text as read from disk, with its raw gold and its checked gold."""

    name: str
    path: Path
    text: str
    data: RawGold
    gold: Gold


@dataclass(frozen=True)
class Loss:
    """A claim with the right speaker on the original text and not on its variant."""

    text: str
    speaker: str
    keys: tuple[str, ...]
    problem: str


@dataclass
class Outcome:
    """What one transform did to the corpus: variant and baseline scores on the texts it changed."""

    name: str
    texts: int = 0
    skipped: int = 0
    variant: Score = field(default_factory=Score)
    baseline: Score = field(default_factory=Score)
    lost: list[Loss] = field(default_factory=list)
    gained: int = 0
    per_text: dict[str, tuple[Score, Score]] = field(default_factory=dict)


@dataclass(frozen=True)
class Baseline:
    """An original text's rows, score and per-claim problems (None: right speaker)."""

    rows: list[Row]
    score: Score
    problems: list[str | None]


# --- swaps --------------------------------------------------------------------------------------------

def swap_pattern(swap: Swap) -> str:
    """The regular expression of a swap: its words as whole words, honouring its guards; a label only
    where it opens a line before a colon (`AN:` in a Q&A)."""
    if swap.label:
        return rf"(?<![^\n]){re.escape(swap.old)}(?=[ \t]*:)"
    body = r"\s+".join(re.escape(word) for word in swap.old.split())
    guard = "" if swap.after_auxiliary else "".join(rf"(?<!\b{aux} )" for aux in AUXILIARIES)
    tail = f"(?!{swap.not_before})" if swap.not_before else ""
    return rf"(?<![\w'’-]){guard}{body}(?![\w-]){tail}"


def apply_swaps(text: str, swaps: Sequence[Swap]) -> str:
    """Replace every swap's words at once (longest first, so a full name wins over its parts)."""
    if not swaps:
        return text
    ordered = sorted(swaps, key=lambda swap: -len(swap.old))
    pattern = re.compile("|".join(f"(?P<s{i}>{swap_pattern(swap)})" for i, swap in enumerate(ordered)))
    return pattern.sub(lambda match: ordered[int(str(match.lastgroup)[1:])].new, text)


def with_capitals(swaps: Sequence[Swap]) -> list[Swap]:
    """The swaps plus their all-capitals forms (`HAYWOOD` -> `OKECHUKWU`), first come first kept."""
    extra = [Swap(s.old.upper(), s.new.upper(), s.after_auxiliary, s.not_before, s.label)
             for s in swaps if s.old.upper() != s.old]
    return unique([*swaps, *extra])


def unique(swaps: Sequence[Swap]) -> list[Swap]:
    """Keep the first swap of each old phrase."""
    seen: dict[str, Swap] = {}
    for swap in swaps:
        seen.setdefault(swap.old, swap)
    return list(seen.values())


def rewrite_gold(data: RawGold, swaps: Sequence[Swap]) -> RawGold:
    """The gold with the swaps applied to every speaker, alias, key and not-claim phrase."""
    def rewrite(strings: list[str]) -> list[str]:
        return [apply_swaps(s, swaps) for s in strings]
    claims = [{**claim, "speaker": apply_swaps(claim["speaker"], swaps),
               "speaker_aliases": rewrite(claim.get("speaker_aliases", [])), "keys": rewrite(claim["keys"])}
              for claim in data["claims"]]
    return {**data, "claims": claims, "not_claims": rewrite(data.get("not_claims", []))}


def swapped(text: str, data: RawGold, swaps: Sequence[Swap]) -> tuple[str, RawGold]:
    """Apply the same swaps to a text and its gold."""
    swaps = with_capitals(swaps)
    return apply_swaps(text, swaps), rewrite_gold(data, swaps)


def rng_for(transform: str, data: RawGold) -> random.Random:
    """A random generator seeded by SEED, the transform's name and the text's name."""
    return random.Random(f"{SEED}:{transform}:{data.get('text', '')}")


def load_data(name: str) -> dict[str, Any]:
    """Read one of the data files under perturb_data/."""
    loaded: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return loaded


def speakers_of(data: RawGold, kind: str) -> list[RawGold]:
    """The first claim of each distinct speaker of a kind, in text order."""
    seen: dict[str, RawGold] = {}
    for claim in data["claims"]:
        if quality.canonical_kind(claim.get("kind", "")) == kind:
            seen.setdefault(claim["speaker"], claim)
    return list(seen.values())


# --- people -------------------------------------------------------------------------------------------

def is_title(word: str) -> bool:
    """True for an honorific or a title word (Dr, Cllr, Professor, Mayor)."""
    plain = word.casefold().strip(".")
    return plain in CONSTANTS.titles or plain in EXTRA_TITLES


def is_name_word(word: str) -> bool:
    """True for a word that can be part of a person's name: capitalised, or a particle (van, de, Ó)."""
    return bool(re.fullmatch(r"[^\W\d_][\w'’.-]*", word)) and (word[0].isupper() or word.casefold() in PARTICLES)


def is_initial(word: str) -> bool:
    """True for an initial such as `J.` or `J.B.`."""
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", word))


def person_name(speaker: str) -> tuple[str, str] | None:
    """A person speaker's given name ("" when only an initial or nothing) and family name, or None."""
    words = speaker.split()
    while words and is_title(words[0]):
        words = words[1:]
    if not words or not all(is_name_word(word) for word in words) or words[-1].casefold() in PARTICLES:
        return None
    if len(words) == 1:
        return "", words[0]
    family = words[1:]
    while len(family) > 1 and is_initial(family[0]):
        family = family[1:]
    return ("" if is_initial(words[0]) else words[0]), " ".join(family)


def is_common_word(phrase: str, text: str) -> bool:
    """True when a name also occurs in lower case in the text (`Marsh`, `the marsh`): it is left alone."""
    lower = phrase.lower()
    return lower != phrase and re.search(swap_pattern(Swap(lower, "")), text) is not None


def person_swaps(text: str, data: RawGold, pool: dict[str, list[str]], rng: random.Random) -> list[Swap]:
    """Swaps renaming each gold person's given and family names by names drawn from a pool."""
    names = [name for claim in speakers_of(data, "person") if (name := person_name(claim["speaker"]))]
    givens, families = rng.sample(pool["given"], len(pool["given"])), rng.sample(pool["family"], len(pool["family"]))
    swaps = [Swap(given, new) for (given, _), new in zip(names, givens) if given]
    swaps += [Swap(family, new) for (_, family), new in zip(names, families)]
    kept = unique([swap for swap in swaps if not is_common_word(swap.old, text)])
    return kept + label_swaps(text, names, kept)


def initials_of(given: str, family: str) -> str:
    """A person's initials as a Q&A's speaker labels write them (`Amara Nwosu` -> `AN`)."""
    return "".join(word[0] for word in (given, *family.split()) if word[:1].isupper())


def label_swaps(text: str, names: Sequence[tuple[str, str]], swaps: Sequence[Swap]) -> list[Swap]:
    """Swaps renaming each renamed person's initials where the text labels answers by them (`AN:` -> `NO:`)."""
    new = {swap.old: swap.new for swap in swaps}
    pairs = [(initials_of(given, family), initials_of(new.get(given, given), new.get(family, family)))
             for given, family in names if given]
    swaps = [Swap(old, renamed, label=True) for old, renamed in pairs if len(old) > 1 and old != renamed]
    return unique([swap for swap in swaps if re.search(swap_pattern(swap), text)])


def rename_people(pool_name: str) -> Transform:
    """A transform renaming every gold person speaker by names of one pool of people.json."""
    pool = load_data("people.json")[pool_name]

    def transform(text: str, data: RawGold) -> tuple[str, RawGold]:
        """Rename the gold person speakers of a text consistently (text, speakers, aliases, keys)."""
        return swapped(text, data, person_swaps(text, data, pool, rng_for(f"people-{pool_name}", data)))
    return transform


# --- organisations ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrgForms:
    """The spellings of one organisation the gold gives: its fullest name, shorter names, acronyms."""

    full: str
    shorts: tuple[str, ...]
    acronyms: tuple[str, ...]


def clean_form(form: str) -> tuple[str, str]:
    """A speaker spelling without a leading `the`, a possessive or a bracketed acronym: (name, acronym)."""
    name = re.sub(r"^[Tt]he\s+", "", form.strip())
    name = re.sub(r"['’]s$", "", name)
    bracketed = BRACKETED.search(name)
    return (BRACKETED.sub("", name), bracketed.group(1)) if bracketed else (name, "")


def is_org_name(name: str, small_words: frozenset[str]) -> bool:
    """True for a spelling that is a name: every word capitalised, a figure or a small word (of, and, plc)."""
    return all(word[0].isupper() or word[0].isdigit() or word in small_words for word in name.split())


def org_forms(claim: RawGold, small_words: frozenset[str]) -> OrgForms | None:
    """The name forms of an organisation speaker from its speaker and aliases, or None when it has none."""
    cleaned = [clean_form(form) for form in (claim["speaker"], *claim.get("speaker_aliases", []))]
    names = [name for name, _ in cleaned
             if ACRONYM.fullmatch(name) or (name and is_org_name(name, small_words) and name.upper() != name)]
    acronyms = {name for name in names if ACRONYM.fullmatch(name)} | {acr for _, acr in cleaned if acr}
    longer = sorted({name for name in names if name not in acronyms}, key=lambda name: (-len(name), name))
    if not longer and not acronyms:
        return None
    full = longer[0] if longer else ""
    return OrgForms(full, tuple(longer[1:]), tuple(sorted(acronyms)))


def stem_of(name: str, generic: frozenset[str], connectors: frozenset[str]) -> str:
    """The words of a name that say which body it is (`Fenland and Wolds` of `Fenland and Wolds Ambulance Service`)."""
    run: list[str] = []
    for word in name.split():
        if word in generic or (word in connectors and not run):
            if run:
                break
            continue
        run.append(word)
    while run and run[-1] in connectors:
        run.pop()
    return " ".join(run)


def head_of(name: str, connectors: frozenset[str]) -> str:
    """The word that says what a body is: before `of` (`Department of ...`), else the last word."""
    words = name.split()
    if len(words) > 2 and words[1] in connectors and words[1] != "and":
        return words[0]
    return words[-1] if words else ""


class OrgVocabulary:
    """The organisations data file, read once: generic words, connectors, invented names, builds."""

    def __init__(self, data: dict[str, Any]) -> None:
        """Keep the lists of organisations.json as sets and tuples."""
        self.generic = frozenset(data["generic"])
        self.connectors = frozenset(data["connectors"])
        self.stems: list[str] = data["stems"]
        self.brands: list[str] = data["brands"]
        self.acronyms: list[str] = data["acronyms"]
        self.builds: list[dict[str, Any]] = data["builds"]

    def build(self, full: str) -> str:
        """The template that rebuilds a name differently, chosen by its head word."""
        head = head_of(full, self.connectors)
        return next(b["name"] for b in self.builds if head in b["heads"] or not b["heads"])

    def named_shorts(self, forms: OrgForms) -> list[str]:
        """The short names that hold a stem (`Rivermead Partnership`, not a bare `Department` or `Board`)."""
        return [name for name in forms.shorts if stem_of(name, self.generic, self.connectors)]

    def stems_of(self, forms: OrgForms) -> list[str]:
        """The distinct stems of an organisation's full and short names."""
        stems = [stem_of(name, self.generic, self.connectors) for name in (forms.full, *forms.shorts)]
        return list(dict.fromkeys(stem for stem in stems if stem))


def initials(name: str, connectors: frozenset[str]) -> str:
    """The acronym of a name: the first letters of its words other than connectors."""
    return "".join(word[0].upper() for word in name.split() if word not in connectors)


def organisations(data: RawGold, vocabulary: OrgVocabulary) -> list[OrgForms]:
    """The name forms of every gold organisation speaker of a text."""
    found = [org_forms(claim, vocabulary.connectors | vocabulary.generic) for claim in speakers_of(data, "organisation")]
    return [forms for forms in found if forms]


def stem_swaps(forms: OrgForms, new: str, vocabulary: OrgVocabulary) -> list[Swap]:
    """Swaps giving an organisation a new stem and keeping its structure (`Fenwick Water` -> `Saltharrow Water`)."""
    return [Swap(stem, new) for stem in vocabulary.stems_of(forms)]


def rebuilt_swaps(forms: OrgForms, stem: str, brand: str, vocabulary: OrgVocabulary) -> list[Swap]:
    """Swaps rebuilding an organisation's name differently (`X Trust` -> `Y Health Partnership`, a plc -> a brand)."""
    template = vocabulary.build(forms.full) if forms.full else "{brand}"
    full = template.format(stem=stem, brand=brand)
    short = brand if "{brand}" in template else stem
    acronym = brand if "{brand}" in template else initials(full, vocabulary.connectors)
    olds = [(forms.full, full)] if forms.full else []
    olds += [(name, short) for name in (*vocabulary.named_shorts(forms), *vocabulary.stems_of(forms))]
    return [Swap(old, new) for old, new in olds] + [Swap(acr, acronym) for acr in forms.acronyms]


def acronym_swaps(forms: OrgForms, acronym: str, vocabulary: OrgVocabulary) -> list[Swap]:
    """Swaps calling an organisation by an acronym only, everywhere."""
    names = [forms.full, *vocabulary.named_shorts(forms), *forms.acronyms, *vocabulary.stems_of(forms)]
    bracketed = [f"{forms.full} ({acr})" for acr in forms.acronyms if forms.full]
    return [Swap(name, acronym) for name in (*bracketed, *names) if name]


def org_swaps(style: str, data: RawGold, vocabulary: OrgVocabulary, rng: random.Random) -> list[Swap]:
    """Swaps renaming every organisation speaker of a text in one style: stem, rebuilt or acronym."""
    orgs = organisations(data, vocabulary)
    stems = rng.sample(vocabulary.stems, len(vocabulary.stems))
    brands = rng.sample(vocabulary.brands, len(vocabulary.brands))
    acronyms = rng.sample(vocabulary.acronyms, len(vocabulary.acronyms))
    swaps: list[Swap] = []
    for forms, stem, brand, acronym in zip(orgs, stems, brands, acronyms):
        swaps += (stem_swaps(forms, stem, vocabulary) if style == "stem" else
                  rebuilt_swaps(forms, stem, brand, vocabulary) if style == "rebuilt" else
                  acronym_swaps(forms, acronym, vocabulary))
    return unique(swaps)


def rename_organisations(style: str) -> Transform:
    """A transform renaming every gold organisation speaker: `stem`, `rebuilt` or `acronym`."""
    vocabulary = OrgVocabulary(load_data("organisations.json"))

    def transform(text: str, data: RawGold) -> tuple[str, RawGold]:
        """Rename the gold organisation speakers of a text consistently."""
        return swapped(text, data, org_swaps(style, data, vocabulary, rng_for(f"orgs-{style}", data)))
    return transform


# --- wording ------------------------------------------------------------------------------------------

def wording_swaps(entry: dict[str, Any]) -> list[Swap]:
    """The swaps of one wording.json entry."""
    return [Swap(old, new, entry.get("after_auxiliary", True), entry.get("not_before", ""))
            for old, new in entry["swaps"].items()]


def swap_words(name: str) -> Transform:
    """A transform swapping words for equivalents by one entry of wording.json (the same in every text)."""
    swaps = wording_swaps(load_data("wording.json")[name])

    def transform(text: str, data: RawGold) -> tuple[str, RawGold]:
        """Swap the entry's words in a text and its gold."""
        return apply_swaps(text, swaps), rewrite_gold(data, swaps)
    return transform


# --- surface noise ------------------------------------------------------------------------------------
# Real pages vary what the writer never chose: the quotation marks, hard line breaks, paragraph breaks,
# list markers, the kind of space. The scorer folds white space (`quality.fold`), so transforms of white
# space leave the gold as it is; a change of marks is applied alike to the text and every gold string.

WRAP_WIDTH = 70
"""Columns at which `wrapped` breaks the lines of a paragraph."""
TITLE_WORDS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Cllr", "Sir", "Dame", "Lord", "Lady")
"""Titles after which `nbsp` puts a non-breaking space."""
BULLET = re.compile(r"(?m)^[ \t]*(?:[•\-*–·▪◦●]|\d{1,2}[.)]|\([a-z]\))[ \t]+(?=\S)")
"""A list marker at the start of a line, with its indentation and the space after it."""
BULLET_STYLES = ("• ", "- ", "* ", "– ", "· ", "  • ", "    - ", "{n}. ", "{n}) ", "({a}) ", "  {n}. ")
"""The markers `bullets` draws from: `{n}` numbers the items of a list, `{a}` letters them."""


def rewrite_gold_with(data: RawGold, change: Callable[[str], str]) -> RawGold:
    """The gold with a change applied to every speaker, alias, key and not-claim phrase."""
    claims = [{**claim, "speaker": change(claim["speaker"]),
               "speaker_aliases": [change(s) for s in claim.get("speaker_aliases", [])],
               "keys": [change(s) for s in claim["keys"]]} for claim in data["claims"]]
    return {**data, "claims": claims, "not_claims": [change(s) for s in data.get("not_claims", [])]}


def changed_alike(change: Callable[[str], str]) -> Transform:
    """A transform applying one string change to a text and to every string of its gold."""
    def transform(text: str, data: RawGold) -> tuple[str, RawGold]:
        """Apply the change to the text and its gold."""
        return change(text), rewrite_gold_with(data, change)
    return transform


def keep_spellings(old: RawGold, new: RawGold) -> RawGold:
    """A rewritten gold whose speakers also keep their old spellings as aliases (`Roe's` beside `Roe’s`)."""
    claims = [{**claim, "speaker_aliases": list(dict.fromkeys(
        [*claim["speaker_aliases"], *([was["speaker"]] if was["speaker"] != claim["speaker"] else []),
         *was.get("speaker_aliases", [])]))} for was, claim in zip(old["claims"], new["claims"])]
    return {**new, "claims": claims}


def marks_changed(change: Callable[[str], str]) -> Transform:
    """A transform changing quotation marks and apostrophes alike in a text and its gold; a speaker's
    name may be spelled with either apostrophe (the extractor writes names with a straight one)."""
    def transform(text: str, data: RawGold) -> tuple[str, RawGold]:
        """Apply the change to the text and its gold, keeping the speakers' old spellings as aliases."""
        return change(text), keep_spellings(data, rewrite_gold_with(data, change))
    return transform


def single_quotes(text: str) -> str:
    """Double quotation marks become single ones of the same style; apostrophes stay as they are."""
    marks: dict[str, str | int | None] = {'"': "'", "“": "‘", "”": "’"}
    return text.translate(str.maketrans(marks))


def straight_quotes(text: str) -> str:
    """Curly quotation marks and apostrophes become straight ones."""
    marks: dict[str, str | int | None] = {"“": '"', "”": '"', "‘": "'", "’": "'"}
    return text.translate(str.maketrans(marks))


def curly_mark(text: str, at: int) -> str:
    """The curly form of the straight mark at `at`: opening before a word unless it follows one."""
    mark, before = text[at], text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    opening = (after.isalnum() or after in "‘“…$£€(") and not (before.isalnum() or before in ".,;:!?%)")
    if mark == '"':
        return "“" if opening else "”"
    return "‘" if opening else "’"


def curly_quotes(text: str) -> str:
    """Straight quotation marks and apostrophes become curly ones, chosen by the characters around them."""
    return re.sub(r"[\"']", lambda match: curly_mark(text, match.start()), text)


def wrap_line(line: str, width: int = WRAP_WIDTH) -> str:
    """A line broken at spaces into lines of at most `width` columns (a longer word stays whole)."""
    out: list[str] = []
    current = ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return "\n".join([*out, current])


def wrapped(text: str) -> str:
    """Every line hard-wrapped at about 70 columns, blank lines between paragraphs kept."""
    return "\n".join(wrap_line(line) if len(line) > WRAP_WIDTH else line for line in text.split("\n"))


def single_newlines(text: str) -> str:
    """Paragraphs separated by one newline; a text without blank lines gets a blank line at each break."""
    if re.search(r"\n[ \t]*\n", text):
        return re.sub(r"\n(?:[ \t]*\n)+", "\n", text)
    return text.replace("\n", "\n\n")


def bullet_marker(style: str, item: int) -> str:
    """One list marker of a style for the item-th item of a list (numbered or lettered from 1 / a)."""
    return style.format(n=item + 1, a="abcdefghijklmnopqrstuvwxyz"[item % 26])


def rebulleted(text: str, rng: random.Random) -> str:
    """Every list's markers swapped for one other style drawn at random, numbered within the list."""
    lines, item, style = text.split("\n"), 0, ""
    for i, line in enumerate(lines):
        match = BULLET.match(line)
        if not match:
            item = 0 if line.strip() else item
            continue
        style = style if item else rng.choice(BULLET_STYLES)
        lines[i] = bullet_marker(style, item) + line[match.end():]
        item += 1
    return "\n".join(lines)


def bullets(text: str, data: RawGold) -> tuple[str, RawGold]:
    """Swap the list markers of a text (the gold quotes no marker, so it stays as it is)."""
    return rebulleted(text, rng_for("bullets", data)), data


def odd_spaces(text: str) -> str:
    """Non-breaking spaces after titles and inside figures, thin spaces in thousands, two spaces after a sentence
    (after a lower-case word or a figure, never after an abbreviation such as `St.`)."""
    text = re.sub(rf"\b({'|'.join(TITLE_WORDS)})\.? (?=[A-Z])", lambda m: m.group(0)[:-1] + "\u00a0", text)
    text = re.sub(r"(\d) (million|billion|bn|m|per cent|percent|years?|months?|weeks?|days?)\b", "\\1\u00a0\\2", text)
    text = re.sub(r"(\d),(\d{3})\b", "\\1\u2009\\2", text)
    return re.sub(r"((?<![\w.])[a-z][a-z0-9]+[.!?]|\d[.!?]) (?=[A-Z])", "\\1  ", text)


def surface_transforms() -> dict[str, Transform]:
    """The transforms of surface noise by name: quotation marks, wrapping, paragraphs, bullets, spaces."""
    return {"quotes-single": marks_changed(single_quotes), "quotes-straight": marks_changed(straight_quotes),
            "quotes-curly": marks_changed(curly_quotes), "wrapped": changed_alike(wrapped),
            "paragraphs-single-newline": changed_alike(single_newlines), "bullets": bullets,
            "nbsp": changed_alike(odd_spaces)}


def transforms() -> dict[str, Transform]:
    """Every transform by name, in the order they are reported."""
    pools = [name for name in load_data("people.json") if not name.startswith("_")]
    wording = [name for name in load_data("wording.json") if not name.startswith("_")]
    return {**{f"people-{pool}": rename_people(pool) for pool in pools},
            **{f"orgs-{style}": rename_organisations(style) for style in ("stem", "rebuilt", "acronym")},
            **{name: swap_words(name) for name in wording}, **surface_transforms()}


# --- scoring ------------------------------------------------------------------------------------------

def checked_gold(path: Path, text: str, data: RawGold) -> Gold:
    """Check a (rewritten) gold against its (rewritten) text with the scorer's checks; GoldError if it fails."""
    quality.check_header(path, data)
    folded = quality.fold(text)
    return Gold(str(path.parent / str(data.get("text", ""))), folded, bool(data.get("held_out", False)),
                quality.parse_claims(path, data, folded), quality.parse_not_claims(path, data, folded))


def load_cases(folder: Path) -> list[Case]:
    """Read every development text of a corpus folder with its raw and checked gold."""
    paths = sorted(folder.glob("*.gold.json"), key=quality.corpus_order)
    if not paths:
        raise GoldError(f"{folder}: holds no *.gold.json files; give the corpus folder with --corpus")
    cases = []
    for path in paths:
        data = quality.read_json(path)
        text = load_source(quality.text_file(path, data)).text
        gold = checked_gold(path, text, data)
        if not gold.held_out:
            cases.append(Case(Path(gold.name).name, path, text, data, gold))
    return cases


def rows_of(text: str, name: str) -> list[Row]:
    """Run the extractor on a text in memory and reduce its table to the scorer's rows."""
    return quality.table_rows(extract_text(text, name))


def problems(rows: Sequence[Row], gold: Gold) -> list[str | None]:
    """Per required claim, the scorer's problem with it (None when it has the right speaker)."""
    return [quality.claim_problem(rows, claim) for claim in gold.claims if not claim.optional]


def baseline(case: Case) -> Baseline:
    """Extract and score an original text."""
    rows = rows_of(case.text, case.name)
    return Baseline(rows, quality.score_text(rows, case.gold), problems(rows, case.gold))


def losses(case: Case, gold: Gold, before: Sequence[str | None], after: Sequence[str | None]) -> list[Loss]:
    """The claims right before and not after, under their variant speaker and keys."""
    required = [claim for claim in gold.claims if not claim.optional]
    return [Loss(case.name, claim.speaker, claim.keys, str(problem))
            for claim, old, problem in zip(required, before, after) if old is None and problem is not None]


def run_transform(name: str, transform: Transform, cases: Sequence[Case], baselines: dict[str, Baseline]) -> Outcome:
    """Apply one transform to every case and score the variants that differ from their original."""
    outcome = Outcome(name)
    for case in cases:
        text, data = transform(case.text, case.data)
        if text == case.text and data == case.data:
            continue
        try:
            gold = checked_gold(case.path, text, data)
        except GoldError:
            outcome.skipped += 1
            continue
        add_variant(outcome, case, gold, rows_of(text, case.name), baselines[case.name])
    return outcome


def add_variant(outcome: Outcome, case: Case, gold: Gold, rows: list[Row], base: Baseline) -> None:
    """Add one scored variant and its baseline to an outcome."""
    score = quality.score_text(rows, gold)
    after = problems(rows, gold)
    outcome.texts += 1
    outcome.variant = quality.add(outcome.variant, score)
    outcome.baseline = quality.add(outcome.baseline, base.score)
    outcome.lost += losses(case, gold, base.problems, after)
    outcome.gained += sum(old is not None and new is None for old, new in zip(base.problems, after))
    outcome.per_text[case.name] = (score, base.score)


def run(cases: Sequence[Case], chosen: dict[str, Transform]) -> tuple[Score, list[Outcome]]:
    """Score the unperturbed corpus, then every chosen transform against it."""
    baselines = {case.name: baseline(case) for case in cases}
    total = Score()
    for base in baselines.values():
        total = quality.add(total, base.score)
    return total, [run_transform(name, transform, cases, baselines) for name, transform in chosen.items()]


# --- reporting ----------------------------------------------------------------------------------------

HEADER = ("transform", "texts", "skipped", "claims", "found", "right", "right%", "wrong", "unres",
          "Δfound", "Δright", "Δright%", "Δwrong", "Δunres", "lost", "gained")


def signed(value: float, digits: int = 0) -> str:
    """A change with its sign (`+3`, `-1.2`)."""
    return f"{value:+.{digits}f}"


def outcome_line(outcome: Outcome) -> tuple[str, ...]:
    """One printed line: the variant's figures and their change against the same texts unperturbed."""
    v, b = outcome.variant, outcome.baseline
    change = 100 * (quality.share(v.right_speaker, v.claims) - quality.share(b.right_speaker, b.claims))
    return (outcome.name, str(outcome.texts), str(outcome.skipped), str(v.claims), str(v.found),
            str(v.right_speaker), quality.percent(quality.share(v.right_speaker, v.claims)), str(v.wrong_speaker),
            str(v.unresolved), signed(v.found - b.found), signed(v.right_speaker - b.right_speaker),
            signed(change, 1), signed(v.wrong_speaker - b.wrong_speaker), signed(v.unresolved - b.unresolved),
            str(len(outcome.lost)), str(outcome.gained))


def baseline_line(total: Score) -> tuple[str, ...]:
    """The printed line of the unperturbed corpus."""
    return ("(unperturbed)", str(total.texts), "0", str(total.claims), str(total.found), str(total.right_speaker),
            quality.percent(quality.share(total.right_speaker, total.claims)), str(total.wrong_speaker),
            str(total.unresolved), "", "", "", "", "", "", "")


def aligned(lines: Sequence[tuple[str, ...]]) -> str:
    """Lines of cells as an aligned plain-text table (first column left, the rest right)."""
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    return "\n".join("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in
                               enumerate(zip(line, widths))).rstrip() for line in lines)


def render(total: Score, outcomes: Sequence[Outcome]) -> str:
    """The totals table: the unperturbed corpus, then a line per transform."""
    return aligned([HEADER, baseline_line(total), *(outcome_line(o) for o in outcomes)])


def render_per_text(outcomes: Sequence[Outcome]) -> str:
    """Per transform, a line per variant whose right, wrong or unresolved counts moved."""
    lines = [("transform / text", "claims", "right before", "right after", "wrong before", "wrong after",
              "unres before", "unres after")]
    for o in outcomes:
        lines += [(f"{o.name} {name}", str(after.claims), str(before.right_speaker), str(after.right_speaker),
                   str(before.wrong_speaker), str(after.wrong_speaker), str(before.unresolved), str(after.unresolved))
                  for name, (after, before) in o.per_text.items()
                  if (after.right_speaker, after.wrong_speaker, after.unresolved)
                  != (before.right_speaker, before.wrong_speaker, before.unresolved)]
    return aligned(lines)


def render_misses(outcomes: Sequence[Outcome]) -> str:
    """Per transform, each claim it lost: the text, the (renamed) gold speaker, its keys and the problem."""
    blocks = [f"{o.name}\n" + "\n".join(f"  {loss.text}: {loss.problem}: [{loss.speaker}] {' | '.join(loss.keys)}"
                                        for loss in o.lost) for o in outcomes if o.lost]
    return "\n".join(blocks)


def as_json(total: Score, outcomes: Sequence[Outcome]) -> str:
    """The figures as JSON: the unperturbed total, and per transform its variant, baseline and losses."""
    return json.dumps({"unperturbed": {**asdict(total), **quality.rates(total)},
                       "transforms": {o.name: {"texts": o.texts, "skipped": o.skipped, "gained": o.gained,
                                               "variant": {**asdict(o.variant), **quality.rates(o.variant)},
                                               "baseline": {**asdict(o.baseline), **quality.rates(o.baseline)},
                                               "lost": [asdict(loss) for loss in o.lost]}
                                      for o in outcomes}}, indent=2, ensure_ascii=False)


def choose(names: Sequence[str] | None, available: dict[str, Transform]) -> dict[str, Transform]:
    """The transforms asked for by name (all when none), or GoldError naming the unknown one."""
    for name in names or []:
        if name not in available:
            raise GoldError(f"no transform {name!r}; choose from {', '.join(available)}")
    return {name: t for name, t in available.items() if not names or name in names}


def main(argv: list[str] | None = None) -> int:
    """Run the transforms on the corpus and print the figures; exit 2 on a bad gold file or name."""
    args = argparse.ArgumentParser(description=str(__doc__).splitlines()[0])
    args.add_argument("--corpus", type=Path, default=quality.CORPUS, help="folder of .txt and .gold.json files")
    args.add_argument("--transform", action="append", help="run only this transform (repeat for more)")
    args.add_argument("--per-text", action="store_true", help="a line per variant whose speaker counts moved")
    args.add_argument("--misses", action="store_true", help="each claim a transform lost, with the problem")
    args.add_argument("--json", action="store_true", help="print JSON instead of tables")
    options = args.parse_args(argv)
    try:
        chosen = choose(options.transform, transforms())
        total, outcomes = run(load_cases(options.corpus), chosen)
    except GoldError as error:
        print(error, file=sys.stderr)
        return 2
    if options.json:
        print(as_json(total, outcomes))
        return 0
    print(render(total, outcomes))
    for wanted, block in ((options.per_text, render_per_text(outcomes)), (options.misses, render_misses(outcomes))):
        if wanted:
            print("\n" + block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
