# __name__ in the main file and in an imported module that has a main guard
import mod_counter
print(__name__, mod_counter.__name__)
if __name__ == "__main__":
    print("guard: main")
else:
    print("guard: imported")
