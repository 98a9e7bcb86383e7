import asyncio
import random
from dataclasses import dataclass
from typing import Awaitable, Callable, Optional


class HTTPError(Exception):
    def __init__(self, status: int, url: str) -> None:
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self) -> str:
        return f"HTTP {self.status} for {self.url}"


class TransientError(HTTPError):
    pass


class FatalError(HTTPError):
    pass


@dataclass
class Response:
    status: int
    body: str
    headers: dict[str, str]

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class FakeTransport:
    def __init__(self, script: dict[str, list[int]]) -> None:
        self.script = script
        self.calls: dict[str, int] = {}

    async def send(self, url: str) -> Response:
        n = self.calls.get(url, 0)
        self.calls[url] = n + 1
        statuses = self.script.get(url, [404])
        status = statuses[min(n, len(statuses) - 1)]
        await asyncio.sleep(0.001 * (n + 1))
        return Response(status, f"body of {url}" if status == 200 else "", {"x-attempt": str(n + 1)})


@dataclass
class RetryPolicy:
    attempts: int = 3
    base: float = 0.01
    factor: float = 2.0

    def delays(self) -> list[float]:
        return [self.base * self.factor ** i for i in range(self.attempts - 1)]


async def with_retries(
    op: Callable[[], Awaitable[Response]],
    policy: RetryPolicy,
    on_retry: Optional[Callable[[int, Exception], None]] = None,
) -> Response:
    last: Optional[Exception] = None
    delays = policy.delays() + [0.0]
    for attempt, delay in enumerate(delays, start=1):
        try:
            resp = await op()
            if resp.status >= 500:
                raise TransientError(resp.status, "?")
            if resp.status >= 400:
                raise FatalError(resp.status, "?")
            return resp
        except TransientError as e:
            last = e
            if on_retry is not None:
                on_retry(attempt, e)
            if attempt < len(delays):
                await asyncio.sleep(delay)
    assert last is not None
    raise last


class Client:
    def __init__(self, transport: FakeTransport, policy: RetryPolicy) -> None:
        self.transport = transport
        self.policy = policy
        self.log: list[str] = []

    def _note(self, attempt: int, exc: Exception) -> None:
        self.log.append(f"retry #{attempt}: {exc}")

    async def get(self, url: str) -> str:
        async def once() -> Response:
            return await self.transport.send(url)

        try:
            resp = await with_retries(once, self.policy, self._note)
        except HTTPError as e:
            e.url = url
            self.log.append(f"gave up on {url}: {e} ({type(e).__name__})")
            return ""
        return resp.body.upper()


async def main() -> None:
    random.seed(7)
    script = {
        "/a": [200],
        "/b": [503, 502, 200],
        "/c": [500, 500, 500, 500],
        "/d": [404],
    }
    client = Client(FakeTransport(script), RetryPolicy(attempts=3, base=0.005))
    urls = list(script)
    random.shuffle(urls)
    print("order:", urls)
    results = await asyncio.gather(*(client.get(u) for u in urls))
    for u, r in sorted(zip(urls, results)):
        print(f"{u:>4} -> {r!r}")
    for line in client.log:
        print(line)
    print("calls:", dict(sorted(client.transport.calls.items())))
    jitter = [round(random.uniform(0, 1), 3) for _ in range(3)]
    print("jitter", jitter, random.randint(1, 100), random.choice(urls))


asyncio.run(main())
