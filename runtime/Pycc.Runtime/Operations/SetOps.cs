namespace Pycc.Runtime;

/// <summary>Set algebra shared by operators and set methods.</summary>
public static class SetOps
{
    public static PySet Combine(PyContext ctx, BinaryOp op, PySet a, PySet b)
    {
        var r = new PySet(a.Frozen);
        switch (op)
        {
            case BinaryOp.Or:
                foreach (var x in a.Items()) r.Add(ctx, x);
                foreach (var x in b.Items()) r.Add(ctx, x);
                break;
            case BinaryOp.And:
                var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
                foreach (var x in small.Items()) if (large.Contains(ctx, x)) r.Add(ctx, x);
                break;
            case BinaryOp.Sub:
                foreach (var x in a.Items()) if (!b.Contains(ctx, x)) r.Add(ctx, x);
                break;
            case BinaryOp.Xor:
                foreach (var x in a.Items()) if (!b.Contains(ctx, x)) r.Add(ctx, x);
                foreach (var x in b.Items()) if (!a.Contains(ctx, x)) r.Add(ctx, x);
                break;
        }
        return r;
    }

    public static bool IsSubset(PyContext ctx, PySet a, PySet b)
    {
        if (a.Count > b.Count) return false;
        foreach (var x in a.Items()) if (!b.Contains(ctx, x)) return false;
        return true;
    }

    public static bool Compare(PyContext ctx, PySet a, PySet b, CompareOp op) => op switch
    {
        CompareOp.Eq => a.Count == b.Count && IsSubset(ctx, a, b),
        CompareOp.Ne => !(a.Count == b.Count && IsSubset(ctx, a, b)),
        CompareOp.Le => IsSubset(ctx, a, b),
        CompareOp.Lt => a.Count < b.Count && IsSubset(ctx, a, b),
        CompareOp.Ge => IsSubset(ctx, b, a),
        _ => b.Count < a.Count && IsSubset(ctx, b, a),
    };

    /// <summary>CPython's frozenset hash: order-independent mixing of element hashes.</summary>
    public static long HashFrozen(PyContext ctx, PySet s)
    {
        ulong hash = 0;
        foreach (var x in s.Items())
        {
            ulong h = (ulong)Ops.Hash(ctx, x);
            hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        }
        hash ^= ((ulong)s.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        long r = (long)hash;
        return r == -1 ? 590923713 : r;
    }

    public static PySet FromIterable(PyContext ctx, PyObject iterable, bool frozen)
    {
        var s = new PySet(frozen);
        foreach (var x in Iteration.Enumerate(ctx, iterable)) s.Add(ctx, x);
        return s;
    }
}

/// <summary>List operations shared by generated code, operators and list methods.</summary>
public static class ListOps
{
    public static void Extend(PyContext ctx, PyList list, PyObject iterable)
    {
        switch (iterable)
        {
            case PyList other:
            {
                int n = other.Count;
                if (list.Count + n > list.Items.Length) list.Grow(list.Count + n);
                Array.Copy(other.Items, 0, list.Items, list.Count, n);
                list.Count += n;
                return;
            }
            case PyTuple t:
                if (list.Count + t.Count > list.Items.Length) list.Grow(list.Count + t.Count);
                Array.Copy(t.Items, 0, list.Items, list.Count, t.Count);
                list.Count += t.Count;
                return;
        }
        foreach (var x in Iteration.Enumerate(ctx, iterable)) list.Append(x);
    }
}
