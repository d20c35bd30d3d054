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
        var less = FastLess(keys) ?? ((x, y) => Ops.CompareBool(ctx, keys[x], keys[y], CompareOp.Lt));
        RunSort(order, less);
        if (reverse) Array.Reverse(order);
        var sorted = new PyObject[n];
        for (int i = 0; i < n; i++) sorted[i] = items[order[i]];
        if (list.Count != n) throw PyErr.ValueError("list modified during sort");
        Array.Copy(sorted, list.Items, n);
    }

    /// <summary>Homogeneous int, float or str keys compare without the generic protocol.</summary>
    private static Func<int, int, bool>? FastLess(PyObject[] keys)
    {
        if (keys.All(k => k is PyInt)) return (a, b) => ((PyInt)keys[a]).Value < ((PyInt)keys[b]).Value;
        if (keys.All(k => k is PyFloat)) return (a, b) => ((PyFloat)keys[a]).Value < ((PyFloat)keys[b]).Value;
        if (keys.All(k => k is PyStr)) return (a, b) => string.CompareOrdinal(((PyStr)keys[a]).Value, ((PyStr)keys[b]).Value) < 0;
        return null;
    }

    /// <summary>
    /// A stable natural merge sort in the spirit of CPython's timsort: ascending and strictly
    /// descending runs are found (descending ones reversed), short runs are extended by binary
    /// insertion, then runs are merged pairwise. Only `less` is used, once per comparison, so
    /// key comparisons cost what they cost in CPython and sorted input costs n - 1 of them.
    /// </summary>
    private static void RunSort(int[] a, Func<int, int, bool> less)
    {
        int n = a.Length;
        const int MinRun = 32;
        var runs = new List<(int start, int end)>();
        int i = 0;
        while (i < n)
        {
            int start = i++;
            if (i < n)
            {
                if (less(a[i], a[i - 1]))
                {
                    while (i < n && less(a[i], a[i - 1])) i++;
                    Array.Reverse(a, start, i - start);
                }
                else
                {
                    while (i < n && !less(a[i], a[i - 1])) i++;
                }
            }
            int end = Math.Min(n, Math.Max(i, start + MinRun));
            for (int k = i; k < end; k++)
            {
                int x = a[k];
                int lo = start, hi = k;
                while (lo < hi)
                {
                    int mid = (lo + hi) >> 1;
                    if (less(x, a[mid])) hi = mid; else lo = mid + 1;
                }
                Array.Copy(a, lo, a, lo + 1, k - lo);
                a[lo] = x;
            }
            i = end;
            runs.Add((start, end));
        }
        var tmp = new int[n];
        while (runs.Count > 1)
        {
            var merged = new List<(int, int)>();
            for (int r = 0; r + 1 < runs.Count; r += 2)
            {
                var (s1, e1) = runs[r];
                var (_, e2) = runs[r + 1];
                if (!less(a[e1], a[e1 - 1]))
                {
                    merged.Add((s1, e2));
                    continue;
                }
                int p = s1, q = e1, k = s1;
                while (p < e1 && q < e2) tmp[k++] = less(a[q], a[p]) ? a[q++] : a[p++];
                while (p < e1) tmp[k++] = a[p++];
                while (q < e2) tmp[k++] = a[q++];
                Array.Copy(tmp, s1, a, s1, e2 - s1);
                merged.Add((s1, e2));
            }
            if (runs.Count % 2 == 1) merged.Add(runs[^1]);
            runs = merged;
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
