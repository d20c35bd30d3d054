using Pycc.Runtime;

namespace Pycc.Stdlib;

/// <summary>
/// `_heapq` and `_bisect`: the loops of heapq and bisect on the list's own array, comparing
/// with `&lt;` only, step for step as CPython's C versions do (so the same elements end up in
/// the same places, and user `__lt__` methods see the same calls). heapq's merge, nlargest and
/// nsmallest are Python (stdlib/Lib/heapq.py) on top of these.
/// </summary>
public static class HeapqBisectModules
{
    private static PyList HeapList(PyObject o, string fn) => o switch
    {
        PyList l => l,
        PyInstance { Native: PyList l } => l,
        _ => throw PyErr.TypeError($"{fn}() argument{(fn is "heappop" or "heapify" or "_heappop_max" or "_heapify_max" ? "" : " 1")} must be list, not {(o is PyNone ? "None" : o.Type.Name)}"),
    };

    private static bool Less(PyContext ctx, PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y ? x.Value < y.Value : Ops.CompareBool(ctx, a, b, CompareOp.Lt);

    /// <summary>A comparison may run Python code that shrinks the list: CPython reports it, never reads past the end.</summary>
    private static void CheckSize(PyList heap, int expected)
    {
        if (heap.Count != expected) throw PyErr.RuntimeError("list changed size during iteration");
    }

    /// <summary>Moves the item at pos up towards startpos while it is smaller than its parent (max: larger).</summary>
    private static void SiftDown(PyContext ctx, PyList heap, int startpos, int pos, bool max)
    {
        int size = heap.Count;
        var newitem = heap.Items[pos];
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var parent = heap.Items[parentpos];
            bool lt = max ? Less(ctx, parent, newitem) : Less(ctx, newitem, parent);
            CheckSize(heap, size);
            if (!lt) break;
            heap.Items[pos] = parent;
            pos = parentpos;
        }
        heap.Items[pos] = newitem;
    }

    /// <summary>CPython's bottom-up sift: walk the smaller child down to a leaf, then sift the item back up.</summary>
    private static void SiftUp(PyContext ctx, PyList heap, int pos, bool max)
    {
        int endpos = heap.Count, startpos = pos;
        var newitem = heap.Items[pos];
        int childpos = 2 * pos + 1;
        while (childpos < endpos)
        {
            int rightpos = childpos + 1;
            if (rightpos < endpos)
            {
                bool lt = max ? Less(ctx, heap.Items[rightpos], heap.Items[childpos]) : Less(ctx, heap.Items[childpos], heap.Items[rightpos]);
                CheckSize(heap, endpos);
                if (!lt) childpos = rightpos;
            }
            heap.Items[pos] = heap.Items[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.Items[pos] = newitem;
        SiftDown(ctx, heap, startpos, pos, max);
    }

    private static PyObject Pop(PyContext ctx, PyObject h, bool max, string fn)
    {
        var heap = HeapList(h, fn);
        if (heap.Count == 0) throw PyErr.IndexError("index out of range");
        var last = heap.Items[heap.Count - 1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0) return last;
        var result = heap.Items[0];
        heap.Items[0] = last;
        SiftUp(ctx, heap, 0, max);
        return result;
    }

    private static PyObject Replace(PyContext ctx, PyObject h, PyObject item, bool max, string fn)
    {
        var heap = HeapList(h, fn);
        if (heap.Count == 0) throw PyErr.IndexError("index out of range");
        var result = heap.Items[0];
        heap.Items[0] = item;
        SiftUp(ctx, heap, 0, max);
        return result;
    }

    private static PyObject Heapify(PyContext ctx, PyObject h, bool max, string fn)
    {
        var heap = HeapList(h, fn);
        for (int i = heap.Count / 2 - 1; i >= 0; i--)
        {
            if (Safepoint.Requested != 0) Safepoint.Slow(ctx);
            SiftUp(ctx, heap, i, max);
        }
        return PyNone.Instance;
    }

    public static PyModule CreateHeapq(PyRuntime rt)
    {
        var m = new PyModule("_heapq", rt.Builtins);
        m.Fn("heappush", (ctx, _, h, item) =>
        {
            var heap = HeapList(h, "heappush");
            heap.Append(item);
            SiftDown(ctx, heap, 0, heap.Count - 1, max: false);
            return PyNone.Instance;
        });
        m.Fn("heappop", (ctx, _, h) => Pop(ctx, h, max: false, "heappop"));
        m.Fn("heapreplace", (ctx, _, h, item) => Replace(ctx, h, item, max: false, "heapreplace"));
        m.Fn("heappushpop", (ctx, _, h, item) =>
        {
            var heap = HeapList(h, "heappushpop");
            if (heap.Count == 0) return item;
            var top = heap.Items[0];
            bool lt = Less(ctx, top, item);
            if (heap.Count == 0) throw PyErr.IndexError("index out of range");
            if (!lt) return item;
            heap.Items[0] = item;
            SiftUp(ctx, heap, 0, max: false);
            return top;
        });
        m.Fn("heapify", (ctx, _, h) => Heapify(ctx, h, max: false, "heapify"));
        m.Fn("_heappop_max", (ctx, _, h) => Pop(ctx, h, max: true, "_heappop_max"));
        m.Fn("_heapreplace_max", (ctx, _, h, item) => Replace(ctx, h, item, max: true, "_heapreplace_max"));
        m.Fn("_heapify_max", (ctx, _, h) => Heapify(ctx, h, max: true, "_heapify_max"));
        return m;
    }

    // ------------------------------------------------------------ bisect

    /// <summary>The insertion point of x in a[lo:hi] (right: after equal items), comparing keys with `&lt;`.</summary>
    private static long Search(PyContext ctx, PyObject[] args, string[]? kw, string fn, bool right)
    {
        var p = new ArgParser(fn, args, kw, 4, new[] { "a", "x", "lo", "hi", "key" });
        var a = p[0] ?? throw PyErr.TypeError($"{fn}() missing required argument 'a' (pos 1)");
        var x = p[1] ?? throw PyErr.TypeError($"{fn}() missing required argument 'x' (pos 2)");
        long lo = p[2] is { } l ? ToIndex(ctx, l) : 0;
        if (lo < 0) throw PyErr.ValueError("lo must be non-negative");
        long hi = p[3] is { } h && h is not PyNone ? ToIndex(ctx, h) : Ops.Len(ctx, a);
        var key = p[4] is { } k && k is not PyNone ? k : null;
        var list = a as PyList ?? (a as PyInstance)?.Native as PyList;
        while (lo < hi)
        {
            long mid = (lo + hi) / 2;
            PyObject item;
            if (list != null)
            {
                if (mid >= list.Count) throw PyErr.IndexError("list index out of range");
                item = list.Items[mid];
            }
            else item = Ops.GetItem(ctx, a, PyInt.Get(mid));
            if (key != null) item = key.Call1(ctx, item);
            if (right ? Less(ctx, x, item) : !Less(ctx, item, x)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static long ToIndex(PyContext ctx, PyObject o)
    {
        var v = Conversions.Index(ctx, o);
        if (v < long.MinValue || v > long.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return (long)v;
    }

    private static PyObject Insort(PyContext ctx, PyObject[] args, string[]? kw, string fn, bool right)
    {
        var p = new ArgParser(fn, args, kw, 4, new[] { "a", "x", "lo", "hi", "key" });
        var a = p[0]!;
        var x = p[1] ?? throw PyErr.TypeError($"{fn}() missing required argument 'x' (pos 2)");
        // The key applies to the list's items and to x alike: search with key(x), insert x.
        var searchArgs = (PyObject[])args.Clone();
        int npos = args.Length - (kw?.Length ?? 0);
        var key = p[4] is { } k && k is not PyNone ? k : null;
        if (key != null) searchArgs[1 < npos ? 1 : npos + Array.IndexOf(kw!, "x")] = key.Call1(ctx, x);
        long index = Search(ctx, searchArgs, kw, fn, right);
        if (a is PyList list) list.Insert((int)index, x);
        else Calls.CallMethod(ctx, a, "insert", PyInt.Get(index), x);
        return PyNone.Instance;
    }

    public static PyModule CreateBisect(PyRuntime rt)
    {
        var m = new PyModule("_bisect", rt.Builtins);
        m.FnKw("bisect_right", (ctx, _, a, kw) => PyInt.Get(Search(ctx, a, kw, "bisect_right", right: true)));
        m.FnKw("bisect_left", (ctx, _, a, kw) => PyInt.Get(Search(ctx, a, kw, "bisect_left", right: false)));
        m.FnKw("insort_right", (ctx, _, a, kw) => Insort(ctx, a, kw, "insort_right", right: true));
        m.FnKw("insort_left", (ctx, _, a, kw) => Insort(ctx, a, kw, "insort_left", right: false));
        return m;
    }
}
