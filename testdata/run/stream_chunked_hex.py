# A chunked-transfer decoder over a StreamReader: hex chunk sizes parsed with int(bytes, 16).
import asyncio
from typing import AsyncIterator


class ChunkError(ValueError):
    pass


def encode_chunked(parts: list[bytes]) -> bytes:
    out = b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in parts)
    return out + b"0\r\n\r\n"


async def read_chunks(reader: asyncio.StreamReader) -> AsyncIterator[bytes]:
    while True:
        size_line = await reader.readline()
        if not size_line.endswith(b"\r\n"):
            raise ChunkError(f"bad size line {size_line!r}")
        try:
            size = int(size_line.strip().split(b";")[0], 16)
        except ValueError:
            raise ChunkError(f"bad chunk size {size_line.strip().decode()!r}") from None
        if size == 0:
            await reader.readexactly(2)
            return
        data = await reader.readexactly(size)
        if await reader.readexactly(2) != b"\r\n":
            raise ChunkError("missing chunk terminator")
        yield data


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    sizes: list[int] = []
    body = b""
    try:
        async for chunk in read_chunks(reader):
            sizes.append(len(chunk))
            body += chunk
        reply = f"ok {len(body)} bytes in {len(sizes)} chunks {sizes}: {body.decode()[:20]!r}"
    except ChunkError as e:
        reply = f"error: {e}"
    except asyncio.IncompleteReadError as e:
        reply = f"truncated: got {len(e.partial)} of {e.expected}"
    writer.write(reply.encode() + b"\n")
    await writer.drain()
    writer.close()


async def send(port: int, raw: bytes) -> str:
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(raw)
    w.write_eof()
    line = await r.readline()
    w.close()
    await w.wait_closed()
    return line.decode().rstrip()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    payloads = [
        encode_chunked([b"Hello, ", b"chunked ", b"world!" * 3]),
        encode_chunked([b"x" * 300]),
        b"5\r\nabc",
        b"zz\r\nabc\r\n0\r\n\r\n",
        b"3;ext=1\r\nabc\r\n0\r\n\r\n",
        b"3\r\nabcXY",
        encode_chunked([]),
    ]
    for raw in payloads:
        print(await send(port, raw))
    server.close()
    await server.wait_closed()
    print(encode_chunked([b"hi", b"\xff" * 17])[:12])


asyncio.run(main())
