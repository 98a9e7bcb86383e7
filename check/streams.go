package check

import "github.com/aiogo/aiogo/ast"

// Streams (runtime/streams.go): asyncio.start_server, asyncio.open_connection,
// StreamReader, StreamWriter, Server and the sockets of a server.

// The stream types.
var (
	StreamReaderType = &Opaque{"StreamReader", "StreamReader"}
	StreamWriterType = &Opaque{"StreamWriter", "StreamWriter"}
	ServerType       = &Opaque{"Server", "Server"}
	// SocketType is what Server.sockets holds (asyncio.trsock.TransportSocket).
	SocketType = &Opaque{"TransportSocket", "Socket"}
)

func init() {
	// async with server: __aenter__ returns the server, __aexit__ closes it
	// and awaits wait_closed().
	RuntimeCMs["Server"] = &RuntimeCM{Async: true, EnterResult: ServerType, As: ServerType, ExitAwaits: true, ExitResult: None}
}

// addrType is the (host, port) tuple of an IPv4 address.
var addrType = &Tuple{Elems: []Type{Str, Int}}

// streamType maps asyncio.X annotations of streams.
func streamType(name string) Type {
	switch name {
	case "asyncio.StreamReader":
		return StreamReaderType
	case "asyncio.StreamWriter":
		return StreamWriterType
	case "asyncio.Server", "asyncio.base_events.Server":
		return ServerType
	}
	return nil
}

// streamModuleAttr types asyncio.start_server, open_connection and the
// stream exceptions.
func (c *checker) streamModuleAttr(full string) (Type, bool) {
	switch full {
	case "asyncio.start_server", "asyncio.open_connection", "asyncio.StreamReader":
		return &BuiltinFunc{full}, true
	case "asyncio.IncompleteReadError", "asyncio.LimitOverrunError":
		return &ClassRef{c.ioExcClass(full[len("asyncio."):])}, true
	}
	return nil, false
}

// handlerType is the type of a client_connected_cb.
var handlerType = &Func{Params: []Param{{Type: StreamReaderType}, {Type: StreamWriterType}}, Ret: &Coroutine{None}}

// streamCall types start_server and open_connection.
func (c *checker) streamCall(x *ast.Call, name string, want Type) (Type, bool) {
	hostPort := func(from int) {
		for i, t := range []Type{&Optional{Str}, Int} {
			var e ast.Expr
			if from+i < len(x.Args) {
				e = x.Args[from+i]
			} else if k := c.keyword(x, []string{"host", "port"}[i]); k != nil {
				e = k.Value
			}
			if e == nil {
				c.errorf(x.Pos, "%s needs a host and a port", name)
				return
			}
			if at := c.exprWant(e, t); at != nil {
				c.assignable(at, t, e, name+" argument")
			}
		}
	}
	kw := func(name string, t Type) {
		if k := c.keyword(x, name); k != nil {
			if at := c.exprWant(k.Value, t); at != nil {
				c.assignable(at, t, k.Value, name)
			}
		}
	}
	limit := func() { kw("limit", Int) }
	switch name {
	case "asyncio.start_server":
		// CPython 3.11's keywords, except the ones for TLS, sockets given
		// by the program and address families (see ServerOptions).
		c.noKeywords(x, "host", "port", "limit", "backlog", "reuse_address", "reuse_port", "start_serving")
		kw("backlog", Int)
		kw("reuse_address", &Optional{Bool})
		kw("reuse_port", &Optional{Bool})
		kw("start_serving", Bool)
		if !c.nargs(x, name, 1, 3) {
			return nil, true
		}
		if t := c.exprWant(x.Args[0], handlerType); t != nil {
			f, ok := t.(*Func)
			if !ok || len(f.Params) != 2 {
				c.errorf(x.Args[0].Position(), "start_server needs an async def handler(reader, writer), not %s", t)
			} else if co, ok := f.Ret.(*Coroutine); !ok || co.Result != None {
				c.errorf(x.Args[0].Position(), "start_server needs an async def handler returning None, not %s", t)
			} else {
				c.assignable(t, handlerType, x.Args[0], "client_connected_cb")
			}
		}
		hostPort(1)
		limit()
		return &Coroutine{ServerType}, true
	case "asyncio.StreamReader":
		// A reader the program feeds itself (feed_data, feed_eof): a
		// protocol parser tested without a connection.
		c.noKeywords(x, "limit")
		if !c.nargs(x, name, 0, 1) {
			return nil, true
		}
		if len(x.Args) == 1 {
			if at := c.exprWant(x.Args[0], Int); at != nil {
				c.assignable(at, Int, x.Args[0], "limit")
			}
		}
		limit()
		return StreamReaderType, true
	case "asyncio.open_connection":
		c.noKeywords(x, "host", "port", "limit", "local_addr")
		kw("local_addr", &Optional{addrType})
		if !c.nargs(x, name, 0, 2) {
			return nil, true
		}
		hostPort(0)
		limit()
		return &Coroutine{&Tuple{Elems: []Type{StreamReaderType, StreamWriterType}}}, true
	}
	return nil, false
}

// streamAttr types Server.sockets.
func streamAttr(recv Type, attr string) Type {
	if recv == ServerType && attr == "sockets" {
		return &Tuple{Elems: []Type{SocketType}, Var: true}
	}
	return nil
}

// streamMethod types the methods of the stream types.
func (c *checker) streamMethod(r *Opaque, name string, x *ast.Call) (Type, bool) {
	var res Type
	var params []Type
	opt := 0
	switch r {
	case StreamReaderType:
		switch name {
		case "read":
			params, opt, res = []Type{Int}, 1, &Coroutine{Bytes}
		case "readline":
			res = &Coroutine{Bytes}
		case "readexactly":
			params, res = []Type{Int}, &Coroutine{Bytes}
		case "readuntil":
			params, opt, res = []Type{Bytes}, 1, &Coroutine{Bytes}
		case "at_eof":
			res = Bool
		case "feed_eof":
			res = None
		case "feed_data":
			params, res = []Type{Bytes}, None
		}
	case StreamWriterType:
		switch name {
		case "write":
			params, res = []Type{Bytes}, None
		case "writelines":
			params, res = []Type{&List{Bytes}}, None
		case "drain", "wait_closed":
			res = &Coroutine{None}
		case "write_eof", "close":
			res = None
		case "can_write_eof", "is_closing":
			res = Bool
		case "get_extra_info":
			params, res = []Type{Str}, Object
			if x != nil && len(x.Args) == 1 {
				if s, ok := x.Args[0].(*ast.StrLit); ok && (s.Value == "peername" || s.Value == "sockname") {
					res = addrType
				}
			}
		}
	case ServerType:
		switch name {
		case "close":
			res = None
		case "wait_closed", "serve_forever", "start_serving":
			res = &Coroutine{None}
		case "is_serving":
			res = Bool
		case "get_loop":
			res = LoopType
		}
	case SocketType:
		switch name {
		case "getsockname":
			res = addrType
		}
	case TextIOType: // sysmod.go
		switch name {
		case "write":
			params, res = []Type{Str}, Int
		case "flush":
			res = None
		}
	}
	if res == nil {
		return nil, false
	}
	if x == nil {
		return r, true
	}
	c.noKeywords(x)
	if !c.nargs(x, name, len(params)-opt, len(params)) {
		return nil, true
	}
	for i, a := range x.Args {
		if t := c.exprWant(a, params[i]); t != nil {
			c.assignable(t, params[i], a, "argument to "+name)
		}
	}
	return res, true
}
