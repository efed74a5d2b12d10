"""A statement under an attribution header (wave 34f). A press office often puts one line naming the person whose
statement follows instead of a cue on each paragraph: `Please attribute to Jo Roe, Director of Roads:`, `The following
statement can be attributed to Jo Roe, Chair of X:`, `Comment attributable to Superintendent Jo Roe.` The paragraphs
below with no cue of their own are hers (a person stays a person with a title and a body after her name), read as a
signed-off foreword's are (`issuer.signer_claims`, wave 33f): their cue-less figures, and the items under a cue-less
lead-in; a paragraph with a cue of its own keeps its own speaker. The statement ends at the release's end (`ENDS`,
`Notes to editors`, `###`), a contact line, a heading or another header, or a paragraph in which another party speaks
with a cue of its own (`The network says ...`). Wave 35n: a header may give the holder's title first, set off by a
comma or running into the name (`Quotes attributable to Minister for Sport, Jo Roe:`, `... to Federal Minister for
Roads, Rail and Ports Jo Roe:`): the one person named after the title is the author. Wave 42e: the title's post may
be the last of its capitalised words right before the comma (`Quotes attributable to Varden Shopworkers Union
Secretary, Jo Roe:`). Wave 55f: a header may name the statement's source instead (`As stated by Police Commissioner Jo
Roe:`, `stated_headers`).
"""
from __future__ import annotations

import itertools
import re

from ..entities import Mention, find_mentions
from ..release import CONTACT_RE, ends_release
from ..speakers import Who
from ..text import Block, Quote
from ..vocabulary import ROLES, SUBJECT_PRONOUNS, load_words, verb_alternation

from .documents import is_heading
from .patterns import ANY_CUE_RE, MAX_CUES_PER_SENTENCE
from .records import Attribution, Found
from .stated_headers import stated_header

ATTRIBUTED_NOUNS: frozenset[str] = load_words("attributed_nouns")
"""What a header says is attributed to the person it names: `statement`, `comments`, `quotes`."""
ATTRIBUTION_HEADER_RE = re.compile(
    rf"(?:(?:please\s+)?attribute(?:\s+(?:the\s+following|the\s+below|this|these)"
    rf"(?:\s+(?:{verb_alternation(ATTRIBUTED_NOUNS)}))?)?"  # "Please attribute the following to X:" (54f)
    rf"|(?:(?:the|these)\s+following\s+)?(?:{verb_alternation(ATTRIBUTED_NOUNS)})\s+"
    r"(?:(?:can|may|should|is|are)\s+(?:be\s+)?)?attribut(?:ed|able)"
    r"|attribut(?:able|ed))\s+to(?:\s+|(?-i:(?=[A-Z])))(?P<who>[^\n|]{3,150}?)[ \t]*(?:\|[^\n]*?)?[ \t]*[:.]?[ \t]*",
    re.IGNORECASE)
"""A header naming whose statement follows: `Please attribute to X:`, `Comments attributed to X:`, `Please attribute
the following to X:` (wave 54f); wave 62d: a bare `Attributable to X, Chief Executive of Y` opening its line, its name
perhaps run into `to` where a page's bold name lost its space (`Attributable toJo Roe`)."""
MAX_HEADER_CHARS = 200
"""An attribution header is one short line."""
HEADER_MARK = "ttribut"
"""The letters every attribution header holds (`attribute`, `Attributed`, `attributable`): the cheap test first."""


def header_author(text: str, block: Block) -> Mention | None:
    """Return the one person an attribution header names first (`Please attribute to Jo Roe, Chair of X:`), or None
    for any other block (a body named alone, two people, a sentence that only mentions an attribution)."""
    if block.bullet or block.end - block.body > MAX_HEADER_CHARS:
        return None
    header = ATTRIBUTION_HEADER_RE.fullmatch(text, block.body, block.end) \
        if text.find(HEADER_MARK, block.body, block.end) >= 0 else stated_header(text, block.body, block.end)
    if header is None:
        return None
    named = [m for m in header_mentions(text, header.start("who"), header.end("who")) if not set_off_post(text, m)]
    people = [m for m in named if m.kind == "person"]
    if len(people) != 1 or named[0] != people[0] or people[0].start != header.start("who") or " and " in people[0].name:
        return titled_holder(text, header.start("who"), header.end("who"))  # "to the Fenlow Alliance:": None
    return people[0]


def header_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Return the names of a header's words; words run into `to` (`Attributable toJo Roe`, wave 62d) are read on their
    own, their offsets kept in the text's."""
    if not text[start - 1:start].isalpha():
        return find_mentions(text, start, end)
    return [m._replace(start=m.start + start, end=m.end + start) for m in find_mentions(text[start:end], 0, end - start)]


def set_off_post(text: str, mention: Mention) -> bool:
    """Say whether a name read as a person's is a post set off by a comma after the person (`Jo Roe, Field Crime
    Manager:`, its last word a role): no second person (wave 54f)."""
    return mention.kind == "person" and text[:mention.start].rstrip().endswith(",") \
        and mention.name.split()[-1].lower() in ROLES


MAX_POST_AT = 3
"""How many words may open a header's title before its post (`Acting Victorian Minister`)."""


def comma_post(text: str, start: int, end: int) -> str | None:
    """Return the post a header's capitalised title ends on right before its comma (`Varden Shopworkers Union
    Secretary, Jo Roe`: `secretary`, wave 42e), else None."""
    comma = text.find(", ", start, end)
    title = text[start:comma].split() if comma >= 0 else []
    if not title or not all(w[:1].isupper() for w in title) or title[-1].lower() not in ROLES:
        return None
    return title[-1].lower()


def titled_holder(text: str, start: int, end: int) -> Mention | None:
    """Return the one person a header's words name after a title that opens them (`Minister for Sport, Jo Roe`,
    `Federal Minister for Roads, Rail and Ports Jo Roe`), else None (a body first, two people, a title alone)."""
    words = text[start:end].split()
    opening = list(itertools.takewhile(lambda w: w[:1].isupper(), words[:MAX_POST_AT]))  # "Federal Minister" (for)
    post = next((w.lower() for w in reversed(opening) if w.lower() in ROLES), None) or comma_post(text, start, end)
    if post is None or len(words) < 3 or words[-3].lower() in ("and", "&"):
        return None  # "the Harbour Board, Jo Roe", "Minister for Ports, Jo Roe and Al Key": no one titled holder
    comma = text.rfind(", ", start, end)
    holder_start = comma + 2 if comma >= 0 and len(text[comma + 2:end].split()) <= 3 else text.rfind(words[-2], start, end)
    named = find_mentions(text, holder_start, end)
    if len(named) != 1 or named[0].kind != "person" or named[0].start != holder_start or " and " in named[0].name:
        return None
    return named[0]._replace(title=post)


def ends_statement(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a block ends an attributed statement: the release's end (`ENDS`, `Notes to editors:`), a contact
    line, a heading, or another attribution header."""
    return ends_release(text, block) or is_heading(text, block, quotes) \
        or CONTACT_RE.search(text, block.body, block.end) is not None or header_author(text, block) is not None


def other_speaks(text: str, block: Block, attributions: list[Attribution], found: list[Found], author: Who) -> bool:
    """Say whether another party than the statement's author speaks in a paragraph with a cue of its own (`The
    network says ...`, a quotation another person's cue claims, `Corrections says` though no speaker was read): the
    statement has ended."""
    return any(a.speaker != author.name and (a.spans or a.colon) for a in attributions) \
        or any(f.speaker != author.name for f in found) or _named_cue(text, block, _header_words(text, author.clause_start))


def _named_cue(text: str, block: Block, own: frozenset[str]) -> bool:
    """Say whether a cue word of a paragraph comes right after a capitalised word that is no pronoun and no word of
    the header's (`Corrections says`, `The Inspectorate found`), not after `Superintendent Roe` the header names."""
    for cue in itertools.islice(ANY_CUE_RE.finditer(text, block.body, block.end), MAX_CUES_PER_SENTENCE):
        before = text[max(block.body, cue.start() - MAX_WORD_CHARS):cue.start()].split()
        word = before[-1].strip(WORD_MARKS) if before else ""
        if word[:1].isupper() and word.lower() not in SUBJECT_PRONOUNS and word not in own:
            return True
    return False


MAX_WORD_CHARS = 40
"""How far before a cue word the word before it is looked for."""
WORD_MARKS = "\"\u201c\u201d,.;:'\u2019()"
"""Marks around a word before a cue (`them,\u201d says`)."""


def _header_words(text: str, start: int) -> frozenset[str]:
    """Return the words of the header line that opens at `start` (the author's title, name and post)."""
    end = text.find("\n", start)
    return frozenset(w.strip(WORD_MARKS) for w in text[start:end if end >= 0 else len(text)].split())
