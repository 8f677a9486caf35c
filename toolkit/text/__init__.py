"""One document's raw material: cleaning, loading, sentences, tokens and offline resources."""
