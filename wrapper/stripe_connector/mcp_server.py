"""The MCP server behind ``stripe-connector mcp`` (the ``mcp`` extra); it lives in ``frontends.mcp``.

``frontends.mcp.schemas`` says what each tool looks like to an agent, ``frontends.mcp.calls`` runs one call and
shapes its result, and ``frontends.mcp.server`` builds and serves the server. This module keeps the old names.
"""

from .frontends.mcp.calls import OutputCheck, answer_text, error_result, run_tool, success_result, too_deep
from .frontends.mcp.schemas import (
    DEFAULT_SCOPE,
    annotations_for,
    can_post,
    exposed_schema,
    exposed_tools,
    mcp_tool,
    output_schema_for,
    stripe_output_schema,
)
from .frontends.mcp.server import (
    build_server,
    build_unavailable_server,
    result_cap,
    serve_http,
    serve_stdio,
    startup_error,
)

__all__ = [
    "DEFAULT_SCOPE",
    "OutputCheck",
    "annotations_for",
    "answer_text",
    "build_server",
    "build_unavailable_server",
    "can_post",
    "error_result",
    "exposed_schema",
    "exposed_tools",
    "mcp_tool",
    "output_schema_for",
    "result_cap",
    "run_tool",
    "serve_http",
    "serve_stdio",
    "startup_error",
    "stripe_output_schema",
    "success_result",
    "too_deep",
]
