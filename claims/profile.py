"""The analyst's name: asked once, remembered per user (never in a notebook), or carried per browser in the URL.

JupyterLab runs one person's kernels, so the name is kept in that person's config folder
(`$XDG_CONFIG_HOME/claims-workbench/analyst.json`, else `~/.config/...`). Voila can serve one OS user's
notebook to many people: there the name comes only from the page's address (`?analyst=NAME`, which Voila
hands to the kernel as $QUERY_STRING) so that one person's name never becomes another's default.
"""
from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import parse_qs, quote

from .model import ClaimsError

APP_FOLDER = "claims-workbench"
PROFILE_FILE = "analyst.json"
MAX_NAME = 60
"""The longest analyst name accepted, in characters."""


class ProfileError(ClaimsError):
    """An analyst name is unusable, or the remembered name cannot be saved."""


def name_problem(name: str) -> str:
    """Return what is wrong with an analyst name, or "" when it is fine."""
    if not name.strip():
        return "is empty"
    if len(name.strip()) > MAX_NAME:
        return f"is longer than {MAX_NAME} characters"
    if any(unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") for char in name):
        return "contains a control character or line break"
    return ""


def check_name(name: str) -> str:
    """Return the name without surrounding spaces, or raise ProfileError saying how to fix it."""
    problem = name_problem(name)
    if problem:
        raise ProfileError(f"your name {name.strip()[:MAX_NAME]!r} {problem}; type your name as colleagues know it")
    return name.strip()


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


def remember_analyst(name: str) -> Path:
    """Save the analyst name for this user (atomically) and return the file written."""
    name, path = check_name(name), profile_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False,
                                         prefix=".analyst-", suffix=".tmp") as handle:
            json.dump({"analyst": name}, handle)
        os.replace(handle.name, path)
    except OSError as exc:
        raise ProfileError(f"cannot remember your name in {path} ({exc.strerror}); "
                           "check that folder's permissions") from None
    return path


def served_by_voila(environ: Mapping[str, str] | None = None) -> bool:
    """Tell whether Voila started this kernel: it sets $VOILA_BASE_URL, and $QUERY_STRING with $SCRIPT_NAME per page.

    A kernel Voila starts ahead of a page (--preheat_kernel) gets the page's query only later: it counts
    as Voila all the same, so it asks for a name rather than take the one remembered for the account.
    """
    env = os.environ if environ is None else environ
    return "VOILA_BASE_URL" in env or ("QUERY_STRING" in env and "SCRIPT_NAME" in env)


def analyst_from_query(query: str) -> str | None:
    """The usable `analyst=` of a URL query string, or None."""
    values = parse_qs(query.lstrip("?")).get("analyst", [])
    return values[0].strip() if values and not name_problem(values[0]) else None


def page_analyst(environ: Mapping[str, str] | None = None) -> str | None:
    """The name this page was opened with (`?analyst=` in the address Voila served), or None."""
    env = os.environ if environ is None else environ
    return analyst_from_query(env.get("QUERY_STRING", ""))


def default_analyst(environ: Mapping[str, str] | None = None) -> str | None:
    """The name to start with: the page's `?analyst=`, else (outside Voila only) the one remembered for this user."""
    found = page_analyst(environ)
    if found or served_by_voila(environ):
        return found
    return saved_analyst()


def bookmark_query(name: str) -> str:
    """The query string that opens the app under this name (`?analyst=...`)."""
    return "?analyst=" + quote(check_name(name), safe="")
