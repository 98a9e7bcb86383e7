# A name used in a function before its global declaration: a SyntaxError in
# CPython ("name 'count' is used prior to global declaration"), which mypy
# does not report.
import asyncio

count = 0


def bump() -> None:
    print("before", count)
    global count
    count += 1


async def main() -> None:
    bump()


asyncio.run(main())
