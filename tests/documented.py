"""eSMS's documented request and answer examples (``tests/data/documented``), for tests.

Each file is an example of one page of eSMS's developer documentation, field for field
(its ``_page`` says which page and commit); ``answering`` is a client that gets one of
them as eSMS's answer to any request.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import NO_RETRY

DOCS = Path(__file__).parent / "data" / "documented"


def documented(name: str) -> dict[str, Any]:
    """The example ``name``, without our own notes (keys starting with ``_``)."""
    body = json.loads((DOCS / name).read_text(encoding="utf-8"))
    return {k: v for k, v in body.items() if not k.startswith("_")}


def answering(body: dict[str, Any]) -> EsmsClient:
    """A client to which eSMS answers ``body`` to every request, without retrying."""
    return EsmsClient(
        Credentials("k" * 8, "s" * 8),
        transport=httpx.MockTransport(lambda _r: httpx.Response(200, json=body)),
        retry=NO_RETRY,
    )
