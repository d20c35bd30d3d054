using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace Pycc.Syntax.Tests;

// The AST has an Assert statement node; here Assert is xunit's.
using Assert = Xunit.Assert;

/// <summary>Runs only with python3 on the PATH and PYCC_SYNTAX_DEEP=1: each takes minutes.</summary>
public sealed class DeepFactAttribute : FactAttribute
{
    public DeepFactAttribute()
    {
        if (PythonFactAttribute.Python == null) Skip = "python3 is not installed";
        else if (Environment.GetEnvironmentVariable("PYCC_SYNTAX_DEEP") != "1") Skip = "set PYCC_SYNTAX_DEEP=1 to run";
    }
}

/// <summary>
/// The comparisons behind the claims of Pycc.Syntax/README.md, against the python3 found:
/// node positions over the whole standard library, and errors over random mutations.
/// </summary>
public class DeepCPythonComparisonTests
{
    private readonly ITestOutputHelper _out;

    public DeepCPythonComparisonTests(ITestOutputHelper output) => _out = output;

    private static string RunPython(string script, params string[] args)
    {
        var psi = new ProcessStartInfo(PythonFactAttribute.Python!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory.CreateTempSubdirectory("pycc-syntax").FullName,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    private const string DumpScript = """
import ast, hashlib, os, sys, sysconfig, warnings
warnings.simplefilter('ignore')
root = sysconfig.get_paths()['stdlib']
for d, ds, fs in os.walk(root):
    for f in sorted(fs):
        if not f.endswith('.py'):
            continue
        p = os.path.join(d, f)
        try:
            tree = ast.parse(open(p, 'rb').read(), p)
        except Exception:
            continue
        # .NET strings cannot keep escaped surrogate pairs apart; leave those files out.
        if any(isinstance(n, ast.Constant) and isinstance(n.value, str)
               and any(0xD800 <= ord(c) <= 0xDFFF for c in n.value) for n in ast.walk(tree)):
            continue
        text = ast.dump(tree, include_attributes=True)
        print(hashlib.sha1(text.encode('utf-8')).hexdigest(), p)
""";

    [DeepFact]
    public void StdlibTreesAndPositionsMatchCPython()
    {
        var lines = RunPython(DumpScript).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var differ = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(lines, new ParallelOptions { MaxDegreeOfParallelism = 2 }, line =>
        {
            string expected = line.Substring(0, 40), path = line.Substring(41);
            string source = SourceText.Decode(File.ReadAllBytes(path), path);
            string dump = AstDump.Dump(PythonParser.Parse(source, path), true, TestData.Utf8Columns(source));
            string actual = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(dump))).ToLowerInvariant();
            if (actual != expected) differ.Add(path);
        });
        _out.WriteLine($"{lines.Length} files compared, {differ.Count} differ");
        Assert.True(differ.IsEmpty, "trees differ from CPython's:\n" + string.Join("\n", differ.Order()));
    }

    // Single-token and single-line edits of stdlib files, with CPython's error for each.
    private const string MutationScript = """"
import io, json, os, random, sys, sysconfig, tokenize, warnings
warnings.simplefilter('ignore')
random.seed(int(sys.argv[1]))
count = int(sys.argv[2])
root = sysconfig.get_paths()['stdlib']
files = []
for d, ds, fs in sorted(os.walk(root)):
    if 'site-packages' in d:
        continue
    for f in sorted(fs):
        if f.endswith('.py'):
            try:
                s = open(os.path.join(d, f), encoding='utf-8').read()
            except Exception:
                continue
            if 200 < len(s) < 20000:
                files.append(s)
INSERTS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', 'if', 'else', '.', '*', '**', 'lambda', '"x',
           "'", 'not', 'in', 'for', 'def', 'return', 'yield', 'await', '\\', '1', 'x', '@', ';', ':=', '->',
           'as', 'import', 'class', 'pass', '"""', "f'{", '0777', '1_', '\n', '\n  ', 'print', '$', '!']
out = []
while len(out) < count:
    src = random.choice(files)
    if random.random() < 0.5:
        try:
            toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
                    if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.INDENT, tokenize.NL, tokenize.COMMENT)]
        except Exception:
            continue
        if not toks:
            continue
        offs = [0]
        for l in src.splitlines(keepends=True):
            offs.append(offs[-1] + len(l))
        t = random.choice(toks)
        a, b = offs[t.start[0] - 1] + t.start[1], offs[t.end[0] - 1] + t.end[1]
        k = random.randrange(4)
        new = [src[:a] + src[b:], src[:a] + random.choice(INSERTS) + ' ' + src[a:],
               src[:a] + random.choice(INSERTS) + src[b:], src[:b] + ' ' + src[a:b] + src[b:]][k]
    else:
        lines = src.split('\n')
        i = random.randrange(len(lines))
        k = random.randrange(4)
        if k == 0:
            del lines[i]
        elif k == 1:
            lines[i] = ' ' + lines[i]
        elif k == 2:
            lines.insert(i, lines[i])
        else:
            j = random.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:j] + lines[i][j + 1:]
        new = '\n'.join(lines)
    with open('t.py', 'w', encoding='utf-8', newline='') as f:
        f.write(new)
    try:
        compile(new, 't.py', 'exec', dont_inherit=True)
    except SyntaxError as e:
        out.append({'src': new, 'kind': type(e).__name__, 'msg': e.msg, 'line': e.lineno, 'offset': e.offset,
                    'end_line': e.end_lineno, 'end_offset': e.end_offset})
    except Exception:
        pass
json.dump(out, sys.stdout)
"""";

    private static int Num(JsonElement c, string name)
        => c.GetProperty(name).ValueKind == JsonValueKind.Number ? c.GetProperty(name).GetInt32() : 0;

    [DeepFact]
    public void MutatedStdlibErrorsMatchCPython()
    {
        const int count = 5000;
        var cases = JsonDocument.Parse(RunPython(MutationScript, "20240101", count.ToString())).RootElement;
        int same = 0;
        var differ = new List<string>();
        foreach (var c in cases.EnumerateArray())
        {
            string src = c.GetProperty("src").GetString()!;
            string expected = $"{c.GetProperty("kind").GetString()}: {c.GetProperty("msg").GetString()} " +
                              $"{Num(c, "line")} {Num(c, "offset")} {Num(c, "end_line")} {Num(c, "end_offset")}";
            string actual;
            try
            {
                var m = PythonParser.Parse(src, "t.py");
                SyntaxChecks.Validate(m, "t.py", src);
                actual = "accepted";
            }
            catch (PythonSyntaxError e)
            {
                actual = $"{e.Kind}: {e.Msg} {e.Line} {e.Column} {e.EndLine} {e.EndColumn}";
            }
            if (actual == expected) same++;
            else differ.Add($"expected {expected}\n     got {actual}");
        }
        double rate = (double)same / count;
        _out.WriteLine($"{same} of {count} mutations agree ({rate:P2})");
        foreach (var d in differ) _out.WriteLine(d);
        // A few rare second-pass interactions of CPython's parser are not reproduced.
        Assert.True(rate >= 0.995, $"only {rate:P2} agree:\n" + string.Join("\n", differ.Take(50)));
    }
}
