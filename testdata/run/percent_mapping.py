"""printf-style formatting with a mapping: %(key)s conversions read a dict."""
import asyncio


async def main() -> None:
    row = {"name": "widget", "qty": 3, "price": 2.5}
    print("%(name)-10s|%(qty)5d|%(price)8.2f|" % row)
    print("%(name)s x%(qty)s = %(total).1f" % {"name": "gizmo", "qty": 2, "total": 9.99})
    print("%s" % {"a": 1}, "%r and %s" % ("x", [1]))
    try:
        print("%(missing)s" % row)
    except KeyError as e:
        print("KeyError", e)
    print("%(name)s only" % row)


asyncio.run(main())
