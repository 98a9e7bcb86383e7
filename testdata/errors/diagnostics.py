# Diagnostics a user can act on (mypy reports the same five problems):
# a missing await is hinted, a misspelt name gets a suggestion, and a
# variable whose assignment failed is not reported again where it is used.
import asyncio


class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balance = 0

    def deposit(self, n: int) -> None:
        self.balance += n


async def fetch(n: int) -> int:
    await asyncio.sleep(0)
    return n


async def main() -> None:
    count = 3
    total: int = fetch(2)
    print(cuont + total)
    z = undefined_thing
    print(z + 1, z.foo)
    print(fetch(1) + 1)
    acct = Account("ann")
    acct.depositt(5)
    print(acct.balanse)


asyncio.run(main())
