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
        InstallRangeAndSlice();
        InstallSets();
        InstallBytes();
        TypeObjects.InstallMemoryView();
        Codecs.InstallUnicodeErrors();
        InstallObjectExtras();
    }

    /// <summary>The rest of object's protocol methods: __getstate__, __reduce__, __subclasshook__.</summary>
    private static void InstallObjectExtras()
    {
        var o = TypeObjects.Object;
        o.Def("__getstate__", (ctx, s) => s.InstanceDict is { Count: > 0 } d ? d : PyNone.Instance);
        o.Def("__reduce__", (ctx, s) => throw PyErr.TypeError($"cannot pickle '{s.Type.Name}' object"));
        o.DefClass("__subclasshook__", (ctx, cls, a, kw) => PySingleton.NotImplemented);
        TypeObjects.Str.Def("__rmod__", (ctx, s, o2) => PySingleton.NotImplemented);
        TypeObjects.Bytes.Def("__rmod__", (ctx, s, o2) => PySingleton.NotImplemented);
    }

    private static void InstallReprs()
    {
        TypeObjects.List.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.List(ctx, (PyList)s)));
        TypeObjects.Tuple.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.Tuple(ctx, (PyTuple)s)));
        TypeObjects.Dict.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.Dict(ctx, (PyDict)s)));
        // A subclass instance shows its own class name: MySet({1, 2}).
        TypeObjects.Set.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.Set(ctx, BuiltinArgs.Native<PySet>(s), s.Type))).KeepsSubclassInstance = true;
        TypeObjects.FrozenSet.Def("__repr__", (ctx, s) => new PyStr(ContainerRepr.Set(ctx, BuiltinArgs.Native<PySet>(s), s.Type))).KeepsSubclassInstance = true;
        TypeObjects.Bytes.Def("__repr__", (ctx, s) => new PyStr(s.ToString()));
        TypeObjects.ByteArray.Def("__repr__", (ctx, s) => new PyStr(s.ToString()));
        TypeObjects.Str.Def("__repr__", (ctx, s) => new PyStr(StrRepr.Quote(((PyStr)s).Value)));
        TypeObjects.Str.Def("__str__", (ctx, s) => s is PyStr ? s : new PyStr(((PyStr)s).Value));
        TypeObjects.Int.Def("__repr__", (ctx, s) => new PyStr(s is PyBigInt b ? IntFormat.ToDecimalSigned(b.Value) : s.ToString()!));
        TypeObjects.Bool.Def("__repr__", (ctx, s) => new PyStr(s.ToString()!));
        TypeObjects.Float.Def("__repr__", (ctx, s) => new PyStr(s.ToString()!));
    }
}
