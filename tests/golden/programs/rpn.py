# An RPN calculator REPL reading commands with input() until EOF.
import sys

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}


def number(tok):
    try:
        return int(tok)
    except ValueError:
        return float(tok)


def evaluate(line, stack):
    for tok in line.split():
        if tok in OPS:
            if len(stack) < 2:
                raise IndexError(f"'{tok}' needs two operands, stack has {len(stack)}")
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(OPS[tok](a, b))
            except ZeroDivisionError:
                stack.extend([a, b])
                raise
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-2:] = stack[-2:][::-1]
        elif tok == "clear":
            stack.clear()
        elif tok == "sum":
            total = sum(stack)
            stack[:] = [total]
        else:
            stack.append(number(tok))
    return stack


stack = []
count = 0
while True:
    try:
        line = input()
    except EOFError:
        print("<eof>")
        break
    count += 1
    if line.strip() == "quit":
        print("bye")
        break
    if not line.strip():
        continue
    try:
        evaluate(line, stack)
    except ZeroDivisionError as e:
        print(f"{count}: error: {e}", file=sys.stderr)
    except (IndexError, ValueError) as e:
        print(f"{count}: {type(e).__name__}: {e}")
    print(f"{count}: {line.strip():<18} -> {stack}")
print("final:", stack[-1] if stack else None, "lines:", count)
