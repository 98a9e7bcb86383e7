# enumerate's start must be an int (mypy refuses a str; CPython raises
# TypeError).
import asyncio


async def main() -> None:
    for i, name in enumerate(["ann", "bob"], start="1"):
        print(i, name)


asyncio.run(main())
