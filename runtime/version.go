package runtime

// Version is the version of this runtime, and of the aiogo that carries it
// (aiogo version).
const Version = "v0.9.0"

// GenVersion is the version of the protocol between generated code and
// this runtime; MinGenVersion is the oldest generated code it still
// supports. Generated library packages assert at compile time that
//
//	MinGenVersion <= their version <= GenVersion
//
// with two constants of type EnforceVersion, which overflow (a compile
// error naming EnforceVersion) on skew, like protoc-gen-go's
// protoimpl.EnforceVersion.
const (
	GenVersion    = 1
	MinGenVersion = 1
)

// EnforceVersion is the type of generated code's version assertions: a
// negative constant converted to it fails to compile.
type EnforceVersion uint
