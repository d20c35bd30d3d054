using Pycc.Runtime;

namespace Pycc.Stdlib;

/// <summary>
/// The `operator` module: Python's operators as functions, on the runtime's own operator
/// implementations (so `operator.add(a, b)` is exactly `a + b`), and the getters
/// `itemgetter`/`attrgetter`/`methodcaller`, which programs use as sort keys in hot loops.
/// </summary>
public static class OperatorModule
{
    public static PyModule Create(PyRuntime rt)
    {
        var m = new PyModule("operator", rt.Builtins);
        Both(m, "lt", (ctx, _, a, b) => Ops.Compare(ctx, a, b, CompareOp.Lt));
        Both(m, "le", (ctx, _, a, b) => Ops.Compare(ctx, a, b, CompareOp.Le));
        Both(m, "eq", (ctx, _, a, b) => Ops.Compare(ctx, a, b, CompareOp.Eq));
        Both(m, "ne", (ctx, _, a, b) => Ops.Compare(ctx, a, b, CompareOp.Ne));
        Both(m, "gt", (ctx, _, a, b) => Ops.Compare(ctx, a, b, CompareOp.Gt));
        Both(m, "ge", (ctx, _, a, b) => Ops.Compare(ctx, a, b, CompareOp.Ge));
        m.Fn("not_", (ctx, _, a) => Ops.Not(ctx, a));
        m.Fn("__not__", (ctx, _, a) => Ops.Not(ctx, a));
        m.Fn("truth", (ctx, _, a) => PyBool.Of(Ops.IsTrue(ctx, a)));
        m.Fn("is_", (ctx, _, a, b) => PyBool.Of(ReferenceEquals(a, b)));
        m.Fn("is_not", (ctx, _, a, b) => PyBool.Of(!ReferenceEquals(a, b)));

        var abs = rt.Builtins.Get("abs")!;
        m.Fn("abs", (ctx, _, a) => abs.Call1(ctx, a));
        m.Fn("__abs__", (ctx, _, a) => abs.Call1(ctx, a));
        Both(m, "index", (PyBuiltin.Fn1)((ctx, _, a) => Conversions.Index(ctx, a) is var v && v >= long.MinValue && v <= long.MaxValue ? PyInt.Get((long)v) : new PyBigInt(v)));
        Both(m, "neg", (PyBuiltin.Fn1)((ctx, _, a) => Ops.Neg(ctx, a)));
        Both(m, "pos", (PyBuiltin.Fn1)((ctx, _, a) => Ops.Pos(ctx, a)));
        Both(m, "invert", (PyBuiltin.Fn1)((ctx, _, a) => Ops.Invert(ctx, a)));
        Both(m, "inv", (PyBuiltin.Fn1)((ctx, _, a) => Ops.Invert(ctx, a)));

        foreach (var (name, op) in new (string, BinaryOp)[]
        {
            ("add", BinaryOp.Add), ("sub", BinaryOp.Sub), ("mul", BinaryOp.Mul), ("matmul", BinaryOp.MatMul),
            ("truediv", BinaryOp.TrueDiv), ("floordiv", BinaryOp.FloorDiv), ("mod", BinaryOp.Mod), ("pow", BinaryOp.Pow),
            ("lshift", BinaryOp.LShift), ("rshift", BinaryOp.RShift), ("and_", BinaryOp.And), ("or_", BinaryOp.Or), ("xor", BinaryOp.Xor),
        })
        {
            var bare = name.TrimEnd('_');
            PyBuiltin.Fn2 f = (ctx, _, a, b) => Ops.Binary(ctx, a, b, op);
            PyBuiltin.Fn2 inplace = (ctx, _, a, b) => Ops.InPlace(ctx, a, b, op);
            m.Fn(name, f);
            m.Fn("__" + bare + "__", f);
            m.Fn("i" + bare, inplace);
            m.Fn("__i" + bare + "__", inplace);
        }

        PyBuiltin.Fn2 concat = (ctx, _, a, b) =>
        {
            if (!IsSequence(a)) throw PyErr.TypeError($"'{a.Type.Name}' object can't be concatenated");
            return Ops.Add(ctx, a, b);
        };
        PyBuiltin.Fn2 iconcat = (ctx, _, a, b) =>
        {
            if (!IsSequence(a)) throw PyErr.TypeError($"'{a.Type.Name}' object can't be concatenated");
            return Ops.InPlace(ctx, a, b, BinaryOp.Add);
        };
        m.Fn("concat", concat);
        m.Fn("__concat__", concat);
        m.Fn("iconcat", iconcat);
        m.Fn("__iconcat__", iconcat);
        Both(m, "contains", (ctx, _, a, b) => PyBool.Of(Ops.Contains(ctx, a, b)));
        Both(m, "getitem", (ctx, _, a, b) => Ops.GetItem(ctx, a, b));
        m.Fn("setitem", (ctx, _, a, b, c) => { Ops.SetItem(ctx, a, b, c); return PyNone.Instance; });
        m.Fn("__setitem__", (ctx, _, a, b, c) => { Ops.SetItem(ctx, a, b, c); return PyNone.Instance; });
        Both(m, "delitem", (ctx, _, a, b) => { Ops.DelItem(ctx, a, b); return PyNone.Instance; });
        m.Fn("countOf", (ctx, _, a, b) =>
        {
            long n = 0;
            foreach (var x in Iteration.Enumerate(ctx, a))
                if (ReferenceEquals(x, b) || Ops.EqBool(ctx, x, b)) n++;
            return PyInt.Get(n);
        });
        m.Fn("indexOf", (ctx, _, a, b) =>
        {
            long i = 0;
            foreach (var x in Iteration.Enumerate(ctx, a))
            {
                if (ReferenceEquals(x, b) || Ops.EqBool(ctx, x, b)) return PyInt.Get(i);
                i++;
            }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        });
        m.FnVar("length_hint", (ctx, _, a) => LengthHint(ctx, a));
        m.FnKw("call", (ctx, _, a, kw) =>
        {
            if (a.Length - (kw?.Length ?? 0) < 1) throw PyErr.TypeError("call() missing 1 required positional argument: 'obj'");
            return a[0].Call(ctx, a[1..], kw);
        });
        m.FnVar("itemgetter", (ctx, _, a) => ItemGetter(a));
        m.FnVar("attrgetter", (ctx, _, a) => AttrGetter(a));
        m.FnKw("methodcaller", (ctx, _, a, kw) => MethodCaller(a, kw));
        return m;
    }

    private static void Both(PyModule m, string name, PyBuiltin.Fn2 f)
    {
        m.Fn(name, f);
        m.Fn("__" + name + "__", f);
    }

    private static void Both(PyModule m, string name, PyBuiltin.Fn1 f)
    {
        m.Fn(name, f);
        m.Fn("__" + name + "__", f);
    }

    private static bool IsSequence(PyObject o) =>
        o is PyList or PyTuple or PyStr or PyBytes or PyByteArray || o.Type.Lookup("__getitem__") != null && o is not PyDict;

    private static PyObject LengthHint(PyContext ctx, PyObject[] a)
    {
        if (a.Length is < 1 or > 2) throw PyErr.TypeError($"length_hint expected at most 2 arguments, got {a.Length}");
        var obj = a[0];
        long fallback = 0;
        if (a.Length == 2)
        {
            if (a[1] is not PyInt d) throw PyErr.TypeError($"'{a[1].Type.Name}' object cannot be interpreted as an integer");
            fallback = d.Value;
        }
        if (obj.Type.Lookup("__len__") != null) return PyInt.Get(Ops.Len(ctx, obj));
        var hint = obj.Type.Lookup("__length_hint__");
        if (hint == null) return PyInt.Get(fallback);
        var r = Calls.CallDescriptor(ctx, hint, obj);
        if (ReferenceEquals(r, PySingleton.NotImplemented)) return PyInt.Get(fallback);
        if (r is not PyInt n) throw PyErr.TypeError($"__length_hint__ must be an integer, not {r.Type.Name}");
        if (n.Value < 0) throw PyErr.ValueError("__length_hint__() should return >= 0");
        return n;
    }

    private static PyObject ItemGetter(PyObject[] items)
    {
        if (items.Length == 0) throw PyErr.TypeError("itemgetter expected 1 argument, got 0");
        if (items.Length == 1)
        {
            var key = items[0];
            return new PyBuiltin("itemgetter", null) { F1 = (ctx, _, o) => Ops.GetItem(ctx, o, key) };
        }
        return new PyBuiltin("itemgetter", null)
        {
            F1 = (ctx, _, o) =>
            {
                var result = new PyObject[items.Length];
                for (int i = 0; i < items.Length; i++) result[i] = Ops.GetItem(ctx, o, items[i]);
                return PyTuple.Of(result);
            },
        };
    }

    private static PyObject AttrGetter(PyObject[] names)
    {
        if (names.Length == 0) throw PyErr.TypeError("attrgetter expected 1 argument, got 0");
        var paths = names.Select(n => n is PyStr s ? s.Value.Split('.') : throw PyErr.TypeError("attribute name must be a string")).ToArray();
        static PyObject Resolve(PyContext ctx, PyObject o, string[] path)
        {
            foreach (var part in path) o = Ops.GetAttr(ctx, o, part);
            return o;
        }
        if (paths.Length == 1)
        {
            var path = paths[0];
            return new PyBuiltin("attrgetter", null) { F1 = (ctx, _, o) => Resolve(ctx, o, path) };
        }
        return new PyBuiltin("attrgetter", null)
        {
            F1 = (ctx, _, o) => PyTuple.Of(paths.Select(p => Resolve(ctx, o, p)).ToArray()),
        };
    }

    private static PyObject MethodCaller(PyObject[] a, string[]? kw)
    {
        int npos = a.Length - (kw?.Length ?? 0);
        if (npos < 1) throw PyErr.TypeError("methodcaller needs at least one argument, the method name");
        if (a[0] is not PyStr name) throw PyErr.TypeError("method name must be a string");
        var args = a[1..];
        return new PyBuiltin("methodcaller", null)
        {
            F1 = (ctx, _, o) => Calls.CallMethodN(ctx, o, name.Value, args, kw),
        };
    }
}
