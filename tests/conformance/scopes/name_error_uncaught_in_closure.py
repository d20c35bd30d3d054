# Uncaught NameError for a free variable referenced before assignment in the enclosing scope.
def make_printer():
    def show():
        print("prefix is", prefix)
    show_ref = show
    show_ref()
    prefix = ">>"
    return show

make_printer()
