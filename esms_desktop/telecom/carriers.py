"""Vietnamese mobile carriers and the number prefixes that belong to them.

Kept as plain data so a new prefix is a one-line change with its own test.
The network ids are the ones eSMS uses in template lists (``NetworkID``).
"""

from __future__ import annotations

from enum import Enum


class Carrier(Enum):
    """A mobile network, valued by its eSMS ``NetworkID``."""

    VIETTEL = 1
    MOBIFONE = 2
    VINAPHONE = 3
    VIETNAMOBILE = 4
    GMOBILE = 5
    ITEL = 6
    REDDI = 7

    @property
    def display_name(self) -> str:
        return _DISPLAY_NAMES[self]

    @classmethod
    def from_network_id(cls, value: object) -> Carrier | None:
        """The carrier for an eSMS ``NetworkID`` (string or int), or None."""
        try:
            return cls(int(str(value).strip()))
        except (ValueError, TypeError):
            return None


_DISPLAY_NAMES = {
    Carrier.VIETTEL: "Viettel",
    Carrier.MOBIFONE: "Mobifone",
    Carrier.VINAPHONE: "Vinaphone",
    Carrier.VIETNAMOBILE: "Vietnamobile",
    Carrier.GMOBILE: "Gmobile",
    Carrier.ITEL: "Itel",
    Carrier.REDDI: "Reddi",
}

#: Three-digit prefixes of 10-digit mobile numbers (2018 numbering plan).
MOBILE_PREFIXES: dict[str, Carrier] = {
    **{p: Carrier.VIETTEL for p in ("032", "033", "034", "035", "036", "037", "038", "039")},
    **{p: Carrier.VIETTEL for p in ("086", "096", "097", "098")},
    **{p: Carrier.MOBIFONE for p in ("070", "076", "077", "078", "079", "089", "090", "093")},
    **{p: Carrier.VINAPHONE for p in ("081", "082", "083", "084", "085", "088", "091", "094")},
    **{p: Carrier.VIETNAMOBILE for p in ("052", "056", "058", "092")},
    **{p: Carrier.GMOBILE for p in ("059", "099")},
    "087": Carrier.ITEL,
    "055": Carrier.REDDI,
}

#: Old 11-digit prefixes (four digits) and the three-digit prefix that replaced
#: each one when Vietnam moved mobile numbers to ten digits in 2018.
OLD_PREFIXES: dict[str, str] = {
    **{f"016{d}": f"03{d}" for d in "23456789"},
    "0120": "070",
    "0121": "079",
    "0122": "077",
    "0126": "076",
    "0128": "078",
    "0123": "083",
    "0124": "084",
    "0125": "085",
    "0127": "081",
    "0129": "082",
    "0186": "056",
    "0188": "058",
    "0199": "059",
}


def carrier_of(number: str) -> Carrier | None:
    """The carrier of a normalised ``0xxxxxxxxx`` number, or None if unknown."""
    return MOBILE_PREFIXES.get(number[:3])
