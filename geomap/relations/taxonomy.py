"""Our relation types, their CAMEO and PLOVER codes, and the words that signal them.

The taxonomy is small on purpose: it is what a map legend can show. Each type maps to the
closest CAMEO event code (Schrodt's CAMEO 1.1b3 codebook) and PLOVER event type, so data
can be compared with event datasets. Trigger words are matched on the text as written
(Thai) or as lower-cased words (English); the most specific type found in a clause wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class RelationType:
    name: str
    label_en: str
    label_th: str
    cameo: str
    plover: str
    triggers_th: tuple[str, ...]
    triggers_en: tuple[str, ...]  # regular expressions over lower-cased text


# In order of specificity: the first type whose trigger a clause holds names the link.
RELATION_TYPES: tuple[RelationType, ...] = (
    RelationType(
        "extradition", "extradition/handover", "ส่งผู้ร้ายข้ามแดน/ส่งตัว", "063", "COOPERATE",
        ("ส่งผู้ร้ายข้ามแดน", "ส่งตัวผู้ต้องหา", "ส่งตัว", "ส่งมอบเขา", "ส่งมอบผู้ต้องหา",
         "ส่งผู้ต้องสงสัย", "ส่งกลับผู้", "เนรเทศ"),
        (r"extradit\w*", r"hand(?:ed|s|ing)? over", r"handover", r"deport\w*", r"repatriat\w*"),
    ),
    RelationType(
        "intelligence", "intelligence sharing", "ข่าวกรอง", "064", "COOPERATE",
        ("ข่าวกรอง", "แลกเปลี่ยนข้อมูล", "แบ่งปันข้อมูล", "ส่งข้อมูล"),
        (r"intelligence",
         r"shar(?:e|es|ed|ing) [\w\s'’-]{0,30}(?:data|details|information|records|positions?"
         r"|coordinates|images|imagery|findings|evidence)"),
    ),
    RelationType(
        "counter_terrorism", "counter-terrorism", "ต่อต้านการก่อการร้าย", "062", "COOPERATE",
        ("ต่อต้านการก่อการร้าย", "ปราบปรามการก่อการร้าย", "ต่อสู้กับการก่อการร้าย"),
        (r"counter-?terror\w*", r"anti-?terror\w*"),
    ),
    RelationType(
        "joint_exercise", "joint exercise", "การฝึกร่วม", "062", "COOPERATE",
        ("การฝึกร่วม", "ฝึกร่วม", "ร่วมฝึก", "ร่วมการฝึก", "ฝึกซ้อมร่วม", "ฝึกผสม",
         "การฝึกทางทหาร", "การฝึกครั้ง", "ซ้อมรบร่วม", "ร่วมซ้อมรบ", "ร่วมการซ้อมรบ", "ซ้อมรบผสม",
         "ลาดตระเวนร่วม", "ร่วมลาดตระเวน",
         "คอบร้าโกลด์", "บาลิกาตัน"),
        (r"joint (?:military |naval |air |coast guard )?(?:exercises?|drills?|manoeuvres|maneuvers"
         r"|patrols?|sails?|sailing)", r"maritime cooperative activit\w+",
         r"(?:naval|military|war) (?:exercises?|drills?|games)", r"exercises?\b", r"drills"),
    ),
    RelationType(
        "arms", "arms and military-technical", "อาวุธ/ความร่วมมือทางทหาร", "062", "AID",
        ("ความร่วมมือทางทหาร", "ความร่วมมือด้านการทหาร", "ความร่วมมือด้านกลาโหม",
         "ความสัมพันธ์ทางทหาร", "ทางทหารและทางเทคนิค", "อาวุธ", "ยุทโธปกรณ์", "เครื่องบินขับไล่",
         "เรือดำน้ำ", "ระบบป้องกันภัยทางอากาศ", "ขีปนาวุธร่อน", "อุตสาหกรรมทหาร",
         "อุตสาหกรรมการทหาร", "ความช่วยเหลือทางทหาร", "ด้านกลาโหม", "กลาโหม"),
        (r"arms", r"weapons?", r"(?:defen[cs]e|military|security) (?:cooperation|co-operation|"
         r"pact|accords?|agreements?|ties|partnership|deal|framework|clause)",
         r"mutual defen[cs]e", r"fighter jets?", r"bombers", r"submarines?", r"missiles?",
         r"artillery shells", r"air-defen[cs]e", r"military hardware", r"armoured vehicles",
         r"jet engines", r"warships", r"military aid", r"co-?production"),
    ),
    RelationType(
        "aid", "credit, aid and debt relief", "เงินกู้/ความช่วยเหลือ/ยกหนี้", "070", "AID",
        ("เครดิต", "เงินกู้", "ปล่อยกู้", "ให้กู้", "สินเชื่อ", "ยกหนี้", "เงินช่วยเหลือ", "ความช่วยเหลือ", "ช่วยเหลือ",
         "ทีมกู้ภัย", "ทีมค้นหาและกู้ภัย", "ทีมแพทย์", "เจ้าหน้าที่กู้ภัย", "บรรเทาทุกข์", "มอบเงิน", "บริจาค",
         "ให้เปล่า", "เวชภัณฑ์", "เต็นท์", "ยารักษาโรค", "ถุงยังชีพ"),
        (r"aid\b(?!\s(?:workers?|groups?|agenc(?:y|ies)|organi[sz]ations?|officials?))",
         r"assistance", r"loans?", r"credit(?: line)?", r"grants?", r"debt relief",
         r"financing", r"donat\w+", r"relief", r"rescue (?:boats|teams?)", r"swap line",
         r"(?:(?:pledg|provid|offer|promis|giv)(?:e|es|ed|ing)|gave) "
         r"(?:a |an |some |about |another |a further )?(?:US)?[$€£¥]", r"fund(?:ed|ing)\b",
         r"humanitarian", r"tents\b", r"medicines?\b", r"medical supplies",
         r"emergency supplies", r"lend(?:s|ing)?\b", r"deposit(?:s|ed)?\b",
         r"help\b", r"rescuers", r"rescue workers", r"field hospitals?",
         r"(?:(?<=will )|(?<=would )|(?<=to ))fund\b"),
    ),
    RelationType(
        "summit", "summit", "การประชุมสุดยอด", "044", "CONSULT",
        ("การประชุมสุดยอด", "ประชุมสุดยอด"),
        (r"summit",),
    ),
    RelationType(
        "agreement", "agreement", "ข้อตกลง", "057", "AGREE",
        ("ลงนาม", "ข้อตกลง", "ความตกลง", "สนธิสัญญา", "บันทึกความเข้าใจ", "สัญญา", "ตกลง",
         "เห็นพ้อง", "เห็นชอบ", "ปฏิญญา", "ความร่วมมือสามฝ่าย", "ไตรภาคี", "หุ้นส่วน",
         "พันธมิตร"),
        (r"sign(?:s|ed|ing)?\b", r"initial(?:l)?ed", r"agree(?:s|d|ment|ments)?\b", r"accords?",
         r"pacts?",
         r"treaty", r"memorandum", r"deal\b", r"declaration", r"partnership", r"framework",
         r"alliance", r"arrangement"),
    ),
    RelationType(
        "meeting", "meeting or visit", "การพบหารือ/การเยือน", "040", "CONSULT",
        ("เยือน", "พบกับ", "พบปะ", "เข้าพบ", "หารือ", "เจรจา", "ประชุม", "ต้อนรับ", "ตามคำเชิญ", "เทียบท่า",
         "เยี่ยมคารวะ", "ไกล่เกลี่ย", "เป็นตัวกลาง", "เป็นคนกลาง"),
        (r"visit(?:s|ed|ing)?\b", r"state visit", r"port calls?", r"docked\b", r"met\b",
         r"meets?\b", r"meeting", r"talks",
         r"welcomed", r"hosted", r"dialogue", r"discuss(?:ed|es)?",
         r"delegations?\s(?:to|for)\b",
         # "Japan's prime minister is due in Riyadh": a visit (not "due in March")
         r"(?:is|are|was|were)\s(?:due|expected)\s(?:to\sarrive\s)?in\s(?!(?:January|February|March|April"
         r"|May|June|July|August|September|October|November|December)\b)(?=(?-i:[A-Z]))",
         r"(?:is|are|was|were) due to visit\b"),
    ),
    RelationType(
        "cooperation", "other cooperation", "ความร่วมมืออื่น", "060", "COOPERATE",
        ("ความร่วมมือ", "ร่วมมือ", "ทำงานร่วมกับ", "ปฏิบัติการร่วม", "ความสัมพันธ์", "ร่วมกับ",
         "ร่วมลงทุน", "ร่วมผลิต", "คณะทำงานร่วม", "ประสานงาน", "ส่งออกไปยัง", "ซื้อ", "จัดหา",
         "ส่งมอบ", "รับมอบ", "สนับสนุน", "ส่งพลเมือง", "ฝึกอบรม", "บัญชาการร่วม",
         "ศูนย์ประสานงานร่วม", "คณะกรรมการร่วม", "กองกำลังร่วม"),
        (r"cooperat\w+", r"co-operat\w+",
         r"(?:joint|coordinated) (?:task force|statement|venture|project|operations?|raids?"
         r"|offensives?|investigations?|inquiry|probe"
         r"|command|campaign|committee|commission|cent(?:re|er)|unit|force|agency|team)",
         r"ties", r"relations", r"bought", r"buy(?:s|ing)?\b", r"purchas(?:e|es|ed|ing)\b",
         r"sell(?:s|ing)?\b", r"sold\b", r"order(?:ed|s)? (?:by|from)\b", r"supplied",
         r"suppl(?:y|ies|ying)\b(?! (?:chains?|roads?|routes?|lines?|ships?|convoys?|depots?"
         r"|hubs?))",
         r"provided", r"invest(?!igat)\w*",
         r"deliver(?:s|ed|ing|y|ies)?\b", r"training (?:programme|program|mission)s?",
         r"train(?:s|ed|ing)?\b(?=\s(?:and\s[a-z]+\s)?(?:[\w'’-]+\s){0,4}?(?:forces|troops|soldiers"
         r"|officers|police|army|navy|pilots|brigades?|personnel|cadets|units|guards?)\b)",
         r"power grids?", r"railway", r"liaison officers?", r"solidarity", r"thank(?:s|ed|ing)\b",
         r"support(?:ed)?", r"(?<=['’]s\s)requests?\b",
         r"jointly\b"),
    ),
    RelationType(
        "basing", "hosting foreign forces", "การให้ตั้งฐานทัพ/ประจำการทหาร", "062", "COOPERATE",
        (), (),  # never triggered by words: implied by a deployment the host accepts
    ),
)

TYPES_BY_NAME = {relation.name: relation for relation in RELATION_TYPES}

_EN_PATTERNS = [
    (relation, re.compile(r"\b(?:" + "|".join(relation.triggers_en) + r")", re.IGNORECASE))
    for relation in RELATION_TYPES
    if relation.triggers_en
]


# Thai words that hold a trigger but name something else: a buyer, buying power, shopping,
# an intelligence agency ("หน่วยข่าวกรองของเกาหลีใต้รายงานว่า..." shares nothing), a defence
# ministry or minister ("กระทรวงกลาโหมกัมพูชาระบุว่าจะติดตาม..." is a speaker, not an arms
# deal), a signal (สัญญาณ holds สัญญา, a contract), taking over a post
NOT_TRIGGERS_TH = (
    "ผู้ซื้อ", "กำลังซื้อ", "จับจ่ายซื้อ", "ผู้สนับสนุน", "หน่วยข่าวกรอง", "สำนักข่าวกรอง",
    "กระทรวงกลาโหม", "รัฐมนตรีกลาโหม", "รมว.กลาโหม", "สัญญาณ", "รับมอบตำแหน่ง",
)  # fmt: skip


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    relation: RelationType


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Every cooperation trigger inside text[start:end], in order."""
    end = len(text) if end is None else end
    found: list[Trigger] = []
    segment = text[start:end]
    for relation, pattern in _EN_PATTERNS:
        for word in relation.triggers_th:
            position = segment.find(word)
            while position != -1:
                if not _inside_other_word(segment, position, len(word)):
                    found.append(Trigger(start + position, start + position + len(word), relation))
                position = segment.find(word, position + 1)
        for match in pattern.finditer(segment):
            found.append(Trigger(start + match.start(), start + match.end(), relation))
    return sorted(found, key=lambda t: t.start)


def _inside_other_word(segment: str, position: int, length: int) -> bool:
    return any(
        (at := segment.rfind(other, max(0, position - len(other)), position + len(other))) != -1
        and at <= position and position + length <= at + len(other)
        for other in NOT_TRIGGERS_TH
    )


def strongest(triggers: list[Trigger]) -> RelationType | None:
    """The most specific type among the triggers of one clause."""
    if not triggers:
        return None
    order = {relation.name: index for index, relation in enumerate(RELATION_TYPES)}
    return min((t.relation for t in triggers), key=lambda r: order[r.name])
