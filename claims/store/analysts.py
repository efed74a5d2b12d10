"""Who is saving: the name given, $CLAIMS_ANALYST or the name saved in the app; never the login name."""
from __future__ import annotations

from ..identity import default_name
from ..model import VerdictError
from .csvformat import analyst_problem, show_value

HOW_TO_NAME = ("pass --analyst NAME, set CLAIMS_ANALYST to your name, "
               "or give your name in the app (claims.app(folder))")
"""The three ways to say who you are, for every message that needs a name."""


def resolve_analyst(analyst: str | None = None) -> str:
    """Return the analyst's name: the argument, else $CLAIMS_ANALYST, else the name saved in the app.

    Raises VerdictError when there is none (the login name is never used) or the name is unusable.
    """
    name = analyst if analyst is not None else default_name()
    if name is None:
        raise VerdictError(f"no analyst name: the workbench never records your login name; {HOW_TO_NAME}")
    problem = analyst_problem(name)
    if problem:
        raise VerdictError(f"analyst name {show_value(name)} {problem}; {HOW_TO_NAME}")
    return name.strip()
