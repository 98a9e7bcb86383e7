"""f-string format specs, slices and keyword arguments around awaits."""
import asyncio

log: list[str] = []


def note(s: str) -> int:
    log.append(s)
    return len(log)


async def val(n: int) -> int:
    log.append("await" + str(n))
    await asyncio.sleep(0)
    return n


def three(a: int, b: int, c: int) -> int:
    return a * 100 + b * 10 + c


def seven() -> int:
    return 7


async def spec() -> None:
    w = 6
    print(f"{seven():>{w}}|{await val(2)}|")


async def main() -> None:
    await spec()
    w = 5
    print(f"{note('a'):>{w}}|{await val(1)}|")
    print(f"{seven():>{w}}|{await val(1)}|")
    print(f"{await val(1)}|{seven():>{w}}|")
    print(three(note("r"), c=await val(3), b=note("s")))
    xs = [1, 2, 3, 4, 5, 6]
    print(xs[note("x"):note("y"):await val(1)])
    print(log)


asyncio.run(main())
