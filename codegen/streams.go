package codegen

import (
	"github.com/aiogo/aiogo/ast"
	"github.com/aiogo/aiogo/check"
	. "github.com/dave/jennifer/jen"
)

// Streams (runtime/streams.go): start_server, open_connection and the
// methods of StreamReader, StreamWriter, Server and server sockets.

// streamArg returns positional argument i or the keyword kw (nil: absent).
func (g *gen) streamArg(x *ast.Call, i int, kw string) ast.Expr {
	if i < len(x.Args) {
		return x.Args[i]
	}
	return g.kw(x, kw)
}

// streamHost emits the host argument as a string ("" for None).
func (g *gen) streamHost(e ast.Expr) Code {
	switch t := g.typeOf(e).(type) {
	case *check.Optional:
		return rt("HostOf").Call(g.expr(e))
	default:
		if t == check.None {
			return Lit("")
		}
	}
	return g.exprTo(e, check.Str)
}

// streamOptions emits the keyword arguments of start_server
// (rt.ServerOptions) or open_connection (rt.ConnOptions); absent ones keep
// their zero value, which means CPython's default.
func (g *gen) streamOptions(x *ast.Call, typ string) Code {
	d := Dict{}
	set := func(kw, field string, t check.Type) {
		if e := g.kw(x, kw); e != nil {
			d[Id(field)] = g.exprTo(e, t)
		}
	}
	set("limit", "Limit", check.Int)
	if typ == "ServerOptions" {
		set("backlog", "Backlog", check.Int)
		set("reuse_address", "ReuseAddress", &check.Optional{Elem: check.Bool})
		set("reuse_port", "ReusePort", &check.Optional{Elem: check.Bool})
		if e := g.kw(x, "start_serving"); e != nil {
			d[Id("NoServing")] = Op("!").Parens(g.exprTo(e, check.Bool))
		}
	} else {
		set("local_addr", "LocalAddr", &check.Optional{Elem: &check.Tuple{Elems: []check.Type{check.Str, check.Int}}})
	}
	return rt(typ).Values(d)
}

// streamCall emits start_server and open_connection.
func (g *gen) streamCall(x *ast.Call, name string) (*Statement, bool) {
	switch name {
	case "asyncio.start_server":
		return rt("StartServer").Call(g.exprTo(x.Args[0], &check.Func{
			Params: []check.Param{{Type: check.StreamReaderType}, {Type: check.StreamWriterType}},
			Ret:    &check.Coroutine{Result: check.None},
		}), g.streamHost(g.streamArg(x, 1, "host")), g.exprTo(g.streamArg(x, 2, "port"), check.Int), g.streamOptions(x, "ServerOptions")), true
	case "asyncio.StreamReader":
		var limit Code = rt("DefaultStreamLimit")
		if len(x.Args) == 1 {
			limit = g.exprTo(x.Args[0], check.Int)
		} else if e := g.kw(x, "limit"); e != nil {
			limit = g.exprTo(e, check.Int)
		}
		return rt("NewStreamReaderLimit").Call(limit), true
	case "asyncio.open_connection":
		return rt("OpenConnection").Call(g.streamHost(g.streamArg(x, 0, "host")), g.exprTo(g.streamArg(x, 1, "port"), check.Int), g.streamOptions(x, "ConnOptions")), true
	}
	return nil, false
}

// streamMethods maps Python method names to the Go methods of the stream
// types.
var streamMethods = map[string]string{
	"read": "Read", "readline": "Readline", "readexactly": "Readexactly", "readuntil": "Readuntil",
	"at_eof": "AtEOF", "feed_eof": "FeedEOF", "feed_data": "FeedData",
	"write": "Write", "writelines": "Writelines", "drain": "Drain", "write_eof": "WriteEOF",
	"close": "Close", "wait_closed": "WaitClosed", "can_write_eof": "CanWriteEOF", "is_closing": "IsClosing",
	"serve_forever": "ServeForever", "start_serving": "StartServing", "is_serving": "IsServing",
	"get_loop": "GetLoop", "getsockname": "GetSockName",
}

// streamMethod emits the methods of the stream types.
func (g *gen) streamMethod(x *ast.Call, r *Statement, t *check.Opaque, name string) (*Statement, bool) {
	switch t {
	case check.StreamReaderType, check.StreamWriterType, check.ServerType, check.SocketType:
	case check.TextIOType:
		return g.textIOMethod(x, r, name) // sysmod.go
	default:
		return nil, false
	}
	switch {
	case t == check.StreamReaderType && name == "read":
		if len(x.Args) == 0 {
			return r.Dot("Read").Call(Lit(-1)), true
		}
	case t == check.StreamReaderType && name == "readuntil":
		if len(x.Args) == 0 {
			return r.Dot("Readuntil").Call(py("Bytes").Call(Lit("\n"))), true
		}
	case t == check.StreamWriterType && name == "get_extra_info":
		if _, ok := g.typeOf(x).(*check.Tuple); ok {
			return r.Dot("Addr").Call(g.expr(x.Args[0])), true
		}
		return r.Dot("GetExtraInfo").Call(g.expr(x.Args[0])), true
	case t == check.StreamWriterType && name == "writelines":
		return r.Dot("Writelines").Call(g.exprTo(x.Args[0], &check.List{Elem: check.Bytes})), true
	}
	m, ok := streamMethods[name]
	if !ok {
		return nil, false
	}
	var args []Code
	for _, a := range x.Args {
		switch g.typeOf(a) {
		case check.Int:
			args = append(args, g.exprTo(a, check.Int))
		case check.Bytes:
			args = append(args, g.exprTo(a, check.Bytes))
		default:
			args = append(args, g.expr(a))
		}
	}
	return r.Dot(m).Call(args...), true
}

// streamReadOp is the embedded operation of an await of a StreamReader
// read (ir.OpStreamRead): a runtime ReadOp in the frame, initialised like
// the call streamMethod emits for the method.
func (g *gen) streamReadOp(call *ast.Call, recv func(more ...func() Code) []Code) *syncOp {
	arg := func(t check.Type, dflt Code) func() Code {
		return func() Code {
			if len(call.Args) == 0 {
				return dflt
			}
			return g.exprTo(call.Args[0], t)
		}
	}
	switch call.Func.(*ast.Attribute).Attr {
	case "readline":
		return &syncOp{rt("ReadOp"), "InitLine", recv()}
	case "read":
		return &syncOp{rt("ReadOp"), "InitRead", recv(arg(check.Int, Lit(-1)))}
	case "readexactly":
		return &syncOp{rt("ReadOp"), "InitExactly", recv(arg(check.Int, nil))}
	}
	return &syncOp{rt("ReadOp"), "InitUntil", recv(arg(check.Bytes, py("Bytes").Call(Lit("\n"))))}
}
