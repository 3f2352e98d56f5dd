# check: line+msg
x = f"{x}\N{NOT A NAME}"
