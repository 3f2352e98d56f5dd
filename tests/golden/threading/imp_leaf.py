# Imported from a thread while another module's body waits for that thread
# (import_wait.py).
VALUE = 40
print("imp_leaf loaded")
