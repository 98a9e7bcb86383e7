import asyncio
import time


class BankError(Exception):
    pass


class Insufficient(BankError):
    def __init__(self, need: int, have: int) -> None:
        super().__init__(f"need {need}, have {have}")
        self.need = need
        self.have = have


class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance

    async def withdraw(self, amount: int) -> int:
        await asyncio.sleep(0.001)
        if amount > self.balance:
            raise Insufficient(amount, self.balance)
        self.balance -= amount
        return self.balance

    def __repr__(self) -> str:
        return f"Account({self.owner!r}, {self.balance})"


async def transfer(src: Account, dst: Account, amount: int) -> str:
    try:
        await src.withdraw(amount)
    except Insufficient as e:
        return f"failed: {e} ({e.need - e.have} short)"
    else:
        dst.balance += amount
        return "ok"
    finally:
        print("transfer attempted", amount)


async def retry(n: int) -> int:
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise ValueError(f"attempt {attempts}")
            return attempts
        except ValueError as e:
            print("retrying after", e)
            continue


async def main() -> None:
    a = Account("ann", 100)
    b = Account("bob")
    print(await transfer(a, b, 30))
    print(await transfer(a, b, 100))
    print(a, b, [a, b])
    print(await retry(3))
    results = await asyncio.gather(a.withdraw(10), a.withdraw(1000), return_exceptions=True)
    print(results)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    start = time.monotonic()
    await asyncio.sleep(0.02)
    print(time.monotonic() - start >= 0.02)
    try:
        raise KeyError("missing") from None
    except LookupError as e:
        print(type(e).__name__, repr(e), e.__cause__, e.__suppress_context__)
    try:
        1 // 0
    except ZeroDivisionError as e:
        print("zde:", e)
    try:
        [1, 2][5]
    except IndexError as e:
        print("ie:", e)
    try:
        int("abc")
    except ValueError as e:
        print("ve:", e)


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
