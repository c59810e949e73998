"""The MCP Python SDK, 2.x only (the ``mcp`` extra pins ``mcp>=2.3,<3``; 1.x's server API is gone in 2.x).

Imported first by every module of the MCP server: another major version is an ``ImportError`` naming ``mcp``, which
the CLI reports as the missing extra.
"""

from importlib import metadata

SUPPORTED_SDK_MAJOR = "2"
if metadata.version("mcp").split(".")[0] != SUPPORTED_SDK_MAJOR:
    raise ImportError(f"stripe-connector's MCP server needs mcp {SUPPORTED_SDK_MAJOR}.x", name="mcp")

import mcp.types as types  # noqa: E402 (after the version check, on purpose)
from mcp.server import Server, ServerRequestContext  # noqa: E402

__all__ = ["SUPPORTED_SDK_MAJOR", "Server", "ServerRequestContext", "types"]
