# Keyword-only dataclass fields: the KW_ONLY sentinel, field(kw_only=True)
# and @dataclass(kw_only=True), also across a hierarchy (the positional
# fields of every class come first in __init__, then the keyword-only ones).
import asyncio
from dataclasses import KW_ONLY, dataclass, field


@dataclass
class RetryPolicy:
    name: str
    attempts: int = 3
    _: KW_ONLY
    backoff: float = 0.01
    jitter: bool = False


@dataclass
class Endpoint:
    host: str
    timeout: float = field(kw_only=True, default=1.5)
    port: int = 80
    tags: list[str] = field(default_factory=list, kw_only=True)

    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


@dataclass(kw_only=True)
class Job:
    job_id: int
    priority: int = 0


@dataclass
class BatchJob(Job):
    items: list[str]
    retries: int = 1


@dataclass(order=True)
class Version:
    major: int
    _: KW_ONLY
    minor: int = 0
    label: str = field(default="", compare=False)


async def call(ep: Endpoint, policy: RetryPolicy) -> str:
    for attempt in range(1, policy.attempts + 1):
        await asyncio.sleep(0)
        if attempt == policy.attempts or policy.jitter:
            return f"{ep.url()} ok after {attempt} (backoff {policy.backoff * attempt:.2f})"
    return "unreachable"


async def main() -> None:
    fast = RetryPolicy("fast", 1)
    slow = RetryPolicy("slow", backoff=0.5, attempts=4)
    print(fast)
    print(slow)
    eps = [Endpoint("a.local"), Endpoint("b.local", port=8080, timeout=0.25, tags=["canary"])]
    for ep in eps:
        print(ep, ep.timeout)
    results = await asyncio.gather(*(call(ep, p) for ep, p in zip(eps, [fast, slow])))
    for r in results:
        print(r)
    job = Job(job_id=7)
    batch = BatchJob(["x", "y"], job_id=8, priority=2)
    batch2 = BatchJob(["z"], 3, job_id=9)
    print(job, batch, batch2, sep="\n")
    print(batch == BatchJob(["x", "y"], 1, job_id=8, priority=2))
    versions = [Version(2, minor=1), Version(1, minor=9, label="rc"), Version(2), Version(1, label="x", minor=9)]
    print(sorted(versions))
    print(versions[1] == versions[3], max(versions))


asyncio.run(main())
