"""Pick a free TCP port on 127.0.0.1 for servers that must be told their port up front (Prism).

The port is free when we return it; another process could take it before the server binds it, so callers
that can should let the server bind port 0 itself (the localstripe launcher does). For Prism, which cannot,
the window is a few milliseconds and a lost race shows up as a clear start error, not a wrong server.
"""

from __future__ import annotations

import socket


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port number that nothing is listening on at `host` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port
