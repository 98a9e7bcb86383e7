# ExceptionGroup(message, errors) with errors: list[FieldError] (a list of
# a user subclass of Exception): typeshed takes a covariant Sequence, so
# mypy accepts it and the group is an ExceptionGroup[FieldError].
import asyncio


class FieldError(ValueError):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class MissingField(FieldError):
    def __init__(self, field: str) -> None:
        super().__init__(field, "missing")


def validate(rec: dict[str, str]) -> str:
    errors: list[FieldError] = []
    for f in ("name", "email"):
        if not rec.get(f):
            errors.append(MissingField(f))
    email = rec.get("email", "")
    if email and "@" not in email:
        errors.append(FieldError("email", f"malformed {email!r}"))
    if errors:
        raise ExceptionGroup(f"invalid record {rec.get('name') or '?'}", errors)
    return rec["name"]


async def main() -> None:
    records: list[dict[str, str]] = [{"name": "ann", "email": "a@x"}, {"name": "bob", "email": "bob"}, {}]
    for rec in records:
        await asyncio.sleep(0)
        try:
            print("ok", validate(rec))
        except* MissingField as eg:
            print("missing:", eg.message, sorted(e.field for e in eg.exceptions if isinstance(e, FieldError)))
        except* FieldError as eg:
            print("invalid:", eg.message, [str(e) for e in eg.exceptions])
    try:
        validate({"email": "nope"})
    except ExceptionGroup as eg:
        print(repr(eg), len(eg.exceptions))
        missing, rest = eg.split(MissingField)
        print(missing, "|", rest)
    shapes: list[MissingField] = [MissingField("a"), MissingField("b")]
    group = ExceptionGroup("two", shapes)
    print(group, group.exceptions)


asyncio.run(main())
