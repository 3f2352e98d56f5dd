/* Before inference: the scopes of every module (resolve.c), the functions and
 * classes of the program, how many times each variable is bound (a name bound
 * exactly once, by a `def` or `class`, denotes that definition wherever it is
 * read), and the dynamic features that make the analysis give up. */
#include <stdio.h>
#include <string.h>

#include "common/util.h"
#include "ir/ast_kinds.h"
#include "types/ty_internal.h"

typedef struct Pre {
    TyProgram *p;
    int module;
    TyScope *cur;
} Pre;

static void pre_expr(Pre *pr, const AstNode *e);
static void pre_stmts(Pre *pr, const AstList *l);

static void pre_exprs(Pre *pr, const AstList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]) pre_expr(pr, l->items[i]);
}

static void note_bind(Pre *pr, TyScope *s, const char *name, const AstNode *binder) {
    TyVar v = ty_resolve(pr->p, s, name);
    int *count = NULL;
    const AstNode **b = NULL;
    switch (v.how) {
    case TY_V_ENV:
    case TY_V_CELL:
    case TY_V_SUM:
        count = &v.owner->nbind[v.slot];
        b = &v.owner->binder[v.slot];
        break;
    case TY_V_GLOBAL: {
        int g = ty_global_slot(pr->p, v.owner, name);
        count = &v.owner->gnbind.items[g];
        b = &v.owner->gbinder.items[g];
        break;
    }
    case TY_V_BUILTIN: return;
    }
    (*count)++;
    *b = binder;
}

static const char *const dynamic_names[] = {"setattr", "delattr", "globals", "vars", "locals", "exec", "eval",
                                            "__import__", "compile", NULL};
static const char *const dynamic_modules[] = {"__main__", "builtins", "inspect", "ctypes", "gc", "importlib",
                                              "copyreg", NULL};

static bool listed(const char *s, const char *const *list) {
    for (; *list; list++)
        if (strcmp(s, *list) == 0) return true;
    return false;
}

static TyScope *enter(Pre *pr, const AstNode *node) {
    TyScope *saved = pr->cur;
    pr->cur = ty_scope_of(pr->p, node);
    return saved;
}

static void pre_args(Pre *pr, const AstNode *args, bool defaults_only) {
    const AstList *lists[] = {&args->u.arguments.posonlyargs, &args->u.arguments.args, &args->u.arguments.kwonlyargs};
    if (defaults_only) {
        pre_exprs(pr, &args->u.arguments.defaults);
        pre_exprs(pr, &args->u.arguments.kw_defaults);
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < lists[k]->len; i++)
                if (lists[k]->items[i]->u.arg.annotation) pre_expr(pr, lists[k]->items[i]->u.arg.annotation);
        return;
    }
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++)
            note_bind(pr, pr->cur, lists[k]->items[i]->u.arg.arg.name, lists[k]->items[i]);
    if (args->u.arguments.vararg) note_bind(pr, pr->cur, args->u.arguments.vararg->u.arg.arg.name, args->u.arguments.vararg);
    if (args->u.arguments.kwarg) note_bind(pr, pr->cur, args->u.arguments.kwarg->u.arg.arg.name, args->u.arguments.kwarg);
}

static TyFunc *new_func(Pre *pr, const AstNode *node, TyScope *sc) {
    TyFunc *f = ARENA_NEW(&pr->p->arena, TyFunc);
    f->node = node;
    f->sc = sc;
    sc->fn = f;
    f->generator = sc->rs->generator;
    f->is_async = node->kind == AST_ASYNC_FUNCTION_DEF;
    f->gen_site = ty_site(pr->p, node, 1, -1);
    f->outer = pr->cur;
    if (pr->cur->cls && node->kind != AST_LAMBDA) f->cls = pr->cur->cls;
    /* lambdas, async functions and the functions of imported modules are
     * called from places the analysis does not follow */
    f->escaped = node->kind != AST_FUNCTION_DEF || pr->module > 0;
    if (node->kind != AST_LAMBDA && node->u.function_def.decorator_list.len > 0) f->decorated = f->escaped = true;
    if (f->cls && node->kind != AST_LAMBDA) {
        const char *n = node->u.function_def.name.name;
        size_t len = strlen(n);
        bool dunder = len > 4 && n[0] == '_' && n[1] == '_' && n[len - 1] == '_' && n[len - 2] == '_';
        /* binary operators' methods: their calls through `a + b` are followed */
        if (dunder && strcmp(n, "__init__") != 0 && !ty_is_op_method(n)) f->escaped = true;
    }
    VEC_PUSH(&pr->p->funcs, f);
    return f;
}

static void pre_comp(Pre *pr, const AstNode *e) {
    const AstList *gens = e->kind == AST_DICT_COMP ? &e->u.dict_comp.generators : &e->u.comp.generators;
    pre_expr(pr, gens->items[0]->u.comprehension.iter);
    TyScope *saved = enter(pr, e);
    for (int i = 0; i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        pre_expr(pr, g->u.comprehension.target);
        if (i > 0) pre_expr(pr, g->u.comprehension.iter);
        pre_exprs(pr, &g->u.comprehension.ifs);
    }
    if (e->kind == AST_DICT_COMP) {
        pre_expr(pr, e->u.dict_comp.key);
        pre_expr(pr, e->u.dict_comp.value);
    } else {
        pre_expr(pr, e->u.comp.elt);
    }
    pr->cur = saved;
}

static void pre_expr(Pre *pr, const AstNode *e) {
    switch (e->kind) {
    case AST_NAME:
        if (e->u.name.ctx != AST_LOAD) note_bind(pr, pr->cur, e->u.name.id, e);
        else if (listed(e->u.name.id, dynamic_names)) pr->p->dynamic = true;
        else if (strcmp(e->u.name.id, "getattr") == 0) VEC_PUSH(&pr->p->esc_methods, "*");
        return;
    case AST_BOOL_OP: pre_exprs(pr, &e->u.bool_op.values); return;
    case AST_NAMED_EXPR: pre_expr(pr, e->u.named_expr.value); pre_expr(pr, e->u.named_expr.target); return;
    case AST_BIN_OP: pre_expr(pr, e->u.bin_op.left); pre_expr(pr, e->u.bin_op.right); return;
    case AST_UNARY_OP: pre_expr(pr, e->u.unary_op.operand); return;
    case AST_LAMBDA: {
        pre_args(pr, e->u.lambda.args, true);
        TyScope *saved = enter(pr, e);
        new_func(pr, e, pr->cur);
        pre_args(pr, e->u.lambda.args, false);
        pre_expr(pr, e->u.lambda.body);
        pr->cur = saved;
        return;
    }
    case AST_IF_EXP:
        pre_expr(pr, e->u.if_exp.test);
        pre_expr(pr, e->u.if_exp.body);
        pre_expr(pr, e->u.if_exp.orelse);
        return;
    case AST_DICT: pre_exprs(pr, &e->u.dict.keys); pre_exprs(pr, &e->u.dict.values); return;
    case AST_SET: pre_exprs(pr, &e->u.set.elts); return;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP: pre_comp(pr, e); return;
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM:
        if (e->u.await_yield.value) pre_expr(pr, e->u.await_yield.value);
        return;
    case AST_COMPARE: pre_expr(pr, e->u.compare.left); pre_exprs(pr, &e->u.compare.comparators); return;
    case AST_CALL:
        pre_expr(pr, e->u.call.func);
        pre_exprs(pr, &e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.len; i++) pre_expr(pr, e->u.call.keywords.items[i]->u.keyword.value);
        return;
    case AST_FORMATTED_VALUE:
        pre_expr(pr, e->u.formatted_value.value);
        if (e->u.formatted_value.format_spec) pre_expr(pr, e->u.formatted_value.format_spec);
        return;
    case AST_JOINED_STR: pre_exprs(pr, &e->u.joined_str.values); return;
    case AST_CONSTANT: return;
    case AST_ATTRIBUTE: {
        const char *a = e->u.attribute.attr.name;
        if (strcmp(a, "__dict__") == 0 || (strcmp(a, "__class__") == 0 && e->u.attribute.ctx != AST_LOAD) ||
            strcmp(a, "__setattr__") == 0 || strcmp(a, "__code__") == 0 || strcmp(a, "__globals__") == 0)
            pr->p->dynamic = true;
        pre_expr(pr, e->u.attribute.value);
        return;
    }
    case AST_SUBSCRIPT: pre_expr(pr, e->u.subscript.value); pre_expr(pr, e->u.subscript.slice); return;
    case AST_STARRED: pre_expr(pr, e->u.starred.value); return;
    case AST_LIST:
    case AST_TUPLE: pre_exprs(pr, &e->u.seq.elts); return;
    case AST_SLICE:
        if (e->u.slice.lower) pre_expr(pr, e->u.slice.lower);
        if (e->u.slice.upper) pre_expr(pr, e->u.slice.upper);
        if (e->u.slice.step) pre_expr(pr, e->u.slice.step);
        return;
    AST_CASES_STMT:
    AST_CASES_OTHER: break;
    }
}

static void pre_pattern(Pre *pr, const AstNode *pt) {
    switch (pt->kind) {
    case AST_MATCH_VALUE: pre_expr(pr, pt->u.match_value.value); return;
    case AST_MATCH_SINGLETON: return;
    case AST_MATCH_SEQUENCE:
        for (int i = 0; i < pt->u.match_sequence.patterns.len; i++) pre_pattern(pr, pt->u.match_sequence.patterns.items[i]);
        return;
    case AST_MATCH_MAPPING:
        pre_exprs(pr, &pt->u.match_mapping.keys);
        for (int i = 0; i < pt->u.match_mapping.patterns.len; i++) pre_pattern(pr, pt->u.match_mapping.patterns.items[i]);
        if (pt->u.match_mapping.rest.name) note_bind(pr, pr->cur, pt->u.match_mapping.rest.name, pt);
        return;
    case AST_MATCH_CLASS:
        pre_expr(pr, pt->u.match_class.cls);
        for (int i = 0; i < pt->u.match_class.patterns.len; i++) pre_pattern(pr, pt->u.match_class.patterns.items[i]);
        for (int i = 0; i < pt->u.match_class.kwd_patterns.len; i++)
            pre_pattern(pr, pt->u.match_class.kwd_patterns.items[i]);
        return;
    case AST_MATCH_STAR:
        if (pt->u.match_star.name.name) note_bind(pr, pr->cur, pt->u.match_star.name.name, pt);
        return;
    case AST_MATCH_AS:
        if (pt->u.match_as.pattern) pre_pattern(pr, pt->u.match_as.pattern);
        if (pt->u.match_as.name.name) note_bind(pr, pr->cur, pt->u.match_as.name.name, pt);
        return;
    case AST_MATCH_OR:
        for (int i = 0; i < pt->u.match_or.patterns.len; i++) pre_pattern(pr, pt->u.match_or.patterns.items[i]);
        return;
    AST_CASES_NOT_PATTERN: break;
    }
}

static void pre_class(Pre *pr, const AstNode *s) {
    TyProgram *p = pr->p;
    pre_exprs(pr, &s->u.class_def.decorator_list);
    pre_exprs(pr, &s->u.class_def.bases);
    for (int i = 0; i < s->u.class_def.keywords.len; i++) pre_expr(pr, s->u.class_def.keywords.items[i]->u.keyword.value);
    note_bind(pr, pr->cur, s->u.class_def.name.name, s);
    TyScope *saved = enter(pr, s);
    TyClass *c = ARENA_NEW(&p->arena, TyClass);
    c->id = p->classes.len;
    c->node = s;
    c->sc = pr->cur;
    c->qualname = pr->cur->rs->qualname;
    c->module = pr->module;
    pr->cur->cls = c;
    c->opaque_new = s->u.class_def.decorator_list.len > 0 || s->u.class_def.keywords.len > 0 ||
                    c->id >= TY_MAX_CLASSES;
    VEC_PUSH(&p->classes, c);
    pre_stmts(pr, &s->u.class_def.body);
    pr->cur = saved;
}

/* Bases are resolved after the pre-pass (they may name classes defined later
 * in a function body... or, normally, before). */
static void resolve_bases(TyProgram *p) {
    for (int i = 0; i < p->classes.len; i++) {
        TyClass *c = p->classes.items[i];
        const AstList *bases = &c->node->u.class_def.bases;
        for (int k = 0; k < bases->len; k++) {
            const AstNode *b = bases->items[k];
            TyClass *bc = NULL;
            if (b->kind == AST_NAME) {
                TyVar v = ty_resolve(p, c->sc->rs->parent ? ty_scope_of_rs(p, c->sc->rs->parent) : c->sc, b->u.name.id);
                const AstNode *binder = ty_var_binder(p, &v, b->u.name.id);
                if (binder && binder->kind == AST_CLASS_DEF) {
                    /* (not ty_class_id: it says -1 past TY_MAX_CLASSES) */
                    const TyScope *bsc = ty_scope_of(p, binder);
                    bc = bsc ? bsc->cls : NULL;
                }
                else if (v.how == TY_V_BUILTIN && strcmp(b->u.name.id, "object") == 0) continue;
                else if (v.how == TY_V_BUILTIN) {
                    c->foreign_base = true; /* Exception, int, dict...: instances still of exactly c */
                    continue;
                }
            }
            if (bc) VEC_PUSH(&c->bases, bc);
            else c->foreign_base = c->opaque_new = true;
        }
        if (bases->len > 1) c->foreign_base = true; /* MRO not modelled */
    }
    /* classes defining __new__ or descriptor hooks anywhere up their bases */
    for (int i = 0; i < p->classes.len; i++) {
        TyClass *c = p->classes.items[i];
        for (TyClass *k = c; k; k = k->bases.len ? k->bases.items[0] : NULL) {
            const char *hooks[] = {"__new__", "__getattr__", "__getattribute__", "__setattr__", "__delattr__",
                                   "__slots__", "__init_subclass__", "__class_getitem__"};
            for (size_t h = 0; h < ARRAY_LEN(hooks); h++)
                if (res_lookup(k->sc->rs, hooks[h])) {
                    if (h == 2) c->getattribute = true;
                    c->foreign_base = true;
                    if (h == 0 || h == 6) c->opaque_new = true;
                }
            if (res_lookup(k->sc->rs, "__get__") || res_lookup(k->sc->rs, "__set__")) p->descriptors = true;
            if (k->foreign_base) c->foreign_base = true;
            if (k->opaque_new) c->opaque_new = true;
        }
    }
    /* Instances that the analysis cannot name (made by a metaclass, a class
     * decorator or __new__, or of a class past TY_MAX_CLASSES) are `any`:
     * every method they find may be called from anywhere. */
    for (int i = 0; i < p->classes.len; i++) {
        TyClass *c = p->classes.items[i];
        if (!c->opaque_new && c->id < TY_MAX_CLASSES) continue;
        for (TyClass *k = c; k; k = k->bases.len ? k->bases.items[0] : NULL) k->inst_escaped = true;
    }
}

static void pre_stmt(Pre *pr, const AstNode *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: {
        pre_exprs(pr, &s->u.function_def.decorator_list);
        pre_args(pr, s->u.function_def.args, true);
        if (s->u.function_def.returns) pre_expr(pr, s->u.function_def.returns);
        note_bind(pr, pr->cur, s->u.function_def.name.name, s);
        TyScope *outer = pr->cur;
        TyScope *saved = enter(pr, s);
        TyScope *inner = pr->cur;
        pr->cur = outer;
        new_func(pr, s, inner);
        pr->cur = inner;
        pre_args(pr, s->u.function_def.args, false);
        pre_stmts(pr, &s->u.function_def.body);
        pr->cur = saved;
        return;
    }
    case AST_CLASS_DEF: pre_class(pr, s); return;
    case AST_RETURN:
        if (s->u.return_.value) pre_expr(pr, s->u.return_.value);
        return;
    case AST_DELETE: pre_exprs(pr, &s->u.delete_.targets); return;
    case AST_ASSIGN: pre_exprs(pr, &s->u.assign.targets); pre_expr(pr, s->u.assign.value); return;
    case AST_AUG_ASSIGN: pre_expr(pr, s->u.aug_assign.target); pre_expr(pr, s->u.aug_assign.value); return;
    case AST_ANN_ASSIGN:
        pre_expr(pr, s->u.ann_assign.target);
        if (s->u.ann_assign.value) pre_expr(pr, s->u.ann_assign.value);
        return;
    case AST_FOR:
    case AST_ASYNC_FOR:
        pre_expr(pr, s->u.for_.target);
        pre_expr(pr, s->u.for_.iter);
        pre_stmts(pr, &s->u.for_.body);
        pre_stmts(pr, &s->u.for_.orelse);
        return;
    case AST_WHILE:
        pre_expr(pr, s->u.while_.test);
        pre_stmts(pr, &s->u.while_.body);
        pre_stmts(pr, &s->u.while_.orelse);
        return;
    case AST_IF:
        pre_expr(pr, s->u.if_.test);
        pre_stmts(pr, &s->u.if_.body);
        pre_stmts(pr, &s->u.if_.orelse);
        return;
    case AST_WITH:
    case AST_ASYNC_WITH:
        for (int i = 0; i < s->u.with.items.len; i++) {
            const AstNode *w = s->u.with.items.items[i];
            pre_expr(pr, w->u.withitem.context_expr);
            if (w->u.withitem.optional_vars) pre_expr(pr, w->u.withitem.optional_vars);
        }
        pre_stmts(pr, &s->u.with.body);
        return;
    case AST_MATCH:
        pre_expr(pr, s->u.match.subject);
        for (int i = 0; i < s->u.match.cases.len; i++) {
            const AstNode *c = s->u.match.cases.items[i];
            pre_pattern(pr, c->u.match_case.pattern);
            if (c->u.match_case.guard) pre_expr(pr, c->u.match_case.guard);
            pre_stmts(pr, &c->u.match_case.body);
        }
        return;
    case AST_RAISE:
        if (s->u.raise.exc) pre_expr(pr, s->u.raise.exc);
        if (s->u.raise.cause) pre_expr(pr, s->u.raise.cause);
        return;
    case AST_TRY:
    case AST_TRY_STAR:
        pre_stmts(pr, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.len; i++) {
            const AstNode *h = s->u.try_.handlers.items[i];
            if (h->u.except_handler.type) pre_expr(pr, h->u.except_handler.type);
            if (h->u.except_handler.name.name) note_bind(pr, pr->cur, h->u.except_handler.name.name, h);
            pre_stmts(pr, &h->u.except_handler.body);
        }
        pre_stmts(pr, &s->u.try_.orelse);
        pre_stmts(pr, &s->u.try_.finalbody);
        return;
    case AST_ASSERT:
        pre_expr(pr, s->u.assert_.test);
        if (s->u.assert_.msg) pre_expr(pr, s->u.assert_.msg);
        return;
    case AST_IMPORT:
    case AST_IMPORT_FROM: {
        const AstList *names = s->kind == AST_IMPORT ? &s->u.import.names : &s->u.import_from.names;
        if (s->kind == AST_IMPORT_FROM && s->u.import_from.module && listed(s->u.import_from.module, dynamic_modules))
            pr->p->dynamic = true;
        for (int i = 0; i < names->len; i++) {
            const AstNode *a = names->items[i];
            char first[256];
            snprintf(first, sizeof first, "%s", a->u.alias.name);
            char *dot = strchr(first, '.');
            if (dot) *dot = 0;
            const char *bound = a->u.alias.asname.name ? a->u.alias.asname.name : first;
            if (strcmp(a->u.alias.name, "*") == 0 || (s->kind == AST_IMPORT && listed(first, dynamic_modules)) ||
                listed(a->u.alias.name, dynamic_modules)) {
                pr->p->dynamic = true;
                continue;
            }
            note_bind(pr, pr->cur, arena_strdup(&pr->p->arena, bound), s);
        }
        return;
    }
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: return;
    case AST_EXPR: pre_expr(pr, s->u.expr.value); return;
    AST_CASES_NOT_STMT: break;
    }
}

static void pre_stmts(Pre *pr, const AstList *l) {
    for (int i = 0; i < l->len; i++) pre_stmt(pr, l->items[i]);
}

void ty_prepass(TyProgram *p) {
    for (int m = 0; m < p->nmods; m++) {
        Pre pr = {p, m, p->mods[m].scope};
        pre_stmts(&pr, &p->mods[m].ast->root->u.module.body);
    }
    resolve_bases(p);
    /* A def whose name is bound more than once (another def, an assignment)
     * is no longer what its name denotes: calls through the name are not
     * followed, so its parameters take anything. */
    for (int i = 0; i < p->funcs.len; i++) {
        TyFunc *f = p->funcs.items[i];
        if (f->escaped || f->node->kind == AST_LAMBDA) continue;
        const char *name = f->node->u.function_def.name.name;
        TyVar v = ty_resolve(p, f->outer, name);
        if (ty_var_binder(p, &v, name) != f->node) f->escaped = true;
    }
}
