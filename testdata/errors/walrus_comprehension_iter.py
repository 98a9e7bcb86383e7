# An assignment expression in a comprehension's iterable: a SyntaxError in
# CPython.
import asyncio


async def main() -> None:
    print([w.upper() for w in (words := ["a", "b"])], words)


asyncio.run(main())
