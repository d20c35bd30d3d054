using System.Numerics;

namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallRangeAndSlice()
    {
        var r = TypeObjects.Range;
        // Two classes implement range (PyRange and PyBigRange): the methods check receivers themselves.
        r.NativeClass = null;
        r.Def("__len__", (ctx, s) => PyInt.Get(RangeMethods.Length(RangeMethods.Of(s, "__len__"))));
        r.Def("__bool__", (ctx, s) => PyBool.Of(!RangeMethods.Of(s, "__bool__").Length.IsZero));
        r.Def("__iter__", (ctx, s) => RangeMethods.Of(s, "__iter__").Iter(ctx));
        r.Def("__reversed__", (ctx, s) => RangeMethods.Of(s, "__reversed__").Reversed());
        r.Def("__getitem__", (ctx, s, k) => RangeMethods.GetItem(ctx, RangeMethods.Of(s, "__getitem__"), k));
        r.Def("__contains__", (ctx, s, x) => PyBool.Of(RangeMethods.Contains(ctx, RangeMethods.Of(s, "__contains__"), x)));
        r.Def("__hash__", (ctx, s) => PyInt.Get(RangeMethods.Hash(ctx, RangeMethods.Of(s, "__hash__"))));
        r.Def("__repr__", (ctx, s) => new PyStr(RangeMethods.Of(s, "__repr__").Repr()));
        r.Def("__eq__", (ctx, s, o) => RangeMethods.IsRange(o) ? PyBool.Of(RangeMethods.Equal(RangeMethods.Of(s, "__eq__"), RangeMethods.Of(o, "__eq__"))) : PySingleton.NotImplemented);
        r.Def("__ne__", (ctx, s, o) => RangeMethods.IsRange(o) ? PyBool.Of(!RangeMethods.Equal(RangeMethods.Of(s, "__ne__"), RangeMethods.Of(o, "__ne__"))) : PySingleton.NotImplemented);
        foreach (var cmp in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            r.Def(cmp, (ctx, s, o) => PySingleton.NotImplemented);
        r.Def("__reduce__", (ctx, s) =>
        {
            var v = RangeMethods.Of(s, "__reduce__");
            return PyTuple.Of(TypeObjects.Range, PyTuple.Of(PyInt.From(v.Start), PyInt.From(v.Stop), PyInt.From(v.Step)));
        });
        r.Def("count", (ctx, s, x) =>
        {
            var v = RangeMethods.Of(s, "count");
            if (x is PyIntegral) return PyInt.Get(RangeMethods.Contains(ctx, v, x) ? 1 : 0);
            long n = 0;
            foreach (var item in Iteration.Enumerate(ctx, s)) if (Ops.EqBool(ctx, item, x)) n++;
            return PyInt.Get(n);
        });
        r.Def("index", (ctx, s, x) =>
        {
            var v = RangeMethods.Of(s, "index");
            if (x is PyIntegral xi)
            {
                if (!RangeMethods.Contains(ctx, v, x)) throw PyErr.ValueError($"{Ops.ReprString(ctx, x)} is not in range");
                return PyInt.From((xi.ToBig() - v.Start) / v.Step);
            }
            long i = 0;
            foreach (var item in Iteration.Enumerate(ctx, s))
            {
                if (Ops.EqBool(ctx, item, x)) return PyInt.Get(i);
                i++;
            }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        });
        r.Property("start", (ctx, s) => PyInt.From(RangeMethods.Of(s, "start").Start));
        r.Property("stop", (ctx, s) => PyInt.From(RangeMethods.Of(s, "stop").Stop));
        r.Property("step", (ctx, s) => PyInt.From(RangeMethods.Of(s, "step").Step));

        var sl = TypeObjects.Slice;
        sl.Def("indices", (ctx, s, n) =>
        {
            var len = Conversions.Index(ctx, n);
            if (len.Sign < 0) throw PyErr.ValueError("length should not be negative");
            var (start, stop, step, _) = ((PySlice)s).Indices(ctx, len > long.MaxValue ? long.MaxValue : (long)len);
            return PyTuple.Of(PyInt.Get(start), PyInt.Get(stop), PyInt.Get(step));
        });
        foreach (var (name, op) in new[] { ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            var o2 = op;
            sl.Def(name, (ctx, s, o) => o is PySlice b
                ? Ops.RichCompare(ctx, RangeMethods.SliceTuple((PySlice)s), RangeMethods.SliceTuple(b), o2)
                : PySingleton.NotImplemented);
        }
        sl.Def("__reduce__", (ctx, s) => PyTuple.Of(TypeObjects.Slice, RangeMethods.SliceTuple((PySlice)s)));
        sl.Dict.SetStr("__hash__", PyNone.Instance);
    }
}

/// <summary>
/// A range whose bounds or length do not fit in 64 bits (range(10**20) is legal Python).
/// Ordinary ranges stay <see cref="PyRange"/>, the fast path.
/// </summary>
public sealed class PyBigRange : PyObject
{
    public readonly BigInteger Start, Stop, Step;
    public PyBigRange(BigInteger start, BigInteger stop, BigInteger step) { Start = start; Stop = stop; Step = step; }
    public override PyType Type => TypeObjects.Range;
    public override PyObject GetIter(PyContext ctx) => new BigRangeIterator(Start, Step, RangeMethods.BigLength(Start, Stop, Step));
}

public sealed class BigRangeIterator : PyIterator
{
    private BigInteger _next, _left;
    private readonly BigInteger _step;
    public BigRangeIterator(BigInteger start, BigInteger step, BigInteger count) { _next = start; _step = step; _left = count; }
    public override string TypeName => "longrange_iterator";
    public override PyObject? IterNext(PyContext ctx)
    {
        if (_left.Sign <= 0) return null;
        _left -= 1;
        var v = _next;
        _next += _step;
        return PyInt.From(v);
    }
}

/// <summary>range and slice helpers; a range is viewed through <see cref="RangeValue"/> whatever its size.</summary>
public static class RangeMethods
{
    public readonly record struct RangeValue(PyObject Obj, BigInteger Start, BigInteger Stop, BigInteger Step)
    {
        public BigInteger Length => BigLength(Start, Stop, Step);

        public PyObject Iter(PyContext ctx) => Obj.GetIter(ctx);

        public PyObject Reversed()
        {
            var n = Length;
            if (Obj is PyRange r) return new RangeIterator(r.Start + (r.Length - 1) * r.Step, -r.Step, r.Length);
            return new BigRangeIterator(Start + (n - 1) * Step, -Step, n);
        }

        public string Repr() => Step.IsOne ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";
    }

    public static bool IsRange(PyObject o) => o is PyRange or PyBigRange;

    public static RangeValue Of(PyObject o, string method) => o switch
    {
        PyRange r => new RangeValue(r, r.Start, r.Stop, r.Step),
        PyBigRange b => new RangeValue(b, b.Start, b.Stop, b.Step),
        _ => throw PyErr.TypeError($"descriptor '{method}' for 'range' objects doesn't apply to a '{o.Type.Name}' object"),
    };

    /// <summary>A range object: <see cref="PyRange"/> when bounds and length fit in 64 bits.</summary>
    public static PyObject Make(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (start >= long.MinValue && start <= long.MaxValue && stop >= long.MinValue && stop <= long.MaxValue
            && step >= long.MinValue && step <= long.MaxValue && BigLength(start, stop, step) <= long.MaxValue)
            return new PyRange((long)start, (long)stop, (long)step);
        return new PyBigRange(start, stop, step);
    }

    /// <summary>range(...) construction with CPython's argument errors.</summary>
    public static PyObject Construct(PyContext ctx, PyObject[] args)
    {
        BigInteger Idx(PyObject o) => Conversions.Index(ctx, o);
        switch (args.Length)
        {
            case 1:
                if (args[0] is PyInt n) return new PyRange(0, n.Value, 1);
                return Make(0, Idx(args[0]), 1);
            case 2:
                if (args[0] is PyInt a && args[1] is PyInt b && (b.Value <= a.Value || (ulong)b.Value - (ulong)a.Value <= long.MaxValue))
                    return new PyRange(a.Value, b.Value, 1);
                return Make(Idx(args[0]), Idx(args[1]), 1);
            case 3:
                var step = Idx(args[2]);
                var start = Idx(args[0]);
                var stop = Idx(args[1]);
                if (step.IsZero) throw PyErr.ValueError("range() arg 3 must not be zero");
                return Make(start, stop, step);
            case 0:
                throw PyErr.TypeError("range expected at least 1 argument, got 0");
            default:
                throw PyErr.TypeError($"range expected at most 3 arguments, got {args.Length}");
        }
    }

    /// <summary>len(range), with CPython's OverflowError when it exceeds a Py_ssize_t.</summary>
    public static long Length(RangeValue r)
    {
        var len = r.Length;
        if (len > long.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return (long)len;
    }

    public static BigInteger BigLength(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.Sign > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public static PyObject GetItem(PyContext ctx, RangeValue r, PyObject key)
    {
        if (key is PySlice sl) return Slice(ctx, r, sl);
        if (key is not PyIntegral && key.Type.Lookup("__index__") == null)
            throw PyErr.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
        var i = Conversions.Index(ctx, key);
        var len = r.Length;
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw PyErr.IndexError("range object index out of range");
        return PyInt.From(r.Start + i * r.Step);
    }

    /// <summary>range[i:j:k] is a range: the items at the slice's start and stop indices, CPython's compute_slice.</summary>
    public static PyObject Slice(PyContext ctx, RangeValue r, PySlice sl)
    {
        var len = r.Length;
        var (start, stop, step, _) = sl.Indices(ctx, len > long.MaxValue ? long.MaxValue : (long)len);
        return Make(r.Start + start * r.Step, r.Start + stop * r.Step, step * r.Step);
    }

    public static bool Contains(PyContext ctx, RangeValue r, PyObject x)
    {
        if (x is PyIntegral xi)
        {
            var v = xi.ToBig();
            if (r.Step.Sign > 0 ? (v < r.Start || v >= r.Stop) : (v > r.Start || v <= r.Stop)) return false;
            return ((v - r.Start) % r.Step).IsZero;
        }
        foreach (var item in Iteration.Enumerate(ctx, r.Obj))
            if (Ops.EqBool(ctx, item, x)) return true;
        return false;
    }

    /// <summary>Ranges are equal when they produce the same items.</summary>
    public static bool Equal(RangeValue a, RangeValue b)
    {
        var la = a.Length;
        if (la != b.Length) return false;
        if (la.IsZero) return true;
        if (a.Start != b.Start) return false;
        return la.IsOne || a.Step == b.Step;
    }

    /// <summary>hash((len, start, step)) with start and step dropped for empty and one-element ranges.</summary>
    public static long Hash(PyContext ctx, RangeValue r)
    {
        var len = r.Length;
        var t = len.IsZero ? PyTuple.Of(PyInt.Zero, PyNone.Instance, PyNone.Instance)
            : len.IsOne ? PyTuple.Of(PyInt.One, PyInt.From(r.Start), PyNone.Instance)
            : PyTuple.Of(PyInt.From(len), PyInt.From(r.Start), PyInt.From(r.Step));
        return Ops.Hash(ctx, t);
    }

    public static PyTuple SliceTuple(PySlice s) => PyTuple.Of(s.Start, s.Stop, s.Step);
}
