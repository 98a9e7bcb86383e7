from typing import Literal, Union

Event = Union[
    tuple[Literal["move"], int, int],
    tuple[Literal["say"], str],
    tuple[Literal["quit"]],
]


def handle(ev: Event, pos: list[int]) -> bool:
    if ev[0] == "move":
        _, dx, dy = ev
        pos[0] += dx
        pos[1] += dy
        print(f"moved to {pos}")
        return True
    elif ev[0] == "say":
        kind, text = ev
        print(f"{kind}: {text!r}")
        return True
    else:
        print("bye", len(ev))
        return False


def main() -> None:
    pos = [0, 0]
    events: list[Event] = [("move", 1, 2), ("say", "hi"), ("move", -3, 0), ("quit",), ("say", "late")]
    for ev in events:
        if not handle(ev, pos):
            break
    print(events[0], events[3])


main()
