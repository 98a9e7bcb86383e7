# aiogo: extensions
"""A command-line style checker: diagnostics go to stderr, the summary to
stdout, and the exit status comes from main's return value (sys.exit)."""
import asyncio
import sys


class CheckFailed(Exception):
    pass


def warn(msg: str) -> None:
    print("warning:", msg, file=sys.stderr)


async def check_host(name: str, port: int) -> str:
    await asyncio.sleep(0.01 * len(name))
    if not 0 < port < 65536:
        raise CheckFailed(f"{name}: bad port {port}")
    if port > sys.maxsize // 2**62:
        warn(f"{name}: port {port} is high")
    return f"{name}:{port}"


async def main() -> int:
    hosts = [("db", 5432), ("cache", 70000), ("web", 8080), ("queue", 0)]
    results = await asyncio.gather(*(check_host(h, p) for h, p in hosts), return_exceptions=True)
    failures = 0
    for (host, _), r in zip(hosts, results):
        if isinstance(r, CheckFailed):
            failures += 1
            print(f"FAIL {r}", file=sys.stderr)
            sys.stdout.write(f"{host:<6} failed\n")
        elif isinstance(r, BaseException):
            raise r
        else:
            n = sys.stdout.write(f"{host:<6} ok ({r})\n")
            print("  wrote", n, "characters")
    sys.stdout.flush()
    print("limit", sys.getrecursionlimit(), "maxsize", sys.maxsize, file=sys.stdout)
    print("to stdout via None", file=None, flush=True)
    try:
        sys.exit(failures)
    except SystemExit as e:
        print("caught SystemExit", e.code)
    try:
        sys.exit("fatal: giving up")
    except SystemExit as e:
        print("caught SystemExit", repr(e.code))
    return 3 if failures else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
