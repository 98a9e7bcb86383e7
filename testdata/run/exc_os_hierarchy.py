# The OSError family: errno/strerror/filename, CPython's str and repr,
# errno-to-subclass mapping, and except clauses over the hierarchy.
import asyncio


class ConfigStore:
    def __init__(self) -> None:
        self.files = {"/etc/app.conf": "port=80"}
        self.locked = {"/etc/shadow"}

    def read(self, path: str) -> str:
        if path in self.locked:
            raise PermissionError(13, "Permission denied", path)
        if path not in self.files:
            raise FileNotFoundError(2, "No such file or directory", path)
        return self.files[path]


class QuotaExceeded(OSError):
    pass


def connect(host: str) -> str:
    if host == "refused":
        raise OSError(111, "Connection refused")
    if host == "slow":
        raise TimeoutError("timed out")
    if host == "reset":
        raise ConnectionResetError(104, "Connection reset by peer")
    if host == "quota":
        raise QuotaExceeded(122, "Disk quota exceeded", "/var/data")
    return f"connected to {host}"


async def main() -> None:
    store = ConfigStore()
    for path in ["/etc/app.conf", "/etc/missing", "/etc/shadow"]:
        try:
            print(store.read(path))
        except FileNotFoundError as e:
            print("missing:", e.errno, e.strerror, e.filename)
            print("  str:", e, "| repr:", repr(e), "| args:", e.args)
        except OSError as e:
            print("os:", type(e).__name__, e.errno, e)
    for host in ["db", "refused", "slow", "reset", "quota"]:
        try:
            print(connect(host))
        except ConnectionError as e:
            print("connection:", type(e).__name__, e.errno, str(e), isinstance(e, OSError))
        except OSError as e:
            print("other os:", type(e).__name__, e.errno, e.strerror, e.filename, repr(e))
    try:
        await asyncio.to_thread(lambda: store.read("/nope"))
    except OSError as err:
        print("from thread:", type(err).__name__, err)
    plain = OSError("plain message")
    print(plain.errno, plain.strerror, plain.filename, repr(plain), str(plain))
    alias = IOError(17, "File exists")
    print(type(alias).__name__, isinstance(alias, EnvironmentError), alias)
    pair = OSError(18, "Invalid cross-device link", "a.txt", None, "b.txt")
    print(pair, pair.filename2)
    print(issubclass(ConnectionResetError, ConnectionError), issubclass(TimeoutError, OSError),
          issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionAbortedError, OSError),
          issubclass(FileExistsError, OSError), issubclass(PermissionError, ConnectionError))


asyncio.run(main())
