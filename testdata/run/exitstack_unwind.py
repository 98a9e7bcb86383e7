"""Transactional file batch with contextlib.ExitStack: open handles are
registered as they are acquired; pop_all() keeps them when the batch
succeeds; callbacks see the values their arguments had when registered;
exceptions raised while unwinding chain the way CPython chains them."""
import asyncio
import contextlib
from typing import Iterator, Optional


class Handle:
    def __init__(self, path: str, journal: list[str]) -> None:
        self.path = path
        self.journal = journal
        self.closed = False

    def close(self) -> None:
        self.closed = True
        self.journal.append(f"close {self.path}")

    def __enter__(self) -> "Handle":
        self.journal.append(f"open {self.path}")
        return self

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: object) -> bool:
        self.close()
        return isinstance(exc, FileNotFoundError)


class Flaky(Exception):
    pass


def fail(what: str) -> None:
    raise Flaky(what)


def translate(what: str) -> None:
    try:
        raise KeyError(what)
    except KeyError:
        raise RuntimeError(f"while releasing {what}")


@contextlib.contextmanager
def section(name: str, journal: list[str]) -> Iterator[str]:
    journal.append(f"enter {name}")
    try:
        yield name.upper()
    finally:
        journal.append(f"leave {name}")


def chain(e: BaseException) -> str:
    parts: list[str] = []
    cur: Optional[BaseException] = e
    while cur is not None:
        parts.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    return " <- ".join(parts)


def open_batch(paths: list[str], journal: list[str]) -> list[Handle]:
    with contextlib.ExitStack() as stack:
        handles = [stack.enter_context(Handle(p, journal)) for p in paths]
        for h in handles:
            if h.path.endswith(".lock"):
                raise FileExistsError(h.path)
        kept = stack.pop_all()
    journal.append(f"kept {len(handles)} handles")
    kept.callback(journal.append, "batch released")
    for h in handles:
        kept.callback(h.close)
    kept.close()
    return handles


def scenario(title: str, steps: list[str]) -> None:
    journal: list[str] = []
    try:
        with contextlib.ExitStack() as stack:
            for i, step in enumerate(steps):
                if step == "fail":
                    stack.callback(fail, f"step{i}")
                elif step == "translate":
                    stack.callback(translate, f"step{i}")
                elif step == "missing":
                    stack.enter_context(Handle(f"f{i}", journal))
                elif step == "suppress":
                    stack.enter_context(contextlib.suppress(Flaky))
                else:
                    label = stack.enter_context(section(step, journal))
                    stack.callback(journal.append, f"done {label}")
            if "boom" in steps:
                raise FileNotFoundError("body")
            journal.append("body ok")
        print(f"{title}: completed")
    except Exception as e:
        print(f"{title}: {chain(e)}")
    for line in journal:
        print("   ", line)


def main() -> None:
    journal: list[str] = []
    handles = open_batch(["a.txt", "b.txt"], journal)
    print("batch:", journal, [h.closed for h in handles])
    journal.clear()
    try:
        open_batch(["c.txt", "d.lock", "e.txt"], journal)
    except FileExistsError as e:
        print("batch refused:", e, journal)
    scenario("plain", ["load", "parse"])
    scenario("two failures", ["fail", "load", "fail"])
    scenario("failure in body", ["fail", "missing", "boom"])
    scenario("translated", ["fail", "translate", "boom"])
    scenario("suppressed then raised", ["fail", "suppress", "fail"])
    scenario("suppressed", ["load", "suppress", "fail"])
    with contextlib.nullcontext("placeholder") as value:
        print("nullcontext gives", value)
    with contextlib.nullcontext() as nothing:
        print("and without a value", nothing)


async def amain() -> None:
    main()
    async with contextlib.nullcontext(42) as n:
        print("async nullcontext", n)


asyncio.run(amain())
