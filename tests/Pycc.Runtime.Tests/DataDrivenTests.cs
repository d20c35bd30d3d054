using Pycc.Runtime.Tests.Harness;
using Xunit;

namespace Pycc.Runtime.Tests;

/// <summary>Replays the cases of Data/*.txt (generated once with CPython by gen/*.py).</summary>
public class DataDrivenTests
{
    public static IEnumerable<object[]> Files() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "*.txt")
            .Select(Path.GetFileName)
            .Where(n => n != "float_repr.txt")
            .Order()
            .Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(Files))]
    public void MatchesCPython(string file) => CaseRunner.RunFile(file);
}
