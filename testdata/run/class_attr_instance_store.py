"""Class attributes assigned through an instance outside the class's
methods (vip.fee = 0, tweak(job, 0)) or augmented through one
(a.retries += 1, self.n += 1 in a method): as in CPython, that instance
gets an attribute of its own and the others go on reading the class's
(augmented stores changed the class attribute for every instance). Each
instance starts with the value of its own class (a subclass overriding the
attribute), whichever static type the store went through; exception
classes too. Other class attributes are still stored through the class."""
import asyncio


class Account:
    fee = 1
    interest = 0.01
    _next_id = 100

    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        Account._next_id += 1
        self.number = Account._next_id

    def withdraw(self, amount: int) -> int:
        self.balance -= amount + self.fee
        return self.balance

    def __repr__(self) -> str:
        return f"#{self.number} {self.owner}: {self.balance} (fee {self.fee})"


class Savings(Account):
    fee = 3
    interest = 0.05


class Counter:
    n = 0

    def inc(self) -> int:
        self.n += 1
        return self.n


class Base:
    level = 1


class Mid(Base):
    level = 2


class Leaf(Mid):
    pass


class HttpError(Exception):
    status = 500

    def __str__(self) -> str:
        return f"HTTP {self.status}"


def deepen(m: Mid) -> None:
    m.level = 7


def lift(b: Base) -> None:
    b.level += 10


async def main() -> None:
    accts = [Account("ann", 1000), Account("bob", 50), Savings("sam", 2000)]
    vip = accts[0]
    vip.fee = 0
    for a in accts:
        await asyncio.sleep(0)
        print(a.withdraw(10))
    print(accts, Account.fee, Savings.fee)
    accts[2].interest *= 2
    print([a.interest for a in accts], Account.interest, Account._next_id)
    c1, c2 = Counter(), Counter()
    c1.inc()
    c1.inc()
    c2.n += 5
    print(c1.n, c2.n, Counter.n, Counter().n)
    x, y, z = Base(), Mid(), Leaf()
    deepen(z)
    lift(y)
    lift(x)
    print(x.level, y.level, z.level, Leaf().level, Mid().level, Base().level)
    e = HttpError()
    e.status = 404
    try:
        raise e
    except HttpError as err:
        print(err, err.status, HttpError().status, HttpError.status)


asyncio.run(main())
