"""A fetch coordinator mixing loop futures (replies pushed by a fake
transport) with worker tasks, waiting on them in rounds.

The names done/pending are first typed set[Future[str]] by a wait over
futures; later waits over lists of tasks rebind them (mypy infers wait's
type variable from the targets). A task stored where a Future is declared
stays the same object: identity and set membership hold.
"""
import asyncio


class Transport:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.replies: dict[str, asyncio.Future[str]] = {}

    def request(self, key: str, delay: float) -> asyncio.Future[str]:
        fut: asyncio.Future[str] = self.loop.create_future()
        self.replies[key] = fut
        self.loop.call_later(delay, self.deliver, key)
        return fut

    def deliver(self, key: str) -> None:
        fut = self.replies.pop(key)
        if key.startswith("bad"):
            fut.set_exception(ConnectionError(f"{key}: reset by peer"))
        else:
            fut.set_result(f"{key}=ok")


async def compute(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if name == "crash":
        raise RuntimeError("worker crashed")
    return f"{name}:{len(name)}"


def describe(f: asyncio.Future[str]) -> str:
    if f.cancelled():
        return "cancelled"
    exc = f.exception()
    if exc is not None:
        return f"{type(exc).__name__}({exc})"
    return f.result()


async def main() -> None:
    loop = asyncio.get_running_loop()
    transport = Transport(loop)
    order = ["alpha", "bad-beta", "gamma"]
    futs = [transport.request(k, 0.01 * (i + 1)) for i, k in enumerate(order)]
    done, pending = await asyncio.wait(futs, return_when=asyncio.FIRST_EXCEPTION)
    print("first wait:", [describe(f) for f in futs if f in done], len(pending))
    done, pending = await asyncio.wait(pending)
    print("second wait:", [describe(f) for f in done], len(pending))

    # Rebinding the same names with a wait over tasks.
    workers = [asyncio.create_task(compute(n, d)) for n, d in [("x", 0.03), ("crash", 0.01), ("long", 0.02)]]
    rounds = 0
    done, pending = await asyncio.wait(workers, return_when=asyncio.FIRST_COMPLETED)
    while True:
        rounds += 1
        finished = [describe(t) for t in workers if t in done]
        print(f"round {rounds}: {finished} ({len(pending)} left)")
        if not pending:
            break
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)

    # A timeout leaves work pending; the same task is found in the set.
    slow = asyncio.create_task(compute("slow", 0.2))
    quick = asyncio.create_task(compute("quick", 0.0))
    done, pending = await asyncio.wait([slow, quick], timeout=0.05)
    print("timeout:", quick in done, slow in pending, len(done), len(pending))
    view: asyncio.Future[str] = slow
    again: asyncio.Future[str] = slow
    print("same object:", view is again, view in pending)
    slow.cancel()
    done, pending = await asyncio.wait([slow])
    print("after cancel:", [describe(f) for f in done], view.cancelled())

    # An empty batch: wait refuses it, as CPython does.
    batch: list[asyncio.Task[str]] = []
    for attempt in range(2):
        try:
            done, pending = await asyncio.wait(batch)
            print("attempt", attempt, "->", sorted(describe(f) for f in done))
        except ValueError as e:
            print("attempt", attempt, "ValueError:", e)
            batch.append(asyncio.create_task(compute("retry", 0.01)))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("literal empty:", e)


asyncio.run(main())
