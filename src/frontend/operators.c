/* Arithmetic, bitwise, unary and await expressions.
 *
 * tree-sitter-python's precedences differ from Python's in places (it binds
 * `^` tighter than `&`, and `await` looser than `**`), so its tree for
 * `a & b ^ c` or `await x ** 2` is not CPython's. The operator tree is
 * therefore flattened back into its token sequence (operands, prefix and
 * infix operators; a parenthesized or other non-operator node is one operand)
 * and parsed again with CPython's grammar:
 *
 *   bitwise_or:  bitwise_xor ('|' bitwise_xor)*
 *   bitwise_xor: bitwise_and ('^' bitwise_and)*
 *   bitwise_and: shift ('&' shift)*
 *   shift:       sum (('<<' | '>>') sum)*
 *   sum:         term (('+' | '-') term)*
 *   term:        factor (('*' | '/' | '//' | '%' | '@') factor)*
 *   factor:      ('+' | '-' | '~') factor | power
 *   power:       await_primary ['**' factor]
 *   await_primary: 'await' primary | primary
 */
#include "frontend/fe_convert.h"

#include <string.h>

typedef enum TokKind { TOK_OPERAND, TOK_PREFIX, TOK_INFIX } TokKind;

typedef struct Tok {
    TokKind kind;
    TSNode node; /* the operand, or the operator token */
} Tok;

typedef VEC(Tok) TokVec;

typedef struct OpParser {
    FeCtx *c;
    TokVec toks;
    int pos;
    bool failed;
    TSNode splat; /* the star tree-sitter put on the first operand (see expr.c), or null */
} OpParser;

static bool is_operator_node(TSNode n) {
    return fe_is(n, "binary_operator") || fe_is(n, "unary_operator") || fe_is(n, "await");
}

static void flatten(TSNode n, TokVec *out) {
    if (!is_operator_node(n)) {
        VEC_PUSH(out, ((Tok){TOK_OPERAND, n}));
        return;
    }
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    bool binary = fe_is(n, "binary_operator");
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (ts_node_is_named(k)) flatten(k, out);
        else VEC_PUSH(out, ((Tok){binary && i > 0 ? TOK_INFIX : TOK_PREFIX, k}));
    }
    VEC_FREE(&kids);
}

static const Tok *peek(OpParser *p) { return p->pos < p->toks.len ? &p->toks.items[p->pos] : NULL; }

static bool peek_infix(OpParser *p, const char *const *ops) {
    const Tok *t = peek(p);
    if (!t || t->kind != TOK_INFIX) return false;
    for (; *ops; ops++)
        if (fe_is(t->node, *ops)) return true;
    return false;
}

static AstNode *fail(OpParser *p, Span span) {
    if (!p->failed) fe_error_span(p->c, span, "invalid syntax");
    p->failed = true;
    return fe_bad_expr(p->c, span);
}

static AstOp infix_op(TSNode t) {
    static const struct { const char *tok; AstOp op; } ops[] = {
        {"+", AST_OP_ADD}, {"-", AST_OP_SUB}, {"*", AST_OP_MULT}, {"@", AST_OP_MAT_MULT},
        {"/", AST_OP_DIV}, {"%", AST_OP_MOD}, {"**", AST_OP_POW}, {"<<", AST_OP_LSHIFT},
        {">>", AST_OP_RSHIFT}, {"|", AST_OP_BIT_OR}, {"^", AST_OP_BIT_XOR}, {"&", AST_OP_BIT_AND},
        {"//", AST_OP_FLOOR_DIV},
    };
    for (size_t i = 0; i < ARRAY_LEN(ops); i++)
        if (fe_is(t, ops[i].tok)) return ops[i].op;
    return AST_OP_ADD;
}

static AstNode *binop(OpParser *p, AstNode *left, TSNode op, AstNode *right) {
    AstNode *e = ast_new(p->c->arena, AST_BIN_OP, fe_span_join(left->span, right->span));
    e->u.bin_op.left = left;
    e->u.bin_op.op = infix_op(op);
    e->u.bin_op.right = right;
    return e;
}

/* The span of an operand is its CST node's, parentheses included; the AST
 * node inside keeps its own span. Operator nodes are built with the outer
 * spans by keeping them in a side value: */
typedef struct Operand {
    AstNode *e;
    Span outer;
} Operand;

static Operand factor(OpParser *p);

static Operand primary(OpParser *p) {
    const Tok *t = peek(p);
    if (!t) {
        Span sp = p->toks.len ? fe_span(p->toks.items[p->toks.len - 1].node) : (Span){0};
        return (Operand){fail(p, sp), sp};
    }
    if (t->kind != TOK_OPERAND) {
        Span sp = fe_span(t->node);
        p->pos++;
        return (Operand){fail(p, sp), sp};
    }
    p->pos++;
    TSNode n = t->node;
    if (!ts_node_is_null(p->splat) && p->pos == 1) {
        if (ts_node_eq(n, p->splat)) {
            TSNode inner = fe_first_named(n);
            if (!ts_node_is_null(inner)) return (Operand){fe_expr(p->c, inner), fe_span(n)};
        } else if (ts_node_eq(fe_leading_splat(n), p->splat)) {
            return (Operand){fe_expr_unstarred(p->c, n, p->splat), fe_span(n)};
        }
    }
    return (Operand){fe_expr(p->c, n), fe_span(n)};
}

/* power: ['await'] primary ['**' factor] */
static Operand power(OpParser *p) {
    const Tok *t = peek(p);
    Operand base;
    if (t && t->kind == TOK_PREFIX && fe_is(t->node, "await")) {
        Span start = fe_span(t->node);
        p->pos++;
        const Tok *next = peek(p);
        if (!next || next->kind != TOK_OPERAND) return (Operand){fail(p, start), start}; /* `await -x` */
        Operand inner = primary(p);
        Span sp = fe_span_join(start, inner.outer);
        AstNode *e = ast_new(p->c->arena, AST_AWAIT, sp);
        e->u.await_yield.value = inner.e;
        base = (Operand){e, sp};
    } else {
        base = primary(p);
    }
    static const char *const pow_ops[] = {"**", NULL};
    if (peek_infix(p, pow_ops)) {
        TSNode op = peek(p)->node;
        p->pos++;
        Operand right = factor(p);
        Span sp = fe_span_join(base.outer, right.outer);
        AstNode *e = binop(p, base.e, op, right.e);
        e->span = sp;
        return (Operand){e, sp};
    }
    return base;
}

/* factor: ('+' | '-' | '~') factor | power */
static Operand factor(OpParser *p) {
    const Tok *t = peek(p);
    if (t && t->kind == TOK_PREFIX && !fe_is(t->node, "await")) {
        TSNode op = t->node;
        p->pos++;
        Operand inner = factor(p);
        Span sp = fe_span_join(fe_span(op), inner.outer);
        AstNode *e = ast_new(p->c->arena, AST_UNARY_OP, sp);
        e->u.unary_op.op = fe_is(op, "-") ? AST_OP_USUB : fe_is(op, "~") ? AST_OP_INVERT : AST_OP_UADD;
        e->u.unary_op.operand = inner.e;
        return (Operand){e, sp};
    }
    return power(p);
}

/* The left-associative levels, loosest first. */
static const char *const level_ops[][6] = {
    {"|", NULL},
    {"^", NULL},
    {"&", NULL},
    {"<<", ">>", NULL},
    {"+", "-", NULL},
    {"*", "/", "//", "%", "@", NULL},
};

static Operand level(OpParser *p, int lv) {
    if (lv == (int)ARRAY_LEN(level_ops)) return factor(p);
    Operand left = level(p, lv + 1);
    while (peek_infix(p, level_ops[lv])) {
        TSNode op = peek(p)->node;
        p->pos++;
        Operand right = level(p, lv + 1);
        Span sp = fe_span_join(left.outer, right.outer);
        AstNode *e = binop(p, left.e, op, right.e);
        e->span = sp;
        left = (Operand){e, sp};
    }
    return left;
}

AstNode *fe_operators(FeCtx *c, TSNode n) {
    OpParser p = {c, {0}, 0, false, fe_leading_splat(n)};
    flatten(n, &p.toks);
    Operand r = level(&p, 0);
    if (p.pos != p.toks.len && !p.failed) fail(&p, fe_span(p.toks.items[p.pos].node));
    VEC_FREE(&p.toks);
    if (ts_node_is_null(p.splat)) return r.e;
    /* `*a + b` is Starred(BinOp(a + b)) in CPython. */
    TSNode inner = fe_first_named(p.splat);
    if (!ts_node_is_null(inner)) fe_fix_left_spine(r.e, fe_span(p.splat), fe_span(inner));
    AstNode *s = ast_new(c->arena, AST_STARRED, fe_span(n));
    s->u.starred.value = r.e;
    return s;
}
