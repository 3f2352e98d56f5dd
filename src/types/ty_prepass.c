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

static void pre_node(Pre *pr, const AstNode *n);

static void pre_child(const AstNode *n, void *pr) { pre_node(pr, n); }

static void pre_list(Pre *pr, const AstList *l) {
    for (int i = 0; i < l->len; i++) pre_node(pr, l->items[i]);
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

/* A binding by an identifier that may be absent (`except E:`, `case [*_]:`). */
static void note_bind_opt(Pre *pr, const char *name, const AstNode *binder) {
    if (name) note_bind(pr, pr->cur, name, binder);
}

static const char *const dynamic_names[] = {"setattr", "delattr", "globals", "vars", "locals", "exec", "eval",
                                            "__import__", "compile", NULL};
static const char *const dynamic_modules[] = {"__main__", "builtins", "inspect", "ctypes", "gc", "importlib",
                                              "copyreg", NULL};

/* Attributes whose use makes the program dynamic, when named at all, also
 * as a string (getattr); `__class__` only when stored (below). */
static const char *const dynamic_attrs[] = {"__dict__", "__setattr__", "__code__", "__globals__", NULL};

static bool listed(const char *s, const char *const *list) {
    for (; *list; list++)
        if (strcmp(s, *list) == 0) return true;
    return false;
}

/* listed() for text that is not NUL-terminated (a str constant). */
static bool listed_text(const char *s, size_t len, const char *const *list) {
    for (; *list; list++)
        if (strlen(*list) == len && memcmp(s, *list, len) == 0) return true;
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
        pre_list(pr, &args->u.arguments.defaults);
        pre_list(pr, &args->u.arguments.kw_defaults);
        return; /* (parameter annotations: not evaluated, no scopes in resolve.c) */
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
    pre_node(pr, gens->items[0]->u.comprehension.iter);
    TyScope *saved = enter(pr, e);
    for (int i = 0; i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        pre_node(pr, g->u.comprehension.target);
        if (i > 0) pre_node(pr, g->u.comprehension.iter);
        pre_list(pr, &g->u.comprehension.ifs);
    }
    if (e->kind == AST_DICT_COMP) {
        pre_node(pr, e->u.dict_comp.key);
        pre_node(pr, e->u.dict_comp.value);
    } else {
        pre_node(pr, e->u.comp.elt);
    }
    pr->cur = saved;
}

static void pre_def(Pre *pr, const AstNode *s) {
    pre_list(pr, &s->u.function_def.decorator_list);
    pre_args(pr, s->u.function_def.args, true); /* (not the return annotation either) */
    note_bind(pr, pr->cur, s->u.function_def.name.name, s);
    TyScope *outer = pr->cur;
    TyScope *saved = enter(pr, s);
    TyScope *inner = pr->cur;
    pr->cur = outer;
    new_func(pr, s, inner);
    pr->cur = inner;
    pre_args(pr, s->u.function_def.args, false);
    pre_list(pr, &s->u.function_def.body);
    pr->cur = saved;
}

static void pre_class(Pre *pr, const AstNode *s) {
    TyProgram *p = pr->p;
    pre_list(pr, &s->u.class_def.decorator_list);
    pre_list(pr, &s->u.class_def.bases);
    pre_list(pr, &s->u.class_def.keywords);
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
    pre_list(pr, &s->u.class_def.body);
    pr->cur = saved;
}

static void pre_import(Pre *pr, const AstNode *s) {
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
}

/* Every node of the program once (NULL: none), in the order of CPython's
 * fields (ast_for_each_child): the order of the bindings is the order of a
 * module's globals. The kinds that bind names, open scopes or make the
 * program dynamic are handled here; the others are only their children. */
static void pre_node(Pre *pr, const AstNode *n) {
    if (!n) return;
    switch (n->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: pre_def(pr, n); return;
    case AST_CLASS_DEF: pre_class(pr, n); return;
    case AST_ANN_ASSIGN: /* the annotation only where it is evaluated: module and class bodies */
        pre_node(pr, n->u.ann_assign.target);
        pre_node(pr, n->u.ann_assign.value);
        if (pr->cur->rs->kind == RES_MODULE || pr->cur->rs->kind == RES_CLASS) pre_node(pr, n->u.ann_assign.annotation);
        return;
    case AST_IMPORT:
    case AST_IMPORT_FROM: pre_import(pr, n); return;
    case AST_NAME:
        if (n->u.name.ctx != AST_LOAD) note_bind(pr, pr->cur, n->u.name.id, n);
        else if (listed(n->u.name.id, dynamic_names)) pr->p->dynamic = true;
        else if (strcmp(n->u.name.id, "getattr") == 0) VEC_PUSH(&pr->p->esc_methods, "*");
        return;
    case AST_NAMED_EXPR: /* the value first, as it runs */
        pre_node(pr, n->u.named_expr.value);
        pre_node(pr, n->u.named_expr.target);
        return;
    case AST_LAMBDA: {
        pre_args(pr, n->u.lambda.args, true);
        TyScope *saved = enter(pr, n);
        new_func(pr, n, pr->cur);
        pre_args(pr, n->u.lambda.args, false);
        pre_node(pr, n->u.lambda.body);
        pr->cur = saved;
        return;
    }
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP: pre_comp(pr, n); return;
    case AST_ATTRIBUTE: {
        const char *a = n->u.attribute.attr.name;
        if (listed(a, dynamic_attrs) || (strcmp(a, "__class__") == 0 && n->u.attribute.ctx != AST_LOAD))
            pr->p->dynamic = true;
        break;
    }
    case AST_CONSTANT:
        /* getattr(o, "__dict__")[k] = v writes attributes as o.__dict__ does */
        if (n->u.constant.kind == AST_CONST_STR && listed_text(n->u.constant.data, n->u.constant.len, dynamic_attrs))
            pr->p->dynamic = true;
        return;
    case AST_EXCEPT_HANDLER:
        pre_node(pr, n->u.except_handler.type);
        note_bind_opt(pr, n->u.except_handler.name.name, n);
        pre_list(pr, &n->u.except_handler.body);
        return;
    case AST_ARGUMENTS: return; /* (pre_args) */
    case AST_MATCH_MAPPING:
        ast_for_each_child(n, pre_child, pr);
        note_bind_opt(pr, n->u.match_mapping.rest.name, n);
        return;
    case AST_MATCH_STAR: note_bind_opt(pr, n->u.match_star.name.name, n); return;
    case AST_MATCH_AS:
        pre_node(pr, n->u.match_as.pattern);
        note_bind_opt(pr, n->u.match_as.name.name, n);
        return;
    case AST_MODULE:
    AST_CASES_STMT_JUMP:
    AST_CASES_STMT_COMPOUND:
    case AST_DELETE: case AST_ASSIGN: case AST_AUG_ASSIGN: case AST_ASSERT: case AST_GLOBAL: case AST_NONLOCAL:
    case AST_EXPR: case AST_PASS:
    case AST_BOOL_OP: case AST_BIN_OP: case AST_UNARY_OP: case AST_IF_EXP: case AST_DICT: case AST_SET:
    case AST_AWAIT: case AST_YIELD: case AST_YIELD_FROM: case AST_COMPARE: case AST_CALL:
    case AST_FORMATTED_VALUE: case AST_JOINED_STR: case AST_SUBSCRIPT: case AST_STARRED:
    case AST_LIST: case AST_TUPLE: case AST_SLICE:
    case AST_COMPREHENSION: case AST_ARG: case AST_KEYWORD: case AST_ALIAS: case AST_WITHITEM: case AST_MATCH_CASE:
    case AST_MATCH_VALUE: case AST_MATCH_SINGLETON: case AST_MATCH_SEQUENCE: case AST_MATCH_CLASS: case AST_MATCH_OR:
    case AST_KIND_COUNT: break;
    }
    ast_for_each_child(n, pre_child, pr);
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

void ty_prepass(TyProgram *p) {
    for (int m = 0; m < p->nmods; m++) {
        Pre pr = {p, m, p->mods[m].scope};
        pre_node(&pr, p->mods[m].ast->root);
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
