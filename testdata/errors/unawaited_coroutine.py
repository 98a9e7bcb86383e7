# A coroutine called as a statement never runs (CPython warns "coroutine
# ... was never awaited" and goes on); mypy --strict reports it
# (unused-coroutine), and so does aiogo, with a hint.
import asyncio


class Store:
    async def save(self, key: str) -> None:
        await asyncio.sleep(0)
        print("saved", key)


async def notify(user: str) -> bool:
    await asyncio.sleep(0)
    return True


async def main() -> None:
    s = Store()
    s.save("a")
    notify("bob")
    asyncio.sleep(0.1)
    asyncio.create_task(notify("ok: a task runs"))
    await s.save("b")

asyncio.run(main())
