using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

[Flags]
public enum CodeFlags
{
    None = 0,
    VarArgs = 1,
    VarKeywords = 2,
    Generator = 4,
    Coroutine = 8,
    AsyncGenerator = 16,
    /// <summary>The compiled body takes the bound arguments as one array (more than 12 parameters).</summary>
    ArrayEntry = 32,
}

/// <summary>
/// Static facts about a compiled function: its signature and its entry point. The entry
/// point is a static method `(PyContext, PyFunction, p0, …, pN-1) → PyObject` taking every
/// parameter in order (positional, *args tuple, keyword-only, **kwargs dict).
/// </summary>
public sealed class PyCode : PyObject
{
    public readonly string Name, QualName, FileName;
    public readonly int FirstLine;
    /// <summary>Parameter names in binding order: positional, then *args, keyword-only, **kwargs.</summary>
    public readonly string[] ParamNames;
    public readonly int ArgCount, PosOnlyCount, KwOnlyCount;
    public readonly CodeFlags Flags;
    public readonly Delegate Entry;
    /// <summary>Number of positional arguments that call the entry directly, or -1.</summary>
    public readonly int SimpleArity;
    /// <summary>Stable id of this code within its module, used by frames and snapshots.</summary>
    public readonly string Id;

    public PyCode(string name, string qualName, string fileName, int firstLine, string[] paramNames,
                  int argCount, int posOnlyCount, int kwOnlyCount, CodeFlags flags, Delegate entry, string id)
    {
        Name = name; QualName = qualName; FileName = fileName; FirstLine = firstLine;
        ParamNames = paramNames; ArgCount = argCount; PosOnlyCount = posOnlyCount; KwOnlyCount = kwOnlyCount;
        Flags = flags; Entry = entry; Id = id;
        SimpleArity = (flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords | CodeFlags.ArrayEntry)) == 0 && kwOnlyCount == 0 ? argCount : -1;
    }

    public int TotalParams => ParamNames.Length;
    public bool HasVarArgs => (Flags & CodeFlags.VarArgs) != 0;
    public bool HasVarKeywords => (Flags & CodeFlags.VarKeywords) != 0;
    public override PyType Type => TypeObjects.Code;
}

/// <summary>A Python function: code plus the environment it was created in.</summary>
public sealed class PyFunction : PyObject
{
    public readonly PyCode Code;
    public readonly PyModule Globals;
    public PyObject[]? Defaults;
    public PyDict? KwDefaults;
    public readonly PyCell[]? Closure;
    public string Name, QualName;
    public PyObject Doc = PyNone.Instance;
    public PyObject Module;
    public PyDict? Dict;
    public PyObject? Annotations;

    public PyFunction(PyCode code, PyModule globals, PyCell[]? closure)
    {
        Code = code;
        Globals = globals;
        Closure = closure;
        Name = code.Name;
        QualName = code.QualName;
        Module = globals.NameObject;
    }

    public override PyType Type => TypeObjects.Function;
    public override PyDict? InstanceDict => Dict ??= new PyDict();

    // The entry delegates by parameter count; the emitter declares bodies with exactly these shapes.
    public delegate PyObject Entry0(PyContext ctx, PyFunction fn);
    public delegate PyObject Entry1(PyContext ctx, PyFunction fn, PyObject a);
    public delegate PyObject Entry2(PyContext ctx, PyFunction fn, PyObject a, PyObject b);
    public delegate PyObject Entry3(PyContext ctx, PyFunction fn, PyObject a, PyObject b, PyObject c);
    public delegate PyObject Entry4(PyContext ctx, PyFunction fn, PyObject a, PyObject b, PyObject c, PyObject d);
    public delegate PyObject Entry5(PyContext ctx, PyFunction fn, PyObject a, PyObject b, PyObject c, PyObject d, PyObject e);
    public delegate PyObject Entry6(PyContext ctx, PyFunction fn, PyObject a, PyObject b, PyObject c, PyObject d, PyObject e, PyObject f);
    public delegate PyObject Entry7(PyContext ctx, PyFunction fn, PyObject a, PyObject b, PyObject c, PyObject d, PyObject e, PyObject f, PyObject g);
    public delegate PyObject Entry8(PyContext ctx, PyFunction fn, PyObject a, PyObject b, PyObject c, PyObject d, PyObject e, PyObject f, PyObject g, PyObject h);
    public delegate PyObject EntryN(PyContext ctx, PyFunction fn, PyObject[] args);
    public const int MaxFixedParams = 8;

    /// <summary>Invokes the body with fully bound parameters.</summary>
    public PyObject InvokeBound(PyContext ctx, PyObject[] p)
    {
        var e = Code.Entry;
        switch (p.Length)
        {
            case 0 when (Code.Flags & CodeFlags.ArrayEntry) == 0: return Unsafe.As<Entry0>(e)(ctx, this);
            case 1 when (Code.Flags & CodeFlags.ArrayEntry) == 0: return Unsafe.As<Entry1>(e)(ctx, this, p[0]);
            case 2 when (Code.Flags & CodeFlags.ArrayEntry) == 0: return Unsafe.As<Entry2>(e)(ctx, this, p[0], p[1]);
            case 3 when (Code.Flags & CodeFlags.ArrayEntry) == 0: return Unsafe.As<Entry3>(e)(ctx, this, p[0], p[1], p[2]);
            case 4 when (Code.Flags & CodeFlags.ArrayEntry) == 0: return Unsafe.As<Entry4>(e)(ctx, this, p[0], p[1], p[2], p[3]);
            case 5 when (Code.Flags & CodeFlags.ArrayEntry) == 0: return Unsafe.As<Entry5>(e)(ctx, this, p[0], p[1], p[2], p[3], p[4]);
            case 6 when (Code.Flags & CodeFlags.ArrayEntry) == 0: return Unsafe.As<Entry6>(e)(ctx, this, p[0], p[1], p[2], p[3], p[4], p[5]);
            case 7 when (Code.Flags & CodeFlags.ArrayEntry) == 0: return Unsafe.As<Entry7>(e)(ctx, this, p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
            case 8 when (Code.Flags & CodeFlags.ArrayEntry) == 0: return Unsafe.As<Entry8>(e)(ctx, this, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
            default: return Unsafe.As<EntryN>(e)(ctx, this, p);
        }
    }

    public override PyObject Call(PyContext ctx, PyObject[] args, string[]? kwnames)
    {
        if (kwnames == null && CanFillDefaults(args.Length))
            return InvokeBound(ctx, WithDefaults(args, null));
        return InvokeBound(ctx, ArgBinder.Bind(ctx, this, null, args, kwnames));
    }

    /// <summary>Call with a receiver prepended (method calls, __init__), without allocating a bound method.</summary>
    public PyObject CallWithSelf(PyContext ctx, PyObject self, PyObject[] args, string[]? kwnames)
    {
        if (kwnames == null || kwnames.Length == 0)
        {
            switch (args.Length)
            {
                case 0: return Call1(ctx, self);
                case 1: return Call2(ctx, self, args[0]);
                case 2: return Call3(ctx, self, args[0], args[1]);
                case 3: return Call4(ctx, self, args[0], args[1], args[2]);
            }
            if (CanFillDefaults(args.Length + 1)) return InvokeBound(ctx, WithDefaults(args, self));
        }
        return InvokeBound(ctx, ArgBinder.Bind(ctx, this, self, args, kwnames));
    }

    /// <summary>
    /// Positional-only calls that leave trailing parameters to their defaults: the common
    /// case `f(a)` of `def f(a, b=1)` skips the general binder.
    /// </summary>
    private bool CanFillDefaults(int given)
    {
        var code = Code;
        if ((code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) != 0 || code.KwOnlyCount != 0) return false;
        int ndef = Defaults?.Length ?? 0;
        return given <= code.ArgCount && given >= code.ArgCount - ndef;
    }

    private PyObject[] WithDefaults(PyObject[] args, PyObject? self)
    {
        int argc = Code.ArgCount;
        var bound = new PyObject[argc];
        int offset = 0;
        if (self != null) { bound[0] = self; offset = 1; }
        Array.Copy(args, 0, bound, offset, args.Length);
        int given = args.Length + offset;
        var defaults = Defaults!;
        for (int i = given; i < argc; i++) bound[i] = defaults[i - (argc - defaults.Length)];
        return bound;
    }

    public override PyObject Call0(PyContext ctx)
    {
        if (Code.SimpleArity == 0) return Unsafe.As<Entry0>(Code.Entry)(ctx, this);
        return Call(ctx, Array.Empty<PyObject>(), null);
    }

    // Call1..Call4 with a short argument list fall back to Call, which fills defaults cheaply.

    public override PyObject Call1(PyContext ctx, PyObject a)
    {
        if (Code.SimpleArity == 1) return Unsafe.As<Entry1>(Code.Entry)(ctx, this, a);
        return Call(ctx, new[] { a }, null);
    }

    public override PyObject Call2(PyContext ctx, PyObject a, PyObject b)
    {
        if (Code.SimpleArity == 2) return Unsafe.As<Entry2>(Code.Entry)(ctx, this, a, b);
        return Call(ctx, new[] { a, b }, null);
    }

    public override PyObject Call3(PyContext ctx, PyObject a, PyObject b, PyObject c)
    {
        if (Code.SimpleArity == 3) return Unsafe.As<Entry3>(Code.Entry)(ctx, this, a, b, c);
        return Call(ctx, new[] { a, b, c }, null);
    }

    public PyObject Call4(PyContext ctx, PyObject a, PyObject b, PyObject c, PyObject d)
    {
        if (Code.SimpleArity == 4) return Unsafe.As<Entry4>(Code.Entry)(ctx, this, a, b, c, d);
        return Call(ctx, new[] { a, b, c, d }, null);
    }

    public override string ToString() => $"<function {QualName}>";
}

/// <summary>A function bound to an instance (`obj.method`).</summary>
public sealed class PyMethod : PyObject
{
    public override bool OverridesGetAttr => true;

    public readonly PyObject Function;
    public readonly PyObject Self;

    public PyMethod(PyObject function, PyObject self)
    {
        Function = function;
        Self = self;
    }

    public override PyType Type => TypeObjects.Method;

    public override PyObject Call(PyContext ctx, PyObject[] args, string[]? kwnames)
    {
        if (Function is PyFunction f) return f.CallWithSelf(ctx, Self, args, kwnames);
        var all = new PyObject[args.Length + 1];
        all[0] = Self;
        args.CopyTo(all, 1);
        return Function.Call(ctx, all, kwnames);
    }

    public override PyObject Call0(PyContext ctx) => Function.Call1(ctx, Self);
    public override PyObject Call1(PyContext ctx, PyObject a) => Function.Call2(ctx, Self, a);
    public override PyObject Call2(PyContext ctx, PyObject a, PyObject b) => Function.Call3(ctx, Self, a, b);

    public override PyObject? GetAttrOrNull(PyContext ctx, string name)
        => PyType.GenericGetAttr(ctx, this, name) ?? Function.GetAttrOrNull(ctx, name);
}
