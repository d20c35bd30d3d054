namespace Pycc.Runtime;

/// <summary>
/// An instance of a class created by a `class` statement. When the class derives from a
/// built-in type (list, int, dict...), <see cref="Native"/> holds the built-in value that
/// inherited methods operate on.
/// </summary>
public sealed class PyInstance : PyObject
{
    public PyType Class;
    public PyDict? Dict;
    /// <summary>Values of `__slots__` attributes, by slot index; null entries are unset.</summary>
    public PyObject?[]? Slots;
    public PyObject? Native;

    public PyInstance(PyType cls)
    {
        Class = cls;
        if (cls.HasInstanceDict) Dict = new PyDict();
        if (cls.SlotNames != null) Slots = new PyObject?[cls.SlotNames.Length];
    }

    public override PyType Type => Class;
    public override PyDict? InstanceDict => Dict;

    public override PyObject GetIter(PyContext ctx) => Iteration.GenericGetIter(ctx, this);
}

/// <summary>A data descriptor for one `__slots__` entry.</summary>
public sealed class PySlotDescriptor : PyObject
{
    public readonly string Name;
    public readonly int Index;
    public readonly PyType Owner;
    public PySlotDescriptor(string name, int index, PyType owner) { Name = name; Index = index; Owner = owner; }
    public override PyType Type => TypeObjects.MemberDescriptor;
}

public sealed class PyProperty : PyObject
{
    public PyObject? Getter, Setter, Deleter;
    public PyObject Doc;
    public PyProperty(PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc)
    {
        Getter = fget; Setter = fset; Deleter = fdel;
        Doc = doc ?? (fget != null ? (fget.GetAttrOrNull(PyContext.Current, "__doc__") ?? PyNone.Instance) : PyNone.Instance);
    }
    public override PyType Type => TypeObjects.Property;
}

public sealed class PyStaticMethod : PyObject
{
    public readonly PyObject Function;
    public PyStaticMethod(PyObject f) { Function = f; }
    public override PyType Type => TypeObjects.StaticMethod;
    public override PyObject Call(PyContext ctx, PyObject[] args, string[]? kwnames) => Function.Call(ctx, args, kwnames);
}

public sealed class PyClassMethod : PyObject
{
    public readonly PyObject Function;
    public PyClassMethod(PyObject f) { Function = f; }
    public override PyType Type => TypeObjects.ClassMethod;
}

/// <summary>super(type, obj): attribute lookup that starts after <see cref="StartAfter"/> in obj's MRO.</summary>
public sealed class PySuper : PyObject
{
    public override bool OverridesGetAttr => true;

    public readonly PyType StartAfter;
    public readonly PyObject? Obj;
    public readonly PyType? ObjType;
    public PySuper(PyType startAfter, PyObject? obj, PyType? objType) { StartAfter = startAfter; Obj = obj; ObjType = objType; }
    public override PyType Type => TypeObjects.Super;
    public override PyObject? GetAttrOrNull(PyContext ctx, string name) => Attributes.SuperGetAttr(ctx, this, name);
}
