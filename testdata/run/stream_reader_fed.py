# A line protocol parser exercised without a socket: the test feeds an
# asyncio.StreamReader by hand (feed_data / feed_eof), in chunks from a task.
import asyncio


async def producer(reader: asyncio.StreamReader, chunks: list[bytes]) -> None:
    for c in chunks:
        await asyncio.sleep(0.01)
        reader.feed_data(c)
    reader.feed_eof()


async def parse_commands(reader: asyncio.StreamReader) -> list[str]:
    out: list[str] = []
    while not reader.at_eof():
        line = await reader.readline()
        if not line:
            break
        cmd, _, arg = line.decode().rstrip("\r\n").partition(" ")
        if cmd == "BLOB":
            data = await reader.readexactly(int(arg))
            out.append(f"blob[{len(data)}]={data!r}")
        else:
            out.append(f"{cmd.lower()}({arg})")
    return out


async def main() -> None:
    reader = asyncio.StreamReader()
    feeder = asyncio.create_task(producer(reader, [b"PING\r\nSET a", b" 1\r\nBLOB 5\r\nhel", b"lo", b"QUIT now\r\n"]))
    print(await parse_commands(reader))
    await feeder

    small = asyncio.StreamReader(limit=8)
    small.feed_data(b"0123456789abcdef\nrest;")
    small.feed_eof()
    try:
        await small.readline()
    except ValueError as e:
        print("ValueError:", e)
    print(await small.readuntil(b";"))
    print(small.at_eof(), await small.read())

    r = asyncio.StreamReader()
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e.partial, e.expected)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
