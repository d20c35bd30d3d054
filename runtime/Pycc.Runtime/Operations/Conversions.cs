using System.Numerics;

namespace Pycc.Runtime;

/// <summary>Conversions between Python values and C# values, with CPython's errors.</summary>
public static class Conversions
{
    /// <summary>operator.index(o) as a BigInteger.</summary>
    public static BigInteger Index(PyContext ctx, PyObject o)
    {
        if (o is PyIntegral i) return i.ToBig();
        if (o is PyInstance { Native: PyIntegral ni }) return ni.ToBig();
        var slot = o.Type.Lookup("__index__");
        if (slot == null) throw PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = Calls.CallDescriptor(ctx, slot, o);
        return r is PyIntegral ri ? ri.ToBig() : throw PyErr.TypeError($"__index__ returned non-int (type {r.Type.Name})");
    }

    /// <summary>An index that must fit in 64 bits (OverflowError otherwise).</summary>
    public static long IndexToLong(PyContext ctx, PyObject o)
    {
        if (o is PyInt i) return i.Value;
        var b = Index(ctx, o);
        if (b < long.MinValue || b > long.MaxValue)
            throw PyErr.New(TypeObjects.IndexError, $"cannot fit 'int' into an index-sized integer");
        return (long)b;
    }

    /// <summary>Slice bounds: out-of-range values clamp instead of failing.</summary>
    public static long IndexToLongClamped(PyContext ctx, PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is not PyIntegral && o.Type.Lookup("__index__") == null && o is not PyInstance { Native: PyIntegral })
            throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        var b = Index(ctx, o);
        return b > long.MaxValue ? long.MaxValue : b < long.MinValue ? long.MinValue : (long)b;
    }

    public static int ToInt32(PyContext ctx, PyObject o)
    {
        long v = IndexToLong(ctx, o);
        if (v > int.MaxValue || v < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)v;
    }

    /// <summary>float(o) for arithmetic: ints, floats and objects with __float__ / __index__.</summary>
    public static double ToDouble(PyContext ctx, PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyIntegral i: return BuiltinOperators.ToDouble(i);
            case PyInstance { Native: PyFloat nf }: return nf.Value;
        }
        var slot = o.Type.Lookup("__float__");
        if (slot != null)
        {
            var r = Calls.CallDescriptor(ctx, slot, o);
            if (r is PyFloat rf) return rf.Value;
            throw PyErr.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (o.Type.Lookup("__index__") != null) return (double)Index(ctx, o);
        throw PyErr.TypeError($"must be real number, not {o.Type.Name}");
    }

    public static string ToStr(PyObject o, string what)
    {
        if (o is PyStr s) return s.Value;
        if (o is PyInstance { Native: PyStr ns }) return ns.Value;
        throw PyErr.TypeError($"{what} must be str, not {o.Type.Name}");
    }

    /// <summary>Instances of user subclasses of built-in types expose their built-in value.</summary>
    public static PyObject Unwrap(PyObject o) => o is PyInstance { Native: { } n } ? n : o;
}
