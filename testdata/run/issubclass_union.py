# issubclass with a union (A | B) or a tuple display of classes, over
# user classes named statically, class objects held as values, and
# exception classes (a retry policy that decides by exception type).
import asyncio


class Handler:
    def handle(self, msg: str) -> str:
        return msg


class JsonHandler(Handler):
    def handle(self, msg: str) -> str:
        return "{" + msg + "}"


class XmlHandler(Handler):
    def handle(self, msg: str) -> str:
        return "<" + msg + "/>"


class CsvHandler(Handler):
    pass


class Audit:
    pass


class TransientError(Exception):
    pass


class TimeoutExpired(TransientError):
    pass


class FatalError(Exception):
    pass


def structured(kind: type[Handler]) -> bool:
    return issubclass(kind, JsonHandler | XmlHandler)


def retryable(kind: type[Exception]) -> bool:
    return issubclass(kind, TransientError | ConnectionError)


async def attempt(n: int, failures: list[type[Exception]]) -> str:
    for i, kind in enumerate(failures):
        await asyncio.sleep(0)
        if not retryable(kind):
            return f"job {n}: gave up at try {i + 1} on {kind.__name__}"
    return f"job {n}: ok after {len(failures) + 1} tries"


async def main() -> None:
    kinds: list[type[Handler]] = [Handler, JsonHandler, XmlHandler, CsvHandler]
    for k in kinds:
        h = k()
        print(k.__name__, structured(k), issubclass(k, (CsvHandler, XmlHandler)), h.handle("m"))
    print(issubclass(JsonHandler, Handler | Audit), issubclass(Audit, JsonHandler | XmlHandler))
    print(issubclass(CsvHandler, (Audit, Handler)))
    excs: list[type[Exception]] = [TimeoutExpired, FatalError, ConnectionResetError, KeyError]
    print([retryable(e) for e in excs])
    print(issubclass(TimeoutExpired, FatalError | TransientError | OSError))
    jobs = [
        attempt(1, [TimeoutExpired, ConnectionRefusedError]),
        attempt(2, [TransientError, FatalError]),
        attempt(3, []),
    ]
    for line in await asyncio.gather(*jobs):
        print(line)
    seen: list[type[Exception]] = []
    for exc in [TimeoutExpired(), FatalError("disk"), ConnectionResetError()]:
        try:
            raise exc
        except Exception as e:
            print(type(e).__name__, "retry" if retryable(type(e)) else "give up")
            seen.append(type(e))
    print([k.__name__ for k in seen], issubclass(seen[0], TransientError))


asyncio.run(main())
