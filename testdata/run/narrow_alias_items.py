"""Narrowing items of containers typed with a recursive alias: after
isinstance(x[1], str) on an s-expression x: Expr narrowed to a list, x[1]
is a str (the generated Go asserted nothing and did not build)."""
import asyncio
from typing import Callable, Union

Expr = Union[int, str, list["Expr"]]
Value = Union[int, list["Value"], None]


def special_form(x: Expr, env: dict[str, Expr]) -> str:
    if isinstance(x, (int, str)):
        return "atom"
    if x and x[0] == "define" and isinstance(x[1], str):
        env[x[1]] = x[2]
        return f"defined {x[1].upper()}"
    if isinstance(x, list) and isinstance(x[1], list):
        params = [p for p in x[1] if isinstance(p, str)]
        return f"lambda of {len(params)}: {', '.join(params)}"
    return "call"


async def main() -> None:
    env: dict[str, Expr] = {}
    forms: list[Expr] = [["define", "pi", 3], ["lambda", ["a", 1, "b"], ["+", "a", "b"]], ["+", 1, 2], "x", 7]
    for form in forms:
        print(special_form(form, env))
    print(env)
    length: Callable[[list[Value]], int] = lambda args: len(args[0]) if isinstance(args[0], list) else -1
    print(length([[1, None, [2]]]), length([None]), length([5]))
    await asyncio.sleep(0)


asyncio.run(main())
