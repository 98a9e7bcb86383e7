# match is not among LANGUAGE.md's statements: outside the contract, it
# compiles only in a file that opts in to aiogo's extensions.
import asyncio


async def main() -> None:
    for cmd in ["start", "stop"]:
        match cmd:
            case "start":
                print("starting")
            case _:
                print("other")

asyncio.run(main())
