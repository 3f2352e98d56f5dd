# The Unicode name table for \N{NAME} escapes (src/frontend/unicode_names.h),
# generated from python3's unicodedata; never committed. Included by the
# Makefile, which adds $(UNICODE_NAMES_OBJ) to COMPILER_OBJS. The object lives
# with the frontend's (build/src/frontend/) so that every link of the frontend
# objects (bin/py2c, tests/frontend/sweep.mk) picks it up.
UNICODE_NAMES_C := $(BUILD)/gen/unicode_names_table.c
UNICODE_NAMES_OBJ := $(BUILD)/src/frontend/unicode_names_table.o

$(UNICODE_NAMES_C): tools/gen_unicode_names.py
	@mkdir -p $(@D)
	$(PYTHON) tools/gen_unicode_names.py $@

$(UNICODE_NAMES_OBJ): $(UNICODE_NAMES_C)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -Isrc -c $< -o $@
