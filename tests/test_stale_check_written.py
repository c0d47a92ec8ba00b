"""A campaign is written only from a check that still holds, for both fronts.

Attacked from outside with the real command line against the loopback simulator:
``send`` waiting at its question while the file was saved again sent the 9 customers it
had read (the file then held 12 others), and while ``optout add`` ran in another terminal
it asked about 9 and sent 8. ``create_campaign`` now refuses both; nothing is written.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from files import write_text
from spoken import en, on_command_line

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.preparation import Sources, prepare
from esms_desktop.app.user_text import for_error
from esms_desktop.base.errors import StaleCheckError
from esms_desktop.journal import Journal
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.sending import create_campaign
from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY, EsmsSimulator, SimulatorTransport

SPEC = CampaignSpec("fixed", content="Chao {Tên}")


def customers(n: int, name: str = "Khach", start: int = 0) -> list[list[str]]:
    return [["Tên", "SĐT"]] + [[f"{name} {i}", f"096{i:06d}1"] for i in range(start, start + n)]


@pytest.fixture
def client() -> EsmsClient:
    sim = EsmsSimulator()
    return EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim))


class _Said:
    """What the user reads of ``exc``, in the language and front it is read in."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def __str__(self) -> str:
        return for_error(self.exc).as_text()


def test_a_file_saved_again_since_the_check_is_not_written(
    tmp_path: Path, client: EsmsClient
) -> None:
    path = write_text(tmp_path / "list.csv", customers(10))
    with Journal(demo=True) as journal:
        report = prepare(path, SPEC, Sources(journal=journal, client=client))
        assert len(report.sendable) == 10
        mtime = path.stat().st_mtime_ns
        write_text(path, customers(12, "Moi", 100))
        os.utime(path, ns=(mtime + 2_000_000_000, mtime + 2_000_000_000))
        with pytest.raises(StaleCheckError) as caught:
            create_campaign(journal, report, client=client)
        assert "list.csv" in str(caught.value.reason)
        assert journal.campaigns() == []
        # The next step of each front: the window checks again by itself (its message
        # said "Check again"); the command line is run again.
        said = _Said(caught.value)
        assert "checks again by itself" in en(said) and "Check again" not in en(said)
        assert "Run the same command again" in on_command_line(said)
        assert "Hãy chạy lại đúng lệnh đó" in on_command_line(said, "vi")
        again = prepare(path, SPEC, Sources(journal=journal, client=client))
        assert create_campaign(journal, again, client=client) > 0  # checked again: written


def test_a_number_put_on_the_do_not_send_list_since_the_check_is_not_written(
    tmp_path: Path, client: EsmsClient
) -> None:
    path = write_text(tmp_path / "list.csv", customers(10))
    with Journal(demo=True) as journal:
        report = prepare(path, SPEC, Sources(journal=journal, client=client))
        with Journal(demo=True) as elsewhere:  # `esms-desktop optout add` in a terminal
            elsewhere.change_opt_out(add=["0960000021"], source="command line")
        with pytest.raises(StaleCheckError) as caught:
            create_campaign(journal, report, client=client)
        assert "do-not-send" in str(caught.value.reason) or "không gửi" in str(caught.value.reason)
        assert journal.campaigns() == []
        # A number taken off the list since is no reason: the check sent fewer, as it said.
        again = prepare(path, SPEC, Sources(journal=journal, client=client))
        assert len(again.sendable) == 9
        journal.change_opt_out(remove=["0960000021"], source="command line")
        assert create_campaign(journal, again, client=client) > 0
