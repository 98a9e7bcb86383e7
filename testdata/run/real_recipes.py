"""Recipe scaling with exact fractions, unit conversion and a shopping list."""
import asyncio
from dataclasses import dataclass


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num: int, den: int = 1) -> None:
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @classmethod
    def parse(cls, s: str) -> "Frac":
        whole, _, frac = s.strip().rpartition(" ")
        n, _, d = frac.partition("/")
        f = cls(int(n), int(d or 1))
        return f + cls(int(whole)) if whole else f

    def __add__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    def __mul__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.num, self.den * o.den)

    def __truediv__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.den, self.den * o.num)

    def __lt__(self, o: "Frac") -> bool:
        return self.num * o.den < o.num * self.den

    def __eq__(self, o: object) -> bool:
        return isinstance(o, Frac) and (self.num, self.den) == (o.num, o.den)

    def __float__(self) -> float:
        return self.num / self.den

    def __str__(self) -> str:
        whole, rem = divmod(self.num, self.den)
        if rem == 0:
            return str(whole)
        return f"{whole} {rem}/{self.den}" if whole else f"{rem}/{self.den}"

    def __repr__(self) -> str:
        return f"Frac({self.num}, {self.den})"


TO_TSP = {"tsp": Frac(1), "tbsp": Frac(3), "cup": Frac(48)}


@dataclass
class Ingredient:
    name: str
    qty: Frac
    unit: str

    def scaled(self, factor: Frac) -> "Ingredient":
        return Ingredient(self.name, self.qty * factor, self.unit)

    def normalized(self) -> "Ingredient":
        if self.unit not in TO_TSP:
            return self
        tsp = self.qty * TO_TSP[self.unit]
        for unit in ("cup", "tbsp", "tsp"):
            q = tsp / TO_TSP[unit]
            if not q < Frac(1, 4) or unit == "tsp":
                return Ingredient(self.name, q, unit)
        return self


def parse_recipe(text: str) -> list[Ingredient]:
    out = []
    for line in text.strip().splitlines():
        qty, unit, name = line.split(",")
        out.append(Ingredient(name.strip(), Frac.parse(qty), unit.strip()))
    return out


async def scale(name: str, recipe: list[Ingredient], serves: int, want: int) -> list[Ingredient]:
    await asyncio.sleep(0.01 * want)
    factor = Frac(want, serves)
    print(f"{name}: x{factor} ({float(factor):.2f})")
    return [i.scaled(factor).normalized() for i in recipe]


async def main() -> None:
    pancakes = parse_recipe("""
1 1/2, cup, flour
2, tbsp, sugar
3/4, tsp, salt
1 1/4, cup, milk
2, whole, eggs""")
    cookies = parse_recipe("""
2 1/4, cup, flour
1, tsp, salt
3/4, cup, sugar
1, whole, eggs""")
    a, b = await asyncio.gather(scale("pancakes", pancakes, 4, 6), scale("cookies", cookies, 24, 8))
    for ing in a + b:
        print(f"  {str(ing.qty):>7} {ing.unit:<5} {ing.name}")
    shopping: dict[tuple[str, str], Frac] = {}
    for ing in a + b:
        key = (ing.name, ing.unit)
        shopping[key] = shopping.get(key, Frac(0)) + ing.qty
    for (name, unit), q in sorted(shopping.items()):
        print(f"{name:<6} {q!s:>8} {unit}  {q!r}")
    print(Frac(6, -8), Frac(0, 5), Frac.parse("7/3") < Frac.parse("2 1/2"), Frac(1, 2) == Frac(2, 4), sorted([Frac(2, 3), Frac(1, 2), Frac(5, 6)]))
    try:
        Frac(1, 0)
    except ZeroDivisionError as e:
        print("error:", e)


asyncio.run(main())
