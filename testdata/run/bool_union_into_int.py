# A value of a union with a bool member stored where int is declared: CPython
# keeps the bool (f(True) returns True, printed True); the int result is
# typed int | bool (boolint.go), keeping it.
import asyncio


def first_count(v: int | bool | str) -> int:
    if isinstance(v, int):
        return v
    return len(v)


async def main() -> None:
    print(first_count(True), first_count(3), first_count("ab"))


asyncio.run(main())
