using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pycc.Runtime;

public sealed class PyTuple : PyObject
{
    public readonly PyObject[] Items;
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>());

    public PyTuple(PyObject[] items) { Items = items; }

    public static PyTuple Of(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public int Count => Items.Length;
    public override PyType Type => TypeObjects.Tuple;
    public override PyObject GetIter(PyContext ctx) => new ArrayIterator(Items, Items.Length);
}

/// <summary>Python list: a growable array. Fields are public so generated code and built-ins can index directly.</summary>
public sealed class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;

    public PyList() { Items = Array.Empty<PyObject>(); }
    public PyList(int capacity) { Items = capacity == 0 ? Array.Empty<PyObject>() : new PyObject[capacity]; }

    /// <summary>Takes ownership of the array (copied when it is a covariant array such as a PyStr[],
    /// because <see cref="Store"/> relies on Items being exactly a PyObject[]).</summary>
    public PyList(PyObject[] items)
    {
        if (items.GetType() != typeof(PyObject[]))
        {
            var exact = new PyObject[items.Length];
            Array.Copy(items, exact, items.Length);
            items = exact;
        }
        Items = items;
        Count = items.Length;
    }

    public PyList(IEnumerable<PyObject> items) { Items = items.ToArray(); Count = Items.Length; }

    public override PyType Type => TypeObjects.List;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Store(Items, Count++, item);
    }

    /// <summary>
    /// items[i] = value without the covariant-array store check (a type-cache lookup for every
    /// store of a subclass of PyObject, measured at 7% of a float benchmark). Safe because list
    /// arrays are always exactly PyObject[]; the caller has checked the index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject[] items, int i, PyObject value)
    {
        System.Diagnostics.Debug.Assert(items.GetType() == typeof(PyObject[]) && (uint)i < (uint)items.Length);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), i) = value;
    }

    public void Grow(int min)
    {
        int n = Math.Max(min, Items.Length < 4 ? 4 : Items.Length * 2);
        Array.Resize(ref Items, n);
    }

    public void Insert(int index, PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Array.Copy(Items, index, Items, index + 1, Count - index);
        Items[index] = item;
        Count++;
    }

    public void RemoveAt(int index)
    {
        Count--;
        Array.Copy(Items, index + 1, Items, index, Count - index);
        Items[Count] = null!;
    }

    public void Clear()
    {
        Array.Clear(Items, 0, Count);
        Count = 0;
    }

    public PyObject[] ToArray() => Items.AsSpan(0, Count).ToArray();

    public Span<PyObject> AsSpan() => Items.AsSpan(0, Count);

    public override PyObject GetIter(PyContext ctx) => new ListIterator(this);
}

/// <summary>range(start, stop, step) over 64-bit bounds (a range beyond that is an OverflowError for now).</summary>
public sealed class PyRange : PyObject
{
    public readonly long Start, Stop, Step;

    public PyRange(long start, long stop, long step)
    {
        Start = start; Stop = stop; Step = step;
    }

    public long Length
    {
        get
        {
            if (Step > 0) return Start < Stop ? (long)(((ulong)(Stop - Start) - 1) / (ulong)Step + 1) : 0;
            return Start > Stop ? (long)(((ulong)(Start - Stop) - 1) / (ulong)(-Step) + 1) : 0;
        }
    }

    public long ItemAt(long i) => Start + i * Step;

    public override PyType Type => TypeObjects.Range;
    public override PyObject GetIter(PyContext ctx) => new RangeIterator(Start, Step, Length);
}

public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step)
    {
        Start = start; Stop = stop; Step = step;
    }

    public override PyType Type => TypeObjects.Slice;

    /// <summary>Resolves the slice against a sequence length, as slice.indices does.</summary>
    public (long start, long stop, long step, long count) Indices(PyContext ctx, long length)
    {
        long step = Step is PyNone ? 1 : Conversions.IndexToLongClamped(ctx, Step);
        if (step == 0) throw PyErr.ValueError("slice step cannot be zero");
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        long start, stop;
        if (Start is PyNone) start = step < 0 ? upper : lower;
        else
        {
            start = Conversions.IndexToLongClamped(ctx, Start);
            if (start < 0) { start += length; if (start < lower) start = lower; }
            else if (start > upper) start = upper;
        }
        if (Stop is PyNone) stop = step < 0 ? lower : upper;
        else
        {
            stop = Conversions.IndexToLongClamped(ctx, Stop);
            if (stop < 0) { stop += length; if (stop < lower) stop = lower; }
            else if (stop > upper) stop = upper;
        }
        long count;
        if (step > 0) count = start < stop ? (stop - start - 1) / step + 1 : 0;
        else count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        return (start, stop, step, count);
    }
}

// ---------------------------------------------------------------- iterators

/// <summary>Base of built-in iterators: iter(it) is it.</summary>
public abstract class PyIterator : PyObject
{
    public override PyType Type => TypeObjects.IteratorType(TypeName);
    public override PyObject GetIter(PyContext ctx) => this;
    public abstract override PyObject? IterNext(PyContext ctx);
    /// <summary>The name shown by type(it).__name__, e.g. "list_iterator".</summary>
    public virtual string TypeName => "iterator";
}

public sealed class ArrayIterator : PyIterator
{
    private readonly PyObject[] _items;
    private readonly int _count;
    private int _i;
    public ArrayIterator(PyObject[] items, int count) { _items = items; _count = count; }
    public override PyObject? IterNext(PyContext ctx) => _i < _count ? _items[_i++] : null;
    public override string TypeName => "tuple_iterator";
}

public sealed class ListIterator : PyIterator
{
    private readonly PyList _list;
    private int _i;
    public ListIterator(PyList list) { _list = list; }
    public override PyObject? IterNext(PyContext ctx)
    {
        // Re-read Count every step: the list may change while iterated, as in CPython.
        if (_i < _list.Count) return _list.Items[_i++];
        _i = int.MaxValue;
        return null;
    }
    public override string TypeName => "list_iterator";
}

public sealed class RangeIterator : PyIterator
{
    private long _next;
    private readonly long _step;
    private long _left;
    public RangeIterator(long start, long step, long count) { _next = start; _step = step; _left = count; }
    public override PyObject? IterNext(PyContext ctx)
    {
        if (_left <= 0) return null;
        _left--;
        var v = _next;
        _next += _step;
        return PyInt.Get(v);
    }
    public override string TypeName => "range_iterator";
}

/// <summary>An iterator over a .NET sequence of Python objects (used by built-ins).</summary>
public sealed class EnumeratorIterator : PyIterator
{
    private readonly IEnumerator<PyObject> _e;
    private readonly string _name;
    public EnumeratorIterator(IEnumerable<PyObject> items, string name = "iterator") { _e = items.GetEnumerator(); _name = name; }
    public override PyObject? IterNext(PyContext ctx) => _e.MoveNext() ? _e.Current : null;
    public override string TypeName => _name;
}
