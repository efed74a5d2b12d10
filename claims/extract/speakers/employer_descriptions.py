"""A description of a person's employer set off after the person's post (`Ana Lund, director of Fairdebt, a think
tank, said`, `Ana Lund, who runs Fairdebt, a charity, said`): it describes the body, and the person before the post
speaks; the description never makes the body, or another body of its kind, the speaker."""
from __future__ import annotations

from .clauses import ends_with_name, headed_by_role, is_indefinite, is_relative_clause, is_role_phrase


def describes_employer(text: str, clauses: list[tuple[int, int]], index: int) -> bool:
    """Say whether a clause (read from the cue back) is an indefinite description (`a think tank`) after a post or a
    relative clause (`director of Fairdebt`, `who runs Fairdebt`) that follows a person's name."""
    if index + 2 >= len(clauses) or not is_indefinite(text[slice(*clauses[index])]):
        return False  # the cheap test first: no `a ...` or `an ...` clause with two clauses before it
    post = text[slice(*clauses[index + 1])]
    return (is_role_phrase(post) and headed_by_role(post) or is_relative_clause(post)) \
        and ends_with_name(text, *clauses[index + 2])
