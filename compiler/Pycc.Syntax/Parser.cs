using System.Runtime.CompilerServices;

namespace Pycc.Syntax;

public static class PythonParser
{
    /// <summary>Parses a module. Raises PythonSyntaxError as CPython 3.11's parser would
    /// for the same text given as a str.</summary>
    public static Module Parse(string source, string fileName)
    {
        int nul = source.IndexOf('\0');
        if (nul >= 0)
        {
            // Reported where the first null is (CPython 3.11 raises ValueError for a str).
            var f = new SourceFile(source.Replace('\0', ' '), fileName);
            int line = f.FirstLine;
            while (line < f.LastLine && f.LineStart(line + 1) <= nul) line++;
            int col = nul - f.LineStart(line);
            throw f.Error("SyntaxError", "source code cannot contain null bytes", line, col + 1, line, col + 1);
        }
        var file = new SourceFile(source, fileName);
        return new Parser(file, Tokenizer.Tokenize(file)).ParseModule();
    }

    /// <summary>Decodes the bytes of a file (PEP 263) and parses them.</summary>
    public static Module Parse(byte[] source, string fileName) => Parse(SourceText.Decode(source, fileName), fileName);

    /// <summary>The tokens of a source text, for tools and tests. A lexical error ends the
    /// list with an Error token.</summary>
    public static IReadOnlyList<Token> Tokenize(string source, string fileName = "<string>")
        => Tokenizer.Tokenize(new SourceFile(source, fileName));
}

/// <summary>
/// A recursive-descent parser for the Python 3.11 grammar. Valid code parses in one pass
/// with two tokens of lookahead; it backtracks only for parenthesized with-items and the
/// soft keyword `match`.
/// Invalid code gets CPython's diagnostics. CPython parses twice: a plain pass, then one
/// with its "invalid_*" rules, whose first match is the error; failing both, "invalid
/// syntax" goes to the furthest token of the first pass. We run the diagnostics where our
/// parse fails, with `Probe` (parse ahead without them, as CPython's first pass and
/// expression_without_invalid do) and `Lookahead` (with them), and track the furthest
/// tokens both ways.
/// </summary>
internal sealed partial class Parser
{
    private readonly SourceFile _file;
    private readonly Token[] _toks;
    private int _p;
    // The furthest token looked at, in all and outside probes. CPython reports errors
    // without a location of their own at the furthest token fetched, and its generic
    // "invalid syntax" at the furthest token of its first pass (the one without the
    // diagnostic rules that our probes stand for).
    private int _maxFetched, _maxFirstPass;
    private int _probing;
    // End of the last consumed token.
    private int _endLine = 1, _endCol;
    private int _depth;
    // Deepest nesting of recursive rules; CPython gives up at a similar depth (its parser
    // at 6000 rule calls, its compiler at about 3000 nested nodes).
    private const int MaxDepth = 3000;

    // Set while parsing an f-string replacement field: errors get CPython's "f-string: "
    // prefix and columns relative to the parenthesized field text.
    private readonly FStringContext? _fstring;

    public Parser(SourceFile file, List<Token> tokens, FStringContext? fstring = null)
    {
        _file = file;
        _toks = tokens.ToArray();
        _fstring = fstring;
    }

    // ------------------------------------------------------------------ token access

    /// <summary>The token k places ahead. Reaching a tokenizer error raises it, as
    /// CPython's parser does when it fetches the token.</summary>
    private ref readonly Token Peek(int k = 0)
    {
        int i = _p + k;
        if (i >= _toks.Length) i = _toks.Length - 1;
        if (i > _maxFetched) _maxFetched = i;
        if (_probing == 0 && i > _maxFirstPass) _maxFirstPass = i;
        ref readonly Token t = ref _toks[i];
        if (t.Kind == TokenKind.Error) throw t.Error!;
        return ref t;
    }

    private TokenKind Kind => Peek().Kind;

    private bool At(TokenKind k) => Peek().Kind == k;

    private ref readonly Token Advance()
    {
        ref readonly Token t = ref Peek();
        _p++;
        _endLine = t.EndLine;
        _endCol = t.EndCol;
        return ref t;
    }

    private bool Accept(TokenKind k)
    {
        if (Peek().Kind != k) return false;
        Advance();
        return true;
    }

    private ref readonly Token Expect(TokenKind k)
    {
        if (Peek().Kind != k) throw InvalidSyntax();
        return ref Advance();
    }

    private bool AtSoftKeyword(string word) => Peek().Kind == TokenKind.Name && Peek().Text == word;

    // ------------------------------------------------------------------ node helpers

    private T Finish<T>(T node, int line, int col) where T : Node
    {
        node.Line = line;
        node.Col = col;
        node.EndLine = _endLine;
        node.EndCol = _endCol;
        return node;
    }

    private T Finish<T>(T node, in Token start) where T : Node => Finish(node, start.Line, start.Col);

    private T Finish<T>(T node, Node start) where T : Node => Finish(node, start.Line, start.Col);

    /// <summary>Where the next token starts: nodes start at their first token, which for
    /// a parenthesized first operand is the parenthesis.</summary>
    private (int Line, int Col) Here
    {
        get
        {
            ref readonly Token t = ref Peek();
            return (t.Line, t.Col);
        }
    }

    private T Finish<T>(T node, (int Line, int Col) start) where T : Node => Finish(node, start.Line, start.Col);

    private static T Span<T>(T node, Node start, Node end) where T : Node
    {
        node.Line = start.Line;
        node.Col = start.Col;
        node.EndLine = end.EndLine;
        node.EndCol = end.EndCol;
        return node;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ref readonly Token t = ref Peek();
            throw new PythonSyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                _file.FileName, t.Line, t.Col + 1, t.EndLine, t.EndCol + 1, _file.LineText(t.Line));
        }
    }

    private void Leave() => _depth--;

    // ------------------------------------------------------------------ errors

    /// <summary>An error over a range given as 0-based columns.</summary>
    private PythonSyntaxError Error(string msg, int line, int col, int endLine, int endCol, string kind = "SyntaxError")
    {
        if (_fstring != null) return _fstring.Error(kind, msg, line, col, endLine, endCol, _file);
        return _file.ParserError(kind, msg, line, col + 1, endLine, endCol + 1);
    }

    private PythonSyntaxError ErrorAt(in Token t, string msg, string kind = "SyntaxError")
    {
        // INDENT, DEDENT and ENDMARKER have no extent; CPython reports the tokenizer's
        // position for them and no end.
        if (t.Kind is TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker)
        {
            if (_fstring != null) return _fstring.Error(kind, msg, t.Line, t.Col - 1, t.Line, -2, _file);
            return _file.Error(kind, msg, t.Line, t.Col, t.Line, -1);
        }
        return Error(msg, t.Line, t.Col, t.EndLine, t.EndCol, kind);
    }

    private PythonSyntaxError ErrorAt(Node n, string msg, string kind = "SyntaxError")
        => Error(msg, n.Line, n.Col, n.EndLine, n.EndCol, kind);

    private PythonSyntaxError ErrorRange(Node a, Node b, string msg)
        => Error(msg, a.Line, a.Col, b.EndLine, b.EndCol);

    /// <summary>A failed match, which speculative parsing may undo: the generic error,
    /// not one raised by an action or by the tokenizer.</summary>
    private bool IsFailure(PythonSyntaxError e)
        => e.Msg == "invalid syntax" && !e.Fatal && !ReferenceEquals(e, _toks[^1].Error);

    private static PythonSyntaxError Fatal(PythonSyntaxError e)
    {
        e.Fatal = true;
        return e;
    }

    /// <summary>An error CPython raises without a location: at the furthest token.</summary>
    private PythonSyntaxError ErrorAtFurthest(string msg, string kind = "SyntaxError")
    {
        Peek();
        return ErrorAt(_toks[_maxFetched], msg, kind);
    }

    /// <summary>The generic error, at the furthest token looked at outside probes.</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        Peek();
        ref readonly Token t = ref _toks[_maxFirstPass];
        if (t.Kind == TokenKind.Indent) return ErrorAt(t, "unexpected indent", "IndentationError");
        if (t.Kind == TokenKind.Dedent) return ErrorAt(t, "unexpected unindent", "IndentationError");
        return ErrorAt(t, "invalid syntax");
    }

    // ------------------------------------------------------------------ module

    public Module ParseModule()
    {
        try
        {
            var m = new Module();
            while (!At(TokenKind.EndMarker))
                ParseStatement(m.Body);
            m.Line = 1;
            m.Col = 0;
            m.EndLine = _endLine;
            m.EndCol = _endCol;
            return m;
        }
        catch (PythonSyntaxError e)
        {
            throw Prioritize(e);
        }
    }

    /// <summary>
    /// CPython tokenizes the rest of the file after a parser error, and a tokenizer error
    /// found there wins, except the ones its parser only reports when it reaches them
    /// (indentation, line continuation); an unclosed bracket wins if it was opened on a
    /// line before the furthest token looked at. "unexpected indent" comes first.
    /// </summary>
    private PythonSyntaxError Prioritize(PythonSyntaxError e)
    {
        ref readonly Token last = ref _toks[^1];
        if (last.Kind != TokenKind.Error || ReferenceEquals(last.Error, e)) return e;
        if (e.Kind == "IndentationError" && e.Msg is "unexpected indent" or "unexpected unindent") return e;
        if (last.UnclosedAtEof || last.YieldsToParser)
            return last.Unclosed != null && last.Unclosed.Line < _toks[_maxFetched].Line ? last.Unclosed : e;
        return last.Error!;
    }
}
