# exit() and quit() (the site module's built-ins) raise SystemExit: finally
# blocks run, an except SystemExit sees the code, and the program exits
# with it; a function ending in exit() needs no return (NoReturn).
import asyncio


def parse_port(raw: str) -> int:
    if raw.isdigit() and 0 < int(raw) < 65536:
        return int(raw)
    print(f"invalid port {raw!r}")
    exit(2)


async def check(name: str, raw: str) -> int:
    await asyncio.sleep(0)
    try:
        return parse_port(raw)
    finally:
        print("checked", name)


async def main() -> None:
    ports = [await check("web", "8080"), await check("db", "5432")]
    print("ports", ports)
    try:
        quit("quitting with a message")
    except SystemExit as e:
        print("caught", repr(e.code))
    try:
        await check("cache", "99999")
    except SystemExit as e:
        print("exit code", e.code)
        raise
    finally:
        print("main cleanup")


asyncio.run(main())
