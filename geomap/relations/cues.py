"""Word lists that decide the role of a mention and the status of a relation.

Kept apart from the extractor so the lexicons can be read (and grown) in one place.
Thai entries match the text as written; English entries are regular expressions over
the text, matched case-insensitively on word boundaries.
"""

from __future__ import annotations

import re

from geomap.relations.forces import FORCE_NOUNS_EN, FORCE_NOUNS_TH, any_of, some_of, subset

# Any noun that names forces, for the English cues below
_FORCE_EN = any_of(FORCE_NOUNS_EN)

# A country after these words is where something happens, not a party to it.
LOCATIVE_TH = (
    "ใน", "ที่", "ณ", "ใกล้", "ใกล้กับ", "ผ่าน", "สู่", "บน", "ทั่ว", "ตลอด", "เข้าสู่", "ภายใน",
    "นอก", "ข้าม", "ติดกับ", "ห่างจาก", "ออกจาก", "ตะวันออกของ", "ตะวันตกของ", "เหนือของ", "ใต้ของ",
    "เข้า",
)  # fmt: skip
# ...except after a command or force of that state: "กองบัญชาการภาคใต้ของสหรัฐฯ" is US Southern
# Command, not the southern United States
COMMAND_OF_TH = re.compile(
    r"(?:กองบัญชาการ|กองทัพ|กองเรือ|กองกำลัง|กองพล|กองบิน)\S{0,24}?(?:ภาค|ส่วน)\S{0,16}ของ$"
)
# ...except where ที่/ใน end a conjunction: "ก่อนที่สหรัฐฯจะถอนตัว" (before the US...)
CONJUNCTIONS_TH = (
    "ก่อนที่", "หลังจากที่", "ขณะที่", "โดยที่", "เพื่อที่", "จนกว่าที่", "แม้ว่าที่", "การที่", "ที่ว่า",
)  # fmt: skip
# ...nor where ที่ ends a noun: "เจ้าหน้าที่จีน" are Chinese officials, "หน้าที่" a duty
NOUNS_IN_TI_TH = ("เจ้าหน้าที่", "หน้าที่")
# ...but "ประจำการที่กรุงจูบา" is stationed at Juba: these words end in การ, and การที่ after
# them is no conjunction
KAN_WORDS_TH = ("ประจำการ", "ปฏิบัติการ", "ดำเนินการ", "บริการ", "ต้องการ", "รับราชการ", "กิจการ")
# ...or where ที่ opens a relative clause whose subject is the name: "สัญญาที่ไทยลงนามกับสวีเดน",
# "เรือดำน้ำที่ไทยสั่งต่อจากจีน" (the contract Thailand signed), not "at Thailand"
RELATIVE_VERB_TH = re.compile(
    r"\s?(?:ได้|จะ|เคย|ยัง)?\s?(?:ลงนาม|สั่ง|ซื้อ|จัดซื้อ|ทำ|ตกลง|เสนอ|ผลิต|มอบ|ให้|ส่ง|ขอ(?!ง)|ใช้|ได้รับ"
    r"|สร้าง|ก่อสร้าง|ถอน|ตั้งฐาน)"
)
LOCATIVE_EN = frozenset(
    "in at near across through via off around inside outside bypassing throughout toward"
    " towards into within onto beyond on about regarding concerning facing opposite"
    " overlooking".split()
)
# "borders with Turkey and Iran": the names after these are neighbours, not parties
NEIGHBOUR_BEFORE = re.compile(
    r"(?:borders?|frontiers?|boundary|ชายแดน|พรมแดน)\s?(?:with|ติดกับ|กับ)\s?(?:the\s)?$", re.I
)
# A demonym before these English nouns, or after these Thai ones, names private people or
# firms ("Chinese miners", "นักท่องเที่ยวอินเดีย"), not a state.
PRIVATE_AFTER_EN = re.compile(
    r"^\s(?:[a-z-]+\s)?(?:miners|companies|company|firms?|investors|tourists|businesses|"
    r"banks|lenders|carmakers|manufacturers|brands|fans|students|clubs?|players?|champions|"
    r"winger|striker|director|actress|actor|films?|hospitals|goods|oil|utilities|exiles|"
    r"nationals?|citizens?|suspects?|fugitives?|man|woman|men|women|businessm[ae]n|hackers?|"
    r"journalists?|(?:aid\s)?workers?|migrants|refugees|prisoners|detainees|hostages?|media|press|"
    r"newspapers?|"
    r"producers|exporters|importers|traders|buyers|sellers|exhibitors|visitors|shoppers|"
    r"farmers|growers|fishermen|crews?|passengers|travell?ers|trekkers|spectators|supporters|"
    r"victims|gangs?|smugglers|traffickers|scientists?|scholars?|academics?|analysts?|engineers?"
    r"|researchers?|professors?|experts?|lawyers?|doctors?|teachers?|businesswom[ae]n"
    r"|entrepreneurs?|tycoons?|executives?|activists?|writers?|artists?|athletes?)\b"
    # "Chinese-made drones", "a Thai-registered trawler": where a thing comes from
    r"|^-(?:made|built|designed|registered|flagged|owned|based|born|listed|produced)\b"
)
PRIVATE_BEFORE_TH = (
    "นักท่องเที่ยว", "บริษัท", "นักลงทุน", "แฟนบอล", "ตลาด", "ลูกค้า", "นักธุรกิจ", "สินค้า",
    "ผู้ผลิต", "เอกชน", "ครอบครัวจาก", "ซีรีส์", "ลีก", "ทีมชาติ",
    "สัญชาติ", "ผู้ส่งออก", "ผู้ประกอบการ", "เหยื่อ", "ผู้ค้า", "พลเมือง", "เชื้อสาย",
)  # fmt: skip
# A demonym counted as people, "ควบคุมตัวคนไทย 68 คน ชาวจีน 41 คน": nationals, not a state
DEMONYM_BEFORE_TH = ("ชาว", "คน")
# A person the demonym describes: "นายหลี่ เหวินไห่ ชาวมาเลเซีย", "ผู้ต้องหาชาวไทย"
PERSON_BEFORE_TH = re.compile(
    r"(?:(?:นาย|นางสาว|นาง|น\.ส\.)\S+(?:\s\S+){0,2}|ผู้ต้องหา|ผู้ต้องสงสัย|นักท่องเที่ยว|แรงงาน"
    r"|ชาย|หญิง)\s?(?:ชาว|คน)?$"
)
# ...or the person a verb hands over to a state named after: "ศาลสั่งส่งตัวชาวรัสเซียให้สหรัฐฯ"
# (with no state after, "ไทยส่งผู้ร้ายข้ามแดนชาวออสเตรเลีย" hands over to Australia)
HANDED_OVER_BEFORE_TH = re.compile(
    r"(?:ส่งตัว|ส่งผู้ร้ายข้ามแดน|เนรเทศ|จับกุม|ควบคุมตัว|ผลักดัน|รับตัว)\s?(?:ชาว|คน)?$"
)
RECEIVER_BEFORE_TH = re.compile(r"(?:ให้แก่|ให้กับ|แก่|ให้)\s?(?:ทางการ|รัฐบาล|เจ้าหน้าที่|ตำรวจ)?\s?$")
PEOPLE_COUNT_AFTER_TH = re.compile(r"\s?(?:ราว|กว่า|อย่างน้อย)?\s?\d[\d,]*\s?(?:คน|ราย)")
# ...and after these nouns with ของ/จาก: "บริษัทซาบของสวีเดน", "ผู้ซื้อจากซาอุดีอาระเบีย"
PRIVATE_FROM_TH = re.compile(
    r"(?:บริษัท|ผู้ซื้อ|ผู้ขาย|ผู้ประกอบการ|ผู้ส่งออก|ผู้นำเข้า|ผู้ค้า|ผู้เข้าชม|ผู้ชม|ผู้โดยสาร|ผู้อพยพ"
    r"|ผู้ลี้ภัย|นักท่องเที่ยว|นักลงทุน|นักธุรกิจ|นักกีฬา|แฟน|แรงงาน|เที่ยวบิน|สินค้า|เหยื่อ|ลูกค้า)"
    r"\S{0,20}\s?(?:ของ|จาก)$"
)
# A province or town after a governor's title, or before its officials: the state acting
OFFICIAL_BEFORE_TH = re.compile(
    r"(?:ผู้ว่าราชการ|ผู้ว่าฯ|ผู้ว่าการ|รองผู้ว่าราชการ|เจ้าแขวง|รองเจ้าแขวง|เจ้าครอง|นายกเทศมนตรี)$"
)
OFFICIAL_BEFORE_EN = re.compile(
    r"\b(?:governors?|mayors?|vice-governors?|deputy governors?) of (?:the\s)?$", re.IGNORECASE
)
OFFICIAL_AFTER_EN = re.compile(
    r"(?:['’]s)?\s(?:provincial\s|prefectural\s|state\s|city\s|regional\s|local\s)?"
    r"(?:governors?|mayors?|authorities|officials|administration)\b"
)
# Sports pages name countries as teams: "Thailand beat Vietnam", "ไทยจะบุกไปเยือนกัมพูชา"
# Rankings and comparisons name states side by side without any act between them:
# "Kazakhstan ranked 79th, well ahead of Uzbekistan", "ต่ำเป็นอันดับสองในอาเซียน รองจากลาว"
RANKING = re.compile(
    r"อันดับ(?:ที่)?\s?\d|เป็นอันดับ(?:สอง|สาม|สี่|ห้า|\d)|รองจาก|ตามด้วย"
    r"|(?<!-)\b(?:rank(?:s|ed|ing|ings)?|second only to|league table|followed by)\b"
)
SPORT = re.compile(
    r"ฟุตบอล|แฟนบอล|นัดต่อไป|นัดแรก|ประตูชัย|ทีมเยือน|ชิงแชมป์|\b(?:football|match|league|"
    r"semi-finals?|quarter-finals?|tournament|goalkeeper|striker|Champions League|World Cup)\b"
)
# Words skipped between a locative word and the name ("ในประเทศอัฟกานิสถาน")
NAME_PREFIXES_TH = (
    "ประเทศ", "กรุง", "เมือง", "นคร", "แคว้น", "รัฐ", "จังหวัด", "เกาะ", "สาธารณรัฐ", "สปป.",
    "ชายแดน", "พรมแดน", "อำเภอ", "ตำบล", "เขต", "แขวง",
)
NAME_PREFIXES_EN = frozenset(
    "the central northern southern eastern western north south east west northeastern"
    " northwestern southeastern southwestern neighbouring neighboring mainland either both"
    " neither".split()
)
LOCATIVE_PHRASE_EN = re.compile(r"\b(?:next to|close to|outside of|out of|north of|south of|east of"
                                r"|west of|away from|far from"
                                r"|on (?:the|its|their|his|her) way to"
                                r"|headed (?:to|for)|bound for|(?:power line|pipeline|cable|railway"
                                r"|highway|corridor) to"
                                r"|(?:port|city|town|village|capital|region|province) of)"
                                r"\s+(?:the\s)?$", re.I)  # "through the port of Lome"
# "at Ethiopia's central bank": the country owns the body, it is not where things happen
INSTITUTION_AFTER_EN = re.compile(
    r"(?:'s|’s)\s+(?:[a-z]+\s)?(?:central bank|government|treasury|finance ministry|ministry"
    r"|parliament|army|navy|armed forces"
    # "at India's request": on whose word, not where
    r"|request|invitation|behest|urging|initiative|suggestion)\b"
)

# "according to US officials": the name after these tells of an event, it takes no part in it
SOURCE_BEFORE_EN = re.compile(r"\baccording to (?:the\s)?$", re.IGNORECASE)
# ...and a trailing attribution: "..., a French official said.", ", the US Coast Guard said"
ATTRIBUTION_BEFORE_EN = re.compile(
    r",\s(?:(?:a|an|the|two|three|several|senior|other)\s)*$", re.IGNORECASE
)
ATTRIBUTION_AFTER_EN = re.compile(
    r"(?:['’]s)?(?:\s[A-Za-z-]+){0,3}\s(?:said|says|told|added|reported)[\s.,]"
)
# ...a teller named by its office after a comma, which no list goes on to: ", Belgian
# prosecutors said", ", Spain's interior ministry said"
TELLER_AFTER_EN = re.compile(r"(?:['’]s)?(?:\s[a-z-]+){1,3}\s(?:said|says|told|added|reported)\b")
# The rest of a noun phrase a name heads before ", which" / ", who": "Jakarta", "The French
# carrier group", "China's Xi Jinping" (no verb, no comma)
HEAD_AFTER_EN = re.compile(r"(?:(?:'s|’s)?(?:\s(?:[A-Za-z][\w-]*|\d[\d,]*)){0,3})?")

# Separators inside a list of names: "A, B และ C", "A, B and C"
LIST_GAP = re.compile(r"^\s*(?:,|、)?\s*(?:(?:และ|หรือ|and|or|as well as)\s*)?(?:ประเทศ|the\s)?\s*$")
POSSESSIVE = re.compile(r"['’]s\b")
HYPHEN_GAP = re.compile(r"^\s?[-–]\s?$")
# A trigger's object phrase ending in a preposition: "supply rice exports to", "imported
# cargoes from" (the names after it are where things go or come from, not acting together)
OBJECT_AFTER_EN = re.compile(r"\s(?:[\w'’-]+\s){1,5}?(?:to|from|for|into|towards?)\s(?:the\s)?")
# Words that put their side of a clause against the other: "A with B", "A กับ B"
SPLIT_TH = ("ร่วมกับ", "กับ", "ให้แก่", "แก่", "ให้กับ", "จาก", "ไปยัง", "ต่อ", "ถึง", "ให้")
SPLIT_EN = frozenset("with to from for by".split())

CLAUSE_BREAK_TH = re.compile(
    r"\[\d+\]|\[ต้องการอ้างอิง\]|\s+(?=(?:ส่วน|ขณะที่|ขณะเดียวกัน|ในขณะที่|นอกจากนี้|อย่างไรก็ตาม"
    r"|(?<!ไม่เพียง\s)แต่(?!ยัง)|ซึ่ง|หลังจากนั้น|ในอีกด้านหนึ่ง|ทั้งนี้|ในเวลาเดียวกัน|ก่อนหน้านี้|ล่าสุด|ด้าน"
    r"|นักวิเคราะห์|ผู้เชี่ยวชาญ|ภายใต้|เนื่องจาก|เพราะ"
    r"|โดย(?=[^\s\"]{0,40}?(?:ระบุ|กล่าว|ยืนยัน|แถลง|เปิดเผย)ว่า))(?!ๆ))"
)
CLAUSE_BREAK_EN = re.compile(
    r";|\s[—–]\s|,\s(?=(?:while|whereas|but|which|although|though|as|where|after|before|when|"
    r"whose|who|saying|adding|noting|citing|even as)\b)|\s(?=(?:while|whereas|even as)\b)"
    r"|\s(?=as\s(?:[A-Z][\w.'’-]*\s){1,3}(?:[a-z]+s|[a-z]+ed|is|are|was|were|has|have)\b)"
    # a time clause with its own subject: "orders placed with Seoul since Russia invaded Ukraine"
    r"|\s(?=(?:since|after|before|when|until|because)\s(?:(?:the\s)?(?:[A-Z][\w.'’-]*\s){1,3}"
    r"|(?:he|she|they|it)\s)(?:[a-z]+ed|[a-z]+s|is|are|was|were|has|have|had)\b)"
    # others' reaction in apposition: ", a move Warsaw and Vilnius called a threat"
    r"|,\s(?=(?:in\s)?(?:a|an)\s(?:move|step|decision|deployment|deal)\s(?:that\s|which\s)?"
    r"(?:[A-Z][\w'’-]*\s(?:and\s)?){1,4}(?:called|described|condemned|denounced|criticised"
    r"|criticized|welcomed|hailed)\b)"
    # a headline's second story: "Australia signs frigate deal as British carrier docks"
    r"|(?<!such)(?<!well)(?<!same)\s(?=as\s(?:(?:the|a|an|its|last|new|more|other)\s)?"
    r"(?:[A-Z][\w.'’-]*\s){1,3}(?:[a-z]+\s){1,2}?(?:[a-z]+s|[a-z]+ed|is|are|was|were|has|have"
    r"|will|leave|arrive|land|meet|warn|hold|mount|press|seek|face|gather|agree|vow|urge|push"
    r"|plan|pull|move|prepare|join|step|build|begin|start|end|rise|fall|look)\b)"
    r"|,\s(?=(?:(?:a|an|two|three|few|several|just)\s)?(?:days?|weeks?|hours?|months?|shortly)"
    r"\s+after\b)"
    r"|\s+and\s+(?=(?:has|have|had)\s+(?:since|also|now)\b)"
    # a second subject with its own verb: ", and the Canadian frigate HMCS Ottawa made a call"
    r"|,\s(?=and\sthe\s(?:[A-Z][\w'’-]*\s)?[a-z]{3,}\s(?:[\w'’-]+\s){0,4}?"
    r"(?:made|held|met|sent|[a-z]{3,}ed)\b)"
    r"|,\s+and\s+(?=(?:as|while|when|after|before|since)\b)"
    # a second thing said: "said Tehran offered a route ..., and that Iranian and Turkmen
    # officials would meet"
    r"|,\s+and\s+(?=that\b)"
    # a new subject: ", and it still sells Spain less gas", ", and Male still owes China"
    r"|,\s+and\s+(?=(?:it|he|she|they|we)\s|(?:[A-Z][\w'’-]*\s){1,2}(?:still|also|now)\s[a-z]+s\b)"
    r"|,\s+and\s+(?=(?:\S+\s){1,4}(?:[a-z]+ed|has|have|had|is|was|were|are|will|would|said|says|signed|"
    r"agreed|plans|began|held|met|sent|gave|took|made|left|led|kept|fired|won|sold|bought)\b)"
)
# A clause with no subject of its own: "..., but supplies artillery shells to the US"
SHARED_SUBJECT_EN = re.compile(
    r"\s*(?:(?:but|yet)\s(?:also\s|then\s|later\s|still\s)?(?:[a-z]+s|[a-z]+ed|has|have|had|will"
    r"|would)\b|where\s(?:he|she|they)\b)"  # "flew to Beijing, where he held talks with Xi"
)
# "..., and will move": a verb that goes on with the subject before
AND_VERB_EN = re.compile(
    r",?\s*and\s(?:also\s|then\s|later\s)?(?:will|would|has|have|had|is|are|was|were"
    r"|[a-z]+ed|[a-z]+s)\b"
)
# A list as the subject of a verb whose object is a trigger: "A and B defence officials held
# (their first direct) talks"
SUBJECT_VERB_EN = re.compile(
    r"(?:['’]s)?(?:\s[a-z-]+){0,3}?\s(?:held|hold|holds|signed|sign|signs|reached|concluded"
    r"|launched|began|opened|staged|conducted|restored|resumed|established|normali[sz]ed|renewed"
    r"|upgraded|deepened|strengthened|sealed|struck|inked)\s(?:[\w-]+\s){0,4}$"
)
# "X, which once bought arms from Moscow, signed...": the relative clause ends at the comma
# before the main verb; its names are no party to the main clause.
RELATIVE_EN = re.compile(
    r",\s(?:which|who|whose)\b(?:[^,;]|,(?=\d))*(?=,\s(?:[a-z]+\s){0,2}?(?:[a-z]+(?:ed|s)|held|met"
    r"|said|sent|kept|left|took|made|won|led|gave|told|began|became|sold|bought|did|will|would"
    r"|could|can|may|must|(?:now|also|still|then|later)\s[a-z]+)\b)"
)

# Hostility: a clause holding one of these states no cooperation between its parties.
HOSTILE_TH = (
    "คว่ำบาตร", "ประณาม", "วิจารณ์", "ประท้วง", "กดดัน", "ขึ้นภาษี", "ไม่พอใจ", "โจมตี", "รุกราน",
    "ขับไล่", "ปะทะ", "สงครามกับ", "โค่นล้ม", "แทรกแซง", "กล่าวหา", "ถอนตัวออกจากข้อตกลง",
    "ข้อพิพาท", "ยื่นเรื่อง", "ไม่ยอมรับ", "ฉีดปืนใหญ่น้ำ", "บ่อนทำลาย", "ตึงเครียด", "เป็นกลาง",
    "จับตา", "แซงหน้า", "ภัยคุกคาม", "เผชิญหน้า", "กังวล", "ปฏิเสธการส่งออก", "แข่งขัน",
    "ลดการพึ่งพา", "เสมอกับ", "เอาชนะ", "ยกเลิก", "ระงับ", "ขู่", "ยั่วยุ", "ยุยง",
    "แล่นติดตาม", "บินติดตาม", "สะกดรอย", "ฉีดน้ำ", "ลดระดับความสัมพันธ์",
)  # fmt: skip
# ...but "เครื่องบินขับไล่" is a fighter aircraft, not an expulsion ("เครื่องบินฝึก/โจมตีเบา" a
# light attack aircraft)
AIRCRAFT_BEFORE_TH = ("เครื่องบิน", "ฝูงบิน", "เครื่อง", "ฝึก/")
HOSTILE_EN = re.compile(
    r"\b(?:sanction\w*|condemn\w*|protest\w*|accus\w+|invad\w+|invasion|annex\w*"
    # tariffs imposed, not tariffs talked over ("met to discuss transit tariffs")
    r"|(?:impos\w+|slap\w*|rais\w+|hik\w+|new|retaliatory|punitive|higher|steep|face)\s"
    r"(?:[\w-]+\s){0,2}?tariffs?|tariffs?\s(?:on|against)"
    r"|attack\w*|struck|strikes?|(?<!world )war\b(?! in\b)|clash\w*|expel\w*"
    r"|ordered [\w\s]{0,30}out|hostil\w*|scrambl\w+|intercept(?!or)\w*"
    r"|threat\w*|warn\w*|criticis\w+|denounc\w+|rival\w*|disput\w+|beat|limit\w*|worr\w+|"
    r"destabili[sz]\w+|(?:urg|lobb)\w+ [\w\s]{0,40}to (?:reconsider|cancel|halt|stop|drop|scrap"
    r"|reverse|delay|block|freeze|deny)|"
    r"win over|defeat\w*|bypassing|away from|pressure|dispute|cooled|strained|stalled|"
    r"not invited|sabre-rattling|alarm\w*|killed|captur\w+|scrapp\w+|terminat\w+|cancel\w+"
    r"|revok\w+|suspend\w*|froze|frozen|freez\w+|fir(?:ed|es|ing)|retaliat\w+|shadow\w*"
    r"|opposed|provocat\w+|sever(?:ed|s|ing)?|sour(?:ed|ing)?|deteriorat\w+|frosty|objections?"
    r"|(?:remains?|remained|grew|grown|turned|are|is|was|were)\s(?:\w+\s)?cool"
    r"|(?:cut|cuts|broke off|break off|broken off)\s(?:[\w-]+\s){0,2}(?:ties|relations))\b",
    re.IGNORECASE,
)
# Fighting aimed at a non-state group ("jointly attacked Boko Haram camps", "killed 40
# al-Shabaab fighters") is no hostility between the states that fight it
FIGHTING_EN = re.compile(
    r"attack\w*|struck|strikes?|killed|captur\w+|defeat\w*|fir(?:ed|es|ing)|clash\w*|war",
    re.IGNORECASE,
)
NON_STATE_EN = (
    r"(?:(?:suspected|armed|Islamist|jihadist|militant|rebel)\s)?(?:militants?|rebels?|insurgents?"
    r"|jihadists?|terrorists?|pirates|gangs?|smugglers|traffickers|extremists|separatists|bandits"
    r"|Boko Haram|al-Shabaab|Islamic State|ISIS|ISIL|al-Qaeda|M23|Houthis?)\b"
)
# Hostile words that here name no hostility between states: a person "accused of" a crime
# ("a Dutch man accused of running a cocaine network"), the prices of a transport deal
# ("common rail tariffs")
NOT_HOSTILE_EN = re.compile(
    r"(?:\b(?:man|woman|men|women|suspects?|businessm[ae]n|nationals?|citizens?|boss|kingpin"
    r"|fugitives?|people|individuals?|\d+-year-old|who\s(?:is|was|are|were|has\sbeen|had\sbeen))"
    r"\s(?:[a-z]+\s)?accus\w+"
    r"|\b(?:rail|railway|transit|freight|common|single|unified|port|electricity|transport)\s"
    r"tariffs?"
    r"|\b(?:assets|accounts|funds)\s(?:[\w-]+\s){0,3}?(?:froze|frozen|freez\w+))$",
    re.IGNORECASE,
)
# ...and "froze $40 million in his accounts": a suspect's money, not relations
FROZEN_ASSETS_EN = re.compile(
    r"(?:froze|frozen|freez\w+)\s(?:[\w$,.-]+\s){0,5}?(?:assets|accounts|funds)\b", re.I
)
NON_STATE_OBJECT_EN = re.compile(r"\s(?:[\w,-]+\s){0,3}?" + NON_STATE_EN)
NON_STATE_SUBJECT_EN = re.compile(NON_STATE_EN + r"(?:\s(?:had|have|has|also))?\s$")
# Hostility undone: "ลดความตึงเครียด", "easing tensions"; or a mood that only sets the scene,
# "จัดการซ้อมรบร่วม ท่ามกลางความกังวลของเตหะราน" (amid concern; not "ท่ามกลางการแข่งขัน")
EASING = re.compile(
    r"(?:ลด|ยุติ|คลี่คลาย|ท่ามกลางความ|\b(?:eas\w+|reduc\w+|end\w*|defus\w+|renounc\w+)\s)\S*$", re.I
)
# A hostile word denied right before it: "ไม่มีความกังวลต่อการจัดซื้อ", "ไม่ได้ประณาม"
DENIED_BEFORE_TH = re.compile(r"(?:ไม่|มิได้)(?:ได้|มี)?(?:ความ|การ)?\s?$")
# Words that give a sum next to it: "มอบ 10 ล้านบาทช่วยเมียนมา", "บริจาค 5 ล้านดอลลาร์"
GIVING_TH = re.compile(r"มอบ|บริจาค|ช่วย(?!ให้)|อุดหนุน|ให้เงิน")
# What went before the news: "หลังความร่วมมือหยุดชะงัก...", "ภายหลังข้อพิพาท"
# What went before the news: "withdrawn ... after Tajikistan declined to renew a lease"
BACKGROUND_EN = re.compile(r"\s(?:after|because)\s(?=[A-Z]|the\s|its\s|their\s)")
BACKGROUND_TH = re.compile(r"\s(?:ภาย)?หลัง(?:จาก)?(?:ที่)?(?!จากนั้น|นี้)")
# A hostile word right before a name marks that name as the target, not a party.
TARGET_TH = ("ต่อต้าน", "ต่อสู้กับ", "กดดัน", "แข่งขันกับ", "โจมตี", "แทน")
# A name set apart from the news: a competitor ("เสียเปรียบคู่แข่งอย่างเวียดนาม") or an exception
# ("เรือรบต่างชาติลำแรกนอกจากจีน", "นอกเหนือจากเรือของกองทัพเรือจีน") takes no part in it
SET_APART_BEFORE_TH = re.compile(
    r"(?:คู่แข่ง(?:อย่าง|เช่น|คือ)?|นอก(?:เหนือ)?จาก|ยกเว้น)"
    r"(?:เรือ\S{0,8}|เครื่องบิน|ทหาร|กองทัพ(?:เรือ|อากาศ|บก)?|ของ|\s)*$"
)
# A Thai condition ("หากไทยไม่สามารถบรรลุข้อตกลงได้ทัน ...") runs to the next space: the words
# in it tell what might be, not what is
CONDITION_TH = re.compile(r"(?:(?<=[\s\"“])|(?<=ว่า)|(?<=แต่)|^)(?:หาก|ถ้า)(?:ว่า)?\s?\S+")
DELEGATE_TH = ("ผู้แทน", "ตัวแทน")
# A reporter's question runs to the answer: "asked whether Manila would invite Vietnam, said"
QUESTION_PUT_EN = re.compile(r"\basked\s(?:whether|if)\b[^.;]*?(?=,\s|$)")
TARGET_EN = re.compile(r"\b(?:against|versus|vs\.?|over|rather than|instead of)\s+$", re.IGNORECASE)

REFUSED_TH = ("เลือกที่จะไม่", "ปฏิเสธ", "ไม่ส่งผู้แทน", "ไม่เข้าร่วม", "บอยคอต", "ไม่รับ", "ไม่ยอม")
REFUSED_EN = re.compile(
    r"\b(?:declin\w+|refus\w+|reject\w+|boycott\w*|snubb\w+|not invited|stayed away"
    r"|did not attend|pulled out of|withdr[ae]w\w* from"
    r"|collaps\w+|broke down|break down|ended without|fell through|called off|postpon\w+"
    # ... but talks "ended with an agreement" reached it
    r"|(?:ended|ends|quit|quits|exited|tore up|walked away from)\s(?!with\b)(?:the\s|a\s|an\s|its\s"
    r"|their\s)?(?:\d{4}\s)?(?:[\w-]+\s){0,2}(?:deal|agreement|accord|pact|treaty)"
    r"|cut short|failed|rul(?:e|es|ed|ing) out|shelv\w+|abandon\w+"
    r"|turn(?:ed|s|ing)? down|passed up)\b",
    re.IGNORECASE,
)
# ...but "โดยไม่มีเงื่อนไข" (unconditionally) tells the manner, not that nothing happened
NEGATED_TH = re.compile(
    r"(?<!โดย)(?<!อย่าง)(?:ไม่(?:ได้|ควร|มี(?!เงื่อนไข)|เคย)|ยังไม่|มิได้|ไม่ใช่)"
)
# Where a Thai negation's reach ends: "ไม่มีความกังวลต่อการจัดซื้อ และมาเลเซียเพิ่งรับมอบ..." denies
# the concern, not the delivery after "และ"
NEGATION_END_TH = re.compile(r"\s(?:และ|แต่|โดย|พร้อม|ส่วน|ขณะ|จึง|ทั้งนี้|ทำให้)")
NEGATED_EN = re.compile(
    r"\b(?:not|never|no|n't|neither|nor|denied|deny|denies)\b|n't\b", re.IGNORECASE
)
# Where a negation's reach ends: a quotation, a contrast or a second verb phrase ("would "not
# take orders" and would keep deepening ties")
NEGATION_SCOPE_END_EN = re.compile(
    r";|\b(?:but|while|whereas|although|though|yet|instead)\b"
    r"|\band\s(?:also\s|then\s|later\s)?(?:would|will|has|have|had|is|was|are|were|could|can|may"
    r"|must|should|did|does|do|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# A concession: "แม้การปะทะตามแนวชายแดนอิสราเอล-เลบานอนจะรุนแรงขึ้น" sets the scene only
CONCESSION_TH = re.compile(r"\s(?:ถึง)?แม้")
# "ยังไม่ได้รับมอบเรือดำน้ำจากจีน", "ยังไม่ถึงไทย": a delivery still to come, on a deal that stands
NOT_YET_DELIVERED_TH = re.compile(r"ยังไม่(?:ได้)?(?:รับมอบ|ส่งมอบ|ได้รับ|(?:มา|เดินทาง)?ถึง)")
PLANNED_TH = ("จะ", "คาดว่า", "มีแผน", "แผนที่", "มีกำหนด", "เตรียม", "เตรียมที่จะ", "อาจ")
PLANNED_EN = re.compile(
    r"\b(?:will|would|plans?|planned|planning|expected|expects|due to|to be|intends?|"
    r"proposed|propose|could|may|might|next year|pledg\w+|upcoming)\b",
    re.IGNORECASE,
)
# A sentence that opens with a condition states no relation, only what might follow from one
CONDITIONAL_EN = re.compile(r"\s*(?:If|Unless|Should|Were|Had)\b")
# ... or puts it after what might follow: "Beijing will release the loan only if Dhaka agrees"
CONDITION_AFTER_EN = re.compile(
    r"\b(?:will|would|could|may|might)\b[^.;]{0,80}?\b(?:if|unless|provided that"
    r"|on condition that)\s"
)
# Forces offered on a condition: "ready to send a battalion to Haiti if the UN approves"
OFFERED_IF_EN = re.compile(
    r"\b(?:ready|willing|prepared|offer\w*|would|could)\b[^.;]{0,100}?\b(?:if|unless"
    r"|provided that|on condition that)\b",
    re.IGNORECASE,
)
REQUESTED_TH = ("ขอร้อง", "ร้องขอ", "เรียกร้องให้", "ขอให้", "ยื่นคำขอ", "ขอเข้าร่วม")
# "ตามคำร้องขอของรัฐบาลเมียนมา": done at a request, no request still open
ANSWERED_REQUEST_TH = re.compile(r"ตามคำ(?:ร้อง)?ขอ")
REQUESTED_EN = re.compile(
    r"\b(?:ask\w*(?!\s(?:about|whether|if|how|why|what|when|where|who)\b)|request\w*|urg\w+"
    r"|called (?:on|for)|calls (?:on|for)|demand\w*|appeal\w*)\b",
    re.IGNORECASE,
)
# A question asks, it requests nothing: "asked whether units would be stationed there"
QUESTION_EN = re.compile(r"\bask(?:ed|s|ing)?\s(?:[\w-]+\s){0,3}?(?:whether|if)\b", re.IGNORECASE)

# Deployments: forces of one state at a place in another.
DEPLOYMENT_TH = (
    "ฐานทัพ", "ประจำการ", "วางกำลัง", "ส่งทหาร", "ส่งกำลัง", "ถอนทหาร", "ถอนกำลัง", "กองทหาร",
    "ทหารอเมริกัน", "นาวิกโยธิน", "ตั้งฐาน", "เปิดฐาน", "กองกำลังที่", "กำลังพล", "มาฝึก",
    "ฐาน ", "ฐานอัต", "ที่มั่น", "คงทหาร", "คงกำลัง", "ที่ปรึกษาทางทหาร", "หมุนเวียน",
    "ฐานใน", "ฐานที่", "รวมกำลัง", "เสริมกำลัง", "ส่งกองกำลัง", "ส่งกองเรือ", "ส่งนาวิกโยธิน",
    "ส่งเครื่องบินขับไล่", "ส่งเครื่องบินทิ้งระเบิด", "ส่งเครื่องบินลาดตระเวน",
)  # fmt: skip
# Forces that arrive or serve somewhere: "กองร้อยทหารช่าง...เดินทางถึงเมืองมาลากาล"
ARRIVING_TH = re.compile(r"เดินทาง(?:มา)?ถึง|(?:ไป)?ปฏิบัติภารกิจ")
# (Not กองทัพ or กองเรือ: a navy's ships that "เดินทางถึง" a port are on a visit)
FORCE_NOUN_TH = re.compile(some_of("ทหาร", "กองกำลัง", "กองพัน", "กองร้อย", "กำลังพล", "นาวิกโยธิน"))
# A Thai clause that turns to other news
NEW_TOPIC_TH = re.compile(r"\s*(?:ส่วน|ขณะที่|ขณะเดียวกัน|ในขณะที่|ด้าน|อย่างไรก็ตาม)")
# "ข้ามสะพานมิตรภาพไทย-ลาว", "ผ่านคลองสุเอซ": a place passed on the way
TRANSIT_BEFORE_TH = re.compile(r"(?:ข้าม|ผ่าน|แวะ)\s?$")
# "ฝึกร่วมกับกองทัพอังกฤษ": a partner of the subject
PARTNER_BEFORE_TH = re.compile(r"(?:ร่วมกับ|กับ)\s?(?:กองทัพ(?:เรือ|อากาศ|บก)?|ทหาร)?\s?$")
# "ทำหน้าที่ครูฝึกให้กองทัพโกตดิวัวร์": forces served, not the subject
SERVED_BEFORE_TH = re.compile(r"(?<!ทำ)(?:ให้(?:แก่|กับ)?|แก่)\s?(?:กองทัพ(?:เรือ|อากาศ|บก)?|ทหาร)\s?$")
# "ประจำการ" (in service) stations forces only where the nearest noun before it is a force;
# aircraft and ships "ประจำการ" in their own air force or navy are equipment in service.
IN_SERVICE_TH = "ประจำการ"
SERVICE_NOUN_TH = re.compile(
    r"(?P<force>" + any_of(FORCE_NOUNS_TH) + r"|\d\s?นาย|ที่ปรึกษา)"
    r"|(?P<equipment>เครื่องบิน|อากาศยาน|เฮลิคอปเตอร์|เรือ(?!ข้าม)|รถถัง|ขีปนาวุธ|จรวด|โดรน"
    r"|ระบบ|ปืนใหญ่)"
)
# Equipment arriving at its new home: "จะเดินทางมาถึงฐานทัพเรือสัตหีบ", "ส่งมอบให้ที่ฐาน"
DELIVERED_TO_TH = re.compile(r"(?:มาถึง|มายัง|ส่งมอบ|รับมอบ)\S{0,6}$")
# "ทหารของตน": the forces belong to the clause's subject
OWN_FORCES_TH = re.compile(any_of(FORCE_NOUNS_TH) + "ของตน")
DEPLOYMENT_EN = re.compile(
    r"\b(?:bases?|air base|naval base|stationed|deploy\w*|troops|soldiers|garrison\w*|"
    r"contingents?|posted|rotation|rotating|rotate|marines|instructors|trainers|outposts?|"
    r"(?:military\s)?advis[eo]rs|"
    r"military presence|withdraw\w*|pull(?:ed|ing)? out|based|forces|sailors|"
    r"border guards|presence of|peacekeep\w*|headquarter(?:s|ed)|station|stations"
    r"|battalions?|brigades?|battle\s?groups?|regiments?|paratroopers|commandos"
    r"|(?:artillery|tank|gun|missile|air[- ]defen[cs]e)\screws"
    r"|military engineers|compan(?:y|ies) of (?:infantry|soldiers|troops|marines|engineers)"
    r"|(?:infantry|rifle|engineering|engineer|medical|helicopter|special forces)\s"
    r"(?:compan(?:y|ies)|units?|teams?|detachments?)"
    r"|(?:missile|Patriot|artillery|air[- ]defen[cs]e|rocket)\s"
    r"(?:[\w-]+\s)?batter(?:y|ies)"
    # equipment kept or based somewhere: "keeps P-8 patrol aircraft at Sigonella"
    r"|(?:keeps?|kept|station\w*|based?|deploy\w*)\s(?:[\w-]+\s){0,4}?(?:aircraft|jets|drones"
    r"|fighters|bombers|warships|submarines|destroyers|frigates))\b",
    re.IGNORECASE,
)
# "เรือส่งกำลังบำรุง" is a supply ship, not forces being sent
NOT_DEPLOYMENT_AFTER_TH = ("บำรุง",)
# Forces sent to a place: the name after "to"/"ไปยัง" is where they go, not a party
SENT_TO_EN = re.compile(
    r"\b(?:deploy\w*|(?:send|sends|sent|sending|dispatch\w*|mov(?:e|es|ed|ing)|transferr?\w*"
    r"|rotat\w+|post(?:s|ed|ing)?)\b[^.;]{0,60}\b(?:" + _FORCE_EN + r"|company))\b[^.;]{0,50}"
    r"\bto (?:the )?(?:(?:southern|northern|eastern|western|central) )?$"
    r"|\bsail\w*\s(?:on\s)?to\s(?:the\s)?$"  # only ships sail: "will sail on to Djibouti"
    # forces that go somewhere themselves: "150 Indian paratroopers will fly to Egypt"
    r"|\b" + _FORCE_EN + r"\b[^.;]{0,30}\b(?:fly|flew|flown|flying|travel\w*"
    r"|head(?:s|ed|ing)?|sail\w*|go|goes|went|arriv\w+|return\w*|redeploy\w*)\s(?:on\s)?"
    r"(?:to|in|into)\s(?:the\s)?$",
    re.IGNORECASE,
)
# A place we cannot name, then the town or country it lies in: "ที่เมืองมาลากาล ประเทศซูดานใต้",
# "ในย่านวากัม กรุงดาการ์": the second name is where, as the first would be
PLACE_BEFORE_TH = re.compile(
    r"(?:ใน|ที่|ณ)(?:ย่าน|เมือง|ค่าย|ฐานทัพ\S{0,6}|จังหวัด|อำเภอ|เขต|แขวง|ท่าเรือ|ท่าอากาศยาน"
    r"|สนามบิน)[ก-๙]{2,30}\s(?:ประเทศ|กรุง|เมือง|จังหวัด|รัฐ|แคว้น)$"
)
# Where people are passed on to after the act told: "ส่งมอบแรงงาน...ให้ทางการเมียนมา เพื่อ
# ส่งต่อไปยังจีน อินโดนีเซีย และเอธิโอเปีย" (the list is no party to the hand-over)
ONWARD_TH = re.compile(r"ส่ง(?:ต่อ|กลับ)(?:ไป)?(?:ยัง|ให้)?(?:แก่)?$")
# A traveller's next stop: "เดินทางต่อไปยังเวียงจันทน์", "เดินทางถึงฮานอย"
TRAVEL_TO_TH = re.compile(r"เดินทาง(?:ต่อ)?(?:ไปยัง|ไป|ถึง|มายัง|มาถึง|กลับ)$")
# ("ทหาร...จำนวน 150 นาย เดินทางไปยังสหรัฐอาหรับเอมิเรตส์": spaces may part the phrases)
SENT_TO_TH = re.compile(
    r"(?:ทหาร|กำลังพล|กำลัง|นาวิกโยธิน|นาย|ทีม|กองทัพ|คน)[^\n]{0,40}(?:ไปยัง|ไปถึง|ไป|มายัง|มาถึง)$"
)
# A name the subject of a verb ("..., and Nepal has deployed"): a new clause, not a list
SUBJECT_AFTER_EN = re.compile(
    r"(?:'s\s[a-z]+)?\s(?:also\s)?(?:[a-z]+ed|has|have|had|is|was|were|are|will|would|said"
    r"|says|sent|sends|keeps?|kept|holds?|held|leads?"
    # a headline's second subject: "Turkey opens drone base in Cyprus, Greece protests"
    r"|protests|objects|warns|condemns|responds|reacts|denies|rejects|welcomes)\b"
)
# "the Niger pullout": the country the forces leave
# "pay off", "write off": "off" is the verb's, not a place's ("paid off Syria's arrears")
OFF_VERBS_EN = frozenset("pay pays paid paying write writes wrote written writing".split())
# Forces setting off for a place: "left Dhaka on Wednesday for the Central African Republic"
SET_OFF_FOR_EN = re.compile(
    r"\b(?:left|leav(?:e|es|ing)|depart\w*|set off|sail\w*|flew out)\b[^.;,]{0,50}\bfor (?:the )?$"
)
# "French troops left Chad": the place forces leave
FORCES_LEFT_EN = re.compile(
    r"\b" + _FORCE_EN + r"\b"
    r"[^.;]{0,40}\b(?:left|leav(?:e|es|ing)|quit|quits|exit(?:ed|s)?)\s(?:the\s)?$"
)
# ...unless they left it for somewhere else: "left Dhaka on Wednesday for the Central African"
SET_OFF_AFTER_EN = re.compile(r"[^.;]{0,40}?\bfor\s(?:the\s)?[A-Z]")
# Territories a state's forces are at home in (Guam, Réunion, Gibraltar...)
TERRITORY_OF = {
    "GU": "US", "PR": "US", "VI": "US", "AS": "US", "MP": "US", "UM": "US",
    "RE": "FR", "GF": "FR", "PF": "FR", "NC": "FR", "YT": "FR", "GP": "FR", "MQ": "FR",
    "PM": "FR", "WF": "FR", "GI": "GB", "FK": "GB", "IO": "GB", "BM": "GB", "KY": "GB",
    "VG": "GB", "SH": "GB", "PN": "GB", "GL": "DK", "FO": "DK", "AW": "NL", "CW": "NL",
    "CX": "AU", "CC": "AU", "NF": "AU", "HK": "CN", "MO": "CN",
}  # fmt: skip
# "withdrawing its soldiers from the eastern Democratic Republic of Congo"
# Where forces were moved from, on to another place: "moved from Port-au-Prince to Cap-Haitien"
MOVED_FROM_EN = re.compile(
    r"\b(?:mov(?:ed|es|ing)|transferred|relocated|redeployed|shifted)\b[^.;]{0,70}\bfrom\s"
    r"(?:the\s)?$"
)
LEFT_FROM_EN = re.compile(
    r"\b(?:withdr\w+|pull\w* out)\b[^.;]{0,70}\bfrom (?:the )?(?:(?:north|south|east|west)"
    r"(?:ern|-?eastern|-?western)?\s)?$"
)
# Ships calling at a base visit it, they are not based there
VISIT_BEFORE_EN = re.compile(
    r"\b(?:visits?|visited|port calls?|call(?:ed|s)? at|dock(?:ed|s|ing)? (?:at|in))\s(?:to\s)?"
    r"(?:the\s)?(?:[\w-]+\s){0,2}$",
    re.IGNORECASE,
)
# A name before these names an exercise, not a place: "Russia's Vostok strategic exercise"
EXERCISE_AFTER_EN = re.compile(
    r"\s(?:(?:strategic|naval|military|joint|annual|air|command-post)\s)*(?:exercises?|drills"
    r"|war\s?games|manoeuvres|maneuvers)\b",
    re.IGNORECASE,
)
# A body that speaks is no place forces are at: "The Pentagon said the base had been handed"
SPEAKER_AFTER_EN = re.compile(
    r"\s(?:said|says|announced|told|confirmed|added|stated|denied|declined)\b"
)
# "The Central African Republic's government, which also hosts ...": a state's body
STATE_BODY_AFTER_EN = re.compile(
    r"['’]s\s(?:[a-z]+\s)?(?:government|authorities|rulers|junta|leaders?|presidency)\b"
)
# A presence of the past: "which once ran bases in Eritrea"
ONCE_EN = re.compile(
    r"\bonce\s(?:ran|had|kept|hosted|operated|maintained|housed|stationed|based|used)\b"
)
# The speaker's own forces: "We have about 600 troops", "Our 650 soldiers"
WE_HAVE_EN = re.compile(r"\b(?:[Ww]e\s(?:have|keep|maintain|sent|send|will)|[Oo]ur\s)")
# Forces owned by a pronoun: "Its last 800 soldiers", "their contingent"
PRONOUN_FORCES_EN = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir)\s(?:[\w,-]+\s){0,3}?" + _FORCE_EN + r"\b"
)
# A place that names a meeting is where it met: "was not represented at the Moscow meeting"
EVENT_AFTER_EN = re.compile(
    r"\s(?:peace\s)?(?:meeting|talks|summit|conference|format|process|declaration|forum)\b"
)
# A demonym before these names a landmark, not a party: "near the Israeli border"
BORDER_AFTER_EN = re.compile(  # ("the Philippine coast guard" is a state body)
    r"\s(?:border|frontier|coast(?!\s?guards?\b)|coastline|side of the border)\b"
)
# A deployment already told of ("called the missile deployment a provocation") is no new one
TOLD_BEFORE_EN = re.compile(r"\b(?:the|this|that|such)\s(?:[\w-]+\s)?$", re.IGNORECASE)
# Warships calling at a port or base visit it ("is due at Changi naval base ... for the first
# German naval visit"): a base named in the same sentence houses no forces of theirs
SHIP_VISIT_EN = re.compile(
    r"\b(?:frigates?|destroyers?|warships?|carriers?|ships?|vessels?|corvettes?|submarines?)\b"
    r"[^.;]{0,120}\b(?:port calls?|port visits?|naval visit|goodwill (?:visit|call)|visit)\b",
    re.IGNORECASE,
)
VISITING_CUE_EN = re.compile(r"bases?$|sailors|marines", re.IGNORECASE)
# "in the country", "from the country": the country the story is about, when a clause names
# no place
THE_COUNTRY_EN = re.compile(
    r"\b(?:in|from|into|across|throughout|out of|inside|within) (the country)\b"
)
# Forces "there" are at the place told of last; "there are", "there will be" say only that
# something exists
THERE_EN = re.compile(
    r"\bthere\b(?!\s(?:is|are|was|were|will|would|has|have|had|could|can|may|might|must"
    r"|should|seems?|appears?|remains?|exists?|being|been)\b)"
)
# Peace and stabilisation missions named by their acronym ("troops to AUSSOM", "ส่งกำลังพล
# 850 นาย เข้าร่วมภารกิจ UNIFIL"), and the country each serves in, which news leaves unsaid
MISSION_HOSTS = {
    "UNIFIL": "LB", "MINUSCA": "CF", "MONUSCO": "CD", "UNMISS": "SS", "MINUSMA": "ML",
    "UNFICYP": "CY", "UNDOF": "SY", "KFOR": "XK", "UNMIK": "XK", "EUFOR": "BA",
    "AUSSOM": "SO", "ATMIS": "SO", "AMISOM": "SO", "SAMIDRC": "CD", "MINUSTAH": "HT",
    "UNISFA": "SS", "MINURSO": "EH", "UNAMID": "SD", "UNMIL": "LR", "UNOCI": "CI",
    "SAMIM": "MZ", "EUTM": "ML",
}  # fmt: skip
MISSION = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(MISSION_HOSTS, key=len, reverse=True)) + r")(?![A-Za-z])"
)
# A state's capital that stands for a union it hosts when the text names the union
UNION_SEATS_EN = {"Brussels": re.compile(r"\bEU\b|\bEuropean (?:Union|Commission|Council)\b")}
# Forces named only by the mission they serve: "battalions to the force", "their contingents"
THE_MISSION_EN = re.compile(
    r"\b(?:(?:" + _FORCE_EN + r"|company)\s(?:[\w-]+\s)?"
    r"(?:to|in|with)\sthe\s(?:force|mission|operation)\b|(?:their|its)\s(?:[\w-]+\s)?"
    r"contingents?\b)",
    re.IGNORECASE,
)
WITHDRAWAL_NOUN_AFTER_EN = re.compile(r"^\s(?:pullout|pull-out|withdrawal|drawdown|exit)\b", re.I)
# A number of troops "from" several countries is their total, no one force's size
# "bringing the French-led NATO battlegroup at Cincu to about": a multinational force's total
MISSION_TOTAL_BEFORE_EN = re.compile(
    r"\b(?:bring\w*|rais\w+|boost\w*|increas\w+|swell\w*)\sthe\s(?:[\w-]+\s){0,4}?"
    r"(?:battlegroups?|battle groups?|mission|coalition|alliance|multinational\s[\w-]+)\b"
    r"[^.;]{0,40}?\bto\s(?:about\s|some\s|around\s|nearly\s|roughly\s|almost\s)?$",
    re.IGNORECASE,
)
FROM_AFTER = re.compile(r"\s?(?:[a-z]+\s){0,2}?(?:from|จาก)\s?(?:the\s)?")
# Thai words after which a name continues the clause rather than starting a new one
JOINING_TH = (
    "กับ", "และ", "หรือ", "ของ", "ให้", "แก่", "จาก", "ใน", "ที่", "ว่า", "ระหว่าง", "ทั้ง", "ต่อ",
    "ถึง", "ไปยัง", "สู่", "โดย", "เช่น", "ได้แก่", "คือ",
)  # fmt: skip
# A leader introduced by name, then office and country: "นายปราโบโว ซูเบียนโต ประธานาธิบดี"
LEADER_INTRODUCED_TH = re.compile(
    r"(?:นาย|นาง|นางสาว|พลเอก|พล\.อ\.)\s?(?P<name>(?:(?!นาย|นาง|พลเอก)[ก-๙]){3,20})(?:\s[ก-๙]{2,})?\s"
    r"(?:นายกรัฐมนตรี|ประธานาธิบดี|รองประธานาธิบดี|รัฐมนตรี\S{0,30}?|ผู้นำ|สมเด็จพระราชาธิบดี)"
    r"(?:ของ|แห่ง)?(?:ประเทศ|สาธารณรัฐ)?$"
)
# Forces or ships named by their state, opening a clause after a space: " เรือรบจีน", " ทหารไทย"
FORCE_SUBJECT_TH = re.compile(
    r"(?<=\S)\s(?:ทหาร|กองทหาร|กองทัพ(?:เรือ|อากาศ|บก)?|นาวิกโยธิน|กองกำลัง|กองเรือ"
    r"|เรือ(?:รบ|ดำน้ำ|พิฆาต|ฟริเกต|ฝึก))(?:ของ)?$"
)
# ...and, in a headline, officials named by their state: "...ที่มัสกัต รมว.ต่างประเทศซาอุฯ เยือน..."
OFFICIAL_SUBJECT_TH = re.compile(
    r"(?<=\S)\s(?:รมว\.|รมต\.|รัฐมนตรี|นายกรัฐมนตรี|นายกฯ|ประธานาธิบดี|ผู้นำ)\S{0,30}?(?:ของ)?$"
)
WITHDRAWAL_TH = ("ถอนทหาร", "ถอนกำลัง", "ถอน", "ถอนตัว", "ย้ายกำลัง")
WITHDRAWAL_EN = re.compile(
    r"\b(?:withdr\w+|pull(?:ed|ing|s)? out|pull\w*\s[\w\s-]{0,30}?\sout of|leav(?:e|es|ing)"
    r"|drawdown|clos(?:e|es|ed|ing)\s(?:its|their|the|all)?\s?(?:[\w-]+\s){0,2}?bases?"
    r"|(?:cut|cuts|reduc\w+|halv\w+)\s(?:its|their|the)\s(?:[\w-]+\s){0,2}?(?:"
    + _FORCE_EN
    + r"|presence)|hand(?:ed|s|ing)?\sover\s(?:a|the|its|their)\s(?:[\w-]+\s){0,2}?"
    r"(?:base|camp)"
    r"|depart(?:ed|ing|s)?)\b",
    re.I,
)
# "X hosts / X, which hosts / X ..., now host" forces or a base of another state
HOSTS_FORCES_EN = re.compile(
    r",?\s(?:(?:which|that)\s)?(?:also\s|now\s|still\s|already\s)?"
    r"(?:will\s)?(?:keep\s|continue\s(?:to\s)?)?host(?:s|ed|ing)?\s"
    r"(?:[\w'’-]+\s|\d[\d,.]*\s){0,5}?(?:bases?|" + _FORCE_EN + r")\b"
    r"(?:\sof\s(?:the\s)?[\w'’-]+)?",  # "a battalion of British Army Gurkhas": whose
    re.IGNORECASE,
)
REOPEN_TH = ("เปิดฐานทัพอีกครั้ง", "เปิดฐาน", "อีกครั้ง")
REOPEN_EN = re.compile(r"\breopen\w*\b", re.IGNORECASE)
BASE_TH = ("ฐานทัพ", "ฐาน")
BASE_EN = re.compile(r"\b(?:bases?|air base|outposts?)\b", re.IGNORECASE)
EXPELLED = re.compile(
    r"expel\w*\s[\w\s]{0,30}|ordered\s[\w\s]{0,30}\sout\b|(?<!เครื่องบิน)ขับไล่\S{0,30}", re.I
)
# A troop number next to these words counts losses, not a presence.
CASUALTY = re.compile(
    r"เสียชีวิต|บาดเจ็บ|ถูกจับ|\b(?:killed|wounded|captured|dead|died|casualties)\b", re.I
)
# "ทางตอนเหนือของ": where a town lies in its country
DIRECTION_OF_TH = r"(?:ทาง)?(?:ตอน|ภาค)?(?:เหนือ|ใต้|ตะวันออก|ตะวันตก)(?:เฉียง(?:เหนือ|ใต้))?ของ"
# A Thai subject that sends forces: "ญี่ปุ่นจะส่งทหาร", "รัสเซียส่งครูฝึกทหาร"
SENDS_FORCES_TH = re.compile(
    r"(?:\s?(?:ได้|จะ|ยัง|เตรียม|มีแผน(?:ที่)?จะ|ประกาศ(?:จะ)?|ตัดสินใจ|เพิ่ง))*\s?"
    r"(?:ส่ง|วาง|เคลื่อน)(?:กำลังพล|กำลัง|ทหาร|กองกำลัง|นาวิกโยธิน|ครูฝึก|ที่ปรึกษาทางทหาร"
    r"|กองเรือ|เครื่องบิน(?:ขับไล่|ทิ้งระเบิด|ลาดตระเวน))"
)
# A Thai subject that keeps forces somewhere: "รัสเซียยังคงตั้งฐานทัพ", "จีนมีทหารประจำการ"
KEEPS_FORCES_TH = re.compile(
    r"\s?(?:ยังคง|ยัง|ได้|จะ|ก็)*\s?(?:ตั้งฐาน|ประจำการ|ส่งทหาร|ส่งกำลัง|คง(?:ทหาร|กำลัง|ครูฝึก)|มีทหาร"
    r"|มีฐาน|มีกำลัง|วางกำลัง)"
)
# A number of people who are no forces: "เจ้าหน้าที่ตำรวจออสเตรเลีย 3 นาย" (but a bare
# เจ้าหน้าที่ may be soldiers: "นักบินและเจ้าหน้าที่ภาคพื้นราว 120 นาย")
CIVILIANS_TH = re.compile(r"ตำรวจ|ผู้ต้องหา|ผู้ต้องสงสัย|นักการทูต|นักข่าว")
PERSONNEL_TH = re.compile(CIVILIANS_TH.pattern + "|" + any_of(FORCE_NOUNS_TH) + "|ที่ปรึกษา")
# Forces drawn from a list of countries: "กำลังพลกว่า ๘,๐๐๐ นาย จาก", "ทหารจาก"
FORCES_FROM_TH = re.compile(r"(?:" + any_of(FORCE_NOUNS_TH) + r"|นาย)\S{0,12}\s?จาก\s?(?:ประเทศ)?")
FORCES_FROM_EN = re.compile(
    r"\b(?:" + _FORCE_EN + r"|companies|ships)\s(?:[\w-]+\s){0,2}?from\s"
    r"(?:the\s)?(?:(?:countries|nations|states)\s(?:including|such as|like)\s(?:the\s)?)?",
    re.IGNORECASE,
)
# Between a named force and its number: "ทหารกัมพูชา 2 นาย", "ทหารรัสเซียราว 1,500 นาย"
COUNT_AFTER_FORCES_TH = r"\s?(?:ราว|ประมาณ|กว่า|อีก|เพิ่ม(?:อีก)?|อย่างน้อย|จำนวน|ทั้งหมด)?\s?"
# A deployment told as history ("สหรัฐฯ เคยมีทหารประจำการในไทย", "ในอดีต") or as a
# supposition ("หากสหรัฐฯ ต้องการใช้ท่าอากาศยานอู่ตะเภา") is no deployment
UNREAL_TH = re.compile(r"เคย(?:มี|ส่ง|ตั้ง|ประจำ|ใช้)|ในอดีต|ครบรอบ|(?<!ไม่)หาก|(?<![ก-๙])ถ้า|สมมติ")
# People who study or train abroad, or are back home, are no forces stationed there:
# "นักบิน...ได้เข้ารับการฝึกที่เมืองลินเชอปิงในสวีเดน...และเดินทางกลับถึงไทยแล้ว"
NOT_STATIONED_TH = re.compile(r"เข้ารับการฝึก|เข้าศึกษา|ศึกษาดูงาน|กลับถึง|หลบหนี|หนีข้าม|ลี้ภัย")
# "สงครามในยูเครน": the place a war is named by
WAR_BEFORE_TH = re.compile(r"สงคราม(?:ใน)?(?:ประเทศ)?\s?$")
# Forces sent on to a place told further on: "ส่งเรือหลวง...พร้อมกำลังพล 250 นาย ออกเดินทางจาก
# ฐานทัพเรือสัตหีบ ไปร่วมการฝึกริมแพค 2026 ซึ่งกองทัพเรือสหรัฐฯ เป็นเจ้าภาพ ณ เพิร์ลฮาร์เบอร์"
SENDING_TH = re.compile(r"ส่ง(?!มอบ|ออก|ต่อ|กลับ|สัญญาณ|เสริม)")
# Where forces set out from: "จากฐานทัพอากาศคาเดนะในญี่ปุ่น มายังกองบิน 1", unless they
# leave it ("ถอนทหารจากซีเรีย")
LEAVING_BEFORE_TH = re.compile(r"ถอน|ออก$|ย้ายออก|ปิดฐาน")
# Forces that are not, or will not be, there: "ไม่อนุญาตให้...ตั้งฐาน", "ไม่มีทหารต่างชาติ"
DEPLOYMENT_NEGATED_TH = re.compile(
    r"ไม่ควร|ไม่ได้(?:ส่ง|ประจำ|ตั้ง)|ไม่มี(?:ทหาร|นโยบาย|แผน)|ไม่อนุญาต|ไม่ยอม|จะไม่(?:ส่ง|ตั้ง|ให้)"
)
# Basing refused or a report of forces denied: "ปฏิเสธรายงาน...ว่าจีนมีทหาร...ประจำการ"; refusing
# to withdraw ("ปฏิเสธข้อเรียกร้อง...ที่ให้ถอนทหาร") keeps the forces there
DEPLOYMENT_REFUSED_TH = re.compile(r"ปฏิเสธ(?![^\n]{0,40}?(?:ถอน|ลด|ย้าย))")
# Forces of a state: the name right after these Thai words, or right before the English.
# (Not กำลังพล or a unit: in "กำลังพลนาวิกโยธินสหรัฐฯ" the state is the marines', named by them)
FORCE_BEFORE_TH = (*subset("ทหาร", "กองทหาร", "กองทัพ", "นาวิกโยธิน", "กองกำลัง", "กองเรือ"), "เรือรบ")
# (Not every force noun: "the two countries' navies" are no one state's forces.)
_FORCE_AFTER_NAME_EN = some_of(
    "troops", "soldiers", "forces", "marines", "military", "navy", "army", "personnel", "units",
    "sailors", "trainers", "instructors", "border guards", "submarines", "warships",
    "peacekeepers", "paratroopers", "brigade", "brigades", "battalion", "battalions",
    "contingent", "contingents", "regiment", "regiments", "detachment", "detachments",
    "squadron", "squadrons", "garrison", "garrisons",
)  # fmt: skip
FORCE_AFTER_EN = re.compile(
    r"^(?:-led)?\s?(?:'s\s)?(?:[A-Z0-9][\w-]*\s){0,3}(?i:"
    + _FORCE_AFTER_NAME_EN
    + r"|peacekeeping|commandos|special forces|task force)\b"
)

# Trade has two sides: a list of buyers (or of sellers) does not trade within itself
TRADE_EN = re.compile(
    r"bought|buy\w*|purchas\w+|sell\w*|sold|order\w*(?: by| from)?|supplied|provided"
    r"|deliver\w*|invest(?!igat)\w*",
    re.IGNORECASE,
)
# Equipment bought "from" a seller: "to buy 48 KAAN jets from Turkish Aerospace"
BOUGHT_EN = re.compile(rf"\b(?:{TRADE_EN.pattern})\b", re.IGNORECASE)
# Weapons that name a state's forces when its name qualifies them ("Russian warships")
EQUIPMENT_EN = re.compile(
    r"fighter jets?|bombers|submarines?|missiles?|warships|armoured vehicles|artillery shells"
    r"|intelligence(?!\s(?:shar|cooperat|co-operat|exchange|pact|agreement))",
    re.IGNORECASE,
)
ACCORD_EN = re.compile(
    r"treaty|pacts?|accords?|agreements?|deal|framework|partnership|arrangement|memorandum"
    r"|alliance",
    re.IGNORECASE,
)
# "under a bilateral pact with Kinshasa": the accord the clause cites binds its subject to them
ACCORD_PARTNER_EN = re.compile(r"\s(?:signed\s|reached\s|agreed\s)?with\b")
UNDER_EN = re.compile(r"\b[Uu]nder (?:the|a|an|its|their|this|that)\s(?:[\w-]+\s){0,4}$")
AGENCY_GAP_EN = re.compile(r"(?:['’]s)?\s(?:military\s|foreign\s|defen[cs]e\s)?")
OWNER_GAP_EN = re.compile(  # modifiers, not a verb: "Russian tactical bombers", not "has sent"
    r"(?:['’]s)?\s(?:(?!(?:has|have|had|will|would|is|are|was|were|to|also|and|its|their)\b)"
    r"(?:[a-z]+(?<!ed)|[a-z]+-[a-z]+)\s){0,2}"
)

# Countries named only by number: "ทั้งสองประเทศ", "the two sides", "all three".
COREFERENCE = re.compile(
    r"ทั้ง(?:สอง|สาม|สี่|ห้า)\s?(?:ประเทศ|ฝ่าย|ชาติ|รัฐบาล|ผู้นำ)|ระหว่างสอง\s?(?:ประเทศ|ฝ่าย|ชาติ)"
    r"|(?:ผู้นำ|รัฐบาล)ทั้ง(?:สอง|สาม|สี่|ห้า)(?!ประเทศ|ฝ่าย|ชาติ)"
    r"|\b(?:both (?:countries|nations|sides|governments|leaders|capitals|navies|armies"
    r"|militaries|air forces|coast guards)"
    r"|the (?:two|three|four|five) (?:[a-z]+ )?(?:countries|nations|sides|governments|leaders"
    r"|capitals|neighbou?rs|allies|juntas|states|partners|members|navies|armies|militaries"
    r"|air forces|coast guards|presidents|prime ministers|foreign ministers|defen[cs]e ministers"
    r"|delegations)"
    r"|all (?:three|four|five))\b",
    re.IGNORECASE,
)
# "the two sides" are the two named "between" each other before: "a ceasefire between Pakistan
# and Afghanistan", "การเจรจาระหว่างนายกรัฐมนตรีไทยและนายกรัฐมนตรีกัมพูชา"
BETWEEN_BEFORE = re.compile(r"(?:ระหว่าง(?!ประเทศ)\S{0,24}|\bbetween\s(?:the\s)?)$", re.IGNORECASE)
BETWEEN_GAP = re.compile(r"\s?(?:และ|กับ)\S{0,24}|\s(?:and|to)\s(?:the\s)?", re.IGNORECASE)
# How many countries a number phrase stands for: "the three coastal states", "ทั้งสี่ประเทศ"
COREFERENCE_COUNTS = {
    "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "both": 2, "two": 2, "three": 3, "four": 4, "five": 5,
}  # fmt: skip
COREFERENCE_COUNT = re.compile(r"สอง|สาม|สี่|ห้า|\b(?:both|two|three|four|five)\b", re.IGNORECASE)
# The other side of a hostile word is no partner: "amid tension with Ethiopia",
# "ท่ามกลางความตึงเครียดกับเอธิโอเปีย"
HOSTILE_OBJECT_BEFORE = re.compile(
    r"(?:ตึงเครียด|ข้อพิพาท|ขัดแย้ง|พิพาท|สงคราม|ปะทะ)\S{0,6}(?:กับ|ต่อ)\s?$|\b(?:tensions?|dispute|row"
    r"|stand-?off|rift|feud|war|clash(?:es)?|conflict)\s(?:with|against)\s(?:the\s)?$",
    re.IGNORECASE,
)
# "with Uzbekistan holding 40 percent": a participle after "with" tells a circumstance, the
# name is no other side
CIRCUMSTANCE_AFTER_EN = re.compile(r"\s(?:[a-z]+ing)\b")
# A Thai trigger that says between whom: "ความร่วมมือทางทหารระหว่างมอสโกกับเปียงยาง",
# "การเจรจาโดยตรงระหว่างสองประเทศ"
BETWEEN_AFTER_TH = re.compile(r"\S{0,16}?ระหว่าง")
BETWEEN_GAP_TH = re.compile(r"\s?(?:,|และ|กับ)?\s?(?:ประเทศ|กรุง)?\s?")
# ...which a speaker or a supporter before it talks about, taking no part
STANCE_TH = re.compile(r"(?:กล่าว|แถลง|ระบุ|ยืนยัน|เปิดเผย|ย้ำ)\S{0,12}ว่า|สนับสนุน|ยินดี|ชื่นชม")
# The other side of a number phrase: "all three signed accords with Russia"
OTHER_SIDE_BEFORE = re.compile(
    r"(?:กับ|แก่|ต่อ|\b(?:with|to|from|against)\b)\s?(?:ประเทศ|the\s)?$", re.IGNORECASE
)

# Natural disasters: their harm words ("killed", "struck") are no hostility between states,
# and the country they hit is who receives the aid a clause leaves without a recipient.
DISASTER = re.compile(
    r"แผ่นดินไหว|น้ำท่วม|อุทกภัย|พายุ|สึนามิ|ดินถล่ม|ไฟป่า|ภัยพิบัติ|\b(?:earthquakes?|quakes?"
    r"|floods?|flooding|typhoons?|cyclones?|hurricanes?|tsunamis?|landslides?|wildfires?)\b",
    re.IGNORECASE,
)
DISASTER_HARM = re.compile(r"^(?:kill\w*|struck|strikes?)$", re.IGNORECASE)
# A donor: a name followed by a giving verb ("จีนเร่งส่ง", "India delivered").
GIVES_AFTER = re.compile(
    r"^(?:\S{0,16}?(?:ได้|ยัง|เร่ง|จะ|ก็)?\s?(?:ส่ง|มอบ|บริจาค|ประกาศมอบ|ให้เงิน)"
    r"|(?:'s\s[a-z]+\s)?\s?(?:[a-z]+\s){0,2}?(?:sent|sends?|pledged|pledges?|delivered|donated"
    r"|gave|dispatched|airlifted|flew|deposited|lent|loaned|granted|disbursed|rolled over)\b)"
)
# A party that receives: "Uzbekistan secured a $2 billion credit line"
RECEIVES_AFTER_EN = re.compile(
    r"\s(?:[a-z]+\s){0,2}?(?:received|receives|secured|secures|obtained|won|got|sought|seeks"
    r"|asked|requested)\b"
)
# Forces named in an English sentence (what "based in" needs to be a deployment).
# (Not every force noun: "the fighters", "bombers based at" name no state's forces here.)
_FORCE_NAMED_EN = some_of(
    "troops", "soldiers", "forces", "military", "marines", "personnel", "units", "sailors",
    "trainers", "instructors", "warships", "aircraft", "jets", "navy", "army", "fleet",
    "contingent", "garrison",
)  # fmt: skip
FORCES_EN = re.compile(
    r"\b(?:" + _FORCE_NAMED_EN + r"|peacekeep\w*)\b",
    re.IGNORECASE,
)
NON_STATE_TH = re.compile(r"แก๊ง|เครือข่าย|ขบวนการ|มาเฟีย|กลุ่มติดอาวุธ|กลุ่มกบฏ|บริษัท")
# A hostile word whose own phrase opens with a gang or a suspect ("เครือข่ายของผู้ต้องหาถูกกล่าวหาว่า
# ลักลอบขนยาบ้า"): a crime told, no hostility between states
NON_STATE_SUBJECT_TH = re.compile(r"(?:" + NON_STATE_TH.pattern + r"|ผู้ต้องหา|ผู้ต้องสงสัย)\S*$")
# An invitation asks for a meeting; "ตามคำเชิญ", "at the invitation of" tell of one held.
INVITATION = re.compile(
    r"(?<!ตามคำ)(?<!ได้รับ)(?<!ได้รับคำ)เชิญ(?!ชม)|\binvit(?:ed|es|ing)\b(?! by)", re.IGNORECASE
)

# Several countries in one list share a clause without acting together ("exhibitors from the
# United States, France, China and South Korea showed their wares"), unless these say so.
MUTUAL_EN = re.compile(
    r"\b(?:joint\w*|together|trilateral|multilateral|each other|one another|among themselves"
    r"|between them|mutual\w*|between|among)\b",
    re.IGNORECASE,
)
# ...in Thai: "ร่วมกัน", "ฝึกร่วม", "ระหว่าง", "ทวิภาคี"
MUTUAL_TH = re.compile(r"ร่วม|ระหว่าง|ทวิภาคี|ไตรภาคี|พหุภาคี|กันและกัน")
# Forces hosted on request or acting with the host's: "requested by Warsaw", "alongside the
# Congolese army", "ตามคำร้องขอของรัฐบาล"
HOSTED_TOGETHER = re.compile(
    r"\b(?:request\w*|asked|invit\w+|alongside|together|side by side|hosts?|hosted|welcom\w+)\b"
    r"|ร้องขอ|คำขอ|คำเชิญ|ร่วมกับ|เคียงข้าง",
    re.IGNORECASE,
)
# ...and words saying the names of a list each act on their own
SEPARATELY_EN = re.compile(
    r"\bin separate (?:\w+\s)?(?:statements|remarks|calls|messages|posts)\b|\brespectively\b",
    re.IGNORECASE,
)
# The host of a meeting: "hosted by Kazakh President", "Oman hosted", "ไทยเป็นเจ้าภาพ"
HOSTED_BY_EN = re.compile(r"\bhosted by (?:the\s)?$", re.IGNORECASE)
HOST_AFTER_EN = re.compile(
    r"(?:['’]s\s(?:[A-Za-z-]+\s){0,3}?)?\s?(?:has\s|had\s|will\s|is\s|was\s)?"
    r"(?:hosted|hosts|hosting|host)\s(?:a|an|the|this|talks|two|three|four|\w+\sround)\b"
)
HOST_AFTER_TH = re.compile(r"\s?(?:ได้|จะ)?\s?(?:รับ)?(?:เป็นเจ้าภาพ|เป็นประธาน)")
# A state's own embassy or envoy abroad: "สถานเอกอัครราชทูตไทยประจำกรุงโตเกียว",
# "สถานทูตสหรัฐฯ ประจำประเทศไทย"
EMBASSY_BEFORE = re.compile(
    r"(?:ทูต|กงสุล)\S{0,12}\s?(?:ประจำ|ใน|ที่)$|\b(?:embass(?:y|ies)|consulates?)\s(?:in|at)\s(?:the\s)?$",
    re.IGNORECASE,
)
VISITED_BEFORE_TH = ("เยือน", "กับ")
# What may stand between a Thai list and the joint verb it is the subject of: "ไทยและกัมพูชา
# จะจัดการประชุม", "จีนและลาวได้ร่วมลงนาม"
SUBJECT_GAP_TH = re.compile(
    r"\s?(?:ได้|จะ|ยัง|เตรียม(?:ที่จะ)?|มีกำหนด)?\s?(?:ร่วมกัน|ร่วม)?\s?(?:จัด(?:การ)?|เปิด|เริ่ม)?\s?"
)
# The other side of a Thai verb: "รับมอบปืนใหญ่จากอินเดีย ลงนามซื้อ CAESAR จากฝรั่งเศส" names
# two sellers of one buyer, each after its own preposition, not partners of each other
OBJECT_BEFORE_TH = ("จาก", "ให้", "แก่", "กับ", "ไปยัง", "ต่อ")
# Thai onlookers: "ผู้แทนจากสหรัฐและจีนเข้าร่วมประชุมในฐานะผู้สังเกตการณ์" watch, not act together
OBSERVING_TH = re.compile(r"(?:ในฐานะ|เป็น)ผู้สังเกตการณ์|ร่วมสังเกตการณ์")
# A name (or a list it opens) followed by that: "ผู้แทนสหรัฐฯ และจีนร่วมสังเกตการณ์" only watch
OBSERVER_AFTER_TH = re.compile(
    r"(?:\s?(?:และ|,)\s?\S{1,15}?)?\s?(?:ร่วมสังเกตการณ์|(?:ในฐานะ|เป็น)ผู้สังเกตการณ์)"
)
# Onlookers of an exercise ("with observers from Bangladesh, Sri Lanka...") do not drill.
OBSERVERS_BEFORE_EN = re.compile(r"\bobserv\w+\s(?:from|of)\s(?:the\s)?$", re.IGNORECASE)
# A country named inside an institution's name ("the Reserve Bank of India") is no party.
ORGANISATION_BEFORE_EN = re.compile(
    r"\b(?:Bank|Reserve Bank|University|Institute|College|Museum|Academy|Council|Commission"
    r"|Church|Society|Chamber|Stock Exchange)\s(?:of\s)(?:the\s)?$"
)
# English force nouns are deployment cues only where the sentence stations, sends or keeps
# them somewhere ("China's navy criticised..." merely names forces).
PRESENCE_EN = re.compile(
    r"\b(?:bases?|air base|naval base|station\w*|deploy\w*|garrison\w*|posted|rotat\w+"
    r"|withdr\w+|pull\w* out|based|presence|keeps?|kept|remain\w*|arriv\w+|serv\w+"
    r"|sen[dt]\w*|dispatch\w*|host\w*|relieve\w*|on the way|outposts?|headed|moved?"
    r"|welcom\w+|depart(?:s|ed|ing|ures?)?|leav\w+|left|mandate|guard\w*|patrol\w*|in place"
    r"|return\w*|reduc\w+|contribut\w+|replac\w+"
    r"|trains|training(?!\s(?:of|programmes?|programs?|cent(?:er|re)s?|schools?|missions?))"
    r"|ha(?:s|ve)\s(?:[\w,-]+\s){0,2}?"
    + some_of("troops", "soldiers", "forces", "personnel", "contingent", "contingents")
    + r"\s(?:in|at)|"
    + some_of(
        "instructors", "trainers", "advisers", "contingent", "contingents", "peacekeepers"
    )
    + r"\s(?:(?:are|is|were)\s)?(?:in|at|inside)"
    r"|(?:its|their|our)\s(?:[\w-]+\s){0,2}?"
    + some_of("troops", "soldiers", "forces")
    + r"\s(?:in|at))\b",
    re.IGNORECASE,
)
# The host's own forces named beside a base ("กองทัพเรือกัมพูชาที่ฐานทัพเรือเรียม"): the base
# is theirs, and its name tells of no foreign presence.
HOST_FORCES_BEFORE_TH = re.compile(any_of(FORCE_NOUNS_TH) + r"(?:เรือ|อากาศ|บก)?(?:ของ)?\s?$")
# A list of countries that itself keeps forces: "Indonesia, India and Italy also keep large
# contingents in Lebanon" are the forces of all three.
LIST_KEEPS_FORCES_EN = re.compile(
    r"\s(?:also\s|each\s|still\s)*(?:keep|have|station|maintain|deploy(?:ed)?|sent)\s"
    r"(?:[\w,-]+\s){0,3}" + _FORCE_EN + r"\b"
)

# A port call is a visit, not a presence: "เรือดำน้ำ...เทียบท่าที่ท่าเรือตันจุงปริออก"
PORT_CALL_TH = re.compile(
    r"(?:เทียบท่า|แวะจอด|จอดเทียบ|เยือน|เยี่ยมชม|ตรวจเยี่ยม)(?:ที่|ณ)?\s?(?:ท่าเรือ)?\s?$"
)
# The seat of a government or mission, not where forces are: "รัฐบาลชั่วคราวในกรุงดามัสกัส"
SEAT_BEFORE_TH = re.compile(
    r"(?:รัฐบาล|สถานทูต|สถานเอกอัครราชทูต|นักวิเคราะห์|ผู้เชี่ยวชาญ|แหล่งข่าว|นักวิชาการ)\S{0,20}"
    r"(?:ใน|ที่|ณ)$"
)
# Where forces move from: "ย้ายทหาร...จากซีเรียไปยังฐานทัพอากาศอัล-คาดิม"
ORIGIN_AFTER_TH = re.compile(r"\s?(?:ไปยัง|ไปที่|ไป|มายัง|มา|สู่|เข้าสู่)")
# A speaker and what they say: "กระทรวงกลาโหมญี่ปุ่นแถลงว่า สหรัฐฯ จะเริ่มย้าย..."
SAID_TH = re.compile(r"(?:กล่าว|แถลง|ระบุ|ยืนยัน|เปิดเผย|รายงาน|ประกาศ|เผย)(?:\S{0,12})?ว่า")
# A host that asks another state to pull its forces out: "ขอให้สหรัฐฯ ถอนหน่วยรบพิเศษ",
# "ข้อเรียกร้องให้อินเดียถอนบุคลากรทางทหาร"
ASKS_WITHDRAWAL_TH = re.compile(r"(?:เรียกร้องให้|ขอให้|ข้อเรียกร้องให้)\s?$")
WITHDRAW_AFTER_TH = re.compile(r"\s?(?:ถอน|ย้าย)\S{0,30}?(?:ทหาร|กำลัง|หน่วย|บุคลากร)")
# A change of strength: "จากราว 1,000 นายเป็น 2 พันนาย": the number after เป็น/เหลือ is the new one
CHANGED_FROM_TH = re.compile(r"จาก(?:ราว|ประมาณ|กว่า)?\s?$")
# "ลดลงจาก 350 นายเมื่อปี 2567": a number the force had before
REDUCED_FROM_TH = re.compile(r"(?:ลดลง|เพิ่มขึ้น)จาก(?:ราว|ประมาณ|กว่า)?\s?$")
CHANGED_TO_TH = re.compile(r"\s?(?:ให้)?(?:เป็น|เหลือ)")
# A total across several states: "กำลังพลกว่า 35,000 นาย จาก 19 ประเทศ"
FROM_MANY_TH = re.compile(r"\s?จาก\s?(?:\d+|หลาย|ทั้งหมด\s?\d+)\s?(?:ประเทศ|ชาติ)")
# A list item headed by its place: "- กาบอง: 100 นาย ที่ค่ายทหารในกรุงลีเบรอวิล"
LIST_ITEM_BEFORE_TH = re.compile(r"(?:^|\n)[ \t]*(?:[-–•*·]|\d{1,2}[.)])?[ \t]*$")
LIST_ITEM_AFTER = re.compile(r"\s?[:：]")
# A host of other states' forces: "จิบูตียังเป็นที่ตั้งฐานทัพของสหรัฐฯ จีน ฝรั่งเศส และอิตาลี"
HOSTS_FORCES_TH = re.compile(
    r"\s?(?:ยังคง|ยัง|ก็|จะ)?\s?(?:เป็นที่ตั้ง(?:ของ)?|มี)(?:ฐานทัพ|ฐาน|กองกำลัง|ทหาร)\S{0,16}?ของ\s?"
    r"(?:ประเทศ)?"
)
# Forces told of before: "กองกำลังดังกล่าวประกอบด้วยเจ้าหน้าที่ราว 180 นาย", "กำลังพลชุดนี้"
THOSE_FORCES_TH = re.compile(
    r"(?:กองกำลัง|ทหาร|กำลังพล|กองเรือ|หน่วย|ฝูงบิน)(?:ชุด|ผลัด)?(?:ดังกล่าว|นี้|เหล่านี้)"
)
# A verb right after a country opens a clause with it as the subject ("ญี่ปุ่นเตรียมตั้ง...")
CLAUSE_VERB_TH = re.compile(
    r"\s?(?:เตรียม|จะ|ประกาศ|ยืนยัน|เริ่ม|ส่ง|ตั้ง|ถอน|เปิด|ลงนาม|ปฏิเสธ|เรียกร้อง|ขอ)"
)
# Service names Thai news gives without a state when they are Thailand's own
BARE_SERVICES_TH = frozenset({"กองทัพบก", "กองทัพเรือ", "กองทัพอากาศ"})
# ...unless a state follows them: "กองทัพเรือภาคที่ 4 ของเวียดนาม"
OWNER_AFTER_TH = re.compile(r"[^\s]{0,20}\s?ของ(?:ประเทศ)?")
# A bare Thai state body's owner named right after it: "กระทรวงกลาโหมสหรัฐฯ", "รัฐมนตรีกลาโหม
# ของฟิลิปปินส์", "นายกรัฐมนตรีชิเงรุ อิชิบะ", "นายกรัฐมนตรีของมาเลเซีย นายอันวาร์"
OWNER_GAP_TH = re.compile(
    r"\s?(?:ของ|แห่ง)?\s?(?:ประเทศ|สาธารณรัฐ|ราชอาณาจักร)?\s?"
    r"(?:นาย|นาง|นางสาว|สมเด็จ|ดร\.|พลเอก|พล\.อ\.)?"
)
# ...or after a second title joined to the first: "รัฐมนตรีช่วยว่าการกระทรวงกลาโหมคนที่หนึ่งและ
# หัวหน้ากองเสนาธิการรัสเซีย"
TITLE_CHAIN_TH = re.compile(
    r"(?:คนที่\S{1,6})?(?:และ|รวมทั้ง|ควบ)(?:รอง)?(?:หัวหน้า|ผู้บัญชาการ|เสนาธิการ|ประธาน|รัฐมนตรี"
    r"|นายกรัฐมนตรี|ผู้อำนวยการ|เลขาธิการ)\S{0,30}"
)
# ...or several states at once: "รัฐมนตรีกลาโหมของทั้งสองประเทศ", "ผู้นำ...ทั้ง 2 ฝ่าย"
OWNER_GROUP_AFTER_TH = re.compile(
    r"\s?(?:ของ|แห่ง)?\s?(?:ทั้ง|ทุก)\s?(?:สอง|2|สาม|3|\d+)?\s?(?:ประเทศ|ฝ่าย|ชาติ)"
    r"|\s?(?:ของ|แห่ง)\s?(?:ประเทศ|ชาติ)(?:ดังกล่าว|นั้น|เหล่านั้น|สมาชิก|อื่น)"
    r"|\s?(?:ของ|แห่ง)\s?(?:รัฐบาล|กลุ่ม|ขบวนการ|ระบอบ)"  # "...ของรัฐบาลตาลีบัน": an owner
)
# ...and the office-holder's title between a leader and the body: "นายเซอร์เกย์ ลาฟรอฟ
# รัฐมนตรีว่าการกระทรวงการต่างประเทศ"
TITLE_GAP_TH = re.compile(
    r"[\s,]*(?:รัฐมนตรีช่วยว่าการ|รัฐมนตรีว่าการ|รัฐมนตรี|โฆษก|ปลัด|อธิบดี|เลขาธิการ)?"
)
# A body's name used for a rank or a past office, no body acting: "การประชุมระดับรัฐมนตรี
# ต่างประเทศ", "อดีตนายกรัฐมนตรี"
NO_BODY_BEFORE_TH = re.compile(r"(?:ระดับ|อดีต|ตำแหน่ง|ประชุม)\s?$")
# A treaty named after the city it was signed in: "อนุสัญญากรุงเวียนนา", "ข้อตกลงปารีส"
ACCORD_NAMES_TH = ("อนุสัญญา", "สนธิสัญญา", "ปฏิญญา", "ความตกลง", "ข้อตกลง", "พิธีสาร")
# Reported speech in Thai, and the words a sentence may open with before its subject
SPEECH_TH = re.compile(r"(?:ระบุ|กล่าว|แถลง|เปิดเผย|ยืนยัน|ชี้แจง|ประกาศ|เผย)(?:ด้วย|อีก|ต่อ\S{0,12})?ว่า")
SENTENCE_OPENERS_TH = ("ด้าน", "ส่วน", "ขณะที่", "ทั้งนี้", "นอกจากนี้", "ในขณะที่", "ฝ่าย", "ทาง")
# The office of a Thai state body, whichever form names it: กระทรวงกลาโหม, รมว.กลาโหม and
# รัฐมนตรีกลาโหม are one office (กลาโหม)
BODY_PREFIX_TH = re.compile(r"^(?:รัฐมนตรีว่าการ|รัฐมนตรี|รมว\.|รมต\.|สำนักงาน)?(?:กระทรวง)?(?:การ)?")
# Forces named as what is fought or driven out: "ผลักดันกองกำลังยูเครน", "โจมตีทหารอิสราเอล"
FORCES_TARGETED_TH = re.compile(
    r"(?:ผลักดัน|ขับไล่|โจมตี|ต่อสู้กับ|ปราบปราม|ต่อต้าน|ปะทะกับ)(?:ทหาร|กองทหาร|กองทัพ|กองกำลัง"
    r"|นาวิกโยธิน)(?:ของ)?\s?$"
)
# A place an act of war is aimed at is a target, not where the attackers are: "warplanes
# struck the port of Hodeidah", "drone attacks on facilities at Abqaiq" ("carrier strike
# group" names a force)
ATTACK_EN = re.compile(
    r"\b(?:struck|strik(?:e|es|ing)\b(?!\sgroups?)|attack(?:s|ed|ing)?|bomb(?:s|ed|ing)"
    r"|shell(?:s|ed|ing)|raid(?:s|ed|ing)?|target(?:s|ed|ing)|shot down"
    r"|fir(?:ed|es|ing)\s(?:[\w-]+\s){0,3}?(?:at|on|into))\b",
    re.IGNORECASE,
)
# Where words were said or a meeting held ("told reporters in Kampala", "said in Niamey",
# "at a ceremony at the CATAM air base in Bogota") is the scene of the story, not a station
VENUE_BEFORE_EN = re.compile(
    r"\b(?:said|says|told(?:\s[\w-]+){1,3}?|telling(?:\s[\w-]+){1,3}?|speaking|spoke"
    r"|announced|briefing|conference|ceremony|summit|meeting|talks|forum)"
    r"\s(?:(?:on|last|this|late|earlier)\s\w+\s)?(?:in|at)\s(?:the\s)?"
    r"(?:[\w-]+\s){0,4}?(?:(?:in|at|near)\s(?:the\s)?)?$",
    re.IGNORECASE,
)
# A base that was ("a former naval base at Subic Bay") houses no forces now
FORMER_BEFORE_EN = re.compile(
    r"\b(?:former|ex-|one-time|erstwhile)\s?(?:[\w-]+\s){0,3}?(?:bases?|garrisons?|outposts?"
    r"|camps?)\s(?:at|in|on|of)\s(?:the\s)?$",
    re.IGNORECASE,
)
# A presence that ended before the story's year: "served with UNDOF ... until 2013",
# "a school that US forces ran until 1999"
ENDED_EN = re.compile(r"\buntil\s(?:(?:the\s)?(?:end|middle|start)\sof\s)?(?P<year>\d{4})\b")
LEFT_IN_EN = re.compile(
    r"\b(?:withdrew|left|pulled\s(?:[\w-]+\s){0,4}?out|departed|closed)\b[^.;]{0,80}?"
    r"\bin\s(?P<year>\d{4})\b"
)
# Forces after these are partners of the clause's subject: "would train with British forces",
# "operate alongside the Congolese army"
PARTNER_BEFORE_EN = re.compile(
    r"\b(?:with|alongside|beside|together with)\s(?:the\s)?$", re.IGNORECASE
)
# A peace mission or a union's force counts its own troops, not one contributor's: "MONUSCO,
# with about 11,000 troops", "the UN force in southern Lebanon"
MISSION_FORCE_EN = re.compile(
    r"\b(?:UN|U\.N\.|United Nations|African Union|AU|EU|European Union|NATO|ECOWAS|SADC"
    r"|multinational|international)\b(?:[\s-][\w-]+){0,3}?\s(?:mission|force|operation"
    r"|peacekeepers|coalition)\b"
)
# "called on Russia to withdraw": the name is who is asked, not where
CALL_ON_EN = frozenset("call calls called calling".split())
# "the Gedo and Bay regions": one plural class noun after two names
SHARED_CLASS_AFTER_EN = re.compile(
    r"\s(?:regions|provinces|states|districts|governorates|counties|prefectures|islands)\b"
)
# A site, then a phrase describing it that ends at the town it lies by: "HMAS Stirling, the
# naval base on Garden Island near Perth"
SITE_DESCRIBED_EN = re.compile(
    r",\s(?:the|a|an|its|their)\s(?:[\w-]+\s){0,3}?(?:base|camp|airfield|port|facility"
    r"|garrison)\b[^,;.()]{0,40}?\s(?:in|at|near|on|outside)(?:\s+the)?\s*"
)
# A sentence that takes up forces already told of: "The troops, drawn mainly from ...", "The
# contingent will ..."
THE_FORCES_EN = re.compile(
    r"(?:The|These|Those)\s(?:[\w-]+\s)?(?:" + _FORCE_EN + r"|force|reinforcements)\b"
)
# Forces a state is let use a base are not there for that: "lets US forces use Rygge and
# Evenes air stations" (access granted to named sites, as under EDCA, is told as a presence)
ACCESS_EN = re.compile(
    r"\b(?:(?:lets?|allow\w*|permit\w*)\s(?:[\w-]+\s){1,4}?(?:to\s)?(?:use|train|exercise)"
    r"|right to use|seek\w*\saccess)\b"
)
# A presence told in the past tense of a year long gone: "in 1968, the United States had more
# than 500,000 troops in South Vietnam"
HAD_EN = re.compile(r"(?<!has\s)(?<!have\s)\b(?:had|kept|maintained|numbered)\b")
PAST_YEAR_EN = re.compile(r"\b(?:in|by|during|until)\s(?P<year>(?:1[89]|20)\d\d)\b")
# A count that is a mission's size: "UNFICYP, with about 800 troops from ..."
MISSION_COUNT_BEFORE_EN = re.compile(
    r"\b(?:mission|force|operation|coalition|[A-Z]{4,})['’]?,?\s(?:which\snumbers\s|with\s"
    r"|numbering\s|of\s)(?:about\s|some\s|around\s|nearly\s|roughly\s|more than\s|over\s)?$"
)

# A third state's reaction to others' cooperation ("Japan welcomed the agreement between
# Armenia and Azerbaijan", "China condemned the pact", "India congratulated Nepal and
# Bangladesh on the deal"): the reacting state takes no part in what it reacts to.
REACTION_EN = re.compile(
    r"\b(?:welcom(?:ed|es|ing)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|applaud(?:ed|s|ing)"
    r"|laud(?:ed|s|ing)|commend(?:ed|s|ing)|congratulat(?:ed|es|ing)|condemn(?:ed|s|ing)"
    r"|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|denounc(?:ed|es|ing)|slamm(?:ed|ing)"
    r"|regrett(?:ed|ing)|object(?:ed|s|ing) to|support(?:ed|s|ing)?|back(?:ed|s|ing)"
    r"|endors(?:ed|es|ing)|(?:express|voic)(?:ed|es|ing)\s(?:[a-z]+\s)?(?:support|concern|hope"
    r"|satisfaction|appreciation|gratitude)\s(?:for|about|over|at|with)|(?:is|was|are|were)\s(?:deeply\s|very\s)?"
    r"concerned\s(?:about|by|over)|comment(?:ed|s|ing)?\s(?:on|about)|(?:made|make|makes)\sno"
    r"\scomment\son|t(?:ook|akes|aking|ake)\s[\"“]?note[\"”]?\sof|watch(?:ed|es|ing))\b",
    re.IGNORECASE,
)
# ...what comes between the reacting state and its verb: "Japan's foreign ministry spokesman
# Lin Jian", "said it", "has also"
REACTOR_GAP_EN = re.compile(
    r"(?:['’]s)?(?:\s(?!(?:and|but|after|while|as)\b)[\w.'’-]+){0,7}?\s[\"“]?"
)
# ...or a reactor described between commas: "Italy, Algeria's largest gas customer, welcomed"
DESCRIBED_REACTOR_GAP_EN = re.compile(
    r",\s(?!(?:which|who|whose|and|but|while|as)\b)[^,;]{3,80}?,\s(?:(?:also|has|have|had)\s)?"
)
# ...unless the verb greets guests: "welcomed the visiting Chinese president", "welcomed Putin"
GUESTS_AFTER_EN = re.compile(
    r"\s(?:the\s|a\s)?(?:visiting|delegations?|delegates|guests?|envoys?|troops|ships|sailors"
    r"|crews?|vessels|warships?|frigates?|destroyers?|carriers?|president|prime minister|premier"
    r"|king|queen|emir|crown prince|foreign minister|leaders?|counterparts?)\b",
    re.IGNORECASE,
)
# ...and the passive: "the deal was welcomed by Japan"
REACTION_BY_EN = re.compile(
    r"\b(?:welcomed|praised|hailed|applauded|lauded|commended|condemned|critici[sz]ed"
    r"|denounced)\sby\s(?:the\s)?$",
    re.IGNORECASE,
)
# "welcomed Putin's visit": greeting a guest after all
VISIT_OF_EN = re.compile(r"['’]s\s(?:[\w-]+\s)?(?:visit|arrival|delegation)\b", re.IGNORECASE)
# Names joined by a conjunction, not a bare comma or space
AND_GAP = re.compile(r"^\s*,?\s*(?:และ|and)\s*(?:the\s)?$")
# Land or a route between two names lies where they are: "the narrow strip of land between
# Belarus and the Russian exclave", "the railway between Laos and Thailand"
GEOGRAPHY_BETWEEN_EN = re.compile(
    r"\b(?:land|strip|corridor|gap|border|frontier|boundary|road|highway|railway|rail line|route"
    r"|pipeline|bridge|strait|sea|waters|river|flights?|distance|crossings?)\s(?:[a-z]+\s)?"
    r"between\s(?:the\s)?$",
    re.IGNORECASE,
)
# A demonym before a place noun names where, not who: "the Russian exclave of Kaliningrad",
# "the northernmost Philippine province", "a Chinese port"
PLACE_NOUN_AFTER_EN = re.compile(
    r"\s(?:exclave|enclave|region|province|port|city|town|village|capital|islands?|territory"
    r"|waters|coast(?!\s?guards?\b)|mainland|soil|airspace|border town|border city"
    r"|border province)\b"
)
# An official introduced with the state they serve: "Somali President Hassan Sheikh Mohamud",
# "Turkish foreign minister Hakan Fidan", "Paraguay's President Santiago Pena"; later the
# story writes the name alone ("met Sisi and Hassan Sheikh in Asmara")
OFFICIAL_INTRODUCED_EN = re.compile(
    r"(?:['’]s)?\s(?:(?:[Dd]eputy|[Vv]ice|[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Tt]rade"
    r"|[Ee]nergy|[Ee]conomy|[Ss]ecurity|[Ee]xternal [Aa]ffairs|[Hh]ome|[Pp]rime|[Cc]rown|[Aa]rmy"
    r"|[Mm]ilitary|[Nn]ew|[Tt]op|[Ff]irst)\s){0,3}"
    r"(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Prince|[Mm]inister"
    r"|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|[Cc]hief|[Ss]pokes(?:man|woman|person)|[Gg]eneral"
    r"|[Aa]dmiral|[Cc]ommander|[Ll]eader|[Cc]ounterpart)"
    r",?\s(?P<name>[A-Z][a-z'’-]+(?:\s(?:(?:al|bin|ibn|de|da|do|dos|van|von|der|la|le|el|del)"
    r"[\s-])?[A-Z][\w'’-]+){1,3})"
)
# Words that start a capitalised run without being a name: titles, sentence openers
NOT_NAME_WORDS_EN = frozenset(
    "President Prime Minister Premier Chancellor King Queen Emir Prince Mr Ms Mrs Dr General Gen"
    " Sheikh Crown Secretary Leader Chairman Marshal Sultan Pope Foreign Defence Defense The"
    " In On At After When While But And Former Deputy Vice Admiral Colonel Col Lt Senator".split()
)
# Words that follow a name without being another person's family name
NAME_SUFFIXES_EN = frozenset(
    "Jr Sr II III Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February"
    " March April May June July August September October November December".split()
)
# A state's own people in another country: "คนไทยในอิสราเอล", "Thai workers in Israel"
OWN_PEOPLE_IN = re.compile(
    r"(?:คน|ชาว|แรงงาน)?ไทย(?:ที่พำนัก|ที่อาศัย|ที่ทำงาน)?(?:อยู่)?ใน(?:ประเทศ)?"
    r"|[A-Z][a-z]+\s(?:nationals|citizens|workers|residents|tourists|students)\s(?:living\s|working\s)?in\s(?:the\s)?"
)
# A private person described after a bare family name: "Kim, a 34-year-old engineer"
PRIVATE_PERSON_AFTER_EN = re.compile(r",\s(?:a|an)\s")
# Family names written first (Chinese, Korean, Vietnamese, Cambodian): "Wang Yi" is later
# "Wang", "Lee Jae-myung" is "Lee"
FAMILY_NAME_FIRST_EN = frozenset(
    "Wang Li Lee Kim Dong Han Cho Ahn Choe Yoon Moon Lai Hun Park Zhang Zhao Chen Liu Yang"
    " Huang Zhou Pham Nguyen Tran Bui Phan Luong".split()
)
# A lone list right after "to"/"from" is where things go or come from, not who acts together
DESTINATION_BEFORE_EN = re.compile(r"\b(?:to|from|into)\s(?:the\s)?$", re.IGNORECASE)
# A clause telling what its sentence's subject did before or after, with others
EARLIER_WITH_EN = re.compile(
    r"\s*(?:after|before|following)\s(?:(?:the|a|an|its|their|two|three|joint|annual|first"
    r"|[a-z]+-day|[a-z]+-week)\s){0,3}(?:exercises?|drills|talks|meetings?|visits?|manoeuvres"
    r"|patrols?)\swith\b"
)
# A verb of saying: what follows it is what the speaker says
SPEECH_EN = re.compile(r"\b(?:said|says|told|added|warned|insisted|stressed)\b")
# ...what it says opens with the others: "says India-Taliban ties", "said that the two"
TOLD_SUBJECT_GAP_EN = re.compile(r"\s(?:that\s)?(?:the\s)?")
# A clause opening with a state's pronoun: the names after it are what it acts on
PRONOUN_OPENS_EN = re.compile(r"\s*it\b", re.IGNORECASE)
# Goods bought or sold, not cooperation: "buys almost all of Mongolia's coal", "bought 40
# percent of its gas from Russia" (food or fuel delivered may be aid)
PURCHASE_EN = re.compile(r"bought|buy\w*|purchas\w+|sell\w*|sold", re.IGNORECASE)
COMMODITY_AFTER_EN = re.compile(
    r"(?:\s[\w'’,-]+){0,6}?\s(?:gas|oil|crude|LNG|coal|wheat|grain|rice|corn|soybeans"
    r"|fertili[sz]ers?|iron ore|copper|timber|beef)\b"
)
# An appositive describing the name before it: "China, Indonesia's largest trading partner,
# said", "The UAE, Korea's largest Middle East trading partner, hosted Lee"
DESCRIBES_BEFORE_EN = re.compile(
    r"['’]s\s(?:[\w-]+\s){0,4}?(?:partner|ally|neighbou?r|creditor|lender|supplier|customer"
    r"|buyer|rival|backer|patron|investor|friend)s?,"
)
# A state body named with no state: the one the sentence is about ("and the defence ministry
# said it was in talks with Ankara")
OWN_BODY_EN = re.compile(
    r"\s*(?:and\s)?the\s(?:[a-z]+\s){0,2}(?:ministry|government|cabinet|army|navy|military"
    r"|presidency|foreign office)\s(?:also\s)?(?:said|says|told|announced|added)\b"
)
# A capital before a document's name is where it was signed: "the Rome agreements"
ACCORD_NAMED_AFTER_EN = re.compile(
    r"\s(?:[a-z-]+\s)?(?:agreements?|accords?|pact|treaty|protocol|declaration|convention"
    r"|process|format|communiqu[eé])\b"
)
# An accord told of before: "the deal", "its part of the agreement", "that pact"
DEFINITE_BEFORE_EN = re.compile(r"\b(?:the|this|that)\s(?:[a-z-]+\s)?$")
# ...which a state joins: "would sign its part of the deal", "said it would join the pact"
JOINS_ACCORD_EN = re.compile(
    r"\b(?:sign\w*|join\w*|ratif\w+|accede\w*|adher\w+|(?:its|their) part of|signator\w+)\b",
    re.IGNORECASE,
)
# "agreed to run joint patrols": an accord told by its verb
AGREED_EN = re.compile(r"agree(?:s|d)?", re.IGNORECASE)
# "Honduras signed a similar accord": one like the accord told of before, with its partners
SIMILAR_BEFORE_EN = re.compile(r"\b(?:a|an)\s(?:similar|comparable|parallel|matching)\s$", re.I)
# A state joining a joint act or body told before: "would join the patrols", "Baku would become
# the company's fourth shareholder", "will send liaison officers to the Moyale cell", "asked ...
# to let its navy take part in the patrols", "Myanmar was represented by its deputy foreign
# minister", "ฝรั่งเศสส่งทหารมาร่วมการฝึก", "ขอเข้าร่วมโครงการ". The act must be named as one
# already told ("the", "its"), or be the Thai activity itself; what is joined follows the match.
JOINS_ACT_EN = re.compile(
    r"\b(?:(?:join(?:s|ed|ing)?|tak(?:e|es|ing) part in|took part in)\s(?:the|its|this|that)\b"
    r"|(?:send|sends|sent|sending)\s(?:[\w-]+\s){1,3}?(?:to|into)\s(?:the|this|that)\b"
    r"(?=\s(?:[\w-]+\s){0,2}?(?:patrols?|cell|centre|center|task force|exercises?|drills?"
    r"|operations?|network|initiative|corridor|command|project)\b)"
    r"|become (?:a |the )?(?:[\w'’-]+ ){0,3}?(?:member|shareholder|partner|signatory)\b"
    r"|(?:was|were) represented by\b)",
    re.IGNORECASE,
)
JOINS_ACT_TH = re.compile(
    r"(?:เข้า|มา)ร่วม(?:\S{0,8}?)(?:การ)?(?:ฝึก|ลาดตระเวน|โครงการ|ประชุม|ศูนย์|กองบัญชาการ|คณะ"
    r"|กรอบ)|ร่วมเป็นสมาชิก"
)
# What is joined, named after the joining words: "the corridor agency", "ศูนย์ดังกล่าว"
JOINED_NOUN = re.compile(r"\s?(?:['’]s\s)?(?:[A-Za-z-]+\s?){1,3}")
# ...but onlookers and states only invited to join take no part in it
ONLOOKER = re.compile(
    r"ในฐานะ(?:ผู้)?สังเกตการณ์|(?:ร่วม|เข้า)สังเกตการณ์|\b(?:as\s(?:an?\s)?observers?|invited)\b",
    re.IGNORECASE,
)
# ...and one joining only a part of it joins those who lead it
ONLY = re.compile(r"เฉพาะ|\bonly\b", re.IGNORECASE)
# ...and joining a meeting is joining its host, not each guest
JOINS_MEETING = re.compile(r"represented|ประชุม")
# An aside between a subject and its verb: "Egypt, locked in a dispute with Ethiopia, has ..."
ASIDE_EN = re.compile(
    r",\s(?!(?:which|who|whose|and|but|while|as)\b)[^,;]{4,160}?,\s(?=(?:[a-z]+\s)?(?:has|have|had"
    r"|is|was|were|are|will|would|did|does|can|could|said|says|[a-z]+ed)\b)"
)
PARENTHESIS = re.compile(r"\s?\([^()]{1,40}\)\s?")
# "the disputed frontier": a thing's description, no hostility between the clause's states
ATTRIBUTIVE_BEFORE_EN = re.compile(r"\b(?:the|a|an|its|their|two)\s$", re.IGNORECASE)
# Where a meeting is held: "a summit in the Turkmen capital", "talks at Ashgabat"
MEETING_VENUE_BEFORE_EN = re.compile(r"\b(?:in|at)\s(?:the\s)?$", re.IGNORECASE)
# People sent home: "deported 40 Guatemalans", "migrants deported from", "repatriating
# undocumented workers" (no hand-over of suspects to another state)
SENT_HOME_EN = re.compile(r"deport\w*|repatriat\w*", re.IGNORECASE)
_PEOPLE_EN = (
    r"(?:migrants|refugees|foreigners|nationals|workers|tourists|citizens|asylum[- ]seekers"
    r"|people|families|students|fishermen|deportees)"
)
PEOPLE_AFTER_EN = re.compile(
    r"(?:\s[\w,-]+){0,6}?\s(?:" + _PEOPLE_EN + r"|[A-Z][a-z]+(?:ans|ese|is|ns))\b"
)
PEOPLE_BEFORE_EN = re.compile(r"\b" + _PEOPLE_EN + r"\s(?:[a-z]+\s){0,2}$", re.IGNORECASE)
# A headline's second verb after a comma shares the first one's subject ("Poland orders more
# Korean howitzers, plans drills with Lithuania")
HEADLINE_NEXT_VERB_EN = re.compile(r",\s(?=(?:also\s)?[a-z]{3,}s\s)")
