"""The analyst's name: asked once, remembered per user (never in a notebook), or carried per browser in the URL.

JupyterLab runs one person's kernels, so the name is kept in that person's config folder
(`$XDG_CONFIG_HOME/claims-workbench/analyst.json`, else `~/.config/...`; `claims.identity` reads it, so that
the store can use it too). Voila can serve one OS user's notebook to many people: there the name comes only
from the page's address (`?analyst=NAME`, which Voila hands to the kernel as $QUERY_STRING) so that one
person's name never becomes another's default.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import parse_qs, quote

from .identity import (APP_FOLDER, MAX_NAME, PROFILE_FILE, config_dir, name_problem, profile_path,
                       saved_analyst, served_by_voila)
from .model import ClaimsError

__all__ = ["APP_FOLDER", "MAX_NAME", "PROFILE_FILE", "ProfileError", "analyst_from_query", "bookmark_query",
           "check_name", "config_dir", "default_analyst", "name_problem", "page_analyst", "profile_path",
           "remember_analyst", "saved_analyst", "served_by_voila"]


class ProfileError(ClaimsError):
    """An analyst name is unusable, or the remembered name cannot be saved."""


def check_name(name: str) -> str:
    """Return the name without surrounding spaces, or raise ProfileError saying how to fix it."""
    problem = name_problem(name)
    if problem:
        raise ProfileError(f"your name {name.strip()[:MAX_NAME]!r} {problem}; type your name as colleagues know it")
    return name.strip()


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
