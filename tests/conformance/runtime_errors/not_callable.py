# TypeError: 'list' object is not callable (shadowed builtin-style mistake).
handlers = [print, len]
handlers[0]("handler 0 works")
print(handlers[1]("abc"))
list_of_names = ["a", "b"]
result = list_of_names(0)
