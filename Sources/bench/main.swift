// Placeholder replaced by the benchmark helper.
print("bench: not written yet")
