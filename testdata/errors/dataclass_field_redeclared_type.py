# A dataclass subclass redeclaring a base field with another type (mypy
# accepts the narrower str where str | None was declared): refused.
import asyncio
from dataclasses import dataclass
from typing import Optional


@dataclass
class Reading:
    unit: Optional[str] = None


@dataclass
class Celsius(Reading):
    unit: str = "C"


async def main() -> None:
    print(Celsius())


asyncio.run(main())
