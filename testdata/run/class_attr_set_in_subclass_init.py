# A class attribute of a base (code = "BASE") that a subclass's __init__
# assigns through self (self.code = code, also in a tuple assignment): the
# base's methods read the instance's value (Coupon("SAVE10").describe()
# shows SAVE10), as CPython's attribute lookup finds it; instances that
# never assign it read their own class's value. This was a wrong answer:
# the base's methods read the class attribute.
import asyncio
from typing import ClassVar


class Promo:
    code = "BASE"
    priority: ClassVar[int] = 1
    exclusive = False

    def describe(self) -> str:
        return f"{type(self).__name__}:{self.code}:{self.priority}:{self.exclusive}"


class Seasonal(Promo):
    code = "SEASON"
    priority = 5


class Coupon(Promo):
    def __init__(self, code: str, exclusive: bool = False) -> None:
        self.code = code
        self.exclusive = exclusive


class VipCoupon(Coupon):
    priority = 9


class Bundle(Seasonal):
    def __init__(self, n: int) -> None:
        self.code, self.n = f"BUNDLE{n}", n


async def main() -> None:
    items = [Promo(), Seasonal(), Coupon("SAVE10"), Coupon("VIP", True), VipCoupon("GOLD"), Bundle(3)]
    for p in items:
        print(p.describe(), p.code)
    print(Promo.code, Seasonal.code, Coupon.code, Bundle.code, Bundle(2).n)
    s = Seasonal()
    s.code = "ONE-OFF"
    print(s.describe(), Seasonal().describe())
    await asyncio.sleep(0)


asyncio.run(main())
