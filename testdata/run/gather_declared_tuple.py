"""A dashboard loader fetching a profile and its activity concurrently.
The helpers are declared to return tuples (as typeshed types gather) but
return the gather result itself, which CPython builds as a list: callers
unpack it, index it, slice it, and print it as CPython does ([..])."""
import asyncio
from dataclasses import dataclass


@dataclass
class Profile:
    uid: int
    name: str


async def fetch_profile(uid: int) -> Profile:
    await asyncio.sleep(0.002)
    return Profile(uid, f"user{uid}")


async def fetch_score(uid: int) -> int:
    await asyncio.sleep(0.001)
    return uid * 7 % 10


async def fetch_tags(uid: int) -> list[str]:
    await asyncio.sleep(0)
    return [t for t in ("admin", "beta", "ops") if uid % len(t) == 0]


async def load(uid: int) -> tuple[Profile, int, list[str]]:
    if uid < 0:
        raise ValueError(f"bad uid {uid}")
    return await asyncio.gather(fetch_profile(uid), fetch_score(uid), fetch_tags(uid))


async def scores(a: int, b: int) -> tuple[int, int]:
    return await asyncio.gather(fetch_score(a), fetch_score(b))


async def labelled(uid: int) -> tuple[str, int]:
    result = await asyncio.gather(asyncio.sleep(0.001, f"uid{uid}"), fetch_score(uid))
    print("labelled:", result)
    return result


async def main() -> None:
    profile, score, tags = await load(3)
    print(profile.name, score, tags)
    snapshot = await load(4)
    print(snapshot[0].uid, snapshot[1], len(snapshot), snapshot[1:])
    print("snapshot:", snapshot)
    pair: tuple[int, int] = await asyncio.gather(fetch_score(1), fetch_score(2))
    low, high = sorted(pair)
    print(pair, low, high, sum(pair), 7 in pair, pair.index(4))
    mixed: tuple[str, int]
    mixed = await asyncio.gather(asyncio.sleep(0.001, "tick"), fetch_score(9))
    label, value = mixed
    print(mixed, f"{label}={value}", [m for m in mixed])
    both = await scores(5, 6)
    print(both, max(both), isinstance(both, list))
    name_, points = await labelled(8)
    print(name_, points, await labelled(1))
    try:
        await load(-1)
    except ValueError as e:
        print("error:", e)
    for uid in (2, 6):
        p, s, t = await load(uid)
        print(f"{p.name}: score {s}, tags {', '.join(t) or '-'}")


asyncio.run(main())
