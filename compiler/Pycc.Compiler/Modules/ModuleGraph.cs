using Pycc.Compiler.Emit;
using Pycc.Syntax;

namespace Pycc.Compiler.Modules;

/// <summary>
/// Finds the local modules a program imports, as Nuitka does: starting at the main
/// script, every `import` that names a `.py` file or package next to it (or relative to
/// its package) is parsed and compiled into the same assembly. Imports of anything else
/// are left to the runtime (built-in modules, or ModuleNotFoundError when executed).
/// </summary>
public sealed class ModuleGraph
{
    private readonly string _root;
    private readonly Dictionary<string, ModuleUnit> _modules = new();
    private readonly Queue<ModuleUnit> _pending = new();

    private ModuleGraph(string root) { _root = root; }

    public IReadOnlyCollection<ModuleUnit> Modules => _modules.Values;

    public static ModuleGraph Load(string mainPath)
    {
        var full = Path.GetFullPath(mainPath);
        var graph = new ModuleGraph(Path.GetDirectoryName(full)!);
        graph.Add("__main__", full, isPackage: false);
        while (graph._pending.Count > 0)
        {
            var unit = graph._pending.Dequeue();
            foreach (var name in ImportedNames(unit)) graph.TryAddModule(name);
        }
        return graph;
    }

    /// <summary>
    /// Every module of a library tree (the standard library's Python sources): `a/b.py` is
    /// module `a.b`, `a/__init__.py` package `a`. Files are shown as <paramref name="displayRoot"/>
    /// followed by their relative path, so tracebacks do not depend on where the library was built.
    /// </summary>
    public static ModuleGraph LoadLibrary(string root, string displayRoot)
    {
        var graph = new ModuleGraph(Path.GetFullPath(root));
        foreach (var file in Directory.EnumerateFiles(graph._root, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(graph._root, file).Replace('\\', '/');
            var parts = rel[..^3].Split('/');
            bool isPackage = parts[^1] == "__init__";
            var name = string.Join('.', isPackage ? parts[..^1] : parts);
            graph.Add(name, file, isPackage, displayRoot + "/" + rel);
        }
        return graph;
    }

    private void Add(string name, string path, bool isPackage, string? displayName = null)
    {
        var bytes = File.ReadAllBytes(path);
        displayName ??= path;
        var source = SourceText.Decode(bytes, displayName);
        var ast = PythonParser.Parse(source, displayName);
        SyntaxChecks.Validate(ast, displayName, source);
        var unit = new ModuleUnit(name, displayName, source, ast, isPackage);
        _modules[name] = unit;
        _pending.Enqueue(unit);
    }

    /// <summary>Adds a module (and its parent packages) when a matching file exists under the root.</summary>
    private void TryAddModule(string name)
    {
        if (name.EndsWith(".*", StringComparison.Ordinal))
        {
            var package = name[..^2];
            TryAddModule(package);
            var dir = Path.Combine(new[] { _root }.Concat(package.Split('.')).ToArray());
            if (File.Exists(Path.Combine(dir, "__init__.py")))
                foreach (var file in Directory.EnumerateFiles(dir, "*.py").Order(StringComparer.Ordinal))
                    if (Path.GetFileName(file) != "__init__.py") TryAddModule(package + "." + Path.GetFileNameWithoutExtension(file));
            return;
        }
        if (name.Length == 0 || _modules.ContainsKey(name)) return;
        var parts = name.Split('.');
        for (int i = 1; i <= parts.Length; i++)
        {
            var prefix = string.Join('.', parts.Take(i));
            if (_modules.ContainsKey(prefix)) continue;
            var basePath = Path.Combine(new[] { _root }.Concat(parts.Take(i)).ToArray());
            if (File.Exists(basePath + ".py") && !Directory.Exists(basePath))
                Add(prefix, basePath + ".py", isPackage: false);
            else if (File.Exists(Path.Combine(basePath, "__init__.py")))
                Add(prefix, Path.Combine(basePath, "__init__.py"), isPackage: true);
            else if (File.Exists(basePath + ".py"))
                Add(prefix, basePath + ".py", isPackage: false);
            else
                return;
        }
    }

    /// <summary>Absolute names of every module (and possible submodule) the unit's imports mention.</summary>
    private static IEnumerable<string> ImportedNames(ModuleUnit unit)
    {
        string package = unit.IsPackage ? unit.Name : unit.Name.Contains('.') ? unit.Name[..unit.Name.LastIndexOf('.')] : "";
        foreach (var node in Walk(unit.Ast))
        {
            switch (node)
            {
                case Import imp:
                    foreach (var a in imp.Names) yield return a.Name;
                    break;
                case ImportFrom imf:
                {
                    string? baseName = imf.ModuleName ?? "";
                    if (imf.Level > 0)
                    {
                        var parts = package.Length == 0 ? Array.Empty<string>() : package.Split('.');
                        if (imf.Level - 1 > parts.Length || (parts.Length == 0)) continue;
                        var prefix = string.Join('.', parts.Take(parts.Length - (imf.Level - 1)));
                        baseName = baseName.Length == 0 ? prefix : prefix.Length == 0 ? baseName : prefix + "." + baseName;
                    }
                    if (baseName.Length > 0) yield return baseName;
                    foreach (var a in imf.Names)
                    {
                        if (a.Name != "*") yield return baseName.Length > 0 ? baseName + "." + a.Name : a.Name;
                        // `from pkg import *` may import submodules named in pkg.__all__: offer them all.
                        else if (baseName.Length > 0) yield return baseName + ".*";
                    }
                    break;
                }
            }
        }
    }

    private static IEnumerable<Node> Walk(Node n)
    {
        foreach (var c in n.Children())
        {
            yield return c;
            foreach (var d in Walk(c)) yield return d;
        }
    }
}
