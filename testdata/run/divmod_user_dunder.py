# divmod(a, b) on a user class calls a.__divmod__(b) (polynomial long
# division here), whatever its result type.
import asyncio


class Poly:
    def __init__(self, coeffs: list[int]) -> None:
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    def __divmod__(self, d: "Poly") -> tuple["Poly", "Poly"]:
        if d.c == [0]:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        q = [0] * max(1, len(rem) - len(d.c) + 1)
        for k in range(len(rem) - len(d.c), -1, -1):
            coef, r = divmod(rem[k + len(d.c) - 1], d.c[-1])
            if r:
                raise ValueError("non-integer quotient")
            q[k] = coef
            for j, b in enumerate(d.c):
                rem[k + j] -= coef * b
        return Poly(q), Poly(rem)

    def __repr__(self) -> str:
        return f"Poly({self.c})"


class Duration:
    def __init__(self, secs: int) -> None:
        self.secs = secs

    def __divmod__(self, unit: int) -> str:
        q, r = divmod(self.secs, unit)
        return f"{q} x {unit}s + {r}s"


async def main() -> None:
    p = Poly([6, -5, -2, 1])
    quo, rem = divmod(p, Poly([-3, 1]))
    print(quo, rem, divmod(Poly([1, 0, 1]), Poly([1, 1])))
    print(divmod(Duration(3725), 3600), divmod(7, 2), divmod(-7.5, 2))
    for bad in (Poly([0]), Poly([0, 2])):
        try:
            divmod(p, bad)
        except (ZeroDivisionError, ValueError) as e:
            print(type(e).__name__, e)
    await asyncio.sleep(0)


asyncio.run(main())
