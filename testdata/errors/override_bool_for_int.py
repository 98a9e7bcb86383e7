# mypy accepts bool where int is declared (bool subclasses int) and CPython
# prints True through the base; aiogo keeps bool and int apart, so an
# override returning bool for int is refused rather than printed as 1.
import asyncio


class Check:
    def ok(self) -> int:
        return 0


class Strict(Check):
    def ok(self) -> bool:
        return True


async def main() -> None:
    for c in [Check(), Strict()]:
        print(c.ok())

asyncio.run(main())
