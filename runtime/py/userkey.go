package py

import (
	"reflect"
	"sync"
)

// Keys of classes that define __hash__ and __eq__.
//
// The runtime's dicts key objects by identity (a Go map of pointers). An
// instance of a class defining __hash__ and __eq__ is equal to other
// instances, so a dict first finds the key object it already holds that
// equals the one given (by hash, then __eq__, as CPython's lookup does) and
// keys the map by that one. The dict keeps the first key object stored, as
// CPython's does. Dicts of other key types never look.

// UserKey is implemented by instances of classes that define __hash__ and
// __eq__: PyUserHash is hash(o) (__hash__'s int, -1 made -2), PyEqual is
// o == other.
type UserKey interface {
	PyUserHash() int64
	PyEqual(other any) bool
}

const (
	keyUnknown = iota // no key stored yet
	keyPlain          // keys compare by Go's ==
	keyUser           // keys are UserKeys
)

// userKeys indexes a dict's keys by their __hash__.
type userKeys[K comparable] struct {
	byHash map[int64][]K
}

// find returns the index of the entry whose key is k or equals it.
func (d *Dict[K, V]) find(k K) (int, bool) {
	d.sync()
	i, ok := d.idx[k]
	if !ok && d.nans > 0 && k != k {
		return d.findNaN(k) // nankey.go
	}
	if ok || d.user == nil {
		return i, ok
	}
	h, isKey := keyHash(k)
	if !isKey {
		return 0, false
	}
	for _, s := range d.user.byHash[h] {
		if s != k && keyEqual(s, k) {
			return d.idx[s], true
		}
	}
	return 0, false
}

// addUserKey records a new key of a dict whose keys may be UserKeys (the
// first key decides).
func (d *Dict[K, V]) addUserKey(k K) {
	if d.kind == keyUnknown {
		d.kind = keyPlain
		if _, ok := any(k).(UserKey); ok || deepKey[K]() {
			d.kind = keyUser
			d.user = &userKeys[K]{byHash: map[int64][]K{}}
		}
	}
	if d.user == nil {
		return
	}
	h, ok := keyHash(k)
	if !ok {
		return
	}
	d.user.byHash[h] = append(d.user.byHash[h], k)
}

// remove forgets the stored key k.
func (u *userKeys[K]) remove(k K) {
	h, ok := keyHash(k)
	if !ok {
		return
	}
	ks := u.byHash[h]
	for i, s := range ks {
		if s == k {
			ks = append(ks[:i], ks[i+1:]...)
			break
		}
	}
	if len(ks) == 0 {
		delete(u.byHash, h)
	} else {
		u.byHash[h] = ks
	}
}

// userKeyEq is the __eq__ a set of T compares elements with after their
// hashes match, or nil when T is no UserKey (Go's == decides).
func userKeyEq[T comparable]() func(stored, key T) bool {
	if deepKey[T]() {
		return func(stored, key T) bool { return Equal(any(stored), any(key)) }
	}
	if !isUserKey[T]() {
		return nil
	}
	return func(stored, key T) bool { return any(stored).(UserKey).PyEqual(any(key)) }
}

// UserHash is hash() of an int returned by __hash__ (-1 is -2, as in
// CPython).
func UserHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

// Hash is hash(v): CPython's for ints, floats, bools and tuples of them,
// __hash__ for a class defining it, a per-process value for strs and
// bytes (CPython's vary per process too); TypeError for a list, dict or
// set.
func Hash(v any) int64 {
	switch TypeName(v) {
	case "list", "dict", "set", "slice":
		panic(TypeError("unhashable type: '" + TypeName(v) + "'"))
	}
	if u, ok := v.(UserKey); ok {
		return u.PyUserHash() // also a frozenset's (frozenset.go)
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		if _, ok := v.(Hasher); !ok {
			return identityHash(rv.Pointer())
		}
	}
	h, _ := hashOf(v)
	return h
}

// ObjectID is id(v) of an object kept by reference (the checker allows
// id() of those only): its address.
func ObjectID(v any) int64 {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer {
		return int64(rv.Pointer())
	}
	panic(TypeError("id() of a " + TypeName(v) + " value is not supported"))
}

// identityHash is the default object hash, from the object's address, as
// CPython's (id(x) >> 4) is: instances of a class without __hash__ or
// __eq__ hash by identity, so two distinct objects hash differently. Go's
// collector does not move heap objects, and instances are never zero-sized
// (codegen gives an empty class a byte), so the address is the object's for
// its life. It is not shifted: Go packs small objects closer than 16 bytes.
func identityHash(addr uintptr) int64 {
	return int64(addr)
}

// notImpl is set by NotImplemented and read by TakeNotImplemented. Code of
// the language never runs on two goroutines at once (threads hold the
// interpreter lock), so one flag serves the program.
var notImpl bool

// NotImplemented is `return NotImplemented` in an __eq__: it records the
// answer and gives false (the method's Go result is a bool).
func NotImplemented() bool {
	notImpl = true
	return false
}

// TakeNotImplemented reports and clears NotImplemented's record.
func TakeNotImplemented() bool {
	ni := notImpl
	notImpl = false
	return ni
}

// RawEqualer is implemented by instances of classes whose __eq__ may return
// NotImplemented: eq is the answer, implemented false for NotImplemented.
type RawEqualer interface {
	PyEqualRaw(other any) (eq, implemented bool)
}

// EqualNI is l == r when l's __eq__ may return NotImplemented: l's answer,
// else r's (its __eq__ with l), else whether l and r are one object, as
// CPython's == does.
func EqualNI(l, r any) bool {
	if e, ok := l.(RawEqualer); ok {
		if v, ok := e.PyEqualRaw(r); ok {
			return v
		}
	}
	switch e := r.(type) {
	case RawEqualer:
		if v, ok := e.PyEqualRaw(l); ok {
			return v
		}
	case Equaler:
		return e.PyEqual(l)
	}
	return l == r
}

// userKeyTypes holds the interface types registered by RegisterUserKey.
var userKeyTypes sync.Map

// RegisterUserKey records that the values of the interface type T (a
// class's interface in generated code) are UserKeys, so that sets of T
// hash them as CPython does from their creation on.
func RegisterUserKey[T any]() { userKeyTypes.Store(reflect.TypeFor[T](), true) }

// isUserKey reports whether T's values are UserKeys.
func isUserKey[T any]() bool {
	var zero T
	switch any(zero).(type) {
	case int64, bool, float64, string:
		return false // the common keys, decided without reflection
	case UserKey:
		return true
	}
	t := reflect.TypeFor[T]()
	if t.Kind() != reflect.Interface {
		return false
	}
	_, ok := userKeyTypes.Load(t)
	return ok
}

// Deep keys: tuples (and Optionals) holding a frozenset or another UserKey
// at any depth, such as tuple[frozenset[str], int]. Go's == compares the
// frozenset pointers, so a dict or set of them finds an equal stored key
// by CPython's hash of the tuple and ==, as it finds a UserKey.

// keyHash is the hash a dict of user or deep keys files k under, and
// whether k is such a key.
func keyHash[K comparable](k K) (int64, bool) {
	switch u := any(k).(type) {
	case UserKey:
		return u.PyUserHash(), true
	case Hasher:
		h, _ := u.PyHash()
		return h, true
	case optional:
		if !deepKey[K]() {
			return 0, false
		}
		return Hash(u.Any()), true
	}
	return 0, false
}

// keyEqual is stored == k for user or deep keys.
func keyEqual[K comparable](stored, k K) bool {
	if u, ok := any(stored).(UserKey); ok {
		return u.PyEqual(any(k))
	}
	return Equal(any(stored), any(k))
}

// deepKeyTypes caches deepKey's answer per type.
var deepKeyTypes sync.Map

// deepKey reports whether T is a struct (a tuple or Optional) holding a
// UserKey (a frozenset, an instance of a class defining __hash__) at any
// depth.
func deepKey[T any]() bool {
	var zero T
	switch any(zero).(type) {
	case int64, bool, float64, string, UserKey:
		return false
	}
	t := reflect.TypeFor[T]()
	if t.Kind() != reflect.Struct {
		return false
	}
	if v, ok := deepKeyTypes.Load(t); ok {
		return v.(bool)
	}
	v := holdsUserKey(t, 0)
	deepKeyTypes.Store(t, v)
	return v
}

var userKeyIface = reflect.TypeFor[UserKey]()

func holdsUserKey(t reflect.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t.Kind() {
	case reflect.Pointer:
		return t.Implements(userKeyIface)
	case reflect.Interface: // a class's interface (RegisterUserKey)
		_, ok := userKeyTypes.Load(t)
		return ok
	case reflect.Struct:
		if t.Implements(userKeyIface) {
			return true // a tuple of run-time length (VarTuple) inside a tuple
		}
		for i := 0; i < t.NumField(); i++ {
			if holdsUserKey(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}
