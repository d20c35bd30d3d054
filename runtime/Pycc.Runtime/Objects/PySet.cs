namespace Pycc.Runtime;

/// <summary>
/// set and frozenset. The table follows CPython's open addressing (linear probes, then
/// perturbation, the same growth policy) so that iteration order — which programs print —
/// matches CPython for keys with deterministic hashes such as ints.
/// </summary>
public sealed class PySet : PyObject
{
    private const int MinSize = 8, LinearProbes = 9;
    private PyObject?[] _keys = new PyObject?[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _fill, _used;
    public readonly bool Frozen;
    public int Version;
    private static readonly PyObject Dummy = new PyStr("<dummy>");

    public PySet(bool frozen = false) { Frozen = frozen; }

    public override PyType Type => Frozen ? TypeObjects.FrozenSet : TypeObjects.Set;
    public int Count => _used;

    public bool Contains(PyContext ctx, PyObject key) => FindSlot(ctx, key, Ops.Hash(ctx, key)) >= 0;

    private int FindSlot(PyContext ctx, PyObject key, long hash)
    {
        int mask = _keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = _keys[j];
                if (k == null) return -1;
                if (!ReferenceEquals(k, Dummy) && _hashes[j] == hash && (ReferenceEquals(k, key) || Ops.EqBool(ctx, k, key))) return j;
                if (probes-- == 0) break;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Add(PyContext ctx, PyObject key)
    {
        long hash = Ops.Hash(ctx, key);
        int mask = _keys.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                var k = _keys[j];
                if (k == null)
                {
                    _keys[j] = key;
                    _hashes[j] = hash;
                    _fill++;
                    _used++;
                    Version++;
                    if (_fill * 5 >= mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return true;
                }
                if (!ReferenceEquals(k, Dummy) && _hashes[j] == hash && (ReferenceEquals(k, key) || Ops.EqBool(ctx, k, key))) return false;
                if (probes-- == 0) break;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var oldKeys = _keys;
        var oldHashes = _hashes;
        _keys = new PyObject?[size];
        _hashes = new long[size];
        _fill = _used;
        int mask = size - 1;
        for (int k = 0; k < oldKeys.Length; k++)
        {
            var key = oldKeys[k];
            if (key == null || ReferenceEquals(key, Dummy)) continue;
            long hash = oldHashes[k];
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            while (true)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                int found = -1;
                for (int j = i; ; j++)
                {
                    if (_keys[j] == null) { found = j; break; }
                    if (probes-- == 0) break;
                }
                if (found >= 0)
                {
                    _keys[found] = key;
                    _hashes[found] = hash;
                    break;
                }
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            }
        }
    }

    public bool Remove(PyContext ctx, PyObject key)
    {
        int slot = FindSlot(ctx, key, Ops.Hash(ctx, key));
        if (slot < 0) return false;
        _keys[slot] = Dummy;
        _used--;
        Version++;
        return true;
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _fill = _used = 0;
        Version++;
    }

    /// <summary>Removes and returns an arbitrary element (set.pop), or null when empty.</summary>
    public PyObject? Pop()
    {
        for (int j = 0; j < _keys.Length; j++)
        {
            var k = _keys[j];
            if (k != null && !ReferenceEquals(k, Dummy))
            {
                _keys[j] = Dummy;
                _used--;
                Version++;
                return k;
            }
        }
        return null;
    }

    public IEnumerable<PyObject> Items()
    {
        for (int j = 0; j < _keys.Length; j++)
        {
            var k = _keys[j];
            if (k != null && !ReferenceEquals(k, Dummy)) yield return k;
        }
    }

    public PySet Copy(bool frozen)
    {
        var s = new PySet(frozen)
        {
            _keys = (PyObject?[])_keys.Clone(),
            _hashes = (long[])_hashes.Clone(),
            _fill = _fill,
            _used = _used,
        };
        return s;
    }

    public override PyObject GetIter(PyContext ctx) => new SetIterator(this);

    private sealed class SetIterator : PyIterator
    {
        private readonly PySet _s;
        private readonly int _version;
        private int _pos;
        public SetIterator(PySet s) { _s = s; _version = s.Version; }
        public override PyObject? IterNext(PyContext ctx)
        {
            if (_s.Version != _version) throw PyErr.RuntimeError("Set changed size during iteration");
            var keys = _s._keys;
            while (_pos < keys.Length)
            {
                var k = keys[_pos++];
                if (k != null && !ReferenceEquals(k, Dummy)) return k;
            }
            return null;
        }
        public override string TypeName => "set_iterator";
    }
}
