class Handler:
    routes: list[str] = []
    hits = 0

    @classmethod
    def route(cls, path: str) -> None:
        cls.routes = cls.routes + [path]

    def handle(self) -> int:
        type(self).hits += 1
        return self.hits


class Api(Handler):
    pass


class Admin(Api):
    routes: list[str] = ["/admin"]


def main() -> None:
    Handler.route("/")
    Api.route("/api")
    Admin.route("/admin/users")
    print(Handler.routes, Api.routes, Admin.routes)
    Api.routes = []
    print(Handler.routes, Api.routes, Admin.routes)
    hs = [Handler(), Api(), Admin(), Api()]
    print([h.handle() for h in hs], [h.hits for h in hs])
    Handler.hits = 10
    print([h.hits for h in hs], Handler.hits, Api.hits, Admin.hits)


main()
