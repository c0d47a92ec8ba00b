"""Local checks that stop, before any money is spent, what eSMS would refuse.

Holds the rules (numbers, text, templates, advertising limits, Zalo, reminders,
audience, balance), the price, and the check's result.

May import: ``message`` and everything below it.

The names below are imported from their modules when first used (:mod:`esms_desktop.
base.lazy`): a module of this package does not load the whole package.
"""

from typing import TYPE_CHECKING

from esms_desktop.base.lazy import exports

if TYPE_CHECKING:
    from esms_desktop.checks.account import AccountInfo, load_account_for, load_account_info
    from esms_desktop.checks.problems import Problem, Severity
    from esms_desktop.checks.run import CheckReport, check_with_account, next_ad_time, run_checks

__getattr__ = exports(
    __name__,
    {
        "AccountInfo": "esms_desktop.checks.account",
        "load_account_for": "esms_desktop.checks.account",
        "load_account_info": "esms_desktop.checks.account",
        "Problem": "esms_desktop.checks.problems",
        "Severity": "esms_desktop.checks.problems",
        "CheckReport": "esms_desktop.checks.run",
        "check_with_account": "esms_desktop.checks.run",
        "next_ad_time": "esms_desktop.checks.run",
        "run_checks": "esms_desktop.checks.run",
    },
)

__all__ = [
    "AccountInfo",
    "CheckReport",
    "Problem",
    "Severity",
    "check_with_account",
    "load_account_for",
    "load_account_info",
    "next_ad_time",
    "run_checks",
]
