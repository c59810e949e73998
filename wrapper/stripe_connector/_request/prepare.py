"""Building a request: a tool name and its arguments become a :class:`~stripe_connector._types.options.PreparedRequest`.

``RequestBuilder.prepare`` runs once per logical call, in named steps: the tool is looked up and allowed, the
options checked, strict-shaped arguments turned back, the arguments validated (defaults applied), routed to path,
query and body, money capped, and the request encoded with its headers (idempotency key, connected account).
Everything is refused here, before anything is sent; the send loops only move the result over HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from .._types.lazy import LazyModule
from .._types.options import IdempotencyScope, PreparedRequest
from ..errors import InvalidInputError

# Loaded on the first call, not by `import stripe_connector`: the tool catalogue, the generated validators and
# encoder. Each takes its stand-in's place then (see LazyModule): a function-level import would cost every call.
if TYPE_CHECKING:
    from ..tools import catalogue
    from ..tools.catalogue import Tool
    from . import encoding as form_encoding
    from . import idempotency, validation
else:
    catalogue = LazyModule(__name__, "catalogue", "stripe_connector.tools.catalogue")
    form_encoding = LazyModule(__name__, "form_encoding", "stripe_connector._request.encoding")
    idempotency = LazyModule(__name__, "idempotency", "stripe_connector._request.idempotency")
    validation = LazyModule(__name__, "validation", "stripe_connector._request.validation")

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
JSON_CONTENT_TYPE = "application/json"
#: The longest path and query string sent (httpx's own limit): a longer one is an input error, not httpx's crash.
MAX_TARGET_LENGTH = 65_536

#: Method, path, query parameters, body parameters and body encoding.
Route = tuple[str, str, dict[str, Any], dict[str, Any], str]


class RequestBuilder:
    """Building requests, for a class that says which tools it runs (``allowed_tools``: None for all) and how much
    money a request may move (``max_amount``: currency -> cap); ``ConnectorCore`` is that class."""

    __slots__ = ()
    allowed_tools: frozenset[str] | None
    max_amount: dict[str, int]

    def prepare(
        self,
        tool_name: str | Tool,
        arguments: Mapping[str, Any] | None,
        *,
        idempotency_key: str | None = None,
        idempotency_scope: IdempotencyScope | None = None,
        stripe_account: str | None = None,
        strict: bool = False,
        stripe_context: str | None = None,
    ) -> PreparedRequest:
        """Validate and encode one logical call; raises :class:`InvalidInputError` before anything is sent.

        ``strict``: ``arguments`` follow ``tool.strict_input_schema`` (see :mod:`stripe_connector.tools.strict`).
        A :class:`Tool` object is an operation of the index (``call_operation``), admitted by its caller.
        """
        tool = self.allowed_tool(tool_name)
        idempotency.check_stripe_account(stripe_account)
        if stripe_context is not None:
            idempotency.check_stripe_context(stripe_context)
            if stripe_account is not None:
                raise InvalidInputError("stripe_context", "goes instead of stripe_account, not with it")
        idempotency.check_idempotency_key(idempotency_key)
        validated = validation.validate_arguments(tool, self.normal_shape(tool, arguments, strict=strict))
        method, path, query, body, encoding = route(tool, validated)
        check_form_encodable(query, body if encoding == "form" else {}, raw=tool.is_raw)
        self.check_money(method, query, body)
        target = encode_target(path, query)
        host = None
        if tool.is_raw:  # a raw request is checked by the operation it reaches, and sent to that operation's host
            host = self.check_raw_request(
                method, path, query, body, allow_unknown_path=bool(validated.get("allow_unknown_path"))
            )
        headers: dict[str, str] = {}
        encoded_body: str | bytes | None = None
        if method == "POST":
            headers["Content-Type"], encoded_body = encode_body(body, encoding)
        if method == "POST" or (method == "DELETE" and path.startswith("/v2/")):  # as stripe-python keys /v2
            acting_as = stripe_account if stripe_context is None else "context:" + stripe_context
            key = idempotency.idempotency_key_for(idempotency_key, idempotency_scope, tool.name, validated, acting_as)
            headers["Idempotency-Key"] = key
        if stripe_account is not None:
            headers["Stripe-Account"] = stripe_account
        if stripe_context is not None:
            headers["Stripe-Context"] = stripe_context
        prepared = PreparedRequest(
            tool=tool.name,
            method=method,
            target=target,
            body=encoded_body,
            headers=headers,
            operation=tool.operation.key if tool.operation else None,
            host=host,
        )
        if isinstance(encoded_body, bytes):
            from .multipart import describe_multipart

            prepared.parts = describe_multipart(body)
        return prepared

    def check_raw_request(
        self, method: str, path: str, query: Mapping[str, Any], body: Mapping[str, Any], *, allow_unknown_path: bool
    ) -> str | None:
        """Refuse a raw request that reaches no operation or breaks its schema, else the host of the operation it
        reaches (None: none, sent on purpose); the operation index sits a layer above this one, so the class that
        has both (``ConnectorCore``) says how."""
        raise NotImplementedError

    def allowed_tool(self, tool_name: str | Tool) -> Tool:
        """The tool called ``tool_name``, if this connector may run it (a ``Tool`` object: admitted by its caller)."""
        if isinstance(tool_name, catalogue.Tool):
            return tool_name
        tool = catalogue.get_tool(tool_name)  # anything but a tool's name (None, a number) is refused, naming `tool`
        if self.allowed_tools is not None and tool.name not in self.allowed_tools:
            raise InvalidInputError("tool", f"{tool.name} is not among this connector's allowed_tools")
        return tool

    @staticmethod
    def normal_shape(tool: Tool, arguments: Mapping[str, Any] | None, *, strict: bool) -> object:
        """The arguments in the tool's normal shape (strict-shaped ones turned back; see ``tools.strict``)."""
        if not strict:
            return arguments
        from ..tools.strict import from_strict  # on first use, as in prepare

        return from_strict(tool.input_schema, arguments)

    def check_money(self, method: str, query: Mapping[str, Any], body: Mapping[str, Any]) -> None:
        """``max_amount``: refuse a POST that moves more money than the caps allow (see ``_request.money``)."""
        if self.max_amount:
            from .money import check_caps  # on first use, as in prepare

            check_caps(self.max_amount, method, query, body)


def route(tool: Tool, arguments: dict[str, Any]) -> Route:
    """Method, path, query parameters, body parameters and body encoding, from validated arguments."""
    operation = tool.operation
    if operation is None:
        from .raw import raw_route  # on first use, as in prepare

        return raw_route(arguments)
    method, path = operation.method, operation.path
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for argument, value in arguments.items():
        name = tool.renames.get(argument, argument)
        if name in operation.path_params:
            path = path.replace("{" + name + "}", path_segment(argument, value))
        elif name in operation.query_params:
            query[name] = value
        else:
            body[name] = value
    return method, path, query, body, operation.body_encoding


#: Segments that RFC 3986 removes from a path (httpx does, before sending): a parameter may never be one of them.
DOT_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(argument: str, value: object) -> str:
    """``value`` as exactly one path segment, or an :class:`InvalidInputError` naming ``argument``.

    Percent-encoding every reserved character (``/``, ``?``, ``#``, ``%``) keeps a value inside its segment, but
    ``.``, ``..`` and the empty string are segments of their own meaning: httpx removes dot segments when it
    sends (so ``sources/..`` would reach the customer itself) and an empty one changes which route matches.
    Every path parameter of every tool, operation and host passes here: no Stripe ID is one of them.
    """
    text = str(value)
    if text in DOT_SEGMENTS:
        shown = "empty" if not text else f"{text!r}, a dot segment that would reach another route"
        raise InvalidInputError(argument, f"must be an ID that fits one path segment, not {shown}")
    return quote(text, safe="")


def check_form_encodable(query: Mapping[str, Any], body: Mapping[str, Any], *, raw: bool) -> None:
    """What travels as a form (every query string, a ``/v1`` body) must say what the caller meant on the wire;
    a raw request's parameters are named inside its ``query`` and ``body`` arguments."""
    if query or body:
        form_encoding.check_form_params(query, "query" if raw else None)
        form_encoding.check_form_params(body, "body" if raw else None)


def encode_target(path: str, query: Mapping[str, Any]) -> str:
    """Path and query string; one longer than httpx sends is refused, naming the longest argument."""
    form_pairs = form_encoding.form_pairs
    pairs = form_pairs(query)
    target = f"{path}?{urlencode(pairs)}" if pairs else path
    if len(target) > MAX_TARGET_LENGTH:
        longest = max(query, key=lambda name: len(urlencode(form_pairs({name: query[name]}))), default="arguments")
        raise InvalidInputError(
            str(longest), f"makes the request URL longer than {MAX_TARGET_LENGTH:,} characters, which is not sent"
        )
    return target


def encode_body(body: Mapping[str, Any], encoding: str) -> tuple[str, str | bytes]:
    """The ``Content-Type`` and text of a POST body: JSON on ``/v2``, Stripe's form encoding on ``/v1``, and
    multipart/form-data for an upload (bytes: see ``_request.multipart``)."""
    if encoding == "multipart":
        from .multipart import encode_multipart  # only uploads need it

        return encode_multipart(body)
    if encoding == "json":
        return JSON_CONTENT_TYPE, json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return FORM_CONTENT_TYPE, form_encoding.encode_form(body)
