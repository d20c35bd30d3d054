# conformance: full-stderr
# An exception raised as a bare class: the last line is just the class name.
def pop_item(stack):
    if not stack:
        raise IndexError
    return stack.pop()


stack = [1]
print(pop_item(stack))
pop_item(stack)
