"""What is computed on a document: keywords, concordance, sentiment, statistics, comparisons."""
