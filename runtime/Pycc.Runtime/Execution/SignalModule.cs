namespace Pycc.Runtime;

/// <summary>
/// The `signal` module. Signals are posted to a context (<see cref="PyContext.Interrupt"/>:
/// Ctrl+C in a compiled program, or a host from any thread) and handled at its next
/// safepoint by the handler set here. Signal numbers are 1–64, as in Pyodide; the
/// constants are plain ints (CPython's are `Signals` enum members).
/// </summary>
public static class SignalModule
{
    public const int MaxSignal = 64;
    private const int SigDfl = 0, SigIgn = 1, SigInt = 2;

    /// <summary>Linux numbering, which Pyodide uses too.</summary>
    private static readonly (string name, int number)[] s_signals =
    {
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6),
        ("SIGIOT", 6), ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11),
        ("SIGUSR2", 12), ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16),
        ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20), ("SIGTTIN", 21),
        ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26),
        ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30),
        ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    };

    /// <summary>Raises KeyboardInterrupt: the default SIGINT handler.</summary>
    public static readonly PyBuiltin DefaultIntHandler = new("default_int_handler", null)
    {
        FV = (ctx, _, a) => throw PyErr.New(TypeObjects.KeyboardInterrupt),
    };

    /// <summary>The handler table of a runtime: SIGINT starts with default_int_handler, the rest with SIG_DFL.</summary>
    private static PyObject[] Handlers(PyRuntime rt)
    {
        if (rt.SignalHandlers is { } h) return h;
        h = new PyObject[MaxSignal + 1];
        Array.Fill(h, PyInt.Get(SigDfl));
        h[SigInt] = DefaultIntHandler;
        return rt.SignalHandlers = h;
    }

    /// <summary>Handles one signal at a safepoint of <paramref name="ctx"/>.</summary>
    internal static void Dispatch(PyContext ctx, int sig)
    {
        var handler = Handlers(ctx.Runtime)[sig];
        if (handler is PyInt action)
        {
            // SIG_IGN does nothing; SIG_DFL would end the process for most signals, which an
            // embedded runtime must not do: only SIGINT keeps its meaning (KeyboardInterrupt).
            if (action.Value == SigDfl && sig == SigInt) throw PyErr.New(TypeObjects.KeyboardInterrupt);
            return;
        }
        handler.Call2(ctx, PyInt.Get(sig), PyNone.Instance);
    }

    public static PyModule Create(PyRuntime rt)
    {
        var m = new PyModule("signal", rt.Builtins);
        foreach (var (name, number) in s_signals) m.Set(name, PyInt.Get(number));
        m.Set("NSIG", PyInt.Get(MaxSignal + 1));
        m.Set("SIG_DFL", PyInt.Get(SigDfl));
        m.Set("SIG_IGN", PyInt.Get(SigIgn));
        m.Set("default_int_handler", DefaultIntHandler);

        m.Fn("signal", (ctx, _, signum, handler) =>
        {
            int sig = CheckedNumber(ctx, signum);
            if (handler is PyInt h ? h.Value is not (SigDfl or SigIgn) : !BuiltinFunctions.IsCallable(handler))
                throw PyErr.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            // As on Linux, the handlers of SIGKILL and SIGSTOP cannot be changed.
            if (sig is 9 or 19) throw InvalidArgument(ctx);
            var table = Handlers(ctx.Runtime);
            var old = table[sig];
            table[sig] = handler is PyInt ? PyInt.Get(((PyInt)handler).Value) : handler;
            return old;
        });
        m.Fn("getsignal", (ctx, _, signum) => Handlers(ctx.Runtime)[CheckedNumber(ctx, signum)]);
        m.Fn("raise_signal", (ctx, _, signum) =>
        {
            long sig = Conversions.IndexToLong(ctx, signum);
            if (sig < 1 || sig > MaxSignal) throw InvalidArgument(ctx);
            // CPython runs the handler before raise_signal returns.
            ctx.Interrupt((int)sig);
            ctx.RunSignalHandlers();
            return PyNone.Instance;
        });
        m.Fn("valid_signals", (ctx, _) =>
        {
            var set = new PySet();
            for (int i = 1; i <= MaxSignal; i++)
                if (i is not (32 or 33)) set.Add(ctx, PyInt.Get(i));
            return set;
        });
        return m;
    }

    private static int CheckedNumber(PyContext ctx, PyObject signum)
    {
        long sig = Conversions.IndexToLong(ctx, signum);
        if (sig < 1 || sig > MaxSignal) throw PyErr.ValueError("signal number out of range");
        return (int)sig;
    }

    /// <summary>OSError(EINVAL), built through the type so that errno and strerror are set.</summary>
    private static PyException InvalidArgument(PyContext ctx) =>
        ((PyBaseException)TypeObjects.OSError.Call(ctx, new PyObject[] { PyInt.Get(22), new PyStr("Invalid argument") }, null)).ToThrowable();
}
