namespace Pycc.Runtime;

/// <summary>The iterator protocol, and unpacking.</summary>
public static class Iteration
{
    public static PyObject GenericGetIter(PyContext ctx, PyObject obj)
    {
        var type = obj.Type;
        var iter = type.Lookup("__iter__");
        if (iter != null)
        {
            if (iter is PyNone) throw NotIterable(obj);
            var it = Calls.CallDescriptor(ctx, iter, obj);
            if (it.Type.Lookup("__next__") == null && it is not PyIterator && it is not PyGenerator)
                throw PyErr.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
            return it;
        }
        if (obj is PyInstance inst && inst.Native != null && type.Lookup("__getitem__") is PyBuiltin)
            return inst.Native.GetIter(ctx);
        if (type.Lookup("__getitem__") != null) return new SequenceIterator(obj);
        throw NotIterable(obj);
    }

    public static PyException NotIterable(PyObject obj) => PyErr.TypeError($"'{obj.Type.Name}' object is not iterable");

    public static PyObject? GenericIterNext(PyContext ctx, PyObject obj)
    {
        var next = obj.Type.Lookup("__next__");
        if (next == null) throw PyErr.TypeError($"'{obj.Type.Name}' object is not an iterator");
        try
        {
            return Calls.CallDescriptor(ctx, next, obj);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            return null;
        }
    }

    /// <summary>Iterates any iterable from C#, with a safepoint per item so long loops stay interruptible.</summary>
    public static IEnumerable<PyObject> Enumerate(PyContext ctx, PyObject iterable)
    {
        if (iterable is PyList list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
                yield return list.Items[i];
            }
            yield break;
        }
        if (iterable is PyTuple tuple)
        {
            var items = tuple.Items;
            for (int i = 0; i < items.Length; i++)
            {
                if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
                yield return items[i];
            }
            yield break;
        }
        var it = iterable.GetIter(ctx);
        while (true)
        {
            if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
            var v = it.IterNext(ctx);
            if (v == null) yield break;
            yield return v;
        }
    }

    /// <summary>Materializes an iterable into an array (tuple(x), list(x), *x in calls).</summary>
    public static PyObject[] ToArray(PyContext ctx, PyObject iterable)
    {
        switch (iterable)
        {
            case PyTuple t: return t.Items;
            case PyList l: return l.ToArray();
        }
        var result = new List<PyObject>();
        foreach (var x in Enumerate(ctx, iterable)) result.Add(x);
        return result.ToArray();
    }

    /// <summary>`a, b, c = value`: exactly n items.</summary>
    public static PyObject[] UnpackExact(PyContext ctx, PyObject value, int n)
    {
        if (value is PyTuple t && t.Items.Length == n) return t.Items;
        if (value is PyList l && l.Count == n) return l.ToArray();
        var result = new PyObject[n];
        var it = GetIterForUnpack(ctx, value);
        for (int i = 0; i < n; i++)
        {
            var v = it.IterNext(ctx);
            if (v == null) throw PyErr.ValueError($"not enough values to unpack (expected {n}, got {i})");
            result[i] = v;
        }
        if (it.IterNext(ctx) != null)
        {
            throw PyErr.ValueError($"too many values to unpack (expected {n})");
        }
        return result;
    }

    /// <summary>`a, *b, c = value`: before + starred list + after.</summary>
    public static PyObject[] UnpackStarred(PyContext ctx, PyObject value, int before, int after)
    {
        var items = ToArray(ctx, value is PyTuple or PyList ? value : GetIterForUnpack(ctx, value));
        if (items.Length < before + after)
            throw PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        var result = new PyObject[before + 1 + after];
        Array.Copy(items, result, before);
        result[before] = new PyList(items[before..(items.Length - after)]);
        Array.Copy(items, items.Length - after, result, before + 1, after);
        return result;
    }

    private static PyObject GetIterForUnpack(PyContext ctx, PyObject value)
    {
        try
        {
            return value.GetIter(ctx);
        }
        catch (PyException e) when (e.Value.Type == TypeObjects.TypeError && value.Type.Lookup("__iter__") == null && value.Type.Lookup("__getitem__") == null)
        {
            throw PyErr.TypeError($"cannot unpack non-iterable {value.Type.Name} object");
        }
    }
}

/// <summary>Iterates an object that only has __getitem__, until IndexError.</summary>
public sealed class SequenceIterator : PyIterator
{
    private readonly PyObject _seq;
    private long _i;
    private bool _done;
    public SequenceIterator(PyObject seq) { _seq = seq; }

    public override PyObject? IterNext(PyContext ctx)
    {
        if (_done) return null;
        try
        {
            return Ops.GetItem(ctx, _seq, PyInt.Get(_i++));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.IndexError) || e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            _done = true;
            return null;
        }
    }
}
