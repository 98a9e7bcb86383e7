package builtins

import (
	"strings"
)

// The generated part of docs/language.md lies between these markers.
const (
	DocBegin = "<!-- BEGIN GENERATED FROM package builtins (go generate ./builtins); DO NOT EDIT -->"
	DocEnd   = "<!-- END GENERATED -->"
)

// receiverOrder lists the receiver types in the order the reference shows them.
var receiverOrder = []string{"str", "bytes", "int", "float", "list", "tuple", "dict", "set", "frozenset", "bytearray", "deque", "Counter", "OrderedDict", "Sequence", "AbstractSet"}

// Markdown renders the built-in table as the Markdown section of the
// language reference: the built-in functions, then the methods of each
// built-in type, then module functions.
func Markdown() string {
	var b strings.Builder
	b.WriteString("### Built-in functions\n\n")
	b.WriteString("| Function | Signature | Description |\n|---|---|---|\n")
	for _, e := range Functions() {
		row(&b, e)
	}
	groups := map[string][]*Entry{}
	for _, e := range All() {
		if r := e.Receiver(); r != "" {
			groups[r] = append(groups[r], e)
		}
	}
	seen := map[string]bool{}
	order := append([]string{}, receiverOrder...)
	for _, e := range All() {
		if r := e.Receiver(); r != "" && !contains(order, r) {
			order = append(order, r)
		}
	}
	for _, r := range order {
		if len(groups[r]) == 0 || seen[r] {
			continue
		}
		seen[r] = true
		kind := "Methods of `" + r + "`"
		if !contains(receiverOrder, r) {
			kind = "Module `" + r + "`"
		}
		b.WriteString("\n### " + kind + "\n\n")
		b.WriteString("| Name | Signature | Description |\n|---|---|---|\n")
		for _, e := range groups[r] {
			row(&b, e)
		}
	}
	return b.String()
}

func row(b *strings.Builder, e *Entry) {
	sig := strings.ReplaceAll(e.Sig, "|", `\|`)
	b.WriteString("| `" + e.Short() + "` | `" + sig + "` | " + e.Doc + " |\n")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
