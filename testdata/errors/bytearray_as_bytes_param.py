import asyncio


def show(b: bytes) -> str:
    return repr(b)


async def main() -> None:
    buf = bytearray(b"abc")
    print(show(buf))


asyncio.run(main())
