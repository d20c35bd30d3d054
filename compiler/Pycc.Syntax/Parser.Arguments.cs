namespace Pycc.Syntax;

// Parameter lists of def and lambda, with CPython's messages for misplaced parameters.
internal sealed partial class Parser
{
    /// <summary>Parameters up to `close` (')' for def, ':' for lambda).</summary>
    private Arguments ParseParameters(TokenKind close, bool lambda)
    {
        var a = new Arguments();
        ref readonly Token first = ref Peek();
        int startLine = first.Line, startCol = first.Col;
        var positional = new List<Arg>();
        bool sawSlash = false, sawDefault = false;
        int starIndex = -1;
        while (!At(close))
        {
            ref readonly Token t = ref Peek();
            if (a.KwArg != null) throw ErrorAt(t, "arguments cannot follow var-keyword argument");
            if (t.Kind == TokenKind.Slash)
            {
                if (sawSlash) throw ErrorAt(t, "/ may appear only once");
                if (starIndex >= 0) throw ErrorAt(t, "/ must be ahead of *");
                if (positional.Count == 0) throw ErrorAt(t, "at least one argument must precede /");
                Advance();
                sawSlash = true;
                a.PosOnlyArgs.AddRange(positional);
                positional.Clear();
            }
            else if (t.Kind == TokenKind.Star)
            {
                if (starIndex >= 0) throw ErrorAt(t, "* argument may appear only once");
                starIndex = _p;
                Advance();
                if (At(TokenKind.Comma) || At(close))
                {
                    if (At(close) || Peek(1).Kind == close || Peek(1).Kind == TokenKind.DoubleStar)
                    {
                        // For lambda CPython reports the token that gave it away.
                        if (lambda) throw ErrorAt(At(close) ? Peek() : Peek(1), "named arguments must follow bare *");
                        throw ErrorAt(_toks[starIndex], "named arguments must follow bare *");
                    }
                }
                else
                {
                    a.VarArg = ParseParam(lambda, starAnnotation: true);
                    if (At(TokenKind.Equal)) throw ErrorAt(Peek(), "var-positional argument cannot have default value");
                }
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                Advance();
                a.KwArg = ParseParam(lambda, starAnnotation: false);
                if (At(TokenKind.Equal)) throw ErrorAt(Peek(), "var-keyword argument cannot have default value");
            }
            else
            {
                var p = ParseParam(lambda, starAnnotation: false);
                Expr? dflt = null;
                if (At(TokenKind.Equal))
                {
                    ref readonly Token eq = ref Advance();
                    if (At(TokenKind.Comma) || At(TokenKind.RPar)) throw ErrorAt(eq, "expected default value expression");
                    dflt = ParseExpression();
                }
                if (starIndex >= 0)
                {
                    a.KwOnlyArgs.Add(p);
                    a.KwDefaults.Add(dflt);
                }
                else
                {
                    if (dflt != null)
                    {
                        a.Defaults.Add(dflt);
                        sawDefault = true;
                    }
                    else if (sawDefault)
                    {
                        // CPython's rule wants the parameter to end there.
                        if (!At(TokenKind.Comma) && !At(close)) throw InvalidSyntax();
                        throw ErrorAt(p, "non-default argument follows default argument");
                    }
                    positional.Add(p);
                }
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        a.Args.AddRange(positional);
        if (starIndex >= 0 && a.VarArg == null && a.KwOnlyArgs.Count == 0)
            throw ErrorAt(_toks[starIndex], "named arguments must follow bare *");
        return _p > 0 && (startLine != Peek().Line || startCol != Peek().Col)
            ? Finish(a, startLine, startCol)
            : EmptyAt(a, Peek());
    }

    // `def f((a, b)):`, Python 2's tuple parameters.
    private void ParenthesizedParameters(bool lambda)
    {
        int i = _p + 1;
        if (_toks[i].Kind != TokenKind.Name) return;
        while (_toks[i].Kind == TokenKind.Name && _toks[i + 1].Kind == TokenKind.Comma && _toks[i + 2].Kind == TokenKind.Name) i += 2;
        i++;
        if (_toks[i].Kind == TokenKind.Comma) i++;
        if (_toks[i].Kind != TokenKind.RPar) return;
        ref readonly Token open = ref Peek();
        ref readonly Token close = ref _toks[i];
        throw Error(lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized",
            open.Line, open.Col, close.EndLine, close.EndCol);
    }

    private static T EmptyAt<T>(T node, in Token t) where T : Node
    {
        node.Line = node.EndLine = t.Line;
        node.Col = node.EndCol = t.Col;
        return node;
    }

    private Arg ParseParam(bool lambda, bool starAnnotation)
    {
        ref readonly Token name = ref Peek();
        if (name.Kind == TokenKind.LPar) ParenthesizedParameters(lambda);
        if (name.Kind != TokenKind.Name) throw InvalidSyntax();
        Advance();
        var arg = new Arg { Name = name.Text! };
        if (!lambda && Accept(TokenKind.Colon))
            arg.Annotation = starAnnotation ? ParseStarExpression() : ParseExpression();
        return Finish(arg, name);
    }
}
