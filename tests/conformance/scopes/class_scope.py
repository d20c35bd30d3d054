# Class scope is not visible from methods or nested functions/comprehensions.
name = "module name"
class Widget:
    name = "class name"
    size = 10
    def method(self):
        return name
    def method_explicit(self):
        return self.name, Widget.name, type(self).size
    doubled = size * 2
    items = [name for _ in range(1)]
print(Widget().method())
print(Widget().method_explicit())
print(Widget.doubled, Widget.items)
def make():
    local_val = "function local"
    class Inner:
        attr = local_val
        def get(self):
            return local_val
    return Inner
I = make()
print(I.attr, I().get())
class Counter:
    count = 0
    def bump(self):
        try:
            count += 1
        except UnboundLocalError as e:
            return f"UnboundLocalError: {e}"
print(Counter().bump())
class A:
    x = 1
    class B:
        try:
            y = x
        except NameError as e:
            y = f"NameError: {e}"
print(A.B.y)
class Shadow:
    print = "class attribute named print"
    def show(self):
        print("builtin print still used in method")
Shadow().show()
print(Shadow.print)
def func_in_class_scope():
    v = "enclosing function"
    class K:
        v = "class level"
        def m(self):
            return v
    return K().m()
print(func_in_class_scope())
