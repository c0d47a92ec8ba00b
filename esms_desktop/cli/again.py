"""What ``retry`` would send of a campaign, said where ``status`` and ``send`` end.

Apart from :mod:`esms_desktop.cli.retry` (which runs it) so that ``send`` and ``retry``
do not import each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from esms_desktop.base.texts import words

if TYPE_CHECKING:
    from esms_desktop.journal import Journal


def say_again(journal: Journal, campaign_id: int, out: TextIO) -> int:
    """How many failures of ``campaign_id`` ``retry`` would send, and why the others are
    not (nothing said when it has no failure); returns that count."""
    from esms_desktop.sending.again import choose_again

    choice = choose_again(journal, campaign_id)
    if choice.count:
        print(words("cli.retry.offer", count=choice.count, campaign=campaign_id), file=out)
    elif choice.held_back:
        print(words("cli.retry.none", campaign=campaign_id), file=out)
    if choice.held_back:
        print(choice.why_not(), file=out)
    return choice.count
