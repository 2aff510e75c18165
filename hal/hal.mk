# hal/: L0.  (Filled in with the kernel image rules.)
