# A tiny kernel runs generator-based green threads; what each returned is read
# from StopIteration.value into a dict[str, str].
import asyncio
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Optional

Syscall = tuple[str, int]


@dataclass
class GreenThread:
    tid: int
    name: str
    gen: Generator[Syscall, Optional[int], str]
    wake_at: int = 0
    result: Optional[str] = None
    send_value: Optional[int] = None


@dataclass
class Kernel:
    threads: list[GreenThread] = field(default_factory=list)
    clock: int = 0
    trace: list[str] = field(default_factory=list)
    next_tid: int = 1

    def spawn(self, name: str, gen: Generator[Syscall, Optional[int], str]) -> int:
        t = GreenThread(self.next_tid, name, gen)
        self.next_tid += 1
        self.threads.append(t)
        return t.tid

    def run(self) -> dict[str, str]:
        done: dict[str, str] = {}
        while self.threads:
            runnable = [t for t in self.threads if t.wake_at <= self.clock]
            if not runnable:
                self.clock = min(t.wake_at for t in self.threads)
                continue
            for t in runnable:
                try:
                    call, arg = t.gen.send(t.send_value)
                except StopIteration as stop:
                    done[t.name] = stop.value
                    self.trace.append(f"{self.clock:>3}: {t.name} exited")
                    self.threads.remove(t)
                    continue
                if call == "sleep":
                    t.wake_at = self.clock + arg
                    t.send_value = None
                elif call == "gettid":
                    t.send_value = t.tid
                elif call == "time":
                    t.send_value = self.clock
                else:
                    t.gen.throw(ValueError(f"bad syscall {call}"))
            self.clock += 1
        return done


def worker(name: str, naps: list[int]) -> Generator[Syscall, Optional[int], str]:
    tid = yield ("gettid", 0)
    total = 0
    for n in naps:
        yield ("sleep", n)
        total += n
    now = yield ("time", 0)
    return f"{name}[tid={tid}] slept {total} ending at t={now}"


def stubborn() -> Generator[Syscall, Optional[int], str]:
    try:
        yield ("fork", 0)
    except ValueError as e:
        yield ("sleep", 2)
        return f"recovered from {e}"
    return "unreachable"


async def main() -> None:
    k = Kernel()
    k.spawn("a", worker("a", [3, 1]))
    k.spawn("b", worker("b", [1, 1, 1]))
    k.spawn("c", stubborn())
    results = await asyncio.to_thread(k.run)
    for name in sorted(results):
        print(f"{name}: {results[name]}")
    print("\n".join(k.trace))
    print("final clock:", k.clock)


asyncio.run(main())
