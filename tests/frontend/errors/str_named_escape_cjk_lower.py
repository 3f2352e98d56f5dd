# check: line+msg
x = "\N{cjk unified ideograph-4E00}"
