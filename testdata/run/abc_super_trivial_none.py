# aiogo: extensions
from abc import ABC, abstractmethod


class Repo(ABC):
    @abstractmethod
    def find(self, key: str) -> int | None: ...

    @abstractmethod
    def log(self, msg: str) -> None:
        """Record msg."""


class Mem(Repo):
    def find(self, key: str) -> int | None:
        base = super().find(key)
        return base if base is not None else len(key)

    def log(self, msg: str) -> None:
        super().log(msg)
        print("log:", msg)


def main() -> None:
    r = Mem()
    r.log("hi")
    print(r.find("abc"))


main()
