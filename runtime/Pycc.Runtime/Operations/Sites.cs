using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

/// <summary>
/// Inline caches for attribute reads, attribute writes and method calls, one per site in
/// generated code. Each remembers what the receiver types seen last resolved the name to (up
/// to <see cref="Ways"/> types, so a site that sees several subclasses stays cached); an entry is
/// valid while no class has been mutated since (<see cref="PyType.Epoch"/>). For instance
/// attributes the site also predicts the entry position of the name in the instance dict.
/// Anything unusual takes the generic path.
/// </summary>
public sealed class AttrSite
{
    public readonly string Name;
    private readonly PyStr _key;
    private readonly int _hash;
    /// <summary>One immutable cache entry, swapped whole so concurrent runtimes never see a torn one.</summary>
    private sealed record Entry(PyType Type, int Epoch, PyObject? ClassAttr, bool Fast);

    private const int Ways = 4;
    private Entry? _e0, _e1, _e2, _e3;
    private int _next;
    /// <summary>Where the name sat in the last instance dict that had it (a guess, checked on use).</summary>
    private int _position;

    public AttrSite(string name)
    {
        Name = name;
        _key = PyStr.Intern(name);
        _hash = _key.Hash();
    }

    /// <summary>The entry for this type, refreshed when stale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Entry For(PyType t)
    {
        var e = _e0;
        if (e != null && ReferenceEquals(e.Type, t) && e.Epoch == PyType.Epoch) return e;
        return ForOther(t);
    }

    private Entry ForOther(PyType t)
    {
        int epoch = PyType.Epoch;
        var e = _e1;
        if (e != null && ReferenceEquals(e.Type, t) && e.Epoch == epoch) return e;
        e = _e2;
        if (e != null && ReferenceEquals(e.Type, t) && e.Epoch == epoch) return e;
        e = _e3;
        if (e != null && ReferenceEquals(e.Type, t) && e.Epoch == epoch) return e;
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
                var d = inst.Dict;
                if (d != null)
                {
                    var v = d.GetAtIfKey(_position, _key) ?? d.GetStr(Name, _hash, out _position);
                    if (v != null) return v;
                }
                if (e.ClassAttr != null) return Attributes.Bind(ctx, e.ClassAttr, obj, inst.Class);
            }
        }
        return Ops.GetAttr(ctx, obj, Name);
    }

    /// <summary>obj.name = value.</summary>
    public void Set(PyContext ctx, PyObject obj, PyObject value)
    {
        if (obj is PyInstance inst && inst.Dict is { } d && For(inst.Class).Fast)
        {
            if (!d.SetAtIfKey(_position, _key, value)) _position = d.SetStr(_key, _hash, value);
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

    /// <summary>Resolves the name on the type: fast when no data descriptor or attribute hook is
    /// involved. The new entry goes first; the one it displaces takes the next of the other ways.</summary>
    private Entry Fill(PyType t)
    {
        int epoch = PyType.Epoch;
        var attr = t.Lookup(Name);
        bool fast = !t.CustomGetAttribute && !t.CustomSetAttr && !t.HasGetAttrHook
                    && (attr == null || !Attributes.IsDataDescriptor(attr));
        var e = new Entry(t, epoch, attr, fast);
        var displaced = _e0;
        _e0 = e;
        if (displaced != null && displaced.Epoch == epoch && !ReferenceEquals(displaced.Type, t))
        {
            switch (_next)
            {
                case 0: _e1 = displaced; break;
                case 1: _e2 = displaced; break;
                default: _e3 = displaced; break;
            }
            _next = (_next + 1) % (Ways - 1);
        }
        return e;
    }
}
