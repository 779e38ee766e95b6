from geomap.text import word_tokens


def test_english_words_are_lower_cased_and_punctuation_stands_alone():
    assert word_tokens("Norway signed, with Chile's navy.") == [
        "norway", "signed", ",", "with", "chile", "'", "s", "navy", ".",
    ]  # fmt: skip


def test_thai_is_cut_into_dictionary_words():
    tokens = word_tokens("ไทยลงนามข้อตกลงกับลาว")
    assert "".join(tokens) == "ไทยลงนามข้อตกลงกับลาว"
    assert "ข้อตกลง" in tokens and len(tokens) >= 4
