"""A record named by its owner's possessive (`according to the union's latest survey`, `according to Acme's annual
report`): the record only carries the words of the person whose cue the sentence holds, as a record after `the`
does (`recorded_speech`)."""
from __future__ import annotations

import re

OWNED_RECORD_RE = re.compile(
    r"(?:the\s+)?(?:[A-Za-z][\w\-]*\s+){0,3}?[A-Za-z][\w\-]*(?:['’]s|s['’])\s+(?:[a-z\-]+\s+){0,2}(?P<noun>[a-z]+)\s*$")
"""The words after `according to` when they are an owner's possessive and a record noun (`the federation's latest
survey`, `Tarn Trust's figures`, `the growers' own study`): the last group is the record's noun."""


def owned_record(who: str) -> re.Match[str] | None:
    """Match `who` when it names a record by its owner's possessive (`the union's annual report`); the `noun` group is
    the record's noun, to be checked against the document nouns by the caller."""
    if "'" not in who and "’" not in who:
        return None  # no possessive: the cheap test first
    return OWNED_RECORD_RE.match(who)


OWNER_RE = re.compile(r"(?P<owner>(?:the\s+)?(?:[A-Za-z][\w\-]*\s+){0,4}?[A-Za-z][\w\-]*)(?:['’]s|(?<=s)['’])\s+"
                      r"(?:(?:own|latest|new|annual|monthly|quarterly|published|final|draft)\s+){0,2}"
                      r"(?P<title>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and)){0,5})(?:\s+(?P<noun>[a-z]+))?\s*$")
"""A record with a title in capitals after its owner's possessive (`the housing association's latest Tenant
Satisfaction Measures`, `Acme's Annual Review`): `owner` names who publishes it."""


def titled_record_owner(who: str) -> re.Match[str] | None:
    """Match `who` when it is an owner's possessive and a record's title in capitals, with at most a record noun after
    it (`the union's Pay Survey figures`); the `owner` group is the publisher. None for anything else."""
    if "'" not in who and "’" not in who:
        return None  # no possessive: the cheap test first
    return OWNER_RE.fullmatch(who)


RECORD_OF_RE = re.compile(r"(?P<owner>(?:the\s+)?(?:[A-Za-z][\w\-&]*\s+){0,4}?[A-Za-z][\w\-&]*)(?:['’]s|(?<=s)['’])\s+"
                          r"(?:[a-z\-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:of|from|into|on)\s+\S")
"""An owner's record that goes on with what it is of or drew on (`the authority's analysis of federal Fair Market
Rents`, `GSTA's analysis of provisional data from the Bureau`): `owner` publishes it (wave 42d)."""


def record_of_owner(who: str) -> re.Match[str] | None:
    """Match `who` when it opens on an owner's possessive and a record's noun with an object after it (`the union's
    survey of 400 members`); the `noun` group is checked against the document nouns by the caller. None for anything
    else."""
    if "'" not in who and "’" not in who:
        return None  # no possessive: the cheap test first
    return RECORD_OF_RE.match(who)


TITLED_RECORD_OF_RE = re.compile(
    r"(?:the\s+)?(?:(?:new|latest|annual|first|recent)\s+)*(?P<owner>[A-Z][\w\-&]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w\-&]*){0,5}?)"
    r"\s+(?:(?:19|20)\d\d\s+)?(?P<noun>[A-Z][a-z]+)\s+(?:on|of|into)\s+\S")
"""A record titled with its owner's name, perhaps a year, and what it is on or of (`the new Acme Foundation 2014
Report on the Health of Rivers`): `owner` publishes it, never a name in its subject (wave 48e)."""


def titled_record_of_owner(who: str) -> re.Match[str] | None:
    """Match `who` when it opens on a body's name and a capitalised record's noun with what it is on or of after it
    (`the Acme Foundation 2014 Report on the State of Rivers`); the `noun` group is checked against the document nouns
    by the caller. None for anything else."""
    return TITLED_RECORD_OF_RE.match(who)
