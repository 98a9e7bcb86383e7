"""A comparison evaluates its left operand before its right one, also for
`in`/`not in` (whose Go form reads the container first) and when both sides
are calls: a permission check logging the lookups it makes."""
import asyncio

LOOKUPS: list[str] = []


def role_of(user: str) -> str:
    LOOKUPS.append(f"role_of({user})")
    return {"ann": "admin", "bob": "dev"}.get(user, "guest")


def allowed(action: str) -> list[str]:
    LOOKUPS.append(f"allowed({action})")
    return {"deploy": ["admin"], "read": ["admin", "dev", "guest"]}.get(action, [])


def banned() -> set[str]:
    LOOKUPS.append("banned()")
    return {"guest"}


async def check(user: str, action: str) -> bool:
    await asyncio.sleep(0)
    return role_of(user) in allowed(action) and role_of(user) not in banned()


async def main() -> None:
    results = [await check(u, a) for u, a in [("ann", "deploy"), ("bob", "deploy"), ("cy", "read")]]
    print(results)
    print(LOOKUPS)
    LOOKUPS.clear()
    print(role_of("bob") == role_of("ann"), len(allowed("read")) > len(allowed("deploy")), LOOKUPS)


asyncio.run(main())
