/* The lattice of type sets (types.h) and the abstract heap they refer to.
 *
 * A TyType is a set of kinds, a set of program classes (instances), and one
 * heap node per container kind. Joining two sets that both have, say, a list
 * part unifies the two lists' nodes (union-find, as Steensgaard's points-to
 * analysis): the analysis can then follow mutation through aliases, because
 * any two references that may point to the same list share one node. Nodes
 * only merge and their contents only grow, so the whole analysis climbs a
 * finite lattice (nodes are per source site) and reaches a fixed point. */
#include <string.h>

#include "common/util.h"
#include "types/ty_internal.h"

TyType ty_k(uint32_t kinds) { return (TyType){.kinds = kinds}; }
TyType ty_none_type(void) { return ty_k(TY_NONE); }

bool ty_is_empty(TyType t) { return t.kinds == 0; }

bool ty_only(TyType t, uint32_t kinds) { return t.kinds != 0 && (t.kinds & ~kinds) == 0; }

bool ty_float_nonneg(TyType t) { return (t.kinds & TY_FLOAT) && !(t.kinds & TY_ANY) && t.nonneg; }

/* The sign fact of a join: the float part of `absent` < `float>=0` < `float`. */
static bool joined_nonneg(TyType a, TyType b) {
    bool af = a.kinds & TY_FLOAT, bf = b.kinds & TY_FLOAT;
    if (af && bf) return a.nonneg && b.nonneg;
    return af ? a.nonneg : bf ? b.nonneg : false;
}

int ty_node_new(TyProgram *p, int tlen) {
    TyNode n = {0};
    n.parent = p->nodes.len;
    n.tlen = tlen;
    VEC_PUSH(&p->nodes, n);
    return p->nodes.len - 1;
}

TyNode *ty_node(TyProgram *p, int n) { return &p->nodes.items[ty_find(p, n)]; }

int ty_find(TyProgram *p, int n) {
    while (p->nodes.items[n].parent != n) {
        p->nodes.items[n].parent = p->nodes.items[p->nodes.items[n].parent].parent;
        n = p->nodes.items[n].parent;
    }
    return n;
}

int ty_find_c(const TyProgram *p, int n) {
    while (p->nodes.items[n].parent != n) n = p->nodes.items[n].parent;
    return n;
}

static bool join_node_field(TyProgram *p, int *dst, int src) {
    if (!src) return false;
    if (!*dst) {
        *dst = src;
        return true;
    }
    int a = ty_find(p, *dst), b = ty_find(p, src);
    if (a == b) return false;
    /* link first, then merge contents: a cycle through the nodes ends at the
     * now shared root */
    p->nodes.items[b].parent = a;
    p->changed = true;
    TyNode nb = p->nodes.items[b];
    TyNode *na = &p->nodes.items[a];
    if (na->tlen >= 0 && nb.tlen == na->tlen) {
        for (int i = 0; i < nb.tlen; i++) {
            TyType t = p->nodes.items[a].pos[i];
            ty_join(p, &t, nb.pos[i]);
            p->nodes.items[a].pos[i] = t;
        }
    } else {
        p->nodes.items[a].tlen = -1;
    }
    TyType e = p->nodes.items[a].elem, v = p->nodes.items[a].val;
    ty_join(p, &e, nb.elem);
    ty_join(p, &v, nb.val);
    a = ty_find(p, a);
    p->nodes.items[a].elem = e;
    p->nodes.items[a].val = v;
    if (nb.escaped && !p->nodes.items[a].escaped) {
        TyType t = {.kinds = TY_LIST, .list = a};
        ty_escape(p, t);
    } else if (p->nodes.items[a].escaped) {
        ty_escape(p, nb.elem);
        ty_escape(p, nb.val);
    }
    return true;
}

bool ty_join(TyProgram *p, TyType *dst, TyType src) {
    bool grew = false;
    if ((dst->kinds | src.kinds) != dst->kinds || (dst->classes | src.classes) != dst->classes) grew = true;
    bool nn = joined_nonneg(*dst, src);
    if (dst->nonneg && !nn && (dst->kinds & TY_FLOAT)) grew = true;
    dst->nonneg = nn;
    dst->kinds |= src.kinds;
    dst->classes |= src.classes;
    grew |= join_node_field(p, &dst->list, src.list);
    grew |= join_node_field(p, &dst->tuple, src.tuple);
    grew |= join_node_field(p, &dst->dict, src.dict);
    grew |= join_node_field(p, &dst->set, src.set);
    grew |= join_node_field(p, &dst->iter, src.iter);
    return grew;
}

TyType ty_joined(TyProgram *p, TyType a, TyType b) {
    ty_join(p, &a, b);
    return a;
}

static bool same_node(const TyProgram *p, int a, int b) {
    if (!a || !b) return a == b;
    return ty_find_c(p, a) == ty_find_c(p, b);
}

bool ty_same(const TyProgram *p, TyType a, TyType b) {
    return a.kinds == b.kinds && a.classes == b.classes &&
           (!(a.kinds & TY_FLOAT) || a.nonneg == b.nonneg) && same_node(p, a.list, b.list) &&
           same_node(p, a.tuple, b.tuple) && same_node(p, a.dict, b.dict) && same_node(p, a.set, b.set) &&
           same_node(p, a.iter, b.iter);
}

static void escape_node(TyProgram *p, int n) {
    if (!n) return;
    n = ty_find(p, n);
    if (p->nodes.items[n].escaped) return;
    p->nodes.items[n].escaped = true;
    p->changed = true;
    TyNode copy = p->nodes.items[n];
    ty_escape(p, copy.elem);
    ty_escape(p, copy.val);
    for (int i = 0; i < copy.tlen; i++) ty_escape(p, copy.pos[i]);
    n = ty_find(p, n);
    TyNode *nd = &p->nodes.items[n];
    nd->elem.kinds |= TY_ANY;
    nd->val.kinds |= TY_ANY;
    for (int i = 0; i < nd->tlen; i++) nd->pos[i].kinds |= TY_ANY;
}

/* Unknown code may now hold t: whatever it can reach may change to anything. */
void ty_escape(TyProgram *p, TyType t) {
    if (t.kinds & TY_INSTANCE)
        for (int i = 0; i < p->classes.len && i < TY_MAX_CLASSES; i++) {
            if (!(t.classes & ((uint64_t)1 << i))) continue;
            for (TyClass *k = p->classes.items[i]; k; k = k->bases.len ? k->bases.items[0] : NULL)
                if (!k->inst_escaped) {
                    k->inst_escaped = true;
                    p->changed = true;
                }
        }
    escape_node(p, t.list);
    escape_node(p, t.tuple);
    escape_node(p, t.dict);
    escape_node(p, t.set);
    escape_node(p, t.iter);
}

void ty_node_add(TyProgram *p, int node, int which, TyType t) {
    if (!node) return;
    int n = ty_find(p, node);
    if (p->nodes.items[n].escaped) ty_escape(p, t);
    TyType cur;
    if (which == 0) cur = p->nodes.items[n].elem;
    else if (which == 1) cur = p->nodes.items[n].val;
    else cur = p->nodes.items[n].pos[which - 2];
    if (ty_join(p, &cur, t)) p->changed = true;
    n = ty_find(p, n);
    if (which == 0) p->nodes.items[n].elem = cur;
    else if (which == 1) p->nodes.items[n].val = cur;
    else p->nodes.items[n].pos[which - 2] = cur;
    if (which >= 2) {
        TyType e = p->nodes.items[n].elem;
        if (ty_join(p, &e, t)) p->changed = true;
        p->nodes.items[ty_find(p, n)].elem = e;
    }
}

static size_t site_hash(const void *site, int slot) {
    uintptr_t h = (uintptr_t)site * 0x9E3779B97F4A7C15u + (uintptr_t)slot * 31u;
    return (size_t)(h ^ (h >> 29));
}

int ty_site(TyProgram *p, const void *site, int slot, int tlen) {
    if (p->nsites * 2 >= p->capsites) {
        int old = p->capsites;
        __typeof__(p->sites) olds = p->sites;
        p->capsites = old ? old * 2 : 256;
        p->sites = xmalloc(sizeof(*p->sites) * (size_t)p->capsites);
        memset(p->sites, 0, sizeof(*p->sites) * (size_t)p->capsites);
        p->nsites = 0;
        for (int i = 0; i < old; i++)
            if (olds[i].site) {
                size_t h = site_hash(olds[i].site, olds[i].slot) & (size_t)(p->capsites - 1);
                while (p->sites[h].site) h = (h + 1) & (size_t)(p->capsites - 1);
                p->sites[h] = olds[i];
                p->nsites++;
            }
        free(olds);
    }
    size_t h = site_hash(site, slot) & (size_t)(p->capsites - 1);
    while (p->sites[h].site) {
        if (p->sites[h].site == site && p->sites[h].slot == slot) return p->sites[h].node;
        h = (h + 1) & (size_t)(p->capsites - 1);
    }
    p->sites[h].site = site;
    p->sites[h].slot = slot;
    p->sites[h].node = ty_node_new(p, tlen);
    p->nsites++;
    return p->sites[h].node;
}

TyType ty_list_of(TyProgram *p, const void *site, int slot, TyType elem) {
    TyType t = {.kinds = TY_LIST, .list = ty_site(p, site, slot, -1)};
    ty_node_add(p, t.list, 0, elem);
    return t;
}

TyType ty_iter_of(TyProgram *p, const void *site, int slot, TyType elem) {
    TyType t = {.kinds = TY_ITER, .iter = ty_site(p, site, slot, -1)};
    ty_node_add(p, t.iter, 0, elem);
    return t;
}

TyType ty_tuple_of(TyProgram *p, const void *site, int slot, const TyType *items, int n) {
    TyType t = {.kinds = TY_TUPLE, .tuple = ty_site(p, site, slot, n <= TY_TUPLE_MAX ? n : -1)};
    int root = ty_find(p, t.tuple);
    bool fixed = p->nodes.items[root].tlen == n;
    for (int i = 0; i < n; i++) ty_node_add(p, t.tuple, fixed ? 2 + i : 0, items[i]);
    return t;
}

TyType ty_iter_elem(TyProgram *p, TyType t, const void *site) {
    TyType r = {0};
    if (t.kinds & (TY_ANY | TY_INSTANCE | TY_CLASS | TY_MODULE | TY_FUNCTION)) r.kinds |= TY_ANY;
    if (t.kinds & TY_STR) r.kinds |= TY_STR;
    if (t.kinds & (TY_BYTES | TY_RANGE)) r.kinds |= TY_INT;
    if ((t.kinds & TY_LIST) && t.list) ty_join(p, &r, ty_node(p, t.list)->elem);
    if ((t.kinds & TY_TUPLE) && t.tuple) ty_join(p, &r, ty_node(p, t.tuple)->elem);
    if ((t.kinds & (TY_SET | TY_FROZENSET)) && t.set) ty_join(p, &r, ty_node(p, t.set)->elem);
    if ((t.kinds & (TY_ITER | TY_GENERATOR)) && t.iter) ty_join(p, &r, ty_node(p, t.iter)->elem);
    if ((t.kinds & (TY_DICT | TY_DICT_KEYS)) && t.dict) ty_join(p, &r, ty_node(p, t.dict)->elem);
    if ((t.kinds & TY_DICT_VALUES) && t.dict) ty_join(p, &r, ty_node(p, t.dict)->val);
    if ((t.kinds & TY_DICT_ITEMS) && t.dict) {
        TyType kv[2] = {ty_node(p, t.dict)->elem, ty_node(p, t.dict)->val};
        ty_join(p, &r, ty_tuple_of(p, site, 900, kv, 2));
    }
    return r;
}

TyNamed *ty_named_find(TyNamedVec *v, const char *name) {
    for (int i = 0; i < v->len; i++)
        if (strcmp(v->items[i].name, name) == 0) return &v->items[i];
    return NULL;
}

TyType ty_named_get(const TyNamedVec *v, const char *name) {
    TyNamed *n = ty_named_find((TyNamedVec *)v, name);
    return n ? n->t : (TyType){0};
}

bool ty_named_join(TyProgram *p, TyNamedVec *v, const char *name, TyType t) {
    TyNamed *n = ty_named_find(v, name);
    if (!n) {
        VEC_PUSH(v, ((TyNamed){name, {0}}));
        n = &VEC_LAST(v);
        p->changed = true;
    }
    TyType cur = n->t;
    bool grew = ty_join(p, &cur, t);
    ty_named_find(v, name)->t = cur;
    if (grew) p->changed = true;
    return grew;
}

/* ---- printing ---------------------------------------------------------------- */

static const char *const kind_names[] = {
#define X(k, s) s,
    TY_KINDS(X)
#undef X
};

static void put_node_elem(const TyProgram *p, int n, int which, StrBuf *out, int depth) {
    const TyNode *nd = &p->nodes.items[ty_find_c(p, n)];
    TyType t = which == 0 ? nd->elem : nd->val;
    ty_format_depth(p, t, out, depth + 1);
}

void ty_format_depth(const TyProgram *p, TyType t, StrBuf *out, int depth) {
    if (t.kinds & TY_ANY) {
        sb_puts(out, "any");
        return;
    }
    if (!t.kinds) {
        sb_puts(out, "never");
        return;
    }
    bool first = true;
    for (int k = 0; k < TY_KIND_COUNT; k++) {
        if (!(t.kinds & (1u << k))) continue;
        if (k == TY_BIT_INSTANCE) {
            for (int c = 0; c < p->classes.len && c < TY_MAX_CLASSES; c++)
                if (t.classes & ((uint64_t)1 << c)) {
                    if (!first) sb_putc(out, '|');
                    first = false;
                    sb_puts(out, p->classes.items[c]->qualname);
                }
            continue;
        }
        if (!first) sb_putc(out, '|');
        first = false;
        sb_puts(out, kind_names[k]);
        if (k == TY_BIT_FLOAT && t.nonneg) sb_puts(out, ">=0");
        if (depth >= 3) continue;
        int n = 0;
        switch (k) {
        case TY_BIT_LIST: n = t.list; break;
        case TY_BIT_SET:
        case TY_BIT_FROZENSET: n = t.set; break;
        case TY_BIT_ITER:
        case TY_BIT_GENERATOR: n = t.iter; break;
        case TY_BIT_DICT_KEYS: n = t.dict; break;
        case TY_BIT_DICT_VALUES:
            if (t.dict) {
                sb_putc(out, '[');
                put_node_elem(p, t.dict, 1, out, depth);
                sb_putc(out, ']');
            }
            continue;
        case TY_BIT_DICT:
        case TY_BIT_DICT_ITEMS:
            if (t.dict) {
                sb_putc(out, '[');
                put_node_elem(p, t.dict, 0, out, depth);
                sb_puts(out, ", ");
                put_node_elem(p, t.dict, 1, out, depth);
                sb_putc(out, ']');
            }
            continue;
        case TY_BIT_TUPLE:
            if (t.tuple) {
                const TyNode *nd = &p->nodes.items[ty_find_c(p, t.tuple)];
                sb_putc(out, '[');
                if (nd->tlen >= 0) {
                    for (int i = 0; i < nd->tlen; i++) {
                        if (i) sb_puts(out, ", ");
                        ty_format_depth(p, nd->pos[i], out, depth + 1);
                    }
                    if (nd->tlen == 0) sb_puts(out, "()");
                } else {
                    ty_format_depth(p, nd->elem, out, depth + 1);
                    sb_puts(out, ", ...");
                }
                sb_putc(out, ']');
            }
            continue;
        default: continue;
        }
        if (n) {
            sb_putc(out, '[');
            put_node_elem(p, n, 0, out, depth);
            sb_putc(out, ']');
        }
    }
}

void ty_format(const TyProgram *p, TyType t, StrBuf *out) { ty_format_depth(p, t, out, 0); }
