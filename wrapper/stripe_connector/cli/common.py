"""What the subcommands share: connector options from the command line, arguments from JSON, exit codes, output.

Each subcommand has its own module: ``tools``, ``schema``, ``call``, ``mcp``, ``ops``, ``export``, ``events``.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .._host_parts.error_report import UsageError
from .._host_parts.keys import load_api_key
from ..errors import InvalidInputError, StripeResponseError
from .options import option

if TYPE_CHECKING:
    from .._types.options import IdempotencyScope

EXIT_OK = 0


def parse_max_amount(values: Sequence[str]) -> dict[str, int]:
    """``["usd=5000", "eur=4000"]`` -> ``{"usd": 5000, "eur": 4000}``; the core checks codes and signs."""
    caps: dict[str, int] = {}
    for value in values:
        currency, sep, amount = value.partition("=")
        currency = currency.strip().lower()
        try:
            cap = int(amount.strip())
        except ValueError:
            cap = -1
        if not sep or cap < 0 or not currency:
            raise InvalidInputError("max_amount", f"expected CUR=AMOUNT like usd=5000, got {value!r}")
        if currency in caps:
            raise InvalidInputError("max_amount", f"{currency} is given twice")
        caps[currency] = cap
    return caps


def connector_options(args: argparse.Namespace, *, with_key: bool = True) -> dict[str, Any]:
    """Keyword arguments for ``StripeConnector`` / ``AsyncStripeConnector`` from the command line and environment
    (``with_key=False``: all but the key, for a server whose users each bring their own)."""
    options: dict[str, Any] = {
        "api_key": load_api_key(option(args, "api_key_file")) if with_key else None,
        "base_url": option(args, "base_url") or os.environ.get("STRIPE_BASE_URL") or "https://api.stripe.com",
        "max_amount": parse_max_amount(option(args, "max_amount") or []),
        "allow_live": option(args, "allow_live"),
    }
    for name in ("max_retries", "timeout", "stripe_version"):
        value = option(args, name)
        if value is not None:
            options[name] = value
    return options


def from_args(args: argparse.Namespace, *names: str, **renamed: str) -> dict[str, Any]:
    """Keyword arguments passed on as the command line gave them: ``names`` under their own name, ``renamed`` as
    ``{parameter: the option's dest}`` (``token_file="auth_token_file"``)."""
    return {name: getattr(args, name) for name in names} | {
        param: getattr(args, dest) for param, dest in renamed.items()
    }


def read_json_object(text: str, source: str) -> dict[str, Any]:
    """The JSON object in ``text``; anything else, pathological JSON included, is bad input (exit 2)."""
    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            "arguments", f"{source} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise InvalidInputError("arguments", f"{source} is nested too deeply") from None
    except ValueError as exc:  # an integer longer than Python's digit limit
        raise InvalidInputError("arguments", f"{source} is not usable JSON: {exc}") from None
    if not isinstance(value, dict):
        raise InvalidInputError("arguments", f"{source} must be a JSON object, got {type(value).__name__}")
    return value


def read_arguments(args: argparse.Namespace, stdin: IO[str]) -> dict[str, Any]:
    """The tool arguments from ARGS, ``--args-file`` or stdin (see the ``call`` epilog)."""
    if args.arguments is not None and args.args_file is not None:
        raise UsageError("give the arguments either as ARGS or with --args-file, not both")
    if args.args_file is not None and args.args_file != "-":
        try:
            text = Path(args.args_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise InvalidInputError("args_file", f"cannot read {args.args_file}: {reason}") from None
        return read_json_object(text, args.args_file)
    if args.arguments == "-" or args.args_file == "-" or (args.arguments is None and not stdin.isatty()):
        return read_json_object(stdin.read(), "stdin")
    return read_json_object(args.arguments or "", "ARGS")


def parse_scope(value: str | None) -> IdempotencyScope | None:
    """``RUN:STEP`` is used as one string; text starting with ``[`` or ``{`` is a JSON list or object of strings."""
    if value is None:
        return None
    if not value.strip():
        raise InvalidInputError("idempotency_scope", "must not be empty")
    if value.lstrip()[:1] not in ("[", "{"):
        return value
    try:
        scope = json.loads(value)
    except json.JSONDecodeError as exc:
        raise InvalidInputError("idempotency_scope", f"is not valid JSON: {exc.msg}") from None
    except (ValueError, RecursionError):
        raise InvalidInputError("idempotency_scope", "is not usable JSON (nested too deeply or too long)") from None
    parts = scope.values() if isinstance(scope, dict) else scope
    if not all(isinstance(part, str) for part in parts):
        raise InvalidInputError("idempotency_scope", "a JSON scope is a list (or object) of strings")
    return scope  # type: ignore[no-any-return]


def write_json(value: Any, out: IO[str], *, compact: bool = False) -> None:
    """Print ``value`` as JSON; built whole first, so a failure never leaves half a document on stdout."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":")) if compact else json.dumps(value, indent=2)
    except (ValueError, RecursionError) as exc:
        raise StripeResponseError(f"Stripe's answer cannot be written as JSON: {exc}") from None
    out.write(text + "\n")
    out.flush()
