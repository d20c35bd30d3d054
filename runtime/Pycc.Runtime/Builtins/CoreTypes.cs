using System.Globalization;
using System.Numerics;

namespace Pycc.Runtime;

/// <summary>
/// Constructors and operator dunders of the built-in types. Each type's own methods
/// (str.split, list.append...) live in that type's file under Builtins/.
/// </summary>
public static partial class TypeObjects
{

    private static void InstallAll()
    {
        InstallOperators(Int, NumberOps);
        InstallOperators(Bool, new[] { BinaryOp.And, BinaryOp.Or, BinaryOp.Xor });
        InstallOperators(Float, new[] { BinaryOp.Add, BinaryOp.Sub, BinaryOp.Mul, BinaryOp.TrueDiv, BinaryOp.FloorDiv, BinaryOp.Mod, BinaryOp.Pow });
        InstallOperators(Complex, new[] { BinaryOp.Add, BinaryOp.Sub, BinaryOp.Mul, BinaryOp.TrueDiv, BinaryOp.Pow });
        InstallOperators(Str, new[] { BinaryOp.Add, BinaryOp.Mul, BinaryOp.Mod }, reflected: new[] { BinaryOp.Mul });
        InstallOperators(Bytes, new[] { BinaryOp.Add, BinaryOp.Mul, BinaryOp.Mod }, reflected: new[] { BinaryOp.Mul });
        InstallOperators(ByteArray, new[] { BinaryOp.Add, BinaryOp.Mul }, reflected: new[] { BinaryOp.Mul });
        InstallOperators(List, new[] { BinaryOp.Add, BinaryOp.Mul }, reflected: new[] { BinaryOp.Mul });
        InstallOperators(Tuple, new[] { BinaryOp.Add, BinaryOp.Mul }, reflected: new[] { BinaryOp.Mul });
        InstallOperators(Set, SetOperators);
        InstallOperators(FrozenSet, SetOperators);
        InstallOperators(Dict, new[] { BinaryOp.Or });
        foreach (var t in new[] { Int, Float, Complex, Str, Bytes, ByteArray, List, Tuple, Set, FrozenSet, Dict, Range })
            InstallComparisons(t);

        InstallConstructors();
        InstallFastConstructors();
        InstallExceptions();
        InstallMisc();
        BuiltinTypeMethods.Install();

        foreach (var t in new[] { Object, Type, Int, Bool, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet, Range, Slice, Property, StaticMethod, ClassMethod, Super })
            Exposed.Add(t);
        foreach (var f in typeof(TypeObjects).GetFields())
            if (f.GetValue(null) is PyType et && et.IsBaseException && et != UnsupportedOperation) Exposed.Add(et);
    }

    private static readonly BinaryOp[] NumberOps = Enum.GetValues<BinaryOp>().Where(o => o != BinaryOp.MatMul).ToArray();
    private static readonly BinaryOp[] SetOperators = { BinaryOp.And, BinaryOp.Or, BinaryOp.Xor, BinaryOp.Sub };

    private static void InstallOperators(PyType t, BinaryOp[] ops, BinaryOp[]? reflected = null)
    {
        // Sequence concatenation and repetition raise rather than return NotImplemented,
        // as CPython's sq_concat / sq_repeat do (the operator tries reflection first, see Ops.TryBinary).
        bool sequence = t == Str || t == List || t == Tuple || t == Bytes || t == ByteArray;
        foreach (var op in ops)
        {
            var o = op;
            bool raises = sequence && o is BinaryOp.Add or BinaryOp.Mul;
            t.Def(Ops.DunderName(o), (ctx, self, other) =>
                BuiltinOperators.Binary(ctx, o, self, Conversions.Unwrap(other))
                ?? (raises ? throw Ops.UnsupportedOperands(self, other, o == BinaryOp.Add ? "+" : "*") : PySingleton.NotImplemented));
        }
        foreach (var op in reflected ?? ops)
        {
            var o = op;
            t.Def(Ops.ReflectedName(o), (ctx, self, other) =>
                BuiltinOperators.Binary(ctx, o, Conversions.Unwrap(other), self) ?? PySingleton.NotImplemented);
        }
    }

    private static void InstallComparisons(PyType t)
    {
        foreach (var (name, op) in new[] { ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            var o = op;
            t.Def(name, (ctx, self, other) => Ops.BuiltinCompare(ctx, self, Conversions.Unwrap(other), o) ?? PySingleton.NotImplemented);
        }
        t.Def("__hash__", (ctx, self) => PyInt.Get(Ops.Hash(ctx, self)));
    }

    private static void InstallFastConstructors()
    {
        Str.Construct1 = (ctx, x) => Ops.Str(ctx, x);
        Int.Construct1 = (ctx, x) => x is PyInt ? x : IntParsing.Construct(ctx, x, null);
        Float.Construct1 = (ctx, x) => x is PyFloat ? x : FloatParsing.Construct(ctx, x);
        Bool.Construct1 = (ctx, x) => PyBool.Of(Ops.IsTrue(ctx, x));
        Tuple.Construct1 = (ctx, x) => x is PyTuple t ? t : PyTuple.Of(Iteration.ToArray(ctx, x));
        List.Construct1 = (ctx, x) =>
        {
            var l = new PyList();
            ListOps.Extend(ctx, l, x);
            return l;
        };
        Set.Construct1 = (ctx, x) => SetOps.FromIterable(ctx, x, frozen: false);
    }

    private static void InstallConstructors()
    {
        Int.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            // x is positional-only: an empty name can never match a keyword.
            var p = new ArgParser("int", a[1..], kw, 2, new[] { "", "base" });
            return WrapNative(a[0], Int, IntParsing.Construct(ctx, p[0], p[1]));
        });
        Bool.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyErr.TypeError("bool() takes no keyword arguments");
            if (a.Length > 2) throw PyErr.TypeError($"bool expected at most 1 argument, got {a.Length - 1}");
            return a.Length == 1 ? PyBool.False : PyBool.Of(Ops.IsTrue(ctx, a[1]));
        });
        Float.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyErr.TypeError("float() takes no keyword arguments");
            if (a.Length > 2) throw PyErr.TypeError($"float expected at most 1 argument, got {a.Length - 1}");
            return WrapNative(a[0], Float, a.Length == 1 ? new PyFloat(0) : FloatParsing.Construct(ctx, a[1]));
        });
        Str.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("str", a[1..], kw, "object", "encoding", "errors");
            PyObject value;
            if (p[0] == null) value = PyStr.Empty;
            else if (p[1] != null || p[2] != null) value = Codecs.Decode(ctx, p[0]!, p[1], p[2]);
            else value = Ops.Str(ctx, p[0]!);
            return WrapNative(a[0], Str, value);
        });
        Tuple.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyErr.TypeError("tuple() takes no keyword arguments");
            if (a.Length > 2) throw PyErr.TypeError($"tuple expected at most 1 argument, got {a.Length - 1}");
            var v = a.Length == 1 ? PyTuple.Empty : a[1] is PyTuple t0 ? t0 : PyTuple.Of(Iteration.ToArray(ctx, a[1]));
            return WrapNative(a[0], Tuple, v);
        });
        List.DefStatic("__new__", (ctx, _, a, kw) => WrapNative(a[0], List, new PyList()));
        List.DefKw("__init__", (ctx, self, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyErr.TypeError("list() takes no keyword arguments");
            if (a.Length > 1) throw PyErr.TypeError($"list expected at most 1 argument, got {a.Length}");
            var l = (PyList)self;
            l.Clear();
            if (a.Length == 1) ListOps.Extend(ctx, l, a[0]);
            return PyNone.Instance;
        });
        Dict.DefStatic("__new__", (ctx, _, a, kw) => WrapNative(a[0], Dict, new PyDict()));
        Dict.DefKw("__init__", (ctx, self, a, kw) =>
        {
            DictMethods.Update(ctx, (PyDict)self, a, kw, "dict");
            return PyNone.Instance;
        });
        Set.DefStatic("__new__", (ctx, _, a, kw) => WrapNative(a[0], Set, new PySet()));
        Set.DefKw("__init__", (ctx, self, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyErr.TypeError("set() takes no keyword arguments");
            if (a.Length > 1) throw PyErr.TypeError($"set expected at most 1 argument, got {a.Length}");
            var s = (PySet)self;
            s.Clear();
            if (a.Length == 1) s.Update(ctx, a[0]);
            return PyNone.Instance;
        });
        FrozenSet.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyErr.TypeError("frozenset() takes no keyword arguments");
            if (a.Length > 2) throw PyErr.TypeError($"frozenset expected at most 1 argument, got {a.Length - 1}");
            var v = a.Length == 1 ? new PySet(frozen: true) : a[1] is PySet { Frozen: true } fs ? fs : SetOps.FromIterable(ctx, a[1], frozen: true);
            return WrapNative(a[0], FrozenSet, v);
        });
        Range.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyErr.TypeError("range() takes no keyword arguments");
            return RangeMethods.Construct(ctx, a[1..]);
        });
        Slice.DefStatic("__new__", (ctx, _, a, kw) => a.Length switch
        {
            2 => new PySlice(PyNone.Instance, a[1], PyNone.Instance),
            3 => new PySlice(a[1], a[2], PyNone.Instance),
            4 => new PySlice(a[1], a[2], a[3]),
            1 => throw PyErr.TypeError("slice expected at least 1 argument, got 0"),
            _ => throw PyErr.TypeError($"slice expected at most 3 arguments, got {a.Length - 1}"),
        });
        Complex.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("complex", a[1..], kw, "real", "imag");
            return WrapNative(a[0], Complex, ComplexParsing.Construct(ctx, p[0], p[1]));
        });
        Property.DefStatic("__new__", (ctx, _, a, kw) => new PyProperty(null, null, null, null));
        Property.DefKw("__init__", (ctx, self, a, kw) =>
        {
            var p = new ArgParser("property", a, kw, "fget", "fset", "fdel", "doc");
            var prop = (PyProperty)self;
            prop.Getter = p.OrNull(0);
            prop.Setter = p.OrNull(1);
            prop.Deleter = p.OrNull(2);
            prop.Doc = p[3] ?? (prop.Getter?.GetAttrOrNull(ctx, "__doc__") ?? PyNone.Instance);
            return PyNone.Instance;
        });
        StaticMethod.DefStatic("__new__", (ctx, _, a, kw) => a.Length == 2 ? new PyStaticMethod(a[1]) : throw PyErr.TypeError($"staticmethod expected 1 argument, got {a.Length - 1}"));
        ClassMethod.DefStatic("__new__", (ctx, _, a, kw) => a.Length == 2 ? new PyClassMethod(a[1]) : throw PyErr.TypeError($"classmethod expected 1 argument, got {a.Length - 1}"));
        Super.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            if (a.Length == 3 && a[1] is PyType start)
            {
                var obj = a[2];
                var objType = obj is PyType ot && ot.IsSubtypeOf(start) ? ot : obj.Type;
                if (!objType.IsSubtypeOf(start)) throw PyErr.TypeError("super(type, obj): obj must be an instance or subtype of type");
                return new PySuper(start, obj, objType);
            }
            if (a.Length == 2 && a[1] is PyType only) return new PySuper(only, null, null);
            throw PyErr.RuntimeError("super(): no arguments");
        });
    }
}

/// <summary>int(x), int(s, base): CPython's parsing rules (underscores, prefixes, whitespace).</summary>
public static class IntParsing
{
    public static PyObject Construct(PyContext ctx, PyObject? x, PyObject? baseObj)
    {
        if (x == null)
        {
            if (baseObj != null) throw PyErr.TypeError("int() missing string argument");
            return PyInt.Zero;
        }
        if (baseObj != null)
        {
            int b = Conversions.ToInt32(ctx, baseObj);
            string s = x switch
            {
                PyStr ps => ps.Value,
                PyBytes or PyByteArray or PyMemoryView => System.Text.Encoding.Latin1.GetString(BytesMethods.BufferBytes(x)!),
                _ => throw PyErr.TypeError("int() can't convert non-string with explicit base"),
            };
            return Parse(s, b);
        }
        switch (x)
        {
            case PyBool bo: return PyInt.Get(bo.Value ? 1 : 0);
            case PyIntegral i: return i;
            case PyFloat f: return FromDouble(f.Value);
            case PyStr s: return Parse(s.Value, 10);
            case PyBytes or PyByteArray or PyMemoryView: return Parse(System.Text.Encoding.Latin1.GetString(BytesMethods.BufferBytes(x)!), 10);
        }
        foreach (var name in new[] { "__int__", "__index__" })
        {
            var slot = x.Type.Lookup(name);
            if (slot == null) continue;
            var r = Calls.CallDescriptor(ctx, slot, x);
            if (r is PyIntegral ri) return ri is PyBool rb ? PyInt.Get(rb.Value ? 1 : 0) : ri;
            if (r is PyInstance { Native: PyIntegral rn }) return rn;
            throw PyErr.TypeError($"{name} returned non-int (type {r.Type.Name})");
        }
        var trunc = x.Type.Lookup("__trunc__");
        if (trunc != null) return Calls.CallDescriptor(ctx, trunc, x);
        if (x is PyInstance { Native: { } native }) return Construct(ctx, native, null);
        throw PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    public static PyIntegral FromDouble(double d)
    {
        if (double.IsNaN(d)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        var t = Math.Truncate(d);
        if (Math.Abs(t) < 9.2e18) return PyInt.Get((long)t);
        return PyInt.From(new BigInteger(t));
    }

    public static PyIntegral Parse(string text, int b)
    {
        if (b != 0 && (b < 2 || b > 36)) throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
        var s = NumberText.TransformUnicode(text).Trim(' ', '\t', '\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x1f');
        PyException Invalid() => PyErr.ValueError($"invalid literal for int() with base {b}: {StrRepr.Quote(text)}");
        if (s.Length == 0) throw Invalid();
        int i = 0;
        bool neg = false;
        if (s[0] == '+' || s[0] == '-') { neg = s[0] == '-'; i = 1; }
        int radix = b;
        if (i + 1 < s.Length && s[i] == '0' && char.ToLowerInvariant(s[i + 1]) is 'x' or 'o' or 'b')
        {
            int pref = char.ToLowerInvariant(s[i + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            if (b == 0 || b == pref) { radix = pref; i += 2; if (i < s.Length && s[i] == '_') i++; }
        }
        if (radix == 0)
        {
            radix = 10;
            // Base 0 forbids leading zeros in a non-zero decimal literal.
            var rest = s[i..].Replace("_", "");
            if (rest.Length > 1 && rest[0] == '0' && rest.Any(c => c != '0')) throw Invalid();
        }
        if (i >= s.Length) throw Invalid();
        if ((radix & (radix - 1)) != 0 && s.Length - i > IntFormat.DefaultMaxStrDigits / 2)
        {
            // CPython limits decimal (non power-of-two) conversions of huge strings.
            int limit = IntFormat.MaxStrDigits, ndigits = 0;
            for (int k = i; k < s.Length; k++) if (s[k] != '_') ndigits++;
            if (limit > 0 && ndigits > limit)
                throw PyErr.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion: value has {ndigits} digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = BigInteger.Zero;
        long small = 0, chunk = 0, chunkMul = 1;
        bool big = false;
        bool lastUnderscore = true;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore) throw Invalid();
                lastUnderscore = true;
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : char.IsDigit(c) ? (int)char.GetNumericValue(c) : 99;
            if (d >= radix) throw Invalid();
            lastUnderscore = false;
            if (!big)
            {
                if (small < (long.MaxValue - d) / radix) { small = small * radix + d; continue; }
                big = true;
                v = small;
            }
            // Beyond 64 bits, digits gather in a machine word and join the big value a word at a time.
            if (chunkMul > long.MaxValue / radix)
            {
                v = v * chunkMul + chunk;
                chunk = 0;
                chunkMul = 1;
            }
            chunk = chunk * radix + d;
            chunkMul *= radix;
        }
        if (lastUnderscore) throw Invalid();
        if (!big) return PyInt.Get(neg ? -small : small);
        v = v * chunkMul + chunk;
        return PyInt.From(neg ? -v : v);
    }
}
