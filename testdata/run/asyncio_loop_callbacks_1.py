# The callback scheduling of CPython 3.11's event loop
# (Lib/test/test_asyncio/test_base_events.py and test_events.py scenarios
# without mocks): call_soon FIFO order, callbacks scheduled by callbacks run
# in the next iteration, call_later/call_at ordering by deadline,
# Handle.cancel()/cancelled(), TimerHandle.when(), an exception in a
# callback is reported and the loop goes on, run_forever/stop on a loop
# driven at module level, stop() from a callback lets the current batch
# finish.
import asyncio

order: list[str] = []


def cb(label: str) -> None:
    order.append(label)


def chain(label: str, n: int) -> None:
    order.append(f"{label}{n}")
    if n > 0:
        asyncio.get_running_loop().call_soon(chain, label, n - 1)


def boom() -> None:
    order.append("boom")
    raise ValueError("in callback")


loop = asyncio.new_event_loop()
loop.call_soon(cb, "a")
loop.call_soon(chain, "x", 2)
loop.call_soon(chain, "y", 1)
h = loop.call_soon(cb, "cancelled")
loop.call_soon(boom)
loop.call_soon(cb, "b")
print("handle cancelled:", h.cancelled())
h.cancel()
print("handle cancelled:", h.cancelled())
loop.call_soon(loop.stop)
loop.call_soon(cb, "same batch as stop")
loop.run_forever()
print("batch 1:", order)
order.clear()
loop.call_soon(cb, "before stop 2")
loop.call_soon(loop.stop)
loop.run_forever()
print("batch 2:", order)
order.clear()
t0 = loop.time()
th = loop.call_later(0.03, cb, "later 0.03")
loop.call_later(0.01, cb, "later 0.01")
loop.call_at(t0 + 0.02, cb, "at +0.02")
tc = loop.call_later(0.015, cb, "timer cancelled")
tc.cancel()
print("timer when > t0:", th.when() > t0, tc.cancelled())
loop.call_later(0.05, loop.stop)
loop.call_soon(cb, "soon")
loop.run_forever()
print("timers:", order)
print("is_running:", loop.is_running(), "is_closed:", loop.is_closed())
loop.close()
print("is_closed:", loop.is_closed())


async def main() -> None:
    running = asyncio.get_running_loop()
    seen: list[str] = []
    fut: asyncio.Future[int] = running.create_future()

    def done(f: asyncio.Future[int]) -> None:
        seen.append(f"done {f.result()}")

    fut.add_done_callback(done)
    running.call_soon(seen.append, "soon 1")
    running.call_soon(fut.set_result, 7)
    running.call_soon(seen.append, "soon 2")
    await asyncio.sleep(0)
    seen.append("main after sleep 0")
    await asyncio.sleep(0)
    seen.append("main after second sleep 0")
    print("main:", seen, running.is_running())


asyncio.run(main())
