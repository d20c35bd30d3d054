using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

/// <summary>
/// Inline caches for attribute reads, attribute writes and method calls, one per site in
/// generated code. Each remembers what the last receiver's type resolved the name to; the
/// entry is valid while the receiver has the same type and no class has been mutated since
/// (<see cref="PyType.Epoch"/>). Anything unusual takes the generic path.
/// </summary>
public sealed class AttrSite
{
    public readonly string Name;
    private readonly PyStr _key;
    private readonly int _hash;
    /// <summary>One immutable cache entry, swapped whole so concurrent runtimes never see a torn one.</summary>
    private sealed record Entry(PyType Type, int Epoch, PyObject? ClassAttr, bool Fast);
    private Entry? _entry;

    public AttrSite(string name)
    {
        Name = name;
        _key = new PyStr(name);
        _hash = name.GetHashCode();
    }

    /// <summary>The entry for this type, refreshed when stale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Entry For(PyType t)
    {
        var e = _entry;
        if (e != null && ReferenceEquals(e.Type, t) && e.Epoch == PyType.Epoch) return e;
        return Fill(t);
    }

    /// <summary>obj.name.</summary>
    public PyObject Get(PyContext ctx, PyObject obj)
    {
        if (obj is PyInstance inst)
        {
            var e = For(inst.Class);
            if (e.Fast)
            {
                var v = inst.Dict?.GetStr(Name, _hash);
                if (v != null) return v;
                if (e.ClassAttr != null) return Attributes.Bind(ctx, e.ClassAttr, obj, inst.Class);
            }
        }
        return Ops.GetAttr(ctx, obj, Name);
    }

    /// <summary>obj.name = value.</summary>
    public void Set(PyContext ctx, PyObject obj, PyObject value)
    {
        if (obj is PyInstance inst && inst.Dict != null && For(inst.Class).Fast)
        {
            inst.Dict.SetStr(_key, _hash, value);
            return;
        }
        Ops.SetAttr(ctx, obj, Name, value);
    }

    /// <summary>obj.name(args) for 0–2 arguments: a plain method is called without a bound-method object.</summary>
    public PyObject Call0(PyContext ctx, PyObject obj)
    {
        var f = Method(obj);
        if (f != null) return f.Call1(ctx, obj);
        var b = BuiltinMethod(obj);
        if (b != null) return b.CallWithSelf0(ctx, obj);
        return Calls.CallMethod(ctx, obj, Name);
    }

    public PyObject Call1(PyContext ctx, PyObject obj, PyObject a)
    {
        var f = Method(obj);
        if (f != null) return f.Call2(ctx, obj, a);
        var b = BuiltinMethod(obj);
        if (b != null) return b.CallWithSelf1(ctx, obj, a);
        return Calls.CallMethod(ctx, obj, Name, a);
    }

    public PyObject Call2(PyContext ctx, PyObject obj, PyObject a, PyObject b)
    {
        var f = Method(obj);
        if (f != null) return f.Call3(ctx, obj, a, b);
        var bm = BuiltinMethod(obj);
        if (bm != null) return bm.CallWithSelf2(ctx, obj, a, b);
        return Calls.CallMethod(ctx, obj, Name, a, b);
    }

    public PyObject CallN(PyContext ctx, PyObject obj, PyObject[] args)
    {
        var f = Method(obj);
        if (f != null) return f.CallWithSelf(ctx, obj, args, null);
        var b = BuiltinMethod(obj);
        if (b != null) return b.CallWithSelf(ctx, obj, args, null);
        return Calls.CallMethodN(ctx, obj, Name, args, null);
    }

    /// <summary>A method of a built-in type (`lst.append`, `s.split`): built-in types never change,
    /// so the entry needs no epoch.</summary>
    private sealed record BuiltinEntry(PyType Type, PyBuiltin? Method);
    private BuiltinEntry? _builtin;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PyBuiltin? BuiltinMethod(PyObject obj)
    {
        if (obj is PyInstance || obj is PyType || obj.OverridesGetAttr) return null;
        var t = obj.Type;
        var e = _builtin;
        if (e == null || !ReferenceEquals(e.Type, t))
        {
            if (t.IsHeapType) return null;
            e = new BuiltinEntry(t, t.Lookup(Name) as PyBuiltin is { IsUnboundMethod: true } m && obj.InstanceDict == null ? m : null);
            _builtin = e;
        }
        return e.Method;
    }

    /// <summary>The Python function to call with obj prepended, when the site's cache says so.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PyFunction? Method(PyObject obj)
    {
        if (obj is not PyInstance inst) return null;
        var e = For(inst.Class);
        if (!e.Fast || e.ClassAttr is not PyFunction f) return null;
        var d = inst.Dict;
        if (d != null && d.Count > 0 && d.GetStr(Name, _hash) != null) return null;
        return f;
    }

    /// <summary>Resolves the name on the type: fast when no data descriptor or attribute hook is involved.</summary>
    private Entry Fill(PyType t)
    {
        int epoch = PyType.Epoch;
        var attr = t.Lookup(Name);
        bool fast = !t.CustomGetAttribute && !t.CustomSetAttr && !t.HasGetAttrHook
                    && (attr == null || !Attributes.IsDataDescriptor(attr));
        var e = new Entry(t, epoch, attr, fast);
        _entry = e;
        return e;
    }
}
