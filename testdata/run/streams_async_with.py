import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    t = asyncio.current_task()
    name = t.get_name() if t is not None else "?"
    while data := await reader.readline():
        writer.write(b"echo:" + data)
        await writer.drain()
    print("server: EOF from client, handler task", name)
    peer = writer.get_extra_info("peername")
    print("peer host:", peer[0])
    writer.close()
    await writer.wait_closed()


async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(0.05)
    writer.write(b"late\n" + b"y" * 40 + b"\nab")
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.write(b"cdef")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def one_line(r: asyncio.StreamReader) -> bytes:
    return await r.readline()


async def reads() -> None:
    # Awaits of reads and drains embed their operation in the frame: the
    # same errors as awaits through wait_for or a task.
    server = await asyncio.start_server(slow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port, limit=16)
    try:
        await asyncio.wait_for(one_line(r), 0.01)
    except asyncio.TimeoutError:
        print("readline timed out")
    t = asyncio.create_task(one_line(r))
    await asyncio.sleep(0)
    try:
        await r.readline()
    except RuntimeError as e:
        print("second reader:", e)
    print("first reader:", await t)
    try:
        await r.readline()
    except ValueError as e:
        print("limit:", e)
    print("exactly:", await r.readexactly(3))
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e.partial, e.expected)
    print("at EOF:", await r.read(), await r.read(5))
    try:
        await r.readuntil(b"z")
    except asyncio.IncompleteReadError as e:
        print("readuntil at EOF:", e.partial, e.expected)
    w.write(b"bye")
    w.close()
    try:
        await w.drain()
    except ConnectionResetError as e:
        print("drain after close:", e)
    await w.wait_closed()
    server.close()
    await server.wait_closed()


async def main() -> None:
    await reads()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        r, w = await asyncio.open_connection("127.0.0.1", port)
        for msg in [b"hello\n", b"world\n"]:
            w.write(msg)
            await w.drain()
            print("client got:", await r.readline())
        w.writelines([b"a-b", b"-c|rest"])
        await w.drain()
        w.write_eof()
        print("readuntil:", await r.readuntil(b"|"))
        print("read rest:", await r.read(100))
        print("client readline at EOF:", await r.readline(), r.at_eof())
        w.close()
        await w.wait_closed()
        try:
            await asyncio.wait_for(r.readexactly(5), 1)
        except asyncio.IncompleteReadError as e:
            print("readexactly at EOF -> IncompleteReadError, partial =", e.partial, "expected =", e.expected)
            print(repr(e))
    print("serving after async with:", server.is_serving(), len(server.sockets))


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
