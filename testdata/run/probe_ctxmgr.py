import asyncio


class Resource:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    async def __aenter__(self) -> "Resource":
        self.log.append(f"open {self.name}")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type: object, exc: object, tb: object) -> bool:
        self.log.append(f"close {self.name} ({exc_type is not None})")
        return False

    def __enter__(self) -> "Resource":
        self.log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.log.append(f"exit {self.name}")


async def use(name: str, fail: bool, log: list[str]) -> None:
    async with Resource(name, log) as r:
        log.append(f"using {r.name}")
        if fail:
            raise ValueError(name)


async def main() -> None:
    log: list[str] = []
    await use("a", False, log)
    try:
        await use("b", True, log)
    except ValueError as e:
        log.append(f"caught {e}")
    with Resource("c", log), Resource("d", log) as d:
        log.append(f"inside {d.name}")
    for line in log:
        print(line)


asyncio.run(main())
