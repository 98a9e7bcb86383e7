import asyncio


class CM:
    def __init__(self, tag: str) -> None:
        self.tag = tag

    async def __aenter__(self) -> str:
        await asyncio.sleep(0)
        print("enter", self.tag)
        return self.tag.upper()

    async def __aexit__(self, et: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        await asyncio.sleep(0)
        print("exit", self.tag, et is None, repr(exc))


async def ret_through_with() -> str:
    async with CM("a") as v, CM("b") as w:
        for i in range(3):
            if i == 1:
                continue
            if i == 2:
                return v + w
    return "no"


def sync_nested(n: int) -> list[str]:
    out: list[str] = []
    for i in range(n):
        try:
            try:
                if i == 0:
                    raise KeyError(i)
                if i == 2:
                    break
            except KeyError:
                out.append("ke")
                continue
            finally:
                out.append(f"f1-{i}")
        finally:
            out.append(f"f2-{i}")
        out.append(f"end{i}")
    return out


async def cancelled_in_finally(log: list[str]) -> None:
    try:
        await asyncio.sleep(1)
    finally:
        log.append("finally start")
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            log.append(f"second cancel ctx={e.__context__!r}")
            raise


async def main() -> None:
    print(await ret_through_with())
    print(sync_nested(4))
    log: list[str] = []
    t = asyncio.create_task(cancelled_in_finally(log))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel("again")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer", e.args, t.cancelled(), log)
    async def sub() -> int:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            finally:
                print("expired inside?", cm.expired())
        return 1
    try:
        await sub()
    except TimeoutError as e:
        print("timeout", repr(e), repr(e.__cause__), repr(e.__context__))


asyncio.run(main())
