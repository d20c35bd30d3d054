namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallList()
    {
        var t = TypeObjects.List;
        t.Def("append", (ctx, s, x) => { ((PyList)s).Append(x); return PyNone.Instance; });
        t.Def("extend", (ctx, s, x) => { ListMethods.Extend(ctx, (PyList)s, x); return PyNone.Instance; });
        t.DefVar("insert", (ctx, s, a) =>
        {
            if (a.Length != 2) throw PyErr.TypeError($"insert expected 2 arguments, got {a.Length}");
            var l = (PyList)s;
            long idx = BuiltinArgs.SsizeT(ctx, a[0]);
            if (idx < 0) idx = Math.Max(0, idx + l.Count);
            l.Insert((int)Math.Min(idx, l.Count), a[1]);
            return PyNone.Instance;
        });
        t.DefVar("pop", (ctx, s, a) =>
        {
            var l = (PyList)s;
            if (a.Length > 1) throw PyErr.TypeError($"pop expected at most 1 argument, got {a.Length}");
            long idx = a.Length == 0 ? -1 : BuiltinArgs.SsizeT(ctx, a[0]);
            if (l.Count == 0) throw PyErr.IndexError("pop from empty list");
            if (idx < 0) idx += l.Count;
            if (idx < 0 || idx >= l.Count) throw PyErr.IndexError("pop index out of range");
            var v = l.Items[idx];
            if (idx == l.Count - 1) l.Items[--l.Count] = null!;
            else l.RemoveAt((int)idx);
            return v;
        });
        t.Def("remove", (ctx, s, x) =>
        {
            var l = (PyList)s;
            int i = ListMethods.IndexOf(ctx, l, x, 0, long.MaxValue);
            if (i < 0) throw PyErr.ValueError("list.remove(x): x not in list");
            // The comparison may have changed the list; remove only if the index is still valid.
            if (i < l.Count) l.RemoveAt(i);
            return PyNone.Instance;
        });
        t.DefVar("index", (ctx, s, a) =>
        {
            var l = (PyList)s;
            ListMethods.IndexArgs(ctx, a, l.Count, out long start, out long stop);
            int i = ListMethods.IndexOf(ctx, l, a[0], start, stop);
            return i >= 0 ? PyInt.Get(i) : throw PyErr.ValueError($"{Ops.ReprString(ctx, a[0])} is not in list");
        });
        t.Def("count", (ctx, s, x) =>
        {
            var l = (PyList)s;
            long n = 0;
            for (int i = 0; i < l.Count; i++)
            {
                var item = l.Items[i];
                if (ReferenceEquals(item, x) || Ops.EqBool(ctx, item, x)) n++;
            }
            return PyInt.Get(n);
        });
        t.Def("reverse", (ctx, s) => { var l = (PyList)s; Array.Reverse(l.Items, 0, l.Count); return PyNone.Instance; });
        t.DefKw("sort", (ctx, s, a, kw) => { ListSort.Sort(ctx, (PyList)s, a, kw); return PyNone.Instance; });
        t.Def("copy", (ctx, s) => new PyList(((PyList)s).ToArray()));
        t.Def("clear", (ctx, s) => { ((PyList)s).Clear(); return PyNone.Instance; });
        t.Def("__len__", (ctx, s) => PyInt.Get(((PyList)s).Count));
        t.Def("__getitem__", (ctx, s, k) => ListMethods.GetItem(ctx, (PyList)s, k));
        t.Def("__setitem__", (ctx, s, k, v) => { ListMethods.SetItem(ctx, (PyList)s, k, v); return PyNone.Instance; });
        t.Def("__delitem__", (ctx, s, k) => { ListMethods.DelItem(ctx, (PyList)s, k); return PyNone.Instance; });
        t.Def("__contains__", (ctx, s, x) => PyBool.Of(ListMethods.IndexOf(ctx, (PyList)s, x, 0, long.MaxValue) >= 0));
        t.Def("__iter__", (ctx, s) => new ListIterator((PyList)s));
        t.Def("__iadd__", (ctx, s, x) => { ListMethods.Extend(ctx, BuiltinArgs.Native<PyList>(s), x); return s; }).KeepsSubclassInstance = true;
        t.Def("__imul__", (ctx, s, n) =>
        {
            // Not an index: let `l *= x` fail with the sequence-repeat message.
            if (n is not PyIntegral && n.Type.Lookup("__index__") == null) return PySingleton.NotImplemented;
            ListMethods.InPlaceRepeat(BuiltinArgs.Native<PyList>(s), Conversions.IndexToLong(ctx, n));
            return s;
        }).KeepsSubclassInstance = true;
        t.Def("__reversed__", (ctx, s) => new ReversedListIterator((PyList)s));
        t.Def("__sizeof__", (ctx, s) => PyInt.Get(40 + 8L * ((PyList)s).Items.Length));
        t.Dict.SetStr("__hash__", PyNone.Instance);
        ClassGetItem(t);

        var tu = TypeObjects.Tuple;
        tu.Def("__len__", (ctx, s) => PyInt.Get(((PyTuple)s).Count));
        tu.Def("__getitem__", (ctx, s, k) => ListMethods.GetItem(ctx, (PyTuple)s, k));
        tu.Def("__contains__", (ctx, s, x) => PyBool.Of(ListMethods.IndexOf(ctx, ((PyTuple)s).Items, ((PyTuple)s).Count, x, 0, long.MaxValue) >= 0));
        tu.Def("__iter__", (ctx, s) => s.GetIter(ctx));
        tu.Def("__getnewargs__", (ctx, s) => PyTuple.Of(PyTuple.Of(((PyTuple)s).Items)));
        tu.Def("count", (ctx, s, x) =>
        {
            long n = 0;
            foreach (var item in ((PyTuple)s).Items) if (ReferenceEquals(item, x) || Ops.EqBool(ctx, item, x)) n++;
            return PyInt.Get(n);
        });
        tu.DefVar("index", (ctx, s, a) =>
        {
            var tt = (PyTuple)s;
            ListMethods.IndexArgs(ctx, a, tt.Count, out long start, out long stop);
            int i = ListMethods.IndexOf(ctx, tt.Items, tt.Count, a[0], start, stop);
            return i >= 0 ? PyInt.Get(i) : throw PyErr.ValueError("tuple.index(x): x not in tuple");
        });
        ClassGetItem(tu);
    }

    /// <summary>`list[int]` and friends: a types.GenericAlias.</summary>
    private static void ClassGetItem(PyType t) =>
        t.DefClass("__class_getitem__", (ctx, cls, a, kw) =>
            a.Length == 1 ? new PyGenericAlias(cls, a[0]) : throw PyErr.TypeError($"__class_getitem__ expected 1 argument, got {a.Length}"));
}

/// <summary>The algorithms behind list and tuple methods.</summary>
public static class ListMethods
{
    public static void Extend(PyContext ctx, PyList list, PyObject iterable)
    {
        if (ReferenceEquals(iterable, list))
        {
            ListOps.Extend(ctx, list, new PyTuple(list.ToArray()));
            return;
        }
        ListOps.Extend(ctx, list, iterable);
    }

    public static void InPlaceRepeat(PyList l, long n)
    {
        if (n <= 0 || l.Count == 0)
        {
            l.Clear();
            return;
        }
        if ((long)l.Count * n > int.MaxValue / 2) throw PyErr.New(TypeObjects.MemoryError);
        int count = l.Count, total = (int)(count * n);
        if (total > l.Items.Length) l.Grow(total);
        for (int i = 1; i < n; i++) Array.Copy(l.Items, 0, l.Items, i * count, count);
        l.Count = total;
    }

    /// <summary>(value[, start[, stop]]) of list.index / tuple.index; start and stop are normalized.</summary>
    public static void IndexArgs(PyContext ctx, PyObject[] a, int count, out long start, out long stop)
    {
        if (a.Length < 1) throw PyErr.TypeError($"index expected at least 1 argument, got {a.Length}");
        if (a.Length > 3) throw PyErr.TypeError($"index expected at most 3 arguments, got {a.Length}");
        start = a.Length > 1 ? SliceIndexNotNone(ctx, a[1]) : 0;
        stop = a.Length > 2 ? SliceIndexNotNone(ctx, a[2]) : long.MaxValue;
        if (start < 0) start = Math.Max(0, start + count);
        if (stop < 0) stop = Math.Max(0, stop + count);
    }

    private static long SliceIndexNotNone(PyContext ctx, PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is not PyIntegral && o.Type.Lookup("__index__") == null)
            throw PyErr.TypeError("slice indices must be integers or have an __index__ method");
        return Conversions.IndexToLongClamped(ctx, o);
    }

    /// <summary>The first index in [start, stop) holding an item equal to x, or -1. Re-reads the list as it goes.</summary>
    public static int IndexOf(PyContext ctx, PyList l, PyObject x, long start, long stop)
    {
        for (long i = start; i < stop && i < l.Count; i++)
        {
            if ((i & 0xFFFF) == 0xFFFF && Safepoint.Requested != 0) Safepoint.Slow(ctx);
            var item = l.Items[i];
            if (ReferenceEquals(item, x) || Ops.EqBool(ctx, item, x)) return (int)i;
        }
        return -1;
    }

    public static int IndexOf(PyContext ctx, PyObject[] items, int count, PyObject x, long start, long stop)
    {
        for (long i = start; i < stop && i < count; i++)
        {
            var item = items[i];
            if (ReferenceEquals(item, x) || Ops.EqBool(ctx, item, x)) return (int)i;
        }
        return -1;
    }

    private static long ItemIndex(PyContext ctx, PyObject key, string what)
    {
        if (key is PyInt i) return i.Value;
        if (key is not PyIntegral && key.Type.Lookup("__index__") == null && key is not PyInstance { Native: PyIntegral })
            throw PyErr.TypeError($"{what} indices must be integers or slices, not {key.Type.Name}");
        return Conversions.IndexToLong(ctx, key);
    }

    public static PyObject GetItem(PyContext ctx, PyList l, PyObject key)
    {
        if (key is PySlice sl) return new PyList(Slicing.Take(ctx, l.Items, l.Count, sl));
        return l.Items[Ops.CheckIndex(ItemIndex(ctx, key, "list"), l.Count, "list")];
    }

    public static PyObject GetItem(PyContext ctx, PyTuple t, PyObject key)
    {
        if (key is PySlice sl)
        {
            var (start, _, step, n) = sl.Indices(ctx, t.Count);
            if (step == 1 && n == t.Count) return t;
            return PyTuple.Of(Slicing.Take(ctx, t.Items, t.Count, sl));
        }
        return t.Items[Ops.CheckIndex(ItemIndex(ctx, key, "tuple"), t.Count, "tuple")];
    }

    public static void SetItem(PyContext ctx, PyList l, PyObject key, PyObject value)
    {
        if (key is PySlice sl)
        {
            var (_, _, step, _) = sl.Indices(ctx, l.Count);
            if (step != 1 && value is not (PyList or PyTuple) && value.Type.Lookup("__iter__") == null && value is not PyIterator)
                throw PyErr.TypeError("must assign iterable to extended slice");
            if (step == 1 && value is not (PyList or PyTuple) && value.Type.Lookup("__iter__") == null && value.Type.Lookup("__getitem__") == null && value is not PyIterator)
                throw PyErr.TypeError("can only assign an iterable");
            Slicing.AssignList(ctx, l, sl, value);
            return;
        }
        l.Items[Ops.CheckIndex(ItemIndex(ctx, key, "list"), l.Count, "list assignment")] = value;
    }

    public static void DelItem(PyContext ctx, PyList l, PyObject key)
    {
        if (key is PySlice sl)
        {
            Slicing.DeleteList(ctx, l, sl);
            return;
        }
        l.RemoveAt(Ops.CheckIndex(ItemIndex(ctx, key, "list"), l.Count, "list assignment"));
    }
}
