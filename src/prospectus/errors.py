"""Every error prospectus raises on purpose.

    ProspectusError                 root: catch this to catch ours
    ├── TransientError              worth retrying later (network blips, a locked database)
    │   ├── FetchError              a request failed in a way that may pass (timeout, 5xx, reset)
    │   └── DatabaseLockedError     another process holds the DuckDB write lock
    └── TerminalError               retrying will not help
        ├── InputError              a path, URL or option the user gave is unusable
        ├── DocumentError           a document that cannot be decoded or parsed at all
        └── SchemaError             a database that cannot be opened or migrated

Library exceptions (httpx, duckdb, json) are translated once, where they are raised,
with ``raise ... from exc`` so the cause stays visible.
"""

from __future__ import annotations


class ProspectusError(Exception):
    """Root of all prospectus errors."""

    transient: bool = False


class TransientError(ProspectusError):
    """A failure that may pass if the same thing is tried again later."""

    transient = True


class TerminalError(ProspectusError):
    """A failure that trying again will not fix."""


class FetchError(TransientError):
    """A request failed (timeout, connection error, 5xx)."""


class DatabaseLockedError(TransientError):
    """Another process holds the write lock on the DuckDB file."""


class InputError(TerminalError):
    """A path, URL or option given by the user is unusable."""


class DocumentError(TerminalError):
    """A document could not be decoded or parsed at all."""


class SchemaError(TerminalError):
    """The database could not be opened or migrated."""
