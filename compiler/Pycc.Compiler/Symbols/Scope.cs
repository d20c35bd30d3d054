using Pycc.Syntax;

namespace Pycc.Compiler.Symbols;

public enum ScopeKind { Module, Function, Class, Comprehension }

/// <summary>How a name is stored, after CPython's scope analysis.</summary>
public enum NameKind
{
    /// <summary>A fast local of a function.</summary>
    Local,
    /// <summary>A local of a function that nested scopes capture: lives in a cell.</summary>
    Cell,
    /// <summary>A variable of an enclosing function, reached through this function's closure.</summary>
    Free,
    /// <summary>Declared `global`, or a module-level name.</summary>
    GlobalExplicit,
    /// <summary>Not bound anywhere visible: global, then builtins.</summary>
    GlobalImplicit,
    /// <summary>Bound in a class body: the class namespace.</summary>
    ClassLocal,
}

[Flags]
public enum SymbolFlags
{
    None = 0,
    Assigned = 1,
    Param = 2,
    Used = 4,
    DeclaredGlobal = 8,
    DeclaredNonlocal = 16,
    Imported = 32,
    Annotated = 64,
    /// <summary>Bound by an assignment expression inside a comprehension (it lands in this scope).</summary>
    WalrusTarget = 128,
    /// <summary>Iteration variable of a comprehension.</summary>
    ComprehensionIter = 256,
}

/// <summary>One scope of the program: module, function, lambda, class body or comprehension.</summary>
public sealed class Scope
{
    public readonly ScopeKind Kind;
    public readonly string Name;
    public readonly string QualName;
    public readonly Node Node;
    public readonly Scope? Parent;
    public readonly List<Scope> Children = new();
    public readonly Dictionary<string, SymbolFlags> Symbols = new();
    /// <summary>Order in which names were first seen (for deterministic output).</summary>
    public readonly List<string> NameOrder = new();
    public readonly Dictionary<string, NameKind> Resolved = new();
    public readonly List<string> Params = new();
    /// <summary>Free variables in closure order.</summary>
    public readonly List<string> FreeVars = new();
    public readonly List<string> CellVars = new();

    public bool IsGenerator;
    public bool IsAsync;
    /// <summary>A class body whose methods use `super()` or `__class__`.</summary>
    public bool NeedsClassCell;
    /// <summary>The class whose body (directly or via nested functions) encloses this scope, for name mangling.</summary>
    public string? PrivateClassName;
    public bool HasAnnotations;

    public Scope(ScopeKind kind, string name, string qualName, Node node, Scope? parent)
    {
        Kind = kind;
        Name = name;
        QualName = qualName;
        Node = node;
        Parent = parent;
        parent?.Children.Add(this);
    }

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Comprehension;

    public void Add(string name, SymbolFlags flags)
    {
        if (Symbols.TryGetValue(name, out var f)) Symbols[name] = f | flags;
        else
        {
            Symbols[name] = flags;
            NameOrder.Add(name);
        }
    }

    public SymbolFlags FlagsOf(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;


    public override string ToString() => $"{Kind} {QualName}";
}
