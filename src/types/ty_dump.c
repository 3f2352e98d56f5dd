/* `--emit=types` and the query API of types.h. */
#include <string.h>

#include "common/util.h"
#include "types/ty_internal.h"

static bool all_any(const TyProgram *p) { return p->dynamic || p->gave_up; }

static TyType shown(const TyProgram *p, TyType t) { return all_any(p) ? ty_k(TY_ANY) : t; }

static void put_type(const TyProgram *p, TyType t, StrBuf *out) { ty_format(p, shown(p, t), out); }

static TyType func_result_c(const TyFunc *f) {
    if (f->is_async) return ty_k(TY_ANY);
    if (f->generator) return (TyType){.kinds = TY_GENERATOR, .iter = f->gen_site};
    return f->ret;
}

static int line_of(const TyProgram *p, int module, const AstNode *n) {
    const SourceFile *src = p->mods[module].ast->src;
    (void)src;
    return n->span.line;
}

static TyType sym_type(const TyScope *sc, const char *name) {
    const ResSymbol *sym = res_lookup(sc->rs, name);
    return sym ? sc->sum[sym - sc->rs->syms.items] : (TyType){0};
}

static void dump_param(const TyProgram *p, const TyScope *sc, const AstNode *arg, const char *prefix, bool *first,
                       StrBuf *out) {
    if (!*first) sb_puts(out, ", ");
    *first = false;
    sb_printf(out, "%s%s: ", prefix, arg->u.arg.arg.name);
    put_type(p, sym_type(sc, arg->u.arg.arg.name), out);
}

static void dump_func(const TyProgram *p, const TyFunc *f, StrBuf *out) {
    const TyScope *sc = f->sc;
    const AstNode *args = f->node->u.function_def.args;
    sb_printf(out, "  def %s(", sc->rs->qualname);
    bool first = true;
    for (int i = 0; i < args->u.arguments.posonlyargs.len; i++)
        dump_param(p, sc, args->u.arguments.posonlyargs.items[i], "", &first, out);
    for (int i = 0; i < args->u.arguments.args.len; i++) dump_param(p, sc, args->u.arguments.args.items[i], "", &first, out);
    if (args->u.arguments.vararg) dump_param(p, sc, args->u.arguments.vararg, "*", &first, out);
    for (int i = 0; i < args->u.arguments.kwonlyargs.len; i++)
        dump_param(p, sc, args->u.arguments.kwonlyargs.items[i], "", &first, out);
    if (args->u.arguments.kwarg) dump_param(p, sc, args->u.arguments.kwarg, "**", &first, out);
    sb_puts(out, ") -> ");
    put_type(p, func_result_c(f), out);
    sb_printf(out, "  # line %d%s\n", line_of(p, sc->module, f->node), ty_func_escaped(p, f) ? ", escapes" : "");
    for (int i = 0; i < sc->rs->syms.len; i++) {
        const ResSymbol *sym = &sc->rs->syms.items[i];
        if (sym->flags & RES_DEF_PARAM) continue;
        if (sym->kind != RES_LOCAL && sym->kind != RES_CELL) continue;
        sb_printf(out, "    local %s: ", sym->name);
        put_type(p, sc->sum[i], out);
        sb_putc(out, '\n');
    }
}

static bool class_closed(const TyProgram *p, const TyClass *k) {
    return !all_any(p) && !k->foreign_base && !k->opaque_new && k->id < TY_MAX_CLASSES;
}

static TyType attr_type(const TyProgram *p, const TyClass *k, const char *name) {
    if (!class_closed(p, k)) return ty_k(TY_ANY);
    TyType t = ty_named_get(&k->inst, name);
    TyType a = ty_named_get(&p->any_store, name);
    t.kinds |= a.kinds;
    t.classes |= a.classes;
    if (!t.list) t.list = a.list;
    if (!t.tuple) t.tuple = a.tuple;
    if (!t.dict) t.dict = a.dict;
    if (!t.set) t.set = a.set;
    if (!t.iter) t.iter = a.iter;
    if ((a.list && t.list && ty_find_c(p, a.list) != ty_find_c(p, t.list)) ||
        (a.tuple && t.tuple && ty_find_c(p, a.tuple) != ty_find_c(p, t.tuple)) ||
        (a.dict && t.dict && ty_find_c(p, a.dict) != ty_find_c(p, t.dict)) ||
        (a.set && t.set && ty_find_c(p, a.set) != ty_find_c(p, t.set)))
        t.kinds |= TY_ANY; /* two heaps: not joined here (read-only), so say any */
    /* class-level values up the bases */
    for (const TyClass *c = k; c; c = c->bases.len ? c->bases.items[0] : NULL) {
        const ResSymbol *sym = res_lookup(c->sc->rs, name);
        if (!sym || !(sym->flags & RES_DEF_LOCAL)) continue;
        TyType v = c->sc->sum[sym - c->sc->rs->syms.items];
        if (v.kinds & TY_FUNCTION) v.kinds |= TY_ANY;
        t.kinds |= v.kinds;
        t.classes |= v.classes;
        if (v.list || v.tuple || v.dict || v.set || v.iter) t.kinds |= TY_ANY;
        break;
    }
    return t;
}

static void dump_class(const TyProgram *p, const TyClass *k, StrBuf *out) {
    bool closed = class_closed(p, k);
    sb_printf(out, "  class %s (%s)  # line %d\n", k->qualname, closed ? "closed" : "open",
              line_of(p, k->module, k->node));
    for (int i = 0; i < k->inst.len; i++) {
        sb_printf(out, "    attr %s: ", k->inst.items[i].name);
        put_type(p, attr_type(p, k, k->inst.items[i].name), out);
        sb_putc(out, '\n');
    }
    for (int i = 0; i < p->any_store.len; i++) {
        if (ty_named_find((TyNamedVec *)&k->inst, p->any_store.items[i].name)) continue;
        sb_printf(out, "    attr %s: ", p->any_store.items[i].name);
        put_type(p, attr_type(p, k, p->any_store.items[i].name), out);
        sb_putc(out, '\n');
    }
    const TyScope *sc = k->sc;
    for (int i = 0; i < sc->rs->syms.len; i++) {
        const ResSymbol *sym = &sc->rs->syms.items[i];
        if (!(sym->flags & RES_DEF_LOCAL) || sym->kind != RES_LOCAL) continue;
        const AstNode *b = sc->nbind[i] == 1 ? sc->binder[i] : NULL;
        if (b && (b->kind == AST_FUNCTION_DEF || b->kind == AST_ASYNC_FUNCTION_DEF)) continue;
        sb_printf(out, "    classvar %s: ", sym->name);
        put_type(p, sc->sum[i], out);
        sb_putc(out, '\n');
    }
}

void ty_dump(const TyProgram *p, StrBuf *out) {
    if (p->dynamic) sb_puts(out, "# the program uses dynamic features (setattr, globals(), exec, ...): everything is any\n");
    if (p->gave_up) sb_puts(out, "# no fixed point within the round limit: everything is any\n");
    for (int m = 0; m < p->nmods; m++) {
        const TyScope *ms = p->mods[m].scope;
        sb_printf(out, "module %s (%s)\n", p->mods[m].name, p->mods[m].path);
        for (int i = 0; i < ms->globals.len; i++) {
            if (ms->gnbind.items[i] == 0 && ty_is_empty(ms->globals.items[i].t)) continue;
            sb_printf(out, "  global %s: ", ms->globals.items[i].name);
            TyType t = ms->globals.items[i].t;
            TyType extra = ty_named_get(&p->mod_store, ms->globals.items[i].name);
            if (extra.kinds) t.kinds |= TY_ANY;
            put_type(p, t, out);
            sb_putc(out, '\n');
        }
        for (int i = 0; i < p->scopes.len; i++) {
            const TyScope *sc = p->scopes.items[i];
            if (sc->module != m) continue;
            if (sc->rs->kind == RES_FUNCTION && sc->fn) dump_func(p, sc->fn, out);
            else if (sc->rs->kind == RES_CLASS && sc->cls) dump_class(p, sc->cls, out);
        }
    }
}

/* ---- queries ---------------------------------------------------------------------------- */

TyType ty_local(const TyProgram *p, const AstNode *scope_node, const char *name) {
    const TyScope *sc = ty_scope_of(p, scope_node);
    if (!sc || all_any(p)) return ty_k(TY_ANY);
    if (sc->rs->kind == RES_MODULE) {
        for (int i = 0; i < sc->globals.len; i++)
            if (strcmp(sc->globals.items[i].name, name) == 0) {
                if (ty_named_find((TyNamedVec *)&p->mod_store, name)) return ty_k(TY_ANY);
                return sc->globals.items[i].t;
            }
        return ty_k(TY_ANY);
    }
    const ResSymbol *sym = res_lookup(sc->rs, name);
    if (!sym || (sym->kind != RES_LOCAL && sym->kind != RES_CELL)) return ty_k(TY_ANY);
    return sc->sum[sym - sc->rs->syms.items];
}

TyType ty_return(const TyProgram *p, const AstNode *func_def) {
    const TyScope *sc = ty_scope_of(p, func_def);
    if (!sc || !sc->fn || all_any(p)) return ty_k(TY_ANY);
    return func_result_c(sc->fn);
}

int ty_class_id(const TyProgram *p, const AstNode *class_def) {
    const TyScope *sc = ty_scope_of(p, class_def);
    if (!sc || !sc->cls || sc->cls->id >= TY_MAX_CLASSES) return -1;
    return sc->cls->id;
}

TyType ty_attr(const TyProgram *p, const AstNode *class_def, const char *attr) {
    const TyScope *sc = ty_scope_of(p, class_def);
    if (!sc || !sc->cls) return ty_k(TY_ANY);
    return attr_type(p, sc->cls, attr);
}

bool ty_class_closed(const TyProgram *p, const AstNode *class_def) {
    const TyScope *sc = ty_scope_of(p, class_def);
    return sc && sc->cls && class_closed(p, sc->cls);
}

int ty_attr_names(const TyProgram *pc, const AstNode *class_def, const char *const **names) {
    TyProgram *p = (TyProgram *)pc;
    const TyScope *sc = ty_scope_of(p, class_def);
    *names = NULL;
    if (!sc || !sc->cls) return 0;
    const TyClass *k = sc->cls;
    free(p->attr_names);
    p->attr_names = xmalloc(sizeof(char *) * (size_t)(k->inst.len + p->any_store.len + 1));
    int n = 0;
    for (int i = 0; i < k->inst.len; i++) p->attr_names[n++] = k->inst.items[i].name;
    for (int i = 0; i < p->any_store.len; i++)
        if (!ty_named_find((TyNamedVec *)&k->inst, p->any_store.items[i].name)) p->attr_names[n++] = p->any_store.items[i].name;
    *names = p->attr_names;
    return n;
}

const AstNode *ty_class_node(const TyProgram *p, int id) {
    if (id < 0 || id >= p->classes.len) return NULL;
    return p->classes.items[id]->node;
}

const AstNode *ty_class_base(const TyProgram *p, const AstNode *class_def) {
    const TyScope *sc = ty_scope_of(p, class_def);
    if (!sc || !sc->cls || sc->cls->bases.len != 1) return NULL;
    return sc->cls->bases.items[0]->node;
}

int ty_scope_binds(const TyProgram *p, const AstNode *scope_node, const char *name, const AstNode **binder) {
    const TyScope *sc = ty_scope_of(p, scope_node);
    *binder = NULL;
    if (!sc) return 0;
    const ResSymbol *sym = res_lookup(sc->rs, name);
    if (!sym) return 0;
    int k = (int)(sym - sc->rs->syms.items);
    if (sc->nbind[k] == 1) *binder = sc->binder[k];
    return sc->nbind[k];
}

static TyType node_field(const TyProgram *p, int n, int which) {
    if (!n) return (TyType){0};
    const TyNode *nd = &p->nodes.items[ty_find_c(p, n)];
    return which ? nd->val : nd->elem;
}

static void join_c(const TyProgram *p, TyType *dst, TyType src) {
    /* read-only join: different heaps cannot be merged here, so they widen to any */
    int *d[] = {&dst->list, &dst->tuple, &dst->dict, &dst->set, &dst->iter};
    int s[] = {src.list, src.tuple, src.dict, src.set, src.iter};
    for (int i = 0; i < 5; i++) {
        if (!s[i]) continue;
        if (!*d[i]) *d[i] = s[i];
        else if (ty_find_c(p, *d[i]) != ty_find_c(p, s[i])) dst->kinds |= TY_ANY;
    }
    dst->kinds |= src.kinds;
    dst->classes |= src.classes;
}

TyType ty_elem(const TyProgram *p, TyType t) {
    if (t.kinds & TY_ANY) return ty_k(TY_ANY);
    TyType r = {0};
    if (t.kinds & TY_LIST) join_c(p, &r, node_field(p, t.list, 0));
    if (t.kinds & TY_TUPLE) join_c(p, &r, node_field(p, t.tuple, 0));
    if (t.kinds & (TY_SET | TY_FROZENSET)) join_c(p, &r, node_field(p, t.set, 0));
    if (t.kinds & (TY_ITER | TY_GENERATOR)) join_c(p, &r, node_field(p, t.iter, 0));
    if (t.kinds & (TY_DICT | TY_DICT_KEYS)) join_c(p, &r, node_field(p, t.dict, 0));
    if (t.kinds & TY_DICT_VALUES) join_c(p, &r, node_field(p, t.dict, 1));
    if (t.kinds & (TY_STR)) r.kinds |= TY_STR;
    if (t.kinds & (TY_BYTES | TY_RANGE)) r.kinds |= TY_INT;
    if (t.kinds & ~(uint32_t)(TY_LIST | TY_TUPLE | TY_SET | TY_FROZENSET | TY_ITER | TY_GENERATOR | TY_DICT |
                              TY_DICT_KEYS | TY_DICT_VALUES | TY_STR | TY_BYTES | TY_RANGE))
        r.kinds |= TY_ANY;
    return r;
}

TyType ty_dict_key(const TyProgram *p, TyType t) {
    if (!ty_only(t, TY_DICT)) return ty_k(TY_ANY);
    return node_field(p, t.dict, 0);
}

TyType ty_dict_value(const TyProgram *p, TyType t) {
    if (!ty_only(t, TY_DICT)) return ty_k(TY_ANY);
    return node_field(p, t.dict, 1);
}
