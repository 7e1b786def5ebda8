"""Failures a user can act on, each with its documented exit code.

The CLI turns any ``BriefingError`` into one line on stderr and ``exit_code``;
anything else is a bug and shows a traceback only with ``--debug``.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class: ``str(error)`` is the one-line message shown to the user."""

    exit_code = 1


class UsageError(BriefingError):
    """Bad arguments or a malformed URL."""

    exit_code = 2


class NotesError(BriefingError):
    """A note could not be read or written."""

    exit_code = 3


class NetworkError(BriefingError):
    """Connection refused, DNS failure, timeout, deadline or truncated body."""

    exit_code = 4


class TLSError(BriefingError):
    """Certificate or TLS handshake failure."""

    exit_code = 5


class HTTPStatusError(BriefingError):
    """An HTTP error status, too many redirects or a redirect to a refused scheme."""

    exit_code = 6


class UnsupportedContentError(BriefingError):
    """A PDF, image or other binary, or a body over the size cap."""

    exit_code = 7


class NothingReadableError(BriefingError):
    """The input holds no readable article."""

    exit_code = 8


EXIT_INTERRUPTED = 130
