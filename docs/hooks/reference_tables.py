"""The reference tables of the site, rendered as Markdown from the code and data that define them.

Each function returns one section; :data:`SECTIONS` names them for the page markers (see ``generated_pages.py``).
Kept apart from the MkDocs hook so a test can render them without building the site.
"""

from __future__ import annotations

import argparse
import html
import inspect
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
TOOL_DEFINITIONS = ROOT / "spec" / "tools.yaml"


def cell(text: object) -> str:
    """Text that stays inside one Markdown table cell: pipes escaped, lines joined."""
    return " ".join(str(text).split()).replace("|", "\\|")


#: Characters Markdown would read inside inline HTML (a pattern like ``[a-z]+(x)`` becomes a link): as entities.
MARKDOWN_SPECIAL = str.maketrans({char: f"&#{ord(char)};" for char in "\\`*_{}[]()#+!|~"})


def code(value: object) -> str:
    """A value as inline code in a table cell (JSON for data, so ``["card"]`` reads as a reader types it). Written as
    HTML with Markdown's characters as entities: a ``|`` in a type (``str | None``) would otherwise end the cell,
    and a pattern's brackets would become a link."""
    text = value if isinstance(value, str) else json.dumps(value)
    return "<code>" + html.escape(" ".join(text.split()), quote=False).translate(MARKDOWN_SPECIAL) + "</code>"


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    names = list(header)
    lines = ["| " + " | ".join(names) + " |", "|" + " --- |" * len(names)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


# --- tools -----------------------------------------------------------------------------------------------------


def schema_type(schema: Mapping[str, Any]) -> str:
    """A short type for a JSON Schema: ``integer``, ``string``, ``enum``, ``array of string``, ``object``..."""
    if "enum" in schema:
        return "one of " + ", ".join(code(value) for value in schema["enum"])
    if "anyOf" in schema or "oneOf" in schema:
        branches = schema.get("anyOf") or schema.get("oneOf") or []
        return " or ".join(dict.fromkeys(schema_type(branch) for branch in branches))
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = " or ".join(kind)
    if kind == "array" and isinstance(schema.get("items"), Mapping):
        return f"array of {schema_type(schema['items'])}"
    return str(kind)


LIMITS = ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "maxProperties", "pattern")


def limits(schema: Mapping[str, Any]) -> str:
    return ", ".join(f"{name} {code(schema[name])}" for name in LIMITS if name in schema)


def argument_rows(schema: Mapping[str, Any]) -> list[list[str]]:
    required = set(schema.get("required", []))
    rows = []
    for name, prop in schema.get("properties", {}).items():
        default = code(prop["default"]) if "default" in prop else ""
        rows.append([f"`{name}`", cell(schema_type(prop)), "yes" if name in required else "", default,
                     cell(prop.get("description", "")), limits(prop)])  # fmt: skip
    return rows


def tool_examples() -> dict[str, Any]:
    """Each tool's example arguments, as written in the definitions."""
    definitions = yaml.safe_load(TOOL_DEFINITIONS.read_text("utf-8"))
    return {name: entry.get("example", {}).get("arguments") for name, entry in definitions["tools"].items()}


def tools_section() -> str:
    from stripe_connector import TOOLS

    examples = tool_examples()
    summary = table(
        ["tool", "kind", "Stripe operation", "required"],
        (
            [f"[`{tool.name}`](#{tool.name})", tool.kind,
             f"`{tool.operation.method} {tool.operation.path}`" if tool.operation else "any `/v1` or `/v2` path",
             ", ".join(f"`{name}`" for name in tool.input_schema.get("required", [])) or "none"]
            for tool in TOOLS
        ),
    )  # fmt: skip
    parts = [summary, "## Each tool"]
    for tool in TOOLS:
        parts.append(f"### `{tool.name}` {{#{tool.name}}}\n\n{tool.description}\n")
        facts = [f"**kind** `{tool.kind}`"]
        if tool.operation:
            route = tool.operation
            facts.append(f"**operation** `{route.method} {route.path}` (`{route.operation_id}`)")
        if tool.pagination:
            facts.append(f"**pagination** `{tool.pagination}`")
        if tool.money:
            facts.append("**money** " + ", ".join(f"`{amount}`" for amount in tool.money))
        parts.append(" · ".join(facts) + "\n")
        rows = argument_rows(tool.input_schema)
        if rows:
            parts.append(table(["argument", "type", "required", "default", "description", "limits"], rows))
        if tool.hints:
            rules = sorted(set(tool.hints.values()))
            parts.append(
                "Rules across arguments (checked before sending): " + "; ".join(cell(rule) for rule in rules) + "."
            )
        if examples.get(tool.name):
            example = json.dumps(examples[tool.name])
            parts.append(f"\nExample: `stripe-connector call {tool.name} '{cell(example)}'`")
    return "\n\n".join(parts) + "\n"


# --- operations ------------------------------------------------------------------------------------------------


def resource_of(path: str) -> str:
    """``/v1/customers/{customer}/balance_transactions`` -> ``v1/customers``: the section an operation is listed in."""
    parts = [part for part in path.split("/") if part]
    return "/".join(parts[:2])


def operations_section() -> str:
    from stripe_connector import OPERATIONS

    groups: dict[str, list[Any]] = defaultdict(list)
    for operation in OPERATIONS:
        groups[resource_of(operation.path)].append(operation)
    parts = [f"{len(OPERATIONS)} operations in {len(groups)} resources, from the committed operation index."]
    for resource in sorted(groups):
        rows = (
            [f"`{op.id}`", f"`{op.method} {op.path}`", op.kind, op.pagination or "", cell(op.summary or "")]
            for op in groups[resource]
        )
        parts.append(f"### `/{resource}`\n\n" + table(["id", "route", "kind", "pages", "summary"], rows))
    return "\n\n".join(parts) + "\n"


# --- connector options -----------------------------------------------------------------------------------------


def docstring_bullets(text: str) -> list[str]:
    """The ``* ...`` bullets of a docstring, each joined onto one line."""
    bullets: list[str] = []
    for line in inspect.cleandoc(text).splitlines():
        if line.startswith("* "):
            bullets.append(line[2:].strip())
        elif bullets and line.startswith("  ") and line.strip():
            bullets[-1] += " " + line.strip()
        elif not line.strip() and bullets:
            bullets.append("")
    return [bullet for bullet in bullets if bullet]


#: The label a docstring bullet starts with (``Time: ...``, ``Many connections: ...``).
LABEL = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?: ")


def clauses(text: str) -> list[str]:
    """``text`` cut into its sentences and ``;``-separated clauses, never inside parentheses."""
    found, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and char in ".;" and text[index + 1 : index + 2] in (" ", ""):
            found.append(text[start : index + 1].strip())
            start = index + 1
    found.append(text[start:].strip())
    return [LABEL.sub("", clause) for clause in found if clause]


def sentences(parts: Iterable[str]) -> str:
    """Clauses as sentences: each capitalised and closed with a full stop."""
    cleaned = (part.removesuffix(";").removesuffix(".") for part in parts)
    return " ".join(part[:1].upper() + part[1:] + "." for part in cleaned if part)


def rst_to_markdown(text: str) -> str:
    """Docstring markup read on a web page: ``x`` -> `x`, :class:`~a.b.C` -> `C`."""
    text = re.sub(r":[a-z]+:`~?(?:[\w.]+\.)?([\w]+)`", r"`\1`", text)
    return text.replace("``", "`")


def options_section() -> str:
    """Every constructor option: name, type and default from the signature; what it does from the bullet of
    ``StripeConnector``'s docstring that names it (the documented place). An option no bullet names fails."""
    from stripe_connector import StripeConnector

    parameters = list(inspect.signature(StripeConnector.__init__).parameters.values())[2:]  # after self, api_key
    bullets = docstring_bullets(StripeConnector.__doc__ or "")
    rows, undocumented = [], []
    for parameter in parameters:
        named = re.compile(rf"``{parameter.name}(=[^`]*)?``")
        said = [clause for bullet in bullets for clause in clauses(bullet) if named.search(clause)]
        if not said:
            undocumented.append(parameter.name)
            continue
        rows.append([f"`{parameter.name}`", code(str(parameter.annotation)), code(repr(parameter.default)),
                     cell(sentences(rst_to_markdown(clause) for clause in said))])  # fmt: skip
    if undocumented:
        raise ValueError(f"options no bullet of StripeConnector's docstring describes: {undocumented}")
    return table(["option", "type", "default", "what it does (from the docstring)"], rows) + "\n"


# --- the command line ------------------------------------------------------------------------------------------


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _option_rows(parser: argparse.ArgumentParser) -> list[list[str]]:
    formatter = parser._get_formatter()
    rows = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction | argparse._HelpAction) or action.help == argparse.SUPPRESS:
            continue
        names = ", ".join(f"`{name}`" for name in action.option_strings) or f"`{action.metavar or action.dest}`"
        takes = "" if action.nargs == 0 else code(action.metavar or action.dest.upper())
        text = formatter._expand_help(action) if action.help else ""
        rows.append([names, takes, cell(text)])
    return rows


def _command_doc(words: list[str], parser: argparse.ArgumentParser, level: int) -> list[str]:
    title = " ".join(words)
    parts = [f"{'#' * level} `{title}`"]
    if parser.description:
        parts.append(cell(parser.description))
    rows = _option_rows(parser)
    if rows:
        parts.append(table(["option or argument", "takes", "help"], rows))
    for name, sub in _subcommands(parser).items():
        parts += _command_doc([*words, name], sub, min(level + 1, 4))
    return parts


def cli_section() -> str:
    from stripe_connector.cli.parser import build_parser

    return "\n\n".join(_command_doc(["stripe-connector"], build_parser(), 3)) + "\n"


SECTIONS: Mapping[str, Callable[[], str]] = {
    "tools": tools_section,
    "operations": operations_section,
    "options": options_section,
    "cli": cli_section,
}
