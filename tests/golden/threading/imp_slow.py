# Imported by several threads at once (import_wait.py): its body runs once,
# and every importer gets the finished module.
import time

time.sleep(0.05)
DONE = "complete"
print("imp_slow body ran")
