namespace Pycc.Runtime;

/// <summary>
/// Base of every Python value. Built-in types are sealed subclasses with their own fast
/// paths; everything else goes through the generic protocols of <see cref="PyType"/>.
/// The virtual methods here are the protocol entry points; their defaults look the
/// corresponding dunder up on the type, so user classes work without overriding anything.
/// </summary>
public abstract class PyObject
{
    public abstract PyType Type { get; }

    // ------------------------------------------------------------ attributes

    /// <summary>Attribute lookup; null when the attribute does not exist.</summary>
    public virtual PyObject? GetAttrOrNull(PyContext ctx, string name) => PyType.GenericGetAttr(ctx, this, name);

    public virtual void SetAttr(PyContext ctx, string name, PyObject value) => PyType.GenericSetAttr(ctx, this, name, value);

    public virtual void DelAttr(PyContext ctx, string name) => PyType.GenericDelAttr(ctx, this, name);

    /// <summary>True for C# classes whose <see cref="GetAttrOrNull"/> is not the generic protocol
    /// (so method calls must not bypass it).</summary>
    public virtual bool OverridesGetAttr => false;

    /// <summary>The instance dictionary, or null for objects that have none.</summary>
    public virtual PyDict? InstanceDict => null;

    // ------------------------------------------------------------ calls
    // Calls of 0–3 positional arguments have their own entry points so that functions
    // with simple signatures are called without allocating an argument array.

    /// <summary>The general call: positional arguments, then one value per keyword name.</summary>
    public virtual PyObject Call(PyContext ctx, PyObject[] args, string[]? kwnames)
    {
        var call = Type.Lookup("__call__");
        if (call == null) throw PyErr.TypeError($"'{Type.Name}' object is not callable");
        return Calls.CallBoundSlow(ctx, call, this, args, kwnames);
    }

    public virtual PyObject Call0(PyContext ctx) => Call(ctx, Array.Empty<PyObject>(), null);
    public virtual PyObject Call1(PyContext ctx, PyObject a) => Call(ctx, new[] { a }, null);
    public virtual PyObject Call2(PyContext ctx, PyObject a, PyObject b) => Call(ctx, new[] { a, b }, null);
    public virtual PyObject Call3(PyContext ctx, PyObject a, PyObject b, PyObject c) => Call(ctx, new[] { a, b, c }, null);

    // ------------------------------------------------------------ iteration

    /// <summary>iter(self).</summary>
    public virtual PyObject GetIter(PyContext ctx) => Iteration.GenericGetIter(ctx, this);

    /// <summary>next(self): the next item, or null when exhausted (no StopIteration is thrown).</summary>
    public virtual PyObject? IterNext(PyContext ctx) => Iteration.GenericIterNext(ctx, this);

    public override string ToString() => Type.Name + " object";
}

/// <summary>The singleton None.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => TypeObjects.NoneType;
    public override string ToString() => "None";
}

/// <summary>NotImplemented and Ellipsis.</summary>
public sealed class PySingleton : PyObject
{
    public static readonly PySingleton NotImplemented = new("NotImplemented");
    public static readonly PySingleton Ellipsis = new("Ellipsis");
    public readonly string Repr;
    private PySingleton(string repr) { Repr = repr; }
    public override PyType Type => this == NotImplemented ? TypeObjects.NotImplementedType : TypeObjects.EllipsisType;
    public override string ToString() => Repr;
}

/// <summary>A cell holding a variable captured by a closure. Null means unbound.</summary>
public sealed class PyCell : PyObject
{
    public PyObject? Value;
    public PyCell() { }
    public PyCell(PyObject? value) { Value = value; }
    public override PyType Type => TypeObjects.Cell;
}
