using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

public static partial class Ops
{
    public static PyObject GetItem(PyContext ctx, PyObject o, PyObject key)
    {
        switch (o)
        {
            case PyList l:
                if (key is PyInt li) return l.Items[CheckIndex(li.Value, l.Count, "list")];
                if (key is PySlice ls) return new PyList(Slicing.Take(ctx, l.Items, l.Count, ls));
                break;
            case PyTuple t:
                if (key is PyInt ti) return t.Items[CheckIndex(ti.Value, t.Count, "tuple")];
                if (key is PySlice ts) return PyTuple.Of(Slicing.Take(ctx, t.Items, t.Count, ts));
                break;
            case PyDict d when o.GetType() == typeof(PyDict):
                return d.GetItemOrNull(ctx, key) ?? throw PyErr.KeyError(key);
            case PyStr s:
                if (key is PyInt si) return PyStr.Char(s.CodePointAt(CheckIndex(si.Value, s.Length, "string")));
                if (key is PySlice ss) return Slicing.SliceStr(ctx, s, ss);
                break;
            case PyRange r:
                if (key is PyInt ri) return PyInt.Get(r.ItemAt(CheckIndex(ri.Value, r.Length, "range object")));
                if (key is PySlice rs) return RangeMethods.Slice(ctx, RangeMethods.Of(r, "__getitem__"), rs);
                break;
        }
        return GetItemSlow(ctx, o, key);
    }

    /// <summary>A sequence index that is not an int or slice: bool and __index__ objects convert, others are TypeErrors.</summary>
    private static PyObject SequenceKey(PyContext ctx, PyObject o, PyObject key, string what)
    {
        if (key is PyInt or PySlice) return key;
        if (key is PyIntegral or PyInstance { Native: PyIntegral } || key.Type.Lookup("__index__") != null)
        {
            var big = Conversions.Index(ctx, key);
            if (big < long.MinValue || big > long.MaxValue)
                throw PyErr.IndexError($"cannot fit 'int' into an index-sized integer");
            return PyInt.Get((long)big);
        }
        throw PyErr.TypeError($"{what} indices must be integers or slices, not {key.Type.Name}");
    }

    private static string SequenceName(PyObject o) => o switch
    {
        PyList => "list",
        PyTuple => "tuple",
        PyStr => "string",
        PyRange => "range",
        PyBytes => "byte",
        PyByteArray => "bytearray",
        _ => o.Type.Name,
    };

    private static PyObject GetItemSlow(PyContext ctx, PyObject o, PyObject key)
    {
        if (o is PyList or PyTuple or PyStr or PyRange && key is not (PyInt or PySlice))
            return GetItem(ctx, o, SequenceKey(ctx, o, key, SequenceName(o)));
        var slot = o.Type.Lookup("__getitem__");
        // A dict subclass without its own __getitem__: a miss goes to the subclass's __missing__.
        if (o is PyInstance { Native: PyDict nd } && slot is PyBuiltin { Owner: var owner } && owner == TypeObjects.Dict)
            return nd.GetItemOrNull(ctx, key) ?? DictMethods.Missing(ctx, o, key);
        if (slot != null) return Calls.CallDescriptor(ctx, slot, o, key);
        if (o is PyType t)
        {
            if (ReferenceEquals(t, TypeObjects.Type)) return new PyGenericAlias(t, key);
            var cg = t.Lookup("__class_getitem__");
            if (cg != null) return Attributes.Bind(ctx, cg is PyFunction f ? new PyClassMethod(f) : cg, null, t).Call1(ctx, key);
            throw PyErr.TypeError($"type '{t.Name}' is not subscriptable");
        }
        throw PyErr.TypeError($"'{o.Type.Name}' object is not subscriptable");
    }

    /// <summary>Normalizes a possibly negative index; raises IndexError like CPython.</summary>
    /// <summary>o[i] for an index the compiler knows (a constant): lists and tuples without boxing
    /// the index; <paramref name="key"/> is the same index as a Python int for everything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetItemAt(PyContext ctx, PyObject o, int i, PyObject key)
    {
        if (o is PyList l)
        {
            int j = i < 0 ? i + l.Count : i;
            if ((uint)j < (uint)l.Count) return l.Items[j];
        }
        else if (o is PyTuple t)
        {
            var items = t.Items;
            int j = i < 0 ? i + items.Length : i;
            if ((uint)j < (uint)items.Length) return items[j];
        }
        return GetItem(ctx, o, key);
    }

    /// <summary>o[i] = value for a constant index (see <see cref="GetItemAt"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItemAt(PyContext ctx, PyObject o, int i, PyObject key, PyObject value)
    {
        if (o is PyList l)
        {
            int j = i < 0 ? i + l.Count : i;
            if ((uint)j < (uint)l.Count)
            {
                PyList.Store(l.Items, j, value);
                return;
            }
        }
        SetItem(ctx, o, key, value);
    }

    public static int CheckIndex(long i, long count, string what)
    {
        if (i < 0) i += count;
        if ((ulong)i >= (ulong)count) throw PyErr.IndexError($"{what} index out of range");
        return (int)i;
    }

    public static void SetItem(PyContext ctx, PyObject o, PyObject key, PyObject value)
    {
        switch (o)
        {
            case PyList l:
                if (key is PyInt li)
                {
                    PyList.Store(l.Items, CheckIndex(li.Value, l.Count, "list assignment"), value);
                    return;
                }
                if (key is PySlice ls)
                {
                    Slicing.AssignList(ctx, l, ls, value);
                    return;
                }
                break;
            case PyDict d when o.GetType() == typeof(PyDict):
                d.SetItem(ctx, key, value);
                return;
        }
        if (o is PyList && key is not (PyInt or PySlice))
        {
            SetItem(ctx, o, SequenceKey(ctx, o, key, "list"), value);
            return;
        }
        var slot = o.Type.Lookup("__setitem__");
        if (slot == null) throw PyErr.TypeError($"'{o.Type.Name}' object does not support item assignment");
        Calls.CallDescriptor(ctx, slot, o, key, value);
    }

    public static void DelItem(PyContext ctx, PyObject o, PyObject key)
    {
        switch (o)
        {
            case PyList l:
                if (key is PyInt li)
                {
                    l.RemoveAt(CheckIndex(li.Value, l.Count, "list assignment"));
                    return;
                }
                if (key is PySlice ls)
                {
                    Slicing.DeleteList(ctx, l, ls);
                    return;
                }
                break;
            case PyDict d when o.GetType() == typeof(PyDict):
                if (!d.Remove(ctx, key)) throw PyErr.KeyError(key);
                return;
        }
        if (o is PyList && key is not (PyInt or PySlice))
        {
            DelItem(ctx, o, SequenceKey(ctx, o, key, "list"));
            return;
        }
        var slot = o.Type.Lookup("__delitem__");
        if (slot == null) throw PyErr.TypeError($"'{o.Type.Name}' object doesn't support item deletion");
        Calls.CallDescriptor(ctx, slot, o, key);
    }

    public static PyObject MakeSlice(PyObject? lower, PyObject? upper, PyObject? step) =>
        new PySlice(lower ?? PyNone.Instance, upper ?? PyNone.Instance, step ?? PyNone.Instance);
}

/// <summary>A parameterized type such as `list[int]` (typing's runtime view).</summary>
public sealed class PyGenericAlias : PyObject
{
    public readonly PyObject Origin;
    public readonly PyObject Args;
    public PyGenericAlias(PyObject origin, PyObject args) { Origin = origin; Args = args; }
    public override PyType Type => TypeObjects.GenericAlias;
    public override PyObject Call(PyContext ctx, PyObject[] args, string[]? kwnames) => Origin.Call(ctx, args, kwnames);
}

/// <summary>Slicing of sequences by a slice object.</summary>
public static class Slicing
{
    public static PyObject[] Take(PyContext ctx, PyObject[] items, int count, PySlice slice)
    {
        var (start, _, step, n) = slice.Indices(ctx, count);
        if (step == 1) return items.AsSpan((int)start, (int)n).ToArray();
        var r = new PyObject[n];
        for (long i = 0, j = start; i < n; i++, j += step) r[i] = items[j];
        return r;
    }

    public static PyStr SliceStr(PyContext ctx, PyStr s, PySlice slice)
    {
        var (start, _, step, n) = slice.Indices(ctx, s.Length);
        if (step == 1) return new PyStr(s.Substring((int)start, (int)(start + n)));
        var sb = new System.Text.StringBuilder((int)n);
        for (long i = 0, j = start; i < n; i++, j += step)
        {
            if (s.IsSimple) sb.Append(s.Value[(int)j]);
            else sb.Append(Unicode.ToText(s.CodePointAt((int)j)));
        }
        return new PyStr(sb.ToString());
    }

    public static void AssignList(PyContext ctx, PyList l, PySlice slice, PyObject value)
    {
        var src = Iteration.ToArray(ctx, ReferenceEquals(value, l) ? new PyList(l.ToArray()) : value);
        var (start, stop, step, n) = slice.Indices(ctx, l.Count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            var tail = l.Items.AsSpan((int)stop, l.Count - (int)stop).ToArray();
            int newCount = (int)start + src.Length + tail.Length;
            if (newCount > l.Items.Length) l.Grow(newCount);
            Array.Copy(src, 0, l.Items, start, src.Length);
            Array.Copy(tail, 0, l.Items, start + src.Length, tail.Length);
            if (newCount < l.Count) Array.Clear(l.Items, newCount, l.Count - newCount);
            l.Count = newCount;
            return;
        }
        if (src.Length != n)
            throw PyErr.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {n}");
        for (long i = 0, j = start; i < n; i++, j += step) l.Items[j] = src[i];
    }

    public static void DeleteList(PyContext ctx, PyList l, PySlice slice)
    {
        var (start, _, step, n) = slice.Indices(ctx, l.Count);
        if (n == 0) return;
        if (step < 0)
        {
            start = start + (n - 1) * step;
            step = -step;
        }
        var keep = new List<PyObject>(l.Count - (int)n);
        for (int i = 0; i < l.Count; i++)
        {
            bool deleted = i >= start && (i - start) % step == 0 && (i - start) / step < n;
            if (!deleted) keep.Add(l.Items[i]);
        }
        Array.Clear(l.Items, 0, l.Count);
        keep.CopyTo(l.Items);
        l.Count = keep.Count;
    }
}
