/* py2c runtime: the one header generated code includes. (stub) */
#ifndef PY2C_H
#define PY2C_H
#endif
