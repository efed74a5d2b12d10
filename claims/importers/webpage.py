"""Web pages (.html): the article's main text, found by trafilatura (made for news pages; no boilerplate)."""
from __future__ import annotations

import logging

import trafilatura

from .errors import ImportFailed, check_text

TOOL = f"trafilatura {trafilatura.__version__}"

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every page it finds short


def text_of(data: bytes, name: str) -> str:
    """The main text of an HTML page's bytes, one paragraph per block, or ImportFailed naming the page."""
    try:
        text = trafilatura.extract(data, include_comments=False, include_tables=True, favor_recall=True)
    except Exception:  # noqa: BLE001  (the parser fails in many ways on broken markup)
        text = None
    paragraphs = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return check_text("\n\n".join(paragraphs), name, "no article text found in this page; save the article itself "
                      "(not an index or a login page), or paste its text into a .txt file")
