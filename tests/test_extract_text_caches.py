"""Wave 58s: `text_caches`, the caches of what is read from a whole text, emptied once the text's rows are made (a
cache keyed on a text keeps the text alive: 4,096 answers kept up to 4,096 texts). Every party is invented."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import claims.extract
from claims.extract import find_rows
from claims.extract.entities import whole_held
from claims.extract.speakers.defined_terms import defined_people, defined_references
from claims.extract.speakers.post_signs import shown_with_post
from claims.extract.text_caches import forget_texts, per_text, text_caches

TEXT = "Tarn Mills spokeswoman Jo Roe said sales rose 6% in the year to March.\n"


def _text_keyed_caches() -> set[str]:
    """Return module.name of every cache in claims.extract keyed on a `text`, however many answers it keeps."""
    found = set()
    for info in pkgutil.walk_packages(claims.extract.__path__, "claims.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            wrapped = getattr(value, "__wrapped__", None)
            if wrapped is None or not hasattr(value, "cache_info") or value.__module__ != module.__name__:
                continue
            if "text" in inspect.signature(wrapped).parameters:
                found.add(f"{module.__name__}.{name}")
    return found


def test_every_cache_keyed_on_a_text_is_emptied_per_text() -> None:
    per_text_names = {f"{cache.__module__}.{cache.__wrapped__.__name__}" for cache in text_caches()}
    assert _text_keyed_caches() - per_text_names == set()


def test_per_text_caches_like_lru_cache_until_forgotten() -> None:
    calls: list[str] = []

    @per_text(2)
    def first_word(text: str) -> str:
        """The text's first word, each call noted."""
        calls.append(text)
        return text.split()[0]

    assert [first_word("Tarn Mills"), first_word("Tarn Mills"), first_word("Orla Vale")] == ["Tarn", "Tarn", "Orla"]
    forget_texts()
    assert (first_word("Tarn Mills"), calls) == ("Tarn", ["Tarn Mills", "Orla Vale", "Tarn Mills"])
    first_word("Orla Vale")
    first_word("Kell Row")  # a third text: the oldest of two answers goes
    assert (first_word("Tarn Mills"), calls[3:]) == ("Tarn", ["Orla Vale", "Kell Row", "Tarn Mills"])


def test_find_rows_leaves_no_text_in_a_cache() -> None:
    rows = find_rows(TEXT, "t.txt")
    assert ([(r.speaker, r.speaker_kind, r.quote) for r in rows],
            [cache.cache_info().currsize for cache in text_caches()]) \
        == ([("Jo Roe", "person", "sales rose 6% in the year to March")], [0] * len(text_caches()))
    assert shown_with_post(TEXT, "Tarn Mills") is True
    assert shown_with_post.cache_info().currsize == 1


def test_find_rows_forgets_the_terms_a_text_defines() -> None:
    """Wave 63x: the bodies and people a text defines in brackets are forgotten with the other readers' answers."""
    text = ('Tarn Mills plc ("the Group") and Orla Vale ("the Founder") met.\n\n'
            "The Group said sales rose 6% in the year to March.\n")
    rows = find_rows(text, "t.txt")
    assert ([(r.speaker, r.speaker_kind, r.quote) for r in rows], defined_references.cache_info().currsize,
            defined_people.cache_info().currsize, {defined_references, defined_people} <= set(text_caches())) \
        == ([("Tarn Mills plc", "organisation", "sales rose 6% in the year to March")], 0, 0, True)


def test_texts_extracted_one_after_another_leave_no_text_in_any_cache() -> None:
    """Wave 65z: after each of three texts, and after the first again as another string object (a session extracting
    the same text twice), every cache keyed on a text is empty, the last text read whole is forgotten, and the rows
    are the first extraction's."""
    texts = [TEXT, "Orla Vale said costs fell 4% in May.\n",
             'Kell Row Council ("the Council") met.\n\nIt said fares rose.\n']
    keyed = [cache for cache in text_caches() if "text" in inspect.signature(cache.__wrapped__).parameters]
    first = find_rows(texts[0], "t.txt")
    sizes = []
    for text in texts[1:] + ["".join(list(texts[0]))]:
        rows = find_rows(text, "t.txt")
        sizes.append((sum(cache.cache_info().currsize for cache in keyed), len(whole_held())))
    assert (sizes, rows, whole_held in text_caches()) == ([(0, 0)] * 3, first, True)
