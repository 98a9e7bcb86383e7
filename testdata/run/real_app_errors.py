import asyncio
from typing import Optional


class AppError(Exception):
    code = 500

    def __init__(self, message: str, *, detail: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        base = f"[{self.code}] {self.message}"
        return f"{base} ({self.detail})" if self.detail else base


class NotFound(AppError):
    code = 404


class Conflict(AppError):
    code = 409

    def __init__(self, key: str, existing: int) -> None:
        super().__init__(f"{key} already exists", detail=f"version {existing}")
        self.key = key


class ValidationError(AppError):
    code = 422

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("invalid input")
        self.errors = errors

    def __str__(self) -> str:
        parts = "; ".join(f"{k}: {v}" for k, v in sorted(self.errors.items()))
        return f"{super().__str__()} -> {parts}"


class Store:
    def __init__(self) -> None:
        self.data: dict[str, tuple[int, str]] = {}

    async def create(self, key: str, value: str) -> int:
        await asyncio.sleep(0)
        errors = {}
        if not key.isidentifier():
            errors["key"] = "must be an identifier"
        if len(value) > 10:
            errors["value"] = f"too long ({len(value)})"
        if errors:
            raise ValidationError(errors)
        if key in self.data:
            raise Conflict(key, self.data[key][0])
        self.data[key] = (1, value)
        return 1

    async def update(self, key: str, value: str) -> int:
        try:
            version, _ = self.data[key]
        except KeyError as e:
            raise NotFound(f"no key {key}") from e
        self.data[key] = (version + 1, value)
        return version + 1


async def handle(store: Store, op: str, key: str, value: str) -> str:
    try:
        if op == "create":
            v = await store.create(key, value)
        else:
            v = await store.update(key, value)
    except ValidationError as e:
        return f"{op} {key!r}: {e} fields={sorted(e.errors)}"
    except AppError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else "-"
        return f"{op} {key!r}: {type(e).__name__} {e.code}: {e} cause={cause}"
    return f"{op} {key!r}: ok v{v}"


async def main() -> None:
    store = Store()
    ops = [
        ("create", "alpha", "one"),
        ("create", "alpha", "two"),
        ("update", "alpha", "three"),
        ("update", "beta", "x"),
        ("create", "9bad", "waytoolongvalue"),
        ("create", "gamma", "ok"),
    ]
    results = await asyncio.gather(*(handle(store, o, k, v) for o, k, v in ops))
    for r in results:
        print(r)
    print(store.data)
    errs: list[AppError] = [NotFound("x"), Conflict("k", 3), ValidationError({"a": "b"})]
    print([str(e) for e in errs], [e.code for e in errs], [repr(e) for e in errs])
    try:
        raise ExceptionGroup("batch", [NotFound("a"), ValueError("b")])
    except* AppError as eg:
        print("app errors:", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("value errors:", eg.exceptions)


asyncio.run(main())
