WHERE = "inside pkg.sub"
