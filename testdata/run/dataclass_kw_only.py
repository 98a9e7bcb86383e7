# @dataclass(kw_only=True): the synthesized __init__ takes every field by
# keyword only, so a field without a default may follow one with a default;
# with frozen=True, replace() and hashing as usual.
import asyncio
from dataclasses import dataclass, field, replace


@dataclass(kw_only=True)
class RetryPolicy:
    attempts: int = 3
    name: str
    backoff: float = 0.5
    retry_on: list[str] = field(default_factory=lambda: ["ConnectionError"])


@dataclass(kw_only=True, frozen=True)
class Endpoint:
    host: str
    port: int = 80


async def call(ep: Endpoint, policy: RetryPolicy) -> str:
    await asyncio.sleep(0)
    return f"{ep.host}:{ep.port} x{policy.attempts} ({policy.name}, backoff {policy.backoff})"


async def main() -> None:
    fast = RetryPolicy(name="fast", backoff=0.1)
    slow = RetryPolicy(backoff=2, name="slow", attempts=5)
    print(fast)
    print(slow == RetryPolicy(name="slow", attempts=5, backoff=2.0), fast.retry_on is slow.retry_on)
    db = Endpoint(host="db")
    print(await call(db, fast), await call(replace(db, port=5432) if db.port == 80 else db, slow))
    print(hash(db) == hash(Endpoint(port=80, host="db")), {db, Endpoint(host="db")})


asyncio.run(main())
