"""A bare number, grouped as the language writes it (``base.numbers.grouped``)."""

TEXTS = {
    "numbers.grouped": "{number:n}",
}
