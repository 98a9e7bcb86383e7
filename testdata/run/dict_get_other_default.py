# dict.get / dict.pop with a default of another type than the values: V | T
from typing import Optional
d = {"a": 1, "b": 2}
default: Optional[int] = None
print(d.get("a", default), d.get("z", default), d.get("z", "none"), d.get("a", 2.5), d.pop("a", "gone"), d.pop("a", "gone"), d)
names: dict[str, str] = {"x": "X"}
print(names.get("x", 0), names.get("y", 0), [names.get(k, len(k)) for k in ("x", "yy")])
