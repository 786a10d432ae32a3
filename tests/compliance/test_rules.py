"""The rule packs, table-driven: what each category catches, evasions, and false positives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.adcheck import EVAL_PATH, corpus, load_eval
from compliance import pricemath
from compliance.check import AdChecker, Finding, verdict_for
from compliance.rulepack import ContextSpec, RulePackError, RuleSpec, load_packs, load_rules
from nlp.prefilter import (
    LiteralPrefilter,
    check_pattern,
    compile_once,
    required_literal_sets,
    required_literals,
)

# (copy, rule expected, the submitted text it must point at)
CATCHES = [
    # 《广告法》第九条 absolute terms, plain and evasive
    ("国家级品质的草莓", "AD9-ABSOLUTE", "国家级"),
    ("本店最佳拍档", "AD9-ABSOLUTE", "最佳"),
    ("全网最低，错过等一年", "AD9-ABSOLUTE", "全网最低"),
    ("销量第一的牛奶", "AD9-ABSOLUTE", "销量第一"),
    # A formal numeral for the one (业内第 壹): the evasion normaliser folds it.
    ("烫染技术业内第 壹，预约请提前一天", "AD9-ABSOLUTE", "第 壹"),
    # First place with a circled figure, read as 1 (a branch spelling ① never matched), also
    # within a trade (业内).
    ("修脚技术业内第①，老顾客都认", "AD9-ABSOLUTE", "业内第①"),
    ("开业五年，咱家卤味口碑一直是本市第①名", "AD9-ABSOLUTE", "本市第①名"),
    # The first of a town is still a rank, beside the first of one's own sequence (的第一台).
    ("手艺全市的第一个，欢迎来剪", "AD9-ABSOLUTE", "第一"),
    # A stand on the playground of a school named by its number (二小, 三小), 第三十九条.
    ("周五在三小操场设点，新款果冻买一送一", "AD39-SCHOOL", "三小操场设点"),
    # An oath is still one before an experience (他妈的体验), beside a nickname's (咪咪妈的体验).
    ("他妈的体验太差了，来我们店吧", "AD9-VULGAR", "他妈的"),
    # A stain is no print, a print on a school uniform is (印 after 笔/墨 is a mark).
    ("校服上印着本店的二维码", "AD39-SCHOOL", "校服上印着本店的二维码"),
    # A return beside the principal refunded: no prepaid card's refund rule.
    ("储值理财，本金随时退还还有收益", "AD25-RETURN", "本金随时退"),
    # A 斤 redefined with an equals sign (the evasion normaliser drops it), stakes allowed at a
    # card table, goods chosen by a government, an official as the shop's regular.
    ("车厘子19.9元/斤，本店1斤=300g", "PRICE-GROSS-WEIGHT", "1斤=300g"),
    ("棋牌室包间通宵，可以带点彩头", "AD9-GAMBLING", "带点彩头"),
    ("周五棋牌室开业，带彩娱乐，输赢自负", "AD9-GAMBLING", "输赢自负"),
    ("我家腊肠连续两年被区政府选作春节慰问品", "AD9-STATE-ORGAN", "被区政府选作"),
    ("街道办李主任也是我们的老顾客，放心买", "AD9-STATE-ORGAN", "街道办李主任也是我们的老顾客"),
    # Running down other shops, beside the denial of it (从不说别家坏话 is clean).
    ("隔壁那家天天说别家坏话，菜还不新鲜", "AD13-DISPARAGE", "别家坏话，菜还不新鲜"),
    # A reference and a sale price after the yuan sign: the same sums as with 元.
    (
        "划线价￥198，今日团购￥39，草莓砍到骨折",
        "PRICE-INFLATED-REFERENCE",
        "划线价￥198，今日团购￥39",
    ),
    # Goods at "the day's price" or a price left to whoever serves: no price marked (明码标价).
    ("活海鲜一律按时价，称好再报", "PRICE-UNMARKED", "一律按时价"),
    ("烫染项目结账时以发型师报价为准", "PRICE-UNMARKED", "以发型师报价为准"),
    # A token price sold out on arrival, a dearer one offered (the bait and its switch).
    (
        "1元秒杀鸡蛋30枚！到店已抢光，可选25元款",
        "PRICE-FRAUD",
        "1元秒杀鸡蛋30枚！到店已抢光，可选25元",
    ),
    # A price "marked" first, then cut (虚构原价).
    ("懂的都懂：今天先标299，周末直接砍到129", "PRICE-FRAUD", "先标299，周末直接砍"),
    ("顶级和牛", "AD9-ABSOLUTE", "顶级"),
    ("独一无二的口感", "AD9-ABSOLUTE", "独一无二"),
    ("100%纯果汁", "AD9-ABSOLUTE", "100%"),
    ("本店最*好的草莓", "AD9-ABSOLUTE", "最*好"),
    ("我们是第 一 品牌", "AD9-ABSOLUTE", "第 一 品牌"),
    ("销量第 一", "AD9-ABSOLUTE", "销量第 一"),
    ("最\u200b佳选择", "AD9-ABSOLUTE", "最\u200b佳"),
    ("ＮＯ．１社区团购", "AD9-ABSOLUTE", "ＮＯ．１"),
    ("國家級認證", "AD9-ABSOLUTE", "國家級"),
    ("１００％天然", "AD9-ABSOLUTE", "１００％"),
    ("最🍓好吃", "AD9-ABSOLUTE", "最🍓好吃"),
    ("最甜的西瓜", "AD9-SUPERLATIVE", "最甜"),
    # 第十七条 disease claims, 第十八条 health food
    ("喝了能降血压", "AD17-DISEASE", "降血压"),
    ("防 癌 抗 癌 神 器", "AD17-DISEASE", "防 癌"),
    ("天然无毒副作用", "AD17-DISEASE", "无毒副作用"),
    ("根治失眠", "AD17-DISEASE", "根治"),
    ("增强免疫力的蜂蜜", "AD18-HEALTH-CLAIM", "增强免疫力"),
    ("增-强-免-疫-力", "AD18-HEALTH-CLAIM", "增-强-免-疫-力"),
    ("医用级口罩", "AD17-MEDICAL-WORDING", "医用"),
    # guarantees: 第二十五条, 第二十四条
    ("投资社区店稳赚不赔", "AD25-RETURN", "稳赚不赔"),
    ("無效退款", "AD24-EFFECT", "無效退款"),
    ("暑期班包过", "AD24-EDUCATION", "包过"),
    ("本金无忧，月入过万", "AD25-RETURN", "月入过万"),
    ("投资社区店保证收益", "AD25-RETURN", "保证收益"),
    ("保证每天新鲜", "AD28-GUARANTEE-WORDING", "保证"),
    # 第十三条 disparagement, 第十六条 endorsement, 第四十条 minors
    ("吊打同行", "AD13-DISPARAGE", "吊打同行"),
    ("别家的肉都注水", "AD13-DISPARAGE", "别家的肉都注水"),
    ("比超市便宜一半", "AD13-COMPARE", "比超市便宜"),
    ("医生推荐的奶粉", "AD16-ENDORSE", "医生推荐"),
    ("三甲医院专家都在用", "AD16-ENDORSE", "三甲医院专家都在用"),
    ("小朋友，快让爸爸妈妈买给你", "AD40-MINORS", "让爸爸妈妈买"),
    ("回家叫妈妈给你报名吧", "AD40-MINORS", "叫妈妈给你报名"),
    # price claims need evidence
    ("原价199，现价99", "PRICE-REFERENCE", "原价"),
    ("跳楼价清仓", "PRICE-REFERENCE", "跳楼价"),
    ("全网最低价", "PRICE-FRAUD", "全网最低价"),
    # 第九条第（二）项 official endorsements, 商标法 驰名商标, exclusivity (proof), vulgar copy
    ("人民大会堂特供茶叶", "AD9-STATE-ORGAN", "人民大会堂特供"),
    ("国宴专用大米", "AD9-STATE-ORGAN", "国宴专用"),
    ("中国驰名商标", "AD-FALSE-HONOR", "驰名商标"),
    ("央视上榜品牌", "AD11-AUTHORITY-CLAIM", "央视上榜品牌"),
    ("全城唯一现烤可颂", "AD9-EXCLUSIVE", "唯一"),
    ("独家秘制酱料", "AD9-EXCLUSIVE", "独家"),
    ("叫了个鸡炸鸡", "AD9-VULGAR", "叫了个鸡"),
    ("穷逼勿扰", "AD9-DISCRIMINATION", "穷逼勿扰"),
    ("开光貔貅", "AD9-SUPERSTITION", "开光"),
    ("糖友反馈吃了血糖稳了", "AD16-BENEFICIARY", "糖友反馈"),
    ("明星同款面包", "AD38-CELEBRITY", "明星同款"),
    ("某团的菜又贵又差", "AD13-DISPARAGE", "某团的菜又贵又差"),
    ("喝了咽炎好了", "AD17-DISEASE", "喝了咽炎好了"),
    # Concept-level slots (a noun of the article's concept + a word of its claim), matched on
    # wordings none of the lists spells out.
    ("整个小区的人气王者", "AD9-ABSOLUTE", "人气王者"),
    ("烘焙界的天花板", "AD9-ABSOLUTE", "焙界的天花板"),
    ("口感无可替代", "AD9-ABSOLUTE", "无可替代"),
    ("市政府招待外宾用的同款月饼", "AD9-STATE-ORGAN", "市政府招待"),
    (
        "牙龈肿痛喝两天就消下去了，口腔溃疡也好了",
        "AD17-DISEASE",
        "喝两天就消下去了，口腔溃疡也好了",
    ),
    ("陈皮山楂饮健胃消食", "AD17-DISEASE", "健胃消食"),
    ("吃出一头乌黑浓密的秀发", "AD18-HEALTH-CLAIM", "乌黑浓密的秀发"),
    ("追剧一晚上眼睛都不累", "AD18-HEALTH-CLAIM", "眼睛都不累"),
    ("三周甩掉小肚腩", "AD18-HEALTH-CLAIM", "甩掉小肚腩"),
    ("加盟门店每年稳拿分红", "AD25-RETURN", "稳拿分红"),
    ("到期本息全额返还", "AD25-RETURN", "本息全额返还"),
    ("加盟后躺着也能赚钱", "AD25-RETURN", "躺着也能赚钱"),
    ("分数不提高全额退费", "AD24-EDUCATION", "分数不提高全额退费"),
    ("一个月保你数学拿高分", "AD24-EDUCATION", "保你数学拿高分"),
    ("学完直接进重点中学", "AD24-EDUCATION", "学完直接进重点"),
    ("隔壁店的鸡蛋都是放了半个月的", "AD13-DISPARAGE", "隔壁店的鸡蛋都是放了半个月"),
    ("某多多的水果又小又酸", "AD13-DISPARAGE", "某多多的水果又小又"),
    ("三甲医院主任都给家人买", "AD16-ENDORSE", "主任都给"),
    ("医生也建议常喝", "AD16-ENDORSE", "医生也建议"),
    ("某影帝私下最爱吃的牛肉干", "AD38-CELEBRITY", "影帝私下"),
    ("香到欲仙欲死", "AD9-VULGAR", "欲仙欲死"),
    ("妈的太好吃了", "AD9-VULGAR", "妈的"),
    ("快叫爸爸妈妈来团", "AD40-MINORS", "叫爸爸妈妈来团"),
    ("比全网任何一家都便宜", "PRICE-FRAUD", "比全网任何一家都便宜"),
    ("零售价59元，现在跳水价19.9", "PRICE-REFERENCE", "跳水价"),
    # The kinds heldout3 (now tune6) missed, each by its concept, on wordings of neither tune6
    # nor tune7: the top rank as nobody-beats-us, a title of the top without a field, the only
    # one in an area, the national emblem, an inspection exemption however worded.
    ("方圆十里再找不出第二家比我们更实在的豆腐坊", "AD9-ABSOLUTE", "方圆十里再找不出第二家"),
    ("哪家超市都比不上咱家的鲜度", "AD9-ABSOLUTE", "哪家超市都比不上"),
    ("这手艺堪称天花板", "AD9-ABSOLUTE", "堪称天花板"),
    ("全小区只此一家现烤披萨", "AD9-EXCLUSIVE", "全小区只此一家"),
    ("包装印有国徽图案", "AD9-NATIONAL-SYMBOL", "国徽"),
    ("质监局认定的免检产品", "AD-FALSE-HONOR", "质监局认定的免检"),
    # 第十一条 data without a source, 第十三条 comparisons with any named seller
    ("95%的试吃邻居都说好吃", "AD11-DATA", "95%的试吃邻居"),
    ("满意度高达98%的社区食堂", "AD11-DATA", "满意度高达98%"),
    ("钙含量是普通牛奶的2倍", "AD11-DATA", "是普通牛奶的2倍"),
    ("比全家便利店的饭团还大一圈", "AD13-COMPARE", "比全家便利店的饭团还"),
    ("比喜茶的还清爽", "AD13-COMPARE", "比喜茶的还清"),
    # 第十三条 a competitor's goods called bad without a listed defect word
    ("那几家团购群卖的鸡蛋早就放了二十多天", "AD13-DISPARAGE", "那几家团购群卖的鸡蛋早就放了"),
    ("别的摊位的虾都泡过药水", "AD13-DISPARAGE", "别的摊位的虾都泡过药水"),
    ("还在用香精糊弄顾客", "AD13-DISPARAGE", "糊弄顾客"),
    # price tricks: a charge at the till, an all-in price with extras, free against a deposit,
    # another seller's price as the reference
    ("结算时另收包装费每单2元", "PRICE-HIDDEN-CHARGE", "结算时另收"),
    ("一口价49元，上门安装费另收", "PRICE-HIDDEN-CHARGE", "一口价49元，上门安装费另收"),
    ("免费领米，只要先交99元押金", "PRICE-FREE-THEN-PAY", "免费领米，只要先交99元押金"),
    ("超市售价25元的坚果礼盒", "PRICE-REFERENCE", "超市售价25"),
    # 第十七条 a disease stated through its treatment or its sufferers, 第十八条 growth, brains
    ("胰岛素可以停了", "AD17-DISEASE", "胰岛素可以停了"),
    ("降压药已经减成半片", "AD17-DISEASE", "降压药已经减成"),
    ("甲状腺结节的姐妹坚持吃", "AD17-DISEASE", "结节的姐妹坚持吃"),
    ("学生党吃了记性变好", "AD18-HEALTH-CLAIM", "记性变好"),
    ("个子蹿得飞快", "AD18-HEALTH-CLAIM", "个子蹿"),
    # 第二十四条 admission rates, examiners; 第二十五条 a fixed rate or 连本带利
    ("今年中考本机构学员重点率达85%", "AD24-EDUCATION", "重点率达85%"),
    ("老师曾参与全省高考命题工作", "AD24-EDUCATION", "参与全省高考命题"),
    ("储值享年化8%", "AD25-RETURN", "享年化8%"),
    ("连本带利还给您", "AD25-RETURN", "连本带利"),
    # 第三十八条第二款 a child endorser, 第十六条 a customer as beneficiary, 第四十条 the child
    # told how to make the parent buy
    ("4岁的小模特可可为我们的童装代言", "AD38-CHILD-ENDORSER", "4岁的小模特"),
    ("老顾客说吃了半年，胃病好了", "AD16-BENEFICIARY", "说吃了半年，胃病好了"),
    ("回去跟奶奶说想要这个玩具", "AD40-MINORS", "跟奶奶说想要"),
    ("不买就哭", "AD40-MINORS", "不买就哭"),
    ("拉着爸妈来店里", "AD40-MINORS", "拉着爸妈"),
    # 第九条第（七）项 the body's reaction as a pun
    ("爽到你下不了床", "AD9-VULGAR", "爽到你下不了床"),
    # Rules of the heldout5/6 round (those sets were measured once, then trained on)
    ("我愿称之为全宇宙最香", "AD9-ABSOLUTE", "全宇宙最香"),
    ("私教课实力全市第1", "AD9-ABSOLUTE", "全市第1"),
    ("全城找不到第二家这么甜的", "AD9-ABSOLUTE", "全城找不到第二家"),
    ("已获3项国家发明专利", "AD12-PATENT", "已获3项国家发明专利"),
    ("农家老蜂蜜，比吃药还管用", "AD17-DISEASE", "比吃药还管用"),
    ("湿疹、痱子三天消退", "AD17-DISEASE", "湿疹、痱子三天消退"),
    ("年化分红18%", "AD25-RETURN", "年化分红18"),
    ("本金随时可退", "AD25-RETURN", "本金随时可退"),
    ("雅思保6.5分班", "AD24-EDUCATION", "保6.5分"),
    ("数学从80分涨到135分", "AD24-EDUCATION", "从80分涨到135分"),
    ("胖子不配被爱", "AD9-DISCRIMINATION", "胖子不配"),
    ("以后只配进厂拧螺丝", "AD9-DISCRIMINATION", "只配进厂"),
    ("5岁小代言人朵朵", "AD38-CHILD-ENDORSER", "5岁小代言人"),
    ("特邀演员林小雨倾情代言", "AD38-CELEBRITY", "演员林小雨倾情代言"),
    ("别的自提点冷链就是摆设", "AD13-DISPARAGE", "别的自提点冷链就是摆设"),
    ("练习册封底印有二维码", "AD39-SCHOOL", "练习册封底印有"),
    ("本周园内发放儿童奶试饮", "AD39-SCHOOL", "园内发放"),
    ("到手价仅9.9（需满299元）", "PRICE-HIDDEN-CHARGE", "到手价仅9.9（需满"),
    ("健身博主@阿强 推荐：“练完我都喝这个”", "AD38-CELEBRITY", "博主@阿强 推荐：“练完我都"),
    ("限时秒杀，本活动长期有效", "PRICE-FALSE-URGENCY", "限时秒杀，本活动长期有效"),
    ("荣获2023世界咖啡烘焙大赛金奖", "AD11-AUTHORITY-CLAIM", "荣获2023世界咖啡烘焙大赛金奖"),
    ("街道办李主任推荐的年货礼盒", "AD9-STATE-ORGAN", "街道办李主任推荐"),
    ("红枣枸杞茶，明星力荐的保健食品", "AD16-ENDORSE", "力荐的保健食品"),
    ("销量之王就是这款豆浆机", "AD9-ABSOLUTE", "销量之王"),
    ("口感是全市最顶的", "AD9-ABSOLUTE", "全市最顶"),
    ("除菌技术专利申请中", "AD12-PATENT-PENDING", "专利申请中"),
    ("原价299，常年特价99", "PRICE-FRAUD", "原价299，常年特价"),
    ("给孩子的第一杯果酒", "AD40-UNSUITABLE", "孩子的第一杯果酒"),
    ("大胸妹奶茶买一送一", "AD9-VULGAR", "大胸妹"),
    ("三个月脂肪肝消失了", "AD17-DISEASE", "脂肪肝消失了"),
    ("不打针不吃药，三周见效", "AD17-DISEASE", "不打针不吃药"),
    # The eleventh round (heldout13's misses; docs/compliance.md), in other words.
    ("本品天然提取，没有一点毒副作用", "AD18-HEALTH-CLAIM", "没有一点毒副作用"),
    ("纳豆能溶解血栓", "AD17-DISEASE", "溶解血栓"),
    ("这款茶比阿司匹林更管用", "AD17-DISEASE", "比阿司匹林更管用"),
    ("入股2万每月分红1500", "AD25-RETURN", "入股2万每月分红1500"),
    ("打完玻尿酸的王女士分享：皱纹全没了", "AD16-BENEFICIARY", "打完玻尿酸的王女士分享"),
    ("明星代言的面膜，她本人从没用过", "AD38-NOT-USED", "代言的面膜，她本人从没用过"),
    ("宣传单发到各班，印着报名电话", "AD39-SCHOOL", "各班，印着报名"),
    ("开学第一周在校门内设报名点", "AD39-SCHOOL", "校门内设报名点"),
    ("考进实验中学的小李说：多亏了这里的老师", "AD24-EDUCATION", "考进实验中学的小李说"),
    ("不买的都是傻x", "AD9-VULGAR", "傻x"),
    ("猜欧冠胜负，下注满30元猜中翻倍", "AD9-GAMBLING", "猜欧冠胜负，下注"),
    ("买3件送1件，相当于打5折", "PRICE-FALSE-EQUIVALENT", "买3件送1件，相当于打5折"),
    ("第二杯半价，等于全场五折", "PRICE-FALSE-EQUIVALENT", "第二杯半价，等于全场五折"),
    ("原价50元，现价45元，直降5折", "PRICE-FALSE-DISCOUNT", "原价50元，现价45元，直降5折"),
    # The twelfth round (heldout14's misses), in other words.
    ("教室内扫码领优惠券", "AD39-SCHOOL", "教室内扫码"),
    ("本店桶装水价格为物价局统一定价", "PRICE-FRAUD", "物价局统一定价"),
    ("这款奶粉长高有保证", "AD18-HEALTH-CLAIM", "长高有保证"),
    ("钙片每天两片，一年窜8厘米", "AD18-HEALTH-CLAIM", "钙片每天两片，一年窜8厘米"),
    ("这款鱼油可以取代降脂药", "AD18-HEALTH-CLAIM", "取代降脂药"),
    ("王医生说他家里一直吃这款", "AD16-ENDORSE", "医生说他家里一直吃这款"),
    ("区政府认证的放心菜", "AD9-STATE-ORGAN", "政府认证"),
    ("男孩学舞蹈纯属浪费", "AD9-DISCRIMINATION", "男孩学舞蹈纯属浪费"),
    ("瑞幸的咖啡全是香精", "AD13-DISPARAGE", "瑞幸的咖啡全是香精"),
    ("已服务3000位宝妈", "AD11-DATA", "已服务3000位"),
    # The sixty-ninth round (heldout77's and tune288a's misses), in our own words: goods priced by
    # "the government", a raise before a festival's discount, a reference price changed overnight,
    # interest with the principal back, profanity in letters after a pronoun.
    ("政府指导价鸡蛋，每斤只要5.8元", "PRICE-UNMARKED", "政府指导价"),
    ("双十一前全场先统一调价，当天再打七折", "PRICE-FRAUD", "双十一前全场先统一调价，当天再打七折"),
    ("上周标58，这周原价改98再打六折", "PRICE-FALSE-MARKUP", "上周标58，这周原价改98再打六折"),
    ("认筹民宿：投5万每年领分红6000，到期还本", "AD25-RETURN", "每年领分红6000，到期还本"),
    ("不香你TM来找我", "AD9-VULGAR", "你TM"),
    # tune289a's: a storewide discount on original prices just raised, a token price's quota left
    # to the shop.
    ("全场七折！价签刚换过，原价都往上调了", "PRICE-FRAUD", "全场七折！价签刚换过，原价都往上调"),
    ("1元秒杀鸡蛋，名额以现场公布为准", "PRICE-FRAUD", "1元秒杀鸡蛋，名额以现场公布为准"),
    # tune291a's and tune290a's: a coupon called 无门槛 with its threshold in brackets or a
    # footnote, a closing-down sale in a shop that stays open, an original price that is a guess.
    ("进群就送50元无门槛券（满500元可用）", "PRICE-BRACKET-CONDITION", "无门槛券（满500元可用"),
    ("20元无门槛券免费领 *满200可用", "PRICE-FOOTNOTE-CONDITION", "无门槛券免费领 *满200可用"),
    ("关店清仓，全场三折！本店营业至年底", "PRICE-FRAUD", "关店清仓，全场三折！本店营业至年底"),
    (
        "礼盒原价168现价68（原价为市场零售价估算）",
        "PRICE-NO-PRIOR-PRICE",
        "原价168现价68（原价为市场零售价估算",
    ),
    # tune292a's: a limited-time price extended to the month's end.
    ("限时秒杀价99，活动已延至月底", "PRICE-FALSE-URGENCY", "限时秒杀价99，活动已延至月底"),
    # The seventieth round's blind sets (tune294a … tune301a), their misses in our own words:
    # the "original" price put back today and cut tomorrow, tags adjusted before a sale day, an
    # opening's or an estimate's 原价, extras stacked on a visit's price, a free delivery and a
    # doubled top-up that both charge, a price per 100 g in small print, a "last days" clearance
    # in its second round, a price bureau's "approved" fee, a champion's fish oil, cheaper than
    # the maker's own stock, ads inside a kindergarten, a rival's slow service, a price cut told
    # against last week.
    ("今天恢复原价98，明天起店庆五折49", "PRICE-FRAUD", "今天恢复原价98，明天起店庆五折"),
    (
        "国庆全场6折！（9月20日起商品价格已统一调整）",
        "PRICE-FRAUD",
        "6折！（9月20日起商品价格已统一调整",
    ),
    (
        "本周起全店价签统一调整，周六会员日全场八折",
        "PRICE-FRAUD",
        "价签统一调整，周六会员日全场八折",
    ),
    ("开业特价！原价99，现价39", "PRICE-NO-PRIOR-PRICE", "开业特价！原价99"),
    (
        "市场参考价299，团购价89（参考价为行业估价）",
        "PRICE-NO-PRIOR-PRICE",
        "参考价299，团购价89（参考价为行业估价",
    ),
    (
        "19.9元上门清洗油烟机，拆装、清洗剂、高空作业费另算",
        "PRICE-HIDDEN-CHARGE",
        "19.9元上门清洗油烟机，拆装、清洗剂、高空作业费另算",
    ),
    (
        "送货上门免费！运费、上楼费按楼层另收",
        "PRICE-HIDDEN-CHARGE",
        "送货上门免费！运费、上楼费按楼层另收",
    ),
    (
        "充500送500，每次到店另付20元服务费",
        "PRICE-HIDDEN-CHARGE",
        "充500送500，每次到店另付20元服务费",
    ),
    (
        "一口价68元疏通下水道，上门后按堵塞程度另加100-300元",
        "PRICE-HIDDEN-CHARGE",
        "上门后按堵塞程度另加100-300",
    ),
    ("草莓19.9元！（小字：每100克）", "PRICE-HIDDEN-CHARGE", "小字：每100克"),
    (
        "闭店清仓最后两天！全场一折（本周第二轮）",
        "PRICE-FALSE-REASON",
        "清仓最后两天！全场一折（本周第二轮",
    ),
    ("物价局核定收费：上门保洁每小时60元", "PRICE-FRAUD", "物价局核定收费"),
    ("体育冠军推荐的鱼油软胶囊，前台有售", "AD18-HEALTH-CLAIM", "冠军推荐的鱼油"),
    ("比厂家拿货还便宜，清仓甩卖", "PRICE-FRAUD", "比厂家拿货还便宜"),
    ("早教机构在幼儿园礼堂介绍暑期课程", "AD39-SCHOOL", "幼儿园礼堂介绍"),
    ("阳光幼儿园园内家长栏贴了本店酸奶的优惠", "AD39-SCHOOL", "园内家长栏"),
    ("别人家修鞋要等三天，我们当天就能取", "AD13-COMPARE", "别人家修鞋要等三天，我们当天就能"),
    ("本周蔬菜价格较上周下降10%", "PRICE-REFERENCE", "较上周下降10%"),
    # tune302a's and tune303a's: a 1折 headline whose 1折 goods are two, samples handed out by a
    # kindergarten's teachers.
    ("全场1折起！1折商品限2件，其余一律8.5折", "PRICE-FRAUD", "1折商品限2件"),
    ("幼儿园老师统一给小朋友发酸奶试饮装", "AD39-SCHOOL", "老师统一给小朋友发"),
    # tune305a's: a flat price kept for the first two, a free trial charged when it ends, samples
    # at a kindergarten's morning check, a saving "worked out" by someone in the trade.
    (
        "牛肉一律39.9一斤！（特价仅限早上7点前到店的前2位）",
        "PRICE-FRAUD",
        "一律39.9一斤！（特价仅限早上7点前到店的前2位",
    ),
    (
        "到店免费体验，体验结束收取材料费168元",
        "PRICE-HIDDEN-CHARGE",
        "免费体验，体验结束收取材料费168",
    ),
    ("幼儿园晨检时发放我家奶片试吃装", "AD39-SCHOOL", "幼儿园晨检时发放"),
    ("有业内人士算过，办我们的年卡一年能省500块", "AD11-DATA", "业内人士算过"),
    # tune306a's and tune307a's: the special sold out at opening with dearer cuts instead, the
    # till's price over the marked one, a 1折 headline with one piece, a haircut whose extras and
    # card come on top.
    (
        "特价排骨19.9元/斤！每天开门即售罄，到店可选精品排骨48元/斤",
        "PRICE-FRAUD",
        "售罄，到店可选精品",
    ),
    ("限时特价6.9元/斤，标示价格以收银台结算为准", "PRICE-HIDDEN-CHARGE", "价格以收银台结算为准"),
    ("全场1折起！1折商品限量1件，其余按标价", "PRICE-FRAUD", "1折商品限量1件"),
    ("剪发只要9.9！洗吹另加30，需先办卡", "PRICE-HIDDEN-CHARGE", "只要9.9！洗吹另加30，需先办卡"),
    # Figures of two digits or more where a pattern ended in one digit: the matcher drops a match
    # that ends inside a number (top1 is not top10), so such a line found only one-digit figures.
    (
        "本店本周一才开业，平时店里卖68元的套餐今天38元",
        "PRICE-NO-PRIOR-PRICE",
        "本周一才开业，平时店里卖68",
    ),
    ("老板说这款能排进全市前20名", "AD11-DATA", "全市前20名"),
    ("销量排进前10，欢迎品尝", "AD9-SUPERLATIVE", "销量排进前10"),
    ("储值卡每月返12元，存得越多返得越多", "AD25-RETURN", "储值卡每月返12"),
    ("来店打牌，输了送12瓶啤酒", "AD9-GAMBLING", "输了送12"),
    ("原价从来都是128，今天特价", "PRICE-FRAUD", "原价从来都是128"),
    # The seventy-first round (heldout79, tune308a … tune321a), each line passed or only reviewed by
    # the check of e45ec38: a "sale" above the 原价 under 特惠价; a price left to the shop; a
    # disease eased at once; a price "restored" or changed from a figure told first, then
    # discounted (the arithmetic of PRICE-FALSE-MARKUP).
    (
        "原价19.9的草莓，今日特惠价23.9，手慢无",
        "PRICE-FALSE-REDUCTION",
        "原价19.9的草莓，今日特惠价23.9",
    ),
    ("今晚小龙虾 时价，具体多少到店再问", "PRICE-UNMARKED", "时价，具体多少到店再问"),
    ("洗剪吹会员卡，价格到店问", "PRICE-UNMARKED", "价格到店问"),
    ("负离子床垫睡一晚，关节炎立马缓解", "AD17-DISEASE", "关节炎立马缓解"),
    ("艾灸馆排寒气，妇科炎症、宫寒一并调理好", "AD17-DISEASE", "炎症、宫寒一并调理好"),
    (
        "青菜从周二的3元/斤恢复原价5元,周末再打8折只要4元/斤",
        "PRICE-FALSE-MARKUP",
        "从周二的3元/斤恢复原价5元,周末再打8折",
    ),
    ("洗车由20元/次调为30元/次(8折)", "PRICE-FALSE-MARKUP", "由20元/次调为30元/次(8折"),
    # …a doubled top-up whose gift is spent in one hour a week, a day not chosen bringing bad luck,
    # a storewide 1折 whose rest is told far after it.
    (
        "充500送500！赠送金额仅限周三下午2-3点使用",
        "PRICE-FRAUD",
        "充500送500！赠送金额仅限周三下午2-3点使用",
    ),
    ("开业要挑吉日，不看日子必倒霉，我们帮您选", "AD9-SUPERSTITION", "不看日子必倒霉"),
    (
        "全场1折起！数量有限(1折商品:抹布一款,每人限购1块;其余商品9折至9.5折)",
        "PRICE-FRAUD",
        "全场1折起！数量有限(1折商品:抹布一款,每人限购1块;其余商品9折",
    ),
    # …a call-out price with the charge quoted on arrival, a fitting charged by the model after a
    # one-yuan film, a storewide 1折 that is one customer's a week, a price left to what the staff
    # say, a group price settled at the marked one at pickup.
    (
        "疏通下水道，上门只收15元，具体费用师傅到了再报价",
        "PRICE-HIDDEN-CHARGE",
        "只收15元，具体费用师傅到了再报价",
    ),
    ("手机换膜2元，贴完按机型收30–90元不等", "PRICE-HIDDEN-CHARGE", "2元，贴完按机型收30–90"),
    (
        "店庆全场1折起！1折名额为每周二开门第一位顾客的单剪项目，其余项目按会员价执行",
        "PRICE-FRAUD",
        "全场1折起！1折名额为每周二开门第一位顾客的单剪项目，其余项目按会员价",
    ),
    ("咖啡第二杯半价，价格以店员口头告知为准", "PRICE-UNMARKED", "价格以店员口头告知为准"),
    (
        "群里接龙价12.9元一盒，到店自提时按门店标价结算",
        "PRICE-FRAUD",
        "接龙价12.9元一盒，到店自提时按门店标价结算",
    ),
    # …a monthly price renewed by the year, a master told to pick the day.
    (
        "月卡88元/月，不退不换，到期自动续费按年扣款",
        "PRICE-FRAUD",
        "88元/月，不退不换，到期自动续费按年扣款",
    ),
    ("开业一定要请大师选吉日，日子选不好影响财运", "AD9-SUPERSTITION", "一定要请大师选吉日"),
    # …a fee per visit on a 1折 card, a price called the government's, a top-up "equal to half
    # price" whose gift buys one service, a disease prevented by a cleaning service.
    (
        "美甲办卡立享1折，单次服务另付技师费40元",
        "PRICE-HIDDEN-CHARGE",
        "1折，单次服务另付技师费40元",
    ),
    ("政府统一限价，洗车一律25元，拒绝讲价", "PRICE-FRAUD", "政府统一限价"),
    (
        "洗车充值卡：充200送200，相当于全部五折！赠送金额仅可用于打蜡项目",
        "PRICE-HIDDEN-CHARGE",
        "相当于全部五折！赠送金额仅可",
    ),
    ("除甲醛服务彻底消除甲醛，预防白血病，有娃家庭必备", "AD17-DISEASE", "预防白血病"),
    # The seventy-second round (heldout80, tune334a …), each line passed or only reviewed by the
    # check of cec13c1: a last day the copy says recurs every week, a pun on sleeping together.
    (
        "今天最后一天！明晚恢复原价88元，特价活动每周一更新",
        "PRICE-FALSE-URGENCY",
        "今天最后一天！明晚恢复原价88元，特价活动每周一更新",
    ),
    ("“吃”饭不如“睡”在一起，情侣套餐8折", "AD9-VULGAR", "不如“睡”在一起"),
    # …and the blind sets tune334a … tune350a: a price raised in silence before a discount, a
    # rival's goods said to cause cancer or to be watered, diseases gone at a touch, a card or a
    # deposit before a token price, ads in school bags and on uniforms, children dared or told to
    # pester, a monk's blessing for an exam, pupils' marks, "last days" that recur, hinted
    # comparisons, ambassadors who never used it, fees left to the visit, doublings, deposits.
    (
        "上周卖12一斤的排骨，今天九折只要13",
        "PRICE-FALSE-MARKUP",
        "上周卖12一斤的排骨，今天九折只要13",
    ),
    ("张记烧饼铺的油吃了会致癌，来我们家", "AD13-DISPARAGE", "铺的油吃了会致癌"),
    ("草本牙膏，牙龈出血一刷就好", "AD17-DISEASE", "牙龈出血一刷就好"),
    ("充300送300，到店还要交200押金才能用", "PRICE-HIDDEN-CHARGE", "还要交200押金才能"),
    ("校服袋里附送我们托管班的体验券", "AD39-SCHOOL", "校服袋里附送我们托管班的体验券"),
    ("北门那家理发店下手没轻没重，剪伤好几个", "AD13-DISPARAGE", "北门那家理发店下手没轻没重"),
    ("工厂倒闭大清仓，全场亏本甩", "PRICE-FRAUD", "工厂倒闭大清仓"),
    ("宝宝湿疹霜，湿疹一涂就消", "AD17-DISEASE", "湿疹霜，湿疹一涂就消"),
    ("经寺里高僧诵经加持的平安糕，考生吃了保佑必中", "AD9-SUPERSTITION", "高僧诵经加持"),
    ("小区另一家奶茶店的茶叶都是陈的，喝完心慌手抖", "AD13-DISPARAGE", "喝完心慌手抖"),
    (
        "学员小王在我们这补了两个月，期末考了96分",
        "AD24-EDUCATION",
        "学员小王在我们这补了两个月，期末考了96分",
    ),
    ("谁能一口吸完三杯果冻就免单，小朋友快来", "AD40-MINORS", "一口吸完三杯果冻"),
    (
        "同样98元的洗车，我们多送内饰清洁，懂的都懂",
        "AD13-COMPARE",
        "同样98元的洗车，我们多送内饰清洁，懂的都懂",
    ),
    ("别家的牛肉啥来路咱不清楚，我家都是现宰", "AD13-COMPARE", "别家的牛肉啥来路咱不清楚"),
    ("其他托管班都是收了钱就不管，孩子去了白去", "AD13-DISPARAGE", "其他托管班都是收了钱就不管"),
    (
        "转让清仓，最后两天！本活动每月1号至30号均有效",
        "PRICE-FALSE-URGENCY",
        "最后两天！本活动每月1号至30号均有效",
    ),
    ("那家网红奶茶喝了拉肚子，别去了", "AD13-DISPARAGE", "那家网红奶茶喝了拉肚子"),
    ("致全校同学：放学到门口领取托管班报名优惠券", "AD39-SCHOOL", "致全校同学：放学到门口领取"),
    ("本店只接待城里人，外地打工的请绕道", "AD9-DISCRIMINATION", "只接待城里人"),
    ("这条裙子老公看了都流鼻血", "AD9-VULGAR", "老公看了都流鼻血"),
    ("空气净化器摆卧室，哮喘患者的福音", "AD17-DISEASE", "哮喘患者的福音"),
    (
        "空调清洗免费上门，到家后检测费按项目另收",
        "PRICE-HIDDEN-CHARGE",
        "免费上门，到家后检测费按项目另收",
    ),
    (
        "剪发6.9元，护理、设计师费用另计，到店详询",
        "PRICE-HIDDEN-CHARGE",
        "剪发6.9元，护理、设计师费用另计，到店详询",
    ),
    (
        "门口横幅挂了三个月的“最后一天清仓”，今天还在",
        "PRICE-FALSE-URGENCY",
        "挂了三个月的“最后一天清仓”，今天还在",
    ),
    ("买一送一！单价已上调至原来两倍", "PRICE-FRAUD", "买一送一！单价已上调至原来两倍"),
    (
        "搬家全包价300元，大件费用按现场情况收取",
        "PRICE-HIDDEN-CHARGE",
        "全包价300元，大件费用按现场",
    ),
    ("跳跳糖一口倒一整包才过瘾", "AD40-MINORS", "一口倒一整包"),
    ("三高人群喝上一个月，指标降得清清楚楚", "AD18-HEALTH-CLAIM", "三高人群喝上一个月，指标降"),
    ("便利店股份众筹，承诺年底返利20%", "AD25-RETURN", "承诺年底返利20%"),
    ("县政府领导来店视察时品尝过的月饼", "AD9-STATE-ORGAN", "县政府领导来店视察"),
    ("洗车年卡一年无限次，每月限洗3次", "PRICE-FRAUD", "无限次，每月限洗3次"),
    ("驾校学车，科目三不过免费补到过为止", "AD24-EDUCATION", "补到过为止"),
    ("共享按摩椅投放，半年翻倍", "AD25-RETURN", "半年翻倍"),
    ("连续两年销冠的炸鸡", "AD9-ABSOLUTE", "连续两年销冠"),
    ("代言小明星乐乐（7岁）推荐这款水杯", "AD38-CHILD-ENDORSER", "代言小明星乐乐（7岁"),
    (
        "充200送200，赠送金额需每次消费满100元才能抵扣10元",
        "PRICE-HIDDEN-CHARGE",
        "赠送金额需每次消费满100元才能抵扣10元",
    ),
    ("满100减30，参与商品以收银台当天公布为准", "PRICE-UNMARKED", "参与商品以收银台当天公布为准"),
    ("别家5块钱的快剪你敢剪吗", "AD13-COMPARE", "别家5块钱的快剪你敢剪吗"),
    ("对比过附近几家干洗店，只有我们不加价", "AD13-COMPARE", "对比过附近几家干洗店，只有我们"),
    ("那些连锁健身房就是骗你办卡", "AD13-DISPARAGE", "骗你办卡"),
    ("主持人小刘在节目里说这款凉茶好喝", "AD38-CELEBRITY", "主持人小刘在节目里说"),
    ("麻将馆每局抽一成水", "AD9-GAMBLING", "抽一成水"),
    ("长得丑的顾客按原价收", "AD9-DISCRIMINATION", "长得丑的顾客按原价"),
    ("女生天生理科就差，更要提前补", "AD9-DISCRIMINATION", "女生天生理科就差"),
    ("这款膏药王大夫天天给病人开", "AD16-ENDORSE", "大夫天天给病人开"),
    (
        "上周25一箱的酸奶，这周先恢复到40元原价，周末8折只要32元",
        "PRICE-FALSE-MARKUP",
        "上周25一箱的酸奶，这周先恢复到40元原价，周末8折",
    ),
    ("健身卡1元秒杀，其他费用到店详询", "PRICE-HIDDEN-CHARGE", "1元秒杀，其他费用到店详询"),
    ("测八字改名，改个名运势立马好", "AD9-SUPERSTITION", "测八字改名"),
    ("平胸姐妹穿上它，出门就是C", "AD9-VULGAR", "平胸姐妹穿上它，出门就是C"),
    ("全球权威机构认证的狗粮", "AD11-UNPROVABLE-CREDENTIAL", "全球权威机构认证"),
    ("猛男专属羊腰子，今晚别想睡", "AD9-VULGAR", "猛男专属羊腰子，今晚别想睡"),
    ("所有课程一律8折，报名后另交教材费", "PRICE-HIDDEN-CHARGE", "8折，报名后另交"),
    ("满200减50，指定商品以店员说明为准", "PRICE-UNMARKED", "指定商品以店员说明为准"),
    ("绘本馆在幼儿园开放日到园内现场办卡", "AD39-SCHOOL", "幼儿园开放日到园内现场办卡"),
    ("学府路那家钢琴班老师三天两头换", "AD13-DISPARAGE", "那家钢琴班老师三天两头换"),
    (
        "昨天还卖49的草莓，今天划线价79，秒杀价49",
        "PRICE-FALSE-MARKUP",
        "昨天还卖49的草莓，今天划线价79，秒杀价49",
    ),
    ("这么大的木瓜，你家老婆有吗", "AD9-VULGAR", "这么大的木瓜，你家老婆有吗"),
    ("麦香坊拿预拌粉冒充手工面包", "AD13-DISPARAGE", "拿预拌粉冒充手工"),
    ("别家干洗店的干洗就是水洗", "AD13-DISPARAGE", "别家干洗店的干洗就是水洗"),
    ("爸爸妈妈爱不爱你，就看给不给你买这双鞋", "AD40-MINORS", "爱不爱你，就看给不给你买"),
    ("本店谢绝大妈进店", "AD9-DISCRIMINATION", "谢绝大妈"),
    ("中老年奶粉，喝了骨质疏松不再来", "AD17-DISEASE", "骨质疏松不再来"),
    ("内衣新款，老公天天不想出门", "AD9-VULGAR", "老公天天不想出门"),
    ("茶园认养，绝不亏本", "AD25-RETURN", "绝不亏本"),
    ("宠物除螨喷雾，猫藓一喷就好", "AD17-DISEASE", "猫藓一喷就好"),
    ("别送孩子去路口那家托管了", "AD13-DISPARAGE", "别送孩子去路口那家托管了"),
    ("同样是面包，为什么我们敢用黄油？你懂的", "AD13-COMPARE", "同样是面包，为什么我们"),
    ("汗蒸馆，风湿关节炎蒸几次就好", "AD17-DISEASE", "风湿关节炎蒸几次就好"),
    ("富氢水杯，尿酸降得快", "AD18-HEALTH-CLAIM", "尿酸降得快"),
    ("新开清吧，服务员腿长一米二，来了包你走不动道", "AD9-VULGAR", "腿长一米二"),
    ("矫形鞋垫，腰椎间盘突出一垫就好", "AD17-DISEASE", "腰椎间盘突出一垫就好"),
    ("对面那家干洗店根本就不干洗", "AD13-DISPARAGE", "那家干洗店根本就不干洗"),
    ("楼下连锁店那种工业豆子，喝着就是一杯苦水", "AD13-DISPARAGE", "那种工业豆子"),
    ("洗剪吹9.9元，价格以到店后发型师评估为准", "PRICE-UNMARKED", "以到店后发型师评估为准"),
    ("棋牌室开业送必赢秘籍", "AD9-GAMBLING", "必赢秘籍"),
    ("听说下周米价要翻三倍，赶紧囤", "PRICE-RISE-RUMOUR", "翻三倍，赶紧囤"),
    (
        "1元秒杀鸡蛋10枚，具体参与条件到店详询",
        "PRICE-HIDDEN-CHARGE",
        "1元秒杀鸡蛋10枚，具体参与条件到店详询",
    ),
    ("某某保洁的阿姨一个健康证都没有", "AD13-DISPARAGE", "某某保洁的阿姨一个健康证都没有"),
    ("少妇专属推拿，包你满意", "AD9-VULGAR", "少妇专属"),
    ("跟着李老师学，驾照理论闭着眼睛都能过", "AD24-EDUCATION", "闭着眼睛都能过"),
    ("人到中年，不喝这款口服液，身体迟早要垮", "AD18-HEALTH-CLAIM", "不喝这款口服液，身体迟早要垮"),
    ("游泳卡充2000送2000，算下来低至0元", "PRICE-FRAUD", "算下来低至0元"),
    ("儿童鱼油，吃了记忆力蹭蹭涨", "AD18-HEALTH-CLAIM", "记忆力蹭蹭涨"),
    ("车位认购，五年增值一倍", "AD25-RETURN", "五年增值一倍"),
    ("消毒洗衣液，能杀灭床单上的乙肝病毒", "AD17-DISEASE", "杀灭床单上的乙肝"),
    ("羊肉串管够，夜里更带劲", "AD9-VULGAR", "夜里更带劲"),
    ("水枪对着同学眼睛喷才好玩", "AD40-MINORS", "对着同学眼睛喷"),
    ("刘阿姨喝了三个月，现在一口气能爬五楼", "AD16-BENEFICIARY", "一口气能爬五楼"),
    ("烘焙协会力荐的社区面包房", "AD11-UNPROVABLE-CREDENTIAL", "协会力荐"),
    ("店庆全场低至1折，进店就知道", "PRICE-FRAUD", "低至1折，进店就知道"),
    (
        "同样是洗车，为啥大家都愿意绕路来我们这",
        "AD13-COMPARE",
        "同样是洗车，为啥大家都愿意绕路来我们这",
    ),
    (
        "上周卖30一斤的牛肉，这周九折只要32",
        "PRICE-FALSE-MARKUP",
        "上周卖30一斤的牛肉，这周九折只要32",
    ),
    ("苹果是市场监督管理局食堂同款", "AD9-STATE-ORGAN", "监督管理局食堂同款"),
    ("把练习册最后一页的兑换券剪下来，到店换奶茶", "AD39-SCHOOL", "练习册最后一页的兑换券"),
    ("我们是民警同志都信得过的开锁店", "AD9-STATE-ORGAN", "民警同志都信得过"),
    ("隔壁理发店把客人的头发剪秃了", "AD13-DISPARAGE", "隔壁理发店把客人的头发剪秃"),
    ("宝宝湿疹、积食，吃它就好", "AD17-DISEASE", "湿疹、积食，吃它就好"),
    ("穿上这款内衣，男人的眼睛都挪不开", "AD9-VULGAR", "男人的眼睛都挪不开"),
    ("小朋友放学吃一包，别让爸爸妈妈知道哦", "AD40-MINORS", "别让爸爸妈妈知道"),
    ("换个盒子贵一倍卖给你，良心不会痛吗", "AD13-DISPARAGE", "良心不会痛吗"),
    ("宣传单已经贴进实验小学的各个教室", "AD39-SCHOOL", "贴进实验小学的各个教室"),
    ("空气净化器，鼻炎患者福音", "AD17-DISEASE", "鼻炎患者福音"),
    ("牛排68元一份，切割费、包装费到店另议", "PRICE-HIDDEN-CHARGE", "费、包装费到店另议"),
    ("小朋友自己拿刀切水果，超简单", "AD40-MINORS", "自己拿刀"),
    ("喝了这杯奶茶，胸前自动升杯", "AD9-VULGAR", "自动升杯"),
    ("别再去超发买菜了，注水肉太多", "AD13-DISPARAGE", "别再去超发买菜了，注水"),
    ("学员小王跟我们学2个月托福考到105分", "AD24-EDUCATION", "学员小王跟我们学2个月托福考到105分"),
    ("本周三园内大厅有我们美术班的展位", "AD39-SCHOOL", "园内大厅有我们美术班的展位"),
    (
        "最后三天清仓（本告示已张贴两个月）",
        "PRICE-FALSE-URGENCY",
        "最后三天清仓（本告示已张贴两个月",
    ),
    ("生发液，秃顶半年冒出新头发", "AD17-DISEASE", "秃顶半年冒出新头发"),
    ("剪完这个发型，丑女也能嫁出去", "AD9-DISCRIMINATION", "丑女也能嫁出去"),
    ("服务员都是小鲜肉，陪喝到天亮都行", "AD9-VULGAR", "陪喝到天亮"),
    (
        "代言人小雨：这台空气炸锅我家还没用上，但我敢拍胸脯保证好用",
        "AD38-NOT-USED",
        "代言人小雨：这台空气炸锅我家还没用上，但我敢拍胸脯",
    ),
    ("小学生也能玩的手游，每天玩够3小时送皮肤", "AD40-MINORS", "每天玩够3小时"),
    # The seventy-third round (heldout81, tune363a … tune385a), each line passed, only reviewed or
    # rejected under another rule by the check of 88c2e95, in our own words: a class partnered with
    # the shop and sign-up in the classroom, bad parents, token prices with the rest at the shop's
    # price, arrow raises before a discount, cures in sessions, bottles or beds, driving tests
    # guaranteed, alcohol for pupils, children dared, sent to beg or to hide, rivals run down or
    # hinted at, income promises, vulgar and discriminatory copy, ads in classes, exercise books,
    # school buses and kindergartens, extras told at the till.
    (
        "致育才小学五年级三班家长：班级合作的围棋班，今天放学在教室登记",
        "AD39-SCHOOL",
        "班级合作的围棋班",
    ),
    ("不给你办轮滑卡的爸爸不是好爸爸，回家跟他说", "AD40-MINORS", "不给你办轮滑卡的爸爸不是好"),
    ("土鸡蛋2元一斤！每天只放2斤，其余按门店价", "PRICE-HIDDEN-CHARGE", "每天只放2斤"),
    (
        "本周价格调整：排骨28元/斤→36元/斤；周末会员日全场8折",
        "PRICE-FALSE-MARKUP",
        "价格调整：排骨28元/斤→36元/斤；周末会员日全场8折",
    ),
    ("防脱精华一瓶见效，斑秃治好为止", "AD17-DISEASE", "治好为止"),
    ("推拿馆：腰间盘突出做完两次基本痊愈", "AD17-DISEASE", "腰间盘突出做完两次基本痊愈"),
    ("宠物香波，狗狗皮肤病洗两次根除", "AD17-DISEASE", "皮肤病洗两次根除"),
    ("驾校一对一，科目二保证一次过", "AD24-EDUCATION", "保证一次过"),
    ("下周二课间我们进实验二小各班宣讲，现场报名送文具", "AD39-SCHOOL", "进实验二小各班"),
    ("拿这把水枪往同学脸上喷，超好玩", "AD40-MINORS", "往同学脸上喷"),
    (
        "8.8元洗剪吹！到店实付以技师等级为准，最低58元",
        "PRICE-HIDDEN-CHARGE",
        "到店实付以技师等级为准",
    ),
    ("本店只接待男士，女人和狗不得入内", "AD9-DISCRIMINATION", "女人和狗"),
    ("投3万开干洗店，四个月必回本", "AD25-RETURN", "四个月必回本"),
    ("鱼油保健品，吃了护血管，中风风险降低一半", "AD18-HEALTH-CLAIM", "中风风险降低一半"),
    ("加盟水果店100%盈利，总部扶持到底", "AD25-RETURN", "100%盈利"),
    ("滑板馆：小朋友从高台往下冲，没大人管着更刺激", "AD40-MINORS", "没大人管着更刺激"),
    ("另一个团长的苹果全是烂的，买过的都后悔", "AD13-DISPARAGE", "另一个团长的苹果全是"),
    ("小朋友，不用刷牙也不会蛀牙的软糖，自己偷偷买一包", "AD40-MINORS", "不用刷牙也不会蛀牙"),
    ("羊肉串配腰子，男人的肾今晚交给我们", "AD9-VULGAR", "男人的肾"),
    (
        "全场清仓，老板不干了，明天就关门，错过再等一年",
        "PRICE-FALSE-REASON",
        "不干了，明天就关门，错过再等一年",
    ),
    ("小伙伴都有这款书包，你没有就会被大家笑话", "AD40-MINORS", "没有就会被大家笑话"),
    ("跟着团长投白银，已经帮大家翻了两倍", "AD25-RETURN", "帮大家翻了两倍"),
    ("学霸同学都在用零花钱充值，一天充几次都行", "AD40-MINORS", "零花钱充"),
    ("巷子里公认老大的烧烤，方圆五里没有能打的", "AD9-ABSOLUTE", "公认老大"),
    ("扫一扫二中校车椅背上的二维码领课程券", "AD39-SCHOOL", "校车椅背上的二维码"),
    ("老板娘亲自上门服务，包你舒服，懂的来", "AD9-VULGAR", "老板娘亲自上门服务，包你舒服，懂的"),
    ("本团承诺：所有蔬菜比盒马便宜一半", "PRICE-FRAUD", "所有蔬菜比盒马便宜一半"),
    ("原价66元一份，这个月每天都是19元", "PRICE-FRAUD", "原价66元一份，这个月每天都是19"),
    ("限本周前5名，第6名起恢复899元", "PRICE-HIDDEN-CHARGE", "限本周前5名，第6名起恢复"),
    (
        "经中国糕点协会专家鉴定，本店月饼为放心优质产品",
        "AD11-UNPROVABLE-CREDENTIAL",
        "协会专家鉴定",
    ),
    ("胖子永远找不到对象，快来办健身卡", "AD9-DISCRIMINATION", "胖子永远找不到对象"),
    ("汗蒸半小时排出体内重金属", "AD17-DISEASE", "排出体内重金属"),
    ("储值理财卡：充五千每个月返现300，到期本金照样退", "AD25-RETURN", "储值理财卡"),
    ("手气好一晚上赢一个月工资，棋牌室通宵营业", "AD9-GAMBLING", "一晚上赢"),
    ("市中医院皮肤科指定用药膏，本店有售", "AD16-ENDORSE", "医院皮肤科指定用药"),
    ("穿工作服的农民工请勿入内", "AD9-DISCRIMINATION", "农民工请勿入内"),
    ("家里供上这盆金橘，保佑麻将天天赢", "AD9-SUPERSTITION", "保佑麻将天天赢"),
    ("科目一到四一把过，不过包补考费", "AD24-EDUCATION", "科目一到四一把过"),
    ("猫砂盆夹在三年级的英语练习册里一起发", "AD39-SCHOOL", "夹在三年级的英语练习册"),
    ("97%的狗狗吃一个月就不挑食了", "AD11-UNSOURCED", "97%的狗狗吃一个月就"),
    ("水蜜桃够软、香蕉够硬，男人女人各取所需", "AD9-VULGAR", "男人女人各取所需"),
    ("鲜果多优选的菜都是冷库里放烂的，还好意思叫新鲜", "AD13-DISPARAGE", "都是冷库里放烂"),
    ("好多姐妹做完都怀上了，宫寒艾灸调理", "AD17-DISEASE", "做完都怀上了"),
    ("洗衣店加盟，日流水保证3000，回本不是梦", "AD25-RETURN", "流水保证"),
    ("洗牙只要19.9！材料费、抛光费到店另收", "PRICE-HIDDEN-CHARGE", "材料费、抛光费到店另收"),
    ("一个月提分40+，名师坐镇", "AD24-EDUCATION", "一个月提分40"),
    ("去油力提升500%，一滴顶十滴", "AD11-UNSOURCED", "提升500%"),
    ("市场监管局的李科长家里用的就是我们的空气净化器", "AD9-STATE-ORGAN", "局的李科长家里"),
    ("零花钱不够就叫妈妈多给，不给就一直求她", "AD40-MINORS", "叫妈妈多给"),
    ("本楼房源不租给外地打工的", "AD9-DISCRIMINATION", "不租给外地"),
    ("我家没养过狗，但这款狗粮我敢打包票", "AD38-NOT-USED", "没养过狗，但"),
    ("幼儿园统一发放舞蹈班体验券", "AD39-SCHOOL", "幼儿园统一发放"),
    (
        "不像有些打着手工旗号、其实卖冷冻水饺的店，我们天天现包",
        "AD13-COMPARE",
        "不像有些打着手工旗号、其实卖冷冻水饺的店",
    ),
    ("穿得越少折扣越多，露腰7折", "AD9-VULGAR", "穿得越少折扣越多"),
    ("水果1元一斤，全天不限时！（注：每天仅备货3斤）", "PRICE-HIDDEN-CHARGE", "每天仅备货3斤"),
    ("王局长尝完连说好吃，合影就挂在店里", "AD9-STATE-ORGAN", "局长尝完连说"),
    ("暑假来做个水光针，13岁以上就能做", "AD40-MINORS", "水光针，13岁以上就能做"),
    ("承诺每科提高15分，达不到的下学期免费上", "AD24-EDUCATION", "承诺每科提高15分"),
    ("降糖茶吃了不心慌，很多老人都停药了", "AD18-HEALTH-CLAIM", "都停药了"),
    ("两个月数学提25分，家长亲口作证", "AD24-EDUCATION", "两个月数学提25分"),
    ("商铺一次付款返租8年，年年稳拿7%", "AD25-RETURN", "返租8年"),
    ("今晚撸串，让你老婆明天起不来床", "AD9-VULGAR", "老婆明天起不来床"),
    ("本命年买红袜子消灾避祸，不买准倒霉", "AD9-SUPERSTITION", "消灾避祸"),
    ("隆兴健身的教练都是半路出家没证的", "AD13-DISPARAGE", "教练都是半路出家"),
    ("全场六折!! 单笔满5000元可用", "PRICE-HIDDEN-CHARGE", "全场六折!! 单笔满5000元可用"),
    ("榴莲又大又圆，妹子吃了更有料", "AD9-VULGAR", "又大又圆，妹子"),
    ("大人不在家也能自己煮火锅的儿童电锅", "AD40-MINORS", "大人不在家也能"),
    (
        "0元体验全套美睫，到店只需另付胶水费",
        "PRICE-HIDDEN-CHARGE",
        "0元体验全套美睫，到店只需另付胶水费",
    ),
    ("生男生女看这碗粥，喝了包生儿子", "AD9-SUPERSTITION", "生男生女看"),
    ("市场第1名的牛肉摊，今早现宰", "AD9-ABSOLUTE", "市场第1名"),
    ("招牌烤鱼39元一条，鱼按斤另称", "PRICE-HIDDEN-CHARGE", "鱼按斤另称"),
    ("全国美容行业协会指定服务店", "AD11-UNPROVABLE-CREDENTIAL", "协会指定服务"),
    ("我们班去年90%的学员考进了重点高中", "AD24-EDUCATION", "90%的学员考进"),
    ("开业大促：原价268元的年卡开业价68元", "PRICE-NO-PRIOR-PRICE", "开业大促：原价268"),
    ("开业狂欢：原价999的套餐今日199（原价为拟定价）", "PRICE-NO-PRIOR-PRICE", "开业狂欢：原价999"),
    ("紫外线消毒灯5秒杀菌99.9%", "AD11-DATA", "紫外线消毒灯5秒杀菌99"),
    ("隔壁饺子馆一煮全是水，谁买谁知道", "AD13-DISPARAGE", "一煮全是水"),
    ("用户王大爷真实反馈：戴了这副护膝三个月", "AD16-ENDORSE", "用户王大爷真实反馈"),
    ("敢一口吃下五根火鸡面的小朋友，店里挂照片上光荣榜", "AD40-MINORS", "一口吃下五根"),
    ("隔壁那家健身房的教练一个有证的都没有", "AD13-DISPARAGE", "一个有证的都没有"),
    ("外地务工人员子女恕不接收，影响班级氛围", "AD9-DISCRIMINATION", "外地务工人员子女恕不"),
    ("我们的保姆都是城里人，一个农村来的都没有", "AD9-DISCRIMINATION", "一个农村来的都没有"),
    ("穿上这套睡衣，老公看了直呼受不了", "AD9-VULGAR", "老公看了直呼受不了"),
    ("我们的酸奶进园啦，老师会在午点时给每个小朋友发一杯", "AD39-SCHOOL", "进园啦"),
    ("这张体验券由班主任在放学前发到每位同学手中", "AD39-SCHOOL", "由班主任在放学前发到每位同学"),
    # …and the blind sets tune386a … tune392a: raises admitted before a sale, dumping to squeeze a
    # rival, vouchers as cash back, cards required for a cut, interest on deposits, grades and
    # schools guaranteed, rivals' meat, fruit and teachers run down, rites against bad luck.
    (
        "年终大促前部分商品价格临时上调，周末全场再享8折",
        "PRICE-FALSE-MARKUP",
        "大促前部分商品价格临时上调，周末全场再享8折",
    ),
    (
        "全场六折大促！（折扣以调整后原价为准）",
        "PRICE-FALSE-MARKUP",
        "六折大促！（折扣以调整后原价为准",
    ),
    ("今晚撸串，老婆不让你下床", "AD9-VULGAR", "不让你下床"),
    ("某知名女星每天都吃的同款鱼油保健品", "AD18-HEALTH-CLAIM", "女星每天都吃的同款鱼油保健品"),
    (
        "满200返200！（返的是代金券，单笔满800元可用一张）",
        "PRICE-HIDDEN-CHARGE",
        "返的是代金券，单笔满800元可用",
    ),
    ("其他家政公司的阿姨都没体检，小心家里丢东西", "AD13-DISPARAGE", "其他家政公司的阿姨都"),
    ("养生会所会员卡，预存5万元，每年返息5000元", "AD25-RETURN", "每年返息5000"),
    ("剪发15元，洗发吹造型另外收费，染烫须先办卡", "PRICE-HIDDEN-CHARGE", "洗发吹造型另外收费"),
    ("娃吃一个寒假蹿高3厘米，不长不要钱", "AD18-HEALTH-CLAIM", "蹿高3厘米"),
    ("别人家用冻肉馅，我们只用当天的鲜肉", "AD13-COMPARE", "别人家用冻肉馅，我们"),
    ("视力训练两个月，眼镜都能摘掉", "AD17-DISEASE", "眼镜都能摘掉"),
    ("零基础半年过五级，证书包拿", "AD24-EDUCATION", "证书包拿"),
    ("班里谁不喝谁就out了，快来买", "AD40-MINORS", "谁不喝谁就out"),
    ("水饺的肉香天下头一份", "AD9-ABSOLUTE", "天下头一份"),
    (
        "特价榴莲19.9元/斤！图片为金枕头实拍，特价款为小果",
        "PRICE-HIDDEN-CHARGE",
        "图片为金枕头实拍，特价款为",
    ),
    ("玩得大输赢才刺激，欢迎来棋牌室", "AD9-GAMBLING", "输赢才刺激"),
    ("开锁上门20元全包，师傅到了再看情况报价", "PRICE-HIDDEN-CHARGE", "全包，师傅到了再看情况报价"),
    ("足浴城新到年轻技师，男士专享深夜服务", "AD9-VULGAR", "深夜服务"),
    ("网红果茶全是香精，喝它等于喝毒", "AD13-DISPARAGE", "等于喝毒"),
    ("开学发的校服袋里有我们的奶茶券", "AD39-SCHOOL", "校服袋里"),
    ("这款茶叶品质属于金字塔尖", "AD9-ABSOLUTE", "金字塔尖"),
    (
        "小区诊所李医生说这款血糖仪很准，他自己家也在用",
        "AD16-ENDORSE",
        "医生说这款血糖仪很准，他自己家也在用",
    ),
    ("开店要请大师做法，不做一年不顺", "AD9-SUPERSTITION", "请大师做法"),
    ("男人前列腺的守护神，南瓜子油胶囊", "AD18-HEALTH-CLAIM", "前列腺的守护神"),
    ("充500送500，相当于所有洗车全部免费", "PRICE-FRAUD", "相当于所有洗车全部免费"),
    (
        "特价！原价36现价20（原价指春节期间价格）",
        "PRICE-NO-PRIOR-PRICE",
        "原价36现价20（原价指春节期间价格",
    ),
    ("按摩椅每天躺半小时，颈椎病都能慢慢恢复", "AD17-DISEASE", "都能慢慢恢复"),
    ("上完我们的班，保准孩子能进外国语小学", "AD24-EDUCATION", "保准孩子能进"),
    ("同价位的吸尘器里就它称王", "AD9-ABSOLUTE", "就它称王"),
    ("那边的健身房办完卡就跑路，教练一半没证", "AD13-DISPARAGE", "办完卡就跑路"),
    # …and the blind sets tune393a … tune396a: rites against ruin, people turned away by weight,
    # age or origin, gambling rooms, a lease's last week that is long-term, a 原价 from the tag.
    (
        "店面到期最后三天，全场亏本清仓（本活动长期有效）",
        "PRICE-FALSE-REASON",
        "到期最后三天，全场亏本清仓（本活动长期有效",
    ),
    ("文具团购单随实验小学作业本一起发放", "AD39-SCHOOL", "随实验小学作业本一起发"),
    ("烟花棒孩子们自己在家就能点着玩", "AD40-MINORS", "孩子们自己在家就能点着玩"),
    ("炸鸡店：胸大腿粗，想摸哪里选哪里", "AD9-VULGAR", "胸大腿粗"),
    ("鱼油软胶囊，保证两个月血脂降下来", "AD18-HEALTH-CLAIM", "保证两个月血脂"),
    ("奶盖一'口'下去就湿了", "AD9-VULGAR", "下去就湿了"),
    ("棋牌室带点彩才刺激，台费只抽3%", "AD9-GAMBLING", "带点彩才刺激"),
    ("全场0元洗鞋！只收护理费", "PRICE-HIDDEN-CHARGE", "0元洗鞋！只收护理费"),
    ("海狮洗衣洗坏衣服不赔，街坊们擦亮眼睛", "AD13-DISPARAGE", "洗坏衣服不赔"),
    ("贫血的人喝了见效快，红枣枸杞汤包", "AD18-HEALTH-CLAIM", "贫血的人喝了见效快"),
    ("口罩都断货了，咱这一盒60，爱买不买别家都没了", "PRICE-FRAUD", "爱买不买别家都没了"),
    ("貔貅摆件摆在收银台，保你财运亨通", "AD9-SUPERSTITION", "保你财运亨通"),
    ("不按黄历选日子开业会破财招灾", "AD9-SUPERSTITION", "破财招灾"),
    ("本健身房不收大妈", "AD9-DISCRIMINATION", "不收大妈"),
    ("这一片我们是老大，全品类天下无双", "AD9-ABSOLUTE", "这一片我们是老大"),
    ("另一个群的团长卖的土鸡蛋是饲料蛋", "AD13-DISPARAGE", "另一个群的团长"),
    ("咖啡烘焙水准稳居世界巅峰", "AD9-ABSOLUTE", "稳居世界巅峰"),
    ("吃木瓜让老公天天夸你大", "AD9-VULGAR", "夸你大"),
    ("上分快，下分也快，输赢现场结", "AD9-GAMBLING", "上分快"),
    ("土里土气的乡下人就别进来看了", "AD9-DISCRIMINATION", "乡下人就别进"),
    (
        "牛排礼盒原价398元，今天99元！原价是按厂家吊牌写的",
        "PRICE-NO-PRIOR-PRICE",
        "原价398元，今天99元！原价是按厂家吊牌写的",
    ),
    # The seventy-fourth round (heldout82, tune397a … tune403a), each line passed, only reviewed or
    # rejected under another rule by the check of 0f70ac9, in our own words: income with an adverb,
    # medicine stopped, children racing on the road, bad mothers, prices put back before a sale,
    # tenfold refunds, endorsers who never use it, testimonials of admitted pupils, score rises in
    # days, doctors recommending or eating it, fees told after the order, locals-only trade, "today
    # only" every day or after a period, raises by a sum before a holiday, diseases sorted in
    # sessions, rivals called flavouring, leftovers or a show, vulgar, gambling and bait copy.
    ("加盟团长：在家带货，月收入轻松3万+", "AD25-RETURN", "月收入轻松3万"),
    ("心脏不太好的老人吃了这款软胶囊，可以把药停了", "AD17-DISEASE", "可以把药停了"),
    ("电动滑板车，小朋友骑上马路就能飙车", "AD40-MINORS", "上马路就能飙车"),
    ("宝贝记住哦，不给买就不是好妈妈", "AD40-MINORS", "不给买就不是好妈妈"),
    ("今天先把价格调回原价129，明天起全场6折", "PRICE-FRAUD", "先把价格调回原价129，明天起全场6折"),
    ("团购价比菜市场便宜，找到更便宜的十倍赔", "PRICE-FRAUD", "找到更便宜的十倍赔"),
    (
        "代言人阿杰：我平时不吃甜食，但这家的蛋糕我敢打包票",
        "AD38-NOT-USED",
        "代言人阿杰：我平时不吃甜食，但这家的蛋糕我敢打包票",
    ),
    ("蜜桃又大又圆，手感超嫩，来摸一摸", "AD9-VULGAR", "又大又圆，手感超嫩，来摸"),
    ("睡衣新款：脱了更性感，进店看看", "AD9-VULGAR", "脱了更性感"),
    ("比去年同期降价30%，欢迎选购", "PRICE-REFERENCE", "比去年同期降价30"),
    (
        "在我们这补习的李同学（实验中学录取）说：选对了",
        "AD24-EDUCATION",
        "补习的李同学（实验中学录取",
    ),
    ("英语冲刺班20天提分40+", "AD24-EDUCATION", "20天提分40"),
    ("社区诊所老中医亲荐的艾草贴", "AD16-ENDORSE", "老中医亲荐"),
    ("这款鱼油，吃了保证血管不出毛病", "AD18-HEALTH-CLAIM", "保证血管不出毛病"),
    (
        "空调清洗每台60元，高空费、辅料费各30元上门后另行告知",
        "PRICE-HIDDEN-CHARGE",
        "费、辅料费各30元上门后另行告知",
    ),
    ("本店只做本地人生意", "AD9-DISCRIMINATION", "只做本地人"),
    ("美甲月卡仅此一天，每天都是仅此一天", "PRICE-FALSE-URGENCY", "仅此一天，每天都是仅此一天"),
    ("推拿调理，五次搞定颈椎病", "AD17-DISEASE", "五次搞定颈椎病"),
    (
        "网上那些9.9包邮的狗粮全是边角料，别再买了",
        "AD13-DISPARAGE",
        "网上那些9.9包邮的狗粮全是边角料",
    ),
    ("外面连锁店就过个水收你四十，我们才是真手洗", "AD13-DISPARAGE", "就过个水"),
    ("除螨率99%！实验室认证的床品清洁剂", "AD11-UNPROVABLE-CREDENTIAL", "实验室认证"),
    ("小作坊的果汁都是香精勾兑，我们现榨", "AD13-DISPARAGE", "都是香精勾兑"),
    ("心内科王主任每天吃的鱼油，团购价99", "AD16-ENDORSE", "心内科王主任每天吃"),
    ("男人不硬腰不直，来碗羊肉汤补补", "AD9-VULGAR", "男人不硬"),
    ("今晚来店里玩两把，赢了免单", "AD9-GAMBLING", "玩两把，赢了免单"),
    ("胖胖的姐妹就别来了，我们店只做小码", "AD9-DISCRIMINATION", "胖胖的姐妹就别来了"),
    ("会计证考试一次通关，不通过学费全退", "AD24-EDUCATION", "一次通关"),
    ("健脾膏，宝宝吃了不积食还长个儿", "AD18-HEALTH-CLAIM", "吃了不积食"),
    ("头疗馆养发，5次长出新头发，脱发克星", "AD17-DISEASE", "5次长出新头发"),
    (
        "元旦前全场调价+8元，元旦当天全场7折",
        "PRICE-FALSE-MARKUP",
        "元旦前全场调价+8元，元旦当天全场7折",
    ),
    (
        "换了好几家培训班成绩还是没起色的孩子，来我们这试一节课",
        "AD13-COMPARE",
        "换了好几家培训班成绩还是没起色的孩子，来我们",
    ),
    ("修车技术在整个城西是公认的一哥", "AD9-ABSOLUTE", "整个城西是公认的一哥"),
    ("我们赞助了小太阳幼儿园的新园服", "AD39-SCHOOL", "赞助了小太阳幼儿园的新园服"),
    (
        "退休的李专家每周来店里坐诊，他亲自推荐这款护膝",
        "AD16-ENDORSE",
        "专家每周来店里坐诊，他亲自推荐",
    ),
    ("烤腰子夜宵走起，嫂子都说好", "AD9-VULGAR", "嫂子都说好"),
    (
        "特价鸡蛋每日限量，抢不到的可以选我们15元一斤的土鸡蛋",
        "PRICE-FRAUD",
        "抢不到的可以选我们15元",
    ),
    ("由往年考官一对一指导，通过率百分之百", "AD24-EDUCATION", "通过率百分之百"),
    ("对面果行的水果都是批发市场挑剩下的", "AD13-DISPARAGE", "都是批发市场挑剩下的"),
    (
        "5栋的李大爷用了一个月，说腰疼的老毛病好多了",
        "AD16-BENEFICIARY",
        "大爷用了一个月，说腰疼的老毛病好多了",
    ),
    (
        "推荐官小美：这家健身房我虽然还没去过，但我用人品担保",
        "AD38-NOT-USED",
        "虽然还没去过，但我用人品担保",
    ),
    ("12月1日-7日特价，仅限今天", "PRICE-FALSE-URGENCY", "12月1日-7日特价，仅限今天"),
    ("女儿的舞蹈老师说，上过课的学生都拿了奖", "AD24-EDUCATION", "上过课的学生都拿了奖"),
    (
        "少儿英语班，保证孩子一学期后英语成绩进入全班前十",
        "AD24-EDUCATION",
        "保证孩子一学期后英语成绩进入全班前十",
    ),
    ("本店大师帮你算出下期号码，跟买必中", "AD9-GAMBLING", "算出下期号码"),
    ("不要299！不要199！今天只要59元！", "PRICE-FRAUD", "不要299！不要199"),
    ("这款加湿器，家里有鼻炎的装了就不犯病", "AD17-DISEASE", "就不犯病"),
    ("护眼仪用三个月摘掉眼镜", "AD17-DISEASE", "摘掉眼镜"),
    ("对面那家洗衣店服务一塌糊涂，投诉都没人理", "AD13-DISPARAGE", "服务一塌糊涂"),
    ("一个车位投入2万元，每年稳定回报30%，风险为零", "AD25-RETURN", "稳定回报30"),
    ("隔壁王阿姨贴了一周，脖子转动自如", "AD16-BENEFICIARY", "阿姨贴了一周，脖子转动自如"),
    ("卫生服务中心的医生都在给病人开的这款止咳糖浆", "AD16-ENDORSE", "医生都在给病人开"),
    (
        "原价299的月卡，现在只要59，活动常年有效",
        "PRICE-FRAUD",
        "原价299的月卡，现在只要59，活动常年有效",
    ),
    ("榴莲原价（今早刚调）68元/斤，现八折", "PRICE-FRAUD", "原价（今早刚调"),
    ("团购价永远比超市低一半", "PRICE-FRAUD", "永远比超市低"),
    ("便利店加盟，客流由总部保证，开店第一个月即盈利", "AD25-RETURN", "客流由总部保证"),
    ("那些所谓的进口狗粮都是贴牌的，只有我们家的是真货", "AD13-DISPARAGE", "所谓的进口狗粮都是"),
    ("每天喝这款水，癌细胞在体内没法生存", "AD17-DISEASE", "癌细胞在体内没法生存"),
    ("新品特大杯，男人都爱的尺寸", "AD9-VULGAR", "男人都爱的尺寸"),
    ("9.9元擦鞋，上门费另计，下单后客服告知", "PRICE-HIDDEN-CHARGE", "另计，下单后客服告知"),
    ("修脚手艺在这一片稳坐王者宝座", "AD9-ABSOLUTE", "稳坐王者"),
    ("结账时押一把大小，押中整单免费", "AD9-GAMBLING", "押一把大小"),
    (
        "这款电饭煲今天刚上市，博主已经给我们代言了",
        "AD38-NOT-USED",
        "今天刚上市，博主已经给我们代言",
    ),
    ("不是所有托管班都有专职老师的", "AD13-COMPARE", "不是所有托管班都有"),
    ("腰椎不好的，吃三个月就好", "AD17-DISEASE", "吃三个月就好"),
]

# Copy that must pass: time/order words, everyday expressions.
CLEAN = [
    "最近到了一批新鲜荔枝",
    "最后三天，欢迎街坊来团",
    "第一次参加团购的邻居送鸡蛋",
    "每月第一个周日开团",
    "第一件原价，第二件半价",  # 原价 is a price claim but 第一件 is not absolute
    "最新到货的蔬菜",
    "每人最多限购两份",
    "Top 10 团长评选",
    "三折叠伞到货",
    "第十一届社区运动会",
    "山东烟台苹果，脆甜多汁，每斤8元",
    # contexts a lawyer applies (each cleared match is explained in CheckResult.cleared)
    "这款电动车最高时速25km/h",
    "保温壶最大容量 5L",
    "冰箱最低温度-18℃",
    "最高立减20元",
    "全场5折",
    "限时特价，买一送一",
    "我最喜欢的一款夏日饮品",
    "店长最爱的肉桂卷",
    "最佳赏味期为出炉后24小时",
    "收到后最好冷藏保存",
    "以最真诚的服务回馈街坊",
    "本区第一次开团",
    # the concept patterns' neighbours that are not claims
    "冷藏柜最低能到零下二十度",  # a unit after a number spelled in words
    "店员小李说她最喜欢抹茶味",  # a third person's reported taste
    "妈妈的味道，手工水饺",  # 妈的 inside 妈妈的
    "我们的橙子不打蜡，市面上很难买到不打蜡的",  # a denied defect is the advertiser's own goods
    "周六可以让爸爸妈妈陪着来上免费绘本课",  # no purchase asked for
    "主任医师每周六坐诊",
    # the near misses of the tune6 slots
    "最长的一根油条有四十厘米",  # the range's largest size, a specification
    "老街坊们最爱的葱油饼又开卖了",  # a group's taste
    "这是我家的第一家分店，就在菜场门口",  # the advertiser's own first shop
    "鲜奶经巴氏杀菌后冷链配送",  # a process of the national standard
    "比上个月多上了二十种蔬菜",  # the shop compared with itself
    "今年的橙子比去年更甜",
    "配送费按距离收取，下单前页面会显示",  # a charge shown before the order
    "每月返10元优惠券",  # a coupon, not a rate of return
    "我们的草莓不打膨大剂，个头小一点但是甜",  # a denied defect
    "欢迎小朋友带着爸爸妈妈来参加周末读书会",  # no purchase asked for
    "适合3岁以上小朋友食用",  # an age, no endorser
    "书法课每节80元，材料费每次另收10元，报名时说明",  # a fee stated up front is a marked price
    "统一配送费5元，订单需满30元起送",  # a delivery minimum, not a price condition hidden
    "山东大葱又粗又长，一捆十斤",  # shape words without the pun
    "街道办通知：本周六停水",  # a notice from the office, no endorsement
    "专利号ZL202120345678.9（实用新型专利）",  # a patent marked with its number and kind
    "充300送30，相当于约9.1折",  # 300 ÷ 330 ≈ 0.909: the arithmetic holds
    "最快明天到货，请留意群通知",  # the earliest day, not a speed claimed
    "唯一的遗憾是停车位少",  # 唯一 as the copy's own remark
    "健身房门口有免费体态评估，不需要办卡",  # a condition denied is no hidden charge
    "划船机滑轨长135cm，16档阻力可调",  # a length, not a child's growth
]


@pytest.fixture(scope="module")
def check(checker: AdChecker):
    return checker.check


@pytest.mark.parametrize(("text", "rule", "matched"), CATCHES)
def test_catches(check, text: str, rule: str, matched: str) -> None:
    findings = check(text).findings
    hits = [(text[f.start : f.end], f.matched) for f in findings if f.rule == rule]
    assert (matched, matched) in hits, [(f.rule, f.matched) for f in findings]


@pytest.mark.parametrize("text", CLEAN)
def test_no_false_positive(check, text: str) -> None:
    findings = [f for f in check(text).findings if f.severity != "needs_evidence"]
    assert findings == [], [(f.rule, f.matched) for f in findings]


def test_the_first_item_at_its_marked_price_is_no_reference_price(check) -> None:
    # 原价 is what the first item is sold at (price_basis): four blind writers' clean copies
    # (heldout37, 39, 43, 45) say so. A discount worked out wrongly stays a price claim.
    assert check("第一件原价，第二件半价").verdict == "pass"
    wrong = check("第一件原价59元，第二件半价，两件下来相当于打6折")
    assert [f.rule for f in wrong.findings] == ["PRICE-FALSE-EQUIVALENT"]


@pytest.mark.parametrize(
    ("category", "article"),
    [
        ("absolute", "第九条"),
        ("medical", "第十七条"),
        ("health", "第十八条"),
        ("investment", "第二十五条"),
        ("education", "第二十四条"),
        ("guarantee", "第十八条"),
        ("authority", "第九条第（二）项"),
        ("exclusive", "第十一条"),
        ("vulgar", "第九条第（七）项"),
        ("disparagement", "第十三条"),
        ("endorsement", "第十六条"),
        ("minors", "第四十条"),
        ("price", "价格"),
    ],
)
def test_every_category_cites_its_article(checker: AdChecker, category: str, article: str) -> None:
    rules = [r for r in checker.rules.values() if r.category == category]
    assert rules and any(article in r.law for r in rules)
    assert all(r.suggestion and r.law and r.short_article() for r in rules)


def test_price_claims_need_evidence(check) -> None:
    assert {f.severity for f in check("原价199，现价99").findings} == {"needs_evidence"}


def test_banned_shadows_generic_superlative(check) -> None:
    # 最好 hits the banned list and the generic "最…" pattern: report it once, as banned.
    assert [(f.rule, f.severity) for f in check("最好").findings] == [("AD9-ABSOLUTE", "banned")]


def _finding(severity: str) -> Finding:
    return Finding(
        rule="X",
        category="c",
        severity=severity,
        start=0,
        end=1,
        term="t",
        matched="t",
        law="l",
        suggestion="s",
    )


@pytest.mark.parametrize(
    ("severities", "verdict"),
    [
        ([], "pass"),
        (["needs_evidence"], "review"),
        (["sensitive", "needs_evidence"], "review"),
        (["sensitive", "banned"], "reject"),
    ],
)
def test_verdict(severities: list[str], verdict: str) -> None:
    assert verdict_for([_finding(s) for s in severities]) == verdict


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("蓝帽子深海鱼油，三个月把血脂降下来", "health food"),
        ("辅酶Q10软胶囊，长期吃能预防心梗", "health food"),
        ("这款褪黑素比安眠药管用，还零副作用", "health food"),
        # A health food's kind named by the `supplement` lexicon (益生菌, 含片, 叶黄素).
        ("益生菌冲剂，吃上一周保你不再便秘", "health food"),
        ("薄荷含片，含两片嗓子就不疼了，咳嗽也好了", "health food"),
        # Ordinary food (the `food` lexicon: eaten, drunk, a tea, a paste): since the forty-eighth
        # round its disease claim cites 《食品安全法》第七十三条 and 第十八条 too.
        ("黑枸杞原浆，降血压降血脂", "food"),
        ("秋梨膏止咳化痰，喝两天咳嗽就好", "food"),
        ("山楂条饭后嚼两根，血脂就下来了", "food"),
        # Other goods keep 第十七条 alone.
        ("护眼台灯用一个月，假性近视就能恢复", "goods"),
        ("按摩椅每天用半小时，腰椎间盘突出好了", "goods"),
    ],
)
def test_a_foods_disease_claim_cites_article_18_as_well(check, text: str, goods: str) -> None:
    # 第十七条 bars a disease claim from every ad but a medicine's; 第十八条第一款 bars it from a
    # health food's ad as well, and the copy names the health food (蓝帽子, 软胶囊, 褪黑素); an
    # ordinary food's ad may not touch disease at all (《食品安全法》第七十三条), and its claim is a
    # health function claimed for a food, which AD18-HEALTH-CLAIM files under 第十八条.
    disease = [f for f in check(text).findings if f.rule == "AD17-DISEASE"]
    assert disease
    assert all("第十七条" in f.article for f in disease)
    assert all(("第十八条" in f.article) == (goods != "goods") for f in disease)
    assert all(("保健食品广告不得" in f.law) == (goods == "health food") for f in disease)
    # A health food is eaten too: it may cite the food law as well; ordinary food must.
    food_law = [("食品安全法》第七十三条" in f.article) for f in disease]
    assert all(food_law) if goods == "food" else (goods == "health food" or not any(food_law))


HEAD = "pack: p\ntitle: t\nrules:\n"
RULE = "  - {id: A, category: c, severity: %s, law: 广告法第九条, suggestion: 改写%s}\n"


@pytest.mark.parametrize(
    ("yaml_text", "needle"),
    [
        (HEAD + RULE % ("bad", ", terms: [x]"), "severity"),
        (HEAD + RULE % ("banned", ", patterns: ['(']"), "does not compile"),
        # A look-behind of two widths is the compiler's error, not the parser's: still refused
        # when the pack loads, though patterns compile only when they first run.
        (HEAD + RULE % ("banned", ", patterns: ['(?<!不|没有)最好']"), "does not compile"),
        (
            HEAD + RULE % ("banned", ", terms: [最好], exception_patterns: ['(?<=[一-鿿]+)最好']"),
            "does not compile",
        ),
        (HEAD + RULE % ("banned", ""), "neither terms nor patterns"),
        (HEAD + RULE % ("banned", ", terms: [x]") + RULE % ("banned", ", terms: [y]"), "duplicate"),
        ("pack: [unclosed\n", "rule pack"),
        # A key written twice in one rule (a second exception_patterns: list) is refused, not
        # silently replaced by the second (radar.yamlfile).
        (
            HEAD
            + "  - id: A\n    category: c\n    severity: banned\n    law: 广告法第九条\n"
            + "    suggestion: 改写\n    terms: [x]\n    exceptions: [xa]\n    exceptions: [xb]\n",
            "found the key 'exceptions' twice",
        ),
        (HEAD + RULE % ("banned", ", terms: [x], verify: no_such_check"), "unknown check"),
        # A context's arithmetic is checked the same way (ContextSpec.verify).
        (
            "pack: p\ntitle: t\ncontexts:\n"
            "  - {id: c, effect: clear, reason: 理由四字, patterns: [x], verify: no_such_check}\n",
            "unknown check",
        ),
        # The rules read the copy with punctuation dropped (最*好 reads as 最好): a colon the
        # pattern needs, in it or in one of its branches, is never there.
        (HEAD + RULE % ("banned", ", patterns: ['权威检测：']"), "never sees"),
        (HEAD + RULE % ("banned", ", patterns: ['(原价|0\\.01元)']"), "never sees"),
        # So is a class of nothing but punctuation (the twenty-ninth round wrote five such).
        (HEAD + RULE % ("banned", ", patterns: ['专家说[，,][0-9]+倍']"), "never sees"),
        # The text is also folded: upper-case Latin, formal and circled numerals, traditional
        # characters read as their plain forms (KET as ket, 第壹 and 第① as 第一 and 第1), so a
        # branch spelling them is dead; the message says what to write. An exception pattern
        # reads the same text (the sixty-sixth round found thirteen such patterns).
        (HEAD + RULE % ("banned", ", patterns: ['保证(ket|KET)通过']"), "reads it as 'k'"),
        (HEAD + RULE % ("banned", ", patterns: ['第\\s*(壹|①)名']"), "reads it as '一'"),
        (HEAD + RULE % ("banned", ", patterns: ['本市第[①❶]']"), "reads it as '1'"),
        (HEAD + RULE % ("banned", ", patterns: ['國家級']"), "reads it as '国'"),
        (
            HEAD + RULE % ("banned", ", terms: [最好], exception_patterns: ['最好(吃|喝)：']"),
            "never sees",
        ),
        # Context patterns read the copy folded (full width to half, Latin to lower case,
        # ``fold_for_contexts``): a full-width comma or a capital they need is never there.
        (
            "pack: p\ntitle: t\ncontexts:\n"
            "  - {id: c, effect: clear, reason: 理由四字, patterns: ['最好，别']}\n",
            "reads the copy folded, '，' as ','",
        ),
        (
            "pack: p\ntitle: t\ncontexts:\n"
            "  - {id: c, effect: clear, reason: 理由四字,"
            " patterns: ['(最高|最大)[0-9]+(KG|公斤)']}\n",
            "'K' as 'k'",
        ),
        (
            HEAD
            + RULE
            % (
                "banned",
                ", terms: [x], also_cites: [{goods: '(x', law: 广告法第十八条, article: 第十八条}]",
            ),
            "does not compile",
        ),
    ],
)
def test_malformed_packs_are_refused(tmp_path: Path, yaml_text: str, needle: str) -> None:
    (tmp_path / "bad.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(RulePackError, match=needle):
        load_rules(tmp_path)


def test_punctuation_a_pattern_may_skip_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "own.yaml").write_text(
        HEAD + RULE % ("banned", ", patterns: ['权威检测[：:]?报告', '[0-9]+(\\.[0-9]+)?元']"),
        encoding="utf-8",
    )
    (rule,) = load_rules(tmp_path)
    assert AdChecker([rule]).check("权威检测：报告在此").findings


def test_a_pattern_written_as_the_check_reads_matches_what_it_folds(tmp_path: Path) -> None:
    """A class may keep a member the normaliser folds ([1一①]: harmless, the branch lives); the
    folded spellings of the copy match the plain form the loader asks for."""
    (tmp_path / "own.yaml").write_text(
        HEAD + RULE % ("banned", ", patterns: ['保证ket通过', '第[1一①]品牌', '辅酶q10']"),
        encoding="utf-8",
    )
    (rule,) = load_rules(tmp_path)
    checker = AdChecker([rule])
    for copy in ("保证KET通过", "保证ＫＥＴ通过", "社区第①品牌", "社区第壹品牌", "辅酶Q10软胶囊"):
        assert checker.check(copy).findings, copy


def test_custom_pack_directory(tmp_path: Path) -> None:
    (tmp_path / "own.yaml").write_text(
        "pack: own\ntitle: 自定义\nrules:\n  - id: OWN-1\n    category: brand\n"
        "    severity: sensitive\n    law: 《广告法》第二十八条\n    suggestion: 改写\n"
        "    terms: [秒杀]\n",
        encoding="utf-8",
    )
    result = AdChecker(load_rules(tmp_path)).check("限时秒 杀")
    assert [(f.rule, f.matched) for f in result.findings] == [("OWN-1", "秒 杀")]


# (copy, rule, context that decided it, verdict): the same words read in their context.
CONTEXTS = [
    ("这款电动车最高时速25km/h", "AD9-SUPERLATIVE", "spec", "pass"),
    ("最近到货", "AD9-SUPERLATIVE", "time_order", "pass"),
    ("第一次参加团购", "AD9-ABSOLUTE", "time_order", "pass"),
    ("我最喜欢的草莓", "AD9-SUPERLATIVE", "preference", "pass"),
    ("最高立减20元", "AD9-SUPERLATIVE", "promo_cap", "pass"),
    ("顾客留言：“这是我吃过最好吃的草莓”", "AD9-ABSOLUTE", "quoted_customer", "review"),
    # A quote signed after a dash by a neighbour named as one (`resident`, 老 and a `surname`).
    ("“这是我吃过最好吃的草莓”——5栋老胡", "AD9-ABSOLUTE", "quoted_customer", "review"),
    ("“这是我吃过最好吃的草莓”——4栋乐乐妈妈", "AD9-ABSOLUTE", "quoted_customer", "review"),
    ("我觉得这是今年最好吃的西瓜", "AD9-ABSOLUTE", "opinion", "review"),
    ("本店历史最低价", "AD9-ABSOLUTE", "self_comparison", "review"),
    ("国家级非物质文化遗产技艺", "AD9-ABSOLUTE", "title_award", "review"),
    ("最大的一盒有十二个", "AD9-ABSOLUTE", "spec", "pass"),
    ("孩子们最喜欢的草莓味", "AD9-SUPERLATIVE", "preference", "pass"),
    ("宝妈的最爱", "AD9-SUPERLATIVE", "preference", "pass"),
    ("店长小陈个人最爱抹茶卷", "AD9-SUPERLATIVE", "preference", "pass"),
    ("我们的第一家门店开在梧桐路", "AD9-EXCLUSIVE", "time_order", "pass"),
    ("原价（近7天成交价）35元，今日28元", "PRICE-REFERENCE", "price_basis", "pass"),
    ("顾客说：“比超市的甜”", "AD13-COMPARE", "quoted_comparison", "pass"),
    ("会员小赵：'比外面的新鲜'", "AD13-COMPARE", "quoted_comparison", "pass"),
    ("我个人觉得这是最好吃的一款", "AD9-ABSOLUTE", "opinion", "review"),
    ("燕麦片 配料：燕麦100%", "AD9-ABSOLUTE", "spec", "pass"),
    ("配料表第一位是燕麦粉", "AD9-ABSOLUTE", "spec", "pass"),
    ("建议心率控制在最大心率的60%-75%", "AD9-ABSOLUTE", "spec", "pass"),
    ("我自己最喜欢的还是最简单的美式", "AD9-SUPERLATIVE", "preference", "pass"),
    ("100% NFC橙汁：配料仅橙汁一项", "AD9-ABSOLUTE", "spec", "pass"),
    ("每周一下午有“第一泡”试饮", "AD9-ABSOLUTE", "time_order", "pass"),
    ("当团长两年，我最大的收获是认识了邻居", "AD9-ABSOLUTE", "preference", "pass"),
    ("说实话，我每周最头疼的是周一晚上对账", "AD9-SUPERLATIVE", "preference", "pass"),
    ("葡萄干面包最好吃的时候是出炉后一小时内", "AD9-ABSOLUTE", "consumption_tip", "pass"),
    ("新出的三款里大家最喜欢哪一款？", "AD9-SUPERLATIVE", "preference", "pass"),
    ("采用发明专利冷萃工艺（专利号ZL202110358812.4）", "AD12-PATENT", "patent_number", "pass"),
    ("通过有机认证（认证编号 ABC-123456）", "AD11-AUTHORITY-CLAIM", "cert_number", "pass"),
    ("充电宝兼容第一代至第三代快充协议", "AD9-ABSOLUTE", "time_order", "pass"),
    ("羽绒被：面料100%棉，尺寸200×230cm", "AD9-ABSOLUTE", "spec", "pass"),
    ("周三会员日买二送一（送价格最低的一件）", "AD9-ABSOLUTE", "cheapest_free", "pass"),
    ("经营收益受选址影响，总部不承诺任何回报", "AD25-RETURN", "no_return_promised", "pass"),
    ("周四19:00燃脂单车，每节限12人", "AD18-HEALTH-CLAIM", "exercise_class", "pass"),
]


def test_the_new_contexts_leave_the_claims_they_mimic(check) -> None:
    # Each context covers its reading only: the claim beside it is still the claim.
    assert check("加盟本店，总部保证回报").verdict == "reject"
    assert check("燃脂瘦身茶，一周见效").verdict == "reject"
    assert check("全城价格最低，买到就是赚到").verdict == "reject"
    assert check("我们是本地第一代网红面包店").verdict == "reject"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("本馆是国家体育总局推荐的社区健身场馆", "AD9-STATE-ORGAN"),
        ("派出所的民警每天都来我们店吃早饭", "AD9-STATE-ORGAN"),
        ("省领导来我们村考察时专门买了两箱土鸡蛋", "AD9-STATE-ORGAN"),
        ("小区门口新开的烧饼铺，手艺首屈一指", "AD9-ABSOLUTE"),
        ("本店鲜肉品质位居全市首位", "AD9-ABSOLUTE"),
        ("洗护效果秒杀全城所有宠物店", "AD9-ABSOLUTE"),
        ("全城没有一家卷得过我们", "AD9-ABSOLUTE"),
        ("这款保温饭盒永不漏水", "AD9-ABSOLUTE"),
        ("老街面包坊的可颂＝本市可颂天花板", "AD9-ABSOLUTE"),
        ("女人就该待在厨房，所以送她一口好锅吧", "AD9-DISCRIMINATION"),
        ("只有乡下土包子才用老式洗衣粉", "AD9-DISCRIMINATION"),
        ("其他家政公司的阿姨连体检都没做", "AD13-DISPARAGE"),
        ("手工阿胶糕，补气养血", "AD18-HEALTH-CLAIM"),
        ("本周先调价至298元，下周全场5折，到手只要149元", "PRICE-FRAUD"),
        ("1元抢10枚鸡蛋，到店后需先办理199元年卡会员方可参与", "PRICE-BAIT-THRESHOLD"),
    ],
)
def test_official_endorsers_and_published_absolute_terms_are_rejected(
    check, text: str, rule: str
) -> None:
    result = check(text)
    assert result.verdict == "reject"
    assert rule in {f.rule for f in result.findings}


def test_titles_and_patents_claimed_without_proof_go_to_review(check) -> None:
    title = check("“优选”华东区金牌团长（2024年第二季度），感谢大家支持")
    patent = check("专利保温配送箱全程锁鲜，小区内30分钟送达")
    assert (title.verdict, patent.verdict) == ("review", "review")
    assert "AD11-AUTHORITY-CLAIM" in {f.rule for f in title.findings}
    assert "AD12-PATENT" in {f.rule for f in patent.findings}


def test_ordinary_notices_from_officials_and_aims_stay_clean(check) -> None:
    # An official's notice is no endorsement; striving for perfection is an attitude.
    assert check("派出所提醒：近期电信诈骗多发，请勿向陌生账户转账").verdict == "pass"
    assert check("我们追求极致的服务，欢迎大家提意见").verdict == "pass"
    flash_sale = check("限时秒杀：今晚8点鸡蛋9.9元30枚").findings
    assert not [f for f in flash_sale if f.category == "absolute"]


def test_a_term_never_joins_across_a_header_or_a_sentence_end(check) -> None:
    # 【电梯维保】本周… is no 保本; a symbol inside the word is still an evasion.
    notice = "【电梯维保】本周四上午2号楼电梯例行维保，冻品先放冷柜"
    assert not [f for f in check(notice).findings if f.rule == "AD25-RETURN"]
    assert [f.matched for f in check("入股稳赚，保*本无忧").findings if f.rule == "AD25-RETURN"]


@pytest.mark.parametrize(("text", "rule", "context", "verdict"), CONTEXTS)
def test_context_decides_and_explains(
    check, text: str, rule: str, context: str, verdict: str
) -> None:
    result = check(text)
    assert result.verdict == verdict
    pool = result.cleared if verdict == "pass" else result.findings
    hit = [f for f in pool if f.rule == rule and f.context == context]
    assert hit, [(f.rule, f.context) for f in pool]
    assert hit[0].explanation and hit[0].matched in hit[0].explanation
    assert hit[0].contribution == ("none" if verdict == "pass" else "review")


def test_a_named_market_keeps_a_groups_favourite_a_claim(check) -> None:
    # 宝妈的最爱 is ordinary talk; 全城宝妈的最爱 ranks the goods across a market.
    assert check("全城宝妈的最爱").verdict == "review"


def test_a_quoted_comparison_does_not_lift_a_superlative(check) -> None:
    result = check("顾客说：“比超市的甜，全城最好吃”")
    assert result.verdict == "review"
    assert [f.context for f in result.findings if f.rule == "AD9-ABSOLUTE"] == ["quoted_customer"]


def test_a_secret_recipe_is_reviewed_not_rejected(check) -> None:
    # 秘方 is most often a recipe: a person reads it; a disease next to it is still rejected.
    assert check("独家秘方卤汁").verdict == "review"
    assert check("祖传秘方，专治风湿").verdict == "reject"


def test_a_quote_the_shop_signs_itself_stays_its_own_claim(check) -> None:
    # The owner signs as 店主老胡: the shop's own words in quotation marks, not a neighbour's.
    assert check("“全城最好吃的草莓”——店主老胡").verdict == "reject"
    assert check("“全城最好吃的草莓”——老板老胡").verdict == "reject"
    assert check("“全城最好吃的草莓”——老板娘小陈").verdict == "reject"
    # A name with no dash is no signature (the slogan's quotation marks, then a family).
    assert check("“全城最好吃的草莓”爸爸妈妈都爱").verdict == "reject"


def test_quoted_customer_does_not_lift_a_medical_ban(check) -> None:
    result = check("顾客说：“喝了三个月，降血压效果很好”")
    assert result.verdict == "reject"
    assert [f.context for f in result.findings if f.rule == "AD17-DISEASE"] == [None]


def test_the_advertisers_own_claim_is_rejected_and_explained(check) -> None:
    finding = check("最好吃的草莓").findings[0]
    assert (finding.rule, finding.contribution, finding.context) == ("AD9-ABSOLUTE", "reject", None)
    assert finding.article == "《广告法》第九条第（三）项"
    assert "第九条" in finding.explanation and "拒绝" in finding.explanation
    assert finding.rewrite == "好吃的草莓"


def test_rewrites(check) -> None:
    result = check("全网最低价！医生推荐，最新鲜的草莓")
    assert result.rewrite == "实惠价！优质的草莓" or "新鲜的草莓" in (result.rewrite or "")
    assert "医生推荐" not in (result.rewrite or "") and "全网最低" not in (result.rewrite or "")
    # A price claim needs evidence, not new words: no rewrite.
    price = check("原价199，现价99")
    assert price.findings[0].rewrite is None and price.rewrite is None
    # Dropping every banned clause leaves nothing to publish.
    assert check("本金无忧，月入过万").rewrite == ""


@pytest.mark.parametrize(
    ("text", "rewrite"),
    [
        # What precedes the claim cannot end a clause (三个月把, 让你, 能有效): the clause goes.
        ("蓝帽子深海鱼油，三个月把血脂降下来，团购价99元", "蓝帽子深海鱼油，团购价99元"),
        ("每天一杯，让你远离高血压", "每天一杯"),
        ("这款茶能有效降血压，老人必备", "老人必备"),
        # The claim starts the clause and leaves only its tail (…药水|催出来的).
        ("菜场门口那几个摊子的豆芽是药水催出来的，我们家是清水发的", "我们家是清水发的"),
        # 是 + the claim + 的: the 的 goes with it.
        ("本店是全市最好的面包店，欢迎光临", "本店是面包店，欢迎光临"),
    ],
)
def test_a_deletion_leaves_no_fragment(check, text: str, rewrite: str) -> None:
    result = check(text)
    assert result.rewrite == rewrite
    # Each finding's own rewrite is its clause, read the same way ('' when the clause goes).
    assert all(f.rewrite is None or f.rewrite in rewrite for f in result.findings)


def test_weaker_hit_inside_a_stronger_is_dropped(check) -> None:
    assert [f.rule for f in check("保证收益").findings] == ["AD25-RETURN"]


def test_findings_stored_before_the_new_fields_still_load() -> None:
    stored = {
        "rule": "AD9-ABSOLUTE",
        "category": "absolute",
        "severity": "banned",
        "start": 0,
        "end": 2,
        "term": "最好",
        "matched": "最好",
        "law": "《广告法》第九条",
        "suggestion": "删除",
    }
    finding = Finding.model_validate(stored)
    assert finding.contribution == "reject" and finding.context is None and finding.rewrite is None


def test_a_lexicon_is_written_once_and_read_by_any_pack(tmp_path: Path) -> None:
    # One pack holds the word list, another's pattern and exception name it: the check reads the
    # words in both places.
    (tmp_path / "a.yaml").write_text(
        'pack: a\ntitle: t\nlexicon:\n  supplement: [鱼油, "辅酶\\\\s*q10"]\n', encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text(
        HEAD + "  - {id: A, category: c, severity: banned, law: 广告法第十八条, suggestion: 改写, "
        'patterns: ["{{supplement}}[一-鿿]{0,4}?有效"], '
        'exception_patterns: ["{{supplement}}无效"]}\n',
        encoding="utf-8",
    )
    packs = load_packs(tmp_path)
    (rule,) = packs.rules
    assert rule.patterns == ["(?:鱼油|辅酶\\s*q10)[一-鿿]{0,4}?有效"]
    checker = AdChecker(packs.rules, packs.contexts)
    assert checker.check("辅酶 Q10 吃了真有效").verdict == "reject"
    assert checker.check("鱼油真有效").verdict == "reject"
    assert checker.check("鱼油无效").verdict == "pass"
    assert checker.check("钙片真有效").verdict == "pass"


def test_a_lexicon_word_may_name_another_list(tmp_path: Path) -> None:
    # One list is written once and read inside another (the family names of 老胡 and of 张记).
    (tmp_path / "a.yaml").write_text(
        "pack: a\ntitle: t\nlexicon:\n  surname: ['[张胡]']\n  shop: ['{{surname}}记', 隔壁]\n",
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        HEAD + "  - {id: A, category: c, severity: banned, law: 广告法第十三条, suggestion: 改写, "
        'patterns: ["{{shop}}[一-鿿]{0,4}?坑人"]}\n',
        encoding="utf-8",
    )
    (rule,) = load_packs(tmp_path).rules
    assert rule.patterns == ["(?:(?:[张胡])记|隔壁)[一-鿿]{0,4}?坑人"]
    checker = AdChecker([rule])
    assert checker.check("胡记的东西坑人").verdict == "reject"
    assert checker.check("李记的东西坑人").verdict == "pass"


def test_the_words_of_prices_are_the_price_checks_own(tmp_path: Path) -> None:
    # A pack in any directory reads pricemath's lists of price words as a lexicon: a pattern
    # finds a reference price with the words the check that weighs its figures reads, and a
    # pack may not define the name again.
    (tmp_path / "p.yaml").write_text(
        HEAD + "  - {id: A, category: c, severity: banned, law: 价格法第十四条, suggestion: 改写, "
        'patterns: ["{{reference_price}}[0-9]+[^\\\\n]{0,12}?{{sale_price}}[0-9]+"], '
        "verify: inflated_reference}\n",
        encoding="utf-8",
    )
    checker = AdChecker(load_packs(tmp_path).rules, [])
    for word in pricemath.REFERENCE_PRICE:
        spelled = re.sub(r"\(\?<?[=!][^)]*\)", "", word)  # 专柜(?=\s*[0-9]) is written 专柜
        if word == pricemath.OTHER_SELLERS_PRICE:
            spelled = "超市都卖"
        assert checker.check(f"{spelled}1599的净化器，街坊价199").verdict == "reject", word
    assert checker.check("原价299的净化器，街坊价199").verdict == "pass"  # 1.5×: not inflated
    (tmp_path / "q.yaml").write_text(
        "pack: q\ntitle: t\nlexicon:\n  reference_price: [原价]\n", encoding="utf-8"
    )
    with pytest.raises(RulePackError, match="lexicon reference_price is defined twice"):
        load_packs(tmp_path)


@pytest.mark.parametrize(
    ("lexicons", "pattern", "error"),
    [
        (["  x: [a]\n"], "{{y}}", "unknown lexicon y"),
        # …also when a list names it, and a list may not name itself through others.
        (["  x: ['{{y}}a']\n"], "{{x}}", "x names an unknown lexicon y"),
        (["  x: ['{{y}}a']\n", "  y: ['{{x}}b']\n"], "{{x}}", "x → y → x names itself"),
        (["  x: [a]\n", "  x: [b]\n"], "{{x}}", "lexicon x is defined twice"),
        (["  x: []\n"], "{{x}}", "lexicon x needs words"),
        (["  X-1: [a]\n"], "a", "is not a-z_0-9"),
    ],
)
def test_a_lexicon_name_defined_twice_or_not_at_all_is_refused(
    tmp_path: Path, lexicons: list[str], pattern: str, error: str
) -> None:
    for n, lexicon in enumerate(lexicons):
        (tmp_path / f"l{n}.yaml").write_text(
            f"pack: l{n}\ntitle: t\nlexicon:\n{lexicon}", encoding="utf-8"
        )
    (tmp_path / "r.yaml").write_text(
        HEAD + "  - {id: A, category: c, severity: banned, law: 广告法第九条, suggestion: 改写, "
        f'patterns: ["{pattern}"]}}\n',
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match=error):
        load_packs(tmp_path)


def test_rule_naming_an_unknown_context_is_refused(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        HEAD + "  - {id: A, category: c, severity: banned, law: 广告法第九条, suggestion: 改写, "
        "terms: [x], contexts: [nowhere]}\n",
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match="unknown context"):
        load_packs(tmp_path)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        ("最[一-鿿]", {"最"}),
        ("碾压(一切|所有)", {"碾压一切", "碾压所有"}),
        (r"[0-9]{1,2}\s*(天|周)\s*(就|即)?见效", {"见效"}),
        ("(斤|公斤|磅)", {"斤", "磅"}),  # 公斤 holds 斤
        # A short repeat of an exact part is its strings: one literal set, not a and c apart.
        ("ab?c", {"abc", "ac"}),
        ("打了?蜡", {"打蜡", "打了蜡"}),
        ("烂(果子?|水果)", {"烂果", "烂水果"}),
        ("(哈){2,3}笑", {"哈哈笑"}),  # 哈哈哈笑 holds 哈哈笑
        ("a(哈){0,4}b", {"a"}),  # more repeats than read as strings: a and b apart
        ("(?i)abc", None),
        ("a*", None),
        (r"(?<=x)y", {"y"}),  # a look-behind is not part of the match
    ],
)
def test_required_literals(pattern: str, literals: set[str] | None) -> None:
    assert required_literals(pattern) == (None if literals is None else frozenset(literals))


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        ("(医生|专家)[一-鿿]{0,4}?(推荐|建议)", [{"医生", "专家"}, {"推荐", "建议"}]),
        ("最[一-鿿]", [{"最"}]),
        ("(?i)abc", []),
        ("的[一-鿿]{0,3}?(好|棒)", [{"好", "棒"}]),  # 的 filters nothing: left out
        ("的[一-鿿]", [{"的"}]),  # unless it is the only set
        ("(保本|稳)[一-鿿]{0,3}的", [{"保本", "稳"}]),
    ],
)
def test_required_literal_sets(pattern: str, sets: list[set[str]]) -> None:
    assert [set(s) for s in required_literal_sets(pattern)] == sets


def test_prefilter_needs_a_literal_of_every_slot() -> None:
    prefilter = LiteralPrefilter(["(医生|专家)[一-鿿]{0,4}?(推荐|建议)", "最[一-鿿]"])
    assert prefilter.candidates("医生说最近天冷") == {1}
    assert prefilter.candidates("专家都推荐") == {0}
    assert prefilter.candidates("推荐") == frozenset()


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        # A branch that starts with a group or a look-behind: the engine tries every position.
        ("(斑秃|(?:糖尿病|高血压))好了", "斑糖高"),
        ("(?<=[一-鿿])某[一-鿿]{0,4}店|某些店", "某"),
        ("(最|顶)?好吃", "最顶好"),
        # The engine finds these itself (a literal prefix, plain literal branches, one class).
        ("全网最低", None),
        ("(全网|全城)最低", None),
        ("[0-9]元", None),
        ("[0-9]+元", "0123456789"),
        # Any CJK character may start it, or it may match nothing: no guard helps.
        ("[一-鿿]{2}超市", None),
        ("(好吃)?", None),
        ("[^，]{0,4}最", None),
    ],
)
def test_a_pattern_the_engine_cannot_skip_to_gets_a_first_character_guard(
    pattern: str, guard: str | None
) -> None:
    compiled = compile_once(pattern)
    if guard is None:
        assert compiled.pattern == pattern
    else:
        first = re.fullmatch(r"\(\?=\[(.+?)\]\)\(\?:(.*)\)", compiled.pattern, re.S)
        assert first is not None and first.group(2) == pattern
        assert set(first.group(1)) == set(guard)


def test_the_first_character_guard_changes_no_match() -> None:
    """Every rule, exception and context pattern of the shipped packs finds the same spans and
    groups with its guard as without, on labelled copy and long synthetic copy."""
    packs = load_packs()
    patterns = [p for rule in packs.rules for p in (*rule.patterns, *rule.exception_patterns)] + [
        p for context in packs.contexts for p in context.patterns
    ]
    texts = [c.text for c in load_eval(EVAL_PATH, (), ())][::7] + corpus(4, 800)
    guarded = 0
    for pattern in patterns:
        fast, plain = compile_once(pattern), re.compile(pattern)
        guarded += fast.pattern != pattern
        for text in texts:
            assert [m.regs for m in fast.finditer(text)] == [
                m.regs for m in plain.finditer(text)
            ], pattern
    assert guarded > 100  # the guard is in use, not only defined


@pytest.mark.parametrize(
    "pattern",
    [
        "全网最低",
        "(?<![不没])最好",
        "(?<=原价)[0-9]+",
        # The compiler's own errors, which the parser lets through: a look-behind must have one
        # width, at any depth.
        "(?<=原价|原来)[0-9]+",
        "(?:(?<!不是?)最好)",
        "x(?=(?<![一-鿿]{1,2})y)",
        # The parser's.
        "(",
        "最好)",
        "[9-0]",
        "(?P<a>x)(?P<a>y)",
    ],
)
def test_a_pattern_is_checked_as_the_compiler_would(pattern: str) -> None:
    """Packs are checked without compiling (compiling waits for a pattern's first run): the
    check raises exactly where ``re.compile`` does."""
    try:
        re.compile(pattern)
    except re.error:
        with pytest.raises(re.error):
            check_pattern(pattern)
    else:
        check_pattern(pattern)


def test_a_pattern_is_compiled_only_when_the_prefilter_lets_it_run() -> None:
    """Building the checker compiles no pattern of its rules or contexts; a check compiles the
    patterns that may match its copy (``compile_once``), each once per process."""
    marker = "甪䦆"  # nowhere else in the packs: the patterns below are new to this process
    pattern, exception, context = f"{marker}[一-鿿]{{0,2}}最", f"{marker}最小", f"说{marker}"
    rule = RuleSpec(
        id="T-LAZY",
        category="absolute",
        severity="banned",
        law="《广告法》第九条第（三）项",
        suggestion="删去",
        patterns=[pattern],
        exception_patterns=[exception],
        contexts=["t_lazy"],
    )
    scope = ContextSpec(id="t_lazy", effect="clear", reason="只是测试", patterns=[context])
    checker = AdChecker([rule], [scope])
    compiled = compile_once.cache_info().currsize
    assert checker.check("没有那两个字的文案，最好吃").findings == []
    assert compile_once.cache_info().currsize == compiled  # nothing could match: none compiled
    assert [f.rule for f in checker.check(f"{marker}店最新鲜").findings] == ["T-LAZY"]
    assert compile_once.cache_info().currsize == compiled + 1  # the rule pattern alone
    assert checker.check(f"{marker}最小").findings == []  # its exception, compiled now
    assert compile_once.cache_info().currsize == compiled + 2


def test_prefilter_candidates_are_the_patterns_whose_every_set_occurs() -> None:
    """The indexed answer (patterns looked up by their rarest set) is the definition's: a
    pattern is a candidate when a literal of each of its sets occurs in the text."""
    patterns = [p for rule in load_packs().rules for p in rule.patterns]
    prefilter = LiteralPrefilter(patterns)
    for text in [*corpus(30, 600), "医生说最近天冷", "", "原价99元今天只要9.9元"]:
        found = {literal for literal in prefilter.literals if literal in text}
        expected = {
            i
            for i, sets in enumerate(prefilter.requirements)
            if all(found & literals for literals in sets)
        }
        assert prefilter.candidates(text) == expected


def test_prefilter_changes_no_result() -> None:
    packs = load_packs()
    fast = AdChecker(packs.rules, packs.contexts)
    plain = AdChecker(packs.rules, packs.contexts, prefilter=False)
    # The labelled set without the held-out file, which stays unread until it is measured.
    texts = [c.text for c in load_eval(EVAL_PATH, (), ())] + corpus(40, 600)
    assert [fast.check(t) for t in texts] == [plain.check(t) for t in texts]


def test_a_patent_number_without_its_kind_is_reviewed(check) -> None:
    """第十二条 asks for the number *and* the kind: a number alone still goes to a lawyer."""
    result = check("采用专利冷萃工艺（专利号ZL202110358812.4）")
    assert result.verdict == "review"
    assert [f.rule for f in result.findings] == ["AD12-PATENT"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("今日团品：全城最甜的沃柑，9.9元3斤", "AD9-ABSOLUTE"),
        ("全区服务标准最严格的家政公司", "AD9-ABSOLUTE"),
        ("说实话，附近再也吃不到比这更地道的肠粉了", "AD9-ABSOLUTE"),
        ("「小满鲜®」果切上新（商标注册中）", "TM-FALSE-REGISTERED"),
        ("新品首发：手工牛轧糖原价88元，团购价19.9元", "PRICE-NO-PRIOR-PRICE"),
        ("原价68元的双人餐今天只要29元，明天正式开业", "PRICE-NO-PRIOR-PRICE"),
        ("中学生放学来一瓶，荔枝味果酒15元", "AD40-UNSUITABLE"),
        ("小朋友也能喝的果味啤酒，生日派对必备", "AD40-UNSUITABLE"),
        ("上课偷偷吃，老师都发现不了的跳跳糖", "AD40-MINORS"),
        ("阳光小学二年级专用练习册，由启航托管中心免费发", "AD39-SCHOOL"),
        ("美女技师新到，私密服务，包你满意", "AD9-VULGAR"),
        ("刚出锅的包子又白又软，男人都忍不住想捏一把", "AD9-VULGAR"),
        ("城西N0.1社区面馆，今天起供应冷面", "AD9-ABSOLUTE"),
        ("ZUI强性价比私教课，30节3600元", "AD9-ABSOLUTE"),
        ("这款白茶堪称茶中之王，礼盒168元", "AD9-ABSOLUTE"),
        ("月嫂服务品质稳坐全市头把交椅", "AD9-ABSOLUTE"),
        ("回家就跟妈妈说今晚吃炸鸡，说到她点头为止", "AD40-MINORS"),
        ("没戴我们家电话手表的小朋友，放学都没人跟他玩", "AD40-MINORS"),
        ("幼儿园午点发的试喝装，瓶身贴着下单码，家长扫码就能订", "AD39-SCHOOL"),
        ("属虎的今年犯太岁，来店里请一条红绳化解", "AD9-SUPERSTITION"),
        ("外地口音的一律先付款后称重", "AD9-DISCRIMINATION"),
        ("周末相亲茶会，矮子就别来凑热闹了", "AD9-DISCRIMINATION"),
    ],
)
def test_scoped_superlatives_false_marks_and_children_are_rejected(
    check, text: str, rule: str
) -> None:
    result = check(text)
    assert result.verdict == "reject"
    assert rule in {f.rule for f in result.findings}


@pytest.mark.parametrize(
    ("text", "rule", "article"),
    [
        ("特邀游泳世界冠军担任品牌代言人，年卡1680元", "AD38-CELEBRITY", "第三十八条"),
        ("燃力训练营：国内首推8人小团课", "AD9-EXCLUSIVE", "第十一条"),
        ("同样1L鲜奶，我们比xx超市便宜3元", "AD13-COMPARE", "第十三条"),
        ("我们的贝果含糖4.2g/100g，某连锁品牌同款为9.8g/100g", "AD13-COMPARE", "第十三条"),
        ("荣获“2024年度社区人气烘焙店”，区商业联合会评选", "AD11-AUTHORITY-CLAIM", "第十一条"),
    ],
)
def test_endorsers_firsts_comparisons_and_awards_need_proof(
    check, text: str, rule: str, article: str
) -> None:
    result = check(text)
    assert result.verdict == "review"
    assert any(f.rule == rule and article in f.article for f in result.findings)


def test_a_quoted_award_name_is_cited_not_claimed(check) -> None:
    # 《广告绝对化用语执法指南》: a title granted by a named body may be cited, with proof.
    award = check("荣获“2024年度社区最受欢迎烘焙店”（XX区商业联合会评选）")
    assert award.verdict == "review"
    assert not [f for f in award.findings if f.contribution == "reject"]


@pytest.mark.parametrize(
    "text",
    [
        "全市最后一天报名，周日截止",
        "本地最近一周降温，蔬菜到货晚半小时",
        "全市最高气温38℃，自提点备了绿豆汤",
        "游泳世界冠军的比赛今晚直播，店里投屏",
        "大学生啤酒节本周六在广场举行，凭学生证入场",
        "邀请好友成为社区推荐官，各得5元券",
        "「小满鲜™」果切上新，商标注册中",
        "偷偷告诉你，家长都不知道的收纳小技巧",
        "报名暑假班，送文具礼包一份",
        "又白又软的手工馒头，早上6点出锅，2元一个",
        "已经把检测报告贴在门口了，欢迎查看",  # 已经 is no 经…检测 (AD11-DATA)
        "经营十年的老店，数据线、充电宝都有",
        "开业那天第一个进门的顾客买了一个菠萝包",  # an order in time (time_order)
        "买两盒第三盒半价，半价按三盒中价格最低的一盒计算",  # a promotion's rule (cheapest_free)
        "外地人就算不得本地户口，也能办会员卡",
        "二手货架上的旧书一律5元",
    ],
)
def test_the_near_misses_of_the_new_rules_stay_clean(check, text: str) -> None:
    # The rules' own reading (the semantic reader's second opinion is measured on the splits).
    findings = check(text).findings
    assert not [(f.rule, f.matched) for f in findings if not f.rule.startswith("SEMANTIC-")]


# Known false positives of the semantic reader (docs/compliance.md, seventh, eighth, twelfth,
# fourteenth and sixteenth rounds): ™ with 商标注册中 reads as the ® claim, a champion's broadcast
# as a rank claim, a regulator's inspection stated as a fact as its endorsement, 下注 as a figure
# of speech as gambling, a class teacher's book list as a doctor's endorsement (p 0.88 with the
# thirty-second round's reader); since the thirty-first round's reader: a government voucher
# accepted at designated shops as a state organ's designation (p 0.73: rejected at the threshold of
# 0.7, reviewed at the thirty-second round's 0.75) and a school's own mock paper as an examiner's
# inside knowledge (p 0.72); since the thirty-second round's reader, two it had passed since the
# twenty-first round: a deposit the platform holds as an education guarantee (p 0.84, threshold
# 0.7) and 专治各种不服 as vulgar (p 0.81, threshold 0.8). The thirty-third round's reader (C = 16)
# rejects five of the nine (the champion, the inspection, 下注, the class teacher, 专治各种不服)
# and sends the other four to review; it also reads a company's 领导 as an official (p 0.91), which
# the rules no longer do. The thirty-fifth round's reader (with heldout36-38, tune34) rejects seven
# of the ten and sends three to review (the champion's broadcast, the mock paper, the deposit); the
# thirty-sixth round's (with heldout39-40, tune35a-b) rejects nine and sends one to review; the
# thirty-seventh round's (with heldout41, tune36a-b) rejects six and sends four to review (the
# champion's broadcast, the voucher, the mock paper, 专治各种不服); the thirty-ninth round's (with
# heldout42-44, tune38a) rejects eight and sends two to review (the champion's broadcast, the mock
# paper); the fortieth round's (with heldout45, tune39a) passed the deposit and 专治各种不服,
# rejected six of the other eight and sent two to review (the champion's broadcast, the mock
# paper); the forty-first round's (with heldout46, tune40a, tune41a) rejects the deposit and
# 专治各种不服 again, eight of the ten in all, and sends the same two to review; the forty-second
# round's (with heldout47, tune42a) the same; the forty-third round's (with heldout48, tune43a,
# tune43b) rejects six and sends four to review (the champion's broadcast, the class teacher's book
# list, the mock paper, 专治各种不服); the forty-fourth round's (with heldout49, tune44a, tune44b)
# rejects seven and sends three to review (the champion's broadcast, the mock paper, the deposit);
# the forty-fifth round's (with heldout50, tune45a, tune45b) rejects eight and sends two to review
# (the champion's broadcast, the mock paper); the forty-sixth round's (with heldout51, tune46a,
# tune46b) rejects seven and sends three to review (the champion's broadcast, the mock paper, the
# deposit); the forty-seventh round's (with heldout52, tune47a, tune47b) rejects eight and sends
# two to review (the champion's broadcast, the mock paper); the forty-ninth round's (with
# heldout53-54, tune48a, tune48b) rejects six and sends four to review (the champion's broadcast,
# the mock paper, the company's 领导, the deposit). Read in the fifty-third round (tune60b's near
# misses, in our own words): home-grown greens given away for a yuan a bunch, rejected as
# disparagement (韭菜 as in 割韭菜, p 0.92) and as a medical claim (吃不完).
@pytest.mark.xfail(
    strict=True,
    reason="a known false positive of the semantic reader (the comment above)",
)
@pytest.mark.parametrize(
    "text",
    [
        "「小满鲜™」果切上新，商标注册中",
        "游泳世界冠军的比赛今晚直播，店里投屏",
        "经区市场监管局抽检合格，放心选购",
        "就看你怎么下注人生了",
        "班主任推荐的课外书到货了",
        "模拟卷由我们老师自主命题",
        "公司领导都说好，年会蛋糕就订我们家",
        # The fortieth round's reader passed these two; the others before and after reject them.
        "保证金由平台托管",
        "家里种的韭菜吃不完，拿到店里一块钱一把",
        "自家院里种的小葱吃不完，一块钱一把随便拿",
    ],
)
def test_near_misses_the_reader_still_rejects(check, text: str) -> None:
    assert check(text).verdict == "pass"


@pytest.mark.parametrize(
    "text",
    [
        # rejected by the reader until the twenty-fourth round, whose health_food_shelf context
        # reads the notice (the reader does not add to a category a context cleared there)
        "本品为保健食品，不能代替药物治疗疾病",
        # rejected by the reader until the sixty-third round: 政府 in 政府消费券 is a word that an
        # exception of the authority rules sets aside, and a hit whose cue stands there is dropped
        "政府消费券可用，指定门店使用",
        "专治各种不服的重辣火锅",  # the same: 专治各种不服 is an exception of the medical rules
    ],
)
def test_former_false_positives_of_the_reader_pass(check, text: str) -> None:
    assert check(text).verdict == "pass"


#: The eighth round (docs/compliance.md): rules written from the misses of heldout10, tune13 and
#: heldout11, each shown on copy of our own, with the near misses each must leave alone.
EIGHTH_ROUND_REJECTS = [
    ("奶茶加盟：首年营业额不足20万的，差额由总部补足", "AD25-RETURN"),
    ("社区生鲜店投资12万，保守估计每月纯利8000元", "AD25-RETURN"),
    ("有的摊位卖的是药水泡过的豆芽，我们的豆芽自己发", "AD13-DISPARAGE"),
    ("“我是6岁的朵朵，我每天都要喝这款酸奶！”", "AD38-CHILD-ENDORSER"),
    ("老师发的作业本里夹着我们托管班的试听券，记得领", "AD39-SCHOOL"),
    ("保洁标准做到业内最严，不满意免费重做", "AD9-ABSOLUTE"),
    ("痛风的朋友长期喝这款玉米须茶，一罐39元", "AD17-DISEASE"),
    ("坚持喝了三个月，肾功能都恢复正常了", "AD17-DISEASE"),
    ("外省来的保姆手脚不干净，我们只用本地人", "AD9-DISCRIMINATION"),
    ("倒计时最后3天！会员卡5折，活动时间1月1日至12月31日", "PRICE-FALSE-URGENCY"),
    ("“我5岁啦”——6岁的果果说这家的绘本馆我最喜欢", "AD38-CHILD-ENDORSER"),
    ("虽然我还没吃过，但这家的榴莲酥绝对值得一试", "AD38-NOT-USED"),
    ("【保健食品】葡萄籽胶囊，广场舞队长推荐", "AD16-ENDORSE"),
    ("患者李阿姨在本馆推拿了五次，肩周炎全好了", "AD16-BENEFICIARY"),
    ("某些生鲜店的虾都是死虾泡冰水，我们只卖活的", "AD13-DISPARAGE"),
    ("没有xx学习机的同学，上课都交不到朋友", "AD40-MINORS"),
    ("不给你买就是不爱你，快拉着妈妈来", "AD40-MINORS"),
    ("披上这件斗篷，从床上跳下来就能飞", "AD40-MINORS"),
    ("开学典礼上发给新生的笔袋里，夹着舞蹈班的试听券", "AD39-SCHOOL"),
    ("全市找不到更正宗的肠粉了", "AD9-ABSOLUTE"),
    ("奶茶店招聘：男生勿扰，身高160以上", "AD9-DISCRIMINATION"),
    ("聋哑人别来报班，教不会", "AD9-DISCRIMINATION"),
    ("9.9元上门清洗油烟机，仅限1台以内，超出部分每台加收80元", "PRICE-HIDDEN-CHARGE"),
    ("原价88元，今日特价88元，手慢无", "PRICE-FALSE-REDUCTION"),
    ("仅限今天！烫发套餐199元，活动时间5月1日至5月31日", "PRICE-FALSE-URGENCY"),
    ("全场3折！原价40元的面包礼盒现价20元", "PRICE-FALSE-DISCOUNT"),
    ("艾灸馆｜每周两次，肩周炎慢慢断根", "AD17-DISEASE"),
    ("鱼油胶囊，效果是普通鱼肝油的5倍", "AD18-HEALTH-CLAIM"),
    ("人过四十都得补钙片，不补就等于透支身体", "AD18-HEALTH-CLAIM"),
    ("探店达人推荐：这家烤鸭我还没尝过，但看着就香，大家冲", "AD38-NOT-USED"),
    ("5号楼那个团长卖的蜂蜜全是糖浆冒充的", "AD13-DISPARAGE"),
    ("斜对面的快洗店用劣质洗衣粉，越洗越旧", "AD13-DISPARAGE"),
    ("隔壁幸福家政的阿姨手脚不干净，我们都查过背景", "AD13-DISPARAGE"),
    ("别再去对面那家健身房了，器械又破又脏", "AD13-DISPARAGE"),
    ("团长招募：每月保底佣金2000元", "AD25-RETURN"),
    ("宝贝试试双手离把骑车，超酷", "AD40-MINORS"),
    # (a price changed from a figure, then discounted, is weighed by the arithmetic: 1299 × 0.5 is
    # 9.3折 of the 699 before the raise, not 五折)
    ("年卡由699元调整为1299元，周年庆五折仅需649元", "PRICE-FALSE-MARKUP"),
    ("车厘子原价98元一盒，今天39元 活动款为250g装，原价款为500g装", "PRICE-HIDDEN-CHARGE"),
    ("今日海鲜不标价，来店现场问", "PRICE-UNMARKED"),
    ("剪发价格执行物价局统一指导价，一律30元", "PRICE-UNMARKED"),
    ("本小区最新鲜的草莓就在我们店", "AD9-ABSOLUTE"),
]
EIGHTH_ROUND_REVIEWS = [
    ("据某点评平台2024年8月区域热门榜，本店酸菜鱼排名第一", "AD11-DATA", "第十一条"),
    ("同款土鸡蛋，我们比附近三家超市每斤便宜1元", "AD13-COMPARE", "第十三条"),
    ("检测报告显示，本店净水TDS值低于10ppm", "AD11-DATA", "第十一条"),
    ("经第三方盲测，我们的酸奶蛋白质高于市面同价位两款品牌", "AD13-COMPARE", "第十三条"),
    ("2023年全区烘焙大赛金奖师傅本周驻店", "AD9-ABSOLUTE", "第九条"),
    ("小区网红宝妈Amy推荐的洗衣凝珠到货", "AD38-CELEBRITY", "第三十八条"),
]
EIGHTH_ROUND_CLEAN = [
    "鞋类清洗满3双送1双，价格最低的一双免费",  # a promotion's rule (cheapest_free)
    "我今年38岁，第一次报了游泳班",
    "以旧换新，差额由顾客补足，以门店价格为准",
    "外地来的朋友可以在前台免费寄存行李",
    "老师发的作业本请家长签字后带回",
    "行业最新动态：本周起冷链车统一加装温度记录仪",
    "这是本店唯一的收款方式，请认准群公告",
    "我保证每一单发货前都亲自检查一遍",
    "顾客留言：下班来喝杯热可可，整个人都被治愈了",
    "小区里最早开门的是我们家，6点半营业",
    "营业时间调整为8点，会员9折不变",
]
#: Near misses the rules may send to review but never reject.
EIGHTH_ROUND_NOT_REJECTED = [
    "虽然我没去过那家店，但听说他们家的面也不错",  # no recommendation of the goods
    "新型肺炎患者痊愈出院的消息让大家松了口气",  # news of patients, not a testimony
    "原价88元，今日特价68元，手慢无",  # a real reduction
    "限时三天：5月1日至5月3日，烫发套餐199元",  # the urgency fits the period
    "全场3折！原价40元的面包礼盒现价12元",  # the discount adds up
    "招聘店员，男女不限，有健康证优先",
    "60岁以上老人乘公交免费，本店凭老年卡打九折",
]


@pytest.mark.parametrize(("text", "rule"), EIGHTH_ROUND_REJECTS)
def test_the_eighth_rounds_claims_are_rejected(check, text: str, rule: str) -> None:
    result = check(text)
    assert result.verdict == "reject"
    assert rule in {f.rule for f in result.findings}


@pytest.mark.parametrize(("text", "rule", "article"), EIGHTH_ROUND_REVIEWS)
def test_the_eighth_rounds_claims_needing_proof_go_to_review(
    check, text: str, rule: str, article: str
) -> None:
    result = check(text)
    assert result.verdict == "review"
    assert any(f.rule == rule and article in f.article for f in result.findings)


@pytest.mark.parametrize("text", EIGHTH_ROUND_CLEAN)
def test_the_eighth_rounds_near_misses_stay_clean(check, text: str) -> None:
    findings = check(text).findings
    assert not [(f.rule, f.matched) for f in findings if not f.rule.startswith("SEMANTIC-")]


@pytest.mark.parametrize("text", EIGHTH_ROUND_NOT_REJECTED)
def test_the_eighth_rounds_near_misses_are_not_rejected(check, text: str) -> None:
    findings = check(text).findings
    assert not [
        (f.rule, f.matched)
        for f in findings
        if not f.rule.startswith("SEMANTIC-") and f.contribution == "reject"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "本品为保健食品，不能代替药物治疗疾病",  # the notice 第十八条 asks for
        "身体不适请及时就医，用药请遵医嘱",
        "猫咪有耳螨请先治疗再来洗澡，本店不提供诊疗服务",
    ],
)
def test_a_medical_disclaimer_is_no_claim(check, text: str) -> None:
    # The rules' reading; the reader's is below (known false positives).
    findings = check(text).findings
    assert not [f.rule for f in findings if f.rule.startswith(("AD17", "AD18-HEALTH-CLAIM"))]
    assert not [f.rule for f in findings if f.contribution == "reject" and "SEMANTIC" not in f.rule]


def test_a_disclaimer_does_not_lift_a_cure_beside_it(check) -> None:
    result = check("本品能治疗失眠，用药请遵医嘱")
    assert result.verdict == "reject"
    assert "AD17-DISEASE" in {f.rule for f in result.findings}


#: The thirteenth round (docs/compliance.md): rules and contexts from heldout15's misses and clean
#: flags, each shown on copy of our own, with the near misses each must leave alone.
THIRTEENTH_ROUND_REJECTS = [
    ("权威检测数据显示，我们的土蜂蜜活性酶是超市蜂蜜的5倍", "AD11-UNSOURCED"),
    ("最新科学研究证实，每天一杯豆浆能让孩子多长两厘米", "AD11-UNSOURCED"),
    ("国外专家实验证明，黑蒜比普通大蒜更养人", "AD11-UNSOURCED"),
    ("史上最好喝的杨枝甘露，今天第二杯半价", "AD9-ABSOLUTE"),
    ("0元领取价值99元的空气炸锅，只需支付29元手续费", "PRICE-FREE-THEN-PAY"),
    ("这款鱼油效果远超同类保健品，中老年人必备", "AD18-HEALTH-CLAIM"),
    ("比进口维生素吸收快三倍，一瓶吃两个月", "AD18-HEALTH-CLAIM"),
    ("这款老茶头已经调好了上百位顾客的失眠", "AD17-DISEASE"),
    ("团长招募：团长每月轻松分红5000元起", "AD25-RETURN"),
    ("校车车身喷绘广告火热招商，学生天天看得见", "AD39-SCHOOL"),
    ("兴盛优选上的鸡蛋全是隔夜的，还是来我们店买", "AD13-DISPARAGE"),
]
THIRTEENTH_ROUND_CLEAN = [
    "开店三年了，我还记得第一位客人点的是豆浆油条",  # a person first in time
    "我们的第一位会员今天又来办了续卡",
    "净水器第一级为PP棉滤芯，第二级为活性炭，建议半年更换",  # a stage of a device
    "燕麦片，燕麦含量100%，每100g含膳食纤维10g",  # a labelled content
    "跑步机坡度0至12%可调，会员可提前一天预约",  # a spec and a notice, two clauses
    "动感单车最大阻力32档，会员免费使用",
    "历史上最早的一批顾客如今都成了老朋友",  # 最早: a time, not a claim
    "招聘店员：每月收入5000元以上，包吃住",  # a wage, not a return
    "处方药请凭医师处方购买，持处方到收银台由药师审核",  # the prescription rule stated
    "量血压可以在店里，需要诊断和治疗的请去医院",  # treatment sent to a hospital
    "开店一年，最大的收获是认识了很多邻居",  # a feeling, not a claim
    "今天店里最便宜的是土豆，1.2元一斤",  # the cheapest item of the shop's own range
]


#: The fourteenth round: from heldout16's misses and clean flags and the clean copy of tune17 and
#: tune18 the rules rejected, each shown on copy of our own.
FOURTEENTH_ROUND_REJECTS = [
    ("对面那家拿进口冻肉冒充当天现宰的，我们只卖当天的", "AD13-DISPARAGE"),
    ("隔壁的茶叶也就是地摊货，喝茶还是来我们茶庄", "AD13-DISPARAGE"),
    ("全城口感最好的酸奶就在我们店", "AD9-ABSOLUTE"),
    ("这碗牛肉面，就是面馆天花板", "AD9-ABSOLUTE"),
    ("降压茶坚持喝三个月就能停药", "AD18-HEALTH-CLAIM"),
    ("这款褪黑素软糖助眠效果百分百，天天吃也没有副作用", "AD18-HEALTH-CLAIM"),
    ("合伙人认购一份，三年本金翻一番", "AD25-RETURN"),
    ("我们的英语绘本馆已入驻育才小学，放学直接去上课", "AD39-SCHOOL"),
    ("我没喝过这家的杨梅汁，不过一定很好喝，大家冲", "AD38-NOT-USED"),
]
FOURTEENTH_ROUND_CLEAN = [
    "冷链车全程2-6℃，最长配送时间不超过4小时",  # a specification's limit
    "一位顾客留言：谢谢你们陪我度过最难熬的那段日子",  # a feeling, not the goods
    "按区市场监管局统一要求，店内已启用电子价签",  # a regulator's requirement, no price set by it
    "储值卡未消费的本金可以随时到店申请退还",  # a refund right, not a return
    "处方药请凭医生开具的处方购买，记得带上处方",  # the prescription rule stated
    "某人说我家的蛋糕像地摊货，欢迎来店里尝尝再评价",  # 某人 is not a rival
    "我们最开心的就是看到孩子们放学来喝一杯热豆浆",  # a feeling
    "吊顶天花板漏水，师傅上门维修",  # a ceiling
]

#: Sixteenth round (2026-12-01, from heldout18's misses): health food promised to work or to ward
#: off illness, a sexual word as a pun, an endorser's household that never hired the service, a
#: 划线价 above the price charged every day.
SIXTEENTH_ROUND_REJECTS = [
    ("这款钙片（保健食品）保证孩子长个，一个疗程见效", "AD18-HEALTH-CLAIM"),
    ("维生素C泡腾片，每天一片就不会感冒，全家都能吃", "AD18-HEALTH-CLAIM"),
    ("早泄？不存在的，早市鲜货六点准时到", "AD9-VULGAR"),
    ("知名主播小刘推荐搬家服务：我从没找过搬家公司，但我信得过他们", "AD38-NOT-USED"),
    ("每日售价29.9元，划线价99元，会员日再送鸡蛋", "PRICE-FRAUD"),
]
SIXTEENTH_ROUND_CLEAN = [
    "天天特价39元，每周二团购日另有满减",  # an everyday price with no higher one beside it
    "我家孩子从没上过舞蹈课，这次想带她来试听一节",  # never tried, and recommends nothing
    "每天一杯热豆浆，早上六点开门",  # a daily habit, no illness ruled out
]
#: Seventeenth round (2026-12-01, from heldout19's misses and false flags): a storewide discount
#: limited to a few items, a "last day" sale running since the opening, rivals' goods said full of
#: additives or stale, a pretty woman sent to single men, a state organ's praise (夸); reviewed: a
#: title granted by a state organ, other shops said unable to match, a comparison by kind of shop;
#: clean: 100%果汁, 最开始, a dish best when fresh; from tune21's clean copy, which the rules
#: flagged: a registered health food, a pharmacy's prescription notice, a refusal to sell alcohol
#: to minors, a risk warning (不保本), a device's first setting, a 原价 per unit with its dates.
SEVENTEENTH_ROUND_REJECTS = [
    ("全店七折！仅限指定2款蛋糕，其余原价", "PRICE-FRAUD"),
    ("倒计时最后一天！这场特卖从开业那天起持续至今", "PRICE-FALSE-URGENCY"),
    ("隔壁水果店添加剂一大堆，我们的鲜榨果汁零添加", "AD13-DISPARAGE"),
    ("说句实话，他们用的是过期奶油，吃了容易闹肚子", "AD13-DISPARAGE"),
    ("美女家政上门服务，单身男士优先安排", "AD9-VULGAR"),
    ("街道办主任都夸的放心早餐店", "AD9-STATE-ORGAN"),
]
SEVENTEENTH_ROUND_REVIEWS = [
    ("本店入选市级“诚信经营示范商户”名单", "AD9-STATE-HONOUR"),
    ("现做现卖，有些店做不到，我们每天都做到了", "AD13-COMPARE"),
    ("跟连锁超市的同款相比，我们每斤便宜两块", "AD13-COMPARE"),
]
SEVENTEENTH_ROUND_CLEAN = [
    "100%果汁，非浓缩还原，开封后冷藏保存",  # the juice's labelled category
    "我们最开始只是楼下的一个小摊",  # a time, not a rank
    "顾客说：“麻团刚出锅时最香。”我们现在现点现炸",  # when a dish is best, quoted
    "区市场监管局2024年公示的抽检结果：合格",  # an inspection stated as a fact
    "鱼油软胶囊，保健食品，国食健注G20190123，本品不能代替药物",  # a registered health food
    "药房提示：处方药须凭处方购买，执业药师审核后配药",  # a pharmacy's notice
    "精酿啤酒买一送一，理性饮酒，本店不向未成年人售酒",  # the refusal the law asks for
    "代销的理财产品不是存款，不保本，投资需谨慎",  # a risk warning
    "吹风机第一档为冷风，第二档为热风",  # a device's setting
    "原价19.9元/斤（11月1日至11月7日售价），今起12.9元/斤",  # a former price with its dates
]


#: Eighteenth round (2026-12-01, from heldout20's misses and false flags): health food said to
#: treat disease, a body-shaming pun, a ministry's tea, officers hiring the service, a 原价 forever
#: the discount or disowned, a storewide discount excluding a grocer's staples, media for pupils
#: carrying a health-food ad; reviewed: a quantified ingredient comparison, sales said to lead, a
#: rival's same item, "unlike some institutions"; clean: a delivery radius, juice pressed from the
#: fruit alone, the notice 第十八条 asks for.
EIGHTEENTH_ROUND_REJECTS = [
    ("鱼油软胶囊降血脂，三高人群的首选", "AD18-HEALTH-CLAIM"),
    ("胸不平怎么办？木瓜奶昔买一送一", "AD9-VULGAR"),
    ("这批普洱和某部委机关内部用茶同一批次", "AD9-STATE-ORGAN"),
    ("家电清洗，税务局的公务员也找我们", "AD9-STATE-ORGAN"),
    ("原价298元的理疗套餐永远只要98元", "PRICE-FRAUD"),
    ("原价268元的水果礼盒，现价79元，原价仅供参考", "PRICE-FRAUD"),
    ("全店一律6折！蔬菜、水果、粮油除外", "PRICE-FRAUD"),
    ("《少儿画报》推荐：儿童钙片保健食品，每天两片", "AD40-UNSUITABLE"),
]
EIGHTEENTH_ROUND_REVIEWS = [
    ("全麦吐司比传统面包少糖30%", "AD11-DATA"),
    ("本店营业额连续两年领先全区同类门店", "AD11-DATA"),
    ("与隔壁品牌的同款奶茶相比，我们的奶更足", "AD13-COMPARE"),
    ("我们不像有些培训班只讲题海战术", "AD13-COMPARE"),
]
EIGHTEENTH_ROUND_CLEAN = [
    "外卖配送范围为门店周边最远3公里",  # a delivery radius
    "鲜榨西瓜汁：100%西瓜现榨，不加水不加糖",  # pressed from the fruit alone
    "维生素片不能代替药物治疗疾病，请遵医嘱",  # the notice 第十八条 asks for
]


#: Nineteenth round (2026-12-01, from heldout21's misses and false flags): a 原价 for a shop just
#: opening, a "last day" sale run for months, a "last time" price back every night, a disease
#: said to be prevented, a rival set apart by what one does not sell, a score rise promised in
#: a set time, children dared to a somersault; reviewed: a platform's list rank in figures,
#: 老字号, "unlike takeaway meal kits", a price against a market average; clean: one's own best
#: dish, the notice 保健食品不是药物.
NINETEENTH_ROUND_REJECTS = [
    ("盛大开业！原价680元的美发年卡，新店特惠仅需99元", "PRICE-INFLATED-REFERENCE"),
    ("盛大开业！原价180元的美发年卡，新店特惠仅需99元", "PRICE-NO-PRIOR-PRICE"),
    ("清仓最后一天！这场活动已经连续做了两个月", "PRICE-FALSE-URGENCY"),
    ("今晚最后一次秒杀，仅此一次！每晚9点准时开抢", "PRICE-FALSE-URGENCY"),
    ("姜枣茶增强免疫力，预防流感", "AD17-DISEASE"),
    ("和对面那家超市不一样，我们的肉不是注水的", "AD13-DISPARAGE"),
    ("寒假英语班，20天成绩提高三个档次", "AD24-EDUCATION"),
    ("小朋友们来挑战在床上后空翻，拍视频赢奖品", "AD40-MINORS"),
]
NINETEENTH_ROUND_REVIEWS = [
    ("美团外卖甜品热销榜第1名", "AD11-DATA"),
    ("三十年老字号，传统手工馄饨", "AD11-AUTHORITY-CLAIM"),
    ("不像外卖料理包，我们的菜都是现炒的", "AD13-COMPARE"),
    ("团购价低于周边超市均价，每周公布比价单", "PRICE-REFERENCE"),
]
NINETEENTH_ROUND_CLEAN = [
    "我是店里的面点师傅，自己最拿手的是葱油花卷",  # one's own craft
    "药房提示：保健食品不是药物，请按标签食用",  # the notice the law asks for
    "板蓝根不能预防流感，请按医嘱用药",  # a denial, no claim
]


#: Twentieth round (2026-12-01, from heldout22's misses and false flags): a reference price ten
#: times the price asked, a "today only" price every day of the week, a 原价 the staff quote on
#: the day, refusing people from elsewhere, a night invitation and a figure as puns; reviewed: the
#: earliest shop of a street, cheaper than a platform's listing; clean: a child's favourite
#: class reported by a parent. Then from the rules-alone misses of heldout19 to heldout22 (most of
#: which the reader caught): 保证 a result of training or a return, a child sent to a parent to
#: sign up or dared to jump, an exercise book or a school break used for the ad, a rival's staff
#: called unqualified; and from the clean copy the rules flagged in bench/data: health-food
#: shelves, an approved function, the 7-day basis, a sale's end, a prepaid card's refund.
TWENTIETH_ROUND_REJECTS = [
    ("进口燕窝礼盒专柜价698元，团购价仅需68元", "PRICE-INFLATED-REFERENCE"),
    ("本周每天都是今日特价，欢迎天天来", "PRICE-FRAUD"),
    ("全场五折，原价以店员当天报价为准", "PRICE-FRAUD"),
    ("谢绝外地人办卡", "AD9-DISCRIMINATION"),
    ("本店只接待本地有素质的顾客", "AD9-DISCRIMINATION"),
    ("小哥哥，今晚要不要来我家尝尝我的手作饺子", "AD9-VULGAR"),
    ("够大够挺，超大杯柠檬茶", "AD9-VULGAR"),
    # From the rules-alone misses of heldout19 to heldout22 (which the reader mostly caught).
    ("少儿书法班，学满一年保证拿市级比赛奖项", "AD24-EDUCATION"),
    ("会计证培训，保证考试通过", "AD24-EDUCATION"),
    ("加盟奶茶店，毛利率保证50%以上", "AD25-RETURN"),
    ("认购门店股份每份1万元，年底保证返12000元", "AD25-RETURN"),
    ("小朋友们，快让爸妈给你报我们的轮滑课", "AD40-MINORS"),
    ("勇敢的孩子敢从假山顶上直接跳下来", "AD40-MINORS"),
    ("这本练习册由小天才培训中心赠送", "AD39-SCHOOL"),
    ("课间操时间我们在操场边派发美术班体验券", "AD39-SCHOOL"),
    ("街口那家补习班的老师全是大学生兼职", "AD13-DISPARAGE"),
    ("隔壁那家健身房办完卡就跑路了", "AD13-DISPARAGE"),
]
TWENTIETH_ROUND_REVIEWS = [
    ("我们是这条街开业最早的一家烘焙店", "AD9-EXCLUSIVE"),
    ("在小程序下单比美团上便宜3元", "PRICE-REFERENCE"),
    # A benchmark rate with its notice is not a promised return, but a rate is still reviewed.
    ("某理财产品业绩比较基准年化2.8%，业绩比较基准不代表实际收益", "AD25-RISK"),
    # A 30-day highest price is not the rules' basis (the lowest of seven days).
    ("划线价（近30日最高成交价）45.9元，今日团购价32.9元", "PRICE-REFERENCE"),
]
TWENTIETH_ROUND_CLEAN = [
    "宝妈在群里留言：孩子说最喜欢周三的绘本课",  # a child's taste, reported
    "我们是2015年开业的，最早在菜市场里摆摊",  # the shop's own story
    "最早开门的是东门自提点，七点就有人",  # opening hours
    "外地顾客可以免费寄存行李",  # a service, not a refusal
    "不收外地人手续费",  # a fee waived, not people refused
    "今晚来我家楼下的自提点取货",  # a pick-up point
    # Clean copy of bench/data the rules flagged, in other words.
    "药房的保健食品专柜已搬到收银台右侧",  # the category's shelf
    "选购保健食品请认准包装上的蓝帽子标志",  # how to check one
    "枸杞菊花养生茶，配料：枸杞、菊花、冰糖，每包8克",  # a name and its ingredients
    "深海鱼油（保健食品），注册号国食健注G20150123，保健功能：辅助降血脂",  # the approved function
    "本店推拿师均持有保健按摩师证书",  # an occupation's name
    "划线价58元为本店活动前7日内最低成交价，今日团购45元",  # the basis the rules ask for
    "西瓜特价1.98元/斤，6月9日起恢复日常价2.58元",  # a sale's end and the usual price
    "储值卡余额可随时查询，未消费的本金可以申请退还",  # a prepaid card's refund
    "宠物店满199减30，处方粮除外",  # prescription pet food excluded
    "社区医院通知：正在接受康复治疗的老人请改约下周",  # a clinic's notice
    "谢谢你陪我们走过开店后的第一个冬天",  # a time
    "瑜伽体验课首次免费，不需要办卡",  # free with no condition
    "一位顾客说这是她最喜欢的面包店",  # a customer's taste, reported
    "我们的保洁阿姨都是持证上岗",  # one's own staff
]


#: Twenty-first round (2026-12-01, from heldout23's misses and false flags): a headline 一折起 the
#: small print's deepest discount does not reach, a "first 10 only" offer every customer gets,
#: 史上最低价, a chest shamed, 够大够硬, lonely wives as the audience, an ad handed out with the
#: homework, a health food likened to a sleeping pill; reviewed: unlike ordinary shops of a kind,
#: a service count "over" a figure; clean: a child's most awaited class, a dated own count, a
#: discount "from" a figure the small print keeps.
TWENTY_FIRST_ROUND_REJECTS = [
    ("店庆全场一折起，参加活动的商品最低七折", "PRICE-FALSE-FROM"),
    ("仅限前20名！本周每位到店顾客都能享受特价", "PRICE-FRAUD"),
    ("双十一史上最低价，错过再等一年", "PRICE-FRAUD"),
    ("胸不大怎么行？木瓜奶昔买一送一", "AD9-VULGAR"),
    ("够大够硬的烤肠今晚来尝", "AD9-VULGAR"),
    ("寂寞少妇下午茶套餐", "AD9-VULGAR"),
    ("随作业本一起发给家长：寒假美术班报名中", "AD39-SCHOOL"),
    ("这款褪黑素比安眠药管用", "AD17-DISEASE"),
]
TWENTY_FIRST_ROUND_REVIEWS = [
    ("和一般奶茶店不一样，我们的茶底每两小时现泡", "AD13-COMPARE"),
    ("已累计服务小区业主超过5000户", "AD11-DATA"),
]
TWENTY_FIRST_ROUND_CLEAN = [
    "孩子们周末最期待的就是来上烘焙课",  # children's taste
    "截至6月底本自提点共服务住户312户",  # a dated count of one's own
    "店庆全场五折起，参加活动的商品最低五折",  # the headline the small print keeps
]


#: The twenty-second round (heldout24's misses, read after its one measurement). Rejected: a
#: named rival said to short-weigh, free goods whose fee is the price, a headline price charged
#: again at the door, a star recommending goods not yet on sale, a retailer below the wholesale
#: market, first place on an unnamed list written with a digit; reviewed: unlike ordinary or
#: chain shops, a price against last month's, a figure with its source, a founding year, a
#: government programme's outlet, a platform's list with its period; clean: a health food named
#: with its notice, a promise never to short-weigh, a recent founding year. The same round, from
#: tune23's misses (training data): the lowest price said by rivals who cannot beat it, a
#: storewide headline narrowed, an extra paid at the counter, an urgency against a long period,
#: sex promised by the food, people turned away by looks or age, a disease that "never came
#: back", a place or a result guaranteed by contract (保录, 押中原题, 免费重读直到拿证), a floor
#: under a franchisee's income, 独一份 and a price band's 天花板, an official's visit or a resident
#: committee's recommendation, money back unless it works, a drug to be stopped "slowly", a
#: disease sent away, a child's growth guaranteed; reviewed: 比谁都 and a count that ranks the
#: shop (好评最多), a vote's first place.
TWENTY_SECOND_ROUND_REJECTS = [
    ("隔壁王记超市缺斤少两是出了名的，来我们这称足", "AD13-DISPARAGE"),
    ("免费送大米！只需支付19.9元快递费", "PRICE-FREE-THEN-PAY"),
    ("19.9元上门清洗空调，师傅上门后按机型另外收费", "PRICE-HIDDEN-CHARGE"),
    ("面包还没开售，美食博主小满就已经力荐", "AD38-NOT-USED"),
    ("全店商品比批发市场还便宜", "PRICE-FRAUD"),
    ("小区奶茶人气榜第1名就是我们", "AD9-ABSOLUTE"),
    ("同样的鸡蛋，整个城区你找不出比我们更便宜的", "PRICE-FRAUD"),
    ("全场五折！五折商品仅限门口特价区3款", "PRICE-HIDDEN-CHARGE"),
    ("19.9元洗剪吹，下单即可到店使用。到店后需另付护理费30元", "PRICE-HIDDEN-CHARGE"),
    ("限时48小时！蛋糕券5折抢购。活动时间：3月1日至5月31日", "PRICE-FALSE-URGENCY"),
    ("撸串撸到你腿软，今晚啤酒畅饮", "AD9-VULGAR"),
    ("生蚝到了，男人吃了老婆乐", "AD9-VULGAR"),
    ("长得丑的除外，女士免单", "AD9-DISCRIMINATION"),
    ("五十岁以上的阿姨就别报名了", "AD9-DISCRIMINATION"),
    ("高温除螨一次，孩子的鼻炎再也没犯", "AD17-DISEASE"),
    ("感冒了吃两个猕猴桃，比吃药好得还快", "AD17-DISEASE"),
    ("小升初名校保录，签约即锁定学位", "AD24-EDUCATION"),
    ("中考英语冲刺班，去年押中5道原题", "AD24-EDUCATION"),
    ("会计证考前班，一次考不过就免费重读，直到拿证为止", "AD24-EDUCATION"),
    ("加入我们当团长，月佣金保底4000元", "AD25-RETURN"),
    ("烘焙店加盟：单店年利润20万起", "AD25-RETURN"),
    ("我们家的烧饼，全国独一份", "AD9-ABSOLUTE"),
    ("这杯生椰拿铁就是这个价位的天花板", "AD9-ABSOLUTE"),
    ("上个月市长到店里走访，还夸了我们的包子", "AD9-STATE-ORGAN"),
    ("社区居委会推荐的维修师傅，上门费30元", "AD9-STATE-ORGAN"),
    ("胶原蛋白饮七天美白，不见效全额退款", "AD24-EFFECT"),
    ("喝了三个月，医院开的降糖药可以慢慢停", "AD17-DISEASE"),
    ("每天一杯，中风离你远远的", "AD17-DISEASE"),
    ("这款奶粉吃了保证孩子长高", "AD18-HEALTH-CLAIM"),
    ("比进口安眠药还管用的酸枣仁茶", "AD17-DISEASE"),
]
TWENTY_SECOND_ROUND_REVIEWS = [
    ("相比普通菜市场的散装鸡蛋，我们每枚都有溯源码", "AD13-COMPARE"),
    ("跟连锁品牌咖啡不一样，我们的豆子每周现烘", "AD13-COMPARE"),
    ("菜价比上个月便宜了不少，西红柿3元一斤", "PRICE-REFERENCE"),
    ("会员续卡率86%，数据来自门店系统", "AD11-DATA"),
    ("始创于1936年，三代人做同一碗馄饨", "AD11-DATA"),
    ("我们是街道办“长者助餐”合作网点", "AD9-STATE-HONOUR"),
    ("美团2024年6月本区火锅热门榜第1名，谢谢大家", "AD9-ABSOLUTE"),
    ("我们家的韭菜卖得比谁都多", "AD9-SUPERLATIVE"),
    ("本街好评最多的洗衣店", "AD9-SUPERLATIVE"),
    ("2023年社区美食节现场投票，邻居们评出的好吃榜第一名是我们的煎饼", "AD9-ABSOLUTE"),
]
TWENTY_SECOND_ROUND_CLEAN = [
    # the category named with the notice the law asks for
    "店里新上了两款维生素保健食品，保健食品不是药物，不能代替药物治疗疾病，选购前请咨询药师",
    "我们从不短斤少两，每台秤都经过计量检定",  # a promise, no rival
    "创立于2019年的社区烘焙店，每天早上七点开门",  # a recent founding year
    # a benchmark rate with its notice and the risk notice 第二十五条 asks for
    "某理财产品业绩比较基准年化2.8%至3.2%，不代表实际收益；理财非存款，产品有风险，投资须谨慎",
    "美式原价18元，2024年全年按此价销售，会员日16元",  # the 原价 was charged all year
    "晚上买处方药也要提供处方，急症请拨120",  # a pharmacy's notice
    "这款面包最多保存三天",  # 最多 of a time, not of a rank
    "团长招募：按成交额5%结算佣金，无保底",  # no floor promised
    "客厅天花板除尘，上门服务每次80元",  # a room's ceiling
]


#: The twenty-third round (heldout25's misses, read after its one measurement, and the rules'
#: misses on it; the reader was not retrained). Rejected: free goods with a fee added at the order,
#: size and stamina, goods for a medium's young readers, a knee that stops hurting, officials'
#: research visit, children dared to climb, 不硬不归, women as the measure of the easy, goods that
#: double in value; reviewed: a count of households served, unlike ready meals, unlike some
#: beauty salons; clean: a big portion.
TWENTY_THIRD_ROUND_REJECTS = [
    ("0元领大米一袋，下单时另付19.9元包装运费", "PRICE-FREE-THEN-PAY"),
    ("想要吗？够粗够持久，烤肠第二根半价", "AD9-VULGAR"),
    ("小读者们看过来：儿童保健食品每天两粒", "AD40-UNSUITABLE"),
    ("《童乐画报》读者专享：凭本期到店，爸爸的啤酒第一杯免费", "AD40-UNSUITABLE"),
    ("膝盖疼吃一盒就不疼了", "AD17-DISEASE"),
    ("去年市里领导来调研，还买了我们的月饼", "AD9-STATE-ORGAN"),
    ("挑战爬上门口的假山拍照，小朋友敢爬就送棒棒糖", "AD40-MINORS"),
    ("今晚不硬不归，烧烤啤酒管够", "AD9-VULGAR"),
    ("连你老婆都会用的电动螺丝刀", "AD9-DISCRIMINATION"),
    ("普洱茶现在囤货五年翻倍", "AD25-RETURN"),
]
TWENTY_THIRD_ROUND_REVIEWS = [
    ("已为超过3000户家庭提供上门维修服务", "AD11-DATA"),
    ("和外卖平台的预制菜不一样，我们每道菜现炒", "AD13-COMPARE"),
    ("不像有些美容院办完卡就找不到人，我们七天无理由退卡", "AD13-COMPARE"),
]
TWENTY_THIRD_ROUND_CLEAN = [
    "份量够大够足，一份两人吃",  # size of a portion, no stamina
    "充电宝电池够大够持久",  # a battery's stamina
    # the review pass over rounds 22 and 23: common wording the new patterns must leave alone
    "每位顾客最多限购2份",  # a limit, not a ranking count (好评最多的…)
    "老顾客最近都在问新品",  # a time word after a customer
    "清洗费80元，上门后如需更换配件另行收费",  # a charge for parts, stated up front
    "请假没来的孩子可以免费再上一节",  # a make-up class, no result promised
    "公务员备考推荐书单",  # the civil-service exam, not an official
]


#: The twenty-fourth round (heldout26's misses, read after its one measurement, and the rules'
#: misses on tune24). Rejected: a deity's blessing with the food, an official vetting a course,
#: a children's channel selling fruit wine, a rival pointed at by where it stands with a defect of
#: its goods, a health food's disease claim, people excluded by looks, housework as a woman's lot,
#: an official as a regular, a department's designation, an official at the opening, a place
#: searched in vain for an equal or a lower price; reviewed: a title a regulator gave, named after
#: it, 国货之光, a tea's grade with no standard, a share of returning customers, a first-person
#: comparison with a named chain, a platform's list at any rank, a platform's saves, a named
#: report, a measurement, comparisons with a kind of the trade or the same price band; clean: a
#: first-person comparison of two drinks, a grade with its standard, a health food's label fields,
#: a pharmacy's advice, a prayer, a rival that moved away, and the near misses below.
TWENTY_FOURTH_ROUND_REJECTS = [
    ("考试前来一碗状元粥，文曲星保佑", "AD9-SUPERSTITION"),
    ("暑假作文班的讲义由区教育局领导亲自审定", "AD9-STATE-ORGAN"),
    ("少儿英语公众号粉丝福利：果酒第二瓶半价", "AD40-UNSUITABLE"),
    ("小区门口那家健身房的教练不专业，来我们这儿练", "AD13-DISPARAGE"),
    ("同一条街的李记馄饨用的是冷冻肉，我们每天现包", "AD13-DISPARAGE"),
    ("深海鱼油（保健食品）每天两粒，老人家再也不怕心梗", "AD18-HEALTH-CLAIM"),
    ("啤酒第二杯半价，未成年人快来", "AD40-UNSUITABLE"),  # minors invited, not refused
    ("长得丑的不算，今晚女士免单", "AD9-DISCRIMINATION"),
    ("洗衣做饭本来就是女人的事，交给我们吧", "AD9-DISCRIMINATION"),
    ("所长家里常年在我们这儿买米", "AD9-STATE-ORGAN"),
    ("防疫部门指定消毒液到货", "AD9-STATE-ORGAN"),
    ("区长亲临开业现场剪彩", "AD9-STATE-ORGAN"),
    ("方圆五里没人比得上我们的手艺", "AD9-ABSOLUTE"),
    ("整座城就我们敢卖这个价", "PRICE-FRAUD"),
    ("调查显示，小区八成家庭都在我们这儿买菜", "AD11-UNSOURCED"),  # no source at all
    ("据统计，会员平均每月减重5公斤", "AD11-UNSOURCED"),
    ("新年新计划！数据显示，坚持训练三个月的会员体脂率下降6.8%", "AD11-UNSOURCED"),  # mid-copy
    ("税务局食堂一直在用的就是这款大米", "AD9-STATE-ORGAN"),  # officers as customers by habit
    ("辖区民警自己家装的就是这款门锁", "AD9-STATE-ORGAN"),
    ("月子餐配方由卫健委专家团队参与研发", "AD9-STATE-ORGAN"),
    ("每周菜谱都经区卫健委审定", "AD9-STATE-ORGAN"),
    ("空调清洗一口价68元/台，拆装费、高空作业费另计", "PRICE-HIDDEN-CHARGE"),
    ("羽绒服干洗9.9元/件！9.9元为起步价，按衣长另行加价", "PRICE-HIDDEN-CHARGE"),
    ("新店开张免费剪发！只需购买98元护理套餐即可享受", "PRICE-BAIT-THRESHOLD"),
    ("洗澡原价168元，会员价39元，进店即可免费成为会员", "PRICE-HIDDEN-CHARGE"),
    ("【每日仅限今天】散养鸡蛋4.98元一斤", "PRICE-FALSE-URGENCY"),
    ("周年庆全场八折！拿铁折后18元。店内价目表：拿铁18元", "PRICE-FALSE-REDUCTION"),
    ("每天两个猕猴桃，便秘痔疮全都跑", "AD17-DISEASE"),
    ("腰椎间盘突出的会员练两个月，不用手术也能养回来", "AD17-DISEASE"),
    ("跑医院打吊瓶，不如来我们店里做一次艾灸", "AD17-DISEASE"),
    ("做完一次除螨，症状明显减轻", "AD17-DISEASE"),
    ("每晚一小杯药酒，腰不酸了腿不疼了", "AD17-DISEASE"),
    ("高考物理提不到80分全额退费", "AD24-EDUCATION"),
    ("三十节课从60分拉到110分", "AD24-EDUCATION"),
    ("上完衔接课，没有哪个孩子的成绩是不涨的", "AD24-EDUCATION"),
    ("请来了省考试院刚退休的老师坐镇", "AD24-EDUCATION"),
    ("做团长零门槛，每月稳稳到手8000+", "AD25-RETURN"),
    ("每天发三条朋友圈，下个月工资就翻倍", "AD25-RETURN"),
    ("周五女士之夜，泡吧泡妞两不误", "AD9-VULGAR"),
    ("够硬、够久、够味——男人的第一杯黑咖啡", "AD9-VULGAR"),
    ("招保姆就找我们，又勤快又听话，男主人都满意", "AD9-VULGAR"),
    ("门口摆了风水鱼缸，来买菜沾沾财气", "AD9-SUPERSTITION"),
    ("我们炸鸡店的广告已经喷上校车啦", "AD39-SCHOOL"),
    ("披上超人披风，从沙发上跳下来试试吧", "AD40-MINORS"),
    ("放学先来电玩城玩两小时，爸妈不知道就行", "AD40-MINORS"),
    ("小朋友敢不敢挑战一口气吃完魔鬼辣条", "AD40-MINORS"),
    ("三甲医院骨科主任亲自挑的医用护腰", "AD16-ENDORSE"),
    ("儿科王大夫天天让家长来我们药房买退热贴", "AD16-ENDORSE"),
    ("宠物博主还没来得及试，但一看包装就力荐", "AD38-NOT-USED"),
    ("这家火锅我还没去过，不过大家闭眼冲", "AD38-NOT-USED"),
    ("今年的形象大使是幼儿园大班的豆豆（6岁）", "AD38-CHILD-ENDORSER"),
    ("家政行业里标杆中的标杆，服务品质挑不出一丝毛病", "AD9-ABSOLUTE"),
]
TWENTY_FOURTH_ROUND_REVIEWS = [
    ("荣获“诚信经营示范店”称号，由市商务局授牌", "AD9-STATE-HONOUR"),
    ("国货之光，一杯好茶从这里开始", "AD9-SUPERLATIVE"),
    ("特级龙井新茶到店", "AD9-SUPERLATIVE"),
    ("老顾客占七成以上，感谢街坊", "AD11-DATA"),
    ("我个人觉得这杯比星巴克的更好喝", "AD13-COMPARE"),  # a first person, a named chain
    ("大众点评烘焙热门榜第3名", "AD11-DATA"),
    ("小红书上2万人收藏的面包店", "AD11-DATA"),
    ("据《社区商业年鉴》，本店客流位居前列", "AD11-DATA"),
    ("经第三方机构测算，每份热量约400千卡", "AD11-DATA"),
    ("比起连锁快剪，我们每位剪足40分钟", "AD13-COMPARE"),
    ("和传统托管班不一样，作业当面批改", "AD13-COMPARE"),
    ("同价位里，我们的用料更足", "AD13-COMPARE"),
    ("据统计局数据，本市常住人口增长", "AD11-DATA"),  # a named source: not unsourced
    ("满意度调查显示96.3%的老人满意，调查样本512人，由街道社工站组织回访", "AD11-DATA"),
    ("瑜伽老师小雅推荐：这款燕麦拿铁清爽不腻", "AD38-CELEBRITY"),  # a named figure recommends
    ("电台主持人小林倾情推荐的青团", "AD38-CELEBRITY"),
]
TWENTY_FOURTH_ROUND_CLEAN = [
    "我觉得冰美式比拿铁更解渴，你们呢？",  # two drinks, no seller
    "特级初榨橄榄油，执行标准GB/T 23347，质量等级特级",  # the grade with its standard
    "鱼油软胶囊（保健食品），国食健注G20190123，保健功能：辅助降血脂，适宜人群：血脂偏高者",
    "保健食品专柜新到钙片，血压高的老人请先问医生",  # a shelf and advice
    "菩萨保佑我外婆平平安安",  # a prayer, no goods
    "对面那家店搬走了，我们还在老地方",  # a rival named, no defect
    "养生茶新品：菊花枸杞茶，原料是杭白菊、宁夏枸杞",  # the name, then its ingredients
    "精酿第二杯半价，未成年人恕不售酒",  # the refusal after the minors it names
    "这批橙子个头比上周的大一些",  # 一些 is no figure
    "根据体测报告帮你安排训练计划",  # a report used, not cited for a claim
    "我们是品牌官方指定的售后服务站",  # a brand's 官方, not a state organ
    "和其他顾客一样排队取号",  # others compared are not a trade
    "隔壁的小朋友手脚冰凉？冬天多穿点",  # a neighbour, no rival's defect
    "派出所就在我们店对面，民警也常来巡逻",  # officers at work, not customers
    "交警天天在路口执勤，辛苦了",
    "空调清洗一口价68元/台，含拆装和消毒，不另收费",  # one price, nothing added
    "会员价39元，办卡需充值500元",  # membership not free: the reference is real
    "全程无额外费用，配送费0元",  # the fee named is nil
    "健身教练会根据体测推荐训练计划",  # the gym's own coach at work
    "班主任推荐的课外书到货了",  # a teacher with no trade or renown named
    "跑医院不如早点预约体检",  # no goods set above the treatment
    "腿不疼了吗？明天照常上课",  # a question
    "每月保底10节课，不够补课",  # a count of classes, not money
    "从0分到满分的学习路径",  # no score promised
    "这面包够硬够脆，法棍就该这样",  # hardness of a crust, no stamina
    "发牢骚不如来喝杯奶茶",  # 牢骚
    "把妹妹送到店里学画画",  # 把 + 妹妹
    "每周一下午来货最全，冻品干货都补齐",  # the shop's own week
    "鱼油软胶囊属于保健食品，包装上有批准文号，本品不能代替药物",  # the category, the notice
    "本店蛋白粉为固体饮料，属于普通食品，不是保健食品",  # denied
    "养生足道：中式足疗60分钟98元",  # a trade's name
    "我们的店名和校车颜色一样，都是黄色",  # no ad placed
    "放学后来店里写作业，家长6点来接",  # parents told
    "王医生让我们转告：流感季请戴口罩",  # a doctor's advice, no shop
    "主任挑的日子开业",  # a day chosen, no goods
    "挑不出毛病就给个好评吧",  # a request, no claim
    "一口价99元，不另收任何费用，运费10元由店铺承担",  # the shop pays the fee
    "消防民警来我们店检查消防设施，全部合格",  # an inspection stated as a fact
]

#: The twenty-fifth round (heldout27's misses, read after its measurement): rejected: a former
#: price on a shop's first days, a once-only price that comes back every evening, an unsafe act
#: or a plea to parents put in children's mouths, an ad on an exercise book or a kindergarten's
#: notice board, a source withheld as 某大学 or unnamed experts, goods sold as a sure investment,
#: period pain treated by a drink, innuendo and body-shaming, a rival's goods called doctored or a
#: named chain called shoddy; reviewed: 顶配, a whole city's last batch, a rank with its source in
#: brackets after it, a sub-district's title; clean: the near misses below.
TWENTY_FIFTH_ROUND_REJECTS = [
    ("开业当天，原价199元的烫染套餐只要59元", "PRICE-NO-PRIOR-PRICE"),
    ("新店开业期间，原价58元一升的扎啤只要19元", "PRICE-NO-PRIOR-PRICE"),
    ("每晚8点准时开抢的仅此一次清仓价，今天又来啦", "PRICE-FALSE-URGENCY"),
    ("小朋友放学不用等家长，自己过马路来我们店", "AD40-MINORS"),
    ("宝贝们回家告诉妈妈：同桌都在学编程了，我也要！", "AD40-MINORS"),
    ("练习册封底广告：放学来我们炸鸡店", "AD39-SCHOOL"),
    ("园内公告栏每周张贴我们的美术课优惠", "AD39-SCHOOL"),
    ("英国某大学研究证明：每天一杯燕麦奶，精力提升", "AD11-UNSOURCED"),
    ("我们的馒头营养翻倍，经多位专家确认", "AD11-UNSOURCED"),
    ("买白茶就是买理财，每年稳涨20%", "AD25-RETURN"),
    ("红枣姜茶暖宫调经，女生必备", "AD17-DISEASE"),
    ("这杯精酿骚到你腿软", "AD9-VULGAR"),
    ("小酒馆今晚美女陪喝", "AD9-VULGAR"),
    ("对面超市别去了，他们的肉全都是注水肉", "AD13-DISPARAGE"),
    ("星巴克那种流水线咖啡就别喝了", "AD13-DISPARAGE"),
    # from tune25 (training copy read for what the rules alone miss)
    ("这个价你翻遍某宝都找不到，找到了算我输", "PRICE-FRAUD"),
    ("划线价只是参考价，不代表以前真卖过这个价", "PRICE-FRAUD"),
    ("0元领体内驱虫一次，需办理399元年卡后领取", "PRICE-BAIT-THRESHOLD"),
    ("群里标价每斤12.8，下单统一按每斤15.8结算", "PRICE-ABOVE-MARKED"),
    ("茶位费结账时统一收，具体多少问服务员", "PRICE-UNMARKED"),
    ("全场低于进价卖，就是要把隔壁那家挤走", "PRICE-DUMPING"),
    ("每个新生书包里都会夹一张我们托管班的体验券", "AD39-SCHOOL"),
    ("外教老师会进实验幼儿园每个班发试听卡", "AD39-SCHOOL"),
    ("《小学生作文周报》本期夹页：纯粮老酒买两箱送自行车", "AD40-UNSUITABLE"),
    ("不报口才班的小朋友，以后上台讲话会被全班笑话哦", "AD40-MINORS"),
    ("娃们自己开煤气煎蛋，大人都不用在旁边", "AD40-MINORS"),
    ("爱吃不吃，不吃滚", "AD9-VULGAR"),
    ("主讲老师参加过咱们市的中考命题", "AD24-EDUCATION"),
    ("不过线退全款，今年继续签约", "AD24-EDUCATION"),
    ("拿三年少说涨五倍，买到就是赚到", "AD25-RETURN"),
    ("楼上血压高的邻居喝了半个月，药都停了", "AD17-DISEASE"),
    ("葛根解酒片（保健食品）：喝多少都不上头", "AD18-HEALTH-CLAIM"),
    ("刘医生说他家孩子每次发烧喝两包就退", "AD16-ENDORSE"),
    ("别家补习班就是哄孩子玩", "AD13-DISPARAGE"),
    ("那些9.9的团购面包，你敢吃吗", "AD13-DISPARAGE"),
    ("放眼整个城区没有对手", "AD9-ABSOLUTE"),
    ("据专家统计，坚持打卡3个月体脂平均降8个点", "AD11-UNSOURCED"),
    ("某局领导家里一直喝的这款牛奶", "AD9-STATE-ORGAN"),
]
TWENTY_FIFTH_ROUND_REVIEWS = [
    ("顶配款跑步机已到店，会员免费使用", "AD9-SUPERLATIVE"),
    ("全城最后一批阳光玫瑰今晚到店", "AD9-SUPERLATIVE"),
    ("本季度商圈门店销量第一（数据来源：美团外卖2024年第三季度商圈榜单）", "AD9-ABSOLUTE"),
    ("荣获本街道2024年度“放心消费承诺单位”称号", "AD9-STATE-HONOUR"),
    ("同款谁家比我们便宜，差价双倍退", "PRICE-REFERENCE"),
    ("往年卖88元的月饼礼盒，今年只要38", "PRICE-REFERENCE"),
    ("整个城北只有我们一家宠物店有执业兽医", "AD9-EXCLUSIVE"),
    ("上过央视的社区团购模式", "AD11-AUTHORITY-CLAIM"),
    ("金牌教练带练，今年40多位学员瘦了", "AD11-AUTHORITY-CLAIM"),
    ("这个月会员复购率做到了70%", "AD11-DATA"),
    ("《中国居民膳食指南》说每天要喝够300克奶", "AD11-DATA"),
    ("某知名主持人也是我们的会员", "AD38-CELEBRITY"),
    ("特A级五常大米，10斤装接龙", "AD9-SUPERLATIVE"),
]
TWENTY_FIFTH_ROUND_CLEAN = [
    "孩子不要自己过马路，等家长来接再走",  # safety advice
    "回家告诉妈妈今天学了什么吧",  # no plea to buy
    "练习册到货了，三年级数学和语文都有",  # goods, no ad on them
    "本店承接广告喷绘，价格实惠",  # the trade, no school
    "某知名品牌的咖啡豆今天到店",  # no study cited
    "多位专家到店指导烘焙技术",  # no claim confirmed
    "普洱茶越陈越香，欢迎品鉴",  # no return promised
    "痛经的时候喝一杯温水能缓解一些，严重的请就医",  # advice, no goods
    "美女店长陪你聊聊咖啡",  # no company sold
    "隔壁超市的菜都很新鲜，我们家的也不差",  # a rival praised
    "瑞幸那种连锁咖啡我也常喝",  # a chain named, no defect
    "全城最后一班公交是晚上十点",  # a fact of the city, no goods
    "最后一批月饼今天下午到店",  # the shop's own stock
    "开业当天全场饮品8折",  # a discount with no former price
    "顶楼的健身区周末开放",  # 顶楼
    "周四上午到第一车，想要的先在群里接龙",  # the first truckload
    "个人最爱秋天的栗子",  # a taste
    "开这家小店，是我这些年做得最踏实的一件事",  # a life
    "我觉得健身这件事，坚持比练得多狠更重要",  # what matters, no goods
    "我不是医生，也不懂养生",  # 养生 denied
    "我们会继续盯着进货价",  # the shop's own cost, no price
    "首次到店可以先免费试一节体验课，再决定要不要办卡",  # no card required
    "周六有免费体态评估，不需要办卡",  # no card required
    "羽绒服标价39元，两件68元，单件仍按39元收取",  # the same price, no settlement
    "店里有两位资深美容师带教",  # seniority in a job ad
    "这周我停药了，医生说可以",  # a person's own treatment, no goods
    "按照使用指南建议每次3粒",  # a usage guide, no source cited
]


#: The twenty-sixth round (heldout28's misses of the rules alone, read after its measurement):
#: rejected: a price said to follow the price bureau, a market-wide rise announced to make people
#: hoard, a grower's 原价, dividends every month or a multiple of a bank's interest, a score
#: guaranteed or students' admissions as the record, an unnamed authority's test, a patient's
#: thanks or a customer's word that a medicine worked, a child's jump from a height, coupons at
#: the school gate, innuendo, cheaper rivals' goods said to be made of bad stuff, a cure rate and
#: grey hair or hair loss treated by food; reviewed: a figure against ordinary goods, a champion's
#: model, a grade for eggs, a state organ's rating; clean: the near misses below.
TWENTY_SIXTH_ROUND_REJECTS = [
    ("本店开锁换锁按物价局标准收费", "PRICE-UNMARKED"),
    ("下周起米面油全面涨价，趁现在赶紧囤", "PRICE-RISE-RUMOUR"),
    ("产地原价每斤20元的芒果，今天团购6.8元", "PRICE-FRAUD"),
    ("社区烘焙店众筹开分店，月月分红", "AD25-RETURN"),
    ("入股我们的奶茶店，收益是存银行的3倍", "AD25-RETURN"),
    ("报名暑假班，保证开学考试门门满分", "AD24-EDUCATION"),
    ("已帮助200名孩子考上重点中学", "AD24-EDUCATION"),
    ("经权威机构检测，我们的豆浆蛋白质含量翻倍", "AD11-UNSOURCED"),
    ("“这贴膏药治好了我的老寒腿”——患者李阿姨", "AD16-ENDORSE"),
    ("吃这款降糖药的王大爷说，吃了一个月血糖稳了", "AD16-ENDORSE"),
    ("小朋友可以从两米高台直接跳下来，特别刺激", "AD40-MINORS"),
    ("请家长转告孩子们，周五到店领取体验课券", "AD39-SCHOOL"),
    ("放学后到校门口领取免费试听券", "AD39-SCHOOL"),
    ("喝了这杯，今晚让她离不开你", "AD9-VULGAR"),
    ("男人看了都想咬一口的大肉包", "AD9-VULGAR"),
    ("外面那些5块钱的奶茶全是科技与狠活", "AD13-DISPARAGE"),
    ("腰腿疼痛一贴就好，治愈率90%", "AD17-DISEASE"),
    ("黑芝麻糊天天喝，白发变黑发", "AD17-DISEASE"),
    # from tune26 (training copy read for what the rules alone miss)
    ("高考状元推荐的数学课，名额有限", "AD24-EDUCATION"),
    ("报名即保证孩子进重点初中", "AD24-EDUCATION"),
    ("雅思班两个月保证能跟老外流利对话", "AD24-EDUCATION"),
    ("上了我们的冲刺班就等于提前拿到了考题", "AD24-EDUCATION"),
    ("李同学在我们这学了半年，考上了省重点", "AD24-EDUCATION"),
    ("做团长下班动动手指，每月多赚几千", "AD25-RETURN"),
    ("预存3000元，一年后原数退还", "AD25-RETURN"),
    ("每月返100块，比存银行划算", "AD25-RETURN"),
    ("美甲学成月薪一万起", "AD25-RETURN"),
    ("纪念银币只涨不跌", "AD25-RETURN"),
    ("认养一棵茶树，卖茶的钱也够回本", "AD25-RETURN"),
    ("奶茶12元任选！仅限中杯", "PRICE-HIDDEN-CHARGE"),
    ("周年庆全场一律6折，6折仅限挂红牌的款式", "PRICE-HIDDEN-CHARGE"),
    ("烫发套餐今天只要99，需加购199的护理", "PRICE-HIDDEN-CHARGE"),
    ("洗车29元，结账时按车型另收10到30元", "PRICE-HIDDEN-CHARGE"),
    ("大米2.99元一斤！需当日消费满99元方可购买", "PRICE-BAIT-THRESHOLD"),
    ("充500送500，赠送部分每次仅可抵扣10%", "PRICE-HIDDEN-CHARGE"),
    ("洗鞋只要9.9元，仅限童鞋，成人鞋每双加收20元", "PRICE-HIDDEN-CHARGE"),
    ("全场低至1折！1折商品仅2件", "PRICE-HIDDEN-CHARGE"),
    ("提货卡标价888元，群里只要288，一直都是这个价", "PRICE-FRAUD"),
    ("货架价签仅供参考", "PRICE-UNMARKED"),
    ("限时特惠，仅此一天！活动时间：即日起至12月31日", "PRICE-FALSE-URGENCY"),
    ("艾灸馆专调痛经，三次见效", "AD17-DISEASE"),
    ("猫砂盆除臭，能缓解猫咪的焦虑症", "AD17-DISEASE"),
    ("五谷杂粮粥，常喝预防心脑血管病", "AD17-DISEASE"),
    ("颈椎病一次就好，当天见效", "AD17-DISEASE"),
    ("鱼油软胶囊，吃了三个月，药都可以停了", "AD17-DISEASE"),
    ("褪黑素软糖，吃了保准睡到天亮", "AD18-HEALTH-CLAIM"),
    ("楼上王阿姨吃了半年我们的氨糖，腿脚利索了", "AD16-BENEFICIARY"),
    ("85%的老顾客反馈，用完头发不毛躁", "AD11-UNSOURCED"),
    ("测试结果显示，这款面霜保湿率提升60%", "AD11-UNSOURCED"),
    ("民警下班常来买我们家的包子", "AD9-STATE-ORGAN"),
    ("8岁的小朋友是我们店的小代言人", "AD38-CHILD-ENDORSER"),
    ("这条街你找不出第二家这么好吃的", "AD9-ABSOLUTE"),
    ("冠军级口感的烤肠", "AD9-ABSOLUTE"),
    ("隔壁那家理发店把我邻居的头发剪坏了，千万别去", "AD13-DISPARAGE"),
    ("楼下那个团的都是临期货", "AD13-DISPARAGE"),
    ("一夜七次的秘密，就在这瓶饮料里", "AD9-VULGAR"),
    ("连乡下来的都能学会", "AD9-VULGAR"),
    ("三天内必遇桃花，不灵不要钱", "AD9-SUPERSTITION"),
    ("剪完头发可以带孩子去楼下网吧玩", "AD40-MINORS"),
    ("小朋友们，偷偷拿妈妈的手机下单吧", "AD40-MINORS"),
    ("作业本封底扫码报名美术课", "AD39-SCHOOL"),
]
TWENTY_SIXTH_ROUND_REVIEWS = [
    ("石磨面粉比普通面粉多保留20%的麦胚", "AD11-DATA"),
    ("世界冠军同款球拍到店", "AD38-CELEBRITY"),
    ("特级土鸡蛋，30枚一箱", "AD9-SUPERLATIVE"),
    ("市市场监管局评定的A级餐饮单位", "AD9-STATE-HONOUR"),
    ("好几个演员也来买我们的烧饼", "AD38-CELEBRITY"),
    ("美食博主的探店视频发布啦", "AD38-CELEBRITY"),
    ("全国仅此一款的桂花拿铁", "AD9-EXCLUSIVE"),
    ("整条街只有我们家有猫咪SPA", "AD9-EXCLUSIVE"),
    ("比那些连锁健身房更用心", "AD13-COMPARE"),
    ("经典旗舰款跑步机到店", "AD9-SUPERLATIVE"),
    ("去年同期每斤15元，今年只要9.9", "PRICE-REFERENCE"),
]
TWENTY_SIXTH_ROUND_CLEAN = [
    "我觉得孩子开心最重要",  # a value, not the goods
    "健康最重要，吃饭别太赶",  # advice
    "本店明天起鸡蛋涨价1毛，今天还是老价格",  # the shop's own new price, told plainly
    "孩子们可以从滑梯上滑下来",  # no height, no danger
    "放学后家长可以到店里接孩子",  # no coupon at the gate
    "那些9块9的面包我们店也有",  # a cheap item, no defect
    "开锁换锁上门费80元，明码标价",  # a marked price
    "果园直发的脆桃，今天团购价5.8元一斤",  # a grower named, no former price
    "我们老板娘最拿手的是葱油饼",  # a person's craft
    "我觉得这款米煮粥比焖饭更好吃",  # a taste between two dishes
    "押金退房时原数退还",  # a deposit, no investment
    "满100减20，具体以收银台结算为准",  # a promotion settled at the till
    "派出所民警也常来巡逻",  # a patrol, no purchase
    "仅此一天：12月1日全场9折",  # one day stated, no longer period
    "结账时不另收服务费",  # no fee added (an older till-fee pattern read 不另收 as one)
    "本品不能代替药物。",  # the statutory notice
    "报名即可拿到历年真题资料",  # past papers, not the answers
    "办卡当天享受8折，仅限办卡当天有效",  # a plain condition
    "招聘店员，每个月能挣5千",  # a wage
]


#: The twenty-seventh round (heldout29's misses of the rules alone, read after its measurement,
#: and tune27's): sentences in our own words for each new pattern. Rejected: health effects
#: promised by a date or a refund, rivals run down by where they stand or by insinuation, an
#: endorser who never tried it or a child under ten, ads on a school bus or in a classroom,
#: diseases and symptoms said to clear, customers insulted, innuendo, children dared or shamed,
#: returns and buy-backs, officials' households and organs' designations, a lifetime's best,
#: charges above the label, extras with no price, selling below cost, an exam-setter teaching,
#: guarantees of grades, admission and prizes, doctors and patients as endorsers, free offers
#: that cost, a 原价 never charged, markups and capped gifts; reviewed: comparisons with "some"
#: shops, local exclusivity, famous customers, ranks below first, sugar cut by a percentage, staff
#: titles and nicknames of rank, lists and media appearances, patents, secret recipes, reference
#: and matched prices, supplies to official events; clean: the near misses below.
TWENTY_SEVENTH_ROUND_REJECTS = [
    ("我们店保健食品辅酶Q10，吃上一个月保准心脏有劲", "AD18-HEALTH-CLAIM"),
    ("胶原蛋白肽口服液，喝两个月眼袋就没了", "AD18-HEALTH-CLAIM"),
    ("吃了一个疗程没效果包退款，吃了没变化我们全额退", "AD18-HEALTH-CLAIM"),
    ("那家托管班的老师都是临时拉来的", "AD13-DISPARAGE"),
    ("对面那家辅导班就是个骗钱机器", "AD13-DISPARAGE"),
    ("那几个摊子的猪肉全是注水的", "AD13-DISPARAGE"),
    ("隔壁洗车店用洗洁精洗车，车漆能好才怪", "AD13-DISPARAGE"),
    ("x记面馆的汤底怎么熬的，懂的都懂", "AD13-DISPARAGE"),
    ("他们那边团长卖的全是过期的", "AD13-DISPARAGE"),
    ("外面那些5块包邮的香水，全是勾兑的", "AD13-DISPARAGE"),
    ("网红博主倾情推荐我们的新品蛋糕，其实她还没吃过", "AD38-NOT-USED"),
    ("咱们店的广告已经贴上实验小学的校车了", "AD39-SCHOOL"),
    ("有哮喘患者的家庭一定要来做一次深度除螨", "AD17-DISEASE"),
    ("每天一杯南瓜汁，有效预防糖尿病", "AD17-DISEASE"),
    ("宝宝湿疹抹三天，症状很快消失", "AD17-DISEASE"),
    ("拉肚子的喝三次就止住了", "AD17-DISEASE"),
    ("肩周炎、颈椎病跟着我们的课程都能练好", "AD17-DISEASE"),
    ("买不起就别在这儿看来看去的", "AD9-VULGAR"),
    ("胖子就别来丢人了", "AD9-VULGAR"),
    ("冰镇椰子水，一口下去湿了😏懂的都懂", "AD9-VULGAR"),
    ("小朋友们，敢吃完这份变态辣的才是英雄，不敢吃的是胆小鬼", "AD40-MINORS"),
    ("全班同学都有这款手表了，就你还没有？", "AD40-MINORS"),
    ("回家找爸爸哭闹，这款玩具就是你的", "AD40-MINORS"),
    ("合作种植园，收益保底，年底按收购价回购", "AD25-RETURN"),
    ("宝妈兼职，每个月在家轻松赚五千", "AD25-RETURN"),
    ("办卡成为股东，本金随时可以取", "AD25-RETURN"),
    ("这套邮票过两年价格翻倍", "AD25-RETURN"),
    ("社区主任家里用的就是我们的洗衣液", "AD9-STATE-ORGAN"),
    ("区教育局授权合作培训机构", "AD9-STATE-ORGAN"),
    ("这是你这辈子吃过的最好吃的榴莲", "AD9-ABSOLUTE"),
    ("这一带没有对手的烤鸭", "AD9-ABSOLUTE"),
    ("我家6岁儿子给我们的绘本馆代言", "AD38-CHILD-ENDORSER"),
    ("价签标9.9元，结账按12.9收", "PRICE-ABOVE-MARKED"),
    ("染发另算，具体多少到店再定", "PRICE-UNMARKED"),
    ("低于进价也卖，鸡蛋1元一斤", "PRICE-DUMPING"),
    ("我们的数学老师是市教研员，亲自带班", "AD24-EDUCATION"),
    ("有机构专门测过，我们的面粉更有营养", "AD11-UNSOURCED"),
    ("科学家说了，每天一杯我们的豆浆能长寿", "AD11-UNSOURCED"),
    ("镇长都夸我们的米粉是全镇最地道的", "AD9-STATE-ORGAN"),
    ("东门那家超市的牛奶放半个月才上架", "AD13-DISPARAGE"),
    ("那个网红面包店用的是人造黄油，吃多了对身体不好", "AD13-DISPARAGE"),
    ("某某品牌的豆浆全是粉冲的", "AD13-DISPARAGE"),
    ("隔壁团长把普通苹果当烟台苹果卖", "AD13-DISPARAGE"),
    ("那些一块钱的辣条你还敢吃？", "AD13-DISPARAGE"),
    ("对面游泳馆的救生圈都是淘汰下来的", "AD13-DISPARAGE"),
    ("楼下那家修鞋铺把我的皮鞋修坏了", "AD13-DISPARAGE"),
    ("李同学考上了外国语学校，他爸爸说全靠我们的周末班", "AD24-EDUCATION"),
    ("中考状元就是出自我们补习班", "AD24-EDUCATION"),
    ("期中成绩保证进步十名", "AD24-EDUCATION"),
    ("我们班的孩子全部考上了重点高中", "AD24-EDUCATION"),
    ("保上重点初中，名额只剩三个", "AD24-EDUCATION"),
    ("计算机二级培训，不过不收费", "AD24-EDUCATION"),
    ("学员八成都上岸了", "AD24-EDUCATION"),
    ("社区诊所的张医生自己肩膀疼就贴这款膏药", "AD16-ENDORSE"),
    ("在医院做护士的表姐推荐这款血压计", "AD16-ENDORSE"),
    ("吃过我们山楂丸的王大爷说，血压稳多了", "AD16-ENDORSE"),
    ("我外甥女（6岁）说这家的冰淇淋是她吃过最好吃的", "AD38-CHILD-ENDORSER"),
    ("女儿今年四岁，每天吵着要喝我们的酸奶", "AD38-CHILD-ENDORSER"),
    ("头皮屑、湿疹都能治的洗发水", "AD17-DISEASE"),
    ("失眠多年的老张当晚就睡着了", "AD17-DISEASE"),
    ("眼睛干、视力下降的，喝我们的决明子茶都能改善", "AD17-DISEASE"),
    ("白头发吃了三个月转黑了", "AD17-DISEASE"),
    ("宫寒的姐妹喝了红糖姜茶调得快", "AD17-DISEASE"),
    ("腰疼的泡上一周明显减轻", "AD17-DISEASE"),
    ("胶原蛋白饮，皱纹少一半", "AD18-HEALTH-CLAIM"),
    ("保健食品深海鱼油，吃两瓶血脂彻底好，不好退钱", "AD18-HEALTH-CLAIM"),
    ("鱼油胶囊，保证一觉睡到大天亮", "AD18-HEALTH-CLAIM"),
    ("这套纪念钞升值空间巨大", "AD25-RETURN"),
    ("存五千年底返六百，比存定期还划算", "AD25-RETURN"),
    ("月饼券囤着，中秋转手至少赚一倍", "AD25-RETURN"),
    ("小学生来挑战，一口气喝完三杯的才是真英雄", "AD40-MINORS"),
    ("敢从滑梯护栏上跳下来的送棒棒糖", "AD40-MINORS"),
    ("校车上贴了我们的补习班广告", "AD39-SCHOOL"),
    ("进教室给同学们发试吃券", "AD39-SCHOOL"),
    ("0元领书包，需购买299元课程", "PRICE-BAIT-THRESHOLD"),
    ("原价99的按摩，现在59，天天都是这个价", "PRICE-FRAUD"),
    ("活动期间全部商品上调3元", "PRICE-FRAUD"),
    ("最后一天特价，本活动每天都有", "PRICE-FALSE-URGENCY"),
    ("充300送300，赠送金额每次限抵3元", "PRICE-FRAUD"),
    ("撸完这串还想撸", "AD9-VULGAR"),
    ("今晚给你，够大够粗的烤肠", "AD9-VULGAR"),
    ("女的不接待，本店只做男士理发", "AD9-DISCRIMINATION"),
]
TWENTY_SEVENTH_ROUND_REVIEWS = [
    ("不像某些团购群只管收钱，我们售后包到底", "AD13-COMPARE"),
    ("和有些店不同，我们的鱼都是现杀的", "AD13-COMPARE"),
    ("这片只有我们一家做手冲咖啡", "AD9-EXCLUSIVE"),
    ("听说有位奥运冠军也是我们游泳馆的会员", "AD38-CELEBRITY"),
    ("美团区域销量第二的烧烤店", "AD11-DATA"),
    ("新品奶茶少糖50%", "AD11-DATA"),
    ("教练都是前市队运动员，他们自己也吃这款能量棒", "AD38-CELEBRITY"),
    ("人气top5的面包今天都有", "AD9-SUPERLATIVE"),
    ("连续两年上榜点评必吃榜", "AD11-DATA"),
    ("上过省电视台的烧饼", "AD11-AUTHORITY-CLAIM"),
    ("采用专利保温包装", "AD12-PATENT"),
    ("我们家的秘方不外传", "AD9-EXCLUSIVE"),
    ("本小区只有我们这家店有冷链配送", "AD9-EXCLUSIVE"),
    ("比上周便宜10块的车厘子", "PRICE-REFERENCE"),
    ("历史低价的洗衣液", "PRICE-REFERENCE"),
    ("买贵了包退差价", "PRICE-REFERENCE"),
    ("本店食材供应过省运动会", "AD9-SPECIAL-SUPPLY"),
    ("菜价不比菜市场贵", "AD13-COMPARE"),
    ("别家的土蜂蜜我不好说，我们的是自己养的", "AD13-COMPARE"),
    ("首席理发师今天在店", "AD9-SUPERLATIVE"),
    ("大家都叫他“饺子大王”", "AD9-SUPERLATIVE"),
]
TWENTY_SEVENTH_ROUND_CLEAN = [
    "每天早上浇花，是我最放松的时候",
    "清早揉面的时候，我心里最踏实",
    "价签上的价格就是结账价格",
    "会员卡余额随时可退",
    "这套邮票是今年邮局发行的",
    "男士理发30元，女士洗剪吹50元",
    "孩子们放学后可以来店里写作业",
    "这周鸡蛋比上周便宜",
    "活动期间营业时间不变",
    "咳嗽的时候别喝冰饮",
    "每个月的第一个周六是会员日",
    "退休的王老师每天来店里下棋",
    "从滑梯上滑下来的时候慢一点",
    "招聘收银员，每月工资四千五",
    "老师们都是师范毕业，持证上岗",
    "这款面粉有专利号，可到店查看证书",
    "小区里的快递柜搬到了3号楼",
    "镇长来参加了我们合作社的开业",
    "工作日晚上练一个月，体能明显提升",
    "胃不舒服的朋友少吃辛辣",
    "独门独院的民宿，周末有空房",  # a detached house, not a secret craft
]


#: The twenty-eighth round (docs/compliance.md): heldout30, unsealed after its measurement, and
#: tune28, in our own wording.
TWENTY_EIGHTH_ROUND_REJECTS = [
    ("这台血压计量得准，一丁点误差都没有", "AD9-ABSOLUTE"),
    ("这款面包配方零误差", "AD9-ABSOLUTE"),
    ("找遍全市也没有一家能比得上我们的豆浆", "AD9-ABSOLUTE"),
    ("我们的宠物美容做得比哪家都细", "AD9-ABSOLUTE"),
    ("论包饺子，我们在这条街是头一份", "AD9-ABSOLUTE"),
    ("这锅卤味的手艺已经做到头了", "AD9-ABSOLUTE"),
    ("这杯拿铁香到天花板", "AD9-ABSOLUTE"),
    ("这款电饭煲是小家电里的天花板", "AD9-ABSOLUTE"),
    ("这条街上没有哪家能卖得过我们的鲜奶", "AD9-ABSOLUTE"),
    ("再贵的枕头也没它好睡", "AD9-ABSOLUTE"),
    ("我们家的酱牛肉全城数一数二", "AD9-ABSOLUTE"),
    ("某家连锁洗衣店收完钱就跑路了", "AD13-DISPARAGE"),
    ("对面那家美容院连营业执照都没有", "AD13-DISPARAGE"),
    ("别家药房卖的都是仿品", "AD13-DISPARAGE"),
    ("其他家的果汁都是勾兑的，喝了伤身", "AD13-DISPARAGE"),
    ("别去老王超市买菜了", "AD13-DISPARAGE"),
    ("隔壁那家烘焙店的蛋糕都是冷冻的", "AD13-DISPARAGE"),
    ("别的商家都在割韭菜，只有我们良心", "AD13-DISPARAGE"),
    ("对面理发店剪完头发都掉色", "AD13-DISPARAGE"),
    ("那些网课机构就是骗钱的", "AD13-DISPARAGE"),
    ("跳舞班学员张同学今年考上了舞蹈学院", "AD24-EDUCATION"),
    ("报了我们的班，下一个就是你家孩子", "AD24-EDUCATION"),
    ("钢琴考级百分百通过", "AD24-EDUCATION"),
    ("跟着我们学一学期，直接考满分", "AD24-EDUCATION"),
    ("期末没提分退全部学费", "AD24-EDUCATION"),
    ("中考冲刺班报名后上线稳了", "AD24-EDUCATION"),
    ("鱼油保健品吃着比吃药还管用", "AD18-HEALTH-CLAIM"),
    ("这款助眠软糖吃多久都不会上瘾", "AD18-HEALTH-CLAIM"),
    ("这款益生菌保健食品，胀气喝三天就消", "AD18-HEALTH-CLAIM"),
    ("代餐奶昔（保健食品）两周瘦六斤", "AD18-HEALTH-CLAIM"),
    ("这瓶钙片比医院开的还管用", "AD18-HEALTH-CLAIM"),
    ("软骨素喝了两瓶，膝盖就不响了", "AD18-HEALTH-CLAIM"),
    ("孕期喝我们的核桃粉，宝宝生下来更聪明", "AD18-HEALTH-CLAIM"),
    ("这碗羊肉汤喝了，一冬天都不怕冷了", "AD18-HEALTH-CLAIM"),
    ("练瑜伽半年，糖尿病被逆转", "AD17-DISEASE"),
    ("失眠的喝这款枣仁茶，不用再吃安眠药", "AD17-DISEASE"),
    ("拉肚子的喝两碗米汤就好", "AD17-DISEASE"),
    ("尿酸高的邻居喝了这款茶，尿酸正常了", "AD17-DISEASE"),
    ("睡这款乳胶枕，打呼噜全没了", "AD17-DISEASE"),
    ("专家说这款净水器除菌率是普通滤芯的3倍", "AD11-UNSOURCED"),
    ("权威检测结果显示本品零添加", "AD11-UNSOURCED"),
    ("街道书记亲自来挑的月饼", "AD9-STATE-ORGAN"),
    ("消防部门监制的灭火器", "AD9-STATE-ORGAN"),
    ("少儿美术课进校园啦，欢迎家长咨询", "AD39-SCHOOL"),
    ("我们把奶茶优惠券夹在了孩子们的练习册里", "AD39-SCHOOL"),
    ("在幼儿园教室里给小朋友派了试吃装", "AD39-SCHOOL"),
    ("看谁敢从栏杆上翻过去，敢的奖励一根棒棒糖", "AD40-MINORS"),
    ("小朋友们都在玩这款卡片，你没有可就落伍了", "AD40-MINORS"),
    ("赔钱也要把隔壁超市挤走", "PRICE-DUMPING"),
    ("会员洗剪吹29元，另收造型费、护理费，以实际为准", "PRICE-UNMARKED"),
    ("今天的海鲜价签不写了", "PRICE-UNMARKED"),
    ("原价88元今日38元，其实我们一直卖38", "PRICE-FRAUD"),
    ("每日限量50份，常年供应", "PRICE-FRAUD"),
    ("剪发只要19元，洗头另收、吹干另算", "PRICE-HIDDEN-CHARGE"),
    ("小龙虾特价58元一斤，满200元才享此价", "PRICE-HIDDEN-CHARGE"),
    ("听说下个月猪肉要涨价，赶紧囤", "PRICE-RISE-RUMOUR"),
    ("办卡就当理财，每月返2%", "AD25-RETURN"),
    ("加盟奶茶店，总部保证每月营业额", "AD25-RETURN"),
    ("这套邮票明年一定涨价，现在买就是赚", "AD25-RETURN"),
    ("一元博一部新手机", "AD9-GAMBLING"),
    ("性感的美女技师陪你做足疗", "AD9-VULGAR"),
    ("烤肠越粗越带劲", "AD9-VULGAR"),
    ("推荐视频是她拍的，不过这款面霜她还没用过", "AD38-NOT-USED"),
    ("药剂师说这款鱼油对心脏好", "AD16-ENDORSE"),
    ("儿童绘本号推荐：精酿啤酒第二杯半价", "AD40-UNSUITABLE"),
]

TWENTY_EIGHTH_ROUND_REVIEWS = [
    ("省羽毛球队队员来训练过，欢迎体验同款课程", "AD38-CELEBRITY"),
    ("探店达人来店里打卡过我们的牛肉面", "AD38-CELEBRITY"),
    ("我们用的是专利按摩手法", "AD12-PATENT"),
    ("本店在点评热榜排名前三", "AD11-DATA"),
    ("八成的街坊都买过我们的馒头", "AD11-DATA"),
    ("我们家的手艺在区里算前列", "AD9-SUPERLATIVE"),
    ("比某些超市的水果新鲜多了", "AD13-COMPARE"),
    ("不像外面那些摊，我们的秤是准的", "AD13-COMPARE"),
    ("很多学员从别的机构转到我们这里", "AD13-COMPARE"),
    ("整条街只有我们一家能配钥匙", "AD9-EXCLUSIVE"),
]

TWENTY_EIGHTH_ROUND_CLEAN = [
    "说实话，周末窝在店里煮咖啡，是我最治愈的时刻",
    "小猫已打完第一针疫苗，第二针下周打",
    "体温计测量误差±0.1℃，详见说明书",
    "保健食品不能代替药物治疗疾病，请按标签食用",
    "课时费120元/次，不另收其他费用",
    "微博一个个都在问，新品周五到",
    "我们的第一家店开在文化路",
    "想吃的邻居可以提前预订，限量以店内为准",
    "本周鸡蛋价格与上周相同",
    "同学们放学路上注意安全",
    "咳嗽了请及时就医，别硬扛",
    "专家讲座周六下午在社区活动室举行",
    "考级报名截止到本月底",
]


#: The twenty-ninth round (docs/compliance.md): heldout31, unsealed after its measurement, and
#: tune29a … tune29d, in our own wording.
TWENTY_NINTH_ROUND_REJECTS = [
    ("走遍全县也挑不出一粒比它饱满的花生", "AD9-ABSOLUTE"),
    ("论做红烧肉，这一带没人超得过我们老板", "AD9-ABSOLUTE"),
    ("整个县城你找不出第二家这么香的烧饼", "AD9-ABSOLUTE"),
    ("论修自行车，我们师傅在这片是头把交椅", "AD9-ABSOLUTE"),
    ("我们的牛肉丸弹到没对手", "AD9-ABSOLUTE"),
    ("这款豆浆机已经做到头了，再往上没得提升", "AD9-ABSOLUTE"),
    ("我们家的酸辣粉就是天花板", "AD9-ABSOLUTE"),
    ("配钥匙的速度直接封顶", "AD9-ABSOLUTE"),
    ("全镇的面馆加起来，都不如我们一家的汤鲜", "AD9-ABSOLUTE"),
    ("这一片没有哪家干洗店能把羽绒服洗得比我们还干净", "AD9-ABSOLUTE"),
    ("谁能找得到比我家更香的芝麻油，我送你两瓶", "AD9-ABSOLUTE"),
    ("区政府食堂的大米都是从我们这拿的", "AD9-STATE-ORGAN"),
    ("所长尝了我们的酱鸭，当场夸咱们手艺地道", "AD9-STATE-ORGAN"),
    ("我们是政府单位都信得过的搬家公司", "AD9-STATE-ORGAN"),
    ("研究所的专家化验过，这批蜂蜜的活性是普通蜂蜜的三倍", "AD11-UNSOURCED-FIGURE"),
    ("教授讲过，吃坚果能让记忆力提高两倍", "AD11-UNSOURCED-FIGURE"),
    ("问了五十个街坊，九成都说我们的豆腐嫩", "AD11-UNSOURCED-FIGURE"),
    ("卖猪肉的那家其实就是冷冻半成品", "AD13-DISPARAGE"),
    ("南门那家托管班的老师没一个持证", "AD13-DISPARAGE"),
    ("别去菜场口那家了", "AD13-DISPARAGE"),
    ("那家烤鸭店的五星好评全是刷的", "AD13-DISPARAGE"),
    ("学位我们有门路，报名从速", "AD24-EDUCATION"),
    ("上了我们的识字课，宝宝比同龄孩子早认半年字", "AD24-EDUCATION"),
    ("我们的数学班没一个考不上高中", "AD24-EDUCATION"),
    ("三节课包学会自由泳", "AD24-EDUCATION"),
    ("期末考不到90分退一半学费", "AD24-EDUCATION"),
    ("社区卫生站的医生吃这款鱼油好多年了，都说好", "AD16-ENDORSE"),
    ("主播说她还没用过，但是推荐大家买", "AD38-NOT-USED"),
    ("这款维生素比降压药还管用", "AD18-HEALTH-CLAIM"),
    ("葡萄糖酸锌吃了没啥副作用", "AD18-HEALTH-CLAIM"),
    ("楼下张奶奶吃了我们的钙片，爬六楼都不喘", "AD18-HEALTH-CLAIM"),
    ("吃我们的蛋白粉三个月，体脂降了5个点", "AD18-HEALTH-CLAIM"),
    ("美容卡年底按消费额分红，办卡就是倒挣钱", "AD25-RETURN"),
    ("入股我们的烘焙坊，每年按15%分红", "AD25-RETURN"),
    ("开店半年不回本，差多少补多少", "AD25-RETURN"),
    ("理财班一年8%稳稳拿", "AD25-RETURN"),
    ("吃了我们的黑蒜，全家一冬天没感冒", "AD17-DISEASE"),
    ("这种荞麦面血糖高的吃了能把血糖往下拉", "AD17-DISEASE"),
    ("口腔溃疡的抹我们的蜂蜜，两天就好了", "AD17-DISEASE"),
    ("用了我们的空气净化器，孩子的哮喘再也没犯过", "AD17-DISEASE"),
    ("按摩椅坐一个月，肩周炎都能给你按回去", "AD17-DISEASE"),
    ("小学生每天一罐能量饮料，上课不犯困", "AD40-UNSUITABLE"),
    ("不买这款文具，同学都会笑话你", "AD40-MINORS"),
    ("开学第一天我们在教室门口贴了海报", "AD39-SCHOOL"),
    ("王老师推荐我们的练字帖团购，全班统一订购", "AD39-SCHOOL"),
    ("买满两百就能上桌玩两把，赢了现金带走", "AD9-GAMBLING"),
    ("买奶茶送刮刮卡，刮出豹子免单", "AD9-GAMBLING"),
    ("桃子一捏就出水", "AD9-VULGAR"),
    ("生蚝吃完保证让你腿软", "AD9-VULGAR"),
    ("傻子才去别家理发", "AD9-VULGAR"),
    ("按摩店的小妹皮肤嫩", "AD9-VULGAR"),
    ("原价299是印着好看的，到手99", "PRICE-FRAUD"),
    ("秒杀今日截止！其实每周都是今日截止", "PRICE-FALSE-URGENCY"),
    ("先打9折再打8折，算下来就是6折", "PRICE-FALSE-EQUIVALENT"),
    ("内部消息，猪肉下周要涨价", "PRICE-RISE-RUMOUR"),
    ("鸡蛋下周要涨到8块一斤，大家赶紧多囤一点", "PRICE-RISE-RUMOUR"),
    ("新到的燕窝价格私聊，群里不报价", "PRICE-UNMARKED"),
    ("19.9元任吃烤肉，锅底另收15元一位", "PRICE-HIDDEN-CHARGE"),
    ("净重5斤，箱重含泡沫箱和冰袋", "PRICE-HIDDEN-CHARGE"),
    ("充300送300，余额每次仅可抵三成", "PRICE-HIDDEN-CHARGE"),
    ("烤鱼套餐88元，单点烤鱼68，单点配菜15", "PRICE-PACK-NOT-CHEAPER"),
]

TWENTY_NINTH_ROUND_REVIEWS = [
    ("小区几家水果店里，我们的芒果是数得上的", "AD9-SUPERLATIVE"),
    ("我们的烧麦在区里能排进前五", "AD9-SUPERLATIVE"),
    ("附近几家超市转一圈，还是我们的鸡蛋新鲜", "AD13-COMPARE"),
    ("市面上有些香油掺了别的油，买之前看看配料表", "AD13-COMPARE"),
    ("比起有些超市的鸡蛋，咱家都是当天收的", "AD13-COMPARE"),
    ("网红探店博主也在我们这办了卡", "AD38-CELEBRITY"),
    ("城北片区就我们一家能修老式座钟", "AD9-EXCLUSIVE"),
    ("我们的酱料是拿了专利的", "AD12-PATENT"),
    ("猫粮保价到月底，降价了差价退给你", "PRICE-REFERENCE"),
]

TWENTY_NINTH_ROUND_CLEAN = [
    "药店保健品专柜周六上午开放",
    "我自己减肥那阵子也爱吃这款杂粮饭",
    "哑铃每档增减2.5kg，共十档",
    "第一批到货的草莓已经分完",
    "点评网友小鱼妈的评价：服务很耐心",
    "山东大葱又粗又长，十斤一捆",
    "我们店不向未成年人出售能量饮料",
    "爬山回来腿有点酸，歇会儿再走",
    "返现封顶50元，活动截止到周日",
    "这届运动会我们班没对手吗？还得看明天",
    "游泳课每周两节，包括教练和场地",
]


#: The thirtieth round (docs/compliance.md): heldout32, unsealed after its measurement, and
#: tune30a … tune30d, in our own wording.
THIRTIETH_ROUND_REJECTS = [
    ("橙子单买5块一斤，10斤家庭装只要55", "PRICE-PACK-NOT-CHEAPER"),
    ("酸奶单杯八块，四杯装团购价三十五", "PRICE-PACK-NOT-CHEAPER"),
    ("瑜伽课30节课包3600元，单节购买110元/节", "PRICE-PACK-NOT-CHEAPER"),
    ("烧烤四件套88元（单点：羊肉串25、鸡翅22、韭菜12、烤馒头10）", "PRICE-PACK-NOT-CHEAPER"),
    ("排骨从40块降到30块，等于直接半价", "PRICE-FALSE-EQUIVALENT"),
    ("带鱼原价50一斤，今天35，直接半价", "PRICE-FALSE-EQUIVALENT"),
    ("办卡打7折！洗车价格从30调到50", "PRICE-FALSE-MARKUP"),
    ("价签写8.8一斤，结账按10收", "PRICE-ABOVE-MARKED"),
    ("限量20份！仓库还有一百多箱", "PRICE-FALSE-URGENCY"),
    ("仅剩6袋了，后面随时能补", "PRICE-FALSE-URGENCY"),
    ("倒计时2小时！（这个倒计时每天零点重新开始）", "PRICE-FALSE-URGENCY"),
    ("苹果6.8元一斤！包装费、分拣费另计", "PRICE-CHARGES-ON-TOP"),
    # The same fees in an asterisked footnote: the footnote rule speaks for them (its span, the
    # offer and the note, covers the fee's; 第十九条第（六）项, 显著弱化标示).
    ("苹果6.8元一斤！*包装费、分拣费另计", "PRICE-FOOTNOTE-CONDITION"),
    ("烤肉59元一位，酱料、餐位费另收", "PRICE-HIDDEN-CHARGE"),
    ("蔬菜包下批到货要翻倍，现在不囤就亏", "PRICE-RISE-RUMOUR"),
    ("划线价59，今天19.9！这个价我们一直就卖", "PRICE-FRAUD"),
    ("整个区你找不到比我家便宜的挂面", "PRICE-FRAUD"),
    ("营养学家说每天喝杯豆浆能多活三年", "AD11-UNSOURCED-FIGURE"),
    ("检测显示，我们的空气净化器除醛率98%", "AD11-UNSOURCED-FIGURE"),
    ("市场监管局的同志来查过，都夸咱家卫生", "AD9-STATE-ORGAN"),
    ("充2000成为理发店股东会员，年底按流水分红", "AD25-RETURN"),
    ("这钱放我这比放银行划算多了，充值送三成", "AD25-RETURN"),
    ("整条街挑不出第二家这么香的煎饼", "AD9-ABSOLUTE"),
    ("对面那家早餐店的豆浆是粉冲的，千万别去", "AD13-DISPARAGE"),
    ("暑假班上完没涨15分的学费全退", "AD24-EDUCATION"),
    ("我们班的小王补了两个月，直接考进了重点高中", "AD24-EDUCATION"),
    ("小学生放学来店里，免费领一杯米酒尝尝", "AD40-UNSUITABLE"),
    ("消费满50摇骰子，摇出豹子免单", "AD9-GAMBLING"),
    ("生蚝吃完，今晚让老婆下不了床", "AD9-VULGAR"),
    ("老街坊喝了一个月，咽炎再没犯过", "AD17-DISEASE"),
    ("这款保健品纯天然，吃多少都没事", "AD18-HEALTH-CLAIM"),
    ("代言人自己没吃过，但她说这款米粉错不了", "AD38-NOT-USED"),
    ("社区医院的王医生推荐给他的病人喝这个杂粮粉", "AD16-ENDORSE"),
]

THIRTIETH_ROUND_REVIEWS = [
    ("同城榜上我们家的烤鸭排得挺靠前", "AD11-DATA"),
    ("咱家健身房的续卡率挺高的", "AD11-DATA"),
    ("跟有些店比，我们的酱牛肉不加色素", "AD13-COMPARE"),
    ("我们的馄饨在区里口碑能排得进前五", "AD9-SUPERLATIVE"),
    ("好几个探店博主都来吃过我们的米线", "AD38-CELEBRITY"),
    ("这一片就咱家一家做手工年糕", "AD9-EXCLUSIVE"),
    ("我们的收纳盒有专利号的", "AD12-PATENT"),
    ("去年这款礼盒卖168，今年团购只要128", "PRICE-REFERENCE"),
]

THIRTIETH_ROUND_CLEAN = [
    "面包8折，标价10元的按8元结算",
    "我吃着觉得这酱最像我妈做的",
    "午市最高峰在12点左右，可错峰来",
    "我最享受的是看学员一点点进步",
    "当妈的都懂，孩子爱吃就好",
    "能量饮料不卖给中小学生，请家长监督",
    "书法班每期8人，纸墨费另计",
    "我个人觉得手冲比美式更能喝出豆子的香",
    "旧衣服可以放到社区指定回收点",
    "消费满50元送刮刮乐一张，奖品见店内公示",
]


#: The thirty-first round (docs/compliance.md): heldout33, unsealed after its measurement, and
#: tune31a … tune31d, in our own wording.
THIRTY_FIRST_ROUND_REJECTS = [
    ("街坊都说我家的豆腐是这一带的标杆", "AD9-ABSOLUTE"),
    ("别家都是照着咱家学的配方", "AD9-ABSOLUTE"),
    ("做美甲的店我全试过，没有一家能跟我们比", "AD9-ABSOLUTE"),
    ("蛋黄酥做到这份上已经到头了", "AD9-ABSOLUTE"),
    ("整条街吃遍了也找不出第二碗这样的面", "AD9-ABSOLUTE"),
    ("你要能找出更好喝的豆浆，我免单", "AD9-ABSOLUTE"),
    ("这只烤鸭，你这辈子吃不到更香的了", "AD9-ABSOLUTE"),
    ("隔壁那家培训班说白了就是个看孩子的", "AD13-DISPARAGE"),
    ("路口那家面馆就是骗钱的，分量越来越少", "AD13-DISPARAGE"),
    ("储值卡充500送50，相当于存银行拿10%的利息", "AD25-RETURN"),
    ("没花完的余额按6%返现，比定期还高", "AD25-RETURN"),
    ("这茶饼放两年翻一倍，现在买就是在存钱", "AD25-RETURN"),
    ("面包房入股，一股3000，年底按股分钱", "AD25-RETURN"),
    ("托管班加盟一个学期就回本", "AD25-RETURN"),
    ("介绍5户就回本，后面全是纯赚", "AD25-RETURN"),
    ("放2万当合伙人，每个月固定给你结1500", "AD25-RETURN"),
    ("三个月回不了本，差多少我补多少", "AD25-RETURN"),
    ("办卡的券能转给别人换现金", "AD25-RETURN"),
    ("金价只会往上涨，趁现在多进点金豆子", "AD25-RETURN"),
    ("推荐2个朋友办卡，你的卡等于白办", "AD25-RETURN"),
    ("这款护眼软糖跟医院开的药一个效果", "AD18-HEALTH-CLAIM"),
    ("鱼油每天两粒，吃了血压也稳了", "AD18-HEALTH-CLAIM"),
    ("家里人谁喝谁不感冒", "AD17-DISEASE"),
    ("腰突练了一个月就好了，比去医院做牵引管用", "AD17-DISEASE"),
    ("中医院的李医生自己家里也用这款艾灸盒", "AD16-ENDORSE"),
    ("我们的代言人说等她吃上了再给大家晒图", "AD38-NOT-USED"),
    ("双十一全场5折！排骨平时卖30，今天标60", "PRICE-FALSE-MARKUP"),
    ("今天是最后一天！（上周也这么说过）", "PRICE-FALSE-URGENCY"),
    ("烫发只要88！*不含药水费", "PRICE-HIDDEN-CHARGE"),
    ("听说下个月大米要涨价，能囤的赶紧囤", "PRICE-RISE-RUMOUR"),
    ("外卖挂的58是给平台看的，群里只要25", "PRICE-FRAUD"),
    ("练好腰，今晚硬挺到天亮", "AD9-VULGAR"),
    ("小学生熬夜打游戏必备的提神饮料", "AD40-MINORS"),
    ("下周进实验中学给每个班发我们的传单", "AD39-SCHOOL"),
    ("围棋考级考不过退一半学费", "AD24-EDUCATION"),
]

THIRTY_FIRST_ROUND_REVIEWS = [
    ("这款蛋挞是我们店的人气王", "AD9-SUPERLATIVE"),
    ("咱家烧饼在区里口碑前三", "AD9-SUPERLATIVE"),
    ("附近几家里，我们的器械算是比较新的一批", "AD9-SUPERLATIVE"),
    ("好多老顾客一周来好几回，排队的人越来越多", "AD11-DATA"),
    ("写字楼里十个里有八个都点过我们家的饭", "AD11-DATA"),
    ("比一般面包店用料实在", "AD13-COMPARE"),
    ("芝士蛋糕不输网红店", "AD13-COMPARE"),
    ("这批荔枝就供我们一家，别处买不到", "AD9-EXCLUSIVE"),
]

THIRTY_FIRST_ROUND_CLEAN = [
    "会员卡充值不返现、不计息，余额可随时退",
    "推荐朋友办卡，双方各得一张洗车券",
    "本店营业到晚上十点，排队请走右侧",
    "平时营业到九点，今天提前到八点关门",
    "上周到的荔枝卖完了，这周新到一批",
    "这款面包用的是无水黄油，净含量120g",
    "团长每单提成5%，按月结算",
    "我觉得这家的豆浆和我小时候喝的一个味",
]


#: The thirty-second round (docs/compliance.md): heldout34, unsealed after its measurement, and
#: tune32a … tune32d, in our own wording.
THIRTY_SECOND_ROUND_REJECTS = [
    ("5号楼李叔有高血压，喝了我们的芹菜汁一个月，他说血压降下来了", "AD16-BENEFICIARY"),
    ("对门张姐血压偏高，喝了咱家的玉米须茶，说血压稳了", "AD16-BENEFICIARY"),
    ("老周腰突好多年，贴了我们的膏药半个月，现在能下楼遛弯了", "AD16-BENEFICIARY"),
    ("网红大壮给这款狗粮代言，其实他自己没养过狗", "AD38-NOT-USED"),
    ("请了健身博主给蛋白粉站台，说实话她平时用的是别家的", "AD38-NOT-USED"),
    ("这套绘本工艺是师傅自己琢磨的，申请号已经下来了", "AD12-PATENT-PENDING"),
    ("芋泥配方是我们自己调的，正在申请专利了", "AD12-PATENT-PENDING"),
    ("新到的摔炮玩具一扔就响，小学生都爱玩", "AD40-MINORS"),
    ("薄荷糖做成小烟卷的样子，孩子叼着跟大人一样", "AD40-MINORS"),
    ("洗剪吹多少钱到店再说，看头发长短报价", "PRICE-UNMARKED"),
    ("牛腱子的价格群里不方便说，想要的私聊", "PRICE-UNMARKED"),
    ("街道办的干部中午都在我们这吃面", "AD9-STATE-ORGAN"),
    ("社区书记都认可的鸡蛋，大家放心买", "AD9-STATE-ORGAN"),
    ("市场监管所的同志来过好几回，每次都夸我们干净", "AD9-STATE-ORGAN"),
    ("我们是区市监局挂了牌的店，出了问题有政府兜底", "AD9-STATE-ORGAN"),
    ("这批大米送去检测过的，一点农残都没有", "AD11-UNSOURCED"),
    ("我们的豆腐抽检合格率99.9%", "AD11-UNSOURCED"),
    ("有调查说十家里有八家都在用这款洗洁精", "AD11-UNSOURCED"),
    ("报我们的冲刺班，进重点高中没问题", "AD24-EDUCATION"),
    ("练字课上完，期末考试直接考了满分", "AD24-EDUCATION"),
    ("跟着王老师学一学期，作文至少提10分", "AD24-EDUCATION"),
    ("我们的口语课两个月就能跟外国人聊天", "AD24-EDUCATION"),
    ("社区医院的刘医生给我们录了段视频，推荐这款制氧机", "AD16-ENDORSE"),
    ("骨科大夫都在我们这买钙片", "AD16-ENDORSE"),
    ("请了营养学专家给这款鱼油代言", "AD16-ENDORSE"),
    ("这台血压计量得比医院还准", "AD16-ENDORSE"),
    ("会员卡充得多返得多，比理财还划算", "AD25-RETURN"),
    ("年卡充5000，一年后原数退给你", "AD25-RETURN"),
    ("储值卡每个月返80，等于白吃一年的早饭", "AD25-RETURN"),
    ("加盟我们的团点，每个月轻松过万", "AD25-RETURN"),
    ("咱家的红糖姜茶，痛经的姑娘喝上一杯就不疼了", "AD17-DISEASE"),
    ("老慢支的大爷喝了咱的萝卜汤，咳嗽就好了", "AD17-DISEASE"),
    ("黑豆浆天天喝，能预防高血压", "AD17-DISEASE"),
    ("这款枕头睡了一个月，邻居安眠药都不吃了", "AD17-DISEASE"),
    ("益生菌怎么吃都没事，孕妇都安全", "AD18-HEALTH-CLAIM"),
    ("钙片吃了保证长高", "AD18-HEALTH-CLAIM"),
    ("这烤鸭在咱区里稳稳是头一号", "AD9-ABSOLUTE"),
    ("要说拉面筋道，就数我们家", "AD9-ABSOLUTE"),
    ("烤肠里的王者就是这根了", "AD9-ABSOLUTE"),
    ("猪蹄标个原价58，今天48，其实平时也就卖48", "PRICE-FRAUD"),
    ("会员价鸡翅22一斤，非会员也是22", "PRICE-FRAUD"),
    ("听说下周猪肉要涨价，赶紧囤几斤", "PRICE-RISE-RUMOUR"),
    ("只剩8份了！每天都只剩最后8份", "PRICE-FALSE-URGENCY"),
    ("今天最后一天！（这话上周也说过哈）", "PRICE-FALSE-URGENCY"),
    ("健身月卡99！底部小字：另收毛巾费10元", "PRICE-FOOTNOTE-CONDITION"),
    ("单买一杯15，两杯套餐32", "PRICE-PACK-NOT-CHEAPER"),
    ("水果组合50元：橙子4斤+香蕉2斤（橙子9元/斤，香蕉5元/斤）", "PRICE-PACK-NOT-CHEAPER"),
    ("隔壁那家理发店的师傅都是速成班出来的", "AD13-DISPARAGE"),
    ("对面那家肉铺的秤，大家买的时候留个心眼", "AD13-DISPARAGE"),
    ("放学到校门口领免费贴纸，带两个同学来再送一张", "AD39-SCHOOL"),
    ("班主任把我们的报名表发给了每个学生", "AD39-SCHOOL"),
]

THIRTY_SECOND_ROUND_REVIEWS = [
    ("开张半年，回头客占了大半", "AD11-DATA"),
    ("这一片的宝妈基本都在我们这买奶粉", "AD11-DATA"),
    ("一个月卖出去一千多份凉皮", "AD11-DATA"),
    ("咱家的包子在片区里也算数得上号的", "AD9-SUPERLATIVE"),
    ("这款奶茶在这条街人气算前三", "AD9-SUPERLATIVE"),
    ("别人家的面包可能放了不少添加剂，我们只用面粉和酵母", "AD13-COMPARE"),
    ("外面那些托管班动不动一个老师看二十个娃", "AD13-COMPARE"),
    ("本地探店博主说我们的煎饺好吃", "AD38-CELEBRITY"),
    ("我们的积木拿了国家发明证书", "AD12-PATENT"),
    ("这款蒸糕的做法别家想仿也仿不了", "AD9-EXCLUSIVE"),
    ("这批杨梅出了这个门就吃不到了", "AD9-EXCLUSIVE"),
    ("咱们市就我们家有这个牌子的冻干", "AD9-EXCLUSIVE"),
    ("这口卤汤的方子就我一个人知道", "AD9-EXCLUSIVE"),
]

THIRTY_SECOND_ROUND_CLEAN = [
    "我们家猫对这款罐头毫无抵抗力，一开盖就跑过来",
    "这是我做的第一版蛋糕，样子丑了点，欢迎来尝",
    "周六预约满了的，顺延到周日第一个时段",
    "卖完的顾客请联系团长退款，价格以群公告为准",
    "团购套餐45元：苹果3斤+梨2斤（单买苹果10元/斤，梨8元/斤）",
    "营养成分表：每100g含蛋白质12g，脂肪3g",
    "本店食品经营许可证号JY13301020000000，欢迎监督",
    "今天的菜价：白菜2元/斤，土豆3元/斤",
    "奶茶卡充200送20，赠送部分不退，本金没花完的部分可以退",
]


#: The thirty-third round (heldout35's misses and what the rules alone missed of tune33a-b),
#: in our own words.
THIRTY_THIRD_ROUND_REJECTS = [
    ("整条街你能找到比我家更香的烧饼，我倒贴你十个", "AD9-ABSOLUTE"),
    ("这面包烤得，别的面包跟它一比都不算面包", "AD9-ABSOLUTE"),
    ("我家卤肉方圆五里没人做得过，不服来尝", "AD9-ABSOLUTE"),
    ("喝遍了整个区的豆浆，没一家比得过它", "AD9-ABSOLUTE"),
    ("烧烤界的扛把子就是我们这家小摊", "AD9-ABSOLUTE"),
    ("论剪发这一带没人比我们剪得专业", "AD9-ABSOLUTE"),
    ("吃过我家的酱牛肉，外面的都回不去了", "AD9-ABSOLUTE"),
    ("这批香梨甜到不能再甜，放心买", "AD9-ABSOLUTE"),
    ("谁家的蛋挞能有咱家的酥？没有！", "AD9-ABSOLUTE"),
    ("扫码押庄押闲，押中这单免费", "AD9-GAMBLING"),
    ("周五夜场来一局梭哈，赢的人菜钱全免", "AD9-GAMBLING"),
    ("猜中今晚比赛的送一箱啤酒，猜错的多买一箱", "AD9-GAMBLING"),
    ("只剩3袋了！每天早上都会补上3袋", "PRICE-FALSE-URGENCY"),
    ("限量50份的卤鸭刚卖完，又跟师傅要来50份，还是限量", "PRICE-FALSE-URGENCY"),
    ("最后2小时特价！这句天天发，大家懂的", "PRICE-FALSE-URGENCY"),
    ("限量80份的凉皮，卖完了马上再补，随时都有", "PRICE-FALSE-URGENCY"),
    ("19.9元洗一台空调！每台需另付清洗剂费20元", "PRICE-CHARGES-ON-TOP"),
    ("5元秒杀榴莲，仅限第1位，其余按原价88元", "PRICE-BAIT-SWITCH"),
    ("原价199的果篮只要59，原价嘛，自己标的", "PRICE-FRAUD"),
    ("会员价9.9元，非会员价多少来店里问就知道", "PRICE-UNMARKED"),
    ("咱这五金店搞众筹，每人投5000，月息1分5，年底连本带息还给你", "AD25-RETURN"),
    ("办储值卡送分红，店里赚了就按卡分钱", "AD25-RETURN"),
    ("学完我们的拼音课，进小学稳稳排在班里前三名", "AD24-EDUCATION"),
    ("跟着王老师练字的学生，考试书写分没有低于9分的", "AD24-EDUCATION"),
    ("五年级的朵朵在这补了两个月，数学从62分提到了93分", "AD24-EDUCATION"),
    ("每天一碗姜枣茶，感冒就找不上门", "AD17-DISEASE"),
    ("这款钙片孩子吃了长个儿特别快", "AD18-HEALTH-CLAIM"),
    ("鱼油胶囊怎么吃都安全，老人孩子随便吃", "AD18-HEALTH-CLAIM"),
    ("小学生也能喝的提神饮料，写作业前来一罐", "AD40-MINORS"),
    ("请各位班主任把我们的文具团购链接转到班级群", "AD39-SCHOOL"),
    ("专利号还在申请中，配方先尝为快", "AD12-PATENT-PENDING"),
    ("对面那家菜店的秤有猫腻，来我这称放心", "AD13-DISPARAGE"),
    ("街道的领导都说好，中午都来我们这吃", "AD9-STATE-ORGAN"),
    ("我是这家奶茶店的代言人，其实我平时不喝奶茶，不过大家放心买", "AD38-NOT-USED"),
    ("我们的形象大使说了，她虽然不喝咖啡，但这豆子一闻就知道好", "AD38-NOT-USED"),
]

THIRTY_THIRD_ROUND_REVIEWS = [
    ("开店五年，服务过上千个家庭", "AD11-DATA"),
    ("不少宝妈都在回购咱家的小馒头", "AD11-DATA"),
    ("这家店的好评率接近满分", "AD11-DATA"),
    ("咱家豆腐是这一片的招牌", "AD9-SUPERLATIVE"),
    ("跟外面那些洗车店比，我们洗得细", "AD13-COMPARE"),
    ("比一般的理发店剪得好", "AD13-COMPARE"),
    ("这款拖鞋的防滑设计我们拿了证的", "AD12-PATENT"),
    ("听说有个顶流明星也爱喝我们家柠檬茶", "AD38-CELEBRITY"),
    ("全市就咱一家店有这款冰淇淋机", "AD9-EXCLUSIVE"),
    ("这款洗发水是厂里单独给我们做的，市面上找不到", "AD9-EXCLUSIVE"),
]

THIRTY_THIRD_ROUND_CLEAN = [
    "顾客说“这是全城最好吃的煎饼”，过奖了，我们就是用心做",
    "老客说我们是“天花板”，这只是她个人的看法，欢迎大家自己来尝",
    "干洗39元一件，另收上门取件费5元，自己送来不收",
    "限量80份的凉皮，卖完就没有了，明天早上再做",
    "这条街没人忙得过来的时候，欢迎找我们帮忙",
    "早餐组合：牛奶2瓶+面包1袋只要18元（单买牛奶8元一瓶、面包6元一袋）",
    "我们店的招牌菜是红烧肉，欢迎品尝",
    "孩子长个快，衣服总得买大一号",
    "今天太忙，我还没来得及吃午饭",
    "最近有人冒充楼下物业收费，大家别被骗了",
    "周边门面出租，有意者联系",
    "全市就这一家门店，别跑错了",
    "加价购：需同时购买满99元可加1元换购",
    "上周跟老顾客打赌输了，愿赌服输，今天全场奶茶半价",
    "本店不向学生出售电子烟",
    "本店禁止向未成年人销售香烟，学生请勿购买",
    "公司领导都说好，年会蛋糕就订我们家",
]


#: The thirty-fourth round (heldout36's and tune34's misses, older false positives; our own words).
THIRTY_FOURTH_ROUND_REJECTS = [
    ("修自行车这一片我是头一号，不服来比", "AD9-ABSOLUTE"),
    ("烫头发这条街我家排头一个", "AD9-ABSOLUTE"),
    ("这条街别家都是照着我学的手艺", "AD9-ABSOLUTE"),
    ("找了个博主代言这款米粉，她家孩子平时吃的是进口的", "AD38-NOT-USED"),
    ("小朋友也能喝的鸡尾酒味汽水，生日会必备", "AD40-UNSUITABLE"),
    ("放学带孩子来一杯，小朋友举杯就像大人一样干杯", "AD40-UNSUITABLE"),
    ("鸡腿特价6.8元一斤！（注：每单另收打包费2元、配送费6元）", "PRICE-BRACKET-CONDITION"),
    ("鸡蛋4.9元一板，小字：仅限前五分钟下单", "PRICE-HIDDEN-CHARGE"),
    ("牛奶1元一箱，仅限每天前两分钟下单的新用户", "PRICE-HIDDEN-CHARGE"),
    ("整个小区的面馆我家排老大，不服来比", "AD9-ABSOLUTE"),
    ("论修手机，方圆五里没人敢跟我叫板", "AD9-ABSOLUTE"),
    ("这手艺翻遍全城也找不出第二个", "AD9-ABSOLUTE"),
    ("街道办都点名让咱家给老年食堂供餐", "AD9-STATE-ORGAN"),
    ("褪黑素软糖（保健食品），吃了安全不上瘾", "AD18-HEALTH-CLAIM"),
    ("宝宝吃了咱家米糊，再也没拉过肚子", "AD17-DISEASE"),
    ("这张储值卡当理财使，比把钱存银行划算", "AD25-RETURN"),
    ("请了楼下网红帮忙口播，其实她本人不吃辣", "AD38-NOT-USED"),
    ("孩子们放学来玩推币机，赢的币能换零食", "AD40-MINORS"),
    ("高考前给孩子备几箱功能饮料，熬夜不犯困", "AD40-UNSUITABLE"),
    ("老师帮忙把咱家的宣传单夹在作业本里带回家", "AD39-SCHOOL"),
    ("健身卡1元抢！需同时签约私教课，合计3600元", "PRICE-HIDDEN-CHARGE"),
    ("内部消息，猪肉下周起每斤涨3块", "PRICE-RISE-RUMOUR"),
    ("限量20份，抢完再上20份，再抢完再上", "PRICE-FRAUD"),
    ("每单满100押注一次，押中了返双倍券", "AD9-GAMBLING"),
]

THIRTY_FOURTH_ROUND_REVIEWS = [
    ("晚上来吃串的人挺多，算得上这附近的人气店", "AD11-DATA"),
    ("楼里好多街坊都来我家订牛奶", "AD11-DATA"),
    ("我们在美团上的排名一直靠前", "AD11-DATA"),
    ("好多宝妈都说我们家的辅食比外面的新鲜", "AD13-COMPARE"),
    ("外卖榜上一直排前几，欢迎来尝", "AD11-DATA"),
    ("小红书上好多人打卡推荐咱家", "AD11-DATA"),
    ("跟超市的比，咱家的豆腐要新鲜一些", "AD13-COMPARE"),
    ("这一片做家政的里头，咱家算是来得快的", "AD9-SUPERLATIVE"),
    ("整个片区只有咱一家能拿到这个农场的土鸡蛋", "AD9-EXCLUSIVE"),
    ("有个挺有名的歌手上个月来过咱店", "AD38-CELEBRITY"),
]

THIRTY_FOURTH_ROUND_CLEAN = [
    "第二杯半价：拿铁原价22元，第二杯11元",
    "这条街排头一个店是卖包子的，我们在它隔壁",
    "鸡蛋9.9元一板，仅限前30分钟，先到先得",
    "小孩不能喝啤酒味饮料哦，家长注意",
    "王阿姨说咱家洗的衣服比别处干净，谢谢阿姨捧场",
    "代言人李姐说她家孩子一直喝这款",
    "美团评分4.8（截至11月30日）",
    "配送费5元，包装费1元，已写在价签上",
    "今天是桃子团的最后一天，明天起换成李子团，价格不变",
    "全场饮品8折，小料按原价",
    "新店开业活动到月底，价目表贴在门口",
    "啤酒都放在收银台后面，未满18岁不卖",
    "小区操场周末有跳蚤市场摆摊",
    "冬天注意保暖，能少吃药就少吃药",
    "天冷了注意预防感冒，出门多穿点",
    "社区医院周六开展预防癌症讲座，欢迎居民参加",
    "老师会把课表发到家长群",
    "代言人王姐说：从来没用过这么好用的锅",
    "群里有人说“这是今年吃到最甜的橘子”，个人口味哈",
    "今晚练腿，练完腿软是正常的",
    "用了我们的记账本再也没犯过错",
]


#: The thirty-fifth round: heldout37's misses, in our own words (docs/compliance.md).
THIRTY_FIFTH_ROUND_REJECTS = [
    ("对面那家理发店烫一次头坏一次，好多人来我这返工", "AD13-DISPARAGE"),
    ("初中生放学来半价，中午逃一节体育课过来也行", "AD40-MINORS"),
    ("大米原价89元，现价49元（原价为去年旺季售价）", "PRICE-FRAUD"),
    ("做蛋糕这一片儿没有能超过我们的", "AD9-ABSOLUTE"),
    # heldout38's misses, in our own words.
    ("储值卡充3000送1000，没花完的余额按8%给大家算利息", "AD25-RETURN"),
    ("收藏级普洱茶饼，三年后回购价保证翻倍", "AD25-RETURN"),
    ("认领一头散养猪，一年至少给你回2000元", "AD25-RETURN"),
    ("我们跟实验中学很熟，报了名的孩子几乎都能进", "AD24-EDUCATION"),
    ("男主播亲测推荐这款孕妇枕，说自己睡了一个月", "AD38-NOT-USED"),
    ("普拉提私教，什么姿势都满足你", "AD9-VULGAR"),
    ("对面那家干洗店用的都是劣质溶剂", "AD13-DISPARAGE"),
    ("“大润家”超市的菜都是人家挑剩下的", "AD13-DISPARAGE"),
    ("老板赌输了，全场跳楼价清仓", "PRICE-FRAUD"),
    ("我们的蛋糕是全城最好的，最好提前预订", "AD9-ABSOLUTE"),  # the rank stays, the advice goes
]

THIRTY_FIFTH_ROUND_CLEAN = [
    "严禁学生逃课来店里上网，家长放心",
    "别翘课来打球，周末球场全天开放",
    "这片儿没有能停车的地方，建议坐公交来",
    "我家小孩剪一次头哭一次，理发师很耐心",
    "去年旺季的时候我们也卖这个价",
    "养生馆下周搬到街对面，会员卡照常用",
    # heldout38's clean copy the rules flagged, and near misses of the new lines.
    "为保证新鲜，蔬菜当天卖不完就下架",
    "年卡保证七天可退，按已用天数扣费",
    "猫粮原料为100%三文鱼，每袋1.5kg",
    "瑜伽课各种姿势都可以在家练，晚上也可以约课",
    "男博主给老婆买的孕妇枕，她说睡得好多了",
    "余额可随时退，不计利息",
    "本店月底停业，清仓甩卖",
    "二手回收价格按成色定",
    "这批苹果都是挑剩下的小果，便宜卖，3元一斤",
    # heldout39's clean copy the rules flagged, in our own words.
    "奶茶店招店员，最好能会做咖啡，工资面议",
    "梅雨天衣服最好先烘干再收起来",
    "烤箱最大可烤一只三斤的鸡",
    "修手表上午送来，保证当天取",
    "屏幕换好后保修半年，保证原厂屏",
    "年卡可退，已上课时按单次原价80元扣除",
    "本店保健食品都有小蓝帽标志。保健食品不是药物，不能代替药物治疗疾病",
]


THIRTY_SIXTH_ROUND_REJECTS = [
    # tune35b's price tricks, in our own words: a reference or a limit the copy takes back, a
    # condition told later or elsewhere, prices kept apart per customer, a card charged more.
    ("吊牌价299，今天99！其实店里一直都卖一百出头", "PRICE-FRAUD"),
    ("标价88的是上架时随手写的，从开业起就一直卖30", "PRICE-FRAUD"),
    ("门市价2680的年卡，说实话还没人按这个价办过，今天只要880", "PRICE-FRAUD"),
    ("葡萄特惠12.8一斤！价签昨天才改成25的", "PRICE-FRAUD"),
    ("每批都是最后一批，错过等明年", "PRICE-FRAUD"),
    ("仅剩5份！卖掉后后台会自动补回5份", "PRICE-FRAUD"),
    ("只限今天秒杀9.9，明天后天也是这个价", "PRICE-FALSE-URGENCY"),
    ("报名今晚截止，截止以后也是一样的价格", "PRICE-FRAUD"),
    ("清仓大甩卖第60天，最后几天了", "PRICE-FRAUD"),
    ("满50减20，每份餐盒费2元，下单后才显示", "PRICE-HIDDEN-CHARGE"),
    ("押金不退这条写在群公告里，付款即视为同意", "PRICE-HIDDEN-CHARGE"),
    ("买面包送牛奶，送的是临期的小盒装", "PRICE-HIDDEN-CHARGE"),
    ("新人价19.9，老会员还是29.9，大家别在群里互相问价", "PRICE-UNDISCLOSED-DIFFERENT"),
    ("次卡会员注意：下个月起每次理发扣两次，卡上剩的次数不退", "PRICE-PREPAID-MARKUP"),
    ("这款面包绝对不要错过", "AD9-ABSOLUTE"),
]

THIRTY_SIXTH_ROUND_CLEAN = [
    # tune35a's near misses the rules flagged, and near misses of the new lines, in our own words.
    "凉拌菜最好当天吃完，隔夜的请倒掉",
    "羊毛衫最好平铺晾干，不要挂着晒",
    "菜市场南门第一间就是我们，门口有招牌",
    "配料表第一位是生牛乳，没有添加剂",
    "周末亲子活动，第一个游戏是传气球",
    "绝对不要让孩子独自在泳池边玩耍",
    "本店绝对不搞先涨后降，价签都是上周的实际售价",
    "本小区唯一指定自提点在5号楼物业旁",
    "手机修好后保证三个月内同样的毛病免费再修",
    "开店这些年最怕的就是停电",
    "仅剩5份，卖完今天就不再做了",
    "报名今晚截止，截止后恕不接受报名",
    "新会员和老会员同价，价目表贴在前台",
    "会员卡下月起调价，已办的卡按原价用完为止，想退的可以全额退",
    "买面包送牛奶，送的是同款250ml纯牛奶，保质期到下月底",
    "我们不卖处方药，需要的请到医院开处方",
    "小朋友拿了学校运动会跳绳冠军，跑来店里说给我听",
    "一等奖1名（最高奖，价值199元的电饭煲）",
    "储值卡充500送50，卡内本金余额随时可退",
    "运费怎么算，下单页第一行写得清清楚楚",
    # heldout39's last clean copy the rules rejected, in our own words.
    "碱水面包出炉后3小时内口感最好",
]


THIRTY_SEVENTH_ROUND_REJECTS = [
    # heldout40's misses the rules can read, in our own words: a top rank told backwards, innuendo
    # about tonight, men told to message the boss to "relax", stakes at the card table, a
    # clearance that goes back up tomorrow, a bait price already gone.
    ("您去菜场转一圈，比我家脆的一根都找不着", "AD9-ABSOLUTE"),
    ("比我们便宜的一家也找不到", "AD9-ABSOLUTE"),
    ("烤生蚝来一打，吃完今晚嫂子会感谢你", "AD9-VULGAR"),
    ("晚上带一份回去，老婆会谢谢你的", "AD9-VULGAR"),
    ("按摩店新来了技师，想放松的哥哥们私聊店长", "AD9-VULGAR"),
    ("麻将房开张，三缺一来凑，输的请奶茶", "AD9-GAMBLING"),
    ("清仓价59，今天过后就恢复原价", "PRICE-FRAUD"),
    ("9.9元抢牛排，已经抢光了，没抢到的可以按原价128下单", "PRICE-BAIT-SWITCH"),
]
THIRTY_SEVENTH_ROUND_CLEAN = [
    # heldout40's clean copy the rules flagged (the owner's own first and surest dish, the
    # plainest bread), and near misses of the new lines, in our own words.
    "我心里排第一的还是老面馒头",
    "这是我做得最拿手的一道菜",
    "最家常的一碗番茄蛋面",
    "比我家早开门的店也有好几家",
    "买束花送老婆，她会感谢你的",
    "周末想放松的朋友可以来喝杯咖啡",
    "棋牌室包间两小时58元，含茶水",
    "斗地主比赛，前三名送水果",
    "秒杀已抢光，没抢到的别急，下周三还有一场",
]


THIRTY_EIGHTH_ROUND_REJECTS = [
    # heldout41's misses the rules can read, in our own words: no shop able to match ours, nothing
    # better in the district, what we cannot fix nobody can, an internet café's student offer,
    # flyers handed out in class, a reference price undercut for months, a deadline the copy says
    # is not one, a "free" call-out charged after all, a top-up's gift confined by small print,
    # stakes and the house's cut at the card table, a certificate still being applied for, ills
    # "put right".
    ("论新鲜，这条街没一家能跟我家草莓比", "AD9-ABSOLUTE"),
    ("全城找不到更正宗的川菜了", "AD9-ABSOLUTE"),
    ("我修不好的电脑，别家也别想修好", "AD9-ABSOLUTE"),
    ("网咖寒假学生专享，包夜只要十块", "AD40-UNSUITABLE"),
    ("下周二在班里给孩子们发我们机构的体验券", "AD39-SCHOOL"),
    ("原价298的羽绒枕，今天88！这个价我们已经卖了三个月", "PRICE-FRAUD"),
    ("今日截止！过时恢复原价（本活动常年有效）", "PRICE-FALSE-URGENCY"),
    ("开锁上门费全免，不在我们这换锁的收取上门费50元", "PRICE-HIDDEN-CHARGE"),
    ("健身卡充1000送1000，等于打五折！赠送部分仅限工作日上午使用", "PRICE-HIDDEN-CHARGE"),
    ("打牌缺人来店里，押多押少随意", "AD9-GAMBLING"),
    ("本店蜂蜜已通过欧盟有机认证（证书审核中）", "AD11-UNSOURCED"),
    ("喝了这个药膳汤，风湿、胃病都能调理好", "AD17-DISEASE"),
    # tune36a's price tricks, in our own words: a condition put in an asterisked footnote, a
    # gift that is always something else, a price "subject to the group notice", a cut after a
    # raise made for it, a clearance of five months, a reduction paid as a coupon, a price for
    # a refurbished part, a "free" clean charged per call, a top-up's gift confined.
    ("游泳课学费全免🏊 *每节课收取场地费60元", "PRICE-FOOTNOTE-CONDITION"),
    ("烫发只要68元 *长发及染烫另加120元", "PRICE-FOOTNOTE-CONDITION"),
    ("全场半价 *新品、饮品及套餐不参加", "PRICE-FOOTNOTE-CONDITION"),
    ("大闸蟹两只99元，送到家 *每天仅限前3单，之后按159元结算", "PRICE-FOOTNOTE-CONDITION"),
    ("奶茶全场买一送一，送的统一是小杯柠檬水", "PRICE-FRAUD"),
    ("西瓜2.5元一斤，今晚开团，具体价格以团长通知为准", "PRICE-FRAUD"),
    ("鸡蛋比昨天便宜1块（昨天是特意涨了2块）", "PRICE-FRAUD"),
    ("关店清仓全场2折，已经连续清仓五个月了", "PRICE-FRAUD"),
    ("满200减80，减的80元以代金券形式返还", "PRICE-FRAUD"),
    ("换电瓶299元起，299元为翻新电瓶", "PRICE-HIDDEN-CHARGE"),
    ("空调免费清洗，每次收取上门费50元", "PRICE-HIDDEN-CHARGE"),
    ("充300送300，相当于打五折，赠送部分只能周一使用", "PRICE-HIDDEN-CHARGE"),
    # tune36b's top ranks in plain speech, in our own words: none that can match, none to be
    # found, a wager, rivals who bow, others' failures put right here, a rhetorical question,
    # the bottom price of the town, "top of the sky".
    ("这片儿的煎饼，没一家赶得上我们的", "AD9-ABSOLUTE"),
    ("论火候，冇得哪家炒得赢我们", "AD9-ABSOLUTE"),
    ("这条街就没有能打得过我们的烤鸭", "AD9-ABSOLUTE"),
    ("你跑遍全城也找不着比这更嫩的牛肉", "AD9-ABSOLUTE"),
    ("吃过我家的卤味，外面的再也吃不下", "AD9-ABSOLUTE"),
    ("谁家敢说比我们的馄饨鲜，我请全群吃一顿", "AD9-ABSOLUTE"),
    ("这榴莲要是比输了我倒贴你钱", "AD9-ABSOLUTE"),
    ("全城的同行来了都得服气", "AD9-ABSOLUTE"),
    ("附近几家加起来也没我这一锅料多", "AD9-ABSOLUTE"),
    ("别家修不好的表，到我手里照样走", "AD9-ABSOLUTE"),
    ("附近几家理发店挨个转一圈，最后还得来我们这", "AD9-ABSOLUTE"),
    ("谁家的面包能跟我们一样松软？", "AD9-ABSOLUTE"),
    ("同样的米，我这价格全城垫底", "AD9-ABSOLUTE"),
    ("我们的牛肉面在这一带是顶天的", "AD9-ABSOLUTE"),
]
THIRTY_EIGHTH_ROUND_REVIEWS = [
    # heldout41's designated supplier and comparisons with ordinary shops' practice: proof and
    # a basis a reviewer asks for.
    ("我们是本市指定供应点", "AD9-EXCLUSIVE"),
    ("一般的理发店都用便宜的洗发水，我们只用进口的", "AD13-COMPARE"),
    # tune36b's comparisons with unnamed others and soft ranks, in our own words.
    ("很多培训班只管收钱，我们每节课都有反馈", "AD13-COMPARE"),
    ("有的团长收了钱就不管了，我这儿缺一赔一", "AD13-COMPARE"),
    ("外面修车的经常乱加项目，我们先报价再动手", "AD13-COMPARE"),
    ("我们的烤鸭在附近美食榜一直排在前几名", "AD9-SUPERLATIVE"),
    ("我们的钢琴课在本地算是比较好的", "AD9-SUPERLATIVE"),
]
THIRTY_EIGHTH_ROUND_CLEAN = [
    # heldout41's clean copy the rules got wrong (the cheapest of those bought given free, a
    # guarantee of everyone's taste declined), and near misses of the new lines, in our own words.
    "买二送一，送的是其中价格最低的那件",
    "我不敢保证每个人都喜欢，但我自己很爱",
    "春节期间别的店都休息，我们照常营业",
    "一般的快递都送到驿站，我们送货上门",
    "网吧谢绝未成年人，学生证不享优惠",
    "幼儿园放学后，家长可到店里领体验课单页",
    "这个价从上周一开始，做到月底",
    "本活动长期有效，无需抢购",
    "充500送50，赠送部分仅限店内消费",
    "棋牌室文明娱乐，禁止押注赌博",
    "我修不好的会推荐你去别家看看",
    # tune36a-b's lawful copy the rules flagged (the shop's own earlier goods, the owner's own
    # taste and feelings, the week's best sellers), and near misses of the new lines.
    "团长电话138****5678，草莓29元一盒",
    "草莓29元一盒，需要的邻居私信团长",
    "洗车25元一次，打蜡另加30元，价目表贴在门口",
    "今年的月饼比我们去年少放了三成糖",
    "新换的跑步机比原来那台宽了十厘米",
    "这款酸奶是我自己喝着最顺口的",
    "我家孩子吃得最香的是这款小馒头",
    "开店这几年，我最有成就感的时候是看到老顾客带孩子来",
    "本周团购销量前三：鸡蛋、青菜、豆腐",
    "有的团长问我们能不能代发，可以的",
    "买一送一，送的是同款同规格",
    "鸡蛋比上周便宜了1块，饲料降价了",
    "我觉得最难打理的是羊绒，所以都手洗",
]


THIRTY_NINTH_ROUND_REJECTS = [
    # heldout42's misses the rules can read, in our own words: produce sold by innuendo, a
    # "from" price quoted at the door, a top-up's gift capped, the whole web's lowest in plain
    # words, prices put back up before the sale day.
    ("今晚特价茄子，寂寞的姐妹都懂，粗细随便挑", "AD9-VULGAR"),
    ("管道疏通5元起，师傅上门后看情况再报价", "PRICE-HIDDEN-CHARGE"),
    ("充500送500，等于打五折，赠送部分每次最多抵扣20元", "PRICE-HIDDEN-CHARGE"),
    ("这款纸巾全网你搜不到更便宜的", "PRICE-FRAUD"),
    ("本月1号起全店恢复原价，15号那天统一五折", "PRICE-FRAUD"),
]
THIRTY_NINTH_ROUND_REVIEWS = [
    # heldout42's comparisons with other group-buys and street stalls.
    ("你去别的群里转一圈就知道谁家实在", "AD13-COMPARE"),
    ("我们的豆浆比路边摊卫生多了", "AD13-COMPARE"),
]
THIRTY_NINTH_ROUND_CLEAN = [
    # heldout42's clean copy the rules flagged (terms the shop keeps and a disclaimer, the
    # owner's first pick, a superlative within the shop's own few kinds, a job ad's wish, a
    # reference price with its period), in our own words.
    "过敏的顾客请提前说，我们保证单独制作",
    "二手书不保证品相，介意慎拍",
    "我私心第一推荐桂花乌龙",
    "店里三款面包里这款最软",
    "招聘店员一名，最好有收银经验",
    "原价45元（近30天均按此价销售），今天38元",
]


FORTIETH_ROUND_REJECTS = [
    # heldout43's misses, in our own words: a deadline or a scarcity the copy takes back (the one
    # line of PRICE-FALSE-URGENCY, read by pricemath.false_urgency), a price whose unit a note
    # changes, a rank in plain words, a card sold as savings, a health food against medicine, and
    # a footnote past an emoji run (a verified rule's span may cross any gap).
    ("次卡今天只要199，过了今天恢复原价（此活动长期有效）", "PRICE-FALSE-URGENCY"),
    ("只剩3份！卖完马上恢复原价88，明天同一时间再放3份", "PRICE-FALSE-URGENCY"),
    ("限时特价！本优惠长期有效，原价198现价68", "PRICE-FALSE-URGENCY"),
    ("草莓19.9元一斤，标价为每半斤价格", "PRICE-UNIT-REDEFINED"),
    ("周末洗车仅需9.9元🚗🚙✨🫧 *需办理500元储值卡后享受", "PRICE-FOOTNOTE-CONDITION"),
    ("论脆甜，没一家能跟咱这批冬枣掰手腕", "AD9-ABSOLUTE"),
    ("洗衣卡也能当理财，卡里余额每月增值3%", "AD25-RETURN"),
    ("胃不舒服不用再去医院开药，这款酵素喝上就行", "AD18-HEALTH-CLAIM"),
    ("只招河南籍的阿姨，外地的人不靠谱", "AD9-DISCRIMINATION"),
    # A condition against the buyer in brackets after the offer (PRICE-BRACKET-CONDITION, read by
    # pricemath.bracket_condition): a quota, a charge on top, what the price is really for.
    ("九块九抢大米一袋🍚 先到先得！（本活动每天仅限前2位）", "PRICE-BRACKET-CONDITION"),
    ("换机油只要39元（39元为工时费，机油另收）", "PRICE-BRACKET-CONDITION"),
    # Something for nothing, then a payment the copy makes the buyer owe (PRICE-FREE-THEN-PAY,
    # pricemath.free_then_pay).
    ("0元领取儿童绘本一套，只需支付快递费25元", "PRICE-FREE-THEN-PAY"),
    ("免费体验瑜伽一周，上课前先交300元教材费", "PRICE-FREE-THEN-PAY"),
    # A token price with a total quota of three or fewer (PRICE-BAIT-QUOTA, pricemath.bait_quota).
    ("两块钱抢一箱牛奶，街坊都来！每天只有2箱", "PRICE-BAIT-QUOTA"),
    # An all-in price with a charge on top (PRICE-NOT-ALL-IN, pricemath.not_all_in).
    ("修水管一口价80元，师傅到了看情况需加材料钱", "PRICE-NOT-ALL-IN"),
]
FORTIETH_ROUND_REVIEWS = [
    # heldout43's comparison with unnamed others and its crowd of buyers with no source.
    ("同样的价钱，别家做不到我们这么细", "AD13-COMPARE"),
    ("这款腊肠上千位街坊吃过", "AD11-DATA"),
]
FORTIETH_ROUND_CLEAN = [
    # heldout43's clean copy the rules flagged, in our own words (a time to reopen, which piece
    # goes free, a declined guarantee, goods as sold, advice for leftovers, praise disclaimed,
    # a group's price with proof, a discount worked from the list price), and the urgency line's
    # near misses (a day's batch, days left of a stated period, no time limit, a consistent unit,
    # the last day of the month as a date).
    "停电检修，最快下午3点恢复营业",
    "买三送一，送的是四件里价格最低的那件",
    "我不敢保证每一颗都甜，可以先尝再买",
    "手机保证是未拆封的国行新机",
    "面包吃不完最好切片装袋",
    "有位老顾客说我们的馄饨是全城第一，我们可不敢当",
    "理发原价30元，周一至周五老人凭老年证20元",
    "会员打九五折，按原价结算后再打折",
    "只剩6份了，卖完今天就收摊，明天照常做",
    "店庆还剩3天！活动时间5月1日至5月10日",
    "第二杯半价，每天都有，不限时段",
    "黄瓜3元一斤，价格按每斤计",
    "本月最后一天营业到晚上10点，下月起9点关门",
    "只推荐持证上岗的阿姨",
    "体检套餐199元（需空腹，提前一天预约）",
    "会员价12元（非会员15元，开卡免费）",
    "免费借用雨伞，需交押金30元，还伞时全额退还",
    "1元换购一瓶酸奶，每人限购1瓶",
    "开锁一口价60元，夜间也不加价",
]

FORTY_FIRST_ROUND_REJECTS = [
    # heldout44's misses, in our own words. Price read as structures (pricemath): a headline
    # price behind a spending threshold, a 买一送一 whose gift is a voucher, a reference price for
    # goods new today or never sold at it, a closing day against a period to the year's end, and
    # fees owed on top with no amounts.
    ("土鸡蛋5分钱一个！当天在店里消费满188元才能购买", "PRICE-BAIT-THRESHOLD"),
    ("买二送一！送的是10元优惠券，下次满100元可用", "PRICE-GIFT-NOT-GOODS"),
    ("新款保温杯今天首发，原价199元，首发价79元", "PRICE-NO-PRIOR-PRICE"),
    ("吊牌价899的羽绒服只要199，说实话这个牌子商场从没进过", "PRICE-NO-PRIOR-PRICE"),
    ("今天就闭店了，全场三折清仓！活动即日起至月底", "PRICE-FALSE-URGENCY"),
    ("年卡只要199元，另需缴纳管理费、毛巾费", "PRICE-HIDDEN-CHARGE"),
    # A rival pointed at by where it is, then its goods or work run down.
    ("同一条街的老王修车换的刹车片全是拆机件", "AD13-DISPARAGE"),
    ("二号楼底下的快餐店用的是地沟油", "AD13-DISPARAGE"),
    # A national award with no contest named; a certificate whose number the copy withholds.
    ("本店荣获2024年度全国社区面馆金奖", "AD11-UNPROVABLE-CREDENTIAL"),
    ("通过国际质量认证，证书编号不便透露", "AD11-UNPROVABLE-CREDENTIAL"),
    # Cures, guarantees, returns, children, schools and medical staff in plain words.
    ("胃胀的毛病喝它就行", "AD17-DISEASE"),
    ("结节吃了两个月就不再长了", "AD17-DISEASE"),
    ("报我们的班，孩子期末稳拿满分", "AD24-EDUCATION"),
    ("考级班的考官都是熟人，交钱就行", "AD24-EDUCATION"),
    ("这款鱼油效果不比医院开的药差", "AD18-HEALTH-CLAIM"),
    ("交两年学费，到期全额返还再多给8个点", "AD25-RETURN"),
    ("办股东卡，存得越多分红越多", "AD25-RETURN"),
    ("不给你买零食的爸爸妈妈不是好爸妈", "AD40-MINORS"),
    ("挑战从单杠顶上倒着跳下来，拍视频就送汉堡", "AD40-MINORS"),
    ("附近小学的老师把我们的优惠券发到每个班了", "AD39-SCHOOL"),
    ("这款护腰带，医院的护士长自己戴了都说好", "AD16-ENDORSE"),
    ("别处修不好的手机我们都能修好", "AD9-ABSOLUTE"),
    ("全城再也找不着比我们更香的烧饼", "AD9-ABSOLUTE"),
    ("抽奖转盘转一次5元，输了下回来翻本", "AD9-GAMBLING"),
    # tune39a's structures, in our own words (after its forecast): a purchase required first, a
    # gift that is a sample, charges after a headline price, a from-price for a narrow item, a
    # recurrence that takes a last day back, a rival named as a shop, an award or a report that
    # cannot be checked.
    ("游泳体验课19.9元！需先办理1980元年卡才能预约", "PRICE-BAIT-THRESHOLD"),
    ("面膜买一送一，赠品为同款5ml小样", "PRICE-GIFT-NOT-GOODS"),
    ("搬家只要99元！楼层费每层20元，大件搬运另计", "PRICE-CHARGES-ON-TOP"),
    ("修鞋5元起！换鞋底45元，补面料30元，5元的为钉鞋掌一只", "PRICE-FROM-NARROW-ITEM"),
    ("最后1天！明天恢复原价！（本活动每周五准时开启）", "PRICE-FALSE-URGENCY"),
    ("幸福面馆的汤都是料包兑的", "AD13-DISPARAGE"),
    ("5栋的阿强团购就是坑人", "AD13-DISPARAGE"),
    ("咱家酸奶获评全国十佳乳品", "AD11-UNPROVABLE-CREDENTIAL"),
    ("经第三方检测无防腐剂，检测报告已存档，不对外展示", "AD11-UNPROVABLE-CREDENTIAL"),
    ("充300送300！送的300元分成30张10元券，每次消费满100元可用一张", "PRICE-HIDDEN-CHARGE"),
    ("全场饮品五折！每单限折一杯", "PRICE-HIDDEN-CHARGE"),
]
FORTY_FIRST_ROUND_REVIEWS = [
    # heldout44's exclusivity, patent, crowd and celebrity claims that need proof.
    ("三亚果园专供我们一家，别的渠道都没有", "AD9-EXCLUSIVE"),
    ("咱家的专利晾衣架，一次能晾二十件", "AD12-PATENT"),
    ("理发店的会员已经上万人", "AD11-DATA"),
    ("好几位上过春晚的老艺术家都是咱家的老顾客", "AD38-CELEBRITY"),
]
FORTY_FIRST_ROUND_CLEAN = [
    # heldout44's clean copy the rules flagged, in our own words (a denial of a cure, a quoted
    # customer the shop disclaims, a reference price with its basis before the figure, which
    # piece goes free), and the new structures' near misses (a threshold said first, the gift
    # the goods, a rival named with no run-down, a closing with no sale).
    "这款阿胶糕是普通食品，不能治病",
    "顾客留言说：这是我吃过最香的包子。口味因人而异，欢迎来试吃",
    "原价（上周实际售价）12元/斤，本周9.9元/斤",
    "满三件第四件免费，免费的那件按最低价的一件计",
    "单笔满100元可加1元换购鸡蛋一板",
    "买一送一，送的是同款同规格的一杯",
    "隔壁理发店的师傅是我徒弟，手艺很好",
    "今天闭店盘点，明天照常营业",
    "消费满200元送20元代金券，下次消费可用",
    "获2023年市餐饮协会主办的烘焙技能大赛二等奖，证书挂在店里",
    "本店入选大众点评必吃榜，可在店铺页面查看",
    "我们面馆的骨汤不是料包兑的",
    "全场五折，每人限购一件",
]


FORTY_SECOND_ROUND_REJECTS = [
    # heldout45's misses, in our own words: no better one found, the place said after the
    # comparison; every rival together beaten.
    ("比我家便宜的你在这一片找不着", "AD9-ABSOLUTE"),
    ("论新鲜，附近几家超市加起来都比不过咱这一摊", "AD9-ABSOLUTE"),
    # A kindergarten child as the shop's face, under ten by the class.
    ("本店的形象大使是幼儿园中班的朵朵，她每周都来", "AD38-CHILD-ENDORSER"),
    # A customer's reported feeling cleared does not clear a market named in it.
    ("有位顾客说他觉得我们家是全城最好吃的", "AD9-ABSOLUTE"),
    # An ailment, then its relief after the goods were taken for a time; illness kept away;
    # cancer cells named.
    ("嗓子疼的街坊喝了两天我们的罗汉果茶，立马就好了", "AD17-DISEASE"),
    ("狗狗腹泻别着急，拌上我们的益生元冻干，三天就能止住", "AD17-DISEASE"),
    ("天天喝一碗姜枣茶，冬天就不容易得感冒", "AD17-DISEASE"),
    ("这款紫薯能杀死癌细胞", "AD17-DISEASE"),
    # A health food, then the body changed; no dependence in plain words.
    ("坚持吃了两个月我们的葡萄籽胶囊，脸上的斑淡了好多", "AD18-HEALTH-CLAIM"),
    ("孩子吃了这款鱼油，背书都精神多了", "AD18-HEALTH-CLAIM"),
    ("助眠软糖吃了没有依赖性，想停随时停", "AD18-HEALTH-CLAIM"),
    # tune40a's misses, in our own words: the goods first and the ailment after; pinyin
    # spellings; a measured drop, a drug given up, a season without illness; a health food that
    # lets the body change.
    ("猫咪吃了我们的冻干一周，泪痕全消", "AD17-DISEASE"),
    ("蒜苗炒蛋能饿死Ai细胞", "AD17-DISEASE"),
    ("苦瓜茶喝一个月，空腹血糖从10降到7", "AD17-DISEASE"),
    ("天天喝这个汤，降糖药都能减半", "AD17-DISEASE"),
    ("生姜红糖水备上，流感季全家没一个病倒", "AD17-DISEASE"),
    ("玛咖片让男人找回巅峰状态", "AD18-HEALTH-CLAIM"),
    # The shop's own earlier price beside a shop just opened, a first day of sale, no retail, a
    # closed month, or the lower price from the start (never_charged).
    ("平时卖39一斤的荔枝今天19.9！这批今天刚到，第一次上架", "PRICE-NO-PRIOR-PRICE"),
    ("上周售价128元的周卡，现在59元，小店这周一才开张", "PRICE-NO-PRIOR-PRICE"),
    ("门店零售价198元（门店暂未开放零售），团购价68元", "PRICE-NO-PRIOR-PRICE"),
    ("上个月标价299元的染发，本月99元。上个月店里停电歇业，一单没做", "PRICE-NO-PRIOR-PRICE"),
    ("原价99元的宠物窝现价29元，这款一到店就按29元卖的", "PRICE-NO-PRIOR-PRICE"),
    ("原价88元的擦鞋，今天15元，明天起恢复15元", "PRICE-FALSE-REDUCTION"),
    ("全场衣服按进价的四倍标，再打2折，等于白送", "PRICE-FALSE-MARKUP"),
    # heldout45's other misses, in our own words.
    ("街道办领导来参观过我们的托育中心，很满意", "AD9-STATE-ORGAN"),
    ("一元夺宝开始啦，押得越多中得越多", "AD9-GAMBLING"),
    ("充值年卡送股份，门店上市直接翻倍", "AD25-RETURN"),
    ("新上的韭菜盒子，老公吃了晚上让媳妇直夸", "AD9-VULGAR"),
    # A rise in score promised with a refund; the admissions office in the shop's pocket.
    ("数学提分班，报了保证提30分，提不到退一半学费", "AD24-EDUCATION"),
    ("我们跟招生办有内部名额，差几分也能想办法", "AD24-EDUCATION"),
    # A named shop's goods said to be old stock; a child told to pester a parent; teachers
    # used to spread the offer.
    ("阳光超市的牛奶都是冷库里压了半个月的", "AD13-DISPARAGE"),
    ("想吃冰淇淋就缠着爸爸闹，闹到他带你来", "AD40-MINORS"),
    ("班主任老师会在家长群里转发我们的托管班招生，报名直接找班主任", "AD39-SCHOOL"),
]
FORTY_SECOND_ROUND_REVIEWS = [
    # A customer's superlative quoted with no reply from the shop stays for review.
    ("顾客留言：“这是全小区最好吃的馒头”", "AD9-ABSOLUTE"),
    # A cut from the shop's own price deeper than a fifth: the price record is asked for.
    ("排骨平时卖30元一斤，本周团购价19.9元一斤", "PRICE-REFERENCE"),
    # The shop's own patented goods, its development said first: the number is asked for.
    ("我们自主研发的专利拖把，拖地不留水印", "AD12-PATENT"),
    ("这道酸汤的做法是我们厨师自创的，别的馆子都没有", "AD9-EXCLUSIVE"),
    ("某位知名主持人也在用这款护手霜，懂的都懂", "AD38-CELEBRITY"),
    # A customer's own superlative with no reply from the shop stays for review.
    ("顾客小陈说我们的馄饨是她吃过最鲜的一碗，今天照常营业", "AD9-SUPERLATIVE"),
]
FORTY_SECOND_ROUND_CLEAN = [
    # heldout45's clean copy the rules flagged, in our own words: a customer's quoted praise the
    # shop thanks for or calls the customer's own taste, a reference price with its basis in
    # brackets after the unit, the first at its marked price, full weight promised.
    "老顾客小李留言：“这是我吃过最嫩的豆花。”谢谢小李，我们会继续用心做",
    "有位客人说我们的奶茶“最像他老家的味道”，这是他的感受，每个人口味不同",
    "原价8.5元一斤（上周实际售价），本周7.5元",
    "第一碗按原价，第二碗半价",
    "保证斤两足，少一两补一两",
    # The shop's own price of late, cut by at most a fifth (own_markdown); 原价 with no figure.
    "排骨平时卖30元一斤，本周团购价26元一斤",
    "镜架全场5折，镜片按原价",
    "各款原价见价签，晚上8点后8折",
    # One customer's own experience reported in the third person; the owner's own feelings.
    "有位阿姨在群里说这是她今年吃过最甜的桃子，谢谢阿姨",
    "老会员说他每周都来，觉得这里的拉伸课练着最舒服，谢谢他一直支持",
    "我自己最满意的还是这款老面包子",
    "我还是觉得早上开门前擦桌子是最安心的时候",
    "我们的代言人是幼儿园大班的老师王姐",
    "群友阿梅在群里说：“这是我买过最新鲜的一次虾。”看得我们怪不好意思的，谢谢阿梅",
    "业主小王说：“是我今年吃过最香的月饼。”他自己的感受，分享给大家",
    # The new structures' near misses: an ailment with no relief claimed, a supplement's label.
    "感冒了请在家休息，配送由团长代送上门",
    "鱼油软胶囊每粒1000mg，每日2粒，本品不能代替药物",
    "孩子跟妈妈闹脾气的时候，可以一起读读这本绘本",
    "荔枝平时卖39一斤，这周团购价35一斤，周日截止",
    # Older clean copy the rules flagged, in our own words: a unit spelt out, a setting's place on
    # its scale, a minimum order, the first holiday since opening, a kettle's trade name.
    "电热毯三档可调，最高45摄氏度",
    "吹风机风力分3档，第一档最弱",
    "面粉最低起订量5袋",
    "今年是我们开店以来的第一个中秋，做了些月饼请大家尝",
    "养生壶容量1.8L，功率800W",
    "团购：沃柑5斤装26元，门店零售价30元，周六提货",
    "暑期班报名立减300元，7月31日截止，8月1日起恢复原价",
    # tune40a's clean copy, in our own words: a health food's label clause with the statutory
    # notice, an effect denied, a superlative the shop declines, a guarantee declined or kept to
    # the shop's practice, a customer's own superlative with the shop's reply.
    "维生素C片（保健食品），保健功能：补充维生素C。每日1片，本品不能代替药物。",
    "这杯姜茶就是普通饮品，没有养生功效",
    "街坊说我们炸的油条是她吃过最脆的，我们不敢说最好，只是油天天换",
    "甜度看天气，不保证每个都一样甜",
    "有位客人说我们的蛋糕是她心中第一，受宠若惊，谢谢",
    "老客说这是他找到的最安静的自习角落，他喜欢就好",
]

FORTY_THIRD_ROUND_REJECTS = [
    # heldout46's misses, in our own words: a "from" price quoted only in the shop (an emoji
    # sequence before it: one character, not five code points, as a gap); a lure price whose
    # rules are only in a notice; a top-up gift spent only with as much cash; an absurd original
    # price the leader "cut".
    ("洗牙9.9元起！🦷‍✨ 进店后按牙结石多少另行报价", "PRICE-HIDDEN-CHARGE"),
    ("一元抢十个鸡蛋，到店领取，具体活动规则以群公告为准", "PRICE-HIDDEN-CHARGE"),
    ("充300送300，赠送部分消费时需按1比1搭配本金使用", "PRICE-HIDDEN-CHARGE"),
    ("橄榄油原价899，团长砍到39.9", "PRICE-INFLATED-REFERENCE"),
    # A rival pointed at by where it is, told to be avoided; plain-word superlatives; a ceiling.
    ("别去对面的小炒店了，油都是反复用的", "AD13-DISPARAGE"),
    ("修鞋三十年，整个街道没有哪个师傅能比得上我", "AD9-ABSOLUTE"),
    ("全市找不出第二个师傅手艺比得过他", "AD9-ABSOLUTE"),
    ("这批草莓的甜度封顶了，再往上没得比", "AD9-ABSOLUTE"),
    # A child urged to an unsafe act; admission promised through past results; a return with
    # the principal; a testimonial of a supplement; a preventive claim for a snack.
    ("孩子踩上滑板车，下坡时放开把手更好玩", "AD40-MINORS"),
    ("去年跟我们学的学生全都考上了重点高中", "AD24-EDUCATION"),
    ("拼单垫货款，十天返本金加8%提成，大家放心", "AD25-RETURN"),
    ("邻居王叔吃了我们的氨糖三个月，现在扔了拐杖", "AD18-HEALTH-CLAIM"),
    ("隔壁张姐吃了辅酶Q10，说胸闷少多了", "AD18-HEALTH-CLAIM"),
    ("这款山楂条常吃能防高血脂", "AD17-DISEASE"),
    # A sexual hint; gambling; an endorser who cannot have used the goods; the shop's own lab;
    # an international body; a certificate on every piece.
    ("新品特调“事业线”，喝了更有料", "AD9-VULGAR"),
    ("扫码抽奖，小赌怡情，大奖等你", "AD9-GAMBLING"),
    ("我们请来的代言人是个大叔，说老婆怀孕时他一直在喝这款孕妇奶粉", "AD38-NOT-USED"),
    ("我们店里实验室测过，这款洗洁精去油力是普通洗洁精的3倍", "AD11-UNSOURCED-FIGURE"),
    ("联合国推荐：每天一杯我们家的豆浆", "AD11-UNSOURCED"),
    ("每一个橙子都有国际认证", "AD11-UNPROVABLE-CREDENTIAL"),
]
FORTY_THIRD_ROUND_REVIEWS = [
    # Origin claims; a share told in words and a sales count with no source; soft ranks; a
    # comparison with unnamed chains.
    ("这款煎饼果子的吃法是我们家先琢磨出来的，后来别家才跟着做", "AD9-EXCLUSIVE"),
    ("本店是酸菜鱼的正宗发源店", "AD9-EXCLUSIVE"),
    ("十个老客里有八个是朋友介绍来的", "AD11-DATA"),
    ("这款卤味上架半年，卖出去两万多份", "AD11-DATA"),
    ("说起手冲咖啡，咱家在这一片也是数得上的几家", "AD9-SUPERLATIVE"),
    ("我们的肉包子在街坊那里一直排得上前头", "AD9-SUPERLATIVE"),
    ("一样的价格，我们比连锁店洗得仔细", "AD13-COMPARE"),
    # A quote with no reply from a customer named as thanked_quote names them (群友, 业主): review,
    # as quoted_customer (one `customer` lexicon for both).
    ("群友留言：“这是全小区最好吃的馒头”", "AD9-ABSOLUTE"),
]
FORTY_THIRD_ROUND_CLEAN = [
    # heldout46's clean copy the rules flagged, in our own words: the basis of a reference price
    # said after it (last week's real price), the unspent principal of a card refunded, a storage
    # temperature kept.
    "西瓜本周团购2元/斤，原价2.5元/斤为本店上周实际售价",
    "洗衣卡充200送20，赠送部分按比例使用，没用完的本金可随时退还",
    "鲜牛奶每盒250ml，保证2-6℃冷藏配送",
    # The new structures' near misses: rules in a notice with no lure price, the shop's own
    # thanks for an origin question, a share with its source, a price list in full.
    "出炉时间以门店公告为准，欢迎提前预订",
    "烫发短发128元，中长发168元，长发198元，药水均已包含",
    "孩子骑车请戴好头盔，下坡慢一点",
    "小伙伴留言：“这是我吃过最好吃的烧饼。”谢谢小伙伴，我们会继续用心做",
]

FORTY_FOURTH_ROUND_REJECTS = [
    # heldout47's misses, in our own words: prices (a discount off the 原价 of a shop just
    # opened; the price everyone else pays told in the bracket; a token price behind a spend
    # before it can be redeemed; the lowest on the web in plain words).
    ("开业大酬宾，全店原价基础上5折起", "PRICE-NO-PRIOR-PRICE"),
    ("洗车只要9元（仅限周三早上8点前，不含内饰，其他时段45元）", "PRICE-BRACKET-CONDITION"),
    ("1.9元抢5斤面粉，需拉10位好友助力，再买满59元商品后才可兑换", "PRICE-BAIT-THRESHOLD"),
    ("同款同规格，全城就数我家价格低", "PRICE-FRAUD"),
    ("放心买，谁家都便宜不过我们", "PRICE-FRAUD"),
    # Unbeatable in plain words and slang.
    ("逛遍全杭州都找不到更好吃的葱包桧", "AD9-ABSOLUTE"),
    ("配钥匙开锁，就没有我弄不了的锁", "AD9-ABSOLUTE"),
    ("论烫发手艺，咱这片儿头一号", "AD9-ABSOLUTE"),
    # Rivals pointed at by where they stand: goods ruined, weights rigged, stale beans, makeshift
    # staff.
    ("北门那家干洗店把顾客的羊毛衫洗缩水了", "AD13-DISPARAGE"),
    ("市场入口那个肉摊缺斤少两", "AD13-DISPARAGE"),
    ("那家网红店用的都是陈米", "AD13-DISPARAGE"),
    ("隔壁托管班的老师都是临时招来的", "AD13-DISPARAGE"),
    # Cures: flu kept away, a vaccine beaten, 三高 spelt out of the way, a level back to normal,
    # an old ailment that has not come back.
    ("每天一碗萝卜汤，全家甲流都不会中招", "AD17-DISEASE"),
    ("这罐蜂蜜水比吃药还管用", "AD17-DISEASE"),
    ("苦荞茶专克三搞", "AD17-DISEASE"),
    ("喝了一个月，尿酸就回到正常了", "AD17-DISEASE"),
    ("吃了我们的阿胶糕，她的偏头痛一次都没犯", "AD17-DISEASE"),
    # Health foods: safe in any amount, as good as a drug, a spokesperson's word.
    ("儿童钙片，小朋友多吃几片也没事", "AD18-HEALTH-CLAIM"),
    ("这款鱼油效果赶得上医院开的降脂药", "AD18-HEALTH-CLAIM"),
    ("形象大使力荐：每天两粒蛋白粉", "AD18-HEALTH-CLAIM"),
    ("孕期奶粉代言人王先生：我自己每天都喝", "AD38-NOT-USED"),
    # Education results promised; a place minors may not enter offered to pupils.
    ("识字班三个月，孩子能认800个字，包会", "AD24-EDUCATION"),
    ("中考冲刺营，考不上重点全额退学费", "AD24-EDUCATION"),
    ("网咖寒假福利：初中生凭学生证半价", "AD40-UNSUITABLE"),
    # A breast pun; a scratch card paying cash; an official of a state office; an unnamed lab.
    ("夏日新品“胸”涌澎湃", "AD9-VULGAR"),
    ("消费越多中奖越多，刮刮乐最高返现1000", "AD9-GAMBLING"),
    ("派出所李所长都夸我们的包子好吃", "AD9-STATE-ORGAN"),
    ("经实验室检测，这款拖把的除螨率达到98%", "AD11-UNSOURCED-FIGURE"),
    # tune42a's misses (the forecast), in our own words: never yet met a job beyond us, no one
    # in town to match us, no second shop after touring the market; an unnamed third-party lab.
    ("开锁十五年，从没遇到过我开不了的锁", "AD9-ABSOLUTE"),
    ("全区修车铺，换轮胎这活儿没人干得过我们", "AD9-ABSOLUTE"),
    ("走遍全县集市，再没第二家的豆腐能比我家嫩", "AD9-ABSOLUTE"),
    ("据第三方实验室检测，这款洗衣液除菌率达99%", "AD11-UNSOURCED-FIGURE"),
    # Rivals: a pointed-at clinic that harms and overcharges, a debunked claim, a named bakery
    # with spoilt flour, staff with no papers, a chain's beans said to be stale.
    ("南门那家宠物诊所给狗洗牙洗出毛病，还乱收费", "AD13-DISPARAGE"),
    ("街角那个号称卖散养鸡的摊子，其实都是饲料鸡", "AD13-DISPARAGE"),
    ("幸福面包房用发霉的面粉做吐司", "AD13-DISPARAGE"),
    ("那家健身房的教练根本没证", "AD13-DISPARAGE"),
    ("那家门口挂红灯笼的火锅店，肉都是放了半年的冻货", "AD13-DISPARAGE"),
    # Education: a doubled ability, a place on signing, characters by a date.
    ("上我们的课，孩子记忆力保证翻倍", "AD24-EDUCATION"),
    ("报名即保送重点初中", "AD24-EDUCATION"),
    ("两个月认字800个，上小学不用愁", "AD24-EDUCATION"),
    # Endorsers: a man for maternity goods, a health food's ambassador, a child not at school.
    ("孕妇钙片代言人李大哥：我吃了一年", "AD38-NOT-USED"),
    ("健康大使张老师代言：这款蓝帽子鱼油", "AD18-HEALTH-CLAIM"),
    ("我们的钙片代言人是社区广场舞冠军", "AD18-HEALTH-CLAIM"),
    ("店里的形象大使、还没上学的朵朵：这款咖啡我天天喝", "AD38-CHILD-ENDORSER"),
    # Health foods safe in any amount; cures: relief, flu kept off, a disease spelt out of the way.
    ("益生菌软糖，孩子多吃几包也不伤身", "AD18-HEALTH-CLAIM"),
    ("鼻炎老病号喝完就好利索", "AD17-DISEASE"),
    ("每天一碗姜汤，整个冬天感冒都找不上门", "AD17-DISEASE"),
    ("孩子喝了一冬天，一学期没请过病假", "AD17-DISEASE"),
    ("老胃病不再犯，全靠这碗小米粥", "AD17-DISEASE"),
    ("肠yan老病号放心吃", "AD17-DISEASE"),
    # Minors: pupils into an internet café, into a bar; prices: a new shop's 原价, a narrow
    # hour in the bracket, a free gift behind a spend; vulgar: a night hint, more bought more won.
    ("初中生放学来本网咖，免费上网一小时", "AD40-UNSUITABLE"),
    ("初三学生考完来清吧，凭学生证啤酒半价", "AD40-UNSUITABLE"),
    ("刚开的面馆：原价28元一碗，今天只要9元", "PRICE-NO-PRIOR-PRICE"),
    ("理发只要6元！（仅周三下午2点至3点，不含洗吹）", "PRICE-BRACKET-CONDITION"),
    ("0元领大米：拉20人进群，再下单满199元商品", "PRICE-BAIT-THRESHOLD"),
    ("吃完这串腰子，今晚让老婆下不了床", "AD9-VULGAR"),
    ("商场抽奖，奖金发现金，多买多中", "AD9-GAMBLING"),
]
FORTY_FOURTH_ROUND_REVIEWS = [
    # Others put down without a name, a sales count in words, a soft rank, the house's treasure.
    ("有的补习班只管收钱，我们每周给家长反馈", "AD13-COMPARE"),
    ("现在很多理发店就是推销办卡，我们只认真剪头", "AD13-COMPARE"),
    ("开业以来，卖出去的煎饼起码有上万个", "AD11-DATA"),
    ("在这条街的烧烤店里，我们算口碑拔尖的几家", "AD9-SUPERLATIVE"),
    ("镇店之宝：手工芝麻汤圆", "AD9-SUPERLATIVE"),
    # tune42a's: counts in words, near the top softly.
    ("吃过我们煎饼的街坊，少说也有上千户", "AD11-DATA"),
    ("这款卤蛋卖得多到数不清", "AD11-DATA"),
    ("在小区几家超市里，顾客评分我们一直在前列", "AD9-SUPERLATIVE"),
    ("附近几家面馆，我们算比较靠前的", "AD9-SUPERLATIVE"),
]
FORTY_FOURTH_ROUND_CLEAN = [
    # heldout47's clean copy the rules flagged, in our own words: the first steamer of the day,
    # refunds promised for bad fruit or an overcharge, a clinic's treatments booked as usual, a
    # customer's superlative with the shop's reply that it is her own feeling.
    "每天早上六点，第一屉小笼包出锅",
    "橙子坏果保证包退，拍照发群里就行",
    "团长保证：如有破损，按重量退款",
    "账单我保证逐一核对，多收的当天退",
    "社区诊所下周起搬到二楼，慢病治疗照常可以预约",
    "老顾客王姨说：“这是我喝过最香的豆浆。”这是王姨的感受，豆浆每天现磨",
    # Near misses of the new structures: a tutoring centre's honest offer, a bar's notice to
    # minors, a lab named with its report number, a refund for a course not started.
    "网吧严禁未成年人进入，请出示身份证",
    "未开课可全额退费",
    # tune42a's clean copy and the near misses of its structures: the first pot of the day, a
    # health food's label that sends snacking away, a shop's own never-met boast turned down.
    "每天早上煮的第一壶豆浆，八点前送到自提点",
    "阿胶糕（普通食品），不能治病，当零食吃就好",
    "警惕冒充社区医生上门推销的骗子",
]

FORTY_FIFTH_ROUND_REJECTS = [
    # heldout48's misses, in our own words: a rank in a circled digit or a district's sales crown,
    # a figure certified by an unnamed national or foreign body, a price settled at the till or
    # valid one weekday morning, a maker's price cut to a fraction for neighbours.
    ("我们的酱牛肉在全市熟食圈排名第❶", "AD9-ABSOLUTE"),
    ("全市销冠的烘焙店，欢迎来尝", "AD9-ABSOLUTE"),
    ("经国际权威机构认证，这款枸杞多糖含量高达12%", "AD11-UNSOURCED-FIGURE"),
    ("手机贴膜统一20元，高端膜结账时再看型号议价", "PRICE-UNMARKED"),
    ("精洗车6.8元（仅限周三早7点前）", "PRICE-BRACKET-CONDITION"),
    ("建议零售价899的破壁机，街坊价仅99元", "PRICE-INFLATED-REFERENCE"),
    # A child handed a dangerous animal, a dare from the top platform.
    ("爬宠馆开放日：孩子可以亲手摸眼镜蛇，家长在外面等就行", "AD40-MINORS"),
    ("攀岩馆挑战赛：从最顶层往下跳海绵池，不敢跳的是胆小鬼", "AD40-MINORS"),
    # A designating kindergarten; workers turned away by origin; a looks joke; a card room's win.
    ("阳光幼儿园统一指定酸奶，每周二配送到班", "AD39-SCHOOL"),
    ("月嫂中心：农村来的月嫂一律不用，只派本地月嫂", "AD9-DISCRIMINATION"),
    ("丑不是你的错，不来我们店修眉就是你不对了", "AD9-VULGAR"),
    ("麻将馆开业，赢了都算你的，晚上来搓几把发财", "AD9-GAMBLING"),
    # Rivals' goods said to be frozen or fake, only ours fresh; a rival's harmful cream.
    ("菜场那几家的鸡全是冷冻货，只有我们是现杀的", "AD13-DISPARAGE"),
    ("对面那家奶茶用的全是植脂末，喝多了伤身", "AD13-DISPARAGE"),
    # Leaked questions and refunds; a partner school's places; a parking space that only rises.
    ("会计证考前押题有渠道，考不过全退", "AD24-EDUCATION"),
    ("我们与区重点小学有定向名额，交费即可入学", "AD24-EDUCATION"),
    ("商铺投资，买到就升值，年收益稳稳6%", "AD25-RETURN"),
    # Devices and water said to cure; doctors vouching for devices and health foods; a host's
    # health food.
    ("远红外护腰，腰椎间盘突出围上就不疼", "AD17-DISEASE"),
    ("护眼台灯用半年，近视降了50度", "AD17-DISEASE"),
    ("富氢水，高血压、糖尿病都能改善", "AD17-DISEASE"),
    ("这台制氧机是人民医院同款，呼吸科李大夫也说好用", "AD16-ENDORSE"),
    ("刘医生说，鱼油保健品血脂高的都该常备", "AD16-ENDORSE"),
    ("歌手都在吃的蓝帽子保健食品到货了", "AD16-ENDORSE"),
    # tune43a's: power tools and fires for children alone, dares, designating schools' other
    # goods, a month's sales crown and a seat held, a trade's boss, rivals' dead fish, warehoused
    # eggs and harmful additives, places and priority admission, exam banks, prices left for
    # later, card-room winnings, looks, lettings by origin, doctors' and stars' health foods,
    # unnamed bodies' figures, worn goods that cure, a circled numeral.
    ("手工课上孩子可以自己用电钻打孔，家长不必陪", "AD40-MINORS"),
    ("8岁就能自己开的赛车，快带娃来", "AD40-MINORS"),
    ("攀岩墙不敢爬的都是怂包", "AD40-MINORS"),
    ("三中指定练习册，班级群统一订", "AD39-SCHOOL"),
    ("这款芒果千层连续三个月销冠", "AD9-ABSOLUTE"),
    ("配眼镜稳坐本区第1，欢迎验光", "AD9-ABSOLUTE"),
    ("烧烤界扛把子，今晚啤酒买一送一", "AD9-ABSOLUTE"),
    ("奶茶排名第㊀的杨枝甘露", "AD9-ABSOLUTE"),
    ("某超市的虾都是死了再冻上卖的，只有我们是活虾", "AD13-DISPARAGE"),
    ("某平台的大米放了半年才发货，只有我们是当季新米", "AD13-DISPARAGE"),
    ("有的奶茶店加了违禁添加剂，我们只用鲜奶", "AD13-DISPARAGE"),
    ("街口那家卤味用的是工业盐，千万别买", "AD13-DISPARAGE"),
    ("报名即获重点初中推荐资格", "AD24-EDUCATION"),
    ("上我们的幼小衔接班，优先入学", "AD24-EDUCATION"),
    ("题库和考试原题一模一样，挂科学费全退", "AD24-EDUCATION"),
    ("装空调价格到时候再议，先上门看看", "PRICE-UNMARKED"),
    ("通下水道30元起，疏通难度大的看情况加收", "PRICE-UNMARKED"),
    ("棋牌室周末开放，打牌赢钱当晚结", "AD9-GAMBLING"),
    ("皮肤黑就别穿白衣服出门吓人了，美白套餐了解一下", "AD9-VULGAR"),
    ("合租房招租，外地人不要", "AD9-DISCRIMINATION"),
    ("营养师说了，血脂高的一定要吃这款鱼油胶囊", "AD16-ENDORSE"),
    ("某女明星每天三粒的葡萄籽胶囊，今晚开团", "AD16-ENDORSE"),
    ("和大医院用的同款血压计，在家测更方便", "AD16-ENDORSE"),
    ("国际权威检测中心证实，这款洗碗机除菌率99.9%", "AD11-UNSOURCED-FIGURE"),
    ("艾绒护腰垫上一周，腰椎间盘突出都不疼了", "AD17-DISEASE"),
    ("暖宫贴贴一个月，多囊都能给你调理好", "AD17-DISEASE"),
    ("磁疗手环戴着，高血压不治自愈", "AD17-DISEASE"),
]
FORTY_FIFTH_ROUND_REVIEWS = [
    # A first on the street, an originator, a hinted comparison, a named institute's research,
    # an influencer's push.
    ("咱们是这个小区最早做鲜切花配送的", "AD9-EXCLUSIVE"),
    ("本店是酸菜鱼鼻祖，开了二十年", "AD9-EXCLUSIVE"),
    ("不是所有馒头都叫老面馒头", "AD13-COMPARE"),
    ("同样的价钱，我们多送一次上门保养", "AD13-COMPARE"),
    ("据江南大学食品学院研究，黑米花青素含量更高", "AD11-DATA"),
    ("瑜伽博主小林也在推这款燕麦奶", "AD38-CELEBRITY"),
    # tune43a's: others to ask first, a wink at others, one more step, a first on the street,
    # an originator's copied recipe, an influencer's praise, an institute's paper.
    ("买牛肉前先问问别家是哪天杀的，再过来看看咱家的", "AD13-COMPARE"),
    ("有些面包放三天还是软的，你懂的，我们家当天卖完", "AD13-COMPARE"),
    ("别家洗完车就让你开走，我们多一道轮毂清洁", "AD13-COMPARE"),
    ("镇上头一家做手工酸奶的", "AD9-EXCLUSIVE"),
    ("小区最早开始做上门宠物洗护的就是我们", "AD9-EXCLUSIVE"),
    ("别家的酱料都是从我们这学的", "AD9-EXCLUSIVE"),
    ("美食达人阿飞也夸过我们的牛肉面", "AD38-CELEBRITY"),
    ("某农业大学的研究表明，这种小米蛋白质含量更高", "AD11-DATA"),
]
FORTY_FIFTH_ROUND_CLEAN = [
    # heldout48's clean copy the rules rejected, in our own words: the free piece counted at
    # the lowest price; and near misses the new structures must leave alone.
    "干洗买四送一，赠送按最低价那件算",
    "洗车9.9元（每人每年限1次）",
    "外地顾客也可以下单，邮费按地区另算",
    "我们只用本地的土鸡蛋",
    "每天最早7点开门，这条街最早营业的早餐店在东头",
    "小朋友可以在家长陪同下摸一摸小兔子",
    "结账时请出示会员码，按会员价结算",
    # tune43a's clean copy the rules flagged, in our own words: a pharmacy dispensing by
    # prescription, a full reduction's cap, the dearest piece at full price, the gift counted at
    # the cheapest; and near misses.
    "我们按处方配药，请带好医生开的单子",
    "满300减50，最高减150，全场通用",
    "任选三件，最贵的一件按原价，其余七折",
    "买蛋糕送饮品一杯，赠品按店内最低价那款计",
    "累了就早点睡，头疼睡一觉就好了",
    "外地人不要错过我们的烤鸭",
    "孩子可以在老师指导下用小刀削苹果",
    "某些款式已售完，你懂的，手慢无",
    # tune43b's (clean copy written blind near this round's structures) that the rules flagged,
    # in our own words: a kindergarten with no stall inside, a price rise in 元, the cheapest
    # free in a digit, reference prices with the period they were charged, a blogger's visit
    # the shop declines as an endorsement.
    "幼儿园通知：园内不设售卖点，园服请到办公室登记",
    "理发从20元涨到25元，明年不再调价",
    "饺子买三送一，标价最低的1份不收钱",
    "排骨参考价32元/斤（本店上月实际售价，小票可查），今天28元",
    "年卡原价1999元（去年起一直按此价收费），本月1799元",
    "探店博主来店里拍了视频，没和我们合作，好不好大家自己来尝",
]


FORTY_SIXTH_ROUND_REJECTS = [
    # heldout49's misses, in our own words: essentials charged on top of a headline price with no
    # amount, a reference price against 0元, prices adjusted before a sale day, a grade from a
    # world committee, a share of all buyers with no survey, the highest standard, a franchise
    # with 0风险 and a guaranteed profit, a stored liquor or tea whose value multiplies, a skill
    # guaranteed after a course, an effect guaranteed for eating, a supplement 'needed' for an
    # organ, a neighbour cured by an ointment, innuendo, turning people away or calling them
    # unworthy, a stunt for children to practise at home, a rival behind a letter.
    ("美发只要12.8元，洗、吹、做造型都另收费", "PRICE-HIDDEN-CHARGE"),
    ("猫咪洗护45元全套，到店再按毛长和体型另加钱", "PRICE-HIDDEN-CHARGE"),
    ("门市价699元的推拿卡，关注公众号0元抢", "PRICE-INFLATED-REFERENCE"),
    ("中秋前五天全场调价，节日当天一律7折", "PRICE-FRAUD"),
    ("荣获全球烘焙品质联盟五星认证的面包房", "AD11-UNPROVABLE-CREDENTIAL"),
    ("通过国际茶饮评级委员会A级认证，放心喝", "AD11-UNPROVABLE-CREDENTIAL"),
    ("96%的家长都选我们家的托管班", "AD11-UNSOURCED-FIGURE"),
    ("月嫂服务最高规格，一对一上门", "AD9-ABSOLUTE"),
    ("奶茶店加盟0风险，总部保证每月纯利一万", "AD25-RETURN"),
    ("普洱认筹，存满三年价值翻两倍", "AD25-RETURN"),
    ("口语班学完三个月，保证能和老外流利交流", "AD24-EDUCATION"),
    ("阿胶糕月子餐，坚持吃包你气色好、不掉发", "AD18-HEALTH-CLAIM"),
    ("鱼油软胶囊，上了年纪护血管必备，再不吃就晚了", "AD18-HEALTH-CLAIM"),
    ("隔壁王大爷抹了这款药膏一周，手上的癣好了", "AD16-ENDORSE"),
    ("烤韭菜配羊腰，男人吃了更持久", "AD9-VULGAR"),
    ("私房菜馆恕不接待外地人和农民工", "AD9-DISCRIMINATION"),
    ("长得丑的不配来我们的摄影棚", "AD9-DISCRIMINATION"),
    ("跑酷课后，孩子在家桌子上也能跟着练翻跟头", "AD40-MINORS"),
    ("X家超市的菜都是过期的烂菜叶，别去了", "AD13-DISPARAGE"),
    # tune44a's (written blind on heldout49's kinds) misses, in our own words: first place in a
    # roundabout way, no second shop, world bodies' plaques and recommendations, shares of
    # residents, prices raised before a festival, parts charged on a from-price, a rival called
    # a black shop or avoided, results promised after a course, a neighbour cured by a remedy,
    # a supplement as a need, fire and climbing for children at home, people turned away.
    ("我家卤味要是在这条街排第二，就没人敢说自己是第一了", "AD9-ABSOLUTE"),
    ("整个县城你再也找不到第二家比我们更正宗的羊肉汤", "AD9-ABSOLUTE"),
    ("万里挑一的阳光玫瑰，今天到货", "AD9-ABSOLUTE"),
    ("世界烘焙联合会推荐面包房，欢迎品尝", "AD11-UNPROVABLE-CREDENTIAL"),
    ("亚太少儿编程理事会授牌基地", "AD11-UNPROVABLE-CREDENTIAL"),
    ("九成宝妈都只认我们家的辅食", "AD11-UNSOURCED-FIGURE"),
    ("双12前四天全店价格上调，当天再打八折", "PRICE-FRAUD"),
    ("修脚只要15元，去死皮和修甲另算", "PRICE-HIDDEN-CHARGE"),
    ("配钥匙5元起，钥匙胚和人工另计", "PRICE-HIDDEN-CHARGE"),
    ("那家X记干洗就是黑店，衣服送去就洗坏", "AD13-DISPARAGE"),
    ("衣服别再送他们家了，来我们这儿", "AD13-DISPARAGE"),
    ("珠心算学完一学期包算得又快又准，比赛稳进前十", "AD24-EDUCATION"),
    ("练字班不达标全额退费", "AD24-EDUCATION"),
    ("楼下周阿姨喝了我们的中药膏方一个月，失眠就好了", "AD16-ENDORSE"),
    ("叶黄素软糖，学生护眼刚需，别等近视了才后悔", "AD18-HEALTH-CLAIM"),
    ("天天喝这款酵素饮，保证一个月掉秤", "AD18-HEALTH-CLAIM"),
    ("化学魔术课：教孩子用火柴点酒精，回家也能做", "AD40-MINORS"),
    ("孩子上完攀爬课就能在家爬衣柜", "AD40-MINORS"),
    ("矮子和肥婆免进，我们只接待身材好的顾客", "AD9-DISCRIMINATION"),
]
FORTY_SIXTH_ROUND_REVIEWS = [
    # A star's same goods, a famous blogger who 'even came', the only shop here with a machine,
    # the real thing for the same money.
    ("知名歌手也在用的同款护发精油，到店可试", "AD38-CELEBRITY"),
    ("十万粉探店网红都来打过卡的螺蛳粉", "AD38-CELEBRITY"),
    ("这条街只有我们家在用恒温发酵柜", "AD9-EXCLUSIVE"),
    ("同样的价格，在我们家喝的是纯正鲜奶", "AD13-COMPARE"),
    # tune44a's: hints at others, a famous blogger's trip, a star's same goods, a rank among the
    # top few of an area, a wink at the night.
    ("有些水果店的“现摘”您细品", "AD13-COMPARE"),
    ("我们不学有些同行那一套，斤两给足", "AD13-COMPARE"),
    ("三百万粉的美食博主专程来尝过的烧鹅", "AD38-CELEBRITY"),
    ("某一线女星同款保温杯到货", "AD38-CELEBRITY"),
    ("我们的酸辣粉是全县前三名之一", "AD11-DATA"),
    ("七成以上住户都在咱这儿取快递买水果", "AD11-DATA"),
    ("小区八成业主都在咱家订牛奶", "AD11-DATA"),
    # A blogger by handle who came and praised a dish: praise the ad uses, not a visit told as fact.
    ("探店博主@老饕阿杰 来店里吃过，说我们的酸菜鱼很下饭", "AD38-CELEBRITY"),
    ("吃完这锅羊蝎子，今晚别想睡，懂的", "AD9-INNUENDO"),
]
FORTY_SIXTH_ROUND_CLEAN = [
    # heldout49's and tune44b's (clean copy written blind near health, education, investment and
    # endorsement claims) copy the rules flagged, in our own words: devices by their product
    # name, the first working day, a prescription to bring, parts at the listed price, the
    # lowest price of a dated week, the highest standard as a goal, a dated newspaper report, a
    # blogger's visit told as fact, a health food's labelled function quoted.
    "药店到了一批医用口罩和医用棉签，有需要的来拿",
    "春节后第一个营业日是初六，早上9点开门",
    "本月首个缴费日是5号，物业前台可开票",
    "处方药须凭处方购买，来的时候记得带上处方单",
    "修车上门费20元，零件按价目表标价另收",
    "大米3月1日-7日本店最低成交价59元，3月8日起活动价52元",
    "我们以最高标准要求每一位保洁阿姨",
    "据《城南晚报》2024年3月2日报道，我们菜场周末开早市",
    "探店博主@吃面小分队 上周来店里拍了视频，点了两碗牛肉面",
    "保健食品XX牌维生素C片 国食健注G2020 功能：“有助于增强免疫力” 本品不能代替药物",
    # tune44a's clean copy the rules flagged, in our own words: a registered function as
    # registered, the first member day, a dated sale from the shop's own price, fees with their
    # amount or confirmed first.
    "钙片，国食健注G20180123，保健功能：增加骨密度。本品不能代替药物",
    "每月首个会员日是第一个周三，会员积分双倍",
    "端午促销：粽子礼盒平时售价88元，6月8日至10日售68元",
    "私教另收费，每节课200元，购课前前台会先确认",
    "洗牙只要99元，如需抛光另计，收费前医生会先跟您确认",
]

FORTY_SEVENTH_ROUND_REJECTS = [
    # heldout50's and tune45a's (written blind on heldout50's kinds) misses, in our own words: a
    # look-alike of 最, one price with the work charged apart, a gift's value said to pay the
    # buyer, the 原价 raised before a member day, international authorities counted, people
    # turned away by their figure, a husband away and a handyman, a wink at size, a stake for a
    # prize, a cure counted in sessions, a rival half-named or pointed at by street and smeared,
    # a franchise where every shop makes money, game top-ups for pupils, ads on pupils' books and
    # uniforms, a refund or free lessons if the score does not rise, a street office's chief as a
    # user, nurses of a hospital vouching for a device, the sales champion of an estate, wide
    # areas' superlatives.
    ("南门牛肉面，全 市 蕞 正 宗", "AD9-ABSOLUTE"),
    ("一口价129元擦玻璃，窗框和纱窗另外算", "PRICE-HIDDEN-CHARGE"),
    ("办卡399元再送价值999元护理套餐，等于白送", "PRICE-FRAUD"),
    ("原价从39调到79，周五会员日五折", "PRICE-FRAUD"),
    ("本周起鸡蛋每板调为45元，下周二会员日直降一半", "PRICE-FRAUD"),
    ("我们的乳胶枕经国际六大权威检测认证", "AD11-UNPROVABLE-CREDENTIAL"),
    ("通过欧美五大国际机构认证的婴儿推车", "AD11-UNPROVABLE-CREDENTIAL"),
    ("胖子止步，这家店只卖给身材苗条的", "AD9-DISCRIMINATION"),
    ("老公上夜班？水电师傅上门随叫随到，啥都能修", "AD9-VULGAR"),
    ("玉米棒又粗又长，姐妹们包你满意😏", "AD9-VULGAR"),
    ("水果抽奖，押得越多中奖越大", "AD9-GAMBLING"),
    ("艾灸馆三次根治腰椎间盘突出", "AD17-DISEASE"),
    ("热敷贴用一周，颈椎病腰突都能缓过来", "AD17-DISEASE"),
    ("通乳按摩，乳腺增生当场揉散", "AD17-DISEASE"),
    ("某某超市的肉都是僵尸肉，别去了", "AD13-DISPARAGE"),
    ("解放路那家诊所乱收费，还治死过人", "AD13-DISPARAGE"),
    ("王x面馆的汤底是回收再用的", "AD13-DISPARAGE"),
    ("地沟油还敢卖这么贵，我们家一锅一换", "AD13-DISPARAGE"),
    ("零食加盟开一家火一家，半年准能回本", "AD25-RETURN"),
    ("300家门店家家盈利，下一个发财的就是你", "AD25-RETURN"),
    ("初中生专享游戏点券代充，零花钱就够", "AD40-UNSUITABLE"),
    ("网吧通宵套餐，爸妈不知道也没事", "AD40-UNSUITABLE"),
    ("扫作业本背面二维码，报名美术班减50元", "AD39-SCHOOL"),
    ("本校校服由小天鹅舞蹈班冠名赞助", "AD39-SCHOOL"),
    ("英语冲刺两个月，没提高退全款", "AD24-EDUCATION"),
    ("物理提分班，提不上去免费重读", "AD24-EDUCATION"),
    ("街道办李主任亲自选的保洁公司", "AD9-STATE-ORGAN"),
    ("派出所的工作餐都是我们食堂做的", "AD9-STATE-ORGAN"),
    ("市人民医院的护士都说这款雾化器好用", "AD16-ENDORSE"),
    ("整个小区团购销冠的馒头今天又到了", "AD9-ABSOLUTE"),
    ("全县卖得最多的草莓就在我们家", "AD9-ABSOLUTE"),
]
FORTY_SEVENTH_ROUND_REVIEWS = [
    # Superlatives of a narrow place that need proof, others hinted, a famous person on hearsay.
    ("这个小区里营业到最晚的药店", "AD9-EXCLUSIVE"),
    ("北门市场里种类最多的干货铺", "AD9-EXCLUSIVE"),
    ("一样的钱，在外面可能吃到隔夜菜，在我们家都是现炒的", "AD13-COMPARE"),
    ("有的汽修店没坏说成坏了，我们先免费检测", "AD13-COMPARE"),
    ("听邻居说有位大明星路过时买过我们的烧饼", "AD38-CELEBRITY"),
]
FORTY_SEVENTH_ROUND_CLEAN = [
    # heldout50's and tune45b's (clean copy written blind near disparagement, innuendo, minors,
    # franchises, price references and superlatives of a measurable fact) copy the rules flagged,
    # in our own words: a regular price against a dated, a holiday or a first-order price; one
    # price with options priced where offered; the sale's end returning the regular price; a
    # known person's dated visit; the freshest at an hour to shop; jokes that cure a habit; the
    # shop's own kill.
    "瑜伽月卡日常价260元，4月1日至7日办卡220元",
    "蛋挞日常价8元，端午期间6.5元",
    "保洁日常价50元/小时，新客首单45元/小时",
    "洗车一口价40元，打蜡另加50元，价目表在门口",
    "苹果日常价9元/斤，周末7.5元/斤，卖完就恢复原价",
    "4月3日，歌手小林来店里点了一碗馄饨，照片经本人同意发布",
    "每天早上八点前来挑最新鲜",
    "这家的奶茶治好了我的拖延症",
    "我们店的鸡都是当天现宰的",
]


FORTY_EIGHTH_ROUND_REJECTS = [
    # heldout51's misses, in our own words: a crossed-out or tag price many times the price after a
    # coupon or a "special sale", a superlative closed by "nothing compares", a chain message that
    # promises luck and threatens bad luck, a national "gold medal" with no contest named.
    ("划线价599，券后59元，手慢无", "PRICE-INFLATED-REFERENCE"),
    ("吊牌价1680的真丝睡衣，小区特卖价139", "PRICE-INFLATED-REFERENCE"),
    ("咱们这片儿最最好吃的锅贴就在这，没得比", "AD9-ABSOLUTE"),
    ("转发这条到五个群，下个月准能发大财，不转的倒大霉", "AD9-SUPERSTITION"),
    ("本店牛肉荣获国家品质金牌，街坊放心吃", "AD11-UNPROVABLE-CREDENTIAL"),
    # tune46a's (written blind on heldout51's kinds) misses, in our own words: a shopping-mall,
    # counter or marked price many times a channel's price; a loss claimed to buy volume or told
    # with tears; quality beyond compare, 天花板, 最最; abolished quality medals; fortune-telling
    # with the goods; a hospital's chief vouching in person; a full set that makes a child top of
    # the class; a rival by the street behind; a chicken's breast to be felt.
    ("双人床垫商场价3999，团长价399，最后五张", "PRICE-INFLATED-REFERENCE"),
    ("运动鞋专柜1299一双，到手只要99", "PRICE-INFLATED-REFERENCE"),
    ("真皮沙发标价6800，直播间价只要599", "PRICE-INFLATED-REFERENCE"),
    ("草莓今天亏本卖，就为冲人气", "PRICE-DUMPING"),
    ("西瓜卖一个亏一个，老板含泪清货", "PRICE-DUMPING"),
    ("我家豆浆口感没得比，喝过就知道", "AD9-ABSOLUTE"),
    ("西门生煎天花板，谁来都不好使", "AD9-ABSOLUTE"),
    ("咱们店最最好吃的就是这款酱鸭", "AD9-ABSOLUTE"),
    ("国优银质奖香醋，团购价12元一瓶", "AD11-UNPROVABLE-CREDENTIAL"),
    ("本店腊肉获国家级金奖，过年必备", "AD11-UNPROVABLE-CREDENTIAL"),
    ("转到三个群今天就会有好事，不转的要出事", "AD9-SUPERSTITION"),
    ("办卡送算命服务，大师帮你看明年运势", "AD9-SUPERSTITION"),
    ("县医院的主任亲自为这款护膝作证", "AD16-ENDORSE"),
    ("买齐这套贴纸就是全班最酷的", "AD40-MINORS"),
    ("后街那家理发店烫坏头发不赔，来我们这", "AD13-DISPARAGE"),
    ("大胸土鸡，摸一把就知道肉有多嫩", "AD9-VULGAR"),
    # heldout51's misses by the rules alone (the reader caught them), in our own words.
    ("不买这套积木的就不是乖宝宝，回家跟妈妈说", "AD40-MINORS"),
    ("阳光小学的同学们书包里都有我们托管班的优惠券", "AD39-SCHOOL"),
    ("中考冲刺班，保证考上重点线", "AD24-EDUCATION"),
    ("驾照科目二稳过，不过退钱", "AD24-EDUCATION"),
    ("隔壁那家洗车店把车漆都洗出问题了", "AD13-DISPARAGE"),
    ("那几家卖的都是水货，只有我们是正品", "AD13-DISPARAGE"),
    ("市营养协会认证推荐的豆浆，有权威背书", "AD11-UNPROVABLE-CREDENTIAL"),
    ("艾灸一个疗程，告别失眠症", "AD17-DISEASE"),
    ("王大夫也说好的护腰带", "AD16-ENDORSE"),
    ("药剂师自己每天吃的钙片，团购价59", "AD16-ENDORSE"),
    ("大米全县最便宜，不信去比", "PRICE-FRAUD"),
    ("草莓9.9元一斤！特价款已售罄，可选29.9元精品装", "PRICE-FRAUD"),
    ("𝐍𝐨.𝟏 的奶茶店就在小区门口", "AD9-ABSOLUTE"),
]
FORTY_EIGHTH_ROUND_REVIEWS = [
    # A first-to-make claim is the shop's to prove (第二十八条), not a rank.
    ("这款芋泥蛋糕是我家第一个做的", "AD9-EXCLUSIVE"),
    # A loss claimed for volume (亏本冲量) or with a disposal reason (换季, 积压) asks for the
    # purchase records; a clearance price against a tag price is the clearance context's.
    ("亏本冲量，土豆每斤1块", "PRICE-REFERENCE"),
    ("换季清仓，羽绒服卖一件亏一件", "PRICE-DUMPING"),
    ("吊牌价599，清仓价99", "PRICE-REFERENCE"),
    ("试过好几家健身房都不满意？来我们这", "AD13-COMPARE"),
]
FORTY_EIGHTH_ROUND_CLEAN = [
    # heldout51's clean copy the rules flagged, in our own words: a member discount counted from
    # the marked price; and beside it what must stay clean: a shop's own past, a plain comparison.
    "周五会员日，干洗按原价8折收费",
    "会员日水果按原价打九折，特价商品除外",
    "现在的房租跟十年前没得比",
    # tune46a's and tune46b's (clean near misses) copy the rules flagged, in our own words: a
    # first-timer's bracket that restates the offer, a discount off the price marked now, a quote
    # acknowledged or disclaimed, an award with its body, year and certificate number, a blogger's
    # dated review; and the ceiling a home service cleans, a refund promise that is no return.
    "新客首月99元（仅限首次办卡），次月起按标价199元",
    "开业期间全场按标价9折，咖啡标价20元的折后18元",
    "换季清仓，冬装按标价6折",
    "顾客小林说：“这是我吃过最软的面包。”小林的夸奖我们收下了",
    "团友@阿珍 留言：“这家的馄饨是全城第一好吃”，仅代表她个人看法",
    "本店麻辣烫获2024年市餐饮协会小吃评比三等奖，证书编号CY2024-118",
    "美食博主@吃遍东城（2024.3.2）：汤底偏咸，牛肉量足",
    "洗坏衣物照价赔偿，不赔钱的事我们不干",
    "上门清洗天花板和抽油烟机，一次120元",
    "隔壁水果店也不错，我们各有特色",
    "告别拖延症，从早起开始",
]

FORTY_NINTH_ROUND_REJECTS = [
    # heldout52's misses, in our own words: a host's or star's health food in its capsule form,
    # diseases with their kind, repaired or cured in someone, medicine stopped; a gift on entry or
    # a cent's price with a fee after; weighed with the box; a surcharge judged at the shop; staff
    # innuendo; people turned away by looks; feng shui for money; a jump from furniture; money
    # asked of a parent; the cheapest in an estate; nowhere in town better than us.
    ("卫视主持人同款鱼油软胶囊，明星也在吃", "AD16-ENDORSE"),
    ("理疗护腰，腰间盘突出、坐骨神经痛都能修复", "AD17-DISEASE"),
    ("空气净化器一开，彻底告别过敏性哮喘", "AD17-DISEASE"),
    ("足浴盆每天泡二十分钟，治好了我妈的失眠", "AD17-DISEASE"),
    ("瑜伽课练三个月，高血压病人都能停药", "AD17-DISEASE"),
    ("到店就送价值888元的洗护套餐，只需付49元耗材费", "PRICE-FREE-THEN-PAY"),
    ("1分钱抢鸡蛋，成团后需补运费15元", "PRICE-FREE-THEN-PAY"),
    ("牛腱子一口价45元/斤，连泡沫箱冰袋一起称", "PRICE-HIDDEN-CHARGE"),
    ("19.9元洗空调，到场后根据脏污程度另行加价", "PRICE-HIDDEN-CHARGE"),
    ("深夜烧烤，女老板超骚，服务到位你懂的", "AD9-VULGAR"),
    ("胖子和矮子请自觉绕道，本店只接身材好的客人", "AD9-DISCRIMINATION"),
    ("招财风水摆件放收银台，旺财旺运", "AD9-SUPERSTITION"),
    ("宝宝从床上跳到爬行垫上，一点都不怕", "AD40-MINORS"),
    ("集卡送玩具，小朋友快去找妈妈要钱", "AD40-MINORS"),
    ("全小区最便宜的鸡蛋，买贵了来找我", "PRICE-FRAUD"),
    ("全镇没有比我们家更香的烧饼", "AD9-ABSOLUTE"),
    ("市场价168元/斤的车厘子，群里只要35", "PRICE-INFLATED-REFERENCE"),
    # tune47a's (written blind on heldout52's kinds) misses, in our own words: another seller's
    # price as the reference; a free gift whose fee is paid at the shop; weighed with the ice; a
    # fee on the worker's arrival; health food with an influencer or a champion; rivals' hygiene
    # run down; diseases bid goodbye; a year with no cold; national-sounding star ratings.
    ("菜场都卖60一箱的牛奶，咱家团价12", "PRICE-INFLATED-REFERENCE"),
    ("价值980元的按摩套餐免费领，到店付68元材料费", "PRICE-FREE-THEN-PAY"),
    ("冻虾带冰衣称重，39一斤", "PRICE-HIDDEN-CHARGE"),
    ("29元上门修水管，师傅到了再收上门费30元", "PRICE-HIDDEN-CHARGE"),
    ("健身博主天天吃的酵素片，姐妹们冲", "AD16-ENDORSE"),
    ("奥运冠军同款蛋白粉保健品", "AD16-ENDORSE"),
    ("别的美甲店工具从来不消毒，你敢去？", "AD13-DISPARAGE"),
    ("很多奶茶店都是奶精兑水，喝多了伤身", "AD13-DISPARAGE"),
    ("艾灸盒每天熏一熏，颈椎病肩周炎统统拜拜", "AD17-DISEASE"),
    ("雪梨膏喝一个冬天，一整年不感冒", "AD18-HEALTH-CLAIM"),
    ("经全国洗衣服务评定中心认证五星级门店", "AD11-UNPROVABLE-CREDENTIAL"),
    ("矮矬穷就别进来了，我们只做高端客户", "AD9-DISCRIMINATION"),
    ("谢绝50岁以上大妈办卡", "AD9-DISCRIMINATION"),
    ("新来的技师小妹又嫩又会按，哥哥们晚上来", "AD9-VULGAR"),
    ("没有这套恐龙卡，你就不是真正的恐龙战士", "AD40-MINORS"),
    ("让爸妈充300就能拿限定盲盒", "AD40-MINORS"),
]
FORTY_NINTH_ROUND_REVIEWS = [
    # A rank on a narrow basis, a publication's expert quoted, another seller's price.
    ("咱们群里复购最多的一款牛奶", "AD9-SUPERLATIVE"),
    ("引用健康时报专家观点：每天一个鸡蛋", "AD11-DATA"),
    ("晚报美食专栏写过我们的牛肉面", "AD11-DATA"),
    ("商超价128元的四件套，团长价45元", "PRICE-REFERENCE"),
]
FORTY_NINTH_ROUND_CLEAN = [
    # heldout52's, tune47a's and tune47b's (clean near misses) copy the rules flagged, in our own
    # words: the shop's own price of last week beside today's; a disease denied; a quote
    # disclaimed in brackets; a household's own habit; modesty without a claim after it; thanks for
    # word of mouth; a price table applied at the shop; an optional upgrade after a free gift.
    "猪里脊16.8元/斤，本店上周六售价18元/斤",
    "菊花茶不能预防流感，身体不适请就医",
    "顾客小吴：“这是我吃过最脆的油条。”（小吴个人看法）",
    "群友@小满：“这款面包我家回购最多。”",
    "本店不敢说是最好的，但每天都是现做的",
    "开业一年，谢谢大家口口相传",
    "宠物洗澡按体重收费，到店称重后按价目表收取",
    "0元领取体验券，到店支付99元可升级全套护理",
    # …and what a review of the round's new lines kept clean: safety warnings against the acts,
    # drivers at a car wash, fruit picked for looks, weighing without ice, a rhetorical question.
    "请勿踩着楼梯扶手滑下来，注意安全",
    "别让宝宝从床上跳下来，床边装好护栏",
    "老司机都懂，定期洗车保护车漆",
    "挑水果我们只要好看的",
    "虾仁不带冰称重，放心买",
    "我们哪里比不上大超市？欢迎来逛逛",
    # A coupon returned each month is no investment return (coupon_return; the retrained reader
    # read 每月返10元优惠券 as one until the rule's match was cleared there).
    "会员每月返20元代金券，满100可用",
]

FIFTIETH_ROUND_REJECTS = [
    # heldout53's and tune48a's (written blind on its kinds) misses, in our own words: a price
    # raised from 由, last month, the month's start, last week or yesterday, then discounted to
    # no less; a price per 斤 before a recharge; a bare price whose unit is a 两 or half a 斤 left
    # to a bracket or set off; references from a mall, a counter, a "reference" or elsewhere
    # against a factory's, the neighbours' or the group's price; charges after a pictograph; a
    # fee ending the copy; workbook coupons, printed stationery, leaflets at a school gate; chains,
    # online sellers and influencers' shops run down; eyesight restored, myopia prevented.
    ("西瓜由2.5元调至3.8元，周末9折3.42元", "PRICE-FALSE-MARKUP"),
    ("排骨上月32，本月挂45，今天八折36", "PRICE-FALSE-MARKUP"),
    ("奶茶月初12块，现原价16，周年庆九折14.4", "PRICE-FALSE-MARKUP"),
    ("面包上礼拜卖10块，这周牌价改成15，周末七折10.5", "PRICE-FALSE-MARKUP"),
    ("特价土豆1.99/斤，需先充值100元会员卡", "PRICE-BAIT-THRESHOLD"),
    ("车厘子 仅9.9！！（每两）", "PRICE-UNIT-REDEFINED"),
    ("荔枝 6.8元!! /半斤", "PRICE-UNIT-REDEFINED"),
    ("羽绒被 商场价1680，厂家直供价168", "PRICE-INFLATED-REFERENCE"),
    ("蜂蜜 专柜卖298一瓶，群里只要39", "PRICE-INFLATED-REFERENCE"),
    ("阿胶糕 参考价888元/盒，邻里价88元", "PRICE-INFLATED-REFERENCE"),
    ("小龙虾外头要120一斤，团长价只要25", "PRICE-INFLATED-REFERENCE"),
    ("狗狗美容19.9元🐩 每只另收洗耳费、修甲费共60元", "PRICE-CHARGES-ON-TOP"),
    ("1分钱抢10斤面粉！下单需支付运费29.9", "PRICE-FREE-THEN-PAY"),
    ("语文练习册内附书法班体验券，凭券免费上一课", "AD39-SCHOOL"),
    ("口算题卡每本附赠一张奶茶店买一送一券", "AD39-SCHOOL"),
    ("免费送铅笔盒，上面印着英语班报名热线，开学发到每个班", "AD39-SCHOOL"),
    ("今天在幼儿园门口发了体验课单子，让小朋友拿回家", "AD39-SCHOOL"),
    ("作业本封底：小明星口才班暑假招生，扫码立减200", "AD39-SCHOOL"),
    ("那些连锁烘焙店的面包放三天还在卖，想想都恶心", "AD13-DISPARAGE"),
    ("网上几十块的羽绒服全是黑心棉", "AD13-DISPARAGE"),
    ("网上卖的蜂蜜多半是勾兑的", "AD13-DISPARAGE"),
    ("外面那些装修队收了定金就卷钱跑路", "AD13-DISPARAGE"),
    ("护眼台灯用一个月，假性近视就能恢复", "AD17-DISEASE"),
    ("蓝莓干天天吃，老花眼都退回去了", "AD17-DISEASE"),
    ("胡萝卜汁喝了不近视，孩子天天来一杯", "AD17-DISEASE"),
    ("菊花枸杞茶，视力回升，预防老花", "AD17-DISEASE"),
    # …and a discount reserved for stored value; breasts mocked, goods to touch like a body, 鸭
    # and 爽 as innuendo; a face that "scares people when it comes out".
    ("全场蛋糕6折！储值2000元钻石会员专享", "PRICE-BAIT-THRESHOLD"),
    ("平胸的姐妹看过来，木瓜牛奶喝起来", "AD9-VULGAR"),
    ("这桃子又白又嫩，哥哥们来摸摸", "AD9-VULGAR"),
    ("玩鸭就来老王卤味", "AD9-VULGAR"),
    ("发型这么丑就别出来吓人了，进店改造", "AD9-VULGAR"),
]
FIFTIETH_ROUND_REVIEWS = [
    # Others hinted at with a wink, never named.
    ("多比比，看看谁家的斤两是足的😉", "AD13-COMPARE"),
    ("我们不往米里掺陈米，有些店你懂的", "AD13-COMPARE"),
    ("这年头啥都有，你品，你细品，咱家奶茶用的是鲜奶", "AD13-COMPARE"),
]
FIFTIETH_ROUND_CLEAN = [
    # tune48a's and tune48b's clean copy the rules flagged, in our own words, and what the round's
    # new lines must leave alone: a rise explained by cost; the shop's own last-week marked price;
    # an optional extra after a headline; a unit written beside the price; a rate every two
    # weeks; a workbook's answer booklet; the shop's own online orders and frozen meat; an
    # influencer shop's bread made without flavouring; a lowered price then discounted.
    "因进货价上涨，下周起排骨调整为28元/斤",
    "上周本店标价10元/斤的橙子，本周9元/斤",
    "洗车25元！想做内饰清洁的另加30元，不做也没关系",
    "香椿8.8元/两，现摘",
    "钢琴陪练580元（每两周一次）",
    "口算本5元一本，附送答案册",
    "网上下单的顾客请到自提点取货，冷冻肉请尽快放冰箱",
    "网红店的面包我们也会做，不加香精",
    "牛奶上月卖8元，本月挂6元，周末九折5.4元",
    "全场8折，满99元可享",
    "会员日全场9折，储值卡会员另享95折",
    "万圣节鬼屋开放，晚上出来吓人的都是我们的店员",
]

FIFTY_FIRST_ROUND_REJECTS = [
    # heldout54's and tune49a's (written blind on its kinds) misses, in our own words: a free
    # offer whose fee is "only" charged or debited on signing, or owed bare or "and that's all";
    # a free service behind goods to buy; a gift valued three times the price or more; a unit in
    # a bracket as a "half-jin price", behind exclamation marks as 按两称 or a 规格; rivals masked
    # at the copy's start, another estate's 团长, untrained and thieving staff, stale stock; a
    # laundry or a pet wash preventing a disease; innuendo on 腰子 and 羊鞭; a rank as a skill's
    # peak; a partner's house and car; unsourced figures from customers and expert committees;
    # children eating while running, racing to swallow, playing with fire, riding on the road.
    ("免费修眉，到店只收材料费128元", "PRICE-FREE-THEN-PAY"),
    ("0元领跑步机，签约即扣款2680元", "PRICE-FREE-THEN-PAY"),
    ("免费学游泳三节～报名前先交装备费299，名额有限", "PRICE-FREE-THEN-PAY"),
    ("免费上门检测燃气！检测完收个工时费150而已", "PRICE-FREE-THEN-PAY"),
    ("艾灸0元体验，到店买一盒198元的艾条就能开始", "PRICE-BAIT-THRESHOLD"),
    ("买二送一！送价值888元的电饭煲，实付只要99元", "PRICE-GIFT-OVERVALUED"),
    ("健身次卡充200送价值1200元的私教课", "PRICE-GIFT-OVERVALUED"),
    ("猪里脊特价9.9元（半斤价）", "PRICE-UNIT-REDEFINED"),
    ("松茸只要20元！按两称", "PRICE-UNIT-REDEFINED"),
    ("荔枝只要6块6！！新鲜到货，规格：每两", "PRICE-UNIT-REDEFINED"),
    ("某连锁洗车店用劣质清洁剂把车漆洗花了", "AD13-DISPARAGE"),
    ("X达超市的鸡蛋都是冷库陈货", "AD13-DISPARAGE"),
    ("对面小区那个团长卖的都是饲料鸡", "AD13-DISPARAGE"),
    ("别家家政的阿姨都没培训过，手脚也不干净", "AD13-DISPARAGE"),
    ("干洗店高温熨烫，可预防水痘，孩子衣服必洗", "AD17-DISEASE"),
    ("床品除螨顺便给宝宝防湿疹", "AD17-DISEASE"),
    ("烤羊腰管饱，回家让她对你刮目相看", "AD9-VULGAR"),
    ("生蚝买十送二，吃完回家交公粮", "AD9-VULGAR"),
    ("羊鞭汤一碗，媳妇都说好", "AD9-VULGAR"),
    ("美甲手艺封顶，欢迎来做", "AD9-ABSOLUTE"),
    ("我们的推拿技术已经到了巅峰", "AD9-ABSOLUTE"),
    ("加盟合伙人，做满两年奖励一辆车", "AD25-RETURN"),
    ("跟着我们干三年买房买车，收益写进合同", "AD25-RETURN"),
    ("95%的家长都续费了，孩子进步看得见", "AD11-UNSOURCED"),
    ("经专家组检测，本店净水器除菌率99.8%", "AD11-UNSOURCED-FIGURE"),
    ("辣条要边跑边吃才带劲", "AD40-MINORS"),
    ("小朋友们比比看谁咽得最快", "AD40-MINORS"),
    ("教孩子用火柴变魔术，回家就能玩", "AD40-MINORS"),
    ("平衡车超快，敢不敢上马路上骑一圈", "AD40-MINORS"),
    # …and tune48a's left from the last round: a rank by a sign or a circled digit, a counter's
    # price against the group's with no 价, a fee on top twice a plain price, a unit behind a
    # pictograph or exclamation marks with no 元.
    ("这条街№1的修车铺", "AD9-ABSOLUTE"),
    ("全城销量 ① 的凉皮店", "AD9-ABSOLUTE"),
    ("专柜价1280元羊绒围巾，社区团购88元", "PRICE-INFLATED-REFERENCE"),
    ("油烟机清洗39元一台，上门服务费另收100元", "PRICE-CHARGES-ON-TOP"),
    ("大樱桃 🔥15.8🔥 新鲜到货 每半斤", "PRICE-UNIT-REDEFINED"),
    ("安吉白茶 ¥48!!!高山茶园 按两计", "PRICE-UNIT-REDEFINED"),
    # …and tune50a's (written blind on the heldout brief) rules-alone misses: a day's quota of
    # one; a rival once caught selling fakes; young pretty staff with a wink; a pet's or a mind's
    # illness cured; a degree, a school place or inside channels promised; 100 % improvement; a
    # skill at a trade's peak; a child told it will be laughed at; a blood figure lowered; monthly
    # interest and the principal back at any time.
    ("1元抢鸡蛋一板！（每天限2位）", "PRICE-BAIT-QUOTA"),
    ("隔壁那家超市被查出卖过假货", "AD13-DISPARAGE"),
    ("按摩店小妹年轻漂亮，你懂的", "AD9-VULGAR"),
    ("这款狗粮能治狗狗尿路结石", "AD17-DISEASE"),
    ("安神香薰，焦虑症都能缓解", "AD17-DISEASE"),
    ("函授本科保毕业，包拿学位", "AD24-EDUCATION"),
    ("交费即锁定重点小学学位", "AD24-EDUCATION"),
    ("作文班学员100%提分", "AD24-EDUCATION"),
    ("美发技术行业巅峰", "AD9-ABSOLUTE"),
    ("同学们都有这双鞋了，你没有？", "AD40-MINORS"),
    ("降压茶喝一个月，高血压患者血压明显下降", "AD17-DISEASE"),
    ("存3万每月返息300，随时可退本金", "AD25-RETURN"),
]
FIFTY_FIRST_ROUND_REVIEWS = [
    # Other sellers' goods hinted to be not what they are called, the buyer told to check.
    ("不是所有的草莓都是本地现摘的，买之前多问一句", "AD13-COMPARE"),
    ("市面上标着纯羊毛的毛衣，不一定都是纯羊毛", "AD13-COMPARE"),
    ("别家买的草莓底下藏了一层小的？来我这儿挑", "AD13-COMPARE"),
    ("不是所有的月嫂都持证，签约前问一问", "AD13-COMPARE"),
    ("业内人士透露，这款净水器能滤掉八成水垢", "AD11-DATA"),
]
FIFTY_FIRST_ROUND_CLEAN = [
    # tune49b's clean copy the rules flagged, in our own words, and what the new lines must leave
    # alone: an ordinary price first, a member price and its card's cost beside it; a pack's
    # wrapping; a fee stated as extra beside the free part; a prize's value in a draw; a gift
    # worth less than the price; tea priced per 两 beside the number; a limit per buyer; a cap on
    # cash back; a child's birthday candle lit by a parent; safety advice; our own stock.
    "剪发40元；会员价32元，会员卡需充值500元，余额可退",
    "蒸汽眼罩独立包装，发热约30分钟",
    "试吃免费，餐盒另收2元",
    "满100元抽奖一次，一等奖空气炸锅价值399元",
    "办年卡送价值300元的体测，年卡1980元",
    "普洱茶88元/两，古树料",
    "草莓29.9元！每人限购两盒",
    "返现封顶30元",
    "生日蛋糕附赠蜡烛，请家长帮小朋友点燃",
    "不是所有孩子都适合提前学，可以先来试听",
    "我们店的陈货都打折处理，新货当天上架",
    "X光片当天出结果，宠物医院24小时值班",
    "全区销量1万斤的包子铺",
    "开荒保洁每平方米6元，100平方米以内另收上门费20元",
    "洗剪吹35元，烫发另收200元",
    "苹果5斤装，每半斤约2个",
    # …and tune50b's: a frame's "from" price with the lenses quoted from a price list; a bouquet
    # that says what its wrapping adds; a pack's weight before its price and last week's.
    "镜架68元起，镜片按品牌价目表报价",
    "康乃馨单支6元，10支包装款68元（含包装纸和丝带）",
    "猫粮5kg装168元，上周店里卖178元",
]

FIFTY_SECOND_ROUND_REJECTS = [
    # heldout56's and tune51a's (160 price copies written blind) misses, in our own words: a
    # token price for a handful and the rest charged more; a raise, then a "sale" at or above the
    # old price; a sale above the usual price; a saving larger than the cut, said first; a 原价
    # that is the maker's suggestion or a guess; a card's promised price withdrawn; a closing
    # sale by a shop that stays open; goods weighed with their box; prices kept secret from one
    # another; a crown among kings; a pet's skin disease cured; a chain's bread "that never
    # goes off"; an ISO star rating; blood sugar "kept steady" by a tea.
    ("土鸡蛋1元一斤！每天仅限前2名，其余按市场价", "PRICE-BAIT-SWITCH"),
    ("推拿0元体验，名额已满的可按原价268元购买", "PRICE-BAIT-SWITCH"),
    ("9块9瑜伽体验课，名额有限，售罄后自动按399元季卡下单", "PRICE-BAIT-SWITCH"),
    ("上周卖15的草莓，今天原价标30，折后18", "PRICE-FALSE-MARKUP"),
    ("猪肉由13元调为18元，周末会员特惠14元", "PRICE-FALSE-MARKUP"),
    ("618狂欢价99元，日常价89元", "PRICE-FALSE-REDUCTION"),
    ("五花肉平时都卖18一斤，今天限时特价19.9", "PRICE-FALSE-REDUCTION"),
    ("立减80元！原价228 → 现价188", "PRICE-FALSE-REDUCTION"),
    ("原价499，今天99！（原价为厂家建议零售价）", "PRICE-NO-PRIOR-PRICE"),
    ("洗发水 市场价168 团长价49！市场价是按标签估的", "PRICE-NO-PRIOR-PRICE"),
    ("游泳卡办卡时说好的每次20元，下月起卡里余额统一按每次30元扣", "PRICE-PREPAID-MARKUP"),
    ("原承诺的终身8折即日起取消，按门市价扣卡", "PRICE-PREPAID-MARKUP"),
    ("次卡调整通知：剩余次数按一半折算", "PRICE-PREPAID-MARKUP"),
    ("关店清仓第5期！下周照常营业", "PRICE-FALSE-REASON"),
    ("老板跑路倒闭价处理！清完为止（每周补货）", "PRICE-FALSE-REASON"),
    ("亏本价天天亏，一亏亏两年", "PRICE-FALSE-REASON"),
    ("沃柑4元一斤，按带箱毛重计", "PRICE-GROSS-WEIGHT"),
    ("面膜老顾客35新顾客25，大家互相别问价", "PRICE-UNDISCLOSED-DIFFERENT"),
    ("芒果王中王，今天到货", "AD9-ABSOLUTE"),
    ("猫咪专用香波，能治猫癣", "AD17-DISEASE"),
    ("那些连锁超市的馒头放五天都不坏", "AD13-DISPARAGE"),
    ("国际五星级认证月嫂团队", "AD11-UNPROVABLE-CREDENTIAL"),
    ("荞麦面当主食，血糖稳稳的", "AD17-DISEASE"),
    # …and tune52a's (a second blind price set, written after the first fixes): the same kinds
    # told otherwise — a sale above the usual price told after it, a saving larger than the cut
    # told last, a reference set but not yet charged or the shop's own estimate, a raise told
    # new price first, a token price "while it lasts" then ¥18, a card's price raised for those
    # who hold it, a lock of years ended, prepaid gifts stopped, a pre-sale cap broken, price
    # protection withdrawn for orders placed, a closing sale that restocks, a loss every day, an
    # all-in price with extras, new and old customers' prices kept quiet; a 满减 whose small
    # print asks ten times the threshold, a gift balance for 5 % of a bill, a reduction off the
    # cheapest item, a price told at the door; a dare to find it cheaper; bread "hard enough".
    ("活动价 19.9 的酱鸭，平时卖 18.5", "PRICE-FALSE-REDUCTION"),
    ("周末特惠 美式 ¥22（工作日 ¥20）", "PRICE-FALSE-REDUCTION"),
    ("洗鞋套餐 原价99现价79，下单直接省了50！", "PRICE-FALSE-REDUCTION"),
    ("门市价580/次，今天体验价99，门市价是我们新定的，下月起执行", "PRICE-NO-PRIOR-PRICE"),
    ("市场价88/斤的野生鲈鱼 今日只要28（市场价为本店估算）", "PRICE-NO-PRIOR-PRICE"),
    ("荔枝调到19.8/斤（之前12.8），周六会员日限时5折9.9/斤", "PRICE-FALSE-MARKUP"),
    ("秒杀价 ¥1 的蛋挞 今天就 3 个，来晚了就买 ¥15 的", "PRICE-BAIT-SWITCH"),
    ("原次卡会员价45/次的修脚，即日起调整为68/次", "PRICE-PREPAID-MARKUP"),
    ("锁定2年学费的学员，下学期起一律按新标准收取", "PRICE-PREPAID-MARKUP"),
    ("办卡时承诺的赠送金额即日起停止使用", "PRICE-PREPAID-MARKUP"),
    ("预订时承诺到货价不超过50，到货统一按70结算", "PRICE-PREPAID-MARKUP"),
    ("价保已取消，之前的订单一律不再补差", "PRICE-PREPAID-MARKUP"),
    ("工厂倒闭，这批电风扇成本价处理，每天到货", "PRICE-FALSE-REASON"),
    ("一年365天天天亏本价", "PRICE-FALSE-REASON"),
    ("保洁包一切！节假日另加100/天", "PRICE-NOT-ALL-IN"),
    ("同一款美甲：新客58，老会员88，别说出去哈", "PRICE-UNDISCLOSED-DIFFERENT"),
    ("满200减150！仅限单笔消费满2000元的顾客", "PRICE-BAIT-THRESHOLD"),
    ("有机大米19.9元一袋人人有份！每天限量2袋", "PRICE-BAIT-QUOTA"),
    ("充500送500！赠送金额每次仅可抵扣订单金额的10%", "PRICE-HIDDEN-CHARGE"),
    ("满200减200！减免金额以订单中最低价商品为准", "PRICE-HIDDEN-CHARGE"),
    ("修马桶50元起，具体价格师傅上门看情况定", "PRICE-HIDDEN-CHARGE"),
    ("低过我家这价，你来打我脸", "PRICE-FRAUD"),
    ("全城底价！排骨28一斤", "PRICE-FRAUD"),
    ("买二送一=打3折", "PRICE-FALSE-EQUIVALENT"),
    ("硬不硬，试了才知道——新款长棍面包", "AD9-VULGAR"),
    # Characters spaced out (原 价 1 9 8, 限 时 特 价) and 直降 heading the goods, read whole.
    ("原 价 2 9 8 ➡ 现 价 5 9 烫发(原价为新价目表价格,尚未执行)", "PRICE-NO-PRIOR-PRICE"),
    ("限 时 特 价!豆浆 3 元/杯(日常价 3 元)", "PRICE-FALSE-REDUCTION"),
    ("直降！整箱矿泉水 ¥32.9（日常价¥29.9）", "PRICE-FALSE-REDUCTION"),
    ("方圆五里没得比我家更便宜的肉价", "PRICE-FRAUD"),
    # …and tune53a's (the reader's comparison set, measured once blind): a usual price equal to
    # the sale beside a 划线价; a pack's weight before the sale price; a raise by a share before
    # any discount; the sale price already charged; a card's promise of no rise broken, its
    # balance charged at the new rate, its gift voided, cards already bought narrowed; prices by
    # password; the till's or the staff's price over the marked one; a shortage told to hoard; a
    # closing denied, extended or taking orders; a loss at the usual price; a 斤 of 400 grams.
    ("门店日常18元的鲜奶，本周划线价32，活动价18", "PRICE-FALSE-REDUCTION"),
    ("今日特价小米5斤装29.9，平时货架价27.9", "PRICE-FALSE-REDUCTION"),
    ("下周一起全场统一上调20%，周六再打8折", "PRICE-FALSE-MARKUP"),
    ("榴莲原价68一斤！今天只要29.9，昨天也是29.9", "PRICE-NO-PRIOR-PRICE"),
    ("承诺一年不涨价的洗车卡，即日起每次加收5元", "PRICE-PREPAID-MARKUP"),
    ("即日起储值卡折扣由8折调整为9折，卡内余额一律按新折扣扣费", "PRICE-PREPAID-MARKUP"),
    ("充300送50的老卡，赠送金额即日作废", "PRICE-PREPAID-MARKUP"),
    ("老街坊报暗号“张记”直接7折", "PRICE-UNDISCLOSED-DIFFERENT"),
    ("价签和收银价格不一致的，以收银为准", "PRICE-HIDDEN-CHARGE"),
    ("打包费、服务费以结算页为准", "PRICE-HIDDEN-CHARGE"),
    ("提货时每盒需补差价15元", "PRICE-HIDDEN-CHARGE"),
    ("装修价格因户型不同，私信详谈", "PRICE-UNMARKED"),
    ("大米马上断货，明天涨一倍，今天是最后一天老价格", "PRICE-RISE-RUMOUR"),
    ("拆迁甩卖！本店不拆迁，但价格要拆", "PRICE-FALSE-REASON"),
    ("工厂倒闭清仓处理！新款接单中", "PRICE-FALSE-REASON"),
    ("活虾35元一斤（本店一斤按400克计）", "PRICE-GROSS-WEIGHT"),
    ("第二件半价=全场5折", "PRICE-FALSE-EQUIVALENT"),
    ("全上海最便宜的干洗", "PRICE-FRAUD"),
    ("方圆五里最低价的水果摊", "PRICE-FRAUD"),
    ("充2000享7折的美发卡，自本周起仅限工作日使用", "PRICE-PREPAID-MARKUP"),
]
FIFTY_SECOND_ROUND_REVIEWS = [
    # A lowest price in a stated period; a platform compared with 较.
    ("带鱼今天22元一斤，近一个月最低价", "PRICE-REFERENCE"),
    ("较饿了么同款套餐便宜5元", "PRICE-REFERENCE"),
    ("双十二以来最低价，电饭煲199到手", "PRICE-REFERENCE"),
    ("本区同类舞蹈课均价150/节，我们只要90/节", "PRICE-REFERENCE"),
    ("低于区内同类诊所平均收费，洗牙98元", "PRICE-REFERENCE"),
    ("双11前15天最低价，当天再降10元", "PRICE-REFERENCE"),
]
FIFTY_SECOND_ROUND_CLEAN = [
    # What the new lines must leave alone: a closing for a day and opening again; a flash sale
    # whose stock is told; a promise kept for card holders; a pack's gross and net weight told.
    "本周三闭店检修一天，周四照常营业",
    "前50名9.9元，其余按19.9元",
    "储值卡余额长期有效，以后调价不影响已充值部分",
    "脐橙毛重5斤，净果不少于4.5斤",
    "牛腩平时卖45一斤，今天特价39",
    "本店已通过ISO22000食品安全管理体系认证，证书编号见门店公示",
    # …and tune52b's (150 clean price near misses written blind) that the rules flagged: the
    # lowest price of the last seven days told with its figure; a card's unspent money refunded;
    # a balance spent at the old price; a flash sale's stock told; tiered 满减 read at the tier
    # named; a reduction counted on the cheapest item; a clearance that does not restock.
    "牛腩前七天最低卖过52块一斤，今天48块",
    "生日蛋糕今日158元，比本店活动前7日最低售价178元便宜20元",
    "狗粮2kg促销99元，划线价119元=11月1日-7日该款最低成交价",
    "充800送100，不想用了剩余本金随时退",
    "之前办的卡赠送照旧，余额照原价用",
    "每天9点秒杀牛奶1元/瓶，限50瓶，每人1瓶，抢完恢复6.5元/瓶",
    "满100减15，满300减60，不叠加；刚好买300相当于8折",
    "店铺转让清仓，6月1日截止，全场5折，售完不补货",
    # …and tune53b's (a second clean price set, the reader's comparison set): the seven days'
    # lowest price with words between; an extra charged with its amount.
    "羊排今天降价：前七日本店最低卖88/斤，今天78/斤",
    "过去7天本店8寸水果蛋糕最低售价168元，本周五158元",
    "以本店上周最低成交价45元/包为基数，本周9折40.5元/包",
    "疏通下水道上门费30元，疏通另收60元，换配件按配件标价",
    "晚上9点后鲜切果盒按标价打8折，折后价以收银系统为准",
    "平时9点开门，今天特价鸡蛋12元一板",
    "护手霜厂家建议零售价39元（见包装背面），本店售价29元",
    # …and tune54a's (a fourth blind price set, measured once at da9b3d6): a card's unspent
    # money refundable on request; a tag price said to be the everyday price.
    "充300送30，余额全店通用，未消费本金可申请退还",
    "换季清仓：秋装按吊牌价6折，吊牌价即本店日常售价",
]


FIFTY_THIRD_ROUND_REJECTS = [
    # heldout58's, tune54a's and tune55a's misses, in our own words: a 原价 set just before the
    # sale; yesterday's price, today's 原价 written up and a "sale" above yesterday's; a
    # consumer association's recommendation; a child dared onto a railing; elders told to make
    # way for a member; half price that is a tenth off; buy-two-get-one called 3折; clearances
    # that run for months, restock or whose "last batch" is the fourth; the cheapest of every
    # platform.
    ("原价88（上周新定价），本周五折44", "PRICE-NO-PRIOR-PRICE"),
    ("原价168是前几天刚调的，今天五折84", "PRICE-NO-PRIOR-PRICE"),
    ("昨天卖30的草莓，今天原价标60，限时六折36", "PRICE-FALSE-MARKUP"),
    ("上周团过19.9的纸巾，这次标原价39.9，限时29.9", "PRICE-FALSE-MARKUP"),
    ("区消协推荐商家，放心洗衣", "AD11-UNPROVABLE-CREDENTIAL"),
    ("本店获市消费者协会推荐", "AD11-UNPROVABLE-CREDENTIAL"),
    ("小英雄挑战：坐上小区护栏拍照，送冰淇淋", "AD40-MINORS"),
    ("黑卡会员到店不用排队，老人孕妇都得给你让位", "AD9-DISCRIMINATION"),
    ("蛋挞原价10元，现价9元，价格直接砍半", "PRICE-FALSE-EQUIVALENT"),
    ("奶茶买二送一 = 全店4折", "PRICE-FALSE-EQUIVALENT"),
    ("闭店清仓甩卖，本活动已经连续搞了5个月", "PRICE-FALSE-REASON"),
    ("厂家破产清仓，下周新品继续上架", "PRICE-FALSE-REASON"),
    ("工厂倒闭最后一批电饭煲（本批为本季第6批）", "PRICE-FALSE-REASON"),
    ("这款纸尿裤的价格是全网电商里最便宜的", "PRICE-FRAUD"),
    # tune54a's (a blind price set) prepaid promises, lures and prices by customer.
    ("原年卡内含游泳，下月起每次游泳需补差价15元", "PRICE-PREPAID-MARKUP"),
    ("老学员须补交300元教材费，否则下学期不能续课", "PRICE-PREPAID-MARKUP"),
    ("充500送200的赠送金额，即日起只能抵扣每单的三成", "PRICE-PREPAID-MARKUP"),
    ("积分新规：已有积分一并按新比例兑换", "PRICE-PREPAID-MARKUP"),
    ("剩余次数按新单价折算", "PRICE-PREPAID-MARKUP"),
    ("办卡时说好免费洗头，现在每次收5元", "PRICE-PREPAID-MARKUP"),
    ("店门口那台29元的电风扇是样机，不单卖，同款新机按199元结算", "PRICE-BAIT-SWITCH"),
    ("游泳体验课1元，体验后须办年卡，否则按150元/次补交", "PRICE-BAIT-THRESHOLD"),
    ("5元/斤的排骨开抢即售罄（仅备3斤），其他顾客按38/斤", "PRICE-BAIT-SWITCH"),
    ("擦玻璃9.9元/小时！师傅上门后按窗户面积补差价", "PRICE-HIDDEN-CHARGE"),
    ("做头发不同客人不同价，价格私聊", "PRICE-UNDISCLOSED-DIFFERENT"),
    ("大米要涨疯了，每户至少囤两袋", "PRICE-RISE-RUMOUR"),
    # tune56a's (a fifth blind price set, measured once at b571efd): a saving between the prices
    # that does not add up; a sale above the usual price told after it; prices per person kept
    # quiet; a rise heard of with a last chance; card holders charged per visit or per spend; a
    # no-rise promise broken; new stock after a loss sale; a last week to the year's end.
    ("拖鞋原价50，直降30，现价35", "PRICE-FALSE-REDUCTION"),
    ("牛腩原价60/斤，今日特价45（熟客都知道平时就卖42）", "PRICE-FALSE-REDUCTION"),
    ("美甲价格因人而异，私聊报价，请勿外传", "PRICE-UNDISCLOSED-DIFFERENT"),
    ("结账小票不显示会员折扣，大家心照不宣", "PRICE-UNDISCLOSED-DIFFERENT"),
    ("内部消息：猪肉下周翻倍，今晚最后一次团", "PRICE-RISE-RUMOUR"),
    ("致次卡会员：下月起每次游泳加收5元水费", "PRICE-PREPAID-MARKUP"),
    ("说好永不涨价的月卡，下月起按新价299收取", "PRICE-PREPAID-MARKUP"),
    ("剩余次数折算为新项目的60%", "PRICE-PREPAID-MARKUP"),
    ("店里东西不要了，5折清（新货后天到）", "PRICE-FALSE-REASON"),
    ("闭店甩卖最后一周，活动持续至月底", "PRICE-FALSE-REASON"),
    ("第二次清仓了，这回真的是最后一次", "PRICE-FALSE-REASON"),
    # heldout58's and tune55a's violations the rules alone missed (the reader caught them).
    ("菜场那家摊贩卖的都是注水肉，来我们这买放心肉", "AD13-DISPARAGE"),
    ("对面那家理发店只会剪锅盖头，想剪好看的就来我们这", "AD13-DISPARAGE"),
    ("这款滤水壶的水能化解结石", "AD17-DISEASE"),
    ("宫寒不孕的姐妹来灸一灸", "AD17-DISEASE"),
    ("蓝莓软糖预防近视，孩子视力往上涨", "AD18-HEALTH-CLAIM"),
    ("小朋友们，从高台后空翻跳下来才够酷，快来挑战", "AD40-MINORS"),
    ("棋牌室麻将局输赢不设上限", "AD9-GAMBLING"),
    ("这块蛋糕比你前任还会撩", "AD9-VULGAR"),
    ("招店员，外地人勿扰", "AD9-DISCRIMINATION"),
    ("科目二一把过，不过不收钱", "AD24-EDUCATION"),
    ("患者王阿姨亲测：用了两个月，颈椎病好多了", "AD16-ENDORSE"),
    ("我们的家政服务全国领先", "AD9-ABSOLUTE"),
    ("现在买金，明年保证涨20%", "AD25-RETURN"),
]
FIFTY_FIFTH_ROUND_REJECTS = [
    # heldout61's misses (measured once at the fifty-third round's start), in our own words: a
    # consumer association's "certification", an association's "official designation", the state
    # as guarantor, a blue-hat health food with a star's endorsement.
    ("本洗衣店获消费者协会认证，洗得放心", "AD11-UNPROVABLE-CREDENTIAL"),
    ("面点协会官方指定门店，包子现蒸", "AD11-UNPROVABLE-CREDENTIAL"),
    ("门店服务质量由国家担保", "AD9-STATE-ORGAN"),
    ("蓝帽子钙片，歌手某某倾情代言", "AD16-ENDORSE"),
    # tune60a's (a blind forecast, read after its measurement): first in sales with a digit (a
    # comma before 天天 is gone in the text patterns read), an SGS star rating, a discount the
    # copy calls the everyday price, an endorser with no pet, a rival's preservatives hinted at.
    ("本店酸奶销量第1，天天现做", "AD9-ABSOLUTE"),
    ("通过SGS三星认证的大米", "AD11-UNPROVABLE-CREDENTIAL"),
    ("原价39.9今天七折，其实和平时同价", "PRICE-FRAUD"),
    ("主播阿亮：我没养猫，不过这款猫砂放心买", "AD38-NOT-USED"),
    ("对面的蛋糕放五天都不坏，防腐剂放了多少你懂的", "AD13-DISPARAGE"),
    # tune61a's (blind, to compare readers; read after): an authority's "double" certification, a
    # one-yuan headline whose charge is left to the shop, profanity in letters, daily pay for
    # selling from a phone.
    ("本店麻油通过全球权威机构双重检测", "AD11-UNPROVABLE-CREDENTIAL"),
    ("理发只要9元！具体价格以门店为准", "PRICE-FRAUD"),
    ("这碗牛肉面太TM香了", "AD9-VULGAR"),
    ("在家做兼职，动动手指日结300", "AD25-RETURN"),
    # tune62a's: a home service's price called the government's (谎称政府定价): PRICE-UNMARKED's
    # since the sixty-ninth round, whose law is that sentence and which now reads it of any goods.
    ("开锁服务一次80元，属政府定价", "PRICE-UNMARKED"),
    # A moving job's all-in price that leaves the carrying out, unpriced (tune62a's).
    ("搬家一口价299元，不含楼层和打包费", "PRICE-NOT-ALL-IN"),
]
FIFTY_SIXTH_ROUND_REJECTS = [
    # heldout62's misses (measured once at the fifty-fourth round's start), in our own words: a
    # return stated on a subscription with a buy-back at term, a school's broadcast sponsored by
    # a shop, nothing better possible, a tag price 25 times the price asked "today".
    ("商铺认购，每年回报8%，期满负责回购", "AD25-RETURN"),
    ("实小校园广播冠名：王记包子铺", "AD39-SCHOOL"),
    ("这锅卤味不可能再有更好吃的了", "AD9-ABSOLUTE"),
    ("吊牌价1299的皮鞋，今天59元带走", "PRICE-INFLATED-REFERENCE"),
    # tune63a's (a blind forecast, read after its measurement): a street office's area ranked by
    # digit, an authority's "double" certification, a one-yuan grab whose stock is as the shop
    # has it.
    ("本社区烘焙店第1名，欢迎来尝", "AD9-ABSOLUTE"),
    ("净水器通过全球权威双认证", "AD11-UNPROVABLE-CREDENTIAL"),
    ("周三1元抢购大白菜！库存以门店实际为准", "PRICE-FRAUD"),
    # tune64a's (read after its measurement): a buy-back that doubles at term, daily pay "that
    # never loses", a prize draw for children by the packet, a national-sounding alliance's
    # model shop, rivals by place said to use unlicensed goods or fleece the old, diseases all
    # eased at once or on the spot, a diabetes type reversed and medicine stopped, a disease's
    # saviour, an endorser who "likes it more than your boyfriend", a professor's years on a
    # health food.
    ("认购一亩茶园，五年后保证加价回购", "AD25-RETURN"),
    ("兼职打字，日结200，稳稳的不亏", "AD25-RETURN"),
    ("小朋友们：薯片买3包抽1次奖，天天来试手气", "AD40-MINORS"),
    ("全国洗涤服务联盟认证推荐门店", "AD11-UNPROVABLE-CREDENTIAL"),
    ("隔壁水果店卖的都是过期果切", "AD13-DISPARAGE"),
    ("街口那家眼镜店专坑老人的钱", "AD13-DISPARAGE"),
    ("艾灸一次，失眠、痛经统统好转", "AD17-DISEASE"),
    ("拔罐一次，腰痛当场见效", "AD17-DISEASE"),
    ("练满半年，告别2型糖尿病", "AD17-DISEASE"),
    ("调理三个月，不少学员停了药", "AD17-DISEASE"),
    ("桑叶茶是高血糖人群的救星", "AD17-DISEASE"),
    ("这辣条比你老公还持久", "AD9-VULGAR"),
    ("营养师每天吃了五年的蛋白粉，团购价198", "AD16-ENDORSE"),
    # tune65a's: a membership charged at the till, a 全场 discount on a basket, a door price
    # raised, chains' inflated prices, a masked brand smeared, diseases gone together or set
    # right, myopia's degrees, better than a hospital, a customer's cure, a pupil's score as the
    # ad, a dare for children, a husband who "can't do without", women who "can't use it", the
    # best of a whole street, an association's gold certification.
    ("办卡价9.9元，年费199元付款时自动开通", "PRICE-FRAUD"),
    ("全场2折！参与商品详见收银台", "PRICE-FRAUD"),
    ("空调清洗29元一台，师傅到场后视情况加价", "PRICE-HIDDEN-CHARGE"),
    ("别的超市菜价虚高，来我们这儿", "AD13-DISPARAGE"),
    ("蜜X冰城就是香精水", "AD13-DISPARAGE"),
    ("泡脚一周，高血压、失眠一起好", "AD17-DISEASE"),
    ("跟着练，把高血糖调理好", "AD17-DISEASE"),
    ("护眼训练两个月，度数降了100度", "AD17-DISEASE"),
    ("这艾草贴比吃药还管用", "AD17-DISEASE"),
    ("王大爷贴了我们的理疗贴，关节炎半年没犯", "AD16-ENDORSE"),
    ("学员小李中考652分考入一中", "AD24-EDUCATION"),
    ("不敢吃芥末糖的都是胆小鬼", "AD40-MINORS"),
    ("吃了这蚝，老公天天晚上离不开", "AD9-VULGAR"),
    ("男士报修的多半是不会用", "AD9-DISCRIMINATION"),
    ("全街最香的卤肉饭", "AD9-ABSOLUTE"),
    ("荣获全国社区洗衣联合会金牌认证", "AD11-UNPROVABLE-CREDENTIAL"),
    # tune66a's: women insulted by their looks, innuendo, the peak of a city, a clinic's and a
    # filmed neighbour's recommendations, a patient's testimony, a rival's apprentices, a
    # top-up gift only for dear packages, children playing unwatched, points or the fee back,
    # coupons in a welcome bag or from the class teacher, a health food guaranteed to keep
    # vessels clear, a disease removed or prevented, an international double certification.
    ("黄脸婆才不用护肤", "AD9-DISCRIMINATION"),
    ("喝完这瓶，硬一整夜", "AD9-VULGAR"),
    ("约吗？老地方见——悦来推拿", "AD9-VULGAR"),
    ("这碗牛肉面堪称业界巅峰", "AD9-ABSOLUTE"),
    ("社区医院推荐使用的护腰带", "AD16-ENDORSE"),
    ("王阿姨吃了这款蛋白粉，亲自出镜推荐", "AD16-ENDORSE"),
    ("病友李叔亲身经历：用了三个月", "AD16-BENEFICIARY"),
    ("对门那家的师傅手艺稀碎", "AD13-DISPARAGE"),
    ("充500送500，赠送金额仅限消费指定套餐", "PRICE-HIDDEN-CHARGE"),
    ("儿童平衡车不用家长看着，越快越刺激", "AD40-MINORS"),
    ("暑假数学班，成绩没提高全额退款", "AD24-EDUCATION"),
    ("开学礼包里有我们舞蹈班的试听券", "AD39-SCHOOL"),
    ("去校医那儿领我们眼镜店的优惠券", "AD39-SCHOOL"),
    ("纳豆激酶吃一个月，保证血压稳定", "AD17-DISEASE"),
    ("这款香皂祛除湿疹", "AD17-DISEASE"),
    ("蜂蜜通过全球双重检测", "AD11-UNPROVABLE-CREDENTIAL"),
    # tune67a's: a wife pleased by the kidneys, gambling with stakes, a key school "sure", risk
    # denied in other words, a tantrum taught, an eating dare, skating on the road, a textbook's
    # scan code, a kindergarten's coupon, a rival clinic's jabs, a fee by area at the door,
    # every day the last day, an authority's certification unnamed.
    ("生蚝吃得好，老公天天乐", "AD9-VULGAR"),
    ("麻将馆带彩的局，输了算老板的", "AD9-GAMBLING"),
    ("跟我们补半年，考上一本稳了", "AD24-EDUCATION"),
    ("投5万，每月分红，没有任何风险", "AD25-RETURN"),
    ("想要玩具就撒泼打滚，爸妈就会买", "AD40-MINORS"),
    ("小朋友一口气喝完5瓶可乐送贴纸", "AD40-MINORS"),
    ("滑板车在公路上疾驰才过瘾", "AD40-MINORS"),
    ("数学课本封底扫码领取试听课", "AD39-SCHOOL"),
    ("班上发的游泳馆体验券记得带回家", "AD39-SCHOOL"),
    ("康宁诊所乱开药，来我们药房问药师", "AD13-DISPARAGE"),
    ("家政39元2小时，上门后按房间数另计", "PRICE-HIDDEN-CHARGE"),
    ("天天都是最后一天，全场清仓", "PRICE-FALSE-URGENCY"),
    ("本店是权威机构认证的放心商家", "AD11-UNPROVABLE-CREDENTIAL"),
    ("经全国烘焙权威联盟认证", "AD11-UNPROVABLE-CREDENTIAL"),
    # tune68a's: an association's designated product, a rocket from a balcony, a tantrum that
    # brings parents, a clearance all year against a last day, a lottery to turn one's life, a
    # health food recommended to everyone, diseases set right, a drinking dare, a night away, a
    # hospital department head's praise, no loss promised, a local sales champion, a monthly
    # profit on a stake, women refused as trouble, prices raised just before the sale.
    ("全国粮油协会认证指定用米", "AD11-UNPROVABLE-CREDENTIAL"),
    ("把鞭炮点燃从窗口发射，小朋友快来玩", "AD40-MINORS"),
    ("哭闹一下，家长肯定会买", "AD40-MINORS"),
    ("常年甩卖，今天最后一天", "PRICE-FALSE-URGENCY"),
    ("买彩票送刮刮乐，中了就翻身", "AD9-GAMBLING"),
    ("张阿姨吃了这款钙片，逢人就夸", "AD16-ENDORSE"),
    ("红枣糕吃一个月，贫血、失眠都能调好", "AD17-DISEASE"),
    ("喝趴下的送一打啤酒", "AD9-VULGAR"),
    ("今晚不回家，一杯销魂", "AD9-VULGAR"),
    ("人民医院内科医生都推荐的血糖仪", "AD16-ENDORSE"),
    ("跟着团长理财，保证不赔", "AD25-RETURN"),
    ("全城奶茶销冠，就是我们家", "AD9-ABSOLUTE"),
    ("加盟奶茶店，投入8万，每月净利2万", "AD25-RETURN"),
    ("招服务员，女的麻烦勿扰", "AD9-DISCRIMINATION"),
    ("节前统一涨价到99，当天直降30", "PRICE-FRAUD"),
    # tune69a's (long posts): objectifying, stamina and "new wives" innuendo, workers refused by
    # province, somersaults at home and scooters down stairs, uniforms printed with the shop, a
    # holiday workbook's back cover, a masked bakery's premix, "not worth the name", leftovers
    # picked up, a rival's teachers' schooling, an examiner's pupils "sure to pass", a star on a
    # health food, prices adjusted before the holiday sale.
    ("老板娘胸大腿长，欢迎来撸串", "AD9-VULGAR"),
    ("喝一杯，今晚战斗力爆表", "AD9-VULGAR"),
    ("女友还是新的好，新款内衣7折", "AD9-VULGAR"),
    ("月嫂只招安徽的，不要东北的", "AD9-DISCRIMINATION"),
    ("学会了回家在床上也能练空翻", "AD40-MINORS"),
    ("这款平衡车楼梯上也能冲下来", "AD40-MINORS"),
    ("幼儿园的园服背后印着我们的电话", "AD39-SCHOOL"),
    ("寒假作业封底有我们书店的优惠券", "AD39-SCHOOL"),
    ("某X利的蛋糕全是冷冻面团", "AD13-DISPARAGE"),
    ("他们家那种速溶也配叫咖啡？", "AD13-DISPARAGE"),
    ("对门那家的菜都是收摊捡剩的", "AD13-DISPARAGE"),
    ("隔壁托管班的老师才初中毕业", "AD13-DISPARAGE"),
    ("李老师是考级考官，跟着学稳过", "AD24-EDUCATION"),
    ("明星都在喝的蛋白粉（保健食品）", "AD16-ENDORSE"),
    ("全场7折起！节前部分商品价格已上调", "PRICE-FRAUD"),
    # tune70a's: an eating contest, a tantrum for mum, a parents' meeting's trial cards, a fruit
    # shop's ripening, every pupil into a named school, old-cold legs cured, hair regrown,
    # myopia held, a from-discount three items carry, a closing sale valid all year.
    ("小朋友比赛吃一整袋辣片", "AD40-MINORS"),
    ("哭一哭爸爸就会买哦", "AD40-MINORS"),
    ("六一活动上给小朋友发我们的体验卡", "AD39-SCHOOL"),
    ("对面水果店的芒果都是打药催熟的", "AD13-DISPARAGE"),
    ("往届学生全部考入外国语学校", "AD24-EDUCATION"),
    ("艾灸半个月治好老寒腿", "AD17-DISEASE"),
    ("生发液，斑秃也能长出新发", "AD17-DISEASE"),
    ("护眼软糖，近视度数不再加深", "AD17-DISEASE"),
    ("全场2折起！仅3件2折，其余原价", "PRICE-FRAUD"),
    ("门店转让甩卖，长期有效", "PRICE-FALSE-REASON"),
]
FIFTY_FIFTH_ROUND_REVIEWS = [
    # A rank on a narrow stated basis (heldout61's); a rank with its period and data bracketed.
    ("这个月拼团人数最多的是车厘子", "AD9-SUPERLATIVE"),
    ("奶茶品类周销第1（2024年8月外卖平台数据）", "AD9-ABSOLUTE"),
    # A quotation from a named periodical (tune61a's): a reviewer checks it is there.
    ("摘自《饮食周刊》：秋天多喝汤", "AD11-DATA"),
    # tune63a's: an originator claimed; a platform's score read on a date (cited_ranking).
    ("葱油拌面的发明者就是咱家", "AD9-EXCLUSIVE"),
    ("大众点评评分本社区面馆第1名（截至8月3日）", "AD9-ABSOLUTE"),
    # tune64a's: an inventor in person and the true source, the most re-bought in a group, a
    # patented oven with no number.
    ("煎饼发明人亲自掌勺", "AD9-EXCLUSIVE"),
    ("团购群里回购次数最多的是这款牛奶", "AD9-SUPERLATIVE"),
    ("面包用专利烤箱烤制", "AD12-PATENT"),
    # tune65a's: only us with a word between, a named study's 调研称, a platform's list with
    # its month bracketed (the normalised text runs the 1 into the year), patents counted.
    ("这一带只有我们药店有夜间药师", "AD9-EXCLUSIVE"),
    ("某农大课题组调研称：土鸡蛋更香", "AD11-DATA"),
    ("抖音本商圈烧烤榜排第1（2024年6月数据）", "AD9-ABSOLUTE"),
    ("三项专利加持的破壁机", "AD12-PATENT"),
    # tune66a's: customers told to stop going to some kind of shop.
    ("别再去那些乱收费的修车铺了", "AD13-COMPARE"),
    # tune68a's: influencers said to share the goods, the same money buying less elsewhere.
    ("好几个美食博主都推荐过我们", "AD38-CELEBRITY"),
    ("同样的钱，在别家只能买一斤", "AD13-COMPARE"),
    # tune69a's: others hinted to add junk.
    ("不像有些蛋糕店那样乱加添加剂", "AD13-COMPARE"),
    # tune70a's: the latest or earliest hours on a street, goods of unknown age elsewhere.
    ("人民路上营业到最晚的便利店", "AD9-EXCLUSIVE"),
    ("小区周边最早开门的包子铺", "AD9-EXCLUSIVE"),
    ("超市的牛奶放了几天你知道吗？", "AD13-COMPARE"),
]
FIFTY_FIFTH_ROUND_CLEAN = [
    # tune60b's near misses the rules flagged, in our own words: 第一 in a school's or a
    # hospital's name, a worry for the customer, the new recipe against the old, a certificate's
    # number on the goods, another business's name as a landmark; and what the new lines must
    # leave alone.
    "店在第一人民医院东门对面",
    "第一实验小学旁的文具店，开学季本子八折",
    "最怕大家排长队，可以先在群里下单",
    "新配方的蛋挞比老配方少放了一勺糖",
    "电动车已取得CCC认证，证书编号印在车身上，可到店核对",
    "我们在“巷口首家”面馆楼上",
    "周末八折，跟平时一样可以用券",
    "我们的面包放两天都不坏，防腐剂零添加",
    "销量第1周就破了千单",
    # tune61b's: 最 of a place on a shelf, of the customer's habit, of a season for an outing; a
    # secret recipe denied; the first tray of the day; letters that are a model number.
    "柜台最里面一排是进口零食",
    "您最常点的那款拿铁今天照常供应",
    "秋天最适合一家人出门烧烤，店里可租烤炉",
    "没什么秘方，就是骨头汤多熬两个钟头",
    "第一炉面包早上六点出炉",
    "配件型号是SB200，到货了",
    # A certificate posted in the shop (tune61a's clean copy): where to check it.
    "蜂蜜已通过有机认证，证书在收银台展示",
    # tune62b's: a street named 第一, the first time the shop makes something, the customers'
    # commonest question, the hottest days of the week, a neighbour's age.
    "店在第一大道和滨河路路口",
    "第一回做桂花糕，先做20份",
    "你们最常问的：周末开门吗？开",
    "最热那几天，送货改到傍晚",
    "楼里年纪最大的陈爷爷今天来买了豆浆",
    # A fee left out of an all-in price with its own price beside it.
    "洗车一口价39元，不含打蜡费，打蜡另加20元",
]
FIFTY_SIXTH_ROUND_CLEAN = [
    # What the new lines must leave alone: the school's own broadcast, no better way than a
    # queue, a deposit returned at term.
    "学校广播站今天播报了运动会成绩",
    "今天人多，不可能有更好的办法了，大家排队",
    "租借露营帐篷押金200元，到期归还后原路退回",
    # tune63b's near misses the rules flagged: No.1 as a gate's number, 最好 as advice before a
    # precaution or a time limit, a floor denied, the rule of the counter, a prescription
    # checked, the last day of a harvest given its date.
    "快递请放No.1号楼大堂",
    "下雨天路滑，最好多带一把伞",
    "鲜奶到家后最好一小时内冷藏",
    "团长佣金按成交额计，无保底收入",
    "本店唯一的讲究：先付款后取货",
    "药师会把您的处方审核一遍再配药",
    "后天是最后一天营业，之后店面要装修一个月",
    # tune64b's: word of mouth the shop depends on, the customer's worry on a rainy day, the one
    # thing the customer must do.
    "我们不打广告，都靠街坊口口相传",
    "最怕刮风天懒得出门？我们送上门",
    "唯一需要您准备的是取件码",
    # What the new lines must leave alone.
    "王医生吃了三年的食堂",
    "门口那家面馆的老板是我表哥",
    # tune65b's: the lowest price not claimed, 最好 as advice to avoid, health food left out of
    # a member day, the seven days' lowest with spaces before the figure; tune65a's clean copy:
    # a filling's composition.
    "不敢说我们家价格全城最低，但都明码标价",
    "雨天出门最好避开低洼路段",
    "会员日全场9折，药品、保健食品不参加",
    "活动价 9.9 元，活动前 7 日本店最低成交价 12.8 元",
    "被子填充物100%新疆棉",
    # tune66b's: whoever likes sweet things most, a promise refused, the customers' vote, the
    # locker nearest the lift, a child's growth as a tailor's reason, a punch card that saves,
    # the first in the group's queue.
    "家里谁最喜欢吃辣？这周的辣酱可以带一瓶",
    "我不敢跟大家保证什么，只能说用心做",
    "大家投票，票数排前三的口味下周上架",
    "最靠近东门的那排货架是零食",
    "孩子这阵子个子长得快，裤子可以来改",
    "剪发单次40元，5次卡180元，比单次买5次少20元",
    "接龙排第一个的邻居先来取",
    # tune67b's: the busiest hours every day, the elderly's worry (老人家, not 人家), the seat
    # nearest the window, the shop's new oven against its old one, the landmark most in view.
    "每天最忙是早上7点，其他时间不用排队",
    "老人家最在意咸淡，我们少放盐",
    "最靠窗的两张桌子周末留给亲子班",
    "新换的冰柜比老冰柜大一半",
    "最显眼的是门口那块红招牌，招牌下面就是我们",
    # tune68a's clean copy: a gym member's breath after training, quoted; tune68b's: the
    # customer's rainy-day worry, the chore that troubles people most, a neighbour's favourite.
    "会员王哥说：“练了三个月，爬楼不喘了。”个人感受",
    "最怕刮风天买不到菜？群里下单送上门",
    "最让人头疼的大扫除，我们上门帮忙：3小时150元",
    "李奶奶最爱吃的桂花糕今天有货",
    # tune69a's clean copy (long posts): a card's unspent principal refunded, new members at
    # the marked price; tune69b's: 最好 before a day, the shop's retail price this week,
    # paying fastest by scan.
    "洗衣卡充300送30，未用完的本金余额可以申请退还",
    "老会员续卡9折，新会员办卡原价执行",
    "周四停水，急用的衣服最好周三前送来",
    "团购价19.9元5斤，门店本周零售价4.5元/斤",
    "人多的时候扫码付款最快",
    # tune70b's: last weekend's own price, the customers' wish.
    "周末特价：青菜2.5元/斤，上周末售价2.98元/斤",
    "最想吃什么菜在群里说一声",
]
FIFTY_SEVENTH_ROUND_REJECTS = [
    # heldout63's misses (measured once at the fifty-fifth round's start), in our own words: a
    # named lab's "international authority" certification with a figure, the price bureau said to
    # approve the shop's prices, the sale price withdrawn the week before a discount, a breast
    # pun made of an idiom beside milk.
    ("通过SGS国际权威认证，除味率提升200%的猫砂", "AD11-UNSOURCED-FIGURE"),
    ("本店所有价格经物价局核准，放心选购", "PRICE-UNMARKED"),
    ("月底店庆7折，本周起先恢复原价", "PRICE-FRAUD"),
    ("胸有成竹，奶香四溢，新品厚乳上市", "AD9-VULGAR"),
    # tune71a's … tune73a's (blind forecasts, read after their measurement): carriers of a
    # disease turned away, a free trial usable only after buying a package, a supplement's
    # actor endorser, three fees named with no amount, a top scorer claimed, a fixed leaseback
    # return, a tag price disowned as a mere reference, a class visited to hand out coupons.
    ("艾滋病患者谢绝入内", "AD9-DISCRIMINATION"),
    ("免费体验瑜伽周卡，须购买年卡方可使用", "PRICE-FRAUD"),
    ("鱼油软胶囊，知名演员倾情代言", "AD18-HEALTH-CLAIM"),
    ("搬家199元起，另收楼层费、拆装费、打包费", "PRICE-UNMARKED"),
    ("高考状元王同学就是在我们这上的物理课", "AD24-EDUCATION"),
    ("公寓份额认购，每年固定返租8%", "AD25-RETURN"),
    ("羽绒服到手价99元，吊牌价999元（吊牌价为参考价，不是原价）", "PRICE-FRAUD"),
    ("老师周一进实验一小各班发美术课体验券", "AD39-SCHOOL"),
    # The older blind sets' violations only the reader had noticed (at review): a workbook
    # given by a tutoring centre, a kindergarten's teachers handing out coupons, women mocked to
    # sell underwear, a parent's testimony of a climb from the bottom, an asthma cured in a sitting.
    ("《口算每日一练》由小星星托管赠送", "AD39-SCHOOL"),
    ("幼儿园开放日，老师会给小朋友们发我们的冰淇淋券", "AD39-SCHOOL"),
    ("胸大无脑？我们的文胸让你两样都有", "AD9-VULGAR"),
    ("孩子在这补了一学期，从班里倒数考到了前三名", "AD24-EDUCATION"),
    ("咽炎的朋友熏一次舒服一周", "AD17-DISEASE"),
    # tune74a … tune77a's (blind forecasts, read after their measurement): a storewide discount
    # left to the shop's labels, a tag price raised before the member day, the rice's king, a
    # formal-numeral first, an association's recommendation, an unnamed national body's grade,
    # a national award with no organiser, three unpriced fees, a tea for the three highs, a
    # neighbour's testimony for a plaster, prices raised before a sale, a grab already gone,
    # a 1折 headline on bags, women threatened with a straying husband, the top in English, a
    # share of cats that eat well with no survey.
    ("全场一律6折，折扣商品以门店标注为准", "PRICE-FRAUD"),
    ("周一起牛排标价统一调到98，周三会员日立减30", "PRICE-FRAUD"),
    ("本店五常大米，大米里的米王", "AD9-ABSOLUTE"),
    ("烤鸭人气全城第壹", "AD9-ABSOLUTE"),
    ("经中国烘焙研究会推荐的面包", "AD11-UNPROVABLE-CREDENTIAL"),
    ("本店山茶油经国家级权威机构认定为一级", "AD11-UNPROVABLE-CREDENTIAL"),
    ("荣获全国百姓放心家政品牌", "AD11-UNPROVABLE-CREDENTIAL"),
    ("管道疏通80元起，另收上门费、疏通剂费、配件费", "PRICE-UNMARKED"),
    ("三高的朋友喝上两周指标就降了", "AD18-HEALTH-CLAIM"),
    ("这个理疗仪用了一个月，我爸的颈椎病好多了——5栋王叔真实反馈", "AD16-ENDORSE"),
    ("下个月店庆全场7折！这周起全部商品统一上调30%", "PRICE-FRAUD"),
    ("1元秒杀鸡蛋！今天已抢光，其他蛋品9折", "PRICE-FRAUD"),
    ("全场1折起！1折区：一次性手套、塑料袋", "PRICE-FRAUD"),
    ("老婆不做护肤，老公早晚嫌弃你", "AD9-DISCRIMINATION"),
    ("本店咖啡豆品质最top", "AD9-ABSOLUTE"),
    ("95%的狗狗吃了都爱吃", "AD11-UNSOURCED-FIGURE"),
    # tune78a … tune81a's (blind forecasts, read after their measurement): every item below
    # cost, one crab a day for a yuan, a rank as a place in a row, a trial that renews itself,
    # white hair turned black, a drink named for bouncing breasts, every subject at full marks,
    # a 原价 "changed" before the member day, a test's figure against ordinary eggs, a workbook's
    # last page, a misfortune as the reason for a sale, a share of members slimmed, a named
    # rival's kitchen, prices "updated" before a storewide sale, a token price needing a paid
    # card, a disease by its organ system, the three highs gone, a dearer pair, an expert
    # panel's verdict, a market price three times the price asked.
    ("清仓！全店商品一律低于进货价", "PRICE-FRAUD"),
    ("1元抢榴莲！每天限1个", "PRICE-FRAUD"),
    ("本店牛肉口碑排第1", "AD9-ABSOLUTE"),
    ("免费游泳3天，到期自动续费月卡299元", "PRICE-FRAUD"),
    ("何首乌茶：白发喝三个月就能黑回来", "AD18-HEALTH-CLAIM"),
    ("新品奶昔「乳摇」系列上市", "AD9-VULGAR"),
    ("上完暑假班，期末门门满分不是梦", "AD24-EDUCATION"),
    ("这周原价调成58元，周末会员8折", "PRICE-FRAUD"),
    ("经检测钙含量比普通牛奶高出200%", "AD11-UNSOURCED-FIGURE"),
    ("翻到作业本封底就能看到我们的托管班", "AD39-SCHOOL"),
    ("店主生病急用钱，全场亏本清仓", "PRICE-FALSE-REASON"),
    ("92%的学员一个月明显瘦了", "AD11-UNSOURCED-FIGURE"),
    ("张记凉皮的调料不干净", "AD13-DISPARAGE"),
    ("店庆全场6折！价签已经统一调整", "PRICE-FRAUD"),
    ("1元秒杀鸡蛋！需出示会员卡（办卡99元）", "PRICE-FRAUD"),
    ("艾草鞋垫能治脚部各种疾病", "AD17-DISEASE"),
    ("纳豆：吃两个月，血压全降下来", "AD18-HEALTH-CLAIM"),
    ("香蕉买一斤5元，买三斤只要16元", "PRICE-PACK-NOT-CHEAPER"),
    ("专家组一致认定为一流品质", "AD11-UNPROVABLE-CREDENTIAL"),
    ("市场价99元的榴莲千层，团购价只要29", "PRICE-INFLATED-REFERENCE"),
    # tune82a … tune85a's (blind forecasts, read after their measurement): a storewide headline
    # whose deepest cut is three pairs of socks, a 原价 against a price "只卖", a drink that wins
    # the lottery, a masked platform's rotten greens, women's disorders "regulated" with a
    # miracle, the top of a district's list held, a cent's price behind a paid card, a tag
    # changed before a 5折, an unnamed national body's nine tests and a purity, a special's
    # quota of a tenth of a jin, the price restored before a cut on the day.
    ("全场1折起！（1折仅限店内2双手套）", "PRICE-FRAUD"),
    ("砂糖橘原价99，团长今天只卖9.9", "PRICE-INFLATED-REFERENCE"),
    ("吃了我们的发财包子，包你中大奖", "AD9-SUPERSTITION"),
    ("还在某多多买水果？坏一半送一半", "AD13-DISPARAGE"),
    ("月经不调、宫寒调理有特效", "AD17-DISEASE"),
    ("本店剪发稳居全区榜首", "AD9-ABSOLUTE"),
    ("新客1分钱洗车！需先开通199元年卡", "PRICE-FRAUD"),
    ("昨天标59的蛋糕今天改标118，会员5折", "PRICE-FRAUD"),
    ("经国家权威机构三项检测认证，纯度99%", "AD11-UNSOURCED-FIGURE"),
    ("牛肉特价29.9一斤，每人限购0.1斤", "PRICE-FRAUD"),
    ("店庆：本周先恢复原价88，周六当天直降到49", "PRICE-FRAUD"),
    # tune86a … tune89a's (blind forecasts, read after their measurement): a national integrity
    # award from "ministries", tags raised for a day's half price, an industry's five-star
    # certification, a masked platform with an X, a national rank by an enclosed digit, a
    # throat tea that cures in three days, meat likened to a girl, hotpot likened to a mistress,
    # 低至1折 over 9.5折, the last days extended, a grandchild cured by a syrup and the word
    # spread, a committee's certification with a figure, a class's trial held in a kindergarten.
    ("荣获全国诚信经营示范店称号", "AD11-UNPROVABLE-CREDENTIAL"),
    ("11月1日起价签统一上调，11号当天一律半价", "PRICE-FRAUD"),
    ("本店保洁获得家政行业五星认证", "AD11-UNPROVABLE-CREDENTIAL"),
    ("别在美X买菜了，烂一半送一半", "AD13-DISPARAGE"),
    ("全国苹果里排第①，5斤装39元", "AD9-ABSOLUTE"),
    ("口腔溃疡喝两天就好", "AD17-DISEASE"),
    ("这块五花嫩得像小姑娘似的", "AD9-VULGAR"),
    ("喝酒就像找小三，越喝越刺激", "AD9-VULGAR"),
    ("全场低至2折！大部分商品9折", "PRICE-FRAUD"),
    ("清仓最后2天！活动已延长至下月底", "PRICE-FALSE-REASON"),
    ("张奶奶吃了三天就好了，逢人就推荐这款药", "AD16-ENDORSE"),
    ("经中国优质蜂蜜评审委员会认证，活性高出普通蜂蜜50%", "AD11-UNPROVABLE-CREDENTIAL"),
    ("下周一进实验小学开展编程课试听", "AD39-SCHOOL"),
]
FIFTY_SEVENTH_ROUND_REVIEWS = [
    # A professor's verdict after tasting, quoted as the proof (第十一条); rivals passed over
    # in a pointed silence (第十三条).
    ("农科院张教授试吃后评价：这批蜜薯口感一流", "AD11-AUTHORITY-CLAIM"),
    ("别家的牛肉用的啥肉咱不多说，咱家只用黄牛肉", "AD13-COMPARE"),
    # tune74a's and tune75a's: the same money said to buy half as much elsewhere, a neighbour's
    # price hinted at; tune76a's: the most customers on a street (第九条).
    ("同样花30块，在别处只能买一斤", "AD13-COMPARE"),
    ("隔壁要价多少大家心里有数，我们这儿68元", "AD13-COMPARE"),
    ("服务过的街坊可能是这条街最多的一家", "AD9-SUPERLATIVE"),
    # tune79a's and tune80a's: a chore other shops leave to the buyer, the same price elsewhere.
    ("别家的甘蔗要你自己削，我们免费削好", "AD13-COMPARE"),
    ("同样25元剪个头，别处能给你洗吗", "AD13-COMPARE"),
    # tune83a's: factory bread set against ours (第十三条).
    ("比起工厂批量做的月饼，我们坚持手工包", "AD13-COMPARE"),
    # tune86a's, tune87a's and tune89a's: a share told as customers' reports, a neighbour's price
    # beside ours, the earliest of the few shops downstairs.
    ("很多顾客反馈，用了我们的洗衣液，衣服黄渍少了八成", "AD11-AUTHORITY-CLAIM"),
    ("隔壁要收80，我们只收50，洗得一样好", "AD13-COMPARE"),
    ("楼下两家早餐店里我们出摊最早", "AD9-SUPERLATIVE"),
]
FIFTY_SEVENTH_ROUND_CLEAN = [
    # What the new lines must leave alone: a professor who shops here, the price bureau's
    # inspection, a restored price with no sale after it, an idiom alone, a
    # class's own pupils, a refundable prepaid balance, fees with their amounts, a professor
    # teaching, a carrier's own diet.
    "农业大学的李教授今天来店里买了两板土鸡蛋",
    "物价局的同志今天来店里检查了价签",
    "特价活动已结束，本周起恢复原价",
    "下棋胸有成竹的小朋友请来报名围棋课",
    "张老师教过的学生家长都很认可她的耐心",
    "储值卡充500送50，本金余额可以申请退还",
    "搬家199元起，另收楼层费每层10元、拆装费50元、打包费30元",
    "李教授今晚在社区讲堂讲家庭用药常识",
    # The near misses the blind sets caught the rules on: a worry asked of the reader, the
    # season's first new cake, the reader's hardest chore, the reader's first choice, the shop's
    # only machine out of service, a 划线价 with its basis, a fibre's share, the shop's goods
    # below the top, a total of the single prices, a madeleine, a diet put off.
    "最怕下雨天没菜吃？团长明早照常送",
    "今冬第一款新品红豆年糕明天上架",
    "养猫的朋友最头疼的可能是剪指甲，我们可以上门",
    "请在接龙时写上您首选的配送时段",
    "店里唯一的一台烤箱今天维修，面包明天恢复",
    "划线价88元为本店前7日最低成交价，今天会员价70.4元，即划线价的8折",
    "被套面料：桑蚕丝100%，可机洗",
    "我们的大米不是最便宜的那档，胜在新米",
    "洗鞋：3双60元。单双按价目表25元，3双合计75元，活动价省15元",
    "下午茶套餐含一块玛德琳和一杯红茶，28元",
    "充值说明：充200送20，赠送部分不能提现，本金余额可申请退还",
    "减肥的事过完年再说，今天蛋挞第二个半价",
    # What the new lines must leave alone: a real shop's hours changed, a price restored and no
    # sale, an association's membership, a cook's membership, fees priced, a tea's taste, a
    # street address.
    "营业时间调整为9点，会员9折不变",
    "本店是烘焙协会会员单位",
    "我们的面点师是市烹饪协会会员",
    "管道疏通80元起，另收上门费20元、配件按实价",
    "苦荞茶每天一杯，清香解腻",
    "第一大街与人民路交叉口",
    # tune74b … tune77b's near misses the rules flagged: a worry asked of the reader, the
    # compulsory CCC mark, a 划线价 with its dates, the owner's diet, a prepaid balance refunded,
    # a shop's name explained, a cut price's reason, where the largest size is kept, the shop's
    # own craft below the top, the customers' encouragement, the family's favourite dish, a
    # flour's share, advice on a coat, the shop below a restaurant.
    "晚上最怕孩子饿？店里有夜宵小份",
    "电动自行车已取得CCC认证，可以上牌",
    "划线价是该商品5月1日-7日的最低成交价",
    "店长最近在减肥，蛋糕都留给大家了",
    "储值500元送50元，没花完的500元本金随时可退",
    "店名叫最近超市，不是说我们最便宜",
    "鸡蛋降了5毛，是因为进货价降了",
    "最大号的收纳箱在二楼",
    "我的厨艺不是最好的，但用料实在",
    "大家的好评是对我们最大的鼓励",
    "全家最爱吃的还是家常菜",
    "这款面包用的是100%全麦粉",
    "降温了，出门最好加件外套",
    "我们比不上大饭店，就是家常味道",
    # What the new lines must leave alone: a trial that renews nothing, a queue's number, a
    # cost's rise as the reason, a family's illness with no sale, a real pair that is cheaper, a
    # named shop as a neighbour.
    "免费试练3天，不会自动扣款",
    "咱家排队的邻居可以先取号",
    "进货价涨了，鸡蛋每斤涨5毛",
    "老板娘住院了，店里这周由店长照看",
    "香蕉买一斤5元，买三斤只要12元",
    "张记凉皮就在我们隔壁，欢迎一起逛",
    # tune78b … tune81b's near misses the rules flagged: a prepaid balance on a returned card,
    # the readers' most asked question lately, a worry for the reader, how far the shop delivers,
    # a rating with its page and date.
    "充500送100，消费先扣本金，退卡时退还未消费的本金部分",
    "大家最近最常问的是月饼什么时候到",
    "最怕下雨天大家出不了门，今天免费送上楼",
    "最远能送到南门小区，再远加3元",
    "本店好评率98.1%（大众点评店铺页，截至2025年10月31日，共862条评价）",
    # What the new lines must leave alone, and tune82b … tune85b's near misses the rules
    # flagged: a per-person limit under a storewide discount, a prepaid balance refunded on
    # request, customers who like the early market, the shop's cats, the parents' busy week, a
    # set cheaper than its items at lunch hours, parts at their actual price, the hardest
    # choice, parking as the shop's headache, a 划线价's basis with the shop named after it.
    "周六全场8折，每人限购5件，售完即止",
    "储值500元另赠50元（赠送部分仅限本店消费、不可提现），未用完的本金可申请退还",
    "最爱逛早市的叔叔阿姨们注意，周六9点开门",
    "本店的猫比店员还多，怕猫的朋友请坐外面",
    "这周最忙的应该是家长们，包书皮1元一本",
    "午市套餐（周一至周五11:00-14:00）：牛肉饭+汤30元，单点分别是28元、6元",
    "上门检查费20元，维修后配件按实价另收",
    "最难选的可能是口味，先买小份尝尝",
    "最让我们头疼的是停车，门口可临停15分钟",
    "划线价69元/斤为降价前7日内本店最低成交价",
    # What the new lines must leave alone, and tune86b … tune89b's near misses the rules
    # flagged: a personal trainer's first lesson, an extended opening hour's last day, the
    # shop's first opening told as history, the quickest way to reach the shop, a usual retail
    # price with a shallow cut, the owner's hobby, the reader's favourite filling, a bracket
    # stating the seven days' lowest, the old folks' worry, the cheapest size of a cake, a claim
    # declined with 吹, the resourceful group, the kindest neighbours, a phone's font at its
    # largest, the shop's happiest moment.
    "第一节课安排体测，第二节开始训练",
    "今天是营业时间延长的最后一天，明天恢复9点关门",
    "二十年前开第一家店时，这里还是土路",
    "售后最快的办法是直接私聊我",
    "苹果平时零售7.8元/斤，这周团购价6.5元/斤",
    "老板最大的爱好就是钓鱼，周一店休",
    "您家最爱吃哪种馅？接龙告诉我们",
    "卫衣按8折159.2元卖（199元为活动前7天内店里的最低成交价）",
    "小区里有几位老人家最怕爬楼，团长帮忙送上门",
    "蛋糕最便宜的6寸是128元",
    "咱不敢吹最好吃，就是用料老实",
    "万能的群友们，谁家有多余的纸箱？",
    "小区里最热心的就是各位邻居",
    "手机字体能调到最大号",
    "最让我们开心的，是老邻居每天来坐坐",
]
FIFTY_EIGHTH_ROUND_REJECTS = [
    # tune90a's … tune94a's misses (blind forecasts of the fifty-sixth round), in our own words:
    # no shop ranked ahead, passers-by as targets and children alone in deep water, an estate's
    # share and an untested rise, cheaper than every shop around, a storewide cut only the bags
    # reach, a marked price disowned, a token haircut's extras, a sample given the full size's
    # value, prices reset or raised before a sale, a storewide share below the market, coughs and
    # growth cured, an association's gold grade and designation, inside channels and half the fee
    # back, gains with no loss, black-hearted rivals, rubbish feed, powder teas, unlicensed
    # teachers, stale platforms, a satchel's flyer, money asked at home, secrets from parents, a
    # spokesman's years with new goods, bathhouse girls, plain women mocked, the cheapest in town.
    ("这一片卖煎饼的，论料足没有哪家能排在咱前头", "AD9-ABSOLUTE"),
    ("玩具水枪能从阳台往下射路人，孩子玩得可开心", "AD40-MINORS"),
    ("小朋友可以独自跳进深水区比赛潜水", "AD40-MINORS"),
    ("全楼8成业主都在用的这款空气净化器", "AD11-UNSOURCED"),
    ("经测试续航提升200%的电动车电池", "AD11-UNSOURCED"),
    ("我们的米价比附近所有粮店都便宜", "PRICE-FRAUD"),
    ("全店低至1折（1折商品：塑料袋）", "PRICE-FRAUD"),
    ("全场3折起！塑料袋原价0.5元现0.15元", "PRICE-FRAUD"),
    ("猪肉标价15元/斤，价格仅供参考，实际以称重结算时为准", "PRICE-UNMARKED"),
    ("19.9元洗车，打蜡、吸尘、擦窗另外收费", "PRICE-HIDDEN-CHARGE"),
    ("买面霜送价值299元的精华5ml小样", "PRICE-FRAUD"),
    ("下月起所有商品按新价格执行，月中全场七折", "PRICE-FRAUD"),
    ("明天起全部面包上调3元，会员日全场8折", "PRICE-FRAUD"),
    ("全店商品均低于市场价40%", "PRICE-FRAUD"),
    ("蜂蜜柚子茶每天一杯，咽炎一扫而空", "AD18-HEALTH-CLAIM"),
    ("磁疗鞋垫穿两个月长高3厘米", "AD17-DISEASE"),
    ("市烘焙协会认证五星面包房", "AD11-UNPROVABLE-CREDENTIAL"),
    ("采用全国洗涤协会指定洗涤工艺", "AD11-UNPROVABLE-CREDENTIAL"),
    ("和育才中学有内部渠道，报名即可拿推荐名额", "AD24-EDUCATION"),
    ("书法考级保合格，不合格退一半学费", "AD24-EDUCATION"),
    ("跟着群主炒币，只赚不亏", "AD25-RETURN"),
    ("对面那家的老板心都黑了", "AD13-DISPARAGE"),
    ("网上那些狗粮基本都是垃圾粮", "AD13-DISPARAGE"),
    ("阿香奶茶那种奶盖全是粉末勾兑的", "AD13-DISPARAGE"),
    ("外面好多机构的老师连健康证都没有", "AD13-DISPARAGE"),
    ("朴朴上的鸡蛋都是冷库放了一个月的", "AD13-DISPARAGE"),
    ("风湿贴一晚就消肿的膏药", "AD17-DISEASE"),
    ("育英小学的同学们，书包里的宣传单带回家给家长看", "AD39-SCHOOL"),
    ("零花钱不够就回家要，周末再来买", "AD40-MINORS"),
    ("瞒着爸妈偷偷来玩更刺激", "AD40-MINORS"),
    ("新品上市！代言人阿杰说：这款剃须刀我用了三年", "AD38-NOT-USED"),
    ("搓澡找小妹妹，晚上更精彩", "AD9-VULGAR"),
    ("丑女没人要，来做个微整", "AD9-DISCRIMINATION"),
    ("本市最便宜的药房", "PRICE-FRAUD"),
    # tune90a's and tune94a's, read by the rules alone: the same price as yesterday's called a
    # special, a fee left to the desk, three fees with no amount, crying at home, a school bus
    # covered, a place locked or the fee back, top pupils counted, pure profit after a year,
    # pains gone at once, disease kept away, a ward's designation, a neighbour's readings, a bust
    # cup, outsiders refused, a lottery win, an overpriced rival, the end of the universe.
    ("上周45元一斤的羊肉，今天特价45元一斤", "PRICE-FRAUD"),
    ("月卡199元，另有少量管理费，详情咨询前台", "PRICE-HIDDEN-CHARGE"),
    ("美甲套餐88元，到店另加卸甲费、修型费、护理费", "PRICE-UNMARKED"),
    ("回家哭一哭闹一闹，周末就能来乐园", "AD40-MINORS"),
    ("传单已经贴满育才小学校车", "AD39-SCHOOL"),
    ("名校录取不了退一半学费", "AD24-EDUCATION"),
    ("往届带出五名北大学生", "AD24-EDUCATION"),
    ("进班即锁定一中名额", "AD24-EDUCATION"),
    ("奶茶店加盟，两年收回成本，之后全是净赚", "AD25-RETURN"),
    ("艾灸一次，关节痛马上缓解", "AD17-DISEASE"),
    ("正骨两次，腰椎间盘突出就能复位", "AD17-DISEASE"),
    ("蛋白粉天天喝，保证不得骨质病", "AD18-HEALTH-CLAIM"),
    ("区中医院骨科指定产品，护腰带特价", "AD16-ENDORSE"),
    ("3号楼李大爷用了这款降压仪，两个月血压降了", "AD16-ENDORSE"),
    ("新款奶茶大胸杯上市", "AD9-VULGAR"),
    ("全部本地阿姨，不用外地人", "AD9-DISCRIMINATION"),
    ("吃了这串葡萄，彩票必中五百万", "AD9-SUPERSTITION"),
    ("某某烘焙还好意思卖这么贵", "AD13-DISPARAGE"),
    ("这就是宇宙尽头的烧烤", "AD9-ABSOLUTE"),
    # tune96a's: a storewide cut in words whose bargain is tissues, the top of a trade, the
    # highest grade chosen, myopia reduced, a rash gone at a touch, disorders set right, entry
    # behind a further purchase, cheap rivals and frauds, a consumer-day gold title, a masseuse,
    # a pass sure to the percent.
    ("全场一折起！一折商品为纸巾一包，其余原价", "PRICE-FRAUD"),
    ("家电清洗行业头名，师傅个个是金牌里的金牌", "AD9-ABSOLUTE"),
    ("面粉统统选用最高等级", "AD9-ABSOLUTE"),
    ("用了这款眼贴，近视度数降低了", "AD17-DISEASE"),
    ("宝宝湿疹一抹就好的药膏", "AD17-DISEASE"),
    ("四物汤每天一碗，贫血、痛经统统调理好", "AD18-HEALTH-CLAIM"),
    ("游泳年卡88元，办卡后需另购教练课方可入场", "PRICE-HIDDEN-CHARGE"),
    ("那家的廉价奶精茶没法跟我们比", "AD13-DISPARAGE"),
    ("教练全是半路出家的骗子", "AD13-DISPARAGE"),
    ("315诚信金牌单位，放心选购", "AD11-UNPROVABLE-CREDENTIAL"),
    ("小姐姐手法温柔，懂的来", "AD9-VULGAR"),
    ("科目二百分百过，挂科免费重考", "AD24-EDUCATION"),
    # tune95a's, tune97a's and tune98a's, read by the rules alone: innuendo at a grill, stunts
    # and deep water for children, the highest end and No.1 of a trade, a score band and a
    # licence and a place sure, chains called sugar water, an association's gold, a national
    # survey, a storewide cut with its exclusions, free rice behind a card, cod-liver oil for
    # growth, fixed payments and daily rebates, outsiders and the heavy refused, a clearance
    # below cost, a school trial, butchered hair, a scalded dog, pupils misled, a balcony spray,
    # oysters for the night, a lucky drink, prices kept private, extras left to the shop, a cure
    # in one session, a cough cured, foreign triple certificates, the consumer association's
    # approval, relatives' and neighbours' readings, a workbook's cover, certificates for all.
    ("叫上小姐姐一起办事，烧烤管够", "AD9-VULGAR"),
    ("今晚不硬不收钱的烤串", "AD9-VULGAR"),
    ("波霸奶茶大杯上新，妹子们胸有成竹来一杯", "AD9-VULGAR"),
    ("从滑梯上后空翻跳到蹦床才酷", "AD40-MINORS"),
    ("市面上能买到的最高端黄油", "AD9-ABSOLUTE"),
    ("堪称卤味界№1", "AD9-ABSOLUTE"),
    ("这一片的游泳馆没一家能打的", "AD9-ABSOLUTE"),
    ("学完阅读稳稳90分", "AD24-EDUCATION"),
    ("一次不过免费补考，考到拿证为止", "AD24-EDUCATION"),
    ("报这个班等于锁定外国语学校入学资格", "AD24-EDUCATION"),
    ("喜茶那种奶茶就是糖水", "AD13-DISPARAGE"),
    ("蜂产品协会金质认证蜂蜜", "AD11-UNPROVABLE-CREDENTIAL"),
    ("全国消费者满意度调查第一名的洗衣液", "AD11-UNSOURCED"),
    ("全场一律8折（特价、新品、进口品除外）", "PRICE-FRAUD"),
    ("免费领大米，领取需现场办理298元储值卡", "PRICE-HIDDEN-CHARGE"),
    ("儿童钙片吃了长高不近视", "AD18-HEALTH-CLAIM"),
    ("入股奶茶店，每月固定打款5000元", "AD25-RETURN"),
    ("本店一律不用外地保姆", "AD9-DISCRIMINATION"),
    ("只收瘦子的舞蹈班", "AD9-DISCRIMINATION"),
    ("亏本甩卖，低于进价清仓", "PRICE-FRAUD"),
    ("进阳光幼儿园开展试饮活动", "AD39-SCHOOL"),
    ("对面理发店剪得跟狗啃一样", "AD13-DISPARAGE"),
    ("那家宠物店洗澡把狗狗烫伤过", "AD13-DISPARAGE"),
    ("这种机构误人子弟", "AD13-DISPARAGE"),
    ("小朋友从窗户往楼下泼水可好玩了", "AD40-MINORS"),
    ("孩子不用大人陪也能去深水区", "AD40-MINORS"),
    ("吃完这盘羊腰子，一夜不倒", "AD9-VULGAR"),
    ("买彩票前来一杯好运奶茶，中奖率翻倍", "AD9-SUPERSTITION"),
    ("团购价请私聊，群内不公开", "PRICE-UNMARKED"),
    ("烫发199起，药水、护理、造型、设计师费用到店另计", "PRICE-UNMARKED"),
    ("众筹开超市，每天返利30元", "AD25-RETURN"),
    ("一次推拿治好你的腰肌劳损", "AD17-DISEASE"),
    ("罗汉果茶喝了咳嗽好得快", "AD18-HEALTH-CLAIM"),
    ("通过美国FDA、欧盟CE双重认证的枕头", "AD11-UNPROVABLE-CREDENTIAL"),
    ("消费者协会认可的放心店", "AD11-UNPROVABLE-CREDENTIAL"),
    ("我爸用了这个降糖贴，血糖稳了", "AD16-ENDORSE"),
    ("把练习册封底剪下来可抵5元", "AD39-SCHOOL"),
    ("李阿姨吃了这款药，血糖从12降到6", "AD16-ENDORSE"),
    ("上过我们课的孩子百分百拿到市级证书", "AD24-EDUCATION"),
    # tune99a's, tune100a's and tune101a's, read by the rules alone: none able to compete, rivals
    # streets behind, kidneys for the night, spurned wives and refused provinces, top of the
    # class and scooters on the road, a federation's supplier, feed eggs, scoliosis, monthly
    # interest, prices reset the night before, a reference charged all year, a year-long
    # time limit, matchless and second to none, the highest grade, a 1折 basket, rivers and faces
    # and crying and cars, pass rates and fees back and sure classes, rivals who deny, thaw,
    # sell rubbish, premix, bad eggs and grey goods and only watch children, a kindergarten talk,
    # a neighbour walking again, pigs, a baby's skin, an experiment's figure, market cuts, a
    # price never changed, a grade's 原价, the maker's tags.
    ("这片卖烧饼的，全城没有能打的", "AD9-ABSOLUTE"),
    ("美甲手艺甩同行八条街", "AD9-ABSOLUTE"),
    ("大羊腰子烤好了，吃完回家腰杆硬", "AD9-VULGAR"),
    ("不保养就成黄脸婆了", "AD9-DISCRIMINATION"),
    ("本房源不租东北人", "AD9-DISCRIMINATION"),
    ("集齐卡片当班里老大", "AD40-MINORS"),
    ("儿童平衡车在马路上也能飙", "AD40-MINORS"),
    ("社区团购联合会指定供货商", "AD11-UNPROVABLE-CREDENTIAL"),
    ("多多买菜的鸡蛋都是饲料鸡下的", "AD13-DISPARAGE"),
    ("这款护腰能矫正脊柱侧弯", "AD17-DISEASE"),
    ("认筹养老驿站，月息2分", "AD25-RETURN"),
    ("下周起全场7折，今晚先统一调成新价", "PRICE-FRAUD"),
    ("划线价999，实付99，常年天天都是这个价", "PRICE-FRAUD"),
    ("限时特价从夏天一直做到年底", "PRICE-FRAUD"),
    ("用的是天下无双的山泉水", "AD9-ABSOLUTE"),
    ("最懂柯基的狗粮，没有第二选择", "AD9-ABSOLUTE"),
    ("市面上能买到的最高等级牛排", "AD9-ABSOLUTE"),
    ("全场1折起！！！满屋子好货等你来抢🔥参与1折的仅限收银台旁小筐", "PRICE-FRAUD"),
    ("孩子去水库游都没事，大人不用跟着", "AD40-MINORS"),
    ("水枪对准同学的脸打才好玩", "AD40-MINORS"),
    ("小宝贝，哭到他们答应为止哦", "AD40-MINORS"),
    ("穿上轮滑鞋在马路上和汽车比速度", "AD40-MINORS"),
    ("往届学员本科过线率100%", "AD24-EDUCATION"),
    ("教资面授班，笔试面试一次通关，不过退学费", "AD24-EDUCATION"),
    ("上完这个班进外国语小学稳稳的", "AD24-EDUCATION"),
    ("那些连锁干洗店洗坏了还死不认账", "AD13-DISPARAGE"),
    ("隔壁超市的排骨都是冻了又化的", "AD13-DISPARAGE"),
    ("别的团长卖的米都是陈年垃圾米", "AD13-DISPARAGE"),
    ("某某面包房全是预拌粉", "AD13-DISPARAGE"),
    ("菜场的橙子十个有三个是坏的", "AD13-DISPARAGE"),
    ("附近药店卖的多半是串货", "AD13-DISPARAGE"),
    ("隔壁托管就是个看孩子的", "AD13-DISPARAGE"),
    ("在星光幼儿园办宣讲会，给每个小朋友发传单", "AD39-SCHOOL"),
    ("隔壁王奶奶腿疼多年，贴了这款膏药一周就能下地", "AD16-ENDORSE"),
    ("胖得跟猪一样还不来练", "AD9-DISCRIMINATION"),
    ("孕妈喝了宝宝皮肤白", "AD18-HEALTH-CLAIM"),
    ("实验证明7天皱纹减少60%", "AD11-UNSOURCED-FIGURE"),
    ("比市场价便宜40%的牛奶", "PRICE-FRAUD"),
    ("原价59现价29，这个价一直没变过", "PRICE-FRAUD"),
    ("原价按专家级标准标注", "PRICE-FRAUD"),
    ("吊牌都是厂家统一印的，放心买", "PRICE-FRAUD"),
    # tune102a's, tune103a's and tune104a's, read by the rules alone: customers refused for looks,
    # weight or origin, floors and rises on a stake, rivals' relabelled, recycled, treated,
    # injected and powdered goods, a raise then a member price, below the factory and below
    # cost, a storewide rise before the sale, fees with no amount, prices left to the worker or
    # behind a card, knee pads and cupping, supplements as protection, eating dares, deep water,
    # school threats and envy, a card room, a class rank promised, innuendo, a god-tier shop, a
    # double certificate, purity over the trade, an association's AAA, a neighbour walking again,
    # book covers printed with a code.
    ("丑的别来，我们只接待美女", "AD9-DISCRIMINATION"),
    ("胖成这样还好意思穿短裙", "AD9-DISCRIMINATION"),
    ("外地民工请绕道", "AD9-DISCRIMINATION"),
    ("投5万，一年保底拿回8万", "AD25-RETURN"),
    ("白酒明年保证涨价20%，不涨我们原价回收", "AD25-RETURN"),
    ("某平台的水果都是剩货回收再卖", "AD13-DISPARAGE"),
    ("隔壁进货都是处理果，别被他们的低价骗了", "AD13-DISPARAGE"),
    ("对面的西瓜都是打过针的", "AD13-DISPARAGE"),
    ("幸福超市卖的土鸡蛋全是饲料蛋", "AD13-DISPARAGE"),
    ("喜茶用的都是粉冲的", "AD13-DISPARAGE"),
    ("小区门口那家理发店剪的都是啥？去了就后悔", "AD13-DISPARAGE"),
    ("酸奶本周起由30元/箱调为42元/箱，会员价35元，立省7元", "PRICE-FRAUD"),
    ("比出厂价还低的食用油", "PRICE-FRAUD"),
    ("米面粮油统统低于成本价", "PRICE-FRAUD"),
    ("羽绒服比厂里成本还低", "PRICE-FRAUD"),
    ("双十一前全场先统一上调两成，当天再打八折", "PRICE-FRAUD"),
    ("美发88元起，另付设计费、护理费、造型费", "PRICE-UNMARKED"),
    ("搬家199元全包，具体以师傅上门报价为准", "PRICE-UNMARKED"),
    ("理发只要9.9，办理298元会员卡即可享受此价", "PRICE-HIDDEN-CHARGE"),
    ("护膝一戴，老寒腿关节炎戴上就好", "AD17-DISEASE"),
    ("拔罐两次见效的颈椎调理", "AD17-DISEASE"),
    ("益生菌不吃就容易生病", "AD18-HEALTH-CLAIM"),
    ("深海鱼油心脑血管全面守护", "AD18-HEALTH-CLAIM"),
    ("吃辣挑战：一口气吃5包的小勇士送奖品", "AD40-MINORS"),
    ("小朋友不用家长陪，自己也能去深水区", "AD40-MINORS"),
    ("小朋友回家告诉妈妈：不报编程课就不去上学", "AD40-MINORS"),
    ("抽到隐藏款全班都羡慕", "AD40-MINORS"),
    ("麻将馆包赢，押得多赢得多", "AD9-GAMBLING"),
    ("承诺期末冲进年级前十", "AD24-EDUCATION"),
    ("吃完生蚝更持久", "AD9-VULGAR"),
    ("男人不能说不行，来碗羊肉汤", "AD9-VULGAR"),
    ("老街坊心中的神级存在", "AD9-ABSOLUTE"),
    ("配方最最营养的狗粮", "AD9-ABSOLUTE"),
    ("通过国际双认证的净水器", "AD11-UNPROVABLE-CREDENTIAL"),
    ("洁净度超出行业5倍", "AD11-UNSOURCED-FIGURE"),
    ("清真牛肉经“优质肉品协会”检测认证为AAA级", "AD11-UNPROVABLE-CREDENTIAL"),
    ("李阿姨腿疼多年，用了理疗仪就能自己下楼了", "AD16-ENDORSE"),
    ("开学送书皮，书皮上都印了我们的二维码", "AD39-SCHOOL"),
]
FIFTY_EIGHTH_ROUND_REVIEWS = [
    # The earliest shop on a street, a third party's test and a year's list unnamed, a price
    # match on a screenshot, a singer's "same as", other shops tried or compared, what others
    # dare not say, several patents.
    ("这条街上最早一家做烘焙的店就是我们", "AD9-SUPERLATIVE"),
    ("第三方检测显示，我们的土鸡蛋蛋白质含量13g/100g", "AD11-DATA"),
    ("美团2024年度朝阳区烧烤热门榜TOP2", "AD11-DATA"),
    ("发现更便宜的可以截图发给团长", "PRICE-REFERENCE"),
    ("主持人同款瑜伽垫", "AD38-CELEBRITY"),
    ("跑了好几家修鞋店都没修好的鞋，拿来我们看看", "AD13-COMPARE"),
    ("对比过周边几家面馆，还是咱家的汤头浓", "AD13-COMPARE"),
    ("不是所有水果店都敢说坏果包赔，我们敢", "AD13-COMPARE"),
    ("拿了好几项专利的拖把", "AD12-PATENT"),
    # tune96a's: the same money, less next door; cheaper than every platform.
    ("同样的钱，隔壁只给半斤，我们给一斤", "AD13-COMPARE"),
    ("搬家服务价格低于各大平台", "PRICE-REFERENCE"),
    # tune95a's, tune97a's and tune98a's: the earliest in a building, chains' ready meals, an
    # ambassador's recommendation, customers' average, a friend's figure, households counted,
    # goods only this group gets, big schools' wasted money, a blogger counted by followers.
    ("这栋写字楼里最早做手冲咖啡的就是我们", "AD9-SUPERLATIVE"),
    ("别再被网红店的预制菜糊弄了", "AD13-COMPARE"),
    ("形象大使Lily倾情推荐的代餐粉", "AD38-CELEBRITY"),
    ("据不少老顾客反馈，坚持来游泳三个月，平均能瘦5到8斤", "AD11-AUTHORITY-CLAIM"),
    ("听做烘焙的朋友说这种面粉蛋白质高出两成", "AD11-DATA"),
    ("已有三千户邻居选择了我们", "AD11-DATA"),
    ("这批山竹只有我们团能拿到", "AD9-EXCLUSIVE"),
    ("别再去大商场花冤枉钱了", "AD13-COMPARE"),
    ("十万粉美食博主强推的酸菜鱼", "AD38-CELEBRITY"),
    # tune99a's, tune100a's and tune101a's: a recipe the city learned here, cheaper than the
    # markets, the earliest in a building, a rival's oil left unsaid, a patent model.
    ("全城的酸奶包都是跟我们学的", "AD9-EXCLUSIVE"),
    ("本周牛肉低于周边菜市场", "PRICE-REFERENCE"),
    ("我们是2号楼底商里开得最早的一家", "AD9-SUPERLATIVE"),
    ("别家炸鸡用什么油咱不清楚，我们只用新油", "AD13-COMPARE"),
    ("专利款晾衣杆", "AD12-PATENT"),
    # tune102a's, tune103a's and tune104a's: half the supermarket's price, below the big
    # supermarkets, chains' ready meals, the same price washing less, a host's praise.
    ("价格只有超市的一半", "PRICE-REFERENCE"),
    ("团购价低于本地两大超市", "PRICE-REFERENCE"),
    ("比起某些连锁快餐的料理包，我们坚持现炒", "AD13-COMPARE"),
    ("同样是30元的剪发，别家只剪不洗", "AD13-COMPARE"),
    ("某台主持人也说好的电饭煲", "AD38-CELEBRITY"),
]
FIFTY_EIGHTH_ROUND_CLEAN = [
    # What the new lines must leave alone, and tune90b's … tune94b's clean copies the rules
    # flagged, in our own words: 最好 as advice, a wish, a chore, a worry and a loved one, a
    # name and a denied rank, a stall's place, a new locker, a request, dieters, a result or a
    # floor not promised, a tool's, a dryer's, a kettle's, a delivery's and a heater's top
    # figures, a modest "but", a principal refunded, a 划线价's basis with ¥, a member price for
    # a phone number, a wrapped bouquet, own prices cut by less than a quarter, a certificate to
    # see in the shop.
    "这杯冷萃最好加冰再喝",
    "取货时最好核对一下取件码",
    "下雨天来店里最好走南门",
    "猫咪换粮最好花一周慢慢过渡",
    "吐司当天吃完最好，隔夜请冷冻",
    "面包两天内吃完口感最好",
    "老板最大的愿望：过年能歇三天",
    "最头疼的油烟机清洗交给我们",
    "有孩子的家庭最关心安全",
    "给最爱的人挑份礼物吧",
    "你要是最爱辣口，试试今天的麻辣烫",
    "“第一印象”理发店搬到了新华路",
    "我们叫一号店，不是排第一哈",
    "菜场东门进去第一个摊位就是我们",
    "小区第一个快递柜明天启用",
    "唯一的小要求：请自带购物袋",
    "减肥的朋友今天请绕道，蛋糕刚出炉，香味我不负责",
    "本店长减肥第5天，看到蛋糕忍不住",
    "游泳课不敢保证几节课学会，因人而异",
    "我们不保证效果，但会认真教",
    "团长按单结算，不保底收入",
    "电钻最大钻孔直径木材30mm",
    "吹风机最大风量2.5m³/min",
    "水壶内有最大水位线",
    "桶装水最高送到12楼",
    "热水器最高温度为出厂设定的60℃",
    "我们理发不算最快，但每个都剪得仔细",
    "储值卡本金部分未消费的随时可退",
    "划线价 ¥59 为本店活动前 7 日内最低成交价，活动价 ¥49",
    "会员价5.8元/斤，非会员6.8元/斤，手机号登记即可，会员价仅限本店",
    "鲜花单支6元，10支一束包装好68元",
    "年卡门市价1999元，本月会员价1699元",
    "狗粮店里零售价一直是158元，本周团购148元",
    "健身周卡日常价100元，本月90元",
    "有机茶已取得有机产品认证，证书编号店内可查",
    # tune96b's: the cheapest of four free, a principal refunded by the shop's rules, a chore's
    # worry, the baker's ease, a queue the customer cannot stand.
    "买二送一，赠送的是其中价格最低的那一个",
    "储值卡充500送50，未消费本金可按店规退还",
    "换季收纳最让人头疼，我们上门整理",
    "还是觉得每天给街坊剪头那会儿最踏实",
    "最受不了等位的朋友可以提前订座",
    # tune95b's, tune97b's and tune98a's: a deposit beside income, how to cook it best asked, a
    # customer's question answered with a date, the owner's fear, the season's first new item, a
    # pack cheaper per 斤 than the shop's price, reading free beside a card to borrow, card rules
    # at the desk, a flour's share, a 划线价 heading, the shop's own price in 平时店内价.
    "团长佣金按月结，不收保证金。收入多少看下单量",
    "我也说不好这排骨怎么炖最好吃",
    "有顾客问“你们的豆子是不是最新鲜的”，我只能说烘焙日期印在袋子上",
    "店长最怕下雨天",
    "今年秋季新品第一款：栗子蛋糕",
    "团购3斤装36元，店里零售一直是14元/斤",
    "家长带孩子可免费阅读，借回家需办卡（押金100元，可退）",
    "免费体验一次，停卡、退卡规则贴在前台",
    "全麦粉（占面粉总量100%）、水、酵母",
    "划线价说明：牛奶划线价5元/盒，是本次活动前7日内本店最低成交价",
    "鸡蛋团购价20元，平时店内价24元",
    # tune99b's, tune100b's and tune101b's: a week's changeover, part of the sugar brown, both
    # prices marked, a principal less spending, the busiest and coldest hours, a 划线价's basis
    # unpriced, no prescriptions, a promise of care, a block and a drawer, a first branch,
    # goods taking part, points per 元, a card's arithmetic in brackets, yesterday's own price,
    # wholesale prices, the member price explained.
    "狗狗换粮最好用5天慢慢过渡",
    "新配方换了一部分红糖，颜色深一点",
    "前7天售价99元的裙子现价59元，每件都同时标明原价和现价",
    "储值卡退卡时按本金扣除已消费金额后退还",
    "傍晚是小区最热闹的时候",
    "等车最冷的那会儿，进店接杯热水",
    "团购页的划线价是本次活动前7日内的最低成交价",
    "我们是社区药房，不能开处方",
    "我能保证的是每天消毒两遍",
    "快递点在第一幢楼下",
    "钥匙放在柜台第一个抽屉",
    "面馆第一家分店下周开业",
    "全场生鲜9折，猪肉、蔬菜均参与，鸡蛋特价商品除外",
    "积分规则：消费1元积1分，100分可抵1元，积分有效期12个月，到期前一个月小程序会提醒",
    "洗车次卡：10次120元（单次15元，10次需150元）",
    "草莓团购价25元/盒，昨天店里卖30元/盒",
    "价格跟着批发价走，以当天价签为准",
    "标“零售价”的为非会员价",
    # tune102b's, tune103b's and tune104b's (and tune102a's): a principal refunded, a secret
    # denied, first orders sent first, a best the shop may not be, the new shop against the old,
    # the busiest hour, which suits best asked, free delivery nearby, the cheapest counted, floors
    # charged by the stairs, and a child turning the pages (not 翻本, a gambler's comeback).
    "余额长期有效，没用完的本金可以原路申请退还",
    "剪头没啥独门秘方，就是耐心",
    "最早接龙的邻居最先发货",
    "我家的面不一定是你吃过最好吃的，但汤是熬了一夜的",
    "和以前的旧店比，新店宽敞多了",
    "周末是商场最热闹的时候",
    "我也说不好哪种枕头最适合您",
    "小区内送货上门免费，超出3公里按每单5元收取配送费",
    "第二件半价，按价格最低的一件计算",
    "搬家300元起，楼层另计",
    "孩子回家第一件事就是翻本子看老师的点评",
]
FIFTY_NINTH_ROUND_REJECTS = [
    # heldout65's misses (measured at the round's start), in our own words: a professor's years on
    # a health food and a reading as proof, a special price for who tops up a card, a from-price
    # below the minimum spend, a score's floor, rivals' fees thrown away, a lady technician, the
    # best by common consent, massage against fever, a level guaranteed, a night out unknown to
    # parents.
    ("李老师喝这款鱼油三年了，体检血脂全正常", "AD16-BENEFICIARY"),
    ("特价五花肉9.9一斤，仅限当天储值300元会员购买", "PRICE-FRAUD"),
    ("洗牙19.9元起，到店最低消费128元", "PRICE-FRAUD"),
    ("寒假集训完，开学考试至少提高30分", "AD24-EDUCATION"),
    ("有的健身房教练只会卖课，办卡等于白花", "AD13-DISPARAGE"),
    ("按摩店美女技师贴身服务，保证舒服到不想回家", "AD9-VULGAR"),
    ("这条街公认最地道的一碗牛肉面", "AD9-ABSOLUTE"),
    ("宝宝发烧来做推拿退烧，比吃药安全", "AD17-DISEASE"),
    ("少儿舞蹈：半年保证孩子达到三级水平", "AD24-EDUCATION"),
    ("网吧包夜，不用跟爸妈打招呼", "AD40-MINORS"),
    ("足疗店美女技师陪你到深夜", "AD9-VULGAR"),
    ("退休王老师吃我们的钙片半年了，骨密度达标了", "AD16-BENEFICIARY"),
    ("学步鞋能矫正X型腿，穿一个月见效", "AD17-DISEASE"),
    # tune105a's … tune107a's misses (blind forecasts of this round), in our own words: diseases
    # prevented, stones dissolved, legs reshaped, vessels opened, a disease drunk away, strains
    # healed, a disorder set right, a child's growth by a figure, neighbours' relief, a double
    # crown, a season conquered, first place in a variant figure, nil residues, a national
    # centre of the shop's naming, rivals' goods called stale, frauds, bought certificates and
    # black hearts, money wasted, men's noses bleeding, an eater called grandson, tenants barred,
    # stakes left to players, an oven left to a child, a key school promised, referral
    # commissions, unlimited yet the first ten, a voucher as the free one, an everyday price
    # restored, a set that must be bought, charges past the price, a rise of a share tomorrow.
    ("理疗床躺一躺，心脑血管堵了一通就开", "AD17-DISEASE"),
    ("这款茶天天泡，能把痛风喝好", "AD17-DISEASE"),
    ("推拿套餐治好老人的腰肌劳损", "AD17-DISEASE"),
    ("燕窝吃一阵，月经不调也调好了", "AD18-HEALTH-CLAIM"),
    ("牛初乳粉喝了长个，一年能长8公分", "AD18-HEALTH-CLAIM"),
    ("3栋张大爷吃了我们的纳豆胶囊，说胸口轻松多了", "AD16-BENEFICIARY"),
    ("烧烤店评比双冠王，欢迎来尝", "AD9-ABSOLUTE"),
    ("这款西瓜称霸整个夏天所有水果摊", "AD9-ABSOLUTE"),
    ("全区超市排名第壹的鲜肉柜", "AD9-ABSOLUTE"),
    ("咱家鸡蛋农残检出率为零", "AD11-UNSOURCED-FIGURE"),
    ("面粉经“国家粮油品质检测中心”认证", "AD11-UNPROVABLE-CREDENTIAL"),
    ("隔壁理发店收费虚高，心太黑", "AD13-DISPARAGE"),
    ("某些连锁健身房的私教课，去了就是白花钱", "AD13-DISPARAGE"),
    ("女装店：男人看了流鼻血的吊带裙", "AD9-VULGAR"),
    ("辣条吃不了你就是孙子", "AD9-VULGAR"),
    ("公寓健身房外地租客一律不准使用", "AD9-DISCRIMINATION"),
    ("棋牌室包间彩头随意，输了送一小时", "AD9-GAMBLING"),
    ("孩子独自在家也能操作的燃气灶", "AD40-MINORS"),
    ("报我们的冲刺班，保准能考上一中", "AD24-EDUCATION"),
    ("草莓不限量供应，每天仅限前10位顾客", "PRICE-FRAUD"),
    ("冬枣买一送一，买一个送一张5元优惠券", "PRICE-FRAUD"),
    ("枕头天天59元，今晚过后恢复原价", "PRICE-FRAUD"),
    ("大闸蟹12元一只，每单需搭配包装盒68元", "PRICE-HIDDEN-CHARGE"),
    ("麻辣烫仅6.6元，另收餐盒费配送费服务费共12元", "PRICE-HIDDEN-CHARGE"),
    ("大米下月起上涨30%，现在不买就亏大了", "PRICE-RISE-RUMOUR"),
    ("赵阿姨肺气肿多年，用了这台制氧机现在能爬5楼", "AD16-BENEFICIARY"),
    # tune108a's … tune111a's misses, in our own words: fat people mocked, married-women
    # technicians, husbands loose, stakes, odds and chips, luck for spending, rivals' washing,
    # short weight and licences, a share with "the data does not lie", triple certifications,
    # state leaders, diseases washed away or healed in sessions, insulin stopped, glasses put
    # away, the paralysed walking, vessels kept clear, a patient's own account, a father's
    # knees, top-ups as investments, doubling, a kindergarten place, grades won, flyers with
    # homework, talks in class, stands in a school's hall, shooting friends, a child's grief,
    # heights as thrills, nothing better seen, the city's crown, TOP grade in spaced letters,
    # tenfold refunds, a copied 划线价, a price list for reference only.
    ("瑜伽馆：胖子看着就倒胃口，快来减", "AD9-VULGAR"),
    ("足浴城少妇技师上门，包你上火", "AD9-VULGAR"),
    ("老婆不在家随便浪，烧烤啤酒管够", "AD9-VULGAR"),
    ("群里掷骰子，押5元中了赔50元", "AD9-GAMBLING"),
    ("茶馆牌局押一壶赢五壶", "AD9-GAMBLING"),
    ("棋牌室充值送筹码，输了还能找老板借", "AD9-GAMBLING"),
    ("开业请大师看过风水，进店消费保你全年好运", "AD9-SUPERSTITION"),
    ("千万别去幸福干洗，衣服洗坏了还不赔", "AD13-DISPARAGE"),
    ("对面那家游泳馆的教练一个证都没有", "AD13-DISPARAGE"),
    ("85%的顾客说用完皮肤亮了一个度，数据不会骗人", "AD11-UNSOURCED-FIGURE"),
    ("滤芯通过三重权威认证，放心用", "AD11-UNPROVABLE-CREDENTIAL"),
    ("这款酒曾送进中南海", "AD9-STATE-ORGAN"),
    ("芦荟胶鼻炎都能洗好", "AD17-DISEASE"),
    ("针灸腰椎间盘突出五次见效", "AD17-DISEASE"),
    ("磁疗枕头枕上就不犯失眠", "AD17-DISEASE"),
    ("这款护目镜戴一个月，近视能摘掉眼镜", "AD17-DISEASE"),
    ("艾灸馆：胃病、痛经、失眠一起治", "AD17-DISEASE"),
    ("康复馆按摩，偏瘫的大爷做两个月就能下地走路", "AD17-DISEASE"),
    ("深海鱼油每天两粒，血管不堵", "AD18-HEALTH-CLAIM"),
    ("病友刘大姐亲口讲述：坚持用了这款仪器", "AD16-BENEFICIARY"),
    ("我爸的老寒腿敷了两周就不疼了", "AD16-BENEFICIARY"),
    ("储值卡当理财，存2万返3000", "AD25-RETURN"),
    ("认购果树一棵，两年翻一倍", "AD25-RETURN"),
    ("投资鸡苗年底保证返你120元", "AD25-RETURN"),
    ("托班学完入园稳稳的", "AD24-EDUCATION"),
    ("美术考级稳拿八级", "AD24-EDUCATION"),
    ("辅导班的传单随作业发放到每个孩子手里", "AD39-SCHOOL"),
    ("周五我们进班给同学们讲牛奶知识，现场发试饮", "AD39-SCHOOL"),
    ("我们在小学门厅摆了摊位，放学就能报名", "AD39-SCHOOL"),
    ("新款水枪对着小伙伴一打一个准", "AD40-MINORS"),
    ("玩具车不给买，孩子会哭一整天哦", "AD40-MINORS"),
    ("这款滑板越高越刺激", "AD40-MINORS"),
    ("真没见过比它更好的大米", "AD9-ABSOLUTE"),
    ("本店烤鸭堪称全城之冠", "AD9-ABSOLUTE"),
    ("洗车服务 T O P 级", "AD9-ABSOLUTE"),
    ("这片找不到更便宜的，发现更低十倍赔", "PRICE-FRAUD"),
    ("划线价是照着网店标的", "PRICE-FRAUD"),
    ("价目表仅供参考，熟客另议", "PRICE-UNMARKED"),
    # tune112a's … tune115a's misses, in our own words: check-ups, nights and tai chi after a
    # health food, a professor's daily supplement, a monitor as good as the hospital's, a
    # pressure steady on a medicine, a pupil's leap offered to every child, everyone above 95,
    # certificates without exams, infections prevented, diseases all sorted, myopia reversed,
    # bowels emptied, lipids and pressure sorted, none can beat us, the estate's top name, cup
    # sizes, men hard, blind boxes that grow on you, cash games, children taught to coax, race
    # down steps, take money unseen and prove they are men, a kindergarten's partner, rivals'
    # haircuts chewed and burgers inedible, an association's sole recommendation, goods free
    # if anyone is cheaper, free trials charged at the shop, quotes on site, unlimited visits
    # paid again, prices settled at checkout, today only in a week-long promotion.
    ("3号楼刘阿姨吃了两盒我们的辅酶Q10，体检指标都正常了", "AD16-BENEFICIARY"),
    ("赵大爷喝了这款蛋白粉说晚上睡得香多了", "AD16-BENEFICIARY"),
    ("王老师吃了一年这款钙片，现在天天去爬山", "AD16-BENEFICIARY"),
    ("营养师天天吃的鱼油（保健食品），团购价128", "AD16-BENEFICIARY"),
    ("这台血糖仪测出来跟医院测的一模一样", "AD16-BENEFICIARY"),
    ("这款降糖药老李吃了三个月，血糖一直稳", "AD16-BENEFICIARY"),
    ("隔壁小李跟我们学了半年英语，你家孩子也能", "AD24-EDUCATION"),
    ("冲刺班学员期末人人95分以上", "AD24-EDUCATION"),
    ("会计证不用考试也能拿证", "AD24-EDUCATION"),
    ("空气净化器预防呼吸道感染", "AD17-DISEASE"),
    ("针灸五次，失眠便秘统统搞定", "AD17-DISEASE"),
    ("护眼贴戴三个月还能降度数", "AD17-DISEASE"),
    ("芦荟汁喝了宿便全清", "AD18-HEALTH-CLAIM"),
    ("苦荞茶一天一杯，血糖血压全搞定", "AD18-HEALTH-CLAIM"),
    ("论个头谁家也干不过咱家的桃", "AD9-ABSOLUTE"),
    ("这片早餐铺的顶流就是我们家", "AD9-ABSOLUTE"),
    ("D杯以下勿扰，新款内衣到店", "AD9-VULGAR"),
    ("今晚吃生蚝，男人吃了硬气", "AD9-VULGAR"),
    ("扭蛋机越抽越上头，抽中大奖就是赚", "AD9-GAMBLING"),
    ("麻将馆现金局天天开", "AD9-GAMBLING"),
    ("回家跟爸爸撒个娇，就能来买新玩具啦", "AD40-MINORS"),
    ("平衡车冲下台阶才叫酷", "AD40-MINORS"),
    ("零花钱偷偷拿来，爸妈不会发现的", "AD40-MINORS"),
    ("不敢吃变态辣的就不是男子汉", "AD40-MINORS"),
    ("本园合作的绘本馆本月8折", "AD39-SCHOOL"),
    ("对面理发店剪得跟狗啃的一样", "AD13-DISPARAGE"),
    ("麦X劳的汉堡根本没法吃", "AD13-DISPARAGE"),
    ("全市保洁协会唯一推荐的家政公司", "AD11-UNPROVABLE-CREDENTIAL"),
    ("全城要是有比我们更便宜的，白送", "PRICE-FRAUD"),
    ("0元体验美甲，到店另收68元材料费", "PRICE-HIDDEN-CHARGE"),
    ("油烟机清洗39元，师傅上门后现场报价", "PRICE-HIDDEN-CHARGE"),
    ("月卡全月无限次，每次另付15元", "PRICE-HIDDEN-CHARGE"),
    ("价格以实际结算为准", "PRICE-UNMARKED"),
    ("仅限今天！特价猪肉，活动时间本周一至周日", "PRICE-FRAUD"),
    # tune116a's … tune119a's misses, in our own words: clearances every day, dearer than the
    # factory called cheaper, one unit in the shop, flash prices settled higher, per-piece
    # prices with the main items apart, a final price left to the staff, wrinkles gone,
    # members' relief, a named doctor's must, a child's age beside 代言, fixed buy-backs, top
    # universities and licences promised, rises promised, school books sponsored, rolling on
    # the floor, no adult needed, vulgar likenings, the plain refused, card games, rivals'
    # broth, cheats and chains, shares to a decimal, unnamed bodies' tests.
    ("开店五年天天清仓，今天真的最后一天", "PRICE-FRAUD"),
    ("整箱茅台比出厂价还便宜", "PRICE-FRAUD"),
    ("1元秒杀电视机，全店仅1台", "PRICE-FRAUD"),
    ("秒杀价5.9元一斤，下单按12.9元一斤结算", "PRICE-FRAUD"),
    ("衣服8元一件起洗，大衣羽绒服另计", "PRICE-HIDDEN-CHARGE"),
    ("宠物美容39元起，最终价格由店长决定", "PRICE-HIDDEN-CHARGE"),
    ("胶原蛋白饮喝完皱纹都没了", "AD18-HEALTH-CLAIM"),
    ("会员喝完都说胃舒服多了", "AD16-BENEFICIARY"),
    ("社区卫生站李医生说了，这款制氧机老人必备", "AD16-ENDORSE"),
    ("我家闺女（5岁）代言本店童装", "AD38-CHILD-ENDORSER"),
    ("收藏纪念币，三年后按买入价上浮50%回购", "AD25-RETURN"),
    ("志愿填报一对一，保你上211", "AD24-EDUCATION"),
    ("会计证培训包通过", "AD24-EDUCATION"),
    ("暑假来补课，成绩必涨30分", "AD24-EDUCATION"),
    ("家校联系本上印着我们托管班的二维码", "AD39-SCHOOL"),
    ("汉堡店：不带我来就在地上打滚", "AD40-MINORS"),
    ("蹦床馆不用大人陪也能玩", "AD40-MINORS"),
    ("老板娘的豆浆又大又白", "AD9-VULGAR"),
    ("女人不化妆等于没穿衣服", "AD9-VULGAR"),
    ("招前台：丑的不要", "AD9-DISCRIMINATION"),
    ("烧烤店炸金花赢啤酒", "AD9-GAMBLING"),
    ("隔壁面馆老汤几个月都不换", "AD13-DISPARAGE"),
    ("阳光宠物店就是坑钱的", "AD13-DISPARAGE"),
    ("某连锁超市卖的都是高价货", "AD13-DISPARAGE"),
    ("经专业机构测评，效果提升三倍", "AD11-UNSOURCED-FIGURE"),
    # tune120a's … tune123a's misses, in our own words: girls for who knows, men who fail,
    # seven times a night, touching, wives who cannot cook, people from elsewhere kept out, a
    # ministry's canteen, predicted papers, degrees without exams, a rise in value guaranteed,
    # dares, shooting friends, users' relief, myopia wiped out, a migraine eased at once, foot
    # diseases, a disease that never calls again, a trade's yyds, a variant first place, rivals'
    # scales, outsourcing and carelessness, cheap cuts switched, goods told only in the shop, up
    # then down, a factory closing, charges at the shop or outside a take-home price, 骨折价 as
    # a sale price, 日常售价 as the everyday price.
    ("新来的小妹手法好，懂的来", "AD9-VULGAR"),
    ("男人不行？喝我们的牛鞭汤", "AD9-VULGAR"),
    ("鸭血粉丝辣得一晚上七次都不够", "AD9-VULGAR"),
    ("鸡腿鸡胸随便摸随便挑", "AD9-VULGAR"),
    ("女人不会带孩子还算什么好老婆", "AD9-VULGAR"),
    ("外地人别进群，只服务本地业主", "AD9-DISCRIMINATION"),
    ("大米常年供应区委机关食堂", "AD9-STATE-ORGAN"),
    ("名师押题卷，报名就送", "AD24-EDUCATION"),
    ("成人本科免考试拿证，包毕业", "AD24-EDUCATION"),
    ("这套紫砂壶五年后保证升值", "AD25-RETURN"),
    ("一口塞一整包，坚持不吐出来就免费", "AD40-MINORS"),
    ("买了水枪和小伙伴在小区里对射", "AD40-MINORS"),
    ("用过的刘阿姨说，这个护腰带戴了三天腰就不疼了", "AD16-BENEFICIARY"),
    ("王大爷吃了半年，他说比吃药还管用", "AD16-BENEFICIARY"),
    ("防控镜片戴两年度数清零", "AD17-DISEASE"),
    ("头疗偏头痛做一次就缓解", "AD17-DISEASE"),
    ("磁疗袜治足底筋膜炎", "AD17-DISEASE"),
    ("小气泡清洁顺带治好痘痘", "AD17-DISEASE"),
    ("常喝羊奶，高血压再也不找上门", "AD18-HEALTH-CLAIM"),
    ("本地烧烤界yyds", "AD9-ABSOLUTE"),
    ("口感堪称第1的牛肉干", "AD9-ABSOLUTE"),
    ("隔壁肉铺的秤都是调过的", "AD13-DISPARAGE"),
    ("那几家干洗店都是拿去外包的", "AD13-DISPARAGE"),
    ("对面托管班的老师根本不负责", "AD13-DISPARAGE"),
    ("特价鸡蛋抢完可选购土鸡蛋25元一板", "PRICE-FRAUD"),
    ("全场低至2折，到店才知道是哪几样", "PRICE-FRAUD"),
    ("先涨后降，优惠多多", "PRICE-FRAUD"),
    ("厂家倒闭，清仓大甩卖", "PRICE-FRAUD"),
    ("到手价39元（不含配送费、包装费）", "PRICE-HIDDEN-CHARGE"),
    ("健身卡原价5888元，周年庆骨折价588元", "PRICE-INFLATED-REFERENCE"),
    ("秒杀价29元，直降20元（日常售价29元）", "PRICE-FALSE-REDUCTION"),
    # tune124a's … tune127a's misses, in our own words: the fat and plain kept out, cup sizes,
    # men's backs, ex-partners, a landlady's shampoo, ugly monsters, winnings exchanged, one
    # pack to cure, a stroke kept away, blood promised, a night's sleep to ease, a stain rooted
    # out, a doctor's word on a customer, a host's health food, a hospital's plaster, shares
    # into key schools, certificates guaranteed, eating contests, love tied to buying, mockery
    # in class, an expert's multiple, EU certificates, rival coaches called cheats, the first
    # buyer only, tags reset as new originals, invitations for a cent, extras told at the shop.
    ("胖的丑的别进来，本店只服务美女", "AD9-VULGAR"),
    ("你的杯有多大，我们的汉堡就有多大", "AD9-VULGAR"),
    ("羊腰子：男人吃了腰好，你懂的", "AD9-VULGAR"),
    ("我们的菜比你前任还实在", "AD9-VULGAR"),
    ("洗头妹亲自给你洗，包你爽到飞起", "AD9-VULGAR"),
    ("健身房：丑八怪先照照镜子再来", "AD9-VULGAR"),
    ("赢的钱可以直接兑换购物卡", "AD9-GAMBLING"),
    ("益生菌粉，宝宝积食一包就好", "AD18-HEALTH-CLAIM"),
    ("吃了我们的鱼油就不怕中风找上门", "AD18-HEALTH-CLAIM"),
    ("阿胶膏保证两个月气血充足", "AD18-HEALTH-CLAIM"),
    ("磁疗床垫，失眠睡一觉就缓解", "AD17-DISEASE"),
    ("祛痘膏一次性根除", "AD17-DISEASE"),
    ("医生都说她的颈椎病好多了", "AD16-BENEFICIARY"),
    ("主持人代言的蛋白粉胶囊", "AD16-ENDORSE"),
    ("三甲医院专家联合研制的鞋垫", "AD16-ENDORSE"),
    ("今年学员95%考入重点高中", "AD24-EDUCATION"),
    ("学一期保证拿到钢琴等级证书", "AD24-EDUCATION"),
    ("小朋友来比比谁最能吃", "AD40-MINORS"),
    ("不给买就是不爱你", "AD40-MINORS"),
    ("没有这款书包的同学在班上要被笑话", "AD40-MINORS"),
    ("经营养专家检测，我们的牛奶钙含量是普通牛奶的2倍", "AD11-UNSOURCED-FIGURE"),
    ("滤芯通过欧盟权威检测", "AD11-UNPROVABLE-CREDENTIAL"),
    ("那家健身房的教练就是一群骗子", "AD13-DISPARAGE"),
    ("特价菜仅限第1位到店顾客", "PRICE-FRAUD"),
    ("今晚标价统一调整为新原价，明天五折", "PRICE-FRAUD"),
    ("1分钱抢西瓜，需邀请20位好友进群", "PRICE-FRAUD"),
    ("洗车9.9元，其他项目具体到店告知", "PRICE-HIDDEN-CHARGE"),
    # tune128a's … tune131a's misses, in our own words: haircuts that make men hard, married
    # women's favourite, big-breasted pastry, staff hired unmarried and pretty, women charged
    # more, a hand to win it back, bets, average rises in marks, every pupil above 90, interest
    # with losses covered, fireworks lit by children, jumps from steps, posts through class
    # teachers, the school bus, milk a kindergarten recommends, steady readings, a ward chief's
    # fish oil, a cough sure to go, a grade of its own, none in the district to compete, first
    # within miles, households counted, prices raised then cut, exchanges for who missed the
    # bait, sets to buy first, differences paid at the shop, gifts' wrapping charged.
    ("烫完头让你硬起来", "AD9-VULGAR"),
    ("新款按摩椅，少妇最爱", "AD9-VULGAR"),
    ("“大胸”面包，男人看了都流口水", "AD9-VULGAR"),
    ("羊肉串管够，不硬不回家", "AD9-VULGAR"),
    ("招收银员：限未婚女性，颜值高优先", "AD9-DISCRIMINATION"),
    ("女人事多，女士剪发一律加价", "AD9-DISCRIMINATION"),
    ("今晚一把赢回本", "AD9-GAMBLING"),
    ("扫码下注猜比分，赢了送烧烤", "AD9-GAMBLING"),
    ("学员去年中考平均提分40分", "AD24-EDUCATION"),
    ("报我们数学班的孩子期末都能考到90分以上", "AD24-EDUCATION"),
    ("存银一年送息6%，跌了我们兜底", "AD25-RETURN"),
    ("鞭炮小朋友自己点都没问题", "AD40-MINORS"),
    ("弹簧鞋从台阶上往下跳都不怕", "AD40-MINORS"),
    ("请班主任转发：托管班秋季招生", "AD39-SCHOOL"),
    ("坐校车的小朋友们，放学来买冰棍", "AD39-SCHOOL"),
    ("园里统一推荐这款酸奶", "AD39-SCHOOL"),
    ("刘阿姨吃了两个月，血糖稳稳的", "AD16-BENEFICIARY"),
    ("心内科主任自己天天吃的鱼油", "AD16-BENEFICIARY"),
    ("这款润喉糖，咽炎三天准好", "AD18-HEALTH-CLAIM"),
    ("我们的洗护属于T0级别", "AD9-ABSOLUTE"),
    ("烧烤整个片区没有能打的", "AD9-ABSOLUTE"),
    ("烫发手艺本片区第①", "AD9-ABSOLUTE"),
    ("方圆十里头一名的凉皮", "AD9-ABSOLUTE"),
    ("全国已有10万家庭放心使用", "AD11-UNSOURCED-FIGURE"),
    ("家电上周已调价至899元，活动直降300元", "PRICE-FRAUD"),
    ("秒杀每天限量1件，抢不到的可换购原价同款", "PRICE-FRAUD"),
    ("剪发9.9元起，须搭配护理套餐才能做", "PRICE-HIDDEN-CHARGE"),
    ("蛋糕券1元，到店需补差价60元", "PRICE-HIDDEN-CHARGE"),
    ("买一送一，赠品需另付10元包装费", "PRICE-HIDDEN-CHARGE"),
    # tune132a's … tune135a's misses, in our own words: plain faces refused, women told to be
    # wives, cash games, rivals' bread and barbers, harm to children, milk at the kindergarten
    # gate and from teachers, a class committee's notice, children told they will be short,
    # gaming unseen, vouching unused, readings on a medicine, senior teachers, places on
    # signing, degrees without exams, rents returned, franchises made good, diseases kept
    # away, baldness cured, marks from walnuts, good enough for the country, CCTV brands,
    # gifted money that cannot be spent, token washes with extras, prices only at the shop, a
    # rise from tomorrow.
    ("丑拒，颜值不够的别来拍照", "AD9-VULGAR"),
    ("新品奶茶，一杯下肚今晚随你怎么样", "AD9-VULGAR"),
    ("健身房只收男会员", "AD9-DISCRIMINATION"),
    ("女孩子学什么数学，嫁个好老公才是正经事", "AD9-DISCRIMINATION"),
    ("棋牌室输赢现结", "AD9-GAMBLING"),
    ("那些连锁店的面包难吃还贵", "AD13-DISPARAGE"),
    ("别家用植物奶油，就是害孩子", "AD13-DISPARAGE"),
    ("幼儿园合作专供酸奶，入园门口试饮", "AD39-SCHOOL"),
    ("入园时老师会给小朋友发我们的饼干", "AD39-SCHOOL"),
    ("班级家委会通知：团购牙刷，放学教室门口领取", "AD39-SCHOOL"),
    ("不喝我们的牛奶就会长不高", "AD40-MINORS"),
    ("游戏代练通宵上分，爸妈发现不了", "AD40-MINORS"),
    ("我自己没吃过，但这款奶粉我敢打包票", "AD38-NOT-USED"),
    ("李阿姨用了两周血压稳了", "AD16-BENEFICIARY"),
    ("这款降糖药，三个月血糖稳稳的", "AD16-BENEFICIARY"),
    ("刘阿姨说肩膀疼三天就好了", "AD16-BENEFICIARY"),
    ("特级教师张老师亲自带班", "AD24-EDUCATION"),
    ("签约即保进重点中学", "AD24-EDUCATION"),
    ("成人本科免考直接拿证", "AD24-EDUCATION"),
    ("商铺包租10年，每年返租8%", "AD25-RETURN"),
    ("奶茶加盟赚不回总部补足", "AD25-RETURN"),
    ("手环戴一周，疾病远离你", "AD17-DISEASE"),
    ("防脱液用一瓶全治好", "AD17-DISEASE"),
    ("核桃吃一个月，成绩蹭蹭涨", "AD18-HEALTH-CLAIM"),
    ("我家烧饼好吃到全国", "AD9-ABSOLUTE"),
    ("CCTV展播品牌电饭煲", "AD11-UNPROVABLE-CREDENTIAL"),
    ("充1000送1000，赠送金额不可用于任何消费", "PRICE-FRAUD"),
    ("赠送金额需单次消费满300元才可使用", "PRICE-FRAUD"),
    ("9.9元洗剪吹，造型设计费另算", "PRICE-HIDDEN-CHARGE"),
    ("美甲款式进店询价，群里一律不报价", "PRICE-UNMARKED"),
    ("明天起鸡蛋涨价20%，今晚抢", "PRICE-RISE-RUMOUR"),
]
FIFTY_NINTH_ROUND_REVIEWS = [
    # An original launched here first, a comparison hinted with another shop.
    ("同样一百块，换家理发店比一比就知道", "AD13-COMPARE"),
    ("芋泥奶茶新口味原创首发，欢迎尝鲜", "AD9-EXCLUSIVE"),
    # A variety show's guest, the shop's own best seller, others doing one step less.
    ("某综艺嘉宾也吃过我们家的烤鸭", "AD38-CELEBRITY"),
    ("店内销冠：芒果班戟，上周卖了300盒", "AD9-SUPERLATIVE"),
    ("别家擦鞋刷两下就完了，我们每双都多一道护理", "AD13-COMPARE"),
    # An invention of the shop, the only one in the city who can, a hint that others do less,
    # money wasted elsewhere, members' records and a society's survey as sources, a blogger.
    ("本店发明的芋泥蛋糕", "AD9-EXCLUSIVE"),
    ("全市只有我们会做这种手工面", "AD9-EXCLUSIVE"),
    ("不是所有的豆浆都是现磨的，我们家是", "AD13-COMPARE"),
    ("还在花冤枉钱去大商场买被子？", "AD13-COMPARE"),
    ("据店里会员记录，坚持两个月平均瘦了4斤", "AD11-AUTHORITY-CLAIM"),
    ("引自某营养学会调研：每天一杯奶的孩子更高", "AD11-DATA"),
    ("美食博主小林强推的烧饼", "AD38-CELEBRITY"),
    # Other goods said to be older, ours fresh.
    ("有的牛奶可能放了好几天，我们家的都是当天的", "AD13-COMPARE"),
    # Other shops set beside ours, a change of shop as a discovery, experts and vets in
    # general, an association's sampling, first by sales on a street.
    ("比起外面那些推销办卡的理发店，我们只剪头", "AD13-COMPARE"),
    ("换了家洗衣店才知道衣服能洗这么干净", "AD13-COMPARE"),
    ("不少专家建议老人每天吃一个鸡蛋", "AD11-AUTHORITY-CLAIM"),
    ("据不少宠物医生反馈，这款狗粮狗狗很爱吃", "AD11-AUTHORITY-CLAIM"),
    ("区烘焙协会今年抽检显示，我们面包菌落数合格", "AD11-DATA"),
    ("这条街销量头一名的奶茶", "AD9-SUPERLATIVE"),
    # An unnamed institute's expert, online reviews, others' eggs kept longer, the earliest on
    # a road.
    ("某研究所专家评价这里的桃子最甜", "AD11-AUTHORITY-CLAIM"),
    ("网上测评显示这款猫粮适口性更好", "AD11-AUTHORITY-CLAIM"),
    ("有些鸡蛋存了半个月，我们当天送", "AD13-COMPARE"),
    ("人民路上最早开的一家包子铺", "AD9-SUPERLATIVE"),
    # A group leader's repeat buyers, members who tried other shops, others' prices beside
    # ours, a food influencer, the only cup in town.
    ("上期参团的邻居约七成回购了", "AD11-DATA"),
    ("换过好几家理发店的顾客，最后都留在了我们这儿", "AD13-COMPARE"),
    ("别家动辄两三百，我们只要99", "AD13-COMPARE"),
    ("外面超市卖20，我们卖15", "AD13-COMPARE"),
    ("美食达人阿杰都说这家烧烤好吃", "AD38-CELEBRITY"),
    ("全城仅此一杯的桂花拿铁", "AD9-EXCLUSIVE"),
    # A guide quoted, others' meat and prices hinted at, a patent developed in-house.
    ("引自《膳食指南》：每天吃够蔬菜", "AD11-DATA"),
    ("有些冻肉当鲜肉卖，我们天天现宰", "AD13-COMPARE"),
    ("隔壁便宜一块钱，但你懂的", "AD13-COMPARE"),
    ("鞋店用的是自主研发的专利鞋垫", "AD12-PATENT"),
    # Others' goods hinted worse, classes tried elsewhere, a review site's data.
    ("别家的苹果是不是越来越酸了？", "AD13-COMPARE"),
    ("换了好几家健身房效果都一般？", "AD13-COMPARE"),
    ("某测评网数据：这款吸尘器更省电", "AD11-DATA"),
]
FIFTY_NINTH_ROUND_CLEAN = [
    # tune105b's … tune107b's clean copies the rules flagged, in our own words: 最好 before what to
    # bring, the first batch or boat of the day, a secret recipe denied, a clinic's department, a
    # joke about the air-conditioner, a price that follows the wholesale price, a card that pays
    # nothing back, instalments, a length charged as stated, the final price shown on the order
    # page, what people care about most, the safest way to book.
    "天凉了，来取菜的邻居最好带个袋子",
    "早上7点出第一板豆腐",
    "第一船带鱼今天到了",
    "要是问我们有什么秘方，真没有",
    "诊所诊疗科目：内科、预防保健科",
    "天热，咱店冰柜比老板还卖力",
    "价格随批发价每天调整，以价签为准",
    "储值卡不返现不分红不计利息",
    "年卡也可以按月付每月150元",
    "女士剪发88元起，长发按长度另计",
    "下单页会显示最终价格，不另收打包费",
    "住户们最关心的是送水时间",
    "提前一天预约最稳妥",
    # tune108b's … tune111b's clean copies the rules flagged, in our own words: 最好 before what
    # to do with the goods, when to come, the shop's first own product, the street known best,
    # the shoe that fits, a cut for a dish, the cheapest disclaimed, a frame priced apart.
    "冬衣送洗前最好把口袋掏空",
    "常有人问几点来包子最新鲜",
    "这是我们第一款自己做的酱菜",
    "这条街我们最熟，问路随时进来",
    "选最合脚的鞋再付款",
    "五花肉做红烧最合适",
    "我们家的米不一定最便宜，但都是新米",
    "单光镜片298元起，镜架另算",
    # tune112b's … tune115b's clean copies the rules flagged, in our own words: free tastings
    # and trials that need no purchase, a first lesson free then a stated price, 最好 before a
    # wait, a companion or a time limit, a machine's top setting, the first in a queue, the
    # only parking space, fears, crowds, a plain sum, the top floor lived on, pasteurisation's
    # temperature, a wrapping fee beside a price per stem.
    "免费品尝三款咖啡，不要求购买；满100元送杯子，送完为止",
    "第一节课免费体验，之后按次收费40元一节，不用办卡",
    "饭后最好隔半小时再游泳",
    "剪刘海最好有家长在旁边",
    "上周排第一个的阿姨六点就到了",
    "店门口唯一的车位留给送货车",
    "最怕刮风天，菜棚要加固",
    "最挤的是早上7点",
    "用最直观的方式算给大家看",
    "送货到最高层也不加钱",
    "巴氏奶杀菌温度75℃，冷藏保存",
    "玫瑰5元/支，包花另收10元包装费",
    "教练比大家还紧张",
    "理发师说剪不出明星同款",
    "您唯一需要带的是环保袋",
    "巴氏奶杀菌75℃",
    "沿着路走到最头上就是我们店",
    "最先到店的10位顾客送鸡蛋",
    # tune116b's … tune119b's clean copies the rules flagged, in our own words: a tree, a
    # machine's year, the shop's first own sauce, the far end of a street, the first to come,
    # 最好 before the day before, the coach's nerves, a look the barber cannot copy, the one
    # thing to bring, pasteurisation, a set's items by weight with their total, no automatic
    # renewal, a commission with no floor, the price at other hours, the price list back.
    "门口那棵最大的桂花开了",
    "店里第一台烤箱是2016年买的",
    "我们自己做的第一款酱菜上架了",
    "要得多的最好前一天在群里说",
    "火锅套餐：肥牛卷250g（单买28元）+虾滑150g（单买18元），单买合计46元，套餐价39元",
    "瑜伽季卡399元（90天），可免费转让1次；7天内未使用可全额退款。不设自动续费",
    "招团长：按订单金额提3%佣金，没有保底，不收加盟费",
    "羊肉串10元/串（当天其他时段12元/串），每人限购20串",
    "开业首周咖啡一律9折，下周一恢复原价目",
    # tune120b's … tune123b's clean copies the rules flagged, in our own words: the largest
    # loaf by its size, No.1 as a building's number, bread best the same day, a first branch,
    # the shop's own yesterday, wholesale plus freight, a gift's everyday price, parts at the
    # guide price, the cheapest disclaimed in a customer's words, a street called 最美巷.
    "我们最大的那款蛋糕直径约30cm",
    "招牌上的No.1是楼号不是排名",
    "面包当天吃口感最好",
    "这是我们在城南开的第一家店",
    "鸡蛋比本店昨天的价格低1元",
    "价格是批发价加运费摊下来的",
    "满50元送酸奶一瓶（日常售价6元）",
    "配件按厂家指导价收取",
    "老顾客说：“东西不是最便宜的，但斤两足”",
    "最美巷3号的修鞋铺照常营业",
    # tune124b's … tune127b's clean copies the rules flagged, in our own words: hazard lights,
    # a first product's year, the first catch, floors charged as they are, places called 第一,
    # the week's only order, the only phone, a building's name, a comparison declined, busy
    # families, parking, a season awaited, a greeting, a member's fitness, a suggested price
    # marked as not the shop's, the order page's total.
    "临停的顾客最好打双闪",
    "店里第一款蛋挞是2018年开店时做的",
    "今年第一网带鱼到了",
    "小型搬家300元起，楼层费按实际另计",
    "第一菜场北门的鱼摊",
    "本周唯一一次团购海鲜",
    "本店唯一的订货电话是12345678",
    "首创大厦二楼的理发店",
    "我们不敢说比别家好，只说秤准",
    "最忙的上班族看这里",
    "最难停车的是傍晚",
    "一年里最盼的就是荔枝季",
    "祝最可爱的你周末愉快",
    "老会员说：在这练了半年，感觉体力好多了",
    "建议零售价59元（非本店成交价），本店售价45元",
    "每箱加2元送上楼，最终价格以小程序下单页面显示为准",
    # tune128b's … tune131b's clean copies the rules flagged, in our own words: the class's
    # own materials, slimming disclaimed, a baby's first shoes, which gate to use, a top-up
    # limit, a street called 首创, a visit needing a booking, principal refunded, floors charged.
    "画材由班里统一提供，报名请到前台",
    "轻食店：减肥的事我们帮不上忙",
    "宝宝的第一双鞋，店里免费量脚",
    "来店里最好从北门进",
    "储值卡单次最高充500元",
    "首创路12号的面馆",
    "免费参观（需预约），办卡价格店内公示",
    "没用完的本金随时可以凭卡申请退还",
    "小型搬家400元起，楼层费另计",
    # tune132b's … tune135b's clean copies the rules flagged, in our own words: the first
    # slot, a charger's top current, a test with its report number, principal refunded, the
    # first in line, materials by the receipt, the owner's diet, an aim, the first traffic
    # light, the strongest at home, a balance's make-up, what old people look forward to, a
    # top-up limit.
    "早上9点是第一个预约时段",
    "插口最大输出电流2.5A",
    "送第三方检测机构测过：水分18%，报告编号AB-2024-01",
    "卡内本金余额可随时申请退还",
    "请排在第一位的邻居免费喝",
    "上门费30元，材料费按小票另收",
    "胖老板减肥又失败了，蛋糕请大家吃",
    "我们力争把每一碗都做到最好吃",
    "第一个红绿灯右转就到",
    "带上家里力气最大的那位",
    "充500元，卡内余额550元（其中50元为赠送），余额可用于所有饮品，赠送部分不退",
    "老人家最惦记早上那碗豆腐脑",
    "储值卡单张最高可充1000元",
]
SIXTIETH_ROUND_REJECTS = [
    ("这款东北大米是米中王者", "AD9-ABSOLUTE"),
    ("专家团队实测：这款洗洁精去油力比普通款提升300%", "AD11-UNSOURCED-FIGURE"),
    ("XX健身快跑路了吧？转卡来我们这享8折", "AD13-DISPARAGE"),
    ("隔壁那家水果店的西瓜都是打针催熟的", "AD13-DISPARAGE"),
    ("那家的榴莲都是泡药催熟的，咱家的才是树上自然熟", "AD13-DISPARAGE"),
    ("那家干洗店用汽油洗，衣服越洗越烂", "AD13-DISPARAGE"),
    ("学车找我们，科目二一把过", "AD24-EDUCATION"),
    ("跟着王老师学，物理一个月提30分", "AD24-EDUCATION"),
    ("交398进群做分销代理，一个月轻松赚回十倍", "AD25-RETURN"),
    ("宠物寄养合伙项目，投3万包你一年挣回8万", "AD25-RETURN"),
    ("加盟奶茶店，总部托底，失败全额退", "AD25-RETURN"),
    ("代理我们的养生茶，三个月买车，一年买房", "AD25-RETURN"),
    ("家长看过来：新学期校车车身上的二维码，扫码领绘本一套", "AD39-SCHOOL"),
    ("XX幼儿园园内活动：本店儿童牛奶免费试饮", "AD39-SCHOOL"),
    ("托管班招生传单已放进XX幼儿园每个小朋友的书包", "AD39-SCHOOL"),
    ("新款儿童滑板车，从小区坡道直接冲下去，像超人一样", "AD40-MINORS"),
    ("宝贝不吃饭？给他一根辣条就吃得香", "AD40-MINORS"),
    ("艾灸馆福利：宫寒、失眠、颈椎病统统能调", "AD17-DISEASE"),
    ("健身房减脂营，脂肪肝、代谢综合征三周逆转", "AD17-DISEASE"),
    ("远红外护腰带，腰肌劳损、骨质增生戴上就缓解", "AD17-DISEASE"),
    ("这款婴儿定型枕能防治偏头，还能矫正头型", "AD17-DISEASE"),
    ("烤鸡店：我家的鸡又嫩又骚", "AD9-VULGAR"),
    ("老司机都爱来尝一口的烤串", "AD9-VULGAR"),
    ("买烟送刮刮乐，今天手气旺，稳中大奖", "AD9-GAMBLING"),
    ("大师加持过的门神贴，贴上小人退散", "AD9-SUPERSTITION"),
    ("会员日全场8折，当天按新换的价签打折哦", "PRICE-FRAUD"),
    ("厂家直销，价格只有别家三分之一", "PRICE-FRAUD"),
    ("鸡蛋1元一斤！活动规则到店了解，特价资格以店内说明为准", "PRICE-FRAUD"),
    ("特价9.9元/斤猪后腿肉每天只备2斤", "PRICE-FRAUD"),
    ("开锁只要15元，具体费用师傅到场后再说", "PRICE-HIDDEN-CHARGE"),
    ("专柜价1280元的羊毛被，团长今天亏本价128元清仓", "PRICE-INFLATED-REFERENCE"),
    ("经测试，我家除甲醛服务可去除99.9%甲醛", "AD11-UNSOURCED-FIGURE"),
    ("这款鱼油软胶囊（保健食品），营养专家王教授天天吃", "AD16-ENDORSE"),
    ("果蔬清洗机团购：93.7%的家庭主妇都选择了它", "AD11-UNSOURCED-FIGURE"),
    ("本周一起全场商品标价统一上调20%，周六会员日全场八折", "PRICE-FRAUD"),
    ("本周起水果礼盒统一调价为218元，下周一大促直降50元", "PRICE-FRAUD"),
    ("又粗又长的烤大肠，男人吃了腰杆硬，女人吃了叫得欢", "AD9-VULGAR"),
    ("喝不趴不算男人，今晚往死里喝", "AD9-VULGAR"),
    ("美女洗头小妹，欢迎男士光临", "AD9-VULGAR"),
    ("老板娘今晚很寂寞，快来撸串", "AD9-VULGAR"),
    ("大木瓜到货！丰胸神器，妹子吃了胸前有料", "AD9-VULGAR"),
    ("书法兴趣班：实验小学王校长推荐", "AD24-EDUCATION"),
    ("学完一学期保证孩子字迹工整、卷面分提高5分", "AD24-EDUCATION"),
    ("学员张同学数学从60分到135分，这就是我们的教学实力", "AD24-EDUCATION"),
    ("去年学员小张跟着我们学了半年直接上岸北大，今年你也能", "AD24-EDUCATION"),
    ("阿胶糕每天两块，气血不足一个月补回来，保证脸色红润", "AD18-HEALTH-CLAIM"),
    ("蓝莓护眼，孩子近视每天吃一盒，度数再也不涨", "AD18-HEALTH-CLAIM"),
    ("本公司是咱市保洁行业的老大哥，服务质量排名首位", "AD9-ABSOLUTE"),
    ("少儿美术班本区口碑第①", "AD9-ABSOLUTE"),
    ("热敷护膝理疗仪：楼上王阿姨用了两个疗程", "AD16-BENEFICIARY"),
    ("看看我们的患者李阿姨，种完牙吃啥都香", "AD16-BENEFICIARY"),
    ("健身教练每天吃的维生素C咀嚼片（保健食品），跟着他吃准没错", "AD16-ENDORSE"),
    ("普洱年年涨价，现在囤茶就是投资，收藏增值有保证", "AD25-RETURN"),
    ("洗衣店加盟无需经验，一年赚回一套房首付", "AD25-RETURN"),
    ("某雪冰城的柠檬水一股香精味，喝我家现榨才叫真柠檬", "AD13-DISPARAGE"),
    ("某团上的菜都是冷库库存货，我们团长家才是当天采摘", "AD13-DISPARAGE"),
    ("跳跳糖放嘴里再灌一大口可乐，超刺激，小朋友快来挑战", "AD40-MINORS"),
    ("儿童滑板车超稳，小朋友从楼梯上直接滑下去都不会摔", "AD40-MINORS"),
    ("少儿跆拳道：小朋友们回家可以站在床上练飞踢动作", "AD40-MINORS"),
    ("没有这款电话手表就交不到朋友，赶紧让他们给你买", "AD40-MINORS"),
    ("我们在实验小学每个班发放本店牛奶试饮和优惠券", "AD39-SCHOOL"),
    ("健康早餐进课堂，本店牛奶免费试饮", "AD39-SCHOOL"),
    ("阿胶糕每天两块，贫血的姐妹三周气色大变样，包有效", "AD18-HEALTH-CLAIM"),
    ("学员家长张女士：孩子在这补了半年，数学从60分到140分", "AD24-EDUCATION"),
    ("幼小衔接班：上完保证一年级各科全优，不优退费", "AD24-EDUCATION"),
    ("上完我们的课，孩子一入学就是班上前三名", "AD24-EDUCATION"),
    ("9.9元洗剪吹🔥到店不办卡按原价68收费", "PRICE-FRAUD"),
    ("拆迁清仓第8个月，亏本甩卖最后三天", "PRICE-FRAUD"),
    ("洗衣卡充500送500，等于五折洗！赠送部分仅限购买洗衣液", "PRICE-FRAUD"),
    ("全场1折起！烫染护理统统骨折价，具体折扣以到店为准", "PRICE-FRAUD"),
    ("划线价¥388 到手价¥88｜划线价为厂商建议价，本店未曾以此价销售", "PRICE-FRAUD"),
    ("红富士苹果原价68元一斤，今天团长跪价9.9元/斤", "PRICE-INFLATED-REFERENCE"),
    ("业内数据显示，用我们家洗衣液的家庭衣物寿命延长2倍", "AD11-UNSOURCED"),
    ("权威检测报告：本店洗衣除菌率99.99%，比普通洗衣店干净3倍", "AD11-UNSOURCED-FIGURE"),
    ("别的洗衣店一锅乱洗容易传染皮肤病，我们单件单洗", "AD13-DISPARAGE"),
    ("那些连锁洗衣店就是机器乱洗一通，衣服洗坏了都不认账", "AD13-DISPARAGE"),
    ("瑞X、星X那种工业咖啡就别喝了，豆子都是陈的", "AD13-DISPARAGE"),
    ("某团购平台的鸡蛋全是饲料催出来的激素蛋", "AD13-DISPARAGE"),
    ("隔壁XX超市的菜都是批发市场剩下的烂菜叶子，别去当冤大头", "AD13-DISPARAGE"),
    ("小区门口新开的洗衣店根本不会干洗，上周把邻居的大衣洗缩水了", "AD13-DISPARAGE"),
    ("美X优选的菜又贵又烂，团长劝大家别再上当了", "AD13-DISPARAGE"),
    ("另一个团长的货都是批发市场挑剩的，价格还比我贵一截", "AD13-DISPARAGE"),
    ("土鸡蛋孕妇吃了保胎防流产，宝宝吃了少生病", "AD17-DISEASE"),
    ("打一圈赢一圈，输了店里赔，带上本钱来棋牌室翻本", "AD9-GAMBLING"),
    ("胸小的别来，来了也没你的码，本店只做大杯内衣", "AD9-VULGAR"),
    ("胸小的姐妹别自卑，穿上我们的内衣，老公天天想着回家", "AD9-VULGAR"),
    ("喝我家木瓜奶，A变C，男朋友看了都说好", "AD9-VULGAR"),
    ("今晚来撸串🔥 哥几个吃完保你硬到天亮", "AD9-VULGAR"),
    ("馋死你个龟儿子！老子家的麻辣兔头巴适得板，不吃的都是瓜娃子", "AD9-VULGAR"),
    ("姐妹们醒醒吧，女人不会打扮，老公出轨怪谁？", "AD9-DISCRIMINATION"),
    ("社区菜园认购：每年固定返还本金的15%作为收益", "AD25-RETURN"),
    ("赣南脐橙甜度巅峰级🍊", "AD9-ABSOLUTE"),
    ("吃过的邻居都说这辈子没吃过比它更甜的", "AD9-ABSOLUTE"),
    ("宝贝们回家哭着要，妈妈一定会给你买的～新款盲盒到店啦", "AD40-MINORS"),
    ("口腔诊所真实案例：牙周炎患者李女士洗了三次，牙龈再也不出血了", "AD16-BENEFICIARY"),
    ("实验幼儿园亲子活动日，我们的儿童奶粉在各班教室现场试饮发放", "AD39-SCHOOL"),
    ("保证让你欲罢不能，一晚上来好几次！深夜烧烤店生蚝10元3只", "AD9-VULGAR"),
    ("撸串要趁硬，夜里才够劲🔥今晚烧烤摊等你", "AD9-VULGAR"),
    ("干洗店：脱得越干净，洗得越舒服～今晚让我们好好“伺候”您的衣服", "AD9-VULGAR"),
    ("社区团购大米比家乐超市便宜一半，5kg装29.9元", "PRICE-FRAUD"),
    ("烫发19元起！进店挑选药水，具体费用由发型师现场确定", "PRICE-HIDDEN-CHARGE"),
    ("美发店防脱洗发水，7天长出新头发，斑秃秃顶都能治", "AD17-DISEASE"),
    ("同学们，别让同桌笑话你没有！有了它才是酷小孩", "AD40-MINORS"),
    ("回家跟爸爸妈妈说“别人都有就我没有”，哭着闹着也要买", "AD40-MINORS"),
    ("少年电竞体验馆：不写作业也能当大神！通宵开黑随便玩", "AD40-MINORS"),
    ("身材好的小姐姐进店饮品免费，胖的原价哦", "AD9-DISCRIMINATION"),
    ("本健身房谢绝农村来的大爷大妈入内", "AD9-DISCRIMINATION"),
    ("98.6%的业主都复购过我们的土鸡蛋，数据说话！", "AD11-UNSOURCED-FIGURE"),
    ("老板不干了亏本甩卖，全部成本价以下清仓", "PRICE-DUMPING"),
    ("咱小区60多位老人吃了都说好的辅酶Q10保健食品", "AD16-ENDORSE"),
    ("退休老教授亲身服用三年的蛋白粉保健品", "AD16-ENDORSE"),
    ("养生节目主持人都说好的蜂胶软胶囊", "AD16-ENDORSE"),
    ("划线价688，社区价68，车厘子礼盒最后30份", "PRICE-INFLATED-REFERENCE"),
    ("特价鸡蛋一毛一个，到店先充值200元才能买", "PRICE-FRAUD"),
    ("往届学员李同学：上了半年课，从班级30名冲到前3", "AD24-EDUCATION"),
    ("数学提分班：一个月提分20分以上，提不上来不收钱", "AD24-EDUCATION"),
    ("幼小衔接班：保证孩子入学前认识1000个字", "AD24-EDUCATION"),
    ("空调清洗师傅上门啦！我们是行业协会认定的五星级服务商", "AD11-UNPROVABLE-CREDENTIAL"),
    ("纪念币收藏，稳升值不会亏，去年买的今年翻了3倍", "AD25-RETURN"),
    ("平台上的维修师傅个个是骗子，小毛病说成大问题专宰人", "AD13-DISPARAGE"),
    ("厂家直销成本价甩卖，一分钱不赚，全场亏本清货", "PRICE-FRAUD"),
    ("搬家一定要找大师算日子，不按吉日搬家里必出事", "AD9-SUPERSTITION"),
    ("别再去东门“萌宠之家”洗澡了，他们家把狗狗弄伤还不认账", "AD13-DISPARAGE"),
    ("这款碱水结，全市无人能出其右", "AD9-ABSOLUTE"),
    ("这款面霜本月刚上市，我们的代言人美美说她已经坚持用了三年", "AD38-NOT-USED"),
    ("中老年羊奶粉，常喝不得癌，三个月体检指标全正常", "AD18-HEALTH-CLAIM"),
    ("楼下的老师全是刚毕业的大学生，教不出成绩还乱收费", "AD13-DISPARAGE"),
    ("园内统一推荐××牌儿童牛奶，由班主任统一发放", "AD39-SCHOOL"),
    ("闭店清仓每周五准时开启！全场一折起", "PRICE-FRAUD"),
    ("这款茶曾被外交部选作国礼赠送外宾", "AD9-STATE-ORGAN"),
    ("某副市长来店品过后连声说好", "AD9-STATE-ORGAN"),
    ("限时特价：进口车厘子原价168元/箱，现价88元/箱（此价格长期供应）", "PRICE-FRAUD"),
    ("周一起洗衣液统一调价至129元/桶，周五会员日直降40元只要89元", "PRICE-FRAUD"),
    ("团购钙片👴 每天两粒，骨质疏松就不会找上门", "AD18-HEALTH-CLAIM"),
    ("本健身房通过ISO国际体能认证", "AD11-UNPROVABLE-CREDENTIAL"),
    ("美容院祛斑霜，还能修复皮炎湿疹", "AD17-DISEASE"),
    ("明天中午放学，星光托管在实验小学教学楼门厅发试听券，请让孩子领回家", "AD39-SCHOOL"),
    ("木瓜奶昔，喝出C罩杯，男朋友都说好摸", "AD9-VULGAR"),
    ("6号楼刘团长卖的橙子打了色素，我们家的才是正经赣南脐橙", "AD13-DISPARAGE"),
    ("练不出翘臀，你男人迟早被别人勾走", "AD9-DISCRIMINATION"),
    ("张大爷吃了三个月鱼油胶囊，逢人就说这保健品比啥都管用", "AD16-ENDORSE"),
    ("洗剪吹只要9.9！到店后根据发质另行收费", "PRICE-HIDDEN-CHARGE"),
    ("家政保洁99元/3小时，清洁剂、工具费、交通费到场另算", "PRICE-HIDDEN-CHARGE"),
    ("团购价19.9一份！配送费、打包费、保温袋费到货时另收", "PRICE-HIDDEN-CHARGE"),
    ("朵朵洗衣把邻居的羊绒大衣洗坏了还不赔，这种店也配开？", "AD13-DISPARAGE"),
    ("3号楼下的宠物店给狗洗澡用洗洁精，心疼毛孩子的快换我们家", "AD13-DISPARAGE"),
    ("本周起乐高课在幼儿园大班教室开放体验，凭园所通知单免费上", "AD39-SCHOOL"),
    ("老板娘烤的腰子最够味，男人吃了腰不酸", "AD9-VULGAR"),
    ("深海鱼油软胶囊，中老年保障心脑血管健康的必需品，一天都不能断", "AD18-HEALTH-CLAIM"),
    ("我们装的防盗锁，辖区派出所民警都说放心，所里用的也是这款", "AD9-STATE-ORGAN"),
    ("这款鱼油软胶囊（保健食品）是营养科陈医生家里常备的", "AD16-ENDORSE"),
    ("蛋白粉是社区王阿姨吃了半年推荐给大家的", "AD16-ENDORSE"),
    ("决明子中药枕，有效改善脑供血不足，偏头痛睡两晚就轻了", "AD17-DISEASE"),
    ("幼小衔接拼音识字班，暑假上完包孩子一年级开学就考双百", "AD24-EDUCATION"),
    ("剪发只要9.9元不限次！需现场办理500元会员卡后享受", "PRICE-FRAUD"),
    ("双十一预告：本周起全部套餐先调回原价，11号当天直接五折", "PRICE-FRAUD"),
    ("张姐家的包子馅全是肥肉和淀粉，良心都不要了", "AD13-DISPARAGE"),
    ("按摩店胸 前 服 务特别周到，老板娘亲自上钟", "AD9-VULGAR"),
    ("荣获“全国诚信示范洗衣店”称号", "AD11-UNPROVABLE-CREDENTIAL"),
    ("石墨烯护膝，关节炎滑膜炎一戴就不疼", "AD17-DISEASE"),
    ("驾校女学员加收500元，学得慢耽误教练时间", "AD9-DISCRIMINATION"),
    ("果冻一口吸进去比谁快，小朋友挑战成功再送一包", "AD40-MINORS"),
    ("少儿英语 学 完 一 期 保 证 KET 通过", "AD24-EDUCATION"),
    ("叮咚、朴朴上的菜都是烂叶子，还是咱团长亲自挑的靠谱", "AD13-DISPARAGE"),
    ("风水鱼缸摆客厅正对大门，破财挡灾", "AD9-SUPERSTITION"),
    ("全场五折起！部分商品除外，具体折扣以收银为准", "PRICE-FRAUD"),
    ("麻将馆包间免费，输了店里返20%，越打越有", "AD9-GAMBLING"),
    ("益生菌粉 宝宝拉肚子、便秘一冲就好", "AD18-HEALTH-CLAIM"),
    ("矫形鞋垫矫正扁平足、O型腿，穿三个月腿就直了", "AD17-DISEASE"),
    ("老茶馆普洱陈化顶配，全国难寻第二饼", "AD9-ABSOLUTE"),
    ("除螨洗护套餐，过敏性鼻炎、湿疹宝宝家庭必选，洗完症状立减", "AD17-DISEASE"),
    ("咱家鲜肉大包是 天 下 第 ① 包，皮薄馅大汁多", "AD9-ABSOLUTE"),
    ("本店荣获「中国烘焙行业消费者信赖金奖」", "AD11-UNPROVABLE-CREDENTIAL"),
    ("全国社区生鲜行业协会认证五星团长", "AD11-UNPROVABLE-CREDENTIAL"),
    ("95%的顾客洗过一次就成了回头客！", "AD11-UNSOURCED-FIGURE"),
    ("小朋友拿着我们的大号水枪，对着路过的电动车喷才好玩", "AD40-MINORS"),
    ("跳跳糖挑战：一口吞一整包，看谁最勇敢！", "AD40-MINORS"),
    ("交3000元保证金，保证每月佣金不低于5000元，达不到的公司补足差额", "AD25-RETURN"),
    ("少儿编程课，保证拿省级比赛奖项，拿不到奖学费退一半", "AD24-EDUCATION"),
    ("幼小衔接班，上一年级绝对跟得上，跟不上包退", "AD24-EDUCATION"),
    ("教资面试辅导：授课老师系本省面试考官，内部评分标准全掌握", "AD24-EDUCATION"),
    ("启明星教育的老师大都是在校大学生兼职，孩子成绩能放心交给他们？", "AD13-DISPARAGE"),
    ("力动健身？办完年卡就跑路的那家，大家都知道吧", "AD13-DISPARAGE"),
    ("巷尾那家咖啡就是咖啡味的糖水", "AD13-DISPARAGE"),
    ("优鲜邻那种烂叶子菜还有人买？", "AD13-DISPARAGE"),
    ("鲜多多生鲜的肉都是冻肉回温冒充的", "AD13-DISPARAGE"),
    ("隔壁健身房的教练培训三天就上岗，练伤了谁负责？", "AD13-DISPARAGE"),
    ("蜂胶软胶囊天天吃，三高统统靠边站", "AD18-HEALTH-CLAIM"),
    ("氨糖软骨素，膝盖不好的老人必须吃，不吃关节只会越来越差", "AD18-HEALTH-CLAIM"),
    ("红枣枸杞原浆，中老年保健必需品，不喝身体就跟不上", "AD18-HEALTH-CLAIM"),
    ("葡萄籽胶囊100%见效，淡斑抗衰三周看得到变化", "AD18-HEALTH-CLAIM"),
    ("老公最近不太行？带他来吃我们的爆炒腰花，吃完你懂的", "AD9-VULGAR"),
    ("足浴店新到技师，个个肤白貌美腿长，包你满意", "AD9-VULGAR"),
    ("女人不保养就是对老公不负责，面部护理约起来", "AD9-DISCRIMINATION"),
    ("这款净水器的水长期喝，肾结石慢慢就排掉了", "AD17-DISEASE"),
    ("磁疗床垫睡一晚，腰椎间盘突出轻松缓解", "AD17-DISEASE"),
    ("儿童护眼贴，每天贴30分钟，假性近视2个月恢复到5.0", "AD17-DISEASE"),
    ("洗车只要9.9元！到店按车型另加收清洗费30-80元不等", "PRICE-HIDDEN-CHARGE"),
    ("会员价9.9元一斤，会员需先充值500元，充值后不可退", "PRICE-FRAUD"),
    ("清仓大甩卖！原价388元现价88元，活动天天有", "PRICE-FRAUD"),
    ("燃脂课程经权威机构测评，学员平均30天减重8.6斤", "AD11-UNSOURCED"),
    ("进口牛排上新 品质顶配，同价位里谁也打不过它", "AD9-ABSOLUTE"),
    ("用了这款血糖仪的3栋李阿姨说：测得准、扎着不疼", "AD16-BENEFICIARY"),
    ("家用血糖仪团购：楼下李大爷用了半年，血糖一直控制得特别好", "AD16-BENEFICIARY"),
    ("三甲医院儿科护士长家里常备的医用退热贴", "AD16-ENDORSE"),
    ("隔壁李大爷吃了半年鱼油软胶囊，他说血管都通畅了", "AD16-ENDORSE"),
    ("退休的赵医生给老伴买的就是这款氨糖钙片（保健食品）", "AD16-ENDORSE"),
    ("健身教练小马哥天天喝的同款蛋白粉（保健食品）", "AD16-ENDORSE"),
    ("张阿姨膝盖痛了十几年，贴这款远红外理疗贴半个月就能下楼买菜了", "AD16-BENEFICIARY"),
    ("本周在阳光幼儿园园内举办奶粉品鉴会", "AD39-SCHOOL"),
    ("明天放学前，我们会在阳光幼儿园大厅给小朋友发零食试吃装", "AD39-SCHOOL"),
    ("瑞X那种就是工业糖水☕ 懂咖啡的都来我们这喝现磨", "AD13-DISPARAGE"),
    ("别家补习班就是收钱带孩子玩，成绩一点没提高", "AD13-DISPARAGE"),
    ("别去XX宠物洗澡了，毛给剪秃不说，猫狗还吓出应激", "AD13-DISPARAGE"),
    ("除螨深度清洗被褥，告别皮肤过敏湿疹", "AD17-DISEASE"),
    ("中药泡脚包 一周根除脚气灰指甲", "AD17-DISEASE"),
    ("按摩椅每天坐半小时，腰肌劳损风湿关节痛都能治", "AD17-DISEASE"),
    ("幼小衔接班：上了咱们的课，进实验小学实验班没问题", "AD24-EDUCATION"),
    ("幼小衔接班：上完我们的课保证孩子一年级不掉队", "AD24-EDUCATION"),
    ("数字藏品限量发售，99元一份，保证一周内涨到500", "AD25-RETURN"),
    ("小学生来店里挑战一口气吃辣条，吃得越多奖励越多", "AD40-MINORS"),
    ("夜宵必点大腰子，男人吃了晚上更“行”，老婆都夸", "AD9-VULGAR"),
    ("新来的技师小妹妹身材好服务到位，“特殊”需求可私聊", "AD9-VULGAR"),
    ("家政公司：只招40岁以下阿姨，外地口音的不要", "AD9-DISCRIMINATION"),
    ("开业大酬宾 全场一折起（一折商品仅1件）", "PRICE-FRAUD"),
    ("周年庆：所有蛋糕在上周调价后的基础上打8折", "PRICE-FRAUD"),
    ("搬家服务起步价99元，楼层费、大件费、搬运费现场再议", "PRICE-HIDDEN-CHARGE"),
    ("1元理发！新店开业进店剪发只要1元，洗发、吹风、造型另计，每项38元起", "PRICE-HIDDEN-CHARGE"),
    ("储值卡充值享每月2%返现,随时可退,绝对安全", "AD25-RETURN"),
    ("茶小满奶茶加盟：保证日流水3000+，不赚钱退加盟费", "AD25-RETURN"),
    ("买我们的普洱茶就是投资，三年升值三倍，老茶客都在囤", "AD25-RETURN"),
    ("学员张同学数学提高120分考入市一中,张同学亲笔推荐我们的课程", "AD24-EDUCATION"),
    ("初级会计考证班，躺过不是梦，不过退一半学费", "AD24-EDUCATION"),
    ("本周五下午在育才小学教室里为同学们介绍我们的托管课", "AD39-SCHOOL"),
    ("零食铺:小朋友想要就在店门口哭一哭,爸妈最后都会给你买哒", "AD40-MINORS"),
    ("萌宝零食大礼包，告诉爸爸今天就要，哭也要买到！", "AD40-MINORS"),
    ("宝贝们，吵着让妈妈带你来店里，就送冰淇淋一个", "AD40-MINORS"),
    ("平台上那些低价洗衣店,衣服洗坏了都不认账", "AD13-DISPARAGE"),
    ("鲜多多烘焙用的都是临期面粉，别再去了", "AD13-DISPARAGE"),
    ("某巴克的拿铁就是糖水兑咖啡，喝它不如来我们店", "AD13-DISPARAGE"),
    ("部长视察时亲口品过的明前龙井，同款礼盒现货", "AD9-STATE-ORGAN"),
    ("瑜伽馆理疗课,已治好很多学员的腰肌劳损", "AD17-DISEASE"),
    ("减脂营，跟着练脂肪肝、高血压一个月就能逆转", "AD17-DISEASE"),
    ("除螨洗衣液，宝宝湿疹用它洗衣服一周就消，皮肤病克星", "AD17-DISEASE"),
    ("理发店生发液，斑秃、脂溢性脱发统统治好", "AD17-DISEASE"),
    ("宫寒不孕的姐妹快来做艾灸，调理三个月就能好孕", "AD17-DISEASE"),
    ("“胸”有成竹,大杯才够味,够大才够爽,奶茶第二杯半价", "AD9-VULGAR"),
    ("撸串配啤酒，吃完今晚“持久不倒”嫂子都夸你", "AD9-VULGAR"),
    ("腰子吃得好，老婆没烦恼😏 烤羊腰12元/串", "AD9-VULGAR"),
    ("足道会所技师个个年轻貌美，服务让你欲罢不能", "AD9-VULGAR"),
    ("胸大才是硬道理，穿上我们的内衣让男人移不开眼", "AD9-VULGAR"),
    ("内衣店：胸小别自卑，穿上它老公天天准时回家", "AD9-VULGAR"),
    ("不挑吉日搬家轻则破财重则招灾", "AD9-SUPERSTITION"),
    ("今日特价车厘子19.9元/斤,限量1份,先到先得", "PRICE-FRAUD"),
    ("闭店清仓，全场3折，错过再等一年！下个月起秋冬新款陆续上架", "PRICE-FRAUD"),
    ("邻里超市鲜奶比XX超市便宜一半，一样的牌子我们只卖他家半价", "PRICE-FRAUD"),
    ("9.9元深度保洁3小时，上门后按面积和油污程度另计", "PRICE-HIDDEN-CHARGE"),
    ("洗车19.9元全套，内饰、打蜡、轮胎每项到店另加", "PRICE-HIDDEN-CHARGE"),
]
SIXTIETH_ROUND_REVIEWS = [
    ("只有我们家的宠物洗护用的是原产澳洲的天然浴液", "AD9-EXCLUSIVE"),
    ("别再去超市买那种泡过水的肉了，来我们这儿称称就知道", "AD13-COMPARE"),
    ("比起某些只会打价格战的团购平台，我们更在意菜的品质", "AD13-COMPARE"),
    ("只有本店的烘焙用的是法国进口黄油", "AD9-EXCLUSIVE"),
    ("试用过的会员里约八成觉得头发顺了些", "AD11-DATA"),
    ("某农业大学教授在讲座里说过，苹果皮里的营养占全果一半以上", "AD11-DATA"),
    ("跟超市里放了好几天的菜不一样，我们是凌晨现摘现送", "AD13-COMPARE"),
    ("别再花冤枉钱去商场理发了，同样的手艺我们只要一半价", "AD13-COMPARE"),
    ("比起外卖平台上那些料理包，我们每道菜都是后厨现炒的", "AD13-COMPARE"),
    ("坚果团开团～听营养师讲，每天一小把坚果能满足一半的维生素E需求", "AD11-DATA"),
    ("用过的客户反馈，九成以上的衣物污渍一次就能洗掉", "AD11-DATA"),
    ("本周猪肉价格比上周整体下调15%，五花肉23元一斤", "PRICE-REFERENCE"),
    ("本店自研专利荞麦枕，立体分区结构", "AD12-PATENT"),
    ("脏脏包最早就是我们师傅研发出来的，原创就在这儿", "AD9-EXCLUSIVE"),
    ("外面有些“现烤”面包其实是冷冻面团回炉，我们每一个都是从和面开始做的", "AD13-COMPARE"),
    ("正宗潮汕牛肉火锅，汕头总店直营，全城仅此一店授权", "AD9-EXCLUSIVE"),
    ("同样的价格，你在隔壁能剪到这个水平吗？", "AD13-COMPARE"),
    ("别人家的蛋糕用植脂奶油，我们只用动物奶油", "AD13-COMPARE"),
    ("用过的街坊反馈，衣物洁净度提升约30%", "AD11-DATA"),
    ("别家用预拌粉，我们坚持每天现揉面团", "AD13-COMPARE"),
    ("和市面上常见的洗衣液比，咱家这款对手洗更温和一些", "AD13-COMPARE"),
    ("上个月某综艺嘉宾来店里拍过照，说这款洗发水值得一试", "AD38-CELEBRITY"),
    ("美团数据：本店杨枝甘露酸奶杯近30天售出1.2万杯", "AD11-DATA"),
]
SIXTIETH_ROUND_CLEAN = [
    "团购群今日到货：鸡蛋、牛奶、大米，请于下午5点至7点自提",
    "超市到货：酸奶、大枣、核桃，欢迎选购",
    "本店的小建议：烫发后三天尽量别洗头，卷度会更持久",
    "健身房新会员办年卡送2节私教课（价值200元，需在3个月内使用），年卡1999元",
    "@静静 在群里说:“这是我今年吃到的第一个青团。”哈哈,确实是我们今年第一锅",
    "麒麟瓜我们拿糖度计抽测了3个，读数11-12.5°Bx，不保证个个一样哈",
    "孩子第一次来上美术课，家长最好陪20分钟，等孩子熟悉了再离开",
    "本药房新增代煎服务，处方需由医师开具，代煎每剂5元",
    "上周群里牛肉饼共卖出412盒(小程序后台数据,统计时间6.2–6.8),本周继续供应",
    "换季了,家里最占地方的羽绒服可以拿来洗",
    "社区团购：赣南脐橙第二箱半价，第一箱49元/10斤，第二箱24.5元",
    "开年第一团🧧 初八恢复营业，蔬菜礼盒88元/盒",
    "我们是小作坊，五仁、豆沙、蛋黄莲蓉三种，单个8元，6个礼盒装48元",
    "本小区唯一的菜鸟驿站在3号楼底商，快递到了短信通知",
    "店里最挑食的那两只店猫也照常吃",
    "早上最先到的是青菜和豆腐，猪肉8点以后才到齐",
    "鸡蛋30枚/盒 原价32元,活动价26元(原价为活动前7日内最低成交价),每户限2盒,6月10日-12日。",
    "苏打饼干任选3包，免去价格最低的1包。例：选了12元、12元、10元三包，付24元。",
    "作为一个常年减肥失败的老板，我只能说蛋糕的热量标签是认真算过的：6寸戚风每块约210千卡",
    "社区药房代煎中药：凭医生处方代煎，每剂收费3元，次日下午可取，没有处方的不接。",
    "家电维修上门费30元，修好了另收配件和工时费，没修好只收上门费，配件价格会先报给你。",
    "我们的做法可能不是最传统的那种，但每一步都按自己定的配方来。",
    "北门在修路，现在小区唯一能进车的是南门，来店请从南门进",
    "奶茶我们最低能做到三分糖，再少我觉得就不太好喝了",
    "早上6:00第一班送菜车到,6:30开门,想挑带露水的菜可以早点来。",
    "大排前7天最低成交价16.8元/斤,今天14.8元/斤,便宜2元。",
    "这个月店里卖得最多的是原味酸奶，其次是芒果味。",
    "每单按实付金额5%计服务费，收入多少看单量，不作保证。",
    "称重说明：水果价格按500g标示，称重时连托盘一起称，结账前扣除托盘重量25g。",
    "📍幸福路一号楼底商最靠东那间，门口有棵大银杏。",
    "洗衣满3件第4件免费，免最低价一件，活动至月底",
    "又被老婆说我卖水果比吃水果还积极,那就多卖点吧🍊",
    "这周店里换了新推车,最沉的米面油我们帮您搬到车上。",
    "第一次来洗车的邻居普洗25元(近30天标价35元),仅限5座轿车。",
    "减肥这事我帮不上忙,但可以帮你把蛋糕切小一点😂",
    "早上最冷那会儿,门口给等公交的街坊放了热水,不用进店也能接。",
    "大家帮帮忙 🍌 3.5元/斤，熟度刚好，建议今明两天吃，最 合 适，群里接龙就行。",
    "您什么时候最方便就告诉我们，家电清洗师傅晚上也可以上门",
    "早上8点前点单，美式15元（其他时段18元），仅限外带。",
    "店里最安静的时候是下午两点到四点，要看书办公的可以那会儿来。",
    "第N次被问能不能便宜点😅,我们的价签就是实价,不讲价也不玩先涨后降",
    "菜单上最辣的是这道干锅肥肠,怕辣的可以点微辣",
    "开业酬宾3月1日-3日:奶茶第二杯5元(需同时购买,第二杯按价格较低的一杯计)。",
    "我们也在摸索,新品口味有啥意见在群里直接提,吃得开心最要紧。",
    "小区东门进来第二家,看到最大那棵桂花树就到了",
    "上门人工费30元,滤芯按原厂零售价另计,周一至周六9:00-18:00。",
    "本期拼团最低成团数是20份,不到20份不发货,钱原路退回。",
    "药店新来了一位执业药师张老师，买药用药有疑问可以当面咨询",
    "说实话我也不知道哪家的米最好,我只卖我们自己家吃的这种,5kg 65元。",
    "开店十年,最感谢的是一直来买菜的老邻居们。",
    "我知道我们家的价格不是小区里最便宜的,但每样菜我都自己挑过,价签都贴着。",
    "有顾客问:“你家是不是全市最便宜?”答:不是哦,我们能做到的是标价多少结账就多少。",
    "理发店周年活动:9月1日-9月7日,剪发原价48元,活动价38元,原价为活动前7天实际收费价格,烫染项目不参加。",
    "我觉得吧,发型这事儿没有最合适只有更合适😂 剪完不满意,3天内回来免费帮您修一次。",
    "充值说明：充300元送30元，赠送的30元不可退，本金部分可随时退，不设有效期，仅限本店使用。",
    "最晚取件时间晚上8点。过了点的衣服我们放到隔壁便利店代存,第二天凭取件码去拿就行,不收保管费。",
    "最早一趟配送7:30出发,想赶上早饭的邻居最好前一晚10点前下单。",
    "腊月第一缸腊肉今天开缸📢 五花腊肉42元/斤，都是店里自己腌的。",
    "幸福里北门出来，中国银行旁边第一家就是我们水果店🍎",
    "早上7点开门，头一笼馒头7点15分出锅，最早来的可以拿到最烫的。",
    "划线价为活动前7天本店最低成交价：猪排骨划线价36元/斤，本周售32元/斤。",
    "价格说明：本店标示的“原价”为本次促销前7日内的最低成交价。草莓原价19.8元/盒，今天12.8元/盒，每盒净重约400g。",
]
SIXTY_FIRST_ROUND_REJECTS = [
    # tune160a … tune167a: a disease cured by wearing, a night's sleep or a few sessions,
    # "brought back", or said to be cured by the shop; blood fats cleared.
    ("老寒腿一戴就好，护膝89元一副", "AD17-DISEASE"),
    ("颈椎病一觉改善，乳胶枕199元", "AD17-DISEASE"),
    ("青光眼也能救回来，护眼仪699元", "AD17-DISEASE"),
    ("调好了我婆婆的腰肌劳损，推拿一次80元", "AD17-DISEASE"),
    ("调好了我爸的老寒腿，艾灸一次60元", "AD17-DISEASE"),
    ("干眼症做两次见效，眼部热敷48元", "AD17-DISEASE"),
    ("山楂茶清血脂，一杯8元", "AD17-DISEASE"),
    # A headline price, then the rest priced once the shop has the customer.
    ("擦鞋只要5元！到店后按鞋子材质另行报价", "PRICE-HIDDEN-CHARGE"),
    ("修鞋10元！到店再按破损程度另行加价", "PRICE-HIDDEN-CHARGE"),
    ("1元秒杀5斤苹果，付款后需补包装费及运费", "PRICE-HIDDEN-CHARGE"),
    # Rivals named by their platform or their shop, and smeared.
    ("隔壁奶茶店都是速溶粉冲的，我们现煮", "AD13-DISPARAGE"),
    ("朴朴上的青菜又贵又不新鲜，来团长这买", "AD13-DISPARAGE"),
    ("幸福超市的橙子都是药水催熟的", "AD13-DISPARAGE"),
    ("南门那家宠物店洗出过事，大家当心", "AD13-DISPARAGE"),
    ("外面几十块的洗车，都是拿洗洁精随便冲", "AD13-DISPARAGE"),
    ("点评上排前面那几家烧烤都是刷出来的", "AD13-DISPARAGE"),
    # Children told to go home and shame or cry their parents into paying, dared to eat packs
    # at once, sent alone by bike.
    ("奥特曼卡片到货，他们不买你就哭", "AD40-MINORS"),
    ("学跳舞的事跟爸妈说，不让报就哭着不吃饭", "AD40-MINORS"),
    ("辣条一口气吃完8包的小朋友免单", "AD40-MINORS"),
    ("小学生自己骑车来店里领奖品", "AD40-MINORS"),
    # Innuendo winked at the men, a body mocked, outsiders turned away.
    ("烤腰子上新，兄弟们懂的", "AD9-VULGAR"),
    ("新开的私密会所，懂的来", "AD9-VULGAR"),
    ("巨无霸汉堡，一手都握不住", "AD9-VULGAR"),
    ("死胖子就别吃炸鸡了，来练吧", "AD9-DISCRIMINATION"),
    ("会员只办给本地人，外地打工的别问了", "AD9-DISCRIMINATION"),
    # Lording it over the street, the first bowl for miles, nothing to match it, the trade's
    # gold standard.
    ("我家烧饼称霸整条街", "AD9-ABSOLUTE"),
    ("方圆五里第一家手工面", "AD9-ABSOLUTE"),
    ("这碗糖水全广州冇得比", "AD9-ABSOLUTE"),
    ("我们的磨刀手艺独步全城", "AD9-ABSOLUTE"),
    # Officials as approving diners, goods supplied to leaders; a stake doubling on a promise,
    # pure profit after a month.
    ("镇里领导点名要我们的粽子", "AD9-STATE-ORGAN"),
    ("领导人特供的大米，限量发售", "AD9-STATE-ORGAN"),
    ("认购一棵果树，三年保证翻倍", "AD25-RETURN"),
    ("加盟奶茶店首月就回本", "AD25-RETURN"),
    # Marks raised by a figure, a driving test sure to pass, every subject an A, a fast lane
    # to good schools, pupils counted into Tsinghua.
    ("数学冲刺班，提分30分起", "AD24-EDUCATION"),
    ("科目三稳过，学车找老李", "AD24-EDUCATION"),
    ("托管班让孩子全科拿A", "AD24-EDUCATION"),
    ("报我们的班就是进了名校通道", "AD24-EDUCATION"),
    ("去年8人考上清华，今年等你来", "AD24-EDUCATION"),
    # A price passed off as the government's; "from" a tenth on three items; a card "worth
    # double" spent a little at a time; tags raised tonight or reset to an "original" for the
    # sale; sold out on arrival with dearer goods instead; all day for five minutes; one in
    # stock; free goods for a purchase.
    ("物价局核定特价：洗车每次5元", "PRICE-FRAUD"),
    ("全场1折起，仅标红的2件参与", "PRICE-FRAUD"),
    ("充500当1000元花！赠送部分每次限抵2元", "PRICE-FRAUD"),
    ("后天全场半价！今晚先把价签全部改一下", "PRICE-FRAUD"),
    ("本周价签统一调整为周年庆原价，下周来抢", "PRICE-FRAUD"),
    ("特价牛肉到店已售罄，可选其他部位", "PRICE-FRAUD"),
    ("鸡蛋2元一斤全天敞开买，每人限购1斤", "PRICE-FRAUD"),
    ("0元领大米，活动库存1份", "PRICE-FRAUD"),
    ("免费送挂面！需到店购买368元礼盒", "PRICE-FRAUD"),
    # A child told to refuse to leave, to play with fire alone, to stuff a banger in a can;
    # vouchers handed out in a kindergarten; pregnancies "helped"; an acidic constitution.
    ("看中了就别走，不答应就赖着不走", "AD40-MINORS"),
    ("孩子自己就能玩的火焰魔术盒", "AD40-MINORS"),
    ("鞭炮塞进易拉罐，响得更带劲", "AD40-MINORS"),
    ("园里小朋友人手一张画画课券", "AD39-SCHOOL"),
    ("调理馆已帮二十位宝妈怀上二胎", "AD17-DISEASE"),
    ("碱性水专门改善酸性体质", "AD17-DISEASE"),
    # tune168a … tune171a: a disease gone on eating, rooted out, swept away or patched, pills
    # dropped after training, scars cleared at once; a child grown by centimetres; a price
    # left to the man at the door or the till; raised for the sale week, renewing dearer, the
    # month's third clearance, two prices denied for a third.
    ("皮炎吃了就消，绿豆汤5元一碗", "AD17-DISEASE"),
    ("口臭一扫光，漱口茶10元", "AD17-DISEASE"),
    ("膏药贴哪儿治哪儿", "AD17-DISEASE"),
    ("跟练三个月，降压药都能停", "AD17-DISEASE"),
    ("高钙奶粉，一个月窜高2厘米", "AD18-HEALTH-CLAIM"),
    ("19元上门修水管！具体费用以师傅到场报价为准", "PRICE-HIDDEN-CHARGE"),
    ("全场5元！个别商品以收银台实际结算为准", "PRICE-HIDDEN-CHARGE"),
    ("本周起调价为每斤60元，周末折后48元", "PRICE-FRAUD"),
    ("体验卡首月29元，次月起自动续费199元", "PRICE-FRAUD"),
    ("本月第四轮清仓，最后两天", "PRICE-FRAUD"),
    ("不要299不要199，只要59", "PRICE-FRAUD"),
    # A child told nobody will play, to make the parents bring them daily, to squirt
    # passers-by, to buy in secret; a sales talk in a kindergarten, a class in a primary
    # classroom; rivals' thieving staff, botches denied, cheap shampoo, student moonlighters;
    # breasts on a menu, a husband "not up to it", customers turned away by weight, coins for
    # cash, losses refunded, a lottery win, without equal, tea sure to triple, a mark promised
    # under contract.
    ("不买这款文具，开学就没人跟你玩", "AD40-MINORS"),
    ("让奶奶每天都带你来玩滑梯", "AD40-MINORS"),
    ("水枪对着路过的人滋才好玩", "AD40-MINORS"),
    ("零食不让买？偷偷用零花钱买", "AD40-MINORS"),
    ("周五在育才中学初一教室里开营养讲座", "AD39-SCHOOL"),
    ("隔壁家政的阿姨素质参差不齐，小心点", "AD13-DISPARAGE"),
    ("某某教育都是兼职大学生在教", "AD13-DISPARAGE"),
    ("老公不给力？来碗羊肉汤", "AD9-VULGAR"),
    ("皮肤黑的顾客恕不接待", "AD9-DISCRIMINATION"),
    ("游戏厅的币能兑现金", "AD9-GAMBLING"),
    ("麻将馆输了报销三成", "AD9-GAMBLING"),
    ("吃完这块蛋糕中五百万", "AD9-SUPERSTITION"),
    ("前无古人的麻辣烫", "AD9-ABSOLUTE"),
    ("普洱放三年稳稳翻两倍", "AD25-RETURN"),
    ("签协议保证中考数学不低于100分", "AD24-EDUCATION"),
    # tune172a … tune173b: an unlimited card charged per visit; a price called the price
    # bureau's guide; last week's price doubled and halved back; a disease healed untreated or
    # gone by itself; an exam retaken free until passed, a prize by admission, fluency in
    # months; the only one worth the name, unbeatable, the city's best seller; innuendo on
    # fruit and skewers; a woman's worth as her figure; points cashed at a card room; a name
    # dooming parents; an official selling on camera; pupils' book covers with coupons;
    # manicures for children; a rival's coats shrunk and not paid for.
    ("游泳年卡888元不限次数，每次入场收取10元管理费", "PRICE-HIDDEN-CHARGE"),
    ("本店价格为市物价局指导价，放心购买", "PRICE-FRAUD"),
    ("上周19.9的葡萄这周标39.9，今天五折", "PRICE-FRAUD"),
    ("理疗贴贴一个月，颈椎病不治而愈", "AD17-DISEASE"),
    ("穿上能量背心，结节自然消", "AD17-DISEASE"),
    ("钢琴考级免费重修到过为止", "AD24-EDUCATION"),
    ("机器人课学满一年，保送科创大赛一等奖", "AD24-EDUCATION"),
    ("口语课两个月就能流利交流", "AD24-EDUCATION"),
    ("整条街唯一能打的煎饼", "AD9-ABSOLUTE"),
    ("这款狗粮没有任何一款能超越", "AD9-ABSOLUTE"),
    ("本市奶茶销冠就在小区门口", "AD9-ABSOLUTE"),
    ("全城最骚的臭豆腐来了", "AD9-VULGAR"),
    ("女人身材不好就等于没价值", "AD9-DISCRIMINATION"),
    ("棋牌室上分下分，随到随结", "AD9-GAMBLING"),
    ("这个名字会克父母，快来改名", "AD9-SUPERSTITION"),
    ("畜牧局局长亲自推荐的土鸡蛋", "AD9-STATE-ORGAN"),
    ("开学送书皮，书皮印本店优惠码", "AD39-SCHOOL"),
    ("儿童专属美甲，周末九折", "AD40-MINORS"),
    ("老王洗衣把大衣洗缩水还不赔，别去了", "AD13-DISPARAGE"),
    # tune173b … tune175b: a former pupil's jump in marks; migrants turned away; a smoker's
    # lungs cleaned; the best in the universe; "authoritative data" with a multiple; a pun on
    # 激情; rivals' kit falling apart, stylists pushing cards, other sellers' milk left to
    # taste; lottery tips; a crystal ball for the sick; an empty bottle as the gift, prices
    # raised before the sale day, an original price set this week; a child told to cry;
    # coupons handed round in class; a disease put right in sessions.
    ("学员现身说法：一个暑假提了60分", "AD24-EDUCATION"),
    ("理发店不接待外地民工", "AD9-DISCRIMINATION"),
    ("罗汉果茶，抽烟的人喝一个月肺就干净了", "AD18-HEALTH-CLAIM"),
    ("全宇宙最nice的奶茶", "AD9-ABSOLUTE"),
    ("权威数据：我们的面粉筋度是普通面粉的3倍", "AD11-UNSOURCED-FIGURE"),
    ("炸鸡店鸡情四射，周五见", "AD9-VULGAR"),
    ("西街那家健身房器械快散架了", "AD13-DISPARAGE"),
    ("小区就我家豆腐不加石膏粉，另外几家卖的啥自己品", "AD13-DISPARAGE"),
    ("买菜满50送六合彩资料", "AD9-GAMBLING"),
    ("风水葫芦挂床头，家里病人好转", "AD9-SUPERSTITION"),
    ("买洗发水送一送一！赠品为分装空瓶", "PRICE-FRAUD"),
    ("课程统一调回标准价200元，8号当天5折", "PRICE-FRAUD"),
    ("原价68元（本月新标价），今天只要35元", "PRICE-FRAUD"),
    ("跟爸爸说要去游乐场，不带你去就哭", "AD40-MINORS"),
    ("孩子在班里分给同学的奶茶券，家长凭券到店", "AD39-SCHOOL"),
    ("腰椎间盘突出两次调理就好", "AD17-DISEASE"),
    # tune176a … tune178b: a child told to use a knife alone, roll on the floor, get pocket
    # money, that friends must buy; the first brand, the boss of the street, top of the city;
    # a husband who won't play asleep, masseuses for who knows; a disease slept away, short
    # sight reversed, a disease that never comes back; a barber "only an apprentice", a gym
    # sure to run off, a named shop's flavourings; a day's offer for two customers, a bonus
    # unusable on the shop's goods, "originals only" where all is cut; a diabetic vouching for
    # a meter.
    ("儿童削皮刀，小朋友自己动手切水果", "AD40-MINORS"),
    ("爸妈不买就在地上打个滚", "AD40-MINORS"),
    ("集卡换大奖，让妈妈多给零花钱", "AD40-MINORS"),
    ("不买就不是好朋友哦，快来小卖部", "AD40-MINORS"),
    ("本区洗衣第1品牌", "AD9-ABSOLUTE"),
    ("这条街的烤鱼我们敢称老大", "AD9-ABSOLUTE"),
    ("月销全市榜首的凉皮", "AD9-ABSOLUTE"),
    ("吃完腰子，今晚老公保证不装睡", "AD9-VULGAR"),
    ("多年的腰椎病就是靠它睡好的", "AD17-DISEASE"),
    ("护眼贴贴一个月，度数就降", "AD17-DISEASE"),
    ("喝红糖姜茶，痛经再也不来找你", "AD17-DISEASE"),
    ("对面那家的师傅就是个学徒", "AD13-DISPARAGE"),
    ("某某瑜伽早晚要跑路", "AD13-DISPARAGE"),
    ("李记凉茶都是香精勾兑的", "AD13-DISPARAGE"),
    ("特价大米每日仅限前2位顾客", "PRICE-FRAUD"),
    ("充500送500，赠送金额不可用于主营项目", "PRICE-FRAUD"),
    ("满200减100（仅限原价商品，本店商品均为折后价）", "PRICE-FRAUD"),
    ("糖友老张用了这款血压计，逢人就推荐", "AD16-ENDORSE"),
    # tune177a … tune179b: birth defects, dementia and fractures prevented; doctors' praise
    # and a department's use quoted; men "who can't", a tea's "first time"; stakes at mahjong,
    # fruit machines; the fat, the plain and country people mocked; a name deciding a life; an
    # office's designation; a tenth on named items, a discount dearer than before, a sample as
    # the free gift, a daily "one-day" price, the group's prices for reference; fresher than
    # anywhere; rivals' cream and leftovers smeared; children unwatched, darts at friends;
    # pupils' full marks as proof; tea gaining a third a year.
    ("孕妇喝了预防胎儿畸形", "AD17-DISEASE"),
    ("核桃粉，老人吃了防老年痴呆", "AD17-DISEASE"),
    ("电子体温计，医生都夸测得准", "AD16-ENDORSE"),
    ("理发馆专治不行的男人", "AD9-VULGAR"),
    ("新品奶茶第一次都给你", "AD9-VULGAR"),
    ("棋牌室带彩，通宵营业", "AD9-GAMBLING"),
    ("超市门口新装水果机", "AD9-GAMBLING"),
    ("别再当肥婆了，快来跳操", "AD9-DISCRIMINATION"),
    ("别让人一看就是乡下来的，来烫个头", "AD9-DISCRIMINATION"),
    ("好名字决定一生命运", "AD9-SUPERSTITION"),
    ("市场监管所指定的放心菜摊", "AD9-STATE-ORGAN"),
    ("全场1折起，活动商品为本店指定的2款", "PRICE-FRAUD"),
    ("买一送一！送一瓶试饮装", "PRICE-FRAUD"),
    ("限时特价仅此一天，同款天天有", "PRICE-FRAUD"),
    ("群内价格仅供参考，到店以门店结算为准", "PRICE-HIDDEN-CHARGE"),
    ("比你在任何地方买的都甜", "AD9-ABSOLUTE"),
    ("某某蛋糕房用的都是植脂奶油", "AD13-DISPARAGE"),
    ("那些连锁洗衣店一锅乱煮", "AD13-DISPARAGE"),
    ("蹦床随便跳，不用大人看着", "AD40-MINORS"),
    ("软弹飞镖对着小伙伴扔", "AD40-MINORS"),
    ("书法班学员高考语文满分", "AD24-EDUCATION"),
    ("这批白茶一年升值20%", "AD25-RETURN"),
    # tune180a … tune183b: a headline price with a minimum spend, weighed dearer, a compulsory
    # extra, a card required; seconds as the "from" price, an original raised the day before,
    # a new anniversary tag, half a year of clearance; diseases steamed away, bleeding
    # stopped, infertility treated, pills stopped, all prevented; tea tripled "no loss", daily
    # cash at home, a lease-back, takings guaranteed; marks raised in a term, every pupil over
    # the line; masseuses' figures, a man "hard" tonight; fat people as pigs; a windfall toad,
    # every hand won; children dared to swallow jelly, race cars, scoot down stairs, eat in
    # secret; a police officer at the opening; a chain as sugar water.
    ("烤肉每位29元开吃！每人最低消费99元", "PRICE-HIDDEN-CHARGE"),
    ("荔枝6.8元/斤起！到店按28元/斤称重结算", "PRICE-HIDDEN-CHARGE"),
    ("洗车19元 *打蜡必选30元", "PRICE-HIDDEN-CHARGE"),
    ("美甲29元，到店办卡才能享受此价", "PRICE-HIDDEN-CHARGE"),
    ("芒果5元一斤起（起价为小果次果）", "PRICE-FRAUD"),
    ("周一原价调至99，周二起特惠59", "PRICE-FRAUD"),
    ("全场六折，以周年庆新标价为准", "PRICE-FRAUD"),
    ("本店已连续清仓三个月，最后几天", "PRICE-FRAUD"),
    ("妇科炎症蒸一蒸就好", "AD17-DISEASE"),
    ("漱口水一用，牙龈出血立马止住", "AD17-DISEASE"),
    ("宫寒三次就调理好", "AD17-DISEASE"),
    ("艾灸两个月好孕自然来", "AD17-DISEASE"),
    ("蜂胶吃三个月能停药", "AD17-DISEASE"),
    ("喝了羊奶，感冒发烧统统防住", "AD17-DISEASE"),
    ("去年收的白茶今年翻两倍", "AD25-RETURN"),
    ("宝妈在家刷单，每天日结200", "AD25-RETURN"),
    ("商铺统一返租，稳收租金", "AD25-RETURN"),
    ("奶茶店转让，接手即赚", "AD25-RETURN"),
    ("数学班一学期成绩提高40分", "AD24-EDUCATION"),
    ("去年学员95%上本科线", "AD24-EDUCATION"),
    ("吃了腰子今晚保证硬气", "AD9-VULGAR"),
    ("肥猪们快来减肥", "AD9-DISCRIMINATION"),
    ("金蟾摆件保你横财滚滚", "AD9-SUPERSTITION"),
    ("喝了这杯今晚把把自摸", "AD9-GAMBLING"),
    ("小朋友比赛一口吞果冻，赢了有奖", "AD40-MINORS"),
    ("儿童平衡车跟汽车比比谁快", "AD40-MINORS"),
    ("大人不让吃，偷偷吃才过瘾", "AD40-MINORS"),
    ("开业那天王警官亲自来剪彩", "AD9-STATE-ORGAN"),
    ("别去某雪买了，一杯糖精水", "AD13-DISPARAGE"),
]
SIXTY_FIRST_ROUND_REVIEWS = [
    # Only here in the city, only our eggs, a founder's original; rivals' way hinted at beside ours.
    ("这种拉伸课全城只有我们开", "AD9-EXCLUSIVE"),
    ("正宗原创的老配方卤汁", "AD9-EXCLUSIVE"),
    ("别家豆浆都用豆粉冲，我们现磨", "AD13-COMPARE"),
    ("换过好几家理发店的，最后还是回我们这儿", "AD13-COMPARE"),
    # A price said to be under the district's shops of the kind; a favourite by a group's
    # vote; a figure on hearsay.
    ("本店价钱低于同行，欢迎比较", "PRICE-REFERENCE"),
    ("投票结果出来了，咱家成了大家心中最爱的一家", "AD9-SUPERLATIVE"),
    ("听业内朋友说今年荔枝要涨三成，早买早划算", "AD11-DATA"),
    # A price under the online platforms', the same money buying less elsewhere.
    ("团购价低于各大电商平台", "PRICE-REFERENCE"),
    ("同样的钱，别人给你的是冻肉，我们是鲜肉", "AD13-COMPARE"),
    # Rivals' care hinted at.
    ("别再把真丝衬衫送去机洗店了，我们手洗", "AD13-COMPARE"),
    ("食材全部当天采购，不是每家都敢这么做", "AD13-COMPARE"),
    # Rivals' stale goods hinted at.
    ("别再买那些冻了半年的饺子了，我们现包", "AD13-COMPARE"),
    # Cheaper than the estate's other groups; the same money going further here.
    ("我们的鸡蛋比小区其他团便宜3毛", "PRICE-REFERENCE"),
    ("同样的钱在咱这能多吃一个鸡腿", "AD13-COMPARE"),
    # Rivals' goods hinted at; a figure heard at a lecture.
    ("别家买的豆腐是不是一煮就碎", "AD13-COMPARE"),
    ("别处动辄卖20一斤，我们这只要12", "AD13-COMPARE"),
    ("专家在讲座中提到，黑米花青素是白米的10倍", "AD11-DATA"),
    # A platform named as dearer; rivals' gyms and bread hinted at.
    ("抽纸价格比淘宝还低", "PRICE-REFERENCE"),
    ("别的瑜伽馆办完卡就找不到人了吧", "AD13-COMPARE"),
    ("不是所有手工面都是现擀的", "AD13-COMPARE"),
]
SIXTY_FIRST_ROUND_CLEAN = [
    # tune160b … tune167b: advice with 最好, places named 第一, a label's fibre share, a
    # pharmacy's rule of sale; and what the new lines must leave alone (a repair's parts
    # priced on the spot with the list posted, a child who ate half a box, a cold that went
    # after a night's sleep).
    "下单最好备注门牌号，方便师傅找",
    "雨天路滑，大家最好晚点来取",
    "地址：第一工业园5栋一楼",
    "菜场东侧第一个档口就是我们家",
    "吊牌上写着：棉100%，可机洗",
    "处方药须凭处方购买，本店不提供开处方服务",
    "上门检测费20元，维修按配件另行报价，价目表贴在店里",
    "群友说：孩子一口气吃了半盒草莓",
    "感冒也很神奇，睡一觉就好了，今天照常开门",
    # The top disclaimed of the shop itself, a rank it does not reach, advice to change food slowly.
    "小店不敢说自己最好，只是用心做",
    "我家理发手艺称不上顶尖，胜在耐心",
    "狗粮换新最好循序渐进，别一下全换",
    # A trainer who will not promise the kilos, the biggest bucket by its volume, an honest
    # "only" in a quote.
    "我不保证您三个月能瘦10斤，但会认真带您练",
    "最大的那种桶装水（18.9L）要提前预约",
    "我们不知道别家卖多少，只能说价格都写在群公告里",
    # A sample to handle, the 7-day basis defined with 指 or ＝, customers who like it hottest,
    # dieters addressed.
    "婴儿床店里有样品，可以来摸摸看",
    "海报上的“原价”指活动前7日内本店最低成交价",
    "划线价＝活动前7天内本店最低成交价",
    "最爱吃辣的那几位邻居，今天有干锅",
    "减肥的朋友们请先别看，今天有奶油蛋糕",
    # How to wash, the first door in from a lane.
    "真丝衬衫最好手洗，别用洗衣机",
    "从菜场北门进去第一家就是",
    # A top-up refunded, cotton content, a printer's largest format, bread best the same day,
    # what sells out first, thanks.
    "退卡时按未消费的充值本金退还",
    "含棉100%，可以机洗",
    "复印机最大幅面A3",
    "面包当天吃完口感最好",
    "每天最先卖完的是肉包",
    "最要感谢的是一直支持我们的街坊",
    # No treatment offered, dieters addressed, an estate named 首创城 or 第一工人新村, a tyre's
    # pressure, what is most often left, the basis with its figure.
    "足疗只做放松，不涉及任何治疗项目",
    "减肥的邻居请自觉划走，新出炉的蛋挞到了",
    "团购点在首创城2期东门",
    "地址：第一工人新村5号楼",
    "请按胎侧标的最大胎压打气",
    "最常忘拿的是雨伞，请检查一下",
    "划线价22元是本店近7天最低成交价",
]
SIXTY_SECOND_ROUND_REJECTS = [
    # tune184a … tune187a: cards and vouchers handed out in a kindergarten, by its teachers or
    # tucked into its contact book.
    ("星星幼儿园中班的小朋友们，周五放学前老师会发我们画室的体验卡", "AD39-SCHOOL"),
    ("彩虹幼儿园小朋友人手一张，凭券学轮滑立减50", "AD39-SCHOOL"),
    ("周三在园内大厅给每人发一张酸奶券，凭券到店领取", "AD39-SCHOOL"),
    ("招生简章已请各班班主任统一发到学生手上，报名打九折", "AD39-SCHOOL"),
    ("优惠卡已夹进学校发的作业本里，带回家给爸妈看", "AD39-SCHOOL"),
    # Pupils told they will be laughed at or "out" without it, or told how to lie to come.
    ("班里同学都有这款书包了，没有的话会被笑的", "AD40-MINORS"),
    ("新出的卡牌，同学们不玩就out啦，一包2元", "AD40-MINORS"),
    ("网吧周末特惠，爸妈不让来就说去补习班", "AD40-MINORS"),
    ("暑假特惠，中小学生凭学生证可包通宵", "AD40-MINORS"),
    # Rivals' staff called swindlers, a rival said to be running off, its goods watered or
    # passed off, "exposed".
    ("那些大机构的老师都是只会卖课的骗子", "AD13-DISPARAGE"),
    ("听说对面那家美容院资金链早就断了，办了卡的快去退", "AD13-DISPARAGE"),
    ("东街那家羊肉馆注水出了名，大家都知道", "AD13-DISPARAGE"),
    ("别家蛋糕拿植脂奶油冒充动物奶油", "AD13-DISPARAGE"),
    ("那个牌子的米粉被曝出问题，还敢给宝宝吃吗", "AD13-DISPARAGE"),
    # Prices: a reference never charged, below the factory price, "from 0" told in private, a
    # charged report, a voucher of 5 a time, labels at the till, the first few only, one piece
    # at the headline fold.
    ("这款羽绒服吊牌价399，店里从来没卖过这个价，今天团购299", "PRICE-NO-PRIOR-PRICE"),
    ("工厂直供，比厂家出厂价还低三成", "PRICE-FRAUD"),
    ("保洁服务0元起，具体价格请私聊", "PRICE-HIDDEN-CHARGE"),
    ("免费上门检测水质，出具检测报告收费99元", "PRICE-HIDDEN-CHARGE"),
    ("充值送50元代金券，代金券每单限用3元", "PRICE-HIDDEN-CHARGE"),
    ("两元店全场两元，收银时个别商品按实际吊牌计价", "PRICE-HIDDEN-CHARGE"),
    ("大米10斤只要19.9元，限前5名，其余按39.9元收", "PRICE-HIDDEN-CHARGE"),
    ("清仓全场1折起，1折商品每款限1件", "PRICE-HIDDEN-CHARGE"),
    # Food said to dissolve plaques; bodies on show, wet, flat chests, husbands home; people
    # from elsewhere turned away; a floor of marks; an official's inspection.
    ("黑木耳每天一把，化解血管斑块", "AD18-HEALTH-CLAIM"),
    ("啤酒屋服务员穿得少看得多，欢迎来喝", "AD9-VULGAR"),
    ("这杯酸奶浓到让你湿透", "AD9-VULGAR"),
    ("丰胸木瓜汤，胸前不平何以平天下", "AD9-VULGAR"),
    ("睡衣上新，穿上它老公天天按时回家", "AD9-VULGAR"),
    ("本健身房只接本地户口的会员", "AD9-DISCRIMINATION"),
    ("外地人咱们一律不接，望理解", "AD9-DISCRIMINATION"),
    ("跟我们学书法，考级至少拿85分", "AD24-EDUCATION"),
    ("数学冲刺班，考不到就免费续课", "AD24-EDUCATION"),
    ("市委书记来视察时尝过的烧饼", "AD9-STATE-ORGAN"),
    # tune188a … tune189a: rivals' trainers trained a week, tutors minding children, black
    # agencies, cheating scales, hormone-fed hens, thawed fruit, leftover greens, a rinse for
    # dry cleaning, fees kept.
    ("那家瑜伽馆的老师都是培训两周就上岗的", "AD13-DISPARAGE"),
    ("别的托管班就是收钱看孩子，作业越补越差", "AD13-DISPARAGE"),
    ("网上那些便宜月嫂都是黑中介介绍的", "AD13-DISPARAGE"),
    ("菜场李记肉摊秤不准，大家当心", "AD13-DISPARAGE"),
    ("别人家的鸭蛋都是饲料鸭下的，还打激素", "AD13-DISPARAGE"),
    ("对面的海鲜都是冻过再化的，别上当", "AD13-DISPARAGE"),
    ("那家超市的水果都是捡剩下的", "AD13-DISPARAGE"),
    ("街口那家干洗店根本不干洗，衣服泡泡水就给你", "AD13-DISPARAGE"),
    ("那个培训机构收钱不办事，退费比登天还难", "AD13-DISPARAGE"),
    # A chest made "great", a husband's back, softer than a girlfriend; fat people unloved.
    ("木瓜炖奶，喝了胸前伟大", "AD9-VULGAR"),
    ("韭菜饺子买两斤，老公回家腰不怕", "AD9-VULGAR"),
    ("新款抱枕，比女朋友还软", "AD9-VULGAR"),
    ("胖子没人爱，快来办卡", "AD9-DISCRIMINATION"),
    # Children dared to jump, told to keep it from mum, promised envy, or told classmates will
    # not play; leaflets on the playground; milk at the health check.
    ("敢从两米高台跳下来的小朋友送一支冰棍", "AD40-MINORS"),
    ("小朋友放学来买，不告诉爸妈也行", "AD40-MINORS"),
    ("集满卡片当上队长，同学都会羡慕你", "AD40-MINORS"),
    ("没有这款陀螺明天就不能和同学玩啦", "AD40-MINORS"),
    ("课间操时间会在操场发放我们的体验券", "AD39-SCHOOL"),
    ("新品酸奶进幼儿园晨检区免费试喝", "AD39-SCHOOL"),
    # A pillow correcting a disease, moxibustion till the illness goes, a detergent a
    # disease's nemesis.
    ("护颈枕可纠正颈椎病，一个199元", "AD17-DISEASE"),
    ("拔罐一次30元，拔到病除", "AD17-DISEASE"),
    ("这款香皂是湿疹的克星", "AD17-DISEASE"),
    # Prices: a deal upgraded at the shop, opening fees and shells, a bonus only for dear
    # items, the rest at market price.
    ("9.9元抢洗车一次！到店统一为您升级为98元精洗", "PRICE-HIDDEN-CHARGE"),
    ("菠萝蜜特价5元一斤，另收开果费10元", "PRICE-HIDDEN-CHARGE"),
    ("充500送500，赠送金额只能抵扣指定项目", "PRICE-HIDDEN-CHARGE"),
    ("满10斤才享此价，单点按市场价结算", "PRICE-HIDDEN-CHARGE"),
    ("学完我们的课，三年级直接进重点班", "AD24-EDUCATION"),
    # tune190a … tune192a: vouchers in a kindergarten's yard, snacks put in schoolbags;
    # children told what to demand or to eat ten packs.
    ("明天下午在幼儿园院子里给小朋友发绘本馆体验券", "AD39-SCHOOL"),
    ("试吃装由老师在午睡后放进小朋友书包里", "AD39-SCHOOL"),
    ("跟爸妈说：期末考好了就要奖励一部手机", "AD40-MINORS"),
    ("集卡赢大奖，一天吃五包更快集齐", "AD40-MINORS"),
    # Exams passed at the first try or money back, marks raised or no fee.
    ("古筝考级一次过，不过包退学费", "AD24-EDUCATION"),
    ("英语一学期提20分，提不上不收费", "AD24-EDUCATION"),
    # Prices: a promotion price equal to the original, a visit fee at the end, fees settled
    # later, the free cup charged, the till's price, consent by paying, all at one price under
    # a tag.
    ("洗衣液原价39.9，促销价39.9，快来抢", "PRICE-FALSE-REDUCTION"),
    ("0元疏通下水道，做完上门费50元另付", "PRICE-HIDDEN-CHARGE"),
    ("团购价39元/箱（不含运费和上楼费，到时另算）", "PRICE-HIDDEN-CHARGE"),
    ("咖啡买一送一，送的那杯加收3元杯子费", "PRICE-HIDDEN-CHARGE"),
    ("价签只作参考，结账按系统价收", "PRICE-HIDDEN-CHARGE"),
    ("另收包装费2元，下单付款即视为同意", "PRICE-HIDDEN-CHARGE"),
    ("吊牌价980元的大衣统统99元", "PRICE-INFLATED-REFERENCE"),
    # A disc put back in three sessions, faster than hospital; a band that prevents disease;
    # heart trouble in one box; trainers' health food.
    ("腰椎间盘突出正骨两次就能复位", "AD17-DISEASE"),
    ("驱蚊手链，戴上就能预防疟疾", "AD17-DISEASE"),
    ("深海鱼油软胶囊，血管问题一盒搞定", "AD18-HEALTH-CLAIM"),
    ("医生都在吃的蛋白粉（保健食品），现货", "AD18-HEALTH-CLAIM"),
    ("市餐饮协会指定门店，欢迎品尝", "AD11-UNPROVABLE-CREDENTIAL"),
    ("茅台封坛，明年至少涨30%，厂家保价回购", "AD25-RETURN"),
    ("邮票收藏五年翻三倍，升值有保障", "AD25-RETURN"),
    ("那家宠物店用的都是最便宜的劣质沐浴露", "AD13-DISPARAGE"),
    ("对面药店卖的药来路不明", "AD13-DISPARAGE"),
    ("隔壁烧烤吃了好几个人拉肚子", "AD13-DISPARAGE"),
    ("那个平台的水果又老又贵", "AD13-DISPARAGE"),
    ("全街区最全的五金店，别家没有的来这儿", "AD9-ABSOLUTE"),
    ("男人不吃生蚝，晚上老婆不让进门", "AD9-VULGAR"),
    ("咱家的大肉包，大大的，软软的，你懂的", "AD9-VULGAR"),
    ("今晚来串腰子，硬气十足", "AD9-VULGAR"),
    ("下单的哥哥们夜里有惊喜服务", "AD9-VULGAR"),
    # tune193a … tune194a: rivals that only rinse, never pay, shut children in; others' eggs
    # questioned; children paying with a parent's phone, somersaulting without pads, at
    # internet cafés overnight.
    ("别家洗车就是随便冲冲，车漆都刮花了", "AD13-DISPARAGE"),
    ("那家裁缝店改坏衣服从来不赔", "AD13-DISPARAGE"),
    ("对面的托管就是把孩子关着玩手机", "AD13-DISPARAGE"),
    ("小朋友拿爸爸的手机付款码就能买玩具", "AD40-MINORS"),
    ("蹦床馆挑战赛，不穿护具也能玩", "AD40-MINORS"),
    ("中学生周末包夜只要20元", "AD40-MINORS"),
    ("实验小学门口每天放学派发我们的试听卡，还有幼儿园门口每天上午派发小零食", "AD39-SCHOOL"),
    ("学校食堂门口摆摊，凭校卡打八折", "AD39-SCHOOL"),
    # A disease healing by itself; women mocked and people turned away; chests; "No. 1 tasty";
    # a certificate through friends; a host; last year's price; a bonus spent at twice; below
    # every seller.
    ("用这款护腰，腰肌劳损自愈", "AD17-DISEASE"),
    ("女人不化妆，跟咸鱼有什么区别", "AD9-DISCRIMINATION"),
    ("本店只招本地员工，外地的一概不要", "AD9-DISCRIMINATION"),
    ("喝了这杯木瓜奶，胸前立马有料", "AD9-VULGAR"),
    ("丰胸汤喝一个月，吃出D杯", "AD9-VULGAR"),
    ("咱家煎饼第1好吃", "AD9-ABSOLUTE"),
    ("报我们的班，考级证书稳稳拿", "AD24-EDUCATION"),
    ("充500送300，赠送金额按原价2倍扣除", "PRICE-HIDDEN-CHARGE"),
    ("我家大米价格低于全城所有同行", "PRICE-FRAUD"),
    # tune195a … tune197a: a glucose meter vouched for by a user; a poster price "for
    # reference", extras charged on the spot; a clearance blamed on a collapse; a lab test
    # with a per cent; a pupil's top place.
    ("这款血压计，用了两个月的王大爷说血压稳多了", "AD16-BENEFICIARY"),
    ("宣传单价格仅供参考，最终以收银为准", "PRICE-HIDDEN-CHARGE"),
    ("油烟机清洗19元！上门后拆装、除油按项目另收费", "PRICE-HIDDEN-CHARGE"),
    ("老板跑路，全场清仓一折", "PRICE-FALSE-REASON"),
    ("实验室检测去污力提高200%", "AD11-UNSOURCED-FIGURE"),
    ("学员小王跟我们学了三个月，期末考了全年级第一", "AD24-EDUCATION"),
    ("电工证培训，考不过包退", "AD24-EDUCATION"),
    ("民办初中录取包进，不进全额退费", "AD24-EDUCATION"),
    # A kindergarten hall used to sign up, a dividend guaranteed, a disease kept off a season,
    # children all night or swallowing whole, slurs, women unreliable, stakes held, an
    # original shop, no second cup, a rival exposed.
    ("下周一在园内大厅有我们的英语体验课", "AD39-SCHOOL"),
    ("入股小菜园，分红保证不低于本金的10%", "AD25-RETURN"),
    ("贴一次三伏贴，一冬不犯老寒腿", "AD17-DISEASE"),
    ("网吧学生党通宵特价，不查身份证", "AD40-MINORS"),
    ("挑战一口吞下五颗汤圆，成功免单", "AD40-MINORS"),
    ("嫌贵？穷B别来", "AD9-VULGAR"),
    ("女人修电器都不靠谱，还得男人拍板", "AD9-DISCRIMINATION"),
    ("麻将馆彩头代管，玩多大都行", "AD9-GAMBLING"),
    ("全城找不到第二家这么好吃的烤鸭", "AD9-ABSOLUTE"),
    ("那个牌子的狗粮被曝肉含量只有5%，还卖那么贵", "AD13-DISPARAGE"),
    # tune195a … tune198a: a closing sale with a renewed lease, an offer every day against an
    # "original" price, a price raised before a half-price week, the free visit's fee, one
    # place at the headline price.
    ("门店清仓大甩卖，本店已续租五年，清仓活动长期有效", "PRICE-FALSE-REASON"),
    ("原价99元的洗车卡今天只要29元，活动天天都有", "PRICE-FRAUD"),
    ("原价68，特价38，这个价我们已经连着卖三个月了", "PRICE-FRAUD"),
    ("年货礼盒本周统一调价到398，下周团购5折", "PRICE-FRAUD"),
    ("家电清洗买一送一，赠送的那台另付上门费60元", "PRICE-HIDDEN-CHARGE"),
    ("1元抢10斤大米，名额仅1个，其余按门店价结算", "PRICE-HIDDEN-CHARGE"),
    # Rivals as traps, one-tub washing, watered meat; others' data from "big data"; children
    # begging; the kindergarten's chosen milk; migrants turned away; hair regrown; income
    # guaranteed; vulgar copy.
    ("隔壁游泳馆就是办卡跑路的主", "AD13-DISPARAGE"),
    ("别家干洗都是扔进一个大桶混洗", "AD13-DISPARAGE"),
    ("那些注水肉你也敢买？", "AD13-DISPARAGE"),
    ("好评率99%，大数据告诉你选我们", "AD11-UNSOURCED-FIGURE"),
    ("想当全班最有面子的寿星吗？快求妈妈订", "AD40-MINORS"),
    ("幼儿园园内已指定我们的面包为早点", "AD39-SCHOOL"),
    ("外地打工的就别进来了", "AD9-DISCRIMINATION"),
    ("何首乌洗发水，斑秃一个月就长新头发", "AD17-DISEASE"),
    ("加盟做团长，收益保证5000以上", "AD25-RETURN"),
    ("练出胸肌，让她一只手都握不住", "AD9-VULGAR"),
    ("这么粗这么长的玉米，你受得了吗", "AD9-VULGAR"),
    # tune199a: vouchers after a school lesson, a kindergarten's hall stand; a teacher who
    # knows the examiners; one display sample at the headline fold; a federation's
    # certificate; migrant workers barred.
    ("老师在实验小学课堂上讲完防溺水，顺便发放了游泳卡", "AD39-SCHOOL"),
    ("幼儿园门厅摆了我们的绘本展架", "AD39-SCHOOL"),
    ("我们老师和考级评委是老同学，八级一次过没问题", "AD24-EDUCATION"),
    ("清仓1折起，1折款仅展示样品", "PRICE-HIDDEN-CHARGE"),
    ("本馆是国际泳联认证的教学点", "AD11-UNPROVABLE-CREDENTIAL"),
    ("本茶室谢绝农民工入内", "AD9-DISCRIMINATION"),
    # Rivals' groomers, butchers, laundries and chains smeared; dogs' diseases cured; a pillow
    # for every ailment; cups; women as clothes; the state's reassurance; a baby's skin; weak
    # kidneys; losses paid back.
    ("别家美容院把毛剃秃还不道歉", "AD13-DISPARAGE"),
    ("对面菜摊缺斤少两天天有", "AD13-DISPARAGE"),
    ("别家的咖啡都是流水线工业货", "AD13-DISPARAGE"),
    ("这款猫粮添加中药，能治猫瘟", "AD17-DISEASE"),
    ("荞麦枕，失眠、落枕一个枕头全搞定", "AD17-DISEASE"),
    ("丰胸奶茶，帮你从B杯喝到C杯", "AD9-VULGAR"),
    ("女人如衣服，兄弟才是手足", "AD9-VULGAR"),
    ("区民政局推荐的养老餐", "AD9-STATE-ORGAN"),
    ("孕期喝我们的椰子水，宝宝出生皮肤白", "AD18-HEALTH-CLAIM"),
    ("牛鞭酒，肾虚乏力统统拜拜", "AD18-HEALTH-CLAIM"),
    ("开业三天，输了我们补一半", "AD9-GAMBLING"),
]
SIXTY_SECOND_ROUND_REVIEWS = [
    # The nearby supermarket or the shop next door set below ours, a platform's fruit hinted at.
    ("在附近菜场可买不到这么新鲜的鱼", "AD13-COMPARE"),
    ("比起隔壁动不动两百的烫发，我们这儿只要98", "AD13-COMPARE"),
    ("某些平台上便宜的车厘子，大家懂的", "AD13-COMPARE"),
    ("美食达人阿强也说好吃的卤味，欢迎来尝", "AD38-CELEBRITY"),
    ("我们是小区最早一家做家政的店，2012年开到现在", "AD9-SUPERLATIVE"),
    ("有些团购的草莓到手就缩水了，我们按重量足称", "AD13-COMPARE"),
    # An influencer's million followers, a model "we invented", a share from members'
    # feedback; R a top class.
    ("小红书百万粉丝博主都在推的面包机", "AD38-CELEBRITY"),
    ("社区团购自提柜就是我们开创的", "AD9-EXCLUSIVE"),
    ("根据学员反馈，八成学员三个月能跑完5公里", "AD11-DATA"),
    # R A host's mention, an association's designation, returns promised, rivals smeared and
    # compared, vulgar copy.
    ("美食节目主持人在节目里推荐过的辣酱", "AD38-CELEBRITY"),
    ("同样十块钱，比一比就知道谁家分量足", "AD13-COMPARE"),
    ("有些所谓的有机菜你真敢吃吗？", "AD13-COMPARE"),
    ("同样是美甲，为啥有人收你168？我们68", "AD13-COMPARE"),
    ("知名主持人小李也在用的保温杯", "AD38-CELEBRITY"),
    ("猪肉比去年同期每斤降了5元", "PRICE-REFERENCE"),
    ("价值199元的洗牙套餐免费送", "PRICE-REFERENCE"),
    # An original shop, others' fruit with chemicals, a rival left to compare, a blogger's check-in.
    ("这里就是肠粉的原创老店", "AD9-EXCLUSIVE"),
    ("别买外面那些打了催熟剂的芒果", "AD13-COMPARE"),
    ("楼下新开的也卖烧烤，大家自己比比就知道", "AD13-COMPARE"),
    ("美食博主小七都来打卡推荐的牛肉面", "AD38-CELEBRITY"),
    # A spokesman and an influencer quoted, members of other gyms, figures without a source, a
    # first place in a ranking.
    ("本店代言人说：这款酸奶真好喝", "AD38-CELEBRITY"),
    ("换过好几家瑜伽馆的学员最后都来了我们这", "AD13-COMPARE"),
    ("小区七成宝妈的早餐都选我们家", "AD11-DATA"),
    ("试喝的30位邻居里有25位说更香", "AD11-DATA"),
    ("西瓜甜度都在12度以上，店里自己测的", "AD11-DATA"),
    ("在点评美甲分类里好评数排名首位", "AD9-SUPERLATIVE"),
    ("都说干洗店洗完容易缩水，我们单件手洗", "AD13-COMPARE"),
]
SIXTY_SECOND_ROUND_CLEAN = [
    # Clean: the top shelf, a prescription asked for, a folk remedy warned against, points
    # rules in the notice, hardware at a supermarket's side, a tested figure, a bulk price,
    # advice, a chore the customer dislikes.
    "最高那层放的是换季的货，需要的话叫店员拿",
    "可代配中药，须提供处方，无处方不配",
    "老中医提醒：别信网上传的偏方，有病去医院",
    "烟酒不参加打折，积分规则见店内公告",
    "我们在超市隔壁，本店卖五金和电料，营业到晚7点",
    "电热水壶容量1.7L，检测数据:100℃保温2小时后约85℃",
    "月饼礼盒标价128元，单位团购20盒及以上每盒108元",
    "酸奶最好下单后当天喝完",
    "腿脚不便的老人最好打个电话，我们送上门",
    "您最不想做的家务，我们来做，每小时40元",
    # Clean: toppings extra on a stamp card's gift, a blower's top speed, a move's price that
    # depends on floors, the youngest child, a regular's favourite, mums' most asked question.
    "咖啡集点卡：集满8个章换一杯美式(口味任选,加料另付)",
    "烘干机最大风速可调到35m/s，小型犬只开一半",
    "同城搬家200元起,按楼层和距离另算",
    "你家最小的孩子几岁啦？新到儿童座椅",
    "老顾客王姐最爱的葱油饼今天有",
    "宝妈们最常问：辅食碗能不能进微波炉？能",
    # Clean: weighed without the box, the hottest of own levels, done the same day at the
    # fastest, the shop's first machine used till now, a seller who says weigh it again.
    "榴莲按实际重量计价，去皮称重不含箱子，当面称",
    "辣度三档，最辣那档请谨慎点",
    "换拉链20元，最快当天取",
    "店里第一台烤箱用到现在十年了",
    "我家卖菜二十年，秤不准你来找我",
    # Clean: a child's mother thanked, the one favour asked, the first shop inside the gate,
    # the farthest blocks, a card cheaper per visit, the last day to pre-order, pure cotton,
    # busy hours, advice to shop at noon.
    "谢谢豆豆妈的推荐，欢迎新朋友",
    "唯一要拜托大家的：取件请带好取件码",
    "我们就在进小区门的第一家",
    "最远那几栋楼的邻居可以到北门自提",
    "理发次卡：10次卡300元,单次合30元,不办卡单次35元",
    "今天是粽子预订的最后一天,晚上8点截止,之后按现货卖",
    "儿童内衣，纯棉100%，A类",
    "周一最忙，不急的话周二再来",
    "晚上球场最紧张，建议提前订",
    "老人家买菜最好挑中午暖和的时候来",
    # Clean: the quietest floor, the commonest job, a neighbour's question, the neighbour in a
    # hurry, free sign-up, the barber's joke, an estate named 至尊, a prescription required, a
    # filling's ratio.
    "三楼最安静，适合自习",
    "店里最常见的是换电池，10元一次",
    "有人问最辣的是哪款，其实是麻辣烫",
    "最着急用的顾客可以先来店里拿",
    "免费注册，只需要手机号，不收费",
    "染发时想安静就说，我保证闭嘴",
    "至尊公馆东门的快递驿站",
    "处方药请凭医生处方购买，本店不代开处方",
    "韭菜饺子肉菜比例大约5:5",
    # Clean: scallions long and thick, with no dare beside them.
    "东北大葱又粗又长，三块一斤",
    "折后价已标在菜单原价旁边，欢迎点单",
    "我们第一家店在西街，现在搬到北街了",
    "这碗面可能不是您吃过最好吃的，但一定是现煮的",
    # Clean: a card cheaper per visit, worked out beside the single price.
    "美甲10次卡900元，折合单次90元（单次价120元）",
]
# The sixty-first round read tune200a … tune205b (written blind last round) and tune206a … tune208b
# (written blind this round), each measured once before it was read, for
# rules; each reject and review here fails on the rules the round began with (420e204).
SIXTY_THIRD_ROUND_REJECTS = [
    # Unnamed "authoritative" tests and gold certifications, guarantees of schools and grades,
    # schools used, children dared and pressed, health foods vouched for, cures, vulgar and
    # superstitious copy, rivals smeared, prices with charges on top or false reasons.
    ("权威检测：用了我们的空气净化器，甲醛去除率99%", "AD11-UNPROVABLE-CREDENTIAL"),
    ("这款大米经省粮食协会权威认定为优质米", "AD11-UNPROVABLE-CREDENTIAL"),
    ("干洗采用欧洲五星认证工艺，洗后如新", "AD11-UNPROVABLE-CREDENTIAL"),
    ("这款消毒液经专业检测机构认证，零残留", "AD11-UNPROVABLE-CREDENTIAL"),
    ("考官是我们的老师，考前辅导心里有底", "AD24-EDUCATION"),
    ("小提琴考级，跟着李老师过八级稳稳的", "AD24-EDUCATION"),
    ("托管班作业保证当晚全对，家长省心", "AD24-EDUCATION"),
    ("期末排名保进前五，不进退一半学费", "AD24-EDUCATION"),
    ("周五我们的老师进小学发体验课券，放学门口领", "AD39-SCHOOL"),
    ("蹦床倒着滑下来才刺激，小朋友们快来", "AD40-MINORS"),
    ("过年玩鞭炮扔进下水道，砰的一声超过瘾", "AD40-MINORS"),
    ("宝贝，爸爸妈妈不给你买这套玩具，说明他们不爱你", "AD40-MINORS"),
    ("孩子聪明健康全靠这瓶DHA", "AD18-HEALTH-CLAIM"),
    ("南瓜粉就是天然降糖药，多吃少打针", "AD18-HEALTH-CLAIM"),
    ("每天一杯山楂茶，三高说拜拜", "AD18-HEALTH-CLAIM"),
    ("这款牡蛎片肾虚都调好了", "AD18-HEALTH-CLAIM"),
    ("这款益生菌营养专家李医生天天吃", "AD18-HEALTH-CLAIM"),
    ("理疗护膝，关节炎穿上就好", "AD17-DISEASE"),
    ("做完这套美睫，老公都想天天加班", "AD9-VULGAR"),
    ("烤串一撸就停不下来", "AD9-VULGAR"),
    ("新款杯子按D罩杯设计，握着顺手", "AD9-VULGAR"),
    ("这只土鸡比你女朋友还嫩", "AD9-VULGAR"),
    ("黑丝女仆主题餐厅今晚开业", "AD9-VULGAR"),
    ("大芒果又圆又挺，一口爆汁", "AD9-VULGAR"),
    ("新店开张，摸貔貅保你财源滚滚", "AD9-SUPERSTITION"),
    ("名字没起对会影响一生运势，来找大师", "AD9-SUPERSTITION"),
    ("养老公寓项目，回报稳如银行定期", "AD25-RETURN"),
    ("某宠物诊所收费乱，来我们这儿放心", "AD13-DISPARAGE"),
    ("市场3号档口的牛肉注水，大家当心", "AD13-DISPARAGE"),
    ("那种香精勾兑的奶茶就别喝了", "AD13-DISPARAGE"),
    ("烫发99元起，须搭配护理套餐288元才能做", "PRICE-HIDDEN-CHARGE"),
    ("全包装修一口价，签约后水电、人工另算", "PRICE-HIDDEN-CHARGE"),
    ("游泳月卡只要49元，其余费用到店再谈", "PRICE-HIDDEN-CHARGE"),
    ("油烟机清洗59元，上门后按油污程度另加清洗剂费用", "PRICE-HIDDEN-CHARGE"),
    ("洗车10元，SUV、MPV均需升级精洗45元", "PRICE-HIDDEN-CHARGE"),
    ("美甲15元起，到店后美甲师根据甲型推荐套餐，128元起", "PRICE-HIDDEN-CHARGE"),
    ("关店甩卖第五季，全场一折", "PRICE-FALSE-REASON"),
    ("老板要出国了，全场亏本清仓", "PRICE-FALSE-REASON"),
    ("团购价低于全区任何超市，放心下单", "PRICE-FRAUD"),
    ("大闸蟹按斤卖，绳子一起上秤", "PRICE-GROSS-WEIGHT"),
    ("宫寒痛经，喝我们的红糖姜茶坚持半个月就能好", "AD17-DISEASE"),
    ("妇科炎症理疗，坚持两周就好了", "AD17-DISEASE"),
    ("历届学员全员升入重点初中，名额有限", "AD24-EDUCATION"),
    ("古诗班一学期保证会背100首", "AD24-EDUCATION"),
    ("孩子们一口闷3瓶汽水就送玩具", "AD40-MINORS"),
    ("王教授吃了一年的蛋白粉，爬山不累", "AD18-HEALTH-CLAIM"),
    ("盐洞坐一小时，支气管炎明显改善", "AD17-DISEASE"),
    ("那家的卤肉一股怪味，吃过的都后悔", "AD13-DISPARAGE"),
    ("某洗车行收了钱就跑路，我们这儿放心", "AD13-DISPARAGE"),
    ("平台上买的鸡蛋一半是坏的", "AD13-DISPARAGE"),
    ("市场5号摊位的羊肉注水", "AD13-DISPARAGE"),
    ("这味道在城里寻不到第二家", "AD9-ABSOLUTE"),
    ("杯子照C罩杯设计，拿着顺手", "AD9-VULGAR"),
    ("新款睡衣穿上，男朋友今晚别想睡", "AD9-VULGAR"),
    ("瑜伽课练完，关了灯才知道值不值", "AD9-VULGAR"),
    ("丰胸按摩，飞机场秒变大波", "AD9-VULGAR"),
    ("胖了就别怪老公出轨，快来减脂营", "AD9-DISCRIMINATION"),
    ("孩子不想吃饭没关系，喝我们的乳酸菌就行", "AD40-MINORS"),
    ("牛肉19.9元一斤，售完请选购其他部位", "PRICE-FRAUD"),
    ("护腰带是医疗器械，5楼的王阿姨用了半个月，自己说腰不疼了", "AD16-ENDORSE"),
    ("足浴包每天泡一次，保你不生病", "AD17-DISEASE"),
    ("艾灸贴，失眠、便秘都有改善", "AD17-DISEASE"),
    ("这款枕头防颈椎增生", "AD17-DISEASE"),
    ("狗粮获得质量金牌认证", "AD11-UNPROVABLE-CREDENTIAL"),
    ("本店是国家绿色消费示范单位", "AD11-UNPROVABLE-CREDENTIAL"),
    ("会员价15元，非会员价15元，快来办卡", "PRICE-FRAUD"),
    ("96%的猫咪吃了两个月毛发顺滑", "AD11-UNSOURCED-FIGURE"),
]
SIXTY_THIRD_ROUND_REVIEWS = [
    ("附近两公里开得最晚的便利店，凌晨一点关门", "AD9-SUPERLATIVE"),
    ("第三方评测显示，我们的洗衣液去渍率高于同类", "AD11-DATA"),
    ("《社区生活》报纸曾这样评价我们的豆浆：醇厚", "AD11-DATA"),
    ("不是所有健身房都敢公开教练证书，我们敢", "AD13-COMPARE"),
    ("前街那几家卖的菜懂的都懂", "AD13-COMPARE"),
    ("换了好几家美容院都没效果？来我们这试试", "AD13-COMPARE"),
    ("冻鸡和现杀鸡差在哪，您吃一口就知道", "AD13-COMPARE"),
    ("小区门口那几家面包用的什么油大家心里有数", "AD13-COMPARE"),
    ("同样的钱在别的店只能剪个头，在我们这还能洗吹", "AD13-COMPARE"),
]
SIXTY_THIRD_ROUND_CLEAN = [
    # Near misses of the new patterns, and advice, prescriptions, holidays, day prices, posted
    # price lists, names told as names, people picked out by 最 and claims declined in a word
    # that the rules flagged before.
    "权威检测机构出具报告，编号JC2024-088，可扫码查询",
    "我们的老师周六在小区广场发传单",
    "校服到了，请家长放学后到学校领取",
    "同学们回家路上注意安全",
    "每天一杯豆浆，早饭说拜拜也不行哦",
    "刘阿姨吃了我们的包子说味道不错",
    "冰箱冷藏室又宽又高，储物方便",
    "我们从不用快过期的面粉",
    "门口那家奶茶店也不错，我们做的是咖啡",
    "烫发需搭配护发素使用，效果更持久",
    "水草蟹绳已去除，净重称量",
    "方圆五公里内免费配送",
    "螃蟹称重前我们会把绳子解掉，按净重计价",
    "保温杯升级了内胆，保温更持久",
    "牛奶大家都爱喝，今天到货",
    "附近三公里都可以配送，最快半小时",
    "有的顾客问能不能送货，可以的",
    "同样的价格，今年的橙子个头更大",
    "健身坚持一个月就能好好享受跑步了",
    "第三方支付平台显示已到账",
    "本店小提示：狗粮换牌子时最好分五天慢慢换",
    "下雨天大家出门最好带把伞",
    "温馨提示：衬衫洗完最好挂起来晾干",
    "中药代煎，处方拿来就行，每剂3元",
    "我们不提供任何治疗，身体不适请就医",
    "减肥这个我们帮不了，但沙拉确实少油",
    "国庆前最后一天营业是9月30日，10月1日至7日放假",
    "空调移机150元起，高空费另算，收费标准贴在店里",
    "这是我们自己做的第一款酸奶，欢迎尝尝",
    "店名叫“第一刀”，是老板当年开店时随口起的，男士剪发20元",
    "楼下是“第一课堂”自习室，不是我们开的",
    "点评用户“干饭第一名”说：分量足，我们谢谢他",
    "最怕冷的邻居可以先在群里下单，到了再出门拿",
    "家里最大的那位想吃什么，蛋糕上都能写",
    "我们最欢迎带着意见来的顾客",
    "最着急取衣的那位街坊，衣服今天下午就能好",
    "住得最远的业主我们也免费送",
    "会员价15元，非会员价18元",
    "售完即止，明天再来",
    "装修报价以现场测量为准，先量房后报价，不收量房费",
    "我们会预防为主，定期给设备消毒",
    "小朋友请不要从楼梯上跳下来",
    "我们小本生意，做不到全市最便宜，价格都写在牌子上",
    "不搞什么顶级牛排的噱头，就是普通西冷",
    "说实话不是附近最低价，但称足",
    "我家没什么国家级的招牌，就是老手艺",
    "没啥独家配方，就是多放了两勺糖",
    "我是卖水果的，不是医生，别问我吃啥能治病",
    "本店商品为普通食品，不具备治疗功效",
    "处方药请先上传处方，药师审核后配药",
    "医生叮嘱要忌口的客人，点单时备注一下",
    "储物柜最大格子尺寸50×40×40cm",
    "洗空调第一台70元，第二台50元",
]

# The sixty-second round read tune209a … tune214b (written blind this round, each measured once
# before it was read) and heldout70's misses, for rules; each reject and review here fails on the
# rules the round began with (8aa4e4e). Our own words, not the sets' copies.
SIXTY_FOURTH_ROUND_REJECTS = [
    # Regional hiring bans, cures in days, prices left to the till, gifts that cost, schools
    # used, children pressed, vulgar copy, patients vouching, income guaranteed, raises before
    # a sale, bait, pass rates promised.
    ("我们的保洁阿姨都是本地的，不要外地那几个地方的，放心", "AD9-DISCRIMINATION"),
    ("梨膏糖含一颗，咳嗽好几天的吃两天就好了", "AD18-HEALTH-CLAIM"),
    ("这款深海鱼油吃了保证不头晕，老人必备", "AD18-HEALTH-CLAIM"),
    ("今日特价小龙虾每斤19元，价格以结账时为准", "PRICE-UNMARKED"),
    ("会员日全场六折，跟白送一样！", "PRICE-FRAUD"),
    ("库存羽绒服按出厂价的两折清，最后三天", "PRICE-FRAUD"),
    ("储值卡充500送500，赠送金额每次消费限用5%", "PRICE-FRAUD"),
    ("幼儿园通知：全园统一订购某牌午睡被，请交给班主任", "AD39-SCHOOL"),
    ("会计证不用自己学，报名就能拿证", "AD24-EDUCATION"),
    ("口语班的老师，考官都认可她的口音", "AD24-EDUCATION"),
    ("小升初我们有渠道，重点初中名额不多了", "AD24-EDUCATION"),
    ("加盟奶茶店，包选址，保赚不赔", "AD25-RETURN"),
    ("8栋王奶奶膝盖疼多年，做了我们的理疗三个疗程，能爬楼了", "AD16-ENDORSE"),
    ("某生鲜平台的芒果十个八个烂，还是来咱这买", "AD13-DISPARAGE"),
    ("攒零花钱买盲盒，不够就跟家长要", "AD40-MINORS"),
    ("儿童钙片，不吃就会比同学矮哦", "AD40-MINORS"),
    ("腿玩年专属打底裤上新", "AD9-VULGAR"),
    ("胖成猪的就别来了，我们只收身材好的会员", "AD9-VULGAR"),
    ("美女亲自给你按，包你舒服", "AD9-VULGAR"),
    ("市烘焙协会指定合作面包房，欢迎品尝", "AD11-UNPROVABLE-CREDENTIAL"),
    ("这款蜂蜜品质达到世界之巅", "AD9-ABSOLUTE"),
    ("周末网吧特惠，初中生办卡打七折", "AD40-UNSUITABLE"),
    ("九月卖39元一斤，中秋原价69元，今天6折41元", "PRICE-FALSE-MARKUP"),
    ("水洗店荣获国际织物护理认证中心五星认证", "AD11-UNPROVABLE-CREDENTIAL"),
    ("原价98元，会员价58元，进店就是会员", "PRICE-FRAUD"),
    ("下周一起统一调价，周末全场7折", "PRICE-FRAUD"),
    ("即日起调价至29.9元，周六八折", "PRICE-FRAUD"),
    ("仅限今天全场二折！部分商品除外", "PRICE-FRAUD"),
    ("樱桃只要2元/两，先到先得", "PRICE-FRAUD"),
    ("9.9元特价名额每周抽取1位，快来报名", "PRICE-FRAUD"),
    ("大米全网z低价，欢迎比价", "PRICE-FRAUD"),
    ("原价88元/盒40只装，今日特价58元/盒25只装", "PRICE-FRAUD"),
    ("群里标价9.8元/斤，到店以门店价格为准", "PRICE-UNMARKED"),
    ("睡衣摸过都说好，懂的来", "AD9-VULGAR"),
    ("按摩店新来几个20岁的小妹，欢迎体验", "AD9-VULGAR"),
    ("B杯以下的就别来试了", "AD9-VULGAR"),
    ("少儿口语班，学半年百分百能流利对话", "AD24-EDUCATION"),
    ("数学提分班，保提20分", "AD24-EDUCATION"),
    ("跟着李老师学准没错", "AD24-EDUCATION"),
    ("钢琴班和考官长期合作，考级有保证", "AD24-EDUCATION"),
    ("教资协议班，笔试不进面试退全款", "AD24-EDUCATION"),
    ("这款酵素喝了保证见效", "AD18-HEALTH-CLAIM"),
    ("实验小学校内专供的课间牛奶", "AD39-SCHOOL"),
    ("小朋友回家吵着要爸妈带你来", "AD40-MINORS"),
    ("不学编程的孩子将来一定会落后", "AD40-MINORS"),
    ("鞭炮专区，小朋友自己就能点", "AD40-MINORS"),
    ("王大爷用了半年，血压从160降到了130", "AD16-ENDORSE"),
    ("白菜0.5元/斤，每天限量2斤，先到先得", "PRICE-BAIT-QUOTA"),
    ("按摩店技师穿得性感，欢迎男士光临", "AD9-VULGAR"),
    ("男生不健身就没人要", "AD9-VULGAR"),
    ("喝了这碗羊肉汤一整晚都行", "AD9-VULGAR"),
    ("吃了韭菜盒子，老婆都说好，你懂的", "AD9-VULGAR"),
    ("那种货也能喂狗？换我们家的狗粮吧", "AD13-DISPARAGE"),
    ("我们不像楼下那家奶茶店拿粉冲", "AD13-DISPARAGE"),
    ("附近那几家洗车店就别考虑了", "AD13-DISPARAGE"),
    ("听说那边超市的面包过期了还在卖", "AD13-DISPARAGE"),
    ("每周在教室播放我们乐高班的宣传视频", "AD39-SCHOOL"),
    ("加盟店长一年赚了30万，你也可以", "AD25-RETURN"),
    ("搬家只要99！具体价格师傅上门看了再定", "PRICE-HIDDEN-CHARGE"),
    ("美甲只要29元，不办卡按98元收", "PRICE-HIDDEN-CHARGE"),
    ("原价168元的果篮，天天特价68元", "PRICE-FRAUD"),
    ("全场买一送一，买一送一指买大份送价值2元的小菜", "PRICE-FRAUD"),
    ("陈老师是区里钢琴考级的评委", "AD24-EDUCATION"),
    ("跟着学过级稳稳的", "AD24-EDUCATION"),
    ("原价299的洗牙套餐，特价已经持续200天", "PRICE-FRAUD"),
    ("3号楼张大爷吃了两盒，膝盖不疼了", "AD16-ENDORSE"),
    ("别家干洗店收你80还洗不干净", "AD13-DISPARAGE"),
    ("有的师傅会给你剪坏，我们不会", "AD13-DISPARAGE"),
    ("蜂蜜礼盒原价268元，老顾客都知道平时89就能买到，今天79", "PRICE-NO-PRIOR-PRICE"),
    ("榴莲原价59元/斤，上周群里39元团过，今天45元", "PRICE-NO-PRIOR-PRICE"),
    ("全场五折起，部分商品除外", "PRICE-FRAUD"),
    ("跳楼价，进价都不止这个价", "PRICE-FRAUD"),
    ("特价4.9元/斤，满10斤起售，单买按15元/斤算", "PRICE-FRAUD"),
    ("美术集训，保证过本科线", "AD24-EDUCATION"),
    ("这款酵素保证三天解决便秘", "AD18-HEALTH-CLAIM"),
    ("对面水果店的秤，一斤能少一两", "AD13-DISPARAGE"),
    ("给孩子改个好名字，保证一生大富大贵", "AD9-SUPERSTITION"),
    ("这款滤芯经检测可去除99%细菌", "AD11-UNSOURCED-FIGURE"),
]
SIXTY_FOURTH_ROUND_REVIEWS = [
    # Comparisons hinted, contest titles without a year, named surveys, celebrities, originators.
    ("大米按斤卖和按袋卖，哪个更划算大家心里有数", "AD13-COMPARE"),
    ("有的店的羊肉为啥那么便宜，大家心里都有数", "AD13-COMPARE"),
    ("吃过别家的榴莲再来我们店尝一口，就知道差在哪了", "AD13-COMPARE"),
    ("本店橱窗里的蛋糕是全市烘焙大赛金奖作品同款", "AD9-SUPERLATIVE"),
    ("知名歌手都夸过的蛋挞，今天到货", "AD38-CELEBRITY"),
    ("本市餐饮协会调查：每周吃两次鱼的家庭平均少看一次医生", "AD11-DATA"),
    ("我们是本地手工米粉的原创品牌", "AD9-EXCLUSIVE"),
    ("换了几家修鞋铺都修不好的鞋，来我们这试试", "AD13-COMPARE"),
    ("有的摊位便宜是有原因的，大家懂", "AD13-COMPARE"),
    ("我们的咖啡豆新鲜度在本小区算是领先的", "AD9-SUPERLATIVE"),
    ("引用某检测机构的数据，净化率达95%", "AD11-DATA"),
    ("手工拉面，只有本店能做", "AD9-EXCLUSIVE"),
    ("我们的鸡蛋不是那种放了半个月的，大家懂的", "AD13-COMPARE"),
    ("来我们馆练一次就知道差别在哪", "AD13-COMPARE"),
]
SIXTY_FOURTH_ROUND_CLEAN = [
    # Near misses of the new patterns and clean copy the rules flagged before: official groups,
    # codes and exclusives denied, bans on ads, a limit of a service, add-ons and parts priced.
    "本群是本店唯一的官方售后群，其他群的链接别点",
    "本店不设独家代理，各区都可以进货",
    "我们没有什么独家配方，就是用料实在",
    "每张提货卡的卡号是唯一的，丢失请挂失",
    "本群禁止发布药品和理财广告，发现即踢",
    '感谢信："医生建议我们先观察，没有乱推荐药，很负责。"',
    "上门安装最高只上到6楼，高层请提前说",
    "我们敢保证的只有两件事：新鲜和足秤",
    "开锁换锁80元起，锁芯按品牌另算",
    "奶茶第二杯半价（加料另计）",
    "这款豆子偏柔和一些，我个人比较喜欢",
    "鸡蛋今日特价12.8元，昨日售价14.8元",
    "粽子礼盒5月售价68元，端午前售55元",
    "晚上8点后面包打8折，价格以收银系统为准",
    "欢迎把医疗废物以外的旧衣服送来回收",
    "我们只做宠物洗护，不给宠物治病",
    "有糖尿病的学员请提前告知教练",
    "我们保证不了每个橙子都甜，坏的包换",
    "地址：菜市场东门进去第一家",
    "充值送的金额细则贴在收银台，欢迎查看",
    "换轮胎30元起，配件另计",
    "上门检测费20元，配件按实际价格另算",
    "我们不是第一个开面包店的，但每天现烤",
    "我们不卖什么顶级货，就是家常菜",
    "已取得绿色食品认证（证书编号印在袋子背面）",
    "每晚打8折，天天都有，不是限时活动",
    "家电清洗（维修的话不另收）",
    "大米2.5元/斤，今日限量300斤",
    "本店唯一的师傅就是我，周一休息",
    "满3箱包邮，1箱收运费10元",
    "每天限量50份，卖完当天就没了，第二天再补",
    "宠物生病请去医院，别在群里问偏方",
    "别家买的电动车也可以来修",
    "自带杯减1元（杯子需干净）",
    "我们不敢说做得最好吃，只是用料实在",
    "我不说自家最便宜，价格都标清楚了",
    "我们不是这条街最大的店，但很干净",
    "第一位技师10点到岗，早来的请稍等",
    "第二件免费，免费件按最低价的那件算",
    "年卡日常标价999元，活动前7天均按999元成交，现价799元",
    "快递最快当天送达，偏远地区另说",
    "面包过了保质期的我们当天下架",
    "满99元包邮，不满99元运费8元",
    "本群唯一的下单入口在群公告里",
    "小店唯一的规矩：不卖隔夜菜",
    "俺们莫得啥独家配方，就是实在",
    "我们莫得啥秘方，就是熬得久",
    "顾客说老板从不跟他保证什么，东西却一直好",
    "我们不建议用保健品代替药品",
    "整个榴莲按毛重计价，现场开",
    "前3位到店的顾客我们送一份甜品（仅限3位）",
    "药房提醒：请带好纸质处方或电子处方",
    "行李箱最大尺寸可做到32寸，另有20寸",
    "洗衣机最大洗涤容量10kg",
    "面包当天吃完口感最好",
    "早上6点出第一笼馒头",
    "我们做不了顶级料理，只做家常菜",
    "不吹什么首选，来了就知道",
    "周末上午最忙，建议错峰来",
    "已获绿色食品认证，证书编号和认证机构印在包装上，可在国家认证认可监督管理委员会网站查询",
    "全场9折，烟酒和特价商品除外",
    "本周唯一一次到货，周五上午",
    "本月首个周末照常营业",
    "取件码是您取件的唯一凭证，请妥善保管",
    "本店是保健按摩，不提供治疗",
    "快递员均已通过平台实名认证",
    "最小起订2盒，欢迎团购",
    "我们按说明书和处方给建议，不乱推荐",
    "小店最大的心愿就是大家吃得放心",
    "我家馒头最大的特点就是有嚼劲",
    "新用户第一笔订单立减3元",
    "这款黄油是100%动物黄油，配料表可查",
    "我们不分什么特级顶级，按春茶秋茶卖",
    "我们不懂什么顶级食材，只会做家常菜",
    "满2件包邮，不足2件收运费6元",
    "维修报价当面确认（更换配件需业主同意）",
]

# The sixty-third round read tune224a … tune239b (written blind this round, each measured once
# before it was read) for rules; each reject and review here fails on the rules the round began
# with (8c37acb). Our own words, not the sets' copies.
SIXTY_FIFTH_ROUND_REJECTS = [
    # Vulgar hints, children pressed and schools used, rivals run down, health foods and
    # devices that cure, places and marks promised, returns guaranteed, bureaus and police
    # named, endorsers who never used the goods, prices told at the chair or charged on top.
    ("老公下班就想上的床，床品店周末上新", "AD9-VULGAR"),
    ("不喝的全是娘们儿，啤酒今晚买十送二", "AD9-VULGAR"),
    ("这套护理做完，保你让男人腿软", "AD9-VULGAR"),
    ("老板娘今天掌勺，胸怀宽广，来了就知道", "AD9-VULGAR"),
    ("烤串管够，兄弟们今晚都给我硬起来", "AD9-VULGAR"),
    ("平胸也敢出门？新款聚拢内衣到货", "AD9-VULGAR"),
    ("美式还是拿铁？小姐姐要哪个罩杯", "AD9-VULGAR"),
    ("理发师傅说了，上面下面都能剃", "AD9-VULGAR"),
    ("腰子吃完，今晚不求人", "AD9-VULGAR"),
    ("内衣试穿，不脱怎么知道合不合身", "AD9-VULGAR"),
    ("这瓜这么大，一只手握得住吗", "AD9-VULGAR"),
    ("生蚝配啤酒，老公夜夜跑不了", "AD9-VULGAR"),
    ("新调酒“邻家妹妹的初夜”今晚开卖", "AD9-VULGAR"),
    ("单身的快来，今晚不是一个人回家", "AD9-VULGAR"),
    ("喝不倒才算男人，啤酒一箱六十", "AD9-VULGAR"),
    ("小朋友自己骑去上学，这款平衡车超酷", "AD40-MINORS"),
    ("买了这个文具盒，全班你最酷", "AD40-MINORS"),
    ("回家让爸妈带你来办卡，天天都能玩", "AD40-MINORS"),
    ("妈妈不给买你就在家闹，闹到给买为止", "AD40-MINORS"),
    ("小朋友们，谁没有谁就不是好朋友哦", "AD40-MINORS"),
    ("没有这款手表，在班里会被看不起哦", "AD40-MINORS"),
    ("这周末哭着要爸爸带你来", "AD40-MINORS"),
    ("试听券随作业本带回家，请家长查收", "AD39-SCHOOL"),
    ("本园推荐这款儿童牛奶，请在班级群接龙订购", "AD39-SCHOOL"),
    ("本届校运动会由我们文具店冠名", "AD39-SCHOOL"),
    ("幼儿园开放日当天扫码报名送绘本", "AD39-SCHOOL"),
    ("东街那家宠物医院把好几只猫都治坏了，千万别送去", "AD13-DISPARAGE"),
    ("那边的教练都是速成班出来的", "AD13-DISPARAGE"),
    ("隔壁早点铺一锅油用好几天", "AD13-DISPARAGE"),
    ("那家理发店剪一个毁一个", "AD13-DISPARAGE"),
    ("那些连锁奶茶毫无灵魂", "AD13-DISPARAGE"),
    ("这条街别的店都在用廉价染膏", "AD13-DISPARAGE"),
    ("隔壁驿站三天两头丢件", "AD13-DISPARAGE"),
    ("那家健身房的教练就会卖课", "AD13-DISPARAGE"),
    ("这款黑芝麻丸，孩子记忆力翻倍", "AD18-HEALTH-CLAIM"),
    ("蓝莓原浆喝一个月，近视度数往下降", "AD18-HEALTH-CLAIM"),
    ("燕窝套餐喝满一个月，产后恢复包好", "AD18-HEALTH-CLAIM"),
    ("这款钙片孩子长个子必备", "AD18-HEALTH-CLAIM"),
    ("枸杞原液喝了能摘掉老花镜", "AD18-HEALTH-CLAIM"),
    ("小儿推拿，治新生儿黄疸", "AD17-DISEASE"),
    ("艾灸贴，肩周炎贴上就好", "AD17-DISEASE"),
    ("乳胶枕头，颈椎病睡一晚就缓解", "AD17-DISEASE"),
    ("腰椎间盘突出，来店按三次包好", "AD17-DISEASE"),
    ("理疗椅每天坐一坐，中风后遗症慢慢恢复", "AD17-DISEASE"),
    ("体育中考集训营，满分保底", "AD24-EDUCATION"),
    ("口算班一学期，期末双百不是梦", "AD24-EDUCATION"),
    ("去年学员八成考进了重点高中", "AD24-EDUCATION"),
    ("商铺租金收益每年保证6%", "AD25-RETURN"),
    ("现在囤金，明年必涨两成", "AD25-RETURN"),
    ("派出所民警为我们的防盗门代言", "AD9-STATE-ORGAN"),
    ("区商务局王局长亲临本店指导", "AD9-STATE-ORGAN"),
    ("土蜂蜜纯度高达99.9%", "AD11-UNPROVABLE-CREDENTIAL"),
    ("新品下月才上市，代言人说自己用了半年", "AD38-NOT-USED"),
    ("扫地机我还没拆箱，但我保证好用", "AD38-NOT-USED"),
    ("楼下阿姨用了降压贴，血压稳稳的", "AD16-ENDORSE"),
    ("老中医天天在用的艾灸盒", "AD16-ENDORSE"),
    ("市中心医院指定用药，药店有售", "AD16-ENDORSE"),
    ("染发价格进店由发型师当面报价", "PRICE-UNMARKED"),
    ("小狗洗澡29元，剪指甲、吹干另算", "PRICE-HIDDEN-CHARGE"),
    ("洗车19元，上门费现场按情况另算", "PRICE-HIDDEN-CHARGE"),
    ("游泳卡199元，需另购私教课方可激活", "PRICE-HIDDEN-CHARGE"),
    ("明天起车厘子涨两倍，今天抓紧", "PRICE-RISE-RUMOUR"),
    ("储值2000送2000，消费时每单只能抵扣10%", "PRICE-FRAUD"),
    ("双十一前提前调价，当天再打五折", "PRICE-FRAUD"),
    ("剪发9.9元，不办卡不给剪", "PRICE-FRAUD"),
    ("鸡蛋1元一斤，到店已抢完，请选购12元一斤的", "PRICE-FRAUD"),
    ("每天都是最后3小时，限时特价", "PRICE-FRAUD"),
    ("清仓甩卖，每卖一件亏30元", "PRICE-FALSE-REASON"),
]
SIXTY_FIFTH_ROUND_REVIEWS = [
    # Comparisons hinted, unsourced savings and surveys, originators, celebrities.
    ("国家质检中心认证合格的桶装水", "AD11-AUTHORITY-CLAIM"),
    ("同样的钱，在我家能多买一斤排骨", "AD13-COMPARE"),
    ("同样是做家政，为啥我们家回头客多", "AD13-COMPARE"),
    ("有的“现磨豆浆”其实是粉冲的还原，我们现磨", "AD13-COMPARE"),
    ("比起对面那种大班课，我们一个班6个人", "AD13-COMPARE"),
    ("跟隔壁超市比比就知道，咱家鸡蛋划算", "AD13-COMPARE"),
    ("洗衣比别的店快，别的地方十分钟就把你打发了", "AD13-COMPARE"),
    ("据2024社区消费报告，燕麦奶增速靠前", "AD11-DATA"),
    ("会员反馈三个月平均瘦了4斤", "AD11-DATA"),
    ("在我家买菜一个月能省下两百块", "AD11-DATA"),
    ("宠物零食的发明人亲自操刀", "AD9-EXCLUSIVE"),
    ("团购接龙模式就是从我家发源的", "AD9-EXCLUSIVE"),
    ("空调清洗比品牌售后便宜一半", "PRICE-REFERENCE"),
    ("常用药价格低于本市同类药房平均水平", "PRICE-REFERENCE"),
    ("请了电台主持人做代言人", "AD38-CELEBRITY"),
]
SIXTY_FIFTH_ROUND_CLEAN = [
    # Near misses of the new patterns and clean copy the rules flagged before: a shop's only
    # cook, a first parking space, ranks declined, limits, notices, fees told, tastings free.
    "本店唯一的厨师就是老板",
    "门口第一个车位请勿停车",
    "店里第一台烤箱今天退休了",
    "目标是做到街道口碑第一，现在还差得远",
    "不求做最大，只求每斤足秤",
    "不敢说自家饺子第一好吃，只能说馅是现剁的",
    "我也不晓得哪家最便宜，只保证秤准",
    "咱也说不上最正宗，就是家里晒的",
    "接龙最多30人，满了就截",
    "最小报名年龄5周岁",
    "蛋糕店尺寸最大的是10寸",
    "早上8点前到的菜品种最全",
    "面包每100g含蛋白质约9g（数据取自包装营养成分表）",
    "老板家人住院治疗，暂停营业两天",
    "宠物生病请去正规医院",
    "一次性口罩（非医用），50只一盒",
    "我们不是什么老字号，开了五年",
    "最近有人冒充官方认证团长，请注意",
    "我们尽量保证中午前送到",
    "本机构不对考试成绩作任何保证",
    "群规：禁止发布保本高收益理财信息",
    "盒饭从15涨到16，实在抱歉",
    "书法班只教写字，不包拿奖",
    "顾客说：“洗头小妹手法挺稳。”",
    "团购价与门店日常价一致",
    "价格都贴墙上，不弄原价现价那一套",
    "零售价以店内公示为准",
    "美甲纯色98元，款式做之前先报价",
    "原价45元（活动前7天实收价），本周38元",
    "没卖完的面包晚上7折，次日恢复原价",
    "葡萄每斤19.8元，整箱另有价格，问店员",
    "窗帘每米58元，安装费另计20元",
    "不敢说比别家便宜，秤是准的",
    "别家买的鞋也能来修",
    "我们店没请明星代言",
    "芝士蛋糕免费试吃，不需要购买，正常售价22元",
    "读书会免费参加，不需要买书，咖啡15元一杯",
    "本周活动价29.9元（上周在售价34.9元）",
    "蔬菜每斤3元起，只卖本地菜，剪发不在本店",
    "店里唯一的冰柜坏了，冻品暂停",
    "我们唯一能做的，就是分量给足",
    "第一声雷响时请牵好狗绳",
    "我们是小药房，不卖保健品",
]

SIXTY_SIXTH_ROUND_REJECTS = [
    # Prices settled after the work, bait switched, free offers paid in parts, cards before a
    # cut price, coupons devalued, member prices at the till, last days repeated, rivals run
    # down, women demeaned, innuendo, no rival dared, patients vouching, endorsers who never
    # used it.
    ("修鞋15元起，修完再定价，大家放心交给我", "PRICE-HIDDEN-CHARGE"),
    ("特价大米1.99元/斤，到店卖完的话请选购5.99元/斤的东北米", "PRICE-FRAUD"),
    ("免费洗牙！洁牙全部免费，只收检查费，检查费120元起", "PRICE-FRAUD"),
    ("烫发只要19.9，到店须先办卡充值300才能享受", "PRICE-FRAUD"),
    ("美甲8元起，进店后需先办会员卡才能做", "PRICE-FRAUD"),
    ("上个月发的50元优惠券，即日起每单只能抵5元", "PRICE-FRAUD"),
    ("猪肉2.99元/斤，结账时非会员按12.8元收", "PRICE-FRAUD"),
    ("闭店清货啦，这已经是今年第三次最后两天，全场一折起", "PRICE-FRAUD"),
    ("东头老王家的牛肉，注没注水大家心里有数", "AD13-DISPARAGE"),
    ("女的事儿多，烫发一律加20元", "AD9-DISCRIMINATION"),
    ("香蕉黄瓜一起团，姐妹们夜里自己用哦", "AD9-VULGAR"),
    ("咱家的砂糖橘，论甜度敢说没对手", "AD9-ABSOLUTE"),
    ("楼下王阿姨抹了两个礼拜，膝盖不疼了，这款药膏真管用", "AD16-ENDORSE"),
    ("家电清洗39元一台起，配件费、上门费现场由师傅报价", "PRICE-HIDDEN-CHARGE"),
    ("团购价6.9，下单后联系客服补运费", "PRICE-HIDDEN-CHARGE"),
    ("全屋保洁128元一口价，厨房、阳台另按项目收费", "PRICE-HIDDEN-CHARGE"),
    ("闭店清仓，全场3折，新货每天上架", "PRICE-FRAUD"),
    ("亏本价，低于成本甩卖，卖完就涨价", "PRICE-FRAUD"),
    ("原价99元（10月起调价），现价只要79元", "PRICE-FRAUD"),
    ("出厂价直供，比我们的进货价还低", "PRICE-FRAUD"),
    ("舞蹈班只收身材好的，太胖的请绕道", "AD9-DISCRIMINATION"),
    ("丑女勿扰，美甲新款上线", "AD9-DISCRIMINATION"),
    ("新到玩具弹弓，孩子们可以去公园打鸟", "AD40-UNSUITABLE"),
    ("这条街没人剪得比他好", "AD9-ABSOLUTE"),
    ("别去那些大药房，高价卖低效药", "AD13-DISPARAGE"),
    ("男明星代言月子中心，说产后修复亲身体验过", "AD38-NOT-USED"),
]
SIXTY_SIXTH_ROUND_REVIEWS = [
    # Comparisons with others implied, data without a source, an influencer's push.
    ("有的早教班一个老师看十几个娃，我们坚持一对四", "AD13-COMPARE"),
    ("经过上百只狗狗试吃，适口性提升了40%，挑食狗也爱", "AD11-DATA"),
    ("本市生活大V强推的烧烤店，今晚还有空桌", "AD38-CELEBRITY"),
    ("业内资料显示，这款燕麦奶的钙含量是牛奶的两倍", "AD11-DATA"),
]
SIXTY_SIXTH_ROUND_CLEAN = [
    # Near misses the rules rejected or flagged before: bookings, a gift's own limit, a price
    # kept a week, group rules, refunds, deposits, delivery thresholds, closures, extras told,
    # advice, claims declined, aims, specifications, lessons, own branches, notices.
    "洗澡需提前预约，电话在群公告里",
    "全场面包9折，每单满60元再送吐司一条，每单限1份",
    "平日标价3.2元/斤（前7天一直是这个价），今天活动价2.8元",
    "群规：严禁发布来路不明的治病偏方，违者踢出",
    "卡内余额可随时退还本金，赠送部分不退",
    "这家书店不为赚钱，能保本就行",
    "抽纸一提（3层×10包），1000分换一桶油",
    "帐篷租一天50元，租借需交保证金300元，归还后原路退回",
    "草莓3元/斤，送货上门需满40元，限2公里内",
    "1月30日是年前最后一天收衣，春节2月1日至5日暂停营业，2月6日恢复",
    "洗车包年1980元，一年内普通洗车不限次（打蜡、镀晶另收费）",
    "两人同行，第二位洗剪吹半价（需同一时段到店）",
    "满50元包邮（限市区，郊区另收运费6元）",
    "蛋挞冷藏保存，最好中午前吃完",
    "想做红烧肉的最好挑带皮五花",
    "我不会说自己的蛋糕最好吃，来尝一块您自己判断",
    "我们不做最便宜的，只做斤两给足的",
    "不敢说手艺多顶尖，但每次都认真剪",
    "小店愿做小区里最贴心的街坊",
    "每个苹果都挑到最好再装箱",
    "净水机最大日产水量2吨",
    "最大拉力数值标在吊牌上",
    "开学第一堂钢琴课9月1日开始",
    "水果店首家分店本周六开业，老店照常营业",
    "顾客常问“这是独家配方吗”，其实就是家常做法",
    "不敢说是第一家，但我们在这条街开了十年了",
    "本店唯一门店在和平路12号，没有分店",
    "唯一的帮手放假回家了，这两天出餐慢一点",
    "我们另建了一个单独家长群，只发课表",
    "保健食品不能刷医保，其他药品可以",
    "送餐时请保证电话畅通",
    "快递取件周期最长5个工作日",
    "面包出炉后一小时内吃口感最好",
    "我们是加盟店，价格可能跟其他门店不一样",
    "我们是社区小超市，小超市价格不一定比大卖场低",
    "证书可在国家认证认可监督管理委员会网站查询",
    "本批番茄已取得有机产品认证，证书编号见包装",
    "热水器1299元，含标准安装（改管材料费按实际另计）",
    "手机号实名认证的信息只用于核对，不对外提供",
    "有慢性病的会员请先咨询医生，确认可以运动再报名",
    "外院处方请保留原件",
    "家长问能不能保证过级，这个我们不承诺",
    "取件的唯一凭证是取件码",
    "群里传的“某某水果有毒”请勿转发",
    "我们保证每一单都足斤足两",
    "最长取件周期3个工作日",
    "我是家里第一个出来做生意的",
    "爬梯子时最好有人在下面扶着",
    "不讲“排毒”“治颈椎”这些，我们就是教拉伸",
    "我们就这一家店，也是唯一一家，没有分店",
    "这是店里唯一不含蔗糖的面包",
    "烘焙厂也给别的店供货。我们每周去看一次",
    "别的小区的团长问能不能从我这拿货",
    "冷萃比热冲更清爽",
    "价格不一定比超市便宜，胜在新鲜",
    "不做“三个月瘦十斤”这种承诺",
    "团购价38元/斤，原价(活动前7日本店成交价)45元/斤",
    "寄存最长到月底",
    "消费1元积1分，积分规则在小程序里",
    "本店唯一的窍门就是多熬一会儿",
    "孩子个子长得快，买的时候建议大一码",
    "未用完的本金余额可以随时申请退还，赠送部分不退",
    "比本店上周售价便宜2元",
    "处方由医生开具",
    "我不是医生，群里推荐的都是自家吃的",
    "我们不是这条街第一家卖烧饼的",
    "私聊说“稳赚高收益”的一律是骗子",
    "别在群里试偏方",
    "这个月第一款新品是桂花糕",
    "别家门店的储值卡本店不能用",
    "地面刚拖完，比较滑，进店请慢行、站稳扶好",
    "节假日人多，最好错峰来取",
    "炖汤最好选带骨的",
    "冬天最好及时加水",
    "榴莲最好挑开口的",
]
SIXTY_NINTH_ROUND_CLEAN = [
    # Six blind sets of the sixty-seventh round (tune284a … tune286b), their clean copies the
    # rules flagged, in our own words; each line is flagged by the check of 6269e05. The first
    # of a sequence of one's own, craft that is no top, a printer's largest size.
    "我们店的第一把剪刀是师傅送的，一直用到现在",
    "这是新群开的第一个团，截单周五晚上8点",
    "剪发手艺谈不上顶尖，但剪之前一定先问清长度",
    "图文店彩色打印最大可打A1，按张计价",
    # A prepaid card's principal refunded as the rules require, a stain on a school uniform, no
    # secret recipe, the one standard the shop holds itself to, a code unique to each customer.
    "充500元送50元，本金部分可按规定退还，赠送部分不退",
    "家长留言：“洗衣店把孩子校服上的墨印洗干净了”",
    "卤肉不搞什么独家秘方，就是老抽冰糖慢慢炖",
    "我选水果唯一的标准就是自己家也吃",
    "取货码每人唯一，请勿转发给别人",
    "取货时出示唯一的提货凭证：短信里的六位码",
    # Last round's near misses read for their false rejects (tune281b … tune283b): running down
    # other shops denied, a pass not offered, cures a class does not talk of, a racket's top
    # tension in pounds.
    "群里有人说：“店主从不说别家坏话，哪样菜不新鲜会直接说别买。”",
    "小店只做复印打印，不提供任何包过的代办",
    "太极班只练动作和呼吸，不讲治病",
    "网球拍穿线最大拉力30磅，穿线另收20元",
]
#: Beside the round's new catches: a card room's rule against stakes, a good-luck wish, a 斤 of
#: 500 grams.
SIXTY_NINTH_ROUND_BOUNDARIES = [
    "棋牌室通知：本室严禁带彩头，只供娱乐",
    "春节福袋图个好彩头，每个20元",
    "散装大米一斤500克，称重时去皮",
    # A cabinet's greatest height: now the spec context's (最高 with 可), no longer an exception.
    "橱柜吊柜最高可做到2.4m，按延米计价",
]
SEVENTY_FIRST_ROUND_CLEAN = [
    # The sixty-ninth round's blind near misses (tune288b, tune289b), their clean copies the rules
    # flagged, in our own words; each line is flagged by the check of 79e0112. A limit not
    # restocked, far addresses' delivery settled before the order, a false "exclusive agent"
    # denied, the first free slot, others' parcels left with us, a delivery time a customer saw
    # kept, a price the state does set.
    "限量30份：周日早上豆浆油条套餐8元，卖完当天不再补",
    "满39元同城包邮，外地运费另计，下单前客服会确认",
    "本店从未授权任何人招代理，所谓独家代理都是假冒的",
    "美容院：本周首个空位是周五上午10点，请提前预约",
    "别家平台的快递也可以寄存本店，免费保管两天",
    "“说好保证6点前送到，5点半就到了”——3栋 刘女士",
    "居民水费按政府定价收取，物业代收",
    # tune289b's (each flagged by the check of 79e0112 too): a new customer's first visit in
    # brackets, a customer's habit, advice when to collect, a wholesale price not quoted, our own
    # 本店 after others' coupons, a title refused, a small shop conceding range.
    "三人同行第三位半价（仅限首次到店）",
    "我最近最常来的就是这家，离家近",
    "天热，面包早上出炉，下午前最好取走",
    "零售群不报批发价，批发的老板请私聊",
    "别家的代金券本店用不了，本店满100减10",
    "叫我们首席咖啡师？不不不，就是个爱煮咖啡的",
    "咱这小店比不了大超市品种多，但菜新鲜",
    # tune290b's and tune291b's: health foods the shop says it does not sell or recommend, the
    # first to be told, a trace code, a person's only hobby, a promise of a fact the buyer can
    # check, stock promised to the first on the list, a report with every piece.
    "本店不经营任何保健食品，请勿轻信冒名推销",
    "群里只发团购，不推荐任何理财、保健品",
    "截团了，开团后我第一个通知你们",
    "每袋大米贴唯一追溯码，扫码可查产地",
    "老板唯一的兴趣就是钓鱼，周末可能晚开门",
    "秤准不准？这个我敢保证",
    "每天限量，接龙前10位保证有",
    "保证：每台二手电脑都附质检报告",
    # tune292b's: the group leader's only account against impostors, a range of sizes, the house
    # speciality, advice on how to order, an original price with its week of sales, the regular
    # price back after a sale.
    "团长唯一的微信号见群公告，谨防冒充",
    "童装最小码是80码，最大到140码",
    "咱家最拿手的是酸菜鱼",
    "座位少，建议首选外带",
    "饺子原价25元（前7天都卖25），周末20元",
    "牛奶特价活动已结束，今天起恢复原价5.5元/盒",
    # tune293b's: a ceiling's lamp changed, a seller unsure which is sweetest, a small shop that
    # cannot be the cheapest, a code on each egg, a lamp's lowest brightness, a group rule against
    # forwarding cures, every order weighed in front of the buyer.
    "店里天花板换灯管，周三上午暂停营业",
    "卖了这么多年菜，我也说不准哪个最新鲜",
    "我们是社区小店，价格做不到最低，能做的是缺货及时补",
    "每盒鸡蛋印有唯一编码，扫码可查产蛋日期",
    "露营灯最长续航约8小时（最低亮度档）",
    "请勿在群里转发治疗偏方类消息，违者移出群聊",
    "我保证每一单都当面称重，斤两有疑问当场复秤",
]
SEVENTY_SECOND_ROUND_CLEAN = [
    # The seventieth round's blind near misses (tune294b … tune304b), their clean copies the rules
    # flagged, in our own words; each line is flagged by the check of 356ab1a (the last eight by
    # that of 33df58c too): words an impostor or a pedlar uses, warned against; top goods or cooks
    # not used, a lowest price not cried; a top-up's principal back; a shop that seeks no sure
    # profit; a seal on each order; treatments refused after another item; the earliest booking, the
    # hottest of the shop's own levels, a craft still sought, the first van of vegetables, the
    # neighbours before business, the longest card sold, people travelling together, goods bought
    # elsewhere brought in, far districts' delivery told, the dearest item's price, a month's sales
    # at the original price, the week's price before the regular price returns, the regular price
    # after pre-orders, the group's one administrator, the best hour to visit, booking ahead as
    # advice.
    "冒充本店的人在群里发“顶级海参”链接，不是我们发的",
    "请勿相信上门推销保健食品的人，有问题问药师",
    "咱家做包子不用啥顶级猪肉，就是菜场的新鲜肉",
    "小本买卖不喊什么最低价，明码标价",
    "小馆没请什么顶级厨师，都是家常菜",
    "充300送30，赠送的30元不可提现，充值本金随时可退",
    "利润不高，不求稳赚，只求回头客",
    "我们保证每份外卖都贴好封签再交给骑手",
    "本店只做生活美容，不提供医疗美容或任何治疗",
    "修鞋最快排到周五，急的先打电话",
    "店里最辣的就是特辣档，怕辣的慎点",
    "还在琢磨最合适的那个火候，欢迎提意见",
    "早市第一班菜五点半到",
    "老规矩：街坊第一，生意第二",
    "游泳馆不卖年卡，最长就是季卡",
    "三人同行，价格最低的一份免单",
    "钱阿姨：别家买的鱼也拿来让他们帮杀，收两块",
    "包邮：同城满50元包配送，郊县另收运费10元",
    "本店最贵的蛋糕也就198元",
    "本店最贵的茶是298元/斤的龙井，最便宜的绿茶30元/斤",
    "羊毛衫干洗原价30元/件（11月每天都是这个价），12月1日起25元/件",
    "鸡蛋特价5.5元/斤（前7天售价6.5元/斤），周日起恢复原价6.5元",
    "粽子预订截至6月5日，之后按门市价现货销售",
    "本群唯一管理员是店长小李，其他人加你都别理",
    "周三店休那天上午最方便过来聊",
    "人多要等，提前预约最省事",
    # tune302b … tune304b's: frauds in "high returns" warned of, health foods the insurance card
    # cannot buy, a customer's one small remark, a parasol's highest point, a customer comparing
    # with her own cleaning, special supply denied, no expert recommending, the days at the
    # regular price.
    "凡以“保本高收益”为名私聊您的都是骗子，请报警",
    "医保卡只能买目录内药品，保健品不能刷",
    "顾客唯一的小意见：排队有点久——我们下周加一个收银台",
    "户外伞最高处2.2m，底座另购",
    "“阿姨把窗户擦得比我自己弄干净多了”——5单元李女士",
    "我们家卖的是普通大米，不是什么专供",
    "我不是健身专家，推荐的都是自己练过的动作",
    "老街坊：“原价的时候也买，打折时多囤点”",
    # tune305b's (each flagged by the check of c129761): what is made first, the worst case told
    # before a repair, the free piece the cheapest of the same kind, a model's top configuration,
    # shops of the same name disowned, a clinic's timetable, the regular price charged at weekends.
    "最先包好的馄饨先给预订的邻居",
    "师傅修之前先讲了最坏的情况，心里有底",
    "第二件免费：赠送同款中价格最低的一件",
    "这款是该型号的顶配：16GB+1TB",
    "外卖平台上其他同名店铺不是我们开的",
    "动物医院本周日疫苗门诊暂停，治疗类门诊照常",
    "工作日上午洗车25元，周末按原价35元",
    # tune306b's and tune307b's (each flagged by the check of 20847e2): a comparison declined, the
    # fee under the free-delivery threshold, the shop's first cat, a top tier of its own menu, a
    # coat's length, the least area cleaned, a lift's maintenance before a date, leftovers given
    # away, the one person who takes orders and money.
    "不敢说比别家做得好，只保证面条是当天擀的",
    "2斤起包邮（限本小区），不足2斤收配送费3元",
    "我们第一只猫店长今天三岁啦",
    "洗衣套餐：基础款20元/精洗款45元/顶配款99元",
    "大衣干洗：短款50元，长款（最长过膝）70元",
    "地毯清洗每平方米10元，最小起洗面积4平方米",
    "电梯维保：本周三2号梯停运，请走楼梯",
    "每天收摊剩下的馒头，晚上送去敬老院",
    "本群唯一接单收款的人是我，别人让转账都别转",
]
SEVENTY_FOURTH_ROUND_CLEAN = [
    # The seventy-second round's blind near misses (tune334b … tune350b) and clean copies of the
    # a-sets, their shapes the rules flagged, in our own words; each line is flagged by the check
    # of cec13c1: investment posts a group does not carry, pasteurisation's temperature, a recipe
    # not called secret, cures and detox words not boasted, a marinated steak told as such, a
    # class that is no cure, the basis of a reference told (months unchanged, the week before, a
    # whole month or year, dated days), no ointment named best, group rules, the one address, no
    # best only what suits, prices not asked in private, a holiday's last day to take clothes, the
    # first peak of a season, no celebrity hired, no leaflets at the school gate, sugar levels of a
    # menu, first-person tastes of two drinks or flowers, the web's prices never compared, menus
    # numbered No.1/No.2, a gift's everyday price, a cut off the everyday price, a booking price,
    # the shop's own retail price, a sale price from the opening, titles and rewards disowned, a
    # slicing fee told, a questionnaire's source, batches of the shop's own compared, a dearer
    # price owned, posted cost prices, cheats and impostors disowned, a rapid test's method.
    "本群只卖菜，不发布理财和高回报投资项目，看到请告诉群主",
    "鲜牛奶巴氏杀菌，72-75℃/15秒杀菌，冷藏保存5天",
    "这是我奶奶传下来的做法，不敢叫独家秘方",
    "我们推拿店不吹“包治百病”，就是帮大家放松",
    "这块牛排是调理的，不是原切，介意的别拍",
    "瑜伽不是用来治病的，也不能代替医生的治疗",
    "原价68元为本店平日标价，近两个月未调整",
    "活动前7天我们店零售价一直是12元/斤，团购价10元",
    "我不是营养专家，店里“店长推荐”只是我的口味",
    "请先带孩子看医生，店员不会给您推荐“哪款药膏最管用”",
    "群内禁止转发保健品、理财类链接，发现移出",
    "瑜伽不是治病的方法，也代替不了康复治疗",
    "本店在本市只有这一家，是唯一的营业地址，没有开分店",
    "茶没有最好的，只有合不合口",
    "请勿在群里私聊询价，处方药不在线上卖",
    "五花肉前7天（3月1日-7日）本店最低售价28元/斤，今天25元/斤",
    "入冬以来第一个羽绒服送洗高峰，取衣要等一周",
    "满减活动期间价签不上调，价格记录可查",
    "我们没请过明星代言，就是一家小面馆",
    "学校门口人多，我们不在校门口发传单",
    "唯一能说的是我们每单都称两遍",
    "标准糖约含糖8%，少糖约5%，按本店配方计算",
    "洗剪吹由原价48元调整为38元，原价48元为3月全月实际执行价格",
    "个人觉得手冲比美式更能喝出果香",
    "我觉得百合比玫瑰更耐放",
    "唯一的变化是取货点换到了南门",
    "我们没有比过全网价格，不承诺是最低价",
    "我不能说样样都比别家便宜，有的还贵一点",
    "菜单编号：No.1 美式（360mL，双份浓缩），No.2 拿铁",
    "这就是普通饮料，也没有什么调理作用",
    "有人声称投资5万每月返3000元收益，与本店无关",
    "满99元赠送洗衣液一瓶（2斤装，日常售价25元）",
    "老带新各减10元（剪发日常价40元，减后30元）",
    "蔗糖添加量比本店常规款减少约20%",
    "健身年卡原价2680元（本店自开业以来一直按此价格销售），本月2280元",
    "晚9点后面包7折，原价以门店价签为准",
    "不敢说自己是这条街第一家奶茶店",
    "我们没拿过什么奖，也没上过电视",
    "本店是足疗保健店，不是医疗机构",
    "储值卡没有利息、没有收益，更不存在“稳赚”这回事",
    "烤鸭按出炉后称重计价，片好另加5元",
    "我们不讲“排毒”，瑜伽就是运动",
    "取餐请到No.1窗口",
    "李阿姨吃完第一袋米后说有点硬，水可以多放",
    "12位试饮的邻居里8位说偏甜（数据来自当天的纸质问卷）",
    "卤鸭脖最好今晚吃完，冰箱也别放过一天",
    "我不是什么“金牌团长”，就是跑腿的邻居",
    "我们不敢说价格全网最低",
    "买二送一，赠送的是所选款式中价格最低的一个",
    "群里如有人以本店名义承诺收益，都不是我们",
    "真丝衣物洗护有风险，不能保证百分百恢复如新",
    "喝茶没有什么最好的，只有自己喝着舒服的",
    "我们不是这片最大的超市，也没打算做最大的",
    "货架最高层的商品请找店员帮忙取",
    "年卡原价2280元，为2024年全年本店年卡实际售价",
    "我们帮您看说明书，诊断和治疗还是要去医院",
    "我们不承诺帮您治好腰痛，身体有疾病请先咨询医生",
    "本店不卖任何号称“包治”的药品",
    "我们的阿姨不会向业主借钱、推销保健品",
    "每批肥瘦比例会有些差别。还有邻居问能不能切块",
    "老板个人口味：榴莲比山竹更合我胃口",
    "周五那批草莓会比今天这批更甜一点",
    "洗车套餐原价39元（为4月1日-4月7日本店实际收费），本周29元",
    "团长只卖菜，也从没承诺过什么收益回报",
    "车厘子原价89元/斤，为本店5月20日—5月26日的实际售价",
    "采用酶抑制率法快速检测，结果均为阴性（抑制率<50%）",
    "店小进货少，有的东西比大超市贵几毛，好处是近",
    "蔬菜按进货价加0.5元/斤出售，当天的进货单据贴在门口",
    "别信谁说喝哪种茶能降三高，我们不说这种话",
    "我们也不是做得最好的，就想做邻居喝得惯的那杯",
    "本团长不是什么销售冠军，就一个宝妈",
    "小店开了8年，说不上是这条街的老大",
    "教练不会跟你说“保证一个月瘦20斤”",
    "10次洗澡卡680元，单次洗澡日常价88元",
    "周一至周五上午剪发8折，原价48元，折后38.4元",
    "别家店的优惠券本店无法使用，请谅解",
    "本店不出售任何“祖传秘方”",
    "这批抽检糖度比上周那批高约1°Bx",
    "SUV、MPV使用赠送次数需补差价15元",
    "宠物洗澡预约价：小型犬59元/次（日常价79元）",
    "自提柜No.1至No.12已满，请到前台领取",
    "今天买菜比多花钱还心疼",
    "本期榴莲39.9元/斤为团购价，到店零售价49.9元/斤",
    "燃力健身店庆，店内日常标价2288元，活动价1888元",
    "我们不是什么王牌教练团队，就是几个爱运动的人",
    "咱家开了9年，不敢说比隔壁好，就是新鲜",
    "能瘦几斤，这个真不敢打包票",
    "我们尽量让您满意，但不敢说百分百完美",
    "今天唯一缺货的是五常大米，周五补货",
    "开店第三年，我觉得自己最大的变化是学会了少进货",
    "本店从不组织“投资收益”“高回报”类讲座",
    "我觉得没有谁家的最好看，只有合不合心意",
    "前腿肉原价26元/斤，指11月24日至30日本摊实际售价，今天22元",
    "我们的师傅不敢自称顶级发型师，但会认真听",
    "别家店的券本店无法使用，请谅解",
    "寄养没法做到零风险，我们每天发视频",
    "我觉得做面包最难的不是整形，是发酵",
    "换季童装按吊牌价5折，吊牌价即本店9月1日前的实际售价",
    "我们不搞考级包过那一套",
    "冬季羽绒被11月至次年2月店内售价399元，3月1日起清仓价259元",
    "成分100%山羊绒，建议干洗",
    "套餐价包含工具，上门后不另收费",
    "每个榴莲开房、口感都不一样",
    "过期药、用完的药瓶都可以带来回收",
    "手艺是跟我爹学的，不敢说啥老字号",
    "猫狗生病请去宠物医院，我们可以帮忙推荐附近的几家",
    "储值卡不设有效期，退卡的，未消费的本金部分全额退还",
    "我们不是这条街上最早开的，也不是店面最大的那家",
    "我们不卖“包治百病”的茶",
    "储值300元赠30元，本金部分可随时按余额退还",
    "我们不宣传瑜伽能治颈椎病",
    "不满38元收配送费3元，下月起的规则另行在群里公告",
    "会员卡不保本付息，任何人以本店名义承诺回报都不是本店行为",
    "对重量有疑问可以到菜场门口的公平秤复称，缺斤少两的当场补足",
    "东西不敢说比大超市便宜",
    "不比全网最低价，只说自家价",
    "我们家的面包不是全城最好吃的",
    "我们不敢说自家奶茶是这条街的No.1",
    "蛋糕放冰箱的话最好用保鲜盒装好",
    "我们能保证的只有认真备课、按时上课",
    "学生凭学生证剪发25元（日常价35元）",
    "首月月卡199元（日常价299元，近一年门店售价均为299元）",
    "周六上午为初中数学，教室在社区活动中心二楼，报名请带孩子",
    "游泳月卡日常价299元，本月新会员首月199元",
    "排骨本周26元/斤，和上周售价一样",
    "今天是本期满减活动的最后一天（活动时间6月1日–6月7日），今晚23:59结束",
    "本店不向未成年人出售酒类，购买啤酒时店员可能会请您出示身份证，学生放学后来买文具的欢迎",
    "本店唯一的售后渠道是小程序订单页面，不会私聊要验证码",
    "不跟全网比价，只跟我们自己比",
    "每人限购3斤，超出部分按原价6.49元/斤计算",
]

SEVENTY_FIFTH_ROUND_CLEAN = [
    # The seventy-third round's blind near misses (tune363b … tune385b) and clean copies of the
    # a-sets, their shapes the rules flagged, in our own words; each line is flagged by the check
    # of 88c2e95: a shop's wish, guarantees and titles declined, a next day's first run, impostors
    # warned of, bases of reference prices told (dated weeks, unchanged months, the rules' seven
    # days told after the prices), prescriptions, cures denied, the whole web's lowest declined,
    # a busiest day, gifts' shop prices, extras priced by use, live fish weighed before slaughter,
    # thresholds for free services, a calendar's last Wednesday, a last day open before a holiday.
    "在小区里开店八年，我们最大的心愿就是大家吃得放心",
    "做保洁的我们不敢拍胸脯保证零失误，弄坏了照价赔",
    "最早一班送菜车6点出发，错过的顺延到第二天第一班",
    "本店从不以“机关单位采购”名义打电话订货，请勿上当",
    "原价32元/500g（9月1日-9月7日本店售价），本周按25.6元出售",
    "我们没去比全网价格，不敢说最低，只比上周自己便宜了3元",
    "我们不跟全网比价，也不喊“最低价”，只保证标价和收银一致",
    "说实话我也尝不出哪款咖啡是“最好”的，只知道自己喜欢深烘",
    "我不当什么“水果之王”，就是2号楼的团长小李",
    "二手家电回收按实物估价，不保证一定比别家给得高",
    "这不是营养治疗餐，有糖尿病的老人请遵医嘱安排饮食",
    "我们不会拿按摩冒充治疗，身体不适请去医院",
    "医生开了处方再来本店配药，药师会核对用法",
    "开门后最早到店的前30位顾客每人送豆浆一杯",
    "夏装换季8折：短袖原价59元，长袖原价79元。原价为活动开始前7日内本店最低成交价",
    "清仓价：冷冻鸡翅11月5日起18元/斤，10月29日—11月4日本店实际售价22元/斤",
    "这周的土豆比上周便宜1元：上周（5月6日—12日）4元/斤，本周3元/斤",
    "往年都是我们订单最多的一天，请提前两天预订",
    "谁跟您说“保本”“零风险”，都多留个心眼",
    "有邻居问本店是不是小区唯一的药店？不是的，南门还有一家",
    "“全网最低”我们不敢说，只能说比上周便宜了10元",
    "“老板没跟我保证啥，但坏了的橘子真给换了。”——5栋刘女士",
    "零食、文具类订单统一在No.1取",
    "会员价说明：纸巾零售价25元，会员价22元",
    "本品为普通茶叶，不具保健功能",
    "如有人以本店名义邀请您去听讲座、买保健品，请不要轻信",
    "我不是什么首席设计师，就是剪了十年头发的普通师傅",
    "今年的荔枝比去年晚了大约一周，明天到货",
    "空调清洗含上门费和清洗剂，不另收费。如需加氟另按实际用量收费，施工前先告知",
    "别指望喝茶能治病，身体不舒服请先就医",
    "本店不做医美，也不用仪器做任何治疗。有皮肤问题的请先去医院皮肤科看看",
    "满199元赠送狗零食一袋（店内零售价15元），送完即止",
    "门店同款零售价45元（3月以来未变），团购价39元",
    "我觉得自己唯一拿得出手的就是耐心，欢迎来试剪",
    "我们的首家门店在东风路，第二家今天开业",
    "孙女说这是她收到的第一束花，特别开心",
    "不要因为别人说“泡脚能调理”就天天泡，不舒服请就医",
    "我们健身房不搞“一个月瘦20斤”那一套",
    "“王师傅剪的头发，长出来也不乱。”——老顾客赵先生",
    "本店从未委托任何人推销“高收益”“保本”理财，请勿上当",
    "价格我不敢说比网上便宜，您可以比比再买",
    "集满8个章兑换中杯拿铁一杯（加浓、换燕麦奶需另付差价）",
    "本月最后一个周五会员日就在明天，下个月每周五照常",
    "学校门口不让摆摊发传单，我们也不去校门口宣传",
    "白灼虾选中号的就够了，不用非挑最大的",
    "我们社区食堂不是什么养生餐，也不能调理身体",
    "我们不争什么“烧烤之王”，就是一家人做了十五年",
    "最先拆箱的是几款新到的羊毛围巾，欢迎来看看",
    "停车费按政府指导价收取，收费标准在岗亭公示",
    "干洗满49元免费上门取送，不满49元每单收取送费5元",
    "活鲈鱼按宰杀前毛重计价，宰杀后可在公平秤复称",
    "每箱净重5公斤（不含箱），带箱称重约5.3公斤",
    "有人在群里推“零风险、高回报”的理财项目，与本店无关",
    "本店没有分店，唯一的门店就在和平路8号",
    "卤味店就两个师傅，做不到什么“第一”，只能把每锅卤透",
    "美式日常售价18元，近半年没调过价，新会员首杯立减5元",
    "所谓“保本高回报”的都与我们无关，请勿上当",
    "猪排今天19.8元/斤，仅限今天；6月1日-7日本店成交价为23.8元/斤",
    "最后提醒：春节期间（1月28日–2月4日）本店暂停营业，年前最后一天营业是1月27日，需要年货请在1月26日前下单",
    "我们能保证的只是器械每天消毒，效果靠自己坚持",
    "亲子手工课体验价49元/组，日常价79元（本店8月实际收费）",
    "我们不跟谁比第一，只管把面条拉好",
    "本店不卖保健品，也不推荐任何“治病”的吃法",
    "个人看法：炖汤用筒骨比排骨更香一点，各家口味不同",
    "一位宝妈反馈：“预约制不用排队，带孩子剪头发方便多了。”",
    "本店不提供任何理财、投资或“保本返息”服务",
    "“自提点就在楼下，下班顺路拿，比跑超市省事。”——群友豆豆爸",
    "我们健身房不包瘦，也不卖减肥药",
    "货比三家是应该的，别家便宜就去别家买",
    "我们不敢说自己家的馒头是最好吃的，只能每天现蒸",
    "我们家不卖保健品，想调理身体还是去正规医院看看吧",
    "不是独家，这款牛奶很多超市都有，我们只是冷链到家",
    "家政秋季活动：日常保洁原价180元，9月10日-20日8.5折。原价为9月3日-9日本店最低成交价",
    "换季清仓：童装按吊牌价五折，吊牌价为今年9月至今的实际售价",
    "暑假班7月1日前报名减200元(原价1500元/4周,即今年春季班实际收费)",
    "做不到百分百，但我会尽力把坏果挑出来",
    "不太推荐大家花大价钱追那些包装上印着“顶级”的茶",
    "宠物洗护周三首单减10元（减后最低按30元收）",
    "他自己说最拿手的是短发，长发找小周",
    "本批次没有卖过，所以没有“原价”可标，按需下单",
    "到货时如果零售价下调，预售订单按低的价格结算",
    "纯牛奶团购价49.9元一箱。3月1日-3月19日店内零售价为59元一箱",
    "早上6点到8点之间来最合适，鲜奶刚上架",
    "有人冒充社区医院医生上门推销保健品，声称能治病，请报警",
    "本店只有两位发型师，做不到什么“唯一”，周末请预约",
    "本店不出售任何“祖传秘方”。有人上门推销“包治”的药品，请勿相信",
    "我们不敢保证练多久能瘦多少斤，网上那些“七天瘦十斤”我们做不到",
    "足浴店就是放松放松，不治病，也不调理什么",
    "晚8点后剩余的葡萄按当天标价6折卖，不参加折扣的整串葡萄照常原价",
    "新店开业第一周，每天前50杯拿铁第二杯半价，第51杯起恢复原价18元/杯",
    "有人冒充本店发“返现链接”，说扫码就能领“本金翻倍”的收益，本店没有任何理财、返现类活动",
    "身体不舒服请先去医院看诊，拿到处方后再来配药",
    "我们不敢说自己家的苹果是第一甜，每箱到货先切两个尝",
    "腊肉礼盒128元，江浙沪包邮，其他地区邮费按实际快递费另付",
    "今年头一批春茶到了，也是这个月唯一的一批",
    # …and the near misses of tune386b … tune392b: dated reference weeks, prescriptions in a notice,
    # guarantees, cures and exclusives declined, refund rules told, storage ways compared.
    "原价：4月1日—7日每斤15元；活动价：4月8日—10日每斤12.8元",
    "本店不销售任何理财产品，所谓“保本高回报”都是骗局",
    "药店通知：处方药需凭医生开具的处方购买，请提前备好处方",
    "处方药须凭医生开具的有效处方购买，请勿转借处方",
    "做了十年鱼摊，没有哪家能保证每条鱼都肥",
    "本店不卖所谓的“押题卷”，教辅请按学校要求购买",
    "健身房月卡199元（原价299元/月，即3月份本店月卡售价）",
    "冬枣放冰箱比放常温更脆，这是我们自己试过的",
    "本店只卖菜不卖理财，有人以“零风险、保本金”拉群请别相信",
    "本店不提供任何医疗或治疗服务，按摩仅为休闲放松",
    "不敢说是小区里做得最好的，但每一笼都是凌晨现包的",
    "青菜是邻居家种的，打没打过药我没法替他担保",
    "我不是医生，也给不了什么减脂保证",
    "有人在群里说“充值返利”“保本收益”的，都不是我们店的活动",
    "本店不敢自称“全城独家”，这款酸奶别的店可能也有类似的",
    "我个人觉得韭菜鸡蛋的最家常，不过口味没有标准答案",
    "店员没推荐最贵的，而是按我家狗的体重帮我挑了一款",
    "我不会说练普拉提能治好腰疼，那不是我能承诺的",
    "菜价涨了我也没办法，批发价就摆在那儿",
    "也没有任何储值或“投资回报”项目，请勿相信",
    # …and the near misses of tune393b … tune396b: numbered pickup points, bases told in brackets,
    # claims and cures declined, refunds and deposits, first runs of a delivery.
    "今天取餐牌从No.1开始重新编号",
    "我们不做“全网最低价”这种承诺，价签写多少结账就是多少",
    "会员价说明：洗剪吹门市价60元，会员价45元",
    "香蕉今天每斤由4.98元降为2.98元（4.98元为本周一至昨天售价），仅限今天",
    "工作日特惠：男士洗剪吹由40元（平日价格）调为30元",
    "群里转发的“某某蜂蜜能降血糖”之类的说法不是本店发布的",
    "我自己觉得解冻半小时左右口感最合适，纯属个人口味",
    "换鞋跟30元起，具体看鞋子材质，能不能修到店里看了再说",
    "自提点在1号楼No.1大堂",
    "每天7点开门后的第一位顾客送一个茶叶蛋，只限当天第一位",
    "我不想跟大家说“三个月瘦二十斤”这种话",
    "常有人问我们哪款茶“最好”，我们的回答一直是：适合自己口味的就好",
    "我们的面包不是全城第一，就是每天凌晨起来揉面",
    "储值卡不是理财，更没有什么“保本”的说法",
    "搬迁清仓7折（按吊牌价计，吊牌价即本店今年3月以来的一贯售价）",
    "【最后一天】本月充值赠送今天23:59结束，已到账的赠送金额长期有效",
    "修家电不敢说手到病除，老机器有时修不了",
    "桶装水押金30元，退桶时原价退还押金",
    "咖啡豆不是独家货源，很多店都在用，我们只是用烘焙后一个月内的",
    "节后第一个团会提前在群里通知",
    "划线价88元，是本群5月20日–6月5日这批车厘子的实际成交价",
    "我们是小机构，没办法保证每个孩子都能提分",
    "明天早上第一班送出，第一班一般在早上八点半左右",
    "循序渐进可能更适合大多数人",
    "【同价说明】7月本店门店、小程序、美团三个渠道的商品价格保持一致（配送费另计，平台满减券由平台承担的部分除外）",
]


SEVENTY_SIXTH_ROUND_CLEAN = [
    # The seventy-fourth round's blind near misses (tune397b … tune402b) and clean copies of
    # heldout82 and the a-sets, their shapes the rules flagged, in our own words; each line is
    # flagged by the check of 0f70ac9: a pairing in the first person, impostors' pitches, schemes
    # and cure-alls listed as none, a deposit given back, group rules, comparisons not claimed, a
    # menu's price back after an opening, flyers refused, a menu's own hottest level, a first
    # purchase, a most advised, a food not for coughs, a slogan not used, a best not claimed, the
    # basis in full, massage as care, false 原价 refused, a small shop's lowest, the town's first
    # beyond it, freshly baked best, the week's first group-buy, an extra quoted with consent.
    "我觉得配辣椒油最香，大家可以试试",
    "近期有人冒充本店团长，在群里拉人搞“鸡蛋众筹”，说保本金、零风险，本店从未做过任何理财",
    "本店没有“充值返利”“保本收益”之类的活动",
    "本药房不出售任何“根治”“包治”之类的产品",
    "充电宝免费借用，需交30元押金，归还后退押金，借用登记在前台",
    "群规：有问题请私聊群主，不要在群里互相争吵",
    "团长不敢说自己挑的桃子比别家好，只能说每箱都开箱看过",
    "店里的菜也不是样样都比超市便宜，有的贵一点是因为送到家",
    "别家怎么做我不评价，我们就认真做好自己的",
    "开业两周全场8折，两周后恢复菜单原价",
    "学校门口不让摆摊，我们也不会去校门口发传单",
    "4级是本店菜单里最辣的一档，怕辣的选1级",
    "积分从第一笔消费开始计算",
    "每天最好不超过两杯",
    "这款枣花蜜不能用来治疗咳嗽或者其他疾病，身体不舒服请就医",
    "我们不打“全网最低”的口号，标价就是实价",
    "这批葡萄不是今年我吃过最甜的，但价格实在",
    "本店“原价”指本次活动开始前7日内本店实际成交的最低价格，本周原价59元，活动价49元",
    "本店足疗属于日常保健放松，不能代替治疗，身体不适请就医",
    "比起开分店，我们更想把老街坊照顾好",
    "不搞虚假原价：这周苹果3.5元/斤，上周是3.8元/斤",
    "我们只卖五谷杂粮，不懂什么治病偏方",
    "守时是开店最基本的事",
    "我们店小，做不了全网最低价，只能保证称足",
    "这碗面谈不上全城第一，是家传的方子",
    "做不到最好，但尽量每天新鲜",
    "包子刚出锅那几分钟口感最好，建议趁热吃",
    "本周第一团：周二上午9点开团",
    "减肥还是得靠管住嘴迈开腿，代餐只是方便",
    "挂机清洗68元/台，不含加氟（如需加氟另按明细收费，师傅先报价，您同意后再操作）",
    "第二杯按原价16元的一半8元计算",
]


SEVENTY_THIRD_ROUND_CLEAN = [
    # The seventy-first round's blind near misses (tune308b … tune321b, a rebuilt near-miss brief),
    # their clean copies the rules flagged, in our own words; each line is flagged by the check of
    # e45ec38: a lowest price declined or not competed for, words of scammers and impostors
    # disowned, zero risk owned, numbered pickup points and lockers, a purchase at the 原价 in a
    # customer's words, the one shop with no branch, a trial price beside the everyday one, a
    # treatment or a doctor's place disclaimed, results no one can promise, the seven days' lowest
    # price as the basis, a service that is no cure-all, a comparison declined, points not cashed,
    # a cap on a list, the cheapest piece free, the group's one after-sales contact, figures from
    # the recipe, a wholesale price as the reason, an optional top-up in a bracket, a drink made two
    # ways, titles and firsts disclaimed, the first basket of the morning, a month's own price as
    # the basis, readings posted, the first customer in, a fee told when ordering, prices as the
    # tags mark them.
    "我们蛋糕店做不到全网最低价，只能保证奶油是动物奶油",
    "不说全网最低，只报本店价：排骨32元/斤，本周有效",
    "不敢说全网最低,价钱都写在价签上了",
    "会员卡不是理财，没有利息，也不存在“零风险高回报”一说",
    "游泳也不是零风险，下水前请先热身",
    "3号楼No.1快递柜暂停使用，请到No.2柜取件",
    "“原价买完第二天就降价了，团长把差价退给我了。”——5栋刘姐",
    "本店在和平路66号，是唯一门店，未开设分店",
    "谨防有人冒充医生上门推销保健品，本店从不上门",
    "洗牙套餐首次体验价99元（日常价168元），每人限一次",
    "推拿不能代替治疗，身体不适请先去医院",
    "没人能保证你一个月瘦多少斤，坚持练才有变化",
    "按活动前7日内本店该商品最低成交价计算折扣",
    "2号楼大堂No.1货架放生鲜，No.2货架放日用品",
    "干洗不是万能的，陈年污渍不一定能洗掉",
    "发型师私下说一句：我不敢说剪得比别家好",
    "理发由40元调为35元（约8.8折），长期执行",
    "我们普拉提不是治疗，有伤病的会员请先问医生",
    "积分不能转让，也不能兑换现金",
    "近期有人冒充本店员工在业主群推销“保本”理财，请勿相信",
    "凡是自称本店推荐“稳赚”项目的，都和我们没关系",
    "接龙最多接30份，满了就截",
    "我不懂什么养生，这蜂蜜就是老家自己摇的",
    "药店店员不是医生，用药请咨询您的主治医生",
    "第6件免费，免费的是6件里单价最低的一件",
    "取货柜No.1—No.4在东门，No.5以后在西门",
    "本群唯一售后微信是店长的企业微信",
    "数据来自配方计算，以包装上的营养成分表为准",
    "牛肉上周起从45元/斤调到42元/斤，因为批发价降了",
    "集满8个章免费换一杯（或补差价换其他饮品）",
    "这款乌龙茶加牛奶比单喝更顺口，仅供参考",
    "我们只是卖狗粮的，不懂治病，狗狗拉稀请去宠物医院",
    "本店不是政府指定的家电回收点，办不了补贴",
    "我们做保洁五年了，不算老字号",
    "周日早市第一筐鸡蛋是凌晨从农场拉来的",
    "我们不说自己是第一家，只说价格写清楚",
    "2018年我们在这条街开了首家店，今天第二家开业",
    "空调清洗原价90元/台（4月本店价），本周两台起每台75元",
    "两个月卡398元（平时月卡标价258元/月）",
    "泳池检测数据公示在入口的白板上",
    "谁跟你说“零风险”、能返本金的都是骗子",
    "我们不敢说零风险，寄养难免有小磕碰",
    "全网最低我们不敢比，只说自己：鸡翅19.9元/斤",
    "今早No.1到店的是7点的王阿姨",
    "面包不是什么“最好吃的面包”，就是每天现烤",
    "我们不在学校门口摆摊，也不发传单",
    "退卡时储值本金按未消费部分原路退还",
    "请保证留下的手机号能打通",
    "下单时就会告知上楼费，不会到了门口再加价",
    "中秋月饼8折，具体价格以店内标价签为准",
    "原价每月199元（近三个月门店标价），本月办理169元",
    "满3串送1串（送的是其中价格最低的一串）",
    "本群价格跟其他平台、其他门店的价格无关，我们只管自己",
    # tune322b … tune325b's and the a-sets' clean copies (each flagged by the check of e45ec38): the
    # lowest price not said, the shop's first machine, a numbered locker door and queue, a first
    # shop opened last year, flour wholly of one kind, a dated week's lowest price, a promise not
    # cried, scams and products disowned, a top-up refunded in full, a 原价 not played with, a
    # dated clearance price, a priced fee after another, the first year's last day, a quiet room,
    # no ranking among coffees, a haircut's feel quoted, discounts off the marked price,
    # wholesale prices followed.
    "全网最低这种话咱不说，价钱都贴在黑板上",
    "店里第一台自动售货机今天装好了，只支持扫码",
    "快递柜No.1号柜门坏了，请别往1号柜存件",
    "今早排队No.1的是5栋张阿姨",
    "去年这时候我们刚开第一家店，今天第二家开业",
    "配料：全麦粉、水、盐，面粉部分100%为全麦粉",
    "羽绒服清洗35元/件（3月1日–14日本店最低成交价45元）",
    "有人问我为什么不喊“保证全好”，因为我做不到",
    "群里有人发理财链接，保证收益的都是骗子，谨防上当",
    "有人在群里说“存钱到店里保本”，本店从未发布过",
    "本店从未发售任何“保本理财卡”，请勿相信",
    "凡是声称零风险、高收益的，都不是本店的业务",
    "如需退卡，未消费的充值本金全额退还",
    "储值卡不是理财，也不存在“零风险高回报”",
    "我们不搞先涨后降，也不搞“原价”噱头",
    "清仓价39元/袋（9月1日–9月30日本店售价59元），售完即止",
    "空调清洗79元/台（原价99元/台，为今年4–5月本店标准价）",
    "满39元免配送费，不满收配送费3元。蛋糕另收保温包装费5元",
    "开店第一年的最后一天，谢谢大家，明天照常营业",
    "自习室里安静第一，请把手机调成静音",
    "咖啡没有谁第一谁第二，喜欢就好",
    "一位老顾客留言：“剪完头发清爽多了。”谢谢您",
    "洗剪吹按门市价40元的8折收取，即32元",
    "折扣以价签上的当日零售价为基础计算",
    "我们每天按当天批发价调整价格，价签早上更新",
    # tune330b … tune333b's (each flagged by the check of e45ec38): the first in the queue and a
    # numbered table, the far postage told, a scam "in the name of" disowned, no signature dish,
    # the free piece at the lowest price, a top title not claimed, a numbered pickup locker, the
    # smallest pack as a legal cap, no comparison with the web, no century-old shop, wholesale
    # prices falling, no promise made, a dated basis before a booking price.
    "排号第一位的顾客请到前台，No.1号桌已经收拾好了",
    "水果满2箱包邮（仅限本市），市外地址补运费10元",
    "近期有人以“保本保息”为名拉邻居投钱，本群与此事无关",
    "红烧肉照奶奶的做法烧的，也不是什么王牌菜，就是家常味",
    "第3件免费（按最低价计），活动到月底",
    "猪肉不敢称“顶级”，就是每天早上屠宰场拉来的",
    "我们家不敢说自己是“烧烤界的王者”，就是一家小铺子",
    "自取请到店门右侧No.1取餐柜",
    "每人每次限购不超过2个最小包装",
    "这是我们团的价格，不跟全网比，各平台价格大家可以自己查",
    "我们不是什么百年老店，开张才两年",
    "前腿肉降价是因为近期生猪批发价回落",
    "瘦多少因人而异，我们不做任何保证",
    "家庭保洁活动前7日内成交价280元，4月下单按240元结算",
]
SEVENTIETH_ROUND_CLEAN = [
    # The sixty-eighth round's blind near misses (tune287b), their clean copies the rules flagged,
    # in our own words; each line is flagged by the check of d3bf069. A customer's experience
    # signed with her nickname, the first to order or sign up.
    "顾客@豆包妈 的使用体验：洗得挺干净，下次还来",
    "网友“果果妈”的真实体验：面包当天吃完很软",
    "最先下单的20位邻居周五先发货，其余周六发",
    "最先报名的10位邻居可以先选上课时间",
]
SIXTY_EIGHTH_ROUND_CLEAN = [
    # Eighteen blind sets of the sixty-sixth round (tune272a … tune280b), their clean copies the
    # rules flagged, in our own words; each line is flagged by the check of e05b26f. Advice to
    # take it away, a top the shop will not claim, the first slot of a day's bookings, the one
    # thing the shop can promise.
    "店里座位少，饭点人多的话最好打包回去吃",
    "咱不敢说顶级，就是每天自己去码头挑的鱼",
    "美甲周日首个时段10:00已约满，下午还有空",
    "我唯一能保证的是：面条都是当天早上现压的",
    # The first slot of a day, a contest's winner named by building, the group's only order link.
    "洗车预约：周日第一个档是8:30，最后一个档是18:00",
    "社区象棋比赛少年组第一名是5栋小杰，奖品已送到",
    "群公告：这是本群唯一的接龙链接，别的链接不要点",
    # Two superlatives the shop will not claim, one after the other.
    "咱就是个小菜摊，不敢说什么最新鲜最便宜，只能说菜是每天早上现摘的",
]
SIXTY_SEVENTH_ROUND_CLEAN = [
    # Thirty-two blind sets of the sixty-fifth round (tune256a … tune271b), their clean copies
    # the rules rejected, in our own words; each line is rejected by the check of 176af99.
    # A season's first new item, a contest's first place and its prize, the heaviest of the
    # gym's own weights: an order and a size, no rank of the goods.
    "新茶季第一款：安吉白茶，明早到店",
    "亲子跳绳比赛周六上午举行，第一名由物业送一张洗车卡",
    "使用器械区请注意：最大重量的杠铃片请两人配合搬运",
    # 最好 as "had better" before moving or putting away: advice.
    "暴雨预警，楼下的电动车最好停在地库，别停在路边",
    "晚上风大，门口的花盆最好收进屋里",
    # The free piece counted as the cheapest: how the offer is counted.
    "买三送一（以价格最低的一件为准），活动到月底",
    # An official come to teach, a refusal to take part: a notice, no endorsement, no promise.
    "街道的干部今天来店里宣传反诈知识，大家有空看看群公告",
    "本店不参与任何保本理财项目，陌生人拉群请别信",
    # A fee told: under the free-delivery threshold, per piece, for an extra the buyer may ask
    # for, per floor.
    "宠物粮买两袋包邮（限本市），不满两袋运费10元",
    "外卖包装费2元/份另收，堂食不收",
    "定制窗帘每米98元，可上门安装（另收80元）",
    "搬家小货车起步价200元（含1名师傅、无电梯按每层另加15元）",
    # The second sixteen: the best the shop itself can do, words named as words it will not use,
    # the first customer to sign up, what a printer takes at most, a group's rule and a warning
    # against schemes, a result not promised, an extra told before the van leaves, the cheapest
    # piece counted in 块.
    "每一份早餐都想做到我们自己能做到的最好，哪里不好请直说",
    "我们不会说顶级、天花板那些词，就是老老实实做面",
    "第一位办健身卡的刘阿姨说：“下楼就能练”",
    "复印店的打印机最大可以打A1海报，当天取",
    "本群群规：禁止发理财、保本收益之类的链接，发现即移出",
    "社区提醒：有人打着高收益稳赚旗号拉老人进群投资，都是骗局",
    "我们不会跟你保证练一个月能瘦几斤，先把动作练对",
    "小区搬家一车280元起，楼层费另算，先报价再出车",
    "水果切块拼盘买二送一，送其中价格最低的一块",
    "本店每月第一、三周的周二上午盘点，暂停营业",
    "空气净化器滤网：第一级初效网，第二级HEPA，第三级活性炭",
    "洗鞋满3双第4双免费（按价格最低的一双计），活动至月底",
    "核桃3斤装59元，包邮（新疆、西藏除外，这两地加收运费12元）",
    "会员卡不在群里报价，想了解价格再问前台。次卡99元，月卡299元",
    "窗帘样布挂在店里，欢迎来摸摸看",
    "提子今天到货，不洗不剪，整串称",
]
FIFTY_FOURTH_ROUND_REJECTS = [
    # heldout60's misses (measured once at the fifty-second round's start), in our own words:
    # yesterday's price said with 昨日 / 前几天 under a 原价 written up.
    ("昨日售价25，今日原价40限时6折24", "PRICE-FALSE-MARKUP"),
    ("前几天卖18，今天原价标30，八折24", "PRICE-FALSE-MARKUP"),
    # A scarcity is still contradicted by a recurrence the copy admits (not by a dated period).
    ("还剩 6 个上门时段，每周都这么发，名额管够", "PRICE-FALSE-URGENCY"),
    # heldout60's violations the rules alone missed (the reader caught them): a skin disease
    # gone after one wash, nodules that "dissolve", a stroke's after-effects pushed away; an ad
    # on a school's bus and a tasting held in a kindergarten; an elder's blood pressure told as
    # a drug's proof; an association's recommended unit; a massage girl you will not leave; a
    # drink "big and soft"; leading the country written 领跑; a scooter ridden on the road; fees
    # left to the bill; a rival vet's wrong prescriptions, a rival's stale beans; income while
    # lying down; premature birth prevented; pupils 100 % admitted (考入).
    ("猫咪药浴一条龙，猫癣、耳螨泡一次就好", "AD17-DISEASE"),
    ("艾灸馆调理：子宫肌瘤、乳腺结节都能消", "AD17-DISEASE"),
    ("正骨工作室：腰间盘突出，老师傅一按就好", "AD17-DISEASE"),
    ("小书童书法班广告已印在第二小学校服上", "AD39-SCHOOL"),
    ("下周一到向阳幼儿园开展酸奶试吃活动", "AD39-SCHOOL"),
    ("老人家吃了这款降糖药两个月，血糖稳稳的", "AD16-ENDORSE"),
    ("市咖啡行业协会重点推荐门店", "AD11-UNPROVABLE-CREDENTIAL"),
    ("足疗会所美女技师温柔体贴，来了就舍不得走", "AD9-VULGAR"),
    ("新品雪媚娘又大又软又好捏", "AD9-VULGAR"),
    ("本店洗护技术全国领跑", "AD9-ABSOLUTE"),
    ("平衡车要冲到大马路上才刺激，小朋友快来试", "AD40-MINORS"),
    ("特价盒饭12元，打包费餐具费结账时再说", "PRICE-HIDDEN-CHARGE"),
    ("对面那家诊所乱开药，我们这里才靠谱", "AD13-DISPARAGE"),
    ("隔壁米店卖的都是陈米，来我们这买新米", "AD13-DISPARAGE"),
    ("加盟我们的社区店，躺着就能赚分红", "AD25-RETURN"),
    ("孕期喝我们的阿胶羹，能防流产", "AD17-DISEASE"),
    ("今年我们学生100%升入重点初中", "AD24-EDUCATION"),
    # tune57a's (written blind to compare readers) violations the rules alone missed: a stand in
    # a kindergarten's hall; tenants turned away for coming from the countryside; losses covered
    # at a mahjong table; a foot-wash girl; a free visit whose fees come at the door; a
    # one-yuan lure of undisclosed stock; returns that triple; a named supermarket's stale meat;
    # others' teachers a waste of money; a supplement that keeps a child well; infertility
    # "cured"; a fibroid that melts away; 冠绝 and 断层王者.
    ("周五在实验小学操场设点，学生放学领试吃装", "AD39-SCHOOL"),
    ("单间出租，只租本地人，外省人免谈", "AD9-DISCRIMINATION"),
    ("棋牌室周年庆，输了算我的，赢了归你", "AD9-GAMBLING"),
    ("洗脚城新来几个妹子，懂的来", "AD9-VULGAR"),
    ("免费上门测量！上门后人工费80元另算", "PRICE-HIDDEN-CHARGE"),
    ("1元抢电饭煲！库存以门店实际为准，到店可换购其他款", "PRICE-FRAUD"),
    ("加入茶园认购，三年回报翻两倍", "AD25-RETURN"),
    ("福满多超市的牛肉都是放了半年的冻肉", "AD13-DISPARAGE"),
    ("别家托管班老师都是临时工，送过去纯属白花钱", "AD13-DISPARAGE"),
    ("儿童益生菌每天一包，孩子少生病", "AD18-HEALTH-CLAIM"),
    ("宫寒不孕也能调好，来做艾灸", "AD17-DISEASE"),
    ("穿我们的磁疗护腰，腰突慢慢消失", "AD17-DISEASE"),
    ("我家酸辣粉味道冠绝整条街", "AD9-ABSOLUTE"),
    # tune58a's (written blind to compare readers) violations the rules alone missed: other
    # shops called filthy or their coaches amateurs; customers refused for their origin; the top
    # of a country or a district in other words; a disease that stops flaring; fees paid at the
    # door; a drink to be licked; snacks eaten in class; a stall at a kindergarten's open day.
    ("那些连锁干洗店衣服堆一起洗，恶心死了，我们单件单洗", "AD13-DISPARAGE"),
    ("别家培训班老师都是半路出家，来我们这学", "AD13-DISPARAGE"),
    ("外省人和农村来的不服务，本会所只接待高端客户", "AD9-DISCRIMINATION"),
    ("口感全市顶配的榴莲到货", "AD9-ABSOLUTE"),
    ("这家奶茶在本区人气榜首", "AD9-ABSOLUTE"),
    ("颈椎病的老人睡了我们的枕头不犯病", "AD17-DISEASE"),
    ("19.9元抢粽子礼盒，提货时另收包装费", "PRICE-HIDDEN-CHARGE"),
    ("新品布丁嫩到出水，快来舔一口", "AD9-VULGAR"),
    ("跳跳糖悄悄带进教室，上课吃才好玩", "AD40-MINORS"),
    ("在园内家长开放日摆摊，报名送玩具", "AD39-SCHOOL"),
]
FIFTY_FOURTH_ROUND_REVIEWS = [
    # Others' prepaid shops said to vanish, set against our years here: a hint at rivals.
    ("有的瑜伽卡办了没几个月人就没了，我们在小区开了六年", "AD13-COMPARE"),
    # heldout60's: others' goods "actually" treated, ours set against them; a founder's shop
    # and food found nowhere else; a star said to be a regular.
    ("有些橙子看着新鲜其实染过色，我们家的放心吃", "AD13-COMPARE"),
    ("烤鸭创始店，独创秘方，别家吃不到", "AD9-EXCLUSIVE"),
    ("据说某男星也是我们店的常客", "AD38-CELEBRITY"),
    # tune57a's: the first to open on an estate; the trade's statistics with no source.
    ("我们是小区里最早开的水果店", "AD9-SUPERLATIVE"),
    ("行业统计显示，净水器滤芯一年要换两次", "AD11-DATA"),
    # tune58a's: others' meat hinted at; an unnamed expert's advice; a price below a trade.
    ("别再买那些冻了几年的肉了，来我们这儿看看", "AD13-COMPARE"),
    ("有教授说饭后散步挺好的，本店运动鞋八折", "AD11-DATA"),
    ("比商超便宜两成，同款同规格", "PRICE-REFERENCE"),
]
FIFTY_FOURTH_ROUND_CLEAN = [
    # Other shops only closed for a holiday, told beside our hours.
    "有的店关门了，我们照常营业",
    "春节有些店放假了，咱家初三就开门",
    # What the new lines must leave alone: a consumption fee, disinfection after each wash, a
    # kindergarten's own open day, a bill's fees stated, an elder's dose told by a pharmacist.
    "皮肤病患者请先咨询医生，本店药浴仅做清洁，每次消费满100元送护毛素",
    "宠物洗澡一次就好好吹干，用的是低噪音吹水机",
    "本周六幼儿园开放日，家长可以陪孩子参观",
    "打包费1元/盒，配送费3元，结账时一并列出",
    "王大爷来买降压药，药师提醒按医嘱服用",
    # tune57b's (150 clean near misses, written blind to compare readers) that the rules flagged,
    # in our own words: the speaker first to complain; a heat treatment's temperature and time;
    # dieters told to keep away; a job better than agreed; the customer's convenience and wish;
    # the first shop beside a second; the busiest hours; people who dislike fuss; a dated week's
    # last places.
    "菜不新鲜的话我第一个站出来退款",
    "酸奶发酵前 95℃ 杀菌 5 分钟，冷藏保存",
    "减肥的姐妹慎入，今天出炉的全是黄油可颂",
    "业主王女士：“师傅装得比说好的还快。”",
    "你最方便哪天，我们就哪天上门",
    "第三家店在南门，第一家门店照常营业",
    "我们店最闲是下午两点到四点",
    "最怕麻烦的上班族可以选我们的净菜套餐",
    "春节最后一周上门档期：2 月 1–7 日，还剩 4 个时段",
    # …and what tune57a's new lines must leave alone: a school's own canteen notice, a quoted
    # stake-free game, a free visit whose fee is stated before it, a stock told in numbers.
    "本店不在学校内设点，欢迎家长周末到店",
    "免费上门测量，如需安装，安装费80元，上门前告知",
    "1元秒杀滚筒洗衣机，共3台，抢完即止",
    # tune58b's (150 clean near misses, written blind) that the rules flagged: a customer who
    # hates the heat or fussy eaters at home; the first shop out of a gate; a device's top
    # setting; safety first; the first sign on the way in; what you would most like.
    "最怕冷的姐妹看过来：羊毛袜到货",
    "家里最挑嘴的孩子，可以试试我们的番茄意面",
    "北门出去第一家就是我们的早餐店",
    "吹风机最高温度档请勿对着宠物皮肤",
    "高空作业我们不接，安全第一",
    "小区南门进来，第一个蓝色招牌就是",
    "你们最想吃什么馅的包子？留言告诉我们",
]
FIFTY_THIRD_ROUND_CLEAN = [
    # tune55b's (150 clean near misses over every kind, written blind) that the rules flagged:
    # a 最 about customers, a place or an age; the first door on the way in; a fee "not
    # charged"; a bread's baking time; the new kit against the old; and what the new lines must
    # leave alone.
    "老人家最常问的几个问题我们打印出来贴门口了：几点开门、能不能送货、怎么付款。",
    "大家最关心的配送问题统一回复：小区内免费送上楼，小区外暂时不送。",
    "地址：幸福路最东头，社区菜场对面，门口有绿色雨棚的就是我们。",
    "我们家最小的客人是3个月大的宝宝，最年长的是92岁的王爷爷，谢谢街坊们这么多年照顾。",
    "北门进来右手边第一家，黄色招牌“老陈水果”，门口有秤可以自己复称。",
    "家政阿姨我们会先带着上门见一面，您觉得合适再定，不合适换人不另收费。",
    "烤箱最高温度250℃，我们烤欧包用220℃、25分钟，每天10:30第一炉出炉🥖",
    "新换的蒸笼比旧的大一圈，一笼还是8个汤包，只是不那么挤了。",
    "请家长看好孩子，不要让小朋友站上栏杆",
    "消协提醒：购物请保留小票",
    "家电清洗师傅上门先看机器再报价，同意后才施工",
    "我个人最爱店里的桂花拿铁，不过口味因人而异，欢迎试试别的。",
    "原价42，今日特价32，平时卖36",
    "我家的肉从不注水，欢迎复称",
    "隔壁只会做川菜，我们主打粤菜",
    "年卡到期前可按原价续卡，已有积分继续有效",
    "本店装修停业3天，12月8日恢复营业，新品同步上架",
    "手冲咖啡买二送一，相当于6.7折",
]


def test_a_price_cut_announced_or_a_true_half_price_is_not_a_false_reference(check) -> None:
    # A 原价 said newly set is fictitious; a new price set below the 原价 is a cut, half price
    # that is half and a saving that adds up are true: each is only the 原价's ordinary review.
    # So are a 原价 the copy says was always charged, a tag price whose figure is the rate and
    # a day's price (周日收35元: no daily income), once rejected as a fiction, a false rate and
    # a return.
    for text in (
        "原价25元，新定价18元，即日起执行",
        "蛋挞原价10元，今天5元，直接砍一半",
        "拖鞋原价50，直降15，现价35",
        "年卡原价1980元，去年起一直按1980元卖，本月1680元",
        "童装按吊牌价7折，吊牌200元的到手140元",
        "周五至周日收35元，下周恢复原价",
    ):
        result = check(text)
        assert result.verdict == "review"
        assert {f.rule for f in result.findings} == {"PRICE-REFERENCE"}


def test_a_question_whether_the_shop_is_the_cheapest_is_no_price_claim(check) -> None:
    # PRICE-FRAUD's cheapest-in-a-city line reads the claim, not a customer's question of it.
    assert "PRICE-FRAUD" in {f.rule for f in check("大米全县最便宜，不信去比").findings}
    asked = check("有人问我们是不是全市最便宜，老实说不是")
    assert "PRICE-FRAUD" not in {f.rule for f in asked.findings}


@pytest.mark.parametrize(
    ("text", "rule"),
    SIXTY_SIXTH_ROUND_REJECTS
    + SIXTY_FIFTH_ROUND_REJECTS
    + SIXTY_FOURTH_ROUND_REJECTS
    + SIXTY_THIRD_ROUND_REJECTS
    + SIXTY_SECOND_ROUND_REJECTS
    + SIXTY_FIRST_ROUND_REJECTS
    + SIXTIETH_ROUND_REJECTS
    + FIFTY_NINTH_ROUND_REJECTS
    + FIFTY_EIGHTH_ROUND_REJECTS
    + FIFTY_SEVENTH_ROUND_REJECTS
    + FIFTY_SIXTH_ROUND_REJECTS
    + FIFTY_FIFTH_ROUND_REJECTS
    + FIFTY_FOURTH_ROUND_REJECTS
    + FIFTY_THIRD_ROUND_REJECTS
    + FIFTY_SECOND_ROUND_REJECTS
    + FIFTY_FIRST_ROUND_REJECTS
    + FIFTIETH_ROUND_REJECTS
    + FORTY_NINTH_ROUND_REJECTS
    + FORTY_EIGHTH_ROUND_REJECTS
    + FORTY_SEVENTH_ROUND_REJECTS
    + FORTY_SIXTH_ROUND_REJECTS
    + FORTY_FIFTH_ROUND_REJECTS
    + FORTY_FOURTH_ROUND_REJECTS
    + FORTY_THIRD_ROUND_REJECTS
    + FORTY_SECOND_ROUND_REJECTS
    + FORTY_FIRST_ROUND_REJECTS
    + FORTIETH_ROUND_REJECTS
    + THIRTY_NINTH_ROUND_REJECTS
    + THIRTY_EIGHTH_ROUND_REJECTS
    + THIRTY_SEVENTH_ROUND_REJECTS
    + THIRTY_SIXTH_ROUND_REJECTS
    + THIRTY_FIFTH_ROUND_REJECTS
    + THIRTY_FOURTH_ROUND_REJECTS
    + THIRTY_THIRD_ROUND_REJECTS
    + THIRTY_SECOND_ROUND_REJECTS
    + THIRTY_FIRST_ROUND_REJECTS
    + THIRTIETH_ROUND_REJECTS
    + TWENTY_NINTH_ROUND_REJECTS
    + TWENTY_EIGHTH_ROUND_REJECTS
    + TWENTY_SEVENTH_ROUND_REJECTS
    + TWENTY_SIXTH_ROUND_REJECTS
    + TWENTY_FIFTH_ROUND_REJECTS
    + TWENTY_FOURTH_ROUND_REJECTS
    + TWENTY_THIRD_ROUND_REJECTS
    + TWENTY_SECOND_ROUND_REJECTS
    + TWENTY_FIRST_ROUND_REJECTS
    + TWENTIETH_ROUND_REJECTS
    + NINETEENTH_ROUND_REJECTS
    + EIGHTEENTH_ROUND_REJECTS
    + THIRTEENTH_ROUND_REJECTS
    + FOURTEENTH_ROUND_REJECTS
    + SIXTEENTH_ROUND_REJECTS
    + SEVENTEENTH_ROUND_REJECTS,
)
def test_the_latest_rounds_claims_are_rejected(check, text: str, rule: str) -> None:
    result = check(text)
    assert result.verdict == "reject"
    assert rule in {f.rule for f in result.findings if f.contribution == "reject"}


@pytest.mark.parametrize(
    ("text", "rule"),
    SEVENTEENTH_ROUND_REVIEWS
    + EIGHTEENTH_ROUND_REVIEWS
    + NINETEENTH_ROUND_REVIEWS
    + TWENTIETH_ROUND_REVIEWS
    + TWENTY_FIRST_ROUND_REVIEWS
    + TWENTY_SECOND_ROUND_REVIEWS
    + TWENTY_THIRD_ROUND_REVIEWS
    + TWENTY_FOURTH_ROUND_REVIEWS
    + TWENTY_FIFTH_ROUND_REVIEWS
    + TWENTY_SIXTH_ROUND_REVIEWS
    + TWENTY_SEVENTH_ROUND_REVIEWS
    + TWENTY_EIGHTH_ROUND_REVIEWS
    + TWENTY_NINTH_ROUND_REVIEWS
    + THIRTIETH_ROUND_REVIEWS
    + THIRTY_FIRST_ROUND_REVIEWS
    + THIRTY_SECOND_ROUND_REVIEWS
    + THIRTY_THIRD_ROUND_REVIEWS
    + THIRTY_FOURTH_ROUND_REVIEWS
    + THIRTY_EIGHTH_ROUND_REVIEWS
    + THIRTY_NINTH_ROUND_REVIEWS
    + FORTIETH_ROUND_REVIEWS
    + FORTY_FIRST_ROUND_REVIEWS
    + FORTY_SECOND_ROUND_REVIEWS
    + FORTY_THIRD_ROUND_REVIEWS
    + FORTY_FOURTH_ROUND_REVIEWS
    + FORTY_FIFTH_ROUND_REVIEWS
    + FORTY_SIXTH_ROUND_REVIEWS
    + FORTY_SEVENTH_ROUND_REVIEWS
    + FORTY_EIGHTH_ROUND_REVIEWS
    + FORTY_NINTH_ROUND_REVIEWS
    + FIFTIETH_ROUND_REVIEWS
    + FIFTY_FIRST_ROUND_REVIEWS
    + FIFTY_SECOND_ROUND_REVIEWS
    + FIFTY_FOURTH_ROUND_REVIEWS
    + FIFTY_FIFTH_ROUND_REVIEWS
    + FIFTY_SEVENTH_ROUND_REVIEWS
    + FIFTY_EIGHTH_ROUND_REVIEWS
    + FIFTY_NINTH_ROUND_REVIEWS
    + SIXTIETH_ROUND_REVIEWS
    + SIXTY_FIRST_ROUND_REVIEWS
    + SIXTY_SECOND_ROUND_REVIEWS
    + SIXTY_THIRD_ROUND_REVIEWS
    + SIXTY_FOURTH_ROUND_REVIEWS
    + SIXTY_FIFTH_ROUND_REVIEWS
    + SIXTY_SIXTH_ROUND_REVIEWS,
)
def test_the_latest_rounds_comparisons_and_titles_are_reviewed(check, text: str, rule: str) -> None:
    # The rule reviews; the reader may raise a review of sensitive wording (AD13-COMPARE) to
    # reject where it reads a plain violation (check.semantic_findings), never lower it.
    result = check(text)
    assert result.verdict != "pass"
    assert rule in {f.rule for f in result.findings if f.contribution == "review"}
    assert not [
        f
        for f in result.findings
        if not f.rule.startswith("SEMANTIC-") and f.contribution == "reject"
    ]


@pytest.mark.parametrize(
    "text",
    THIRTEENTH_ROUND_CLEAN
    + FOURTEENTH_ROUND_CLEAN
    + SIXTEENTH_ROUND_CLEAN
    + SEVENTEENTH_ROUND_CLEAN
    + EIGHTEENTH_ROUND_CLEAN
    + NINETEENTH_ROUND_CLEAN
    + TWENTIETH_ROUND_CLEAN
    + TWENTY_FIRST_ROUND_CLEAN
    + TWENTY_SECOND_ROUND_CLEAN
    + TWENTY_THIRD_ROUND_CLEAN
    + TWENTY_FOURTH_ROUND_CLEAN
    + TWENTY_FIFTH_ROUND_CLEAN
    + TWENTY_SIXTH_ROUND_CLEAN
    + TWENTY_SEVENTH_ROUND_CLEAN
    + TWENTY_EIGHTH_ROUND_CLEAN
    + TWENTY_NINTH_ROUND_CLEAN
    + THIRTIETH_ROUND_CLEAN
    + THIRTY_FIRST_ROUND_CLEAN
    + THIRTY_SECOND_ROUND_CLEAN
    + THIRTY_THIRD_ROUND_CLEAN
    + THIRTY_FOURTH_ROUND_CLEAN
    + THIRTY_FIFTH_ROUND_CLEAN
    + THIRTY_SIXTH_ROUND_CLEAN
    + THIRTY_SEVENTH_ROUND_CLEAN
    + THIRTY_EIGHTH_ROUND_CLEAN
    + THIRTY_NINTH_ROUND_CLEAN
    + FORTIETH_ROUND_CLEAN
    + FORTY_FIRST_ROUND_CLEAN
    + FORTY_SECOND_ROUND_CLEAN
    + FORTY_THIRD_ROUND_CLEAN
    + FORTY_FOURTH_ROUND_CLEAN
    + FORTY_FIFTH_ROUND_CLEAN
    + FORTY_SIXTH_ROUND_CLEAN
    + FORTY_SEVENTH_ROUND_CLEAN
    + FORTY_EIGHTH_ROUND_CLEAN
    + FORTY_NINTH_ROUND_CLEAN
    + FIFTIETH_ROUND_CLEAN
    + FIFTY_FIRST_ROUND_CLEAN
    + FIFTY_SECOND_ROUND_CLEAN
    + FIFTY_THIRD_ROUND_CLEAN
    + FIFTY_FOURTH_ROUND_CLEAN
    + FIFTY_FIFTH_ROUND_CLEAN
    + FIFTY_SIXTH_ROUND_CLEAN
    + FIFTY_SEVENTH_ROUND_CLEAN
    + FIFTY_EIGHTH_ROUND_CLEAN
    + FIFTY_NINTH_ROUND_CLEAN
    + SIXTIETH_ROUND_CLEAN
    + SIXTY_FIRST_ROUND_CLEAN
    + SIXTY_SECOND_ROUND_CLEAN
    + SIXTY_THIRD_ROUND_CLEAN
    + SIXTY_FOURTH_ROUND_CLEAN
    + SIXTY_FIFTH_ROUND_CLEAN
    + SIXTY_SIXTH_ROUND_CLEAN
    + SIXTY_SEVENTH_ROUND_CLEAN
    + SIXTY_EIGHTH_ROUND_CLEAN
    + SIXTY_NINTH_ROUND_CLEAN
    + SIXTY_NINTH_ROUND_BOUNDARIES
    + SEVENTIETH_ROUND_CLEAN
    + SEVENTY_FIRST_ROUND_CLEAN
    + SEVENTY_SECOND_ROUND_CLEAN
    + SEVENTY_THIRD_ROUND_CLEAN
    + SEVENTY_FOURTH_ROUND_CLEAN
    + SEVENTY_FIFTH_ROUND_CLEAN
    + SEVENTY_SIXTH_ROUND_CLEAN,
)
def test_the_latest_rounds_near_misses_stay_clean(check, text: str) -> None:
    findings = check(text).findings
    assert not [(f.rule, f.matched) for f in findings if not f.rule.startswith("SEMANTIC-")]


def test_a_test_with_its_report_number_and_a_market_price_under_three_times_are_reviewed(
    check,
) -> None:
    # The unsourced figure (经检测…高出300%, rejected) is read only where no report number is given;
    # a 市场价 below three times the price asked is a reduction to prove, not a fiction.
    numbered = check("经检测（报告编号JC2024-118）钙含量比普通牛奶高出20%")
    assert numbered.verdict == "review"
    assert "AD11-UNSOURCED-FIGURE" not in {f.rule for f in numbered.findings}
    assert check("经检测钙含量比普通牛奶高出20%").verdict == "reject"
    market = check("市场价39.9元/斤的阳光玫瑰，团购价19.9元")
    assert market.verdict == "review"
    assert "PRICE-INFLATED-REFERENCE" not in {f.rule for f in market.findings}


def test_today_before_a_figure_is_the_price_asked_only_when_the_figure_is_a_price(check) -> None:
    # 今天39.9包邮 after a tag price of 999 is the price asked (PRICE-INFLATED-REFERENCE);
    # 今天30度 is the weather: the tag price is left to PRICE-REFERENCE's review.
    assert "PRICE-INFLATED-REFERENCE" in {
        f.rule for f in check("吊牌价999的羽绒服，今天39.9包邮").findings
    }
    weather = check("吊牌价199的外套，今天30度也能穿")
    assert {f.rule for f in weather.findings} == {"PRICE-REFERENCE"}
    assert weather.verdict == "review"


def test_a_named_source_is_reviewed_not_rejected_as_unsourced(check) -> None:
    result = check("中国农业大学2023年最新研究表明，燕麦富含β-葡聚糖")
    assert result.verdict == "review"
    assert {f.rule for f in result.findings} == {"AD11-DATA"}


def test_a_grade_with_no_standard_also_cites_false_advertising(check) -> None:
    # 特级 names a quality the goods must have (《广告法》第二十八条第二款第（二）项) besides a rank
    # (第九条): the finding cites both, so a reviewer sees either reading.
    (finding,) = check("特级土鸡蛋，30枚一箱").findings
    assert "第九条" in finding.law and "第二十八条" in finding.law
    assert "第二十八条" not in check("周末有最新鲜的草莓").findings[0].law


def test_an_optional_or_mixed_class_of_punctuation_is_allowed(tmp_path: Path) -> None:
    # [，,]? may be absent, and [，,a] may match a letter the check does see.
    (tmp_path / "ok.yaml").write_text(
        HEAD + RULE % ("banned", ", patterns: ['专家说[，,]?[0-9]+倍', '专家[，,a]说']"),
        encoding="utf-8",
    )
    (rule,) = load_rules(tmp_path)
    assert rule.id == "A"
