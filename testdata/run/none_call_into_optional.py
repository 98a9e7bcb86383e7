# A call of a function typed to return None, used where an Optional is
# expected (returned from a function declared `-> T | None`, the left
# operand of `or`), still runs: only its value is None.
from typing import Callable, Optional

events: list[str] = []


def audit(msg: str) -> None:
    events.append(f"audit:{msg}")


def run_hook(hook: Callable[[str], None], arg: str) -> Optional[int]:
    return hook(arg)


def first_answer(handlers: list[Callable[[str], Optional[str]]], q: str) -> str:
    for h in handlers:
        answer = h(q)
        if answer is not None:
            return answer
    return "unknown"


def echo(q: str) -> Optional[str]:
    return q if q.endswith("?") else None


def main() -> None:
    print(run_hook(audit, "start"), events)
    label: Optional[str] = None
    for hook in [audit, audit]:
        label = hook("loop") or "fallback"
    print(label, len(events))
    print(first_answer([echo], "why?"), first_answer([echo], "no"))
    events.clear()
    status = run_hook(lambda s: audit(s.upper()), "done") or -1
    print(status, events)


main()
