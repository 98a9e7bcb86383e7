# aiogo: extensions
from functools import cache, lru_cache


@cache
def total(xs: list[int]) -> int:
    return sum(xs)


@lru_cache(maxsize=10, typed=True)
def f(x: int) -> int:
    return x


@cache
async def g(x: int) -> int:
    return x


@cache
def h(x: int) -> None:
    print(x)


class C:
    @cache
    def m(self, x: int) -> int:
        return x


@cache
def scale(x: float) -> float:
    return x * 2


def main() -> None:
    print(total([1]), f(1), h(1), C().m(2), scale(2), total.cache_info())


main()
