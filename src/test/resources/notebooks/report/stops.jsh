// %% [markdown]
// # Stops at a failing cell

// %% First
int a = 1;
System.out.println("a = " + a);

// %% Typo
var t = venuse.count();

// %% Never runs
a + 1

// %% [markdown]
// Nor does anything after it.

// %% Never runs either
System.out.println("unreachable");
