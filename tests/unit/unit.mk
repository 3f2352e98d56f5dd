# Unit tests of the compiler's own libraries (tests/unit/test_*.c).
TEST_SUITES += unit

UNIT_COMMON_OBJS := $(filter $(BUILD)/src/common/%,$(COMPILER_OBJS))

$(BUILD)/tests/unit/test_common: tests/unit/test_common.c tests/unit/unit.h $(UNIT_COMMON_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Isrc -Itests/unit $(PKG_CFLAGS) tests/unit/test_common.c $(UNIT_COMMON_OBJS) -o $@ $(PKG_LIBS)

.PHONY: unit
unit: $(BUILD)/tests/unit/test_common
	@$(BUILD)/tests/unit/test_common
