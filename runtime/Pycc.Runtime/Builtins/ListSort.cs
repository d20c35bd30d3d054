namespace Pycc.Runtime;

/// <summary>list.sort / sorted: a stable sort with key and reverse, raising what comparisons raise.</summary>
public static class ListSort
{
    public static void Sort(PyContext ctx, PyList list, PyObject[] args, string[]? kwnames)
    {
        var p = new ArgParser("sort", args, kwnames, 0, new[] { "key", "reverse" });
        var key = p.OrNull(0);
        bool reverse = p[1] != null && Ops.IsTrue(ctx, p[1]!);
        int n = list.Count;
        if (n < 2) return;
        var items = list.ToArray();
        var keys = key == null ? items : items.Select(x => key.Call1(ctx, x)).ToArray();
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // Reverse keeps stability by sorting on reversed input and reversing back, as CPython does.
        if (reverse) Array.Reverse(order);
        Comparison<int> cmp = FastComparison(keys) ?? ((a, b) =>
        {
            if (Ops.CompareBool(ctx, keys[a], keys[b], CompareOp.Lt)) return -1;
            if (Ops.CompareBool(ctx, keys[b], keys[a], CompareOp.Lt)) return 1;
            return 0;
        });
        MergeSort(order, cmp);
        if (reverse) Array.Reverse(order);
        var sorted = new PyObject[n];
        for (int i = 0; i < n; i++) sorted[i] = items[order[i]];
        if (list.Count != n) throw PyErr.ValueError("list modified during sort");
        Array.Copy(sorted, list.Items, n);
    }

    /// <summary>Homogeneous int, float or str keys compare without the generic protocol.</summary>
    private static Comparison<int>? FastComparison(PyObject[] keys)
    {
        if (keys.All(k => k is PyInt)) return (a, b) => ((PyInt)keys[a]).Value.CompareTo(((PyInt)keys[b]).Value);
        if (keys.All(k => k is PyFloat))
            return (a, b) =>
            {
                double x = ((PyFloat)keys[a]).Value, y = ((PyFloat)keys[b]).Value;
                return x < y ? -1 : y < x ? 1 : 0;
            };
        if (keys.All(k => k is PyStr)) return (a, b) => string.CompareOrdinal(((PyStr)keys[a]).Value, ((PyStr)keys[b]).Value);
        return null;
    }

    /// <summary>Stable merge sort of indices (Array.Sort is not stable).</summary>
    private static void MergeSort(int[] a, Comparison<int> cmp)
    {
        var tmp = new int[a.Length];
        for (int width = 1; width < a.Length; width *= 2)
        {
            for (int lo = 0; lo < a.Length - width; lo += 2 * width)
            {
                int mid = lo + width, hi = Math.Min(lo + 2 * width, a.Length);
                if (cmp(a[mid - 1], a[mid]) <= 0) continue;
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) tmp[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
                while (i < mid) tmp[k++] = a[i++];
                while (j < hi) tmp[k++] = a[j++];
                Array.Copy(tmp, lo, a, lo, hi - lo);
            }
        }
    }
}

/// <summary>round(): banker's rounding for ints and floats, exact like CPython.</summary>
public static class Rounding
{
    public static PyObject Round(PyContext ctx, PyObject number, PyObject? ndigits)
    {
        if (number is PyFloat f)
        {
            if (ndigits == null)
            {
                if (double.IsNaN(f.Value)) throw PyErr.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.Value)) throw PyErr.OverflowError("cannot convert float infinity to integer");
                return IntParsing.FromDouble(Math.Round(f.Value, MidpointRounding.ToEven));
            }
            long nd = Conversions.IndexToLong(ctx, ndigits);
            return new PyFloat(RoundDouble(f.Value, nd));
        }
        if (number is PyIntegral i)
        {
            if (ndigits == null) return i is PyBool b ? PyInt.Get(b.Value ? 1 : 0) : i;
            long nd = Conversions.IndexToLong(ctx, ndigits);
            if (nd >= 0) return i is PyBool b2 ? PyInt.Get(b2.Value ? 1 : 0) : i;
            var pow = System.Numerics.BigInteger.Pow(10, (int)Math.Min(-nd, 4000));
            var v = i.ToBig();
            var q = BuiltinOperators.FloorDivBig(v, pow);
            var r = v - q * pow;
            var twice = r * 2;
            if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
            return PyInt.From(q * pow);
        }
        var slot = number.Type.Lookup("__round__") ?? throw PyErr.TypeError($"type {number.Type.Name} doesn't define __round__ method");
        return ndigits == null ? Calls.CallDescriptor(ctx, slot, number) : Calls.CallDescriptor(ctx, slot, number, ndigits);
    }

    /// <summary>Rounds through the exact decimal expansion (as CPython's correctly rounded dtoa does).</summary>
    private static double RoundDouble(double x, long nd)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        if (nd > 323) return x;
        if (nd < -308) return 0.0 * Math.Sign(x);
        // Exact value of x as a fraction m * 2^e.
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp++; else mant |= 1L << 52;
        exp -= 1075;
        System.Numerics.BigInteger num = mant, den = 1;
        if (exp > 0) num <<= exp; else den <<= -exp;
        if (nd >= 0) num *= System.Numerics.BigInteger.Pow(10, (int)nd); else den *= System.Numerics.BigInteger.Pow(10, (int)-nd);
        var q = System.Numerics.BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        string digits = q.ToString();
        string text = nd >= 0 ? digits + "e-" + nd : digits + "e" + (-nd);
        double result = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return neg ? -result : result;
    }
}
