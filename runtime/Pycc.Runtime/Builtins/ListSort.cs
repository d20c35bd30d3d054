namespace Pycc.Runtime;

/// <summary>
/// list.sort / sorted: CPython's timsort (natural runs, binary insertion, galloping merges,
/// the powersort merge policy of 3.11). Following it comparison by comparison means a
/// program sees the same `__lt__` calls and the same TypeError for mixed types as in CPython.
/// </summary>
public static class ListSort
{
    public static void Sort(PyContext ctx, PyList list, PyObject[] args, string[]? kwnames)
    {
        var p = new ArgParser("sort", args, kwnames, 0, new[] { "key", "reverse" });
        bool reverse = p[1] != null && !Conversions.Index(ctx, p[1]!).IsZero;
        Sort(ctx, list, p.OrNull(0), reverse);
    }

    public static void Sort(PyContext ctx, PyList list, PyObject? key, bool reverse)
    {
        int n = list.Count;
        var items = list.Items;
        // The list is empty while it is sorted, so code run by comparisons cannot disturb it.
        list.Items = Array.Empty<PyObject>();
        list.Count = 0;
        Exception? error = null;
        try
        {
            PyObject[] keys = items;
            PyObject[]? values = null;
            if (key != null && n > 0)
            {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = key.Call1(ctx, items[i]);
                values = items;
            }
            if (reverse && n > 1)
            {
                Array.Reverse(keys, 0, n);
                if (values != null) Array.Reverse(values, 0, n);
            }
            if (n > 1 && !(values == null && SortSmallInts(keys, n))) new TimSort(ctx, keys, values, n).Run();
            if (reverse && n > 1)
            {
                Array.Reverse(keys, 0, n);
                if (values != null) Array.Reverse(values, 0, n);
            }
        }
        catch (Exception e)
        {
            error = e;
        }
        bool modified = list.Count != 0 || list.Items.Length != 0;
        list.Items = items;
        list.Count = n;
        if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        if (modified) throw PyErr.ValueError("list modified during sort");
    }

    /// <summary>
    /// Ints without a key sort on their values with the framework's sort: comparing ints runs
    /// no Python code, and equal ints are interchangeable (only `is` could tell them apart).
    /// </summary>
    private static bool SortSmallInts(PyObject[] items, int n)
    {
        if (n < 16) return false;
        var values = new long[n];
        for (int i = 0; i < n; i++)
        {
            if (items[i] is not PyInt pi) return false;
            values[i] = pi.Value;
        }
        Array.Sort(values, items, 0, n);
        return true;
    }

    private sealed class TimSort
    {
        private const int MinGallop = 7;
        private readonly PyContext _ctx;
        private readonly PyObject[] _keys;
        private readonly PyObject[]? _values;
        private readonly int _length;
        private readonly Func<PyObject, PyObject, bool> _lt;
        private int _minGallop = MinGallop;
        private PyObject[] _tmpKeys = Array.Empty<PyObject>();
        private PyObject[]? _tmpValues;
        private readonly List<(int start, int len, int power)> _pending = new();

        public TimSort(PyContext ctx, PyObject[] keys, PyObject[]? values, int n)
        {
            _ctx = ctx;
            _keys = keys;
            _values = values;
            _length = n;
            _lt = PickComparison(keys, n);
        }

        /// <summary>Keys all of one common type compare without the generic protocol (same results).</summary>
        private Func<PyObject, PyObject, bool> PickComparison(PyObject[] keys, int n)
        {
            var t = keys[0].GetType();
            for (int i = 1; i < n; i++) if (keys[i].GetType() != t) return Generic;
            if (t == typeof(PyInt)) return (a, b) => ((PyInt)a).Value < ((PyInt)b).Value;
            if (t == typeof(PyFloat)) return (a, b) => ((PyFloat)a).Value < ((PyFloat)b).Value;
            if (t == typeof(PyStr)) return (a, b) => Unicode.CompareCodePoints(((PyStr)a).Value, ((PyStr)b).Value) < 0;
            if (t == typeof(PyTuple)) return TupleLess;
            return Generic;
        }

        private bool Generic(PyObject a, PyObject b) => Ops.CompareBool(_ctx, a, b, CompareOp.Lt);

        /// <summary>
        /// Tuple keys compare as CPython's tuple richcompare does (first unequal item decides, else
        /// the lengths), with ints and strs compared directly; any other item goes through the protocol.
        /// </summary>
        private bool TupleLess(PyObject a, PyObject b)
        {
            var x = ((PyTuple)a).Items;
            var y = ((PyTuple)b).Items;
            int n = Math.Min(x.Length, y.Length);
            for (int i = 0; i < n; i++)
            {
                PyObject p = x[i], q = y[i];
                if (ReferenceEquals(p, q)) continue;
                if (p is PyInt pi && q is PyInt qi)
                {
                    if (pi.Value == qi.Value) continue;
                    return pi.Value < qi.Value;
                }
                if (p is PyStr ps && q is PyStr qs)
                {
                    int c = Unicode.CompareCodePoints(ps.Value, qs.Value);
                    if (c == 0) continue;
                    return c < 0;
                }
                return Ops.CompareBool(_ctx, new PyTuple(x[i..]), new PyTuple(y[i..]), CompareOp.Lt);
            }
            return x.Length < y.Length;
        }

        public void Run()
        {
            int lo = 0, remaining = _length;
            int minrun = ComputeMinRun(remaining);
            do
            {
                int n = CountRun(lo, lo + remaining, out bool descending);
                if (descending) ReverseRange(lo, n);
                if (n < minrun)
                {
                    int force = remaining <= minrun ? remaining : minrun;
                    BinarySort(lo, lo + force, lo + n);
                    n = force;
                }
                FoundNewRun(n);
                _pending.Add((lo, n, 0));
                lo += n;
                remaining -= n;
            } while (remaining > 0);
            while (_pending.Count > 1)
            {
                int k = _pending.Count - 2;
                if (k > 0 && _pending[k - 1].len < _pending[k + 1].len) k--;
                MergeAt(k);
            }
        }

        private static int ComputeMinRun(int n)
        {
            int r = 0;
            while (n >= 64)
            {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        private void ReverseRange(int lo, int n)
        {
            Array.Reverse(_keys, lo, n);
            if (_values != null) Array.Reverse(_values, lo, n);
        }

        private int CountRun(int lo, int hi, out bool descending)
        {
            descending = false;
            if (lo + 1 == hi) return 1;
            int n = 2;
            int i = lo + 1;
            if (_lt(_keys[i], _keys[i - 1]))
            {
                descending = true;
                for (i++; i < hi && _lt(_keys[i], _keys[i - 1]); i++) n++;
            }
            else
            {
                for (i++; i < hi && !_lt(_keys[i], _keys[i - 1]); i++) n++;
            }
            return n;
        }

        private void BinarySort(int lo, int hi, int start)
        {
            if (lo == start) start++;
            for (; start < hi; start++)
            {
                int l = lo, r = start;
                var pivot = _keys[r];
                do
                {
                    int p = l + ((r - l) >> 1);
                    if (_lt(pivot, _keys[p])) r = p;
                    else l = p + 1;
                } while (l < r);
                Array.Copy(_keys, l, _keys, l + 1, start - l);
                PyList.Store(_keys, l, pivot);
                if (_values != null)
                {
                    var pv = _values[start];
                    Array.Copy(_values, l, _values, l + 1, start - l);
                    PyList.Store(_values, l, pv);
                }
            }
        }

        /// <summary>The powersort merge policy: merge runs deeper in the conceptual merge tree first.</summary>
        private void FoundNewRun(int n2)
        {
            if (_pending.Count == 0) return;
            var (s1, n1, _) = _pending[^1];
            int power = PowerLoop(s1, n1, n2, _length);
            while (_pending.Count > 1 && _pending[^2].power > power) MergeAt(_pending.Count - 2);
            var top = _pending[^1];
            _pending[^1] = (top.start, top.len, power);
        }

        private static int PowerLoop(long s1, long n1, long n2, long n)
        {
            int result = 0;
            long a = 2 * s1 + n1, b = a + n1 + n2;
            while (true)
            {
                result++;
                if (a >= n)
                {
                    a -= n;
                    b -= n;
                }
                else if (b >= n) break;
                a <<= 1;
                b <<= 1;
            }
            return result;
        }

        private void MergeAt(int i)
        {
            var (sa, na, powerA) = _pending[i];
            var (sb, nb, _) = _pending[i + 1];
            _pending[i] = (sa, na + nb, powerA);
            _pending.RemoveAt(i + 1);

            // Elements of a before b's first element are already in place.
            int k = GallopRight(_keys[sb], _keys, sa, na, 0);
            sa += k;
            na -= k;
            if (na == 0) return;
            // Elements of b after a's last element are already in place.
            nb = GallopLeft(_keys[sa + na - 1], _keys, sb, nb, nb - 1);
            if (nb <= 0) return;
            if (na <= nb) MergeLo(sa, na, sb, nb);
            else MergeHi(sa, na, sb, nb);
        }

        /// <summary>The leftmost place in a[start..start+n) where key belongs (before equal elements).</summary>
        private int GallopLeft(PyObject key, PyObject[] a, int start, int n, int hint)
        {
            int lastofs = 0, ofs = 1;
            int h = start + hint;
            if (_lt(a[h], key))
            {
                int maxofs = n - hint;
                while (ofs < maxofs)
                {
                    if (_lt(a[h + ofs], key))
                    {
                        lastofs = ofs;
                        ofs = (ofs << 1) + 1;
                    }
                    else break;
                }
                if (ofs > maxofs) ofs = maxofs;
                lastofs += hint;
                ofs += hint;
            }
            else
            {
                int maxofs = hint + 1;
                while (ofs < maxofs)
                {
                    if (_lt(a[h - ofs], key)) break;
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > maxofs) ofs = maxofs;
                int k = lastofs;
                lastofs = hint - ofs;
                ofs = hint - k;
            }
            lastofs++;
            while (lastofs < ofs)
            {
                int m = lastofs + ((ofs - lastofs) >> 1);
                if (_lt(a[start + m], key)) lastofs = m + 1;
                else ofs = m;
            }
            return ofs;
        }

        /// <summary>The rightmost place in a[start..start+n) where key belongs (after equal elements).</summary>
        private int GallopRight(PyObject key, PyObject[] a, int start, int n, int hint)
        {
            int lastofs = 0, ofs = 1;
            int h = start + hint;
            if (_lt(key, a[h]))
            {
                int maxofs = hint + 1;
                while (ofs < maxofs)
                {
                    if (_lt(key, a[h - ofs]))
                    {
                        lastofs = ofs;
                        ofs = (ofs << 1) + 1;
                    }
                    else break;
                }
                if (ofs > maxofs) ofs = maxofs;
                int k = lastofs;
                lastofs = hint - ofs;
                ofs = hint - k;
            }
            else
            {
                int maxofs = n - hint;
                while (ofs < maxofs)
                {
                    if (_lt(key, a[h + ofs])) break;
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > maxofs) ofs = maxofs;
                lastofs += hint;
                ofs += hint;
            }
            lastofs++;
            while (lastofs < ofs)
            {
                int m = lastofs + ((ofs - lastofs) >> 1);
                if (_lt(key, a[start + m])) ofs = m;
                else lastofs = m + 1;
            }
            return ofs;
        }

        private void EnsureTemp(int n)
        {
            if (_tmpKeys.Length < n)
            {
                _tmpKeys = new PyObject[n];
                if (_values != null) _tmpValues = new PyObject[n];
            }
        }

        private void Move(PyObject[] srcK, PyObject[]? srcV, int from, PyObject[] dstK, PyObject[]? dstV, int to, int n)
        {
            if (n == 1)
            {
                // The merges move one item at a time; Array.Copy's set-up dominates such a move.
                PyList.Store(dstK, to, srcK[from]);
                if (_values != null) PyList.Store(dstV!, to, srcV![from]);
                return;
            }
            Array.Copy(srcK, from, dstK, to, n);
            if (_values != null) Array.Copy(srcV!, from, dstV!, to, n);
        }

        /// <summary>Merges a (copied to the temp area) and b, front to back; a is the shorter run.</summary>
        private void MergeLo(int sa, int na, int sb, int nb)
        {
            var keys = _keys;
            var values = _values;
            EnsureTemp(na);
            var tk = _tmpKeys;
            var tv = _tmpValues;
            Move(keys, values, sa, tk, tv, 0, na);
            int dest = sa, pa = 0, pb = sb;
            try
            {
                Move(keys, values, pb++, keys, values, dest++, 1);
                if (--nb == 0) return;
                if (na == 1) goto copyB;
                int minGallop = _minGallop;
                while (true)
                {
                    int acount = 0, bcount = 0;
                    while (true)
                    {
                        if (_lt(keys[pb], tk[pa]))
                        {
                            Move(keys, values, pb++, keys, values, dest++, 1);
                            bcount++;
                            acount = 0;
                            if (--nb == 0) return;
                            if (bcount >= minGallop) break;
                        }
                        else
                        {
                            Move(tk, tv, pa++, keys, values, dest++, 1);
                            acount++;
                            bcount = 0;
                            if (--na == 1) goto copyB;
                            if (acount >= minGallop) break;
                        }
                    }
                    minGallop++;
                    do
                    {
                        minGallop -= minGallop > 1 ? 1 : 0;
                        _minGallop = minGallop;
                        int k = GallopRight(keys[pb], tk, pa, na, 0);
                        acount = k;
                        if (k != 0)
                        {
                            Move(tk, tv, pa, keys, values, dest, k);
                            dest += k;
                            pa += k;
                            na -= k;
                            if (na == 1) goto copyB;
                            if (na == 0) return;
                        }
                        Move(keys, values, pb++, keys, values, dest++, 1);
                        if (--nb == 0) return;
                        k = GallopLeft(tk[pa], keys, pb, nb, 0);
                        bcount = k;
                        if (k != 0)
                        {
                            Move(keys, values, pb, keys, values, dest, k);
                            dest += k;
                            pb += k;
                            nb -= k;
                            if (nb == 0) return;
                        }
                        Move(tk, tv, pa++, keys, values, dest++, 1);
                        if (--na == 1) goto copyB;
                    } while (acount >= MinGallop || bcount >= MinGallop);
                    minGallop++;
                    _minGallop = minGallop;
                }
            copyB:
                // The last element of a belongs at the end of the merge.
                Move(keys, values, pb, keys, values, dest, nb);
                Move(tk, tv, pa, keys, values, dest + nb, 1);
                na = 0;
            }
            finally
            {
                // On success or failure, whatever remains of a goes back into the list.
                if (na > 0) Move(tk, tv, pa, keys, values, dest, na);
            }
        }

        /// <summary>Merges a and b (copied to the temp area), back to front; b is the shorter run.</summary>
        private void MergeHi(int sa, int na, int sb, int nb)
        {
            var keys = _keys;
            var values = _values;
            EnsureTemp(nb);
            var tk = _tmpKeys;
            var tv = _tmpValues;
            Move(keys, values, sb, tk, tv, 0, nb);
            int dest = sb + nb - 1, pa = sa + na - 1, pb = nb - 1;
            try
            {
                Move(keys, values, pa--, keys, values, dest--, 1);
                if (--na == 0) return;
                if (nb == 1) goto copyA;
                int minGallop = _minGallop;
                while (true)
                {
                    int acount = 0, bcount = 0;
                    while (true)
                    {
                        if (_lt(tk[pb], keys[pa]))
                        {
                            Move(keys, values, pa--, keys, values, dest--, 1);
                            acount++;
                            bcount = 0;
                            if (--na == 0) return;
                            if (acount >= minGallop) break;
                        }
                        else
                        {
                            Move(tk, tv, pb--, keys, values, dest--, 1);
                            bcount++;
                            acount = 0;
                            if (--nb == 1) goto copyA;
                            if (bcount >= minGallop) break;
                        }
                    }
                    minGallop++;
                    do
                    {
                        minGallop -= minGallop > 1 ? 1 : 0;
                        _minGallop = minGallop;
                        int k = GallopRight(tk[pb], keys, sa, na, na - 1);
                        k = na - k;
                        acount = k;
                        if (k != 0)
                        {
                            dest -= k;
                            pa -= k;
                            Move(keys, values, pa + 1, keys, values, dest + 1, k);
                            na -= k;
                            if (na == 0) return;
                        }
                        Move(tk, tv, pb--, keys, values, dest--, 1);
                        if (--nb == 1) goto copyA;
                        k = GallopLeft(keys[pa], tk, 0, nb, nb - 1);
                        k = nb - k;
                        bcount = k;
                        if (k != 0)
                        {
                            dest -= k;
                            pb -= k;
                            Move(tk, tv, pb + 1, keys, values, dest + 1, k);
                            nb -= k;
                            if (nb == 1) goto copyA;
                            if (nb == 0) return;
                        }
                        Move(keys, values, pa--, keys, values, dest--, 1);
                        if (--na == 0) return;
                    } while (acount >= MinGallop || bcount >= MinGallop);
                    minGallop++;
                    _minGallop = minGallop;
                }
            copyA:
                // The first element of b belongs at the front of the merge.
                dest -= na;
                pa -= na;
                Move(keys, values, pa + 1, keys, values, dest + 1, na);
                Move(tk, tv, pb, keys, values, dest, 1);
                nb = 0;
            }
            finally
            {
                if (nb > 0) Move(tk, tv, 0, keys, values, dest - (nb - 1), nb);
            }
        }
    }
}
