"""Typed errors of the core. The GUI and CLI turn them into words in one place.

Each error carries a ``kind`` that the user-text layer looks up; messages
never contain API keys (the client redacts before raising).
"""

from __future__ import annotations

from esms_desktop.base.texts import Words


class EsmsDesktopError(Exception):
    """Base of every error the core raises on purpose."""

    #: Key for the user-facing text (see ``esms_desktop.app.user_text``).
    kind = "internal"
    #: The campaign it happened to, when known: the next step names it ("resume 7").
    campaign_id: int | None = None

    def __init__(self, message: str, *, detail: str = "", reason: Words | None = None) -> None:
        super().__init__(message)
        #: In English, for the log (and support): never shown to a user as it is.
        self.message = message
        #: Technical detail for the "details" part of a dialog (already redacted).
        self.detail = detail
        #: When known, what exactly is wrong, in the user's words: it replaces the kind's
        #: generic explanation, and the English message and detail go to the log only.
        self.reason = reason


class ConfigError(EsmsDesktopError):
    """A setting is unusable, such as a plain-http address for a remote host."""

    kind = "config"


class ApiUrlError(ConfigError):
    """The eSMS address given (option, environment or settings) cannot be used."""

    kind = "api_url"


class CredentialsError(EsmsDesktopError):
    """No keys are available, or the OS keyring cannot be used."""

    kind = "credentials"


class KeyringUnavailableError(CredentialsError):
    """The OS keyring refused to read, save or delete; keys are not stored anywhere else.
    Its two cases with other words: :class:`KeyringMissingError`, :class:`KeyringLockedError`."""

    kind = "keyring"


class KeyringMissingError(KeyringUnavailableError):
    """This computer has no password store the app can use (none installed or running)."""

    kind = "keyring_missing"


class KeyringLockedError(KeyringUnavailableError):
    """The password store is there but locked (the user did not unlock it)."""

    kind = "keyring_locked"


class ApiError(EsmsDesktopError):
    """Any failure to get a usable answer from eSMS."""

    kind = "api"


class TransportError(ApiError):
    """The request may or may not have reached eSMS: no answer came back.

    Sends are retried with the same RequestId after this; look-ups are simply
    retried.
    """

    kind = "network"


class BadAnswerError(ApiError):
    """eSMS (or something in between) answered, but not with a result code.

    Covers HTTP 5xx, HTML pages, empty bodies, invalid JSON and
    ``{"error": ...}``. ``raw`` keeps the start of the answer, redacted.
    """

    kind = "bad_answer"

    def __init__(self, message: str, *, status: int, raw: str) -> None:
        super().__init__(message, detail=f"HTTP {status}: {raw}")
        self.status = status
        self.raw = raw


class AnswerLimitError(BadAnswerError):
    """An answer passed one of the client's limits: too slow, too big, too deeply nested,
    a result code that is not a string of digits, or a shape eSMS does not document.

    Like any unreadable answer it means "no usable answer": a send stays doubtful and
    is retried with its RequestId or settled from eSMS's records, never counted failed.
    ``limit`` says which: "deadline", "size", "depth", "code" or "shape".
    """

    def __init__(self, message: str, *, limit: str, status: int, raw: str) -> None:
        super().__init__(message, status=status, raw=raw)
        self.limit = limit


class ResultCodeError(ApiError):
    """A look-up answered with a result code other than success."""

    kind = "code"

    def __init__(self, code: str, error_message: str, *, endpoint: str) -> None:
        super().__init__(
            f"eSMS answered {code} to {endpoint}",
            detail=f"{endpoint}: {code} {error_message}".strip(),
        )
        self.code = code
        self.error_message = error_message
        self.endpoint = endpoint


class InputFileError(EsmsDesktopError):
    """A customer file cannot be read (corrupt, protected, empty, not a table).

    ``reason`` holds, when known, what exactly is wrong and what to do: it
    replaces the generic explanation.
    """

    kind = "input_file"

    def __init__(
        self, message: str, *, detail: str = "", reason: Words | None = None, file: str = ""
    ) -> None:
        super().__init__(message, detail=detail, reason=reason)
        #: The file's name, for the details a user sends to support.
        self.file = file


class ReportPathError(EsmsDesktopError):
    """A report cannot be written where asked (checked before anything is sent)."""

    kind = "report_path"


class ReportWriteError(EsmsDesktopError):
    """A report could not be written after all: the file is open in Excel, the disk is full."""

    kind = "report_write"


class JournalError(EsmsDesktopError):
    """The sending journal cannot be written or read: disk full, read-only, locked.

    Nothing is lost: a request is recorded as leaving before it leaves, so
    whatever was not recorded was not sent, and sending resumes later.
    """

    kind = "journal"


class JournalDamagedError(JournalError):
    """The journal file is damaged or unknown. It is kept; a backup can be restored."""

    kind = "journal_damaged"

    def __init__(self, message: str, *, path: object, backup: object | None) -> None:
        super().__init__(message, detail=str(path))
        #: The damaged journal (a Path), kept where it is.
        self.path = path
        #: The newest sound backup (a Path), if any.
        self.backup = backup


class JournalNewerError(JournalError):
    """The journal was written by a newer version of the app (a downgrade: an older
    installer run again). This version neither writes to it nor sends: the newer one's
    tables and rules may guard messages this one knows nothing of. Not damaged, so no
    backup is offered: putting an older copy in its place would forget what was sent."""

    kind = "journal_newer"

    def __init__(self, message: str, *, path: object, found: int, known: int) -> None:
        super().__init__(message, detail=str(path))
        self.path = path
        #: The journal's schema number, and the newest this version knows.
        self.found = found
        self.known = known


class UnknownCampaignError(EsmsDesktopError):
    """The journal has no campaign of this number (a typo on the command line, say)."""

    kind = "unknown_campaign"

    def __init__(self, campaign_id: int) -> None:
        super().__init__(f"no campaign {campaign_id}")
        self.campaign_id = campaign_id


class StaleCheckError(EsmsDesktopError):
    """What the check found no longer holds when the campaign is to be written (``reason``):
    the advertising hours closed, or the numbers got other advertising meanwhile. Nothing
    is written or sent; the campaign is to be checked again."""

    kind = "stale_check"


class RepeatCampaignError(EsmsDesktopError):
    """The same messages to the same people were sent (or are being sent) within 24 hours.

    ``earlier`` holds the summaries of those campaigns; a second, explicit
    confirmation is needed to send again. ``unfinished``: the earlier campaign may
    still send (it was interrupted or paused): it is to be resumed, never doubled by a
    new one, so no confirmation sends again.
    """

    kind = "repeat"

    def __init__(self, message: str, *, earlier: list[object], unfinished: bool = False) -> None:
        super().__init__(message)
        self.earlier = earlier
        self.unfinished = unfinished
