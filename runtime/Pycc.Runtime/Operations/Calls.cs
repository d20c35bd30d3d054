namespace Pycc.Runtime;

/// <summary>Calling conventions shared by generated code and built-ins.</summary>
public static class Calls
{
    /// <summary>Calls an attribute found on a type as a method of <paramref name="self"/> (no bound-method allocation).</summary>
    public static PyObject CallDescriptor(PyContext ctx, PyObject descr, PyObject self)
    {
        return descr switch
        {
            PyFunction f => f.Call1(ctx, self),
            PyBuiltin { IsUnboundMethod: true } b => b.CallWithSelf0(ctx, self),
            _ => Attributes.Bind(ctx, descr, self, self.Type).Call0(ctx),
        };
    }

    public static PyObject CallDescriptor(PyContext ctx, PyObject descr, PyObject self, PyObject a)
    {
        return descr switch
        {
            PyFunction f => f.Call2(ctx, self, a),
            PyBuiltin { IsUnboundMethod: true } b => b.CallWithSelf1(ctx, self, a),
            _ => Attributes.Bind(ctx, descr, self, self.Type).Call1(ctx, a),
        };
    }

    public static PyObject CallDescriptor(PyContext ctx, PyObject descr, PyObject self, PyObject a, PyObject b)
    {
        return descr switch
        {
            PyFunction f => f.Call3(ctx, self, a, b),
            PyBuiltin { IsUnboundMethod: true } bi => bi.CallWithSelf2(ctx, self, a, b),
            _ => Attributes.Bind(ctx, descr, self, self.Type).Call2(ctx, a, b),
        };
    }

    public static PyObject CallBoundSlow(PyContext ctx, PyObject descr, PyObject self, PyObject[] args, string[]? kwnames)
    {
        return descr switch
        {
            PyFunction f => f.CallWithSelf(ctx, self, args, kwnames),
            PyBuiltin { IsUnboundMethod: true } b => b.CallWithSelf(ctx, self, args, kwnames),
            _ => Attributes.Bind(ctx, descr, self, self.Type).Call(ctx, args, kwnames),
        };
    }

    /// <summary>
    /// The method found by `obj.name` when it can be called with obj as first argument
    /// directly: a plain function or built-in method on the type, not shadowed by the instance.
    /// </summary>
    private static PyObject? FindPlainMethod(PyObject obj, string name)
    {
        var type = obj.Type;
        if (type.CustomGetAttribute || obj is PyType || obj.OverridesGetAttr) return null;
        var d = type.Lookup(name);
        if (d is not (PyFunction or PyBuiltin { IsUnboundMethod: true })) return null;
        var dict = obj.InstanceDict;
        if (dict != null && dict.Count > 0 && dict.GetStr(name) != null) return null;
        return d;
    }

    public static PyObject CallMethod(PyContext ctx, PyObject obj, string name)
    {
        var m = FindPlainMethod(obj, name);
        if (m != null) return CallDescriptor(ctx, m, obj);
        return Ops.GetAttr(ctx, obj, name).Call0(ctx);
    }

    public static PyObject CallMethod(PyContext ctx, PyObject obj, string name, PyObject a)
    {
        var m = FindPlainMethod(obj, name);
        if (m != null) return CallDescriptor(ctx, m, obj, a);
        return Ops.GetAttr(ctx, obj, name).Call1(ctx, a);
    }

    public static PyObject CallMethod(PyContext ctx, PyObject obj, string name, PyObject a, PyObject b)
    {
        var m = FindPlainMethod(obj, name);
        if (m != null) return CallDescriptor(ctx, m, obj, a, b);
        return Ops.GetAttr(ctx, obj, name).Call2(ctx, a, b);
    }

    public static PyObject CallMethodN(PyContext ctx, PyObject obj, string name, PyObject[] args, string[]? kwnames)
    {
        var m = FindPlainMethod(obj, name);
        if (m != null) return CallBoundSlow(ctx, m, obj, args, kwnames);
        return Ops.GetAttr(ctx, obj, name).Call(ctx, args, kwnames);
    }

    /// <summary>A call with `*args` and/or `**kwargs`: positional values and a mapping of keywords.</summary>
    public static PyObject CallStar(PyContext ctx, PyObject fn, PyObject[] positional, PyDict? keywords)
    {
        if (keywords == null || keywords.Count == 0) return fn.Call(ctx, positional, null);
        var args = new PyObject[positional.Length + keywords.Count];
        positional.CopyTo(args, 0);
        var names = new string[keywords.Count];
        int i = 0;
        foreach (var (k, v) in keywords.Pairs())
        {
            if (k is not PyStr s) throw PyErr.TypeError("keywords must be strings");
            names[i] = s.Value;
            args[positional.Length + i] = v;
            i++;
        }
        return fn.Call(ctx, args, names);
    }

    /// <summary>Merges `**mapping` into the keyword dict of a call, rejecting duplicates like CPython.</summary>
    public static void MergeKeywords(PyContext ctx, PyDict target, PyObject mapping, PyObject fn)
    {
        if (mapping is PyDict d)
        {
            foreach (var (k, v) in d.Pairs()) AddKeyword(ctx, target, k, v, fn);
            return;
        }
        var keysMethod = mapping.GetAttrOrNull(ctx, "keys");
        if (keysMethod == null)
            throw PyErr.TypeError($"{Ops.FunctionDescription(fn)} argument after ** must be a mapping, not {mapping.Type.Name}");
        var keys = keysMethod.Call0(ctx);
        foreach (var k in Iteration.Enumerate(ctx, keys))
            AddKeyword(ctx, target, k, Ops.GetItem(ctx, mapping, k), fn);
    }

    private static void AddKeyword(PyContext ctx, PyDict target, PyObject k, PyObject v, PyObject fn)
    {
        if (k is not PyStr) throw PyErr.TypeError("keywords must be strings");
        if (target.ContainsKey(ctx, k))
            throw PyErr.TypeError($"{Ops.FunctionDescription(fn)} got multiple values for keyword argument '{((PyStr)k).Value}'");
        target.SetItem(ctx, k, v);
    }
}
