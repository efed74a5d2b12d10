"""`the ombudsman` is the body the text names for the ombudsman it houses (`Financial Ombudsman Service`), wave 28b.

A reference whose noun is an inspectorate's head (`the ombudsman`, `the auditor`) resolves to a body whose name ends in
that head, or to the inspectorate in focus; a body named for the examiner it houses (`examiner_offices`: its head is an
office, a service, a court or a branch) has another head, so `the ombudsman` written before that body has spoken, or
in the same sentence as its name, stayed in the text's own words. It is that body when the whole text names exactly
one such body whose name holds the reference's own noun: never a body named for another examiner (`the ombudsman` is
no `Office of the State Auditor`), never one of two (`X Ombudsman Service and Y Ombudsman Service`: either).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..examiner_offices import houses_examiner
from ..vocabulary import without_possessive


def names_examiner(name: str, word: str) -> bool:
    """Say whether a body's name houses an examiner and holds the reference's noun (`Financial Ombudsman Service` for
    `ombudsman`)."""
    return houses_examiner(name) and word in {without_possessive(part) for part in name.lower().split()}


def examiner_office(names: Iterable[str], word: str) -> str | None:
    """Return the one body of these names housing the examiner a reference's noun names, else None (none, or two)."""
    found = {name for name in names if names_examiner(name, word.lower())}
    return found.pop() if len(found) == 1 else None
