"""The do-not-send list: kept as events (added, removed, when, by what), never overwritten,
so that a number removed by mistake can be traced and the list survives any import."""

from __future__ import annotations

from collections.abc import Iterable

from esms_desktop.journal.database import JournalDatabase


class OptOutEvents(JournalDatabase):
    """The ``opt_out_events`` table; the list now is each number's last event."""

    def opt_out_numbers(self) -> frozenset[str]:
        """The numbers on the do-not-send list now: those whose last event is an add."""
        return frozenset(self.opt_out_list())

    def opt_out_list(self) -> list[str]:
        """:meth:`opt_out_numbers` in the order they were (last) added."""
        rows = self._query_tuples(
            "SELECT e.phone FROM opt_out_events e WHERE e.action='add' AND e.id ="
            " (SELECT MAX(id) FROM opt_out_events WHERE phone = e.phone) ORDER BY e.id"
        )
        return [r[0] for r in rows]

    def change_opt_out(
        self, add: Iterable[str] = (), remove: Iterable[str] = (), *, source: str
    ) -> tuple[int, int]:
        """Add and remove numbers (``0xxxxxxxxx``), each an event with its time and source.

        Numbers already in the wanted state get no event. Returns (added, removed).
        """
        at = self.now()
        with self._tx() as conn:
            current = {
                r[0]
                for r in conn.execute(
                    "SELECT e.phone FROM opt_out_events e WHERE e.action='add' AND e.id ="
                    " (SELECT MAX(id) FROM opt_out_events WHERE phone = e.phone)"
                )
            }
            added = [n for n in dict.fromkeys(add) if n not in current]
            gone = [n for n in dict.fromkeys(remove) if n in current and n not in added]
            conn.executemany(
                "INSERT INTO opt_out_events(phone, action, source, at) VALUES (?,?,?,?)",
                [(n, "add", source, at) for n in added] + [(n, "remove", source, at) for n in gone],
            )
        return len(added), len(gone)

    def import_opt_out(self, numbers: Iterable[str], *, source: str) -> int:
        """Add the numbers that never had an event (moving an old list is done once: a
        number removed since is not added back). Returns how many were added."""
        at = self.now()
        with self._tx() as conn:
            known = {r[0] for r in conn.execute("SELECT DISTINCT phone FROM opt_out_events")}
            new = [n for n in dict.fromkeys(numbers) if n not in known]
            conn.executemany(
                "INSERT INTO opt_out_events(phone, action, source, at) VALUES (?,'add',?,?)",
                [(n, source, at) for n in new],
            )
        return len(new)

    def opt_out_history(self) -> list[tuple[str, str, str, float]]:
        """Every event of the do-not-send list, oldest first: (phone, action, source, time)."""
        return [
            (r[0], r[1], r[2], float(r[3]))
            for r in self._query_tuples(
                "SELECT phone, action, source, at FROM opt_out_events ORDER BY id"
            )
        ]
