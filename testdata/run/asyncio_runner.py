"""A command-line style driver using asyncio.Runner (3.11): one event loop
kept across several run() calls (setup, batches, a failing step), a
background task left running that close() cancels, and a runner used
after close()."""
import asyncio


class Store:
    def __init__(self) -> None:
        self.rows: dict[str, int] = {}
        self.log: list[str] = []

    async def load(self, names: list[str]) -> int:
        for i, n in enumerate(names):
            await asyncio.sleep(0)
            self.rows[n] = i * 10
        return len(self.rows)

    async def total(self) -> int:
        await asyncio.sleep(0.001)
        return sum(self.rows.values())

    async def lookup(self, name: str) -> int:
        await asyncio.sleep(0)
        return self.rows[name]

    async def watcher(self) -> None:
        try:
            while True:
                await asyncio.sleep(0.005)
                self.log.append("tick")
        except asyncio.CancelledError:
            self.log.append("watcher stopped")
            raise


def main() -> None:
    store = Store()
    with asyncio.Runner() as runner:
        print("loaded", runner.run(store.load(["a", "b", "c"])))
        runner.get_loop().create_task(store.watcher())
        print("total", runner.run(store.total()))
        batches = [runner.run(store.load([f"x{i}"])) for i in range(2)]
        print("batches", batches)
        try:
            runner.run(store.lookup("zzz"))
        except KeyError as e:
            print("lookup failed:", e)
        print("b =", runner.run(store.lookup("b")))
        runner.run(asyncio.sleep(0.012))
    print("ticks", store.log.count("tick") >= 1, store.log[-1])
    spare = asyncio.Runner()
    print("spare", spare.run(store.total()))
    spare.close()
    try:
        spare.run(store.total())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("asyncio.run still works:", asyncio.run(store.lookup("a")))


main()
