"""One lock for every widget handler in a kernel, so that two of an analyst's actions never run at once.

ipykernel 7 may hand a widget's messages to another thread (a subshell) than the one still handling the last
message, so a click can arrive while the board redraws after the click before it. A board ignores the
changes its own redraw makes (they are not the analyst's); without this lock it took such a click, or a note
synced from the browser, for one of them and dropped it: the verdict or the note was lost. Every handler runs
under `HANDLERS` instead, so the click waits for the redraw and then acts on the claim the analyst sees.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

HANDLERS = threading.RLock()
"""The kernel's handler lock; re-entrant, because a redraw's own changes call handlers on the same thread."""


def serialised(handler: Callable[P, R]) -> Callable[P, R]:
    """Run `handler` under the kernel's handler lock."""
    @wraps(handler)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        with HANDLERS:
            return handler(*args, **kwargs)
    return locked
