namespace Pycc.Runtime;

/// <summary>Builders for displays and calls with unpacking (`[*a, b]`, `{**d}`, `f(*a, **k)`).</summary>
public static class Build
{
    /// <summary>Items with `*iterable` entries (their indices in <paramref name="starred"/>) expanded.</summary>
    public static PyObject[] Unpack(PyContext ctx, PyObject[] items, int[] starred) => Unpack(ctx, items, starred, null);

    /// <summary>The positional arguments of a call with `*iterable`; errors name the callee as CPython does.</summary>
    public static PyObject[] UnpackArgs(PyContext ctx, PyObject fn, PyObject[] items, int[] starred) => Unpack(ctx, items, starred, fn);

    private static PyObject[] Unpack(PyContext ctx, PyObject[] items, int[] starred, PyObject? callee)
    {
        var result = new List<PyObject>(items.Length + 8);
        int s = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (s < starred.Length && starred[s] == i)
            {
                s++;
                var it = items[i];
                if (it.Type.Lookup("__iter__") == null && it is not (PyList or PyTuple or PyStr) && it.Type.Lookup("__getitem__") == null)
                    throw PyErr.TypeError(callee != null
                        ? $"{Ops.FunctionDescription(callee)} argument after * must be an iterable, not {it.Type.Name}"
                        : $"Value after * must be an iterable, not {it.Type.Name}");
                result.AddRange(Iteration.Enumerate(ctx, it));
            }
            else result.Add(items[i]);
        }
        return result.ToArray();
    }

    public static PySet Set(PyContext ctx, PyObject[] items)
    {
        var s = new PySet();
        foreach (var x in items) s.Add(ctx, x);
        return s;
    }

    /// <summary>A dict display: alternating keys and values.</summary>
    public static PyDict Dict(PyContext ctx, PyObject[] pairs)
    {
        var d = new PyDict();
        for (int i = 0; i < pairs.Length; i += 2) d.SetItem(ctx, pairs[i], pairs[i + 1]);
        return d;
    }

    /// <summary>A dict display with `**mapping` entries (a null key marks one).</summary>
    public static PyDict DictMerge(PyContext ctx, PyObject?[] pairs)
    {
        var d = new PyDict();
        for (int i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] != null)
            {
                d.SetItem(ctx, pairs[i]!, pairs[i + 1]!);
                continue;
            }
            var m = pairs[i + 1]!;
            if (m is PyDict md)
            {
                foreach (var (k, v) in md.Pairs().ToArray()) d.SetItem(ctx, k, v);
                continue;
            }
            var keys = m.GetAttrOrNull(ctx, "keys") ?? throw PyErr.TypeError($"'{m.Type.Name}' object is not a mapping");
            foreach (var k in Iteration.ToArray(ctx, keys.Call0(ctx))) d.SetItem(ctx, k, Ops.GetItem(ctx, m, k));
        }
        return d;
    }

    public static void AddKeyword(PyContext ctx, PyDict kw, string name, PyObject value, PyObject fn)
    {
        var key = new PyStr(name);
        if (kw.ContainsKey(ctx, key))
            throw PyErr.TypeError($"{Ops.FunctionDescription(fn)} got multiple values for keyword argument '{name}'");
        kw.SetItem(ctx, key, value);
    }

    public static string[] KeywordNames(PyDict kw) => kw.Keys().Select(k => ((PyStr)k).Value).ToArray();
    public static PyObject[] KeywordValues(PyDict kw) => kw.Values().ToArray();

    /// <summary>locals(): the bound names of a function.</summary>
    public static PyDict Locals(string[] names, PyObject?[] values)
    {
        var d = new PyDict();
        for (int i = 0; i < names.Length; i++)
            if (values[i] != null) d.SetStr(names[i], values[i]!);
        return d;
    }
}
