using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }

public static partial class Ops
{
    private static readonly string[] CompareDunders = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    public static string CompareDunder(CompareOp op) => CompareDunders[(int)op];
    private static readonly CompareOp[] Swapped = { CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le };
    private static readonly string[] CompareSymbols = { "<", "<=", "==", "!=", ">", ">=" };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Compare(PyContext ctx, PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt x && b is PyInt y) return PyBool.Of(CompareLongs(x.Value, y.Value, op));
        return RichCompare(ctx, a, b, op);
    }

    /// <summary>A comparison used as a condition: no bool object for the common cases.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareBool(PyContext ctx, PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt x && b is PyInt y) return CompareLongs(x.Value, y.Value, op);
        if (a is PyFloat fx && b is PyFloat fy) return CompareDoubles(fx.Value, fy.Value, op);
        if (a is PyStr sx && b is PyStr sy) return FromOrder(Unicode.CompareCodePoints(sx.Value, sy.Value), op);
        return IsTrue(ctx, RichCompare(ctx, a, b, op));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareLongs(long x, long y, CompareOp op) => CompareValues(x, y, op);

    private static bool CompareDoubles(double x, double y, CompareOp op) => CompareValues(x, y, op);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareValues<T>(T x, T y, CompareOp op) where T : System.Numerics.IComparisonOperators<T, T, bool> => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    private static bool FromOrder(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqBool(PyContext ctx, PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b) && a is not PyFloat) return true;
        if (a is PyInt x && b is PyInt y) return x.Value == y.Value;
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        return IsTrue(ctx, RichCompare(ctx, a, b, CompareOp.Eq));
    }

    /// <summary>The full rich-comparison protocol (reflected operands, subclass priority, identity fallback).</summary>
    public static PyObject RichCompare(PyContext ctx, PyObject a, PyObject b, CompareOp op)
    {
        PyObject? builtin = null;
        if (a is not PyInstance && b is not PyInstance && (builtin = BuiltinCompare(ctx, a, b, op)) != null) return builtin;
        if (a is PyInstance || b is PyInstance || !IsCoreOperand(a) || !IsCoreOperand(b))
        {
            var ta = a.Type;
            var tb = b.Type;
            bool checkedReflected = false;
            if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta))
            {
                var rs = tb.CompareSlot(Swapped[(int)op]);
                if (rs != null && !ReferenceEquals(rs, ta.CompareSlot(Swapped[(int)op])))
                {
                    checkedReflected = true;
                    var r = CallCompare(ctx, rs, b, a);
                    if (r != null) return r;
                }
            }
            var s = ta.CompareSlot(op);
            if (s != null)
            {
                var r = CallCompare(ctx, s, a, b);
                if (r != null) return r;
            }
            if (!checkedReflected)
            {
                var rs = tb.CompareSlot(Swapped[(int)op]);
                if (rs != null)
                {
                    var r = CallCompare(ctx, rs, b, a);
                    if (r != null) return r;
                }
            }
        }
        switch (op)
        {
            case CompareOp.Eq: return PyBool.Of(ReferenceEquals(a, b));
            case CompareOp.Ne: return PyBool.Of(!ReferenceEquals(a, b));
        }
        throw PyErr.TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{a.Type.Name}' and '{b.Type.Name}'");
    }

    private static PyObject? CallCompare(PyContext ctx, PyObject slot, PyObject self, PyObject other)
    {
        if (slot is PyNone) return null;
        var r = Calls.CallDescriptor(ctx, slot, self, other);
        return ReferenceEquals(r, PySingleton.NotImplemented) ? null : r;
    }

    /// <summary>Comparisons among built-in values; null for NotImplemented.</summary>
    public static PyObject? BuiltinCompare(PyContext ctx, PyObject a, PyObject b, CompareOp op)
    {
        switch (a)
        {
            case PyIntegral ia:
                if (b is PyIntegral ib)
                {
                    if (ia is PyInt x && ib is PyInt y) return PyBool.Of(CompareLongs(x.Value, y.Value, op));
                    return PyBool.Of(FromOrder(ia.ToBig().CompareTo(ib.ToBig()), op));
                }
                if (b is PyFloat fb) return PyBool.Of(CompareIntFloat(ia, fb.Value, op));
                if (b is PyComplex cb && op is CompareOp.Eq or CompareOp.Ne)
                    return PyBool.Of((cb.Imag == 0 && CompareIntFloat(ia, cb.Real, CompareOp.Eq)) == (op == CompareOp.Eq));
                break;
            case PyFloat fa:
                if (b is PyFloat fb2) return PyBool.Of(CompareDoubles(fa.Value, fb2.Value, op));
                if (b is PyIntegral ib2) return PyBool.Of(CompareIntFloat(ib2, fa.Value, Swapped[(int)op]));
                if (b is PyComplex cb2 && op is CompareOp.Eq or CompareOp.Ne)
                    return PyBool.Of((cb2.Imag == 0 && cb2.Real == fa.Value) == (op == CompareOp.Eq));
                break;
            case PyComplex ca:
                if (op is CompareOp.Eq or CompareOp.Ne)
                {
                    bool? eq = b switch
                    {
                        PyComplex cb3 => ca.Real == cb3.Real && ca.Imag == cb3.Imag,
                        PyFloat fb3 => ca.Imag == 0 && ca.Real == fb3.Value,
                        PyIntegral ib3 => ca.Imag == 0 && CompareIntFloat(ib3, ca.Real, CompareOp.Eq),
                        _ => null,
                    };
                    if (eq != null) return PyBool.Of(eq.Value == (op == CompareOp.Eq));
                }
                break;
            case PyStr sa:
                if (b is PyStr sb) return PyBool.Of(FromOrder(Unicode.CompareCodePoints(sa.Value, sb.Value), op));
                break;
            case PyBytes ba:
                if (b is PyBytes bb) return PyBool.Of(FromOrder(ba.Value.AsSpan().SequenceCompareTo(bb.Value), op));
                if (b is PyByteArray bab) return PyBool.Of(FromOrder(ba.Value.AsSpan().SequenceCompareTo(bab.Value.ToArray()), op));
                break;
            case PyByteArray baa:
                if (b is PyByteArray bb2) return PyBool.Of(FromOrder(baa.Value.ToArray().AsSpan().SequenceCompareTo(bb2.Value.ToArray()), op));
                if (b is PyBytes bb3) return PyBool.Of(FromOrder(baa.Value.ToArray().AsSpan().SequenceCompareTo(bb3.Value), op));
                break;
            case PyTuple ta:
                if (b is PyTuple tb) return CompareSequences(ctx, ta.Items, ta.Count, tb.Items, tb.Count, op);
                break;
            case PyList la:
                if (b is PyList lb) return CompareSequences(ctx, la.Items, la.Count, lb.Items, lb.Count, op);
                break;
            case PyDict da:
                if (b is PyDict db && op is CompareOp.Eq or CompareOp.Ne)
                    return PyBool.Of(DictEquals(ctx, da, db) == (op == CompareOp.Eq));
                break;
            case PySet sa2:
                if (b is PySet sb2) return PyBool.Of(SetOps.Compare(ctx, sa2, sb2, op));
                break;
            case PyRange ra:
                if (b is PyRange rb && op is CompareOp.Eq or CompareOp.Ne)
                    return PyBool.Of(RangeEquals(ra, rb) == (op == CompareOp.Eq));
                break;
            case PyNone or PySingleton:
                break;
        }
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            // Let a user __eq__ on either side speak (e.g. a built-in compared with an instance).
            return null;
        }
        return null;
    }

    private static bool RangeEquals(PyRange a, PyRange b)
    {
        long la = a.Length, lb = b.Length;
        if (la != lb) return false;
        if (la == 0) return true;
        if (a.Start != b.Start) return false;
        return la == 1 || a.Step == b.Step;
    }

    private static bool CompareIntFloat(PyIntegral i, double f, CompareOp op)
    {
        if (double.IsNaN(f)) return op == CompareOp.Ne;
        if (double.IsInfinity(f)) return FromOrder(f > 0 ? -1 : 1, op);
        if (i is PyInt s && Math.Abs(s.Value) < (1L << 53)) return CompareDoubles(s.Value, f, op);
        // Exact comparison: compare the integer with floor(f) and account for the fraction.
        var fl = Math.Floor(f);
        var big = new BigInteger(fl);
        int c = i.ToBig().CompareTo(big);
        if (c == 0 && f != fl) c = -1;
        return FromOrder(c, op);
    }

    private static PyObject CompareSequences(PyContext ctx, PyObject[] a, int na, PyObject[] b, int nb, CompareOp op)
    {
        // Self-referential containers recurse without end: fail like CPython, not with a stack overflow.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyErr.RecursionError("maximum recursion depth exceeded in comparison");
        int n = Math.Min(na, nb);
        for (int i = 0; i < n; i++)
        {
            if (ReferenceEquals(a[i], b[i])) continue;
            if (!EqBool(ctx, a[i], b[i]))
            {
                if (op == CompareOp.Eq) return PyBool.False;
                if (op == CompareOp.Ne) return PyBool.True;
                return RichCompare(ctx, a[i], b[i], op);
            }
        }
        return PyBool.Of(FromOrder(na.CompareTo(nb), op));
    }

    private static bool DictEquals(PyContext ctx, PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyErr.RecursionError("maximum recursion depth exceeded in comparison");
        foreach (var (k, v) in a.Pairs())
        {
            var bv = b.GetItemOrNull(ctx, k);
            if (bv == null || !EqBool(ctx, v, bv)) return false;
        }
        return true;
    }

    // ------------------------------------------------------------ identity and membership

    public static PyObject Is(PyObject a, PyObject b) => PyBool.Of(IsSame(a, b));

    /// <summary>`a is b`. Small ints and equal floats are distinct objects in general, as in CPython.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSame(PyObject a, PyObject b) => ReferenceEquals(a, b);

    /// <summary>`item in container`.</summary>
    public static bool Contains(PyContext ctx, PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyDict d: return d.ContainsKey(ctx, item);
            case PySet s: return s.Contains(ctx, item);
            case PyStr s:
                if (item is not PyStr sub) throw PyErr.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
            case PyList l:
                for (int i = 0; i < l.Count; i++)
                {
                    if ((i & 0xFFFF) == 0 && Safepoint.Requested != 0) Safepoint.Slow(ctx);
                    if (ReferenceEquals(l.Items[i], item) || EqBool(ctx, l.Items[i], item)) return true;
                }
                return false;
            case PyTuple t:
                foreach (var x in t.Items)
                    if (ReferenceEquals(x, item) || EqBool(ctx, x, item)) return true;
                return false;
            case PyRange r when item is PyInt iv:
            {
                long v = iv.Value;
                if (r.Step > 0 ? (v < r.Start || v >= r.Stop) : (v > r.Start || v <= r.Stop)) return false;
                return (v - r.Start) % r.Step == 0;
            }
        }
        var slot = container.Type.Lookup("__contains__");
        if (slot != null)
        {
            if (slot is PyNone) throw PyErr.TypeError($"argument of type '{container.Type.Name}' is not iterable");
            return IsTrue(ctx, Calls.CallDescriptor(ctx, slot, container, item));
        }
        if (container.Type.Lookup("__iter__") == null && container.Type.Lookup("__getitem__") == null)
            throw PyErr.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        foreach (var x in Iteration.Enumerate(ctx, container))
            if (ReferenceEquals(x, item) || EqBool(ctx, x, item)) return true;
        return false;
    }
}
