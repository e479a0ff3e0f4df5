"""The SQLite index of short substrings, which FTS5's trigram tokenizer cannot find.

Most Chinese product words are one or two characters (床, 轮椅, 手环) and most pinyin initials two
letters (ly), but a trigram index finds nothing shorter than three characters. Each one- and
two-character piece of an indexed text therefore becomes one token, written in hexadecimal so
that no tokenizer splits or folds it, and a short query is a single token lookup. The pieces never
span a line break, so a text made of lines (fields) is indexed field by field.
"""

from __future__ import annotations

import sqlite3

SQL_FUNCTION = "silvershop_substrings"
# The FTS5 tables of product search; SQLite adds shadow tables named after them (…_data, …_idx).
SEARCH_INDEXES = ("product_text_index", "product_piece_index")


def is_search_index(table: str) -> bool:
    """Whether `table` belongs to a search index, which the models do not describe (migration 0002)."""
    return any(table == index or table.startswith(f"{index}_") for index in SEARCH_INDEXES)


def substring_token(piece: str) -> str:
    """The token a one- or two-character piece of text is indexed and looked up by."""
    return piece.encode("utf-8").hex()


def substring_tokens(text: str | None) -> str:
    """Every distinct one- and two-character piece of each line of `text`, as tokens.

    The index's triggers call this for every product written, so it is kept to built-in loops:
    an import of ten thousand products spends a good part of its time here.
    """
    pieces: set[str] = set()
    for line in (text or "").split("\n"):
        pieces.update(line)
        pieces.update(map(str.__add__, line, line[1:]))
    # Sorted: a contentless index forgets a row by being given exactly the tokens it was given.
    return " ".join(sorted([piece.encode("utf-8").hex() for piece in pieces]))


def register(connection: sqlite3.Connection) -> None:
    """Make the function the index's triggers call available on a new connection."""
    connection.create_function(SQL_FUNCTION, 1, substring_tokens, deterministic=True)
