"""What the text has named so far and the questions asked of it (`Context`): registering a name as the text means
it, and resolving a reference word (`the firm`, `the regulator`, `the company`) to the body it names. The names
themselves are kept in `registry.NameRegistry`, who spoke in `focus.Focus`; `Context` is both with these questions."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ...model import BODY_KINDS
from ..bodies import another_party_so_called
from ..bodynames import national_pair
from ..entities import (
    NATION_WORDS, bodies_called, Mention, Readings, find_mentions, head_noun, may_regulate, org_kind,
)
from ..fining_bodies import enforces, fines_someone, investigating_names
from ..name_edges import campaign_words
from ..text import Block, line_start, split_blocks
from ..vocabulary import (
    GIVEN_NAMES, HONORIFICS, INSPECTORATE_HEADS, ORG_HEADS, ORG_REFERENCES, OUTLET_HEADS, PLACE_WORDS, PUBLIC_HEADS,
    REGION_WORDS, ROLES, load_words,
)

from .ad_lines import on_ad_line
from .byline_credits import on_byline_credit, on_photo_credit
from .compound_titles import compound_title_keys, post_before_honorific
from .article_bodies import named_with_article
from .apposed_bodies import apposed_as_body
from .cut_openings import whole_run
from .agent_bodies import agent_body
from .defined_terms import defined_body, defined_person
from .examiner_references import examiner_office
from .first_references import first_referent
from .firm_posts import holds_firm_post
from .fuller_bodies import fuller_body
from .headline_sources import headline_source
from .initialled_universities import university_letters
from .short_councils import own_short_council
from ..owned_unit_names import UNIT_NOUNS
from ..school_districts import only_district
from ..union_branches import union_before_noun
from .body_traits import (
    LINKABLE, ONE_COMPANY_WORDS, WIRE_AFTER_PLACE_RE, body_by_which, commentators_workplace, company_like,
    may_be_called, may_be_charity, maybe_two_bodies, same_head, support_office, workplace, distinct_bodies, in_wire_bracket, is_lettered_role,
    is_press_office, label_word, role_inside, treated_as_body, without_press_office,
)
from .focus import Focus
from .given_names_last import surname_before_given
from .letter_kinds import letters_kind
from .name_kinds import trade_name
from .owned_offices import without_person_owner
from .panel_bodies import panel_body
from .placed_names import only_placed, placed_name
from .remit_offices import inspecting_office
from .side_nouns import charity_named, may_be_side
from .title_letters import post_letters_after, post_letters_before
from .thing_names import names_a_thing
from .titled_bodies import title_holder_of
from .speaker_employers import employer_named
from .subject_bodies import opens_sentence, subject_named_before, two_bodies_of_head
from .turn_bodies import another_kind_so_called, answers_for_others, appointed_by_another, body_in_turn
from .words import COMMON_NOUNS, COMPANY_WORDS, GENERIC_REFERENCES, INNER_WORD_REFERENCES, OVERSEEN_REFERENCES, PEOPLE_GROUPS, HEAD_SYNONYMS, NOT_COMPANIES, REFERENCE_WORDS, PARTY_ROLES, TITLE_WORDS


class Who(NamedTuple):
    """A resolved speaker: full name, kind (organisation, person, inspectorate, document, unresolved)."""

    name: str
    kind: str
    clause_start: int


_NOT_UNION_WORDS: frozenset[str] = COMMON_NOUNS | PLACE_WORDS | REGION_WORDS | NATION_WORDS | PEOPLE_GROUPS
"""Words that name no union before `union` (`the Irish union`, `the nurses' union`, `the Leeds union`)."""
NAMED_SO_FAR_WORDS: frozenset[str] = ONE_COMPANY_WORDS - {"group"}
"""References only the one company named so far can mean (`the company`, `the firm`); `the group` may be an inquiry's
panel (`The group concluded`), never the firm it examines (wave 27d)."""
OTHER_PARTY_HEADS: frozenset[str] = frozenset({"court", "tribunal", "club"}) | OUTLET_HEADS
"""Heads that name a party other than the body a text is about (`the court`, `the paper`), or a kind only a name that
says so may be (`the club`: `X Town`, `X United`): never the text's one body whatever its name."""
CLOCK_WORDS: frozenset[str] = load_words("clock_words")
"""Words after a clock time (`PM`, `EST`): a name made only of them is a time."""


@dataclass
class Context(Focus):
    """What the text has named so far, to resolve short references against."""

    ahead: list[Mention] | None = None  # every body the whole text names, read once when first asked
    published: dict[str, Mention | str] | None = None  # who published each kind of document (`publishers`)
    header_voice: str | None = None  # who a release's header says speaks it (`Made by: X`): its lead-ins' speaker
    release: bool = False  # the text is its issuer's own release (`FOR IMMEDIATE RELEASE`): its documents are its own
    signed_page: bool = False  # the release is shown so only by two signs (a dateline, `we`, ...; 57b): only its own acts count
    masthead: str | None = None  # the body a release's header line names alone (`MEDIA RELEASE` / `X Association`, 52b)
    judging_body: str | None = None  # the first body to judge in the third person: a ruling's `We` (wave 27e)
    ruling_writer: tuple[str, str] | None = None  # a ruling's writer and kind its heading or signature names (33j)
    block_end: int = -1  # where the paragraph being read ends: the names before it are those named so far (27d)
    readings: Readings = ()  # the sentence being read, its parts' names read once: its clauses are cut from them
    blocks: list[Block] | None = None  # the text's blocks (`split_blocks`), split once: the block pass hands its own

    def add(self, mention: Mention) -> str:
        """Register a mention and return its resolved full name."""
        mention = self._as_read(mention)
        if mention.kind == "org":
            return mention.name if self._names_no_body(mention) else self._add_org(mention)
        if " and " in mention.name:
            return self._add_joint(mention)
        return self._add_person(mention)

    def kind_over(self, name: str, was: str, kind: str) -> str:
        """Return a registered name, its kind `kind` where the text had read it as `was` (a body's name read as a
        person's is an organisation where only a body can be meant; an organisation an inspectorate)."""
        if self.kinds.get(name) == was:
            self.kinds[name] = kind
        return name

    def _as_read(self, mention: Mention) -> Mention:
        """Return a mention as the text means it: a `person` the text calls a body is one (`Hestia Power, a
        supplier`), a rank's letters before a known surname are the person (`DCI Hale`), and a body's name cut at its
        opening word is the whole run when the text names it so (`The Irish Business Confederation (IBC)`, 28e)."""
        if mention.end - mention.start > len(mention.name) + 4:
            mention = whole_run(self.text, mention)  # "The Irish Business Confederation (IBC)": not `Business ...`
        if mention.kind == "person" and (self.kinds.get(mention.name, "person") != "person"
                                         or workplace(self.text, mention.start)
                                         or treated_as_body(self.text, mention.name)
                                         or named_with_article(self.text, mention.name)  # "the Civic Liberals"
                                         or not mention.title and apposed_as_body(self.text, mention.name)  # 55b
                                         or not mention.title and trade_name(mention.name)  # "Corran Valves" (32g)
                                         or not mention.title and holds_firm_post(self.text, mention.name)):  # 61r
            mention = mention._replace(kind="org")  # "Hestia Power, a supplier": the text calls it a body
        if mention.kind == "person" and not mention.title \
                and (body := self.trade_body(self.text[mention.start:mention.end])) is not None:
            mention = mention._replace(kind="org", name=body)  # "Corran said" after "Corran Valves": the body (32g)
        if not mention.possessive and (mention.kind == "person" or mention.name.endswith(" Local")):
            mention = body_by_which(self.text, mention)  # "Bus Workers Local 40, which represents drivers,"
        if mention.kind == "org" and " " not in mention.name and (party := defined_person(self.text, mention.name)):
            mention = Mention(mention.start, mention.end, party, "person", mention.possessive, "")  # "The Athlete"
        if mention.kind == "org" and (holder := title_holder_of(self.text, mention.name)) is not None:
            mention = Mention(mention.start, mention.end, holder, "person", mention.possessive, mention.name.lower())
        if mention.kind == "org" and self._titled_surname(mention.name):
            mention = mention._replace(kind="person", name=mention.name.split()[1])  # "DCI Hale": a rank's letters
        if mention.kind == "org" and ("'s " in mention.name or "\u2019s " in mention.name):
            mention = without_person_owner(mention, self.kinds, self.full_person)  # "Pell's Office of X" (30c)
        return mention

    def trade_body(self, word: str) -> str | None:
        """Return the trade's body a one-word name read as a person's opens (`Corran` after `Corran Valves`), when no
        person who has spoken goes by that word, else None (wave 32g)."""
        if " " in word or not word.isalpha() or self._person_keys.get(word) in self.said:
            return None
        body = self.fullest(word)
        return body if body != word and trade_name(body) else None

    def _names_no_body(self, mention: Mention) -> bool:
        """Say whether a capitalised run read as a body is none: a time, the wire or the place that filed the text, a
        post named by letters, a press office (a wire is noted as such)."""
        if all(word.lower() in CLOCK_WORDS for word in mention.name.split()):
            return True  # "6:02 PM EST": a time, never a body
        if in_wire_bracket(self.text, mention.start, mention.end):
            self._note_wire(mention.name)
            return True  # "DUBLIN (Acme Wire) - ...": the wire that filed the text, never a body in it
        if mention.name.isupper() and WIRE_AFTER_PLACE_RE.match(self.text, mention.end):
            return True  # "HALDEN (KPRX) - ...": the place the text was filed from, never a body
        return is_lettered_role(mention.name) or is_press_office(mention.name)  # "XKF Minister", "Media Relations Team"

    def _add_org(self, mention: Mention) -> str:
        """Register a body (`Acme Rail Media Centre` as Acme Rail) or find the one a reference means (`The Trust`)."""
        short = without_press_office(mention.name)  # "Acme Rail Media Centre": Acme Rail
        mention = mention if short == mention.name else mention._replace(name=short)  # most keep it: no copy
        word = mention.name.lower()
        known = self.resolve_reference(word) if " " not in word and word in REFERENCE_WORDS else None
        name = known or self.full_org(mention.name)  # "Inspectors", "The Trust": a body named before
        if known is None and " " not in word and (word in REFERENCE_WORDS or word in ORG_HEADS):
            return mention.name  # a bare "Council" names no body of its own
        self.register_org_once(name, lambda new: "inspectorate" if mention.title == "regulator"
                               else self._new_kind(new))
        if mention.possessive:
            self._note_people(name, mention.end)  # "X's planning officers have recommended ...": officers
        self.last_org = name
        self.other_org = self.other_org or bool(self.org_speakers) and name != self.org_speakers[-1]
        return name

    def _new_kind(self, name: str) -> str:
        """Return a body's kind when the text first names it: by its name (`org_kind`), or an inspectorate when the
        text shows it fining someone (`fined €4m by the Central Bank of Ireland`), unless it is a public body that
        fines without regulating (a council, the police, a court); letters take the kind of the body they stand
        for (`letter_kinds`, wave 27h)."""
        kind = org_kind(name)
        if kind == "organisation" and head_noun(name) not in PUBLIC_HEADS and fines_someone(self.text, name):
            return "inspectorate"
        return letters_kind(name, self) if kind == "organisation" else kind  # "the NAO": the National Audit Office's

    def _add_person(self, mention: Mention) -> str:
        """Register a person by every short form a later mention may use, with the title written with the name."""
        name = self.full_person(mention.name)
        if name not in self.kinds and (placed_name(self.text, mention) or names_a_thing(self.text, mention)) \
                and not self._role_before(mention.start):
            return name  # "broke her wrist on Harlow Tor ... she said": a place, never whom `she` means (27j); "its
            # Mount Kaloola mine", "Storm Dervla", "No Significant Fault": a thing by its own words (34h)
        title = mention.title or self._role_before(mention.start) or role_inside(self.text, mention)
        if title:
            self.titles[title] = name  # "the mayor", "inspector Jo Roe ... the inspector" is now this person
            self.titles[TITLE_WORDS.get(title, title)] = name  # "Gov. Ann Roe ... the governor": the word in full
        held = post_before_honorific(self.text, mention) if title in HONORIFICS else ""
        if held:
            self.titles[held] = name  # "The Minister for Ports Shri Jo Roe ... The Minister said": Jo Roe (47f)
        post = post_letters_after(self.text, mention.end) or post_letters_before(self.text, mention.start)
        if post is not None:
            self.titles[post[0]] = self.titles[post[1]] = name  # "Jo Roe, the Vice Chancellor (VC) ... the VC said"
        if "General" in self.text[mention.start:mention.end]:
            for key in compound_title_keys(self.text, mention.start, mention.end):
                self.titles[key] = name  # "Auditor General Karen Holtby ... the auditor found": Karen Holtby
        letters = self._letters_after(mention)
        if letters:
            self.titles[letters] = name  # "Jo Roe TD said ... the Louth TD said": the member named last
        if mention.title in PARTY_ROLES:
            self._note_party(mention)
        if " " in name and name not in self.kinds and name.split()[0].lower().rstrip(".") not in ROLES:
            self.kinds[name] = "person"
            parts = name.split()
            for k in range(len(parts)):
                self._person_keys[" ".join(parts[k:])] = name
            self._person_keys[parts[0]] = name
            surname = surname_before_given(parts)
            if surname is not None:
                self._person_keys[surname] = name  # "Raymond Siu Chak-yee ... Siu said": him (54f)
        if " " in name and mention.name == name and self.kinds.get(name) == "person":
            self.note_full_mention(name, mention.title)  # "Councillor Tom Varga", "Ruth Varga": one of a surname (40g)
        self.last_person = name
        self.unnamed_block = -10  # a person named since: `she` may be this person now
        if self.block > self.speaker_block:
            self.voice = None  # "A spokeswoman for X said ... [next paragraph] Chief Constable Jo Roe ... She said"
        self.other_person = self.other_person or (self.last_speaker is not None and name != self.last_speaker)
        return name

    def _add_joint(self, mention: Mention) -> str:
        """Register two people who speak together (`Jo Roe and Tim Ash`): each by name, the pair as the last person."""
        side_start = mention.start
        for half in mention.name.split(" and "):
            at = self.text.find(half, side_start, mention.end)
            if " " in half:
                self.add(mention._replace(name=half, title=self._title_before(side_start, at)))
            side_start = self.text.find(" and ", at, mention.end) + len(" and ") if at >= 0 else mention.end
        self.kinds[mention.name] = "person"
        self.last_person = mention.name
        return mention.name

    def _title_before(self, start: int, at: int) -> str:
        """Return the title written right before one of two people's names (`Sheriff` in `Governor Jo Roe and Sheriff
        Tim Ash`), lower case, else ``: whom `the sheriff` then means."""
        words = self.text[start:at].split() if at > start else []
        title = words[-1].lower().rstrip(".") if words else ""
        return title if title in ROLES else ""

    def _named_inside(self, word: str) -> str | None:
        """Return the last body registered whose name holds a reference's noun as one of its words (`the police`:
        `X Police Force`, `X Police Service`, `Police Service of X`), else None (wave 47f)."""
        return next((known for known in reversed(self.orgs) if word in known.lower().split()), None)

    def resolve_reference(self, word: str) -> str | None:
        """Resolve a common noun like `council`, `the firm` or `inspectors` to a body named before."""
        word = word.lower()
        if word == "party":
            return next(iter(self.parties)) if len(self.parties) == 1 else None  # two parties: no one
        defined = defined_body(self.text, word) or agent_body(self.text, word)
        if defined is not None:
            return self._defined(defined)  # 'Acme Foods plc ("Acme" or "the Group") ... The Group expects': Acme;
            # "X LLP, which audits the council's accounts ... the auditor": X (52h)
        district = self._school_district() if word == "district" else None
        if district is not None:
            return self._defined(district)  # "The X City Schools Board of Education voted ... the district says"
        panel = panel_body(self.text, word)
        if panel is not None and not any(same_head(head, word) for head in self._org_heads):
            return self._defined(panel)  # "a conduct panel of the Nursing Council ... The panel found" (23a); a
            # panel named itself (`an NCAA panel ... The Committee on Infractions said`) is that committee
        named, start = self.bodies_named(), self.readings[0][0][0] if self.readings else 0
        subject = subject_named_before(self.text, named, start, word) \
            if self.readings and two_bodies_of_head(named, start, word) else None
        if subject is not None:
            return self.add(subject)  # "Fenbridge City Council has published its figures. The council said" (45d);
            # one body of the head (`their housing association` beside `X Residents' Association`) is read below
        if self.rival_bodies(word) and not self.continues_with_head(word):
            return None  # "X Staff Alliance and Y Staff Alliance ... the alliance": either of them
        if word in LINKABLE and len(bodies_called(self.text, word)) > 1:
            return None  # "X, a housing charity, and Y, a youth charity": `the charity` may be either
        if another_party_so_called(self.text, word, self.orgs):
            return None  # "their housing association" beside "X Residents' Association": either may be meant
        own = self._own_head(word)
        if own is not None:
            return own  # "the NAO said ... the agency said": the Agency the text named, not an office like it
        bound = self._first_referent(word)
        if bound is not None:
            return bound  # "X cut its waits. The agency received ... Y Commission forecast ... The agency said": X
        for known in reversed(self.org_speakers):
            if (same_head(known.split()[-1].lower(), word) or word == "campaign" and campaign_words(known.split()))\
                    and may_be_charity(known, word) and known not in self.joints:
                return known  # a joint speaker (`A Trust and the B Service`) is never `the service` alone; `the
                # campaign` is one named by its aim (`Stop the X: Friends of Y`, 51w)
        for head, known in reversed(self._org_heads.items()):
            if same_head(head, word) and may_be_charity(known, word):
                return known
        inner = self._named_inside(word) if word in INNER_WORD_REFERENCES else None
        if inner is not None:
            return inner  # "the Kelwick Police Force (KPF) said ... the police added": the force
        if word in INSPECTORATE_HEADS or word in ("regulator", "watchdog"):
            return self._examiner_office(word) or self.focus_org("inspectorate") or self._inspecting_office(word) \
                or self.regulator()  # "Inspectors found" after "Chief Inspector of X (CIX)": CIX, never the ministry
        if word in COMPANY_WORDS:
            return self.recent_company() or self.speakers_company() or self.focus_company() or self.linked_body(word) \
                or (self.only_company_named(self.block_end) if self.block_end >= 0 and word in NAMED_SO_FAR_WORDS
                    else None)  # "X Co. will close ..., according to a notice the company filed": X (27d)
        if word in GENERIC_REFERENCES and (self.org_speakers or len(distinct_bodies(set(self.orgs))) == 1):  # one
            # body under two names (`Harlow Precision Castings plc ("Harlow")`) is the text's one body (48g)
            found = self.focus_org("organisation") \
                or (self.focus_org() if word not in OVERSEEN_REFERENCES else None)  # none spoke: no one
            return None if found and another_kind_so_called(self.text, word, found) else found  # "the health board"
        linked = self.linked_body(word) or self._union_before_noun(word)
        if linked is not None:
            return linked  # "X is a charity that ..." anywhere in the text: `the charity` is X
        bodies = [name for name in self.orgs if self.kinds.get(name) == "organisation" and may_be_called(name, word)
                  and not (word in PUBLIC_HEADS and holds_firm_post(self.text, name))]  # a firm is no `department`
        fuller = fuller_body(bodies[0], word, self.bodies_named()) if len(bodies) == 1 and word in PUBLIC_HEADS \
            else None
        if fuller is not None:
            return self.add(fuller)  # "Kittridge police say ... the Kittridge Police Department ... the department"
        if word in ORG_REFERENCES and len(bodies) == 1 and may_be_side(bodies[0], word, self.called.get(bodies[0], set())):
            return bodies[0]  # "The Pantry Trust ... the charity": the only body named (a supplier is no charity)
        charities = [name for name in bodies if word == "charity" and charity_named(name)] if len(bodies) > 1 else []
        if len(charities) != 1 and word == "university":
            return self._university_by_letters()  # "according to the university ... Jo Roe, U of K registrar" (47g)
        if len(charities) != 1 and not bodies and word in ORG_REFERENCES:
            return self._headline_body()  # "Spring driest in 20 years, Met Skyra says ... according to the
            # forecaster": the source the headline closes on (47g)
        return charities[0] if len(charities) == 1 else None  # "X Welfare League ... X Magistrates' Court ... the
        # charity": the one body a charity's head names (wave 20b); two or none: nobody to be sure of  # "the department" with no department named and several bodies: nobody to be sure of

    def sole_body_of_head(self, word: str) -> str | None:
        """Return the one body the text has named, up to the end of the paragraph being read, for `the <head>` its
        name lacks (`the fund` for `X Retirement System`, `the panel` for the `Parole Board`), when the head names no
        other party (`the court`, `the paper`, a panel `appointed by` it), no part of a body (`the unit`) and no
        public body (`the police`, `the government`: their own names say so); else None (wave 49g)."""
        if word in ORG_REFERENCES or word not in ORG_HEADS or word in OTHER_PARTY_HEADS or word in UNIT_NOUNS \
                or word in PUBLIC_HEADS or appointed_by_another(self.text, word):
            return None  # "the team": a part of some body; "the police", "the district": a public body's own word
        names = [name for name in self.orgs if self.kinds.get(name) in BODY_KINDS]
        known = distinct_bodies(set(names))
        body = next((name for name in names if name.lower().removeprefix("the ") in known), None)
        if len(known) != 1 or body is None or not may_be_side(body, word, self.called.get(body, set())) \
                or body.isupper() and " " not in body and body not in self.org_speakers:
            return None  # "KHANNA (Punjab)": a dateline's place
        if word in body.lower().split() or not self._named_as_party(body):
            return None  # "Trustees of the X Museum ... the museum"; "outside X Hospital ... the service": a place
        ahead = {self.full_org(mention.name) for mention in self.bodies_named()
                 if mention.start < self.block_end and not self._names_no_body(mention)}
        ahead = {name for name in ahead if self.kinds.get(name, "organisation") in BODY_KINDS}
        return body if distinct_bodies(ahead | {body}) == known else None  # another body named in the paragraph

    def _named_as_party(self, body: str) -> bool:
        """Say whether a body has spoken or opened a sentence as its subject before the paragraph being read ends, not
        only been named as a place or an object (`Patients waited outside X Hospital`)."""
        return body in self.org_speakers or any(
            self.full_org(mention.name) == body and mention.start < self.block_end and opens_sentence(self.text, mention)
            for mention in self.bodies_named())

    def _university_by_letters(self) -> str | None:
        """Return the one university the text names by its letters (`U of K`, `KVU`) for `the university`, registered
        as a body, when no body named so far has a university's head, else None (wave 47g)."""
        found = university_letters(self.text)
        if found is None or self.kinds.get(found[0]) not in (None, "organisation") \
                or any("university" in name.lower().split() for name in self.orgs):
            return None
        name = self.add(Mention(found[1], found[2], found[0], "org"))
        return self.kind_over(name, "person", "organisation") if self.kinds.get(name) != "unresolved" else None

    def _headline_body(self) -> str | None:
        """Return the source a headline closes on (`..., Met Skyra says`), registered as a body, when no word of it is
        a known given name or an honorific (`Mayor Karen Dallow`, `Dr Dallow`: a person), else None (wave 47g)."""
        found = headline_source(self.text)
        if found is None:
            return None
        source, start, end = found
        words = source.lower().split()
        if not GIVEN_NAMES.isdisjoint(words) or words[0].rstrip(".") in HONORIFICS \
                or self.kinds.get(source) not in (None, "person"):
            return None
        name = self.add(Mention(start, end, source, "org"))
        return self.kind_over(name, "person", "organisation") if self.kinds.get(name) != "unresolved" else None

    def _first_referent(self, word: str) -> str | None:
        """Return the body the text's first `the <word>`, in a paragraph before this one, meant (the body named first
        in the sentence it refers back to), when no body named has this word as its own head; never for a company's
        word (`the firm`: its first use often follows the regulator that fined the firm) (wave 40b)."""
        if self.block_end < 0 or word not in ORG_REFERENCES and word not in GENERIC_REFERENCES \
                or word in COMPANY_WORDS or any(head_noun(name).rstrip("s") == word.rstrip("s") for name in self.orgs):
            return None
        found = first_referent(self.text, word, line_start(self.text, max(0, self.block_end - 1)), self.orgs)
        fits = found is not None and self.kind_of(found) in BODY_KINDS \
            and may_be_called(found, word) and may_be_charity(found, word)
        return found if fits else None  # the subject it meant is no such body: nothing to carry

    def _examiner_office(self, word: str) -> str | None:
        """Return the one body the whole text names for the examiner a reference's noun names (`the ombudsman`:
        `Financial Ombudsman Service`), registered, else None (wave 28b)."""
        named = examiner_office([mention.name for mention in self.bodies_named()], word)
        return None if named is None else self._defined(named)

    def _inspecting_office(self, word: str) -> str | None:
        """Return the body bare `inspectors` are when the text names an inspector's post by its letters (`CIPS`),
        registered as the inspectorate, else None (wave 40h)."""
        found = inspecting_office(self.text, [m.name for m in self.bodies_named()]) if word == "inspectors" else None
        if found is None:
            return None
        return self.kind_over(self._defined(found), "organisation", "inspectorate")

    def _school_district(self) -> str | None:
        """Return the one school district the text names so far, else anywhere (`The X City Schools Board of Education
        voted ..., a decision the district says`: the name read in the same sentence)."""
        found = only_district(self.orgs)
        if found is None:
            found = only_district([mention.name for mention in self.bodies_named()])
        return found

    def _defined(self, name: str) -> str:
        """Return a body the text defines a reference as, registered under its fullest name."""
        return self.register_org_once(self.full_org(name), org_kind)

    def _own_head(self, word: str) -> str | None:
        """Return the body last named whose own head is this word when another body only of a kind like it spoke."""
        if not HEAD_SYNONYMS.get(word):
            return None
        for known in reversed(self.org_speakers):
            if known.split()[-1].lower().rstrip("s") == word.rstrip("s"):
                return known
        for head, known in reversed(self._org_heads.items()):
            if head.rstrip("s") == word.rstrip("s") and may_be_charity(known, word):
                return known
        return None

    def continues_with_head(self, word: str) -> bool:
        """Say whether the body that just spoke, with no other body named since, has this word as its head."""
        recent = self.recent_body()
        return recent is not None and head_noun(recent).rstrip("s") == word.rstrip("s")

    def linked_body(self, word: str) -> str | None:
        """Return the one body the text itself calls by this noun (`X is a charity`, `the charity X`, `X, the think
        tank,`), registered as a body; two bodies so called: None."""
        names = bodies_called(self.text, word) if word in LINKABLE else frozenset()
        if len(names) != 1:
            return None
        name = self.full_org(next(iter(names)))
        if self.kinds.get(name, "organisation") == "person":
            return None
        return self.register_org_once(name, org_kind)

    def _union_before_noun(self, word: str) -> str | None:
        """Return the one body the text names as `the X union` before its first bare `the union`, registered."""
        name = union_before_noun(self.text, _NOT_UNION_WORDS) if word == "union" else None
        if name is None or self.kinds.get(self.full_org(name), "organisation") == "person":
            return None
        return self.register_org_once(self.full_org(name))

    def recent_company(self) -> str | None:
        """Return the body that spoke in this paragraph (else whose turn it still is) when it may be a company: `Dale
        Airport reported a record. The operator noted ...` is Dale's, whoever has said most in the text."""
        recent = self.org_speakers[-1] if self.org_speakers and self.org_block == self.block \
            else None if self._employee_spoke_since() else body_in_turn(self)
        if self.subject is not None and self.block - self.subject[1] <= 1:
            recent = self.fullest(self.subject[0])  # "Dale Coaches rejected the figures. ... the company said"
        return recent if recent is not None and self._may_be_company(recent) and recent not in self.commentators \
            else None

    def _employee_spoke_since(self) -> bool:
        """Say whether a person whose company the text names spoke after the body whose turn it was (`Brill said ...
        "...," said Tarn Ladders CEO Al Key. The company said`: Tarn's, wave 34i)."""
        return self.last_kind == "person" and self.speaker_block > self.org_block \
            and self.speakers_company() is not None

    def speakers_company(self) -> str | None:
        """Return the company the person who spoke last works for, when that person spoke in this paragraph or the
        one before (`Harbour Buses chief executive Jo Roe said ... The company says`), else None."""
        if self.last_kind != "person" or self.last_speaker is None or self.block - self.speaker_block > 1:
            return None
        named = employer_named(self.text, self.last_speaker)
        if named is None:
            return None
        body = self.full_org(named)
        body = body if body in self.kinds else self.fullest(body)  # "Sunward" for "Sunward Escapes"
        return body if body in self.kinds and self._may_be_company(body) and body not in self.commentators else None

    def focus_company(self) -> str | None:
        """Return the company the text is about: the one that has said most (the first named on a tie), else
        the first named; never a regulator."""
        speakers = [n for n in self.org_speakers if self._may_be_company(n)]
        if speakers:
            order = {name: index for index, name in enumerate(self.orgs)}
            return max(speakers, key=lambda name: (self.said.get(name, 0), -order.get(name, 0)))
        companies = [n for n in self.orgs if self._may_be_company(n) and not only_placed(self.text, n)]  # 39a
        distinct = {n for n in companies if not any(o != n and n.startswith(o) for o in companies)}
        return companies[0] if len(distinct) == 1 else None  # two firms named and none spoke: no one

    def only_company_named(self, before: int | None = None) -> str | None:
        """Return the one company the whole text names (`the company` before or beside its name), or names before an
        offset, else None: two companies, or none, leave the reference unresolved; a council, a regulator or a
        paper is no company."""
        ahead = [m for m in self.bodies_named() if before is None or m.start < before]
        commenting = {m.name for m in ahead if commentators_workplace(self.text, m.start)} \
            - {m.name for m in ahead if not commentators_workplace(self.text, m.start)}  # "an analyst at X" only
        names = [m.name for m in ahead if company_like(m.name) and m.name.lower() not in REFERENCE_WORDS
                 and m.name not in commenting
                 and not self.called.get(self.full_org(m.name), set()) & NOT_COMPANIES]  # never a campaign group
        distinct = {n for n in names if not any(o != n and (n.startswith(o) or n.endswith(" " + o)) for o in names)}
        if len(distinct) != 1 or maybe_two_bodies(next(iter(distinct))):
            return None
        return self.add(next(m for m in ahead if m.name in distinct))

    def _may_be_company(self, name: str) -> bool:
        """Say whether a body may be what the text calls `the company`: no regulator, council or police."""
        return self.kinds.get(name) == "organisation" and not may_regulate(name) and not self.is_wire(name) \
            and not {head_noun(name), name.lower().split()[-1]} & PUBLIC_HEADS and not national_pair(name.split()) \
            and not self.called.get(name, set()) & NOT_COMPANIES \
            and not answers_for_others(self.text, name)  # "campaigners Keep Rivers Clear", "the GMB union": no firm

    def regulator(self) -> str | None:
        """Return the latest body named that may be the text's regulator (a commission, an authority, ...)."""
        for name in reversed(self.orgs):
            if may_regulate(name):
                self.kinds[name] = "inspectorate"
                return name
        fining = [name for name in self.orgs if fines_someone(self.text, name)]
        if fining:
            return fining[0] if len(fining) == 1 else None  # "fined £1.4m by Ofcom ... the regulator": Ofcom
        return self._enforcing_body()

    def _enforcing_body(self) -> str | None:
        """Return the one body the whole text shows fining or investigating someone (`Ofgem's investigation found`),
        registered as the inspectorate; None for none or two (a company's own inquiry beside it leaves no one)."""
        names = {self.full_org(m.name) for m in self.bodies_named()
                 if m.name.lower() not in REFERENCE_WORDS and enforces(self.text, m.name)}
        names |= {self.full_org(name) for name in investigating_names(self.text)
                  if name.lower() not in REFERENCE_WORDS and self.kinds.get(self.full_org(name)) != "person"}
        if len(names) != 1:
            return None
        name = next(iter(names))
        if name not in self.kinds:
            self.register_org(name, "inspectorate")  # "the regulator has said ... Ofgem's investigation found": Ofgem
        elif self.kinds[name] == "organisation":
            self.kinds[name] = "inspectorate"
        return name

    def inspectorate_named(self, name: str) -> str:
        """Register a name the text shows regulating (`Ofcom has today fined X`) as an inspectorate, by its fullest
        form, and return that form."""
        full = self.full_org(name)
        if full not in self.kinds:
            self.register_org(full, "inspectorate")
        elif self.kinds[full] == "organisation":
            self.kinds[full] = "inspectorate"
        return full

    def named_later(self, kind: str | None) -> str | None:
        """Return the first body (of a kind, if given) named anywhere in the text (`inspectors` before the name)."""
        for mention in self.bodies_named():
            fits = kind is None or org_kind(mention.name) == kind or (kind == "inspectorate" and may_regulate(mention.name)
                                                                   and not support_office(mention.name))
            if fits and mention.name.lower() not in REFERENCE_WORDS:
                return self.add(mention)
        return None

    def named_later_by_head(self, head: str) -> str | None:
        """Return the first body the text names with this head (`the health board` in a lead, its name below)."""
        found = [mention for mention in self.bodies_named() if " " in mention.name
                 and same_head(head_noun(mention.name), head) and may_be_charity(mention.name, head)]
        own = {m.name for m in found if head_noun(m.name).rstrip("s") == head.rstrip("s")}
        short = own_short_council(self.text, self.bodies_named()) if head == "council" else None
        if short is not None:
            return self.add(short)  # "the council ... funded by X County Council ... Fenbury DC ... FDC said": FDC
        if not found or self.rival_bodies(head) or len(distinct_bodies(own)) > 1:
            return None  # two councils named in the text: `the council` may be either
        return self.add(found[0])

    def text_blocks(self) -> list[Block]:
        """Return the text's blocks, split once per text and kept (`blocks`)."""
        if self.blocks is None:
            self.blocks = split_blocks(self.text)
        return self.blocks

    def bodies_named(self) -> list[Mention]:
        """Return the bodies the whole text names, read once per text and kept (`ahead`)."""
        if self.ahead is None:
            self.ahead = self._bodies_ahead()
        return self.ahead

    def _bodies_ahead(self) -> list[Mention]:
        """Return the bodies the whole text names, outside section labels in capitals (`BUSINESS | AVIATION`) and a
        byline's credit line (`By Jo Roe` / `Valley News Service`, wave 28c) and a photo's credit (`Photograph: Jo Roe/X`, 41g)."""
        return [m._replace(kind="org") if m.kind == "person" else m for m in find_mentions(self.text, 0, len(self.text))
                if (m.kind == "org" or m.kind == "person" and not m.title and apposed_as_body(self.text, m.name))  # 55b
                and not label_word(self.text, m) and not on_byline_credit(self.text, m.start)
                and not on_photo_credit(self.text, m.start) and not on_ad_line(self.text, m.start)]  # 62d
