"""Local checks that stop, before any money is spent, what eSMS would refuse."""

from esms_desktop.checks.account import AccountInfo, load_account_for, load_account_info
from esms_desktop.checks.problems import Problem, Severity
from esms_desktop.checks.run import CheckReport, check_with_account, next_ad_time, run_checks

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
