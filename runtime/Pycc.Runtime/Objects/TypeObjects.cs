namespace Pycc.Runtime;

/// <summary>
/// The built-in type objects. They are created once per process and shared by every
/// runtime: built-in types are immutable from Python, so sharing leaks no state.
/// Methods are installed by each type's `Install*` method, called from the static constructor.
/// </summary>
public static partial class TypeObjects
{
    public static readonly PyType Object = Make("object", null, null);
    public static readonly PyType Type = Make("type", Object, typeof(PyType));
    public static readonly PyType NoneType = Make("NoneType", Object, null, subclassable: false);
    public static readonly PyType NotImplementedType = Make("NotImplementedType", Object, null, subclassable: false);
    public static readonly PyType EllipsisType = Make("ellipsis", Object, null, subclassable: false);
    public static readonly PyType Int = Make("int", Object, typeof(PyIntegral));
    public static readonly PyType Bool = Make("bool", Int, typeof(PyBool), subclassable: false);
    public static readonly PyType Float = Make("float", Object, typeof(PyFloat));
    public static readonly PyType Complex = Make("complex", Object, typeof(PyComplex));
    public static readonly PyType Str = Make("str", Object, typeof(PyStr));
    public static readonly PyType Bytes = Make("bytes", Object, typeof(PyBytes));
    public static readonly PyType ByteArray = Make("bytearray", Object, typeof(PyByteArray));
    public static readonly PyType Tuple = Make("tuple", Object, typeof(PyTuple));
    public static readonly PyType List = Make("list", Object, typeof(PyList));
    public static readonly PyType Dict = Make("dict", Object, typeof(PyDict));
    public static readonly PyType Set = Make("set", Object, typeof(PySet));
    public static readonly PyType FrozenSet = Make("frozenset", Object, typeof(PySet));
    public static readonly PyType Range = Make("range", Object, typeof(PyRange), subclassable: false);
    public static readonly PyType Slice = Make("slice", Object, typeof(PySlice), subclassable: false);
    public static readonly PyType Function = Make("function", Object, typeof(PyFunction), subclassable: false);
    public static readonly PyType BuiltinFunction = Make("builtin_function_or_method", Object, null, subclassable: false);
    public static readonly PyType MethodDescriptor = Make("method_descriptor", Object, null, subclassable: false);
    public static readonly PyType Method = Make("method", Object, typeof(PyMethod), subclassable: false);
    public static readonly PyType Code = Make("code", Object, typeof(PyCode), subclassable: false);
    public static readonly PyType Cell = Make("cell", Object, typeof(PyCell), subclassable: false);
    public static readonly PyType Module = Make("module", Object, typeof(PyModule));
    public static readonly PyType Generator = Make("generator", Object, typeof(PyGenerator), subclassable: false);
    public static readonly PyType Property = Make("property", Object, typeof(PyProperty));
    public static readonly PyType StaticMethod = Make("staticmethod", Object, typeof(PyStaticMethod));
    public static readonly PyType ClassMethod = Make("classmethod", Object, typeof(PyClassMethod));
    public static readonly PyType Super = Make("super", Object, typeof(PySuper));
    public static readonly PyType Iterator = Make("iterator", Object, null, subclassable: false);
    public static readonly PyType MappingProxy = Make("mappingproxy", Object, null, subclassable: false);

    // ------------------------------------------------------------ exceptions

    public static readonly PyType BaseException = Exc("BaseException", Object);
    public static readonly PyType BaseExceptionGroup = Exc("BaseExceptionGroup", BaseException);
    public static readonly PyType Exception = Exc("Exception", BaseException);
    public static readonly PyType GeneratorExit = Exc("GeneratorExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Exc("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = Exc("SystemExit", BaseException);
    public static readonly PyType ArithmeticError = Exc("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Exc("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Exc("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Exc("AssertionError", Exception);
    public static readonly PyType AttributeError = Exc("AttributeError", Exception);
    public static readonly PyType BufferError = Exc("BufferError", Exception);
    public static readonly PyType EOFError = Exc("EOFError", Exception);
    public static readonly PyType ImportError = Exc("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Exc("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Exc("LookupError", Exception);
    public static readonly PyType IndexError = Exc("IndexError", LookupError);
    public static readonly PyType KeyError = Exc("KeyError", LookupError);
    public static readonly PyType MemoryError = Exc("MemoryError", Exception);
    public static readonly PyType NameError = Exc("NameError", Exception);
    public static readonly PyType UnboundLocalError = Exc("UnboundLocalError", NameError);
    public static readonly PyType OSError = Exc("OSError", Exception);
    public static readonly PyType BlockingIOError = Exc("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Exc("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = Exc("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = Exc("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Exc("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Exc("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Exc("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = Exc("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = Exc("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = Exc("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = Exc("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Exc("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = Exc("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = Exc("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = Exc("TimeoutError", OSError);
    public static readonly PyType ReferenceError = Exc("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Exc("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Exc("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Exc("RecursionError", RuntimeError);
    public static readonly PyType StopAsyncIteration = Exc("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = Exc("StopIteration", Exception);
    public static readonly PyType SyntaxError = Exc("SyntaxError", Exception);
    public static readonly PyType IndentationError = Exc("IndentationError", SyntaxError);
    public static readonly PyType TabError = Exc("TabError", IndentationError);
    public static readonly PyType SystemError = Exc("SystemError", Exception);
    public static readonly PyType TypeError = Exc("TypeError", Exception);
    public static readonly PyType ValueError = Exc("ValueError", Exception);
    public static readonly PyType UnicodeError = Exc("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = Exc("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = Exc("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = Exc("UnicodeTranslateError", UnicodeError);
    public static readonly PyType Warning = Exc("Warning", Exception);
    public static readonly PyType BytesWarning = Exc("BytesWarning", Warning);
    public static readonly PyType DeprecationWarning = Exc("DeprecationWarning", Warning);
    public static readonly PyType EncodingWarning = Exc("EncodingWarning", Warning);
    public static readonly PyType FutureWarning = Exc("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Exc("ImportWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Exc("PendingDeprecationWarning", Warning);
    public static readonly PyType ResourceWarning = Exc("ResourceWarning", Warning);
    public static readonly PyType RuntimeWarning = Exc("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Exc("SyntaxWarning", Warning);
    public static readonly PyType UnicodeWarning = Exc("UnicodeWarning", Warning);
    public static readonly PyType UserWarning = Exc("UserWarning", Warning);
    public static readonly PyType ExceptionGroup = ExcMulti("ExceptionGroup", BaseExceptionGroup, Exception);

    public static readonly PyType MemberDescriptor = Make("member_descriptor", Object, null, subclassable: false);
    public static readonly PyType GetSetDescriptor = Make("getset_descriptor", Object, null, subclassable: false);
    public static readonly PyType ModuleDict = Make("dict", Object, typeof(PyModuleDict), subclassable: false);
    public static readonly PyType GenericAlias = Make("GenericAlias", Object, typeof(PyGenericAlias), subclassable: false, module: "types");
    public static readonly PyType TextIOWrapper = Make("TextIOWrapper", Object, typeof(PyStdStream), subclassable: false);
    public static readonly PyType UnsupportedOperation = ExcMulti("UnsupportedOperation", OSError, ValueError);
    public static readonly PyType Union = Make("UnionType", Object, typeof(PyUnion), subclassable: false, module: "types");
    public static readonly PyType Traceback = Make("traceback", Object, typeof(PyTraceback), subclassable: false);
    public static readonly PyType DictKeys = Make("dict_keys", Object, typeof(PyDictView), subclassable: false);
    public static readonly PyType DictValues = Make("dict_values", Object, typeof(PyDictView), subclassable: false);
    public static readonly PyType DictItems = Make("dict_items", Object, typeof(PyDictView), subclassable: false);

    /// <summary>Every built-in type that the builtins module exposes by name.</summary>
    public static readonly List<PyType> Exposed = new();

    // Identity of the default attribute hooks, used to detect user overrides cheaply.
    public static PyObject ObjectGetAttribute = null!, TypeGetAttribute = null!, ObjectSetAttr = null!, TypeSetAttr = null!;

    static TypeObjects()
    {
        InstallObject();
        InstallType();
        InstallAll();
    }

    /// <summary>Forces the static constructor (type objects must exist before any runtime starts).</summary>
    public static void EnsureInitialized() { }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyType> s_iteratorTypes = new();

    /// <summary>The type of a built-in iterator by its CPython name ("list_iterator", "zip"...).</summary>
    public static PyType IteratorType(string name) =>
        name == "iterator" ? Iterator : s_iteratorTypes.GetOrAdd(name, n => Make(n, Iterator, null, subclassable: false));

    private static PyType Make(string name, PyType? @base, Type? native, bool subclassable = true, string module = "builtins")
    {
        var bases = @base == null ? Array.Empty<PyType>() : new[] { @base };
        var t = new PyType(name, bases, new PyDict(), null, heapType: false)
        {
            NativeClass = native,
            AllowsSubclassing = subclassable,
            HasInstanceDict = false,
        };
        t.NativeBase = native != null ? t : @base?.NativeBase;
        t.Mro = PyType.ComputeMro(t);
        t.Dict.SetStr("__module__", new PyStr(module));
        return t;
    }

    private static PyType Exc(string name, PyType @base)
    {
        var t = Make(name, @base, typeof(PyBaseException));
        t.IsBaseException = true;
        t.HasInstanceDict = true;
        return t;
    }

    private static PyType ExcMulti(string name, PyType a, PyType b)
    {
        var t = new PyType(name, new[] { a, b }, new PyDict(), null, heapType: false)
        {
            NativeClass = typeof(PyBaseException),
            IsBaseException = true,
        };
        t.NativeBase = t;
        t.Mro = PyType.ComputeMro(t);
        t.Dict.SetStr("__module__", new PyStr("builtins"));
        return t;
    }
}
