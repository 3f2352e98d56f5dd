# The registry of the runtime's standard-library modules
# (py2c_stdlib_modules.h): every `PY2C_STDLIB_MODULE("name", init_fn);` line
# of runtime/src/*.c becomes X("name", init_fn) in PY2C_STDLIB_MODULES, sorted
# by name. The runtime (module.c: import) and the compiler (which imports are
# valid) both include it. Rewritten only when its text changes, so touching a
# runtime file does not rebuild the compiler. Included by the Makefile after
# unicode_db.mk (which puts $(BUILD)/gen/runtime on the include path).
STDLIB_MODULES_H := $(BUILD)/gen/runtime/py2c_stdlib_modules.h

$(STDLIB_MODULES_H): $(wildcard runtime/src/*.c) tools/stdlib_modules.sh
	@mkdir -p $(@D)
	@tools/stdlib_modules.sh runtime/src $@

$(BUILD)/runtime/src/module.o: $(STDLIB_MODULES_H)
