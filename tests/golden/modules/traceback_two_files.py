# an exception raised in an imported module: the traceback names both files
import mod_raiser

print(mod_raiser.run([1, 2]))
mod_raiser.run([1, 2, 3])
