import asyncio


def connect_options(overrides: dict[str, str]) -> dict[str, str]:
    defaults = dict(host="localhost", port="5432", sslmode="prefer")
    return dict(defaults, **overrides)


async def main() -> None:
    point = dict(x=1, y=2)
    base = {"host": "h", "port": "80"}
    merged = dict(base, port="8080", debug="no")
    weights: dict[str, float] = dict(rate=1, scale=0.5)
    print(point, merged, weights, base, dict(point, z=3)["z"])
    opts = dict(retries=3, verbose=False)
    print(opts, dict(k=[1, 2]), type(point).__name__, len(dict(a=0)))
    print(connect_options(dict(port="6543")))
    await asyncio.sleep(0)


asyncio.run(main())
