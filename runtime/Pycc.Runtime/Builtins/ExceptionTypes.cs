namespace Pycc.Runtime;

/// <summary>BaseException's methods and attributes, shared by the whole hierarchy.</summary>
public static partial class TypeObjects
{
    private static PyBaseException Exc(PyObject self) => self as PyBaseException
        ?? throw PyErr.TypeError($"descriptor requires a 'BaseException' object but received '{self.Type.Name}'");

    private static Dictionary<long, PyType> ErrnoClasses = null!;

    private static Dictionary<long, PyType> MakeErrnoClasses() => new()
    {
        [2] = FileNotFoundError, [17] = FileExistsError, [13] = PermissionError, [1] = PermissionError,
        [20] = NotADirectoryError, [21] = IsADirectoryError, [32] = BrokenPipeError, [104] = ConnectionResetError,
        [111] = ConnectionRefusedError, [103] = ConnectionAbortedError, [110] = TimeoutError, [4] = InterruptedError,
        [3] = ProcessLookupError, [10] = ChildProcessError, [11] = BlockingIOError,
    };

    private static void InstallExceptions()
    {
        ErrnoClasses = MakeErrnoClasses();
        var b = BaseException;
        b.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            var cls = a[0] as PyType ?? throw PyErr.TypeError("BaseException.__new__(X): X is not a type object");
            return new PyBaseException(cls, PyTuple.Of(a[1..]));
        });
        b.DefKw("__init__", (ctx, self, a, kw) =>
        {
            if ((kw?.Length ?? 0) > 0 && ReferenceEquals(self.Type.Lookup("__init__"), b.Dict.GetStr("__init__")))
                throw PyErr.TypeError($"{self.Type.Name}() takes no keyword arguments");
            Exc(self).Args = PyTuple.Of(a[..(a.Length - (kw?.Length ?? 0))]);
            return PyNone.Instance;
        });
        b.Def("__str__", (ctx, self) => new PyStr(Exceptions.StrOf(Exc(self))));
        b.Def("__repr__", (ctx, self) =>
        {
            var e = Exc(self);
            var args = e.Args.Items;
            var inner = args.Length == 1 ? Ops.ReprString(ctx, args[0]) : Ops.ReprString(ctx, e.Args);
            if (args.Length != 1) inner = inner[1..^1].TrimEnd(',');
            return new PyStr($"{e.Type.Name}({inner})");
        });
        b.Def("with_traceback", (ctx, self, tb) =>
        {
            if (tb is PyNone) Exc(self).Segments.Clear();
            return self;
        });
        b.Def("add_note", (ctx, self, note) =>
        {
            var e = Exc(self);
            var notes = e.InstanceDict!.GetStr("__notes__") as PyList;
            if (notes == null) e.InstanceDict!.SetStr("__notes__", notes = new PyList());
            notes.Append(note is PyStr ? note : throw PyErr.TypeError($"note must be a str, not '{note.Type.Name}'"));
            return PyNone.Instance;
        });
        b.Property("args", (ctx, self) => Exc(self).Args, (ctx, self, v) => Exc(self).Args = PyTuple.Of(Iteration.ToArray(ctx, v)));
        b.Property("__cause__", (ctx, self) => Exc(self).Cause ?? PyNone.Instance, (ctx, self, v) =>
        {
            var e = Exc(self);
            e.Cause = v is PyNone ? null : v as PyBaseException ?? throw PyErr.TypeError("exception cause must be None or derive from BaseException");
            e.SuppressContext = true;
        });
        b.Property("__context__", (ctx, self) => Exc(self).Context ?? PyNone.Instance, (ctx, self, v) =>
            Exc(self).Context = v is PyNone ? null : v as PyBaseException ?? throw PyErr.TypeError("exception context must be None or derive from BaseException"));
        b.Property("__suppress_context__", (ctx, self) => PyBool.Of(Exc(self).SuppressContext), (ctx, self, v) => Exc(self).SuppressContext = Ops.IsTrue(ctx, v));
        b.Property("__traceback__", (ctx, self) => Exc(self).Segments.Count == 0 ? PyNone.Instance : new PyTraceback(Tracebacks.Entries(Exc(self)), 0),
            (ctx, self, v) => { if (v is PyNone) Exc(self).Segments.Clear(); });

        StopIteration.DefKw("__init__", (ctx, self, a, kw) =>
        {
            Exc(self).Args = PyTuple.Of(a);
            return PyNone.Instance;
        });
        StopIteration.Property("value", (ctx, self) => Exc(self).Args.Count > 0 ? Exc(self).Args.Items[0] : PyNone.Instance);
        SystemExit.Property("code", (ctx, self) => Exc(self).Args.Count switch
        {
            0 => PyNone.Instance,
            1 => Exc(self).Args.Items[0],
            _ => Exc(self).Args,
        });
        KeyError.Def("__str__", (ctx, self) => new PyStr(Exceptions.StrOf(Exc(self))));
        ImportError.DefKw("__init__", (ctx, self, a, kw) =>
        {
            var e = Exc(self);
            int nkw = kw?.Length ?? 0;
            e.Args = PyTuple.Of(a[..(a.Length - nkw)]);
            for (int i = 0; i < nkw; i++)
            {
                if (kw![i] is not ("name" or "path")) throw PyErr.TypeError($"'{kw[i]}' is an invalid keyword argument for ImportError()");
                e.InstanceDict!.SetStr(kw[i], a[a.Length - nkw + i]);
            }
            return PyNone.Instance;
        });
        foreach (var name in new[] { "name", "path" })
        {
            var n = name;
            ImportError.Property(n, (ctx, self) => Exc(self).InstanceDict!.GetStr(n) ?? PyNone.Instance,
                (ctx, self, v) => Exc(self).InstanceDict!.SetStr(n, v));
        }
        ImportError.Property("msg", (ctx, self) => Exc(self).Args.Count > 0 ? Exc(self).Args.Items[0] : PyNone.Instance);
        foreach (var t in new[] { AttributeError, NameError })
        {
            t.Property("name", (ctx, self) => Exc(self).InstanceDict!.GetStr("name") ?? PyNone.Instance,
                (ctx, self, v) => Exc(self).InstanceDict!.SetStr("name", v));
        }
        // OSError(errno, ...) builds the subclass for that errno, as CPython does.
        OSError.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            var cls = (PyType)a[0];
            if (ReferenceEquals(cls, OSError) && a.Length >= 3 && a[1] is PyInt errno && ErrnoClasses.TryGetValue(errno.Value, out var sub)) cls = sub;
            return new PyBaseException(cls, PyTuple.Of(a[1..]));
        });
        OSError.DefKw("__init__", (ctx, self, a, kw) =>
        {
            var e = Exc(self);
            e.Args = PyTuple.Of(a);
            if (a.Length >= 2)
            {
                e.InstanceDict!.SetStr("errno", a[0]);
                e.InstanceDict!.SetStr("strerror", a[1]);
                if (a.Length >= 3) e.InstanceDict!.SetStr("filename", a[2]);
            }
            return PyNone.Instance;
        });
        OSError.Def("__str__", (ctx, self) =>
        {
            var e = Exc(self);
            var d = e.InstanceDict!;
            if (d.GetStr("filename") is PyObject fn && fn is not PyNone)
                return new PyStr($"[Errno {Ops.StrString(ctx, d.GetStr("errno")!)}] {Ops.StrString(ctx, d.GetStr("strerror")!)}: {Ops.ReprString(ctx, fn)}");
            if (d.GetStr("errno") is PyObject en && e.Args.Count == 2)
                return new PyStr($"[Errno {Ops.StrString(ctx, en)}] {Ops.StrString(ctx, d.GetStr("strerror")!)}");
            return new PyStr(Exceptions.StrOf(e));
        });
        foreach (var name in new[] { "errno", "strerror", "filename" })
        {
            var n = name;
            OSError.Property(n, (ctx, self) => Exc(self).InstanceDict!.GetStr(n) ?? PyNone.Instance, (ctx, self, v) => Exc(self).InstanceDict!.SetStr(n, v));
        }
        SyntaxError.DefKw("__init__", (ctx, self, a, kw) =>
        {
            var e = Exc(self);
            e.Args = PyTuple.Of(a);
            var d = e.InstanceDict!;
            d.SetStr("msg", a.Length > 0 ? a[0] : PyNone.Instance);
            if (a.Length > 1 && a[1] is PyTuple details && details.Count >= 4)
            {
                d.SetStr("filename", details.Items[0]);
                d.SetStr("lineno", details.Items[1]);
                d.SetStr("offset", details.Items[2]);
                d.SetStr("text", details.Items[3]);
            }
            return PyNone.Instance;
        });
        SyntaxError.Def("__str__", (ctx, self) =>
        {
            var d = Exc(self).InstanceDict!;
            var msg = d.GetStr("msg") is PyObject m && m is not PyNone ? Ops.StrString(ctx, m) : Exceptions.StrOf(Exc(self));
            if (d.GetStr("lineno") is PyObject ln && ln is not PyNone)
            {
                var file = d.GetStr("filename") is PyStr f ? Path.GetFileName(f.Value) : null;
                return new PyStr(file != null ? $"{msg} ({file}, line {Ops.StrString(ctx, ln)})" : $"{msg} (line {Ops.StrString(ctx, ln)})");
            }
            return new PyStr(msg);
        });
        foreach (var name in new[] { "msg", "filename", "lineno", "offset", "text" })
        {
            var n = name;
            SyntaxError.Property(n, (ctx, self) => Exc(self).InstanceDict!.GetStr(n) ?? PyNone.Instance, (ctx, self, v) => Exc(self).InstanceDict!.SetStr(n, v));
        }
        BaseExceptionGroup.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            var cls = (PyType)a[0];
            if (a.Length != 3) throw PyErr.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({a.Length - 1} given)");
            var excs = Iteration.ToArray(ctx, a[2]);
            if (excs.Length == 0) throw PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
            if (ReferenceEquals(cls, BaseExceptionGroup) && excs.All(x => x.Type.IsSubtypeOf(Exception))) cls = ExceptionGroup;
            var e = new PyBaseException(cls, PyTuple.Of(a[1], a[2]));
            e.InstanceDict!.SetStr("message", a[1]);
            e.InstanceDict!.SetStr("exceptions", PyTuple.Of(excs));
            return e;
        });
        BaseExceptionGroup.DefKw("__init__", (ctx, self, a, kw) => PyNone.Instance);
        BaseExceptionGroup.Def("__str__", (ctx, self) =>
        {
            var d = Exc(self).InstanceDict!;
            int n = ((PyTuple)d.GetStr("exceptions")!).Count;
            return new PyStr($"{Ops.StrString(ctx, d.GetStr("message")!)} ({n} sub-exception{(n == 1 ? "" : "s")})");
        });
        foreach (var name in new[] { "message", "exceptions" })
        {
            var n = name;
            BaseExceptionGroup.Property(n, (ctx, self) => Exc(self).InstanceDict!.GetStr(n) ?? PyNone.Instance);
        ExceptionGroups.Install(BaseExceptionGroup);
        }
    }
}

/// <summary>A traceback object (`exc.__traceback__`): a linked view over recorded frames.</summary>
public sealed class PyTraceback : PyObject
{
    public override bool OverridesGetAttr => true;

    public readonly List<TracebackEntry> Entries;
    public readonly int Index;
    public PyTraceback(List<TracebackEntry> entries, int index) { Entries = entries; Index = index; }
    public override PyType Type => TypeObjects.Traceback;

    public override PyObject? GetAttrOrNull(PyContext ctx, string name) => name switch
    {
        "tb_lineno" => PyInt.Get(Entries[Index].Line),
        "tb_next" => Index + 1 < Entries.Count ? new PyTraceback(Entries, Index + 1) : PyNone.Instance,
        _ => base.GetAttrOrNull(ctx, name),
    };
}
