# Regression cases that bit other state-machine compilers (regenerator #192,
# #173, #200): break/continue/return through finally in loops, raise then
# continue in except, nested finally with awaits.
import asyncio


async def tick(log: list[str], tag: str) -> None:
    await asyncio.sleep(0)
    log.append(tag)


async def break_in_finally_loop(log: list[str]) -> int:
    n = 0
    while True:
        try:
            n += 1
            await tick(log, f"body{n}")
            if n == 3:
                break
        finally:
            await tick(log, f"fin{n}")
    return n


async def return_in_finally_loop(log: list[str]) -> str:
    for i in range(10):
        try:
            await tick(log, f"r{i}")
            if i == 2:
                return f"returned at {i}"
        finally:
            log.append(f"cleanup{i}")
    return "ran to completion (wrong)"


async def raise_then_continue(log: list[str]) -> int:
    handled = 0
    for i in range(5):
        try:
            await tick(log, f"t{i}")
            if i % 2 == 0:
                raise ValueError(i)
        except ValueError as e:
            handled += 1
            log.append(f"caught {e}")
            continue
        log.append(f"after {i}")
    return handled


async def nested_finally(log: list[str]) -> int:
    for i in range(3):
        try:
            try:
                await tick(log, f"inner{i}")
                if i == 1:
                    continue
                if i == 2:
                    return i * 100
            finally:
                await tick(log, f"inner-fin{i}")
        finally:
            await tick(log, f"outer-fin{i}")
    return -1


def sync_finally(x: int) -> str:
    out = ""
    for i in range(x):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out += str(i)
        finally:
            out += "f"
    return out


async def return_overrides_exception() -> str:
    try:
        await asyncio.sleep(0)
        raise KeyError("lost")
    finally:
        return "finally wins"


async def finally_raises_chains() -> None:
    try:
        try:
            raise ValueError("first")
        finally:
            await asyncio.sleep(0)
            raise RuntimeError("second")
    except RuntimeError as e:
        print("chained:", repr(e), "context:", repr(e.__context__))


async def main() -> None:
    log: list[str] = []
    print(await break_in_finally_loop(log), log)
    log.clear()
    print(await return_in_finally_loop(log), log)
    log.clear()
    print(await raise_then_continue(log), log)
    log.clear()
    print(await nested_finally(log), log)
    print(sync_finally(5), sync_finally(2))
    print(await return_overrides_exception())
    await finally_raises_chains()


asyncio.run(main())
