// %% First
int x = 1;

// %% [markdown]
// Some *text*

// %% Second
x + 1
