"""The kinds of product the demo catalogue is filled with, and where each kind is filed.

Each kind names its category in every scheme it belongs to (MIIT smart-care catalogue, old and new
trees; 老年用品 domain; 无锡 rental catalogue; ISO 9999 code), its price range, and for devices
the rental desk lends, a monthly rent and deposit near what centres charge (a wheelchair ~200 元).
Medical-device classes follow the 2017 classification catalogue (19 rehabilitation, 07 monitoring…).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProductKind:
    name: str
    group: str  # which enterprises make it (see INDUSTRIES)
    prefix: str  # start of the model number, ASCII
    variants: tuple[str, ...]  # words put before the name: 轻便折叠 + 手动轮椅车
    price: tuple[int, int]  # reference price range in 元
    features: tuple[str, ...]
    scenarios: tuple[str, ...] = ("居家养老",)
    smart_old: str | None = None  # 智慧健康养老 2018/2020 category code
    smart_new: str | None = None  # 智慧健康养老 2022/2024 category code
    elderly: str | None = None  # 老年用品产品推广目录 domain code
    rental: str | None = None  # 无锡 rental catalogue code
    iso: str | None = None  # ISO 9999 code
    rent: tuple[int, int] | None = None  # monthly rent range in 元
    deposit: int = 0  # 元
    device_class: str = ""  # 医疗器械管理类别 I / II
    device_category: str = ""  # two digits of the 2017 classification catalogue


# Which product groups an enterprise of each line of business makes.
INDUSTRIES = {
    "医疗器械": ("mobility", "care", "health", "rehab"),
    "康复器材": ("mobility", "care", "rehab"),
    "智能科技": ("monitor", "robot", "health", "home"),
    "健康科技": ("health", "tcm", "monitor"),
    "养老服务": ("service",),
    "健康管理": ("service", "health"),
    "电子科技": ("monitor", "health"),
    "家居用品": ("home", "daily"),
    "服饰": ("clothing", "daily"),
    "机器人": ("robot",),
}

_HOME = ("居家养老",)
_COMMUNITY = ("居家养老", "社区日间照料", "养老机构")
_CARE = ("居家养老", "养老机构", "医院康复")

KINDS: tuple[ProductKind, ...] = (
    ProductKind(
        "手动轮椅车", "mobility", "MW", ("轻便折叠", "铝合金", "加宽", "标准型", "护理型"), (600, 2600),
        ("车架可折叠，便于收纳和搬运", "实心后轮免充气", "带双手刹及安全带", "扶手可掀起，方便侧向转移"),
        _CARE, elderly="D03", rental="R102", iso="12 22 03", rent=(150, 260), deposit=800,
        device_class="I", device_category="19",
    ),
    ProductKind(
        "电动轮椅车", "mobility", "EW", ("智能", "轻便折叠", "锂电", "可躺式"), (3800, 12000),
        ("锂电池续航 20 公里", "电磁刹车，坡道驻车", "操纵杆可左右互换"),
        _CARE, smart_new="P02", elderly="D03", rental="R102", iso="12 23 06", rent=(350, 600), deposit=3000,
        device_class="II", device_category="19",
    ),
    ProductKind(
        "框式助行器", "mobility", "WF", ("可折叠", "带座", "铝合金"), (120, 480),
        ("高度八档可调", "防滑脚垫", "一键折叠"),
        _COMMUNITY, elderly="D02", rental="R101", iso="12 06 03", rent=(30, 60), deposit=200,
        device_class="I", device_category="19",
    ),
    ProductKind(
        "四轮助行车", "mobility", "RL", ("带座", "可折叠", "购物型"), (380, 1500),
        ("带座椅可随时休息", "手刹可锁定", "前轮万向"),
        _COMMUNITY, elderly="D02", rental="R101", iso="12 06 06", rent=(60, 120), deposit=500,
        device_class="I", device_category="19",
    ),
    ProductKind(
        "四脚手杖", "mobility", "WS", ("铝合金", "可调节", "带灯"), (60, 260),
        ("四脚底座站立稳定", "握把防滑", "高度十档可调"),
        _COMMUNITY, elderly="D02", rental="R101", iso="12 03 03", rent=(10, 30), deposit=100,
        device_class="I", device_category="19",
    ),
    ProductKind(
        "移位机", "mobility", "PL", ("电动", "液压", "站立式"), (4800, 18000),
        ("一人即可完成床椅转移", "承重 150 公斤", "急停按钮"),
        _CARE, smart_new="P02", rental="R103", iso="12 36", rent=(400, 800), deposit=3000,
        device_class="II", device_category="15",
    ),
    ProductKind(
        "电动护理床", "care", "EB", ("多功能", "三功能", "翻身"), (4800, 22000),
        ("背部、腿部升降", "整床升降便于护理", "带护栏和输液架"),
        _CARE, smart_new="P02", elderly="D03", rental="R302", iso="18", rent=(300, 600), deposit=2000,
        device_class="II", device_category="15",
    ),
    ProductKind(
        "手动护理床", "care", "MB", ("双摇", "单摇", "家用"), (1200, 3800),
        ("摇把折叠隐藏", "床面冷轧钢板", "带餐桌板"),
        _CARE, elderly="D03", rental="R301", iso="18", rent=(150, 300), deposit=1000,
        device_class="I", device_category="15",
    ),
    ProductKind(
        "坐便椅", "care", "CC", ("可折叠", "带轮", "可调高"), (150, 680),
        ("坐便桶可抽出清洗", "扶手防滑", "可兼作洗澡椅"),
        _HOME, elderly="D03", rental="R201", iso="09", rent=(20, 50), deposit=200,
    ),
    ProductKind(
        "洗浴机", "care", "BM", ("移动式", "床上", "智能"), (5800, 16000),
        ("卧床老人免搬动洗浴", "恒温出水", "污水自动回收"),
        _CARE, smart_new="P02", elderly="D03", rental="R202", iso="09", rent=(300, 500), deposit=2000,
    ),
    ProductKind(
        "防褥疮气垫床", "care", "AM", ("交替充气", "静音"), (600, 2500),
        ("交替充放气减轻局部压力", "静音气泵"),
        _CARE, elderly="D03",
    ),
    ProductKind(
        "上下肢主被动康复训练器", "rehab", "RT", ("智能", "电动"), (3800, 15000),
        ("主动、被动、助力三种模式", "痉挛保护", "训练数据可上传"),
        _CARE, smart_new="P02", rental="R503", iso="04", rent=(300, 600), deposit=2000,
        device_class="II", device_category="19",
    ),
    ProductKind(
        "中低频理疗仪", "rehab", "PT", ("家用", "经皮神经电刺激"), (300, 2500),
        ("多种理疗模式", "强度分级可调"),
        _HOME, smart_old="P02", smart_new="P01", rental="R502", iso="04", rent=(50, 120), deposit=300,
        device_class="II", device_category="09",
    ),
    ProductKind(
        "家用制氧机", "rehab", "OX", ("3升", "5升", "静音"), (1800, 6800),
        ("氧浓度 93%±3%", "带雾化功能", "夜间静音"),
        _HOME, smart_old="P02", smart_new="P01", rental="R501", iso="04", rent=(200, 400), deposit=1500,
        device_class="II", device_category="08",
    ),
    ProductKind(
        "助听器", "rehab", "HA", ("耳背式", "耳内式", "智能降噪"), (1500, 9800),
        ("多通道数字降噪", "手机调节音量"),
        _HOME, smart_old="P01", smart_new="P02", elderly="D02", rental="R402", iso="22", rent=(80, 200),
        deposit=800, device_class="II", device_category="19",
    ),
    ProductKind(
        "跌倒检测报警器", "monitor", "FA", ("毫米波", "红外", "智能"), (399, 1999),
        ("无需佩戴，非接触检测", "跌倒后自动通知家属", "保护隐私不录像"),
        _COMMUNITY, smart_old="P04", smart_new="P03", rental="R401", iso="22", rent=(30, 80), deposit=300,
    ),
    ProductKind(
        "紧急呼叫器", "monitor", "SOS", ("无线", "4G", "挂绳式"), (99, 699),
        ("一键呼叫子女和服务中心", "防水可带入浴室"),
        _HOME, smart_old="P04", smart_new="P03", rental="R401", iso="22", rent=(10, 30), deposit=100,
    ),
    ProductKind(
        "智能睡眠监测垫", "monitor", "SM", ("离床监测", "心率呼吸"), (899, 3999),
        ("夜间离床提醒", "心率呼吸异常报警"),
        _CARE, smart_old="P04", smart_new="P03",
    ),
    ProductKind(
        "智能烟感报警器", "monitor", "SA", ("无线联网", "NB-IoT"), (99, 399),
        ("烟雾报警推送到手机", "电池续航五年"),
        _HOME, smart_old="P04", smart_new="P06", elderly="D06",
    ),
    ProductKind(
        "燃气泄漏报警器", "monitor", "GA", ("联网", "家用"), (199, 599),
        ("燃气泄漏自动关阀", "声光报警"),
        _HOME, smart_old="P04", smart_new="P06", elderly="D06",
    ),
    ProductKind(
        "健康监测手环", "health", "BD", ("心率血氧", "血压", "防水"), (199, 899),
        ("全天心率血氧监测", "久坐提醒", "大字体表盘"),
        _HOME, smart_old="P01", smart_new="P01", elderly="D04",
    ),
    ProductKind(
        "老人健康手表", "health", "WT", ("4G", "定位", "心电"), (699, 2499),
        ("北斗定位防走失", "一键呼叫", "心电图单导联"),
        _HOME, smart_old="P01", smart_new="P01", elderly="D04",
    ),
    ProductKind(
        "上臂式电子血压计", "health", "BP", ("语音播报", "蓝牙", "双人记忆"), (169, 699),
        ("测量结果语音播报", "数据同步子女手机"),
        _HOME, smart_old="P02", smart_new="P01", elderly="D04", device_class="II", device_category="07",
    ),
    ProductKind(
        "血糖仪", "health", "BG", ("免调码", "语音"), (129, 499),
        ("五秒出结果", "免调码"),
        _HOME, smart_old="P02", smart_new="P01", device_class="II", device_category="22",
    ),
    ProductKind(
        "指夹式脉搏血氧仪", "health", "SP", ("蓝牙", "OLED"), (99, 399),
        ("血氧饱和度和脉率同时显示", "低电量提示"),
        _HOME, smart_old="P02", smart_new="P01", device_class="II", device_category="07",
    ),
    ProductKind(
        "自助式健康检测一体机", "health", "HK", ("社区", "多参数"), (18000, 68000),
        ("血压、血糖、体成分等十余项检测", "身份证刷卡建档"),
        ("社区日间照料", "养老机构"), smart_old="P03", smart_new="P01",
        device_class="II", device_category="07",
    ),
    ProductKind(
        "智能药盒", "health", "PB", ("定时提醒", "联网", "七日"), (99, 599),
        ("按时语音提醒服药", "漏服通知家属"),
        _HOME, smart_old="P04", smart_new="P01", elderly="D04",
    ),
    ProductKind(
        "中医经络理疗仪", "tcm", "TC", ("艾灸", "智能温控"), (1200, 6800),
        ("智能温控艾灸", "穴位定位"),
        _COMMUNITY, smart_new="P04", device_class="II", device_category="20",
    ),
    ProductKind(
        "中医四诊仪", "tcm", "TD", ("舌面脉", "便携"), (18000, 60000),
        ("舌象、面象、脉象采集分析", "生成体质辨识报告"),
        ("社区日间照料", "医院康复"), smart_new="P04", device_class="II", device_category="20",
    ),
    ProductKind(
        "智能陪护机器人", "robot", "RB", ("语音交互", "远程看护", "健康陪伴"), (2999, 19999),
        ("语音聊天和戏曲播放", "子女远程视频看护", "服药提醒"),
        _HOME, smart_old="P05", smart_new="P05",
    ),
    ProductKind(
        "家庭服务机器人", "robot", "HR", ("巡视", "助餐"), (3999, 25999),
        ("自主巡视异常告警", "送餐送药"),
        _CARE, smart_old="P05", smart_new="P05",
    ),
    ProductKind(
        "卫浴安全扶手", "home", "GB", ("不锈钢", "防滑", "折叠"), (89, 599),
        ("承重 120 公斤", "防滑纹握把"),
        _HOME, elderly="D06",
    ),
    ProductKind(
        "浴室防滑垫", "home", "NS", ("抗菌", "吸盘"), (39, 199),
        ("吸盘牢固防移位", "抗菌易清洗"),
        _HOME, elderly="D06",
    ),
    ProductKind(
        "适老智能马桶盖", "home", "TS", ("自动冲洗", "助起"), (1299, 4999),
        ("座圈加热", "起身助力"),
        _HOME, smart_new="P06", elderly="D05",
    ),
    ProductKind(
        "电动起身助力沙发", "home", "LC", ("单人", "布艺"), (2800, 8800),
        ("电动助起，减轻膝部负担", "一键平躺"),
        _HOME, smart_new="P06", elderly="D05",
    ),
    ProductKind(
        "人体感应夜灯", "home", "NL", ("LED", "充电"), (29, 199),
        ("起夜自动亮灯", "柔光不刺眼"),
        _HOME, elderly="D06",
    ),
    ProductKind(
        "居家适老化智能改造套装", "home", "SK", ("整屋", "卫浴"), (6800, 39800),
        ("跌倒监测、紧急呼叫、燃气报警联动", "上门评估与安装"),
        _HOME, smart_new="P07", elderly="D06",
    ),
    ProductKind(
        "手持带灯放大镜", "daily", "MG", ("高倍", "LED"), (39, 299),
        ("三倍、六倍双镜片", "LED 补光"),
        _HOME, elderly="D02",
    ),
    ProductKind(
        "大字键老人手机", "daily", "PH", ("4G", "一键呼叫"), (199, 899),
        ("大字体大按键", "亲情号码一键拨出", "定位"),
        _HOME, smart_new="P03", elderly="D02",
    ),
    ProductKind(
        "防抖助食餐具", "daily", "FK", ("弯柄", "不锈钢"), (29, 399),
        ("手部震颤时保持勺面平稳", "手柄可弯折"),
        _CARE, elderly="D02",
    ),
    ProductKind(
        "防跌倒护臀裤", "clothing", "HP", ("透气", "男女通用"), (99, 399),
        ("髋部缓冲垫减轻摔伤", "可机洗"),
        _COMMUNITY, elderly="D01",
    ),
    ProductKind(
        "老年健步鞋", "clothing", "SH", ("防滑", "魔术贴"), (129, 499),
        ("大底防滑", "魔术贴免系带"),
        _HOME, elderly="D01",
    ),
    ProductKind(
        "防走失定位鞋", "clothing", "GS", ("北斗", "4G"), (399, 999),
        ("鞋内定位模块", "电子围栏提醒家属"),
        _HOME, smart_new="P03", elderly="D01",
    ),
    ProductKind(
        "慢病健康管理服务", "service", "S-CDM", ("年度", "家庭"), (360, 3600),
        ("签约医生随访", "血压血糖数据跟踪"),
        _COMMUNITY, smart_old="S01", smart_new="S01",
    ),
    ProductKind(
        "个性化健康管理服务", "service", "S-PHM", ("年度", "会员"), (600, 4800),
        ("健康档案与风险评估", "营养运动方案"),
        _HOME, smart_old="S03", smart_new="S01",
    ),
    ProductKind(
        "在线健康咨询服务", "service", "S-OHC", ("图文", "视频"), (99, 1200),
        ("全科医生在线答疑", "用药咨询"),
        _HOME, smart_old="S04", smart_new="S02",
    ),
    ProductKind(
        "居家养老上门照料服务", "service", "S-HCS", ("助餐助洁", "助浴"), (1200, 9600),
        ("助餐、助洁、助浴上门", "服务过程可追溯"),
        _HOME, smart_old="S05", smart_new="S03",
    ),
    ProductKind(
        "居家健康养老服务", "service", "S-HHC", ("智慧", "社区"), (800, 6000),
        ("家庭养老床位建设", "远程健康监测"),
        _HOME, smart_old="S02", smart_new="S03",
    ),
    ProductKind(
        "养老机构智慧管理平台", "service", "S-IMS", ("云", "标准版"), (9800, 98000),
        ("入住、护理、膳食一体化管理", "监管数据对接"),
        ("养老机构",), smart_old="S06", smart_new="S03",
    ),
    ProductKind(
        "时间银行互助养老服务", "service", "S-TB", ("社区", "街道"), (0, 0),
        ("志愿服务时长存储兑换", "低龄助高龄"),
        ("社区日间照料",), smart_new="S04",
    ),
    ProductKind(
        "老年人能力评估服务", "service", "S-AA", ("上门", "机构"), (200, 800),
        ("依据国家标准开展评估", "出具评估报告"),
        _COMMUNITY, smart_new="S05",
    ),
    ProductKind(
        "线上老年教育服务", "service", "S-OE", ("年度", "课程"), (99, 999),
        ("智能手机使用课程", "书画戏曲直播课"),
        _HOME, smart_new="S06",
    ),
)  # fmt: skip
