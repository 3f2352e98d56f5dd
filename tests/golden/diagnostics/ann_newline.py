# tree-sitter accepts an annotation on the next line; CPython ends the
# statement at the newline after the colon (invalid syntax there).
prifinally:
nt(1)
