# A key-value server over streams parses its commands with a match statement
# (sequence patterns with literals, *rest and guards).
# aiogo: extensions
import asyncio
from dataclasses import dataclass, field


@dataclass
class KV:
    data: dict[str, str] = field(default_factory=dict)
    expires: dict[str, float] = field(default_factory=dict)

    def execute(self, words: list[str], now: float) -> str:
        for k in [k for k, t in self.expires.items() if t <= now]:
            self.data.pop(k, None)
            del self.expires[k]
        match words:
            case ["PING"]:
                return "PONG"
            case ["PING", msg]:
                return msg
            case ["GET", key]:
                return self.data.get(key, "(nil)")
            case ["SET", key, value]:
                self.data[key] = value
                self.expires.pop(key, None)
                return "OK"
            case ["SET", key, value, "EX", secs] if secs.isdigit():
                self.data[key] = value
                self.expires[key] = now + int(secs) / 100
                return "OK"
            case ["DEL", *keys] if keys:
                return str(sum(1 for k in keys if self.data.pop(k, None) is not None))
            case ["KEYS"]:
                return " ".join(sorted(self.data)) or "(empty)"
            case [cmd, *_] if cmd.upper() != cmd:
                return f"ERR commands are upper case: {cmd.upper()}"
            case [cmd, *args]:
                return f"ERR unknown '{cmd}' with {len(args)} args"
            case []:
                return "ERR empty"
        return "ERR unreachable"


async def handle(kv: KV, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    loop = asyncio.get_running_loop()
    while line := await reader.readline():
        reply = kv.execute(line.decode().split(), loop.time())
        writer.write(reply.encode() + b"\n")
        await writer.drain()
    writer.close()


async def main() -> None:
    kv = KV()
    server = await asyncio.start_server(lambda r, w: handle(kv, r, w), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    script = ["PING", "PING hello", "SET a 1", "SET t 9 EX 3", "GET a", "GET t", "KEYS", "get a",
              "FLUSH now", "", "DEL a b", "DEL"]
    for cmd in script:
        writer.write(cmd.encode() + b"\n")
        await writer.drain()
        print(f"{cmd!r:<16} {(await reader.readline()).decode().strip()}")
    await asyncio.sleep(0.05)
    writer.write(b"GET t\nKEYS\n")
    await writer.drain()
    print("after expiry:", (await reader.readline()).decode().strip(), "|", (await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
