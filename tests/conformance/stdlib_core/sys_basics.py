# sys module: argv, path, modules, version_info, maxsize, byteorder-free checks.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("__main__" in sys.modules, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__)
main = sys.modules["__main__"]
marker = "module attribute"
print(main.marker)
print(sys.version_info >= (3, 11), sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor)
print(sys.version_info > (3,), sys.version_info < (4, 0), isinstance(sys.version, str))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31, type(sys.maxsize).__name__)
print(sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.maxunicode)
print(hasattr(sys, "exit"), callable(sys.exit), sys.platform in ("linux", "win32", "darwin"))
print(sys.stdout is not None, sys.stderr is not None, sys.stdin is not None)
print(sys.byteorder in ("little", "big"), isinstance(sys.executable, str))
print(sys.flags.optimize, sys.dont_write_bytecode in (True, False))
