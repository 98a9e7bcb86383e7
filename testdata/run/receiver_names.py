"""Methods whose first parameter is not named self or cls (this, klass, me), as Python allows."""
import asyncio


class Temp:
    scale = "C"

    def __init__(this, deg: float) -> None:
        this.deg = deg

    def f(this) -> float:
        return this.deg * 9 / 5 + 32

    @classmethod
    def freezing(klass) -> "Temp":
        return klass(0.0)

    def __repr__(me) -> str:
        return f"Temp({me.deg}{me.scale})"


async def main() -> None:
    t = Temp.freezing()
    print(t, t.f(), Temp(100.0).f())


asyncio.run(main())
