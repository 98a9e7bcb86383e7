import asyncio


class AppError(Exception):
    code = 500

    def describe(self) -> str:
        return f"[{self.code}] {type(self).__name__}: {self}"


class NotFound(AppError):
    code = 404


class Conflict(AppError):
    code = 409


async def handle(path: str) -> str:
    await asyncio.sleep(0)
    if path.startswith("/missing"):
        raise NotFound(path)
    if path == "/dup":
        raise Conflict("duplicate key", path)
    if path == "/boom":
        raise RuntimeError("unexpected")
    return f"200 {path}"


async def serve(path: str) -> str:
    try:
        return await handle(path)
    except AppError as e:
        return e.describe()
    except Exception as e:
        wrapped = AppError(f"internal: {e}")
        wrapped.__cause__ = e
        return wrapped.describe() + f" (cause {e!r})"


async def main() -> None:
    for p in ["/ok", "/missing/1", "/dup", "/boom"]:
        print(await serve(p))
    print(NotFound.code, Conflict("x").code, AppError.code)
    print(issubclass(NotFound, AppError), isinstance(Conflict(), NotFound))
    print([c.__name__ for c in (NotFound, Conflict, AppError)])


asyncio.run(main())
