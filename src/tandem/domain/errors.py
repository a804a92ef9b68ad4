"""Errors written for the person who caused them.

Every adapter maps these the same way: the CLI prints the message and exits 2, the API
answers with problem+json and the status below, the web shows the message beside the form.
"""

from __future__ import annotations


class TandemError(Exception):
    """Base of every error a user can cause; the message says what is wrong and what to do."""

    status = 400
    title = "Invalid request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(TandemError):
    """Malformed or missing input: a time, a zone, a code, an empty reason."""

    status = 422
    title = "Invalid input"


class NotFound(TandemError):
    status = 404
    title = "Not found"


class PermissionDenied(TandemError):
    """The user exists but their party or role does not allow this action."""

    status = 403
    title = "Not allowed"


class InvalidTransition(TandemError):
    """The action is well-formed but not allowed in the measure's current state."""

    status = 409
    title = "Not possible in this state"


class ClockError(TandemError):
    """A clock move that would go backwards, or on a database that runs on real time."""

    status = 409
    title = "Clock refused"


class Conflict(TandemError):
    """Something already exists or changed concurrently."""

    status = 409
    title = "Conflict"


class Unauthenticated(TandemError):
    """No credentials, or credentials that do not identify a user (HTTP 401)."""

    status = 401
    title = "Not signed in"


class PreconditionFailed(TandemError):
    """The client's copy is stale: the measure changed since it was read (HTTP 412)."""

    status = 412
    title = "Changed since you read it"


class TooManyRequests(TandemError):
    status = 429
    title = "Too many requests"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
