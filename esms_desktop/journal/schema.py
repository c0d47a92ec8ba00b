"""The journal's tables and their migrations (``PRAGMA user_version``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from esms_desktop.base.errors import JournalNewerError

#: A cancelled campaign's messages in doubt (sent without an answer, or refused on a retry
#: that proves nothing) become "unknown": never resumed, they are settled from eSMS's
#: records instead. Completed with the campaigns it applies to (migration 7 is the same,
#: written out: a shipped migration never changes).
CANCELLED_DOUBT_IS_UNKNOWN = (
    "UPDATE requests SET state='unknown', uncertain=1"
    " WHERE (state='sending' OR (state='pending' AND uncertain=1))"
)

#: Each entry moves the schema from version ``i`` to ``i + 1``. Never edit an
#: entry that has shipped: add a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        channel TEXT NOT NULL,
        spec_json TEXT NOT NULL,
        source_file TEXT NOT NULL DEFAULT '',
        columns_json TEXT NOT NULL DEFAULT '[]',
        profile TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'ready',
        pause_code TEXT NOT NULL DEFAULT '',
        pause_message TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
        batch INTEGER NOT NULL,
        request_id TEXT NOT NULL UNIQUE CHECK (length(request_id) <= 50),
        -- The SMS part of a Zalo-then-SMS message has its own RequestId.
        request_id2 TEXT UNIQUE CHECK (length(request_id2) <= 50),
        state TEXT NOT NULL DEFAULT 'pending',
        -- 1 when an attempt may have reached eSMS without us learning the answer.
        uncertain INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        code TEXT NOT NULL DEFAULT '',
        error_message TEXT NOT NULL DEFAULT '',
        sms_id TEXT NOT NULL DEFAULT '',
        retired_ids TEXT NOT NULL DEFAULT '',
        first_attempt_at REAL,
        last_attempt_at REAL,
        done_at REAL
    );
    CREATE INDEX requests_campaign_state ON requests(campaign_id, state);
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
        request INTEGER REFERENCES requests(id),
        row INTEGER NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        carrier TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        params_json TEXT NOT NULL DEFAULT '[]',
        values_json TEXT NOT NULL DEFAULT '[]',
        -- Rows the checks took out of the send keep their reason here.
        excluded_code TEXT NOT NULL DEFAULT '',
        excluded_reason TEXT NOT NULL DEFAULT '',
        -- Estimated price in VND (as text: a Decimal), for the history's cost column.
        price TEXT NOT NULL DEFAULT '0',
        delivery TEXT NOT NULL DEFAULT '',
        delivery_checked_at REAL
    );
    CREATE INDEX messages_campaign ON messages(campaign_id);
    CREATE INDEX messages_request ON messages(request);
    """,
    # 2: which eSMS account a campaign belongs to (a salted hash, never the key). RequestIds
    # are only unique per account: resuming with another account could send twice.
    """
    ALTER TABLE campaigns ADD COLUMN account_fp TEXT NOT NULL DEFAULT '';
    """,
    # 3: what a campaign sends to whom (a hash), so the same campaign is not sent twice by
    # mistake: a repeat within 24 hours needs a second, explicit confirmation.
    """
    ALTER TABLE campaigns ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
    CREATE INDEX campaigns_fingerprint ON campaigns(fingerprint);
    """,
    # 4: each message's own send time (reminders from a date column), as eSMS's SendDate
    # text in Vietnam time; empty = the campaign's send time (now, or its one schedule).
    """
    ALTER TABLE messages ADD COLUMN send_at TEXT NOT NULL DEFAULT '';
    CREATE INDEX messages_send_at ON messages(phone, send_at) WHERE send_at != '';
    """,
    # 5: the do-not-send list, as events (a number added or removed, when, from where), so
    # it has a history and no rewrite of the settings file can erase it. Self-contained and
    # idempotent: it only creates what is missing.
    """
    CREATE TABLE IF NOT EXISTS opt_out_events (
        id INTEGER PRIMARY KEY,
        phone TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
        -- 'window', 'command line' or 'import' (a list moved from the old settings file)
        source TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE INDEX IF NOT EXISTS opt_out_events_phone ON opt_out_events(phone, id);
    """,
    # 6: eSMS's clock as believed when a request's first and last attempts left (eSMS's
    # clock minus this computer's, ``api.esms_clock.ClockOffset``; NULL: none measured).
    # The attempt times are on the computer's clock of that moment: when it is changed
    # before a retry, these still place them on eSMS's clock (``api.policy.retry_allowed``).
    """
    ALTER TABLE requests ADD COLUMN first_offset_low REAL;
    ALTER TABLE requests ADD COLUMN first_offset_high REAL;
    ALTER TABLE requests ADD COLUMN last_offset_low REAL;
    ALTER TABLE requests ADD COLUMN last_offset_high REAL;
    """,
    # 7: messages in doubt in a campaign cancelled by an older version stayed "pending",
    # counted "not sent" and unseen by the guards; they are "unknown", as a cancel now
    # leaves them (``CampaignRecords.set_campaign_state``).
    """
    UPDATE requests SET state='unknown', uncertain=1
    WHERE (state='sending' OR (state='pending' AND uncertain=1))
    AND campaign_id IN (SELECT id FROM campaigns WHERE state='cancelled');
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(Exception):
    """The journal's schema is not one this version knows."""


def refuse_newer(conn: sqlite3.Connection, path: Path) -> None:
    """:class:`JournalNewerError` when a newer version of the app wrote the journal: read
    before anything is written to it (this version's migrations, its run count, its doubt
    after a restore would all be writes into a schema it does not know)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise newer_journal(path, version)


def newer_journal(path: Path, found: int) -> JournalNewerError:
    """The error for a journal (or a backup) of schema ``found``, which a newer version of
    the app wrote: this version leaves it as it is."""
    return JournalNewerError(
        f"{path} was written by a newer version of the app"
        f" (schema {found}, this version knows up to {SCHEMA_VERSION})",
        path=path,
        found=found,
        known=SCHEMA_VERSION,
    )


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the database to :data:`SCHEMA_VERSION`, one transaction per step."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION or version < 0:
        raise SchemaError(
            f"the journal was written by another version of the app (schema {version})"
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.executescript(
            "BEGIN;" + MIGRATIONS[target - 1] + f"; PRAGMA user_version={target}; COMMIT;"
        )
