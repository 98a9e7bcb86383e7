# `self.x = value` in __init__ where x is a property with a setter runs the
# setter (validation, derived state), as in CPython; it used to declare a
# field x that shadowed the property (the getter and setter never ran).
import asyncio


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self._balance = 0
        self.history: list[int] = []
        self.balance = balance

    @property
    def balance(self) -> int:
        return self._balance

    @balance.setter
    def balance(self, value: int) -> None:
        if value < 0:
            raise ValueError(f"{self.owner}: negative balance {value}")
        self.history.append(value)
        self._balance = value


class Savings(Account):
    def __init__(self, owner: str, balance: int, rate: float) -> None:
        super().__init__(owner, balance)
        self.rate = rate

    def accrue(self) -> None:
        self.balance = round(self.balance * (1 + self.rate))


class Temperature:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @property
    def celsius(self) -> float:
        return (self.fahrenheit - 32) * 5 / 9

    @celsius.setter
    def celsius(self, value: float) -> None:
        self.fahrenheit = value * 9 / 5 + 32


async def main() -> None:
    a = Account("ann", 100)
    await asyncio.sleep(0)
    a.balance += 50
    print(a.balance, a._balance, a.history)
    try:
        Account("bob", -1)
    except ValueError as e:
        print("ValueError:", e)
    s = Savings("cy", 1000, 0.05)
    s.accrue()
    s.accrue()
    print(s.balance, s.history)
    t = Temperature(100.0)
    print(t.fahrenheit, t.celsius)
    t.celsius = -40.0
    print(t.fahrenheit, round(t.celsius, 6))


asyncio.run(main())
