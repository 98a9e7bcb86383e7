# Overrides mypy rejects (Liskov): a result the base does not promise, a
# parameter narrower than the base's, a parameter the base lacks without a
# default, a parameter fewer, an async method overriding a plain one.
import asyncio


class Base:
    def size(self) -> int:
        return 1

    def describe(self, n: int) -> str:
        return "base"

    def render(self, width: int) -> str:
        return "-" * width

    def merge(self, a: int, b: int) -> int:
        return a + b

    def load(self) -> str:
        return "x"


class Child(Base):
    def size(self) -> str:
        return "big"

    def describe(self, n: str) -> str:
        return "child " + n

    def render(self, width: int, fill: str) -> str:
        return fill * width

    def merge(self, a: int) -> int:
        return a

    async def load(self) -> str:
        return "y"


async def main() -> None:
    print(Child().size())

asyncio.run(main())
