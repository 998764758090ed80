// %% [markdown]
// Runs after `faults.jsh` ended its JVM: a fresh JVM of its own.

// %% Still running
1 + 1
