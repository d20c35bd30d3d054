namespace Pycc.Runtime;

/// <summary>
/// set and frozenset. The table reproduces CPython's setobject.c (open addressing with linear
/// probes then perturbation, dummy reuse, the same growth and copy policies, the pop finger)
/// so that iteration order — which programs print — matches CPython for keys with
/// deterministic hashes such as ints and tuples of ints.
/// </summary>
public sealed class PySet : PyObject
{
    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private const long DummyHash = -1;
    private static readonly PyObject Dummy = new PyStr("<dummy>");

    private PyObject?[] _keys = new PyObject?[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _fill, _used, _finger;
    public readonly bool Frozen;

    public PySet(bool frozen = false) { Frozen = frozen; }

    public override PyType Type => Frozen ? TypeObjects.FrozenSet : TypeObjects.Set;
    public int Count => _used;
    private int Mask => _keys.Length - 1;

    // ------------------------------------------------------------ lookup

    /// <summary>The slot holding key, or -1.</summary>
    private int Lookup(PyContext ctx, PyObject key, long hash)
    {
        while (true)
        {
            var keys = _keys;
            int mask = keys.Length - 1;
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            while (true)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                for (int j = i; ; j++)
                {
                    var k = keys[j];
                    if (k == null) return -1;
                    if (_hashes[j] == hash && !ReferenceEquals(k, Dummy))
                    {
                        if (ReferenceEquals(k, key) || FastEqual(k, key)) return j;
                        bool eq = Ops.EqBool(ctx, k, key);
                        // The comparison may have mutated the set: start over, as CPython does.
                        if (!ReferenceEquals(keys, _keys) || !ReferenceEquals(keys[j], k)) goto restart;
                        if (eq) return j;
                    }
                    if (probes-- == 0) break;
                }
                perturb >>= PerturbShift;
                i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            }
        restart:;
        }
    }

    private static bool FastEqual(PyObject a, PyObject b) => a is PyStr sa && b is PyStr sb && sa.Value == sb.Value;

    public bool Contains(PyContext ctx, PyObject key) => Lookup(ctx, key, HashForLookup(ctx, key)) >= 0;

    public bool ContainsEntry(PyContext ctx, PyObject key, long hash) => Lookup(ctx, key, hash) >= 0;

    /// <summary>hash(key); an unhashable set is looked up as the equal frozenset, as CPython does.</summary>
    private static long HashForLookup(PyContext ctx, PyObject key) =>
        key is PySet { Frozen: false } s ? SetOps.HashFrozen(ctx, s) : Ops.Hash(ctx, key);

    // ------------------------------------------------------------ insertion

    public bool Add(PyContext ctx, PyObject key) => AddEntry(ctx, key, Ops.Hash(ctx, key));

    /// <summary>Inserts a key with a known hash; false when an equal key is present.</summary>
    public bool AddEntry(PyContext ctx, PyObject key, long hash)
    {
    restart:
        var keys = _keys;
        int mask = keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = keys[j];
                if (k == null)
                {
                    if (freeslot >= 0)
                    {
                        // Reuse the last dummy seen on the probe path.
                        _keys[freeslot] = key;
                        _hashes[freeslot] = hash;
                        _used++;
                        return true;
                    }
                    _keys[j] = key;
                    _hashes[j] = hash;
                    _fill++;
                    _used++;
                    if ((long)_fill * 5 >= (long)mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return true;
                }
                if (_hashes[j] == hash && !ReferenceEquals(k, Dummy))
                {
                    if (ReferenceEquals(k, key) || FastEqual(k, key)) return false;
                    bool eq = Ops.EqBool(ctx, k, key);
                    if (eq) return false;
                    if (!ReferenceEquals(keys, _keys) || !ReferenceEquals(keys[j], k)) goto restart;
                }
                else if (_hashes[j] == DummyHash && ReferenceEquals(k, Dummy)) freeslot = j;
                if (probes-- == 0) break;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Places a key known to be absent into a table without dummies.</summary>
    private static void InsertClean(PyObject?[] keys, long[] hashes, PyObject key, long hash)
    {
        int mask = keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (keys[i] == null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (keys[i + j] == null) { keys[i + j] = key; hashes[i + j] = hash; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_table_resize: the smallest power of two above <paramref name="minUsed"/>, entries reinserted in table order.</summary>
    private void Resize(long minUsed)
    {
        int size = MinSize;
        while (size <= minUsed)
        {
            if (size >= 1 << 30) throw PyErr.New(TypeObjects.MemoryError);
            size <<= 1;
        }
        var oldKeys = _keys;
        var oldHashes = _hashes;
        var keys = new PyObject?[size];
        var hashes = new long[size];
        for (int k = 0; k < oldKeys.Length; k++)
        {
            var key = oldKeys[k];
            if (key != null && !ReferenceEquals(key, Dummy)) InsertClean(keys, hashes, key, oldHashes[k]);
        }
        _keys = keys;
        _hashes = hashes;
        _fill = _used;
    }

    // ------------------------------------------------------------ removal

    /// <summary>Removes key if present (set.discard); true when it was there.</summary>
    public bool Remove(PyContext ctx, PyObject key) => DiscardEntry(ctx, key, HashForLookup(ctx, key));

    public bool DiscardEntry(PyContext ctx, PyObject key, long hash)
    {
        int slot = Lookup(ctx, key, hash);
        if (slot < 0) return false;
        _keys[slot] = Dummy;
        _hashes[slot] = DummyHash;
        _used--;
        return true;
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _fill = _used = 0;
    }

    /// <summary>set.pop: the next entry after the finger; null when empty.</summary>
    public PyObject? Pop()
    {
        if (_used == 0) return null;
        int mask = Mask;
        int i = _finger & mask;
        while (_keys[i] == null || ReferenceEquals(_keys[i], Dummy))
        {
            i++;
            if (i > mask) i = 0;
        }
        var key = _keys[i]!;
        _keys[i] = Dummy;
        _hashes[i] = DummyHash;
        _used--;
        _finger = i + 1;
        return key;
    }

    // ------------------------------------------------------------ bulk operations

    /// <summary>set_merge: adds every element of another set, with CPython's fast paths (they decide the layout).</summary>
    public void Merge(PyContext? ctx, PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)Mask * 3) Resize((long)(_used + other._used) * 2);
        if (_fill == 0 && Mask == other.Mask && other._fill == other._used)
        {
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = other._fill;
            _used = other._used;
            return;
        }
        var okeys = other._keys;
        var ohashes = other._hashes;
        if (_fill == 0)
        {
            _fill = _used = other._used;
            for (int i = 0; i < okeys.Length; i++)
            {
                var k = okeys[i];
                if (k != null && !ReferenceEquals(k, Dummy)) InsertClean(_keys, _hashes, k, ohashes[i]);
            }
            return;
        }
        for (int i = 0; i < okeys.Length && i < other._keys.Length; i++)
        {
            var k = other._keys[i];
            if (k != null && !ReferenceEquals(k, Dummy)) AddEntry(ctx!, k, other._hashes[i]);
        }
    }

    /// <summary>set_update_internal: sets merge, dicts add with their stored hashes, anything else is iterated.</summary>
    public void Update(PyContext ctx, PyObject iterable)
    {
        switch (iterable)
        {
            case PySet s:
                Merge(ctx, s);
                return;
            case PyDict d when d.GetType() == typeof(PyDict):
            {
                int n = d.Count;
                if ((long)(_fill + n) * 5 >= (long)Mask * 3) Resize((long)(_used + n) * 2);
                int pos = 0;
                while (d.TryGetEntryAt(ref pos, out var k, out _)) AddEntry(ctx, k, Ops.Hash(ctx, k));
                return;
            }
            case PyList l:
                for (int i = 0; i < l.Count; i++) Add(ctx, l.Items[i]);
                return;
            case PyTuple t:
                foreach (var x in t.Items) Add(ctx, x);
                return;
        }
        foreach (var x in Iteration.Enumerate(ctx, iterable)) Add(ctx, x);
    }

    /// <summary>make_new_set + set_update_internal: a new set (or frozenset) built as CPython builds it.</summary>
    public static PySet From(PyContext ctx, PyObject? iterable, bool frozen)
    {
        var s = new PySet(frozen);
        if (iterable != null) s.Update(ctx, iterable);
        return s;
    }

    public PySet Copy(bool frozen)
    {
        var s = new PySet(frozen);
        s.Merge(null, this);
        return s;
    }

    /// <summary>Gives this set the table of another (set_swap_bodies, used by intersection_update).</summary>
    public void TakeBody(PySet other)
    {
        _keys = other._keys;
        _hashes = other._hashes;
        _fill = other._fill;
        _used = other._used;
    }

    /// <summary>After many removals, drops the dummies (as set_difference_update does).</summary>
    public void CompactIfManyDummies()
    {
        if (_fill - _used > Mask / 4) Resize(_used > 50000 ? (long)_used * 2 : (long)_used * 4);
    }

    // ------------------------------------------------------------ enumeration

    /// <summary>The next live entry at or after pos, in table order.</summary>
    public bool Next(ref int pos, out PyObject key, out long hash)
    {
        var keys = _keys;
        while (pos < keys.Length)
        {
            var k = keys[pos];
            int i = pos++;
            if (k != null && !ReferenceEquals(k, Dummy))
            {
                key = k;
                hash = _hashes[i];
                return true;
            }
        }
        key = null!;
        hash = 0;
        return false;
    }

    public IEnumerable<PyObject> Items()
    {
        int pos = 0;
        while (Next(ref pos, out var k, out _)) yield return k;
    }

    public PyObject[] ToArray()
    {
        var r = new PyObject[_used];
        int pos = 0, n = 0;
        while (n < r.Length && Next(ref pos, out var k, out _)) r[n++] = k;
        return r;
    }

    public override PyObject GetIter(PyContext ctx) => new SetIterator(this);

    private sealed class SetIterator : PyIterator
    {
        private readonly PySet _s;
        private int _used, _pos;
        private bool _done;
        public SetIterator(PySet s) { _s = s; _used = s._used; }
        public override PyObject? IterNext(PyContext ctx)
        {
            if (_done) return null;
            // Like CPython, only a change of size is detected, and the error stays.
            if (_s._used != _used)
            {
                _used = -1;
                throw PyErr.RuntimeError("Set changed size during iteration");
            }
            if (_s.Next(ref _pos, out var k, out _)) return k;
            _done = true;
            return null;
        }
        public override string TypeName => "set_iterator";
    }
}
