import asyncio
from typing import Iterator, Union


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> None:
        self.x = x
        self.y = y
        self.z = z

    def __iter__(self) -> Iterator[float]:
        yield self.x
        yield self.y
        yield self.z

    def __add__(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o: "Vec") -> "Vec":
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k: float) -> "Vec":
        return self * k

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y, -self.z)

    def __abs__(self) -> float:
        return float(self.dot(self) ** 0.5)

    def __matmul__(self, o: "Vec") -> float:
        return self.dot(o)

    def dot(self, o: "Vec") -> float:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o: "Vec") -> "Vec":
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __eq__(self, o: object) -> bool:
        return isinstance(o, Vec) and tuple(self) == tuple(o)

    def __hash__(self) -> int:
        return hash((self.x, self.y, self.z))

    def __lt__(self, o: "Vec") -> bool:
        return abs(self) < abs(o)

    def __bool__(self) -> bool:
        return bool(self.x or self.y or self.z)

    def __repr__(self) -> str:
        return f"Vec({self.x:g}, {self.y:g}, {self.z:g})"

    def __format__(self, spec: str) -> str:
        return "<" + ", ".join(format(c, spec) for c in self) + ">"


Scalar = Union[int, float]


def centroid(points: list[Vec]) -> Vec:
    total = Vec()
    for p in points:
        total = total + p
    return total * (1 / len(points))


class Body:
    def __init__(self, name: str, pos: Vec, vel: Vec) -> None:
        self.name = name
        self.pos = pos
        self.vel = vel

    async def simulate(self, steps: int, dt: float, gravity: Vec) -> list[Vec]:
        track = []
        for _ in range(steps):
            self.vel = self.vel + gravity * dt
            self.pos = self.pos + dt * self.vel
            if self.pos.z < 0:
                self.pos = Vec(self.pos.x, self.pos.y, 0.0)
                self.vel = Vec(self.vel.x * 0.5, self.vel.y * 0.5, -self.vel.z * 0.5)
            track.append(self.pos)
            await asyncio.sleep(0)
        return track


async def main() -> None:
    a = Vec(1.0, 2.0, 3.0)
    b = Vec(4.0, -5.0, 6.0)
    print(a + b, a - b, -a, 2 * a, a * 0.5)
    print(a @ b, a.cross(b), f"{abs(b):.4f}", bool(Vec()), bool(a))
    print(f"{a:.2f}", f"{b:>6.1f}")
    print(a == Vec(1.0, 2.0, 3.0), a != b, a < b, sorted([b, a, Vec(0.5)]))
    uniq = {a, b, Vec(1.0, 2.0, 3.0), Vec()}
    print(len(uniq), Vec() in uniq)
    x, y, z = a
    print(x, y, z, list(b), max(b), sum(a))
    print(centroid([a, b, Vec(1.0, 0.0, 0.0)]))
    bodies = [Body("ball", Vec(0.0, 0.0, 10.0), Vec(1.0, 0.0, 0.0)),
              Body("rock", Vec(0.0, 0.0, 2.0), Vec(0.0, 2.0, 5.0))]
    g = Vec(0.0, 0.0, -9.8)
    tracks: list[list[Vec]] = await asyncio.gather(*(bd.simulate(20, 0.1, g) for bd in bodies))
    for bd, tr in zip(bodies, tracks):
        peak = max(tr, key=lambda v: v.z)
        print(f"{bd.name}: end {bd.pos:.3f} peak z={peak.z:.3f} bounces={sum(1 for v in tr if v.z == 0)}")


asyncio.run(main())
