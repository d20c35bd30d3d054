namespace Pycc.Runtime;

/// <summary>The tests behind `match` patterns (PEP 634).</summary>
public static class PatternMatching
{
    /// <summary>A sequence pattern: a non-str/bytes sequence of the right length.</summary>
    public static bool Sequence(PyContext ctx, PyObject subject, int fixedCount, bool hasStar, out PyObject[] items)
    {
        items = Array.Empty<PyObject>();
        if (subject is PyStr or PyBytes or PyByteArray or PyDict) return false;
        bool isSequence = subject is PyList or PyTuple or PyRange
            || (subject is PyInstance inst && (inst.Native is PyList or PyTuple || IsRegisteredSequence(subject.Type)));
        if (!isSequence) return false;
        long len = Ops.Len(ctx, subject);
        if (hasStar ? len < fixedCount : len != fixedCount) return false;
        items = Iteration.ToArray(ctx, subject);
        return true;
    }

    /// <summary>Classes opt in through collections.abc.Sequence registration or inheritance (`__abc_sequence__` marker).</summary>
    private static bool IsRegisteredSequence(PyType t) => t.Lookup("__pycc_sequence__") != null;

    public static PyObject Middle(PyObject[] items, int before, int after) =>
        new PyList(items[before..(items.Length - after)]);

    public static bool Mapping(PyContext ctx, PyObject subject, PyObject[] keys, out PyObject[] values)
    {
        values = new PyObject[keys.Length];
        bool isMapping = subject is PyDict || (subject is PyInstance inst && inst.Native is PyDict) || subject.Type.Lookup("__pycc_mapping__") != null;
        if (!isMapping) return false;
        var get = Ops.GetAttr(ctx, subject, "get");
        var missing = new PyInstance(TypeObjects.Object);
        for (int i = 0; i < keys.Length; i++)
        {
            for (int j = 0; j < i; j++)
                if (Ops.EqBool(ctx, keys[i], keys[j])) throw PyErr.ValueError($"mapping pattern checks duplicate key ({Ops.ReprString(ctx, keys[i])})");
            var v = get.Call2(ctx, keys[i], missing);
            if (ReferenceEquals(v, missing)) return false;
            values[i] = v;
        }
        return true;
    }

    public static PyObject Rest(PyContext ctx, PyObject subject, PyObject[] keys)
    {
        var d = new PyDict();
        foreach (var k in Iteration.Enumerate(ctx, subject))
        {
            bool used = false;
            foreach (var key in keys) if (Ops.EqBool(ctx, k, key)) { used = true; break; }
            if (!used) d.SetItem(ctx, k, Ops.GetItem(ctx, subject, k));
        }
        return d;
    }

    /// <summary>A class pattern: isinstance, then positional sub-patterns via __match_args__ and keyword attributes.</summary>
    public static bool Class(PyContext ctx, PyObject subject, PyObject cls, int positional, string[] keywords, out PyObject[] attrs)
    {
        attrs = new PyObject[positional + keywords.Length];
        if (cls is not PyType t) throw PyErr.TypeError("called match pattern must be a class");
        if (!BuiltinFunctions.IsInstance(ctx, subject, t)) return false;
        var names = new List<string>();
        if (positional > 0)
        {
            bool selfMatching = !t.IsHeapType && t.NativeClass != null
                || t.Mro.Any(b => !b.IsHeapType && b.NativeClass != null && b != TypeObjects.Object && !b.IsBaseException) && t.Lookup("__match_args__") == null;
            if (selfMatching && t.Lookup("__match_args__") == null)
            {
                if (positional > 1) throw PyErr.TypeError($"{t.Name}() accepts 1 positional sub-pattern ({positional} given)");
                attrs[0] = subject;
            }
            else
            {
                var matchArgs = t.Lookup("__match_args__") as PyTuple;
                if (matchArgs == null && positional > 0)
                    throw PyErr.TypeError($"{t.Name}() accepts 0 positional sub-patterns ({positional} given)");
                if (positional > matchArgs!.Count)
                    throw PyErr.TypeError($"{t.Name}() accepts {matchArgs.Count} positional sub-pattern{(matchArgs.Count == 1 ? "" : "s")} ({positional} given)");
                for (int i = 0; i < positional; i++)
                {
                    var name = Conversions.ToStr(matchArgs.Items[i], "__match_args__ elements");
                    names.Add(name);
                    var v = Ops.GetAttrOrNullCatching(ctx, subject, name);
                    if (v == null) return false;
                    attrs[i] = v;
                }
            }
        }
        for (int k = 0; k < keywords.Length; k++)
        {
            if (names.Contains(keywords[k])) throw PyErr.TypeError($"{t.Name}() got multiple sub-patterns for attribute '{keywords[k]}'");
            var v = Ops.GetAttrOrNullCatching(ctx, subject, keywords[k]);
            if (v == null) return false;
            attrs[positional + k] = v;
        }
        return true;
    }
}
