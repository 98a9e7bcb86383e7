# Decorators on module-level functions run where the def runs: after the
# module statements above it (which they may use), before those below.
import asyncio
from collections.abc import Awaitable, Callable

Command = Callable[[list[str]], Awaitable[str]]

print("loading commands")
COMMANDS: dict[str, Command] = {}
ALIASES: dict[str, str] = {}
calls: list[str] = []


def command(name: str, *, aliases: tuple[str, ...] = ()) -> Callable[[Command], Command]:
    print(f"  declaring {name} (have {len(COMMANDS)})")

    def register(fn: Command) -> Command:
        COMMANDS[name] = fn
        for a in aliases:
            ALIASES[a] = name
        return fn

    return register


def traced(fn: Command) -> Command:
    async def wrapper(args: list[str]) -> str:
        calls.append(f"{len(calls)}:{','.join(args)}")
        return await fn(args)

    print(f"  tracing (have {len(COMMANDS)})")
    return wrapper


@command("echo", aliases=("say", "print"))
async def echo(args: list[str]) -> str:
    await asyncio.sleep(0)
    return " ".join(args)


print("between", sorted(COMMANDS))


@command("sum")
@traced
async def total(args: list[str]) -> str:
    return str(sum(int(a) for a in args))


class Router:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.routes: dict[str, Callable[[str], str]] = {}

    def route(self, path: str) -> Callable[[Callable[[str], str]], Callable[[str], str]]:
        def add(fn: Callable[[str], str]) -> Callable[[str], str]:
            self.routes[self.prefix + path] = fn
            return fn

        return add


app = Router("/api")


@app.route("/users")
def users(q: str) -> str:
    return f"users matching {q!r}"


@app.route("/items")
def items(q: str) -> str:
    return f"{len(q)} items"


print("loaded", sorted(COMMANDS), sorted(ALIASES.items()), sorted(app.routes))


async def run(line: str) -> str:
    name, *args = line.split()
    name = ALIASES.get(name, name)
    fn = COMMANDS.get(name)
    if fn is None:
        return f"unknown command {name!r}"
    return await fn(args)


async def main() -> None:
    for line in ["echo hello world", "say hi", "sum 1 2 3", "sum 10", "nope x"]:
        print(f"{line!r} -> {await run(line)!r}")
    print(calls)
    for path, handler in app.routes.items():
        print(path, "=>", handler("bo"))
    print(users("direct"), await total(["4", "5"]))


asyncio.run(main())
