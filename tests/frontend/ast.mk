# Frontend AST suite: `py2c --emit=ast` against CPython's ast.parse on every
# tests/frontend/ast/*.py (see docs/ast-json.md). Also fails when a node kind,
# operator or ctx of src/ir/ast.h occurs in no test case.
TEST_SUITES += frontend-ast

.PHONY: frontend-ast
frontend-ast: bin/py2c
	@$(PYTHON) tests/frontend/ast_compare.py --py2c bin/py2c --require-kinds src/ir/ast.h tests/frontend/ast
