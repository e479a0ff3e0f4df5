"""Chinese surnames by their pinyin, so a visitor at a touch screen can say how staff should address
them (称呼: 王阿姨, 李先生) with a few letters and two touches, without an input method.

The list is written out by hand, most common first (after the Ministry of Public Security's count of
registered names), with each surname's own reading: a character read one way in words is often read
another way as a surname (单 shan, not dan; 曾 zeng; 解 xie; 区 ou; 仇 qiu; 朴 piao; 查 zha; 盖 ge;
乐 yue; 覃 qin), and a generic pinyin table would offer the wrong letters. Compound surnames keep their
syllables apart, so their initials find them too ("oy" finds 欧阳). ü is typed as v, as on every pinyin
keyboard ("lv" finds 吕); 吕 answers to "lu" as well, as many who never type pinyin spell it.
"""

from __future__ import annotations

import unicodedata

# (surname, its reading with syllables apart, other spellings people type), most common first.
SURNAMES: tuple[tuple[str, ...], ...] = (
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("林", "lin"),
    ("高", "gao"),
    ("罗", "luo"),
    ("郑", "zheng"),
    ("梁", "liang"),
    ("谢", "xie"),
    ("宋", "song"),
    ("唐", "tang"),
    ("许", "xu"),
    ("韩", "han"),
    ("冯", "feng"),
    ("邓", "deng"),
    ("曹", "cao"),
    ("彭", "peng"),
    ("曾", "zeng"),
    ("肖", "xiao"),
    ("田", "tian"),
    ("董", "dong"),
    ("袁", "yuan"),
    ("潘", "pan"),
    ("于", "yu"),
    ("蒋", "jiang"),
    ("蔡", "cai"),
    ("余", "yu"),
    ("杜", "du"),
    ("叶", "ye"),
    ("程", "cheng"),
    ("苏", "su"),
    ("魏", "wei"),
    ("吕", "lv", "lu"),
    ("丁", "ding"),
    ("任", "ren"),
    ("沈", "shen"),
    ("姚", "yao"),
    ("卢", "lu"),
    ("姜", "jiang"),
    ("崔", "cui"),
    ("钟", "zhong"),
    ("谭", "tan"),
    ("陆", "lu"),
    ("汪", "wang"),
    ("范", "fan"),
    ("金", "jin"),
    ("石", "shi"),
    ("廖", "liao"),
    ("贾", "jia"),
    ("夏", "xia"),
    ("韦", "wei"),
    ("付", "fu"),
    ("方", "fang"),
    ("白", "bai"),
    ("邹", "zou"),
    ("孟", "meng"),
    ("熊", "xiong"),
    ("秦", "qin"),
    ("邱", "qiu"),
    ("江", "jiang"),
    ("尹", "yin"),
    ("薛", "xue"),
    ("闫", "yan"),
    ("段", "duan"),
    ("雷", "lei"),
    ("侯", "hou"),
    ("龙", "long"),
    ("史", "shi"),
    ("陶", "tao"),
    ("黎", "li"),
    ("贺", "he"),
    ("顾", "gu"),
    ("毛", "mao"),
    ("郝", "hao"),
    ("龚", "gong"),
    ("邵", "shao"),
    ("万", "wan"),
    ("钱", "qian"),
    ("严", "yan"),
    ("覃", "qin"),
    ("武", "wu"),
    ("戴", "dai"),
    ("莫", "mo"),
    ("孔", "kong"),
    ("向", "xiang"),
    ("汤", "tang"),
    ("洪", "hong"),
    ("赖", "lai"),
    ("常", "chang"),
    ("温", "wen"),
    ("康", "kang"),
    ("施", "shi"),
    ("文", "wen"),
    ("牛", "niu"),
    ("樊", "fan"),
    ("葛", "ge"),
    ("安", "an"),
    ("齐", "qi"),
    ("易", "yi"),
    ("乔", "qiao"),
    ("颜", "yan"),
    ("庄", "zhuang"),
    ("傅", "fu"),
    ("萧", "xiao"),
    ("单", "shan"),
    ("解", "xie"),
    ("查", "zha"),
    ("仇", "qiu"),
    ("盖", "ge"),
    ("乐", "yue"),
    ("区", "ou"),
    ("朴", "piao"),
    ("欧阳", "ou yang"),
    ("司马", "si ma"),
    ("上官", "shang guan"),
    ("诸葛", "zhu ge"),
)

# How staff address a visitor after the surname (王阿姨): words of the call itself, in Chinese whatever
# the kiosk's language, since staff call back in Chinese.
FORMS_OF_ADDRESS = ("先生", "女士", "阿姨", "叔叔", "老师")
MOST = 12


def pinyin_letters(typed: str) -> str:
    """What was typed as plain lower-case letters: full-width letters and capitals folded, ü as v,
    spaces and apostrophes (xi'an) left out; "" when anything else was typed."""
    letters = "".join(
        "v" if char == "ü" else char
        for char in unicodedata.normalize("NFKC", typed).lower()
        if not char.isspace() and char != "'"
    )
    return letters if letters.isascii() and letters.isalpha() else ""


def spells(letters: str, syllables: tuple[str, ...]) -> bool:
    """Whether `letters` start the syllables in turn, each by at least its first letter: "wa" and
    "wang" for wang, "oy", "ouy" and "ouyang" for ou yang, but not "y" for it."""
    if not letters:
        return True
    if not syllables:
        return False
    first, rest = syllables[0], syllables[1:]
    return any(
        letters[:take] == first[:take] and spells(letters[take:], rest)
        for take in range(min(len(first), len(letters)), 0, -1)
    )


def surnames_for(typed: str, most: int = MOST) -> list[str]:
    """The surnames `typed` may start to spell, those it spells whole first, then the more common
    first; the most common of all when nothing is typed yet, none for what is not pinyin letters."""
    letters = pinyin_letters(typed)
    if typed.strip() and not letters:
        return []
    whole: list[str] = []
    started: list[str] = []
    for surname, *readings in SURNAMES:
        spellings = [tuple(reading.split()) for reading in readings]
        if letters and any(letters == "".join(syllables) for syllables in spellings):
            whole.append(surname)
        elif any(spells(letters, syllables) for syllables in spellings):
            started.append(surname)
    return (whole + started)[: max(0, most)]


def split_address(name: str) -> tuple[str, str]:
    """A 称呼 as its surname (or whatever name was typed) and the form of address ending it, if any:
    ("王", "阿姨") for 王阿姨, ("李明", "") for 李明."""
    for form in FORMS_OF_ADDRESS:
        if name.endswith(form):
            return name[: -len(form)], form
    return name, ""
