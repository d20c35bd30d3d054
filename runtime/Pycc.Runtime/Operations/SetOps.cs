namespace Pycc.Runtime;

/// <summary>
/// Set algebra shared by operators and set methods. Each follows CPython's algorithm
/// (which operand is iterated, what is copied first) because that decides the result's order.
/// </summary>
public static class SetOps
{
    public static PySet Combine(PyContext ctx, BinaryOp op, PySet a, PySet b)
    {
        switch (op)
        {
            case BinaryOp.Or:
                var r = a.Copy(a.Frozen);
                r.Merge(ctx, b);
                return r;
            case BinaryOp.And: return Intersection(ctx, a, b);
            case BinaryOp.Sub: return Difference(ctx, a, b);
            default: return SymmetricDifference(ctx, a, b);
        }
    }

    public static PySet Intersection(PyContext ctx, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return so.Copy(so.Frozen);
        var result = new PySet(so.Frozen);
        if (other is PySet os)
        {
            // Iterate the smaller set, keeping its keys.
            var (big, small) = os.Count > so.Count ? (os, so) : (so, os);
            int pos = 0;
            while (small.Next(ref pos, out var key, out long hash))
                if (big.ContainsEntry(ctx, key, hash)) result.AddEntry(ctx, key, hash);
            return result;
        }
        foreach (var key in Iteration.Enumerate(ctx, other))
        {
            long hash = Ops.Hash(ctx, key);
            if (so.ContainsEntry(ctx, key, hash)) result.AddEntry(ctx, key, hash);
        }
        return result;
    }

    public static PySet IntersectionMany(PyContext ctx, PySet so, PyObject[] others)
    {
        if (others.Length == 0) return so.Copy(so.Frozen);
        var result = so;
        foreach (var o in others) result = Intersection(ctx, result, o);
        return ReferenceEquals(result, so) ? so.Copy(so.Frozen) : result;
    }

    public static PySet Difference(PyContext ctx, PySet so, PyObject other)
    {
        int otherSize;
        if (other is PySet os) otherSize = os.Count;
        else if (other.GetType() == typeof(PyDict)) otherSize = ((PyDict)other).Count;
        else return CopyAndDifference(ctx, so, other);
        if ((so.Count >> 2) > otherSize) return CopyAndDifference(ctx, so, other);
        var result = new PySet(so.Frozen);
        int pos = 0;
        while (so.Next(ref pos, out var key, out long hash))
        {
            bool found = other is PySet s2 ? s2.ContainsEntry(ctx, key, hash) : ((PyDict)other).ContainsKey(ctx, key);
            if (!found) result.AddEntry(ctx, key, hash);
        }
        return result;
    }

    private static PySet CopyAndDifference(PyContext ctx, PySet so, PyObject other)
    {
        var result = so.Copy(so.Frozen);
        DifferenceUpdate(ctx, result, other);
        return result;
    }

    public static void DifferenceUpdate(PyContext ctx, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.Clear();
            return;
        }
        if (other is PySet os)
        {
            // A much larger other set is first reduced to the common elements.
            var src = (os.Count >> 3) > so.Count ? Intersection(ctx, so, os) : os;
            int pos = 0;
            while (src.Next(ref pos, out var key, out long hash)) so.DiscardEntry(ctx, key, hash);
        }
        else
        {
            foreach (var key in Iteration.Enumerate(ctx, other)) so.Remove(ctx, key);
        }
        so.CompactIfManyDummies();
    }

    public static PySet SymmetricDifference(PyContext ctx, PySet so, PyObject other)
    {
        var result = PySet.From(ctx, other, so.Frozen);
        SymmetricDifferenceUpdate(ctx, result, so);
        return result;
    }

    public static void SymmetricDifferenceUpdate(PyContext ctx, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.Clear();
            return;
        }
        if (other.GetType() == typeof(PyDict))
        {
            var d = (PyDict)other;
            int dpos = 0;
            while (d.TryGetEntryAt(ref dpos, out var key, out _))
            {
                long hash = Ops.Hash(ctx, key);
                if (!so.DiscardEntry(ctx, key, hash)) so.AddEntry(ctx, key, hash);
            }
            return;
        }
        var os = other as PySet ?? PySet.From(ctx, other, false);
        int pos = 0;
        while (os.Next(ref pos, out var key, out long hash))
            if (!so.DiscardEntry(ctx, key, hash)) so.AddEntry(ctx, key, hash);
    }

    public static bool IsDisjoint(PyContext ctx, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return so.Count == 0;
        if (other is PySet os)
        {
            var (big, small) = os.Count > so.Count ? (os, so) : (so, os);
            int pos = 0;
            while (small.Next(ref pos, out var key, out long hash))
                if (big.ContainsEntry(ctx, key, hash)) return false;
            return true;
        }
        foreach (var key in Iteration.Enumerate(ctx, other))
            if (so.Contains(ctx, key)) return false;
        return true;
    }

    public static bool IsSubset(PyContext ctx, PySet a, PySet b)
    {
        if (a.Count > b.Count) return false;
        int pos = 0;
        while (a.Next(ref pos, out var key, out long hash))
            if (!b.ContainsEntry(ctx, key, hash)) return false;
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
        int pos = 0;
        while (s.Next(ref pos, out _, out long h))
            hash ^= (((ulong)h ^ 89869747UL) ^ ((ulong)h << 16)) * 3644798167UL;
        hash ^= ((ulong)s.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        long r = (long)hash;
        return r == -1 ? 590923713 : r;
    }

    public static PySet FromIterable(PyContext ctx, PyObject iterable, bool frozen) => PySet.From(ctx, iterable, frozen);
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
