print("shapes.sub.leaf runs as", __name__)
LEAF = "leaf"
