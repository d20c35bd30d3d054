using Pycc.Runtime;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Pycc.Benchmarks;

/// <summary>The safepoint fast path of DESIGN.md: one read of a process-wide volatile int at each
/// loop back-edge. Each loop is measured without and with the check; the flag is never raised,
/// so the difference is the whole cost of the fast path. Compare with the ≤ 2% budget.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SafepointBenchmarks
{
    private const int Iterations = 1_000_000;

    private Step _step = null!;
    private long _seed;

    [GlobalSetup]
    public void Setup()
    {
        _step = new MixStep();
        _seed = Environment.TickCount64 | 1;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Iterations)]
    [BenchmarkCategory("arithmetic")]
    public long ArithmeticLoop()
    {
        long acc = _seed;
        for (int i = 0; i < Iterations; i++)
            acc += i ^ (acc >> 1);
        return acc;
    }

    [Benchmark(OperationsPerInvoke = Iterations)]
    [BenchmarkCategory("arithmetic")]
    public long ArithmeticLoopWithSafepoint()
    {
        long acc = _seed;
        for (int i = 0; i < Iterations; i++)
        {
            acc += i ^ (acc >> 1);
            if (Safepoint.Requested != 0)
                Safepoint.Slow(Runtime.Context);
        }
        return acc;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Iterations)]
    [BenchmarkCategory("virtual call")]
    public long VirtualCallLoop()
    {
        long acc = _seed;
        var step = _step;
        for (int i = 0; i < Iterations; i++)
            acc = step.Apply(acc, i);
        return acc;
    }

    [Benchmark(OperationsPerInvoke = Iterations)]
    [BenchmarkCategory("virtual call")]
    public long VirtualCallLoopWithSafepoint()
    {
        long acc = _seed;
        var step = _step;
        for (int i = 0; i < Iterations; i++)
        {
            acc = step.Apply(acc, i);
            if (Safepoint.Requested != 0)
                Safepoint.Slow(Runtime.Context);
        }
        return acc;
    }
}

public abstract class Step
{
    public abstract long Apply(long acc, int i);
}

public sealed class MixStep : Step
{
    // Not inlined: stands for a call into a compiled Python function, which PGO cannot inline away.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public override long Apply(long acc, int i) => acc + (i ^ (acc >> 1));
}
