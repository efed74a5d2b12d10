"""The claims workbench: pull an organisation's claims out of a text, review them, keep the verdicts safe."""
import importlib

from .compiled import guard

guard()  # a stale mypyc build of claims/extract (scripts/compile.sh) is refused before anything imports it, and a
# good one's shared library is loaded by path, found wherever Python started

from .agreement import agreement, merge_files, write_merged
from .anchor import Anchor, find_quote
from .export import claim_reviews, to_jsonld
from .extract import extract_claims, extract_text
from .model import (
    VERDICTS,
    ClaimsError,
    ConflictError,
    SaveError,
    SourceError,
    VerdictError,
    VerdictFileError,
)
from .sources import load_source
from .store import (
    history,
    load_verdicts,
    rebuild_verdicts,
    resolve_analyst,
    save_verdicts,
    validate_verdicts,
    verdicts_path,
)
from .editing import add_claim
from .verdicts import record_verdict, review_table, set_dismissed, summarise

__all__ = [
    "VERDICTS",
    "ClaimsError",
    "SourceError",
    "extract_claims",
    "extract_text",
    "load_source",
    "Anchor",
    "ConflictError",
    "SaveError",
    "VerdictError",
    "VerdictFileError",
    "add_claim",
    "agreement",
    "claim_reviews",
    "find_quote",
    "history",
    "load_verdicts",
    "merge_files",
    "rebuild_verdicts",
    "record_verdict",
    "resolve_analyst",
    "review_table",
    "save_verdicts",
    "set_dismissed",
    "summarise",
    "to_jsonld",
    "validate_verdicts",
    "verdicts_path",
    "write_merged",
    "ReviewSession",
    "index_folder",
    "rank_evidence",
    "review",
    "style_claims",
    "review_summary",
    "app",
    "Workbench",
    "overview",
    "text_progress",
]


_LAZY: dict[str, str] = {
    "review": "board",
    "ReviewSession": "session",
    "index_folder": "evidence",
    "rank_evidence": "evidence",
    "review_summary": "report",
    "style_claims": "report",
    "app": "workbench",
    "Workbench": "workbench",
    "overview": "progress",
    "text_progress": "progress",
}
"""Names whose modules pull in scikit-learn, matplotlib or ipywidgets: imported on first use, so that
`import claims` and the command line start fast."""


def __getattr__(name: str) -> object:
    """Import the review layers (scikit-learn, matplotlib, ipywidgets) only when first used."""
    if name in _LAZY:
        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'claims' has no attribute {name!r}")
