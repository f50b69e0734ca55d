"""Minimal HTTP/1.1 and WebSocket (RFC 6455) clients on asyncio streams, standard library only."""
import asyncio
import base64
import hashlib
import json
import os
import struct

TIMEOUT = 60.0


class WireError(Exception):
    """A failure on the wire: status (0 when none came back) and the body or reason."""

    def __init__(self, status, body):
        super().__init__(f"{status} {body}")
        self.status = status
        self.body = body


async def _read_head(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    status = int(parts[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return status, headers


class HttpConnection:
    """One keep-alive connection; opens again only when the server said it closes."""

    def __init__(self, port):
        self.port = port
        self.reader = None
        self.writer = None

    async def _open(self):
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def request(self, method, path, body=None, headers=None):
        return await asyncio.wait_for(self._request(method, path, body, headers or {}), TIMEOUT)

    async def _request(self, method, path, body, headers):
        if self.writer is None:
            await self._open()
        data = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
        if body is not None:
            head += f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
        for name, value in headers.items():
            head += f"{name}: {value}\r\n"
        self.writer.write(head.encode() + b"\r\n" + data)
        await self.writer.drain()
        status, rh = await _read_head(self.reader)
        if rh.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                if size == 0:
                    await self.reader.readuntil(b"\r\n")
                    break
                chunks.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            content = b"".join(chunks)
        elif "content-length" in rh:
            content = await self.reader.readexactly(int(rh["content-length"]))
        else:
            content = await self.reader.read()
            rh["connection"] = "close"
        if rh.get("connection", "").lower() == "close":
            await self.close()
        return status, rh, content

    async def close(self):
        if self.writer is not None:
            writer, self.writer, self.reader = self.writer, None, None
            writer.close()
            try:
                await writer.wait_closed()
            except OSError:
                pass


async def request_json(conn, method, path, body=None, headers=None, expect=200):
    """The decoded JSON body of a reply with the expected status, else WireError."""
    status, _, content = await conn.request(method, path, body, headers)
    text = content.decode("utf-8", "replace")
    if status != expect:
        raise WireError(status, text)
    try:
        return json.loads(text)
    except ValueError:
        raise WireError(status, "not JSON: " + text) from None


def _mask(payload, key):
    n = len(payload)
    k = (key * (n // 4 + 1))[:n]
    return (int.from_bytes(payload, "big") ^ int.from_bytes(k, "big")).to_bytes(n, "big")


class WebSocket:
    """A client WebSocket: text frames out (masked), text frames in; pings answered."""

    def __init__(self, reader, writer):
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(cls, port, path, headers):
        return await asyncio.wait_for(cls._connect(port, path, headers), TIMEOUT)

    @classmethod
    async def _connect(cls, port, path, headers):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        key = base64.b64encode(os.urandom(16)).decode()
        head = (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n")
        for name, value in headers.items():
            head += f"{name}: {value}\r\n"
        writer.write(head.encode() + b"\r\n")
        await writer.drain()
        status, rh = await _read_head(reader)
        accept = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest())
        if status != 101 or rh.get("sec-websocket-accept", "").encode() != accept:
            body = await reader.read(4096) if status != 101 else b""
            writer.close()
            raise WireError(status, body.decode("utf-8", "replace") or "bad handshake")
        return cls(reader, writer)

    def _send(self, opcode, payload):
        n = len(payload)
        if n < 126:
            head = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
        elif n < 65536:
            head = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
        else:
            head = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
        key = os.urandom(4)
        self.writer.write(head + key + _mask(payload, key))

    async def send_json(self, obj):
        self._send(0x1, json.dumps(obj).encode())
        await self.writer.drain()

    async def _frame(self):
        b0, b1 = await self.reader.readexactly(2)
        n = b1 & 0x7F
        if n == 126:
            n = struct.unpack("!H", await self.reader.readexactly(2))[0]
        elif n == 127:
            n = struct.unpack("!Q", await self.reader.readexactly(8))[0]
        key = await self.reader.readexactly(4) if b1 & 0x80 else None
        payload = await self.reader.readexactly(n)
        if key:
            payload = _mask(payload, key)
        return b0 & 0x80, b0 & 0x0F, payload

    async def recv_json(self):
        return await asyncio.wait_for(self._recv(), TIMEOUT)

    async def _recv(self):
        parts = []
        while True:
            fin, opcode, payload = await self._frame()
            if opcode == 0x9:
                self._send(0xA, payload)
                await self.writer.drain()
                continue
            if opcode == 0xA:
                continue
            if opcode == 0x8:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                raise WireError(0, f"closed by the server ({code} {payload[2:].decode('utf-8', 'replace')})")
            parts.append(payload)
            if fin:
                return json.loads(b"".join(parts).decode())

    async def close(self):
        """Close handshake (1000): WireError unless the server answers with its close frame within 5 s."""
        try:
            self._send(0x8, struct.pack("!H", 1000))
            await self.writer.drain()

            async def until_close():
                while True:
                    _, opcode, _ = await self._frame()
                    if opcode == 0x8:
                        return

            await asyncio.wait_for(until_close(), 5)
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError) as e:
            raise WireError(0, f"no close frame from the server ({type(e).__name__})") from None
        finally:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
