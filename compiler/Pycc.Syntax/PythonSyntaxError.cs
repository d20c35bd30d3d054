using System.Text;

namespace Pycc.Syntax;

/// <summary>
/// A SyntaxError (or its subclasses IndentationError and TabError) as CPython 3.11 reports
/// it for source given as a str: message, file, 1-based line, 1-based column counted in
/// code points (`offset`), the end position, and the text of the offending line.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    /// <summary>"SyntaxError", "IndentationError" or "TabError".</summary>
    public string Kind { get; }
    public string Msg { get; }
    public string FileName { get; }
    public int Line { get; }
    /// <summary>1-based code-point column, as CPython's `offset`; 0 or less when unknown.</summary>
    public int Column { get; }
    public int EndLine { get; }
    /// <summary>As CPython's `end_offset`: 1-based and exclusive; CPython often reports -1 or 0.</summary>
    public int EndColumn { get; }
    /// <summary>The offending line without its line terminator, or null.</summary>
    public string? SourceLine { get; }
    /// <summary>False when the line is the last of a file that does not end with a
    /// newline; CPython's caret drawing counts the newline.</summary>
    public bool LineEndsWithNewline { get; init; } = true;

    /// <summary>Raised by a parser action (decoding a literal, a forced token) rather than
    /// by a failed match: speculative parsing must not swallow it.</summary>
    internal bool Fatal { get; set; }

    public PythonSyntaxError(string kind, string msg, string fileName, int line, int column,
        int endLine, int endColumn, string? sourceLine)
        : base($"{msg} ({fileName}, line {line})")
    {
        Kind = kind; Msg = msg; FileName = fileName; Line = line; Column = column;
        EndLine = endLine; EndColumn = endColumn; SourceLine = sourceLine;
    }

    /// <summary>
    /// The text CPython 3.11 prints for this error when it is not caught: the file line,
    /// the source line with leading blanks removed, a caret line, and "Kind: Msg".
    /// </summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(FileName).Append("\", line ").Append(Line).Append('\n');
        if (SourceLine != null)
        {
            string text = SourceLine;
            int offset = Column, endOffset = EndColumn, endLine = EndLine;
            // CPython draws a range only for SyntaxError itself, not its subclasses.
            if (Kind != "SyntaxError")
            {
                endOffset = -1;
                endLine = Line;
            }
            // CPython mixes units here: offsets are code points, but the line length it
            // clips against is in UTF-8 bytes and counts the newline its text ends with.
            // A range spanning lines is highlighted to the end of its first line.
            int lineSize = Encoding.UTF8.GetByteCount(text) + (LineEndsWithNewline ? 1 : 0);
            if (endLine > Line) endOffset = lineSize;
            if (endOffset > lineSize + 1) endOffset = lineSize + 1;
            int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
            offset--;
            int i = 0;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) { i++; offset--; }
            string shown = text.Substring(i);
            int len = Encoding.UTF8.GetByteCount(shown);
            if (offset > len) offset = len;
            sb.Append("    ").Append(shown).Append('\n');
            if (offset >= 0)
            {
                sb.Append(' ', 4 + offset).Append('^', carets).Append('\n');
            }
        }
        sb.Append(Kind).Append(": ").Append(Msg);
        return sb.ToString();
    }
}
