namespace Pycc.Runtime;

/// <summary>The `sys` module.</summary>
public static class SysModule
{
    public static PyModule Create(PyRuntime rt, string[] argv)
    {
        var m = new PyModule("sys", rt.Builtins);
        m.Set("argv", new PyList(argv.Select(a => (PyObject)new PyStr(a)).ToArray()));
        m.Set("modules", rt.Modules);
        var mainDir = argv.Length > 0 ? Path.GetDirectoryName(Path.GetFullPath(argv[0])) ?? "" : "";
        m.Set("path", new PyList(new PyObject[] { new PyStr(mainDir) }));
        m.Set("stdout", rt.Stdout);
        m.Set("stderr", rt.Stderr);
        m.Set("stdin", rt.Stdin);
        m.Set("__stdout__", rt.Stdout);
        m.Set("__stderr__", rt.Stderr);
        m.Set("__stdin__", rt.Stdin);
        m.Set("maxsize", PyInt.Get(long.MaxValue));
        m.Set("maxunicode", PyInt.Get(0x10FFFF));
        m.Set("byteorder", new PyStr(BitConverter.IsLittleEndian ? "little" : "big"));
        m.Set("platform", new PyStr(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        m.Set("implementation", new PyStr("pycc"));
        m.Set("version", new PyStr("3.11.7 (pycc " + typeof(SysModule).Assembly.GetName().Version + ")"));
        m.Set("version_info", VersionInfo());
        m.Set("hexversion", PyInt.Get(0x030B07F0));
        m.Set("executable", new PyStr(Environment.ProcessPath ?? ""));
        m.Set("builtin_module_names", PyTuple.Of(BuiltinModules.Names.Concat(new[] { "sys", "builtins" }).Distinct().Order().Select(n => (PyObject)new PyStr(n)).ToArray()));
        m.Set("dont_write_bytecode", PyBool.True);
        m.Set("flags", PyTuple.Empty);
        m.Set("float_info", FloatInfo());
        m.FnVar("exit", (ctx, _, a) =>
        {
            if (a.Length > 1) throw PyErr.TypeError($"exit expected at most 1 argument, got {a.Length}");
            throw PyErr.New(TypeObjects.SystemExit, a.Length == 1 && a[0] is PyNone ? Array.Empty<PyObject>() : a);
        });
        m.Fn("getrecursionlimit", (ctx, _) => PyInt.Get(ctx.Runtime.RecursionLimit));
        m.Fn("setrecursionlimit", (ctx, _, n) =>
        {
            long v = Conversions.IndexToLong(ctx, n);
            if (v < 1) throw PyErr.ValueError("recursion limit must be greater or equal than 1");
            if (v <= ctx.Depth) throw PyErr.RecursionError($"cannot set the recursion limit to {v} at the recursion depth {ctx.Depth}: the limit is too low");
            ctx.Runtime.RecursionLimit = (int)Math.Min(v, int.MaxValue);
            ctx.ResetDepthCheck();
            return PyNone.Instance;
        });
        m.Fn("exc_info", (ctx, _) => ctx.Handled is { } h
            ? PyTuple.Of(h.Type, h, h.Segments.Count > 0 ? new PyTraceback(Tracebacks.Entries(h), 0) : PyNone.Instance)
            : PyTuple.Of(PyNone.Instance, PyNone.Instance, PyNone.Instance));
        m.Fn("exception", (ctx, _) => (PyObject?)ctx.Handled ?? PyNone.Instance);
        m.Fn("getsizeof", (ctx, _, o) => PyInt.Get(ApproximateSize(o)));
        m.Fn("intern", (ctx, _, s) => s is PyStr ? s : throw PyErr.TypeError($"intern() argument must be str, not {s.Type.Name}"));
        m.Fn("getdefaultencoding", (ctx, _) => new PyStr("utf-8"));
        m.Fn("getfilesystemencoding", (ctx, _) => new PyStr("utf-8"));
        return m;
    }

    private static PyObject VersionInfo()
    {
        // A plain tuple keeps comparisons like `sys.version_info >= (3, 8)` working.
        return PyTuple.Of(PyInt.Get(3), PyInt.Get(11), PyInt.Get(7), new PyStr("final"), PyInt.Get(0));
    }

    private static PyObject FloatInfo() => PyTuple.Of(new PyFloat(double.MaxValue), PyInt.Get(1024), PyInt.Get(308),
        new PyFloat(2.2250738585072014e-308), PyInt.Get(-1021), PyInt.Get(-307), PyInt.Get(15), PyInt.Get(53),
        new PyFloat(double.Epsilon == 0 ? 0 : 2.220446049250313e-16), PyInt.Get(2), PyInt.Get(1));

    private static long ApproximateSize(PyObject o) => o switch
    {
        PyInt => 28,
        PyFloat => 24,
        PyStr s => 49 + s.Value.Length,
        PyList l => 56 + 8L * l.Items.Length,
        PyTuple t => 40 + 8L * t.Count,
        PyDict d => 64 + 24L * d.Count,
        _ => 48,
    };
}
