"""The MCP start row of ``make bench``: spawn to the first ``tools/list`` answer, beside a bare SDK server.

Agents start an MCP server per session, so the time from spawning ``stripe-connector mcp`` to the answer of its
first ``tools/list`` is a wait every session pays. The baseline is the MCP Python SDK's own low-level server with
one tool (``python bench/mcp_start.py bare``), started the same way in the same run: both are spawned, sent
``initialize``, ``notifications/initialized`` and ``tools/list`` over stdio, and timed until that answer arrives.
Subjects alternate, ``ROUNDS`` fresh processes each; the ratio is of the medians (target <= 1.1x).

``python bench/mcp_start.py [--quick]`` prints the row alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import FAIL, INFO, PASS, Row, Stats

BENCH = Path(__file__).resolve().parent
TARGET = 1.1
ROUNDS = 9
MESSAGES = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize",
     "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}},
    {"jsonrpc": "2.0", "method": "notifications/initialized"},
    {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
]  # fmt: skip


def bare() -> None:
    """The baseline: the SDK's low-level server with one tool, over stdio."""
    import anyio
    import mcp.types as types
    from mcp.server import Server
    from mcp.server.stdio import stdio_server

    tool = types.Tool(name="echo", description="Echo the text.",
                      input_schema={"type": "object", "properties": {"text": {"type": "string"}}})  # fmt: skip

    async def list_tools(ctx: object, params: object) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[tool])

    server: Server[object] = Server("bare", on_list_tools=list_tools)

    async def main() -> None:
        async with stdio_server() as (read_stream, write_stream):
            await server.run(read_stream, write_stream, server.create_initialization_options())

    anyio.run(main)


def time_to_tools(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawn to the ``tools/list`` answer, and how many tools it listed."""
    payload = "".join(json.dumps(message) + "\n" for message in MESSAGES)
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=env, text=True)  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(payload)
    proc.stdin.flush()
    tools = -1
    for line in proc.stdout:
        answer = json.loads(line)
        if answer.get("id") == 2:
            tools = len(answer["result"]["tools"])
            break
    seconds = time.perf_counter() - started
    proc.stdin.close()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if tools < 0:
        raise RuntimeError(f"{argv[1:3]} gave no tools/list answer")
    return seconds, tools


def mcp_rows(quick: bool) -> tuple[list[Row], list[str]]:
    rounds = 1 if quick else ROUNDS
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        key_file = Path(scratch) / "key"
        key_file.write_text("sk_test_mcpstart\n")
        key_file.chmod(0o600)
        env = {k: v for k, v in os.environ.items() if k != "STRIPE_API_KEY"}
        cli = str(Path(sys.executable).with_name("stripe-connector"))
        ours = [cli, "mcp", "--read-only", "--api-key-file", str(key_file)]
        baseline = [sys.executable, str(Path(__file__)), "bare"]
        if not quick:  # warm the bytecode and the file cache of both, unmeasured
            time_to_tools(ours, env)
            time_to_tools(baseline, env)
        connector, bare_sdk, listed = [], [], 0
        for _ in range(rounds):
            seconds, listed = time_to_tools(ours, env)
            connector.append(seconds)
            bare_sdk.append(time_to_tools(baseline, env)[0])
    ours_stats, bare_stats = Stats.of(connector), Stats.of(bare_sdk)
    ratio = ours_stats.median / bare_stats.median
    figure = "MCP start: spawn to first tools/list"
    rows = [
        Row(figure, "bare MCP SDK server, 1 tool", "s", bare_stats, ratio=1.0, ratio_text="1.00x", status=INFO),
        Row(figure, f"stripe-connector mcp --read-only ({listed} tools)", "s", ours_stats,
            baselines=f"bare SDK {bare_stats.median * 1000:.0f} ms", ratio=ratio, ratio_text=f"{ratio:.2f}x",
            target=f"<= {TARGET}x", status=INFO if quick else (PASS if ratio <= TARGET else FAIL),
            note=f"1-min load {load:.1f} before the rounds"),
    ]  # fmt: skip
    notes = [f"MCP start: {rounds} alternating fresh processes each, stdio, initialize + tools/list; medians"]
    return rows, notes


if __name__ == "__main__":
    if sys.argv[1:] == ["bare"]:
        bare()
        sys.exit(0)
    sys.path.insert(0, str(BENCH))
    from report import table

    found, remarks = mcp_rows(quick="--quick" in sys.argv)
    print(table(found))
    print("\n".join(remarks))
