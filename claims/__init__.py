"""The claims workbench: pull an organisation's claims out of a text, review them, keep the verdicts safe."""
from .extract import extract_claims
from .model import (
    VERDICTS,
    ClaimsError,
    SourceError,
)
from .sources import load_source

__all__ = [
    "VERDICTS",
    "ClaimsError",
    "SourceError",
    "extract_claims",
    "load_source",
]
