using Pycc.Compiler.Emit;
using Pycc.Compiler.Symbols;
using Pycc.Syntax;

namespace Pycc.Compiler.Lowering;

/// <summary>
/// Lowers one Python scope (module body, function, lambda, class body or comprehension)
/// to a static C# method. Control flow is flat — labels and gotos, with C# `try` only
/// around protected regions — so that any resume point can be re-entered: generators
/// save their locals into a <c>PyFrame</c> at a yield and jump back to it when resumed.
/// Python `finally` and `with` exits are lowered explicitly, never as C# `finally`.
/// The file is split by construct: Statements, Assignment, Expressions, Loops, Try,
/// With, Functions, Generators, Match, Imports.
/// </summary>
public sealed partial class FunctionLowering
{
    private readonly ModuleEmitter M;
    private readonly Scope S;
    private readonly FunctionLowering? _parent;
    private CodeWriter W = new() { Indentation = 2 };

    /// <summary>C# locals of the method: declared at the top and saved/restored by resumable bodies.</summary>
    private readonly List<(string type, string name)> _locals = new();
    private readonly HashSet<string> _localNames = new();
    private readonly Stack<string> _freeTemps = new();
    private readonly List<string> _tempsInUse = new();
    private int _counter;

    private readonly List<Block> _blocks = new();
    /// <summary>The try region resume points register with; null at method level.</summary>
    private Region? _region;
    private readonly List<(int point, string target)> _topDispatch = new();
    private int _resumePoints;
    /// <summary>Inside an expression of a statement that suspends: evaluate operands into temporaries in order.</summary>
    private bool _spill;
    private int _handlerDepth;
    private readonly string _private;

    /// <summary>For a generator expression compiled for a built-in that consumes it (sum, any…):
    /// that built-in's name; the body is then a plain loop, not a generator.</summary>
    private readonly string? _fusedInto;

    private bool Resumable => S.IsGenerator && _fusedInto == null;

    public FunctionLowering(ModuleEmitter module, Scope scope, FunctionLowering? parent, string? fusedInto = null)
    {
        M = module;
        S = scope;
        _parent = parent;
        _fusedInto = fusedInto;
        _private = scope.Kind == ScopeKind.Class ? scope.Name : scope.PrivateClassName ?? "";
        DeclareLocal("PyObject", "__ret");
    }

    // ------------------------------------------------------------ method assembly

    /// <summary>Emits the method(s) of this scope and returns the name of its PyCode field.</summary>
    public string EmitFunction(string? fixedName = null)
    {
        var methodName = fixedName ?? M.MethodName(_fusedInto == null ? S.QualName : S.QualName + "." + _fusedInto);
        var firstLine = S.Node is Syntax.Module ? 1 : S.Node.Line;
        var attribute = $"[PythonFunction({CodeWriter.Literal(S.Kind == ScopeKind.Module ? "<module>" : S.Name)}, {CodeWriter.Literal(M.FileName)}, {firstLine})]";
        var pythonName = S.Kind == ScopeKind.Module ? "<module>" : S.Name;
        var (paramNames, argCount, posOnly, kwOnly, flags) = Signature();
        int nparams = paramNames.Count;
        bool arrayEntry = nparams > Pycc.Runtime.PyFunction.MaxFixedParams;
        if (arrayEntry) flags |= Pycc.Runtime.CodeFlags.ArrayEntry;
        if (Resumable) flags |= Pycc.Runtime.CodeFlags.Generator;

        // Parameters are C# locals named like every other local.
        var paramLocals = paramNames.Select(p => VarName(p)).ToList();
        foreach (var p in paramLocals) _localNames.Add(p);

        // Cells and closure cells exist from the start, whether or not the body mentions them.
        foreach (var name in S.CellVars.Concat(S.FreeVars)) DeclareLocal("PyCell", CellName(name));
        if (S.Kind == ScopeKind.Class && S.NeedsClassCell) DeclareLocal("PyCell", CellName("__class__"));
        EmitBodyStatements();
        var body = W;

        string entryParams = arrayEntry
            ? "PyObject[] __args"
            : string.Join("", paramLocals.Select(p => ", PyObject " + p));
        string delegateType = arrayEntry ? "PyFunction.EntryN" : "PyFunction.Entry" + nparams;

        var m = M.NewMethod();
        m.Hidden();
        if (!Resumable)
        {
            m.Line(attribute);
            m.Open($"public static PyObject {methodName}(PyContext ctx, PyFunction fn{(arrayEntry ? ", " + entryParams : entryParams)})");
            if (arrayEntry)
                for (int i = 0; i < nparams; i++) m.Line($"PyObject {paramLocals[i]} = __args[{i}];");
            DeclareLocals(m);
            m.Line("var G = fn.Globals.Slots;");
            m.Line("int __depth = ++ctx.Depth;");
            m.Line("if (__depth > ctx.DepthCheckAt) ctx.CheckDepth();");
            if (M.Options.Safepoints) m.Line("if (Safepoint.Requested != 0) Safepoint.Slow(ctx);");
            EmitScopeSetup(m, paramNames);
            m.Append(body);
            m.Hidden();
            m.Line("__ret = PyNone.Instance;");
            m.Label("__return");
            m.Line("ctx.Depth = __depth - 1;");
            m.Line("return __ret;");
            m.Close();
        }
        else
        {
            // The frame is a class of its own whose fields are the function's locals, and the
            // body is its instance method: nothing is copied when the body suspends or resumes.
            var frameClass = methodName + "__Frame";
            m.Open($"public static PyObject {methodName}(PyContext ctx, PyFunction fn{(arrayEntry ? ", " + entryParams : entryParams)})");
            m.Line($"var frame = new {frameClass}(fn);");
            for (int i = 0; i < nparams; i++)
                m.Line($"frame.{paramLocals[i]} = {(arrayEntry ? $"__args[{i}]" : paramLocals[i])};");
            m.Line($"return new PyGenerator(frame, {frameClass}.Body);");
            m.Close();
            m.Line();
            m.Open($"private sealed class {frameClass} : PyFrame");
            var all = paramLocals.Select(p => ("PyObject", p)).Concat(_locals).ToList();
            foreach (var (type, name) in all) m.Line($"public {type} {name};");
            m.Line($"public {frameClass}(PyFunction fn) : base(fn) {{ }}");
            m.Line($"public static readonly FrameBody Body = (ctx, frame) => (({frameClass})frame).Run(ctx);");
            m.Line(attribute);
            m.Open("private PyObject Run(PyContext ctx)");
            m.Line("var frame = this;");
            m.Line("PyFunction fn = Function;");
            m.Line("var G = fn.Globals.Slots;");
            m.Line("int __depth = ++ctx.Depth;");
            m.Line("if (__depth > ctx.DepthCheckAt) ctx.CheckDepth();");
            if (M.Options.Safepoints) m.Line("if (Safepoint.Requested != 0) Safepoint.Slow(ctx);");
            m.Line("int __resume = ResumeAt;");
            m.Line("PyObject __yv;");
            m.Open("if (__resume == 0)");
            EmitScopeSetup(m, paramNames);
            m.Close();
            m.Open("switch (__resume)");
            foreach (var (point, target) in _topDispatch) m.Line($"case {point}: goto {target};");
            m.Close();
            m.Raw(body.ToString());
            m.Hidden();
            m.Line("__ret = PyNone.Instance;");
            m.Label("__return");
            m.Line("ResumeAt = PyFrame.Finished;");
            m.Line("ctx.Depth = __depth - 1;");
            m.Line("return __ret;");
            m.Close();
            m.Close();
        }

        var paramArray = paramNames.Count == 0 ? "System.Array.Empty<string>()" : M.StringArray(paramNames);
        var flagText = flags == 0 ? "CodeFlags.None" : string.Join(" | ", flags.ToString().Split(", ").Select(f => "CodeFlags." + f));
        return M.AddField("PyCode", "Code", $"new PyCode({CodeWriter.Literal(pythonName)}, {CodeWriter.Literal(S.Kind == ScopeKind.Module ? "<module>" : S.QualName)}, " +
            $"{CodeWriter.Literal(M.FileName)}, {firstLine}, {paramArray}, {argCount}, {posOnly}, {kwOnly}, {flagText}, " +
            $"new {delegateType}({methodName}), {CodeWriter.Literal(M.CodeId(_fusedInto == null ? S.QualName : S.QualName + "/" + _fusedInto))})");
    }

    private static string DefaultOf(string type) => type switch
    {
        "int" => "0",
        "bool" => "false",
        _ => "null",
    };


    private void DeclareLocals(CodeWriter m)
    {
        foreach (var (type, name) in _locals) m.Line($"{type} {name} = {DefaultOf(type)};");
    }

    /// <summary>Cells for captured locals, closure cells for free variables, the class namespace setup.</summary>
    private void EmitScopeSetup(CodeWriter m, List<string> paramNames)
    {
        foreach (var name in S.CellVars)
        {
            var cell = CellName(name);
            m.Line(paramNames.Contains(name) ? $"{cell} = new PyCell({VarName(name)});" : $"{cell} = new PyCell();");
        }
        for (int i = 0; i < S.FreeVars.Count; i++)
            m.Line($"{CellName(S.FreeVars[i])} = fn.Closure![{i}];");
        if (S.Kind == ScopeKind.Class && S.NeedsClassCell)
            m.Line($"{CellName("__class__")} = new PyCell();");
    }

    private (List<string> names, int argCount, int posOnly, int kwOnly, Pycc.Runtime.CodeFlags flags) Signature()
    {
        var flags = Pycc.Runtime.CodeFlags.None;
        switch (S.Node)
        {
            case FunctionDef f: return ArgsSignature(f.Args);
            case Lambda l: return ArgsSignature(l.Args);
            case Syntax.Comprehension: return (new List<string> { ".0" }, 1, 1, 0, flags);
            case ClassDef: return (new List<string> { ".ns" }, 1, 1, 0, flags);
            default: return (new List<string>(), 0, 0, 0, flags);
        }
    }

    private (List<string>, int, int, int, Pycc.Runtime.CodeFlags) ArgsSignature(Arguments a)
    {
        var names = new List<string>();
        var flags = Pycc.Runtime.CodeFlags.None;
        foreach (var x in a.PosOnlyArgs) names.Add(Mangle(x.Name));
        foreach (var x in a.Args) names.Add(Mangle(x.Name));
        int argCount = names.Count;
        if (a.VarArg != null) { names.Add(Mangle(a.VarArg.Name)); flags |= Pycc.Runtime.CodeFlags.VarArgs; }
        foreach (var x in a.KwOnlyArgs) names.Add(Mangle(x.Name));
        if (a.KwArg != null) { names.Add(Mangle(a.KwArg.Name)); flags |= Pycc.Runtime.CodeFlags.VarKeywords; }
        return (names, argCount, a.PosOnlyArgs.Count, a.KwOnlyArgs.Count, flags);
    }

    private void EmitBodyStatements()
    {
        switch (S.Node)
        {
            case Syntax.Module mod:
                if (S.HasAnnotations) W.Line($"{GlobalRef("__annotations__")}.Value = new PyDict();");
                EmitDocstring(mod.Body);
                EmitStatements(mod.Body);
                break;
            case FunctionDef f:
                EmitStatements(f.Body);
                break;
            case Lambda l:
                W.LineDirective(l.Body.Line, M.FileName);
                W.Line($"__ret = {Expr(l.Body)};");
                W.Line("goto __return;");
                break;
            case ClassDef c:
                EmitClassBody(c);
                break;
            case Syntax.Comprehension comp:
                EmitComprehensionBody(comp);
                break;
        }
    }

    private void EmitDocstring(List<Stmt> body)
    {
        var doc = Docstring(body);
        if (doc != null) StoreName("__doc__", M.Str(doc));
    }

    public static string? Docstring(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Kind: ConstantKind.Str, Value: string s } } ? s : null;

    // ------------------------------------------------------------ names and locals

    private string Mangle(string name) => SymbolTable.Mangle(_private.Length == 0 ? null : _private, name);

    /// <summary>The C# name of a Python local (or parameter).</summary>
    private string VarName(string pyName)
    {
        // Hidden parameters: the class namespace (".ns") and a comprehension's iterator (".0").
        if (pyName.StartsWith('.')) return "l__" + pyName[1..];
        var name = "l_" + ModuleEmitter.Identifier(pyName) + (IsPlainIdentifier(pyName) ? "" : "_" + Hash(pyName));
        return name;
    }

    private string CellName(string pyName) => "c_" + ModuleEmitter.Identifier(pyName) + (IsPlainIdentifier(pyName) ? "" : "_" + Hash(pyName));

    private static bool IsPlainIdentifier(string s) => s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && s.Length > 0;

    private static string Hash(string s) => ((uint)s.GetHashCode(StringComparison.Ordinal)).ToString("x8");

    private void DeclareLocal(string type, string name)
    {
        if (_localNames.Add(name)) _locals.Add((type, name));
    }

    /// <summary>A fresh local for the rest of the method (loop iterators, handler state).</summary>
    private string NewLocal(string prefix, string type = "PyObject")
    {
        var name = $"{prefix}{++_counter}";
        DeclareLocal(type, name);
        return name;
    }

    /// <summary>A temporary for the current statement; reused after the statement ends.</summary>
    private string Temp()
    {
        string name;
        if (_freeTemps.Count > 0) name = _freeTemps.Pop();
        else
        {
            name = $"t{++_counter}";
            DeclareLocal("PyObject", name);
        }
        _tempsInUse.Add(name);
        return name;
    }

    private string NewLabel(string prefix) => $"{prefix}_{++_counter}";

    private string GlobalRef(string name) => $"G[{M.GlobalSlot(name)}]";

    // ------------------------------------------------------------ blocks and jumps

    private abstract class Block { }

    private sealed class LoopBlock : Block
    {
        public required string Break, Continue;
    }

    /// <summary>A `finally` (or `with` exit): jumps that leave it run its code first.</summary>
    private sealed class FinallyBlock : Block
    {
        public required string Label, State;
        public readonly List<(int code, JumpKind kind)> Exits = new();
        public int Register(JumpKind kind)
        {
            foreach (var (c, k) in Exits) if (k == kind) return c;
            int code = Exits.Count + 2;
            Exits.Add((code, kind));
            return code;
        }
    }

    /// <summary>An except handler: leaving it restores the exception being handled before.</summary>
    private sealed class HandlerBlock : Block
    {
        public required string Saved;
        public string? BoundName;
    }

    private enum JumpKind { Break, Continue, Return }

    /// <summary>Emits break / continue / return, routing through enclosing finally blocks.</summary>
    private void EmitJump(JumpKind kind, int from)
    {
        for (int i = from; i >= 0; i--)
        {
            switch (_blocks[i])
            {
                case HandlerBlock h:
                    W.Line($"ctx.Handled = {h.Saved};");
                    if (h.BoundName != null) EmitUnbindExceptName(h.BoundName);
                    break;
                case FinallyBlock f:
                    W.Line($"{f.State} = {f.Register(kind)};");
                    W.Line($"goto {f.Label};");
                    return;
                case LoopBlock l when kind != JumpKind.Return:
                    W.Line($"goto {(kind == JumpKind.Break ? l.Break : l.Continue)};");
                    return;
            }
        }
        W.Line("goto __return;");
    }

    /// <summary>After a finally body: continue each pending jump from the finally's position.</summary>
    private void EmitFinallyDispatch(FinallyBlock f, int index)
    {
        foreach (var (code, kind) in f.Exits)
        {
            W.Line($"if ({f.State} == {code})");
            W.Line("{");
            W.Indentation++;
            EmitJump(kind, index - 1);
            W.Indentation--;
            W.Line("}");
        }
    }

    // ------------------------------------------------------------ resume points

    /// <summary>A C# try block: resume points inside it are reached through its entry label.</summary>
    private sealed class Region
    {
        public required string Entry;
        public Region? Parent;
        public readonly List<(int point, string target)> Dispatch = new();
    }

    /// <summary>Registers a resume point and returns its label and number.</summary>
    private (string label, int id) NewResumePoint()
    {
        int id = ++_resumePoints;
        var label = $"__resume_{id}";
        var target = label;
        for (var r = _region; r != null; r = r.Parent)
        {
            r.Dispatch.Add((id, target));
            target = r.Entry;
        }
        _topDispatch.Add((id, target));
        return (label, id);
    }

    /// <summary>Emits a protected region: `entry: try { dispatch; body } catch ...`.</summary>
    private void EmitRegion(Action body, string catchClause)
    {
        var region = new Region { Entry = NewLabel("try"), Parent = _region };
        var outer = W;
        var inner = new CodeWriter { Indentation = outer.Indentation + 1 };
        W = inner;
        _region = region;
        body();
        _region = region.Parent;
        W = outer;
        W.Label(region.Entry);
        W.Line("try");
        W.Line("{");
        if (region.Dispatch.Count > 0)
        {
            W.Indentation++;
            W.Line("switch (__resume)");
            W.Line("{");
            foreach (var (point, target) in region.Dispatch) W.Line($"    case {point}: goto {target};");
            W.Line("}");
            W.Indentation--;
        }
        W.Append(inner);
        W.Line("}");
        W.Raw(catchClause);
    }

    private void Safepoint()
    {
        if (M.Options.Safepoints) W.Line("if (Safepoint.Requested != 0) Safepoint.Slow(ctx);");
    }

    private void LineOf(Node n)
    {
        if (n.Line > 0) W.LineDirective(n.Line, M.FileName);
    }

    private CompileError Unsupported(string what, Node at) => new(M.FileName, at.Line, at.Col + 1, $"{what} is not supported by pycc yet");
}
