"""The events rows of ``make bench``, each beside its baseline measured in the same run.

* **Acknowledged events per second** by ``stripe-connector events serve`` (verify every ``v1``, store durably in the
  SQLite inbox before the 200, hand on by printing each event), beside a minimal ASGI handler under the same
  uvicorn that calls stripe-python's ``Webhook.construct_event`` and inserts into SQLite with the same durability
  (``events_baseline_app.py``). Both are separate processes on 127.0.0.1, driven by the same lean client: 8
  keep-alive connections, pre-signed requests. Targets: >= 1.0x the baseline's throughput, p99 acknowledgement
  latency < 50 ms. Rounds alternate between the subjects.
* **Many connections**: the same ``events serve`` with ``--secrets-dir`` of 1,000 connections (one secret file
  each), every delivery to ``/stripe/webhook/<connection id>`` signed with that connection's own secret, spread over
  all 1,000 (each file is read at its connection's first delivery: half the deliveries of a round), beside the
  single-connection ``serve`` run in the same rounds (its own runs, not the baseline pair's); the ratio is the median
  of the rounds' ratios, each round's shown in the note. Target: >= 0.9x. A round of 2,000 deliveries lasts about
  a second, and the machine's load comes and goes faster than that (a round's ratio ranged 0.4-2.7 when the two
  ran one after the other), so in each round both receivers run side by side and take turns, 100 deliveries at a
  time (the order alternated each turn): each one's throughput is its deliveries over the sum of its turns. Each
  still gets the same 2,000 deliveries, in the same order, from a fresh process; 7 rounds. The round's size is not
  raised instead: with more deliveries per connection, fewer of them would read a file.
* **Polling catch-up of 10,000 events** (pages of 100) from the events double (a separate process): ``EventPoller``
  (pages, parses and stores every event, then moves its cursor) beside a hand-written httpx loop that only pages
  (``starting_after``) and decodes the JSON. Pages per second; reported, no target in the issue.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from report import FAIL, INFO, PASS, Row, Stats

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SECRET = "whsec_bench_only_0123456789abcdef"
CONNECTIONS = 8
#: Platform connections of the many-connections receiver (webhook paths and secret files).
MANY = 1000
MANY_TARGET = 0.9
P99_TARGET = 0.050
FULL = {"deliveries": 2000, "rounds": 3, "many_rounds": 7, "events": 10_000}
#: Deliveries per turn when two receivers take turns (:func:`_drive_interleaved`): about a tenth of a second.
SLICE = 100


def _many_secret(index: int) -> str:
    return f"whsec_bench_connection_{index:04d}_0123456789abcdef"


def _requests(count: int, tag: str, *, many: bool = False) -> list[bytes]:
    """Pre-signed deliveries; ``many``: spread over :data:`MANY` connections, each signed with its own secret."""
    from stripe_connector.events import signature_header

    now = int(time.time())
    out = []
    for n in range(count):
        path, secret = "/stripe/webhook", SECRET
        if many:
            path, secret = f"/stripe/webhook/conn_{n % MANY:04d}", _many_secret(n % MANY)
        body = json.dumps({"id": f"evt_bench_{tag}_{n:07d}", "object": "event", "type": "invoice.paid",
                           "created": now, "livemode": False, "api_version": "2023-10-16",
                           "data": {"object": {"id": f"in_{n:07d}", "object": "invoice", "amount_due": 1000}}}
                          ).encode()  # fmt: skip
        signature = signature_header(body, secret, now)
        head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                f"Stripe-Signature: {signature}\r\nContent-Length: {len(body)}\r\n\r\n")  # fmt: skip
        out.append(head.encode() + body)
    return out


async def _drive(port: int, requests: list[bytes]) -> tuple[float, list[float], int]:
    """Send every request over CONNECTIONS keep-alive connections; (seconds, latencies, non-200 answers)."""
    connections = [await asyncio.open_connection("127.0.0.1", port) for _ in range(CONNECTIONS)]
    try:
        return await _drive_on(connections, requests)
    finally:
        for _, writer in connections:
            writer.close()


async def _drive_on(
    connections: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]], requests: list[bytes]
) -> tuple[float, list[float], int]:
    """Send ``requests`` over the open ``connections``, each taking the next one when its answer is in."""
    queue = list(reversed(requests))
    latencies: list[float] = []
    failures = 0

    async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal failures
        while queue:
            request = queue.pop()
            started = time.perf_counter()
            writer.write(request)
            status = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            failures += b" 200 " not in status

    started = time.perf_counter()
    await asyncio.gather(*(connection(reader, writer) for reader, writer in connections))
    return time.perf_counter() - started, latencies, failures


async def _drive_interleaved(
    ports: dict[str, int], requests: dict[str, list[bytes]]
) -> dict[str, tuple[float, list[float], int]]:
    """Both receivers' requests in slices of :data:`SLICE`, taking turns (the order alternated each turn): each
    subject's seconds are the sum of its slices', so a load that comes and goes within the round weighs on both."""
    opened = {subject: [await asyncio.open_connection("127.0.0.1", port) for _ in range(CONNECTIONS)]
              for subject, port in ports.items()}  # fmt: skip
    totals: dict[str, tuple[float, list[float], int]] = {subject: (0.0, [], 0) for subject in ports}
    turn = 0
    try:
        while any(len(totals[subject][1]) < len(requests[subject]) for subject in ports):
            order = list(ports) if turn % 2 == 0 else list(reversed(ports))
            for subject in order:
                done = len(totals[subject][1])
                if done >= len(requests[subject]):
                    continue
                seconds, latencies, failures = await _drive_on(opened[subject], requests[subject][done : done + SLICE])
                total, all_latencies, all_failures = totals[subject]
                totals[subject] = (total + seconds, all_latencies + latencies, all_failures + failures)
            turn += 1
    finally:
        for connections in opened.values():
            for _, writer in connections:
                writer.close()
    return totals


def _start(argv: list[str], env: dict[str, str], workdir: Path, name: str) -> tuple[subprocess.Popen[bytes], int]:
    from stripe_connector.testing.launchers import ServerStartError

    err = workdir / f"{name}.err"
    with (workdir / f"{name}.out").open("wb") as out, err.open("wb") as errors:
        proc = subprocess.Popen(argv, stdout=out, stderr=errors, cwd=workdir, env=env, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        text = err.read_text()
        for line in text.splitlines():
            if line.startswith('{"listening"'):
                return proc, int(json.loads(line)["listening"].split(":")[2].split("/")[0])
            if "Uvicorn running on" in line:
                return proc, int(line.split("127.0.0.1:")[1].split()[0])
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    raise ServerStartError(f"{name} did not start: {err.read_text()[-800:]}")


def _command(subject: str, workdir: Path) -> tuple[list[str], dict[str, str]]:
    """The argv and environment of a receiver: ``baseline``, or ``events serve`` with one secret or 1,000 files."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), str(REPO / "bench")]))
    secret_file = workdir / "whsec"
    secret_file.write_text(SECRET)
    secret_file.chmod(0o600)
    db = workdir / f"{subject}-{time.monotonic_ns()}.db"
    if subject in ("serve", "serve-one", "serve-many"):
        argv = [sys.executable, "-m", "stripe_connector.cli", "events", "serve", "--port", "0",
                "--store", f"sqlite:///{db}"]  # fmt: skip
        argv += ["--secrets-dir", str(_secrets_dir(workdir))] if subject == "serve-many" else [
            "--secret-file", str(secret_file)]  # fmt: skip
    else:
        env.update(BASELINE_DB=str(db), BASELINE_SECRET=SECRET)
        argv = [sys.executable, "-m", "uvicorn", "events_baseline_app:app", "--host", "127.0.0.1", "--port", "0",
                "--log-level", "info", "--no-access-log", "--app-dir", str(REPO / "bench")]  # fmt: skip
    return argv, env


def _receiver_round(subject: str, requests: list[bytes], workdir: Path) -> tuple[float, list[float], int]:
    from stripe_connector.testing.launchers import stop_process_group

    proc, port = _start(*_command(subject, workdir), workdir, subject)
    try:
        return asyncio.run(_drive(port, requests))
    finally:
        stop_process_group(proc, grace=5.0)


def _interleaved_round(requests: dict[str, list[bytes]], workdir: Path) -> dict[str, tuple[float, list[float], int]]:
    """Both receivers started, then driven in turns (:func:`_drive_interleaved`), then stopped."""
    from stripe_connector.testing.launchers import stop_process_group

    started: dict[str, tuple[subprocess.Popen[bytes], int]] = {}
    try:
        for subject in requests:
            started[subject] = _start(*_command(subject, workdir), workdir, subject)
        ports = {subject: port for subject, (_, port) in started.items()}
        return asyncio.run(_drive_interleaved(ports, requests))
    finally:
        for proc, _ in started.values():
            stop_process_group(proc, grace=5.0)


def _secrets_dir(workdir: Path) -> Path:
    """:data:`MANY` secret files, 0600, in a 0700 directory (written once per run)."""
    directory = workdir / "secrets"
    if not directory.exists():
        directory.mkdir(mode=0o700)
        for index in range(MANY):
            path = directory / f"conn_{index:04d}"
            path.write_text(_many_secret(index) + "\n")
            path.chmod(0o600)
    return directory


def _p99(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def _catch_up_rounds(events: int, rounds: int, workdir: Path) -> tuple[list[float], list[float], int]:
    import httpx
    from stripe_connector import StripeConnector
    from stripe_connector.events import EventPoller, open_store
    from stripe_connector.testing.launchers import stop_process_group

    env = dict(os.environ, PYTHONPATH=str(REPO))
    argv = [sys.executable, "-m", "stripe_connector.testing.doubles.events", "--events", str(events)]
    proc, port = _start(argv, env, workdir, "double")
    url = f"http://127.0.0.1:{port}"
    ours: list[float] = []
    base: list[float] = []
    pages = 0
    try:
        for index in range(rounds):
            with httpx.Client(base_url=url, auth=("sk_test_bench", "")) as client:
                started = time.perf_counter()
                after: str | None = None
                pages = 0
                while True:
                    params: dict[str, Any] = {"limit": 100, **({"starting_after": after} if after else {})}
                    page = client.get("/v1/events", params=params).json()
                    pages += 1
                    if not page["has_more"]:
                        break
                    after = page["data"][-1]["id"]
                base.append(pages / (time.perf_counter() - started))
            store = open_store(f"sqlite:///{workdir}/poll-{index}.db")
            with StripeConnector("sk_test_bench", base_url=url, max_retries=0) as connector:
                started = time.perf_counter()
                result = EventPoller(connector, store, lag=0).poll_once()
                ours.append(result.pages / (time.perf_counter() - started))
                if result.added != events:
                    raise RuntimeError(f"the poller stored {result.added} of {events} events")
            store.close()
    finally:
        stop_process_group(proc, grace=5.0)
    return ours, base, pages


def events_rows(quick: bool) -> tuple[list[Row], list[str]]:
    """The events rows and notes; none in a quick run (four server processes would double the smoke test)."""
    if quick:
        return [], ["events rows: full run only (`python bench/run.py --only events`, about a minute)"]
    plan = FULL
    rows: list[Row] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-events-") as tmp:
        workdir = Path(tmp)
        throughput: dict[str, list[float]] = {"baseline": [], "serve": [], "serve-one": [], "serve-many": []}
        latencies: dict[str, list[float]] = {subject: [] for subject in throughput}
        failures = 0
        # Each ratio from its own pairs, the order alternated by round (a load that rises or falls during the run then
        # favours neither): baseline and serve back to back; serve and serve-many side by side, taking turns.
        for round_number in range(plan["rounds"]):
            for subject in ("baseline", "serve") if round_number % 2 == 0 else ("serve", "baseline"):
                tag = f"{subject}{round_number}"  # event ids take letters, digits and _
                requests = _requests(plan["deliveries"], tag, many=False)
                seconds, lat, failed = _receiver_round(subject, requests, workdir)
                throughput[subject].append(len(requests) / seconds)
                latencies[subject] += lat
                failures += failed
        for round_number in range(plan["many_rounds"]):
            pair = ("serve-one", "serve-many") if round_number % 2 == 0 else ("serve-many", "serve-one")
            batches = {subject: _requests(plan["deliveries"], f"{subject.replace('-', '_')}{round_number}",
                                          many=subject == "serve-many") for subject in pair}  # fmt: skip
            for subject, (seconds, lat, failed) in _interleaved_round(batches, workdir).items():
                throughput[subject].append(len(batches[subject]) / seconds)
                latencies[subject] += lat
                failures += failed
        ours, base = statistics.median(throughput["serve"]), statistics.median(throughput["baseline"])
        ratio = ours / base
        p99, base_p99 = _p99(latencies["serve"]), _p99(latencies["baseline"])
        ok = ratio >= 1.0 and p99 < P99_TARGET and failures == 0
        figure = f"events acked/s ({CONNECTIONS} conns)"
        rows.append(Row(figure, "plain ASGI + stripe construct_event + SQLite", "/s", Stats.of(throughput["baseline"]),
                        ratio=1.0, ratio_text="1.00x (ref)",
                        note=f"p99 ack {base_p99 * 1000:.1f} ms"))  # fmt: skip
        rows.append(Row(figure, "events serve (verify, durable inbox, hand-off)", "/s", Stats.of(throughput["serve"]),
                        baselines=f"baseline {base:,.0f}/s, p99 {base_p99 * 1000:.0f} ms", ratio=ratio,
                        ratio_text=f"{ratio:.2f}x baseline; p99 {p99 * 1000:.1f} ms",
                        target=f">= 1.0x; p99 < {P99_TARGET * 1000:.0f} ms", status=PASS if ok else FAIL,
                        note=f"{failures} non-200", extra={"p99_seconds": p99}))  # fmt: skip
        # Paired by round (the two ran back to back): the machine's load drifts less within a round than across.
        ratios = [many / one for many, one in zip(throughput["serve-many"], throughput["serve-one"], strict=True)]
        many_ratio = statistics.median(ratios)
        many_p99 = _p99(latencies["serve-many"])
        one = statistics.median(throughput["serve-one"])
        figure = f"events acked/s, {MANY:,} connections"
        rows.append(Row(figure, "events serve, one connection (same rounds)", "/s", Stats.of(throughput["serve-one"]),
                        ratio=1.0, ratio_text="1.00x (ref)",
                        note=f"p99 ack {_p99(latencies['serve-one']) * 1000:.1f} ms"))  # fmt: skip
        rows.append(Row(figure, f"events serve --secrets-dir ({MANY:,} secret files)", "/s",
                        Stats.of(throughput["serve-many"]), baselines=f"one connection {one:,.0f}/s", ratio=many_ratio,
                        ratio_text=f"{many_ratio:.2f}x one connection (median of rounds); p99 {many_p99 * 1000:.1f} ms",
                        target=f">= {MANY_TARGET}x one connection", status=PASS if many_ratio >= MANY_TARGET and
                        failures == 0 else FAIL, note=f"rounds {' '.join(f'{r:.2f}' for r in ratios)}; {failures} "
                        "non-200 in all receiver rounds"))  # fmt: skip
        poll, loop, pages = _catch_up_rounds(plan["events"], plan["rounds"], workdir)
        figure = f"events catch-up {plan['events']:,} events"
        rows.append(Row(figure, "hand-written httpx paging loop", "/s", Stats.of(loop), ratio=1.0,
                        ratio_text="1.00x (ref)", note=f"{pages} pages of 100"))  # fmt: skip
        poll_ratio = statistics.median(poll) / statistics.median(loop)
        rows.append(Row(figure, "EventPoller (parse + store + cursor)", "/s", Stats.of(poll),
                        baselines=f"httpx loop {statistics.median(loop):.0f} pages/s", ratio=poll_ratio,
                        ratio_text=f"{poll_ratio:.2f}x httpx loop", status=INFO))  # fmt: skip
    notes.append("events: acks/s are deliveries answered 200 per second of wall time; both receivers store with WAL "
                 "and synchronous=FULL; serve groups concurrent deliveries into one transaction")  # fmt: skip
    return rows, notes
