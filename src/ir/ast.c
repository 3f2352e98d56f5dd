#include "ir/ast.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"

static const char *const kind_names[] = {
#define X(k, name, cat) name,
    AST_KINDS(X)
#undef X
};

static const AstCategory kind_categories[] = {
#define X(k, name, cat) cat,
    AST_KINDS(X)
#undef X
};

static const char *const op_names[] = {
#define X(k, name) name,
    AST_OPS(X)
#undef X
};

AstNode *ast_new(Arena *a, AstKind kind, Span span) {
    AstNode *n = ARENA_NEW(a, AstNode);
    n->kind = kind;
    n->span = span;
    return n;
}

const char *ast_kind_name(AstKind kind) {
    if ((unsigned)kind >= AST_KIND_COUNT) INTERNAL_ERROR("bad AST kind %d", (int)kind);
    return kind_names[kind];
}

AstCategory ast_kind_category(AstKind kind) {
    if ((unsigned)kind >= AST_KIND_COUNT) INTERNAL_ERROR("bad AST kind %d", (int)kind);
    return kind_categories[kind];
}

const char *ast_op_name(AstOp op) {
    if ((unsigned)op >= AST_OP_COUNT) INTERNAL_ERROR("bad AST operator %d", (int)op);
    return op_names[op];
}

const char *ast_ctx_name(AstCtx ctx) {
    switch (ctx) {
    case AST_LOAD: return "Load";
    case AST_STORE: return "Store";
    case AST_DEL: return "Del";
    }
    INTERNAL_ERROR("bad expression context %d", (int)ctx);
}

AstList ast_list_from(Arena *a, AstNode *const *items, int len) {
    AstList l = {NULL, len};
    if (len > 0) {
        l.items = ARENA_NEW_ARRAY(a, AstNode *, len);
        memcpy(l.items, items, sizeof(AstNode *) * (size_t)len);
    }
    return l;
}

void ast_module_free(AstModule *m) {
    if (!m) return;
    arena_free(&m->arena);
    free(m);
}
