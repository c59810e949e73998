"""``collector_paused``: no collection while a server's modules load, what they built frozen afterwards, and the
collector left as the caller had it (even when the block raises). ``skip_httpx_command``: httpx loads without its
own command line, once, and everything else about httpx is as usual."""

from __future__ import annotations

import gc
import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator

import pytest
from stripe_connector._host_parts.startup import collector_paused, skip_httpx_command


@pytest.fixture(autouse=True)
def restored_collector() -> Iterator[None]:
    """The test process gets its collector back as it was: enabled, nothing left frozen by these tests."""
    was_enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_block_runs_without_collections_and_what_it_built_is_frozen() -> None:
    gc.enable()
    gc.unfreeze()
    before = gc.get_freeze_count()
    collections = gc.get_stats()[0]["collections"]
    with collector_paused():
        assert not gc.isenabled()
        built = [[index] for index in range(5000)]  # far past the young generation's threshold of 700
        assert gc.get_stats()[0]["collections"] == collections
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(built)


def test_a_failing_block_still_gives_the_collector_back() -> None:
    gc.enable()
    with pytest.raises(ImportError), collector_paused():
        raise ImportError("no module named mcp", name="mcp")
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_keeps_it_paused() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


# --- skip_httpx_command -----------------------------------------------------------------------------------------------

_SKIPPED = """
import importlib.util, json, sys
from stripe_connector._host_parts.startup import skip_httpx_command
skip_httpx_command()
skip_httpx_command()  # twice: still one hook
hooks = sum(type(finder).__name__ == "_HttpxWithoutItsCommand" for finder in sys.meta_path)
FIRST
import httpx
seen = {"hooks": hooks, "command": "httpx._main" in sys.modules, "rich": "rich" in sys.modules,
        "left": sum(type(finder).__name__ == "_HttpxWithoutItsCommand" for finder in sys.meta_path),
        "client": httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(204))).get("http://x").status_code}
try:
    import httpx._main
    seen["later"] = "loaded"
except ImportError as exc:
    seen["later"] = exc.name
print(json.dumps(seen))
"""


def skipped(first: str = "") -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _SKIPPED.replace("FIRST", first)], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen: dict[str, object] = json.loads(done.stdout)
    return seen


def _cli_extra_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("click", "rich", "pygments"))


def test_httpx_loads_without_its_command_line_and_the_hook_is_gone_after() -> None:
    seen = skipped()
    assert {key: seen[key] for key in ("hooks", "command", "rich", "left", "client")} == {
        "hooks": 1, "command": False, "rich": False, "left": 0, "client": 204}  # fmt: skip
    # Asked for later, httpx's command line loads as usual (or fails for its own missing extra, not for the hook).
    assert seen["later"] == "loaded" if _cli_extra_installed() else seen["later"] != "httpx._main"


def test_an_explicit_import_of_httpx_main_first_still_loads_it() -> None:
    """Only the attempt inside httpx's ``__init__`` is refused: ``import httpx._main`` itself succeeds."""
    if not _cli_extra_installed():
        pytest.skip("httpx's cli extra (click, rich, pygments) is not installed")
    assert skipped(first="import httpx._main")["left"] == 0


def test_once_httpx_is_loaded_no_hook_is_installed() -> None:
    import httpx  # noqa: F401  (the test process has it already; made sure)

    before = list(sys.meta_path)
    skip_httpx_command()
    assert sys.meta_path == before
