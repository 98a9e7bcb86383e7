class AppError(Exception):
    pass


class DbError(AppError):
    pass


def main() -> None:
    a: AppError | None = None
    d = DbError("d")
    base: BaseException | None = None
    try:
        try:
            raise d
        except DbError as e1:
            a = e1
            raise AppError("wrapped") from e1
    except AppError as e2:
        base = e2.__cause__
        print(e2.__cause__ is d, d is e2.__cause__, e2.__context__ is d, e2.__cause__ is not d)
        print(a is d, d is a, base is a, a is base, e2 is a, a is e2)
        opt_d: DbError | None = d
        print(opt_d is a, a is opt_d, opt_d is base, base is opt_d)
        ex: Exception = d
        print(ex is d, d is ex, ex is a, a is ex)
        o: object = d
        print(o is d, d is o, o is a, a is o)
        print(e2.__context__ is e2.__cause__, e2.__context__ is e2)
    none_obj: object = None
    none_app: AppError | None = None
    none_base: BaseException | None = None
    print(none_app is none_obj, none_obj is none_app, none_app is none_base, none_base is not none_app)
    print(none_app is d, d is none_base, none_obj is d)
    last: AppError | None = None
    for err in [AppError("x"), DbError("y")]:
        if last is not None:
            print("same as last:", err is last, last is err)
        last = err


main()
