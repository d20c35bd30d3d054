"""Abstract base classes (CPython 3.11's abc): ABCMeta, ABC, abstractmethod and friends."""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """Decorator marking a method abstract: a class with abstract methods cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use `classmethod` with `abstractmethod`."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use `staticmethod` with `abstractmethod`."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use `property` with `abstractmethod`."""
    __isabstractmethod__ = True


# Bumped by every register() call, so caches keyed on it notice new virtual subclasses.
_abc_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token: it changes whenever a virtual subclass is registered."""
    return _abc_invalidation_counter


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass of abstract base classes: abstract methods, virtual subclasses (`register`)
    and `__subclasshook__`."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, "__abstractmethods__", None)
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with abstract "
                f"method{'s' if len(names) > 1 else ''} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow use as a decorator."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the abstract methods of an abstract class (after methods were added later)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclassing ABC makes a class an abstract base class."""
    __slots__ = ()
