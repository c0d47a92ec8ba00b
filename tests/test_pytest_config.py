"""The suite's own settings hold: an unknown marker, any warning raised in the app's code
and an exception no one sees (in a thread, or while an object is collected) each fail
the test that caused it. Run on a small session of their own with the suite's settings."""

from __future__ import annotations

from pathlib import Path

import pytest

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"

CASES = """
import gc
import threading
import warnings

import pytest


def _warn(category):
    warnings.warn_explicit("from the app", category, "esms_desktop/x.py", 1, module="esms_desktop.x")


@pytest.mark.parametrize("category", [DeprecationWarning, UserWarning, RuntimeWarning, FutureWarning])
def test_a_warning_of_the_app(category):
    _warn(category)


def test_a_warning_of_another_library_is_left_to_it():
    warnings.warn_explicit("elsewhere", RuntimeWarning, "lib.py", 1, module="some_library")


def test_an_exception_in_a_thread():
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()


class Broken:
    def __del__(self):
        raise ValueError("while collected")


def test_an_exception_while_collected():
    Broken()
    gc.collect()
"""

UNKNOWN_MARKER = """
import pytest


@pytest.mark.no_such_marker
def test_an_unknown_marker():
    pass
"""


def run(pytester: pytest.Pytester, name: str) -> tuple[pytest.ExitCode | int, str]:
    result = pytester.runpytest_subprocess(
        "-c", str(PYPROJECT), "--rootdir", str(pytester.path), "-p", "no:cacheprovider",
        "-rA", f"{name}.py",
    )  # fmt: skip
    return result.ret, result.stdout.str()


def test_the_suites_settings_fail_what_they_should(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_cases=CASES, test_marker=UNKNOWN_MARKER)
    code, text = run(pytester, "test_marker")
    assert "'no_such_marker' not found in `markers`" in text, text
    assert code == pytest.ExitCode.INTERRUPTED, text
    code, text = run(pytester, "test_cases")
    for failed in (
        "test_a_warning_of_the_app[DeprecationWarning]",
        "test_a_warning_of_the_app[UserWarning]",
        "test_a_warning_of_the_app[RuntimeWarning]",
        "test_a_warning_of_the_app[FutureWarning]",
        "test_an_exception_in_a_thread",
        "test_an_exception_while_collected",
    ):
        assert f"FAILED test_cases.py::{failed}" in text, text
    assert "PASSED test_cases.py::test_a_warning_of_another_library_is_left_to_it" in text, text
    assert code == pytest.ExitCode.TESTS_FAILED, text
