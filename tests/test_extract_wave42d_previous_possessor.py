"""Wave 42d: `According to its <document>, A` opening a sentence whose claim opens on no body: `its` is the one body
the sentence before, in the same paragraph, names as a possessor (`The combined authority's first round funded nine
schemes. According to its latest monitoring report, 820 homes have been completed.`), never the body that spoke
last."""
from tests.extract_rows import cued_rows


def test_possessor_of_the_sentence_before() -> None:
    text = ("Rother Vale District Council said it welcomed the money. The Tarrow Combined Authority approved a second "
            "round on Friday.\n\nThe combined authority's first round, in 2024, funded nine schemes. According to its "
            "latest monitoring report, 820 of the 1,100 homes promised in that round have been completed.")
    assert cued_rows(text)[-1] == (
        "Tarrow Combined Authority", "organisation", "According to",
        "820 of the 1,100 homes promised in that round have been completed")


def test_subject_after_the_source_is_unchanged() -> None:
    text = ("Rother Vale District Council said it welcomed the money. According to its accounts, the Tarrow Combined "
            "Authority spent £4m on the first round.")
    assert cued_rows(text)[-1] == (
        "Tarrow Combined Authority", "organisation", "According to", "the Tarrow Combined Authority spent £4m on the first round")


def test_no_possessor_before_keeps_the_older_reading() -> None:
    text = ("Rother Vale District Council said it welcomed the money.\n\nAccording to its latest monitoring report, "
            "820 of the 1,100 homes promised have been completed.")
    assert cued_rows(text)[-1] == (
        "Rother Vale District Council", "organisation", "According to",
        "820 of the 1,100 homes promised have been completed")
