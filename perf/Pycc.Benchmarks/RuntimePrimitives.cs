using BenchmarkDotNet.Attributes;
using Pycc.Runtime;

namespace Pycc.Benchmarks;

/// <summary>One shared runtime for benchmarks that need a context.</summary>
public static class Runtime
{
    public static readonly PyRuntime Instance = new(Array.Empty<CompiledModule>(), stdout: TextWriter.Null);
    public static PyContext Context => Instance.MainContext;
}

/// <summary>Costs of the runtime's hottest primitives, per operation.</summary>
public class RuntimePrimitives
{
    private readonly PyContext _ctx = Runtime.Context;
    private readonly PyDict _dict = new();
    private readonly PyStr _key = new("beta");
    private PyObject _a = PyInt.Get(40), _b = PyInt.Get(2);

    [GlobalSetup]
    public void Setup()
    {
        foreach (var k in new[] { "alpha", "beta", "gamma", "delta" }) _dict.SetStr(k, new PyStr(k));
    }

    [Benchmark(Description = "int + int (Ops.Add fast path)")]
    public PyObject IntAdd() => Ops.Add(_ctx, _a, _b);

    [Benchmark(Description = "float * float")]
    public PyObject FloatMul() => Ops.Mul(_ctx, new PyFloat(1.5), new PyFloat(2.5));

    [Benchmark(Description = "dict[str] lookup")]
    public PyObject? DictLookup() => _dict.GetItemOrNull(_ctx, _key);

    [Benchmark(Description = "a < b on ints as a condition")]
    public bool CompareInts() => Ops.CompareBool(_ctx, _a, _b, CompareOp.Lt);
}
