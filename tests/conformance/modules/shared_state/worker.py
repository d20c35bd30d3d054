import state


def work(n):
    for i in range(n):
        state.counter += 1
        state.items.append(i)


def report():
    return f"counter={state.counter} items={state.items}"
