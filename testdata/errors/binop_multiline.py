# An operation spread over lines is reported at its right operand's line,
# where mypy reports it (the reject corpus names mypy's line).
import asyncio


async def main() -> None:
    total = (len("ab")
             + len("cd")
             + "e")
    print(total)


asyncio.run(main())
