# hasattr(obj, name) with a name known only at run time: the names of the
# fields, methods and class attributes of a class without subclasses.
from dataclasses import dataclass


@dataclass
class Settings:
    host: str = "localhost"
    port: int = 80

    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


class Bot:
    greeting = "hi"

    def cmd_hello(self, who: str) -> str:
        return f"{self.greeting} {who}"

    def cmd_bye(self, who: str) -> str:
        return f"bye {who}"

    def run(self, line: str) -> str:
        name, arg = line.split()
        if not hasattr(self, "cmd_" + name):
            return f"unknown: {name}"
        reply: str = getattr(self, "cmd_" + name)(arg)
        return reply


s = Settings()
for key in ["host", "port", "url", "timeout"]:
    print(key, hasattr(s, key))
b = Bot()
for line in ["hello ann", "bye bob", "dance cid"]:
    print(b.run(line))
print([hasattr(b, k) for k in ("greeting", "run", "nope")])
