"""Wave 54d: a forecasting verb in the progressive before a clause with no `that` (`X is forecasting more than
500,000 extra journeys will be made`, `officials are projecting enrolment will set a record`) forecasts that clause,
as `forecasts` does, the verb kept in the claim as `expects` keeps it; `is expecting a busy Christmas` and `is expecting to run` hold no clause and are no cue."""
import pytest

from tests.extract_rows import cued_rows

LEAD = "Trains will run late on Friday.\n\n"


@pytest.mark.parametrize("verb", ["forecasting", "predicting", "projecting", "expecting"])
def test_a_progressive_forecast_of_a_bare_clause_is_the_bodys(verb: str) -> None:
    text = f"{LEAD}Translink is {verb} more than 500,000 extra bus and train journeys will be made before Christmas.\n"
    assert cued_rows(text) == [("Translink", "organisation", f"is {verb}",
                                f"is {verb} more than 500,000 extra bus and train journeys will be made before Christmas")]


@pytest.mark.parametrize("rest", ["a busy Christmas with 400 extra trains.", "to run 400 extra trains."])
def test_no_clause_is_no_cue(rest: str) -> None:
    assert cued_rows(f"{LEAD}Translink is expecting {rest}\n") == []
