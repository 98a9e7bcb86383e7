# A match statement whose cases all return, in a function returning str:
# the refusal of match (outside the contract without the extensions line)
# is the one message, with no "missing return" reported before it.
import asyncio


def apply(store: dict[str, str], line: str) -> str:
    cmd, _, rest = line.partition(" ")
    match cmd.upper():
        case "GET":
            return store.get(rest, "(nil)")
        case "DEL":
            return "1" if store.pop(rest, None) is not None else "0"
        case _:
            return f"ERR unknown command {cmd!r}"


async def main() -> None:
    print(apply({"a": "1"}, "GET a"))


asyncio.run(main())
