# Exception classes overriding __str__ and __repr__: print, str(), repr(),
# f-strings, containers and tracebacks use them; subclasses inherit them.
class HTTPError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self) -> str:
        return f"HTTP {self.status} {self.reason}"


class NotFound(HTTPError):
    def __init__(self, path: str) -> None:
        super().__init__(404, "Not Found")
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {super().__str__()}"

    def __repr__(self) -> str:
        return f"NotFound(path={self.path!r})"


class ServerError(HTTPError):
    pass


def fetch(path: str) -> str:
    if path.startswith("/missing"):
        raise NotFound(path)
    if path == "/boom":
        raise ServerError(500, "Internal Server Error")
    if path == "/teapot":
        raise HTTPError(418, "I'm a teapot")
    return "200 OK"


errors: list[HTTPError] = []
for p in ["/", "/missing/page", "/boom", "/teapot"]:
    try:
        print(fetch(p))
    except HTTPError as e:
        errors.append(e)
        print(e)
        print(str(e), f"[{e}]", repr(e), e.args, e.status)
        print(e.__class__.__name__, e.__class__ is NotFound, type(e) == e.__class__)
print(errors)
print("; ".join(str(e) for e in errors))
try:
    try:
        fetch("/boom")
    except ServerError as e:
        raise RuntimeError(f"wrapped: {e}") from e
except RuntimeError as r:
    print(r, "| cause:", r.__cause__)
raise NotFound("/final")
