"""The kinds of message are one type with their rules in one place: these tests find a
channel named by its string in the code, a channel without a rule, a call or a name, and
a rule that decides otherwise than the code it replaced."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from esms_desktop.api.sms_types import SmsType
from esms_desktop.base.texts import speaking
from esms_desktop.journal import MessageState, RequestState
from esms_desktop.message.spec import RULES, CampaignSpec, Channel
from esms_desktop.sending.calls import CALLS

ROOT = Path(__file__).resolve().parents[1] / "esms_desktop"
VALUES = ("cskh", "qc", "fixed", "zalo", "zalo-sms")
#: The one place a channel's value is written.
ENUM = "message/spec.py"
#: Strings equal to a channel's value that are not our channels, and why.
NOT_OURS = {
    ("api/sending.py", "zalo"): "eSMS's own name of a channel in MultiChannelMessage's body",
    ("importing/columns.py", "zalo"): "a column header a shop writes over its phone numbers",
}


def channel_literals(source: str) -> list[tuple[int, str]]:
    """The string constants of ``source`` that are a channel's value."""
    return [
        (node.lineno, node.value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in VALUES
    ]


def test_channels_are_named_only_by_the_enum() -> None:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith("simulator/"):  # eSMS's side keeps its own words
            continue
        for line, value in channel_literals(path.read_text(encoding="utf-8")):
            if name == ENUM or (name, value) in NOT_OURS:
                continue
            found.append(f"{name}:{line}: {value!r}")
    assert not found, "a channel by its string instead of Channel:\n" + "\n".join(found)


def test_the_scan_finds_a_channel_named_by_its_string() -> None:
    code = 'if spec.channel == "qc":\n    x = ("zalo", "zalo-sms")\ny = "fixed-number"\n'
    assert channel_literals(code) == [(1, "qc"), (2, "zalo"), (2, "zalo-sms")]


def test_the_stored_values_never_change() -> None:
    assert tuple(Channel) == VALUES
    assert Channel.values() == list(VALUES)
    assert all(isinstance(v, str) and type(v) is str for v in Channel.values())
    # A member is its value: journals, settings and comparisons read the same.
    assert Channel.ADVERTISING == "qc" and f"{Channel.ZALO_THEN_SMS}" == "zalo-sms"
    assert {"qc": 1}[Channel.ADVERTISING] == 1


def test_every_channel_has_its_rules_and_its_call() -> None:
    assert set(RULES) == set(Channel)
    assert set(CALLS) == set(Channel)


def test_a_spec_takes_a_value_and_holds_the_channel() -> None:
    assert CampaignSpec("qc").channel is Channel.ADVERTISING
    assert CampaignSpec(Channel.ZALO).channel is Channel.ZALO
    with pytest.raises(ValueError, match=r"unknown channel 'sms'; use one of cskh, qc, fixed"):
        CampaignSpec("sms")
    assert Channel.parse("zalo") is Channel.ZALO and Channel.parse("sms") is None


def _having(rule: str) -> set[str]:
    return {c.value for c in Channel if getattr(c, rule)}


def test_the_rules_decide_as_the_code_they_replaced() -> None:
    """Each property against the channel lists the code spelled out before."""
    assert _having("sends_text") == {"cskh", "qc", "fixed", "zalo-sms"}
    assert _having("is_sms") == {"cskh", "qc", "fixed"}
    assert _having("uses_zalo") == {"zalo", "zalo-sms"}
    assert _having("zalo_only") == {"zalo"}
    assert _having("sms_fallback") == {"zalo-sms"}
    assert _having("uses_brandname") == {"cskh", "qc", "zalo-sms"}
    assert _having("is_advertising") == {"qc"}
    assert _having("needs_care_template") == {"cskh", "zalo-sms"}
    assert _having("can_register_template") == {"cskh", "fixed"}
    assert _having("can_schedule") == {"cskh", "qc", "fixed", "zalo"}
    assert _having("priced_per_carrier") == {"cskh", "fixed", "zalo-sms"}
    assert _having("one_number_per_request") == {"cskh", "fixed", "zalo", "zalo-sms"}
    assert {c.value: c.record_types for c in Channel} == {
        "cskh": (SmsType.CUSTOMER_CARE,),
        "fixed": (SmsType.FIXED_NUMBER,),
        "qc": (SmsType.ADVERTISING,),
        "zalo": (SmsType.ZNS, SmsType.ZNS_ALT),
        "zalo-sms": (SmsType.ZNS, SmsType.ZNS_ALT, SmsType.CUSTOMER_CARE),
    }
    assert Channel.CUSTOMER_CARE.sms_type == "2" and Channel.FIXED_NUMBER.sms_type == "8"


@pytest.mark.parametrize(
    ("channel", "recipients", "sizes"),
    [
        (Channel.ADVERTISING, 29, []),  # under 30: refused (107), so nothing is planned
        (Channel.ADVERTISING, 30, [30]),
        (Channel.ADVERTISING, 5_010, [2_505, 2_505]),
        (Channel.ADVERTISING, 12_345, [4_115, 4_115, 4_115]),
        (Channel.ZALO, 1_234, [412, 411, 411]),
        (Channel.ZALO, 500, [500]),
        (Channel.CUSTOMER_CARE, 3, [1, 1, 1]),
        (Channel.FIXED_NUMBER, 2, [1, 1]),
        (Channel.ZALO_THEN_SMS, 2, [1, 1]),
        (Channel.CUSTOMER_CARE, 0, []),
        (Channel.ZALO, 0, []),
    ],
)
def test_batches_are_cut_as_before(channel: Channel, recipients: int, sizes: list[int]) -> None:
    assert channel.batch_sizes(recipients) == sizes


#: The names the window showed (its Qt translations), word for word.
NAMES = {
    "vi": {
        "display_name": ("SMS chăm sóc khách hàng", "SMS quảng cáo", "SMS đầu số cố định",
                         "Zalo", "Zalo, SMS nếu không có Zalo"),
        "choice_name": ("SMS chăm sóc khách hàng", "SMS quảng cáo",
                        "SMS đầu số cố định (rẻ nhất)", "Tin Zalo (ZNS)",
                        "Zalo, hoặc SMS khi không gửi được Zalo"),
        "counted_name": ("SMS chăm sóc khách hàng", "SMS quảng cáo", "SMS đầu số cố định",
                         "tin Zalo", "tin Zalo (SMS nếu không có Zalo)"),
    },
    "en": {
        "display_name": ("Customer care SMS", "Advertising SMS", "Fixed-number SMS", "Zalo",
                         "Zalo, SMS if no Zalo"),
        "choice_name": ("Customer care SMS", "Advertising SMS", "Fixed-number SMS (cheapest)",
                        "Zalo message (ZNS)", "Zalo, or SMS when Zalo cannot deliver"),
        "counted_name": ("customer care SMS", "advertising SMS", "fixed-number SMS",
                         "Zalo messages", "Zalo messages (SMS if no Zalo)"),
    },
}  # fmt: skip


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_channel_is_named_as_the_window_named_it(lang: str) -> None:
    with speaking(lang):
        for form, names in NAMES[lang].items():
            assert tuple(str(getattr(c, form)) for c in Channel) == names, form


def test_a_message_state_is_stored_as_its_request_state() -> None:
    assert [s.value for s in MessageState] == [
        *(r.value for r in RequestState),
        "excluded",
    ]
    assert MessageState.ACCEPTED == "accepted"


def test_a_journal_reads_its_stored_strings_as_the_types(tmp_path: Path) -> None:
    """What is on disk stays the plain strings; reading gives the enums."""
    import sqlite3

    from esms_desktop.journal import Journal, NewCampaign, NewMessage, NewRequest

    with Journal(tmp_path / "j.sqlite3") as journal:
        cid = journal.create_campaign(
            NewCampaign(
                uid="u1",
                name="n",
                channel=Channel.ADVERTISING,
                spec_json="{}",
                requests=[NewRequest(0, "u1-1", [NewMessage(row=2, phone="0961234567")])],
                excluded=[NewMessage(row=3, phone="0", excluded_code="108")],
            )
        )
        assert journal.campaign(cid).channel is Channel.ADVERTISING
        states = [m.state for m in journal.messages(cid)]
        assert states == [MessageState.PENDING, MessageState.EXCLUDED]
        assert all(type(s) is MessageState for s in states)
    with sqlite3.connect(tmp_path / "j.sqlite3") as db:
        stored = db.execute("SELECT channel, typeof(channel) FROM campaigns").fetchall()
        states_on_disk = db.execute("SELECT state FROM requests").fetchall()
    assert stored == [("qc", "text")] and states_on_disk == [("pending",)]


def test_a_new_campaign_is_named_in_the_users_words(tmp_path: Path) -> None:
    """Found by trying the window: a campaign was named "k3 - fixed" in the Vietnamese
    window (History, the resume offer), the channel's code in English."""
    from engine_helpers import campaign, phones
    from test_engine import client_for

    from esms_desktop.base.texts import speaking
    from esms_desktop.journal import Journal
    from esms_desktop.simulator import EsmsSimulator

    journal = Journal(tmp_path / "journal.sqlite3")
    client = client_for(EsmsSimulator())
    named = (("vi", "list-fixed - Số cố định", 0), ("en", "list-fixed - Fixed number", 10))
    for lang, said, start in named:
        with speaking(lang):
            cid = campaign(tmp_path, journal, client, phones(2, start=start), "fixed")
        assert journal.campaign(cid).name == said
