print("shapes.sub runs as", __name__)
