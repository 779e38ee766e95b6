import pytest

from geomap.relations import find_money, find_troops
from geomap.relations.magnitudes import thai_scale


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("คิวบาได้รับเครดิต 38 ล้านยูโร", 38_000_000, "EUR"),
        ("วงเงิน 1.95 หมื่นล้านบาท", 19_500_000_000, "THB"),
        ("มูลค่า 13,500 ล้านบาท", 13_500_000_000, "THB"),
        ("การค้ามูลค่าราว 1.7 แสนล้านบาทต่อปี", 170_000_000_000, "THB"),
        ("เงินช่วยเหลือ ๓๕ ล้านดอลลาร์", 35_000_000, "USD"),
        ("a $1.5 billion loan", 1_500_000_000, "USD"),
        ("300 billion yen", 300_000_000_000, "JPY"),
        ("a 500 million euro credit line", 500_000_000, "EUR"),
        ("€38m in credit", 38_000_000, "EUR"),
        ("pledged $100,000 in aid", 100_000, "USD"),
    ],
)
def test_money_with_its_currency(text, amount, currency):
    money = find_money(text)
    assert [(m.amount, m.currency) for m in money] == [(amount, currency)]


@pytest.mark.parametrize(
    ("text", "troops"),
    [
        ("ถอนทหาร 20,000 นายจากชายแดน", 20_000),
        ("ทหาร ๑๑๘ นาย", 118),
        ("กำลังพล 2 หมื่นนาย", 20_000),
        ("about 10,000 troops", 10_000),
        ("About 2,000 Russian personnel are based in Mali", 2_000),
        ("around 11,000 North Korean soldiers", 11_000),
        ("roughly 100 Africa Corps instructors", 100),
        ("a further 45 defence force personnel", 45),
    ],
)
def test_troop_numbers(text, troops):
    assert [t.troops for t in find_troops(text)] == [troops]


def test_other_numbers_are_not_troops():
    assert find_troops("5 million tonnes a year, 30 countries, 120 rescue dogs") == []


def test_thai_scale_words_multiply():
    assert thai_scale("ล้าน") == 1_000_000
    assert thai_scale("หมื่นล้าน") == 10_000_000_000
    assert thai_scale("ล้านล้าน") == 10**12


def test_part_of_a_force_and_a_force_s_new_total_are_troop_numbers():
    counts = find_troops(
        "Nepal has rotated 300 of its soldiers through Malakal, raising Ankara's contingent to"
        " about 800."
    )
    assert [c.troops for c in counts] == [300, 800]
    assert counts[1].text == "800"  # the names before it stay place names


def test_a_number_that_leaves_out_the_noun_of_the_count_before_it_is_a_count():
    troops = find_troops(
        "Russia has an estimated 2,500 personnel in Mali, 1,500 in the Central African Republic."
    )
    assert [t.troops for t in troops] == [2500, 1500]
    years = find_troops("Turkey sent 500 troops in 2017, 2018 and 2019.")
    assert [t.troops for t in years] == [500]
