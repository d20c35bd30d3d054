namespace Pycc.Syntax;

/// <summary>
/// Source text with newlines normalized to '\n' and a final newline added, as CPython's
/// tokenizer sees it, plus the line table used to build error locations.
/// </summary>
internal sealed class SourceFile
{
    public readonly string Text;
    public readonly string FileName;
    /// <summary>Number of the first line: f-string fields are parsed as their own text
    /// that starts on the line of the field.</summary>
    public readonly int FirstLine;
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly bool _endedWithNewline;

    public SourceFile(string source, string fileName, int firstLine = 1)
    {
        FileName = fileName;
        FirstLine = firstLine;
        _endedWithNewline = source.Length > 0 && (source[^1] == '\n' || source[^1] == '\r');
        Text = Normalize(source);
        for (int i = 0; i < Text.Length; i++)
            if (Text[i] == '\n') _lineStarts.Add(i + 1);
    }

    /// <summary>Number of the last line (the text ends with '\n').</summary>
    public int LastLine => FirstLine + _lineStarts.Count - 2;

    public int LineStart(int line) => _lineStarts[Math.Clamp(line - FirstLine, 0, _lineStarts.Count - 1)];

    /// <summary>The text of a line without its newline.</summary>
    public string LineText(int line)
    {
        if (line < FirstLine || line > LastLine) return "";
        int s = _lineStarts[line - FirstLine], e = _lineStarts[line - FirstLine + 1] - 1;
        return Text.Substring(s, e - s);
    }

    private static string Normalize(string s)
    {
        if (s.Contains('\r')) s = s.Replace("\r\n", "\n").Replace('\r', '\n');
        if (s.Length == 0 || s[^1] != '\n') s += "\n";
        return s;
    }

    /// <summary>Converts a 1-based column in UTF-16 units on `line` to code points.</summary>
    public int CodePointOffset(int line, int offset)
    {
        if (offset <= 1 || line < FirstLine || line > LastLine) return offset;
        int s = _lineStarts[line - FirstLine], e = _lineStarts[line - FirstLine + 1];
        int pairs = 0;
        for (int i = s; i < e - 1 && i - s < offset - 1; i++)
            if (char.IsHighSurrogate(Text[i]) && char.IsLowSurrogate(Text[i + 1])) pairs++;
        return offset - pairs;
    }

    /// <summary>
    /// A parser error at 1-based UTF-16 columns. CPython converts both offsets with the
    /// text of the first line as read from the file, newline included, and clips them to
    /// one past its length, even when the range ends on a later line.
    /// </summary>
    public PythonSyntaxError ParserError(string kind, string msg, int line, int offset, int endLine, int endOffset)
    {
        string text = LineText(line);
        int max = text.Length + (line != LastLine || _endedWithNewline ? 2 : 1);
        int Convert(int off)
        {
            if (off <= 0) return off;
            if (off > max) off = max;
            return CodePointOffset(line, off);
        }
        return new PythonSyntaxError(kind, msg, FileName, line, Convert(offset), endLine, Convert(endOffset),
            line >= FirstLine && line <= LastLine ? text : null)
        {
            LineEndsWithNewline = line != LastLine || _endedWithNewline,
        };
    }

    /// <summary>An error of CPython's compiler: its columns count UTF-8 bytes.</summary>
    public PythonSyntaxError CompilerError(string kind, string msg, int line, int col, int endLine, int endCol)
    {
        int Bytes(int ln, int c)
        {
            string t = LineText(ln);
            return System.Text.Encoding.UTF8.GetByteCount(t.AsSpan(0, Math.Clamp(c, 0, t.Length))) + Math.Max(0, c - t.Length) + 1;
        }
        return new PythonSyntaxError(kind, msg, FileName, line, Bytes(line, col), endLine, endCol < 0 ? 0 : Bytes(endLine, endCol),
            line >= FirstLine && line <= LastLine ? LineText(line) : null)
        {
            LineEndsWithNewline = line != LastLine || _endedWithNewline,
        };
    }

    /// <summary>An error at 1-based UTF-16 columns, reported in code points.</summary>
    public PythonSyntaxError Error(string kind, string msg, int line, int offset, int endLine, int endOffset)
        => new(kind, msg, FileName, line, CodePointOffset(line, offset), endLine,
            CodePointOffset(endLine, endOffset), line >= FirstLine && line <= LastLine ? LineText(line) : null)
        {
            LineEndsWithNewline = line != LastLine || _endedWithNewline,
        };
}
