import asyncio
from typing import Union

Coef = int


class Poly:
    def __init__(self, coefs: dict[int, Coef]) -> None:
        self.c = {e: v for e, v in coefs.items() if v != 0}

    @classmethod
    def parse(cls, text: str) -> "Poly":
        coefs: dict[int, int] = {}
        for term in text.replace("-", "+-").split("+"):
            term = term.strip().replace(" ", "")
            if not term:
                continue
            if "x" not in term:
                coefs[0] = coefs.get(0, 0) + int(term)
                continue
            head, _, power = term.partition("x")
            k = -1 if head == "-" else 1 if head == "" else int(head)
            e = int(power[1:]) if power.startswith("^") else 1
            coefs[e] = coefs.get(e, 0) + k
        return cls(coefs)

    @property
    def degree(self) -> int:
        return max(self.c, default=0)

    def __add__(self, other: Union["Poly", int]) -> "Poly":
        o = other if isinstance(other, Poly) else Poly({0: other})
        out = dict(self.c)
        for e, v in o.c.items():
            out[e] = out.get(e, 0) + v
        return Poly(out)

    def __neg__(self) -> "Poly":
        return Poly({e: -v for e, v in self.c.items()})

    def __sub__(self, other: "Poly") -> "Poly":
        return self + (-other)

    def __mul__(self, other: "Poly") -> "Poly":
        out: dict[int, int] = {}
        for e1, v1 in self.c.items():
            for e2, v2 in other.c.items():
                out[e1 + e2] = out.get(e1 + e2, 0) + v1 * v2
        return Poly(out)

    def __pow__(self, n: int) -> "Poly":
        result = Poly({0: 1})
        for _ in range(n):
            result = result * self
        return result

    def __call__(self, x: int) -> int:
        return sum(v * x ** e for e, v in self.c.items())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Poly) and self.c == other.c

    def derivative(self) -> "Poly":
        return Poly({e - 1: v * e for e, v in self.c.items() if e > 0})

    def divmod_linear(self, root: int) -> tuple["Poly", int]:
        # synthetic division by (x - root)
        coefs = [self.c.get(e, 0) for e in range(self.degree, -1, -1)]
        out = []
        acc = 0
        for k in coefs:
            acc = acc * root + k
            out.append(acc)
        rem = out.pop()
        n = len(out)
        return Poly({n - 1 - i: v for i, v in enumerate(out)}), rem

    def __str__(self) -> str:
        if not self.c:
            return "0"
        parts = []
        for e in sorted(self.c, reverse=True):
            v = self.c[e]
            sign = "-" if v < 0 else "+"
            a = abs(v)
            body = ("" if a == 1 and e else str(a)) + ("x" if e else "") + (f"^{e}" if e > 1 else "")
            parts.append(f"{sign} {body}")
        s = " ".join(parts)
        return s[2:] if s.startswith("+") else "-" + s[2:]

    def __repr__(self) -> str:
        return f"Poly({self})"


async def roots(p: Poly, lo: int, hi: int) -> list[int]:
    found = []
    for x in range(lo, hi + 1):
        if p(x) == 0:
            found.append(x)
        if x % 5 == 0:
            await asyncio.sleep(0)
    return found


async def main() -> None:
    p = Poly.parse("x^3 - 6x^2 + 11x - 6")
    q = Poly.parse("2x + 1")
    print(p, "|", q, "|", p.degree, q.degree)
    print(p + q, "|", p - q, "|", p * q)
    print((q ** 3), "|", q ** 0, "|", p.derivative(), "|", p.derivative().derivative())
    print([p(x) for x in range(5)], q(10), (p + 4)(0))
    print(await roots(p, -10, 10), await roots(Poly.parse("x^2 + 1"), -3, 3))
    quot, rem = p.divmod_linear(1)
    print(quot, rem, p.divmod_linear(5))
    print(p == Poly.parse("-6 + 11x - 6x^2 + x^3"), p - p, repr(-q), Poly.parse("-x^4 + x"))
    for bad in ["2y", "x^"]:
        try:
            Poly.parse(bad)
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
