# A key-value store with snapshot transactions, optimistic conflict detection, and concurrent writers retrying on conflict.
import asyncio
from dataclasses import dataclass, field
from typing import Optional


class Conflict(Exception):
    def __init__(self, keys: set[str]) -> None:
        super().__init__("conflict on " + ", ".join(sorted(keys)))
        self.keys = keys


@dataclass
class Versioned:
    value: str
    version: int


class Store:
    def __init__(self) -> None:
        self.data: dict[str, Versioned] = {}
        self.commits = 0

    def begin(self) -> "Txn":
        return Txn(self, {k: v.version for k, v in self.data.items()})

    def read(self, key: str) -> Optional[str]:
        v = self.data.get(key)
        return v.value if v else None


@dataclass
class Txn:
    store: Store
    seen: dict[str, int]
    writes: dict[str, Optional[str]] = field(default_factory=dict)
    reads: set[str] = field(default_factory=set)

    def get(self, key: str) -> Optional[str]:
        if key in self.writes:
            return self.writes[key]
        self.reads.add(key)
        return self.store.read(key)

    def put(self, key: str, value: Optional[str]) -> None:
        self.writes[key] = value

    def commit(self) -> int:
        stale = {k for k in self.reads | set(self.writes)
                 if (cur := self.store.data.get(k)) is not None and cur.version != self.seen.get(k, 0)}
        if stale:
            raise Conflict(stale)
        for k, v in self.writes.items():
            if v is None:
                self.store.data.pop(k, None)
            else:
                old = self.store.data.get(k)
                self.store.data[k] = Versioned(v, (old.version if old else 0) + 1)
        self.store.commits += 1
        return len(self.writes)


async def increment(store: Store, key: str, who: str, log: list[str]) -> int:
    attempts = 0
    while True:
        attempts += 1
        txn = store.begin()
        n = int(txn.get(key) or "0")
        await asyncio.sleep(0)
        txn.put(key, str(n + 1))
        txn.put(f"last-{key}", who)
        try:
            txn.commit()
            return attempts
        except Conflict as e:
            log.append(f"{who} retry: {e}")


async def main() -> None:
    store = Store()
    t = store.begin()
    t.put("a", "1")
    t.put("b", "x")
    print("committed", t.commit(), store.read("a"), store.read("zz"))
    log: list[str] = []
    attempts = await asyncio.gather(*(increment(store, "ctr", f"w{i}", log) for i in range(3)))
    print("attempts:", attempts, "ctr =", store.read("ctr"))
    print("\n".join(log))
    t2 = store.begin()
    t2.put("b", None)
    t2.commit()
    print({k: (v.value, v.version) for k, v in sorted(store.data.items())}, store.commits)


asyncio.run(main())
