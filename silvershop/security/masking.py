"""Masked forms of personal values for screens, exports and logs (个人信息保护法 art. 51).

Masks keep just enough for a clerk to tell two residents apart at the desk: the area and the end
of an ID number, the network prefix and end of a phone, and the surname.
"""

from __future__ import annotations

MASK = "*"
# Two-character surnames (复姓), kept whole so 欧阳娜娜 becomes 欧阳** rather than 欧***.
_COMPOUND_SURNAMES = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 申屠 西门 南宫 "
    "独孤 澹台 公冶 宗政 濮阳 太叔 钟离 闻人 赫连 呼延 万俟 单于 拓跋 百里 东郭 闾丘 左丘 第五"
)
COMPOUND_SURNAMES = frozenset(_COMPOUND_SURNAMES.split())


def mask_id_number(value: str, head: int = 6, tail: int = 4) -> str:
    """`320211********1234`; a value too short to keep both ends is masked whole."""
    if head < 0 or tail < 0:
        raise ValueError("head and tail cannot be negative")
    if len(value) <= head + tail:
        return MASK * len(value)
    return value[:head] + MASK * (len(value) - head - tail) + value[len(value) - tail :]


def mask_phone(value: str) -> str:
    """`138****5678` for a mobile; shorter numbers keep only their last digits."""
    if len(value) >= 11:
        return value[:3] + MASK * (len(value) - 7) + value[-4:]
    if len(value) > 4:
        return MASK * (len(value) - 4) + value[-4:]
    return MASK * len(value)


def mask_name(name: str) -> str:
    """`张*`, `欧阳**`: the surname stays, every other character (spaces aside) becomes `*`."""
    name = name.strip()
    if len(name) <= 1:
        return MASK * len(name)
    keep = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    return name[:keep] + "".join(char if char.isspace() else MASK for char in name[keep:])
