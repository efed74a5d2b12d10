"""A seeded generator of press-release-sized texts (2-6 KB) in the shapes the extractor reads.

Each text is drawn from its own `random.Random(f"{seed}:{index}")`, so text 42 is the same whether
one or ten thousand are written, and the same on every machine. Organisations (invented place
names with heads like Council, Trust, Agency, Ltd, Inspectorate), people, figures, dates and the
words of every clause are drawn combinatorially; the paragraphs use every cue and list shape that
claims/extract.py documents: `claims`, `says`, `reports that`, `according to`, `highlights`,
`legacy includes`; semicolon lists, comma lists ending in `and`, `and that`, bullets (-, •, *),
numbers (1) and 1.), inline numbered lists, persons' quotations, short references (`the Council`,
`It`, `inspectors`, `he`), lists continued in a cue-less paragraph, and the writer's commentary.
A few files are saved with a UTF-8 byte-order mark, Windows line ends or in Windows-1252.

    python -m benchmarks.corpus 1000 benchmarks/_work/corpus_1000
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

MIN_BYTES = 2_000
MAX_BYTES = 6_000
DEFAULT_SEED = 5
"""The seed of the corpus the benchmarks use (issue 5)."""
CORPUS_VERSION = 3
"""Bump when the generator changes, so cached corpora under benchmarks/_work are rewritten."""

PLACE_STARTS = ("Ash", "Bram", "Caster", "Dun", "Elm", "Fen", "Glen", "Hart", "Kings", "Lang", "Mar",
                "Nether", "Oak", "Pen", "Queens", "Raven", "Stan", "Thorn", "Wex", "Yar", "Brook", "Clay",
                "Dray", "Gorse", "Hol", "Kel", "Lud", "Mel", "Ros", "Sel", "Tam", "Wend")
PLACE_ENDS = ("ford", "mere", "wick", "ton", "bury", "field", "ham", "ley", "dale", "worth", "stead",
              "combe", "port", "gate", "holme", "by", "minster", "well")
FIRST_NAMES = ("Michael", "Sarah", "Amir", "Jane", "Roger", "Priya", "David", "Helen", "Tomasz", "Grace",
               "Oluwaseun", "Fiona", "Hamish", "Aisha", "Peter", "Rachel", "Kwame", "Megan", "Stuart",
               "Nadia", "Owen", "Catherine", "Imran", "Lucy", "Gareth", "Sian", "Dominic", "Eleanor",
               "Rohan", "Bethan", "Marcus", "Zoe")
SURNAMES = ("Rosen", "Porter", "Khan", "Thomson", "Smith", "Okafor", "Patel", "Hughes", "Nowak", "Whitfield",
            "Adeyemi", "Campbell", "MacLeod", "Begum", "Harrington", "Lloyd", "Mensah", "Pritchard", "Doyle",
            "Haddad", "Evans", "Fairbairn", "Chaudhry", "Marsh", "Llewellyn", "Rees", "Ashworth", "Kaur",
            "Osei", "Bramwell", "Quinn", "Sutherland")
PRONOUNS = {"he": ("he", "his", "Mr"), "she": ("she", "her", "Ms")}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@dataclass(frozen=True)
class Sector:
    """The vocabulary of one kind of organisation: its heads, roles, measures, deeds and things."""

    heads: tuple[str, ...]
    short: str
    inspectorate: str
    roles: tuple[str, ...]
    measures: tuple[str, ...]
    deeds: tuple[str, ...]
    things: tuple[str, ...]
    groups: tuple[str, ...]


SECTORS: tuple[Sector, ...] = (
    Sector(("County Council", "Borough Council", "City Council", "District Council"), "Council",
           "Schools Inspectorate",
           ("Director of Children\u2019s Services", "chief executive", "leader of the council",
            "cabinet member for adult social care"),
           ("the number of children in care", "delays in care assessments", "the share of roads in poor repair",
            "spending on agency staff", "complaints about bin collections", "the backlog of planning applications",
            "the percentage of schools rated good or outstanding", "the number of families in temporary housing"),
           ("resurfaced {n} miles of road", "opened {k} new family hubs", "recruited {n} foster carers",
            "cut the social care overspend by \u00a3{m} million", "built {k} new primary schools",
            "kept {k} libraries open", "trained {n} new social workers", "extended free school transport"),
           ("early help offer", "fostering service", "recycling scheme", "youth service", "adult learning programme",
            "library network", "school improvement service", "mental health support team"),
           ("vulnerable children", "care leavers", "older residents", "young carers", "rural families",
            "people with learning disabilities")),
    Sector(("Water Ltd", "Water Services Ltd", "Water Company"), "company", "Drinking Water Inspectorate",
           ("chief executive", "operations director", "chair of the board", "head of customer services"),
           ("leaks", "sewage spills", "customer bills", "the number of burst mains", "supply interruptions",
            "complaints about water pressure", "the time taken to answer calls", "carbon emissions"),
           ("planted {n} trees", "restored {k} wetlands", "replaced {n} miles of pipe", "built {k} storm tanks",
            "doubled river testing", "cut carbon emissions by a fifth", "fitted {n} smart meters",
            "installed {k} new treatment works"),
           ("leak detection programme", "customer support scheme", "river monitoring network", "social tariff",
            "catchment partnership", "priority services register", "water efficiency programme",
            "storm overflow plan"),
           ("customers on low incomes", "farmers", "anglers", "households in flood zones", "small businesses",
            "schools")),
    Sector(("Housing Trust", "Housing Agency", "Homes Ltd", "Housing Association"), "Agency",
           "Housing Standards Inspectorate",
           ("chief executive", "director of housing", "head of repairs", "chair of the tenants\u2019 panel"),
           ("rent arrears", "the number of empty homes", "the time taken to complete repairs", "damp and mould cases",
            "tenant satisfaction", "the number of evictions", "the waiting list for social housing",
            "energy bills for tenants"),
           ("completed {n} homes", "insulated {n} homes", "cleared {n} repair requests", "fitted {n} heat pumps",
            "opened {k} new estate offices", "bought back {n} empty homes", "employed {k} new surveyors",
            "halved the repairs backlog"),
           ("repairs service", "lettings team", "tenant support fund", "damp and mould taskforce",
            "energy advice service", "estate improvement plan", "homelessness prevention team",
            "named officer scheme"),
           ("older tenants", "families on the waiting list", "disabled tenants", "young people leaving care",
            "tenants in arrears", "rough sleepers")),
    Sector(("Hospital Trust", "NHS Foundation Trust", "Health Board", "Community Health Trust"), "Trust",
           "Care Quality Inspectorate",
           ("chief executive", "medical director", "chief nurse", "chair of the trust board"),
           ("waiting times in the emergency department", "mortality rates", "the number of cancelled operations",
            "bed occupancy", "staff vacancies", "the waiting list for hip replacements", "hospital infections",
            "ambulance handover delays"),
           ("recruited {n} nurses", "opened {k} new wards", "cut agency spending by \u00a3{m} million",
            "performed {n} extra operations", "opened a new cancer centre", "trained {n} healthcare assistants",
            "built {k} new operating theatres", "extended weekend clinics"),
           ("discharge team", "frailty unit", "maternity service", "stroke pathway", "virtual ward",
            "mental health liaison service", "diagnostic centre", "patient transport service"),
           ("older patients", "expectant mothers", "patients with dementia", "children and young people",
            "people on the waiting list", "cancer patients")),
    Sector(("Transport Agency", "Rail Ltd", "Buses Ltd", "Transport Authority"), "Authority",
           "Rail Safety Inspectorate",
           ("managing director", "director of operations", "chair", "head of passenger services"),
           ("punctuality", "the number of cancelled services", "fares", "passenger complaints",
            "overcrowding at peak times", "journey times", "the number of step-free stations", "fare evasion"),
           ("added {n} extra services", "opened {k} new stations", "bought {k} electric buses",
            "cut journey times by {pct} per cent", "installed {n} ticket machines", "upgraded {k} signal boxes",
            "hired {n} drivers", "froze fares for {k} years"),
           ("night bus network", "travel assistance scheme", "cycle hire scheme", "real-time information system",
            "concessionary fares scheme", "park and ride service", "school bus network", "rail replacement plan"),
           ("commuters", "disabled passengers", "students", "shift workers", "rural villages", "pensioners")),
    Sector(("College", "University", "Academy Trust", "Education Foundation"), "College",
           "Further Education Inspectorate",
           ("principal", "vice-chancellor", "chief executive", "chair of governors"),
           ("the pass rate", "dropout rates", "the number of apprenticeships", "student satisfaction",
            "the share of students in work after a year", "class sizes", "staff turnover", "the deficit"),
           ("opened {k} new teaching blocks", "enrolled {n} apprentices", "opened a new engineering centre",
            "raised \u00a3{m} million from donors", "hired {k} new lecturers", "launched {k} new degree courses",
            "cut the deficit by \u00a3{m} million", "doubled bursaries"),
           ("careers service", "student hardship fund", "mentoring scheme", "digital skills programme",
            "adult education offer", "engineering centre", "wellbeing service", "access course"),
           ("mature students", "first-generation students", "local employers", "students with disabilities",
            "young people not in work", "international students")),
    Sector(("Police", "Constabulary", "Police and Crime Office"), "Constabulary",
           "Constabulary Inspectorate",
           ("chief constable", "police and crime commissioner", "assistant chief constable",
            "head of neighbourhood policing"),
           ("burglary", "response times to emergency calls", "knife crime", "the number of officers on the beat",
            "antisocial behaviour", "the backlog of cases", "road deaths",
            "the time taken to answer non-emergency calls"),
           ("recruited {n} officers", "opened {k} new police stations", "seized {n} knives",
            "trained {n} special constables", "closed {k} drugs lines", "fitted {n} body cameras",
            "cut overtime spending by \u00a3{m} million", "reopened {k} front counters"),
           ("neighbourhood policing team", "victims\u2019 hub", "youth diversion scheme", "rural crime unit",
            "domestic abuse service", "cyber crime unit", "road safety campaign", "community speed watch"),
           ("victims of crime", "young people", "rural communities", "shop workers", "older residents",
            "families affected by violence")),
    Sector(("Wildlife Trust", "Environment Agency", "Parks Trust", "Energy Ltd"), "Trust",
           "Environmental Standards Inspectorate",
           ("chief executive", "director of conservation", "chair", "head of estates"),
           ("visitor numbers", "carbon emissions", "litter", "the area of woodland", "the number of volunteers",
            "river pollution incidents", "energy use", "the number of species at risk"),
           ("planted {n} trees", "restored {k} ponds", "recruited {n} volunteers", "opened {k} new nature reserves",
            "cut energy use by {pct} per cent", "installed {n} solar panels", "cleared {n} tonnes of litter",
            "reintroduced {k} native species"),
           ("volunteer programme", "schools outreach scheme", "rewilding project", "visitor centre",
            "green skills course", "community orchard scheme", "flood defence plan", "heat network"),
           ("schoolchildren", "local farmers", "walkers", "young volunteers", "landowners", "families on low incomes")),
)

PREDICATES = ("fell by {pct} per cent", "rose by {pct} per cent", "halved", "are now below the national average",
              "improved for the {ordinal} year running", "reached a record {n}", "fell to {pct} per cent",
              "are at their lowest level since {year}", "improved faster than anywhere in the region",
              "have fallen every quarter since {month} {year}", "rose only slightly despite rising demand",
              "now beat the national target")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth")
ADJECTIVES = ("a new", "an expanded", "a faster", "a dedicated", "a redesigned", "a \u00a3{m} million",
              "a better funded", "a round-the-clock", "a county-wide", "an award-winning")
CLAIM_VERBS = ("claims", "says", "reports", "states", "highlights", "notes", "insists", "maintains", "confirms",
               "stresses", "argues")
COLON_VERBS = ("highlight", "list", "note", "report", "point out")
QUOTE_OPENERS = ("We have {deed} and {clause2}.", "I am proud that {clause}.",
                 "There is still more to do, but {clause}.", "Our {thing} has made a real difference to {group}.",
                 "Nobody should doubt that {clause}.", "This year we {deed}, which is a record for {org}.",
                 "The figures speak for themselves: {clause}.",
                 "I want to thank every member of staff: together we {deed}.",
                 "We are determined to keep improving, because {group} deserve nothing less.",
                 "It has not always been easy, and I know {group} have felt the strain.")
COMMENTARY = ("The claims from the {short_l} raise questions about {topic}.",
              "However, {critics} say the figures are misleading.",
              "Why has the {role} left so soon after the {inspectorate} report?",
              "{critics_cap} doubt these figures, pointing to {topic}.",
              "It is unclear how the {short_l} will pay for the {thing} once the grant ends.",
              "Will the new {role} keep these promises?",
              "How will morale be maintained in a service that has lost so much funding?",
              "The {inspectorate} has questions about {topic} that remain unanswered.")
CRITICS = ("critics", "union officials", "opposition councillors", "campaigners", "some staff", "local residents",
           "patient groups", "tenants\u2019 groups")
NARRATION = ("{name} joined {org} as {role_a} in {year} and became {role} in {month} {year2}.",
             "The announcement was made at a meeting in {place} on {day} {month}.",
             "{org} employs about {n} people and has a budget of \u00a3{m} million.",
             "The {inspectorate} last visited {place} in {month} {year}.",
             "The report runs to {k}0 pages and covers the period from {month} {year} to {month2} {year2}.",
             "A public meeting will be held at {place} Town Hall on {day} {month2}.",
             "Copies of the report are available from the {short_l}\u2019s offices in {place}.",
             "{org} was formed in {year} from the merger of two smaller bodies.",
             "{org} serves about {n},000 residents across an area of {k}0 square miles.",
             "The {short_l}\u2019s budget was cut by \u00a3{m} million in {year}, and a further cut is planned "
             "for {year2}.",
             "{name} previously worked in the north of England for {k} years before moving to {place} in {year}.",
             "The full board meets in public every {month} at the civic centre in {place}, and meetings are filmed.",
             "Details of the consultation, which closes on {day} {month2}, are on the {short_l}\u2019s website.",
             "The {inspectorate} visits every body of this kind at least once every {k} years.",
             "The post will be advertised nationally in {month2}, with interviews expected before the summer.",
             "An interim {role} will be appointed from within the {short_l} until a permanent successor is found.",
             "Notes to editors: {org} is one of {k} bodies of its kind in the region; the press office is open "
             "from 9am to 5pm on weekdays.")


class Draw:
    """The choices of one text: its random source, its organisations and people."""

    def __init__(self, rng: random.Random) -> None:
        """Draw the cast of one text: sector, organisation, place, inspectorate and two people."""
        self.rng = rng
        self.sector = rng.choice(SECTORS)
        self.place = rng.choice(PLACE_STARTS) + rng.choice(PLACE_ENDS)
        head = rng.choice(self.sector.heads)
        self.org = f"{self.place} {head}"
        self.head = head
        self.short = head.split()[-1] if head.split()[-1] not in ("Ltd", "Company") else "company"
        self.inspectorate = self.sector.inspectorate
        surnames = rng.sample(SURNAMES, 2)
        self.people = [(f"{rng.choice(FIRST_NAMES)} {surname}", rng.choice(("he", "she"))) for surname in surnames]
        self.roles = rng.sample(self.sector.roles, 2)

    def pick(self, options: tuple[str, ...]) -> str:
        """Choose one option and fill its slots."""
        return self.fill(self.rng.choice(options))

    def fill(self, template: str) -> str:
        """Fill a template's slots ({n}, {pct}, {year}, {thing}, ...) with fresh draws."""
        rng = self.rng
        slots = {
            "n": f"{rng.randrange(12, 4_000):,}", "k": str(rng.randrange(2, 19)), "m": str(rng.randrange(1, 60)),
            "pct": str(rng.randrange(3, 48)), "year": str(rng.randrange(2009, 2019)),
            "year2": str(rng.randrange(2019, 2025)), "month": rng.choice(MONTHS), "month2": rng.choice(MONTHS),
            "day": str(rng.randrange(1, 29)), "ordinal": rng.choice(ORDINALS), "place": self.place,
            "org": self.org, "short_l": self.short.lower(), "inspectorate": self.inspectorate,
            "role": self.roles[0], "role_a": "an interim " + self.roles[1], "name": self.people[0][0],
            "thing": rng.choice(self.sector.things), "group": rng.choice(self.sector.groups),
            "topic": rng.choice(self.sector.measures), "critics": rng.choice(CRITICS),
            "critics_cap": rng.choice(CRITICS).capitalize(),
        }
        for lazy in ("clause", "clause2", "deed"):
            if "{" + lazy + "}" in template:
                slots[lazy] = self.clause() if lazy.startswith("clause") else self.deed()
        return template.format(**slots)

    def clause(self) -> str:
        """A measure and what happened to it: `rent arrears fell by 12 per cent`."""
        return f"{self.rng.choice(self.sector.measures)} {self.pick(PREDICATES)}"

    def deed(self) -> str:
        """Something the organisation did: `planted 4,000 trees`."""
        return self.pick(self.sector.deeds)

    def thing(self) -> str:
        """Something the organisation offers: `a new repairs service for older tenants`."""
        adjective = self.fill(self.rng.choice(ADJECTIVES))
        return f"{adjective} {self.rng.choice(self.sector.things)} for {self.rng.choice(self.sector.groups)}"

    def subject(self) -> str:
        """How a sentence names the organisation: in full, as `the Council`, or as `It`."""
        return self.rng.choice((f"The {self.short}", f"The {self.short}", "It", self.org, f"The {self.head}"))

    def item(self) -> str:
        """One list item: a clause or a thing, chosen at random."""
        return self.clause() if self.rng.random() < 0.5 else self.thing()


def intro(d: Draw) -> str:
    """The opening paragraph: who announces what."""
    name, pronoun = d.people[0]
    return d.rng.choice((
        f"{d.org} today published its annual report for {d.rng.randrange(2015, 2025)}.",
        f"{name}, the {d.roles[0]} of {d.org}, has today announced {PRONOUNS[pronoun][0]} is moving on from "
        f"{PRONOUNS[pronoun][1]} role.",
        f"The {d.inspectorate} has published its report on {d.org} after a visit in {d.rng.choice(MONTHS)}.",
        f"{d.org} has set out its record for the year ahead of a meeting in {d.place} on "
        f"{d.rng.randrange(1, 29)} {d.rng.choice(MONTHS)}.",
    ))


def semicolon_list(d: Draw) -> str:
    """`The Council claims that A; that B; and that C.`"""
    items = [d.clause() for _ in range(d.rng.randrange(2, 5))]
    return f"{d.subject()} {d.rng.choice(CLAIM_VERBS)} that " + "; that ".join(items[:-1]) + f"; and that {items[-1]}."


def comma_list(d: Draw) -> str:
    """`It also says it A, B and C.` (with or without the Oxford comma)."""
    deeds = [d.fill(deed) for deed in d.rng.sample(d.sector.deeds, d.rng.randrange(3, 6))]
    oxford = "," if d.rng.random() < 0.3 else ""
    return f"{d.subject()} also {d.rng.choice(CLAIM_VERBS)} it " + ", ".join(deeds[:-1]) + f"{oxford} and {deeds[-1]}."


def and_that(d: Draw) -> str:
    """`The Agency reports that A and that B.`"""
    return f"{d.subject()} {d.rng.choice(CLAIM_VERBS)} that {d.clause()} and that {d.clause()}."


def bullets(d: Draw) -> str:
    """A colon cue with its items on bulleted or numbered lines: -, •, *, 1) or 1."""
    style = d.rng.choice(("-", "\u2022", "*", "1)", "1.", "-"))
    lead = d.rng.choice((f"{d.subject()} {d.rng.choice(CLAIM_VERBS)} that:",
                         f"Among the improvements set out in the report, inspectors {d.rng.choice(COLON_VERBS)}:",
                         f"The {d.short}\u2019s achievements include:", f"The {d.short} {d.rng.choice(CLAIM_VERBS)}:"))
    count = d.rng.randrange(2, 6)
    end = d.rng.choice((";", "", "."))
    lines = []
    for number in range(1, count + 1):
        marker = style.replace("1", str(number)) if style[0] == "1" else style
        gap = "" if marker == "-" and d.rng.random() < 0.3 else " "
        lines.append(f"{marker}{gap}{d.item()}{end if number < count else '.'}")
    return lead + "\n" + "\n".join(lines)


def inline_numbers(d: Draw) -> str:
    """`The Trust also claims: 1. A; 2. B.` or with `1)`."""
    close = d.rng.choice((".", ")"))
    items = [d.clause() for _ in range(d.rng.randrange(2, 5))]
    listed = "; ".join(f"{i}{close} {item}" for i, item in enumerate(items, 1))
    return f"The {d.short} also {d.rng.choice(('claims', 'says', 'lists'))}: {listed}."


def according(d: Draw) -> str:
    """`According to the Agency, A.` or `A, according to X.`"""
    if d.rng.random() < 0.5:
        return f"According to the {d.short}, {d.clause()}."
    clause = d.clause()
    return f"{clause[0].upper()}{clause[1:]}, according to {d.org}."


def legacy(d: Draw) -> str:
    """`Michael Rosen's legacy includes A, B and C.`"""
    name = d.people[0][0]
    items = [d.thing() for _ in range(d.rng.randrange(2, 4))]
    owner = d.rng.choice((f"{name}\u2019s", f"The {d.org} claims {name}\u2019s"))
    return f"{owner} legacy includes " + ", ".join(items[:-1]) + f" and {items[-1]}."


def quotation(d: Draw) -> str:
    """A person's words in quotation marks, with the cue before or after them."""
    name, pronoun = d.rng.choice(d.people)
    first = d.pick(QUOTE_OPENERS)
    second = d.pick(QUOTE_OPENERS)
    shape = d.rng.randrange(4)
    if shape == 0:
        return f"{name}, {d.roles[0]} of {d.org}, said: \u201c{first} {second}\u201d"
    if shape == 1:
        return f"\u201c{first[:-1]},\u201d {PRONOUNS[pronoun][0]} said. \u201c{second}\u201d"
    if shape == 2:
        return f"\u2018{first} {second}\u2019 {name.split()[0]} added."
    return f"{PRONOUNS[pronoun][2]} {name.split()[-1]} said the {d.short.lower()} had \u201c{d.deed()}\u201d."


def continuation(d: Draw) -> str:
    """A cue-less paragraph that continues the organisation's list: `There has been A, with B, C, and D.`"""
    things = [d.thing() for _ in range(3)]
    change = d.rng.choice(("a fall", "an overall reduction", "a steady improvement", "a sharp drop", "a rise"))
    return (f"There has been {change} in {d.rng.choice(d.sector.measures)}, with {things[0]}, {things[1]}, "
            f"and {things[2]}.")


def inspection(d: Draw) -> str:
    """The inspectorate's findings, referred to as `inspectors` after the first mention."""
    return (f"The {d.inspectorate} visited {d.org} in {d.rng.choice(MONTHS)}. Inspectors "
            f"{d.rng.choice(('highlight', 'report that', 'note that', 'found that'))} {d.clause()} but also "
            f"say {d.clause()}.")


def commentary(d: Draw) -> str:
    """The writer's own commentary: questions, doubts, talk of `the claims`."""
    return " ".join(d.fill(line) for line in d.rng.sample(COMMENTARY, d.rng.randrange(1, 3)))


def narration(d: Draw) -> str:
    """Background with names, dates and figures, claiming nothing."""
    return " ".join(d.fill(line) for line in d.rng.sample(NARRATION, d.rng.randrange(1, 4)))


PARAGRAPHS = (semicolon_list, comma_list, and_that, bullets, inline_numbers, according, legacy, quotation,
              continuation, inspection, commentary, narration, narration, narration, narration, narration, quotation,
              semicolon_list, bullets, commentary)
"""The deck of paragraph kinds a text draws from without replacement (reshuffled when used up)."""


def generate_text(index: int, seed: int = DEFAULT_SEED) -> str:
    """Return text number `index` of the corpus with this seed: 2-6 KB of UTF-8."""
    rng = random.Random(f"{seed}:{index}")
    d = Draw(rng)
    target = rng.randrange(MIN_BYTES, MAX_BYTES - 300)
    paragraphs = [intro(d)]
    size = len(paragraphs[0].encode("utf-8"))
    deck: list = []
    for _ in range(200):
        if size >= target:
            break
        if not deck:
            deck = rng.sample(PARAGRAPHS, len(PARAGRAPHS))
        paragraph = deck.pop()(d)
        cost = len(paragraph.encode("utf-8")) + 2
        if size + cost <= MAX_BYTES - 100:
            paragraphs.append(paragraph)
            size += cost
    closing = commentary(d)
    if rng.random() < 0.6 and size + len(closing.encode("utf-8")) + 2 <= MAX_BYTES - 100:
        paragraphs.append(closing)
    return "\n\n".join(paragraphs) + "\n"


def encode_text(text: str, index: int) -> bytes:
    """Encode a text as saved: UTF-8, except every 20th with a BOM, every 20th with CRLF, every 30th in cp1252."""
    if index % 20 == 7:
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if index % 20 == 13:
        return text.replace("\n", "\r\n").encode("utf-8")
    if index % 30 == 5:
        return text.encode("cp1252")
    return text.encode("utf-8")


def file_name(index: int) -> str:
    """The file name of text number `index`: sortable, so the first N files are the first N texts."""
    return f"{index:05d}.txt"


def write_corpus(folder: str | Path, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write texts 0..count-1 into a folder (created if needed) and return their paths in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / file_name(index)
        path.write_bytes(encode_text(generate_text(index, seed), index))
        paths.append(path)
    return paths


def ensure_corpus(folder: str | Path, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Return the first `count` texts of a corpus folder, writing it first unless it is complete and current."""
    folder = Path(folder)
    stamp = folder / "CORPUS"
    expected = f"seed={seed} count>={count} version={CORPUS_VERSION}"
    if stamp.is_file():
        seed_part, have, version = stamp.read_text(encoding="utf-8").split()
        if seed_part == f"seed={seed}" and version == f"version={CORPUS_VERSION}" \
                and int(have.split(">=")[1]) >= count:
            return [folder / file_name(index) for index in range(count)]
    paths = write_corpus(folder, count, seed)
    stamp.write_text(expected + "\n", encoding="utf-8")
    return paths


def write_long_text(path: str | Path, claims_wanted: int, seed: int = DEFAULT_SEED) -> int:
    """Write one source text (texts joined, then cut) with `claims_wanted` claims if it can; return the count."""
    from claims.extract import find_claims
    texts: list[str] = []
    found = 0
    while found < claims_wanted:
        texts.append(generate_text(len(texts), seed))
        found += len(find_claims(texts[-1], "estimate"))
    text = "\n\n".join(texts)
    claims = find_claims(text, Path(path).name)
    if len(claims) > claims_wanted:
        text = _cut_after(text, claims, claims_wanted, lambda t: len(find_claims(t, Path(path).name)))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")
    return len(find_claims(text, Path(path).name))


def _cut_after(text: str, claims: list, wanted: int, count: Callable[[str], int]) -> str:
    """Cut a text after its `wanted`-th claim: at the paragraph's end if that keeps exactly `wanted`, else sooner."""
    paragraph_end = text.find("\n\n", claims[wanted - 1].end)
    cuts = [cut for cut in (paragraph_end, claims[wanted].start) if cut > 0]
    for cut in cuts:
        candidate = text[:cut].rstrip() + "\n"
        if count(candidate) == wanted:
            return candidate
    return text[:cuts[0]].rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write N generated texts into a folder."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many texts to write")
    parser.add_argument("folder", type=Path, help="where to write them (created if needed)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"the corpus seed (default {DEFAULT_SEED})")
    args = parser.parse_args(argv)
    paths = write_corpus(args.folder, args.count, args.seed)
    total = sum(path.stat().st_size for path in paths)
    print(f"wrote {len(paths)} texts, {total / 1e6:.2f} MB, into {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
