using System.Numerics;

namespace Pycc.Syntax;

// The AST mirrors CPython 3.11's `ast` module (Parser/Python.asdl): the same node names
// and fields in PascalCase, so anyone who knows `ast.dump` can read it. Differences:
// the async variants are flags (`IsAsync`) instead of separate node types, and constants
// carry a `ConstantKind`.

/// <summary>A source position: 1-based line, 0-based column counted in UTF-16 units.</summary>
public abstract class Node
{
    public int Line, Col, EndLine, EndCol;

    /// <summary>Direct child nodes in source order (nulls skipped).</summary>
    public abstract IEnumerable<Node> Children();

    protected static IEnumerable<Node> Of(params object?[] parts)
    {
        foreach (var p in parts)
        {
            switch (p)
            {
                case null: break;
                case Node n: yield return n; break;
                case IEnumerable<Node?> many:
                    foreach (var m in many) if (m != null) yield return m;
                    break;
            }
        }
    }

    public T At<T>(Node from) where T : Node
    {
        Line = from.Line; Col = from.Col; EndLine = from.EndLine; EndCol = from.EndCol;
        return (T)this;
    }
}

public sealed class Module : Node
{
    public List<Stmt> Body = new();
    public override IEnumerable<Node> Children() => Body;
}

// ---------------------------------------------------------------- statements

public abstract class Stmt : Node { }

public sealed class FunctionDef : Stmt
{
    public string Name = "";
    public Arguments Args = new();
    public List<Stmt> Body = new();
    public List<Expr> DecoratorList = new();
    public Expr? Returns;
    public bool IsAsync;
    public override IEnumerable<Node> Children() => Of(DecoratorList, Args, Returns, Body);
}

public sealed class ClassDef : Stmt
{
    public string Name = "";
    public List<Expr> Bases = new();
    public List<Keyword> Keywords = new();
    public List<Stmt> Body = new();
    public List<Expr> DecoratorList = new();
    public override IEnumerable<Node> Children() => Of(DecoratorList, Bases, Keywords, Body);
}

public sealed class Return : Stmt
{
    public Expr? Value;
    public override IEnumerable<Node> Children() => Of(Value);
}

public sealed class Delete : Stmt
{
    public List<Expr> Targets = new();
    public override IEnumerable<Node> Children() => Targets;
}

public sealed class Assign : Stmt
{
    public List<Expr> Targets = new();
    public Expr Value = null!;
    public override IEnumerable<Node> Children() => Of(Targets, Value);
}

public sealed class AugAssign : Stmt
{
    public Expr Target = null!;
    public Operator Op;
    public Expr Value = null!;
    public override IEnumerable<Node> Children() => Of(Target, Value);
}

public sealed class AnnAssign : Stmt
{
    public Expr Target = null!;
    public Expr Annotation = null!;
    public Expr? Value;
    /// <summary>True when the target is a plain name not in parentheses.</summary>
    public bool Simple;
    public override IEnumerable<Node> Children() => Of(Target, Annotation, Value);
}

public sealed class For : Stmt
{
    public Expr Target = null!;
    public Expr Iter = null!;
    public List<Stmt> Body = new();
    public List<Stmt> OrElse = new();
    public bool IsAsync;
    public override IEnumerable<Node> Children() => Of(Target, Iter, Body, OrElse);
}

public sealed class While : Stmt
{
    public Expr Test = null!;
    public List<Stmt> Body = new();
    public List<Stmt> OrElse = new();
    public override IEnumerable<Node> Children() => Of(Test, Body, OrElse);
}

public sealed class If : Stmt
{
    public Expr Test = null!;
    public List<Stmt> Body = new();
    public List<Stmt> OrElse = new();
    public override IEnumerable<Node> Children() => Of(Test, Body, OrElse);
}

public sealed class With : Stmt
{
    public List<WithItem> Items = new();
    public List<Stmt> Body = new();
    public bool IsAsync;
    public override IEnumerable<Node> Children() => Of(Items, Body);
}

public sealed class Match : Stmt
{
    public Expr Subject = null!;
    public List<MatchCase> Cases = new();
    public override IEnumerable<Node> Children() => Of(Subject, Cases);
}

public sealed class Raise : Stmt
{
    public Expr? Exc;
    public Expr? Cause;
    public override IEnumerable<Node> Children() => Of(Exc, Cause);
}

public sealed class Try : Stmt
{
    public List<Stmt> Body = new();
    public List<ExceptHandler> Handlers = new();
    public List<Stmt> OrElse = new();
    public List<Stmt> FinalBody = new();
    /// <summary>`try: ... except* E:` (PEP 654).</summary>
    public bool IsStar;
    public override IEnumerable<Node> Children() => Of(Body, Handlers, OrElse, FinalBody);
}

public sealed class Assert : Stmt
{
    public Expr Test = null!;
    public Expr? Msg;
    public override IEnumerable<Node> Children() => Of(Test, Msg);
}

public sealed class Import : Stmt
{
    public List<Alias> Names = new();
    public override IEnumerable<Node> Children() => Names;
}

public sealed class ImportFrom : Stmt
{
    public string? ModuleName;
    public List<Alias> Names = new();
    public int Level;
    public override IEnumerable<Node> Children() => Names;
}

public sealed class Global : Stmt
{
    public List<string> Names = new();
    public override IEnumerable<Node> Children() => Array.Empty<Node>();
}

public sealed class Nonlocal : Stmt
{
    public List<string> Names = new();
    public override IEnumerable<Node> Children() => Array.Empty<Node>();
}

public sealed class ExprStmt : Stmt
{
    public Expr Value = null!;
    public override IEnumerable<Node> Children() => Of(Value);
}

public sealed class Pass : Stmt { public override IEnumerable<Node> Children() => Array.Empty<Node>(); }
public sealed class Break : Stmt { public override IEnumerable<Node> Children() => Array.Empty<Node>(); }
public sealed class Continue : Stmt { public override IEnumerable<Node> Children() => Array.Empty<Node>(); }

// ---------------------------------------------------------------- expressions

public enum ExprContext { Load, Store, Del }

public abstract class Expr : Node { }

public enum BoolOperator { And, Or }

public sealed class BoolOp : Expr
{
    public BoolOperator Op;
    public List<Expr> Values = new();
    public override IEnumerable<Node> Children() => Values;
}

public sealed class NamedExpr : Expr
{
    public Name Target = null!;
    public Expr Value = null!;
    public override IEnumerable<Node> Children() => Of(Target, Value);
}

public enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

public sealed class BinOp : Expr
{
    public Expr Left = null!;
    public Operator Op;
    public Expr Right = null!;
    public override IEnumerable<Node> Children() => Of(Left, Right);
}

public enum UnaryOperator { Invert, Not, UAdd, USub }

public sealed class UnaryOp : Expr
{
    public UnaryOperator Op;
    public Expr Operand = null!;
    public override IEnumerable<Node> Children() => Of(Operand);
}

public sealed class Lambda : Expr
{
    public Arguments Args = new();
    public Expr Body = null!;
    public override IEnumerable<Node> Children() => Of(Args, Body);
}

public sealed class IfExp : Expr
{
    public Expr Test = null!, Body = null!, OrElse = null!;
    public override IEnumerable<Node> Children() => Of(Test, Body, OrElse);
}

public sealed class DictExpr : Expr
{
    /// <summary>A null key means `**Values[i]` unpacking.</summary>
    public List<Expr?> Keys = new();
    public List<Expr> Values = new();
    public override IEnumerable<Node> Children()
    {
        for (int i = 0; i < Values.Count; i++)
        {
            if (Keys[i] != null) yield return Keys[i]!;
            yield return Values[i];
        }
    }
}

public sealed class SetExpr : Expr
{
    public List<Expr> Elts = new();
    public override IEnumerable<Node> Children() => Elts;
}

public enum ComprehensionKind { List, Set, Dict, Generator }

/// <summary>ListComp, SetComp, DictComp and GeneratorExp in one node.</summary>
public sealed class Comprehension : Expr
{
    public ComprehensionKind Kind;
    /// <summary>The element; for a dict comprehension, the key.</summary>
    public Expr Elt = null!;
    /// <summary>For a dict comprehension, the value.</summary>
    public Expr? Value;
    public List<ComprehensionFor> Generators = new();
    public override IEnumerable<Node> Children() => Of(Elt, Value, Generators);
}

public sealed class Await : Expr
{
    public Expr Value = null!;
    public override IEnumerable<Node> Children() => Of(Value);
}

public sealed class Yield : Expr
{
    public Expr? Value;
    public override IEnumerable<Node> Children() => Of(Value);
}

public sealed class YieldFrom : Expr
{
    public Expr Value = null!;
    public override IEnumerable<Node> Children() => Of(Value);
}

public enum CmpOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

public sealed class Compare : Expr
{
    public Expr Left = null!;
    public List<CmpOperator> Ops = new();
    public List<Expr> Comparators = new();
    public override IEnumerable<Node> Children() => Of(Left, Comparators);
}

public sealed class Call : Expr
{
    public Expr Func = null!;
    /// <summary>Positional arguments; a `Starred` element is `*iterable`.</summary>
    public List<Expr> Args = new();
    /// <summary>Keyword arguments; a null `Arg` is `**mapping`.</summary>
    public List<Keyword> Keywords = new();
    public override IEnumerable<Node> Children() => Of(Func, Args, Keywords);
}

/// <summary>One `{...}` replacement field of an f-string.</summary>
public sealed class FormattedValue : Expr
{
    public Expr Value = null!;
    /// <summary>-1 for none, or 's', 'r', 'a'.</summary>
    public int Conversion = -1;
    /// <summary>A JoinedStr, or null.</summary>
    public Expr? FormatSpec;
    public override IEnumerable<Node> Children() => Of(Value, FormatSpec);
}

/// <summary>An f-string: constants and FormattedValues. Adjacent literals are already merged.</summary>
public sealed class JoinedStr : Expr
{
    public List<Expr> Values = new();
    public override IEnumerable<Node> Children() => Values;
}

public enum ConstantKind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes }

public sealed class Constant : Expr
{
    public ConstantKind Kind;
    /// <summary>BigInteger for Int, double for Float, the imaginary part (double) for
    /// Complex, string for Str, byte[] for Bytes, null otherwise.</summary>
    public object? Value;
    /// <summary>"u" when a str literal had the u prefix (as CPython's `kind`).</summary>
    public string? Prefix;
    public override IEnumerable<Node> Children() => Array.Empty<Node>();

    public static Constant Int(BigInteger v) => new() { Kind = ConstantKind.Int, Value = v };
    public static Constant Str(string v) => new() { Kind = ConstantKind.Str, Value = v };
    public static Constant NoneValue() => new() { Kind = ConstantKind.None };
}

public sealed class Attribute : Expr
{
    public Expr Value = null!;
    public string Attr = "";
    public ExprContext Ctx;
    public override IEnumerable<Node> Children() => Of(Value);
}

public sealed class Subscript : Expr
{
    public Expr Value = null!;
    /// <summary>The index: an expression, a Slice, or a Tuple of them.</summary>
    public Expr Slice = null!;
    public ExprContext Ctx;
    public override IEnumerable<Node> Children() => Of(Value, Slice);
}

public sealed class Starred : Expr
{
    public Expr Value = null!;
    public ExprContext Ctx;
    public override IEnumerable<Node> Children() => Of(Value);
}

public sealed class Name : Expr
{
    public string Id = "";
    public ExprContext Ctx;
    public override IEnumerable<Node> Children() => Array.Empty<Node>();
}

public sealed class ListExpr : Expr
{
    public List<Expr> Elts = new();
    public ExprContext Ctx;
    public override IEnumerable<Node> Children() => Elts;
}

public sealed class TupleExpr : Expr
{
    public List<Expr> Elts = new();
    public ExprContext Ctx;
    public override IEnumerable<Node> Children() => Elts;
}

public sealed class Slice : Expr
{
    public Expr? Lower, Upper, Step;
    public override IEnumerable<Node> Children() => Of(Lower, Upper, Step);
}

// ---------------------------------------------------------------- helpers

public sealed class ComprehensionFor : Node
{
    public Expr Target = null!;
    public Expr Iter = null!;
    public List<Expr> Ifs = new();
    public bool IsAsync;
    public override IEnumerable<Node> Children() => Of(Target, Iter, Ifs);
}

public sealed class ExceptHandler : Node
{
    public Expr? Type;
    public string? Name;
    public List<Stmt> Body = new();
    public override IEnumerable<Node> Children() => Of(Type, Body);
}

public sealed class Arguments : Node
{
    public List<Arg> PosOnlyArgs = new();
    public List<Arg> Args = new();
    public Arg? VarArg;
    public List<Arg> KwOnlyArgs = new();
    /// <summary>One entry per KwOnlyArgs; null where that argument has no default.</summary>
    public List<Expr?> KwDefaults = new();
    public Arg? KwArg;
    /// <summary>Defaults of the last positional parameters (PosOnlyArgs + Args).</summary>
    public List<Expr> Defaults = new();
    public override IEnumerable<Node> Children() => Of(PosOnlyArgs, Args, VarArg, KwOnlyArgs, KwDefaults, KwArg, Defaults);
}

public sealed class Arg : Node
{
    public string Name = "";
    public Expr? Annotation;
    public override IEnumerable<Node> Children() => Of(Annotation);
}

public sealed class Keyword : Node
{
    /// <summary>Null for `**mapping`.</summary>
    public string? Arg;
    public Expr Value = null!;
    public override IEnumerable<Node> Children() => Of(Value);
}

public sealed class Alias : Node
{
    /// <summary>Dotted name, or "*".</summary>
    public string Name = "";
    public string? AsName;
    public override IEnumerable<Node> Children() => Array.Empty<Node>();
}

public sealed class WithItem : Node
{
    public Expr ContextExpr = null!;
    public Expr? OptionalVars;
    public override IEnumerable<Node> Children() => Of(ContextExpr, OptionalVars);
}

public sealed class MatchCase : Node
{
    public Pattern Pattern = null!;
    public Expr? Guard;
    public List<Stmt> Body = new();
    public override IEnumerable<Node> Children() => Of(Pattern, Guard, Body);
}

// ---------------------------------------------------------------- patterns

public abstract class Pattern : Node { }

public sealed class MatchValue : Pattern
{
    public Expr Value = null!;
    public override IEnumerable<Node> Children() => Of(Value);
}

/// <summary>`None`, `True` or `False` in a pattern.</summary>
public sealed class MatchSingleton : Pattern
{
    public ConstantKind Value;
    public override IEnumerable<Node> Children() => Array.Empty<Node>();
}

public sealed class MatchSequence : Pattern
{
    public List<Pattern> Patterns = new();
    public override IEnumerable<Node> Children() => Patterns;
}

public sealed class MatchMapping : Pattern
{
    public List<Expr> Keys = new();
    public List<Pattern> Patterns = new();
    public string? Rest;
    public override IEnumerable<Node> Children() => Of(Keys, Patterns);
}

public sealed class MatchClass : Pattern
{
    public Expr Cls = null!;
    public List<Pattern> Patterns = new();
    public List<string> KwdAttrs = new();
    public List<Pattern> KwdPatterns = new();
    public override IEnumerable<Node> Children() => Of(Cls, Patterns, KwdPatterns);
}

public sealed class MatchStar : Pattern
{
    public string? Name;
    public override IEnumerable<Node> Children() => Array.Empty<Node>();
}

/// <summary>`pattern as name`, a capture `name`, or the wildcard `_` (both null).</summary>
public sealed class MatchAs : Pattern
{
    public Pattern? Pattern;
    public string? Name;
    public override IEnumerable<Node> Children() => Of(Pattern);
}

public sealed class MatchOr : Pattern
{
    public List<Pattern> Patterns = new();
    public override IEnumerable<Node> Children() => Patterns;
}
