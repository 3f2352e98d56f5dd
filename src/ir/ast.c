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

static void each(const AstList *l, AstChildFn fn, void *ctx) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]) fn(l->items[i], ctx);
}

void ast_for_each_child(const AstNode *n, AstChildFn fn, void *ctx) {
#define ONE(x) do { if (x) fn((x), ctx); } while (0)
#define EACH(l) each(&(l), fn, ctx)
    switch (n->kind) {
    case AST_MODULE: EACH(n->u.module.body); return;
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        ONE(n->u.function_def.args);
        EACH(n->u.function_def.body);
        EACH(n->u.function_def.decorator_list);
        ONE(n->u.function_def.returns);
        return;
    case AST_CLASS_DEF:
        EACH(n->u.class_def.bases);
        EACH(n->u.class_def.keywords);
        EACH(n->u.class_def.body);
        EACH(n->u.class_def.decorator_list);
        return;
    case AST_RETURN: ONE(n->u.return_.value); return;
    case AST_DELETE: EACH(n->u.delete_.targets); return;
    case AST_ASSIGN: EACH(n->u.assign.targets); ONE(n->u.assign.value); return;
    case AST_AUG_ASSIGN: ONE(n->u.aug_assign.target); ONE(n->u.aug_assign.value); return;
    case AST_ANN_ASSIGN: ONE(n->u.ann_assign.target); ONE(n->u.ann_assign.annotation); ONE(n->u.ann_assign.value); return;
    case AST_FOR:
    case AST_ASYNC_FOR:
        ONE(n->u.for_.target);
        ONE(n->u.for_.iter);
        EACH(n->u.for_.body);
        EACH(n->u.for_.orelse);
        return;
    case AST_WHILE: ONE(n->u.while_.test); EACH(n->u.while_.body); EACH(n->u.while_.orelse); return;
    case AST_IF: ONE(n->u.if_.test); EACH(n->u.if_.body); EACH(n->u.if_.orelse); return;
    case AST_WITH:
    case AST_ASYNC_WITH: EACH(n->u.with.items); EACH(n->u.with.body); return;
    case AST_MATCH: ONE(n->u.match.subject); EACH(n->u.match.cases); return;
    case AST_RAISE: ONE(n->u.raise.exc); ONE(n->u.raise.cause); return;
    case AST_TRY:
    case AST_TRY_STAR:
        EACH(n->u.try_.body);
        EACH(n->u.try_.handlers);
        EACH(n->u.try_.orelse);
        EACH(n->u.try_.finalbody);
        return;
    case AST_ASSERT: ONE(n->u.assert_.test); ONE(n->u.assert_.msg); return;
    case AST_IMPORT: EACH(n->u.import.names); return;
    case AST_IMPORT_FROM: EACH(n->u.import_from.names); return;
    case AST_EXPR: ONE(n->u.expr.value); return;
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: return;

    case AST_BOOL_OP: EACH(n->u.bool_op.values); return;
    case AST_NAMED_EXPR: ONE(n->u.named_expr.target); ONE(n->u.named_expr.value); return;
    case AST_BIN_OP: ONE(n->u.bin_op.left); ONE(n->u.bin_op.right); return;
    case AST_UNARY_OP: ONE(n->u.unary_op.operand); return;
    case AST_LAMBDA: ONE(n->u.lambda.args); ONE(n->u.lambda.body); return;
    case AST_IF_EXP: ONE(n->u.if_exp.test); ONE(n->u.if_exp.body); ONE(n->u.if_exp.orelse); return;
    case AST_DICT: EACH(n->u.dict.keys); EACH(n->u.dict.values); return;
    case AST_SET: EACH(n->u.set.elts); return;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP: ONE(n->u.comp.elt); EACH(n->u.comp.generators); return;
    case AST_DICT_COMP: ONE(n->u.dict_comp.key); ONE(n->u.dict_comp.value); EACH(n->u.dict_comp.generators); return;
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM: ONE(n->u.await_yield.value); return;
    case AST_COMPARE: ONE(n->u.compare.left); EACH(n->u.compare.comparators); return;
    case AST_CALL: ONE(n->u.call.func); EACH(n->u.call.args); EACH(n->u.call.keywords); return;
    case AST_FORMATTED_VALUE: ONE(n->u.formatted_value.value); ONE(n->u.formatted_value.format_spec); return;
    case AST_JOINED_STR: EACH(n->u.joined_str.values); return;
    case AST_CONSTANT: return;
    case AST_ATTRIBUTE: ONE(n->u.attribute.value); return;
    case AST_SUBSCRIPT: ONE(n->u.subscript.value); ONE(n->u.subscript.slice); return;
    case AST_STARRED: ONE(n->u.starred.value); return;
    case AST_NAME: return;
    case AST_LIST:
    case AST_TUPLE: EACH(n->u.seq.elts); return;
    case AST_SLICE: ONE(n->u.slice.lower); ONE(n->u.slice.upper); ONE(n->u.slice.step); return;

    case AST_COMPREHENSION:
        ONE(n->u.comprehension.target);
        ONE(n->u.comprehension.iter);
        EACH(n->u.comprehension.ifs);
        return;
    case AST_EXCEPT_HANDLER: ONE(n->u.except_handler.type); EACH(n->u.except_handler.body); return;
    case AST_ARGUMENTS:
        EACH(n->u.arguments.posonlyargs);
        EACH(n->u.arguments.args);
        ONE(n->u.arguments.vararg);
        EACH(n->u.arguments.kwonlyargs);
        EACH(n->u.arguments.kw_defaults);
        ONE(n->u.arguments.kwarg);
        EACH(n->u.arguments.defaults);
        return;
    case AST_ARG: ONE(n->u.arg.annotation); return;
    case AST_KEYWORD: ONE(n->u.keyword.value); return;
    case AST_ALIAS: return;
    case AST_WITHITEM: ONE(n->u.withitem.context_expr); ONE(n->u.withitem.optional_vars); return;
    case AST_MATCH_CASE: ONE(n->u.match_case.pattern); ONE(n->u.match_case.guard); EACH(n->u.match_case.body); return;

    case AST_MATCH_VALUE: ONE(n->u.match_value.value); return;
    case AST_MATCH_SINGLETON: return;
    case AST_MATCH_SEQUENCE: EACH(n->u.match_sequence.patterns); return;
    case AST_MATCH_MAPPING: EACH(n->u.match_mapping.keys); EACH(n->u.match_mapping.patterns); return;
    case AST_MATCH_CLASS:
        ONE(n->u.match_class.cls);
        EACH(n->u.match_class.patterns);
        EACH(n->u.match_class.kwd_patterns);
        return;
    case AST_MATCH_STAR: return;
    case AST_MATCH_AS: ONE(n->u.match_as.pattern); return;
    case AST_MATCH_OR: EACH(n->u.match_or.patterns); return;
    case AST_KIND_COUNT: break;
    }
#undef ONE
#undef EACH
    INTERNAL_ERROR("bad AST kind %d", (int)n->kind);
}
