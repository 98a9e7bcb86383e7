def check(code: int | str | None) -> None:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print(repr(e.code), e.code == code, e.args)
    try:
        raise SystemExit
    except SystemExit as e:
        print(e.code is None, e.args)


check(3)
check("fatal")
check(None)
try:
    raise SystemExit(1, "two")
except SystemExit as e:
    print(e.code)
