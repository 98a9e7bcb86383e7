# Tuple displays where a union expects one of its tuple members: an
# expression tree of ("op", left, right) nodes (a recursive alias) and
# events that are either a code or a (name, payload) pair.
import asyncio
from typing import Optional, Union

Expr = Union[int, str, tuple[str, "Expr", "Expr"]]
Event = Union[int, tuple[str, Union[int, str]]]


def evaluate(e: Expr, env: dict[str, int]) -> int:
    if isinstance(e, int):
        return e
    if isinstance(e, str):
        return env[e]
    op, left, right = e
    a, b = evaluate(left, env), evaluate(right, env)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    return a * b


def render(e: Expr) -> str:
    if isinstance(e, tuple):
        return f"({render(e[1])} {e[0]} {render(e[2])})"
    return str(e)


def simplify(e: Expr) -> Expr:
    if not isinstance(e, tuple):
        return e
    op, left, right = e[0], simplify(e[1]), simplify(e[2])
    if op == "*" and (left == 0 or right == 0):
        return 0
    if op == "+" and left == 0:
        return right
    return (op, left, right)


async def handle(events: list[Event]) -> None:
    for ev in events:
        await asyncio.sleep(0)
        if isinstance(ev, int):
            print("code", ev)
        else:
            name, payload = ev
            print("event", name, repr(payload))


async def main() -> None:
    tree: Expr = ("+", ("*", "x", 3), ("-", 10, ("*", 0, "y")))
    print(render(tree), "=", evaluate(tree, {"x": 4, "y": 9}))
    print(render(simplify(tree)))
    last: Optional[Expr] = ("*", 2, 2)
    print(render(last) if last is not None else "-")
    await handle([200, ("login", "ann"), ("retry", 3), 404])


asyncio.run(main())
