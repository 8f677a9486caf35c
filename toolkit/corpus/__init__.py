"""Many documents and the batch path: loading folders, corpus statistics, streaming, outputs."""
