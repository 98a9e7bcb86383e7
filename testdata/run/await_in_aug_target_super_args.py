# An augmented assignment whose index awaits (counts[await key(w)] += 1,
# with a dict and with a class defining __getitem__/__setitem__) and a
# super() call whose argument awaits (await super().handle(await f(x))):
# both were internal compiler errors.
import asyncio


async def key_of(word: str) -> str:
    await asyncio.sleep(0)
    return word[0]


async def shout(s: str) -> str:
    await asyncio.sleep(0)
    return s.upper()


class Tally:
    def __init__(self) -> None:
        self.data: dict[str, int] = {}

    def __getitem__(self, k: str) -> int:
        return self.data.get(k, 0)

    def __setitem__(self, k: str, v: int) -> None:
        print("set", k, v)
        self.data[k] = v


class Handler:
    async def handle(self, body: str) -> str:
        await asyncio.sleep(0)
        return f"<{body}>"


class Admin(Handler):
    async def handle(self, body: str) -> str:
        return "admin:" + await super().handle(await shout(body))


async def main() -> None:
    counts: dict[str, int] = {"a": 0, "b": 0}
    tally = Tally()
    for w in ["apple", "bob", "avocado"]:
        counts[await key_of(w)] += 1
        tally[await key_of(w)] += len(w)
    print(counts, tally.data)
    print(await Admin().handle("hi"), await Handler().handle("x"))


asyncio.run(main())
