# A method chain split over lines: an unknown attribute is reported at the
# line where the chain starts, as mypy reports it.
import asyncio


async def main() -> None:
    words = ["b", "a"]
    text = (", "
            .join(sorted(words))
            .uper())
    print(text)


asyncio.run(main())
