# A class attribute stored through the class in a function defined before
# the one storing it through an instance: the instance store makes it an
# instance attribute (a copy of the class's value when constructed), so the
# class store, which CPython shows every instance without its own, is
# refused wherever it is in the file.
import asyncio


class Job:
    retries = 3


def reset() -> None:
    Job.retries = 5


def bump(j: Job) -> None:
    j.retries = 1


async def main() -> None:
    j = Job()
    reset()
    bump(j)
    print(j.retries, Job().retries)


asyncio.run(main())
