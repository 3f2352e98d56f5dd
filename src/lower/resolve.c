/* Scope resolution (see resolve.h): one visit collecting what each scope
 * binds, declares and uses (CPython's symtable_visit_*), then an analysis
 * pass deciding local / global / free / cell (symtable.c's analyze_block). */
#include "lower/resolve.h"

#include <string.h>

#include "common/util.h"

typedef struct ResBuilder {
    ResTable *t;
    ResScope *cur;
} ResBuilder;

bool res_is_function_like(const ResScope *s) {
    return s->kind == RES_FUNCTION || s->kind == RES_LAMBDA || s->kind == RES_COMPREHENSION || s->kind == RES_GENEXPR;
}

ResSymbol *res_lookup(const ResScope *s, const char *name) {
    uint64_t h = name_key(NULL, name);
    size_t it;
    for (int i = name_index_first(&s->sym_index, h, &it); i >= 0; i = name_index_next(&s->sym_index, h, &it))
        if (strcmp(s->syms.items[i].name, name) == 0) return &s->syms.items[i];
    return NULL;
}

ResScope *res_scope_of(const ResTable *t, const AstNode *node) {
    uint64_t h = name_key(node, "");
    size_t it;
    for (int i = name_index_first(&t->scope_index, h, &it); i >= 0; i = name_index_next(&t->scope_index, h, &it))
        if (t->all.items[i]->node == node) return t->all.items[i];
    INTERNAL_ERROR("no scope for a %s node", ast_kind_name(node->kind));
}

bool res_is_global_name(const ResTable *t, const char *name) {
    uint64_t h = name_key(NULL, name);
    size_t it;
    for (int i = name_index_first(&t->global_index, h, &it); i >= 0; i = name_index_next(&t->global_index, h, &it))
        if (strcmp(t->globals.items[i], name) == 0) return true;
    return false;
}

void res_add_global(ResTable *t, const char *name) {
    if (res_is_global_name(t, name)) return;
    name_index_add(&t->global_index, name_key(NULL, name), t->globals.len);
    VEC_PUSH(&t->globals, name);
}

const char *res_mangle(Arena *arena, const char *private_name, const char *name) {
    if (!private_name || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    while (*private_name == '_') private_name++;
    if (!*private_name) return name;
    return arena_printf(arena, "_%s%s", private_name, name);
}

/* Binding and use go through the mangled name (symtable_add_def). */
static ResSymbol *add_sym(ResScope *s, const char *name, unsigned flags) {
    if (strcmp(name, ".0") != 0) name = res_mangle(s->private_arena, s->private_name, name);
    ResSymbol *sym = res_lookup(s, name);
    if (!sym) {
        name_index_add(&s->sym_index, name_key(NULL, name), s->syms.len);
        VEC_PUSH(&s->syms, ((ResSymbol){.name = name, .kind = RES_GLOBAL_IMPLICIT}));
        sym = &VEC_LAST(&s->syms);
    }
    sym->flags |= flags;
    if (flags & RES_DEF_LOCAL) {
        sym->nbind++;
        sym->bind_name = NULL;
    }
    return sym;
}

static ResScope *open_scope(ResBuilder *b, ResScopeKind kind, const AstNode *node, const char *name) {
    ResScope *s = ARENA_NEW(b->t->arena, ResScope);
    s->kind = kind;
    s->node = node;
    s->parent = b->cur;
    s->name = name;
    s->private_arena = b->t->arena;
    s->private_name = kind == RES_CLASS ? name : b->cur ? b->cur->private_name : NULL;
    if (!b->cur || b->cur->kind == RES_MODULE) {
        s->qualname = name;
    } else if (b->cur->kind == RES_CLASS) {
        s->qualname = arena_printf(b->t->arena, "%s.%s", b->cur->qualname, name);
    } else {
        s->qualname = arena_printf(b->t->arena, "%s.<locals>.%s", b->cur->qualname, name);
    }
    if (b->cur) VEC_PUSH(&b->cur->children, s);
    name_index_add(&b->t->scope_index, name_key(node, ""), b->t->all.len);
    VEC_PUSH(&b->t->all, s);
    b->cur = s;
    return s;
}

static void visit_expr(ResBuilder *b, const AstNode *e);
static void visit_stmts(ResBuilder *b, const AstList *l);

static void visit_exprs(ResBuilder *b, const AstList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]) visit_expr(b, l->items[i]);
}

static void visit_params(ResBuilder *b, const AstNode *args) {
    const AstList *lists[] = {&args->u.arguments.posonlyargs, &args->u.arguments.args};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < lists[k]->len; i++)
            add_sym(b->cur, lists[k]->items[i]->u.arg.arg.name, RES_DEF_PARAM | RES_DEF_LOCAL);
    if (args->u.arguments.vararg) add_sym(b->cur, args->u.arguments.vararg->u.arg.arg.name, RES_DEF_PARAM | RES_DEF_LOCAL);
    for (int i = 0; i < args->u.arguments.kwonlyargs.len; i++)
        add_sym(b->cur, args->u.arguments.kwonlyargs.items[i]->u.arg.arg.name, RES_DEF_PARAM | RES_DEF_LOCAL);
    if (args->u.arguments.kwarg) add_sym(b->cur, args->u.arguments.kwarg->u.arg.arg.name, RES_DEF_PARAM | RES_DEF_LOCAL);
}

/* Defaults are evaluated in the enclosing scope (annotations are ignored: they
 * are not evaluated at run time by py2c's supported subset either way). */
static void visit_defaults(ResBuilder *b, const AstNode *args) {
    visit_exprs(b, &args->u.arguments.defaults);
    visit_exprs(b, &args->u.arguments.kw_defaults);
}

static void visit_comprehension(ResBuilder *b, const AstNode *e, const char *name) {
    const AstList *gens = &e->u.comp.generators;
    if (e->kind == AST_DICT_COMP) gens = &e->u.dict_comp.generators;
    /* the outermost iterable belongs to the enclosing scope */
    visit_expr(b, gens->items[0]->u.comprehension.iter);
    ResScope *saved = b->cur;
    open_scope(b, e->kind == AST_GENERATOR_EXP ? RES_GENEXPR : RES_COMPREHENSION, e, name);
    add_sym(b->cur, ".0", RES_DEF_PARAM | RES_DEF_LOCAL);
    for (int i = 0; i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        visit_expr(b, g->u.comprehension.target);
        if (i > 0) visit_expr(b, g->u.comprehension.iter);
        visit_exprs(b, &g->u.comprehension.ifs);
    }
    if (e->kind == AST_DICT_COMP) {
        visit_expr(b, e->u.dict_comp.key);
        visit_expr(b, e->u.dict_comp.value);
    } else {
        visit_expr(b, e->u.comp.elt);
    }
    b->cur = saved;
}

/* `(x := v)` inside comprehensions binds x in the nearest enclosing scope that
 * is not a comprehension (symtable_extend_namedexpr_scope). */
static void visit_walrus_target(ResBuilder *b, const char *name) {
    if (b->cur->kind != RES_COMPREHENSION && b->cur->kind != RES_GENEXPR) {
        add_sym(b->cur, name, RES_DEF_LOCAL);
        return;
    }
    ResScope *s = b->cur;
    while (s->kind == RES_COMPREHENSION || s->kind == RES_GENEXPR) s = s->parent;
    unsigned flag = RES_DEF_NONLOCAL;
    ResSymbol *target = res_lookup(s, name);
    if (s->kind == RES_MODULE || (target && (target->flags & RES_DEF_GLOBAL))) flag = RES_DEF_GLOBAL;
    if (!(target && (target->flags & RES_DEF_GLOBAL))) add_sym(s, name, RES_DEF_LOCAL);
    for (ResScope *c = b->cur; c != s; c = c->parent) add_sym(c, name, flag | RES_DEF_LOCAL);
}

static void visit_expr(ResBuilder *b, const AstNode *e) {
    switch (e->kind) {
    case AST_NAME:
        if (e->u.name.ctx == AST_STORE) add_sym(b->cur, e->u.name.id, RES_DEF_LOCAL)->bind_name = e;
        else add_sym(b->cur, e->u.name.id, e->u.name.ctx == AST_LOAD ? RES_USE : RES_DEF_LOCAL);
        /* super() finds its class in the implicit __class__ cell (symtable.c) */
        if (e->u.name.ctx == AST_LOAD && res_is_function_like(b->cur) && strcmp(e->u.name.id, "super") == 0)
            add_sym(b->cur, "__class__", RES_USE);
        return;
    case AST_BOOL_OP: visit_exprs(b, &e->u.bool_op.values); return;
    case AST_NAMED_EXPR:
        visit_expr(b, e->u.named_expr.value);
        visit_walrus_target(b, e->u.named_expr.target->u.name.id);
        return;
    case AST_BIN_OP: visit_expr(b, e->u.bin_op.left); visit_expr(b, e->u.bin_op.right); return;
    case AST_UNARY_OP: visit_expr(b, e->u.unary_op.operand); return;
    case AST_LAMBDA: {
        visit_defaults(b, e->u.lambda.args);
        ResScope *saved = b->cur;
        open_scope(b, RES_LAMBDA, e, "<lambda>");
        visit_params(b, e->u.lambda.args);
        visit_expr(b, e->u.lambda.body);
        b->cur = saved;
        return;
    }
    case AST_IF_EXP:
        visit_expr(b, e->u.if_exp.test);
        visit_expr(b, e->u.if_exp.body);
        visit_expr(b, e->u.if_exp.orelse);
        return;
    case AST_DICT: visit_exprs(b, &e->u.dict.keys); visit_exprs(b, &e->u.dict.values); return;
    case AST_SET: visit_exprs(b, &e->u.set.elts); return;
    case AST_LIST_COMP: visit_comprehension(b, e, "<listcomp>"); return;
    case AST_SET_COMP: visit_comprehension(b, e, "<setcomp>"); return;
    case AST_DICT_COMP: visit_comprehension(b, e, "<dictcomp>"); return;
    case AST_GENERATOR_EXP: visit_comprehension(b, e, "<genexpr>"); return;
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM:
        if (e->kind != AST_AWAIT) b->cur->generator = true;
        if (e->u.await_yield.value) visit_expr(b, e->u.await_yield.value);
        return;
    case AST_COMPARE: visit_expr(b, e->u.compare.left); visit_exprs(b, &e->u.compare.comparators); return;
    case AST_CALL:
        visit_expr(b, e->u.call.func);
        visit_exprs(b, &e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.len; i++) visit_expr(b, e->u.call.keywords.items[i]->u.keyword.value);
        return;
    case AST_FORMATTED_VALUE:
        visit_expr(b, e->u.formatted_value.value);
        if (e->u.formatted_value.format_spec) visit_expr(b, e->u.formatted_value.format_spec);
        return;
    case AST_JOINED_STR: visit_exprs(b, &e->u.joined_str.values); return;
    case AST_CONSTANT: return;
    case AST_ATTRIBUTE: visit_expr(b, e->u.attribute.value); return;
    case AST_SUBSCRIPT: visit_expr(b, e->u.subscript.value); visit_expr(b, e->u.subscript.slice); return;
    case AST_STARRED: visit_expr(b, e->u.starred.value); return;
    case AST_LIST:
    case AST_TUPLE: visit_exprs(b, &e->u.seq.elts); return;
    case AST_SLICE:
        if (e->u.slice.lower) visit_expr(b, e->u.slice.lower);
        if (e->u.slice.upper) visit_expr(b, e->u.slice.upper);
        if (e->u.slice.step) visit_expr(b, e->u.slice.step);
        return;
    AST_CASES_STMT:
    AST_CASES_OTHER: break;
    }
    INTERNAL_ERROR("%s node in expression position", ast_kind_name(e->kind));
}

static void visit_stmt(ResBuilder *b, const AstNode *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: {
        visit_exprs(b, &s->u.function_def.decorator_list);
        visit_defaults(b, s->u.function_def.args);
        add_sym(b->cur, s->u.function_def.name.name, RES_DEF_LOCAL);
        ResScope *saved = b->cur;
        open_scope(b, RES_FUNCTION, s, s->u.function_def.name.name);
        visit_params(b, s->u.function_def.args);
        visit_stmts(b, &s->u.function_def.body);
        b->cur = saved;
        return;
    }
    case AST_CLASS_DEF: {
        visit_exprs(b, &s->u.class_def.decorator_list);
        visit_exprs(b, &s->u.class_def.bases);
        for (int i = 0; i < s->u.class_def.keywords.len; i++)
            visit_expr(b, s->u.class_def.keywords.items[i]->u.keyword.value);
        add_sym(b->cur, s->u.class_def.name.name, RES_DEF_LOCAL);
        ResScope *saved = b->cur;
        open_scope(b, RES_CLASS, s, s->u.class_def.name.name);
        visit_stmts(b, &s->u.class_def.body);
        b->cur = saved;
        return;
    }
    case AST_RETURN: if (s->u.return_.value) visit_expr(b, s->u.return_.value); return;
    case AST_DELETE: visit_exprs(b, &s->u.delete_.targets); return;
    case AST_ASSIGN: visit_expr(b, s->u.assign.value); visit_exprs(b, &s->u.assign.targets); return;
    case AST_AUG_ASSIGN: {
        visit_expr(b, s->u.aug_assign.value);
        const AstNode *t = s->u.aug_assign.target;
        if (t->kind == AST_NAME) add_sym(b->cur, t->u.name.id, RES_DEF_LOCAL | RES_USE);
        else visit_expr(b, t);
        return;
    }
    case AST_ANN_ASSIGN:
        if (s->u.ann_assign.value) visit_expr(b, s->u.ann_assign.value);
        visit_expr(b, s->u.ann_assign.target);
        /* module and class bodies evaluate the annotation (__annotations__) */
        if (b->cur->kind == RES_MODULE || b->cur->kind == RES_CLASS) visit_expr(b, s->u.ann_assign.annotation);
        return;
    case AST_FOR:
    case AST_ASYNC_FOR:
        visit_expr(b, s->u.for_.iter);
        visit_expr(b, s->u.for_.target);
        visit_stmts(b, &s->u.for_.body);
        visit_stmts(b, &s->u.for_.orelse);
        return;
    case AST_WHILE:
        visit_expr(b, s->u.while_.test);
        visit_stmts(b, &s->u.while_.body);
        visit_stmts(b, &s->u.while_.orelse);
        return;
    case AST_IF:
        visit_expr(b, s->u.if_.test);
        visit_stmts(b, &s->u.if_.body);
        visit_stmts(b, &s->u.if_.orelse);
        return;
    case AST_WITH:
    case AST_ASYNC_WITH:
        for (int i = 0; i < s->u.with.items.len; i++) {
            const AstNode *it = s->u.with.items.items[i];
            visit_expr(b, it->u.withitem.context_expr);
            if (it->u.withitem.optional_vars) visit_expr(b, it->u.withitem.optional_vars);
        }
        visit_stmts(b, &s->u.with.body);
        return;
    case AST_MATCH: return; /* unsupported: reported by lowering */
    case AST_RAISE:
        if (s->u.raise.exc) visit_expr(b, s->u.raise.exc);
        if (s->u.raise.cause) visit_expr(b, s->u.raise.cause);
        return;
    case AST_TRY:
    case AST_TRY_STAR:
        visit_stmts(b, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.len; i++) {
            const AstNode *h = s->u.try_.handlers.items[i];
            if (h->u.except_handler.type) visit_expr(b, h->u.except_handler.type);
            if (h->u.except_handler.name.name) add_sym(b->cur, h->u.except_handler.name.name, RES_DEF_LOCAL);
            visit_stmts(b, &h->u.except_handler.body);
        }
        visit_stmts(b, &s->u.try_.orelse);
        visit_stmts(b, &s->u.try_.finalbody);
        return;
    case AST_ASSERT:
        visit_expr(b, s->u.assert_.test);
        if (s->u.assert_.msg) visit_expr(b, s->u.assert_.msg);
        return;
    case AST_IMPORT:
    case AST_IMPORT_FROM: {
        const AstList *names = s->kind == AST_IMPORT ? &s->u.import.names : &s->u.import_from.names;
        for (int i = 0; i < names->len; i++) {
            const AstNode *a = names->items[i];
            const char *name = a->u.alias.asname.name;
            if (!name) {
                /* `import a.b` binds a */
                const char *dot = strchr(a->u.alias.name, '.');
                name = dot ? arena_strndup(b->t->arena, a->u.alias.name, (size_t)(dot - a->u.alias.name)) : a->u.alias.name;
            }
            if (strcmp(name, "*") != 0) add_sym(b->cur, name, RES_DEF_LOCAL);
        }
        return;
    }
    case AST_GLOBAL:
    case AST_NONLOCAL:
        for (int i = 0; i < s->u.global.names.len; i++)
            add_sym(b->cur, s->u.global.names.items[i].name, s->kind == AST_GLOBAL ? RES_DEF_GLOBAL : RES_DEF_NONLOCAL);
        return;
    case AST_EXPR: visit_expr(b, s->u.expr.value); return;
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: return;
    AST_CASES_EXPR:
    AST_CASES_OTHER: break;
    }
    INTERNAL_ERROR("%s node in statement position", ast_kind_name(s->kind));
}

static void visit_stmts(ResBuilder *b, const AstList *l) {
    for (int i = 0; i < l->len; i++) visit_stmt(b, l->items[i]);
}

typedef VEC(const char *) NameVec;

static bool names_have(const NameVec *v, const char *name) {
    for (int i = 0; i < v->len; i++)
        if (strcmp(v->items[i], name) == 0) return true;
    return false;
}

/* analyze_block: bound holds the names bound in enclosing function scopes.
 * Appends the scope's free names to free_out. */
static void analyze(ResTable *t, ResScope *s, const NameVec *bound, NameVec *free_out) {
    bool fn = res_is_function_like(s);
    for (int i = 0; i < s->syms.len; i++) {
        ResSymbol *sym = &s->syms.items[i];
        if (sym->flags & RES_DEF_GLOBAL) sym->kind = RES_GLOBAL_EXPLICIT;
        else if (sym->flags & RES_DEF_NONLOCAL) sym->kind = RES_FREE;
        else if (sym->flags & (RES_DEF_LOCAL | RES_DEF_PARAM)) sym->kind = RES_LOCAL;
        else if (s->kind != RES_MODULE && names_have(bound, sym->name)) sym->kind = RES_FREE;
        else sym->kind = RES_GLOBAL_IMPLICIT;
        if ((s->kind == RES_MODULE || sym->kind == RES_GLOBAL_EXPLICIT) && (sym->flags & RES_DEF_LOCAL))
            res_add_global(t, sym->name);
    }
    NameVec child_bound = {0};
    if (fn) {
        for (int i = 0; i < bound->len; i++) {
            ResSymbol *sym = res_lookup(s, bound->items[i]);
            if (!sym || sym->kind != RES_GLOBAL_EXPLICIT) VEC_PUSH(&child_bound, bound->items[i]);
        }
        for (int i = 0; i < s->syms.len; i++) {
            ResSymbol *sym = &s->syms.items[i];
            if ((sym->kind == RES_LOCAL || sym->kind == RES_FREE) && !names_have(&child_bound, sym->name))
                VEC_PUSH(&child_bound, sym->name);
        }
    } else if (s->kind == RES_CLASS) {
        for (int i = 0; i < bound->len; i++) VEC_PUSH(&child_bound, bound->items[i]);
        if (!names_have(&child_bound, "__class__")) VEC_PUSH(&child_bound, "__class__");
    }
    NameVec child_free = {0};
    for (int i = 0; i < s->children.len; i++) analyze(t, s->children.items[i], &child_bound, &child_free);
    for (int i = 0; i < child_free.len; i++) {
        const char *name = child_free.items[i];
        ResSymbol *sym = res_lookup(s, name);
        if (s->kind == RES_CLASS && strcmp(name, "__class__") == 0) {
            s->class_cell = true; /* (drop_class_free) */
            continue;
        }
        if (fn && sym && sym->kind == RES_LOCAL) {
            sym->kind = RES_CELL;
        } else if (sym && (sym->kind == RES_CELL || sym->kind == RES_FREE)) {
            /* already there */
        } else if (s->kind != RES_MODULE) {
            /* passes through this scope (CPython's implicit free / DEF_FREE_CLASS) */
            if (s->kind == RES_CLASS && sym) {
                /* the class's own binding is not visible to its children */
                if (!names_have((NameVec *)&s->pass_free, name)) VEC_PUSH(&s->pass_free, name);
                continue;
            }
            add_sym(s, name, 0)->kind = RES_FREE;
        }
    }
    for (int i = 0; i < s->syms.len; i++)
        if (s->syms.items[i].kind == RES_FREE && !names_have(free_out, s->syms.items[i].name))
            VEC_PUSH(free_out, s->syms.items[i].name);
    for (int i = 0; i < s->pass_free.len; i++)
        if (!names_have(free_out, s->pass_free.items[i])) VEC_PUSH(free_out, s->pass_free.items[i]);
    VEC_FREE(&child_bound);
    VEC_FREE(&child_free);
}

void res_build(ResTable *t, Arena *arena, const AstNode *module) {
    *t = (ResTable){.arena = arena};
    ResBuilder b = {t, NULL};
    t->module = open_scope(&b, RES_MODULE, module, "<module>");
    visit_stmts(&b, &module->u.module.body);
    NameVec bound = {0}, free_names = {0};
    analyze(t, t->module, &bound, &free_names);
    VEC_FREE(&bound);
    VEC_FREE(&free_names);
}

void res_free(ResTable *t) {
    for (int i = 0; i < t->all.len; i++) {
        VEC_FREE(&t->all.items[i]->syms);
        name_index_free(&t->all.items[i]->sym_index);
        VEC_FREE(&t->all.items[i]->children);
        VEC_FREE(&t->all.items[i]->pass_free);
    }
    VEC_FREE(&t->all);
    name_index_free(&t->scope_index);
    VEC_FREE(&t->globals);
    name_index_free(&t->global_index);
}
