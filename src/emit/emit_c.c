/* IR -> C: one translation unit per module, including <py2c.h>.
 *
 * Shape of the output (deterministic: no paths beyond the ones given, no
 * timestamps, no pointer values):
 *   header comment, #include, ABI static assert
 *   constants (immortal str objects; big ints, bytes and keyword-name tuples
 *     made once when the module starts), module globals
 *   prototypes of every function, generator frame structs
 *   per function: traceback location table, Py2cCode, parameter names and
 *     Py2cFuncInfo (defs) or Py2cGenInfo (generator expressions)
 *   the functions: #line-tagged statements (see fix_line_directives; none
 *     with EmOptions.no_line_directives) whose fallible calls are each
 *     checked and jump to the innermost handler or the one cleanup label
 *   the module's clear function, if it has anything to release (globals in
 *     reverse order of definition, then the constants that are objects with
 *     a count)
 *   main(), which hands both to py2c_main_module.
 * Names: Python locals v_<name>, cells c_<name>, globals g_<module>__<name>
 * (non-ASCII names: vu_/cu_/gu_ with bytes escaped), functions f_<qualname>.
 *
 * Shared slots: module globals and cell contents can be seen by several
 * threads, so they are read and written only through py2c_slot_load (a new
 * reference) and py2c_slot_store (steals; releases the old value), never as
 * plain lvalues: a store in one thread must not free a value another thread
 * is still using. A call that reads a slot as an argument loads it into a
 * local s<k> first and releases it right after the call:
 *     { Py2cValue s0 = py2c_slot_load(&g_m__xs); t[2] = py2c_getitem(s0, t[1]); py2c_decref(s0); }
 * Single-threaded that costs an incref/decref pair per such read. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "emit/emit.h"
#include "emit/em_internal.h"

#ifndef PY2C_VERSION
#define PY2C_VERSION "0.0.0"
#endif

/* The runtime ABI this emitter targets: PY2C_ABI_VERSION in
 * runtime/include/py2c/value.h. Bump both together. */
#define EM_RUNTIME_ABI 6

/* Ends a function's Python lines: replaced by fix_line_directives (no
 * directive has line 0 otherwise). */
#define LINE_RESTORE "#line 0"

typedef struct Em {
    bool *error_used, *unwind_used; /* per handler of the current function */
    IrOperand *slots; /* slot operands of the call being emitted, each loaded into s<k> */
    int nslots, slots_cap;
    const IrModule *m;
    const IrFunc *f;
    StrBuf *out;
    const char *pre; /* "fr->" inside generator bodies */
    const char *mod; /* mangled module name */
    bool *label_seen; /* per label of the current function: already emitted (a jump there is a back-edge) */
    int nic, nic_cap; /* inline caches (attr_ic[]) used so far, and declared */
    bool no_lines;    /* EmOptions.no_line_directives */
    bool *var_flag;   /* per variable of the current function: an unboxed one needs its bound flag */
    EmLive *live;     /* which temporaries may hold references where (em_live.c), or NULL */
    int cur;          /* the index of the instruction being emitted */
} Em;

/* Whether the result slot is certainly PY2C_NULL before the current instruction. */
static bool result_empty(const Em *e) {
    return e->live && !em_live_has(&e->live->in[(size_t)e->cur * (size_t)e->live->nw], e->f->ntemps);
}

static bool ascii_ident(const char *s) {
    for (const char *p = s; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
    }
    return true;
}

/* prefix + name, or prefix-with-u + escaped name for non-ASCII names. */
static void put_mangled(StrBuf *out, const char *prefix, const char *name) {
    if (strcmp(name, ".0") == 0) {
        sb_printf(out, "%s_0", prefix);
        return;
    }
    if (ascii_ident(name)) {
        sb_printf(out, "%s_%s", prefix, name);
        return;
    }
    sb_printf(out, "%su_", prefix);
    for (const char *p = name; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) sb_putc(out, (char)ch);
        else sb_printf(out, "_%02X", ch);
    }
}

static void put_var(Em *e, int index) {
    const IrVar *v = &e->f->vars[index];
    sb_puts(e->out, e->pre);
    put_mangled(e->out, v->kind == IR_VAR_LOCAL ? "v" : "c", v->name);
}

/* An unboxed variable's "is bound" flag (only where BOUND or CLEAR use it). */
static void put_var_flag(Em *e, int index) {
    sb_puts(e->out, e->pre);
    put_mangled(e->out, "vb", e->f->vars[index].name);
}

static bool is_unboxed(const Em *e, IrOperand o) { return o.kind == IR_OPND_VAR && e->f->vars[o.index].unboxed; }

static bool is_double(IrOperand o) {
    return o.kind == IR_OPND_FTEMP || o.kind == IR_OPND_FVAR || o.kind == IR_OPND_FCONST;
}

static void put_global(Em *e, int index) {
    const char *name = e->m->globals[index].name;
    if (ascii_ident(name)) {
        sb_printf(e->out, "g_%s__%s", e->mod, name);
    } else {
        sb_printf(e->out, "gu_%s_", e->mod);
        put_mangled(e->out, "", name);
    }
}

static void put_const(Em *e, const IrConst *k) {
    StrBuf *out = e->out;
    switch (k->kind) {
    case IR_CONST_NONE: sb_puts(out, "PY2C_NONE"); return;
    case IR_CONST_BOOL: sb_puts(out, k->i ? "PY2C_TRUE" : "PY2C_FALSE"); return;
    case IR_CONST_INT: sb_printf(out, "py2c_int(%lld)", (long long)k->i); return;
    case IR_CONST_FLOAT:
        sb_puts(out, "py2c_float(");
        em_c_double(out, k->f);
        sb_putc(out, ')');
        return;
    case IR_CONST_STR: sb_printf(out, "py2c_obj_value(&str_%d.ob)", k->id); return;
    case IR_CONST_BIGINT: sb_printf(out, "bigint_%d", k->id); return;
    case IR_CONST_BYTES: sb_printf(out, "bytes_%d", k->id); return;
    case IR_CONST_KWNAMES: sb_printf(out, "kwnames_%d", k->id); return;
    case IR_CONST_ELLIPSIS: sb_puts(out, "PY2C_ELLIPSIS"); return;
    }
    INTERNAL_ERROR("bad IR constant kind %d", (int)k->kind);
}

static bool is_slot(IrOperand o) {
    return o.kind == IR_OPND_GLOBAL || o.kind == IR_OPND_DEREF || o.kind == IR_OPND_CELL_REF;
}

static bool same_slot(IrOperand a, IrOperand b) { return a.kind == b.kind && a.index == b.index; }

/* The address of a slot operand: &g_m__x, &py2c_cell_ptr(c_x)->ref. */
static void put_slot_addr(Em *e, IrOperand o) {
    StrBuf *out = e->out;
    switch (o.kind) {
    case IR_OPND_GLOBAL:
        sb_putc(out, '&');
        put_global(e, o.index);
        return;
    case IR_OPND_DEREF:
        sb_puts(out, "&py2c_cell_ptr(");
        put_var(e, o.index);
        sb_puts(out, ")->ref");
        return;
    case IR_OPND_CELL_REF: sb_printf(out, "&py2c_cell_ptr(%st[%d])->ref", e->pre, o.index); return;
    default: break;
    }
    INTERNAL_ERROR("operand kind %d is not a slot", (int)o.kind);
}

/* A new reference to the slot's value: py2c_slot_load(&g), or for a builtin
 * the module rebinds, the global once bound, else the builtin. */
static void put_slot_load(Em *e, IrOperand o) {
    if (o.kind == IR_OPND_GLOBAL && e->m->globals[o.index].is_builtin_name) {
        sb_puts(e->out, "py2c_slot_load_or(");
        put_slot_addr(e, o);
        sb_printf(e->out, ", %s)", e->m->globals[o.index].builtin);
        return;
    }
    sb_puts(e->out, "py2c_slot_load(");
    put_slot_addr(e, o);
    sb_putc(e->out, ')');
}

static void put_operand(Em *e, IrOperand o) {
    StrBuf *out = e->out;
    if (is_slot(o)) {
        for (int k = 0; k < e->nslots; k++)
            if (same_slot(e->slots[k], o)) {
                sb_printf(out, "s%d", k);
                return;
            }
        INTERNAL_ERROR("slot operand %d/%d used without a load", (int)o.kind, o.index);
    }
    switch (o.kind) {
    case IR_OPND_ABSENT: sb_puts(out, "PY2C_NULL"); return;
    case IR_OPND_TEMP: sb_printf(out, "%st[%d]", e->pre, o.index); return;
    case IR_OPND_INT: sb_printf(out, "%sn%d", e->pre, o.index); return;
    case IR_OPND_CONST: put_const(e, &e->m->consts[o.index]); return;
    case IR_OPND_VAR:
        if (e->f->vars[o.index].unboxed) { /* its value, boxed */
            sb_puts(out, "py2c_float(");
            put_var(e, o.index);
            sb_putc(out, ')');
            return;
        }
        put_var(e, o.index);
        return;
    case IR_OPND_FTEMP: sb_printf(out, "%sf%d", e->pre, o.index); return;
    case IR_OPND_ITEMP: sb_printf(out, "%si64_%d", e->pre, o.index); return;
    case IR_OPND_FVAR: put_var(e, o.index); return;
    case IR_OPND_FCONST: em_c_double(out, e->m->consts[o.index].f); return;
    case IR_OPND_DEREF:
    case IR_OPND_GLOBAL:
    case IR_OPND_CELL_REF: break; /* slots: above */
    case IR_OPND_RESULT: sb_puts(out, "result"); return;
    case IR_OPND_C: sb_puts(out, o.text); return;
    case IR_OPND_ADDR: sb_printf(out, "&%st[%d]", e->pre, o.index); return;
    case IR_OPND_ARRAY:
        if (o.nitems == 0) {
            sb_puts(out, "NULL");
            return;
        }
        sb_puts(out, "(Py2cValue[]){");
        for (int i = 0; i < o.nitems; i++) {
            if (i) sb_puts(out, ", ");
            put_operand(e, o.items[i]);
        }
        sb_putc(out, '}');
        return;
    }
    INTERNAL_ERROR("bad IR operand kind %d", (int)o.kind);
}

/* An lvalue for a store or clear (never a slot: those use py2c_slot_store;
 * never an unboxed variable: emit_unboxed_store). */
static void put_lvalue(Em *e, IrOperand o) {
    if (is_unboxed(e, o)) INTERNAL_ERROR("unboxed variable %s used as a value slot", e->f->vars[o.index].name);
    put_operand(e, o);
}

/* Collects the distinct slot operands among ops (arrays included) into e->slots. */
static void collect_slots(Em *e, const IrOperand *ops, int n) {
    for (int i = 0; i < n; i++) {
        if (ops[i].kind == IR_OPND_ARRAY) {
            collect_slots(e, ops[i].items, ops[i].nitems);
            continue;
        }
        if (!is_slot(ops[i])) continue;
        bool seen = false;
        for (int k = 0; k < e->nslots; k++) seen |= same_slot(e->slots[k], ops[i]);
        if (seen) continue;
        if (e->nslots == e->slots_cap) {
            e->slots_cap = e->slots_cap ? 2 * e->slots_cap : 8;
            e->slots = xrealloc(e->slots, (size_t)e->slots_cap * sizeof *e->slots);
        }
        e->slots[e->nslots++] = ops[i];
    }
}

/* Opens the block that loads the instruction's slot operands into s<k>;
 * false (and nothing written) when it has none. */
static bool open_slot_block(Em *e, const IrOperand *ops, int n) {
    e->nslots = 0;
    collect_slots(e, ops, n);
    if (e->nslots == 0) return false;
    sb_puts(e->out, "    {");
    for (int k = 0; k < e->nslots; k++) {
        sb_printf(e->out, " Py2cValue s%d = ", k);
        put_slot_load(e, e->slots[k]);
        sb_putc(e->out, ';');
    }
    sb_putc(e->out, ' ');
    return true;
}

/* Releases the loaded slots (the block stays open). */
static void release_slots(Em *e) {
    for (int k = 0; k < e->nslots; k++) sb_printf(e->out, " py2c_decref(s%d);", k);
    e->nslots = 0;
}

static void put_error_jump(Em *e, const IrInstr *in) {
    if (in->handler == 0) sb_printf(e->out, "{ loc = %d; goto error; }", in->loc);
    else sb_printf(e->out, "{ loc = %d; goto error_%d; }", in->loc, in->handler);
}

/* The slot forms of attribute operations (py2c/layout.h, lower/lw_layout.c):
 * obj, name[, v], layout type, slot index, then the site's cache. */
static bool is_slot_attr(const IrInstr *in) {
    return strcmp(in->fn, "py2c_getattr_slot") == 0 || strcmp(in->fn, "py2c_setattr_slot") == 0;
}

/* Attribute operations on a constant name get an inline cache of their own
 * (Py2cAttrCache in py2c/abstract.h): the call becomes the _ic form with
 * &attr_ic[k] as its last argument (the slot forms take it as they are). */
static bool uses_attr_cache(const Em *e, const IrInstr *in) {
    if (in->kind != IR_CALL || in->nargs < 2 || in->args[1].kind != IR_OPND_CONST ||
        e->m->consts[in->args[1].index].kind != IR_CONST_STR)
        return false;
    return strcmp(in->fn, "py2c_getattr") == 0 || strcmp(in->fn, "py2c_setattr") == 0 ||
           strcmp(in->fn, "py2c_method_lookup") == 0 || is_slot_attr(in);
}

/* A class's layout type static (lower/lw_layout.c): the C name that
 * py2c_layout_type's result is stored into, or NULL. */
static const char *layout_static(const IrInstr *in) {
    if (in->kind != IR_CALL || strcmp(in->fn, "py2c_layout_type") != 0 || in->dest.kind != IR_OPND_C) return NULL;
    return in->dest.text;
}

static int count_attr_caches(const Em *e) {
    int n = 0;
    for (int i = 0; i < e->m->nfuncs; i++)
        for (int j = 0; j < e->m->funcs[i]->ncode; j++) n += uses_attr_cache(e, &e->m->funcs[i]->code[j]);
    return n;
}

static void put_call(Em *e, const IrInstr *in) {
    bool ic = e->nic < e->nic_cap && uses_attr_cache(e, in); /* (an instruction emitted twice: plain call) */
    int nargs = in->nargs;
    if (ic && is_slot_attr(in)) {
        sb_printf(e->out, "%s(", in->fn);
    } else if (is_slot_attr(in)) { /* no cache: the generic call, without the layout arguments */
        nargs -= 2;
        sb_puts(e->out, in->fn[5] == 'g' ? "py2c_getattr(" : "py2c_setattr(");
    } else {
        sb_printf(e->out, ic ? "%s_ic(" : "%s(", in->fn);
    }
    for (int i = 0; i < nargs; i++) {
        if (i) sb_puts(e->out, ", ");
        if (in->negate && in->args[i].kind == IR_OPND_INT) sb_putc(e->out, '!');
        put_operand(e, in->args[i]);
    }
    if (ic) sb_printf(e->out, ", &attr_ic[%d]", e->nic++);
    sb_putc(e->out, ')');
}

static void put_c_text(StrBuf *out, const char *s) { em_c_string(out, s, strlen(s)); }

static void emit_bound(Em *e, const IrInstr *in) {
    StrBuf *out = e->out;
    if (is_unboxed(e, in->args[0])) {
        sb_puts(out, "    if (!");
        put_var_flag(e, in->args[0].index);
        sb_puts(out, ") {\n        py2c_error_format(");
    } else if (is_slot(in->args[0])) {
        sb_puts(out, "    if (!py2c_slot_bound(");
        put_slot_addr(e, in->args[0]);
        sb_puts(out, ")) {\n        py2c_error_format(");
    } else {
        sb_puts(out, "    if (PY2C_IS_NULL(");
        put_lvalue(e, in->args[0]);
        sb_puts(out, ")) {\n        py2c_error_format(");
    }
    char msg[600];
    switch (in->bound) {
    case IR_BOUND_LOCAL:
        sb_puts(out, "&py2c_exc_UnboundLocalError, ");
        snprintf(msg, sizeof msg, "cannot access local variable '%s' where it is not associated with a value", in->name);
        break;
    case IR_BOUND_GLOBAL:
        sb_puts(out, "&py2c_exc_NameError, ");
        snprintf(msg, sizeof msg, "name '%s' is not defined", in->name);
        break;
    case IR_BOUND_FREE:
        sb_puts(out, "&py2c_exc_NameError, ");
        snprintf(msg, sizeof msg,
                 "cannot access free variable '%s' where it is not associated with a value in enclosing scope", in->name);
        break;
    case IR_BOUND_RUNTIME:
        sb_puts(out, "&py2c_exc_RuntimeError, ");
        snprintf(msg, sizeof msg, "%s", in->name);
        break;
    }
    put_c_text(out, msg);
    sb_puts(out, ");\n        ");
    put_error_jump(e, in);
    sb_puts(out, "\n    }\n");
}

/* Constants whose reference needs no count (immediates, immortal str). */
static bool uncounted(const Em *e, IrOperand o) {
    if (o.kind == IR_OPND_ABSENT) return true;
    if (o.kind != IR_OPND_CONST) return false;
    switch (e->m->consts[o.index].kind) {
    case IR_CONST_NONE:
    case IR_CONST_BOOL:
    case IR_CONST_INT:
    case IR_CONST_FLOAT:
    case IR_CONST_STR:
    case IR_CONST_ELLIPSIS: return true;
    case IR_CONST_BIGINT:
    case IR_CONST_BYTES:
    case IR_CONST_KWNAMES: return false;
    }
    return false;
}

/* STORE into a global or cell: py2c_slot_store steals the value. */
static void emit_slot_store(Em *e, const IrInstr *in) {
    StrBuf *out = e->out;
    IrOperand src = in->args[0];
    bool keep = in->keep && src.kind != IR_OPND_ABSENT && !uncounted(e, src);
    sb_puts(out, "    ");
    if (keep && !is_slot(src)) {
        sb_puts(out, "py2c_incref(");
        put_operand(e, src);
        sb_puts(out, "); ");
    }
    sb_puts(out, "py2c_slot_store(");
    put_slot_addr(e, in->dest);
    sb_puts(out, ", ");
    if (is_slot(src)) put_slot_load(e, src); /* a new reference, whether kept or not */
    else put_operand(e, src);
    sb_puts(out, ");");
    if (!keep && src.kind == IR_OPND_TEMP) {
        sb_puts(out, " ");
        put_operand(e, src);
        sb_puts(out, " = PY2C_NULL;");
    }
    sb_putc(out, '\n');
}

/* STORE into an unboxed variable: a double, or the double of a float value
 * (inference proved it one; floats are immediates, so nothing to release). */
static void emit_unboxed_store(Em *e, const IrInstr *in) {
    StrBuf *out = e->out;
    IrOperand src = in->args[0];
    sb_puts(out, "    ");
    put_var(e, in->dest.index);
    sb_puts(out, " = ");
    if (is_double(src) || is_unboxed(e, src)) {
        if (is_unboxed(e, src)) src.kind = IR_OPND_FVAR;
        put_operand(e, src);
    } else {
        sb_puts(out, "py2c_float_value(");
        if (is_slot(src)) put_slot_load(e, src);
        else put_operand(e, src);
        sb_putc(out, ')');
    }
    sb_putc(out, ';');
    if (!in->keep && src.kind == IR_OPND_TEMP) {
        sb_putc(out, ' ');
        put_operand(e, src);
        sb_puts(out, " = PY2C_NULL;");
    }
    if (e->var_flag[in->dest.index]) {
        sb_putc(out, ' ');
        put_var_flag(e, in->dest.index);
        sb_puts(out, " = true;");
    }
    sb_putc(out, '\n');
}

static void emit_store(Em *e, const IrInstr *in) {
    StrBuf *out = e->out;
    IrOperand src = in->args[0];
    if (is_unboxed(e, in->dest)) {
        emit_unboxed_store(e, in);
        return;
    }
    if (is_double(src)) INTERNAL_ERROR("a double stored into a value slot");
    if (is_slot(in->dest)) {
        emit_slot_store(e, in);
        return;
    }
    if (is_slot(src)) {
        /* a new reference from the slot (a load that does not keep would
         * hand out a borrowed value another thread may free) */
        sb_puts(out, "    ");
        if (in->dest.kind != IR_OPND_TEMP) {
            sb_puts(out, "{ Py2cValue old = ");
            put_lvalue(e, in->dest);
            sb_puts(out, "; ");
        }
        put_lvalue(e, in->dest);
        sb_puts(out, " = ");
        put_slot_load(e, src);
        sb_puts(out, in->dest.kind != IR_OPND_TEMP ? "; py2c_decref(old); }\n" : ";\n");
        if (!in->keep) INTERNAL_ERROR("a store moves out of a global or cell");
        return;
    }
    bool plain = in->dest.kind == IR_OPND_TEMP || (in->dest.kind == IR_OPND_RESULT && result_empty(e));
    if (uncounted(e, src)) {
        sb_puts(out, "    ");
        if (!plain) {
            sb_puts(out, "PY2C_CLEAR(");
            put_lvalue(e, in->dest);
            sb_puts(out, ");\n    ");
        }
        put_lvalue(e, in->dest);
        sb_puts(out, " = ");
        put_operand(e, src);
        sb_puts(out, ";\n");
        return;
    }
    if (plain) {
        sb_puts(out, "    ");
        put_operand(e, in->dest);
        sb_puts(out, " = ");
        put_operand(e, src);
        sb_puts(out, ";");
    } else {
        sb_puts(out, "    { Py2cValue old = ");
        put_lvalue(e, in->dest);
        sb_puts(out, "; ");
        put_lvalue(e, in->dest);
        sb_puts(out, " = ");
        put_operand(e, src);
        sb_puts(out, ";");
    }
    if (in->keep && src.kind != IR_OPND_ABSENT) {
        sb_puts(out, " py2c_incref(");
        put_lvalue(e, in->dest);
        sb_puts(out, ");");
    } else if (src.kind == IR_OPND_TEMP) {
        sb_puts(out, " ");
        put_operand(e, src);
        sb_puts(out, " = PY2C_NULL;");
    }
    if (!plain) sb_puts(out, " py2c_decref(old); }");
    sb_putc(out, '\n');
}

static void emit_make_gen(Em *e, const IrInstr *in) {
    StrBuf *out = e->out;
    const IrFunc *g = e->m->funcs[in->index];
    sb_puts(out, "    ");
    put_operand(e, in->dest);
    sb_printf(out, " = py2c_generator_new(&geninfo_%s);\n    if (PY2C_IS_NULL(", g->c_name);
    put_operand(e, in->dest);
    sb_puts(out, ")) ");
    put_error_jump(e, in);
    sb_printf(out, "\n    {\n        fr_%s *nf = py2c_generator_frame(", g->c_name);
    put_operand(e, in->dest);
    sb_puts(out, ");\n");
    /* args[0] -> .0 (var 0); args[1..] -> the free variables in order */
    sb_puts(out, "        nf->v_0 = ");
    put_operand(e, in->args[0]);
    sb_puts(out, ";\n        ");
    put_operand(e, in->args[0]);
    sb_puts(out, " = PY2C_NULL;\n");
    int k = 1;
    for (int i = 0; i < g->nvars; i++) {
        if (g->vars[i].kind != IR_VAR_FREE) continue;
        sb_puts(out, "        nf->");
        put_mangled(out, "c", g->vars[i].name);
        sb_puts(out, " = ");
        put_operand(e, in->args[k++]);
        sb_puts(out, ";\n        py2c_incref(nf->");
        put_mangled(out, "c", g->vars[i].name);
        sb_puts(out, ");\n");
    }
    sb_puts(out, "    }\n");
}

/* The error check after a call whose result went to in->dest. */
static void emit_call_check(Em *e, const IrInstr *in) {
    StrBuf *out = e->out;
    switch (in->check) {
    case IR_CHECK_NONE: break;
    case IR_CHECK_NULL:
        sb_puts(out, "    if (PY2C_IS_NULL(");
        put_operand(e, in->dest);
        sb_puts(out, ")) ");
        put_error_jump(e, in);
        sb_putc(out, '\n');
        break;
    case IR_CHECK_NEG:
        sb_puts(out, "    if (");
        put_operand(e, in->dest);
        sb_puts(out, " < 0) ");
        put_error_jump(e, in);
        sb_putc(out, '\n');
        break;
    case IR_CHECK_FAIL:
        sb_puts(out, "    ");
        put_error_jump(e, in);
        sb_putc(out, '\n');
        break;
    }
}

/* Releases the temporaries from `from` up in set s (em_live.c), one
 * PY2C_CLEAR each, or a loop over a run of 4 or more. */
static void put_clears(Em *e, const EmWord *s, int from) {
    int n = e->f->ntemps;
    for (int k = from; k < n;) {
        if (!em_live_has(s, k)) {
            k++;
            continue;
        }
        int end = k;
        while (end < n && em_live_has(s, end)) end++;
        if (end - k >= 4) sb_printf(e->out, "    for (int k = %d; k < %d; k++) PY2C_CLEAR(t[k]);\n", k, end);
        else
            for (int j = k; j < end; j++) sb_printf(e->out, "    PY2C_CLEAR(t[%d]);\n", j);
        k = end;
    }
}

/* A direct call of a def's body (IrInstr.direct): the body owns its
 * parameters, so the arguments that are not temporaries get a reference
 * first, and the temporaries moved into it are left empty:
 *     py2c_incref(v_x);
 *     t[2] = f_g(NULL, (Py2cValue[]){v_x, t[1]});
 *     t[1] = PY2C_NULL;
 *     if (PY2C_IS_NULL(t[2])) { loc = 3; goto error; } */
static void emit_direct_call(Em *e, const IrInstr *in) {
    StrBuf *out = e->out;
    IrOperand params = in->args[1];
    if (in->nargs != 2 || (params.kind != IR_OPND_ARRAY && params.kind != IR_OPND_ABSENT) ||
        in->dest.kind != IR_OPND_TEMP)
        INTERNAL_ERROR("a direct call of %s has the wrong shape", in->fn);
    int n = params.kind == IR_OPND_ARRAY ? params.nitems : 0;
    for (int i = 0; i < n; i++) {
        IrOperand a = params.items[i];
        if (is_slot(a) || a.kind == IR_OPND_ARRAY || is_double(a))
            INTERNAL_ERROR("a direct call passes operand kind %d", (int)a.kind);
        if (a.kind == IR_OPND_TEMP || uncounted(e, a) || is_unboxed(e, a)) continue;
        sb_puts(out, "    py2c_incref(");
        put_operand(e, a);
        sb_puts(out, ");\n");
    }
    sb_puts(out, "    ");
    put_operand(e, in->dest);
    sb_puts(out, " = ");
    put_call(e, in);
    sb_puts(out, ";\n");
    for (int i = 0; i < n; i++) {
        if (params.items[i].kind != IR_OPND_TEMP) continue;
        sb_puts(out, "    ");
        put_operand(e, params.items[i]);
        sb_puts(out, " = PY2C_NULL;\n");
    }
    emit_call_check(e, in);
}

static void emit_instr(Em *e, const IrInstr *in, const bool *label_used) {
    StrBuf *out = e->out;
    switch (in->kind) {
    case IR_LINE:
        if (e->no_lines) return;
        sb_printf(out, "\n#line %d ", in->index);
        put_c_text(out, e->m->path);
        sb_putc(out, '\n');
        return;
    case IR_CALL:
        if (in->direct) {
            emit_direct_call(e, in);
            return;
        }
        if (open_slot_block(e, in->args, in->nargs)) {
            if (is_slot(in->dest)) INTERNAL_ERROR("a call stores into a global or cell");
            bool neg = in->check == IR_CHECK_NEG && in->dest.kind == IR_OPND_ABSENT;
            if (neg) sb_puts(out, "int64_t rc = ");
            else if (in->dest.kind != IR_OPND_ABSENT) {
                put_operand(e, in->dest);
                sb_puts(out, " = ");
            }
            put_call(e, in);
            sb_putc(out, ';');
            release_slots(e);
            if (neg) {
                sb_puts(out, " if (rc < 0) ");
                put_error_jump(e, in);
            }
            sb_puts(out, " }\n");
            if (!neg) emit_call_check(e, in);
            return;
        }
        sb_puts(out, "    ");
        if (in->check == IR_CHECK_NEG && in->dest.kind == IR_OPND_ABSENT) {
            sb_puts(out, "if (");
            put_call(e, in);
            sb_puts(out, " < 0) ");
            put_error_jump(e, in);
            sb_putc(out, '\n');
            return;
        }
        if (in->dest.kind != IR_OPND_ABSENT) {
            put_operand(e, in->dest);
            sb_puts(out, " = ");
        }
        put_call(e, in);
        sb_puts(out, ";\n");
        emit_call_check(e, in);
        return;
    case IR_STORE: emit_store(e, in); return;
    case IR_CLEAR:
        if (is_slot(in->dest)) {
            sb_puts(out, "    py2c_slot_store(");
            put_slot_addr(e, in->dest);
            sb_puts(out, ", PY2C_NULL);\n");
            return;
        }
        if (is_unboxed(e, in->dest)) {
            sb_puts(out, "    ");
            put_var_flag(e, in->dest.index);
            sb_puts(out, " = false;\n");
            return;
        }
        sb_puts(out, "    PY2C_CLEAR(");
        put_lvalue(e, in->dest);
        sb_puts(out, ");\n");
        return;
    case IR_BOUND: emit_bound(e, in); return;
    case IR_LABEL:
        e->label_seen[in->index] = true;
        if (label_used[in->index]) sb_printf(out, "L%d:;\n", in->index);
        return;
    /* A jump back to an emitted label closes a loop (while, for, a
     * comprehension, continue): a safepoint there lets other threads run on
     * WASI (fibers), a no-op natively (py2c/safepoint.h). */
    case IR_JUMP:
        sb_printf(out, e->label_seen[in->index] ? "    py2c_safepoint();\n    goto L%d;\n" : "    goto L%d;\n",
                  in->index);
        return;
    case IR_BRANCH:
        sb_printf(out, "    if (%s", in->negate ? "!" : "");
        put_operand(e, in->args[0]);
        if (e->label_seen[in->index]) sb_printf(out, ") {\n        py2c_safepoint();\n        goto L%d;\n    }\n", in->index);
        else sb_printf(out, ") goto L%d;\n", in->index);
        return;
    case IR_FOR_ITER:
        sb_puts(out, "    ");
        put_operand(e, in->dest);
        sb_puts(out, " = py2c_iter_next(");
        put_operand(e, in->args[0]);
        sb_puts(out, ");\n    if (PY2C_IS_NULL(");
        put_operand(e, in->dest);
        sb_puts(out, ")) {\n        if (py2c_error_occurred()) ");
        put_error_jump(e, in);
        sb_printf(out, "\n        goto L%d;\n    }\n", in->index);
        return;
    case IR_HANDLER:
        if (e->error_used[in->index])
            sb_printf(out, "error_%d:\n    py2c_traceback_add(&code_%s, loc);\n", in->index, e->f->c_name);
        if (e->unwind_used[in->index]) sb_printf(out, "unwind_%d:\n", in->index);
        if (e->live) /* the ones that may hold references here (em_live.c) */
            put_clears(e, &e->live->in[(size_t)e->cur * (size_t)e->live->nw], in->watermark);
        else if (in->watermark < e->f->ntemps)
            sb_printf(out, "    for (int k = %d; k < %d; k++) PY2C_CLEAR(%st[k]);\n", in->watermark, e->f->ntemps, e->pre);
        return;
    case IR_UNWIND:
        if (in->handler == 0) sb_puts(out, "    goto unwind;\n");
        else sb_printf(out, "    goto unwind_%d;\n", in->handler);
        return;
    case IR_RETURN: sb_puts(out, "    goto cleanup;\n"); return;
    case IR_YIELD:
        sb_puts(out, "    result = ");
        put_operand(e, in->args[0]);
        sb_puts(out, ";\n    ");
        put_operand(e, in->args[0]);
        sb_puts(out, " = PY2C_NULL;\n");
        for (int i = 1; i < in->nargs; i++) sb_puts(out, "    py2c_exc_handled_pop();\n");
        sb_printf(out, "    gen->state = %d;\n    goto cleanup;\nresume_%d:\n", in->index, in->index);
        for (int i = 1; i < in->nargs; i++) {
            sb_puts(out, "    py2c_exc_handled_push(");
            put_operand(e, in->args[i]);
            sb_puts(out, ");\n");
        }
        if (in->delegate) return; /* py2c_generator_yield_from takes what came in */
        /* throw(), close() (GeneratorExit): the exception is raised here */
        sb_puts(out, "    if (gen->throwing) ");
        put_error_jump(e, in);
        sb_putc(out, '\n');
        if (in->dest.kind != IR_OPND_ABSENT) {
            /* the value of the yield expression: send()'s argument, or None */
            sb_puts(out, "    ");
            put_operand(e, in->dest);
            sb_puts(out, " = PY2C_IS_NULL(gen->sent) ? PY2C_NONE : gen->sent;\n    gen->sent = PY2C_NULL;\n");
        }
        return;
    case IR_MAKE_GEN: emit_make_gen(e, in); return;
    }
    INTERNAL_ERROR("bad IR instruction kind %d", (int)in->kind);
}

/* ---- per-function tables ------------------------------------------------- */

static bool func_raises(const IrFunc *f) {
    if (f->start_loc >= 0) return true;
    for (int i = 0; i < f->ncode; i++)
        if (f->code[i].loc >= 0) return true;
    return false;
}

/* A generator def has two C functions: f_<name> creates the generator (the
 * function object's body), f_<name>_resume runs it. */
static void put_resume_name(Em *e, const IrFunc *f) {
    sb_printf(e->out, f->gen_def ? "%s_resume" : "%s", f->c_name);
}

static void put_signature(Em *e, const IrFunc *f) {
    if (f->gen_def) {
        sb_puts(e->out, "static Py2cValue ");
        put_resume_name(e, f);
        sb_puts(e->out, "(Py2cGenerator *gen)");
        return;
    }
    switch (f->kind) {
    case IR_FUNC_MODULE: sb_printf(e->out, "static Py2cValue %s(void)", f->c_name); return;
    case IR_FUNC_DEF: sb_printf(e->out, "static Py2cValue %s(Py2cFunction *fn, Py2cValue *params)", f->c_name); return;
    case IR_FUNC_COMPREHENSION: sb_printf(e->out, "static Py2cValue %s(Py2cValue it, const Py2cValue *cells)", f->c_name); return;
    case IR_FUNC_GENERATOR: sb_printf(e->out, "static Py2cValue %s(Py2cGenerator *gen)", f->c_name); return;
    }
}

static void emit_tables(Em *e, const IrFunc *f) {
    StrBuf *out = e->out;
    /* a function object always names its code; other code needs it only to raise */
    if (f->kind != IR_FUNC_DEF && !f->gen_def && !func_raises(f)) {
        sb_printf(out, "/* %s: nothing in it can raise */\n", f->qualname);
    } else {
        sb_printf(out, "/* %s: where its operations can raise, for tracebacks */\n", f->qualname);
        if (f->nlocs > 0) {
            sb_printf(out, "static const Py2cCodeLoc locs_%s[] = {\n", f->c_name);
            for (int i = 0; i < f->nlocs; i++) {
                const IrLoc *l = &f->locs[i];
                sb_printf(out, "    {%d, ", l->line);
                put_c_text(out, l->text);
                sb_puts(out, ", ");
                if (l->carets) put_c_text(out, l->carets);
                else sb_puts(out, "NULL");
                sb_puts(out, "},\n");
            }
            sb_puts(out, "};\n");
        }
        sb_printf(out, "static const Py2cCode code_%s = {", f->c_name);
        put_c_text(out, e->m->path);
        sb_puts(out, ", ");
        put_c_text(out, f->py_name);
        if (f->nlocs > 0) sb_printf(out, ", locs_%s, %d};\n", f->c_name, f->nlocs);
        else sb_puts(out, ", NULL, 0};\n");
    }
    if (f->kind == IR_FUNC_DEF || f->gen_def) {
        if (f->nparams > 0) {
            sb_printf(out, "static const char *const params_%s[] = {", f->c_name);
            for (int i = 0; i < f->nparams; i++) {
                if (i) sb_puts(out, ", ");
                put_c_text(out, f->vars[i].name);
            }
            sb_puts(out, "};\n");
        }
        sb_printf(out, "static const Py2cFuncInfo info_%s = {", f->c_name);
        const char *name = f->py_name;
        put_c_text(out, name);
        sb_puts(out, ", ");
        put_c_text(out, f->qualname);
        if (f->nparams > 0) sb_printf(out, ", params_%s", f->c_name);
        else sb_puts(out, ", NULL");
        sb_printf(out, ", %d, %d, %d, ", f->nposonly, f->npos, f->nkwonly);
        if (f->varargs && f->varkw) sb_puts(out, "PY2C_FUNC_VARARGS | PY2C_FUNC_VARKW");
        else if (f->varargs) sb_puts(out, "PY2C_FUNC_VARARGS");
        else if (f->varkw) sb_puts(out, "PY2C_FUNC_VARKW");
        else sb_puts(out, "0");
        sb_printf(out, ", %s, &code_%s, ", f->c_name, f->c_name);
        if (f->doc) put_c_text(out, f->doc);
        else sb_puts(out, "NULL");
        sb_puts(out, ", ");
        put_c_text(out, e->m->py_module ? e->m->py_module : "__main__");
        sb_puts(out, "};\n");
    }
    if (f->kind == IR_FUNC_GENERATOR) {
        sb_printf(out, "static const Py2cGenInfo geninfo_%s = {", f->c_name);
        put_c_text(out, f->py_name);
        sb_puts(out, ", ");
        put_c_text(out, f->qualname);
        sb_puts(out, ", ");
        put_resume_name(e, f);
        sb_printf(out, ", sizeof(fr_%s), %d};\n", f->c_name, f->nvars + f->ntemps);
    }
    sb_putc(out, '\n');
}

static void emit_frame_struct(Em *e, const IrFunc *f) {
    StrBuf *out = e->out;
    sb_printf(out, "/* %s: the frame kept between resumptions (values first: the runtime releases them) */\n", f->qualname);
    sb_printf(out, "typedef struct fr_%s {\n", f->c_name);
    for (int i = 0; i < f->nvars; i++) {
        sb_puts(out, "    Py2cValue ");
        put_mangled(out, f->vars[i].kind == IR_VAR_LOCAL ? "v" : "c", f->vars[i].name);
        sb_puts(out, ";\n");
    }
    if (f->ntemps > 0) sb_printf(out, "    Py2cValue t[%d];\n", f->ntemps);
    for (int i = 0; i < f->nints; i++) sb_printf(out, "    int n%d;\n", i);
    sb_printf(out, "} fr_%s;\n\n", f->c_name);
}

/* ---- function bodies --------------------------------------------------------- */

/* The body of a generator def's function object: a new generator whose frame
 * takes the arguments (cells made for captured ones) and the closure. */
static void emit_gen_starter(Em *e, const IrFunc *f) {
    StrBuf *out = e->out;
    e->f = f;
    e->pre = "fr->";
    sb_printf(out, "static Py2cValue %s(Py2cFunction *fn, Py2cValue *params) {\n", f->c_name);
    sb_printf(out, "    Py2cValue gen = py2c_generator_new(&geninfo_%s);\n    if (PY2C_IS_NULL(gen)) {\n", f->c_name);
    if (f->nparams > 0) sb_printf(out, "        for (int k = 0; k < %d; k++) py2c_decref(params[k]);\n", f->nparams);
    sb_printf(out, "        return PY2C_NULL;\n    }\n    fr_%s *fr = py2c_generator_frame(gen);\n", f->c_name);
    bool uses_fn = false;
    for (int i = 0; i < f->nvars; i++) {
        const IrVar *v = &f->vars[i];
        if (v->param >= 0 && v->kind == IR_VAR_LOCAL) {
            sb_puts(out, "    ");
            put_var(e, i);
            sb_printf(out, " = params[%d];\n", v->param);
        } else if (v->param >= 0 && v->kind == IR_VAR_CELL) {
            sb_puts(out, "    ");
            put_var(e, i);
            sb_printf(out, " = py2c_cell_new(params[%d]);\n    py2c_decref(params[%d]);\n    if (PY2C_IS_NULL(", v->param,
                      v->param);
            put_var(e, i);
            sb_puts(out, ")) {\n        py2c_decref(gen);\n        return PY2C_NULL;\n    }\n");
        } else if (v->kind == IR_VAR_FREE) {
            uses_fn = true;
            sb_puts(out, "    ");
            put_var(e, i);
            sb_printf(out, " = py2c_tuple_item(fn->closure, %d);\n    py2c_incref(", v->free_index);
            put_var(e, i);
            sb_puts(out, ");\n");
        }
    }
    if (!uses_fn) sb_puts(out, "    (void)fn;\n");
    if (f->nparams == 0) sb_puts(out, "    (void)params;\n");
    if (f->nparams == 0 && !uses_fn) sb_puts(out, "    (void)fr;\n");
    sb_puts(out, "    return gen;\n}\n\n");
}

static void emit_func(Em *e, const IrFunc *f) {
    StrBuf *out = e->out;
    e->f = f;
    bool gen = f->kind == IR_FUNC_GENERATOR;
    e->pre = gen ? "fr->" : "";
    bool raises = func_raises(f);
    /* which labels and handlers are jumped to */
    bool *label_used = xmalloc(sizeof(bool) * (size_t)(f->nlabels + 1));
    memset(label_used, 0, sizeof(bool) * (size_t)(f->nlabels + 1));
    e->label_seen = xmalloc(sizeof(bool) * (size_t)(f->nlabels + 1));
    memset(e->label_seen, 0, sizeof(bool) * (size_t)(f->nlabels + 1));
    e->error_used = xmalloc(sizeof(bool) * (size_t)(f->nhandlers + 1));
    e->unwind_used = xmalloc(sizeof(bool) * (size_t)(f->nhandlers + 1));
    memset(e->error_used, 0, sizeof(bool) * (size_t)(f->nhandlers + 1));
    memset(e->unwind_used, 0, sizeof(bool) * (size_t)(f->nhandlers + 1));
    for (int i = 0; i < f->ncode; i++) {
        const IrInstr *in = &f->code[i];
        if (in->kind == IR_JUMP || in->kind == IR_BRANCH || in->kind == IR_FOR_ITER) label_used[in->index] = true;
        if (in->loc >= 0) e->error_used[in->handler] = true;
        if (in->kind == IR_UNWIND) e->unwind_used[in->handler] = true;
    }
    if (f->start_loc >= 0) e->error_used[0] = true;
    e->var_flag = xmalloc(sizeof(bool) * (size_t)(f->nvars + 1));
    memset(e->var_flag, 0, sizeof(bool) * (size_t)(f->nvars + 1));
    for (int i = 0; i < f->ncode; i++) {
        const IrInstr *in = &f->code[i];
        if (in->kind == IR_BOUND && is_unboxed(e, in->args[0])) e->var_flag[in->args[0].index] = true;
        if (in->kind == IR_CLEAR && is_unboxed(e, in->dest)) e->var_flag[in->dest.index] = true;
        if ((in->kind == IR_CALL || in->kind == IR_FOR_ITER || in->kind == IR_YIELD) && is_unboxed(e, in->dest))
            INTERNAL_ERROR("an instruction writes a value into unboxed variable %s", f->vars[in->dest.index].name);
    }
    bool error0 = e->error_used[0], unwind0 = e->unwind_used[0];
    e->live = em_live_new(f);

    put_signature(e, f);
    sb_puts(out, " {\n");
    if (gen) sb_printf(out, "    fr_%s *fr = gen->frame;\n", f->c_name);
    sb_puts(out, "    Py2cValue result = PY2C_NULL;\n");
    if (raises) sb_puts(out, "    int32_t loc = 0;\n");
    if (f->kind == IR_FUNC_DEF) {
        sb_puts(out, "    if (py2c_recursion_enter() < 0) {\n");
        if (f->nparams > 0) sb_printf(out, "        for (int k = 0; k < %d; k++) py2c_decref(params[k]);\n", f->nparams);
        sb_puts(out, "        return PY2C_NULL;\n    }\n");
    } else if (f->kind != IR_FUNC_MODULE) {
        /* (py2c_main counts the module's own frame) */
        sb_puts(out, "    if (py2c_recursion_enter() < 0) return PY2C_NULL;\n");
    }
    if (!gen) {
        if (f->ntemps > 0) sb_printf(out, "    Py2cValue t[%d];\n    for (int k = 0; k < %d; k++) t[k] = PY2C_NULL;\n", f->ntemps, f->ntemps);
        for (int i = 0; i < f->nints; i++) sb_printf(out, "    int n%d = 0;\n", i);
        for (int i = 0; i < f->nfloats; i++) sb_printf(out, "    double f%d = 0.0;\n", i);
        for (int i = 0; i < f->nint64s; i++) sb_printf(out, "    int64_t i64_%d = 0;\n", i);
        for (int i = 0; i < f->nvars; i++) {
            const IrVar *uv = &f->vars[i];
            if (uv->unboxed) {
                bool param = uv->param >= 0 && f->kind == IR_FUNC_DEF;
                sb_puts(out, "    double ");
                put_var(e, i);
                if (param) sb_printf(out, " = py2c_float_value(params[%d]);\n", uv->param);
                else sb_puts(out, " = 0.0;\n");
                if (e->var_flag[i]) {
                    sb_puts(out, "    bool ");
                    put_var_flag(e, i);
                    sb_puts(out, param ? " = true;\n" : " = false;\n");
                }
                continue;
            }
            sb_puts(out, "    Py2cValue ");
            put_var(e, i);
            sb_puts(out, " = ");
            const IrVar *v = &f->vars[i];
            if (v->kind == IR_VAR_LOCAL && v->param >= 0) {
                if (f->kind == IR_FUNC_DEF) sb_printf(out, "params[%d]", v->param);
                else sb_puts(out, "it;\n    py2c_incref(v_0)");
            } else {
                sb_puts(out, "PY2C_NULL");
            }
            sb_puts(out, ";\n");
        }
        if (f->kind == IR_FUNC_DEF) {
            bool uses_fn = false;
            for (int i = 0; i < f->nvars; i++) uses_fn |= f->vars[i].kind == IR_VAR_FREE;
            if (!uses_fn) sb_puts(out, "    (void)fn;\n");
            if (f->nparams == 0) sb_puts(out, "    (void)params;\n");
        }
        if (f->kind == IR_FUNC_COMPREHENSION) {
            bool uses_cells = false;
            for (int i = 0; i < f->nvars; i++) uses_cells |= f->vars[i].kind == IR_VAR_FREE;
            if (!uses_cells) sb_puts(out, "    (void)cells;\n");
        }
    } else {
        /* throw() before the first next() raises at the start */
        sb_printf(out, "    switch (gen->state) {\n    case 0:\n        if (gen->throwing) { loc = %d; goto error; }\n        break;\n",
                  f->start_loc);
        for (int k = 1; k <= f->nyields; k++) sb_printf(out, "    case %d: goto resume_%d;\n", k, k);
        sb_puts(out, "    default: goto cleanup;\n    }\n");
    }
    /* cells: captured locals get theirs now; free variables come from the closure */
    for (int i = 0; i < f->nvars; i++) {
        const IrVar *v = &f->vars[i];
        if (v->kind == IR_VAR_CELL && !(f->gen_def && v->param >= 0)) {
            sb_puts(out, "    ");
            put_var(e, i);
            sb_puts(out, " = py2c_cell_new(");
            if (v->param >= 0 && f->kind == IR_FUNC_DEF) sb_printf(out, "params[%d]", v->param);
            else if (v->param >= 0) sb_puts(out, gen ? "fr->v_0" : "it");
            else sb_puts(out, "PY2C_NULL");
            sb_puts(out, ");\n");
            if (v->param >= 0 && f->kind == IR_FUNC_DEF) sb_printf(out, "    py2c_decref(params[%d]);\n", v->param);
            sb_puts(out, "    if (PY2C_IS_NULL(");
            put_var(e, i);
            sb_puts(out, ")) goto cleanup;\n");
        } else if (v->kind == IR_VAR_FREE && !gen) {
            sb_puts(out, "    ");
            put_var(e, i);
            if (f->kind == IR_FUNC_DEF) {
                sb_printf(out, " = py2c_tuple_item(fn->closure, %d);\n    py2c_incref(", v->free_index);
                put_var(e, i);
                sb_puts(out, ");\n");
            } else {
                sb_printf(out, " = cells[%d];\n    py2c_incref(", v->free_index);
                put_var(e, i);
                sb_puts(out, ");\n");
            }
        }
    }
    for (int i = 0; i < f->ncode; i++) {
        /* a statement without code (pass, a docstring) gets no #line */
        if (f->code[i].kind == IR_LINE && (i + 1 == f->ncode || f->code[i + 1].kind == IR_LINE)) continue;
        e->cur = i;
        emit_instr(e, &f->code[i], label_used);
    }
    /* The epilogue keeps the last #line: it has no Python line of its own. */
    if (error0) sb_printf(out, "error:\n    py2c_traceback_add(&code_%s, loc);\n", f->c_name);
    if (unwind0) sb_puts(out, "unwind:\n");
    if (error0 || unwind0) sb_puts(out, "    PY2C_CLEAR(result);\n");
    if (e->live) {
        /* the temporaries an exception may leave holding references (in
         * order), then the ones a return may: only those (em_live.c) */
        if (error0 || unwind0) put_clears(e, e->live->err, 0);
        sb_puts(out, "cleanup:\n");
        put_clears(e, e->live->ret, 0);
    } else {
        sb_puts(out, "cleanup:\n");
    }
    if (!gen) {
        if (f->ntemps > 0 && !e->live) sb_printf(out, "    for (int k = 0; k < %d; k++) PY2C_CLEAR(t[k]);\n", f->ntemps);
        for (int i = 0; i < f->nvars; i++) {
            if (f->vars[i].unboxed) continue;
            sb_puts(out, "    PY2C_CLEAR(");
            put_var(e, i);
            sb_puts(out, ");\n");
        }
    }
    if (f->kind != IR_FUNC_MODULE) sb_puts(out, "    py2c_recursion_leave();\n");
    sb_puts(out, "    return result;\n}\n");
    /* back to the C file's own lines (fix_line_directives) */
    sb_puts(out, e->no_lines ? "\n" : LINE_RESTORE "\n\n");
    free(label_used);
    free(e->label_seen);
    e->label_seen = NULL;
    free(e->error_used);
    free(e->unwind_used);
    free(e->var_flag);
    e->var_flag = NULL;
    em_live_free(e->live);
    e->live = NULL;
}

/* ---- the module ------------------------------------------------------------------ */

static void emit_constants(Em *e) {
    const IrModule *m = e->m;
    StrBuf *out = e->out;
    bool any = false;
    for (int i = 0; i < m->nconsts; i++) {
        const IrConst *k = &m->consts[i];
        switch (k->kind) {
        case IR_CONST_STR:
            if (!any) sb_puts(out, "/* constants (str objects are immortal; the others are made at module start) */\n");
            any = true;
            sb_printf(out, "static Py2cStr str_%d = PY2C_STR_STATIC(", k->id);
            em_c_string(out, k->data, k->len);
            sb_printf(out, ", %u, %u);\n", k->len, k->nchars);
            break;
        case IR_CONST_BIGINT:
        case IR_CONST_BYTES:
        case IR_CONST_KWNAMES:
            if (!any) sb_puts(out, "/* constants (str objects are immortal; the others are made at module start) */\n");
            any = true;
            sb_puts(out, "static Py2cValue ");
            put_const(e, k);
            sb_puts(out, ";\n");
            break;
        case IR_CONST_NONE:
        case IR_CONST_BOOL:
        case IR_CONST_INT:
        case IR_CONST_FLOAT:
        case IR_CONST_ELLIPSIS: break;
        }
    }
    if (any) sb_putc(out, '\n');
    e->nic_cap = count_attr_caches(e);
    if (e->nic_cap > 0)
        sb_printf(out, "/* inline caches of the attribute sites */\nstatic Py2cAttrCache attr_ic[%d];\n\n", e->nic_cap);
    bool layouts = false;
    for (int i = 0; i < m->nfuncs; i++)
        for (int j = 0; j < m->funcs[i]->ncode; j++) {
            const char *name = layout_static(&m->funcs[i]->code[j]);
            if (!name) continue;
            if (!layouts) sb_puts(out, "/* the instance layouts of classes (NULL: the generic paths) */\n");
            layouts = true;
            sb_printf(out, "static const Py2cType *%s;\n", name);
        }
    if (layouts) sb_putc(out, '\n');
    if (m->nglobals > 0) {
        sb_puts(out, "/* module globals (PY2C_NULL while unbound) */\n");
        for (int i = 0; i < m->nglobals; i++) {
            sb_puts(out, "static Py2cValue ");
            put_global(e, i);
            sb_puts(out, ";\n");
        }
        sb_putc(out, '\n');
    }
}

/* The start of the module body: globals unbound, constants made. */
static void emit_module_init(Em *e) {
    const IrModule *m = e->m;
    StrBuf *out = e->out;
    for (int i = 0; i < m->nglobals; i++) {
        sb_puts(out, "    ");
        put_global(e, i);
        sb_puts(out, " = PY2C_NULL;\n");
    }
    for (int i = 0; i < m->nconsts; i++) {
        const IrConst *k = &m->consts[i];
        if (k->kind != IR_CONST_BIGINT && k->kind != IR_CONST_BYTES && k->kind != IR_CONST_KWNAMES) continue;
        sb_puts(out, "    ");
        put_const(e, k);
        sb_puts(out, " = ");
        if (k->kind == IR_CONST_BIGINT) {
            sb_puts(out, "py2c_int_from_decimal(");
            em_c_string(out, k->data, k->len);
            sb_puts(out, ")");
        } else if (k->kind == IR_CONST_BYTES) {
            sb_puts(out, "py2c_bytes_from(");
            em_c_string(out, k->data, k->len);
            sb_printf(out, ", %u)", k->len);
        } else {
            sb_printf(out, "py2c_tuple_pack(%d, (Py2cValue[]){", k->nitems);
            for (int j = 0; j < k->nitems; j++) {
                if (j) sb_puts(out, ", ");
                put_const(e, &m->consts[k->items[j]]);
            }
            sb_puts(out, "})");
        }
        sb_puts(out, ";\n    if (PY2C_IS_NULL(");
        put_const(e, k);
        sb_puts(out, ")) return PY2C_NULL;\n");
    }
}

/* Called at exit by py2c_main_module: releases the globals, newest first, then
 * the counted constants. A static never set is all-zero bits (the float 0.0),
 * which PY2C_CLEAR releases as a no-op, so this is safe however far the body
 * got. */
static bool emit_module_clear(Em *e, const char *body_name) {
    const IrModule *m = e->m;
    StrBuf *out = e->out;
    bool any = m->nglobals > 0;
    for (int i = 0; i < m->nconsts; i++) any |= !uncounted(e, (IrOperand){.kind = IR_OPND_CONST, .index = i});
    if (!any) return false;
    sb_printf(out, "static void clear_%s(void) {\n", body_name);
    for (int i = m->nglobals - 1; i >= 0; i--) {
        sb_puts(out, "    PY2C_CLEAR(");
        put_global(e, i);
        sb_puts(out, ");\n");
    }
    for (int i = m->nconsts - 1; i >= 0; i--) {
        const IrConst *k = &m->consts[i];
        if (uncounted(e, (IrOperand){.kind = IR_OPND_CONST, .index = i})) continue;
        sb_puts(out, "    PY2C_CLEAR(");
        put_const(e, k);
        sb_puts(out, ");\n");
    }
    sb_puts(out, "}\n\n");
    return true;
}

/* Whether some function of m computes on unboxed floats (py2c/float_fast.h). */
static bool uses_unboxed(const IrModule *m) {
    for (int i = 0; i < m->nfuncs; i++) {
        if (m->funcs[i]->nfloats > 0) return true;
        for (int k = 0; k < m->funcs[i]->nvars; k++)
            if (m->funcs[i]->vars[k].unboxed) return true;
    }
    return false;
}

/* Whether some function of m fuses int arithmetic (py2c/int_fast.h). */
static bool uses_fused_ints(const IrModule *m) {
    for (int i = 0; i < m->nfuncs; i++)
        if (m->funcs[i]->nint64s > 0) return true;
    return false;
}

static void emit_header(const IrModule *m, StrBuf *out) {
    sb_printf(out, "/* Generated by py2c %s from %s. Do not edit. */\n", PY2C_VERSION, m->file_name);
    sb_puts(out, "#include <py2c.h>\n");
    if (uses_unboxed(m)) sb_puts(out, "#include <py2c/float_fast.h>\n");
    if (uses_fused_ints(m)) sb_puts(out, "#include <py2c/int_fast.h>\n");
    sb_putc(out, '\n');
    sb_printf(out, "_Static_assert(PY2C_ABI_VERSION == %d, \"this file needs py2c runtime ABI version %d\");\n\n",
              EM_RUNTIME_ABI, EM_RUNTIME_ABI);
}

/* ---- #line directives -----------------------------------------------------------
 * The C of one Python statement spans several C lines, but `#line N "f.py"`
 * names only the next one: the lines after it would count on as N+1, N+2...
 * and gdb, sanitizers and C compiler messages would name Python lines that
 * have nothing to do with them. So once the text is complete every non-blank
 * line after a statement's directive gets the directive again (unless it
 * already has that line), and the marker LINE_RESTORE that ends each function
 * becomes `#line P "OUT.c"`, P the C file's own next line, so that the code
 * between functions (prologues, tables, main) is named by its C lines. */
static size_t count_lines(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += s[i] == '\n';
    return k;
}

/* Rewrites out->data from start on (out->data[0..start) is already the file's first lines). */
static void fix_line_directives(StrBuf *out, size_t start, const char *c_file) {
    StrBuf b;
    sb_init(&b);
    sb_append(&b, out->data, start);
    size_t line = count_lines(out->data, start); /* lines in b */
    const char *dir = NULL;                       /* the current statement's directive, or NULL */
    size_t dir_len = 0;
    long presumed = 0, want = 0; /* the line the compiler thinks the next line has, and should have */
    size_t rl = strlen(LINE_RESTORE);
    for (size_t i = start; i < out->len;) {
        const char *l = out->data + i;
        const char *nl = memchr(l, '\n', out->len - i);
        size_t len = nl ? (size_t)(nl - l) : out->len - i;
        i += len + (nl != NULL);
        if (len == rl && memcmp(l, LINE_RESTORE, rl) == 0) {
            sb_printf(&b, "#line %zu ", line + 2);
            put_c_text(&b, c_file ? c_file : "py2c-output.c");
            sb_putc(&b, '\n');
            line++;
            dir = NULL;
            continue;
        }
        if (len > 6 && memcmp(l, "#line ", 6) == 0) {
            dir = l;
            dir_len = len;
            presumed = want = strtol(l + 6, NULL, 10);
        } else if (dir) {
            if (len > 0 && presumed != want) {
                sb_append(&b, dir, dir_len);
                sb_putc(&b, '\n');
                line++;
                presumed = want;
            }
            presumed++;
        }
        sb_append(&b, l, len);
        if (nl) sb_putc(&b, '\n');
        line++;
    }
    sb_free(out);
    *out = b;
}

/* Everything of module m but main(): constants, globals, functions, the
 * body, the clear function. Returns whether there is a clear function. */
static bool emit_module(const IrModule *m, const EmOptions *opts, StrBuf *out) {
    Em e = {.m = m, .out = out, .pre = "", .no_lines = opts && opts->no_line_directives};
    const IrFunc *body = m->funcs[0];
    e.mod = body->c_name + 4; /* "mod_<module>" */
    emit_constants(&e);
    if (m->nfuncs > 1) {
        for (int i = 1; i < m->nfuncs; i++) {
            if (m->funcs[i]->gen_def)
                sb_printf(out, "static Py2cValue %s(Py2cFunction *fn, Py2cValue *params);\n", m->funcs[i]->c_name);
            put_signature(&e, m->funcs[i]);
            sb_puts(out, ";\n");
        }
        sb_putc(out, '\n');
    }
    for (int i = 1; i < m->nfuncs; i++)
        if (m->funcs[i]->kind == IR_FUNC_GENERATOR) emit_frame_struct(&e, m->funcs[i]);
    for (int i = 0; i < m->nfuncs; i++) emit_tables(&e, m->funcs[i]);
    for (int i = 1; i < m->nfuncs; i++) {
        if (m->funcs[i]->gen_def) emit_gen_starter(&e, m->funcs[i]);
        emit_func(&e, m->funcs[i]);
    }
    /* the module body, with its initialisation first */
    StrBuf init;
    sb_init(&init);
    e.out = &init;
    emit_module_init(&e);
    e.out = out;
    StrBuf fb;
    sb_init(&fb);
    e.out = &fb;
    emit_func(&e, body);
    e.out = out;
    /* splice the initialisation after the opening line of the body */
    const char *brace = strchr(fb.data, '\n');
    sb_append(out, fb.data, (size_t)(brace - fb.data) + 1);
    sb_append(out, init.data, init.len);
    sb_puts(out, brace + 1);
    sb_free(&init);
    sb_free(&fb);
    bool has_clear = emit_module_clear(&e, body->c_name);
    free(e.slots);
    return has_clear;
}

void em_emit_c(const IrModule *m, const EmOptions *opts, StrBuf *out) {
    size_t start = out->len;
    emit_header(m, out);
    const char *body = m->funcs[0]->c_name;
    if (emit_module(m, opts, out))
        sb_printf(out, "int main(int argc, char **argv) {\n    return py2c_main_module(argc, argv, %s, clear_%s);\n}\n",
                  body, body);
    else
        sb_printf(out, "int main(int argc, char **argv) {\n    return py2c_main_module(argc, argv, %s, NULL);\n}\n",
                  body);
    if (!(opts && opts->no_line_directives)) fix_line_directives(out, start, opts ? opts->c_file : NULL);
}

/* ---- programs of several modules ---------------------------------------------------
 * Each module is emitted as above; the C symbols of module k > 0 then get the
 * prefix "m<k>_" (a rewrite of the identifiers of its text that are its own
 * symbols: functions and their tables, constants, globals), so that modules
 * cannot clash; the main module keeps the names a one-module program has. */

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

typedef struct Symbols {
    char **items;
    int len, cap;
} Symbols;

static void sym_add(Symbols *s, const char *text) {
    if (s->len == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->items = xrealloc(s->items, sizeof(char *) * (size_t)s->cap);
    }
    s->items[s->len++] = xstrdup(text);
}

/* The C identifiers emit_module defines for m. */
static void module_symbols(const IrModule *m, Symbols *s) {
    static const char *const derived[] = {"", "info_", "code_", "locs_", "params_", "geninfo_", "fr_", "clear_"};
    StrBuf b;
    sb_init(&b);
    for (int i = 0; i < m->nfuncs; i++) {
        for (size_t k = 0; k < ARRAY_LEN(derived); k++) {
            b.len = 0;
            sb_printf(&b, "%s%s", derived[k], m->funcs[i]->c_name);
            sym_add(s, b.data);
        }
        b.len = 0;
        sb_printf(&b, "%s_resume", m->funcs[i]->c_name);
        sym_add(s, b.data);
    }
    Em e = {.m = m, .out = &b, .pre = "", .mod = m->funcs[0]->c_name + 4};
    for (int i = 0; i < m->nconsts; i++) {
        const IrConst *k = &m->consts[i];
        if (k->kind != IR_CONST_STR && k->kind != IR_CONST_BIGINT && k->kind != IR_CONST_BYTES &&
            k->kind != IR_CONST_KWNAMES)
            continue;
        b.len = 0;
        if (k->kind == IR_CONST_STR) sb_printf(&b, "str_%d", k->id);
        else put_const(&e, k);
        sym_add(s, b.data);
    }
    for (int i = 0; i < m->nglobals; i++) {
        b.len = 0;
        put_global(&e, i);
        sym_add(s, b.data);
    }
    if (count_attr_caches(&e) > 0) sym_add(s, "attr_ic");
    for (int i = 0; i < m->nfuncs; i++)
        for (int j = 0; j < m->funcs[i]->ncode; j++)
            if (layout_static(&m->funcs[i]->code[j])) sym_add(s, layout_static(&m->funcs[i]->code[j]));
    sb_free(&b);
    qsort(s->items, (size_t)s->len, sizeof(char *), cmp_str);
}

static bool ident_char(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

/* Appends text to out with prefix before every identifier in syms (comments,
 * string and character literals are left alone). */
static void rename_symbols(const char *text, size_t n, const Symbols *syms, const char *prefix, StrBuf *out) {
    size_t i = 0;
    char word[4096];
    while (i < n) {
        char ch = text[i];
        if (ch == '/' && i + 1 < n && text[i + 1] == '*') {
            const char *end = strstr(text + i + 2, "*/");
            size_t j = end ? (size_t)(end - text) + 2 : n;
            sb_append(out, text + i, j - i);
            i = j;
        } else if (ch == '"' || ch == '\'') {
            size_t j = i + 1;
            while (j < n && text[j] != ch) j += text[j] == '\\' ? 2 : 1;
            j = j < n ? j + 1 : n;
            sb_append(out, text + i, j - i);
            i = j;
        } else if (ident_char(ch)) {
            size_t j = i;
            while (j < n && ident_char(text[j])) j++;
            size_t len = j - i;
            bool hit = false;
            if (!(ch >= '0' && ch <= '9') && len < sizeof word) {
                memcpy(word, text + i, len);
                word[len] = '\0';
                const char *key = word;
                hit = bsearch(&key, syms->items, (size_t)syms->len, sizeof(char *), cmp_str) != NULL;
            }
            if (hit) sb_puts(out, prefix);
            sb_append(out, text + i, len);
            i = j;
        } else {
            sb_putc(out, ch);
            i++;
        }
    }
}

void em_emit_program(const IrModule *const *mods, const EmModuleInfo *info, int n, const EmOptions *opts,
                     StrBuf *out) {
    if (n == 1) {
        em_emit_c(mods[0], opts, out);
        return;
    }
    size_t start = out->len;
    emit_header(mods[0], out);
    sb_puts(out, "/* the program's modules (defined at the end) */\n");
    for (int k = 0; k < n; k++) sb_printf(out, "static const Py2cModuleDef pmod_%d;\n", k);
    sb_putc(out, '\n');
    bool *has_clear = xmalloc(sizeof(bool) * (size_t)n);
    for (int k = 0; k < n; k++) {
        sb_printf(out, "/* ==== module %s ==== */\n\n", info[k].name);
        if (k == 0) {
            has_clear[k] = emit_module(mods[k], opts, out);
            continue;
        }
        StrBuf text;
        sb_init(&text);
        has_clear[k] = emit_module(mods[k], opts, &text);
        Symbols syms = {0};
        module_symbols(mods[k], &syms);
        char prefix[32];
        snprintf(prefix, sizeof prefix, "m%d_", k);
        rename_symbols(text.data, text.len, &syms, prefix, out);
        for (int i = 0; i < syms.len; i++) free(syms.items[i]);
        free(syms.items);
        sb_free(&text);
    }
    for (int k = 0; k < n; k++) {
        const IrModule *m = mods[k];
        Em e = {.m = m, .out = out, .pre = "", .mod = m->funcs[0]->c_name + 4};
        char pre[32] = "";
        if (k > 0) snprintf(pre, sizeof pre, "m%d_", k);
        if (m->nglobals > 0) {
            sb_printf(out, "static const char *const pmod_%d_names[] = {", k);
            for (int i = 0; i < m->nglobals; i++) {
                sb_puts(out, i ? ", " : "");
                put_c_text(out, m->globals[i].name);
            }
            sb_printf(out, "};\nstatic Py2cValue *const pmod_%d_slots[] = {", k);
            for (int i = 0; i < m->nglobals; i++) {
                sb_printf(out, "%s&%s", i ? ", " : "", pre);
                put_global(&e, i);
            }
            sb_puts(out, "};\n");
        }
        sb_printf(out, "static const Py2cModuleDef pmod_%d = {", k);
        put_c_text(out, info[k].name);
        sb_puts(out, ", ");
        put_c_text(out, m->path);
        if (info[k].parent >= 0) sb_printf(out, ", &pmod_%d", info[k].parent);
        else sb_puts(out, ", NULL");
        sb_printf(out, ", %d, %s%s, ", info[k].is_package ? 1 : 0, pre, m->funcs[0]->c_name);
        if (m->nglobals > 0) sb_printf(out, "pmod_%d_names, pmod_%d_slots, %d};\n", k, k, m->nglobals);
        else sb_puts(out, "NULL, NULL, 0};\n");
    }
    sb_puts(out, "\n/* at exit: every module's globals and constants */\nstatic void clear_program(void) {\n");
    for (int k = 0; k < n; k++) {
        if (!has_clear[k]) continue;
        sb_puts(out, "    ");
        if (k > 0) sb_printf(out, "m%d_", k);
        sb_printf(out, "clear_%s();\n", mods[k]->funcs[0]->c_name);
    }
    sb_puts(out, "}\n\nint main(int argc, char **argv) {\n    return py2c_main_program(argc, argv, &pmod_0, clear_program);\n}\n");
    free(has_clear);
    if (!(opts && opts->no_line_directives)) fix_line_directives(out, start, opts ? opts->c_file : NULL);
}
