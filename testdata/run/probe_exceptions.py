import asyncio


class ValidationError(Exception):
    def __init__(self, field: str, msg: str) -> None:
        super().__init__(f"{field}: {msg}")
        self.field = field


def validate(d: dict[str, str]) -> list[str]:
    errors: list[str] = []
    for key in ["name", "age"]:
        try:
            if key not in d:
                raise ValidationError(key, "missing")
            if key == "age" and not d[key].isdigit():
                raise ValidationError(key, "not a number")
        except ValidationError as e:
            errors.append(str(e))
        finally:
            errors.append(f"checked {key}")
    return errors


async def main() -> None:
    print(validate({"name": "x", "age": "12"}))
    print(validate({"age": "x"}))
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("outer")
    except ValueError as e:
        print(repr(e), repr(e.__context__))
    try:
        assert 1 + 1 == 3, "math is broken"
    except AssertionError as e:
        print("assert:", e)
    try:
        {"a": 1}["b"]
    except KeyError as e:
        print("keyerror:", e, repr(e))
    try:
        raise ValidationError("f", "bad")
    except Exception as e:
        print(type(e).__name__, isinstance(e, ValidationError), e.args)


asyncio.run(main())
