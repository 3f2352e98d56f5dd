/* Direct calls of known functions (issue #7, call overhead).
 *
 * `f(a, b)` where f is a module-level def that nothing else ever binds
 * lowers to a C call of f's body, `f_f(NULL, (Py2cValue[]){a, b})`, instead
 * of loading the global and dispatching on the callee's type at run time
 * (py2c_fast_call in py2c/abstract.h). It does exactly what py2c_fast_call
 * does for such a callee minus the dispatch: the body receives its
 * parameters as new references (a temporary argument is moved into the
 * call, anything else gets one), enters the recursion limit itself, and adds
 * its own traceback entry; the caller's call site is the same traceback
 * location as before.
 *
 * The callee f must be (all checked here, conservatively):
 *  - a plain `def` (not async, no decorators: they rebind the name), a
 *    statement of the module body itself (not nested in if/try/loops: it is
 *    lowered exactly once), that is not a generator, has no *args, **kwargs
 *    or keyword-only parameters and no free variables (so its body never
 *    looks at the function object: NULL is passed for it);
 *  - the only binding of its global name anywhere in the program: no other
 *    def/class/assignment/augmented or annotated assignment/for or with
 *    target/import/except-as/match capture/del of the name at module level,
 *    nor under `global f` in a function or class body, nor a walrus target
 *    of that name anywhere;
 *  - in a one-module program that cannot reach its own globals dynamically:
 *    no use of globals/vars/locals/exec/eval/compile/__import__, no import
 *    of __main__, builtins, importlib, inspect, gc or ctypes, no
 *    `from ... import *`, no attribute named modules, __globals__, __code__,
 *    f_globals, _getframe or __builtins__ (sys.modules[...].f = ... would
 *    rebind it through the module object).
 * The call must pass every positional parameter of f exactly once, without
 * starred arguments: positionally, or by keyword for the ones that are not
 * positional-only (the arguments are evaluated in the order of the source,
 * then placed in f's order; a keyword that would not bind leaves the call to
 * the generic path and its TypeError), from code that reads f as the global
 * (not a class body, where the class namespace comes first).
 *
 * The NameError check. The global stays bound from the moment the def runs
 * (nothing else binds or deletes it), so the check before the call is left
 * out where the def has certainly run: calls in code after the def's
 * statement (later module statements and everything defined in them), and
 * calls inside f's own body. Elsewhere (earlier statements, the def's own
 * default values, functions defined before it) the check stays, and a name
 * that is also a builtin (which an unbound global falls back to) keeps the
 * generic call there.
 *
 * The same walk serves lw_method.c (direct construction, method and
 * operator calls of program classes): the table also holds the class
 * statements of the module body (their names' bindings counted alike), and
 * the walk records every attribute store or deletion (name, receiver) so
 * that class attributes rebound at run time can be ruled out. */
#include <string.h>

#include "common/util.h"
#include "lower/lw_direct.h"

typedef struct Walk {
    LwCtx *c;
    LwDirectState *st;
} Walk;

static const char *const dynamic_names[] = {"globals", "vars", "locals", "exec", "eval", "compile", "__import__"};
static const char *const dynamic_modules[] = {"__main__", "builtins", "importlib", "inspect", "gc", "ctypes"};
static const char *const dynamic_attrs[] = {"modules", "__globals__", "__code__", "f_globals", "_getframe",
                                            "__builtins__"};

static const char *const reflective_names[] = {"setattr", "delattr"};
static const char *const reflective_attrs[] = {"__dict__", "__setattr__", "__delattr__"};

static bool in_list(const char *s, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, list[i]) == 0) return true;
    return false;
}

static LwDirect *find(LwDirectState *st, const char *name) {
    uint64_t h = name_key(NULL, name);
    size_t it;
    for (int i = name_index_first(&st->def_index, h, &it); i >= 0; i = name_index_next(&st->def_index, h, &it))
        if (strcmp(st->defs.items[i].name, name) == 0) return &st->defs.items[i];
    return NULL;
}

/* A binding of name in scope s (walrus: a NamedExpr target, whose scope the
 * walk does not work out: always counted). */
static void bind(Walk *w, const ResScope *s, const char *name, bool walrus) {
    if (!name) return;
    const char *mangled = res_mangle(s->private_arena, s->private_name, name);
    for (int k = 0; k < (mangled == name ? 1 : 2); k++) {
        const char *n = k == 0 ? name : mangled;
        LwDirect *d = find(w->st, n);
        if (!d) continue;
        bool global = walrus || s->kind == RES_MODULE;
        if (!global) {
            const ResSymbol *sym = res_lookup(s, n);
            global = !sym || sym->kind == RES_GLOBAL_EXPLICIT || sym->kind == RES_GLOBAL_IMPLICIT;
        }
        if (global) d->nbind++;
    }
}

static void walk(Walk *w, const ResScope *s, const AstNode *n);

static void walk_list(Walk *w, const ResScope *s, const AstList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]) walk(w, s, l->items[i]);
}

/* What a def or lambda evaluates where it stands: defaults. (py2c does not
 * evaluate parameter annotations, and resolve.c gives them no scopes.) */
static void walk_args_outside(Walk *w, const ResScope *s, const AstNode *args) {
    walk_list(w, s, &args->u.arguments.defaults);
    walk_list(w, s, &args->u.arguments.kw_defaults);
}

static void walk_comp(Walk *w, const ResScope *s, const AstNode *e, const AstList *gens) {
    walk(w, s, gens->items[0]->u.comprehension.iter);
    const ResScope *in = res_scope_of(&w->c->res, e);
    for (int i = 0; i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        walk(w, in, g->u.comprehension.target);
        if (i > 0) walk(w, in, g->u.comprehension.iter);
        walk_list(w, in, &g->u.comprehension.ifs);
    }
    if (e->kind == AST_DICT_COMP) {
        walk(w, in, e->u.dict_comp.key);
        walk(w, in, e->u.dict_comp.value);
    } else {
        walk(w, in, e->u.comp.elt);
    }
}

static void walk(Walk *w, const ResScope *s, const AstNode *n) {
    if (!n) return;
    switch (n->kind) {
    case AST_MODULE: walk_list(w, s, &n->u.module.body); return;
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        walk_list(w, s, &n->u.function_def.decorator_list);
        walk_args_outside(w, s, n->u.function_def.args);
        bind(w, s, n->u.function_def.name.name, false);
        walk_list(w, res_scope_of(&w->c->res, n), &n->u.function_def.body);
        return;
    case AST_CLASS_DEF:
        walk_list(w, s, &n->u.class_def.decorator_list);
        walk_list(w, s, &n->u.class_def.bases);
        walk_list(w, s, &n->u.class_def.keywords);
        bind(w, s, n->u.class_def.name.name, false);
        walk_list(w, res_scope_of(&w->c->res, n), &n->u.class_def.body);
        return;
    case AST_RETURN: walk(w, s, n->u.return_.value); return;
    case AST_DELETE: walk_list(w, s, &n->u.delete_.targets); return;
    case AST_ASSIGN:
        walk_list(w, s, &n->u.assign.targets);
        walk(w, s, n->u.assign.value);
        return;
    case AST_AUG_ASSIGN:
        walk(w, s, n->u.aug_assign.target);
        walk(w, s, n->u.aug_assign.value);
        return;
    case AST_ANN_ASSIGN:
        walk(w, s, n->u.ann_assign.target);
        walk(w, s, n->u.ann_assign.value);
        if (s->kind == RES_MODULE || s->kind == RES_CLASS) walk(w, s, n->u.ann_assign.annotation);
        return;
    case AST_FOR:
    case AST_ASYNC_FOR:
        walk(w, s, n->u.for_.target);
        walk(w, s, n->u.for_.iter);
        walk_list(w, s, &n->u.for_.body);
        walk_list(w, s, &n->u.for_.orelse);
        return;
    case AST_WHILE:
        walk(w, s, n->u.while_.test);
        walk_list(w, s, &n->u.while_.body);
        walk_list(w, s, &n->u.while_.orelse);
        return;
    case AST_IF:
        walk(w, s, n->u.if_.test);
        walk_list(w, s, &n->u.if_.body);
        walk_list(w, s, &n->u.if_.orelse);
        return;
    case AST_WITH:
    case AST_ASYNC_WITH:
        walk_list(w, s, &n->u.with.items);
        walk_list(w, s, &n->u.with.body);
        return;
    case AST_MATCH:
        walk(w, s, n->u.match.subject);
        walk_list(w, s, &n->u.match.cases);
        return;
    case AST_RAISE:
        walk(w, s, n->u.raise.exc);
        walk(w, s, n->u.raise.cause);
        return;
    case AST_TRY:
    case AST_TRY_STAR:
        walk_list(w, s, &n->u.try_.body);
        walk_list(w, s, &n->u.try_.handlers);
        walk_list(w, s, &n->u.try_.orelse);
        walk_list(w, s, &n->u.try_.finalbody);
        return;
    case AST_ASSERT:
        walk(w, s, n->u.assert_.test);
        walk(w, s, n->u.assert_.msg);
        return;
    case AST_IMPORT:
        for (int i = 0; i < n->u.import.names.len; i++) {
            const AstNode *a = n->u.import.names.items[i];
            const char *mod = a->u.alias.name;
            size_t first = strcspn(mod, ".");
            char head[256];
            if (first < sizeof head) {
                memcpy(head, mod, first);
                head[first] = 0;
                if (in_list(head, dynamic_modules, ARRAY_LEN(dynamic_modules))) w->st->dynamic = true;
            } else {
                w->st->dynamic = true;
            }
            if (a->u.alias.asname.name) {
                bind(w, s, a->u.alias.asname.name, false);
            } else {
                /* `import a.b` binds a */
                const char *name = arena_strndup(&w->c->m->arena, mod, first);
                bind(w, s, name, false);
            }
        }
        return;
    case AST_IMPORT_FROM: {
        const char *mod = n->u.import_from.module;
        if (mod) {
            size_t first = strcspn(mod, ".");
            for (size_t i = 0; i < ARRAY_LEN(dynamic_modules); i++)
                if (strlen(dynamic_modules[i]) == first && strncmp(mod, dynamic_modules[i], first) == 0)
                    w->st->dynamic = true;
        }
        for (int i = 0; i < n->u.import_from.names.len; i++) {
            const AstNode *a = n->u.import_from.names.items[i];
            const char *name = a->u.alias.name;
            if (strcmp(name, "*") == 0 || in_list(name, dynamic_attrs, ARRAY_LEN(dynamic_attrs))) w->st->dynamic = true;
            bind(w, s, a->u.alias.asname.name ? a->u.alias.asname.name : name, false);
        }
        return;
    }
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: return;
    case AST_EXPR: walk(w, s, n->u.expr.value); return;

    case AST_BOOL_OP: walk_list(w, s, &n->u.bool_op.values); return;
    case AST_NAMED_EXPR:
        walk(w, s, n->u.named_expr.value);
        if (n->u.named_expr.target->kind == AST_NAME) bind(w, s, n->u.named_expr.target->u.name.id, true);
        return;
    case AST_BIN_OP:
        walk(w, s, n->u.bin_op.left);
        walk(w, s, n->u.bin_op.right);
        return;
    case AST_UNARY_OP: walk(w, s, n->u.unary_op.operand); return;
    case AST_LAMBDA:
        walk_args_outside(w, s, n->u.lambda.args);
        walk(w, res_scope_of(&w->c->res, n), n->u.lambda.body);
        return;
    case AST_IF_EXP:
        walk(w, s, n->u.if_exp.test);
        walk(w, s, n->u.if_exp.body);
        walk(w, s, n->u.if_exp.orelse);
        return;
    case AST_DICT:
        walk_list(w, s, &n->u.dict.keys);
        walk_list(w, s, &n->u.dict.values);
        return;
    case AST_SET: walk_list(w, s, &n->u.set.elts); return;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP: walk_comp(w, s, n, &n->u.comp.generators); return;
    case AST_DICT_COMP: walk_comp(w, s, n, &n->u.dict_comp.generators); return;
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM: walk(w, s, n->u.await_yield.value); return;
    case AST_COMPARE:
        walk(w, s, n->u.compare.left);
        walk_list(w, s, &n->u.compare.comparators);
        return;
    case AST_CALL:
        walk(w, s, n->u.call.func);
        walk_list(w, s, &n->u.call.args);
        walk_list(w, s, &n->u.call.keywords);
        return;
    case AST_FORMATTED_VALUE:
        walk(w, s, n->u.formatted_value.value);
        walk(w, s, n->u.formatted_value.format_spec);
        return;
    case AST_JOINED_STR: walk_list(w, s, &n->u.joined_str.values); return;
    case AST_CONSTANT: return;
    case AST_ATTRIBUTE:
        if (in_list(n->u.attribute.attr.name, dynamic_attrs, ARRAY_LEN(dynamic_attrs))) w->st->dynamic = true;
        if (in_list(n->u.attribute.attr.name, reflective_attrs, ARRAY_LEN(reflective_attrs))) w->st->reflective = true;
        if (n->u.attribute.ctx != AST_LOAD) { /* (lw_method.c: class attributes rebound) */
            const char *name = res_mangle(s->private_arena, s->private_name, n->u.attribute.attr.name);
            VEC_PUSH(&w->st->stores, ((LwAttrStore){name, n->u.attribute.value}));
        }
        walk(w, s, n->u.attribute.value);
        return;
    case AST_SUBSCRIPT:
        walk(w, s, n->u.subscript.value);
        walk(w, s, n->u.subscript.slice);
        return;
    case AST_STARRED: walk(w, s, n->u.starred.value); return;
    case AST_NAME:
        if (n->u.name.ctx != AST_LOAD) bind(w, s, n->u.name.id, false);
        else if (in_list(n->u.name.id, dynamic_names, ARRAY_LEN(dynamic_names))) w->st->dynamic = true;
        else if (in_list(n->u.name.id, reflective_names, ARRAY_LEN(reflective_names))) w->st->reflective = true;
        return;
    case AST_LIST:
    case AST_TUPLE: walk_list(w, s, &n->u.seq.elts); return;
    case AST_SLICE:
        walk(w, s, n->u.slice.lower);
        walk(w, s, n->u.slice.upper);
        walk(w, s, n->u.slice.step);
        return;

    case AST_COMPREHENSION: return; /* (walk_comp) */
    case AST_EXCEPT_HANDLER:
        walk(w, s, n->u.except_handler.type);
        bind(w, s, n->u.except_handler.name.name, false);
        walk_list(w, s, &n->u.except_handler.body);
        return;
    case AST_ARGUMENTS: return; /* (walk_args_outside) */
    case AST_ARG: return; /* (its annotation: not evaluated) */
    case AST_KEYWORD: walk(w, s, n->u.keyword.value); return;
    case AST_ALIAS: return; /* (IMPORT, IMPORT_FROM) */
    case AST_WITHITEM:
        walk(w, s, n->u.withitem.context_expr);
        walk(w, s, n->u.withitem.optional_vars);
        return;
    case AST_MATCH_CASE:
        walk(w, s, n->u.match_case.pattern);
        walk(w, s, n->u.match_case.guard);
        walk_list(w, s, &n->u.match_case.body);
        return;

    case AST_MATCH_VALUE: walk(w, s, n->u.match_value.value); return;
    case AST_MATCH_SINGLETON: return;
    case AST_MATCH_SEQUENCE: walk_list(w, s, &n->u.match_sequence.patterns); return;
    case AST_MATCH_MAPPING:
        walk_list(w, s, &n->u.match_mapping.keys);
        walk_list(w, s, &n->u.match_mapping.patterns);
        bind(w, s, n->u.match_mapping.rest.name, false);
        return;
    case AST_MATCH_CLASS:
        walk(w, s, n->u.match_class.cls);
        walk_list(w, s, &n->u.match_class.patterns);
        walk_list(w, s, &n->u.match_class.kwd_patterns);
        return;
    case AST_MATCH_STAR: bind(w, s, n->u.match_star.name.name, false); return;
    case AST_MATCH_AS:
        walk(w, s, n->u.match_as.pattern);
        bind(w, s, n->u.match_as.name.name, false);
        return;
    case AST_MATCH_OR: walk_list(w, s, &n->u.match_or.patterns); return;
    case AST_KIND_COUNT: return;
    }
}

bool lw_direct_def_ok(LwCtx *c, const AstNode *d) {
    if (d->kind != AST_FUNCTION_DEF || d->u.function_def.decorator_list.len > 0) return false;
    const AstNode *a = d->u.function_def.args;
    if (a->u.arguments.vararg || a->u.arguments.kwarg || a->u.arguments.kwonlyargs.len > 0) return false;
    const ResScope *s = res_scope_of(&c->res, d);
    if (s->generator) return false;
    for (int i = 0; i < s->syms.len; i++)
        if (s->syms.items[i].kind == RES_FREE) return false;
    return true;
}

void lw_direct_begin(LwCtx *c, const AstModule *am) {
    if (c->prog && c->prog->n != 1) return;
    LwDirectState *st = xmalloc(sizeof *st);
    *st = (LwDirectState){0};
    const AstList *body = &am->root->u.module.body;
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        if (s->kind != AST_FUNCTION_DEF && s->kind != AST_CLASS_DEF) continue;
        const char *name = s->kind == AST_CLASS_DEF ? s->u.class_def.name.name : s->u.function_def.name.name;
        LwDirect *old = find(st, name);
        if (old) {
            old->ok = false; /* defined twice (also counted as two bindings) */
            continue;
        }
        int npos = 0;
        if (s->kind == AST_FUNCTION_DEF) {
            const AstNode *a = s->u.function_def.args;
            npos = a->u.arguments.posonlyargs.len + a->u.arguments.args.len;
        }
        LwDirect d = {name, s, 0, npos, s->kind == AST_CLASS_DEF || lw_direct_def_ok(c, s), NULL};
        name_index_add(&st->def_index, name_key(NULL, name), st->defs.len);
        VEC_PUSH(&st->defs, d);
    }
    Walk w = {c, st};
    walk(&w, c->res.module, am->root);
    c->direct = st;
}

void lw_direct_end(LwCtx *c) {
    if (!c->direct) return;
    VEC_FREE(&c->direct->defs);
    name_index_free(&c->direct->def_index);
    VEC_FREE(&c->direct->stores);
    VEC_FREE(&c->direct->methods);
    free(c->direct);
    c->direct = NULL;
}

LwDirect *lw_direct_sole(LwCtx *c, const char *name) {
    if (!c->direct || c->direct->dynamic) return NULL;
    LwDirect *d = find(c->direct, name);
    return d && d->ok && d->nbind == 1 ? d : NULL;
}

const char *lw_direct_c_name(LwCtx *c, const AstNode *def) {
    if (!c->direct || def->kind != AST_FUNCTION_DEF) return NULL;
    LwDirect *d = find(c->direct, def->u.function_def.name.name);
    if (!d || d->def != def) return lw_method_c_name(c, def);
    if (!d->c_name) d->c_name = lw_c_func_name(c, "f_", res_scope_of(&c->res, def)->qualname);
    return d->c_name;
}

static bool inside(Span outer_from, Span outer_to, Span s) {
    return s.start_byte >= outer_from.start_byte && s.end_byte <= outer_to.end_byte;
}

/* Whether def d has certainly run (so its global is bound) when call e runs. */
static bool def_has_run(const LwDirect *d, const AstNode *e) {
    if (e->span.start_byte >= d->def->span.end_byte) return true; /* a later statement */
    const AstList *body = &d->def->u.function_def.body;
    return body->len > 0 && inside(body->items[0]->span, body->items[body->len - 1]->span, e->span);
}

/* The parameter index of keyword argument `name` of a call of def (after its
 * na positional arguments), or -1 when binding it would fail: positional-only,
 * already given, or no such parameter. */
static int keyword_slot(const AstNode *def, const char *name, int na, const bool *given) {
    const AstNode *a = def->u.function_def.args;
    int nposonly = a->u.arguments.posonlyargs.len;
    for (int i = 0; i < a->u.arguments.args.len; i++)
        if (strcmp(a->u.arguments.args.items[i]->u.arg.arg.name, name) == 0) {
            int k = nposonly + i;
            return k < na || given[k] ? -1 : k;
        }
    return -1;
}

bool lw_direct_bind(LwCtx *c, const AstNode *def, const AstNode *e, int skip, int **slotp) {
    for (int i = 0; i < e->u.call.args.len; i++)
        if (e->u.call.args.items[i]->kind == AST_STARRED) return false;
    const AstNode *a = def->u.function_def.args;
    int npos = a->u.arguments.posonlyargs.len + a->u.arguments.args.len;
    int na = e->u.call.args.len, nk = e->u.call.keywords.len;
    if (npos != skip + na + nk) return false;
    /* keyword arguments: each must name a later parameter once (else the
     * generic call raises CPython's TypeError) */
    int *slot = ARENA_NEW_ARRAY(&c->m->arena, int, na + nk + 1);
    bool *given = ARENA_NEW_ARRAY(&c->m->arena, bool, npos + 1);
    for (int i = 0; i < skip; i++) given[i] = true;
    for (int i = 0; i < na; i++) {
        slot[i] = skip + i;
        given[skip + i] = true;
    }
    for (int j = 0; j < nk; j++) {
        const char *kw = e->u.call.keywords.items[j]->u.keyword.arg.name;
        int k = kw && strncmp(kw, "__", 2) != 0 ? keyword_slot(def, kw, skip + na, given) : -1;
        if (k < 0) return false;
        slot[na + j] = k;
        given[k] = true;
    }
    *slotp = slot;
    return true;
}

bool lw_direct_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out) {
    const AstNode *f = e->u.call.func;
    if (f->kind != AST_NAME || c->fn->scope->kind == RES_CLASS) return false;
    const char *name = lw_mangle(c, f->u.name.id);
    LwDirect *d = lw_direct_sole(c, name);
    int na = e->u.call.args.len, nk = e->u.call.keywords.len;
    int *slot;
    if (!d || d->def->kind != AST_FUNCTION_DEF || !lw_reads_global(c, name) || !lw_direct_bind(c, d->def, e, 0, &slot))
        return false;
    bool bound = def_has_run(d, e);
    if (!bound && lw_global_falls_back(c, name)) return false;
    const char *c_name = lw_direct_c_name(c, d->def);
    if (!bound) (void)lw_load_name(c, f->u.name.id, f); /* the NameError check, before the arguments */
    int n = na + nk;
    IrOperand *v = lw_call_args(c, e, NULL); /* in the order of the source */
    IrOperand *params = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n + 1);
    for (int i = 0; i < n; i++) params[slot[i]] = v[i];
    IrOperand a[2] = {lw_c("NULL"), lw_array(c, params, n)};
    IrOperand r = lw_temp(c);
    IrInstr *in = lw_call_to(c, c_name, a, 2, loc, IR_CHECK_NULL);
    in->dest = r;
    in->direct = true;
    for (int i = 0; i < n; i++) lw_moved(c, v[i]); /* the body owns them now */
    *out = r;
    return true;
}
