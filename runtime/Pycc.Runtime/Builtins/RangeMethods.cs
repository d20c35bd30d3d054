using System.Numerics;

namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallRangeAndSlice()
    {
        var r = TypeObjects.Range;
        r.Def("__len__", (ctx, s) => PyInt.Get(RangeMethods.Length((PyRange)s)));
        r.Def("__bool__", (ctx, s) => PyBool.Of(((PyRange)s).Length != 0));
        r.Def("__iter__", (ctx, s) => s.GetIter(ctx));
        r.Def("__reversed__", (ctx, s) => RangeMethods.Reversed((PyRange)s));
        r.Def("__getitem__", (ctx, s, k) => RangeMethods.GetItem(ctx, (PyRange)s, k));
        r.Def("__contains__", (ctx, s, x) => PyBool.Of(RangeMethods.Contains(ctx, (PyRange)s, x)));
        r.Def("__hash__", (ctx, s) => PyInt.Get(RangeMethods.Hash(ctx, (PyRange)s)));
        r.Def("__reduce__", (ctx, s) =>
        {
            var rr = (PyRange)s;
            return PyTuple.Of(TypeObjects.Range, PyTuple.Of(PyInt.Get(rr.Start), PyInt.Get(rr.Stop), PyInt.Get(rr.Step)));
        });
        r.Def("count", (ctx, s, x) =>
        {
            var rr = (PyRange)s;
            if (x is PyIntegral) return PyInt.Get(RangeMethods.Contains(ctx, rr, x) ? 1 : 0);
            long n = 0;
            foreach (var v in Iteration.Enumerate(ctx, rr)) if (Ops.EqBool(ctx, v, x)) n++;
            return PyInt.Get(n);
        });
        r.Def("index", (ctx, s, x) =>
        {
            var rr = (PyRange)s;
            if (x is PyIntegral xi)
            {
                if (!RangeMethods.Contains(ctx, rr, x)) throw PyErr.ValueError($"{Ops.ReprString(ctx, x)} is not in range");
                return PyInt.From((xi.ToBig() - rr.Start) / rr.Step);
            }
            long i = 0;
            foreach (var v in Iteration.Enumerate(ctx, rr))
            {
                if (Ops.EqBool(ctx, v, x)) return PyInt.Get(i);
                i++;
            }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        });
        r.Property("start", (ctx, s) => PyInt.Get(((PyRange)s).Start));
        r.Property("stop", (ctx, s) => PyInt.Get(((PyRange)s).Stop));
        r.Property("step", (ctx, s) => PyInt.Get(((PyRange)s).Step));

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

/// <summary>range and slice helpers (ranges are limited to 64-bit bounds, see docs/differences.md).</summary>
public static class RangeMethods
{
    /// <summary>len(range), with CPython's OverflowError when it exceeds a Py_ssize_t.</summary>
    public static long Length(PyRange r)
    {
        var len = BigLength(r);
        if (len > long.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return (long)len;
    }

    public static BigInteger BigLength(PyRange r)
    {
        BigInteger start = r.Start, stop = r.Stop, step = r.Step;
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public static PyObject Reversed(PyRange r)
    {
        long n = Length(r);
        return new RangeIterator(r.Start + (n - 1) * r.Step, -r.Step, n);
    }

    public static PyObject GetItem(PyContext ctx, PyRange r, PyObject key)
    {
        if (key is PySlice sl)
        {
            var (start, stop, step, _) = sl.Indices(ctx, Length(r));
            return new PyRange(r.Start + start * r.Step, r.Start + stop * r.Step, step * r.Step);
        }
        if (key is not PyIntegral && key.Type.Lookup("__index__") == null)
            throw PyErr.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
        var i = Conversions.Index(ctx, key);
        var len = BigLength(r);
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw PyErr.IndexError("range object index out of range");
        return PyInt.From(r.Start + i * r.Step);
    }

    public static bool Contains(PyContext ctx, PyRange r, PyObject x)
    {
        if (x is PyIntegral xi)
        {
            var v = xi.ToBig();
            if (r.Step > 0 ? (v < r.Start || v >= r.Stop) : (v > r.Start || v <= r.Stop)) return false;
            return ((v - r.Start) % r.Step).IsZero;
        }
        foreach (var item in Iteration.Enumerate(ctx, r))
            if (Ops.EqBool(ctx, item, x)) return true;
        return false;
    }

    /// <summary>hash((len, start, step)) with start and step dropped for empty and one-element ranges.</summary>
    public static long Hash(PyContext ctx, PyRange r)
    {
        var len = BigLength(r);
        var t = len.IsZero ? PyTuple.Of(PyInt.Zero, PyNone.Instance, PyNone.Instance)
            : len.IsOne ? PyTuple.Of(PyInt.One, PyInt.Get(r.Start), PyNone.Instance)
            : PyTuple.Of(PyInt.From(len), PyInt.Get(r.Start), PyInt.Get(r.Step));
        return Ops.Hash(ctx, t);
    }

    public static PyTuple SliceTuple(PySlice s) => PyTuple.Of(s.Start, s.Stop, s.Step);
}
