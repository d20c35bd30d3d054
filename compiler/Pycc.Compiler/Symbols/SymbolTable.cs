using Pycc.Syntax;

namespace Pycc.Compiler.Symbols;

/// <summary>
/// Builds the scopes of a module and resolves every name with CPython's rules (symtable.c):
/// locals, globals, nonlocals, free and cell variables, class scopes, comprehension scopes,
/// and the compile-time errors that depend on them. It expects a tree that
/// <see cref="SyntaxChecks.Validate"/> accepted: `return`, `yield` and `await` outside a
/// function, and other errors that need no scopes, are reported there.
/// </summary>
public sealed class SymbolTable
{
    public readonly Scope Root;
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private readonly string _fileName;
    private readonly string[] _lines;

    private SymbolTable(Module module, string fileName, string source)
    {
        _fileName = fileName;
        _lines = source.Split('\n');
        Root = new Scope(ScopeKind.Module, "<module>", "<module>", module, null);
        _scopes[module] = Root;
    }

    public static SymbolTable Build(Module module, string fileName, string source)
    {
        var table = new SymbolTable(module, fileName, source);
        var collector = new Collector(table);
        collector.VisitBody(module.Body, table.Root);
        table.Analyze(table.Root, new HashSet<string>(), new HashSet<string>());
        return table;
    }

    public Scope ScopeOf(Node n) => _scopes[n];

    internal Scope NewScope(ScopeKind kind, string name, Node node, Scope parent)
    {
        string qual;
        if (parent.Kind == ScopeKind.Module) qual = name;
        else if (parent.Kind == ScopeKind.Class) qual = parent.QualName + "." + name;
        else qual = parent.QualName + ".<locals>." + name;
        var s = new Scope(kind, name, qual, node, parent)
        {
            PrivateClassName = parent.Kind == ScopeKind.Class ? parent.Name : parent.PrivateClassName,
        };
        _scopes[node] = s;
        return s;
    }

    internal PythonSyntaxError Error(string msg, Node at) =>
        new("SyntaxError", msg, _fileName, at.Line, at.Col + 1, at.EndLine, at.EndCol + 1,
            at.Line >= 1 && at.Line <= _lines.Length ? _lines[at.Line - 1].TrimEnd('\r') : null);

    /// <summary>Private name mangling: `__x` inside class C becomes `_C__x`.</summary>
    public static string Mangle(string? className, string name)
    {
        if (className == null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        var cls = className.TrimStart('_');
        if (cls.Length == 0) return name;
        return "_" + cls + name;
    }

    // ------------------------------------------------------------ analysis

    /// <summary>
    /// Resolves names top-down. <paramref name="enclosing"/> holds the names bound in
    /// enclosing function scopes (visible to nested functions); <paramref name="globals"/>
    /// the names declared global in enclosing scopes.
    /// </summary>
    private void Analyze(Scope scope, HashSet<string> enclosing, HashSet<string> globals)
    {
        var localGlobals = new HashSet<string>(globals);
        foreach (var name in scope.NameOrder)
        {
            var f = scope.Symbols[name];
            NameKind kind;
            if ((f & SymbolFlags.DeclaredGlobal) != 0)
            {
                kind = NameKind.GlobalExplicit;
                localGlobals.Add(name);
            }
            else if ((f & SymbolFlags.DeclaredNonlocal) != 0)
            {
                if (!enclosing.Contains(name))
                    throw Error($"no binding for nonlocal '{name}' found", scope.Node);
                kind = NameKind.Free;
            }
            else if (scope.Kind == ScopeKind.Module)
            {
                kind = NameKind.GlobalExplicit;
            }
            else if ((f & (SymbolFlags.Assigned | SymbolFlags.Param | SymbolFlags.Imported)) != 0)
            {
                kind = scope.Kind == ScopeKind.Class ? NameKind.ClassLocal : NameKind.Local;
                localGlobals.Remove(name);
            }
            else if (enclosing.Contains(name) && !globals.Contains(name))
            {
                kind = NameKind.Free;
            }
            else
            {
                kind = NameKind.GlobalImplicit;
            }
            scope.Resolved[name] = kind;
        }

        // Names visible to nested functions.
        var childEnclosing = new HashSet<string>(enclosing);
        if (scope.IsFunctionLike)
        {
            foreach (var (name, kind) in scope.Resolved)
            {
                if (kind is NameKind.Local or NameKind.Free) childEnclosing.Add(name);
                if (kind is NameKind.GlobalExplicit) childEnclosing.Remove(name);
            }
        }
        else if (scope.Kind == ScopeKind.Class)
        {
            // Methods can see `__class__` through an implicit cell of the class body.
            childEnclosing.Add("__class__");
            foreach (var (name, kind) in scope.Resolved)
                if (kind is NameKind.GlobalExplicit) childEnclosing.Remove(name);
        }

        foreach (var child in scope.Children) Analyze(child, childEnclosing, scope.Kind == ScopeKind.Module ? new HashSet<string>() : localGlobals);

        // Free variables of children either live here (cells) or pass through (free here too).
        foreach (var child in scope.Children)
        {
            foreach (var name in child.FreeVars)
            {
                if (scope.Kind == ScopeKind.Class && name == "__class__")
                {
                    scope.NeedsClassCell = true;
                    continue;
                }
                var mine = scope.Resolved.GetValueOrDefault(name, NameKind.GlobalImplicit);
                if (scope.IsFunctionLike && mine is NameKind.Local)
                {
                    scope.Resolved[name] = NameKind.Cell;
                    if (!scope.CellVars.Contains(name)) scope.CellVars.Add(name);
                }
                else if (mine is NameKind.Cell)
                {
                }
                else if (scope.Kind == ScopeKind.Class && mine == NameKind.ClassLocal)
                {
                    // A class-local name with the same spelling: the method sees the enclosing function's variable.
                    if (!scope.FreeVars.Contains(name)) scope.FreeVars.Add(name);
                }
                else if (scope.Kind != ScopeKind.Module)
                {
                    if (mine is not NameKind.Free) scope.Resolved[name] = scope.Kind == ScopeKind.Class && mine == NameKind.ClassLocal ? mine : NameKind.Free;
                    if (!scope.FreeVars.Contains(name)) scope.FreeVars.Add(name);
                    if (!scope.Symbols.ContainsKey(name)) scope.Add(name, SymbolFlags.None);
                }
            }
        }
        foreach (var (name, kind) in scope.Resolved.ToArray())
            if (kind == NameKind.Free && !scope.FreeVars.Contains(name)) scope.FreeVars.Add(name);
    }

    // ------------------------------------------------------------ collection

    /// <summary>Walks the AST, creating scopes and recording how each name is used.</summary>
    private sealed class Collector
    {
        private readonly SymbolTable _t;

        public Collector(SymbolTable t) { _t = t; }

        public void VisitBody(List<Stmt> body, Scope s)
        {
            foreach (var st in body) Stmt(st, s);
        }

        private string M(Scope s, string name) => Mangle(s.Kind == ScopeKind.Class ? s.Name : s.PrivateClassName, name);

        private void Bind(Scope s, string name, SymbolFlags flags, Node at)
        {
            name = M(s, name);
            var existing = s.FlagsOf(name);
            if ((existing & SymbolFlags.DeclaredGlobal) != 0 && (flags & SymbolFlags.Param) != 0)
                throw _t.Error($"name '{name}' is parameter and global", at);
            s.Add(name, flags);
        }

        private void Use(Scope s, string name) => s.Add(M(s, name), SymbolFlags.Used);

        private void Stmt(Stmt st, Scope s)
        {
            switch (st)
            {
                case FunctionDef f:
                    foreach (var d in f.DecoratorList) Expr(d, s);
                    ArgumentDefaults(f.Args, s);
                    ArgumentAnnotations(f.Args, s);
                    if (f.Returns != null) Expr(f.Returns, s);
                    Bind(s, f.Name, SymbolFlags.Assigned, f);
                    Function(f, f.Name, f.Args, f.Body, null, s, f.IsAsync);
                    break;
                case ClassDef c:
                {
                    foreach (var d in c.DecoratorList) Expr(d, s);
                    foreach (var b in c.Bases) Expr(b, s);
                    foreach (var k in c.Keywords) Expr(k.Value, s);
                    Bind(s, c.Name, SymbolFlags.Assigned, c);
                    var cs = _t.NewScope(ScopeKind.Class, c.Name, c, s);
                    cs.PrivateClassName = c.Name;
                    VisitBody(c.Body, cs);
                    break;
                }
                case Return r:
                    if (r.Value != null) Expr(r.Value, s);
                    break;
                case Delete d:
                    foreach (var e in d.Targets) Target(e, s);
                    break;
                case Assign a:
                    Expr(a.Value, s);
                    foreach (var e in a.Targets) Target(e, s);
                    break;
                case AugAssign aa:
                    Expr(aa.Value, s);
                    Target(aa.Target, s);
                    if (aa.Target is Name an) Use(s, an.Id);
                    break;
                case AnnAssign ann:
                    if (ann.Target is Name n2)
                    {
                        var fl = s.FlagsOf(M(s, n2.Id));
                        if ((fl & SymbolFlags.DeclaredGlobal) != 0 && s.Kind != ScopeKind.Module)
                            throw _t.Error($"annotated name '{n2.Id}' can't be global", ann);
                        if ((fl & SymbolFlags.DeclaredNonlocal) != 0)
                            throw _t.Error($"annotated name '{n2.Id}' can't be nonlocal", ann);
                        if (ann.Simple) s.Add(M(s, n2.Id), SymbolFlags.Annotated);
                        if (ann.Value != null) Bind(s, n2.Id, SymbolFlags.Assigned, n2);
                        else if (ann.Simple) s.Add(M(s, n2.Id), SymbolFlags.Assigned);
                    }
                    else Target(ann.Target, s);
                    if (s.Kind != ScopeKind.Function) Expr(ann.Annotation, s);
                    if (ann.Simple && s.Kind != ScopeKind.Function) s.HasAnnotations = true;
                    if (ann.Value != null) Expr(ann.Value, s);
                    break;
                case For f:
                    Expr(f.Iter, s);
                    Target(f.Target, s);
                    VisitBody(f.Body, s);
                    VisitBody(f.OrElse, s);
                    break;
                case While w:
                    Expr(w.Test, s);
                    VisitBody(w.Body, s);
                    VisitBody(w.OrElse, s);
                    break;
                case If i:
                    Expr(i.Test, s);
                    VisitBody(i.Body, s);
                    VisitBody(i.OrElse, s);
                    break;
                case With w:
                    foreach (var item in w.Items)
                    {
                        Expr(item.ContextExpr, s);
                        if (item.OptionalVars != null) Target(item.OptionalVars, s);
                    }
                    VisitBody(w.Body, s);
                    break;
                case Match m:
                    Expr(m.Subject, s);
                    foreach (var c in m.Cases)
                    {
                        PatternNode(c.Pattern, s);
                        if (c.Guard != null) Expr(c.Guard, s);
                        VisitBody(c.Body, s);
                    }
                    break;
                case Raise r:
                    if (r.Exc != null) Expr(r.Exc, s);
                    if (r.Cause != null) Expr(r.Cause, s);
                    break;
                case Try t:
                    VisitBody(t.Body, s);
                    foreach (var h in t.Handlers)
                    {
                        if (h.Type != null) Expr(h.Type, s);
                        if (h.Name != null) Bind(s, h.Name, SymbolFlags.Assigned, h);
                        VisitBody(h.Body, s);
                    }
                    VisitBody(t.OrElse, s);
                    VisitBody(t.FinalBody, s);
                    break;
                case Assert a:
                    Expr(a.Test, s);
                    if (a.Msg != null) Expr(a.Msg, s);
                    break;
                case Import imp:
                    foreach (var al in imp.Names)
                        Bind(s, al.AsName ?? al.Name.Split('.')[0], SymbolFlags.Assigned | SymbolFlags.Imported, al);
                    break;
                case ImportFrom imf:
                    foreach (var al in imf.Names)
                    {
                        if (al.Name == "*")
                        {
                            if (s.Kind != ScopeKind.Module) throw _t.Error("import * only allowed at module level", imf);
                            continue;
                        }
                        Bind(s, al.AsName ?? al.Name, SymbolFlags.Assigned | SymbolFlags.Imported, al);
                    }
                    break;
                case Global g:
                    foreach (var name in g.Names)
                    {
                        var mn = M(s, name);
                        var fl = s.FlagsOf(mn);
                        if ((fl & SymbolFlags.Param) != 0) throw _t.Error($"name '{name}' is parameter and global", g);
                        if ((fl & SymbolFlags.DeclaredNonlocal) != 0) throw _t.Error($"name '{name}' is nonlocal and global", g);
                        if ((fl & SymbolFlags.Annotated) != 0) throw _t.Error($"annotated name '{name}' can't be global", g);
                        if ((fl & SymbolFlags.Assigned) != 0) throw _t.Error($"name '{name}' is assigned to before global declaration", g);
                        if ((fl & SymbolFlags.Used) != 0) throw _t.Error($"name '{name}' is used prior to global declaration", g);
                        s.Add(mn, SymbolFlags.DeclaredGlobal);
                    }
                    break;
                case Nonlocal nl:
                    foreach (var name in nl.Names)
                    {
                        var mn = M(s, name);
                        if (s.Kind == ScopeKind.Module) throw _t.Error("nonlocal declaration not allowed at module level", nl);
                        var fl = s.FlagsOf(mn);
                        if ((fl & SymbolFlags.Param) != 0) throw _t.Error($"name '{name}' is parameter and nonlocal", nl);
                        if ((fl & SymbolFlags.DeclaredGlobal) != 0) throw _t.Error($"name '{name}' is nonlocal and global", nl);
                        if ((fl & SymbolFlags.Annotated) != 0) throw _t.Error($"annotated name '{name}' can't be nonlocal", nl);
                        if ((fl & SymbolFlags.Assigned) != 0) throw _t.Error($"name '{name}' is assigned to before nonlocal declaration", nl);
                        if ((fl & SymbolFlags.Used) != 0) throw _t.Error($"name '{name}' is used prior to nonlocal declaration", nl);
                        s.Add(mn, SymbolFlags.DeclaredNonlocal);
                    }
                    break;
                case ExprStmt e:
                    Expr(e.Value, s);
                    break;
            }
        }

        private void ArgumentDefaults(Arguments a, Scope s)
        {
            foreach (var d in a.Defaults) Expr(d, s);
            foreach (var d in a.KwDefaults) if (d != null) Expr(d, s);
        }

        private void ArgumentAnnotations(Arguments a, Scope s)
        {
            foreach (var arg in AllArgs(a)) if (arg.Annotation != null) Expr(arg.Annotation, s);
        }

        public static IEnumerable<Arg> AllArgs(Arguments a)
        {
            foreach (var x in a.PosOnlyArgs) yield return x;
            foreach (var x in a.Args) yield return x;
            if (a.VarArg != null) yield return a.VarArg;
            foreach (var x in a.KwOnlyArgs) yield return x;
            if (a.KwArg != null) yield return a.KwArg;
        }

        private Scope Function(Node node, string name, Arguments args, List<Stmt>? body, Expr? lambdaBody, Scope parent, bool isAsync)
        {
            var fs = _t.NewScope(ScopeKind.Function, name, node, parent);
            fs.IsAsync = isAsync;
            var seen = new HashSet<string>();
            foreach (var a in AllArgs(args))
            {
                var mn = M(fs, a.Name);
                if (!seen.Add(mn)) throw _t.Error($"duplicate argument '{a.Name}' in function definition", a);
                fs.Add(mn, SymbolFlags.Param);
                fs.Params.Add(mn);
            }
            if (body != null) VisitBody(body, fs);
            if (lambdaBody != null) Expr(lambdaBody, fs);
            return fs;
        }

        private void Target(Expr e, Scope s)
        {
            switch (e)
            {
                case Name n:
                    Bind(s, n.Id, SymbolFlags.Assigned, n);
                    break;
                case TupleExpr t:
                    foreach (var x in t.Elts) Target(x, s);
                    break;
                case ListExpr l:
                    foreach (var x in l.Elts) Target(x, s);
                    break;
                case Starred st:
                    Target(st.Value, s);
                    break;
                case Attribute a:
                    Expr(a.Value, s);
                    break;
                case Subscript sub:
                    Expr(sub.Value, s);
                    Expr(sub.Slice, s);
                    break;
                default:
                    Expr(e, s);
                    break;
            }
        }

        private void PatternNode(Pattern p, Scope s)
        {
            switch (p)
            {
                case MatchValue mv: Expr(mv.Value, s); break;
                case MatchSequence ms: foreach (var x in ms.Patterns) PatternNode(x, s); break;
                case MatchMapping mm:
                    foreach (var k in mm.Keys) Expr(k, s);
                    foreach (var x in mm.Patterns) PatternNode(x, s);
                    if (mm.Rest != null) Bind(s, mm.Rest, SymbolFlags.Assigned, mm);
                    break;
                case MatchClass mc:
                    Expr(mc.Cls, s);
                    foreach (var x in mc.Patterns) PatternNode(x, s);
                    foreach (var x in mc.KwdPatterns) PatternNode(x, s);
                    break;
                case MatchStar st:
                    if (st.Name != null) Bind(s, st.Name, SymbolFlags.Assigned, st);
                    break;
                case MatchAs ma:
                    if (ma.Pattern != null) PatternNode(ma.Pattern, s);
                    if (ma.Name != null) Bind(s, ma.Name, SymbolFlags.Assigned, ma);
                    break;
                case MatchOr mo:
                    foreach (var x in mo.Patterns) PatternNode(x, s);
                    break;
            }
        }

        private void Expr(Expr e, Scope s)
        {
            switch (e)
            {
                case Name n:
                    Use(s, n.Id);
                    if (n.Id == "super" && s.Kind == ScopeKind.Function) Use(s, "__class__");
                    return;
                case Lambda l:
                    ArgumentDefaults(l.Args, s);
                    Function(l, "<lambda>", l.Args, null, l.Body, s, false);
                    return;
                case Comprehension c:
                    Comprehension(c, s);
                    return;
                case Yield or YieldFrom:
                    s.IsGenerator = true;
                    break;
                case NamedExpr ne:
                    Expr(ne.Value, s);
                    Walrus(ne, s);
                    return;
            }
            foreach (var child in e.Children())
            {
                switch (child)
                {
                    case Expr ce: Expr(ce, s); break;
                    case Keyword k: Expr(k.Value, s); break;
                }
            }
        }

        /// <summary>A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope.</summary>
        private void Walrus(NamedExpr ne, Scope s)
        {
            var name = ne.Target.Id;
            if (s.Kind != ScopeKind.Comprehension)
            {
                Bind(s, name, SymbolFlags.Assigned, ne.Target);
                return;
            }
            var target = s;
            while (target.Kind == ScopeKind.Comprehension)
            {
                if ((target.FlagsOf(name) & SymbolFlags.ComprehensionIter) != 0)
                    throw _t.Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", ne);
                target = target.Parent!;
            }
            if (target.Kind == ScopeKind.Class)
                throw _t.Error("assignment expression within a comprehension cannot be used in a class body", ne);
            Bind(target, name, SymbolFlags.Assigned, ne.Target);
            // Inside the comprehension the name refers to that outer binding (a global one when
            // the outer scope is the module or declares the name global).
            bool global = target.Kind == ScopeKind.Module || (target.FlagsOf(name) & SymbolFlags.DeclaredGlobal) != 0;
            for (var c = s; c.Kind == ScopeKind.Comprehension; c = c.Parent!)
                c.Add(name, (global ? SymbolFlags.DeclaredGlobal : SymbolFlags.DeclaredNonlocal) | SymbolFlags.WalrusTarget);
        }

        private void Comprehension(Comprehension c, Scope s)
        {
            // The first iterable is evaluated in the enclosing scope.
            ForbidWalrusInIterable(c.Generators[0].Iter);
            Expr(c.Generators[0].Iter, s);
            var name = c.Kind switch
            {
                ComprehensionKind.List => "<listcomp>",
                ComprehensionKind.Set => "<setcomp>",
                ComprehensionKind.Dict => "<dictcomp>",
                _ => "<genexpr>",
            };
            var cs = _t.NewScope(ScopeKind.Comprehension, name, c, s);
            cs.IsAsync = c.Generators.Any(g => g.IsAsync);
            if (c.Kind == ComprehensionKind.Generator) cs.IsGenerator = true;
            cs.Add(".0", SymbolFlags.Param);
            cs.Params.Add(".0");
            for (int i = 0; i < c.Generators.Count; i++)
            {
                var g = c.Generators[i];
                if (i > 0)
                {
                    ForbidWalrusInIterable(g.Iter);
                    Expr(g.Iter, cs);
                }
                MarkIterTargets(g.Target, cs);
                Target(g.Target, cs);
                foreach (var cond in g.Ifs) Expr(cond, cs);
            }
            Expr(c.Elt, cs);
            if (c.Value != null) Expr(c.Value, cs);
        }

        private void MarkIterTargets(Expr target, Scope cs)
        {
            foreach (var n in Names(target)) cs.Add(n.Id, SymbolFlags.ComprehensionIter);
        }

        private static IEnumerable<Name> Names(Expr e)
        {
            switch (e)
            {
                case Name n: yield return n; break;
                case TupleExpr t: foreach (var x in t.Elts) foreach (var y in Names(x)) yield return y; break;
                case ListExpr l: foreach (var x in l.Elts) foreach (var y in Names(x)) yield return y; break;
                case Starred st: foreach (var y in Names(st.Value)) yield return y; break;
            }
        }

        private void ForbidWalrusInIterable(Expr iter)
        {
            foreach (var n in Descendants(iter))
                if (n is NamedExpr ne)
                    throw _t.Error("assignment expression cannot be used in a comprehension iterable expression", ne);
        }

        private static IEnumerable<Node> Descendants(Node n)
        {
            foreach (var c in n.Children())
            {
                yield return c;
                if (c is Lambda or Syntax.Comprehension) continue;
                foreach (var d in Descendants(c)) yield return d;
            }
        }
    }
}
