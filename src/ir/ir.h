/* The lowered IR handed from src/lower to src/emit. */
#ifndef PY2C_IR_IR_H
#define PY2C_IR_IR_H

typedef struct IrModule IrModule;

void ir_module_free(IrModule *m);

#endif
