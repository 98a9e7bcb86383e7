# LookupError, ArithmeticError, RuntimeError families and the
# other built-in exceptions as CPython prints them.
from typing import Callable


def parse_ratio(text: str) -> float:
    num, den = text.split("/")
    return int(num) / int(den)


def safe(label: str, f: Callable[[], object]) -> None:
    try:
        print(label, "->", f())
    except LookupError as e:
        print(label, "lookup", type(e).__name__, repr(e), str(e))
    except ArithmeticError as e:
        print(label, "arith", type(e).__name__, e, isinstance(e, ZeroDivisionError))
    except RuntimeError as e:
        print(label, "runtime", type(e).__name__, repr(e))
    except ValueError as e:
        print(label, "value", type(e).__name__, e)


def raise_not_implemented() -> object:
    raise NotImplementedError("subclass must implement")


def raise_recursion() -> object:
    raise RecursionError("too deep")


def raise_overflow() -> object:
    raise OverflowError("math range error")


def raise_unicode() -> object:
    raise UnicodeError("bad text")


def raise_memory() -> object:
    raise MemoryError()


def main() -> None:
    prices = {"apple": 3}
    stock = [1, 2, 3]
    safe("key", lambda: prices["pear"])
    safe("index", lambda: stock[10])
    safe("ratio", lambda: parse_ratio("3/4"))
    safe("zero", lambda: parse_ratio("3/0"))
    safe("intdiv", lambda: 7 // (len(stock) - 3))
    safe("mod", lambda: 7 % (len(stock) - 3))
    safe("notimpl", raise_not_implemented)
    safe("recursion", raise_recursion)
    safe("overflow", raise_overflow)
    safe("unicode", raise_unicode)
    try:
        raise_memory()
    except MemoryError as e:
        print("memory", repr(e), isinstance(e, Exception))
    classes: list[type[Exception]] = [KeyError, IndexError, ZeroDivisionError, OverflowError, FloatingPointError,
                NotImplementedError, RecursionError, UnicodeDecodeError, ModuleNotFoundError,
                UnboundLocalError, FileNotFoundError, BlockingIOError]
    for cls in classes:
        print(cls.__name__, issubclass(cls, LookupError), issubclass(cls, ArithmeticError),
              issubclass(cls, RuntimeError), issubclass(cls, ValueError), issubclass(cls, OSError))


main()
