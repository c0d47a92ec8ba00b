"""The window fills its texts' %1, %2... in one pass (``gui.i18n.fill``), never with a
chain of ``replace`` that would fill a placeholder found inside a value."""

from __future__ import annotations

import ast
from pathlib import Path

from esms_desktop.gui.i18n import fill

GUI = Path(__file__).resolve().parents[1] / "esms_desktop" / "gui"


def test_each_placeholder_takes_its_value() -> None:
    assert fill("%1 of %2 customers", "12", "40") == "12 of 40 customers"
    assert fill("%2, then %1", "a", "b") == "b, then a"
    assert fill("%1 and %1 again", 7) == "7 and 7 again"
    assert fill("Sent: %1   Left: %2%3", 1, 2, "") == "Sent: 1   Left: 2"


def test_a_value_holding_a_placeholder_stays_as_it_is() -> None:
    # A file named "sale %2.xlsx": a chain of replace would put the count into its name.
    assert fill("%1: %2 customers.", "sale %2.xlsx", "1.234") == "sale %2.xlsx: 1.234 customers."
    assert fill("%1 (%2)", "%1%2", "x") == "%1%2 (x)"
    chained = "%1: %2 customers.".replace("%1", "sale %2.xlsx").replace("%2", "1.234")
    assert chained != fill("%1: %2 customers.", "sale %2.xlsx", "1.234")  # the bug it ends


def test_a_placeholder_without_a_value_and_a_percent_sign_stay() -> None:
    assert fill("%1 and %2", "a") == "a and %2"
    assert fill("20% off, %1", "today") == "20% off, today"
    assert fill("no placeholder") == "no placeholder"


def test_the_window_fills_no_text_with_a_chain_of_replace() -> None:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and node.args
                and (
                    (
                        isinstance(node.args[0], ast.Constant)
                        and str(node.args[0].value).startswith("%")
                    )
                    or isinstance(node.args[0], ast.JoinedStr)
                )
            ):
                found.append(f"{path.relative_to(GUI)}:{node.lineno}")
    assert not found, found
