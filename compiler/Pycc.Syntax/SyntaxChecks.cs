namespace Pycc.Syntax;

/// <summary>
/// The SyntaxErrors CPython 3.11 raises after parsing (in future.c, symtable.c and
/// compile.c) that depend on the syntax tree alone. Covered, in CPython's order:
/// <list type="number">
/// <item>`from __future__` placement and feature names ("not a chance" for braces);</item>
/// <item>nesting deeper than CPython's compiler accepts (RecursionError);</item>
/// <item>`yield` inside a comprehension or generator expression;</item>
/// <item>in source order: 'break' outside loop, 'continue' not properly in loop, 'return'
/// outside function, 'return' with value in async generator, 'yield' outside function,
/// 'await' outside (async) function, 'async for'/'async with' outside async function,
/// asynchronous comprehension outside of an asynchronous function, misplaced starred
/// expressions, keyword argument repeated, assignments to __debug__, too many statically
/// nested blocks, and the match-statement checks (unreachable patterns, repeated names
/// and attributes, alternatives binding different names, duplicate mapping keys).</item>
/// </list>
/// Not covered, because they need scopes and belong to the compiler's symbol table:
/// global/nonlocal errors, duplicate parameter names, walrus rules in comprehensions.
/// The walk uses an explicit stack, so any depth of tree is safe to validate.
/// </summary>
public static class SyntaxChecks
{
    // CPython's compiler gives up at about 3000 nested nodes (its recursion limit of 1000
    // times COMPILER_STACK_FRAME_SCALE); CO_MAXBLOCKS is 20.
    private const int MaxDepth = 2990;
    private const int MaxBlocks = 20;

    private static readonly HashSet<string> FutureFeatures = new()
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    public static void Validate(Module module, string fileName = "<unknown>", string? source = null)
    {
        var v = new Validator(fileName, source == null ? null : new SourceFile(source, fileName));
        v.CheckFuture(module);
        v.Walk(module);
    }

    private enum Scope { Module, Function, AsyncFunction, Class, Lambda }

    private sealed class Validator
    {
        private readonly string _fileName;
        private readonly SourceFile? _file;

        public Validator(string fileName, SourceFile? file)
        {
            _fileName = fileName;
            _file = file;
        }

        private PythonSyntaxError Error(Node n, string msg, string kind = "SyntaxError", bool noEnd = false)
        {
            if (_file != null)
                return _file.CompilerError(kind, msg, n.Line, n.Col, noEnd ? n.Line : n.EndLine, noEnd ? -1 : n.EndCol);
            return new PythonSyntaxError(kind, msg, _fileName, n.Line, n.Col + 1, noEnd ? n.Line : n.EndLine, noEnd ? 0 : n.EndCol + 1, null);
        }

        // ------------------------------------------------------------ __future__

        public void CheckFuture(Module m)
        {
            bool done = false;
            for (int i = 0; i < m.Body.Count; i++)
            {
                var s = m.Body[i];
                if (s is ImportFrom { ModuleName: "__future__", Level: 0 } f)
                {
                    if (done) throw Error(s, "from __future__ imports must occur at the beginning of the file");
                    foreach (var a in f.Names)
                    {
                        if (a.Name == "braces") throw Error(s, "not a chance", noEnd: true);
                        if (!FutureFeatures.Contains(a.Name)) throw Error(s, $"future feature {a.Name} is not defined", noEnd: true);
                    }
                }
                else if (!(i == 0 && s is ExprStmt { Value: Constant { Kind: ConstantKind.Str } })) done = true;
            }
        }

        // ------------------------------------------------------------ the compiler's checks

        /// <summary>Where a node is: its scope, whether a loop encloses it in that scope,
        /// how many blocks are open, its function, and the comprehension it is in.</summary>
        private sealed record Ctx(Scope Scope, bool InLoop, int Blocks, FunctionDef? Function, Comprehension? Comp = null);

        private readonly List<(Node, Ctx)> _next = new();
        private readonly Dictionary<FunctionDef, bool> _generators = new(ReferenceEqualityComparer.Instance);
        // CPython's symbol table runs before its compiler, so its errors win.
        private PythonSyntaxError? _symtableError, _compilerError;

        /// <summary>One pass in source order. Depth is checked first of all (CPython's AST
        /// optimizer fails before the symbol table and the compiler run).</summary>
        public void Walk(Module m)
        {
            var stack = new Stack<(Node Node, Ctx Ctx, int Depth)>();
            stack.Push((m, new Ctx(Scope.Module, false, 0, null), 0));
            while (stack.Count > 0)
            {
                var (n, ctx, depth) = stack.Pop();
                if (depth > MaxDepth)
                    throw Error(n, "maximum recursion depth exceeded during compilation", "RecursionError");
                _next.Clear();
                try
                {
                    Visit(n, ctx);
                }
                catch (PythonSyntaxError e)
                {
                    _compilerError ??= e;
                    continue;
                }
                for (int i = _next.Count - 1; i >= 0; i--) stack.Push((_next[i].Item1, _next[i].Item2, depth + 1));
            }
            if (_symtableError != null) throw _symtableError;
            if (_compilerError != null) throw _compilerError;
        }

        private static bool IsAsyncScope(Ctx c) => c.Scope == Scope.AsyncFunction;

        private static bool InFunction(Ctx c) => c.Scope is Scope.Function or Scope.AsyncFunction or Scope.Lambda;

        private void Visit(Node n, Ctx ctx)
        {
            var next = _next;
            void Add(Node? child, Ctx c)
            {
                if (child != null) next.Add((child, c));
            }
            void AddAll(IEnumerable<Node?> children, Ctx c)
            {
                foreach (var ch in children) Add(ch, c);
            }

            switch (n)
            {
                case FunctionDef f:
                {
                    if (f.Name == "__debug__") throw Error(f, "cannot assign to __debug__");
                    CheckArgsDebug(f.Args, f);
                    AddAll(f.DecoratorList, ctx);
                    Add(f.Args, ctx);
                    Add(f.Returns, ctx);
                    var inner = new Ctx(f.IsAsync ? Scope.AsyncFunction : Scope.Function, false, 0, f);
                    AddAll(f.Body, inner);
                    return;
                }
                case Lambda l:
                    CheckArgsDebug(l.Args, l);
                    Add(l.Args, ctx);
                    Add(l.Body, new Ctx(Scope.Lambda, false, 0, null));
                    return;
                case ClassDef c:
                    if (c.Name == "__debug__") throw Error(c, "cannot assign to __debug__");
                    CheckKeywords(c.Keywords);
                    AddAll(c.DecoratorList, ctx);
                    foreach (var b in c.Bases) Add(b is Starred s ? s.Value : b, ctx);
                    AddAll(c.Keywords, ctx);
                    AddAll(c.Body, new Ctx(Scope.Class, false, 0, null));
                    return;
                case Break:
                    if (!ctx.InLoop) throw Error(n, "'break' outside loop");
                    return;
                case Continue:
                    if (!ctx.InLoop) throw Error(n, "'continue' not properly in loop");
                    return;
                case Return r:
                    if (!InFunction(ctx)) throw Error(n, "'return' outside function");
                    if (r.Value != null && ctx.Scope == Scope.AsyncFunction && ctx.Function != null && IsGenerator(ctx.Function))
                        throw Error(n, "'return' with value in async generator");
                    Add(r.Value, ctx);
                    return;
                case For f:
                {
                    if (f.IsAsync && !IsAsyncScope(ctx))
                        throw Error(n, "'async for' outside async function");
                    if (ctx.Blocks >= MaxBlocks) throw Error(n, "too many statically nested blocks");
                    CheckStarTarget(f.Target);
                    Add(f.Iter, ctx);
                    Add(f.Target, ctx);
                    var body = ctx with { InLoop = true, Blocks = ctx.Blocks + 1 };
                    AddAll(f.Body, body);
                    AddAll(f.OrElse, ctx);
                    return;
                }
                case While w:
                {
                    if (ctx.Blocks >= MaxBlocks) throw Error(n, "too many statically nested blocks");
                    Add(w.Test, ctx);
                    AddAll(w.Body, ctx with { InLoop = true, Blocks = ctx.Blocks + 1 });
                    AddAll(w.OrElse, ctx);
                    return;
                }
                case With w:
                {
                    if (w.IsAsync && !IsAsyncScope(ctx))
                        throw Error(n, "'async with' outside async function");
                    if (ctx.Blocks + w.Items.Count > MaxBlocks) throw Error(n, "too many statically nested blocks");
                    foreach (var item in w.Items)
                    {
                        Add(item.ContextExpr, ctx);
                        if (item.OptionalVars != null)
                        {
                            CheckStarTarget(item.OptionalVars);
                            Add(item.OptionalVars, ctx);
                        }
                    }
                    AddAll(w.Body, ctx with { Blocks = ctx.Blocks + w.Items.Count });
                    return;
                }
                case Try t:
                {
                    int pushed = (t.Handlers.Count > 0 ? 1 : 0) + (t.FinalBody.Count > 0 ? 1 : 0);
                    if (ctx.Blocks + pushed > MaxBlocks) throw Error(n, "too many statically nested blocks");
                    AddAll(t.Body, ctx with { Blocks = ctx.Blocks + pushed });
                    int outer = ctx.Blocks + (t.FinalBody.Count > 0 ? 1 : 0);
                    foreach (var h in t.Handlers)
                    {
                        if (outer + 2 > MaxBlocks) throw Error(h, "too many statically nested blocks");
                        Add(h.Type, ctx);
                        AddAll(h.Body, ctx with { Blocks = outer + 2 });
                    }
                    AddAll(t.OrElse, ctx with { Blocks = outer });
                    AddAll(t.FinalBody, ctx with { Blocks = ctx.Blocks + 1 });
                    return;
                }
                case Assign a:
                    foreach (var target in a.Targets) CheckStarTarget(target);
                    Add(a.Value, ctx);
                    AddAll(a.Targets, ctx);
                    return;
                case AugAssign a:
                    Add(a.Value, ctx);
                    Add(a.Target, ctx);
                    return;
                case Import i:
                    foreach (var al in i.Names)
                        if ((al.AsName ?? al.Name) == "__debug__") throw Error(i, "cannot assign to __debug__");
                    return;
                case ImportFrom i:
                    if (i.ModuleName == "__future__" && i.Level == 0 && ctx.Scope != Scope.Module)
                        throw Error(i, "from __future__ imports must occur at the beginning of the file");
                    foreach (var al in i.Names)
                        if ((al.AsName ?? al.Name) == "__debug__") throw Error(i, "cannot assign to __debug__");
                    return;
                case Match m:
                    Add(m.Subject, ctx);
                    for (int k = 0; k < m.Cases.Count; k++)
                    {
                        var mc = m.Cases[k];
                        var names = new List<string>();
                        CheckPattern(mc.Pattern, names);
                        if (k < m.Cases.Count - 1 && mc.Guard == null && Irrefutable(mc.Pattern) is { } ir)
                        {
                            throw ir is MatchAs { Name: { } nm }
                                ? Error(ir, $"name capture '{nm}' makes remaining patterns unreachable")
                                : Error(ir, "wildcard makes remaining patterns unreachable");
                        }
                        Add(mc.Guard, ctx);
                        AddAll(mc.Body, ctx);
                    }
                    return;

                case Yield or YieldFrom:
                    if (ctx.Comp != null)
                    {
                        string kind = ctx.Comp.Kind switch
                        {
                            ComprehensionKind.List => "list comprehension",
                            ComprehensionKind.Set => "set comprehension",
                            ComprehensionKind.Dict => "dict comprehension",
                            _ => "generator expression",
                        };
                        _symtableError ??= Error(n, $"'yield' inside {kind}");
                    }
                    else if (!InFunction(ctx)) throw Error(n, "'yield' outside function");
                    AddAll(n.Children(), ctx);
                    return;
                case Await:
                    if (!InFunction(ctx)) throw Error(n, "'await' outside function");
                    if (!IsAsyncScope(ctx)) throw Error(n, "'await' outside async function");
                    AddAll(n.Children(), ctx);
                    return;
                case Comprehension c:
                {
                    bool isAsync = c.Generators.Any(g => g.IsAsync) || ContainsAwait(c);
                    if (isAsync && c.Kind != ComprehensionKind.Generator && !IsAsyncScope(ctx))
                        throw Error(n, "asynchronous comprehension outside of an asynchronous function");
                    // A comprehension is a function of its own: loops around it do not count,
                    // and `await` is allowed where the comprehension may be asynchronous.
                    var inner = new Ctx(c.Kind == ComprehensionKind.Generator || IsAsyncScope(ctx) ? Scope.AsyncFunction : Scope.Function, false, 0, null, c);
                    Add(c.Generators[0].Iter, ctx);
                    Add(c.Generators[0].Target, inner);
                    AddAll(c.Generators[0].Ifs, inner);
                    for (int k = 1; k < c.Generators.Count; k++) Add(c.Generators[k], inner);
                    Add(c.Elt, inner);
                    Add(c.Value, inner);
                    foreach (var g in c.Generators) CheckStarTarget(g.Target);
                    return;
                }
                case Call call:
                    CheckKeywords(call.Keywords);
                    foreach (var k in call.Keywords)
                        if (k.Arg == "__debug__") throw Error(call, "cannot assign to __debug__");
                    Add(call.Func, ctx);
                    foreach (var arg in call.Args) Add(arg is Starred s ? s.Value : arg, ctx);
                    AddAll(call.Keywords, ctx);
                    return;
                case Starred s:
                    // Starred nodes reach here only where they are not allowed.
                    throw Error(s, s.Ctx == ExprContext.Store
                        ? "starred assignment target must be in a list or tuple"
                        : "can't use starred expression here");
                case ListExpr or TupleExpr or SetExpr:
                    foreach (var e in n.Children()) Add(e is Starred s ? s.Value : e, ctx);
                    return;
                case Subscript sub:
                    Add(sub.Value, ctx);
                    Add(sub.Slice, ctx);
                    return;
                case Arg { Annotation: Starred star }:
                    // `*args: *Ts` (PEP 646).
                    Add(star.Value, ctx);
                    return;
                case Name nm:
                    if (nm.Id == "__debug__" && nm.Ctx != ExprContext.Load) throw Error(nm, "cannot assign to __debug__");
                    return;
                case Attribute at:
                    if (at.Attr == "__debug__" && at.Ctx != ExprContext.Load) throw Error(at, "cannot assign to __debug__");
                    Add(at.Value, ctx);
                    return;
                default:
                    AddAll(n.Children(), ctx);
                    return;
            }
        }

        private void CheckArgsDebug(Arguments a, Node owner)
        {
            foreach (var arg in a.PosOnlyArgs.Concat(a.Args).Concat(a.KwOnlyArgs))
                if (arg.Name == "__debug__") throw Error(owner, "cannot assign to __debug__");
            if (a.VarArg?.Name == "__debug__" || a.KwArg?.Name == "__debug__") throw Error(owner, "cannot assign to __debug__");
        }

        private void CheckKeywords(List<Keyword> keywords)
        {
            for (int i = 0; i < keywords.Count; i++)
            {
                if (keywords[i].Arg == null) continue;
                for (int j = 0; j < i; j++)
                    if (keywords[j].Arg == keywords[i].Arg)
                        throw Error(keywords[i], $"keyword argument repeated: {keywords[i].Arg}");
            }
        }

        /// <summary>A starred target must sit in a list or tuple, once per level.</summary>
        private void CheckStarTarget(Expr target)
        {
            if (target is not (ListExpr or TupleExpr)) return;
            var elts = target is ListExpr l ? l.Elts : ((TupleExpr)target).Elts;
            bool seen = false;
            foreach (var e in elts)
            {
                if (e is Starred)
                {
                    if (seen) throw Error(target, "multiple starred expressions in assignment");
                    seen = true;
                }
            }
        }

        private static bool ContainsAwait(Comprehension c)
        {
            // Awaits in nested functions and lambdas belong to those; the first iterable
            // belongs to the enclosing scope.
            var stack = new Stack<Node>();
            foreach (var ch in c.Children())
                if (!ReferenceEquals(ch, c.Generators[0])) stack.Push(ch);
            stack.Push(c.Generators[0].Target);
            foreach (var i in c.Generators[0].Ifs) stack.Push(i);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (n is Await) return true;
                if (n is Lambda or FunctionDef or ClassDef) continue;
                if (n is Comprehension inner)
                {
                    stack.Push(inner.Generators[0].Iter);
                    continue;
                }
                foreach (var ch in n.Children()) stack.Push(ch);
            }
            return false;
        }

        private bool IsGenerator(FunctionDef f)
        {
            if (_generators.TryGetValue(f, out bool known)) return known;
            return _generators[f] = FindYield(f);
        }

        private static bool FindYield(FunctionDef f)
        {
            var stack = new Stack<Node>(f.Body);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (n is Yield or YieldFrom) return true;
                if (n is FunctionDef or ClassDef or Lambda) continue;
                if (n is Comprehension c)
                {
                    stack.Push(c.Generators[0].Iter);
                    continue;
                }
                foreach (var ch in n.Children()) stack.Push(ch);
            }
            return false;
        }

        // ------------------------------------------------------------ patterns

        private void CheckPattern(Pattern p, List<string> names)
        {
            switch (p)
            {
                case MatchAs a:
                    if (a.Pattern != null) CheckPattern(a.Pattern, names);
                    if (a.Name != null) Bind(a, a.Name, names);
                    break;
                case MatchStar s:
                    if (s.Name != null) Bind(s, s.Name, names);
                    break;
                case MatchSequence sq:
                {
                    int stars = 0;
                    foreach (var x in sq.Patterns)
                        if (x is MatchStar && ++stars > 1) throw Error(sq, "multiple starred names in sequence pattern");
                    foreach (var x in sq.Patterns) CheckPattern(x, names);
                    break;
                }
                case MatchMapping mm:
                {
                    var seen = new List<Constant>();
                    foreach (var k in mm.Keys)
                    {
                        if (k is Constant c && c.Kind is not (ConstantKind.Complex))
                        {
                            if (seen.Any(o => SameConstant(o, c)))
                                throw Error(mm, $"mapping pattern checks duplicate key ({Repr.Constant(c)})");
                            seen.Add(c);
                        }
                    }
                    foreach (var x in mm.Patterns) CheckPattern(x, names);
                    if (mm.Rest != null) Bind(mm, mm.Rest, names);
                    break;
                }
                case MatchClass mc:
                {
                    for (int i = 0; i < mc.KwdAttrs.Count; i++)
                        for (int j = 0; j < i; j++)
                            if (mc.KwdAttrs[i] == mc.KwdAttrs[j])
                                throw Error(mc.KwdPatterns[i], $"attribute name repeated in class pattern: {mc.KwdAttrs[i]}");
                    foreach (var x in mc.Patterns) CheckPattern(x, names);
                    foreach (var x in mc.KwdPatterns) CheckPattern(x, names);
                    break;
                }
                case MatchOr mo:
                {
                    List<string>? first = null;
                    for (int i = 0; i < mo.Patterns.Count; i++)
                    {
                        var alt = mo.Patterns[i];
                        if (i < mo.Patterns.Count - 1 && Irrefutable(alt) is { } ir)
                        {
                            throw ir is MatchAs { Name: { } nm }
                                ? Error(ir, $"name capture '{nm}' makes remaining patterns unreachable")
                                : Error(ir, "wildcard makes remaining patterns unreachable");
                        }
                        var altNames = new List<string>(names);
                        CheckPattern(alt, altNames);
                        var bound = altNames.Skip(names.Count).ToList();
                        if (first == null) first = bound;
                        else if (!new HashSet<string>(first).SetEquals(bound))
                            throw Error(LastVisited(alt), "alternative patterns bind different names");
                    }
                    names.AddRange(first ?? new List<string>());
                    break;
                }
            }
        }

        // CPython reports some pattern errors where its compiler last was: the last node
        // of the pattern in source order.
        private static Node LastVisited(Node n)
        {
            while (n.Children().LastOrDefault() is { } last) n = last;
            return n;
        }

        private void Bind(Node at, string name, List<string> names)
        {
            if (names.Contains(name)) throw Error(at, $"multiple assignments to name '{name}' in pattern");
            names.Add(name);
        }

        private static bool SameConstant(Constant a, Constant b)
        {
            if (a.Kind is ConstantKind.Str or ConstantKind.Bytes || b.Kind is ConstantKind.Str or ConstantKind.Bytes)
            {
                if (a.Kind != b.Kind) return false;
                return a.Kind == ConstantKind.Str ? (string)a.Value! == (string)b.Value! : ((byte[])a.Value!).SequenceEqual((byte[])b.Value!);
            }
            return Numeric(a) is { } x && Numeric(b) is { } y ? x == y : a.Kind == b.Kind;
        }

        private static double? Numeric(Constant c) => c.Kind switch
        {
            ConstantKind.Int => (double)(System.Numerics.BigInteger)c.Value!,
            ConstantKind.Float => (double)c.Value!,
            ConstantKind.True => 1,
            ConstantKind.False => 0,
            _ => null,
        };

        /// <summary>The capture or wildcard that makes a pattern match anything, or null.</summary>
        private static Pattern? Irrefutable(Pattern p) => p switch
        {
            MatchAs { Pattern: null } => p,
            MatchAs { Pattern: { } inner } => Irrefutable(inner) != null ? p : null,
            MatchOr o => o.Patterns.Select(Irrefutable).FirstOrDefault(x => x != null),
            _ => null,
        };
    }
}
