/* AST -> IR for the module body: expression statements built from literals,
 * operators and print() calls. Everything else is reported as
 * "unsupported: ... is not supported yet" at its location, so that py2c never
 * emits C that behaves differently from CPython. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "lower/lower.h"
#include "lower/lw_internal.h"

/* The runtime's small-int range (runtime/include/py2c/value.h). */
#define LW_SMALL_INT_MIN (-((int64_t)1 << 47))
#define LW_SMALL_INT_MAX (((int64_t)1 << 47) - 1)

void lw_unsupported(LwCtx *c, Span span, const char *what_fmt, ...) {
    char what[256];
    va_list ap;
    va_start(ap, what_fmt);
    vsnprintf(what, sizeof what, what_fmt, ap);
    va_end(ap);
    diag_error(c->diags, c->src, span, "unsupported: %s is not supported yet", what);
}

/* How a construct is named in "unsupported" diagnostics. */
static const char *describe(AstKind k) {
    switch (k) {
    case AST_MODULE: return "a module";
    case AST_FUNCTION_DEF: return "a function definition";
    case AST_ASYNC_FUNCTION_DEF: return "an async function definition";
    case AST_CLASS_DEF: return "a class definition";
    case AST_RETURN: return "'return'";
    case AST_DELETE: return "'del'";
    case AST_ASSIGN: return "assignment";
    case AST_AUG_ASSIGN: return "augmented assignment";
    case AST_ANN_ASSIGN: return "annotated assignment";
    case AST_FOR: return "a 'for' loop";
    case AST_ASYNC_FOR: return "an 'async for' loop";
    case AST_WHILE: return "a 'while' loop";
    case AST_IF: return "an 'if' statement";
    case AST_WITH: return "a 'with' statement";
    case AST_ASYNC_WITH: return "an 'async with' statement";
    case AST_MATCH: return "a 'match' statement";
    case AST_RAISE: return "'raise'";
    case AST_TRY: return "a 'try' statement";
    case AST_TRY_STAR: return "a 'try'/'except*' statement";
    case AST_ASSERT: return "'assert'";
    case AST_IMPORT: return "'import'";
    case AST_IMPORT_FROM: return "'from ... import'";
    case AST_GLOBAL: return "'global'";
    case AST_NONLOCAL: return "'nonlocal'";
    case AST_EXPR: return "an expression statement";
    case AST_PASS: return "'pass'";
    case AST_BREAK: return "'break'";
    case AST_CONTINUE: return "'continue'";
    case AST_BOOL_OP: return "'and'/'or'";
    case AST_NAMED_EXPR: return "an assignment expression (:=)";
    case AST_BIN_OP: return "this binary operator";
    case AST_UNARY_OP: return "this unary operator";
    case AST_LAMBDA: return "a lambda";
    case AST_IF_EXP: return "a conditional expression";
    case AST_DICT: return "a dict display";
    case AST_SET: return "a set display";
    case AST_LIST_COMP: return "a list comprehension";
    case AST_SET_COMP: return "a set comprehension";
    case AST_DICT_COMP: return "a dict comprehension";
    case AST_GENERATOR_EXP: return "a generator expression";
    case AST_AWAIT: return "'await'";
    case AST_YIELD: return "'yield'";
    case AST_YIELD_FROM: return "'yield from'";
    case AST_COMPARE: return "this comparison";
    case AST_CALL: return "this call";
    case AST_FORMATTED_VALUE: return "an f-string";
    case AST_JOINED_STR: return "an f-string";
    case AST_CONSTANT: return "this literal";
    case AST_ATTRIBUTE: return "attribute access";
    case AST_SUBSCRIPT: return "subscription";
    case AST_STARRED: return "a starred expression";
    case AST_NAME: return "a name";
    case AST_LIST: return "a list display";
    case AST_TUPLE: return "a tuple";
    case AST_SLICE: return "a slice";
    case AST_COMPREHENSION: return "a comprehension";
    case AST_EXCEPT_HANDLER: return "an 'except' clause";
    case AST_ARGUMENTS: return "parameters";
    case AST_ARG: return "a parameter";
    case AST_KEYWORD: return "a keyword argument";
    case AST_ALIAS: return "an import alias";
    case AST_WITHITEM: return "a 'with' item";
    case AST_MATCH_CASE: return "a 'case' clause";
    case AST_MATCH_VALUE:
    case AST_MATCH_SINGLETON:
    case AST_MATCH_SEQUENCE:
    case AST_MATCH_MAPPING:
    case AST_MATCH_CLASS:
    case AST_MATCH_STAR:
    case AST_MATCH_AS:
    case AST_MATCH_OR: return "a 'case' pattern";
    case AST_KIND_COUNT: break;
    }
    INTERNAL_ERROR("bad AST kind %d", (int)k);
}

static const IrOperand absent = {IR_OPND_ABSENT, 0};

static IrOperand add_const(LwCtx *c, IrConst k) {
    if (k.kind == IR_CONST_STR) k.str_id = c->nstrs++;
    VEC_PUSH(&c->consts, k);
    return (IrOperand){IR_OPND_CONST, c->consts.len - 1};
}

/* Appends an instruction writing a new temporary; returns that temporary. */
static IrOperand emit(LwCtx *c, IrInstrKind kind, int op, IrOperand *args, int nargs, int loc) {
    IrInstr in = {kind, op, c->ntemps++, NULL, nargs, absent, absent, loc};
    if (nargs > 0) {
        in.args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, nargs);
        memcpy(in.args, args, sizeof(IrOperand) * (size_t)nargs);
    }
    VEC_PUSH(&c->instrs, in);
    return (IrOperand){IR_OPND_TEMP, in.dest};
}

static IrOperand lower_expr(LwCtx *c, const AstNode *e);

static IrOperand lower_constant(LwCtx *c, const AstNode *e) {
    const AstConst *k = &e->u.constant;
    switch (k->kind) {
    case AST_CONST_NONE: return add_const(c, (IrConst){.kind = IR_CONST_NONE});
    case AST_CONST_TRUE: return add_const(c, (IrConst){.kind = IR_CONST_BOOL, .i = 1});
    case AST_CONST_FALSE: return add_const(c, (IrConst){.kind = IR_CONST_BOOL, .i = 0});
    case AST_CONST_INT:
        if (!k->fits_i64 || k->i64 < LW_SMALL_INT_MIN || k->i64 > LW_SMALL_INT_MAX) {
            lw_unsupported(c, e->span, "an integer literal beyond 2**47 (big ints)");
            return absent;
        }
        return add_const(c, (IrConst){.kind = IR_CONST_INT, .i = k->i64});
    case AST_CONST_FLOAT: return add_const(c, (IrConst){.kind = IR_CONST_FLOAT, .f = k->f});
    case AST_CONST_STR:
        return add_const(c, (IrConst){.kind = IR_CONST_STR, .data = k->data, .len = k->len,
                                      .nchars = (uint32_t)utf8_count(k->data, k->len)});
    case AST_CONST_ELLIPSIS: lw_unsupported(c, e->span, "the Ellipsis literal"); return absent;
    case AST_CONST_IMAG: lw_unsupported(c, e->span, "a complex literal"); return absent;
    case AST_CONST_BYTES: lw_unsupported(c, e->span, "a bytes literal"); return absent;
    }
    INTERNAL_ERROR("bad constant kind %d", (int)k->kind);
}

static IrOperand lower_binop(LwCtx *c, const AstNode *e) {
    IrBinOp op;
    switch (e->u.bin_op.op) {
    case AST_OP_ADD: op = IR_BIN_ADD; break;
    case AST_OP_SUB: op = IR_BIN_SUB; break;
    case AST_OP_MULT: op = IR_BIN_MUL; break;
    case AST_OP_DIV: op = IR_BIN_TRUEDIV; break;
    case AST_OP_FLOOR_DIV: op = IR_BIN_FLOORDIV; break;
    case AST_OP_MOD: op = IR_BIN_MOD; break;
    case AST_OP_POW: op = IR_BIN_POW; break;
    case AST_OP_LSHIFT: op = IR_BIN_LSHIFT; break;
    case AST_OP_RSHIFT: op = IR_BIN_RSHIFT; break;
    case AST_OP_BIT_AND: op = IR_BIN_BITAND; break;
    case AST_OP_BIT_OR: op = IR_BIN_BITOR; break;
    case AST_OP_BIT_XOR: op = IR_BIN_BITXOR; break;
    default: /* the @ operator; other AstOps never appear in a BinOp */
        lw_unsupported(c, e->span, "the '%s' operator", e->u.bin_op.op == AST_OP_MAT_MULT ? "@" : ast_op_name(e->u.bin_op.op));
        return absent;
    }
    IrOperand args[2] = {lower_expr(c, e->u.bin_op.left), lower_expr(c, e->u.bin_op.right)};
    return emit(c, IR_BINARY, op, args, 2, lw_loc(c, e));
}

static IrOperand lower_unary(LwCtx *c, const AstNode *e) {
    IrUnOp op;
    switch (e->u.unary_op.op) {
    case AST_OP_USUB: op = IR_UN_NEG; break;
    case AST_OP_UADD: op = IR_UN_POS; break;
    case AST_OP_INVERT: op = IR_UN_INVERT; break;
    case AST_OP_NOT: op = IR_UN_NOT; break;
    default: INTERNAL_ERROR("bad unary operator %s", ast_op_name(e->u.unary_op.op));
    }
    /* -5 and -2.5 are constants, as CPython's AST optimizer makes them (this
     * also admits -2**47, whose digits alone are out of range). */
    const AstNode *x = e->u.unary_op.operand;
    if ((op == IR_UN_NEG || op == IR_UN_POS) && x->kind == AST_CONSTANT) {
        const AstConst *k = &x->u.constant;
        int64_t v = op == IR_UN_NEG ? -k->i64 : k->i64;
        if (k->kind == AST_CONST_INT && k->fits_i64 && k->i64 > INT64_MIN && v >= LW_SMALL_INT_MIN &&
            v <= LW_SMALL_INT_MAX)
            return add_const(c, (IrConst){.kind = IR_CONST_INT, .i = v});
        if (k->kind == AST_CONST_FLOAT)
            return add_const(c, (IrConst){.kind = IR_CONST_FLOAT, .f = op == IR_UN_NEG ? -k->f : k->f});
    }
    IrOperand arg = lower_expr(c, x);
    return emit(c, IR_UNARY, op, &arg, 1, lw_loc(c, e));
}

static IrOperand lower_compare(LwCtx *c, const AstNode *e) {
    if (e->u.compare.op_count != 1) {
        lw_unsupported(c, e->span, "a chained comparison");
        return absent;
    }
    IrCmpOp op;
    switch (e->u.compare.ops[0]) {
    case AST_OP_EQ: op = IR_CMP_EQ; break;
    case AST_OP_NOT_EQ: op = IR_CMP_NE; break;
    case AST_OP_LT: op = IR_CMP_LT; break;
    case AST_OP_LT_E: op = IR_CMP_LE; break;
    case AST_OP_GT: op = IR_CMP_GT; break;
    case AST_OP_GT_E: op = IR_CMP_GE; break;
    case AST_OP_IS:
    case AST_OP_IS_NOT: lw_unsupported(c, e->span, "an 'is' comparison"); return absent;
    case AST_OP_IN:
    case AST_OP_NOT_IN: lw_unsupported(c, e->span, "an 'in' test"); return absent;
    default: INTERNAL_ERROR("bad comparison operator %s", ast_op_name(e->u.compare.ops[0]));
    }
    IrOperand args[2] = {lower_expr(c, e->u.compare.left), lower_expr(c, e->u.compare.comparators.items[0])};
    return emit(c, IR_COMPARE, op, args, 2, lw_loc(c, e));
}

/* print(*args, sep=..., end=...): positional arguments and the keywords sep
 * and end, evaluated in source order. */
static IrOperand lower_print(LwCtx *c, const AstNode *e) {
    int n = e->u.call.args.len;
    IrOperand *args = n ? ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n) : NULL;
    for (int i = 0; i < n; i++) {
        const AstNode *a = e->u.call.args.items[i];
        if (a->kind == AST_STARRED) {
            lw_unsupported(c, a->span, "a starred argument (*args)");
            args[i] = absent;
            continue;
        }
        args[i] = lower_expr(c, a);
    }
    IrOperand sep = absent, end = absent;
    for (int i = 0; i < e->u.call.keywords.len; i++) {
        const AstNode *kw = e->u.call.keywords.items[i];
        const char *name = kw->u.keyword.arg.name;
        if (!name) {
            lw_unsupported(c, kw->span, "a keyword argument unpacking (**kwargs)");
        } else if (strcmp(name, "sep") == 0) {
            sep = lower_expr(c, kw->u.keyword.value);
        } else if (strcmp(name, "end") == 0) {
            end = lower_expr(c, kw->u.keyword.value);
        } else {
            lw_unsupported(c, kw->span, "the keyword argument '%s' of print()", name);
        }
    }
    IrOperand r = emit(c, IR_PRINT, 0, args, 0, lw_loc(c, e));
    IrInstr *in = &VEC_LAST(&c->instrs);
    in->args = args;
    in->nargs = n;
    in->sep = sep;
    in->end = end;
    return r;
}

static IrOperand lower_call(LwCtx *c, const AstNode *e) {
    const AstNode *f = e->u.call.func;
    if (f->kind == AST_NAME && strcmp(f->u.name.id, "print") == 0) return lower_print(c, e);
    if (f->kind == AST_NAME) lw_unsupported(c, f->span, "calling '%s'", f->u.name.id);
    else lw_unsupported(c, f->span, "calling %s", describe(f->kind));
    return absent;
}

static IrOperand lower_expr(LwCtx *c, const AstNode *e) {
    switch (e->kind) {
    case AST_CONSTANT: return lower_constant(c, e);
    case AST_BIN_OP: return lower_binop(c, e);
    case AST_UNARY_OP: return lower_unary(c, e);
    case AST_COMPARE: return lower_compare(c, e);
    case AST_CALL: return lower_call(c, e);
    case AST_NAME:
        if (strcmp(e->u.name.id, "print") == 0) lw_unsupported(c, e->span, "'print' used as a value");
        else lw_unsupported(c, e->span, "the name '%s'", e->u.name.id);
        return absent;
    case AST_BOOL_OP:
    case AST_NAMED_EXPR:
    case AST_LAMBDA:
    case AST_IF_EXP:
    case AST_DICT:
    case AST_SET:
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP:
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM:
    case AST_FORMATTED_VALUE:
    case AST_JOINED_STR:
    case AST_ATTRIBUTE:
    case AST_SUBSCRIPT:
    case AST_STARRED:
    case AST_LIST:
    case AST_TUPLE:
    case AST_SLICE: lw_unsupported(c, e->span, "%s", describe(e->kind)); return absent;
    case AST_MODULE:
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
    case AST_CLASS_DEF:
    case AST_RETURN:
    case AST_DELETE:
    case AST_ASSIGN:
    case AST_AUG_ASSIGN:
    case AST_ANN_ASSIGN:
    case AST_FOR:
    case AST_ASYNC_FOR:
    case AST_WHILE:
    case AST_IF:
    case AST_WITH:
    case AST_ASYNC_WITH:
    case AST_MATCH:
    case AST_RAISE:
    case AST_TRY:
    case AST_TRY_STAR:
    case AST_ASSERT:
    case AST_IMPORT:
    case AST_IMPORT_FROM:
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_EXPR:
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE:
    case AST_COMPREHENSION:
    case AST_EXCEPT_HANDLER:
    case AST_ARGUMENTS:
    case AST_ARG:
    case AST_KEYWORD:
    case AST_ALIAS:
    case AST_WITHITEM:
    case AST_MATCH_CASE:
    case AST_MATCH_VALUE:
    case AST_MATCH_SINGLETON:
    case AST_MATCH_SEQUENCE:
    case AST_MATCH_MAPPING:
    case AST_MATCH_CLASS:
    case AST_MATCH_STAR:
    case AST_MATCH_AS:
    case AST_MATCH_OR:
    case AST_KIND_COUNT: break;
    }
    INTERNAL_ERROR("%s node in expression position", ast_kind_name(e->kind));
}

static void end_stmt(LwCtx *c, int line) {
    IrStmt s = {line, NULL, c->instrs.len};
    if (s.ninstrs > 0) {
        s.instrs = ARENA_NEW_ARRAY(&c->m->arena, IrInstr, s.ninstrs);
        memcpy(s.instrs, c->instrs.items, sizeof(IrInstr) * (size_t)s.ninstrs);
    }
    VEC_PUSH(&c->stmts, s);
    if (c->ntemps > c->max_temps) c->max_temps = c->ntemps;
    c->instrs.len = 0;
    c->ntemps = 0;
}

static void lower_stmt(LwCtx *c, const AstNode *s) {
    switch (ast_kind_category(s->kind)) {
    case AST_CAT_STMT: break;
    case AST_CAT_MOD:
    case AST_CAT_EXPR:
    case AST_CAT_AUX:
    case AST_CAT_PATTERN: INTERNAL_ERROR("%s node in statement position", ast_kind_name(s->kind));
    }
    if (s->kind == AST_PASS) return;
    if (s->kind != AST_EXPR) {
        lw_unsupported(c, s->span, "%s", describe(s->kind));
        return;
    }
    /* A lone constant (a docstring) does nothing; CPython drops it too. */
    if (s->u.expr.value->kind == AST_CONSTANT) return;
    (void)lower_expr(c, s->u.expr.value);
    end_stmt(c, s->span.line);
}

/* "dir/my-prog.py" -> "my-prog" */
static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* A C identifier fragment for a module name: letters, digits and '_' stay,
 * any other byte becomes _XX (hex). */
static const char *mangle_module(Arena *a, const char *name) {
    StrBuf sb;
    sb_init(&sb);
    for (const char *p = name; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')
            sb_putc(&sb, (char)ch);
        else
            sb_printf(&sb, "_%02X", ch);
    }
    const char *r = arena_strndup(a, sb.data, sb.len);
    sb_free(&sb);
    return r;
}

#define COPY_VEC(arena, T, v, out_items, out_len)                                 \
    do {                                                                          \
        (out_len) = (v).len;                                                      \
        (out_items) = NULL;                                                       \
        if ((v).len > 0) {                                                        \
            (out_items) = ARENA_NEW_ARRAY((arena), T, (v).len);                   \
            memcpy((out_items), (v).items, sizeof(T) * (size_t)(v).len);          \
        }                                                                         \
    } while (0)

IrModule *lw_lower(const AstModule *am, DiagList *diags) {
    IrModule *m = ir_module_new();
    LwCtx c = {.m = m, .src = am->src, .diags = diags};
    m->path = arena_strdup(&m->arena, am->src->path);
    m->file_name = arena_strdup(&m->arena, base_name(am->src->path));
    size_t n = strlen(m->file_name);
    m->module_name = arena_strndup(&m->arena, m->file_name, n > 3 && strcmp(m->file_name + n - 3, ".py") == 0 ? n - 3 : n);

    const AstList *body = &am->root->u.module.body;
    for (int i = 0; i < body->len; i++) lower_stmt(&c, body->items[i]);

    IrFunc *f = ARENA_NEW(&m->arena, IrFunc);
    f->py_name = "<module>";
    f->c_name = arena_printf(&m->arena, "mod_%s", mangle_module(&m->arena, m->module_name));
    f->ntemps = c.max_temps;
    COPY_VEC(&m->arena, IrStmt, c.stmts, f->stmts, f->nstmts);
    COPY_VEC(&m->arena, IrLoc, c.locs, f->locs, f->nlocs);
    COPY_VEC(&m->arena, IrConst, c.consts, m->consts, m->nconsts);
    m->body = f;
    VEC_FREE(&c.stmts);
    VEC_FREE(&c.locs);
    VEC_FREE(&c.consts);
    VEC_FREE(&c.instrs);
    return m;
}
