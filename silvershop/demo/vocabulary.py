"""Words the demonstration data is made of: people's names, streets, enterprise names, divisions.

Drawn from 无锡 so the demo reads like the city it is built for: local surnames (钱, 顾, 华, 过,
浦 are far commoner here than nationally), the given names of people born in the 1930s–60s, and
division codes that exist. The people are fictitious; no list here names a real person.
"""

from __future__ import annotations

from dataclasses import dataclass


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Weighted toward 无锡: the first names of the list are drawn more often.
SURNAMES = _words(
    "王 张 陈 周 吴 徐 朱 钱 顾 孙 华 沈 杨 李 刘 黄 秦 许 蒋 邹 浦 过 薛 唐 丁 缪 尤 高 曹 陆 "
    "施 邵 蔡 杭 荣 谈 强 严 姚 承 冯 范 郁 包 汤 倪 戴 季 殷 吕 欧阳 司马"
)

MALE_GIVEN = _words(
    "建国 建华 国庆 国平 国强 志强 志明 德明 德华 文华 文彬 永康 永生 金宝 金根 根生 福生 荣生 兴华 "
    "洪福 正明 正华 伟民 为民 卫国 卫东 振华 家骏 宝林 海林 富根 炳坤 鸿生 锡林 耀明 仁良 秋生 "
    "阿大 明 强 军 平 刚 勇"
)

FEMALE_GIVEN = _words(
    "秀英 桂英 玉兰 秀兰 凤英 淑芬 美华 丽华 玉珍 秀珍 桂芳 彩英 月娥 菊英 惠芬 雪芬 佩华 琴芳 "
    "秀娟 招娣 金妹 巧英 小妹 美英 建英 卫红 红梅 凤娣 素珍 玉芬 月英 翠英 杏娣 引娣 梅芳 丽娟 "
    "桂珍 爱华 兰英 芳 英 华 萍 红"
)

# Names of the children's generation, for guardians and enterprise contacts.
ADULT_GIVEN = _words(
    "晓东 海燕 丽萍 建平 伟 敏 静 磊 军 洁 燕 勇 艳 杰 涛 明 超 霞 平 刚 "
    "志刚 晓明 红霞 雪梅 俊杰 文静 海峰 丽娜 晓燕 春华 卫平 建军 亚平 颖 婷"
)

ENTERPRISE_WORDS = _words(
    "康乐 颐年 福寿 安康 银龄 乐龄 长青 松鹤 益寿 康泰 仁和 安睿 智护 慧养 怡康 瑞康 德康 康辉 护佑 "
    "嘉禾 福康 恒康 泰和 永康 颐和 康宁 金秋 百岁 寿康 惠民 天成 澄康 太湖 蠡园 锡康 禾健 晨光 众康 "
    "康舒 安颐 欣龄 华龄 佳护 乐颐 尚医 祥和 颐居 悦康 健安 普康 瑞颐 仁济 同康 寿山 百顺 福临 清心"
)

RECOMMENDING_UNITS = (
    "无锡市民政局",
    "无锡市工业和信息化局",
    "无锡市卫生健康委员会",
    "无锡市残疾人联合会",
    "无锡市养老服务行业协会",
    "江苏省老龄产业协会",
)

PAYMENT_METHODS = ("wechat", "alipay", "cash", "card")

CENTRE_HOURS = ("周二至周日 9:00-17:00", "周一至周六 8:30-17:00", "周一至周五 9:00-16:30，周六 9:00-12:00")

CLEANING_METHODS = (
    ("擦拭消毒", "含氯消毒剂 500 mg/L"),
    ("擦拭消毒", "75% 乙醇"),
    ("喷雾消毒", "季铵盐类消毒剂"),
    ("浸泡消毒", "含氯消毒剂 500 mg/L"),
    ("紫外线照射", "紫外线灯 30 分钟"),
    ("擦拭消毒", "过氧化氢消毒湿巾"),
)

FAULTS = ("刹车失灵", "轮胎磨损漏气", "电机异响", "遥控器无反应", "扶手松动", "电池续航不足", "升降卡顿")

CONSENT_TEXT = (
    "本人同意体验中心为办理康复辅助器具租赁及补贴申领，收集和使用本人的身份证号、联系电话、住址及"
    "健康评估信息；已知悉可随时撤回同意。"
)
STATUTORY_TEXT = "依据最低生活保障审核确认职责处理（个人信息保护法第十三条第三项）。"


@dataclass(frozen=True)
class Division:
    """Where an enterprise is registered: a GB/T 2260 code and what its papers are prefixed with."""

    code: str
    place: str  # what an enterprise name starts with
    province: str  # prefix of a class II registration number (苏械注准…)
    record_prefix: str  # prefix of a class I filing number (苏锡械备…)
    streets: tuple[str, ...]


WUXI_DIVISIONS = (
    Division(
        "320213", "无锡", "苏", "苏锡", ("中山路", "人民中路", "解放北路", "学前街", "清扬路", "南长街")
    ),
    Division("320205", "无锡", "苏", "苏锡", ("东亭路", "锡沪中路", "团结中路", "春笋路", "二泉东路")),
    Division("320206", "无锡", "苏", "苏锡", ("惠山大道", "政和大道", "堰桥路", "钱桥大街", "盛岸西路")),
    Division("320211", "无锡", "苏", "苏锡", ("太湖大道", "蠡湖大道", "梁溪路", "隐秀路", "湖滨路")),
    Division("320214", "无锡", "苏", "苏锡", ("长江路", "新华路", "旺庄路", "锡士路", "菱湖大道")),
    Division("320281", "江阴", "苏", "苏澄", ("人民东路", "虹桥北路", "芙蓉大道", "澄杨路", "朝阳路")),
    Division("320282", "宜兴", "苏", "苏宜", ("解放东路", "人民南路", "东山东路", "阳羡路", "荆邑路")),
)

OTHER_DIVISIONS = (
    Division("320100", "南京", "苏", "苏宁", ("中山东路", "江东中路", "龙蟠中路")),
    Division("320500", "苏州", "苏", "苏苏", ("星湖街", "金鸡湖大道", "人民路")),
    Division("320400", "常州", "苏", "苏常", ("延陵西路", "龙城大道", "通江中路")),
    Division("330100", "杭州", "浙", "浙杭", ("文三路", "江南大道", "莫干山路")),
    Division("310115", "上海", "沪", "沪浦", ("张江路", "世纪大道", "川沙路")),
    Division("440300", "深圳", "粤", "粤深", ("科技园南路", "深南大道", "高新南一道")),
    Division("440100", "广州", "粤", "粤穗", ("天河路", "科学大道", "黄埔大道")),
    Division("110108", "北京", "京", "京海", ("中关村大街", "学院路", "上地十街")),
    Division("340100", "合肥", "皖", "皖合", ("长江西路", "望江西路", "创新大道")),
)

# Streets of the districts that hold an experience centre; another city's divisions fall back to
# GENERIC_STREETS.
DISTRICT_STREETS = {division.code: division.streets for division in WUXI_DIVISIONS} | {
    "3202JK": ("贡湖大道", "具区路", "金融一街", "震泽路", "观山路")
}
GENERIC_STREETS = ("人民路", "解放路", "建设路", "和平路", "幸福路")

# What residents' ID numbers start with, by the district they live in now. Elderly people keep
# the numbers issued before the 2015 merger (崇安 320202, 南长 320203, 北塘 320204 → 梁溪), and the
# zone's residents were registered under 滨湖.
ID_AREAS = {
    "320213": ("320202", "320203", "320204", "320213"),
    "320214": ("320211", "320205", "320214"),
    "3202JK": ("320211",),
}

MOBILE_PREFIXES = _words(
    "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
    "177 180 181 182 183 185 186 187 188 189 199"
)
