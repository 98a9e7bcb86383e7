"""Settings whose values may be constants or callables: callable(v) of a
union tests which member it holds and narrows it; lambdas and built-ins
stored where such a union is expected take its one Callable member."""
import asyncio
from typing import Callable, Optional, Union

Rule = Union[int, str, Callable[[int], int], None]


def apply(rule: Rule, x: int) -> str:
    if callable(rule):
        return f"computed {rule(x)}"
    if rule is None:
        return "unset"
    return f"fixed {rule!r}"


async def main() -> None:
    rules: dict[str, Rule] = {
        "double": lambda v: v * 2,
        "magnitude": abs,
        "limit": 100,
        "label": "n/a",
        "todo": None,
    }
    for name, rule in rules.items():
        print(f"{name:<10} {apply(rule, -21):<14} {callable(rule)}")
    rules["double"] = lambda v: v + v + 1
    print(apply(rules["double"], 4), [k for k, r in rules.items() if not callable(r)])
    hook: Optional[Callable[[int], int]] = None
    print(callable(hook))
    hook = rules["limit"] if callable(rules["limit"]) else (lambda v: -v)
    print(hook(3))
    await asyncio.sleep(0)


asyncio.run(main())
