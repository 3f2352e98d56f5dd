f"""{f'{f"{x}"}'}"""
f"{x:{'>' if a else '<'}{w}}"
f"{x!r:{fill}{align}{width}}"
f"{'{'}{'}'}"
f"{a['b']:>10} and {c.d!s}"
f"result: {value:{width}.{precision}}"
f"{'nested' + f'{inner!r}'}"
f"{x:{{}}>10}" if 0 else None
f"{3:{4}}" "plain" f"{5}"
name = "x"; f"{name=}" f"{name=!s}" f"{name=:>10}"
f"""{'multi'
}"""
f"""{
x
!r}"""
