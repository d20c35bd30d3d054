namespace Pycc.Runtime;

/// <summary>
/// A global variable of a module. Compiled code holds direct references to these cells,
/// so a global read is two loads instead of a dictionary lookup. <see cref="Builtin"/>
/// points to the builtins module's cell of the same name, the fallback of a global read.
/// </summary>
public sealed class GlobalCell
{
    public PyObject? Value;
    public GlobalCell? Builtin;
    public readonly string Name;
    public GlobalCell(string name) { Name = name; }
}

/// <summary>A module: its namespace is a set of cells in definition order.</summary>
public sealed class PyModule : PyObject
{
    public override bool OverridesGetAttr => true;

    public readonly string Name;
    public readonly PyStr NameObject;
    private readonly Dictionary<string, GlobalCell> _cells = new();
    private readonly List<GlobalCell> _order = new();
    /// <summary>The cells of the names the module's compiled code uses, by compile-time slot.</summary>
    public GlobalCell[] Slots = Array.Empty<GlobalCell>();
    public PyModule? BuiltinsModule;
    /// <summary>True while the module body runs (for circular-import diagnostics).</summary>
    public bool Initializing;
    private PyModuleDict? _dictView;

    public PyModule(string name, PyModule? builtins)
    {
        Name = name;
        NameObject = new PyStr(name);
        BuiltinsModule = builtins;
        Set("__name__", NameObject);
    }

    public override PyType Type => TypeObjects.Module;

    public GlobalCell GetCell(string name)
    {
        if (!_cells.TryGetValue(name, out var c))
        {
            c = new GlobalCell(name);
            if (BuiltinsModule != null && !ReferenceEquals(BuiltinsModule, this)) c.Builtin = BuiltinsModule.GetCell(name);
            _cells[name] = c;
            _order.Add(c);
        }
        return c;
    }

    /// <summary>Binds the compile-time slot table of the module's code.</summary>
    public void BindSlots(string[] names)
    {
        var slots = new GlobalCell[names.Length];
        for (int i = 0; i < names.Length; i++) slots[i] = GetCell(names[i]);
        Slots = slots;
    }

    public PyObject? Get(string name) => _cells.TryGetValue(name, out var c) ? c.Value : null;

    public void Set(string name, PyObject value) => GetCell(name).Value = value;

    public bool Delete(string name)
    {
        if (!_cells.TryGetValue(name, out var c) || c.Value == null) return false;
        c.Value = null;
        return true;
    }

    /// <summary>Bound names in definition order.</summary>
    public IEnumerable<(string name, PyObject value)> Items()
    {
        foreach (var c in _order.ToArray())
            if (c.Value != null) yield return (c.Name, c.Value);
    }

    public override PyDict? InstanceDict => null;

    /// <summary>The live mapping behind `__dict__` and `globals()`.</summary>
    public PyModuleDict DictView => _dictView ??= new PyModuleDict(this);

    public override PyObject? GetAttrOrNull(PyContext ctx, string name)
    {
        var v = Get(name);
        if (v != null) return v;
        if (name == "__dict__") return DictView;
        v = PyType.GenericGetAttr(ctx, this, name);
        if (v != null) return v;
        var getattr = Get("__getattr__");
        if (getattr != null) return getattr.Call1(ctx, new PyStr(name));
        return null;
    }

    public override void SetAttr(PyContext ctx, string name, PyObject value) => Set(name, value);

    public override void DelAttr(PyContext ctx, string name)
    {
        if (!Delete(name)) throw PyErr.AttributeError($"module '{Name}' has no attribute '{name}'");
    }

    public override string ToString() => $"<module '{Name}'>";
}

/// <summary>
/// A module's namespace seen as a mapping (`globals()`, `module.__dict__`). Reads and writes
/// go straight to the module's cells, so compiled code and the mapping never disagree.
/// </summary>
public sealed class PyModuleDict : PyObject
{
    public readonly PyModule Module;
    public PyModuleDict(PyModule m) { Module = m; }
    public override PyType Type => TypeObjects.ModuleDict;
    public override PyObject GetIter(PyContext ctx) => new EnumeratorIterator(Module.Items().Select(i => (PyObject)new PyStr(i.name)).ToList(), "dict_keyiterator");

    /// <summary>A plain dict with the current bindings.</summary>
    public PyDict Snapshot()
    {
        var d = new PyDict();
        foreach (var (name, value) in Module.Items()) d.SetStr(name, value);
        return d;
    }
}
