"""The interface in Thai and English: `?lang=` picks (and the session keeps it), else the
browser's Accept-Language, else English."""

from __future__ import annotations

from flask import g, request, session

from geomap.relations import TYPES_BY_NAME

LANGUAGES = ("en", "th")

STRINGS: dict[str, tuple[str, str]] = {  # key: (English, Thai)
    "app": ("geomap", "geomap"),
    "tagline": ("Places, links and deployments in the news", "สถานที่ ความร่วมมือ และการวางกำลังในข่าว"),
    "corpus_map": ("Corpus map", "แผนที่คลังข่าว"),
    "documents": ("Documents", "เอกสาร"),
    "document": ("Document", "เอกสาร"),
    "add": ("Add documents", "เพิ่มเอกสาร"),
    "login": ("Log in", "เข้าสู่ระบบ"),
    "logout": ("Log out", "ออกจากระบบ"),
    "token": ("Access token", "โทเค็นการเข้าถึง"),
    "token_help": (
        "The API token printed when the server first started (or GEOMAP_API_TOKEN).",
        "โทเค็น API ที่แสดงเมื่อเริ่มเซิร์ฟเวอร์ครั้งแรก (หรือ GEOMAP_API_TOKEN)",
    ),
    "wrong_token": ("That token is not valid.", "โทเค็นไม่ถูกต้อง"),
    "country": ("Country", "ประเทศ"),
    "relation_type": ("Relation type", "ประเภทความสัมพันธ์"),
    "status": ("Status", "สถานะ"),
    "kind": ("Kind", "ชนิด"),
    "from": ("From", "ตั้งแต่"),
    "to": ("To", "ถึง"),
    "until": ("Up to", "จนถึง"),
    "any": ("Any", "ทั้งหมด"),
    "filter": ("Show", "แสดง"),
    "reset": ("Reset", "ล้างตัวกรอง"),
    "title": ("Title", "ชื่อเรื่อง"),
    "date": ("Date", "วันที่"),
    "language": ("Language", "ภาษา"),
    "places": ("Places", "สถานที่"),
    "place": ("Place", "สถานที่"),
    "mentions": ("Mentions", "การกล่าวถึง"),
    "links": ("Links", "ความร่วมมือ"),
    "deployments": ("Deployments", "การวางกำลัง"),
    "link": ("Link", "ความร่วมมือ"),
    "deployment": ("Deployment", "การวางกำลัง"),
    "no_documents": ("No documents yet.", "ยังไม่มีเอกสาร"),
    "source": ("Source", "แหล่งที่มา"),
    "published": ("Published", "วันที่เผยแพร่"),
    "added": ("Added", "วันที่เพิ่ม"),
    "text": ("Text", "เนื้อหา"),
    "map": ("Map", "แผนที่"),
    "evidence": ("Evidence", "หลักฐาน"),
    "unresolved": ("Not placed", "ไม่พบตำแหน่ง"),
    "type": ("Type", "ประเภท"),
    "coordinates": ("Coordinates", "พิกัด"),
    "corrections": ("Corrections", "การแก้ไข"),
    "correct_help": (
        "Pick the right place for a mention, or drop it if it is not a place.",
        "เลือกสถานที่ที่ถูกต้องสำหรับคำที่กล่าวถึง หรือตัดออกหากไม่ใช่สถานที่",
    ),
    "login_to_correct": ("Log in to correct places.", "เข้าสู่ระบบเพื่อแก้ไขสถานที่"),
    "now": ("Now", "ปัจจุบัน"),
    "choose": ("Use this place", "ใช้สถานที่นี้"),
    "drop": ("Not a place", "ไม่ใช่สถานที่"),
    "undo": ("Undo correction", "ยกเลิกการแก้ไข"),
    "save": ("Save", "บันทึก"),
    "corrected": ("corrected", "แก้ไขแล้ว"),
    "paste": ("Paste text", "วางข้อความ"),
    "upload": ("Upload files", "อัปโหลดไฟล์"),
    "files": ("Files (.txt, .md, .html)", "ไฟล์ (.txt, .md, .html)"),
    "source_url": ("Source URL", "ลิงก์ต้นฉบับ"),
    "auto": ("Detect", "ตรวจหาอัตโนมัติ"),
    "submit_text": ("Add the text", "เพิ่มข้อความ"),
    "submit_files": ("Add the files", "เพิ่มไฟล์"),
    "results": ("Results", "ผลลัพธ์"),
    "added_new": ("added", "เพิ่มแล้ว"),
    "already_present": ("already present", "มีอยู่แล้ว"),
    "failed": ("failed", "ไม่สำเร็จ"),
    "import": ("Import relations", "นำเข้าความสัมพันธ์"),
    "imports": ("Imported files", "ไฟล์ที่นำเข้าแล้ว"),
    "import_help": (
        "A CSV, JSON or GeoJSON table with source, target and type (and optionally date, "
        "troops, amount, currency, status, place, note, url). A file with any bad row is not "
        "imported at all.",
        "ตาราง CSV, JSON หรือ GeoJSON ที่มี source, target และ type (และ date, troops, amount, "
        "currency, status, place, note, url ได้) หากมีแถวใดผิด จะไม่นำเข้าทั้งไฟล์",
    ),
    "import_file": ("File (.csv, .json, .geojson)", "ไฟล์ (.csv, .json, .geojson)"),
    "submit_import": ("Import the file", "นำเข้าไฟล์"),
    "imported": ("Rows imported", "จำนวนแถวที่นำเข้า"),
    "already_imported": ("This file was imported before; rows", "ไฟล์นี้นำเข้าแล้ว จำนวนแถว"),
    "import_refused": (
        "Nothing was imported. Fix these lines and try again:",
        "ไม่ได้นำเข้าข้อมูลใดเลย โปรดแก้ไขบรรทัดต่อไปนี้แล้วลองอีกครั้ง",
    ),
    "line": ("Line", "บรรทัด"),
    "problem": ("Problem", "ปัญหา"),
    "place_page": ("Everything known about this place", "ข้อมูลทั้งหมดเกี่ยวกับสถานที่นี้"),
    "relations_of_country": ("Links and deployments", "ความร่วมมือและการวางกำลัง"),
    "error": ("Something went wrong", "เกิดข้อผิดพลาด"),
    "back": ("Back to the corpus", "กลับไปยังคลังข่าว"),
    "export": ("GeoJSON", "GeoJSON"),
    "embed": ("Embed", "ฝังแผนที่"),
    "download": ("Download", "ดาวน์โหลด"),
    "embed_help": (
        "Paste this into an article: the map fits the page width and sets its own height.",
        "วางโค้ดนี้ในบทความ แผนที่จะกว้างเต็มหน้าและปรับความสูงเอง",
    ),
    "copy": ("Copy", "คัดลอก"),
    "copied": ("Copied", "คัดลอกแล้ว"),
    "download_html": ("Map as HTML (works offline)", "แผนที่เป็นไฟล์ HTML (ใช้งานออฟไลน์ได้)"),
    "switch_lang": ("ภาษาไทย", "English"),
}


def choose_language() -> str:
    wanted = request.args.get("lang")
    if wanted in LANGUAGES:
        if session.get("lang") != wanted:
            session["lang"] = wanted
        return wanted
    if session.get("lang") in LANGUAGES:
        return session["lang"]
    return request.accept_languages.best_match(LANGUAGES, default="en") or "en"


def translate(key: str) -> str:
    english, thai = STRINGS[key]
    return thai if g.get("lang") == "th" else english


def relation_label(name: str | None) -> str:
    """A relation type as the taxonomy names it in the page's language (unknown types as-is)."""
    kind = TYPES_BY_NAME.get(name or "")
    if kind is None:
        return name or ""
    return kind.label_th if g.get("lang") == "th" else kind.label_en
