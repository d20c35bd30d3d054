namespace Pycc.Runtime;

/// <summary>Functions, methods, generators, descriptors, modules, None and iterators.</summary>
public static partial class TypeObjects
{

    private static void InstallMisc()
    {
        var f = Function;
        f.Property("__name__", (ctx, s) => new PyStr(((PyFunction)s).Name), (ctx, s, v) => ((PyFunction)s).Name = Conversions.ToStr(v, "__name__"));
        f.Property("__qualname__", (ctx, s) => new PyStr(((PyFunction)s).QualName), (ctx, s, v) => ((PyFunction)s).QualName = Conversions.ToStr(v, "__qualname__"));
        f.Property("__doc__", (ctx, s) => ((PyFunction)s).Doc, (ctx, s, v) => ((PyFunction)s).Doc = v);
        f.Property("__module__", (ctx, s) => ((PyFunction)s).Module, (ctx, s, v) => ((PyFunction)s).Module = v);
        f.Property("__defaults__", (ctx, s) => ((PyFunction)s).Defaults is { } d ? PyTuple.Of(d) : PyNone.Instance,
            (ctx, s, v) => ((PyFunction)s).Defaults = v is PyNone ? null : Iteration.ToArray(ctx, v));
        f.Property("__kwdefaults__", (ctx, s) => (PyObject?)((PyFunction)s).KwDefaults ?? PyNone.Instance,
            (ctx, s, v) => ((PyFunction)s).KwDefaults = v as PyDict);
        f.Property("__closure__", (ctx, s) => ((PyFunction)s).Closure is { } c ? PyTuple.Of(c) : PyNone.Instance);
        f.Property("__code__", (ctx, s) => ((PyFunction)s).Code);
        f.Property("__globals__", (ctx, s) => ((PyFunction)s).Globals.DictView);
        f.Property("__annotations__", (ctx, s) => ((PyFunction)s).Annotations ??= new PyDict(), (ctx, s, v) => ((PyFunction)s).Annotations = v);
        f.Property("__dict__", (ctx, s) => s.InstanceDict!);
        f.Def("__get__", (ctx, s, inst, owner) => inst is PyNone ? s : new PyMethod(s, inst));
        f.Def("__repr__", (ctx, s) => new PyStr($"<function {((PyFunction)s).QualName} at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(s):x12}>"));
        f.DefKw("__call__", (ctx, s, a, kw) => s.Call(ctx, a, kw));

        Code.Property("co_name", (ctx, s) => new PyStr(((PyCode)s).Name));
        Code.Property("co_qualname", (ctx, s) => new PyStr(((PyCode)s).QualName));
        Code.Property("co_filename", (ctx, s) => new PyStr(((PyCode)s).FileName));
        Code.Property("co_firstlineno", (ctx, s) => PyInt.Get(((PyCode)s).FirstLine));
        Code.Property("co_argcount", (ctx, s) => PyInt.Get(((PyCode)s).ArgCount));
        Code.Property("co_posonlyargcount", (ctx, s) => PyInt.Get(((PyCode)s).PosOnlyCount));
        Code.Property("co_kwonlyargcount", (ctx, s) => PyInt.Get(((PyCode)s).KwOnlyCount));
        Code.Property("co_varnames", (ctx, s) => PyTuple.Of(((PyCode)s).ParamNames.Select(n => (PyObject)new PyStr(n)).ToArray()));
        Code.Property("co_flags", (ctx, s) => PyInt.Get(CpythonCodeFlags((PyCode)s)));

        Method.Property("__self__", (ctx, s) => ((PyMethod)s).Self);
        Method.Property("__func__", (ctx, s) => ((PyMethod)s).Function);
        Method.Property("__name__", (ctx, s) => Ops.GetAttr(ctx, ((PyMethod)s).Function, "__name__"));
        Method.Property("__qualname__", (ctx, s) => Ops.GetAttr(ctx, ((PyMethod)s).Function, "__qualname__"));
        Method.Property("__doc__", (ctx, s) => Ops.GetAttr(ctx, ((PyMethod)s).Function, "__doc__"));
        Method.Def("__repr__", (ctx, s) =>
        {
            var m = (PyMethod)s;
            var qn = Ops.StrString(ctx, Ops.GetAttr(ctx, m.Function, "__qualname__"));
            return new PyStr($"<bound method {qn} of {Ops.ReprString(ctx, m.Self)}>");
        });
        Method.DefKw("__call__", (ctx, s, a, kw) => s.Call(ctx, a, kw));
        Method.Def("__eq__", (ctx, s, o) => PyBool.Of(o is PyMethod m2 && ReferenceEquals(((PyMethod)s).Function, m2.Function) && ReferenceEquals(((PyMethod)s).Self, m2.Self)));
        Method.Def("__hash__", (ctx, s) => PyInt.Get(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(((PyMethod)s).Self) ^ System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(((PyMethod)s).Function)));

        foreach (var bt in new[] { BuiltinFunction, MethodDescriptor })
        {
            bt.Property("__name__", (ctx, s) => new PyStr(((PyBuiltin)s).Name));
            bt.Property("__qualname__", (ctx, s) => new PyStr(((PyBuiltin)s).Owner is { } o ? o.Name + "." + ((PyBuiltin)s).Name : ((PyBuiltin)s).Name));
            bt.Property("__doc__", (ctx, s) => ((PyBuiltin)s).Doc is { } d ? new PyStr(d) : PyNone.Instance);
            bt.Property("__self__", (ctx, s) => ((PyBuiltin)s).Self ?? PyNone.Instance);
            bt.Def("__repr__", (ctx, s) => new PyStr(s.ToString()));
            bt.DefKw("__call__", (ctx, s, a, kw) => s.Call(ctx, a, kw));
        }
        MethodDescriptor.Def("__get__", (ctx, s, inst, owner) => inst is PyNone ? s : ((PyBuiltin)s).Bind(inst));

        var g = Generator;
        g.Def("__iter__", (ctx, s) => s);
        g.Def("__next__", (ctx, s) => ((PyGenerator)s).Send(ctx, PyNone.Instance));
        g.Def("send", (ctx, s, v) => ((PyGenerator)s).Send(ctx, v));
        g.DefVar("throw", (ctx, s, a) => ((PyGenerator)s).Throw(ctx, Generators.MakeThrown(ctx, a)));
        g.Def("close", (ctx, s) => { ((PyGenerator)s).Close(ctx); return PyNone.Instance; });
        g.Property("__name__", (ctx, s) => new PyStr(((PyGenerator)s).Name));
        g.Property("__qualname__", (ctx, s) => new PyStr(((PyGenerator)s).QualName));
        g.Property("gi_running", (ctx, s) => PyBool.Of(((PyGenerator)s).Running));
        g.Property("gi_frame", (ctx, s) => ((PyGenerator)s).Finished ? PyNone.Instance : new PyStr("<frame>"));
        g.Def("__repr__", (ctx, s) => new PyStr($"<generator object {((PyGenerator)s).QualName} at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(s):x12}>"));

        Iterator.Def("__iter__", (ctx, s) => s);
        Iterator.Def("__next__", (ctx, s) => s.IterNext(ctx) ?? throw PyErr.StopIteration(null));

        var p = Property;
        p.Def("__get__", (ctx, s, inst, owner) => inst is PyNone ? s : Attributes.Bind(ctx, s, inst, inst.Type));
        p.Def("__set__", (ctx, s, inst, v) =>
        {
            var setter = ((PyProperty)s).Setter ?? throw PyErr.AttributeError("can't set attribute");
            setter.Call2(ctx, inst, v);
            return PyNone.Instance;
        });
        p.Property("fget", (ctx, s) => ((PyProperty)s).Getter ?? PyNone.Instance);
        p.Property("fset", (ctx, s) => ((PyProperty)s).Setter ?? PyNone.Instance);
        p.Property("fdel", (ctx, s) => ((PyProperty)s).Deleter ?? PyNone.Instance);
        p.Property("__doc__", (ctx, s) => ((PyProperty)s).Doc, (ctx, s, v) => ((PyProperty)s).Doc = v);
        p.Property("__isabstractmethod__", (ctx, s) =>
        {
            var pr = (PyProperty)s;
            bool abs = new[] { pr.Getter, pr.Setter, pr.Deleter }.Any(x => x?.GetAttrOrNull(ctx, "__isabstractmethod__") is PyObject v && Ops.IsTrue(ctx, v));
            return PyBool.Of(abs);
        });
        p.Def("getter", (ctx, s, fn) => { var o = (PyProperty)s; return new PyProperty(fn, o.Setter, o.Deleter, null); });
        p.Def("setter", (ctx, s, fn) => { var o = (PyProperty)s; return new PyProperty(o.Getter, fn, o.Deleter, o.Doc); });
        p.Def("deleter", (ctx, s, fn) => { var o = (PyProperty)s; return new PyProperty(o.Getter, o.Setter, fn, o.Doc); });

        StaticMethod.Property("__func__", (ctx, s) => ((PyStaticMethod)s).Function);
        StaticMethod.Def("__get__", (ctx, s, inst, owner) => ((PyStaticMethod)s).Function);
        StaticMethod.Property("__isabstractmethod__", (ctx, s) => ((PyStaticMethod)s).Function.GetAttrOrNull(ctx, "__isabstractmethod__") ?? PyBool.False);
        ClassMethod.Property("__func__", (ctx, s) => ((PyClassMethod)s).Function);
        ClassMethod.Def("__get__", (ctx, s, inst, owner) => new PyMethod(((PyClassMethod)s).Function, owner is PyNone ? inst.Type : owner));
        ClassMethod.Property("__isabstractmethod__", (ctx, s) => ((PyClassMethod)s).Function.GetAttrOrNull(ctx, "__isabstractmethod__") ?? PyBool.False);

        Super.Def("__repr__", (ctx, s) =>
        {
            var sp = (PySuper)s;
            return new PyStr(sp.ObjType != null ? $"<super: <class '{sp.StartAfter.Name}'>, <{sp.ObjType.Name} object>>" : $"<super: <class '{sp.StartAfter.Name}'>, NULL>");
        });
        Super.Property("__thisclass__", (ctx, s) => ((PySuper)s).StartAfter);
        Super.Property("__self__", (ctx, s) => ((PySuper)s).Obj ?? PyNone.Instance);

        NoneType.Def("__repr__", (ctx, s) => new PyStr("None"));
        NoneType.Def("__bool__", (ctx, s) => PyBool.False);
        NoneType.DefStatic("__new__", (ctx, _, a, kw) => a.Length == 1 ? PyNone.Instance : throw PyErr.TypeError("NoneType takes no arguments"));
        NotImplementedType.Def("__repr__", (ctx, s) => new PyStr("NotImplemented"));
        EllipsisType.Def("__repr__", (ctx, s) => new PyStr("Ellipsis"));

        Module.Def("__repr__", (ctx, s) =>
        {
            var m = (PyModule)s;
            return new PyStr(m.Get("__file__") is PyStr file ? $"<module '{m.Name}' from '{file.Value}'>" : $"<module '{m.Name}' (built-in)>");
        });
        Module.Def("__dir__", (ctx, s) =>
        {
            var m = (PyModule)s;
            // A module may define its own __dir__ (PEP 562).
            if (m.Get("__dir__") is { } custom) return custom.Call0(ctx);
            return new PyList(m.Items().Select(i => (PyObject)new PyStr(i.name)).ToArray());
        });
        Module.DefStatic("__new__", (ctx, _, a, kw) =>
        {
            if (a.Length < 2) throw PyErr.TypeError("module.__new__() missing required argument 'name'");
            var m = new PyModule(Conversions.ToStr(a[1], "module name"), ctx.Runtime.Builtins);
            m.Set("__doc__", a.Length > 2 ? a[2] : PyNone.Instance);
            return m;
        });

        var io = TextIOWrapper;
        io.Def("write", (ctx, s, text) =>
        {
            var str = text as PyStr ?? throw PyErr.TypeError($"write() argument must be str, not {text.Type.Name}");
            ((PyStdStream)s).Write(str.Value);
            return PyInt.Get(str.Length);
        });
        io.Def("flush", (ctx, s) => { ((PyStdStream)s).Flush(); return PyNone.Instance; });
        io.DefVar("readline", (ctx, s, a) => new PyStr(((PyStdStream)s).ReadLine(ctx)));
        io.DefVar("read", (ctx, s, a) => new PyStr(((PyStdStream)s).ReadAll(ctx)));
        io.Def("readlines", (ctx, s) =>
        {
            var list = new PyList();
            var stream = (PyStdStream)s;
            for (var line = stream.ReadLine(ctx); line.Length > 0; line = stream.ReadLine(ctx)) list.Append(new PyStr(line));
            return list;
        });
        io.Def("__iter__", (ctx, s) => s);
        io.Def("__next__", (ctx, s) => ((PyStdStream)s).ReadLine(ctx) is { Length: > 0 } line ? new PyStr(line) : throw PyErr.StopIteration(null));
        io.Def("isatty", (ctx, s) => PyBool.False);
        io.Def("writable", (ctx, s) => PyBool.Of(((PyStdStream)s).CanWrite));
        io.Def("readable", (ctx, s) => PyBool.Of(!((PyStdStream)s).CanWrite));
        io.Def("fileno", (ctx, s) => PyInt.Get(((PyStdStream)s).Name switch { "<stdin>" => 0, "<stdout>" => 1, _ => 2 }));
        io.Property("encoding", (ctx, s) => new PyStr("utf-8"));
        io.Property("name", (ctx, s) => new PyStr(((PyStdStream)s).Name));
        io.Def("__repr__", (ctx, s) => new PyStr($"<_io.TextIOWrapper name='{((PyStdStream)s).Name}' mode='{(((PyStdStream)s).CanWrite ? "w" : "r")}' encoding='utf-8'>"));

        // globals() / module.__dict__: a live mapping over the module's cells.
        var md = ModuleDict;
        static PyModule Mod(PyObject s) => ((PyModuleDict)s).Module;
        static string Key(PyObject k) => k as PyStr is { } ks ? ks.Value : throw PyErr.TypeError("module namespace keys must be str");
        md.Def("__getitem__", (ctx, s, k) => Mod(s).Get(Key(k)) ?? throw PyErr.KeyError(k));
        md.Def("__setitem__", (ctx, s, k, v) => { Mod(s).Set(Key(k), v); return PyNone.Instance; });
        md.Def("__delitem__", (ctx, s, k) => Mod(s).Delete(Key(k)) ? PyNone.Instance : throw PyErr.KeyError(k));
        md.Def("__contains__", (ctx, s, k) => PyBool.Of(k is PyStr ks && Mod(s).Get(ks.Value) != null));
        md.Def("__len__", (ctx, s) => PyInt.Get(Mod(s).Items().Count()));
        md.Def("__iter__", (ctx, s) => s.GetIter(ctx));
        md.DefVar("get", (ctx, s, a) => (a[0] is PyStr ks ? Mod(s).Get(ks.Value) : null) ?? (a.Length > 1 ? a[1] : PyNone.Instance));
        md.Def("keys", (ctx, s) => new PyList(Mod(s).Items().Select(i => (PyObject)new PyStr(i.name)).ToArray()));
        md.Def("values", (ctx, s) => new PyList(Mod(s).Items().Select(i => i.value).ToArray()));
        md.Def("items", (ctx, s) => new PyList(Mod(s).Items().Select(i => (PyObject)PyTuple.Of(new PyStr(i.name), i.value)).ToArray()));
        md.Def("copy", (ctx, s) => ((PyModuleDict)s).Snapshot());
        md.DefVar("pop", (ctx, s, a) =>
        {
            var v = Mod(s).Get(Key(a[0]));
            if (v == null) return a.Length > 1 ? a[1] : throw PyErr.KeyError(a[0]);
            Mod(s).Delete(Key(a[0]));
            return v;
        });
        md.DefVar("setdefault", (ctx, s, a) =>
        {
            var v = Mod(s).Get(Key(a[0]));
            if (v != null) return v;
            var dv = a.Length > 1 ? a[1] : PyNone.Instance;
            Mod(s).Set(Key(a[0]), dv);
            return dv;
        });
        md.DefKw("update", (ctx, s, a, kw) =>
        {
            var tmp = new PyDict();
            DictMethods.Update(ctx, tmp, a, kw, "update");
            foreach (var (k, v) in tmp.Pairs()) Mod(s).Set(Key(k), v);
            return PyNone.Instance;
        });
        md.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.Dict(ctx, ((PyModuleDict)s).Snapshot())));
        md.Def("__eq__", (ctx, s, o) => Ops.RichCompare(ctx, ((PyModuleDict)s).Snapshot(), o, CompareOp.Eq));

        var mp = MappingProxy;
        mp.Def("__getitem__", (ctx, s, k) => ((PyMappingProxy)s).Dict.GetItemOrNull(ctx, k) ?? throw PyErr.KeyError(k));
        mp.Def("__contains__", (ctx, s, k) => PyBool.Of(((PyMappingProxy)s).Dict.ContainsKey(ctx, k)));
        mp.Def("__len__", (ctx, s) => PyInt.Get(((PyMappingProxy)s).Dict.Count));
        mp.Def("__iter__", (ctx, s) => ((PyMappingProxy)s).Dict.GetIter(ctx));
        mp.DefVar("get", (ctx, s, a) => ((PyMappingProxy)s).Dict.GetItemOrNull(ctx, a[0]) ?? (a.Length > 1 ? a[1] : PyNone.Instance));
        mp.Def("keys", (ctx, s) => new PyDictView(((PyMappingProxy)s).Dict, DictIterKind.Keys));
        mp.Def("values", (ctx, s) => new PyDictView(((PyMappingProxy)s).Dict, DictIterKind.Values));
        mp.Def("items", (ctx, s) => new PyDictView(((PyMappingProxy)s).Dict, DictIterKind.Items));
        mp.Def("copy", (ctx, s) => ((PyMappingProxy)s).Dict.Copy());
        mp.Def("__repr__", (ctx, s) => new PyStr("mappingproxy(" + ContainerRepr.Dict(ctx, ((PyMappingProxy)s).Dict) + ")"));

        Cell.Property("cell_contents", (ctx, s) => ((PyCell)s).Value ?? throw PyErr.ValueError("Cell is empty"), (ctx, s, v) => ((PyCell)s).Value = v);
        Slice.Property("start", (ctx, s) => ((PySlice)s).Start);
        Slice.Property("stop", (ctx, s) => ((PySlice)s).Stop);
        Slice.Property("step", (ctx, s) => ((PySlice)s).Step);
        Slice.Def("indices", (ctx, s, n) =>
        {
            var (start, stop, step, _) = ((PySlice)s).Indices(ctx, Conversions.IndexToLong(ctx, n));
            return PyTuple.Of(PyInt.Get(start), PyInt.Get(stop), PyInt.Get(step));
        });
        Slice.Def("__repr__", (ctx, s) =>
        {
            var sl = (PySlice)s;
            return new PyStr($"slice({Ops.ReprString(ctx, sl.Start)}, {Ops.ReprString(ctx, sl.Stop)}, {Ops.ReprString(ctx, sl.Step)})");
        });
        Slice.Def("__eq__", (ctx, s, o) => o is PySlice b2
            ? PyBool.Of(Ops.EqBool(ctx, PyTuple.Of(((PySlice)s).Start, ((PySlice)s).Stop, ((PySlice)s).Step), PyTuple.Of(b2.Start, b2.Stop, b2.Step)))
            : PySingleton.NotImplemented);
        GenericAlias.Def("__repr__", (ctx, s) =>
        {
            var ga = (PyGenericAlias)s;
            var args = ga.Args is PyTuple t ? t.Items : new[] { ga.Args };
            string Name(PyObject o) => o is PyType ty ? ty.Name : o is PySingleton { Repr: "Ellipsis" } ? "..." : Ops.ReprString(ctx, o);
            return new PyStr($"{Name(ga.Origin)}[{string.Join(", ", args.Select(Name))}]");
        });
        GenericAlias.Property("__origin__", (ctx, s) => ((PyGenericAlias)s).Origin);
        GenericAlias.Property("__args__", (ctx, s) => ((PyGenericAlias)s).Args is PyTuple t ? t : PyTuple.Of(((PyGenericAlias)s).Args));
        Union.Def("__repr__", (ctx, s) => new PyStr(string.Join(" | ", ((PyUnion)s).Args.Select(a => a is PyType t ? t.Name : a is PyNone ? "None" : Ops.ReprString(ctx, a)))));
        Union.Property("__args__", (ctx, s) => PyTuple.Of(((PyUnion)s).Args));
    }

    private static int CpythonCodeFlags(PyCode c)
    {
        int flags = 0x3; // OPTIMIZED | NEWLOCALS
        if (c.HasVarArgs) flags |= 0x4;
        if (c.HasVarKeywords) flags |= 0x8;
        if ((c.Flags & CodeFlags.Generator) != 0) flags |= 0x20;
        if ((c.Flags & CodeFlags.Coroutine) != 0) flags |= 0x80;
        if ((c.Flags & CodeFlags.AsyncGenerator) != 0) flags |= 0x200;
        return flags;
    }
}
