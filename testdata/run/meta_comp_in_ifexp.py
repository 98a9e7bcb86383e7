# Found by the metamorphic checks (aiogo-difftest -meta, wrap mode): a
# comprehension containing an await as an arm of a conditional expression
# (or an operand of and/or) gave the conditional an empty list (caught by
# the IR verifier as an internal compiler error).
import asyncio


async def tag(s: str) -> str:
    await asyncio.sleep(0)
    return s


async def main() -> None:
    frontier = ["a"]
    depth = 0
    while frontier and depth < 3:
        frontier = [f + await tag("x") for f in frontier] + (
            [f + await tag("y") for f in frontier] if depth == 0 else []
        )
        depth += 1
    print(frontier, depth)
    words = ["p", "q"]
    picked = [await tag(w) for w in words] if words else ["none"]
    other = ["none"] if not words else [await tag(w * 2) for w in words]
    print(picked, other)
    empty: list[str] = []
    either = empty or [await tag(w + "!") for w in words]
    both = words and {w: await tag(w.upper()) for w in words}
    print(either, both)


asyncio.run(main())
