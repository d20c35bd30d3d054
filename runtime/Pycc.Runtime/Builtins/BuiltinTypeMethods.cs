using System.Runtime.CompilerServices;
using System.Text;

namespace Pycc.Runtime;

/// <summary>Installs the methods of the built-in container and scalar types.</summary>
public static partial class BuiltinTypeMethods
{
    public static void Install()
    {
        InstallReprs();
        InstallList();
        InstallDict();
        InstallStr();
        InstallInt();
        InstallFloat();
        InstallComplex();
        InstallIterables();
        InstallSets();
        InstallBytes();
        TypeObjects.InstallMemoryView();
        Codecs.InstallUnicodeErrors();
    }

    private static void InstallReprs()
    {
        TypeObjects.List.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.List(ctx, (PyList)s)));
        TypeObjects.Tuple.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.Tuple(ctx, (PyTuple)s)));
        TypeObjects.Dict.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.Dict(ctx, (PyDict)s)));
        TypeObjects.Set.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.Set(ctx, (PySet)s, s.Type)));
        TypeObjects.FrozenSet.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.Set(ctx, (PySet)s, s.Type)));
        TypeObjects.Range.Def("__repr__", (ctx, s) =>
        {
            var r = (PyRange)s;
            return new PyStr(r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        });
        TypeObjects.Bytes.Def("__repr__", (ctx, s) => new PyStr(s.ToString()));
        TypeObjects.ByteArray.Def("__repr__", (ctx, s) => new PyStr(s.ToString()));
        TypeObjects.Str.Def("__repr__", (ctx, s) => new PyStr(StrRepr.Quote(((PyStr)s).Value)));
        TypeObjects.Str.Def("__str__", (ctx, s) => s);
        TypeObjects.Int.Def("__repr__", (ctx, s) => new PyStr(s is PyBigInt b ? IntFormat.ToDecimalSigned(b.Value) : s.ToString()!));
        TypeObjects.Bool.Def("__repr__", (ctx, s) => new PyStr(s.ToString()!));
        TypeObjects.Float.Def("__repr__", (ctx, s) => new PyStr(s.ToString()!));
    }

    private static void InstallDict()
    {
        var t = TypeObjects.Dict;
        t.DefVar("get", (ctx, s, a) =>
        {
            if (a.Length is < 1 or > 2) throw PyErr.TypeError($"get expected at most 2 arguments, got {a.Length}");
            return ((PyDict)s).GetItemOrNull(ctx, a[0]) ?? (a.Length > 1 ? a[1] : PyNone.Instance);
        });
        t.Def("keys", (ctx, s) => new PyDictView((PyDict)s, DictIterKind.Keys));
        t.Def("values", (ctx, s) => new PyDictView((PyDict)s, DictIterKind.Values));
        t.Def("items", (ctx, s) => new PyDictView((PyDict)s, DictIterKind.Items));
        t.DefVar("pop", (ctx, s, a) =>
        {
            if (a.Length is < 1 or > 2) throw PyErr.TypeError($"pop expected at most 2 arguments, got {a.Length}");
            return ((PyDict)s).RemoveAndGet(ctx, a[0]) ?? (a.Length > 1 ? a[1] : throw PyErr.KeyError(a[0]));
        });
        t.DefVar("setdefault", (ctx, s, a) =>
        {
            var d = (PyDict)s;
            var v = d.GetItemOrNull(ctx, a[0]);
            if (v != null) return v;
            var dv = a.Length > 1 ? a[1] : PyNone.Instance;
            d.SetItem(ctx, a[0], dv);
            return dv;
        });
        t.DefKw("update", (ctx, s, a, kw) => { DictMethods.Update(ctx, (PyDict)s, a, kw, "update"); return PyNone.Instance; });
        t.Def("copy", (ctx, s) => ((PyDict)s).Copy());
        t.Def("clear", (ctx, s) => { ((PyDict)s).Clear(); return PyNone.Instance; });
        t.Def("popitem", (ctx, s) => ((PyDict)s).PopLast() is { } p ? PyTuple.Of(p.key, p.value) : throw PyErr.KeyError(new PyStr("popitem(): dictionary is empty")));
        t.Def("__len__", (ctx, s) => PyInt.Get(((PyDict)s).Count));
        t.Def("__getitem__", (ctx, s, k) =>
        {
            var d = (PyDict)s;
            var v = d.GetItemOrNull(ctx, k);
            if (v != null) return v;
            return DictMethods.Missing(ctx, s, k);
        });
        t.Def("__setitem__", (ctx, s, k, v) => { ((PyDict)s).SetItem(ctx, k, v); return PyNone.Instance; });
        t.Def("__delitem__", (ctx, s, k) => { if (!((PyDict)s).Remove(ctx, k)) throw PyErr.KeyError(k); return PyNone.Instance; });
        t.Def("__contains__", (ctx, s, k) => PyBool.Of(((PyDict)s).ContainsKey(ctx, k)));
        t.Def("__iter__", (ctx, s) => s.GetIter(ctx));
        t.Def("__ior__", (ctx, s, o) => { DictMethods.Update(ctx, (PyDict)s, new[] { o }, null, "update"); return s; });
        t.DefClass("fromkeys", (ctx, cls, a, kw) =>
        {
            var d = cls.Call0(ctx);
            var v = a.Length > 1 ? a[1] : PyNone.Instance;
            foreach (var k in Iteration.Enumerate(ctx, a[0])) Ops.SetItem(ctx, d, k, v);
            return d;
        });
        t.Dict.SetStr("__hash__", PyNone.Instance);
    }

    private static void InstallIterables()
    {
        TypeObjects.Range.Def("__len__", (ctx, s) => PyInt.Get(((PyRange)s).Length));
        TypeObjects.Range.Def("__iter__", (ctx, s) => s.GetIter(ctx));
        TypeObjects.Range.Def("__getitem__", (ctx, s, k) => Ops.GetItem(ctx, s, k));
        TypeObjects.Range.Def("__contains__", (ctx, s, x) => PyBool.Of(Ops.Contains(ctx, s, x)));
        TypeObjects.Range.Property("start", (ctx, s) => PyInt.Get(((PyRange)s).Start));
        TypeObjects.Range.Property("stop", (ctx, s) => PyInt.Get(((PyRange)s).Stop));
        TypeObjects.Range.Property("step", (ctx, s) => PyInt.Get(((PyRange)s).Step));
    }
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

public static class DictMethods
{
    /// <summary>dict(...) / dict.update(...): a mapping or iterable of pairs, then keywords.</summary>
    public static void Update(PyContext ctx, PyDict d, PyObject[] args, string[]? kwnames, string fn)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) throw PyErr.TypeError($"{fn} expected at most 1 argument, got {npos}");
        if (npos == 1)
        {
            var src = args[0];
            if (src is PyDict sd)
            {
                foreach (var (k, v) in sd.Pairs().ToArray()) d.SetItem(ctx, k, v);
            }
            else if (src.GetAttrOrNull(ctx, "keys") is { } keys)
            {
                foreach (var k in Iteration.ToArray(ctx, keys.Call0(ctx))) d.SetItem(ctx, k, Ops.GetItem(ctx, src, k));
            }
            else
            {
                int i = 0;
                foreach (var item in Iteration.Enumerate(ctx, src))
                {
                    PyObject[] pair;
                    try { pair = Iteration.ToArray(ctx, item); }
                    catch (PyException e) when (e.Value.Type == TypeObjects.TypeError)
                    {
                        throw PyErr.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
                    }
                    if (pair.Length != 2)
                        throw PyErr.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
                    d.SetItem(ctx, pair[0], pair[1]);
                    i++;
                }
            }
        }
        for (int i = 0; i < nkw; i++) d.SetItem(ctx, new PyStr(kwnames![i]), args[npos + i]);
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
}

/// <summary>repr() of containers, guarding against self-reference like CPython's Py_ReprEnter.</summary>
public static class ContainerRepr
{
    [ThreadStatic] private static HashSet<PyObject>? t_active;

    private static string Guard(PyObject o, string recursive, Func<string> build)
    {
        var active = t_active ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!active.Add(o)) return recursive;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            active.Remove(o);
            throw PyErr.RecursionError("maximum recursion depth exceeded while getting the repr of an object");
        }
        try { return build(); }
        finally { active.Remove(o); }
    }

    public static string List(PyContext ctx, PyList l) => Guard(l, "[...]", () =>
        "[" + string.Join(", ", l.ToArray().Select(x => Ops.ReprString(ctx, x))) + "]");

    public static string Tuple(PyContext ctx, PyTuple t) => Guard(t, "(...)", () =>
        t.Count == 1 ? "(" + Ops.ReprString(ctx, t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(x => Ops.ReprString(ctx, x))) + ")");

    public static string Dict(PyContext ctx, PyDict d) => Guard(d, "{...}", () =>
        "{" + string.Join(", ", d.Pairs().ToArray().Select(p => Ops.ReprString(ctx, p.Key) + ": " + Ops.ReprString(ctx, p.Value))) + "}");

    public static string Set(PyContext ctx, PySet s, PyType type) => Guard(s, type.Name + "(...)", () =>
    {
        string name = type.Name;
        if (s.Count == 0) return name + "()";
        var body = "{" + string.Join(", ", s.Items().Select(x => Ops.ReprString(ctx, x))) + "}";
        return ReferenceEquals(type, TypeObjects.Set) ? body : name + "(" + body + ")";
    });
}
