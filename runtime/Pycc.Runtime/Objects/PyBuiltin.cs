namespace Pycc.Runtime;

/// <summary>
/// A built-in function or method written in C#. Stored unbound (Self == null) in a type's
/// dictionary it acts as a method descriptor; attribute access binds it. Fixed-arity
/// delegates avoid argument arrays on the common call shapes.
/// </summary>
public sealed class PyBuiltin : PyObject
{
    public delegate PyObject Fn0(PyContext ctx, PyObject self);
    public delegate PyObject Fn1(PyContext ctx, PyObject self, PyObject a);
    public delegate PyObject Fn2(PyContext ctx, PyObject self, PyObject a, PyObject b);
    public delegate PyObject Fn3(PyContext ctx, PyObject self, PyObject a, PyObject b, PyObject c);
    /// <summary>Any number of positional arguments.</summary>
    public delegate PyObject FnVar(PyContext ctx, PyObject self, PyObject[] args);
    /// <summary>Positional and keyword arguments (keyword values follow the positionals).</summary>
    public delegate PyObject FnKw(PyContext ctx, PyObject self, PyObject[] args, string[]? kwnames);

    public readonly string Name;
    /// <summary>The type whose dictionary holds this method, or null for a module-level function.</summary>
    public readonly PyType? Owner;
    /// <summary>The bound receiver, or the module for module functions; null when unbound.</summary>
    public readonly PyObject? Self;
    public Fn0? F0;
    public Fn1? F1;
    public Fn2? F2;
    public Fn3? F3;
    public FnVar? FV;
    public FnKw? FK;
    public string? Doc;
    /// <summary>Receives an instance of a user subclass as is, not its native value (dict.__getitem__ needs __missing__).</summary>
    public bool KeepsSubclassInstance;

    public PyBuiltin(string name, PyType? owner, PyObject? self = null)
    {
        Name = name;
        Owner = owner;
        Self = self;
    }

    public override PyType Type => Owner != null && Self == null ? TypeObjects.MethodDescriptor : TypeObjects.BuiltinFunction;

    /// <summary>A bound method; instances of subclasses of built-in types bind their native value.</summary>
    public PyBuiltin Bind(PyObject self) => new(Name, Owner, CheckReceiver(self)) { F0 = F0, F1 = F1, F2 = F2, F3 = F3, FV = FV, FK = FK, Doc = Doc, KeepsSubclassInstance = KeepsSubclassInstance };

    public bool IsUnboundMethod => Owner != null && Self == null;

    /// <summary>Calls the method with an explicit receiver (the fast path of `obj.method(...)`).</summary>
    public PyObject CallWithSelf(PyContext ctx, PyObject self, PyObject[] args, string[]? kwnames)
    {
        self = CheckReceiver(self);
        if (kwnames == null || kwnames.Length == 0)
        {
            switch (args.Length)
            {
                case 0 when F0 != null: return F0(ctx, self);
                case 1 when F1 != null: return F1(ctx, self, args[0]);
                case 2 when F2 != null: return F2(ctx, self, args[0], args[1]);
                case 3 when F3 != null: return F3(ctx, self, args[0], args[1], args[2]);
            }
            if (FV != null) return FV(ctx, self, args);
            if (FK != null) return FK(ctx, self, args, null);
            throw ArityError(args.Length);
        }
        if (FK != null) return FK(ctx, self, args, kwnames);
        throw PyErr.TypeError($"{DisplayName}() takes no keyword arguments");
    }

    public PyObject CallWithSelf0(PyContext ctx, PyObject self)
    {
        if (F0 != null) return F0(ctx, CheckReceiver(self));
        return CallWithSelf(ctx, self, Array.Empty<PyObject>(), null);
    }

    public PyObject CallWithSelf1(PyContext ctx, PyObject self, PyObject a)
    {
        if (F1 != null) return F1(ctx, CheckReceiver(self), a);
        return CallWithSelf(ctx, self, new[] { a }, null);
    }

    public PyObject CallWithSelf2(PyContext ctx, PyObject self, PyObject a, PyObject b)
    {
        if (F2 != null) return F2(ctx, CheckReceiver(self), a, b);
        return CallWithSelf(ctx, self, new[] { a, b }, null);
    }

    /// <summary>Unwraps instances of user subclasses of built-in types to their native value.</summary>
    private PyObject CheckReceiver(PyObject self)
    {
        if (Owner == null || ReferenceEquals(self.Type, Owner)) return self;
        if (Owner.NativeClass != null && !Owner.NativeClass.IsInstanceOfType(self))
        {
            if (self is PyInstance inst && inst.Native != null && Owner.NativeClass.IsInstanceOfType(inst.Native))
                return KeepsSubclassInstance ? self : inst.Native;
            if (Owner.IsBaseException && self is PyBaseException) return self;
            throw PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
        }
        return self;
    }

    private string DisplayName => Owner != null ? $"{Owner.Name}.{Name}" : Name;

    private PyException ArityError(int n)
    {
        int expected = F0 != null ? 0 : F1 != null ? 1 : F2 != null ? 2 : 3;
        if (expected == 0) return PyErr.TypeError($"{DisplayName}() takes no arguments ({n} given)");
        if (expected == 1) return PyErr.TypeError($"{DisplayName}() takes exactly one argument ({n} given)");
        return PyErr.TypeError($"{DisplayName}() takes exactly {expected} arguments ({n} given)");
    }

    public override PyObject Call(PyContext ctx, PyObject[] args, string[]? kwnames)
    {
        if (Self != null || Owner == null) return CallWithSelf(ctx, Self ?? PyNone.Instance, args, kwnames);
        // Unbound method descriptor called as Type.method(obj, ...).
        if (args.Length == 0) throw PyErr.TypeError($"unbound method {DisplayName}() needs an argument");
        return CallWithSelf(ctx, args[0], args[1..], kwnames);
    }

    public override PyObject Call0(PyContext ctx)
    {
        if (Self != null || Owner == null)
            return F0 != null ? F0(ctx, Self ?? PyNone.Instance) : CallWithSelf(ctx, Self ?? PyNone.Instance, Array.Empty<PyObject>(), null);
        return Call(ctx, Array.Empty<PyObject>(), null);
    }

    public override PyObject Call1(PyContext ctx, PyObject a)
    {
        if (Self != null || Owner == null)
            return F1 != null ? F1(ctx, Self ?? PyNone.Instance, a) : CallWithSelf(ctx, Self ?? PyNone.Instance, new[] { a }, null);
        return CallWithSelf0(ctx, a);
    }

    public override PyObject Call2(PyContext ctx, PyObject a, PyObject b)
    {
        if (Self != null || Owner == null)
            return F2 != null ? F2(ctx, Self ?? PyNone.Instance, a, b) : CallWithSelf(ctx, Self ?? PyNone.Instance, new[] { a, b }, null);
        return CallWithSelf1(ctx, a, b);
    }

    public override string ToString() => Self != null && Owner != null
        ? $"<built-in method {Name} of {Self.Type.Name} object>"
        : Owner != null ? $"<method '{Name}' of '{Owner.Name}' objects>" : $"<built-in function {Name}>";
}
