"""``diagnose`` (and the Account page's "Check with eSMS") in the user's words: every line
in plain Vietnamese or English (what was checked, what came of it, what to do), the
technical lines only for support, and nothing of eSMS's answers nor a key in either."""

from __future__ import annotations

import re
from typing import Any

import pytest
from spoken import en

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.diagnose import CHECKS, Verdict, diagnose, report_text, support_text
from esms_desktop.base.errors import BadAnswerError
from esms_desktop.base.texts import catalogue, speaking
from esms_desktop.base.vntime import now as app_now
from esms_desktop.cli.main import main
from esms_desktop.simulator import EsmsSimulator, SimulatorTransport
from esms_desktop.simulator.keys import DEMO_API_KEY, DEMO_SECRET_KEY

#: Words of the technical lines (calls, fields, English verdicts) a shop owner must not
#: read among their own.
TECHNICAL = re.compile(
    r"_json|Get[A-Z]|answer (has|lacks)|RequestId was|\bSandbox=|\(Vietnam\)|\bSKIPPED\b"
    r"|\bDIFFERENT\b|\bFAILED\b|\bskipped\b|\bOK\b|ListParams|ZNSTempDetail|SentData"
)


def _client(sim: EsmsSimulator) -> EsmsClient:
    return EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim))


def test_every_check_has_a_name_in_both_languages() -> None:
    for lang in ("vi", "en"):
        texts = catalogue(lang)
        assert all(f"diagnose.check.{c}" in texts for c in CHECKS), lang


def test_the_vietnamese_command_says_every_line_in_vietnamese(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--demo", "--lang", "vi", "diagnose"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) >= 12
    for line in lines:
        assert not TECHNICAL.search(line), line
    assert lines[0].startswith("ĐẠT") and "Số dư tài khoản" in lines[0]
    assert "giờ Việt Nam" in lines[-1]
    assert "GetBalance_json" not in out  # the technical lines only with --support


def test_support_lines_follow_with_support(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--demo", "--lang", "vi", "diagnose", "--support"]) == 0
    out = capsys.readouterr().out
    said, support = out.split("cho bộ phận hỗ trợ", 1)
    assert "GetBalance_json" not in said
    assert "GetBalance_json: answer has Balance, UserID" in support
    assert DEMO_API_KEY not in out and DEMO_SECRET_KEY not in out


def test_a_clock_far_off_is_said_in_vietnamese_with_what_to_do() -> None:
    sim = EsmsSimulator(clock=lambda: app_now() + 600)
    result = diagnose(_client(sim))
    line = result.line("clock")
    assert line.verdict is Verdict.DIFFERENT
    with speaking("vi"):
        said = line.text().splitlines()
        report = report_text(result)
    assert said[0].startswith("KHÁC") and "Chậm hơn đồng hồ của eSMS 10 phút" in said[0]
    assert "Đặt giờ tự động" in said[1]
    assert "bấm Chép để gửi hỗ trợ" in report  # the closing: what to do with it
    assert "this computer's clock +600 s" in support_text(result)


def test_a_garbled_answer_is_said_in_words_never_quoted(monkeypatch: pytest.MonkeyPatch) -> None:
    """What came instead of an answer (a proxy's page, say) reaches no line: the window
    and the command line say what it means and what to do."""
    client = _client(EsmsSimulator())
    page = "<html>Bad gateway at proxy-7 \x1b[31m</html>"

    def garbled(*_a: Any, **_k: Any) -> Any:
        raise BadAnswerError(f"eSMS answered HTTP 502: {page}", status=502, raw=page)

    monkeypatch.setattr(client, "get_balance", garbled)
    result = diagnose(client)
    assert [line.verdict for line in result.lines] == [Verdict.FAILED]
    for lang in ("vi", "en"):
        with speaking(lang):
            shown = report_text(result) + support_text(result)
        assert "Bad gateway" not in shown and "proxy-7" not in shown and "\x1b" not in shown
    assert "no usable answer (bad_answer)" in support_text(result)
    with speaking("en"):
        first, todo = report_text(result).splitlines()[:2]
    assert first.startswith("FAILED    Account balance: No usable answer:"), first
    assert "Try again" in todo, todo


def test_a_refused_test_message_names_the_code_in_words() -> None:
    """eSMS refusing the sandbox send: its catalogue entry, in the user's language."""
    sim = EsmsSimulator()
    client = _client(sim)
    sent = client.send_customer_care

    def refused(phone: str, content: str, *a: Any, **k: Any) -> Any:
        return sent("0912340099", content, *a, **k)  # the simulator's blocked number: 99

    client.send_customer_care = refused  # type: ignore[method-assign]
    result = diagnose(client)
    line = result.line("care_send")
    assert line.verdict is Verdict.DIFFERENT
    with speaking("en"):
        text = line.text()
    assert text.startswith("DIFFERENT") and "eSMS refused:" in text, text
    assert "answered 99, not 100" in line.support_line()
    assert "Copy for support" in text  # not the refusal's step for a customer's number
    assert en(line.said)  # a text of the catalogues
