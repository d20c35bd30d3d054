using System.Numerics;

namespace Pycc.Runtime;

public sealed class EnumerateIterator : PyIterator
{
    private readonly PyObject _it;
    private long _i;
    private BigInteger? _big;
    public EnumerateIterator(PyObject it, PyIntegral start)
    {
        _it = it;
        if (start is PyInt s) _i = s.Value; else _big = start.ToBig();
    }
    public override string TypeName => "enumerate";
    public override PyObject? IterNext(PyContext ctx)
    {
        var v = _it.IterNext(ctx);
        if (v == null) return null;
        PyObject idx;
        if (_big is { } b) { idx = PyInt.From(b); _big = b + 1; }
        else { idx = PyInt.Get(_i); if (_i == long.MaxValue) _big = (BigInteger)_i + 1; else _i++; }
        return new PyTuple(new[] { idx, v });
    }
}

public sealed class ZipIterator : PyIterator
{
    private readonly PyObject[] _its;
    private readonly bool _strict;
    private bool _done;
    public ZipIterator(PyObject[] its, bool strict) { _its = its; _strict = strict; }
    public override string TypeName => "zip";
    public override PyObject? IterNext(PyContext ctx)
    {
        if (_done || _its.Length == 0) return null;
        var items = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var v = _its[i].IterNext(ctx);
            if (v == null)
            {
                _done = true;
                if (_strict)
                {
                    if (i > 0) throw PyErr.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                    for (int j = 1; j < _its.Length; j++)
                        if (_its[j].IterNext(ctx) != null)
                            throw PyErr.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                }
                return null;
            }
            items[i] = v;
        }
        return new PyTuple(items);
    }
}

public sealed class MapIterator : PyIterator
{
    private readonly PyObject _fn;
    private readonly PyObject[] _its;
    public MapIterator(PyObject fn, PyObject[] its) { _fn = fn; _its = its; }
    public override string TypeName => "map";
    public override PyObject? IterNext(PyContext ctx)
    {
        if (_its.Length == 1)
        {
            var v = _its[0].IterNext(ctx);
            return v == null ? null : _fn.Call1(ctx, v);
        }
        var args = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var v = _its[i].IterNext(ctx);
            if (v == null) return null;
            args[i] = v;
        }
        return _fn.Call(ctx, args, null);
    }
}

public sealed class FilterIterator : PyIterator
{
    private readonly PyObject _fn;
    private readonly PyObject _it;
    public FilterIterator(PyObject fn, PyObject it) { _fn = fn; _it = it; }
    public override string TypeName => "filter";
    public override PyObject? IterNext(PyContext ctx)
    {
        while (true)
        {
            var v = _it.IterNext(ctx);
            if (v == null) return null;
            bool keep = _fn is PyNone ? Ops.IsTrue(ctx, v) : Ops.IsTrue(ctx, _fn.Call1(ctx, v));
            if (keep) return v;
        }
    }
}

public sealed class ReversedListIterator : PyIterator
{
    private readonly PyList _list;
    private int _i;
    public ReversedListIterator(PyList list) { _list = list; _i = list.Count - 1; }
    public override string TypeName => "list_reverseiterator";
    public override PyObject? IterNext(PyContext ctx)
    {
        if (_i < 0 || _i >= _list.Count) { _i = -1; return null; }
        return _list.Items[_i--];
    }
}

/// <summary>reversed(seq) for sequences without __reversed__: indexes from the end until IndexError.</summary>
public sealed class ReversedIterator : PyIterator
{
    private readonly PyObject _seq;
    private long _i;
    public ReversedIterator(PyObject seq, long length) { _seq = seq; _i = length - 1; }
    public override string TypeName => "reversed";
    public override PyObject? IterNext(PyContext ctx)
    {
        if (_i < 0) return null;
        long i = _i--;
        switch (_seq)
        {
            case PyTuple t: return t.Items[i];
            case PyStr s: return PyStr.Char(s.CodePointAt((int)i));
        }
        try
        {
            return Ops.GetItem(ctx, _seq, PyInt.Get(i));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.IndexError) || e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            _i = -1;
            return null;
        }
    }
}

/// <summary>iter(callable, sentinel).</summary>
public sealed class CallableIterator : PyIterator
{
    private readonly PyObject _fn, _sentinel;
    private bool _done;
    public CallableIterator(PyObject fn, PyObject sentinel) { _fn = fn; _sentinel = sentinel; }
    public override string TypeName => "callable_iterator";
    public override PyObject? IterNext(PyContext ctx)
    {
        if (_done) return null;
        var v = _fn.Call0(ctx);
        if (Ops.EqBool(ctx, v, _sentinel)) { _done = true; return null; }
        return v;
    }
}
