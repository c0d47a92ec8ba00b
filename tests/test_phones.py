"""Every form of phone number a shop owner types, and every carrier prefix."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from esms_desktop.telecom.carriers import MOBILE_PREFIXES, OLD_PREFIXES, Carrier, carrier_of
from esms_desktop.telecom.phones import PhoneProblem, normalize_phone, read_phone, read_phones

ACCEPTED = [
    ("0912345678", "0912345678"),
    ("84912345678", "0912345678"),
    ("+84912345678", "0912345678"),
    ("+84 912 345 678", "0912345678"),
    ("0084 912 345 678", "0912345678"),
    ("0912 345 678", "0912345678"),
    ("0912.345.678", "0912345678"),
    ("0912-345-678", "0912345678"),
    ("098-123-4567", "0981234567"),  # a dash inside one number stays one number
    ("098 - 123 - 4567", "0981234567"),
    ("+84-98-123-4567", "0981234567"),
    ("84 - 981234567", "0981234567"),
    ("(091) 234-5678", "0912345678"),
    ("(+84) 912345678", "0912345678"),
    (" 0912345678 ", "0912345678"),
    ("0912\u00a0345\u00a0678", "0912345678"),  # non-breaking spaces from web pages
    ("０９１２３４５６７８", "0912345678"),  # full-width digits
    (912345678, "0912345678"),  # stored as a number: leading zero lost
    (912345678.0, "0912345678"),
    ("912345678", "0912345678"),
    ("961234567.0", "0961234567"),
    ("9.61234567E+08", "0961234567"),
    ("9,61234567E+08", "0961234567"),
    (84912345678, "0912345678"),
    ("0912345678'", "0912345678"),  # a stray apostrophe kept from Excel text
    # The country code before the national number with its 0 (business cards, websites).
    ("+84 (0) 913 000 102", "0913000102"),
    ("+84(0)913000102", "0913000102"),
    ("+84 (0)913.000.102", "0913000102"),
    ("84 (0) 913 000 102", "0913000102"),
    ("0084 (0) 913 000 102", "0913000102"),
    ("+840961234537", "0961234537"),
    ("840961234537", "0961234537"),
    (840961234537, "0961234537"),
    ("840 123 456", "0840123456"),  # 084 with its zero lost, not the (0) form
    ("840123456'", "0840123456"),
]

CONVERTED = [
    ("01623456789", "0323456789"),
    ("01693456789", "0393456789"),
    ("01203456789", "0703456789"),
    ("01213456789", "0793456789"),
    ("01223456789", "0773456789"),
    ("01263456789", "0763456789"),
    ("01283456789", "0783456789"),
    ("01233456789", "0833456789"),
    ("01243456789", "0843456789"),
    ("01253456789", "0853456789"),
    ("01273456789", "0813456789"),
    ("01293456789", "0823456789"),
    ("01863456789", "0563456789"),
    ("01883456789", "0583456789"),
    ("01993456789", "0593456789"),
    ("1623456789", "0323456789"),  # old number, leading zero lost
    (1623456789, "0323456789"),
    ("+84 162 345 6789", "0323456789"),
    ("841623456789", "0323456789"),
    ("+84 (0) 162 345 6789", "0323456789"),
]

REFUSED = [
    (None, PhoneProblem.EMPTY),
    ("", PhoneProblem.EMPTY),
    ("   ", PhoneProblem.EMPTY),
    ("0912345678 / 0987654321", PhoneProblem.MULTIPLE),
    ("0912345678, 0987654321", PhoneProblem.MULTIPLE),
    ("0912345678 hoặc 0987654321", PhoneProblem.MULTIPLE),
    ("0912345678\n0987654321", PhoneProblem.MULTIPLE),
    # Two numbers joined by a dash, a space or a word: two numbers, not one too long.
    ("0981234567 - 0901234568", PhoneProblem.MULTIPLE),
    ("0981234567-0901234568", PhoneProblem.MULTIPLE),
    ("0981234567 \u2013 0901234568", PhoneProblem.MULTIPLE),
    ("098 123 4567 - 090 123 4568", PhoneProblem.MULTIPLE),
    ("098-123-4567 - 090-123-4568", PhoneProblem.MULTIPLE),
    ("0981234567 0901234568", PhoneProblem.MULTIPLE),
    ("0981234567;0901234568", PhoneProblem.MULTIPLE),
    ("0981234567 or 0901234568", PhoneProblem.MULTIPLE),
    ("0981234567 hoặc 0901234568", PhoneProblem.MULTIPLE),
    ("+84 98 123 4567 - 0901234568", PhoneProblem.MULTIPLE),
    ("abc", PhoneProblem.HAS_LETTERS),
    ("không có", PhoneProblem.HAS_LETTERS),
    ("0912abc678", PhoneProblem.HAS_LETTERS),
    ("+1 415 555 0100", PhoneProblem.FOREIGN),
    ("+65 9123 4567", PhoneProblem.FOREIGN),
    ("0065 9123 4567", PhoneProblem.FOREIGN),
    ("02838123456", PhoneProblem.LANDLINE),  # Ho Chi Minh City landline
    ("024 3826 1234", PhoneProblem.LANDLINE),  # Hanoi landline
    ("2838123456", PhoneProblem.LANDLINE),  # landline with its zero lost
    ("1900 1234 56", PhoneProblem.SERVICE_NUMBER),
    ("18001234", PhoneProblem.SERVICE_NUMBER),
    ("0123456789", PhoneProblem.UNKNOWN_PREFIX),
    ("0101234567", PhoneProblem.UNKNOWN_PREFIX),
    ("01303456789", PhoneProblem.UNKNOWN_OLD_PREFIX),
    ("091234567", PhoneProblem.TOO_SHORT),
    ("09123", PhoneProblem.TOO_SHORT),
    ("091234567890", PhoneProblem.TOO_LONG),
    ("+84 91234567", PhoneProblem.TOO_SHORT),
    ("+84 (0) 24 3826 1234", PhoneProblem.LANDLINE),
    ("+84 (0) 913 000 1022", PhoneProblem.TOO_LONG),
    ("+84 (0) 913 000 10", PhoneProblem.TOO_SHORT),
]


@pytest.mark.parametrize(("value", "expected"), ACCEPTED, ids=repr)
def test_accepted_forms(value: object, expected: str) -> None:
    result = normalize_phone(value)
    assert result.ok, result.problem
    assert result.number == expected and result.converted_from is None


@pytest.mark.parametrize(("value", "expected"), CONVERTED, ids=repr)
def test_old_eleven_digit_numbers_are_converted_with_a_note(value: object, expected: str) -> None:
    result = normalize_phone(value)
    assert result.number == expected
    assert result.converted_from is not None and len(result.converted_from) == 11


@pytest.mark.parametrize(("value", "problem"), REFUSED, ids=repr)
def test_refused_with_a_reason(value: object, problem: PhoneProblem) -> None:
    result = normalize_phone(value)
    assert not result.ok and result.number is None
    assert result.problem is problem


EXPECTED_CARRIERS = {
    Carrier.VIETTEL: "032 033 034 035 036 037 038 039 086 096 097 098",
    Carrier.MOBIFONE: "070 076 077 078 079 089 090 093",
    Carrier.VINAPHONE: "081 082 083 084 085 088 091 094",
    Carrier.VIETNAMOBILE: "052 056 058 092",
    Carrier.GMOBILE: "059 099",
    Carrier.ITEL: "087",
    Carrier.REDDI: "055",
}
PREFIX_CASES = [(p, c) for c, ps in EXPECTED_CARRIERS.items() for p in ps.split()]


@pytest.mark.parametrize(("prefix", "carrier"), PREFIX_CASES)
def test_each_prefix_has_its_carrier(prefix: str, carrier: Carrier) -> None:
    number = prefix + "1234567"
    assert carrier_of(number) is carrier
    assert normalize_phone(number).carrier is carrier


def test_prefix_table_has_nothing_else() -> None:
    assert set(MOBILE_PREFIXES) == {p for p, _ in PREFIX_CASES}


@pytest.mark.parametrize(("old", "new"), sorted(OLD_PREFIXES.items()))
def test_each_old_prefix_lands_on_a_known_carrier(old: str, new: str) -> None:
    assert carrier_of(new + "0000000") is not None
    assert normalize_phone(old + "1234567").number == new + "1234567"


def test_network_ids_match_esms() -> None:
    assert Carrier.from_network_id("1") is Carrier.VIETTEL
    assert Carrier.from_network_id(7) is Carrier.REDDI
    assert Carrier.from_network_id("x") is None


prefixes = st.sampled_from(sorted(MOBILE_PREFIXES))
subscriber = st.text("0123456789", min_size=7, max_size=7)


@st.composite
def typed_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A valid number and one of the ways a person might type it."""
    number = draw(prefixes) + draw(subscriber)
    rest = number[1:]
    form = draw(
        st.sampled_from(
            [
                number,
                "84" + rest,
                "+84 " + rest[:2] + " " + rest[2:5] + " " + rest[5:],
                number[:4] + "." + number[4:7] + "." + number[7:],
                "(" + number[:3] + ") " + number[3:6] + "-" + number[6:],
                rest,
                rest + ".0",
            ]
        )
    )
    return number, form


@given(typed_numbers())
def test_every_typing_of_a_number_gives_the_number(case: tuple[str, str]) -> None:
    number, typed = case
    assert normalize_phone(typed).number == number
    assert read_phones([typed, number]) == [read_phone(typed), read_phone(number)]


@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=True), st.none()))
def test_normalising_twice_changes_nothing(value: object) -> None:
    first = normalize_phone(value)
    if first.ok:
        again = normalize_phone(first.number)
        assert again.number == first.number and again.carrier is first.carrier
    else:
        assert first.problem is not None


_TYPED = st.text(alphabet="0123456789+ .-()84", min_size=0, max_size=16)
_NUMBERS = st.one_of(
    st.integers(min_value=-(10**16), max_value=10**16),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=10**7, max_value=10**12).map(float),
)


@given(st.one_of(_TYPED, _NUMBERS, st.sampled_from(["912345678.0", "0912.000", " 0912345678 "])))
def test_the_quick_path_reads_every_value_as_the_general_path_does(value: object) -> None:
    from esms_desktop.telecom.phones import _normalize, read_phone

    assert read_phone(value) == _normalize(value)[1:]
    assert normalize_phone(value) == _normalize(value)
    assert read_phones([value, value]) == [_normalize(value)[1:]] * 2


@pytest.mark.parametrize(
    "value",
    ["0912345678", "+84 912 345 678", "0912.345.678", "0912-345-678", "(091) 2345678",
     "84912345678", 912345678, 912345678.0, "+84912345678"],
)  # fmt: skip
def test_the_common_typed_forms_take_the_quick_path(
    value: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from esms_desktop.telecom import phones

    def general(value: object) -> phones.PhoneResult:
        raise AssertionError(f"{value!r} took the general path")

    monkeypatch.setattr(phones, "_normalize", general)
    assert phones.read_phone(value)[0] is not None
