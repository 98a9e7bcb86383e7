# typing.Type[X], the older spelling of type[X]: in a list of exception classes, in
# the classic __aexit__ signature (Optional[Type[BaseException]]), and through
# 'import typing'.
import asyncio
import typing
from typing import Optional, Type


class Retryable(Exception):
    pass


def classify(kinds: list[Type[BaseException]], exc: BaseException) -> str:
    for k in kinds:
        if isinstance(exc, k):
            return k.__name__
    return "other"


class Guard:
    async def __aenter__(self) -> "Guard":
        return self

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                        tb: object) -> bool:
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is not None and issubclass(exc_type, Retryable)


async def main() -> None:
    kinds: list[Type[BaseException]] = [KeyError, Retryable, LookupError]
    print(classify(kinds, IndexError()), classify(kinds, Retryable()), classify(kinds, ValueError()))
    async with Guard():
        raise Retryable("x")
    async with Guard():
        pass
    print("done")



def name_of(k: typing.Type[Exception]) -> str:
    return k.__name__


print(name_of(ValueError), name_of(Retryable))


asyncio.run(main())
