# mypy --strict accepts this program. Imports inside a function move to module
# level only where nothing can read the name before the import ran and no other
# binding of the name exists; these three keep the refusal.
import asyncio

time = 5


def early() -> float:
    def later() -> float:
        return random.random()
    import random
    random.seed(1)
    return later()


def branch(flag: bool) -> float:
    if flag:
        import random
        return random.random()
    return 0.0


def shadow() -> float:
    import time
    return time.monotonic()


print(early(), branch(True), shadow(), time)
