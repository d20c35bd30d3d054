using Pycc.Hosting;
using Xunit;

public class ScoringTests
{
    private static readonly PythonProgram Program = PythonProgram.FromAssembly(typeof(PyccProgram).Assembly);

    [Theory]
    [InlineData(95, "A")]
    [InlineData(80, "B")]
    [InlineData(12, "F")]
    public void Grades(long score, string expected)
    {
        using var runtime = Program.CreateRuntime();
        Assert.Equal(expected, runtime.Import("scoring").Call<string>("grade", score));
    }

    [Fact]
    public void Out_of_range_is_a_python_value_error()
    {
        using var runtime = Program.CreateRuntime();
        var e = Assert.Throws<PythonException>(() => runtime.Import("scoring").Call("grade", 101));
        Assert.Equal("ValueError", e.PythonType);
        Assert.Equal("score out of range: 101", e.PythonMessage);
    }
}
