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
	{Name: "time.monotonic", Sig: "() -> float", Go: RT("Monotonic"), Doc: "a monotonic clock in seconds (the event loop's clock)"},
	{Name: "time.perf_counter", Sig: "() -> float", Go: RT("Monotonic"), Doc: "a monotonic clock in seconds"},
	{Name: "time.sleep", Sig: "(secs: float, /) -> None", Doc: "block the thread for secs seconds"},
	{Name: "time.time", Sig: "() -> float", Doc: "seconds since the epoch"},
}

// Modules lists the modules whose functions the table describes.
var Modules = []string{"asyncio", "time"}

// IsModule reports whether name is a module described by the table.
func IsModule(name string) bool {
	for _, m := range Modules {
		if m == name {
			return true
		}
	}
	return false
}
