// %% [markdown]
// # Faults
// Each code cell below harms its session in a different way. `NotebookFaultsTest` runs this notebook
// with a 2 s cell limit and a 64 MB heap, going on after errors, and checks that each fault is
// reported with its cell and line and that the cells after it still run, until `halt` ends the
// notebook's JVM: the last cell does not run, and the next notebook (`after.jsh`) runs in a JVM of
// its own.

// %% Kept
int kept = 41;

// %% Infinite loop
kept++;
while (true) {}

// %% Stack overflow
int down(int n) {
    return down(n + 1) + 1;
}
down(0)

// %% Out of memory
{
    var hog = new ArrayList<long[]>();
    while (true) hog.add(new long[1_000_000]);
}

// %% A thread that never ends
Thread endless = new Thread(() -> { while (true) { try { Thread.sleep(60_000); } catch (InterruptedException e) { } } });
endless.start();
endless.isAlive()

// %% State survives
kept

// %% Halt
System.out.println("halting");
Runtime.getRuntime().halt(0);

// %% Never runs
kept + 1
