# The Unicode database of the runtime's str (unicode_db.h, read by
# runtime/src/unicode.c), generated at build time by runtime/src/unicode_gen.py
# from python3's own str methods and unicodedata (python3.11: Unicode 14.0, the
# tables CPython 3.11 uses). Included by the Makefile after RUNTIME_CFLAGS is
# set:
#     include runtime/unicode_db.mk
# The header goes to $(BUILD)/gen/runtime/ (found through -I). While a
# committed runtime/src/unicode_db.h exists it wins (a quoted #include searches
# the including file's directory first), so this file can be included before
# that header is removed from the tree.
UNICODE_DB_H := $(BUILD)/gen/runtime/unicode_db.h
RUNTIME_CFLAGS += -I$(BUILD)/gen/runtime

$(UNICODE_DB_H): runtime/src/unicode_gen.py
	@mkdir -p $(@D)
	$(PYTHON) runtime/src/unicode_gen.py $@

# Explicit: the first build has no .d file yet to say that unicode.o needs it.
$(BUILD)/runtime/src/unicode.o: $(UNICODE_DB_H)
