import asyncio


async def main() -> None:
    d = {"only": 1}
    (k, v), = d.items()
    print(k, v)
    a, b = {"x": 1, "y": 2}.values()
    print(a, b)
    [first] = d.keys()
    print(first)
    try:
        x, y = d.items()
    except ValueError as e:
        print("ValueError:", e)
    e2 = {"p": 3, "q": 4}
    p, *rest = e2.keys()
    print(p, rest)
asyncio.run(main())
