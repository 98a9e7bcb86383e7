package builtins

// moduleTable describes the functions of the modules a program may import
// (asyncio, time), one row each, with typeshed's signatures (an async def
// is written as a function returning Coroutine[Any, Any, R]). They are
// typed and lowered by hooks registered under their names in check and
// codegen (their overloads and argument-dependent results need them); the
// checker resolves module.name through this table, and the language
// reference's module tables are generated from it.
var moduleTable = []Entry{
	{Name: "asyncio.all_tasks", Sig: "(loop: AbstractEventLoop | None = None) -> set[Task[Any]]", Go: RT("AllTasks"), Doc: "the loop's tasks that are not done"},
	{Name: "asyncio.as_completed", Sig: "(fs: Iterable[Awaitable[T]], *, timeout: float | None = None) -> Iterator[Future[T]]", Doc: "awaitables of the results in completion order"},
	{Name: "asyncio.create_task", Sig: "(coro: Coroutine[Any, Any, T], *, name: str | None = None) -> Task[T]", Go: RT("CreateTask"), Doc: "schedule a coroutine as a task"},
	{Name: "asyncio.current_task", Sig: "(loop: AbstractEventLoop | None = None) -> Task[Any] | None", Go: RT("CurrentTask"), Doc: "the running task"},
	{Name: "asyncio.ensure_future", Sig: "(coro_or_future: Awaitable[T], *, loop: AbstractEventLoop | None = None) -> Future[T]", Doc: "a task of a coroutine; a task or future as is"},
	{Name: "asyncio.gather", Sig: "(*coros_or_futures: Awaitable[T], return_exceptions: bool = False) -> Future[tuple[T, ...]]", Doc: "results of the awaitables, in argument order (fixed arguments: a tuple of each type; with return_exceptions, T | BaseException)"},
	{Name: "asyncio.get_event_loop", Sig: "() -> AbstractEventLoop", Go: RT("GetRunningLoop"), Doc: "the current event loop"},
	{Name: "asyncio.get_running_loop", Sig: "() -> AbstractEventLoop", Go: RT("GetRunningLoop"), Doc: "the running event loop"},
	{Name: "asyncio.iscoroutine", Sig: "(obj: object) -> bool", Doc: "whether obj is a coroutine object (narrows a union to its coroutines)"},
	{Name: "asyncio.iscoroutinefunction", Sig: "(func: object) -> bool", Doc: "whether func is an async def function (narrows a union of callables to those returning coroutines)"},
	{Name: "asyncio.isfuture", Sig: "(obj: object) -> bool", Doc: "whether obj is a task or future (narrows a union to its tasks and futures)"},
	{Name: "asyncio.new_event_loop", Sig: "() -> AbstractEventLoop", Doc: "a new event loop"},
	{Name: "asyncio.open_connection", Sig: "(host: str | None = None, port: int | None = None, *, limit: int = 65536) -> Coroutine[Any, Any, tuple[StreamReader, StreamWriter]]", Doc: "a TCP connection as a reader and a writer"},
	{Name: "asyncio.run", Sig: "(main: Coroutine[Any, Any, T], *, debug: bool | None = None) -> T", Doc: "run a coroutine on a new event loop"},
	{Name: "asyncio.run_coroutine_threadsafe", Sig: "(coro: Coroutine[Any, Any, T], loop: AbstractEventLoop) -> concurrent.futures.Future[T]", Doc: "submit a coroutine to a loop from another thread"},
	{Name: "asyncio.set_event_loop", Sig: "(loop: AbstractEventLoop | None, /) -> None", Doc: "set the current event loop"},
	{Name: "asyncio.shield", Sig: "(arg: Awaitable[T]) -> Future[T]", Go: RT("ShieldFuture"), Doc: "a future that cancelling does not propagate into arg"},
	{Name: "asyncio.sleep", Sig: "(delay: float, result: T = None) -> Coroutine[Any, Any, T]", Doc: "suspend for delay seconds, then give result"},
	{Name: "asyncio.start_server", Sig: "(client_connected_cb: Callable[[StreamReader, StreamWriter], Awaitable[None] | None], host: str | None = None, port: int | None = None, *, limit: int = 65536) -> Coroutine[Any, Any, Server]", Doc: "a TCP server calling the callback per connection"},
	{Name: "asyncio.TaskGroup", Sig: "() -> TaskGroup", Go: RT("NewTaskGroup"), Doc: "class: a group of tasks awaited together (async with)"},
	{Name: "asyncio.timeout", Sig: "(delay: float | None) -> Timeout", Go: RT("NewTimeout"), Doc: "an async context manager cancelling its block after delay seconds"},
	{Name: "asyncio.timeout_at", Sig: "(when: float | None) -> Timeout", Go: RT("NewTimeoutAt"), Doc: "an async context manager cancelling its block at loop time when"},
	{Name: "asyncio.to_thread", Sig: "(func: Callable[..., R], /, *args: Any) -> Coroutine[Any, Any, R]", Doc: "run a function in a worker thread"},
	{Name: "asyncio.wait", Sig: "(fs: Iterable[Future[T]], *, timeout: float | None = None, return_when: str = 'ALL_COMPLETED') -> Coroutine[Any, Any, tuple[set[Future[T]], set[Future[T]]]]", Doc: "wait for tasks or futures: (done, pending)"},
	{Name: "asyncio.wait_for", Sig: "(fut: Awaitable[T], timeout: float | None) -> Coroutine[Any, Any, T]", Doc: "the result of fut, cancelling it after timeout seconds (TimeoutError)"},
	{Name: "bisect.bisect", Sig: "(a: Sequence[T], x: T, lo: int = 0, hi: int | None = None, *, key: Callable[[T], Any] | None = None) -> int", Go: Py("BisectRight"), Doc: "bisect_right"},
	{Name: "bisect.bisect_left", Sig: "(a: Sequence[T], x: T, lo: int = 0, hi: int | None = None, *, key: Callable[[T], Any] | None = None) -> int", Go: Py("BisectLeft"), Doc: "the first index of sorted a[lo:hi] where x could be inserted keeping it sorted (with key=, x is a key)"},
	{Name: "bisect.bisect_right", Sig: "(a: Sequence[T], x: T, lo: int = 0, hi: int | None = None, *, key: Callable[[T], Any] | None = None) -> int", Go: Py("BisectRight"), Doc: "the index after the last item of sorted a[lo:hi] not greater than x (with key=, x is a key)"},
	{Name: "bisect.insort", Sig: "(a: list[T], x: T, lo: int = 0, hi: int | None = None, *, key: Callable[[T], Any] | None = None) -> None", Go: Py("Insort"), Doc: "insort_right"},
	{Name: "bisect.insort_left", Sig: "(a: list[T], x: T, lo: int = 0, hi: int | None = None, *, key: Callable[[T], Any] | None = None) -> None", Go: Py("Insort"), Doc: "insert x into sorted list a before the items equal to it"},
	{Name: "bisect.insort_right", Sig: "(a: list[T], x: T, lo: int = 0, hi: int | None = None, *, key: Callable[[T], Any] | None = None) -> None", Go: Py("Insort"), Doc: "insert x into sorted list a after the items equal to it"},
	{Name: "collections.Counter", Sig: "(iterable: Iterable[T] = ..., /) -> Counter[T]", Go: Py("NewCounter"), Also: []GoIdent{Py("CounterAddDict"), Py("CounterBinop"), Py("CounterUnary"), Py("CounterInplace")}, Doc: "class: a dict counting elements (missing keys count 0; also from another Counter; + - | & of two Counters, unary + and -, and their in-place forms keep the positive counts)"},
	{Name: "collections.OrderedDict", Sig: "() -> OrderedDict[K, V]", Go: Py("NewOrderedDict"), Doc: "class: a dict with move_to_end and popitem(last=False)"},
	{Name: "collections.defaultdict", Sig: "(default_factory: Callable[[], V], /) -> defaultdict[K, V]", Go: Py("NewDefaultDict"), Doc: "class: a dict inserting default_factory() for a missing key read with d[k]"},
	{Name: "collections.deque", Sig: "(iterable: Iterable[T] = ..., maxlen: int | None = None) -> deque[T]", Go: Py("NewDeque"), Doc: "class: a list with fast appends and pops at both ends, optionally bounded"},
	{Name: "functools.reduce", Sig: "(function: Callable[[T, S], T], iterable: Iterable[S], initial: T = ..., /) -> T", Go: Py("Reduce"), Doc: "function applied cumulatively to the items, from initial (or the first item)"},
	{Name: "heapq.heapify", Sig: "(heap: list[T], /) -> None", Go: Py("Heapify"), Doc: "make a list a min-heap in place"},
	{Name: "heapq.heappop", Sig: "(heap: list[T], /) -> T", Go: Py("HeapPop"), Doc: "pop the smallest item of a heap"},
	{Name: "heapq.heappush", Sig: "(heap: list[T], item: T, /) -> None", Go: Py("HeapPush"), Doc: "push an item onto a heap"},
	{Name: "heapq.heappushpop", Sig: "(heap: list[T], item: T, /) -> T", Go: Py("HeapPushPop"), Doc: "push item, then pop the smallest"},
	{Name: "heapq.heapreplace", Sig: "(heap: list[T], item: T, /) -> T", Go: Py("HeapReplace"), Doc: "pop the smallest, then push item"},
	{Name: "heapq.nlargest", Sig: "(n: int, iterable: Iterable[T], key: Callable[[T], Any] | None = None) -> list[T]", Go: Py("HeapHead"), Also: []GoIdent{Py("SortedSlice"), Py("SortedSliceByKey")}, Doc: "the n largest items, as sorted(iterable, key=key, reverse=True)[:n]"},
	{Name: "heapq.nsmallest", Sig: "(n: int, iterable: Iterable[T], key: Callable[[T], Any] | None = None) -> list[T]", Go: Py("HeapHead"), Also: []GoIdent{Py("SortedSlice"), Py("SortedSliceByKey")}, Doc: "the n smallest items, as sorted(iterable, key=key)[:n]"},
	{Name: "itertools.accumulate", Sig: "(iterable: Iterable[T], func: Callable[[T, T], T] | None = None, *, initial: T | None = None) -> Iterator[T]", Go: Py("Accumulate"), Doc: "running totals (of + or func), after initial when given"},
	{Name: "itertools.chain", Sig: "(*iterables: Iterable[T]) -> Iterator[T]", Go: Py("ItChain"), Doc: "the elements of each iterable in turn (of one element type)"},
	{Name: "itertools.chain.from_iterable", Sig: "(iterable: Iterable[Iterable[T]], /) -> Iterator[T]", Go: Py("ChainFromIterable"), Doc: "the elements of each iterable the iterable yields"},
	{Name: "itertools.combinations", Sig: "(iterable: Iterable[T], r: int) -> Iterator[tuple[T, ...]]", Go: Py("Combinations"), Doc: "r-length subsequences in lexicographic order of positions"},
	{Name: "itertools.combinations_with_replacement", Sig: "(iterable: Iterable[T], r: int) -> Iterator[tuple[T, ...]]", Go: Py("CombinationsWithReplacement"), Doc: "r-length subsequences allowing repeated elements"},
	{Name: "itertools.count", Sig: "(start: int = 0, step: int = 1) -> Iterator[int]", Go: Py("Count"), Doc: "start, start + step, ... (ints)"},
	{Name: "itertools.cycle", Sig: "(iterable: Iterable[T], /) -> Iterator[T]", Go: Py("Cycle"), Doc: "the elements, then the saved elements again forever"},
	{Name: "itertools.groupby", Sig: "(iterable: Iterable[T], key: Callable[[T], K] | None = None) -> Iterator[tuple[K, Iterator[T]]]", Go: Py("GroupBy"), Doc: "(key, group) for each run of consecutive elements with equal keys; a group ends when the next is taken"},
	{Name: "itertools.islice", Sig: "(iterable: Iterable[T], start: int | None, stop: int | None = ..., step: int | None = ..., /) -> Iterator[T]", Go: Py("ISlice"), Doc: "the elements at positions start, start + step, ... before stop (islice(it, stop) from 0)"},
	{Name: "itertools.pairwise", Sig: "(iterable: Iterable[T], /) -> Iterator[tuple[T, T]]", Go: Py("Pairwise"), Doc: "overlapping pairs of consecutive elements"},
	{Name: "itertools.permutations", Sig: "(iterable: Iterable[T], r: int | None = None) -> Iterator[tuple[T, ...]]", Go: Py("Permutations"), Doc: "r-length orderings in lexicographic order of positions"},
	{Name: "itertools.product", Sig: "(*iterables: Iterable[T], repeat: int = 1) -> Iterator[tuple[T, ...]]", Go: Py("Product"), Also: []GoIdent{Py("Product2"), Py("Product3")}, Doc: "the cartesian product (two or three iterables: tuples of their element types; one with repeat=: tuple[T, ...])"},
	{Name: "itertools.repeat", Sig: "(object: T, times: int = ...) -> Iterator[T]", Go: Py("ItRepeat"), Doc: "object, times times (or forever)"},
	{Name: "math.atan2", Sig: "(y: float, x: float, /) -> float", Go: Py("MathAtan2"), Doc: "arc tangent of y/x in the right quadrant"},
	{Name: "math.ceil", Sig: "(x: float, /) -> int", Go: Py("MathCeil"), Doc: "smallest int not below x"},
	{Name: "math.comb", Sig: "(n: int, k: int, /) -> int", Go: Py("MathComb"), Doc: "number of ways to choose k of n"},
	{Name: "math.copysign", Sig: "(x: float, y: float, /) -> float", Go: Py("MathCopysign"), Doc: "x with the sign of y"},
	{Name: "math.cos", Sig: "(x: float, /) -> float", Go: Py("MathCos"), Doc: "cosine (radians)"},
	{Name: "math.degrees", Sig: "(x: float, /) -> float", Go: Py("MathDegrees"), Doc: "radians to degrees"},
	{Name: "math.e", Sig: "() -> float", Go: Py("MathE"), Const: true, Doc: "constant: Euler's number"},
	{Name: "math.exp", Sig: "(x: float, /) -> float", Go: Py("MathExp"), Doc: "e to the power x"},
	{Name: "math.fabs", Sig: "(x: float, /) -> float", Go: Py("MathFabs"), Doc: "absolute value as a float"},
	{Name: "math.factorial", Sig: "(x: int, /) -> int", Go: Py("MathFactorial"), Doc: "x!"},
	{Name: "math.floor", Sig: "(x: float, /) -> int", Go: Py("MathFloor"), Doc: "largest int not above x"},
	{Name: "math.fmod", Sig: "(x: float, y: float, /) -> float", Go: Py("MathFmod"), Doc: "C's fmod (sign of x)"},
	{Name: "math.gcd", Sig: "(a: int, b: int, /) -> int", Go: Py("MathGcd"), Doc: "greatest common divisor (two arguments)"},
	{Name: "math.hypot", Sig: "(x: float, y: float, /) -> float", Go: Py("MathHypot"), Doc: "Euclidean norm (two arguments)"},
	{Name: "math.inf", Sig: "() -> float", Go: Py("MathInf"), Const: true, Doc: "constant: positive infinity"},
	{Name: "math.isclose", Sig: "(a: float, b: float, *, rel_tol: float = 0.000000001, abs_tol: float = 0.0) -> bool", Go: Py("MathIsClose"), Doc: "whether a and b are close"},
	{Name: "math.isfinite", Sig: "(x: float, /) -> bool", Go: Py("MathIsFinite"), Doc: "neither infinite nor NaN"},
	{Name: "math.isinf", Sig: "(x: float, /) -> bool", Go: Py("MathIsInf"), Doc: "positive or negative infinity"},
	{Name: "math.isnan", Sig: "(x: float, /) -> bool", Go: Py("MathIsNaN"), Doc: "not a number"},
	{Name: "math.isqrt", Sig: "(n: int, /) -> int", Go: Py("MathIsqrt"), Doc: "integer square root"},
	{Name: "math.lcm", Sig: "(a: int, b: int, /) -> int", Go: Py("MathLcm"), Doc: "least common multiple (two arguments)"},
	{Name: "math.log", Sig: "(x: float, base: float | None = None, /) -> float", Go: Py("MathLog"), Doc: "natural logarithm (or to base)"},
	{Name: "math.log10", Sig: "(x: float, /) -> float", Go: Py("MathLog10"), Doc: "base-10 logarithm"},
	{Name: "math.log2", Sig: "(x: float, /) -> float", Go: Py("MathLog2"), Doc: "base-2 logarithm"},
	{Name: "math.nan", Sig: "() -> float", Go: Py("MathNaN"), Const: true, Doc: "constant: not a number"},
	{Name: "math.pi", Sig: "() -> float", Go: Py("MathPi"), Const: true, Doc: "constant: pi"},
	{Name: "math.pow", Sig: "(x: float, y: float, /) -> float", Go: Py("MathPow"), Doc: "x to the power y as a float"},
	{Name: "math.prod", Sig: "(iterable: Iterable[int], /, *, start: int = 1) -> int", Go: Py("MathProd"), Doc: "start times the elements (ints; an iterable of floats is refused: CPython gives the int start for an empty one)"},
	{Name: "math.radians", Sig: "(x: float, /) -> float", Go: Py("MathRadians"), Doc: "degrees to radians"},
	{Name: "math.sin", Sig: "(x: float, /) -> float", Go: Py("MathSin"), Doc: "sine (radians)"},
	{Name: "math.sqrt", Sig: "(x: float, /) -> float", Go: Py("MathSqrt"), Doc: "square root"},
	{Name: "math.tan", Sig: "(x: float, /) -> float", Go: Py("MathTan"), Doc: "tangent (radians)"},
	{Name: "math.tau", Sig: "() -> float", Go: Py("MathTau"), Const: true, Doc: "constant: 2 pi"},
	{Name: "math.trunc", Sig: "(x: float, /) -> int", Go: Py("MathTrunc"), Doc: "x truncated toward zero"},
	{Name: "sys.exit", Sig: "(code: object = ..., /) -> NoReturn", Go: Py("Exit"), Doc: "raise SystemExit(code), as exit (extension)"},
	{Name: "sys.getrecursionlimit", Sig: "() -> int", Go: Py("GetRecursionLimit"), Doc: "the recursion limit, 1000 (extension)"},
	{Name: "sys.maxsize", Sig: "() -> int", Go: Py("SysMaxsize"), Const: true, Doc: "constant: the largest int, 2**63 - 1 (extension)"},
	{Name: "time.monotonic", Sig: "() -> float", Go: RT("Monotonic"), Doc: "a monotonic clock in seconds (the event loop's clock)"},
	{Name: "time.perf_counter", Sig: "() -> float", Go: RT("Monotonic"), Doc: "a monotonic clock in seconds"},
	{Name: "time.sleep", Sig: "(secs: float, /) -> None", Doc: "block the thread for secs seconds"},
	{Name: "time.time", Sig: "() -> float", Doc: "seconds since the epoch"},
}

// Modules lists the modules whose functions the table describes.
var Modules = []string{"asyncio", "time", "bisect", "collections", "functools", "heapq", "itertools", "math", "sys"}

// IsModule reports whether name is a module described by the table.
func IsModule(name string) bool {
	for _, m := range Modules {
		if m == name {
			return true
		}
	}
	return false
}
