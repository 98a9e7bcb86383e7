# start_server/open_connection keywords (backlog, reuse_address, start_serving, limit) and async for over a StreamReader.
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    n = 0
    async for line in reader:
        n += 1
        writer.write(str(n).encode() + b":" + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=10, reuse_address=True, start_serving=True)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1024)
    writer.write(b"one\ntwo\nthree")
    writer.write_eof()
    async for line in reader:
        print(line)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
