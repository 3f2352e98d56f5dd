/* (stub) */
int py2c__runtime_stub;
