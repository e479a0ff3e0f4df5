"""What a product is found by: its words folded to one spelling, and their pinyin.

A senior's relative types 輪椅 on a Hong Kong keyboard, a clerk types ＷＣ－１０１ with the IME still
in full-width mode, another types `lunyi` or just `ly`. Folding both the product's words and the query
the same way (NFKC, simplified characters, lower case, no spaces) turns all of these into one plain
substring test, which SQLite and PostgreSQL answer alike. Pinyin is added for the words people say
(name, brand, enterprise), not for codes: full (`lunyi`), initials (`ly`) and the consonants of the
syllables (`lny`), which is how people abbreviate when they skip the vowels.

pypinyin's phrase dictionary gives place and trade names their right reading (重庆 chongqing, 银行
yinhang) but costs tens of megabytes, so it is loaded on the first write or mixed query, not at start.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opencc import OpenCC

# The separator of the facets in `search_text`; folded text never contains it (whitespace is dropped).
FACET_SEPARATOR = "\n"
_VOWELS = frozenset("aeiouv")
_PUNCTUATION = re.compile(r"[\W_]+")
_PRODUCT_LABEL = re.compile(r"SS:P:([0-9A-Z-]+)", re.IGNORECASE)


@cache
def _traditional_to_simplified() -> OpenCC:
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """`text` in simplified characters: 輪椅 becomes 轮椅, and the catalogue reads alike from any sender."""
    return text if text.isascii() else _traditional_to_simplified().convert(text)


def fold(text: str) -> str:
    """One spelling for matching: half-width, simplified, lower case, without any whitespace."""
    normal = unicodedata.normalize("NFKC", text)
    if not normal.isascii():
        normal = _traditional_to_simplified().convert(normal)
    return "".join(normal.lower().split())


@lru_cache(maxsize=8192)
def _fold_phrase(text: str) -> str:
    """`fold` for names, brands and enterprises, which repeat across many products."""
    return fold(text)


def has_han(text: str) -> bool:
    return any(_is_han(ch) for ch in text)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0003134f"


def _runs(folded: str) -> list[tuple[str, bool]]:
    """`folded` cut into runs of Chinese characters (True) and of anything else (False)."""
    runs: list[tuple[str, bool]] = []
    for ch in folded:
        han = _is_han(ch)
        if runs and runs[-1][1] == han:
            runs[-1] = (runs[-1][0] + ch, han)
        else:
            runs.append((ch, han))
    return runs


def _pinyin(han: str) -> list[str]:
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")  # we never change its dictionaries
    from pypinyin import lazy_pinyin

    return lazy_pinyin(han)


@dataclass(frozen=True)
class Spelling:
    """How one phrase is spelt in pinyin, each form folded and without spaces."""

    full: str
    initials: str
    consonants: str


@lru_cache(maxsize=4096)
def spelling(folded: str) -> Spelling:
    """The pinyin forms of `folded` (already folded); a phrase without Chinese spells as itself."""
    if not has_han(folded):
        return Spelling(folded, folded, folded)
    full: list[str] = []
    initials: list[str] = []
    consonants: list[str] = []
    for run, han in _runs(folded):
        if not han:  # digits, Latin letters or signs between the characters stay as they are
            full.append(run)
            initials.append(run)
            consonants.append(run)
            continue
        for syllable in _pinyin(run):
            full.append(syllable)
            initials.append(syllable[:1])
            consonants.append(syllable[:1] + "".join(c for c in syllable[1:] if c not in _VOWELS))
    return Spelling("".join(full), "".join(initials), "".join(consonants))


@dataclass(frozen=True)
class ProductKeys:
    """The columns of `product` that search and sorting read; written with every change of a product."""

    search_text: str
    model_key: str
    name_key: str
    name_pinyin: str
    name_initials: str
    brand_pinyin: str

    def columns(self) -> dict[str, str]:
        return {
            "search_text": self.search_text,
            "model_key": self.model_key,
            "name_key": self.name_key,
            "name_pinyin": self.name_pinyin,
            "name_initials": self.name_initials,
            "brand_pinyin": self.brand_pinyin,
        }


def sort_key(name: str) -> str:
    """What a name is sorted by: its pinyin, so 北京… comes before 上海…, as in a Chinese index."""
    return spelling(_fold_phrase(name)).full


def product_keys(*, code: str, model: str, name: str, brand: str, enterprise: str) -> ProductKeys:
    """Every facet a query may match, in one text, and the keys ranking and sorting use."""
    name_f, brand_f, enterprise_f = _fold_phrase(name), _fold_phrase(brand), _fold_phrase(enterprise)
    facets = [fold(code), fold(model), name_f, brand_f, enterprise_f]
    for phrase in (name_f, brand_f, enterprise_f):
        if has_han(phrase):
            said = spelling(phrase)
            facets += [said.full, said.initials, said.consonants]
    model_f = fold(model)
    plain = _PUNCTUATION.sub("", model_f)
    if plain != model_f:  # MW621A finds MW-621A: people skip the hyphen when they type a model
        facets.append(plain)
    name_said = spelling(name_f)
    return ProductKeys(
        search_text=FACET_SEPARATOR.join(f for f in facets if f),
        model_key=model_f,
        name_key=name_f,
        name_pinyin=name_said.full,
        name_initials=name_said.initials,
        brand_pinyin=spelling(brand_f).full,
    )


def query_forms(query: str) -> tuple[str, ...]:
    """The folded spellings a query is looked up by: as typed and, for 轮yi, all in pinyin (lunyi)."""
    folded = fold(query)
    if not folded:
        return ()
    if has_han(folded) and any(ch.isascii() and ch.isalpha() for ch in folded):
        return (folded, spelling(folded).full)
    return (folded,)


def query_words(query: str) -> tuple[tuple[str, ...], ...]:
    """The forms of each word of a query: `轮椅 仁济` asks for products matching both words.

    A product label scanned into the box (`SS:P:P-000123`, DESIGN's payload) is its product code. A NUL
    (from a scanner or a paste) separates words: neither database can look text up across one.
    """
    typed = unicodedata.normalize("NFKC", query).replace("\x00", " ")
    words = [_scanned_code(word) for word in typed.split()]
    return tuple(forms for forms in (query_forms(word) for word in words) if forms)


def _scanned_code(word: str) -> str:
    found = _PRODUCT_LABEL.fullmatch(word)
    return found.group(1) if found else word
