from geomap.text import latin_key, name_key, normalize_with_offsets, thai_key


def test_thai_spelling_variants_share_a_key():
    assert thai_key("ฮาวาน่า") == thai_key("ฮาวานา")
    assert thai_key("สหรัฐฯ") == thai_key("สหรัฐ")
    assert thai_key("กรุงเทพฯ") == thai_key("กรุงเทพ")


def test_decomposed_sara_am_is_composed():
    assert thai_key("น\u0e4d\u0e32") == thai_key("นำ")


def test_latin_key_folds_case_accents_and_punctuation():
    assert latin_key("Guantánamo") == "guantanamo"
    assert latin_key("Saint-Denis") == latin_key("saint denis")
    assert name_key("  Ho Chi Minh City ") == "ho chi minh city"


def test_offsets_map_back_to_the_original_text():
    text = "ที่ฮาวาน่า Cuba ฯ"
    norm = normalize_with_offsets(text)
    start = norm.text.index("ฮาวานา")
    begin, end = norm.span(start, start + len("ฮาวานา"))
    assert text[begin:end] == "ฮาวาน่า"
    cuba = norm.text.index("cuba")
    assert text[slice(*norm.span(cuba, cuba + 4))] == "Cuba"
