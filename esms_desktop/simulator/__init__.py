"""A strict stand-in for eSMS: in-process (httpx transport) or a loopback server.

Everything but the demo keys is imported when first asked for (the transport
brings httpx): demo mode reads the keys at start, before anything is sent.

May import: ``base``, ``telecom``, ``api`` and the template grammar
(``message.templates``): it follows eSMS's pages, not our decisions (a contract).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from esms_desktop.simulator.keys import DEMO_API_KEY, DEMO_SECRET_KEY

if TYPE_CHECKING:
    from esms_desktop.simulator.accounts import (
        DEMO_CSKH_BRAND,
        DEMO_OA_ACTIVE,
        DEMO_OA_INACTIVE,
        DEMO_QC_BRAND,
        demo_account,
    )
    from esms_desktop.simulator.faults import Fault, FaultPlan
    from esms_desktop.simulator.server import SimulatorServer
    from esms_desktop.simulator.service import EsmsSimulator
    from esms_desktop.simulator.transport import SimulatorTransport

_LAZY = {
    "DEMO_CSKH_BRAND": "esms_desktop.simulator.accounts",
    "DEMO_OA_ACTIVE": "esms_desktop.simulator.accounts",
    "DEMO_OA_INACTIVE": "esms_desktop.simulator.accounts",
    "DEMO_QC_BRAND": "esms_desktop.simulator.accounts",
    "demo_account": "esms_desktop.simulator.accounts",
    "Fault": "esms_desktop.simulator.faults",
    "FaultPlan": "esms_desktop.simulator.faults",
    "SimulatorServer": "esms_desktop.simulator.server",
    "EsmsSimulator": "esms_desktop.simulator.service",
    "SimulatorTransport": "esms_desktop.simulator.transport",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)


__all__ = [
    "DEMO_API_KEY",
    "DEMO_CSKH_BRAND",
    "DEMO_OA_ACTIVE",
    "DEMO_OA_INACTIVE",
    "DEMO_QC_BRAND",
    "DEMO_SECRET_KEY",
    "EsmsSimulator",
    "Fault",
    "FaultPlan",
    "SimulatorServer",
    "SimulatorTransport",
    "demo_account",
    "demo_client",
]


def demo_client(simulator: EsmsSimulator | None = None, **kwargs: object) -> object:
    """An :class:`EsmsClient` on the in-process simulator with the demo keys."""
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.api.credentials import Credentials
    from esms_desktop.simulator.service import EsmsSimulator
    from esms_desktop.simulator.transport import SimulatorTransport

    sim = simulator or EsmsSimulator()
    return EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        "https://rest.esms.vn/MainService.svc/json/",
        transport=SimulatorTransport(sim),
        **kwargs,  # type: ignore[arg-type]
    )
