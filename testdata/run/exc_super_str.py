# An exception class's __str__/__repr__ built on BaseException's own through
# super(): str(args) (the repr of a KeyError's key), at any depth.
import asyncio


class ServiceError(Exception):
    code = 500

    def __init__(self, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable

    def __str__(self) -> str:
        base = super().__str__()
        return f"[{self.code}] {base}" + (" (retryable)" if self.retryable else "")

    def __repr__(self) -> str:
        return "<" + super().__repr__() + ">"


class UpstreamError(ServiceError):
    code = 502

    def __str__(self) -> str:
        return "upstream " + super().__str__()


class MissingKey(KeyError):
    def __str__(self) -> str:
        return f"missing {super().__str__()}"


class Pair(Exception):
    def __str__(self) -> str:
        return "pair" + super().__str__()


async def call(n: int) -> str:
    await asyncio.sleep(0)
    if n == 1:
        raise ServiceError("db down", retryable=True)
    if n == 2:
        raise UpstreamError("bad gateway")
    if n == 3:
        raise MissingKey("user:7")
    return "ok"


async def main() -> None:
    for n in range(4):
        try:
            print(await call(n))
        except ServiceError as e:
            print(f"{e} | {e!r} | {e.args}")
        except KeyError as e:
            print(f"{e} | {[e]}")
    print(Pair("a", 1), Pair(), repr(Pair(2)))
    raise UpstreamError("final", retryable=True)


asyncio.run(main())
