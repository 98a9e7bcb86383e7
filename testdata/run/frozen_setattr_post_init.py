# object.__setattr__(self, "f", v) in a frozen dataclass's __post_init__
# (the idiom that normalises a field of a frozen instance) stores the
# field; instances still hash by their final field values.
import asyncio
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mod:
    value: int
    m: int

    def __post_init__(self) -> None:
        if self.m <= 0:
            raise ValueError(f"bad modulus {self.m}")
        object.__setattr__(self, "value", self.value % self.m)

    def __add__(self, o: "Mod") -> "Mod":
        return Mod(self.value + o.value, self.m)


@dataclass(frozen=True)
class Tag:
    name: str
    slug: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.name.strip().lower())
        if not self.slug:
            object.__setattr__(self, "slug", self.name.replace(" ", "-"))


async def main() -> None:
    a, b = Mod(-1, 5), Mod(4, 5)
    await asyncio.sleep(0)
    print(a, a == b, a + Mod(13, 5), len({a, b, Mod(9, 5), Mod(1, 5)}), {Mod(7, 3): "x"}[Mod(1, 3)])
    try:
        Mod(1, 0)
    except ValueError as e:
        print("ValueError:", e)
    t = Tag("  Hello World ")
    print(t, t.slug, Tag("x", "given"))


asyncio.run(main())
