import asyncio
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

BinOp = Callable[[int, int], int]
Pred = Callable[[str], bool]


@dataclass
class Rule:
    name: str
    test: Pred


def evaluate(tokens: list[str], ops: dict[str, BinOp]) -> int:
    acc = int(tokens[0])
    for i in range(1, len(tokens), 2):
        acc = ops[tokens[i]](acc, int(tokens[i + 1]))
    return acc


def classify(word: str, checks: Sequence[tuple[str, Pred]]) -> list[str]:
    return [label for label, pred in checks if pred(word)]


def make_rules(min_len: int) -> list[Rule]:
    preds = [lambda w: len(w) >= min_len, lambda w: w == w[::-1]]
    names = ["long", "palindrome"]
    out: list[Rule] = []
    table: list[Pred] = preds
    for n, p in zip(names, table):
        out.append(Rule(n, p))
    return out


def scaled_ops(factor: int) -> dict[str, BinOp]:
    ops = {
        "+": lambda a, b: a + b * factor,
        "-": lambda a, b: a - b * factor,
        "*": lambda a, b: a * b,
    }
    return ops


class Dispatcher:
    def __init__(self, handlers: dict[str, Callable[[str], Optional[str]]]) -> None:
        self.handlers = handlers

    async def handle(self, kind: str, payload: str) -> Optional[str]:
        await asyncio.sleep(0)
        h = self.handlers.get(kind)
        return h(payload) if h else None


async def main() -> None:
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
    print(evaluate("3 + 4 * 2 - 5".split(), ops))
    print(evaluate("3 + 4 * 2".split(), scaled_ops(10)))
    checks = [("short", lambda w: len(w) < 4), ("vowel", lambda w: w[0] in "aeiou")]
    for word in ["ada", "level", "otter"]:
        print(word, classify(word, checks), [r.name for r in make_rules(5) if r.test(word)])
    handlers = {
        "echo": lambda s: s,
        "upper": lambda s: s.upper(),
        "drop": lambda s: None,
    }
    d = Dispatcher(handlers)
    for kind in ["echo", "upper", "drop", "nope"]:
        print(kind, await d.handle(kind, "msg"))


asyncio.run(main())
