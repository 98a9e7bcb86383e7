import asyncio


class ConfigError(Exception):
    pass


def parse_port(raw: str) -> int:
    try:
        port = int(raw)
    except ValueError as e:
        raise ConfigError(f"bad port {raw!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


def describe(e: BaseException) -> str:
    parts = [f"{type(e).__name__}({e})"]
    if e.__cause__ is not None:
        parts.append(f"cause={type(e.__cause__).__name__}: {e.__cause__}")
    if e.__context__ is not None and not e.__suppress_context__:
        parts.append(f"context={type(e.__context__).__name__}: {e.__context__}")
    return " | ".join(parts)


async def cleanup_fails() -> None:
    try:
        await asyncio.sleep(0)
        raise OSError(5, "I/O error")
    finally:
        await asyncio.sleep(0)
        raise RuntimeError("cleanup also failed")


def finally_return() -> str:
    try:
        raise KeyError("swallowed")
    finally:
        return "finally wins"


def nested_handlers() -> None:
    try:
        try:
            empty: dict[str, int] = {}
            empty["missing"]
        except KeyError:
            nothing: list[int] = []
            nothing[1]
    except IndexError as e:
        print("nested:", describe(e), repr(e.__context__))


async def main() -> None:
    for raw in ["8080", "http", "70000"]:
        try:
            print("port", parse_port(raw))
        except ConfigError as e:
            print(describe(e))
    try:
        await cleanup_fails()
    except RuntimeError as e:
        print(describe(e))
        ctx = e.__context__
        if isinstance(ctx, OSError):
            print("errno", ctx.errno, "strerror", ctx.strerror, "args", ctx.args)
    print(finally_return())
    nested_handlers()
    print(repr(ValueError()), str(ValueError()), repr(ValueError("a", 2)), str(ValueError("a", 2)))
    print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
    ce0 = ConfigError("x")
    print(ce0.args, ce0.__cause__, ce0.__context__, ce0.__suppress_context__)
    try:
        try:
            raise TypeError("original")
        except TypeError as te:
            raise ConfigError("wrapped") from te
    except ConfigError as ce:
        try:
            raise ValueError("during handling") from None
        except ValueError as ve:
            print(describe(ve), ve.__context__ is ce, ve.__suppress_context__)
    await cleanup_fails()


asyncio.run(main())
