# Ported from CPython 3.11 Lib/test/test_asyncgen.py (the asyncio parts):
# test_async_gen_asyncio_01, 02, 03, anext_04 (run1), anext_06,
# aclose_06, aclose_07, aclose_08, aclose_10, aclose_11, aclose_12,
# asend_01, asend_02, asend_03, athrow_01, athrow_02, athrow_03,
# athrow_tuple, test_async_gen_aclose_after_exhaustion,
# test_async_gen_aclose_twice_with_different_coros. Each step prints.
import asyncio
from collections.abc import AsyncGenerator, AsyncIterator


class FooEr(Exception):
    pass


async def to_list(gen: AsyncIterator[int]) -> list[int]:
    res: list[int] = []
    async for i in gen:
        res.append(i)
    return res


async def gen01() -> AsyncIterator[int]:
    yield 1
    await asyncio.sleep(0.01)
    yield 2
    await asyncio.sleep(0.01)
    return


async def gen02() -> AsyncIterator[int]:
    yield 1
    await asyncio.sleep(0.01)
    yield 2
    yield 1 // 0


class Gen:
    async def __aiter__(self) -> AsyncIterator[int]:
        yield 1
        await asyncio.sleep(0.01)
        yield 2


async def foo04() -> AsyncIterator[int]:
    yield 1
    await asyncio.sleep(0.01)
    try:
        yield 2
        yield 3
    except ZeroDivisionError:
        yield 1000
    await asyncio.sleep(0.01)
    yield 4


async def iteration() -> None:
    print("01:", await to_list(gen01()))
    try:
        await to_list(gen02())
    except ZeroDivisionError as e:
        print("02:", repr(e))
    print("03:", await to_list(Gen().__aiter__()))
    it = foo04()
    print("04:", await anext(it), await anext(it), await anext(it), await anext(it))
    for _ in range(2):
        try:
            await anext(it)
        except StopAsyncIteration as e:
            print("04: StopAsyncIteration", repr(e))
    print("04 default:", await anext(it, -1))


async def gen06() -> AsyncGenerator[None, None]:
    try:
        yield
    except BaseException as e:
        print("  06 swallowed", type(e).__name__)
    print("  06 after except")


async def asend_06() -> None:
    g = gen06()
    await g.asend(None)
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("anext_06: StopAsyncIteration")


async def foo_a06() -> AsyncGenerator[int, None]:
    try:
        yield 1
        print(1 / 0)
    finally:
        await asyncio.sleep(0.01)
        yield 12


async def foo_a07() -> AsyncGenerator[int, None]:
    try:
        yield 1
        print(1 / 0)
    finally:
        await asyncio.sleep(0.01)
        await asyncio.sleep(0.01)
        print("  07 finally done")
    print("  07 not reached")


async def aclose_tests() -> None:
    gen = foo_a06()
    await anext(gen)
    try:
        await gen.aclose()
    except RuntimeError as e:
        print("aclose_06:", e)

    gen = foo_a07()
    await anext(gen)
    await gen.aclose()
    print("aclose_07 closed")

    fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    async def foo08() -> AsyncGenerator[int, None]:
        try:
            yield 1
            await fut
            print("  08 not reached")
            yield 2
        finally:
            await asyncio.sleep(0.01)
            await asyncio.sleep(0.01)
            print("  08 finally done")

    gen = foo08()
    print("aclose_08:", await anext(gen))
    await gen.aclose()
    fut.cancel()

    g10 = gen06()
    await g10.asend(None)
    await g10.aclose()
    print("aclose_10 closed")

    async def gen11() -> AsyncGenerator[None, None]:
        try:
            yield
        except BaseException:
            pass
        yield
        print("  11 not reached")

    g11 = gen11()
    await g11.asend(None)
    try:
        await g11.aclose()
    except RuntimeError as e:
        print("aclose_11:", e)

    async def target() -> None:
        await asyncio.sleep(0.01)
        print(1 / 0)

    async def foo12() -> AsyncGenerator[int, None]:
        task = asyncio.create_task(target())
        try:
            yield 1
        finally:
            try:
                await task
            except ZeroDivisionError:
                print("  12 finally awaited the failing task")

    gen = foo12()
    await anext(gen)
    await gen.aclose()
    print("aclose_12 closed")

    async def exhausted() -> AsyncGenerator[int, None]:
        yield 1
        yield 2

    g = exhausted()
    print("exhaustion:", [x async for x in g])
    await g.aclose()
    await g.aclose()
    print("aclose after exhaustion: no error")
    try:
        await anext(g)
    except StopAsyncIteration:
        print("anext after aclose: StopAsyncIteration")


async def asend_tests() -> None:
    async def gen() -> AsyncGenerator[int, int]:
        try:
            await asyncio.sleep(0.01)
            v = yield 1
            await asyncio.sleep(0.01)
            yield v * 2
            await asyncio.sleep(0.01)
            return
        finally:
            await asyncio.sleep(0.01)
            await asyncio.sleep(0.01)
            print("  asend_01 finally")

    g = gen()
    print("asend_01:", await anext(g), await g.asend(100))
    try:
        await g.asend(0)
    except StopAsyncIteration:
        print("asend_01: StopAsyncIteration")

    async def sleep_n_crash(delay: float) -> None:
        await asyncio.sleep(delay)
        print(1 / 0)

    async def gen2() -> AsyncGenerator[int, int]:
        try:
            await asyncio.sleep(0.01)
            v = yield 1
            await sleep_n_crash(0.01)
            print("  not reached")
            yield v * 2
        finally:
            await asyncio.sleep(0.01)
            await asyncio.sleep(0.01)
            print("  asend_02 finally")

    g = gen2()
    print("asend_02:", await anext(g))
    try:
        await g.asend(100)
    except ZeroDivisionError as e:
        print("asend_02:", repr(e))

    loop = asyncio.get_running_loop()

    async def sleep_n_cancel(delay: float) -> None:
        fut = asyncio.ensure_future(asyncio.sleep(delay))
        loop.call_later(delay / 2, lambda: fut.cancel())
        return await fut

    async def gen3() -> AsyncGenerator[int, int]:
        try:
            await asyncio.sleep(0.01)
            v = yield 1
            await sleep_n_cancel(0.01)
            print("  not reached")
            yield v * 2
        finally:
            await asyncio.sleep(0.01)
            await asyncio.sleep(0.01)
            print("  asend_03 finally")

    g = gen3()
    print("asend_03:", await anext(g))
    try:
        await g.asend(100)
    except asyncio.CancelledError as e:
        print("asend_03: CancelledError", e.args)


async def athrow_tests() -> None:
    async def gen() -> AsyncGenerator[int, int]:
        try:
            await asyncio.sleep(0.01)
            try:
                v = yield 1
            except FooEr:
                v = 1000
                await asyncio.sleep(0.01)
            yield v * 2
            await asyncio.sleep(0.01)
        finally:
            await asyncio.sleep(0.01)
            await asyncio.sleep(0.01)
            print("  athrow_01 finally")

    g = gen()
    print("athrow_01:", await anext(g), await g.athrow(FooEr))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("athrow_01: StopAsyncIteration")

    loop = asyncio.get_running_loop()

    async def sleep_n_cancel(delay: float) -> None:
        fut = asyncio.ensure_future(asyncio.sleep(delay))
        loop.call_later(delay / 2, lambda: fut.cancel())
        return await fut

    async def gen2() -> AsyncGenerator[int, int]:
        v = 0
        try:
            await asyncio.sleep(0.01)
            try:
                v = yield 1
            except FooEr:
                await sleep_n_cancel(0.01)
            yield v * 2
            await asyncio.sleep(0.01)
        finally:
            await asyncio.sleep(0.01)
            await asyncio.sleep(0.01)
            print("  athrow_02 finally")

    g = gen2()
    print("athrow_02:", await anext(g))
    try:
        await g.athrow(FooEr)
    except asyncio.CancelledError:
        print("athrow_02: CancelledError")

    g6 = gen06()
    await g6.asend(None)
    try:
        await g6.athrow(ValueError)
    except StopAsyncIteration:
        print("athrow_03: StopAsyncIteration")

    async def gen_t() -> AsyncGenerator[tuple[int, ...], None]:
        try:
            yield (1,)
        except ZeroDivisionError:
            yield (2,)

    gt = gen_t()
    print("athrow_tuple:", await gt.asend(None), await gt.athrow(ZeroDivisionError))
    try:
        await gt.asend(None)
    except StopAsyncIteration:
        print("athrow_tuple: StopAsyncIteration")


async def main() -> None:
    await iteration()
    await asend_06()
    await aclose_tests()
    await asend_tests()
    await athrow_tests()


asyncio.run(main())
