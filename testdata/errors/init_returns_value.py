# As mypy says, the return type of "__init__" must be None (CPython raises
# TypeError: __init__() should return None).
import asyncio


class Conn:
    def __init__(self, host: str) -> bool:
        self.host = host
        return True


async def main() -> None:
    print(Conn("db").host)

asyncio.run(main())
