"""Who speaks through a voice role (`spokesperson`, `press officer`) when the text names a person beside it: the
person an apposition describes (`Jo Roe, the council's spokesperson, said`) speaks, as any named person does; the
body speaks only through a voice the text leaves unnamed (`a spokesperson for the council said`).
"""
from __future__ import annotations

from .vocabulary import VOICE_ROLES


def is_voice_apposition(clause: str) -> bool:
    """Say whether a clause set off by commas holds a voice role (`the party's transport spokesperson`, `a press
    officer for the trust`): said of the named person before it, it describes that person."""
    words = clause.lower().replace("\u2019", "'").split()
    return any(w.strip(".,'") in VOICE_ROLES for w in words) \
        or any(" ".join(pair) in VOICE_ROLES for pair in zip(words, words[1:]))
