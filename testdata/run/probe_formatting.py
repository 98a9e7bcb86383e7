import asyncio


async def main() -> None:
    xs = [1, 2, 3]
    d = {"a": 1}
    v = -0.0
    big = 12345678901
    print(f"{xs!r} {d} {v} {big:,} {big:_d} {-big:>+15,}")
    print(f"{3.14159:.0f} {2.5:.0f} {0.000123:.2e} {1234.5:g} {1e20:.3g} {255:#o}")
    w = 12
    print(f"{'ab':^{w}}|{'x' * 3:>5}|{xs[0] + xs[-1]:03d}|{d['a']:.1%}")
    name, score = "zed", 97.125
    print(f"{name=} {score=:.2f} {len(xs)=}")
    print("{:<5}|{:^5}|{:>5}".format("l", "c", "r"), "{0}-{1}-{0}".format("a", "b"))
    print("%-6s|%6.2f|%03d|%x" % ("ab", 3.14159, 7, 255))
    print(str(123.0), repr(0.1 + 0.2), f"{1/3:.15f}", f"{2**53:e}")


asyncio.run(main())
