using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pycc.Runtime;

/// <summary>The `builtins` module: built-in functions, types and constants.</summary>
public static partial class BuiltinFunctions
{
    public static void Install(PyRuntime rt, PyModule b)
    {
        foreach (var t in TypeObjects.Exposed) b.Set(t.Name, t);
        b.Set("None", PyNone.Instance);
        b.Set("True", PyBool.True);
        b.Set("False", PyBool.False);
        b.Set("Ellipsis", PySingleton.Ellipsis);
        b.Set("NotImplemented", PySingleton.NotImplemented);
        b.Set("__debug__", PyBool.True);
        b.Set("EnvironmentError", TypeObjects.OSError);
        b.Set("IOError", TypeObjects.OSError);

        b.FnKw("print", Print);
        b.Fn("len", (ctx, _, o) => PyInt.Get(Ops.Len(ctx, o)));
        b.Fn("repr", (ctx, _, o) => Ops.Repr(ctx, o));
        b.Fn("ascii", (ctx, _, o) => new PyStr(StrRepr.Ascii(Ops.ReprString(ctx, o))));
        b.Fn("abs", (ctx, _, o) => Abs(ctx, o));
        b.Fn("hash", (ctx, _, o) => PyInt.Get(Ops.Hash(ctx, o)));
        b.Fn("id", (ctx, _, o) => PyInt.Get(ObjectIds.Get(o)));
        b.Fn("callable", (ctx, _, o) => PyBool.Of(IsCallable(o)));
        b.Fn("chr", (ctx, _, o) =>
        {
            var v = Conversions.Index(ctx, o);
            if (v < 0 || v > 0x10FFFF) throw PyErr.ValueError("chr() arg not in range(0x110000)");
            return PyStr.Char((int)v);
        });
        b.Fn("ord", (ctx, _, o) => Ord(o));
        b.Fn("bin", (ctx, _, o) => new PyStr(BaseText(Conversions.Index(ctx, o), 2, "0b")));
        b.Fn("oct", (ctx, _, o) => new PyStr(BaseText(Conversions.Index(ctx, o), 8, "0o")));
        b.Fn("hex", (ctx, _, o) => new PyStr(BaseText(Conversions.Index(ctx, o), 16, "0x")));
        b.FnVar("format", (ctx, _, a) => a.Length switch
        {
            1 => Ops.Format(ctx, a[0], PyStr.Empty),
            2 => a[1] is PyStr || a[1] is PyInstance { Native: PyStr }
                ? Ops.Format(ctx, a[0], Conversions.Unwrap(a[1]))
                : throw PyErr.TypeError($"format() argument 2 must be str, not {(a[1] is PyNone ? "None" : a[1].Type.Name)}"),
            _ => throw BuiltinTypeMethods.ArgCountError("format", a.Length, 1, 2),
        });
        b.Fn("isinstance", (ctx, _, o, t) => PyBool.Of(IsInstance(ctx, o, t)));
        b.Fn("issubclass", (ctx, _, o, t) => PyBool.Of(IsSubclass(ctx, o, t)));
        b.FnVar("iter", (ctx, _, a) => a.Length switch
        {
            1 => a[0].GetIter(ctx),
            2 => IsCallable(a[0]) ? new CallableIterator(a[0], a[1]) : throw PyErr.TypeError("iter(v, w): v must be callable"),
            _ => throw BuiltinTypeMethods.ArgCountError("iter", a.Length, 1, 2),
        });
        b.FnVar("next", (ctx, _, a) =>
        {
            if (a.Length is < 1 or > 2) throw BuiltinTypeMethods.ArgCountError("next", a.Length, 1, 2);
            var it = a[0];
            if (it is not PyIterator && it is not PyGenerator && it.Type.Lookup("__next__") == null)
                throw PyErr.TypeError($"'{it.Type.Name}' object is not an iterator");
            if (it is PyGenerator g)
            {
                var r = g.Resume(ctx, null, null, out var ret);
                if (r != null) return r;
                if (a.Length == 2) return a[1];
                throw PyErr.StopIteration(ret);
            }
            if (it is PyInstance)
            {
                try
                {
                    return Calls.CallMethod(ctx, it, "__next__");
                }
                catch (PyException e) when (a.Length == 2 && e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
                {
                    return a[1];
                }
            }
            return it.IterNext(ctx) ?? (a.Length == 2 ? a[1] : throw PyErr.StopIteration(null));
        });
        b.FnKw("min", (ctx, _, a, kw) => MinMax(ctx, a, kw, "min", CompareOp.Lt));
        b.FnKw("max", (ctx, _, a, kw) => MinMax(ctx, a, kw, "max", CompareOp.Gt));
        b.FnKw("sum", Sum);
        b.FnKw("sorted", (ctx, _, a, kw) =>
        {
            if (a.Length - (kw?.Length ?? 0) != 1)
                throw PyErr.TypeError($"sorted expected 1 argument, got {a.Length - (kw?.Length ?? 0)}");
            var list = new PyList(Iteration.ToArray(ctx, a[0]).ToArray());
            ListSort.Sort(ctx, list, a[1..], kw);
            return list;
        });
        b.Fn("reversed", (ctx, _, o) => Reversed(ctx, o));
        b.FnKw("enumerate", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("enumerate", a, kw, "iterable", "start");
            if (p[0] == null) throw PyErr.TypeError("enumerate() missing required argument 'iterable'");
            var start = p[1] ?? PyInt.Zero;
            if (start is not PyIntegral) throw PyErr.TypeError($"'{start.Type.Name}' object cannot be interpreted as an integer");
            return new EnumerateIterator(p.Required(0, "iterable").GetIter(ctx), (PyIntegral)start);
        });
        b.FnKw("zip", (ctx, _, a, kw) =>
        {
            bool strict = false;
            int nkw = kw?.Length ?? 0;
            for (int i = 0; i < nkw; i++)
            {
                if (kw![i] != "strict") throw PyErr.TypeError($"'{kw[i]}' is an invalid keyword argument for zip()");
                strict = Ops.IsTrue(ctx, a[a.Length - nkw + i]);
            }
            var its = new PyObject[a.Length - nkw];
            for (int i = 0; i < its.Length; i++) its[i] = a[i].GetIter(ctx);
            return new ZipIterator(its, strict);
        });
        b.FnVar("map", (ctx, _, a) =>
        {
            if (a.Length < 2) throw PyErr.TypeError("map() must have at least two arguments.");
            var its = new PyObject[a.Length - 1];
            for (int i = 0; i < its.Length; i++) its[i] = a[i + 1].GetIter(ctx);
            return new MapIterator(a[0], its);
        });
        b.Fn("filter", (ctx, _, f, it) => new FilterIterator(f, it.GetIter(ctx)));
        b.Fn("any", (ctx, _, it) =>
        {
            foreach (var x in Iteration.Enumerate(ctx, it)) if (Ops.IsTrue(ctx, x)) return PyBool.True;
            return PyBool.False;
        });
        b.Fn("all", (ctx, _, it) =>
        {
            foreach (var x in Iteration.Enumerate(ctx, it)) if (!Ops.IsTrue(ctx, x)) return PyBool.False;
            return PyBool.True;
        });
        b.FnVar("getattr", (ctx, _, a) =>
        {
            if (a.Length is < 2 or > 3) throw BuiltinTypeMethods.ArgCountError("getattr", a.Length, 2, 3);
            var name = a[1] as PyStr ?? throw PyErr.TypeError("attribute name must be string, not '" + a[1].Type.Name + "'");
            if (a.Length == 2) return Ops.GetAttr(ctx, a[0], name.Value);
            return Ops.GetAttrOrNullCatching(ctx, a[0], name.Value) ?? a[2];
        });
        b.Fn("setattr", (ctx, _, o, n, v) =>
        {
            Ops.SetAttr(ctx, o, n as PyStr is { } s ? s.Value : throw PyErr.TypeError($"attribute name must be string, not '{n.Type.Name}'"), v);
            return PyNone.Instance;
        });
        b.Fn("delattr", (ctx, _, o, n) =>
        {
            Ops.DelAttr(ctx, o, n as PyStr is { } s ? s.Value : throw PyErr.TypeError($"attribute name must be string, not '{n.Type.Name}'"));
            return PyNone.Instance;
        });
        b.Fn("hasattr", (ctx, _, o, n) =>
        {
            var name = n as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{n.Type.Name}'");
            return PyBool.Of(Ops.GetAttrOrNullCatching(ctx, o, name.Value) != null);
        });
        b.Fn("divmod", (ctx, _, x, y) => DivMod(ctx, x, y));
        b.FnKw("pow", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("pow", a, kw, "base", "exp", "mod");
            var mod = p.OrNull(2);
            if (mod == null) return Ops.Pow(ctx, p.Required(0, "base"), p.Required(1, "exp"));
            return PowMod(ctx, p.Required(0, "base"), p.Required(1, "exp"), mod);
        });
        b.FnKw("round", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("round", a, kw, "number", "ndigits");
            return Rounding.Round(ctx, p.Required(0, "number"), p.OrNull(1));
        });
        b.FnVar("vars", (ctx, _, a) =>
        {
            if (a.Length == 0) throw PyErr.NotImplementedError("vars() without arguments is not supported by pycc; use locals()");
            var o = a[0];
            if (o is PyModule m) return m.DictView;
            if (o is PyType t) return new PyMappingProxy(t.Dict);
            return (PyObject?)o.InstanceDict ?? throw PyErr.TypeError("vars() argument must have __dict__ attribute");
        });
        b.FnVar("dir", (ctx, _, a) =>
        {
            if (a.Length > 1) throw PyErr.TypeError($"dir expected at most 1 argument, got {a.Length}");
            if (a.Length == 0) throw PyErr.NotImplementedError("dir() without arguments is not supported by pycc");
            var slot = a[0].Type.Lookup("__dir__");
            var names = slot != null ? Iteration.ToArray(ctx, Calls.CallDescriptor(ctx, slot, a[0])) : DirOf(ctx, a[0]);
            var list = new PyList(names.ToArray());
            ListSort.Sort(ctx, list, Array.Empty<PyObject>(), null);
            return list;
        });
        b.FnVar("input", (ctx, _, a) =>
        {
            if (a.Length > 0)
            {
                ctx.Runtime.Stdout.Write(Ops.StrString(ctx, a[0]));
                ctx.Runtime.Stdout.Flush();
            }
            var line = ctx.Runtime.Stdin.ReadLine(ctx);
            if (line.Length == 0) throw PyErr.New(TypeObjects.EOFError, "EOF when reading a line");
            return new PyStr(line.EndsWith('\n') ? line[..^1] : line);
        });
        foreach (var (name, n) in new[] { ("isinstance", 2), ("issubclass", 2), ("filter", 2), ("setattr", 3), ("delattr", 2), ("hasattr", 2), ("divmod", 2), ("reversed", 1) })
            Exactly((PyBuiltin)b.Get(name)!, n);
        b.Fn("aiter", (ctx, _, o) =>
        {
            var slot = o.Type.Lookup("__aiter__") ?? throw PyErr.TypeError($"'{o.Type.Name}' object is not an async iterable");
            var it = Calls.CallDescriptor(ctx, slot, o);
            if (it.Type.Lookup("__anext__") == null) throw PyErr.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
            return it;
        });
        b.FnVar("anext", (ctx, _, a) =>
        {
            if (a.Length is < 1 or > 2) throw BuiltinTypeMethods.ArgCountError("anext", a.Length, 1, 2);
            var slot = a[0].Type.Lookup("__anext__") ?? throw PyErr.TypeError($"'{a[0].Type.Name}' object is not an async iterator");
            if (a.Length == 2) throw PyErr.NotImplementedError("anext() with a default is not supported by pycc yet (async is not implemented)");
            return Calls.CallDescriptor(ctx, slot, a[0]);
        });
        b.FnVar("exit", (ctx, _, a) => throw ExitWith(a, "exit"));
        b.FnVar("quit", (ctx, _, a) => throw ExitWith(a, "quit"));
        b.FnVar("help", (ctx, _, a) =>
        {
            if (a.Length == 0) throw PyErr.NotImplementedError("interactive help() is not available in a compiled program");
            var doc = Ops.GetAttrOrNullCatching(ctx, a[0], "__doc__");
            ctx.Runtime.Stdout.Write((doc is PyStr ds ? ds.Value : "No documentation.") + "\n");
            return PyNone.Instance;
        });
        b.FnKw("__build_class__", (ctx, _, a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos < 2) throw PyErr.TypeError("__build_class__: not enough arguments");
            var body = a[0] as PyFunction ?? throw PyErr.TypeError("__build_class__: func must be a function");
            var name = a[1] as PyStr ?? throw PyErr.TypeError("__build_class__: name is not a string");
            return Classes.BuildClass(ctx, body, name.Value, a[2..npos], kw, nkw > 0 ? a[npos..] : null);
        });
        b.FnKw("__import__", (ctx, _, a, kw) =>
        {
            var p = new ArgParser("__import__", a, kw, "name", "globals", "locals", "fromlist", "level");
            var name = Conversions.ToStr(p.Required(0, "name"), "__import__() argument 1");
            var fromlist = p.OrNull(3);
            var level = p[4] is { } lv ? (int)Conversions.IndexToLong(ctx, lv) : 0;
            if (level != 0) throw PyErr.NotImplementedError("__import__ with a relative level is not supported by pycc");
            var leaf = ctx.Runtime.Import(ctx, name);
            if (fromlist != null && Ops.IsTrue(ctx, fromlist)) return leaf;
            return ctx.Runtime.Import(ctx, name.Split('.')[0]);
        });
        foreach (var name in new[] { "eval", "exec", "compile" })
        {
            var n = name;
            b.FnKw(n, (ctx, _, a, kw) => throw PyErr.NotImplementedError(
                $"{n}() is not supported: pycc compiles ahead of time and has no Python compiler at run time"));
        }
        b.FnVar("globals", (ctx, _, a) => throw PyErr.SystemError("globals() must be compiled as a direct call"));
        b.FnVar("locals", (ctx, _, a) => throw PyErr.SystemError("locals() must be compiled as a direct call"));
        b.Fn("breakpoint", (ctx, _) => PyNone.Instance);
        b.FnKw("open", (ctx, _, a, kw) => throw PyErr.NotImplementedError("open() is not available yet: the virtual file system is not implemented"));
    }

    /// <summary>Positional-only built-ins with a fixed count report a wrong count as "divmod expected 2 arguments, got 1".</summary>
    private static void Exactly(PyBuiltin f, int n) =>
        f.FV = (ctx, _, a) => throw PyErr.TypeError($"{f.Name} expected {n} argument{(n == 1 ? "" : "s")}, got {a.Length}");

    /// <summary>exit() / quit() (site's Quitter): raise SystemExit with the code given.</summary>
    private static PyException ExitWith(PyObject[] a, string name)
    {
        if (a.Length > 1) throw PyErr.TypeError($"{name}() takes from 1 to 2 positional arguments but {a.Length + 1} were given");
        return a.Length == 0 ? PyErr.New(TypeObjects.SystemExit) : PyErr.New(TypeObjects.SystemExit, a[0]);
    }

    private static PyObject Print(PyContext ctx, PyObject _, PyObject[] args, string[]? kwnames)
    {
        string sep = " ", end = "\n";
        PyObject? file = null;
        bool flush = false;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        for (int i = 0; i < nkw; i++)
        {
            var v = args[npos + i];
            switch (kwnames![i])
            {
                case "sep": if (v is not PyNone) sep = v as PyStr is { } s ? s.Value : throw PyErr.TypeError($"sep must be None or a string, not {v.Type.Name}"); break;
                case "end": if (v is not PyNone) end = v as PyStr is { } e ? e.Value : throw PyErr.TypeError($"end must be None or a string, not {v.Type.Name}"); break;
                case "file": if (v is not PyNone) file = v; break;
                case "flush": flush = Ops.IsTrue(ctx, v); break;
                default: throw PyErr.TypeError($"'{kwnames[i]}' is an invalid keyword argument for print()");
            }
        }
        var sb = new StringBuilder();
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(Ops.StrString(ctx, args[i]));
        }
        sb.Append(end);
        file ??= ctx.Runtime.Sys.Get("stdout") ?? PyNone.Instance;
        if (file is PyStdStream std)
        {
            std.Write(sb.ToString());
            if (flush) std.Flush();
        }
        else if (file is not PyNone)
        {
            Calls.CallMethod(ctx, file, "write", new PyStr(sb.ToString()));
            if (flush) Calls.CallMethod(ctx, file, "flush");
        }
        return PyNone.Instance;
    }

    /// <summary>divmod(): built-in numbers directly, anything else through __divmod__ / __rdivmod__.</summary>
    public static PyObject DivMod(PyContext ctx, PyObject x, PyObject y)
    {
        if (x is PyIntegral or PyFloat && y is PyIntegral or PyFloat) return NumberMethods.DivMod(ctx, x, y)!;
        var ta = x.Type;
        var tb = y.Type;
        var slotA = ta.Lookup("__divmod__");
        var slotB = ReferenceEquals(ta, tb) ? null : tb.Lookup("__rdivmod__");
        if (slotB != null && slotA != null && tb.IsSubtypeOf(ta) && !ReferenceEquals(slotB, ta.Lookup("__rdivmod__")))
        {
            var r0 = Calls.CallDescriptor(ctx, slotB, y, x);
            if (!ReferenceEquals(r0, PySingleton.NotImplemented)) return r0;
            slotB = null;
        }
        if (slotA != null)
        {
            var r = Calls.CallDescriptor(ctx, slotA, x, y);
            if (!ReferenceEquals(r, PySingleton.NotImplemented)) return r;
        }
        if (slotB != null)
        {
            var r = Calls.CallDescriptor(ctx, slotB, y, x);
            if (!ReferenceEquals(r, PySingleton.NotImplemented)) return r;
        }
        throw Ops.UnsupportedOperands(x, y, "divmod()");
    }

    private static string BaseText(BigInteger v, int b, string prefix) =>
        (v.Sign < 0 ? "-" : "") + prefix + IntFormat.ToBase(BigInteger.Abs(v), b);

    private static PyObject Abs(PyContext ctx, PyObject o)
    {
        switch (o)
        {
            case PyInt i when i.Value != long.MinValue: return PyInt.Get(Math.Abs(i.Value));
            case PyIntegral n: return PyInt.From(BigInteger.Abs(n.ToBig()));
            case PyFloat f: return new PyFloat(Math.Abs(f.Value));
            case PyComplex c: return new PyFloat(Complex.Abs(new Complex(c.Real, c.Imag)));
        }
        var slot = o.Type.Lookup("__abs__") ?? throw PyErr.TypeError($"bad operand type for abs(): '{o.Type.Name}'");
        return Calls.CallDescriptor(ctx, slot, o);
    }

    private static PyObject Ord(PyObject o)
    {
        switch (o)
        {
            case PyStr s:
                if (s.Length != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {s.Length} found");
                return PyInt.Get(s.CodePointAt(0));
            case PyBytes b:
                if (b.Value.Length != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
                return PyInt.Get(b.Value[0]);
            case PyByteArray ba:
                if (ba.Value.Count != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {ba.Value.Count} found");
                return PyInt.Get(ba.Value[0]);
        }
        throw PyErr.TypeError($"ord() expected string of length 1, but {o.Type.Name} found");
    }

    public static bool IsCallable(PyObject o) => o is PyFunction or PyBuiltin or PyMethod or PyType || o.Type.Lookup("__call__") != null;

    public static bool IsInstance(PyContext ctx, PyObject o, PyObject cls)
    {
        switch (cls)
        {
            case PyType t:
                if (o.Type.IsSubtypeOf(t)) return true;
                if (t.Type != TypeObjects.Type && t.Type.Lookup("__instancecheck__") is { } ic && ic is not PyBuiltin)
                    return Ops.IsTrue(ctx, Calls.CallDescriptor(ctx, ic, t, o));
                return false;
            case PyTuple tup:
                foreach (var c in tup.Items) if (IsInstance(ctx, o, c)) return true;
                return false;
            case PyUnion u:
                foreach (var c in u.Args) if (c is PyNone ? o is PyNone : IsInstance(ctx, o, c)) return true;
                return false;
        }
        var check = cls.Type.Lookup("__instancecheck__");
        if (check != null) return Ops.IsTrue(ctx, Calls.CallDescriptor(ctx, check, cls, o));
        throw PyErr.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static bool IsSubclass(PyContext ctx, PyObject o, PyObject cls)
    {
        switch (cls)
        {
            case PyType t:
                if (o is not PyType ot) throw PyErr.TypeError("issubclass() arg 1 must be a class");
                if (ot.IsSubtypeOf(t)) return true;
                if (t.Type != TypeObjects.Type && t.Type.Lookup("__subclasscheck__") is { } sc && sc is not PyBuiltin)
                    return Ops.IsTrue(ctx, Calls.CallDescriptor(ctx, sc, t, o));
                return false;
            case PyTuple tup:
                foreach (var c in tup.Items) if (IsSubclass(ctx, o, c)) return true;
                return false;
            case PyUnion u:
                foreach (var c in u.Args) if (IsSubclass(ctx, o, c is PyNone ? TypeObjects.NoneType : c)) return true;
                return false;
        }
        var check = cls.Type.Lookup("__subclasscheck__");
        if (check != null) return Ops.IsTrue(ctx, Calls.CallDescriptor(ctx, check, cls, o));
        throw PyErr.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static PyObject MinMax(PyContext ctx, PyObject[] args, string[]? kwnames, string name, CompareOp better)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, dflt = null;
        for (int i = 0; i < nkw; i++)
        {
            var v = args[npos + i];
            if (kwnames![i] == "key") key = v is PyNone ? null : v;
            else if (kwnames[i] == "default") dflt = v;
            else throw PyErr.TypeError($"'{kwnames[i]}' is an invalid keyword argument for {name}()");
        }
        if (npos == 0) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        IEnumerable<PyObject> items;
        if (npos == 1) items = Iteration.Enumerate(ctx, args[0]);
        else
        {
            if (dflt != null) throw PyErr.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            items = args[..npos];
        }
        PyObject? best = null, bestKey = null;
        foreach (var x in items)
        {
            var k = key == null ? x : key.Call1(ctx, x);
            if (best == null || Ops.CompareBool(ctx, k, bestKey!, better))
            {
                best = x;
                bestKey = k;
            }
        }
        return best ?? dflt ?? throw PyErr.ValueError($"{name}() arg is an empty sequence");
    }

    private static PyObject Sum(PyContext ctx, PyObject _, PyObject[] args, string[]? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos == 0) throw PyErr.TypeError("sum() takes at least 1 positional argument (0 given)");
        // iterable is positional-only: an empty name can never match a keyword.
        var p = new ArgParser("sum", args, kwnames, 2, new[] { "", "start" });
        var acc = p[1] ?? PyInt.Zero;
        if (acc is PyStr) throw PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc is PyBytes) throw PyErr.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (acc is PyByteArray) throw PyErr.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        // CPython 3.11 adds floats one by one (compensated summation came in 3.12).
        foreach (var x in Iteration.Enumerate(ctx, p.Required(0, "iterable"))) acc = Ops.Add(ctx, acc, x);
        return acc;
    }

    private static PyObject Reversed(PyContext ctx, PyObject o)
    {
        switch (o)
        {
            case PyList l: return new ReversedListIterator(l);
            case PyTuple or PyStr: return new ReversedIterator(o, o is PyTuple t ? t.Count : ((PyStr)o).Length);
            case PyRange r: return new RangeIterator(r.Start + (r.Length - 1) * r.Step, -r.Step, r.Length);
        }
        var slot = o.Type.Lookup("__reversed__");
        if (slot != null)
        {
            if (slot is PyNone) throw PyErr.TypeError($"'{o.Type.Name}' object is not reversible");
            return Calls.CallDescriptor(ctx, slot, o);
        }
        if (o.Type.Lookup("__getitem__") != null && o.Type.Lookup("__len__") != null && o is not PyDict)
            return new ReversedIterator(o, Ops.Len(ctx, o));
        throw PyErr.TypeError($"'{o.Type.Name}' object is not reversible");
    }

    public static PyObject PowMod(PyContext ctx, PyObject b, PyObject e, PyObject m)
    {
        if (b is not PyIntegral || e is not PyIntegral || m is not PyIntegral)
        {
            var slot = b.Type.Lookup("__pow__");
            if (slot != null && b is PyInstance) return Attributes.Bind(ctx, slot, b, b.Type).Call2(ctx, e, m);
            throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        var mod = ((PyIntegral)m).ToBig();
        if (mod.IsZero) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
        var exp = ((PyIntegral)e).ToBig();
        var bas = ((PyIntegral)b).ToBig();
        if (exp.Sign < 0)
        {
            bas = ModInverse(bas, mod);
            exp = -exp;
        }
        var r = BigInteger.ModPow(bas, exp, BigInteger.Abs(mod));
        if (!r.IsZero && (r.Sign < 0) != (mod.Sign < 0)) r += mod;
        if (r.Sign < 0 && mod.Sign > 0) r += mod;
        return PyInt.From(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = BigInteger.Abs(m), x = 0, x1 = 1, a1 = ((a % g) + g) % g;
        BigInteger b1 = g;
        while (a1 != 0)
        {
            var q = b1 / a1;
            (b1, a1) = (a1, b1 - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (b1 != 1) throw PyErr.ValueError("base is not invertible for the given modulus");
        return ((x % g) + g) % g;
    }

    /// <summary>Attribute names for dir(): instance dict, then the class hierarchy.</summary>
    public static PyObject[] DirOf(PyContext ctx, PyObject o)
    {
        var names = new HashSet<string>();
        if (o is PyModule m) foreach (var (n, _) in m.Items()) names.Add(n);
        else
        {
            if (o.InstanceDict is { } d) foreach (var k in d.Keys()) if (k is PyStr s) names.Add(s.Value);
            var types = o is PyType t ? t.Mro : o.Type.Mro;
            foreach (var ty in types)
            {
                foreach (var k in ty.Dict.Keys())
                {
                    // Built-in types compute __module__, and object has no __dict__ of its own, as in CPython.
                    if (k is not PyStr s || (!ty.IsHeapType && s.Value == "__module__") || (ReferenceEquals(ty, TypeObjects.Object) && s.Value == "__dict__")) continue;
                    names.Add(s.Value);
                }
                if (ty.IsHeapType && !ty.IsBaseException)
                {
                    if (ty.HasInstanceDict) names.Add("__dict__");
                    if (ty.SlotNames == null && ty.NativeBase == null) names.Add("__weakref__");
                }
            }
        }
        return names.OrderBy(n => n, StringComparer.Ordinal).Select(n => (PyObject)new PyStr(n)).ToArray();
    }
}

/// <summary>id(): a stable number per object for its lifetime.</summary>
public static class ObjectIds
{
    private static readonly ConditionalWeakTable<PyObject, object> s_ids = new();
    private static long s_next = 0x7f0000001000;

    public static long Get(PyObject o) => (long)s_ids.GetValue(o, _ => Interlocked.Add(ref s_next, 16));
}
