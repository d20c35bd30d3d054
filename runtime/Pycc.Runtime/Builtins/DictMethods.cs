namespace Pycc.Runtime;

public static partial class BuiltinTypeMethods
{
    private static void InstallDict()
    {
        var t = TypeObjects.Dict;
        var get = t.Def("get", (ctx, s, k) => ((PyDict)s).GetItemOrNull(ctx, k) ?? PyNone.Instance);
        get.F2 = (ctx, s, k, d) => ((PyDict)s).GetItemOrNull(ctx, k) ?? d;
        get.FV = (ctx, s, a) => throw ArgCountError("get", a.Length, 1, 2);
        t.Def("keys", (ctx, s) => new PyDictView((PyDict)s, DictIterKind.Keys));
        t.Def("values", (ctx, s) => new PyDictView((PyDict)s, DictIterKind.Values));
        t.Def("items", (ctx, s) => new PyDictView((PyDict)s, DictIterKind.Items));
        var pop = t.Def("pop", (ctx, s, k) => ((PyDict)s).RemoveAndGet(ctx, k) ?? throw PyErr.KeyError(k));
        pop.F2 = (ctx, s, k, d) => ((PyDict)s).RemoveAndGet(ctx, k) ?? d;
        pop.FV = (ctx, s, a) => throw ArgCountError("pop", a.Length, 1, 2);
        var setdefault = t.Def("setdefault", (ctx, s, k) => DictMethods.SetDefault(ctx, (PyDict)s, k, PyNone.Instance));
        setdefault.F2 = (ctx, s, k, d) => DictMethods.SetDefault(ctx, (PyDict)s, k, d);
        setdefault.FV = (ctx, s, a) => throw ArgCountError("setdefault", a.Length, 1, 2);
        t.DefKw("update", (ctx, s, a, kw) => { DictMethods.Update(ctx, (PyDict)s, a, kw, "update"); return PyNone.Instance; });
        t.Def("copy", (ctx, s) => ((PyDict)s).Copy());
        t.Def("clear", (ctx, s) => { ((PyDict)s).Clear(); return PyNone.Instance; });
        t.Def("popitem", (ctx, s) => ((PyDict)s).PopLast() is { } p ? PyTuple.Of(p.key, p.value) : throw PyErr.KeyError(new PyStr("popitem(): dictionary is empty")));
        t.Def("__len__", (ctx, s) => PyInt.Get(((PyDict)s).Count));
        t.Def("__getitem__", (ctx, s, k) => BuiltinArgs.Native<PyDict>(s).GetItemOrNull(ctx, k) ?? DictMethods.Missing(ctx, s, k))
            .KeepsSubclassInstance = true;
        t.Def("__setitem__", (ctx, s, k, v) => { ((PyDict)s).SetItem(ctx, k, v); return PyNone.Instance; });
        t.Def("__delitem__", (ctx, s, k) => { if (!((PyDict)s).Remove(ctx, k)) throw PyErr.KeyError(k); return PyNone.Instance; });
        t.Def("__contains__", (ctx, s, k) => PyBool.Of(((PyDict)s).ContainsKey(ctx, k)));
        t.Def("__iter__", (ctx, s) => new DictIterator((PyDict)s, DictIterKind.Keys));
        t.Def("__reversed__", (ctx, s) => new DictReverseIterator((PyDict)s, DictIterKind.Keys));
        t.Def("__ior__", (ctx, s, o) => { DictMethods.Update(ctx, BuiltinArgs.Native<PyDict>(s), new[] { o }, null, "update"); return s; })
            .KeepsSubclassInstance = true;
        t.Def("__sizeof__", (ctx, s) => PyInt.Get(64 + 24L * ((PyDict)s).Count));
        t.DefClass("fromkeys", (ctx, cls, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyErr.TypeError("dict.fromkeys() takes no keyword arguments");
            if (a.Length is < 1 or > 2) throw ArgCountError("fromkeys", a.Length, 1, 2);
            return DictMethods.FromKeys(ctx, cls, a[0], a.Length > 1 ? a[1] : PyNone.Instance);
        });
        t.Dict.SetStr("__hash__", PyNone.Instance);
        ClassGetItem(t);
        // str() of a mappingproxy is the str() of its mapping (only repr says "mappingproxy(...)").
        TypeObjects.MappingProxy.Def("__str__", (ctx, s) => Ops.Str(ctx, ((PyMappingProxy)s).Dict));

        foreach (var vt in new[] { TypeObjects.DictKeys, TypeObjects.DictValues, TypeObjects.DictItems })
        {
            vt.Def("__len__", (ctx, s) => PyInt.Get(((PyDictView)s).Dict.Count));
            vt.Def("__iter__", (ctx, s) => s.GetIter(ctx));
            vt.Def("__reversed__", (ctx, s) => new DictReverseIterator(((PyDictView)s).Dict, ((PyDictView)s).Kind));
            vt.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.DictView(ctx, (PyDictView)s)));
            vt.Property("mapping", (ctx, s) => new PyMappingProxy(((PyDictView)s).Dict));
        }
        foreach (var vt in new[] { TypeObjects.DictKeys, TypeObjects.DictItems })
        {
            vt.Def("__contains__", (ctx, s, x) => PyBool.Of(DictMethods.ViewContains(ctx, (PyDictView)s, x)));
            vt.Def("__and__", (ctx, s, o) => DictMethods.ViewAnd(ctx, s, o));
            vt.Def("__rand__", (ctx, s, o) => DictMethods.ViewAnd(ctx, s, o));
            vt.Def("__or__", (ctx, s, o) => DictMethods.ViewSetOp(ctx, s, o, BinaryOp.Or));
            vt.Def("__ror__", (ctx, s, o) => DictMethods.ViewSetOp(ctx, o, s, BinaryOp.Or));
            vt.Def("__sub__", (ctx, s, o) => DictMethods.ViewSetOp(ctx, s, o, BinaryOp.Sub));
            vt.Def("__rsub__", (ctx, s, o) => DictMethods.ViewSetOp(ctx, o, s, BinaryOp.Sub));
            vt.Def("__xor__", (ctx, s, o) => DictMethods.ViewSetOp(ctx, s, o, BinaryOp.Xor));
            vt.Def("__rxor__", (ctx, s, o) => DictMethods.ViewSetOp(ctx, o, s, BinaryOp.Xor));
            vt.Def("isdisjoint", (ctx, s, o) =>
            {
                var view = (PyDictView)s;
                foreach (var x in Iteration.Enumerate(ctx, o))
                    if (DictMethods.ViewContains(ctx, view, x)) return PyBool.False;
                return PyBool.True;
            });
            foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
            {
                var o2 = op;
                vt.Def(name, (ctx, s, o) => DictMethods.ViewCompare(ctx, (PyDictView)s, o, o2));
            }
            vt.Dict.SetStr("__hash__", PyNone.Instance);
        }
    }

    /// <summary>"get expected at least 1 argument, got 0" and its siblings.</summary>
    internal static PyException ArgCountError(string name, int given, int min, int max) => given < min
        ? PyErr.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {given}")
        : PyErr.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {given}");
}

/// <summary>dict.keys() / values() / items(): live views.</summary>
public sealed class PyDictView : PyObject
{
    public readonly PyDict Dict;
    public readonly DictIterKind Kind;
    public PyDictView(PyDict d, DictIterKind kind) { Dict = d; Kind = kind; }
    public override PyType Type => Kind switch
    {
        DictIterKind.Keys => TypeObjects.DictKeys,
        DictIterKind.Values => TypeObjects.DictValues,
        _ => TypeObjects.DictItems,
    };
    public override PyObject GetIter(PyContext ctx) => new DictIterator(Dict, Kind);
}

/// <summary>reversed(dict) and reversed(view): last inserted first; mutation during iteration is an error.</summary>
public sealed class DictReverseIterator : PyIterator
{
    private readonly PyDict _d;
    private readonly DictIterKind _kind;
    private readonly int _version;
    private readonly List<(PyObject, PyObject)> _entries = new();
    private int _i;

    public DictReverseIterator(PyDict d, DictIterKind kind)
    {
        _d = d;
        _kind = kind;
        _version = d.Version;
        int pos = 0;
        while (d.TryGetEntryAt(ref pos, out var k, out var v)) _entries.Add((k, v));
        _i = _entries.Count - 1;
    }

    public override string TypeName => _kind switch
    {
        DictIterKind.Keys => "dict_reversekeyiterator",
        DictIterKind.Values => "dict_reversevalueiterator",
        _ => "dict_reverseitemiterator",
    };

    public override PyObject? IterNext(PyContext ctx)
    {
        if (_d.Version != _version) throw PyErr.RuntimeError("dictionary changed size during iteration");
        if (_i < 0) return null;
        var (k, v) = _entries[_i--];
        return _kind switch
        {
            DictIterKind.Keys => k,
            DictIterKind.Values => v,
            _ => PyTuple.Of(k, v),
        };
    }
}

public static class DictMethods
{
    /// <summary>dict(...) / dict.update(...): a mapping or iterable of pairs, then keywords.</summary>
    public static void Update(PyContext ctx, PyDict d, PyObject[] args, string[]? kwnames, string fn)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) throw PyErr.TypeError($"{fn} expected at most 1 argument, got {npos}");
        if (npos == 1) UpdateFrom(ctx, d, args[0]);
        for (int i = 0; i < nkw; i++) d.SetItem(ctx, new PyStr(kwnames![i]), args[npos + i]);
    }

    /// <summary>dict_update_arg: a dict, anything with keys(), or an iterable of pairs.</summary>
    public static void UpdateFrom(PyContext ctx, PyDict d, PyObject src)
    {
        if (src is PyDict sd && (src.GetType() == typeof(PyDict)))
        {
            if (ReferenceEquals(sd, d)) return;
            int pos = 0;
            int version = sd.Version;
            while (sd.TryGetEntryAt(ref pos, out var k, out var v))
            {
                d.SetItem(ctx, k, v);
                if (sd.Version != version) throw PyErr.RuntimeError("dict mutated during update");
            }
            return;
        }
        var keysFn = Ops.GetAttrOrNullCatching(ctx, src, "keys");
        if (keysFn != null)
        {
            foreach (var k in Iteration.ToArray(ctx, keysFn.Call0(ctx))) d.SetItem(ctx, k, Ops.GetItem(ctx, src, k));
            return;
        }
        int i = 0;
        foreach (var item in Iteration.Enumerate(ctx, src))
        {
            PyObject[] pair;
            if (item is PyTuple t) pair = t.Items;
            else if (item is PyList l) pair = l.ToArray();
            else
            {
                try { pair = Iteration.ToArray(ctx, item); }
                catch (PyException e) when (e.Value.Type == TypeObjects.TypeError && item.Type.Lookup("__iter__") == null && item.Type.Lookup("__getitem__") == null)
                {
                    throw PyErr.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
                }
            }
            if (pair.Length != 2)
                throw PyErr.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
            d.SetItem(ctx, pair[0], pair[1]);
            i++;
        }
    }

    /// <summary>A failed d[k]: subclasses may define __missing__.</summary>
    public static PyObject Missing(PyContext ctx, PyObject self, PyObject key)
    {
        if (self is PyInstance inst)
        {
            var missing = inst.Type.Lookup("__missing__");
            if (missing != null) return Calls.CallDescriptor(ctx, missing, self, key);
        }
        throw PyErr.KeyError(key);
    }

    public static PyObject SetDefault(PyContext ctx, PyDict d, PyObject key, PyObject dflt)
    {
        var v = d.GetItemOrNull(ctx, key);
        if (v != null) return v;
        d.SetItem(ctx, key, dflt);
        return dflt;
    }

    public static PyObject FromKeys(PyContext ctx, PyObject cls, PyObject iterable, PyObject value)
    {
        var d = cls.Call0(ctx);
        if (d.GetType() == typeof(PyDict))
        {
            var dict = (PyDict)d;
            foreach (var k in Iteration.Enumerate(ctx, iterable)) dict.SetItem(ctx, k, value);
            return d;
        }
        foreach (var k in Iteration.Enumerate(ctx, iterable)) Ops.SetItem(ctx, d, k, value);
        return d;
    }

    // ------------------------------------------------------------ views

    public static bool ViewContains(PyContext ctx, PyDictView view, PyObject x)
    {
        if (view.Kind == DictIterKind.Keys) return view.Dict.ContainsKey(ctx, x);
        if (x is not PyTuple { Count: 2 } t) return false;
        var v = view.Dict.GetItemOrNull(ctx, t.Items[0]);
        return v != null && (ReferenceEquals(v, t.Items[1]) || Ops.EqBool(ctx, v, t.Items[1]));
    }

    private static int SizeOf(PyContext ctx, PyObject o) => o is PyDictView v ? v.Dict.Count : (int)Ops.Len(ctx, o);

    /// <summary>view & other: a set, built by iterating the smaller side (CPython's _PyDictView_Intersect).</summary>
    public static PyObject ViewAnd(PyContext ctx, PyObject self, PyObject other)
    {
        if (self is not PyDictView) (self, other) = (other, self);
        var view = (PyDictView)self;
        int lenSelf = view.Dict.Count;
        if (other is PySet { Frozen: false } os && other.GetType() == typeof(PySet) && lenSelf <= os.Count)
            return SetOps.Intersection(ctx, os, self);
        if (other is PyDictView ov && ov.Kind != DictIterKind.Values && ov.Dict.Count > lenSelf)
            (view, other) = (ov, self);
        var result = new PySet();
        foreach (var x in Iteration.Enumerate(ctx, other))
            if (ViewContains(ctx, view, x)) result.Add(ctx, x);
        return result;
    }

    /// <summary>view | other, view - other, view ^ other (either side may be the view): a new set.</summary>
    public static PyObject ViewSetOp(PyContext ctx, PyObject left, PyObject right, BinaryOp op)
    {
        // A keys view of an exact dict converts through the dict, as CPython's dictviews_to_set does.
        PyObject src = left is PyDictView { Kind: DictIterKind.Keys } kv && kv.Dict.GetType() == typeof(PyDict) ? kv.Dict : left;
        var result = PySet.From(ctx, src, false);
        switch (op)
        {
            case BinaryOp.Or: result.Update(ctx, right); break;
            case BinaryOp.Sub: SetOps.DifferenceUpdate(ctx, result, right); break;
            default: SetOps.SymmetricDifferenceUpdate(ctx, result, right); break;
        }
        return result;
    }

    public static PyObject ViewCompare(PyContext ctx, PyDictView self, PyObject other, CompareOp op)
    {
        if (other is not (PySet or PyDictView { Kind: not DictIterKind.Values })) return PySingleton.NotImplemented;
        int ls = self.Dict.Count, lo = SizeOf(ctx, other);
        bool ok = op switch
        {
            CompareOp.Eq or CompareOp.Ne => ls == lo && AllContainedIn(ctx, self, other),
            CompareOp.Lt => ls < lo && AllContainedIn(ctx, self, other),
            CompareOp.Le => ls <= lo && AllContainedIn(ctx, self, other),
            CompareOp.Gt => ls > lo && AllContainedIn(ctx, other, self),
            _ => ls >= lo && AllContainedIn(ctx, other, self),
        };
        return PyBool.Of(op == CompareOp.Ne ? !ok : ok);
    }

    private static bool AllContainedIn(PyContext ctx, PyObject a, PyObject b)
    {
        foreach (var x in Iteration.Enumerate(ctx, a))
            if (!Ops.Contains(ctx, b, x)) return false;
        return true;
    }
}
