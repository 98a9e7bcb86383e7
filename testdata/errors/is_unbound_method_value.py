# mypy --strict accepts this; CPython prints True: a str method stored as a
# Callable is the method object itself. aiogo's value is a new function,
# so `is` against the method is refused.
from typing import Callable

pick: Callable[[str], str] = str.upper
print(pick is str.upper)
