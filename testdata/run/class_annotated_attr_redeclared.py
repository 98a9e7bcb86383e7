# A subclass declaring again (annotated) a base's class attribute that the base's
# __init__ assigns through self only sometimes: instances start with their own class's value.
class HTTPError(Exception):
    status: int = 500
    reason: str = "Internal"

    def __init__(self, msg: str, status: int = 0) -> None:
        super().__init__(msg)
        if status:
            self.status = status


class NotFound(HTTPError):
    status: int = 404
    reason: str = "Not Found"


for e in [HTTPError("x"), NotFound("y"), NotFound("z", 410), HTTPError("w", 503)]:
    try:
        raise e
    except HTTPError as err:
        print(type(err).__name__, err.status, err.reason, err, HTTPError.status, NotFound.status)
