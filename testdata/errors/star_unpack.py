# Starred assignment targets that CPython or mypy reject.
import asyncio


def too_short(t: tuple[int, int]) -> None:
    p, q, r, *s = t


def not_iterable(n: int) -> None:
    u, *v = n


asyncio.run(asyncio.sleep(0))
