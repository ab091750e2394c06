"""Record keys are stable: the fast path of ``fold`` agrees with the plain definition."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from prospectus.records import Course, fold


def reference_fold(text: str | None) -> str:
    """``fold`` as first written: NFKD, drop combining marks, casefold, punctuation to space."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@settings(max_examples=400)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_fold_matches_its_definition(text: str) -> None:
    assert fold(text) == reference_fold(text)


@given(st.text(alphabet="AbcÉé ,.-'’&()+0123456789ß", max_size=40))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_the_same_run_has_the_same_key() -> None:
    a = Course(page="p", source="jsonld", name="PRINCE2® Foundation", start_date="2026-06-08")
    b = Course(page="p", source="html", name="prince2 foundation", start_date="2026-06-08")
    assert a.key == b.key
