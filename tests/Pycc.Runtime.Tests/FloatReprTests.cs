using System.Globalization;
using System.Text;
using Pycc.Runtime.Tests.Harness;
using Xunit;

namespace Pycc.Runtime.Tests;

/// <summary>repr() and format() of thousands of doubles (subnormals, huge and tiny exponents) against CPython's output.</summary>
public class FloatReprTests
{
    [Fact]
    public void ReprAndFormatMatchCPython()
    {
        var rt = CaseRunner.NewRuntime();
        var ctx = rt.MainContext;
        var prev = ctx.Enter();
        try
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "float_repr.txt"), Encoding.UTF8);
            var specs = lines[1].Split('\t')[2..];
            var failures = new List<string>();
            foreach (var line in lines.Skip(2))
            {
                var f = line.Split('\t');
                double v = BitConverter.Int64BitsToDouble(long.Parse(f[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                var x = new PyFloat(v);
                var repr = Ops.ReprString(ctx, x);
                if (repr != f[1]) failures.Add($"repr {f[0]}: expected {f[1]}, got {repr}");
                if (Ops.StrString(ctx, x) != f[1]) failures.Add($"str {f[0]}: expected {f[1]}");
                for (int i = 0; i < specs.Length; i++)
                {
                    if (f[2 + i] == "-") continue;
                    var got = Ops.Format(ctx, x, new PyStr(specs[i])).Value;
                    if (got != f[2 + i]) failures.Add($"format({f[1]}, '{specs[i]}'): expected {f[2 + i]}, got {got}");
                }
            }
            Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(40)));
        }
        finally
        {
            PyContext.Restore(prev);
        }
    }
}
