"""Extraction: a text to atomic, attributed claims with exact spans, one step per module.

`text` segments (blocks, sentences, quotations), `vocabulary` loads the word lists in `data/`,
`entities` reads capitalised runs as names, `speakers` resolves who the words before a cue are,
`attribution` finds cues and hands their content to speakers, `items` splits content into atomic
claims, and `table` builds the claims table with stable ids.
"""
from .attribution import attributed_spans
from .entities import is_person_name
from .items import split_items
from .table import (Row, claim_id_for, claims_frame, extract_claims, extract_text, find_claims, find_rows, normalise,
                    readable)

__all__ = ["Row", "attributed_spans", "claim_id_for", "claims_frame", "extract_claims", "extract_text", "find_claims",
           "find_rows", "is_person_name", "normalise", "readable", "split_items"]
