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
        m.Set("flags", StructSeq.Make("flags", new[] { "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
            "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
            "warn_default_encoding", "safe_path", "int_max_str_digits" },
            new PyObject[] { PyInt.Zero, PyInt.Zero, PyInt.Zero, PyInt.Zero, PyInt.One, PyInt.Zero, PyInt.Zero, PyInt.Zero, PyInt.Zero,
                PyInt.Zero, PyInt.Zero, PyInt.One, PyInt.Zero, PyBool.False, PyInt.Zero, PyInt.Zero, PyBool.False, PyInt.Get(-1) }));
        m.Set("float_info", FloatInfo());
        m.Set("int_info", StructSeq.Make("int_info", new[] { "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" },
            new PyObject[] { PyInt.Get(30), PyInt.Get(4), PyInt.Get(IntFormat.DefaultMaxStrDigits), PyInt.Get(640) }));
        m.Set("hash_info", StructSeq.Make("hash_info", new[] { "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff" },
            new PyObject[] { PyInt.Get(64), PyInt.Get(Ops.HashModulus), PyInt.Get(314159), PyInt.Zero, PyInt.Get(1000003), new PyStr("siphash13"),
                PyInt.Get(64), PyInt.Get(128), PyInt.Zero }));
        m.Fn("get_int_max_str_digits", (ctx, _) => PyInt.Get(ctx.Runtime.IntMaxStrDigits));
        m.FnKw("set_int_max_str_digits", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("set_int_max_str_digits", a, kw, "maxdigits");
            long v = Conversions.IndexToLong(ctx, p.Required(0, "maxdigits"));
            if (v != 0 && v < 640) throw PyErr.ValueError("maxdigits must be 0 or larger than 640");
            ctx.Runtime.IntMaxStrDigits = (int)Math.Min(v, int.MaxValue);
            return PyNone.Instance;
        });
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

    private static PyObject VersionInfo() => StructSeq.Make("version_info", new[] { "major", "minor", "micro", "releaselevel", "serial" },
        new PyObject[] { PyInt.Get(3), PyInt.Get(11), PyInt.Get(7), new PyStr("final"), PyInt.Get(0) });

    private static PyObject FloatInfo() => StructSeq.Make("float_info",
        new[] { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" },
        new PyObject[] { new PyFloat(double.MaxValue), PyInt.Get(1024), PyInt.Get(308), new PyFloat(2.2250738585072014e-308), PyInt.Get(-1021),
            PyInt.Get(-307), PyInt.Get(15), PyInt.Get(53), new PyFloat(2.220446049250313e-16), PyInt.Get(2), PyInt.Get(1) });

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

/// <summary>
/// Named tuples of the sys module (version_info, float_info...): tuple subclasses whose
/// fields are also attributes, so `sys.version_info.major` and `sys.version_info >= (3, 8)` both work.
/// </summary>
public static class StructSeq
{
    public static PyObject Make(string name, string[] fields, PyObject[] values)
    {
        var t = new PyType(name, new[] { TypeObjects.Tuple }, new PyDict(), null, heapType: false)
        {
            NativeBase = TypeObjects.Tuple,
            HasInstanceDict = false,
            AllowsSubclassing = false,
        };
        t.QualName = name;
        t.Mro = PyType.ComputeMro(t);
        t.Dict.SetStr("__module__", new PyStr("sys"));
        for (int i = 0; i < fields.Length; i++)
        {
            int k = i;
            t.Property(fields[i], (ctx, s) => ((PyTuple)Conversions.Unwrap(s)).Items[k]);
        }
        t.Dict.SetStr("n_fields", PyInt.Get(fields.Length));
        t.Dict.SetStr("n_sequence_fields", PyInt.Get(fields.Length));
        t.Dict.SetStr("n_unnamed_fields", PyInt.Zero);
        t.Def("__repr__", (ctx, s) =>
        {
            var items = ((PyTuple)Conversions.Unwrap(s)).Items;
            var sb = new System.Text.StringBuilder("sys.").Append(name).Append('(');
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(fields[i]).Append('=').Append(Ops.ReprString(ctx, items[i]));
            }
            return new PyStr(sb.Append(')').ToString());
        });
        t.Def("__reduce__", (ctx, s) => PyTuple.Of(t, PyTuple.Of(Conversions.Unwrap(s))));
        return new PyInstance(t) { Native = new PyTuple(values) };
    }
}

public sealed partial class PyRuntime
{
    /// <summary>sys.get_int_max_str_digits(): the longest int that str() and int() convert (0: no limit).</summary>
    public int IntMaxStrDigits = IntFormat.DefaultMaxStrDigits;
}
