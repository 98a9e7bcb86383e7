# A parameter whose default does not fit its type: mypy --strict has no
# implicit Optional (x: int = None is an error; write x: int | None = None).
import asyncio


def connect(host: str, port: int = None, retries: int = "3") -> str:
    return host


async def main() -> None:
    print(connect("db"))

asyncio.run(main())
