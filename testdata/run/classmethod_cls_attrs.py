# cls.X in a class method: class attributes (ClassVar or plain), static
# and other class methods, bound to the method's class.
import asyncio
from dataclasses import dataclass
from typing import ClassVar, Self


@dataclass
class Endpoint:
    DEFAULT_PORT: ClassVar[int] = 8080
    SCHEMES: ClassVar[tuple[str, ...]] = ("http", "https")
    PREFIX = "ep"
    scheme: str
    host: str
    port: int

    @classmethod
    def parse(cls, url: str) -> Self:
        scheme, sep, rest = url.partition("://")
        if not sep:
            scheme, rest = cls.SCHEMES[0], url
        if scheme not in cls.SCHEMES:
            raise ValueError(f"{cls.PREFIX}: unsupported scheme {scheme!r}")
        host, _, port = rest.partition(":")
        return cls(scheme, cls.normalize(host), int(port) if port else cls.default_port(scheme))

    @classmethod
    def default_port(cls, scheme: str) -> int:
        return 443 if scheme == "https" else cls.DEFAULT_PORT

    @staticmethod
    def normalize(host: str) -> str:
        return host.strip().lower() or "localhost"

    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


async def main() -> None:
    for raw in ["https://Example.org", "api.local:9000", "http://:81", "ftp://x"]:
        await asyncio.sleep(0)
        try:
            print(Endpoint.parse(raw).url())
        except ValueError as e:
            print("error:", e)
    Endpoint.DEFAULT_PORT = 8000
    print(Endpoint.parse("h").port, Endpoint.default_port("http"), Endpoint.SCHEMES)


asyncio.run(main())
