# Ported from CPython 3.11 Lib/test/test_asyncio/test_timeouts.py:
# test_repr_expired, test_repr_finished, test_repr_disabled (test_repr_active
# prints a loop time, so only its prefix), test_nested_timeout_in_finally,
# test_cancel_in_timeout_after_cancellation, test_timeout_already_entered,
# test_timeout_double_enter, test_timeout_finished, test_timeout_expired,
# test_timeout_expiring, test_timeout_not_entered, plus expired() and when()
# through a Timeout's life and reschedule(None)/reschedule to the past.
import asyncio


async def reprs() -> None:
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("expired:", repr(cm), cm.expired())
    async with asyncio.timeout(10) as cm2:
        r = repr(cm2)
        print("active:", r.startswith("<Timeout [active] when="), cm2.expired())
        await asyncio.sleep(0)
    print("finished:", repr(cm2), cm2.expired())
    async with asyncio.timeout(None) as cm3:
        print("disabled:", repr(cm3), cm3.when())
    print("disabled finished:", repr(cm3))
    cm4 = asyncio.timeout(1)
    print("created:", repr(cm4), cm4.expired())


async def nested_in_finally() -> None:
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                try:
                    async with asyncio.timeout(0.01):
                        await asyncio.sleep(10)
                except TimeoutError:
                    print("inner timeout in finally")
    except TimeoutError:
        print("outer timeout")


async def cancel_after_cancellation() -> None:
    me = asyncio.current_task()
    assert me is not None
    try:
        me.cancel()
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("first cancel caught, cancelling:", me.cancelling())
    finally:
        try:
            async with asyncio.timeout(1.0):
                me.cancel()
                await asyncio.sleep(2)
        except asyncio.CancelledError:
            print("second cancel passes through the timeout:", me.cancelling())
    print("uncancel:", me.uncancel(), me.uncancel())


async def states() -> None:
    async with asyncio.timeout(0.01) as cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("already entered:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("double enter:", e)
    try:
        cm.reschedule(0.02)
    except RuntimeError as e:
        print("finished:", e)

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        cm.reschedule(0.02)
    except RuntimeError as e:
        print("expired:", e)

    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError, expired:", cm.expired())
        try:
            cm.reschedule(0.02)
        except RuntimeError as e:
            print("expiring:", e)
    print("after expiring block:", repr(cm), cm.expired())

    cm = asyncio.timeout(0.01)
    try:
        cm.reschedule(0.02)
    except RuntimeError as e:
        print("not entered:", e)


async def reschedule() -> None:
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when None:", cm.when())
        cm.reschedule(loop.time() + 10)
        w = cm.when()
        print("rescheduled:", w is not None and w > loop.time())
        cm.reschedule(None)
        print("disabled again:", cm.when())
        await asyncio.sleep(0.01)
    print("never expired:", cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            print("in the past, still running:", cm.expired())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("rescheduled to the past:", cm.expired(), repr(cm))
    try:
        async with asyncio.timeout_at(loop.time() + 10) as cm:
            await asyncio.sleep(0.01)
            cm.reschedule(loop.time())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout_at rescheduled:", repr(e), type(e.__cause__).__name__)


async def main() -> None:
    await reprs()
    await nested_in_finally()
    await cancel_after_cancellation()
    await states()
    await reschedule()


asyncio.run(main())
