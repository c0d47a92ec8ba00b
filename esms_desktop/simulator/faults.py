"""Seeded fault injection for the simulator: what goes wrong, and how often.

Each request draws one outcome. ``cut_after`` is the nasty one for money
safety: eSMS processed the request (and charged), but the answer never
arrived. ``garbage`` also processes the request, then answers with a body
that is not JSON. ``cut_before`` and ``http_500`` do not process it.

``odd_answer`` (with ``answer_shape``) models what a captive portal, a proxy or
a changed API may hand back *after* eSMS processed (and charged) the request:
a result code of another type (``"100.0"``, ``true``, ``["100"]``, text with
terminal escapes), a bulk ``Detail`` that is a number, 100,000-deep JSON, a huge
valid answer (streamed, never built in memory), an answer trickling one byte at
a time, a body cut short, a connection reset once the request was processed.
Each of these is an answer whose meaning is uncertain: the client must treat
the message as "maybe sent", never "failed".
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any


class Fault(Enum):
    NONE = "none"
    CUT_BEFORE = "cut_before"
    CUT_AFTER = "cut_after"
    HTTP_500 = "http_500"
    GARBAGE = "garbage"
    #: Odd answers after processing (see the module's docstring).
    CODE_FLOAT = "code_float"
    CODE_BOOL = "code_bool"
    CODE_LIST = "code_list"
    CODE_NUMBER = "code_number"
    CODE_ESCAPES = "code_escapes"
    ITEM_CODE_FLOAT = "item_code_float"
    DETAIL_NUMBER = "detail_number"
    DEEP_JSON = "deep_json"
    HUGE = "huge"
    TRICKLE = "trickle"
    #: The status line and headers themselves, one byte at a time (a slowloris answer).
    TRICKLE_HEADERS = "trickle_headers"
    CUT_BODY = "cut_body"
    RESET_AFTER = "reset_after"

    @property
    def processes_request(self) -> bool:
        return self not in (Fault.CUT_BEFORE, Fault.HTTP_500)

    @property
    def streamed(self) -> bool:
        """Answers written by the server piece by piece (not one body)."""
        return self in (
            Fault.HUGE,
            Fault.TRICKLE,
            Fault.TRICKLE_HEADERS,
            Fault.CUT_BODY,
            Fault.RESET_AFTER,
        )


#: The odd answers ``answer_shape`` may name.
ODD_ANSWERS = tuple(
    f
    for f in Fault
    if f.processes_request and f not in (Fault.NONE, Fault.CUT_AFTER, Fault.GARBAGE)
)

#: A result code that clears the screen, retitles the terminal and reverses the text.
ESCAPED_CODE = "\x1b[2J\x1b]0;eSMS hacked\x07{code}\u202e\x9b31m"
#: An ErrorMessage that would do the same to a terminal or a log viewer.
ESCAPED_MESSAGE = "\x1b[31mRequest\u202e exist\x1b]0;owned\x07\r\x1b[2K"


@dataclass(frozen=True)
class FaultPlan:
    """Probabilities of each fault per request, and the added latency.

    ``odd_answer`` is the probability of the ``answer_shape`` fault (one of
    :data:`ODD_ANSWERS`); ``huge_bytes`` the size of a :attr:`Fault.HUGE` answer,
    ``trickle_every`` the seconds between two bytes of a :attr:`Fault.TRICKLE` one.
    """

    cut_before: float = 0.0
    cut_after: float = 0.0
    http_500: float = 0.0
    garbage: float = 0.0
    latency: float = 0.0
    seed: int = 0
    odd_answer: float = 0.0
    answer_shape: Fault = Fault.CODE_FLOAT
    huge_bytes: int = 1 << 30
    trickle_every: float = 0.5

    def __post_init__(self) -> None:
        chances = (self.cut_before, self.cut_after, self.http_500, self.garbage, self.odd_answer)
        if not 0 <= sum(chances) <= 1 or min(*chances, self.latency) < 0:
            raise ValueError("fault probabilities must be >= 0 and add up to at most 1")
        if self.answer_shape not in ODD_ANSWERS:
            raise ValueError(f"{self.answer_shape.value} is not an odd answer")

    def drawer(self) -> FaultDrawer:
        return FaultDrawer(self)


class FaultDrawer:
    """Draws faults from a plan with its own seeded generator. Thread-safe."""

    def __init__(self, plan: FaultPlan) -> None:
        self.plan = plan
        self._rng = random.Random(plan.seed)
        self._lock = threading.Lock()
        self.counts: dict[Fault, int] = dict.fromkeys(Fault, 0)

    def draw(self) -> Fault:
        with self._lock:
            x = self._rng.random()
            fault = Fault.NONE
            for candidate, p in (
                (Fault.CUT_BEFORE, self.plan.cut_before),
                (Fault.CUT_AFTER, self.plan.cut_after),
                (Fault.HTTP_500, self.plan.http_500),
                (Fault.GARBAGE, self.plan.garbage),
                (self.plan.answer_shape, self.plan.odd_answer),
            ):
                if x < p:
                    fault = candidate
                    break
                x -= p
            self.counts[fault] += 1
            return fault


GARBAGE_BODY = b"<html><head><title>502 Proxy Error</title></head><body>upstream</body></html>"
ERROR_500_BODY = b"<html><body><h1>500 Internal Server Error</h1></body></html>"
#: How deep :attr:`Fault.DEEP_JSON` nests.
DEEP_LEVELS = 100_000

_CODE_KEYS = ("CodeResult", "CodeResponse")
_ODD_CODES: dict[Fault, Any] = {
    Fault.CODE_FLOAT: "{code}.0",
    Fault.CODE_BOOL: True,
    Fault.CODE_LIST: ["{code}"],
    Fault.CODE_NUMBER: 0,
    Fault.CODE_ESCAPES: ESCAPED_CODE,
}


def odd_body(fault: Fault, body: bytes) -> bytes:
    """The whole answer of a non-streamed odd fault, made from eSMS's real ``body``."""
    try:
        answer = json.loads(body)
    except ValueError:
        return body
    if not isinstance(answer, dict):
        return body
    if fault in _ODD_CODES:
        _odd_codes(fault, answer)
    elif fault is Fault.ITEM_CODE_FLOAT:
        _item_codes_as_floats(answer)
    elif fault is Fault.DETAIL_NUMBER:
        key = "Detail" if "Detail" in answer else "detail"
        answer[key] = len(answer.get(key) or ()) or 1
    elif fault is Fault.DEEP_JSON:
        # eSMS's own answer, with one field nested past any parser's recursion limit.
        head = json.dumps(answer, ensure_ascii=False).encode()[:-1]
        return head + b', "Extra": ' + b"[" * DEEP_LEVELS + b"]" * DEEP_LEVELS + b"}"
    return json.dumps(answer, ensure_ascii=False).encode()


def _odd_codes(fault: Fault, answer: dict[str, Any]) -> None:
    """The answer's result code written the odd way ``fault`` names."""
    for key in _CODE_KEYS:
        if key in answer:
            answer[key] = _odd_code(fault, str(answer[key]))
    if fault is Fault.CODE_ESCAPES:
        answer["ErrorMessage"] = ESCAPED_MESSAGE


def _item_codes_as_floats(answer: dict[str, Any]) -> None:
    """Each item of a bulk answer with its code written as a float ("100.0")."""
    for key in ("detail", "Detail"):
        for item in answer.get(key) or ():
            if isinstance(item, dict) and "CodeResult" in item:
                item["CodeResult"] = f"{item['CodeResult']}.0"


def _odd_code(fault: Fault, code: str) -> Any:
    shape = _ODD_CODES[fault]
    if fault is Fault.CODE_NUMBER:
        return int(code) if code.isdigit() else 0
    if isinstance(shape, str):
        return shape.format(code=code) if "{code}" in shape else shape
    if isinstance(shape, list):
        return [code]
    return shape


HUGE_CHUNK = 64 * 1024


def huge_parts(body: bytes, size: int) -> tuple[int, Iterator[bytes]]:
    """A valid answer of ``size`` bytes (eSMS's ``body`` padded), as its length and pieces.

    Made piece by piece: a 1 GB answer never exists in memory, in the server or here.
    """
    head = body.rstrip()[:-1] + b', "Pad": "'
    tail = b'"}'
    pad = max(0, size - len(head) - len(tail))

    def pieces() -> Iterator[bytes]:
        yield head
        left = pad
        block = b"a" * HUGE_CHUNK
        while left > 0:
            yield block[: min(left, HUGE_CHUNK)]
            left -= HUGE_CHUNK
        yield tail

    return len(head) + pad + len(tail), pieces()
