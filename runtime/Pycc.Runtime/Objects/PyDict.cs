using System.Runtime.CompilerServices;

namespace Pycc.Runtime;

/// <summary>
/// Python dict: an insertion-ordered hash table (a compact entry array plus an index
/// table, like CPython's). Keys compare with Python equality, so 1, 1.0 and True are one key.
/// </summary>
public sealed class PyDict : PyObject
{
    private struct Entry
    {
        public long Hash;
        public PyObject? Key;   // null marks a deleted entry
        public PyObject Value;
    }

    /// <summary>-1 empty, -2 deleted, else entry position. Absent (empty) while the dict has at most
    /// <see cref="SmallCapacity"/> entries: those are searched linearly, which is as fast for so few
    /// and makes an instance's attribute dict half the size.</summary>
    private int[] _index = Empty;
    private Entry[] _entries = Array.Empty<Entry>();
    private int _used;      // entries in use, deleted included
    private int _count;
    /// <summary>Bumped on every change of the key set; iterators use it to detect mutation.</summary>
    public int Version;

    private static readonly int[] Empty = Array.Empty<int>();
    private const int SmallCapacity = 8;

    public PyDict() { }

    public override PyType Type => TypeObjects.Dict;
    public int Count => _count;

    // ------------------------------------------------------------ lookup

    private int Find(PyContext? ctx, PyObject key, long hash)
    {
        if (_index.Length == 0)
        {
            var es = _entries;
            for (int k = 0; k < _used; k++)
            {
                ref var e = ref es[k];
                if (e.Hash == hash && e.Key != null && (ReferenceEquals(e.Key, key) || KeysEqual(ctx, e.Key, key))) return k;
            }
            return -1;
        }
        int mask = _index.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _index[i];
            if (ix == -1) return -1;
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (e.Hash == hash && (ReferenceEquals(e.Key, key) || KeysEqual(ctx, e.Key!, key))) return ix;
            }
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeysEqual(PyContext? ctx, PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        if (a is PyInt ia && b is PyInt ib) return ia.Value == ib.Value;
        if (a is PyTuple ta && b is PyTuple tb) return TupleKeysEqual(ctx, ta.Items, tb.Items);
        return Ops.EqBool(ctx ?? PyContext.Current, a, b);
    }

    /// <summary>Tuple keys (`d[(x, y)]`) compare item by item as tuple == does: identity, then equality.</summary>
    private static bool TupleKeysEqual(PyContext? ctx, PyObject[] x, PyObject[] y)
    {
        if (x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++)
            if (!ReferenceEquals(x[i], y[i]) && !KeysEqual(ctx, x[i], y[i])) return false;
        return true;
    }

    private int FindStr(string key) => FindStr(key, key.GetHashCode());

    private int FindStr(string key, long hash)
    {
        if (_index.Length == 0)
        {
            var es = _entries;
            for (int k = 0; k < _used; k++)
            {
                ref var e = ref es[k];
                if (e.Hash == hash && e.Key is PyStr s && (ReferenceEquals(s.Value, key) || s.Value == key)) return k;
            }
            return -1;
        }
        int mask = _index.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _index[i];
            if (ix == -1) return -1;
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (e.Hash == hash && e.Key is PyStr s && (ReferenceEquals(s.Value, key) || s.Value == key)) return ix;
            }
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
    }

    public PyObject? GetItemOrNull(PyContext ctx, PyObject key)
    {
        int ix = Find(ctx, key, Ops.Hash(ctx, key));
        return ix < 0 ? null : _entries[ix].Value;
    }

    /// <summary>Lookup by a string key without a context (type dictionaries, keyword arguments).</summary>
    public PyObject? GetStr(string key)
    {
        int ix = FindStr(key);
        return ix < 0 ? null : _entries[ix].Value;
    }

    /// <summary>Lookup by a string whose hash the caller computed once (attribute sites).</summary>
    public PyObject? GetStr(string key, int hash)
    {
        int ix = FindStr(key, hash);
        return ix < 0 ? null : _entries[ix].Value;
    }

    /// <summary>Stores under a str key whose hash is known, reusing the caller's key object;
    /// returns the entry position (attribute sites remember it).</summary>
    public int SetStr(PyStr key, int hash, PyObject value)
    {
        int ix = FindStr(key.Value, hash);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return ix;
        }
        Insert(null, key, hash, value);
        return _used - 1;
    }

    /// <summary>Lookup by a str key whose hash is known, also giving the entry position.</summary>
    public PyObject? GetStr(string key, int hash, out int position)
    {
        position = FindStr(key, hash);
        return position < 0 ? null : _entries[position].Value;
    }

    /// <summary>
    /// The value at entry position <paramref name="position"/> when that entry's key is
    /// <paramref name="key"/> itself. Instances of a class usually get their attributes in the same
    /// order, so an attribute site that predicts the position of an interned name reads it
    /// without hashing or probing; a wrong guess returns null and the caller looks the key up.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? GetAtIfKey(int position, PyStr key)
    {
        var es = _entries;
        return (uint)position < (uint)es.Length && ReferenceEquals(es[position].Key, key) ? es[position].Value : null;
    }

    /// <summary>Replaces the value at a predicted position (see <see cref="GetAtIfKey"/>); false when the guess is wrong.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SetAtIfKey(int position, PyStr key, PyObject value)
    {
        var es = _entries;
        if ((uint)position >= (uint)es.Length || !ReferenceEquals(es[position].Key, key)) return false;
        es[position].Value = value;
        return true;
    }

    public bool ContainsKey(PyContext ctx, PyObject key) => Find(ctx, key, Ops.Hash(ctx, key)) >= 0;

    // ------------------------------------------------------------ mutation

    public void SetItem(PyContext ctx, PyObject key, PyObject value) => Insert(ctx, key, Ops.Hash(ctx, key), value);

    public void SetStr(string key, PyObject value) => Insert(null, new PyStr(key), key.GetHashCode(), value);

    private void Insert(PyContext? ctx, PyObject key, long hash, PyObject value)
    {
        int ix = Find(ctx, key, hash);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return;
        }
        if (_used == _entries.Length || (_index.Length > 0 && (_used + 1) * 3 > _index.Length * 2)) Resize(_count + 1);
        ref var e = ref _entries[_used];
        e.Hash = hash; e.Key = key; e.Value = value;
        PlaceIndex(hash, _used);
        _used++;
        _count++;
        Version++;
    }

    private void PlaceIndex(long hash, int entry)
    {
        if (_index.Length == 0) return;
        int mask = _index.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (_index[i] >= 0)
        {
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
        _index[i] = entry;
    }

    /// <summary>Makes room for at least <paramref name="minCount"/> entries, compacting out deleted
    /// ones: small dicts grow 4 → 8 entries without an index, larger ones keep an index of at least
    /// 3/2 of the entries (a power of two) and room to grow to twice their count.</summary>
    private void Resize(int minCount)
    {
        var old = _entries;
        int oldUsed = _used;
        if (minCount <= SmallCapacity)
        {
            _entries = new Entry[minCount <= 4 ? 4 : SmallCapacity];
            _index = Empty;
        }
        else
        {
            int size = 16;
            while (size * 2 < minCount * 2 * 3) size <<= 1;
            _entries = new Entry[size * 2 / 3 + 1];
            _index = new int[size];
            Array.Fill(_index, -1);
        }
        _used = 0;
        for (int k = 0; k < oldUsed; k++)
        {
            if (old[k].Key == null) continue;
            _entries[_used] = old[k];
            PlaceIndex(old[k].Hash, _used);
            _used++;
        }
    }

    public bool Remove(PyContext ctx, PyObject key) => RemoveAndGet(ctx, key) != null;

    public PyObject? RemoveAndGet(PyContext ctx, PyObject key)
    {
        long hash = Ops.Hash(ctx, key);
        int ix = Find(ctx, key, hash);
        if (ix < 0) return null;
        var v = _entries[ix].Value;
        RemoveEntry(ix);
        return v;
    }

    public bool RemoveStr(string key)
    {
        int ix = FindStr(key);
        if (ix < 0) return false;
        RemoveEntry(ix);
        return true;
    }

    private void RemoveEntry(int ix)
    {
        if (_index.Length > 0)
        {
            int mask = _index.Length - 1;
            long hash = _entries[ix].Hash;
            ulong perturb = (ulong)hash;
            int i = (int)(hash & mask);
            while (_index[i] != ix)
            {
                perturb >>= 5;
                i = (int)((i * 5 + 1 + (long)perturb) & mask);
            }
            _index[i] = -2;
        }
        _entries[ix].Key = null;
        _entries[ix].Value = null!;
        _count--;
        Version++;
        if (_count == 0) { _used = 0; Array.Fill(_index, -1); }
    }

    public void Clear()
    {
        _index = Empty;
        _entries = Array.Empty<Entry>();
        _used = _count = 0;
        Version++;
    }

    /// <summary>Removes and returns the last inserted pair (dict.popitem).</summary>
    public (PyObject key, PyObject value)? PopLast()
    {
        for (int k = _used - 1; k >= 0; k--)
        {
            if (_entries[k].Key == null) continue;
            var pair = (_entries[k].Key!, _entries[k].Value);
            RemoveEntry(k);
            _used = k;
            return pair;
        }
        return null;
    }

    // ------------------------------------------------------------ enumeration

    /// <summary>Position-based enumeration that tolerates no mutation (callers check Version).</summary>
    public bool TryGetEntryAt(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < _used)
        {
            ref var e = ref _entries[pos++];
            if (e.Key != null)
            {
                key = e.Key;
                value = e.Value;
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Pairs()
    {
        int pos = 0;
        int version = Version;
        while (TryGetEntryAt(ref pos, out var k, out var v))
        {
            yield return new(k, v);
            if (version != Version) throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
    }

    public IEnumerable<PyObject> Keys() => Pairs().Select(p => p.Key);
    public IEnumerable<PyObject> Values() => Pairs().Select(p => p.Value);

    public PyDict Copy()
    {
        var d = new PyDict();
        if (_count > 0) d.Resize(_count);
        int pos = 0;
        while (TryGetEntryAt(ref pos, out var k, out var v))
        {
            ref var e = ref d._entries[d._used];
            e.Hash = _entries[pos - 1].Hash; e.Key = k; e.Value = v;
            d.PlaceIndex(e.Hash, d._used);
            d._used++;
            d._count++;
        }
        return d;
    }

    public override PyObject GetIter(PyContext ctx) => new DictIterator(this, DictIterKind.Keys);
}

public enum DictIterKind { Keys, Values, Items }

public sealed class DictIterator : PyIterator
{
    private readonly PyDict _d;
    private readonly DictIterKind _kind;
    private readonly int _version;
    private int _pos;

    public DictIterator(PyDict d, DictIterKind kind)
    {
        _d = d;
        _kind = kind;
        _version = d.Version;
    }

    public override PyObject? IterNext(PyContext ctx)
    {
        if (_d.Version != _version) throw PyErr.RuntimeError("dictionary changed size during iteration");
        if (!_d.TryGetEntryAt(ref _pos, out var k, out var v)) return null;
        return _kind switch
        {
            DictIterKind.Keys => k,
            DictIterKind.Values => v,
            _ => new PyTuple(new[] { k, v }),
        };
    }

    public override string TypeName => _kind switch
    {
        DictIterKind.Keys => "dict_keyiterator",
        DictIterKind.Values => "dict_valueiterator",
        _ => "dict_itemiterator",
    };
}
