namespace Pycc.Runtime;

/// <summary>Built-in modules written in C#, registered by name (the stdlib assembly adds its own).</summary>
public static class BuiltinModules
{
    private static readonly Dictionary<string, Func<PyRuntime, PyModule>> s_factories = new()
    {
        // Execution control lives in the runtime itself.
        ["signal"] = SignalModule.Create,
        ["pycc"] = PyccModule.Create,
    };

    public static void Register(string name, Func<PyRuntime, PyModule> factory)
    {
        lock (s_factories) s_factories[name] = factory;
    }

    public static Func<PyRuntime, PyModule>? Find(string name)
    {
        lock (s_factories) return s_factories.GetValueOrDefault(name);
    }

    public static IReadOnlyCollection<string> Names
    {
        get { lock (s_factories) return s_factories.Keys.ToArray(); }
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
        if (_compiled.TryGetValue(fullName, out var compiled))
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
