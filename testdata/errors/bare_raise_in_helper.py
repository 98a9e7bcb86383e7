# A bare raise in a helper called from an except clause: CPython re-raises
# the exception the caller is handling; aiogo knows only the except clauses
# of the raise's own function, so it refuses rather than raise
# RuntimeError("No active exception to reraise"). (mypy --strict accepts it.)
import asyncio


def log_and_reraise(tag: str) -> None:
    print("failed:", tag)
    raise


async def main() -> None:
    try:
        try:
            int("x")
        except ValueError:
            log_and_reraise("parse")
        try:
            int("y")
        except ValueError:
            print("inline")
            raise
    except ValueError as e:
        print("outer", e)


asyncio.run(main())
