import asyncio
from dataclasses import dataclass


@dataclass
class Check:
    name: str
    ok: bool


async def run_check(c: Check) -> Check:
    await asyncio.sleep(0.01)
    print(f"checked {c.name}: {'ok' if c.ok else 'FAILED'}")
    return c


async def main() -> int:
    checks = [Check("disk", True), Check("net", False), Check("cpu", True), Check("mem", False)]
    results = await asyncio.gather(*(run_check(c) for c in checks))
    failed = [c.name for c in results if not c.ok]
    print("failed:", failed)
    try:
        raise SystemExit(0)
    except SystemExit as e:
        print("caught SystemExit code", e.code)
    return len(failed)


code = asyncio.run(main())
print("exit code will be", code + 1)
try:
    raise SystemExit(code + 1)
finally:
    print("finally runs before exit")
