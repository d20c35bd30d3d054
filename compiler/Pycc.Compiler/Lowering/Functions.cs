using Pycc.Compiler.Symbols;
using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

public sealed partial class FunctionLowering
{
    private void EmitFunctionDef(FunctionDef f)
    {
        if (f.IsAsync) throw Unsupported("'async def'", f);
        var decorators = f.DecoratorList.Select(d => Materialize(Expr(d))).ToList();
        var function = MakeFunctionExpr(f, f.Args, f);
        StoreName(f.Name, ApplyDecorators(decorators, function));
    }

    private static string ApplyDecorators(List<string> decorators, string value)
    {
        for (int i = decorators.Count - 1; i >= 0; i--) value = $"{decorators[i]}.Call1(ctx, {value})";
        return value;
    }

    /// <summary>Lowers a function or lambda body and returns the expression that creates the function object.</summary>
    private string MakeFunctionExpr(Node node, Arguments args, FunctionDef? def)
    {
        var defaults = args.Defaults.Count == 0 ? "null" : $"new PyObject[] {{ {string.Join(", ", args.Defaults.Select(Expr))} }}";
        string kwDefaults = "null";
        var kwPairs = new List<string>();
        for (int i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            if (args.KwDefaults[i] is { } d)
            {
                kwPairs.Add(M.Str(Mangle(args.KwOnlyArgs[i].Name)));
                kwPairs.Add(Expr(d));
            }
        }
        if (kwPairs.Count > 0) kwDefaults = $"Build.Dict(ctx, new PyObject[] {{ {string.Join(", ", kwPairs)} }})";

        string annotations = "null";
        if (def != null)
        {
            var annPairs = new List<string>();
            foreach (var a in Enumerable.Concat(Enumerable.Concat(args.PosOnlyArgs, args.Args), new[] { args.VarArg }).Concat(args.KwOnlyArgs).Append(args.KwArg))
            {
                if (a?.Annotation == null) continue;
                annPairs.Add(M.Str(Mangle(a.Name)));
                annPairs.Add(Expr(a.Annotation));
            }
            if (def.Returns != null)
            {
                annPairs.Add(M.Str("return"));
                annPairs.Add(Expr(def.Returns));
            }
            if (annPairs.Count > 0) annotations = $"Build.Dict(ctx, new PyObject[] {{ {string.Join(", ", annPairs)} }})";
        }

        var scope = M.Symbols.ScopeOf(node);
        var code = new FunctionLowering(M, scope, this).EmitFunction();
        var doc = def != null && Docstring(def.Body) is { } ds ? M.Str(ds) : "null";
        return $"Ops.MakeFunction({code}, fn.Globals, {defaults}, {kwDefaults}, {Closure(scope)}, {doc}, {annotations})";
    }

    /// <summary>The cells a nested scope captures, in its free-variable order.</summary>
    private string Closure(Scope child)
    {
        if (child.FreeVars.Count == 0) return "null";
        var cells = child.FreeVars.Select(name =>
        {
            DeclareLocal("PyCell", CellName(name));
            return CellName(name);
        });
        return $"new PyCell[] {{ {string.Join(", ", cells)} }}";
    }

    private void EmitClassDef(ClassDef c)
    {
        var decorators = c.DecoratorList.Select(d => Materialize(Expr(d))).ToList();
        var bases = Items(c.Bases);
        string kwNames = "null", kwValues = "null";
        if (c.Keywords.Any(k => k.Arg == null))
        {
            var dict = NewLocal("classkw", "PyDict");
            W.Line($"{dict} = new PyDict();");
            foreach (var k in c.Keywords)
            {
                if (k.Arg == null) W.Line($"Calls.MergeKeywords(ctx, {dict}, {Expr(k.Value)}, PyNone.Instance);");
                else W.Line($"Build.AddKeyword(ctx, {dict}, {CodeWriter.Literal(k.Arg)}, {Expr(k.Value)}, PyNone.Instance);");
            }
            kwNames = $"Build.KeywordNames({dict})";
            kwValues = $"Build.KeywordValues({dict})";
        }
        else if (c.Keywords.Count > 0)
        {
            kwNames = M.StringArray(c.Keywords.Select(k => k.Arg!));
            kwValues = $"new PyObject[] {{ {string.Join(", ", c.Keywords.Select(k => Expr(k.Value)))} }}";
        }
        var scope = M.Symbols.ScopeOf(c);
        var code = new FunctionLowering(M, scope, this).EmitFunction();
        var body = $"Ops.MakeFunction({code}, fn.Globals, null, null, {Closure(scope)}, null, null)";
        var cls = $"Classes.BuildClass(ctx, {body}, {CodeWriter.Literal(c.Name)}, {bases}, {kwNames}, {kwValues})";
        StoreName(c.Name, ApplyDecorators(decorators, cls));
    }

    /// <summary>A class body runs with the class namespace as its only parameter.</summary>
    private void EmitClassBody(ClassDef c)
    {
        W.Line($"Ops.SetItem(ctx, l__ns, {M.Str("__module__")}, {LoadGlobalOnly("__name__")});");
        W.Line($"Ops.SetItem(ctx, l__ns, {M.Str("__qualname__")}, {M.Str(S.QualName)});");
        var doc = Docstring(c.Body);
        if (doc != null) W.Line($"Ops.SetItem(ctx, l__ns, {M.Str("__doc__")}, {M.Str(doc)});");
        if (S.HasAnnotations) W.Line("_ = Ops.ClassAnnotations(ctx, l__ns);");
        EmitStatements(c.Body);
        if (S.NeedsClassCell)
        {
            DeclareLocal("PyCell", CellName("__class__"));
            W.Line($"Ops.SetItem(ctx, l__ns, {M.Str("__classcell__")}, {CellName("__class__")});");
        }
    }

    private string LoadGlobalOnly(string name) => $"({GlobalRef(name)}.Value ?? Ops.LoadGlobal({GlobalRef(name)}))";

    // ------------------------------------------------------------ comprehensions

    /// <summary>A comprehension is a nested function called with the iterator of its first iterable.</summary>
    private string ComprehensionExpr(Syntax.Comprehension c)
    {
        if (c.Generators.Any(g => g.IsAsync)) throw Unsupported("asynchronous comprehension", c);
        var iter = Expr(c.Generators[0].Iter);
        var scope = M.Symbols.ScopeOf(c);
        var code = new FunctionLowering(M, scope, this).EmitFunction();
        return $"Ops.MakeFunction({code}, fn.Globals, null, null, {Closure(scope)}, null, null).Call1(ctx, {iter}.GetIter(ctx))";
    }

    private void EmitComprehensionBody(Syntax.Comprehension c)
    {
        if (_fusedInto != null)
        {
            EmitFusedGeneratorBody(c);
            return;
        }
        string? result = null;
        switch (c.Kind)
        {
            case ComprehensionKind.List:
                result = NewLocal("result", "PyList");
                W.Line($"{result} = new PyList();");
                break;
            case ComprehensionKind.Set:
                result = NewLocal("result", "PySet");
                W.Line($"{result} = new PySet();");
                break;
            case ComprehensionKind.Dict:
                result = NewLocal("result", "PyDict");
                W.Line($"{result} = new PyDict();");
                break;
        }
        EmitComprehensionLoop(c, 0, result);
        W.Line($"__ret = {result ?? "PyNone.Instance"};");
        W.Line("goto __return;");
    }

    /// <summary>
    /// The loop of the built-in that consumes this generator expression (see
    /// FusedGeneratorCall): the same steps, results and errors as that built-in driving the
    /// generator. A StopIteration escaping the loop body is still a RuntimeError (PEP 479).
    /// </summary>
    private void EmitFusedGeneratorBody(Syntax.Comprehension c)
    {
        var acc = NewLocal("acc");
        switch (_fusedInto)
        {
            case "sum": W.Line($"{acc} = PyInt.Zero;"); break;
            case "list" or "tuple": W.Line($"{acc} = new PyList();"); break;
            case "set": W.Line($"{acc} = new PySet();"); break;
        }
        EmitRegion(() => EmitComprehensionLoop(c, 0, acc),
            Indent(W.Indentation) + "catch (PyException __e) when (Generators.IsStopIteration(__e)) { throw Generators.RaisedStopIteration(__e); }\n");
        switch (_fusedInto)
        {
            case "any": W.Line("__ret = PyBool.False;"); break;
            case "all": W.Line("__ret = PyBool.True;"); break;
            case "min" or "max":
                W.Line($"__ret = {acc} ?? throw PyErr.ValueError(\"{_fusedInto}() arg is an empty sequence\");");
                break;
            case "tuple": W.Line($"__ret = PyTuple.Of(((PyList){acc}).ToArray());"); break;
            default: W.Line($"__ret = {acc};"); break;
        }
        W.Line("goto __return;");
    }

    /// <summary>One item of a fused generator expression (see EmitFusedGeneratorBody).</summary>
    private void EmitFusedItem(string acc, string value)
    {
        switch (_fusedInto)
        {
            case "sum": W.Line($"{acc} = Ops.Add(ctx, {acc}, {value});"); break;
            case "any": W.Line($"if (Ops.IsTrue(ctx, {value})) {{ __ret = PyBool.True; goto __return; }}"); break;
            case "all": W.Line($"if (!Ops.IsTrue(ctx, {value})) {{ __ret = PyBool.False; goto __return; }}"); break;
            case "min" or "max":
            {
                var item = Materialize(value);
                var op = _fusedInto == "min" ? "CompareOp.Lt" : "CompareOp.Gt";
                W.Line($"if ({acc} == null || Ops.CompareBool(ctx, {item}, {acc}, {op})) {acc} = {item};");
                break;
            }
            case "list" or "tuple": W.Line($"((PyList){acc}).Append({value});"); break;
            case "set": W.Line($"((PySet){acc}).Add(ctx, {value});"); break;
        }
    }

    private void EmitComprehensionLoop(Syntax.Comprehension c, int level, string? result)
    {
        var g = c.Generators[level];
        var it = NewLocal("iter");
        var item = NewLocal("item");
        var top = NewLabel("comp");
        var next = NewLabel("comp_next");
        var end = NewLabel("comp_end");
        LineOf(g.Iter);
        if (level == 0) W.Line($"{it} = {VarName(".0")};");
        else W.Line($"{it} = {Expr(g.Iter)}.GetIter(ctx);");
        W.Label(top);
        W.Line($"if (({item} = {it}.IterNext(ctx)) == null) goto {end};");
        AssignTo(g.Target, item);
        foreach (var cond in g.Ifs) W.Line($"if (!{Cond(cond)}) goto {next};");
        if (level + 1 < c.Generators.Count) EmitComprehensionLoop(c, level + 1, result);
        else
        {
            LineOf(c.Elt);
            switch (c.Kind)
            {
                case ComprehensionKind.List: W.Line($"{result}.Append({Expr(c.Elt)});"); break;
                case ComprehensionKind.Set: W.Line($"{result}.Add(ctx, {Expr(c.Elt)});"); break;
                case ComprehensionKind.Dict:
                {
                    var key = Materialize(Expr(c.Elt));
                    W.Line($"{result}.SetItem(ctx, {key}, {Expr(c.Value!)});");
                    break;
                }
                case ComprehensionKind.Generator when _fusedInto != null:
                    EmitFusedItem(result!, Expr(c.Elt));
                    break;
                case ComprehensionKind.Generator:
                {
                    bool wasSpill = _spill;
                    _spill = true;
                    var value = Expr(c.Elt);
                    EmitSuspend(value);
                    _spill = wasSpill;
                    break;
                }
            }
        }
        W.Label(next);
        Safepoint();
        W.Line($"goto {top};");
        W.Label(end);
    }
}
