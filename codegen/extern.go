package codegen

import (
	"fmt"
	"strings"

	"github.com/aiogo/aiogo/check"
	"github.com/aiogo/aiogo/ir"
	. "github.com/dave/jennifer/jen"
)

// Extern describes the Go function implementing a def marked with
// `# aiogo:go PATH.Name` (the driver fills it in after checking the Go
// signature against the def's).
type Extern struct {
	// Path and Name name the Go function.
	Path, Name string
	// Ctx: the Go function takes a context.Context first.
	Ctx bool
	// Err: the Go function returns an error last.
	Err bool
	// Result: the Go function returns a value (the def does not return None).
	Result bool
	// ParamConv holds, per parameter, the Go conversion the argument needs
	// ("int" for a Go int parameter; "" otherwise).
	ParamConv []string
	// ResultConv is "int" when the Go function returns int.
	ResultConv string
}

// GoNativeType returns the Go-native type (as go/types spells it) of a
// language type at the boundary with Go code: int64, float64, bool,
// string, []byte, []T for lists, map[T]struct{} for sets, map[K]V, *T for
// Optional, and struct{V0 A; V1 B} for tuples; "" when t has none (classes included).
func GoNativeType(t check.Type) string {
	switch t := t.(type) {
	case *check.Basic:
		switch t.Kind {
		case check.KInt:
			return "int64"
		case check.KFloat:
			return "float64"
		case check.KBool:
			return "bool"
		case check.KStr:
			return "string"
		case check.KBytes:
			return "[]byte"
		}
	case *check.List:
		if e := GoNativeType(t.Elem); e != "" {
			return "[]" + e
		}
	case *check.Set:
		if e := GoNativeType(t.Elem); e != "" && !strings.Contains(e, "[]") && !strings.Contains(e, "*") {
			return "map[" + e + "]struct{}"
		}
	case *check.Dict:
		k, v := GoNativeType(t.Key), GoNativeType(t.Val)
		if k != "" && k != "[]byte" && v != "" {
			return "map[" + k + "]" + v
		}
	case *check.Optional:
		if e := GoNativeType(t.Elem); e != "" {
			return "*" + e
		}
	case *check.Tuple:
		if t.Var || t.ListRepr {
			return ""
		}
		var fs []string
		for i, e := range t.Elems {
			s := GoNativeType(e)
			if s == "" {
				return ""
			}
			fs = append(fs, fmt.Sprintf("V%d %s", i, s))
		}
		return "struct{" + strings.Join(fs, "; ") + "}"
	}
	return ""
}

// extern emits a def implemented in Go: for an async def, a frame whose
// Step runs the Go function off the loop (rt.GoCallOp); for a plain def, a
// function calling it on the loop (rt.CallGo).
func (g *gen) extern(f *ir.Func, e *Extern) {
	x := &exporter{g: g}
	fi := f.Info
	params, names, vars := g.paramList(f, nil)
	var args []Code
	if e.Ctx {
		if fi.IsAsync {
			args = append(args, Id("ctx"))
		} else {
			args = append(args, Qual("context", "Background").Call())
		}
	}
	for i, p := range fi.Sig.Params {
		a := x.conv(Id(names[i]), p.Type, true)
		if fi.IsAsync {
			// Converted on the loop before the job starts (copyArgs below):
			// the Go function's goroutine reads no language object.
			a = Id(names[i])
		}
		if e.ParamConv[i] != "" {
			a = Id(e.ParamConv[i]).Call(a)
		}
		args = append(args, a)
	}
	hasRes := fi.RetType != check.None
	resType := py("NoneType")
	if hasRes {
		resType = g.goType(fi.RetType).(*Statement)
	}
	call := Qual(e.Path, e.Name).Call(args...)
	// body of func(...) (resType, error)
	var body []Code
	switch {
	case hasRes:
		r := Code(Id("r"))
		if e.ResultConv != "" {
			r = Int64().Call(r)
		}
		conv := x.conv(r, fi.RetType, false)
		if e.Err {
			body = []Code{List(Id("r"), Err()).Op(":=").Add(call), Return(conv, Err())}
		} else {
			body = []Code{Id("r").Op(":=").Add(call), Return(conv, Nil())}
		}
	case e.Err:
		body = []Code{Return(py("None"), call)}
	default:
		body = []Code{call, Return(py("None"), Nil())}
	}
	goName := e.Path + "." + e.Name
	if !fi.IsAsync {
		g.file.Commentf("%s is implemented by the Go function %s.", fi.Name, goName)
		fn := Func().Params().Params(resType, Error()).Block(body...)
		decl := g.file.Func().Id(f.Name).Params(params...)
		if hasRes {
			decl.Add(resType).Block(Return(rt("CallGo").Call(fn)))
		} else {
			decl.Block(rt("CallGo").Call(fn))
		}
		return
	}
	ft := frameType(f)
	fields := []Code{Id("_state").Int()}
	inits := Dict{}
	for i, v := range vars {
		fields = append(fields, Id(v.Name).Add(g.varGoType(v)))
		inits[Id(v.Name)] = Id(names[i])
	}
	fields = append(fields, Id("_op").Add(rt("GoCallOp").Types(resType)))
	g.file.Commentf("%s is the frame of coroutine %s, implemented by the Go function %s.", ft, fi.Name, goName)
	g.file.Type().Id(ft).Struct(fields...)
	g.file.Func().Id(f.Name).Params(params...).Op("*").Id(ft).Block(Return(Op("&").Id(ft).Values(inits)))
	if f.Reusable {
		g.intoConstructor(f, params, inits)
	}
	g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("Result").Params().Add(resType).Block(Return(Id("_f").Dot("_op").Dot("Result").Call()))
	var copyArgs []Code
	for i, v := range vars {
		copyArgs = append(copyArgs, Id(names[i]).Op(":=").Add(x.conv(Id("_f").Dot(v.Name), fi.Sig.Params[i].Type, true)))
	}
	ctxName := "_"
	if e.Ctx {
		ctxName = "ctx"
	}
	start := append(copyArgs,
		Id("_f").Dot("_state").Op("=").Lit(1),
		Id("_f").Dot("_op").Dot("Init").Call(Func().Params(Id(ctxName).Qual("context", "Context")).Params(resType, Error()).Block(body...)),
	)
	g.file.Comment("Step advances the coroutine (see runtime.Awaitable).")
	g.file.Func().Params(Id("_f").Op("*").Id(ft)).Id("Step").Params(Id("_tc").Op("*").Add(rt("TaskCore"))).Bool().Block(
		If(Id("_f").Dot("_state").Op("==").Lit(0)).Block(start...),
		Return(Id("_f").Dot("_op").Dot("Step").Call(Id("_tc"))),
	)
}
