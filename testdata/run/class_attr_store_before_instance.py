# A class attribute stored through the class in a function defined before
# the one storing it through an instance: the instance store gives that
# instance its own attribute; the others read the class's, and see the
# class store, as in CPython.
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
