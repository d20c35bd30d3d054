# Lists used as stacks, queues, and deques (without collections).
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok in "+-*":
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
    else:
        stack.append(int(tok))
    print(tok, stack)
print("RPN result:", stack.pop())
queue = []
for i in range(5):
    queue.append(f"job{i}")
processed = []
while queue:
    job = queue.pop(0)
    processed.append(job)
    if job == "job1":
        queue.append("job1-retry")
print(processed)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
ring = list(range(1, 8))
order = []
idx = 0
while ring:
    idx = (idx + 2) % len(ring)
    order.append(ring.pop(idx))
print("josephus order:", order)
