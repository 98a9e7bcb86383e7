import asyncio


async def main() -> None:
    n = 10**11
    for f in range(5):
        try:
            if f == 0:
                xs = [0] * n
                print(len(xs))
            elif f == 1:
                s = "xy" * (n * 100)
                print(len(s))
            elif f == 2:
                b = bytes(n * 1000)
                print(len(b))
            elif f == 3:
                t = (1, 2) * n
                print(len(t))
            else:
                ys = [[1]] * (2**62)
                print(len(ys))
        except MemoryError:
            print("MemoryError", f)
    print([0] * 3, "ab" * 2, bytes(2), (1,) * 2)


asyncio.run(main())
