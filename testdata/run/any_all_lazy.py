# any() and all() over generators stop at the deciding element, as CPython
# does: later elements are never computed (their effects do not happen).
import asyncio

checked: list[str] = []


def healthy(name: str, status: dict[str, bool]) -> bool:
    checked.append(name)
    return status.get(name, False)


async def main() -> None:
    status = {"db": True, "cache": False, "queue": True, "search": True}
    services = list(status)
    print(all(healthy(s, status) for s in services), checked)
    checked.clear()
    print(any(not healthy(s, status) for s in services), checked)
    checked.clear()
    print(any(healthy(s, status) for s in reversed(services)), checked)
    xs = [3, 9, 4, 12, 1]
    if any((big := x) > 8 for x in xs):
        print("first big:", big)
    if not all((small := x) < 9 for x in xs):
        print("first not small:", small)
    def gen() -> "list[int]":
        return [1, 2]
    it = iter(range(10))
    print(any(v > 2 for v in it), next(it), all(v < 100 for v in it), next(it, -1))
    await asyncio.sleep(0)
    print(all(x for x in [0, 1]), any([0, "", None, 2]), gen())


asyncio.run(main())
