using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

public static partial class Ops
{
    // ------------------------------------------------------------ truth, len, hash

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyContext ctx, PyObject o)
    {
        if (o is PyBool b) return b.Value;
        return IsTrueSlow(ctx, o);
    }

    private static bool IsTrueSlow(PyContext ctx, PyObject o)
    {
        switch (o)
        {
            case PyNone: return false;
            case PyInt i: return i.Value != 0;
            case PyBigInt: return true;
            case PyFloat f: return f.Value != 0;
            case PyStr s: return s.Value.Length != 0;
            case PyList l: return l.Count != 0;
            case PyTuple t: return t.Items.Length != 0;
            case PyDict d: return d.Count != 0;
            case PySet s: return s.Count != 0;
            case PyComplex c: return c.Real != 0 || c.Imag != 0;
            case PyBytes by: return by.Value.Length != 0;
            case PyRange r: return r.Length != 0;
        }
        var type = o.Type;
        var boolSlot = type.Lookup("__bool__");
        if (boolSlot != null && boolSlot is not PyNone)
        {
            var r = Calls.CallDescriptor(ctx, boolSlot, o);
            if (r is PyBool rb) return rb.Value;
            throw PyErr.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
        }
        var lenSlot = type.Lookup("__len__");
        if (lenSlot != null && lenSlot is not PyNone) return Len(ctx, o) != 0;
        return true;
    }

    public static long Len(PyContext ctx, PyObject o)
    {
        switch (o)
        {
            case PyList l: return l.Count;
            case PyTuple t: return t.Items.Length;
            case PyStr s: return s.Length;
            case PyDict d: return d.Count;
            case PySet s: return s.Count;
            case PyBytes b: return b.Value.Length;
            case PyByteArray ba: return ba.Value.Count;
            case PyRange r: return r.Length;
            case PyModuleDict md: return md.Module.Items().Count();
        }
        var slot = o.Type.Lookup("__len__");
        if (slot == null || slot is PyNone) throw PyErr.TypeError($"object of type '{o.Type.Name}' has no len()");
        var r2 = Calls.CallDescriptor(ctx, slot, o);
        if (r2 is not PyIntegral n)
            throw PyErr.TypeError($"'{r2.Type.Name}' object cannot be interpreted as an integer");
        var big = n.ToBig();
        if (big.Sign < 0) throw PyErr.ValueError("__len__() should return >= 0");
        if (big > long.MaxValue) throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
        return (long)big;
    }

    public const long HashModulus = (1L << 61) - 1;

    /// <summary>hash(o), with CPython's numeric hashing so that equal numbers hash alike.</summary>
    public static long Hash(PyContext ctx, PyObject o)
    {
        switch (o)
        {
            case PyStr s: return s.Hash();
            case PyInt i: return HashLong(i.Value);
            case PyBool b: return b.Value ? 1 : 0;
            case PyBigInt bi: return HashBig(bi.Value);
            case PyFloat f: return HashDouble(f.Value, o);
            case PyTuple t: return HashTuple(ctx, t.Items);
            case PyNone: return 0xFCA86420;
            case PyComplex c:
            {
                long h = HashDouble(c.Real, o) + 1000003L * HashDouble(c.Imag, o);
                return h == -1 ? -2 : h;
            }
            case PyBytes by: return HashBytes(by.Value);
            case PySet { Frozen: true } fs: return SetOps.HashFrozen(ctx, fs);
            case PyType or PyFunction or PyBuiltin or PyModule or PyCode or PySingleton or PyGenerator:
                return RuntimeHelpers.GetHashCode(o);
            case PyList or PyDict or PySet or PyByteArray:
                throw PyErr.TypeError($"unhashable type: '{o.Type.Name}'");
        }
        var slot = o.Type.Lookup("__hash__");
        if (slot == null || slot is PyNone) throw PyErr.TypeError($"unhashable type: '{o.Type.Name}'");
        if (slot is PyBuiltin { Owner: var owner } && owner == TypeObjects.Object) return RuntimeHelpers.GetHashCode(o);
        var r = Calls.CallDescriptor(ctx, slot, o);
        if (r is not PyIntegral n) throw PyErr.TypeError("__hash__ method should return an integer");
        return n is PyInt ni ? (ni.Value == -1 ? -2 : ni.Value) : HashBig(n.ToBig());
    }

    public static long HashLong(long v)
    {
        if (v >= 0) return v < HashModulus ? v : v % HashModulus;
        ulong magnitude = (ulong)(-(v + 1)) + 1;   // |v| without overflow at long.MinValue
        long h = -(long)(magnitude % (ulong)HashModulus);
        return h == -1 ? -2 : h;
    }

    public static long HashBig(BigInteger v)
    {
        var m = (long)(BigInteger.Abs(v) % HashModulus);
        if (v.Sign < 0) m = -m;
        return m == -1 ? -2 : m;
    }

    public static long HashDouble(double v, PyObject identity)
    {
        if (double.IsNaN(v)) return RuntimeHelpers.GetHashCode(identity);
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18) return HashLong((long)v);
        // CPython's algorithm: reduce the mantissa modulo 2**61 - 1, 28 bits at a time.
        int sign = 1;
        if (v < 0) { sign = -1; v = -v; }
        double m = FrExp(v, out int e);
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & (ulong)HashModulus) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= (ulong)HashModulus) x -= (ulong)HashModulus;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & (ulong)HashModulus) | (x >> (61 - e));
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    private static double FrExp(double d, out int exp)
    {
        if (d == 0) { exp = 0; return 0; }
        long bits = BitConverter.DoubleToInt64Bits(d);
        int rawExp = (int)((bits >> 52) & 0x7FF);
        if (rawExp == 0)
        {
            d *= Math.Pow(2, 54);
            bits = BitConverter.DoubleToInt64Bits(d);
            rawExp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        exp = rawExp - 1022;
        return BitConverter.Int64BitsToDouble((bits & ~(0x7FFL << 52)) | (1022L << 52));
    }

    /// <summary>CPython 3.8+'s tuple hash (an xxHash-derived combination).</summary>
    public static long HashTuple(PyContext ctx, PyObject[] items)
    {
        // Deeply nested tuples must fail as Python errors, not exhaust the .NET stack.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyErr.RecursionError("maximum recursion depth exceeded while calling a Python object");
        const ulong p1 = 11400714785074694791UL, p2 = 14029467366897019727UL, p5 = 2870177450012600261UL;
        ulong acc = p5;
        foreach (var item in items)
        {
            ulong lane = (ulong)Hash(ctx, item);
            acc += lane * p2;
            acc = (acc << 31) | (acc >> 33);
            acc *= p1;
        }
        acc += (ulong)items.Length ^ (p5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    private static long HashBytes(byte[] b)
    {
        var h = new HashCode();
        h.AddBytes(b);
        long r = h.ToHashCode();
        return r == -1 ? -2 : r;
    }

    // ------------------------------------------------------------ repr and str

    public static PyStr Repr(PyContext ctx, PyObject o) => o switch
    {
        PyStr s => new PyStr(StrRepr.Quote(s.Value)),
        PyInt or PyBool or PyBigInt or PyFloat or PyComplex or PyNone or PySingleton => new PyStr(o.ToString()!),
        _ => ReprSlow(ctx, o),
    };

    public static string ReprString(PyContext ctx, PyObject o) => Repr(ctx, o).Value;

    private static PyStr ReprSlow(PyContext ctx, PyObject o)
    {
        var slot = o.Type.Lookup("__repr__");
        if (slot == null) return new PyStr(DefaultRepr(o));
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyErr.RecursionError("maximum recursion depth exceeded while getting the repr of an object");
        var r = Calls.CallDescriptor(ctx, slot, o);
        return r as PyStr ?? (r is PyInstance { Native: PyStr ns } ? ns :
            throw PyErr.TypeError($"__repr__ returned non-string (type {r.Type.Name})"));
    }

    public static string DefaultRepr(PyObject o)
    {
        var t = o.Type;
        var mod = t.Dict.GetStr("__module__") is PyStr m && m.Value != "builtins" ? m.Value + "." : "";
        return $"<{mod}{t.QualName} object at 0x{RuntimeHelpers.GetHashCode(o):x12}>";
    }

    public static PyStr Str(PyContext ctx, PyObject o)
    {
        switch (o)
        {
            case PyStr s: return s;
            case PyInt or PyBool or PyBigInt or PyFloat or PyNone: return new PyStr(o.ToString()!);
        }
        var slot = o.Type.Lookup("__str__");
        if (slot == null || (slot is PyBuiltin b && b.Owner == TypeObjects.Object)) return Repr(ctx, o);
        var r = Calls.CallDescriptor(ctx, slot, o);
        return r as PyStr ?? (r is PyInstance { Native: PyStr ns } ? ns :
            throw PyErr.TypeError($"__str__ returned non-string (type {r.Type.Name})"));
    }

    public static string StrString(PyContext ctx, PyObject o) => Str(ctx, o).Value;

    /// <summary>format(value, spec).</summary>
    public static PyStr Format(PyContext ctx, PyObject value, PyObject spec)
    {
        var specStr = spec as PyStr ?? throw PyErr.TypeError($"format() argument 2 must be str, not {spec.Type.Name}");
        if (specStr.Value.Length == 0 && value is PyStr s0) return s0;
        var slot = value.Type.Lookup("__format__") ?? throw PyErr.TypeError($"Type {value.Type.Name} doesn't define __format__");
        var r = Calls.CallDescriptor(ctx, slot, value, specStr);
        return r as PyStr ?? throw PyErr.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    // ------------------------------------------------------------ attributes

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetAttr(PyContext ctx, PyObject o, string name) =>
        o.GetAttrOrNull(ctx, name) ?? throw PyErr.NoAttribute(o, name);

    public static void SetAttr(PyContext ctx, PyObject o, string name, PyObject value) => o.SetAttr(ctx, name, value);

    public static void DelAttr(PyContext ctx, PyObject o, string name) => o.DelAttr(ctx, name);

    /// <summary>getattr(o, name, default) semantics: AttributeError from a property becomes "missing".</summary>
    public static PyObject? GetAttrOrNullCatching(PyContext ctx, PyObject o, string name)
    {
        try
        {
            return o.GetAttrOrNull(ctx, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
        {
            return null;
        }
    }

    /// <summary>"f()" as CPython names a callable in argument errors.</summary>
    public static string FunctionDescription(PyObject fn) => fn switch
    {
        PyFunction f => (f.Module is PyStr m && m.Value != "builtins" ? m.Value + "." : "") + f.QualName + "()",
        PyBuiltin b => b.Name + "()",
        PyMethod m => FunctionDescription(m.Function),
        PyType t => t.Name + "()",
        _ => fn.Type.Name + " object",
    };
}
