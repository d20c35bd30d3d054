using Pycc.Compiler.Symbols;
using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    private string CallExpr(Call c)
    {
        if (c.Func is Name fname && KindOf(Mangle(fname.Id)) is NameKind.GlobalImplicit or NameKind.GlobalExplicit)
        {
            var special = SpecialBuiltinCall(fname.Id, c);
            if (special != null) return special;
        }

        bool simple = !c.Args.Any(a => a is Starred) && !c.Keywords.Any(k => k.Arg == null);
        // obj.method(args): no bound-method object for plain methods.
        if (c.Func is Attribute attr && simple && c.Keywords.Count == 0)
        {
            if (attr.Attr == "join" && c.Args.Count == 1 && c.Args[0] is Syntax.Comprehension { Kind: ComprehensionKind.Generator } g
                && !g.Generators.Any(x => x.IsAsync))
                return FusedJoinCall(Expr(attr.Value), g);
            var obj = Expr(attr.Value);
            var site = M.AttrSite(Mangle(attr.Attr));
            var args = c.Args.Select(Expr).ToList();
            return args.Count switch
            {
                0 => $"{site}.Call0(ctx, {obj})",
                1 => $"{site}.Call1(ctx, {obj}, {args[0]})",
                2 => $"{site}.Call2(ctx, {obj}, {args[0]}, {args[1]})",
                _ => $"{site}.CallN(ctx, {obj}, new PyObject[] {{ {string.Join(", ", args)} }})",
            };
        }

        var fn = Expr(c.Func);
        if (simple)
        {
            var args = c.Args.Select(Expr).ToList();
            if (c.Keywords.Count == 0)
            {
                return args.Count switch
                {
                    0 => $"{fn}.Call0(ctx)",
                    1 => $"{fn}.Call1(ctx, {args[0]})",
                    2 => $"{fn}.Call2(ctx, {args[0]}, {args[1]})",
                    3 => $"{fn}.Call3(ctx, {args[0]}, {args[1]}, {args[2]})",
                    _ => $"{fn}.Call(ctx, new PyObject[] {{ {string.Join(", ", args)} }}, null)",
                };
            }
            var kwValues = c.Keywords.Select(k => Expr(k.Value)).ToList();
            var names = M.StringArray(c.Keywords.Select(k => k.Arg!));
            return $"{fn}.Call(ctx, new PyObject[] {{ {string.Join(", ", args.Concat(kwValues))} }}, {names})";
        }
        // *args / **kwargs: build the positional array and the keyword dict.
        var fnTemp = Materialize(fn);
        var positional = Items(c.Args, fnTemp);
        string kw = "null";
        if (c.Keywords.Count > 0)
        {
            var dict = NewLocal("kw", "PyDict");
            W.Line($"{dict} = new PyDict();");
            var posTemp = NewLocal("pos", "PyObject[]");
            W.Line($"{posTemp} = {positional};");
            positional = posTemp;
            foreach (var k in c.Keywords)
            {
                if (k.Arg == null) W.Line($"Calls.MergeKeywords(ctx, {dict}, {Expr(k.Value)}, {fnTemp});");
                else W.Line($"Build.AddKeyword(ctx, {dict}, {CodeWriter.Literal(k.Arg)}, {Expr(k.Value)}, {fnTemp});");
            }
            kw = dict;
        }
        return $"Calls.CallStar(ctx, {fnTemp}, {positional}, {kw})";
    }

    /// <summary>
    /// Built-ins that need the caller's frame: super(), locals(), globals(), vars(), dir().
    /// Each checks at run time that the name still means the built-in.
    /// </summary>
    private string? SpecialBuiltinCall(string id, Call c)
    {
        if (c.Keywords.Count > 0 || c.Args.Any(a => a is Starred)) return null;
        var fn = LoadName(id);
        switch (id)
        {
            case "super" when c.Args.Count == 0 && S.Kind == ScopeKind.Function:
            {
                var first = FirstParameter();
                if (first == null || !S.FreeVars.Contains("__class__"))
                    return $"Ops.SuperNoArgs(ctx, {fn}, null, null)";
                DeclareLocal("PyCell", CellName("__class__"));
                return $"Ops.SuperNoArgs(ctx, {fn}, {CellName("__class__")}, {LoadName(first)})";
            }
            case "locals" when c.Args.Count == 0:
            case "vars" when c.Args.Count == 0:
            case "dir" when c.Args.Count == 0:
                return $"Ops.CallFrameBuiltin(ctx, {fn}, {CodeWriter.Literal(id)}, {LocalsDict()})";
            case "globals" when c.Args.Count == 0:
                return $"Ops.CallFrameBuiltin(ctx, {fn}, \"globals\", fn.Globals.DictView)";
            case "sum" or "any" or "all" or "min" or "max" or "list" or "tuple" or "set"
                when c.Args.Count == 1 && c.Args[0] is Syntax.Comprehension { Kind: ComprehensionKind.Generator } g
                     && !g.Generators.Any(x => x.IsAsync):
                return FusedGeneratorCall(id, fn, g);
        }
        return null;
    }

    /// <summary>
    /// `sum(x*x for x in xs)` and the like: when the name still means the built-in, the
    /// generator expression is compiled a second time as a plain function that runs the
    /// built-in's loop itself, so no generator is created or resumed per item. Otherwise the
    /// call is made as written. Both versions are named `&lt;genexpr&gt;` in tracebacks.
    /// </summary>
    private string FusedGeneratorCall(string builtin, string fn, Syntax.Comprehension g)
    {
        var callee = Materialize(fn);
        var (fused, plain, iter) = FusedAndPlain(g, builtin);
        return $"(Generators.IsBuiltin(ctx, {callee}, {CodeWriter.Literal(builtin)}) ? {fused}.Call1(ctx, {iter}) : {callee}.Call1(ctx, {plain}.Call1(ctx, {iter})))";
    }

    /// <summary>`sep.join(genexpr)`: for a str separator the items are collected by a fused loop
    /// (str.join cannot be overridden on str itself); anything else calls its join method.</summary>
    private string FusedJoinCall(string receiver, Syntax.Comprehension g)
    {
        var sep = Materialize(receiver);
        var (fused, plain, iter) = FusedAndPlain(g, "list");
        return $"({sep} is PyStr ? StrMethods.Join(ctx, (PyStr)(PyObject){sep}, {fused}.Call1(ctx, {iter})) : {M.AttrSite("join")}.Call1(ctx, {sep}, {plain}.Call1(ctx, {iter})))";
    }

    /// <summary>The two compiled forms of a generator expression (fused for a consumer, and the
    /// generator itself) as function objects, and its first iterable's iterator, evaluated now.</summary>
    private (string fused, string plain, string iter) FusedAndPlain(Syntax.Comprehension g, string consumer)
    {
        var iter = Materialize($"{Expr(g.Generators[0].Iter)}.GetIter(ctx)");
        var scope = M.Symbols.ScopeOf(g);
        var closure = Closure(scope);
        var fused = new FunctionLowering(M, scope, this, consumer).EmitFunction();
        var plain = new FunctionLowering(M, scope, this).EmitFunction();
        string Make(string code) => $"Ops.MakeFunction({code}, fn.Globals, null, null, {closure}, null, null)";
        return (Make(fused), Make(plain), iter);
    }

    private string? FirstParameter() => S.Params.Count > 0 ? S.Params[0] : null;

    /// <summary>A dict snapshot of the current local variables (locals()).</summary>
    private string LocalsDict()
    {
        if (S.Kind == ScopeKind.Module) return "fn.Globals.DictView";
        if (S.Kind == ScopeKind.Class) return "l__ns";
        var names = S.NameOrder.Where(n => KindOf(n) is NameKind.Local or NameKind.Cell or NameKind.Free && !n.StartsWith('.')).ToList();
        if (names.Count == 0) return "new PyDict()";
        var values = names.Select(n => KindOf(n) == NameKind.Local
            ? Declared("PyObject", VarName(n))
            : Declared("PyCell", CellName(n)) + ".Value");
        return $"Build.Locals({M.StringArray(names)}, new PyObject?[] {{ {string.Join(", ", values)} }})";
    }

    private string Declared(string type, string name)
    {
        DeclareLocal(type, name);
        return name;
    }
}
