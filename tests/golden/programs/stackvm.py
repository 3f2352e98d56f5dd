# A tiny stack-machine assembler and interpreter.
class VMError(Exception):
    def __init__(self, msg, pc=None):
        Exception.__init__(self, msg)
        self.pc = pc


PROGRAM = """
; compute factorials and a gcd
    push 1
    store i
loop:
    load i
    call fact
    print
    load i
    push 1
    add
    dup
    store i
    push 8
    lt
    jnz loop
    push 1071
    push 462
    call gcd
    print
    halt
fact:            ; n -> n!
    dup
    push 2
    lt
    jnz fact_base
    dup
    push 1
    sub
    call fact
    mul
    ret
fact_base:
    pop
    push 1
    ret
gcd:             ; a b -> gcd(a, b)
    dup
    jz gcd_done
    over_mod
    jmp gcd
gcd_done:
    pop
    ret
"""

ARITY = {"push": 1, "store": 1, "load": 1, "jnz": 1, "jz": 1, "jmp": 1, "call": 1}


def assemble(src):
    code, labels = [], {}
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        if len(args) != ARITY.get(op, 0):
            raise VMError(f"line {lineno}: {op} takes {ARITY.get(op, 0)} argument(s)")
        code.append((op, args[0] if args else None, lineno))
    resolved = []
    for op, arg, lineno in code:
        if op in ("jnz", "jz", "jmp", "call"):
            if arg not in labels:
                raise VMError(f"line {lineno}: unknown label {arg!r}")
            arg = labels[arg]
        elif op == "push":
            arg = int(arg)
        resolved.append((op, arg))
    return resolved, labels


def run(code, max_steps=100000, out=None):
    stack, frames, env = [], [], {}
    pc = steps = 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "lt": lambda a, b: int(a < b), "div": lambda a, b: a // b}
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded", pc)
        op, arg = code[pc]
        pc += 1
        try:
            if op == "push":
                stack.append(arg)
            elif op in binops:
                b = stack.pop()
                a = stack.pop()
                stack.append(binops[op](a, b))
            elif op == "dup":
                stack.append(stack[-1])
            elif op == "pop":
                stack.pop()
            elif op == "swap2":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op == "over_mod":
                b = stack.pop()
                a = stack.pop()
                stack.append(b)
                stack.append(a % b)
            elif op == "store":
                env[arg] = stack.pop()
            elif op == "load":
                stack.append(env[arg])
            elif op in ("jnz", "jz"):
                if (stack.pop() != 0) == (op == "jnz"):
                    pc = arg
            elif op == "jmp":
                pc = arg
            elif op == "call":
                frames.append(pc)
                pc = arg
            elif op == "ret":
                pc = frames.pop()
            elif op == "print":
                (out if out is not None else print)(stack.pop())
            elif op == "halt":
                return steps, stack
            else:
                raise VMError(f"bad opcode {op!r}", pc - 1)
        except IndexError:
            raise VMError("stack underflow", pc - 1) from None
        except KeyError as e:
            raise VMError(f"undefined variable {e}", pc - 1) from None


code, labels = assemble(PROGRAM)
print(len(code), "instructions;", "labels:", sorted(labels.items(), key=lambda kv: kv[1]))
steps, stack = run(code)
print("halted after", steps, "steps, stack", stack)
collected = []
run(code, out=collected.append)
print(collected, sum(collected[:-1]))
for bad in ["push", "jmp nowhere", "pop\nhalt", "load x\nhalt", "loop:\njmp loop", "frob\nhalt"]:
    try:
        c, _ = assemble(bad)
        run(c, max_steps=50)
    except VMError as e:
        print(f"{bad!r:20} -> {e} (pc={e.pc})")
