import asyncio


async def main() -> None:
    ns: dict[tuple[int | None, tuple[str, ...]], int] = {(None, ("a",)): 1}
    print((None, ("a",)) in ns, (1, ()) in ns, (None, tuple("a")) in ns)
    ns[(2, ())] = 5
    print(ns)


asyncio.run(main())
