"""Who the analyst is, as this user saved it: the lookup the store may use to name a verdict's analyst.

The name typed in the app is kept per user in `$XDG_CONFIG_HOME/claims-workbench/analyst.json` (else
`~/.config/...`; `claims.profile` writes it). Voila may serve one account to many people, so a kernel
Voila started never takes that saved name as a default. Nothing here falls back to the login name.
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Mapping
from pathlib import Path

APP_FOLDER = "claims-workbench"
PROFILE_FILE = "analyst.json"
MAX_NAME = 60
"""The longest analyst name accepted, in characters."""


def name_problem(name: str) -> str:
    """Return what is wrong with an analyst name, or "" when it is fine."""
    if not name.strip():
        return "is empty"
    if len(name.strip()) > MAX_NAME:
        return f"is longer than {MAX_NAME} characters"
    if any(unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") for char in name):
        return "contains a control character or line break"
    return ""


def config_dir() -> Path:
    """The per-user folder of the workbench's settings ($XDG_CONFIG_HOME/claims-workbench or ~/.config/...)."""
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / APP_FOLDER


def profile_path() -> Path:
    """Where the remembered analyst name is kept."""
    return config_dir() / PROFILE_FILE


def saved_analyst() -> str | None:
    """The name remembered for this user, or None when there is none (or the file is unreadable)."""
    try:
        name = json.loads(profile_path().read_text(encoding="utf-8")).get("analyst", "")
    except (OSError, ValueError, AttributeError):
        return None
    return name.strip() if isinstance(name, str) and not name_problem(name) else None


def served_by_voila(environ: Mapping[str, str] | None = None) -> bool:
    """Tell whether Voila started this kernel: it sets $VOILA_BASE_URL, and $QUERY_STRING with $SCRIPT_NAME per page.

    A kernel Voila starts ahead of a page (--preheat_kernel) gets the page's query only later: it counts
    as Voila all the same, so it asks for a name rather than take the one remembered for the account.
    """
    env = os.environ if environ is None else environ
    return "VOILA_BASE_URL" in env or ("QUERY_STRING" in env and "SCRIPT_NAME" in env)


def default_name(environ: Mapping[str, str] | None = None) -> str | None:
    """The analyst's name when none is given: $CLAIMS_ANALYST, else (outside Voila) the saved one, else None."""
    env = os.environ if environ is None else environ
    return env.get("CLAIMS_ANALYST", "").strip() or (None if served_by_voila(env) else saved_analyst())
