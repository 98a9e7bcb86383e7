# mypy --strict accepts this program; dataclasses.InitVar is not supported yet.
import asyncio
from dataclasses import InitVar, dataclass, field


@dataclass
class Account:
    owner: str
    opening: InitVar[int] = 0
    history: list[int] = field(default_factory=list)

    def __post_init__(self, opening: int) -> None:
        if opening:
            self.history.append(opening)


async def main() -> None:
    print(Account("ann", 5))


asyncio.run(main())
