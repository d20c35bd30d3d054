namespace Pycc.Runtime;

/// <summary>Helpers for declaring built-in methods on type objects and modules.</summary>
public static class TypeBuilder
{
    public static PyBuiltin Def(this PyType t, string name, PyBuiltin.Fn0 f) => Put(t, new PyBuiltin(name, t) { F0 = f });
    public static PyBuiltin Def(this PyType t, string name, PyBuiltin.Fn1 f) => Put(t, new PyBuiltin(name, t) { F1 = f });
    public static PyBuiltin Def(this PyType t, string name, PyBuiltin.Fn2 f) => Put(t, new PyBuiltin(name, t) { F2 = f });
    public static PyBuiltin Def(this PyType t, string name, PyBuiltin.Fn3 f) => Put(t, new PyBuiltin(name, t) { F3 = f });
    public static PyBuiltin DefVar(this PyType t, string name, PyBuiltin.FnVar f) => Put(t, new PyBuiltin(name, t) { FV = f });
    public static PyBuiltin DefKw(this PyType t, string name, PyBuiltin.FnKw f) => Put(t, new PyBuiltin(name, t) { FK = f });

    /// <summary>A static method (e.g. `__new__`, `str.maketrans`), receiving its arguments as given.</summary>
    public static void DefStatic(this PyType t, string name, PyBuiltin.FnKw f) =>
        t.Dict.SetStr(name, new PyStaticMethod(new PyBuiltin(name, null) { FK = (ctx, _, a, k) => f(ctx, t, a, k) }));

    /// <summary>A class method: the class arrives as `self`.</summary>
    public static void DefClass(this PyType t, string name, PyBuiltin.FnKw f) =>
        t.Dict.SetStr(name, new PyClassMethod(new PyBuiltin(name, null) { FK = (ctx, _, a, k) => f(ctx, a[0], a[1..], k) }));

    public static void Property(this PyType t, string name, Func<PyContext, PyObject, PyObject> get, Action<PyContext, PyObject, PyObject>? set = null) =>
        t.Dict.SetStr(name, new PyGetSet(name, get, set));

    private static PyBuiltin Put(PyType t, PyBuiltin b)
    {
        t.Dict.SetStr(b.Name, b);
        return b;
    }

    // Module-level functions.
    public static PyBuiltin Fn(this PyModule m, string name, PyBuiltin.Fn0 f) => PutFn(m, new PyBuiltin(name, null) { F0 = f });
    public static PyBuiltin Fn(this PyModule m, string name, PyBuiltin.Fn1 f) => PutFn(m, new PyBuiltin(name, null) { F1 = f });
    public static PyBuiltin Fn(this PyModule m, string name, PyBuiltin.Fn2 f) => PutFn(m, new PyBuiltin(name, null) { F2 = f });
    public static PyBuiltin Fn(this PyModule m, string name, PyBuiltin.Fn3 f) => PutFn(m, new PyBuiltin(name, null) { F3 = f });
    public static PyBuiltin FnVar(this PyModule m, string name, PyBuiltin.FnVar f) => PutFn(m, new PyBuiltin(name, null) { FV = f });
    public static PyBuiltin FnKw(this PyModule m, string name, PyBuiltin.FnKw f) => PutFn(m, new PyBuiltin(name, null) { FK = f });

    private static PyBuiltin PutFn(PyModule m, PyBuiltin b)
    {
        m.Set(b.Name, b);
        return b;
    }
}

/// <summary>
/// Parses the (args, kwnames) of a built-in call against a parameter list, with CPython's
/// error messages: <c>var a = new ArgParser("split", args, kw, "sep", "maxsplit");</c>
/// </summary>
public readonly ref struct ArgParser
{
    private readonly PyObject?[] _values;
    private readonly string _fn;

    public ArgParser(string fn, PyObject[] args, string[]? kwnames, params string[] names)
        : this(fn, args, kwnames, names.Length, names) { }

    /// <summary><paramref name="maxPositional"/> limits how many may be passed positionally.</summary>
    public ArgParser(string fn, PyObject[] args, string[]? kwnames, int maxPositional, string[] names)
    {
        _fn = fn;
        _values = new PyObject?[names.Length];
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > maxPositional)
        {
            throw maxPositional == 0
                ? PyErr.TypeError($"{fn}() takes no positional arguments")
                : PyErr.TypeError($"{fn}() takes at most {maxPositional} argument{(maxPositional == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) _values[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            int idx = Array.IndexOf(names, kwnames![k]);
            if (idx < 0) throw PyErr.TypeError($"'{kwnames[k]}' is an invalid keyword argument for {fn}()");
            if (_values[idx] != null) throw PyErr.TypeError($"argument for {fn}() given by name ('{kwnames[k]}') and position ({idx + 1})");
            _values[idx] = args[npos + k];
        }
    }

    public PyObject? this[int i] => _values[i];

    public PyObject Required(int i, string name) =>
        _values[i] ?? throw PyErr.TypeError($"{_fn}() missing required argument '{name}' (pos {i + 1})");

    public PyObject Or(int i, PyObject dflt) => _values[i] ?? dflt;

    /// <summary>The argument, treating an explicit None like absence.</summary>
    public PyObject? OrNull(int i) => _values[i] is PyNone ? null : _values[i];
}
