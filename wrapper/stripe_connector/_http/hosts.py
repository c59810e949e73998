"""Which base URL each Stripe host is reached at: the connector's ``hosts`` option, checked once.

Stripe serves most operations from ``api.stripe.com`` and a few from hosts of their own, which the spec names in
``servers`` and the operation index keeps per operation (``Operation.host``): uploads and a quote's PDF on
``files.stripe.com``, meter event streams on ``meter-events.stripe.com``, OAuth on ``connect.stripe.com``. A
request goes to the base URL of its operation's host, and to nothing else: ``raw_request`` reaches an operation's
host through the operation it matches, never a host of its own choosing.

The rule, in order: a host named in ``hosts`` goes where it says (``"*"``: every host not named); the main API
host goes to ``base_url``; with ``base_url`` left at Stripe's, each other host is its own ``https://`` origin; with
``base_url`` pointing elsewhere (a local double, a proxy), every host goes there too, so a connector aimed at a
double never sends an upload to Stripe by omission. And a connector whose ``base_url`` is on the loopback
interface refuses a ``hosts`` entry that is not: a test that maps one host to the outside world by mistake fails at
construction, not by reaching it.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from ..errors import InvalidInputError

API_HOST = "api.stripe.com"
DEFAULT_BASE_URL = f"https://{API_HOST}"
#: Stripe's hosts by the names stripe-python gives them (its ``base_address``), and the spec's host names.
SHORT_NAMES: Mapping[str, str] = {
    "api": API_HOST,
    "files": "files.stripe.com",
    "meter_events": "meter-events.stripe.com",
    "meter-events": "meter-events.stripe.com",
    "connect": "connect.stripe.com",
}
EVERY_HOST = "*"
HOST_NAME = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*\.stripe\.com")


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class HostMap:
    """Stripe host name (``files.stripe.com``) -> base URL, by the rule in this module's docstring."""

    __slots__ = ("api", "mapped")

    def __init__(self, api: str, mapped: Mapping[str, str]) -> None:
        self.api = api
        self.mapped = dict(mapped)

    def base(self, host: str | None) -> str:
        """The base URL a request for ``host`` (None: the main API host) is sent to."""
        if host is None or host == API_HOST:
            return self.mapped.get(API_HOST, self.api)
        found = self.mapped.get(host) or self.mapped.get(EVERY_HOST)
        if found is not None:
            return found
        return f"https://{host}" if self.api == DEFAULT_BASE_URL else self.api

    def as_dict(self) -> dict[str, str]:
        """Every known Stripe host and where it goes (for ``repr``s and the documentation's table)."""
        return {host: self.base(host) for host in sorted(set(SHORT_NAMES.values()))}


def check_hosts(hosts: object, base_url: str, check_url: Callable[[object], str]) -> HostMap:
    """The ``hosts`` option (None, or a mapping of Stripe host -> base URL) checked against ``base_url``.

    ``check_url`` is the configuration's URL check (``_core.config.check_base_url``), so each base URL is held to the
    rules ``base_url`` is.
    """
    if hosts is None:
        return HostMap(base_url, {})
    if not isinstance(hosts, Mapping):
        raise InvalidInputError("hosts", "must be a mapping of Stripe host (files, meter_events...) to base URL")
    mapped: dict[str, str] = {}
    for name, url in hosts.items():
        if not isinstance(name, str):
            raise InvalidInputError("hosts", f"keys are Stripe host names, got {type(name).__name__}")
        host = SHORT_NAMES.get(name, name.lower())
        if host != EVERY_HOST and not HOST_NAME.fullmatch(host):
            known = ", ".join(sorted(SHORT_NAMES))
            raise InvalidInputError(
                "hosts", f"{name[:80]!r} is not a Stripe host (use {known}, a *.stripe.com host or *)"
            )
        try:
            checked = check_url(url)
        except InvalidInputError as exc:
            raise InvalidInputError("hosts", f"{name}: {exc.message}") from None
        if host == API_HOST and base_url != DEFAULT_BASE_URL and checked != base_url:
            raise InvalidInputError("hosts", "the api host is base_url's: give it once")
        mapped[host] = checked
    if is_loopback(base_url):
        outside = sorted(host for host, url in mapped.items() if not is_loopback(url))
        if outside:
            raise InvalidInputError(
                "hosts",
                f"{', '.join(outside)} would leave the loopback interface while base_url is a local server; map every "
                "host to the local server (or leave it out: it then goes to base_url)",
            )
    return HostMap(base_url, mapped)
