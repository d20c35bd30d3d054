using Pycc.Runtime.Tests.Harness;
using Xunit;

namespace Pycc.Runtime.Tests;

/// <summary>Replays the cases of Data/*.txt (generated once with CPython by gen/*.py).</summary>
public class DataDrivenTests
{
    [Theory]
    [InlineData("str_methods.txt")]
    [InlineData("formatting.txt")]
    [InlineData("set_order.txt")]
    public void MatchesCPython(string file) => CaseRunner.RunFile(file);
}
