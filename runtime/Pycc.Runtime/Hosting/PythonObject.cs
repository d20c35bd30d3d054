using System.Collections;
using System.Dynamic;
using Pycc.Runtime;

namespace Pycc.Hosting;

/// <summary>
/// A Python object held by the host. Typed access: <see cref="GetAttr"/>, <see cref="Call(object?[])"/>,
/// <see cref="As{T}"/>; or use it as <c>dynamic</c> for quick scripting
/// (<c>dynamic m = runtime.Import("app"); long n = m.fib(20);</c>).
/// </summary>
public class PythonObject : DynamicObject, IEnumerable<PythonObject>
{
    public PythonRuntime Runtime { get; }
    /// <summary>The underlying runtime object (for code using Pycc.Runtime directly).</summary>
    public PyObject Object { get; }

    internal PythonObject(PythonRuntime runtime, PyObject obj)
    {
        Runtime = runtime;
        Object = obj;
    }

    /// <summary>The object, after checking it belongs to <paramref name="rt"/>: objects do not move between runtimes.</summary>
    internal PyObject OwnedBy(PythonRuntime rt) =>
        ReferenceEquals(rt, Runtime) ? Object : throw new ArgumentException("a PythonObject from another PythonRuntime cannot be passed to this one (runtimes share no objects)");

    /// <summary>The Python type name, e.g. "int" or a class name.</summary>
    public string TypeName => Object.Type.Name;
    public bool IsNone => Object is PyNone;

    // ------------------------------------------------------------ attributes and items

    public PythonObject GetAttr(string name) => Wrap(ctx => Ops.GetAttr(ctx, Object, name));

    public bool HasAttr(string name)
    {
        try { return Runtime.Run(ctx => Object.GetAttrOrNull(ctx, name) != null); }
        catch (PythonException e) when (e.IsInstanceOf("AttributeError")) { return false; }
    }

    public void SetAttr(string name, object? value) => Runtime.Run(ctx => Ops.SetAttr(ctx, Object, name, PyConvert.ToPython(Runtime, ctx, value)));

    /// <summary>obj[key].</summary>
    public PythonObject this[object? key]
    {
        get => Wrap(ctx => Ops.GetItem(ctx, Object, PyConvert.ToPython(Runtime, ctx, key)));
        set => SetItem(key, value);
    }

    /// <summary>obj[key] = value, for any convertible value.</summary>
    public void SetItem(object? key, object? value) =>
        Runtime.Run(ctx => Ops.SetItem(ctx, Object, PyConvert.ToPython(Runtime, ctx, key), PyConvert.ToPython(Runtime, ctx, value)));

    // ------------------------------------------------------------ calls

    /// <summary>Calls the object with positional arguments (converted with the rules of <see cref="PythonRuntime.ToPython"/>).</summary>
    public PythonObject Call(params object?[] args) => Call(args, null);

    /// <summary>Calls the object with positional and keyword arguments.</summary>
    public PythonObject Call(object?[] args, IEnumerable<KeyValuePair<string, object?>>? kwargs) => Wrap(ctx => CallIn(ctx, Object, args, kwargs));

    /// <summary>Calls the object and converts the result to <typeparamref name="T"/>.</summary>
    public T Call<T>(params object?[] args) => Call(args, null).As<T>();

    /// <summary>Calls a method: obj.name(*args, **kwargs).</summary>
    public PythonObject Invoke(string method, object?[] args, IEnumerable<KeyValuePair<string, object?>>? kwargs = null) =>
        Wrap(ctx => CallIn(ctx, Ops.GetAttr(ctx, Object, method), args, kwargs));

    private PyObject CallIn(PyContext ctx, PyObject callable, object?[] args, IEnumerable<KeyValuePair<string, object?>>? kwargs)
    {
        var kw = kwargs?.ToArray() ?? Array.Empty<KeyValuePair<string, object?>>();
        var all = new PyObject[args.Length + kw.Length];
        for (int i = 0; i < args.Length; i++) all[i] = PyConvert.ToPython(Runtime, ctx, args[i]);
        for (int i = 0; i < kw.Length; i++) all[args.Length + i] = PyConvert.ToPython(Runtime, ctx, kw[i].Value);
        return callable.Call(ctx, all, kw.Length == 0 ? null : kw.Select(p => p.Key).ToArray());
    }

    // ------------------------------------------------------------ conversions

    /// <summary>
    /// Converts to a .NET type: long/int/BigInteger, double, string, bool, byte[], arrays,
    /// List/IList/IReadOnlyList&lt;T&gt;, Dictionary/IDictionary/IReadOnlyDictionary&lt;K,V&gt;,
    /// nullable types (None → null), delegates (Func/Action: calls go back into Python), or
    /// object (the natural .NET value). Throws <see cref="InvalidCastException"/> when the value does not fit.
    /// </summary>
    public T As<T>() => (T)As(typeof(T))!;

    public object? As(Type type) => Runtime.Run(ctx => PyConvert.FromPython(Runtime, ctx, Object, type));

    /// <summary>The natural .NET value: null, bool, long, BigInteger, double, string, byte[], List, object?[] (tuple), Dictionary, or this object.</summary>
    public object? ToClr() => Runtime.Run(ctx => PyConvert.ToClr(Runtime, ctx, Object));

    /// <summary>str(obj).</summary>
    public override string ToString() => Runtime.Run(ctx => Ops.StrString(ctx, Object));

    /// <summary>repr(obj).</summary>
    public string Repr() => Runtime.Run(ctx => Ops.ReprString(ctx, Object));

    public IEnumerator<PythonObject> GetEnumerator()
    {
        var iterator = Runtime.Run(ctx => Object.GetIter(ctx));
        while (true)
        {
            var next = Runtime.Run(ctx => iterator.IterNext(ctx));
            if (next == null) yield break;
            yield return new PythonObject(Runtime, next);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private PythonObject Wrap(Func<PyContext, PyObject> body) => Runtime.Run(ctx => new PythonObject(Runtime, body(ctx)));

    // ------------------------------------------------------------ dynamic

    public override bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        result = GetAttr(binder.Name);
        return true;
    }

    public override bool TrySetMember(SetMemberBinder binder, object? value)
    {
        SetAttr(binder.Name, value);
        return true;
    }

    public override bool TryInvokeMember(InvokeMemberBinder binder, object?[]? args, out object? result)
    {
        var (positional, keywords) = SplitArguments(binder.CallInfo, args ?? Array.Empty<object?>());
        result = Invoke(binder.Name, positional, keywords);
        return true;
    }

    public override bool TryInvoke(InvokeBinder binder, object?[]? args, out object? result)
    {
        var (positional, keywords) = SplitArguments(binder.CallInfo, args ?? Array.Empty<object?>());
        result = Call(positional, keywords);
        return true;
    }

    /// <summary>C# named arguments (<c>f(1, sep: "-")</c>) come last; they become Python keyword arguments.</summary>
    private static (object?[], KeyValuePair<string, object?>[]) SplitArguments(CallInfo info, object?[] args)
    {
        int named = info.ArgumentNames.Count;
        var positional = args[..(args.Length - named)];
        var keywords = info.ArgumentNames.Select((name, i) => KeyValuePair.Create(name, args[args.Length - named + i])).ToArray();
        return (positional, keywords);
    }

    public override bool TryGetIndex(GetIndexBinder binder, object[] indexes, out object? result)
    {
        result = this[IndexKey(indexes)];
        return true;
    }

    public override bool TrySetIndex(SetIndexBinder binder, object[] indexes, object? value)
    {
        SetItem(IndexKey(indexes), value);
        return true;
    }

    /// <summary>obj[a, b] is obj[(a, b)] in Python.</summary>
    private object? IndexKey(object[] indexes) => indexes.Length == 1 ? indexes[0]
        : Runtime.Run(ctx => new PythonObject(Runtime, PyTuple.Of(indexes.Select(i => PyConvert.ToPython(Runtime, ctx, i)).ToArray())));

    public override bool TryConvert(ConvertBinder binder, out object? result)
    {
        result = As(binder.Type);
        return true;
    }

    /// <summary>dir(obj), for debuggers and tools that list dynamic members.</summary>
    public override IEnumerable<string> GetDynamicMemberNames() =>
        Runtime.Run(ctx => (List<string>)PyConvert.FromPython(Runtime, ctx, Runtime.Core.Builtins.Get("dir")!.Call1(ctx, Object), typeof(List<string>))!);
}

/// <summary>A Python module: its globals can be read, set and called by name.</summary>
public sealed class PythonModule : PythonObject
{
    internal PythonModule(PythonRuntime runtime, PyModule module) : base(runtime, module) { }

    private PyModule Module => (PyModule)Object;

    public string Name => Module.Name;

    /// <summary>The global's value, or null when the module has no such global.</summary>
    public PythonObject? Get(string name) => Module.Get(name) is { } v ? new PythonObject(Runtime, v) : null;

    /// <summary>The global converted to <typeparamref name="T"/>; throws KeyNotFoundException when it does not exist.</summary>
    public T Get<T>(string name) => (Get(name) ?? throw new KeyNotFoundException($"module '{Name}' has no global '{name}'")).As<T>();

    /// <summary>Sets (or creates) a global.</summary>
    public void Set(string name, object? value) => Runtime.Run(ctx => Module.Set(name, PyConvert.ToPython(Runtime, ctx, value)));

    /// <summary>The names of the module's globals.</summary>
    public IReadOnlyList<string> GlobalNames => Module.Items().Select(i => i.name).ToArray();

    /// <summary>Calls a global function: module.name(*args).</summary>
    public PythonObject Call(string function, params object?[] args) => Function(function).Call(args, null);

    public T Call<T>(string function, params object?[] args) => Function(function).Call(args, null).As<T>();

    /// <summary>The global, or the AttributeError Python would raise for module.name.</summary>
    private PythonObject Function(string name) => Get(name) ?? Runtime.Run<PythonObject>(_ => throw PyErr.NoAttribute(Module, name));
}
