"""The price the check shows is what eSMS (its stand-in) then charges, part for part.

The stand-in counts the parts of the text as it arrives (code points, not
normalised) and prices an estimate as its ``IsUnicode`` says: an estimate asked
as plain for a text with diacritics, or a text sent decomposed (NFD), would
differ from the charge.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import daytime, phones
from files import write_text

from esms_desktop.api.client import EsmsClient
from esms_desktop.app.preparation import Sources, check_recipients, load_recipients
from esms_desktop.checks.account import LOCAL_PRICES, local_price
from esms_desktop.journal import Journal
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.sending import Sender, create_campaign
from esms_desktop.simulator import DEMO_QC_BRAND, EsmsSimulator
from esms_desktop.simulator.pricing import charged_parts
from esms_desktop.telecom.sms_text import measure, nfc

#: 66 letters in NFC (one Unicode part); decomposed, 81 code points (two parts).
VIETNAMESE = "Cảm ơn quý khách đã đặt hàng tại Shop Hoa. Đơn của bạn sẽ giao sớm"
TEXTS = {
    "ascii": ("Shop Hoa: don hang cua ban da duoc giao. " * 4).strip(),  # 163: 2 parts
    "unicode": VIETNAMESE + " nhé, cảm ơn!",  # 83 > 70: 2 Unicode parts
    "nfd": unicodedata.normalize("NFD", VIETNAMESE),
}


def test_the_nfd_text_is_what_the_issue_says() -> None:
    assert len(nfc(TEXTS["nfd"])) < 70 < len(TEXTS["nfd"])
    assert charged_parts(TEXTS["nfd"], unicode=True) == 2  # as eSMS would count it raw
    assert measure(TEXTS["nfd"]).parts == 1


@pytest.mark.parametrize("channel", ["fixed", "qc"])
@pytest.mark.parametrize("kind", list(TEXTS))
def test_estimate_equals_the_charge(
    kind: str, channel: str, tmp_path: Path, client: EsmsClient, simulator: EsmsSimulator
) -> None:
    numbers = phones(30)
    path = write_text(tmp_path / "list.csv", [["Tên", "Số điện thoại"]]
                      + [[f"Khach {i}", p] for i, p in enumerate(numbers)])  # fmt: skip
    text = TEXTS[kind] if channel == "fixed" else "[QC] " + TEXTS[kind] + " Tu choi: TC"
    spec = CampaignSpec(channel, content=text, brandname=DEMO_QC_BRAND if channel == "qc" else "")
    assert spec.content == nfc(text)  # normalised once, at the start
    with Journal(tmp_path / "journal.sqlite") as journal:
        sources = Sources(journal=journal, client=client, now=daytime())  # advertising hours
        report = check_recipients(load_recipients(path, sources), spec, sources)
        assert not report.blocked, report.problems
        assert report.cost_from_esms
        before = client.get_balance().balance
        cid = create_campaign(journal, report, client=client)
        assert Sender(journal, client, cid).run().complete
        charged = before - client.get_balance().balance
        assert report.cost == charged, (kind, channel, report.cost, charged)
        parts = measure(spec.content).parts
        assert set(report.parts.values()) == {parts}
        # What reached eSMS is the normalised text the check counted.
        assert {a.content for a in simulator.accepted} == {spec.content}
        # The offline table prices the same parts.
        assert local_price(spec.channel, spec.content) == LOCAL_PRICES[channel] * parts
    assert charged > Decimal(0)


def test_cells_are_normalised_before_counting_and_sending(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Nguyễn Thị Hoàng Oanh")
    path = write_text(tmp_path / "list.csv", [["Tên", "Số điện thoại"], [name, "0961234567"]])
    spec = CampaignSpec("fixed", content="Chào {Tên}, Shop Hoa cảm ơn bạn đã ghé thăm cửa hàng!")
    sources = Sources(journal=None)
    report = check_recipients(load_recipients(path, sources), spec, sources)
    (text,) = report.messages.values()
    assert text == nfc(text) and nfc(name) in text
    # Decomposed, the name alone would push the text past 70 code points: 2 parts.
    assert len(unicodedata.normalize("NFD", text)) > 70
    assert report.parts == {2: 1} and measure(text).parts == 1
