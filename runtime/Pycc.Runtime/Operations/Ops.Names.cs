namespace Pycc.Runtime;

/// <summary>Support for compiled code: names, imports, `with`, super() and frame built-ins.</summary>
public static partial class Ops
{
    // ------------------------------------------------------------ globals

    /// <summary>The slow path of a global read: builtins, then NameError.</summary>
    public static PyObject LoadGlobal(GlobalCell cell) =>
        cell.Value ?? cell.Builtin?.Value ?? throw PyErr.NameNotDefined(cell.Name);

    public static void DeleteGlobal(GlobalCell cell)
    {
        if (cell.Value == null) throw PyErr.NameNotDefined(cell.Name);
        cell.Value = null;
    }

    // ------------------------------------------------------------ class bodies

    /// <summary>A name read in a class body: the namespace, then globals and builtins.</summary>
    public static PyObject ClassLoadName(PyContext ctx, PyObject ns, PyStr name, GlobalCell global)
    {
        var v = ns is PyDict d ? d.GetItemOrNull(ctx, name) : TryGetItem(ctx, ns, name);
        return v ?? LoadGlobal(global);
    }

    /// <summary>A free variable read in a class body: the namespace first, then the enclosing cell.</summary>
    public static PyObject ClassLoadDeref(PyContext ctx, PyObject ns, PyStr name, PyCell cell)
    {
        var v = ns is PyDict d ? d.GetItemOrNull(ctx, name) : TryGetItem(ctx, ns, name);
        return v ?? cell.Value ?? throw PyErr.FreeVarUnbound(name.Value);
    }

    private static PyObject? TryGetItem(PyContext ctx, PyObject mapping, PyObject key)
    {
        try
        {
            return GetItem(ctx, mapping, key);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.KeyError))
        {
            return null;
        }
    }

    public static void ClassDeleteName(PyContext ctx, PyObject ns, PyStr name)
    {
        try
        {
            DelItem(ctx, ns, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.KeyError))
        {
            throw PyErr.NameNotDefined(name.Value);
        }
    }

    public static void ClassDeleteNameIfPresent(PyContext ctx, PyObject ns, PyStr name)
    {
        if (TryGetItem(ctx, ns, name) != null) DelItem(ctx, ns, name);
    }

    public static PyObject StoreItemValue(PyContext ctx, PyObject ns, PyObject key, PyObject value)
    {
        SetItem(ctx, ns, key, value);
        return value;
    }

    /// <summary>The `__annotations__` dict of a class body, created on first use.</summary>
    public static PyObject ClassAnnotations(PyContext ctx, PyObject ns)
    {
        var key = new PyStr("__annotations__");
        var v = TryGetItem(ctx, ns, key);
        if (v != null) return v;
        var d = new PyDict();
        SetItem(ctx, ns, key, d);
        return d;
    }

    // ------------------------------------------------------------ operators used by statements

    /// <summary>`item in container` (operands in Python's evaluation order).</summary>
    public static bool In(PyContext ctx, PyObject item, PyObject container) => Contains(ctx, container, item);

    /// <summary>`a += b`: numbers have no in-place form, so they take the plain operator's fast path.</summary>
    public static PyObject InPlaceAdd(PyContext ctx, PyObject a, PyObject b) =>
        a is PyInt or PyFloat ? Add(ctx, a, b) : InPlace(ctx, a, b, BinaryOp.Add);

    public static PyObject InPlaceSub(PyContext ctx, PyObject a, PyObject b) =>
        a is PyInt or PyFloat ? Sub(ctx, a, b) : InPlace(ctx, a, b, BinaryOp.Sub);

    /// <summary>An f-string replacement field: conversion ('\0', 's', 'r', 'a'), then format().</summary>
    public static string FormatValue(PyContext ctx, PyObject value, char conversion, PyObject? spec)
    {
        switch (conversion)
        {
            case 's': value = Str(ctx, value); break;
            case 'r': value = Repr(ctx, value); break;
            case 'a': value = new PyStr(StrRepr.Ascii(ReprString(ctx, value))); break;
        }
        if (spec == null || (spec is PyStr s && s.Value.Length == 0))
        {
            if (value is PyStr vs) return vs.Value;
            if (value is PyInt or PyFloat) return value.ToString()!;
            return Format(ctx, value, PyStr.Empty).Value;
        }
        return Format(ctx, value, spec).Value;
    }

    /// <summary>Creates a function object for a `def` or `lambda` executed at run time.</summary>
    public static PyFunction MakeFunction(PyCode code, PyModule globals, PyObject[]? defaults, PyDict? kwDefaults, PyCell[]? closure, PyObject? doc, PyDict? annotations)
    {
        var f = new PyFunction(code, globals, closure)
        {
            Defaults = defaults != null && defaults.Length > 0 ? defaults : null,
            KwDefaults = kwDefaults != null && kwDefaults.Count > 0 ? kwDefaults : null,
            Annotations = annotations,
        };
        if (doc != null) f.Doc = doc;
        return f;
    }

    // ------------------------------------------------------------ frame built-ins

    /// <summary>Zero-argument super(): the class from the method's `__class__` cell and its first argument.</summary>
    public static PyObject SuperNoArgs(PyContext ctx, PyObject superFn, PyCell? classCell, PyObject? first)
    {
        if (!ReferenceEquals(superFn, TypeObjects.Super)) return superFn.Call0(ctx);
        if (classCell == null) throw PyErr.RuntimeError("super(): __class__ cell not found");
        if (first == null) throw PyErr.RuntimeError("super(): no arguments");
        var cls = classCell.Value as PyType ?? throw PyErr.RuntimeError("super(): empty __class__ cell");
        return TypeObjects.Super.Call2(ctx, cls, first);
    }

    /// <summary>locals(), globals(), vars(), dir() without arguments, when the name still means the built-in.</summary>
    public static PyObject CallFrameBuiltin(PyContext ctx, PyObject fn, string name, PyObject locals)
    {
        if (fn is not PyBuiltin { Owner: null } b || b.Name != name) return fn.Call0(ctx);
        if (name == "dir")
        {
            var list = new PyList(Iteration.ToArray(ctx, locals).ToArray());
            ListSort.Sort(ctx, list, Array.Empty<PyObject>(), null);
            return list;
        }
        return locals;
    }

    // ------------------------------------------------------------ with

    /// <summary>Calls `__enter__` and hands back the bound `__exit__`.</summary>
    public static PyObject WithEnter(PyContext ctx, PyObject manager, out PyObject exit)
    {
        var type = manager.Type;
        var enter = type.Lookup("__enter__");
        var exitFn = type.Lookup("__exit__");
        if (enter == null)
            throw PyErr.TypeError($"'{type.Name}' object does not support the context manager protocol");
        if (exitFn == null)
            throw PyErr.TypeError($"'{type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        exit = Attributes.Bind(ctx, exitFn, manager, type);
        return Calls.CallDescriptor(ctx, enter, manager);
    }

    public static void WithExit(PyContext ctx, PyObject exit) =>
        exit.Call3(ctx, PyNone.Instance, PyNone.Instance, PyNone.Instance);

    /// <summary>`__exit__` with the exception; true when it asks to suppress it.</summary>
    public static bool WithExitOnError(PyContext ctx, PyObject exit, Exception pending)
    {
        if (pending is not PyException pe)
        {
            exit.Call3(ctx, PyNone.Instance, PyNone.Instance, PyNone.Instance);
            return false;
        }
        var saved = ctx.Handled;
        ctx.Handled = pe.Value;
        try
        {
            var tb = pe.Value.Segments.Count > 0 ? (PyObject)new PyTraceback(Tracebacks.Entries(pe.Value), 0) : PyNone.Instance;
            return IsTrue(ctx, exit.Call3(ctx, pe.Value.Type, pe.Value, tb));
        }
        finally
        {
            ctx.Handled = saved;
        }
    }

    // ------------------------------------------------------------ imports

    /// <summary>`import a.b as x` / `from a.b import ...`: the module named (relative to the importer when level &gt; 0).</summary>
    public static PyObject ImportModule(PyContext ctx, PyModule importer, string name, int level)
    {
        var full = PyRuntime.ResolveName(name, level, importer);
        return ctx.Runtime.Import(ctx, full);
    }

    /// <summary>`import a.b.c`: imports the whole path and binds the top package.</summary>
    public static PyObject ImportTop(PyContext ctx, PyModule importer, string name)
    {
        ctx.Runtime.Import(ctx, name);
        var top = name.Split('.')[0];
        return ctx.Runtime.Modules.GetStr(top) ?? ctx.Runtime.Import(ctx, top);
    }

    /// <summary>`from m import name`: an attribute, or else a submodule.</summary>
    public static PyObject ImportFrom(PyContext ctx, PyObject module, string name)
    {
        var v = module.GetAttrOrNull(ctx, name);
        if (v != null) return v;
        if (module is PyModule m)
        {
            var sub = m.Name + "." + name;
            if (ctx.Runtime.IsCompiledModule(sub) || BuiltinModules.Exists(sub))
                return ctx.Runtime.Import(ctx, sub);
            var where = m.Get("__file__") is PyStr f ? f.Value : "unknown location";
            var msg = m.Initializing
                ? $"cannot import name '{name}' from partially initialized module '{m.Name}' (most likely due to a circular import) ({where})"
                : $"cannot import name '{name}' from '{m.Name}' ({where})";
            var err = new PyBaseException(TypeObjects.ImportError, PyTuple.Of(new PyStr(msg)));
            err.InstanceDict!.SetStr("name", new PyStr(m.Name));
            if (m.Get("__file__") is PyStr path) err.InstanceDict!.SetStr("path", path);
            throw err.ToThrowable();
        }
        throw PyErr.ImportError($"cannot import name '{name}'");
    }

    /// <summary>`from m import *`: names in `__all__`, or every public name.</summary>
    public static void ImportStar(PyContext ctx, PyModule module, PyModule into)
    {
        var all = module.Get("__all__");
        if (all != null)
        {
            foreach (var n in Iteration.Enumerate(ctx, all))
            {
                var name = Conversions.ToStr(n, "Item in __all__");
                into.Set(name, ImportFrom(ctx, module, name));
            }
            return;
        }
        foreach (var (name, value) in module.Items().ToArray())
            if (!name.StartsWith('_')) into.Set(name, value);
    }
}
