from dataclasses import dataclass, fields


@dataclass
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool = False
    name: str = "svc"
    retries: int = 3


INTS = {"port", "retries"}
BOOLS = {"debug"}


def load(cfg: Config, pairs: dict[str, str]) -> list[str]:
    unknown: list[str] = []
    names = [f.name for f in fields(cfg)]
    for key, raw in pairs.items():
        if key not in names:
            unknown.append(key)
        elif key in INTS:
            setattr(cfg, key, int(raw))
        elif key in BOOLS:
            setattr(cfg, key, raw == "yes")
        else:
            setattr(cfg, key, raw)
    return unknown


cfg = Config()
print(load(cfg, {"port": "9000", "debug": "yes", "host": "example.org", "colour": "red"}))
print(cfg)
setattr(cfg, "name", "api")
setattr(cfg, "retries", cfg.retries * 2)
print(cfg.name, cfg.port + 1, cfg.retries)
for f in fields(cfg):
    print(f.name, getattr(cfg, f.name))
