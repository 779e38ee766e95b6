import pytest

from geomap.relations import document_date, find_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ปี พ.ศ. 2551", "2008"),
        ("ในปี ๒๕๕๑", "2008"),  # Thai digits, Buddhist era without its mark
        ("เมื่อปี 2560", "2017"),
        ("ค.ศ. 2007", "2007"),
        ("เมื่อวันที่ 14 กุมภาพันธ์ ค.ศ. 2007", "2007-02-14"),
        ("ในเดือนธันวาคม 2016", "2016-12"),
        ("18 ธ.ค. 2567", "2024-12-18"),
        ("ฮานอย 12 ธ.ค. 67 –", "2024-12-12"),  # the short Buddhist-era year of datelines
        ("๕ พ.ย. ๒๕๖๑", "2018-11-05"),
        ("ปีงบประมาณ พ.ศ. 2569", "2026"),
        ("in June 2024", "2024-06"),
        ("on 5 May 2020", "2020-05-05"),
        ("Sept. 2, 2023", "2023-09-02"),
        ("since 2023", "2023"),
        ("2024-03-05", "2024-03-05"),
    ],
)
def test_date_expressions_become_iso_partial_strings(text, iso):
    dates = find_dates(text)
    assert [d.iso for d in dates] == [iso]
    assert text[dates[0].start : dates[0].end] == dates[0].text


def test_day_and_month_without_a_year_need_the_documents_year():
    assert find_dates("BANGKOK, March 3 (Reuters)") == []
    assert [d.iso for d in find_dates("March 3", default_year=2025)] == ["2025-03-03"]
    assert [d.iso for d in find_dates("วันที่ 21 ธ.ค.", default_year=2024)] == ["2024-12-21"]


def test_words_that_look_like_months_are_not_dates():
    assert find_dates("They may meet again. Hyundai will march on.") == []
    assert find_dates("มีทหาร 2,000 นาย") == []  # a bare number is no year
    assert [d.iso for d in find_dates("3 พ.ค. 45 ลำ", default_year=2025)] == ["2025-05-03"]


def test_document_date_is_the_dateline():
    assert document_date("กรุงเทพฯ 18 ธ.ค. 2567 – นายกรัฐมนตรี ... ปี 2560") == "2024-12-18"
    assert document_date("No date here at all.") is None
