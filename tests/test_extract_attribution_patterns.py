"""The cue patterns every pass reads (`claims.extract.attribution.patterns`): the cue after a quotation."""
from __future__ import annotations

import pytest

from claims.extract.attribution.patterns import SPEECH_AFTER_RE, SPEECH_VERB_RE


@pytest.mark.parametrize("after, expected", [
    (", she told MPs.", ("she", None, "told")),
    (", the report concluded.", ("the report", None, "concluded")),
    (", said Jo Roe.", (None, "Jo Roe", "said")),
    (", concluded Jo Roe.", (None, "Jo Roe", "concluded")),
    (", told Jo Roe.", None),          # `told` only after its speaker
    (", she found.", None),            # a finding is no speech
])
def test_the_cue_after_a_quotation(after: str, expected: tuple[str | None, str | None, str] | None) -> None:
    found = SPEECH_AFTER_RE.match(after)
    verb = SPEECH_VERB_RE.search(found.group()) if found else None
    assert ((found.group("who"), found.group("who_after"), verb.group()) if found and verb else None) == expected
