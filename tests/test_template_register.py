"""Registering a text as an eSMS template: eSMS's {Name:length} form, local refusals, the
simulator's endpoint and moderation, the states kept in the journal, the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from files import SAMPLE_ROWS, write_xlsx

import esms_desktop.cli.main as cli_module
from esms_desktop.api.client import EsmsClient
from esms_desktop.app.template_register import (
    APPROVED,
    MODERATING,
    REFUSED,
    RegistrationError,
    TemplateRegistrations,
    esms_form,
    local_refusals,
    refresh,
    register,
    same_template,
)
from esms_desktop.base.texts import speaking
from esms_desktop.cli.main import main
from esms_desktop.journal.extra_tables import journal_path
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.simulator import EsmsSimulator
from esms_desktop.simulator.keys import DEMO_API_KEY, DEMO_SECRET_KEY

TEXT = "Shop Hoa Demo cam on {Họ và tên}, don {Mã đơn} da giao xong."


def store() -> TemplateRegistrations:
    return TemplateRegistrations(journal_path(demo=True))


def post(sim: EsmsSimulator, path: str, **body: object) -> dict[str, object]:
    raw = json.dumps({"ApiKey": DEMO_API_KEY, "SecretKey": DEMO_SECRET_KEY, **body}).encode()
    answer = json.loads(sim.handle("POST", path, {}, raw).body)
    assert isinstance(answer, dict)
    return answer


def test_placeholders_are_sized_from_the_longest_value(tmp_path: Path) -> None:
    rows = open_recipients(write_xlsx(tmp_path / "kh.xlsx", SAMPLE_ROWS))
    longest = max(len(r.value(rows.mapping.index_of("Họ và tên") or 0)) for r in rows.rows)
    text, variables = esms_form(TEXT, rows)
    name_len = dict(variables)["Họ và tên"]
    assert name_len == longest + max(5, -(-longest // 5))
    assert text == (  # a plain text: plain variable names too (IsUnicode 0)
        f"Shop Hoa Demo cam on {{Ho va ten:{name_len}}}, don {{Ma don:"
        f"{dict(variables)['Mã đơn']}}} da giao xong."
    )
    # A text with diacritics keeps them in its names (it goes as IsUnicode 1).
    assert esms_form("Cảm ơn {Họ và tên}", rows)[0] == f"Cảm ơn {{Họ và tên:{name_len}}}"
    # Given lengths win; a variable already sized keeps its size; no list: 30.
    assert esms_form("A {Tên} {Mã:8}", None, {"Tên": 12})[0] == "A {Ten:12} {Ma:8}"
    assert esms_form("A {Tên}")[0] == "A {Ten:30}"
    with speaking("en"), pytest.raises(RegistrationError, match="does not have"):
        esms_form("Chao {Email}", rows)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Xem don tai https://shophoa.vn/{Ma:10}", "link"),
        ("Xem don tai shophoa.vn nhe {Ten:10}", "link"),
        ("Goi 0912 345 678 de dat {Ten:10}", "phone number"),
        ("Goi 1900 1234 de dat {Ten:10}", "phone number"),
    ],
)
def test_local_refusals(text: str, words: str) -> None:
    (refusal,) = local_refusals(text)
    with speaking("en"):
        assert words in str(refusal)


def test_a_phone_number_in_a_variable_is_fine() -> None:
    assert local_refusals("Don {Ma:12} cua {Ten:20} da giao, hotline {Hotline:12}") == []


def test_matching_ignores_variable_names() -> None:
    assert same_template("Cam on {Tên:20}, don {Mã:11}.", "Cam on {P1,20},  don {P2,11}.")
    assert not same_template("Cam on {Tên:20}.", "Cam on {P1,20}. Hen gap lai")


def test_register_moderate_then_approved(simulator: EsmsSimulator, client: EsmsClient) -> None:
    now = [1_800_000_000.0]
    simulator.clock = lambda: now[0]
    text, _ = esms_form(TEXT, lengths={"Họ và tên": 20, "Mã đơn": 11})
    reg = register(client, store(), channel="cskh", brandname="SHOPHOA_DEMO", esms_text=text)
    assert reg.state == MODERATING and reg.service_preview_id.isdigit()
    assert refresh(client, store()).approved == []  # not yet moderated
    again = register(client, store(), channel="cskh", brandname="SHOPHOA_DEMO", esms_text=text)
    assert again.id == reg.id  # 199: the same request is already being processed
    now[0] += simulator.template_delay + 1
    result = refresh(client, store())
    (approved,) = result.approved
    assert approved.id == reg.id and approved.state == APPROVED and approved.template_id
    assert store().get(reg.id).state == APPROVED


def test_the_simulator_refuses_links_and_never_lists_them(simulator: EsmsSimulator) -> None:
    now = [1_800_000_000.0]
    simulator.clock = lambda: now[0]
    answer = post(
        simulator, "SubServicePreviewJson", Brandname="SHOPHOA_DEMO", ServiceType=2,
        SmsType="2", IsUnicode="0", Content="Xem don tai https://shophoa.vn/{Ma:10}",
    )  # fmt: skip
    assert answer["CodeResult"] == "100" and isinstance(answer["ServicePreviewId"], int)
    now[0] += simulator.template_delay + 1
    listed = post(simulator, "GetTemplate", SmsType="2", Brandname="SHOPHOA_DEMO")
    assert all("shophoa.vn" not in t["TempContent"] for t in listed["BrandnameTemplates"])
    account = simulator.account(DEMO_API_KEY)
    (reg,) = simulator._registrations(account)
    assert reg.approved is False
    assert post(simulator, "SubServicePreviewJson", Brandname="SHOPHOA_DEMO", ServiceType=3,
                SmsType="2", Content="x")["CodeResult"] == "301"  # fmt: skip


def test_301_is_kept_as_refused_in_plain_words(
    simulator: EsmsSimulator, client: EsmsClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from esms_desktop.simulator.base import answer

    monkeypatch.setattr(simulator, "_register_template", lambda ctx: answer("301", "no"))
    reg = register(
        client, store(), channel="fixed", brandname="SHOPHOA_DEMO", esms_text="Don {Ma:10}"
    )
    assert reg.state == REFUSED and reg.code == "301"
    with speaking("en"):
        assert "Unsupported service type" in reg.reason
    with speaking("vi"):
        assert "Loại dịch vụ" in reg.reason
        assert "Loại dịch vụ" in store().get(reg.id).reason  # read back: from its code


def test_a_refused_text_is_never_sent(simulator: EsmsSimulator, client: EsmsClient) -> None:
    before = simulator.request_count
    with pytest.raises(RegistrationError) as caught:
        register(
            client, store(), channel="cskh", brandname="SHOPHOA_DEMO",
            esms_text="Xem tai https://x.vn {Ten:10}",
        )  # fmt: skip
    with speaking("en"):
        said = str(caught.value)
    assert "Nothing was sent" in said and "link" in said
    assert simulator.request_count == before and store().all() == []


def test_cli_register_list_moderating_then_approved(
    tmp_path: Path,
    simulator: EsmsSimulator,
    client: EsmsClient,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    now = [1_800_000_000.0]
    simulator.clock = lambda: now[0]
    monkeypatch.setattr(cli_module, "make_client", lambda args, settings: client)
    monkeypatch.setattr(EsmsClient, "__exit__", lambda self, *exc: None)  # one client for all
    path = write_xlsx(tmp_path / "kh.xlsx", SAMPLE_ROWS)
    args = ["--demo", "--lang", "en", "templates"]
    code = main([*args, "register", "--channel", "cskh", "--brandname", "SHOPHOA_DEMO",
                 "--content", TEXT, "--file", str(path)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "moderating" in out and "{Ho va ten:" in out
    assert main(args) == 0
    assert "moderating" in capsys.readouterr().out
    now[0] += simulator.template_delay + 1
    assert main(args) == 0
    listed = capsys.readouterr().out
    assert "approved TempId" in listed
    code = main([*args, "register", "--channel", "cskh", "--brandname", "SHOPHOA_DEMO",
                 "--content", "Xem don tai https://shophoa.vn"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "may not contain a link" in err and "Traceback" not in err


def test_command_line_against_the_simulator_server(tmp_path: Path, app_home: Path) -> None:
    """The issue's test as a shop owner runs it: separate commands, a real HTTP simulator."""
    from engine_helpers import cli as run_cli

    from esms_desktop.simulator.server import SimulatorServer

    now = [1_800_000_000.0]
    sim = EsmsSimulator(clock=lambda: now[0])
    path = write_xlsx(tmp_path / "kh.xlsx", SAMPLE_ROWS)
    with SimulatorServer(sim) as server:
        register_cmd = run_cli(
            server.base_url, app_home, "templates", "register", "--channel", "cskh",
            "--brandname", "SHOPHOA_DEMO", "--content", TEXT, "--file", str(path),
        )  # fmt: skip
        out, err = register_cmd.communicate(timeout=60)
        assert register_cmd.returncode == 0, out + err
        assert "moderating" in out and "(eSMS id 52" in out
        listed = run_cli(server.base_url, app_home, "templates")
        out, err = listed.communicate(timeout=60)
        assert "moderating" in out and "approved" not in out, out + err
        now[0] += sim.template_delay + 1
        listed = run_cli(server.base_url, app_home, "templates")
        out, err = listed.communicate(timeout=60)
        assert "approved TempId" in out, out + err
        link = run_cli(
            server.base_url, app_home, "templates", "register", "--channel", "cskh",
            "--brandname", "SHOPHOA_DEMO", "--content", "Xem don tai https://shophoa.vn",
        )  # fmt: skip
        out, err = link.communicate(timeout=60)
        assert link.returncode == 2 and "may not contain a link" in err
        assert "Traceback" not in out + err


def test_fixed_number_approval_cannot_be_looked_up_and_says_so(
    simulator: EsmsSimulator, client: EsmsClient
) -> None:
    reg = register(
        client, store(), channel="fixed", brandname="SHOPHOA_DEMO", esms_text="Don {Ma:10} da giao"
    )
    assert reg.state == MODERATING
    simulator.clock = lambda: 4_000_000_000.0
    result = refresh(client, store())
    assert result.approved == [] and store().get(reg.id).state == MODERATING
    (note,) = result.notes
    with speaking("en"):
        assert "web portal" in str(note)
    with speaking("vi"):
        assert "trang web eSMS" in str(note)


def test_check_suggests_registering_a_text_that_matches_no_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "kh.xlsx", SAMPLE_ROWS)
    main(["--demo", "--lang", "en", "check", str(path), "--channel", "cskh",
          "--brandname", "SHOPHOA_DEMO", "--content", "Chao {Họ và tên}, don da giao"])  # fmt: skip
    out = capsys.readouterr().out
    assert (
        'esms-desktop templates register --channel cskh --brandname "SHOPHOA_DEMO" '
        '--content "Chao {Họ và tên}, don da giao"' in out
    )
