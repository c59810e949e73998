"""The MCP server behind ``stripe-connector mcp`` (the ``mcp`` extra): ``schemas`` says what each tool looks like to an
agent, ``calls`` runs one call and shapes its result, ``server`` builds and serves it (stdio, or ``http``)."""
