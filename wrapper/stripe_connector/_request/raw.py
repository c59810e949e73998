"""``raw_request``: the one tool without a Stripe operation of its own, and every rule that makes it special.

Its schema (method, path, body, query) lives with the other tools in ``spec/tools.yaml``; what data cannot say
lives here, in one place: the method's spelling, why a path is refused, which encoding a path speaks (``/v1`` form
bodies, ``/v2`` JSON, as Stripe documents and stripe-python sends) and the route of a raw request.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import InvalidInputError


def normalise_arguments(data: dict[str, Any]) -> None:
    """Accept a lower-case method, and explain a URL before the generic pattern check would."""
    method = data.get("method")
    if isinstance(method, str):
        data["method"] = method.upper()
    path = data.get("path")
    if isinstance(path, str) and "://" in path:
        raise InvalidInputError("path", "must be a path like /v1/balance, never a URL: the base URL is configured")


def body_encoding(path: str) -> str:
    """``json`` for Stripe's ``/v2`` API, ``form`` (bracketed form encoding) for ``/v1``."""
    return "json" if path.startswith("/v2/") else "form"


def raw_route(arguments: Mapping[str, Any]) -> tuple[str, str, dict[str, Any], dict[str, Any], str]:
    """Method, path, query, body and body encoding of a validated raw request (the schema confined the path)."""
    path = arguments["path"]
    return (
        arguments["method"],
        path,
        dict(arguments.get("query") or {}),
        dict(arguments.get("body") or {}),
        body_encoding(path),
    )
