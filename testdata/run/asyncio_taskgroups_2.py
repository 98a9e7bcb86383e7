# Ported from CPython 3.11 Lib/test/test_asyncio/test_taskgroups.py:
# test_taskgroup_07, 09, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24,
# 25, test_taskgroup_context_manager_exit_raises (with except*),
# test_taskgroup_already_entered, test_taskgroup_double_enter. The sets of
# error types print as sorted names; sleeps scaled down.
import asyncio
import contextlib
from collections.abc import AsyncIterator


class MyExc(Exception):
    pass


def types(eg: BaseExceptionGroup[BaseException]) -> list[str]:
    return sorted(type(e).__name__ for e in eg.exceptions)


async def tg07() -> None:
    num = 0

    async def foo() -> None:
        nonlocal num
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            num += 1
            raise

    async def runner() -> None:
        nonlocal num
        async with asyncio.TaskGroup() as g:
            for _ in range(5):
                g.create_task(foo())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                num += 10
                raise

    r = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    print("07: done before cancel:", r.done())
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("07: cancelled, num =", num)


async def tg09_10() -> None:
    for pause in [True, False]:
        tasks: list[asyncio.Task[int]] = []

        async def foo1() -> int:
            await asyncio.sleep(1)
            return 42

        async def foo2() -> int:
            await asyncio.sleep(2)
            return 11

        async def runner() -> None:
            async with asyncio.TaskGroup() as g:
                tasks.append(g.create_task(foo1()))
                tasks.append(g.create_task(foo2()))
                if pause:
                    await asyncio.sleep(0.01)
                print("  1 / 0 =", 1 / 0)

        try:
            await runner()
        except ExceptionGroup as t:
            print("09/10:", pause, types(t), str(t), [x.cancelled() for x in tasks])


async def tg11_12() -> None:
    async def foo() -> None:
        try:
            await asyncio.sleep(10)
        finally:
            print("  foo finally:", 1 // 0)

    async def runner11() -> None:
        async with asyncio.TaskGroup():
            async with asyncio.TaskGroup() as g2:
                for _ in range(5):
                    g2.create_task(foo())
                await asyncio.sleep(10)

    async def runner12() -> None:
        async with asyncio.TaskGroup() as g1:
            g1.create_task(asyncio.sleep(10))
            async with asyncio.TaskGroup() as g2:
                for _ in range(5):
                    g2.create_task(foo())
                await asyncio.sleep(10)

    for name, runner in [("11", runner11), ("12", runner12)]:
        r = asyncio.create_task(runner())
        await asyncio.sleep(0.01)
        print(name + ": done before cancel:", r.done())
        r.cancel()
        try:
            await r
        except ExceptionGroup as e:
            inner = e.exceptions[0]
            assert isinstance(inner, ExceptionGroup)
            print(name + ":", types(e), types(inner), len(inner.exceptions), str(e))


async def tg13_14() -> None:
    async def crash_after(t: float) -> None:
        await asyncio.sleep(t)
        raise ValueError(t)

    async def runner13() -> None:
        async with asyncio.TaskGroup() as g1:
            g1.create_task(crash_after(0.01))
            async with asyncio.TaskGroup() as g2:
                g2.create_task(crash_after(10))

    async def runner14() -> None:
        async with asyncio.TaskGroup() as g1:
            g1.create_task(crash_after(10))
            async with asyncio.TaskGroup() as g2:
                g2.create_task(crash_after(0.01))

    for name, runner in [("13", runner13), ("14", runner14)]:
        r = asyncio.create_task(runner())
        try:
            await r
        except ExceptionGroup as e:
            print(name + ":", types(e), repr(e.exceptions[0]))


async def tg15_16() -> None:
    async def crash_soon() -> None:
        await asyncio.sleep(0.03)
        print("  crash:", 1 / 0)

    async def nested_runner() -> None:
        async with asyncio.TaskGroup() as g1:
            g1.create_task(crash_soon())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("  body cancelled, sleeping on")
                await asyncio.sleep(0.05)
                raise

    async def runner16() -> None:
        t = asyncio.create_task(nested_runner())
        await t

    for name, runner in [("15", nested_runner), ("16", runner16)]:
        r = asyncio.create_task(runner())
        await asyncio.sleep(0.01)
        print(name + ": done before cancel:", r.done())
        r.cancel()
        try:
            await r
        except ExceptionGroup as e:
            print(name + ":", types(e), r.cancelled())


async def tg17_18() -> None:
    num = 0

    async def runner17() -> None:
        nonlocal num
        async with asyncio.TaskGroup():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                num += 10
                raise

    async def runner18() -> None:
        nonlocal num
        async with asyncio.TaskGroup():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                num += 10
                raise MyExc

    r = asyncio.create_task(runner17())
    await asyncio.sleep(0.01)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("17: cancelled, num =", num)
    r = asyncio.create_task(runner18())
    await asyncio.sleep(0.01)
    r.cancel()
    try:
        await r
    except ExceptionGroup as t:
        print("18:", types(t), "num =", num, r.cancelled())


async def tg19_20() -> None:
    async def crash_soon() -> None:
        await asyncio.sleep(0.01)
        print("  crash:", 1 / 0)

    async def nested() -> None:
        try:
            await asyncio.sleep(10)
        finally:
            raise MyExc

    async def runner() -> None:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash_soon())
            await nested()

    try:
        await asyncio.create_task(runner())
    except ExceptionGroup as t:
        print("19:", types(t))

    async def nested_ki() -> None:
        try:
            await asyncio.sleep(10)
        finally:
            raise KeyboardInterrupt

    async def runner_ki() -> None:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash_soon())
            await nested_ki()

    try:
        await runner_ki()
    except KeyboardInterrupt as e:
        print("20: KeyboardInterrupt", repr(e))


async def tg22_24_25() -> None:
    async def foo1() -> int:
        await asyncio.sleep(1)
        return 42

    async def foo2() -> int:
        await asyncio.sleep(2)
        return 11

    async def runner() -> None:
        async with asyncio.TaskGroup() as g:
            g.create_task(foo1())
            g.create_task(foo2())

    r = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("22: cancelled")

    order: list[str] = []

    async def coro1(delay: float) -> None:
        await asyncio.sleep(delay)
        order.append(f"coro1({delay})")

    async def root(g: asyncio.TaskGroup) -> None:
        await asyncio.sleep(0.01)
        g.create_task(coro1(0.01))
        g.create_task(coro1(0.02))
        order.append("root")

    async with asyncio.TaskGroup() as g:
        g.create_task(root(g))
    print("24:", order)

    nhydras = 0

    async def hydra(g: asyncio.TaskGroup) -> None:
        nonlocal nhydras
        nhydras += 1
        await asyncio.sleep(0.01)
        g.create_task(hydra(g))
        g.create_task(hydra(g))

    async def hercules() -> None:
        while nhydras < 10:
            await asyncio.sleep(0.015)
        print("  hercules:", 1 / 0)

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(hydra(g))
            g.create_task(hercules())
    except ExceptionGroup as e:
        print("25:", types(e), nhydras >= 10)


class CustomException(Exception):
    pass


@contextlib.asynccontextmanager
async def database() -> AsyncIterator[None]:
    try:
        yield
    finally:
        raise CustomException


async def exit_raises() -> None:
    async def raise_exc() -> None:
        raise CustomException

    async def main() -> None:
        task = asyncio.current_task()
        assert task is not None
        try:
            async with asyncio.TaskGroup() as tg:
                async with database():
                    tg.create_task(raise_exc())
                    await asyncio.sleep(1)
        except* CustomException as err:
            print("exit_raises:", task.cancelling(), len(err.exceptions), str(err))

    await asyncio.create_task(main())


async def entered() -> None:
    tg = asyncio.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("already entered:", e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("double enter:", e)


async def main() -> None:
    await tg07()
    await tg09_10()
    await tg11_12()
    await tg13_14()
    await tg15_16()
    await tg17_18()
    await tg19_20()
    await tg22_24_25()
    await exit_raises()
    await entered()


asyncio.run(main())
