"""Phenomena of real press pages (wave 10b), each stated in general terms with other ways a writer would put it, and
tested on short texts written for this test in new words: the whole table as (speaker, speaker_kind, quote) rows."""
import pytest

from claims.extract.glued_roles import without_glued_role
from claims.extract.speakers.representatives import representative
from claims.extract.speakers.venues import venue_cut
from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Maria Lopezchief executive, said 'Sales rose by 6 per cent in the year.'\n",
     [("Maria Lopez", "person", "Sales rose by 6 per cent in the year.")]),
    ("Owen Farrowmanaging director, said turnover rose to 40m pounds.\n",
     [("Owen Farrow", "person", "turnover rose to 40m pounds")]),
    ("Greta Holmchairwoman of Tarn Mills said orders doubled.\n",
     [("Greta Holm", "person", "orders doubled")]),
    ("Maria Lopezpresident, said sales rose. Ms Lopez added that costs fell.\n",
     [("Maria Lopez", "person", "sales rose"), ("Maria Lopez", "person", "costs fell")]),
    ("Ada Whitehead said turnover rose to 40m pounds.\n",
     [("Ada Whitehead", "person", "turnover rose to 40m pounds")]),
    ("Owen Farrow, managing director, said turnover rose to 40m pounds.\n",
     [("Owen Farrow", "person", "turnover rose to 40m pounds")]),
], ids=["chief-executive", "managing-director", "chairwoman-of-body", "later-reference", "name-ending-in-head-stays",
        "comma-and-space-kept"])
def test_a_role_glued_to_a_name_is_cut_off(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Pages copied from a layout lose the comma and space between a name and its role (`Jo Roechief executive,
    said`): the role word, in lower case and glued to the family name, is no part of the name. Other writers: `Jo
    Roemanaging director`, `Jo Roechairwoman of Acme`, `Jo Roepresident`. A family name that merely ends in a common
    word (`Whitehead`) and a role set off as usual stay as they are."""
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["Jo", "Roechief"], ["Jo", "Roe"]),
    (["Jo", "Roesecretary"], ["Jo", "Roe"]),
    (["Roechief"], ["Roechief"]),
    (["Jo", "Leechief"], ["Jo", "Lee"]),
    (["Jo", "Oechief"], ["Jo", "Oechief"]),
    (["Jo", "Roe", "chief"], ["Jo", "Roe", "chief"]),
    (["Jo", "ROECHIEF"], ["Jo", "ROECHIEF"]),
    (["Jo", "Ro"], ["Jo", "Ro"]),
], ids=["chief", "secretary", "one-word-stays", "three-letter-family", "two-letter-family", "role-apart-stays",
        "capitals-stay", "short"])
def test_without_glued_role(words: list[str], expected: list[str]) -> None:
    """Only the last word of a name of two words or more, a capitalised family name of three letters or more."""
    assert without_glued_role(words) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The results, published in Marine Ecology Letters, also show that reefs recover faster in cold water.\n",
     [("the results", "document", "reefs recover faster in cold water")]),
    ("The results were published in Marine Ecology Letters and show that reefs recover faster in cold water.\n",
     [("the results", "document", "reefs recover faster in cold water")]),
    ("Research by Dunmore University, published in Harlow Medicine, found that 40% of patients improved.\n",
     [("Dunmore University", "organisation", "40% of patients improved")]),
    ("A study by the University of Lindmoor examined 900 trials.\n\nThe findings, which appeared in the journal Reef "
     "Science, show that reefs recover faster in cold water.\n",
     [("University of Lindmoor", "organisation", "reefs recover faster in cold water")]),
    ("Writing in Marine Ecology Letters, Dr Ana Ruiz says that reefs recover faster in cold water.\n",
     [("Ana Ruiz", "person", "reefs recover faster in cold water")]),
    ("The Journal of Soil Studies said that yields fell by 12 per cent.\n",
     [("Journal of Soil Studies", "organisation", "yields fell by 12 per cent")]),
    ("Staff at Dunmore University said that 40 jobs would go.\n",
     [("Dunmore University", "organisation", "40 jobs would go")]),
], ids=["published-in-set-off", "were-published-in", "research-by-body-published-in", "appeared-in-the-journal",
        "writing-in-then-person", "journal-as-subject-speaks", "no-venue"])
def test_a_venue_never_speaks_for_what_it_printed(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Findings `published in <a journal>` are the study's, not the journal's: the venue only printed them. The
    speaker is read from the words before the publishing verb (the study's body, or the document itself). Other
    writers: `which appeared in the journal X`, `the results were published in X and show`, `first reported in X`. A
    journal that is itself the subject (`The Journal of X said`) still speaks, and a person `writing in X` speaks."""
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The data, published in Acme Review, show", "Acme Review", 8),
    ("The data were first printed in the newspaper Acme Post and show", "Acme Post", 8),
    ("Published in Acme Review, the data show", "Acme Review", None),
    ("The data from Acme Review show", "Acme Review", None),
    ("Staff in Acme Review said", "Acme Review", None),
], ids=["set-off", "auxiliaries-cut", "nothing-before", "no-publishing-verb", "in-without-verb"])
def test_venue_cut(text: str, name: str, expected: int | None) -> None:
    """The cut is where the subject before the publishing verb (and its auxiliaries) ends, or None."""
    assert venue_cut(text, 0, len(text), name) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Counsel for the driver told the jury that he has lost his job.\n",
     [("Counsel for the driver", "person", "he has lost his job")]),
    ("Defence counsel said that the lorry was never inspected.\n",
     [("Defence counsel", "person", "the lorry was never inspected")]),
    ("Lawyers for the driver said that he has lost his job.\n",
     [("Lawyers for the driver", "unresolved", "he has lost his job")]),
    ("The prosecutor said the bank lost 2m pounds. Counsel for the clerk told the court that \u201cshe has lost her "
     "home\u201d. He added: \u201cShe has been ill for six weeks.\u201d\n",
     [("The prosecutor", "person", "the bank lost 2m pounds"),
      ("Counsel for the clerk", "person", "\u201cshe has lost her home\u201d"),
      ("Counsel for the clerk", "person", "She has been ill for six weeks.")]),
    ("A lawyer for the driver said that he has lost his job.\n",
     [("A lawyer for the driver", "person", "he has lost his job")]),
], ids=["counsel-for-told", "defence-counsel", "lawyers-for-a-group", "the-other-side-then-added",
        "with-article-as-before"])
def test_a_sides_representative_speaks_in_the_texts_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A court report names each side's lawyer by the side they act for, without an article or a name (`Counsel for
    the officer told the court`); that lawyer speaks, and `He added:` after it is still the lawyer, never the other
    side's prosecutor named before. Other writers: `Defence counsel said`, `Lawyers for the family said` (a group,
    unresolved), `Solicitors representing the council argued`."""
    assert rows(text) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("Counsel for the driver", ("Counsel for the driver", "person")),
    ("Barristers representing the union", ("Barristers representing the union", "unresolved")),
    ("Prosecuting counsel", ("Prosecuting counsel", "person")),
    ("Counsel Jo Roe", None),
    ("Counsel", None),
    ("Sales for the year", None),
    ("Defence spending", None),
], ids=["counsel-for", "plural-representing", "side-then-counsel", "name-follows", "bare", "no-legal-role",
        "side-without-counsel"])
def test_representative(clause: str, expected: tuple[str, str] | None) -> None:
    """Only a legal role joined to a side (`for`, `representing`, `acting for`) or after its side's word."""
    assert representative(clause) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Figures obtained by the Kelby Herald show that 81 per cent of patients were seen within four hours.\n",
     [("Figures obtained by the Kelby Herald", "document", "81 per cent of patients were seen within four hours")]),
    ("A report leaked to the Kelby Herald says that 12 wards will close.\n",
     [("report leaked to the Kelby Herald", "document", "12 wards will close")]),
    ("The data revealed by the Kelby Herald showed that only 81 per cent of patients were seen in time.\n",
     [("the data", "document", "only 81 per cent of patients were seen in time")]),
    ("Figures revealed by Dunmore Council show that 81 per cent of bins were emptied.\n",
     [("Dunmore Council", "organisation", "81 per cent of bins were emptied")]),
    ("Figures compiled by Dunmore Council show that 81 per cent of bins were emptied.\n",
     [("Dunmore Council", "organisation", "81 per cent of bins were emptied")]),
    ("A motion passed by Dunmore Council says that fees will rise by 5%.\n",
     [("Dunmore Council", "organisation", "fees will rise by 5%")]),
], ids=["obtained-by-a-paper", "leaked-to-a-paper", "revealed-by-a-paper", "revealed-by-a-body-stays",
        "compiled-by-a-body-stays", "passed-by-a-body-stays"])
def test_a_messenger_never_speaks_for_what_it_obtained(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Figures `obtained by`, `seen by` or `leaked to` a newspaper were written by someone else: the messenger only
    passed them on, so the document speaks (unresolved when its author is not named); since wave 42c named as the text
    names it with the outlet it reached, as the corpus gold does (`Figures obtained by the Kelby Herald`). `revealed by` makes a
    messenger only of a newspaper's name; a body that reveals or compiles its own figures is their source. Other
    writers: `a draft seen by the X Herald`, `documents passed to the X Times`, `data uncovered by the X Post`."""
    assert rows(text) == expected
