"""A module docstring: no code."""
pass
1 + 2 * 3
"unused"
print("done")
