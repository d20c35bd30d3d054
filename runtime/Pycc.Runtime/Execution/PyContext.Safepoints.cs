using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Pycc.Runtime;

/// <summary>
/// What a context does at its safepoints: pending signals (posted from any thread), hard
/// limits of the current execution, and callbacks every N safepoints. Requests from other
/// threads set a bit in <see cref="_requests"/> and raise the process-wide flag; counting
/// (fuel, every-N callbacks) keeps the flag raised for as long as it is needed.
/// </summary>
public sealed partial class PyContext
{
    private const int SignalRequest = 1, PollRequest = 2;

    /// <summary>Request bits posted by other threads; non-zero holds one pending count on <see cref="Safepoint"/>.</summary>
    private int _requests;
    /// <summary>Pending signals, bit (n - 1) for signal n.</summary>
    private long _pendingSignals;
    /// <summary>How many things count safepoints; non-zero holds one pending count on <see cref="Safepoint"/>.</summary>
    private int _meterUsers;
    private LimitedExecution? _execution;
    private int _hardDepthLimit;
    private List<IntervalCheck>? _intervalChecks;
    private bool _inIntervalCheck;

    /// <summary>Set when a host callback returned <see cref="SafepointAction.Yield"/>; the
    /// cooperative scheduler (issue 4) consumes and clears it.</summary>
    public bool YieldRequested;

    /// <summary>Thread-safe: asks this context to handle the signal (2 = SIGINT) at its next safepoint:
    /// the handler installed with `signal.signal` runs, by default raising KeyboardInterrupt.</summary>
    public void Interrupt(int signal = 2)
    {
        if (signal < 1 || signal > SignalModule.MaxSignal) throw new ArgumentOutOfRangeException(nameof(signal), "signal number out of range");
        Interlocked.Or(ref _pendingSignals, 1L << (signal - 1));
        Request(SignalRequest);
    }

    /// <summary>True when a signal is waiting to be handled (for host code that wants to stop early).</summary>
    public bool InterruptPending => Volatile.Read(ref _pendingSignals) != 0;

    /// <summary>Drops signals that were posted but not handled yet (a host disposing a runtime).</summary>
    public void CancelInterrupt()
    {
        Interlocked.Exchange(ref _pendingSignals, 0);
        if (Interlocked.And(ref _requests, ~SignalRequest) == SignalRequest) Safepoint.RemovePending();
    }

    /// <summary>
    /// For host functions called from Python that run for long (Pyodide's `checkInterrupt`):
    /// handles whatever is pending — runs signal handlers, raises KeyboardInterrupt, or ends the
    /// execution at a limit — exactly as a safepoint of compiled code would.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CheckInterrupts()
    {
        if (Safepoint.Requested != 0) OnSafepoint();
    }

    private void Request(int bit)
    {
        if (Interlocked.Or(ref _requests, bit) == 0) Safepoint.AddPending();
    }

    /// <summary>The safepoint slow path for this context.</summary>
    internal void OnSafepoint()
    {
        if (_meterUsers != 0) Meter();
        if (Volatile.Read(ref _requests) != 0) HandleRequests();
    }

    private void HandleRequests()
    {
        int requests = Interlocked.Exchange(ref _requests, 0);
        if (requests == 0) return;
        Safepoint.RemovePending();
        if ((requests & PollRequest) != 0 && _execution != null)
        {
            try
            {
                _execution.Poll(this);
            }
            catch when (Volatile.Read(ref _pendingSignals) != 0)
            {
                Request(SignalRequest);
                throw;
            }
        }
        if (Volatile.Read(ref _pendingSignals) != 0) RunSignalHandlers();
    }

    /// <summary>Runs the handlers of the pending signals, lowest number first, as CPython does.
    /// The pending bits are cleared before a handler runs, so a signal arriving meanwhile (a
    /// second Ctrl+C) is handled at the next safepoint, inside the running handler.</summary>
    internal void RunSignalHandlers()
    {
        long mask = Interlocked.Exchange(ref _pendingSignals, 0);
        for (int sig = 1; mask != 0; sig++, mask >>= 1)
        {
            if ((mask & 1) == 0) continue;
            try
            {
                SignalModule.Dispatch(this, sig);
            }
            catch
            {
                // The handler raised: the signals not yet handled stay pending.
                long rest = mask >> 1;
                if (rest != 0)
                {
                    Interlocked.Or(ref _pendingSignals, rest << sig);
                    Request(SignalRequest);
                }
                throw;
            }
        }
    }

    private void AddMeterUser()
    {
        if (_meterUsers++ == 0) Safepoint.AddPending();
    }

    private void RemoveMeterUser()
    {
        if (--_meterUsers == 0) Safepoint.RemovePending();
    }

    /// <summary>One counted safepoint: fuel, every-N callbacks, and the grace of a tripped limit.</summary>
    private void Meter()
    {
        _execution?.Count(this);
        if (_intervalChecks != null && !_inIntervalCheck) RunIntervalChecks();
    }

    // ------------------------------------------------------------ pycc.check_interrupts

    private sealed class IntervalCheck
    {
        public required PyObject Callback;
        public required long Interval;
        public long Countdown;
    }

    /// <summary>Starts calling <paramref name="callback"/> every <paramref name="interval"/> safepoints; returns the token for <see cref="EndIntervalCheck"/>.</summary>
    internal object BeginIntervalCheck(PyObject callback, long interval)
    {
        var check = new IntervalCheck { Callback = callback, Interval = interval, Countdown = interval };
        (_intervalChecks ??= new()).Add(check);
        AddMeterUser();
        return check;
    }

    internal void EndIntervalCheck(object token)
    {
        if (_intervalChecks == null || !_intervalChecks.Remove((IntervalCheck)token)) return;
        if (_intervalChecks.Count == 0) _intervalChecks = null;
        RemoveMeterUser();
    }

    private void RunIntervalChecks()
    {
        _inIntervalCheck = true;
        try
        {
            // A callback may end its own block (or an enclosing one): iterate over a copy.
            foreach (var check in _intervalChecks!.ToArray())
            {
                if (--check.Countdown > 0) continue;
                check.Countdown = check.Interval;
                check.Callback.Call0(this);
            }
        }
        finally
        {
            _inIntervalCheck = false;
        }
    }

    // ------------------------------------------------------------ executions under limits

    /// <summary>
    /// Runs <paramref name="body"/> on the calling thread (this context becomes current) under
    /// <paramref name="limits"/>. A limit that is exceeded ends the run with an
    /// <see cref="ExecutionLimitException"/>, whatever Python did to catch or swallow it;
    /// Python exceptions arrive as <see cref="PyException"/>. Afterwards the context and its
    /// runtime can run again. A nested run suspends the enclosing run's limits while it lasts.
    /// </summary>
    public T Run<T>(ExecutionLimits limits, Func<PyContext, T> body)
    {
        var prevCurrent = Enter();
        var outer = _execution;
        int outerDepthLimit = _hardDepthLimit;
        int savedDepth = Depth;
        var savedHandled = Handled;
        var execution = new LimitedExecution(this, limits);
        _execution = execution;
        _hardDepthLimit = limits.MaxRecursionDepth is int d ? Depth + d : 0;
        ResetDepthCheck();
        try
        {
            execution.Start(this);
            var result = body(this);
            // Python swallowed the limit error (`return` in `finally`): the run still ends with it.
            if (execution.First != null) ExceptionDispatchInfo.Throw(execution.First);
            return result;
        }
        catch (Exception e) when (execution.First != null && !ReferenceEquals(e, execution.First))
        {
            // Whatever a cleanup block raised instead, the host learns the limit that was hit.
            ExceptionDispatchInfo.Throw(execution.First);
            throw;
        }
        finally
        {
            execution.Stop(this);
            _execution = outer;
            _hardDepthLimit = outerDepthLimit;
            Depth = savedDepth;
            Handled = savedHandled;
            ResetDepthCheck();
            Restore(prevCurrent);
            // The enclosing run's timers may have fired meanwhile: let it look again.
            if (outer != null) Request(PollRequest);
        }
    }

    /// <summary>Calls a Python callable under limits (see <see cref="Run{T}"/>).</summary>
    public PyObject Call(ExecutionLimits limits, PyObject callable, params PyObject[] args) =>
        Run(limits, c => callable.Call(c, args, null));

    /// <summary>The state of one <see cref="Run{T}"/>: its limits, timers and counters.</summary>
    private sealed class LimitedExecution
    {
        private readonly ExecutionLimits _limits;
        private readonly PyRuntime _runtime;
        private long _fuelLeft, _callbackCountdown, _graceLeft, _graceEnd;
        private readonly long _deadline, _memoryBaseline;
        private long _nextTimedCallback;
        private bool _metered, _inCallback;
        private Timer? _deadlineTimer, _pollTimer;
        private CancellationTokenRegistration _cancelRegistration;

        /// <summary>The first limit error, reported to the host however the run ends.</summary>
        public ExecutionLimitException? First;

        public LimitedExecution(PyContext ctx, ExecutionLimits limits)
        {
            _limits = limits;
            _runtime = ctx.Runtime;
            _fuelLeft = limits.Fuel ?? long.MaxValue;
            _callbackCountdown = limits.CallbackEverySafepoints;
            long now = Stopwatch.GetTimestamp();
            _deadline = limits.Timeout is TimeSpan t ? now + Ticks(t) : long.MaxValue;
            _nextTimedCallback = limits.CallbackInterval > TimeSpan.Zero ? now + Ticks(limits.CallbackInterval) : long.MaxValue;
            _memoryBaseline = GC.GetAllocatedBytesForCurrentThread();
        }

        private static long Ticks(TimeSpan t) => (long)(t.TotalSeconds * Stopwatch.Frequency);

        public void Start(PyContext ctx)
        {
            if (_limits.Fuel != null || (_limits.Callback != null && _limits.CallbackEverySafepoints > 0))
            {
                _metered = true;
                ctx.AddMeterUser();
            }
            if (_limits.Timeout is TimeSpan timeout)
                _deadlineTimer = new Timer(_ => ctx.Request(PollRequest), null, timeout, Timeout.InfiniteTimeSpan);
            var period = TimeSpan.MaxValue;
            if (_limits.MemoryBytes != null) period = _limits.PollInterval;
            if (_limits.Callback != null && _limits.CallbackInterval > TimeSpan.Zero && _limits.CallbackInterval < period) period = _limits.CallbackInterval;
            if (period != TimeSpan.MaxValue)
                _pollTimer = new Timer(_ => ctx.Request(PollRequest), null, period, period);
            if (_limits.CancellationToken.CanBeCanceled)
                _cancelRegistration = _limits.CancellationToken.Register(() => ctx.Request(PollRequest));
            // Already past a limit (a cancelled token, a zero timeout): stop before any Python runs.
            Poll(ctx);
        }

        public void Stop(PyContext ctx)
        {
            _deadlineTimer?.Dispose();
            _pollTimer?.Dispose();
            _cancelRegistration.Dispose();
            if (_metered) ctx.RemoveMeterUser();
            // A request still posted is harmless: the next safepoint finds nothing to do.
        }

        /// <summary>A counted safepoint.</summary>
        public void Count(PyContext ctx)
        {
            if (First != null)
            {
                if (--_graceLeft < 0 || Stopwatch.GetTimestamp() > _graceEnd) throw Again(First);
                return;
            }
            if (--_fuelLeft < 0) Trip(ctx, new FuelExhaustedException(_runtime, _limits.Fuel!.Value));
            if (_limits.CallbackEverySafepoints > 0 && --_callbackCountdown <= 0)
            {
                _callbackCountdown = _limits.CallbackEverySafepoints;
                InvokeCallback(ctx);
            }
        }

        /// <summary>A timer or the cancellation token asked for attention: check the clock-driven limits.</summary>
        public void Poll(PyContext ctx)
        {
            if (First != null) return;
            if (_limits.CancellationToken.IsCancellationRequested) Trip(ctx, new ExecutionCancelledException(_runtime));
            long now = Stopwatch.GetTimestamp();
            if (now >= _deadline) Trip(ctx, new DeadlineExceededException(_runtime, _limits.Timeout!.Value));
            if (_limits.MemoryBytes is long budget)
            {
                long used = GC.GetAllocatedBytesForCurrentThread() - _memoryBaseline;
                if (used > budget) Trip(ctx, new MemoryBudgetExceededException(_runtime, budget, used));
            }
            if (now >= _nextTimedCallback)
            {
                _nextTimedCallback = now + Ticks(_limits.CallbackInterval);
                InvokeCallback(ctx);
            }
        }

        private void InvokeCallback(PyContext ctx)
        {
            if (_inCallback || _limits.Callback == null) return;
            _inCallback = true;
            try
            {
                if (_limits.Callback(ctx) == SafepointAction.Yield) ctx.YieldRequested = true;
            }
            finally
            {
                _inCallback = false;
            }
        }

        /// <summary>
        /// Ends the run: throws the limit error, remembering the Python stack where it was hit.
        /// Cleanup code then gets a grace of counted safepoints, after which every safepoint
        /// throws again, so no `finally: continue` loop can keep the execution alive.
        /// </summary>
        [DoesNotReturn]
        public void Trip(PyContext ctx, ExecutionLimitException error)
        {
            error.PythonStack = new StackTrace(1, fNeedFileInfo: true);
            if (First == null)
            {
                First = error;
                _graceLeft = _limits.GraceSafepoints;
                _graceEnd = Stopwatch.GetTimestamp() + Ticks(_limits.GraceTime);
                if (!_metered)
                {
                    _metered = true;
                    ctx.AddMeterUser();
                }
            }
            throw error;
        }

        [DoesNotReturn]
        public void TripRecursion(PyContext ctx) => Trip(ctx, new RecursionDepthExceededException(_runtime, _limits.MaxRecursionDepth!.Value));

        private ExecutionLimitException Again(ExecutionLimitException first)
        {
            ExecutionLimitException again = first.Limit switch
            {
                ExecutionLimit.Fuel => new FuelExhaustedException(_runtime, _limits.Fuel!.Value),
                ExecutionLimit.Deadline => new DeadlineExceededException(_runtime, _limits.Timeout!.Value),
                ExecutionLimit.Cancellation => new ExecutionCancelledException(_runtime),
                ExecutionLimit.RecursionDepth => new RecursionDepthExceededException(_runtime, _limits.MaxRecursionDepth!.Value),
                _ => new MemoryBudgetExceededException(_runtime, _limits.MemoryBytes!.Value, GC.GetAllocatedBytesForCurrentThread() - _memoryBaseline),
            };
            again.PythonStack = new StackTrace(1, fNeedFileInfo: true);
            return again;
        }
    }
}
