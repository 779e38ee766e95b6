"""Words the map itself shows (legend, layers, popups) in English and Thai."""

from __future__ import annotations

from geomap.relations import RELATION_TYPES

UI = {
    "en": {
        "legend": "Legend",
        "countries": "Countries",
        "borders": "Borders",
        "places": "Places",
        "links": "Links",
        "deployments": "Deployments",
        "tiles": "Map tiles",
        "evidence": "Evidence",
        "source": "Source",
        "troops": "troops",
        "troops_unknown": "troops (number not given)",
        "pieces_of_evidence": "line width: pieces of evidence",
        "size_troops": "circle size: number of troops",
        "mentions": "mentions",
        "documents": "documents",
        "fullscreen": "Full screen",
        "exit_fullscreen": "Exit full screen",
        "date": "Date",
        "amount": "Amount",
        "status": "Status",
        "place_label": "Place",
        "border_label": "Border",
        "natural_earth": "Country shapes: Natural Earth",
    },
    "th": {
        "legend": "คำอธิบายสัญลักษณ์",
        "countries": "ประเทศ",
        "borders": "ชายแดน",
        "places": "สถานที่",
        "links": "ความร่วมมือ",
        "deployments": "การวางกำลังทหาร",
        "tiles": "แผนที่พื้นหลัง",
        "evidence": "หลักฐาน",
        "source": "แหล่งที่มา",
        "troops": "นาย",
        "troops_unknown": "กำลังพล (ไม่ระบุจำนวน)",
        "pieces_of_evidence": "ความหนาของเส้น: จำนวนหลักฐาน",
        "size_troops": "ขนาดวงกลม: จำนวนทหาร",
        "mentions": "ครั้งที่กล่าวถึง",
        "documents": "เอกสาร",
        "fullscreen": "เต็มจอ",
        "exit_fullscreen": "ออกจากโหมดเต็มจอ",
        "date": "วันที่",
        "amount": "มูลค่า",
        "status": "สถานะ",
        "place_label": "สถานที่",
        "border_label": "ชายแดน",
        "natural_earth": "ขอบเขตประเทศ: Natural Earth",
    },
}

STATUS = {
    "realised": ("realised", "เกิดขึ้นแล้ว"),
    "planned": ("planned", "อยู่ในแผน"),
    "requested": ("requested", "มีการร้องขอ"),
    "refused": ("refused", "ถูกปฏิเสธ"),
    "negated": ("denied / did not happen", "ไม่เกิดขึ้น"),
    "withdrawn": ("withdrawn", "ถอนกำลังแล้ว"),
}

# Labels come from the relations stage's taxonomy, so the legend names exactly the types it emits.
RELATIONS = {kind.name: (kind.label_en, kind.label_th) for kind in RELATION_TYPES}


def ui(lang: str, key: str) -> str:
    return UI[lang][key]


def relation_key(relation: object) -> str:
    """A relation type as a lookup key: "Joint exercise" and "joint-exercise" are one type."""
    text = str(relation or "cooperation").strip().lower()
    return "_".join(text.replace("-", " ").split()) or "cooperation"


def relation_label(relation: object, lang: str) -> str:
    key = relation_key(relation)
    if key in RELATIONS:
        return RELATIONS[key][lang == "th"]
    return key.replace("_", " ")


def status_label(status: str, lang: str) -> str:
    return STATUS[status][lang == "th"] if status in STATUS else status
