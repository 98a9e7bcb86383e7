import asyncio
from contextlib import contextmanager
from typing import Iterator, Optional


class TxnError(Exception):
    pass


class Store:
    def __init__(self) -> None:
        self._data: dict[str, int] = {}
        self._undo: list[list[tuple[str, Optional[int]]]] = []
        self.ops = 0

    def get(self, key: str, default: Optional[int] = None) -> Optional[int]:
        return self._data.get(key, default)

    def set(self, key: str, value: int) -> None:
        if self._undo:
            self._undo[-1].append((key, self._data.get(key)))
        self._data[key] = value
        self.ops += 1

    def delete(self, key: str) -> bool:
        if key not in self._data:
            return False
        if self._undo:
            self._undo[-1].append((key, self._data[key]))
        del self._data[key]
        self.ops += 1
        return True

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        self._undo.append([])
        try:
            yield self
        except Exception:
            for key, old in reversed(self._undo.pop()):
                if old is None:
                    self._data.pop(key, None)
                else:
                    self._data[key] = old
            raise
        else:
            done = self._undo.pop()
            if self._undo:
                self._undo[-1].extend(done)

    def snapshot(self) -> dict[str, int]:
        return dict(sorted(self._data.items()))


async def transfer(store: Store, src: str, dst: str, amount: int) -> str:
    try:
        with store.transaction() as tx:
            a = tx.get(src)
            if a is None:
                raise TxnError(f"no account {src}")
            tx.set(src, a - amount)
            await asyncio.sleep(0)
            if (tx.get(src) or 0) < 0:
                raise TxnError(f"{src} would go negative")
            tx.set(dst, (tx.get(dst) or 0) + amount)
    except TxnError as e:
        return f"rolled back: {e}"
    return f"ok {src}->{dst} {amount}"


async def main() -> None:
    s = Store()
    s.set("a", 100)
    s.set("b", 20)
    for src, dst, amt in [("a", "b", 30), ("b", "c", 60), ("z", "a", 1), ("b", "c", 50)]:
        print(await transfer(s, src, dst, amt), s.snapshot())
    with s.transaction():
        s.set("x", 1)
        try:
            with s.transaction():
                s.set("x", 2)
                s.delete("a")
                raise ValueError("inner")
        except ValueError as e:
            print("inner failed:", e, s.snapshot())
        s.set("y", 3)
    print(s.snapshot(), s.ops, s.get("nope", -1), s.delete("nope"))


asyncio.run(main())
