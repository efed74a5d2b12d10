"""The package's own rules: layers import downwards (inside subpackages too), only the UI modules import a
widget library, no seed names in the rules or word lists, and requirements.txt lists everything imported."""
import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "claims"

LAYERS: dict[str, float] = {
    "model": 1, "compiled": 1.05, "finding": 1.1, "identity": 1.2, "states": 1.5,
    "sources": 2, "anchor": 2, "profile": 2,
    "extract.text_caches": 2.05, "extract.unopened_quotes": 2.15, "extract.vocabulary": 2.1, "extract.text": 2.2, "extract.joint_names": 2.15, "extract.slash_names": 2.15, "extract.datelines": 2.15, "extract.entities": 2.2, "extract.examiner_offices": 2.21, "extract.judging_panels": 2.21, "extract.joined_predicates": 2.29, "extract.modifier_series": 2.25, "extract.dated_acts": 2.29, "extract.items": 2.3, "extract.conjuncts": 2.25, "extract.ing_nouns": 2.25, "extract.list_heads": 2.31, "extract.fragments": 2.25, "extract.figure_appositives": 2.15, "extract.gapped_series": 2.15, "extract.relatives": 2.35, "extract.short_predicates": 2.36,
    "extract.speakers.words": 2.300, "extract.speakers.body_traits": 2.301, "extract.speakers.registry": 2.3016,
    "extract.speakers.focus": 2.3018, "extract.speakers.described_leads": 2.30216, "extract.speakers.described_bodies": 2.30217, "extract.speakers.cut_openings": 2.3015, "extract.speakers.article_bodies": 2.3015, "extract.speakers.apposed_bodies": 2.3015, "extract.speakers.letter_kinds": 2.30181, "extract.speakers.spelled_letters": 2.3001, "extract.speakers.remit_offices": 2.3002, "extract.speakers.defined_terms": 2.3017, "extract.speakers.first_references": 2.3017, "extract.speakers.headline_sources": 2.3001, "extract.speakers.initialled_universities": 2.3001, "extract.speakers.based_bodies": 2.3001, "extract.speakers.epithets": 2.3021, "extract.speakers.short_councils": 2.3001, "extract.speakers.subject_bodies": 2.3001, "extract.speakers.post_bodies": 2.3001, "extract.speakers.clause_pronouns": 2.3029, "extract.speakers.turn_bodies": 2.30185, "extract.speakers.side_nouns": 2.3019, "extract.speakers.context": 2.302, "extract.speakers.references": 2.3022, "extract.speakers.report_inspectors": 2.30216, "extract.speakers.named_endings": 2.30205, "extract.speakers.modifier_bodies": 2.3021, "extract.speakers.inspection_agents": 2.30211, "extract.speakers.headless_bodies": 2.30212, "extract.speakers.sole_bodies": 2.30213, "extract.speakers.title_letters": 2.3001, "extract.speakers.lettered_bodies": 2.30214, "extract.speakers.officer_bodies": 2.3028, "extract.speakers.research_teams": 2.3028, "extract.speakers.appointed_firms": 2.3028, "extract.speakers.investigator_bodies": 2.3028, "extract.speakers.force_people": 2.3029, "extract.speakers.town_regions": 2.3001, "extract.speakers.honoured_names": 2.30005, "extract.speakers.placed_names": 2.3001, "extract.speakers.thing_names": 2.3001, "extract.speakers.examiner_references": 2.3001, "extract.speakers.owned_offices": 2.3001, "extract.speakers.regulating_bodies": 2.3001, "extract.speakers.name_kinds": 2.3001, "extract.speakers.short_kinds": 2.3002, "extract.speakers.examining_work": 2.3001, "extract.speakers.regulating_agents": 2.3001, "extract.speakers.regulating_work": 2.3001, "extract.speakers.regulator_signs": 2.30015, "extract.speakers.post_signs": 2.3001, "extract.speakers.document_tails": 2.3001, "extract.speakers.fronted_times": 2.3001, "extract.speakers.agent_bodies": 2.3001, "extract.speakers.party_documents": 2.3001, "extract.speakers.named_polls": 2.3031, "extract.speakers.joint_documents": 2.3031, "extract.speakers.turns": 2.3023, "extract.speakers.publishers_of": 2.3023, "extract.speakers.bounds": 2.3001, "extract.speakers.labels": 2.3001, "extract.speakers.places": 2.3001, "extract.speakers.document_authors": 2.30235, "extract.speakers.agent_references": 2.30236, "extract.speakers.lead_documents": 2.3001, "extract.speakers.lead_bodies": 2.3012, "extract.speakers.described_voices": 2.3013, "extract.speakers.subordinate_documents": 2.3075, "extract.speakers.compound_references": 2.3001, "extract.speakers.compound_titles": 2.3001, "extract.speakers.shared_subjects": 2.3002, "extract.speakers.described_names": 2.3003, "extract.speakers.subordinate_subjects": 2.3001, "extract.speakers.speaker_employers": 2.3001, "extract.speakers.titled_bodies": 2.3001, "extract.speakers.post_parts": 2.3062, "extract.speakers.publishers": 2.3024, "extract.speakers.products": 2.3025, "extract.speakers.post_holders": 2.3026, "extract.speakers.lead_company": 2.3026, "extract.speakers.issuer_boards": 2.3026, "extract.speakers.own_inquiries": 2.3001, "extract.speakers.voice_subjects": 2.3026, "extract.speakers.they_groups": 2.303, "extract.speakers.titled_references": 2.3001, "extract.speakers.panel_bodies": 2.3011, "extract.speakers.advocate_asides": 2.3001, "extract.speakers.named_trials": 2.3001, "extract.speakers.taken_documents": 2.3001, "extract.speakers.issued_statements": 2.3048, "extract.speakers.file_titles": 2.3001, "extract.speakers.anonymous_people": 2.3001, "extract.speakers.surname_appositions": 2.3025, "extract.speakers.one_names": 2.3001, "extract.speakers.place_operators": 2.3047, "extract.speakers.titled_records": 2.3035, "extract.speakers.headline_names": 2.3001, "extract.speakers.firm_posts": 2.3001, "extract.speakers.county_names": 2.3001, "extract.speakers.place_councils": 2.302, "extract.speakers.fuller_bodies": 2.3015, "extract.speakers.plural_bodies": 2.3001, "extract.speakers.inverted_departments": 2.3001, "extract.speakers.initial_series": 2.3001, "extract.speakers.lead_references": 2.3027, "extract.speakers.later_named_leads": 2.3027, "extract.speakers.held_nouns": 2.3027,
    "extract.speakers.appositives": 2.303, "extract.speakers.owned_appositions": 2.3031, "extract.speakers.titles": 2.304, "extract.speakers.body_titles": 2.3045, "extract.speakers.held_posts": 2.3046, "extract.speakers.earlier_documents": 2.3045, "extract.speakers.writer_bodies": 2.3046, "extract.speakers.pronoun_owners": 2.3047, "extract.speakers.source_modifiers": 2.3048, "extract.speakers.bare_documents": 2.3048, "extract.speakers.regulator_documents": 2.30475, "extract.speakers.spoken_documents": 2.3049, "extract.speakers.namesake_owners": 2.3049, "extract.speakers.documents": 2.305, "extract.speakers.examined_phrases": 2.3055, "extract.speakers.partner_asides": 2.3002, "extract.speakers.commissioner_asides": 2.3068, "extract.speakers.subject_relatives": 2.3001, "extract.speakers.examination_makers": 2.30215, "extract.attribution.response_frames": 2.4002, "extract.speakers.short_owners": 2.3052, "extract.speakers.whole_titles": 2.3047, "extract.speakers.examined_inquiries": 2.3056, "extract.speakers.nearest_documents": 2.3058, "extract.speakers.unit_subjects": 2.3059,
    "extract.speakers.subordinate_groups": 2.3001,  # 55d
    "extract.speakers.both_subjects": 2.3001, "extract.speakers.joined_clauses": 2.3001,  # 61f
    "extract.attribution.participle_agents": 2.4001,  # 61f
    "extract.speakers.clauses": 2.306, "extract.speakers.cases": 2.307, "extract.speakers.people": 2.308, "extract.speakers.member_roles": 2.3085, "extract.speakers.member_posts": 2.3065, "extract.speakers.employer_descriptions": 2.3066, "extract.speakers.pronoun_gender": 2.3027, "extract.speakers.bodies_called_it": 2.3029, "extract.speakers.person_offices": 2.3028,
    "extract.speakers.voices": 2.309, "extract.speakers.place_governments": 2.3027, "extract.speakers.head_voices": 2.3089, "extract.speakers.names": 2.310, "extract.speakers.venues": 2.3105,
    "extract.speakers.representatives": 2.3105, "extract.speakers.owned_boards": 2.3106,
    "extract.speakers.regions": 2.311, "extract.speakers.unread_names": 2.3046, "extract.speakers.unit_appositions": 2.3047, "extract.speakers.described_people": 2.3047, "extract.speakers.focus_descriptions": 2.30462, "extract.speakers.person_traits": 2.30461, "extract.speakers.obtained_records": 2.3047, "extract.speakers.authored_documents": 2.3001, "extract.speakers.post_letters": 2.3047,
    "extract.speakers.byline_credits": 2.3001, "extract.speakers.flat_credits": 2.30001, "extract.speakers.ad_lines": 2.30001, "extract.speakers.lead_people": 2.3045, "extract.speakers.closing_dashes": 2.3001, "extract.speakers.qualified_groups": 2.3001, "extract.speakers.body_units": 2.3002, "extract.speakers.written_case": 2.3001, "extract.speakers.group_documents": 2.3001,
    "extract.speakers": 2.32, "extract.release": 2.3, "extract.transcript": 2.35, "extract.section_heads": 2.22, "extract.layout": 2.35,
    "extract.statement": 2.35, "extract.giver_headings": 2.3, "extract.claim_labels": 2.35, "extract.figures": 2.12, "extract.gapped_items": 2.15, "extract.bodies": 2.25, "extract.bodynames": 2.15, "extract.glued_roles": 2.15, "extract.name_edges": 2.15, "extract.inner_words": 2.15, "extract.title_runs": 2.15, "extract.short_rows": 2.15, "extract.that_object": 2.15, "extract.category_figures": 2.25, "extract.source_credits": 2.15, "extract.company_forms": 2.12, "extract.post_places": 2.15, "extract.aged_names": 2.15, "extract.calendar_names": 2.15, "extract.nationality_surnames": 2.15, "extract.present_verbs": 2.15, "extract.glued_verbs": 2.15, "extract.titled_surnames": 2.15, "extract.given_names": 2.21, "extract.given_people": 2.15, "extract.gaelic_names": 2.15, "extract.field_senders": 2.25, "extract.source_fields": 2.25, "extract.union_branches": 2.15, "extract.department_offices": 2.15, "extract.question_openers": 2.15, "extract.infinitive_openers": 2.151, "extract.acronym_uses": 2.15, "extract.wire_credits": 2.16, "extract.numbered_names": 2.15, "extract.fining_bodies": 2.15, "extract.school_districts": 2.12, "extract.headline_groups": 2.15, "extract.portfolio_titles": 2.16, "extract.dotted_abbreviations": 2.12,
    "extract.interviews": 2.3, "extract.questions_apart": 2.25, "extract.title_bodies": 2.15, "extract.followups": 2.25, "extract.causes": 2.35,
    "extract.groups": 2.25, "extract.placed_people": 2.25, "extract.descriptions": 2.25, "extract.full_names": 2.15, "extract.offices": 2.15,
    "extract.title_nouns": 2.12, "extract.countries": 2.15, "extract.places": 2.16, "extract.bodies_spoken_for": 2.15, "extract.trade_nouns": 2.16, "extract.trade_descriptors": 2.17, "extract.product_names": 2.15, "extract.scheme_names": 2.15, "extract.topic_names": 2.15, "extract.owned_unit_names": 2.15, "extract.document_titles": 2.17, "extract.qualified_acronyms": 2.15, "extract.qualified_names": 2.15, "extract.article_names": 2.15, "extract.place_features": 2.15, "extract.misread_bodies": 2.15, "extract.surface": 2.25, "extract.lead_capitals": 2.21, "extract.inline_commas": 2.21, "extract.role_holders": 2.33, "extract.plural_groups": 2.26, "extract.joint_bodies": 2.21,
    "extract.attribution.patterns": 2.400, "extract.attribution.records": 2.401, "extract.attribution.semicolon_clauses": 2.4011, "extract.attribution.described_parties": 2.4011, "extract.attribution.medium_owners": 2.4012, "extract.attribution.plural_noun_cues": 2.4015, "extract.attribution.cues": 2.402,
    "extract.attribution.sides": 2.4025, "extract.attribution.said_where": 2.4055, "extract.attribution.object_reports": 2.4054, "extract.attribution.shares": 2.4056, "extract.attribution.asides": 2.4, "extract.attribution.subject_asides": 2.4001, "extract.attribution.channel_asides": 2.40015, "extract.attribution.behalf_asides": 2.40016, "extract.attribution.opening_references": 2.4026, "extract.attribution.own_its_subjects": 2.4026, "extract.attribution.publisher_subjects": 2.4026, "extract.attribution.reference_people": 2.4028, "extract.attribution.names": 2.403, "extract.attribution.published_documents": 2.4029, "extract.attribution.sources": 2.404, "extract.attribution.kept_records": 2.4034, "extract.attribution.unowned_documents": 2.4033, "extract.attribution.recorded_speech": 2.4041, "extract.attribution.cited_sources": 2.4042, "extract.attribution.asked_parties": 2.4043, "extract.attribution.side_takers": 2.4044, "extract.attribution.owned_records": 2.4039, "extract.attribution.source_tails": 2.4035, "extract.attribution.according_sources": 2.4036, "extract.attribution.unset_sources": 2.4036, "extract.attribution.source_asides": 2.4036, "extract.attribution.owned_sources": 2.4037, "extract.attribution.claim_bodies": 2.40376, "extract.attribution.mid_cues": 2.40377, "extract.attribution.verb_subjects": 2.4003, "extract.attribution.demonstrative_leads": 2.4004, "extract.attribution.quotes": 2.405, "extract.attribution.that_quotations": 2.4052, "extract.attribution.nested_quotes": 2.4045, "extract.attribution.named_after": 2.4047, "extract.attribution.spoken_clauses": 2.4046, "extract.attribution.share_findings": 2.4057, "extract.attribution.with_shares": 2.40575,
    "extract.attribution.superlative_clauses": 2.4015,  # 55d
    "extract.attribution.state_nouns": 2.4016,  # 68n
    "extract.attribution.figure_framings": 2.4016,  # 68n
    "extract.attribution.relay_tags": 2.4016,  # 63d
    "extract.attribution.lettered_makers": 2.4134,  # 66d
    "extract.attribution.subjects": 2.406, "extract.attribution.relative_pronouns": 2.4059, "extract.attribution.relative_antecedents": 2.4058, "extract.attribution.main_clause_cues": 2.4058, "extract.attribution.heard_documents": 2.4058, "extract.attribution.sentence": 2.407, "extract.attribution.shapes": 2.408, "extract.attribution.statement_frames": 2.409, "extract.attribution.findings_after": 2.408, "extract.attribution.recommendation_lists": 2.4082, "extract.attribution.ruling_acts": 2.4083, "extract.attribution.guidance_moves": 2.408,
    "extract.attribution.lead_agents": 2.4085, "extract.attribution.noted_findings": 2.4086, "extract.attribution.relative_sources": 2.40865, "extract.attribution.characterisations": 2.4087, "extract.attribution.described_relatives": 2.4088, "extract.attribution.document_participles": 2.4088, "extract.attribution.accusations": 2.40875, "extract.attribution.pledges_from": 2.40875, "extract.attribution.label_sources": 2.4088, "extract.attribution.source_lines": 2.4105, "extract.attribution.table_headers": 2.4105, "extract.attribution.document_lead_ins": 2.40885, "extract.attribution.qualified_leads": 2.40886, "extract.attribution.deliberations": 2.4089, "extract.attribution.view_leads": 2.40895, "extract.attribution.pointed_messages": 2.40896, "extract.attribution.document_texts": 2.4111, "extract.attribution.commissioned_documents": 2.4089, "extract.attribution.peer_leads": 2.40897, "extract.attribution.lists": 2.409, "extract.attribution.tips": 2.409, "extract.attribution.continuing_leads": 2.4091, "extract.attribution.open_that": 2.409, "extract.attribution.continuation": 2.410, "extract.attribution.briefing_turns": 2.4104, "extract.attribution.unquoted_speech": 2.4095, "extract.attribution.signed_quotations": 2.4096, "extract.attribution.letter_layout": 2.4124, "extract.attribution.joint_signers": 2.4123, "extract.attribution.letter_voice": 2.4124, "extract.attribution.live_entries": 2.4002, "extract.attribution.letters": 2.4125, "extract.attribution.forewords": 2.4122, "extract.attribution.opening_statements": 2.4122, "extract.attribution.own_acts": 2.4101, "extract.attribution.document_voices": 2.4102, "extract.attribution.made_documents": 2.4103, "extract.attribution.letter_organisers": 2.4123,
    "extract.attribution.named_leads": 2.4126, "extract.attribution.statement_leads": 2.4127, "extract.attribution.availability": 2.4002, "extract.attribution.courtesies": 2.4002, "extract.attribution.sentiments": 2.4002,
    "extract.attribution.documents": 2.411, "extract.attribution.issuer": 2.412, "extract.attribution.attributed_statements": 2.4125, "extract.attribution.headed_statements": 2.4128, "extract.attribution.official_papers": 2.4126, "extract.attribution.ruling_voice": 2.41, "extract.attribution.ruling_writers": 2.4003,
    "extract.attribution.sentences": 2.413, "extract.attribution.blocks": 2.414, "extract.attribution.answer_quotes": 2.4138, "extract.attribution.heading_speakers": 2.4135, "extract.attribution.code_speakers": 2.4135, "extract.attribution.lettered_documents": 2.4135, "extract.attribution.next_makers": 2.41345, "extract.attribution.figure_makers": 2.41346, "extract.attribution.document_makers": 2.4135, "extract.attribution.subject_makers": 2.4134, "extract.attribution.research_makers": 2.4134, "extract.attribution.month_tails": 2.4135, "extract.attribution.place_speakers": 2.4135, "extract.attribution.cut_names": 2.41351, "extract.attribution.run_on_names": 2.41352, "extract.attribution.name_words": 2.41353, "extract.attribution.apposed_holders": 2.41353, "extract.attribution.earlier_versions": 2.4135, "extract.attribution.introduced_documents": 2.4135, "extract.attribution.measure_speakers": 2.4135, "extract.attribution.capital_references": 2.4135,
    "extract.attribution": 2.42, "extract.confidence": 2.45, "extract.stubs": 2.46, "extract.statements": 2.47, "extract.cut_leads": 2.472, "extract.empty_rows": 2.473, "extract.resumed_clauses": 2.474, "extract.participle_openings": 2.48, "extract.perfect_auxiliaries": 2.48, "extract.parties": 2.46,
    "extract.standalone": 2.46,
    "extract.bracketed_posts": 2.15, "extract.affiliation_brackets": 2.15, "extract.post_labels": 2.25, "extract.speakers.given_names_last": 2.3001,
    "extract.attribution.statement_givers": 2.4001,  # 54f
    "extract.attribution.stated_headers": 2.4001,  # 55f
    "extract.attribution.speech_transcripts": 2.4129,  # 56f
    "extract.attribution.statement_lists": 2.4129,  # 57f
    "extract.attribution.holding_verbs": 2.4055,  # 57f
    "extract.attribution.object_first_cues": 2.4016,  # 58d
    "extract.attribution.adverb_passives": 2.4016, "extract.attribution.whose_tails": 2.4016,  # 61d
    "extract.attribution.quotation_leads": 2.4002,  # 68e
    "extract.attribution.telling_infinitives": 2.4048,  # 61d
    "extract.attribution.attending_responses": 2.4016, "extract.adding_acts": 2.25,  # 66g
    "extract.attribution.article_nouns": 2.4016, "extract.attribution.topic_objects": 2.4016,  # 67g
    "extract.attribution.colon_predicates": 2.4048,  # 66e
    "extract.attribution.fronted_sources": 2.4048,  # 69e
    "extract.attribution.provenance_sentences": 2.4135,  # 66f
    "extract.attribution.lead_findings": 2.4135,  # 68c
    "extract.table": 2.5,
    "extract": 2.6, "evidence": 3,
    "store.paths": 4.0, "store.csvformat": 4.1, "store.analysts": 4.2, "store.cache": 4.2, "store.files": 4.2,
    "store.journal": 4.3, "store.merge": 4.4, "store.table": 4.5, "store": 4.9,
    "placing": 5, "corrections": 5, "checking": 5, "verdicts": 5.5, "editing": 5.55, "claimlist": 5.6, "saving": 5.7,
    "session": 6, "agreement": 6, "export": 6, "progress": 6, "importers": 6, "adjudication": 6,
    "report": 7, "compare": 7, "report_scope": 7.5, "cli_import": 7, "views": 7, "live": 7, "keys": 7, "serial": 7,
    "board": 8, "report_model": 8, "adjudication_view": 8,
    "report_page": 9,
    "workbench": 10, "cli_share": 10,
    "cli": 11,
    "__main__": 12, "__init__": 12,
}
"""Each module's layer: a module imports only modules of lower layers. A subpackage's name gives the layer of
its `__init__` and of every module in it without a dotted entry of its own; modules of such a subpackage may
import each other."""

UI_MODULES = {"board", "keys", "workbench", "adjudication_view"}
"""The only modules that may import a widget library: the board, its key pad, the app around it, the
adjudication view."""

WIDGET_LIBRARIES = {"ipywidgets", "ipyevents", "anywidget"}

IMPORT_TO_REQUIREMENT: dict[str, str] = {"sklearn": "scikit-learn", "docx": "python-docx", "fpdf": "fpdf2", "english_words": "english-words",
                                         "axe_playwright_python": "axe-playwright-python"}
LOCAL_MODULES = {"claims", "benchmarks", "tests"} | {p.stem for p in (ROOT / "tests").rglob("*.py")}
"""Our own packages, and every module of tests/ (helpers such as samples, verdict_rows and harness)."""

MODULES: dict[str, Path] = {".".join(p.relative_to(PACKAGE).with_suffix("").parts): p
                             for p in PACKAGE.rglob("*.py")}
"""Every module of the package, subpackages included, by dotted name (`extract.items`, `store.__init__`)."""


def imports_of(path: Path) -> set[str]:
    """Return the top-level names a Python file imports from outside (relative imports left out)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
    return names


def canonical(name: str) -> str:
    """Name a dotted import target as a module of MODULES (a subpackage by its `__init__`)."""
    return name if name in MODULES else f"{name}.__init__" if f"{name}.__init__" in MODULES else name


def inner_imports(module: str) -> set[str]:
    """Return the package modules a module imports, as dotted names (`.items` in extract.x -> extract.items;
    `from .store import table` -> store.table; absolute `claims.x` imports too)."""
    package = module.split(".")[:-1]
    names = set()
    for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").split(".")[0] == "claims"):
            base = package[:len(package) - (node.level - 1)] if node.level else []
            parts = [*base, *(node.module.split(".") if node.module else [])]
            parts = parts[1:] if not node.level else parts
            for alias in node.names:
                sub = ".".join([*parts, alias.name])
                names.add(sub if canonical(sub) in MODULES else ".".join(parts))
        elif isinstance(node, ast.Import):
            names |= {a.name.removeprefix("claims.") for a in node.names if a.name.startswith("claims.")}
    return {canonical(name) for name in names if name}


def layer_of(module: str) -> float:
    """Return a module's layer: its own entry, else its subpackage's."""
    plain = module.removesuffix(".__init__")
    return LAYERS[plain] if plain in LAYERS else LAYERS[module.split(".")[0]]


def same_unordered_package(first: str, second: str) -> bool:
    """Tell whether two modules sit in one subpackage whose modules have no layers of their own."""
    return "." in first and "." in second and first.split(".")[0] == second.split(".")[0] \
        and not has_own_layer(first) and not has_own_layer(second)


def has_own_layer(module: str) -> bool:
    """Tell whether a module inside a subpackage has a dotted layer entry of its own (`extract.items`)."""
    plain = module.removesuffix(".__init__")
    return "." in plain and plain in LAYERS


def test_every_module_has_a_layer():
    assert {module for module in MODULES if module.split(".")[0] not in LAYERS and module not in LAYERS} == set()


def test_every_layer_names_a_module():
    assert {name for name in LAYERS if canonical(name) not in MODULES} == set()


@pytest.mark.parametrize("module", sorted(set(MODULES) - {"__init__", "__main__"}))
def test_layers_import_only_downwards(module: str):
    upward = {name for name in inner_imports(module) if name in MODULES and not same_unordered_package(module, name)
              and layer_of(name) >= layer_of(module)}
    assert upward == set()


STORE_MAY_IMPORT = {"model", "identity"}
"""What the store may import from the package besides itself: the model, and who the analyst is."""


def test_the_store_never_reads_sources_nor_runs_the_extractor():
    store = [name for name in MODULES if name.startswith("store.")]
    assert {name for module in store for name in inner_imports(module)
            if not (name in STORE_MAY_IMPORT or name.startswith("store."))} == set()


def test_the_store_reads_only_who_the_analyst_is_from_the_package():
    assert {name for module in MODULES if module.startswith("store.") for name in inner_imports(module)
            if not name.startswith("store.")} == STORE_MAY_IMPORT


def test_the_package_never_imports_benchmarks_or_tests():
    assert {module: sorted(imports_of(path) & {"benchmarks", "tests"}) for module, path in MODULES.items()
            if imports_of(path) & {"benchmarks", "tests"}} == {}


def private_imports(path: Path) -> set[str]:
    """The names starting with one underscore that a file imports from a module of the package or the benchmarks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {f"{node.module or '.'}:{alias.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            and (node.level or (node.module or "").split(".")[0] in ("claims", "benchmarks"))
            for alias in node.names if alias.name.startswith("_") and not alias.name.startswith("__")}


def test_private_imports_finds_private_names_of_the_package_only(tmp_path: Path):
    source = tmp_path / "m.py"
    source.write_text("from .x import _y, z\nfrom . import _w\nfrom claims.a import _b, __version__\n"
                      "from benchmarks.c import _d\nfrom os import _exit\nimport claims._e\n", encoding="utf-8")
    assert private_imports(source) == {"x:_y", ".:_w", "claims.a:_b", "benchmarks.c:_d"}


def test_no_module_test_or_benchmark_imports_another_modules_private_name():
    files = [*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py"), *(ROOT / "benchmarks").rglob("*.py")]
    assert {str(path.relative_to(ROOT)): sorted(names) for path in files if (names := private_imports(path))} == {}


def test_only_the_ui_modules_import_widget_libraries():
    importers = {name.split(".")[0] for name, path in MODULES.items() if imports_of(path) & WIDGET_LIBRARIES}
    assert importers == UI_MODULES


def test_the_word_lists_ship_inside_the_package():
    data = PACKAGE / "extract" / "data"
    assert sorted(p.name for p in data.glob("*.txt")) and "claims" in (ROOT / "pyproject.toml").read_text()


def test_the_rules_name_nothing_from_the_seed_texts():
    pattern = re.compile(r"norfolk|ofsted|neet|rosen|roger smith|children.s services", re.IGNORECASE)
    hits = [f"{p.relative_to(PACKAGE)}:{n}" for p in [*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.txt")]
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert hits == []


BUILD_ONLY = {ROOT / "scripts" / "compile_setup.py"}
"""Scripts run only by the opt-in compiled build (scripts/compile.sh): their imports are in requirements-compile.txt."""


def requirements(name: str) -> set[str]:
    """The package names a requirements file lists, lower case."""
    return {re.split(r"[<>=!\[ ;]", line.strip())[0].lower() for line in
            (ROOT / name).read_text().splitlines() if line.strip() and not line.startswith("#")}


def test_requirements_list_everything_imported():
    listed = requirements("requirements.txt")
    files = [p for folder in ("claims", "tests", "benchmarks", "scripts") for p in (ROOT / folder).rglob("*.py")
             if p not in BUILD_ONLY]
    imported = {name for p in files for name in imports_of(p)}
    third_party = imported - set(sys.stdlib_module_names) - LOCAL_MODULES
    missing = {IMPORT_TO_REQUIREMENT.get(name, name).lower() for name in third_party} - listed
    assert missing == set()


def test_the_compiled_build_lists_what_it_imports_in_its_own_requirements():
    imported = {name for p in BUILD_ONLY for name in imports_of(p)} - set(sys.stdlib_module_names) - LOCAL_MODULES
    assert {{"mypyc": "mypy"}.get(name, name) for name in imported} - requirements("requirements-compile.txt") == set()
