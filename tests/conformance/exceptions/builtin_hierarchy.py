# The builtin exception hierarchy via issubclass and __mro__.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (FloatingPointError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (GeneratorExit, Exception), (StopIteration, Exception),
    (StopAsyncIteration, Exception), (Exception, BaseException),
    (DeprecationWarning, Warning), (Warning, Exception), (BrokenPipeError, ConnectionError),
    (AssertionError, Exception), (AttributeError, Exception), (TypeError, ValueError),
    (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception),
]
for sub, sup in pairs:
    print(f"{sub.__name__:<20} {sup.__name__:<18} {issubclass(sub, sup)}")
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in KeyboardInterrupt.__mro__])
try:
    raise KeyboardInterrupt
except Exception:
    print("Exception caught it (wrong)")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    [][1]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
