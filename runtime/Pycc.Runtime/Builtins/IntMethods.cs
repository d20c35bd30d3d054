using System.Numerics;

namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallInt()
    {
        var t = TypeObjects.Int;
        static BigInteger Big(PyObject s) => ((PyIntegral)s).ToBig();
        // The int value of self: bool and subclasses give a plain int.
        static PyObject AsInt(PyObject s) => s switch
        {
            PyBool b => PyInt.Get(b.Value ? 1 : 0),
            _ => s,
        };
        NumberMethods.InstallArithmetic(t, o => o is PyIntegral, new[] { BinaryOp.Add, BinaryOp.Sub, BinaryOp.Mul, BinaryOp.TrueDiv,
            BinaryOp.FloorDiv, BinaryOp.Mod, BinaryOp.LShift, BinaryOp.RShift, BinaryOp.And, BinaryOp.Or, BinaryOp.Xor });
        t.Def("__format__", (ctx, s, spec) =>
        {
            var sp = Conversions.ToStr(spec, "format spec");
            if (sp.Length == 0) return Ops.Str(ctx, s);
            return new PyStr(NumberFormat.FormatInt(Big(s), sp, s.Type.Name));
        });
        t.Def("__bool__", (ctx, s) => PyBool.Of(!Big(s).IsZero));
        t.Def("__neg__", (ctx, s) => Ops.Neg(ctx, s));
        t.Def("__pos__", (ctx, s) => AsInt(s));
        t.Def("__abs__", (ctx, s) => s is PyInt i && i.Value != long.MinValue ? PyInt.Get(Math.Abs(i.Value)) : PyInt.From(BigInteger.Abs(Big(s))));
        t.Def("__invert__", (ctx, s) => Ops.Invert(ctx, s));
        t.Def("__index__", (ctx, s) => AsInt(s));
        t.Def("__int__", (ctx, s) => AsInt(s));
        t.Def("__trunc__", (ctx, s) => AsInt(s));
        t.Def("__floor__", (ctx, s) => AsInt(s));
        t.Def("__ceil__", (ctx, s) => AsInt(s));
        t.DefVar("__round__", (ctx, s, a) =>
        {
            if (a.Length > 1) throw PyErr.TypeError($"__round__ expected at most 1 argument, got {a.Length}");
            if (a.Length == 0) return AsInt(s);
            return Rounding.Round(ctx, AsInt(s), a[0] is PyNone ? throw PyErr.TypeError("'NoneType' object cannot be interpreted as an integer") : a[0]);
        });
        t.Def("__float__", (ctx, s) => new PyFloat(BuiltinOperators.ToDouble((PyIntegral)s)));
        t.Def("__getnewargs__", (ctx, s) => PyTuple.Of(AsInt(s)));
        t.Def("__sizeof__", (ctx, s) => PyInt.Get(24 + 4 * Math.Max(1, (Big(s).GetBitLength() + 29) / 30)));
        t.Def("__divmod__", (ctx, s, o) => Conversions.Unwrap(o) is PyIntegral ? NumberMethods.DivMod(ctx, s, o)! : PySingleton.NotImplemented);
        t.Def("__rdivmod__", (ctx, s, o) => Conversions.Unwrap(o) is PyIntegral ? NumberMethods.DivMod(ctx, o, s)! : PySingleton.NotImplemented);
        t.DefVar("__pow__", (ctx, s, a) => NumberMethods.PowDunder(ctx, s, a, reflected: false));
        t.DefVar("__rpow__", (ctx, s, a) => NumberMethods.PowDunder(ctx, s, a, reflected: true));
        t.Def("bit_length", (ctx, s) => PyInt.Get(s is PyInt i
            ? (i.Value == long.MinValue ? 64 : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(i.Value)))
            : (long)BigInteger.Abs(Big(s)).GetBitLength()));
        t.Def("bit_count", (ctx, s) => PyInt.Get(NumberMethods.PopCount(BigInteger.Abs(Big(s)))));
        t.Def("conjugate", (ctx, s) => AsInt(s));
        t.Def("as_integer_ratio", (ctx, s) => PyTuple.Of(AsInt(s), PyInt.One));
        t.Property("real", (ctx, s) => AsInt(s));
        t.Property("imag", (ctx, s) => PyInt.Zero);
        t.Property("numerator", (ctx, s) => AsInt(s));
        t.Property("denominator", (ctx, s) => PyInt.One);
        t.DefKw("to_bytes", (ctx, s, a, kw) =>
        {
            var p = new ArgParser("to_bytes", a, kw, 2, new[] { "length", "byteorder", "signed" });
            long length = p[0] == null ? 1 : BuiltinArgs.SsizeT(ctx, p[0]!);
            bool little = NumberMethods.ByteOrder(p[1]);
            bool signed = p[2] != null && Ops.IsTrue(ctx, p[2]!);
            return new PyBytes(NumberMethods.ToBytes(Big(s), length, little, signed));
        });
        t.DefClass("from_bytes", (ctx, cls, a, kw) =>
        {
            var p = new ArgParser("from_bytes", a, kw, 2, new[] { "bytes", "byteorder", "signed" });
            var src = p.Required(0, "bytes");
            if (src is PyStr) throw PyErr.TypeError("cannot convert 'str' object to bytes");
            var data = BytesMethods.BufferBytes(src) ?? BytesMethods.FromSource(ctx, src, null, null, "bytes");
            bool little = NumberMethods.ByteOrder(p[1]);
            bool signed = p[2] != null && Ops.IsTrue(ctx, p[2]!);
            var v = PyInt.From(new BigInteger(data, isUnsigned: !signed, isBigEndian: !little));
            return ReferenceEquals(cls, TypeObjects.Int) ? v : cls.Call1(ctx, v);
        });
    }
}

/// <summary>Numeric helpers shared by int, float and complex methods and the builtins.</summary>
public static class NumberMethods
{
    /// <summary>
    /// The arithmetic dunders of a numeric type accept only the operand types it knows
    /// ((2).__add__(2.5) is NotImplemented; the float's __radd__ does the work).
    /// </summary>
    public static void InstallArithmetic(PyType t, Func<PyObject, bool> accepts, BinaryOp[] ops)
    {
        foreach (var op in ops)
        {
            var o = op;
            t.Def(Ops.DunderName(o), (ctx, self, other) =>
            {
                var b = Conversions.Unwrap(other);
                return accepts(b) ? BuiltinOperators.Binary(ctx, o, self, b) ?? PySingleton.NotImplemented : PySingleton.NotImplemented;
            });
            t.Def(Ops.ReflectedName(o), (ctx, self, other) =>
            {
                var a = Conversions.Unwrap(other);
                return accepts(a) ? BuiltinOperators.Binary(ctx, o, a, self) ?? PySingleton.NotImplemented : PySingleton.NotImplemented;
            });
        }
    }

    public static long PopCount(BigInteger mag)
    {
        long n = 0;
        foreach (var b in mag.ToByteArray(isUnsigned: true)) n += BitOperations.PopCount(b);
        return n;
    }

    public static bool ByteOrder(PyObject? o)
    {
        if (o == null) return false;
        var s = Conversions.ToStr(o, "to_bytes() argument 'byteorder'");
        return s switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyErr.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    public static byte[] ToBytes(BigInteger v, long length, bool little, bool signed)
    {
        if (length < 0) throw PyErr.ValueError("length argument must be non-negative");
        if (!signed && v.Sign < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
        int needed = v.IsZero ? 0 : v.GetByteCount(isUnsigned: !signed);
        if (needed > length) throw PyErr.OverflowError("int too big to convert");
        if (length > int.MaxValue) throw PyErr.New(TypeObjects.MemoryError);
        var r = new byte[length];
        if (v.Sign < 0) Array.Fill(r, (byte)0xFF);
        var raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        for (int i = 0; i < Math.Min(raw.Length, r.Length); i++) r[i] = raw[i];
        if (!little) Array.Reverse(r);
        return r;
    }

    /// <summary>divmod(a, b) for built-in numbers; null when the operands are not numbers it handles.</summary>
    public static PyObject? DivMod(PyContext ctx, PyObject a, PyObject b)
    {
        a = Conversions.Unwrap(a);
        b = Conversions.Unwrap(b);
        if (a is PyIntegral ia && b is PyIntegral ib)
        {
            if (ia is PyInt x && ib is PyInt y && y.Value != 0 && !(x.Value == long.MinValue && y.Value == -1))
                return PyTuple.Of(PyInt.Get(Ops.FloorDivLong(x.Value, y.Value)), PyInt.Get(Ops.ModLong(x.Value, y.Value)));
            var p = ia.ToBig();
            var q = ib.ToBig();
            if (q.IsZero) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
            var d = BuiltinOperators.FloorDivBig(p, q);
            return PyTuple.Of(PyInt.From(d), PyInt.From(p - d * q));
        }
        if ((a is PyFloat || a is PyIntegral) && (b is PyFloat || b is PyIntegral))
        {
            double x = Conversions.ToDouble(ctx, a), y = Conversions.ToDouble(ctx, b);
            if (y == 0) throw PyErr.ZeroDivisionError("float divmod()");
            var (div, mod) = BuiltinOperators.FloatDivMod(x, y);
            return PyTuple.Of(new PyFloat(div), new PyFloat(mod));
        }
        return null;
    }

    /// <summary>__pow__ / __rpow__ of int and float with CPython's optional modulus.</summary>
    public static PyObject PowDunder(PyContext ctx, PyObject self, PyObject[] a, bool reflected)
    {
        if (a.Length is < 1 or > 2) throw PyErr.TypeError($"expected 1 or 2 arguments, got {a.Length}");
        var other = Conversions.Unwrap(a[0]);
        // int's dunder takes only ints; float's takes ints and floats.
        if (!(other is PyIntegral || (self is PyFloat && other is PyFloat))) return PySingleton.NotImplemented;
        var mod = a.Length == 2 ? a[1] : PyNone.Instance;
        var (b, e) = reflected ? (other, self) : (self, other);
        if (mod is not PyNone)
        {
            if (b is PyIntegral && e is PyIntegral && Conversions.Unwrap(mod) is PyIntegral)
                return BuiltinFunctions.PowMod(ctx, b, e, Conversions.Unwrap(mod));
            if (b is not (PyIntegral or PyFloat) || e is not (PyIntegral or PyFloat)) return PySingleton.NotImplemented;
            throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return BuiltinOperators.Binary(ctx, BinaryOp.Pow, b, e) ?? PySingleton.NotImplemented;
    }
}
