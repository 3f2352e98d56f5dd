/* IR -> C: one translation unit per module, including <py2c.h>.
 *
 * Shape of the output (deterministic: no paths beyond the ones given, no
 * timestamps, no pointer values):
 *   header comment, #include, ABI static assert
 *   static str constants (immortal objects)
 *   per function: its traceback location table and Py2cCode, then the
 *     function: temporaries, #line-tagged statements whose fallible calls
 *     are each checked and jump to the one cleanup label
 *   main(), which hands the module body to py2c_main. */
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
#define EM_RUNTIME_ABI 1

static void emit_operand(const IrModule *m, IrOperand o, StrBuf *out) {
    switch (o.kind) {
    case IR_OPND_ABSENT: sb_puts(out, "PY2C_NULL"); return;
    case IR_OPND_TEMP: sb_printf(out, "t%d", o.index); return;
    case IR_OPND_CONST: {
        const IrConst *k = &m->consts[o.index];
        switch (k->kind) {
        case IR_CONST_NONE: sb_puts(out, "PY2C_NONE"); return;
        case IR_CONST_BOOL: sb_puts(out, k->i ? "PY2C_TRUE" : "PY2C_FALSE"); return;
        case IR_CONST_INT: sb_printf(out, "py2c_int(%lld)", (long long)k->i); return;
        case IR_CONST_FLOAT:
            sb_puts(out, "py2c_float(");
            em_c_double(out, k->f);
            sb_putc(out, ')');
            return;
        case IR_CONST_STR: sb_printf(out, "py2c_obj_value(&str_%d.ob)", k->str_id); return;
        }
        INTERNAL_ERROR("bad IR constant kind %d", (int)k->kind);
    }
    }
    INTERNAL_ERROR("bad IR operand kind %d", (int)o.kind);
}

static const char *const binop_funcs[] = {
#define X(k, n, f) "py2c_object_" f,
    IR_BINOPS(X)
#undef X
};
static const char *const unop_funcs[] = {
#define X(k, n, f) "py2c_object_" f,
    IR_UNOPS(X)
#undef X
};
static const char *const cmpop_funcs[] = {
#define X(k, n, f) "py2c_object_" f,
    IR_CMPOPS(X)
#undef X
};

static void emit_instr(const IrModule *m, const IrInstr *in, StrBuf *out) {
    sb_printf(out, "    t%d = ", in->dest);
    switch (in->kind) {
    case IR_BINARY:
        sb_printf(out, "%s(", binop_funcs[in->op]);
        emit_operand(m, in->args[0], out);
        sb_puts(out, ", ");
        emit_operand(m, in->args[1], out);
        sb_puts(out, ");\n");
        break;
    case IR_UNARY:
        sb_printf(out, "%s(", unop_funcs[in->op]);
        emit_operand(m, in->args[0], out);
        sb_puts(out, ");\n");
        break;
    case IR_COMPARE:
        sb_printf(out, "%s(", cmpop_funcs[in->op]);
        emit_operand(m, in->args[0], out);
        sb_puts(out, ", ");
        emit_operand(m, in->args[1], out);
        sb_puts(out, ");\n");
        break;
    case IR_PRINT:
        sb_printf(out, "py2c_builtin_print(%d, ", in->nargs);
        if (in->nargs == 0) {
            sb_puts(out, "NULL");
        } else {
            sb_puts(out, "(Py2cValue[]){");
            for (int i = 0; i < in->nargs; i++) {
                if (i) sb_puts(out, ", ");
                emit_operand(m, in->args[i], out);
            }
            sb_putc(out, '}');
        }
        sb_puts(out, ", ");
        emit_operand(m, in->sep, out);
        sb_puts(out, ", ");
        emit_operand(m, in->end, out);
        sb_puts(out, ");\n");
        break;
    }
    if (in->loc >= 0) sb_printf(out, "    if (PY2C_IS_NULL(t%d)) { loc = %d; goto cleanup; }\n", in->dest, in->loc);
}

static bool can_raise(const IrFunc *f) {
    for (int i = 0; i < f->nstmts; i++)
        for (int j = 0; j < f->stmts[i].ninstrs; j++)
            if (f->stmts[i].instrs[j].loc >= 0) return true;
    return false;
}

static void emit_code_object(const IrModule *m, const IrFunc *f, StrBuf *out) {
    sb_printf(out, "/* %s: where its operations can raise, for tracebacks */\n", f->py_name);
    if (f->nlocs > 0) {
        sb_printf(out, "static const Py2cCodeLoc locs_%s[] = {\n", f->c_name);
        for (int i = 0; i < f->nlocs; i++) {
            const IrLoc *l = &f->locs[i];
            sb_printf(out, "    {%d, ", l->line);
            em_c_string(out, l->text, strlen(l->text));
            sb_puts(out, ", ");
            if (l->carets) em_c_string(out, l->carets, strlen(l->carets));
            else sb_puts(out, "NULL");
            sb_puts(out, "},\n");
        }
        sb_puts(out, "};\n");
    }
    sb_printf(out, "static const Py2cCode code_%s = {", f->c_name);
    em_c_string(out, m->path, strlen(m->path));
    sb_puts(out, ", ");
    em_c_string(out, f->py_name, strlen(f->py_name));
    if (f->nlocs > 0) sb_printf(out, ", locs_%s, %d};\n\n", f->c_name, f->nlocs);
    else sb_puts(out, ", NULL, 0};\n\n");
}

static void emit_func(const IrModule *m, const IrFunc *f, StrBuf *out) {
    bool raises = can_raise(f);
    if (raises) emit_code_object(m, f, out);
    sb_printf(out, "static Py2cValue %s(void) {\n", f->c_name);
    if (raises) sb_puts(out, "    Py2cValue result = PY2C_NULL;\n    int32_t loc = 0;\n");
    for (int i = 0; i < f->ntemps; i++) sb_printf(out, "    Py2cValue t%d = PY2C_NULL;\n", i);
    for (int i = 0; i < f->nstmts; i++) {
        const IrStmt *s = &f->stmts[i];
        sb_printf(out, "\n#line %d ", s->line);
        em_c_string(out, m->path, strlen(m->path));
        sb_putc(out, '\n');
        for (int j = 0; j < s->ninstrs; j++) emit_instr(m, &s->instrs[j], out);
        for (int j = 0; j < s->ninstrs; j++) sb_printf(out, "    PY2C_CLEAR(t%d);\n", s->instrs[j].dest);
    }
    /* The epilogue keeps the last #line: it has no Python line of its own. */
    if (!raises) {
        sb_puts(out, "    return PY2C_NONE;\n}\n\n");
        return;
    }
    sb_puts(out, "    result = PY2C_NONE;\ncleanup:\n");
    sb_printf(out, "    if (PY2C_IS_NULL(result)) py2c_traceback_add(&code_%s, loc);\n", f->c_name);
    for (int i = 0; i < f->ntemps; i++) sb_printf(out, "    PY2C_CLEAR(t%d);\n", i);
    sb_puts(out, "    return result;\n}\n\n");
}

static void emit_constants(const IrModule *m, StrBuf *out) {
    bool any = false;
    for (int i = 0; i < m->nconsts; i++) {
        const IrConst *k = &m->consts[i];
        if (k->kind != IR_CONST_STR) continue;
        if (!any) sb_puts(out, "/* str constants (immortal) */\n");
        any = true;
        sb_printf(out, "static Py2cStr str_%d = PY2C_STR_STATIC(", k->str_id);
        em_c_string(out, k->data, k->len);
        sb_printf(out, ", %u, %u);\n", k->len, k->nchars);
    }
    if (any) sb_putc(out, '\n');
}

void em_emit_c(const IrModule *m, StrBuf *out) {
    sb_printf(out, "/* Generated by py2c %s from %s. Do not edit. */\n", PY2C_VERSION, m->file_name);
    sb_puts(out, "#include <py2c.h>\n\n");
    sb_printf(out, "_Static_assert(PY2C_ABI_VERSION == %d, \"this file needs py2c runtime ABI version %d\");\n\n",
              EM_RUNTIME_ABI, EM_RUNTIME_ABI);
    emit_constants(m, out);
    emit_func(m, m->body, out);
    sb_printf(out, "int main(int argc, char **argv) {\n    return py2c_main(argc, argv, %s);\n}\n",
              m->body->c_name);
}
