namespace Pycc.Runtime;

/// <summary>
/// A Python type object: built-in types (static, shared by every runtime because they are
/// immutable) and classes created by `class` statements (per runtime).
/// </summary>
public sealed partial class PyType : PyObject
{
    public string Name;
    public string QualName;
    public PyType[] Bases;
    public PyType[] Mro = Array.Empty<PyType>();
    /// <summary>The class namespace, in definition order.</summary>
    public readonly PyDict Dict;
    private PyType? _metatype;
    /// <summary>True for classes made by `class` statements (their attributes can be set).</summary>
    public readonly bool IsHeapType;
    /// <summary>For built-in types, a factory making the empty native value a subclass instance wraps (list, dict, int...).</summary>
    public Type? NativeClass;
    /// <summary>The built-in type whose native layout instances of this type carry, or null for plain objects.</summary>
    public PyType? NativeBase;
    /// <summary>Names from `__slots__`, or null when instances have a __dict__.</summary>
    public string[]? SlotNames;
    public bool HasInstanceDict = true;
    public bool IsBaseException;
    public bool AllowsSubclassing = true;

    // Lookup cache, invalidated whenever any heap type's namespace changes.
    private static int s_epoch;
    private MroCache? _cache;

    /// <summary>
    /// One epoch's lookups and the flags derived from the MRO. It is replaced whole, never
    /// cleared in place, and its map is concurrent because built-in types are shared by every
    /// runtime in the process, which may run on different threads.
    /// </summary>
    private sealed class MroCache
    {
        public readonly int Epoch;
        public readonly bool CustomGetAttribute, CustomSetAttr, HasGetAttr;
        public readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyObject?> Lookups = new();

        public MroCache(PyType t, int epoch)
        {
            Epoch = epoch;
            var getAttribute = t.LookupNoCache("__getattribute__");
            CustomGetAttribute = !ReferenceEquals(getAttribute, TypeObjects.ObjectGetAttribute) && !ReferenceEquals(getAttribute, TypeObjects.TypeGetAttribute);
            var setAttr = t.LookupNoCache("__setattr__");
            CustomSetAttr = !ReferenceEquals(setAttr, TypeObjects.ObjectSetAttr) && !ReferenceEquals(setAttr, TypeObjects.TypeSetAttr);
            HasGetAttr = t.LookupNoCache("__getattr__") != null;
        }
    }

    private MroCache Cache
    {
        get
        {
            var c = _cache;
            int epoch = s_epoch;
            return c != null && c.Epoch == epoch ? c : _cache = new MroCache(this, epoch);
        }
    }

    public PyType(string name, PyType[] bases, PyDict dict, PyType? metatype, bool heapType)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        Dict = dict;
        _metatype = metatype;
        IsHeapType = heapType;
    }

    public override PyType Type => _metatype ?? TypeObjects.Type;

    public PyType Metatype { get => Type; set => _metatype = value; }

    public static void InvalidateCaches() => Interlocked.Increment(ref s_epoch);

    /// <summary>Changes whenever any class namespace changes; inline caches compare it.</summary>
    public static int Epoch => s_epoch;

    /// <summary>Looks a name up along the MRO (no descriptors applied); null when absent.</summary>
    public PyObject? Lookup(string name)
    {
        var lookups = Cache.Lookups;
        if (lookups.TryGetValue(name, out var v)) return v;
        v = LookupNoCache(name);
        lookups.TryAdd(name, v);
        return v;
    }

    private PyObject? LookupNoCache(string name)
    {
        foreach (var t in Mro)
        {
            var v = t.Dict.GetStr(name);
            if (v != null) return v;
        }
        return null;
    }

    public bool CustomGetAttribute => Cache.CustomGetAttribute;
    public bool CustomSetAttr => Cache.CustomSetAttr;
    public bool HasGetAttrHook => Cache.HasGetAttr;

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro) if (ReferenceEquals(t, other)) return true;
        return false;
    }

    // ------------------------------------------------------------ MRO

    /// <summary>C3 linearization; raises TypeError like CPython when none exists.</summary>
    public static PyType[] ComputeMro(PyType type)
    {
        var seqs = new List<List<PyType>>();
        foreach (var b in type.Bases) seqs.Add(new List<PyType>(b.Mro));
        seqs.Add(new List<PyType>(type.Bases));
        var result = new List<PyType> { type };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return result.ToArray();
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var s2 in seqs)
                    for (int i = 1; i < s2.Count; i++)
                        if (ReferenceEquals(s2[i], head)) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null)
            {
                var names = string.Join(", ", seqs.Where(q => q.Count > 0).Select(q => q[0].Name).Distinct());
                throw PyErr.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var s in seqs)
                if (ReferenceEquals(s[0], candidate)) s.RemoveAt(0);
        }
    }

    public override string ToString() => $"<class '{Name}'>";
}
