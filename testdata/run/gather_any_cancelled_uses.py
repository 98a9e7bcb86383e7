import asyncio


async def lookup(key: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if key == "missing":
        raise KeyError(key)
    return key.upper() + "-value"


async def main() -> None:
    keys = ["alpha", "missing", "slow", "beta"]
    tasks = [asyncio.create_task(lookup(k, 0.05 if k == "slow" else 0.01)) for k in keys]
    await asyncio.sleep(0.02)
    tasks[2].cancel()  # the slow lookup is given up
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for key, r in zip(keys, results):
        if isinstance(r, Exception):
            print(f"{key}: error {type(r).__name__} {r}")
            continue
        print(f"{key}: {r!r} ({type(r).__name__})")
        checks: list[str] = []
        try:
            checks.append(str(len(r)))
        except TypeError as e:
            checks.append(f"len: {e}")
        try:
            checks.append(r[0])
        except TypeError as e:
            checks.append(f"index: {e}")
        try:
            checks.append(r.lower())
        except AttributeError as e:
            checks.append(f"lower: {e}")
        try:
            checks.append("got " + r)
        except TypeError as e:
            checks.append(f"concat: {e}")
        try:
            checks.append(r * 2)
        except TypeError as e:
            checks.append(f"repeat: {e}")
        try:
            checks.append(",".join(c for c in r))
        except TypeError as e:
            checks.append(f"iter: {e}")
        try:
            checks.append(str("E" in r))
        except TypeError as e:
            checks.append(f"in: {e}")
        try:
            checks.append(str(r < "m"))
        except TypeError as e:
            checks.append(f"lt: {e}")
        for c in checks:
            print("   ", c)
        print("    same:", r == "ALPHA-value", r != "x", bool(r), "yes" if r else "no")


asyncio.run(main())
