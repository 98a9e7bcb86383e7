# min, max, sorted and list.sort call key= once per element, in order, as
# CPython does (the keys are computed before any comparison): a key that
# counts its calls or memoizes sees n calls, not one or two per comparison.
import asyncio
from collections.abc import Callable


def counted(fn: Callable[[str], int], log: list[str]) -> Callable[[str], int]:
    def wrapper(s: str) -> int:
        log.append(s)
        return fn(s)
    return wrapper


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


async def main() -> None:
    log: list[str] = []
    score = counted(lambda w: sum(ord(c) for c in w) % 17, log)
    words = "pear fig apple kiwi banana plum cherry date".split()
    await asyncio.sleep(0)
    print(max(words, key=score), len(log), log[:3])
    log.clear()
    print(min(words, key=score), len(log))
    log.clear()
    print(sorted(words, key=score), len(log), log == words)
    log.clear()
    words.sort(key=score, reverse=True)
    print(words, len(log))
    log.clear()
    nothing: list[str] = []
    print(max(["x"], key=score), min(nothing or ["none"], key=score), len(log))
    calls = 0

    def steps(n: int) -> int:
        nonlocal calls
        calls += 1
        return collatz_steps(n)

    best = max(range(1, 40), key=steps)
    print(best, collatz_steps(best), calls)
    calls = 0
    print(sorted(range(1, 12), key=steps)[:5], calls)


asyncio.run(main())
