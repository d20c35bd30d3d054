namespace Pycc.Runtime;

/// <summary>
/// The modules of the standard library, registered once per process by the library's
/// assembly: modules written in C# (a factory that builds the module object) and modules
/// written in Python and compiled by pycc when the library was built (their
/// <see cref="CompiledModule"/>, created on first import so start-up pays nothing for them).
/// A program's own modules shadow both, as a script's folder comes first on CPython's sys.path.
/// </summary>
public static class BuiltinModules
{
    private static readonly Dictionary<string, Func<PyRuntime, PyModule>> s_factories = new();
    private static readonly Dictionary<string, Func<CompiledModule>> s_compiled = new();

    public static void Register(string name, Func<PyRuntime, PyModule> factory)
    {
        lock (s_factories) s_factories[name] = factory;
    }

    /// <summary>Registers a library module written in Python; <paramref name="info"/> runs its class's initializer.</summary>
    public static void RegisterCompiled(string name, Func<CompiledModule> info)
    {
        lock (s_factories) s_compiled[name] = info;
    }

    public static Func<PyRuntime, PyModule>? Find(string name)
    {
        lock (s_factories) return s_factories.GetValueOrDefault(name);
    }

    public static CompiledModule? FindCompiled(string name)
    {
        Func<CompiledModule>? info;
        lock (s_factories) info = s_compiled.GetValueOrDefault(name);
        return info?.Invoke();
    }

    public static bool Exists(string name)
    {
        lock (s_factories) return s_factories.ContainsKey(name) || s_compiled.ContainsKey(name);
    }

    /// <summary>The modules written in C# (sys.builtin_module_names).</summary>
    public static IReadOnlyCollection<string> Names
    {
        get { lock (s_factories) return s_factories.Keys.ToArray(); }
    }

    /// <summary>The modules written in Python.</summary>
    public static IReadOnlyCollection<string> CompiledNames
    {
        get { lock (s_factories) return s_compiled.Keys.ToArray(); }
    }
}

public sealed partial class PyRuntime
{
    /// <summary>
    /// Imports a module by absolute dotted name, importing its parent packages first, and
    /// returns the module the name denotes.
    /// </summary>
    public PyModule Import(PyContext ctx, string fullName)
    {
        if (Modules.GetStr(fullName) is PyObject existing)
            return existing as PyModule ?? throw PyErr.ImportError($"sys.modules['{fullName}'] is not a module");

        PyModule? parent = null;
        int dot = fullName.LastIndexOf('.');
        if (dot > 0)
        {
            parent = Import(ctx, fullName[..dot]);
            // Importing the parent may have imported this module as a side effect.
            if (Modules.GetStr(fullName) is PyModule again) return again;
        }

        PyModule module;
        if (_compiled.TryGetValue(fullName, out var compiled) || (compiled = LibraryModule(fullName)) != null)
        {
            module = CreateModule(compiled);
            Modules.SetStr(fullName, module);
            try
            {
                RunModuleBody(ctx, compiled, module);
            }
            catch
            {
                Modules.RemoveStr(fullName);
                throw;
            }
        }
        else if (BuiltinModules.Find(fullName) is { } factory)
        {
            module = factory(this);
            Modules.SetStr(fullName, module);
        }
        else
        {
            var parentName = dot > 0 ? fullName[..dot] : null;
            var msg = parentName != null && parent != null && parent.Get("__path__") == null
                ? $"No module named '{fullName}'; '{parentName}' is not a package"
                : $"No module named '{fullName}'";
            var err = new PyBaseException(TypeObjects.ModuleNotFoundError, PyTuple.Of(new PyStr(msg)));
            err.InstanceDict!.SetStr("name", new PyStr(fullName));
            throw err.ToThrowable();
        }

        // A module imported through its package also becomes an attribute of the package.
        if (parent != null) parent.Set(fullName[(dot + 1)..], Modules.GetStr(fullName) ?? module);
        return Modules.GetStr(fullName) as PyModule ?? module;
    }

    /// <summary>A standard-library module written in Python; its source joins the program's for tracebacks.</summary>
    private CompiledModule? LibraryModule(string name)
    {
        var compiled = BuiltinModules.FindCompiled(name);
        if (compiled?.Source != null) _sourceLines.TryAdd(compiled.FileName, compiled.Source.Split('\n'));
        return compiled;
    }

    public PyModule CreateModule(CompiledModule compiled)
    {
        var module = new PyModule(compiled.Name, Builtins);
        module.Set("__file__", new PyStr(compiled.FileName));
        module.Set("__doc__", PyNone.Instance);
        string package = compiled.IsPackage ? compiled.Name : (compiled.Name.Contains('.') ? compiled.Name[..compiled.Name.LastIndexOf('.')] : "");
        module.Set("__package__", new PyStr(package));
        if (compiled.IsPackage)
            module.Set("__path__", new PyList(new PyObject[] { new PyStr(Path.GetDirectoryName(compiled.FileName) ?? "") }));
        module.Set("__builtins__", Builtins);
        module.BindSlots(compiled.GlobalNames);
        return module;
    }

    public void RunModuleBody(PyContext ctx, CompiledModule compiled, PyModule module)
    {
        module.Initializing = true;
        try
        {
            var body = new PyFunction(compiled.Body, module, null);
            body.Call0(ctx);
        }
        finally
        {
            module.Initializing = false;
        }
    }

    /// <summary>Resolves a relative import (`from ..x import y`) against the importing module.</summary>
    public static string ResolveName(string name, int level, PyModule importer)
    {
        if (level == 0) return name;
        var package = importer.Get("__package__") is PyStr p ? p.Value : "";
        if (package.Length == 0)
            throw PyErr.ImportError("attempted relative import with no known parent package");
        var parts = package.Split('.');
        if (level - 1 >= parts.Length)
            throw PyErr.ImportError("attempted relative import beyond top-level package");
        var basePkg = string.Join('.', parts.Take(parts.Length - (level - 1)));
        return name.Length == 0 ? basePkg : basePkg + "." + name;
    }
}
