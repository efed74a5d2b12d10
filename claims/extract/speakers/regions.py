"""Who the words before a cue are: the region cut into clauses, each read in turn until one names a speaker."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..descriptions import describes_by_place, without_descriptions
from ..entities import RELATIVE_PRONOUNS, find_mentions, mentions_within
from ..bodies import origin_apposition, voice_apposition
from ..groups import collective, unnamed_group
from ..placed_people import placed_description, placed_name, workplaces
from ..dotted_abbreviations import undotted
from ..vocabulary import INSPECTORATE_HEADS, MODAL_VERBS, ORG_HEADS, ROLES, WEEKDAYS, load_words

from .cases import FILING_HINT_RE, case_speaker, describes_people, filed_at, named_rule
from .clauses import (
    antecedent, bare_noun, body_before_descriptor, clause_cuts, clause_naming, describes_a_body, ends_with_name,
    headed_by_role, is_address, is_age, is_credentials, is_indefinite, is_occasion_clause, is_one_name,
    lower_case_post, is_participle_clause, is_party_tag, is_relative_clause, is_role_phrase, joint_subject, operator_aside,
    past_bare_occasion, past_dateline, owners_voice, past_wire_bracket, relative_lists_joined, skippable, titled_document, unnamed_role,
    site_owner, unowned_document,
)
from .clause_pronouns import clause_it, conceded_it, object_relative, relative_pronoun_body
from .advocate_asides import is_advocate_aside
from .partner_asides import companion_start, is_partner_aside
from .commissioner_asides import is_commissioner_aside
from .placed_names import placed_here
from .subject_relatives import subject_relative_start
from .lead_bodies import lead_body
from .lead_people import lead_person
from .place_operators import place_operator
from .initial_series import initial_series
from .described_voices import described_voice, description_kind, misfit_in_claim, unfit_walk
from .context import Context, Who
from .references import reference
from .party_documents import made_for_party, party_document
from .publishers import published_by
from .named_polls import named_poll
from .joint_documents import joint_document
from .documents import (
    body_modifier_document, document, document_source, giver, our_document, pronoun_document, received,
)
from .short_owners import short_name_owner
from .closing_dashes import words_end
from .subordinate_documents import subordinate_document
from .titled_references import titled_reference
from .titled_records import owned_title, pronoun_title
from .named_trials import trial_speaker
from .taken_documents import taken_document
from .nearest_documents import bare_reading, nearer_maker, nearest_document, published_nearer
from .unit_subjects import unit_subject
from .file_titles import file_title
from .anonymous_people import anonymous_speaker
from .surname_appositions import surname_alone
from .one_names import one_named
from .document_authors import authored_document
from .agent_references import made_by_reference
from .obtained_records import obtained_owner
from .authored_documents import document_before_author
from .post_letters import post_letters_holder
from .body_titles import title_in_body
from .held_posts import held_holder
from .unread_names import unread_name
from .unit_appositions import person_before_units
from .shared_subjects import set_off_subject_end, subject_end, subject_words
from .subordinate_groups import group_subject_start
from .subordinate_subjects import past_opening_conjunction, subordinate_subject_start
from .products import modifier_product, produced_document
from .publishers_of import addressed_document
from .names import bare_name, named
from .owned_boards import owned_board, reference_board
from .people import (
    before_brackets, body_people, described, kind, known_name, lower_case_name, nearest_reference, own_people,
    people_phrase, pronoun, relative_opening, role_after_body,
)
from .representatives import representative
from .titles import indefinite_title, title_holder_named, title_only, without_filler
from .focus_descriptions import described_age, described_person
from .turns import pronoun_after_adverbial, tail_possessor
from .member_roles import named_member, role_after_name
from .member_posts import member_post_after_name
from .described_people import person_described
from .employer_descriptions import describes_employer
from .person_offices import holder_office, office_of_post
from .post_parts import person_clause_past_post
from .venues import venue_cut
from .group_documents import group_document
from .examined_inquiries import examined_inquiry
from .written_case import SUBJECT_WORD_STRIP, with_text_capitals
from .place_governments import level_government, place_government
from .voices import titled_person, voice
from .investigator_bodies import investigators_body
from .officer_bodies import detectives_body, officers_body
from .research_teams import team_body
from .examination_makers import maker_people
from .appointed_firms import office_firm
from .body_units import lettered_unit
from .force_people import force_people, placed_force_people
from .qualified_groups import group_before_and, opened_group, qualified_group
from .town_regions import region_after_town
from .title_letters import before_post_letters
from .whole_titles import remit_name, whole_title
from .both_subjects import after_both
from .joined_clauses import joined_subject_start
from .words import (REFERENCE_WORDS, BODY_PEOPLE, FILLER_WORDS, OBLIGED_TO, MAX_CLAUSES, MAX_SUBJECT_WORDS, PEOPLE_GROUPS,
                    PUBLIC_GROUPS, QUANTIFIERS)

LY_NOUNS: frozenset[str] = frozenset("family assembly".split())
"""Nouns in `-ly` a subject may end with (`Mr Dyson's family said`): never an adverb before the cue to drop."""


OVERSEEING_RE = re.compile(r"(?<=[a-z])\s+(?:overseeing|monitoring|supervising|regulating|inspecting|auditing"
                           r"|investigating|policing)\s+(?=the\s|its\s|their\s|[A-Z])")
"""A party described by the body whose work it oversees (`a report by the independent monitor overseeing the agency`,
`the firm auditing Acme`): the overseen body never speaks; the words before it name who does."""


PLACING_WORDS: frozenset[str] = frozenset("on at in from with".split())
"""Words that place one unnamed person (`One nurse on a surgical ward`)."""
MAX_PLACED_WORDS = 9
"""How long `One nurse on a surgical ward` may run: a role of up to three words, a place of up to five."""


def placed_one(words: list[str]) -> bool:
    """Say whether lower-case words are one unnamed person and where they work (`one healthcare assistant on an
    elderly care ward`): a short role, then a placing word, then a short place; such a person speaks as a person,
    in the text's words (`placed_people`)."""
    at = next((i for i, word in enumerate(words[:5]) if word in PLACING_WORDS), -1)
    return 2 <= at and len(words) <= MAX_PLACED_WORDS and at < len(words) - 1


INFORMANT_NOUNS: frozenset[str] = load_words("informant_nouns")
"""A report's unnamed informants (`sources`, `insiders`): they speak as their description, never as their body."""
MAX_INFORMANT_WORDS = 8
"""The longest description of informants read as a speaker (`multiple sources within the county sheriff's office`)."""


def informant_group(words: list[str]) -> bool:
    """Say whether lower-case words describe unnamed informants: an informant noun first or after one counting word
    (`sources`, `two sources at the depot`, `multiple sources within the council`), eight words at most, no modal."""
    at = next((i for i, word in enumerate(words[:2]) if word in INFORMANT_NOUNS), -1)
    return (at == 0 or at == 1 and words[0] not in DETERMINERS_OF_ONE) and len(words) <= MAX_INFORMANT_WORDS \
        and all(word.replace("’", "'").replace("'", "").isalpha() for word in words) \
        and not MODAL_VERBS.intersection(words)


DETERMINERS_OF_ONE: frozenset[str] = frozenset("the its their his her our this that these those".split())
"""Words before an informant noun that make it a thing (`the sources of the leak`, `its sources`), not people."""


def speaker_from_region(text: str, start: int, end: int, ctx: Context, record: bool = False) -> Who | None:
    """Resolve who speaks from the words before a cue: full name, kind, where the subject clause starts; a cue that
    shares its subject with an earlier verb (`X analysed NHS data and found`) never speaks as a name in its object."""
    unit = unit_subject(text, start, end)
    if unit is not None:  # "the Welsh Section of the organization Kindhands": Kindhands; "The Centre for Water Safety
        who = _read_region(text, *unit, ctx, record)  # (CWS) of the Department of Rivers": the centre (63d)
        if who is not None:
            return Who(who.name, who.kind, start)
    who = _read_region(text, start, end, ctx, record)
    if who is None:
        return None
    if bare_reading(who, text, start, end):
        nearest = nearest_document(text, start, end, lambda at, to: _region_speaker(text, at, to, ctx))
        return nearest or who  # "X released their crime statistics. The stats show": X's, not `The stats` (58h)
    if published_nearer(who, text, start, end):  # "A said B. X published its report. The figures show": X's (63x)
        nearest = nearest_document(text, start, end, lambda at, to: _region_speaker(text, at, to, ctx))
        return nearest if nearer_maker(who, nearest) else who
    return who


def _read_region(text: str, start: int, end: int, ctx: Context, record: bool = False) -> Who | None:
    """Resolve who speaks from the words before a cue, as `speaker_from_region` does before a bare data noun."""
    series = initial_series(text, start, end)
    if series is not None:  # "Wood, Lake, and Trails is reporting", then "WLT": one body, never `Parks` (63e)
        ctx.kinds.setdefault(series, "organisation")
        return Who(series, "organisation", start)
    trial = trial_speaker(text, start, end)
    if trial is not None:  # "The trial found", "according to a trial led by researchers at X": the named trial (24b)
        ctx.kinds.setdefault(trial, "document")
        return Who(trial, "document", start)
    taken = taken_document(text, start, end)
    if taken is not None:  # "X welcomed the latest figures which show": those figures, never X (60k)
        ctx.kinds.setdefault(taken, "document")
        return Who(taken, "document", start)
    titled = file_title(text, start, end)
    if titled is not None:  # "Delving into Water (pdf) has today revealed": the report by its title (41b)
        ctx.kinds.setdefault(titled, "document")
        return Who(titled, "document", start)
    anonymous = anonymous_speaker(text, start, end)
    if anonymous is not None:  # "A porter at X, who asked not to be named, said ... he said": that person (34d)
        return Who(anonymous, "person", start)
    operator = place_operator(text, start, end, ctx)
    if operator is not None:  # "..., the airport's operator has confirmed": the body that runs it, named next (53b)
        return operator
    made_for = made_for_publisher(text[start:end].split(), ctx)
    if made_for is not None:  # "The survey ..., carried out for us in August, found": the writer (55a)
        return Who(*made_for, start)
    who = _region_speaker(text, start, end, ctx, record)
    set_off = set_off_subject_end(text, start, end) if who is not None else None
    if who is not None and set_off is not None:  # "Jo Roe, general secretary of X, called A "obscene", and said"
        first = _region_speaker(text, start, set_off, ctx, record)
        if first is not None and first.name != who.name and first.kind in ("person", "organisation", "inspectorate"):
            return first
    if who is None or (shared := subject_end(text, start, end)) == end or text.find(who.name, shared, end) < 0:
        return who
    return _region_speaker(text, start, shared, ctx, record) or unresolved_subject(text, start, shared, ctx)


def made_for_publisher(raw: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a document made for a party with no maker named (the corpus README's documents made for someone): the
    party when it puts out the text itself (`carried out for us`: the writer) or when the text says it published a
    document of that noun (`a survey published today by the charity X` ... `The survey, carried out for the charity
    and its partner Y, found`: X, never the partner named last); else None (wave 55a)."""
    made = made_for_party(raw)
    if made is None or not made[1]:
        return None
    noun, party = made
    if party[0].lower().strip(",") == "us":
        return our_document(["our", noun], ctx)
    publisher = published_by(ctx, noun)
    if publisher is None or ctx.kind_of(publisher) not in BODY_KINDS:
        return None
    first = [word.lower().strip(",") for word in party[:2]]
    named = reference(first, ctx) if first[0] == "the" and len(first) == 2 else None
    return (publisher, ctx.kind_of(publisher)) if named is not None and named[0] == publisher else None


_OWN_OCCASION_RE = re.compile(r"\s+in\s+(?:his|her|their|its|an?)\s+(?:[a-z\-]+\s+){0,2}?(?:%s)\b"
                              % "|".join(sorted(load_words("own_occasions"))))
"""`Jo Roe in her contribution to the Budget Debate in the House said`: the speaker's own speech or paper set between
the name and the cue, never the speaker (the bodies it names are where it was given; `data/own_occasions.txt`); wave
54f: also after `a` (`Kagwe in a statement said`, `Amaso in an interview on Monday said`), never a document `a
statement` owned by the body in focus."""


def _region_speaker(text: str, start: int, end: int, ctx: Context, record: bool = False) -> Who | None:
    """Resolve who speaks from the words before a cue: full name, kind, where the subject clause starts."""
    start = past_bare_occasion(text, past_wire_bracket(text, past_dateline(text, start, end), end), end)
    opened = past_opening_conjunction(text, start, end)  # "While retailers said": retailers (47a)
    if opened != start:
        return _region_speaker(text, opened, end, ctx, record) or conjoined_subject(text, opened, end, ctx)
    region_end = words_end(text, start, end)  # "X, post at Y – which ranked ninth – says": past the dash (60f)
    region_end = before_post_letters(text, start, region_end)  # "Jo Roe, the Vice Chancellor (VC) said": the post
    occasion = _OWN_OCCASION_RE.search(text, start, region_end) if text.find(" in ", start, region_end) >= 0 else None
    region_end = occasion.start() if occasion is not None and occasion.start() > start else region_end  # (47c)
    start = subordinate_subject_start(text, start, region_end)  # "X complained after the board's review concluded"
    start = joined_subject_start(text, start, region_end) if text.find(" and ", start, region_end) >= 0 else start
    start = group_subject_start(text, start, region_end)  # "X was suspended after health bosses said": the bosses (55d)
    overseen = OVERSEEING_RE.search(text, start, region_end) if text.find("ing ", start, region_end) >= 0 else None
    region_end = overseen.start() if overseen is not None else region_end  # "the monitor overseeing the agency"
    relative = subject_relative_start(text, start, region_end) if text.find("ed ", start, region_end) >= 0 else None
    region_end = relative if relative is not None else region_end  # "A team that visited the X plant reported" (43n)
    companion = companion_start(text, start, region_end) if text.find(", ", start, region_end) >= 0 else None
    region_end = companion if companion is not None else region_end  # "Jo Roe, along with Tim Ash, said": Roe (47w)
    joint = joint_subject(text, start, region_end, ctx) if text.find(", and ", start, region_end) >= 0 else None
    if joint is not None:
        return joint  # "the Minister for X, Jo Roe, and the Minister for Y, Tim Ash, said": the two of them
    set_off = text[start:end].rstrip(" \u00a0").endswith(",")  # "X, the regional housebuilder, announces"
    cuts = clause_cuts(text, start, region_end)
    clause_start = cuts[-1].end() if cuts else start
    described_body = body_before_descriptor(text, start, region_end, ctx)
    if described_body is not None:
        return described_body  # "Unifo the union said", "Parcelfast, the union, said": the body
    who = None
    if cuts and text[clause_start:region_end].strip().lower() in RELATIVE_PRONOUNS:
        mentions = antecedent(text, find_mentions(text, start, cuts[-1].start()))  # "Essex's Dave Hill, who said"
        who = (ctx.add(mentions[-1]), kind(mentions[-1], ctx)) if mentions else None
    bounds = [start] + [cut.end() for cut in cuts]
    ends = [cut.start() for cut in cuts] + [region_end]
    clauses = relative_lists_joined(text, list(zip(bounds, ends))[::-1])  # "X, which runs A, B and C, said"
    description = _described_subject(text, start, clauses, ctx) if len(clauses) > 1 else None
    clauses = ([c for c in without_descriptions(text, clauses, set_off)
                if not is_credentials(text[slice(*c)]) and not is_age(text[slice(*c)])
                and not is_party_tag(text[slice(*c)])]
               or clauses)  # "R.N.", "MBA", "Tom Hale, 52, a fisherman,", "R-Midland" (wave 21a)
    past_post = person_clause_past_post([text[slice(*c)] for c in clauses]) if len(clauses) > 2 else -1
    post_holder = clauses[past_post] if past_post > 0 else None  # may lie past the clauses read below
    read_clauses, clauses = clauses, clauses[:MAX_CLAUSES]  # all of them for a person before her post's parts
    regulates = False
    titled = titled_document(text, clauses)
    if titled is not None:  # "The report, Cold Homes, Empty Cupboards, reveals": the report, not its title
        clauses = [titled]
    asides = 0  # clauses skipped as asides right before the cue (`, who asked not to be named,`)
    if post_holder is not None:  # "Jo Roe, Director, England North, at the X Fund, said": the person (22a)
        who = speaker_of_clause(text, *post_holder, ctx, person_only=True)
    who = description or who  # "A, federal health officials said": the description, never a name in A (32f)
    authored = document_before_author(text, clauses) if who is None else None
    if authored is not None:  # "The report, by the council's director of housing, Jo Roe, says": the report (42d)
        who = speaker_of_clause(text, *authored, ctx)
    opening = (person_before_units(text, read_clauses, lower_case_post) or person_before_units(text, clauses)) \
        if who is None and len(clauses) > 1 else None  # all clauses first: "Jo Roe, post, unit, body, said" (46a)
    if opening is not None:  # "Sgt Jo Roe, Coastal Patrols, X Authority, said": the person, not her unit (41a)
        who = speaker_of_clause(text, *opening, ctx, person_only=True)
    if who is None and len(clauses) == 2:
        who = conceded_it(text[slice(*clauses[0])], text[slice(*clauses[1])], clauses[1][0], text, ctx)
    for index, (begin, finish) in enumerate(clauses):
        if who is not None:
            break
        clause = text[begin:finish]
        own = relative_pronoun_body(clause, text[slice(*clauses[1])], ctx) if index == 0 and len(clauses) > 1 \
            else None
        if own is not None:
            who = own
            break  # "Cladach blamed charges approved by the CRU, which it said ...": Cladach says so
        if index == 0 and object_relative(clause):
            pronoun_end = text.index(clause.split(None, 1)[0], begin) + len(clause.split(None, 1)[0])
            who = speaker_of_clause(text, pronoun_end, finish, ctx)
            if who is not None:
                break  # "the Ridgeline pickup, which Corvale said it would stop building": Corvale says so
        if index == 0 and len(clauses) > 1 and (is_address(clause, text[slice(*clauses[1])])
                                                and text[slice(*clauses[1])].split()[0].lower() in PLACED_GROUPS
                                                or set_off and region_after_town(clause, text[slice(*clauses[1])])):
            asides += 1
            continue  # "Inspectors at Ardcarne Lodge, Co Roscommon, found" (19b), "Jo Roe of Wichita, Kan., said" (26f: set off
            # by commas on both sides, as an address is; "... in January, Acme said" is the claim, then its speaker)
        if 0 < index < len(clauses) - 1 and is_address(clause, text[slice(*clauses[index + 1])]):
            who = bare_noun(text[slice(*clauses[0])]) if index else None
            break  # "in Athlone, Co Westmeath, police said": the place never speaks; the noun after it does
        if (is_participle_clause(clause) or is_relative_clause(clause) or is_occasion_clause(clause)
                or origin_apposition(clause) and (index or set_off) or describes_employer(text, clauses, index)
                or is_advocate_aside(clause) or is_partner_aside(clause)
                or index + 1 < len(clauses) and operator_aside(clause, text[slice(*clauses[index + 1])])
                or index + 1 < len(clauses) and is_commissioner_aside(text, (begin, finish), clauses[index + 1])) \
                and index + 1 < len(clauses):  # "X, representing Y, told": X (23a)  # "X, a 34-year-old from Y, said"
            # "A spokesperson for X, run by Y, said": X (42a); "A, a 58-year-old from Y said": no comma closes the
            # description, so it is the speaker and A the claim (65y)
            asides += index == asides
            continue  # "X, which represents staff at the bank, said": X speaks
        if index + 1 < len(clauses) and describes_a_body(clause) and text[slice(*clauses[index + 1])].split()[-1:] \
                and text[slice(*clauses[index + 1])].split()[-1][:1].isupper():
            regulates = regulates or describes_a_body(clause) in INSPECTORATE_HEADS | {"regulator", "watchdog"}
            continue  # "Ostra, the energy regulator for Great Britain, found": Ostra, not the place
        if index + 1 < len(clauses) and (index or set_off) \
                and (described(clause.split(), clause.lower().split())
                     or set_off and (unnamed_role(clause, ROLES) or owners_voice(clause) or place_description(clause))
                     and opens_on_name(text, clauses[index + 1])) \
                and ends_with_name(text, *clauses[index + 1], kinds=("org", "person")):  # "X, the owner of Y, has"
            continue  # "Tarrow Homes plc, the regional housebuilder, announces": the name, not the description  # "Mothers Against Blades, founded in 2019 by Jo Roe, said": the body, not its founder
        if index == asides and (index + 1 == len(clauses) or not ends_with_name(text, *clauses[index + 1])):
            who = whole_title(clause, text, ctx)  # "..., the Minister of State for X has said": its holder (27d)
            if who is not None:
                break
        if index + 1 < len(clauses) and (is_role_phrase(clause) and headed_by_role(clause)
                                         and not named_member(text, begin, finish)
                                         or member_post_after_name(text, (begin, finish), clauses[index + 1])
                                         or person_described(text, (begin, finish), clauses[index + 1])
                                         or (is_indefinite(clause)
                                         or voice_apposition(clause)) and ends_with_name(text, *clauses[index + 1])) \
                and not is_occasion_clause(text[slice(*clauses[index + 1])]):  # "Speaking on Radio X, Minister Y said"
            who = speaker_of_clause(text, *clauses[index + 1], ctx, person_only=True) \
                or surname_alone(text[slice(*clauses[index + 1])], ctx, opens=index + 2 == len(clauses))
            if who is not None:
                break  # "Jo Bloggs, chief executive of Acme, said"; "A, Orrin, the chief executive, said" (65y)
        if index + 1 < len(clauses) and person_described(text, (begin, finish), clauses[index + 1], "org"):
            who = speaker_of_clause(text, *clauses[index + 1], ctx)
            if who is not None:
                break  # "Otterway Taverns Ltd, owner of the Otter Arms, said": the body named first (42d)
        if index + 2 < len(clauses) and is_role_phrase(text[slice(*clauses[index + 1])]) \
                and is_one_name(text, begin, finish):
            who = speaker_of_clause(text, *clauses[index + 2], ctx, person_only=True)
            if who is not None:
                break  # "Ann Roe, deputy chief executive, Acme Providers, said": the person, her role, her body, even
                # one whose name reads as a person's (`Corran Providers`, `Tarn Valley Ramblers`)
        owner = owned_title(text, begin, finish)
        who = speaker_of_clause(text, *owner, ctx) if owner is not None else None
        record_noun = pronoun_title(text, begin, finish) if who is None else None
        who = pronoun_document(record_noun, ctx) if record_noun is not None else who  # "Its Heat Outlook 2027 finds"
        if who is not None and who[1] in BODY_KINDS:
            break  # "The agency's annual Environmental Outlook, published on Tuesday, found": the agency (24b)
        site = site_owner(text[slice(*clauses[index - 1])]) if index else None
        if site is not None:  # "Draft minutes, published on the council's website, show": the council (50y)
            aside = clauses[index - 1][0]
            who = speaker_of_clause(text, aside + site[0], aside + site[1], ctx)
            if who is not None and who[1] in BODY_KINDS:
                break
        who = (indefinite_title(clause, text, ctx) if index == asides == 0 else None) \
            or (unowned_document(clause, text[slice(*clauses[index - 1])]) if index else None) \
            or speaker_of_clause(text, begin, finish, ctx)  # "a Deputy Garda Commissioner has told": the holder
        if who is not None and who[1] != "person" and index == asides:
            who = title_in_body(clause, text) or who  # "The General Secretary of X said": a person, never X
        if index == asides:
            who = held_holder(clause, text, begin, ctx) or who  # "The chief executive of X has admitted": its holder (36e)
        after_relative = index > 0 and is_relative_clause(text[slice(*clauses[index - 1])])
        if who is None and (index == asides or after_relative) and unnamed_role(clause):
            role = without_filler(clause)  # "the transport minister has announced": no `has`
            who = title_holder_named(text, role, ctx) or described_person(role, begin, ctx) \
                or (role, "person")  # "the council's director of housing told"; "The County boss said" (53d)
        if who is None and index == asides:
            who = title_only(clause, ctx) or described_person(clause, begin, ctx) or described_age(clause) \
                or representative(clause)  # "Counsel for the driver said": the counsel; "The 58-year-old said"
        if who is None and not skippable(clause):
            break
    if who is not None and description is None and len(clauses) > 1 \
            and unfit_walk(text, (start, clauses[0][0]), who[0], text[slice(*clauses[0])]):
        who = text[slice(*clauses[0])].strip(" ,"), "unresolved"  # "a Dayton, Ohio, officer, authorities said" (56e)
        ctx.kinds.setdefault(*who)
    if who is None and record:
        focus = ctx.focus_org()
        who = (focus, ctx.kind_of(focus)) if focus else None
    if who and regulates and who[1] == "organisation":
        ctx.kinds[who[0]] = "inspectorate"
        who = who[0], "inspectorate"
    if who is not None and (cut := venue_cut(text, start, region_end, who[0])) is not None:
        begin = max([start] + [c.end() for c in cuts if c.end() <= cut])  # "A, a study published in X said": a study
        who = speaker_of_clause(text, begin, cut, ctx) or (text[begin:cut].strip(" ,"), "unresolved")  # a journal
    if who is not None and (who[1] == "person" or who[1] in BODY_KINDS):  # a body's whole name set off before its
        clause_start = min(clause_start, clause_naming(text, clauses, who[0], whole=who[1] != "person"))  # (65m)
    return Who(who[0], who[1], clause_start) if who else None


def _described_subject(text: str, start: int, clauses: list[tuple[int, int]], ctx: Context) -> tuple[str, str] | None:
    """Resolve a description after the claim that the clause nearest the cue is (`A, the borders watchdog has found`):
    the party it refers to, else its own words when the claim's last name does not fit it; None after a name."""
    first = clauses[0]
    if description_kind(text[slice(*first)]) is None or ends_with_name(text, *clauses[1], kinds=("org", "person")):
        return None  # the cheap test first; "ComReg, the communications regulator, said": the apposition's name
    found = speaker_of_clause(text, *first, ctx)
    if found is not None and not misfit_in_claim(text, (start, first[0]), found[0], text[slice(*first)]):
        return found  # "..., the watchdog said": the regulator the text named
    described = described_voice(text, first, (start, first[0]))
    if described is not None:
        ctx.kinds.setdefault(*described)  # the rows that go on in its voice keep its kind
    return described or found


OBJECT_MARKERS: frozenset[str] = frozenset("to by for with at of from".split())
"""Prepositions before a body's noun that make it an object, not a subject (`presented to its board`)."""
PLACED_GROUPS: frozenset[str] = INSPECTORATE_HEADS | PEOPLE_GROUPS | BODY_PEOPLE | frozenset("police gardaí gardai".split())
"""People who open a clause placed where they work or looked (`Inspectors at X`, `Police in X`): a county set off
after that clause is their place, never the speaker."""


def place_description(clause: str) -> bool:
    """Say whether a clause describes a body by the place it serves (`the region's largest operator`), its last word
    no role (`the council's chief executive` is read as a role)."""
    return describes_by_place(clause) and clause.split()[-1].lower() not in ROLES


def opens_on_name(text: str, clause: tuple[int, int]) -> bool:
    """Say whether a clause opens on a name (`Aldwick Energy`), not on a phrase of place or time (`At Acme`)."""
    mentions = find_mentions(text, *clause)
    return bool(mentions) and not text[clause[0]:mentions[0].start].strip()


CONJOINED_SUBJECT_RE = re.compile(r"(?:the[ \t]+)?[a-z][a-z\-]*(?:[ \t]+[a-z][a-z\-]*){0,2}")
"""A short lower-case noun phrase, its article optional (`firms`, `the big lenders`)."""


def conjoined_subject(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Keep the subject of a clause a conjunction opens in its own words when no name resolves it (`While firms said`:
    firms), rather than drop its claim for want of a name (wave 47a)."""
    words = text[start:end].strip(" ,\u00a0")
    if not CONJOINED_SUBJECT_RE.fullmatch(words):
        return None
    ctx.kinds.setdefault(words, "unresolved")
    return Who(words, ctx.kinds[words], start)


def unresolved_subject(text: str, start: int, cut: int, ctx: Context) -> Who | None:
    """Keep a subject no name resolves in its own words, unresolved, rather than read a name in its verb's object."""
    words = subject_words(text, start, cut)
    if words is None:
        return None
    ctx.kinds.setdefault(words, "unresolved")
    return Who(words, ctx.kinds[words], text.find(words, start, cut))


TITLE_PLACES: frozenset[str] = frozenset("county state province district region city town borough parish".split())
"""Kinds of place a title may follow in lower case without an article (`Pelna county governor`)."""


def placed_title(raw: list[str], words: list[str]) -> bool:
    """Say whether a whole subject is a place's name, a kind of place in lower case and a role, with no article
    (`Pelna county governor`, `Orvale city mayor`): the holder of that post."""
    return len(words) == 3 and raw[0][:1].isupper() and raw[0][1:].islower() and raw[1].islower() \
        and words[1] in TITLE_PLACES and raw[2].islower() and words[2] in ROLES


HONOUR_PRONOUNS: dict[str, str] = {"her": "she", "his": "he"}
"""The pronoun a judge's style of address stands for as a subject (`Her Honour found`, `His Honour said`)."""


def speaker_of_clause(text: str, start: int, end: int, ctx: Context,
                       person_only: bool = False) -> tuple[str, str] | None:
    """Resolve the subject that ends right before a cue: a pronoun, a reference, a document or a name; one left
    unresolved in the text's capitals (wave 50g)."""
    who = with_text_capitals(_clause_speaker(text, start, end, ctx, person_only), text, start, end)
    unread = unread_name(text, start, end, who[0]) if who is not None and not person_only else None
    if unread is not None:
        return unread, "organisation"  # "according to Consumer Reports": its own words, never a body named before (55e)
    return who


def _clause_speaker(text: str, start: int, end: int, ctx: Context,
                    person_only: bool = False) -> tuple[str, str] | None:
    """Resolve the subject that ends right before a cue (`speaker_of_clause`'s reading, in lower case)."""
    raw = text[start:end].split()[-MAX_SUBJECT_WORDS:]
    words = [undotted(w.lower().strip(SUBJECT_WORD_STRIP)) for w in raw]  # "the U.S. attorney's office" (67v)
    while words and (words[-1] in FILLER_WORDS or words[-2:] == OBLIGED_TO
                     or (words[-1].endswith("ly") and len(words) > 1 and words[-1] not in LY_NOUNS)):
        words.pop()  # "the union strongly refutes", "the council today said"
        raw.pop()
    if len(words) >= 3 and words[-2] == "on" and words[-1] in WEEKDAYS \
            and (words[-3] in REFERENCE_WORDS or words[-3] in ORG_HEADS or raw[-3][:1].isupper()) \
            and not set(words[-5:-3]) & OBJECT_MARKERS:  # "a report presented to its board on Monday": no subject
        del words[-2:], raw[-2:]  # "The court on Tuesday recommended": the court (wave 19b)
    group = words[1:] if words[:1] in (["and"], ["but"]) else words
    if group and informant_group(group):
        return " ".join(raw[len(raw) - len(group):]), "unresolved"  # "Two sources at the depot said": the sources
    if group and group[0] in QUANTIFIERS and 2 <= len(group) <= 3 and group[-1] in PEOPLE_GROUPS:
        return " ".join(raw[len(raw) - len(group):]), "unresolved"  # "and some residents have complained": people
    if words[:1] == ["both"] and (joint := after_both(text, start, end)) is not None:
        return _clause_speaker(text, joint, end, ctx, person_only)  # "Both X and Y said": X and Y (61f)
    if not words or words[0] in QUANTIFIERS:
        return None  # "Each supplier reported": no one party speaks
    introduced = one_named(raw)
    if introduced is not None:
        return introduced, "person"  # "one Nathan Kerobi stated": the person so named (53f)
    if words[0] in ("one", "another") and len(words) <= 4 and all(w.isalpha() for w in words):
        return " ".join(raw), "unresolved"  # "One neighbouring trust said": not the trust named before
    if words[0] in ("one", "another") and placed_one(words) and all(w.isalpha() for w in words):
        return " ".join(raw), "person"  # "One nurse on a surgical ward told X:", as "One driver from Upper Marsh" is
    if placed_title(raw, words):
        return " ".join(raw), "person"  # "Pelna county governor has denied": the post's holder (wave 44a)
    if len(words) == 2 and words[1] == "honour" and words[0] in HONOUR_PRONOUNS:
        return pronoun([HONOUR_PRONOUNS[words[0]]], ctx)  # "Her Honour found": the judge, as `she` (41c)
    group_end = placed_force_people(text, start, end) if len(words) >= 3 else None
    if group_end is not None:  # "Detectives at Kelby said": as "Detectives said", the town only placing them (64x)
        return _clause_speaker(text, start, group_end, ctx, person_only)
    read = mentions_within(text, start, end, ctx.readings)  # cut from the sentence's reading where it reads alike
    mentions = [m for m in before_brackets(text, end, read) if not placed_name(text, m)
                and not remit_name(text, m)]  # "Minister for Foreign Affairs": a post's remit (27d)
    if len(mentions) > 1:
        employers = workplaces(text, mentions)  # "Jo Roe of stockbroker Hollins Rae said": Jo Roe
        mentions = [m for m in mentions if m not in employers]
    if mentions and FILING_HINT_RE.search(text, max(0, start - 60), end):
        mentions = [m for m in mentions if not filed_at(text, m)]  # "filed at Companies House"
    if mentions and mentions[-1].start > start and received(text, mentions[-1]):
        return giver(text, start, mentions[-1], ctx)  # "a report the police presented to the council"
    if person_only:
        persons = [m for m in mentions if m.kind == "person" and not placed_here(text, m)]  # "in Marlow Heath" (44d)
        name = ctx.add(persons[-1]) if persons else None
        return (name, "person" if ctx.kinds.get(name, "person") == "person" else ctx.kind_of(name)) if name else None
    if len(words) >= 3 and words[0] in INSPECTORATE_HEADS and words[0].endswith("s") and words[1] in ("at", "in") \
            and (found := reference(words[:1], ctx)) is not None and found[1] != "unresolved":
        return found  # "Inspectors at Ardcarne Lodge found": the inspectorate's people, where they inspected (19b)
    if len(words) >= 3 and words[0] in PUBLIC_GROUPS and words[1] in ("of", "at", "from", "in"):
        return (" ".join(raw), "unresolved") if people_phrase(text, end, words) else None  # "Supporters of the union said"
    if len(words) >= 3 and words[0] in PEOPLE_GROUPS and describes_people(words[1]) and raw[1][:1].islower():
        return raw[0], "unresolved"  # "Campaigners fighting an expansion of X Airport said": people, never X
        # ("Families Against Gambling Harm, a charity, said": a body's name, read on)
    officers = (officers_body(raw[0], ctx) or detectives_body(raw[0], ctx) or investigators_body(raw[0], ctx)) \
        if len(words) == 1 \
        else team_body(words, ctx) or office_firm(words, ctx) or maker_people(words, ctx)
    if officers is not None:
        return officers, ctx.kind_of(officers)  # "Officers replied that": the one council the text names (23b); "The
        # researchers found" after "researchers at X": X (32e); "the administrators said" after "of X as administrators" (35i)
    nearest = nearest_reference(raw, words, ctx) if raw[-1][:1].islower() else None
    if nearest is not None and nearest[1] == "unresolved" and nearest[0].split()[0].lower() in ("a", "an"):
        named_next = lead_body(text, end, words[-1])  # "after an NCAA panel found" and "The X Committee said" next
        if named_next is not None:
            name = ctx.add(named_next)
            nearest = name, ctx.kind_of(name)
    lead = lead_person(text, start, end, raw, words, ctx)
    if lead is not None:
        return lead  # "A HOSPITAL boss has conceded" and "Jo Roe, the chief executive of X, told" next (59d)
    poll = named_poll(raw, words, ctx) or joint_document(raw, words, ctx)
    if poll is not None:  # "The Quarrow Insight poll also found": the poll, never its pollster (42c)
        return poll
    party = party_document(text[start:end].split(), text)
    if party is not None:  # "A review commissioned by the department found": the review, never the department (37a)
        ctx.kinds.setdefault(party, "document")
        return party, "document"
    return post_letters_holder(text, raw, ctx) or obtained_owner(text, start, mentions, ctx) \
        or subordinate_document(text, start, raw, words, mentions, ctx) \
        or holder_office(raw, words, ctx) or office_of_post(raw, words, ctx) or role_after_body(text, end, words, mentions, ctx) \
        or role_after_name(text, end, words, mentions, ctx) \
        or relative_opening(raw, words, ctx) \
        or pronoun_after_adverbial(words, ctx) or clause_it(words, mentions, ctx) or pronoun(words, ctx) \
        or made_by_reference(raw, words, ctx) or authored_document(text, start, end, ctx) \
        or voice(text, start, end, words, mentions, ctx) or place_government(text, start, end, ctx) \
        or level_government(raw, words) \
        or titled_person(words, mentions, ctx) \
        or our_document(words, ctx) or short_name_owner(raw, words, ctx) or titled_reference(text, start, words) \
        or document_source(raw, words, mentions, ctx) or case_speaker(text, words, mentions, ctx) \
        or body_modifier_document(raw, words, ctx) or modifier_product(raw, words, ctx) or named_rule(raw, words) \
        or tail_possessor(text, start, words, ctx) or addressed_document(raw, words, ctx) \
        or produced_document(raw, words, ctx) \
        or examined_inquiry(raw, words, ctx) \
        or group_document(text, start, words, ctx.text_blocks()) or document(words, mentions, ctx, raw) \
        or group_before_and(text[start:end], raw, words) \
        or lettered_unit(raw, words) or unnamed_group(raw, words) or collective(raw, words) or nearest \
        or owned_board(raw, words, ctx) or reference_board(raw, words, ctx) \
        or named(mentions, words, ctx) or known_name(raw, ctx) \
        or reference(words, ctx) or bare_name(text, start, end, words, ctx) or body_people(raw, words, ctx) \
        or lower_case_name(raw, words, ctx) or own_people(words, ctx) or described(raw, words) or placed_description(raw, words) \
        or qualified_group(raw, words) or opened_group(raw, words) \
        or force_people(raw, words, ctx)  # "gardaí have said": the force the text names (26e)
