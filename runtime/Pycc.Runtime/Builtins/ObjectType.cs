using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

/// <summary>`object` and `type`: instance creation, the attribute hooks, class creation.</summary>
public static partial class TypeObjects
{
    public static PyObject ObjectDelAttr = null!;

    private static void InstallObject()
    {
        var o = Object;
        o.DefStatic("__new__", (ctx, _, args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls) throw PyErr.TypeError("object.__new__(X): X is not a type object");
            if (args.Length > 1 && ReferenceEquals(cls.Lookup("__init__"), o.Dict.GetStr("__init__")))
                throw PyErr.TypeError($"{cls.Name}() takes no arguments");
            return NewInstance(cls);
        });
        o.DefKw("__init__", (ctx, self, args, kw) =>
        {
            if (args.Length > 0 && !ReferenceEquals(self.Type.Lookup("__init__"), o.Dict.GetStr("__init__")))
                throw PyErr.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            if (args.Length > 0 && ReferenceEquals(self.Type.Lookup("__new__"), o.Dict.GetStr("__new__")))
                throw PyErr.TypeError($"{self.Type.Name}() takes no arguments");
            return PyNone.Instance;
        });
        ObjectGetAttribute = o.Def("__getattribute__", (ctx, self, name) =>
            Attributes.ObjectGetAttribute(ctx, self, Conversions.ToStr(name, "attribute name")) ?? throw PyErr.NoAttribute(self, ((PyStr)name).Value));
        ObjectSetAttr = o.Def("__setattr__", (ctx, self, name, value) =>
        {
            Attributes.ObjectSetAttribute(ctx, self, Conversions.ToStr(name, "attribute name"), value);
            return PyNone.Instance;
        });
        ObjectDelAttr = o.Def("__delattr__", (ctx, self, name) =>
        {
            Attributes.ObjectDelAttribute(ctx, self, Conversions.ToStr(name, "attribute name"));
            return PyNone.Instance;
        });
        o.Def("__repr__", (ctx, self) => new PyStr(Ops.DefaultRepr(self)));
        o.Def("__str__", (ctx, self) => Ops.Repr(ctx, self));
        o.Def("__hash__", (ctx, self) => PyInt.Get(RuntimeHelpers.GetHashCode(self)));
        o.Def("__eq__", (ctx, self, other) => ReferenceEquals(self, other) ? PyBool.True : PySingleton.NotImplemented);
        // object.__ne__ inverts the type's __eq__, passing NotImplemented through.
        o.Def("__ne__", (ctx, self, other) =>
        {
            var eqSlot = self.Type.Lookup("__eq__");
            if (eqSlot == null) return PySingleton.NotImplemented;
            var eq = Calls.CallDescriptor(ctx, eqSlot, self, other);
            if (ReferenceEquals(eq, PySingleton.NotImplemented)) return eq;
            return PyBool.Of(!Ops.IsTrue(ctx, eq));
        });
        foreach (var cmp in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            o.Def(cmp, (ctx, self, other) => PySingleton.NotImplemented);
        o.Def("__format__", (ctx, self, spec) =>
        {
            var s = Conversions.ToStr(spec, "format spec");
            if (s.Length > 0) throw PyErr.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
            return Ops.Str(ctx, self);
        });
        o.Def("__dir__", (ctx, self) => new PyList(BuiltinFunctions.DirOf(ctx, self)));
        o.DefClass("__init_subclass__", (ctx, cls, args, kw) =>
        {
            if (args.Length > 0 || (kw?.Length ?? 0) > 0)
                throw PyErr.TypeError($"{((PyType)cls).Name}.__init_subclass__() takes no keyword arguments");
            return PyNone.Instance;
        });
        o.Def("__reduce_ex__", (ctx, self, proto) => throw PyErr.TypeError($"cannot pickle '{self.Type.Name}' object"));
        o.Def("__sizeof__", (ctx, self) => PyInt.Get(16));
        o.Property("__class__", (ctx, self) => self.Type, (ctx, self, value) =>
        {
            if (self is not PyInstance inst || value is not PyType t || !t.IsHeapType)
                throw PyErr.TypeError("__class__ assignment only supported for heap types or ModuleType subclasses");
            inst.Class = t;
        });
        o.Property("__dict__", (ctx, self) => self is PyModule m ? m.DictView : (PyObject?)self.InstanceDict
            ?? throw PyErr.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'"));
        o.Dict.SetStr("__doc__", new PyStr("The base class of the class hierarchy."));
    }

    /// <summary>A fresh instance of a class: a PyInstance, or an exception object for exception classes.</summary>
    public static PyObject NewInstance(PyType cls)
    {
        if (cls.IsBaseException) return new PyBaseException(cls, PyTuple.Empty);
        if ((!cls.IsHeapType && !ReferenceEquals(cls, Object)) || cls.NativeBase != null)
            throw PyErr.TypeError($"object.__new__({cls.Name}) is not safe, use {(cls.NativeBase ?? cls).Name}.__new__()");
        return new PyInstance(cls);
    }

    /// <summary>For built-in types' __new__: the value itself, or a subclass instance wrapping it.</summary>
    public static PyObject WrapNative(PyObject cls, PyType builtin, PyObject value)
    {
        if (ReferenceEquals(cls, builtin)) return value;
        if (cls is not PyType t || !t.IsSubtypeOf(builtin))
            throw PyErr.TypeError($"{builtin.Name}.__new__({Ops.ReprString(PyContext.Current, cls)}): {Ops.ReprString(PyContext.Current, cls)} is not a subtype of {builtin.Name}");
        return new PyInstance(t) { Native = value };
    }

    private static void InstallType()
    {
        var t = Type;
        t.DefStatic("__new__", (ctx, _, args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = args.Length - nkw;
            if (npos == 2 && args[0] == Type && nkw == 0) return args[1].Type;
            if (npos != 4) throw PyErr.TypeError("type() takes 1 or 3 arguments");
            var meta = args[0] as PyType ?? throw PyErr.TypeError("type.__new__(X): X is not a type object");
            var name = Conversions.ToStr(args[1], "type.__new__() argument 1");
            var bases = args[2] as PyTuple ?? throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {args[2].Type.Name}");
            var ns = args[3] as PyDict ?? throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {args[3].Type.Name}");
            var kwargs = new PyDict();
            for (int i = 0; i < nkw; i++) kwargs.SetStr(kw![i], args[args.Length - nkw + i]);
            return Classes.CreateType(ctx, meta, name, bases.Items, ns, kwargs);
        });
        t.DefKw("__init__", (ctx, self, args, kw) => PyNone.Instance);
        t.DefClass("__prepare__", (ctx, cls, args, kw) => new PyDict());
        t.DefKw("__call__", (ctx, self, args, kw) => Classes.CallType(ctx, (PyType)self, args, kw));
        TypeGetAttribute = t.Def("__getattribute__", (ctx, self, name) =>
            Attributes.TypeGetAttribute(ctx, (PyType)self, Conversions.ToStr(name, "attribute name")) ?? throw PyErr.NoAttribute(self, ((PyStr)name).Value));
        TypeSetAttr = t.Def("__setattr__", (ctx, self, name, value) =>
        {
            Attributes.TypeSetAttribute(ctx, (PyType)self, Conversions.ToStr(name, "attribute name"), value);
            return PyNone.Instance;
        });
        t.Def("__delattr__", (ctx, self, name) =>
        {
            var ty = (PyType)self;
            var n = Conversions.ToStr(name, "attribute name");
            if (!ty.IsHeapType) throw PyErr.TypeError($"cannot set '{n}' attribute of immutable type '{ty.Name}'");
            if (!ty.Dict.RemoveStr(n)) throw PyErr.AttributeError($"type object '{ty.Name}' has no attribute '{n}'");
            PyType.InvalidateCaches();
            return PyNone.Instance;
        });
        t.Def("__repr__", (ctx, self) =>
        {
            var ty = (PyType)self;
            var mod = ty.Dict.GetStr("__module__") is PyStr m && m.Value != "builtins" ? m.Value + "." : "";
            return new PyStr($"<class '{mod}{ty.QualName}'>");
        });
        t.Def("mro", (ctx, self) => new PyList(((PyType)self).Mro.Cast<PyObject>().ToArray()));
        t.Def("__subclasses__", (ctx, self) => new PyList(((PyType)self).Subclasses(ctx.Runtime).ToArray<PyObject>()));
        t.Def("__instancecheck__", (ctx, self, inst) => PyBool.Of(inst.Type.IsSubtypeOf((PyType)self)));
        t.Def("__subclasscheck__", (ctx, self, sub) => PyBool.Of(sub is PyType st && st.IsSubtypeOf((PyType)self)));
        t.Def("__or__", (ctx, self, other) => Classes.UnionType(self, other));
        t.Def("__ror__", (ctx, self, other) => Classes.UnionType(other, self));
        t.Def("__dir__", (ctx, self) => new PyList(BuiltinFunctions.DirOf(ctx, self)));
        t.Property("__name__", (ctx, self) => new PyStr(((PyType)self).Name), (ctx, self, v) => ((PyType)self).Name = Conversions.ToStr(v, "__name__"));
        t.Property("__qualname__", (ctx, self) => new PyStr(((PyType)self).QualName), (ctx, self, v) => ((PyType)self).QualName = Conversions.ToStr(v, "__qualname__"));
        t.Property("__bases__", (ctx, self) => PyTuple.Of(((PyType)self).Bases.Cast<PyObject>().ToArray()));
        t.Property("__base__", (ctx, self) => ((PyType)self).Bases.Length > 0 ? ((PyType)self).Bases[0] : PyNone.Instance);
        t.Property("__mro__", (ctx, self) => PyTuple.Of(((PyType)self).Mro.Cast<PyObject>().ToArray()));
        t.Property("__dict__", (ctx, self) => new PyMappingProxy(((PyType)self).Dict));
        t.Property("__module__", (ctx, self) => ((PyType)self).Dict.GetStr("__module__") ?? new PyStr("builtins"),
            (ctx, self, v) => ((PyType)self).Dict.SetStr("__module__", v));
        t.Property("__doc__", (ctx, self) => ((PyType)self).Dict.GetStr("__doc__") ?? PyNone.Instance);
        t.Property("__abstractmethods__", (ctx, self) => ((PyType)self).Dict.GetStr("__abstractmethods__") ?? throw PyErr.AttributeError("__abstractmethods__"),
            (ctx, self, v) => { ((PyType)self).Dict.SetStr("__abstractmethods__", v); PyType.InvalidateCaches(); });
    }
}

/// <summary>A read-only view of a class namespace (`C.__dict__`).</summary>
public sealed class PyMappingProxy : PyObject
{
    public readonly PyDict Dict;
    public PyMappingProxy(PyDict d) { Dict = d; }
    public override PyType Type => TypeObjects.MappingProxy;
    public override PyObject GetIter(PyContext ctx) => Dict.GetIter(ctx);
}
