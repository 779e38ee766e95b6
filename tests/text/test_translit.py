import pytest
from rapidfuzz import fuzz

from geomap.text import phonetic, phonetic_of, thai_to_latin


@pytest.mark.parametrize(
    ("thai", "latin"),
    [
        ("เบสลัน", "Beslan"),
        ("อินกูเชเตีย", "Ingushetia"),
        ("ลาดีกียะฮ์", "Latakia"),
        ("ทาจิกิสถาน", "Tajikistan"),
        ("ดูชานเบ", "Dushanbe"),
        ("มอสโก", "Moscow"),
    ],
)
def test_thai_exonyms_sound_like_their_latin_names(thai, latin):
    assert fuzz.ratio(phonetic_of(thai), phonetic(latin)) >= 85


def test_loanword_spelling_keeps_silenced_letters():
    assert thai_to_latin("ลูร์ด").startswith("lur")


def test_phonetic_key_folds_voicing_and_vowels():
    assert phonetic("Tajikistan") == phonetic("Tadzhikistan")


def test_final_wo_waen_is_a_vowel_and_clusters_keep_their_r():
    assert thai_to_latin("บ่อแก้ว") == "bokaeo"
    assert thai_to_latin("ดนีโปร") == "dnipro"
