namespace Pycc.Runtime;

public sealed partial class PyType
{
    /// <summary>Direct subclasses (for `__subclasses__`), held weakly as in CPython.</summary>
    private readonly List<WeakReference<PyType>> _subclasses = new();

    /// <summary>
    /// The subclass list of this type as seen by one runtime: a class's own list, or for a
    /// built-in type (shared by every runtime) the list its runtime keeps, so runtimes neither
    /// see each other's classes nor keep each other alive.
    /// </summary>
    private List<WeakReference<PyType>> SubclassList(PyRuntime rt) =>
        IsHeapType ? _subclasses : rt.BuiltinSubclasses.GetValue(this, static _ => new());

    public void AddSubclass(PyRuntime rt, PyType subclass)
    {
        var list = SubclassList(rt);
        list.RemoveAll(w => !w.TryGetTarget(out _));
        list.Add(new WeakReference<PyType>(subclass));
    }

    public PyType[] Subclasses(PyRuntime rt)
    {
        var live = new List<PyType>();
        foreach (var w in SubclassList(rt))
            if (w.TryGetTarget(out var t)) live.Add(t);
        return live.ToArray();
    }

    public override PyObject Call(PyContext ctx, PyObject[] args, string[]? kwnames)
    {
        var meta = Type;
        if (!ReferenceEquals(meta, TypeObjects.Type))
        {
            var call = meta.Lookup("__call__");
            if (call != null && !(call is PyBuiltin b && b.Owner == TypeObjects.Type))
                return Calls.CallBoundSlow(ctx, call, this, args, kwnames);
        }
        return Classes.CallType(ctx, this, args, kwnames);
    }

    /// <summary>For built-in types: `T(x)` without the generic __new__/__init__ protocol (str(x), int(x), list(x)...).</summary>
    public Func<PyContext, PyObject, PyObject>? Construct1;

    public override PyObject Call0(PyContext ctx) => Call(ctx, Array.Empty<PyObject>(), null);
    public override PyObject Call1(PyContext ctx, PyObject a) => Construct1 != null ? Construct1(ctx, a) : Call(ctx, new[] { a }, null);
    public override PyObject Call2(PyContext ctx, PyObject a, PyObject b) => Call(ctx, new[] { a, b }, null);
}

/// <summary>Class creation (`class` statements, `type(name, bases, ns)`) and instantiation.</summary>
public static class Classes
{
    /// <summary>type.__call__: __new__ then __init__.</summary>
    public static PyObject CallType(PyContext ctx, PyType cls, PyObject[] args, string[]? kwnames)
    {
        if (ReferenceEquals(cls, TypeObjects.Type) && args.Length == 1 && (kwnames?.Length ?? 0) == 0)
            return args[0].Type;
        var newFn = cls.Lookup("__new__") ?? throw PyErr.TypeError($"cannot create '{cls.Name}' instances");
        PyObject obj;
        if (newFn is PyBuiltin { Owner: null } && ReferenceEquals(newFn, ObjectNew) && cls.IsHeapType && !cls.IsBaseException)
        {
            if (args.Length > 0 && ReferenceEquals(cls.Lookup("__init__"), ObjectInit))
                throw PyErr.TypeError($"{cls.Name}() takes no arguments");
            obj = new PyInstance(cls);
        }
        else
        {
            var all = new PyObject[args.Length + 1];
            all[0] = cls;
            args.CopyTo(all, 1);
            var f = newFn is PyStaticMethod sm ? sm.Function : newFn;
            obj = f.Call(ctx, all, kwnames);
        }
        if (!obj.Type.IsSubtypeOf(cls)) return obj;
        var init = obj.Type.Lookup("__init__");
        if (init != null && !ReferenceEquals(init, ObjectInit))
        {
            var r = Calls.CallBoundSlow(ctx, init, obj, args, kwnames);
            if (r is not PyNone) throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        }
        return obj;
    }

    private static PyObject? s_objectNew, s_objectInit;
    private static PyObject ObjectNew => s_objectNew ??= ((PyStaticMethod)TypeObjects.Object.Dict.GetStr("__new__")!).Function;
    private static PyObject ObjectInit => s_objectInit ??= TypeObjects.Object.Dict.GetStr("__init__")!;

    /// <summary>The `class` statement: picks the metaclass, prepares the namespace, runs the body, creates the class.</summary>
    public static PyObject BuildClass(PyContext ctx, PyFunction body, string name, PyObject[] bases, string[]? kwnames, PyObject[]? kwvalues)
    {
        bases = ResolveMroEntries(ctx, bases);
        PyObject? meta = null;
        var kwargs = new PyDict();
        for (int i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            if (kwnames![i] == "metaclass") meta = kwvalues![i];
            else kwargs.SetStr(kwnames[i], kwvalues![i]);
        }
        if (meta == null) meta = bases.Length == 0 ? TypeObjects.Type : bases[0].Type;
        if (meta is PyType mt) meta = MostDerivedMetaclass(mt, bases);

        PyObject ns;
        var prepare = meta.GetAttrOrNull(ctx, "__prepare__");
        if (prepare != null && meta is not PyType { IsHeapType: false })
            ns = CallWithKw(ctx, prepare, new PyObject[] { new PyStr(name), PyTuple.Of(bases) }, kwargs);
        else ns = new PyDict();

        body.Call1(ctx, ns);
        var cls = CallWithKw(ctx, meta, new PyObject[] { new PyStr(name), PyTuple.Of(bases), ns }, kwargs);
        return cls;
    }

    private static PyObject[] ResolveMroEntries(PyContext ctx, PyObject[] bases)
    {
        List<PyObject>? result = null;
        for (int i = 0; i < bases.Length; i++)
        {
            var b = bases[i];
            if (b is PyType) { result?.Add(b); continue; }
            var me = b.GetAttrOrNull(ctx, "__mro_entries__");
            if (me == null) { result?.Add(b); continue; }
            result ??= bases.Take(i).ToList();
            var entries = me.Call1(ctx, PyTuple.Of(bases));
            result.AddRange(Iteration.ToArray(ctx, entries));
        }
        return result?.ToArray() ?? bases;
    }

    private static PyObject CallWithKw(PyContext ctx, PyObject fn, PyObject[] args, PyDict kwargs) =>
        Calls.CallStar(ctx, fn, args, kwargs);

    private static PyType MostDerivedMetaclass(PyType meta, PyObject[] bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt)) continue;
            if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
            throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>type.__new__(meta, name, bases, ns).</summary>
    public static PyType CreateType(PyContext ctx, PyType meta, string name, PyObject[] baseObjs, PyDict ns, PyDict kwargs)
    {
        var bases = new List<PyType>();
        foreach (var b in baseObjs)
        {
            if (b is not PyType bt) throw PyErr.TypeError($"bases must be types");
            if (!bt.AllowsSubclassing) throw PyErr.TypeError($"type '{bt.Name}' is not an acceptable base type");
            bases.Add(bt);
        }
        if (bases.Count == 0) bases.Add(TypeObjects.Object);

        PyType? nativeBase = null;
        foreach (var b in bases)
        {
            var nb = b.NativeBase;
            if (nb == null) continue;
            if (nativeBase == null || nb.IsSubtypeOf(nativeBase)) nativeBase = nb;
            else if (!nativeBase.IsSubtypeOf(nb)) throw PyErr.TypeError("multiple bases have instance lay-out conflict");
        }

        var dict = ns.Copy();
        var t = new PyType(name, bases.ToArray(), dict, meta, heapType: true)
        {
            NativeBase = nativeBase,
            NativeClass = nativeBase?.NativeClass,
            IsBaseException = bases.Any(b => b.IsBaseException),
        };
        if (dict.GetStr("__qualname__") is PyObject qn)
        {
            t.QualName = Conversions.ToStr(qn, "type __qualname__");
            dict.RemoveStr("__qualname__");
        }
        t.Mro = PyType.ComputeMro(t);

        // __slots__: instances get fixed slots and no __dict__ unless asked for.
        var slots = dict.GetStr("__slots__");
        if (slots != null)
        {
            var names = slots is PyStr one ? new[] { one.Value } : Iteration.ToArray(ctx, slots).Select(s => Conversions.ToStr(s, "__slots__ items")).ToArray();
            var inherited = bases.SelectMany(b => b.SlotNames ?? Array.Empty<string>()).ToList();
            bool wantsDict = names.Contains("__dict__");
            var own = names.Where(n => n != "__dict__" && n != "__weakref__").ToArray();
            foreach (var n in own)
            {
                if (dict.GetStr(n) != null) throw PyErr.ValueError($"'{n}' in __slots__ conflicts with class variable");
                dict.SetStr(n, new PySlotDescriptor(n, inherited.Count + Array.IndexOf(own, n), t));
            }
            t.SlotNames = inherited.Concat(own).ToArray();
            t.HasInstanceDict = wantsDict || bases.Any(b => b.IsHeapType && b.HasInstanceDict) || t.IsBaseException;
        }
        else
        {
            t.SlotNames = bases.Any(b => b.SlotNames != null) ? bases.SelectMany(b => b.SlotNames ?? Array.Empty<string>()).ToArray() : null;
            t.HasInstanceDict = true;
        }

        foreach (var special in new[] { "__init_subclass__", "__class_getitem__" })
            if (dict.GetStr(special) is PyFunction f) dict.SetStr(special, new PyClassMethod(f));
        if (dict.GetStr("__new__") is PyFunction nf) dict.SetStr("__new__", new PyStaticMethod(nf));
        if (dict.GetStr("__eq__") != null && dict.GetStr("__hash__") == null) dict.SetStr("__hash__", PyNone.Instance);
        if (dict.GetStr("__module__") == null && ctx.Runtime.Sys.Get("modules") is not null)
            dict.SetStr("__module__", new PyStr("__main__"));

        if (dict.GetStr("__classcell__") is PyCell cell)
        {
            cell.Value = t;
            dict.RemoveStr("__classcell__");
        }
        foreach (var b in bases) b.AddSubclass(ctx.Runtime, t);
        PyType.InvalidateCaches();

        foreach (var (k, v) in dict.Pairs().ToArray())
        {
            var setName = v.Type.Lookup("__set_name__");
            if (setName != null) Calls.CallDescriptor(ctx, setName, v, t, k);
        }

        // super().__init_subclass__(**kwargs) on the new class.
        for (int i = 1; i < t.Mro.Length; i++)
        {
            var init = t.Mro[i].Dict.GetStr("__init_subclass__");
            if (init == null) continue;
            var bound = Attributes.Bind(ctx, init is PyFunction f2 ? new PyClassMethod(f2) : init, null, t);
            Calls.CallStar(ctx, bound, Array.Empty<PyObject>(), kwargs);
            break;
        }
        return t;
    }

    public static PyObject UnionType(PyObject a, PyObject b) => new PyUnion(new[] { a, b });
}

/// <summary>`int | str` at run time (types.UnionType), enough for isinstance and repr.</summary>
public sealed class PyUnion : PyObject
{
    public readonly PyObject[] Args;
    public PyUnion(PyObject[] args) { Args = args.SelectMany(a => a is PyUnion u ? u.Args : new[] { a }).ToArray(); }
    public override PyType Type => TypeObjects.Union;
}
