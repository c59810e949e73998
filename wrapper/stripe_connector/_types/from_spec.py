"""The only door into ``stripe_connector_generated`` (what ``make generate`` writes; never edited by hand).

Everything the connector takes from the generated package is named here, so that a change in the generator's
output shows up in one file. The typed methods are needed to define the connector classes, so they load with the
package; everything else loads on first use (the catalogue literal, the validators, the models and the parser
registry are most of the generated code, and ``import stripe_connector`` must not pay for them).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from stripe_connector_generated.connector_methods import AsyncToolMethods, SyncToolMethods

if TYPE_CHECKING:
    from stripe_connector_generated.validators import JsonSchemaValueException

__all__ = [
    "AsyncToolMethods",
    "SyncToolMethods",
    "api_version",
    "cursor_arguments",
    "form_encoder",
    "money_fields",
    "success_parser",
    "tool_entries",
    "validation_error",
    "validator",
]


def tool_entries() -> Mapping[str, Mapping[str, Any]]:
    """The generated catalogue: every tool's definition joined with Stripe's spec, as a Python literal."""
    from stripe_connector_generated.tool_catalogue import TOOLS  # on first use: the largest generated module

    return TOOLS


def cursor_arguments() -> Mapping[str, str]:
    """The argument that carries the cursor, by pagination style (``codegen/tool_definitions.py`` defines it)."""
    from stripe_connector_generated.tool_catalogue import CURSOR_ARGUMENTS  # on first use, as tool_entries

    return CURSOR_ARGUMENTS


def money_fields() -> frozenset[str]:
    """The request fields Stripe's spec defines as money."""
    from stripe_connector_generated.tool_catalogue import MONEY_FIELDS  # on first use, as tool_entries

    return MONEY_FIELDS


def validator(tool_name: str) -> Callable[[dict[str, Any]], Any]:
    """The validator ``make generate`` compiled (with fastjsonschema) for the generated tool ``tool_name``."""
    module = importlib.import_module(f"stripe_connector_generated.validators.{tool_name}")
    generated: Callable[[dict[str, Any]], Any] = module.validate
    return generated


def validation_error() -> type[JsonSchemaValueException]:
    """The exception the generated validators raise (fastjsonschema's shape: ``rule``, ``name``, ``path``...)."""
    from stripe_connector_generated.validators import JsonSchemaValueException  # on first use, as validator

    return JsonSchemaValueException


def api_version() -> str:
    """The Stripe API version of the spec the client was generated from (the default ``Stripe-Version``)."""
    from stripe_connector_generated.types import STRIPE_API_VERSION  # on first use: the generated types module

    return STRIPE_API_VERSION


def form_encoder() -> tuple[Callable[[Mapping[str, Any]], str], Callable[[Mapping[str, Any]], list[tuple[str, str]]]]:
    """Stripe's form encoding (``encode_form``, ``form_pairs``): the one the generated endpoints use too."""
    from stripe_connector_generated.types import encode_form, form_pairs  # on first use, as api_version

    return encode_form, form_pairs


def success_parser(operation: str) -> Callable[[Any], Any]:
    """The generated model parser of a successful answer to ``operation`` (``"GET /v1/customers"``)."""
    from stripe_connector_generated.api.default import success_parser as parser_for  # on first use: every endpoint

    return parser_for(operation)
