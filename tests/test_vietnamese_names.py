"""Real Vietnamese names and shop words against the old-encoding detection.

Built from common family names, given names and the words shops write. Each right
spelling must read as Vietnamese (it is never "repaired"); in TCVN3 and VNI, every name
that has a word no Vietnamese word is spelled like must be found and converted back
exactly. Found by running these lists through ``importing.legacy_text``: VNI's
``Voõ``, ``Laõ``, ``Baù`` (tone on the second vowel of "ao", "au": ``Võ``, ``Lã``, ``Bá``),
``Trònh``, ``Vónh`` ("-onh" is no rhyme: ``Trịnh``, ``Vĩnh``), ``Nghóa`` (``Nghĩa``),
``Quoác`` (``Quốc``), ``Ñinh`` (``Đinh``: Ñ is N with a tilde, read as a tone) and
TCVN3's ``Ých``, ``YÕn`` as VNI's ``Ỹn``, ``Khæng`` as VNI's ``Khỉng`` passed for right
words, so 117 of 3,640 VNI names and 66 TCVN3 ones were not found; and TCVN3's "Ý"
(the same byte as "ý") came back small: "Trần Ngọc ý".
"""

from __future__ import annotations

import itertools

import pytest
from family_names import OTHER_SURNAMES, SURNAMES
from legacy_encoders import to_tcvn3, to_vni

from esms_desktop.importing.legacy_text import convert_text, detect, garbled_as
from esms_desktop.importing.vietnamese_words import is_vietnamese_word, reads_as_vietnamese

FAMILY = [*SURNAMES, *OTHER_SURNAMES]
GIVEN = [
    "An",
    "Anh",
    "Ánh",
    "Ân",
    "Bảo",
    "Bích",
    "Bình",
    "Cầm",
    "Châu",
    "Chi",
    "Chinh",
    "Cúc",
    "Cường",
    "Dũng",
    "Dung",
    "Duy",
    "Duyên",
    "Đạt",
    "Điệp",
    "Định",
    "Đông",
    "Đức",
    "Giang",
    "Giao",
    "Hà",
    "Hải",
    "Hạnh",
    "Hằng",
    "Hân",
    "Hậu",
    "Hiền",
    "Hiển",
    "Hiếu",
    "Hiệp",
    "Hòa",
    "Hoà",
    "Hoài",
    "Hoan",
    "Hồng",
    "Huệ",
    "Hùng",
    "Hưng",
    "Hương",
    "Hường",
    "Huy",
    "Huyền",
    "Khải",
    "Khang",
    "Khanh",
    "Khánh",
    "Khoa",
    "Khôi",
    "Khuê",
    "Kiên",
    "Kiệt",
    "Lan",
    "Liên",
    "Liễu",
    "Linh",
    "Loan",
    "Lộc",
    "Long",
    "Luân",
    "Lực",
    "Ly",
    "Mạnh",
    "Minh",
    "My",
    "Mỹ",
    "Nam",
    "Nga",
    "Ngân",
    "Nghĩa",
    "Ngọc",
    "Nguyên",
    "Nguyệt",
    "Nhàn",
    "Nhân",
    "Nhật",
    "Nhi",
    "Nhung",
    "Như",
    "Oanh",
    "Phát",
    "Phong",
    "Phú",
    "Phúc",
    "Phụng",
    "Phương",
    "Phượng",
    "Quang",
    "Quân",
    "Quế",
    "Quốc",
    "Quý",
    "Quyên",
    "Quyết",
    "Quỳnh",
    "Sang",
    "Sáng",
    "Sơn",
    "Sương",
    "Tài",
    "Tâm",
    "Tân",
    "Tấn",
    "Thắm",
    "Thắng",
    "Thanh",
    "Thành",
    "Thảo",
    "Thiện",
    "Thịnh",
    "Thơ",
    "Thu",
    "Thuận",
    "Thuỷ",
    "Thủy",
    "Thúy",
    "Thuý",
    "Thư",
    "Thương",
    "Tiến",
    "Tín",
    "Toàn",
    "Toản",
    "Trâm",
    "Trí",
    "Trinh",
    "Trọng",
    "Trung",
    "Trúc",
    "Tú",
    "Tuấn",
    "Tùng",
    "Tuyết",
    "Tuyền",
    "Tường",
    "Uyên",
    "Vân",
    "Việt",
    "Vinh",
    "Vĩnh",
    "Vy",
    "Xuân",
    "Yến",
    "Ý",
    "Thị",
    "Hữu",
    "Đình",
    "Công",
    "Thế",
    "Bá",
    "Khắc",
    "Diệu",
    "Nhã",
    "Gấm",
    "Huấn",
    "Khiêm",
    "Thoa",
    "Thoại",
    "Ngoan",
    "Khoái",
    "Quyền",
    "Thuấn",
    "Xuyến",
    "Nhạn",
    "Trường",
    "Lượng",
    "Nguyện",
    "Giàu",
    "Giỏi",
    "Quới",
    "Hạ",
    "Nhường",
    "Ẩn",
    "Ước",
    "Ửng",
    "Uẩn",
    "Ổn",
    "Ơn",
    "Ích",
    "Ỷ",
    "Diễm",
    "Đoan",
    "Tuyến",
    "Khuyên",
    "Truyền",
    "Chuyên",
    "Khuất",
    "Khuyến",
    "Huyên",
    "Ngoãn",
]
SHOP = [
    "Cảm",
    "ơn",
    "quý",
    "khách",
    "đã",
    "mua",
    "hàng",
    "tại",
    "cửa",
    "hàng",
    "chúng",
    "tôi",
    "Đơn",
    "của",
    "bạn",
    "sẽ",
    "được",
    "giao",
    "vào",
    "ngày",
    "mai",
    "Khuyến",
    "mãi",
    "giảm",
    "giá",
    "ưu",
    "đãi",
    "đặc",
    "biệt",
    "sinh",
    "nhật",
    "tháng",
    "này",
    "Xin",
    "chào",
    "anh",
    "chị",
    "em",
    "cô",
    "chú",
    "bác",
    "ông",
    "bà",
    "hoa",
    "tươi",
    "tiệm",
    "tóc",
    "mỹ",
    "phẩm",
    "thời",
    "trang",
    "quần",
    "áo",
    "giày",
    "dép",
    "túi",
    "xách",
    "điện",
    "thoại",
    "địa",
    "chỉ",
    "số",
    "nhà",
    "đường",
    "phường",
    "xã",
    "quận",
    "huyện",
    "tỉnh",
    "thành",
    "phố",
    "Chí",
    "Minh",
    "Nội",
    "Nẵng",
    "Cần",
    "Thơ",
    "Huế",
    "Phòng",
    "Biên",
    "Tàu",
    "Buôn",
    "Ma",
    "Thuột",
    "Đắk",
    "Lắk",
    "Gò",
    "Vấp",
    "lịch",
    "hẹn",
    "nhắc",
    "lại",
    "thanh",
    "toán",
    "chưa",
    "trả",
    "nợ",
    "còn",
    "tổng",
    "tiền",
    "khoảng",
    "miễn",
    "phí",
    "vận",
    "chuyển",
    "quà",
    "tặng",
    "phiếu",
    "thẻ",
    "thành",
    "viên",
    "tích",
    "điểm",
    "đổi",
    "bảo",
    "hành",
    "hoặc",
    "rượu",
    "bưởi",
    "khuya",
    "khỏe",
    "khoẻ",
    "ngoằn",
    "ngoèo",
    "xoong",
    "soóc",
    "nhiều",
    "thuở",
    "huơ",
    "khuỷu",
    "quạ",
    "gìn",
    "giữ",
    "giường",
    "giếng",
    "nghiêng",
    "người",
    "muối",
    "cuối",
    "thuốc",
    "luôn",
    "huých",
    "toét",
    "Quảng",
    "Ngãi",
    "Lạng",
    "Sóc",
    "Trăng",
    "Bạc",
    "Cà",
    "Mau",
    "Quy",
    "Nhơn",
    "Tuy",
    "Kon",
    "Tum",
    "Gia",
    "Lai",
    "quýt",
    "quỳnh",
]
MIDDLE = ["Thị", "Văn", "Hữu", "Ngọc", "Minh", "Thanh", "Quốc", "Đình"]
#: Every family name with every middle name and a spread of given names.
FULL_NAMES = [
    f"{family} {middle} {GIVEN[(i * 7 + j * 13) % len(GIVEN)]}"
    for i, family in enumerate(FAMILY)
    for j, middle in enumerate(MIDDLE)
]
#: Garbled words that are other right words: no test on a word can find them (the README
#: says so). Names made only of such words are not found either.
STILL_WORDS = {
    "tcvn3": {"Vò", "Vâ", "Dòng", "Vòng", "Khóc", "Léc", "Lôc", "Phóc", "Tó", "Tèng", "Tõ",
              "Phã", "Phó", "Cóc", "Tróc", "Giái", "BÕ", "Phông", "chó", "chóng", "sè", "phè",
              "tói", "Èn", "û", "ý", "Thuû", "cöa", "nî", "öng", "æn"},
    "vni": {"Thò", "chò", "Hoà", "Hoàng", "Sôn", "Thô", "Nhôn", "Toáng", "soá", "phoá", "Ôn",
            "ôn", "huô", "YÙ", "YÛ", "Hoaøng", "Ñoâng"},
}  # fmt: skip
ENCODERS = {"tcvn3": to_tcvn3, "vni": to_vni}


@pytest.mark.parametrize("word", sorted(set(FAMILY + GIVEN + SHOP)))
def test_every_right_word_reads_as_vietnamese(word: str) -> None:
    assert is_vietnamese_word(word)
    assert is_vietnamese_word(word.upper())


def test_no_right_name_is_taken_for_an_old_encoding() -> None:
    flagged = [name for name in FULL_NAMES if garbled_as(name) is not None]
    flagged += [name.upper() for name in FULL_NAMES if garbled_as(name.upper()) is not None]
    assert flagged == []
    assert detect([[name] for name in FULL_NAMES]).found is None


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_name_with_a_word_no_word_is_spelled_like_is_found_and_converted_back(
    encoding: str,
) -> None:
    encode = ENCODERS[encoding]
    missed, wrong = [], []
    for name in FULL_NAMES:
        garbled = encode(name)
        if garbled == name or all(w in STILL_WORDS[encoding] or reads_as_vietnamese(w)
                                  for w in garbled.split()):  # fmt: skip
            continue
        if garbled_as(garbled) is None:
            missed.append((name, garbled))
        elif convert_text(garbled, encoding) != name:
            wrong.append((name, garbled, convert_text(garbled, encoding)))
    assert missed == [] and wrong == []


@pytest.mark.parametrize(
    ("encoding", "garbled", "right"),
    [
        ("vni", "Voõ Thò Lan", "Võ Thị Lan"),
        ("vni", "Laõ Vaên Ba", "Lã Văn Ba"),
        ("vni", "Phaïm Baù Tuøng", "Phạm Bá Tùng"),
        ("vni", "Trònh Thò Vónh", "Trịnh Thị Vĩnh"),
        ("vni", "Ñinh Thò Khang", "Đinh Thị Khang"),
        ("vni", "Ñoã Höõu Nghóa", "Đỗ Hữu Nghĩa"),
        ("vni", "Phan Quoác Baûo", "Phan Quốc Bảo"),
        ("vni", "Hoà Thò Nhaõ", "Hồ Thị Nhã"),
        ("tcvn3", "Cao Minh Ých", "Cao Minh Ích"),
        ("tcvn3", "Lª Thu YÕn", "Lê Thu Yến"),
        ("tcvn3", "Khæng Minh An", "Khổng Minh An"),
        ("tcvn3", "TrÇn Ngäc ý", "Trần Ngọc Ý"),
    ],
)
def test_names_that_passed_for_right_ones_are_found(
    encoding: str, garbled: str, right: str
) -> None:
    assert _encoded(encoding, right) == garbled
    assert garbled_as(garbled) == encoding
    assert convert_text(garbled, encoding) == right


def _encoded(encoding: str, text: str) -> str:
    return ENCODERS[encoding](text)


@pytest.mark.parametrize(
    "word", ["Voõ", "Laõ", "Baù", "Thuyù", "Trònh", "Vónh", "Nghóa", "Quoác", "Ñinh", "Ỹn", "Khỉng",
             "Ých", "Coõng", "cuỷa"],
)  # fmt: skip
def test_words_no_vietnamese_word_is_spelled_like(word: str) -> None:
    assert not is_vietnamese_word(word)


def test_both_tone_placements_of_oa_oe_uy_and_the_hats_read_right() -> None:
    for word in [
        "Hòa",
        "Hoà",
        "Thủy",
        "Thuỷ",
        "Khỏe",
        "Khoẻ",
        "Hoàng",
        "Huỳnh",
        "Quỳnh",
        "Nguyễn",
        "Người",
        "Khuỷu",
        "Rượu",
        "Thuở",
        "Huế",
        "Hoặc",
        "Soóc",
        "Đắk",
    ]:
        assert is_vietnamese_word(word), word
    names = [" ".join(p) for p in itertools.product(["Hòa", "Hoà"], ["Thủy", "Thuỷ"])]
    assert all(garbled_as(n) is None for n in names)
