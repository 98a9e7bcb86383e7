import asyncio
from typing import Optional, Union


def best_pair(scores: dict[str, int]) -> Union[tuple[int, str], tuple[int, None]]:
    return max(((v, k) for k, v in scores.items()), default=(0, None))


def event(flag: int) -> Union[tuple[str, int], tuple[str, str], tuple[str, None]]:
    if flag == 0:
        return ("count", 3)
    if flag == 1:
        return ("name", "x")
    return ("none", None)


async def main() -> None:
    p = best_pair({"a": 3, "b": 7})
    q = best_pair({})
    print(p[0], p[1], p[-1], q[0], q[1], q)
    name: Optional[str] = p[1]
    print(name, q[1] is None, p[1] is not None)
    score, who = q
    print(score, who)
    for f in range(3):
        e = event(f)
        kind, val = e
        print(e[0], e[1], kind, val)
asyncio.run(main())
