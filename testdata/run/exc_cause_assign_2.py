class AppError(Exception):
    pass


def wrap(e: Exception) -> AppError:
    w = AppError(f"wrapped {e}")
    w.__cause__ = e
    return w


try:
    raise wrap(KeyError("k"))
except AppError as err:
    print(repr(err.__cause__), err.__suppress_context__, repr(err.__context__))
    err.__cause__ = None
    print(err.__cause__, err.__suppress_context__)
    err.__context__ = ValueError("ctx")
    err.__suppress_context__ = False
    print(repr(err.__context__), err.__suppress_context__)
x = ValueError("top")
x.__cause__ = wrap(TypeError("t"))
raise x
