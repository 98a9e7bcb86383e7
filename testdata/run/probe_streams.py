import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    data = await reader.readline()
    msg = data.decode().strip()
    writer.write(f"echo:{msg.upper()}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port: int, text: str) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write((text + "\n").encode())
    await writer.drain()
    line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return line.decode().strip()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        replies = await asyncio.gather(client(port, "hi"), client(port, "there"))
        print(replies)


asyncio.run(main())
