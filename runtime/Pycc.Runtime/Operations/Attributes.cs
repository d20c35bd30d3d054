namespace Pycc.Runtime;

public sealed partial class PyType
{
    /// <summary>object.__getattribute__ followed by __getattr__: the default attribute lookup.</summary>
    public static PyObject? GenericGetAttr(PyContext ctx, PyObject obj, string name)
    {
        var type = obj.Type;
        if (type.CustomGetAttribute)
        {
            var ga = type.Lookup("__getattribute__")!;
            try
            {
                return Calls.CallDescriptor(ctx, ga, obj, new PyStr(name));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError) && type.HasGetAttrHook)
            {
                return Calls.CallDescriptor(ctx, type.Lookup("__getattr__")!, obj, new PyStr(name));
            }
        }
        var v = obj is PyType t ? Attributes.TypeGetAttribute(ctx, t, name) : Attributes.ObjectGetAttribute(ctx, obj, name);
        if (v == null && type.HasGetAttrHook)
            return Calls.CallDescriptor(ctx, type.Lookup("__getattr__")!, obj, new PyStr(name));
        return v;
    }

    public static void GenericSetAttr(PyContext ctx, PyObject obj, string name, PyObject value)
    {
        var type = obj.Type;
        if (type.CustomSetAttr)
        {
            Calls.CallDescriptor(ctx, type.Lookup("__setattr__")!, obj, new PyStr(name), value);
            return;
        }
        if (obj is PyType t) Attributes.TypeSetAttribute(ctx, t, name, value);
        else Attributes.ObjectSetAttribute(ctx, obj, name, value);
    }

    public static void GenericDelAttr(PyContext ctx, PyObject obj, string name)
    {
        var type = obj.Type;
        var custom = type.Lookup("__delattr__");
        if (custom != null && !ReferenceEquals(custom, TypeObjects.ObjectDelAttr))
        {
            Calls.CallDescriptor(ctx, custom, obj, new PyStr(name));
            return;
        }
        Attributes.ObjectDelAttribute(ctx, obj, name);
    }
}

/// <summary>The attribute protocol: descriptors, instance dictionaries, slots and type attributes.</summary>
public static class Attributes
{
    /// <summary>Is this a data descriptor (it defines __set__ or __delete__)?</summary>
    public static bool IsDataDescriptor(PyObject d) => d switch
    {
        PyProperty or PySlotDescriptor or PyGetSet => true,
        PyFunction or PyBuiltin or PyStaticMethod or PyClassMethod => false,
        PyInstance => d.Type.Lookup("__set__") != null || d.Type.Lookup("__delete__") != null,
        _ => false,
    };

    /// <summary>Applies descriptor __get__ for an attribute found on the type.</summary>
    public static PyObject Bind(PyContext ctx, PyObject descr, PyObject? instance, PyType owner)
    {
        switch (descr)
        {
            case PyFunction f:
                return instance == null ? f : new PyMethod(f, instance);
            case PyBuiltin b when b.IsUnboundMethod:
                return instance == null ? b : b.Bind(instance);
            case PyStaticMethod sm:
                return sm.Function;
            case PyClassMethod cm:
                return new PyMethod(cm.Function, owner);
            case PyProperty p:
                if (instance == null) return p;
                if (p.Getter == null) throw PyErr.AttributeError($"property of '{instance.Type.Name}' object has no getter");
                return p.Getter.Call1(ctx, instance);
            case PySlotDescriptor sd:
                if (instance == null) return sd;
                return (instance as PyInstance)?.Slots?[sd.Index] ?? throw PyErr.AttributeError($"'{instance.Type.Name}' object has no attribute '{sd.Name}'");
            case PyGetSet gs:
                return instance == null ? gs : gs.Get(ctx, instance);
            case PyInstance:
                var get = descr.Type.Lookup("__get__");
                if (get == null) return descr;
                return Calls.CallDescriptor(ctx, get, descr, instance ?? PyNone.Instance, owner);
            default:
                return descr;
        }
    }

    public static PyObject? ObjectGetAttribute(PyContext ctx, PyObject obj, string name)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr != null && IsDataDescriptor(descr)) return Bind(ctx, descr, obj, type);
        var dict = obj.InstanceDict;
        if (dict != null)
        {
            var v = dict.GetStr(name);
            if (v != null) return v;
        }
        if (descr != null) return Bind(ctx, descr, obj, type);
        return null;
    }

    public static PyObject? TypeGetAttribute(PyContext ctx, PyType t, string name)
    {
        var meta = t.Type;
        var metaDescr = meta.Lookup(name);
        if (metaDescr != null && IsDataDescriptor(metaDescr)) return Bind(ctx, metaDescr, t, meta);
        var v = t.Lookup(name);
        if (v != null) return Bind(ctx, v, null, t);
        if (metaDescr != null) return Bind(ctx, metaDescr, t, meta);
        return null;
    }

    public static void ObjectSetAttribute(PyContext ctx, PyObject obj, string name, PyObject value)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr != null)
        {
            switch (descr)
            {
                case PyProperty p:
                    if (p.Setter == null) throw PyErr.AttributeError($"property '{name}' of '{type.Name}' object has no setter");
                    p.Setter.Call2(ctx, obj, value);
                    return;
                case PySlotDescriptor sd when obj is PyInstance inst && inst.Slots != null:
                    inst.Slots[sd.Index] = value;
                    return;
                case PyGetSet gs:
                    gs.Set(ctx, obj, value);
                    return;
                case PyInstance:
                    var set = descr.Type.Lookup("__set__");
                    if (set != null)
                    {
                        Calls.CallDescriptor(ctx, set, descr, obj, value);
                        return;
                    }
                    break;
            }
        }
        var dict = obj.InstanceDict;
        if (dict == null)
        {
            if (obj is PyInstance)
                throw PyErr.AttributeError($"'{type.Name}' object has no attribute '{name}'");
            throw PyErr.AttributeError(descr != null
                ? $"'{type.Name}' object attribute '{name}' is read-only"
                : $"'{type.Name}' object has no attribute '{name}'");
        }
        var key = PyStr.Intern(name);
        dict.SetStr(key, key.Hash(), value);
    }

    public static void ObjectDelAttribute(PyContext ctx, PyObject obj, string name)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        switch (descr)
        {
            case PyProperty p:
                if (p.Deleter == null) throw PyErr.AttributeError($"property '{name}' of '{type.Name}' object has no deleter");
                p.Deleter.Call1(ctx, obj);
                return;
            case PySlotDescriptor sd when obj is PyInstance inst && inst.Slots != null:
                if (inst.Slots[sd.Index] == null) throw PyErr.AttributeError(sd.Name);
                inst.Slots[sd.Index] = null;
                return;
            case PyGetSet gs when obj.InstanceDict == null:
                throw PyErr.AttributeError($"attribute '{gs.Name}' of '{type.Name}' objects is not writable");
            case PyInstance:
                var del = descr.Type.Lookup("__delete__");
                if (del != null)
                {
                    Calls.CallDescriptor(ctx, del, descr, obj);
                    return;
                }
                break;
        }
        var dict = obj.InstanceDict;
        if (dict == null || !dict.RemoveStr(name))
            throw PyErr.NoAttribute(obj, name);
    }

    public static void TypeSetAttribute(PyContext ctx, PyType t, string name, PyObject value)
    {
        var metaDescr = t.Type.Lookup(name);
        if (metaDescr != null && IsDataDescriptor(metaDescr) && metaDescr is not PyGetSet { CanSet: false })
        {
            ObjectSetAttribute(ctx, t, name, value);
            return;
        }
        if (!t.IsHeapType)
            throw PyErr.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
        t.Dict.SetStr(name, value);
        PyType.InvalidateCaches();
    }

    public static PyObject? SuperGetAttr(PyContext ctx, PySuper s, string name)
    {
        if (s.ObjType != null && name != "__class__")
        {
            var mro = s.ObjType.Mro;
            int i = Array.IndexOf(mro, s.StartAfter);
            for (int k = i + 1; k < mro.Length; k++)
            {
                var v = mro[k].Dict.GetStr(name);
                if (v == null) continue;
                var inst = ReferenceEquals(s.Obj, s.ObjType) ? null : s.Obj;
                return Bind(ctx, v, inst, s.ObjType);
            }
        }
        return ObjectGetAttribute(ctx, s, name);
    }
}

/// <summary>A computed attribute of a built-in type (`__class__`, `__dict__`, `__name__`...).</summary>
public sealed class PyGetSet : PyObject
{
    public readonly string Name;
    private readonly Func<PyContext, PyObject, PyObject> _get;
    private readonly Action<PyContext, PyObject, PyObject>? _set;

    public PyGetSet(string name, Func<PyContext, PyObject, PyObject> get, Action<PyContext, PyObject, PyObject>? set = null)
    {
        Name = name;
        _get = get;
        _set = set;
    }

    public bool CanSet => _set != null;
    public override PyType Type => TypeObjects.GetSetDescriptor;
    public PyObject Get(PyContext ctx, PyObject obj) => _get(ctx, obj);

    public void Set(PyContext ctx, PyObject obj, PyObject value)
    {
        if (_set == null) throw PyErr.AttributeError($"attribute '{Name}' of '{obj.Type.Name}' objects is not writable");
        _set(ctx, obj, value);
    }
}
