# An exception's args items are Any in typeshed; they are narrowed where a
# type is expected, but not into a float (CPython would keep an int there).
try:
    raise ValueError("temperature", 21)
except ValueError as e:
    reading: float = e.args[1]
    print(reading)
