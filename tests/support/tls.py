"""A local HTTPS server for transport tests: a self-signed certificate for 127.0.0.1 made in memory, and an asyncio
HTTP/1.1 server over it that records each request's head and body exactly as they arrived (keep-alive, any
method, a fixed JSON answer)."""

from __future__ import annotations

import asyncio
import datetime
import ssl
import tempfile
from dataclasses import dataclass, field
from ipaddress import IPv4Address
from pathlib import Path

ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


def certificate_pair(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for ``127.0.0.1`` and its key, written to ``folder`` (the cert is its own CA)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    key_path.chmod(0o600)
    return cert_path, key_path


@dataclass
class TLSServer:
    """A running local HTTPS server: ``base_url``, the client context that trusts it, the requests it read."""

    base_url: str
    client_context: ssl.SSLContext
    requests: list[tuple[bytes, bytes]] = field(default_factory=list)


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seen: list[tuple[bytes, bytes]]) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            seen.append((head, await reader.readexactly(length)))
            writer.write(ANSWER)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def start_tls_server() -> tuple[TLSServer, asyncio.Server]:
    """Start the server in the running loop; the caller closes the ``asyncio.Server``."""
    with tempfile.TemporaryDirectory() as folder:
        cert, key = certificate_pair(Path(folder))
        server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_context.load_cert_chain(cert, key)
        client_context = ssl.create_default_context(cafile=str(cert))
    seen: list[tuple[bytes, bytes]] = []
    server = await asyncio.start_server(lambda r, w: _serve(r, w, seen), "127.0.0.1", 0, ssl=server_context)
    port = server.sockets[0].getsockname()[1]
    return TLSServer(f"https://127.0.0.1:{port}", client_context, seen), server
