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


async def main() -> None:
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
