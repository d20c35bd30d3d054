using System.Collections;
using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Pycc.Runtime;

namespace Pycc.Hosting;

/// <summary>
/// Conversions between .NET values and Python objects. Everything runs with the runtime
/// entered (containers hash their keys with Python semantics, delegates call back into it).
/// </summary>
internal static class PyConvert
{
    // ------------------------------------------------------------ .NET -> Python

    public static PyObject ToPython(PythonRuntime rt, PyContext ctx, object? value) => value switch
    {
        null => PyNone.Instance,
        PythonObject p => p.OwnedBy(rt),
        PyObject o => o,
        bool b => PyBool.Of(b),
        int i => PyInt.Get(i),
        long l => PyInt.Get(l),
        short or sbyte or byte or ushort or uint => PyInt.Get(Convert.ToInt64(value)),
        ulong u => PyInt.From(u),
        BigInteger big => PyInt.From(big),
        double d => new PyFloat(d),
        float f => new PyFloat(f),
        decimal m => new PyFloat((double)m),
        string s => new PyStr(s),
        char c => new PyStr(c.ToString()),
        byte[] bytes => new PyBytes((byte[])bytes.Clone()),
        Delegate del => FromDelegate(rt, del),
        ITuple t => TupleFrom(rt, ctx, t),
        IDictionary dict => DictFrom(rt, ctx, dict.Keys.Cast<object?>().Zip(dict.Values.Cast<object?>())),
        IEnumerable e when KeyValuePairs(e) is { } pairs => DictFrom(rt, ctx, pairs),
        IEnumerable e => new PyList(e.Cast<object?>().Select(x => ToPython(rt, ctx, x)).ToArray()),
        _ => throw new ArgumentException($"a .NET {value.GetType().Name} has no Python equivalent (pass a PythonObject or a value of a supported type)"),
    };

    private static PyTuple TupleFrom(PythonRuntime rt, PyContext ctx, ITuple t)
    {
        var items = new PyObject[t.Length];
        for (int i = 0; i < items.Length; i++) items[i] = ToPython(rt, ctx, t[i]);
        return PyTuple.Of(items);
    }

    private static PyDict DictFrom(PythonRuntime rt, PyContext ctx, IEnumerable<(object? key, object? value)> pairs)
    {
        var d = new PyDict();
        foreach (var (k, v) in pairs) d.SetItem(ctx, ToPython(rt, ctx, k), ToPython(rt, ctx, v));
        return d;
    }

    /// <summary>The pairs of an IReadOnlyDictionary or other sequence of KeyValuePair, else null.</summary>
    private static IEnumerable<(object?, object?)>? KeyValuePairs(IEnumerable e)
    {
        var pairType = e.GetType().GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0])
            .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));
        if (pairType == null) return null;
        var key = pairType.GetProperty("Key")!;
        var value = pairType.GetProperty("Value")!;
        return e.Cast<object>().Select(p => (key.GetValue(p), value.GetValue(p)));
    }

    /// <summary>A .NET delegate as a Python callable: arguments are converted to its parameter types.</summary>
    private static PyBuiltin FromDelegate(PythonRuntime rt, Delegate del)
    {
        var parameters = del.Method.GetParameters();
        var name = del.Method.Name;
        return new PyBuiltin(name, null)
        {
            FK = (ctx, _, args, kwnames) =>
            {
                if (kwnames is { Length: > 0 }) throw PyErr.TypeError($"{name}() (a .NET delegate) takes no keyword arguments");
                if (args.Length != parameters.Length)
                    throw PyErr.TypeError($"{name}() takes {parameters.Length} positional argument{(parameters.Length == 1 ? "" : "s")} but {args.Length} were given");
                var clrArgs = new object?[args.Length];
                for (int i = 0; i < args.Length; i++)
                {
                    try { clrArgs[i] = FromPython(rt, ctx, args[i], parameters[i].ParameterType); }
                    catch (InvalidCastException e) { throw PyErr.TypeError($"{name}() argument {i + 1}: {e.Message}"); }
                }
                object? result;
                try { result = del.DynamicInvoke(clrArgs); }
                catch (TargetInvocationException e) when (e.InnerException != null) { throw rt.ToPythonError(e.InnerException); }
                return ToPython(rt, ctx, result);
            },
        };
    }

    // ------------------------------------------------------------ Python -> .NET

    /// <summary>The natural .NET value of a Python object (None → null, int → long or BigInteger, list → List&lt;object?&gt;...); other objects stay PythonObjects.</summary>
    public static object? ToClr(PythonRuntime rt, PyContext ctx, PyObject o) => o switch
    {
        PyNone => null,
        PyBool b => b.Value,
        PyInt i => i.Value,
        PyBigInt big => big.Value,
        PyFloat f => f.Value,
        PyStr s => s.Value,
        PyBytes b => (byte[])b.Value.Clone(),
        PyTuple t => t.Items.Select(x => ToClr(rt, ctx, x)).ToArray(),
        PyList l => Items(l).Select(x => ToClr(rt, ctx, x)).ToList(),
        PyDict d => d.Pairs().ToDictionary(p => ToClr(rt, ctx, p.Key) ?? DBNull.Value, p => ToClr(rt, ctx, p.Value)),
        _ => new PythonObject(rt, o),
    };

    public static object? FromPython(PythonRuntime rt, PyContext ctx, PyObject o, Type target)
    {
        if (target == typeof(object)) return ToClr(rt, ctx, o);
        if (target == typeof(PythonObject)) return new PythonObject(rt, o);
        if (target.IsInstanceOfType(o)) return o;
        if (Nullable.GetUnderlyingType(target) is { } underlying)
            return o is PyNone ? null : FromPython(rt, ctx, o, underlying);
        if (o is PyNone && !target.IsValueType) return null;

        switch (Type.GetTypeCode(target))
        {
            case TypeCode.Boolean when o is PyBool b: return b.Value;
            case TypeCode.String when o is PyStr s: return s.Value;
            case TypeCode.Double when o is PyFloat or PyIntegral: return ToDouble(o);
            case TypeCode.Single when o is PyFloat or PyIntegral: return (float)ToDouble(o);
            case TypeCode.Decimal when o is PyFloat or PyIntegral: return (decimal)ToDouble(o);
            case TypeCode.Int64 or TypeCode.Int32 or TypeCode.Int16 or TypeCode.SByte
                or TypeCode.UInt64 or TypeCode.UInt32 or TypeCode.UInt16 or TypeCode.Byte when o is PyIntegral n:
                var value = n.ToBig();
                try { return Convert.ChangeType((object)(value >= long.MinValue && value <= long.MaxValue ? (long)value : (object)(ulong)value), target); }
                catch (Exception e) when (e is OverflowException or InvalidCastException) { throw new InvalidCastException($"Python int {value} does not fit in {target.Name}"); }
        }
        if (target == typeof(BigInteger) && o is PyIntegral bi) return bi.ToBig();
        if (target == typeof(byte[]) && o is PyBytes or PyByteArray)
            return o is PyBytes pb ? (byte[])pb.Value.Clone() : ((PyByteArray)o).Value.ToArray();
        if (target.IsArray && target.GetArrayRank() == 1 && IsSequence(o))
        {
            var items = Items(o).ToArray();
            var array = Array.CreateInstance(target.GetElementType()!, items.Length);
            for (int i = 0; i < items.Length; i++) array.SetValue(FromPython(rt, ctx, items[i], target.GetElementType()!), i);
            return array;
        }
        if (typeof(Delegate).IsAssignableFrom(target) && target != typeof(Delegate)) return ToDelegate(rt, o, target);
        if (target.IsGenericType)
        {
            var def = target.GetGenericTypeDefinition();
            var args = target.GetGenericArguments();
            if (args.Length == 1 && IsSequence(o) && (def == typeof(List<>) || def == typeof(IList<>) || def == typeof(IReadOnlyList<>)
                                   || def == typeof(ICollection<>) || def == typeof(IReadOnlyCollection<>) || def == typeof(IEnumerable<>)))
            {
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(args[0]))!;
                foreach (var item in Items(o)) list.Add(FromPython(rt, ctx, item, args[0]));
                return list;
            }
            if (args.Length == 2 && o is PyDict pd && (def == typeof(Dictionary<,>) || def == typeof(IDictionary<,>) || def == typeof(IReadOnlyDictionary<,>)))
            {
                var dict = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
                foreach (var (k, v) in pd.Pairs())
                    dict[FromPython(rt, ctx, k, args[0]) ?? throw new InvalidCastException("a None key cannot be a .NET dictionary key")] = FromPython(rt, ctx, v, args[1]);
                return dict;
            }
        }
        throw new InvalidCastException($"cannot convert Python {o.Type.Name} to {target.Name}");
    }

    private static double ToDouble(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => i.Value,
        _ => (double)((PyIntegral)o).ToBig(),
    };

    private static bool IsSequence(PyObject o) => o is PyList or PyTuple;

    private static IEnumerable<PyObject> Items(PyObject o) => o switch
    {
        PyList l => l.Items.Take(l.Count).ToArray(),
        PyTuple t => t.Items,
        _ => throw new InvalidCastException($"Python {o.Type.Name} is not a list or tuple"),
    };

    /// <summary>A Python callable as a typed .NET delegate: arguments and result are converted on each call.</summary>
    private static Delegate ToDelegate(PythonRuntime rt, PyObject callable, Type delegateType)
    {
        var invoke = delegateType.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var target = new DelegateTarget(rt, callable, invoke.ReturnType);
        var argArray = Expression.NewArrayInit(typeof(object), parameters.Select(p => Expression.Convert(p, typeof(object))));
        Expression body = Expression.Call(Expression.Constant(target), nameof(DelegateTarget.Invoke), null, argArray);
        body = invoke.ReturnType == typeof(void) ? body : Expression.Convert(body, invoke.ReturnType);
        return Expression.Lambda(delegateType, body, parameters).Compile();
    }

    private sealed class DelegateTarget(PythonRuntime rt, PyObject callable, Type returnType)
    {
        public object? Invoke(object?[] args) => rt.Run(ctx =>
        {
            var pyArgs = args.Select(a => ToPython(rt, ctx, a)).ToArray();
            var result = callable.Call(ctx, pyArgs, null);
            return returnType == typeof(void) ? null : FromPython(rt, ctx, result, returnType);
        });
    }
}
