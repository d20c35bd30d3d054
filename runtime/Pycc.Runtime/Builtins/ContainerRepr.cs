using System.Runtime.CompilerServices;
using System.Text;

namespace Pycc.Runtime;

/// <summary>repr() of containers, guarding against self-reference like CPython's Py_ReprEnter.</summary>
public static class ContainerRepr
{
    [ThreadStatic] private static HashSet<PyObject>? t_active;

    private static bool Enter(PyObject o)
    {
        var active = t_active ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!active.Add(o)) return false;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            active.Remove(o);
            throw PyErr.RecursionError("maximum recursion depth exceeded while getting the repr of an object");
        }
        return true;
    }

    private static void Leave(PyObject o) => t_active!.Remove(o);

    private static void AppendItems(PyContext ctx, StringBuilder sb, PyObject[] items, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Ops.ReprString(ctx, items[i]));
        }
    }

    public static string List(PyContext ctx, PyList l)
    {
        if (l.Count == 0) return "[]";
        if (!Enter(l)) return "[...]";
        try
        {
            var sb = new StringBuilder("[");
            // Re-read the list on each step: a repr may change it.
            for (int i = 0; i < l.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.ReprString(ctx, l.Items[i]));
            }
            return sb.Append(']').ToString();
        }
        finally { Leave(l); }
    }

    public static string Tuple(PyContext ctx, PyTuple t)
    {
        if (t.Count == 0) return "()";
        if (!Enter(t)) return "(...)";
        try
        {
            var sb = new StringBuilder("(");
            AppendItems(ctx, sb, t.Items, t.Count);
            if (t.Count == 1) sb.Append(',');
            return sb.Append(')').ToString();
        }
        finally { Leave(t); }
    }

    public static string Dict(PyContext ctx, PyDict d)
    {
        if (d.Count == 0) return "{}";
        if (!Enter(d)) return "{...}";
        try
        {
            var sb = new StringBuilder("{");
            int pos = 0;
            bool first = true;
            while (d.TryGetEntryAt(ref pos, out var k, out var v))
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.ReprString(ctx, k)).Append(": ").Append(Ops.ReprString(ctx, v));
            }
            return sb.Append('}').ToString();
        }
        finally { Leave(d); }
    }

    public static string Set(PyContext ctx, PySet s, PyType type)
    {
        string name = type.Name;
        if (s.Count == 0) return name + "()";
        if (!Enter(s)) return name + "(...)";
        try
        {
            bool plain = ReferenceEquals(type, TypeObjects.Set);
            var sb = new StringBuilder();
            if (!plain) sb.Append(name).Append('(');
            sb.Append('{');
            var items = s.ToArray();
            AppendItems(ctx, sb, items, items.Length);
            sb.Append('}');
            if (!plain) sb.Append(')');
            return sb.ToString();
        }
        finally { Leave(s); }
    }

    public static string DictView(PyContext ctx, PyDictView v)
    {
        if (!Enter(v)) return "...";
        try
        {
            var sb = new StringBuilder(v.Type.Name).Append("([");
            int pos = 0;
            bool first = true;
            while (v.Dict.TryGetEntryAt(ref pos, out var k, out var val))
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(v.Kind switch
                {
                    DictIterKind.Keys => Ops.ReprString(ctx, k),
                    DictIterKind.Values => Ops.ReprString(ctx, val),
                    _ => "(" + Ops.ReprString(ctx, k) + ", " + Ops.ReprString(ctx, val) + ")",
                });
            }
            return sb.Append("])").ToString();
        }
        finally { Leave(v); }
    }
}
