"""Who is saving: the analyst's name from the argument, $CLAIMS_ANALYST or the login name."""
from __future__ import annotations

import getpass
import os

from ..model import VerdictError
from .csvformat import analyst_problem, show_value


def resolve_analyst(analyst: str | None = None) -> str:
    """Return the analyst's name: the argument, else $CLAIMS_ANALYST, else the login name."""
    name = analyst
    if name is None:
        name = os.environ.get("CLAIMS_ANALYST", "").strip() or _login_name()
    problem = analyst_problem(name)
    if problem:
        raise VerdictError(f"analyst name {show_value(name)} {problem}; pass --analyst NAME "
                           "or set CLAIMS_ANALYST to your name")
    return name.strip()


def _login_name() -> str:
    """Return the login name, or raise VerdictError when the system cannot tell it."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise VerdictError("cannot tell who you are: pass --analyst NAME or set CLAIMS_ANALYST "
                           "to your name") from None
